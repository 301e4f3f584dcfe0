import { existsSync, writeFileSync } from 'fs';
import { processPage } from '../../data/page-processor';
import { servePages } from '../../data/page-worker-loop';

/**
 * A page worker that dies the way a real one can (the thread exits mid-page) on pages that carry a
 * marker comment, and parses every other page as the real worker does:
 * - `<!-- crash-always -->`: dies on every attempt;
 * - `<!-- crash-once:/some/flag -->`: dies the first time (leaving the flag file), then parses it.
 */
servePages((raw) => {
  const text = raw.toString('latin1');
  if (text.includes('<!-- crash-always -->')) process.exit(70);
  const once = /<!-- crash-once:(\S+) -->/.exec(text)?.[1];
  if (once && !existsSync(once)) {
    writeFileSync(once, '');
    process.exit(70);
  }
  return processPage(raw);
});
