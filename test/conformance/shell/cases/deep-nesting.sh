f() { g; }; g() { h; }; h() { echo deep; }; f
