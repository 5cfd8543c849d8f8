use File::Find;
mkdir $_ for qw(t t/a t/a/b t/c);
for my $f (qw(t/1.txt t/a/2.txt t/a/b/3.pl t/c/4.txt)) { open my $h, '>', $f or die; close $h; }
my @seen;
find(sub { push @seen, "$File::Find::name ($_) in $File::Find::dir" }, 't');
print "$_\n" for sort @seen;
@seen = ();
finddepth({ wanted => sub { push @seen, $File::Find::name }, no_chdir => 1 }, 't');
my %pos; @pos{@seen} = 0 .. $#seen;
print "depth: t/a/b before t/a: ", ($pos{'t/a/b'} < $pos{'t/a'} ? 'yes' : 'no'), ", t last: ", ($seen[-1] eq 't' ? 'yes' : 'no'), "\n";
@seen = ();
find({ wanted => sub { $File::Find::prune = 1 if $_ eq 'a'; push @seen, $_ }, no_chdir => 0 }, 't');
print "pruned: ", join(' ', sort @seen), "\n";
@seen = ();
find({ wanted => sub { push @seen, $_ if -f }, no_chdir => 1 }, 't/a');
print "no_chdir: ", join(' ', sort @seen), "\n";
my $in_dir;
find(sub { $in_dir = (-e '3.pl' ? 'yes' : 'no') if $_ eq '3.pl' }, 't');
print "chdir into dirs: $in_dir\n";
