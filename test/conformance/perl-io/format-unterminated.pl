our $v = 1;
format STDOUT =
@<<<
$v
still inside
