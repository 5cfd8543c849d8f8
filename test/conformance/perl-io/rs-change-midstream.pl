# Changing $/ between reads of one handle.
open my $w, '>', 'm.txt' or die; print $w "head1\nhead2\n\nbody a\nbody b\n\nrecord:x:y:z"; close $w;
open my $fh, '<', 'm.txt' or die;
my $h = <$fh>;
print "line: $h";
{ local $/ = ''; my $p = <$fh>; $p =~ s/\n/\\n/g; print "para: $p\n"; }
{ local $/ = ''; my $p = <$fh>; $p =~ s/\n/\\n/g; print "para: $p\n"; }
{ local $/ = ':'; my @f = <$fh>; print "fields: ", join('|', @f), "\n"; }
print "\$.: $.\n";
