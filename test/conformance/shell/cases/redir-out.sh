echo data > r.txt; cat r.txt
