# $] and $^V: the numeric version, the version object and its stringification.
perl -e 'print $], "\n", $] + 0, "\n"'
perl -e 'print ref(\$^V), " ", ref($^V), "\n"'
perl -le 'print sprintf("%vd", $^V) eq "5.36.0" ? "ok" : "not ok"'
perl -le 'print $^V->{original}' 2>&1
