# Characters above U+FFFF are one character each: counts, positions,
# order and the utf8 layers over astral input.
use strict;
use warnings;
binmode STDOUT, ':utf8';
my $s = "\x{1F600}ab\x{1F601}c";
my $E = "\x{1F600}";
print "length: ", length($s), " ", length($E), " ", length("x$E$E"), "\n";
print "substr: ", substr($s, 1, 2), "|", substr($s, 3, 1), "|", substr($s, -2), "|", substr($s, -4, -1), "\n";
{ my $t = $s; substr($t, 0, 1) = "X"; print "lvalue substr: $t\n"; }
{ my $t = $s; substr($t, 3, 1, "YZ"); print "4-arg substr: $t\n"; }
{ my $t = $s; my $r = \substr($t, 1, 3); $$r = "-"; print "ref substr: $t\n"; }
{ my $t = $s; for (substr($t, 4)) { $_ = uc } print "foreach substr: $t\n"; }
{ my $t = $s; substr($t, 1, 1) =~ s/a/AA/; print "s/// on substr: $t\n"; }
print "index: ", index($s, "b"), " ", index($s, "\x{1F601}"), " ", index($s, "c", 2), " ", index($s, "z"), " ", index($s, "", 9), "\n";
print "rindex: ", rindex($s, "a"), " ", rindex($s, $E), " ", rindex($s, "c", 3), " ", rindex("$E$E", $E), "\n";
print "reverse: ", scalar reverse($s), "\n";
print "ord/chr: ", ord($s), " ", ord(substr($s, 3)), " ", length(chr(0x1F602)), " ", chr(0x1F602) eq "\x{1F602}" ? "same" : "differ", "\n";
print "split: ", join(",", split //, $s), " | ", join(",", split /b/, $s), " | ", scalar(my @p = split //, "$E$E$E"), "\n";
print "split limit: ", join(",", split(//, $s, 3)), "\n";
printf "sprintf: [%5s][%-4s][%.2s][%c][%3c][%-3c]\n", $E, "${E}a", $s, 0x1F603, 0x1F603, 0x1F603;
print "sprintf %vd: ", sprintf("%vd", "a$E"), "\n";
print "case: ", lc("\x{10400}"), " ", uc("\x{10428}a"), " ", ucfirst("\x{10428}b"), " ", lcfirst("\x{10400}B"), " ", length(uc("\x{10428}")), "\n";
{ (my $v = $s) =~ tr/\x{1F600}a/Za/; print "tr: $v\n"; }
{ my $n = ($s =~ tr/\x{1F600}-\x{1F601}//); print "tr count: $n\n"; }
{ (my $v = "a${E}b") =~ tr/a-z/\x{1F602}/; print "tr to astral: $v\n"; }
{ (my $v = "a${E}${E}b") =~ tr/\x{1F600}//s; print "tr squeeze: $v\n"; }
{ (my $v = "a${E}b") =~ tr/a//cd; print "tr complement delete: $v\n"; }
{ my $t = $s; $t =~ /b/g; print "pos: ", pos($t), "\n"; pos($t) = 4; $t =~ /\G(.)/g; print "pos set: $1 ", pos($t), "\n"; }
{ my $t = "$E$E$E"; my @at; while ($t =~ /./g) { push @at, pos($t) } print "pos loop: @at\n"; }
if ($s =~ /(.)(.)$/) { print "offsets: $-[0] $+[0] $-[1] $-[2] $+[2] [$1][$2]\n"; }
if ("a$E${E}b" =~ /$E+/) { print "offsets of run: $-[0] $+[0] ", length($&), " [", length($`), "][", length($'), "]\n"; }
print "dot: ", ("$E" =~ /^.$/ ? "one" : "two"), "\n";
print "negated class: ", ("$E" =~ /[^\x{1F600}]/ ? "match" : "none"), "\n";
print "class: ", ("$E" =~ /^[\x{1F600}-\x{1F64F}]$/ ? "in" : "out"), "\n";
print "count: ", ("$E$E$E" =~ /^.{3}$/ ? "3" : "not 3"), " ", ("$E$E$E" =~ /^.{2}$/ ? "2" : "not 2"), "\n";
print "quantified: ", join(",", map { length } "a$E${E}b$E" =~ /(\x{1F600}+)/g), "\n";
print "word: ", ("\x{10400}" =~ /^\w$/ ? "word" : "not word"), " ", ("$E" =~ /^\W$/ ? "nonword" : "word"), "\n";
print "nocase: ", ("\x{10400}" =~ /^\x{10428}$/i ? "fold" : "no fold"), "\n";
print "match all: ", scalar(my @c = ("${E}ab" =~ /./g)), "\n";
print "grapheme: ", scalar(my @g = ("$E\x{301}a" =~ /\X/g)), "\n";
{ (my $t = $s) =~ s/./</g; print "s///g: $t\n"; }
{ (my $t = $s) =~ s/(?<=\x{1F600})a/A/; print "lookbehind: $t\n"; }
my @w = sort ("\x{FFFD}", $E, "\x{E000}", "a", "\x{10000}", "\x{FFFF}");
print "sort: ", join(" ", map { sprintf "%X", ord } @w), "\n";
print "sort block: ", join(" ", map { sprintf "%X", ord } sort { $b cmp $a } @w), "\n";
print "cmp: ", ($E cmp "\x{FFFF}"), " ", ($E lt "\x{E000}" ? "lt" : "ge"), " ", ("\x{E000}" gt $E ? "gt" : "le"), " ", ("a$E" cmp "a\x{FFFD}"), "\n";
print "chop: ", do { my $t = "ab$E"; my $c = chop $t; "$t " . length($c) }, "\n";
print "join/repeat: ", length(join("", ($E) x 4)), " ", length($E x 3), "\n";
print "sprintf width list: ", sprintf("%-3s|%3s|", $E, "$E$E"), "\n";
print "quotemeta: ", length(quotemeta($E)), "\n";
print "hex of chars: ", join(" ", map { sprintf "%04X", ord } split //, "a$E"), "\n";
print "wide line: $E\n";
binmode STDIN, ':utf8';
my $line = <STDIN>;
chomp $line;
print "read: ", length($line), " ", join(" ", map { sprintf "%X", ord } split //, $line), "\n";
my $raw = "x\xF0\x9F\x98\x80y\xC3\xA9\xF0\x9F\x99\x8F";
require Encode;
my $dec = Encode::decode('UTF-8', $raw);
print "raw line: ", length($raw), " decoded: ", length($dec), " ", ($dec eq $line ? "same" : "differ"), "\n";
print "decode_utf8: ", length(Encode::decode_utf8("\xF0\x9F\x98\x80")), " encode: ", length(Encode::encode('UTF-8', $E)), "\n";
{ my $u = $E; utf8::encode($u); print "utf8::encode: ", length($u), " "; utf8::decode($u); print length($u), "\n"; }
print "done\n";
