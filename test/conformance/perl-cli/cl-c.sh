# -c compiles only: "-e syntax OK", the script's name, BEGIN blocks still run.
perl -c -e 'print "never\n"'; echo "status $?"
printf 'print "x\\n";\n' > good.pl
perl -c good.pl; echo "status $?"
perl -c -e 'BEGIN { print "begin runs\n" } print "main does not\n"'
perl -c -e 'INIT { print "init\n" } CHECK { print "check\n" } END { print "end\n" }'
