# sprintf: cached formats, integer and string fast paths, and the slow ones
use strict; use warnings;
$SIG{__WARN__} = sub { print "warn: $_[0]" };
my @f = ('%05d', '%-5d|', '%+d', '% d', '%x', '%X', '%o', '%#x', '%#o', '%b', '%5.2f', '%s', '%.2s', '%5s|', '%-5s|', '%3d%%', '%.3d', '%.0d', '%e', '%g', '%i', '%u', '%5.1s|');
for my $f (@f) {
  print join(' ', map { sprintf($f, $_) } 0, 7, -7, 42.9, -42.9, 255), "\n";
}
print sprintf('%d|%s|%d', 1, 'two', 3), "\n";
print sprintf('%*d|%-*d|', 6, 42, 4, 7), "\n";
print sprintf('%2$s %1$s', 'world', 'hello'), "\n";
print sprintf('%vd', '1.22.333'), "\n";
print sprintf('%d', '12abc'), "\n";
print sprintf('%d %d', 1), "\n";
print sprintf('%d', 1, 2), "\n";
print sprintf('%s', undef), "|\n";
print sprintf('%d', -0.0), sprintf(' %d', 1e20), sprintf(' %u', -5), sprintf(' %hd', 70000), "\n";
print sprintf('%d %d', 9007199254740991, -9007199254740991), "\n";
print sprintf('%x %o %b', -1, -1, 3), "\n";
my @args = ('%s-%s', 'a', 'b');
print sprintf(@args), "\n";
print sprintf($args[0], @args[1, 2]), "\n";
my @l = (sprintf('%d', 3), sprintf('%s', 'x'));
print scalar(@l), "\n";
my $v = sprintf("%05d", 42);
print "$v\n";
print sprintf('%s %s', 'a', ('b', 'c')), "\n";
print sprintf('%d items', 3.99), "\n";
print sprintf('100%'), "\n";
print sprintf('%c%c', 72, 105), "\n";
