// Link variants a chat app or a person may produce: trailing dot, cut short, a character changed, hash percent-encoded.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
export default async function ({ OUT, log, launch, open, shot, sleep }) {
  const url = readFileSync(join(OUT, 'link.txt'), 'utf8');
  const browser = await launch();
  const variants = [['whole', url], ['trailing dot', url + '.'], ['trailing ")"', url + ')'], ['cut 70%', url.slice(0, Math.floor(url.length * 0.7))],
    ['one char changed', url.slice(0, -20) + (url.at(-20) === 'A' ? 'B' : 'A') + url.slice(-19)], ['%23 hash', url.replace('#', '%23')], ['no hash', url.split('#')[0]]];
  for (const [what, u] of variants) {
    const { ctx, page } = await open(browser, { phone: true });
    await page.goto(u, { waitUntil: 'networkidle0' }).catch((e) => log('  goto', e.message));
    await sleep(2500);
    const txt = await page.evaluate(() => (document.querySelector('langkah-curriculum')?.shadowRoot?.textContent || document.body.innerText).replace(/\s+/g, ' ').trim().slice(0, 220));
    log(`link ${what} (${u.length}): ${txt}`);
    await shot(page, `l-${what.replace(/\W+/g, '-')}`);
    await ctx.close();
  }
  await browser.close();
}
