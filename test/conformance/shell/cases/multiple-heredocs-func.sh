f() { cat; }; f <<EOF
via func
EOF
