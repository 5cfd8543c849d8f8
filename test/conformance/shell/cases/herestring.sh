cat <<< "here string"; read a b <<< "x y"; echo $b$a
