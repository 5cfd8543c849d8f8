printf 'no newline' | { read v; echo "status $? [$v]"; }
