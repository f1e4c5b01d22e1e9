#!/bin/sh
# Review 16b: the sites review/r16b-learner.mjs opens. Run from the repository after `npm run build`.
#   review/r16b-setup.sh /tmp/r16b 8726 ; then (cd /tmp/r16b && node $REPO/scripts/serve.mjs public langkah --port 8726)
set -e
SITE=${1:-/tmp/r16b}; PORT=${2:-8726}; REPO=$(pwd); L="node $REPO/bin/langkah.js"
rm -rf "$SITE"; mkdir -p "$SITE/langkah" "$SITE/public/cms" && cp -r dist/cdn "$SITE/langkah/"
# 1. pasted fragment in the output folder (the doc's first path)
$L build modules/kunci-akun --prerender --bundle /langkah/cdn/langkah.js --out "$SITE/public/langkah-kami" 2>"$SITE/build1.err"
# 2. the CMS path: --base absolute and --base root path, pages elsewhere (public/cms/)
$L build modules/kunci-akun --prerender --bundle /langkah/cdn/langkah.js --base "http://127.0.0.1:$PORT/public/langkah-abs" --out "$SITE/public/langkah-abs" 2>"$SITE/build2.err"
$L build modules/kunci-akun --prerender --bundle /langkah/cdn/langkah.js --base /public/langkah-path/ --out "$SITE/public/langkah-path" 2>"$SITE/build3.err"
# 3. the course pack with prerendered lesson pages
$L build modules/curricula/kelas-digital-umkm.yaml --prerender --out "$SITE/public/pack" 2>"$SITE/build4.err"
HASH=$(grep -o "'sha256-[^']*'" "$SITE/build2.err" | head -1)
page() { # file fragment lang head-extra resume-src
  { printf '<!doctype html>\n<html lang="%s"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">%s<title>Warung</title>\n' "$3" "$4"
    [ -n "$5" ] && printf '<script async blocking="render" src="%s"></script>\n' "$5"
    printf '</head>\n<body><header><h1>Belajar di warung kami</h1></header><main><p id="above">Paragraf di atas pelajaran.</p>\n'
    cat "$2"; printf '<p id="below">Paragraf di bawah pelajaran.</p></main><footer><a href="#top">Kembali ke atas</a></footer></body></html>\n'; } > "$1"
}
K="$SITE/public/langkah-kami"
page "$K/plain.html" "$K/id/kunci-akun/kode-otp.html" id '' langkah-resume.js
page "$K/noresume.html" "$K/id/kunci-akun/kode-otp.html" id '' ''
page "$K/en.html" "$K/en/kunci-akun/kode-otp.html" en '' langkah-resume.js
page "$K/long.html" "$K/id/kunci-akun/verifikasi-dua-langkah.html" id '' langkah-resume.js
# same lesson twice on one page, and a host page with ids the shadow roots use
node review/r16b-twice.mjs "$K"
META="<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'self'; style-src 'self' $HASH; img-src 'self' https:; object-src 'none'; base-uri 'none'\">"
page "$SITE/public/cms/abs.html" "$SITE/public/langkah-abs/id/kunci-akun/kode-otp.html" id "$META" /public/langkah-abs/langkah-resume.js
page "$SITE/public/cms/path.html" "$SITE/public/langkah-path/id/kunci-akun/kode-otp.html" id "$META" /public/langkah-path/langkah-resume.js
page "$SITE/public/cms/strict-nohash.html" "$SITE/public/langkah-path/id/kunci-akun/kode-otp.html" id '' /public/langkah-path/langkah-resume.js
echo "hash $HASH"; cat "$SITE"/build*.err | grep -v '^$' | tail -8
