#!/bin/sh
# Review 16h item 2 (G1 fix 8d10cd6): kedua's page cut at points just inside the learner's step (3/4 and 4/4), the rest
# 2 s later; what shows first.   BROWSER=firefox sh review/r16h-split.sh   (site /tmp/r16h from r16f-setup.sh)
for cut in '<details name="pe" data-step="2">' 'data-step="2"><summary><span class="go">Lanjut' 'data-step="2"><summary><span class="go">Lanjut <span aria-hidden="true">→</span></span><span class="back">' 'Langkah 3 dari 4</p>' '<h3 lang="id">Langkah kedua</h3>' 'Ini langkah kedua.'; do
  node review/r16g-split.mjs --site /tmp/r16h --step 2 --split "$cut" | head -2
done
for cut in '<details name="pe" data-step="3">' 'Langkah 4 dari 4</p>'; do
  node review/r16g-split.mjs --site /tmp/r16h --step 3 --split "$cut" | head -2
done
