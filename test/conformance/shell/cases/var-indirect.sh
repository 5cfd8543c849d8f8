x=y; y=final; echo ${!x}
