// Review 16b: a quiz in a lesson's first step (review/r16b-attack/kuis built into /tmp/r16b/public/kuis, page.html):
// what shows before the script, what a pick before it becomes. node review/r16b-quiz1.mjs  (BROWSER=firefox)
import puppeteer from 'puppeteer-core';
const FF = process.env.BROWSER === 'firefox';
const browser = await puppeteer.launch(FF ? { browser: 'firefox', executablePath: '/usr/bin/firefox-esr', headless: true } : { executablePath: '/usr/bin/chromium', headless: true, args: ['--no-sandbox'] });
const URL = 'http://127.0.0.1:8726/public/kuis/page.html';
const radios = (page) => page.evaluate(() => {
  const deep = (root) => [...root.querySelectorAll('*')].flatMap((n) => [n, ...(n.shadowRoot ? deep(n.shadowRoot) : [])]);
  return deep(document).filter((n) => n.localName === 'input').map((n) => `${n.type} ${n.value} checked=${n.checked} attr=${n.getAttribute('checked')} vis=${n.checkVisibility()} "${n.closest('label')?.textContent.trim().slice(0, 30) ?? ''}"`);
});
for (const mode of ['blocked', 'late']) {
  const ctx = await browser.createBrowserContext(); const page = await ctx.newPage();
  await page.setViewport({ width: 360, height: 640 });
  await page.setRequestInterception(true);
  page.on('request', (r) => (/\/langkah[^/]*\.js/.test(r.url()) ? (mode === 'blocked' ? r.abort() : setTimeout(() => r.continue().catch(() => {}), 5000)) : r.continue()));
  const nav = page.goto(URL, { waitUntil: 'load', timeout: 60000 }).catch(() => {});
  await page.waitForFunction(() => !!document.querySelector('langkah-lesson')?.shadowRoot, { timeout: 10000 });
  await new Promise((r) => setTimeout(r, 500));
  console.log(`== ${mode} ${FF ? 'ff' : 'cr'} as it arrives:\n  ` + (await radios(page)).join('\n  '));
  const wait = await page.evaluate(() => document.querySelector('langkah-lesson').shadowRoot.textContent.includes('setelah halaman selesai dimuat'));
  console.log('  wait line shown:', wait);
  // the learner picks the first visible option
  const picked = await page.evaluate(() => {
    const deep = (root) => [...root.querySelectorAll('*')].flatMap((n) => [n, ...(n.shadowRoot ? deep(n.shadowRoot) : [])]);
    const i = deep(document).find((n) => n.localName === 'input' && n.type === 'radio' && n.checkVisibility() && !n.checked);
    if (!i) return 'nothing to pick';
    (i.closest('label') ?? i).click(); return `picked ${i.value} "${i.closest('label')?.textContent.trim().slice(0, 30)}"`;
  });
  console.log('  learner:', picked, '\n  ' + (await radios(page)).join('\n  '));
  if (mode === 'late') {
    await page.waitForFunction(() => !document.querySelector('langkah-lesson').hasAttribute('prerendered'), { timeout: 30000 }).catch(() => console.log('  !! still prerendered'));
    await new Promise((r) => setTimeout(r, 1000));
    console.log('  after the script:\n  ' + (await radios(page)).join('\n  '));
    console.log('  lesson shows:', await page.evaluate(() => { const r = document.querySelector('langkah-lesson').shadowRoot; return [...r.querySelectorAll('*')].map((n) => n.localName).filter((x) => x.includes('-') || /^(fieldset|input|button)$/.test(x)).join(' ') + ' | ' + r.querySelector('article, section')?.innerText.replace(/\s+/g, ' ').slice(0, 300); }));
    await page.screenshot({ path: `/tmp/r16b-shots/quiz1-after-${FF ? 'ff' : 'cr'}.png`, fullPage: true });
    console.log('  quiz shadow:', await page.evaluate(() => { const q = document.querySelector('langkah-lesson').shadowRoot.querySelector('langkah-quiz'); return `shadow=${!!q?.shadowRoot} kids=${q?.shadowRoot?.childElementCount} text="${q?.shadowRoot?.textContent.replace(/\s+/g, ' ').trim().slice(0, 120)}" light=${q?.childElementCount}`; }));
    console.log('  record', await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('langkah')).map((k) => localStorage.getItem(k).slice(0, 200)).join(' ')));
  }
  await nav; await ctx.close();
}
await browser.close();
