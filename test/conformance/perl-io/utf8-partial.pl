# Multibyte characters split across reads; read() counts characters on a :utf8 handle.
open my $w, '>:encoding(UTF-8)', 'u.txt' or die;
print $w "\x{20ac}" x 5000, "\n", "\x{e9}t\x{e9}\n";
close $w;
print "bytes: ", -s 'u.txt', "\n";
open my $r, '<:encoding(UTF-8)', 'u.txt' or die;
my $l = <$r>;
print "first line chars: ", length($l), "\n";
my $n = read $r, my $buf, 2;
print "read 2 chars: $n ords: ", join(',', map { ord } split //, $buf), "\n";
close $r;
open $r, '<', 'u.txt' or die;
$n = read $r, $buf, 4;
print "raw read 4 bytes: $n length: ", length($buf), "\n";
