# Argument lines see the lexicals of the scope the format is in, and run
# as code (calls, expressions, lists, a { } block over several lines).
use strict;
my $count = 0;
my @list = (1, 2, 3);
my %h = (k => "hash value");
sub label { return "label-" . ++$count }
format STDOUT =
@<<<<<<<<<< @<<<<<<<<<<<<<< @## @## @##
label(),    $h{k},          @list
@>>>>>>>>>>>>>>>>>>>>
{
  my $x = join "+", @list;
  "sum " . $x;
}
.
write;
@list = (7, 8, 9);
$h{k} = "changed";
write;
package Other;
our $pv = "package var";
format OTHER =
@<<<<<<<<<<<< in @<<<<<<
$pv,             __PACKAGE__
.
package main;
$~ = "Other::OTHER";
write;
print "count: $count\n";
