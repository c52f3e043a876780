/* Seed corpora for the fuzz targets, extracted from the test vectors: `make fuzz-seeds` runs
 *   seeds ROOT OUTDIR
 * and writes
 *   OUTDIR/decode/<profile>-<file>-<n>  the input of every tests/vectors/<profile>/NN-name.md and
 *       tests/fixtures/<profile>/NN-name.md (the ```text block, notation undone as in test_vectors.c)
 *       and of every examples/sessions/<profile>-* file, behind fuzz_decode's 4 header bytes:
 *       n = 0 the profile alone, fed whole; n = 1 with the next profile too, in random chunks;
 *   OUTDIR/encode/<profile>-<id>-<mask>  every message those inputs decode to, one per message
 *       and presence mask, as fuzz_encode's explicit messages (mode bit 7).
 * Every profile of atc_tool_profiles[] is covered. Names are stable: a rerun rewrites the same
 * files. With --raw it writes only the plain inputs, OUTDIR/raw/<profile>/<name> (make
 * test-valgrind). */
#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "atc_json.h"
#include "profiles.h"
#include "../props/msggen.h"

static const char *outdir;
static int raw; /* --raw: the plain inputs, OUTDIR/raw/<profile>/<name> (make test-valgrind) */
static unsigned long ndecode, nencode;
static int pidx, nprof;

static void write_file(const char *path, const void *a, size_t an, const void *b, size_t bn)
{
    FILE *f = fopen(path, "wb");
    if (!f) {
        perror(path);
        exit(1);
    }
    if ((an && fwrite(a, 1, an, f) != an) || (bn && fwrite(b, 1, bn, f) != bn)) {
        perror(path);
        exit(1);
    }
    fclose(f);
}

static char *slurp(const char *path, size_t *len)
{
    FILE *f = fopen(path, "rb");
    atcj_buf b = {0, 0, 0};
    char chunk[4096];
    size_t n;
    if (!f)
        return NULL;
    while ((n = fread(chunk, 1, sizeof chunk, f)) > 0)
        atcj_buf_put(&b, chunk, n);
    fclose(f);
    atcj_buf_put(&b, "", 0);
    *len = b.len;
    return b.ptr;
}

/* the ```text block of a vector, as bytes (tests/test_vectors.c reads it the same way) */
static int vector_input(const char *text, atcj_buf *out)
{
    const char *s = strstr(text, "```text\n"), *e;
    size_t n;
    if (!s)
        return 0;
    s += 8;
    e = strstr(s, "\n```");
    if (!e)
        return 0;
    n = (size_t)(e - s) + 1;
    if (n >= 6 && memcmp(s + n - 6, "<EOF>\n", 6) == 0)
        n -= 6;
    atcj_unnotate(s, n, out);
    return 1;
}

/* ---- encode seeds: every decoded message as an explicit message ---- */

typedef struct seen {
    uint16_t id;
    uint32_t mask;
} seen;
static seen seen_list[8192];
static unsigned nseen;

static void put_u16(atcj_buf *b, unsigned v)
{
    char c[2];
    c[0] = (char)(v & 0xFF);
    c[1] = (char)(v >> 8);
    atcj_buf_put(b, c, 2);
}

static void put_str(atcj_buf *b, atc_str s)
{
    put_u16(b, s.len);
    if (s.len)
        atcj_buf_put(b, s.ptr, s.len);
}

static void on_event(atc_parser *p, const atc_event *ev)
{
    const atc_msg_desc *d = ev->desc;
    const atc_profile *prof = ev->profile;
    const atc_field_desc *fs;
    atcj_buf rec = {0, 0, 0};
    char path[1024], hdr[4];
    uint32_t mask = 0;
    uint8_t i;
    unsigned k;
    (void)p;
    if (!d || ev->kind == ATC_KIND_ERROR || prof != atc_tool_profiles[pidx] || !mg_supported(prof, ev->id))
        return;
    fs = atc_msg_fields(prof, ev->id);
    for (i = 0; i < d->nfields && i < 32; i++)
        if (mg_has(ev->msg, &fs[i]))
            mask |= 1u << i;
    for (k = 0; k < nseen; k++)
        if (seen_list[k].id == ev->id && seen_list[k].mask == mask)
            return;
    if (nseen < sizeof seen_list / sizeof seen_list[0]) {
        seen_list[nseen].id = ev->id;
        seen_list[nseen].mask = mask;
        nseen++;
    }
    hdr[0] = (char)pidx;
    hdr[1] = (char)(ev->id & 0xFF);
    hdr[2] = (char)(ev->id >> 8);
    hdr[3] = (char)0x80;
    for (i = 0; i < d->nfields; i++) {
        const atc_field_desc *f = &fs[i];
        unsigned n = mg_has(ev->msg, f) ? mg_count(ev->msg, f) : 0;
        char flag = (char)(((f->type & ATC_F_LIST) ? n << 1 : 0) | (mg_has(ev->msg, f) ? 1 : 0));
        atcj_buf_put(&rec, &flag, 1);
        if (mg_type(f) == ATC_T_LITERAL || !mg_has(ev->msg, f))
            continue;
        for (k = 0; k < n; k++) {
            if (mg_is_int(f)) {
                uint32_t v = (uint32_t)(uint64_t)mg_get_int(prof, ev->msg, f, k);
                char c[4];
                c[0] = (char)(v & 0xFF);
                c[1] = (char)((v >> 8) & 0xFF);
                c[2] = (char)((v >> 16) & 0xFF);
                c[3] = (char)((v >> 24) & 0xFF);
                atcj_buf_put(&rec, c, 4);
            } else {
                put_str(&rec, mg_get_str(ev->msg, f, k));
            }
        }
        if (mg_verbose(prof, f)) /* the code as its text, empty for the number */
            put_str(&rec, mg_get_text(ev->msg, f));
    }
    snprintf(path, sizeof path, "%s/encode/%s-%u-%x", outdir, atc_tool_profiles[pidx]->name, ev->id, mask);
    write_file(path, hdr, 4, rec.ptr, rec.len);
    atcj_buf_free(&rec);
    nencode++;
}

static const atc_callbacks cb = {on_event, NULL, NULL};

static void seed(const char *name, const char *bytes, size_t len)
{
    char path[1024];
    unsigned char hdr[4];
    atc_parser p;
    if (raw) {
        snprintf(path, sizeof path, "%s/raw/%s", outdir, atc_tool_profiles[pidx]->name);
        mkdir(path, 0777);
        snprintf(path, sizeof path, "%s/raw/%s/%s", outdir, atc_tool_profiles[pidx]->name, name);
        write_file(path, bytes, len, NULL, 0);
        ndecode++;
        return;
    }
    /* decode seeds: alone and whole; with the next profile, in random chunks */
    hdr[0] = (unsigned char)pidx;
    hdr[1] = 0;
    hdr[2] = 0;
    hdr[3] = 0;
    snprintf(path, sizeof path, "%s/decode/%s-%s-0", outdir, atc_tool_profiles[pidx]->name, name);
    write_file(path, hdr, 4, bytes, len);
    hdr[0] = (unsigned char)(0x80 | pidx);
    hdr[2] = 3;
    hdr[3] = (unsigned char)(len * 31 + 7);
    snprintf(path, sizeof path, "%s/decode/%s-%s-1", outdir, atc_tool_profiles[pidx]->name, name);
    write_file(path, hdr, 4, bytes, len);
    ndecode += 2;
    /* encode seeds: the messages it decodes to */
    atc_init(&p, atc_tool_profiles[pidx], &cb, NULL);
    atc_feed(&p, bytes, len);
    atc_finish(&p);
}

static void from_dir(const char *root, const char *sub)
{
    char dir[1024];
    DIR *dh;
    struct dirent *e;
    snprintf(dir, sizeof dir, "%s/%s/%s", root, sub, atc_tool_profiles[pidx]->name);
    dh = opendir(dir);
    if (!dh)
        return;
    while ((e = readdir(dh)) != NULL) {
        char path[2048], name[256];
        size_t nl = strlen(e->d_name), len;
        char *text;
        atcj_buf in = {0, 0, 0};
        if (nl < 4 || strcmp(e->d_name + nl - 3, ".md") != 0)
            continue;
        snprintf(path, sizeof path, "%s/%s", dir, e->d_name);
        text = slurp(path, &len);
        if (text && vector_input(text, &in)) {
            snprintf(name, sizeof name, "%s-%.*s", strrchr(sub, '/') + 1, (int)(nl - 3), e->d_name);
            seed(name, in.ptr, in.len);
        }
        free(text);
        atcj_buf_free(&in);
    }
    closedir(dh);
}

static void from_sessions(const char *root)
{
    char dir[1024];
    DIR *dh;
    struct dirent *e;
    const char *pname = atc_tool_profiles[pidx]->name;
    size_t pl = strlen(pname);
    snprintf(dir, sizeof dir, "%s/examples/sessions", root);
    dh = opendir(dir);
    if (!dh)
        return;
    while ((e = readdir(dh)) != NULL) {
        char path[2048], name[256];
        size_t len;
        char *bytes;
        if (strncmp(e->d_name, pname, pl) != 0 || e->d_name[pl] != '-')
            continue;
        snprintf(path, sizeof path, "%s/%s", dir, e->d_name);
        bytes = slurp(path, &len);
        if (bytes) {
            snprintf(name, sizeof name, "session-%s", e->d_name + pl + 1);
            seed(name, bytes, len);
        }
        free(bytes);
    }
    closedir(dh);
}

int main(int argc, char **argv)
{
    char path[1024];
    if (argc < 3 || argc > 4 || (argc == 4 && strcmp(argv[3], "--raw") != 0)) {
        fprintf(stderr, "usage: seeds ROOT OUTDIR [--raw]\n");
        return 2;
    }
    outdir = argv[2];
    raw = argc == 4;
    mkdir(outdir, 0777);
    snprintf(path, sizeof path, "%s/%s", outdir, raw ? "raw" : "decode");
    mkdir(path, 0777);
    snprintf(path, sizeof path, "%s/encode", outdir);
    if (!raw)
        mkdir(path, 0777);
    for (nprof = 0; atc_tool_profiles[nprof]; nprof++)
        ;
    for (pidx = 0; pidx < nprof; pidx++) {
        nseen = 0;
        from_dir(argv[1], "tests/vectors");
        from_dir(argv[1], "tests/fixtures");
        from_sessions(argv[1]);
    }
    if (raw)
        printf("seeds: %lu inputs of %d profiles in %s/raw\n", ndecode, nprof, outdir);
    else
        printf("seeds: %lu decode and %lu encode seeds from the vectors of %d profiles in %s\n", ndecode, nencode,
               nprof, outdir);
    return 0;
}
