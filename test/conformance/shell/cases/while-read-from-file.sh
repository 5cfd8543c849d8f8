printf 'a b\nc d\n' > wr.txt; while read x y; do echo "$y$x"; done < wr.txt
