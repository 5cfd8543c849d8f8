# -E enables the features of this perl (say, state); -e does not.
perl -E 'say "hello"; say for 1..2'
perl -E 'sub c { state $n = 0; return ++$n } c(); say c()'
perl -E 'say "fc: ", fc("ABC")'
perl -e 'say "hi"' 2>&1; echo "status $?"
