ab1=1 ab2=2; echo ${!ab*}
