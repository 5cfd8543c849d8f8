# -a splits each line into @F on whitespace (with -n or -p); -a alone implies -n.
printf '  alpha beta   gamma\nd e f\n' > in.txt
perl -lane 'print $F[1]' in.txt
perl -lane 'print scalar @F' in.txt
perl -ane 'print "$F[-1]\n"' in.txt
perl -lae 'print $F[0]' in.txt
perl -lape '$_ = join ",", @F' in.txt
