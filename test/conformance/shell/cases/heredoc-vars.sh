name=world; cat <<EOF
hello $name
\$escaped
EOF
