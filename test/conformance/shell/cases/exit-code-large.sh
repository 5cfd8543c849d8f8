bash -c 'exit 256'; echo $?
