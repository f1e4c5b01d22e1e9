/** `langkah new module <id>`: a module with both languages and one lesson that passes `check`. */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';


const lesson = (lang: 'id' | 'en') => {
  const t =
    lang === 'id'
      ? {
          title: 'Pelajaran pertama',
          goal: 'Anda tahu cara menulis satu langkah, satu kuis dan satu daftar periksa.',
          step1: 'Langkah pertama',
          body: 'Tulis satu hal saja di setiap langkah. Pakai kalimat pendek dan kata sehari-hari.',
          tip: 'Bacakan teks Anda dengan suara keras. Kalau terasa kaku, tulis ulang.',
          step2: 'Coba sekarang',
          q: 'Berapa hal yang diajarkan satu langkah?',
          a1: 'Satu hal',
          f1: 'Betul. Satu langkah, satu hal: mudah dibaca di layar HP.',
          a2: 'Sebanyak mungkin',
          f2: 'Belum tepat. Terlalu banyak hal membuat pembaca lelah.',
          tf: 'Setiap pelajaran perlu sumber untuk faktanya.',
          tfx: 'Benar. Tulis sumbernya di bagian "sources".',
          check: 'Yang bisa Anda lakukan hari ini',
          item1: 'Tulis tujuan pelajaran dalam satu kalimat',
          item2: 'Periksa pelajaran dengan `npx langkah check`',
        }
      : {
          title: 'First lesson',
          goal: 'You know how to write one step, one quiz and one checklist.',
          step1: 'The first step',
          body: 'Teach one thing in each step. Use short sentences and everyday words.',
          tip: 'Read your text aloud. If it sounds stiff, write it again.',
          step2: 'Try it now',
          q: 'How many things does one step teach?',
          a1: 'One thing',
          f1: 'Right. One step, one thing: easy to read on a phone screen.',
          a2: 'As many as possible',
          f2: 'Not quite. Too many things tire the reader.',
          tf: 'Every lesson needs sources for its facts.',
          tfx: 'True. List them under "sources".',
          check: 'What you can do today',
          item1: 'Write the goal of the lesson in one sentence',
          item2: 'Check the lesson with `npx langkah check`',
        };
  return `---
id: pelajaran-pertama
title: ${t.title}
goal: ${t.goal}
duration: 3
sources:
  - https://www.nngroup.com/articles/writing-for-lower-literacy-users/
---

## ${t.step1}

${t.body}

:::tip
${t.tip}
:::

## ${t.step2}

:::quiz
? ${t.q}
- [x] ${t.a1}
  > ${t.f1}
- [ ] ${t.a2}
  > ${t.f2}

?[true-false] ${t.tf}
= true
> ${t.tfx}
:::

:::checklist{title="${t.check}"}
- [ ] ${t.item1}
- [ ] ${t.item2}
:::
`;
};

/** Writes `<root>/<id>/`; returns the files written, or throws when the folder exists. */
export function scaffoldModule(root: string, id: string): string[] {
  const dir = join(root, id);
  if (existsSync(dir)) throw new Error(`${dir} already exists: choose another id, or remove the folder first`);
  const files: [string, string][] = [
    [
      join(dir, 'module.yaml'),
      `id: ${id}
version: 1
level: basic
title:
  id: Judul modul
  en: Module title
description:
  id: Satu kalimat tentang isi modul ini.
  en: One sentence about what this module teaches.
lessons:
  - pelajaran-pertama
`,
    ],
    [
      join(dir, 'guide.yaml'),
      `# Panduan fasilitator / Facilitator guide (docs/authoring.md): one entry per lesson, in the order of module.yaml.
lessons:
  pelajaran-pertama:
    discuss:
      id: Pesan apa yang paling sering Anda kirim ke pembeli?
      en: Which message do you send to buyers most often?
    task:
      id: Peserta menulis satu langkah pendek untuk pesan itu di HP mereka sendiri.
      en: Learners write one short step for that message on their own phone.
    before:
      - id: Baca pelajaran ini di HP, dalam dua bahasa.
        en: Read this lesson on a phone, in both languages.
    mistakes:
      - id: Peserta menulis terlalu banyak dalam satu langkah. Minta mereka memilih satu hal saja.
        en: Learners write too much in one step. Ask them to keep one thing only.
`,
    ],
    [join(dir, 'id', 'pelajaran-pertama.md'), lesson('id')],
    [join(dir, 'en', 'pelajaran-pertama.md'), lesson('en')],
  ];
  for (const [path, text] of files) {
    mkdirSync(join(path, '..'), { recursive: true });
    writeFileSync(path, text);
  }
  return files.map(([path]) => path);
}
