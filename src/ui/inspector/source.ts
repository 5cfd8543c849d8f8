/**
 * Where the inspector panel gets its data: anything that answers a poll
 * (cursor and generation in, snapshot and new events out). In the page that
 * is the machine's worker through comlink; tests may pass a local service.
 */
import type { InspectApi, InspectPoll } from '../../worker/inspect-service.ts';

export interface InspectSource {
  poll(cursor: number, generation: number): Promise<InspectPoll>;
}

/**
 * The inspector methods of a worker API (a comlink Remote whose worker exposed
 * `inspectApi(...)` next to its own methods).
 */
export function remoteSource(api: object): InspectSource {
  const remote = api as { inspectPoll: (...a: Parameters<InspectApi['inspectPoll']>) => Promise<InspectPoll> };
  return { poll: (cursor, generation) => remote.inspectPoll(cursor, generation) };
}
