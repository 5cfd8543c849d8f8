cat < /nonexistent/file; echo $?
