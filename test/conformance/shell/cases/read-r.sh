printf 'a\\b\n' | { read v; echo "$v"; }; printf 'a\\b\n' | { read -r v; echo "$v"; }
