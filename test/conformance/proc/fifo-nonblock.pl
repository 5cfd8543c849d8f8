# O_NONBLOCK opens of a FIFO: a reader opens at once, a writer without a reader gets ENXIO;
# select shows the reader ready (EOF) only once a writer has come and gone. O_RDWR never waits.
use strict; use warnings; use Fcntl;
system("mkfifo", "p") == 0 or die "mkfifo failed";
# non-blocking reader with no writer
sysopen(my $r, 'p', O_RDONLY|O_NONBLOCK) or die "r: $!";
print "nb reader opened\n";
my $n = sysread($r, my $buf, 10);
print "read: ", (defined $n ? $n : "undef $!"), "\n";
my $rin = ''; vec($rin, fileno($r), 1) = 1;
my $got = select(my $rout = $rin, undef, undef, 0.2);
print "select before writer: $got\n";
# non-blocking writer now succeeds (a reader exists)
sysopen(my $w, 'p', O_WRONLY|O_NONBLOCK) or die "w: $!";
print "nb writer opened\n";
$got = select($rout = $rin, undef, undef, 0.2);
print "select with writer: $got\n";
$n = sysread($r, $buf, 10);
print "read with writer: ", (defined $n ? $n : "undef $!"), "\n";
close $w;
$got = select($rout = $rin, undef, undef, 0.2);
print "select after writer left: $got\n";
$n = sysread($r, $buf, 10);
print "read after writer left: ", (defined $n ? $n : "undef $!"), "\n";
close $r;
# non-blocking writer with no reader
if (sysopen(my $w2, 'p', O_WRONLY|O_NONBLOCK)) { print "nb writer alone opened\n" } else { print "nb writer alone: $!\n" }
# O_RDWR never blocks
sysopen(my $rw, 'p', O_RDWR) or die "rw: $!";
print "rdwr opened\n";
syswrite($rw, "x\n"); sysread($rw, $buf, 10); print "rdwr got: $buf";
