echo {a} {} {a,b ${x}{c,d}
