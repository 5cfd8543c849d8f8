echo one \
  two
