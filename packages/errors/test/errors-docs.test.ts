import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { errorClasses, WebSocketErrorCode } from '../src/index.js';

interface DocumentedCode {
  code: string;
  status: number;
  section: string;
}

const docsUrl = new URL('../../../docs/errors.md', import.meta.url);

/** Reads every `| \`CODE\` | status | ...` table row of docs/errors.md, remembering its section heading. */
const readDocumentedCodes = (): DocumentedCode[] => {
  const rows: DocumentedCode[] = [];
  let section = '';

  for (const line of readFileSync(docsUrl, 'utf8').split('\n')) {
    const heading = /^##\s+(.+)$/.exec(line);
    if (heading) section = heading[1]!.trim();

    const row = /^\|\s*`([A-Z][A-Z0-9_]*)`\s*\|\s*(\d{3})\b/.exec(line);
    if (row) rows.push({ code: row[1]!, status: Number(row[2]), section });
  }

  return rows;
};

const sortByCode = <T extends { code: string }>(list: T[]): T[] =>
  [...list].sort((a, b) => a.code.localeCompare(b.code));

describe('docs/errors.md', () => {
  const documented = readDocumentedCodes();

  it('documents each code once', () => {
    const codes = documented.map((entry) => entry.code);
    expect(codes.length).toBeGreaterThan(0);
    expect(new Set(codes).size).toBe(codes.length);
  });

  it('documents exactly the codes of the package, with their statuses', () => {
    const inDocs = sortByCode(documented.map(({ code, status }) => ({ code, status })));
    const inCode = sortByCode(errorClasses.map(({ code, status }) => ({ code, status })));

    // Both directions: a code missing from the docs, or a documented code the package lacks, fails here.
    expect(inDocs).toEqual(inCode);
  });

  it('lists the WebSocket-only codes in their own section', () => {
    const socketSection = documented.filter((entry) => entry.section.startsWith('WebSocket'));
    expect(socketSection.map((entry) => entry.code).sort()).toEqual(Object.values(WebSocketErrorCode).sort());
  });
});
