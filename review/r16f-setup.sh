#!/bin/sh
# Review 16f: r16e's site plus review/r16f-attack/lanjut (a long text step "panjang"; the page's own step type
# "harga-jual" in step 1 ("sendiri") and in step 2 ("sendiri2")), pasted pages in public/f/, and a course pack
# holding both modules (public/pack). Run from the repository after `npm run build`:  sh review/r16f-setup.sh /tmp/r16f
set -e
SITE=${1:-/tmp/r16f}; R=$(pwd)
sh review/r16e-setup.sh "$SITE" >/dev/null
F="$SITE/public/f"
(cd review/r16f-attack && node "$R/bin/langkah.js" build lanjut --prerender --bundle /langkah/cdn/langkah.js --out "$F" 2>"$SITE/build3.err")
cp dist/examples/harga-jual.js "$F/harga-jual.js"
# the page's own step type, registered from a file (a strict CSP allows no inline module)
printf "import { registerStepType } from '/langkah/cdn/langkah.js';\nimport { hargaJual } from './harga-jual.js';\nregisterStepType(hargaJual);\n" > "$F/reg.js"
SH=$(grep "style-src" "$SITE/build3.err" | grep -o "'sha256-[^']*'" | tr '\n' ' ')
RH=$(grep "langkah-resume.js pasted inline" "$SITE/build3.err" | grep -o "'sha256-[^']*'")
INLINE="<script>$(cat "$F/langkah-resume.js"; printf x)"; INLINE="${INLINE%x}</script>"
page() { # file fragment lang head-extra
  { printf '<!doctype html>\n<html lang="%s"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">%s<title>Warung</title>\n%s\n<script type="module" src="reg.js"></script>\n' "$3" "$4" "$INLINE"
    printf '</head>\n<body><header><h1>Belajar di warung kami</h1></header><main><p id="above">Paragraf di atas pelajaran.</p>\n'
    cat "$2"
    printf '<p id="below">Paragraf di bawah pelajaran.</p></main><footer><a href="#top">Kembali ke atas</a></footer></body></html>\n'; } > "$1"
}
CSP="<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'self'; script-src 'self' $RH; style-src 'self' $SH; img-src 'self' https:; object-src 'none'; base-uri 'none'\">"
for l in panjang sendiri sendiri2; do
  page "$F/$l.html" "$F/id/lanjut/$l.html" id ''
  page "$F/csp-$l.html" "$F/id/lanjut/$l.html" id "$CSP"
done
echo "style $SH"; echo "script $RH"; grep -v '^$' "$SITE/build3.err" | grep -v 'guide-missing\|step-long' | tail -4
