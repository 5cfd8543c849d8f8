ls /nonexistent 2> err.txt; echo $?; cat err.txt | wc -l
