/**
 * Rewriting a scenario file's step outputs in place: only the output
 * scalars change; comments, key order, quoting and line folding of
 * everything else stay byte for byte as the author wrote them.
 */
import { isScalar, parseDocument } from 'yaml';

/** A YAML scalar for `value` at `indent` (its key's indentation + 2): a `|-` block for clean multi-line text, else a double-quoted string. */
export function renderScalar(value: string, indent: number): string {
  const lines = value.split('\n');
  const blockable = lines.length > 1 && !/^\t/.test(value) && !/[\x00-\x08\x0b-\x1f\x7f]/.test(value) &&
    lines.every((l) => !/[ \t]$/.test(l)) && !value.endsWith('\n');
  if (!blockable) return JSON.stringify(value);
  // A first line that starts with spaces needs the indentation indicator (the content sits 2 deeper than its key).
  return `|${value.startsWith(' ') ? '2' : ''}-\n` + lines.map((l) => (l ? ' '.repeat(indent) + l : '')).join('\n');
}

/**
 * Replace the `output` of the given steps (0-based index → text) in a
 * scenario's YAML text. A step without an output key gets one after its
 * command. Throws if the text is not a scenario with a `steps` list.
 */
export function setOutputs(text: string, outputs: Map<number, string>): string {
  const doc = parseDocument(text);
  const edits: Array<{ from: number; to: number; text: string }> = [];
  for (const [i, value] of outputs) {
    const step = doc.getIn(['steps', i], true) as { range?: number[] } | undefined;
    const node = doc.getIn(['steps', i, 'output'], true);
    const command = doc.getIn(['steps', i, 'command'], true);
    if (!step?.range || !isScalar(command) || !command.range) throw new Error(`step ${i + 1} has no command`);
    const lineStart = text.lastIndexOf('\n', command.range[0]) + 1;
    const keyIndent = /^\s*(?:-\s+)?/.exec(text.slice(lineStart))![0].length;
    if (isScalar(node) && node.range) {
      const [from, to] = [node.range[0], node.range[1]];
      const trailing = /\n*$/.exec(text.slice(from, to))![0];
      edits.push({ from, to, text: renderScalar(value, keyIndent + 2) + trailing });
    } else {
      const end = text.indexOf('\n', command.range[1] - 1);
      const at = end < 0 ? text.length : end;
      edits.push({ from: at, to: at, text: `\n${' '.repeat(keyIndent)}output: ${renderScalar(value, keyIndent + 2)}` });
    }
  }
  let out = text;
  for (const e of edits.sort((a, b) => b.from - a.from)) out = out.slice(0, e.from) + e.text + out.slice(e.to);
  return out;
}
