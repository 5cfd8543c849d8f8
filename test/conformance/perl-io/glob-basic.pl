# glob and <*.txt>.
for (qw(b.txt a.txt c.log .dot.txt)) { open my $w, '>', $_ or die; close $w }
mkdir 'sub'; for (qw(x.txt y.dat)) { open my $w, '>', "sub/$_"; close $w }
my @t = glob '*.txt';
print "glob: @t\n";
my @a = <*.txt>;
print "angle: @a\n";
print "two patterns: ", join(' ', glob('*.log sub/*')), "\n";
print "braces: ", join(' ', glob('{a,c}.*')), "\n";
print "question: ", join(' ', glob('?.txt')), "\n";
print "class: ", join(' ', glob('[ab].txt')), "\n";
print "no match: [", join(' ', glob('*.none')), "]\n";
print "no wildcard: [", join(' ', glob('plain')), "]\n";
print "dot files: ", join(' ', glob('.*.txt')), "\n";
my $pat = 'sub/*.txt';
print "variable: ", join(' ', glob($pat)), " angle var: ", join(' ', <${pat}>), "\n";
print "tilde: ", (glob('~') eq $ENV{HOME} ? 'home' : 'other'), "\n";
