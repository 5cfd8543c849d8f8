# open with undef as the file name makes an anonymous temporary file.
open my $tmp, '+>', undef or die "anon: $!";
print $tmp "scratch line 1\nscratch line 2\n";
seek $tmp, 0, 0;
my @l = <$tmp>;
print "read back: ", scalar(@l), " lines, first: $l[0]";
print "fileno > 2: ", (fileno($tmp) > 2 ? 'yes' : 'no'), "\n";
my @s = stat $tmp;
print "nlink: $s[3] size: $s[7]\n";
my @left = grep { !/^open-anon-temp\.(pl|expected\.json)$/ } glob '*';
print "files left in cwd: ", scalar(@left), "\n";
