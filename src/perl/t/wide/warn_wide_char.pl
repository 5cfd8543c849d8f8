use warnings;
print "\x{263a}\n";
binmode STDOUT, ':utf8';
print "\x{263a}\n";
