#!/usr/bin/python3
"""atc generator: spec/<profile>.yaml -> model -> checks -> C, Ragel, docs and test vectors.

Usage:
  atcgen.py [--out DIR] [--docs DIR] [--vectors DIR] SPEC...   generate
  atcgen.py --check SPEC...                                   validate only
Runs with Debian's python3 (jinja2, yaml, jsonschema); see the Makefile.
"""
import argparse
import hashlib
import json
import os
import re
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

import jinja2  # noqa: E402

import conflicts  # noqa: E402
import grammar  # noqa: E402
import loader  # noqa: E402
import model  # noqa: E402

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
TEMPLATES = os.path.join(ROOT, "templates")
EVENT_KEYS = ("dir", "kind", "name", "form", "variant", "fields", "data", "end", "error", "reason", "raw")


def c_str(s):
    """A C string literal for arbitrary text (bytes as Latin-1)."""
    out = []
    for ch in s:
        o = ord(ch)
        if ch in '"\\':
            out.append("\\" + ch)
        elif 0x20 <= o < 0x7F:
            out.append(ch)
        else:
            out.append(f'\\{o:03o}')
    return '"' + "".join(out) + '"'


def event_json(ev):
    """One expected event as the JSON line the decoder must print (canonical key order)."""
    unknown = set(ev) - set(EVENT_KEYS)
    if unknown:
        raise ValueError(f"unknown event keys {sorted(unknown)}")
    ordered = {k: ev[k] for k in EVENT_KEYS if k in ev}
    return json.dumps(ordered, ensure_ascii=True, separators=(",", ":"))


def field_max_len(f):
    """(constant, multiples of ATC_MAX_LINE) for the longest text of a field."""
    if f.type == "literal":
        return len(f.literal), 0
    p = f.param
    if f.type == "float":
        return 24, 0
    if f.type in ("int", "hex"):
        if not p.ranges:
            return 11, 0
        n = max(max(len(str(lo)), len(str(hi))) for lo, hi in p.ranges)
        return (n + 2 if f.type == "hex" else n), 0
    if f.type == "string":
        if isinstance(p.values, list):
            return 2 + max(len(v) for v in p.values), 0
        if p.max_len:
            return 2 + 2 * p.max_len, 0
        return 0, 1
    if p.max_len:
        return p.max_len, 0
    return 0, 1


def longest_line(profile):
    """The longest line the spec bounds (fields without a bound count as empty)."""
    best = 0
    for m in profile.messages:
        const = len(m.prefix) + len(m.suffix) + 4
        for f in m.fields:
            c, _ = field_max_len(f)
            const += (c + 1) * (f.param.max_count if f.is_list else 1)
        best = max(best, const)
    return best


def msg_max_len(m):
    const, lines = len(m.prefix) + 4, 0
    for f in m.fields:
        c, k = field_max_len(f)
        const += c + 1
        lines += k
    return f"({const}u + {lines}u * ATC_MAX_LINE)" if lines else f"{const}u"


class Emitter:
    def __init__(self, prof, spec_text):
        self.p = prof
        self.P = prof.name.upper()
        self.hash = hashlib.sha256(spec_text.encode()).hexdigest()[:16]
        self.env = jinja2.Environment(loader=jinja2.FileSystemLoader(TEMPLATES), trim_blocks=True,
                                      lstrip_blocks=True, keep_trailing_newline=True,
                                      undefined=jinja2.StrictUndefined)
        self.env.filters["c_str"] = c_str
        self.prepare()

    def prepare(self):
        p = self.p
        heads = {}
        for m in p.messages:
            key = tuple(sorted(model._decode_keys(m)))[0]
            m.hint = heads.setdefault(key[0] if m.kind != "command" else ("AT", key[0]), m.index)
        self.alts = [a for a in grammar.alternatives(p) if "ATC_M_PROMPT" not in a[1].flags]
        self.alts = [(i, m, s, e) for i, (_, m, s, e) in enumerate(self.alts)]
        self.enums = []
        seen = {}
        for m in p.messages:
            for f in m.fields:
                if f.param is not None and isinstance(f.param.values, dict):
                    key = (f.param.name, tuple(sorted(f.param.values.items())))
                    if key in seen:
                        f.enum = seen[key]
                        continue
                    name = f.param.name
                    if any(e["name"] == name for e in self.enums):
                        name = f"{m.lower}_{name}"
                    e = {"name": name, "values": sorted(f.param.values.items()), "line": f.param.line}
                    self.enums.append(e)
                    seen[key] = e
                    f.enum = e
                elif f.param is not None:
                    f.enum = None
        self.prompt_id = next((m.index for m in p.messages if "ATC_M_PROMPT" in m.flags), None)
        self.leave_lines = [m.prefix for m in p.messages if "ATC_M_LEAVES_DATA" in m.flags]

    def ctx(self):
        return dict(p=self.p, P=self.P, prof=self.p, hash=self.hash, alts=self.alts, enums=self.enums,
                    longest_line=longest_line(self.p),
                    model=model, grammar=grammar, msg_max_len=msg_max_len, prompt_id=self.prompt_id,
                    leave_lines=self.leave_lines, kind_c=model.KIND_C, type_c=model.TYPE_C,
                    event_json=event_json, json=json)

    def render(self, template, **extra):
        return self.env.get_template(template).render(**self.ctx(), **extra)


def write(path, text):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write(text)


def slug(title):
    return re.sub(r"[^a-z0-9]+", "-", title.lower()).strip("-")[:48]


def generate(spec, out, docs, vectors):
    doc = loader.load(spec)
    prof = model.build(spec, doc)
    with open(spec, encoding="utf-8") as f:
        em = Emitter(prof, f.read())
    name = prof.name
    write(os.path.join(out, f"{name}.h"), em.render("profile.h.j2"))
    write(os.path.join(out, f"{name}.rl"), em.render("profile.rl.j2"))
    if docs:
        write(os.path.join(docs, f"{name}.md"), em.render("reference.md.j2"))
    if vectors:
        vdir = os.path.join(vectors, name)
        os.makedirs(vdir, exist_ok=True)
        for old in os.listdir(vdir):
            if old.endswith(".md"):
                os.remove(os.path.join(vdir, old))
        for i, ex in enumerate(prof.examples, 1):
            try:
                lines = [event_json(e) for e in ex["events"]]
            except ValueError as e:
                raise loader.SpecError(spec, ex["line"], f"example {ex['title']!r}: {e}") from None
            write(os.path.join(vdir, f"{i:02d}-{slug(ex['title'])}.md"),
                  em.render("vector.md.j2", ex=ex, lines=lines))
    return prof


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("specs", nargs="+")
    ap.add_argument("--out", default=os.path.join(ROOT, "generated"))
    ap.add_argument("--docs")
    ap.add_argument("--vectors")
    ap.add_argument("--check", action="store_true", help="validate only")
    args = ap.parse_args(argv)
    status = 0
    profiles = []
    for spec in args.specs:
        try:
            if args.check:
                profiles.append(model.build(spec, loader.load(spec)))
            else:
                profiles.append(generate(spec, args.out, args.docs, args.vectors))
        except loader.SpecError as e:
            print(str(e), file=sys.stderr)
            status = 1
    if status == 0 and len(profiles) > 1:
        text, rows = conflicts.report(profiles)
        if args.docs:
            write(os.path.join(args.docs, "conflicts.md"), text)
        if rows:
            print(f"atcgen: {len(rows)} lines read differently in two profiles; decoded together, the "
                  f"first profile given wins (docs/reference/conflicts.md)", file=sys.stderr)
            for pa, ma, pb, mb, ta, tb in rows[:5]:
                print(f"  {pa.path}:{ma.line}: {ta!r} vs {pb.path}:{mb.line}: {tb!r}", file=sys.stderr)
    return status


if __name__ == "__main__":
    sys.exit(main())
