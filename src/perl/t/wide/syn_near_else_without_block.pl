if ($x) { print 1 } else print 2;
