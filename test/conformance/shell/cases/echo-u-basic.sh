echo -e 'caf\u00e9 \u263a \U0001F600 \u41 \U41x'
echo -e '\u00e9\u00E9' | od -An -tx1
echo -e 'x\uy \u \U end'
echo -e '\u12345 \U0010FFFF|' | od -An -tx1
echo '\u00e9 without -e'
echo -E '\u00e9 with -E'
echo -eE '\u00e9 e then E'
echo -Ee '\u00e9 E then e'
