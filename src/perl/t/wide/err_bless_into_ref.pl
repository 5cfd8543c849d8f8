eval { my $o = bless {}, [] };
print "1: $@";
my $o = bless [], 'main';
eval { bless $o, '' };
print "2: ", ref $o, "\n";
