_x=1; x_1=2; echo $_x $x_1
