shopt -s extglob
echo @(a b) +(x|y)z !(q) "?(lit)"
echo @(a;b|c&d) end
echo x@(a
b)y
f() { case $1 in @(yes|y)) echo agree;; !(no)) echo maybe;; *) echo no;; esac; }
f y; f sure; f no
v=@(p|q); echo "$v"
for w in @(one|two); do echo "w=$w"; done
echo $(echo +(inner)) `echo *(bq)`
echo @($(echo a)|b) "@(x|$((1+1)))"
