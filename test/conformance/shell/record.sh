#!/bin/bash
# Record expected outputs of the shell conformance cases from the real bash.
# Each case runs as `bash -c 'trap : EXIT; <case>'` (bash stays the parent of
# every command, as our shell does) in a pseudo-terminal, in a fresh empty
# directory, with the environment the machine gives its user. Each case is
# run twice; a case whose two runs differ is reported and left unrecorded.
# Usage: record.sh [case-name ...]
set -u
here=$(cd "$(dirname "$0")" && pwd)
cd "$here/cases" || exit 1
names=("$@")
if [ ${#names[@]} -eq 0 ]; then
  names=()
  for f in *.sh; do names+=("${f%.sh}"); done
fi
run_case() {
  local dir rc
  dir=$(mktemp -d)
  CASE_SRC="trap : EXIT; $(cat "$here/cases/$1.sh")" \
    script -qec 'cd '"$dir"' && env -i HOME=/home/user USER=user LOGNAME=user SHELL=/bin/bash PATH=/usr/local/bin:/usr/bin:/bin TERM=xterm-256color LANG=C.UTF-8 TZ=UTC timeout 10 bash -c "$CASE_SRC"' /dev/null \
    > "$dir.out" 2>&1 < /dev/null
  rc=$?
  tr -d '\r' < "$dir.out"
  printf '\n[status %d]\n' "$rc"
  rm -rf "$dir" "$dir.out"
}
unstable=0
for n in "${names[@]}"; do
  a=$(run_case "$n")
  b=$(run_case "$n")
  if [ "$a" != "$b" ]; then
    echo "unstable: $n" >&2
    unstable=$((unstable + 1))
    rm -f "$n.expected"
    continue
  fi
  printf '%s\n' "$a" > "$n.expected"
done
echo "recorded ${#names[@]} cases, $unstable unstable" >&2
