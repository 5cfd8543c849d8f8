use strict;
my @errs;
for my $code ('$undeclared = 1;', 'my $x = $y + 1;', '@list = (1);', 'our $ok = 2; $ok', 'no strict "vars"; $free = 5; $free') {
    my $r = eval $code;
    if ($@) { my $e = $@; $e =~ s/\(eval \d+\)/(eval N)/g; print "err: $e" } else { print "ok: $r\n" }
}
eval 'my $n = "foo"; my $v = $$n; 1' or do { (my $e = $@) =~ s/\(eval \d+\)/(eval N)/g; print "refs: $e" };
eval 'no strict "refs"; our $foo = 7; my $n = "foo"; print "symref: $$n\n"; 1' or print "bad: $@";
eval 'my $f = bareword_thing; 1' or do { (my $e = $@) =~ s/\(eval \d+\)/(eval N)/g; print "subs: $e" };
eval 'my $n = "nope"; my $x = &$n; 1' or do { (my $e = $@) =~ s/\(eval \d+\)/(eval N)/g; print "code: $e" };
