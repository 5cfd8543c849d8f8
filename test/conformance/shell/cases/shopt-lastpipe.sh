shopt -s lastpipe
echo hi | read x; echo "x=$x"
printf 'a\nb\n' | while read l; do n=$l; done; echo "n=$n"
true | false; echo "${PIPESTATUS[*]} $?"
false | true | cat >/dev/null; echo "${PIPESTATUS[*]}"
set -o pipefail; true | false; echo "pf $?"; set +o pipefail
! echo q | read y; echo "bang $? y=$y"
echo z | { read w; echo "w=$w"; }; echo "after w=$w"
read -r k < /dev/null; echo "stdin ok $?"
shopt -u lastpipe; echo hi | read x2; echo "x2=${x2-unset}"
