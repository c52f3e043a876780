# SPDX-License-Identifier: MIT
"""Completion rules and response times: when a command form is done, and how long each stage may take.

A command ends with its final result, unless its form says `completion:` in the spec: then its OK
only means "accepted", and URC lines complete it (AT+QIOPEN -> +QIOPEN: <connectID>,<err>, matched
on <connectID>). A rule names the URCs that end the command, those that report its progress before
it ends, replies that come a counted number of times before the ending one (AT+QPING), lines that
follow the ending one in a number it gives (+QIURC: "dnsgip",<err>,<IP_count>,... then <IP_count>
address lines), the field that correlates them with the command (or with its answer: the packet id
of +IMQTTPUB:<packet_id>), the values of the command's fields and of the session state for which
the rule holds, and the time the URC may take.

This module resolves the spec's names into message and field indexes (the tables print them), and
`mark()` is the same rules written again in Python: the generator marks each example's events with
what they complete, so the C decoder's "completes" is checked against an independent reading.
"""
from dataclasses import dataclass, field
from typing import Optional

import state as state_mod
from loader import SpecError

ENDS, PROGRESS, REPLY, COUNTED = 0, 1, 2, 3
ROLE_C = {ENDS: "ATC_AWAIT_ENDS", PROGRESS: "ATC_AWAIT_PROGRESS", REPLY: "ATC_AWAIT_REPLY",
          COUNTED: "ATC_AWAIT_COUNTED"}
MAX_AWAIT = 2   # ATC_MAX_AWAIT's default in runtime/atc.h (the tools' and the tests')


@dataclass
class Part:
    urc: object                  # the URC Message
    role: int
    key: int = -1                # the URC's field that repeats the command's key
    value_field: int = -1        # the URC's field whose value must be in `values`
    values: list = field(default_factory=list)   # [(lo, hi)]
    count_field: int = -1        # ENDS: the field giving how many COUNTED lines follow


@dataclass
class Rule:
    cmd: object                  # the command form Message
    line: object
    parts: list = field(default_factory=list)
    key_field: int = -1          # the field (of the command, or of key_resp) whose value correlates
    key_resp: Optional[object] = None   # the answer that gives the key (+IMQTTPUB:<packet_id>)
    count_field: int = -1        # REPLY: the command's field giving the number of replies
    count_default: int = 0
    state: list = field(default_factory=list)    # condition groups on the session state
    conds: list = field(default_factory=list)    # (field, lo, hi, unless) on the command's fields
    ms: int = 0
    ms_field: int = -1
    unit_ms: int = 1
    note: str = ""
    source: str = ""
    index: int = 0

    @property
    def where(self):
        return f"line {self.line}" if self.line else self.source


@dataclass
class Timing:
    cmd: object
    ms: int
    field: int = -1
    unit_ms: int = 1


def _keys(m):
    return [f.param.key if f.param else None for f in m.fields]


def _int(path, line, m, fi, what):
    """Field fi of m, which the runtime reads as an integer."""
    f = m.fields[fi]
    if f.type not in ("int", "hex"):
        raise SpecError(path, line, f"completion: <{f.param.key}> of {m.id} ({what}) must be an integer field")
    return fi


def _value_set(path, line, spec):
    """A value, or a list of values and [lo, hi] pairs -> [(lo, hi)]."""
    items = spec if isinstance(spec, list) else [spec]
    out = []
    for v in items:
        if isinstance(v, int):
            out.append((v, v))
        elif isinstance(v, list) and len(v) == 2 and all(isinstance(x, int) for x in v) and v[0] <= v[1]:
            out.append((v[0], v[1]))
        else:
            raise SpecError(path, line, f"completion: {v!r} is neither a value nor a [lo, hi] pair")
    return out


def _time(path, line, spec, m, default_ms):
    """max_response_time: {ms, field, unit_ms} -> (ms, field index, unit)."""
    if not spec:
        return default_ms, -1, 1
    ms = spec.get("ms", default_ms)
    fi, unit = -1, spec.get("unit_ms", 1)
    if spec.get("field"):
        keys = _keys(m)
        if spec["field"] in keys:
            fi = _int(path, getattr(spec, "line", line), m, keys.index(spec["field"]), "max_response_time")
            hi = max((h for _, h in m.fields[fi].param.ranges), default=None)
            if hi is None or hi * unit >= 1 << 31:
                raise SpecError(path, getattr(spec, "line", line), f"max_response_time: <{spec['field']}> needs a "
                                f"range whose maximum times unit_ms stays below 2^31 ms")
            p = m.fields[fi].param
            if "ms" not in spec and p.default is not None:
                ms = p.default * unit
        elif m.form == "set":
            raise SpecError(path, getattr(spec, "line", line), f"max_response_time: {m.id} has no field <{spec['field']}>")
    return ms, fi, unit


def _urc(path, line, prof, uid):
    m = prof.by_id.get(uid)
    if m is None or m.kind != "urc":
        raise SpecError(path, line, f"completion: {uid!r} is not the id of a URC")
    return m


def _part(path, line, prof, spec, role):
    if isinstance(spec, str):
        spec = {"urc": spec}
    u = _urc(path, getattr(spec, "line", line), prof, spec["urc"])
    part = Part(urc=u, role=role)
    vals = spec.get("values") or {}
    if len(vals) > 1:
        raise SpecError(path, getattr(spec, "line", line), "completion: values: names one field of the URC")
    for k, v in vals.items():
        keys = _keys(u)
        if k not in keys:
            raise SpecError(path, getattr(spec, "line", line), f"completion: {u.id} has no field <{k}>")
        part.value_field = _int(path, getattr(spec, "line", line), u, keys.index(k), "values:")
        part.values = _value_set(path, getattr(spec, "line", line), v)
    return part, spec


def _rule(path, prof, m, spec, defaults):
    line = spec["line"]
    at = getattr(spec, "line", 0) or line
    r = Rule(cmd=m, line=line, note=spec.get("note", ""), source=spec.get("source", ""))
    cmd_keys = _keys(m)
    ends = list(spec.get("ends") or [])
    if spec.get("urc"):
        ends += spec["urc"] if isinstance(spec["urc"], list) else [spec["urc"]]
    if not ends:
        raise SpecError(path, at, f"completion of {m.id}: no URC ends it (urc: or ends:)")
    for e in ends:
        r.parts.append(_part(path, at, prof, e, ENDS)[0])
    for e in spec.get("progress") or []:
        r.parts.append(_part(path, at, prof, e, PROGRESS)[0])
    if spec.get("replies"):
        part, rs = _part(path, at, prof, spec["replies"], REPLY)
        r.parts.append(part)
        count = rs.get("count")
        if isinstance(count, int):
            r.count_default = count
        else:
            if count not in cmd_keys:
                raise SpecError(path, at, f"completion of {m.id}: replies count <{count}> is not a field of it")
            r.count_field = _int(path, at, m, cmd_keys.index(count), "replies count")
            p = m.fields[r.count_field].param
            if p.default is None:
                raise SpecError(path, at, f"completion of {m.id}: <{count}> needs a default: (the count when it is absent)")
            r.count_default = p.default
    if spec.get("lines"):
        part, ls = _part(path, at, prof, spec["lines"], COUNTED)
        r.parts.append(part)
        for e in r.parts:
            if e.role == ENDS:
                keys = _keys(e.urc)
                if ls["count"] not in keys:
                    raise SpecError(path, at, f"completion of {m.id}: {e.urc.id} has no field <{ls['count']}>")
                e.count_field = _int(path, at, e.urc, keys.index(ls["count"]), "lines count")
    # the key: a field of the command, or of its answer (RESPONSE.param)
    for urc_key, src in (spec.get("match") or {}).items():
        if r.key_field >= 0:
            raise SpecError(path, at, f"completion of {m.id}: match: takes one field")
        if "." in src:
            rid, _, pk = src.partition(".")
            resp = prof.by_id.get(rid)
            if resp is None or resp.kind != "response" or m.index not in resp.answer_ids:
                raise SpecError(path, at, f"completion of {m.id}: {rid} is not an answer of it")
            if pk not in _keys(resp):
                raise SpecError(path, at, f"completion of {m.id}: {rid} has no field <{pk}>")
            r.key_resp, r.key_field = resp, _int(path, at, resp, _keys(resp).index(pk), "match")
        else:
            if src not in cmd_keys:
                raise SpecError(path, at, f"completion of {m.id}: it has no field <{src}> to match")
            r.key_field = _int(path, at, m, cmd_keys.index(src), "match")
        for part in r.parts:
            keys = _keys(part.urc)
            if urc_key in keys:
                part.key = _int(path, at, part.urc, keys.index(urc_key), "match")
            elif part.role != COUNTED:
                raise SpecError(path, at, f"completion of {m.id}: {part.urc.id} has no field <{urc_key}> to match")
    for which, neg in (("when", 0), ("unless", 1)):
        for k, v in (spec.get(which) or {}).items():
            if k not in cmd_keys:
                raise SpecError(path, at, f"completion of {m.id}: {which}: <{k}> is not a field of it")
            for lo, hi in _value_set(path, at, v):
                r.conds.append((_int(path, at, m, cmd_keys.index(k), which), lo, hi, neg))
    if spec.get("state"):
        r.state = state_mod.conditions(path, at, spec["state"], prof.states, None)
    r.ms, r.ms_field, r.unit_ms = _time(path, at, spec.get("max_response_time"), m, defaults["completion"])
    return r


def build(prof):
    """The profile's rules (sorted by command) and its stated response times; sets m.rules."""
    path, doc = prof.path, prof.doc
    rt = doc.get("response_times") or {}
    prof.response_times = {k: (rt.get(k) or {}).get("ms", 0) for k in ("final", "prompt", "completion")}
    rules, timings = [], []
    for m in prof.messages:
        m.rules = []
        if m.kind != "command":
            continue
        for spec in (m.completion_spec if isinstance(m.completion_spec, list) else
                     [m.completion_spec] if m.completion_spec else []):
            m.rules.append(_rule(path, prof, m, spec, prof.response_times))
        rules += m.rules
        if m.response_time:
            ms, fi, unit = _time(path, m.spec_line, m.response_time, m, 0)
            timings.append(Timing(cmd=m, ms=ms, field=fi, unit_ms=unit))
    for i, r in enumerate(rules):
        r.index = i
    if len(rules) > 255:
        raise SpecError(path, 1, f"{len(rules)} completion rules; at most 255 (the parser keeps an index byte)")
    if rules and not prof.response_times["completion"]:
        raise SpecError(path, 1, "completion rules need response_times: completion: (the time where a rule states none)")
    return rules, timings


# ---- the same rules over a list of events (the examples' expected JSON) ----

def _resolve(prof, ev):
    """The message an event (as the CLI prints it) is: kind, name, variant, form and field names."""
    names = set((ev.get("fields") or {}).keys())
    for m in prof.messages:
        if m.kind != ev.get("kind") or m.name != ev.get("name"):
            continue
        if (m.variant or None) != ev.get("variant") or (m.kind == "command" and m.form != ev.get("form")):
            continue
        stored = {f.name: f for f in m.fields if f.stored}
        texts = {f"{f.name}_text" for f in m.fields if f.param is not None and f.param.verbose}
        if not names <= set(stored) | texts:
            continue
        if any(f.fixed is not None and ev["fields"].get(f.name) != f.fixed for f in stored.values()):
            continue
        return m
    return None


def _get(m, ev, fi):
    f = m.fields[fi] if 0 <= fi < len(m.fields) else None
    if f is None:
        return None
    v = (ev.get("fields") or {}).get(f.name)
    return v if isinstance(v, int) else None


def _holds_rows(m, ev, rule):
    """when rows: each field present with a value in one of its ranges; unless rows: none holds."""
    by_field = {}
    for fi, lo, hi, neg in rule.conds:
        by_field.setdefault((fi, neg), []).append((lo, hi))
    for (fi, neg), ranges in by_field.items():
        v = _get(m, ev, fi)
        inside = v is not None and any(lo <= v <= hi for lo, hi in ranges)
        if neg and inside:
            return False
        if not neg and not inside:
            return False
    return True


def _prompt_after_ok(m, ev):
    """Does the command's data phase come after its OK (the first rule whose condition holds)?"""
    for r in m.prompt or []:
        wf, wk, wv = r["when_field"], r["when_kind"], r["when_value"]
        if wk == 1 and _get(m, ev, wf) != wv:
            continue
        if wk in (2, 3):
            present = m.fields[wf].name in (ev.get("fields") or {})
            if present != (wk == 2):
                continue
        return not r["none"] and bool(r["after_ok"])
    return False


def mark(prof, events):
    """The name of the command each event completes (or None), as the decoder must print it."""
    effects = state_mod.effects(prof.path, prof.states, prof.messages)
    st = {}
    for s in prof.states:
        for c in range(s.cells):
            st[(s.index, c)] = s.default
    handshake = {h["message"] for h in (prof.passthrough or {}).get("handshake", [])}
    out = []
    pending = None          # (message, event) of the pending command
    nxt = None              # the pending command's rule, armed: dict
    awaits = []
    after_ok = False
    own_ok = False
    for ev in events:
        done = None
        kind = ev.get("kind")
        m = _resolve(prof, ev) if kind not in ("data", "unknown", "error") else None
        was_own = own_ok
        own_ok = False
        if m is None:
            out.append(None)
            continue
        if kind == "command":
            if m.name in handshake and pending is not None:
                out.append(None)
                continue
            pending, nxt = (m, ev), None
            after_ok = _prompt_after_ok(m, ev)
            for r in m.rules:
                if _holds_rows(m, ev, r) and (not r.state or any(
                        all(st[(s, 0)] == v for s, _, v in g) for g in r.state)):
                    key = None
                    if r.key_resp is None and r.key_field >= 0:
                        key = _get(m, ev, r.key_field)
                        if key is None:
                            break
                    left = r.count_default
                    if r.count_field >= 0 and _get(m, ev, r.count_field) is not None:
                        left = _get(m, ev, r.count_field)
                    nxt = {"rule": r, "key": key, "wants": r.key_resp is not None, "left": left,
                           "counting": False, "done": False}
                    break
            out.append(None)
            continue
        ends = kind == "final" or "ATC_M_ENDS_COMMAND" in m.flags
        if pending is not None and not (was_own and m.name == "OK" and kind == "final"):
            if kind == "response" and nxt and nxt["wants"] and m is nxt["rule"].key_resp:
                nxt["key"], nxt["wants"] = _get(m, ev, nxt["rule"].key_field), False
            if ends:
                error = "ATC_M_ERROR" in m.flags
                if not error and after_ok:
                    after_ok = False
                    out.append(None)
                    continue
                if not error:
                    for e in effects:
                        if e.msg == pending[0].index and e.on == 1:
                            v = _get(pending[0], pending[1], e.field) if e.field >= 0 else None
                            if v is None:
                                if e.field >= 0 and not e.fallback:
                                    continue
                                v = e.value
                            ix = _get(pending[0], pending[1], e.index_field) if e.index_field >= 0 else 0
                            if ix is None:
                                continue
                            st[(e.state, ix)] = v if 0 <= v < 3 else 3
                if not error and nxt and not nxt["done"] and not nxt["wants"]:
                    awaits = [a for a in awaits if not (a["rule"] is nxt["rule"] and a["key"] == nxt["key"])]
                    if len(awaits) < MAX_AWAIT:
                        awaits.append(nxt)
                elif not (not error and nxt and nxt["done"]):
                    done = pending[0].name
                pending, nxt = None, None
                out.append(done)
                continue
        if kind == "urc":
            if "ATC_M_RESTART" in m.flags:
                pending, nxt, awaits = None, None, []
            else:
                cands = ([nxt] if nxt and not nxt["done"] and not nxt["wants"] else []) + awaits
                for a in cands:
                    role = _match(a, m, ev)
                    if role is None:
                        continue
                    r = a["rule"]
                    finished = False
                    if role == ENDS:
                        part = next(p for p in r.parts if p.urc is m and p.role == ENDS)
                        n = _get(m, ev, part.count_field) if part.count_field >= 0 else None
                        if n:
                            a["counting"], a["left"] = True, n
                        else:
                            finished = True
                    elif role == REPLY:
                        if a["left"] > 0:
                            a["left"] -= 1
                        else:
                            finished = True
                    elif role == COUNTED:
                        a["left"] -= 1
                        finished = a["left"] <= 0
                    if finished:
                        done = r.cmd.name
                        if a is nxt:
                            a["done"] = True
                        else:
                            awaits.remove(a)
                    break
            if "ATC_M_OWN_OK" in m.flags:
                own_ok = True
        out.append(done)
    return out


def _match(a, m, ev):
    """The role the URC event plays for await a, or None."""
    r = a["rule"]
    for p in r.parts:
        if p.urc is not m or (p.role == COUNTED) != a["counting"]:
            continue
        if p.key >= 0 and a["key"] is not None and _get(m, ev, p.key) != a["key"]:
            continue
        if p.value_field >= 0:
            v = _get(m, ev, p.value_field)
            if v is None or not any(lo <= v <= hi for lo, hi in p.values):
                continue
        return p.role
    return None


def with_completes(prof, events):
    """The events with "completes" set where mark() says; an event that states it must agree."""
    out = []
    for ev, done in zip(events, mark(prof, events)):
        if "completes" in ev and ev["completes"] != done:
            raise ValueError(f"event {dict(ev)} says it completes {ev['completes']!r}, the rules say {done!r}")
        e = dict(ev)
        if done:
            e["completes"] = done
        out.append(e)
    return out


def urcs_named(spec):
    """The URC ids a form's completion: entry names (gen/trim.py keeps them with the command)."""
    out = []
    for rule in spec if isinstance(spec, list) else [spec] if spec else []:
        items = list(rule.get("ends") or []) + list(rule.get("progress") or [])
        items += rule["urc"] if isinstance(rule.get("urc"), list) else [rule["urc"]] if rule.get("urc") else []
        items += [rule[k] for k in ("replies", "lines") if rule.get(k)]
        out += [i if isinstance(i, str) else i["urc"] for i in items]
    return out
