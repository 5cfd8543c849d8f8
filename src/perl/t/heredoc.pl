my $name = "World";
print <<"END";
Hello, $name!
  Indented line
END
print <<'RAW';
No $interp here\n
RAW
print <<~TXT;
    stripped
      partly
    TXT
print lc(<<EOT) . "after\n";
SHOUT
EOT
