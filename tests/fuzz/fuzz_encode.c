/* libFuzzer target: the encoder, and the decoder on what the encoder writes, for every profile
 * in atc_tool_profiles[].
 *
 * Input: byte 0 profile (mod the number of profiles), bytes 1-2 message id (little endian, mod
 * the profile's message count), byte 3 mode, then:
 *   mode bit 7 clear: choices for tests/props/msggen.h. Bits 0-3 < 12: one of the shapes (picked
 *     by the next byte), else a present-mask drawn at random (mostly no shape). Bits 4-5: 0, 1
 *     valid values; 2 valid values with any byte the grammar allows (not CR, LF, NUL); 3 valid
 *     values, then each field made invalid with a chance of 1 in 3 (out of range, any int32,
 *     over max_len, CR/LF/NUL, comma or quote, random bytes, spaces at the ends, empty).
 *   mode bit 7 set: an explicit message (what tests/fuzz/seeds.c writes from the test vectors):
 *     per field in table order a flag byte (bit 0: present; a list's count in bits 1-7), then
 *     per value an int32 (4 bytes, little endian) or a string (2 length bytes, then the bytes);
 *     an integer that may be written as its text (ATC_I_VERBOSE) is followed by that text (a
 *     string, empty for the number).
 *
 * Checked (a failure aborts):
 *   - the NULL-buffer size query and an ample buffer agree (same result, same length);
 *   - on success: an exact-size heap buffer takes the same bytes (ASan catches a byte more);
 *     every shorter capacity is refused with ATC_ERR_NO_SPACE, writes the same prefix and not
 *     one byte past it (guard bytes); ATC_FRAME_NONE is the wire form without its framing;
 *   - on a refusal: a small buffer gives the same error (values are checked before space);
 *   - on success the wire bytes decode, with a fresh parser (a response with its command pending,
 *     as after atc_sent), to the same message and values without a warning (or to a message that
 *     reads the same line); an announced payload arrives whole and the next line decodes. A line
 *     that cannot fit the decoder's line buffer (its bytes, 8 bytes a field, the struct:
 *     ATC_MAX_LINE) must be reported as too long.
 *
 * tests/test_fuzz_replay.c replays the corpus and tests/fuzz/regressions/encode/ in the
 * Criterion suite. */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "atc.h"
#include "profiles.h"
#include "../props/msggen.h"

#ifndef FUZZ_ENTRY
#define FUZZ_ENTRY LLVMFuzzerTestOneInput
#endif
#ifndef FUZZ_FAIL
#define FUZZ_FAIL(...)                                                                             \
    do {                                                                                           \
        fprintf(stderr, "fuzz_encode: " __VA_ARGS__);                                              \
        fputc('\n', stderr);                                                                       \
        abort();                                                                                   \
    } while (0)
#endif

int FUZZ_ENTRY(const uint8_t *data, size_t size);

#define FE_WIRE (8 * MG_ARENA + 64)

/* Make field i of mm invalid in one of many ways (it may stay valid by chance: the checks below
 * only ever compare the encoder with the decoder). */
static void fe_spoil(mg_src *s, mg_msg *mm, uint8_t i)
{
    const atc_field_desc *f = &mm->fs[i];
    const atc_field_info *in = mg_info(mm->prof, f);
    uint32_t how = mg_below(s, 12);
    if (mg_type(f) == ATC_T_LITERAL)
        return;
    if (mg_is_int(f)) {
        int64_t v;
        if (how < 4 && in->nranges) {
            int64_t lo, hi;
            mg_range(mm->prof, f, (uint8_t)mg_below(s, in->nranges), &lo, &hi);
            v = how & 1 ? hi : lo;
            v = how & 2 ? (v == mg_type_max(mm->prof, f) ? v : v + 1) : (v == mg_type_min(mm->prof, f) ? v : v - 1);
        } else {
            v = (int64_t)mg_bits(s, 4);
        }
        mg_set_int(mm->m.bytes, f, 0, v);
        return;
    }
    {
        atc_str cur = mg_get_str(mm->m.bytes, f, 0);
        size_t n = cur.len, k;
        char *b;
        switch (how) {
        case 0: /* over max_len (or long) */
            n = (in->max_len ? in->max_len : 40) + 1 + mg_below(s, 3);
            break;
        case 1: /* empty */
            mg_set_str(mm->m.bytes, f, 0, "", 0);
            return;
        default:
            n = cur.len + 2 + mg_below(s, 8);
            break;
        }
        b = mg_alloc(mm, n + 1);
        if (!b)
            return;
        if (cur.len)
            memcpy(b, cur.ptr, cur.len < n ? cur.len : n);
        for (k = cur.len; k < n; k++)
            b[k] = (char)('a' + mg_below(s, 26));
        switch (how) {
        case 2: /* CR, LF or NUL somewhere */
            {
                static const char bad[3] = {'\r', '\n', '\0'};
                b[mg_below(s, (uint32_t)n)] = bad[mg_below(s, 3)];
            }
            break;
        case 3: /* a comma or a quote */
            b[mg_below(s, (uint32_t)n)] = mg_chance(s, 1, 2) ? ',' : '"';
            break;
        case 4: /* spaces at either end */
            b[0] = ' ';
            if (mg_chance(s, 1, 2))
                b[n - 1] = ' ';
            break;
        case 5: /* an opening parenthesis or quote first */
            b[0] = "(\"),"[mg_below(s, 4)];
            break;
        case 6: /* random bytes */
            for (k = 0; k < n; k++)
                b[k] = (char)mg_bits(s, 1);
            break;
        case 7: /* a backslash last */
            b[n - 1] = '\\';
            break;
        case 8: /* a number that is not quite one */
            n = 2;
            memcpy(b, mg_chance(s, 1, 2) ? "1." : "-x", 2);
            break;
        default:
            break;
        }
        mg_set_str(mm->m.bytes, f, 0, b, n);
    }
}

/* an explicit string: 2 length bytes, then the bytes (into mm's arena); 0 if out of room */
static int fe_explicit_str(mg_src *s, mg_msg *mm, const char **out, size_t *outlen)
{
    size_t len = mg_bits(s, 2), j;
    char *b;
    if (len > s->len - s->pos)
        len = s->len - s->pos;
    b = mg_alloc(mm, len + 1);
    if (!b)
        return 0;
    for (j = 0; j < len; j++)
        b[j] = (char)mg_bits(s, 1);
    *out = b;
    *outlen = len;
    return 1;
}

/* mode bit 7: an explicit message */
static int fe_explicit(mg_src *s, const atc_profile *prof, uint16_t id, mg_msg *mm)
{
    const atc_msg_desc *d = &prof->msgs[id];
    uint8_t i;
    uint32_t mask = 0;
    memset(mm->m.bytes, 0, sizeof mm->m.bytes);
    mg_bind(mm, prof, id);
    mm->used = 0;
    for (i = 0; i < d->nfields; i++) {
        const atc_field_desc *f = &mm->fs[i];
        uint32_t flag = mg_bits(s, 1);
        unsigned n = 1, k;
        const char *b;
        size_t len;
        if (mg_optional(f))
            mg_set_has(mm->m.bytes, f, flag & 1);
        if (mg_has(mm->m.bytes, f) && i < 32)
            mask |= 1u << i;
        if (mg_type(f) == ATC_T_LITERAL || !mg_has(mm->m.bytes, f))
            continue;
        if (f->type & ATC_F_LIST) {
            n = (flag >> 1) % ((unsigned)mg_info(prof, f)->max_count + 1);
            mg_set_count(mm->m.bytes, f, n);
        }
        for (k = 0; k < n; k++) {
            if (mg_is_int(f)) {
                mg_set_int(mm->m.bytes, f, k, (int64_t)mg_bits(s, 4));
            } else {
                if (!fe_explicit_str(s, mm, &b, &len))
                    return 0;
                mg_set_str(mm->m.bytes, f, k, b, len);
            }
        }
        if (mg_verbose(prof, f)) {
            if (!fe_explicit_str(s, mm, &b, &len))
                return 0;
            mg_set_text(mm->m.bytes, f, b, len);
        }
    }
    mm->shape = mask;
    return 1;
}

int FUZZ_ENTRY(const uint8_t *data, size_t size)
{
    static mg_msg mm;
    static char wire[FE_WIRE], again[FE_WIRE];
    const atc_profile *prof;
    const atc_msg_desc *d;
    const char *name;
    size_t np = 0, need = 0, len = 0, cap;
    uint16_t id;
    uint8_t mode;
    atc_err e_null, e;
    mg_src s;
    if (size < 4)
        return 0;
    while (atc_tool_profiles[np])
        np++;
    if (np == 0)
        return 0;
    prof = atc_tool_profiles[data[0] % np];
    id = (uint16_t)((data[1] | (data[2] << 8)) % prof->nmsgs);
    d = &prof->msgs[id];
    name = atc_msg_name(prof, id);
    mode = data[3];
    if (!mg_supported(prof, id))
        return 0;
    mg_from_bytes(&s, data + 4, size - 4);
    if (mode & 0x80) {
        if (!fe_explicit(&s, prof, id, &mm))
            return 0;
    } else {
        mg_opts o;
        uint32_t shape;
        uint8_t i;
        o.budget = 8 + mg_below(&s, 120);
        o.wild = ((mode >> 4) & 3) >= 2;
        o.formats = NULL;
        if ((mode & 0x0F) < 12 && d->nshapes)
            shape = prof->shapes[d->shapes + mg_below(&s, d->nshapes)].mask;
        else
            shape = d->nshapes ? mg_bits(&s, 4) & ((d->nfields >= 32) ? 0xFFFFFFFFu : ((1u << d->nfields) - 1)) : 0;
        {
            /* mostly the formats the tables give (IPv4, IPv6 text), sometimes any of them anywhere */
            static uint8_t formats[256];
            mg_table_formats(prof, id, formats, sizeof formats);
            if (mg_chance(&s, 1, 4))
                for (i = 0; i < d->nfields; i++)
                    formats[i] = (uint8_t)mg_below(&s, 3);
            o.formats = formats;
        }
        if (!mg_build(&s, prof, id, shape, &o, &mm))
            return 0;
        if (((mode >> 4) & 3) == 3)
            for (i = 0; i < d->nfields; i++)
                if (mg_chance(&s, 1, 3))
                    fe_spoil(&s, &mm, i);
    }

    /* the size query and an ample buffer agree */
    e_null = atc_encode(prof, id, mm.m.bytes, ATC_FRAME_WIRE, NULL, 0, &need);
    e = atc_encode(prof, id, mm.m.bytes, ATC_FRAME_WIRE, wire, sizeof wire, &len);
    if (e != e_null || (e == ATC_OK && len != need))
        FUZZ_FAIL("%s %s: size query %s (%zu), encoding %s (%zu)", prof->name, name, atc_err_name(e_null), need,
                  atc_err_name(e), len);
    cap = mg_below(&s, (uint32_t)(need + 1));
    if (e != ATC_OK) {
        /* a refused message is refused the same way whatever the room */
        char small[64];
        size_t l2 = 0;
        atc_err e2 = atc_encode(prof, id, mm.m.bytes, ATC_FRAME_WIRE, small, cap < sizeof small ? cap : sizeof small, &l2);
        if (e2 != e)
            FUZZ_FAIL("%s %s: %s with room, %s in %zu bytes", prof->name, name, atc_err_name(e), atc_err_name(e2),
                      cap);
        return 0;
    }

    /* an exact-size heap buffer: a byte more would be an ASan report */
    {
        char *exact = (char *)malloc(need ? need : 1);
        size_t l2 = 0;
        e = atc_encode(prof, id, mm.m.bytes, ATC_FRAME_WIRE, exact, need, &l2);
        if (e != ATC_OK || l2 != need || memcmp(exact, wire, need) != 0)
            FUZZ_FAIL("%s %s: exact-size buffer: %s", prof->name, name, atc_err_name(e));
        free(exact);
    }
    /* every shorter capacity is refused, and nothing is written past it */
    if (need > 0) {
        char *small;
        size_t l2 = 0, k;
        if (cap >= need)
            cap = need - 1;
        small = (char *)malloc(cap + 16);
        memset(small, 0x5A, cap + 16);
        e = atc_encode(prof, id, mm.m.bytes, ATC_FRAME_WIRE, small, cap, &l2);
        if (e != ATC_ERR_NO_SPACE)
            FUZZ_FAIL("%s %s: %zu bytes into %zu: %s", prof->name, name, need, cap, atc_err_name(e));
        if (memcmp(small, wire, cap) != 0)
            FUZZ_FAIL("%s %s: refused, but the %zu bytes written differ", prof->name, name, cap);
        for (k = cap; k < cap + 16; k++)
            if (small[k] != 0x5A)
                FUZZ_FAIL("%s %s: wrote past a %zu-byte buffer", prof->name, name, cap);
        free(small);
        /* the NULL-buffer query ignores cap */
        e = atc_encode(prof, id, mm.m.bytes, ATC_FRAME_WIRE, NULL, cap, &l2);
        if (e != ATC_OK || l2 != need)
            FUZZ_FAIL("%s %s: NULL buffer with cap %zu: %s", prof->name, name, cap, atc_err_name(e));
    }
    /* FRAME_NONE: the same line without framing */
    {
        size_t l3 = 0, lead = 0;
        e = atc_encode(prof, id, mm.m.bytes, ATC_FRAME_NONE, again, sizeof again, &l3);
        while (lead < need && (wire[lead] == '\r' || wire[lead] == '\n'))
            lead++;
        if (e != ATC_OK || l3 > need || memcmp(again, wire + lead, l3) != 0 ||
            (!(d->flags & ATC_M_PROMPT) && l3 != mg_line_len(wire, need)))
            FUZZ_FAIL("%s %s: FRAME_NONE differs from the wire form", prof->name, name);
    }

    /* what the encoder writes, the decoder reads back */
    {
        mg_rt rt;
        int r = mg_roundtrip(&rt, prof, id, &mm, wire, need, 1 << 16), maybe;
        const char *v = atc_msg_variant(prof, id);
        char esc[400];
        if (!mg_rt_as_promised(prof, id, wire, need, r, &maybe))
            FUZZ_FAIL("%s %s%s%s: encoded \"%s\" (%zu bytes), which decodes: %s: %s", prof->name, name, v ? "/" : "",
                      v ? v : "", mg_escape(wire, need, esc, sizeof esc), need, mg_rt_name(r), rt.why);
    }
    return 0;
}
