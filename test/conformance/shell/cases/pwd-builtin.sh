cd /tmp; pwd; pwd -P
