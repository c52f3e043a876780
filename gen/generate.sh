#!/bin/sh
# Everything generated from spec/, templates/ and runtime/, into the given directories:
#   gen/generate.sh C_DIR DOCS_DIR VECTORS_DIR PROFILE...
# Used by `make generate` (into generated/, docs/reference/, tests/vectors/) and by
# `make check-generated` (into a temporary directory, then compared).
set -e
out=$1 docs=$2 vectors=$3
shift 3
PYTHON=${PYTHON:-/usr/bin/python3}
RAGEL=${RAGEL:-ragel}
RAGEL_STYLE=${RAGEL_STYLE:--T0}
specs=""
for p in "$@"; do specs="$specs spec/$p.yaml"; done
mkdir -p "$out" "$docs" "$vectors"
$PYTHON gen/atcgen.py --out "$out" --docs "$docs" --vectors "$vectors" $specs
$RAGEL $RAGEL_STYLE -L -o "$out/atc_fields.c" runtime/atc_fields.rl
for p in "$@"; do $RAGEL $RAGEL_STYLE -L -o "$out/$p.c" "$out/$p.rl"; done
$PYTHON gen/amalgamate.py --out "$out" "$@"
