use strict;
use warnings;
use Scalar::Util qw(dualvar readonly isdual isvstring tainted openhandle);
my $d = dualvar(5, "five");
print "num: ", $d + 0, " str: $d\n";
print "isdual: ", (isdual($d) ? 1 : 0), " plain: ", (isdual(5) ? 1 : 0), "\n";
$! = 2;
print "errno dual: ", (isdual($!) ? 1 : 0), " ", $! + 0, " $!\n";
print "readonly const: ", (readonly("x") ? 1 : 0), "\n";
my $v = 1;
print "readonly var: ", (readonly($v) ? 1 : 0), "\n";
sub ro { readonly($_[0]) ? 1 : 0 }
print "readonly arg literal: ", ro(3), " var: ", ro($v), "\n";
for my $c (1) { print "readonly loop const: ", (readonly($c) ? 1 : 0), "\n" }
print "isvstring: ", (isvstring("1.2.3") ? 1 : 0), "\n";
print "tainted: ", (tainted($v) ? 1 : 0), "\n";
print "openhandle STDIN: ", (defined openhandle(\*STDIN) ? 1 : 0), "\n";
print "openhandle str: ", (defined openhandle("junk") ? 1 : 0), "\n";
open my $fh, '<', $0 or die; close $fh;
print "openhandle closed: ", (defined openhandle($fh) ? 1 : 0), "\n";
my $dd = dualvar(3.5, "");
print "dual empty str: [", "$dd", "] num ", $dd * 2, "\n";
