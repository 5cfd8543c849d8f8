/** fnmatch(3) without flags: * ? [...] [!...] and backslash escapes; an iterative matcher (no backtracking blowup). */
export function globMatch(pat: string, s: string): boolean {
  let p = 0, i = 0, starP = -1, starI = 0;
  const classAt = (pp: number, ch: string): [boolean, number] | null => {
    let j = pp + 1;
    let neg = false;
    if (pat[j] === '!' || pat[j] === '^') { neg = true; j++; }
    let ok = false;
    let first = true;
    while (j < pat.length && (pat[j] !== ']' || first)) {
      first = false;
      const cls = /^\[:(\w+):\]/.exec(pat.slice(j));
      if (cls) {
        const re: Record<string, RegExp> = { alpha: /[A-Za-z]/, digit: /\d/, alnum: /[A-Za-z0-9]/, upper: /[A-Z]/, lower: /[a-z]/, space: /\s/, punct: /[!-\/:-@[-`{-~]/, xdigit: /[0-9A-Fa-f]/ };
        if (re[cls[1]!]?.test(ch)) ok = true;
        j += cls[0].length;
        continue;
      }
      let lo = pat[j]!;
      if (lo === '\\' && j + 1 < pat.length) lo = pat[++j]!;
      if (pat[j + 1] === '-' && pat[j + 2] !== undefined && pat[j + 2] !== ']') {
        const hi = pat[j + 2]!;
        if (ch >= lo && ch <= hi) ok = true;
        j += 3;
      } else { if (ch === lo) ok = true; j++; }
    }
    if (j >= pat.length) return null;
    return [ok !== neg, j + 1];
  };
  while (i < s.length) {
    const c = pat[p];
    if (c === '*') { starP = p++; starI = i; continue; }
    if (c === '?') { p++; i++; continue; }
    if (c === '[') {
      const r = classAt(p, s[i]!);
      if (r && r[0]) { p = r[1]; i++; continue; }
      if (!r && s[i] === '[') { p++; i++; continue; }
    } else if (c !== undefined) {
      let lit = c;
      let adv = 1;
      if (c === '\\' && p + 1 < pat.length) { lit = pat[p + 1]!; adv = 2; }
      if (lit === s[i]) { p += adv; i++; continue; }
    }
    if (starP >= 0) { p = starP + 1; i = ++starI; continue; }
    return false;
  }
  while (pat[p] === '*') p++;
  return p === pat.length;
}
