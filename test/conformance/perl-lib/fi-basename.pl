use strict;
use warnings;
use File::Basename qw(basename dirname fileparse fileparse_set_fstype);
for my $p ('/usr/lib/perl5/File/Basename.pm', 'file.tar.gz', '/a/b/', 'a/b//', '/', '', '.', '..', 'dir/', '/x', 'noext', '.hidden', 'a.b.c') {
    my @fp = fileparse($p, qr/\.[^.]*/);
    printf "%-32s base=[%s] dir=[%s] fp=[%s]\n", "'$p'", basename($p), dirname($p), join('|', @fp);
}
print "suffix list: ", join('|', fileparse('/t/x.tar.gz', '.tar.gz', '.gz')), "\n";
print "suffix qr: ", join('|', fileparse('/t/x.tar.gz', qr/\.tar\.gz/)), "\n";
print "basename suffix: ", basename('/t/prog.pl', '.pl'), " ", basename('prog.pl', '.pm', '.pl'), " ", basename('.pl', '.pl'), "\n";
print "scalar fileparse: ", scalar(fileparse('/a/b/c.txt')), "\n";
print "fstype: ", fileparse_set_fstype(), "\n";
print "backslash: ", join('|', fileparse('C:\\dir\\file.txt')), "\n";
