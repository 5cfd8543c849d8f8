x=val; echo "dq $x \$x \"q\" \\ back"
