printf 'a\tb\\n\n'; printf '%b\n' 'x\ty'
