# pgrep/pkill find a background job by its parent and name.
sleep 100 &
p=$!
[ "$(pgrep -P $$ sleep)" = "$p" ] && echo "pgrep -P finds it: yes"
pkill -P $$ sleep; wait $p; echo "after pkill: $?"
pgrep -P $$ sleep; echo "pgrep again: $?"
