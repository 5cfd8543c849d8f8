package E;
use overload '""' => sub { "E object: $_[0]{m}\n" }, fallback => 1;
package main;
die bless { m => "boom" }, 'E';
