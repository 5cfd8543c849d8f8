/**
 * The page build's sets of files fetched on demand: each machine gets placeholders of
 * their real sizes at boot (late-files.ts), and the gate (file-gate.ts) fetches a set's
 * texts the first time a process opens one of its files.
 */
import { LateFiles } from './late-files.ts';
import type { PendingFiles } from './file-gate.ts';

/** Every set made so far (late-lazy.ts gates each booted machine's placeholders). */
export const fileSets: FilesOnDemand[] = [];

export class FilesOnDemand implements PendingFiles {
  private readonly late: LateFiles;
  private fetching: Promise<void> | null = null;
  private failed: string | null = null;

  /** `sizes`: machine path -> bytes (build time); `importer` fetches path -> text. */
  constructor(private readonly what: string, sizes: Readonly<Record<string, number>>, private readonly importer: () => Promise<Readonly<Record<string, string>>>) {
    this.late = new LateFiles(what, sizes);
    this.paths = Object.keys(sizes);
    fileSets.push(this);
  }

  readonly paths: readonly string[];

  get arrived(): boolean {
    return this.late.arrived;
  }

  /** Path -> contents: placeholders until the texts came, then fresh copies. */
  files(): Record<string, Uint8Array> {
    return this.late.files();
  }

  fetch(): void {
    if (this.late.arrived || this.fetching) return;
    this.failed = null;
    this.fetching = this.importer().then((texts) => this.late.arrive(texts)).catch((err: unknown) => {
      this.failed = `${this.what} did not load: ${err instanceof Error ? err.message : String(err)}`;
    }).finally(() => {
      this.fetching = null;
    });
  }

  load(): Promise<void> {
    if (this.late.arrived) return Promise.resolve();
    this.fetch();
    return this.fetching!.then(() => {
      if (!this.late.arrived) throw new Error(this.takeError() ?? `${this.what} did not load`);
    });
  }

  takeError(): string | null {
    const e = this.failed;
    this.failed = null;
    return e;
  }
}
