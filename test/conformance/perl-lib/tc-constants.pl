use Term::ANSIColor qw(:constants :constants256);
sub show { my $s = join('', @_); $s =~ s/\e/\\e/g; print "$s\n" }
show(RED, 'r', RESET);
show(BOLD GREEN 'bg', RESET);
show(ON_BLUE 'x');
show(BRIGHT_CYAN, 'c', CLEAR);
show(UNDERLINE, UNDERSCORE, BLINK, REVERSE, CONCEALED, DARK, FAINT, ITALIC);
show(ANSI196, 'x', ON_ANSI21);
show(GREY10, ON_GREY5);
show(RGB500, ON_RGB005);
{ local $Term::ANSIColor::AUTORESET = 1; show(BOLD 'auto'); show(BOLD, 'noauto'); }
{ local $Term::ANSIColor::AUTOLOCAL = 1; show(RED 'loc'); }
