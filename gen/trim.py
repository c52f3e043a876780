#!/usr/bin/python3
# SPDX-License-Identifier: MIT
"""Generate only what you use: a single header with the messages one firmware's options file names.

Usage:
  trim.py --options FILE --out DIR [SPEC]    write DIR/atc_<profile>.h (and its parts)
  trim.py --options FILE --list [SPEC]       print what would be kept, one message a line
SPEC defaults to spec/<profile>.yaml of the profile the rules name (PROFILE.NAME).

The options file (nanopb's .options are the model) has one rule a line, `#` comments:

    PATTERN [keep:true|keep:false]

PATTERN is NAME or PROFILE.NAME, with * and ? wildcards. NAME is a message's wire name (QIOPEN:
every command form, response and URC of that name) or its id (AT_QIOPEN_SET, QIURC_RECV_PUSH, as
in the C enum without the profile prefix). A pattern alone means keep:true; for each message the
last rule that matches it decides, and a message no rule matches is left out. Kept whatever the
rules say, because the kept messages need them:
  - every result code (OK, ERROR, +CME ERROR, SEND OK, the prompt, CONNECT, ...): they end commands;
  - the answers of a kept command form, and the command form a kept answer answers (when none of
    that form's variants is kept); the URCs a kept command form's completion rule waits for;
  - the messages a passthrough: section names (the escape, its handshake, the command that enters it).
State stays whole; a set_by entry naming a command form that is left out is dropped (the firmware
does not send it; atc_set_state still sets that state). A rule that matches no message, or a rule
that cannot be read, is an error: a misspelt name must not drop a message silently.

The trimmed profile has the same C names (atc_<profile>_profile, ATC_<PROFILE>_<ID>), so firmware
code builds against either header; only the numbers of the ids differ.
"""
import argparse
import fnmatch
import os
import re
import shutil
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

import amalgamate  # noqa: E402
import atcgen  # noqa: E402
import completion  # noqa: E402
import loader  # noqa: E402
import model  # noqa: E402

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


class Rule:
    def __init__(self, path, line, profile, pattern, keep):
        self.path, self.line, self.profile, self.pattern, self.keep = path, line, profile, pattern, keep
        self.used = False

    def matches(self, profile, unit):
        if self.profile is not None and not fnmatch.fnmatchcase(profile, self.profile):
            return False
        return fnmatch.fnmatchcase(unit.name, self.pattern) or fnmatch.fnmatchcase(unit.id, self.pattern)


def read_options(path):
    """The rules of an options file, in order."""
    rules = []
    with open(path, encoding="utf-8") as f:
        for n, raw in enumerate(f, 1):
            text = raw.split("#", 1)[0].split()
            if not text:
                continue
            pattern, opts = text[0], text[1:]
            keep = True
            for o in opts:
                key, _, value = o.partition(":")
                if key != "keep" or value not in ("true", "false"):
                    raise loader.SpecError(path, n, f"unknown option {o!r} (the option is keep:true or keep:false)")
                keep = value == "true"
            profile = None
            if "." in pattern:
                profile, _, pattern = pattern.partition(".")
            if not re.fullmatch(r"[A-Za-z0-9_*?\[\]!]+", pattern) or (profile is not None and not profile):
                raise loader.SpecError(path, n, f"not a message name or id pattern: {text[0]!r}")
            rules.append(Rule(path, n, profile, pattern, keep))
    return rules


class Unit:
    """What a rule can keep or leave out: one command form (or one variant of it), one response, one
    URC or one result, as the spec writes it."""

    def __init__(self, kind, name, uid, entry, form=None, variant=None):
        self.kind, self.name, self.id, self.entry, self.form, self.variant = kind, name, uid, entry, form, variant
        self.keep = False

    @property
    def form_key(self):       # what answers: name (QIACT.read)
        return f"{self.name}.{self.form}"

    @property
    def effect_key(self):     # what set_by: names (QICFG.set/recvind)
        return self.form_key + (f"/{self.variant}" if self.variant else "")


def units_of(doc):
    units = []
    for r in doc.get("results", []):
        units.append(Unit("result", r["name"], r["name"], r))
    for c in doc.get("commands", []):
        for form in model.FORMS:
            fd = c["forms"].get(form)
            if fd is None:
                continue
            for v in fd.get("variants") or [fd]:
                vid = v.get("variant")
                uid = f"AT_{c['name']}_{form.upper()}" + (f"_{model.c_ident(vid)}" if vid else "")
                units.append(Unit("command", c["name"], uid, v, form, vid))
    for section, kind in (("responses", "response"), ("urcs", "urc")):
        for r in doc.get(section, []):
            units.append(Unit(kind, r["name"], r.get("id") or r["name"], r))
    return units


def choose(doc, rules, options_path):
    """Marks the units to keep; returns them. Raises SpecError for a rule that matches nothing."""
    units = units_of(doc)
    profile = doc["profile"]
    for u in units:
        for r in rules:
            if r.matches(profile, u):
                r.used = True
                u.keep = r.keep
    for r in rules:
        if not r.used and (r.profile is None or fnmatch.fnmatchcase(profile, r.profile)):
            raise loader.SpecError(options_path, r.line, f"{r.pattern!r} names no message of profile {profile}")
    needed = set()
    pt = doc.get("passthrough")
    if pt:
        needed |= {pt["escape"].partition(".")[0], pt["enter"].partition(".")[0]}
        needed |= {s["message"].partition(".")[0] for s in pt["handshake"]}
    for u in units:
        if u.kind == "result" or u.name in needed:
            u.keep = True
    commands = [u for u in units if u.kind == "command"]
    answers = [u for u in units if u.kind == "response"]
    urcs = {u.id: u for u in units if u.kind == "urc"}
    changed = True
    while changed:
        changed = False
        # the URCs a kept command form's completion rule waits for
        for c in commands:
            if c.keep:
                for uid in completion.urcs_named(c.entry.get("completion")):
                    if uid in urcs and not urcs[uid].keep:
                        urcs[uid].keep = changed = True
        kept_forms = {u.form_key for u in commands if u.keep}
        for r in answers:
            asked = set(r.entry.get("answers", []))
            if not r.keep and asked & kept_forms:
                r.keep = changed = True
            if r.keep:
                for c in commands:
                    if not c.keep and c.form_key in asked and c.form_key not in kept_forms:
                        c.keep = changed = True
    return units


def trim_doc(doc, units):
    """Leaves out of the spec document (in place) what is not kept."""
    keep_ids = {u.id for u in units if u.keep}
    kept = {id(u.entry) for u in units if u.keep}
    kept_effects = {u.effect_key for u in units if u.kind == "command" and u.keep}
    for c in doc.get("commands", []):
        for form in model.FORMS:
            fd = c["forms"].get(form)
            if fd is None:
                continue
            if fd.get("variants"):
                fd["variants"][:] = [v for v in fd["variants"] if id(v) in kept]
                if not fd["variants"]:
                    del c["forms"][form]
            elif id(fd) not in kept:
                del c["forms"][form]
    if "commands" in doc:
        doc["commands"][:] = [c for c in doc["commands"] if c["forms"]]
    for section in ("responses", "urcs"):
        if section in doc:
            doc[section][:] = [r for r in doc[section] if id(r) in kept]
            for r in doc[section]:
                if "ambiguous_with" in r:
                    r["ambiguous_with"][:] = [a for a in r["ambiguous_with"] if a in keep_ids]
    for st in (doc.get("state") or {}).values():
        if "set_by" in st:
            st["set_by"][:] = [e for e in st["set_by"] if e["command"] in kept_effects]
    doc["examples"] = loader.LList()   # the document's examples use messages left out; the full profile's tests keep them


def trimmed_profile(spec, options):
    doc = loader.load(spec)
    units = choose(doc, read_options(options), options)
    trim_doc(doc, units)
    return model.build(spec, doc), units


def write_header(spec, options, out):
    prof, units = trimmed_profile(spec, options)
    with open(spec, encoding="utf-8") as f:
        text = f.read()
    with open(options, encoding="utf-8") as f:
        text += f.read()
    em = atcgen.Emitter(prof, text)
    name = prof.name
    atcgen.write(os.path.join(out, f"{name}.h"), em.render("profile.h.j2"))
    atcgen.write(os.path.join(out, f"{name}.c"), em.render("profile.c.j2"))
    shutil.copyfile(os.path.join(ROOT, "generated", "atc_scan.c"), os.path.join(out, "atc_scan.c"))
    amalgamate.amalgamate(name, out, os.path.join(ROOT, "runtime"))
    single = os.path.join(out, f"atc_{name}.h")
    with open(single, encoding="utf-8") as f:
        head, rest = f.read().split("\n", 1)
    kept = [u for u in units if u.keep]
    note = (f"/* Trimmed (gen/trim.py) by {os.path.relpath(options, ROOT)}: {len(prof.messages)} of the profile's "
            f"{len(units)} messages, {sum(u.kind == 'command' for u in kept)} command forms. */")
    with open(single, "w", encoding="utf-8", newline="\n") as f:
        f.write(head + "\n" + note + "\n" + rest)
    return prof, units, single


def spec_of(options):
    """spec/<profile>.yaml of the one profile the rules of an options file name."""
    named = {r.profile for r in read_options(options) if r.profile is not None}
    if len(named) != 1 or any(c in next(iter(named)) for c in "*?["):
        raise loader.SpecError(options, 1, "the rules name no single profile (PROFILE.NAME): give the spec")
    return os.path.relpath(os.path.join(ROOT, "spec", next(iter(named)) + ".yaml"))


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("spec", nargs="?")
    ap.add_argument("--options", required=True)
    ap.add_argument("--out")
    ap.add_argument("--list", action="store_true", help="print the messages kept: kind, wire name, id")
    args = ap.parse_args(argv)
    if not args.out and not args.list:
        ap.error("--out DIR or --list")
    try:
        if not args.spec:
            args.spec = spec_of(args.options)
        if args.list:
            prof, _ = trimmed_profile(args.spec, args.options)
            for m in prof.messages:
                print(f"{m.kind} {m.name} {m.id}")
            return 0
        prof, units, single = write_header(args.spec, args.options, args.out)
    except loader.SpecError as e:
        print(str(e), file=sys.stderr)
        return 1
    print(f"trim: {prof.name}: {len(prof.messages)} of {len(units)} messages -> {single}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
