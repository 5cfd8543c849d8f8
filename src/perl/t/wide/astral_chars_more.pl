# More operations over characters above U+FFFF: pack/unpack, pos as an lvalue,
# sprintf precision, sort and the regex engine backtracking over surrogate pairs.
use strict;
use warnings;
my $E = "\x{1F600}";
binmode STDOUT, ':utf8';
print "unpack U: ", join(",", unpack("U*", "a$E")), " W: ", join(",", unpack("W*", "a$E")), "\n";
print "pack U: ", length(pack("U", 0x1F600)), " ", (pack("U", 0x1F600) eq $E ? "same" : "differ"), "\n";
print "pack W: ", length(pack("W*", 0x1F600, 65)), "\n";
print "unpack A: ", join("|", unpack("A1 A2", "$E${E}x")), "\n";
print "sprintf star: ", sprintf("[%*s]", 4, $E), "\n";
{ my $t = "ab"; my $r = substr($t, 5) // 'undef'; print "outside: $r\n"; }
print "index neg: ", index("$E$E", $E, -3), " rindex big: ", rindex("$E$E", $E, 10), "\n";
{ my $t = "a${E}b${E}c"; $t =~ s/$E/-/g; print "s///g: $t\n"; }
{ my $t = "a${E}b${E}c"; my $n = () = $t =~ /\x{1F600}/g; print "count: $n\n"; }
{ my $t = "${E}x${E}y"; my @parts = split /x/, $t; print "split parts: ", join(",", map { length } @parts), "\n"; }
{ my $t = "$E$E"; $t =~ /$E/g; my $p = pos $t; $t =~ /$E/g; print "pos twice: $p ", pos($t), "\n"; }
{ my $t = "ab${E}cd"; pos($t) = 3; $t =~ /\G(.)/gc; print "pos after set: $1 ", pos($t), "\n"; }
{ my $t = "ab${E}cd"; pos($t) = -2; print "pos negative: ", pos($t), "\n"; }
{ my $t = "${E}abc"; my $l = \pos($t); $$l = 2; $t =~ /\G(.)/g; print "pos ref: $1\n"; }
print "sprintf prec: [", sprintf("%.1s", "$E$E"), "][", sprintf("%3.1s", "$E$E"), "]\n";
print "lc first: ", lcfirst("\x{10400}\x{10400}"), "\n";
print "ucfirst empty: [", ucfirst(""), "]\n";
print "repeat list: ", join("", ("$E") x 2), "\n";
my %h = ($E => 1, "\x{FFFF}" => 2, "a" => 3);
print "sorted keys: ", join(" ", map { sprintf "%X", ord } sort keys %h), "\n";
print "sort strings: ", join(" ", map { length } sort { $a cmp $b } ("b", "a$E", "a\x{FFFF}")), "\n";
print "eq: ", ("$E" eq "\x{D83D}\x{DE00}" ? "eq" : "ne"), "\n" if 0;
print "lt le ge gt: ", join(",", map { $_ ? 1 : 0 } ($E lt "\x{FFFF}", $E le "\x{FFFF}", $E ge "\x{FFFF}", $E gt "\x{FFFF}")), "\n";
print "chained: ", join(",", map { length } split(/,/, "$E,$E$E,")), "\n";
{ my $q = "x${E}y"; my $r = substr($q, 1, 1, "ZZ"); print "substr replace 4-arg returns: $r -> $q\n"; }
print "length undef: ", defined(length(undef)) ? "def" : "undef", "\n";
print "regex class range: ", join("", "a\x{1F600}\x{1F64F}\x{1F650}" =~ /[\x{1F600}-\x{1F64F}]/g) eq "\x{1F600}\x{1F64F}" ? "ok\n" : "bad\n";
print "backref: ", ("$E$E" =~ /^(.)\1$/ ? "yes" : "no"), "\n";
print "lazy: ", length(("$E$E$E" =~ /^(.+?)$E/)[0]), "\n";
print "greedy giveback: ", length(("$E$E${E}a" =~ /^(.*)$E/)[0]), "\n";
print "anchors: ", ("x$E" =~ /$E$/ ? 1 : 0), ("x$E\n" =~ /.\z/ ? 1 : 0), "\n";
print "tr return: ", ($E x 3) =~ tr/\x{1F600}//, "\n";
print "tr range: ", (my $z = "\x{1F600}\x{1F601}\x{1F602}") =~ tr/\x{1F600}-\x{1F602}/a-c/r, "\n";
print "sprintf c list: ", sprintf("%c%c", 0x1F600, 0x41), "\n";
print "ord empty: ", ord(""), " chr big: ", length(chr(0x10FFFF)), "\n";
print "join index: ", join(",", map { index("a${E}b${E}", $_) } "a", $E, "b"), "\n";
{ local $_ = "${E}z"; print "default: ", length, " ", ord, " ", uc, "\n"; }
print "pack A: ", join(",", map { sprintf "%X", ord } split //, pack("A3", $E)), " a*: ", length(pack("a*", "$E$E")), "\n";
print "pack W out: ", sprintf("%X", ord(pack("W", 0x1F600))), "\n";
print "unpack a: ", length((unpack("a2", "$E${E}x"))[0]), " x: ", join(",", unpack("x W", "$E\x{1F601}")), "\n";
print "unpack dot: ", join(",", unpack('W W .', "$E${E}z")), "\n";
{
# Reading a :utf8 file: read, getc, tell and seek over astral characters.
open my $w, '>:utf8', '/tmp/astral_chars_more.txt' or die; print $w "a\x{1F600}b\x{1F601}\x{1F602}cd"; close $w;
open my $f, '<:utf8', '/tmp/astral_chars_more.txt' or die;
my $n = read($f, my $buf, 3); print "$n [$buf] ", length($buf), "\n";
my $c = getc($f); print "getc [$c] ", length($c), "\n";
$n = read($f, $buf, 2, 5); print "$n ", length($buf), " ", join(",", map { sprintf "%X", ord } split //, $buf), "\n";
$n = read($f, $buf, 10, -1); print "$n ", length($buf), "\n";
print "eof\n" if eof($f);
print -s '/tmp/astral_chars_more.txt', "\n";
open $f, '<:utf8', '/tmp/astral_chars_more.txt' or die;
read($f, $buf, 2); print "tell: ", tell($f), "\n";
my $line = <$f>; print "rest: ", length($line), " tell: ", tell($f), "\n";
seek($f, 5, 0); print "after seek: ", join(",", map { sprintf "%X", ord } split //, scalar <$f>), "\n";
close $f;
if (open my $m, "<", \"x\x{1F600}y") { print "mem opened\n" } else { print "mem: $!\n" }
unlink '/tmp/astral_chars_more.txt';
}
{
# Records of N characters, \X, and more of the string builtins.
open my $w, '>:utf8', '/tmp/astral_chars_more6.txt' or die; print $w "a\x{1F600}b\x{1F601}\x{1F602}cd\nx\x{1F600}\n"; close $w;
open my $f, '<:utf8', '/tmp/astral_chars_more6.txt' or die;
{ local $/ = \2; my @r; while (my $r = <$f>) { push @r, length($r) } print "records: @r\n"; }
seek($f, 0, 0);
my @l = <$f>; print "lines: ", join(",", map { length } @l), "\n";
close $f; unlink '/tmp/astral_chars_more6.txt';
my $s = "x\x{1F600}y\x{1F601}";
my @m; while ($s =~ /(\X)/g) { push @m, pos($s) . ":" . length($1) } print "@m\n";
print sprintf("%3\$s %1\$s", "\x{1F600}", "b", "c"), "\n";
my $t = "\x{1F600}" x 3; substr($t, 1, 1) = ""; print length($t), "\n";
$t = "ab\x{1F600}"; print ucfirst(lc $t), " ", lc(uc $t), "\n";
print join("|", unpack("(A1)*", "a\x{1F600}b")), "\n";
my $x = "\x{1F600}abc"; $x =~ s/^.//; print length($x), "\n";
$x = "\x{1F600}\x{1F600}"; $x =~ s/\x{1F600}/<$&>/g; print "$x\n";
print scalar(() = "a\x{1F600}b" =~ /\w/g), "\n";
printf "%-3s|%03d|%.1s|\n", "\x{1F600}", 5, "\x{1F600}z";
print "\x{1F600}" =~ /^\x{1F600}{1}$/ ? "q1\n" : "q0\n";
print "ok sprintf list\n" if sprintf("%s%s", "\x{1F600}", "a") eq "\x{1F600}a";
print "$-[0]\n" if "ab\x{1F600}\x{1F600}c" =~ /c/;
print length(sprintf("%5s", "\x{1F600}\x{1F600}")), "\n";
}
{
# In-memory handles hold bytes: characters go in as UTF-8.
my $buf = '';
open my $m, '>', \$buf or die;
print $m "a\x{1F600}";
close $m;
print "mem: ", length($buf), "\n";
my $b2 = '';
open my $m2, '>:utf8', \$b2 or die;
print $m2 "a\x{1F600}";
close $m2;
print length($b2), "\n";
open my $r, '<:utf8', \$b2 or die; my $got = <$r>; print length($got), "\n";
open my $r2, '<', \$b2 or die; $got = <$r2>; print length($got), "\n";
}
