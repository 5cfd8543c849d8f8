use Text::ParseWords;
print join('|', shellwords(q{foo "bar baz" 'qu ux' a\ b ""})), "\n";
print join('|', quotewords(',', 0, q{a,"b,c",d})), "\n";
print join('|', quotewords(',', 1, q{a,"b,c",d})), "\n";
print join('|', map { defined $_ ? $_ : 'U' } parse_line('\s+', 0, q{x  "y z"  w})), "\n";
print scalar(my @x = shellwords(q{unbalanced "quote})), "\n";
print join('|', parse_line(':', 'delimiters', 'a:b:c')), "\n";
print join('|', shellwords('  leading and trailing  ')), "\n";
