mkdir "/tmp/perl_t_dir" or die "mkdir: $!";
for my $n (qw(b a c)) { open(my $f, '>', "/tmp/perl_t_dir/$n.txt") or die; print $f $n; close $f; }
opendir(my $dh, "/tmp/perl_t_dir") or die;
my @files = sort grep { !/^\./ } readdir($dh);
closedir $dh;
print "@files\n";
unlink "/tmp/perl_t_dir/$_" for @files;
rmdir "/tmp/perl_t_dir" or die "rmdir: $!";
print -d "/tmp/perl_t_dir" ? "still\n" : "removed\n";
