#!/bin/sh
# Review 16h item 3 (G2/G3 fix 201b103): r16g-layout on the 16h site, every step (step 1 too), returning and tapped,
# four sizes (180x320 = 360x640 at 200 %).   BROWSER=firefox sh review/r16h-layout.sh
node review/r16g-layout.mjs --site /tmp/r16h --lessons kedua --sizes 360x640,300x640,640x360,180x320 --steps 0,1,2,3 --shots
node review/r16g-layout.mjs --site /tmp/r16h --lessons pertama --sizes 360x640,300x640,640x360,180x320 --steps 0,1,2 --shots
node review/r16g-layout.mjs --site /tmp/r16h --lessons kedua --sizes 300x640,640x360,180x320 --steps 1,3 --tap
