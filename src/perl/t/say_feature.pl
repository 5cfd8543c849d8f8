use feature 'say';
say "hello";
say for 1..3;
my @a = (1, 2);
say "@a";
