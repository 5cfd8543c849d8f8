touch f1 f2 f10; echo f?
