/* libFuzzer target: the decoder on hostile bytes, for every profile in atc_tool_profiles[].
 *
 * Input: 4 header bytes, then the stream.
 *   byte 0  bits 0-6: profile index (mod the number of profiles); bit 7: decode two profiles at
 *           once (atc_init_multi), the second chosen by byte 1
 *   byte 2  chunking: 0 whole, 1 byte by byte, 2 chunks of (byte 3 + 1) bytes, 3 chunk sizes
 *           1..64 drawn from a PRNG seeded by byte 3
 *
 * Checked (a failure aborts: libFuzzer keeps the input as a crash):
 *   - sanitizers: no out-of-bounds read or write, no undefined behaviour (make fuzz builds with
 *     -fsanitize=fuzzer,address,undefined);
 *   - every event is well formed: kind, error and id in range, raw within the parser's line buffer
 *     and at most ATC_MAX_LINE bytes, an error event has an error and nothing else has;
 *   - a decoded message satisfies its tables: integers in range, strings within max_len and
 *     among the allowed values and inside the line, has_ flags 0 or 1;
 *   - it encodes again, and that line decodes to the same values (tests/props/msggen.h);
 *   - chunking changes nothing: the events (and payload bytes, joined) of the stream fed whole
 *     and fed in the chosen pieces are the same;
 *   - after atc_finish() the parser decodes the next valid line (the profile's OK).
 *
 * tests/test_fuzz_replay.c compiles this file with FUZZ_ENTRY/FUZZ_FAIL redefined and replays
 * the corpus and tests/fuzz/regressions/decode/ in the Criterion suite. */
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
        fprintf(stderr, "fuzz_decode: " __VA_ARGS__);                                              \
        fputc('\n', stderr);                                                                       \
        abort();                                                                                   \
    } while (0)
#endif

int FUZZ_ENTRY(const uint8_t *data, size_t size);

typedef struct fd_run {
    uint64_t h;          /* digest of everything the callbacks saw */
    unsigned long events, data_bytes;
    uint64_t final_h;    /* ... up to atc_finish() */
    unsigned long final_events;
    int in_data;         /* the last callback was on_data (pieces of one payload join up) */
    int check;           /* deep checks (once per input is enough) */
    uint16_t last_id;
    const atc_profile *last_profile;
    atc_err last_err;
} fd_run;

static void fd_mix(fd_run *r, const void *bytes, size_t n)
{
    const unsigned char *b = (const unsigned char *)bytes;
    size_t i;
    for (i = 0; i < n; i++)
        r->h = (r->h ^ b[i]) * 1099511628211ull;
}

static void fd_mix_u(fd_run *r, unsigned long v)
{
    fd_mix(r, &v, sizeof v);
}

/* The decoded struct as its tables describe it: valid, and folded into the digest. */
static void fd_check_msg(fd_run *r, const atc_parser *p, const atc_event *ev)
{
    const atc_msg_desc *d = ev->desc;
    const char *line_lo = p->line, *line_hi = p->line + ATC_MAX_LINE;
    uint8_t i;
    for (i = 0; i < d->nfields; i++) {
        const atc_field_desc *f = &d->fields[i];
        unsigned n, k;
        if (f->type == ATC_T_LITERAL)
            continue;
        if (f->flags & ATC_F_OPTIONAL) {
            uint8_t raw;
            memcpy(&raw, (const char *)ev->msg + f->has_offset, 1);
            if (raw > 1)
                FUZZ_FAIL("%s field %s: has_ flag holds %u", d->name, f->name, raw);
        }
        fd_mix_u(r, mg_has(ev->msg, f));
        if (!mg_has(ev->msg, f))
            continue;
        n = mg_count(ev->msg, f);
        if ((f->flags & ATC_F_LIST) && n > f->max_count)
            FUZZ_FAIL("%s field %s: %u values, capacity %u", d->name, f->name, n, f->max_count);
        for (k = 0; k < n; k++) {
            if (mg_is_int(f)) {
                int32_t v = mg_get_int(ev->msg, f, k);
                if (!mg_in_ranges(f, v))
                    FUZZ_FAIL("%s field %s: decoded %ld, out of its ranges", d->name, f->name, (long)v);
                fd_mix(r, &v, sizeof v);
            } else {
                atc_str s = mg_get_str(ev->msg, f, k);
                if (s.len && (s.ptr < line_lo || s.ptr + s.len > line_hi))
                    FUZZ_FAIL("%s field %s: string outside the line buffer", d->name, f->name);
                if (f->max_len && s.len > f->max_len)
                    FUZZ_FAIL("%s field %s: %u bytes, max_len %u", d->name, f->name, s.len, f->max_len);
                if (f->nvalues && f->type != ATC_T_DYNAMIC && !mg_in_values(f, s.ptr, s.len))
                    FUZZ_FAIL("%s field %s: \"%.*s\" is not an allowed value", d->name, f->name, (int)s.len, s.ptr);
                fd_mix_u(r, s.len);
                fd_mix(r, s.ptr, s.len);
            }
        }
    }
}

/* What the decoder accepted, the encoder writes, and that decodes to the same values. */
static void fd_check_reencode(const atc_event *ev)
{
    static mg_msg mm;
    static char wire[4 * ATC_MAX_LINE + 64];
    size_t len = 0;
    mg_rt rt;
    atc_err e;
    int res;
    uint16_t id = ev->id;
    if (!mg_supported(ev->desc))
        return;
    memset(&mm, 0, sizeof mm);
    mm.d = ev->desc;
    memcpy(mm.m.bytes, ev->msg, ev->desc->size);
    e = atc_encode(ev->desc, mm.m.bytes, ATC_FRAME_WIRE, wire, sizeof wire, &len);
    if (e != ATC_OK)
        FUZZ_FAIL("%s: decoded, but the encoder refuses it: %s", ev->desc->name, atc_err_name(e));
    res = mg_roundtrip(&rt, ev->profile, id, &mm, wire, len, 0);
    if (res != MG_RT_OK && res != MG_RT_TOO_LONG) {
        char esc[400];
        FUZZ_FAIL("%s: decoded, encoded again as \"%s\", which decodes: %s: %s", ev->desc->name,
                  mg_escape(wire, len, esc, sizeof esc), mg_rt_name(res), rt.why);
    }
}

static void fd_event(atc_parser *p, const atc_event *ev)
{
    fd_run *r = (fd_run *)p->user;
    uint8_t k;
    int known = 0;
    r->in_data = 0;
    r->events++;
    r->last_id = ev->id;
    r->last_profile = ev->profile;
    r->last_err = ev->error;
    if (ev->kind > ATC_KIND_ERROR || ev->dir > ATC_DIR_TX)
        FUZZ_FAIL("event kind %u dir %u", ev->kind, ev->dir);
    if ((unsigned)ev->error >= ATC_ERR__COUNT)
        FUZZ_FAIL("error %d out of range", (int)ev->error);
    if ((ev->kind == ATC_KIND_ERROR) != (ev->error != ATC_OK))
        FUZZ_FAIL("kind %u with error %s", ev->kind, atc_err_name(ev->error));
    if (ev->raw.len > ATC_MAX_LINE || (ev->raw.len && (ev->raw.ptr < p->line || ev->raw.ptr + ev->raw.len > p->line + ATC_MAX_LINE)))
        FUZZ_FAIL("raw line of %u bytes outside the line buffer", ev->raw.len);
    if (ev->desc) {
        for (k = 0; k < p->nprofiles; k++)
            known |= ev->profile == p->profiles[k];
        if (!known || ev->id >= ev->profile->nmsgs || ev->desc != &ev->profile->msgs[ev->id])
            FUZZ_FAIL("event names message %u of an unknown profile or table", ev->id);
        if (ev->kind != ATC_KIND_ERROR && ev->kind != ev->desc->kind)
            FUZZ_FAIL("%s decoded as kind %u, its table says %u", ev->desc->name, ev->kind, ev->desc->kind);
    } else if (ev->id != ATC_NO_MSG) {
        FUZZ_FAIL("id %u without a descriptor", ev->id);
    }
    fd_mix_u(r, 'E');
    fd_mix_u(r, ev->kind);
    fd_mix_u(r, ev->dir);
    fd_mix_u(r, ev->id);
    fd_mix_u(r, ev->error);
    fd_mix_u(r, (unsigned long)(uintptr_t)ev->profile);
    fd_mix_u(r, ev->raw.len);
    fd_mix(r, ev->raw.ptr, ev->raw.len);
    if (ev->desc && ev->kind != ATC_KIND_ERROR) {
        fd_check_msg(r, p, ev);
        if (r->check)
            fd_check_reencode(ev);
    }
}

static void fd_data(atc_parser *p, atc_dir dir, const char *data, size_t len)
{
    fd_run *r = (fd_run *)p->user;
    if (len == 0)
        FUZZ_FAIL("on_data with no bytes");
    if (!r->in_data) {
        fd_mix_u(r, 'D');
        fd_mix_u(r, dir);
    }
    r->in_data = 1;
    r->data_bytes += len;
    fd_mix(r, data, len);
}

static void fd_end(atc_parser *p, atc_dir dir, atc_data_end how)
{
    fd_run *r = (fd_run *)p->user;
    if ((unsigned)how > ATC_DATA_TRUNCATED)
        FUZZ_FAIL("data end %d", (int)how);
    r->in_data = 0;
    fd_mix_u(r, 'X');
    fd_mix_u(r, dir);
    fd_mix_u(r, how);
}

static const atc_callbacks fd_cb = {fd_event, fd_data, fd_end};

static size_t fd_nprofiles(void)
{
    size_t n = 0;
    while (atc_tool_profiles[n])
        n++;
    return n;
}

/* Decode the stream in the chosen pieces; returns the digest. */
static uint64_t fd_decode(const atc_profile *const *profs, uint8_t nprof, const uint8_t *data, size_t size, int mode,
                          uint8_t param, int check, fd_run *r)
{
    static atc_parser p;
    size_t at = 0;
    uint64_t rng = param;
    memset(r, 0, sizeof *r);
    r->h = 1469598103934665603ull;
    r->check = check;
    if (atc_init_multi(&p, profs, nprof, &fd_cb, r) != 0)
        FUZZ_FAIL("atc_init_multi refused %u profiles", nprof);
    while (at < size) {
        size_t n = size - at;
        if (mode == 1)
            n = 1;
        else if (mode == 2)
            n = (size_t)param + 1;
        else if (mode == 3)
            n = 1 + (size_t)(mg_splitmix(&rng) % 64);
        if (n > size - at)
            n = size - at;
        atc_feed(&p, (const char *)data + at, n);
        at += n;
    }
    atc_finish(&p);
    fd_mix_u(r, 'F');
    r->final_h = r->h;
    r->final_events = r->events;
    if (check) {
        /* after atc_finish the next valid line decodes, whatever came before */
        uint16_t ok = mg_ok_id(profs[0]);
        if (ok != ATC_NO_MSG) {
            static mg_msg none; /* OK has no fields: all zero */
            char wire[64];
            size_t len = 0;
            unsigned long before = r->events;
            if (atc_encode(&profs[0]->msgs[ok], none.m.bytes, ATC_FRAME_WIRE, wire, sizeof wire, &len) != ATC_OK)
                FUZZ_FAIL("%s: cannot encode OK", profs[0]->name);
            atc_feed(&p, wire, len);
            if (r->events != before + 1 || r->last_id != ok || r->last_profile != profs[0] || r->last_err != ATC_OK)
                FUZZ_FAIL("after atc_finish, %s's OK did not decode (%lu events, last id %u, %s)", profs[0]->name,
                          r->events - before, r->last_id, atc_err_name(r->last_err));
        }
    }
    return r->final_h;
}

int FUZZ_ENTRY(const uint8_t *data, size_t size)
{
    const atc_profile *profs[2];
    size_t np = fd_nprofiles();
    uint8_t nprof = 1, mode, param;
    fd_run whole, pieces;
    if (size < 4 || np == 0)
        return 0;
    profs[0] = atc_tool_profiles[(data[0] & 0x7F) % np];
    if ((data[0] & 0x80) && np > 1 && ATC_MAX_PROFILES > 1) {
        profs[1] = atc_tool_profiles[((data[0] & 0x7F) % np + 1 + data[1] % (np - 1)) % np];
        nprof = 2;
    }
    mode = (uint8_t)(data[2] & 3);
    param = data[3];
    data += 4;
    size -= 4;
    fd_decode(profs, nprof, data, size, 0, 0, 1, &whole);
    if (mode != 0) {
        fd_decode(profs, nprof, data, size, mode, param, 0, &pieces);
        if (whole.final_h != pieces.final_h || whole.final_events != pieces.final_events)
            FUZZ_FAIL("fed in pieces (mode %u, %u): %lu events; fed whole: %lu events, or they differ", mode, param,
                      pieces.final_events, whole.final_events);
    }
    return 0;
}
