/**
 * Finding ` ```terminal ` fences in Markdown the way the guide site's hook
 * does: an opening fence of three or more backticks at column 0 whose info
 * word is `terminal`, closed by a line of the same fence at column 0.
 */
export interface Fence {
  info: string;
  /** Line number (1-based) of the first content line. */
  line: number;
  body: string;
  /** Index among fences of the same info word (1-based). */
  index: number;
}

export function findFences(markdown: string, infoWord: string): Fence[] {
  const lines = markdown.split('\n');
  const out: Fence[] = [];
  let i = 0;
  while (i < lines.length) {
    const m = /^(`{3,})([\w-]*)\s*$/.exec(lines[i]!);
    if (!m) {
      i++;
      continue;
    }
    const fence = m[1]!;
    const info = m[2]!;
    let j = i + 1;
    while (j < lines.length && lines[j] !== fence) j++;
    if (info === infoWord) {
      out.push({ info, line: i + 2, body: lines.slice(i + 1, j).join('\n'), index: out.length + 1 });
    }
    i = j + 1;
  }
  return out;
}
