p=~/a:~/b; echo $p
