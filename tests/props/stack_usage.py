#!/usr/bin/env python3
"""Stack usage of the codec (make stack-usage).

Reads the .su files (gcc -fstack-usage: the frame of every function) and the .ci files
(gcc -fcallgraph-info=su: who calls whom) of the codec's objects under DIR, and prints
  - the worst functions (largest frames) and whether any frame is dynamic (alloca, VLA);
  - for every public entry point the deepest call chain and its total, which bounds the stack
    the codec needs below that call (plus what the user's callbacks use).
Indirect calls are resolved by their source line: `on_event`/`on_data`/`on_data_end` are the
user's callbacks (counted as 0 here: add your own); the codec makes no other indirect call (one
scanner for every profile, runtime/atc_scan.rl), and any other is listed as unresolved. A chain may
pass through a function twice: atc_feed calls itself once when transparent mode ends on a module
line (NO CARRIER), and that nested call reads lines only, so it cannot recurse again; atc_finish
calls atc_feed once for a last line without line end.
Library calls (memcpy, strlen, ...) are leaves of unknown, small depth.

Usage: stack_usage.py DIR [--max BYTES]   (--max: fail if the deepest chain is larger)
"""
import os
import re
import sys

ENTRY = re.compile(r"^(atc_feed|atc_finish|atc_encode|atc_sent|atc_sent_in|atc_init|atc_init_multi|"
                   r"atc_reset_pending|atc_field_type|atc_parse_float|atc_find_msg|atc_err_name|atc_err_reason|"
                   r"atc_[a-z0-9_]+_encode_[a-z0-9_]+|atc_[a-z0-9_]+_text)$")
NODE = re.compile(r'node: \{ title: "([^"]+)" label: "([^"]*)"')
EDGE = re.compile(r'edge: \{ sourcename: "([^"]+)" targetname: "([^"]+)"(?: label: "([^"]*)")?')
BYTES = re.compile(r"(\d+) bytes \(([^)]*)\)")


def short(title):
    return title.rsplit(":", 1)[-1]


def main():
    if len(sys.argv) < 2:
        sys.exit(__doc__)
    root = sys.argv[1]
    limit = int(sys.argv[sys.argv.index("--max") + 1]) if "--max" in sys.argv else None
    frames, quals, edges, sources = {}, {}, {}, {}
    for d, _, files in os.walk(root):
        for f in files:
            if not f.endswith(".ci"):
                continue
            for line in open(os.path.join(d, f), errors="replace"):
                m = NODE.search(line)
                if m:
                    title, label = m.group(1), m.group(2)
                    b = BYTES.search(label)
                    if b:
                        frames[title] = int(b.group(1))
                        quals[title] = b.group(2)
                    continue
                m = EDGE.search(line)
                if m:
                    edges.setdefault(m.group(1), []).append((m.group(2), m.group(3) or ""))
    if not frames:
        sys.exit(f"stack_usage: no .ci files with stack sizes under {root}")
    # a static function's title is "file:name"; calls from other files name it by "name" alone
    by_name = {}
    for t in frames:
        by_name.setdefault(short(t), []).append(t)

    def source_line(label):
        m = re.match(r"(.*):(\d+):\d+$", label)
        if not m:
            return ""
        path, n = m.group(1), int(m.group(2))
        if path not in sources:
            try:
                sources[path] = open(path, errors="replace").read().split("\n")
            except OSError:
                sources[path] = []
        lines = sources[path]
        return lines[n - 1] if 0 < n <= len(lines) else ""

    unresolved = set()

    def callees(t):
        out = []
        for target, label in edges.get(t, []):
            if target == "__indirect_call":
                text = source_line(label)
                if re.search(r"on_event|on_data", text):
                    out.append("<callback>")
                else:
                    unresolved.add(label)
            elif target in frames:
                out.append(target)
            elif short(target) in by_name:
                out += by_name[short(target)]
            else:
                out.append("<lib:" + short(target) + ">")
        return out

    memo = {}

    def deepest(t, seen):
        """(bytes, chain): the deepest chain from t, each function at most twice on it."""
        if t.startswith("<"):
            return 0, [t]
        key = (t, tuple(sorted(x for x in seen if seen[x] > 1)))
        if key in memo:
            return memo[key]
        seen[t] = seen.get(t, 0) + 1
        best = (0, [])
        for c in callees(t):
            if seen.get(c, 0) >= 2:
                continue
            b = deepest(c, seen)
            if b[0] > best[0]:
                best = b
        seen[t] -= 1
        r = (frames.get(t, 0) + best[0], [t] + best[1])
        memo[key] = r
        return r

    print("stack usage of the codec (gcc -fstack-usage -fcallgraph-info=su, flags as built)")
    worst = sorted(frames, key=lambda t: -frames[t])[:8]
    print("\nlargest frames:")
    for t in worst:
        print(f"  {frames[t]:6d} bytes  {short(t):32s} ({quals[t]})")
    dynamic = [t for t in frames if "dynamic" in quals[t]]
    print("\nframes of dynamic size:", ", ".join(short(t) for t in dynamic) if dynamic else "none")
    entries = sorted(t for t in frames if ENTRY.match(short(t)))
    results = {t: deepest(t, {}) for t in entries}
    print("\ndeepest call chain below each entry point (bytes; + the callbacks' own use):")
    shown = set()
    for t in sorted(results, key=lambda t: -results[t][0]):
        name = short(t)
        generic = re.sub(r"_encode_.*", "_encode_*", name) if "_encode_" in name else name
        if generic in shown:
            continue
        shown.add(generic)
        b, chain = results[t]
        print(f"  {b:6d}  {generic}: " + " > ".join(short(c) for c in chain))
    top = max(results.values(), key=lambda r: r[0]) if results else (0, [])

    def to_callback(t, seen):
        """The deepest stack of codec frames at which a user callback is called from t."""
        if t == "<callback>":
            return 0, [t]
        if t.startswith("<"):
            return None
        seen[t] = seen.get(t, 0) + 1
        best = None
        for c in callees(t):
            if seen.get(c, 0) >= 2:
                continue
            b = to_callback(c, seen)
            if b is not None and (best is None or b[0] > best[0]):
                best = b
        seen[t] -= 1
        return None if best is None else (frames.get(t, 0) + best[0], [t] + best[1])

    cbs = [r for r in (to_callback(t, {}) for t in entries) if r]
    if cbs:
        cb = max(cbs, key=lambda r: r[0])
        print(f"callbacks run on top of at most {cb[0]} bytes of codec frames "
              f"({' > '.join(short(c) for c in cb[1])})")
    print(f"\nworst function: {short(worst[0])}, {frames[worst[0]]} bytes")
    print(f"deepest chain: {top[0]} bytes ({' > '.join(short(c) for c in top[1])})")
    if unresolved:
        print("unresolved indirect calls at:", ", ".join(sorted(unresolved)))
    if limit is not None and top[0] > limit:
        sys.exit(f"stack_usage: the deepest chain ({top[0]} bytes) exceeds --max {limit}")


if __name__ == "__main__":
    main()
