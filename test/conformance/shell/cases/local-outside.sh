local x=1
