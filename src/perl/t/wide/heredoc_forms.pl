my $name = "World";
print <<~EOT;
    Hello, $name!
      indented more
    back
    EOT
print <<'RAW';
No $interp here\n
RAW
print <<"QQ" . "after\n";
Quoted $name
QQ
print <<A, <<B;
first
A
second
B
my %h = (text => <<END, n => 2);
in hash
END
print $h{text}, $h{n}, "\n";
print lc(<<X);
SHOUT
X
print <<~"EOT";
	tab indented $name
	EOT
