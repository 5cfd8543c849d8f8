# Syntax errors in eval strings: perl's "near ..." context, "at EOF", and
# the messages of the lexer (unterminated strings, patterns, escapes).
my @cases = (
  'my $x = (1;',
  "my \$y = 1\nmy \$z = 2;",
  'if (1) { 2 } }',
  '{ 1;',
  'print "a"));',
  'foo(1, 2;',
  'my @a = (1, 2;',
  'print "abc;',
  'my $s = q(abc;',
  '$x =~ /ab;',
  's/a/b',
  'tr/a-z/',
  '"\x{263a"',
  'my $2 = 1;',
  'print STDERR, "x";',
  'my $l = 1; local $l = 2;',
  'my @d; defined(@d);',
  '$x =~ /(ab/;',
  'sub p($$) { } p(1);',
  'sub q3($) { } q3(1, 2);',
  'sub { 1 ',
);
for my $code (@cases) {
  eval $code;
  (my $shown = $code) =~ s/\n/\\n/g;
  print "[$shown] $@";
}
