# $0: -e, a script path as given, stdin, and assignment.
perl -e 'print "$0\n"'
printf 'print "$0\\n";\n' > show.pl
perl show.pl
perl ./show.pl
mkdir -p sub && cp show.pl sub/ && perl sub/show.pl
perl - < show.pl
perl < show.pl
perl -e '$0 = "renamed"; print "$0\n"'
