# $0 = NAME retitles the process (perlvar $0; Linux): /proc/PID/cmdline, comm, ps and pgrep show it.
cat > title.pl <<'EOF'
sub show {
  my ($what) = @_;
  open my $g, '<', "/proc/$$/comm" or die "comm: $!"; my $n = <$g>; chomp $n;
  open my $f, '<', "/proc/$$/cmdline" or die "cmdline: $!"; local $/; my $c = <$f>;
  $c =~ s/\0/\\0/g;
  print "$what: cmdline=[$c] comm=[$n]\n";
}
show('start');
for my $t ('x', 'mydaemon: idle', 'a title much longer than all of the arguments', '') { $0 = $t; show("[$0]") }
$0 = 'worker';
if (my $pid = fork) { waitpid $pid, 0 } else { show('child'); exit }
exec $^X, '-e', 'open my $f, "<", "/proc/$$/cmdline"; local $/; ($_ = <$f>) =~ s/\0/|/g; open $f, "<", "/proc/$$/comm"; print "exec: [$_] ", <$f>';
EOF
# Without an environment the room is argv's strings; with one it reaches over them too.
env -i /usr/bin/perl title.pl
env -i X=1 /usr/bin/perl title.pl
perl -e '$0 = "mydaemon: idle"; print `ps -o args= -p $$`, `ps -o comm= -p $$`;
  print "pgrep -x: ", (`pgrep -x "mydaemon: idle"` == $$ ? "self" : "other"), "\n";
  print "pgrep -f: ", (`pgrep -f "^mydaemon: idle\$"` == $$ ? "self" : "other"), "\n";
  $0 = "worker-process-number-one"; print `ps -o args= -p $$`, `ps -o comm= -p $$`;
  print "pgrep -x long: ", (`pgrep -x "worker-process-"` == $$ ? "self" : "other"), "\n"'
