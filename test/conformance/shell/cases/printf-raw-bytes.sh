# printf, echo -e and $'...' write \xNN and \NNN as raw bytes, not as UTF-8 of the code point.
printf '\xff\x41\n' | od -An -c
printf '\351t\351\n' | od -An -c
printf '%b\n' '\xfe' | od -An -c
printf '\xc3\xa9\n'
printf '\u00e9\n' | od -An -c
echo -e 'a\xffb' | od -An -c
echo -e '\0377' | od -An -c
echo $'\xff\xc3\xa9' | od -An -c
x=$'\xff'; echo "${#x}"
y=$'\xc3\xa9'; echo "${#y} $y"
z=$(printf '\xfe\xff'); echo "$z" | od -An -c
printf -v v '\xfd'; echo "$v" | od -An -c
printf '%5s|\n' $'\xe9' | od -An -c
/usr/bin/printf '%s\n' $'\xff' | od -An -c
/bin/echo $'a\xfe' | od -An -c
