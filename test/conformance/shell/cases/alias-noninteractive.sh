alias hi='echo alias'; alias; shopt -s expand_aliases
hi
