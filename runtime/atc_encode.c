/* SPDX-License-Identifier: MIT */
/* Encoding: a message struct -> its wire form, strictly as the document writes it: only valid
 * shapes, integers in range, strings within max_len and among the allowed values, quotes and
 * backslashes escaped, nothing written past the caller's buffer. */
#include "atc.h"

#include <string.h>

typedef struct atc__writer {
    char *buf;
    size_t cap, n;
    char last; /* the last byte written (also when only counting) */
} atc__writer;

static void atc__put(atc__writer *w, const char *s, size_t n)
{
    size_t i;
    for (i = 0; i < n; i++, w->n++)
        if (w->buf && w->n < w->cap)
            w->buf[w->n] = s[i];
    if (n)
        w->last = s[n - 1];
}

static void atc__puts(atc__writer *w, const char *s)
{
    atc__put(w, s, strlen(s));
}

/* Decimal, or hex as the spec formats it (prefix case, digit case, zero padding). */
static void atc__put_int(atc__writer *w, uint32_t u, int neg, int hex, uint8_t fmt)
{
    char tmp[24];
    int i = (int)sizeof tmp, width = hex ? (fmt & ATC_FMT_WIDTH) : 0;
    do {
        unsigned d = (unsigned)(u % (hex ? 16u : 10u));
        tmp[--i] = (char)(d < 10 ? '0' + d : ((fmt & ATC_FMT_LOWER) ? 'a' : 'A') + d - 10);
        u /= hex ? 16u : 10u;
        width--;
    } while (u);
    while (width-- > 0)
        tmp[--i] = '0';
    if (hex) {
        tmp[--i] = (fmt & ATC_FMT_UPPER_X) ? 'X' : 'x';
        tmp[--i] = '0';
    }
    if (neg)
        tmp[--i] = '-';
    atc__put(w, tmp + i, sizeof tmp - (size_t)i);
}

/* What the decoder reads as an address: IPv4 digits and dots with a dot, IPv6 hex digits, dots and
 * at least one colon. */
static int atc__enc_is_addr(const char *s, uint16_t n, int v6)
{
    uint16_t i;
    int colon = 0, dot = 0;
    if (n == 0)
        return 0;
    for (i = 0; i < n; i++) {
        char c = s[i];
        int digit = c >= '0' && c <= '9';
        int hexd = digit || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
        colon |= c == ':';
        dot |= c == '.';
        if (!(v6 ? (hexd || c == '.' || c == ':') : (digit || c == '.')))
            return 0;
    }
    return v6 ? colon : dot;
}

static int atc__enc_is_float(const char *s, const char *e)
{
    int digits = 0, dot = 0;
    if (s < e && *s == '-')
        s++;
    for (; s < e; s++) {
        if (*s >= '0' && *s <= '9')
            digits++;
        else if (*s == '.' && !dot && digits)
            dot = 1, digits = 0;
        else
            return 0;
    }
    return digits > 0;
}

static int atc__is_int(const char *s, uint16_t n, int hex)
{
    uint16_t i = 0;
    if (i < n && s[i] == '-')
        i++;
    if (hex && n - i > 2 && s[i] == '0' && (s[i + 1] == 'x' || s[i + 1] == 'X'))
        i = (uint16_t)(i + 2);
    if (i == n || n - i > (hex ? 16 : 19)) /* kept as text: up to 64 bits (001 line 415: <len> 8) */
        return 0;
    for (; i < n; i++)
        if (!((s[i] >= '0' && s[i] <= '9') ||
              (hex && ((s[i] >= 'a' && s[i] <= 'f') || (s[i] >= 'A' && s[i] <= 'F')))))
            return 0;
    return 1;
}

/* The scanner's quoted string '"' ( [^"\\] | '\\' any )* '"' from s[i]: the index after it, or 0. */
static size_t atc__skip_qstr(const char *s, size_t n, size_t i)
{
    for (i++; i < n; i++) {
        if (s[i] == '\\')
            i++;
        else if (s[i] == '"')
            return i + 1;
    }
    return 0;
}

/* ... and its parenthesised list '(' ( [^()"] | qstr )* ')'. */
static size_t atc__skip_paren(const char *s, size_t n, size_t i)
{
    for (i++; i < n;) {
        if (s[i] == ')')
            return i + 1;
        if (s[i] == '(')
            return 0;
        if (s[i] == '"') {
            i = atc__skip_qstr(s, n, i);
            if (i == 0)
                return 0;
        } else {
            i++;
        }
    }
    return 0;
}

/* Can the decoder read this unquoted value back as it is? (A token, the rest of the line, a
 * test-form answer; numbers typed by another field are tokens.) */
static atc_err atc__check_bare(atc_type type, const char *s, size_t n)
{
    size_t i, end;
    if (n == 0) /* the rest of the line may be empty; another empty value reads as absent or malformed */
        return type == ATC_T_TEXT ? ATC_OK : ATC_ERR_VALUE;
    if (s[0] == ' ' || s[n - 1] == ' ')
        return ATC_ERR_BAD_CHAR; /* spaces around a value are not kept */
    if (type == ATC_T_TEXT)
        return ATC_OK; /* the rest of the line is read raw */
    if (s[0] == '"') /* a test-form answer may be one quoted string; a token never starts with one */
        return type == ATC_T_SUPPORTED && atc__skip_qstr(s, n, 0) == n ? ATC_OK : ATC_ERR_BAD_CHAR;
    if (s[0] == '(') {
        end = atc__skip_paren(s, n, 0);
        return end == n ? ATC_OK : ATC_ERR_VALUE;
    }
    for (i = 0; i < n; i++)
        if (s[i] == ',')
            return ATC_ERR_BAD_CHAR;
    return ATC_OK;
}

typedef struct atc__enc {
    const atc_profile *prof;
    const atc_msg_desc *d;
    const atc_field_desc *fs;
    const void *msg;
    uint16_t id;
} atc__enc;

static int atc__enc_allowed(const atc__enc *e, const atc_field_info *in, const char *s, uint16_t n)
{
    uint8_t k;
    for (k = 0; k < in->nvalues; k++) {
        const char *v = e->prof->text + e->prof->strs[in->values + k];
        if (strlen(v) == n && memcmp(v, s, n) == 0)
            return 1;
    }
    return 0;
}

/* One value of field index (element `element` of a list), label included. */
static atc_err atc__put_value(atc__writer *w, const atc__enc *e, uint8_t index, uint8_t element)
{
    const atc_field_desc *f = &e->fs[index];
    const atc_field_info *in = &e->prof->infos[f->info];
    atc_type ftype = ATC_TYPE_OF(f);
    const char *at = (const char *)e->msg + f->offset +
                     element * (ftype == ATC_T_INT || ftype == ATC_T_HEX ? sizeof(int32_t) : sizeof(atc_str));
    atc_type type = atc_field_type(e->prof, e->id, index, e->msg);
    if (in->label)
        atc__puts(w, e->prof->text + in->label);
    if (type == ATC_T_LITERAL) {
        atc__puts(w, e->prof->text + e->prof->strs[in->values]);
        return ATC_OK;
    }
    if (type == ATC_T_DYNAMIC)
        return ATC_ERR_VALUE;
    if (ftype == ATC_T_INT || ftype == ATC_T_HEX) {
        uint32_t v;
        int neg;
        memcpy(&v, at, sizeof v);
        if (in->flags & ATC_I_VERBOSE) {
            atc_str t;
            memcpy(&t, (const char *)e->msg + f->has, sizeof t);
            if (t.len && t.ptr) { /* the code as its text (AT+CMEE=2): the table's text of that code */
                uint8_t k, first = 0xFF;
                for (k = 0; k < in->nvalues; k++) {
                    const char *vt = e->prof->text + e->prof->strs[in->values + k];
                    if (strlen(vt) == t.len && memcmp(vt, t.ptr, t.len) == 0) {
                        if (first == 0xFF)
                            first = k;
                        if ((uint32_t)e->prof->ints[in->ranges + 2u * k] == v)
                            break;
                    }
                }
                if (k == in->nvalues)
                    return ATC_ERR_VALUE;
                if (k == first) {
                    atc__put(w, t.ptr, t.len);
                    return ATC_OK;
                }
                /* two codes share the text (Congestion): it would read back as the other one, so
                 * the code is written as its number */
            }
        }
        if (!atc__in_ranges(e->prof, in, v))
            return ATC_ERR_RANGE;
        neg = !(in->flags & ATC_I_UNSIGNED) && (int32_t)v < 0;
        atc__put_int(w, neg ? (uint32_t)0 - v : v, neg, ftype == ATC_T_HEX, in->fmt);
        return ATC_OK;
    }
    {
        atc_str s;
        uint16_t i;
        memcpy(&s, at, sizeof s);
        if (s.len && !s.ptr)
            return ATC_ERR_MISSING;
        if (!s.ptr) /* {NULL, 0}, as _INIT_ZERO leaves it: no arithmetic or memcmp on NULL */
            s.ptr = "";
        for (i = 0; i < s.len; i++) {
            unsigned char c = (unsigned char)s.ptr[i];
            if (c < 0x20 && c != '\t')
                return ATC_ERR_BAD_CHAR; /* control bytes stop a line: the decoder could not read it */
            if (type == ATC_T_TOKEN && c == ',')
                return ATC_ERR_BAD_CHAR;
        }
        if (in->max_len && s.len > in->max_len)
            return ATC_ERR_TOO_LONG;
        if (type == ATC_T_FLOAT && !atc__enc_is_float(s.ptr, s.ptr + s.len))
            return ATC_ERR_VALUE;
        if ((in->fmt & (ATC_FMT_IPV4 | ATC_FMT_IPV6)) &&
            !(((in->fmt & ATC_FMT_IPV4) && atc__enc_is_addr(s.ptr, s.len, 0)) ||
              ((in->fmt & ATC_FMT_IPV6) && atc__enc_is_addr(s.ptr, s.len, 1))))
            return ATC_ERR_VALUE;
        if (ftype == ATC_T_DYNAMIC && (type == ATC_T_INT || type == ATC_T_HEX) &&
            !atc__is_int(s.ptr, s.len, type == ATC_T_HEX))
            return ATC_ERR_VALUE;
        if (in->nvalues && ftype != ATC_T_DYNAMIC && !atc__enc_allowed(e, in, s.ptr, s.len))
            return ATC_ERR_VALUE;
        if (type != ATC_T_STRING) {
            /* (a dynamic field's values are its type map, not allowed values; it may be empty:
             * its type comes from another field, so ",," reads back as this empty value) */
            atc_err err = ftype == ATC_T_DYNAMIC ? (s.len ? atc__check_bare(type, s.ptr, s.len) : ATC_OK)
                          : in->nvalues ? ATC_OK : atc__check_bare(type, s.ptr, s.len);
            if (s.len == 0 && (f->type & ATC_F_EMPTY)) /* written as nothing: absent (has_ false) */
                err = ATC_ERR_VALUE;
            if (s.len && s.ptr[0] == ',' && (f->type & ATC_F_EMPTY)) /* an empty value, then another */
                err = ATC_ERR_BAD_CHAR;
            if (s.len && s.ptr[0] == '=' && w->n && w->last == '=')
                err = ATC_ERR_BAD_CHAR; /* AT+X==v reads as a slip of the writer (a warning) */
            if (type == ATC_T_TOKEN && s.len && s.ptr[0] == '"')
                err = ATC_ERR_BAD_CHAR; /* a token never starts with a quote: it would read as a string */
            if (err == ATC_OK && e->d->kind == ATC_KIND_COMMAND && (e->prof->flags & ATC_P_JOINED))
                for (i = 0; i + 1 < s.len; i++)
                    if (s.ptr[i] == ';' && s.ptr[i + 1] == '+')
                        err = ATC_ERR_BAD_CHAR; /* it would read as commands joined by ';' */
            if (err != ATC_OK)
                return err;
            atc__put(w, s.ptr, s.len);
            return ATC_OK;
        }
        atc__put(w, "\"", 1);
        for (i = 0; i < s.len; i++) {
            if (s.ptr[i] == '"' || s.ptr[i] == '\\')
                atc__put(w, "\\", 1);
            atc__put(w, s.ptr + i, 1);
        }
        atc__put(w, "\"", 1);
        return ATC_OK;
    }
}

/* A field's values: a list's every element, or one value. */
static atc_err atc__put_field(atc__writer *w, const atc__enc *e, uint8_t index)
{
    const atc_field_desc *f = &e->fs[index];
    if (f->type & ATC_F_LIST) {
        const atc_field_info *in = &e->prof->infos[f->info];
        uint8_t n = (uint8_t)((const char *)e->msg)[f->has], k;
        if (n == 0)
            return ATC_ERR_MISSING;
        if (n > in->max_count)
            return ATC_ERR_TOO_LONG;
        for (k = 0; k < n; k++) {
            atc_err err;
            if (k)
                atc__put(w, ",", 1);
            err = atc__put_value(w, e, index, k);
            if (err != ATC_OK)
                return err;
        }
        return ATC_OK;
    }
    if ((f->type & ATC_F_EMPTY) && !atc_field_present(f, e->msg))
        return ATC_OK; /* an empty value between two commas */
    return atc__put_value(w, e, index, 0);
}

/* (<a>,<b>)...: the g members from `first`, one group of their values after another; the
 * members hold one count. */
static atc_err atc__put_groups(atc__writer *w, const atc__enc *e, uint8_t first, uint8_t g)
{
    const atc_field_info *in = &e->prof->infos[e->fs[first].info];
    uint8_t n = (uint8_t)((const char *)e->msg)[e->fs[first].has], k, j;
    if (n == 0)
        return ATC_ERR_MISSING;
    if (n > in->max_count)
        return ATC_ERR_TOO_LONG;
    for (j = 1; j < g; j++)
        if ((uint8_t)((const char *)e->msg)[e->fs[first + j].has] != n)
            return ATC_ERR_VALUE; /* a group needs every member */
    for (k = 0; k < n; k++)
        for (j = 0; j < g; j++) {
            atc_err err;
            if (k || j)
                atc__put(w, ",", 1);
            err = atc__put_value(w, e, (uint8_t)(first + j), k);
            if (err != ATC_OK)
                return err;
        }
    return ATC_OK;
}

static const char *const atc__suffix[] = {"", "=?", "?", "=", ""};

ATC_API atc_err atc_encode(const atc_profile *profile, uint16_t id, const void *msg, int frame, char *buf,
                           size_t cap, size_t *len)
{
    atc__writer w;
    atc__enc e;
    const atc_msg_desc *d;
    const atc_shape *sh;
    size_t start;
    uint32_t mask = 0;
    uint8_t i, nplain;
    int first = 1, tags = 0;
    int wire = frame == ATC_FRAME_WIRE;
    if (id >= profile->nmsgs)
        return ATC_ERR_UNKNOWN_MESSAGE;
    d = &profile->msgs[id];
    sh = profile->shapes + d->shapes;
    e.prof = profile;
    e.d = d;
    e.fs = profile->fields + d->fields;
    e.msg = msg;
    e.id = id;
    nplain = (uint8_t)(d->tag_first >= 0 ? d->tag_first : d->nfields);
    w.buf = buf;
    w.cap = cap;
    w.n = 0;
    w.last = 0;
    /* the present fields must form one of the syntax's shapes; an absent value that may be empty
     * fits either way, and the first (shortest) shape that fits is written */
    {
        uint32_t has = 0, maybe = 0;
        for (i = 0; i < nplain; i++) {
            if (atc_field_present(&e.fs[i], msg))
                has |= 1u << i;
            else if (e.fs[i].type & ATC_F_EMPTY)
                maybe |= 1u << i;
        }
        mask = has;
        if (d->nshapes) {
            for (i = 0; i < d->nshapes; i++)
                if ((sh[i].mask & ~maybe) == has)
                    break;
            if (i == d->nshapes)
                return ATC_ERR_MISSING;
            mask = sh[i].mask;
        }
    }
    for (i = nplain; i + 1 < d->nfields; i += 2)
        tags += atc_field_present(&e.fs[i + 1], msg);
    if (d->tag_first >= 0 && tags == 0) /* a tagged set has at least one pair */
        return ATC_ERR_MISSING;
    if (d->kind == ATC_KIND_RESPONSE && !profile->text[profile->prefixes[id]] && d->nfields &&
        (ATC_TYPE_OF(&e.fs[0]) == ATC_T_TEXT || ATC_TYPE_OF(&e.fs[0]) == ATC_T_TOKEN)) {
        /* an answer without a head that a decoder would read as a URC or a result */
        atc_str v;
        memcpy(&v, (const char *)msg + e.fs[0].offset, sizeof v);
        if (v.ptr && atc__reads_as_report(profile, v.ptr, v.len))
            return ATC_ERR_VALUE;
        if (v.ptr && v.len && (unsigned char)v.ptr[0] == 0xFF)
            return ATC_ERR_BAD_CHAR; /* a 0xFF before a line is noise to the decoder */
    }
    if (wire && d->kind != ATC_KIND_COMMAND)
        atc__put(&w, "\r\n", 2);
    start = w.n;
    atc__puts(&w, profile->text + profile->prefixes[id]);
    for (i = 0; i < d->nindex; i++) { /* AT+SOCK<m><n> */
        atc_err err;
        if (!(mask & (1u << i)))
            continue;
        err = atc__put_value(&w, &e, i, 0);
        if (err != ATC_OK)
            return err;
    }
    if (d->nindex)
        atc__puts(&w, atc__suffix[d->form]);
    for (i = d->nindex; i < d->nfields; i++) {
        atc_err err;
        int tagged = d->tag_first >= 0 && i >= d->tag_first;
        if (tagged ? !atc_field_present(&e.fs[i + 1], msg) : !(mask & (1u << i))) {
            i = (uint8_t)(i + (tagged ? 1 : 0));
            continue;
        }
        if (!first)
            atc__put(&w, ",", 1);
        first = 0;
        if (profile->infos[e.fs[i].info].flags & ATC_I_GROUP) {
            err = atc__put_groups(&w, &e, i, (uint8_t)(nplain - i));
            if (err != ATC_OK)
                return err;
            break; /* the group ends the syntax */
        }
        err = atc__put_field(&w, &e, i);
        if (err != ATC_OK)
            return err;
        if (tagged) { /* "TAG",<value> */
            atc__put(&w, ",", 1);
            err = atc__put_field(&w, &e, (uint8_t)(i + 1));
            if (err != ATC_OK)
                return err;
            i++;
        }
    }
    if (w.n == start) /* an empty line is framing: it would decode as nothing */
        return ATC_ERR_VALUE;
    if (wire && !(d->flags & ATC_M_PROMPT))
        atc__puts(&w, d->kind == ATC_KIND_COMMAND ? "\r" : "\r\n");
    if (len)
        *len = w.n;
    if (buf && w.n > cap)
        return ATC_ERR_NO_SPACE;
    return ATC_OK;
}
