use Test::More;
ok(eq_array([1, 2], [1, 2]), 'eq_array');
ok(!eq_array([1, 2], [2, 1]), 'eq_array order');
ok(eq_hash({a => 1}, {a => 1}), 'eq_hash');
ok(eq_set([1, 2, 3], [3, 1, 2]), 'eq_set');
ok(!eq_set([1, 2], [1, 3]), 'eq_set differs');
done_testing;
