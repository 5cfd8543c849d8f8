package HTTP::Message;
# A message: headers (HTTP::Headers) and a content string. Header methods
# are delegated to the headers object.
use strict;
use warnings;
use Carp ();
use HTTP::Headers;

our $VERSION = '6.44';
our $AUTOLOAD;

sub new {
    my ($class, $header, $content) = @_;
    if (defined $header) {
        Carp::croak('Bad header argument') unless ref $header;
        if (ref $header eq 'ARRAY') { $header = HTTP::Headers->new(@$header) }
        else { $header = $header->clone }
    } else {
        $header = HTTP::Headers->new;
    }
    if (defined $content) {
        Carp::croak('HTTP::Message content must be bytes') if utf8::is_utf8($content) && !utf8::downgrade(my $c = $content, 1);
    } else {
        $content = '';
    }
    return bless { _headers => $header, _content => $content }, $class;
}

sub parse {
    my ($class, $str) = @_;
    my @hdr;
    while ($str =~ s/^([^\s:]+)[ \t]*: ?(.*)\n?//) { push @hdr, $1, $2; $hdr[-1] =~ s/\r\z// }
    $str =~ s/^\r?\n//;
    return bless { _headers => HTTP::Headers->new(@hdr), _content => $str }, ref $class || $class;
}

sub headers { return $_[0]{_headers} }
sub header_field_names { my $h = shift->{_headers}; return $h->header_field_names(@_) }
sub clear { my $self = shift; $self->{_headers}->clear; $self->{_content} = ''; return }

sub content {
    my $self = shift;
    my $old = $self->{_content};
    if (@_) {
        my $new = shift;
        $self->{_content} = defined $new ? (ref $new eq 'ARRAY' ? join('', @$new) : $new) : '';
        delete $self->{_decoded};
    }
    return $old;
}

sub add_content { my $self = shift; $self->{_content} .= ref $_[0] ? ${ $_[0] } : $_[0]; return }
sub add_content_utf8 { my ($self, $buf) = @_; utf8::upgrade($buf); utf8::encode($buf); $self->{_content} .= $buf; return }
sub content_ref { my $self = shift; return \$self->{_content} }

sub decoded_content {
    my ($self, %opt) = @_;
    my $content = $self->{_content};
    my $enc = $self->header('Content-Encoding');
    if ($enc && $enc !~ /^\s*(?:identity|none)\s*$/i) {
        return undef unless $opt{raise_error};
        die "Don't know how to decode Content-Encoding '$enc'\n";
    }
    return $content if $opt{charset} && $opt{charset} eq 'none';
    return $content unless $self->headers->content_is_text || $self->headers->content_is_xml;
    my $charset = lc($opt{charset} || $self->content_charset || 'ISO-8859-1');
    my $copy = $content;
    if ($charset =~ /^utf-?8$/) {
        utf8::decode($copy) or do { return undef unless $opt{raise_error}; die "Bad UTF-8\n" };
    } elsif ($charset !~ /^(?:iso-8859-1|latin-?1|us-ascii|ascii)$/) {
        return undef unless $opt{raise_error};
        die "Unknown charset '$charset'\n";
    }
    return $copy;
}

# The charset named by Content-Type, else UTF-8 for JSON, else guessed
# from the bytes: US-ASCII, UTF-8 or ISO-8859-1 (undef when empty).
sub content_charset {
    my $self = shift;
    my $cs = scalar $self->headers->content_type_charset;
    return $cs if $cs;
    return 'UTF-8' if $self->headers->content_type =~ m{^application/json};
    my $c = $self->{_content};
    return undef unless length $c;
    return 'US-ASCII' unless $c =~ /[\x80-\xff]/;
    my $copy = $c;
    return utf8::decode($copy) ? 'UTF-8' : 'ISO-8859-1';
}

sub as_string {
    my ($self, $eol) = @_;
    $eol = "\n" unless defined $eol;
    my $content = $self->{_content};
    return join '', $self->{_headers}->as_string($eol), $eol, $content,
        (@_ == 1 && length $content && $content !~ /\n\z/) ? "\n" : '';
}

sub dump {
    my ($self, %opt) = @_;
    my $content = $self->{_content};
    my $chopped = 0;
    my $max = exists $opt{maxlength} ? $opt{maxlength} : 512;
    if ($max && length $content > $max) { $chopped = length($content) - $max; $content = substr $content, 0, $max }
    $content =~ s/\\/\\\\/g;
    $content =~ s/\t/\\t/g;
    $content =~ s/\r/\\r/g;
    $content =~ s/([\0-\11\13-\037])(?!\d)/sprintf('\\%o', ord $1)/eg;
    $content =~ s/([\0-\11\13-\037\177-\377])/sprintf('\\x%02X', ord $1)/eg;
    $content =~ s/([^\12\040-\176])/sprintf('\\x{%X}', ord $1)/eg;
    $content .= "...\n(+ $chopped more bytes not shown)" if $chopped;
    $content = '(no content)' unless length $content;
    my $start = defined $opt{preheader} ? $opt{preheader} : '';
    my $dump = $start . ($self->can('_start_line') ? $self->_start_line . "\n" : '') .
        $self->{_headers}->as_string . "\n" . $content;
    $dump .= "\n" unless $dump =~ /\n\z/;
    print $dump unless defined wantarray;
    return $dump;
}

sub protocol { my $self = shift; my $old = $self->{_protocol}; $self->{_protocol} = shift if @_; return $old }

sub clone {
    my $self = shift;
    my $clone = HTTP::Message::new(ref($self), $self->headers, $self->content);
    $clone->protocol($self->protocol);
    return $clone;
}

sub AUTOLOAD {
    my ($method) = $AUTOLOAD =~ /::(\w+)$/;
    return if $method eq 'DESTROY';
    Carp::croak(qq{Can't locate object method "$method" via package "} . ref($_[0]) . '"')
        unless HTTP::Headers->can($method);
    no strict 'refs';
    my $code = sub { shift->{_headers}->$method(@_) };
    *{$AUTOLOAD} = $code;
    return $code->(@_);
}

sub DESTROY { }

1;
