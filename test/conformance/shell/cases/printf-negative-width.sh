printf '[%-4d][%4d]\n' 5 5
