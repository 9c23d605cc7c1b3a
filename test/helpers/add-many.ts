/** A second process for the sources-lock test: adds each file given to one topic folder. */
import { addSource } from '../../src/ingest/add-source.ts';

const [topicDir = '', ...files] = process.argv.slice(2);
for (const file of files) {
  await addSource({ topicDir, file, given: {}, now: new Date(), maxBytes: 1 << 20 });
}
