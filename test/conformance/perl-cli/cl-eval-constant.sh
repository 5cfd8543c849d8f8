# A string eval sees the subs defined by then: imported constants and `use constant` names are called, not barewords.
perl -MFcntl -le 'print eval "F_SETLK"; print eval "LOCK_EX"; print eval "F_GETFD + 1"'
perl -MFcntl=:flock -le 'print eval "LOCK_EX | LOCK_NB"'
perl -Mstrict -le 'use constant FOO => 42; print eval "FOO + 1"; sub bar { 7 } print eval "bar"; print eval("nosuch") // "undef: $@"'
perl -le 'sub twice ($) { 2 * $_[0] } print eval "twice 3, 4"; package P; sub K () { 5 } package main; print eval "P::K"; print eval "package P; K * 2"'
perl -le 'print eval "later"; eval "sub later { q(defined) }"; print eval "later"'
