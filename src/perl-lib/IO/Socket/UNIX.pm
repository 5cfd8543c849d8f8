package IO::Socket::UNIX;
# Unix-domain sockets: Local (bind to a path), Peer (connect to one),
# Type and Listen.
use strict;
use IO::Socket;
use Socket;
use Carp ();

our @ISA = ('IO::Socket');
our $VERSION = '1.49';

IO::Socket::UNIX->register_domain(AF_UNIX);

sub new {
    my $class = shift;
    unshift(@_, 'Peer') if @_ == 1;
    return $class->SUPER::new(@_);
}

sub configure {
    my ($sock, $arg) = @_;
    my $type = $arg->{Type} || SOCK_STREAM;
    $sock->socket(AF_UNIX, $type, 0) or return undef;
    if (defined $arg->{Blocking}) {
        $sock->blocking($arg->{Blocking}) or return undef;
    }
    if (exists $arg->{Local}) {
        my $addr = sockaddr_un($arg->{Local});
        $sock->bind($addr) or return undef;
    }
    if (exists $arg->{Listen} && $type != SOCK_DGRAM) {
        $sock->listen($arg->{Listen} || 5) or return undef;
    } elsif (exists $arg->{Peer}) {
        my $addr = sockaddr_un($arg->{Peer});
        unless ($sock->connect($addr)) {
            $IO::Socket::errstr = $@ = "IO::Socket::UNIX: connect: $!";
            return undef;
        }
    }
    return $sock;
}

sub hostpath {
    my $sock = shift;
    my $n = $sock->sockname || return undef;
    return (sockaddr_un($n))[0];
}

sub peerpath {
    my $sock = shift;
    my $n = $sock->peername || return undef;
    return (sockaddr_un($n))[0];
}

1;
