use strict;
use warnings;
use File::Find;
use File::Path qw(make_path remove_tree);
make_path('site/css', 'site/js/lib', 'site/img');
for my $f (qw(site/index.html site/about.html site/css/main.css site/js/app.js site/js/lib/x.min.js site/img/logo.png)) {
    open my $h, '>', $f or die; print $h '#' x (length $f); close $h;
}
my (@dirs, @html, %ext, $bytes);
find(sub {
    push @dirs, $File::Find::name if -d && $_ ne '.';
    push @html, $File::Find::name if -f && /\.html$/;
    $ext{$1}++ if -f && /\.(\w+)$/;
    $bytes += -s if -f;
}, 'site');
print "dirs: @{[ sort @dirs ]}\n";
print "html: @{[ sort @html ]}\n";
print "ext: ", join(', ', map { "$_=$ext{$_}" } sort keys %ext), "\n";
print "bytes: $bytes\n";
my @big = ();
find({ wanted => sub { push @big, $_ if -f $_ && -s _ > 20 }, no_chdir => 1 }, 'site');
print "big: @{[ sort @big ]}\n";
my @newest;
find(sub { return unless -f; push @newest, [$File::Find::name, -M _] }, 'site');
print "ages defined: ", (scalar(grep { defined $_->[1] } @newest) == @newest ? 1 : 0), "\n";
remove_tree('site');
