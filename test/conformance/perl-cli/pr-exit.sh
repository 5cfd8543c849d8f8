# exit codes seen by the shell: exit N is N & 255, die is $! or ($? >> 8) or 255.
perl -e 'exit'; echo "plain $?"
perl -e 'exit 3'; echo "three $?"
perl -e 'exit 256'; echo "256 $?"
perl -e 'exit -1'; echo "minus one $?"
perl -e 'exit "7abc"' 2>&1; echo "string $?"
perl -e 'die "x\n"' 2>/dev/null; echo "die $?"
perl -e '$! = 5; die "x\n"' 2>/dev/null; echo "die errno $?"
perl -e '$! = 0; $? = 3 << 8; die "x\n"' 2>/dev/null; echo "die child $?"
