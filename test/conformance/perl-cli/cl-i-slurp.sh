# The whole-file in-place idiom: -0777 -pi joins lines; -i with -n and print to ARGVOUT.
printf 'one\ntwo\nthree\n' > f
perl -0777 -pi -e 's/\n(?!\z)/ /g' f
cat f
perl -ni -e 'print ARGVOUT "x: $_"; print STDOUT "saw $_"' f
cat f
