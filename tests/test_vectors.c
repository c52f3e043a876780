/* Replays the Markdown test vectors (input block, expected JSON-lines block):
 *   tests/vectors/<profile>/NN-*.md  the documents' worked examples, generated from the spec:
 *                                  decoded whole, split at every point, byte by byte, and
 *                                  re-encoded byte-exactly (transcript and wire form);
 *   tests/fixtures/<profile>/NN-*.md hand-written bad-input and edge cases: decoded at every
 *                                  split point (re-encoding is not expected of garbage). */
#include <criterion/criterion.h>
#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "atc_json.h"
#include "profiles.h"

typedef struct vector {
    char path[1100];
    atcj_buf input;    /* bytes */
    atcj_buf expected; /* JSON lines */
} vector;

static char *slurp(const char *path)
{
    FILE *f = fopen(path, "rb");
    atcj_buf b = {0, 0, 0};
    char chunk[4096];
    size_t n;
    cr_assert(f, "cannot open %s", path);
    while ((n = fread(chunk, 1, sizeof chunk, f)) > 0)
        atcj_buf_put(&b, chunk, n);
    fclose(f);
    return b.ptr;
}

/* The fenced block after "```<tag>\n", up to the closing fence. */
static int block(const char *text, const char *tag, const char **start, size_t *len)
{
    char open[32];
    const char *s, *e;
    snprintf(open, sizeof open, "```%s\n", tag);
    s = strstr(text, open);
    if (!s)
        return 0;
    s += strlen(open);
    e = strstr(s, "\n```");
    if (!e)
        return 0;
    *start = s;
    *len = (size_t)(e - s) + 1; /* keep the last line's newline */
    return 1;
}

static int load(const char *path, vector *v)
{
    char *text = slurp(path);
    const char *s;
    size_t n;
    memset(v, 0, sizeof *v);
    snprintf(v->path, sizeof v->path, "%s", path);
    if (!block(text, "text", &s, &n)) {
        free(text);
        return 0;
    }
    if (n >= 6 && memcmp(s + n - 6, "<EOF>\n", 6) == 0)
        n -= 6; /* the input ends without a line end */
    atcj_unnotate(s, n, &v->input);
    if (!block(text, "jsonl", &s, &n)) {
        free(text);
        return 0;
    }
    atcj_buf_put(&v->expected, s, n);
    free(text);
    return 1;
}

static void unload(vector *v)
{
    atcj_buf_free(&v->input);
    atcj_buf_free(&v->expected);
}

/* Decode input fed in pieces: the first `split` bytes, then the rest in chunks of `chunk`. */
static void decode(const atc_profile *prof, const vector *v, size_t split, size_t chunk, atcj_buf *out)
{
    atcj_decoder d;
    size_t at;
    atcj_decoder_init(&d, prof);
    atcj_decoder_feed(&d, v->input.ptr, split);
    for (at = split; at < v->input.len; at += chunk) {
        size_t n = v->input.len - at < chunk ? v->input.len - at : chunk;
        atcj_decoder_feed(&d, v->input.ptr + at, n);
    }
    atcj_decoder_finish(&d);
    out->len = 0;
    atcj_buf_put(out, d.out.ptr ? d.out.ptr : "", d.out.len);
    atcj_decoder_free(&d);
}

typedef void (*vector_check)(const atc_profile *prof, const vector *v);

static int for_each_vector(const char *kind, vector_check check)
{
    const char *root = getenv("ATC_VECTORS");
    char base[256];
    int count = 0, i;
    if (!root)
        root = "tests/vectors";
    snprintf(base, sizeof base, "%s/../%s", root, kind);
    for (i = 0; atc_tool_profiles[i]; i++) {
        char dir[512];
        DIR *dh;
        struct dirent *e;
        snprintf(dir, sizeof dir, "%s/%s", strcmp(kind, "vectors") == 0 ? root : base,
                 atc_tool_profiles[i]->name);
        dh = opendir(dir);
        if (!dh)
            continue;
        while ((e = readdir(dh)) != NULL) {
            char path[1024];
            vector v;
            size_t nl = strlen(e->d_name);
            if (nl < 4 || strcmp(e->d_name + nl - 3, ".md") != 0)
                continue;
            snprintf(path, sizeof path, "%s/%s", dir, e->d_name);
            cr_assert(load(path, &v), "%s: no ```text or ```jsonl block", path);
            check(atc_tool_profiles[i], &v);
            unload(&v);
            count++;
        }
        closedir(dh);
    }
    return count;
}

static void check_every_split(const atc_profile *prof, const vector *v)
{
    atcj_buf out = {0, 0, 0};
    size_t split;
    decode(prof, v, v->input.len, 1, &out);
    cr_assert_str_eq(out.ptr, v->expected.ptr, "%s: decoded whole", v->path);
    for (split = 0; split <= v->input.len; split++) {
        decode(prof, v, split, v->input.len + 1, &out);
        cr_assert_str_eq(out.ptr, v->expected.ptr, "%s: split at byte %zu", v->path, split);
    }
    decode(prof, v, 0, 1, &out);
    cr_assert_str_eq(out.ptr, v->expected.ptr, "%s: fed byte by byte", v->path);
    decode(prof, v, 0, 7, &out);
    cr_assert_str_eq(out.ptr, v->expected.ptr, "%s: fed 7 bytes at a time", v->path);
    atcj_buf_free(&out);
}

/* Every expected event encoded in transcript form gives the input back, byte for byte. */
static void check_reencode(const atc_profile *prof, const vector *v)
{
    atcj_buf out = {0, 0, 0}, wire = {0, 0, 0}, again = {0, 0, 0};
    const char *line = v->expected.ptr;
    char err[256];
    atcj_decoder d;
    while (*line) {
        const char *nl = strchr(line, '\n');
        cr_assert(atcj_encode_line(prof, line, (size_t)(nl - line), 1, &out, err, sizeof err) == 0,
                  "%s: cannot encode %.*s: %s", v->path, (int)(nl - line), line, err);
        cr_assert(atcj_encode_line(prof, line, (size_t)(nl - line), 0, &wire, err, sizeof err) == 0,
                  "%s: cannot wire-encode: %s", v->path, err);
        line = nl + 1;
    }
    cr_assert_eq(out.len, v->input.len, "%s: re-encoded %zu bytes, input has %zu:\n%s", v->path, out.len,
                 v->input.len, out.ptr);
    cr_assert(memcmp(out.ptr, v->input.ptr, out.len) == 0, "%s: re-encoded differs:\n%s", v->path, out.ptr);
    /* the wire form (CR LF framing, commands ending in CR) decodes to the same events */
    atcj_decoder_init(&d, prof);
    atcj_decoder_feed(&d, wire.ptr, wire.len);
    atcj_decoder_finish(&d);
    atcj_buf_put(&again, d.out.ptr ? d.out.ptr : "", d.out.len);
    cr_assert_str_eq(again.ptr, v->expected.ptr, "%s: wire form decodes differently", v->path);
    atcj_decoder_free(&d);
    atcj_buf_free(&out);
    atcj_buf_free(&wire);
    atcj_buf_free(&again);
}

Test(vectors, document_examples_decode_at_every_split)
{
    cr_assert_gt(for_each_vector("vectors", check_every_split), 0, "no test vectors found");
}

Test(vectors, document_examples_reencode_byte_exactly)
{
    cr_assert_gt(for_each_vector("vectors", check_reencode), 0, "no test vectors found");
}

Test(fixtures, bad_input_and_edge_cases_decode_at_every_split)
{
    cr_assert_gt(for_each_vector("fixtures", check_every_split), 0, "no fixtures found");
}
