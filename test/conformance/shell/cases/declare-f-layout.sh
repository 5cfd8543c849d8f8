f1() { local x=1; echo "$x" >&2; cat <<'END'
heredoc body
END
}
f2() { case $1 in a|b) echo ab;; *) echo other;; esac; while read -r l; do echo "$l"; done < /dev/null; }
f3() ( echo subshell )
f4() { [[ -n $1 && $1 != x ]] || return 1; (( n = $1 + 1 )); echo $(( n * 2 )) | tr 2 3; x=(a b) ; until false; do break; done; }
f5() { { echo grouped; } 2>/dev/null; if true; then :; elif false; then echo no; else echo else; fi; for ((i=0;i<2;i++)); do echo $i; done; }
function f6 { echo "kw"; }
f7() { echo a & echo b; ! true; echo "$(date +%s)" `echo bt`; }
declare -f f1 f2 f3 f4 f5 f6 f7
type f6
