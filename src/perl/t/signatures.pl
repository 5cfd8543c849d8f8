use v5.36;
sub greet ($name, $greeting = "Hello") { return "$greeting, $name!" }
say greet("Alice");
say greet("Bob", "Hi");
sub total ($first, @rest) { my $t = $first; $t += $_ for @rest; return $t }
say total(1, 2, 3);
