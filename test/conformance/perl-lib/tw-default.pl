use Text::Wrap;
my $p = join ' ', map { "word$_" } 1 .. 40;
print wrap('', '', $p), "\n";
print wrap('    ', '', $p), "\n";
print wrap('', '    ', "short line\n"), "\n";
print wrap('', '', ''), "|\n";
print fill('', '', "a\nb\nc"), "\n";
print "columns=$Text::Wrap::columns\n";
