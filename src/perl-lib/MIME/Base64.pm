package MIME::Base64;
# MIME::Base64. On this machine its core is natives and the rest is
# MIME/Base64/Machine.pm; a perl without those natives (the host perl reading
# this library in the tests) gets its own MIME::Base64 instead.
our @EXPORT = qw(encode_base64 decode_base64);
our @EXPORT_OK = qw(encode_base64url decode_base64url encoded_base64_length decoded_base64_length);
BEGIN {
    if (!defined &MIME::Base64::_encode) {
        (my $here = __FILE__) =~ s{/MIME/Base64\.pm\z}{};
        local @INC = grep { ref $_ || $_ ne $here } @INC;
        delete $INC{'MIME/Base64.pm'};
        require MIME::Base64;
    }
}
require MIME::Base64::Machine if defined &MIME::Base64::_encode;
1;
