# An ignored signal stays ignored across exec; a handled one goes back to default.
perl -e '$SIG{TERM} = "IGNORE"; exec "sh", "-c", "kill -TERM \$\$; echo survived TERM"'
echo "status $?"
perl -e '$SIG{TERM} = sub {}; exec "sh", "-c", "kill -TERM \$\$; echo survived TERM"'
echo "status $?"
trap '' USR1
perl -e 'print "USR1 in perl: ", ($SIG{USR1} // "undef"), "\n"; kill USR1 => $$; print "alive\n"'
