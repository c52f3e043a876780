#!/bin/sh
# Runs libFuzzer targets for a while each and prints executions and crashes per target.
#   run.sh BINDIR SECONDS TARGET...      (make fuzz, make fuzz-smoke)
# Each target starts from tests/fuzz/corpus/<target>/ (copied into BINDIR/<target>/corpus, which
# keeps what the fuzzer finds between runs; the committed corpus is never written). A crash stops
# that target; its input is left in BINDIR/<target>/artifacts/ and its report in
# BINDIR/<target>/log. Make it a regression: copy the input to tests/fuzz/regressions/<target>/
# (tests/test_fuzz_replay.c replays it in the Criterion suite). Exit status 1 if anything crashed.
bindir=$1
secs=$2
shift 2
status=0
summary="$bindir/summary.txt"
printf '%-8s %8s %12s %10s %8s %8s  %s\n' target seconds executions exec/s corpus crashes artifact >"$summary"
for t in "$@"; do
    work="$bindir/$t"
    mkdir -p "$work/corpus" "$work/artifacts"
    rm -f "$work/artifacts/"*
    cp tests/fuzz/corpus/"$t"/* "$work/corpus/" 2>/dev/null
    case $t in
    decode) maxlen=12288 ;; # past ATC_MAX_LINE (4096), so overlong lines are reachable
    *) maxlen=4096 ;;
    esac
    echo "== fuzz_$t: $secs s from $(ls "$work/corpus" | wc -l) inputs"
    "$bindir/fuzz_$t" -max_total_time="$secs" -timeout=10 -rss_limit_mb=2048 -max_len=$maxlen \
        -print_final_stats=1 -artifact_prefix="$work/artifacts/" "$work/corpus" >"$work/log" 2>&1
    rc=$?
    runs=$(sed -n 's/^stat::number_of_executed_units: *\([0-9]*\).*/\1/p' "$work/log" | tail -n 1)
    [ -n "$runs" ] || runs=$(sed -n 's/^Done \([0-9]*\) runs.*/\1/p' "$work/log" | tail -n 1)
    [ -n "$runs" ] || runs=$(sed -n 's/^#\([0-9]*\).*/\1/p' "$work/log" | tail -n 1)
    [ -n "$runs" ] || runs=0
    rate=$(sed -n 's/^stat::average_exec_per_sec: *\([0-9]*\).*/\1/p' "$work/log" | tail -n 1)
    [ -n "$rate" ] || rate=$((runs / (secs > 0 ? secs : 1)))
    corpus=$(ls "$work/corpus" | wc -l)
    crashes=$(ls "$work/artifacts" | grep -c -E '^(crash|leak|timeout|oom)-')
    artifact=$(ls "$work/artifacts" | grep -E '^(crash|leak|timeout|oom)-' | head -n 1)
    if [ "$crashes" -gt 0 ] || [ "$rc" -ne 0 ]; then
        [ "$crashes" -gt 0 ] || crashes=1
        status=1
        echo "   fuzz_$t CRASHED (exit $rc): $work/artifacts/$artifact"
        grep -a -m 3 -E 'fuzz_(decode|encode):|ERROR: |runtime error|SUMMARY' "$work/log" | cut -c1-400 | sed 's/^/   /'
    fi
    printf '%-8s %8s %12s %10s %8s %8s  %s\n' "$t" "$secs" "$runs" "$rate" "$corpus" "$crashes" \
        "${artifact:+$work/artifacts/$artifact}" >>"$summary"
done
echo
cat "$summary"
exit $status
