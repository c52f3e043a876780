"""Ragel expressions for the messages of a profile.

Each message shape (one combination of its optional fields) becomes one alternative of the
profile's line machine. The grammar only decides which alternatives a line matches; actions mark
where the fields begin, which message a prefix names (for error reports) and which alternatives
matched. Values are converted afterwards (runtime/atc.c) from the spans the field splitter finds.
"""


def rl_lit(text, ci=False):
    """A Ragel string literal."""
    s = text.replace("\\", "\\\\").replace("'", "\\'")
    return f"'{s}'" + ("i" if ci else "")


def value_expr(f):
    """The machine (names defined in the template's preamble) for one value of a field."""
    if f.type == "literal":
        return rl_lit(f.literal)
    if f.fixed is not None and f.type == "int":
        return rl_lit(str(f.fixed))
    p = f.param
    if f.type == "string":
        if isinstance(p.values, list):
            return "( " + " | ".join(rl_lit('"' + v.replace('\\', '\\\\').replace('"', '\\"') + '"')
                                     for v in p.values) + " )"
        if p.format == "ipv4":
            return "ipv4_str"
        if p.format == "ipv6":
            return "ipv6_str"
        return "qstr"
    if f.type == "token" and p.format == "ipv4":
        return "ipv4_tok"
    if f.type == "token" and isinstance(p.values, list):
        return "( " + " | ".join(rl_lit(v) for v in p.values) + " )"
    return {"int": "int_num", "hex": "hex_num", "float": "float_num", "token": "token", "text": "text",
            "supported": "supported", "dynamic": "( qstr | token )"}[f.type]


def field_expr(f):
    """A field on the wire: label, value(s), possibly empty."""
    v = value_expr(f)
    if f.label:
        v = f"{rl_lit(f.label)} {v}"
    if f.is_list:
        n = f.param.max_count
        v = f"{v} ( sep {v} ){{0,{n - 1}}}" if n > 1 else v
    if f.param is not None and f.param.empty:
        v = f"( {v} )?"
    return v


def index_expr(f):
    """A command-name index: one letter of its values, or the digits of its range."""
    if f.type == "token":
        return "( " + " | ".join(rl_lit(v, ci=True) for v in f.param.values) + " )"
    return "digit+"


def tagset_expr(m):
    """{"A",<a> | "B",<b>}: one or more pairs in any order (the decoder checks each at most once)."""
    first = m.tag_first
    pairs = [f"{value_expr(m.fields[i])} sep {field_expr(m.fields[i + 1])}"
             for i in range(first, len(m.fields), 2)]
    one = "( " + " | ".join(f"( {p} )" for p in pairs) + " )"
    return f"{one} ( sep {one} )*"


def fields_expr(m, shape):
    plain = [i for i in shape if not m.fields[i].index]
    parts = [field_expr(m.fields[i]) for i in plain]
    if m.tag_first >= 0:
        parts.append(tagset_expr(m))
    return " sep ".join(parts)


def head_expr(m, shape):
    """The part of the line before the fields, with the actions marking the name and field start."""
    h = f"h_{m.hint}"
    if m.kind == "command":
        if m.text:
            return f"{rl_lit(m.text)} @{h}"
        names = " | ".join(rl_lit(n, ci=True) for n in m.names)
        indexes = " ".join(index_expr(m.fields[i]) for i in shape if m.fields[i].index)
        suffix = {"test": "'=?'", "read": "'?'", "set": "'=' @fa", "exec": ""}[m.form]
        return f"'AT'i '+' ( {names} ) @{h} {indexes} {suffix}".rstrip()
    heads = []
    # a prefix shared by the answers of many commands (USR "+OK=") names none of them
    # and a line that is only a fixed text ("+OK", "SEND OK") matches whole or names nothing
    mark = "" if m.needs_context or not m.fields else f"@{h} "
    for n in m.names:
        core = n.rstrip(" ")
        if core == "":
            heads.append(None)
        elif core != n or core.endswith(":"):
            heads.append(f"{rl_lit(core)} {mark}@fa ' '*")
        else:
            heads.append(f"{rl_lit(core)} {mark}@fa")
    if None in heads:
        return None
    return "( " + " | ".join(heads) + " )"


def alternatives(profile):
    """[(alt index, message, shape, ragel expression)] in priority order (spec order)."""
    alts = []
    for m in profile.messages:
        for shape in m.shapes:
            head = head_expr(m, shape)
            body = fields_expr(m, shape)
            if head is None:
                expr = body
            elif body:
                expr = f"{head} {body}"
            else:
                expr = head
            alts.append((len(alts), m, shape, expr))
    return alts
