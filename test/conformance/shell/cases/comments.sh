echo a # comment
# full comment
echo b#notcomment
