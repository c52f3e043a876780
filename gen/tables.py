# SPDX-License-Identifier: MIT
"""The tables of a profile, computed from its model: everything the C templates print.

Compact and shared: 16-bit indexes instead of pointers, one pool each for strings, integers and
index lists with identical runs stored once, field descriptors shared between messages whose
fields are written alike, one `atc_field_info` per distinct set of ranges, values and lengths.
Heads (the texts a line begins with) go into a hash table of chains; gen/heads.py computes the
same hash as runtime/atc_util.c.
"""
import re
from dataclasses import dataclass, field

import completion as completion_mod
import heads as heads_mod
import state as state_mod
from loader import SpecError

REPLIES_FROM = 64  # heads with more answers than this use atc_profile.replies (runtime/atc_match.c)
TERM = {"eol": 0, "colon": 1, "equal": 2, "query": 3, "test": 4, "keyword": 5, "headless": 7}
FORM_TERM = {"test": TERM["test"], "read": TERM["query"], "set": TERM["equal"], "exec": TERM["eol"]}
TYPE_NUM = {"literal": 0, "int": 1, "hex": 2, "string": 3, "token": 4, "text": 5, "supported": 6, "float": 7,
            "dynamic": 8}
NO16 = 0xFFFF


class Pool:
    """A pool of sequences, each stored once; index() gives where a sequence begins."""

    def __init__(self, first=()):
        self.items = list(first)
        self.seen = {}

    def add(self, seq):
        seq = tuple(seq)
        if not seq:
            return 0
        if seq in self.seen:
            return self.seen[seq]
        # a sequence already present as a run
        n = len(seq)
        for i in range(len(self.items) - n + 1):
            if tuple(self.items[i:i + n]) == seq:
                self.seen[seq] = i
                return i
        at = len(self.items)
        self.items.extend(seq)
        self.seen[seq] = at
        return at


class Text:
    """NUL-separated strings; offset 0 is the empty string (so 0 means 'none')."""

    def __init__(self):
        self.data = "\0"
        self.at = {"": 0}

    def add(self, s):
        if s in self.at:
            return self.at[s]
        i = self.data.find(s + "\0")
        if i >= 0 and s and (i == 0 or self.data[i - 1] == "\0"):
            self.at[s] = i
            return i
        off = len(self.data)
        self.data += s + "\0"
        self.at[s] = off
        return off

    def literal(self):
        """The pool as C string literal pieces, one string a line."""
        parts = self.data.split("\0")[:-1]
        return parts


@dataclass
class Info:
    name: str
    max_len: int = 0
    ranges: int = 0
    values: int = 0
    label: int = 0
    nranges: int = 0
    nvalues: int = 0
    fmt: int = 0
    flags: list = field(default_factory=list)
    type_from: int = -1
    max_count: int = 0
    doc: str = ""

    def key(self):
        return (self.max_len, self.ranges, self.values, self.label, self.nranges, self.nvalues, self.fmt,
                tuple(self.flags), self.type_from, self.max_count)


@dataclass
class Row:
    """One atc_field_desc row."""
    macro: str            # ATC_FIELD, ATC_FIELD_OPT, ATC_FIELD_LIST, ATC_FIELD_VERBOSE, ATC_LITERAL
    member: str
    type_c: str
    flags_c: str
    info: str             # the info's enum name
    name: str             # JSON name ("" for literals)
    comment: str


@dataclass
class Head:
    text: str             # upper case
    term: int
    parent: int = NO16
    flags: list = field(default_factory=list)
    cands: list = field(default_factory=list)   # message indexes, in try order
    nresp: int = 0
    nrest: int = 0
    cands_at: int = 0
    next: int = NO16
    label: str = ""       # for the comment


def struct_layout(m):
    """The members of message m's struct, in order: (C type, name, comment). has_ flags and list
    counts come first, so their offsets fit the descriptor's byte."""
    stored = [f for f in m.fields if f.stored]
    out = []
    for f in stored:
        if f.optional and not f.is_list:
            out.append(("bool", f"has_{f.name}", ""))
    for f in stored:
        if f.is_list:
            out.append(("uint8_t", f"{f.name}_count", f"1..{f.param.max_count}"))
    for f in stored:
        dim = f"[{f.param.max_count}]" if f.is_list else ""
        if f.type in ("int", "hex"):
            ctype = "uint32_t" if f.param.unsigned else "int32_t"
            out.append((ctype, f"{f.name}{dim}", getattr(f, "enum_comment", "")))
            if f.param.verbose:
                out.append(("atc_str", f"{f.name}_text", "the code's text when the module printed it (AT+CMEE=2)"))
        else:
            out.append(("atc_str", f"{f.name}{dim}", ""))
    return out


def struct_size64(m):
    """An upper bound of sizeof the struct on any target (64-bit pointers)."""
    size = 0
    for ctype, name, _ in struct_layout(m):
        n = 1
        mm = re.search(r"\[(\d+)\]", name)
        if mm:
            n = int(mm.group(1))
        if ctype in ("bool", "uint8_t"):
            size += n
        elif ctype in ("int32_t", "uint32_t"):
            size = (size + 3) // 4 * 4 + 4 * n
        else:
            size = (size + 7) // 8 * 8 + 16 * n
    return max(8, (size + 7) // 8 * 8)


def head_keys(m, dialect):
    """The heads a message's line can begin with: (text, term, glued) for each spelling."""
    if m.kind == "command":
        if m.text:
            return [(m.text, TERM["eol"], "")]
        return [(f"AT+{n}", FORM_TERM[m.form], "index" if m.nindex else "") for n in m.names]
    out = []
    for n in m.names:
        if "ATC_M_PROMPT" in m.flags:
            continue
        core = n.rstrip(" ")
        if core == "":
            out.append(("", TERM["headless"], ""))
        elif core.endswith(":"):
            out.append((core[:-1].rstrip(" "), TERM["colon"], ""))
        elif core.endswith("="):
            out.append((core[:-1], TERM["equal"], ""))
        elif m.glued:
            out.append((core, TERM["eol"], "value"))
        else:
            out.append((core, TERM["eol"], ""))
            if not m.fields and core.startswith("+"):
                out.append((core, TERM["colon"], ""))   # +IMQTTPINGRSP: with a colon
    return out


def display_syntax(m):
    """The message's line as its document writes it: AT+SOCK<m><n>=<protocol>,..., +QIOPEN: <a>,<b>."""
    if m.kind == "command":
        if m.text:
            return m.text
        idx = "".join(f"[<{f.name}>]" if f.optional else f"<{f.name}>" for f in m.fields if f.index)
        suffix = {"test": "=?", "read": "?", "set": "=", "exec": ""}[m.form]
        return f"AT+{m.name}{idx}{suffix}{m.syntax}"
    return f"{m.prefix}{m.syntax}"


def rank(m):
    return 0 if m.kind == "response" else (2 if m.kind == "command" else 1)


def keyword_of(m):
    """The keyword literal that chooses the variant (first field after indexes), or None."""
    for f in m.fields:
        if f.index:
            continue
        if f.type == "literal" and f.tag < 0:
            return f.literal.strip('"')
        return None
    return None


class Tables:
    def __init__(self, prof, enums):
        self.p = prof
        self.P = prof.name.upper()
        self.text = Text()
        self.ints = Pool()
        self.strs = Pool()
        self.ids = Pool()
        self.infos = []
        self.info_by_key = {}
        self.rows = []
        self.msg_fields = {}      # message index -> first row
        self.shapes = Pool()
        self.msgs = []
        self.heads = []
        self.conds = []
        self.prompts = []
        self.payloads = []
        self.enums = enums
        self.build()
        self.build_completion()

    # ---- infos ----

    def info_for(self, m, f):
        p = f.param
        inf = Info(name="")
        base = "LIT" if f.type == "literal" else (p.key if p else f.name)
        if f.type == "literal":
            inf.values = self.strs.add([self.text.add(f.literal)])
            inf.nvalues = 1
            base = "LIT_" + f.literal.strip('"')
        else:
            if f.label:
                inf.label = self.text.add(f.label)
            if f.type in ("int", "hex"):
                rng = f.ranges
                if p.verbose:
                    tables = ([p.table] if isinstance(p.table, str) else list(p.table)) if p.table else []
                    codes = [c for t in tables for c in self.p.errors[t]["codes"]]
                    rng = [(c["code"], c["code"]) for c in codes] or rng
                    inf.values = self.strs.add([self.text.add(c["text"]) for c in codes])
                    inf.nvalues = len(codes)
                    inf.flags.append("ATC_I_VERBOSE")
                if rng:
                    inf.ranges = self.ints.add([v for lo, hi in rng for v in (lo, hi)])
                    inf.nranges = len(rng)
                if p.unsigned:
                    inf.flags.append("ATC_I_UNSIGNED")
                if f.fixed is not None:
                    inf.flags.append("ATC_I_FIXED")
                inf.fmt = f.fmt
            elif f.type == "dynamic":
                pairs = f.dyn
                inf.values = self.ints.add([x for v, t in sorted(p.types.items())
                                            for x in (v, TYPE_NUM[t])])
                inf.nvalues = len(pairs)
                inf.type_from = f.type_from
            else:
                inf.max_len = p.max_len if p else 0
                if isinstance(p.values, list):
                    inf.values = self.strs.add([self.text.add(v) for v in p.values])
                    inf.nvalues = len(p.values)
                inf.fmt = f.fmt
                if p.case:
                    inf.flags.append("ATC_I_CASE")
            if f.is_list:
                inf.max_count = p.max_count
            if f.group:
                inf.flags.append("ATC_I_GROUP")
            if p is not None and p.rest:
                inf.flags.append("ATC_I_REST")
            plain_int = (f.type == "int" and not f.label and f.fixed is None and not p.verbose and not p.empty
                         and not f.is_list and not p.unsigned and m.payload_field != m.fields.index(f))
            plain_str = (f.type in ("string", "token") and not f.label and not p.format and p.values is None
                         and not p.empty and not f.is_list and not p.rest)
            if plain_int or plain_str:
                inf.flags.append("ATC_I_PLAIN")
        key = inf.key()
        if key in self.info_by_key:
            return self.info_by_key[key]
        name = re.sub(r"[^A-Za-z0-9]+", "_", base).strip("_").upper() or "NONE"
        taken = {i.name for i in self.infos}
        cand, n = f"ATC__{self.P}_I_{name}", 2
        while cand in taken:
            cand = f"ATC__{self.P}_I_{name}_{n}"
            n += 1
        inf.name = cand
        self.infos.append(inf)
        self.info_by_key[key] = inf
        return inf

    # ---- fields ----

    def rows_for(self, m):
        st = f"atc_{self.p.name}_{m.lower}"
        rows = []
        for f in m.fields:
            inf = self.info_for(m, f)
            flags = [n for n, on in (("ATC_F_OPTIONAL", f.optional and not f.is_list), ("ATC_F_LIST", f.is_list),
                                     ("ATC_F_EMPTY", f.param is not None and f.param.empty),
                                     ("ATC_F_INDEX", f.index)) if on]
            if f.type == "literal":
                rows.append(Row("ATC_LITERAL", "", "", "", inf.name, "", f.literal))
                continue
            macro = "ATC_FIELD"
            if f.is_list:
                macro = "ATC_FIELD_LIST"
            elif f.param.verbose:
                macro = "ATC_FIELD_VERBOSE"
            elif f.optional:
                macro = "ATC_FIELD_OPT"
            rows.append(Row(macro, f.name, f"ATC_T_{f.type.upper()}", " | ".join(flags) or "0", inf.name, f.name,
                            f"<{f.param.key}>"))
        layout = tuple(struct_layout(m))
        key = (tuple((r.macro, r.member, r.type_c, r.flags_c, r.info) for r in rows), layout)
        return st, rows, key

    # ---- conditions ----

    def cond_list(self, groups):
        """Append a condition list; returns its index (0xFFFF for none)."""
        if not groups:
            return NO16
        at = len(self.conds)
        for gi, g in enumerate(groups):
            for ci, (stt, fi, v) in enumerate(g):
                last = 0
                if ci == len(g) - 1:
                    last = 2 if gi == len(groups) - 1 else 1
                self.conds.append((stt, fi, v, last))
        return at

    # ---- everything ----

    def build(self):
        p = self.p
        path = p.path
        seen_rows = {}
        if len(p.messages) >= 8192:  # ATC__JOINED keeps a message id in 13 bits (runtime/atc.h)
            raise SpecError(path, 0, f"{len(p.messages)} messages; a profile has at most 8191")
        for m in p.messages:
            st, rows, key = self.rows_for(m)
            if not rows:
                self.msg_fields[m.index] = (0, st, None)
                continue
            if key in seen_rows:
                self.msg_fields[m.index] = seen_rows[key]
            else:
                at = len(self.rows)
                seen_rows[key] = (at, st, m)
                self.msg_fields[m.index] = seen_rows[key]
                for r in rows:
                    r.st = st
                    self.rows.append(r)
        # per message: shapes, answers/prompts, payloads
        self.effects = state_mod.effects(path, p.states, p.messages)
        for m in p.messages:
            shapes = []
            plain = [i for i, f in enumerate(m.fields) if not f.index and f.tag < 0]
            for sh in m.shapes:
                count = len([i for i in sh if i in plain])
                opened = any(m.fields[i].is_list or m.fields[i].type == "text" or
                             (m.fields[i].param is not None and m.fields[i].param.rest) for i in sh)
                if sh and m.fields[sh[-1]].param is not None and m.fields[sh[-1]].param.verbose:
                    opened = True  # an error text may hold commas: "activation rejected, unspecified"
                if sh and m.fields[sh[-1]].type == "text":
                    opened = 2   # ends in text, which may be empty: one value fewer is enough
                only = [i for i in sh if i in plain]
                if (not opened and count == 1 and m.tag_first < 0 and m.fields[only[0]].param is not None
                        and m.fields[only[0]].param.empty):
                    opened = 3   # its one value may be empty and left out: AT+CCLK=
                if m.tag_first >= 0:
                    count += 2
                    opened = True
                shapes.append((sum(1 << i for i in sh), count, int(opened)))
            shapes.sort(key=lambda x: x[1])
            m.shape_rows = shapes
            m.shapes_at = self.shapes.add(shapes)
            m.variable = m.tag_first >= 0 or any(f.is_list or f.type == "text" or (f.param is not None and f.param.rest)
                                                 for f in m.fields)
            m.max_count = 255 if any(o in (1, 2) for _, _, o in shapes) else max((c for _, c, _ in shapes), default=0)
            flags = list(m.flags)
            if m.variable:
                flags.append("ATC_M_VARIABLE")
            if m.kind == "response" and m.answers and all(a.endswith(".test") for a in m.answers):
                flags.append("ATC_M_TEST_ANSWER")
            m.answers_at, m.nanswers = 0, 0
            if m.kind == "command" and m.prompt:
                m.answers_at = len(self.prompts)
                m.nanswers = len(m.prompt)
                for r in m.prompt:
                    echo = 0xFF
                    if r.get("echo"):
                        names = {s.name: s for s in p.states}
                        if r["echo"] not in names:
                            raise SpecError(path, r["spec_line"], f"prompt echo: {r['echo']!r} is not in state:")
                        echo = names[r["echo"]].index
                    hexc = NO16
                    if r.get("hex_when"):
                        groups = state_mod.conditions(path, r["spec_line"], r["hex_when"], p.states, None)
                        hexc = self.cond_list(groups)
                    self.prompts.append(dict(r, terminator_at=self.text.add(r["terminator"]) if r["terminator"] else 0,
                                             echo_state=echo, hex=hexc, msg=m.id))
            elif m.answer_ids:
                m.answers_at = self.ids.add(m.answer_ids)
                m.nanswers = len(m.answer_ids)
            m.extra = 0
            if m.payload_field >= 0:
                flags.append("ATC_M_PAYLOAD")
                ps = m.payload_spec

                def cond(key):
                    if not ps.get(key):
                        return NO16
                    return self.cond_list(state_mod.conditions(path, m.spec_line, ps[key], p.states, m))
                m.extra = len(self.payloads)
                self.payloads.append(dict(field=m.payload_field, inline_after=0, max_len=m.payload_max,
                                          when=cond("when"), inline_when=cond("inline_when"),
                                          hex_when=cond("hex_when"), msg=m.id))
            if any(e.msg == m.index for e in self.effects):
                flags.append("ATC_M_SETS_STATE")
            m.flags_c = " | ".join(dict.fromkeys(flags)) or "0"
        # heads
        by_key = {}
        headless = []
        for m in p.messages:
            for text, term, glued in head_keys(m, p.doc["dialect"]):
                if term == TERM["headless"]:
                    headless.append(m)
                    continue
                k = (text.upper(), term)
                if k not in by_key:
                    by_key[k] = Head(text=text.upper(), term=term, label=text)
                    self.heads.append(by_key[k])
                h = by_key[k]
                if m.index not in h.cands:
                    h.cands.append(m.index)
                if glued == "index" and "ATC_H_GLUED" not in h.flags:
                    h.flags.append("ATC_H_GLUED")
                if glued == "value" and "ATC_H_GLUED_VALUE" not in h.flags:
                    h.flags.append("ATC_H_GLUED_VALUE")
        msgs = p.messages

        def order(cands):
            c = sorted(cands, key=lambda i: (rank(msgs[i]), i))
            return c, sum(1 for i in c if rank(msgs[i]) == 0), sum(1 for i in c if rank(msgs[i]) == 1)

        keyword_heads = []
        for hi, h in enumerate(list(self.heads)):
            kws = {}
            for i in h.cands:
                kw = keyword_of(msgs[i])
                if kw is not None:
                    kws.setdefault(kw.upper(), []).append(i)
            if kws:
                h.flags.append("ATC_H_KEYWORDS")
                plain = [i for i in h.cands if keyword_of(msgs[i]) is None]
                for kw, lst in kws.items():
                    kh = Head(text=kw, term=TERM["keyword"], parent=hi, cands=lst + plain, label=kw)
                    keyword_heads.append(kh)
        self.heads.extend(keyword_heads)
        self.headless = NO16
        if headless:
            self.headless = len(self.heads)
            self.heads.append(Head(text="", term=TERM["headless"], cands=[m.index for m in headless],
                                   label="(no head)"))
        for h in self.heads:
            # (responses first, by message index: the runtime binary-searches them, atc__is_cand)
            h.cands, h.nresp, h.nrest = order(h.cands)
            h.cands_at = self.ids.add(h.cands)
        # A head shared by the answers of many commands (USR's +OK=): each command form lists its
        # answers, [count, ids...], so that the pending one's are found without trying them all.
        self.replies = None
        if any(h.nresp > REPLIES_FROM for h in self.heads):
            by_cmd = {}
            for m in p.messages:
                if m.kind == "response":
                    for c in m.answer_ids:
                        by_cmd.setdefault(c, []).append(m.index)
            self.replies = [self.ids.add([len(by_cmd[m.index])] + by_cmd[m.index]) if m.index in by_cmd else NO16
                            for m in p.messages]
            if len(h.text) > 255:
                raise SpecError(path, 1, f"head {h.text!r} is longer than 255 bytes")
        # the hash table of heads (not the headless pseudo-head)
        hashed = [h for h in self.heads if h.term != TERM["headless"]]
        bits = max(1, (len(hashed) - 1).bit_length())
        self.slot_bits = bits
        self.slots = [NO16] * (1 << bits)
        tails = {}
        for i, h in enumerate(self.heads):
            if h.term == TERM["headless"]:
                continue
            seed = h.term + ((h.parent + 1) << 4 if h.parent != NO16 else 0)
            s = heads_mod.hash_head(h.text, seed) >> (32 - bits)
            if self.slots[s] == NO16:
                self.slots[s] = i
            else:
                self.heads[tails[s]].next = i
            tails[s] = i
        self.keys = Text()
        for h in self.heads:
            h.text_at = self.keys.add(h.text) if h.text else 0
        self.glued = any("ATC_H_GLUED" in h.flags or "ATC_H_GLUED_VALUE" in h.flags for h in self.heads)
        # V.250 5.2.1: commands joined by ';' on one line (USR values are bare text that may hold one)
        self.joined = p.doc["dialect"] == "v250"
        self.flags = " | ".join([f for f, on in (("ATC_P_GLUED", self.glued), ("ATC_P_HEADLESS", self.headless != NO16),
                                               ("ATC_P_JOINED", self.joined)) if on]) or "0"
        # prefixes for the encoders
        for m in p.messages:
            m.prefix_at = self.text.add(m.prefix)
        # transparent mode, and passthrough (USR)
        self.escape = self.text.add(p.transparent["escape"]) if p.transparent else 0
        self.enter_cmd = self.escape_cmd = None
        self.handshake = []
        self.passthrough_state = 0xFF
        if p.passthrough:
            pt = p.passthrough

            def msg_of(ref, line):
                name, _, form = ref.partition(".")
                for m in p.messages:
                    if m.name == name and (m.form == form if form else True):
                        return m
                raise SpecError(path, line, f"passthrough: no message {ref!r}")
            esc = msg_of(pt["escape"], pt["line"])
            self.escape_cmd = esc.index
            self.escape = self.text.add(esc.prefix)
            self.enter_cmd = msg_of(pt["enter"], pt["line"]).index
            for st in pt["handshake"]:
                m = msg_of(st["message"], st.get("line", pt["line"]))
                self.handshake.append((m.index, self.text.add(st.get("text", m.prefix)), int(st.get("optional", False)),
                                       m.id))
            self.passthrough_state = next(s.index for s in p.states if s.name == "passthrough")
        leave = [m.prefix for m in p.messages if "ATC_M_LEAVES_DATA" in m.flags]
        self.leave = self.strs.add([self.text.add(x) for x in leave]) if leave else 0
        self.nleave = len(leave)
        self.msg_prompt = next((m.index for m in p.messages if "ATC_M_PROMPT" in m.flags), None)
        self.msg_ok = next((m.index for m in p.messages if m.kind == "final" and m.name == "OK"), None)
        # names
        self.names = Text()
        for m in p.messages:
            m.name_at = self.names.add(m.name)
            m.variant_at = self.names.add(m.variant) if m.variant else 0
        for r in self.rows:
            r.name_at = self.names.add(r.name) if r.name else 0
        for m in p.messages:
            m.syntax_at = self.names.add(display_syntax(m))
        # state
        self.state_bytes = state_mod.state_bytes(p.states)
        self.max_fields = max((len(m.fields) for m in p.messages), default=0)

    # ---- the command engine: completion rules and response times (gen/completion.py) ----

    def build_completion(self):
        p = self.p
        self.parts = []
        self.completions = []
        for r in p.rules:
            at = len(self.parts)
            for part in r.parts:
                vals = self.ints.add([v for lo, hi in part.values for v in (lo, hi)]) if part.values else 0
                self.parts.append(dict(urc=part.urc.id, vals=vals, key=part.key, value_field=part.value_field,
                                       count_field=part.count_field, nvalues=len(part.values),
                                       role=completion_mod.ROLE_C[part.role]))
            conds = self.ints.add([v for row in r.conds for v in row]) if r.conds else 0
            self.completions.append(dict(cmd=r.cmd.id, parts=at, key_resp=r.key_resp.id if r.key_resp else None,
                                         when=self.cond_list(r.state), cmd_conds=conds,
                                         count_default=r.count_default, unit_ms=r.unit_ms, ms=r.ms,
                                         key_field=r.key_field, count_field=r.count_field, ms_field=r.ms_field,
                                         nparts=len(r.parts), ncmd_conds=len(r.conds), where=r.where))
        self.timings = [dict(cmd=t.cmd.id, ms=t.ms, field=t.field, unit_ms=t.unit_ms) for t in p.timings]
        self.response_times = p.response_times
