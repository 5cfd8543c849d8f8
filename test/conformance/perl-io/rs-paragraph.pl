# $/ = "" reads paragraphs: blank lines separate, extra ones are skipped.
open my $w, '>', 'p.txt' or die;
print $w "\n\npara one\nstill one\n\n\n\npara two\n\npara three\nend";
close $w;
open my $fh, '<', 'p.txt' or die;
{
  local $/ = '';
  while (my $p = <$fh>) {
    my $n = ($p =~ tr/\n//);
    (my $show = $p) =~ s/\n/\\n/g;
    print "$.: [$show] newlines=$n\n";
    chomp $p;
    (my $c = $p) =~ s/\n/\\n/g;
    print "   chomped: [$c]\n";
  }
}
close $fh;
