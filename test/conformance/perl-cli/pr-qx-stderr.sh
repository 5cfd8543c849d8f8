# Backticks capture stdout only; 2>&1 inside the command captures stderr too.
perl -e '$x = `echo out; echo err >&2`; print "got [$x]"'
perl -e '$x = `echo out; echo err >&2` . ""; $y = `(echo out; echo err >&2) 2>&1`; print "both [$y]"' 2>/dev/null
