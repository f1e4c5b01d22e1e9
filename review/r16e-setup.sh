#!/bin/sh
# Review 16e: pages with a lesson whose step 1 holds a quiz and a checklist (review/r16e-attack/langsung), served by
# review/r16e-*.mjs themselves (review/r16c-lib.mjs's slow server). Run from the repository after `npm run build`:
#   review/r16e-setup.sh /tmp/r16e
set -e
SITE=${1:-/tmp/r16e}; L="node $(pwd)/bin/langkah.js"
rm -rf "$SITE"; mkdir -p "$SITE/langkah" "$SITE/public" && cp -r dist/cdn "$SITE/langkah/"
Q="$SITE/public/q"
$L build review/r16e-attack/langsung --prerender --bundle /langkah/cdn/langkah.js --out "$Q" 2>"$SITE/build1.err"
$L build review/r16e-attack/curricula/kelas-uji.yaml --prerender --out "$SITE/public/pack" 2>"$SITE/build2.err"
SH=$(grep "style-src" "$SITE/build1.err" | grep -o "'sha256-[^']*'" | tr '\n' ' ')
RH=$(grep "langkah-resume.js pasted inline" "$SITE/build1.err" | grep -o "'sha256-[^']*'")
# the file's whole text, byte for byte (it has no final newline since b8f2db1)
INLINE="<script>$(cat "$Q/langkah-resume.js"; printf x)"; INLINE="${INLINE%x}</script>"
page() { # file fragment(s) lang head-extra resume(inline|file|none)
  out=$1; frags=$2; lang=$3; extra=$4; res=$5
  { printf '<!doctype html>\n<html lang="%s"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">%s<title>Warung</title>\n' "$lang" "$extra"
    [ "$res" = inline ] && printf '%s\n' "$INLINE"
    [ "$res" = file ] && printf '<script async blocking="render" src="langkah-resume.js"></script>\n'
    printf '</head>\n<body><header><h1>Belajar di warung kami</h1></header><main><p id="above">Paragraf di atas pelajaran.</p>\n'
    for f in $frags; do cat "$f"; done
    printf '<p id="below">Paragraf di bawah pelajaran.</p></main><footer><a href="#top">Kembali ke atas</a></footer></body></html>\n'; } > "$out"
}
P="$Q/id/langsung/pertama.html"
page "$Q/page.html" "$P" id '' inline
page "$Q/file.html" "$P" id '' file
page "$Q/noresume.html" "$P" id '' none
page "$Q/en.html" "$Q/en/langsung/pertama.html" en '' inline
page "$Q/twice.html" "$P $P" id '' inline
page "$Q/jahat.html" "$Q/id/langsung/jahat.html" id '' inline
CSP="<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'self'; script-src 'self' $RH; style-src 'self' $SH; img-src 'self' https:; object-src 'none'; base-uri 'none'\">"
page "$Q/csp.html" "$P" id "$CSP" inline
page "$Q/csp-jahat.html" "$Q/id/langsung/jahat.html" id "$CSP" inline
K="$Q/id/langsung/kedua.html"
page "$Q/kedua.html" "$K" id '' inline
page "$Q/kedua-en.html" "$Q/en/langsung/kedua.html" en '' inline
page "$Q/kedua-noresume.html" "$K" id '' none
page "$Q/jahat2.html" "$Q/id/langsung/jahat2.html" id '' inline
page "$Q/csp-kedua.html" "$K" id "$CSP" inline
page "$Q/csp-jahat2.html" "$Q/id/langsung/jahat2.html" id "$CSP" inline
page "$Q/twice-kedua.html" "$K $K" id '' inline
# an editor that adds a line break before </script> (the old paste): expected blocked
sed -e ':a' -e 'N' -e '$!ba' -e 's#})();</script>#})();\n</script>#' "$Q/csp.html" > "$Q/csp-nl.html"
# (r16d's trim page below now equals csp.html: the file has no final newline) (a partner trimming what they paste)
sed -e ':a' -e 'N' -e '$!ba' -e 's#})();\n</script>#})();</script>#' "$Q/csp.html" > "$Q/csp-trim.html"
echo "style $SH"; echo "script $RH"; cat "$SITE"/build*.err | grep -v '^$' | grep -v guide-missing | tail -6
