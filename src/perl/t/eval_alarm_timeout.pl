my $r = eval {
  local $SIG{ALRM} = sub { die "timed out\n" };
  alarm 1;
  sleep 5;
  alarm 0;
  "finished";
};
print defined $r ? "r=$r\n" : "err=$@";
