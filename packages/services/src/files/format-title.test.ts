import { describe, expect, it } from 'vitest';
import { formatTitle } from './format-title.js';

describe('formatTitle', () => {
  it('drops the extension and splits words at separators and humps', () => {
    expect(formatTitle('my-trip_to-the-seaside.jpg')).toBe('My Trip to the Seaside');
    expect(formatTitle('holidayPhoto.PNG')).toBe('Holiday Photo');
    expect(formatTitle('report 2024.final.pdf')).toBe('Report 2024 Final');
  });

  it('keeps a name without extension, and never a directory', () => {
    expect(formatTitle('README')).toBe('README');
    expect(formatTitle('../../etc/passwd')).toBe('Passwd');
    expect(formatTitle('.env')).toBe('Env');
  });
});
