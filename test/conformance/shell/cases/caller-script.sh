printf '%s\n' 'f() { caller; caller 0; caller 1; echo "status $?"; echo "${FUNCNAME[@]} | ${BASH_LINENO[@]} | ${BASH_SOURCE[@]}"; }' 'g() { f; }' 'g' 'caller; echo "top $?"' > s.sh
bash s.sh
rm -f s.sh
