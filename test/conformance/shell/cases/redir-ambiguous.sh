x='a b'; echo hi > $x
