/* atc benchmark driver. Subcommands (mk/bench.mk and bench/run.py call them):
 *
 *   bench gen   --profiles P[,P...] --size BYTES --seed N [--no-payload] --out FILE
 *               writes FILE (the capture), FILE.recs (expected records) and FILE.meta
 *   bench check --profiles P[,P...] [--baseline] FILE
 *               decodes FILE with atc (whole, in 256-, 7- and 1-byte pieces) and, with --baseline,
 *               with the hand-written quectel_tcpip decoder; every run must give FILE.recs exactly
 *   bench time  --profiles ... --impl atc|base [--chunk N] [--reps N] FILE     best-of-N MB/s
 *   bench ir    --profiles ... --impl atc|base [--chunk N] [--limit BYTES] FILE
 *               the decode loop between CALLGRIND_START/STOP_INSTRUMENTATION (run under
 *               valgrind --tool=callgrind --instr-atstart=no)
 *   bench encode-ir --profiles P [--count N] [--seed N]
 *               atc_encode of N random commands between CALLGRIND_START/STOP_INSTRUMENTATION
 *   bench digest --profiles ... FILE     atc's records of FILE: count and digest
 *   bench info  sizes of the parser state
 */
#define _POSIX_C_SOURCE 199309L
#include "bench.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#if defined(__has_include)
#if __has_include(<valgrind/callgrind.h>)
#include <valgrind/callgrind.h>
#define BENCH_HAVE_CALLGRIND 1
#endif
#endif
#ifndef BENCH_HAVE_CALLGRIND
#define CALLGRIND_START_INSTRUMENTATION
#define CALLGRIND_STOP_INSTRUMENTATION
#define BENCH_HAVE_CALLGRIND 0
#endif

static void die(const char *msg)
{
    fprintf(stderr, "bench: %s\n", msg);
    exit(2);
}

typedef struct args {
    const atc_profile *profiles[BENCH_MAX_PROFILES];
    int nprofiles;
    const char *file, *out, *impl;
    size_t size, chunk, limit, count;
    uint64_t seed;
    int no_payload, baseline, reps, verbose;
} args;

static void parse_profiles(args *a, const char *list)
{
    char buf[256];
    char *tok;
    strncpy(buf, list, sizeof buf - 1);
    buf[sizeof buf - 1] = '\0';
    for (tok = strtok(buf, ","); tok; tok = strtok(NULL, ",")) {
        const atc_profile *p = bench_profile(tok);
        if (!p) {
            fprintf(stderr, "bench: unknown profile %s\n", tok);
            exit(2);
        }
        if (a->nprofiles == BENCH_MAX_PROFILES)
            die("too many profiles");
        a->profiles[a->nprofiles++] = p;
    }
}

static void parse(args *a, int argc, char **argv)
{
    int i;
    memset(a, 0, sizeof *a);
    a->size = 4u << 20;
    a->seed = 20261121;
    a->chunk = 256;
    a->reps = 15;
    a->count = 2000;
    a->impl = "atc";
    for (i = 0; i < argc; i++) {
        const char *s = argv[i], *v = i + 1 < argc ? argv[i + 1] : NULL;
        if (!strcmp(s, "--profiles") && v)
            parse_profiles(a, v), i++;
        else if (!strcmp(s, "--size") && v)
            a->size = (size_t)strtoull(v, NULL, 0), i++;
        else if (!strcmp(s, "--seed") && v)
            a->seed = strtoull(v, NULL, 0), i++;
        else if (!strcmp(s, "--chunk") && v)
            a->chunk = (size_t)strtoull(v, NULL, 0), i++;
        else if (!strcmp(s, "--limit") && v)
            a->limit = (size_t)strtoull(v, NULL, 0), i++;
        else if (!strcmp(s, "--count") && v)
            a->count = (size_t)strtoull(v, NULL, 0), i++;
        else if (!strcmp(s, "--reps") && v)
            a->reps = atoi(v), i++;
        else if (!strcmp(s, "--out") && v)
            a->out = v, i++;
        else if (!strcmp(s, "--impl") && v)
            a->impl = v, i++;
        else if (!strcmp(s, "--no-payload"))
            a->no_payload = 1;
        else if (!strcmp(s, "--baseline"))
            a->baseline = 1;
        else if (!strcmp(s, "-v"))
            a->verbose++;
        else if (s[0] != '-' && !a->file)
            a->file = s;
        else {
            fprintf(stderr, "bench: unexpected argument %s\n", s);
            exit(2);
        }
    }
    if (a->nprofiles == 0)
        parse_profiles(a, bench_all_profiles[0]->name);
}

static void read_file(const char *path, atcj_buf *b)
{
    FILE *f = fopen(path, "rb");
    char tmp[65536];
    size_t n;
    if (!f) {
        fprintf(stderr, "bench: cannot read %s\n", path);
        exit(2);
    }
    while ((n = fread(tmp, 1, sizeof tmp, f)) > 0)
        atcj_buf_put(b, tmp, n);
    fclose(f);
}

static void write_file(const char *path, const void *data, size_t len)
{
    FILE *f = fopen(path, "wb");
    if (!f || fwrite(data, 1, len, f) != len || fclose(f) != 0) {
        fprintf(stderr, "bench: cannot write %s\n", path);
        exit(2);
    }
}

/* ---- gen ---- */

static int cmd_gen(args *a)
{
    atcj_buf out = {0}, meta = {0};
    rec_sink expect;
    corpus_opts o;
    corpus_stats st;
    char path[1024], tmp[512];
    int i;
    if (!a->out)
        die("gen: --out FILE");
    memset(&o, 0, sizeof o);
    o.seed = a->seed;
    o.size = a->size;
    o.no_payload = a->no_payload;
    o.verbose = 1 + a->verbose;
    rs_init(&expect, 1);
    if (corpus_generate(a->profiles, a->nprofiles, &o, &out, &expect, &st) != 0)
        die("gen failed");
    write_file(a->out, out.ptr, out.len);
    snprintf(path, sizeof path, "%s.recs", a->out);
    {
        unsigned char *le = (unsigned char *)malloc(expect.n * 8 + 1);
        size_t r;
        for (r = 0; r < expect.n; r++)
            for (i = 0; i < 8; i++)
                le[r * 8 + (size_t)i] = (unsigned char)(expect.recs[r] >> (8 * i));
        write_file(path, le, expect.n * 8);
        free(le);
    }
    atcj_buf_puts(&meta, "profiles=");
    for (i = 0; i < a->nprofiles; i++) {
        atcj_buf_puts(&meta, i ? "," : "");
        atcj_buf_puts(&meta, a->profiles[i]->name);
    }
    snprintf(tmp, sizeof tmp,
             "\nseed=%llu\nno_payload=%d\nbytes=%lu\nline_bytes=%lu\ndata_bytes=%lu\necho_bytes=%lu\n"
             "records=%lu\nmessages=%lu\npayloads=%lu\ntransactions=%lu\nurcs=%lu\nnoise=%lu\n"
             "disabled=%lu\ntypes=%lu/%lu\nhex_units=%lu\nnodata_units=%lu\nrejected=%lu\ncontext_rejected=%lu\n"
             "digest=%016llx\n",
             (unsigned long long)a->seed, a->no_payload, (unsigned long)st.bytes, (unsigned long)st.line_bytes,
             (unsigned long)st.data_bytes, (unsigned long)st.echo_bytes, (unsigned long)st.records,
             (unsigned long)st.messages, (unsigned long)st.payloads, (unsigned long)st.transactions,
             (unsigned long)st.urcs, (unsigned long)st.noise, (unsigned long)st.disabled,
             (unsigned long)st.types_seen, (unsigned long)st.types_total, (unsigned long)st.variant_units[1],
             (unsigned long)st.variant_units[2], (unsigned long)st.rejected, (unsigned long)st.context_rejected,
             (unsigned long long)expect.digest);
    atcj_buf_puts(&meta, tmp);
    snprintf(tmp, sizeof tmp, "kinds=command:%lu,response:%lu,final:%lu,intermediate:%lu,urc:%lu\n",
             (unsigned long)st.by_kind[0], (unsigned long)st.by_kind[1], (unsigned long)st.by_kind[2],
             (unsigned long)st.by_kind[3], (unsigned long)st.by_kind[4]);
    atcj_buf_puts(&meta, tmp);
    snprintf(path, sizeof path, "%s.meta", a->out);
    write_file(path, meta.ptr, meta.len);
    printf("%s: %lu bytes (%.1f%% payload), %lu records, digest %016llx\n", a->out, (unsigned long)st.bytes,
           st.bytes ? 100.0 * (double)st.data_bytes / (double)st.bytes : 0.0, (unsigned long)st.records,
           (unsigned long long)expect.digest);
    atcj_buf_free(&out);
    atcj_buf_free(&meta);
    rs_free(&expect);
    return 0;
}

/* ---- check ---- */

typedef struct base_sink {
    rec_sink *s;
} base_sink;

static void bs_msg(void *user, uint16_t id, const void *msg)
{
    rec_sink *s = (rec_sink *)user;
    const atc_profile *P = &atc_quectel_tcpip_profile;
    rs_event(s, 0, P, id, msg, 0);
}

static void bs_unknown(void *user, const char *line, size_t len)
{
    rs_unknown((rec_sink *)user, line, len);
}

static void bs_data(void *user, const char *data, size_t len)
{
    rs_data((rec_sink *)user, data, len);
}

static void bs_data_end(void *user, int dir, int how)
{
    rs_data_end((rec_sink *)user, dir, how);
}

static const base_callbacks base_rec_cb = {bs_msg, bs_unknown, bs_data, bs_data_end};

static void run_decoder(args *a, int base, const atcj_buf *in, size_t chunk, rec_sink *s)
{
    if (base) {
        base_parser *p = (base_parser *)malloc(base_parser_size());
        size_t off = 0, c = chunk ? chunk : in->len;
        base_init(p, &base_rec_cb, s);
        while (off < in->len) {
            size_t n = in->len - off < c ? in->len - off : c;
            base_feed(p, in->ptr + off, n);
            off += n;
        }
        base_finish(p);
        free(p);
    } else {
        atc_run *r = (atc_run *)malloc(sizeof *r);
        atc_run_init(r, a->profiles, a->nprofiles, s);
        atc_run_feed(r, in->ptr, in->len, chunk);
        atc_run_finish(r);
        free(r);
    }
}

static int compare(args *a, int base, const atcj_buf *in, size_t chunk, const uint64_t *want, size_t nwant)
{
    rec_sink s;
    size_t i;
    const char *who = base ? "baseline_quectel" : "atc";
    rs_init(&s, 1);
    run_decoder(a, base, in, chunk, &s);
    for (i = 0; i < s.n && i < nwant && s.recs[i] == want[i]; i++)
        ;
    if (s.n == nwant && i == nwant) {
        printf("  %-16s chunk %-7lu %lu records, digest %016llx: same as generated\n", who,
               (unsigned long)(chunk ? chunk : in->len), (unsigned long)s.n, (unsigned long long)s.digest);
        rs_free(&s);
        return 0;
    }
    fprintf(stderr,
            "\n*** MISMATCH: %s (pieces of %lu bytes) gives %lu records, the generator %lu; first difference at record %lu\n",
            who, (unsigned long)(chunk ? chunk : in->len), (unsigned long)s.n, (unsigned long)nwant, (unsigned long)i);
    {
        rec_sink t, u;
        size_t from = i > 3 ? i - 3 : 0;
        rs_init(&t, 0);
        t.text_from = from;
        t.text_to = i + 3;
        run_decoder(a, base, in, chunk, &t);
        fprintf(stderr, "%s decoded:\n%s", who, t.text.ptr ? t.text.ptr : "(nothing)\n");
        if (base) {
            rs_init(&u, 0);
            u.text_from = from;
            u.text_to = i + 3;
            run_decoder(a, 0, in, chunk, &u);
            fprintf(stderr, "atc decoded:\n%s", u.text.ptr ? u.text.ptr : "(nothing)\n");
            rs_free(&u);
        }
        rs_free(&t);
    }
    rs_free(&s);
    return 1;
}

static int cmd_check(args *a)
{
    atcj_buf in = {0}, recs = {0};
    char path[1024];
    uint64_t *want;
    size_t n, i;
    int bad = 0;
    static const size_t chunks[] = {0, 256, 7, 1};
    if (!a->file)
        die("check: FILE");
    read_file(a->file, &in);
    snprintf(path, sizeof path, "%s.recs", a->file);
    read_file(path, &recs);
    n = recs.len / 8;
    want = (uint64_t *)malloc(n * sizeof *want + 1);
    for (i = 0; i < n; i++) {
        int b;
        want[i] = 0;
        for (b = 7; b >= 0; b--)
            want[i] = (want[i] << 8) | (unsigned char)recs.ptr[i * 8 + (size_t)b];
    }
    printf("%s (%lu bytes):\n", a->file, (unsigned long)in.len);
    for (i = 0; i < sizeof chunks / sizeof *chunks && !bad; i++)
        bad |= compare(a, 0, &in, chunks[i], want, n);
    if (a->baseline) {
        int bad_base = 0;
        for (i = 0; i < sizeof chunks / sizeof *chunks && !bad_base; i++)
            bad_base |= compare(a, 1, &in, chunks[i], want, n);
        bad |= bad_base;
    }
    free(want);
    atcj_buf_free(&in);
    atcj_buf_free(&recs);
    if (bad)
        fprintf(stderr, "*** %s: decoders disagree with the generated messages\n", a->file);
    return bad;
}

/* ---- measurements: callbacks that only count ---- */

typedef struct counts {
    unsigned long events, data_bytes, data_ends;
} counts;

static void c_event(atc_parser *p, const atc_event *ev)
{
    counts *c = (counts *)p->user;
    c->events += 1u + (ev->id & 0u);
}
static void c_data(atc_parser *p, atc_dir dir, const char *data, size_t len)
{
    counts *c = (counts *)p->user;
    (void)dir;
    (void)data;
    c->data_bytes += len;
}
static void c_data_end(atc_parser *p, atc_dir dir, atc_data_end how)
{
    counts *c = (counts *)p->user;
    (void)dir;
    (void)how;
    c->data_ends++;
}
static const atc_callbacks count_cb = {c_event, c_data, c_data_end};

static void cb_msg(void *user, uint16_t id, const void *msg)
{
    counts *c = (counts *)user;
    (void)msg;
    c->events += 1u + (id & 0u);
}
static void cb_unknown(void *user, const char *line, size_t len)
{
    counts *c = (counts *)user;
    (void)line;
    (void)len;
    c->events++;
}
static void cb_data(void *user, const char *data, size_t len)
{
    counts *c = (counts *)user;
    (void)data;
    c->data_bytes += len;
}
static void cb_data_end(void *user, int dir, int how)
{
    counts *c = (counts *)user;
    (void)dir;
    (void)how;
    c->data_ends++;
}
static const base_callbacks base_count_cb = {cb_msg, cb_unknown, cb_data, cb_data_end};

static atc_parser g_parser;
static unsigned char g_base[1 << 16];

/* one decode of in[0, len) in pieces of chunk bytes; instrument: between callgrind markers */
static void decode_once(args *a, int base, const char *in, size_t len, size_t chunk, counts *c, int instrument)
{
    size_t off = 0;
    if (chunk == 0)
        chunk = len;
    memset(c, 0, sizeof *c);
    if (base) {
        base_parser *p = (base_parser *)(void *)g_base;
        if (base_parser_size() > sizeof g_base)
            die("baseline parser too large");
        base_init(p, &base_count_cb, c);
        if (instrument)
            CALLGRIND_START_INSTRUMENTATION;
        while (off < len) {
            size_t n = len - off < chunk ? len - off : chunk;
            base_feed(p, in + off, n);
            off += n;
        }
        base_finish(p);
        if (instrument)
            CALLGRIND_STOP_INSTRUMENTATION;
    } else {
        atc_init_multi(&g_parser, a->profiles, (uint8_t)a->nprofiles, &count_cb, c);
        if (instrument)
            CALLGRIND_START_INSTRUMENTATION;
        while (off < len) {
            size_t n = len - off < chunk ? len - off : chunk;
            atc_feed(&g_parser, in + off, n);
            off += n;
        }
        atc_finish(&g_parser);
        if (instrument)
            CALLGRIND_STOP_INSTRUMENTATION;
    }
}

static double now(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec * 1e-9;
}

static int cmd_time(args *a)
{
    atcj_buf in = {0};
    int base = !strcmp(a->impl, "base"), r;
    double best = 1e9;
    counts c;
    if (!a->file)
        die("time: FILE");
    read_file(a->file, &in);
    decode_once(a, base, in.ptr, in.len, a->chunk, &c, 0); /* warm up */
    for (r = 0; r < a->reps; r++) {
        double t0 = now(), t;
        decode_once(a, base, in.ptr, in.len, a->chunk, &c, 0);
        t = now() - t0;
        if (t < best)
            best = t;
    }
    printf("impl=%s bytes=%lu chunk=%lu reps=%d best_s=%.6f mbps=%.1f events=%lu data_bytes=%lu\n", a->impl,
           (unsigned long)in.len, (unsigned long)a->chunk, a->reps, best, (double)in.len / best / 1e6, c.events,
           c.data_bytes);
    atcj_buf_free(&in);
    return 0;
}

static int cmd_ir(args *a)
{
    atcj_buf in = {0};
    int base = !strcmp(a->impl, "base");
    size_t len;
    counts c;
    if (!a->file)
        die("ir: FILE");
    read_file(a->file, &in);
    len = a->limit && a->limit < in.len ? a->limit : in.len;
    decode_once(a, base, in.ptr, len, a->chunk, &c, 1);
    printf("impl=%s bytes=%lu chunk=%lu events=%lu data_bytes=%lu callgrind=%d\n", a->impl, (unsigned long)len,
           (unsigned long)a->chunk, c.events, c.data_bytes, BENCH_HAVE_CALLGRIND);
    atcj_buf_free(&in);
    return 0;
}

static int cmd_encode_ir(args *a)
{
    bench_cmd *cmds = (bench_cmd *)calloc(a->count, sizeof *cmds);
    static char out[8192];
    size_t i, total = 0, len;
    int n, fails = 0;
    n = corpus_commands(a->profiles[0], a->seed, a->count, cmds);
    if (n <= 0)
        die("encode-ir: no commands");
    CALLGRIND_START_INSTRUMENTATION;
    for (i = 0; i < (size_t)n; i++) {
        if (atc_encode(cmds[i].P, cmds[i].id, cmds[i].msg, ATC_FRAME_WIRE, out, sizeof out, &len) != ATC_OK)
            fails++;
        total += len;
    }
    CALLGRIND_STOP_INSTRUMENTATION;
    printf("profile=%s commands=%d bytes=%lu fails=%d callgrind=%d\n", a->profiles[0]->name, n,
           (unsigned long)total, fails, BENCH_HAVE_CALLGRIND);
    return fails != 0;
}

static int cmd_digest(args *a)
{
    atcj_buf in = {0};
    rec_sink s;
    if (!a->file)
        die("digest: FILE");
    read_file(a->file, &in);
    rs_init(&s, 0);
    run_decoder(a, 0, &in, a->chunk, &s);
    printf("records=%lu digest=%016llx\n", (unsigned long)s.n, (unsigned long long)s.digest);
    rs_free(&s);
    atcj_buf_free(&in);
    return 0;
}

static int cmd_info(args *a)
{
    (void)a;
    printf("sizeof_atc_parser=%lu\nATC_MAX_LINE=%d\nATC_MAX_PROFILES=%d\nATC_STATE_BYTES=%d\n"
           "base_parser=%lu\ncallgrind_h=%d\n",
           (unsigned long)sizeof(atc_parser), (int)ATC_MAX_LINE, (int)ATC_MAX_PROFILES, (int)ATC_STATE_BYTES,
           (unsigned long)base_parser_size(), BENCH_HAVE_CALLGRIND);
    return 0;
}

int main(int argc, char **argv)
{
    args a;
    if (argc < 2) {
        fputs("usage: bench gen|check|time|ir|encode-ir|info ...\n", stderr);
        return 2;
    }
    parse(&a, argc - 2, argv + 2);
    if (!strcmp(argv[1], "gen"))
        return cmd_gen(&a);
    if (!strcmp(argv[1], "check"))
        return cmd_check(&a);
    if (!strcmp(argv[1], "time"))
        return cmd_time(&a);
    if (!strcmp(argv[1], "ir"))
        return cmd_ir(&a);
    if (!strcmp(argv[1], "encode-ir"))
        return cmd_encode_ir(&a);
    if (!strcmp(argv[1], "digest"))
        return cmd_digest(&a);
    if (!strcmp(argv[1], "info"))
        return cmd_info(&a);
    fprintf(stderr, "bench: unknown subcommand %s\n", argv[1]);
    return 2;
}
