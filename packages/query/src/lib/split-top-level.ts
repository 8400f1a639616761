/**
 * Splits a comma list, ignoring commas inside parentheses, so `id,json(meta, a.b),title` keeps the `json(...)`
 * call whole. Items are trimmed; empty items are dropped.
 */
export function splitTopLevel(text: string): string[] {
  const items: string[] = [];
  let depth = 0;
  let start = 0;

  for (let index = 0; index < text.length; index++) {
    const char = text[index];
    if (char === '(') depth++;
    else if (char === ')') depth = Math.max(0, depth - 1);
    else if (char === ',' && depth === 0) {
      items.push(text.slice(start, index));
      start = index + 1;
    }
  }
  items.push(text.slice(start));

  return items.map((item) => item.trim()).filter((item) => item !== '');
}
