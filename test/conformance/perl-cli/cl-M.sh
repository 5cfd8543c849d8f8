# -MModule imports as use does; =list passes an import list.
perl -MList::Util=sum,max -e 'print sum(1..4), " ", max(3, 9, 2), "\n"'
perl -MPOSIX=floor -e 'print floor(3.7), "\n"'
perl -MData::Dumper -e '$Data::Dumper::Terse = 1; print Dumper([1])'
perl -M'List::Util qw(min)' -e 'print min(5, 2), "\n"'
perl -MScalar::Util=blessed -le 'print blessed(bless {}, "K")'
