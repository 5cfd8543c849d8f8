set -- abc de; echo ${#1} ${#2} ${#@}
