/* Hostile streams, for every profile in atc_tool_profiles[] (messages built from the descriptor
 * tables by tests/props/msggen.h, lines taken from the test vectors):
 *   - line floods without a terminator, of text, of NULs and of lone CRs;
 *   - announced payload lengths at the spec's maximum, one past it, and far past it;
 *   - payloads cut by the end of input, and payloads holding a module's reset banner (andlink's
 *     REBOOT_CAUSE lines), which stay payload;
 *   - thousands of unknown URCs between the lines of a multi-line answer;
 *   - a command whose answer never comes, followed by every URC of the profile;
 *   - random interleavings of the vectors' lines with garbage, in random chunks.
 * After each, the decoder has reported the bad input as errors (or unknown lines) and decodes the
 * next valid message. ATC_HOSTILE_SEED (default 1) varies the random parts. Only the public API
 * is used: whether a data phase may follow a line is read from the tables of the message it
 * decoded as (mg_may_begin_data), not from the parser's internals. */
#include <criterion/criterion.h>
#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "atc_json.h"
#include "profiles.h"
#include "props/msggen.h"

/* ---- a recording sink ---- */

typedef struct rec {
    unsigned long events, errors, unknown, data_bytes, ends;
    atc_data_end how;
    uint16_t last_id;
    uint8_t last_kind;
    atc_err last_err;
    const atc_profile *last_profile;
    unsigned long kinds[8];
    atc_err errs[ATC_ERR__COUNT + 1];
    size_t last_raw_len;
    int data_risk; /* a line decoded as a message after which a data phase may begin */
} rec;

static void rec_event(atc_parser *p, const atc_event *ev)
{
    rec *r = (rec *)p->user;
    r->events++;
    r->last_id = ev->id;
    r->last_kind = ev->kind;
    r->last_err = ev->error;
    r->last_profile = ev->profile;
    if (ev->kind < 8)
        r->kinds[ev->kind]++;
    r->errors += ev->kind == ATC_KIND_ERROR;
    r->unknown += ev->kind == ATC_KIND_UNKNOWN;
    r->last_raw_len = ev->raw.len;
    if (ev->desc && ev->kind != ATC_KIND_ERROR && mg_may_begin_data(ev->profile, ev->id))
        r->data_risk = 1;
    /* every line here arrives in pieces (or is short): what is kept of it is bounded */
    cr_assert_leq(ev->raw.len, ATC_MAX_LINE);
}

/* After a line that may have begun a data phase (a payload, a prompt, transparent mode), end it:
 * the next valid line would be data. */
static void settle(atc_parser *p, rec *r)
{
    if (r->data_risk) {
        atc_finish(p);
        atc_reset_pending(p);
        r->data_risk = 0;
    }
}

static void rec_data(atc_parser *p, atc_dir dir, const char *data, size_t len)
{
    rec *r = (rec *)p->user;
    (void)dir;
    (void)data;
    r->data_bytes += len;
}

static void rec_end(atc_parser *p, atc_dir dir, atc_data_end how)
{
    rec *r = (rec *)p->user;
    (void)dir;
    r->ends++;
    r->how = how;
}

static const atc_callbacks rec_cb = {rec_event, rec_data, rec_end};

static uint64_t hostile_seed(void)
{
    const char *s = getenv("ATC_HOSTILE_SEED");
    return s ? strtoull(s, NULL, 0) : 1;
}

/* The wire form of the profile's OK result: the "next valid message" after every attack. */
typedef struct probe {
    char wire[64];
    size_t len;
    uint16_t id;
} probe;

static int ok_probe(const atc_profile *prof, probe *pr)
{
    static mg_msg none;
    pr->id = mg_ok_id(prof);
    if (pr->id == ATC_NO_MSG)
        return 0;
    return atc_encode(prof, pr->id, none.m.bytes, ATC_FRAME_WIRE, pr->wire, sizeof pr->wire, &pr->len) == ATC_OK;
}

static void expect_probe(atc_parser *p, const rec *r, const probe *pr, const char *after)
{
    unsigned long before = r->events;
    atc_feed(p, pr->wire, pr->len);
    cr_assert_eq(r->events, before + 1, "%s: after %s, OK gave %lu events", p->profiles[0]->name, after,
                 r->events - before);
    cr_assert(r->last_id == pr->id && r->last_kind == ATC_KIND_FINAL && r->last_err == ATC_OK,
              "%s: after %s, the next OK decoded as id %u kind %u (%s)", p->profiles[0]->name, after, r->last_id,
              r->last_kind, atc_err_name(r->last_err));
}

/* A valid message id in its first shape (values drawn from seed), encoded; 0 if none fits. */
static int build_wire(const atc_profile *prof, uint16_t id, uint64_t seed, mg_msg *mm, char *wire, size_t cap,
                      size_t *len)
{
    static uint8_t formats[256];
    const atc_msg_desc *d = &prof->msgs[id];
    mg_src s;
    mg_opts o;
    mg_seed(&s, seed);
    mg_table_formats(prof, id, formats, sizeof formats);
    o.budget = 8;
    o.wild = 0;
    o.formats = formats;
    if (!mg_supported(prof, id) || !mg_build(&s, prof, id, d->nshapes ? prof->shapes[d->shapes].mask : 0, &o, mm))
        return 0;
    return atc_encode(prof, id, mm->m.bytes, ATC_FRAME_WIRE, wire, cap, len) == ATC_OK;
}

#define EACH_PROFILE(prof)                                                                         \
    for (int pi_ = 0; atc_tool_profiles[pi_]; pi_++)                                               \
        for (const atc_profile *prof = atc_tool_profiles[pi_]; prof; prof = NULL)

/* ---- floods ---- */

Test(hostile, line_floods_without_terminator)
{
    static char chunk[4096];
    static const struct {
        char fill;
        const char *head;
    } floods[] = {{'x', ""}, {'7', "+CME ERROR: "}, {'\0', ""}, {'\0', "+X: "}, {'a', "AT+"}, {'\r', ""}, {'"', "+X: \""}};
    size_t f;
    EACH_PROFILE(prof)
    {
        probe pr;
        if (!ok_probe(prof, &pr))
            continue;
        for (f = 0; f < sizeof floods / sizeof floods[0]; f++) {
            atc_parser p;
            rec r;
            int i;
            memset(&r, 0, sizeof r);
            memset(chunk, floods[f].fill, sizeof chunk);
            atc_init(&p, prof, &rec_cb, &r);
            atc_feed(&p, floods[f].head, strlen(floods[f].head));
            for (i = 0; i < 256; i++) /* 1 MiB, no line end */
                atc_feed(&p, chunk, sizeof chunk);
            if (floods[f].fill == '\r' || (floods[f].fill == '\0' && !floods[f].head[0])) {
                /* lone CRs are empty lines; NULs before a line are noise (a module waking up) */
                atc_feed(&p, "\r\n", 2);
                cr_assert_eq(r.events, 0, "lone CRs are empty lines, NULs between lines noise");
            } else {
                cr_assert_eq(r.events, 0, "%s: a line without end is not reported before its end", prof->name);
                atc_feed(&p, "\r\n", 2);
                cr_assert_eq(r.events, 1);
                cr_assert_eq(r.last_kind, ATC_KIND_ERROR);
                cr_assert(r.last_err == ATC_ERR_LINE_TOO_LONG, "%s: flood of '%c' reported as %s", prof->name,
                          floods[f].fill ? floods[f].fill : '0', atc_err_name(r.last_err));
                /* the state stays bounded: what the error reports of the line fits the buffer */
                cr_assert_leq(r.last_raw_len, ATC_MAX_LINE);
            }
            expect_probe(&p, &r, &pr, "a 1 MiB line");
        }
    }
}

/* ---- announced payloads ---- */

/* A copy of the profile whose fields take any value, to write lengths the spec refuses. */
#define MAX_INFOS 4096
static atc_profile loose;
static atc_field_info loose_infos[MAX_INFOS];

Test(hostile, announced_payload_lengths_at_and_past_the_maximum)
{
    static mg_msg mm;
    static char wire[8192], fill[4096];
    unsigned long checked = 0;
    memset(fill, 'p', sizeof fill);
    EACH_PROFILE(prof)
    {
        probe pr;
        uint16_t id;
        if (!ok_probe(prof, &pr))
            continue;
        cr_assert_leq(mg_ninfos(prof), MAX_INFOS);
        mg_loosen(prof, &loose, loose_infos, MAX_INFOS);
        for (id = 0; id < prof->nmsgs; id++) {
            const atc_msg_desc *d = &prof->msgs[id];
            const atc_field_desc *f;
            const atc_field_info *in;
            int pf = atc_msg_payload_field(prof, id);
            int64_t lo = INT32_MIN, hi = INT32_MAX, lens[4];
            size_t len, k, nl = 0;
            uint8_t r;
            if (pf < 0 || !build_wire(prof, id, 5, &mm, wire, sizeof wire, &len))
                continue;
            f = &atc_msg_fields(prof, id)[pf];
            in = mg_info(prof, f);
            if (!mg_has(mm.m.bytes, f))
                continue;
            for (r = 0; r < in->nranges; r++) {
                int64_t a, b;
                mg_range(prof, f, r, &a, &b);
                lo = r == 0 || a < lo ? a : lo;
                hi = r == 0 || b > hi ? b : hi;
            }
            if (hi > 0 && hi <= 65536)
                lens[nl++] = hi; /* at the maximum: all of it is payload */
            if (hi < INT32_MAX)
                lens[nl++] = hi + 1; /* one past it */
            if (hi < INT32_MAX - 1000)
                lens[nl++] = INT32_MAX; /* far past it */
            if (lo > -1)
                lens[nl++] = -1;
            for (k = 0; k < nl; k++) {
                atc_parser p;
                rec r0;
                int inside = lens[k] >= lo && lens[k] <= hi && mg_in_ranges(prof, f, lens[k]);
                int after_ok = (d->flags & ATC_M_PAYLOAD_AFTER_OK) != 0;
                long follows;
                memset(&r0, 0, sizeof r0);
                mg_set_int(mm.m.bytes, f, 0, lens[k]);
                cr_assert_eq(atc_encode(&loose, id, mm.m.bytes, ATC_FRAME_WIRE, wire, sizeof wire, &len), ATC_OK);
                atc_init(&p, prof, &rec_cb, &r0);
                mg_context(&p, prof, id); /* a response: its command pending (answers match only then) */
                follows = mg_payload_bytes(&p, prof, id, mm.m.bytes);
                atc_feed(&p, wire, len);
                if (inside) {
                    size_t left = (size_t)follows;
                    cr_assert_eq(r0.errors, 0, "%s %s: length %ld refused", prof->name, atc_msg_name(prof, id),
                                 (long)lens[k]);
                    cr_assert_eq(r0.last_id, id, "%s %s: length %ld", prof->name, atc_msg_name(prof, id), (long)lens[k]);
                    if (after_ok)
                        atc_feed(&p, pr.wire, pr.len);
                    while (left) {
                        size_t n = left < sizeof fill ? left : sizeof fill;
                        atc_feed(&p, fill, n);
                        left -= n;
                    }
                    cr_assert_eq(r0.data_bytes, (unsigned long)follows, "%s %s", prof->name, atc_msg_name(prof, id));
                    if (follows)
                        cr_assert_eq(r0.how, ATC_DATA_COMPLETE);
                } else {
                    /* refused: an announced length out of range stays an error (ATC_ERR_LENGTH: the
                     * bytes after it could not be delimited), unlike other values out of range, which
                     * decode with a warning; or read as another message (a test-form answer takes any
                     * text); never this message with a payload */
                    cr_assert_eq(r0.events, 1, "%s %s: length %ld", prof->name, atc_msg_name(prof, id), (long)lens[k]);
                    if (r0.errors)
                        cr_expect(r0.last_err == ATC_ERR_LENGTH, "%s %s (id %u): %ld gave %s naming id %u (%.*s)",
                                  prof->name, atc_msg_name(prof, id), id, (long)lens[k], atc_err_name(r0.last_err),
                                  r0.last_id, (int)mg_line_len(wire, len), mg_line_start(wire, len));
                    else
                        cr_assert(r0.last_id != id, "%s %s: length %ld accepted", prof->name, atc_msg_name(prof, id),
                                  (long)lens[k]);
                    cr_assert_eq(r0.data_bytes, 0);
                }
                expect_probe(&p, &r0, &pr, "an announced payload");
                checked++;
            }
        }
    }
    fprintf(stderr, "hostile: %lu announced lengths at, past and far past the maxima\n", checked);
    cr_assert_gt(checked, 0, "no message announces a payload");
}

/* A URC without fields of the profile (a boot banner such as REBOOT_CAUSE_...), or ATC_NO_MSG. */
static uint16_t banner_of(const atc_profile *prof)
{
    uint16_t id, best = ATC_NO_MSG;
    for (id = 0; id < prof->nmsgs; id++)
        if (prof->msgs[id].kind == ATC_KIND_URC && prof->msgs[id].nfields == 0 &&
            (best == ATC_NO_MSG || strncmp(mg_prefix(prof, id), "REBOOT", 6) == 0))
            best = id;
    return best;
}

Test(hostile, payloads_cut_by_end_of_input_or_holding_a_reset_banner)
{
    static mg_msg mm;
    static char wire[8192], banner[128];
    unsigned long checked = 0;
    EACH_PROFILE(prof)
    {
        probe pr;
        uint16_t id, b = banner_of(prof);
        size_t blen = 0;
        static mg_msg none;
        if (!ok_probe(prof, &pr))
            continue;
        if (b != ATC_NO_MSG)
            cr_assert_eq(atc_encode(prof, b, none.m.bytes, ATC_FRAME_WIRE, banner, sizeof banner, &blen), ATC_OK);
        for (id = 0; id < prof->nmsgs; id++) {
            const atc_msg_desc *d = &prof->msgs[id];
            long n;
            size_t len, i;
            atc_parser p;
            rec r;
            int after_ok = (d->flags & ATC_M_PAYLOAD_AFTER_OK) != 0;
            if (atc_msg_payload_field(prof, id) < 0 || !build_wire(prof, id, 9, &mm, wire, sizeof wire, &len))
                continue;
            /* cut by the end of input */
            memset(&r, 0, sizeof r);
            atc_init(&p, prof, &rec_cb, &r);
            mg_context(&p, prof, id);
            n = mg_payload_bytes(&p, prof, id, mm.m.bytes);
            if (n < 2 || n > 100000)
                continue;
            atc_feed(&p, wire, len);
            if (after_ok)
                atc_feed(&p, pr.wire, pr.len);
            for (i = 0; i < (size_t)n / 2; i++)
                atc_feed(&p, "z", 1);
            atc_finish(&p);
            cr_assert_eq(r.data_bytes, (unsigned long)n / 2, "%s %s", prof->name, atc_msg_name(prof, id));
            cr_assert_eq(r.how, ATC_DATA_TRUNCATED, "%s %s: cut payload not reported", prof->name, atc_msg_name(prof, id));
            cr_assert_eq(r.last_err, ATC_ERR_TRUNCATED);
            expect_probe(&p, &r, &pr, "a payload cut by the end of input");
            /* a reset banner inside the payload is payload; after it the stream goes on */
            if (b != ATC_NO_MSG && (size_t)n > blen + 2) {
                unsigned long ev;
                memset(&r, 0, sizeof r);
                atc_init(&p, prof, &rec_cb, &r);
                mg_context(&p, prof, id);
                atc_feed(&p, wire, len);
                if (after_ok)
                    atc_feed(&p, pr.wire, pr.len);
                ev = r.events;
                atc_feed(&p, "ab", 2);
                atc_feed(&p, banner, blen);
                for (i = 2 + blen; i < (size_t)n; i++)
                    atc_feed(&p, "z", 1);
                cr_assert_eq(r.events, ev, "%s %s: the banner inside the payload was decoded", prof->name,
                             atc_msg_name(prof, id));
                cr_assert_eq(r.data_bytes, (unsigned long)n);
                atc_feed(&p, banner, blen);
                cr_assert_eq(r.last_id, b, "%s: the banner after the payload is a URC", prof->name);
                expect_probe(&p, &r, &pr, "a payload holding a reset banner");
            }
            checked++;
        }
    }
    fprintf(stderr, "hostile: %lu payloads cut by the end of input (and holding a reset banner)\n", checked);
    cr_assert_gt(checked, 0);
}

/* andlink by hand: a reset banner inside the host's prompt payload (AT+QLASENDDATA=...,40). */
Test(hostile, andlink_reboot_banner_inside_prompt_payload)
{
    const atc_profile *prof = atc_tool_profile("andlink");
    static const char head[] = "AT+QLASENDDATA=0X0100,40\r\n> ";
    static const char body[] = "0123456789\r\nREBOOT_CAUSE_SECURITY_WATCHDOG\r\n";
    uint16_t reboot;
    atc_parser p;
    rec r;
    size_t i;
    if (!prof)
        cr_skip_test("no andlink profile");
    reboot = atc_find_msg(prof, ATC_KIND_URC, "REBOOT_CAUSE_SECURITY_WATCHDOG", NULL, ATC_FORM_NONE, ATC_NO_MSG);
    if (reboot == ATC_NO_MSG)
        cr_skip_test("no REBOOT_CAUSE_SECURITY_WATCHDOG URC");
    memset(&r, 0, sizeof r);
    atc_init(&p, prof, &rec_cb, &r);
    atc_feed(&p, head, sizeof head - 1);
    cr_assert_eq(r.kinds[ATC_KIND_INTERMEDIATE], 1, "the prompt");
    atc_feed(&p, body, sizeof body - 1); /* 44 bytes: 40 are payload */
    cr_assert_eq(r.data_bytes, 40, "the banner inside the 40 announced bytes is payload");
    cr_assert_eq(r.kinds[ATC_KIND_URC], 0);
    for (i = 0; i < 3; i++)
        atc_feed(&p, "\r\nREBOOT_CAUSE_SECURITY_WATCHDOG\r\n", 34);
    cr_assert_eq(r.kinds[ATC_KIND_URC], 3, "after the payload the banner is a URC");
    cr_assert_eq(r.last_id, reboot);
    atc_feed(&p, "\r\nOK\r\n", 6);
    cr_assert_eq(r.last_kind, ATC_KIND_FINAL);
}

/* ---- context ---- */

Test(hostile, thousands_of_unknown_urcs_inside_a_multi_line_answer)
{
    static mg_msg cmd, rsp;
    static char cw[4096], rw[4096];
    unsigned long checked = 0;
    EACH_PROFILE(prof)
    {
        probe pr;
        uint16_t id;
        if (!ok_probe(prof, &pr))
            continue;
        for (id = 0; id < prof->nmsgs; id++) {
            const atc_msg_desc *d = &prof->msgs[id];
            uint16_t c;
            size_t cl, rl;
            atc_parser p;
            rec r;
            int i, k;
            if (d->kind != ATC_KIND_RESPONSE || !(d->flags & ATC_M_MULTI) || !d->nanswers ||
                atc_msg_payload_field(prof, id) >= 0)
                continue;
            c = prof->ids[d->answers];
            if (prof->msgs[c].nanswers /* (a command's prompt rules) */ || !build_wire(prof, c, 1, &cmd, cw, sizeof cw, &cl) ||
                !build_wire(prof, id, 2, &rsp, rw, sizeof rw, &rl))
                continue;
            memset(&r, 0, sizeof r);
            atc_init(&p, prof, &rec_cb, &r);
            atc_feed(&p, cw, cl); /* the command's echo: its answers match from now on */
            atc_feed(&p, "\r\n", 2);
            for (k = 0; k < 2; k++) {
                unsigned long before = r.events;
                mg_rt rt;
                atc_feed(&p, rw, rl);
                cr_assert_eq(r.events, before + 1);
                cr_assert(r.last_kind == ATC_KIND_RESPONSE || r.last_kind == ATC_KIND_URC,
                          "%s %s: answer line %d decoded as kind %u (%s)", prof->name, atc_msg_name(prof, id), k,
                          r.last_kind, atc_err_name(r.last_err));
                if (r.last_id != id) /* another message reading the same line is fine */
                    cr_assert_eq(mg_roundtrip(&rt, prof, id, &rsp, rw, rl, 0), MG_RT_OK, "%s %s", prof->name,
                                 atc_msg_name(prof, id));
                for (i = 0; i < 2000; i++) {
                    before = r.events;
                    atc_feed(&p, "\r\n+ZZUNKNOWN: 1,\"x\"\r\n", 21);
                    /* unknown, or a line of this answer when it takes any text (USR's AT+H) */
                    cr_assert(r.events == before + 1 &&
                                  (r.last_kind == ATC_KIND_UNKNOWN || (r.last_kind == ATC_KIND_RESPONSE && r.last_id == id)),
                              "%s %s: an unknown line gave kind %u (%s)", prof->name, atc_msg_name(prof, id),
                              r.last_kind, atc_err_name(r.last_err));
                }
            }
            expect_probe(&p, &r, &pr, "4000 unknown URCs inside an answer");
            checked++;
        }
    }
    fprintf(stderr, "hostile: %lu multi-line answers with 4000 unknown lines inside\n", checked);
    cr_assert_gt(checked, 0, "no multi-line answer in any profile");
}

Test(hostile, a_command_without_answer_then_every_urc)
{
    static mg_msg cmd, urc;
    static char cw[4096], uw[4096];
    unsigned long checked = 0;
    EACH_PROFILE(prof)
    {
        probe pr;
        uint16_t id, c;
        size_t cl;
        atc_parser p;
        rec r;
        if (!ok_probe(prof, &pr))
            continue;
        /* the first command with no data phase */
        for (c = 0; c < prof->nmsgs; c++)
            if (prof->msgs[c].kind == ATC_KIND_COMMAND && !prof->msgs[c].nanswers &&
                build_wire(prof, c, 3, &cmd, cw, sizeof cw, &cl))
                break;
        if (c == prof->nmsgs)
            continue;
        memset(&r, 0, sizeof r);
        atc_init(&p, prof, &rec_cb, &r);
        atc_feed(&p, cw, cl);
        atc_feed(&p, "\r\n", 2);
        for (id = 0; id < prof->nmsgs; id++) {
            const atc_msg_desc *d = &prof->msgs[id];
            size_t ul;
            unsigned long before = r.events;
            if (d->kind != ATC_KIND_URC || mg_may_begin_data(prof, id) || (d->flags & ATC_M_CONTEXT) ||
                !build_wire(prof, id, 4 + id, &urc, uw, sizeof uw, &ul))
                continue;
            atc_feed(&p, uw, ul);
            cr_assert_eq(r.events, before + 1, "%s %s", prof->name, atc_msg_name(prof, id));
            cr_assert(r.last_kind != ATC_KIND_ERROR && r.last_kind != ATC_KIND_UNKNOWN,
                      "%s: URC %s after an unanswered command: %s", prof->name, atc_msg_name(prof, id),
                      atc_err_name(r.last_err));
            checked++;
        }
        atc_reset_pending(&p);
        expect_probe(&p, &r, &pr, "a command without answer and its URCs");
    }
    fprintf(stderr, "hostile: %lu URCs after a command whose answer never came\n", checked);
    cr_assert_gt(checked, 0);
}

/* ---- interleavings ---- */

/* The lines of a profile's vectors that decode, in the order of their vector, as one message
 * without error, and after which no data phase may begin (no payload, prompt or transparent
 * mode: mg_may_begin_data). In order, because a response decodes only while its command is
 * pending (the vector's echo before it); fed alone it is an ATC_ERR_CONTEXT error. */
typedef struct lines {
    char *text[4096];
    size_t len[4096];
    int n;
} lines;

static void collect_lines(const atc_profile *prof, lines *L)
{
    const char *root = getenv("ATC_VECTORS");
    char dir[512];
    DIR *dh;
    struct dirent *e;
    L->n = 0;
    snprintf(dir, sizeof dir, "%s/%s", root ? root : "tests/vectors", prof->name);
    dh = opendir(dir);
    if (!dh)
        return;
    while ((e = readdir(dh)) != NULL && L->n < 4000) {
        char path[1024];
        FILE *f;
        atcj_buf t = {0, 0, 0}, in = {0, 0, 0};
        char chunk[4096];
        size_t n;
        const char *s, *end;
        if (!strstr(e->d_name, ".md"))
            continue;
        snprintf(path, sizeof path, "%s/%s", dir, e->d_name);
        f = fopen(path, "rb");
        if (!f)
            continue;
        while ((n = fread(chunk, 1, sizeof chunk, f)) > 0)
            atcj_buf_put(&t, chunk, n);
        fclose(f);
        atcj_buf_put(&t, "", 1);
        s = strstr(t.ptr, "```text\n");
        end = s ? strstr(s + 8, "\n```") : NULL;
        if (s && end) {
            atc_parser p;
            rec r;
            memset(&r, 0, sizeof r);
            atc_init(&p, prof, &rec_cb, &r);
            atcj_unnotate(s + 8, (size_t)(end - s - 8) + 1, &in);
            s = in.ptr;
            while (s && s < in.ptr + in.len && L->n < 4000) {
                const char *nl = memchr(s, '\n', (size_t)(in.ptr + in.len - s));
                size_t l = nl ? (size_t)(nl - s) : (size_t)(in.ptr + in.len - s);
                unsigned long ev = r.events, bad = r.errors + r.unknown;
                atc_feed(&p, s, l);
                atc_feed(&p, "\r\n", 2);
                if (r.data_risk) { /* (and the bytes after it are not lines) */
                    settle(&p, &r);
                } else if (l && r.events == ev + 1 && r.errors + r.unknown == bad && s[0] != '>') {
                    L->text[L->n] = malloc(l + 2);
                    memcpy(L->text[L->n], s, l);
                    memcpy(L->text[L->n] + l, "\r\n", 2);
                    L->len[L->n] = l + 2;
                    L->n++;
                }
                s = nl ? nl + 1 : NULL;
            }
        }
        atcj_buf_free(&t);
        atcj_buf_free(&in);
    }
    closedir(dh);
}

static void feed_chunked(atc_parser *p, const char *s, size_t n, mg_src *src)
{
    while (n) {
        size_t k = 1 + mg_below(src, 16);
        if (k > n)
            k = n;
        atc_feed(p, s, k);
        s += k;
        n -= k;
    }
}

Test(hostile, vector_lines_interleaved_with_garbage, .timeout = 120)
{
    static char garbage[ATC_MAX_LINE + 256];
    unsigned long rounds = 0;
    EACH_PROFILE(prof)
    {
        static lines L;
        probe pr;
        atc_parser p;
        rec r;
        mg_src src;
        int i, k;
        if (!ok_probe(prof, &pr))
            continue;
        collect_lines(prof, &L);
        if (L.n == 0)
            continue;
        mg_seed(&src, hostile_seed() * 7919 + (uint64_t)pi_);
        memset(&r, 0, sizeof r);
        atc_init(&p, prof, &rec_cb, &r);
        for (i = 0; i < 3000; i++) {
            uint32_t kind = mg_below(&src, 6);
            size_t n = 0;
            unsigned long errs = r.errors + r.unknown;
            /* some valid lines first */
            for (k = (int)mg_below(&src, 4); k > 0; k--) {
                int li = (int)mg_below(&src, (uint32_t)L.n);
                feed_chunked(&p, L.text[li], L.len[li], &src);
            }
            settle(&p, &r); /* (a line of the vectors, read in this context, may begin a data phase: end it) */
            /* then garbage, ended by a line end */
            switch (kind) {
            case 0: /* binary, NUL included */
                n = 1 + mg_below(&src, 200);
                for (k = 0; k < (int)n; k++) {
                    garbage[k] = (char)mg_below(&src, 256);
                    if (garbage[k] == '\r' || garbage[k] == '\n' || garbage[k] == '>')
                        garbage[k] = 0;
                }
                garbage[0] = 1;
                break;
            case 1: /* longer than a line may be */
                n = ATC_MAX_LINE + 1 + mg_below(&src, 200);
                memset(garbage, 'g', n);
                break;
            case 2: { /* a valid line with a byte changed: often a known prefix with bad fields */
                int li = (int)mg_below(&src, (uint32_t)L.n);
                n = L.len[li] - 2;
                memcpy(garbage, L.text[li], n);
                garbage[mg_below(&src, (uint32_t)n)] = "\x01,\"(#9"[mg_below(&src, 6)];
                if (garbage[0] == '>')
                    garbage[0] = '#';
                break;
            }
            case 3: /* a valid line cut short */
            {
                int li = (int)mg_below(&src, (uint32_t)L.n);
                n = mg_below(&src, (uint32_t)(L.len[li] - 2));
                memcpy(garbage, L.text[li], n);
                if (n && garbage[0] == '>')
                    garbage[0] = '#';
                break;
            }
            default: /* printable noise */
                n = 1 + mg_below(&src, 80);
                for (k = 0; k < (int)n; k++)
                    garbage[k] = (char)(0x21 + mg_below(&src, 94));
                if (garbage[0] == '>')
                    garbage[0] = '#';
                break;
            }
            memcpy(garbage + n, "\r\n", 2);
            feed_chunked(&p, garbage, n + 2, &src);
            if (kind <= 1)
                cr_assert_gt(r.errors + r.unknown, errs, "%s: garbage of kind %u not reported", prof->name, kind);
            settle(&p, &r); /* the corrupted line may be a valid header after all */
            expect_probe(&p, &r, &pr, "garbage");
            rounds++;
        }
        for (i = 0; i < L.n; i++)
            free(L.text[i]);
    }
    fprintf(stderr, "hostile: %lu rounds of vector lines and garbage, each followed by a valid OK\n", rounds);
    cr_assert_gt(rounds, 0);
}

/* ---- lines longer than the buffer, in pieces ---- */

/* The JSON of `in` fed in pieces of `chunk` bytes (0: whole), into out (NUL-terminated). */
static void json_in_pieces(const atc_profile *prof, const char *in, size_t n, size_t chunk, atcj_buf *out)
{
    static atcj_decoder d;
    size_t at;
    atcj_decoder_init(&d, prof);
    for (at = 0; at < n; at += chunk ? chunk : n)
        atcj_decoder_feed(&d, in + at, chunk && n - at > chunk ? chunk : n - at);
    atcj_decoder_finish(&d);
    out->len = 0;
    atcj_buf_put(out, d.out.ptr ? d.out.ptr : "", d.out.len);
    atcj_buf_put(out, "", 1);
    atcj_decoder_free(&d);
}

/* A line too long for the buffer is the same error, naming the same message and showing the same
 * bytes, whether it came whole or in pieces of any size (the chunks that fill the buffer exactly
 * among them); the next line decodes. Lines: each URC's head with a long value, with thousands
 * of fields, with a long quoted string, and with a control byte in it (bug 31). */
Test(hostile, an_overlong_line_is_the_same_error_in_every_chunking, .timeout = 120)
{
    static const size_t chunks[] = {1, 3, 64, ATC_MAX_LINE / 2 - 1, ATC_MAX_LINE - 1, ATC_MAX_LINE,
                                    ATC_MAX_LINE + 1};
    static char line[4 * ATC_MAX_LINE + 256];
    atcj_buf whole = {0, 0, 0}, piece = {0, 0, 0};
    int tried = 0;
    EACH_PROFILE(prof)
    {
        uint16_t id;
        int shapes = 0;
        for (id = 0; id < prof->nmsgs && shapes < 6; id++) {
            const char *head = prof->text + prof->prefixes[id];
            size_t hn = strlen(head), n, k, c;
            int form;
            if (prof->msgs[id].kind != ATC_KIND_URC || !prof->msgs[id].nfields || hn < 2 || hn > 64)
                continue;
            for (form = 0; form < 4; form++, shapes++) {
                n = 0;
                memcpy(line + n, "\r\n", 2);
                n += 2;
                memcpy(line + n, head, hn);
                n += hn;
                for (k = 0; k < (size_t)ATC_MAX_LINE + 300; k++) /* form 3: a control byte in it too */
                    line[n++] = form == 0 ? '7' : form == 1 ? (k & 1 ? ',' : '1') : form == 3 ? (k == 9 ? '\x01' : 'b')
                                                                                     : (k ? 'q' : '"');
                if (form == 2)
                    line[n++] = '"';
                memcpy(line + n, "\r\nOK\r\n", 6);
                n += 6;
                json_in_pieces(prof, line, n, 0, &whole);
                cr_assert(strstr(whole.ptr, "ATC_ERR_LINE_TOO_LONG") != NULL, "%s %s: %.200s", prof->name,
                          atc_msg_name(prof, id), whole.ptr);
                for (c = 0; c < sizeof chunks / sizeof chunks[0]; c++) {
                    json_in_pieces(prof, line, n, chunks[c], &piece);
                    cr_assert_str_eq(piece.ptr, whole.ptr, "%s %s (form %d) in pieces of %zu", prof->name,
                                     atc_msg_name(prof, id), form, chunks[c]);
                }
                tried++;
            }
        }
    }
    free(whole.ptr);
    free(piece.ptr);
    cr_assert_gt(tried, 0);
}
