f() { echo to-file; } > f.out; f; cat f.out
