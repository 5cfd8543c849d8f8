package Digest::SHA;
# Digest::SHA. On this machine its core is natives and the rest is
# Digest/SHA/Machine.pm; a perl without those natives (the host perl reading
# this library in the tests) gets its own Digest::SHA instead.
our @EXPORT = qw();
our @EXPORT_OK = qw(sha1 sha1_hex sha1_base64 sha224 sha224_hex sha224_base64 sha256 sha256_hex sha256_base64);
BEGIN {
    if (!defined &Digest::SHA::_hex) {
        (my $here = __FILE__) =~ s{/Digest/SHA\.pm\z}{};
        local @INC = grep { ref $_ || $_ ne $here } @INC;
        delete $INC{'Digest/SHA.pm'};
        require Digest::SHA;
    }
}
require Digest::SHA::Machine if defined &Digest::SHA::_hex;
1;
