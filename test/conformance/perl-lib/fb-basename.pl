use File::Basename;
for my $p ('a/b/c.txt', '/a/b/', 'a/b//', '/', '//', 'a', './a', 'a/', '', '/a', '..', 'a//b', '.', 'x.tar.gz') {
    my @f = fileparse($p, qr/\.[^.]*/);
    print "[$p] base=[", basename($p), "] dir=[", dirname($p), "] parse=[", join('|', @f), "]\n";
}
print basename('/x/y/file.pl', '.pl'), ' ', basename('file.pl', '.pm', '.pl'), "\n";
my ($n, $d, $s) = fileparse('/usr/lib/libc.so.6', '.so.6', '.so');
print "$n $d $s\n";
($n, $d, $s) = fileparse('/x/report.tar.gz', qr/\.tar\.gz/, qr/\.gz/);
print "$n $d $s\n";
