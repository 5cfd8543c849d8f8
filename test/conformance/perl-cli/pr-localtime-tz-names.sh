# TZ values that are not rules: UTC spellings and offsets with minutes and seconds.
for tz in UTC UTC0 GMT0 'UTC+0' '<+01>-1' 'XYZ-2:30' 'XYZ+3:15:20' '<-0930>9:30'; do
  TZ=$tz perl -e 'my @l = localtime(1_000_000_000); print "$ENV{TZ}: ", scalar(localtime(1_000_000_000)), " dst $l[8]\n"'
done
