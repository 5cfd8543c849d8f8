use File::Spec::Functions qw(catfile catdir canonpath rel2abs abs2rel splitdir curdir no_upwards file_name_is_absolute);
print catfile('x', 'y'), ' ', catdir('p', 'q'), ' ', canonpath('a//b/'), "\n";
print rel2abs('f', '/r'), ' ', abs2rel('/r/s/t', '/r'), ' ', join(',', splitdir('a/b')), ' ', curdir(), "\n";
