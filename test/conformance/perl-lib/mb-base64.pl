use strict;
use warnings;
use MIME::Base64 qw(encode_base64 decode_base64 encode_base64url decode_base64url encoded_base64_length decoded_base64_length);
for my $s ('', 'f', 'fo', 'foo', 'foob', 'fooba', 'foobar', "\0\xff\xfe", 'x' x 60) {
    my $e = encode_base64($s); (my $show = $e) =~ s/\n/\\n/g;
    print "[", length($s), "] $show | noeol: ", encode_base64($s, ''), " | back ok: ", (decode_base64($e) eq $s ? 1 : 0), "\n";
}
print "custom eol: ", encode_base64('x' x 80, "\r\n") =~ tr/\r//, " CRs\n";
print "url: ", encode_base64url("\xfb\xff\xbf"), " vs ", encode_base64("\xfb\xff\xbf", ''), "\n";
print "url decode: ", unpack('H*', decode_base64url('-_-_')), " padded: ", decode_base64url('Zm9v'), "\n";
print "decode junk: ", decode_base64("Zm9v!!YmFy"), " no pad: ", decode_base64("Zm9vYg"), " ws: ", decode_base64("Zm9v\n YmFy"), "\n";
print "encoded_length: ", join(',', map { encoded_base64_length('x' x $_) } 0, 1, 3, 57, 58), " noeol: ", encoded_base64_length('abcd', ''), "\n";
print "decoded_length: ", join(',', map { decoded_base64_length($_) } '', 'Zg==', 'Zm9v', 'Zm9vYmFy', 'Zm9vYg'), "\n";
eval { encode_base64("\x{263a}") }; (my $e = $@) =~ s/ at \S+ line \d+\.\n//; print "wide: $e\n";
use MIME::QuotedPrint qw(encode_qp decode_qp);
print "qp: ", encode_qp("caf\xe9 = ok\n"), "qp decode: ", decode_qp("caf=E9 =3D ok=\n!"), "\n";
print "qp long: ", scalar(() = encode_qp('y' x 100) =~ /=\n/g), " soft breaks\n";
