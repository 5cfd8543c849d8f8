/** Turning syntax back into text: job listings, signal reports, `type`/`declare -f`. */
import type { Command, List, ParamExp, ParamOp, Redir, Word, WordPart } from './parse/ast.ts';

function opText(op: ParamOp): string {
  switch (op.k) {
    case 'default': return (op.colon ? ':' : '') + op.kind + wordText(op.arg);
    case 'trim': return op.side + (op.longest ? op.side : '') + wordText(op.pat);
    case 'subst': return '/' + (op.all ? '/' : op.anchor) + wordText(op.pat) + (op.rep ? '/' + wordText(op.rep) : '');
    case 'slice': return ':' + wordText(op.offset) + (op.length ? ':' + wordText(op.length) : '');
    case 'case': return (op.upper ? '^' : ',').repeat(op.all ? 2 : 1) + (op.pat ? wordText(op.pat) : '');
    case 'transform': return '@' + op.op;
  }
}

function paramText(p: ParamExp): string {
  if (p.op?.k === 'transform' && p.op.op.startsWith('bad:')) return p.op.op.slice(4);
  if (!p.op && !p.index && !p.length && !p.indirect && !p.prefixList && /^([A-Za-z_][A-Za-z0-9_]*|[0-9]|[@*#?$!0-])$/.test(p.name)) return '$' + p.name;
  return '${' + (p.length ? '#' : '') + (p.indirect ? '!' : '') + p.name + (p.index ? `[${wordText(p.index)}]` : '') + (p.prefixList ?? '') + (p.op ? opText(p.op) : '') + '}';
}

function partText(p: WordPart): string {
  switch (p.t) {
    case 'lit': return p.v;
    case 'sq': return /[\x00-\x1f]/.test(p.v) ? `$'${p.v.replace(/\n/g, '\\n').replace(/\t/g, '\\t')}'` : `'${p.v}'`;
    case 'esc': return '\\' + p.v;
    case 'dq': return '"' + p.parts.map(partText).join('') + '"';
    case 'tilde': return '~' + p.user;
    case 'param': return paramText(p.p);
    case 'cmd': return p.bq ? '`' + p.src + '`' : '$(' + p.src + ')';
    case 'arith': return '$((' + wordText(p.expr) + '))';
    case 'procsub': return p.dir + '(' + listText(p.body) + ')';
  }
}

export function wordText(w: Word): string {
  return w.parts.map(partText).join('');
}

function redirText(r: Redir): string {
  const fd = r.fdVar ? `{${r.fdVar}}` : r.fd === null ? '' : String(r.fd);
  return `${fd}${r.op} ${wordText(r.target)}`.replace(/([<>&|-]) (?=[0-9-]$)/, (m, a: string) => (r.op.endsWith('&') ? a : m));
}

export function listText(l: List): string {
  return l.items.map((it, i) => cmdText(it.cmd) + (it.async ? ' &' : i < l.items.length - 1 ? '; ' : '')).join(it0(l));
}

function it0(l: List): string {
  return l.items.some((x) => x.async) ? ' ' : '';
}

/** A one-line rendering of a command, close to bash's own. */
export function cmdText(c: Command): string {
  switch (c.t) {
    case 'simple':
      return [...c.assigns.map((a) => `${a.name}${a.append ? '+' : ''}=${a.value ? wordText(a.value) : '(' + (a.array ?? []).map((e) => wordText(e.value)).join(' ') + ')'}`),
        ...c.words.map(wordText), ...c.redirs.map(redirText)].join(' ');
    case 'pipeline':
      return (c.bang ? '! ' : '') + c.cmds.map(cmdText).map((t, i) => (i ? (c.pipeStderr[i - 1] ? ' |& ' : ' | ') : '') + t).join('');
    case 'andor':
      return cmdText(c.first) + c.rest.map((r) => ` ${r.op} ${cmdText(r.cmd)}`).join('');
    case 'list':
      return listText(c);
    case 'func':
      return `${c.name} () ${cmdText(c.body)}`;
    case 'subshell': return `( ${listText(c.body)} )`;
    case 'group': return `{ ${listText(c.body)}; }`;
    case 'if': return `if ${listText(c.clauses[0]!.cond)}; then ${listText(c.clauses[0]!.body)}; fi`;
    case 'while': return `${c.until ? 'until' : 'while'} ${listText(c.cond)}; do ${listText(c.body)}; done`;
    case 'for': return `for ${c.name}${c.words ? ' in ' + c.words.map(wordText).join(' ') : ''}; do ${listText(c.body)}; done`;
    case 'arithfor': return `for ((${wordText(c.init)}; ${wordText(c.cond)}; ${wordText(c.step)})); do ${listText(c.body)}; done`;
    case 'select': return `select ${c.name}; do ${listText(c.body)}; done`;
    case 'case': return `case ${wordText(c.word)} in ... esac`;
    case 'cond': return '[[ ... ]]';
    case 'arith': return `(( ${wordText(c.expr)} ))`;
  }
}
