/* atc benchmark: shared declarations (tool code: it may allocate and print; the codec never does).
 *
 * The codec is compiled from the single headers (generated/atc_<profile>.h, or a regenerated copy
 * for another Ragel code style) in bench/codec_impl.c; every other bench file only includes them.
 * bench_profiles.h is written by mk/bench.mk: it includes each profile's single header and defines
 * BENCH_PROFILES as X(name) X(name) ... in the order of $(PROFILES). */
#ifndef ATC_BENCH_H
#define ATC_BENCH_H

#include <stddef.h>
#include <stdint.h>

#include "bench_profiles.h"

#define BENCH_MAX_PROFILES 8

extern const atc_profile *const bench_all_profiles[];
extern const int bench_nall_profiles;
const atc_profile *bench_profile(const char *name);

/* ---- growable byte buffer ---- */
#include "../tools/atcj_buf.h" /* the tools' growable buffer */

/* ---- deterministic PRNG (splitmix64 seeded xoshiro256**) ---- */
typedef struct brng {
    uint64_t s[4];
} brng;
void rng_seed(brng *r, uint64_t seed);
uint64_t rng_next(brng *r);
uint32_t rng_below(brng *r, uint32_t n); /* 0 .. n-1 */
double rng_unit(brng *r);                 /* [0, 1) */
int32_t rng_range(brng *r, int32_t lo, int32_t hi);

/* ---- records: what a decoder produced, one 64-bit hash per message or payload ----
 * A message record hashes (profile, id, every present field's value); an unknown line hashes its
 * raw text; a payload (announced by a header or typed after a prompt) is its own record hashing
 * direction, how it ended, length and bytes, whatever pieces it arrived in. */
enum { REC_EVENT = 'E', REC_UNKNOWN = 'U', REC_ERROR = 'X', REC_DATA = 'D' };

typedef struct rec_sink {
    uint64_t *recs; /* NULL: only count and digest */
    size_t n, cap;
    uint64_t digest; /* hash of the sequence of records */
    uint64_t data_h;
    uint64_t data_len;
    int keep;
    /* a short text of each record (debugging a mismatch): when text_from <= index < text_to */
    size_t text_from, text_to;
    atcj_buf text;
} rec_sink;

void rs_init(rec_sink *s, int keep);
void rs_free(rec_sink *s);
void rs_add_hash(rec_sink *s, uint64_t h);
uint64_t rs_msg_hash(const atc_profile *P, uint16_t id, const void *msg);
/* a decoded message: prof is its profile's index among those decoded; a warning (a value the
 * decoder found outside the spec; never expected, since the generator writes valid values)
 * changes the record */
void rs_event(rec_sink *s, int prof, const atc_profile *P, uint16_t id, const void *msg, int warning);
void rs_unknown(rec_sink *s, const char *raw, size_t len);
void rs_error(rec_sink *s, int err, const char *raw, size_t len);
void rs_data(rec_sink *s, const char *data, size_t len);
void rs_data_end(rec_sink *s, int dir, int how);
/* renders a message as NAME[/variant]{field=value,...} into b */
void render_msg(atcj_buf *b, const atc_profile *P, uint16_t id, const void *msg);

/* ---- atc adapter: decode a buffer into records ---- */
typedef struct atc_run {
    atc_parser parser;
    rec_sink *sink;
    const atc_profile *const *profiles;
    int nprofiles;
} atc_run;
void atc_run_init(atc_run *r, const atc_profile *const *profiles, int n, rec_sink *sink);
void atc_run_feed(atc_run *r, const char *data, size_t len, size_t chunk);
void atc_run_finish(atc_run *r);

/* ---- corpus generator (bench/corpus.c) ---- */
typedef struct corpus_opts {
    uint64_t seed;
    size_t size;     /* stop at the first unit boundary at or past this many bytes */
    int no_payload;  /* lines only: no announced payloads and no prompt data */
    int verbose;
} corpus_opts;

typedef struct corpus_stats {
    size_t bytes, line_bytes, data_bytes, echo_bytes;
    size_t records, messages, payloads, transactions, urcs, noise;
    size_t by_kind[8];
    size_t disabled;   /* message types that never decoded as generated (listed on stderr) */
    size_t types_seen, types_total; /* message types that occur / exist */
    size_t variant_units[3]; /* units kept only with their data written as hex [1] or left out [2] */
    size_t rejected;         /* units left out: they did not decode as generated */
    size_t context_rejected; /* ... of which decoded alone, but not after the units before them */
} corpus_stats;

int corpus_generate(const atc_profile *const *profiles, int n, const corpus_opts *o, atcj_buf *out,
                    rec_sink *expect, corpus_stats *st);

/* count random commands of the profile, filled like the corpus ones and accepted by atc_encode
 * (for the encoder measurement); returns how many were made */
typedef struct bench_cmd {
    const atc_profile *P;
    uint16_t id;
    const void *msg;
} bench_cmd;
int corpus_commands(const atc_profile *P, uint64_t seed, size_t count, bench_cmd *out);

/* ---- the hand-written baseline (bench/baseline_quectel.c) ---- */
typedef struct base_callbacks {
    void (*on_msg)(void *user, uint16_t id, const void *msg);   /* id ATC_NO_MSG: unknown line */
    void (*on_unknown)(void *user, const char *line, size_t len);
    void (*on_data)(void *user, const char *data, size_t len);
    void (*on_data_end)(void *user, int dir, int how);
} base_callbacks;

typedef struct base_parser base_parser;
size_t base_parser_size(void);
void base_init(base_parser *p, const base_callbacks *cb, void *user);
void base_feed(base_parser *p, const char *data, size_t len);
void base_finish(base_parser *p);

#endif
