#!/usr/bin/env bash
# Regenerates the PDF report's embedded fonts: DejaVu Sans (regular, bold, oblique) cut down to
# the scripts a French authority's partners write in (Latin, Greek, Cyrillic, Vietnamese), so the
# lazily loaded PDF code stays small.
#
# Needs Debian's packages:  apt-get install -y fonts-dejavu-core fonts-dejavu-extra python3-fonttools
# Run from anywhere:        bash scripts/subset-fonts.sh
# Then run the unit tests: tests/unit/report/pdf/font-glyphs.test.ts checks every needed glyph is kept.
set -euo pipefail
cd "$(dirname "$0")/.."

src=/usr/share/fonts/truetype/dejavu
out=src/lib/report/pdf/fonts

# Keep in step with PRINTABLE_RANGES in src/lib/report/printable.ts (font-glyphs.test.ts checks it):
# Basic Latin, Latin-1, Latin Extended-A and B, IPA Extensions (ɛ ɔ ɲ of African Latin alphabets),
# ʹ ʺ ʻ ʼ and the spacing accents, Greek (its assigned code points), Cyrillic, Latin Extended Additional
# (Vietnamese; DejaVu lacks U+1EFC–1EFF); spaces U+2007–200A and U+202F; dashes, quotes, bullets,
# ellipsis, per mille, single guillemets; ₫ €, ™, arrows, minus, ≈ ≤ ≥; U+FFFD, drawn in place of
# the characters of other scripts.
unicodes='U+0020-007E,U+00A0-02AF,U+02B9-02BC,U+02C6-02C7,U+02D8-02DD,U+0370-0377,U+037A-037F,U+0384-038A,U+038C,U+038E-03A1,U+03A3-04FF,U+1E00-1EFB,U+2007-200A,U+2010-2014,U+2018-201E,U+2020-2022,U+2026,U+202F,U+2030,U+2039-203A,U+20AB-20AC,U+2122,U+2190-2193,U+2212,U+2248,U+2264-2265,U+FFFD'

# jsPDF neither shapes text nor hints glyphs: layout tables and hinting are dead weight.
# All name records are kept, so the copyright and licence stay inside each font.
for name in DejaVuSans DejaVuSans-Bold DejaVuSans-Oblique; do
	/usr/bin/python3 -m fontTools.subset "$src/$name.ttf" \
		--unicodes="$unicodes" \
		--layout-features='' --no-hinting --no-glyph-names \
		--drop-tables+=GDEF,GPOS,GSUB,MATH,gasp,FFTM --name-IDs='*' --name-languages='*' --notdef-outline \
		--output-file="$out/$name.subset.ttf"
done

cp /usr/share/doc/fonts-dejavu-core/copyright "$out/LICENSE-DejaVu.txt"
ls -l "$out"
