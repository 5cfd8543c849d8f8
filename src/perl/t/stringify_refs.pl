my $r = [1];
print((ref $r) . "\n");
print "match\n" if "$r" =~ /^ARRAY\(0x[0-9a-f]+\)$/;
my $o = bless {}, 'My::Class';
print "obj\n" if "$o" =~ /^My::Class=HASH\(0x[0-9a-f]+\)$/;
my $c = sub {};
print "code\n" if "$c" =~ /^CODE/;
print "same\n" if $r == $r;
