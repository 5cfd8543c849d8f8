# -x skips leading garbage up to a #! line that mentions perl.
cat > mail.txt <<'END'
Subject: a script in a mail
Some text before it.
#!/usr/bin/perl -l
print "found the script";
print "line ", __LINE__;
__END__
trailing text
END
perl -x mail.txt
perl -x mail.txt 2>&1 | head -1
printf 'junk\n#!/bin/sh\necho no\n#!perl\nprint "second shebang\\n";\n' > two.txt
perl -x two.txt
