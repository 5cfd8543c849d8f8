package JSON::PP;
# JSON::PP. On this machine its core is natives and the rest is
# JSON/PP/Machine.pm; a perl without those natives (the host perl reading
# this library in the tests) gets its own JSON::PP instead.
our @EXPORT = qw(encode_json decode_json from_json to_json);
our @EXPORT_OK = qw();
BEGIN {
    if (!defined &JSON::PP::_encode) {
        (my $here = __FILE__) =~ s{/JSON/PP\.pm\z}{};
        local @INC = grep { ref $_ || $_ ne $here } @INC;
        delete $INC{'JSON/PP.pm'};
        require JSON::PP;
    }
}
require JSON::PP::Machine if defined &JSON::PP::_encode;
1;
