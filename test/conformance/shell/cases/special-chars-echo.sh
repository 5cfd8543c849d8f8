echo '*' "?" '[a]'
