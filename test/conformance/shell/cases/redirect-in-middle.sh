echo > mid.txt hello there; cat mid.txt
