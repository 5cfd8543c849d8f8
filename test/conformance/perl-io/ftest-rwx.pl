# -r -w -x by mode bits (as the owner), and on directories.
open my $w, '>', 'plain.txt' or die; close $w;
chmod 0644, 'plain.txt';
open $w, '>', 'script.sh' or die; print $w "#!/bin/sh\n"; close $w;
chmod 0755, 'script.sh';
mkdir 'd';
for my $p (qw(plain.txt script.sh d)) {
  printf "%s: r=%d w=%d x=%d\n", $p, (-r $p ? 1 : 0), (-w $p ? 1 : 0), (-x $p ? 1 : 0);
}
printf "missing: r=%s\n", defined(-r 'missing') ? 'defined' : 'undef';
printf "R W X: %d %d %d\n", (-R 'script.sh' ? 1 : 0), (-W 'script.sh' ? 1 : 0), (-X 'script.sh' ? 1 : 0);
printf "-o -O: %d %d\n", (-o 'plain.txt' ? 1 : 0), (-O 'plain.txt' ? 1 : 0);
