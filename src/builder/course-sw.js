// Langkah: the service worker of the course page that opens a course builder's
// links (course.html, beside this file). After one online visit the course
// opens offline: the page (langkah-course-link.js) registers this worker for
// its own address only and, on every online visit, sends what its course
// needs (the page and what it loaded: the bundle, the catalogue; and that
// course's lessons). The worker keeps those, the bundle's chunks and the
// lessons' pictures and sounds in one cache named by the page's address
// ("langkah-course <address>"): it never opens, answers from or deletes any
// other cache.
//
// Fresh first: a kept file is fetched from the network (asking the host
// whether it changed, past any browser cache), and the copy is used only when
// the network fails or is silent for WAIT ms. So a new version of a lesson
// reaches the learner on the next online visit. Anything the page did not
// ask to keep goes to the network untouched.
const SCOPE = self.registration.scope;
const CACHE = 'langkah-course ' + SCOPE;
const WAIT = 4000;
// import("./langkah-curriculum-XXXX.js") and from"./langkah-parts-XXXX.js"; the Markdown parser never runs here (lessons are built JSON).
const IMPORT = /["'`]\.\/([\w.-]+\.js)["'`]/g;
// Files fetched by this worker in the last minute: a keep right after the page loaded them does not ask again.
const recent = new Map();

const keyOf = (url) => {
  const u = new URL(url);
  u.hash = '';
  // The page is one copy whatever follows "?" (the course itself is after "#", which never reaches the host).
  if (u.href.startsWith(SCOPE)) u.search = '';
  return u.href;
};
const own = (url) => new URL(url).origin === self.location.origin;

/** The network's answer for `key`, kept when it is good; undefined when the network fails. */
async function fetchKeep(cache, key, request) {
  try {
    const response = await fetch(request ?? new Request(key, { cache: 'no-cache' }));
    // A whole file of this site (a sound's "206" part cannot be kept; the copy stays).
    if (response.status === 200 && response.type === 'basic') {
      recent.set(key, Date.now());
      await cache.put(key, response.clone());
    }
    return response;
  } catch {
    return undefined;
  }
}

self.addEventListener('install', () => self.skipWaiting());
self.addEventListener('activate', (event) => event.waitUntil(self.clients.claim()));

self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET' || !own(request.url)) return;
  const key = keyOf(request.url);
  event.respondWith(
    caches.open(CACHE).then(async (cache) => {
      const kept = await cache.match(key);
      if (!kept) return fetch(request);
      // A page load cannot be copied into a new Request; its address can.
      const fresh = fetchKeep(cache, key, request.mode === 'navigate' ? new Request(key, { cache: 'no-cache', credentials: 'same-origin' }) : new Request(request, { cache: 'no-cache' }));
      event.waitUntil(fresh);
      let timer;
      const late = new Promise((resolve) => (timer = setTimeout(resolve, WAIT)));
      const first = await Promise.race([fresh, late]);
      clearTimeout(timer);
      // The host's "not found" or "error" for a kept file is worse than the copy; a good answer is the new version.
      return first && first.status < 500 && first.status !== 404 ? first : kept;
    }),
  );
});

/** Every text value of a "src" in a lesson (pictures, sounds), as addresses beside `base`. */
function media(node, base, out = []) {
  if (Array.isArray(node)) node.forEach((n) => media(n, base, out));
  else if (node && typeof node === 'object')
    for (const [k, v] of Object.entries(node)) {
      if (k === 'src' && typeof v === 'string') out.push(new URL(v, base).href);
      else media(v, base, out);
    }
  return out;
}

/**
 * Keeps `urls` (the page, its bundle, the catalogue), every chunk the kept
 * scripts import, `lessons` and their pictures and sounds. Chunks of an
 * older bundle that nothing imports any more are let go.
 */
async function keep(urls, lessons) {
  const cache = await caches.open(CACHE);
  const wanted = new Set();
  const isLesson = new Set(lessons.filter(own).map(keyOf));
  let failed = false;
  let wave = [...urls, ...lessons].filter(own).map(keyOf);
  while (wave.length) {
    const next = [];
    await Promise.all(
      [...new Set(wave)].filter((key) => !wanted.has(key)).map(async (key) => {
        wanted.add(key);
        const fresh = (recent.get(key) ?? 0) > Date.now() - 60_000 ? undefined : await fetchKeep(cache, key);
        const response = fresh?.ok ? fresh : await cache.match(key);
        if (!response) return void (failed = true);
        const path = new URL(key).pathname;
        if (path.endsWith('.js')) {
          for (const m of (await response.text()).matchAll(IMPORT)) if (!m[1].includes('-markdown-')) next.push(new URL(m[1], key).href);
        } else if (isLesson.has(key)) {
          next.push(...media(await response.json().catch(() => null), key).filter(own).map(keyOf));
        }
      }),
    );
    wave = next;
  }
  if (failed) return false;
  for (const request of await cache.keys()) if (request.url.endsWith('.js') && !wanted.has(request.url)) await cache.delete(request);
  return true;
}

self.addEventListener('message', (event) => {
  const data = event.data;
  if (data?.type === 'langkah:keep' && Array.isArray(data.urls) && Array.isArray(data.lessons))
    event.waitUntil(
      keep(data.urls.filter((u) => typeof u === 'string'), data.lessons.filter((u) => typeof u === 'string'))
        .catch(() => false)
        // The page says so (its course gets data-offline="saved").
        .then((saved) => event.source?.postMessage({ type: 'langkah:kept', saved })),
    );
});
