/**
 * The one clean-up for text a user types (commands, topic names, questions): Unicode
 * normalised (NFC), terminal escape sequences removed whole, control and format characters
 * (bidi overrides, zero-width marks, line and paragraph separators) turned into spaces, and
 * whitespace collapsed. Whatever a chat platform or a terminal sends, the core sees plain words.
 */
export function cleanInput(raw: string): string {
  return (typeof raw === 'string' ? raw : '')
    .normalize('NFC')
    .replace(/\u001b\[[0-9;?]*[ -/]*[@-~]/g, '') // ANSI escape sequences, whole
    .replace(/[\p{Cc}\p{Cf}\u2028\u2029]+/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}
