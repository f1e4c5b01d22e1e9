#!/bin/sh
# Review 16h item 4 (F3 c180f85): a learner answers kedua's quiz at its step (2/4) and ticks a box, then reloads
# (300 ms, bundle held 4 s): lesson hidden until the element? Then the same with the learner moved on to step 3/4
# (answers of another step): their step at once? And F2/F5: r16f-own on the page's own step type (step 1 and 2).
#   [BROWSER=firefox] sh review/r16h-own.sh
for w in answered answered-next; do
  node review/r16f-slow.mjs --site /tmp/r16h --who $w --lat 300 --hold 4000 --until 6000 | grep -v resources
done
for p in /public/f/sendiri.html /public/f/csp-sendiri2.html; do node review/r16f-own.mjs --site /tmp/r16h --page $p 2>&1 | tail -12; done
