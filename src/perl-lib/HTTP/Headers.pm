package HTTP::Headers;
# A set of message header fields: case-insensitive names shown in their
# canonical form, several values per field, and the conventional order of
# RFC 2616 (general, request, response, entity fields, then the rest
# alphabetically) when listed.
use strict;
use warnings;
use Carp ();

our $VERSION = '6.44';
our $TRANSLATE_UNDERSCORE = 1;

my @GENERAL = qw(Cache-Control Connection Date Pragma Trailer Transfer-Encoding Upgrade Via Warning);
my @REQUEST = qw(Accept Accept-Charset Accept-Encoding Accept-Language Authorization Expect From
  Host If-Match If-Modified-Since If-None-Match If-Range If-Unmodified-Since Max-Forwards
  Proxy-Authorization Range Referer TE User-Agent);
my @RESPONSE = qw(Accept-Ranges Age ETag Location Proxy-Authenticate Retry-After Server Vary
  WWW-Authenticate);
my @ENTITY = qw(Allow Content-Encoding Content-Language Content-Length Content-Location
  Content-MD5 Content-Range Content-Type Expires Last-Modified);
my %RANK;
my %STANDARD_CASE;
{
    my $i = 0;
    for (@GENERAL, @REQUEST, @RESPONSE, @ENTITY) {
        $RANK{ lc $_ } = $i++;
        $STANDARD_CASE{ lc $_ } = $_;
    }
}

sub new {
    my $class = shift;
    my $self = bless {}, $class;
    $self->header(@_) if @_;
    return $self;
}

# Canonical spelling and the key a field is stored under.
sub _key {
    my ($field) = @_;
    $field =~ tr/_/-/ if $TRANSLATE_UNDERSCORE && $field !~ /^:/;
    return ($field, $field) if $field =~ /^:/;
    my $lc = lc $field;
    return ($lc, $STANDARD_CASE{$lc}) if $STANDARD_CASE{$lc};
    (my $c = $field) =~ s/\b(\w)/\u$1/g;
    return ($lc, $c);
}

sub header {
    my $self = shift;
    Carp::croak('Usage: $h->header($field, ...)') unless @_;
    my (@old, %seen);
    while (@_) {
        my $field = shift;
        my $op = @_ ? ($seen{ lc $field }++ ? 'PUSH' : 'SET') : 'GET';
        @old = $self->_header($field, shift, $op);
    }
    return @old if wantarray;
    return $old[0] if @old <= 1;
    return join ', ', @old;
}

sub _header {
    my ($self, $field, $val, $op) = @_;
    my ($key, $case) = _key($field);
    $self->{'::std_case'}{$key} = $case unless $self->{'::std_case'}{$key};
    my $h = $self->{$key};
    my @old = ref $h eq 'ARRAY' ? @$h : defined $h ? ($h) : ();
    $op ||= defined $val ? 'SET' : 'GET';
    if ($op eq 'PUSH' || $op eq 'INIT') {
        return @old if $op eq 'INIT' && @old;
        my @new = ref $val eq 'ARRAY' ? @$val : ($val);
        $self->{$key} = @old + @new > 1 ? [ @old, @new ] : $new[0];
    } elsif ($op eq 'SET') {
        my @new = ref $val eq 'ARRAY' ? @$val : ($val);
        if (!defined $val) { delete $self->{$key} }
        else { $self->{$key} = @new > 1 ? [@new] : $new[0] }
    }
    delete $self->{'::std_case'}{$key} unless exists $self->{$key};
    return @old;
}

sub push_header {
    my $self = shift;
    while (my ($f, $v) = splice @_, 0, 2) { $self->_header($f, $v, 'PUSH') }
    return;
}

sub init_header {
    Carp::croak('Usage: $h->init_header($field, $val)') if @_ != 3;
    shift->_header(@_, 'INIT');
    return;
}

sub remove_header {
    my ($self, @fields) = @_;
    my @values;
    for my $field (@fields) {
        my ($key) = _key($field);
        my $v = delete $self->{$key};
        delete $self->{'::std_case'}{$key};
        push @values, ref $v eq 'ARRAY' ? @$v : defined $v ? $v : ();
    }
    return wantarray ? @values : scalar @values;
}

sub remove_content_headers {
    my $self = shift;
    my $c = ref($self)->new;
    for my $key (grep { /^content-/ || $RANK{$_} && $RANK{$_} >= $RANK{allow} } $self->_keys) {
        $c->{$key} = delete $self->{$key};
        $c->{'::std_case'}{$key} = delete $self->{'::std_case'}{$key};
    }
    return $c;
}

sub clear { my $self = shift; %$self = (); return }

sub _keys {
    my ($self) = @_;
    return sort {
        (exists $RANK{$a} ? $RANK{$a} : 999) <=> (exists $RANK{$b} ? $RANK{$b} : 999) || $a cmp $b
    } grep { $_ ne '::std_case' } keys %$self;
}

sub _name { my ($self, $key) = @_; return $self->{'::std_case'}{$key} || $STANDARD_CASE{$key} || $key }

sub header_field_names {
    my $self = shift;
    my @names = map { $self->_name($_) } $self->_keys;
    return wantarray ? @names : scalar @names;
}

sub scan {
    my ($self, $sub) = @_;
    for my $key ($self->_keys) {
        my $v = $self->{$key};
        $sub->($self->_name($key), $_) for ref $v eq 'ARRAY' ? @$v : ($v);
    }
    return;
}

sub flatten {
    my $self = shift;
    my @out;
    $self->scan(sub { push @out, @_ });
    return @out;
}

sub as_string {
    my ($self, $endl) = @_;
    $endl = "\n" unless defined $endl;
    my @lines;
    $self->scan(sub {
        my ($field, $val) = @_;
        $field =~ s/^://;
        $val = '' unless defined $val;
        $val =~ s/\015?\012(\s*)/$endl . ($1 || ' ')/ge if $val =~ /\n/;
        push @lines, "$field: $val";
    });
    return join '', map { "$_$endl" } @lines;
}

sub clone {
    my $self = shift;
    my $clone = ref($self)->new;
    for my $key (keys %$self) {
        my $v = $self->{$key};
        $clone->{$key} = ref $v eq 'ARRAY' ? [@$v] : ref $v eq 'HASH' ? {%$v} : $v;
    }
    return $clone;
}

sub content_type {
    my $self = shift;
    my $ct = $self->{'content-type'};
    $self->_header('Content-Type', shift) if @_;
    $ct = $ct->[0] if ref $ct eq 'ARRAY';
    return '' unless defined $ct && length $ct;
    my @ct = split /;\s*/, $ct, 2;
    for ($ct[0]) { s/\s+//g; $_ = lc $_ }
    return wantarray ? @ct : $ct[0];
}

sub content_type_charset {
    my $self = shift;
    my $ct = $self->header('Content-Type');
    my $charset = defined $ct && $ct =~ /charset\s*=\s*"?([^";\s]+)/i ? uc $1 : undef;
    return wantarray ? (scalar $self->content_type, $charset) : $charset;
}

sub content_is_text { my $self = shift; return $self->content_type =~ m{^text/} }
sub content_is_html {
    my $t = shift->content_type;
    return $t eq 'text/html' || $t =~ m{^application/xhtml\+xml};
}
sub content_is_xml {
    my $t = shift->content_type;
    return 1 if $t eq 'text/xml' || $t =~ m{^application/(?:.*\+)?xml$};
    return 0;
}

for my $pair ([qw(date Date)], [qw(expires Expires)], [qw(if_modified_since If-Modified-Since)],
    [qw(last_modified Last-Modified)]) {
    my ($method, $field) = @$pair;
    no strict 'refs';
    *{__PACKAGE__ . "::$method"} = sub {
        my $self = shift;
        require HTTP::Tiny;
        my $old = $self->header($field);
        $self->header($field => HTTP::Tiny->_http_date(shift)) if @_;
        return defined $old ? HTTP::Tiny->_parse_http_date($old) : undef;
    };
}

for my $pair ([qw(content_encoding Content-Encoding)], [qw(content_language Content-Language)],
    [qw(content_length Content-Length)], [qw(title Title)], [qw(user_agent User-Agent)],
    [qw(server Server)], [qw(from From)], [qw(referer Referer)], [qw(warning Warning)],
    [qw(www_authenticate WWW-Authenticate)], [qw(authorization Authorization)],
    [qw(proxy_authorization Proxy-Authorization)], [qw(location Location)]) {
    my ($method, $field) = @$pair;
    no strict 'refs';
    *{__PACKAGE__ . "::$method"} = sub { shift->header($field, @_) };
}
{ no warnings 'once'; *referrer = \&referer; }

1;
