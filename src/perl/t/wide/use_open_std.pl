use open qw(:std :utf8);
print "caf\x{e9}\n";
print "\x{263a}\n";
binmode STDOUT, ':raw';
print "caf\x{e9}\n";
