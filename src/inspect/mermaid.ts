/**
 * Mermaid text of a sequence model (`sequenceDiagram`), for pasting into
 * Markdown. Message text uses Mermaid's entity codes for the characters its
 * grammar reserves (`;` ends a statement, `#` starts an entity).
 */
import type { LifeStep } from './lifecycle.ts';
import type { SequenceModel } from './sequence.ts';

function escapeText(s: string): string {
  return s.replace(/[#;<>]/g, (c) => `#${c.charCodeAt(0)};`);
}

function participantIds(model: SequenceModel): string[] {
  let c = 0;
  let s = 0;
  return model.lifelines.map((l) => (l.role === 'client' ? `C${++c}` : `S${++s}`));
}

/** The whole diagram; arrows that never arrived are drawn with a cross (`-x`). */
export function toMermaid(model: SequenceModel): string {
  const ids = participantIds(model);
  const lines = ['sequenceDiagram'];
  model.lifelines.forEach((l, i) => lines.push(`    participant ${ids[i]} as ${l.role} ${escapeText(l.endpoint)}`));
  for (const a of model.arrows) {
    const arrow = a.lost ? '-x' : '->>';
    lines.push(`    ${ids[a.from]}${arrow}${ids[a.to]}: ${escapeText(`${a.label} (${a.detail})`)}`);
  }
  return lines.join('\n') + '\n';
}

/** Text inside a quoted node label: quotes too become entity codes. */
function nodeText(s: string): string {
  return s.replace(/[";#<>]/g, (c) => (c === '"' ? '#quot;' : `#${c.charCodeAt(0)};`));
}

/** The node a step leads to (its state afterwards) and the action on the edge into it. */
function stateAfter(s: LifeStep): { text: string; edge: string; shape: '[]' | '([])' | '{}' } {
  switch (s.kind) {
    case 'spawn': return { text: `pid ${s.pid} started`, edge: 'spawn', shape: '[]' };
    case 'fork': return { text: `pid ${s.detail.split(' → ')[1]}`, edge: 'fork', shape: '[]' };
    case 'exec': return { text: `pid ${s.pid} runs ${s.detail}`, edge: 'exec', shape: '[]' };
    case 'setsid': return { text: `pid ${s.pid} leads session ${s.detail.slice(4)}`, edge: 'setsid', shape: '[]' };
    case 'setpgid': return { text: `pid ${s.pid} in group ${s.detail.slice(5)}`, edge: 'setpgid', shape: '[]' };
    case 'flock': return { text: `pid ${s.pid} ${s.label.endsWith('UN') ? 'unlocked' : 'holds a lock on'} ${s.detail}`, edge: s.label, shape: '[]' };
    case 'reparent': return { text: `pid ${s.pid} is a child of init`, edge: 'parent exits', shape: '[]' };
    case 'running': return { text: `pid ${s.pid} running`, edge: '', shape: '([])' };
    case 'signal': return { text: `${s.label}: ${s.detail}`, edge: 'signal', shape: '{}' };
    case 'exit': return { text: `pid ${s.pid} exits, ${s.detail}`, edge: 'exit', shape: '[]' };
    case 'reap': return { text: `pid ${s.pid} reaped ${s.detail}`, edge: 'wait', shape: '[]' };
  }
}

/**
 * A process's life as a Mermaid flowchart in the chapter's style: nodes are
 * the states a process is in, edges the calls and events that move it on.
 */
export function lifeToMermaid(steps: readonly LifeStep[]): string {
  const lines = ['flowchart TD'];
  const current = new Map<number, string>();
  let n = 0;
  const node = (text: string, shape: '[]' | '([])' | '{}'): string => {
    const id = `n${n++}`;
    const [open, close] = shape === '[]' ? ['[', ']'] : shape === '{}' ? ['{', '}'] : ['([', '])'];
    lines.push(`    ${id}${open}"${nodeText(text)}"${close}`);
    return id;
  };
  const from = (pid: number): string => current.get(pid) ?? current.set(pid, node(`pid ${pid}`, '[]')).get(pid)!;
  for (const s of steps) {
    const src = from(s.pid);
    const next = stateAfter(s);
    const id = node(next.text, next.shape);
    lines.push(`    ${src} -->${next.edge ? `|${nodeText(next.edge)}|` : ''} ${id}`);
    if (s.kind === 'fork') current.set(Number(s.detail.split(' → ')[1]), id);
    else current.set(s.pid, id);
  }
  return lines.join('\n') + '\n';
}
