#!/bin/sh
# SPDX-License-Identifier: MIT
# Generate only what you use (gen/trim.py): the socket client's options file
# (examples/quectel_tcpip-socket-client.options) gives a trimmed quectel_tcpip single header, which
#   - compiles alone with gcc, clang, g++ and clang++ (-Wall -Wextra -Werror -pedantic);
#   - holds fewer messages than the whole profile;
#   - decodes the lines of the sample TCP client session (examples/sessions/quectel_tcpip-tcp-client.txt)
#     that belong to the kept messages to exactly the events the whole profile gives (JSON lines),
#     with no unknown or error line, while a command it left out (AT+QICSGP) is unknown to it;
# and an options file that names no message of the profile is refused.
# Usage: tests/trim/run.sh [BUILD_DIR]   (from the top directory)
set -e
build=${1:-build}
out=$build/trim
options=examples/quectel_tcpip-socket-client.options
session=examples/sessions/quectel_tcpip-tcp-client.txt
PYTHON=${PYTHON:-/usr/bin/python3}
STRICT="-Wall -Wextra -Werror -pedantic"
rm -rf "$out" && mkdir -p "$out/header"
fail() { echo "test-trim: FAIL: $*"; exit 1; }

$PYTHON gen/trim.py --options $options --out "$out/header" spec/quectel_tcpip.yaml
printf '#define ATC_IMPLEMENTATION\n#include "atc_quectel_tcpip.h"\nint main(void) { return 0; }\n' > "$out/alone.c"
for cc in gcc clang; do
    $cc -std=c99 $STRICT -I"$out/header" "$out/alone.c" -o "$out/alone" || fail "$cc: the trimmed header does not compile"
done
for cxx in g++ clang++; do
    $cxx -x c++ $STRICT -I"$out/header" "$out/alone.c" -o "$out/alone" || fail "$cxx: the trimmed header does not compile"
done
whole=$(sed -n 's/^ *ATC_QUECTEL_TCPIP__COUNT = \([0-9]*\)$/\1/p' generated/atc_quectel_tcpip.h)
kept=$(sed -n 's/^ *ATC_QUECTEL_TCPIP__COUNT = \([0-9]*\)$/\1/p' "$out/header/atc_quectel_tcpip.h")
[ -n "$kept" ] && [ "$kept" -lt "$whole" ] || fail "the trimmed header has $kept messages, the whole profile $whole"

# the same program, with the whole profile and with the trimmed header
for v in whole:generated trimmed:$out/header; do
    name=${v%%:*} dir=${v#*:}
    gcc -std=c99 $STRICT -I"$dir" -Iruntime -Itools tests/trim/decode.c tools/atc_json.c tools/atcj_buf.c -o "$out/decode-$name" ||
        fail "decode.c does not build with the $name header"
done

# the session's lines that belong to the kept messages: a command the options leave out goes,
# with the lines up to its final result
commands=$($PYTHON gen/trim.py --options $options --list spec/quectel_tcpip.yaml | awk '$1 == "command" { print $2 }' | sort -u | tr '\n' ' ')
awk -v keep=" $commands " '
    /^AT\+/ { name = $0; sub(/^AT\+/, "", name); sub(/[^A-Z0-9].*$/, "", name); skipping = index(keep, " " name " ") == 0 }
    !skipping { print; next }
    /^(OK|ERROR|SEND OK|SEND FAIL|NO CARRIER|\+CME ERROR: .*|\+CMS ERROR: .*)$/ { skipping = 0 }
' $session > "$out/session.txt"
lines=$(wc -l < "$out/session.txt")
[ "$lines" -ge 15 ] && [ "$lines" -lt "$(wc -l < $session)" ] || fail "the kept session has $lines lines"
"$out/decode-whole" "$out/session.txt" > "$out/whole.jsonl"
"$out/decode-trimmed" "$out/session.txt" > "$out/trimmed.jsonl"
cmp -s "$out/whole.jsonl" "$out/trimmed.jsonl" || { diff "$out/whole.jsonl" "$out/trimmed.jsonl" | head -n 20; fail "the trimmed header decodes the kept session differently"; }
! grep -q '"kind":"\(unknown\|error\)"' "$out/trimmed.jsonl" || fail "unknown or error lines in the kept session"
for m in QIACT QIOPEN QISEND QICLOSE QIURC SEND_OK PROMPT; do
    grep -q "\"name\":\"$m\"" "$out/trimmed.jsonl" || fail "no $m event in the kept session"
done
"$out/decode-trimmed" $session | grep -q '"kind":"unknown","raw":"AT+QICSGP=' ||
    fail "AT+QICSGP, which the options leave out, is not unknown to the trimmed header"

# a rule that names no message is refused (a misspelt name must not drop a message silently)
printf 'quectel_tcpip.QIOPEN\nquectel_tcpip.QIOPNE\n' > "$out/misspelt.options"
if $PYTHON gen/trim.py --options "$out/misspelt.options" --list spec/quectel_tcpip.yaml > /dev/null 2> "$out/misspelt.err"; then
    fail "an options file with a misspelt name was taken"
fi
grep -q "misspelt.options:2: 'QIOPNE' names no message" "$out/misspelt.err" || fail "the misspelt name is not reported: $(cat "$out/misspelt.err")"
echo "test-trim: $kept of $whole messages; the $(wc -l < "$out/trimmed.jsonl") events of the kept session ($lines lines) decode as with the whole profile"
