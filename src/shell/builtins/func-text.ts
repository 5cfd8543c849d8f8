/** Function bodies printed the way bash's `declare -f` and `type` lay them out. */
import type { Command, CompoundCommand, FuncDef, List, Redir } from '../parse/ast.ts';
import { wordText } from '../print.ts';

const IND = '    ';

function redirs(rs: Redir[]): string {
  return rs.map((r) => {
    let fd = r.fdVar ? `{${r.fdVar}}` : r.fd === null ? '' : String(r.fd);
    if (fd === '' && (r.op === '>&' || r.op === '>' || r.op === '>>' || r.op === '>|')) fd = r.op === '>&' ? '1' : '';
    const target = r.heredoc ? wordText(r.target) : wordText(r.target);
    const sep = r.op.endsWith('&') ? '' : ' ';
    return ` ${fd}${r.op}${sep}${target}`;
  }).join('');
}

/** Lines of a list at an indentation; each command gets ';' except the last. */
function listLines(l: List, ind: string, termLast = false): string[] {
  const out: string[] = [];
  l.items.forEach((it, i) => {
    const lines = cmdLines(it.cmd, ind);
    const last = i === l.items.length - 1;
    const term = it.async ? ' &' : last && !termLast ? '' : ';';
    lines[lines.length - 1] += term;
    out.push(...lines);
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
    case 'if': {
      const out: string[] = [];
      c.clauses.forEach((cl, i) => {
        out.push(`${ind}${i ? 'elif' : 'if'} ${listLines(cl.cond, '').join(' ')}; then`, ...listLines(cl.body, inner, true));
      });
      if (c.else) out.push(`${ind}else`, ...listLines(c.else, inner, true));
      out.push(`${ind}fi${r}`);
      return out;
    }
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
    case 'cond': return [`${ind}[[ ... ]]${r}`];
    case 'arith': return [`${ind}(( ${wordText(c.expr)} ))${r}`];
  }
}

function funcLines(f: FuncDef, ind: string): string[] {
  const body = f.body.t === 'group'
    ? [`${ind}{ `, ...listLines(f.body.body, ind + IND), `${ind}}${redirs(f.body.redirs)}`]
    : compoundLines(f.body, ind);
  return [`${ind}${f.name} () `, ...body];
}

/** The full text of a function definition as `declare -f` prints it. */
export function cmdFuncText(f: FuncDef): string {
  return funcLines(f, '').join('\n');
}
