# exit with odd values: fractions, big numbers, negative, a string (warned under -w).
perl -e 'exit 0.9'; echo "fraction $?"
perl -e 'exit 1e10'; echo "big $?"
perl -e 'exit -255'; echo "negative $?"
perl -we 'exit "abc"' 2>&1; echo "string $?"
perl -e '$? = 5; exit'; echo "plain exit ignores \$?: $?"
perl -e 'END { $? = 9 } exit 1'; echo "END sets $?"
