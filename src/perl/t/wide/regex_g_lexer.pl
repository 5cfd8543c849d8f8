my $in = "x = 12 + foo * (3 - y)";
my @tok;
for ($in) {
    while (1) {
        if (/\G\s+/gc) { next }
        elsif (/\G(\d+)/gc) { push @tok, "NUM($1)" }
        elsif (/\G([a-z]+)/gc) { push @tok, "ID($1)" }
        elsif (/\G([-+*\/=()])/gc) { push @tok, "OP($1)" }
        elsif (/\G\z/gc) { last }
        else { die "bad at " . pos }
    }
}
print join(" ", @tok), "\n";
my @all = ("a1b22c333" =~ /(\d+)/g);
print "@all\n";
my %h = ("k1=v1,k2=v2" =~ /(\w+)=(\w+)/g);
print join(";", map { "$_>$h{$_}" } sort keys %h), "\n";
my $c = () = "aaaa" =~ /aa/g;
print "$c\n";
