/** DUC 2004 cluster articles (SGML) as source files and sources.yml entries; used by the draft and multi-topic Q&A evaluations only. */
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { stringify } from 'yaml';

const OUTLETS: Record<string, string> = { APW: 'Associated Press', NYT: 'New York Times', XIE: 'Xinhua' };

export interface DucDocument {
  id: string;
  file: string;
  title: null;
  outlet: string | null;
  published: string | null;
  url: null;
  text: string;
}

/** Each article's TEXT, as the wire sent it, with its id, outlet and date from its DOCNO. */
export function ducDocuments(clusterDir: string): DucDocument[] {
  return readdirSync(clusterDir).sort().map((name) => {
    const sgml = readFileSync(path.join(clusterDir, name), 'utf8');
    const docno = /<DOCNO>\s*(\S+)\s*<\/DOCNO>/.exec(sgml)?.[1] ?? name;
    const text = (/<TEXT>([\s\S]*?)<\/TEXT>/.exec(sgml)?.[1] ?? '').replace(/<\/?P>/g, '\n').replace(/[ \t]+$/gm, '').trim() + '\n';
    const m = /^([A-Z]{3})(\d{4})(\d{2})(\d{2})/.exec(docno);
    const id = docno.toLowerCase().replace(/[^a-z0-9]+/g, '-');
    return { id, file: `${id}.txt`, title: null, outlet: m ? (OUTLETS[m[1]!] ?? m[1]!) : null, published: m ? `${m[2]}-${m[3]}-${m[4]}` : null, url: null, text };
  });
}

/**
 * Writes one sources-only topic folder per cluster (`<dir>/<cluster>/sources/*.txt` and
 * sources.yml) from a local DUC copy, replacing what was there. `dir` must be git-ignored:
 * the articles are NIST-licensed.
 */
export function writeDucTopics(cacheDir: string, clusters: readonly string[], dir: string): void {
  rmSync(dir, { recursive: true, force: true });
  for (const cluster of clusters) {
    const sources = path.join(dir, cluster, 'sources');
    mkdirSync(sources, { recursive: true });
    const docs = ducDocuments(path.join(cacheDir, 'docs', cluster));
    for (const d of docs) writeFileSync(path.join(sources, d.file), d.text);
    writeFileSync(path.join(sources, 'sources.yml'), stringify(docs.map(({ text: _text, ...meta }) => meta), { lineWidth: 0 }));
  }
}
