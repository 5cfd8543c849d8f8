# POSIX::strftime's %Z %z %s and POSIX::mktime follow TZ like localtime.
for tz in UTC EST5 'EST5EDT,M3.2.0,M11.1.0' '<+0530>-5:30'; do
  TZ=$tz perl -MPOSIX -le 'print "$ENV{TZ}: ", strftime("%Z %z %s", localtime(0)), " | ", strftime("%Z %z", localtime(1690000000)), " | ", mktime(0,0,0,1,0,70), " ", mktime(0,0,12,1,6,123), " | ", strftime("%Z %z", 0,0,0,1,6,123,0,0,1)'
done
