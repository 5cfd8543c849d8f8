local $SIG{__WARN__} = sub { print "W<", $_[0], ">" };
warn "one\n";
warn "two";
print "\n";
{
    local $SIG{__WARN__};
    warn "three\n";
}
$SIG{__WARN__} = 'IGNORE';
warn "four\n";
print "end\n";
