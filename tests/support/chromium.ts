import { existsSync, mkdtempSync, readFileSync, renameSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

export interface ChromiumLaunch {
  executablePath: string;
  args: string[];
}

const DEBIAN_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

/**
 * Flags of the package's list (made for AWS Lambda) left out: two would make
 * pages behave unlike a user's browser, and with --single-process a second
 * browser context in one browser never loads its page.
 */
const DROPPED = new Set(['--disable-web-security', '--allow-running-insecure-content', '--single-process']);

/**
 * The Chromium the browser tests drive: `CHROMIUM_PATH` when set, else
 * Debian's `/usr/bin/chromium` when installed, else the headless Chromium
 * shipped inside the npm package `@sparticuz/chromium`, so that
 * `npm ci && npm test` needs nothing but Node. Called once per run (global setup).
 */
export async function resolveChromium(): Promise<ChromiumLaunch> {
  const named = process.env.CHROMIUM_PATH ?? (existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined);
  if (named) return { executablePath: named, args: DEBIAN_ARGS };
  const { default: packaged } = await import('@sparticuz/chromium');
  return {
    executablePath: await unpacked(() => packaged.executablePath()),
    args: packaged.args.filter((a) => !DROPPED.has(a)),
  };
}

/**
 * The package unpacks its browser (about 200 MB, 2 s) into the temp
 * directory and trusts whatever it finds there. Unpack it instead into a
 * private directory and move that, whole, to a per-version cache directory,
 * so runs side by side never launch a half-written binary.
 */
async function unpacked(executablePath: () => Promise<string>): Promise<string> {
  const main = createRequire(import.meta.url).resolve('@sparticuz/chromium'); // <package>/build/index.js
  const { version } = JSON.parse(readFileSync(join(dirname(main), '../package.json'), 'utf8')) as { version: string };
  const cache = join(tmpdir(), `dangvu-chromium-${version}`);
  if (existsSync(join(cache, 'chromium'))) return join(cache, 'chromium');
  const work = mkdtempSync(`${cache}-`);
  const saved = process.env.TMPDIR;
  process.env.TMPDIR = work; // where the package unpacks (os.tmpdir())
  try {
    await executablePath();
  } finally {
    if (saved === undefined) delete process.env.TMPDIR;
    else process.env.TMPDIR = saved;
  }
  try {
    renameSync(work, cache);
  } catch {
    rmSync(work, { recursive: true, force: true }); // another run got there first
  }
  return join(cache, 'chromium');
}
