#!/bin/sh
# SPDX-License-Identifier: MIT
# Everything generated from spec/, templates/ and runtime/, into the given directories:
#   gen/generate.sh C_DIR DOCS_DIR VECTORS_DIR PROFILE...
# Used by `make generate` (into generated/, docs/reference/, tests/vectors/) and by
# `make check-generated` (into a temporary directory, then compared).
set -e
out=$1 docs=$2 vectors=$3
shift 3
PYTHON=${PYTHON:-/usr/bin/python3}
RAGEL=${RAGEL:-ragel}
RAGEL_STYLE=${RAGEL_STYLE:--G2}
specs=""
for p in "$@"; do specs="$specs spec/$p.yaml"; done
mkdir -p "$out" "$docs" "$vectors"
$PYTHON gen/atcgen.py --out "$out" --docs "$docs" --vectors "$vectors" $specs
# ragel -L still leaves /* #line N "path" */ comments; drop them so output is the same anywhere
ragel_c() {
    $RAGEL $RAGEL_STYLE -L -o "$2" "$1"
    sed -i '/^\/\* #line [0-9]* ".*" \*\/$/d' "$2"
}
ragel_c runtime/atc_scan.rl "$out/atc_scan.c"
$PYTHON gen/amalgamate.py --out "$out" "$@"
