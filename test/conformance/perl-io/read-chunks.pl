# Reading a file in fixed chunks with read() and sysread(), as copy loops do.
open my $w, '>', 'src.bin' or die; binmode $w; print $w map { chr($_ % 256) } 0 .. 9999; close $w;
for my $fn (qw(read sysread)) {
  open my $in, '<', 'src.bin' or die; binmode $in;
  open my $out, '>', "copy-$fn.bin" or die; binmode $out;
  my ($chunks, $total) = (0, 0);
  while (1) {
    my $n = $fn eq 'read' ? read($in, my $buf, 4096) : sysread($in, my $buf2, 4096);
    die "$fn: $!" unless defined $n;
    last if $n == 0;
    $chunks++; $total += $n;
    print $out ($fn eq 'read' ? $buf : $buf2);
  }
  close $out;
  print "$fn: chunks=$chunks total=$total copy size=", -s "copy-$fn.bin", "\n";
}
open my $a, '<', 'src.bin'; open my $b, '<', 'copy-read.bin';
local $/; print "identical: ", (<$a> eq <$b> ? 'yes' : 'no'), "\n";
