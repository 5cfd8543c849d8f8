sub wrap { return "[" . $_[0] . "]" }
print wrap(<<EOT), "\n";
inside
EOT
my @lines = split /\n/, <<EOT;
a
b
c
EOT
print scalar(@lines), "\n";
my $x = <<EOT =~ s/o/0/gr;
foo boo
EOT
print $x;
print <<`CMD` if 0;
echo no
CMD
print "end\n";
