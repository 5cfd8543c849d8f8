/** Function bodies printed the way bash's `declare -f` and `type` lay them out. */
import type { Command, CompoundCommand, CondExpr, FuncDef, List, Redir } from '../parse/ast.ts';
import { wordText } from '../print.ts';

const IND = '    ';

function redirs(rs: Redir[]): string {
  return rs.map((r) => {
    let fd = r.fdVar ? `{${r.fdVar}}` : r.fd === null ? '' : String(r.fd);
    if (fd === '' && (r.op === '>&' || r.op === '>' || r.op === '>>' || r.op === '>|')) fd = r.op === '>&' ? '1' : '';
    if (r.heredoc) return ` ${fd}${r.op}${r.heredoc.quoted ? `'${r.heredoc.delim ?? ''}'` : r.heredoc.delim ?? wordText(r.target)}`;
    const sep = r.op.endsWith('&') ? '' : ' ';
    return ` ${fd}${r.op}${sep}${wordText(r.target)}`;
  }).join('');
}

/** The lines after a command that has here-documents: each body, its delimiter, and a blank line. */
function heredocTail(c: Command): string[] {
  if (c.t !== 'simple') return [];
  const out: string[] = [];
  for (const r of c.redirs) {
    if (!r.heredoc) continue;
    const body = r.heredoc.text ?? '';
    if (body) out.push(...body.replace(/\n$/, '').split('\n'));
    out.push(r.heredoc.delim ?? '', '');
  }
  return out;
}

/** Lines of a list at an indentation; each command gets ';' except the last; `a & b` share a line. */
function listLines(l: List, ind: string, termLast = false): string[] {
  const out: string[] = [];
  let joinNext = false;
  l.items.forEach((it, i) => {
    const lines = cmdLines(it.cmd, joinNext ? '' : ind);
    const tail = heredocTail(it.cmd);
    const last = i === l.items.length - 1;
    const term = it.async ? ' &' : tail.length ? '' : last && !termLast ? '' : ';';
    lines[lines.length - 1] += term;
    if (joinNext) out[out.length - 1] += ' ' + lines.shift();
    out.push(...lines, ...tail);
    joinNext = it.async && !last && tail.length === 0;
  });
  return out;
}

function simpleText(c: Command): string {
  switch (c.t) {
    case 'simple':
      return [...c.assigns.map((a) => `${a.name}${a.append ? '+' : ''}=${a.value ? wordText(a.value) : '(' + (a.array ?? []).map((e) => (e.key ? `[${wordText(e.key)}]=` : '') + wordText(e.value)).join(' ') + ')'}`),
        ...c.words.map(wordText)].join(' ') + redirs(c.redirs);
    case 'pipeline':
      return (c.bang ? '! ' : '') + c.cmds.map((x) => cmdLines(x, '').join('\n')).join(' | ');
    case 'andor':
      return simpleText(c.first) + c.rest.map((r) => ` ${r.op} ${cmdLines(r.cmd, '').join('\n')}`).join('');
    default:
      return cmdLines(c, '').join('\n');
  }
}

function cmdLines(c: Command, ind: string): string[] {
  if (c.t === 'simple' || c.t === 'pipeline' || c.t === 'andor') return [ind + simpleText(c)];
  if (c.t === 'list') return listLines(c, ind);
  if (c.t === 'func') return funcLines(c, ind);
  return compoundLines(c, ind);
}

function compoundLines(c: CompoundCommand, ind: string): string[] {
  const inner = ind + IND;
  const r = redirs(c.redirs);
  switch (c.t) {
    case 'group': return [`${ind}{ `, ...listLines(c.body, inner), `${ind}}${r}`];
    case 'subshell': return [`${ind}( ${listLines(c.body, '').join('; ')} )${r}`];
    case 'if': return ifLines(c.clauses, c.else, ind, r);
    case 'while':
      return [`${ind}${c.until ? 'until' : 'while'} ${listLines(c.cond, '').join(' ')}; do`, ...listLines(c.body, inner, true), `${ind}done${r}`];
    case 'for':
      return [`${ind}for ${c.name}${c.words ? ' in ' + c.words.map(wordText).join(' ') : ''};`, `${ind}do`, ...listLines(c.body, inner, true), `${ind}done${r}`];
    case 'select':
      return [`${ind}select ${c.name}${c.words ? ' in ' + c.words.map(wordText).join(' ') : ''};`, `${ind}do`, ...listLines(c.body, inner, true), `${ind}done${r}`];
    case 'arithfor':
      return [`${ind}for ((${wordText(c.init)}; ${wordText(c.cond)}; ${wordText(c.step)}))`, `${ind}do`, ...listLines(c.body, inner, true), `${ind}done${r}`];
    case 'case': {
      const out = [`${ind}case ${wordText(c.word)} in `];
      for (const it of c.items) {
        out.push(`${inner}${it.patterns.map(wordText).join(' | ')})`);
        out.push(...listLines(it.body, inner + IND));
        out.push(`${inner}${it.term}`);
      }
      out.push(`${ind}esac${r}`);
      return out;
    }
    case 'cond': return [`${ind}[[ ${condText(c.expr)} ]]${r}`];
    case 'arith': return [`${ind}(( ${wordText(c.expr).trim()} ))${r}`];
  }
}

/** A [[ ]] expression as bash prints it. */
export function condText(e: CondExpr): string {
  switch (e.k) {
    case 'and': return `${condText(e.l)} && ${condText(e.r)}`;
    case 'or': return `${condText(e.l)} || ${condText(e.r)}`;
    case 'not': return `! ${condText(e.e)}`;
    case 'unary': return `${e.op} ${wordText(e.arg)}`;
    case 'binary': return `${wordText(e.left)} ${e.op} ${wordText(e.right)}`;
    case 'word': return wordText(e.w);
  }
}

/** One command as BASH_COMMAND shows it (declare -f's layout, on one line). */
export function commandText(c: Command): string {
  return cmdLines(c, '').join('\n');
}

/** if/elif/else: bash prints each elif as an if nested in the else part. */
function ifLines(clauses: { cond: List; body: List }[], els: List | null, ind: string, r: string): string[] {
  const [first, ...more] = clauses;
  const inner = ind + IND;
  const out = [`${ind}if ${listLines(first!.cond, '').join(' ')}; then`, ...listLines(first!.body, inner, true)];
  if (more.length) {
    const nested = ifLines(more, els, inner, '');
    nested[nested.length - 1] += ';';
    out.push(`${ind}else`, ...nested);
  } else if (els) out.push(`${ind}else`, ...listLines(els, inner, true));
  out.push(`${ind}fi${r}`);
  return out;
}

function funcLines(f: FuncDef, ind: string): string[] {
  const body = f.body.t === 'group'
    ? [`${ind}{ `, ...listLines(f.body.body, ind + IND), `${ind}}${redirs(f.body.redirs)}`]
    : [`${ind}{ `, ...compoundLines(f.body, ind + IND), `${ind}}`];
  return [`${ind}${f.name} () `, ...body];
}

/** The full text of a function definition as `declare -f` prints it. */
export function cmdFuncText(f: FuncDef): string {
  return funcLines(f, '').join('\n');
}
