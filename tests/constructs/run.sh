#!/bin/sh
# SPDX-License-Identifier: MIT
# Generate the made-up constructs profile into the build directory, build an atc CLI with it,
# and check it (tests/constructs/check.py).  Usage: run.sh BUILD_DIR
set -e
out=$1/constructs
rm -rf "$out" && mkdir -p "$out"
PYTHON=${PYTHON:-/usr/bin/python3}
$PYTHON gen/atcgen.py --out "$out/gen" --docs "$out/docs" --vectors "$out/vectors" tests/constructs/constructs.yaml
ragel -G2 -L -o "$out/gen/atc_scan.c" runtime/atc_scan.rl
cat > "$out/profiles.c" <<'C'
#include "profiles.h"
#include <string.h>
#include "constructs.h"
const atc_profile *const atc_tool_profiles[] = {&atc_constructs_profile, NULL};
const atc_profile *atc_tool_profile(const char *name)
{
    return strcmp(name, atc_constructs_profile.name) == 0 ? &atc_constructs_profile : NULL;
}
C
${CC:-cc} -std=c99 -Wall -Wextra -Werror -pedantic -g -DATC_MAX_PROFILES=6 -DATC_MAX_LINE=4096 -Iruntime -I"$out/gen" -Itools \
    tools/atc_cli.c tools/atc_json.c tools/atcj_buf.c tools/atc_input.c tools/atc_serial.c tools/atc_log.c \
    tools/atc_text.c tools/atc_stats.c "$out/profiles.c" runtime/atc_util.c "$out/gen/atc_scan.c" \
    runtime/atc_convert.c runtime/atc_match.c runtime/atc_frame.c runtime/atc_encode.c \
    "$out/gen/constructs.c" -o "$out/atc"
$PYTHON tests/constructs/check.py "$out/atc" "$out/vectors/constructs"
