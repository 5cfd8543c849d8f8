# /proc/PID/statm: seven page counts (size resident shared text lib data dt)
# that agree with VmSize and VmRSS in /proc/PID/status.
sleep 5 & pid=$!
sleep 0.2
read -r -a f < /proc/$pid/statm
echo "fields: ${#f[@]}"
vmsize=$(awk '/^VmSize:/ {print $2}' /proc/$pid/status)
vmrss=$(awk '/^VmRSS:/ {print $2}' /proc/$pid/status)
yn() { if "$@"; then echo yes; else echo no; fi; }
echo "size is VmSize: $(yn [ $((f[0] * 4)) -eq "$vmsize" ])"
echo "resident holds VmRSS: $(yn [ $((f[1] * 4)) -ge "$vmrss" -a $(((f[1] - 1) * 4)) -lt "$vmrss" ])"
echo "resident <= size: $(yn [ "${f[1]}" -le "${f[0]}" ])"
echo "shared <= resident: $(yn [ "${f[2]}" -le "${f[1]}" ])"
echo "text, data <= size: $(yn [ "${f[3]}" -le "${f[0]}" -a "${f[5]}" -le "${f[0]}" ])"
echo "lib dt: ${f[4]} ${f[6]}"
kill $pid
