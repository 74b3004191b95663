#!/usr/bin/env bash
# Gathers the interface's texts from src/ into assets/po/kgatlas.pot (GNU gettext's xgettext:
# every tr("..."), N_("..."), filled("...", ...), and the core's messages, say("...", ...)), and
# brings assets/po/ru.po and ky.po up to date with it (msgmerge): new texts arrive untranslated, for a translator to fill in (Poedit,
# Weblate or a text editor). The build compiles the .po files; tests/app/TranslationTests checks
# that every text has its Russian and Kyrgyz.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
xgettext --language=C++ --from-code=UTF-8 --keyword=tr --keyword=N_ --keyword=filled:1 --keyword=filledPlural:1,2 --keyword=say:1 --no-location \
  --sort-output --package-name=kgatlas --msgid-bugs-address= -o assets/po/kgatlas.pot $(find src -name '*.cpp' | sort)
for lang in ru ky; do
  if [[ -f assets/po/$lang.po ]]; then
    msgmerge --quiet --update --backup=none --no-fuzzy-matching --sort-output assets/po/$lang.po assets/po/kgatlas.pot
  else
    msginit --no-translator --locale=$lang --input=assets/po/kgatlas.pot --output-file=assets/po/$lang.po
  fi
done
