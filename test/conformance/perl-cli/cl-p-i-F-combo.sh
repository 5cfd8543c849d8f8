# -F with -p and -i together: rewrite the second field of a colon file in place.
printf 'a:1:x\nb:2:y\n' > data
perl -F: -i -lape '$F[1] *= 10; $_ = join ":", @F' data
cat data
perl -00 -F'\n' -lane 'print scalar @F' <<'END'
one
two

three
END
