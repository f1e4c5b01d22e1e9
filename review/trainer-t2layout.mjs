// Review 15b: minors 10 and 14 of review 15: the builder at 1366×768 (catalogue beside the plan?) and at 360 px
// (checkbox targets, sideways scroll).   node review/trainer.mjs --base http://localhost:PORT --phase t2layout
export default async function ({ BASE, log, launch, open, shot, sleep }) {
  const browser = await launch();
  for (const phone of [false, true]) {
    const { ctx, page } = await open(browser, { phone });
    await page.goto(`${BASE}/examples/builder.html`, { waitUntil: 'load' });
    await page.waitForFunction(() => document.querySelector('langkah-builder')?.shadowRoot?.querySelector('#search'), { timeout: 30000 });
    await page.evaluate(async () => {
      const r = document.querySelector('langkah-builder').shadowRoot;
      for (const b of [...r.querySelectorAll('li.lesson input[type=checkbox]')].slice(0, 6)) { b.click(); await new Promise((x) => setTimeout(x, 50)); }
    });
    await sleep(500);
    const m = await page.evaluate(() => {
      const r = document.querySelector('langkah-builder').shadowRoot;
      const box = (e) => e && (({ x, y, width, height }) => ({ x: Math.round(x), y: Math.round(y), w: Math.round(width), h: Math.round(height) }))(e.getBoundingClientRect());
      const boxes = [...r.querySelectorAll('li.lesson input[type=checkbox]')].slice(0, 40).map(box);
      const small = boxes.filter((b) => b.w < 44 || b.h < 44).length;
      const plan = r.querySelector('ol.plan');
      const buttons = [...r.querySelectorAll('button, input, select, a')].map(box).filter((b) => b.w && (b.w < 44 || b.h < 44)).length;
      return { docHeight: document.documentElement.scrollHeight, scrollWidth: document.documentElement.scrollWidth, firstCheckbox: boxes[0], small, plan: box(plan), search: box(r.querySelector('#search')), link: box(r.querySelector('#link')), smallControls: buttons };
    });
    log(`[${phone ? '360' : '1366'}] ${JSON.stringify(m)}`);
    await shot(page, `t2-layout-${phone ? "360" : "1366"}-builder`, true);
    await ctx.close();
  }
  await browser.close();
}
