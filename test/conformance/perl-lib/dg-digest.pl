use Digest::MD5 qw(md5_hex md5_base64);
use Digest::SHA qw(sha1_hex sha256_hex sha224_hex sha1_base64);
use MIME::Base64;
for my $s ('', 'a', 'x' x 55, 'y' x 56, 'z' x 64, 'q' x 1000, join('', map { chr } 0..255)) {
  print length($s), " ", md5_hex($s), " ", sha1_hex($s), " ", sha256_hex($s), " ", sha224_hex($s), "\n";
  print md5_base64($s), " ", sha1_base64($s), "\n";
  my $e = encode_base64($s); print $e; print decode_base64($e) eq $s ? "rt ok\n" : "rt BAD\n";
}
print Digest::SHA->new(256)->add("ab")->add("c")->hexdigest, "\n";
print MIME::Base64::encode_base64url("\xff\xfe\xfd"), "\n";
eval { md5_hex("\x{263a}") }; print $@;
