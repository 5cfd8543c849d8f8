use strict;
use warnings;
use POSIX qw(strftime mktime);
$ENV{TZ} = 'UTC';
POSIX::tzset();
my @t = gmtime(1700000000);
for my $f ('%Y-%m-%d %H:%M:%S', '%a %b %e %j', '%A %B %d', '%y %C %u %w', '%I:%M %p', '%Z %z', '%s', '%%', '%D %T %R', '%F', '%U %W %V %G', '%h %n%t|', '%c', '%x %X') {
    my $s = strftime($f, @t);
    $s =~ s/\n/\\n/g; $s =~ s/\t/\\t/g;
    print "[$f] => [$s]\n";
}
print "epoch0: ", strftime("%Y-%m-%d %H:%M:%S", gmtime(0)), "\n";
print "normalises: ", strftime("%Y-%m-%d", 0, 0, 0, 32, 0, 100), "\n";
print "leap: ", strftime("%Y-%m-%d %j", 0, 0, 0, 29, 1, 124), "\n";
my $m = mktime(0, 0, 0, 1, 0, 70);
print "mktime epoch: $m\n";
print "mktime 2000: ", mktime(0, 0, 12, 15, 5, 100), "\n";
print "mktime overflow day: ", mktime(0, 0, 0, 31, 1, 101), "\n";
print "long fmt: ", length(strftime("%Y" x 50, @t)), "\n";
