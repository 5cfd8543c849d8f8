s=hello; echo ${#s}; a=(1 2 3); echo ${#a[@]} ${#a}
