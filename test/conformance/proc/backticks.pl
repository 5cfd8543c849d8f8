# Backticks and qx: output, $? after, list context, stderr untouched, missing commands.
use strict; use warnings;
my $out = `echo hello; exit 2`; print "out [$out] exit ", $? >> 8, "\n";
my @lines = `printf 'a\nb\nc\n'`; print "lines: ", scalar(@lines), " last [", $lines[-1] =~ s/\n/\\n/r, "]\n";
$out = qx{sh -c 'echo to-stderr >&2; echo to-stdout'}; print "captured [$out]";
$out = `kill -INT \$\$; echo after`; print "killed shell: \$?=$? out [", $out, "]\n";
$out = `no-such-program-xyz`; print "missing: \$?=$? [$!] out ", (defined $out ? "[$out]" : 'undef'), "\n";
$out = `no-such-program-xyz; echo "shell status \$?"`; print "missing via a shell: $out";
{ local $/ = 'b'; my @recs = `printf aabbc`; print "records: ", join('|', @recs), "\n" }
my $n = () = `seq 1 5`; print "count: $n\n";
