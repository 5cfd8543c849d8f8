declare module 'virtual:terrarium-late-sizes' {
  /** Byte sizes of the parts the page's worker loads late (see late-sizes.ts, vite.config.ts). */
  const sizes: import('./late-sizes.ts').LateSizes;
  export default sizes;
}
