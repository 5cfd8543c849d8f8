format STDOUT = extra
text
.
