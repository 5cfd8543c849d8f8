/**
 * The inspector's side of the worker: records the current machine's event
 * stream from boot and answers the page's polls with a snapshot of the
 * kernel's tables and the events it has not seen yet. The page polls only
 * while its panel is open, so a closed inspector costs the guest one
 * recorder append per event. Plain objects, no `self`: Node tests drive it.
 */
import type { Kernel } from '../kernel/kernel.ts';
import type { NetStack } from '../net/stack.ts';
import { takeSnapshot, type MachineSnapshot } from '../inspect/snapshot.ts';
import { EventRecorder, type EventPage } from '../inspect/stream.ts';

/** The part of a kernel Machine the inspector reads. */
export interface InspectableMachine {
  readonly kernel: Kernel;
  readonly net: NetStack;
}

/** One poll's answer. `generation` changes when the machine is replaced (Reset). */
export interface InspectPoll extends EventPage {
  generation: number;
  snapshot: MachineSnapshot | null;
}

export class InspectService {
  private machine: InspectableMachine | null = null;
  private recorder: EventRecorder | null = null;
  private generation = 0;

  /** Start recording `m` (dropping the previous machine's stream); returns `m`. */
  attach<M extends InspectableMachine>(m: M): M {
    this.recorder?.detach();
    this.machine = m;
    this.recorder = new EventRecorder({ events: m.kernel.events, packets: m.net.log });
    this.generation++;
    return m;
  }

  /** The kernel's tables now, or null before a machine is attached. */
  snapshot(): MachineSnapshot | null {
    const m = this.machine;
    return m ? takeSnapshot(m.kernel, m.net) : null;
  }

  /** Events after `cursor` (at most `max`). */
  eventsSince(cursor: number, max = 2000): EventPage & { generation: number } {
    const page = this.recorder ? this.recorder.since(cursor, max) : { events: [], cursor, lost: 0 };
    return { ...page, generation: this.generation };
  }

  /** A snapshot and the events after `cursor` in one round trip (a stale generation restarts at 0). */
  poll(cursor: number, generation: number, max = 1000): InspectPoll {
    const from = generation === this.generation ? cursor : 0;
    return { ...this.eventsSince(from, max), snapshot: this.snapshot() };
  }
}

/** The methods the worker exposes for the inspector (merged into the worker's comlink API). */
export function inspectApi(service: InspectService) {
  return {
    inspectSnapshot: (): MachineSnapshot | null => service.snapshot(),
    inspectEventsSince: (cursor: number, max?: number): EventPage & { generation: number } => service.eventsSince(cursor, max),
    inspectPoll: (cursor: number, generation: number, max?: number): InspectPoll => service.poll(cursor, generation, max),
  };
}

export type InspectApi = ReturnType<typeof inspectApi>;
