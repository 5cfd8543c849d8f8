false | false; echo $?
