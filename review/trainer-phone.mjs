// The builder on a 360 px phone by touch only: tap lessons, "Tambah hari", "Tambah sesi", "Naik"/"Turun";
// then a 100 KB course hash.
export default async function ({ BASE, log, launch, open, shot, sleep }) {
  const browser = await launch();
  const { page } = await open(browser, { phone: true });
  await page.goto(`${BASE}/examples/builder.html`, { waitUntil: 'load' });
  await page.waitForFunction(() => document.querySelector('langkah-builder')?.shadowRoot?.querySelector('#search'));
  const el = (sel) => page.evaluateHandle((s) => document.querySelector('langkah-builder').shadowRoot.querySelector(s), sel);
  const tap = async (sel) => { const h = await el(sel); await h.evaluate((e) => e.scrollIntoView({ block: 'center' })); await h.tap(); await sleep(200); };
  const search = await el('#search'); await search.tap(); await page.keyboard.type('QRIS'); await sleep(300);
  await tap('label[for="pick-aman-terima-uang--qris-aman"]');
  await tap('label[for="pick-qris-dan-bayar--daftar-qris"]');
  await tap('label[for="pick-qris-dan-bayar--kapan-uang-masuk"]');
  await tap('button.add-day');
  await tap('ol.plan > li.day:last-of-type button.up');
  await tap('ol.plan > li.planned-module:last-of-type ol > li:last-child button.up');
  const plan = await page.evaluate(() => [...document.querySelector('langkah-builder').shadowRoot.querySelectorAll('ol.plan > li')].map((li) => li.classList.contains('day') ? li.querySelector('h3').textContent.trim() : li.classList.contains('planned-module') ? `  ${li.querySelector('h3').textContent.trim()}: ${[...li.querySelectorAll('ol > li')].map((x) => x.dataset.lesson).join(', ')}` : '  [sesi]'));
  log('phone plan after taps:\n' + plan.join('\n'));
  log('page scrollWidth:', await page.evaluate(() => document.documentElement.scrollWidth));
  await shot(page, 'ph-builder-plan');
  const { ctx, page: p } = await open(browser, { phone: true });
  const t = Date.now();
  await p.goto(`${BASE}/examples/course.html#k=1.${'A'.repeat(100_000)}`, { waitUntil: 'networkidle0', timeout: 60000 }).catch((e) => log('  goto', e.message));
  await sleep(1000);
  log(`100 KB hash: ${Date.now() - t} ms ::`, await p.evaluate(() => (document.querySelector('langkah-curriculum')?.shadowRoot?.textContent || document.body.innerText).replace(/\s+/g, ' ').trim().slice(0, 160)).catch((e) => e.message));
  await ctx.close();
  await browser.close();
}
