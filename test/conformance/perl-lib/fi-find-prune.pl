use strict;
use warnings;
use File::Find;
use File::Path qw(make_path remove_tree);
make_path(map { "proj/$_" } qw(src/lib .git/objects node_modules/pkg docs));
for my $f (qw(proj/src/main.pl proj/src/lib/Util.pm proj/.git/HEAD proj/node_modules/pkg/index.js proj/docs/README.md proj/Makefile)) {
    open my $h, '>', $f or die; print $h "x\n"; close $h;
}
my @found;
find({ wanted => sub {
        if (-d && /^(\.git|node_modules)$/) { $File::Find::prune = 1; return }
        push @found, $File::Find::name if -f;
    }, no_chdir => 0 }, 'proj');
print "$_\n" for sort @found;
my @perl = ();
find(sub { push @perl, $_ if /\.p[lm]$/ }, 'proj');
print "perl files: ", join(' ', sort @perl), "\n";
my %dirs;
find({ wanted => sub { $dirs{$File::Find::dir}++ }, no_chdir => 1 }, 'proj/src', 'proj/docs');
print "dirs seen: ", join(' ', sort keys %dirs), "\n";
my $count = 0;
finddepth({ wanted => sub { $count++ }, no_chdir => 1 }, 'proj');
print "finddepth count: $count\n";
my @names;
find(sub { push @names, $File::Find::name }, 'proj/Makefile');
print "single file: @names\n";
remove_tree('proj');
print "cleaned: ", (-e 'proj' ? 0 : 1), "\n";
