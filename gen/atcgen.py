#!/usr/bin/python3
# SPDX-License-Identifier: MIT
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

import completion  # noqa: E402
import conflicts  # noqa: E402
import loader  # noqa: E402
import model  # noqa: E402
import tables  # noqa: E402

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
TEMPLATES = os.path.join(ROOT, "templates")
EVENT_KEYS = ("dir", "kind", "name", "form", "variant", "fields", "completes", "data", "end", "warning", "error", "reason",
              "field", "raw")


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
    """(constant, multiples of ATC_MAX_LINE) for the longest text of one value of a field."""
    if f.type == "literal":
        return len(f.literal), 0
    p = f.param
    label = len(f.label)
    if f.type == "float":
        return 24 + label, 0
    if f.type in ("int", "hex"):
        if p.verbose:
            return 0, 1   # the code may be written as its text
        if not p.ranges:
            return 11 + label, 0
        n = max(max(len(str(lo)), len(str(hi))) for lo, hi in p.ranges)
        width = p.hex_width if f.type == "hex" else 0
        return max(n, width) + (2 if f.type == "hex" else 0) + label, 0
    if f.type == "string":
        if isinstance(p.values, list):
            return 2 + max(len(v) for v in p.values) + label, 0
        if p.max_len:
            return 2 + 2 * p.max_len + label, 0   # every byte may need a backslash
        return 0, 1
    if isinstance(p.values, list):
        return max(len(v) for v in p.values) + label, 0
    if p.max_len:
        return p.max_len + label, 0
    return 0, 1


def msg_wire_len(m):
    """(constant, multiples of ATC_MAX_LINE) of the longest wire form the encoder writes: framing,
    prefix, indexes and suffix, every field (a list at its max_count, a tagged set with every pair),
    a comma between values."""
    const = len(m.prefix) + len(m.suffix)
    const += 1 if m.kind == "command" else 4
    lines = 0
    for f in m.fields:
        c, k = field_max_len(f)
        n = f.param.max_count if f.is_list else 1
        const += (c + 1) * n
        lines += k * n
    return const, lines


def msg_max_len(m):
    const, lines = msg_wire_len(m)
    return f"({const}u + {lines}u * ATC_MAX_LINE)" if lines else f"{const}u"


def longest_line(profile):
    """The room the profile's longest line needs in ATC_MAX_LINE: its bytes (fields without a bound
    count as empty), 8 bytes per field, and its struct (64-bit upper bound)."""
    best = 0
    for m in profile.messages:
        const, _ = msg_wire_len(m)
        nfields = sum(f.param.max_count if f.is_list else 1 for f in m.fields if not f.index) + 1
        best = max(best, (const + 7) // 8 * 8 + 8 * nfields + tables.struct_size64(m))
    return best


def init_zero(m):
    parts = []
    for ctype, member, _ in tables.struct_layout(m):
        n = re.search(r"\[(\d+)\]", member)
        one = "false" if ctype == "bool" else ("{NULL, 0}" if ctype == "atc_str" else "0")
        parts.append("{" + one + "}" if n else one)
    return "{" + ", ".join(parts or ["0"]) + "}"


def int_c(v):
    """An int32_t initializer; values above INT32_MAX (uint32_t ranges) are written as their bits."""
    if v > 0x7FFFFFFF:
        v -= 1 << 32
    if v == -0x80000000:
        return "(-2147483647 - 1)"
    return str(v)


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
        self.enums = []
        seen = {}
        for m in p.messages:
            for f in m.fields:
                if f.param is not None and isinstance(f.param.values, dict):
                    key = (f.param.enum or f.param.name, tuple(sorted(f.param.values.items())))
                    if key in seen:
                        f.enum = seen[key]
                    else:
                        name = f.param.enum or f.param.name
                        other = next((e for e in self.enums if e["name"] == name), None)
                        if other is not None:
                            # two lists of values under one name: the C enum would need a name the
                            # spec does not give, so the spec must give one
                            raise loader.SpecError(
                                p.path, f.param.spec_line,
                                f"{m.id}: parameter <{f.param.key}> is named {name!r} like the one at spec line "
                                f"{other['spec_line']}, with other values; give one an enum: name (its C enum is "
                                f"atc_{p.name}_<enum>)")
                        if name == "state" and p.states:
                            raise loader.SpecError(
                                p.path, f.param.spec_line,
                                f"{m.id}: parameter <{f.param.key}> is named 'state', the name of the profile's "
                                f"session states (atc_{p.name}_state); give it an enum: name")
                        e = {"name": name, "spec_line": f.param.spec_line, "values": sorted(f.param.values.items()),
                             "line": f.param.line, "source": f.param.source}
                        self.enums.append(e)
                        seen[key] = e
                        f.enum = e
                    f.enum_comment = f"atc_{p.name}_{f.enum['name']}"
                elif f.param is not None:
                    f.enum = None
                    if f.param.table and isinstance(f.param.table, str):
                        f.enum_comment = f"atc_{p.name}_{f.param.table}"
        self.t = tables.Tables(p, self.enums)
        self.t.ncells = sum(s.cells for s in p.states)
        owners = {}
        self.field_lists = []
        for m in p.messages:
            at, st, owner = self.t.msg_fields[m.index]
            if owner is not None and at not in owners:
                owners[at] = owner
                self.field_lists.append((at, st, owner))
        self.owners = owners

    def field_owner(self, m):
        at, _, owner = self.t.msg_fields[m.index]
        return self.owners[at].id if owner is not None else "NONE"

    def head_comment(self, h):
        names = ["OEOL", ":", "=", "?", "=?", "kw", ",", ""]
        term = {0: "", 1: ":", 2: "=", 3: "?", 4: "=?", 5: "", 7: ""}[h.term]
        label = (h.label + term) if h.term != 5 else f'keyword "{h.label}" of [{h.parent}]'
        return label.replace("*/", "* /")

    def ctx(self):
        return dict(p=self.p, P=self.P, prof=self.p, hash=self.hash, enums=self.enums, t=self.t,
                    version=atc_version(), param_uses=param_uses, display_syntax=tables.display_syntax,
                    longest_line=longest_line(self.p), field_lists=self.field_lists,
                    field_owner=self.field_owner, head_comment=self.head_comment,
                    model=model, msg_max_len=msg_max_len, init_zero=init_zero, int_c=int_c,
                    struct_layout=tables.struct_layout, kind_c=model.KIND_C, type_c=model.TYPE_C,
                    event_json=event_json, json=json)

    def render(self, template, **extra):
        return self.env.get_template(template).render(**self.ctx(), **extra)


def param_uses(profile):
    """Every distinct parameter definition the messages use, with the message ids that use it."""
    uses = {}
    order = []
    for m in profile.messages:
        for f in m.fields:
            if f.param is None or f.type == "supported":
                continue
            key = id(f.param)
            if key not in uses:
                uses[key] = (f.param, [])
                order.append(key)
            if m.id not in uses[key][1]:
                uses[key][1].append(m.id)
    rows = [uses[k] for k in order]
    rows.sort(key=lambda r: (r[0].key.lower(), r[0].line or 0))
    return [(q, users if len(users) <= 6 else users[:6] + [f"... ({len(users)} messages)"]) for q, users in rows]


def atc_version():
    """(major, minor, patch) of runtime/atc.h, which generated code checks."""
    with open(os.path.join(ROOT, "runtime", "atc.h"), encoding="utf-8") as f:
        text = f.read()
    return tuple(int(re.search(rf"#define ATC_VERSION_{k} (\d+)", text).group(1)) for k in ("MAJOR", "MINOR", "PATCH"))


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
    write(os.path.join(out, f"{name}.c"), em.render("profile.c.j2"))
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
                lines = [event_json(e) for e in completion.with_completes(prof, ex["events"])]
            except ValueError as e:
                raise loader.SpecError(spec, getattr(ex, "line", 0) or ex["line"],
                                       f"example {ex['title']!r}: {e}") from None
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
                  f"first profile given that reads one without a warning wins (docs/reference/conflicts.md):",
                  file=sys.stderr)
            for pa, ma, pb, mb, ta, tb in rows:
                print(f"  {pa.name} {conflicts.where(ma)}: {ta!r} vs {pb.name} {conflicts.where(mb)}: {tb!r}",
                      file=sys.stderr)
    return status


if __name__ == "__main__":
    sys.exit(main())
