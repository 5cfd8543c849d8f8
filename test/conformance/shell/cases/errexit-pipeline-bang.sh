set -e; ! false; echo ok
