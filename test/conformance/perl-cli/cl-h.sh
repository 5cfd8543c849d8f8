# -h prints usage; the first lines and the exit status.
perl -h | head -4; echo "status ${PIPESTATUS[0]}"
