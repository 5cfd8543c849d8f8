shopt -s nocasematch
x=ABC
echo 1 ${x#a} ${x%c} ${x/b/z} ${x//[a-b]/-} ${x/#a/^} ${x/%C/$}
case ABC in abc) echo 2 case;; esac
case ABC in a[b]*) echo 3 case-bracket;; esac
[[ ABC == a* ]] && echo 4 cond
[[ ABC = "abc" ]] && echo 5 quoted
[[ ABC =~ ^ab ]] && echo 6 regex
[[ ABC != abc ]] || echo 7 ne
shopt -s extglob
[[ ABC == @(x|abc) ]] && echo 8 ext
case XyZ in +([x-z])) echo 9 ext-case;; esac
shopt -u nocasematch
case ABC in abc) echo 10 off;; *) echo 10 off-nomatch;; esac
echo 11 ${x/b/z}
