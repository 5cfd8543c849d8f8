select x in a b c; do echo "got $x reply=$REPLY"; done <<< $'2\n\n9\nc\n1'
echo "after $x $?"
PS3='pick: '; select y in one two; do echo "y=$y"; break; done <<< '2'
set -- p q; select z; do echo "z=$z"; break; done <<< '1'
