echo "[$(< nofile)] $?"
x=$(<nofile2); echo "$? [$x]"
echo a > f1; echo b > f2
x=$(< f*); echo "$? [$x]"
echo "[$(< f1 2>/dev/null)]"
false; x=$(< f1); echo "$? [$x]"
y=`< nofile3`; echo "$? [$y]"
