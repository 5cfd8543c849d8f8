# The DATA handle reads what follows __DATA__; seek DATA, 0, 0 rereads the file.
while (my $l = <DATA>) {
  chomp $l;
  next unless length $l;
  my ($name, $n) = split /,/, $l;
  printf "%-6s %3d\n", $name, $n;
}
print "eof DATA: ", (eof(DATA) ? 1 : 0), " \$.: $.\n";
seek DATA, 0, 0;
my $first = <DATA>;
print "first line of file: $first";
print "tell > 0: ", (tell(DATA) > 0 ? 'yes' : 'no'), "\n";
__DATA__
apple,3
pear,12

fig,100
