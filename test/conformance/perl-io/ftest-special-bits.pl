# -u -g -k for setuid, setgid and sticky bits; -p on a FIFO-free tree; -S false.
open my $w, '>', 'f' or die; close $w;
mkdir 'd';
chmod 04755, 'f';
chmod 01777, 'd';
printf "f: u=%d g=%d k=%d\n", (-u 'f' ? 1 : 0), (-g 'f' ? 1 : 0), (-k 'f' ? 1 : 0);
chmod 02755, 'f';
printf "f: u=%d g=%d k=%d\n", (-u 'f' ? 1 : 0), (-g 'f' ? 1 : 0), (-k 'f' ? 1 : 0);
printf "d: u=%d g=%d k=%d\n", (-u 'd' ? 1 : 0), (-g 'd' ? 1 : 0), (-k 'd' ? 1 : 0);
printf "f: S=%d p=%d b=%d c=%d\n", (-S 'f' ? 1 : 0), (-p 'f' ? 1 : 0), (-b 'f' ? 1 : 0), (-c 'f' ? 1 : 0);
