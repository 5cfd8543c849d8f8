# Warnings of formats under `use warnings`: undefined values, numbers that
# are not, a format declared twice, and *FH{FORMAT}.
use warnings;
my $u;
formline("@<< @## ^<<\n", $u, $u, $u);
print "chopped undef: [", (defined $u ? $u : 'undef'), "]\n";
formline("@## @##\n", "abc", "3x");
print $^A;
$^A = "";
format STDOUT =
first
.
format STDOUT =
second
.
write;
print defined(*STDOUT{FORMAT}) ? "has FORMAT\n" : "no FORMAT\n";
print defined(*STDERR{FORMAT}) ? "has FORMAT\n" : "no FORMAT\n";
eval "format EV =\nfrom eval @<<\n\$u\n.\n1" or die $@;
$u = "ok";
$~ = "EV";
write;
my $fr = *STDOUT{FORMAT};
print ref($fr), " ", ($fr =~ /^FORMAT\(0x[0-9a-f]+\)$/ ? "ok" : "no"), "\n";
$~ = "LIST";
format LIST =
@<< @<< @<<
1, {a =>
 2}->{a}, [3,
 4]->[0]
.
write;
