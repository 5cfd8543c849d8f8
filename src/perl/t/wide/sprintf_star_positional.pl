printf "[%*d]\n", 6, 42;
printf "[%-*d]\n", 6, 42;
printf "[%.*f]\n", 2, 3.14159;
printf "[%*.*f]\n", 10, 3, 2.5;
printf "[%2\$s %1\$s]\n", "world", "hello";
printf "[%1\$s %1\$s]\n", "dup";
printf "[%-*s]\n", -6, "ab";
printf "[%3\$*1\$.*2\$f]\n", 9, 2, 1.23456;
