touch tf; mkdir -p td; [ -f tf ] && echo file; [ -d td ] && echo dir; [ -e none ] || echo missing
