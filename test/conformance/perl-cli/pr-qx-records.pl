# Backticks in list context cut the output by $/: undef, paragraphs, a string, fixed-size records.
my $cmd = q{printf '\n\na\nb\n\n\n\nc\n\nd'};
sub show { print join('|', map { s/\n/~/gr } @_), "\n" }
{ local $/; show(`$cmd`) }
{ local $/ = ''; show(`$cmd`) }
{ local $/ = "b"; show(`$cmd`) }
{ local $/ = \3; show(`$cmd`) }
show(`$cmd`);
{ local $/; my $n = () = `true`; print "empty: $n\n" }
