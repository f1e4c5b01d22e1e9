#!/bin/sh
# Review 16c: the sites review/r16c-*.mjs open (served by r16c-return.mjs's own slow server, not serve.mjs).
#   npm run build && review/r16c-setup.sh /tmp/r16c
# Reuses review/r16b-setup.sh (pasted fragment pages plain/noresume/en/long/twice.html, CMS pages, the course
# pack with --prerender in public/pack) and adds: sync.html (plain parser-blocking resume tag), en-sync.html,
# sync-twice.html (two copies, plain tag).
set -e
SITE=${1:-/tmp/r16c}; PORT=${2:-8736}
sh review/r16b-setup.sh "$SITE" "$PORT"
K="$SITE/public/langkah-kami"
sed 's#<script async blocking="render" src="langkah-resume.js"></script>#<script src="langkah-resume.js"></script>#' "$K/plain.html" > "$K/sync.html"
sed 's#<script async blocking="render" src="langkah-resume.js"></script>#<script src="langkah-resume.js"></script>#' "$K/en.html" > "$K/en-sync.html"
sed 's#<script async blocking="render" src="langkah-resume.js"></script>#<script src="langkah-resume.js"></script>#' "$K/twice.html" > "$K/sync-twice.html"
grep -c 'langkah-resume' "$K/sync.html" "$K/plain.html"
ls "$SITE/public/pack" | grep -c '^lesson\.'
