package IO::Socket::INET;
# IPv4 sockets with the constructor keys everyone uses (PeerAddr, PeerPort,
# LocalAddr, LocalPort, Proto, Type, Listen, ReuseAddr, ReusePort,
# Broadcast, Timeout, Blocking, "host:port" forms and service names).
# Failures leave the reason in $! and "IO::Socket::INET: ..." in $@.
use strict;
use IO::Socket;
use Socket;
use Errno ();
use Carp ();

our @ISA = ('IO::Socket');
our $VERSION = '1.49';

IO::Socket::INET->register_domain(AF_INET);

my %socket_type = (tcp => SOCK_STREAM, udp => SOCK_DGRAM, icmp => SOCK_RAW);
my %proto_number;

sub new {
    my $class = shift;
    unshift(@_, 'PeerAddr') if @_ == 1;
    return $class->SUPER::new(@_);
}

# Split "host:port(service)" and look up the protocol and port.
sub _sock_info {
    my ($addr, $port, $proto) = @_;
    my $origport = $port;
    my @serv;
    $port = $1 if defined $addr && $addr =~ s{:([\w()/]+)$}{};
    if (defined $proto && $proto =~ /\D/) {
        my $num = _get_proto_number($proto);
        unless (defined $num) {
            $IO::Socket::errstr = $@ = "Bad protocol '$proto'";
            return;
        }
        $proto = $num;
    }
    if (defined $port) {
        my $defport = ($port =~ s/\((\d+)\)$//) ? $1 : undef;
        my $pnum = ($port =~ m/^(\d+)$/)[0];
        @serv = getservbyname($port, _get_proto_name($proto) || '') if $port =~ m,\D,;
        $port = $serv[2] || $defport || $pnum;
        unless (defined $port) {
            $IO::Socket::errstr = $@ = "Bad service '$origport'";
            return;
        }
        $proto = _get_proto_number($serv[3]) if @serv && !$proto;
    }
    return ($addr || undef, $port || undef, $proto || undef);
}

sub _get_proto_number {
    my $name = lc(shift // return undef);
    return $proto_number{$name} if exists $proto_number{$name};
    my @p = getprotobyname($name);
    return $proto_number{$name} = @p ? $p[2] : undef;
}

sub _get_proto_name {
    my $num = shift;
    return undef unless defined $num;
    my @p = getprotobynumber($num);
    return $p[0];
}

sub _error {
    my ($sock, $errno, @msg) = @_;
    my $e = join('', @msg);
    $IO::Socket::errstr = $@ = "IO::Socket::INET: $e";
    $! = $errno if $errno;
    close($sock) if $sock && defined fileno($sock);
    $! = $errno if $errno;
    return undef;
}

sub _get_addr {
    my ($sock, $host, $multi) = @_;
    return (INADDR_ANY) unless defined $host;
    return inet_aton($host) if $host =~ /^\d+\.\d+\.\d+\.\d+$/;
    if ($multi) {
        my @a = (gethostbyname($host))[4..99];
        return @a;
    }
    my $a = inet_aton($host);
    return defined $a ? ($a) : ();
}

sub configure {
    my ($sock, $arg) = @_;
    my ($lport, $rport, $laddr, $raddr, $proto, $type);

    $arg->{LocalAddr} = $arg->{LocalHost} if exists $arg->{LocalHost} && !exists $arg->{LocalAddr};
    ($laddr, $lport, $proto) = _sock_info($arg->{LocalAddr}, $arg->{LocalPort}, $arg->{Proto})
        or return _error($sock, $!, $@);
    $laddr = defined $laddr ? inet_aton($laddr) : INADDR_ANY;
    return _error($sock, Errno::EINVAL(), "Bad hostname '", $arg->{LocalAddr}, "'") unless defined $laddr;

    $arg->{PeerAddr} = $arg->{PeerHost} if exists $arg->{PeerHost} && !exists $arg->{PeerAddr};
    unless (exists $arg->{Listen}) {
        ($raddr, $rport, $proto) = _sock_info($arg->{PeerAddr}, $arg->{PeerPort}, $proto)
            or return _error($sock, $!, $@);
    }
    $proto ||= _get_proto_number('tcp');
    $type = $arg->{Type} || $socket_type{lc(_get_proto_name($proto) || 'tcp')};

    my @raddr;
    if (defined $raddr) {
        @raddr = $sock->_get_addr($raddr, $arg->{MultiHomed});
        return _error($sock, Errno::EINVAL(), "Bad hostname '", $arg->{PeerAddr}, "'") unless @raddr;
    }

    while (1) {
        $sock->socket(AF_INET, $type, $proto) or return _error($sock, $!, "$!");
        if (defined $arg->{Blocking}) {
            defined $sock->blocking($arg->{Blocking}) or return _error($sock, $!, "$!");
        }
        if ($arg->{Reuse} || $arg->{ReuseAddr}) {
            $sock->sockopt(SO_REUSEADDR, 1) or return _error($sock, $!, "$!");
        }
        if ($arg->{ReusePort}) {
            $sock->sockopt(SO_REUSEPORT, 1) or return _error($sock, $!, "$!");
        }
        if ($arg->{Broadcast}) {
            $sock->sockopt(SO_BROADCAST, 1) or return _error($sock, $!, "$!");
        }
        if ($lport || ($laddr ne INADDR_ANY) || exists $arg->{Listen}) {
            $sock->bind($lport || 0, $laddr) or return _error($sock, $!, "$!");
        }
        if (exists $arg->{Listen}) {
            $sock->listen($arg->{Listen} || 5) or return _error($sock, $!, "$!");
            last;
        }
        # A socket with no peer (a UDP listener): done.
        return $sock unless defined $raddr || defined $rport;
        return _error($sock, Errno::EINVAL(), 'Cannot determine remote port') unless $rport;

        $raddr = shift @raddr;
        $sock->peername(undef);
        if ($type == SOCK_STREAM || defined $raddr) {
            undef $@;
            if ($sock->connect(pack_sockaddr_in($rport, $raddr))) {
                return $sock;
            }
            return _error($sock, $!, $@ || "connect: $!") unless @raddr;
        }
    }
    return $sock;
}

sub connect {
    my $sock = shift;
    return $sock->SUPER::connect(@_ == 1 ? $_[0] : pack_sockaddr_in(@_));
}

sub bind {
    my $sock = shift;
    return $sock->SUPER::bind(@_ == 1 ? $_[0] : pack_sockaddr_in(@_));
}

sub sockaddr {
    my $sock = shift;
    my $name = $sock->sockname;
    return $name ? (sockaddr_in($name))[1] : undef;
}

sub sockport {
    my $sock = shift;
    my $name = $sock->sockname;
    return $name ? (sockaddr_in($name))[0] : undef;
}

sub sockhost {
    my $sock = shift;
    my $addr = $sock->sockaddr;
    return $addr ? inet_ntoa($addr) : undef;
}

sub peeraddr {
    my $sock = shift;
    my $name = $sock->peername;
    return $name ? (sockaddr_in($name))[1] : undef;
}

sub peerport {
    my $sock = shift;
    my $name = $sock->peername;
    return $name ? (sockaddr_in($name))[0] : undef;
}

sub peerhost {
    my $sock = shift;
    my $addr = $sock->peeraddr;
    return $addr ? inet_ntoa($addr) : undef;
}

1;
