f() { echo x; }; unset -f f; f
