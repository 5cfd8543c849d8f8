# Bytes that are not UTF-8 pass through text tools unchanged.
printf 'a\xff\n' | sed s/a/b/ | od -An -c
printf 'b\xfe\na\n' | sort | od -An -c
printf 'x\xfdy\n' | tr x z | od -An -c
printf 'k\xfc v\n' | awk '{print $2, $1}' | od -An -c
printf '\xfb\n' > f; read -r line < f; printf '%s' "$line" | od -An -c
