sub f { die "in f" }
f();
