echo 'echo hi' > noexec.sh; ./noexec.sh; echo $?
