/**
 * The files of an offline course pack that are made, not copied: its pages,
 * style, start-up script, icon, manifest and service worker. Pure functions,
 * no file system, so that `langkah build` (src/cli/pack.ts) and the course
 * builder page (src/builder/builder.ts) write the same bytes from the same
 * course.
 */
import { fingerprint } from '../content/hash.js';
import type { BuiltCurriculum, Lang } from '../content/schema.js';
import { LANGS } from './curriculum.js';

/** Text for HTML: the pages here and a prerendered pack's lesson pages (cli/pack.ts). */
export const esc = (s: string) => s.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!);

export const STATUS = {
  id: {
    saving: 'Menyimpan kursus di HP ini agar bisa dibuka tanpa internet…',
    ready: 'Kursus tersimpan di HP ini: bisa dibuka tanpa internet.',
    saved: 'Kursus tersimpan di HP ini.',
    offline: 'Anda sedang offline. Kursus tetap bisa dipakai, dan kemajuan Anda tersimpan.',
    unsupported: 'Browser ini tidak bisa menyimpan kursus untuk dipakai tanpa internet.',
    insecure: 'Kursus ini belum bisa disimpan untuk dipakai tanpa internet: alamatnya tidak memakai https.',
    failed: 'Kursus belum tersimpan untuk offline. Buka lagi halaman ini saat ada sinyal.',
    noscript: 'Kursus ini perlu JavaScript. Nyalakan JavaScript di browser Anda.',
    trainer: 'Halaman pelatih',
    builder: 'Penyusun kursus',
    builderLink: 'Susun kursus baru dari pelajaran paket ini',
    builderIntro: 'Pilih pelajaran dari paket ini, atur hari dan sesi, lalu unduh paket offline baru atau file YAML-nya. Halaman ini juga bisa dipakai tanpa internet setelah dibuka sekali.',
    update: 'Versi baru kursus ini siap — muat ulang untuk memakainya. Kemajuan Anda tetap tersimpan.',
    reload: 'Muat ulang',
  },
  en: {
    saving: 'Saving the course on this phone so it opens without internet…',
    ready: 'Course saved on this phone: it opens without internet.',
    saved: 'Course saved on this phone.',
    offline: 'You are offline. The course still works, and your progress is saved.',
    unsupported: 'This browser cannot save the course for use without internet.',
    insecure: 'This course cannot be saved for use without internet: its address does not use https.',
    failed: 'The course is not saved for offline use yet. Open this page again when you have a signal.',
    noscript: 'This course needs JavaScript. Turn on JavaScript in your browser.',
    trainer: 'Trainer page',
    builder: 'Course builder',
    builderLink: 'Build a new course from this pack’s lessons',
    builderIntro: 'Pick lessons from this pack, arrange the days and sessions, then download a new offline pack or its YAML file. This page also works without internet once it has been opened.',
    update: 'A new version of this course is ready — reload to use it. Your progress stays saved.',
    reload: 'Reload',
  },
} satisfies Record<Lang, Record<string, string>>;

/**
 * The pack's Content-Security-Policy: its own scripts, styles, data and
 * worker, pictures and sounds from the pack (and from the web addresses its
 * lessons name, if any), nothing else. Lit's styles are constructed
 * stylesheets, which style-src 'self' allows; no page needs an inline script
 * or style, a font, a frame, a plugin or a form.
 */
export function packCsp(remote: { img: string[]; media: string[] } = { img: [], media: [] }): string {
  const sources = (origins: string[]) => ["'self'", ...new Set(origins)].join(' ');
  return [
    "default-src 'none'",
    "script-src 'self'",
    "style-src 'self'",
    `img-src ${sources(remote.img)}`,
    `media-src ${sources(remote.media)}`,
    "connect-src 'self'",
    "manifest-src 'self'",
    "worker-src 'self'",
    "base-uri 'none'",
    "form-action 'none'",
  ].join('; ');
}

/** The origins of web pictures and sounds that `lessons` show (a pack's lessons are built JSON). */
export function remoteOrigins(lessons: unknown[]): { img: string[]; media: string[] } {
  const found = { img: [] as string[], media: [] as string[] };
  // `//host/x.png` takes the page's scheme: a host-source without one matches it (review 10b, F7).
  const origin = (url: string) => (/^https?:\/\//i.test(url) ? new URL(url).origin : /^\/\/[^/]/.test(url) && URL.canParse(`https:${url}`) ? new URL(`https:${url}`).host : undefined);
  const visit = (node: unknown, key?: string): void => {
    if (Array.isArray(node)) return node.forEach((n) => visit(n));
    if (!node || typeof node !== 'object') return;
    const o = node as Record<string, unknown>;
    const at = typeof o.src === 'string' ? origin(o.src) : undefined;
    if (at && o.t === 'image') found.img.push(at);
    if (at && key === 'audio') found.media.push(at);
    for (const [k, v] of Object.entries(o)) visit(v, k);
  };
  lessons.forEach((l) => visit(l));
  return found;
}

const cspMeta = (csp: string) => `<meta http-equiv="Content-Security-Policy" content="${esc(csp)}">`;

// The learner's page: the course title once (the page's h1; the element's own
// title is left to screen readers, see packCss), then the course, whose main
// button is on the first screen of a 360 × 640 phone.
const indexHtml = (c: BuiltCurriculum, lang: Lang, csp: string) => `<!doctype html>
<html lang="${lang}">
<head>
<meta charset="utf-8">
${cspMeta(csp)}
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(c.title[lang])}</title>
<meta name="description" content="${esc(c.description?.[lang] ?? c.title[lang])}">
<meta name="theme-color" content="#0b6e4f">
<link rel="manifest" href="manifest.webmanifest">
<link rel="icon" href="icon.svg" type="image/svg+xml">
<link rel="modulepreload" href="langkah/langkah.js">
<link rel="preload" href="curriculum.json" as="fetch" crossorigin>
<link rel="stylesheet" href="pack.css">
<script type="module" src="pack.js"></script>
</head>
<body class="learner">
<header>
  <h1>${esc(c.title[lang])}</h1>
  <p>${esc(c.organiser)}</p>
</header>
<main>
  <div id="update" role="status"></div>
  <p id="offline-status" role="status" aria-live="polite"></p>
  <noscript><p>${esc(STATUS[lang].noscript)}</p></noscript>
  <langkah-curriculum src="curriculum.json" lang="${lang}"></langkah-curriculum>
</main>
</body>
</html>
`;

/**
 * The shell of the trainer's pages (trainer.html, builder.html): the page's
 * `name` and the course in the title and header, the pack's style and
 * start-up script (plus `head`), the update and offline notices, then `main`
 * (indented lines) and the `footer` link.
 */
const trainerShell = (c: BuiltCurriculum, lang: Lang, csp: string, page: { name: 'trainer' | 'builder'; head?: string; main: string; footer: string }) => `<!doctype html>
<html lang="${lang}">
<head>
<meta charset="utf-8">
${cspMeta(csp)}
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(STATUS[lang][page.name])} — ${esc(c.title[lang])}</title>
<link rel="icon" href="icon.svg" type="image/svg+xml">
<link rel="stylesheet" href="pack.css">
<script type="module" src="pack.js"></script>
${page.head ?? ''}</head>
<body class="${page.name}">
<header><h1>${esc(STATUS[lang][page.name])}</h1><p>${esc(c.title[lang])} — ${esc(c.organiser)}</p></header>
<main>
  <div id="update" role="status"></div>
  <p id="offline-status" role="status" aria-live="polite"></p>
${page.main}</main>
<footer>${page.footer}</footer>
</body>
</html>
`;

const trainerHtml = (c: BuiltCurriculum, lang: Lang, csp: string, guides: string) =>
  trainerShell(c, lang, csp, {
    name: 'trainer',
    main: `  ${guides}
  <p class="guide-links"><a href="builder.html">${esc(STATUS[lang].builderLink)}</a></p>
  <langkah-roster src="curriculum.json" lang="${lang}"></langkah-roster>
`,
    footer: `<a href="./">${esc(c.title[lang])}</a>`,
  });

/**
 * The pack's course builder: the pack's own catalogue (modules/index.json, only
 * its lessons) and bundle, so a trainer makes a smaller or reordered pack, or
 * its YAML, with no network. No links: they need a site's course page.
 */
const builderHtml = (c: BuiltCurriculum, lang: Lang, csp: string) =>
  trainerShell(c, lang, csp, {
    name: 'builder',
    head: `<script type="module" src="langkah/${BUILDER_FILE}"></script>\n`,
    main: `  <p>${esc(STATUS[lang].builderIntro)}</p>
  <langkah-builder catalogue="modules/index.json" cdn="langkah/" course-page=""></langkah-builder>
`,
    footer: `<a href="trainer.html">${esc(STATUS[lang].trainer)}</a>`,
  });

/**
 * The pages' style. On the learner's page (review 12, findings 3, 4 and 12):
 * the course title shows once, in the page's header (the element's own title
 * in the same language stays for screen readers only); while a lesson is open
 * (pack.js sets body.lesson-open) the header is one short line and the
 * "saved" status gives way to the lesson, unless the phone is offline or the
 * course is not saved; and a printed certificate has no page header above it.
 */
const packCss = (lang: Lang) => `:root{color-scheme:light dark;font-family:system-ui,sans-serif;line-height:1.5}
body{margin:0 auto;max-width:46rem;padding:0 1rem 2rem}
body.builder{max-width:90rem}
header h1{font-size:1.5rem;margin:.75rem 0 0;line-height:1.25}
header p{margin:0;opacity:.8}
.learner langkah-curriculum::part(title-${lang}){position:absolute;width:1px;height:1px;margin:0;overflow:hidden;clip-path:inset(50%);white-space:nowrap}
.lesson-open header h1{font-size:1rem;margin:.25rem 0;white-space:nowrap;overflow:hidden;text-overflow:ellipsis}
.lesson-open header p,.lesson-open #offline-status[data-state=ready],.lesson-open #offline-status[data-state=saving]{display:none}
#offline-status{margin:.5rem 0;padding:.25rem .75rem;border-radius:.5rem;background:color-mix(in srgb,currentColor 8%,transparent)}
#offline-status:empty,#update:empty{display:none}
#update{position:sticky;top:0;z-index:1;margin:1rem 0;padding:.75rem;border-radius:.5rem;border:2px solid #0b6e4f;background:Canvas;font-size:1rem}
#update button{display:block;margin-top:.5rem;min-height:44px;min-width:44px;padding:.5rem 1.25rem;border:0;border-radius:.5rem;background:#0b6e4f;color:#fff;font:inherit;font-weight:600;cursor:pointer}
#update button:focus-visible{outline:3px solid #0b6e4f;outline-offset:2px}
footer{margin-top:2rem}
a{min-height:44px;display:inline-flex;align-items:center}
@media print{header,#offline-status,#update,footer,.guide-links{display:none}}
@page trainer{size:A4 landscape;margin:8mm}
@media print{.trainer{page:trainer;max-width:none;padding:0}.trainer header h1{font-size:1rem;margin:0}.trainer header p{font-size:.8rem}}
`;

const packJs = (lang: Lang) => `// Loads Langkah, keeps the course available offline, and offers a new version when there is one.
import './langkah/langkah.js';

// A lesson's own page (langkah build --prerender): its record is the course's, so it counts there too.
for (const el of document.querySelectorAll('langkah-lesson[data-course]')) el.scope = 'course:' + el.dataset.course + '@' + new URL('./', location.href).pathname + '|';

const text = ${JSON.stringify(STATUS[lang])};
const status = document.getElementById('offline-status');
// "Saved" in full once on this phone, then one short line: the course keeps the first screen.
const told = 'langkah.pack-saved:' + new URL('./', location.href).pathname;
const remembered = (set) => { try { return set ? localStorage.setItem(told, '1') : localStorage.getItem(told); } catch { return null; } };
const say = (key) => {
  if (!status) return;
  if (key === 'ready' && remembered()) key = 'saved';
  else if (key === 'ready') remembered(true);
  status.textContent = text[key];
  status.dataset.state = key === 'saved' ? 'ready' : key;
};

// While a lesson is open, the page's header and status make room for it (pack.css).
const course = document.querySelector('langkah-curriculum');
if (course) {
  const follow = () => document.body.classList.toggle('lesson-open', course.hasAttribute('lesson-open'));
  new MutationObserver(follow).observe(course, { attributes: true, attributeFilter: ['lesson-open'] });
}

/**
 * A new version of the course was installed while this page shows the old one:
 * say so, with a button that switches to it and reloads. Progress is saved as
 * the learner goes, so reloading loses nothing.
 */
let reloading = false;
function offerUpdate(reg) {
  const box = document.getElementById('update');
  if (!box || box.childElementCount) return;
  const message = document.createElement('span');
  message.textContent = text.update;
  const button = document.createElement('button');
  button.type = 'button';
  button.textContent = text.reload;
  button.addEventListener('click', () => {
    reloading = true;
    // The new version waits for this; when another tab already switched to it, a reload is enough.
    if (reg.waiting) reg.waiting.postMessage('langkah:update');
    else location.reload();
  });
  box.append(message, ' ', button);
}

if (!('serviceWorker' in navigator)) {
  // Browsers offer service workers only on https:// (and http://localhost).
  say(isSecureContext ? 'unsupported' : 'insecure');
} else {
  const sw = navigator.serviceWorker;
  if (!sw.controller) say('saving');
  sw.addEventListener('controllerchange', () => { if (reloading) location.reload(); });
  sw.register('sw.js').then((reg) => {
    const watch = (w) => w?.addEventListener('statechange', () => {
      // A file that could not be fetched fails the install: the course is not saved yet.
      if (w.state === 'redundant' && !sw.controller) say('failed');
      if (w.state === 'installed' && sw.controller) offerUpdate(reg);
    });
    if (reg.waiting && sw.controller) offerUpdate(reg);
    watch(reg.installing);
    reg.addEventListener('updatefound', () => watch(reg.installing));
  }, () => say('failed'));
  sw.ready.then((reg) => {
    say(navigator.onLine ? 'ready' : 'offline');
    // A trainer's page: keep the trainer pages too (a learner's phone never stores them).
    if (document.body.matches('.trainer, .builder')) reg.active?.postMessage('langkah:trainer');
  });
  addEventListener('offline', () => say('offline'));
  addEventListener('online', () => sw.ready.then(() => say('ready')));
}
`;

/**
 * The pack's service worker. Everything it keeps is named by the pack's full
 * address (its scope, e.g. https://host/kelas/), so two packs on one site —
 * in two folders, or with ids such as kelas and kelas-digital — never delete
 * or answer from each other's copy. It answers only requests for the pack's
 * own files; anything else goes to the network untouched.
 *
 * Only the learner's files are kept on install. The trainer's (TRAINER:
 * trainer page, guides, course builder and its catalogue) are kept all at
 * once the first time a trainer page asks (pack.js) or one of them is
 * fetched, so each opens offline after one visit; a newer version keeps them
 * again on a phone that had them (the MARK entry says so).
 */
const swJs = (version: string, files: string[], trainer: string[]) => `// Langkah offline course pack: keeps every learner's file of the course on the
// first visit, the trainer's pages on a trainer's first visit to one, then
// answers from that copy, so the course runs with no network.
const VERSION = ${JSON.stringify(version)};
const FILES = ${JSON.stringify(['./', ...files])};
const TRAINER = ${JSON.stringify(trainer)};
const SCOPE = self.registration.scope;
const PREFIX = 'langkah-pack ' + SCOPE + ' ';
const CACHE = PREFIX + VERSION;
const OWN = new Set([...FILES, ...TRAINER].map((f) => new URL(f, SCOPE).href));
const MARK = new URL('.langkah-trainer', SCOPE).href;
// Around the HTTP cache: a host that lets browsers keep files for a while
// (GitHub Pages: max-age=600) must not hand the old files to the new version.
const fresh = (f) => new Request(f, { cache: 'reload' });
const keepTrainer = (cache) =>
  cache.match(MARK).then((had) => had || cache.addAll(TRAINER.map(fresh)).then(() => cache.put(MARK, new Response(''))));

self.addEventListener('install', (event) => {
  event.waitUntil(
    caches
      .open(CACHE)
      .then(async (cache) => {
        await cache.addAll(FILES.map(fresh));
        // A trainer's phone keeps this version's trainer pages too; one that cannot be fetched now is fetched when opened.
        if (await caches.match(MARK)) await keepTrainer(cache).catch(() => {});
      })
      // The first version takes over at once; a newer one waits until the learner
      // reloads (the page offers it), so a page never mixes two versions.
      .then(() => self.registration.active || self.skipWaiting()),
  );
});

self.addEventListener('message', (event) => {
  if (event.data === 'langkah:update') self.skipWaiting();
  if (event.data === 'langkah:trainer') event.waitUntil(caches.open(CACHE).then(keepTrainer).catch(() => {}));
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((names) =>
        Promise.all(
          names.map(async (name) => {
            // This pack's older versions; and a cache named by an older Langkah
            // ("langkah-<id>-<stamp>") only when it holds this pack's own page.
            const old = name.startsWith(PREFIX) ? name !== CACHE : /^langkah-[a-z0-9-]+$/.test(name) && !!(await (await caches.open(name)).match(SCOPE));
            if (old) await caches.delete(name);
          }),
        ),
      )
      .then(() => self.clients.claim()),
  );
});

self.addEventListener('fetch', (event) => {
  const request = event.request;
  const url = new URL(request.url);
  url.search = url.hash = '';
  if (request.method !== 'GET' || !OWN.has(url.href)) return;
  event.respondWith(
    caches.open(CACHE).then((cache) =>
      cache.match(request, { ignoreSearch: true }).then((hit) => {
        if (!hit && TRAINER.some((f) => new URL(f, SCOPE).href === url.href)) event.waitUntil(keepTrainer(cache).catch(() => {}));
        return hit || fetch(request);
      }),
    ),
  );
});
`;

const iconSvg = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 96 96" width="96" height="96"><rect width="96" height="96" rx="20" fill="#0b6e4f"/><path d="M24 66h16V50h16V34h16" fill="none" stroke="#fff" stroke-width="8" stroke-linecap="round" stroke-linejoin="round"/></svg>
`;

/** A name for under a home-screen icon: the first words that fit in 12 characters. */
const shortName = (title: string) => (title.length <= 12 ? title : title.slice(0, 13).replace(/\s+\S*$/, '').slice(0, 12));


/** The course builder's file in the bundle folder (dist/cdn, a pack's langkah/). */
export const BUILDER_FILE = 'langkah-builder.js';

/**
 * A pack's files for trainers only: a learner's phone never stores them
 * (the service worker keeps them when a trainer opens one).
 */
export const isTrainerFile = (path: string): boolean =>
  /^(trainer\.html|builder\.html|guide(\.[a-z]+)?\.html|guide\.css|guide\.js|modules\/index\.json|modules\/guides\/[^/]+\.json)$/.test(path) ||
  path === `langkah/${BUILDER_FILE}`;

/**
 * The generated files of a pack, by name, for `built` and its `csp`; `guides`
 * is the trainer page's links to the facilitator guide (guide-page.ts makes
 * its pages). A new kind of generated page is one more line here.
 */
export function packPages(built: BuiltCurriculum, csp: string, guides = ''): [string, string][] {
  const lang: Lang = built.languages[0] ?? LANGS[0];
  return [
    ['curriculum.json', JSON.stringify(built)],
    ['index.html', indexHtml(built, lang, csp)],
    ['trainer.html', trainerHtml(built, lang, csp, guides)],
    ['builder.html', builderHtml(built, lang, csp)],
    ['pack.js', packJs(lang)],
    ['pack.css', packCss(lang)],
    ['icon.svg', iconSvg],
    [
      'manifest.webmanifest',
      JSON.stringify({
        name: built.title[lang],
        short_name: shortName(built.title[lang]),
        lang,
        start_url: './',
        scope: './',
        display: 'standalone',
        background_color: '#ffffff',
        theme_color: '#0b6e4f',
        icons: [{ src: 'icon.svg', sizes: 'any', type: 'image/svg+xml', purpose: 'any' }],
      }),
    ],
  ];
}

/** `fingerprint` of the bytes read as Latin-1 (one character per byte), without making that string. */
export function fingerprintBytes(bytes: Uint8Array): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < bytes.length; i++) {
    h ^= bytes[i]!;
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0).toString(36);
}

/**
 * `sw.js` for a pack whose other files are `files` (path and bytes). Its
 * version changes whenever any file or the worker itself does, so a rebuilt
 * pack replaces the old copy.
 */
export function serviceWorker(id: string, files: { path: string; bytes: Uint8Array }[]): string {
  const sorted = [...files].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  const stamp = fingerprint([swJs('', [], []), ...sorted.map((f) => `${f.path}:${fingerprintBytes(f.bytes)}`)].join());
  const paths = sorted.map((f) => f.path);
  return swJs(`${id}-${stamp}`, paths.filter((p) => !isTrainerFile(p)), paths.filter(isTrainerFile));
}

/**
 * The pack's bundle files that `text` (one of them) imports. The Markdown
 * parser never travels (a pack loads built JSON), nor does the hydration of
 * prerendered lessons unless the pack has prerendered pages (`hydrate`,
 * langkah build --prerender): a learner's phone would store them for nothing.
 */
export const bundleImports = (text: string, hydrate = false): string[] =>
  [...text.matchAll(/["'`]\.\/([\w.-]+\.js)["'`]/g)].map((m) => m[1]!).filter((f) => !(hydrate ? /-markdown-/ : /-(markdown|hydrate)-/).test(f));
