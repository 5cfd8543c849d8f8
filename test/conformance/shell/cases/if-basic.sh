if true; then echo yes; fi; if false; then echo no; else echo else; fi
