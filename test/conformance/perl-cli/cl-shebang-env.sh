# #!/usr/bin/env perl and a #! that does not name perl, run with perl.
printf '#!/usr/bin/env perl\nprint "env ok $0\\n";\n' > e.pl
chmod +x e.pl; ./e.pl
perl e.pl
printf '#!/usr/bin/env perl -w\nprint "x\\n";\n' > ew.pl
perl ew.pl 2>&1
