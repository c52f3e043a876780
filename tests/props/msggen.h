/* Message generator for the property tests (tests/test_props.c), the encode fuzz target
 * (tests/fuzz/fuzz_encode.c) and the seed extractor (tests/fuzz/seeds.c).
 *
 * It walks nothing but a profile's tables through the public accessors of runtime/atc.h
 * (atc_msg_fields, atc_field_info_of, atc_field_range, atc_field_value, the shapes, prompt
 * rules and payload descriptors), so every profile in atc_tool_profiles[] is covered as soon as
 * it is listed there. It builds message structs with valid values (or one deliberately invalid
 * value), and decodes encoded wire bytes back with a fresh parser, comparing inside on_event
 * (decoded strings are views into the input or the parser's line buffer).
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

/* Room for any message struct of any profile (ATC_MSG_BUF is gone: the decoder builds the
 * struct in its line buffer; tools keep their own aligned buffer). */
#define MG_MSG_BUF 4096

typedef union mg_msgbuf {
    void *align_p;
    double align_d;
    int64_t align_i;
    char bytes[MG_MSG_BUF];
} mg_msgbuf;

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

/* ---- the tables, through the public accessors ---- */

static inline atc_type mg_type(const atc_field_desc *f)
{
    return ATC_TYPE_OF(f);
}

static inline const atc_field_info *mg_info(const atc_profile *prof, const atc_field_desc *f)
{
    return atc_field_info_of(prof, f);
}

static inline int mg_is_int(const atc_field_desc *f)
{
    return mg_type(f) == ATC_T_INT || mg_type(f) == ATC_T_HEX;
}

static inline int mg_unsigned(const atc_profile *prof, const atc_field_desc *f)
{
    return mg_is_int(f) && (mg_info(prof, f)->flags & ATC_I_UNSIGNED) != 0;
}

/* Allowed strings of a string field (not of a DYNAMIC field: its values are type pairs, nor of
 * a literal: its one value is its text). VERBOSE integers list their codes' texts here. */
static inline uint8_t mg_nvalues(const atc_profile *prof, const atc_field_desc *f)
{
    atc_type t = mg_type(f);
    if (t == ATC_T_DYNAMIC || t == ATC_T_LITERAL || mg_is_int(f))
        return 0;
    return mg_info(prof, f)->nvalues;
}

/* The k-th range of an integer field, as the values its C type holds. */
static inline void mg_range(const atc_profile *prof, const atc_field_desc *f, uint8_t k, int64_t *lo, int64_t *hi)
{
    int32_t l, h;
    atc_field_range(prof, f, k, &l, &h);
    if (mg_unsigned(prof, f)) {
        *lo = (int64_t)(uint32_t)l;
        *hi = (int64_t)(uint32_t)h;
    } else {
        *lo = l;
        *hi = h;
    }
}

static inline int64_t mg_type_min(const atc_profile *prof, const atc_field_desc *f)
{
    return mg_unsigned(prof, f) ? 0 : (int64_t)INT32_MIN;
}

static inline int64_t mg_type_max(const atc_profile *prof, const atc_field_desc *f)
{
    return mg_unsigned(prof, f) ? (int64_t)UINT32_MAX : (int64_t)INT32_MAX;
}

/* ---- reading and writing a message struct through its descriptors ---- */

static inline size_t mg_elem_size(const atc_field_desc *f)
{
    return mg_is_int(f) ? sizeof(int32_t) : sizeof(atc_str);
}

/* An integer element as the value it means (uint32_t fields: 0..UINT32_MAX). */
static inline int64_t mg_get_int(const atc_profile *prof, const void *msg, const atc_field_desc *f, unsigned k)
{
    uint32_t u;
    memcpy(&u, (const char *)msg + f->offset + k * sizeof u, sizeof u);
    return mg_unsigned(prof, f) ? (int64_t)u : (int64_t)(int32_t)u;
}

/* Store v (its low 32 bits: int32_t and uint32_t alike). */
static inline void mg_set_int(void *msg, const atc_field_desc *f, unsigned k, int64_t v)
{
    uint32_t u = (uint32_t)(uint64_t)v;
    memcpy((char *)msg + f->offset + k * sizeof u, &u, sizeof u);
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

/* VERBOSE integers (an error code that may be written as its text): the text, at `has`. */
static inline int mg_verbose(const atc_profile *prof, const atc_field_desc *f)
{
    return mg_is_int(f) && (mg_info(prof, f)->flags & ATC_I_VERBOSE) != 0;
}

static inline atc_str mg_get_text(const void *msg, const atc_field_desc *f)
{
    atc_str s;
    memcpy(&s, (const char *)msg + f->has, sizeof s);
    return s;
}

static inline void mg_set_text(void *msg, const atc_field_desc *f, const char *ptr, size_t len)
{
    atc_str s;
    s.ptr = ptr;
    s.len = (uint16_t)len;
    memcpy((char *)msg + f->has, &s, sizeof s);
}

static inline int mg_ieq(const char *a, const char *b, size_t n)
{
    size_t i;
    for (i = 0; i < n; i++) {
        char x = a[i], y = b[i];
        if (x >= 'a' && x <= 'z')
            x = (char)(x - 32);
        if (y >= 'a' && y <= 'z')
            y = (char)(y - 32);
        if (x != y)
            return 0;
    }
    return 1;
}

/* The code a VERBOSE field's text names (its table's text k names the code of range k, compared
 * without regard to case); 0 if the text is none of them. */
static inline int mg_verbose_code(const atc_profile *prof, const atc_field_desc *f, atc_str text, int64_t *code)
{
    const atc_field_info *in = mg_info(prof, f);
    uint8_t k;
    for (k = 0; k < in->nvalues && k < in->nranges; k++) {
        const char *v = atc_field_value(prof, f, k);
        if (strlen(v) == text.len && mg_ieq(v, text.ptr, text.len)) {
            int64_t hi;
            mg_range(prof, f, k, code, &hi);
            return 1;
        }
    }
    return 0;
}

/* Does the encoder write code `code` with text `text` as its number? It does when the first of
 * the table's texts spelt exactly so names another code (two codes share it: "Operation not
 * allowed" is 27.007's 3 and 27.005's 302), since the text would read back as that one. */
static inline int mg_text_written_as_number(const atc_profile *prof, const atc_field_desc *f, atc_str text,
                                            int64_t code)
{
    const atc_field_info *in = mg_info(prof, f);
    uint8_t k;
    for (k = 0; k < in->nvalues && k < in->nranges; k++) {
        const char *v = atc_field_value(prof, f, k);
        if (strlen(v) == text.len && memcmp(v, text.ptr, text.len) == 0) {
            int64_t lo, hi;
            mg_range(prof, f, k, &lo, &hi);
            return code < lo || code > hi;
        }
    }
    return 0;
}

/* Optional (not list) fields have a has_ flag at `has`; a list's count is at `has`. */
static inline int mg_optional(const atc_field_desc *f)
{
    return (f->type & ATC_F_OPTIONAL) && !(f->type & ATC_F_LIST);
}

static inline bool mg_has(const void *msg, const atc_field_desc *f)
{
    bool has = true;
    if (mg_optional(f))
        memcpy(&has, (const char *)msg + f->has, sizeof has);
    return has;
}

static inline void mg_set_has(void *msg, const atc_field_desc *f, bool has)
{
    if (mg_optional(f))
        memcpy((char *)msg + f->has, &has, sizeof has);
}

static inline unsigned mg_count(const void *msg, const atc_field_desc *f)
{
    if (!(f->type & ATC_F_LIST))
        return 1;
    return ((const uint8_t *)msg)[f->has];
}

static inline void mg_set_count(void *msg, const atc_field_desc *f, unsigned n)
{
    if (f->type & ATC_F_LIST)
        ((uint8_t *)msg)[f->has] = (uint8_t)n;
}

static inline int mg_in_ranges(const atc_profile *prof, const atc_field_desc *f, int64_t v)
{
    const atc_field_info *in = mg_info(prof, f);
    uint8_t i;
    if (in->nranges == 0)
        return v >= mg_type_min(prof, f) && v <= mg_type_max(prof, f);
    for (i = 0; i < in->nranges; i++) {
        int64_t lo, hi;
        mg_range(prof, f, i, &lo, &hi);
        if (v >= lo && v <= hi)
            return 1;
    }
    return 0;
}

/* Is [s, s+n) among the allowed values? fold: as the decoder compares (without regard to case,
 * unless the field says ATC_I_CASE); otherwise exactly, as the encoder does. */
static inline int mg_in_values(const atc_profile *prof, const atc_field_desc *f, const char *s, size_t n, int fold)
{
    uint8_t i, nv = mg_nvalues(prof, f);
    if (mg_info(prof, f)->flags & ATC_I_CASE)
        fold = 0;
    for (i = 0; i < nv; i++) {
        const char *v = atc_field_value(prof, f, i);
        if (strlen(v) == n && (fold ? mg_ieq(v, s, n) : memcmp(v, s, n) == 0))
            return 1;
    }
    return 0;
}

/* first field of the tagged set, or nfields */
static inline uint8_t mg_nplain(const atc_msg_desc *d)
{
    return (uint8_t)(d->tag_first >= 0 ? d->tag_first : d->nfields);
}

/* The tables use only what this generator understands (new features are counted as skipped by
 * the callers, never silently passed). */
static inline int mg_supported(const atc_profile *prof, uint16_t id)
{
    const atc_msg_desc *d = &prof->msgs[id];
    const atc_field_desc *fs = atc_msg_fields(prof, id);
    uint8_t i;
    for (i = 0; i < d->nfields; i++) {
        const atc_field_desc *f = &fs[i];
        const atc_field_info *in = mg_info(prof, f);
        if (mg_type(f) > ATC_T_DYNAMIC)
            return 0;
        if (in->flags & ~(ATC_I_UNSIGNED | ATC_I_CASE | ATC_I_VERBOSE | ATC_I_FIXED | ATC_I_PLAIN))
            return 0; /* (ATC_I_PLAIN only says no other rule applies: the converter's fast path) */
        if ((in->flags & ATC_I_VERBOSE) && (!mg_is_int(f) || (f->type & (ATC_F_OPTIONAL | ATC_F_LIST))))
            return 0;
        if ((f->type & ATC_F_LIST) && (f->type & ATC_F_OPTIONAL))
            return 0; /* (the count is its presence: no has_ flag to set) */
        if (mg_type(f) == ATC_T_DYNAMIC && (in->type_from < 0 || in->type_from >= d->nfields))
            return 0;
    }
    return d->size <= MG_MSG_BUF && d->nfields <= 32;
}

/* How many atc_field_info entries the profile has (the highest index any field uses, + 1). */
static inline unsigned mg_ninfos(const atc_profile *prof)
{
    unsigned n = 0;
    uint16_t id;
    for (id = 0; id < prof->nmsgs; id++) {
        const atc_field_desc *fs = atc_msg_fields(prof, id);
        uint8_t i;
        for (i = 0; i < prof->msgs[id].nfields; i++)
            if (fs[i].info + 1u > n)
                n = fs[i].info + 1u;
    }
    return n;
}

/* A copy of prof whose encoder writes any value its syntax can hold: no ranges, no max_len, no
 * allowed values (literals, which write their text whatever nvalues says, and DYNAMIC fields,
 * whose values are their types, keep theirs). For wire text the spec refuses, which the decoder
 * must read (with a warning) or refuse as its rules say. infos must hold mg_ninfos(prof). */
static inline void mg_loosen(const atc_profile *prof, atc_profile *out, atc_field_info *infos, unsigned cap)
{
    unsigned n = mg_ninfos(prof), i;
    uint16_t id;
    if (n > cap)
        n = cap;
    memcpy(infos, prof->infos, n * sizeof *infos);
    for (i = 0; i < n; i++) {
        infos[i].nranges = 0;
        infos[i].max_len = 0;
    }
    for (id = 0; id < prof->nmsgs; id++) {
        const atc_field_desc *fs = atc_msg_fields(prof, id);
        uint8_t k;
        for (k = 0; k < prof->msgs[id].nfields; k++)
            if (fs[k].info < n && mg_type(&fs[k]) != ATC_T_DYNAMIC && !mg_verbose(prof, &fs[k]))
                infos[fs[k].info].nvalues = 0;
    }
    /* an info shared with a DYNAMIC or VERBOSE field keeps its values: those say its types/texts */
    for (id = 0; id < prof->nmsgs; id++) {
        const atc_field_desc *fs = atc_msg_fields(prof, id);
        uint8_t k;
        for (k = 0; k < prof->msgs[id].nfields; k++)
            if (fs[k].info < n && (mg_type(&fs[k]) == ATC_T_DYNAMIC || mg_verbose(prof, &fs[k])))
                infos[fs[k].info].nvalues = prof->infos[fs[k].info].nvalues;
    }
    *out = *prof;
    out->infos = infos;
}

/* ---- a message under construction ---- */

#define MG_ARENA 16384

typedef struct mg_msg {
    const atc_profile *prof;
    uint16_t id;
    const atc_msg_desc *d;
    const atc_field_desc *fs;
    uint32_t shape;
    mg_msgbuf m;
    char arena[MG_ARENA];
    size_t used;
} mg_msg;

/* Point mm at message id of prof (its struct is left as it is). */
static inline void mg_bind(mg_msg *mm, const atc_profile *prof, uint16_t id)
{
    mm->prof = prof;
    mm->id = id;
    mm->d = &prof->msgs[id];
    mm->fs = atc_msg_fields(prof, id);
}

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
static inline void mg_table_formats(const atc_profile *prof, uint16_t id, uint8_t *formats, size_t n)
{
    const atc_msg_desc *d = &prof->msgs[id];
    const atc_field_desc *fs = atc_msg_fields(prof, id);
    uint8_t i;
    memset(formats, 0, n);
    for (i = 0; i < d->nfields && i < n; i++) {
        const atc_field_desc *f = &fs[i];
        uint8_t fmt = mg_info(prof, f)->fmt;
        if ((mg_type(f) == ATC_T_STRING || mg_type(f) == ATC_T_TOKEN) && !mg_nvalues(prof, f))
            formats[i] = (fmt & ATC_FMT_IPV4) ? MG_FMT_IPV4 : (fmt & ATC_FMT_IPV6) ? MG_FMT_IPV6 : MG_FMT_ANY;
    }
}

/* How values are drawn. */
typedef struct mg_opts {
    unsigned budget;        /* longest string to draw (max_len permitting) */
    int wild;               /* strings may hold any byte the line grammar allows (not CR, LF, NUL) */
    const uint8_t *formats; /* per field MG_FMT_*, or NULL */
} mg_opts;

/* ---- drawing values ---- */

static inline int64_t mg_draw_int(mg_src *s, const atc_profile *prof, const atc_field_desc *f)
{
    const atc_field_info *in = mg_info(prof, f);
    int hex = mg_type(f) == ATC_T_HEX;
    if (in->nranges == 0) {
        static const int32_t special[] = {0, 1, -1, 7, 10, 255, 65535, INT32_MAX, INT32_MIN, -65536};
        uint32_t c = mg_below(s, 16);
        int64_t v;
        if (mg_unsigned(prof, f))
            return c < 10 ? (int64_t)(uint32_t)special[c] : (int64_t)mg_bits(s, 4);
        v = c < 10 ? special[c] : (int32_t)mg_bits(s, 4);
        if (hex && v < 0) /* the line grammar writes hex without a sign */
            v = v == INT32_MIN ? INT32_MAX : -v;
        return v;
    } else {
        uint8_t r = (uint8_t)mg_below(s, in->nranges);
        uint32_t c;
        int64_t lo, hi;
        mg_range(prof, f, r, &lo, &hi);
        if (hex && hi >= 0 && lo < 0)
            lo = 0;
        c = mg_below(s, 4);
        if (c == 0)
            return lo;
        if (c == 1)
            return hi;
        return lo + (int64_t)(mg_bits(s, 4) % (uint64_t)(hi - lo + 1));
    }
}

/* Is c a byte the line scanner refuses inside a line (ATC_ERR_BINARY): a control byte but TAB,
 * LF and CR (runtime/atc_scan.rl)? */
static inline int mg_is_ctl(unsigned c)
{
    return c < 0x20 && c != '\t' && c != '\n' && c != '\r';
}

/* A character of a class: 0 quoted string (quotes and backslashes likely), 1 token (no comma or
 * quote), 2 text (anything printable). wild: any byte the line grammar allows in a line (not CR,
 * LF, nor another control byte but TAB: those stop a line). */
static inline char mg_draw_char(mg_src *s, int cls, int wild)
{
    uint32_t c;
    if (cls == 0 && mg_chance(s, 1, 5))
        return mg_chance(s, 1, 2) ? '"' : '\\';
    if (wild && mg_chance(s, 1, 4))
        c = mg_below(s, 256);
    else
        c = 0x20 + mg_below(s, 95);
    if (c == '\r' || c == '\n' || mg_is_ctl(c) || (cls == 1 && (c == ',' || c == '"')))
        c = 'a' + c % 26; /* (never loop: exhausted fuzz input draws zeros forever) */
    return (char)c;
}

static inline size_t mg_draw_len(mg_src *s, const atc_field_info *in, const mg_opts *o, size_t min)
{
    size_t cap = in->max_len ? in->max_len : 24;
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
    const atc_field_info *in = mg_info(mm->prof, f);
    uint8_t nv = mg_nvalues(mm->prof, f);
    size_t n, i, room = in->max_len ? in->max_len : 24;
    char *b;
    if (nv) {
        *out = atc_field_value(mm->prof, f, (uint8_t)mg_below(s, nv));
        *outlen = strlen(*out);
        return 1;
    }
    b = mg_alloc(mm, 64 + (o->budget > room ? o->budget : room));
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
        if (in->max_len && n > in->max_len) { /* keep it a number: drop the fraction, then digits */
            n = in->max_len;
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
        if (in->max_len && n > in->max_len)
            n = 0; /* never the case in today's specs; an empty value keeps the rest meaningful */
    } else if (type == ATC_T_STRING) {
        n = mg_draw_len(s, in, o, 0);
        for (i = 0; i < n; i++)
            b[i] = mg_draw_char(s, 0, o->wild);
    } else { /* TOKEN (not empty), TEXT: no space at either end; not starting with ( " , =
              * (a value that begins with '=' right after the head's '=' is decoded with a warning) */
        n = mg_draw_len(s, in, o, type == ATC_T_TOKEN ? 1 : text_min);
        for (i = 0; i < n; i++) {
            char c = mg_draw_char(s, type == ATC_T_TOKEN ? 1 : 2, o->wild);
            if ((i == 0 && (c == ' ' || c == '(' || c == '"' || c == ',' || c == '=')) || (i == n - 1 && c == ' '))
                c = (char)('A' + i % 26);
            if (c == '+' && i > 0 && b[i - 1] == ';')
                c = 'p'; /* ";+" joins commands in a V.250 command line: the encoder refuses it */
            b[i] = c;
        }
    }
    *out = b;
    *outlen = n;
    return 1;
}

/* The message's wire prefix ("AT+QIOPEN=", "+QIURC: ", "" for a line without a head). */
static inline const char *mg_prefix(const atc_profile *prof, uint16_t id)
{
    return prof->text + prof->prefixes[id];
}

/* The value of one element of field i, for the type it has in this message. */
static inline int mg_draw_value(mg_src *s, mg_msg *mm, uint8_t i, unsigned k, const mg_opts *o)
{
    const atc_field_desc *f = &mm->fs[i];
    atc_type type = atc_field_type(mm->prof, mm->id, i, mm->m.bytes);
    if (mg_type(f) == ATC_T_LITERAL)
        return 1;
    if (mg_is_int(f)) {
        const atc_field_info *in = mg_info(mm->prof, f);
        mg_set_int(mm->m.bytes, f, k, mg_draw_int(s, mm->prof, f));
        if (mg_verbose(mm->prof, f) && in->nvalues && in->nranges && mg_chance(s, 1, 4)) {
            /* the code as its text (AT+CMEE=2): text k names the code of range k */
            uint8_t t = (uint8_t)mg_below(s, in->nvalues < in->nranges ? in->nvalues : in->nranges);
            const char *txt = atc_field_value(mm->prof, f, t);
            int64_t lo, hi;
            mg_range(mm->prof, f, t, &lo, &hi);
            mg_set_int(mm->m.bytes, f, k, lo);
            mg_set_text(mm->m.bytes, f, txt, strlen(txt));
            {
                /* a text an earlier code shares (Congestion) is written as the number */
                int64_t first;
                atc_str ts = atc_str_make(txt, strlen(txt));
                if (mg_verbose_code(mm->prof, f, ts, &first) && first != lo)
                    mg_set_text(mm->m.bytes, f, NULL, 0);
            }
        }
        return 1;
    }
    {
        const char *v;
        size_t n;
        /* an empty text is a line only after a prefix or another field; a value that may be
         * empty is written absent (has_ false) instead */
        size_t text_min = (mg_prefix(mm->prof, mm->id)[0] || mm->d->nfields > 1) && !(f->type & ATC_F_EMPTY) ? 0 : 1;
        if (!mg_draw_str(s, mm, f, type, o->formats ? o->formats[i] : MG_FMT_ANY, o, &v, &n, text_min))
            return 0;
        mg_set_str(mm->m.bytes, f, k, v, n);
        return 1;
    }
}

/* A dynamic field present whose choosing field holds no known type: give it one. */
static inline void mg_fix_dynamic(mg_src *s, mg_msg *mm, uint8_t i)
{
    const atc_field_desc *f = &mm->fs[i];
    const atc_field_info *in = mg_info(mm->prof, f);
    const atc_field_desc *sel = &mm->fs[in->type_from];
    uint8_t ndyn = in->nvalues;
    uint32_t tries;
    if (atc_field_type(mm->prof, mm->id, i, mm->m.bytes) != ATC_T_DYNAMIC || ndyn == 0 || !mg_is_int(sel))
        return;
    for (tries = 0; tries < 4u * ndyn; tries++) {
        int32_t v = mm->prof->ints[in->values + 2u * mg_below(s, ndyn)];
        if (mg_in_ranges(mm->prof, sel, mg_unsigned(mm->prof, sel) ? (int64_t)(uint32_t)v : (int64_t)v)) {
            mg_set_int(mm->m.bytes, sel, 0, v);
            return;
        }
    }
}

/* Fill mm with valid values of message id for the field-presence mask `shape` (one of its
 * shapes' masks). Fields of a tagged set (after tag_first) are drawn present at random, at
 * least one. Returns 0 if the arena ran out. */
static inline int mg_build(mg_src *s, const atc_profile *prof, uint16_t id, uint32_t shape, const mg_opts *o,
                           mg_msg *mm)
{
    const atc_msg_desc *d = &prof->msgs[id];
    uint8_t i, nplain = mg_nplain(d);
    int pass;
    unsigned groups; /* the count of a repeated group, once drawn */
    memset(mm->m.bytes, 0, sizeof mm->m.bytes);
    mg_bind(mm, prof, id);
    mm->shape = shape;
    mm->used = 0;
    for (i = 0; i < nplain; i++) {
        const atc_field_desc *f = &mm->fs[i];
        int present = (shape >> i) & 1;
        if ((f->type & ATC_F_EMPTY) && present)
            present = mg_chance(s, 3, 4); /* an empty value keeps the shape */
        mg_set_has(mm->m.bytes, f, present != 0);
    }
    if (d->tag_first >= 0) {
        int any = 0;
        for (i = nplain; i + 1 < d->nfields; i += 2) {
            int present = mg_chance(s, 1, 2);
            mg_set_has(mm->m.bytes, &mm->fs[i + 1], present != 0);
            any |= present;
        }
        if (!any && nplain + 1 < d->nfields)
            mg_set_has(mm->m.bytes, &mm->fs[nplain + 1], true);
    }
    /* integers first (they choose the types of dynamic fields), then strings */
    groups = 0;
    for (pass = 0; pass < 2; pass++) {
        for (i = 0; i < d->nfields; i++) {
            const atc_field_desc *f = &mm->fs[i];
            unsigned n, k;
            if (mg_type(f) == ATC_T_LITERAL || mg_is_int(f) != (pass == 0) || !mg_has(mm->m.bytes, f))
                continue;
            if (i < nplain && !((shape >> i) & 1))
                continue;
            if (pass == 1 && mg_type(f) == ATC_T_DYNAMIC)
                mg_fix_dynamic(s, mm, i);
            n = (f->type & ATC_F_LIST) ? 1 + mg_below(s, mg_info(prof, f)->max_count ? mg_info(prof, f)->max_count : 1)
                                       : 1;
            if (mg_info(prof, f)->flags & ATC_I_GROUP) { /* (<a>,<b>)...: one count for the group */
                if (!groups)
                    groups = n;
                n = groups;
            }
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

static inline int mg_str_eq(atc_str x, atc_str y)
{
    return x.len == y.len && (x.len == 0 || memcmp(x.ptr, y.ptr, x.len) == 0);
}

/* Do two structs of message id hold the same values? (why: the first difference) */
static inline int mg_equal(const atc_profile *prof, uint16_t id, const void *a, const void *b, char *why, size_t whylen)
{
    const atc_msg_desc *d = &prof->msgs[id];
    const atc_field_desc *fs = atc_msg_fields(prof, id);
    uint8_t i;
    for (i = 0; i < d->nfields; i++) {
        const atc_field_desc *f = &fs[i];
        const char *name = atc_field_name(prof, id, i);
        unsigned n, k;
        if (mg_type(f) == ATC_T_LITERAL)
            continue;
        if (mg_has(a, f) != mg_has(b, f)) {
            snprintf(why, whylen, "%s: present %d, decoded %d", name, mg_has(a, f), mg_has(b, f));
            return 0;
        }
        if (!mg_has(a, f))
            continue;
        n = mg_count(a, f);
        if (n != mg_count(b, f)) {
            snprintf(why, whylen, "%s: %u values, decoded %u", name, n, mg_count(b, f));
            return 0;
        }
        for (k = 0; k < n; k++) {
            if (mg_is_int(f)) {
                if (mg_get_int(prof, a, f, k) != mg_get_int(prof, b, f, k)) {
                    snprintf(why, whylen, "%s: %lld, decoded %lld", name, (long long)mg_get_int(prof, a, f, k),
                             (long long)mg_get_int(prof, b, f, k));
                    return 0;
                }
            } else {
                atc_str x = mg_get_str(a, f, k), y = mg_get_str(b, f, k);
                if (!mg_str_eq(x, y)) {
                    char ex[128], ey[128];
                    snprintf(why, whylen, "%s: \"%s\" (%u bytes), decoded \"%s\" (%u bytes)", name,
                             mg_escape(x.ptr, x.len, ex, sizeof ex), x.len, mg_escape(y.ptr, y.len, ey, sizeof ey), y.len);
                    return 0;
                }
            }
        }
        if (mg_verbose(prof, f)) {
            atc_str x = mg_get_text(a, f), y = mg_get_text(b, f);
            if (!mg_str_eq(x, y) && !(y.len == 0 && mg_text_written_as_number(prof, f, x, mg_get_int(prof, a, f, 0)))) {
                char ex[128], ey[128];
                snprintf(why, whylen, "%s_text: \"%s\", decoded \"%s\"", name, mg_escape(x.ptr, x.len, ex, sizeof ex),
                         mg_escape(y.ptr, y.len, ey, sizeof ey));
                return 0;
            }
        }
    }
    return 1;
}

/* ---- what the runtime does with the tables, as the tables say it ---- */

/* Does condition list `at` of prof hold, for message id's struct msg, with the parser's session
 * state (read through atc_get_state)? Groups of conditions: any group, all of its conditions. */
static inline int mg_conds(const atc_parser *p, const atc_profile *prof, uint16_t at, uint16_t id, const void *msg)
{
    const atc_cond *c = prof->conds + at;
    const atc_field_desc *fs = atc_msg_fields(prof, id);
    int group = 1;
    for (;; c++) {
        uint8_t index = 0;
        if (c->field >= 0) {
            const atc_field_desc *f = &fs[c->field];
            int64_t v = msg && mg_is_int(f) && mg_has(msg, f) ? mg_get_int(prof, msg, f, 0) : -1;
            if (v < 0 || v > 255)
                group = 0;
            else
                index = (uint8_t)v;
        }
        if (group && atc_get_state(p, prof, c->state, index) != c->value)
            group = 0;
        if (c->last) {
            if (group)
                return 1;
            if (c->last == 2)
                return 0;
            group = 1;
        }
    }
}

/* The payload bytes that follow message id's line (0: none), as its payload descriptor says:
 * the length field, if its condition on the session state holds, twice as many when written as
 * hex. */
static inline long mg_payload_bytes(const atc_parser *p, const atc_profile *prof, uint16_t id, const void *msg)
{
    const atc_msg_desc *d = &prof->msgs[id];
    const atc_payload_desc *pl;
    const atc_field_desc *f;
    long n;
    int pf = atc_msg_payload_field(prof, id);
    if (pf < 0)
        return 0;
    pl = &prof->payloads[d->extra];
    f = &atc_msg_fields(prof, id)[pf];
    if (!mg_has(msg, f))
        return 0;
    n = (long)mg_get_int(prof, msg, f, 0);
    if (n <= 0)
        return 0;
    if (pl->when != 0xFFFF && !mg_conds(p, prof, pl->when, id, msg))
        return 0;
    if (pl->hex_when != 0xFFFF && mg_conds(p, prof, pl->hex_when, id, msg))
        n *= 2;
    return n;
}

/* Does command c, told sent with an all-zero struct (mandatory fields 0, optional ones absent),
 * expect the module's '>' prompt? Its first prompt rule whose condition holds decides. */
static inline int mg_expects_prompt(const atc_profile *prof, uint16_t c)
{
    const atc_msg_desc *d = &prof->msgs[c];
    const atc_field_desc *fs = atc_msg_fields(prof, c);
    uint8_t r;
    if (d->kind != ATC_KIND_COMMAND)
        return 0;
    for (r = 0; r < d->nanswers; r++) {
        const atc_prompt_desc *pr = &prof->prompts[d->answers + r];
        int present = pr->when_field >= 0 && pr->when_field < d->nfields && !(fs[pr->when_field].type & ATC_F_OPTIONAL) &&
                      !(fs[pr->when_field].type & ATC_F_LIST);
        int holds = pr->when_kind == 0 ? 1
                    : pr->when_kind == 1 ? present && mg_is_int(&fs[pr->when_field]) && pr->when_value == 0
                    : pr->when_kind == 2 ? present
                                         : !present;
        if (holds)
            return !pr->none && !pr->after_ok;
    }
    return 0;
}

/* Does message id have a data phase or payload after it (a payload it announces, transparent
 * mode it enters, prompt rules of a command, the command whose OK enters passthrough (USR
 * AT+ENTM) or one that sets that state, the escape that begins the handshake leaving it)? */
static inline int mg_may_begin_data(const atc_profile *prof, uint16_t id)
{
    const atc_msg_desc *d = &prof->msgs[id];
    uint16_t i;
    if ((d->flags & (ATC_M_PAYLOAD | ATC_M_PAYLOAD_AFTER_OK | ATC_M_ENTERS_DATA | ATC_M_PROMPT)) != 0 ||
        (d->kind == ATC_KIND_COMMAND && d->nanswers > 0) || id == prof->escape_cmd || id == prof->enter_cmd)
        return 1;
    for (i = 0; i < prof->neffects; i++)
        if (prof->effects[i].msg == id && prof->passthrough_state != 0xFF &&
            prof->effects[i].state == prof->passthrough_state)
            return 1;
    return 0;
}

/* Tell the parser the command a message needs pending: a response matches only while a command
 * form it answers is pending (its first one, as after atc_sent); a prompt only after a command
 * that expects one. Returns the command told, or ATC_NO_MSG. */
static inline uint16_t mg_context(atc_parser *p, const atc_profile *prof, uint16_t id)
{
    static mg_msgbuf zero; /* all zero */
    const atc_msg_desc *d = &prof->msgs[id];
    if (d->kind == ATC_KIND_RESPONSE && d->nanswers) {
        atc_sent_in(p, prof, prof->ids[d->answers], zero.bytes);
        return prof->ids[d->answers];
    }
    if (d->flags & ATC_M_PROMPT) {
        uint16_t c;
        for (c = 0; c < prof->nmsgs; c++)
            if (mg_expects_prompt(prof, c)) {
                atc_sent_in(p, prof, c, zero.bytes);
                return c;
            }
    }
    return ATC_NO_MSG;
}

/* Does a line of n bytes with this message's struct fit the decoder's line buffer? The decoder
 * needs the line's bytes (rounded up to 8, where the struct goes), 8 bytes per field and the
 * struct within ATC_MAX_LINE (runtime/atc.h). The number of fields is not counted here: at most
 * one per comma plus two (the head and the last one), at least one. */
enum { MG_FITS = 0, MG_FITS_MAYBE = 1, MG_FITS_NOT = 2 };

static inline int mg_fit(const atc_profile *prof, uint16_t id, const char *line, size_t n)
{
    size_t top = (size_t)ATC_MAX_LINE & ~(size_t)7, r8 = (n + 7) & ~(size_t)7, commas = 0, i;
    for (i = 0; i < n; i++)
        commas += line[i] == ',';
    if (r8 + 8 * (commas + 2) + prof->msgs[id].size <= top)
        return MG_FITS;
    if (r8 + 8 > top)
        return MG_FITS_NOT;
    return MG_FITS_MAYBE;
}

/* ---- decoding encoded bytes back ---- */

enum {
    MG_RT_OK = 0,        /* same message, same values (or another message with the same wire form) */
    MG_RT_NO_EVENT,      /* the decoder said nothing */
    MG_RT_REJECTED,      /* decoded as an error or unknown line */
    MG_RT_DIFFERENT,     /* another message, whose wire form differs */
    MG_RT_VALUES,        /* the same message, other values */
    MG_RT_PAYLOAD,       /* the announced payload did not arrive whole, or the next line was lost */
    MG_RT_TOO_LONG,      /* does not fit ATC_MAX_LINE, reported as ATC_ERR_LINE_TOO_LONG: as promised */
    MG_RT_WARNED         /* decoded, but with a warning (values outside the spec) that was not expected */
};

typedef struct mg_rt {
    const atc_profile *prof;
    const atc_profile *enc; /* the profile the original was encoded with (a loosened copy, or prof) */
    const mg_msg *orig;
    uint16_t want;
    int allow_warn;         /* a warning is expected: do not count it as a failure */
    const char *wire;
    size_t wire_len;
    char line[4 * ATC_MAX_LINE + 64]; /* the original without framing (ATC_FRAME_NONE) */
    size_t line_len;
    atc_err line_err;
    int events, result;
    uint16_t got;
    uint8_t got_kind;
    atc_err got_err, got_warn;
    uint8_t got_field;
    size_t data_len;
    int data_ends;
    atc_data_end how;
    uint16_t last_id;
    char why[320];
} mg_rt;

static inline const char *mg_rt_name(int r)
{
    static const char *const names[] = {"ok", "no event", "rejected", "decoded as another message",
                                        "values differ", "payload or next line lost", "line too long",
                                        "decoded with a warning"};
    return r >= 0 && r <= MG_RT_WARNED ? names[r] : "?";
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
    rt->got_warn = ev->warning;
    rt->got_field = ev->field;
    if (ev->kind == ATC_KIND_ERROR || ev->kind == ATC_KIND_UNKNOWN || !ev->desc) {
        char esc[256];
        rt->result = ev->error == ATC_ERR_LINE_TOO_LONG ? MG_RT_TOO_LONG : MG_RT_REJECTED;
        snprintf(rt->why, sizeof rt->why, "%s %s (field %u): \"%s\"", ev->kind == ATC_KIND_ERROR ? "error" : "unknown line",
                 atc_err_name(ev->error), ev->field, mg_escape(ev->raw.ptr, ev->raw.len, esc, sizeof esc));
        return;
    }
    if (ev->id == rt->want && ev->profile == rt->prof) {
        rt->result = mg_equal(ev->profile, ev->id, rt->orig->m.bytes, ev->msg, rt->why, sizeof rt->why) ? MG_RT_OK
                                                                                                      : MG_RT_VALUES;
    } else {
        /* another message that reads the same text (a URC and a response alike, the module's and
         * the host's "a" of the USR handshake): fine if it writes the same line back */
        static char again[4 * ATC_MAX_LINE + 64];
        size_t n = 0;
        atc_err e = atc_encode(rt->enc, ev->id, ev->msg, ATC_FRAME_NONE, again, sizeof again, &n);
        if (ev->profile == rt->prof && e == ATC_OK && rt->line_err == ATC_OK && n == rt->line_len &&
            memcmp(again, rt->line, n) == 0) {
            rt->result = MG_RT_OK;
        } else {
            const char *v = atc_msg_variant(ev->profile, ev->id);
            rt->result = MG_RT_DIFFERENT;
            snprintf(rt->why, sizeof rt->why, "decoded as %s%s%s (id %u)", atc_msg_name(ev->profile, ev->id),
                     v ? "/" : "", v ? v : "", ev->id);
            return;
        }
    }
    if (rt->result == MG_RT_OK && ev->warning != ATC_OK && !rt->allow_warn) {
        rt->result = MG_RT_WARNED;
        snprintf(rt->why, sizeof rt->why, "warning %s on field %u", atc_err_name(ev->warning), ev->field);
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

/* Decode wire (the encoding of mm, message `id` of prof, made with profile enc: prof or a
 * loosened copy of it) with a fresh parser. A response is decoded with the command it answers
 * pending (as after atc_sent), a prompt with a command that expects one (mg_context). An
 * announced payload is fed (when at most payload_cap bytes) followed by an OK line, which must
 * decode too. allow_warn: a warning on the decoded message is expected (the caller checks it in
 * rt->got_warn); otherwise it is a failure (MG_RT_WARNED). Returns MG_RT_*. */
static inline int mg_roundtrip_ex(mg_rt *rt, const atc_profile *prof, const atc_profile *enc, uint16_t id,
                                  const mg_msg *mm, const char *wire, size_t n, size_t payload_cap, int allow_warn)
{
    static const atc_callbacks cb = {mg_rt_event, mg_rt_data, mg_rt_end};
    const atc_msg_desc *d = &prof->msgs[id];
    atc_parser p;
    long announced;
    memset(rt, 0, sizeof *rt);
    rt->prof = prof;
    rt->enc = enc;
    rt->orig = mm;
    rt->want = id;
    rt->allow_warn = allow_warn;
    rt->wire = wire;
    rt->wire_len = n;
    rt->line_err = atc_encode(enc, id, mm->m.bytes, ATC_FRAME_NONE, rt->line, sizeof rt->line, &rt->line_len);
    rt->result = MG_RT_NO_EVENT;
    atc_init(&p, prof, &cb, rt);
    mg_context(&p, prof, id);
    atc_feed(&p, wire, n);
    if (rt->result != MG_RT_OK || rt->events != 1)
        return rt->events == 0 ? MG_RT_NO_EVENT : rt->result != MG_RT_OK ? rt->result : MG_RT_PAYLOAD;
    announced = rt->got == id ? mg_payload_bytes(&p, prof, id, mm->m.bytes) : 0;
    if (announced > 0 && (size_t)announced <= payload_cap) {
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
                     announced, (unsigned long)rt->data_len, rt->data_ends, (int)rt->how, rt->events);
            rt->result = MG_RT_PAYLOAD;
        }
    }
    atc_finish(&p);
    return rt->result;
}

static inline int mg_roundtrip(mg_rt *rt, const atc_profile *prof, uint16_t id, const mg_msg *mm, const char *wire,
                               size_t n, size_t payload_cap)
{
    return mg_roundtrip_ex(rt, prof, prof, id, mm, wire, n, payload_cap, 0);
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

/* ... and where it begins. */
static inline const char *mg_line_start(const char *wire, size_t n)
{
    size_t a = 0;
    while (a < n && (wire[a] == '\r' || wire[a] == '\n'))
        a++;
    return wire + a;
}

/* Is this roundtrip result what a line of that size must give? A line that fits must decode, one
 * that cannot must be reported as too long; near the limit either (*maybe set). */
static inline int mg_rt_as_promised(const atc_profile *prof, uint16_t id, const char *wire, size_t n, int r,
                                    int *maybe)
{
    int fit = mg_fit(prof, id, mg_line_start(wire, n), mg_line_len(wire, n));
    if (maybe)
        *maybe = fit == MG_FITS_MAYBE;
    if (fit == MG_FITS)
        return r == MG_RT_OK;
    if (fit == MG_FITS_NOT)
        return r == MG_RT_TOO_LONG;
    return r == MG_RT_OK || r == MG_RT_TOO_LONG;
}

#endif
