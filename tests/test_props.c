/* Generated property tests: for every profile in atc_tool_profiles[], every message and every
 * shape of its tables (tests/props/msggen.h draws the values):
 *
 *   valid     random valid values (seeded, reproducible) encode, and decode back with a fresh
 *             parser to the same message and values, without a warning (or to a message that
 *             writes the same bytes); the NULL-buffer size query gives the length; an exact-size
 *             buffer takes it; FRAME_NONE is the wire form without its framing; an announced
 *             payload arrives whole and the next line decodes; every string field at exactly its
 *             max_len too. A line that does not fit the decoder's line buffer (its bytes, 8 bytes
 *             a field and the struct: ATC_MAX_LINE) is reported as ATC_ERR_LINE_TOO_LONG;
 *   invalid   the encoder stays strict: each class of invalid value is refused with its error:
 *             an integer out of range (ATC_ERR_RANGE), a string over max_len (ATC_ERR_TOO_LONG),
 *             not among the allowed values (ATC_ERR_VALUE), with CR, LF, NUL or another control
 *             byte the decoder refuses in a line (ATC_ERR_BAD_CHAR), a comma or quote in a token
 *             (ATC_ERR_BAD_CHAR), a float or typed number that is not one (ATC_ERR_VALUE), a
 *             code written as a text that is not its table's (ATC_ERR_VALUE), a present-mask
 *             that is none of the shapes (ATC_ERR_MISSING);
 *   tolerant  the decoder is not: the same out-of-range integers, over-long strings and values
 *             not allowed, written by a loosened copy of the profile (mg_loosen), decode as their
 *             message with the value kept and ev->warning the same error (ATC_ERR_RANGE,
 *             ATC_ERR_TOO_LONG, ATC_ERR_VALUE) on that field (syntax decides the message, values
 *             do not), or as another message that takes them cleanly and writes the same line.
 *             Announced payload lengths stay errors (tests/test_hostile.c);
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
#define MAX_FAIL 40
#define MAX_INFOS 4096

typedef struct props {
    unsigned long checked, failed, kept, skipped_msgs, too_long, maybe_long, learned, tolerated_as_other;
    unsigned long per_class[12];
    char fails[MAX_FAIL][400];
} props;

static props P;
static char wire[WIRE_MAX + 64], wire2[WIRE_MAX + 64];

/* the profile being checked, loosened (tolerant checks) */
static atc_profile loose;
static atc_field_info loose_infos[MAX_INFOS];

/* A failed property; the first few of each check (source line) are kept for the report. */
static void fail_at(int line, const atc_profile *prof, const atc_msg_desc *d, const char *fmt, ...)
{
    static int lines[MAX_FAIL];
    static unsigned long kept;
    unsigned long k, same = 0;
    va_list ap;
    if (P.failed == 0)
        kept = 0;
    for (k = 0; k < kept; k++)
        same += lines[k] == line;
    if (kept < MAX_FAIL && same < 3) {
        lines[kept] = line;
        uint16_t id = (uint16_t)(d - prof->msgs);
        const char *v = atc_msg_variant(prof, id);
        int n = snprintf(P.fails[kept], sizeof P.fails[0], "%s #%d %s%s%s (%s): ", prof->name, (int)id,
                         atc_msg_name(prof, id), v ? "/" : "", v ? v : "", mg_prefix(prof, id));
        va_start(ap, fmt);
        vsnprintf(P.fails[kept] + n, sizeof P.fails[0] - (size_t)n, fmt, ap);
        va_end(ap);
        kept++;
        P.kept = kept;
    }
    P.failed++;
}

#define fail(...) fail_at(__LINE__, __VA_ARGS__)

#define CHECK(cond, ...)                                                                           \
    do {                                                                                           \
        P.checked++;                                                                               \
        if (!(cond))                                                                               \
            fail_at(__LINE__, prof, d, __VA_ARGS__);                                               \
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

static atc_err encode(const mg_msg *mm, char *buf, size_t cap, size_t *len)
{
    *len = 0;
    return atc_encode(mm->prof, mm->id, mm->m.bytes, ATC_FRAME_WIRE, buf, cap, len);
}

/* Build a valid message for shape `shape` whose line fits ATC_MAX_LINE (shorter strings until it
 * does; a line that cannot fit is built anyway). */
static int build_fitting(mg_src *s, const atc_profile *prof, uint16_t id, uint32_t shape, const uint8_t *formats,
                         mg_msg *mm, size_t *need)
{
    unsigned budget = 64;
    for (;;) {
        mg_opts o;
        o.budget = budget;
        o.wild = 0;
        o.formats = formats;
        if (!mg_build(s, prof, id, shape, &o, mm))
            return 0;
        if (encode(mm, NULL, 0, need) != ATC_OK || *need <= ATC_MAX_LINE || budget == 1)
            return 1;
        budget /= 2;
    }
}

/* ---- string formats the tables do not carry (spec `format: ipv4|ipv6`) ---- */

static int is_formattable(const atc_profile *prof, const atc_field_desc *f)
{
    return (mg_type(f) == ATC_T_STRING || mg_type(f) == ATC_T_TOKEN) && mg_nvalues(prof, f) == 0;
}

/* Does message id, shape, with these formats, round-trip for a few draws? */
static int roundtrips(const atc_profile *prof, uint16_t id, uint32_t shape, const uint8_t *formats, unsigned salt)
{
    static mg_msg mm;
    unsigned k;
    for (k = 0; k < 3; k++) {
        mg_src s;
        size_t need, len;
        mg_rt rt;
        mg_seed(&s, seed_of(prof->name, id, shape, 1000 + salt * 7 + k));
        if (!build_fitting(&s, prof, id, shape, formats, &mm, &need))
            return 0;
        if (encode(&mm, wire, WIRE_MAX, &len) != ATC_OK)
            return 0;
        if (mg_roundtrip(&rt, prof, id, &mm, wire, len, 0) != MG_RT_OK || rt.got != id)
            return 0; /* (strict: not another message that happens to read the same text) */
    }
    return 1;
}

/* Formats per field: from the tables when they carry them (fmt bits ATC_FMT_IPV4, ATC_FMT_IPV6 on
 * string fields, see docs/security.md), otherwise learned: the first assignment of
 * {any, ipv4, ipv6} to a shape's string fields with which the shape round-trips. */
static void learn_formats(const atc_profile *prof, uint16_t id, uint8_t *formats)
{
    const atc_msg_desc *d = &prof->msgs[id];
    const atc_field_desc *fs = atc_msg_fields(prof, id);
    const atc_shape *shapes = prof->shapes + d->shapes;
    uint8_t decided[64];
    uint8_t i, s;
    memset(decided, 0, sizeof decided);
    for (i = 0; i < d->nfields; i++) {
        const atc_field_desc *f = &fs[i];
        uint8_t fmt = mg_info(prof, f)->fmt;
        formats[i] = MG_FMT_ANY;
        if (is_formattable(prof, f) && (fmt & (ATC_FMT_IPV4 | ATC_FMT_IPV6))) {
            formats[i] = (fmt & ATC_FMT_IPV4) ? MG_FMT_IPV4 : MG_FMT_IPV6;
            decided[i] = 1;
        }
    }
    for (s = 0; s < d->nshapes; s++) {
        uint8_t cand[8], nc = 0;
        unsigned combo, ncombo = 1;
        for (i = 0; i < d->nfields && i < 32; i++)
            if (((shapes[s].mask >> i) & 1) && is_formattable(prof, &fs[i]) && !decided[i] && nc < 6)
                cand[nc++] = i;
        if (nc == 0 || roundtrips(prof, id, shapes[s].mask, formats, s))
            goto decide;
        for (i = 0; i < nc; i++)
            ncombo *= 3;
        for (combo = 1; combo < ncombo; combo++) {
            unsigned c = combo;
            for (i = 0; i < nc; i++, c /= 3)
                formats[cand[i]] = (uint8_t)(c % 3);
            if (roundtrips(prof, id, shapes[s].mask, formats, s)) {
                for (i = 0; i < nc; i++)
                    if (formats[cand[i]] != MG_FMT_ANY) {
                        const char *v = atc_msg_variant(prof, id);
                        P.learned++;
                        fprintf(stderr, "props: %s %s%s%s field %s: the grammar takes only %s text, the tables "
                                        "do not say so (the encoder cannot refuse other text)\n",
                                prof->name, atc_msg_name(prof, id), v ? "/" : "", v ? v : "",
                                atc_field_name(prof, id, cand[i]), formats[cand[i]] == MG_FMT_IPV4 ? "IPv4" : "IPv6");
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
    int r, maybe;
    char *exact;
    mg_seed(&s, seed_of(prof->name, id, shape, iter));
    if (!build_fitting(&s, prof, id, shape, formats, &mm, &need)) {
        fail(prof, d, "shape 0x%x: cannot draw values", shape);
        return;
    }
    e = encode(&mm, NULL, 0, &need);
    CHECK(e == ATC_OK, "shape 0x%x: valid values refused by the size query: %s", shape, atc_err_name(e));
    if (e != ATC_OK)
        return;
    e = encode(&mm, wire, WIRE_MAX, &len);
    CHECK(e == ATC_OK && len == need, "shape 0x%x: size query says %zu, encoding %s with %zu", shape, need,
          atc_err_name(e), len);
    if (e != ATC_OK)
        return;
    /* exact-size buffer */
    exact = malloc(need + 1);
    exact[need] = '#';
    e = encode(&mm, exact, need, &len);
    CHECK(e == ATC_OK && len == need && memcmp(exact, wire, need) == 0 && exact[need] == '#',
          "shape 0x%x: exact-size buffer: %s", shape, atc_err_name(e));
    free(exact);
    /* one byte too small: refused, nothing written past the end */
    if (need > 0) {
        char *small = malloc(need + 8);
        memset(small, '#', need + 8);
        e = encode(&mm, small, need - 1, &len);
        CHECK(e == ATC_ERR_NO_SPACE && memcmp(small + need - 1, "#########", 9) == 0,
              "shape 0x%x: buffer one byte short: %s, guard %s", shape, atc_err_name(e),
              memcmp(small + need - 1, "#########", 9) == 0 ? "intact" : "OVERWRITTEN");
        P.per_class[6]++;
        free(small);
    }
    /* FRAME_NONE is the line without its framing */
    {
        size_t nlen = 0;
        e = atc_encode(prof, id, mm.m.bytes, ATC_FRAME_NONE, wire2, WIRE_MAX, &nlen);
        for (lead = 0; lead < need && (wire[lead] == '\r' || wire[lead] == '\n'); lead++)
            ;
        line = mg_line_len(wire, need);
        CHECK(e == ATC_OK && (d->flags & ATC_M_PROMPT ? 1 : nlen == line) && memcmp(wire2, wire + lead, nlen) == 0,
              "shape 0x%x: FRAME_NONE differs from the wire form", shape);
    }
    /* decodes back, unless it cannot fit the line buffer: then it is reported as too long */
    r = mg_roundtrip(&rt, prof, id, &mm, wire, need, 1 << 16);
    CHECK(mg_rt_as_promised(prof, id, wire, need, r, &maybe), "shape 0x%x: %s: %s\n      wire (%zu bytes): %.*s", shape,
          mg_rt_name(r), rt.why, line, (int)(need > 300 ? 300 : need), wire);
    if (r == MG_RT_TOO_LONG)
        P.too_long++;
    P.maybe_long += maybe;
    P.per_class[0]++;
}

/* Every string field at exactly its max_len (others as short as they go): accepted, and decodes. */
static void check_max_len(const atc_profile *prof, uint16_t id, uint32_t shape, const uint8_t *formats)
{
    const atc_msg_desc *d = &prof->msgs[id];
    const atc_field_desc *fs = atc_msg_fields(prof, id);
    static mg_msg mm;
    uint8_t i;
    for (i = 0; i < d->nfields && i < 32; i++) {
        const atc_field_desc *f = &fs[i];
        const atc_field_info *in = mg_info(prof, f);
        atc_type t = mg_type(f);
        mg_src s;
        mg_opts o;
        size_t len, k;
        char *v;
        atc_err e;
        mg_rt rt;
        int r;
        if (mg_is_int(f) || t == ATC_T_LITERAL || !in->max_len || mg_nvalues(prof, f) || formats[i] ||
            (t != ATC_T_STRING && t != ATC_T_TOKEN && t != ATC_T_TEXT))
            continue;
        mg_seed(&s, seed_of(prof->name, id, shape, 500 + i));
        o.budget = 1;
        o.wild = 0;
        o.formats = formats;
        if (!mg_build(&s, prof, id, shape, &o, &mm) || !mg_has(mm.m.bytes, f) || (i < 32 && !((shape >> i) & 1)))
            continue;
        v = mg_alloc(&mm, in->max_len);
        if (!v)
            continue;
        for (k = 0; k < in->max_len; k++)
            v[k] = t == ATC_T_STRING ? mg_draw_char(&s, 0, 0) : (char)('a' + k % 26);
        mg_set_str(mm.m.bytes, f, 0, v, in->max_len);
        e = encode(&mm, wire, WIRE_MAX, &len);
        CHECK(e == ATC_OK, "field %s at max_len %u refused: %s", atc_field_name(prof, id, i), in->max_len,
              atc_err_name(e));
        if (e != ATC_OK)
            continue;
        r = mg_roundtrip(&rt, prof, id, &mm, wire, len, 1 << 16);
        CHECK(mg_rt_as_promised(prof, id, wire, len, r, NULL), "field %s at max_len %u: %s: %s",
              atc_field_name(prof, id, i), in->max_len, mg_rt_name(r), rt.why);
        P.per_class[7]++;
    }
}

/* ---- invalid values: one field made invalid in an otherwise valid message ---- */

static void expect(const atc_profile *prof, const atc_msg_desc *d, const mg_msg *mm, atc_err want, int cls,
                   const char *what, const char *field)
{
    size_t len = 0, need = 0;
    atc_err e = atc_encode(prof, mm->id, mm->m.bytes, ATC_FRAME_WIRE, wire, WIRE_MAX, &len);
    atc_err q = atc_encode(prof, mm->id, mm->m.bytes, ATC_FRAME_WIRE, NULL, 0, &need);
    CHECK(e == want && q == want, "%s %s: want %s, got %s (size query %s)", field, what, atc_err_name(want),
          atc_err_name(e), atc_err_name(q));
    P.per_class[cls]++;
}

/* Refused, with `want` or (a field with allowed values) ATC_ERR_VALUE, the same by the size query. */
static void expect_refused(const atc_profile *prof, const atc_msg_desc *d, const mg_msg *mm, const atc_field_desc *f,
                           atc_err want, int cls, const char *what, const char *field)
{
    size_t len = 0, need = 0;
    atc_err e = atc_encode(prof, mm->id, mm->m.bytes, ATC_FRAME_WIRE, wire, WIRE_MAX, &len);
    atc_err q = atc_encode(prof, mm->id, mm->m.bytes, ATC_FRAME_WIRE, NULL, 0, &need);
    CHECK((e == want || (e == ATC_ERR_VALUE && mg_nvalues(prof, f))) && q == e, "%s %s: want %s, got %s (size query %s)",
          field, what, atc_err_name(want), atc_err_name(e), atc_err_name(q));
    P.per_class[cls]++;
}

/* The same invalid value, written by the loosened profile, decodes (tolerance): as this message
 * with the value kept and warning `want` on field i, or as another message that reads the same
 * line (one that takes it cleanly, or one earlier in the spec for which it is outside the spec
 * too). (Before the tolerant decoder these lines were decode errors.) */

/* Is field i glued to the message's prefix (+ERR<code>: the prefix ends in a letter or digit and
 * this is its first value)? Then only digits are its syntax. */
static int glued_to_prefix(const atc_profile *prof, uint16_t id, uint8_t i)
{
    const char *pre = mg_prefix(prof, id);
    size_t n = strlen(pre);
    char c = n ? pre[n - 1] : ' ';
    return i == prof->msgs[id].nindex && ((c >= '0' && c <= '9') || ((c | 0x20) >= 'a' && (c | 0x20) <= 'z'));
}

/* Does field i choose the type of a DYNAMIC field of the message? (out of its range, that field
 * has no type, and no encoder writes it) */
static int chooses_a_type(const atc_profile *prof, uint16_t id, uint8_t i)
{
    const atc_field_desc *fs = atc_msg_fields(prof, id);
    uint8_t k;
    for (k = 0; k < prof->msgs[id].nfields; k++)
        if (mg_type(&fs[k]) == ATC_T_DYNAMIC && mg_info(prof, &fs[k])->type_from == (int8_t)i)
            return 1;
    return 0;
}
static void expect_tolerated(const atc_profile *prof, const atc_msg_desc *d, const mg_msg *mm, uint8_t i,
                             atc_err want, int cls, const char *what)
{
    size_t len = 0;
    mg_rt rt;
    int r, maybe;
    atc_err e;
    const char *name = atc_field_name(prof, mm->id, i);
    e = atc_encode(&loose, mm->id, mm->m.bytes, ATC_FRAME_WIRE, wire, WIRE_MAX, &len);
    CHECK(e == ATC_OK, "%s %s: the loosened profile does not write it: %s", name, what, atc_err_name(e));
    if (e != ATC_OK)
        return;
    r = mg_roundtrip_ex(&rt, prof, &loose, mm->id, mm, wire, len, 0, 1);
    if (mg_fit(prof, mm->id, mg_line_start(wire, len), mg_line_len(wire, len)) != MG_FITS) {
        CHECK(mg_rt_as_promised(prof, mm->id, wire, len, r, &maybe), "%s %s: %s: %s", name, what, mg_rt_name(r),
              rt.why);
        return;
    }
    CHECK(r == MG_RT_OK, "%s %s: the line does not decode with a warning: %s: %s\n      wire: %.*s", name, what,
          mg_rt_name(r), rt.why, (int)(len > 300 ? 300 : len), wire);
    if (r != MG_RT_OK)
        return;
    if (rt.got == mm->id)
        CHECK(rt.got_warn == want && rt.got_field == i, "%s %s: decoded with warning %s on field %u, want %s on %u",
              name, what, atc_err_name(rt.got_warn), rt.got_field, atc_err_name(want), i);
    else /* (one that takes it cleanly, or one earlier in the spec that warns too: values do not decide) */
        P.tolerated_as_other++;
    P.per_class[cls]++;
}

static void check_invalid(const atc_profile *prof, uint16_t id, uint32_t shape, const uint8_t *formats)
{
    const atc_msg_desc *d = &prof->msgs[id];
    const atc_field_desc *fs = atc_msg_fields(prof, id);
    static mg_msg base, mm;
    uint8_t i;
    mg_src s;
    mg_opts o;
    int pf = atc_msg_payload_field(prof, id);
    mg_seed(&s, seed_of(prof->name, id, shape, 900));
    o.budget = 8;
    o.wild = 0;
    o.formats = formats;
    if (!mg_build(&s, prof, id, shape, &o, &base))
        return;
    for (i = 0; i < d->nfields; i++) {
        const atc_field_desc *f = &fs[i];
        const atc_field_info *in = mg_info(prof, f);
        atc_type type = atc_field_type(prof, id, i, base.m.bytes);
        const char *name = atc_field_name(prof, id, i);
        if (mg_type(f) == ATC_T_LITERAL || !mg_has(base.m.bytes, f) ||
            (i < 32 && i < mg_nplain(d) && !((shape >> i) & 1)))
            continue;
        if (mg_is_int(f) && in->nranges) {
            /* below the lowest, above the highest, and in every gap between ranges (within what
             * the C type holds) */
            int64_t lo = INT64_MAX, hi = INT64_MIN, cand[8], tmin = mg_type_min(prof, f), tmax = mg_type_max(prof, f);
            unsigned nc = 0, c;
            uint8_t r;
            for (r = 0; r < in->nranges; r++) {
                int64_t a, b;
                mg_range(prof, f, r, &a, &b);
                if (a < lo)
                    lo = a;
                if (b > hi)
                    hi = b;
            }
            if (lo > tmin)
                cand[nc++] = lo - 1;
            if (hi < tmax)
                cand[nc++] = hi + 1;
            if (lo > tmin + 1000)
                cand[nc++] = tmin;
            for (r = 0; r < in->nranges && nc < 8; r++) {
                int64_t a, b;
                mg_range(prof, f, r, &a, &b);
                if (b + 1 <= hi && !mg_in_ranges(prof, f, b + 1))
                    cand[nc++] = b + 1;
            }
            for (c = 0; c < nc; c++) {
                char what[64];
                mm = base;
                mg_set_int(mm.m.bytes, f, 0, cand[c]);
                if (mg_verbose(prof, f))
                    mg_set_text(mm.m.bytes, f, NULL, 0); /* the code as a number */
                snprintf(what, sizeof what, "= %lld (out of range)", (long long)cand[c]);
                expect(prof, d, &mm, ATC_ERR_RANGE, 1, what, name);
                /* decoded with a warning, except where the value is syntax: a <name=value> that
                 * selects the message, an announced length (ATC_ERR_LENGTH, test_hostile.c), a
                 * glued index or code that is no longer digits; or chooses a type that then is none */
                if (!(in->flags & ATC_I_FIXED) && i != pf && !chooses_a_type(prof, id, i) &&
                    !(((f->type & ATC_F_INDEX) || glued_to_prefix(prof, id, i)) && (cand[c] < 0 || cand[c] > 999999999)))
                    expect_tolerated(prof, d, &mm, i, ATC_ERR_RANGE, 8, what);
            }
        }
        if (mg_verbose(prof, f) && in->nvalues) {
            /* a code that may be written as its text: the encoder writes only the table's texts
             * (strict, as for allowed values), and a text says its code: written for another
             * code, it must be refused, or read back as written (the same values) */
            static const char *const tries[] = {"No such error text", "#"};
            unsigned t;
            for (t = 0; t < 2; t++)
                if (!mg_in_values(prof, f, tries[t], strlen(tries[t]), 1))
                    break;
            if (t < 2) {
                mm = base;
                mg_set_text(mm.m.bytes, f, tries[t], strlen(tries[t]));
                expect(prof, d, &mm, ATC_ERR_VALUE, 3, "written as a text that is not the table's", name);
            }
            if (in->nranges >= 2) {
                const char *txt = atc_field_value(prof, f, 1);
                int64_t lo0, hi0;
                size_t len = 0;
                atc_err e;
                mm = base;
                mg_range(prof, f, 0, &lo0, &hi0);
                mg_set_int(mm.m.bytes, f, 0, lo0); /* the code of text 0, */
                mg_set_text(mm.m.bytes, f, txt, strlen(txt)); /* the text of code 1 */
                e = atc_encode(prof, id, mm.m.bytes, ATC_FRAME_WIRE, wire, WIRE_MAX, &len);
                if (e == ATC_OK) {
                    mg_rt rt;
                    int r = mg_roundtrip(&rt, prof, id, &mm, wire, len, 0);
                    CHECK(r == MG_RT_OK, "%s = %lld written as \"%s\" (another code's text): encoded, and reads back: %s: %s",
                          name, (long long)lo0, txt, mg_rt_name(r), rt.why);
                }
                P.per_class[3]++;
            }
        }
        if (mg_is_int(f))
            continue;
        {
            atc_str v = mg_get_str(base.m.bytes, f, 0);
            uint8_t nv = mg_nvalues(prof, f);
            char *b;
            size_t n;
            /* over max_len */
            if (in->max_len) {
                mm = base;
                b = mg_alloc(&mm, (size_t)in->max_len + 1);
                if (b) {
                    for (n = 0; n <= in->max_len; n++)
                        b[n] = (char)('a' + n % 26);
                    if (type == ATC_T_FLOAT || type == ATC_T_INT)
                        memset(b, '1', (size_t)in->max_len + 1);
                    mg_set_str(mm.m.bytes, f, 0, b, (size_t)in->max_len + 1);
                    expect(prof, d, &mm, ATC_ERR_TOO_LONG, 2, "over max_len", name);
                    /* the decoder keeps it, with a warning (an address format is syntax: not
                     * letters; allowed values are checked below; the list is the number of
                     * values, not one value's length; bug 12: the rest of the line too) */
                    if (!formats[i] && !nv && !(in->fmt & (ATC_FMT_IPV4 | ATC_FMT_IPV6)) && !(f->type & ATC_F_LIST) &&
                        (type == ATC_T_STRING || type == ATC_T_TOKEN || type == ATC_T_TEXT))
                        expect_tolerated(prof, d, &mm, i, ATC_ERR_TOO_LONG, 9, "over max_len");
                }
            }
            /* not among the allowed values */
            if (nv) {
                static const char *const tries[] = {"#", "x#y", "0", "Z"};
                unsigned t;
                for (t = 0; t < 4; t++)
                    if (!mg_in_values(prof, f, tries[t], strlen(tries[t]), 1) &&
                        (!in->max_len || strlen(tries[t]) <= in->max_len))
                        break;
                if (t < 4) {
                    mm = base;
                    mg_set_str(mm.m.bytes, f, 0, tries[t], strlen(tries[t]));
                    expect(prof, d, &mm, ATC_ERR_VALUE, 3, "not among the allowed values", name);
                    if (!(f->type & ATC_F_INDEX) && (type == ATC_T_STRING || type == ATC_T_TOKEN))
                        expect_tolerated(prof, d, &mm, i, ATC_ERR_VALUE, 10, "not among the allowed values");
                }
            }
            /* CR, LF, NUL anywhere in the value; another control byte (the decoder reads no line
             * that holds one: ATC_ERR_BINARY, so the encoder must not write one either) */
            {
                static const char bad[5] = {'\r', '\n', '\0', '\x01', '\x1b'};
                static const char *const bad_what[5] = {"with CR", "with LF", "with NUL", "with a control byte (0x01)",
                                                        "with a control byte (ESC)"};
                unsigned t;
                for (t = 0; t < 5; t++) {
                    mm = base;
                    n = v.len ? v.len : 1;
                    if (in->max_len && n > in->max_len)
                        continue;
                    b = mg_alloc(&mm, n);
                    if (!b)
                        continue;
                    if (v.len)
                        memcpy(b, v.ptr, v.len);
                    b[mg_below(&s, (uint32_t)n)] = bad[t];
                    mg_set_str(mm.m.bytes, f, 0, b, n);
                    if (t < 3) /* (checked before anything else) */
                        expect(prof, d, &mm, ATC_ERR_BAD_CHAR, 4, bad_what[t], name);
                    else
                        expect_refused(prof, d, &mm, f, ATC_ERR_BAD_CHAR, 4, bad_what[t], name);
                }
            }
            /* a comma in a token; a quote at its start (formats refuse both as not an address) */
            if (type == ATC_T_TOKEN && !nv && (!in->max_len || in->max_len >= 3) && !formats[i]) {
                mm = base;
                mg_set_str(mm.m.bytes, f, 0, "a,b", 3);
                expect(prof, d, &mm, ATC_ERR_BAD_CHAR, 4, "with a comma (token)", name);
                mm = base;
                mg_set_str(mm.m.bytes, f, 0, "\"ab", 3);
                expect(prof, d, &mm, ATC_ERR_BAD_CHAR, 4, "starting with a quote (token)", name);
            }
            /* not a number where the type says one */
            if ((type == ATC_T_FLOAT || ((type == ATC_T_INT || type == ATC_T_HEX) && mg_type(f) == ATC_T_DYNAMIC)) &&
                !nv) {
                static const char *const nan[] = {"1.", ".5", "1.2.3", "x", "--1", "1e5"};
                unsigned t;
                for (t = 0; t < 6; t++) {
                    if (in->max_len && strlen(nan[t]) > in->max_len)
                        continue;
                    mm = base;
                    mg_set_str(mm.m.bytes, f, 0, nan[t], strlen(nan[t]));
                    expect(prof, d, &mm, ATC_ERR_VALUE, 3, "not a number", name);
                }
            }
        }
    }
}

/* Every present-mask over the optional fields that is not a shape is refused as ATC_ERR_MISSING. */
static void check_masks(const atc_profile *prof, uint16_t id, const uint8_t *formats)
{
    const atc_msg_desc *d = &prof->msgs[id];
    const atc_field_desc *fs = atc_msg_fields(prof, id);
    const atc_shape *shapes = prof->shapes + d->shapes;
    static mg_msg mm;
    uint8_t opt[16], nopt = 0, i, nplain = mg_nplain(d);
    uint32_t always = 0, sub;
    for (i = 0; i < nplain && i < 32; i++) {
        const atc_field_desc *f = &fs[i];
        if ((f->type & ATC_F_OPTIONAL) && !(f->type & ATC_F_EMPTY)) {
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
        for (k = 0; k < d->nshapes && shapes[k].mask != mask; k++)
            ;
        if (k < d->nshapes)
            continue;
        mg_seed(&s, seed_of(prof->name, id, mask, 77));
        o.budget = 4;
        o.wild = 0;
        o.formats = formats;
        if (!mg_build(&s, prof, id, mask, &o, &mm))
            continue;
        expect(prof, d, &mm, ATC_ERR_MISSING, 5, "present-mask that is no shape", "(mask)");
    }
}

/* Table sanity the generator promises: shapes are distinct, dynamic fields follow their chooser,
 * a shape's count is the values it reads at least (its fields, a list counting one, a tagged set
 * its first pair, index fields none), the struct fits a tool's message buffer. */
static void check_tables(const atc_profile *prof, uint16_t id)
{
    const atc_msg_desc *d = &prof->msgs[id];
    const atc_field_desc *fs = atc_msg_fields(prof, id);
    const atc_shape *shapes = prof->shapes + d->shapes;
    uint8_t i, j;
    for (i = 0; i < d->nshapes; i++)
        for (j = (uint8_t)(i + 1); j < d->nshapes; j++)
            CHECK(shapes[i].mask != shapes[j].mask, "shapes %u and %u are the same mask", i, j);
    for (i = 0; i < d->nshapes; i++) {
        unsigned count = 0;
        for (j = d->nindex; j < mg_nplain(d) && j < 32; j++)
            count += ((shapes[i].mask >> j) & 1) != 0;
        if (d->tag_first >= 0)
            count += 2; /* a tagged set: its first "TAG",<value> pair */
        CHECK(shapes[i].count == count, "shape %u (mask 0x%x) counts %u values, its fields are %u", i,
              shapes[i].mask, shapes[i].count, count);
    }
    for (i = 0; i < d->nfields; i++)
        if (mg_type(&fs[i]) == ATC_T_DYNAMIC)
            CHECK(mg_info(prof, &fs[i])->type_from >= 0 && mg_info(prof, &fs[i])->type_from < i,
                  "dynamic field %s: chooser %d", atc_field_name(prof, id, i), mg_info(prof, &fs[i])->type_from);
    CHECK(d->size <= MG_MSG_BUF, "struct of %u bytes does not fit MG_MSG_BUF", d->size);
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
        cr_assert_leq(mg_ninfos(prof), MAX_INFOS);
        mg_loosen(prof, &loose, loose_infos, MAX_INFOS);
        for (id = 0; id < prof->nmsgs; id++) {
            const atc_msg_desc *d = &prof->msgs[id];
            const atc_shape *shapes = prof->shapes + d->shapes;
            uint8_t formats[64];
            uint8_t s;
            if (!mg_supported(prof, id) || d->nfields > 64) {
                P.skipped_msgs++;
                fprintf(stderr, "props: %s %s: uses table features the generator does not know, skipped\n",
                        prof->name, atc_msg_name(prof, id));
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
                    check_valid(prof, id, shapes[s].mask, formats, it);
                check_max_len(prof, id, shapes[s].mask, formats);
                check_invalid(prof, id, shapes[s].mask, formats);
            }
            check_masks(prof, id, formats);
        }
        fprintf(stderr, "props: %-14s %4u messages, %7lu properties\n", prof->name, prof->nmsgs,
                P.checked - before);
    }
    fprintf(stderr,
            "props: %lu properties checked (%lu valid round trips, %lu at max_len, %lu out of range, %lu over "
            "max_len, %lu not allowed / not a number, %lu bad characters, %lu invalid masks, %lu one byte short; "
            "decoded with a warning: %lu out of range, %lu over max_len, %lu not allowed, %lu of them as another "
            "message; %lu lines too long for ATC_MAX_LINE, %lu near the limit), %lu failed; %lu messages skipped; "
            "%lu string formats learned\n",
            P.checked, P.per_class[0], P.per_class[7], P.per_class[1], P.per_class[2], P.per_class[3],
            P.per_class[4], P.per_class[5], P.per_class[6], P.per_class[8], P.per_class[9], P.per_class[10],
            P.tolerated_as_other, P.too_long, P.maybe_long, P.failed, P.skipped_msgs, P.learned);
    if (P.failed) {
        unsigned long k;
        fprintf(stderr, "props: the first failures of each check:\n");
        for (k = 0; k < P.kept; k++)
            fprintf(stderr, "  FAIL %s\n", P.fails[k]);
    }
    cr_assert_eq(P.failed, 0, "%lu of %lu properties failed, first: %s", P.failed, P.checked, P.fails[0]);
    cr_assert_gt(P.checked, 1000, "too few properties checked");
    cr_assert_gt(P.per_class[8], 0, "no out-of-range value was decoded with a warning");
    cr_assert_gt(P.per_class[9], 0, "no over-long string was decoded with a warning");
    cr_assert_gt(P.per_class[10], 0, "no value outside the allowed ones was decoded with a warning");
}
