import {
  CHECK_INTERVAL_MS,
  MAX_REPLAY_AGE_MS,
  REFRESH_AHEAD_MS,
  ResponseCache,
} from '../../server/response-cache';

/** A store's data version under the test's control: `commit` moves it, `break` makes reading it fail. */
function versionedStore(): { dataVersion: () => Promise<number>; commit(): void; break(): void } {
  let version = 1;
  let broken = false;
  const dataVersion = () => (broken ? Promise.reject(new Error('locked')) : Promise.resolve(version));
  return { dataVersion, commit: () => (version += 1), break: () => (broken = true) };
}

const bodyOf = (cached: { body: Buffer }) => JSON.parse(cached.body.toString()) as unknown;

/**
 * A cache over `look` (the data-version check, counted) with one replayable entry at '/k', on a clock the test
 * moves by setting `clock.now`.
 */
async function cacheWithOneEntry(look: (count: number) => Promise<number>) {
  const clock = { now: 0, looks: 0 };
  const cache = new ResponseCache(
    () => {
      clock.looks += 1;
      return look(clock.looks);
    },
    { now: () => clock.now },
  );
  const entry = await cache.remember('/k', () => Promise.resolve({ a: 1 }));
  entry.headers = ['content-type', 'application/json'];
  return { cache, entry, clock };
}

describe('ResponseCache', () => {
  test('a body computed while another connection committed is answered once but not kept', async () => {
    const { dataVersion, commit } = versionedStore();
    let now = 0;
    const cache = new ResponseCache(dataVersion, { now: () => now });
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
    const { dataVersion, commit } = versionedStore();
    let now = 0;
    const cache = new ResponseCache(dataVersion, { now: () => now });
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
    const { dataVersion, break: breakVersion } = versionedStore();
    let now = 0;
    const cache = new ResponseCache(dataVersion, { now: () => now });
    const entry = await cache.remember('/k', () => Promise.resolve({ a: 1 }));
    entry.headers = ['content-type', 'application/json'];
    expect(cache.lookupReplayable('/k')).toBe(entry);
    breakVersion();
    now += 10 * CHECK_INTERVAL_MS;
    expect(cache.lookupReplayable('/k')).toBeUndefined();
  });

  test('a hit past the refresh-ahead age is still replayed, and the look it starts in the background finds a commit', async () => {
    const { dataVersion, commit } = versionedStore();
    const { cache, entry, clock } = await cacheWithOneEntry(() => dataVersion());
    expect(clock.looks).toBe(1);
    commit();
    clock.now += REFRESH_AHEAD_MS;
    // Replayed at once (the request does not wait), while the next look starts.
    expect(cache.lookupReplayable('/k')).toBe(entry);
    expect(clock.looks).toBe(2);
    await new Promise((resolve) => setImmediate(resolve));
    // The look found the commit: the old body is gone, though CHECK_INTERVAL_MS has not passed.
    expect(cache.lookupReplayable('/k')).toBeUndefined();
  });

  test('while a slow look runs, hits are replayed from the last one until it is MAX_REPLAY_AGE_MS old', async () => {
    let answer: (version: number) => void = () => undefined;
    // The first look answers at once; the next one hangs until the test answers it.
    const { cache, entry, clock } = await cacheWithOneEntry((count) =>
      count === 1 ? Promise.resolve(1) : new Promise<number>((resolve) => (answer = resolve)),
    );
    clock.now += REFRESH_AHEAD_MS;
    expect(cache.lookupReplayable('/k')).toBe(entry);
    expect(clock.looks).toBe(2);
    clock.now = CHECK_INTERVAL_MS * 2;
    expect(cache.lookupReplayable('/k')).toBe(entry);
    clock.now = MAX_REPLAY_AGE_MS;
    expect(cache.lookupReplayable('/k')).toBeUndefined();
    answer(1);
    await new Promise((resolve) => setImmediate(resolve));
    // The look, begun at REFRESH_AHEAD_MS, found nothing new: replayed again, no new look yet.
    clock.now = REFRESH_AHEAD_MS + REFRESH_AHEAD_MS - 1;
    expect(cache.lookupReplayable('/k')).toBe(entry);
    expect(clock.looks).toBe(2);
  });

  test('a hit younger than the refresh-ahead age starts no look', async () => {
    const { dataVersion } = versionedStore();
    const { cache, entry, clock } = await cacheWithOneEntry(() => dataVersion());
    clock.now += REFRESH_AHEAD_MS - 1;
    expect(cache.lookupReplayable('/k')).toBe(entry);
    expect(clock.looks).toBe(1);
  });

  test('past its byte bound the least recently used bodies are dropped first', async () => {
    const { dataVersion } = versionedStore();
    const cache = new ResponseCache(dataVersion, { maxBytes: 250 });
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
