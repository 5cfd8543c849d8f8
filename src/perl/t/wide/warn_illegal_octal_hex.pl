use warnings;
print oct("789"), " ", hex("xyz"), " ", oct("0x1F"), " ", oct("0b101"), " ", oct("755"), " ", hex("ff"), "\n";
