printf 'l1\nl2\n' > lines.txt; while read -r line; do echo "<$line>"; done < lines.txt
