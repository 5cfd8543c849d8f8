elsif (1) { }
