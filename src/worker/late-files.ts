/**
 * Files that join the machine after boot (the page build's Perl library and the Perl
 * engine's own modules). At boot each is created with its real size as a zero-filled
 * buffer, so the filesystem is the one the inline texts give (same inodes, sizes and
 * times); `arrive` copies the texts into those buffers. The machine service holds back
 * every command line until then, so no guest reads a placeholder.
 */
/** Where the Perl engine installs its programs (its stand-in installs these at boot). */
export const PERL_ENGINE_PROGRAMS = ['/usr/bin/perl'];

export class LateFiles {
  private bytes: Map<string, Uint8Array> | null = null;
  /** Placeholders handed out before the texts came. */
  private unfilled: Array<Record<string, Uint8Array>> = [];

  /** `sizes`: path -> byte length (UTF-8) of each text, known at build time. */
  constructor(private readonly what: string, private readonly sizes: Readonly<Record<string, number>>) {}

  get arrived(): boolean {
    return this.bytes !== null;
  }

  /** Path -> contents: fresh copies of the texts, or placeholders of their sizes. */
  files(): Record<string, Uint8Array> {
    const out = Object.create(null) as Record<string, Uint8Array>;
    if (this.bytes) {
      for (const [path, b] of this.bytes) out[path] = b.slice();
      return out;
    }
    for (const [path, size] of Object.entries(this.sizes)) out[path] = new Uint8Array(size);
    this.unfilled.push(out);
    return out;
  }

  /** The texts came: fill every placeholder. Throws if they differ from the build's sizes. */
  arrive(texts: Readonly<Record<string, string>>): void {
    const enc = new TextEncoder();
    const bytes = new Map<string, Uint8Array>();
    for (const [path, text] of Object.entries(texts)) bytes.set(path, enc.encode(text));
    const paths = Object.keys(this.sizes);
    if (paths.length !== bytes.size || paths.some((p) => bytes.get(p)?.length !== this.sizes[p])) {
      throw new Error(`${this.what}: the files differ from the ones this page was built with`);
    }
    for (const placeholders of this.unfilled) {
      for (const [path, buf] of Object.entries(placeholders)) buf.set(bytes.get(path)!);
    }
    this.unfilled = [];
    this.bytes = bytes;
  }
}

/** Load once with `importer`; a failure is reported as `what` not loading, and retried next time. */
export function lateLoader(what: string, importer: () => Promise<void>): () => Promise<void> {
  let loading: Promise<void> | null = null;
  return () => (loading ??= importer().catch((err: unknown) => {
    loading = null;
    throw new Error(`${what} did not load: ${err instanceof Error ? err.message : String(err)}`);
  }));
}
