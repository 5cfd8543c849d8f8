use Scalar::Util qw(blessed reftype looks_like_number);
my $o = bless [], 'Thing';
print blessed($o), " ", reftype($o), " ", (blessed([]) // 'undef'), "\n";
print join(",", map { looks_like_number($_) ? 1 : 0 } (1, "1.5", "abc", "1e5", "")), "\n";
