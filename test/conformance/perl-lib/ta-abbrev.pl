use Text::Abbrev;
my %h = abbrev(qw(list load quit));
print join(' ', map { "$_=$h{$_}" } sort keys %h), "\n";
my $r = abbrev('a', 'ab');
print join(' ', map { "$_=$r->{$_}" } sort keys %$r), "\n";
