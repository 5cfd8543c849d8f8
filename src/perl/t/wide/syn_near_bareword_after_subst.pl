local $_ = "x"; s/x/y/ foo;
