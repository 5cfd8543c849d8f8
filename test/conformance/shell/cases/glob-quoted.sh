touch 'a*'; echo "a*" 'a*'; echo a\*
