# A #! line naming another interpreter: perl runs that program instead.
printf '#!/bin/sh\necho "from sh: $0 $1"\n' > s.sh
perl s.sh arg1; echo "status $?"
printf '#!/bin/bash -e\necho "bash with -e: $*"\nfalse\necho not reached\n' > b.sh
perl b.sh x y; echo "status $?"
