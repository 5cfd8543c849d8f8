# The combined -pi.bak -e form, and $^I inside the program.
printf 'x=1\ny=2\n' > conf
perl -pi.bak -e 's/=/ = /' conf
cat conf conf.bak
perl -i~ -ne 'print "$^I\n" if $. == 1; print' conf
cat conf
ls
