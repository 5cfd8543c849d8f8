cd /tmp; pwd; cd /; pwd
