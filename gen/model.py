# SPDX-License-Identifier: MIT
"""The typed model of a profile: built from a loaded spec, checked, then handed to the emitters.

Nothing here writes files; templates only read what this module computes.
"""
import dataclasses
import re
from dataclasses import dataclass, field
from typing import Optional

from loader import SpecError
import completion as completion_mod
import state as state_mod

FORMS = ("test", "read", "set", "exec")
FORM_SUFFIX = {"test": "=?", "read": "?", "set": "=", "exec": ""}
KIND_C = {"command": "ATC_KIND_COMMAND", "response": "ATC_KIND_RESPONSE", "final": "ATC_KIND_FINAL",
          "intermediate": "ATC_KIND_INTERMEDIATE", "urc": "ATC_KIND_URC"}
TYPE_C = {"literal": "ATC_T_LITERAL", "int": "ATC_T_INT", "hex": "ATC_T_HEX", "string": "ATC_T_STRING",
          "token": "ATC_T_TOKEN", "text": "ATC_T_TEXT", "supported": "ATC_T_SUPPORTED",
          "float": "ATC_T_FLOAT", "dynamic": "ATC_T_DYNAMIC"}
MAX_FIELDS = 32


def snake(name):
    """contextID -> context_id, IPv4_address -> ipv4_address."""
    s = re.sub(r"([a-z0-9])([A-Z])", r"\1_\2", name)
    s = re.sub(r"[^A-Za-z0-9]+", "_", s).strip("_")
    return s.lower()


# Names are struct members and JSON keys: no C or C++ keyword, and words apart (snake_case).
C_KEYWORDS = set("""auto break case char const continue default do double else enum extern float for goto if
    inline int long register restrict return short signed sizeof static struct switch typedef union unsigned
    void volatile while bool true false alignas alignof and and_eq asm bitand bitor catch char16_t char32_t
    class compl constexpr const_cast decltype delete dynamic_cast explicit export friend mutable namespace new
    noexcept not not_eq nullptr operator or or_eq private protected public reinterpret_cast static_assert
    static_cast template this thread_local throw try typeid typename using virtual wchar_t xor xor_eq""".split())

# Words of AT command documents that run together in their parameter names (<currentrecvlength>,
# <ipv4pridnsaddr>, <transpktsize>): a name made of two or more of them wants a name: in snake_case.
RUN_TOGETHER_WORDS = set("""acked unacked bytes byte current recv send sent length len data id num mode type addr
    address ip ipv4 ipv6 port time tm timeout size max min total trans pkt packet wait dns pri sec host remote
    local context connect service access err error code state status count ping fin result auto set free msg
    obj res ins value ttl client server user key cert topic qos keep alive flag index ref buf
    rai ack evt view format echo rcv tx rx cid apn band rssi flow ctrl""".split())


def run_together(name):
    """Is name (no '_') two or more of RUN_TOGETHER_WORDS, digits apart? currentrecvlength -> yes."""
    if "_" in name or len(name) < 6:
        return False
    n = len(name)
    best = [None] * (n + 1)   # best[i]: the most words that make name[:i]
    best[0] = 0
    for i in range(n):
        if best[i] is None:
            continue
        for j in range(i + 1, n + 1):
            piece = name[i:j]
            if piece in RUN_TOGETHER_WORDS or piece.isdigit():
                words = best[i] + (0 if piece.isdigit() else 1)
                if best[j] is None or words > best[j]:
                    best[j] = words
    return best[n] is not None and best[n] >= 2


def c_ident(name):
    return re.sub(r"[^A-Za-z0-9]+", "_", name).strip("_").upper()


@dataclass
class Param:
    key: str
    name: str
    type: str
    line: int
    ranges: list = field(default_factory=list)     # [(lo, hi)]
    values: object = None                           # {int: name} or [str]
    default: object = None
    max_len: int = 0
    format: Optional[str] = None
    table: Optional[str] = None
    unit: str = ""
    doc: str = ""
    note: str = ""
    hex_prefix: str = "0x"
    hex_width: int = 0
    hex_lower: bool = False
    type_from: Optional[str] = None
    types: dict = field(default_factory=dict)
    spec_line: int = 0    # where it is written in the spec file (for error messages)
    max_count: int = 0    # lists: how many values the struct holds
    empty: bool = False   # may be empty between two commas
    verbose: bool = False # an error code that AT+CMEE=2 prints as its table's text
    case: bool = False    # allowed values compare with regard to case
    rest: bool = False    # a string that, written bare, runs to the line's end (+CCLK: 18/01/30,09:17:55+32)
    enum: str = ""        # the name of its C enum of values, where two lists share a field name
    source: str = ""      # where it comes from when not a document line (a standard's clause)

    @property
    def where(self):
        return f"line {self.line}" if self.line else self.source

    @property
    def int_like(self):
        return self.type in ("int", "hex")

    @property
    def unsigned(self):
        """A range above INT32_MAX needs a uint32_t (32-bit unsigned ids)."""
        return self.int_like and any(hi > 0x7FFFFFFF for _, hi in self.ranges)


@dataclass
class Field:
    name: str             # snake_case, JSON and C
    type: str             # literal | int | hex | string | token | text | supported
    optional: bool
    param: Optional[Param] = None
    literal: str = ""     # wire text of a literal
    fixed: Optional[int] = None   # <name=value>: the only value this message accepts
    type_from: int = -1   # dynamic: index of the field choosing the type
    label: str = ""       # day:<day>: text written directly before the value
    is_list: bool = False # <v>...: one or more values, at most param.max_count
    group: bool = False   # (<a>,<b>)...: a list whose values come in turns with the group's others
    tag: int = -1         # member of a tagged set {"A",<a> | "B",<b>}: its pair's index
    index: bool = False   # a command name index (AT+SOCK<m><n>), not after the '='

    @property
    def stored(self):
        return self.type != "literal"

    @property
    def flag_c(self):
        flags = [n for n, on in (("ATC_F_OPTIONAL", self.optional), ("ATC_F_LIST", self.is_list),
                                 ("ATC_F_EMPTY", self.param is not None and self.param.empty),
                                 ("ATC_F_INDEX", self.index)) if on]
        return " | ".join(flags) or "0"

    @property
    def ranges(self):
        """The values this field accepts here: a fixed value narrows the parameter's range."""
        if self.fixed is not None:
            return [(self.fixed, self.fixed)]
        return self.param.ranges if self.param else []

    @property
    def fmt(self):
        p = self.param
        if p is None:
            return 0
        if self.type != "hex":
            return {"ipv4": 0x40, "ipv6": 0x80, "ip": 0xC0}.get(p.format, 0)
        return (p.hex_width & 0xF) | (0x10 if p.hex_lower else 0) | (0x20 if p.hex_prefix == "0X" else 0)

    @property
    def dyn(self):
        """(value, C type) pairs of a dynamic field."""
        return [(v, TYPE_C[t]) for v, t in sorted(self.param.types.items())] if self.type == "dynamic" else []


@dataclass
class Message:
    id: str                # C identifier, unique in the profile
    name: str              # wire/JSON name
    kind: str              # command | response | urc | final | intermediate
    line: int
    variant: Optional[str] = None
    form: Optional[str] = None
    prefix: str = ""       # canonical wire prefix
    names: list = field(default_factory=list)    # decode spellings of the name (canonical first)
    fields: list = field(default_factory=list)
    shapes: list = field(default_factory=list)   # lists of field indexes present
    payload_field: int = -1
    payload_max: int = 0
    prompt: Optional[dict] = None
    answers: list = field(default_factory=list)  # 'NAME.form' strings, resolved to messages below
    answer_ids: list = field(default_factory=list)
    multi: bool = False
    flags: list = field(default_factory=list)
    timeout_ms: int = 0
    doc: str = ""
    note: str = ""
    ambiguous_with: list = field(default_factory=list)
    index: int = 0
    syntax: str = ""      # as written in the spec (the document's notation)
    spec_line: int = 0    # where it is written in the spec file (for error messages)
    suffix: str = ""      # indexed commands: the form's suffix, written after the indexes
    text: str = ""        # a command whose whole line is this text
    needs_context: bool = False
    ends_command: bool = False
    payload_after_ok: bool = False
    tag_first: int = -1
    nindex: int = 0
    own_ok: bool = False  # a report followed by an OK of its own (ICA)
    source: str = ""      # where it comes from when not a document line
    payload_spec: dict = field(default_factory=dict)  # the spec's payload: entry
    glued: bool = False   # fields glued to the head text (+ERR<code>)
    completion_spec: object = None   # commands: the form's completion: entry (gen/completion.py)
    response_time: object = None     # commands: the command's max_response_time: entry

    @property
    def lower(self):
        return self.id.lower()

    @property
    def where(self):
        return f"line {self.line}" if self.line else self.source

    def masks(self):
        return [sum(1 << i for i in s) for s in self.shapes]


@dataclass
class Profile:
    name: str
    path: str
    doc: dict
    document: dict
    transparent: Optional[dict]
    params: dict
    errors: dict
    messages: list
    commands: list       # the spec's command entries (for docs)
    examples: list
    states: list = field(default_factory=list)
    passthrough: Optional[dict] = None   # the spec's passthrough: section, resolved in tables.py

    def msg(self, mid):
        return self.by_id[mid]


# ---- syntax strings ----

_TOKEN = re.compile(r'''\s*(?:
      (?P<label>(?:"[^"]*"|[A-Za-z0-9_/.+\-]+:?))(?P<lref><[^>]+>)(?P<llist>\.\.\.)?   # label<param>
    | (?P<ref><[^>]+>)(?P<list>\.\.\.)?                                      # <param> or <param>...
    | (?P<quoted>"[^"]*")
    | (?P<open>\[) | (?P<close>\]) | (?P<comma>,)
    | (?P<topen>\{) | (?P<tclose>\}) | (?P<bar>\|)
    | (?P<gopen>\() | (?P<gclose>\)\.\.\.)                                 # (<a>,<b>)...: a repeated group
    | (?P<bare>[A-Za-z0-9_/.+\-:]+)
)''', re.X)


def parse_syntax(text, err):
    """'<a>[,<b>[,<c>]]' -> nested list of items:
    ('param', key, label, is_list) / ('lit', text) / ('opt', [items]) / ('tagset', [[items], ...]) /
    ('group', [items]): (<a>,<b>)..., the group of parameters repeated, as a query of all topics prints it."""
    pos, stack = 0, [("seq", [])]
    text = text.strip()
    while pos < len(text):
        m = _TOKEN.match(text, pos)
        if not m or m.end() == pos:
            err(f"cannot read syntax at {text[pos:]!r}")
        pos = m.end()
        g = m.groupdict()
        items = stack[-1][1]
        if g["lref"]:
            items.append(("param", g["lref"][1:-1].strip(), g["label"], bool(g["llist"])))
        elif g["ref"]:
            items.append(("param", g["ref"][1:-1].strip(), "", bool(g["list"])))
        elif g["quoted"] or g["bare"]:
            items.append(("lit", g["quoted"] or g["bare"]))
        elif g["open"]:
            stack.append(("opt", []))
        elif g["close"]:
            if stack[-1][0] != "opt":
                err(f"unbalanced ']' in syntax {text!r}")
            group = stack.pop()[1]
            stack[-1][1].append(("opt", group))
        elif g["gopen"]:
            if len(stack) != 1:
                err(f"a repeated group (...)... only at the top of syntax {text!r}")
            stack.append(("group", []))
        elif g["gclose"]:
            if stack[-1][0] != "group":
                err(f"unbalanced ')...' in syntax {text!r}")
            group = stack.pop()[1]
            if not group or any(it[0] != "param" or it[3] for it in group):
                err(f"a repeated group holds parameters only: {text!r}")
            stack[-1][1].append(("group", group))
        elif g["topen"]:
            stack.append(("tagset", []))
            stack.append(("alt", []))
        elif g["bar"]:
            if stack[-1][0] != "alt":
                err(f"'|' outside {{...}} in syntax {text!r}")
            alt = stack.pop()[1]
            stack[-1][1].append(alt)
            stack.append(("alt", []))
        elif g["tclose"]:
            if stack[-1][0] != "alt":
                err(f"unbalanced '}}' in syntax {text!r}")
            alt = stack.pop()[1]
            stack[-1][1].append(alt)
            alts = stack.pop()[1]
            stack[-1][1].append(("tagset", alts))
    if len(stack) != 1:
        err(f"unbalanced '[' or '{{' in syntax {text!r}")
    return stack[0][1]


def flatten(tree, optional=False, out=None, tag=-1):
    """Leaves in order: (kind, value, optional, extra) where extra is (label, is_list, tag group)."""
    out = [] if out is None else out
    for item in tree:
        kind = item[0]
        if kind == "opt":
            flatten(item[1], True, out, tag)
        elif kind == "tagset":
            for i, alt in enumerate(item[1]):
                flatten(alt, True, out, i)
        elif kind == "group":
            for it in item[1]:
                out.append(("param", it[1], optional, (it[2], "group", tag)))
        elif kind == "param":
            out.append(("param", item[1], optional, (item[2], item[3], tag)))
        else:
            out.append(("lit", item[1], optional, ("", False, tag)))
    return out


def expand(tree, start=0):
    """All field-index lists the syntax allows: each optional group present or absent. A tagged
    set is not expanded: its pairs may come in any order, and the decoder places them by tag."""
    results = [[]]
    idx = start
    for item in tree:
        kind = item[0]
        if kind == "opt":
            subs = expand(item[1], idx)
            results = [r for r in results] + [r + s for r in results for s in subs]
            idx += len(flatten(item[1]))
        elif kind == "tagset":
            idx += len(flatten([item]))
        elif kind == "group":
            n = len(item[1])
            results = [r + list(range(idx, idx + n)) for r in results]
            idx += n
        else:
            results = [r + [idx] for r in results]
            idx += 1
    seen, out = set(), []
    for present in sorted(results, key=len):
        t = tuple(present)
        if t not in seen:
            seen.add(t)
            out.append(list(t))
    return out


# ---- building ----

def _param(key, d, path):
    # range: [min, max], or a list of single values and [lo, hi] pairs: [0, [20, 65535]]
    raw = d.get("range", [])
    if len(raw) == 2 and all(isinstance(r, int) for r in raw):
        raw = [raw]
    ranges = [(r, r) if isinstance(r, int) else (r[0], r[1]) for r in raw]
    p = Param(key=key, name=d.get("name") or snake(key), type=d["type"], line=d["line"], ranges=ranges,
              values=d.get("values"), default=d.get("default"), max_len=d.get("max_len", 0),
              format=d.get("format"), table=d.get("table"), unit=d.get("unit", ""), doc=d.get("doc", ""),
              note=d.get("note", ""), hex_prefix=d.get("hex_prefix", "0x"), hex_width=d.get("hex_width", 0),
              hex_lower=d.get("hex_lower", False), type_from=d.get("type_from"),
              types={int(k): v for k, v in d.get("types", {}).items()}, spec_line=getattr(d, "line", 0),
              max_count=d.get("max_count", 0), empty=d.get("empty", False),
              verbose=d.get("verbose", False), case=d.get("case", False), rest=d.get("rest", False), source=d.get("source", ""),
              enum=d.get("enum", ""))
    if p.rest and p.type != "string":
        raise SpecError(path, p.spec_line, f"parameter {key}: rest: goes with a string (one that, bare, runs to the line's end)")
    if p.verbose and p.type != "int":
        raise SpecError(path, p.spec_line, f"parameter {key}: verbose: goes with an int (an error code)")
    if p.type == "dynamic" and not (p.type_from and p.types):
        raise SpecError(path, p.spec_line, f"parameter {key}: type dynamic needs type_from and types")
    if isinstance(p.values, dict):
        p.values = {int(k): v for k, v in p.values.items()}
        if not p.ranges:
            p.ranges = [(v, v) for v in sorted(p.values)]
    if p.values is not None and p.type not in ("int", "hex", "string", "token"):
        raise SpecError(path, p.spec_line, f"parameter {key}: values only go with int, hex, string or token")
    if isinstance(p.values, dict) and not p.int_like:
        raise SpecError(path, p.spec_line, f"parameter {key}: a string parameter lists its values, not a mapping")
    if isinstance(p.values, list) and p.int_like:
        raise SpecError(path, p.spec_line, f"parameter {key}: an integer parameter maps values to names")
    for lo, hi in p.ranges:
        if lo > hi:
            raise SpecError(path, p.spec_line, f"parameter {key}: empty range [{lo}, {hi}]")
    return p


class Builder:
    def __init__(self, path, doc):
        self.path, self.doc = path, doc
        self.params = {k: _param(k, v, path) for k, v in doc.get("params", {}).items()}
        self.errors = doc.get("errors", {})
        self.messages = []

    def err(self, line, msg):
        raise SpecError(self.path, line, msg)

    @staticmethod
    def at(entry):
        """The spec-file line of a mapping (LDict), for error messages."""
        return getattr(entry, "line", 0)

    def resolve(self, key, local, line, as_supported):
        if key in local:
            p = local[key]
        elif key in self.params:
            p = self.params[key]
        else:
            self.err(line, f"parameter <{key}> is not defined (params: or the message's params:)")
        if p.table:
            tables = [p.table] if isinstance(p.table, str) else list(p.table)
            for t in tables:
                if t not in self.errors:
                    self.err(p.spec_line, f"parameter {key}: no error table {t!r}")
            if not p.ranges:
                p.ranges = sorted({(c["code"], c["code"]) for t in tables for c in self.errors[t]["codes"]})
        if as_supported:
            return Param(key=p.key, name=p.name, type="supported", line=p.line, doc=p.doc,
                         max_count=p.max_count, empty=p.empty, spec_line=p.spec_line)
        return p

    def fields(self, syntax, local_spec, line, as_supported=False, max_groups=0):
        self.last_syntax = syntax
        local = {k: _param(k, v, self.path) for k, v in (local_spec or {}).items()}
        tree = parse_syntax(syntax, lambda m: self.err(line, m))
        leaves = flatten(tree)
        fields = []
        for kind, val, opt, (label, is_list, tag) in leaves:
            if kind == "lit":
                fields.append(Field(name="", type="literal", optional=opt, literal=val, tag=tag))
            else:
                key, fixed = val, None
                if "=" in val:
                    key, _, v = val.partition("=")
                    try:
                        fixed = int(v, 0)
                    except ValueError:
                        self.err(line, f"<{val}>: a fixed value must be an integer")
                p = self.resolve(key.strip(), local, line, as_supported)
                if fixed is not None:
                    if not p.int_like:
                        self.err(line, f"<{val}>: only integer parameters take a fixed value")
                    if p.ranges and not any(lo <= fixed <= hi for lo, hi in p.ranges):
                        self.err(line, f"<{val}>: {fixed} is outside the parameter's range")
                group = is_list == "group"
                if group:
                    if not max_groups:
                        self.err(line, "a repeated group (...)... needs max_groups: on the message")
                    if p.type == "text" or p.empty or fixed is not None or label:
                        self.err(line, f"<{key}> in a repeated group: no text, empty value, fixed value or label")
                    p = dataclasses.replace(p, max_count=max_groups)
                elif is_list and not p.max_count:
                    self.err(line, f"<{key}>...: a list needs max_count: on the parameter")
                fields.append(Field(name=p.name, type=p.type, optional=opt or p.empty, param=p, fixed=fixed,
                                    label=label or "", is_list=bool(is_list), tag=tag, group=group))
        if len(fields) > MAX_FIELDS:
            self.err(line, f"{len(fields)} fields; at most {MAX_FIELDS}")
        names = [f.name for f in fields if f.stored]
        for n in names:
            if names.count(n) > 1:
                self.err(line, f"field name {n!r} appears twice; give one parameter another name:")
        tagged = [i for i, f in enumerate(fields) if f.tag >= 0]
        if tagged:
            if tagged != list(range(tagged[0], len(fields))):
                self.err(line, "a tagged set {...} must end the syntax")
            for i in range(tagged[0], len(fields), 2):
                pair = fields[i:i + 2]
                if (len(pair) != 2 or pair[0].type != "literal" or pair[1].type == "literal"
                        or pair[0].tag != pair[1].tag):
                    self.err(line, "each member of a tagged set is one \"tag\",<value> pair")
        grouped = [i for i, f in enumerate(fields) if f.group]
        if grouped and (grouped != list(range(grouped[0], len(fields))) or tagged):
            self.err(line, "a repeated group (...)... must end the syntax")
        for i, f in enumerate(fields):
            if f.is_list and not f.group and i != len(fields) - 1:
                self.err(line, f"list <{f.param.key}>... must be the last field")
            if f.type == "text" and i != len(fields) - 1:
                self.err(line, f"text field {f.name} must be the last field")
            if f.param is not None and f.param.rest and i != len(fields) - 1:
                self.err(line, f"<{f.param.key}> has rest: (bare, it runs to the line's end): it must be the last field")
            if f.type == "dynamic":
                keys = [g.param.key if g.param else None for g in fields[:i]]
                if f.param.type_from not in keys:
                    self.err(line, f"<{f.param.key}> takes its type from <{f.param.type_from}>, "
                                   f"which must come earlier in the same syntax")
                f.type_from = keys.index(f.param.type_from)
        return fields, expand(tree)

    def add(self, m):
        tagged = [i for i, f in enumerate(m.fields) if f.tag >= 0]
        m.tag_first = tagged[0] if tagged else -1
        m.nindex = sum(1 for f in m.fields if f.index)
        if m.needs_context:
            m.flags.append("ATC_M_CONTEXT")
        if m.payload_after_ok:
            m.flags.append("ATC_M_PAYLOAD_AFTER_OK")
        if m.ends_command:
            m.flags.append("ATC_M_ENDS_COMMAND")
        m.syntax = getattr(self, "last_syntax", "") if m.fields else ""
        self.last_syntax = ""
        m.index = len(self.messages)
        self.messages.append(m)
        return m

    def build(self):
        doc = self.doc
        for r in doc.get("results", []):
            m = Message(id=r["name"], name=r["name"], kind=r["kind"], line=r["line"], spec_line=self.at(r),
                        doc=r.get("doc", ""), source=r.get("source", ""),
                        note=r.get("note", ""))
            m.prefix = r["text"]
            m.names = [r["text"]]
            if r.get("syntax"):
                m.fields, m.shapes = self.fields(r["syntax"], r.get("params"), self.at(r))
                # a text that ends in neither ':' nor '=' nor a space is glued to its fields (+ERR4)
                m.glued = not r["text"].rstrip(" ").endswith((":", "=")) and not r["text"].endswith(" ")
            else:
                m.shapes = [[]]
            if r.get("enters") == "transparent":
                m.flags.append("ATC_M_ENTERS_DATA")
            if r.get("leaves") == "transparent":
                m.flags.append("ATC_M_LEAVES_DATA")
            if r.get("error"):
                m.flags.append("ATC_M_ERROR")
            if r.get("prompt"):
                m.flags.append("ATC_M_PROMPT")
            if r.get("ends_command"):
                # CONNECT: the command's answer, after which the module is in data mode
                m.ends_command = True
            self.add(m)
        for c in doc.get("commands", []):
            timeout = c.get("max_response_time", {}).get("ms", 0)
            for form in FORMS:
                fd = c["forms"].get(form)
                if fd is None:
                    continue
                variants = fd.get("variants")
                if variants and form != "set":
                    self.err(self.at(fd), "only a set form has keyword variants")
                if form == "set" and not variants and not fd.get("syntax"):
                    self.err(self.at(fd), f"{c['name']} set form needs syntax: or variants:")
                if form != "set" and fd.get("syntax"):
                    self.err(self.at(fd), f"{c['name']} {form} form takes no parameters")
                for v in variants or [fd]:
                    vid = v.get("variant")
                    mid = f"AT_{c['name']}_{form.upper()}" + (f"_{c_ident(vid)}" if vid else "")
                    m = Message(id=mid, name=c["name"], kind="command", form=form, variant=vid,
                                spec_line=self.at(v),
                                line=v["line"], timeout_ms=timeout, doc=c.get("brief", ""),
                                source=v.get("source", "") or c.get("source", ""),
                                note=v.get("note", ""))
                    m.prefix = f"AT+{c['name']}{FORM_SUFFIX[form]}"
                    m.names = [c["name"]] + list(c.get("aliases", []))
                    if c.get("text"):  # a whole line that is not AT+NAME (USR: +++)
                        if form != "exec" or c.get("index"):
                            self.err(self.at(c), f"{c['name']}: a text: command has only an exec form")
                        m.prefix, m.text = c["text"], c["text"]
                    if v.get("syntax"):
                        m.fields, m.shapes = self.fields(v["syntax"], v.get("params"), self.at(v))
                    else:
                        m.shapes = [[]]
                    if c.get("index"):
                        self.add_index(m, c, form)
                    pr = v.get("prompt") or (fd.get("prompt") if variants else None)
                    if pr:
                        m.prompt = self.prompt(m, pr, self.at(v))
                    m.completion_spec = v.get("completion") or (fd.get("completion") if variants else None)
                    m.response_time = c.get("max_response_time")
                    if m.completion_spec:
                        m.flags.append("ATC_M_AWAITS")
                    self.add(m)
        for section, kind in (("responses", "response"), ("urcs", "urc")):
            for r in doc.get(section, []):
                mid = r.get("id") or r["name"]
                m = Message(id=mid, name=r["name"], kind=kind, variant=r.get("variant"), line=r["line"],
                            source=r.get("source", ""),
                            spec_line=self.at(r),
                            multi=r.get("multi", False), doc=r.get("doc", ""), note=r.get("note", ""))
                m.answers = list(r.get("answers", []))
                default_prefix = "+OK=" if doc["dialect"] == "usr" and kind == "response" else f"+{r['name']}: "
                m.prefix = r.get("prefix", default_prefix)
                # an alias is another spelling of the name, or (beginning with '+') a whole prefix
                m.names = [m.prefix] + [a if a.startswith("+") else f"+{a}: " for a in r.get("aliases", [])]
                # lines that do not say what they answer mean something only while it is pending
                m.needs_context = r.get("needs_context", kind == "response" and m.prefix in ("", "+OK="))
                # USR: "+OK=<values>" is the answer and the final result in one line
                m.ends_command = doc["dialect"] == "usr" and kind == "response" and m.prefix == "+OK="
                if m.needs_context and not m.answers:
                    self.err(self.at(r), f"{mid} needs context but answers no command form")
                test_answer = bool(m.answers) and all(a.endswith(".test") for a in m.answers)
                m.fields, m.shapes = self.fields(r["syntax"], r.get("params"), self.at(r), test_answer,
                                                 r.get("max_groups", 0))
                if m.variant is not None:
                    lits = [f.literal.strip('"') for f in m.fields if f.type == "literal"]
                    if m.variant not in lits:
                        self.err(self.at(r), f"variant {m.variant!r} is not a keyword of its syntax")
                m.own_ok = r.get("own_ok", False)
                if m.own_ok:
                    m.flags.append("ATC_M_OWN_OK")
                if r.get("restart"):
                    # the module (re)started: what was in flight is lost
                    m.flags.append("ATC_M_RESTART")
                if r.get("payload"):
                    m.payload_spec = dict(r["payload"])
                    key = r["payload"]["length"]
                    names = [f.param.key if f.param else None for f in m.fields]
                    if key not in names:
                        self.err(self.at(r), f"payload length <{key}> is not a field of the syntax")
                    m.payload_field = names.index(key)
                    p = m.fields[m.payload_field].param
                    hi = max((h for _, h in p.ranges), default=0)
                    m.payload_max = r["payload"].get("max_len", hi)
                    m.payload_after_ok = r["payload"].get("after") == "OK"
                    if not p.int_like or not m.payload_max:
                        self.err(self.at(r), "payload length must be an integer field with a range or max_len")
                if m.multi:
                    m.flags.append("ATC_M_MULTI")
                self.add(m)
        return self.messages

    def add_index(self, m, c, form):
        """AT+SOCK<m><n>=...: the indexes glued to the name become the first fields."""
        idx_fields = []
        for ix in c["index"]:
            p = Param(key=ix["name"], name=ix["name"], type="token" if ix.get("values") else "int",
                      line=ix["line"], values=list(ix["values"]) if ix.get("values") else None,
                      ranges=[tuple(ix["range"])] if ix.get("range") else [], doc=ix.get("doc", ""),
                      spec_line=self.at(ix))
            if p.type == "token" and any(len(v) != 1 for v in p.values):
                self.err(self.at(ix), f"{c['name']}: a letter index takes one-character values")
            if p.type == "int" and not p.ranges:
                self.err(self.at(ix), f"{c['name']}: a number index needs range:")
            idx_fields.append(Field(name=p.name, type=p.type, optional=ix.get("optional", False), param=p,
                                    index=True))
        n = len(idx_fields)
        tree = []
        for f in idx_fields:
            tree.append(("opt", [("param", f.name, "", False)]) if f.optional else ("param", f.name, "", False))
        idx_shapes = expand(tree)
        m.fields = idx_fields + m.fields
        m.shapes = [a + [i + n for i in b] for a in idx_shapes for b in m.shapes]
        m.prefix = f"AT+{c['name']}"
        m.suffix = FORM_SUFFIX[form]

    def prompt(self, m, pr, line):
        """The data phase rules of a command: a list (first match wins) or one rule with none_when."""
        names = [f.param.key if f.param else None for f in m.fields]

        def idx(key, where):
            if key not in names:
                self.err(self.at(where) or line, f"prompt: <{key}> is not a field of {m.id}")
            return names.index(key)

        def condition(when, where):
            (k, v), = when.items()
            f = idx(k, where)
            if v in ("present", "absent"):
                if not m.fields[f].optional:
                    self.err(self.at(where) or line, f"prompt: <{k}> is not optional, so it is always present")
                return f, (2 if v == "present" else 3), 0
            return f, 1, int(v)

        def rule(r, none=False):
            term = r.get("terminator")
            cancel = r.get("cancel")
            if cancel and len(cancel) != 1:
                self.err(self.at(r) or line, "prompt: cancel is one byte")
            return {"when_field": -1, "when_kind": 0, "when_value": 0, "none": int(none),
                    "after_ok": int(r.get("after") == "OK"),
                    "length_field": idx(r["length"], r) if r.get("length") else -1,
                    "terminator": term, "cancel": ord(cancel) if cancel else -1,
                    "max_len": r.get("max_len", 0), "echo": r.get("echo"), "hex_when": r.get("hex_when"),
                    "spec_line": self.at(r) or line}

        rules = []
        if isinstance(pr, list):
            for r in pr:
                x = rule(r)
                if r.get("when"):
                    x["when_field"], x["when_kind"], x["when_value"] = condition(r["when"], r)
                rules.append(x)
        else:
            if pr.get("none_when"):
                x = rule({}, none=True)
                x["when_field"], x["when_kind"], x["when_value"] = condition(pr["none_when"], pr)
                rules.append(x)
            rules.append(rule(pr))
        for r in rules:
            if not r["none"] and r["length_field"] < 0 and not r["terminator"]:
                self.err(line, f"prompt of {m.id}: a data phase needs a length or a terminator")
        return rules


# ---- checks ----

def _lang(f):
    """A coarse description of the text a field's grammar accepts, for overlap checks."""
    if f.label:
        return ("token",)  # label + value: compared as an unquoted token
    if f.type == "literal":
        return ("lit", f.literal)
    if f.type == "string":
        vals = tuple(f.param.values) if isinstance(f.param.values, list) else None
        return ("string", f.param.format, vals)
    if f.fixed is not None:
        return ("lit", str(f.fixed) if f.type == "int" else f"{f.param.hex_prefix}{f.fixed:X}")
    return (f.type,)


def _overlap(a, b):
    ka, kb = a[0], b[0]
    if {"supported", "text", "dynamic"} & {ka, kb}:
        return True
    if {ka, kb} <= {"int", "float", "token"} or {ka, kb} == {"hex", "token"}:
        return True
    if ka == "lit" and kb == "lit":
        return a[1] == b[1]
    if "lit" in (ka, kb):
        lit, other = (a, b) if ka == "lit" else (b, a)
        text = lit[1]
        if other[0] == "string":
            if not text.startswith('"'):
                return False
            return other[2] is None or text.strip('"') in other[2]
        if other[0] == "int":
            return bool(re.fullmatch(r"-?\d+", text))
        if other[0] == "float":
            return bool(re.fullmatch(r"-?\d+(\.\d+)?", text))
        if other[0] == "hex":
            return bool(re.fullmatch(r"0[xX][0-9A-Fa-f]+", text))
        if other[0] == "token":
            return not text.startswith('"')
        return True
    if ka == "string" and kb == "string":
        fa, fb = a[1], b[1]
        if fa and fb and fa != fb and "ip" not in (fa, fb):
            return False
        if a[2] is not None and b[2] is not None and not set(a[2]) & set(b[2]):
            return False
        return True
    if {ka, kb} == {"int", "token"} or {ka, kb} == {"hex", "token"}:
        return True
    return ka == kb


def _shape_lang(m, shape):
    return [_lang(m.fields[i]) for i in shape if not m.fields[i].index]


def _index_lang(m, shape):
    """The indexes glued to a command name: letters (their values) or digits."""
    return [("letter", tuple(m.fields[i].param.values)) if m.fields[i].type == "token" else ("digits",)
            for i in shape if m.fields[i].index]


def _index_overlap(a, b):
    if len(a) != len(b):
        return False  # AT+SOCKA vs AT+SOCKA1: a different text before the '='
    for x, y in zip(a, b):
        if x[0] != y[0] or (x[0] == "letter" and not set(x[1]) & set(y[1])):
            return False
    return True


def _shapes_overlap(m1, s1, m2, s2):
    if not _index_overlap(_index_lang(m1, s1), _index_lang(m2, s2)):
        return False
    l1, l2 = _shape_lang(m1, s1), _shape_lang(m2, s2)
    # a text field swallows the rest of the line
    if l1 and l1[-1] == ("text",) and len(l2) >= len(l1):
        return all(_overlap(a, b) for a, b in zip(l1[:-1], l2))
    if l2 and l2[-1] == ("text",) and len(l1) >= len(l2):
        return all(_overlap(a, b) for a, b in zip(l1, l2[:-1]))
    return len(l1) == len(l2) and all(_overlap(a, b) for a, b in zip(l1, l2))


def _decode_keys(m):
    """Spellings of the line head the decoder matches, normalised."""
    if m.kind == "command":
        if m.text:
            return {(m.text, "text")}
        return {(n.upper(), m.form) for n in m.names}
    return {(n.rstrip(" "), None) for n in m.names}


def check(profile_path, messages):
    errors = []

    def err(line, msg):
        errors.append(SpecError(profile_path, line, msg))

    ids = {}
    named = set()
    for m in messages:
        for f in m.fields:
            if f.param is not None and (f.param.key, f.name) not in named:
                named.add((f.param.key, f.name))
                if f.name in C_KEYWORDS:
                    err(f.param.spec_line or m.spec_line, f"parameter <{f.param.key}>: its name {f.name!r} is a C or "
                                                          "C++ keyword; give it a name:")
                elif run_together(f.name):
                    err(f.param.spec_line or m.spec_line, f"parameter <{f.param.key}>: {f.name!r} runs words together; "
                                                          "give it a name: in snake_case")
        for f in m.fields:
            if f.param is not None and f.param.verbose and m.kind not in ("final", "intermediate"):
                # the text a module prints after AT+CMEE=2 is a result's; elsewhere a string in that
                # place would read as an error text instead of the message that has a string there
                err(m.spec_line, f"{m.id}: parameter <{f.param.key}> is verbose: (a result's error text); "
                                 "give this message a parameter without it")
        if m.id in ids:
            err(m.spec_line, f"duplicate message id {m.id} (first at line {ids[m.id].spec_line}); give one an id:")
        ids[m.id] = m
    cmd_forms = {}
    for m in messages:
        if m.kind == "command":
            cmd_forms.setdefault(f"{m.name}.{m.form}", []).append(m)
    for m in messages:
        for a in m.answers:
            if a not in cmd_forms:
                err(m.spec_line, f"{m.id} answers {a}, which no command form defines")
            else:
                m.answer_ids += [c.index for c in cmd_forms[a]]
        if m.kind == "command" and m.variant:
            # a variant is chosen by a keyword of its syntax, or by a fixed value (<mode=1>); in the
            # latter case its name only labels the C id, and JSON shows the fixed field instead
            lits = [f.literal.strip('"') for f in m.fields if f.type == "literal"]
            if m.variant not in lits:
                if not any(f.fixed is not None for f in m.fields):
                    err(m.spec_line, f"{m.id}: variant {m.variant!r} is neither a keyword of its syntax nor "
                                     f"chosen by a fixed value (<name=value>)")
                m.variant = None
        # unreachable optionals: two shapes of one message that read the same text
        for i, s1 in enumerate(m.shapes):
            for s2 in m.shapes[i + 1:]:
                if _shapes_overlap(m, s1, m, s2):
                    a = [m.fields[k].name or m.fields[k].literal for k in s1]
                    b = [m.fields[k].name or m.fields[k].literal for k in s2]
                    err(m.spec_line, f"{m.id}: optional fields cannot be told apart: ({', '.join(a)}) reads "
                                f"like ({', '.join(b)}); give them formats or values that differ")
    # ambiguous variants: messages with a common head whose shapes read the same text
    by_head = {}
    for m in messages:
        for k in _decode_keys(m):
            by_head.setdefault(k, []).append(m)
    worst = 1
    for head, ms in by_head.items():
        for i, m1 in enumerate(ms):
            clash = 1
            for m2 in ms:
                if m2 is m1:
                    continue
                same = any(_shapes_overlap(m1, s1, m2, s2) for s1 in m1.shapes for s2 in m2.shapes)
                if not same:
                    continue
                if (m1.needs_context or m2.needs_context) and not set(m1.answers) & set(m2.answers):
                    continue  # matched only while their own command is pending: never together
                clash += 1
                if m2.index < m1.index or m1.kind != m2.kind:
                    continue
                told_apart = (m1.kind == "response" and set(m1.answers) != set(m2.answers))
                ack = m2.id in m1.ambiguous_with or m1.id in m2.ambiguous_with
                if not told_apart and not ack:
                    err(m2.spec_line, f"{m2.id} cannot be told apart from {m1.id} (line {m1.spec_line}): same head, "
                                 f"shapes that read alike and the same context; the decoder would always "
                                 f"pick {m1.id}")
            worst = max(worst, clash)
    if errors:
        # the first error locates the exception; the others follow it, one per line
        first = errors[0]
        more = "".join(f"\n{e.path}:{e.line}: {e.message}" for e in errors[1:])
        raise SpecError(profile_path, first.line, first.message + more)
    return worst


def build(path, doc):
    b = Builder(path, doc)
    messages = b.build()
    for r, m in zip(doc.get("responses", []) + doc.get("urcs", []),
                    [m for m in messages if m.kind in ("response", "urc")]):
        m.ambiguous_with = list(r.get("ambiguous_with", []))
    check(path, messages)
    prof = Profile(name=doc["profile"], path=path, doc=doc, document=doc["document"],
                   transparent=doc.get("transparent"), params=b.params, errors=b.errors,
                   messages=messages, commands=doc.get("commands", []), examples=doc.get("examples", []),
                   states=state_mod.build_states(path, doc), passthrough=doc.get("passthrough"))
    if prof.passthrough:
        # the state "the device passes data through", kept like any other
        prof.states.append(state_mod.State(name="passthrough", index=len(prof.states),
                                           line=prof.passthrough["line"], values={0: "off", 1: "on"},
                                           doc="The device passes data through (passthrough mode)",
                                           first_cell=sum(s.cells for s in prof.states)))
    prof.by_id = {m.id: m for m in messages}
    prof.rules, prof.timings = completion_mod.build(prof)
    return prof
