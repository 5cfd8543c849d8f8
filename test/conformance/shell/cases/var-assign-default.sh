echo ${v:=assigned}; echo $v
