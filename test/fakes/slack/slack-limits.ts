/**
 * Slack's message limits as the fake enforces them (Slack's libraries do not):
 * ≤ 50 blocks, section text ≤ 3,000, section fields ≤ 10 × 2,000, header ≤ 150,
 * context ≤ 10 elements, actions ≤ 25 elements, button text ≤ 75 and value ≤ 2,000
 * → `invalid_blocks`; blocks over ~12,000 characters of JSON → `msg_blocks_too_long`;
 * `text` over 40,000 → `msg_too_long`; neither text nor blocks → `no_text`.
 */
export const MAX_BLOCKS = 50;
export const MAX_SECTION_TEXT = 3000;
export const MAX_BLOCKS_JSON = 12_000;
export const MAX_TEXT = 40_000;

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
const textOf = (v: unknown): string => (isObj(v) && typeof v['text'] === 'string' ? v['text'] : '');

function blockProblem(block: unknown, i: number): string | null {
  if (!isObj(block) || typeof block['type'] !== 'string') return `block ${i}: no type`;
  switch (block['type']) {
    case 'section': {
      if (textOf(block['text']).length > MAX_SECTION_TEXT) return `block ${i}: section text longer than ${MAX_SECTION_TEXT}`;
      const fields = block['fields'];
      if (Array.isArray(fields)) {
        if (fields.length > 10) return `block ${i}: more than 10 fields`;
        if (fields.some((f) => textOf(f).length > 2000)) return `block ${i}: field longer than 2000`;
      }
      if (!block['text'] && !Array.isArray(fields)) return `block ${i}: section without text`;
      return null;
    }
    case 'header':
      return textOf(block['text']).length > 150 || textOf(block['text']).length === 0 ? `block ${i}: header text must be 1-150 chars` : null;
    case 'context': {
      const els = block['elements'];
      if (!Array.isArray(els) || els.length === 0 || els.length > 10) return `block ${i}: context needs 1-10 elements`;
      return els.some((e) => textOf(e).length > MAX_SECTION_TEXT) ? `block ${i}: context element too long` : null;
    }
    case 'actions': {
      const els = block['elements'];
      if (!Array.isArray(els) || els.length === 0 || els.length > 25) return `block ${i}: actions needs 1-25 elements`;
      for (const el of els) {
        if (!isObj(el)) return `block ${i}: bad element`;
        if (textOf(el['text']).length > 75) return `block ${i}: button text longer than 75`;
        if (typeof el['value'] === 'string' && el['value'].length > 2000) return `block ${i}: button value longer than 2000`;
        if (typeof el['action_id'] === 'string' && el['action_id'].length > 255) return `block ${i}: action_id too long`;
      }
      const ids = els.map((e) => (isObj(e) ? e['action_id'] : undefined)).filter((x) => x !== undefined);
      return new Set(ids).size !== ids.length ? `block ${i}: duplicate action_id` : null;
    }
    case 'divider':
    case 'input':
      return null;
    default:
      return `block ${i}: unsupported type ${String(block['type'])}`;
  }
}

/** Returns a Slack error code for a message payload, or null when Slack would accept it. */
export function checkMessage(args: { text?: unknown; blocks?: unknown }): { error: string; detail?: string } | null {
  const text = typeof args.text === 'string' ? args.text : '';
  const blocks = args.blocks;
  if (text.length > MAX_TEXT) return { error: 'msg_too_long' };
  if (blocks === undefined || blocks === null) return text === '' ? { error: 'no_text' } : null;
  if (!Array.isArray(blocks)) return { error: 'invalid_blocks', detail: 'blocks is not an array' };
  if (blocks.length > MAX_BLOCKS) return { error: 'invalid_blocks', detail: `more than ${MAX_BLOCKS} blocks` };
  for (const [i, b] of blocks.entries()) {
    const problem = blockProblem(b, i);
    if (problem) return { error: 'invalid_blocks', detail: problem };
  }
  if (JSON.stringify(blocks).length > MAX_BLOCKS_JSON) return { error: 'msg_blocks_too_long' };
  return null;
}

/** Every string in a payload (texts, labels, values), for escaping assertions. */
export function allStrings(v: unknown): string[] {
  if (typeof v === 'string') return [v];
  if (Array.isArray(v)) return v.flatMap(allStrings);
  if (isObj(v)) return Object.values(v).flatMap(allStrings);
  return [];
}

/** Slack control sequences that would notify people: <!channel>, <!here>, <!everyone>, <@U…>, <!subteam^…>. */
export const PING_PATTERN = /<!(channel|here|everyone|subteam\^)[^>]*>|<@[UW][A-Z0-9]*[^>]*>/i;
