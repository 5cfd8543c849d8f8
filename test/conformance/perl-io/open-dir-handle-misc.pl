# Directory handles and filehandles with the same name live apart.
mkdir 'd'; open my $w, '>', 'd/x' or die; close $w;
opendir(FH, 'd') or die;
open(FH, '<', 'd/x') or die;
my @e = sort readdir FH;
print "dir entries: @e\n";
print "file eof: ", (eof(FH) ? 1 : 0), "\n";
closedir FH;
close FH;
opendir(my $dh, 'd') or die;
print "ref: ", ref($dh), "\n";
my @names = grep { !/^\./ } readdir $dh;
print "names: @names\n";
