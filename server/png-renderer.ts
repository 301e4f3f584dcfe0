import { createHash } from 'crypto';
import { renderAsync } from '@resvg/resvg-js';
import { LRUCache } from 'lru-cache';

/**
 * The fonts every image is drawn in, from an npm package rather than the system, so a clean clone
 * after `npm ci` and the Docker image render the same pixels with no font installed. Roboto rather
 * than DejaVu: resvg's cost per glyph grows with the font file's size, and Roboto's files are a
 * fifth of DejaVu's, which took text layout of a card from about 40 to 15 ms.
 */
export const IMAGE_FONT_FAMILY = 'Roboto';
const FONT_FILES = ['400Regular/Roboto_400Regular.ttf', '700Bold/Roboto_700Bold.ttf'].map((file) =>
  require.resolve(`@expo-google-fonts/roboto/${file}`),
);

/** Enough for every card asked for in a busy hour in both languages, and a few maps; about 10 MB. */
const DEFAULT_MAX_ENTRIES = 200;
const DEFAULT_MAX_BYTES = 24 * 1024 * 1024;

interface RenderContext {
  svg: string;
  zoom: number;
}

/** Rasterises one of our SVGs (no external images, fonts from the package above) to a PNG. */
export async function rasteriseSvg(svg: string, zoom = 1): Promise<Buffer> {
  // Off the event loop, on libuv's thread pool: a render takes tens of milliseconds.
  const image = await renderAsync(svg, {
    font: {
      loadSystemFonts: false,
      fontFiles: FONT_FILES,
      defaultFontFamily: IMAGE_FONT_FAMILY,
      // The map's legend asks for sans-serif after fonts only a browser may have.
      sansSerifFamily: IMAGE_FONT_FAMILY,
    },
    fitTo: zoom === 1 ? { mode: 'original' } : { mode: 'zoom', value: zoom },
    logLevel: 'off',
  });
  return image.asPng();
}

/**
 * Rendered PNGs kept in memory, least recently used out first. The key is what the caller names
 * (a country and language, say) plus a digest of the SVG, which holds every figure the image shows:
 * new data is a new key, and the stale image ages out. Requests for an image being rendered wait
 * for that render instead of starting another.
 */
export class PngRenderer {
  private readonly cache: LRUCache<string, Buffer, RenderContext>;

  constructor(options: { maxEntries?: number; maxBytes?: number } = {}) {
    this.cache = new LRUCache<string, Buffer, RenderContext>({
      max: options.maxEntries ?? DEFAULT_MAX_ENTRIES,
      maxSize: options.maxBytes ?? DEFAULT_MAX_BYTES,
      sizeCalculation: (png) => png.length,
      fetchMethod: (_key, _stale, { context }) => rasteriseSvg(context.svg, context.zoom),
    });
  }

  /** The PNG of `svg` at `zoom`, rendered on the first request for this name and SVG. */
  async render(name: string, svg: string, zoom = 1): Promise<Buffer> {
    const digest = createHash('sha1').update(svg).digest('base64url');
    const png = await this.cache.fetch(`${name}|${zoom}|${digest}`, { context: { svg, zoom } });
    // fetchMethod never resolves undefined, and no signal aborts it.
    if (!png) throw new Error(`PNG render of ${name} gave nothing`);
    return png;
  }

  /** How many PNGs are kept (for tests and the benchmark). */
  get size(): number {
    return this.cache.size;
  }
}
