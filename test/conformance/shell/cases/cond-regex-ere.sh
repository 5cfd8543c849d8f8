s='user@example.com'
if [[ $s =~ ^([a-z]+)@([a-z]+)\.(com|org)$ ]]; then
  echo "match: ${BASH_REMATCH[0]} user=${BASH_REMATCH[1]} host=${BASH_REMATCH[2]} tld=${BASH_REMATCH[3]}"
fi
[[ abc =~ 'b.' ]]; echo "quoted dot: $?"
[[ abc =~ b. ]]; echo "unquoted dot: $? ${BASH_REMATCH[0]}"
re='a|ab'
[[ xabc =~ $re ]] && echo "longest: ${BASH_REMATCH[0]}"
[[ aaa =~ (a)(x)? ]] && echo "groups: ${#BASH_REMATCH[@]} [${BASH_REMATCH[2]}]"
[[ 'a b' =~ a\ b ]] && echo escaped space
[[ foo =~ [[:upper:]] ]]; echo "upper: $?"
bad='('
[[ x =~ $bad ]]; echo "bad regex: $?"
[[ nomatch =~ z ]]; echo "after failure: ${#BASH_REMATCH[@]}"
shopt -s nocasematch; [[ ABC =~ ^abc$ ]] && echo nocase
