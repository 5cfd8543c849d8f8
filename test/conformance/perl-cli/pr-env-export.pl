# %ENV is the environment of every child: set, changed and deleted keys.
$| = 1;
$ENV{GREETING} = "hello there";
system 'echo "GREETING=$GREETING"';
$ENV{GREETING} = "changed";
print `echo \$GREETING`;
delete $ENV{GREETING};
system 'echo "deleted: ${GREETING-unset}"';
{ local $ENV{TMPVAR} = "local"; system 'echo "in scope: $TMPVAR"'; }
system 'echo "out of scope: ${TMPVAR-unset}"';
print "TZ from parent: $ENV{TZ}\n";
