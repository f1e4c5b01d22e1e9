/**
 * The course page of a builder's link (`langkah-course-link.js`): reads the
 * course from the address after `#`, builds it from the site's catalogue and
 * gives it to the page's `<langkah-curriculum>`. Its attribute
 * `data-catalogue` names the catalogue (`modules/index.json`, written by
 * `langkah build modules`); the page loads `langkah.js` for the element.
 *
 * A link that is damaged, cut short or names lessons this site lacks shows a
 * kind message in the page's language and sends `langkah-error`; the page
 * never breaks, and no saved progress is touched.
 */
import type { ContentIndex } from '../content/course-schema.js';
import type { BuiltCurriculum, Lang } from '../content/schema.js';
import { LangkahErrorEvent } from '../events/error.js';
import { linkText } from '../i18n/builder.js';
import { buildCurriculum } from './curriculum.js';
import { catalogueProblems, decodeLink, LinkError, type LinkProblem } from './link.js';

async function open(el: HTMLElement & { curriculum?: unknown }): Promise<void> {
  const lang: Lang = (el.closest('[lang]')?.getAttribute('lang') ?? 'id').startsWith('en') ? 'en' : 'id';
  const fail = (kind: LinkProblem | 'network', message: string) => {
    const t = linkText[lang];
    const box = document.createElement('div');
    box.setAttribute('role', 'alert');
    box.className = 'langkah-link-problem';
    for (const line of [t[kind], t.ask]) box.append(Object.assign(document.createElement('p'), { textContent: line }));
    el.hidden = true;
    el.before(box);
    el.dispatchEvent(new LangkahErrorEvent({ kind: kind === 'network' ? 'network' : 'content', severity: 'error', message, at: Date.now() }));
  };
  let curriculum;
  try {
    curriculum = decodeLink(location.hash);
  } catch (e) {
    return fail(e instanceof LinkError ? e.kind : 'damaged', (e as Error).message);
  }
  const url = new URL(el.dataset.catalogue ?? 'modules/index.json', document.baseURI);
  let index: ContentIndex;
  try {
    const response = await fetch(url);
    if (!response.ok) throw new Error(`${url.href} answered ${response.status}`);
    index = (await response.json()) as ContentIndex;
    if (!Array.isArray(index?.modules)) throw new Error(`${url.href} is not a catalogue`);
  } catch (e) {
    return fail('network', (e as Error).message);
  }
  const problems = catalogueProblems(curriculum, index);
  if (problems.length) return fail('unknown', problems.join('; '));
  const course = buildCurriculum(curriculum, index, (path) => new URL(path, url).href);
  document.title = course.title[course.languages.includes(lang) ? lang : course.languages[0]!];
  el.curriculum = course;
  keepOffline(el, course, lang);
}

/**
 * With `data-worker` (the page's service worker, course-sw.js beside it):
 * registers it for this page's address only (never the folder, which may
 * hold the site's own pages and worker) and, when online, asks it to keep
 * the page, what the page loaded and this course's lessons, so the course
 * opens offline after this visit (course-sw.js).
 */
function keepOffline(el: HTMLElement, course: BuiltCurriculum, lang: Lang): void {
  const worker = el.dataset.worker;
  if (!worker || !('serviceWorker' in navigator)) return;
  const sw = navigator.serviceWorker;
  const script = new URL(worker, document.baseURI).href;
  const registered = sw.register(script, { scope: location.pathname });
  registered.catch(() => {});
  if (!navigator.onLine) return;
  const urls = [location.href.split('#')[0]!, ...performance.getEntriesByType('resource').map((e) => e.name)].filter((u) => u !== script);
  const lessons = course.modules.flatMap((m) => m.lessons.flatMap((l) => course.languages.map((lang) => l.src[lang])));
  // Kept: one line under the course says so, for the learner who wonders whether it will open in the fields
  // (a polite status, read once by screen readers), and the course element's data-offline says it to the
  // host page ("saved", or "failed" when a file could not be fetched).
  sw.addEventListener('message', (e: MessageEvent<{ type?: string; saved?: boolean }>) => {
    if (e.data?.type !== 'langkah:kept') return;
    el.dataset.offline = e.data.saved ? 'saved' : 'failed';
    let line = document.querySelector('.langkah-link-offline');
    if (!line) el.after((line = status()));
    line.textContent = linkText[lang][e.data.saved ? 'saved' : 'unsaved'];
  });
  sw.startMessages();
  // To this page's own worker once it is active: not `sw.ready`, whose worker is the one controlling the page now,
  // which on a site with a service worker of its own is the site's (it ignores the message: nothing was kept).
  void registered.then(active).then((w) => w.postMessage({ type: 'langkah:keep', urls, lessons }), () => {});
}

function status(): HTMLElement {
  const p = document.createElement('p');
  p.className = 'langkah-link-offline';
  p.setAttribute('role', 'status');
  return p;
}

/** The registration's worker, once it is active. */
function active(reg: ServiceWorkerRegistration): Promise<ServiceWorker> {
  const w = reg.active ?? reg.installing ?? reg.waiting;
  if (!w) return Promise.reject(new Error('no worker'));
  return w.state == 'activated'
    ? Promise.resolve(w)
    : new Promise((ok) => w.addEventListener('statechange', () => w.state == 'activated' && ok(w)));
}

const el = document.querySelector<HTMLElement>('langkah-curriculum[data-catalogue]');
if (el) {
  void open(el);
  // Another course's link pasted into the address bar: show that course.
  addEventListener('hashchange', () => location.reload());
}
