# Windows line ends without a :crlf layer: chomp leaves \r; s/\r?\n// removes both.
open my $w, '>', 'dos.txt' or die; binmode $w; print $w "one\r\ntwo\r\n"; close $w;
open my $fh, '<', 'dos.txt' or die;
my @l = <$fh>;
close $fh;
for (@l) { my $c = $_; chomp $c; printf "chomp: %d chars, ends with CR: %s\n", length($c), ($c =~ /\r$/ ? 'yes' : 'no') }
for (@l) { (my $c = $_) =~ s/\r?\n\z//; print "stripped: [$c]\n" }
