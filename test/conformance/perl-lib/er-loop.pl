use strict;
use warnings;
use Errno qw(:POSIX);
my @tries = ('/no/such/dir/x', '.', '/', 'plain');
open my $p, '>', 'plain' or die; close $p;
for my $t (@tries) {
    if (mkdir $t) { print "mkdir $t: ok\n"; rmdir $t; next }
    my @set = grep { $!{$_} } sort keys %!;
    printf "mkdir %-15s errno=%-2d %-28s set=%s\n", $t, $! + 0, "$!", join(',', @set);
}
for my $t ('/no/such', 'plain/x', 'plain') {
    opendir(my $d, $t) and do { print "opendir $t: ok\n"; next };
    print "opendir $t: ", ($! == ENOENT ? 'ENOENT' : $! == ENOTDIR ? 'ENOTDIR' : 'other'), " ($!)\n";
}
print "rmdir nonempty: ", (do { mkdir 'ne'; open my $q, '>', 'ne/f'; close $q; rmdir('ne') ? 'ok' : ($!{ENOTEMPTY} ? 'ENOTEMPTY' : "other $!") }), "\n";
unlink 'ne/f'; rmdir 'ne'; unlink 'plain';
print "unlink missing: ", (unlink('gone') ? 'ok' : "$!"), " errno=", $! + 0, "\n";
local $! = EACCES; print "local errno: $!\n";
