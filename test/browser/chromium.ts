import { execFileSync } from 'node:child_process';
import { chromium, type Browser } from 'playwright-core';

/** Debian's Chromium, as `command -v chromium` finds it; undefined when it is not installed. */
export function chromiumPath(): string | undefined {
  try {
    const path = execFileSync('sh', ['-c', 'command -v chromium'], { encoding: 'utf8' }).trim();
    return path === '' ? undefined : path;
  } catch {
    return undefined;
  }
}

/** Browser tests run in CI always (a missing Chromium fails them); elsewhere they skip without one. */
export function browserSkipReason(): string | undefined {
  if (chromiumPath() !== undefined || process.env['CI']) return undefined;
  return 'Chromium not found (`command -v chromium`); install it with apt-get install chromium to run the browser tests';
}

export async function launchChromium(): Promise<Browser> {
  const executablePath = chromiumPath();
  if (executablePath === undefined) throw new Error('Chromium not found (`command -v chromium`); CI installs it in .ci/run');
  return chromium.launch({
    executablePath,
    headless: true,
    args: ['--headless', '--no-sandbox', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
}
