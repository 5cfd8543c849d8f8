f() { exit 4; }; f; echo unreachable
