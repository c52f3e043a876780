#!/usr/bin/python3
"""atc performance and footprint (issue 10): what `make bench` and `make size` run.

    bench/run.py --out build-bench --profiles "quectel_tcpip onenet andlink" bench
    bench/run.py --out build-bench --profiles "..." size

`bench` generates the corpora (bench/corpus.c, from the profile tables, seeded), checks that atc
and the hand-written baseline decode them into exactly the generated messages, measures decode
instructions per byte (callgrind, decode loop only), MB/s (best of N, wall clock), encode
instructions per command, the Ragel code styles of the line scanner (the codec regenerated into
OUT/styles/<style>/ with RAGEL_STYLE), and then everything `size` prints. `size` cross-compiles
each profile's single header for Cortex-M4 (names left out: ATC_NO_NAMES=1) and prints flash/RAM
per part, the tables, sizeof(atc_parser) and the worst stack depth. Both end with the budgets of
issue 10: met or missed, with the figures. Nothing here is a test: figures are reported, never
asserted. A decoder that disagrees with the generated messages is reported and fails the run (exit
status 1), after everything else has been measured. Everything is written under OUT; the report
also goes to OUT/report.md (OUT/size.md) and OUT/results.json (OUT/size.json).
"""
import argparse
import datetime
import json
import os
import platform
import re
import shlex
import shutil
import subprocess
import sys
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
PYTHON = "/usr/bin/python3"
# Ragel code styles of the scanner (runtime/atc_scan.rl): tables (-T0, -T1), flat tables (-F0, -F1),
# goto-driven code (-G0, -G1, -G2; -G2 is what generated/ holds)
STYLES = ["T0", "T1", "F0", "F1", "G0", "G1", "G2"]
SEED = 20261121
CORPUS_SIZE = 4 << 20
SLICE_SIZE = 256 << 10
CHUNK = 256
REPS = 15
STYLE_REPS = 5
ENCODE_COUNT = 2000
DEFAULT_CFLAGS = "-std=c99 -O2 -g -Wall -Wextra -Wno-implicit-fallthrough"
ARM_CC = "arm-none-eabi-gcc"
ARM_CFLAGS = ["-std=c99", "-Os", "-mthumb", "-mcpu=cortex-m4", "-ffunction-sections", "-fdata-sections",
              "-Wno-implicit-fallthrough", "-DATC_NO_NAMES=1"]
BENCH_SRCS = ["bench/codec_impl.c", "tools/atcj_buf.c", "bench/common.c", "bench/corpus.c", "bench/bench.c",
              "bench/baseline_quectel.c"]

# Budgets of issue 10 (aims, tracked here, never asserted by tests)
BUDGET_LINES_IR = 12.0          # Ir/B, quectel_tcpip lines-only corpus
BUDGET_QUECTEL_IR = 3.0         # Ir/B, quectel_tcpip corpus
BUDGET_VS_BASELINE = 5.0        # at least this many times fewer than the baseline, on both
BUDGET_PROFILE_VS_LINES = 2.0   # every profile's corpus <= 2x the lines-only figure
BUDGET_ONE_BYTE = 2.0           # fed 1 byte at a time <= 2x the 256-byte figure
BUDGET_QUECTEL_DECODER = 12 * 1024
BUDGET_QUECTEL_DEC_ENC = 20 * 1024
BUDGET_RUNTIME_TEXT = 3 * 1024
BUDGET_USR_DECODER = 32 * 1024
BUDGET_PARSER_EXTRA = 96
BUDGET_STACK = 256
BUDGET_ENGINE_FLASH = 2 * 1024  # issue 12: the command engine's own code (runtime/atc_engine.c)

RT_DECODE = ["atc_init", "atc_feed", "atc_finish", "atc_sent", "atc_reset_pending"]
RT_ENCODE = ["atc_encode"]
ENGINE_API = ["atc_engine_init", "atc_engine_feed", "atc_engine_tick", "atc_engine_submit", "atc_engine_cancel",
              "atc_engine_busy"]
# the parser's completion tracking (runtime/atc_frame.c); static helpers inlined into atc__emit count there
COMPLETION_FNS = ["atc__belongs", "atc__await_line", "atc__await_push", "atc__arm",
                  "atc__cmd_conds", "atc__completion", "atc_drop_await", "atc_awaiting"]
LIBC = {"memcpy", "memmove", "memset", "memcmp", "memchr", "strlen", "strcmp", "strchr"}
SCAN_FN = "atc__scan"


class Failure(Exception):
    pass


def run(cmd, env=None, cwd=ROOT, check=True):
    p = subprocess.run(cmd, cwd=cwd, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                       universal_newlines=True)
    if check and p.returncode != 0:
        raise Failure("command failed (%d): %s\n%s%s" % (p.returncode, " ".join(cmd), p.stdout[-4000:],
                                                         p.stderr[-4000:]))
    return p


def brief(e):
    """A failure in one line: the command and the last thing it said."""
    lines = [l for l in str(e).splitlines() if l.strip()]
    text = lines[0][:160] if lines else "?"
    if len(lines) > 1:
        text += " ... " + lines[-1].strip()[:160]
    return text


def kv(text):
    return dict(m.groups() for m in re.finditer(r"(\w+)=(\S+)", text))


class Report:
    def __init__(self, path):
        self.lines = []
        self.path = path

    def __call__(self, line=""):
        print(line, flush=True)
        self.lines.append(line)

    def table(self, head, rows, align=None):
        cols = len(head)
        rows = [[str(c) for c in r] for r in rows]
        width = [max(len(str(head[i])), *(len(r[i]) for r in rows)) if rows else len(head[i]) for i in range(cols)]
        align = align or ["<"] + [">"] * (cols - 1)

        def fmt(r):
            return "| " + " | ".join(("{:%s%d}" % (align[i], width[i])).format(r[i]) for i in range(cols)) + " |"
        self(fmt([str(h) for h in head]))
        self("|" + "|".join(("-" * (width[i] + 1) + ":") if align[i] == ">" else ("-" * (width[i] + 2))
                            for i in range(cols)) + "|")
        for r in rows:
            self(fmt(r))

    def save(self):
        with open(self.path, "w") as f:
            f.write("\n".join(self.lines) + "\n")


def mib(n):
    return "%.2f MiB" % (n / 1048576.0)


def machine_info(cc):
    model = platform.processor() or "?"
    try:
        out = run(["lscpu"]).stdout
        m = re.search(r"Model name:\s*(.+)", out)
        if m:
            model = m.group(1).strip()
    except Exception:
        pass
    ccv = run(shlex.split(cc) + ["--version"], check=False).stdout.splitlines()
    vg = run(["valgrind", "--version"], check=False).stdout.strip()
    return {
        "cpu": model,
        "cores": os.cpu_count(),
        "date": datetime.datetime.now(datetime.timezone.utc).strftime("%Y-%m-%d %H:%M UTC"),
        "cc": ccv[0] if ccv else "?",
        "valgrind": vg,
    }


# ---- host builds (the code styles; bench-p1 and bench-pN are built by mk/bench.mk, the same way) ----

def write_profiles_header(path, profiles):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w") as f:
        f.write("/* written by bench/run.py: the profiles under test */\n")
        for p in profiles:
            f.write('#include "atc_%s.h"\n' % p)
        f.write("#define BENCH_PROFILES %s\n" % " ".join("X(%s)" % p for p in profiles))


def build_host(args, out_bin, inc_dirs, max_profiles):
    cmd = shlex.split(args.cc) + shlex.split(args.cflags) + ["-DATC_MAX_PROFILES=%d" % max_profiles]
    for d in inc_dirs:
        cmd += ["-I", d]
    cmd += ["-I", "bench"] + BENCH_SRCS + ["-lm", "-o", out_bin]
    run(cmd)


# ---- measurements ----

def callgrind(binary, args, out_file):
    p = run(["valgrind", "--tool=callgrind", "--instr-atstart=no", "--callgrind-out-file=" + out_file,
             binary] + args)
    total = None
    with open(out_file) as f:
        for line in f:
            if line.startswith("totals:") or line.startswith("summary:"):
                v = int(line.split()[1])
                total = max(total or 0, v)
    if not total:
        m = re.search(r"Collected\s*:\s*(\d+)", p.stderr)
        total = int(m.group(1)) if m else 0
    info = kv(p.stdout)
    if info.get("callgrind") == "0" or not total:
        raise Failure("%s was built without <valgrind/callgrind.h> (package valgrind): nothing measured" % binary)
    return total, info


def top_functions(cg_file, n=10):
    p = run(["callgrind_annotate", "--inclusive=no", cg_file], check=False)
    rows = []
    for line in p.stdout.splitlines():
        m = re.match(r"\s*([\d,]+)\s+\(\s*([\d.]+)%\)\s+(\S+?):(\S+)\s", line)
        if m and "PROGRAM TOTALS" not in line:
            rows.append((int(m.group(1).replace(",", "")), float(m.group(2)), m.group(4)))
    return rows[:n]


def call_counts(cg_file):
    """calls of each function, from callgrind_annotate --tree=caller ("< caller (Nx)" lines)."""
    p = run(["callgrind_annotate", "--tree=caller", "--inclusive=no", cg_file], check=False)
    counts, pending = {}, 0
    for line in p.stdout.splitlines():
        m = re.search(r"<\s+\S+?:\S+\s+\(([\d,]+)x\)", line)
        if m:
            pending += int(m.group(1).replace(",", ""))
            continue
        m = re.search(r"\*\s+\S+?:(\S+)", line)
        if m:
            counts[m.group(1)] = counts.get(m.group(1), 0) + pending
        pending = 0
    return counts


def wallclock(binary, args):
    p = run([binary, "time"] + args)
    return float(kv(p.stdout)["mbps"])


def read_meta(path):
    meta = {}
    with open(path + ".meta") as f:
        for line in f:
            if "=" in line:
                k, v = line.strip().split("=", 1)
                meta[k] = v
    return meta


# ---- Cortex-M4 footprint ----

def arm_compile(src, obj, inc, extra=(), cwd=ROOT):
    cmd = [ARM_CC] + ARM_CFLAGS + list(extra) + ["-I", os.path.abspath(inc), "-c", os.path.abspath(src), "-o",
                                                 os.path.abspath(obj)]
    run(cmd, cwd=cwd)


def arm_link(objs, roots, elf, mapfile):
    cmd = [ARM_CC, "-mthumb", "-mcpu=cortex-m4", "-nostdlib", "-Wl,--gc-sections", "-Wl,-Map=" + mapfile,
           "-Wl,-e," + roots[0]]
    for r in roots:
        cmd.append("-Wl,-u," + r)
    cmd += objs + ["-lgcc", "-o", elf]
    run(cmd)


def elf_sections(elf):
    out = run(["arm-none-eabi-size", "-A", elf]).stdout
    sec = {}
    for line in out.splitlines():
        m = re.match(r"(\.\S+)\s+(\d+)\s+\d+", line)
        if m:
            sec[m.group(1)] = int(m.group(2))
    return sec


def elf_symbols(elf):
    out = run(["arm-none-eabi-nm", "-S", "--size-sort", "-t", "d", elf]).stdout
    syms = []
    for line in out.splitlines():
        parts = line.split()
        if len(parts) == 4:
            syms.append((parts[3], int(parts[1]), parts[2]))
    return syms


def is_helper(name):
    return name in LIBC or name.startswith("__aeabi") or name.startswith("__")


def image_sizes(elf):
    sec = elf_sections(elf)
    syms = elf_symbols(elf)
    helpers = sum(s for n, s, t in syms if t in "tT" and is_helper(n))
    text = sec.get(".text", 0)
    rodata = sec.get(".rodata", 0)
    data = sec.get(".data", 0)
    bss = sec.get(".bss", 0)
    return {"text": text - helpers, "rodata": rodata, "data": data, "bss": bss, "helpers": helpers,
            "flash": text - helpers + rodata + data, "symbols": syms}


def parse_callgraph(ci_path):
    """-fcallgraph-info=su: nodes with their frame size, edges with the call's source position."""
    nodes, edges = {}, {}
    with open(ci_path) as f:
        for line in f:
            m = re.match(r'node: \{ title: "([^"]+)" label: "([^"]*)"', line)
            if m:
                title, label = m.groups()
                s = re.search(r"\\n(\d+) bytes \(([^)]*)\)", label)
                nodes[title] = (int(s.group(1)) if s else 0, s.group(2) if s else "")
                edges.setdefault(title, [])
                continue
            m = re.match(r'edge: \{ sourcename: "([^"]+)" targetname: "([^"]+)"(?: label: "([^"]*)")?', line)
            if m:
                edges.setdefault(m.group(1), []).append((m.group(2), m.group(3) or ""))
    return nodes, edges


_src_cache = {}


def call_kind(label):
    """What an indirect call at file:line:col calls: a user callback, or something else."""
    m = re.match(r"(.+):(\d+):\d+$", label)
    if not m:
        return "unknown"
    path, line = m.group(1), int(m.group(2))
    if path not in _src_cache:
        try:
            with open(path) as f:
                _src_cache[path] = f.read().splitlines()
        except OSError:
            _src_cache[path] = []
    text = _src_cache[path][line - 1] if 0 < line <= len(_src_cache[path]) else ""
    if "on_event" in text or "on_data" in text or "cb->" in text:
        return "callback"
    return "unknown"


CALLBACK = "<your callback>"


def short(name):
    return name.split(":", 1)[-1]


def worst_stack(nodes, edges, roots):
    """Longest chain of stack frames from the roots. An indirect call is a user callback (CALLBACK,
    frame 0: its own frames are the caller's business); any other indirect call is listed. The only
    recursion is atc_feed re-entering itself when transparent mode ends with NO CARRIER: the inner
    call feeds the marker's text (no line end) in line mode, so it goes no deeper than the scanner
    and memcpy; the bound if it went as deep as any atc_feed call is given too."""
    unknown = set()

    def succ(n):
        out = []
        for t, label in edges.get(n, []):
            if t == "__indirect_call":
                if call_kind(label) == "callback":
                    out.append(CALLBACK)
                else:
                    unknown.add(short(n))
                    out.append(CALLBACK)
            else:
                out.append(t)
        return out

    def frame(n):
        return nodes.get(n, (0, ""))[0]

    state, order, back = {}, [], []

    def dfs(n):
        state[n] = 1
        for t in succ(n):
            if state.get(t) == 1:
                back.append((n, t))
            elif t not in state:
                dfs(t)
        state[n] = 2
        order.append(n)

    sys.setrecursionlimit(10000)
    roots = [r for r in roots if r in nodes]
    if not roots:
        return {"worst": 0, "path": [], "reentry": None, "callback": None, "back": [], "dynamic": [],
                "unknown_indirect": []}
    for r in roots:
        if r not in state:
            dfs(r)
    backset = set(back)
    longest, via = {}, {}
    for n in order:  # post-order: successors first
        best, nxt = 0, None
        for t in succ(n):
            if (n, t) in backset or t not in longest:
                continue
            if longest[t] > best:
                best, nxt = longest[t], t
        longest[n] = frame(n) + best
        via[n] = nxt
    depth = {}  # deepest stack in use when n runs (n's frame included)
    for r in roots:
        depth[r] = max(depth.get(r, 0), frame(r))
    for n in reversed(order):
        if n not in depth:
            continue
        for t in succ(n):
            if (n, t) not in backset:
                depth[t] = max(depth.get(t, 0), depth[n] + frame(t))
    best_root = max(roots, key=lambda r: longest[r])
    worst = longest[best_root]
    path, n = [], best_root
    while n:
        path.append("%s %d" % (short(n), frame(n)))
        n = via.get(n)

    def narrow(t):  # the scanner with no line end: its frame and the C library calls it makes
        if short(t) in LIBC:
            return frame(t)
        if short(t) == SCAN_FN:
            return frame(t) + max([frame(x) for x in succ(t) if short(x) in LIBC] or [0])
        return None

    reentry = None
    for (u, v) in back:
        if u not in depth:
            continue
        inner = [narrow(t) for t in succ(v) if narrow(t) is not None]
        d = depth[u] + frame(v) + max(inner or [0])
        bound = depth[u] + longest.get(v, frame(v))
        if reentry is None or d > reentry[2]:
            reentry = (short(u), short(v), d, bound)
    if reentry and reentry[2] > worst:
        worst = reentry[2]
    dynamic = [short(n) for n, (sz, q) in nodes.items() if "dynamic" in q and "bounded" not in q]
    return {"worst": worst, "path": path, "reentry": reentry, "callback": depth.get(CALLBACK),
            "back": sorted(set((short(u), short(v)) for u, v in back)), "dynamic": dynamic,
            "unknown_indirect": sorted(unknown)}


def message_structs(gen_dir, profile):
    """The message structs a profile's header declares."""
    path = os.path.join(gen_dir, "atc_%s.h" % profile)
    with open(path) as h:
        text = h.read()
    return sorted(set(re.findall(r"^\} (atc_%s_\w+);" % profile, text, re.M)))


def arm_footprint(out, gen_dir, profile, tag):
    """Cross-compile atc_<profile>.h from gen_dir; link images rooted at the decoder entry points,
    the encoders, the runtime alone; returns sizes, parser sizes, the tables and the worst stack."""
    d = os.path.join(out, "arm", tag, profile)
    os.makedirs(d, exist_ok=True)
    src = os.path.join(d, "codec.c")
    with open(src, "w") as f:
        f.write("/* written by bench/run.py: the codec, implemented once */\n"
                "#define ATC_IMPLEMENTATION\n#include \"atc_%s.h\"\n" % profile)
    probe = os.path.join(d, "probe.c")
    structs = message_structs(gen_dir, profile)
    with open(probe, "w") as f:
        f.write("/* written by bench/run.py: sizes as symbol sizes (nm -S) */\n"
                "#include \"atc_%s.h\"\n"
                "const char atc_bench_sizeof_parser[sizeof(atc_parser)] = {0};\n"
                "const char atc_bench_max_line[ATC_MAX_LINE] = {0};\n"
                "const char atc_bench_max_profiles[ATC_MAX_PROFILES] = {0};\n"
                "const char atc_bench_state_bytes[ATC_STATE_BYTES] = {0};\n"
                "const char atc_bench_sizeof_msg_desc[sizeof(atc_msg_desc)] = {0};\n"
                "const char atc_bench_sizeof_field_desc[sizeof(atc_field_desc)] = {0};\n"
                "const char atc_bench_sizeof_field_info[sizeof(atc_field_info)] = {0};\n"
                "const char atc_bench_sizeof_head[sizeof(atc_head)] = {0};\n"
                "const char atc_bench_sizeof_shape[sizeof(atc_shape)] = {0};\n"
                "const char atc_bench_longest_line[ATC_%s_LONGEST_LINE] = {0};\n"
                "const char atc_bench_sizeof_engine[sizeof(atc_engine)] = {0};\n"
                "const char atc_bench_sizeof_cmd[sizeof(atc_cmd)] = {0};\n"
                "const char atc_bench_sizeof_await[sizeof(atc__await)] = {0};\n"
                "const char atc_bench_max_await[ATC_MAX_AWAIT] = {0};\n" % (profile, profile.upper()))
        for i, st in enumerate(structs):
            f.write("const char atc_bench_struct_%d[sizeof(%s)] = {0}; /* %s */\n" % (i, st, st))
    obj = os.path.join(d, "codec.o")
    # -fstack-usage / -fcallgraph-info write codec.su / codec.ci next to the object
    arm_compile(src, obj, gen_dir, ["-fstack-usage", "-fcallgraph-info=su"], cwd=d)
    arm_compile(probe, os.path.join(d, "probe.o"), gen_dir)
    libc = os.path.join(out, "arm", "libc_min.o")
    if not os.path.exists(libc) or os.path.getmtime(libc) < os.path.getmtime(os.path.join(ROOT, "bench", "size",
                                                                                           "libc_min.c")):
        arm_compile(os.path.join(ROOT, "bench", "size", "libc_min.c"), libc, gen_dir, ["-fno-builtin"])
    probes = {n: s for n, s, t in [(l.split()[3], int(l.split()[1], 16), l.split()[2])
                                   for l in run(["arm-none-eabi-nm", "-S", os.path.join(d, "probe.o")]).stdout.splitlines()
                                   if len(l.split()) == 4]}
    syms = run(["arm-none-eabi-nm", obj]).stdout
    encoders = sorted(set(re.findall(r" T (atc_%s_encode_at_\w+)" % profile, syms)))
    all_encoders = sorted(set(re.findall(r" T (atc_%s_encode_\w+)" % profile, syms)))
    prof_sym = "atc_%s_profile" % profile
    images = {
        "runtime": RT_DECODE + RT_ENCODE,
        "runtime_decode": RT_DECODE,
        "runtime_encode": RT_ENCODE,
        "decoder": RT_DECODE + [prof_sym],
        "encoder": encoders,
        "decoder_encoder": RT_DECODE + [prof_sym] + encoders,
        "all_encoders": all_encoders,
        "engine": RT_DECODE + RT_ENCODE + ENGINE_API,
    }
    res = {"n_encoders": len(encoders), "n_all_encoders": len(all_encoders)}
    for name, roots in images.items():
        if not roots:
            continue
        elf = os.path.join(d, name + ".elf")
        arm_link([obj, libc], roots, elf, os.path.join(d, name + ".map"))
        res[name] = image_sizes(elf)
    ci = [f for f in os.listdir(d) if f.endswith(".ci")]
    if not ci:
        raise Failure("%s: no call graph (-fcallgraph-info) written" % d)
    nodes, edges = parse_callgraph(os.path.join(d, sorted(ci)[0]))
    res["stack_decode"] = worst_stack(nodes, edges, [n for n in nodes if short(n) in RT_DECODE])
    res["stack_encode"] = worst_stack(nodes, edges, [n for n in nodes if short(n) in RT_ENCODE + encoders])
    for k in ("sizeof_parser", "max_line", "max_profiles", "state_bytes", "sizeof_msg_desc", "sizeof_field_desc",
              "sizeof_field_info", "sizeof_head", "sizeof_shape", "longest_line", "sizeof_engine", "sizeof_cmd",
              "sizeof_await", "max_await"):
        res[k] = probes.get("atc_bench_" + k)
    # the engine's own code and constants: what runtime/atc_engine.c defines in the engine image
    own = [(n, sz, t) for n, sz, t in res["engine"]["symbols"] if n.startswith(("atc_engine_", "atc__eng_"))]
    res["engine_own"] = {"text": sum(sz for n, sz, t in own if t in "tT"),
                         "rodata": sum(sz for n, sz, t in own if t in "rR"),
                         "symbols": sorted(((n, sz) for n, sz, t in own), key=lambda x: -x[1])}
    res["engine_own"]["flash"] = res["engine_own"]["text"] + res["engine_own"]["rodata"]
    res["completion_code"] = sum(sz for n, sz, t in res["decoder"]["symbols"]
                                 if n.split(".")[0] in COMPLETION_FNS and t in "tT")
    sizes = [(probes.get("atc_bench_struct_%d" % i, 0), st) for i, st in enumerate(structs)]
    res["largest_struct"] = max(sizes) if sizes else (0, "")
    dec = res["decoder"]["symbols"]
    # the profile's tables in the decoder image: atc__<profile>_<table>
    pre = "atc__%s_" % profile
    res["tables"] = sorted(((n[len(pre):], s) for n, s, t in dec if n.startswith(pre) and t in "rRdD"),
                           key=lambda x: -x[1])
    res["tables_bytes"] = sum(s for n, s in res["tables"])
    res["completion_tables"] = sum(s for n, s in res["tables"] if n in ("completions", "await_parts", "timings"))
    res["profile_struct"] = sum(s for n, s, t in dec if n == prof_sym)
    # the machine: the scanner's exec function and the tables ragel writes (_atc_scan_*)
    mach = [(n, s, t) for n, s, t in dec if n == SCAN_FN or n.startswith("_atc_scan_") or n.startswith("atc_scan_")]
    res["machine_text"] = sum(s for n, s, t in mach if t in "tT")
    res["machine_rodata"] = sum(s for n, s, t in mach if t in "rR")
    # everything runtime/atc_scan.rl defines that the image keeps
    scan = [(n, s, t) for n, s, t in dec if n.startswith("atc__scan") or n.startswith("_atc_scan_") or
            n.startswith("atc_scan_") or n in ("atc__run", "atc__stop")]
    res["scanner_bytes"] = sum(s for n, s, t in scan)
    return res


# ---- the report ----

def verdict(ok, text):
    return ("met   " if ok else "MISSED") + "  " + text


def kib(n):
    return "%d B = %.1f KiB" % (n, n / 1024.0)


def footprint_section(rep, args, profiles, results):
    rep("## Footprint: Cortex-M4 (%s %s, --gc-sections)" % (ARM_CC, " ".join(a for a in ARM_CFLAGS if a.startswith(
        ("-O", "-m", "-D")))))
    rep()
    rep("Each profile's single header (from %s/) is compiled once (OUT/arm/codec/<profile>/codec.c), names left"
        % args.codec_label)
    rep("out (ATC_NO_NAMES=1), other settings at their defaults, and linked -nostdlib with --gc-sections against")
    rep("byte-loop C library functions (bench/size/libc_min.c) and libgcc; the GC roots (-Wl,-u) choose the part")
    rep("measured: runtime = %s (no profile referenced);" % ", ".join(RT_DECODE + RT_ENCODE))
    rep("decoder = %s + atc_<profile>_profile; encoder = every command encoder atc_<profile>_encode_at_*."
        % ", ".join(RT_DECODE))
    rep("Bytes are arm-none-eabi-size sections of the linked image; C library helpers are left out of .text")
    rep("and listed apart. flash = .text + .rodata + .data.")
    rep()
    rows = []
    r0 = results[profiles[0]]
    for part, label in [("runtime", "runtime alone"), ("runtime_decode", "  runtime, decode path"),
                        ("runtime_encode", "  runtime, encode path")]:
        s = r0[part]
        rows.append(["(any)" if part == "runtime" else "", label, s["text"], s["rodata"], s["data"], s["bss"],
                     s["flash"], s["helpers"]])
    for p in profiles:
        r = results[p]
        for part, label in [("decoder", "decoder"),
                            ("encoder", "encoder (%d command encoders)" % r["n_encoders"]),
                            ("decoder_encoder", "decoder + every command encoder"),
                            ("all_encoders", "every encoder (%d, incl. module side)" % r["n_all_encoders"])]:
            if part not in r:
                continue
            s = r[part]
            rows.append([p if part == "decoder" else "", label, s["text"], s["rodata"], s["data"], s["bss"],
                         s["flash"], s["helpers"]])
    rep.table(["profile", "part", ".text", ".rodata", ".data", ".bss", "flash", "libc/libgcc"], rows,
              ["<", "<", ">", ">", ">", ">", ">", ">"])
    rep()
    q = results[profiles[0]]
    rep("Parser state (Cortex-M4, default settings: ATC_MAX_LINE %d, ATC_MAX_PROFILES %d, ATC_STATE_BYTES %d):"
        % (q["max_line"], q["max_profiles"], q["state_bytes"]))
    rep("  sizeof(atc_parser) = %d bytes = ATC_MAX_LINE + %d" % (q["sizeof_parser"], q["sizeof_parser"] - q["max_line"]))
    rep("  ATC_MAX_LINE holds a line's bytes (when it arrives in pieces), 8 bytes per field and the decoded struct;")
    rep("  what each profile's longest line needs (ATC_<PROFILE>_LONGEST_LINE) and its largest message struct:")
    for p in profiles:
        r = results[p]
        rep("  %-14s longest line needs %4d bytes; largest message struct %3d bytes (%s)"
            % (p, r["longest_line"], r["largest_struct"][0], r["largest_struct"][1]))
    rep()
    rep("Tables (Cortex-M4, in the decoder image; atc_msg_desc %d B, atc_field_desc %d B, atc_field_info %d B,"
        % (q["sizeof_msg_desc"], q["sizeof_field_desc"], q["sizeof_field_info"]))
    rep("atc_head %d B, atc_shape %d B each); the scanner (runtime/atc_scan.rl, every profile's) apart:"
        % (q["sizeof_head"], q["sizeof_shape"]))
    rows = []
    for p in profiles:
        r = results[p]
        tb = dict(r["tables"])
        n_of = lambda t, size: "%d" % (tb.get(t, 0) // size) if size else "?"
        rows.append([p, n_of("msgs", q["sizeof_msg_desc"]), n_of("fields", q["sizeof_field_desc"]),
                     n_of("infos", q["sizeof_field_info"]), n_of("heads", q["sizeof_head"]),
                     n_of("shapes", q["sizeof_shape"]), r["tables_bytes"],
                     ", ".join("%s %d" % (n, s) for n, s in r["tables"][:6]),
                     r["machine_text"] + r["machine_rodata"], r["scanner_bytes"]])
    rep.table(["profile", "messages", "fields", "infos", "heads", "shapes", "table bytes", "largest tables",
               "machine", "scanner"], rows, ["<", ">", ">", ">", ">", ">", ">", "<", ">", ">"])
    rep("  machine = %s (the exec function) and ragel's tables (_atc_scan_*); scanner = everything" % SCAN_FN)
    rep("  runtime/atc_scan.rl keeps in the image (with its byte-class table atc__stop and run helper atc__run).")
    rep()
    rep("Stack (-fstack-usage frames, -fcallgraph-info call graph; callbacks add your own frames):")
    for p in profiles:
        r = results[p]
        sd, se = r["stack_decode"], r["stack_encode"]
        rep("  %-14s decode %4d bytes: %s" % (p, sd["worst"], " > ".join(sd["path"])))
        if sd["reentry"]:
            u, v, dd, bound = sd["reentry"]
            rep("  %-14s        recursion %s -> %s (NO CARRIER fed back in line mode, no line end: scanner"
                " and memcpy only): %d bytes (%d if it went as deep as any atc_feed)" % ("", u, v, dd, bound))
        if sd["callback"] is not None:
            rep("  %-14s        callbacks run on top of %d bytes of codec stack" % ("", sd["callback"]))
        rep("  %-14s encode %4d bytes: %s" % ("", se["worst"], " > ".join(se["path"])))
        if sd["dynamic"]:
            rep("  %-14s dynamic frames: %s" % ("", ", ".join(sd["dynamic"])))
        if sd["unknown_indirect"]:
            rep("  %-14s indirect calls that are not callbacks (counted as frame 0): %s"
                % ("", ", ".join(sd["unknown_indirect"])))
    rep()
    engine_section(rep, profiles, results)
    d = results[profiles[0]]["decoder"]
    rep("Largest symbols of the %s decoder image (bytes; string literals have no symbol):" % profiles[0])
    big = sorted((s for s in d["symbols"] if s[2] in "tTrRdD"), key=lambda s: -s[1])[:14]
    for n, s, t in big:
        rep("  %6d %s %s" % (s, ".text  " if t in "tT" else ".rodata" if t in "rR" else ".data  ", n))
    rep()


def engine_section(rep, profiles, results):
    q = results[profiles[0]]
    e = q["engine_own"]
    rep("Command engine (runtime/atc_engine.c; image rooted at the runtime and %s):" % ", ".join(ENGINE_API))
    rep("  its own code %d B .text + %d B .rodata = %d B flash (budget <= %d B); largest: %s"
        % (e["text"], e["rodata"], e["flash"], BUDGET_ENGINE_FLASH,
           ", ".join("%s %d" % (n, sz) for n, sz in e["symbols"][:5])))
    rep("  the parser's completion tracking (runtime/atc_frame.c, in every decoder image): %d B .text in %s"
        % (q["completion_code"], ", ".join(COMPLETION_FNS)))
    rep("  RAM: sizeof(atc_engine) = %d B = sizeof(atc_parser) %d B + %d B of its own; the parser's awaits"
        % (q["sizeof_engine"], q["sizeof_parser"], q["sizeof_engine"] - q["sizeof_parser"]))
    rep("  (ATC_MAX_AWAIT %d, %d B each, and the pending command's) %d B of the parser; the caller's: %d B per"
        % (q["max_await"], q["sizeof_await"], (q["max_await"] + 1) * q["sizeof_await"], q["sizeof_cmd"]))
    rep("  atc_cmd, a pointer per queue slot and the line room it gives the engine")
    rows = [[p, results[p]["completion_tables"]] for p in profiles]
    rep.table(["profile", "completion rules and response times (bytes of tables)"], rows, ["<", ">"])
    rep()


def budgets_size(results, profiles, verdicts):
    q = results.get("quectel_tcpip")
    if q:
        fl = q["decoder"]["flash"]
        verdicts.append(verdict(fl <= BUDGET_QUECTEL_DECODER, "Cortex-M4 quectel_tcpip decoder flash %s (budget <= 12 KiB):"
                                " %+d B" % (kib(fl), fl - BUDGET_QUECTEL_DECODER)))
        fl = q["decoder_encoder"]["flash"]
        verdicts.append(verdict(fl <= BUDGET_QUECTEL_DEC_ENC,
                                "Cortex-M4 quectel_tcpip decoder + every command encoder (%d) flash %s (budget <= 20 KiB):"
                                " %+d B" % (q["n_encoders"], kib(fl), fl - BUDGET_QUECTEL_DEC_ENC)))
    else:
        verdicts.append("n/a     quectel_tcpip is not among the profiles measured: its flash budgets are not measured")
    r0 = q or results[profiles[0]]
    rt = r0["runtime"]["text"]
    verdicts.append(verdict(rt <= BUDGET_RUNTIME_TEXT, "Cortex-M4 runtime .text %s (budget <= 3 KiB): %+d B"
                            % (kib(rt), rt - BUDGET_RUNTIME_TEXT)))
    u = results.get("usr_tcp232")
    if u:
        fl = u["decoder"]["flash"]
        verdicts.append(verdict(fl <= BUDGET_USR_DECODER, "Cortex-M4 usr_tcp232 decoder flash %s (budget <= 32 KiB):"
                                " %+d B" % (kib(fl), fl - BUDGET_USR_DECODER)))
    else:
        verdicts.append("n/a     usr_tcp232 is not among the profiles measured: its flash budget is not measured")
    lim = r0["max_line"] + BUDGET_PARSER_EXTRA
    verdicts.append(verdict(r0["sizeof_parser"] <= lim,
                            "sizeof(atc_parser) %d B with defaults (budget <= ATC_MAX_LINE + %d = %d B): %+d B" % (
                                r0["sizeof_parser"], BUDGET_PARSER_EXTRA, lim, r0["sizeof_parser"] - lim)))
    worst, where = -1, ""
    for p in profiles:
        for k in ("stack_decode", "stack_encode"):
            if results[p][k]["worst"] > worst:
                worst, where = results[p][k]["worst"], "%s %s" % (p, k.split("_")[1])
    verdicts.append(verdict(worst <= BUDGET_STACK, "deepest stack chain %d B, %s (budget <= %d B): %+d B" % (
        worst, where, BUDGET_STACK, worst - BUDGET_STACK)))
    e = r0["engine_own"]
    verdicts.append(verdict(e["flash"] <= BUDGET_ENGINE_FLASH,
                            "Cortex-M4 command engine's own flash %d B (budget <= %d B): %+d B; its RAM %d B beyond"
                            " the parser" % (e["flash"], BUDGET_ENGINE_FLASH, e["flash"] - BUDGET_ENGINE_FLASH,
                                             r0["sizeof_engine"] - r0["sizeof_parser"])))


def message_count(gen_dir, profile):
    """How many messages a profile's single header has (ATC_<PROFILE>__COUNT)."""
    with open(os.path.join(gen_dir, "atc_%s.h" % profile)) as h:
        m = re.search(r"ATC_%s__COUNT = (\d+)" % profile.upper(), h.read())
    return int(m.group(1)) if m else 0


def trimmed_section(rep, args, results, js):
    """The single headers gen/trim.py wrote from a firmware's options file (--trimmed DIR), measured
    like the whole profiles and shown beside them."""
    heads = sorted(f[4:-2] for f in os.listdir(args.trimmed) if f.startswith("atc_") and f.endswith(".h"))
    rep("## Generate only what you use: trimmed headers (Cortex-M4, as above)")
    rep()
    rep("%s/: single headers gen/trim.py wrote from %s; flash = .text + .rodata + .data."
        % (os.path.relpath(args.trimmed, ROOT), args.trimmed_label))
    rep()
    rows = []
    js["trimmed"] = {}
    for p in heads:
        if p not in results:
            continue
        t = arm_footprint(args.out, args.trimmed, p, "trimmed")
        w = results[p]
        js["trimmed"][p] = {k: ({kk: vv for kk, vv in v.items() if kk != "symbols"} if isinstance(v, dict) else v)
                            for k, v in t.items()}
        n_whole, n_trim = message_count(args.codec, p), message_count(args.trimmed, p)
        for part, label in [("decoder", "decoder"), ("encoder", "every command encoder"),
                            ("decoder_encoder", "decoder + every command encoder")]:
            if part not in w or part not in t:
                continue
            extra = ""
            if part == "encoder":
                extra = " (%d / %d)" % (w["n_encoders"], t["n_encoders"])
            rows.append([p if part == "decoder" else "", label + extra, w[part]["flash"], t[part]["flash"],
                         "%.0f%%" % (100.0 * t[part]["flash"] / w[part]["flash"]) if w[part]["flash"] else "-"])
        rows.append(["", "tables (in the decoder image)", w["tables_bytes"], t["tables_bytes"],
                     "%.0f%%" % (100.0 * t["tables_bytes"] / w["tables_bytes"]) if w["tables_bytes"] else "-"])
        rows.append(["", "messages", n_whole, n_trim, ""])
    rep.table(["profile", "part", "whole profile", "trimmed", "trimmed / whole"], rows, ["<", "<", ">", ">", ">"])
    rep()


def do_size(args, rep, js, verdicts):
    out = args.out
    profiles = args.profiles
    results = {}
    for p in profiles:
        results[p] = arm_footprint(out, args.codec, p, "codec")
    footprint_section(rep, args, profiles, results)
    if args.trimmed:
        trimmed_section(rep, args, results, js)
    budgets_size(results, profiles, verdicts)
    js["footprint"] = {p: {k: ({kk: vv for kk, vv in v.items() if kk != "symbols"} if isinstance(v, dict) else v)
                           for k, v in r.items()} for p, r in results.items()}
    return results


def check_corpus(binary, args, baseline, path, failures):
    p = run([binary, "check"] + args + (["--baseline"] if baseline else []) + [path], check=False)
    if p.returncode != 0:
        sys.stdout.write(p.stdout)
        sys.stderr.write(p.stderr)
        lines = [l for l in p.stderr.splitlines() if l.startswith("*** MISMATCH")]
        failures.append("%s: %s" % (os.path.basename(path), "; ".join(l[4:] for l in lines) or "check failed"))
        return False
    return True


def decode_budgets(corpora, profiles, one_byte, verdicts):
    by = {c["name"]: c for c in corpora}
    lines = by.get("quectel_tcpip-lines")
    q = by.get("quectel_tcpip")
    if not lines or not q:
        verdicts.append("n/a     quectel_tcpip is not among the profiles measured: its decode budgets are not measured")
        return
    for c, budget, label in [(lines, BUDGET_LINES_IR, "lines-only quectel_tcpip corpus"),
                             (q, BUDGET_QUECTEL_IR, "quectel_tcpip corpus")]:
        v = c["row"]["atc_ir"]
        verdicts.append(verdict(v <= budget, "decode %s: %.2f Ir/B (budget <= %.0f): %+.2f Ir/B (%.1fx the budget)"
                                % (label, v, budget, v - budget, v / budget)))
    for c, label in [(lines, "lines-only quectel_tcpip"), (q, "quectel_tcpip")]:
        v, b = c["row"]["atc_ir"], c["row"].get("base_ir")
        if not b:
            continue
        x = b / v
        how = ("%.1fx fewer instructions than the baseline" % x) if x >= 1 else \
            ("%.1fx MORE instructions than the baseline" % (1 / x))
        verdicts.append(verdict(x >= BUDGET_VS_BASELINE, "atc vs bench/baseline_quectel.c, %s: %s (%.2f vs %.2f Ir/B;"
                                " budget >= %.0fx fewer, i.e. atc <= %.2f Ir/B)"
                                % (label, how, v, b, BUDGET_VS_BASELINE, b / BUDGET_VS_BASELINE)))
    lim = BUDGET_PROFILE_VS_LINES * lines["row"]["atc_ir"]
    for p in profiles:
        c = by.get(p)
        if not c:
            continue
        v = c["row"]["atc_ir"]
        verdicts.append(verdict(v <= lim, "decode %s corpus: %.2f Ir/B (budget <= 2 x the lines-only quectel_tcpip"
                                " figure = %.2f): %+.2f Ir/B" % (p, v, lim, v - lim)))
    for name, (ir1, ir256) in one_byte.items():
        r = ir1 / ir256
        verdicts.append(verdict(r <= BUDGET_ONE_BYTE, "decode %s fed 1 byte at a time: %.2f Ir/B = %.2fx the 256-byte"
                                " figure %.2f (budget <= 2x): %+.2f Ir/B" % (name, ir1, r, ir256,
                                                                             ir1 - BUDGET_ONE_BYTE * ir256)))


def do_bench(args, rep, js, verdicts, failures):
    out = args.out
    profiles = args.profiles
    b1 = os.path.join(out, "bench-p1")
    bn = os.path.join(out, "bench-pN")
    cdir = os.path.join(out, "corpus")
    cgdir = os.path.join(out, "callgrind")
    os.makedirs(cdir, exist_ok=True)
    os.makedirs(cgdir, exist_ok=True)
    t0 = time.time()

    # corpora
    corpora = []
    for p in profiles:
        corpora.append({"name": p, "profiles": [p], "bin": b1, "baseline": p == "quectel_tcpip", "extra": []})
    if "quectel_tcpip" in profiles:
        corpora.append({"name": "quectel_tcpip-lines", "label": "quectel_tcpip, lines only (no payloads)",
                        "profiles": ["quectel_tcpip"], "bin": b1, "baseline": True, "extra": ["--no-payload"]})
    if len(profiles) > 1:
        corpora.append({"name": "mixed", "label": "mixed (%s)" % ", ".join(profiles), "profiles": profiles,
                        "bin": bn, "baseline": False, "extra": []})
    for c in corpora:
        plist = ",".join(c["profiles"])
        c["file"] = os.path.join(cdir, c["name"] + ".bin")
        c["slice"] = os.path.join(cdir, c["name"] + "-slice.bin")
        c["args"] = ["--profiles", plist]
        for f, size in [(c["file"], CORPUS_SIZE), (c["slice"], SLICE_SIZE)]:
            run([c["bin"], "gen", "--profiles", plist, "--seed", str(SEED), "--size", str(size), "--out", f]
                + c["extra"])
        c["meta"] = read_meta(c["file"])
        c["slice_meta"] = read_meta(c["slice"])
        # the decoders must give exactly the generated messages: a difference fails the run (at its end)
        c["ok"] = all([check_corpus(c["bin"], c["args"], c["baseline"], f, failures) for f in (c["file"], c["slice"])])
    rep("## Corpora")
    rep()
    rep("Generated at run time by bench/corpus.c from the profile tables (messages, fields, ranges, shapes,")
    rep("answers, payloads, data phases) and written with atc_encode; seed %d. Responses only inside their" % SEED)
    rep("command's transaction; each unit checked before it is kept by decoding it alone and in the state the units")
    rep("before it left; the session state kept at the profile's defaults (see bench/README.md). Checked: atc (whole,")
    rep("256-, 7-, 1-byte pieces) and, for quectel_tcpip, the baseline decode every corpus into exactly the")
    rep("generated records (count and digest of (profile, id, fields, warning) per message and of every payload).")
    rep()
    rows = []
    for c in corpora:
        m = c["meta"]
        rows.append([c.get("label", c["name"]), mib(int(m["bytes"])), "%.0f%%" % (100.0 * int(m["data_bytes"]) / int(m["bytes"])),
                     m["messages"], m["payloads"], m["transactions"], m["urcs"], m["types"],
                     "%s (%s)" % (m.get("rejected", "?"), m.get("context_rejected", "?")), m["digest"],
                     "yes" if c["ok"] else "NO"])
    rep.table(["corpus", "size", "payload", "messages", "payloads", "transactions", "URCs", "msg types",
               "units left out (in context)", "digest", "decodes as generated"], rows)
    rep()
    rep("Units left out did not decode as generated; most are lines the spec reads as an earlier message of the")
    rep("same shape (`bench-p1 gen -v -v -v` prints each). Those in context decoded alone but not after the units")
    rep("before them: state carried over from a finished transaction, which the full decode would have shown.")
    odd = ["%s: %s units kept with their data as hex, %s with it left out" % (c["name"], c["meta"].get("hex_units"),
                                                                             c["meta"].get("nodata_units"))
           for c in corpora if c["meta"].get("hex_units", "0") != "0" or c["meta"].get("nodata_units", "0") != "0"]
    for o in odd:
        rep("  note: " + o)
    for c in corpora:
        if c["meta"].get("context_rejected", "0") not in ("0", "?"):
            rep("  NOTE: %s: %s units decoded alone but not after the units before them (state carried over)"
                % (c["name"], c["meta"]["context_rejected"]))
    rep()

    # decoding
    dec = []
    for c in corpora:
        row = {"corpus": c.get("label", c["name"])}
        slice_bytes = int(c["slice_meta"]["bytes"])
        for impl in (["atc", "base"] if c["baseline"] else ["atc"]):
            ir, _ = callgrind(c["bin"], ["ir", "--impl", impl, "--chunk", str(CHUNK)] + c["args"] + [c["slice"]],
                              os.path.join(cgdir, "%s-%s.out" % (c["name"], impl)))
            row[impl + "_ir"] = ir / float(slice_bytes)
            row[impl + "_mbps"] = wallclock(c["bin"], ["--impl", impl, "--chunk", str(CHUNK), "--reps", str(REPS)]
                                            + c["args"] + [c["file"]])
        dec.append(row)
        c["row"] = row
    # fed one byte at a time (UART interrupt style)
    one_byte = {}
    for q in [c for c in corpora if c["name"] in ("quectel_tcpip", "quectel_tcpip-lines")] or corpora[:1]:
        qs = int(q["slice_meta"]["bytes"])
        ir1, _ = callgrind(q["bin"], ["ir", "--impl", "atc", "--chunk", "1"] + q["args"] + [q["slice"]],
                           os.path.join(cgdir, "%s-atc-1byte.out" % q["name"]))
        ir1b, _ = callgrind(q["bin"], ["ir", "--impl", "base", "--chunk", "1"] + q["args"] + [q["slice"]],
                            os.path.join(cgdir, "%s-base-1byte.out" % q["name"])) if q["baseline"] else (None, None)
        mb1 = wallclock(q["bin"], ["--impl", "atc", "--chunk", "1", "--reps", "5"] + q["args"] + [q["file"]])
        mb1b = wallclock(q["bin"], ["--impl", "base", "--chunk", "1", "--reps", "5"] + q["args"] + [q["file"]]) \
            if q["baseline"] else None
        dec.append({"corpus": q.get("label", q["name"]) + ", fed 1 byte at a time", "atc_ir": ir1 / float(qs),
                    "atc_mbps": mb1, "base_ir": ir1b / float(qs) if ir1b else None, "base_mbps": mb1b})
        one_byte[q["name"]] = (ir1 / float(qs), q["row"]["atc_ir"])

    rep("## Decoding (atc from %s/, as generated there)" % args.codec_label)
    rep()
    rep("Ir/B: instructions per input byte, callgrind, decode loop only (CALLGRIND_START/STOP_INSTRUMENTATION")
    rep("around atc_feed/atc_finish; parser set up outside), on the first %d KiB of each corpus. MB/s: wall clock," % (SLICE_SIZE >> 10))
    rep("best of %d decodes of the whole %d MiB corpus. Input fed in %d-byte pieces; callbacks only count." % (REPS, CORPUS_SIZE >> 20, CHUNK))
    rep()
    rows = []
    for r in dec:
        ratio = ""
        if r.get("base_ir"):
            x = r["base_ir"] / r["atc_ir"]
            ratio = ("%.1fx fewer" % x) if x >= 1 else ("%.1fx more" % (1 / x))
        rows.append([r["corpus"], "%.2f" % r["atc_ir"], "%.2f" % r["base_ir"] if r.get("base_ir") else "-", ratio,
                     "%.0f" % r["atc_mbps"], "%.0f" % r["base_mbps"] if r.get("base_mbps") else "-"])
    rep.table(["corpus", "atc Ir/B", "baseline Ir/B", "atc vs baseline", "atc MB/s", "baseline MB/s"], rows)
    rep()
    for c in [x for x in corpora if x["name"] == "quectel_tcpip-lines"] + corpora[:1]:
        tops = top_functions(os.path.join(cgdir, "%s-atc.out" % c["name"]))
        sb = int(c["slice_meta"]["bytes"])
        rep("Where atc's instructions go (%s; Ir per corpus byte):" % c.get("label", c["name"]))
        for ir, pct, fn in tops:
            rep("  %5.1f%%  %6.2f  %s" % (pct, ir / float(sb), fn))
        calls = call_counts(os.path.join(cgdir, "%s-atc.out" % c["name"]))
        lines = int(c["slice_meta"]["messages"]) + int(c["slice_meta"]["noise"])
        if lines and calls.get("atc__line_end"):
            rep("  per line: %.2f atc__line_end, %.2f atc__convert, %.2f atc__emit calls; %.0f Ir per line"
                % (calls.get("atc__line_end", 0) / float(lines), calls.get("atc__convert", 0) / float(lines),
                   calls.get("atc__emit", 0) / float(lines), c["row"]["atc_ir"] * sb / float(lines)))
        rep()
    q = next((c for c in corpora if c["name"] == "quectel_tcpip"), None)
    if q:
        tops = top_functions(os.path.join(cgdir, "%s-base.out" % q["name"]))
        qs = int(q["slice_meta"]["bytes"])
        rep("Where the baseline's instructions go (%s):" % q["name"])
        for ir, pct, fn in tops:
            rep("  %5.1f%%  %6.2f  %s" % (pct, ir / float(qs), fn))
        rep()

    # encoding
    rep("## Encoding (atc_encode, %d random commands per profile, as in the corpora)" % ENCODE_COUNT)
    rep()
    rows = []
    enc = {}
    for p in profiles:
        ir, info = callgrind(b1, ["encode-ir", "--profiles", p, "--count", str(ENCODE_COUNT), "--seed", str(SEED)],
                             os.path.join(cgdir, "encode-%s.out" % p))
        n = int(info["commands"])
        nb = int(info["bytes"])
        enc[p] = {"ir_per_command": ir / float(n), "bytes_per_command": nb / float(n), "ir_per_byte": ir / float(nb)}
        rows.append([p, n, "%.0f" % (ir / float(n)), "%.1f" % (nb / float(n)), "%.1f" % (ir / float(nb))])
    rep.table(["profile", "commands", "Ir/command", "bytes/command", "Ir/byte"], rows)
    rep()

    styles = code_styles(args, rep, corpora, profiles, failures)
    decode_budgets(corpora, profiles, one_byte, verdicts)
    js["corpora"] = [{k: v for k, v in c.items() if k in ("name", "meta", "ok")} for c in corpora]
    js["decode"] = dec
    js["encode"] = enc
    js["styles"] = styles
    js["bench_seconds"] = time.time() - t0


def code_styles(args, rep, corpora, profiles, failures):
    """The codec regenerated with each Ragel code style of the scanner; every style must decode the
    corpora alike."""
    out = args.out
    cgdir = os.path.join(out, "callgrind")
    rep("## Ragel code styles of the scanner (the codec regenerated from spec/ into %s/styles/<style>/ by" % out)
    rep("gen/generate.sh with RAGEL_STYLE; only generated/atc_scan.c differs)")
    rep()
    rep("Same corpora, slices and settings as above (MB/s: best of %d). Machine = the Cortex-M4 %s function and" % (STYLE_REPS, SCAN_FN))
    rep("ragel's tables (_atc_scan_*), from the footprint build; decoder flash as in the footprint section.")
    rep()
    measured = [c for c in corpora if c["name"] in profiles or c["name"] == "quectel_tcpip-lines"]
    styles = {}
    for st in STYLES:
        sd = os.path.join(out, "styles", st)
        res = {"style": "-" + st, "corpora": {}, "footprint": {}}
        try:
            shutil.rmtree(sd, ignore_errors=True)
            env = dict(os.environ, PYTHON=PYTHON, RAGEL_STYLE="-" + st)
            tg = time.time()
            for attempt in (1, 2):  # once more if spec/ or gen/ were caught half-edited
                try:
                    run(["sh", "gen/generate.sh", os.path.join(sd, "gen"), os.path.join(sd, "docs"),
                         os.path.join(sd, "vectors")] + profiles, env=env)
                    break
                except Failure:
                    if attempt == 2:
                        raise
                    time.sleep(5)
            res["gen_s"] = time.time() - tg
            write_profiles_header(os.path.join(sd, "inc", "bench_profiles.h"), profiles)
            binary = os.path.join(sd, "bench")
            build_host(args, binary, [os.path.join(sd, "inc"), os.path.join(sd, "gen")], 1)
        except Failure as e:
            res["error"] = brief(e)
            styles[st] = res
            continue
        for p in profiles:
            try:
                fp = arm_footprint(out, os.path.join(sd, "gen"), p, "style-" + st)
                res["footprint"][p] = {"decoder_flash": fp["decoder"]["flash"], "machine_text": fp["machine_text"],
                                       "machine_rodata": fp["machine_rodata"],
                                       "stack": fp["stack_decode"]["worst"]}
            except Failure as e:
                res["footprint"][p] = {"error": brief(e)}
        for c in measured:
            r = {}
            try:
                d = kv(run([binary, "digest"] + c["args"] + [c["file"]]).stdout)
                r["digest"] = d["digest"]
                sb = int(c["slice_meta"]["bytes"])
                ir, _ = callgrind(binary, ["ir", "--impl", "atc", "--chunk", str(CHUNK)] + c["args"] + [c["slice"]],
                                  os.path.join(cgdir, "style-%s-%s.out" % (st, c["name"])))
                r["ir"] = ir / float(sb)
                r["mbps"] = wallclock(binary, ["--impl", "atc", "--chunk", str(CHUNK), "--reps", str(STYLE_REPS)]
                                      + c["args"] + [c["file"]])
            except Failure as e:
                r["error"] = brief(e)
            res["corpora"][c["name"]] = r
        styles[st] = res
    # the machine, per style
    rows = []
    fp0 = profiles[0]
    for st in STYLES:
        res = styles[st]
        if "error" in res:
            rows.append([res["style"], "failed: " + res["error"]] + [""] * (3 + len(profiles)))
            continue
        f = res["footprint"].get(fp0, {})
        if "error" in f:
            rows.append([res["style"], "failed: " + f["error"]] + [""] * (3 + len(profiles)))
            continue
        rows.append([res["style"], f["machine_text"], f["machine_rodata"], f["machine_text"] + f["machine_rodata"],
                     f["stack"]] + [res["footprint"].get(p, {}).get("decoder_flash", "failed") for p in profiles])
    rep.table(["style", "M4 machine .text", "M4 machine .rodata", "M4 machine", "M4 decode stack"]
              + ["%s decoder flash" % p for p in profiles], rows)
    rep()
    # decoding, per corpus and style
    rows = []
    for c in measured:
        for st in STYLES:
            res = styles[st]
            r = res["corpora"].get(c["name"], {"error": res.get("error", "?")})
            first = c.get("label", c["name"]) if st == STYLES[0] else ""
            if "error" in r:
                rows.append([first, res["style"], "failed: " + r["error"], "", "", ""])
                continue
            same = "same" if r["digest"] == c["meta"]["digest"] else "DIFFERENT"
            rows.append([first, res["style"], "%.2f" % r["ir"], "%.0f" % r["mbps"], r["digest"], same])
    rep.table(["corpus", "style", "atc Ir/B", "MB/s", "digest", "vs generated"], rows)
    for c in measured:
        digests = set(styles[st]["corpora"][c["name"]]["digest"] for st in STYLES
                      if "digest" in styles[st].get("corpora", {}).get(c["name"], {}))
        if len(digests) > 1:
            failures.append("%s: the Ragel code styles decode the corpus differently: %s"
                            % (c["name"], ", ".join(sorted(digests))))
            rep("*** %s" % failures[-1])
        if digests and c["meta"]["digest"] not in digests:
            rep("NOTE: %s: the regenerated codec decodes the corpus differently from the one under test (digest %s,"
                " corpus %s): spec/, gen/, templates/ or runtime/ changed since `make generate` (or the codec under"
                " test has a difference); the style rows measure the regenerated code." % (c["name"], digests.pop(),
                                                                                         c["meta"]["digest"]))
    rep()
    return styles


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", default="build-bench")
    ap.add_argument("--profiles", default="quectel_tcpip onenet andlink")
    ap.add_argument("--codec", default="generated", help="directory of the single headers under test")
    ap.add_argument("--codec-label", default="generated", help="where they came from, for the report")
    ap.add_argument("--cc", default=os.environ.get("CC", "cc"), help="host C compiler (the code-style builds)")
    ap.add_argument("--cflags", default=DEFAULT_CFLAGS, help="host C flags (the code-style builds)")
    ap.add_argument("--trimmed", help="directory of single headers trimmed by gen/trim.py, measured beside the whole ones")
    ap.add_argument("--trimmed-label", default="an options file", help="where they came from, for the report")
    ap.add_argument("what", choices=["bench", "size"])
    args = ap.parse_args()
    args.profiles = args.profiles.split()
    if "quectel_tcpip" in args.profiles:  # the budgets are about it: list it first
        args.profiles.remove("quectel_tcpip")
        args.profiles.insert(0, "quectel_tcpip")
    os.chdir(ROOT)
    args.codec = os.path.abspath(args.codec)
    if args.trimmed:
        args.trimmed = os.path.abspath(args.trimmed)
    os.makedirs(args.out, exist_ok=True)
    rep = Report(os.path.join(args.out, "report.md" if args.what == "bench" else "size.md"))
    info = machine_info(args.cc)
    js = {"machine": info}
    rep("# atc %s: %s, %s (%d cores), %s" % ("performance and footprint" if args.what == "bench" else "footprint",
                                            info["date"], info["cpu"], info["cores"] or 0, info["cc"]))
    rep()
    verdicts, failures = [], []
    status = 0
    try:
        if args.what == "bench":
            do_bench(args, rep, js, verdicts, failures)
        do_size(args, rep, js, verdicts)
    except Failure as e:
        rep()
        rep("*** FAILED: %s" % e)
        status = 1
    if verdicts:
        rep("## Budgets (issue 10; aims tracked here, not asserted by tests)")
        rep()
        for v in verdicts:
            rep("  " + v)
        rep()
    if failures:
        rep("*** FAILED: decoders disagree with the generated messages (details above, on stderr):")
        for f in failures:
            rep("  " + f)
        rep()
        status = 1
    rep.save()
    with open(os.path.join(args.out, "results.json" if args.what == "bench" else "size.json"), "w") as f:
        json.dump({"budgets": verdicts, "failures": failures, **js}, f, indent=1, default=str)
    return status


if __name__ == "__main__":
    sys.exit(main())
