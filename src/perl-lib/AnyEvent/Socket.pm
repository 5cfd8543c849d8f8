package AnyEvent::Socket;
# TCP for AnyEvent: tcp_server (accepts in the event loop and calls back
# with each connection), tcp_connect (non-blocking connect, then calls
# back with the handle, or with nothing and $! set), parse_hostport.
use strict;
use warnings;
use Carp ();
use Errno ();
use Exporter ();
use IO::Socket::INET;
use Socket qw(inet_aton inet_ntoa);
use AnyEvent ();

our $VERSION = '7.17';
our @ISA = ('Exporter');
our @EXPORT = qw(getprotobyname parse_hostport format_hostport parse_ipv4 parse_ipv6 parse_ip
  parse_address format_ipv4 format_ipv6 format_ip format_address address_family inet_aton
  tcp_server tcp_connect);
our @EXPORT_OK = qw(tcp_bind);

my %KEEP;

sub parse_hostport {
    my ($hp, $default) = @_;
    return unless defined $hp;
    my ($host, $port);
    if ($hp =~ /^\[([^\]]+)\](?::(\S+))?$/) { ($host, $port) = ($1, $2) }
    elsif ($hp =~ /^([^:\s]+):(\S+)$/) { ($host, $port) = ($1, $2) }
    elsif ($hp =~ /^(\S+)\s+(\S+)$/) { ($host, $port) = ($1, $2) }
    elsif ($hp =~ /^\S+$/ && $hp !~ /^\d+$/) { ($host, $port) = ($hp, $default) }
    elsif ($hp =~ /^\d+$/ && defined $default) { ($host, $port) = ($hp, $default) }
    else { return }
    return unless defined $port;
    return ($host, $port);
}

sub format_hostport { my ($host, $port) = @_; return $host =~ /:/ ? "[$host]:$port" : "$host:$port" }
sub parse_ipv4 { my $a = shift; return $a =~ /^\d+\.\d+\.\d+\.\d+$/ ? inet_aton($a) : undef }
sub parse_ipv6 { return undef }
sub parse_ip { parse_ipv4(@_) }
sub parse_address { parse_ipv4(@_) }
sub format_ipv4 { inet_ntoa($_[0]) }
sub format_ipv6 { undef }
sub format_ip { length $_[0] == 4 ? inet_ntoa($_[0]) : undef }
sub format_address { format_ip(@_) }
sub address_family { length $_[0] == 4 ? Socket::AF_INET() : undef }

sub tcp_server {
    my ($host, $service, $accept, $prepare) = @_;
    $host = '0.0.0.0' if !defined $host || $host eq '::';
    my $sock = IO::Socket::INET->new(
        LocalAddr => $host,
        LocalPort => $service,
        Proto     => 'tcp',
        Listen    => 128,
        ReuseAddr => 1,
    ) or Carp::croak("listen/bind on $host:$service: $!");
    my $port = $sock->sockport;
    if ($prepare) {
        my $backlog = $prepare->($sock, $sock->sockhost, $port);
    }
    my $state = { fh => $sock };
    $state->{w} = AnyEvent->io(fh => $sock, poll => 'r', cb => sub {
        while (my $c = $sock->accept) {
            $c->blocking(0) if $c->can('blocking');
            $accept->($c, $c->peerhost, $c->peerport);
            last;
        }
    });
    my $guard = bless $state, 'AnyEvent::Socket::Guard';
    return $guard if defined wantarray;
    $KEEP{"$guard"} = $guard;
    return;
}

sub tcp_connect {
    my ($host, $port, $connect, $prepare) = @_;
    my $state = {};
    my $timeout = $prepare ? $prepare->(undef) : undef;
    $state->{w} = AnyEvent->timer(after => 0, cb => sub {
        delete $state->{w};
        my $addr = inet_aton($host);
        unless ($addr) { $! = Errno::ENXIO(); return $connect->() }
        my $sock = IO::Socket::INET->new(PeerAddr => inet_ntoa($addr), PeerPort => $port,
            Proto => 'tcp', ($timeout ? (Timeout => $timeout) : ()));
        return $connect->() unless $sock;
        $sock->blocking(0) if $sock->can('blocking');
        $connect->($sock, inet_ntoa($addr), $port, sub { });
    });
    my $guard = bless $state, 'AnyEvent::Socket::Guard';
    return $guard if defined wantarray;
    $KEEP{"$guard"} = $guard;
    return;
}

package AnyEvent::Socket::Guard;
sub DESTROY { my $self = shift; delete $self->{w}; close $self->{fh} if $self->{fh}; return }

1;
