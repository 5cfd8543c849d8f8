# -iEXT keeps a backup with that suffix; a * in EXT stands for the file name.
printf 'a\nb\n' > one.txt; printf 'c\n' > two.txt
perl -i.bak -pe 's/^/+/' one.txt two.txt
ls; cat one.txt one.txt.bak two.txt
perl -i'orig_*' -pe 'tr/a-z/A-Z/' two.txt
ls; cat two.txt orig_two.txt
