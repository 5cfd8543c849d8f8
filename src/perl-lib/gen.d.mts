/** The text files.generated.ts must hold for the current sources. */
export function generatedText(): string;
/** A module's or script's text as installed: its comment lines emptied. */
export function installedText(text: string): string;
