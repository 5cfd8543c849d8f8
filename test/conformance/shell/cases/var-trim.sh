f=path/to/file.tar.gz; echo ${f#*/} ${f##*/} ${f%.*} ${f%%.*}
