import type { ExportFormat } from '@plinth/types';
import { invalidQuery } from './invalid-query.js';

const FORMATS: readonly ExportFormat[] = ['json', 'csv', 'csv_utf8', 'xml', 'yaml'];

/** Reads `export`: one of the download formats; empty means none. */
export function parseExport(raw: unknown): ExportFormat | null {
  if (raw === undefined || raw === null || raw === '') return null;
  if (typeof raw === 'string' && (FORMATS as readonly string[]).includes(raw)) return raw as ExportFormat;
  throw invalidQuery(`"export" must be one of ${FORMATS.join(', ')}`);
}
