package Pod::Text;
# POD to plain text, laid out as Pod::Text 4.14 lays it out: headings at
# the left margin, paragraphs filled to the width and indented, verbatim
# blocks kept, =over/=item lists with their tags, formatting codes turned
# into plain text (perlpodspec).
use strict;
use warnings;
use Pod::Text::Parser ();

our $VERSION = '4.14';
use Exporter ();
our @ISA = ('Exporter');
our @EXPORT = qw(pod2text);

my $NBSP = "\x00";

# new(%options): width (76), indent (4), margin (0), loose, sentence, alt,
# quotes ('"'), nourls, utf8.
sub new {
    my ($class, %o) = @_;
    my $self = bless {
        opt_width => $o{width} // 76, opt_indent => $o{indent} // 4,
        opt_margin => $o{margin} // $o{left_margin} // 0,
        opt_loose => $o{loose} // 0, opt_sentence => $o{sentence} // 0,
        opt_alt => $o{alt} // 0, opt_nourls => $o{nourls} // 0, opt_utf8 => $o{utf8} // 0,
        errors => $o{errors} // 'pod',
    }, $class;
    my $q = $o{quotes} // '"';
    if ($q eq 'none') { @$self{qw(LQUOTE RQUOTE)} = ('', ''); }
    elsif (length $q == 1) { @$self{qw(LQUOTE RQUOTE)} = ($q, $q); }
    elsif (length($q) % 2 == 0) { my $h = length($q) / 2; @$self{qw(LQUOTE RQUOTE)} = (substr($q, 0, $h), substr($q, $h)); }
    else { die "Invalid quote specification \"$q\"\n"; }
    return $self;
}

# output_fh($fh): where the text goes (default STDOUT).
sub output_fh { my ($self, $fh) = @_; $self->{output_fh} = $fh if @_ > 1; return $self->{output_fh}; }

# output_string(\$s): collect the text in $s instead.
sub output_string {
    my ($self, $ref) = @_;
    $$ref = '' unless defined $$ref;
    $self->{output_string} = $ref;
    return $ref;
}

# content_seen: true once a parsed document held any POD.
sub content_seen { return $_[0]{content_seen} }

# parse_from_file($in, $out): $in a path, '-' or a handle (STDIN by default);
# $out a path or a handle (STDOUT by default).
sub parse_from_file {
    my ($self, $in, $out) = @_;
    if (defined $out && !ref $out && $out ne '-') {
        open my $fh, '>', $out or die "$0: cannot open $out: $!\n";
        $self->{output_fh} = $fh;
    } elsif (ref $out) {
        $self->{output_fh} = $out;
    }
    $self->parse_file(defined $in ? $in : \*STDIN);
    close $self->{output_fh} if defined $out && !ref $out && $out ne '-';
    return $self;
}

# parse_file($path_or_handle): read a whole document and write its text.
sub parse_file {
    my ($self, $in) = @_;
    my $text;
    if (ref $in) {
        local $/;
        $text = readline $in;
    } else {
        my $fh;
        if ($in eq '-') { $fh = \*STDIN; }
        else { open $fh, '<', $in or die "$0: cannot open $in: $!\n"; }
        local $/;
        $text = <$fh>;
    }
    $self->{source_name} = ref $in ? 'STDIN' : $in;
    return $self->parse_string_document(defined $text ? $text : '');
}

# parse_from_filehandle($in, $out): parse_from_file with handles.
sub parse_from_filehandle { my $self = shift; return $self->parse_from_file(@_); }

# parse_lines(@lines): the document as lines (each ending in a newline or
# not); undef ends it and formats what came.
sub parse_lines {
    my ($self, @lines) = @_;
    for my $l (@lines) {
        if (defined $l) { $self->{LINES} .= $l =~ /\n\z/ ? $l : "$l\n"; next; }
        $self->parse_string_document(delete $self->{LINES} // '');
    }
    return $self;
}

# parse_string_document($text): format a document held in a string.
sub parse_string_document {
    my ($self, $text) = @_;
    $self->{output_fh} ||= \*STDOUT;
    $self->_start($text);
    my @paras = Pod::Text::Parser::paragraphs($text);
    @paras = $self->{para_filter}->(@paras) if $self->{para_filter};
    $self->{content_seen} = @paras ? 1 : 0;
    $self->_paragraph($_) for @paras;
    $self->_close_lists('end');
    $self->_errata if @{ $self->{ERRORS} } && $self->{errors} eq 'pod';
    die "POD document had syntax errors\n" if @{ $self->{ERRORS} } && $self->{errors} eq 'die';
    return $self;
}

sub _start {
    my ($self, $text) = @_;
    $self->{MARGIN} = $self->{opt_indent} + $self->{opt_margin};
    $self->{INDENTS} = [];
    $self->{LISTS} = [];
    $self->{ERRORS} = [];
    $self->{BEGIN} = [];
    delete $self->{ITEM};
    my $enc = $text =~ /^=encoding[ \t]+(\S+)/m ? lc $1 : ($text =~ /[\xC2-\xF4][\x80-\xBF]/ ? 'utf-8' : '');
    $self->{UTF8} = $enc =~ /^utf-?8$/ ? 1 : 0;
    utf8::decode($_[1]) if $self->{UTF8};
}

sub _error {
    my ($self, $line, $msg) = @_;
    push @{ $self->{ERRORS} }, [ $line, $msg ];
    warn "$self->{source_name} around line $line: $msg\n" if $self->{errors} =~ /^(?:die|stderr)\z/;
}

# Each heading level: its indent as a function of the indent option (the
# fraction is dropped by ' ' x N), and its marker in alt mode.
my %HEAD = (
    head1 => [ sub { 0 }, '====' ],
    head2 => [ sub { $_[0] / 2 }, '==  ' ],
    head3 => [ sub { $_[0] * 2 / 3 + 0.5 }, '=   ' ],
    head4 => [ sub { $_[0] * 3 / 4 + 0.5 }, '-   ' ],
);

sub _paragraph {
    my ($self, $p) = @_;
    $self->{LINE} = $p->{line};
    my $b = $self->{BEGIN};
    if ($p->{kind} eq 'command' && $p->{name} =~ /^(?:begin|end)\z/) { return $self->_begin_end($p); }
    if (@$b && !$b->[-1]{show}) { return; }
    if (@$b && $b->[-1]{raw}) { return $self->_data($p->{kind} eq 'command' ? "=$p->{name} $p->{text}" : $p->{text}); }
    if ($p->{kind} eq 'verbatim') { return $self->_verbatim($p->{text}); }
    if ($p->{kind} eq 'ordinary') { return $self->_para($self->_inline($p->{text})); }
    my ($name, $text, $line) = @$p{qw(name text line)};
    if (my $h = $HEAD{$name}) {
        $self->_close_lists($name, $line);
        return $self->_heading($self->_inline($text), $h->[0]->($self->{opt_indent}), $h->[1]);
    }
    return $self->_over($text, $line) if $name eq 'over';
    return $self->_back($line) if $name eq 'back';
    return $self->_item($text, $line) if $name eq 'item';
    if ($name eq 'for') {
        my ($target, $rest) = $text =~ /^(\S+)\s*(.*)\z/s ? ($1, $2) : ('', '');
        $self->_data($rest) if $target =~ /^text\z/i;
        $self->_para($self->_inline($rest)) if $target =~ /^:text\z/i && $rest =~ /\S/;
        return;
    }
    return if $name =~ /^(?:pod|encoding)\z/;
    $self->_error($line, "Unknown directive: =$name");
}

sub _begin_end {
    my ($self, $p) = @_;
    my ($target) = $p->{text} =~ /^(\S*)/;
    my $b = $self->{BEGIN};
    if ($p->{name} eq 'begin') {
        my $parent = !@$b || $b->[-1]{show};
        push @$b, { target => $target, show => ($parent && $target =~ /^:?text\z/i ? 1 : 0), raw => ($target =~ /^text\z/i ? 1 : 0) };
        return;
    }
    if (!@$b) { return $self->_error($p->{line}, "=end $target without matching =begin."); }
    pop @$b;
}

sub _data {
    my ($self, $text) = @_;
    $text =~ s/^\n+//;
    $text =~ s/\n{0,2}\z/\n/;
    $self->output($text);
}

# Formatting codes -------------------------------------------------------

sub _inline {
    my ($self, $text) = @_;
    return $self->_render(Pod::Text::Parser::codes($text));
}

sub _render {
    my ($self, $list) = @_;
    return join '', map { ref $_ ? $self->_code(@$_) : $_ } @$list;
}

sub _code {
    my ($self, $letter, $kids) = @_;
    return $self->_link($kids) if $letter eq 'L';
    my $t = $self->_render($kids);
    # Pod::Text 4.14 reads a key that is never set here, so B<> and F<> stay
    # plain even with alt.
    if ($letter eq 'B') { return $self->{alt} ? "``$t''" : $t; }
    if ($letter eq 'I') { return "*$t*"; }
    if ($letter eq 'F') { return $self->{alt} ? "\"$t\"" : $t; }
    if ($letter eq 'C') { return $self->_code_quote($t); }
    if ($letter eq 'S') { $t =~ s/\s/$NBSP/g; return $t; }
    if ($letter eq 'X' || $letter eq 'Z') { return ''; }
    if ($letter eq 'E') {
        my $n = Pod::Text::Parser::escape($t);
        unless (defined $n) { $self->_error($self->{LINE}, "Unknown E content in E<$t>"); return "E<$t>"; }
        return $NBSP if $n == 160;
        return '' if $n == 173;
        return chr $n;
    }
    return $t;
}

# C<> text is quoted unless it already reads as code: a quoted string, a
# variable, a one-argument call or a number.
sub _code_quote {
    my ($self, $t) = @_;
    my $index = qr/(?:\[.*\]|\{.*\})?/;
    return $t if $t =~ /^\s*(?:(['`"]).*\1|`.*'|\$+[#^]?\S$index|[\$\@%&*]+#?[:'\w]+$index|[\$\@%&*]*[:'\w]+(?:->)?\(\s*[^\s,]\s*\)|[+-]?(?:\d[\d.]*|\.\d+)(?:[eE][+-]?\d+)?|0x[a-fA-F\d]+)\s*\z/;
    return $self->{opt_alt} ? "``$t''" : "$self->{LQUOTE}$t$self->{RQUOTE}";
}

# L<text|name/section>, L<name/"section">, L<scheme:...>: the words a
# reader sees (perlpodspec "About L<...> Codes").
sub _link {
    my ($self, $kids) = @_;
    my $s = join '', map { ref $_ ? $self->_code(@$_) : do { (my $x = $_) =~ tr{|/"}{\x01\x02\x03}; $x } } @$kids;
    my $restore = sub { my $x = shift; $x =~ tr{\x01\x02\x03}{|/"}; $x };
    my $url = qr{^\w[\w.+-]*:[^:\s]\S*\z};
    return '<' . $restore->($s) . '>' if $restore->($s) =~ $url;
    my ($text, $target) = $s =~ /^([^\x01]*)\x01(.*)\z/s ? ($1, $2) : (undef, $s);
    $text = $restore->($text) if defined $text;
    my $flat = $restore->($target);
    if ($flat =~ $url) {
        return "<$flat>" if !defined $text || $text eq $flat;
        return $self->{opt_nourls} ? $text : "$text <$flat>";
    }
    return $text if defined $text;
    my ($name, $sec) = $target =~ /^([^\x02]*)\x02(.*)\z/s ? ($1, $2) : ($target, undef);
    ($name, $sec) = ('', $name) if !defined $sec && ($name =~ /^\x03.*\x03\z/s || $name =~ / /);
    return $restore->($name) unless defined $sec;
    $sec =~ s/^\x03(.*)\x03\z/$1/s;
    $sec = $restore->($sec);
    return length $name ? "\"$sec\" in " . $restore->($name) : "\"$sec\"";
}

# Layout -------------------------------------------------------------------

# wrap($text): $text filled to the width at the current margin, ending in a
# blank line.
sub wrap {
    my ($self, $text) = @_;
    my $out = '';
    my $spaces = ' ' x $self->{MARGIN};
    my $width = $self->{opt_width} - $self->{MARGIN};
    $width = 0 if $width < 0;
    while (length $text > $width) {
        if ($text =~ s/^([^\n]{0,$width})[ \t\n]+// || $text =~ s/^([^\n]{$width})//) {
            $out .= $spaces . $1 . "\n";
        } else {
            last;
        }
    }
    $out .= $spaces . $text;
    $out =~ s/\s+\z/\n\n/;
    return $out;
}

# reformat($text): whitespace squeezed, then wrap().
sub reformat {
    my ($self, $text) = @_;
    if ($self->{opt_sentence}) {
        $text =~ s/ +$//mg;
        $text =~ s/\.\n/. \n/g;
        $text =~ s/\n/ /g;
        $text =~ s/   +/  /g;
    } else {
        $text =~ s/[ \t\n]+/ /g;
    }
    return $self->wrap($text);
}

# output(@text): write text, with non-breaking spaces made plain.
sub output {
    my ($self, @text) = @_;
    my $text = join '', @text;
    $text =~ s/$NBSP/ /g;
    utf8::encode($text) if $self->{UTF8} || $self->{opt_utf8};
    if ($self->{output_string}) { ${ $self->{output_string} } .= $text; }
    else { print { $self->{output_fh} } $text; }
}

sub _para {
    my ($self, $text) = @_;
    $text =~ s/\s+\z/\n/;
    if (defined $self->{ITEM}) { $self->_item_out($text . "\n"); }
    else { $self->output($self->reformat($text . "\n")); }
}

sub _verbatim {
    my ($self, $text) = @_;
    $self->_item_out if defined $self->{ITEM};
    return if $text =~ /^\s*\z/;
    1 while $text =~ s/^([^\t\n]*)\t/$1 . (' ' x (8 - length($1) % 8))/me;
    my $m = ' ' x $self->{MARGIN};
    $text =~ s/^(\n*)([ \t]*\S+)/$1$m$2/gm;
    $text =~ s/\s*\z/\n\n/;
    $self->output($text);
}

sub _heading {
    my ($self, $text, $indent, $marker) = @_;
    $self->_item_out("\n\n") if defined $self->{ITEM};
    $text =~ s/\s+\z//;
    my $margin = ' ' x $self->{opt_margin};
    if ($self->{opt_alt}) {
        my $close = reverse $marker;
        return $self->output("\n$margin$marker $text $close\n\n");
    }
    $text .= "\n" if $self->{opt_loose};
    $self->output(' ' x ($self->{opt_margin} + $indent) . $text . "\n");
}

# Lists ---------------------------------------------------------------------

sub _over {
    my ($self, $arg, $line) = @_;
    $self->_item_out("\n\n") if defined $self->{ITEM};
    $arg = 4 if $arg =~ /^\s*\z/;
    my $indent = $arg =~ /^\s*[-+]?\d{1,4}\s*\z/ ? $arg + 0 : $self->{opt_indent};
    push @{ $self->{INDENTS} }, $self->{MARGIN};
    push @{ $self->{LISTS} }, { type => undef, line => $line };
    $self->{MARGIN} += $indent;
}

sub _back {
    my ($self, $line) = @_;
    unless (@{ $self->{LISTS} }) { return $self->_error($line, "=back without =over"); }
    $self->_item_out("\n\n") if defined $self->{ITEM};
    pop @{ $self->{LISTS} };
    $self->{MARGIN} = pop @{ $self->{INDENTS} };
}

sub _close_lists {
    my ($self, $what, $line) = @_;
    while (@{ $self->{LISTS} }) {
        if ($what eq 'end') { $self->_error($self->{LISTS}[-1]{line}, "=over without closing =back"); }
        else { $self->_error($line, "You forgot a '=back' before '=$what'"); }
        $self->_back($line);
    }
}

sub _item {
    my ($self, $text, $line) = @_;
    my $list = $self->{LISTS}[-1];
    unless ($list) {
        $self->_error($line, "'=item' outside of any '=over'");
        $self->_over('', $line);
        $list = $self->{LISTS}[-1];
    }
    $self->_item_out if defined $self->{ITEM};
    $list->{type} ||= $text =~ /^(?:\*(?:\s|\z)|\s*\z)/ ? 'bullet' : $text =~ /^\d+\.?\s*\z/ ? 'number' : 'text';
    my $tag;
    if ($list->{type} eq 'bullet') { $tag = '*'; $text =~ s/^\*\s*//; }
    elsif ($list->{type} eq 'number') { ($tag) = $text =~ /^(\d+\.?)/; $tag //= ''; $text =~ s/^\d+\.?\s*//; }
    else { $tag = $self->_inline($text); $tag =~ s/\s+\z//; $tag =~ s/\s*\n\s*/ /g; $text = ''; }
    $self->{ITEM} = $tag;
    $text = $self->_inline($text);
    $text =~ s/\s+\z//;
    if (length $text) { $text =~ s/\s*\z/\n/; $self->_item_out($text); }
}

# The pending item tag, set before $text or on a line of its own.
sub _item_out {
    my ($self, $text) = @_;
    my $tag = delete $self->{ITEM};
    my $indent = $self->{INDENTS}[-1] // $self->{opt_indent};
    my $margin = ' ' x $self->{opt_margin};
    my $fits = $self->{MARGIN} - $indent >= length($tag) + 1;
    if (!$text || $text =~ /^\s+\z/ || !$fits) {
        my $real = $self->{MARGIN};
        $self->{MARGIN} = $indent;
        my $out = $self->reformat($tag);
        $out =~ s/^$margin /$margin:/ if $self->{opt_alt} && $indent > 0;
        $out =~ s/\n*\z/\n/;
        $out .= "\n" if $text && $text =~ /^\s*\z/;
        $self->output($out);
        $self->{MARGIN} = $real;
        $self->output($self->reformat($text)) if $text && $text =~ /\S/;
    } else {
        my $space = ' ' x $indent;
        $space =~ s/^$margin /$margin:/ if $self->{opt_alt};
        $text = $self->reformat($text);
        $text =~ s/^$margin /$margin:/ if $self->{opt_alt} && $indent > 0;
        my $tagspace = ' ' x length $tag;
        $text =~ s/^($space)$tagspace/$1$tag/;
        $self->output($text);
    }
}

sub _errata {
    my ($self) = @_;
    my (@lines, %msgs);
    for my $e (@{ $self->{ERRORS} }) {
        push @lines, $e->[0] unless $msgs{ $e->[0] };
        push @{ $msgs{ $e->[0] } }, $e->[1];
    }
    $self->{MARGIN} = $self->{opt_indent} + $self->{opt_margin};
    $self->_heading('POD ERRORS', 0, '====');
    $self->_para("Hey! The above document had some coding errors, which are explained below:");
    $self->_over('', 0);
    for my $line (@lines) {
        $self->{LISTS}[-1]{type} = 'text';
        $self->{ITEM} = "Around line $line:";
        $self->_para($_) for @{ $msgs{$line} };
    }
    $self->_back(0);
}

# pod2text([options,] $in, $out): the old function interface.
sub pod2text {
    my @args = @_;
    my %o;
    while (@args && $args[0] =~ /^-(a|\d+)\z/) { shift @args; $1 eq 'a' ? ($o{alt} = 1) : ($o{width} = $1); }
    return Pod::Text->new(%o)->parse_from_file(@args);
}

1;
