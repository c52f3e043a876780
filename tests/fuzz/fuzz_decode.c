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
 *   - every event is well formed: kind, error, warning and id in range; raw is a view into the
 *     bytes being fed, the parser's line buffer or a line of the profile's tables (the module line
 *     that ends transparent mode, USR's escape and handshake); an error event has an error and
 *     nothing else has; only a decoded message carries a warning; the field an error or warning
 *     names is one of the message's (or ATC_NO_FIELD); `completes` only on a final result (or an
 *     answer that ends its command) or a URC its command's completion rule waits for, and only with
 *     the command it completes (`command`, a command form of `command_profile`);
 *   - a decoded message satisfies its tables, or says it does not: values outside the spec
 *     (integers out of range, strings over max_len or not among the allowed values) are allowed
 *     only with ev->warning set (the decoder is tolerant: syntax decides the message, values do
 *     not), and a range or length warning names a field that is out of range or too long; a code
 *     written as its text holds the code the text names (or a warning says the text names none);
 *     strings lie inside the raw line; has_ flags are 0 or 1; lists within their capacity;
 *   - a message decoded without a warning encodes again, and that line decodes to the same values
 *     (tests/props/msggen.h); one decoded with a warning, if the (strict) encoder writes it, too;
 *   - chunking changes nothing: the events (with their warnings) and payload bytes, joined, of the
 *     stream fed whole and fed in the chosen pieces are the same;
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
    const char *chunk;   /* the bytes being fed */
    size_t chunk_len;
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

/* Is [s, s+n) inside [lo, lo+len)? */
static int fd_inside(const char *s, size_t n, const char *lo, size_t len)
{
    return lo && s >= lo && s <= lo + len && n <= (size_t)(lo + len - s);
}

/* An allowed value read in another spelling points at the spec's own spelling of it. */
static int fd_is_value(const atc_profile *prof, const atc_field_desc *f, atc_str s)
{
    uint8_t k, nv = mg_info(prof, f)->nvalues; /* (also an error code's texts) */
    for (k = 0; k < nv; k++)
        if (atc_field_value(prof, f, k) == s.ptr && strlen(s.ptr) == s.len)
            return 1;
    return 0;
}

/* A string of the decoded struct: inside the raw line (or one of the spec's allowed values), and
 * folded into the digest. */
static void fd_check_str(fd_run *r, const atc_event *ev, const atc_field_desc *f, const char *what, atc_str s)
{
    const char *name = atc_msg_name(ev->profile, ev->id);
    if (s.len && !fd_inside(s.ptr, s.len, ev->raw.ptr, ev->raw.len) && !fd_is_value(ev->profile, f, s))
        FUZZ_FAIL("%s %s: a string of %u bytes outside the raw line and the spec's values", name, what, s.len);
    fd_mix_u(r, s.len);
    if (s.len)
        fd_mix(r, s.ptr, s.len);
}

/* The decoded struct as its tables describe it: valid, or a warning says it is not; folded into
 * the digest. */
static void fd_check_msg(fd_run *r, const atc_event *ev)
{
    const atc_profile *prof = ev->profile;
    const atc_msg_desc *d = ev->desc;
    const atc_field_desc *fs = atc_msg_fields(prof, ev->id);
    const char *name = atc_msg_name(prof, ev->id);
    int named = 0; /* the field the warning names holds what it says */
    uint8_t i;
    for (i = 0; i < d->nfields; i++) {
        const atc_field_desc *f = &fs[i];
        const atc_field_info *in = mg_info(prof, f);
        const char *fname = atc_field_name(prof, ev->id, i);
        unsigned n, k;
        if (mg_type(f) == ATC_T_LITERAL)
            continue;
        if (mg_optional(f)) {
            uint8_t raw;
            memcpy(&raw, (const char *)ev->msg + f->has, 1);
            if (raw > 1)
                FUZZ_FAIL("%s field %s: has_ flag holds %u", name, fname, raw);
        }
        fd_mix_u(r, mg_has(ev->msg, f));
        if (!mg_has(ev->msg, f))
            continue;
        n = mg_count(ev->msg, f);
        if ((f->type & ATC_F_LIST) && n > in->max_count)
            FUZZ_FAIL("%s field %s: %u values, capacity %u", name, fname, n, in->max_count);
        if ((f->type & ATC_F_LIST) && n == in->max_count && ev->field == i && ev->warning == ATC_ERR_TOO_LONG)
            named = 1; /* more values than the list holds: the first max_count kept */
        fd_mix_u(r, n);
        for (k = 0; k < n; k++) {
            if (mg_is_int(f)) {
                int64_t v = mg_get_int(prof, ev->msg, f, k);
                if (!mg_in_ranges(prof, f, v)) {
                    if (ev->warning == ATC_OK)
                        FUZZ_FAIL("%s field %s: decoded %lld, out of its ranges, without a warning", name, fname,
                                  (long long)v);
                    named |= ev->field == i && ev->warning == ATC_ERR_RANGE;
                }
                fd_mix(r, &v, sizeof v);
            } else {
                atc_str s = mg_get_str(ev->msg, f, k);
                atc_type t = atc_field_type(prof, ev->id, i, ev->msg);
                fd_check_str(r, ev, f, fname, s);
                /* (the decoder measures strings, tokens, texts and allowed values; the rest of the line,
                 * test-form answers and numbers kept as text take what the line holds) */
                if ((t == ATC_T_STRING || t == ATC_T_TOKEN || t == ATC_T_TEXT) && in->max_len && s.len > in->max_len) {
                    if (ev->warning == ATC_OK)
                        FUZZ_FAIL("%s field %s: %u bytes, max_len %u, without a warning", name, fname, s.len,
                                  in->max_len);
                    named |= ev->field == i && ev->warning == ATC_ERR_TOO_LONG;
                }
                if (mg_nvalues(prof, f) && !mg_in_values(prof, f, s.ptr, s.len, 1) && ev->warning == ATC_OK)
                    FUZZ_FAIL("%s field %s: \"%.*s\" is not an allowed value, without a warning", name, fname,
                              (int)s.len, s.ptr);
            }
        }
        if (mg_verbose(prof, f)) {
            /* the code written as its text (AT+CMEE=2): the code is the one the text names, or
             * the text is none of the table's and a warning says so */
            atc_str t = mg_get_text(ev->msg, f);
            int64_t code;
            fd_check_str(r, ev, f, fname, t);
            if (t.len && mg_verbose_code(prof, f, t, &code) && mg_get_int(prof, ev->msg, f, 0) != code)
                FUZZ_FAIL("%s field %s: the text \"%.*s\" names code %lld, decoded %lld", name, fname, (int)t.len, t.ptr,
                          (long long)code, (long long)mg_get_int(prof, ev->msg, f, 0));
            if (t.len && !mg_verbose_code(prof, f, t, &code) && ev->warning == ATC_OK)
                FUZZ_FAIL("%s field %s: the text \"%.*s\" names no code, without a warning", name, fname, (int)t.len,
                          t.ptr);
        }
    }
    /* a range or length warning on a field: that field is out of range, or too long */
    if ((ev->warning == ATC_ERR_RANGE || ev->warning == ATC_ERR_TOO_LONG) && ev->field != ATC_NO_FIELD && !named)
        FUZZ_FAIL("%s: warning %s on field %s, whose value is within the spec", name, atc_err_name(ev->warning),
                  atc_field_name(prof, ev->id, ev->field));
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
    const char *name = atc_msg_name(ev->profile, id);
    int maybe;
    if (!mg_supported(ev->profile, id))
        return;
    memset(&mm, 0, sizeof mm);
    mg_bind(&mm, ev->profile, id);
    memcpy(mm.m.bytes, ev->msg, ev->desc->size);
    e = atc_encode(ev->profile, id, mm.m.bytes, ATC_FRAME_WIRE, wire, sizeof wire, &len);
    if (e != ATC_OK) {
        if (ev->warning != ATC_OK)
            return; /* a value outside the spec: the encoder stays strict */
        FUZZ_FAIL("%s: decoded without a warning, but the encoder refuses it: %s", name, atc_err_name(e));
    }
    res = mg_roundtrip(&rt, ev->profile, id, &mm, wire, len, 0);
    if (!mg_rt_as_promised(ev->profile, id, wire, len, res, &maybe)) {
        char esc[400];
        FUZZ_FAIL("%s: decoded, encoded again as \"%s\", which decodes: %s: %s", name,
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
    if ((unsigned)ev->error >= ATC_ERR__COUNT || (unsigned)ev->warning >= ATC_ERR__COUNT)
        FUZZ_FAIL("error %d or warning %d out of range", (int)ev->error, (int)ev->warning);
    if ((ev->kind == ATC_KIND_ERROR) != (ev->error != ATC_OK))
        FUZZ_FAIL("kind %u with error %s", ev->kind, atc_err_name(ev->error));
    if (ev->warning != ATC_OK && (!ev->desc || ev->kind == ATC_KIND_ERROR))
        FUZZ_FAIL("warning %s on an event of kind %u that is no decoded message", atc_err_name(ev->warning), ev->kind);
    if (ev->completes > 1 || (ev->completes && (!ev->desc || ev->kind == ATC_KIND_ERROR ||
                                                (ev->desc->kind != ATC_KIND_FINAL && ev->desc->kind != ATC_KIND_URC &&
                                                 !(ev->desc->flags & ATC_M_ENDS_COMMAND)))))
        FUZZ_FAIL("completes %u on an event of kind %u", ev->completes, ev->kind);
    if ((ev->command != ATC_NO_MSG) != (ev->command_profile != NULL) ||
        (ev->completes && ev->command == ATC_NO_MSG) ||
        (ev->command != ATC_NO_MSG && (ev->command >= ev->command_profile->nmsgs ||
                                       ev->command_profile->msgs[ev->command].kind != ATC_KIND_COMMAND)))
        FUZZ_FAIL("command %u of an event of kind %u is no command form", ev->command, ev->kind);
    if (ev->raw.len) {
        /* the bytes being fed (a line that arrived whole), the line buffer (one in pieces, or with
         * escapes undone), or a line of the tables: the module line that ends transparent mode (NO
         * CARRIER), the escape and the handshake lines of USR passthrough. A table line is one of
         * the NUL-terminated texts of the profile (offsets into it are 16 bits). */
        int where = fd_inside(ev->raw.ptr, ev->raw.len, r->chunk, r->chunk_len) ||
                    fd_inside(ev->raw.ptr, ev->raw.len, p->line.bytes, sizeof p->line.bytes);
        for (k = 0; k < p->nprofiles && !where; k++) {
            const char *t = p->profiles[k]->text;
            where = ev->raw.ptr >= t && ev->raw.ptr < t + 0x10000 && strlen(ev->raw.ptr) == ev->raw.len;
        }
        if (!where)
            FUZZ_FAIL("raw line of %u bytes outside the input, the line buffer and the tables", ev->raw.len);
    }
    if (ev->desc) {
        for (k = 0; k < p->nprofiles; k++)
            known |= ev->profile == p->profiles[k];
        if (!known || ev->id >= ev->profile->nmsgs || ev->desc != &ev->profile->msgs[ev->id])
            FUZZ_FAIL("event names message %u of an unknown profile or table", ev->id);
        if (ev->kind != ATC_KIND_ERROR && ev->kind != ev->desc->kind)
            FUZZ_FAIL("%s decoded as kind %u, its table says %u", atc_msg_name(ev->profile, ev->id), ev->kind,
                      ev->desc->kind);
        if (ev->field != ATC_NO_FIELD && ev->field >= ev->desc->nfields)
            FUZZ_FAIL("%s: field %u of %u named (error %s, warning %s)", atc_msg_name(ev->profile, ev->id), ev->field,
                      ev->desc->nfields, atc_err_name(ev->error), atc_err_name(ev->warning));
    } else if (ev->id != ATC_NO_MSG) {
        FUZZ_FAIL("id %u without a descriptor", ev->id);
    }
    fd_mix_u(r, 'E');
    fd_mix_u(r, ev->kind);
    fd_mix_u(r, ev->dir);
    fd_mix_u(r, ev->id);
    fd_mix_u(r, ev->error);
    fd_mix_u(r, ev->warning);
    fd_mix_u(r, ev->field);
    fd_mix_u(r, ev->completes);
    fd_mix_u(r, ev->command);
    fd_mix_u(r, (unsigned long)(uintptr_t)ev->profile);
    fd_mix_u(r, ev->raw.len);
    if (ev->raw.len)
        fd_mix(r, ev->raw.ptr, ev->raw.len);
    if (ev->desc && ev->kind != ATC_KIND_ERROR) {
        fd_check_msg(r, ev);
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
    if ((unsigned)how > ATC_DATA_UNTERMINATED)
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
        r->chunk = (const char *)data + at;
        r->chunk_len = n;
        atc_feed(&p, (const char *)data + at, n);
        at += n;
    }
    r->chunk = NULL;
    r->chunk_len = 0;
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
            if (atc_encode(profs[0], ok, none.m.bytes, ATC_FRAME_WIRE, wire, sizeof wire, &len) != ATC_OK)
                FUZZ_FAIL("%s: cannot encode OK", profs[0]->name);
            r->chunk = wire;
            r->chunk_len = len;
            atc_feed(&p, wire, len);
            r->chunk = NULL;
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
