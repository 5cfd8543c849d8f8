print <<EOT;
abc
def
