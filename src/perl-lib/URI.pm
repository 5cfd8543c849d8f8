package URI;
# Uniform Resource Identifiers (RFC 3986) as objects: a blessed reference
# to the URI string, parsed on demand. Classes by scheme: URI::http,
# URI::https and URI::ftp (server based), URI::mailto (opaque),
# URI::_foreign for other schemes and URI::_generic for relative ones.
use strict;
use warnings;
use Carp ();
use URI::Escape ();
use Scalar::Util ();

our $VERSION = '5.17';
our $reserved = q(;/?:@&=+$,[]);
our $mark = q(-_.!~*'());
our $unreserved = "A-Za-z0-9\Q$mark\E";
our $uric = quotemeta($reserved) . $unreserved . '%';
our $scheme_re = '[a-zA-Z][a-zA-Z0-9.+\-]*';

use overload (
    '""'     => sub { ${ $_[0] } },
    '=='     => sub { _obj_eq(@_) },
    '!='     => sub { !_obj_eq(@_) },
    fallback => 1,
);

my %SCHEME_CLASS = (http => 'URI::http', https => 'URI::https', ftp => 'URI::ftp',
    mailto => 'URI::mailto');

sub _obj_eq {
    my ($a, $b) = @_;
    return Scalar::Util::refaddr($a) == (ref $b ? Scalar::Util::refaddr($b) : 0);
}

sub new {
    my ($class, $uri, $scheme) = @_;
    $uri = defined $uri ? "$uri" : '';
    $uri =~ s/^<(?:URL:)?(.*)>$/$1/;
    $uri =~ s/^"(.*)"$/$1/;
    $uri =~ s/^\s+//;
    $uri =~ s/\s+$//;
    my $impclass;
    if ($uri =~ m/^($scheme_re):/so) {
        $scheme = $1;
    } elsif (defined $scheme && ref $scheme) {
        $impclass = ref $scheme;
        $scheme = $scheme->scheme;
    } elsif (defined $scheme && $scheme =~ m/^($scheme_re)(?::|$)/o) {
        $scheme = $1;
    }
    $impclass ||= defined $scheme ? _class_for($scheme) : 'URI::_generic';
    return $impclass->_init($uri, $scheme);
}

sub _class_for {
    my ($scheme) = @_;
    return $SCHEME_CLASS{ lc $scheme } || 'URI::_foreign';
}

sub _init {
    my ($class, $str, $scheme) = @_;
    $str =~ s/([^$uric\#])/_escape_char($1)/ego;
    my $self = \$str;
    return bless $self, $class;
}

sub _escape_char {
    my ($c) = @_;
    if (ord $c > 255) { utf8::encode($c); return join '', map { sprintf '%%%02X', ord } split //, $c }
    return sprintf '%%%02X', ord $c;
}

sub new_abs {
    my ($class, $uri, $base) = @_;
    $uri = $class->new($uri, $base);
    return $uri->abs($base);
}

sub clone { my $self = shift; my $other = $$self; return bless \$other, ref $self }
sub as_string { ${ $_[0] } }
sub as_iri { ${ $_[0] } }
sub canonical { $_[0]->clone }
sub secure { 0 }
sub has_recognized_scheme { ref($_[0]) ne 'URI::_foreign' && ref($_[0]) ne 'URI::_generic' }
sub implementor { my $s = $_[1]; return defined $s ? _class_for($s) : 'URI::_generic' }

sub eq {
    my ($a, $b) = @_;
    $a = URI->new($a, $b) unless ref $a;
    $b = URI->new($b, $a) unless ref $b;
    return ref $a eq ref $b && $a->canonical->as_string eq $b->canonical->as_string;
}

sub _scheme {
    my $self = shift;
    unless (@_) {
        return undef unless $$self =~ /^($scheme_re):/o;
        return $1;
    }
    my $new = shift;
    if (defined $new && length $new) {
        Carp::croak("Bad scheme '$new'") unless $new =~ /^$scheme_re$/o;
        $$self =~ s/^(?:$scheme_re:)?/$new:/o;
    } else {
        $$self =~ s/^$scheme_re://o;
    }
    return;
}

sub scheme {
    my $self = shift;
    my $old = $self->_scheme;
    if (@_) {
        my $new = shift;
        $self->_scheme($new);
        if (defined $new && length $new) {
            my $class = _class_for($new);
            bless $self, $class if $class ne 'URI::_foreign' || ref $self eq 'URI::_generic';
        } else {
            bless $self, 'URI::_generic';
        }
    }
    return defined $old ? lc $old : undef;
}

sub opaque {
    my $self = shift;
    $$self =~ /^(?:$scheme_re:)?([^\#]*)(\#.*)?$/os or die;
    my $old = $1;
    if (@_) {
        my $new = shift;
        $new = '' unless defined $new;
        $new =~ s/([^$uric])/_escape_char($1)/ego;
        my $scheme = $self->_scheme;
        my $frag = $2;
        $$self = (defined $scheme ? "$scheme:" : '') . $new . (defined $frag ? $frag : '');
    }
    return $old;
}
*path = \&opaque;

sub fragment {
    my $self = shift;
    my $old = $$self =~ /\#(.*)$/s ? $1 : undef;
    if (@_) {
        my $new = shift;
        $$self =~ s/\#.*$//s;
        if (defined $new) {
            $new =~ s/([^$uric])/_escape_char($1)/ego;
            $$self .= "#$new";
        }
    }
    return $old;
}

sub abs { $_[0] }
sub rel { $_[0] }

package URI::_generic;
# Hierarchical URIs: authority, path, query.
our @ISA = ('URI');

my $ACHAR = $URI::uric;
$ACHAR =~ s,\\[/?],,g;
my $PCHAR = $URI::uric;
$PCHAR =~ s,\\[?],,g;

sub _no_scheme_ok { 1 }

sub _parts {
    my $self = shift;
    $$self =~ m,^((?:$URI::scheme_re:)?)(?://([^/?\#]*))?([^?\#]*)(?:\?([^\#]*))?(\#.*)?$,os or die;
    return ($1, $2, $3, $4, $5);
}

sub _set {
    my ($self, $scheme, $auth, $path, $query, $frag) = @_;
    $$self = $scheme . (defined $auth ? "//$auth" : '') . $path
        . (defined $query ? "?$query" : '') . (defined $frag ? $frag : '');
    return;
}

sub authority {
    my $self = shift;
    my @p = $self->_parts;
    my $old = $p[1];
    if (@_) {
        my $auth = shift;
        if (defined $auth) {
            $auth =~ s/([^$ACHAR])/URI::_escape_char($1)/ego;
            $p[2] = "/$p[2]" if length $p[2] && $p[2] !~ m,^/,;
        }
        $p[1] = $auth;
        $self->_set(@p);
    }
    return $old;
}

sub path {
    my $self = shift;
    my @p = $self->_parts;
    my $old = $p[2];
    if (@_) {
        my $new = shift;
        $new = '' unless defined $new;
        $new =~ s/([^$PCHAR])/URI::_escape_char($1)/ego;
        $new = "/$new" if defined $p[1] && length $new && $new !~ m,^/,;
        $p[2] = $new;
        $self->_set(@p);
    }
    return $old;
}

sub path_query {
    my $self = shift;
    my @p = $self->_parts;
    my $old = $p[2] . (defined $p[3] ? "?$p[3]" : '');
    if (@_) {
        my $new = shift;
        my ($path, $query) = $new =~ /^([^?]*)(?:\?(.*))?$/s;
        $p[2] = $path;
        $p[3] = $query;
        $self->_set(@p);
    }
    return $old;
}

sub path_segments {
    my $self = shift;
    my $path = $self->path;
    if (@_) {
        my @arg = @_;
        for (@arg) { $_ = URI::Escape::uri_escape(ref $_ ? $_->[0] : $_, '^A-Za-z0-9\-_.!~*\'():@&=+$,') }
        $self->path(join '/', @arg);
    }
    return $path unless wantarray;
    return map { URI::Escape::uri_unescape($_) } split m,/,, $path, -1;
}

sub abs {
    my ($self, $base) = @_;
    return $self->clone unless defined $base;
    $base = URI->new($base) unless ref $base;
    my $scheme = $self->_scheme;
    return $self->clone if defined $scheme;
    my $abs = $self->clone;
    my $bscheme = $base->_scheme;
    return $abs unless defined $bscheme;
    bless $abs, ref $base;
    my ($s, $auth, $path, $query, $frag) = $abs->_parts;
    my (undef, $bauth, $bpath, $bquery) = $base->_parts;
    if (!defined $auth) {
        $auth = $bauth;
        if ($path eq '') {
            $path = $bpath;
            $query = $bquery unless defined $query;
        } elsif ($path !~ m,^/,) {
            (my $dir = $bpath) =~ s,[^/]*$,,;
            $dir = '/' if $dir eq '' && defined $bauth;
            $path = _remove_dots($dir . $path);
        } else {
            $path = _remove_dots($path);
        }
    }
    $abs->_set("$bscheme:", $auth, $path, $query, $frag);
    return $abs;
}

sub _remove_dots {
    my ($path) = @_;
    my @in = split m,/,, $path, -1;
    my @out;
    my $lead = $path =~ m,^/, ? shift @in : undef;
    for my $i (0 .. $#in) {
        my $seg = $in[$i];
        my $last = $i == $#in;
        if ($seg eq '.') { push @out, '' if $last; next }
        if ($seg eq '..') {
            if (@out && $out[-1] ne '..') { pop @out }
            else { push @out, '..' }
            push @out, '' if $last;
            next;
        }
        push @out, $seg;
    }
    return (defined $lead ? '/' : '') . join '/', @out;
}

sub rel {
    my ($self, $base) = @_;
    my $rel = $self->clone;
    $base = URI->new($base) unless ref $base;
    my ($s, $auth, $path, $query, $frag) = $rel->_parts;
    my ($bs, $bauth, $bpath) = $base->_parts;
    return $rel unless lc $s eq lc $bs && defined $auth && defined $bauth
        && lc $auth eq lc $bauth;
    $path = '/' if $path eq '';
    $bpath = '/' if $bpath eq '';
    if ($path eq $bpath && !defined $query) { $rel->_set('', undef, '', undef, $frag); return $rel }
    my @p = split m,/,, $path, -1;
    my @b = split m,/,, $bpath, -1;
    pop @b;
    while (@p > 1 && @b && $p[0] eq $b[0]) { shift @p; shift @b }
    my $new = join '/', ('..') x @b, @p;
    $new = './' if $new eq '';
    $rel->_set('', undef, $new, $query, $frag);
    return $rel;
}

sub canonical {
    my $self = shift;
    my $other = $self->clone;
    $$other =~ s/%([0-9A-Fa-f]{2})/_canon_escape($1)/ge;
    my $scheme = $other->_scheme;
    $other->_scheme(lc $scheme) if defined $scheme && $scheme =~ /[A-Z]/;
    return $other;
}

sub _canon_escape {
    my $c = chr hex $_[0];
    return $c if $c =~ /[A-Za-z0-9\-._~]/;
    return '%' . uc $_[0];
}

# Query methods (URI::_query).
sub query {
    my $self = shift;
    my @p = $self->_parts;
    my $old = $p[3];
    if (@_) {
        my $q = shift;
        if (defined $q) { $q =~ s/([^$URI::uric])/URI::_escape_char($1)/ego }
        $p[3] = $q;
        $self->_set(@p);
    }
    return $old;
}

sub query_form {
    my $self = shift;
    my $old = $self->query;
    if (@_) {
        my $delim;
        my $r = $_[0];
        if (ref $r eq 'ARRAY') { $delim = $_[1]; @_ = @$r }
        elsif (ref $r eq 'HASH') { $delim = $_[1]; @_ = map { $_ => $r->{$_} } sort keys %$r }
        $delim = pop if @_ % 2;
        $delim = '&' unless defined $delim;
        my @query;
        while (my ($key, $vals) = splice @_, 0, 2) {
            $key = '' unless defined $key;
            $key = _form_escape($key);
            for my $val (ref $vals eq 'ARRAY' ? @$vals : $vals) {
                push @query, "$key=" . _form_escape(defined $val ? $val : '');
            }
        }
        $self->query(@query ? join($delim, @query) : undef);
    }
    return if !defined $old || !length $old || !defined wantarray;
    return unless $old =~ /=/;
    my @form = map { my @kv = split /=/, $_, 2; @kv = ($kv[0], '') if @kv == 1;
        map { (my $x = $_) =~ tr/+/ /; URI::Escape::uri_unescape($x) } @kv } split /[&;]/, $old;
    return wantarray ? @form : @form / 2;
}

sub _form_escape {
    my ($s) = @_;
    $s =~ s/([;\/?:@&=+,\$\[\]%])/URI::_escape_char($1)/eg;
    $s =~ s/ /+/g;
    return $s;
}

sub query_keywords {
    my $self = shift;
    my $old = $self->query;
    if (@_) {
        my @copy = ref $_[0] eq 'ARRAY' ? @{ $_[0] } : @_;
        for (@copy) { s/([;\/?:@&=+,\$\[\]%])/URI::_escape_char($1)/eg; s/ /%20/g }
        $self->query(@copy ? join('+', @copy) : undef);
    }
    return if !defined $old || !defined wantarray || $old =~ /=/;
    return map { URI::Escape::uri_unescape($_) } split /\+/, $old, -1;
}

package URI::_foreign;
our @ISA = ('URI::_generic');

package URI::mailto;
our @ISA = ('URI');

sub to { my $self = shift; my $o = $self->opaque; $o =~ s/\?.*//s; return URI::Escape::uri_unescape($o) }

require URI::_server;
require URI::http;
require URI::https;
require URI::ftp;

1;
