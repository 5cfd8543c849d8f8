use File::Path qw(make_path remove_tree mkpath rmtree);
my @made = make_path('a/b/c', 'x/y', { verbose => 1 });
print "made: @made\n";
print "exists: ", (-d 'a/b/c' ? 1 : 0), "\n";
@made = make_path('a/b/c');
print "again: ", scalar(@made), "\n";
open my $f, '>', 'a/b/c/file' or die; close $f;
open $f, '>', 'plain' or die; close $f;
make_path('plain/sub', { error => \my $err });
for my $e (@$err) { my ($k, $v) = %$e; print "error: $k: $v\n"; }
my $n = remove_tree('a', { verbose => 1, result => \my $res });
print "removed $n: ", join(',', @$res), "\n";
mkpath(['m/n', 'o'], 0, 0755);
print "mkpath: ", (-d 'm/n' && -d 'o' ? 'ok' : 'no'), "\n";
print "rmtree: ", rmtree(['m', 'o']), "\n";
print "gone: ", (-e 'm' ? 'no' : 'yes'), "\n";
