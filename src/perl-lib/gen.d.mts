/** The text files.generated.ts must hold for the current sources. */
export function generatedText(): string;
