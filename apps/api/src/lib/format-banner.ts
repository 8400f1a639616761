/** What the banner tells a person who just started Plinth. */
export interface BannerInput {
  url: string;
  adminEmail: string;
  /** Present only on the start that created the admin with a generated password. */
  generatedPassword: string | null;
  createdAdmin: boolean;
  databaseLabel: string;
}

/** The lines printed once the server listens: where it is and how to log in. */
export function formatBanner(input: BannerInput): string {
  const lines = [
    '',
    `  Plinth is running at ${input.url}`,
    `  Database: ${input.databaseLabel}`,
    `  Admin app: ${input.url}/admin    API check: ${input.url}/server/ping`,
  ];
  if (input.createdAdmin && input.generatedPassword) {
    lines.push(
      `  Log in as ${input.adminEmail} with password ${input.generatedPassword}`,
      '  (shown only this once: keep it, or set ADMIN_PASSWORD before the first start to choose it)',
    );
  } else if (input.createdAdmin) {
    lines.push(`  Log in as ${input.adminEmail} with the password from ADMIN_PASSWORD.`);
  } else {
    lines.push(
      `  Log in with the admin account created on the first start (ADMIN_EMAIL, default ${input.adminEmail}).`,
    );
  }
  lines.push('');
  return lines.join('\n');
}
