echo a > nc.txt; set -C; echo b > nc.txt; echo $?; echo c >| nc.txt; cat nc.txt
