# Code references in @INC: a hook may die, decline, or hand over the source.
BEGIN { unshift @INC, sub { die "hidden\n" if $_[1] eq "Text/Abbrev.pm"; return } }
print eval { require Text::Abbrev; 1 } ? "loaded\n" : "E: $@";
my @seen;
unshift @INC, sub { my ($self, $file) = @_; push @seen, $file; return unless $file eq 'My/Gen.pm'; my $src = "package My::Gen; sub hi { 'hi from ' . __FILE__ =~ s{0x[0-9a-f]+}{ADDR}r } 1;\n"; return \$src };
require My::Gen; print My::Gen::hi(), "\n"; print ref($INC{'My/Gen.pm'}), "\n";
require File::Basename; print "seen: ", join(" ", grep { /Gen|Basename/ } @seen), "\n";
print eval { require No::Such; 1 } ? "?" : ($@ =~ /^Can't locate No\/Such.pm in \@INC/ ? "missing ok\n" : "E: $@");
