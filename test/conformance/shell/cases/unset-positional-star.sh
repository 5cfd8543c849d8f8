set --; echo "[$*]" "[$@]"
