# How -w, -W and -X combine: the last of -W/-X wins, -w cannot undo either.
for sw in -w -W -X -wX -Xw -WX -XW -Ww -wW; do
  printf '%s: ' "$sw"; perl $sw -e 'my $u; my $s = "v=" . $u; print "W=$^W\n"' 2>&1 | tr '\n' ' '; echo
done
