// Whether dist/ (the bundle `npm install` builds) is at least as new as every file in src/.
// bin/briefbot.js runs dist/ only then, and scripts/test.js rebuilds it otherwise.
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';

/** Newest modification time under `dir`. */
function newestMtime(dir) {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(full) : statSync(full).mtimeMs);
  }
  return newest;
}

export function distIsFresh(root) {
  const stamp = path.join(root, 'dist', '.build-stamp');
  return existsSync(stamp) && statSync(stamp).mtimeMs >= newestMtime(path.join(root, 'src'));
}
