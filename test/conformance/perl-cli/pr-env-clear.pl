# Emptying %ENV leaves children with no environment; a new key alone passes.
%ENV = (ONLY => 1);
exec 'env';
