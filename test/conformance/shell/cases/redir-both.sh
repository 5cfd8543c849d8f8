{ echo out; echo err >&2; } > all.txt 2>&1; cat all.txt
