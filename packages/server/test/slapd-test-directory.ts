import { type ChildProcess, execFile, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { promisify } from 'node:util';

const run = promisify(execFile);
const SLAPD = '/usr/sbin/slapd';

/** Whether Debian's slapd and ldap-utils are installed (`apt-get install slapd ldap-utils`). */
export function hasSlapd(): boolean {
  return existsSync(SLAPD) && existsSync('/usr/bin/ldapadd');
}

/** A throw-away OpenLDAP server of the test's own: its own config, database directory and port. */
export interface SlapdTestDirectory {
  url: string;
  suffix: string;
  rootDn: string;
  rootPassword: string;
  /** Loads LDIF text through `ldapadd` as the root DN. */
  add(ldif: string): Promise<void>;
  /** Applies LDIF changes through `ldapmodify` as the root DN. */
  modify(ldif: string): Promise<void>;
  stop(): Promise<void>;
}

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

/** Starts slapd (mdb database, `dc=plinth,dc=test`) on a random port; `stop()` kills it and removes its files. */
export async function startSlapd(): Promise<SlapdTestDirectory> {
  const dir = await mkdtemp(join(tmpdir(), 'plinth-slapd-'));
  await mkdir(join(dir, 'data'));
  const suffix = 'dc=plinth,dc=test';
  const rootDn = `cn=admin,${suffix}`;
  const rootPassword = 'directory-root-secret';
  const config = join(dir, 'slapd.conf');
  await writeFile(
    config,
    [
      ...['core', 'cosine', 'inetorgperson', 'nis'].map(
        (schema) => `include /etc/ldap/schema/${schema}.schema`,
      ),
      `pidfile ${join(dir, 'slapd.pid')}`,
      `argsfile ${join(dir, 'slapd.args')}`,
      'modulepath /usr/lib/ldap',
      'moduleload back_mdb',
      'database mdb',
      `suffix "${suffix}"`,
      `rootdn "${rootDn}"`,
      `rootpw ${rootPassword}`,
      `directory ${join(dir, 'data')}`,
      'maxsize 10485760',
      '',
    ].join('\n'),
  );
  const port = await freePort();
  const url = `ldap://127.0.0.1:${port}`;
  // -d keeps slapd in the foreground, so this process owns it and can stop it.
  const slapd: ChildProcess = spawn(SLAPD, ['-f', config, '-h', `${url}/`, '-d', '0'], { stdio: 'ignore' });
  const credentials = ['-x', '-H', url, '-D', rootDn, '-w', rootPassword];
  const ldap = async (tool: string, ldif: string) => {
    const child = run(tool, [...credentials], {});
    child.child.stdin?.end(ldif);
    await child;
  };

  for (let attempt = 0; ; attempt++) {
    try {
      await run('/usr/bin/ldapwhoami', credentials);
      break;
    } catch (error) {
      if (attempt > 50 || slapd.exitCode !== null) {
        slapd.kill();
        await rm(dir, { recursive: true, force: true });
        throw new Error(`slapd did not start: ${String(error)}`);
      }
      await sleep(100);
    }
  }
  await ldap(
    '/usr/bin/ldapadd',
    `dn: ${suffix}\nobjectClass: dcObject\nobjectClass: organization\ndc: plinth\no: Plinth\n`,
  );

  return {
    url,
    suffix,
    rootDn,
    rootPassword,
    add: (ldif) => ldap('/usr/bin/ldapadd', ldif),
    modify: (ldif) => ldap('/usr/bin/ldapmodify', ldif),
    async stop() {
      const exited = new Promise((resolve) => slapd.once('exit', resolve));
      slapd.kill('SIGTERM');
      await Promise.race([exited, sleep(5000)]);
      await rm(dir, { recursive: true, force: true });
    },
  };
}
