use strict;
use warnings;
use Digest::MD5 qw(md5 md5_hex md5_base64);
for my $s ('', 'a', 'abc', 'message digest', 'The quick brown fox jumps over the lazy dog', 'x' x 1000) {
    printf "%-10.10s %s %s %d\n", $s, md5_hex($s), md5_base64($s), length(md5($s));
}
print "list arg: ", md5_hex('a', 'b', 'c'), "\n";
my $ctx = Digest::MD5->new;
$ctx->add('The quick ');
$ctx->add('brown fox ', 'jumps over the lazy dog');
my $copy = $ctx->clone;
print "oo hex: ", $ctx->hexdigest, "\n";
print "after digest (reset): ", $ctx->hexdigest, "\n";
print "clone b64: ", $copy->b64digest, "\n";
open my $f, '>', 'md5.txt' or die; print $f "file contents\n" x 100; close $f;
open $f, '<', 'md5.txt' or die; binmode $f;
print "addfile: ", Digest::MD5->new->addfile($f)->hexdigest, "\n"; close $f;
print "raw len: ", length(Digest::MD5->new->add('z')->digest), "\n";
print "reset: ", Digest::MD5->new->add('junk')->reset->add('abc')->hexdigest, "\n";
eval { md5_hex("\x{263a}") }; (my $e = $@) =~ s/ at \S+ line \d+\.\n//; print "wide: $e\n";
print "utf8 encoded: ", md5_hex(do { my $s = "\x{263a}"; utf8::encode($s); $s }), "\n";
unlink 'md5.txt';
