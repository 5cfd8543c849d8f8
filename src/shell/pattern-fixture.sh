#!/bin/bash
# Inputs of pattern.test.ts: each pattern against each subject under bash's
# extglob. Prints one tab-separated row per pair: pattern, subject, whether
# [[ subject == pattern ]], then ${s#p} ${s##p} ${s%p} ${s%%p} ${s/p/_} ${s//p/_}.
# Record with: bash src/shell/pattern-fixture.sh > src/shell/pattern-fixture.expected
shopt -s extglob
export LC_ALL=C.UTF-8
patterns=(
  'a' '*' '?' 'a*' '*a' '*a*' '?(a)' '*(a)' '+(a)' '@(a)' '!(a)'
  '?(a|b)' '*(a|b)' '+(a|b)' '@(a|b)' '!(a|b)' '!(*a*)' 'a!(b)' '!(b)a'
  '+(ab|a)' '*(ab|ba)' '@(a|ab|abc)c' '+([ab])c' '*([!c])' '!([ab])'
  '@(+(a)|+(b))' '*(+(a)b)' '!(!(a))' '?(?(a))' 'x@(|a)y' '*()' '@()' '!()'
  '+(a)*(b)?(c)' '[a-c]+(b)' '\*(a)' '@(\|)' '@([)]|x)' '*(a|)b' 'é+(é)'
)
subjects=('' a b ab ba aab abb abc abab ac bc abcabc aabbcc ccc xy xay '*(a)' '|' ')' éé é)
for p in "${patterns[@]}"; do
  for s in "${subjects[@]}"; do
    m=0; [[ $s == $p ]] && m=1
    printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n' "$p" "$s" "$m" \
      "${s#$p}" "${s##$p}" "${s%$p}" "${s%%$p}" "${s/$p/_}" "${s//$p/_}"
  done
done
