! true; echo $?; ! false; echo $?
