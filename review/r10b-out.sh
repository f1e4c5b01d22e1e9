#!/bin/bash
# review10b: attacks on `langkah build --out` (issue #10 item 1), each in a fresh mktemp -d copy.
# Usage: bash review/r10b-out.sh   (from the worktree, after npm run build)
# HOME is a fake home inside the temp dir; `/` and the real home are judged through assessOut only (no writes).
set -u
REPO=$(cd "$(dirname "$0")/.." && pwd)
T=$(mktemp -d /tmp/r10b-out.XXXXXX)
mk() { # fresh project copy: $T/n/proj with modules/, package.json; fake home $T/n/home
  local d=$T/$1; mkdir -p "$d/home" "$d/proj"; cp -r "$REPO/modules" "$d/proj/"; echo '{"name":"p"}' > "$d/proj/package.json"; echo "$d"; }
run() { # name, dir, args...
  local name=$1 d=$2; shift 2
  local before after
  before=$(cd "$d" && find . -path ./proj/out-ok -prune -o -print | sort | md5sum)
  ( cd "$d/proj" && HOME="$d/home" timeout 300 node "$REPO/bin/langkah.js" build "$@" >"$d.stdout" 2>"$d.stderr"; echo $? >"$d.rc" )
  after=$(cd "$d" && find . -path ./proj/out-ok -prune -o -print | sort | md5sum)
  printf '%-34s rc=%s  %s  %s\n' "$name" "$(cat "$d.rc")" "$([ "$before" = "$after" ] && echo unchanged || echo CHANGED)" "$(tail -n1 "$d.stderr" | cut -c1-150)"
}
CUR=modules/curricula/kelas-digital-umkm.yaml
d=$(mk home);      run "--out ~ (fake HOME)" "$d" modules --out "$d/home"
d=$(mk homeabove); run "--out above ~" "$d" modules --out "$d"
d=$(mk dot);       run "--out ." "$d" modules --out .
d=$(mk dotpack);   run "pack --out ." "$d" $CUR --out .
d=$(mk dotdot);    run "--out .." "$d" modules --out ..
d=$(mk trick);     mkdir -p "$d/proj/a"; run "--out a/../.." "$d" modules --out a/../..
d=$(mk trick2);    run "--out nonexist/../../.." "$d" modules --out nonexist/../../..
d=$(mk mods);      run "--out modules" "$d" modules --out modules
d=$(mk modspack);  run "pack --out modules" "$d" $CUR --out modules
d=$(mk curdir);    run "pack --out modules/curricula" "$d" $CUR --out modules/curricula
d=$(mk inmod);     run "--out modules/kunci-akun/dist" "$d" modules --out modules/kunci-akun/dist
d=$(mk inmods);    run "--out modules/newsub" "$d" modules --out modules/newsub
d=$(mk inmodsp);   run "pack --out modules/newsub" "$d" $CUR --out modules/newsub
d=$(mk modid);     run "--out modules/kunci-akun/id" "$d" modules --out modules/kunci-akun/id
d=$(mk srcfold);   mkdir -p "$d/other/m"; cp -r "$d/proj/modules/kunci-akun" "$d/other/m/"; run "--out folder w/ module (other)" "$d" modules --out ../other/m
d=$(mk pkgjson);   mkdir -p "$d/site"; echo '{}' > "$d/site/package.json"; run "--out folder w/ package.json" "$d" modules --out ../site
d=$(mk foreign);   mkdir -p "$d/site"; echo hi > "$d/site/photo.jpg"; run "--out non-empty foreign" "$d" modules --out ../site
d=$(mk foreignd);  mkdir -p "$d/site/.git"; echo x > "$d/site/.git/config"; run "--out folder with only .git" "$d" modules --out ../site
d=$(mk linkhome);  ln -s "$d/home" "$d/proj/lh"; run "--out symlink->home" "$d" modules --out lh
d=$(mk linkmods);  ln -s "$d/proj/modules" "$d/lm"; run "--out symlink->modules" "$d" modules --out ../lm
d=$(mk linkfor);   mkdir -p "$d/site"; echo hi > "$d/site/a.txt"; ln -s "$d/site" "$d/proj/ls"; run "--out symlink->foreign" "$d" modules --out ls
d=$(mk linkproj);  ln -s "$d/proj" "$d/lp"; run "--out symlink->project" "$d" modules --out ../lp
d=$(mk linkdang);  ln -s "$d/nowhere" "$d/proj/ld"; run "--out dangling symlink" "$d" modules --out ld
d=$(mk file);      echo x > "$d/proj/out.txt"; run "--out a file" "$d" modules --out out.txt
# forged marker: a foreign folder where someone wrote a .langkah-build listing its files
d=$(mk forged);    mkdir -p "$d/site"; echo hi > "$d/site/photo.jpg"; echo '{"by":"x","files":["photo.jpg"],"complete":true}' > "$d/site/.langkah-build"; run "forged marker lists photo.jpg" "$d" modules --out ../site; ls "$d/site" | tr '\n' ' '; echo
d=$(mk forgedsrc); mkdir -p "$d/site/notes"; echo '# x' > "$d/site/notes/todo.md"; echo '{"by":"x","files":["notes/todo.md"],"complete":true}' > "$d/site/.langkah-build"; run "forged marker, deep .md" "$d" modules --out ../site; ls -R "$d/site" | tr '\n' ' '; echo
d=$(mk forgedup);  mkdir -p "$d/site"; echo keep > "$d/victim.txt"; echo '{"by":"x","files":["../victim.txt"],"complete":true}' > "$d/site/.langkah-build"; run "forged marker lists ../victim" "$d" modules --out ../site; ls "$d"/victim.txt
d=$(mk forgedlnk); mkdir -p "$d/site" "$d/secret"; echo keep > "$d/secret/k.txt"; ln -s "$d/secret" "$d/site/assets"; echo '{"by":"x","files":["assets","assets/k.txt"],"complete":true}' > "$d/site/.langkah-build"; run "forged marker, symlink dir inside" "$d" modules --out ../site; ls "$d/secret"
d=$(mk markerlnk); mkdir -p "$d/site"; echo '{"by":"x","files":[],"complete":true}' > "$d/real-marker"; ln -s "$d/real-marker" "$d/site/.langkah-build"; run "marker is a symlink" "$d" modules --out ../site; cat "$d/real-marker" | head -c 80; echo
# a real earlier build, then the user adds a CNAME; and a build twice
d=$(mk twice);     ( cd "$d/proj" && HOME=$d/home node "$REPO/bin/langkah.js" build modules --out ../site >/dev/null 2>&1 ); run "second build into own output" "$d" modules --out ../site
echo example.org > "$d/site/CNAME"; run "own output + CNAME" "$d" modules --out ../site
# zip outputs
d=$(mk zipf);      echo notzip > "$d/proj/x.zip"; run "scorm --out foreign x.zip" "$d" $CUR --scorm 1.2 --out x.zip
d=$(mk zipdir);    mkdir -p "$d/proj/d.zip"; echo k > "$d/proj/d.zip/k"; run "scorm --out folder d.zip" "$d" $CUR --scorm 1.2 --out d.zip
d=$(mk ziplnk);    ln -s "$d/made.zip" "$d/proj/l.zip"; run "scorm --out dangling link l.zip" "$d" $CUR --scorm 1.2 --out l.zip; ls -la "$d" | grep made
echo "temp: $T"
