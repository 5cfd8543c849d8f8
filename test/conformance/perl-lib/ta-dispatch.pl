use Text::Abbrev;
my %cmd = abbrev(qw(list add delete quit help));
for my $in (qw(l li a d del q h he help x ad)) {
    print "$in -> ", (exists $cmd{$in} ? $cmd{$in} : '(unknown)'), "\n";
}
print scalar(keys %cmd), " entries\n";
