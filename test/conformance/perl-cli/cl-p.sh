# -p: like -n but prints $_ after each pass, also after next.
printf 'one two\nthree four\n' > in.txt
perl -pe 's/o/0/g' in.txt
perl -pe '$_ = uc' in.txt
perl -pe 'next if /three/; s/^/> /' in.txt
printf 'x\n' | perl -pe ''
perl -pe 'BEGIN { print "start\n" } END { print "end\n" }' in.txt
