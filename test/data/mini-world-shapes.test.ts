import { gzipSync } from 'zlib';
import { getCountryRegistry } from '../../data/country-registry';
import { MAP_HEIGHT, MAP_WIDTH, loadMiniWorldShapes, loadWorldShapes } from '../../data/world-shapes';

const WIDTH = 320;
const shapes = loadMiniWorldShapes(getCountryRegistry(), WIDTH);
/** The full map's plane, scaled: the mini map is at least this tall (and taller where land reaches below it). */
const HEIGHT = Math.round((MAP_HEIGHT * WIDTH) / MAP_WIDTH);

/** The absolute points of relative path data ("M10 20l3-1l-2 4z"), ring by ring; throws on anything else. */
function rings(path: string): Array<Array<[number, number]>> {
  const out: Array<Array<[number, number]>> = [];
  for (const ring of path.split('z').filter(Boolean)) {
    const match = /^M(-?\d+) (-?\d+)((?:l-?\d+[ -]?-?\d+)*)$/.exec(ring);
    if (!match) throw new Error(`not a whole-unit relative ring: ${ring.slice(0, 60)}`);
    let x = Number(match[1]);
    let y = Number(match[2]);
    const points: Array<[number, number]> = [[x, y]];
    for (const step of (match[3] ?? '').matchAll(/l(-?\d+) ?(-?\d+)/g)) {
      x += Number(step[1]);
      y += Number(step[2]);
      points.push([x, y]);
    }
    out.push(points);
  }
  return out;
}

describe('the mini world (the comparison embed’s map)', () => {
  test('has the same countries as the full map, each made of closed whole-unit rings inside the plane, its lowest point its bottom', () => {
    const full = loadWorldShapes(getCountryRegistry());
    expect(shapes.map((shape) => shape.code)).toEqual(full.map((shape) => shape.code));
    for (const shape of shapes) {
      const points = rings(shape.path).flatMap((ring) => {
        expect(ring.length).toBeGreaterThanOrEqual(4);
        return ring;
      });
      for (const [x, y] of points) {
        expect(x).toBeGreaterThanOrEqual(0);
        expect(x).toBeLessThanOrEqual(WIDTH);
        expect(y).toBeGreaterThanOrEqual(0);
      }
      if (points.length) expect(shape.bottom).toBe(Math.max(...points.map(([, y]) => y)));
    }
    // Tierra del Fuego is the lowest land, and the full map's plane reaches below it (it used to be cut off).
    const lowest = Math.max(...shapes.map((shape) => shape.bottom));
    expect(lowest).toBeLessThanOrEqual(HEIGHT);
    expect(shapes.find((shape) => shape.bottom === lowest)?.code).toMatch(/^(AR|CL)$/);
  });

  test('small countries keep a marker where they are: El Salvador in Central America, Eswatini in southern Africa', () => {
    const centre = (code: string) => shapes.find((shape) => shape.code === code)?.centre;
    const [svX = 0, svY = 0] = centre('SV') ?? [];
    const [szX = 0, szY = 0] = centre('SZ') ?? [];
    // West of the Atlantic and north of the equator; east of it and well south of it.
    expect(svX).toBeLessThan(WIDTH * 0.35);
    expect(svY).toBeLessThan(HEIGHT * 0.5);
    expect(szX).toBeGreaterThan(WIDTH * 0.5);
    expect(szY).toBeGreaterThan(HEIGHT * 0.7);
  });

  test('stays small enough for a 25 KB embed: the whole world is under 8 KB gzip', () => {
    const data = shapes.map((shape) => shape.path).join('');
    expect(gzipSync(data).length).toBeLessThan(8 * 1024);
  });
});
