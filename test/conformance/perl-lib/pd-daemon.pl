use Proc::Daemon;
use Cwd qw(getcwd);
my $home = getcwd();
my $d = Proc::Daemon->new(work_dir => $home, pid_file => 'd.pid', child_STDOUT => 'out.log', child_STDERR => 'err.log');
my $pid = $d->Init;
unless ($pid) {
    print "daemon cwd ok: ", (getcwd() eq $home ? 'yes' : 'no'), "\n";
    printf "umask: %03o\n", umask;
    print STDERR "to err log\n";
    open my $f, '>', 'made' or die; close $f;
    sleep 30;
    exit 0;
}
for (1 .. 50) { last if -e 'made' && -s 'out.log'; select undef, undef, undef, 0.1; }
print "parent got pid: ", ($pid =~ /^\d+$/ && $pid != $$ ? 'yes' : 'no'), "\n";
open my $p, '<', 'd.pid' or die; my $filepid = <$p>; chomp $filepid;
print "pid file matches: ", ($filepid == $pid ? 'yes' : 'no'), "\n";
print "status: ", ($d->Status('d.pid') == $pid ? 'running' : 'not running'), "\n";
printf "file mode: %o\n", (stat 'made')[2] & 0777;
print "out.log: ", do { local (@ARGV, $/) = ('out.log'); <> };
print "err.log: ", do { local (@ARGV, $/) = ('err.log'); <> };
print "killed: ", $d->Kill_Daemon('d.pid'), "\n";
