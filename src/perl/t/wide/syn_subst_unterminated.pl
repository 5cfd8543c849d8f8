$_ = "abc";
s/a/b
