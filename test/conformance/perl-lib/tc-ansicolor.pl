use Term::ANSIColor qw(color colored colorstrip colorvalid uncolor :constants);
sub show { my $s = shift; $s =~ s/\e/\\e/g; print "$s\n" }
show(color('bold red'));
show(color('reset'));
show(colored('hi', 'blue on_white'));
show(colored(['green'], 'a', 'b'));
show(BOLD . 'x' . RESET);
show(RED 'text');
show(color('bright_yellow', 'on_ansi21'));
show(color('rgb512'));
print colorstrip("\e[1;31mplain\e[0m"), "\n";
print colorvalid('red', 'blurple') ? 1 : 0, colorvalid('bold blue') ? 1 : 0, "\n";
print join(',', uncolor("\e[1;31m")), "\n";
{ local $Term::ANSIColor::AUTORESET = 1; show(GREEN 'auto'); }
eval { color('nosuch') }; print $@ =~ /^Invalid attribute name nosuch/ ? "croaked\n" : "no: $@";
