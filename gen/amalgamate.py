#!/usr/bin/python3
# SPDX-License-Identifier: MIT
"""Join the runtime and one profile's generated code into generated/atc_<profile>.h (stb style).

Declarations come first, under the header guard; the implementation follows under
ATC_IMPLEMENTATION. The runtime part has its own guards so that several profile headers can be
included (and implemented) in one program.
Usage: amalgamate.py --out DIR [--runtime DIR] PROFILE...
"""
import argparse
import os
import re

# the runtime's files, one concern each (runtime/atc_scan.rl is compiled by ragel into generated/)
RUNTIME_BEFORE = ["atc_util.c"]
RUNTIME_AFTER = ["atc_convert.c", "atc_match.c", "atc_frame.c", "atc_encode.c", "atc_engine.c"]

INCLUDE = re.compile(r'^#include "(atc\.h|[a-z0-9_]+\.h)"\s*$', re.M)


def body(path):
    with open(path, encoding="utf-8") as f:
        return INCLUDE.sub(lambda m: f"/* (amalgamated: {m.group(1)}) */", f.read())


ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))

# With `#define ATC_API static` a program uses only some of the codec's functions: the rest are
# unused, which is no fault of the program's (pushed around the header, popped after it).
UNUSED_PUSH = ("#if defined(__GNUC__)\n#pragma GCC diagnostic push\n"
               "#pragma GCC diagnostic ignored \"-Wunused-function\"\n#endif\n")
UNUSED_POP = "#if defined(__GNUC__)\n#pragma GCC diagnostic pop\n#endif\n"


def licence_comment():
    """The licence, inside the single header (as stb and nanopb do)."""
    with open(os.path.join(ROOT, "LICENSE"), encoding="utf-8") as f:
        text = f.read().rstrip("\n")
    return "/*\n" + "\n".join((" * " + l).rstrip() for l in text.split("\n")) + "\n */\n"


def amalgamate(profile, out, runtime):
    P = profile.upper()
    parts = [
        "/* SPDX-License-Identifier: MIT */\n"
        f"/* atc_{profile}.h: the atc codec for profile {profile}, as a single header.\n"
        f" * Generated from spec/{profile}.yaml, runtime/ and templates/; do not edit.\n"
        f" *\n"
        f" * In exactly one C or C++ file:\n"
        f" *     #define ATC_IMPLEMENTATION\n"
        f" *     #include \"atc_{profile}.h\"\n"
        f" * everywhere else just include it. Settings (ATC_MAX_LINE, ...) go before the include,\n"
        f" * the same in every file. */\n" + licence_comment(),
        f"#ifndef ATC_{P}_SINGLE_H\n#define ATC_{P}_SINGLE_H\n",
        UNUSED_PUSH,
        body(os.path.join(runtime, "atc.h")),
        body(os.path.join(runtime, "atc_engine.h")),
        body(os.path.join(out, f"{profile}.h")),
        UNUSED_POP,
        f"#endif /* ATC_{P}_SINGLE_H */\n",
        "#ifdef ATC_IMPLEMENTATION\n" + UNUSED_PUSH + "#ifndef ATC_RUNTIME_IMPLEMENTED\n#define ATC_RUNTIME_IMPLEMENTED\n",
        *[body(os.path.join(runtime, f)) for f in RUNTIME_BEFORE],
        body(os.path.join(out, "atc_scan.c")),
        *[body(os.path.join(runtime, f)) for f in RUNTIME_AFTER],
        "#endif /* ATC_RUNTIME_IMPLEMENTED */\n",
        f"#ifndef ATC_{P}_IMPLEMENTED\n#define ATC_{P}_IMPLEMENTED\n",
        body(os.path.join(out, f"{profile}.c")),
        f"#endif /* ATC_{P}_IMPLEMENTED */\n",
        UNUSED_POP,
        "#endif /* ATC_IMPLEMENTATION */\n",
    ]
    with open(os.path.join(out, f"atc_{profile}.h"), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(parts))


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", required=True)
    ap.add_argument("--runtime", default=os.path.join(os.path.dirname(os.path.dirname(
        os.path.abspath(__file__))), "runtime"))
    ap.add_argument("profiles", nargs="+")
    a = ap.parse_args()
    for p in a.profiles:
        amalgamate(p, a.out, a.runtime)


if __name__ == "__main__":
    main()
