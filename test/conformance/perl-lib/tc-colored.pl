use Term::ANSIColor qw(colored);
sub show { my $s = shift; $s =~ s/\e/\\e/g; print "$s\n" }
show(colored('text', 'red'));
show(colored('text', 'bold', 'underline'));
show(colored(['yellow on_blue'], 'a', 'b', 'c'));
show(colored(['red'], "multi\nline"));
{ local $Term::ANSIColor::EACHLINE = "\n"; show(colored(['red'], "multi\nline\n\nend")); show(colored("x\ny", 'green')); }
show(colored('', 'red'));
show(colored(['bold'], ''));
{ local $ENV{ANSI_COLORS_DISABLED} = 1; show(colored('plain', 'red')); }
{ local $ENV{NO_COLOR} = 1; show(colored('plain2', 'red')); }
show(colored(['bright_red on_bright_black', 'italic'], 'combo'));
show(colored(['faint'], 'f'));
