echo '  lead trail  ' | { read v; echo "[$v]"; }
