import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import type { MultiPolygon, Polygon, Position } from 'geojson';
import atlas from 'world-atlas/countries-110m.json';
import type { CountryRegistry } from './country-registry';

/** One country's outline, projected to the map's 1000-unit-wide plane, as SVG path data. */
export interface WorldShape {
  /** ISO alpha-2 when the shape is a country or territory the registry knows, else undefined. */
  code: string | undefined;
  name: string;
  path: string;
}

export const MAP_WIDTH = 1000;
// Equal Earth (Šavrič, Patterson and Jenny 2018): areas stay true, so a large country does not
// look more dangerous than it is; its constants are from the paper.
const A1 = 1.340264;
const A2 = -0.081106;
const A3 = 0.000893;
const A4 = 0.003796;
const M = Math.sqrt(3) / 2;
const X_MAX = Math.PI / (M * A1);
const SCALE = MAP_WIDTH / (2 * X_MAX);
/** Height of the plane: Equal Earth's pole line at ±1.3173 before scaling; Antarctica is left out. */
const Y_NORTH = 1.3173;
// About 56.5° S (Equal Earth's y at 60° S is 1.09): below Cape Horn, the southernmost land with a report.
const Y_SOUTH_CUT = 1.04;
export const MAP_HEIGHT = Math.round((Y_NORTH + Y_SOUTH_CUT) * SCALE);

function project([lon = 0, lat = 0]: Position): [number, number] {
  const lambda = (lon * Math.PI) / 180;
  const theta = Math.asin(M * Math.sin((lat * Math.PI) / 180));
  const t2 = theta * theta;
  const t6 = t2 * t2 * t2;
  const x = (lambda * Math.cos(theta)) / (M * (A1 + 3 * A2 * t2 + t6 * (7 * A3 + 9 * A4 * t2)));
  const y = theta * (A1 + A2 * t2 + t6 * (A3 + A4 * t2));
  return [(x + X_MAX) * SCALE, (Y_NORTH - y) * SCALE];
}

/**
 * A ring that crosses the antimeridian (Russia's Chukotka, Fiji) would draw a line across the whole
 * map; its points on the far side are pinned to the edge of the side most of it is on instead.
 */
function pinToOneSide(ring: readonly Position[]): readonly Position[] {
  const crosses = ring.some((p, i) => i > 0 && Math.abs((p[0] ?? 0) - (ring[i - 1]?.[0] ?? 0)) > 180);
  if (!crosses) return ring;
  const east = ring.filter((p) => (p[0] ?? 0) > 0).length * 2 >= ring.length;
  return ring.map(([lon = 0, lat = 0]) => [east ? (lon < 0 ? 180 : lon) : lon > 0 ? -180 : lon, lat]);
}

function ringPath(ring: readonly Position[]): string {
  ring = pinToOneSide(ring);
  let d = '';
  let last = '';
  for (const position of ring) {
    const [x, y] = project(position);
    const point = `${x.toFixed(1)},${y.toFixed(1)}`;
    // Neighbouring points that round to the same place add bytes and nothing else.
    if (point === last) continue;
    d += `${d === '' ? 'M' : 'L'}${point}`;
    last = point;
  }
  return `${d}Z`;
}

function geometryPath(geometry: Polygon | MultiPolygon): string {
  const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
  return polygons.flatMap((rings) => rings.map(ringPath)).join('');
}

/** A small country's outline, with where to put a marker it can be seen by (a few units across at most). */
export interface MiniWorldShape {
  code: string | undefined;
  /** Relative, whole-unit SVG path data on a plane `width` units wide. */
  path: string;
  /** Centre of the largest ring's bounding box, for a marker. */
  centre: [number, number];
  /** The lowest point: the full map's height cuts off the tip of South America, a small map need not. */
  bottom: number;
}

/**
 * A ring on a small plane: whole units and relative moves ("l3-1"), which is what keeps a world a few
 * hundred units wide to a few kilobytes compressed. A ring that shrinks below a triangle is dropped.
 */
type Box = [left: number, top: number, right: number, bottom: number];

function miniRing(ring: readonly Position[], scale: number): { d: string; box: Box } | undefined {
  const points: Array<[number, number]> = [];
  for (const position of pinToOneSide(ring)) {
    const [x, y] = project(position);
    const point: [number, number] = [Math.round(x * scale), Math.round(y * scale)];
    const last = points[points.length - 1];
    if (!last || last[0] !== point[0] || last[1] !== point[1]) points.push(point);
  }
  if (points.length < 4) return undefined;
  const xs = points.map((p) => p[0]);
  const ys = points.map((p) => p[1]);
  const box: Box = [Math.min(...xs), Math.min(...ys), Math.max(...xs), Math.max(...ys)];
  let d = '';
  points.forEach(([x, y], i) => {
    const [px, py] = points[i - 1] ?? [0, 0];
    d += i === 0 ? `M${x} ${y}` : `l${x - px}${y - py < 0 ? '' : ' '}${y - py}`;
  });
  return { d: `${d}z`, box };
}

function firstPoint(polygons: readonly Position[][][], scale: number): Box {
  const [x, y] = project(polygons[0]?.[0]?.[0] ?? [0, 0]);
  return [x * scale, y * scale, x * scale, y * scale];
}

/** The world of `loadWorldShapes` on a plane `width` units wide, for maps a few hundred pixels wide. */
export function loadMiniWorldShapes(registry: CountryRegistry, width: number): MiniWorldShape[] {
  const scale = width / MAP_WIDTH;
  return eachCountryShape(registry).map(({ code, geometry }) => {
    const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
    const rings = polygons.flatMap((polygon) => polygon.map((ring) => miniRing(ring, scale)));
    const kept = rings.filter((ring) => ring !== undefined);
    const area = ([left, top, right, bottom]: Box) => (right - left) * (bottom - top);
    const largest = kept.reduce<(typeof kept)[number] | undefined>(
      (best, ring) => (!best || area(ring.box) > area(best.box) ? ring : best),
      undefined,
    );
    // A country smaller than a unit everywhere has no ring left; its marker goes at its first point.
    const [left, top, right, low] = largest?.box ?? firstPoint(polygons, scale);
    return {
      code,
      path: kept.map((ring) => ring.d).join(''),
      centre: [Math.round((left + right) / 2), Math.round((top + low) / 2)],
      bottom: Math.max(Math.ceil(low), ...kept.map((ring) => ring.box[3])),
    };
  });
}

const ANTARCTICA = '010';

/** Every country of the atlas but Antarctica with its registry code (when known), name and outline. */
function eachCountryShape(
  registry: CountryRegistry,
): Array<{ code: string | undefined; name: string; geometry: Polygon | MultiPolygon }> {
  const byNumeric = new Map(registry.countries.map((country) => [country.numeric, country]));
  const topology = atlas as unknown as Topology<{ countries: GeometryCollection<{ name: string }> }>;
  const collection = feature(topology, topology.objects.countries);
  const shapes: Array<{ code: string | undefined; name: string; geometry: Polygon | MultiPolygon }> = [];
  for (const item of collection.features) {
    if (item.id === ANTARCTICA) continue;
    const geometry = item.geometry;
    if (geometry.type !== 'Polygon' && geometry.type !== 'MultiPolygon') continue;
    const atlasName = item.properties.name;
    const country =
      item.id !== undefined
        ? byNumeric.get(String(item.id))
        : atlasName === 'Kosovo'
          ? registry.byIsoCode('XK')
          : undefined;
    shapes.push({ code: country?.code, name: country?.name ?? atlasName, geometry });
  }
  return shapes;
}

/**
 * Every country of Natural Earth's 1:110m boundaries (from the world-atlas package), projected once.
 * Shapes are matched to the registry by ISO numeric code; the three without one in the atlas are
 * matched by name where the registry knows them (Kosovo) and stay unmatched otherwise.
 */
export function loadWorldShapes(registry: CountryRegistry): WorldShape[] {
  return eachCountryShape(registry).map(({ code, name, geometry }) => ({
    code,
    name,
    path: geometryPath(geometry),
  }));
}
