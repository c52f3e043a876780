/* SPDX-License-Identifier: MIT */
/* Replays the Markdown test vectors (input block, expected JSON-lines block), each its own test:
 *   tests/vectors/<profile>/NN-*.md   the documents' worked examples, generated from the spec:
 *                                   decoded whole, split at every point, byte by byte, and
 *                                   re-encoded byte-exactly (transcript and wire form);
 *   tests/fixtures/<profile>/NN-*.md  hand-written bad input, edge cases and the decoder's rules:
 *                                   decoded at every split point (re-encoding is not expected of
 *                                   garbage). A fixture holds one case, or several, each under a
 *                                   "## Case: <name>" heading with its own input and events. */
#include <criterion/criterion.h>
#include <criterion/parameterized.h>
#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "atc_json.h"
#include "profiles.h"

typedef struct vector_case {
    char *path;        /* file, and case name after a '#' */
    int profile;       /* index in atc_tool_profiles */
    int reencode;      /* a document example: re-encoding must give the input back */
    char *input;       /* bytes */
    size_t input_len;
    char *expected;    /* JSON lines */
} vector_case;

static char *slurp(const char *path)
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
    if (!b.ptr)
        atcj_buf_put(&b, "", 0);
    return b.ptr;
}

/* The fenced block after "```<tag>\n" in [text, limit), up to the closing fence. */
static int block(const char *text, const char *limit, const char *tag, const char **start, size_t *len)
{
    char open[32];
    const char *s, *e;
    snprintf(open, sizeof open, "```%s\n", tag);
    s = strstr(text, open);
    if (!s || s >= limit)
        return 0;
    s += strlen(open);
    e = strstr(s, "\n```");
    if (!e || e > limit)
        return 0;
    *start = s;
    *len = (size_t)(e - s) + 1; /* keep the last line's newline */
    return 1;
}

/* Parameters live in Criterion's memory (cr_malloc); a plain test counts them with malloc. */
static int plain_malloc;

static void *case_malloc(size_t n)
{
    return plain_malloc ? malloc(n) : cr_malloc(n);
}

static char *cr_strndup(const char *s, size_t n)
{
    char *d = (char *)case_malloc(n + 1);
    memcpy(d, s, n);
    d[n] = '\0';
    return d;
}

/* One case of [text, limit): its input and expected events, copied into Criterion's memory. */
static int load_case(const char *text, const char *limit, vector_case *c)
{
    const char *s;
    size_t n;
    atcj_buf in = {0, 0, 0};
    if (!block(text, limit, "text", &s, &n))
        return 0;
    if (n >= 6 && memcmp(s + n - 6, "<EOF>\n", 6) == 0)
        n -= 6; /* the input ends without a line end */
    atcj_unnotate(s, n, &in);
    c->input = cr_strndup(in.ptr, in.len);
    c->input_len = in.len;
    atcj_buf_free(&in);
    if (!block(text, limit, "jsonl", &s, &n))
        return 0;
    c->expected = cr_strndup(s, n);
    return 1;
}

typedef struct case_list {
    vector_case *v;
    size_t n, cap;
} case_list;

static void add_case(case_list *l, const vector_case *c)
{
    if (l->n == l->cap) {
        size_t cap = l->cap ? 2 * l->cap : 256;
        vector_case *nv = (vector_case *)case_malloc(cap * sizeof *nv);
        if (l->v)
            memcpy(nv, l->v, l->n * sizeof *nv);
        l->v = nv;
        l->cap = cap;
    }
    l->v[l->n++] = *c;
}

static void load_file(case_list *l, const char *path, int profile, int reencode)
{
    char *text = slurp(path);
    const char *at, *end;
    vector_case c;
    if (!text)
        return;
    end = text + strlen(text);
    at = strstr(text, "\n## Case: ");
    if (!at) {
        memset(&c, 0, sizeof c);
        c.path = cr_strndup(path, strlen(path));
        c.profile = profile;
        c.reencode = reencode;
        if (load_case(text, end, &c))
            add_case(l, &c);
        free(text);
        return;
    }
    while (at) {
        const char *name = at + 10, *eol = strchr(name, '\n'), *next = strstr(name, "\n## Case: ");
        char label[1200];
        memset(&c, 0, sizeof c);
        snprintf(label, sizeof label, "%s#%.*s", path, (int)(eol ? eol - name : 0), name);
        c.path = cr_strndup(label, strlen(label));
        c.profile = profile;
        c.reencode = reencode;
        if (load_case(name, next ? next : end, &c))
            add_case(l, &c);
        at = next;
    }
    free(text);
}

static void load_dir(case_list *l, const char *dir, int profile, int reencode)
{
    DIR *dh = opendir(dir);
    struct dirent *e;
    char *names[512];
    int n = 0, i, j;
    if (!dh)
        return;
    while ((e = readdir(dh)) != NULL && n < 512) {
        size_t nl = strlen(e->d_name);
        if (nl >= 4 && strcmp(e->d_name + nl - 3, ".md") == 0) {
            names[n] = (char *)malloc(nl + 1);
            memcpy(names[n++], e->d_name, nl + 1);
        }
    }
    closedir(dh);
    for (i = 0; i < n; i++) /* in name order, so the numbering is the order */
        for (j = i + 1; j < n; j++)
            if (strcmp(names[j], names[i]) < 0) {
                char *t = names[i];
                names[i] = names[j];
                names[j] = t;
            }
    for (i = 0; i < n; i++) {
        char path[1024];
        snprintf(path, sizeof path, "%s/%s", dir, names[i]);
        load_file(l, path, profile, reencode);
        free(names[i]);
    }
}

static case_list load_all(const char *kind)
{
    const char *root = getenv("ATC_VECTORS");
    case_list l = {NULL, 0, 0};
    int i;
    if (!root)
        root = "tests/vectors";
    for (i = 0; atc_tool_profiles[i]; i++) {
        char dir[512];
        if (strcmp(kind, "vectors") == 0)
            snprintf(dir, sizeof dir, "%s/%s", root, atc_tool_profiles[i]->name);
        else
            snprintf(dir, sizeof dir, "%s/../fixtures/%s", root, atc_tool_profiles[i]->name);
        load_dir(&l, dir, i, strcmp(kind, "vectors") == 0);
    }
    return l;
}

/* Decode input fed in pieces: the first `split` bytes, then the rest in chunks of `chunk`. */
static void decode(const vector_case *v, size_t split, size_t chunk, atcj_buf *out)
{
    atcj_decoder d;
    size_t at;
    atcj_decoder_init(&d, atc_tool_profiles[v->profile]);
    atcj_decoder_feed(&d, v->input, split);
    for (at = split; at < v->input_len; at += chunk) {
        size_t n = v->input_len - at < chunk ? v->input_len - at : chunk;
        atcj_decoder_feed(&d, v->input + at, n);
    }
    atcj_decoder_finish(&d);
    out->len = 0;
    atcj_buf_put(out, d.out.ptr ? d.out.ptr : "", d.out.len);
    atcj_decoder_free(&d);
}

static void check_every_split(const vector_case *v)
{
    atcj_buf out = {0, 0, 0};
    size_t split;
    decode(v, v->input_len, 1, &out);
    cr_assert_str_eq(out.ptr, v->expected, "%s: decoded whole", v->path);
    for (split = 0; split <= v->input_len; split++) {
        decode(v, split, v->input_len + 1, &out);
        cr_assert_str_eq(out.ptr, v->expected, "%s: split at byte %zu", v->path, split);
    }
    decode(v, 0, 1, &out);
    cr_assert_str_eq(out.ptr, v->expected, "%s: fed byte by byte", v->path);
    decode(v, 0, 7, &out);
    cr_assert_str_eq(out.ptr, v->expected, "%s: fed 7 bytes at a time", v->path);
    atcj_buf_free(&out);
}

/* Every expected event encoded in transcript form gives the input back, byte for byte, and the
 * wire form (CR LF framing, commands ending in CR) decodes to the same events. */
static void check_reencode(const vector_case *v)
{
    const atc_profile *prof = atc_tool_profiles[v->profile];
    atcj_buf out = {0, 0, 0}, wire = {0, 0, 0}, again = {0, 0, 0};
    const char *line = v->expected;
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
    cr_assert_eq(out.len, v->input_len, "%s: re-encoded %zu bytes, input has %zu:\n%s", v->path, out.len,
                 v->input_len, out.ptr);
    cr_assert(memcmp(out.ptr, v->input, out.len) == 0, "%s: re-encoded differs:\n%s", v->path, out.ptr);
    atcj_decoder_init(&d, prof);
    atcj_decoder_feed(&d, wire.ptr, wire.len);
    atcj_decoder_finish(&d);
    atcj_buf_put(&again, d.out.ptr ? d.out.ptr : "", d.out.len);
    cr_assert_str_eq(again.ptr, v->expected, "%s: wire form decodes differently", v->path);
    atcj_decoder_free(&d);
    atcj_buf_free(&out);
    atcj_buf_free(&wire);
    atcj_buf_free(&again);
}

static void free_cases(struct criterion_test_params *crp)
{
    (void)crp; /* Criterion's memory: freed with the test runner */
}

ParameterizedTestParameters(vectors, document_example)
{
    case_list l = load_all("vectors");
    return cr_make_param_array(vector_case, l.v, l.n, free_cases);
}

ParameterizedTest(vector_case *v, vectors, document_example)
{
    cr_log_info("%s", v->path);
    check_every_split(v);
    check_reencode(v);
}

ParameterizedTestParameters(fixtures, case)
{
    case_list l = load_all("fixtures");
    return cr_make_param_array(vector_case, l.v, l.n, free_cases);
}

ParameterizedTest(vector_case *v, fixtures, case)
{
    cr_log_info("%s", v->path);
    check_every_split(v);
}

/* The loaders found something: a wrong path must not pass as zero tests. */
Test(vectors, there_are_vectors_and_fixtures)
{
    case_list a, b;
    plain_malloc = 1; /* (this process exits after the test: nothing is freed) */
    a = load_all("vectors");
    b = load_all("fixtures");
    cr_assert_gt(a.n, 200, "only %zu document examples found", a.n);
    cr_assert_gt(b.n, 10, "only %zu fixture cases found", b.n);
}
