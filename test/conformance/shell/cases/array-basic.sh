a=(one two three); echo ${a[0]} ${a[2]} ${a[@]}; echo ${#a[@]}
