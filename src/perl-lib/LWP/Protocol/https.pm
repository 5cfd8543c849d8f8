package LWP::Protocol::https;
# The https: transport of LWP::UserAgent: LWP::Protocol::http over
# IO::Socket::SSL. The agent's ssl_opts pass through (SSL_* keys as they
# are, verify_hostname as the verify mode; it defaults to
# $ENV{PERL_LWP_SSL_VERIFY_HOSTNAME}, else on). A certificate that fails
# verification ends the request as LWP's "Can't connect ... (certificate
# verify failed)".
use strict;
use warnings;
use IO::Socket::SSL ();
use LWP::Protocol::http;

our $VERSION = '6.10';
our @ISA = ('LWP::Protocol::http');

sub _new_socket {
    my ($class, $host, $port, $timeout, $ua) = @_;
    my %ssl = map { ($_ => scalar $ua->ssl_opts($_)) } grep { /^SSL_/ } $ua->ssl_opts;
    my $verify = $ua->ssl_opts('verify_hostname');
    $verify = defined $ENV{PERL_LWP_SSL_VERIFY_HOSTNAME} ? $ENV{PERL_LWP_SSL_VERIFY_HOSTNAME} : 1 unless defined $verify;
    $ssl{SSL_verify_mode} = $verify ? IO::Socket::SSL::SSL_VERIFY_PEER() : IO::Socket::SSL::SSL_VERIFY_NONE() unless exists $ssl{SSL_verify_mode};
    $ssl{SSL_verifycn_scheme} = 'www' if $verify && !exists $ssl{SSL_verifycn_scheme};
    $ssl{SSL_hostname} = $host unless exists $ssl{SSL_hostname};
    local $@;
    my $sock = IO::Socket::SSL->new(PeerAddr => $host, PeerPort => $port, Proto => 'tcp', Timeout => $timeout, %ssl);
    unless ($sock) {
        my $err = IO::Socket::SSL::errstr() || $@ || "$!";
        my $status = "Can't connect to $host:$port";
        if ($err =~ /\bconnect: (.*)/ || $err =~ /\b(certificate verify failed)\b/) { $status .= " ($1)" }
        elsif ($err =~ /^(?:IO::Socket::INET: )?(.+)$/ && $err !~ /^SSL/) { $status .= " ($1)" }
        elsif ($err) { $status .= " ($err)" }
        die "$status\n\n$err at " . __FILE__ . ' line ' . __LINE__ . ".\n";
    }
    return $sock;
}

sub _annotate {
    my ($self, $res) = @_;
    my $sock = $self->{sock};
    $res->header('Client-SSL-Cipher' => $sock->get_cipher);
    my $subject = $sock->peer_certificate('subject');
    $res->header('Client-SSL-Cert-Subject' => $subject) if defined $subject;
    my $issuer = $sock->peer_certificate('issuer');
    $res->header('Client-SSL-Cert-Issuer' => $issuer) if defined $issuer;
    $res->header('Client-SSL-Socket-Class' => 'IO::Socket::SSL');
    $res->header('Client-SSL-Version' => $sock->get_sslversion);
    return;
}

1;
