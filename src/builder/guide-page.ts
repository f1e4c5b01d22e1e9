/**
 * The facilitator guide of a course pack: one printable page per language of
 * the course (`guide.html` in its first language, `guide.<lang>.html` in the
 * others), linked from the trainer page. It follows the course: its days and
 * sessions as the course path names them, then each module and lesson with the
 * lesson's goal and minutes, and what the module's `guide.yaml` says (a
 * question to discuss, a task on the learner's own phone, what to check before
 * class, common mistakes). The lesson's own `verify` claims join "before
 * class", marked "check on a phone first" like the guide's menu paths.
 *
 * Plain static HTML under the pack's strict CSP: styles in `guide.css`, the
 * print button in `guide.js`, every text escaped (content is untrusted).
 *
 * No Node APIs: `langkah build` (src/cli/pack.ts) and the course builder page
 * (pack-zip.ts) write the same pages from the same lessons and guides.
 */
import { courseTranslation } from '../i18n/course.js';
import type { Guide } from '../content/guide-schema.js';
import type { BuiltCurriculum, Lang } from '../content/schema.js';

/** What the guide shows of a lesson, from the lesson itself (source or built JSON). */
export interface GuideLesson {
  title: string;
  goal: string;
  duration: number;
  verify?: string[];
}

/** Where the guide's pages read from: each lesson of the course per language, and each module's guide.yaml. */
export interface GuideSources {
  lesson(module: string, lesson: string, lang: Lang): GuideLesson;
  guide(module: string): Guide | undefined;
}

const GUIDE = {
  id: {
    title: 'Panduan fasilitator',
    language: 'Bahasa Indonesia',
    link: 'Panduan fasilitator untuk dicetak',
    back: 'Kembali ke halaman pelatih',
    intro: 'Untuk setiap pelajaran: tujuan, waktu, pertanyaan diskusi, tugas praktik di HP peserta, yang perlu dicek sebelum kelas, dan kesalahan yang sering terjadi.',
    how: 'Untuk mencetak, pilih Cetak di menu browser, lalu kertas A4. Setiap pelajaran tercetak utuh, tidak terpotong.',
    print: 'Cetak panduan',
    goal: 'Tujuan',
    time: 'Waktu',
    discuss: 'Pertanyaan diskusi',
    task: 'Tugas praktik di HP peserta',
    before: 'Sebelum kelas',
    verify: 'Periksa dulu',
    mistakes: 'Kesalahan yang sering terjadi',
    none: 'Modul ini belum punya panduan fasilitator: di bawah ini hanya tujuan, waktu, dan yang perlu dicek dari pelajarannya.',
  },
  en: {
    title: 'Facilitator guide',
    language: 'English',
    link: 'Facilitator guide to print',
    back: 'Back to the trainer page',
    intro: 'For each lesson: the goal, the time, a question to discuss, a hands-on task on the learner’s phone, what to check before class, and common mistakes.',
    how: 'To print, choose Print in the browser menu, then A4 paper. Each lesson prints whole, never cut across two pages.',
    print: 'Print the guide',
    goal: 'Goal',
    time: 'Time',
    discuss: 'Question to discuss',
    task: 'Hands-on task on the learner’s phone',
    before: 'Before class',
    verify: 'Check first',
    mistakes: 'Common mistakes',
    none: 'This module has no facilitator guide yet: below are only the goal, the time, and what to check from its lessons.',
  },
} satisfies Record<Lang, Record<string, string>>;

const esc = (s: string) =>
  s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

/** The file of the guide in `lang`: the course's first language gets the plain name. */
export const guideFile = (course: BuiltCurriculum, lang: Lang) => (lang === course.languages[0] ? 'guide.html' : `guide.${lang}.html`);

/** Links to the guide in every language of the course (`others`: but `lang`), worded for a page in `lang`. */
export function guideLinks(course: BuiltCurriculum, lang: Lang, others = false): string {
  const links = course.languages.filter((l) => !others || l !== lang).map((l) => {
    const own = l === lang;
    const label = own ? GUIDE[l].link : `${GUIDE[l].title} (${GUIDE[l].language})`;
    return `<a href="${guideFile(course, l)}"${own ? '' : ` lang="${l}" hreflang="${l}"`}>${esc(label)}</a>`;
  });
  return `<p class="guide-links">${links.join(' · ')}</p>`;
}

type CourseModule = BuiltCurriculum['modules'][number];

/** The course's modules in runs that share a day and session, as the course path shows them. */
function parts(course: BuiltCurriculum): CourseModule[][] {
  const out: CourseModule[][] = [];
  let last: CourseModule | undefined;
  for (const m of course.modules) {
    if (!last || m.day !== last.day || m.session?.id !== last.session?.id) out.push([]);
    out.at(-1)!.push((last = m));
  }
  return out;
}

const list = (items: string[]) => `<ul>${items.map((i) => `<li>${i}</li>`).join('')}</ul>`;

function lessonBlock(from: GuideSources, module: string, lessonId: string, lang: Lang, h: number): string {
  const t = GUIDE[lang];
  const lesson = from.lesson(module, lessonId, lang);
  const entry = from.guide(module)?.lessons[lessonId];
  const flag = `<strong class="verify">${esc(t.verify)}:</strong> `;
  const before = [
    ...(entry?.before ?? []).map((b) => (b.verify ? flag : '') + esc(b[lang])),
    ...(lesson.verify ?? []).map((claim) => flag + esc(claim)),
  ];
  const rows: [string, string][] = [
    [t.goal, esc(lesson.goal)],
    [t.time, esc(courseTranslation(lang).minutes(lesson.duration))],
    ...(entry ? ([[t.discuss, esc(entry.discuss[lang])], [t.task, esc(entry.task[lang])]] as [string, string][]) : []),
  ];
  return `<article class="lesson" id="${esc(`${module}--${lessonId}`)}">
<h${h}>${esc(lesson.title)}</h${h}>
<dl>${rows.map(([k, v]) => `<dt>${esc(k)}</dt><dd>${v}</dd>`).join('')}</dl>
${before.length ? `<h${h + 1} class="sub">${esc(t.before)}</h${h + 1}>${list(before)}` : ''}
${entry ? `<h${h + 1} class="sub">${esc(t.mistakes)}</h${h + 1}>${list(entry.mistakes.map((m) => esc(m[lang])))}` : ''}
</article>`;
}

function moduleBlock(course: CourseModule, from: GuideSources, lang: Lang, h: number): string {
  return `<section class="module">
<h${h}>${esc(course.title[lang])}</h${h}>
${from.guide(course.id) ? '' : `<p class="none">${esc(GUIDE[lang].none)}</p>`}
${course.lessons.map((l) => lessonBlock(from, course.id, l.id, lang, h + 1)).join('\n')}
</section>`;
}

/** The guide page in `lang`, from the course's lessons and guides. */
export function guideHtml(course: BuiltCurriculum, from: GuideSources, lang: Lang, csp: string): string {
  const t = GUIDE[lang];
  const c = courseTranslation(lang);
  const block = (m: CourseModule, h: number) => moduleBlock(m, from, lang, h);
  const days = course.modules.some((m) => m.day || m.session);
  const body = days
    ? parts(course)
        .map((part) => {
          const { day, session } = part[0]!;
          const minutes = part.reduce((n, m) => n + m.lessons.reduce((k, l) => k + l.duration, 0), 0);
          const heading = [day ? c.day(day) : '', session?.[lang] ?? ''].filter(Boolean).join(' · ');
          return `<section class="part">\n<h2>${esc(heading)} <small>(${esc(c.minutes(minutes))})</small></h2>\n${part.map((m) => block(m, 3)).join('\n')}\n</section>`;
        })
        .join('\n')
    : course.modules.map((m) => block(m, 2)).join('\n');
  const others = course.languages.length > 1 ? guideLinks(course, lang, true) : '';
  return `<!doctype html>
<html lang="${lang}">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${esc(csp)}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(t.title)} — ${esc(course.title[lang])}</title>
<link rel="icon" href="icon.svg" type="image/svg+xml">
<link rel="stylesheet" href="guide.css">
<script type="module" src="guide.js"></script>
</head>
<body>
<nav class="screen"><a href="trainer.html">${esc(t.back)}</a></nav>
<header>
<h1>${esc(t.title)}</h1>
<p>${esc(course.title[lang])} — ${esc(course.organiser)}</p>
<p>${esc(t.intro)}</p>
<div class="screen">
<p>${esc(t.how)}</p>
<button type="button" id="print" hidden>${esc(t.print)}</button>
${others}
</div>
</header>
<main>
${body}
</main>
</body>
</html>
`;
}

/**
 * A4 paper: black on white, no navigation, and no lesson cut across two pages.
 * On screen: one column that reflows at 360 px and at 200 % zoom.
 */
export const guideCss = `:root{color-scheme:light dark;font-family:system-ui,sans-serif;line-height:1.5}
body{margin:0 auto;max-width:46rem;padding:0 1rem 2rem;overflow-wrap:anywhere}
h1{font-size:1.5rem;margin:1rem 0 .25rem}
h2{font-size:1.3rem;margin:2rem 0 .5rem;padding-bottom:.25rem;border-bottom:2px solid currentColor}
h2 small{font-size:1rem;font-weight:normal}
.module>h2,.module>h3{font-size:1.15rem;margin:1.5rem 0 .5rem}
.lesson{margin:0 0 1rem;padding:.75rem 1rem;border:1px solid color-mix(in srgb,currentColor 35%,transparent);border-radius:.5rem}
.lesson>h3,.lesson>h4{font-size:1.05rem;margin:0 0 .5rem}
.lesson>.sub{font-size:1rem;margin:.75rem 0 .25rem}
dl{margin:0}
dt{font-weight:700}
dd{margin:0 0 .5rem}
ul{margin:0;padding-left:1.25rem}
.verify{display:inline-block;padding:0 .35rem;border:2px solid currentColor;border-radius:.25rem}
.none{font-style:italic}
a{min-height:44px;display:inline-flex;align-items:center}
button{min-height:44px;min-width:44px;padding:.5rem 1.25rem;border:0;border-radius:.5rem;background:#0b6e4f;color:#fff;font:inherit;font-weight:600;cursor:pointer}
button:focus-visible,a:focus-visible{outline:3px solid #0b6e4f;outline-offset:2px}
@page{size:A4;margin:15mm}
@media print{
:root{color-scheme:light}
body{max-width:none;padding:0;font-size:11pt;color:#000;background:#fff}
.screen{display:none}
a{color:#000;text-decoration:none}
h2,h3,h4{break-after:avoid}
.lesson{break-inside:avoid;border-color:#000}
}
`;

/** Shows the print button: without JavaScript, the page says how to print from the browser menu. */
export const guideJs = `const button = document.getElementById('print');
if (button) {
  button.hidden = false;
  button.addEventListener('click', () => print());
}
`;

/**
 * The guide of `course` in each of its languages, with its style and script,
 * by file name; and the links to it for the trainer page in `lang`.
 */
export function guidePages(course: BuiltCurriculum, from: GuideSources, lang: Lang, csp: string): { pages: [string, string][]; links: string } {
  const pages: [string, string][] = course.languages.map((l) => [guideFile(course, l), guideHtml(course, from, l, csp)]);
  pages.push(['guide.css', guideCss], ['guide.js', guideJs]);
  return { pages, links: guideLinks(course, lang) };
}
