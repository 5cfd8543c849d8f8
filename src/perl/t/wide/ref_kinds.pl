my $s = 1; my @a; my %h; sub f {}
my $x = \"lit";
print join(" ", ref(\$s), ref(\@a), ref(\%h), ref(\&f), ref(\\$s), ref(\*STDOUT), ref(qr/x/), ref(\substr($s, 0, 1)), ref(\pos($s)), ref(\v1.2), ref($x), ref(sub {}), ref([]), ref({}), ref(\undef)), "|\n";
print ref(1), "|", ref(undef) , "|", ref(bless {}, 'My::Class'), "|", ref(bless [], '0'), "|\n";
my $obj = bless \my $sc, 'Sc';
print ref($obj), "\n";
use Scalar::Util qw(reftype blessed);
print reftype($obj), " ", reftype(bless sub {}, 'C'), " ", blessed($obj), " ", (defined blessed([]) ? 'b' : 'nb'), "\n";
