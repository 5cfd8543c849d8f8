(cd /tmp && pwd); pwd > /dev/null; echo ok
