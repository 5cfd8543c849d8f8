/** chmod(1) mode expressions: octal, or symbolic clauses like "u+x,go-w,a=r". */

/**
 * Apply `expr` to `cur` (the file's current permission bits). `umask` limits
 * clauses without a who ("+x" honours the umask, as chmod does). `isDir`
 * decides X. Returns the new mode, or null when `expr` is invalid.
 */
export function parseMode(expr: string, cur: number, umask: number, isDir: boolean): number | null {
  if (/^[0-7]+$/.test(expr)) {
    const v = parseInt(expr, 8);
    if (v > 0o7777) return null;
    return expr.length < 5 && isDir ? (v | (cur & 0o6000 & (expr.length <= 3 ? 0o6000 : 0))) : v;
  }
  let mode = cur & 0o7777;
  for (const clause of expr.split(',')) {
    const m = /^([ugoa]*)((?:[-+=](?:[rwxXst]*|[ugo]))+)$/.exec(clause);
    if (!m) return null;
    const who = m[1]!;
    let mask = 0;
    if (who === '') mask = 0o7777;
    for (const w of who) mask |= w === 'u' ? 0o4700 : w === 'g' ? 0o2070 : w === 'o' ? 0o1007 : 0o7777;
    const ops = m[2]!.match(/[-+=][ugo]|[-+=][rwxXst]*/g)!;
    for (const op of ops) {
      const o = op[0]!;
      const perms = op.slice(1);
      let bits = 0;
      if (/^[ugo]$/.test(perms)) {
        const src = perms === 'u' ? (mode >> 6) & 7 : perms === 'g' ? (mode >> 3) & 7 : mode & 7;
        bits = src * 0o111;
      } else {
        for (const p of perms) {
          if (p === 'r') bits |= 0o444;
          else if (p === 'w') bits |= 0o222;
          else if (p === 'x') bits |= 0o111;
          else if (p === 'X') { if (isDir || mode & 0o111) bits |= 0o111; }
          else if (p === 's') bits |= 0o6000;
          else if (p === 't') bits |= 0o1000;
        }
      }
      let eff = bits & mask;
      if (who === '') eff &= ~umask;
      if (o === '+') mode |= eff;
      else if (o === '-') mode &= ~eff;
      else {
        const clear = who === '' ? 0o777 : mask & 0o777;
        mode = (mode & ~clear) | eff;
      }
    }
  }
  return mode;
}
