echo abc | { read v; echo "got $v"; }
