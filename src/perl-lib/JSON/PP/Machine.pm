package JSON::PP;
# JSON::PP on this machine (loaded by JSON/PP.pm): the object interface,
# options and functions here; the encoder and decoder themselves are natives
# (JSON::PP::_encode/_decode) that follow JSON::PP 4.07, its error texts and
# character offsets included.
use strict;
use warnings;
use Carp ();
use Exporter ();
use Scalar::Util ();

our $VERSION = '4.07';
our @ISA = ('Exporter');
our @EXPORT = qw(encode_json decode_json from_json to_json);

my @FLAGS = qw(ascii latin1 utf8 indent space_before space_after relaxed canonical allow_nonref
  allow_blessed convert_blessed allow_unknown allow_barekey allow_singlequote escape_slash
  allow_bignum loose allow_tags shrink indent_length max_depth max_size core_bools unblessed_bool);

our $true = do { bless \(my $t = 1), 'JSON::PP::Boolean' };
our $false = do { bless \(my $f = 0), 'JSON::PP::Boolean' };

sub new {
    my $class = shift;
    return bless { allow_nonref => 1, indent_length => 3, max_depth => 512 }, $class;
}

for my $name (@FLAGS) {
    no strict 'refs';
    *{"JSON::PP::$name"} = sub {
        my ($self, $on) = @_;
        $self->{$name} = $name =~ /^(?:indent_length|max_depth|max_size)$/ ? (defined $on ? $on : 0)
            : (@_ > 1 ? ($on ? 1 : 0) : 1);
        return $self;
    };
    *{"JSON::PP::get_$name"} = sub { $_[0]{$name} ? ($name =~ /^(?:indent_length|max_depth|max_size)$/ ? $_[0]{$name} : 1) : '' };
}

sub pretty {
    my ($self, $on) = @_;
    $on = 1 if @_ < 2;
    $self->{$_} = $on ? 1 : 0 for qw(indent space_before space_after);
    return $self;
}

sub property {
    my ($self, $name, $value) = @_;
    return $self->{$name} ? 1 : '' if @_ < 3;
    $self->{$name} = $value;
    return $self;
}

sub boolean_values {
    my $self = shift;
    if (@_) { @$self{qw(false true)} = @_ } else { delete @$self{qw(false true)} }
    return $self;
}
sub get_boolean_values { my $self = shift; return exists $self->{true} ? @$self{qw(false true)} : () }
sub filter_json_object { Carp::croak('filter_json_object is not supported by this JSON::PP') }
sub filter_json_single_key_object { Carp::croak('filter_json_single_key_object is not supported by this JSON::PP') }
sub incr_parse { Carp::croak('incr_parse is not supported by this JSON::PP') }
sub incr_text { Carp::croak('incr_text is not supported by this JSON::PP') }
sub incr_skip { }
sub incr_reset { }

sub _convert {
    my ($self, $v, $depth) = @_;
    my $r = ref $v;
    return $v unless $r;
    if (Scalar::Util::blessed($v) && $r ne 'JSON::PP::Boolean') {
        my $to = $v->can('TO_JSON');
        return $self->_convert($v->$to(), $depth + 1) if $to;
        return $v;
    }
    return [ map { $self->_convert($_, $depth + 1) } @$v ] if $r eq 'ARRAY';
    return { map { ($_ => $self->_convert($v->{$_}, $depth + 1)) } keys %$v } if $r eq 'HASH';
    return $v;
}

sub encode {
    my ($self, $data) = @_;
    $data = $self->_convert($data, 0) if $self->{convert_blessed};
    if (!$self->{allow_nonref} && !ref $data) {
        Carp::croak('hash- or arrayref expected (not a simple scalar, use allow_nonref to allow this)');
    }
    my ($ok, $text) = _encode($self, $data);
    Carp::croak($text) unless $ok;
    return $text;
}

sub decode {
    my ($self, $text) = @_;
    Carp::croak('malformed JSON string, neither array, object, number, string or atom, at character offset 0 (before "(end of string)")')
        unless defined $text;
    local $JSON::PP::true = exists $self->{true} ? $self->{true} : $JSON::PP::true;
    local $JSON::PP::false = exists $self->{true} ? $self->{false} : $JSON::PP::false;
    my ($ok, $data) = _decode($self, $text);
    Carp::croak($data) unless $ok;
    if (!$self->{allow_nonref} && !ref $data) {
        Carp::croak('JSON text must be an object or array (but found number, string, true, false or null, use allow_nonref to allow this)');
    }
    return $data;
}

# decode_prefix(TEXT): the value at the start of TEXT and the characters it took.
sub decode_prefix {
    my ($self, $text) = @_;
    local $self->{x_prefix} = 1;
    my ($ok, $data, $used) = _decode($self, $text);
    Carp::croak($data) unless $ok;
    return ($data, $used);
}

sub sort_by { Carp::croak('sort_by is not supported by this JSON::PP') }

sub encode_json { my ($ok, $text) = _encode({ utf8 => 1, max_depth => 512, indent_length => 3 }, $_[0]); Carp::croak($text) unless $ok; return $text }
sub decode_json { my ($ok, $data) = _decode({ utf8 => 1, max_depth => 512 }, $_[0]); Carp::croak($data) unless $ok; return $data }

sub to_json {
    my ($data, $opts) = @_;
    Carp::croak('JSON::PP::to_json has been renamed to encode_json.') if defined $data && !ref $data && $data eq 'JSON::PP';
    my $json = JSON::PP->new;
    $json->$_($opts->{$_}) for sort keys %{ $opts || {} };
    return $json->encode($data);
}

sub from_json {
    my ($text, $opts) = @_;
    my $json = JSON::PP->new;
    $json->$_($opts->{$_}) for sort keys %{ $opts || {} };
    return $json->decode($text);
}

sub true { $true }
sub false { $false }
sub null { undef }
sub is_bool {
    shift if @_ > 1 || (defined $_[0] && !ref $_[0] && $_[0] eq 'JSON::PP');
    return Scalar::Util::blessed($_[0]) && $_[0]->isa('JSON::PP::Boolean') ? 1 : '';
}

package JSON::PP::Boolean;
# The class of true and false: a number and a string in every context.
use overload
    '0+' => sub { ${ $_[0] } },
    '""' => sub { ${ $_[0] } },
    'bool' => sub { ${ $_[0] } },
    '!' => sub { ${ $_[0] } ? '' : 1 },
    fallback => 1;

1;
