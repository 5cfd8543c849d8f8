# exit cannot be caught by eval; die can, and $@ holds it.
perl -e 'eval { exit 3 }; print "not reached\n"'; echo "status $?"
perl -e 'eval { die "caught\n" }; print "after: $@"; exit 4'; echo "status $?"
perl -e 'eval q{exit 5}; print "not reached\n"'; echo "status $?"
