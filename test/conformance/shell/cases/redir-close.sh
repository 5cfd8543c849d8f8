echo x >&-; echo $?
