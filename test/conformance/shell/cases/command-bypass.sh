echo() { builtin echo wrapped; }; echo x; command echo direct
