/* SPDX-License-Identifier: MIT */
/* Error names, the head hash, case-folded comparison and the table accessors tools use. */
#include "atc.h"

#include <string.h>

/* ---- Error names and reasons ---- */

static const char *const atc__err_names[ATC_ERR__COUNT] = {
    "ATC_OK", "ATC_ERR_LINE_TOO_LONG", "ATC_ERR_MALFORMED", "ATC_ERR_RANGE", "ATC_ERR_TOO_LONG",
    "ATC_ERR_VALUE", "ATC_ERR_LENGTH", "ATC_ERR_TRUNCATED", "ATC_ERR_BAD_CHAR", "ATC_ERR_MISSING",
    "ATC_ERR_NO_SPACE", "ATC_ERR_UNKNOWN_MESSAGE", "ATC_ERR_BINARY", "ATC_ERR_EXTRA", "ATC_ERR_CONTEXT",
    "ATC_ERR_WIDTH", "ATC_ERR_AWAIT_FULL"};

#if !ATC_NO_ERROR_STRINGS
static const char *const atc__err_reasons[ATC_ERR__COUNT] = {
    "success",
    "line longer than ATC_MAX_LINE",
    "fields do not match the message syntax",
    "integer out of range",
    "string longer than allowed",
    "value not allowed",
    "announced payload length out of range",
    "input ended inside a payload",
    "CR, LF or NUL in a string",
    "mandatory field missing or optional fields in an invalid combination",
    "output buffer too small",
    "unknown message",
    "control byte inside a line",
    "more fields than the syntax has",
    "answer to a command that is not pending",
    "integer too large for its type",
    "too many commands await their completion URC (ATC_MAX_AWAIT)"};
#endif

ATC_API atc_str atc_str_make(const char *s, uint16_t n)
{
    atc_str v;
    v.ptr = s;
    v.len = n;
    return v;
}

ATC_API atc_str atc_str_c(const char *s)
{
    size_t n = s ? strlen(s) : 0;
    return atc_str_make(s, (uint16_t)(n > 0xFFFF ? 0xFFFF : n));
}

ATC_API const char *atc_err_name(atc_err err)
{
    return (unsigned)err < ATC_ERR__COUNT ? atc__err_names[err] : "ATC_ERR_?";
}

ATC_API const char *atc_err_reason(atc_err err)
{
#if ATC_NO_ERROR_STRINGS
    (void)err;
    return "";
#else
    return (unsigned)err < ATC_ERR__COUNT ? atc__err_reasons[err] : "?";
#endif
}

/* ---- Heads ---- */

/* Letters compare without regard to case: bit 5 is cleared on both sides. The texts compared
 * are printable (control bytes stop a line before its head is looked up), and clearing bit 5
 * of a printable non-letter never makes it equal another printable byte. */
#define ATC__FOLD 0xDFu

/* The hash of a head: its length, its first four and its last four bytes, case-folded. The
 * generator computes the same (gen/heads.py) to build the profile's hash table. */
/* four bytes as a little-endian word, whatever the host's order */
static uint32_t atc__le32(const unsigned char *u)
{
#if defined(__BYTE_ORDER__) && defined(__ORDER_LITTLE_ENDIAN__) && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
    uint32_t v;
    memcpy(&v, u, sizeof v);
    return v;
#else
    return (uint32_t)u[0] | (uint32_t)u[1] << 8 | (uint32_t)u[2] << 16 | (uint32_t)u[3] << 24;
#endif
}

/* four bytes as a word in the host's order (for equality only) */
static uint32_t atc__word(const unsigned char *u)
{
    uint32_t v;
    memcpy(&v, u, sizeof v);
    return v;
}

#define ATC__FOLD32 0xDFDFDFDFu

ATC_API uint32_t atc__hash(const char *s, size_t n, uint32_t seed)
{
    const unsigned char *u = (const unsigned char *)s;
    uint32_t a, b = 0, h;
    if (n >= 4) {
        a = atc__le32(u) & ATC__FOLD32;
        if (n > 4)
            b = atc__le32(u + n - 4) & ATC__FOLD32;
    } else {
        a = 0;
        switch (n) {
        case 3: a |= (uint32_t)(u[2] & ATC__FOLD) << 16; /* fall through */
        case 2: a |= (uint32_t)(u[1] & ATC__FOLD) << 8; /* fall through */
        case 1: a |= (uint32_t)(u[0] & ATC__FOLD); /* fall through */
        default: break;
        }
    }
    h = (seed * 0x9E3779B1u) ^ ((uint32_t)n * 0x85EBCA6Bu);
    h ^= a * 0xC2B2AE35u;
    h = (h << 13) | (h >> 19);
    h ^= b * 0x27D4EB2Fu;
    h ^= h >> 15;
    h *= 0x2C1B3C6Du;
    h ^= h >> 16;
    return h;
}

/* a (from the line) equals b (stored upper case), letters without regard to case */
ATC_API int atc__ieq(const char *a, const char *b, size_t n)
{
    const unsigned char *x = (const unsigned char *)a, *y = (const unsigned char *)b;
    size_t i = 0;
    for (; i + 4 <= n; i += 4)
        if (((atc__word(x + i) ^ atc__word(y + i)) & ATC__FOLD32) != 0)
            return 0;
    for (; i < n; i++)
        if (((x[i] ^ y[i]) & ATC__FOLD) != 0)
            return 0;
    return 1;
}

/* ---- Table accessors ---- */

ATC_API const atc_field_desc *atc_msg_fields(const atc_profile *profile, uint16_t id)
{
    return profile->fields + profile->msgs[id].fields;
}

ATC_API const atc_field_info *atc_field_info_of(const atc_profile *profile, const atc_field_desc *f)
{
    return &profile->infos[f->info];
}

ATC_API void atc_field_range(const atc_profile *profile, const atc_field_desc *f, uint8_t k, int32_t *lo,
                             int32_t *hi)
{
    const atc_field_info *in = &profile->infos[f->info];
    *lo = profile->ints[in->ranges + 2u * k];
    *hi = profile->ints[in->ranges + 2u * k + 1u];
}

ATC_API const char *atc_field_value(const atc_profile *profile, const atc_field_desc *f, uint8_t k)
{
    const atc_field_info *in = &profile->infos[f->info];
    return profile->text + profile->strs[in->values + k];
}

ATC_API const char *atc_msg_name(const atc_profile *profile, uint16_t id)
{
    if (!profile->names)
        return "";
    return profile->names->text + profile->names->msg[id];
}

ATC_API const char *atc_msg_variant(const atc_profile *profile, uint16_t id)
{
    if (!profile->names || !profile->names->variant[id])
        return NULL;
    return profile->names->text + profile->names->variant[id];
}

ATC_API const char *atc_field_name(const atc_profile *profile, uint16_t id, uint8_t field)
{
    if (!profile->names)
        return "";
    return profile->names->text + profile->names->field[profile->msgs[id].fields + field];
}

ATC_API int atc_msg_payload_field(const atc_profile *profile, uint16_t id)
{
    const atc_msg_desc *d = &profile->msgs[id];
    return (d->flags & ATC_M_PAYLOAD) ? profile->payloads[d->extra].field : -1;
}

ATC_API const char *atc_msg_syntax(const atc_profile *profile, uint16_t id)
{
    if (!profile->names)
        return "";
    return profile->names->text + profile->names->syntax[id];
}

ATC_API int atc_field_present(const atc_field_desc *f, const void *msg)
{
    if (f->type & ATC_F_LIST)
        return ((const unsigned char *)msg)[f->has];
    if (f->type & ATC_F_OPTIONAL) {
        bool has;
        memcpy(&has, (const char *)msg + f->has, sizeof has);
        return has;
    }
    return 1;
}

ATC_API atc_type atc_field_type(const atc_profile *profile, uint16_t id, uint8_t field, const void *msg)
{
    const atc_field_desc *fs = atc_msg_fields(profile, id), *f = &fs[field];
    const atc_field_info *in;
    int32_t v;
    uint8_t i;
    if (ATC_TYPE_OF(f) != ATC_T_DYNAMIC)
        return ATC_TYPE_OF(f);
    in = &profile->infos[f->info];
    if (!atc__get_int(profile, id, msg, in->type_from, &v))
        return ATC_T_DYNAMIC;
    for (i = 0; i < in->nvalues; i++)
        if (profile->ints[in->values + 2u * i] == v)
            return (atc_type)profile->ints[in->values + 2u * i + 1u];
    return ATC_T_DYNAMIC;
}

/* An integer field's value, if present. */
ATC_API int atc__get_int(const atc_profile *prof, uint16_t id, const void *msg, int field, int32_t *out)
{
    const atc_field_desc *f;
    if (field < 0)
        return 0;
    f = &atc_msg_fields(prof, id)[field];
    if (!atc_field_present(f, msg))
        return 0;
    memcpy(out, (const char *)msg + f->offset, sizeof *out);
    return 1;
}

ATC_API double atc_parse_float(atc_str s)
{
    double v = 0, scale = 1;
    uint16_t i = 0;
    int neg = 0, frac = 0;
    if (i < s.len && (s.ptr[i] == '-' || s.ptr[i] == '+'))
        neg = s.ptr[i++] == '-';
    for (; i < s.len; i++) {
        char c = s.ptr[i];
        if (c == '.' && !frac) {
            frac = 1;
        } else if (c >= '0' && c <= '9') {
            if (frac)
                scale /= 10;
            v = v * (frac ? 1 : 10) + (c - '0') * (frac ? scale : 1);
        } else {
            break;
        }
    }
    return neg ? -v : v;
}

static int atc__streq(const char *a, const char *b)
{
    return strcmp(a, b) == 0;
}

ATC_API uint16_t atc_find_msg(const atc_profile *prof, atc_kind kind, const char *name,
                              const char *variant, atc_form form, uint16_t after)
{
    uint16_t i = after == ATC_NO_MSG ? 0 : (uint16_t)(after + 1);
    for (; i < prof->nmsgs; i++) {
        const atc_msg_desc *d = &prof->msgs[i];
        const char *v = atc_msg_variant(prof, i);
        if (d->kind != kind || !atc__streq(atc_msg_name(prof, i), name))
            continue;
        if (kind == ATC_KIND_COMMAND && d->form != form)
            continue;
        if ((variant == NULL) != (v == NULL))
            continue;
        if (variant && !atc__streq(variant, v))
            continue;
        return i;
    }
    return ATC_NO_MSG;
}

/* Is v in one of the field's ranges (none: any value)? Signed or unsigned as the field is. */
ATC_API int atc__in_ranges(const atc_profile *prof, const atc_field_info *in, uint32_t v)
{
    const int32_t *rg = prof->ints + in->ranges;
    uint8_t i;
    if (in->nranges == 0)
        return 1;
    for (i = 0; i < in->nranges; i++) {
        if (in->flags & ATC_I_UNSIGNED) {
            if (v >= (uint32_t)rg[2 * i] && v <= (uint32_t)rg[2 * i + 1])
                return 1;
        } else if ((int32_t)v >= rg[2 * i] && (int32_t)v <= rg[2 * i + 1]) {
            return 1;
        }
    }
    return 0;
}
