// Before the browser tests: say plainly how to get the browsers, rather than
// letting the test runner fail with a launch error.
import { existsSync } from 'node:fs';

const browsers = [
  ['Chromium', process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', 'chromium'],
  ['Firefox', process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr', 'firefox-esr'],
].filter(([name]) => !process.env.BROWSERS || process.env.BROWSERS.toLowerCase().includes(name.toLowerCase()));

const missing = browsers.filter(([, path]) => !existsSync(path));
if (missing.length) {
  for (const [name, path] of missing) console.error(`${name} not found at ${path}`);
  console.error(
    `\nThe browser tests run in the system's browsers. Install them with\n  sudo apt-get install ${missing.map((m) => m[2]).join(' ')}\n` +
      'or point CHROMIUM_PATH / FIREFOX_PATH at your own.',
  );
  process.exit(1);
}
