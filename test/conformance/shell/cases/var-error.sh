x=; echo ${x:?is empty}; echo notreached
