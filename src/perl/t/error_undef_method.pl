my $obj;
$obj->method;
