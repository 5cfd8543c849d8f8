# "Can't modify X in Y" from perl's compiler, for many X and Y.
for my $code ('1 = 2;', 'length($x) = 3;', 'lc($x) = 1;', '$x + 1 = 2;', '"a$x" = 1;',
  '(1, $x) = (2, 3);', 'length($x) += 1;', '$x . "a" = 2;', 'join(",", @a) = 1;',
  'my %h; %h{a} = 1;', '($x ? 1 : $y) = 2;', '"abc" =~ s/a/b/;', '"abc" =~ tr/a/b/;',
  'ref($x) = 1;', '$x == 1 = 2;', '[1] = 2;', 'chr(65) .= 1;', 'time = 1;',
  '!$x = 1;', 'wantarray = 1;', '1 x 3 = 2;', '-$x = 1;', 'defined($x) = 1;',
  '(sort @a)[0] = 1;', 'qw(a b) = 1;', 'foo = 1;', '$x++ = 1;', '++1;', '$x-- = 1') {
  eval $code;
  print "[$code] $@";
}
my $n = () = "abc" =~ tr/a-z//;
print "count $n\n";
