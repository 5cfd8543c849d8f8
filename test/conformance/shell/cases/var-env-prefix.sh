V=temp bash -c 'echo $V'; echo "[$V]"
