/* Generated property tests: for every profile in atc_tool_profiles[], every message and every
 * shape of its descriptor tables (tests/props/msggen.h draws the values):
 *
 *   valid     random valid values (seeded, reproducible) encode, and decode back with a fresh
 *             parser to the same message and values (or to a message that writes the same
 *             bytes); the NULL-buffer size query gives the length; an exact-size buffer takes
 *             it; FRAME_NONE is the wire form without its framing; an announced payload arrives
 *             whole and the next line decodes; every string field at exactly its max_len too;
 *   invalid   each class of invalid value is refused with its error: an integer out of range
 *             (ATC_ERR_RANGE), a string over max_len (ATC_ERR_TOO_LONG), not among the allowed
 *             values (ATC_ERR_VALUE), with CR, LF or NUL (ATC_ERR_BAD_CHAR), a comma or quote
 *             in a token (ATC_ERR_BAD_CHAR), a float or typed number that is not one
 *             (ATC_ERR_VALUE), a present-mask that is none of the shapes (ATC_ERR_MISSING);
 *   no space  a buffer one byte too small is refused (ATC_ERR_NO_SPACE) and nothing is written
 *             past its end (guard bytes).
 *
 * ATC_PROPS_SEED (default 1) and ATC_PROPS_ITER (valid draws per shape, default 16) reproduce or
 * deepen a run. The count of properties checked is printed. */
#include <criterion/criterion.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "profiles.h"
#include "props/msggen.h"

#define WIRE_MAX (8 * MG_ARENA)
#define MAX_FAIL 25

typedef struct props {
    unsigned long checked, failed, skipped_msgs, too_long, learned;
    unsigned long per_class[8];
    char fails[MAX_FAIL][400];
} props;

static props P;
static char wire[WIRE_MAX + 64], wire2[WIRE_MAX + 64];

static void fail(const atc_profile *prof, const atc_msg_desc *d, const char *fmt, ...)
{
    va_list ap;
    if (P.failed < MAX_FAIL) {
        int n = snprintf(P.fails[P.failed], sizeof P.fails[0], "%s #%d %s%s%s (%s): ", prof->name, (int)(d - prof->msgs), d->name,
                         d->variant ? "/" : "", d->variant ? d->variant : "", d->prefix);
        va_start(ap, fmt);
        vsnprintf(P.fails[P.failed] + n, sizeof P.fails[0] - (size_t)n, fmt, ap);
        va_end(ap);
    }
    P.failed++;
}

#define CHECK(cond, ...)                                                                           \
    do {                                                                                           \
        P.checked++;                                                                               \
        if (!(cond))                                                                               \
            fail(prof, d, __VA_ARGS__);                                                            \
    } while (0)

static uint64_t seed_of(const char *a, unsigned b, unsigned c, unsigned e)
{
    uint64_t h = 1469598103934665603ull;
    const char *s = getenv("ATC_PROPS_SEED");
    h ^= s ? strtoull(s, NULL, 0) : 1;
    for (; *a; a++)
        h = (h ^ (unsigned char)*a) * 1099511628211ull;
    h = (h ^ b) * 1099511628211ull;
    h = (h ^ c) * 1099511628211ull;
    h = (h ^ e) * 1099511628211ull;
    return h;
}

static unsigned iterations(void)
{
    const char *s = getenv("ATC_PROPS_ITER");
    return s ? (unsigned)strtoul(s, NULL, 0) : 16;
}

static atc_err encode(const atc_msg_desc *d, const mg_msg *mm, char *buf, size_t cap, size_t *len)
{
    *len = 0;
    return atc_encode(d, mm->m.bytes, ATC_FRAME_WIRE, buf, cap, len);
}

/* Build a valid message for shape `shape` whose line fits ATC_MAX_LINE (shorter strings until it
 * does; a line that cannot fit is built anyway). */
static int build_fitting(mg_src *s, const atc_msg_desc *d, uint32_t shape, const uint8_t *formats, mg_msg *mm,
                         size_t *need)
{
    unsigned budget = 64;
    for (;;) {
        mg_opts o;
        o.budget = budget;
        o.wild = 0;
        o.formats = formats;
        if (!mg_build(s, d, shape, &o, mm))
            return 0;
        if (encode(d, mm, NULL, 0, need) != ATC_OK || *need <= ATC_MAX_LINE || budget == 1)
            return 1;
        budget /= 2;
    }
}

/* ---- string formats the tables do not carry (spec `format: ipv4|ipv6`) ---- */

static int is_formattable(const atc_field_desc *f)
{
    return (f->type == ATC_T_STRING || f->type == ATC_T_TOKEN) && f->nvalues == 0;
}

/* Does message d, shape, with these formats, round-trip for a few draws? */
static int roundtrips(const atc_profile *prof, uint16_t id, uint32_t shape, const uint8_t *formats, unsigned salt)
{
    const atc_msg_desc *d = &prof->msgs[id];
    static mg_msg mm;
    unsigned k;
    for (k = 0; k < 3; k++) {
        mg_src s;
        size_t need, len;
        mg_rt rt;
        mg_seed(&s, seed_of(prof->name, id, shape, 1000 + salt * 7 + k));
        if (!build_fitting(&s, d, shape, formats, &mm, &need))
            return 0;
        if (encode(d, &mm, wire, WIRE_MAX, &len) != ATC_OK)
            return 0;
        if (mg_roundtrip(&rt, prof, id, &mm, wire, len, 0) != MG_RT_OK || rt.got != id)
            return 0; /* (strict: not another message that happens to read the same text) */
    }
    return 1;
}

/* Formats per field: from the tables when they carry them (fmt bits 0x40 ipv4, 0x80 ipv6 on
 * string fields, see docs/security.md), otherwise learned: the first assignment of
 * {any, ipv4, ipv6} to a shape's string fields with which the shape round-trips. */
static void learn_formats(const atc_profile *prof, uint16_t id, uint8_t *formats)
{
    const atc_msg_desc *d = &prof->msgs[id];
    uint8_t decided[64];
    uint8_t i, s;
    memset(decided, 0, sizeof decided);
    for (i = 0; i < d->nfields; i++) {
        const atc_field_desc *f = &d->fields[i];
        formats[i] = MG_FMT_ANY;
        if (is_formattable(f) && (f->fmt & 0xC0)) {
            formats[i] = (f->fmt & 0x40) ? MG_FMT_IPV4 : MG_FMT_IPV6;
            decided[i] = 1;
        }
    }
    for (s = 0; s < d->nshapes; s++) {
        uint8_t cand[8], nc = 0;
        unsigned combo, ncombo = 1;
        for (i = 0; i < d->nfields && i < 32; i++)
            if (((d->shapes[s] >> i) & 1) && is_formattable(&d->fields[i]) && !decided[i] && nc < 6)
                cand[nc++] = i;
        if (nc == 0 || roundtrips(prof, id, d->shapes[s], formats, s))
            goto decide;
        for (i = 0; i < nc; i++)
            ncombo *= 3;
        for (combo = 1; combo < ncombo; combo++) {
            unsigned c = combo;
            for (i = 0; i < nc; i++, c /= 3)
                formats[cand[i]] = (uint8_t)(c % 3);
            if (roundtrips(prof, id, d->shapes[s], formats, s)) {
                for (i = 0; i < nc; i++)
                    if (formats[cand[i]] != MG_FMT_ANY) {
                        P.learned++;
                        fprintf(stderr, "props: %s %s%s%s field %s: the grammar takes only %s text, the tables "
                                        "do not say so (the encoder cannot refuse other text)\n",
                                prof->name, d->name, d->variant ? "/" : "", d->variant ? d->variant : "",
                                d->fields[cand[i]].name, formats[cand[i]] == MG_FMT_IPV4 ? "IPv4" : "IPv6");
                    }
                goto decide;
            }
        }
        for (i = 0; i < nc; i++) /* nothing works: leave it to the checks below to report */
            formats[cand[i]] = MG_FMT_ANY;
        continue;
    decide:
        for (i = 0; i < nc; i++)
            decided[cand[i]] = 1;
    }
}

/* ---- valid values ---- */

static void check_valid(const atc_profile *prof, uint16_t id, uint32_t shape, const uint8_t *formats, unsigned iter)
{
    const atc_msg_desc *d = &prof->msgs[id];
    static mg_msg mm;
    mg_src s;
    size_t need = 0, len = 0, lead, line;
    atc_err e;
    mg_rt rt;
    int r;
    char *exact;
    mg_seed(&s, seed_of(prof->name, id, shape, iter));
    if (!build_fitting(&s, d, shape, formats, &mm, &need)) {
        fail(prof, d, "shape 0x%x: cannot draw values", shape);
        return;
    }
    e = encode(d, &mm, NULL, 0, &need);
    CHECK(e == ATC_OK, "shape 0x%x: valid values refused by the size query: %s", shape, atc_err_name(e));
    if (e != ATC_OK)
        return;
    e = encode(d, &mm, wire, WIRE_MAX, &len);
    CHECK(e == ATC_OK && len == need, "shape 0x%x: size query says %zu, encoding %s with %zu", shape, need,
          atc_err_name(e), len);
    if (e != ATC_OK)
        return;
    /* exact-size buffer */
    exact = malloc(need + 1);
    exact[need] = '#';
    e = encode(d, &mm, exact, need, &len);
    CHECK(e == ATC_OK && len == need && memcmp(exact, wire, need) == 0 && exact[need] == '#',
          "shape 0x%x: exact-size buffer: %s", shape, atc_err_name(e));
    free(exact);
    /* one byte too small: refused, nothing written past the end */
    if (need > 0) {
        char *small = malloc(need + 8);
        memset(small, '#', need + 8);
        e = encode(d, &mm, small, need - 1, &len);
        CHECK(e == ATC_ERR_NO_SPACE && memcmp(small + need - 1, "#########", 9) == 0,
              "shape 0x%x: buffer one byte short: %s, guard %s", shape, atc_err_name(e),
              memcmp(small + need - 1, "#########", 9) == 0 ? "intact" : "OVERWRITTEN");
        P.per_class[6]++;
        free(small);
    }
    /* FRAME_NONE is the line without its framing */
    {
        size_t nlen = 0;
        e = atc_encode(d, mm.m.bytes, ATC_FRAME_NONE, wire2, WIRE_MAX, &nlen);
        for (lead = 0; lead < need && (wire[lead] == '\r' || wire[lead] == '\n'); lead++)
            ;
        line = mg_line_len(wire, need);
        CHECK(e == ATC_OK && (d->flags & ATC_M_PROMPT ? 1 : nlen == line) && memcmp(wire2, wire + lead, nlen) == 0,
              "shape 0x%x: FRAME_NONE differs from the wire form", shape);
    }
    /* decodes back */
    r = mg_roundtrip(&rt, prof, id, &mm, wire, need, 1 << 16);
    if (line > ATC_MAX_LINE) {
        P.too_long++;
        CHECK(r == MG_RT_TOO_LONG, "shape 0x%x: a %zu-byte line should be reported as too long, got: %s %s", shape,
              line, mg_rt_name(r), rt.why);
    } else {
        CHECK(r == MG_RT_OK, "shape 0x%x: %s: %s\n      wire: %.*s", shape, mg_rt_name(r), rt.why,
              (int)(need > 300 ? 300 : need), wire);
    }
    P.per_class[0]++;
}

/* Every string field at exactly its max_len (others as short as they go): accepted, and decodes. */
static void check_max_len(const atc_profile *prof, uint16_t id, uint32_t shape, const uint8_t *formats)
{
    const atc_msg_desc *d = &prof->msgs[id];
    static mg_msg mm;
    uint8_t i;
    for (i = 0; i < d->nfields && i < 32; i++) {
        const atc_field_desc *f = &d->fields[i];
        mg_src s;
        mg_opts o;
        size_t len, k;
        char *v;
        atc_err e;
        mg_rt rt;
        int r;
        if (mg_is_int(f) || f->type == ATC_T_LITERAL || !f->max_len || f->nvalues || formats[i] ||
            (f->type != ATC_T_STRING && f->type != ATC_T_TOKEN && f->type != ATC_T_TEXT))
            continue;
        mg_seed(&s, seed_of(prof->name, id, shape, 500 + i));
        o.budget = 1;
        o.wild = 0;
        o.formats = formats;
        if (!mg_build(&s, d, shape, &o, &mm) || !mg_has(mm.m.bytes, f) || (i < 32 && !((shape >> i) & 1)))
            continue;
        v = mg_alloc(&mm, f->max_len);
        if (!v)
            continue;
        for (k = 0; k < f->max_len; k++)
            v[k] = f->type == ATC_T_STRING ? mg_draw_char(&s, 0, 0) : (char)('a' + k % 26);
        mg_set_str(mm.m.bytes, f, 0, v, f->max_len);
        e = encode(d, &mm, wire, WIRE_MAX, &len);
        CHECK(e == ATC_OK, "field %s at max_len %u refused: %s", f->name, f->max_len, atc_err_name(e));
        if (e != ATC_OK)
            continue;
        r = mg_roundtrip(&rt, prof, id, &mm, wire, len, 1 << 16);
        if (mg_line_len(wire, len) > ATC_MAX_LINE)
            CHECK(r == MG_RT_TOO_LONG, "field %s at max_len: long line not reported", f->name);
        else
            CHECK(r == MG_RT_OK, "field %s at max_len %u: %s: %s", f->name, f->max_len, mg_rt_name(r), rt.why);
        P.per_class[7]++;
    }
}

/* ---- invalid values: one field made invalid in an otherwise valid message ---- */

static void expect(const atc_profile *prof, const atc_msg_desc *d, const mg_msg *mm, atc_err want, int cls,
                   const char *what, const char *field)
{
    size_t len = 0, need = 0;
    atc_err e = atc_encode(d, mm->m.bytes, ATC_FRAME_WIRE, wire, WIRE_MAX, &len);
    atc_err q = atc_encode(d, mm->m.bytes, ATC_FRAME_WIRE, NULL, 0, &need);
    CHECK(e == want && q == want, "%s %s: want %s, got %s (size query %s)", field, what, atc_err_name(want),
          atc_err_name(e), atc_err_name(q));
    P.per_class[cls]++;
}

static void check_invalid(const atc_profile *prof, uint16_t id, uint32_t shape, const uint8_t *formats)
{
    const atc_msg_desc *d = &prof->msgs[id];
    static mg_msg base, mm;
    uint8_t i;
    mg_src s;
    mg_opts o;
    mg_seed(&s, seed_of(prof->name, id, shape, 900));
    o.budget = 8;
    o.wild = 0;
    o.formats = formats;
    if (!mg_build(&s, d, shape, &o, &base))
        return;
    for (i = 0; i < d->nfields; i++) {
        const atc_field_desc *f = &d->fields[i];
        atc_type type = atc_field_type(d->fields, i, base.m.bytes);
        if (f->type == ATC_T_LITERAL || !mg_has(base.m.bytes, f) || (i < 32 && i < mg_nplain(d) && !((shape >> i) & 1)))
            continue;
        if (mg_is_int(f) && f->nranges) {
            /* below the lowest, above the highest, and in every gap between ranges */
            int64_t lo = INT64_MAX, hi = INT64_MIN, cand[8];
            unsigned nc = 0, c, r, r2;
            for (r = 0; r < f->nranges; r++) {
                if (f->ranges[2 * r] < lo)
                    lo = f->ranges[2 * r];
                if (f->ranges[2 * r + 1] > hi)
                    hi = f->ranges[2 * r + 1];
            }
            if (lo > INT32_MIN)
                cand[nc++] = lo - 1;
            if (hi < INT32_MAX)
                cand[nc++] = hi + 1;
            if (lo > INT32_MIN + 1000)
                cand[nc++] = INT32_MIN;
            for (r = 0; r < f->nranges && nc < 8; r++) {
                int64_t v = (int64_t)f->ranges[2 * r + 1] + 1, inside = 0;
                for (r2 = 0; r2 < f->nranges; r2++)
                    inside |= v >= f->ranges[2 * r2] && v <= f->ranges[2 * r2 + 1];
                if (!inside && v <= hi)
                    cand[nc++] = v;
            }
            for (c = 0; c < nc; c++) {
                char what[64];
                mm = base;
                mg_set_int(mm.m.bytes, f, 0, (int32_t)cand[c]);
                snprintf(what, sizeof what, "= %ld (out of range)", (long)cand[c]);
                expect(prof, d, &mm, ATC_ERR_RANGE, 1, what, f->name);
            }
            continue;
        }
        if (mg_is_int(f))
            continue;
        {
            atc_str v = mg_get_str(base.m.bytes, f, 0);
            char *b;
            size_t n;
            /* over max_len */
            if (f->max_len) {
                mm = base;
                b = mg_alloc(&mm, (size_t)f->max_len + 1);
                if (b) {
                    for (n = 0; n <= f->max_len; n++)
                        b[n] = (char)('a' + n % 26);
                    if (type == ATC_T_FLOAT || type == ATC_T_INT)
                        memset(b, '1', (size_t)f->max_len + 1);
                    mg_set_str(mm.m.bytes, f, 0, b, (size_t)f->max_len + 1);
                    expect(prof, d, &mm, ATC_ERR_TOO_LONG, 2, "over max_len", f->name);
                }
            }
            /* not among the allowed values */
            if (f->nvalues && f->type != ATC_T_DYNAMIC) {
                static const char *const tries[] = {"#", "x#y", "0", "Z"};
                unsigned t;
                for (t = 0; t < 4; t++)
                    if (!mg_in_values(f, tries[t], strlen(tries[t])) && (!f->max_len || strlen(tries[t]) <= f->max_len))
                        break;
                if (t < 4) {
                    mm = base;
                    mg_set_str(mm.m.bytes, f, 0, tries[t], strlen(tries[t]));
                    expect(prof, d, &mm, ATC_ERR_VALUE, 3, "not among the allowed values", f->name);
                }
            }
            /* CR, LF, NUL anywhere in the value */
            {
                static const char bad[3] = {'\r', '\n', '\0'};
                unsigned t;
                for (t = 0; t < 3; t++) {
                    mm = base;
                    n = v.len ? v.len : 1;
                    if (f->max_len && n > f->max_len)
                        continue;
                    b = mg_alloc(&mm, n);
                    if (!b)
                        continue;
                    if (v.len)
                        memcpy(b, v.ptr, v.len);
                    b[mg_below(&s, (uint32_t)n)] = bad[t];
                    mg_set_str(mm.m.bytes, f, 0, b, n);
                    expect(prof, d, &mm, ATC_ERR_BAD_CHAR, 4, t == 0 ? "with CR" : t == 1 ? "with LF" : "with NUL",
                           f->name);
                }
            }
            /* a comma in a token; a quote at its start (formats refuse both as not an address) */
            if (type == ATC_T_TOKEN && !f->nvalues && (!f->max_len || f->max_len >= 3) && !formats[i]) {
                mm = base;
                mg_set_str(mm.m.bytes, f, 0, "a,b", 3);
                expect(prof, d, &mm, ATC_ERR_BAD_CHAR, 4, "with a comma (token)", f->name);
                mm = base;
                mg_set_str(mm.m.bytes, f, 0, "\"ab", 3);
                expect(prof, d, &mm, ATC_ERR_BAD_CHAR, 4, "starting with a quote (token)", f->name);
            }
            /* not a number where the type says one */
            if ((type == ATC_T_FLOAT || ((type == ATC_T_INT || type == ATC_T_HEX) && f->type == ATC_T_DYNAMIC)) &&
                !f->nvalues) {
                static const char *const nan[] = {"1.", ".5", "1.2.3", "x", "--1", "1e5"};
                unsigned t;
                for (t = 0; t < 6; t++) {
                    if (f->max_len && strlen(nan[t]) > f->max_len)
                        continue;
                    mm = base;
                    mg_set_str(mm.m.bytes, f, 0, nan[t], strlen(nan[t]));
                    expect(prof, d, &mm, ATC_ERR_VALUE, 3, "not a number", f->name);
                }
            }
        }
    }
}

/* Every present-mask over the optional fields that is not a shape is refused as ATC_ERR_MISSING. */
static void check_masks(const atc_profile *prof, uint16_t id, const uint8_t *formats)
{
    const atc_msg_desc *d = &prof->msgs[id];
    static mg_msg mm;
    uint8_t opt[16], nopt = 0, i, nplain = mg_nplain(d);
    uint32_t always = 0, sub;
    for (i = 0; i < nplain && i < 32; i++) {
        const atc_field_desc *f = &d->fields[i];
        if ((f->flags & ATC_F_OPTIONAL) && !(f->flags & ATC_F_EMPTY)) {
            if (nopt < 14)
                opt[nopt++] = i;
        } else {
            always |= 1u << i;
        }
    }
    if (d->nshapes == 0)
        return;
    for (sub = 0; sub < (1u << nopt); sub++) {
        uint32_t mask = always;
        uint8_t k;
        mg_src s;
        mg_opts o;
        for (k = 0; k < nopt; k++)
            if ((sub >> k) & 1)
                mask |= 1u << opt[k];
        for (k = 0; k < d->nshapes && d->shapes[k] != mask; k++)
            ;
        if (k < d->nshapes)
            continue;
        mg_seed(&s, seed_of(prof->name, id, mask, 77));
        o.budget = 4;
        o.wild = 0;
        o.formats = formats;
        if (!mg_build(&s, d, mask, &o, &mm))
            continue;
        expect(prof, d, &mm, ATC_ERR_MISSING, 5, "present-mask that is no shape", "(mask)");
    }
}

/* Table sanity the generator promises: shapes are distinct, dynamic fields follow their chooser. */
static void check_tables(const atc_profile *prof, uint16_t id)
{
    const atc_msg_desc *d = &prof->msgs[id];
    uint8_t i, j;
    for (i = 0; i < d->nshapes; i++)
        for (j = (uint8_t)(i + 1); j < d->nshapes; j++)
            CHECK(d->shapes[i] != d->shapes[j], "shapes %u and %u are the same mask", i, j);
    for (i = 0; i < d->nfields; i++)
        if (d->fields[i].type == ATC_T_DYNAMIC)
            CHECK(d->fields[i].type_from >= 0 && d->fields[i].type_from < i, "dynamic field %s: chooser %d",
                  d->fields[i].name, d->fields[i].type_from);
    CHECK(d->size <= ATC_MSG_BUF, "struct of %u bytes does not fit ATC_MSG_BUF", d->size);
}

Test(props, every_message_and_shape_of_every_profile, .timeout = 600)
{
    unsigned iter = iterations(), it;
    int pi;
    memset(&P, 0, sizeof P);
    for (pi = 0; atc_tool_profiles[pi]; pi++) {
        const atc_profile *prof = atc_tool_profiles[pi];
        unsigned long before = P.checked;
        uint16_t id;
        for (id = 0; id < prof->nmsgs; id++) {
            const atc_msg_desc *d = &prof->msgs[id];
            uint8_t formats[64];
            uint8_t s;
            if (!mg_supported(d) || d->nfields > 64) {
                P.skipped_msgs++;
                fprintf(stderr, "props: %s %s: uses table features the generator does not know, skipped\n",
                        prof->name, d->name);
                continue;
            }
            check_tables(prof, id);
            learn_formats(prof, id, formats);
            if (d->nshapes == 0) {
                for (it = 0; it < 2; it++)
                    check_valid(prof, id, 0, formats, it);
                continue;
            }
            for (s = 0; s < d->nshapes; s++) {
                for (it = 0; it < iter; it++)
                    check_valid(prof, id, d->shapes[s], formats, it);
                check_max_len(prof, id, d->shapes[s], formats);
                check_invalid(prof, id, d->shapes[s], formats);
            }
            check_masks(prof, id, formats);
        }
        fprintf(stderr, "props: %-14s %4u messages, %7lu properties\n", prof->name, prof->nmsgs,
                P.checked - before);
    }
    fprintf(stderr,
            "props: %lu properties checked (%lu valid round trips, %lu at max_len, %lu out of range, %lu over "
            "max_len, %lu not allowed / not a number, %lu bad characters, %lu invalid masks, %lu one byte short; "
            "%lu lines longer than ATC_MAX_LINE), %lu failed; %lu messages skipped; %lu string formats learned\n",
            P.checked, P.per_class[0], P.per_class[7], P.per_class[1], P.per_class[2], P.per_class[3],
            P.per_class[4], P.per_class[5], P.per_class[6], P.too_long, P.failed, P.skipped_msgs, P.learned);
    if (P.failed) {
        unsigned long k;
        for (k = 0; k < P.failed && k < MAX_FAIL; k++)
            fprintf(stderr, "  FAIL %s\n", P.fails[k]);
    }
    cr_assert_eq(P.failed, 0, "%lu of %lu properties failed, first: %s", P.failed, P.checked, P.fails[0]);
    cr_assert_gt(P.checked, 1000, "too few properties checked");
}
