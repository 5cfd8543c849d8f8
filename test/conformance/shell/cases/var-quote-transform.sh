s="it's"; echo ${s@Q}; t='a b'; echo ${t@Q}
