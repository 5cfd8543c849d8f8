for x in a; do echo $x; done; done
