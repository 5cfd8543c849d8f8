# bash's kill -l table and its number/name conversions.
kill -l
kill -L | head -n 3
kill -l 64
