echo 1 > r.txt; echo 2 >> r.txt; cat r.txt
