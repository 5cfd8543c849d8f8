package Net::SSLeay;
# The presence of Net::SSLeay for modules that check for it (HTTP::Tiny's
# can_ssl, IO::Socket::SSL's context callbacks). This machine's TLS is
# simulated (see IO::Socket::SSL); there is no OpenSSL behind this module,
# so it offers version information, constants and context no-ops, and any
# other function dies naming itself.
use strict;
use warnings;
use Carp ();

our $VERSION = '1.92';

use constant {
    VERIFY_NONE                 => 0,
    VERIFY_PEER                 => 1,
    VERIFY_FAIL_IF_NO_PEER_CERT => 2,
    VERIFY_CLIENT_ONCE          => 4,
    MODE_ENABLE_PARTIAL_WRITE   => 1,
    MODE_ACCEPT_MOVING_WRITE_BUFFER => 2,
    MODE_AUTO_RETRY             => 4,
    ERROR_NONE                  => 0,
    ERROR_SSL                   => 1,
    ERROR_WANT_READ             => 2,
    ERROR_WANT_WRITE            => 3,
    ERROR_SYSCALL               => 5,
    ERROR_ZERO_RETURN           => 6,
    OPENSSL_VERSION_NUMBER      => 0x30000020,
    SSLEAY_VERSION              => 0,
    OPENSSL_VERSION             => 0,
    TLS1_3_VERSION              => 0x0304,
    TLS1_2_VERSION              => 0x0303,
};

my $next_ctx = 0;
my %ctx_mode;

sub SSLeay { OPENSSL_VERSION_NUMBER() }
sub SSLeay_version { 'OpenSSL 3.0.2 15 Mar 2022 (simulated TLS)' }
sub OpenSSL_version { SSLeay_version() }
sub library_init { 1 }
sub load_error_strings { 1 }
sub SSLeay_add_ssl_algorithms { 1 }
sub randomize { 1 }
sub ERR_get_error { 0 }
sub ERR_error_string { '' }
sub print_errs { '' }

# A context is a number standing for settings nothing reads.
sub CTX_new { return ++$next_ctx }
sub CTX_tlsv1_2_new { CTX_new() }
sub CTX_v23_new { CTX_new() }
sub CTX_free { delete $ctx_mode{ $_[0] }; return }
sub CTX_set_mode { my ($ctx, $mode) = @_; return $ctx_mode{$ctx} = ($ctx_mode{$ctx} || 0) | $mode }
sub CTX_get_mode { return $ctx_mode{ $_[0] } || 0 }
sub CTX_set_options { return $_[1] }
sub CTX_set_verify { return }

our $AUTOLOAD;
sub AUTOLOAD {
    my $name = $AUTOLOAD;
    $name =~ s/.*:://;
    return if $name eq 'DESTROY';
    Carp::croak("Net::SSLeay::$name is not available: this machine's TLS is simulated and has no OpenSSL");
}

1;
