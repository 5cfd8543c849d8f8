cat <<EOF
line one
line $((1+1))
EOF
