use Data::Dumper;
$Data::Dumper::Useqq = 1; $Data::Dumper::Sortkeys = 1;
print Dumper("plain", "tab\there", "nl\n", "cr\r", "nul\0x", "esc\e", "bell\a", "ff\f", "bs\b", "quote\"s", "dollar\$var", "at\@list", "back\\slash", "\x7f\x80\xff", "caf\x{e9}", "\x{263a}smile", 12, "12", 1.5, "007", "");
print Dumper({ "key\n" => "v", "sp ace" => 1, plain => "\x01\x1f" });
$Data::Dumper::Indent = 0;
print Dumper(["a\tb", 10, "x"]), "\n";
