exec {fd}> vf.txt; echo vfd >&$fd; exec {fd}>&-; cat vf.txt
