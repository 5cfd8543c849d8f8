# -00 is paragraph mode: records end at blank lines.
printf 'a\nb\n\n\n\nc\nd\n\ne\n' > p.txt
perl -00 -ne 'print "[", $_ =~ s/\n/|/gr, "]\n"' p.txt
perl -00 -e 'print length($/), "\n"'
perl -00 -lne 'print "<$_>"' p.txt
