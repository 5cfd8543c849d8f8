# Changing $ENV{TZ} inside perl affects the next localtime.
for my $tz ('UTC', 'EST5', 'NZST-12') { $ENV{TZ} = $tz; print "$tz: ", scalar(localtime(0)), "\n" }
