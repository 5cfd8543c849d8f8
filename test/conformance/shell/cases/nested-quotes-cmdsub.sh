echo "$(echo "inner \"quoted\"")"
