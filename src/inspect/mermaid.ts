/**
 * Mermaid text of a sequence model (`sequenceDiagram`), for pasting into
 * Markdown. Message text uses Mermaid's entity codes for the characters its
 * grammar reserves (`;` ends a statement, `#` starts an entity).
 */
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
