bash -c 'kill $$'; echo $?
