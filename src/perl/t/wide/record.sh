#!/bin/sh
# Record expected outputs of every t/wide/*.pl (or the NAMEs given) from the
# real perl: the same recorder as t/record.sh, on this directory.
here=$(cd "$(dirname "$0")" && pwd)
exec "$here/../record.sh" "$here" "$@"
