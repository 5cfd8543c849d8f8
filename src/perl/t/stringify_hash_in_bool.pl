my %h;
print %h ? "nonempty\n" : "empty\n";
$h{x} = 1;
print %h ? "nonempty\n" : "empty\n";
print scalar(%h), "\n";
