package Digest::MD5;
# Digest::MD5. On this machine its core is natives and the rest is
# Digest/MD5/Machine.pm; a perl without those natives (the host perl reading
# this library in the tests) gets its own Digest::MD5 instead.
our @EXPORT = qw();
our @EXPORT_OK = qw(md5 md5_hex md5_base64);
BEGIN {
    if (!defined &Digest::MD5::_hex) {
        (my $here = __FILE__) =~ s{/Digest/MD5\.pm\z}{};
        local @INC = grep { ref $_ || $_ ne $here } @INC;
        delete $INC{'Digest/MD5.pm'};
        require Digest::MD5;
    }
}
require Digest::MD5::Machine if defined &Digest::MD5::_hex;
1;
