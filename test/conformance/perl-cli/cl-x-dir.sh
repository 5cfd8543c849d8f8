# -xDIR changes to DIR before running the script found after the leading text.
mkdir d; touch d/marker
printf 'text first\n#!/usr/bin/perl\nprint -e "marker" ? "in d\\n" : "elsewhere\\n";\n' > s.txt
perl -xd s.txt
perl -x s.txt
