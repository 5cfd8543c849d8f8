printf '%s|%5s|%-5s|%d|%05d|%x|%o|%.2f\n' str r l 42 7 255 8 3.14159
