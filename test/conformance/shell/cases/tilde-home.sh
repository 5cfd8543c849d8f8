echo ~ ~/dir; x=~; echo $x; echo "~"
