echo input > r.txt; cat < r.txt; read line < r.txt; echo $line
