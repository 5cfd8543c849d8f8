s=hello; echo ${s/l/L} ${s//l/L} ${s/#h/H} ${s/%o/O} ${s/x/y}
