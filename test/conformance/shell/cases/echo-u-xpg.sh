shopt -s xpg_echo
echo 'x\u263a y\U0001F642'
echo -E 'x\u263a'
echo -n 'n\u00e9\c'; echo
echo '\u00e9\c not shown'
echo "a\tb\u00e9"
shopt -u xpg_echo
echo 'x\u263a'
printf '%b|%s\n' '\u00e9' $'\u00e9'
