use strict;
use warnings;
use Digest::MD5;
use Digest::SHA;
open my $f, '>', 'payload.bin' or die; binmode $f; print $f map { chr($_ % 256) } 0 .. 9999; close $f;
open $f, '<', 'payload.bin' or die; binmode $f;
my $md5 = Digest::MD5->new->addfile($f)->hexdigest; close $f;
print "md5 file: $md5\n";
my $sha = Digest::SHA->new(256); $sha->addfile('payload.bin', 'b');
print "sha256 file: ", $sha->hexdigest, "\n";
open $f, '<', 'payload.bin' or die; binmode $f;
my $ctx = Digest::MD5->new; my $buf;
while (read($f, $buf, 1000)) { $ctx->add($buf) }
close $f;
print "chunked md5 same: ", ($ctx->hexdigest eq $md5 ? 1 : 0), "\n";
my %sums;
for my $name (qw(a b c)) { open my $o, '>', "$name.txt" or die; print $o $name eq 'c' ? "same\n" : "same\n"; close $o; $sums{$name} = Digest::SHA->new(1)->addfile("$name.txt")->hexdigest }
print "duplicates: ", join(',', sort grep { $sums{$_} eq $sums{a} } keys %sums), " sum=$sums{a}\n";
print "md5 base64 file: ", Digest::MD5->new->addfile(do { open my $h, '<', 'a.txt'; $h })->b64digest, "\n";
print "sha1 of empty file: ", do { open my $e, '>', 'e.txt'; close $e; Digest::SHA->new(1)->addfile('e.txt')->hexdigest }, "\n";
eval { Digest::SHA->new(1)->addfile('missing.txt') }; print "missing: ", ($@ ? 'croaks' : 'no error'), "\n";
unlink glob('*.txt'), 'payload.bin';
