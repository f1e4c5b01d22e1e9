#!/bin/sh
# Review 16: the partner site for review/ssr-learner.mjs. Run from the repository after `npm run build`.
#   review/ssr-setup.sh /tmp/r16site
set -e
SITE=${1:-/tmp/r16site}; REPO=$(pwd)
mkdir -p "$SITE/langkah" && cp -r dist/cdn "$SITE/langkah/"
npx langkah build modules/kunci-akun --prerender --bundle /langkah/cdn/langkah.js --out "$SITE/public/langkah-kami"
npx langkah build modules/aman-terima-uang --prerender --bundle /langkah/cdn/langkah.js --out "$SITE/public/aman"
npx langkah build review/ssr-attack/serang --prerender --bundle /langkah/cdn/langkah.js --out "$SITE/public/serang-out"
HASH=$(node -e "const c=require('fs').readFileSync('$SITE/public/langkah-kami/langkah-lesson.css');console.log('sha256-'+require('crypto').createHash('sha256').update(c).digest('base64'))")
page() { # folder file fragment lang extra-head
  { printf '<!doctype html>\n<html lang="%s"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">%s<title>Warung</title>\n' "$4" "$5"
    printf '<script async blocking="render" src="langkah-resume.js"></script></head>\n<body><main><h1>Belajar di warung kami</h1><p>Paragraf di atas pelajaran.</p>\n'
    cat "$1/$3"; printf '<p id="below">Paragraf di bawah pelajaran.</p></main></body></html>\n'; } > "$1/$2"
}
K="$SITE/public/langkah-kami"
page "$K" csp-page.html id/kunci-akun/kode-otp.html id ''
page "$K" plain.html id/kunci-akun/kode-otp.html id ''
page "$K" hashpage.html id/kunci-akun/kode-otp.html id "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'self'; style-src 'self' '$HASH'; img-src 'self' https:; object-src 'none'; base-uri 'none'\">"
page "$K" en-page.html en/kunci-akun/kode-otp.html en ''
page "$SITE/public/aman" voice.html id/aman-terima-uang/qris-aman.html id ''
page "$SITE/public/serang-out" atk.html id/serang/uji.html id ''
page "$SITE/public/serang-out" csp-atk.html id/serang/uji.html id ''
echo "now: (cd $SITE && node $REPO/scripts/serve.mjs public langkah --port 8716)"
