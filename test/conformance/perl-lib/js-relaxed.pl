use JSON::PP;
my $r = JSON::PP->new->relaxed->canonical;
print $r->encode($r->decode("[1,2,]")), "\n";
print $r->encode($r->decode("{\"a\":1,}")), "\n";
print $r->encode($r->decode("[1, # comment\n 2]")), "\n";
print $r->encode($r->decode("{\"a\" : [ 1 , 2 , ] , # trailing\n }")), "\n";
print $r->encode($r->decode("[\"tab\there\"]")), "\n";
for my $t ("[1,2,]", "{\"a\":1,}", "[1 # c\n]") { eval { JSON::PP->new->decode($t) }; print "strict E: $@" }
eval { $r->decode("[1,,2]") }; print "relaxed E: $@";
my $l = JSON::PP->new->allow_barekey->allow_singlequote->canonical;
print $l->encode($l->decode("{key:'val', 'q':1}")), "\n";
print JSON::PP->new->loose->allow_nonref->encode(JSON::PP->new->loose->allow_nonref->decode("\"a\tb\nc\"")), "\n";
