my $text = "a\nb\n\nc\nd\n";
open(my $fh, '<', \$text) or die;
{ local $/ = ""; my @paras = <$fh>; print scalar(@paras), " paragraphs\n"; }
open($fh, '<', \$text) or die;
{ local $/; my $all = <$fh>; print length($all), " chars\n"; }
{ local $, = "-"; local $\ = "!\n"; print "a", "b"; }
print "x", "y", "\n";
