package Base::Ex;
require Exporter;
our @ISA = ('Exporter');
our @EXPORT = qw(one);
our @EXPORT_OK = qw(two three);
our @EXPORT_FAIL = qw(three);
our $VERSION = '1.50';
sub one { 1 } sub two { 2 } sub three { 3 }
sub export_fail { my $class = shift; print "export_fail called with @_\n"; return () }
package main;
Base::Ex->import(qw(one two three));
print "one=", one(), " two=", two(), " three=", three(), "\n";
package Q;
Base::Ex->export_to_level(0, 'Base::Ex', 'two');
print "export_to_level: ", two(), "\n";
package main;
print "version ok\n" if eval { Base::Ex->VERSION(1.2); 1 };
eval { Base::Ex->VERSION(2) }; (my $e = $@) =~ s/ at \S+ line \d+\.\n//; print "version: $e\n";
package R;
Exporter::export('Base::Ex', 'R', 'two');
print "export: ", R::two(), "\n";
package S;
BEGIN { $INC{'My/Tagger.pm'} = 1 }
package My::Tagger;
use Exporter 'import';
our %EXPORT_TAGS = (a => [qw(fa)], b => [qw(fb)]);
Exporter::export_ok_tags('a', 'b');
Exporter::export_tags('a');
sub fa { 'fa' } sub fb { 'fb' }
package main;
print "EXPORT_OK: @My::Tagger::EXPORT_OK\n";
print "EXPORT: @My::Tagger::EXPORT\n";
