echo {a,b,c} x{1,2}y
