# "Wide character" names the function that printed; bytes are UTF-8.
use feature 'say';
print "\x{263a}\n";
say "\x{263a}";
printf "%s\n", "\x{263a}";
open my $fh, '>', 'w.txt' or die;
print $fh "\x{100}";
syswrite $fh, "\x{101}";
close $fh;
print "file size: ", -s 'w.txt', "\n";
