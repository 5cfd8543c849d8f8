x=1; ((x+=5)); echo $x; ((x++)); echo $x; ((x--)); echo $x; echo $((x*=2)) $x
