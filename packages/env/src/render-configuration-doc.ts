import { dynamicSettingGroups } from './definitions/dynamic-setting-groups.js';
import { describeSettings, type SettingDescription } from './describe-settings.js';
import { envGroups } from './env-definition.js';

const intro = `<!-- Generated from packages/env/src/definitions by \`pnpm docs:config\`. Do not edit by hand. -->

# Configuration

Plinth reads its settings once, at start-up, with \`@plinth/env\`. This page is generated from the
same definitions that parse and validate them; regenerate it with \`pnpm docs:config\` (or
\`pnpm --filter @plinth/env run docs\`) after changing a definition.

## Where settings come from

- The real environment, over a config file: \`CONFIG_PATH\` (default \`.env\` in the working directory;
  a \`.json\` file holds one object of settings). A missing default \`.env\` is fine; a missing
  \`CONFIG_PATH\` file stops start-up.
- \`NAME_FILE=/path\` reads \`NAME\` from that file, less one trailing newline (Docker and Kubernetes secrets).
- A prefix forces how a value is read: \`string:\`, \`number:\`, \`boolean:\`, \`array:\`, \`json:\`, \`regex:\`.
  An empty value counts as unset; \`string:\` or \`array:\` give an explicit empty value.
- Durations are milliseconds or a number with a unit: \`500ms\`, \`30s\`, \`15m\`, \`1h\`, \`7d\`, \`1w\`.
  Sizes are bytes or a number with a unit: \`512kb\`, \`1mb\`, \`2gb\` (1024-based).
- A bad value stops start-up with one line naming the variable, what it accepts and what it got.
  Secret values (marked 🔒) are never shown in errors or logs.`;

function cell(text: string | undefined, code = false): string {
  if (text === undefined) return '—';
  if (text === '') return '(empty)';
  const escaped = text.replace(/\|/g, '\\|').replace(/\n/g, ' ');
  return code ? `\`${escaped}\`` : escaped;
}

/**
 * Display width as Biome's Markdown formatter counts it (emoji take two columns), so the generated
 * tables are already formatted and `biome check .` leaves the file alone.
 */
const width = (text: string): number =>
  [...text].reduce((sum, char) => sum + ((char.codePointAt(0) ?? 0) >= 0x1f300 ? 2 : 1), 0);

function renderTable(rows: readonly SettingDescription[]): string {
  const header = ['Variable', 'Type', 'Default', 'Description'];
  const body = rows.map((row) => [
    `\`${row.name}\`${row.secret ? ' 🔒' : ''}`,
    cell(row.type),
    cell(row.default, true),
    cell(row.description),
  ]);
  const widths = header.map((title, column) =>
    Math.max(width(title), ...body.map((cells) => width(cells[column] ?? ''))),
  );
  const line = (cells: readonly string[]) =>
    `| ${cells.map((text, column) => text + ' '.repeat((widths[column] ?? 0) - width(text))).join(' | ')} |`;
  const rule = `| ${widths.map((size) => '-'.repeat(size)).join(' | ')} |`;
  return [line(header), rule, ...body.map(line)].join('\n');
}

/** Renders docs/configuration.md from the definitions: an introduction, one table per group, the dynamic groups. */
export function renderConfigurationDoc(): string {
  const settings = describeSettings();
  const sections = envGroups.map(
    (group) => `## ${group}\n\n${renderTable(settings.filter((setting) => setting.group === group))}`,
  );
  const dynamic = dynamicSettingGroups.map(({ pattern, description }) => `- \`${pattern}\`: ${description}`);
  const dynamicSection = `## Variable families\n\nThese names depend on other settings, so they are read by prefix rather than listed above.\n\n${dynamic.join('\n')}`;
  return `${[intro, ...sections, dynamicSection].join('\n\n')}\n`;
}
