echo "$(echo '  spaced  ')"
