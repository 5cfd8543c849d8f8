echo a=b; x=a=b; echo $x
