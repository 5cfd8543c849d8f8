# local $0 retitles the process for the block and gives the old title back after it (perlvar $0).
perl -e 'sub t { open my $f, "<", "/proc/$$/comm"; my $n = <$f>; chomp $n; "$0 comm=$n\n" }
  $0 = "outer"; { local $0 = "inner"; print t() } print t()'
