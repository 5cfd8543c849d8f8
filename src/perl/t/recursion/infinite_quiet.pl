sub f { f() }
f();
