use strict;
use warnings;
use File::Basename;
my @files = qw(/srv/alice/report.final.txt ./data.csv archive.tar.gz /etc/ README script.pl.bak);
for my $f (@files) {
    my ($name, $path, $suffix) = fileparse($f, qr/\.[^.]*$/);
    my ($n2, $p2, $s2) = fileparse($f, '.txt', '.csv', '.tar.gz');
    print "$f: [$name][$path][$suffix] list: [$n2][$s2]\n";
}
my $script = '/usr/local/bin/tool.pl';
print "dirname of dirname: ", dirname(dirname($script)), "\n";
print "basename chained: ", basename($script, '.pl'), "\n";
print "rename target: ", dirname($script) . '/' . basename($script, '.pl') . '.bak', "\n";
my @in_list = map { basename $_ } </etc/host*>;
print "glob basenames: ", (scalar(@in_list) >= 1 ? 'some' : 'none'), "\n";
print "dirname trailing: ", dirname('/a/b/c/'), " ", dirname('a/'), " ", dirname('a'), "\n";
print "fileparse dot dir: ", join('|', fileparse('/a.b/c')), "\n";
print "suffix regex special: ", join('|', fileparse('x.y+z', '.y+z')), "\n";
