/**
 * Discord's message limits, checked the way Discord checks them (characters, not bytes).
 * discord.js does not enforce these; Discord answers 400 with code 50035.
 */

export interface LimitProblem {
  path: string;
  message: string;
}

const len = (s: unknown): number => (typeof s === 'string' ? [...s].length : 0);

interface EmbedLike {
  title?: string;
  description?: string;
  fields?: { name?: string; value?: string }[];
  footer?: { text?: string };
  author?: { name?: string };
}

interface ComponentLike {
  type?: number;
  components?: { type?: number; custom_id?: string; label?: string; url?: string }[];
}

export function embedChars(e: EmbedLike): number {
  return len(e.title) + len(e.description) + len(e.footer?.text) + len(e.author?.name) + (e.fields ?? []).reduce((n, f) => n + len(f.name) + len(f.value), 0);
}

/** Problems with a message body (channel message, interaction reply, webhook message or edit). */
export function checkMessageBody(body: Record<string, unknown>, options: { requireContent: boolean }): LimitProblem[] {
  const problems: LimitProblem[] = [];
  const content = body['content'];
  if (content !== undefined && content !== null && len(content) > 2000) problems.push({ path: 'content', message: 'Must be 2000 or fewer in length.' });
  const embeds = (body['embeds'] as EmbedLike[] | undefined) ?? [];
  if (embeds.length > 10) problems.push({ path: 'embeds', message: 'Must be 10 or fewer in length.' });
  let total = 0;
  embeds.forEach((e, i) => {
    const at = `embeds.${i}`;
    if (len(e.title) > 256) problems.push({ path: `${at}.title`, message: 'Must be 256 or fewer in length.' });
    if (len(e.description) > 4096) problems.push({ path: `${at}.description`, message: 'Must be 4096 or fewer in length.' });
    if (len(e.footer?.text) > 2048) problems.push({ path: `${at}.footer.text`, message: 'Must be 2048 or fewer in length.' });
    if (len(e.author?.name) > 256) problems.push({ path: `${at}.author.name`, message: 'Must be 256 or fewer in length.' });
    const fields = e.fields ?? [];
    if (fields.length > 25) problems.push({ path: `${at}.fields`, message: 'Must be 25 or fewer in length.' });
    fields.forEach((f, j) => {
      if (len(f.name) === 0 || len(f.name) > 256) problems.push({ path: `${at}.fields.${j}.name`, message: 'Must be between 1 and 256 in length.' });
      if (len(f.value) === 0 || len(f.value) > 1024) problems.push({ path: `${at}.fields.${j}.value`, message: 'Must be between 1 and 1024 in length.' });
    });
    total += embedChars(e);
  });
  if (total > 6000) problems.push({ path: 'embeds', message: `Embed size exceeds maximum size of 6000 (${total}).` });
  const rows = (body['components'] as ComponentLike[] | undefined) ?? [];
  if (rows.length > 5) problems.push({ path: 'components', message: 'Must be 5 or fewer in length.' });
  rows.forEach((row, i) => {
    const items = row.components ?? [];
    if (row.type !== 1 || items.length === 0 || items.length > 5) problems.push({ path: `components.${i}`, message: 'Action rows hold 1 to 5 components.' });
    const ids = new Set<string>();
    items.forEach((c, j) => {
      if (c.custom_id !== undefined) {
        if (len(c.custom_id) === 0 || len(c.custom_id) > 100) problems.push({ path: `components.${i}.components.${j}.custom_id`, message: 'Must be between 1 and 100 in length.' });
        if (ids.has(c.custom_id)) problems.push({ path: `components.${i}.components.${j}.custom_id`, message: 'Component custom id cannot be duplicated.' });
        ids.add(c.custom_id);
      }
      if (len(c.label) > 80) problems.push({ path: `components.${i}.components.${j}.label`, message: 'Must be 80 or fewer in length.' });
    });
  });
  const nonce = body['nonce'];
  if (typeof nonce === 'string' && len(nonce) > 25) problems.push({ path: 'nonce', message: 'Must be 25 or fewer in length.' });
  if (options.requireContent && len(content) === 0 && embeds.length === 0 && rows.length === 0) {
    problems.push({ path: '', message: 'Cannot send an empty message' });
  }
  return problems;
}

/** Problems with an autocomplete result (interaction callback type 8). */
export function checkChoices(data: Record<string, unknown> | undefined): LimitProblem[] {
  const choices = (data?.['choices'] as { name?: string; value?: unknown }[] | undefined) ?? [];
  const problems: LimitProblem[] = [];
  if (choices.length > 25) problems.push({ path: 'data.choices', message: 'Must be 25 or fewer in length.' });
  choices.forEach((c, i) => {
    if (len(c.name) === 0 || len(c.name) > 100) problems.push({ path: `data.choices.${i}.name`, message: 'Must be between 1 and 100 in length.' });
    if (typeof c.value === 'string' && len(c.value) > 100) problems.push({ path: `data.choices.${i}.value`, message: 'Must be 100 or fewer in length.' });
  });
  return problems;
}

/** Discord's 50035 "Invalid Form Body" error shape. */
export function invalidFormBody(problems: LimitProblem[]): Record<string, unknown> {
  const errors: Record<string, unknown> = {};
  for (const p of problems) errors[p.path || '_errors'] = { _errors: [{ code: 'BASE_TYPE_MAX_LENGTH', message: p.message }] };
  return { message: 'Invalid Form Body', code: 50035, errors };
}
