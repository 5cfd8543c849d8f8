# exec with one string and no metacharacters: split on whitespace, run directly.
$| = 1;
print "before\n";
exec "echo   one    two   three";
