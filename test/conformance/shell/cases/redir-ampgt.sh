{ echo o; echo e >&2; } &> both.txt; cat both.txt
