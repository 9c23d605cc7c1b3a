/**
 * Escaping of plain document text for Discord. The message model holds plain text only;
 * everything that reaches Discord goes through here so that document text can never
 * format, link or mention anything.
 */

const ZWSP = '\u200b';

/**
 * Breaks every mention form so it renders as literal text: `@everyone`, `@here`,
 * `<@123>`, `<@!123>`, `<@&123>`, `<#123>`, `</cmd:1>`, `<t:…>` and custom emoji `<:x:1>`.
 * A zero-width space after the `@` / `<` keeps the text readable while Discord no
 * longer recognises the token (allowed_mentions parse:[] is the second line of defence).
 */
export function neutraliseMentions(text: string): string {
  return text
    .replace(/@(everyone|here)/gi, `@${ZWSP}$1`)
    .replace(/<(?=[@#:/]|a:|t:|id:)/g, `<${ZWSP}`);
}

/** Characters that start inline Markdown anywhere in a line. */
const INLINE = /[\\*_~`|[\]()<>]/g;

/**
 * Escapes Discord Markdown (bold, italics, underline, strike, spoilers, code, masked links,
 * quotes, headings, lists, subtext) and neutralises mentions. Safe for embed descriptions,
 * field values, titles and message content.
 */
export function escapeDiscord(text: string): string {
  const escaped = text
    .replace(/\r\n?/g, '\n')
    .replace(INLINE, (c) => `\\${c}`)
    // Line-start syntax: headings, block quotes (already escaped '>'), lists, subtext.
    .replace(/^(\s*)(#{1,3}\s|-#\s|[-+]\s)/gm, '$1\\$2')
    .replace(/^(\s*\d+)([.)]\s)/gm, '$1\\$2');
  return neutraliseMentions(escaped);
}
