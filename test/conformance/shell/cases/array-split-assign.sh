s="p q r"; a=($s); echo ${#a[@]} ${a[1]}
