# Other $/ values: a character, a string; chomp removes $/.
open my $w, '>', 'c.txt' or die; print $w "a:b::c:"; close $w;
open my $fh, '<', 'c.txt' or die;
{ local $/ = ':'; my @r = <$fh>; print scalar(@r), " [", join('|', @r), "]\n"; chomp(@r); print "chomped: [", join('|', @r), "]\n"; }
close $fh;
open $w, '>', 'd.txt' or die; print $w "one\n--\ntwo\n--\nthree"; close $w;
open $fh, '<', 'd.txt' or die;
{
  local $/ = "--\n";
  while (<$fh>) { my $n = chomp; s/\n/\\n/g; print "rec $.: [$_] removed $n\n" }
}
close $fh;
{ local $/ = 'xx'; my $s = "dataxx"; my $n = chomp $s; print "chomp xx: $s $n\n"; }
