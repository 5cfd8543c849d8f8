package Mojo::UserAgent;
# A non-blocking HTTP/1.1 user agent on Mojo::IOLoop. Blocking calls run
# a private loop until the transaction is done; calls with a callback and
# the *_p methods use the singleton loop. Connection errors, inactivity
# and request timeouts end up in $tx->error; redirects are followed up to
# max_redirects (0 by default).
use strict;
use warnings;
use Carp ();
use Scalar::Util ();
use Mojo::IOLoop;
use Mojo::JSON ();
use Mojo::Promise;
use Mojo::Transaction::HTTP;

our $VERSION = '9.31';

sub new {
    my $class = shift;
    return bless { inactivity_timeout => 40, connect_timeout => 10, request_timeout => 0,
        max_redirects => 0, name => 'Mojolicious (Perl)', @_ == 1 ? %{ $_[0] } : @_ }, $class;
}

for my $attr (qw(inactivity_timeout connect_timeout request_timeout max_redirects max_response_size)) {
    no strict 'refs';
    *{__PACKAGE__ . "::$attr"} = sub { my $self = shift; return $self->{$attr} unless @_; $self->{$attr} = shift; return $self };
}

sub ioloop { $_[0]{ioloop} ||= Mojo::IOLoop->new }
sub transactor { $_[0] }
sub name { my $self = shift; return $self->{name} unless @_; $self->{name} = shift; return $self }

for my $method (qw(delete get head options patch post put)) {
    my $verb = uc $method;
    no strict 'refs';
    *{__PACKAGE__ . "::$method"} = sub {
        my $self = shift;
        my $cb = ref $_[-1] eq 'CODE' ? pop : undef;
        return $self->start($self->build_tx($verb, @_), $cb);
    };
    *{__PACKAGE__ . "::${method}_p"} = sub {
        my $self = shift;
        return $self->start_p($self->build_tx($verb, @_));
    };
}

sub build_tx {
    my ($self, $method, $url, @args) = @_;
    my $tx = Mojo::Transaction::HTTP->new;
    my $req = $tx->req;
    $req->method($method);
    $url = "http://$url" unless $url =~ m{^[a-zA-Z][a-zA-Z0-9+.\-]*://};
    $req->url($url);
    my $h = $req->headers;
    if (ref $args[0] eq 'HASH') { my $hdr = shift @args; $h->header($_ => $hdr->{$_}) for sort keys %$hdr }
    if (@args == 2 && $args[0] eq 'json') {
        $req->body(Mojo::JSON::encode_json($args[1]));
        $h->content_type('application/json') unless $h->content_type;
    } elsif (@args == 2 && $args[0] eq 'form') {
        $req->body(_form($args[1]));
        $h->content_type('application/x-www-form-urlencoded') unless $h->content_type;
    } elsif (@args == 1) {
        my $body = $args[0];
        utf8::encode($body) if utf8::is_utf8($body);
        $req->body($body);
    }
    $h->accept_encoding('gzip') unless defined $h->accept_encoding;
    $h->user_agent($self->{name}) unless defined $h->user_agent;
    return $tx;
}

sub _escape {
    my $s = shift;
    utf8::encode($s) if utf8::is_utf8($s);
    $s =~ s/([^A-Za-z0-9\-._~ ])/sprintf '%%%02X', ord $1/ge;
    $s =~ tr/ /+/;
    return $s;
}

sub _form {
    my $form = shift;
    my @pairs;
    for my $key (sort keys %$form) {
        my $v = $form->{$key};
        push @pairs, map { _escape($key) . '=' . _escape(defined $_ ? $_ : '') } ref $v eq 'ARRAY' ? @$v : $v;
    }
    return join '&', @pairs;
}

sub start {
    my ($self, $tx, $cb) = @_;
    if ($cb) {
        $self->_start(Mojo::IOLoop->singleton, $tx, sub { $self->$cb($_[0]) });
        return undef;
    }
    my $loop = $self->ioloop;
    my $done;
    $self->_start($loop, $tx, sub { $tx = shift; $done = 1; $loop->stop });
    $loop->start until $done;
    return $tx;
}

sub start_p {
    my ($self, $tx) = @_;
    my $promise = Mojo::Promise->new;
    $self->_start(Mojo::IOLoop->singleton, $tx, sub {
        my $tx = shift;
        my $err = $tx->res->error;
        return $promise->reject($err->{message}) if $err && !$err->{code};
        return $promise->resolve($tx);
    });
    return $promise;
}

sub _split_url {
    my $url = shift;
    my ($scheme, $host, $port, $path) = $url =~ m{^(\w+)://([^/:?#]+)(?::(\d+))?([^#]*)};
    $path = '/' unless defined $path && length $path;
    $path = "/$path" if $path =~ /^\?/;
    return (lc($scheme || 'http'), $host, $port || ($scheme && lc $scheme eq 'https' ? 443 : 80), $path);
}

sub _start {
    my ($self, $loop, $tx, $cb) = @_;
    my ($scheme, $host, $port, $path) = _split_url($tx->req->url);
    my $res = $tx->res;
    my $c = { tx => $tx, cb => $cb, buf => '', loop => $loop };
    if ($scheme eq 'https') {
        $res->error({ message => 'IO::Socket::SSL 2.009+ required for TLS support' });
        $loop->next_tick(sub { $self->_finish($c) });
        return;
    }
    if ($self->{request_timeout}) {
        $c->{timer} = $loop->timer($self->{request_timeout} => sub {
            $res->error({ message => 'Request timeout' });
            $c->{stream} ? $c->{stream}->close : $self->_finish($c);
        });
    }
    $loop->client({ address => $host, port => $port, timeout => $self->{connect_timeout} }, sub {
        my ($l, $err, $stream) = @_;
        if ($err) { $res->error({ message => $err }); return $self->_finish($c) }
        $c->{stream} = $stream;
        $stream->timeout($self->{inactivity_timeout});
        $stream->on(timeout => sub { $res->error({ message => 'Inactivity timeout' }) unless $res->error });
        $stream->on(error => sub { $res->error({ message => $_[1] }) unless $res->error });
        $stream->on(read => sub { $self->_read($c, $_[1]) });
        $stream->on(close => sub { $self->_closed($c) });
        $stream->write($self->_request_text($tx, $host, $port, $path));
    });
    return;
}

sub _request_text {
    my ($self, $tx, $host, $port, $path) = @_;
    my $req = $tx->req;
    my $h = $req->headers;
    $h->host($port == 80 ? $host : "$host:$port") unless defined $h->host;
    my $body = $req->body;
    $h->content_length(length $body) if length $body || $req->method =~ /^(?:POST|PUT|PATCH)$/;
    my $head = $req->method . " $path HTTP/1.1\x0d\x0a";
    my $text = $h->to_string;
    $head .= "$text\x0d\x0a" if length $text;
    return "$head\x0d\x0a$body";
}

sub _read {
    my ($self, $c, $bytes) = @_;
    $c->{buf} .= $bytes;
    my $res = $c->{tx}->res;
    unless ($c->{headers_done}) {
        my $end = index $c->{buf}, "\x0d\x0a\x0d\x0a";
        return if $end < 0;
        my $head = substr $c->{buf}, 0, $end + 4, '';
        my ($status, @lines) = split /\x0d?\x0a/, $head;
        my ($version, $code, $message) = $status =~ m{^HTTP/(\d\.\d)\s+(\d{3})\s*(.*)$};
        unless (defined $code) {
            $res->error({ message => 'Malformed HTTP response' });
            return $c->{stream}->close;
        }
        $res->version($version);
        $res->code($code);
        $res->message($message);
        for (@lines) { $res->headers->add($1, $2) if /^([^:\s]+)\s*:\s*(.*)$/ }
        $c->{headers_done} = 1;
        $c->{chunked} = ($res->headers->transfer_encoding || '') =~ /chunked/i;
        $c->{length} = $res->headers->content_length;
        $c->{length} = 0 if $c->{tx}->req->method eq 'HEAD' || $res->is_empty;
    }
    return $self->_read_chunked($c) if $c->{chunked};
    if (defined $c->{length}) {
        my $need = $c->{length} - length $res->{body};
        $res->{body} .= substr $c->{buf}, 0, $need, '';
        return $self->_done($c) if length $res->{body} >= $c->{length};
        return;
    }
    $res->{body} .= $c->{buf};
    $c->{buf} = '';
    return;
}

sub _read_chunked {
    my ($self, $c) = @_;
    my $res = $c->{tx}->res;
    while ($c->{buf} =~ /^([0-9a-fA-F]+)[^\x0a]*\x0d?\x0a/) {
        my ($len, $hl) = (hex $1, length $&);
        if ($len == 0) { return $self->_done($c) if $c->{buf} =~ /\x0d?\x0a\x0d?\x0a/; return }
        return if length $c->{buf} < $hl + $len + 2;
        $res->{body} .= substr $c->{buf}, $hl, $len;
        substr($c->{buf}, 0, $hl + $len) = '';
        $c->{buf} =~ s/^\x0d?\x0a//;
    }
    return;
}

sub _done {
    my ($self, $c) = @_;
    $c->{complete} = 1;
    $c->{stream}->close;
    return;
}

sub _closed {
    my ($self, $c) = @_;
    my $res = $c->{tx}->res;
    $res->error({ message => 'Premature connection close' }) if !$c->{headers_done} && !$res->error;
    return $self->_finish($c);
}

sub _finish {
    my ($self, $c) = @_;
    return if $c->{finished}++;
    $c->{loop}->remove($c->{timer}) if $c->{timer};
    my $tx = $c->{tx};
    $tx->{finished} = 1;
    $tx->res->{finished} = 1;
    my $res = $tx->res;
    if (!$res->error && $res->is_redirect && (my $loc = $res->headers->location)
        && $self->{max_redirects} > @{ $tx->redirects }) {
        my $method = $tx->req->method;
        my $code = $res->code;
        my ($scheme, $host, $port) = _split_url($tx->req->url);
        $loc = "$scheme://$host" . ($port == 80 ? '' : ":$port") . $loc if $loc =~ m{^/};
        my $new = $self->build_tx(($code == 307 || $code == 308) ? $method : $method eq 'HEAD' ? 'HEAD' : 'GET', $loc,
            ($code == 307 || $code == 308) && length $tx->req->body ? ($tx->req->body) : ());
        $new->previous($tx);
        return $self->_start($c->{loop}, $new, $c->{cb});
    }
    $c->{cb}->($tx);
    return;
}

1;
