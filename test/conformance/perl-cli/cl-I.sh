# -I prepends directories to @INC (in order), and modules load from them.
mkdir -p lib other
printf 'package Greet; sub hi { "hi from lib" } 1;\n' > lib/Greet.pm
printf 'package Greet; sub hi { "hi from other" } 1;\n' > other/Greet.pm
perl -Ilib -MGreet -e 'print Greet::hi(), "\n"'
perl -Iother -Ilib -MGreet -e 'print Greet::hi(), "\n"'
perl -Ilib -Iother -e 'print "$INC[0] $INC[1]\n"'
perl -I lib -e 'require Greet; print $INC{"Greet.pm"}, "\n"'
