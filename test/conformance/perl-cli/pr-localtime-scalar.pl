# localtime and gmtime in scalar context: the ctime(3) layout without a newline.
print scalar(gmtime(0)), "\n";
print scalar(localtime(0)), "\n";
print scalar(gmtime(1_700_000_000)), "\n";
print scalar(gmtime(1_000_000_000.9)), "\n";
my $s = localtime(86400 * 40); print "$s\n";
print "now looks right: ", (scalar(localtime) =~ /^\w{3} \w{3} [ \d]\d \d\d:\d\d:\d\d \d{4}$/ ? "yes" : "no"), "\n";
