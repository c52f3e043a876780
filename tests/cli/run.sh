#!/bin/sh
# SPDX-License-Identifier: MIT
# The CLI from the outside: decode -> encode round trips over the sample sessions, listing,
# and the exit codes and messages for bad use.  Usage: run.sh path/to/atc
atc=${1:-build/atc}
pass=0
fail=0
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

check() { # name, command...
    name=$1
    shift
    if "$@" >"$tmp/out" 2>"$tmp/err"; then
        pass=$((pass + 1))
    else
        fail=$((fail + 1))
        echo "FAIL: $name"
        sed 's/^/    /' "$tmp/out" "$tmp/err" | head -20
    fi
}

for f in examples/sessions/*.txt; do
    p=$(basename "$f" | sed 's/-.*//')
    check "$f: transcript decodes and re-encodes byte for byte" \
        sh -c "'$atc' decode --profile $p '$f' | '$atc' encode --profile $p --transcript | cmp - '$f'"
    check "$f: no unknown or error lines" \
        sh -c "! '$atc' decode --profile $p '$f' | grep -q '\"kind\":\"\\(unknown\\|error\\)\"'"
done
for f in examples/sessions/*.bin; do
    p=$(basename "$f" | sed 's/-.*//')
    check "$f: capture decodes and re-encodes to the same bytes" \
        sh -c "'$atc' decode --profile $p '$f' | '$atc' encode --profile $p | cmp - '$f'"
done
check "list shows commands with their response times" \
    sh -c "'$atc' list --profile quectel_tcpip | grep -q 'command *QIOPEN *set.*AT+QIOPEN=.*150000 ms'"
check "profiles lists quectel_tcpip" sh -c "'$atc' profiles | grep -qx quectel_tcpip"
check "unknown profile is refused with exit code 2" \
    sh -c "'$atc' decode --profile nosuch /dev/null; test \$? -eq 2"
check "encode reports the line of a bad JSON line and fails" \
    sh -c "printf '{\"kind\":\"final\",\"name\":\"OK\"}\n{\"kind\":\"final\",\"name\":\"NOPE\"}\n' | '$atc' encode 2>&1 >/dev/null | grep -q '<stdin>:2:'"
check "encode refuses a value out of the spec's range" \
    sh -c "! echo '{\"kind\":\"urc\",\"name\":\"QIOPEN\",\"fields\":{\"connect_id\":12,\"err\":0}}' | '$atc' encode >/dev/null 2>&1"
check "two profiles: each line takes the first profile that decodes it" \
    sh -c "printf '+CME ERROR: 513\r\n+CME ERROR: 565\r\nNeul\r\n+QIURC: \"closed\",1\r\n' | '$atc' decode --profile quectel_tcpip,andlink > '$tmp/multi' &&
           grep -c '\"kind\":\"\(final\|urc\)\"' '$tmp/multi' | grep -qx 4 &&
           printf '+CME ERROR: 513\r\n' | '$atc' decode --profile quectel_tcpip | grep -q ATC_ERR_RANGE"
check "basic comes after the profiles named: a bring-up decodes whole; --no-basic leaves it out" \
    sh -c "printf 'ATE0\r\r\nOK\r\nAT+CPIN?\r\n+CPIN: READY\r\nOK\r\nAT+QIOPEN=1,0,\"TCP\",\"1.2.3.4\",80,0,0\r\nOK\r\n+CME ERROR: SIM not inserted\r\n' > '$tmp/bringup' &&
           '$atc' decode --profile quectel_tcpip '$tmp/bringup' > '$tmp/with' &&
           ! grep -q '\"unknown\"\|\"error\"' '$tmp/with' && grep -q '\"name\":\"CPIN\"' '$tmp/with' &&
           grep -q '\"err\":10' '$tmp/with' &&
           '$atc' decode --no-basic --profile quectel_tcpip '$tmp/bringup' | grep -q '\"unknown\"'"
check "a verbose error text in another profile's spelling: the table that spells it so wins, any case maps" \
    sh -c "printf 'AT+CPIN=1234\r\r\n+CME ERROR: operation not allowed\r\nAT+QIRD=0\r\r\n+CME ERROR: Operation not allowed\r\n+CME ERROR: SIM NOT INSERTED\r\n' > '$tmp/verbose' &&
           '$atc' decode --profile quectel_tcpip '$tmp/verbose' > '$tmp/verbose.json' &&
           grep -c '\"err\":3,' '$tmp/verbose.json' | grep -qx 1 && grep -c '\"err\":572,' '$tmp/verbose.json' | grep -qx 1 &&
           grep -c '\"err\":10,' '$tmp/verbose.json' | grep -qx 1 && ! grep -q warning '$tmp/verbose.json'"
check "joined commands across profiles: each part a command, the prefix-less answer to the one it answers" \
    sh -c "printf 'AT+CGMI;+QIACT?\r\r\nQuectel\r\n+QIACT: 1,1,1,\"10.0.0.1\"\r\nOK\r\n' | '$atc' decode --profile quectel_tcpip > '$tmp/joined' &&
           grep -q '\"manufacturer\":\"Quectel\"' '$tmp/joined' && grep -q '\"name\":\"QIACT\",\"form\":\"read\"' '$tmp/joined' &&
           grep -q '\"context_id\":1' '$tmp/joined' && ! grep -q unknown '$tmp/joined'"
check "a log: a prompt on its own line, a payload line that looks like a timestamp" \
    sh -c "printf '[12:00:04.000] TX: AT+QISEND=0,5\n[12:00:04.100] RX: >\n[12:00:04.200] TX: hello\n[12:00:04.300] RX: SEND OK\n[12:00:06.000] RX: +QIURC: \"recv\",0,24\n2024-01-15 12:00:00 23.5\n[12:00:06.100] TX: AT\n[12:00:06.200] RX: OK\n' | '$atc' decode --profile quectel_tcpip > '$tmp/logp' &&
           grep -q '\"data\":\"hello\"' '$tmp/logp' && grep -q '\"data\":\"2024-01-15 12:00:00 23.5\"' '$tmp/logp' &&
           grep -q '\"name\":\"SEND_OK\"' '$tmp/logp' && grep -q '\"completes\":\"AT\"' '$tmp/logp' && ! grep -q unknown '$tmp/logp'"
check "an empty value and a comma separator decode apart and encode back as they were (USR subscribe answers)" \
    sh -c "printf 'AT+MQTTSUB=1\r\r\n+OK=1,ON,/SubTopic1,1,0,,,1\r\nAT+MQTTSUB=1\r\r\n+OK=1,ON,/SubTopic1,1,0,,1\r\n' > '$tmp/sub' &&
           '$atc' decode --no-basic --profile usr_tcp232 '$tmp/sub' | '$atc' encode --no-basic --profile usr_tcp232 | cmp -s - '$tmp/sub'"
check "decode reads standard input" \
    sh -c "printf 'OK\r\n' | '$atc' decode | grep -qx '{\"dir\":\"rx\",\"kind\":\"final\",\"name\":\"OK\"}'"
check "decode marks the line that completes each command: its final result, or the URC it awaits" \
    sh -c "printf 'AT+QIACT=1\r\r\nOK\r\nAT+QIOPEN=1,0,\"TCP\",\"1.2.3.4\",80\r\r\nOK\r\nAT+QIOPEN=1,1,\"TCP\",\"1.2.3.4\",80\r\r\nOK\r\n+QIOPEN: 1,0\r\n+QIOPEN: 0,0\r\n' |
           '$atc' decode --profile quectel_tcpip > '$tmp/completes' &&
           test \$(grep -c '\"completes\":\"QIOPEN\"' '$tmp/completes') -eq 2 &&
           sed -n 2p '$tmp/completes' | grep -qx '{\"dir\":\"rx\",\"kind\":\"final\",\"name\":\"OK\",\"completes\":\"QIACT\"}' &&
           sed -n 4p '$tmp/completes' | grep -qx '{\"dir\":\"rx\",\"kind\":\"final\",\"name\":\"OK\"}' &&
           sed -n 7p '$tmp/completes' | grep -q '\"connect_id\":1,\"err\":0},\"completes\":\"QIOPEN\"}'"
check "a command whose completion never came is one no line completes" \
    sh -c "printf 'AT+QIOPEN=1,0,\"TCP\",\"1.2.3.4\",80\r\r\nOK\r\nAT+QIACT?\r\r\nOK\r\n' |
           '$atc' decode --profile quectel_tcpip | grep -c completes | grep -qx 1"

# ---- output as input arrives ----
check "decode prints a line as soon as it is complete (a pipe with a 2 s gap)" \
    sh -c "{ printf 'OK\r\n'; sleep 2; printf 'ERROR\r\n'; } | '$atc' decode > '$tmp/live' & sleep 1
           n=\$(wc -l < '$tmp/live'); wait; test \$n -eq 1 && test \$(wc -l < '$tmp/live') -eq 2"
check "a header whose payload stays in the module (recvind 1) is printed before the gap ends" \
    sh -c "{ printf 'AT+QICFG=\"recvind\",1\r\r\nOK\r\nAT+QIOPEN=1,0,\"TCP\",\"1.2.3.4\",80,0,0\r\r\nOK\r\n+QIURC: \"recv\",0,4\r\n'
             sleep 2; printf 'OK\r\n'; } | '$atc' decode --format text > '$tmp/live' & sleep 1
           tail -n 1 '$tmp/live' > '$tmp/first'; wait
           grep -q '^rx urc  *QIURC recv' '$tmp/first' && tail -n 1 '$tmp/live' | grep -q '^rx final  *OK\$'"
check "a payload still arriving is held until its last byte, then printed with it" \
    sh -c "{ printf '+QIURC: \"recv\",0,4\r\nte'; sleep 2; printf 'st\r\n'; } | '$atc' decode > '$tmp/live' & sleep 1
           n=\$(wc -l < '$tmp/live'); wait; test \$n -eq 0 && grep -q '\"data\":\"test\"}\$' '$tmp/live'"
for f in examples/sessions/*.txt examples/sessions/*.bin; do
    p=$(basename "$f" | sed 's/-.*//')
    check "$f: read in 7-byte pieces from a pipe, the same JSON as from the file" \
        sh -c "'$atc' decode --profile $p '$f' > '$tmp/whole' &&
               dd if='$f' bs=7 2>/dev/null | '$atc' decode --profile $p | cmp - '$tmp/whole'"
done

# ---- serial ports (a pseudo-terminal: tests/cli/pty_run.c) ----
pty_run=$tmp/pty_run
check "the pseudo-terminal test helper builds" ${CC:-cc} -std=c99 -Wall -Wextra -Werror tests/cli/pty_run.c -o "$pty_run"
check "--device: raw mode at --baud, lines as they come, SIGINT ends cleanly and flushes the last line" \
    sh -c "printf 'OK\r\n+QIURC: \"closed\",1' | '$pty_run' -b 115200 -w 1 -- '$atc' decode --device @PTY@ --baud 115200 > '$tmp/tty' &&
           test \$(wc -l < '$tmp/tty') -eq 2 && head -n 1 '$tmp/tty' | grep -qx '{\"dir\":\"rx\",\"kind\":\"final\",\"name\":\"OK\"}' &&
           tail -n 1 '$tmp/tty' | grep -q '\"name\":\"QIURC\",\"variant\":\"closed\"'"
check "--device: 115200 baud when --baud is not given; another rate when it is" \
    sh -c "printf 'OK\r\n' | '$pty_run' -b 115200 -- '$atc' decode --device @PTY@ >/dev/null &&
           printf 'OK\r\n' | '$pty_run' -b 9600 -- '$atc' decode --device @PTY@ --baud=9600 >/dev/null"
check "--device --strict: exit status 1 at SIGINT after an unknown line" \
    sh -c "printf 'foo\r\n' | '$pty_run' -- '$atc' decode --device @PTY@ --strict >/dev/null; test \$? -eq 1"
check "--device on a file that is not a terminal: exit status 2 and why" \
    sh -c "'$atc' decode --device /dev/null 2>&1 >/dev/null | grep -q 'not a serial port' &&
           { '$atc' decode --device /dev/null 2>/dev/null; test \$? -eq 2; }"
check "--baud without --device, a rate the system lacks, --device with a FILE: usage errors (2)" \
    sh -c "'$atc' decode --baud 9600 /dev/null 2>/dev/null; test \$? -eq 2 &&
           { '$atc' decode --device /dev/null --baud 12345 2>/dev/null; test \$? -eq 2; } &&
           { '$atc' decode --device /dev/null /dev/null 2>/dev/null; test \$? -eq 2; }"

# ---- --strict and exit codes ----
check "--strict: 0 for a session without unknown or error lines" \
    "$atc" decode --strict --profile quectel_tcpip examples/sessions/quectel_tcpip-tcp-client.txt
check "--strict: 1 when a line is unknown, 1 when a line is an error, 0 without --strict" \
    sh -c "printf 'OK\r\nfoo\r\n' | '$atc' decode --strict >/dev/null; test \$? -eq 1 &&
           { printf '+QIOPEN: x\r\n' | '$atc' decode --strict >/dev/null; test \$? -eq 1; } &&
           printf 'OK\r\nfoo\r\n+QIOPEN: x\r\n' | '$atc' decode >/dev/null"
check "--strict counts the lines that --only leaves out, and works for stats" \
    sh -c "printf 'OK\r\nfoo\r\n' | '$atc' decode --strict --only final >/dev/null; test \$? -eq 1 &&
           { printf 'foo\r\n' | '$atc' stats --strict >/dev/null; test \$? -eq 1; }"
check "usage errors exit with 2: unknown option, subcommand, value; an option of another subcommand" \
    sh -c "'$atc' decode --nosuch /dev/null 2>/dev/null; test \$? -eq 2 &&
           { '$atc' nosuch 2>/dev/null; test \$? -eq 2; } && { '$atc' encode --strict /dev/null 2>/dev/null; test \$? -eq 2; } &&
           { '$atc' decode --format xml /dev/null 2>/dev/null; test \$? -eq 2; } && { '$atc' decode --profile 2>/dev/null; test \$? -eq 2; }"
check "a FILE that cannot be opened: exit status 2" \
    sh -c "'$atc' decode /nonexistent 2>/dev/null; test \$? -eq 2"
check "atc help documents the exit codes" \
    sh -c "'$atc' help | grep -q '^  2  usage error' && '$atc' help decode | grep -q '^  1  decode, stats with --strict'"

# ---- log prefixes ----
check "a log with timestamps: the same events as the bytes without them, each with its \"ts\", last" \
    sh -c "'$atc' decode --profile quectel_tcpip examples/sessions/quectel_tcpip-tcp-client.txt > '$tmp/plain' &&
           awk '{ printf \"[12:00:%02d.%03d] %s\n\", NR % 60, NR, \$0 }' examples/sessions/quectel_tcpip-tcp-client.txt > '$tmp/log' &&
           '$atc' decode --profile quectel_tcpip '$tmp/log' > '$tmp/fromlog' &&
           test \$(grep -c ',\"ts\":\"12:00:[0-9][0-9]\.[0-9]*\"}\$' '$tmp/fromlog') -eq \$(wc -l < '$tmp/fromlog') &&
           sed 's/,\"ts\":\"[^\"]*\"}\$/}/' '$tmp/fromlog' | cmp - '$tmp/plain'"
check "the events of a log encode back to the bytes without the prefixes (encode ignores \"ts\")" \
    sh -c "'$atc' encode --profile quectel_tcpip --to transcript '$tmp/fromlog' | cmp - examples/sessions/quectel_tcpip-tcp-client.txt"
printf '%s\n' '[12:00:01.123] OK' '[2026-12-01 12:00:01] ERROR' '>> AT+QIACT?' '<< OK' '[TX] AT+QIACT?' '[RX] OK' \
    'Tx: AT+QIACT?' 'Rx: OK' 'RX:OK' '[12:00:02.5] [RX] OK' '2026-12-01T12:00:03.250Z TX: AT+QIACT?' \
    '[RX] AT+QIACT?' '(12:00:04) SEND OK' > "$tmp/marks.log"
printf '%s\n' '{"dir":"rx","kind":"final","name":"OK","ts":"12:00:01.123"}' \
    '{"dir":"rx","kind":"final","name":"ERROR","ts":"2026-12-01 12:00:01"}' \
    '{"dir":"tx","kind":"command","name":"QIACT","form":"read"}' '{"dir":"rx","kind":"final","name":"OK","completes":"QIACT"}' \
    '{"dir":"tx","kind":"command","name":"QIACT","form":"read"}' '{"dir":"rx","kind":"final","name":"OK","completes":"QIACT"}' \
    '{"dir":"tx","kind":"command","name":"QIACT","form":"read"}' '{"dir":"rx","kind":"final","name":"OK","completes":"QIACT"}' \
    '{"dir":"rx","kind":"final","name":"OK"}' '{"dir":"rx","kind":"final","name":"OK","ts":"12:00:02.5"}' \
    '{"dir":"tx","kind":"command","name":"QIACT","form":"read","ts":"2026-12-01T12:00:03.250Z"}' \
    '{"dir":"rx","kind":"command","name":"QIACT","form":"read"}' \
    '{"dir":"rx","kind":"final","name":"SEND_OK","completes":"QIACT","ts":"12:00:04"}' > "$tmp/marks.json"
check "log prefixes: [time], [date time], <<, >>, [RX], [TX], Rx:, Tx:, RX:, ISO time; a mark sets \"dir\"" \
    sh -c "'$atc' decode '$tmp/marks.log' | diff - '$tmp/marks.json'"
check "log lines ending in CR LF decode alike" \
    sh -c "sed 's/\$/\r/' '$tmp/marks.log' | '$atc' decode | diff - '$tmp/marks.json'"
check "a payload on the log line after its header: one event, with the header line's ts" \
    sh -c "printf '[10:00:00.001] RX: +QIURC: \"recv\",0,4\n[10:00:00.002] RX: test\n[10:00:00.003] RX: OK\n' | '$atc' decode > '$tmp/pl' &&
           test \$(wc -l < '$tmp/pl') -eq 2 && head -n 1 '$tmp/pl' | grep -q '\"data\":\"test\",\"ts\":\"10:00:00.001\"}\$'"
check "lines without a prefix in a log keep the last timestamp and mark (continuation lines)" \
    sh -c "printf '[10:00:00.001] RX: +QIURC: \"closed\",0\nOK\n[10:00:01] TX: AT+QIACT?\n' | '$atc' decode |
           sed -n 2p | grep -qx '{\"dir\":\"rx\",\"kind\":\"final\",\"name\":\"OK\",\"ts\":\"10:00:00.001\"}'"
check "raw bytes where only a few lines look like log prefixes are not a log" \
    sh -c "printf 'OK\r\nOK\r\n<< OK\r\n' | '$atc' decode | tail -n 1 | grep -qx '{\"dir\":\"rx\",\"kind\":\"unknown\",\"raw\":\"<< OK\"}'"
check "--no-log keeps the prefixes; --log strips them when few lines have one" \
    sh -c "printf '[RX] OK\r\n' | '$atc' decode --no-log | grep -q '\"kind\":\"unknown\",\"raw\":\"\[RX\] OK\"' &&
           printf 'OK\r\nOK\r\n<< OK\r\n' | '$atc' decode --log | tail -n 1 | grep -qx '{\"dir\":\"rx\",\"kind\":\"final\",\"name\":\"OK\"}'"
check "--prefix REGEX: a logger's own format, a group for the direction, another for the time" \
    sh -c "printf '2026/12/01-12:00:01 | modem | <- | OK\n2026/12/01-12:00:02 | modem | -> | AT+QIACT?\n' |
           '$atc' decode --prefix '^([0-9/]+-[0-9:]+) \| modem \| (<-|->) \| ' > '$tmp/re' &&
           sed -n 1p '$tmp/re' | grep -qx '{\"dir\":\"rx\",\"kind\":\"final\",\"name\":\"OK\",\"ts\":\"2026/12/01-12:00:01\"}' &&
           sed -n 2p '$tmp/re' | grep -q '^{\"dir\":\"tx\",\"kind\":\"command\",\"name\":\"QIACT\".*\"ts\":\"2026/12/01-12:00:02\"}\$'"
check "--prefix: a bad regex is a usage error (2)" \
    sh -c "'$atc' decode --prefix '([' /dev/null 2>/dev/null; test \$? -eq 2"

# ---- text, filters, stats, help ----
check "--format text: dir, kind, name, form, fields as key=value, errors with their reason" \
    sh -c "printf 'AT+QIACT?\r\r\nOK\r\n+QIOPEN: 0,0\r\n+QIOPEN: x\r\n' | '$atc' decode --format text > '$tmp/text' &&
           sed -n 1p '$tmp/text' | grep -qx 'tx command      QIACT read' &&
           sed -n 2p '$tmp/text' | grep -qx 'rx final        OK completes=\"QIACT\"' &&
           sed -n 3p '$tmp/text' | grep -qx 'rx urc          QIOPEN [a-z_]*=0 [a-z_]*=0' &&
           sed -n 4p '$tmp/text' | grep -qx 'rx error        QIOPEN error=ATC_ERR_MALFORMED (.*) raw=\"+QIOPEN: x\"'"
check "--format text: payloads and timestamps" \
    sh -c "printf '[09:00:00] +QIURC: \"recv\",0,2\nhi\n' | '$atc' decode --format text |
           grep -qx '09:00:00 rx urc          QIURC recv .* data=\"hi\"'"
esc=$(printf '\033')
check "--format text: colour on a terminal; not with --no-color, NO_COLOR or into a pipe; --color forces it" \
    sh -c "s=examples/sessions/quectel_tcpip-tcp-client.txt
           '$pty_run' -t -- '$atc' decode --format text \$s | grep -q '$esc\[' &&
           ! '$pty_run' -t -- '$atc' decode --format text --no-color \$s | grep -q '$esc' &&
           ! NO_COLOR=1 '$pty_run' -t -- '$atc' decode --format text \$s | grep -q '$esc' &&
           ! '$atc' decode --format text \$s | grep -q '$esc' &&
           '$atc' decode --format text --color \$s | grep -q '$esc\['"
check "--only urc,final prints those kinds only; an unknown kind is a usage error" \
    sh -c "'$atc' decode --only urc,final examples/sessions/quectel_tcpip-tcp-client.txt > '$tmp/only' &&
           test -s '$tmp/only' && ! grep -vq '\"kind\":\"\(urc\|final\)\"' '$tmp/only' &&
           test \$(wc -l < '$tmp/only') -eq \$('$atc' decode examples/sessions/quectel_tcpip-tcp-client.txt | grep -c '\"kind\":\"\(urc\|final\)\"') &&
           { '$atc' decode --only urc,nope /dev/null 2>/dev/null; test \$? -eq 2; }"
check "stats: counts per message and kind, errors and warnings by code, unknown lines" \
    sh -c "printf 'OK\r\nOK\r\n+QIOPEN: x\r\nfoo\r\nfoo\r\n+QIOPEN: 12,0\r\n' | '$atc' stats > '$tmp/stats' &&
           grep -qx '6 events: 3 messages, 1 errors, 2 unknown lines; 1 warnings' '$tmp/stats' &&
           grep -qx 'final  *OK  *2' '$tmp/stats' && grep -qx 'urc  *QIOPEN  *1' '$tmp/stats' &&
           grep -qx 'ATC_ERR_MALFORMED  *1  .*' '$tmp/stats' && grep -qx 'ATC_ERR_RANGE  *1  integer out of range' '$tmp/stats' &&
           grep -qx '\"foo\"  *2' '$tmp/stats'"
check "stats reads logs like decode" \
    sh -c "'$atc' stats '$tmp/marks.log' | grep -qx 'command  *QIACT read  *5'"
check "help: every subcommand; each subcommand's options; SUBCOMMAND --help" \
    sh -c "'$atc' help > '$tmp/help' && for s in decode stats encode list profiles help; do grep -q \"atc \$s\" '$tmp/help' || exit 1; done &&
           '$atc' help decode | grep -q -- '--device PATH' && '$atc' help decode | grep -q -- '--only' &&
           '$atc' help encode | grep -q -- '--to wire|transcript' && '$atc' help stats | grep -q -- '--strict' &&
           '$atc' help decode > '$tmp/hd' && '$atc' decode --help | cmp - '$tmp/hd' &&
           { '$atc' help nosuch 2>/dev/null; test \$? -eq 2; }"
check "docs/cli.md describes every option that atc help shows" \
    sh -c "for s in decode stats encode list; do '$atc' help \$s; done | grep -o -- '--[a-z-]*' | sort -u > '$tmp/opts' &&
           while read -r o; do grep -q -- \"\$o\" docs/cli.md || { echo \"docs/cli.md lacks \$o\"; exit 1; }; done < '$tmp/opts'"

# ---- encode: what it writes, what it expects ----
for f in examples/sessions/*.txt; do
    p=$(basename "$f" | sed 's/-.*//')
    check "$f: --to transcript is --transcript; --to wire is the default" \
        sh -c "'$atc' decode --profile $p '$f' > '$tmp/ev' && '$atc' encode --profile $p --to transcript '$tmp/ev' | cmp - '$f' &&
               '$atc' encode --profile $p --to wire '$tmp/ev' > '$tmp/w1' && '$atc' encode --profile $p '$tmp/ev' | cmp - '$tmp/w1'"
done
check "encode --to: wire or transcript only" sh -c "'$atc' encode --to text /dev/null 2>/dev/null; test \$? -eq 2"
check "encode given a transcript says that it reads the JSON lines of atc decode" \
    sh -c "'$atc' encode examples/sessions/quectel_tcpip-tcp-client.txt 2>&1 >/dev/null | head -n 1 |
           grep -qx '[^:]*:1: not a JSON object: atc encode reads the JSON lines that atc decode prints'"
check "encode names a mandatory field that is missing" \
    sh -c "echo '{\"kind\":\"urc\",\"name\":\"QIOPEN\",\"fields\":{\"connect_id\":1}}' | '$atc' encode 2>&1 >/dev/null |
           grep -q '^<stdin>:1: mandatory field missing: [a-z_]* ' &&
           echo '{\"kind\":\"command\",\"name\":\"QIOPEN\",\"form\":\"set\",\"fields\":{\"context_id\":1,\"connect_id\":0}}' |
           '$atc' encode 2>&1 >/dev/null | grep -q 'mandatory field missing: [a-z_]*'"
check "encode names a message the profile lacks, and a field the message lacks" \
    sh -c "echo '{\"kind\":\"final\",\"name\":\"NOPE\"}' | '$atc' encode 2>&1 >/dev/null | grep -q 'no final named NOPE in profile quectel_tcpip' &&
           echo '{\"kind\":\"urc\",\"name\":\"QIOPEN\",\"fields\":{\"nope\":1}}' | '$atc' encode 2>&1 >/dev/null |
           grep -q 'field \"nope\" does not fit urc QIOPEN'"
check "encode writes each line as it arrives" \
    sh -c "{ echo '{\"kind\":\"final\",\"name\":\"OK\"}'; sleep 2; echo '{\"kind\":\"final\",\"name\":\"ERROR\"}'; } | '$atc' encode > '$tmp/enc' & sleep 1
           cp '$tmp/enc' '$tmp/enc1'; wait; printf '\r\nOK\r\n' | cmp - '$tmp/enc1'"

echo "cli: $pass passed, $fail failed"
[ "$fail" -eq 0 ]
