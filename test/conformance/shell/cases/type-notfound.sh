type nosuch
