import type { Size } from './project-size.js';

/** A `cover` resize centred on a point: scale to just cover the target, then cut the target out. */
export interface FocalPointCrop {
  /** Size of the scaled image before the cut. */
  resize: Size;
  /** The cut, in the scaled image's pixels, kept inside it. */
  region: { left: number; top: number; width: number; height: number };
}

/**
 * Where to scale and cut so that a `cover` crop of `source` to `target` keeps `focalPoint` (pixels of the
 * source) as near the centre as the image edges allow.
 */
export function focalPointCrop(
  source: Size,
  target: Size,
  focalPoint: { x: number; y: number },
): FocalPointCrop {
  // Scale by the axis that needs the least shrinking, so the other axis overflows and can be cut.
  const factor = Math.min(source.width / target.width, source.height / target.height);
  const resize = {
    width: Math.max(target.width, Math.round(source.width / factor)),
    height: Math.max(target.height, Math.round(source.height / factor)),
  };
  const clamp = (value: number, max: number) => Math.min(Math.max(value, 0), max);
  return {
    resize,
    region: {
      left: clamp(Math.round(focalPoint.x / factor - target.width / 2), resize.width - target.width),
      top: clamp(Math.round(focalPoint.y / factor - target.height / 2), resize.height - target.height),
      width: target.width,
      height: target.height,
    },
  };
}
