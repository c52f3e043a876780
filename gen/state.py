# SPDX-License-Identifier: MIT
"""Session state: the settings a module keeps that change what its lines mean.

A spec's `state:` section names each setting (AT+QISDE's data echo, AT+QICFG="recvind", the access
mode of each socket), its values and default, and the commands that set it. Messages refer to the
settings in conditions: `when: [{recvind: 0}, {access_mode: 1}]` holds when any of its groups
holds, a group when all its settings have those values. An indexed setting (`per: connectID`) is
read in the cell that the message's own field of that parameter chooses.

This module resolves the names into indexes; the runtime keeps the values (2-bit cells, so a
setting has at most three values, the fourth meaning "not known").
"""
from dataclasses import dataclass, field
from typing import Optional

from loader import SpecError

UNKNOWN = 3


@dataclass
class State:
    name: str                 # snake_case, the C enum and the spec's key
    index: int
    line: int
    cells: int = 1            # indexed state: one cell per value of `per`
    per: Optional[str] = None # the parameter (key) whose value chooses the cell
    default: int = UNKNOWN
    values: dict = field(default_factory=dict)   # {value: name}
    doc: str = ""
    note: str = ""
    source: str = ""
    first_cell: int = 0
    set_by: list = field(default_factory=list)   # the spec's entries


@dataclass
class Effect:
    msg: int                  # message index of the command form
    state: int
    field: int                # field whose value is stored, -1: `value`
    index_field: int          # indexed state: the field choosing the cell, -1
    value: int
    on: int                   # 0: when decoded, 1: at its OK
    fallback: int = 0         # 1: `value` is stored when the field is absent


def build_states(path, doc):
    states = []
    cell = 0
    for i, (name, d) in enumerate((doc.get("state") or {}).items()):
        line = getattr(d, "line", 0)
        values = {int(k): v for k, v in (d.get("values") or {}).items()}
        if values and (min(values) < 0 or max(values) > 2):
            raise SpecError(path, line, f"state {name}: values must be 0, 1 or 2 (a 2-bit cell; 3 is 'not known')")
        default = d.get("default", UNKNOWN)
        if isinstance(default, str):
            inv = {v: k for k, v in values.items()}
            if default not in inv:
                raise SpecError(path, line, f"state {name}: default {default!r} is not one of its values")
            default = inv[default]
        cells = d.get("cells", 1)
        if d.get("per") and cells < 2:
            raise SpecError(path, line, f"state {name}: an indexed state (per:) needs cells:")
        st = State(name=name, index=i, line=d["line"], cells=cells, per=d.get("per"), default=default,
                   values=values, doc=d.get("doc", ""), note=d.get("note", ""), source=d.get("source", ""),
                   first_cell=cell,
                   set_by=list(d.get("set_by") or []))
        cell += cells
        states.append(st)
    return states


def state_bytes(states):
    cells = sum(s.cells for s in states)
    return (cells + 3) // 4


def _value(path, line, st, v):
    if isinstance(v, str):
        inv = {n: k for k, n in st.values.items()}
        if v not in inv:
            raise SpecError(path, line, f"state {st.name}: {v!r} is not one of its values")
        return inv[v]
    if not isinstance(v, int) or not 0 <= v <= 2:
        raise SpecError(path, line, f"state {st.name}: value {v!r} must be 0, 1 or 2")
    return v


def conditions(path, line, spec, states, m):
    """A condition list -> groups of (state, field, value); field is the message's field that
    chooses the cell of an indexed state, -1 otherwise."""
    by_name = {s.name: s for s in states}
    groups = spec if isinstance(spec, list) else [spec]
    out = []
    keys = [f.param.key if f.param else None for f in m.fields] if m is not None else []
    for g in groups:
        if not isinstance(g, dict) or not g:
            raise SpecError(path, line, "a condition is a mapping of state: value, or a list of them")
        conds = []
        for name, v in g.items():
            if name not in by_name:
                raise SpecError(path, line, f"condition on {name!r}, which is not in state:")
            st = by_name[name]
            fi = -1
            if st.per:
                if st.per not in keys:
                    raise SpecError(path, line, f"state {name} is per <{st.per}>, which {m.id if m else 'this'} has not")
                fi = keys.index(st.per)
            conds.append((st.index, fi, _value(path, line, st, v)))
        out.append(conds)
    return out


def effects(path, states, messages):
    """The spec's set_by entries -> Effects, sorted by message."""
    cmds = {}
    for m in messages:
        if m.kind == "command":
            key = f"{m.name}.{m.form}" + (f"/{m.variant}" if m.variant else "")
            cmds.setdefault(key, []).append(m)
    out = []
    for st in states:
        for e in st.set_by:
            line = getattr(e, "line", st.line)
            target = cmds.get(e["command"])
            if not target:
                raise SpecError(path, line, f"state {st.name}: set_by names {e['command']!r}, no such command form")
            for m in target:
                keys = [f.param.key if f.param else None for f in m.fields]
                fi, ix = -1, -1
                if "field" in e:
                    if e["field"] not in keys:
                        raise SpecError(path, line, f"state {st.name}: {m.id} has no field <{e['field']}>")
                    fi = keys.index(e["field"])
                value = _value(path, line, st, e["value"]) if "value" in e else 0
                if "field" not in e and "value" not in e:
                    raise SpecError(path, line, f"state {st.name}: set_by needs field: or value:")
                if st.per:
                    key = e.get("index", st.per)
                    if key not in keys:
                        raise SpecError(path, line, f"state {st.name}: {m.id} has no field <{key}> to choose the cell")
                    ix = keys.index(key)
                out.append(Effect(msg=m.index, state=st.index, field=fi, index_field=ix, value=value,
                                  on=0 if e.get("at") == "decode" else 1,
                                  fallback=int("field" in e and "value" in e)))
    return sorted(out, key=lambda x: (x.msg, x.state))
