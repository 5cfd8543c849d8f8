use strict;
use warnings;
use Digest::SHA qw(sha1 sha1_hex sha1_base64 sha224_hex sha256 sha256_hex sha256_base64 sha384_hex sha512_hex hmac_sha256_hex hmac_sha1_hex);
for my $s ('', 'abc', 'The quick brown fox jumps over the lazy dog') {
    print "sha1 [$s]: ", sha1_hex($s), " ", sha1_base64($s), "\n";
    print "sha256: ", sha256_hex($s), "\n";
}
print "sha224: ", sha224_hex('abc'), "\n";
print "sha384: ", sha384_hex('abc'), "\n";
print "sha512: ", sha512_hex('abc'), "\n";
print "raw lens: ", length(sha1('x')), " ", length(sha256('x')), " b64: ", sha256_base64('abc'), "\n";
print "hmac256: ", hmac_sha256_hex('data', 'key'), "\n";
print "hmac1: ", hmac_sha1_hex('what do ya want for nothing?', 'Jefe'), "\n";
my $sha = Digest::SHA->new(256);
$sha->add('ab'); $sha->add('c');
print "oo: ", $sha->clone->hexdigest, " alg: ", $sha->algorithm, " size: ", $sha->hashsize, "\n";
print "b64digest: ", $sha->b64digest, " then reset: ", $sha->hexdigest, "\n";
my $one = Digest::SHA->new('sha1'); print "by name: ", $one->add('abc')->hexdigest, "\n";
open my $f, '>', 'sha.txt' or die; print $f "line\n" x 500; close $f;
print "addfile name: ", Digest::SHA->new(1)->addfile('sha.txt')->hexdigest, "\n";
open $f, '<', 'sha.txt' or die; print "addfile fh: ", Digest::SHA->new(256)->addfile($f)->hexdigest, "\n"; close $f;
print "bad alg: ", (defined Digest::SHA->new(999) ? 'def' : 'undef'), "\n";
print "long: ", sha1_hex('a' x 100000), "\n";
unlink 'sha.txt';
