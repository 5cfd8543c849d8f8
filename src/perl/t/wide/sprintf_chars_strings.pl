printf "[%c%c%c]\n", 72, 105, 33;
printf "[%5s][%-5s][%.2s][%5.1s]\n", "abc", "abc", "abc", "abc";
printf "[%%][%5%]\n";
printf "[%s]\n", join ",", map { sprintf "%03b", $_ } 0..7;
printf "[%10.4s]\n", "abcdefgh";
