/* SPDX-License-Identifier: MIT */
/* Conversion: the fields the scanner recorded -> the message struct of one candidate.
 *
 * Syntax decides whether the line is this message: the number of fields (a shape of its syntax),
 * keywords, fixed values, number syntax where a number is due, address formats where they tell
 * optionals apart. Values do not: an integer outside its range, a string over its length or
 * outside its allowed values, extra trailing fields give a warning and the message still
 * decodes (ATC_STRICT_VALUES makes them errors). Strings are read quoted or bare, numbers
 * quoted or bare, keywords and allowed values without regard to case. */
#include "atc.h"

#include <string.h>

typedef struct atc__conv {
    const atc_profile *prof;
    const atc_msg_desc *d;
    const atc_field_desc *fs;
    const atc__line *ln;
    char *msg;
    uint16_t id;
    uint8_t unescape;
    atc__result *r;
} atc__conv;

/* the text of field i of the line, trimmed of spaces, and its class */
static unsigned atc__text(const atc__line *ln, unsigned i, const char **s)
{
    const atc__tok *t = ln->tok - i;
    const char *b = ln->base + t->at;
    unsigned n = t->len_cls & ATC__TOK_MAX_LEN;
    while (n && b[n - 1] == ' ')
        n--;
    while (n && b[0] == ' ') {
        b++;
        n--;
    }
    *s = b;
    return n;
}

static unsigned atc__cls(const atc__line *ln, unsigned i)
{
    return (unsigned)(ln->tok - i)->len_cls >> 12;
}

static void atc__warn(atc__conv *c, atc_err e, unsigned field)
{
    if (c->r->warn == ATC_OK) {
        c->r->warn = e;
        if (c->r->err == ATC_OK)
            c->r->field = (uint8_t)field;
    }
}

/* Digits of [s, s+n) in base 10 or 16 (an optional '-' and, for 16, an optional 0x): 1 if all
 * of it is digits; *wide if the value does not fit 32 bits. */
static int atc__digits(const char *s, unsigned n, unsigned base, uint32_t *out, int *neg, int *wide)
{
    uint64_t v = 0;
    unsigned i = 0, nd = 0;
    *neg = 0;
    *wide = 0;
    if (i < n && s[i] == '-') {
        *neg = 1;
        i++;
    }
    if (base == 16 && n - i > 2 && s[i] == '0' && (s[i + 1] == 'x' || s[i + 1] == 'X'))
        i += 2;
    for (; i < n; i++, nd++) {
        unsigned char ch = (unsigned char)s[i];
        unsigned dv;
        if (ch >= '0' && ch <= '9')
            dv = ch - '0';
        else if (base == 16 && (ch | 0x20) >= 'a' && (ch | 0x20) <= 'f')
            dv = (ch | 0x20) - 'a' + 10;
        else
            return 0;
        if (v <= 0xFFFFFFFFu)
            v = v * base + dv;
    }
    if (nd == 0)
        return 0;
    if (v > 0xFFFFFFFFu) {
        *wide = 1;
        v = 0xFFFFFFFFu; /* saturated: the warning says it is not the value */
    }
    *out = (uint32_t)v;
    return 1;
}

/* A number for an INT or HEX field from field i: 0 on a syntax mismatch, -1 when empty. */
static int atc__number(atc__conv *c, unsigned i, int hex, uint32_t *mag, int *neg, int *wide)
{
    const char *s;
    unsigned n = atc__text(c->ln, i, &s), cls = atc__cls(c->ln, i);
    *neg = 0;
    *wide = 0;
    if (i >= c->ln->nstored)
        return 0;
    switch (cls) {
    case ATC__C_EMPTY:
        return -1;
    case ATC__C_NUM:
        if (hex)
            return atc__digits(s, n, 16, mag, neg, wide);
        if (n > 9)
            return atc__digits(s, n, 10, mag, neg, wide);
        *mag = (c->ln->tok - i)->val;
        return 1;
    case ATC__C_NEG:
        return atc__digits(s, n, hex ? 16 : 10, mag, neg, wide);
    case ATC__C_HEX:
        if (!hex)
            return 0;
        if (n > 10)
            return atc__digits(s, n, 16, mag, neg, wide);
        *mag = (c->ln->tok - i)->val;
        return 1;
    case ATC__C_STR:
        /* a quoted number: "96" */
        c->r->loose = 1;
        return n >= 3 && atc__digits(s + 1, n - 2, hex ? 16 : 10, mag, neg, wide);
    case ATC__C_BARE:
        /* hex digits without their 0x */
        c->r->loose = 1;
        return hex && atc__digits(s, n, 16, mag, neg, wide);
    default:
        return 0;
    }
}

/* Is [s, s+n) an address of the format the grammar tells optionals apart by? IPv4: digits and
 * dots with at least one dot; IPv6: hex digits, dots and at least one colon. */
static int atc__is_addr(const char *s, unsigned n, int v6)
{
    unsigned i;
    int colon = 0, dot = 0;
    if (n == 0)
        return 0;
    for (i = 0; i < n; i++) {
        unsigned char ch = (unsigned char)s[i];
        int digit = ch >= '0' && ch <= '9';
        int hexd = digit || ((ch | 0x20) >= 'a' && (ch | 0x20) <= 'f');
        colon |= ch == ':';
        dot |= ch == '.';
        if (!(v6 ? (hexd || ch == '.' || ch == ':') : (digit || ch == '.')))
            return 0;
    }
    return v6 ? colon : dot;
}

/* Is [s, s+n) -?digits(.digits)? */
static int atc__is_float(const char *s, unsigned n)
{
    unsigned i = 0, digits = 0;
    int dot = 0;
    if (i < n && s[i] == '-')
        i++;
    for (; i < n; i++) {
        if (s[i] >= '0' && s[i] <= '9')
            digits++;
        else if (s[i] == '.' && !dot && digits)
            dot = 1, digits = 0;
        else
            return 0;
    }
    return digits > 0;
}

/* Undo backslash escapes of a quoted string's content in place; returns the new length. */
static uint16_t atc__unescape(char *s, unsigned n)
{
    const char *r = s, *e = s + n;
    char *w = s;
    while (r < e) {
        if (*r == '\\' && r + 1 < e)
            r++;
        *w++ = *r++;
    }
    return (uint16_t)(w - s);
}

/* The length of a quoted string's content once unescaped. */
static unsigned atc__unescaped_len(const char *s, unsigned n)
{
    unsigned i, len = 0;
    for (i = 0; i < n; i++, len++)
        if (s[i] == '\\' && i + 1 < n)
            i++;
    return len;
}

/* The allowed value [s, s+n) is (without regard to case unless ATC_I_CASE), in the spec's own
 * spelling; NULL if it is none of them. */
static const char *atc__allowed(const atc__conv *c, const atc_field_info *in, const char *s, unsigned n)
{
    uint8_t k;
    for (k = 0; k < in->nvalues; k++) {
        const char *v = c->prof->text + c->prof->strs[in->values + k];
        /* the first byte decides most (cheaply), then the length and the rest */
        if (n ? ((v[0] ^ s[0]) & 0xDF) == 0 && strlen(v) == n &&
                    ((in->flags & ATC_I_CASE) ? memcmp(v, s, n) == 0 : atc__ieq(s, v, n))
              : v[0] == '\0')
            return v;
    }
    return NULL;
}

/* A bare value right after the head's '=' that begins with another '=' (AT+MQTTLWTCFG==/will):
 * a doubled '=' is a slip of the one who wrote the line, so the value, kept as written, is
 * suspect. (Only the first value can follow the head; the others follow a comma.) */
static int atc__doubled_eq(const atc__line *ln, const char *s, unsigned n)
{
    return n && s[0] == '=' && s > ln->base && s[-1] == '=';
}

/* The words of a field as it stands (a quoted one without its quotes). */
static unsigned atc__content(const atc__line *ln, unsigned i, const char **s)
{
    unsigned n = atc__text(ln, i, s), cls = atc__cls(ln, i);
    if ((cls == ATC__C_STR || cls == ATC__C_STR_ESC) && n >= 2) {
        (*s)++;
        n -= 2;
    }
    return n;
}

/* Convert the value of line field `t` into message field `fi` (into element `el` of a list).
 * Returns 0 on a syntax mismatch. */
static int atc__value(atc__conv *c, unsigned fi, unsigned t, unsigned el)
{
    const atc_field_desc *f = &c->fs[fi];
    const atc_field_info *in = &c->prof->infos[f->info];
    atc_type type = ATC_TYPE_OF(f);
    char *at = c->msg + f->offset;
    const char *s;
    unsigned n, cls;
    if (t >= c->ln->nstored)
        return 0;
    n = atc__text(c->ln, t, &s);
    cls = atc__cls(c->ln, t);
    if (in->label) {
        const char *lb = c->prof->text + in->label;
        size_t ln = strlen(lb);
        if (n < ln || !atc__ieq(s, lb, ln))
            return 0;
        s += ln;
        n -= (unsigned)ln;
        cls = n ? ATC__C_BARE : ATC__C_EMPTY;
    }
    if (type == ATC_T_DYNAMIC) {
        atc_type dt = atc_field_type(c->prof, c->id, (uint8_t)fi, c->msg);
        if (dt == ATC_T_DYNAMIC) {
            atc__warn(c, ATC_ERR_VALUE, fi);
            type = ATC_T_SUPPORTED; /* kept as written */
        } else if (dt == ATC_T_STRING) {
            type = ATC_T_STRING;
        } else if (dt == ATC_T_TOKEN) {
            type = ATC_T_TOKEN;
        } else {
            /* a number typed by another field is kept as its text, but checked */
            const char *v;
            unsigned vn = atc__content(c->ln, t, &v);
            uint32_t mag;
            int neg, wide;
            if (dt == ATC_T_FLOAT ? !atc__is_float(v, vn)
                                  : !atc__digits(v, vn, dt == ATC_T_HEX ? 16 : 10, &mag, &neg, &wide))
                return 0;
            if (dt != ATC_T_FLOAT) {
                /* kept as text, so up to 64 bits (OneNET's integers have <len> 8, 001 line 415);
                 * more digits than that the encoder does not write */
                unsigned dn = vn - (unsigned)(vn && v[0] == '-');
                if (dt == ATC_T_HEX && dn > 2 && v[vn - dn] == '0' && (v[vn - dn + 1] | 0x20) == 'x')
                    dn -= 2;
                if (dn > (dt == ATC_T_HEX ? 16u : 19u))
                    atc__warn(c, ATC_ERR_WIDTH, fi);
            }
            {
                atc_str sv;
                sv.ptr = v;
                sv.len = (uint16_t)vn;
                memcpy(at, &sv, sizeof sv);
            }
            return 1;
        }
    }
    if (type == ATC_T_INT || type == ATC_T_HEX) {
        uint32_t mag = 0, v;
        int neg = 0, wide = 0, got;
        at += el * sizeof(int32_t);
        uint8_t was_loose = c->r->loose;
        if (in->label) {
            got = cls == ATC__C_EMPTY ? -1 : atc__digits(s, n, type == ATC_T_HEX ? 16 : 10, &mag, &neg, &wide);
        } else {
            got = atc__number(c, t, type == ATC_T_HEX, &mag, &neg, &wide);
        }
        if (got < 0 && (f->type & ATC_F_EMPTY))
            return 2; /* empty: the field stays absent */
        if (got <= 0) {
            /* an error code written as its text (AT+CMEE=2): +CME ERROR: SIM not inserted */
            if ((in->flags & ATC_I_VERBOSE) && n) {
                const char *txt;
                unsigned tn = atc__content(c->ln, t, &txt);
                uint8_t k;
                int32_t code = -1;
                atc_str sv;
                int rest = 0;
                if (fi + 1u == c->d->nfields && t + 1u < c->ln->ntok) {
                    /* the last field: a text with commas is the rest of the line (27.007 9.2:
                     * "activation rejected, unspecified") */
                    const char *e = c->ln->base + c->ln->len;
                    while (e > txt && e[-1] == ' ')
                        e--;
                    for (k = 0; k < in->nvalues; k++) {
                        const char *vt = c->prof->text + c->prof->strs[in->values + k];
                        if (strlen(vt) == (size_t)(e - txt) && atc__ieq(txt, vt, (size_t)(e - txt))) {
                            tn = (unsigned)(e - txt);
                            rest = 1;
                            break;
                        }
                    }
                }
                for (k = 0; k < in->nvalues; k++) {
                    const char *vt = c->prof->text + c->prof->strs[in->values + k];
                    if (strlen(vt) == tn && atc__ieq(txt, vt, tn)) {
                        int exact = memcmp(txt, vt, tn) == 0;
                        code = c->prof->ints[in->ranges + 2u * k];
                        txt = vt; /* the table's spelling, as the encoder writes it */
                        /* a table's text is this field's syntax too; in another case it is a loose
                         * reading, so that a table that spells it so (27.007's "operation not
                         * allowed", 3, beside Quectel's "Operation not allowed", 572) wins */
                        c->r->loose = exact ? was_loose : 1;
                        if (exact)
                            break;
                    }
                }
                if (code < 0) {
                    atc__warn(c, ATC_ERR_VALUE, fi);
                    c->r->loose = 1; /* a text none of the table's: a candidate with a text field wins */
                }
                memcpy(at, &code, sizeof code);
                sv.ptr = txt;
                sv.len = (uint16_t)tn;
                memcpy(c->msg + f->has, &sv, sizeof sv);
                return rest ? 3 : 1;
            }
            return 0;
        }
        if (in->flags & ATC_I_UNSIGNED) {
            if (neg && mag) {
                wide = 1;
                mag = 0;
            }
        } else if (neg ? mag > 0x80000000u : mag > 0x7FFFFFFFu) {
            wide = 1;
            mag = neg ? 0x80000000u : 0x7FFFFFFFu;
        }
        if (wide)
            atc__warn(c, ATC_ERR_WIDTH, fi);
        v = neg ? (uint32_t)0 - mag : mag;
        if (!atc__in_ranges(c->prof, in, v)) {
            if (in->flags & ATC_I_FIXED)
                return 0; /* <mode=1>: the value selects the message */
            if ((c->d->flags & ATC_M_PAYLOAD) && c->prof->payloads[c->d->extra].field == (int8_t)fi) {
                c->r->err = ATC_ERR_LENGTH; /* the bytes after it could not be delimited */
                c->r->field = (uint8_t)fi;
                return 0;
            }
            atc__warn(c, ATC_ERR_RANGE, fi);
        }
        memcpy(at, &v, sizeof v);
        return 1;
    }
    {
        atc_str sv;
        at += el * sizeof(atc_str);
        switch (type) {
        case ATC_T_LITERAL: {
            const char *lit = c->prof->text + c->prof->strs[in->values];
            const char *v;
            unsigned vn = atc__content(c->ln, t, &v);
            size_t ln = strlen(lit);
            if (lit[0] == '"') { /* compared without its quotes: "recv" and recv are one keyword */
                lit++;
                ln -= 2;
            }
            if (vn != ln || !((in->flags & ATC_I_CASE) ? memcmp(v, lit, ln) == 0 : atc__ieq(v, lit, ln)))
                return 0;
            return 1;
        }
        case ATC_T_TEXT: /* the rest of the line, commas included */
            sv.ptr = s;
            sv.len = (uint16_t)(c->ln->len - (unsigned)(s - c->ln->base));
            while (sv.len && sv.ptr[0] == ' ') { /* "   ,x": spaces around it are not kept */
                sv.ptr++;
                sv.len--;
            }
            while (sv.len && sv.ptr[sv.len - 1] == ' ')
                sv.len--;
            if (sv.len && (unsigned char)sv.ptr[0] == 0xFF && !c->prof->text[c->prof->prefixes[c->id]])
                atc__warn(c, ATC_ERR_VALUE, fi); /* " \xff..": written so, a 0xFF begins the line (noise) */
            if (atc__doubled_eq(c->ln, s, sv.len))
                atc__warn(c, ATC_ERR_VALUE, fi);
            if (in->max_len && sv.len > in->max_len)
                atc__warn(c, ATC_ERR_TOO_LONG, fi);
            memcpy(at, &sv, sizeof sv);
            return 3;
        case ATC_T_SUPPORTED:
            if (cls == ATC__C_EMPTY && (f->type & ATC_F_EMPTY))
                return 2; /* an item the answer leaves empty: ,,(0-2) */
            if (cls == ATC__C_EMPTY)
                atc__warn(c, ATC_ERR_VALUE, fi); /* empty where the document gives a value */
            else if ((s[0] == '"' && cls != ATC__C_STR && cls != ATC__C_STR_ESC) || (s[0] == '(' && cls != ATC__C_PAREN))
                atc__warn(c, ATC_ERR_VALUE, fi); /* a quote or parenthesis it does not close: unwritable */
            sv.ptr = s;
            sv.len = (uint16_t)n;
            memcpy(at, &sv, sizeof sv);
            return 1;
        case ATC_T_FLOAT:
            if (cls == ATC__C_EMPTY && (f->type & ATC_F_EMPTY))
                return 2;
            n = atc__content(c->ln, t, &s);
            if (!atc__is_float(s, n))
                return 0;
            sv.ptr = s;
            sv.len = (uint16_t)n;
            memcpy(at, &sv, sizeof sv);
            return 1;
        default: /* STRING, TOKEN */
            if (cls == ATC__C_EMPTY && (f->type & ATC_F_EMPTY))
                return 2;
            if ((in->flags & ATC_I_REST) && cls != ATC__C_STR && cls != ATC__C_STR_ESC) {
                /* written bare, it runs to the line's end: +CCLK: 18/01/30,09:17:55+32 */
                sv.ptr = s;
                sv.len = (uint16_t)(c->ln->len - (unsigned)(s - c->ln->base));
                while (sv.len && sv.ptr[sv.len - 1] == ' ')
                    sv.len--;
                c->r->loose = 1; /* a string written bare */
                if (in->max_len && sv.len > in->max_len)
                    atc__warn(c, ATC_ERR_TOO_LONG, fi);
                memcpy(at, &sv, sizeof sv);
                return 3;
            }
            if (cls == ATC__C_STR || cls == ATC__C_STR_ESC) {
                s++;
                n -= 2;
                if (type == ATC_T_TOKEN)
                    c->r->loose = 1; /* a token written quoted */
            } else if (type == ATC_T_STRING) {
                c->r->loose = 1; /* a string written bare */
            }
            if (cls == ATC__C_EMPTY && ATC_TYPE_OF(f) != ATC_T_DYNAMIC)
                atc__warn(c, ATC_ERR_VALUE, fi); /* empty where the syntax has a value */
            if (cls != ATC__C_STR && cls != ATC__C_STR_ESC && atc__doubled_eq(c->ln, s, n))
                atc__warn(c, ATC_ERR_VALUE, fi); /* AT+X==v: kept as written, and suspect */
            /* a token holds no comma, starts with no quote and opens no parenthesis it does not
             * close: the encoder could not write it */
            if (type == ATC_T_TOKEN && n && (s[0] == '"' || (s[0] == '(' && cls != ATC__C_PAREN) || memchr(s, ',', n)))
                atc__warn(c, ATC_ERR_VALUE, fi);
            if (in->fmt & (ATC_FMT_IPV4 | ATC_FMT_IPV6))
                if (!(((in->fmt & ATC_FMT_IPV4) && atc__is_addr(s, n, 0)) ||
                      ((in->fmt & ATC_FMT_IPV6) && atc__is_addr(s, n, 1))))
                    return 0; /* an address where one is due tells optionals apart (syntax) */
            if (cls == ATC__C_STR_ESC) {
                unsigned un = atc__unescaped_len(s, n);
                if (in->max_len && un > in->max_len)
                    atc__warn(c, ATC_ERR_TOO_LONG, fi);
                if (c->unescape)
                    n = atc__unescape((char *)(uintptr_t)s, n);
            } else if (in->max_len && n > in->max_len) {
                atc__warn(c, ATC_ERR_TOO_LONG, fi);
            }
            if (in->nvalues && ATC_TYPE_OF(f) != ATC_T_DYNAMIC) {
                const char *canon = atc__allowed(c, in, s, n);
                if (!canon)
                    atc__warn(c, ATC_ERR_VALUE, fi);
                else
                    s = canon; /* "tcp" is "TCP": the view shows the document's spelling */
            }
            sv.ptr = s;
            sv.len = (uint16_t)n;
            memcpy(at, &sv, sizeof sv);
            return 1;
        }
    }
}

static void atc__set_has(atc__conv *c, unsigned fi)
{
    const atc_field_desc *f = &c->fs[fi];
    if (f->type & ATC_F_OPTIONAL) {
        bool yes = true;
        memcpy(c->msg + f->has, &yes, sizeof yes);
    }
}

/* AT+SOCK<m><n>: the indexes glued to the command name. */
static int atc__indexes(atc__conv *c, uint32_t mask)
{
    const char *q = c->ln->head + c->ln->glued, *e = c->ln->head + c->ln->head_len;
    uint8_t i;
    for (i = 0; i < c->d->nindex; i++) {
        const atc_field_desc *f = &c->fs[i];
        const atc_field_info *in = &c->prof->infos[f->info];
        atc_str sv;
        if (!(mask & (1u << i)))
            continue;
        if (ATC_TYPE_OF(f) == ATC_T_TOKEN) {
            if (q >= e)
                return 0;
            sv.ptr = q++;
            sv.len = 1;
            if (in->nvalues) {
                /* at+socka1: the view shows the document's spelling, "A" */
                sv.ptr = atc__allowed(c, in, sv.ptr, 1);
                if (!sv.ptr)
                    return 0;
            }
            memcpy(c->msg + f->offset, &sv, sizeof sv);
        } else {
            uint32_t v = 0;
            const char *b = q;
            while (q < e && *q >= '0' && *q <= '9')
                v = v * 10u + (uint32_t)(*q++ - '0');
            if (q == b || q - b > 9)
                return 0;
            if (!atc__in_ranges(c->prof, in, v))
                atc__warn(c, ATC_ERR_RANGE, i);
            memcpy(c->msg + f->offset, &v, sizeof v);
        }
        atc__set_has(c, i);
    }
    return q == e;
}

/* Fill the fields of one shape from the first nvals line fields after the head. With `partial`
 * (a test-form answer) the line may end before the shape does. Returns 1 if the line fits. */
static int atc__shape(atc__conv *c, const atc_shape *sh, unsigned nvals, int partial)
{
    const atc_msg_desc *d = c->d;
    const atc__line *ln = c->ln;
    unsigned t = ln->first, end = ln->first + nvals, fi;
    unsigned nplain = d->tag_first >= 0 ? (unsigned)d->tag_first : d->nfields;
    uint32_t bits = sh->mask;
    uint8_t reached = 0;
    memset(c->msg, 0, d->size);
    c->r->warn = ATC_OK;
    c->r->field = ATC_NO_FIELD;
    fi = 0;
    if (d->nindex) {
        if (!atc__indexes(c, sh->mask))
            goto mismatch;
        fi = d->nindex;
        bits &= ~((1u << d->nindex) - 1u);
    }
    if (nplain < 32)
        bits &= (1u << nplain) - 1u;
    /* the present fields, in order */
    while (bits) {
        const atc_field_desc *f;
        const atc_field_info *in;
        int got;
#if defined(__GNUC__)
        fi = (unsigned)__builtin_ctz(bits);
#else
        while (!(bits & (1u << fi)))
            fi++;
#endif
        bits &= bits - 1u;
        f = &c->fs[fi];
        in = &c->prof->infos[f->info];
        if (t >= end) {
            if (ATC_TYPE_OF(f) == ATC_T_TEXT) {
                /* the rest of the line, empty: "+MIPLVER: " */
                atc_str sv;
                sv.ptr = ln->base + ln->len;
                sv.len = 0;
                memcpy(c->msg + f->offset, &sv, sizeof sv);
                if (!(f->type & ATC_F_EMPTY))
                    atc__set_has(c, fi); /* a text that may be empty is absent when it is */
                reached++;
                continue;
            }
            if (partial) {
                atc__warn(c, ATC_ERR_MISSING, fi);
                return 1;
            }
            if (sh->open == 3) { /* AT+CCLK=: the one value, empty, is absent */
                reached++;
                continue;
            }
            goto mismatch;
        }
        if ((in->flags & ATC_I_PLAIN) && t < ln->nstored) {
            /* the fast path: a plain number or string as it usually comes */
            const atc__tok *tk = ln->tok - t;
            unsigned cls = (unsigned)tk->len_cls >> 12, n = tk->len_cls & ATC__TOK_MAX_LEN;
            if (ATC_TYPE_OF(f) == ATC_T_INT) {
                if (cls == ATC__C_NUM && n <= 9) {
                    uint32_t v = tk->val;
                    const int32_t *rg = c->prof->ints + in->ranges;
                    if (in->nranges && !(in->nranges == 1 ? (int32_t)v >= rg[0] && (int32_t)v <= rg[1]
                                                          : atc__in_ranges(c->prof, in, v)))
                        atc__warn(c, ATC_ERR_RANGE, fi);
                    memcpy(c->msg + f->offset, &v, sizeof v);
                    goto plain_done;
                }
            } else if (ATC_TYPE_OF(f) == ATC_T_STRING ? cls == ATC__C_STR
                                                      : cls == ATC__C_BARE && ln->base[tk->at] != '"' &&
                                                            ln->base[tk->at] != '(' &&
                                                            !atc__doubled_eq(ln, ln->base + tk->at, n)) {
                /* a string quoted, or a token bare (not after a quoted string, "a,"b, nor an open
                 * parenthesis, (a, as written) */
                const char *b = ln->base + tk->at;
                atc_str sv;
                while (b[n - 1] == ' ')
                    n--;
                if (cls == ATC__C_STR) {
                    b++;
                    n -= 2;
                }
                sv.ptr = b;
                sv.len = (uint16_t)n;
                if (in->max_len && sv.len > in->max_len)
                    atc__warn(c, ATC_ERR_TOO_LONG, fi);
                memcpy(c->msg + f->offset, &sv, sizeof sv);
                goto plain_done;
            }
        }
        if ((f->type & ATC_F_LIST) && (in->flags & ATC_I_GROUP)) {
            /* (<a>,<b>)...: whole groups, each member's values in turn, one count for all */
            unsigned g = nplain - fi, k = 0, j;
            for (; t < end; t += g, k++) {
                if (end - t < g)
                    goto mismatch; /* a group cut short */
                if (k >= in->max_count) {
                    atc__warn(c, ATC_ERR_TOO_LONG, fi);
                    break;
                }
                for (j = 0; j < g; j++)
                    if (!atc__value(c, fi + j, t + j, k))
                        goto mismatch;
            }
            for (j = 0; j < g; j++)
                c->msg[c->fs[fi + j].has] = (char)k;
            t = end;
            reached = (uint8_t)(reached + g);
            break;
        }
        if (f->type & ATC_F_LIST) {
            unsigned k = 0;
            for (; t < end; t++, k++) {
                if (k >= in->max_count) {
                    atc__warn(c, ATC_ERR_TOO_LONG, fi);
                    break;
                }
                if (!atc__value(c, fi, t, k))
                    goto mismatch;
            }
            c->msg[f->has] = (char)(k > in->max_count ? in->max_count : k);
            t = end;
            reached++;
            continue;
        }
        got = atc__value(c, fi, t, 0);
        if (!got)
            goto mismatch;
        if (got == 3) { /* text, an error text, or a bare string that runs on: the rest of the line */
            atc_str sv;
            if (ATC_TYPE_OF(f) == ATC_T_TEXT || ATC_TYPE_OF(f) == ATC_T_STRING) {
                memcpy(&sv, c->msg + f->offset, sizeof sv);
                if (sv.len || !(f->type & ATC_F_EMPTY))
                    atc__set_has(c, fi); /* (absent when empty and it may be) */
            }
            t = end;
            reached++;
            break;
        }
        if (got == 1)
            atc__set_has(c, fi);
        t++;
        reached++;
        continue;
    plain_done:
        if (f->type & ATC_F_OPTIONAL)
            c->msg[f->has] = 1;
        t++;
        reached++;
    }
    fi = nplain;
    if (d->tag_first >= 0) {
        /* a tagged set: "TAG",<value> pairs in any order */
        if (t >= end)
            goto mismatch;
        while (t < end) {
            const char *tag;
            unsigned tn = atc__content(c->ln, t, &tag);
            for (fi = (unsigned)d->tag_first; fi + 1 < d->nfields; fi += 2) {
                const atc_field_info *in = &c->prof->infos[c->fs[fi].info];
                const char *lit = c->prof->text + c->prof->strs[in->values];
                size_t ln = strlen(lit);
                if (lit[0] == '"') {
                    lit++;
                    ln -= 2;
                }
                if (ln == tn && atc__ieq(tag, lit, ln))
                    break;
            }
            if (t + 1 >= end)
                goto mismatch; /* a tag without its value */
            if (fi + 1 >= d->nfields) {
                atc__warn(c, ATC_ERR_VALUE, ATC_NO_FIELD); /* a tag this document does not know */
            } else {
                if (atc_field_present(&c->fs[fi + 1], c->msg))
                    goto mismatch; /* each tag at most once */
                if (!atc__value(c, fi + 1, t + 1, 0))
                    goto mismatch;
                atc__set_has(c, fi + 1);
            }
            t += 2;
            reached++;
        }
    }
    return 1;
mismatch:
    if (c->r->err == ATC_OK) {
        c->r->err = ATC_ERR_MALFORMED;
        c->r->field = (uint8_t)(fi < d->nfields ? fi : ATC_NO_FIELD);
    }
    if (reached >= c->r->reached)
        c->r->reached = reached;
    return 0;
}

ATC_API void atc__convert(const atc_profile *prof, uint16_t id, const atc__line *ln, void *msg, int mode,
                          atc__result *r)
{
    atc__conv c;
    const atc_msg_desc *d = &prof->msgs[id];
    const atc_shape *sh = prof->shapes + d->shapes;
    unsigned nvals = ln->ntok > ln->first ? (unsigned)(ln->ntok - ln->first) : 0u;
    int variable = (d->flags & ATC_M_VARIABLE) != 0;
    uint8_t i;
    atc_err best_err = ATC_ERR_MALFORMED;
    uint8_t best_field = ATC_NO_FIELD, best_reached = 0;
    c.prof = prof;
    c.d = d;
    c.fs = prof->fields + d->fields;
    c.ln = ln;
    c.msg = (char *)msg;
    c.id = id;
    c.unescape = (uint8_t)(mode & ATC__CONV_UNESCAPE);
    c.r = r;
    r->reached = 0;
    r->loose = 0;
    if (!(mode & ATC__CONV_TOLERANT)) {
        uint8_t loose = 0xFF; /* the first shape that took the line in a loose spelling */
        c.unescape = 0;       /* escapes are undone in place: only once, by the shape chosen */
        /* the shapes whose number of values is the line's */
        for (i = 0; i < d->nshapes; i++) {
            /* a shape that ends in a list, a tagged set or text takes any more values (text also
             * none: it may be empty) */
            if (sh[i].open == 3 ? nvals > 1
                                : sh[i].open ? nvals + (sh[i].open == 2) < sh[i].count : nvals != sh[i].count)
                continue;
            r->err = ATC_OK;
            r->count = (uint16_t)nvals;
            r->loose = 0;
            if (atc__shape(&c, &sh[i], nvals, 0)) {
                if (!r->loose) {
                    if (mode & ATC__CONV_UNESCAPE) {
                        c.unescape = 1;
                        (void)atc__shape(&c, &sh[i], nvals, 0);
                    }
                    goto matched;
                }
                if (loose == 0xFF)
                    loose = i; /* a shape that takes the spelling as written may follow */
                continue;
            }
            if (r->err != ATC_ERR_MALFORMED || r->reached > best_reached || best_field == ATC_NO_FIELD) {
                best_err = r->err;
                best_field = r->field;
                best_reached = r->reached;
                if (best_err == ATC_ERR_LENGTH)
                    break;
            }
        }
        if (loose != 0xFF) {
            r->err = ATC_OK;
            r->count = (uint16_t)nvals;
            c.unescape = (uint8_t)(mode & ATC__CONV_UNESCAPE);
            (void)atc__shape(&c, &sh[loose], nvals, 0);
            r->loose = 1;
            goto matched;
        }
    } else if (d->nshapes && !variable && nvals > sh[d->nshapes - 1].count) {
        /* more fields than the longest shape has: read the ones it has, keep the rest in raw */
        i = (uint8_t)(d->nshapes - 1);
        r->err = ATC_OK;
        r->count = sh[i].count;
        if (atc__shape(&c, &sh[i], sh[i].count, 0)) {
            if (r->warn == ATC_OK) {
                r->warn = ATC_ERR_EXTRA;
                r->field = ATC_NO_FIELD;
            }
            goto matched;
        }
        best_err = r->err;
        best_field = r->field;
        best_reached = r->reached;
    } else if (nvals > 1 && !variable && atc__cls(ln, ln->first + nvals - 1u) == ATC__C_EMPTY) {
        /* trailing empty values (AT+QIRD=0, : V.250 lets a trailing parameter be left out, its
         * comma kept): the shape of the values before them, with a warning */
        unsigned k = nvals;
        while (k > 1 && atc__cls(ln, ln->first + k - 1u) == ATC__C_EMPTY)
            k--;
        for (i = 0; i < d->nshapes; i++) {
            if (sh[i].open || k != sh[i].count)
                continue;
            r->err = ATC_OK;
            r->count = (uint16_t)nvals;
            r->loose = 0;
            if (atc__shape(&c, &sh[i], k, 0)) {
                if (r->warn == ATC_OK) {
                    r->warn = ATC_ERR_EXTRA;
                    r->field = ATC_NO_FIELD;
                }
                goto matched;
            }
            best_err = r->err;
            best_field = r->field;
            best_reached = r->reached;
        }
    } else if ((d->flags & ATC_M_TEST_ANSWER) && d->nshapes && nvals < sh[0].count && nvals > 0) {
        /* a test-form answer may leave out trailing fields: the ones it has */
        r->err = ATC_OK;
        r->count = (uint16_t)nvals;
        if (atc__shape(&c, &sh[0], nvals, 1))
            goto matched;
        best_err = r->err;
        best_field = r->field;
        best_reached = r->reached;
    }
    r->err = best_err;
    r->field = best_field;
    r->reached = best_reached;
    r->warn = ATC_OK;
    return;
matched:
    r->err = ATC_OK;
#if ATC_STRICT_VALUES
    if (r->warn != ATC_OK) {
        r->err = r->warn;
        r->warn = ATC_OK;
    }
#endif
}
