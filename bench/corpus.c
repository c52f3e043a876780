/* atc benchmark: reproducible captures generated from a profile's own tables.
 *
 * Everything comes from atc_profile.msgs at run time: which messages exist and of what kind, their
 * fields (types, ranges, allowed values, max lengths), their shapes (which optionals go together),
 * which responses answer which command form, which messages announce a payload, which commands
 * have a data phase. Messages are written with atc_encode (the codec's own encoder) and
 * assembled into what a UART capture looks like:
 *
 *   AT+QIRD=0,1500\r                 command echo
 *   \r\n+QIRD: 14\r\n<14 raw bytes>  an answer announcing a payload
 *   \r\nOK\r\n                       final result
 *   \r\n+QIURC: "recv",0,5\r\n<5 raw bytes>     URC with payload (direct push)
 *   AT+QISEND=0,5\r\r\n> <5 bytes>\r\nSEND OK\r\n  data phase after a prompt
 *
 * Every unit (a transaction: echo, answers, final; a URC; a stray line) is checked by decoding it
 * alone with atc before it is kept, and its expected records (bench.h) are computed from the
 * generated structs, not from the decoder. A message type that never decodes as generated (two
 * message types with the same shape, where the spec says the first one wins) is dropped from the
 * mix and listed on stderr. Field values are chosen to look like real traffic: IP addresses for
 * fields named like addresses, host names, APNs, hex strings, small integers within the spec's
 * ranges. */
#include "bench.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define MAXP BENCH_MAX_PROFILES
#define MAX_MSGS 512

typedef struct gmsg {
    int prof;
    uint16_t id;
    union {
        char bytes[1024];
        double d;
        void *p;
        int64_t i;
    } m;
    char arena[4096];
    size_t used;
} gmsg;

typedef struct wlist {
    uint16_t id[MAX_MSGS];
    double w[MAX_MSGS];
    int n;
} wlist;

typedef struct gen {
    const atc_profile *const *profiles;
    int n;
    const corpus_opts *o;
    brng r;
    wlist cmds[MAXP], urcs[MAXP];
    uint16_t ok_id[MAXP], send_ok_id[MAXP], send_fail_id[MAXP];
    uint16_t err_ids[MAXP][8];
    int nerr[MAXP];
    unsigned fails[MAXP][MAX_MSGS], oks[MAXP][MAX_MSGS];
    unsigned char disabled[MAXP][MAX_MSGS];
    /* the unit being built */
    atcj_buf u;
    rec_sink ue;
    int16_t rec_prof[4096];
    uint16_t rec_id[4096];
    size_t u_line, u_data, u_echo;
    size_t u_payloads, u_msgs;
    size_t u_kind[8];
    corpus_stats *st;
    gmsg scratch[8];
} gen;

/* ---- field values ---- */

static int name_has(const char *name, const char *what)
{
    char low[64];
    size_t i;
    for (i = 0; name[i] && i < sizeof low - 1; i++)
        low[i] = (char)((name[i] >= 'A' && name[i] <= 'Z') ? name[i] + 32 : name[i]);
    low[i] = '\0';
    return strstr(low, what) != NULL;
}

static char *arena(gmsg *g, size_t n)
{
    char *p;
    if (g->used + n > sizeof g->arena)
        g->used = 0; /* never happens with the lengths below */
    p = g->arena + g->used;
    g->used += n;
    return p;
}

static const char *const hosts[] = {"www.example.com", "iot.example.net", "mqtt.eclipseprojects.io",
                                    "api.quectel.com", "ntp.aliyun.com", "cn.pool.ntp.org",
                                    "broker.hivemq.com", "devices.onenet.hecloud.com"};
static const char *const apns[] = {"CMNET", "UNINET", "CTNET", "internet", "iot.1nce.net", "cmiot"};
static const char *const words[] = {"dns", "failed", "socket", "closed", "timeout", "busy",
                                    "network", "error", "operation", "not", "allowed", "ok"};
static const char *const supported[] = {"(0-11)", "(1-15)", "(0,1)", "(0-65535)", "(1-1460)",
                                        "(0-20)", "(\"TCP\",\"UDP\",\"TCP LISTENER\",\"UDP SERVICE\")",
                                        "\"<APN>\"", "(\"usbmodem\",\"uart1\")", "(0-3)", "(1-255)"};

/* a string value for field f of type t, at most max bytes (0: any) */
static atc_str gen_string(gen *G, gmsg *g, const atc_field_desc *f, atc_type t)
{
    brng *r = &G->r;
    char *s = arena(g, 160);
    size_t n = 0, max = f->max_len ? f->max_len : 64, i;
    atc_str v;
    if (max > 64)
        max = 64;
    if (f->nvalues && (t == ATC_T_STRING || t == ATC_T_TOKEN)) {
        const char *val = f->values[rng_below(r, f->nvalues)];
        v.ptr = val;
        v.len = (uint16_t)strlen(val);
        return v;
    }
    if (t == ATC_T_SUPPORTED) {
        n = (size_t)sprintf(s, "%s", supported[rng_below(r, sizeof supported / sizeof *supported)]);
    } else if (t == ATC_T_FLOAT) {
        n = (size_t)sprintf(s, "%s%d.%02d", rng_below(r, 8) ? "" : "-", (int)rng_below(r, 1000),
                            (int)rng_below(r, 100));
    } else if (t == ATC_T_TEXT) {
        int k, nw = 1 + (int)rng_below(r, 4);
        for (k = 0; k < nw; k++)
            n += (size_t)sprintf(s + n, "%s%s", k ? " " : "", words[rng_below(r, sizeof words / sizeof *words)]);
    } else if (name_has(f->name, "ipv6")) {
        n = (size_t)sprintf(s, "2001:db8:%x::%x", (unsigned)rng_below(r, 0xffff), 1 + (unsigned)rng_below(r, 0xfffe));
    } else if (name_has(f->name, "ip") || name_has(f->name, "addr") || name_has(f->name, "dns")) {
        n = (size_t)sprintf(s, "%u.%u.%u.%u", 1 + (unsigned)rng_below(r, 223), (unsigned)rng_below(r, 256),
                            (unsigned)rng_below(r, 256), 1 + (unsigned)rng_below(r, 254));
    } else if (name_has(f->name, "host") || name_has(f->name, "server") || name_has(f->name, "domain") ||
               name_has(f->name, "url")) {
        n = (size_t)sprintf(s, "%s", hosts[rng_below(r, sizeof hosts / sizeof *hosts)]);
    } else if (name_has(f->name, "apn")) {
        n = (size_t)sprintf(s, "%s", apns[rng_below(r, sizeof apns / sizeof *apns)]);
    } else if (name_has(f->name, "time")) {
        n = (size_t)sprintf(s, "20%02u/%02u/%02u,%02u:%02u:%02u+32", 20 + (unsigned)rng_below(r, 10),
                            1 + (unsigned)rng_below(r, 12), 1 + (unsigned)rng_below(r, 28),
                            (unsigned)rng_below(r, 24), (unsigned)rng_below(r, 60), (unsigned)rng_below(r, 60));
    } else if (name_has(f->name, "hex") || name_has(f->name, "data") || name_has(f->name, "bitmap") ||
               name_has(f->name, "msg") || name_has(f->name, "value") || name_has(f->name, "psk")) {
        size_t len = 2 + 2 * rng_below(r, 24);
        for (i = 0; i < len; i++)
            s[n++] = "0123456789ABCDEF"[rng_below(r, 16)];
    } else {
        size_t len = 1 + rng_below(r, 12);
        for (i = 0; i < len; i++)
            s[n++] = "abcdefghijklmnopqrstuvwxyz0123456789"[rng_below(r, 36)];
    }
    if (t == ATC_T_TOKEN) { /* unquoted: no comma, quote or space */
        for (i = 0; i < n; i++)
            if (s[i] == ',' || s[i] == '"' || s[i] == ' ')
                s[i] = '_';
    }
    if (n > max)
        n = max;
    v.ptr = s;
    v.len = (uint16_t)n;
    return v;
}

static int32_t gen_int(gen *G, const atc_field_desc *f)
{
    brng *r = &G->r;
    if (f->nranges) {
        uint8_t k = (uint8_t)rng_below(r, f->nranges);
        int32_t lo = f->ranges[2 * k], hi = f->ranges[2 * k + 1];
        if (hi - lo > 999 && rng_below(r, 10) < 8)
            hi = lo + 999;
        return rng_range(r, lo, hi);
    }
    return rng_below(r, 10) < 8 ? (int32_t)rng_below(r, 1000) : (int32_t)rng_below(r, 100000);
}

/* payload lengths: log-uniform between lo and hi (at most 1460), so that most payloads are short
 * (a sensor reading, an MQTT packet) and a few are long (a file chunk): median about 40 bytes */
static int32_t gen_payload_len(gen *G, int32_t lo, int32_t hi)
{
    double x;
    int32_t v;
    if (hi > 1460)
        hi = 1460;
    if (lo < 1)
        lo = 1;
    if (hi <= lo)
        return lo;
    x = rng_unit(&G->r);
    v = (int32_t)exp(log((double)lo) + x * (log((double)hi + 1) - log((double)lo)));
    return v < lo ? lo : v > hi ? hi : v;
}

static void put_int(gmsg *g, const atc_field_desc *f, int32_t v)
{
    memcpy(g->m.bytes + f->offset, &v, sizeof v);
}

static void put_str(gmsg *g, const atc_field_desc *f, atc_str v)
{
    memcpy(g->m.bytes + f->offset, &v, sizeof v);
}

static void put_has(gmsg *g, const atc_field_desc *f, bool has)
{
    if (f->flags & ATC_F_OPTIONAL)
        memcpy(g->m.bytes + f->has_offset, &has, sizeof has);
}

static int get_int(const gmsg *g, const atc_field_desc *f, int32_t *v)
{
    bool has = true;
    if (f->flags & ATC_F_OPTIONAL)
        memcpy(&has, g->m.bytes + f->has_offset, sizeof has);
    if (!has)
        return 0;
    memcpy(v, g->m.bytes + f->offset, sizeof *v);
    return 1;
}

static const atc_msg_desc *gdesc(const gen *G, const gmsg *g)
{
    return &G->profiles[g->prof]->msgs[g->id];
}

/* fill message id of profile k with a random shape and random values */
static void fill(gen *G, gmsg *g, int k, uint16_t id)
{
    const atc_msg_desc *d = &G->profiles[k]->msgs[id];
    uint32_t shape = 0xFFFFFFFFu;
    uint8_t i;
    memset(g->m.bytes, 0, sizeof g->m.bytes);
    g->used = 0;
    g->prof = k;
    g->id = id;
    if (d->nshapes)
        shape = d->shapes[rng_below(&G->r, d->nshapes)];
    for (i = 0; i < d->nfields; i++) {
        const atc_field_desc *f = &d->fields[i];
        atc_type t;
        if (!(shape & (1u << i))) {
            put_has(g, f, false);
            continue;
        }
        put_has(g, f, true);
        if (f->type == ATC_T_LITERAL)
            continue;
        if (f->flags & ATC_F_LIST) { /* <v>...: one to four values */
            unsigned n = 1 + rng_below(&G->r, f->max_count < 4 ? f->max_count : 4), k;
            g->m.bytes[f->count_offset] = (char)n;
            for (k = 0; k < n; k++) {
                if (f->type == ATC_T_INT || f->type == ATC_T_HEX) {
                    int32_t v = gen_int(G, f);
                    memcpy(g->m.bytes + f->offset + k * sizeof v, &v, sizeof v);
                } else {
                    atc_str v = gen_string(G, g, f, (atc_type)f->type);
                    memcpy(g->m.bytes + f->offset + k * sizeof v, &v, sizeof v);
                }
            }
            continue;
        }
        if (f->type == ATC_T_INT || f->type == ATC_T_HEX) {
            put_int(g, f, gen_int(G, f));
            continue;
        }
        t = atc_field_type(d->fields, i, g->m.bytes);
        if (t == ATC_T_DYNAMIC && f->type == ATC_T_DYNAMIC && f->ndyn && f->type_from >= 0) {
            const atc_field_desc *sel = &d->fields[f->type_from];
            put_int(g, sel, f->dyn[2 * rng_below(&G->r, f->ndyn)]);
            put_has(g, sel, true);
            t = atc_field_type(d->fields, i, g->m.bytes);
        }
        if (t == ATC_T_INT || t == ATC_T_HEX) { /* a number kept as text */
            char *s = arena(g, 16);
            atc_str v;
            v.ptr = s;
            v.len = (uint16_t)(t == ATC_T_HEX ? sprintf(s, "0x%X", (unsigned)rng_below(&G->r, 65536))
                                              : sprintf(s, "%d", (int)rng_below(&G->r, 100000)));
            put_str(g, f, v);
        } else {
            put_str(g, f, gen_string(G, g, f, t));
        }
    }
    if (d->payload_field >= 0) {
        const atc_field_desc *f = &d->fields[d->payload_field];
        int32_t lo = f->nranges ? f->ranges[0] : 0, hi = f->nranges ? f->ranges[2 * f->nranges - 1] : 1460;
        if (d->payload_max && hi > d->payload_max)
            hi = d->payload_max;
        if (G->o->no_payload)
            put_int(g, f, lo <= 0 ? 0 : lo);
        else if (rng_below(&G->r, 50) == 0 && lo <= 0)
            put_int(g, f, 0); /* +QIRD: 0, nothing to read */
        else
            put_int(g, f, gen_payload_len(G, lo, hi));
    }
}

/* ---- unit assembly ---- */

static void unit_reset(gen *G)
{
    G->u.len = 0;
    rs_free(&G->ue);
    rs_init(&G->ue, 1);
    G->u_line = G->u_data = G->u_echo = 0;
    G->u_payloads = G->u_msgs = 0;
    memset(G->u_kind, 0, sizeof G->u_kind);
}

static void note_rec(gen *G, int prof, uint16_t id)
{
    if (G->ue.n < sizeof G->rec_id / sizeof *G->rec_id) {
        G->rec_prof[G->ue.n] = (int16_t)prof;
        G->rec_id[G->ue.n] = id;
    }
}

/* encode g into the unit; returns 0 if the encoder refuses or the line is too long */
static int emit(gen *G, const gmsg *g)
{
    const atc_msg_desc *d = gdesc(G, g);
    size_t len = 0;
    char line[4096];
    if (atc_encode(d, g->m.bytes, ATC_FRAME_WIRE, line, sizeof line, &len) != ATC_OK)
        return 0;
    if (len + 1 > ATC_MAX_LINE)
        return 0;
    atcj_buf_put(&G->u, line, len);
    if (d->kind == ATC_KIND_COMMAND)
        G->u_echo += len;
    G->u_line += len;
    G->u_msgs++;
    G->u_kind[d->kind & 7]++;
    note_rec(G, g->prof, g->id);
    rs_event(&G->ue, g->prof, g->id, d, g->m.bytes);
    return 1;
}

static void emit_bytes(gen *G, int dir, int how, size_t n, int text, int no_ctrl)
{
    char buf[2048];
    size_t i;
    static const char txt[] = "{\"temp\":21.5,\"hum\":40,\"id\":\"dev-0042\",\"ts\":1763734509}\r\n"
                              "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 58\r\n\r\n";
    size_t at = rng_below(&G->r, sizeof txt - 1);
    for (i = 0; i < n && i < sizeof buf; i++) {
        unsigned char c;
        if (text) {
            c = (unsigned char)txt[(at + i) % (sizeof txt - 1)];
            if (c >= '0' && c <= '9')
                c = (unsigned char)('0' + rng_below(&G->r, 10));
        } else {
            c = (unsigned char)rng_below(&G->r, 256);
        }
        if (no_ctrl && (c == 0x1a || c == 0x1b))
            c = 'x';
        buf[i] = (char)c;
    }
    atcj_buf_put(&G->u, buf, n);
    G->u_data += n;
    G->u_payloads++;
    note_rec(G, -1, 0xFFFF);
    rs_data(&G->ue, buf, n);
    rs_data_end(&G->ue, dir, how);
}

/* after a message that announces a payload: the payload bytes */
static void emit_payload(gen *G, const gmsg *g)
{
    const atc_msg_desc *d = gdesc(G, g);
    int32_t n;
    if (d->payload_field < 0 || !get_int(g, &d->fields[d->payload_field], &n) || n <= 0)
        return;
    emit_bytes(G, ATC_DIR_RX, ATC_DATA_COMPLETE, (size_t)n, rng_below(&G->r, 2) == 0, 0);
}

static int emit_noise(gen *G)
{
    static const char *const noise[] = {"RDY", "+CPIN: READY", "+QIND: PB DONE", "+CSQ: 23,99",
                                        "+CREG: 0,1", "APP RDY", "+QIND: SMS DONE"};
    const char *s = noise[rng_below(&G->r, sizeof noise / sizeof *noise)];
    atcj_buf_puts(&G->u, "\r\n");
    atcj_buf_puts(&G->u, s);
    atcj_buf_puts(&G->u, "\r\n");
    G->u_line += strlen(s) + 4;
    note_rec(G, -1, 0xFFFE);
    rs_unknown(&G->ue, s, strlen(s));
    return 1;
}

/* decode the unit alone with atc; 1 if it gives exactly the expected records. On a mismatch,
 * *bad_prof / *bad_id name the first generated message that did not come back. */
static int check_unit(gen *G, int *bad_prof, uint16_t *bad_id)
{
    rec_sink got;
    atc_run run;
    size_t i;
    int ok;
    rs_init(&got, 1);
    atc_run_init(&run, G->profiles, G->n, &got);
    atc_run_feed(&run, G->u.ptr, G->u.len, 0);
    atc_run_finish(&run);
    ok = got.n == G->ue.n;
    for (i = 0; ok && i < got.n; i++)
        ok = got.recs[i] == G->ue.recs[i];
    if (!ok) {
        for (i = 0; i < G->ue.n && i < got.n && got.recs[i] == G->ue.recs[i]; i++)
            ;
        if (i >= G->ue.n)
            i = G->ue.n ? G->ue.n - 1 : 0;
        *bad_prof = -1;
        *bad_id = 0xFFFF;
        for (; i < G->ue.n && i < sizeof G->rec_id / sizeof *G->rec_id; i++)
            if (G->rec_prof[i] >= 0) {
                *bad_prof = G->rec_prof[i];
                *bad_id = G->rec_id[i];
                break;
            }
        if (G->o->verbose > 2) {
            rec_sink txt;
            atc_run r2;
            rs_init(&txt, 0);
            txt.text_from = 0;
            txt.text_to = (size_t)-1;
            atc_run_init(&r2, G->profiles, G->n, &txt);
            atc_run_feed(&r2, G->u.ptr, G->u.len, 0);
            atc_run_finish(&r2);
            fprintf(stderr, "--- unit rejected:\n%.*s\n--- decoded as:\n%s", (int)G->u.len, G->u.ptr,
                    txt.text.ptr ? txt.text.ptr : "");
            rs_free(&txt);
        }
    }
    rs_free(&got);
    return ok;
}

static uint16_t pick(gen *G, const wlist *l, int k)
{
    double total = 0, x;
    int i;
    for (i = 0; i < l->n; i++)
        if (!G->disabled[k][l->id[i]])
            total += l->w[i];
    if (total <= 0)
        return 0xFFFF;
    x = rng_unit(&G->r) * total;
    for (i = 0; i < l->n; i++) {
        if (G->disabled[k][l->id[i]])
            continue;
        if (x < l->w[i])
            return l->id[i];
        x -= l->w[i];
    }
    return 0xFFFF;
}

static int answers(const atc_msg_desc *d, uint16_t cmd)
{
    uint8_t i;
    for (i = 0; i < d->nanswers; i++)
        if (d->answers[i] == cmd)
            return 1;
    return 0;
}

/* a URC whose prefix none of the command's answers has (it may arrive inside the transaction) */
static uint16_t pick_urc_inside(gen *G, int k, uint16_t cmd)
{
    const atc_profile *P = G->profiles[k];
    uint16_t u = pick(G, &G->urcs[k], k), i;
    if (u == 0xFFFF || P->msgs[u].payload_field >= 0)
        return 0xFFFF;
    for (i = 0; i < P->nmsgs; i++)
        if (P->msgs[i].kind == ATC_KIND_RESPONSE && answers(&P->msgs[i], cmd) &&
            strcmp(P->msgs[i].prefix, P->msgs[u].prefix) == 0)
            return 0xFFFF;
    return u;
}

static int build_urc(gen *G, int k, uint16_t id)
{
    gmsg *g = &G->scratch[0];
    fill(G, g, k, id);
    if (!emit(G, g))
        return 0;
    emit_payload(G, g);
    return 1;
}

static int emit_final(gen *G, int k, uint16_t id)
{
    gmsg *g = &G->scratch[3];
    fill(G, g, k, id);
    return emit(G, g);
}

/* data phase variants of a command with a prompt */
enum { DP_NONE = 0, DP_TERMINATED = 1, DP_FIXED = 2 };

static int build_transaction(gen *G, int k, uint16_t cmd_id, const gmsg *cmd, int dp, int32_t fixed_len,
                             uint64_t sub_seed)
{
    const atc_profile *P = G->profiles[k];
    const atc_msg_desc *cd = &P->msgs[cmd_id];
    brng save = G->r;
    uint16_t i;
    rng_seed(&G->r, sub_seed);
    if (!emit(G, cmd))
        goto fail;
    if (rng_below(&G->r, 10) == 0) { /* a URC arrives after the echo */
        uint16_t u = pick_urc_inside(G, k, cmd_id);
        if (u != 0xFFFF && !build_urc(G, k, u))
            goto fail;
    }
    if (dp != DP_NONE) {
        gmsg *pr = &G->scratch[4];
        if (P->msg_prompt == 0xFFFF)
            goto fail;
        fill(G, pr, k, P->msg_prompt);
        if (!emit(G, pr))
            goto fail;
        if (dp == DP_FIXED) {
            emit_bytes(G, ATC_DIR_TX, ATC_DATA_COMPLETE, (size_t)fixed_len, rng_below(&G->r, 2) == 0, 0);
        } else {
            size_t n = (size_t)gen_payload_len(G, 1, 512);
            emit_bytes(G, ATC_DIR_TX, ATC_DATA_SUBMIT, n, 1, 1);
            atcj_buf_put(&G->u, "\x1a", 1);
            G->u_data++;
        }
        if (!emit_final(G, k,
                        G->send_fail_id[k] != 0xFFFF && rng_below(&G->r, 100) < 4 ? G->send_fail_id[k]
                        : G->send_ok_id[k] != 0xFFFF                               ? G->send_ok_id[k]
                                                                                   : G->ok_id[k]))
            goto fail;
        G->r = save;
        return 1;
    }
    if (G->nerr[k] && rng_below(&G->r, 100) < 6) {
        if (!emit_final(G, k, G->err_ids[k][rng_below(&G->r, (uint32_t)G->nerr[k])]))
            goto fail;
        G->r = save;
        return 1;
    }
    {
        uint16_t cand[256];
        int nc = 0;
        for (i = 0; i < P->nmsgs && nc < 256; i++)
            if (P->msgs[i].kind == ATC_KIND_RESPONSE && answers(&P->msgs[i], cmd_id) && !G->disabled[k][i] &&
                !(G->o->no_payload && P->msgs[i].payload_field >= 0 &&
                  P->msgs[i].fields[P->msgs[i].payload_field].nranges &&
                  P->msgs[i].fields[P->msgs[i].payload_field].ranges[0] > 0))
                cand[nc++] = i;
        if (nc && cd->form == ATC_FORM_TEST) { /* the test form lists every answer */
            int j;
            for (j = 0; j < nc; j++) {
                gmsg *g = &G->scratch[1];
                fill(G, g, k, cand[j]);
                if (!emit(G, g))
                    goto fail;
                emit_payload(G, g);
            }
        } else if (nc) {
            uint16_t a = cand[rng_below(&G->r, (uint32_t)nc)];
            int reps = (P->msgs[a].flags & ATC_M_MULTI) ? 1 + (int)rng_below(&G->r, 4) : 1, j;
            for (j = 0; j < reps; j++) {
                gmsg *g = &G->scratch[1];
                fill(G, g, k, a);
                if (!emit(G, g))
                    goto fail;
                emit_payload(G, g);
            }
        }
    }
    if (!emit_final(G, k, G->ok_id[k]))
        goto fail;
    G->r = save;
    return 1;
fail:
    G->r = save;
    return 0;
}

static void disable_check(gen *G, int k, uint16_t id)
{
    if (k < 0 || id == 0xFFFF)
        return;
    G->fails[k][id]++;
    if (G->fails[k][id] >= 40 && G->oks[k][id] == 0 && !G->disabled[k][id]) {
        const atc_msg_desc *d = &G->profiles[k]->msgs[id];
        G->disabled[k][id] = 1;
        G->st->disabled++;
        if (G->o->verbose)
            fprintf(stderr, "corpus: %s: %s%s%s (id %u) never decodes as generated; left out of the mix\n",
                    G->profiles[k]->name, d->name, d->variant ? "/" : "", d->variant ? d->variant : "", id);
    }
}

static void credit(gen *G)
{
    size_t i;
    for (i = 0; i < G->ue.n && i < sizeof G->rec_id / sizeof *G->rec_id; i++)
        if (G->rec_prof[i] >= 0 && G->rec_id[i] < MAX_MSGS)
            G->oks[G->rec_prof[i]][G->rec_id[i]]++;
}

/* one unit: a transaction, a URC or a stray line; 1 when kept */
static int one_unit(gen *G, int *kind)
{
    int k = (int)rng_below(&G->r, (uint32_t)G->n), bad_prof;
    uint16_t bad_id;
    double x = rng_unit(&G->r);
    unit_reset(G);
    if (x < 0.015) {
        *kind = 2;
        emit_noise(G);
        return check_unit(G, &bad_prof, &bad_id);
    }
    if (x < 0.40) {
        uint16_t id = pick(G, &G->urcs[k], k);
        *kind = 1;
        if (id == 0xFFFF)
            return 0;
        if (!build_urc(G, k, id))
            return 0;
        if (check_unit(G, &bad_prof, &bad_id))
            return 1;
        disable_check(G, bad_prof, bad_id);
        return 0;
    }
    {
        uint16_t id = pick(G, &G->cmds[k], k);
        gmsg *cmd = &G->scratch[2];
        const atc_msg_desc *cd;
        int variants[8], nv = 0, j;
        int32_t lens[8];
        uint64_t sub = rng_next(&G->r);
        *kind = 0;
        if (id == 0xFFFF)
            return 0;
        cd = &G->profiles[k]->msgs[id];
        fill(G, cmd, k, id);
        if (cd->prompt && !G->o->no_payload) {
            uint8_t i;
            for (i = 0; i < cd->nfields && nv < 6; i++) {
                int32_t v;
                const atc_field_desc *f = &cd->fields[i];
                if ((f->type == ATC_T_INT) && get_int(cmd, f, &v) && v > 0 && v <= 4096) {
                    /* the length a data phase would have: make it look like one */
                    int32_t hi = f->nranges ? f->ranges[2 * f->nranges - 1] : 1460;
                    if (hi >= 64) {
                        v = gen_payload_len(G, 1, hi);
                        put_int(cmd, f, v);
                    }
                    variants[nv] = DP_FIXED;
                    lens[nv++] = v;
                }
            }
            variants[nv] = DP_TERMINATED;
            lens[nv++] = 0;
            for (j = nv - 1; j > 0; j--) { /* shuffle */
                int s = (int)rng_below(&G->r, (uint32_t)j + 1), tv = variants[j];
                int32_t tl = lens[j];
                variants[j] = variants[s], lens[j] = lens[s];
                variants[s] = tv, lens[s] = tl;
            }
        }
        variants[nv] = DP_NONE;
        lens[nv++] = 0;
        bad_prof = -1;
        bad_id = 0xFFFF;
        for (j = 0; j < nv; j++) {
            unit_reset(G);
            if (!build_transaction(G, k, id, cmd, variants[j], lens[j], sub))
                continue;
            if (check_unit(G, &bad_prof, &bad_id))
                return 1;
        }
        disable_check(G, bad_prof, bad_id);
        return 0;
    }
}

static void setup(gen *G, int k)
{
    const atc_profile *P = G->profiles[k];
    uint16_t i, j;
    G->ok_id[k] = G->send_ok_id[k] = G->send_fail_id[k] = 0xFFFF;
    G->nerr[k] = 0;
    G->cmds[k].n = G->urcs[k].n = 0;
    for (i = 0; i < P->nmsgs && i < MAX_MSGS; i++) {
        const atc_msg_desc *d = &P->msgs[i];
        if (d->kind == ATC_KIND_FINAL) {
            if (d->flags & (ATC_M_LEAVES_DATA | ATC_M_ENTERS_DATA))
                continue;
            if (strstr(d->name, "SEND")) {
                if (!(d->flags & ATC_M_ERROR) && G->send_ok_id[k] == 0xFFFF)
                    G->send_ok_id[k] = i;
                if ((d->flags & ATC_M_ERROR) && G->send_fail_id[k] == 0xFFFF)
                    G->send_fail_id[k] = i;
            } else if (d->flags & ATC_M_ERROR) {
                if (G->nerr[k] < 8)
                    G->err_ids[k][G->nerr[k]++] = i;
            } else if (G->ok_id[k] == 0xFFFF) {
                G->ok_id[k] = i;
            }
        } else if (d->kind == ATC_KIND_COMMAND) {
            /* forms of one command share its weight; commands that move data come up more often,
             * test forms (AT+X=?) seldom */
            double w = d->form == ATC_FORM_TEST ? 0.15 : d->form == ATC_FORM_SET ? 2.0 : 1.0;
            int nsame = 0, moves = d->prompt != NULL;
            for (j = 0; j < P->nmsgs; j++) {
                const atc_msg_desc *e = &P->msgs[j];
                if (e->kind == ATC_KIND_COMMAND && e->form == d->form && strcmp(e->name, d->name) == 0)
                    nsame++;
                if (e->kind == ATC_KIND_RESPONSE && e->payload_field >= 0 && answers(e, i))
                    moves = 1;
            }
            if (moves)
                w *= G->o->no_payload ? 1.0 : 5.0;
            G->cmds[k].id[G->cmds[k].n] = i;
            G->cmds[k].w[G->cmds[k].n++] = w / (nsame ? nsame : 1);
        } else if (d->kind == ATC_KIND_URC) {
            double w = d->nfields ? 1.0 : 0.05;
            if (d->payload_field >= 0) {
                if (G->o->no_payload)
                    continue;
                w = 6.0;
            }
            if (d->flags & (ATC_M_ENTERS_DATA | ATC_M_LEAVES_DATA))
                continue;
            G->urcs[k].id[G->urcs[k].n] = i;
            G->urcs[k].w[G->urcs[k].n++] = w;
        }
    }
    if (G->ok_id[k] == 0xFFFF)
        G->ok_id[k] = 0;
}

int corpus_generate(const atc_profile *const *profiles, int n, const corpus_opts *o, atcj_buf *out,
                    rec_sink *expect, corpus_stats *st)
{
    gen *G = (gen *)calloc(1, sizeof *G);
    int k;
    size_t attempts = 0;
    if (!G)
        return -1;
    memset(st, 0, sizeof *st);
    G->profiles = profiles;
    G->n = n;
    G->o = o;
    G->st = st;
    rng_seed(&G->r, o->seed);
    rs_init(&G->ue, 1);
    for (k = 0; k < n; k++)
        setup(G, k);
    while (out->len < o->size) {
        int kind = 0;
        size_t i;
        if (++attempts > 50 * (o->size / 16 + 1000)) {
            fprintf(stderr, "corpus: giving up, too many rejected units\n");
            break;
        }
        if (!one_unit(G, &kind))
            continue;
        credit(G);
        atcj_buf_put(out, G->u.ptr, G->u.len);
        for (i = 0; i < G->ue.n; i++)
            rs_add_hash(expect, G->ue.recs[i]);
        st->line_bytes += G->u_line;
        st->data_bytes += G->u_data;
        st->echo_bytes += G->u_echo;
        st->payloads += G->u_payloads;
        st->messages += G->u_msgs;
        for (i = 0; i < 8; i++)
            st->by_kind[i] += G->u_kind[i];
        if (kind == 0)
            st->transactions++;
        else if (kind == 1)
            st->urcs++;
        else
            st->noise++;
    }
    for (k = 0; k < n; k++) {
        uint16_t i;
        for (i = 0; i < profiles[k]->nmsgs && i < MAX_MSGS; i++) {
            const atc_msg_desc *d = &profiles[k]->msgs[i];
            st->types_total++;
            if (G->oks[k][i])
                st->types_seen++;
            else if (o->verbose > 1)
                fprintf(stderr, "corpus: %s: %s%s%s (id %u) does not occur\n", profiles[k]->name, d->name,
                        d->variant ? "/" : "", d->variant ? d->variant : "", i);
        }
    }
    st->bytes = out->len;
    st->records = expect->n;
    rs_free(&G->ue);
    atcj_buf_free(&G->u);
    free(G);
    return 0;
}

/* ---- commands for the encoder measurement ---- */

int corpus_commands(const atc_profile *P, uint64_t seed, size_t count, bench_cmd *out)
{
    gen *G = (gen *)calloc(1, sizeof *G);
    corpus_opts o;
    corpus_stats st;
    const atc_profile *ps[1];
    size_t i = 0, tries = 0;
    if (!G)
        return -1;
    memset(&o, 0, sizeof o);
    o.seed = seed;
    ps[0] = P;
    G->profiles = ps;
    G->n = 1;
    G->o = &o;
    G->st = &st;
    rng_seed(&G->r, seed);
    setup(G, 0);
    while (i < count && tries++ < count * 100) {
        uint16_t id = pick(G, &G->cmds[0], 0);
        gmsg *g = (gmsg *)malloc(sizeof *g);
        size_t len;
        if (!g || id == 0xFFFF)
            break;
        fill(G, g, 0, id);
        if (atc_encode(&P->msgs[id], g->m.bytes, ATC_FRAME_WIRE, NULL, 0, &len) != ATC_OK || len + 1 > ATC_MAX_LINE) {
            free(g);
            continue;
        }
        out[i].d = &P->msgs[id];
        out[i].msg = g->m.bytes;
        i++;
    }
    free(G);
    return (int)i;
}
