# -i edits files in place; print goes to the new file.
printf 'hello world\nsecond\n' > f.txt
perl -pi -e 's/world/there/' f.txt
cat f.txt
perl -i -ne 'print unless /second/' f.txt
cat f.txt
ls
