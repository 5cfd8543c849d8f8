declare module 'virtual:terrarium-late-sizes' {
  /** Byte sizes of the parts the page's worker loads late (see late-sizes.ts, vite.config.ts). */
  const sizes: import('./late-sizes.ts').LateSizes;
  export default sizes;
}
declare module 'virtual:terrarium-perl-lib-first' {
  /** The Perl module library's texts that come on the first keystroke (perl-lib-tiers.ts). */
  const texts: Record<string, string>;
  export default texts;
}
declare module 'virtual:terrarium-perl-lib-more' {
  /** The rest of the Perl module library's texts, fetched on demand (file-gate.ts). */
  const texts: Record<string, string>;
  export default texts;
}
declare module 'virtual:terrarium-perl-lib-chapter' {
  /** The Perl modules the chapter's code blocks use, fetched on demand (file-gate.ts). */
  const texts: Record<string, string>;
  export default texts;
}
