shopt -s extglob
for w in '' a ab abc aab b ba x.c x.h foo.tar.gz README; do
  printf '%s:' "$w"
  case $w in ?(a)b) printf ' q';; esac
  case $w in *(a)b) printf ' s';; esac
  case $w in +(a)b) printf ' p';; esac
  case $w in @(a|ab|abc)) printf ' at';; esac
  case $w in !(*.c|*.h)) printf ' not';; esac
  case $w in *.@(c|h)|README) printf ' src';; esac
  case $w in @(+(a)|b)*(c)) printf ' nest';; esac
  case $w in !(a*)) printf ' na';; esac
  case $w in *.!(gz)) printf ' ext';; esac
  echo
done
