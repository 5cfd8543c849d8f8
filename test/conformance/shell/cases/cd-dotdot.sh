cd /usr/bin; cd ..; pwd; cd ../..; pwd
