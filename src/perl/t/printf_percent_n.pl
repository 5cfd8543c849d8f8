printf "%s%%\n", 50;
printf "[%6.2f]\n", 3.14159;
printf "[%-6d]\n", 42;
printf "[%+.1e]\n", 12345;
