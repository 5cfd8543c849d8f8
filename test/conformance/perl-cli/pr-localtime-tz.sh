# localtime under POSIX TZ strings (fixed offsets and explicit DST rules); gmtime ignores TZ.
for tz in UTC UTC0 EST5 JST-9 '<+0530>-5:30' 'EST5EDT,M3.2.0,M11.1.0' 'CET-1CEST,M3.5.0,M10.5.0/3'; do
  TZ=$tz perl -e 'print "$ENV{TZ}: ", scalar(localtime(1_700_000_000)), " | ", scalar(localtime(1_690_000_000)), " | dst ", (localtime(1_690_000_000))[8], " | ", scalar(gmtime(1_690_000_000)), "\n"'
done
