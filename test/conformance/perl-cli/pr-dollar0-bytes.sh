# $0 = NAME with non-ASCII bytes (perlvar $0): the process takes the bytes as they are,
# in /proc/PID/comm (cut to 15 bytes) and /proc/PID/cmdline.
perl -e '$0 = "xé dæmon"; print `cat /proc/$$/comm`; open my $f, "<", "/proc/$$/cmdline"; local $/; my $c = <$f>; $c =~ s/\0/|/g; print "$c\n"'
perl -e 'use utf8; $0 = "ĉiuj ŝipoj ĝojas"; binmode STDOUT, ":utf8"; print length($0), "\n"; print `cat /proc/$$/comm`'
