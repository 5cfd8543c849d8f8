# -C with and without flags is accepted; -S finds the script along PATH.
perl -C -e 'print "C ok\n"'
perl -CSD -e 'print "CSD ok\n"'
mkdir bin; printf 'print "found on PATH\\n";\n' > bin/onpath.pl; chmod +x bin/onpath.pl
PATH=$PWD/bin:$PATH perl -S onpath.pl
