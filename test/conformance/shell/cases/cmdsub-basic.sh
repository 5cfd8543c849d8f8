echo "x$(echo inner)y" `echo back`
