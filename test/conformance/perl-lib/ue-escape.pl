use URI::Escape;
print uri_escape("a b&c=d/é~_.-"), "\n";
print uri_escape("abc", "a-b"), "\n";
print uri_unescape("a%20b%2Fc%zz"), "\n";
print uri_escape_utf8("\x{263A} x"), "\n";
my @u = uri_unescape('%41', '%42');
print "@u\n";
print defined(uri_escape(undef)) ? "def\n" : "undef\n";
