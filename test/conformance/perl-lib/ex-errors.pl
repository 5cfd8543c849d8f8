package My::Mod;
use Exporter 'import';
our @EXPORT_OK = qw(ok_fn);
our %EXPORT_TAGS = (t => [qw(ok_fn)]);
sub ok_fn { 1 }
package main;
$SIG{__WARN__} = sub { print "WARN: $_[0]" };
eval { My::Mod->import('not_there') };
print "ERR1: $@";
eval { My::Mod->import(':nosuchtag') };
print "ERR2: $@";
eval { My::Mod->import('ok_fn', 'bad1', 'bad2') };
print "ERR3: $@";
eval { My::Mod->import('ok_fn') };
print "fine: ", ($@ eq '' ? "yes" : $@), " ", ok_fn(), "\n";
