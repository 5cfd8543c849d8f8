mkdir -p sub/dir; cd sub/dir; pwd | tr / '\n' | tail -2
