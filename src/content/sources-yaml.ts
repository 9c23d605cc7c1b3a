/**
 * Reads a topic's `sources/sources.yml`: one entry per source (id, file, title, outlet,
 * published, url, and the ingest's retrieved / duplicateOf / similarity), each checked, with
 * curator-facing issues that give the line and the fix. A file in the usual one-line-per-field
 * shape takes a fast path (a topic may list 10,000 sources); anything else goes through the
 * full YAML parser, with line numbers from its LineCounter.
 */
import path from 'node:path';
import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Node, type Pair } from 'yaml';
import type { FileIssue } from '../domain/errors.ts';
import type { SourceMeta } from '../domain/document-types.ts';

export const SOURCE_ID_PATTERN = /^[a-z0-9][a-z0-9-]*$/;
const KNOWN_KEYS = new Set(['id', 'file', 'title', 'outlet', 'published', 'url', 'retrieved', 'duplicateOf', 'similarity']);

/** True for a real calendar date written YYYY-MM-DD. */
export function isIsoDate(s: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d;
}

export interface ParsedEntries {
  metas: Array<{ meta: SourceMeta; line: number }>;
  issues: FileIssue[];
}

/** One list item of sources.yml, before validation. `fields` is null when the item is not a mapping. */
interface RawEntry {
  line: number;
  fields: Array<{ key: string; value: unknown; keyLine: number; valueLine: number }> | null;
}

const FAST_LINE = /^(- | {2})([A-Za-z_][\w-]*):(?:[ \t]+(.*?))?[ \t]*$/;
const FAST_NOT_STRING = /^(?:true|True|TRUE|false|False|FALSE|[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?|0x[0-9a-fA-F]+|0o[0-7]+|[-+]?\.(?:inf|Inf|INF)|\.(?:nan|NaN|NAN))$/;

/** A single-line scalar as YAML 1.2 reads it, or undefined when the fast path should not decide. */
function fastScalar(raw: string | undefined): { value: unknown } | undefined {
  if (raw === undefined || raw === '' || raw.startsWith('#')) return { value: null };
  let m = /^"([^"\\]*)"(?:[ \t]+#.*)?$/.exec(raw);
  if (m) return { value: m[1] };
  m = /^'((?:[^']|'')*)'(?:[ \t]+#.*)?$/.exec(raw);
  if (m) return { value: (m[1] ?? '').replace(/''/g, "'") };
  const plain = raw.replace(/[ \t]+#.*$/, '');
  if (/^[-?:,[\]{}#&*!|>'"%@`]/.test(plain) || /:(?:\s|$)/.test(plain) || FAST_NOT_STRING.test(plain)) return undefined;
  return { value: /^(?:null|Null|NULL|~)$/.test(plain) ? null : plain };
}

/**
 * Reads the common shape of sources.yml (a list of flat "key: value" maps with one-line
 * scalars, two-space indent, comments) without the full YAML parser, which is far slower
 * on long lists. Returns null for anything else so the YAML parser decides.
 */
function fastEntries(text: string): RawEntry[] | null {
  const entries: RawEntry[] = [];
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const line = (lines[i] ?? '').replace(/\r$/, '');
    if (/^\s*(?:#.*)?$/.test(line)) continue;
    const m = FAST_LINE.exec(line);
    if (!m) return null;
    const scalar = fastScalar(m[3]);
    if (!scalar) return null;
    if (m[1] === '- ') entries.push({ line: i + 1, fields: [] });
    const current = entries[entries.length - 1];
    if (!current?.fields) return null;
    current.fields.push({ key: m[2] ?? '', value: scalar.value, keyLine: i + 1, valueLine: i + 1 });
  }
  return entries;
}

/** Reads sources.yml with the YAML parser; syntax and shape problems become issues. */
function yamlEntries(text: string, error: Report): RawEntry[] {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: false });
  const nodeLine = (node: unknown, fallback: number): number => {
    const range = (node as { range?: [number, number, number] } | null | undefined)?.range;
    return range ? lineCounter.linePos(range[0]).line : fallback;
  };
  if (doc.errors.length > 0) {
    for (const e of doc.errors) {
      error(lineCounter.linePos(e.pos[0]).line, `YAML syntax error: ${e.message.split('\n')[0] ?? e.message}`, 'check indentation and quoting on that line');
    }
    return [];
  }
  const root = doc.contents;
  if (root === null || (isScalar(root) && (root.value === null || root.value === ''))) return [];
  if (!isSeq(root)) {
    error(nodeLine(root, 1), 'sources.yml must be a list of sources', 'write one "- id: ...\\n  file: ..." entry per source document');
    return [];
  }
  return root.items.map((item): RawEntry => {
    const line = nodeLine(item, 1);
    if (!isMap(item)) return { line, fields: null };
    return {
      line,
      fields: (item.items as Array<Pair<unknown, unknown>>).map((pair) => {
        const keyLine = nodeLine(pair.key, line);
        const valueNode = pair.value as Node | null;
        const value = isScalar(valueNode) ? valueNode.value : valueNode === null ? null : (valueNode as { toJSON?: () => unknown }).toJSON?.();
        return { key: isScalar(pair.key) ? String(pair.key.value) : String(pair.key), value, keyLine, valueLine: nodeLine(valueNode, keyLine) };
      }),
    };
  });
}

/**
 * Parses and validates sources.yml text. `ymlPath` is repo-relative, for issues.
 * `fastPath: false` forces the full YAML parser (the fast reader gives the same result).
 */
export function parseSourcesYaml(text: string, ymlPath: string, options: { fastPath?: boolean } = {}): ParsedEntries {
  const issues: FileIssue[] = [];
  const metas: ParsedEntries['metas'] = [];
  const error: Report = (line, message, fix) => issues.push({ path: ymlPath, line, message, fix, severity: 'error' });
  const warning: Report = (line, message, fix) => issues.push({ path: ymlPath, line, message, fix, severity: 'warning' });
  const entries = (options.fastPath === false ? null : fastEntries(text)) ?? yamlEntries(text, error);
  const seenIds = new Map<string, number>();
  const seenFiles = new Map<string, number>();
  for (const raw of entries) {
    if (!raw.fields) {
      error(raw.line, 'each source must be a mapping with id, file, title, outlet, published and url', 'write "- id: my-source" followed by "  file: name.txt"');
      continue;
    }
    const entry = readEntry(raw, error, warning);
    if (!entry) continue;
    const { meta, idLine, fileLine } = entry;
    const firstId = seenIds.get(meta.id);
    if (firstId !== undefined) {
      error(idLine, `duplicate source id "${meta.id}" (first used on line ${firstId})`, 'give every source a unique id');
      continue;
    }
    seenIds.set(meta.id, idLine);
    const firstFile = seenFiles.get(meta.file);
    if (firstFile !== undefined) {
      error(fileLine, `file "${meta.file}" is already listed on line ${firstFile}`, 'list each file once');
      continue;
    }
    seenFiles.set(meta.file, fileLine);
    metas.push({ meta, line: fileLine });
  }
  return { metas, issues };
}

type Report = (line: number, message: string, fix: string) => void;

function readEntry(raw: RawEntry, error: Report, warning: Report): { meta: SourceMeta; idLine: number; fileLine: number } | null {
  const itemLine = raw.line;
  const fields = new Map<string, { value: unknown; line: number }>();
  for (const { key, value, keyLine, valueLine } of raw.fields ?? []) {
    if (!KNOWN_KEYS.has(key)) {
      warning(keyLine, `unknown field "${key}" is ignored`, 'use only id, file, title, outlet, published and url');
      continue;
    }
    if (fields.has(key)) {
      error(keyLine, `field "${key}" is given twice`, 'keep one of them');
      return null;
    }
    fields.set(key, { value, line: valueLine });
  }
  let ok = true;
  const id = fields.get('id');
  const file = fields.get('file');
  if (id === undefined || id.value === null || id.value === '') {
    error(itemLine, 'source is missing its id', 'add "id: some-short-name" (lower-case letters, digits and dashes)');
    ok = false;
  } else if (typeof id.value !== 'string' || !SOURCE_ID_PATTERN.test(id.value)) {
    error(id.line, `bad source id "${String(id.value)}"`, 'use lower-case letters, digits and dashes, starting with a letter or digit');
    ok = false;
  }
  if (file === undefined || file.value === null || file.value === '') {
    error(itemLine, 'source is missing its file', 'add "file: name.txt" naming a file in this sources/ folder');
    ok = false;
  } else if (typeof file.value !== 'string' || path.isAbsolute(file.value) || file.value.split(/[\\/]/).includes('..')) {
    error(file.line, `bad file "${String(file.value)}"`, 'give a file name inside this sources/ folder');
    ok = false;
  }
  const text = (key: string): string | null | undefined => {
    const f = fields.get(key);
    if (f === undefined || f.value === null || f.value === '') return null;
    if (typeof f.value === 'string') return f.value;
    if (typeof f.value === 'number' || typeof f.value === 'boolean') return String(f.value);
    error(f.line, `${key} must be text or null`, `quote the ${key}, or write null when it is unknown`);
    return undefined;
  };
  const title = text('title');
  const outlet = text('outlet');
  const url = text('url');
  if (url && !/^https?:\/\/\S+$/i.test(url)) {
    error(fields.get('url')?.line ?? itemLine, `bad url "${url}"`, 'write the full http(s) address, or null when it is unknown');
    ok = false;
  }
  let published: string | null = null;
  const pub = fields.get('published');
  if (pub !== undefined && pub.value !== null && pub.value !== '') {
    const raw = pub.value instanceof Date && !Number.isNaN(pub.value.getTime()) ? pub.value.toISOString().slice(0, 10) : pub.value;
    if (typeof raw === 'string' && isIsoDate(raw)) published = raw;
    else {
      error(pub.line, `bad published date "${String(pub.value)}"`, 'write the date as YYYY-MM-DD, or null when the text does not show it');
      ok = false;
    }
  }
  if (!ok || title === undefined || outlet === undefined || url === undefined || !id || !file) return null;
  const duplicateOf = text('duplicateOf');
  if (duplicateOf === undefined) return null;
  return {
    meta: { id: id.value as string, file: file.value as string, title, outlet, published, url, ...(duplicateOf ? { duplicateOf } : {}) },
    idLine: id.line,
    fileLine: file.line,
  };
}
