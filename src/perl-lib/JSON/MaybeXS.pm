package JSON::MaybeXS;
# JSON through the best backend there is. This machine has no XS modules,
# so the backend is always JSON::PP: encode_json/decode_json are JSON::PP's
# own, JSON() names the class and new() builds a configured JSON::PP object.
use strict;
use warnings;
use Carp ();
use Scalar::Util ();
use Exporter ();

our $VERSION = '1.004004';
our @ISA = ('Exporter');

sub _choose_json_module {
    my @err;
    for my $class (qw(Cpanel::JSON::XS JSON::XS JSON::PP)) {
        (my $file = "$class.pm") =~ s{::}{/}g;
        return $class if $INC{$file} && $class ne 'JSON::PP' && eval { $class->VERSION; 1 };
    }
    return 'JSON::PP' if eval { require JSON::PP; 1 };
    push @err, "Error loading JSON::PP: $@";
    die join "\n", "Couldn't load a JSON module:", @err;
}

our $JSON_Class;
BEGIN {
    $JSON_Class = _choose_json_module();
    $JSON_Class->import(qw(encode_json decode_json));
    no strict 'refs';
    for my $name (qw(true false)) { *{__PACKAGE__ . "::$name"} = $JSON_Class->can($name) }
}

our @EXPORT = qw(encode_json decode_json JSON);
our @EXPORT_OK = qw(is_bool to_json from_json);
our %EXPORT_TAGS = (
    all    => [ @EXPORT, 'is_bool' ],
    legacy => [ @EXPORT, @EXPORT_OK ],
);

sub JSON () { $JSON_Class }

# new(key => value, ...) or new({...}): a backend object with each key
# called as a setter.
sub new {
    shift;
    my %args = @_ == 1 ? %{ $_[0] } : @_;
    my $json = $JSON_Class->new;
    for my $key (keys %args) { $json->$key($args{$key}) }
    return $json;
}

sub is_bool {
    die 'is_bool is not a method' if $_[1];
    my $v = $_[0];
    return Scalar::Util::blessed($v)
        && ($v->isa('JSON::PP::Boolean') || $v->isa('Cpanel::JSON::XS::Boolean')
            || $v->isa('JSON::XS::Boolean'));
}

sub _codec {
    my ($opt) = @_;
    my $json = JSON()->new;
    if (ref $opt eq 'HASH') {
        for my $method (keys %$opt) { $json->$method($opt->{$method}) }
    }
    return $json;
}

sub from_json ($@) {
    Carp::croak('from_json should not be called as a method.')
        if ref($_[0]) =~ /^JSON/ || $_[0] =~ /^JSON/;
    return _codec(@_ == 2 ? $_[1] : undef)->decode($_[0]);
}

sub to_json ($@) {
    Carp::croak('to_json should not be called as a method.')
        if ref($_[0]) =~ /^JSON/ || (@_ > 2 && $_[0] =~ /^JSON/);
    return _codec(@_ == 2 ? $_[1] : undef)->encode($_[0]);
}

1;
