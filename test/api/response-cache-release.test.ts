import { CHECK_INTERVAL_MS, ResponseCache } from '../../server/response-cache';

describe('the response cache on an immutable data release', () => {
  test('after the first data version check, bodies stay replayable and SQLite is never asked again', async () => {
    let checks = 0;
    let now = 0;
    const cache = new ResponseCache(
      () => {
        checks += 1;
        return Promise.resolve(1);
      },
      { now: () => now, immutable: true, etagSalt: 'a'.repeat(64) },
    );
    const entry = await cache.remember('/k', () => Promise.resolve({ a: 1 }));
    entry.headers = ['content-type', 'application/json'];
    now += 10 * CHECK_INTERVAL_MS;
    expect(cache.lookupReplayable('/k')).toBe(entry);
    await cache.remember('/other', () => Promise.resolve({ b: 2 }));
    expect(checks).toBe(1);
  });

  test('ETags carry the release, so the same body under two releases has two ETags', async () => {
    const make = (release: string) =>
      new ResponseCache(() => Promise.resolve(1), { immutable: true, etagSalt: release });
    const first = await make('a'.repeat(64)).remember('/k', () => Promise.resolve({ a: 1 }));
    const again = await make('a'.repeat(64)).remember('/k', () => Promise.resolve({ a: 1 }));
    const other = await make('b'.repeat(64)).remember('/k', () => Promise.resolve({ a: 1 }));
    expect(again.etag).toBe(first.etag);
    expect(other.etag).not.toBe(first.etag);
    expect(first.etag).toMatch(/^"aaaaaaaaaaaa-/);
  });
});
