#!/bin/sh
# Review 16h item 1: returning learner (record at step 3) at the 2,000 ms profile, pasted and pack pages, quiz in step 1
# (pertama: page.html / lesson.langsung.pertama) and in a later step (kedua). One browser at a time.
#   sh review/r16h-item1.sh [chromium|firefox] [until-ms]    -> /tmp/r16h-out/<browser>-<page>.txt
B=${1:-chromium}; U=${2:-20000}  # EXTRA="/public/q/nohash-csp-kedua.html ..." adds pages
for p in /public/q/page.html /public/q/kedua.html /public/pack/lesson.langsung.pertama.id.html /public/pack/lesson.langsung.kedua.id.html /public/q/csp.html /public/q/csp-kedua.html ${EXTRA}; do
  n=$(basename $p .html)
  if [ "$B" = firefox ]; then BROWSER=firefox node review/r16f-slow.mjs --site /tmp/r16h --who later --page $p --until $U > /tmp/r16h-out/$B-$n.txt 2>&1
  else node review/r16f-slow.mjs --site /tmp/r16h --who later --page $p --throttle --until $U > /tmp/r16h-out/$B-$n.txt 2>&1; fi
done
