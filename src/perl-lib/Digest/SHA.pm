package Digest::SHA;
# Digest::SHA. On this machine its core is natives and the rest is
# Digest/SHA/Machine.pm; a perl without those natives (the host perl reading
# this library in the tests) gets its own Digest::SHA instead.
our @EXPORT = qw();
our @EXPORT_OK = qw(sha1 sha1_hex sha1_base64 sha224 sha224_hex sha224_base64 sha256 sha256_hex sha256_base64
  sha384 sha384_hex sha384_base64 sha512 sha512_hex sha512_base64
  hmac_sha1 hmac_sha1_hex hmac_sha1_base64 hmac_sha224 hmac_sha224_hex hmac_sha224_base64
  hmac_sha256 hmac_sha256_hex hmac_sha256_base64 hmac_sha384 hmac_sha384_hex hmac_sha384_base64
  hmac_sha512 hmac_sha512_hex hmac_sha512_base64);
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
