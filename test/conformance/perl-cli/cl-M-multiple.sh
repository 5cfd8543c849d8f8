# Several -M switches in order, with -l and -w.
perl -Mstrict -Mwarnings -MList::Util=first -le 'print first { $_ > 2 } 1 .. 5'
perl -MList::Util=max -MList::Util=min -le 'print max(1, 5), min(1, 5)'
perl -w -Mstrict -e 'my @a = (1); print scalar(@a), "\n"'
