[[ aab == +(a)b ]] && echo off-literal
p='+(a)b'
[[ aab == $p ]] && echo off-var
[[ aab == "$p" ]] || echo quoted-var-literal
[[ '+(a)b' == "$p" ]] && echo quoted-var-eq
[[ xyz != @(x|y)* ]] || echo ne
[[ abab == *(ab) ]] && echo star-group
[[ '' == *(ab) ]] && echo star-empty
[[ '' == +(ab) ]] || echo plus-empty
[[ foo.txt == !(*.c) ]] && echo neg
[[ foo.c == !(*.c) ]] || echo neg2
[[ 'a b' == @(a b|c) ]] && echo blank-in-group
[[ 'a|b' == @(a\|b) ]] && echo escaped-bar
[[ 'a)' == @(a\)) ]] && echo escaped-paren
[[ ab == @("a"|x)b ]] && echo quoted-alt
[[ '@(a)' == "@(a)" ]] && echo quoted-literal
shopt -s extglob
[[ aab == $p ]] && echo on-var
x='@(c|d)'
case d in $x) echo case-var;; esac
case '@(c|d)' in "$x") echo case-quoted;; esac
