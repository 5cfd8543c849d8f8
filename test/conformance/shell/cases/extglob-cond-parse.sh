[[ a == @(a) && ( b == b ) ]] && echo 1
[[ ! a == !(a) ]] && echo 2
[[ (a == +(a)) ]] && echo 3
[[ x =~ ^(x|y)+$ ]] && echo 4
[[ ab =~ a+(b) ]] && echo 5
x='a(b)'; [[ $x == a\(b\) ]] && echo 7
[[ '*(a)' == \*\(a\) ]] && echo 8
case 'a(b)' in a\(b\)) echo 9;; esac
shopt -s extglob
case 'x' in (@(x|y)) echo 10;; esac
case 'y' in @(x)|@(y)) echo 11;; esac
case '(' in \() echo 12;; esac
echo 13 a+ b@ c! d? e* '?(x)'
arr=(@(a|b) +(c)); echo "14 ${#arr[@]} ${arr[*]}"
declare -a arr2=(*(z)); echo "15 ${arr2[*]}"
