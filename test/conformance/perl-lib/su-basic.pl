use strict;
use warnings;
use Scalar::Util qw(blessed reftype looks_like_number refaddr);
my $obj = bless {}, 'My::Class';
my $arr = bless [], 'Arr';
my $code = sub { 1 };
for my $v (undef, 1, "str", [], {}, $obj, $arr, \1, $code, \\1, qr/x/, \*STDOUT) {
    my $b = blessed($v); my $r = reftype($v);
    printf "%-10s blessed=%s reftype=%s\n", (defined $v ? (ref($v) || "plain") : 'undef'),
        (defined $b ? $b : 'undef'), (defined $r ? $r : 'undef');
}
print "blessed 0 class: ", blessed(bless {}, '0'), "\n";
for my $s (qw(1 -1 1.5 1e10 .5 0x10 abc 1a), ' 12 ', '', 'Inf', 'nan', '-inf', "1\n", '+3', '1_000', '0 but true') {
    (my $show = $s) =~ s/\n/\\n/;
    print "lln('$show')=", (looks_like_number($s) ? 1 : 0), "\n";
}
print "lln(undef)=", (looks_like_number(undef) ? 1 : 0), "\n";
my $x = [];
print "refaddr eq: ", (refaddr($x) == refaddr($x) ? 1 : 0), " num: ", (refaddr($x) == $x+0 ? 1 : 0), "\n";
print "refaddr plain: ", (defined refaddr("x") ? 'def' : 'undef'), "\n";
print "refaddr blessed: ", (refaddr($obj) =~ /^\d+$/ ? 'digits' : 'other'), "\n";
