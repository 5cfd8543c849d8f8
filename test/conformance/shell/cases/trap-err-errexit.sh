trap 'echo "caught $?"' ERR
set -e
echo start
false
echo not reached
