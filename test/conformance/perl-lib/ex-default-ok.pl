package Colors;
use Exporter 'import';
our @EXPORT = qw(red);
our @EXPORT_OK = qw(green blue);
our %EXPORT_TAGS = (rgb => [qw(red green blue)]);
sub red { 'R' } sub green { 'G' } sub blue { 'B' }
package main;
Colors->import(qw(:rgb));
print red(), green(), blue(), "\n";
package Other;
Colors->import();
print "Other: ", red(), " green? ", (defined &Other::green ? 1 : 0), "\n";
package Third;
Colors->import('&green');
print "amp: ", green(), "\n";
package main;
print "EXPORT list: @Colors::EXPORT | OK: @Colors::EXPORT_OK\n";
print "same sub: ", (\&main::red == \&Colors::red ? 1 : 0), "\n";
{
    no warnings 'redefine';
    *Colors::red = sub { 'r2' };
}
print "after redefine: main::red=", red(), " Colors::red=", Colors::red(), "\n";
