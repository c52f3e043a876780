/* Message generator for the property tests (tests/test_props.c), the encode fuzz target
 * (tests/fuzz/fuzz_encode.c) and the seed extractor (tests/fuzz/seeds.c).
 *
 * It walks nothing but a profile's descriptor tables (atc_profile.msgs: fields, types, ranges,
 * values, max_len, shapes), so every profile in atc_tool_profiles[] is covered as soon as it is
 * listed there. It builds message structs with valid values (or one deliberately invalid value),
 * and decodes encoded wire bytes back with a fresh parser, comparing inside on_event (decoded
 * strings are views into the parser's line buffer).
 *
 * Choices come from an mg_src: the fuzzer's bytes (then zeros when they run out) or a seeded
 * PRNG (reproducible property runs). Header-only: everything is static inline, so a file that
 * includes it pays only for what it uses and -Wunused-function stays quiet. */
#ifndef ATC_TESTS_MSGGEN_H
#define ATC_TESTS_MSGGEN_H

#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include "atc.h"

/* ---- choices ---- */

typedef struct mg_src {
    const uint8_t *data; /* fuzz bytes, or NULL: PRNG */
    size_t len, pos;
    uint64_t state;
} mg_src;

static inline void mg_seed(mg_src *s, uint64_t seed)
{
    s->data = NULL;
    s->len = s->pos = 0;
    s->state = seed;
}

static inline void mg_from_bytes(mg_src *s, const uint8_t *data, size_t len)
{
    s->data = data;
    s->len = len;
    s->pos = 0;
    s->state = 0;
}

static inline uint64_t mg_splitmix(uint64_t *x)
{
    uint64_t z = (*x += 0x9E3779B97F4A7C15ull);
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
    return z ^ (z >> 31);
}

/* nbytes (1..4) of choice, little endian; zeros once fuzz bytes run out */
static inline uint32_t mg_bits(mg_src *s, int nbytes)
{
    uint32_t v = 0;
    int i;
    if (!s->data)
        return (uint32_t)(mg_splitmix(&s->state) >> 32) & (nbytes >= 4 ? 0xFFFFFFFFu : ((1u << (8 * nbytes)) - 1));
    for (i = 0; i < nbytes; i++)
        if (s->pos < s->len)
            v |= (uint32_t)s->data[s->pos++] << (8 * i);
    return v;
}

static inline uint32_t mg_below(mg_src *s, uint32_t n)
{
    if (n <= 1)
        return 0;
    return mg_bits(s, n <= 0x100u ? 1 : n <= 0x10000u ? 2 : 4) % n;
}

static inline int mg_chance(mg_src *s, unsigned num, unsigned den)
{
    return mg_below(s, den) < num;
}

/* ---- reading and writing a message struct through its descriptors ---- */

static inline int mg_is_int(const atc_field_desc *f)
{
    return f->type == ATC_T_INT || f->type == ATC_T_HEX;
}

static inline size_t mg_elem_size(const atc_field_desc *f)
{
    return mg_is_int(f) ? sizeof(int32_t) : sizeof(atc_str);
}

static inline int32_t mg_get_int(const void *msg, const atc_field_desc *f, unsigned k)
{
    int32_t v;
    memcpy(&v, (const char *)msg + f->offset + k * sizeof v, sizeof v);
    return v;
}

static inline void mg_set_int(void *msg, const atc_field_desc *f, unsigned k, int32_t v)
{
    memcpy((char *)msg + f->offset + k * sizeof v, &v, sizeof v);
}

static inline atc_str mg_get_str(const void *msg, const atc_field_desc *f, unsigned k)
{
    atc_str s;
    memcpy(&s, (const char *)msg + f->offset + k * sizeof s, sizeof s);
    return s;
}

static inline void mg_set_str(void *msg, const atc_field_desc *f, unsigned k, const char *ptr, size_t len)
{
    atc_str s;
    s.ptr = ptr;
    s.len = (uint16_t)len;
    memcpy((char *)msg + f->offset + k * sizeof s, &s, sizeof s);
}

static inline bool mg_has(const void *msg, const atc_field_desc *f)
{
    bool has = true;
    if (f->flags & ATC_F_OPTIONAL)
        memcpy(&has, (const char *)msg + f->has_offset, sizeof has);
    return has;
}

static inline void mg_set_has(void *msg, const atc_field_desc *f, bool has)
{
    if (f->flags & ATC_F_OPTIONAL)
        memcpy((char *)msg + f->has_offset, &has, sizeof has);
}

static inline unsigned mg_count(const void *msg, const atc_field_desc *f)
{
    if (!(f->flags & ATC_F_LIST))
        return 1;
    return ((const uint8_t *)msg)[f->count_offset];
}

static inline void mg_set_count(void *msg, const atc_field_desc *f, unsigned n)
{
    if (f->flags & ATC_F_LIST)
        ((uint8_t *)msg)[f->count_offset] = (uint8_t)n;
}

static inline int mg_in_ranges(const atc_field_desc *f, int32_t v)
{
    uint8_t i;
    if (f->nranges == 0)
        return 1;
    for (i = 0; i < f->nranges; i++)
        if (v >= f->ranges[2 * i] && v <= f->ranges[2 * i + 1])
            return 1;
    return 0;
}

static inline int mg_in_values(const atc_field_desc *f, const char *s, size_t n)
{
    uint8_t i;
    for (i = 0; i < f->nvalues; i++)
        if (strlen(f->values[i]) == n && memcmp(f->values[i], s, n) == 0)
            return 1;
    return 0;
}

/* first field of the tagged set, or nfields */
static inline uint8_t mg_nplain(const atc_msg_desc *d)
{
    return (uint8_t)(d->tag_first >= 0 ? d->tag_first : d->nfields);
}

/* The tables use only what this generator understands (new features are counted as skipped by
 * the callers, never silently passed). */
static inline int mg_supported(const atc_msg_desc *d)
{
    uint8_t i;
    for (i = 0; i < d->nfields; i++) {
        const atc_field_desc *f = &d->fields[i];
        if (f->type > ATC_T_DYNAMIC)
            return 0;
        if (f->flags & ~(ATC_F_OPTIONAL | ATC_F_LIST | ATC_F_EMPTY | ATC_F_INDEX))
            return 0;
        if (f->type == ATC_T_DYNAMIC && (f->type_from < 0 || f->type_from >= d->nfields))
            return 0;
    }
    return d->size <= ATC_MSG_BUF;
}

/* ---- a message under construction ---- */

#define MG_ARENA 16384

typedef struct mg_msg {
    const atc_msg_desc *d;
    uint32_t shape;
    union {
        void *p;
        double dd;
        int64_t i;
        char bytes[ATC_MSG_BUF];
    } m;
    char arena[MG_ARENA];
    size_t used;
} mg_msg;

static inline char *mg_alloc(mg_msg *mm, size_t n)
{
    char *p;
    if (n > MG_ARENA - mm->used)
        return NULL;
    p = mm->arena + mm->used;
    mm->used += n;
    return p;
}

/* String formats a string/token field's grammar may impose beyond the tables (spec `format:`). */
enum { MG_FMT_ANY = 0, MG_FMT_IPV4 = 1, MG_FMT_IPV6 = 2 };

/* The formats the tables carry (ATC_FMT_IPV4 / ATC_FMT_IPV6 on string and token fields). */
static inline void mg_table_formats(const atc_msg_desc *d, uint8_t *formats, size_t n)
{
    uint8_t i;
    memset(formats, 0, n);
    for (i = 0; i < d->nfields && i < n; i++) {
        const atc_field_desc *f = &d->fields[i];
        if ((f->type == ATC_T_STRING || f->type == ATC_T_TOKEN) && !f->nvalues)
            formats[i] = (f->fmt & 0x40) ? MG_FMT_IPV4 : (f->fmt & 0x80) ? MG_FMT_IPV6 : MG_FMT_ANY;
    }
}

/* How values are drawn. */
typedef struct mg_opts {
    unsigned budget;        /* longest string to draw (max_len permitting) */
    int wild;               /* strings may hold any byte the line grammar allows (not CR, LF, NUL) */
    const uint8_t *formats; /* per field MG_FMT_*, or NULL */
} mg_opts;

/* ---- drawing values ---- */

static inline int32_t mg_draw_int(mg_src *s, const atc_field_desc *f)
{
    int hex = f->type == ATC_T_HEX;
    if (f->nranges == 0) {
        static const int32_t special[] = {0, 1, -1, 7, 10, 255, 65535, INT32_MAX, INT32_MIN, -65536};
        uint32_t c = mg_below(s, 16);
        int32_t v = c < 10 ? special[c] : (int32_t)mg_bits(s, 4);
        if (hex && v < 0) /* the line grammar writes hex without a sign */
            v = v == INT32_MIN ? INT32_MAX : -v;
        return v;
    } else {
        uint32_t r = mg_below(s, f->nranges), c;
        int64_t lo = f->ranges[2 * r], hi = f->ranges[2 * r + 1];
        if (hex && hi >= 0 && lo < 0)
            lo = 0;
        c = mg_below(s, 4);
        if (c == 0)
            return (int32_t)lo;
        if (c == 1)
            return (int32_t)hi;
        return (int32_t)(lo + (int64_t)(mg_bits(s, 4) % (uint64_t)(hi - lo + 1)));
    }
}

/* A character of a class: 0 quoted string (quotes and backslashes likely), 1 token (no comma or
 * quote), 2 text (anything printable). wild: any byte but CR, LF and NUL. */
static inline char mg_draw_char(mg_src *s, int cls, int wild)
{
    uint32_t c;
    if (cls == 0 && mg_chance(s, 1, 5))
        return mg_chance(s, 1, 2) ? '"' : '\\';
    if (wild && mg_chance(s, 1, 4))
        c = mg_below(s, 256);
    else
        c = 0x20 + mg_below(s, 95);
    if (c == 0 || c == '\r' || c == '\n' || (cls == 1 && (c == ',' || c == '"')))
        c = 'a' + c % 26; /* (never loop: exhausted fuzz input draws zeros forever) */
    return (char)c;
}

static inline size_t mg_draw_len(mg_src *s, const atc_field_desc *f, const mg_opts *o, size_t min)
{
    size_t cap = f->max_len ? f->max_len : 24;
    if (cap > o->budget)
        cap = o->budget;
    if (cap < min)
        cap = min;
    if (mg_chance(s, 1, 4))
        return cap;
    return min + mg_below(s, (uint32_t)(cap - min + 1));
}

static inline size_t mg_put_uint(char *out, uint32_t v, int hex)
{
    char tmp[16];
    size_t n = 0, i;
    do {
        unsigned d = v % (hex ? 16u : 10u);
        tmp[n++] = (char)(d < 10 ? '0' + d : 'A' + d - 10);
        v /= hex ? 16u : 10u;
    } while (v);
    for (i = 0; i < n; i++)
        out[i] = tmp[n - 1 - i];
    return n;
}

/* A value of string-like type `type` for field f into mm's arena; returns 0 if out of room. */
static inline int mg_draw_str(mg_src *s, mg_msg *mm, const atc_field_desc *f, atc_type type, int fmt,
                              const mg_opts *o, const char **out, size_t *outlen, size_t text_min)
{
    size_t n, i;
    char *b;
    if (f->nvalues && f->type != ATC_T_DYNAMIC) {
        *out = f->values[mg_below(s, f->nvalues)];
        *outlen = strlen(*out);
        return 1;
    }
    b = mg_alloc(mm, 64 + (o->budget > (f->max_len ? f->max_len : 24) ? o->budget : (f->max_len ? f->max_len : 24)));
    if (!b)
        return 0;
    n = 0;
    if (fmt == MG_FMT_IPV4) {
        for (i = 0; i < 4; i++) {
            if (i)
                b[n++] = '.';
            n += mg_put_uint(b + n, mg_below(s, 256), 0);
        }
    } else if (fmt == MG_FMT_IPV6) {
        static const char *const forms[] = {"::1", "2001:db8::", "fe80::", "::"};
        uint32_t g = mg_below(s, 6);
        if (g < 4) {
            n = strlen(forms[g]);
            memcpy(b, forms[g], n);
        } else {
            for (i = 0; i < 8; i++) {
                if (i)
                    b[n++] = ':';
                n += mg_put_uint(b + n, mg_below(s, 0x10000), 1);
            }
        }
    } else if (type == ATC_T_INT || type == ATC_T_HEX) { /* a dynamic field typed as a number */
        int32_t v = (int32_t)mg_bits(s, 4);
        if (type == ATC_T_HEX) {
            b[n++] = '0';
            b[n++] = 'x';
            n += mg_put_uint(b + n, (uint32_t)v & 0x7FFFFFFu, 1);
        } else {
            if (v < 0)
                b[n++] = '-';
            n += mg_put_uint(b + n, v < 0 ? (uint32_t)0 - (uint32_t)v : (uint32_t)v, 0);
        }
    } else if (type == ATC_T_FLOAT) {
        size_t digits = 1 + mg_below(s, 6);
        if (mg_chance(s, 1, 3))
            b[n++] = '-';
        for (i = 0; i < digits; i++)
            b[n++] = (char)('0' + mg_below(s, 10));
        if (mg_chance(s, 1, 2)) {
            digits = 1 + mg_below(s, 4);
            b[n++] = '.';
            for (i = 0; i < digits; i++)
                b[n++] = (char)('0' + mg_below(s, 10));
        }
        if (f->max_len && n > f->max_len) { /* keep it a number: drop the fraction, then digits */
            n = f->max_len;
            while (n > 1 && (b[n - 1] == '.' || b[n - 1] == '-'))
                n--;
        }
    } else if (type == ATC_T_SUPPORTED) {
        /* a test-form answer: (lo-hi), (a,b,...), "string" or a token */
        uint32_t form = mg_below(s, 4);
        if (form == 0) {
            b[n++] = '(';
            n += mg_put_uint(b + n, mg_below(s, 100), 0);
            b[n++] = '-';
            n += mg_put_uint(b + n, mg_below(s, 100000), 0);
            b[n++] = ')';
        } else if (form == 1) {
            size_t k = 1 + mg_below(s, 4);
            b[n++] = '(';
            for (i = 0; i < k; i++) {
                if (i)
                    b[n++] = ',';
                if (mg_chance(s, 1, 3)) {
                    b[n++] = '"';
                    b[n++] = (char)('a' + mg_below(s, 26));
                    b[n++] = '"';
                } else {
                    n += mg_put_uint(b + n, mg_below(s, 1000), 0);
                }
            }
            b[n++] = ')';
        } else if (form == 2) {
            size_t k = mg_below(s, 8);
            b[n++] = '"';
            for (i = 0; i < k; i++)
                b[n++] = (char)('a' + mg_below(s, 26));
            b[n++] = '"';
        } else {
            size_t k = 1 + mg_below(s, 8);
            for (i = 0; i < k; i++)
                b[n++] = (char)('a' + mg_below(s, 26));
        }
        if (f->max_len && n > f->max_len)
            n = 0; /* never the case in today's specs; an empty value keeps the rest meaningful */
    } else if (type == ATC_T_STRING) {
        n = mg_draw_len(s, f, o, 0);
        for (i = 0; i < n; i++)
            b[i] = mg_draw_char(s, 0, o->wild);
    } else { /* TOKEN (not empty), TEXT: no space at either end; not starting with ( " , */
        n = mg_draw_len(s, f, o, type == ATC_T_TOKEN ? 1 : text_min);
        for (i = 0; i < n; i++) {
            char c = mg_draw_char(s, type == ATC_T_TOKEN ? 1 : 2, o->wild);
            if ((i == 0 && (c == ' ' || c == '(' || c == '"' || c == ',')) || (i == n - 1 && c == ' '))
                c = (char)('A' + i % 26);
            b[i] = c;
        }
    }
    *out = b;
    *outlen = n;
    return 1;
}

/* The value of one element of field i, for the type it has in this message. */
static inline int mg_draw_value(mg_src *s, mg_msg *mm, uint8_t i, unsigned k, const mg_opts *o)
{
    const atc_field_desc *f = &mm->d->fields[i];
    atc_type type = atc_field_type(mm->d->fields, i, mm->m.bytes);
    if (f->type == ATC_T_LITERAL)
        return 1;
    if (mg_is_int(f)) {
        mg_set_int(mm->m.bytes, f, k, mg_draw_int(s, f));
        return 1;
    }
    {
        const char *v;
        size_t n;
        /* an empty text is a line only after a prefix or another field; a value that may be
         * empty is written absent (has_ false) instead */
        size_t text_min = (mm->d->prefix[0] || mm->d->nfields > 1) && !(f->flags & ATC_F_EMPTY) ? 0 : 1;
        if (!mg_draw_str(s, mm, f, type, o->formats ? o->formats[i] : MG_FMT_ANY, o, &v, &n, text_min))
            return 0;
        mg_set_str(mm->m.bytes, f, k, v, n);
        return 1;
    }
}

/* A dynamic field present whose choosing field holds no known type: give it one. */
static inline void mg_fix_dynamic(mg_src *s, mg_msg *mm, uint8_t i)
{
    const atc_field_desc *f = &mm->d->fields[i];
    const atc_field_desc *sel = &mm->d->fields[f->type_from];
    uint32_t tries;
    if (atc_field_type(mm->d->fields, i, mm->m.bytes) != ATC_T_DYNAMIC || f->ndyn == 0 || !mg_is_int(sel))
        return;
    for (tries = 0; tries < 4 * f->ndyn; tries++) {
        int32_t v = f->dyn[2 * mg_below(s, f->ndyn)];
        if (mg_in_ranges(sel, v)) {
            mg_set_int(mm->m.bytes, sel, 0, v);
            return;
        }
    }
}

/* Fill mm with valid values for the field-presence mask `shape` (one of d->shapes). Fields of a
 * tagged set (after tag_first) are drawn present at random, at least one. Returns 0 if the arena
 * ran out. */
static inline int mg_build(mg_src *s, const atc_msg_desc *d, uint32_t shape, const mg_opts *o, mg_msg *mm)
{
    uint8_t i, nplain = mg_nplain(d);
    int pass;
    memset(mm->m.bytes, 0, sizeof mm->m.bytes);
    mm->d = d;
    mm->shape = shape;
    mm->used = 0;
    for (i = 0; i < nplain; i++) {
        const atc_field_desc *f = &d->fields[i];
        int present = (shape >> i) & 1;
        if ((f->flags & ATC_F_EMPTY) && present)
            present = mg_chance(s, 3, 4); /* an empty value keeps the shape */
        mg_set_has(mm->m.bytes, f, present != 0);
    }
    if (d->tag_first >= 0) {
        int any = 0;
        for (i = nplain; i + 1 < d->nfields; i += 2) {
            int present = mg_chance(s, 1, 2);
            mg_set_has(mm->m.bytes, &d->fields[i + 1], present != 0);
            any |= present;
        }
        if (!any && nplain + 1 < d->nfields)
            mg_set_has(mm->m.bytes, &d->fields[nplain + 1], true);
    }
    /* integers first (they choose the types of dynamic fields), then strings */
    for (pass = 0; pass < 2; pass++) {
        for (i = 0; i < d->nfields; i++) {
            const atc_field_desc *f = &d->fields[i];
            unsigned n, k;
            if (f->type == ATC_T_LITERAL || mg_is_int(f) != (pass == 0) || !mg_has(mm->m.bytes, f))
                continue;
            if (i < nplain && !((shape >> i) & 1))
                continue;
            if (pass == 1 && f->type == ATC_T_DYNAMIC)
                mg_fix_dynamic(s, mm, i);
            n = (f->flags & ATC_F_LIST) ? 1 + mg_below(s, f->max_count ? f->max_count : 1) : 1;
            mg_set_count(mm->m.bytes, f, n);
            for (k = 0; k < n; k++)
                if (!mg_draw_value(s, mm, i, k, o))
                    return 0;
        }
    }
    return 1;
}

/* bytes as C-escaped text, for failure messages (at most cap - 1 characters, NUL-terminated) */
static inline const char *mg_escape(const char *s, size_t n, char *out, size_t cap)
{
    static const char hex[] = "0123456789abcdef";
    size_t i, o = 0;
    for (i = 0; i < n && o + 5 < cap; i++) {
        unsigned char c = (unsigned char)s[i];
        if (c == '\r' || c == '\n' || c == '\\' || c == '"') {
            out[o++] = '\\';
            out[o++] = c == '\r' ? 'r' : c == '\n' ? 'n' : (char)c;
        } else if (c < 0x20 || c >= 0x7F) {
            out[o++] = '\\';
            out[o++] = 'x';
            out[o++] = hex[c >> 4];
            out[o++] = hex[c & 15];
        } else {
            out[o++] = (char)c;
        }
    }
    if (i < n && o + 3 < cap)
        out[o++] = '.', out[o++] = '.', out[o++] = '.';
    out[o] = '\0';
    return out;
}

/* ---- comparing ---- */

/* Do two structs of message d hold the same values? (why: the first difference) */
static inline int mg_equal(const atc_msg_desc *d, const void *a, const void *b, char *why, size_t whylen)
{
    uint8_t i;
    for (i = 0; i < d->nfields; i++) {
        const atc_field_desc *f = &d->fields[i];
        unsigned n, k;
        if (f->type == ATC_T_LITERAL)
            continue;
        if (mg_has(a, f) != mg_has(b, f)) {
            snprintf(why, whylen, "%s: present %d, decoded %d", f->name, mg_has(a, f), mg_has(b, f));
            return 0;
        }
        if (!mg_has(a, f))
            continue;
        n = mg_count(a, f);
        if (n != mg_count(b, f)) {
            snprintf(why, whylen, "%s: %u values, decoded %u", f->name, n, mg_count(b, f));
            return 0;
        }
        for (k = 0; k < n; k++) {
            if (mg_is_int(f)) {
                if (mg_get_int(a, f, k) != mg_get_int(b, f, k)) {
                    snprintf(why, whylen, "%s: %ld, decoded %ld", f->name, (long)mg_get_int(a, f, k),
                             (long)mg_get_int(b, f, k));
                    return 0;
                }
            } else {
                atc_str x = mg_get_str(a, f, k), y = mg_get_str(b, f, k);
                if (x.len != y.len || (x.len && memcmp(x.ptr, y.ptr, x.len) != 0)) {
                    char ex[128], ey[128];
                    snprintf(why, whylen, "%s: \"%s\" (%u bytes), decoded \"%s\" (%u bytes)", f->name,
                             mg_escape(x.ptr, x.len, ex, sizeof ex), x.len, mg_escape(y.ptr, y.len, ey, sizeof ey), y.len);
                    return 0;
                }
            }
        }
    }
    return 1;
}

/* ---- decoding encoded bytes back ---- */

enum {
    MG_RT_OK = 0,        /* same message, same values (or another message with the same wire form) */
    MG_RT_NO_EVENT,      /* the decoder said nothing */
    MG_RT_REJECTED,      /* decoded as an error or unknown line */
    MG_RT_DIFFERENT,     /* another message, whose wire form differs */
    MG_RT_VALUES,        /* the same message, other values */
    MG_RT_PAYLOAD,       /* the announced payload did not arrive whole, or the next line was lost */
    MG_RT_TOO_LONG       /* longer than ATC_MAX_LINE, reported as ATC_ERR_LINE_TOO_LONG: as promised */
};

typedef struct mg_rt {
    const atc_profile *prof;
    const mg_msg *orig;
    uint16_t want;
    const char *wire;
    size_t wire_len;
    char line[4 * ATC_MAX_LINE + 64]; /* the original without framing (ATC_FRAME_NONE) */
    size_t line_len;
    atc_err line_err;
    int events, result;
    uint16_t got;
    uint8_t got_kind;
    atc_err got_err;
    size_t data_len;
    int data_ends;
    atc_data_end how;
    uint16_t last_id;
    char why[320];
} mg_rt;

static inline const char *mg_rt_name(int r)
{
    static const char *const names[] = {"ok", "no event", "rejected", "decoded as another message",
                                        "values differ", "payload or next line lost", "line too long"};
    return r >= 0 && r <= MG_RT_TOO_LONG ? names[r] : "?";
}

static inline void mg_rt_event(atc_parser *p, const atc_event *ev)
{
    mg_rt *rt = (mg_rt *)p->user;
    rt->events++;
    rt->last_id = ev->id;
    if (rt->events != 1)
        return;
    rt->got = ev->id;
    rt->got_kind = ev->kind;
    rt->got_err = ev->error;
    if (ev->kind == ATC_KIND_ERROR || ev->kind == ATC_KIND_UNKNOWN || !ev->desc) {
        rt->result = ev->error == ATC_ERR_LINE_TOO_LONG ? MG_RT_TOO_LONG : MG_RT_REJECTED;
        char esc[256];
        snprintf(rt->why, sizeof rt->why, "%s %s: \"%s\"", ev->kind == ATC_KIND_ERROR ? "error" : "unknown line",
                 atc_err_name(ev->error), mg_escape(ev->raw.ptr, ev->raw.len, esc, sizeof esc));
        return;
    }
    if (ev->id == rt->want && ev->profile == rt->prof) {
        rt->result = mg_equal(ev->desc, rt->orig->m.bytes, ev->msg, rt->why, sizeof rt->why) ? MG_RT_OK : MG_RT_VALUES;
        return;
    }
    {
        /* another message that reads the same text (a URC and a response alike, the module's and
         * the host's "a" of the USR handshake): fine if it writes the same line back */
        static char again[4 * ATC_MAX_LINE + 64];
        size_t n = 0;
        atc_err e = atc_encode(ev->desc, ev->msg, ATC_FRAME_NONE, again, sizeof again, &n);
        if (e == ATC_OK && rt->line_err == ATC_OK && n == rt->line_len && memcmp(again, rt->line, n) == 0)
            rt->result = MG_RT_OK;
        else {
            rt->result = MG_RT_DIFFERENT;
            snprintf(rt->why, sizeof rt->why, "decoded as %s%s%s (id %u)", ev->desc->name,
                     ev->desc->variant ? "/" : "", ev->desc->variant ? ev->desc->variant : "", ev->id);
        }
    }
}

static inline void mg_rt_data(atc_parser *p, atc_dir dir, const char *data, size_t len)
{
    mg_rt *rt = (mg_rt *)p->user;
    (void)dir;
    (void)data;
    rt->data_len += len;
}

static inline void mg_rt_end(atc_parser *p, atc_dir dir, atc_data_end how)
{
    mg_rt *rt = (mg_rt *)p->user;
    (void)dir;
    rt->data_ends++;
    rt->how = how;
}

/* The "OK" final result of a profile, or ATC_NO_MSG. */
static inline uint16_t mg_ok_id(const atc_profile *prof)
{
    return atc_find_msg(prof, ATC_KIND_FINAL, "OK", NULL, ATC_FORM_NONE, ATC_NO_MSG);
}

/* Decode wire (the encoding of mm, message `id` of prof) with a fresh parser. A response is
 * decoded with the command it answers pending (as after atc_sent), a prompt with a command that
 * expects one. An announced payload is fed (when at most payload_cap bytes) followed by an OK line,
 * which must decode too. Returns MG_RT_*. */
static inline int mg_roundtrip(mg_rt *rt, const atc_profile *prof, uint16_t id, const mg_msg *mm, const char *wire,
                               size_t n, size_t payload_cap)
{
    static const atc_callbacks cb = {mg_rt_event, mg_rt_data, mg_rt_end};
    const atc_msg_desc *d = &prof->msgs[id];
    union {
        void *p;
        int64_t i;
        char bytes[ATC_MSG_BUF];
    } zero;
    atc_parser p;
    int32_t announced = -1;
    memset(rt, 0, sizeof *rt);
    memset(&zero, 0, sizeof zero);
    rt->prof = prof;
    rt->orig = mm;
    rt->want = id;
    rt->wire = wire;
    rt->wire_len = n;
    rt->line_err = atc_encode(d, mm->m.bytes, ATC_FRAME_NONE, rt->line, sizeof rt->line, &rt->line_len);
    rt->result = MG_RT_NO_EVENT;
    atc_init(&p, prof, &cb, rt);
    if ((d->kind == ATC_KIND_RESPONSE || (d->flags & ATC_M_CONTEXT)) && d->nanswers)
        atc_sent(&p, d->answers[0], zero.bytes);
    if (d->flags & ATC_M_PROMPT) {
        uint16_t c;
        for (c = 0; c < prof->nmsgs && !atc__prompt_expected(&p); c++)
            if (prof->msgs[c].kind == ATC_KIND_COMMAND && prof->msgs[c].nprompt)
                atc_sent(&p, c, zero.bytes);
    }
    atc_feed(&p, wire, n);
    if (rt->result != MG_RT_OK || rt->events != 1)
        return rt->events == 0 ? MG_RT_NO_EVENT : rt->result != MG_RT_OK ? rt->result : MG_RT_PAYLOAD;
    if (d->payload_field >= 0 && mg_has(mm->m.bytes, &d->fields[d->payload_field]))
        announced = mg_get_int(mm->m.bytes, &d->fields[d->payload_field], 0);
    if (announced > 0 && (size_t)announced <= payload_cap && rt->got == id) {
        static char fill[4096];
        size_t left = (size_t)announced;
        uint16_t ok = mg_ok_id(prof);
        int after_ok = (d->flags & ATC_M_PAYLOAD_AFTER_OK) != 0;
        memset(fill, 'x', sizeof fill);
        if (after_ok) /* the bytes follow the next OK line */
            atc_feed(&p, "\r\nOK\r\n", 6);
        while (left) {
            size_t k = left < sizeof fill ? left : sizeof fill;
            atc_feed(&p, fill, k);
            left -= k;
        }
        atc_feed(&p, "\r\nOK\r\n", 6);
        if (rt->data_len != (size_t)announced || rt->data_ends != 1 || rt->how != ATC_DATA_COMPLETE ||
            (ok != ATC_NO_MSG && (rt->events != 2 + after_ok || rt->last_id != ok))) {
            snprintf(rt->why, sizeof rt->why, "payload of %ld: %lu bytes arrived, %d ends (how %d), %d events",
                     (long)announced, (unsigned long)rt->data_len, rt->data_ends, (int)rt->how, rt->events);
            rt->result = MG_RT_PAYLOAD;
        }
    }
    atc_finish(&p);
    return rt->result;
}

/* The line of a wire encoding without its framing (CR LF before, CR or CR LF after). */
static inline size_t mg_line_len(const char *wire, size_t n)
{
    size_t a = 0;
    while (a < n && (wire[a] == '\r' || wire[a] == '\n'))
        a++;
    while (n > a && (wire[n - 1] == '\r' || wire[n - 1] == '\n'))
        n--;
    return n - a;
}

#endif
