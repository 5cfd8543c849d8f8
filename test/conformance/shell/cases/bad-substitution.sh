echo ${a b}; echo next
