/**
 * `--trace FILE`: the inspector's event stream as JSON lines, one event per
 * line in stream order, written through `write` in chunks (the CLI hands it
 * a file). Events are those from the moment tracing starts.
 */
import type { Machine } from '../kernel/machine.ts';
import { EventRecorder, traceLine } from './stream.ts';

/** Start tracing `m`; returns the function that flushes the rest and stops. */
export function startTrace(m: Machine, write: (chunk: string) => void, chunkLines = 512): () => void {
  const rec = new EventRecorder({ events: m.kernel.events, packets: m.net.log }, 1);
  let lines: string[] = [];
  const flush = (): void => {
    if (lines.length) write(lines.join('\n') + '\n');
    lines = [];
  };
  rec.tap((e) => {
    lines.push(traceLine(e));
    if (lines.length >= chunkLines) flush();
  });
  return () => {
    flush();
    rec.detach();
  };
}
