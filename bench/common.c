/* atc benchmark: buffers, PRNG, records (digests of decoded messages), the atc adapter. */
#include "bench.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define X(name) &atc_##name##_profile,
const atc_profile *const bench_all_profiles[] = {BENCH_PROFILES NULL};
#undef X
#define X(name) +1
const int bench_nall_profiles = 0 BENCH_PROFILES;
#undef X

const atc_profile *bench_profile(const char *name)
{
    int i;
    for (i = 0; i < bench_nall_profiles; i++)
        if (strcmp(bench_all_profiles[i]->name, name) == 0)
            return bench_all_profiles[i];
    return NULL;
}


/* ---- PRNG ---- */

static uint64_t splitmix(uint64_t *x)
{
    uint64_t z = (*x += 0x9E3779B97F4A7C15ull);
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
    return z ^ (z >> 31);
}

void rng_seed(brng *r, uint64_t seed)
{
    int i;
    for (i = 0; i < 4; i++)
        r->s[i] = splitmix(&seed);
}

static uint64_t rotl(uint64_t x, int k)
{
    return (x << k) | (x >> (64 - k));
}

uint64_t rng_next(brng *r)
{
    uint64_t *s = r->s;
    uint64_t result = rotl(s[1] * 5, 7) * 9, t = s[1] << 17;
    s[2] ^= s[0];
    s[3] ^= s[1];
    s[1] ^= s[2];
    s[0] ^= s[3];
    s[2] ^= t;
    s[3] = rotl(s[3], 45);
    return result;
}

uint32_t rng_below(brng *r, uint32_t n)
{
    return n ? (uint32_t)((rng_next(r) >> 32) % n) : 0;
}

double rng_unit(brng *r)
{
    return (double)(rng_next(r) >> 11) * (1.0 / 9007199254740992.0);
}

int32_t rng_range(brng *r, int32_t lo, int32_t hi)
{
    uint64_t span = (uint64_t)((int64_t)hi - (int64_t)lo) + 1;
    return (int32_t)((int64_t)lo + (int64_t)(rng_next(r) % span));
}

/* ---- records ---- */

#define FNV_OFF 0xcbf29ce484222325ull
#define FNV_PRIME 0x100000001b3ull

static uint64_t fnv(uint64_t h, const void *p, size_t n)
{
    const unsigned char *c = (const unsigned char *)p;
    size_t i;
    for (i = 0; i < n; i++)
        h = (h ^ c[i]) * FNV_PRIME;
    return h;
}

static uint64_t fnv_u32(uint64_t h, uint32_t v)
{
    unsigned char b[4];
    b[0] = (unsigned char)v;
    b[1] = (unsigned char)(v >> 8);
    b[2] = (unsigned char)(v >> 16);
    b[3] = (unsigned char)(v >> 24);
    return fnv(h, b, 4);
}

void rs_init(rec_sink *s, int keep)
{
    memset(s, 0, sizeof *s);
    s->keep = keep;
    s->digest = FNV_OFF;
    s->data_h = FNV_OFF;
    s->text_from = s->text_to = 0;
}

void rs_free(rec_sink *s)
{
    free(s->recs);
    atcj_buf_free(&s->text);
    s->recs = NULL;
}

void rs_add_hash(rec_sink *s, uint64_t h)
{
    if (s->keep) {
        if (s->n == s->cap) {
            s->cap = s->cap ? s->cap * 2 : 4096;
            s->recs = (uint64_t *)realloc(s->recs, s->cap * sizeof *s->recs);
            if (!s->recs) {
                fputs("bench: out of memory\n", stderr);
                exit(2);
            }
        }
        s->recs[s->n] = h;
    }
    s->n++;
    s->digest = fnv(s->digest, &h, sizeof h);
}

static int want_text(const rec_sink *s)
{
    return s->n >= s->text_from && s->n < s->text_to;
}

/* The hash of a decoded (or generated) message: every present field of message id of profile P.
 * Lists hash their count and each element; error codes that may be printed as text also hash that
 * text (kept at the field's `has` offset). */
uint64_t rs_msg_hash(const atc_profile *P, uint16_t id, const void *msg)
{
    const atc_msg_desc *d = &P->msgs[id];
    const atc_field_desc *fs = atc_msg_fields(P, id);
    uint64_t h = FNV_OFF;
    uint8_t i;
    for (i = 0; i < d->nfields; i++) {
        const atc_field_desc *f = &fs[i];
        const atc_field_info *in = atc_field_info_of(P, f);
        atc_type t = ATC_TYPE_OF(f);
        const char *at = (const char *)msg + f->offset;
        unsigned n = 1, k;
        if (t == ATC_T_LITERAL)
            continue;
        if (!atc_field_present(f, msg)) {
            h = fnv_u32(h, 0xFFFF0000u | i);
            continue;
        }
        h = fnv_u32(h, i);
        if (f->type & ATC_F_LIST) { /* <v>...: count, then each value */
            n = (unsigned)atc_field_present(f, msg);
            h = fnv_u32(h, 0xEEEE0000u | n);
        }
        for (k = 0; k < n; k++) {
            if (t == ATC_T_INT || t == ATC_T_HEX) {
                uint32_t v;
                memcpy(&v, at + k * sizeof v, sizeof v);
                h = fnv_u32(h, v);
            } else {
                atc_str v;
                memcpy(&v, at + k * sizeof v, sizeof v);
                h = fnv_u32(h, v.len);
                h = fnv(h, v.ptr, v.len);
            }
        }
        if ((t == ATC_T_INT || t == ATC_T_HEX) && (in->flags & ATC_I_VERBOSE)) {
            atc_str v;
            memcpy(&v, (const char *)msg + f->has, sizeof v);
            h = fnv_u32(h, 0xDDDD0000u | v.len);
            h = fnv(h, v.ptr, v.len);
        }
    }
    return h;
}

void render_msg(atcj_buf *b, const atc_profile *P, uint16_t id, const void *msg)
{
    const atc_msg_desc *d = &P->msgs[id];
    const atc_field_desc *fs = atc_msg_fields(P, id);
    const char *variant = atc_msg_variant(P, id);
    uint8_t i;
    int first = 1;
    char tmp[32];
    atcj_buf_puts(b, atc_msg_name(P, id));
    if (variant) {
        atcj_buf_puts(b, "/");
        atcj_buf_puts(b, variant);
    }
    atcj_buf_puts(b, "{");
    for (i = 0; i < d->nfields; i++) {
        const atc_field_desc *f = &fs[i];
        const atc_field_info *in = atc_field_info_of(P, f);
        atc_type t = ATC_TYPE_OF(f);
        const char *at = (const char *)msg + f->offset;
        unsigned n = 1, k;
        if (t == ATC_T_LITERAL || !atc_field_present(f, msg))
            continue;
        if (!first)
            atcj_buf_puts(b, ",");
        first = 0;
        atcj_buf_puts(b, atc_field_name(P, id, i));
        atcj_buf_puts(b, "=");
        if (f->type & ATC_F_LIST)
            n = (unsigned)atc_field_present(f, msg);
        for (k = 0; k < n; k++) {
            if (k)
                atcj_buf_puts(b, "|");
            if (t == ATC_T_INT || t == ATC_T_HEX) {
                uint32_t v;
                memcpy(&v, at + k * sizeof v, sizeof v);
                if (in->flags & ATC_I_UNSIGNED)
                    snprintf(tmp, sizeof tmp, "%lu", (unsigned long)v);
                else
                    snprintf(tmp, sizeof tmp, "%ld", (long)(int32_t)v);
                atcj_buf_puts(b, tmp);
            } else {
                atc_str v;
                memcpy(&v, at + k * sizeof v, sizeof v);
                atcj_buf_puts(b, "'");
                atcj_buf_put(b, v.ptr, v.len);
                atcj_buf_puts(b, "'");
            }
        }
        if ((t == ATC_T_INT || t == ATC_T_HEX) && (in->flags & ATC_I_VERBOSE)) {
            atc_str v;
            memcpy(&v, (const char *)msg + f->has, sizeof v);
            if (v.len) {
                atcj_buf_puts(b, "/'");
                atcj_buf_put(b, v.ptr, v.len);
                atcj_buf_puts(b, "'");
            }
        }
    }
    atcj_buf_puts(b, "}");
}

void rs_event(rec_sink *s, int prof, const atc_profile *P, uint16_t id, const void *msg, int warning)
{
    uint64_t h = FNV_OFF, m = rs_msg_hash(P, id, msg);
    h = fnv_u32(h, REC_EVENT);
    if (warning) /* the generator writes values within the spec: a warning is a difference */
        h = fnv_u32(h, 0x57000000u | (uint32_t)warning);
    h = fnv_u32(h, (uint32_t)prof);
    h = fnv_u32(h, id);
    h = fnv_u32(h, (uint32_t)(m >> 32));
    h = fnv_u32(h, (uint32_t)m);
    if (want_text(s)) {
        char tmp[48];
        snprintf(tmp, sizeof tmp, "#%lu p%d id %u ", (unsigned long)s->n, prof, id);
        atcj_buf_puts(&s->text, tmp);
        if (warning) {
            atcj_buf_puts(&s->text, "(warning ");
            atcj_buf_puts(&s->text, atc_err_name((atc_err)warning));
            atcj_buf_puts(&s->text, ") ");
        }
        render_msg(&s->text, P, id, msg);
        atcj_buf_puts(&s->text, "\n");
    }
    rs_add_hash(s, h);
}

static void text_raw(rec_sink *s, const char *what, const char *raw, size_t len)
{
    char tmp[48];
    size_t i;
    snprintf(tmp, sizeof tmp, "#%lu %s '", (unsigned long)s->n, what);
    atcj_buf_puts(&s->text, tmp);
    for (i = 0; i < len && i < 120; i++) {
        unsigned char c = (unsigned char)raw[i];
        if (c < 0x20 || c >= 0x7f) {
            snprintf(tmp, sizeof tmp, "<%02x>", c);
            atcj_buf_puts(&s->text, tmp);
        } else {
            atcj_buf_put(&s->text, &raw[i], 1);
        }
    }
    atcj_buf_puts(&s->text, len > 120 ? "'...\n" : "'\n");
}

void rs_unknown(rec_sink *s, const char *raw, size_t len)
{
    uint64_t h = FNV_OFF;
    h = fnv_u32(h, REC_UNKNOWN);
    h = fnv(h, raw, len);
    if (want_text(s))
        text_raw(s, "unknown", raw, len);
    rs_add_hash(s, h);
}

void rs_error(rec_sink *s, int err, const char *raw, size_t len)
{
    uint64_t h = FNV_OFF;
    h = fnv_u32(h, REC_ERROR);
    h = fnv_u32(h, (uint32_t)err);
    h = fnv(h, raw, len);
    if (want_text(s)) {
        char what[32];
        snprintf(what, sizeof what, "error %d", err);
        text_raw(s, what, raw, len);
    }
    rs_add_hash(s, h);
}

void rs_data(rec_sink *s, const char *data, size_t len)
{
    s->data_h = fnv(s->data_h, data, len);
    s->data_len += len;
}

void rs_data_end(rec_sink *s, int dir, int how)
{
    uint64_t h = FNV_OFF;
    h = fnv_u32(h, REC_DATA);
    h = fnv_u32(h, (uint32_t)dir);
    h = fnv_u32(h, (uint32_t)how);
    h = fnv_u32(h, (uint32_t)s->data_len);
    h = fnv(h, &s->data_h, sizeof s->data_h);
    if (want_text(s)) {
        char tmp[96];
        snprintf(tmp, sizeof tmp, "#%lu data dir %d end %d, %lu bytes\n", (unsigned long)s->n, dir, how,
                 (unsigned long)s->data_len);
        atcj_buf_puts(&s->text, tmp);
    }
    rs_add_hash(s, h);
    s->data_h = FNV_OFF;
    s->data_len = 0;
}

/* ---- atc adapter ---- */

static void run_on_event(atc_parser *p, const atc_event *ev)
{
    atc_run *r = (atc_run *)p->user;
    int k;
    if (ev->kind == ATC_KIND_UNKNOWN) {
        rs_unknown(r->sink, ev->raw.ptr, ev->raw.len);
        return;
    }
    if (ev->kind == ATC_KIND_ERROR || !ev->desc) {
        rs_error(r->sink, (int)ev->error, ev->raw.ptr, ev->raw.len);
        return;
    }
    for (k = 0; k < r->nprofiles && r->profiles[k] != ev->profile; k++)
        ;
    rs_event(r->sink, k, ev->profile, ev->id, ev->msg, (int)ev->warning);
}

static void run_on_data(atc_parser *p, atc_dir dir, const char *data, size_t len)
{
    atc_run *r = (atc_run *)p->user;
    (void)dir;
    rs_data(r->sink, data, len);
}

static void run_on_data_end(atc_parser *p, atc_dir dir, atc_data_end how)
{
    atc_run *r = (atc_run *)p->user;
    rs_data_end(r->sink, (int)dir, (int)how);
}

static const atc_callbacks run_cb = {run_on_event, run_on_data, run_on_data_end};

void atc_run_init(atc_run *r, const atc_profile *const *profiles, int n, rec_sink *sink)
{
    r->sink = sink;
    r->profiles = profiles;
    r->nprofiles = n;
    if (atc_init_multi(&r->parser, profiles, (uint8_t)n, &run_cb, r) != 0) {
        fprintf(stderr, "bench: atc_init_multi refused %d profiles (ATC_MAX_PROFILES=%d)\n", n,
                (int)ATC_MAX_PROFILES);
        exit(2);
    }
}

void atc_run_feed(atc_run *r, const char *data, size_t len, size_t chunk)
{
    size_t off = 0;
    if (chunk == 0)
        chunk = len ? len : 1;
    while (off < len) {
        size_t n = len - off < chunk ? len - off : chunk;
        atc_feed(&r->parser, data + off, n);
        off += n;
    }
}

void atc_run_finish(atc_run *r)
{
    atc_finish(&r->parser);
}
