seq 10 | head -3 | tail -1
