# The simplest case: a script run by bash, output on pipes.
echo hello world
echo -n 'no newline, '
echo "then \$0 is $0"
printf '%s=%d\n' answer 42
