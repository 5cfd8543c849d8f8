my %h = (name => 'Perl', ver => 5);
my $msg = <<EOT;
Name: $h{name}
Version: $h{ver}
EOT
print $msg;
print <<A, <<B;
first
A
second
B
