import type { Database } from '../../data/database';
import { CHECK_INTERVAL_MS, ResponseCache } from '../../server/response-cache';

/** A database that only answers PRAGMA data_version, with the version under the test's control. */
function versionedDatabase(): { db: Database; commit(): void } {
  let version = 1;
  const db = { get: () => Promise.resolve({ data_version: version }) } as unknown as Database;
  return { db, commit: () => (version += 1) };
}

const bodyOf = (cached: { body: Buffer }) => JSON.parse(cached.body.toString()) as unknown;

describe('ResponseCache', () => {
  test('a body computed while another connection committed is answered once but not kept', async () => {
    const { db, commit } = versionedDatabase();
    let now = 0;
    const cache = new ResponseCache(db, { now: () => now });
    let release: () => void = () => undefined;
    const gate = new Promise<void>((resolve) => (release = resolve));
    let started: () => void = () => undefined;
    const computing = new Promise<void>((resolve) => (started = resolve));
    const slow = cache.remember('/k', async () => {
      started();
      await gate;
      return { score: 'old' };
    });
    await computing;
    commit();
    now += CHECK_INTERVAL_MS + 1;
    await cache.remember('/other', () => Promise.resolve({ other: true }));
    release();
    expect(bodyOf(await slow)).toEqual({ score: 'old' });
    expect(bodyOf(await cache.remember('/k', () => Promise.resolve({ score: 'new' })))).toEqual({
      score: 'new',
    });
  });

  test('a remembered body is served until the data version changes, then computed again', async () => {
    const { db, commit } = versionedDatabase();
    let now = 0;
    const cache = new ResponseCache(db, { now: () => now });
    let computed = 0;
    const compute = () => Promise.resolve({ n: (computed += 1) });
    await cache.remember('/k', compute);
    now += CHECK_INTERVAL_MS + 1;
    expect(bodyOf(await cache.remember('/k', compute))).toEqual({ n: 1 });
    commit();
    now += CHECK_INTERVAL_MS + 1;
    expect(bodyOf(await cache.remember('/k', compute))).toEqual({ n: 2 });
  });

  test('nothing is replayed once no data version check has succeeded for a while', async () => {
    const { db } = versionedDatabase();
    let now = 0;
    const cache = new ResponseCache(db, { now: () => now });
    const entry = await cache.remember('/k', () => Promise.resolve({ a: 1 }));
    entry.headers = ['content-type', 'application/json'];
    expect(cache.lookupReplayable('/k')).toBe(entry);
    (db as unknown as { get: () => Promise<never> }).get = () => Promise.reject(new Error('locked'));
    now += 10 * CHECK_INTERVAL_MS;
    expect(cache.lookupReplayable('/k')).toBeUndefined();
  });

  test('past its byte bound the least recently used bodies are dropped first', async () => {
    const { db } = versionedDatabase();
    const cache = new ResponseCache(db, { maxBytes: 250 });
    const pad = 'x'.repeat(90);
    let computed = 0;
    const compute = (key: string) => () => Promise.resolve({ key, pad, n: (computed += 1) });
    await cache.remember('/a', compute('a'));
    await cache.remember('/b', compute('b'));
    await cache.remember('/a', compute('a'));
    await cache.remember('/c', compute('c'));
    expect(computed).toBe(3);
    await cache.remember('/a', compute('a'));
    expect(computed).toBe(3);
    await cache.remember('/b', compute('b'));
    expect(computed).toBe(4);
  });
});
