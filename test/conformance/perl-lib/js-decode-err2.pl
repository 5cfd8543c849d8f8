use JSON::PP;
for my $t ('tru', 'true1', 'fals', 'nulll', 'n', 'True', 'NULL', '-', '--1', '+1', '01', '1.', '.5', '1e', '1e+', '0x10', 'Infinity', 'NaN', '[1]x', '{} {}', '   ', '[1] ', '[  ', "[\"\\ud800\"]", '"\ud800\u0041"', '[1e999]', '[-1e999]', '[tru e]', '"\\', '[nul]') {
    my $r = eval { JSON::PP->new->allow_nonref->decode($t); 1 };
    print "$t => ", ($r ? "ok\n" : $@);
}
