eval 'echo )'; echo after $?
