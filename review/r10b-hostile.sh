#!/bin/bash
# review10b: re-check FINDINGS-10 fixes hold (issue #10 item 4) through the CLI, in a mktemp -d module.
set -u
REPO=$(cd "$(dirname "$0")/.." && pwd)
D=$(mktemp -d /tmp/r10b-hostile.XXXXXX); cd "$D"; node "$REPO/bin/langkah.js" new module atk --dir mods >/dev/null
F=mods/atk/id/pelajaran-pertama.md; cp $F base.md; cp mods/atk/module.yaml base.yaml
head_() { sed -n '1,/^---$/{p}' base.md | head -n -0 | awk 'NR==1||!/^---$/' ; }
one() { # name, file-writer
  local name=$1; shift; cp base.md $F; cp base.yaml mods/atk/module.yaml; "$@"
  local s=$(date +%s.%N); local out; out=$( /usr/bin/time -f '%M KB' timeout 300 node "$REPO/bin/langkah.js" check mods/atk 2>&1 ); local rc=$?
  printf '== %s  rc=%s  %.1fs\n%s\n' "$name" "$rc" "$(echo "$(date +%s.%N) - $s" | bc)" "$(echo "$out" | grep -v 'warning' | cut -c1-220 | head -6)"
}
colons() { node -e "const fs=require('fs');const b=fs.readFileSync('base.md','utf8');fs.writeFileSync('$F',b.replace('## Langkah pertama\n','## Langkah pertama\n\n'+':'.repeat(60000)+'\n'))"; }
yamlDeep() { node -e "const fs=require('fs');const b=fs.readFileSync('base.md','utf8');fs.writeFileSync('$F',b.replace('duration: 3','duration: 3\nfoo: '+'['.repeat(20000)))"; }
yaml17() { node -e "const fs=require('fs');const b=fs.readFileSync('base.md','utf8');fs.writeFileSync('$F',b.replace('duration: 3','duration: 3\nfoo: '+'['.repeat(17)+']'.repeat(17)))"; }
yaml16() { node -e "const fs=require('fs');const b=fs.readFileSync('base.md','utf8');fs.writeFileSync('$F',b.replace('duration: 3','duration: 3\nfoo: '+'['.repeat(15)+']'.repeat(15)))"; }
modDeep() { cp base.md $F; node -e "require('fs').appendFileSync('mods/atk/module.yaml','extra: '+'['.repeat(30000)+'\n')"; }
alias_() { node -e "const fs=require('fs');const b=fs.readFileSync('base.md','utf8');let y='a: &a [x,x,x,x,x,x,x,x,x]\n';for(let i=1;i<10;i++)y+='a'+i+': &a'+i+' ['+Array(9).fill('*a'+(i>1?i-1:'')).join(',')+']\n';fs.writeFileSync('$F',b.replace('duration: 3\n','duration: 3\n'+y))"; }
pics150() { mkdir -p mods/atk/id/img; printf '\x89PNG\r\n\x1a\n' > mods/atk/id/img/a.png; node -e "const fs=require('fs');const b=fs.readFileSync('base.md','utf8');fs.writeFileSync('$F',b.replace('## Langkah pertama\n','## Langkah pertama\n\n'+Array.from({length:150},(_, i)=>'![p'+i+'](img/a.png)').join('\n\n')+'\n'))"; }
pct() { node -e "const fs=require('fs');const b=fs.readFileSync('base.md','utf8');fs.writeFileSync('$F',b.replace('## Langkah pertama\n','## Langkah pertama\n\n![x](img/100%.png)\n\n![y](img/a%2.png)\n\n[z](img/%E0%A4%A.png)\n'))"; }
badutf() { node -e "const fs=require('fs');const b=fs.readFileSync('base.md');const i=b.indexOf('Tulis satu');fs.writeFileSync('$F',Buffer.concat([b.subarray(0,i),Buffer.from([0xc3,0x28,0xff]),b.subarray(i)]))"; }
one "one 60 KB line of ':'" colons
one "YAML 20,000 [ deep (front matter)" yamlDeep
one "YAML 17 deep" yaml17
one "YAML 15 deep (allowed?)" yaml16
one "module.yaml 30,000 [" modDeep
one "YAML alias bomb" alias_
one "150 pictures in a step" pics150
one "% in paths" pct
one "invalid UTF-8" badutf
echo "dir: $D"
