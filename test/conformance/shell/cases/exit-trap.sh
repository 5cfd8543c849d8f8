trap 'echo bye' EXIT; echo main
