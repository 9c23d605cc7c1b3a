/**
 * "Who will be the new finance minister?" asks for one who replaces the holder: a sentence that
 * names the holder now and tells of no change ("Finance Minister Rachel Kaipara said ...") does
 * not answer it. Part of the answer's shape (answer-shape.ts). General English.
 */

/** "Who will be the new finance minister?", "who is the new coach": a holder who replaces one. */
const NEW_HOLDER_Q_RE = /^\s*(?:and\s+)?who\s+(?:will|would|is|was|could|might)\s+(?:be\s+)?(?:the\s+|its\s+|their\s+)?new\s/i;
/** What tells of a new holder: named, appointed, chosen, replacing, succeeding, taking over, becoming ("becomes heir to the throne"), or "new" itself. */
const CHANGE_OF_HOLDER_RE = /\b(?:new|next|named|name|names|appoint\w*|nominat\w*|chose|chosen|choose|chooses|picked|picks|pick|replac\w*|succe\w*|take over|takes over|took over|taking over|sworn in|successor|elected|(?:to|will|would)\s+become|becomes|became|designate)\b/;

/** Whether the question asks for a new holder of an office and `text` tells of no change of holder. */
export function tellsOfNoNewHolder(question: string, text: string): boolean {
  return NEW_HOLDER_Q_RE.test(question) && !CHANGE_OF_HOLDER_RE.test(text);
}
