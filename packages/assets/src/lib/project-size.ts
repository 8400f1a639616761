import type { TransformStep } from '../transform-params.js';
import { isPlainObject } from './is-plain-object.js';

/** Pixel dimensions. */
export interface Size {
  width: number;
  height: number;
}

const dimension = (value: unknown): number | undefined =>
  typeof value === 'number' && Number.isFinite(value) && value > 0 ? Math.round(value) : undefined;

/**
 * The largest size one step can produce from `size`: resize, extract, extend and rotate change it; trim
 * only shrinks and every other step keeps it. Used to refuse a pipeline whose intermediate image would be
 * huge even when its final size is small.
 */
export function projectSize(size: Size, [method, ...args]: TransformStep): Size {
  switch (method) {
    case 'resize':
      return projectResize(size, args);
    case 'extract': {
      const region = isPlainObject(args[0]) ? args[0] : {};
      const width = dimension(region.width);
      const height = dimension(region.height);
      return width !== undefined && height !== undefined ? { width, height } : size;
    }
    case 'extend':
      return projectExtend(size, args[0]);
    case 'rotate': {
      const angle = typeof args[0] === 'number' ? ((args[0] % 360) + 360) % 360 : 0;
      if (angle === 90 || angle === 270) return { width: size.height, height: size.width };
      if (angle % 90 === 0) return size;
      // Any other angle grows the canvas to the rotated bounding box; the diagonal bounds both sides.
      const diagonal = Math.ceil(Math.hypot(size.width, size.height));
      return { width: diagonal, height: diagonal };
    }
    default:
      return size;
  }
}

function projectResize(size: Size, args: unknown[]): Size {
  const options = isPlainObject(args[0]) ? args[0] : isPlainObject(args[2]) ? args[2] : {};
  const width = dimension(isPlainObject(args[0]) ? options.width : args[0]);
  const height = dimension(isPlainObject(args[0]) ? options.height : args[1]);
  if (width === undefined && height === undefined) return size;
  const cap = (scale: number) => (options.withoutEnlargement === true ? Math.min(scale, 1) : scale);
  const scaled = (scale: number): Size => ({
    width: Math.round(size.width * cap(scale)),
    height: Math.round(size.height * cap(scale)),
  });
  if (width === undefined) return scaled((height as number) / size.height);
  if (height === undefined) return scaled(width / size.width);
  const fit = typeof options.fit === 'string' ? options.fit : 'cover';
  if (fit === 'inside') return scaled(Math.min(width / size.width, height / size.height));
  if (fit === 'outside') return scaled(Math.max(width / size.width, height / size.height));
  return { width, height };
}

function projectExtend(size: Size, amount: unknown): Size {
  if (typeof amount === 'number') return { width: size.width + 2 * amount, height: size.height + 2 * amount };
  if (!isPlainObject(amount)) return size;
  const edge = (name: string) => dimension(amount[name]) ?? 0;
  return {
    width: size.width + edge('left') + edge('right'),
    height: size.height + edge('top') + edge('bottom'),
  };
}
