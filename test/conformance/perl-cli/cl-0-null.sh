# -0 alone splits on NUL; -0 with octal digits or hex picks another separator.
printf 'a\0b\0c' | perl -0 -ne 'chomp; print "[$_]\n"'
printf 'a:b:c' | perl -072 -ne 'chomp; print "[$_]\n"'
printf 'a:b:c' | perl -0x3A -ne 'chomp; print "[$_]\n"'
perl -0 -e 'print ord($/), "\n"'
