# Job specs work without job control: %1, %%, jobs -l relations, wait %1.
sleep 100 &
sleep 100 &
jobs
kill %1; wait %1; echo "first: $?"
kill %%; wait %%; echo "second: $?"
jobs; echo "jobs now empty: $?"
kill %3; echo "no such job: $?"
