# EISDIR: writing to a directory; reading one gives nothing.
mkdir 'd' or die;
print "open > dir: ", (open(my $w, '>', 'd') ? 1 : 0), " [$!]\n";
print "open >> dir: ", (open(my $a, '>>', 'd') ? 1 : 0), " [$!]\n";
print "open +< dir: ", (open(my $rw, '+<', 'd') ? 1 : 0), " [$!]\n";
my $r = open(my $in, '<', 'd');
print "open < dir: ", ($r ? 1 : 0), "\n";
$! = 0;
my $l = <$in>;
print "readline: ", (defined $l ? 'defined' : 'undef'), " [$!]\n";
my $n = sysread($in, my $buf, 10);
print "sysread: ", (defined $n ? $n : 'undef'), " [$!]\n";
print "unlink dir: ", unlink('d'), " [$!]\n";
