# -n/-p around a script that ends with __END__ or __DATA__: the loop still closes.
printf '#!/usr/bin/perl -n\nprint "got $_";\n__END__\nnot code\n' > n.pl
printf 'a\nb\n' | perl n.pl
printf 'print "p: $_"; print "data: ", scalar(<DATA>);\n__DATA__\nfrom data\n' > d.pl
printf 'x\n' | perl -n d.pl
printf 'x\n' | perl -pe 's/x/y/; # trailing comment'
