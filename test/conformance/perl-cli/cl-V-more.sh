# -V's summary lines and @INC heading; -V:pattern lists the matching names in order.
perl -V | grep -E '^ +(osname|archname)=|^  @INC:'
perl -V:'(int|long|ptr)size'
perl -V:'nomatch.*'
perl -MConfig -e 'print "$Config{osname} $Config{archname}\n"'
