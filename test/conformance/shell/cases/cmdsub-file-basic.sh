printf 'one\ntwo\n\n\n' > f
echo "[$(< f)]"
echo "[$(<f)]"
echo "[`< f`]"
x=$(< f); echo "$? [$x]"
n=f; echo "[$(< "$n")] [$(0<$n)]"
echo "[$(< f;)]"
set -- $(< f); echo "$# $2"
: > empty; echo "[$(< empty)]"
