touch ga1; x=ga*; echo "$x"; echo $x
