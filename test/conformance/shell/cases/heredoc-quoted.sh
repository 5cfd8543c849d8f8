x=1; cat <<'EOF'
no $x expansion
EOF
