f() { :; }; type f | head -1; type echo; type cd
