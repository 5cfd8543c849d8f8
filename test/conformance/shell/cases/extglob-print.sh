shopt -s extglob
f() { case $1 in @(a|b)) echo ab;; !(x*)) echo notx;; esac; [[ $1 == +(z) ]] && echo z; echo ${1##*(q)}; }
declare -f f
f a; f qqz
x='a b'; case "a b" in @($x)) echo var-in-group;; esac
case "ab" in @("a"b|c)) echo quoted-in-group;; esac
case "a*" in @(a\*)) echo esc-in-group;; esac
case "aXb" in a@(?)b) echo any-in-group;; esac
f() { echo ${1##*(q)} ${x:-d} ${x-a b} ${x:=1} ${x/a/b} ${x//a} ${x/#a/b} ${x/%a/"b c"} ${x:1:2} ${x: -1} ${x^} ${x,,[A-Z]} ${x@Q} ${#x} ${!x} ${a[1]%.*} "${x%'q'}"; }
declare -f f
