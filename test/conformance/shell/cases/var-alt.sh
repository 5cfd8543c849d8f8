x=1; echo ${x:+alt} "${y:+alt}"
