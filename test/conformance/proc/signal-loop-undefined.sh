# The chapter's signal loop run as printed: do_work is not defined anywhere.
cat > loop.pl <<'PERL'
my $running = 1;
$SIG{TERM} = sub { warn "SIGTERM received\n"; $running = 0 };
$SIG{HUP}  = sub { warn "SIGHUP received\n";  reload_config() };
$SIG{INT}  = sub { $running = 0 };

while ($running) {
    do_work();
    sleep 1;
}
cleanup();
exit 0;
PERL
perl loop.pl; echo "status $?"
