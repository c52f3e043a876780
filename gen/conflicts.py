# SPDX-License-Identifier: MIT
"""Where two profiles read the same line differently.

Decoding several profiles at once (atc_init_multi, `atc decode --profile a,b`) gives a line the
meaning of the first profile that decodes it. This module finds the lines for which that choice
matters: the same head (command name or response prefix) in two profiles, with shapes that can
read the same text, but defined differently (other fields, types, ranges or kinds). Identical
definitions (OK, ERROR, ...) are shared, not conflicts.
"""
import itertools

import model


def _signature(m, shape):
    out = []
    for i in shape:
        f = m.fields[i]
        if f.type == "literal":
            out.append(("lit", f.literal))
        else:
            vals = tuple(sorted(f.param.values.items())) if isinstance(f.param.values, dict) else (
                tuple(f.param.values) if f.param.values else None)
            out.append((f.name, f.type, tuple(f.ranges), vals, f.param.max_len))
    return (m.kind, m.form, m.variant, tuple(out))


def where(m):
    """Where a message comes from, saying which file its number is in: 'document line 240' (a line
    of the profile's source document, not of its spec), or the stated source."""
    return f"document line {m.line}" if m.line else m.source


def _describe(m, shape):
    parts = [m.fields[i].literal if m.fields[i].type == "literal" else f"<{m.fields[i].name}>" for i in shape]
    return m.prefix + ",".join(parts)


def find(profiles):
    """[(profile_a, msg_a, profile_b, msg_b, text_a, text_b)] for every conflicting pair."""
    found = []
    for pa, pb in itertools.combinations(profiles, 2):
        heads = {}
        for m in pb.messages:
            for k in model._decode_keys(m):
                heads.setdefault(k, []).append(m)
        seen = set()
        for ma in pa.messages:
            for k in model._decode_keys(ma):
                for sa in ma.shapes:
                    # the other profile defines this very line alike: shared, not a conflict
                    if any(_signature(ma, sa) == _signature(mb, sb)
                           for mb in heads.get(k, []) for sb in mb.shapes):
                        continue
                    for mb in heads.get(k, []):
                        if ma.needs_context and mb.needs_context:
                            continue  # each only while its own command is pending: never together
                        for sb in mb.shapes:
                            if not model._shapes_overlap(ma, sa, mb, sb):
                                continue
                            if _signature(ma, sa) == _signature(mb, sb):
                                continue
                            key = (ma.id, mb.id)
                            if key in seen:
                                continue
                            seen.add(key)
                            found.append((pa, ma, pb, mb, _describe(ma, sa), _describe(mb, sb)))
    return found


def report(profiles):
    rows = find(profiles)
    lines = [
        "# Conflicts between profiles",
        "",
        "Generated from `spec/*.yaml` by `gen/conflicts.py`; do not edit.",
        "",
        "A parser may decode several profiles at once (`atc_init_multi`, `atc decode --profile a,b`).",
        "A line then takes the meaning of the first profile, in the order given, that decodes it",
        "without a warning (a value in its ranges and lists), or else of the first that decodes it.",
        "The lines below read differently in two profiles, so for them the order may matter. Lines",
        "both profiles define alike (`OK`, `ERROR`, ...) are not listed.",
        "",
    ]
    if not rows:
        lines.append("No conflicts among: " + ", ".join(p.name for p in profiles) + ".")
    else:
        lines += ["| profile | message | where | reads | | other profile | message | where | reads |",
                  "| --- | --- | --- | --- | --- | --- | --- | --- | --- |"]
        for pa, ma, pb, mb, ta, tb in rows:
            lines.append(f"| {pa.name} | `{ma.id}` | {where(ma)} | `{ta}` | vs | {pb.name} | `{mb.id}` | "
                         f"{where(mb)} | `{tb}` |")
    return "\n".join(lines) + "\n", rows
