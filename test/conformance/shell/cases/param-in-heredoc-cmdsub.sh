cat <<EOF
$(echo sub) and ${x:-def}
EOF
