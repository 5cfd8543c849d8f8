declare module 'virtual:terrarium-scenarios' {
  /** scenarios/*.yaml, parsed at build time (see vite.config.ts). */
  const scenarios: Array<{ name: string; data: Record<string, unknown> }>;
  export default scenarios;
}
