# POSIX::mkfifo: "0 but true", or undef with $!; the mode goes through the umask.
use strict; use warnings; use POSIX ();
umask 022;
my $r = POSIX::mkfifo("p", 0666);
print "mkfifo: $r\n";
printf "fifo %d mode %o\n", (-p "p" ? 1 : 0), (stat "p")[2] & 07777;
$r = POSIX::mkfifo("p", 0600);
print "again: ", defined $r ? "defined" : "undef", " $!\n";
$r = POSIX::mkfifo("nodir/p", 0600);
print "nodir: ", defined $r ? "defined" : "undef", " $!\n";
eval { POSIX::mkfifo("q") }; print $@;
if (fork) { open my $fh, '<', 'p' or die; print "read: ", scalar <$fh>; wait } else { open my $w, '>', 'p' or die; print $w "through the fifo\n"; exit 0 }
