/* atc benchmark: reproducible captures generated from a profile's own tables.
 *
 * Everything comes from the atc_profile at run time: which messages exist and of what kind, their
 * fields (types, ranges, allowed values, max lengths: atc_field_info_of), their shapes (which
 * optionals go together), which responses answer which command form, which messages announce a
 * payload (atc_msg_payload_field, atc_profile.payloads), which commands have a data phase and how
 * it ends (atc_profile.prompts). Messages are written with atc_encode (the codec's own encoder)
 * and assembled into what a UART capture looks like:
 *
 *   AT+QIRD=0,1500\r                 command echo
 *   \r\n+QIRD: 14\r\n<14 raw bytes>  an answer announcing a payload
 *   \r\nOK\r\n                       final result
 *   \r\n+QIURC: "recv",0,5\r\n<5 raw bytes>     URC with payload (direct push)
 *   AT+QISEND=0,5\r\r\n> <5 bytes>\r\nSEND OK\r\n  data phase after a prompt
 *
 * Responses decode only while the command form they answer is pending, so they only ever appear
 * inside a transaction, after its command echo. Every unit (a transaction: echo, answers, final;
 * a URC; a stray line) is checked before it is kept by decoding it with atc in the state the
 * units before it left (a copy of one parser that reads the whole corpus as it grows), and its
 * expected records (bench.h) are computed from the generated structs, not from the decoder. A
 * message type that never decodes as generated (two message types with the same shape, where the
 * spec says the first one wins) is dropped from the mix and listed on stderr. Every corpus is
 * read in the profile's default session state (the hand-written baseline keeps none): commands
 * that set a state (atc_profile.effects) are written with the values that keep it at its default
 * (AT+QIOPEN in buffer mode, AT+QICFG="recvind",0), and those that would change it anyway, or set a
 * state that has no default (AT+QISDE), are left out; so are the commands that enter or leave
 * passthrough (USR's AT+ENTM and +++) and the results that enter or leave transparent mode
 * (CONNECT, NO CARRIER).
 * Field values are chosen to look like real traffic: IP addresses for address fields, host
 * names, APNs, hex strings, small integers within the spec's ranges. */
#include "bench.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define MAXP BENCH_MAX_PROFILES
#define MAX_MSGS 1024
#define MAX_REC 4096

typedef struct gmsg {
    int prof;
    uint16_t id;
    union {
        char bytes[2048];
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
    unsigned char stateful[MAXP][MAX_MSGS]; /* commands that change the session state */
    /* the decoder that reads the corpus as it grows (units are checked on copies of it) */
    atc_run live;
    rec_sink live_sink;
    /* the unit being built */
    atcj_buf u;
    rec_sink ue;
    int16_t rec_prof[MAX_REC];
    uint16_t rec_id[MAX_REC];
    size_t u_line, u_data, u_echo;
    size_t u_payloads, u_msgs;
    size_t u_kind[8];
    int variant;      /* how payloads and data phases are written: 0 as announced, 1 as hex (twice as
                         long), 2 not at all (the data stays in the module or is not echoed) */
    int u_has_data;   /* the unit has a payload or a data phase (other variants may apply) */
    int u_context;    /* the unit decoded alone, but not after the units before it */
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

/* a string value for field i of message id, written as type t */
static atc_str gen_string(gen *G, gmsg *g, const atc_profile *P, uint16_t id, uint8_t i, atc_type t)
{
    brng *r = &G->r;
    const atc_field_desc *f = &atc_msg_fields(P, id)[i];
    const atc_field_info *in = atc_field_info_of(P, f);
    const char *name = atc_field_name(P, id, i);
    char *s = arena(g, 160);
    size_t n = 0, max = in->max_len ? in->max_len : 64, k;
    atc_str v;
    if (max > 64)
        max = 64;
    if (in->nvalues && ATC_TYPE_OF(f) != ATC_T_DYNAMIC && (t == ATC_T_STRING || t == ATC_T_TOKEN)) {
        const char *val = atc_field_value(P, f, (uint8_t)rng_below(r, in->nvalues));
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
        int w, nw = 1 + (int)rng_below(r, 4);
        for (w = 0; w < nw; w++)
            n += (size_t)sprintf(s + n, "%s%s", w ? " " : "", words[rng_below(r, sizeof words / sizeof *words)]);
    } else if ((in->fmt & ATC_FMT_IPV6) || name_has(name, "ipv6")) {
        n = (size_t)sprintf(s, "2001:db8:%x::%x", (unsigned)rng_below(r, 0xffff), 1 + (unsigned)rng_below(r, 0xfffe));
    } else if ((in->fmt & ATC_FMT_IPV4) || name_has(name, "ip") || name_has(name, "addr") || name_has(name, "dns")) {
        n = (size_t)sprintf(s, "%u.%u.%u.%u", 1 + (unsigned)rng_below(r, 223), (unsigned)rng_below(r, 256),
                            (unsigned)rng_below(r, 256), 1 + (unsigned)rng_below(r, 254));
    } else if (name_has(name, "host") || name_has(name, "server") || name_has(name, "domain") ||
               name_has(name, "url")) {
        n = (size_t)sprintf(s, "%s", hosts[rng_below(r, sizeof hosts / sizeof *hosts)]);
    } else if (name_has(name, "apn")) {
        n = (size_t)sprintf(s, "%s", apns[rng_below(r, sizeof apns / sizeof *apns)]);
    } else if (name_has(name, "time")) {
        n = (size_t)sprintf(s, "20%02u/%02u/%02u,%02u:%02u:%02u+32", 20 + (unsigned)rng_below(r, 10),
                            1 + (unsigned)rng_below(r, 12), 1 + (unsigned)rng_below(r, 28),
                            (unsigned)rng_below(r, 24), (unsigned)rng_below(r, 60), (unsigned)rng_below(r, 60));
    } else if (name_has(name, "hex") || name_has(name, "data") || name_has(name, "bitmap") ||
               name_has(name, "msg") || name_has(name, "value") || name_has(name, "psk")) {
        size_t len = 2 + 2 * rng_below(r, 24);
        for (k = 0; k < len; k++)
            s[n++] = "0123456789ABCDEF"[rng_below(r, 16)];
    } else {
        size_t len = 1 + rng_below(r, 12);
        for (k = 0; k < len; k++)
            s[n++] = "abcdefghijklmnopqrstuvwxyz0123456789"[rng_below(r, 36)];
    }
    if (t == ATC_T_TOKEN) { /* unquoted: no comma, quote or space */
        for (k = 0; k < n; k++)
            if (s[k] == ',' || s[k] == '"' || s[k] == ' ')
                s[k] = '_';
    }
    if (n > max)
        n = max;
    v.ptr = s;
    v.len = (uint16_t)n;
    return v;
}

/* an integer within the field's ranges (the bits of an int32_t or, for ATC_I_UNSIGNED, a uint32_t) */
static uint32_t gen_int(gen *G, const atc_profile *P, const atc_field_desc *f)
{
    brng *r = &G->r;
    const atc_field_info *in = atc_field_info_of(P, f);
    if (in->nranges) {
        int32_t lo, hi;
        atc_field_range(P, f, (uint8_t)rng_below(r, in->nranges), &lo, &hi);
        if (in->flags & ATC_I_UNSIGNED) {
            uint32_t ulo = (uint32_t)lo, uhi = (uint32_t)hi;
            uint64_t span;
            if (uhi - ulo > 999 && rng_below(r, 10) < 8)
                uhi = ulo + 999;
            span = (uint64_t)uhi - ulo + 1;
            return ulo + (uint32_t)(rng_next(r) % span);
        }
        if ((int64_t)hi - lo > 999 && rng_below(r, 10) < 8)
            hi = lo + 999;
        return (uint32_t)rng_range(r, lo, hi);
    }
    return rng_below(r, 10) < 8 ? rng_below(r, 1000) : rng_below(r, 100000);
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

/* the lowest and highest value the field's ranges allow (0 .. 1460 without ranges) */
static void field_span(const atc_profile *P, const atc_field_desc *f, int32_t *lo, int32_t *hi)
{
    const atc_field_info *in = atc_field_info_of(P, f);
    int32_t a, b;
    if (!in->nranges) {
        *lo = 0;
        *hi = 1460;
        return;
    }
    atc_field_range(P, f, 0, lo, &b);
    atc_field_range(P, f, (uint8_t)(in->nranges - 1), &a, hi);
    if ((in->flags & ATC_I_UNSIGNED) && (*hi < 0 || *lo < 0)) { /* beyond INT32_MAX: far more than any payload */
        if (*lo < 0)
            *lo = 0;
        *hi = 0x7FFFFFFF;
    }
}

static void put_u32(gmsg *g, const atc_field_desc *f, unsigned k, uint32_t v)
{
    memcpy(g->m.bytes + f->offset + k * sizeof v, &v, sizeof v);
}

static void put_str(gmsg *g, const atc_field_desc *f, unsigned k, atc_str v)
{
    memcpy(g->m.bytes + f->offset + k * sizeof v, &v, sizeof v);
}

static void put_has(gmsg *g, const atc_field_desc *f, bool has)
{
    if ((f->type & ATC_F_OPTIONAL) && !(f->type & ATC_F_LIST))
        memcpy(g->m.bytes + f->has, &has, sizeof has);
}

static int get_int(const gmsg *g, const atc_field_desc *f, int32_t *v)
{
    if (!atc_field_present(f, g->m.bytes))
        return 0;
    memcpy(v, g->m.bytes + f->offset, sizeof *v);
    return 1;
}

static const atc_profile *gprof(const gen *G, const gmsg *g)
{
    return G->profiles[g->prof];
}

static const atc_msg_desc *gdesc(const gen *G, const gmsg *g)
{
    return &gprof(G, g)->msgs[g->id];
}

/* one field's value(s), present */
static void fill_field(gen *G, gmsg *g, const atc_profile *P, uint16_t id, uint8_t i)
{
    const atc_field_desc *fs = atc_msg_fields(P, id), *f = &fs[i];
    const atc_field_info *in = atc_field_info_of(P, f);
    atc_type ft = ATC_TYPE_OF(f), t;
    put_has(g, f, true);
    if (ft == ATC_T_LITERAL)
        return;
    if (f->type & ATC_F_LIST) { /* <v>...: one to four values */
        unsigned n = 1 + rng_below(&G->r, in->max_count < 4 ? in->max_count : 4), k;
        g->m.bytes[f->has] = (char)n;
        for (k = 0; k < n; k++) {
            if (ft == ATC_T_INT || ft == ATC_T_HEX)
                put_u32(g, f, k, gen_int(G, P, f));
            else
                put_str(g, f, k, gen_string(G, g, P, id, i, ft));
        }
        return;
    }
    if (ft == ATC_T_INT || ft == ATC_T_HEX) {
        put_u32(g, f, 0, gen_int(G, P, f));
        return;
    }
    t = atc_field_type(P, id, i, g->m.bytes);
    if (t == ATC_T_DYNAMIC && ft == ATC_T_DYNAMIC && in->nvalues && in->type_from >= 0) {
        /* the field that types this one: one of the values of its table */
        const atc_field_desc *sel = &fs[in->type_from];
        put_u32(g, sel, 0, (uint32_t)P->ints[in->values + 2u * rng_below(&G->r, in->nvalues)]);
        put_has(g, sel, true);
        t = atc_field_type(P, id, i, g->m.bytes);
    }
    if (t == ATC_T_INT || t == ATC_T_HEX) { /* a number kept as text */
        char *s = arena(g, 16);
        atc_str v;
        v.ptr = s;
        v.len = (uint16_t)(t == ATC_T_HEX ? sprintf(s, "0x%X", (unsigned)rng_below(&G->r, 65536))
                                          : sprintf(s, "%d", (int)rng_below(&G->r, 100000)));
        put_str(g, f, 0, v);
    } else {
        put_str(g, f, 0, gen_string(G, g, P, id, i, t));
    }
}

/* fill message id of profile k with a random shape and random values */
static void fill(gen *G, gmsg *g, int k, uint16_t id)
{
    const atc_profile *P = G->profiles[k];
    const atc_msg_desc *d = &P->msgs[id];
    const atc_field_desc *fs = atc_msg_fields(P, id);
    uint32_t shape = 0xFFFFFFFFu;
    uint8_t i, nplain = (uint8_t)(d->tag_first >= 0 ? d->tag_first : d->nfields);
    uint16_t j;
    int pf;
    memset(g->m.bytes, 0, sizeof g->m.bytes);
    g->used = 0;
    g->prof = k;
    g->id = id;
    if (d->nshapes)
        shape = P->shapes[d->shapes + rng_below(&G->r, d->nshapes)].mask;
    for (i = 0; i < nplain; i++)
        if (shape & (1u << i))
            fill_field(G, g, P, id, i);
    if (d->tag_first >= 0) { /* a tagged set {"A",<a> | "B",<b>}: some of its pairs, at least one */
        int any = 0;
        for (i = nplain; i + 1 < d->nfields; i = (uint8_t)(i + 2)) {
            if (rng_below(&G->r, 2) == 0)
                continue;
            fill_field(G, g, P, id, (uint8_t)(i + 1));
            any = 1;
        }
        if (!any && nplain + 1 < d->nfields) {
            unsigned npairs = (unsigned)(d->nfields - nplain) / 2u;
            fill_field(G, g, P, id, (uint8_t)(nplain + 2u * rng_below(&G->r, npairs) + 1u));
        }
    }
    /* the session state stays at its default (setup() left out the commands where it cannot) */
    for (j = 0; j < P->neffects; j++) {
        const atc_effect *e = &P->effects[j];
        if (e->msg == id && e->field >= 0 && atc_field_present(&fs[e->field], g->m.bytes))
            put_u32(g, &fs[e->field], 0, P->states[3u * e->state + 2]);
    }
    pf = atc_msg_payload_field(P, id);
    if (pf >= 0 && atc_field_present(&fs[pf], g->m.bytes)) {
        const atc_field_desc *f = &fs[pf];
        const atc_payload_desc *pl = &P->payloads[d->extra];
        int32_t lo, hi;
        field_span(P, f, &lo, &hi);
        if (pl->max_len && hi > pl->max_len)
            hi = pl->max_len;
        if (G->o->no_payload)
            put_u32(g, f, 0, (uint32_t)(lo <= 0 ? 0 : lo));
        else if (rng_below(&G->r, 50) == 0 && lo <= 0)
            put_u32(g, f, 0, 0); /* +QIRD: 0, nothing to read */
        else
            put_u32(g, f, 0, (uint32_t)gen_payload_len(G, lo, hi));
    }
}

/* ---- unit assembly ---- */

static void unit_reset(gen *G)
{
    G->u.len = 0;
    rs_free(&G->ue);
    rs_init(&G->ue, 1);
    if (G->o->verbose > 2) { /* keep a text of the expected records, to show a rejected unit */
        G->ue.text_from = 0;
        G->ue.text_to = (size_t)-1;
    }
    G->u_line = G->u_data = G->u_echo = 0;
    G->u_payloads = G->u_msgs = 0;
    G->u_has_data = 0;
    memset(G->u_kind, 0, sizeof G->u_kind);
}

static void note_rec(gen *G, int prof, uint16_t id)
{
    if (G->ue.n < MAX_REC) {
        G->rec_prof[G->ue.n] = (int16_t)prof;
        G->rec_id[G->ue.n] = id;
    }
}

/* Does the line fit the parser's buffer? It needs its bytes (8-aligned), 8 bytes per field (a
 * comma more than there are: the head, and commas inside strings count too) and the struct. */
static int fits(const char *line, size_t len, const atc_msg_desc *d)
{
    size_t i, fields = 2;
    for (i = 0; i < len; i++)
        fields += line[i] == ',';
    return ((len + 7u) & ~(size_t)7u) + fields * 8u + d->size <= (size_t)(ATC_MAX_LINE & ~7);
}

/* encode g into the unit; returns 0 if the encoder refuses or the line would not fit */
static int emit(gen *G, const gmsg *g)
{
    const atc_msg_desc *d = gdesc(G, g);
    size_t len = 0;
    char line[4096];
    if (atc_encode(gprof(G, g), g->id, g->m.bytes, ATC_FRAME_WIRE, line, sizeof line, &len) != ATC_OK)
        return 0;
    if (!fits(line, len, d))
        return 0;
    atcj_buf_put(&G->u, line, len);
    if (d->kind == ATC_KIND_COMMAND)
        G->u_echo += len;
    G->u_line += len;
    G->u_msgs++;
    G->u_kind[d->kind & 7]++;
    note_rec(G, g->prof, g->id);
    rs_event(&G->ue, g->prof, gprof(G, g), g->id, g->m.bytes, 0);
    return 1;
}

/* n data bytes: text (as in JSON or HTTP) or binary; bytes in `avoid` (a terminator, a cancel
 * byte) are replaced */
static void emit_bytes(gen *G, int dir, int how, size_t n, int text, const char *avoid)
{
    char buf[4096];
    size_t i;
    static const char txt[] = "{\"temp\":21.5,\"hum\":40,\"id\":\"dev-0042\",\"ts\":1763734509}\r\n"
                              "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 58\r\n\r\n";
    size_t at = rng_below(&G->r, sizeof txt - 1);
    if (n > sizeof buf)
        n = sizeof buf;
    for (i = 0; i < n; i++) {
        unsigned char c;
        if (text == 2) {
            c = (unsigned char)"0123456789ABCDEF"[rng_below(&G->r, 16)];
        } else if (text) {
            c = (unsigned char)txt[(at + i) % (sizeof txt - 1)];
            if (c >= '0' && c <= '9')
                c = (unsigned char)('0' + rng_below(&G->r, 10));
        } else {
            c = (unsigned char)rng_below(&G->r, 256);
        }
        if (avoid && c && strchr(avoid, (char)c))
            c = 'x';
        buf[i] = (char)c;
    }
    /* data without a terminator ends at the line end before the command's result: that line end
     * is framing, so the data must not end in one of its own */
    for (i = n; how == ATC_DATA_UNTERMINATED && i > 0 && (buf[i - 1] == '\r' || buf[i - 1] == '\n'); i--)
        buf[i - 1] = 'x';
    atcj_buf_put(&G->u, buf, n);
    G->u_data += n;
    G->u_payloads++;
    note_rec(G, -1, 0xFFFF);
    rs_data(&G->ue, buf, n);
    rs_data_end(&G->ue, dir, how);
}

/* the length of the payload g announces (0: none) */
static int32_t payload_len(const gen *G, const gmsg *g)
{
    int pf = atc_msg_payload_field(gprof(G, g), g->id);
    int32_t n;
    if (pf < 0 || !get_int(g, &atc_msg_fields(gprof(G, g), g->id)[pf], &n) || n <= 0)
        return 0;
    return n;
}

/* after a message that announces a payload: the payload bytes, as the variant writes them */
static void emit_payload_bytes(gen *G, int32_t n)
{
    if (n <= 0)
        return;
    G->u_has_data = 1;
    if (G->variant == 2)
        return;
    if (G->variant == 1)
        emit_bytes(G, ATC_DIR_RX, ATC_DATA_COMPLETE, 2u * (size_t)n, 2, NULL);
    else
        emit_bytes(G, ATC_DIR_RX, ATC_DATA_COMPLETE, (size_t)n, rng_below(&G->r, 2) == 0, NULL);
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

/* Decode the unit with run (set up by the caller; with `finish`, atc_finish after it) into sink
 * `text` (a text of what was decoded), or compare: -1 if it gives exactly the expected records,
 * else the index of the first record that differs. */
static long unit_decodes(gen *G, atc_run *run, int finish, rec_sink *text)
{
    rec_sink got;
    size_t i;
    rs_init(&got, 1);
    run->parser.user = run;
    run->sink = text ? text : &got;
    atc_run_feed(run, G->u.ptr, G->u.len, 0);
    if (finish)
        atc_run_finish(run);
    if (text) {
        rs_free(&got);
        return -1;
    }
    for (i = 0; i < G->ue.n && i < got.n && got.recs[i] == G->ue.recs[i]; i++)
        ;
    rs_free(&got);
    return i == G->ue.n && got.n == G->ue.n ? -1 : (long)i;
}

/* Check the unit twice: alone, with a parser of its own (it must decode as generated), then with
 * a copy of the live parser (the pending command and session state the corpus so far leaves),
 * which then moves past it. A unit that decodes alone but not where it stands shows state carried
 * over from the units before it: it is counted (G->u_context) and left out. 1 if the unit is
 * kept. On a mismatch of the unit alone, *bad_prof / *bad_id name the first generated message
 * that did not come back. */
static int check_unit(gen *G, int *bad_prof, uint16_t *bad_id)
{
    atc_run *run = (atc_run *)malloc(sizeof *run);
    long at;
    int alone = 1;
    if (!run) {
        fputs("corpus: out of memory\n", stderr);
        exit(2);
    }
    atc_run_init(run, G->profiles, G->n, NULL);
    at = unit_decodes(G, run, 1, NULL);
    if (at < 0) {
        alone = 0;
        *run = G->live;
        at = unit_decodes(G, run, 0, NULL);
        if (at < 0) {
            G->live = *run;
            G->live.parser.user = &G->live;
            G->live.sink = &G->live_sink;
            free(run);
            return 1;
        }
        G->u_context = 1;
        *bad_prof = -1; /* not the message type's doing */
        *bad_id = 0xFFFF;
    } else {
        size_t i = (size_t)at;
        if (i >= G->ue.n)
            i = G->ue.n ? G->ue.n - 1 : 0;
        *bad_prof = -1;
        *bad_id = 0xFFFF;
        for (; i < G->ue.n && i < MAX_REC; i++)
            if (G->rec_prof[i] >= 0) {
                *bad_prof = G->rec_prof[i];
                *bad_id = G->rec_id[i];
                break;
            }
    }
    if (G->o->verbose > 2) {
        rec_sink txt;
        rs_init(&txt, 0);
        txt.text_from = 0;
        txt.text_to = (size_t)-1;
        if (alone)
            atc_run_init(run, G->profiles, G->n, NULL);
        else
            *run = G->live;
        unit_decodes(G, run, alone, &txt);
        fprintf(stderr, "--- unit rejected:\n%.*s\n--- generated:\n%s--- decoded %s as:\n%s", (int)G->u.len,
                G->u.ptr, G->ue.text.ptr ? G->ue.text.ptr : "", alone ? "alone" : "after the units before it",
                txt.text.ptr ? txt.text.ptr : "");
        rs_free(&txt);
    }
    free(run);
    return 0;
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

/* does response `resp` answer command form cmd? */
static int answers(const atc_profile *P, uint16_t resp, uint16_t cmd)
{
    const atc_msg_desc *d = &P->msgs[resp];
    uint8_t i;
    if (d->kind != ATC_KIND_RESPONSE)
        return 0;
    for (i = 0; i < d->nanswers; i++)
        if (P->ids[d->answers + i] == cmd)
            return 1;
    return 0;
}

/* the data-phase rule of command g as filled (the first whose condition holds), or NULL */
static const atc_prompt_desc *prompt_rule(const gen *G, const gmsg *g)
{
    const atc_profile *P = gprof(G, g);
    const atc_msg_desc *d = gdesc(G, g);
    const atc_field_desc *fs = atc_msg_fields(P, g->id);
    uint8_t r;
    if (d->kind != ATC_KIND_COMMAND)
        return NULL;
    for (r = 0; r < d->nanswers; r++) {
        const atc_prompt_desc *pr = &P->prompts[d->answers + r];
        int32_t v;
        int holds = 1;
        if (pr->when_kind == 1)
            holds = get_int(g, &fs[pr->when_field], &v) && v == pr->when_value;
        else if (pr->when_kind == 2 || pr->when_kind == 3)
            holds = (atc_field_present(&fs[pr->when_field], g->m.bytes) != 0) == (pr->when_kind == 2);
        if (holds)
            return pr->none ? NULL : pr;
    }
    return NULL;
}

static int has_data_phase(const atc_profile *P, uint16_t id)
{
    const atc_msg_desc *d = &P->msgs[id];
    uint8_t r;
    if (d->kind != ATC_KIND_COMMAND)
        return 0;
    for (r = 0; r < d->nanswers; r++)
        if (!P->prompts[d->answers + r].none)
            return 1;
    return 0;
}

/* a URC that may arrive inside the command's transaction: no response to the command has its
 * name (it would be read as the answer), and it brings no data or OK of its own */
static uint16_t pick_urc_inside(gen *G, int k, uint16_t cmd)
{
    const atc_profile *P = G->profiles[k];
    uint16_t u = pick(G, &G->urcs[k], k), i;
    if (u == 0xFFFF || atc_msg_payload_field(P, u) >= 0 ||
        (P->msgs[u].flags & (ATC_M_OWN_OK | ATC_M_PAYLOAD_AFTER_OK)))
        return 0xFFFF;
    for (i = 0; i < P->nmsgs; i++)
        if (answers(P, i, cmd) && strcmp(atc_msg_name(P, i), atc_msg_name(P, u)) == 0)
            return 0xFFFF;
    return u;
}

static uint16_t ok_of(const gen *G, int k)
{
    const atc_profile *P = G->profiles[k];
    return P->msg_ok != ATC_NO_MSG ? P->msg_ok : G->ok_id[k];
}

static int emit_final(gen *G, int k, uint16_t id)
{
    gmsg *g = &G->scratch[3];
    fill(G, g, k, id);
    return emit(G, g);
}

/* a URC, with what follows it: its payload, or its own OK and the bytes after that */
static int build_urc(gen *G, int k, uint16_t id)
{
    gmsg *g = &G->scratch[0];
    const atc_msg_desc *d = &G->profiles[k]->msgs[id];
    fill(G, g, k, id);
    if (!emit(G, g))
        return 0;
    if (d->flags & (ATC_M_OWN_OK | ATC_M_PAYLOAD_AFTER_OK)) {
        int32_t n = payload_len(G, g);
        if (!emit_final(G, k, ok_of(G, k)))
            return 0;
        emit_payload_bytes(G, n);
        return 1;
    }
    emit_payload_bytes(G, payload_len(G, g));
    return 1;
}

/* a command's data phase (after its '>' or its OK): fixed-length or terminated data */
static void emit_data_phase(gen *G, const atc_profile *P, const atc_prompt_desc *pr, const gmsg *cmd)
{
    const atc_field_desc *fs = atc_msg_fields(P, cmd->id);
    int32_t n;
    G->u_has_data = 1;
    if (G->variant == 2)
        return; /* the module does not echo the host's data */
    if (pr->length_field >= 0 && get_int(cmd, &fs[pr->length_field], &n)) {
        if (G->variant == 1)
            emit_bytes(G, ATC_DIR_TX, ATC_DATA_COMPLETE, 2u * (size_t)n, 2, NULL);
        else
            emit_bytes(G, ATC_DIR_TX, ATC_DATA_COMPLETE, (size_t)n, rng_below(&G->r, 2) == 0, NULL);
    } else {
        const char *term = pr->terminator ? P->text + pr->terminator : "";
        char avoid[16];
        size_t n2 = (size_t)gen_payload_len(G, 1, 512), tl = strlen(term);
        if (tl > sizeof avoid - 2)
            tl = sizeof avoid - 2;
        memcpy(avoid, term, tl);
        avoid[tl] = pr->cancel >= 0 ? (char)pr->cancel : '\0';
        avoid[tl + 1] = '\0';
        emit_bytes(G, ATC_DIR_TX, term[0] ? ATC_DATA_SUBMIT : ATC_DATA_UNTERMINATED, n2, 1, avoid);
        atcj_buf_puts(&G->u, term);
        G->u_data += strlen(term);
    }
}

/* the answers to command cmd_id and the final result (OK; sometimes an error) */
static int emit_answers_final(gen *G, int k, uint16_t cmd_id, int allow_error)
{
    const atc_profile *P = G->profiles[k];
    const atc_msg_desc *cd = &P->msgs[cmd_id];
    uint16_t cand[256], i;
    int nc = 0, ended = 0;
    int32_t after_ok = 0;
    if (allow_error && G->nerr[k] && rng_below(&G->r, 100) < 6)
        return emit_final(G, k, G->err_ids[k][rng_below(&G->r, (uint32_t)G->nerr[k])]);
    for (i = 0; i < P->nmsgs && nc < 256; i++) {
        int pf;
        if (!answers(P, i, cmd_id) || G->disabled[k][i])
            continue;
        pf = atc_msg_payload_field(P, i);
        if (G->o->no_payload && pf >= 0) {
            int32_t lo, hi;
            field_span(P, &atc_msg_fields(P, i)[pf], &lo, &hi);
            if (lo > 0)
                continue;
        }
        cand[nc++] = i;
    }
    if (nc) {
        int j, reps = 1, all = cd->form == ATC_FORM_TEST; /* the test form lists every answer */
        uint16_t a = cand[rng_below(&G->r, (uint32_t)nc)];
        if (!all && (P->msgs[a].flags & ATC_M_MULTI))
            reps = 1 + (int)rng_below(&G->r, 4);
        for (j = 0; j < (all ? nc : reps) && !ended; j++) {
            gmsg *g = &G->scratch[1];
            fill(G, g, k, all ? cand[j] : a);
            if (!emit(G, g))
                return 0;
            if (P->msgs[g->id].flags & ATC_M_PAYLOAD_AFTER_OK)
                after_ok = payload_len(G, g);
            else
                emit_payload_bytes(G, payload_len(G, g));
            ended = (P->msgs[g->id].flags & ATC_M_ENDS_COMMAND) != 0;
        }
    }
    if (!ended && !emit_final(G, k, ok_of(G, k)))
        return 0;
    emit_payload_bytes(G, after_ok);
    return 1;
}

/* the lengths of a command's data phase (AT+QISEND=0,<send_length>): as long as payloads are */
static void data_phase_lengths(gen *G, gmsg *cmd)
{
    const atc_profile *P = gprof(G, cmd);
    const atc_msg_desc *d = gdesc(G, cmd);
    const atc_field_desc *fs = atc_msg_fields(P, cmd->id);
    uint8_t r;
    for (r = 0; d->kind == ATC_KIND_COMMAND && r < d->nanswers; r++) {
        const atc_prompt_desc *pr = &P->prompts[d->answers + r];
        int32_t v, lo, hi;
        if (pr->none || pr->length_field < 0 || !get_int(cmd, &fs[pr->length_field], &v) || v <= 0)
            continue;
        field_span(P, &fs[pr->length_field], &lo, &hi);
        if (pr->max_len && hi > pr->max_len)
            hi = pr->max_len;
        put_u32(cmd, &fs[pr->length_field], 0, (uint32_t)gen_payload_len(G, lo, hi));
    }
}

/* a transaction: the command echo, perhaps a URC, its data phase, its answers and result */
static int build_transaction(gen *G, int k, const gmsg *cmd)
{
    const atc_profile *P = G->profiles[k];
    const atc_prompt_desc *pr = G->o->no_payload ? NULL : prompt_rule(G, cmd);
    if (!emit(G, cmd))
        return 0;
    if (rng_below(&G->r, 10) == 0) { /* a URC arrives after the echo */
        uint16_t u = pick_urc_inside(G, k, cmd->id);
        if (u != 0xFFFF && !build_urc(G, k, u))
            return 0;
    }
    if (!pr)
        return emit_answers_final(G, k, cmd->id, 1);
    if (pr->after_ok) { /* OK, then the data, then the answers and the result */
        if (!emit_final(G, k, ok_of(G, k)))
            return 0;
        emit_data_phase(G, P, pr, cmd);
        return emit_answers_final(G, k, cmd->id, 0);
    }
    {
        gmsg *g = &G->scratch[4];
        if (P->msg_prompt == ATC_NO_MSG)
            return 0;
        fill(G, g, k, P->msg_prompt);
        if (!emit(G, g))
            return 0;
    }
    emit_data_phase(G, P, pr, cmd);
    if (G->send_ok_id[k] != 0xFFFF)
        return emit_final(G, k, G->send_fail_id[k] != 0xFFFF && rng_below(&G->r, 100) < 4 ? G->send_fail_id[k]
                                                                                            : G->send_ok_id[k]);
    return emit_answers_final(G, k, cmd->id, 0);
}

static void disable_check(gen *G, int k, uint16_t id)
{
    if (k < 0 || id == 0xFFFF || id >= MAX_MSGS)
        return;
    G->fails[k][id]++;
    if (G->fails[k][id] >= 40 && G->oks[k][id] == 0 && !G->disabled[k][id]) {
        const atc_profile *P = G->profiles[k];
        const char *v = atc_msg_variant(P, id);
        G->disabled[k][id] = 1;
        G->st->disabled++;
        if (G->o->verbose)
            fprintf(stderr, "corpus: %s: %s%s%s (id %u) never decodes as generated; left out of the mix\n",
                    P->name, atc_msg_name(P, id), v ? "/" : "", v ? v : "", id);
    }
}

static void credit(gen *G)
{
    size_t i;
    for (i = 0; i < G->ue.n && i < MAX_REC; i++)
        if (G->rec_prof[i] >= 0 && G->rec_id[i] < MAX_MSGS)
            G->oks[G->rec_prof[i]][G->rec_id[i]]++;
}

/* one unit: a transaction, a URC or a stray line; 1 when kept */
static int one_unit(gen *G, int *kind)
{
    int k = (int)rng_below(&G->r, (uint32_t)G->n), bad_prof = -1;
    uint16_t bad_id = 0xFFFF, id;
    double x = rng_unit(&G->r);
    brng save;
    unit_reset(G);
    if (x < 0.015) {
        *kind = 2;
        emit_noise(G);
        G->u_context = 0;
        if (check_unit(G, &bad_prof, &bad_id))
            return 1;
        G->st->rejected++;
        G->st->context_rejected += (size_t)G->u_context;
        return 0;
    }
    *kind = x < 0.40 ? 1 : 0;
    id = pick(G, *kind ? &G->urcs[k] : &G->cmds[k], k);
    if (id == 0xFFFF)
        return 0;
    save = G->r;
    G->u_context = 0;
    /* as announced first; then, if the unit has data and did not decode, the other ways it may
     * stand in the stream (as hex; not there at all) */
    for (G->variant = 0; G->variant < 3; G->variant++) {
        int built;
        G->r = save;
        unit_reset(G);
        if (*kind) {
            built = build_urc(G, k, id);
        } else {
            gmsg *cmd = &G->scratch[2];
            fill(G, cmd, k, id);
            if (!G->o->no_payload)
                data_phase_lengths(G, cmd);
            built = build_transaction(G, k, cmd);
        }
        if (built && check_unit(G, &bad_prof, &bad_id)) {
            if (G->variant)
                G->st->variant_units[G->variant]++;
            return 1;
        }
        if (!G->u_has_data)
            break;
    }
    G->variant = 0;
    G->st->rejected++;
    if (G->u_context)
        G->st->context_rejected++;
    disable_check(G, bad_prof, bad_id);
    return 0;
}

static void setup(gen *G, int k)
{
    const atc_profile *P = G->profiles[k];
    uint16_t i, j;
    G->ok_id[k] = G->send_ok_id[k] = G->send_fail_id[k] = 0xFFFF;
    G->nerr[k] = 0;
    G->cmds[k].n = G->urcs[k].n = 0;
    for (i = 0; i < P->neffects; i++) {
        /* a command that sets a state is kept if it can leave the state at its default */
        const atc_effect *e = &P->effects[i];
        uint8_t def = P->states[3u * e->state + 2];
        atc_type t = e->field >= 0 ? ATC_TYPE_OF(&atc_msg_fields(P, e->msg)[e->field]) : ATC_T_INT;
        if (e->msg >= MAX_MSGS || G->stateful[k][e->msg])
            continue;
        if (def < ATC_STATE_UNKNOWN && (t == ATC_T_INT || t == ATC_T_HEX) &&
            ((e->field >= 0 && !(e->on & 2)) || e->value == def))
            continue;
        G->stateful[k][e->msg] = 1;
        if (G->o->verbose > 1)
            fprintf(stderr, "corpus: %s: %s (id %u) would change the session state; left out\n", P->name,
                    atc_msg_name(P, e->msg), e->msg);
    }
    for (i = 0; i < P->nmsgs && i < MAX_MSGS; i++) {
        const atc_msg_desc *d = &P->msgs[i];
        if (d->kind == ATC_KIND_FINAL) {
            if (d->flags & (ATC_M_LEAVES_DATA | ATC_M_ENTERS_DATA | ATC_M_PROMPT))
                continue;
            if (strstr(atc_msg_name(P, i), "SEND")) {
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
            int nsame = 0, moves = has_data_phase(P, i);
            if (G->stateful[k][i] || i == P->enter_cmd || i == P->escape_cmd)
                continue; /* changes the session state, or enters or leaves passthrough */
            for (j = 0; j < P->nmsgs; j++) {
                const atc_msg_desc *e = &P->msgs[j];
                if (e->kind == ATC_KIND_COMMAND && e->form == d->form &&
                    strcmp(atc_msg_name(P, j), atc_msg_name(P, i)) == 0)
                    nsame++;
                if (atc_msg_payload_field(P, j) >= 0 && answers(P, j, i))
                    moves = 1;
            }
            if (moves)
                w *= G->o->no_payload ? 1.0 : 5.0;
            G->cmds[k].id[G->cmds[k].n] = i;
            G->cmds[k].w[G->cmds[k].n++] = w / (nsame ? nsame : 1);
        } else if (d->kind == ATC_KIND_URC) {
            double w = d->nfields ? 1.0 : 0.05;
            if (atc_msg_payload_field(P, i) >= 0) {
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
    rs_init(&G->live_sink, 0);
    atc_run_init(&G->live, profiles, n, &G->live_sink);
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
            const char *v = atc_msg_variant(profiles[k], i);
            st->types_total++;
            if (G->oks[k][i])
                st->types_seen++;
            else if (o->verbose > 1)
                fprintf(stderr, "corpus: %s: %s%s%s (id %u) does not occur\n", profiles[k]->name,
                        atc_msg_name(profiles[k], i), v ? "/" : "", v ? v : "", i);
        }
    }
    st->bytes = out->len;
    st->records = expect->n;
    rs_free(&G->ue);
    rs_free(&G->live_sink);
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
        char line[4096];
        size_t len;
        if (!g || id == 0xFFFF) {
            free(g);
            break;
        }
        fill(G, g, 0, id);
        if (atc_encode(P, id, g->m.bytes, ATC_FRAME_WIRE, line, sizeof line, &len) != ATC_OK ||
            !fits(line, len, &P->msgs[id])) {
            free(g);
            continue;
        }
        out[i].P = P;
        out[i].id = id;
        out[i].msg = g->m.bytes;
        i++;
    }
    free(G);
    return (int)i;
}
