printf "%vd\n", "1.22.333";
printf "%s\n", sprintf("%%");
printf "%5s|%-5s|%05d\n", "a", "b", 42;
