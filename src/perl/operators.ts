/**
 * Binary and unary operator ids (operands of BINOP/OPASSIGN/UNOP) with the
 * descriptions perl uses in warnings ("in addition (+)").
 */
export const BINOPS = [
  ['+', 'addition (+)'], ['-', 'subtraction (-)'], ['*', 'multiplication (*)'], ['/', 'division (/)'],
  ['%', 'modulus (%)'], ['**', 'exponentiation (**)'], ['.', 'concatenation (.) or string'], ['x', 'repeat (x)'],
  ['==', 'numeric eq (==)'], ['!=', 'numeric ne (!=)'], ['<', 'numeric lt (<)'], ['>', 'numeric gt (>)'],
  ['<=', 'numeric le (<=)'], ['>=', 'numeric ge (>=)'], ['<=>', 'numeric comparison (<=>)'],
  ['eq', 'string eq'], ['ne', 'string ne'], ['lt', 'string lt'], ['gt', 'string gt'], ['le', 'string le'],
  ['ge', 'string ge'], ['cmp', 'string comparison (cmp)'], ['&', 'bitwise and (&)'], ['|', 'bitwise or (|)'],
  ['^', 'bitwise xor (^)'], ['<<', 'left bitshift (<<)'], ['>>', 'right bitshift (>>)'], ['xor', 'logical xor'],
  ['isa', 'isa'],
  ['i+', 'integer addition (+)'], ['i-', 'integer subtraction (-)'], ['i*', 'integer multiplication (*)'],
  ['i/', 'integer division (/)'], ['i%', 'integer modulus (%)'], ['i<', 'integer lt (<)'], ['i>', 'integer gt (>)'],
  ['i<=', 'integer le (<=)'], ['i>=', 'integer ge (>=)'], ['i==', 'integer eq (==)'], ['i!=', 'integer ne (!=)'],
  ['i<=>', 'integer comparison (<=>)'], ['i&', 'bitwise and (&)'], ['i|', 'bitwise or (|)'], ['i^', 'bitwise xor (^)'],
  ['i<<', 'left bitshift (<<)'], ['i>>', 'right bitshift (>>)'],
] as const;

export const BINOP_ID = new Map<string, number>(BINOPS.map(([op], i) => [op, i]));

export const UNOPS = [['neg', 'negation (-)'], ['!', 'not'], ['~', '1\'s complement (~)']] as const;
export const UNOP_ID = new Map<string, number>(UNOPS.map(([op], i) => [op, i]));

/** INCDEC operand. */
export const INC = { PRE_INC: 0, PRE_DEC: 1, POST_INC: 2, POST_DEC: 3 } as const;

/** Context of an expression: what its value is wanted as. */
export const CX = { VOID: 0, SCALAR: 1, LIST: 2 } as const;
export type Cx = 0 | 1 | 2;
