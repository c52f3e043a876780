#!/bin/sh
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
check "decode reads standard input" \
    sh -c "printf 'OK\r\n' | '$atc' decode | grep -qx '{\"dir\":\"rx\",\"kind\":\"final\",\"name\":\"OK\"}'"

echo "cli: $pass passed, $fail failed"
[ "$fail" -eq 0 ]
