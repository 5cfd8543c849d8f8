package Pod::Text::Parser;
# The POD reading Pod::Text needs: a document's text cut into paragraphs
# (perlpodspec "Pod Definitions"), and a paragraph's text cut into a tree of
# formatting codes (perlpodspec "About Formatting Codes").
use strict;
use warnings;

our $VERSION = '4.14';

# paragraphs($text): list of { kind => 'command'|'verbatim'|'ordinary',
# name => command name, text => the text, line => first line number }.
# Only what lies between a command paragraph and =cut counts; consecutive
# verbatim paragraphs are joined with the blank lines between them.
sub paragraphs {
    my ($text) = @_;
    my @lines = split /\n/, $text, -1;
    pop @lines if @lines && $lines[-1] eq '';
    my (@out, @cur, $start, @blank);
    my $in_pod = 0;
    my $flush = sub {
        return unless @cur;
        my $p = join "\n", @cur;
        @cur = ();
        if ($p =~ /^=([a-zA-Z]\S*)[ \t]*(.*)\z/s) {
            my ($name, $rest) = ($1, $2);
            if ($name eq 'cut') { $in_pod = 0; $out[-1]{closed} = 1 if @out; return; }
            push @out, { kind => 'command', name => $name, text => $rest, line => $start };
        } elsif ($p =~ /^[ \t]/) {
            if (@out && $out[-1]{kind} eq 'verbatim' && !$out[-1]{closed}) {
                $out[-1]{text} .= join("\n", '', @blank, '') . $p;
            } else {
                push @out, { kind => 'verbatim', text => $p, line => $start };
            }
            return;
        } else {
            push @out, { kind => 'ordinary', text => $p, line => $start };
        }
        $out[-1]{closed} = 1;
    };
    for my $i (0 .. $#lines) {
        my $l = $lines[$i];
        $l =~ s/\r\z//;
        if (!$in_pod) {
            next unless $l =~ /^=[a-zA-Z]/;
            $in_pod = 1;
            @blank = ();
        }
        if ($l =~ /^[ \t]*\z/) {
            if (@cur) { $flush->(); @blank = (); }
            push @blank, $l;
            next;
        }
        $start = $i + 1 unless @cur;
        push @cur, $l;
    }
    $flush->();
    delete $_->{closed} for @out;
    return @out;
}

# codes($text): the text as a list of plain strings and [ LETTER, [ children ] ].
sub codes {
    my ($text) = @_;
    my $pos = 0;
    return _codes(\$text, \$pos, 0);
}

# _codes(\$text, \$pos, $close): codes up to the closing bracket run of
# $close '>'s (0: to the end); a run of two or more must follow whitespace.
sub _codes {
    my ($t, $pos, $close) = @_;
    my @out;
    my $plain = '';
    my $end = $close > 1 ? qr/\G(\s+)>{$close}/ : qr/\G>/;
    while ($$pos < length $$t) {
        pos($$t) = $$pos;
        if ($close && $$t =~ /$end/gc) {
            $$pos = pos $$t;
            push @out, $plain if length $plain;
            return \@out;
        }
        pos($$t) = $$pos;
        if ($$t =~ /\G([A-Z])(<<+)\s+/gc || $$t =~ /\G([A-Z])(<)/gc) {
            my ($letter, $n) = ($1, length $2);
            push @out, $plain if length $plain;
            $plain = '';
            $$pos = pos $$t;
            push @out, [ $letter, _codes($t, $pos, $n) ];
            next;
        }
        $plain .= substr($$t, $$pos, 1);
        $$pos++;
    }
    push @out, $plain if length $plain;
    return \@out;
}

# The Latin-1 entity names, from 160 to 255 (HTML 4).
my @LATIN1 = qw(nbsp iexcl cent pound curren yen brvbar sect uml copy ordf laquo
  not shy reg macr deg plusmn sup2 sup3 acute micro para middot cedil sup1 ordm
  raquo frac14 frac12 frac34 iquest Agrave Aacute Acirc Atilde Auml Aring AElig
  Ccedil Egrave Eacute Ecirc Euml Igrave Iacute Icirc Iuml ETH Ntilde Ograve
  Oacute Ocirc Otilde Ouml times Oslash Ugrave Uacute Ucirc Uuml Yacute THORN
  szlig agrave aacute acirc atilde auml aring aelig ccedil egrave eacute ecirc
  euml igrave iacute icirc iuml eth ntilde ograve oacute ocirc otilde ouml divide
  oslash ugrave uacute ucirc uuml yacute thorn yuml);
my %ENTITY = (lt => 60, gt => 62, amp => 38, quot => 34, apos => 39, sol => 47, verbar => 124);
$ENTITY{ $LATIN1[$_] } = 160 + $_ for 0 .. $#LATIN1;

# escape($name): the code point of E<name>, or undef when it is unknown.
sub escape {
    my ($name) = @_;
    $name =~ s/^\s+|\s+\z//g;
    return hex $1 if $name =~ /^0x([0-9a-fA-F]+)\z/;
    return oct $name if $name =~ /^0[0-7]+\z/;
    return $name + 0 if $name =~ /^\d+\z/;
    return $ENTITY{$name};
}

1;
