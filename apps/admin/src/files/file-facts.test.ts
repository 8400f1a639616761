import { describe, expect, it } from 'vitest';
import { formatSize, isImage, toFolderPath, toThumbnailUrl } from './file-facts.js';

describe('toThumbnailUrl', () => {
  it('asks the asset route for a cropped square of the given size', () => {
    expect(toThumbnailUrl('a b', 120)).toBe('/assets/a%20b?width=120&height=120&fit=cover');
  });
});

describe('isImage', () => {
  it('knows the types the asset route transforms', () => {
    expect(isImage('image/png')).toBe(true);
    expect(isImage('image/svg+xml')).toBe(false);
    expect(isImage('application/pdf')).toBe(false);
    expect(isImage(null)).toBe(false);
  });
});

describe('formatSize', () => {
  it('picks a unit and rounds', () => {
    expect(formatSize(512)).toBe('512 B');
    expect(formatSize(1536)).toBe('1.5 KB');
    expect(formatSize('2411724')).toBe('2.3 MB');
    expect(formatSize(50 * 1024 * 1024)).toBe('50 MB');
    expect(formatSize(null)).toBe('—');
  });
});

describe('toFolderPath', () => {
  const folders = [
    { id: 'a', parent: null },
    { id: 'b', parent: 'a' },
    { id: 'c', parent: 'b' },
    { id: 'x', parent: 'y' },
    { id: 'y', parent: 'x' },
  ];
  it('walks up to the root', () => {
    expect(toFolderPath(folders, 'c').map((folder) => folder.id)).toEqual(['a', 'b', 'c']);
    expect(toFolderPath(folders, null)).toEqual([]);
  });
  it('stops at a loop', () => {
    expect(toFolderPath(folders, 'x').map((folder) => folder.id)).toEqual(['y', 'x']);
  });
});
