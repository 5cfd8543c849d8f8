printf '%s %s\n' only
