a=(x 'y z'); declare -p a
