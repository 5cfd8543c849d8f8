eval "echo \"a  b\""
