x='a\tb\nc\x41\u00e9'
echo "${x@E}"
p='\w>'
cd /tmp && echo "${p@P}"
q='<\\> \101'
echo "${q@P}"
y='plain \a'
[ "${y@E}" = $'plain \a' ] && echo bell kept
n=5; echo "${n@A}"; declare -i i=3; echo "${i@a}" "${i@A}"
arr=(1 2); echo "${arr@a}"
u='MiXed'; echo "${u@U}" "${u@L}" "${u@u}"
