f() { trap 'echo "returning from f"' RETURN; echo in f; }
f
trap -p RETURN
g() { echo in g; }
g
