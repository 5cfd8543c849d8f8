package IO::Socket;
# A socket as a handle object: the constructor runs a subclass's configure,
# and the methods wrap the socket builtins, keeping per-socket settings in
# the glob's hash slot.
use strict;
use IO::Handle;
use Socket 1.3;
use Errno ();
use Carp ();

our @ISA = ('IO::Handle');
our $VERSION = '1.49';
our $errstr = '';

my %domain_class;

sub import {
    my $pkg = shift;
    if (@_ && $_[0] eq 'sockatmark') { shift; }
    Socket->export_to_level(1, $pkg, @_) if @_;
}

sub register_domain {
    my ($class, $domain) = @_;
    $domain_class{$domain} = $class;
}

sub new {
    my ($class, %arg) = @_;
    my $sock = $class->SUPER::new();
    $sock->autoflush(1);
    ${*$sock}{io_socket_timeout} = delete $arg{Timeout};
    return scalar(%arg) ? $sock->configure(\%arg) : $sock;
}

sub configure {
    my ($sock, $arg) = @_;
    my $domain = delete $arg->{Domain};
    Carp::croak('IO::Socket: Cannot configure a generic socket') unless defined $domain;
    my $class = $domain_class{$domain}
        or Carp::croak("IO::Socket: Unsupported socket domain");
    bless $sock, $class;
    return $sock->configure($arg);
}

sub socket {
    my ($sock, $domain, $type, $protocol) = @_;
    CORE::socket($sock, $domain, $type, $protocol) or return undef;
    ${*$sock}{io_socket_domain} = $domain;
    ${*$sock}{io_socket_type}   = $type;
    ${*$sock}{io_socket_proto}  = $protocol;
    return $sock;
}

sub socketpair {
    my ($class, $domain, $type, $protocol) = @_;
    my $s1 = $class->new;
    my $s2 = $class->new;
    CORE::socketpair($s1, $s2, $domain, $type, $protocol) or return ();
    for my $s ($s1, $s2) {
        ${*$s}{io_socket_domain} = $domain;
        ${*$s}{io_socket_type}   = $type;
        ${*$s}{io_socket_proto}  = $protocol;
    }
    return ($s1, $s2);
}

sub connect {
    my ($sock, $addr) = @_;
    my $timeout = ${*$sock}{io_socket_timeout};
    my $ok;
    if (defined $timeout) {
        my $was_blocking = $sock->blocking(0);
        if (CORE::connect($sock, $addr)) {
            $ok = 1;
        } elsif ($! == Errno::EINPROGRESS() || $! == Errno::EWOULDBLOCK()) {
            my $w = '';
            vec($w, fileno($sock), 1) = 1;
            my $n = select(undef, my $wout = $w, my $eout = $w, $timeout);
            if ($n > 0) {
                my $err = $sock->getsockopt(SOL_SOCKET, SO_ERROR);
                if ($err) { $! = $err; }
                else { $ok = 1; }
            } elsif (!defined $n || $n < 0) {
                # select failed: $! says why
            } else {
                $! = Errno::ETIMEDOUT();
                $errstr = $@ = 'connect: timeout';
            }
        }
        $sock->blocking(1) if $was_blocking;
        return $ok ? $sock : undef;
    }
    return CORE::connect($sock, $addr) ? $sock : undef;
}

sub bind {
    my ($sock, $addr) = @_;
    return CORE::bind($sock, $addr) ? $sock : undef;
}

sub listen {
    my ($sock, $queue) = @_;
    $queue = 5 unless defined $queue && $queue =~ /^\d+$/;
    return CORE::listen($sock, $queue) ? $sock : undef;
}

sub accept {
    my $sock = shift;
    my $class = shift || ref($sock);
    my $timeout = ${*$sock}{io_socket_timeout};
    my $new = $class->new(Timeout => $timeout);
    if (defined $timeout) {
        my $r = '';
        vec($r, fileno($sock), 1) = 1;
        my $n = select(my $rout = $r, undef, undef, $timeout);
        unless ($n) {
            $! = Errno::ETIMEDOUT() if defined $n;
            $errstr = $@ = 'accept: timeout';
            return;
        }
    }
    my $peer = CORE::accept($new, $sock) or return;
    ${*$new}{$_} = ${*$sock}{$_} for qw(io_socket_domain io_socket_type io_socket_proto);
    return wantarray ? ($new, $peer) : $new;
}

sub send {
    my ($sock, $data, $flags, $to) = @_;
    $flags ||= 0;
    # An unconnected socket answers whoever it last heard from (recv remembered it).
    my $peer = $to;
    $peer = ${*$sock}{io_socket_peername} if !defined $peer && !defined CORE::getpeername($sock);
    my $r = defined $peer ? CORE::send($sock, $data, $flags, $peer) : CORE::send($sock, $data, $flags);
    ${*$sock}{io_socket_peername} = $to if defined $to && defined $r;
    return $r;
}

sub recv {
    my $sock = $_[0];
    my $len = $_[2];
    my $flags = $_[3] || 0;
    my $peer = CORE::recv($sock, $_[1] = '', $len, $flags);
    ${*$sock}{io_socket_peername} = $peer if defined $peer && length $peer;
    return $peer;
}

sub shutdown {
    my ($sock, $how) = @_;
    return CORE::shutdown($sock, $how);
}

sub setsockopt {
    my ($sock, $level, $opt, $val) = @_;
    $val = pack('i', $val) if defined $val && $val =~ /^-?\d+$/;
    return CORE::setsockopt($sock, $level, $opt, $val);
}

sub getsockopt {
    my ($sock, $level, $opt) = @_;
    my $r = CORE::getsockopt($sock, $level, $opt);
    return undef unless defined $r;
    return length($r) == 4 ? unpack('i', $r) : $r;
}

sub sockopt {
    my $sock = shift;
    return @_ == 1 ? $sock->getsockopt(SOL_SOCKET, @_) : $sock->setsockopt(SOL_SOCKET, @_);
}

sub atmark { return 0; }

sub timeout {
    my $sock = shift;
    my $old = ${*$sock}{io_socket_timeout};
    ${*$sock}{io_socket_timeout} = shift if @_;
    return $old;
}

sub sockname { my $sock = shift; return CORE::getsockname($sock); }

sub peername {
    my $sock = shift;
    return ${*$sock}{io_socket_peername} ||= CORE::getpeername($sock);
}

sub connected {
    my $sock = shift;
    return CORE::getpeername($sock);
}

sub sockdomain {
    my $sock = shift;
    return ${*$sock}{io_socket_domain} if defined ${*$sock}{io_socket_domain};
    my $addr = CORE::getsockname($sock);
    return defined $addr ? sockaddr_family($addr) : undef;
}

sub socktype {
    my $sock = shift;
    return ${*$sock}{io_socket_type} if defined ${*$sock}{io_socket_type};
    return $sock->sockopt(SO_TYPE);
}

sub protocol {
    my $sock = shift;
    return ${*$sock}{io_socket_proto};
}

1;
