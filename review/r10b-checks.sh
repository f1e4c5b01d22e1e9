#!/bin/bash
# review10b: honest checks (issue #10 item 3). Each case in a fresh mktemp -d copy of modules/.
set -u
REPO=$(cd "$(dirname "$0")/.." && pwd)
T=$(mktemp -d /tmp/r10b-checks.XXXXXX)
L() { node "$REPO/bin/langkah.js" "$@" 2>&1 | grep -v 'organiser-sample' | cut -c1-330; echo "  -> rc=${PIPESTATUS[0]}"; }
mk() { local d=$T/$1; mkdir -p "$d"; cp -r "$REPO/modules" "$d/"; cd "$d"; }
C=modules/curricula/kelas-digital-umkm.yaml
echo "== a) a module the course uses has an error (no correct answer in kunci-akun/id/kode-otp.md)"
mk a; sed -i '0,/- \[x\]/s//- [ ]/' modules/kunci-akun/id/kode-otp.md
L check $C; L check modules | tail -3; L build $C --out ../pack; ls ../pack 2>&1 | head -2
echo "== a2) the error in a lesson the course leaves out (kenali-penipuan/sim-swap)"
mk a2; sed -i '0,/- \[x\]/s//- [ ]/' modules/kenali-penipuan/id/sim-swap.md
L check $C; L build $C --out ../pack
echo "== b) misspelt module id"
mk b; sed -i 's/module: whatsapp-business/module: whatsap-business/' $C; L check $C
echo "== c) misspelt lesson id"
mk c; sed -i 's/lessons: \[file-apk, mengaku-bank/lessons: [file-apk, mengaku-bnk/' $C; L check $C
echo "== c2) misspelt requires"
mk c2; sed -i '0,/requires: \[kunci-akun\/kode-otp\]/s//requires: [kunci-akun\/kode-ot]/' $C; L check $C
echo "== d) broken module.yaml (bad YAML) of a used module"
mk d; printf 'id: kunci-akun\ntitle: [unclosed\n' > modules/kunci-akun/module.yaml; L check $C; L build $C --out ../pack
echo "== e) module.yaml missing a field (title) and with other errors"
mk e; sed -i '/^title:/,/^  en:/d; s/^level: basic/level: expert/; s/^version: .*/version: zero/' modules/kunci-akun/module.yaml; cat modules/kunci-akun/module.yaml | head -8; L check $C
echo "== f) curriculum: wrong shapes (modules an object, module a number, pass a string, missing title)"
mk f; cat > modules/curricula/x.yaml <<'Y'
id: x
version: 1
languages: [id]
pass: "seventy"
modules:
  - module: 42
  - modul: kunci-akun
  - { module: kunci-akun, lessons: kode-otp }
  - kunci-akun
Y
L check modules/curricula/x.yaml
echo "== f2) modules is an object"
mk f2; printf 'id: x\nversion: 1\ntitle: {id: X}\norganiser: Dinas\nlanguages: [id]\nmodules:\n  kunci-akun: {}\n' > modules/curricula/x.yaml; L check modules/curricula/x.yaml
echo "== g) summary counts: check the curriculum alone, then one lesson"
mk g; L check $C | tail -2; L check modules/kunci-akun/id/kode-otp.md | tail -1; L check modules/kunci-akun | tail -1
echo "== h) curriculum with an unknown top-level key and a typo'd key"
mk h; sed -i 's/^organiser:/organizer:/' $C; echo 'colour: red' >> $C; L check $C
echo "temp: $T"
