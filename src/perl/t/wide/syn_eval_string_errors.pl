for my $code ('1 +', 'my $x = ;', '{', 'print "a" "b"', '}', 'foo(', '$x = 1 1') {
    my $r = eval $code;
    print "[$code] => $@";
}
