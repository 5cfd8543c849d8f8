package My::Lib;
use Exporter 'import';
our @EXPORT = qw(greet);
our @EXPORT_OK = qw(add sub_ mul $VERSION_STR @LIST %MAP);
our %EXPORT_TAGS = (math => [qw(add mul)], all => [qw(greet add mul sub_)]);
our $VERSION_STR = "v1"; our @LIST = (1, 2); our %MAP = (k => 'v');
sub greet { "hello @_" }
sub add { $_[0] + $_[1] }
sub mul { $_[0] * $_[1] }
sub sub_ { $_[0] - $_[1] }
package A1; My::Lib->import;
print "default: ", greet("a"), "\n";
print "add not imported: ", (defined &A1::add ? 1 : 0), "\n";
package A2; My::Lib->import(':math');
print "math: ", add(2, 3), " ", mul(2, 3), " greet? ", (defined &A2::greet ? 1 : 0), "\n";
package A3; My::Lib->import(qw(:all));
print "all: ", sub_(9, 4), " ", greet("b"), "\n";
package A4; My::Lib->import(qw($VERSION_STR @LIST %MAP));
print "vars: $VERSION_STR @LIST $MAP{k}\n";
package A5; My::Lib->import(qw(:DEFAULT add));
print "default+add: ", greet("c"), " ", add(1, 1), "\n";
package A6; My::Lib->import(qw(!greet :math));
print "negation: greet? ", (defined &A6::greet ? 1 : 0), " add? ", (defined &A6::add ? 1 : 0), "\n";
package A7; My::Lib->import('/^m/');
print "regex: mul? ", (defined &A7::mul ? 1 : 0), " add? ", (defined &A7::add ? 1 : 0), "\n";
