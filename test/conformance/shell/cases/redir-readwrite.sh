echo hello > rw.txt; exec 4<> rw.txt; read w <&4; echo $w
