#!/bin/bash
# review10b: hostile pictures, sounds and links (issue #10 item 2). Writes module mods/atk in $1 (default: mktemp -d) and runs check.
set -u
REPO=$(cd "$(dirname "$0")/.." && pwd)
D=${1:-$(mktemp -d /tmp/r10b-assets.XXXXXX)}; cd "$D"; rm -rf mods; node "$REPO/bin/langkah.js" new module atk --dir mods >/dev/null
I=mods/atk/id/img; mkdir -p $I mods/atk/id/sub
PNG=$(printf '\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0\0\1\0\0\0\1\x08\x06\0\0\0\x1f\x15\xc4\x89\0\0\0\rIDATx\x9cc\xf8\xff\xff?\0\5\xfe\2\xfe\xa7\x35\x81\x84\0\0\0\0IEND\xaeB`\x82' | base64 -w0)
echo "$PNG" | base64 -d > $I/ok.png
echo '<html><script>alert(1)</script></html>' > $I/page.png                     # HTML named .png
echo "$PNG" | base64 -d > $I/real.html                                           # a PNG named .html
{ echo "$PNG" | base64 -d; echo '<script>alert(1)</script>'; } > $I/poly.png     # PNG + HTML tail (polyglot), named .png
{ echo "$PNG" | base64 -d; } > $I/pngas.svg                                      # PNG named .svg
ln -s /etc/passwd $I/passwd.png                                                  # symlink out
ln -s "$D/secret.png" $I/secret.png; echo "$PNG" | base64 -d > "$D/secret.png"   # symlink to a real PNG outside the module
ln -s ../../../atk/id/img/ok.png $I/inside-link.png                             # symlink inside (allowed?)
mkdir -p $I/dir.png
S='xmlns="http://www.w3.org/2000/svg"'
w() { printf '%s' "$2" > "$I/$1.svg"; }
w s-script        "<svg $S><script>alert(1)</script></svg>"
w s-onload        "<svg $S onload=\"alert(1)\"/>"
w s-onload-upper  "<svg $S ONLOAD=\"alert(1)\"/>"
w s-fo            "<svg $S><foreignObject><div xmlns=\"http://www.w3.org/1999/xhtml\">x</div></foreignObject></svg>"
w s-ext-image     "<svg $S><image href=\"https://evil.example/x.png\"/></svg>"
w s-xlink         "<svg $S xmlns:x=\"http://www.w3.org/1999/xlink\"><a x:href=\"javascript:alert(1)\"><text>x</text></a></svg>"
w s-js-entity     "<svg $S><a href=\"jav&#x09;ascript:alert(1)\"><text>x</text></a></svg>"
w s-use-ext       "<svg $S><use href=\"other.svg#a\"/></svg>"
w s-style-url     "<svg $S><style>rect{fill:url(https://evil.example/a)}</style></svg>"
w s-style-import  "<svg $S><style>@\\69mport 'x.css';</style></svg>"
w s-cdata-style   "<svg $S><style><![CDATA[ @import url(//evil.example/a.css); ]]></style></svg>"
w s-set-href      "<svg $S><a><set attributeName=\"href\" to=\"javascript:alert(1)\"/><text>x</text></a></svg>"
w s-animate-xl    "<svg $S xmlns:x=\"http://www.w3.org/1999/xlink\"><a><animate attributeName=\"x:href\" values=\"javascript:alert(1)\"/></a></svg>"
w s-xsl-pi        "<?xml version=\"1.0\"?><?xml-stylesheet href=\"evil.xsl\" type=\"text/xsl\"?><svg $S/>"
w s-entity        "<!DOCTYPE svg [<!ENTITY x \"y\">]><svg $S>&x;</svg>"
w s-html-ns       "<svg $S><h:iframe xmlns:h=\"http://www.w3.org/1999/xhtml\" src=\"x\"/></svg>"
w s-unquoted      "<svg $S><rect onclick=alert(1) /></svg>"
w s-noval         "<svg $S><rect onclick /></svg>"
w s-comment-trick "<svg $S><!-- <![CDATA[ --><script>alert(1)</script><!-- ]]> --></svg>"
w s-cdata-trick   "<svg $S><text><![CDATA[ <!-- ]]><script>alert(1)</script><!-- --> ]]></text></svg>"
w s-xmlbase       "<svg $S xml:base=\"https://evil.example/\"><image href=\"#a\"/></svg>"
w s-data-svg      "<svg $S><image href=\"data:image/svg+xml;base64,PHN2Zz48L3N2Zz4=\"/></svg>"
w s-filter-url    "<svg $S><rect filter=\"url(https://evil.example/f.svg#f)\"/></svg>"
w s-mask-ws       "<svg $S><rect style=\"mask: u\\72l(//evil.example/m)\"/></svg>"
w s-a-target      "<svg $S><a href=\"#x\" target=\"_top\"><text>x</text></a></svg>"
w s-svg-inner     "<svg $S><svg onload=\"alert(1)\"/></svg>"
w s-bom-html      $'\xef\xbb\xbf<html><svg xmlns="http://www.w3.org/2000/svg"/></html>'
w s-handler       "<svg $S xmlns:ev=\"http://www.w3.org/2001/xml-events\"><handler ev:event=\"load\">alert(1)</handler></svg>"
w s-ok            "<svg $S viewBox=\"0 0 10 10\"><rect width=\"10\" height=\"10\" fill=\"url(#g)\"/></svg>"
w s-iframe-ns     "<svg $S><x:script xmlns:x=\"http://www.w3.org/2000/svg\">alert(1)</x:script></svg>"
w s-doctype-ext   "<!DOCTYPE svg PUBLIC \"-//W3C//DTD SVG 1.1//EN\" \"http://evil.example/svg.dtd\"><svg $S/>"
w s-use-data      "<svg $S><use href=\"data:image/png;base64,AAAA\"/></svg>"
w s-cursor        "<svg $S><rect cursor=\"url(https://evil.example/c.cur), auto\"/></svg>"
w s-style-attr-ent "<svg $S><rect style=\"background:&#117;rl(//evil.example/x)\"/></svg>"
echo '<p>hi</p>' > mods/atk/id/sub/page.html
L=mods/atk/id/pelajaran-pertama.md
{
  sed -n '1,/^## Langkah pertama/p' mods/atk/en/pelajaran-pertama.md >/dev/null
  cat $L | sed '/^## Coba sekarang/,$d'
  for f in ok page poly passwd secret inside-link dir; do echo "![$f]($( [ $f = ok ] || [ $f = page ] || [ $f = poly ] || [ $f = passwd ] || [ $f = secret ] || [ $f = inside-link ] && echo img/$f.png || echo img/$f.png ))"; echo; done
  echo '![html](img/real.html)'; echo
  echo '![pngsvg](img/pngas.svg)'; echo
  for f in $I/s-*.svg; do b=$(basename $f); echo "![$b](img/$b)"; echo; done
  echo '[a page](sub/page.html) [a page abs](/sub/page.html) [png link](img/ok.png) [html as png link](img/page.png) [dot](../../atk/id/sub/page.html) [q](sub/page.html?x=1) [pct](sub/page%2Ehtml) [ctrl](sub/page.htm%6C)'; echo
  echo '::audio[x]{src="img/ok.png"}'; echo
  echo '::audio[y]{src="img/real.html"}'; echo
  sed -n '/^## Coba sekarang/,$p' $L
} > $L.new
mv $L.new $L
node "$REPO/bin/langkah.js" check mods/atk 2>&1
echo "rc=$?  dir=$D"
