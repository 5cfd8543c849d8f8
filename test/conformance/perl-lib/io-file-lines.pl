use strict;
use warnings;
use IO::File;
my $out = IO::File->new('> data.txt') or die "can't: $!";
$out->print("name,qty\n");
$out->printf("%s,%d\n", $_->[0], $_->[1]) for (['apple', 3], ['pear', 10], ['fig', 7]);
$out->close;
my $in = IO::File->new('data.txt', 'r') or die;
my $header = $in->getline; chomp $header;
my $total = 0;
while (defined(my $line = $in->getline)) {
    chomp $line;
    my ($name, $qty) = split /,/, $line;
    $total += $qty;
    printf "%-6s %3d (line %d)\n", $name, $qty, $in->input_line_number;
}
print "header: $header total: $total eof: ", ($in->eof ? 1 : 0), "\n";
$in->close;
my $app = IO::File->new('data.txt', 'a') or die; print $app "kiwi,1\n"; undef $app;
my @rows = IO::File->new('data.txt')->getlines;
print "rows now: ", scalar(@rows), " last: $rows[-1]";
my $rw = IO::File->new('data.txt', O_RDWR) or die; 
$rw->seek(0, SEEK_END); print "size via seek: ", $rw->tell, "\n"; $rw->close;
print "opened after close: ", ($rw->opened ? 1 : 0), "\n";
my $fh = IO::File->new;
print "open missing: ", ($fh->open('missing.txt', 'r') ? 1 : 0), " ($!)\n";
print "fileno closed: ", (defined $fh->fileno ? 'def' : 'undef'), "\n";
unlink 'data.txt';
