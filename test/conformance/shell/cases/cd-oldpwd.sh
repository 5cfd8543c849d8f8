cd /tmp; cd /usr; echo $OLDPWD
