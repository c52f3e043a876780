/* SPDX-License-Identifier: MIT */
/* `atc stats`: counting events and printing the summary (atc_stats.h). */
#include "atc_stats.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "atc_text.h"

static void count(cli_counters *t, int kind, const char *key, size_t keylen)
{
    size_t i;
    for (i = 0; i < t->n; i++)
        if (t->c[i].kind == kind && t->c[i].keylen == keylen && memcmp(t->c[i].key, key, keylen) == 0) {
            t->c[i].count++;
            return;
        }
    if (t->n == t->cap) {
        t->cap = t->cap ? 2 * t->cap : 64;
        t->c = (cli_counter *)realloc(t->c, t->cap * sizeof *t->c);
        if (!t->c) {
            fputs("atc: out of memory\n", stderr);
            exit(2);
        }
    }
    t->c[t->n].key = (char *)malloc(keylen + 1);
    if (!t->c[t->n].key) {
        fputs("atc: out of memory\n", stderr);
        exit(2);
    }
    memcpy(t->c[t->n].key, key, keylen);
    t->c[t->n].key[keylen] = '\0';
    t->c[t->n].keylen = keylen;
    t->c[t->n].kind = kind;
    t->c[t->n].count = 1;
    t->n++;
}

static void counters_free(cli_counters *t)
{
    size_t i;
    for (i = 0; i < t->n; i++)
        free(t->c[i].key);
    free(t->c);
}

void cli_stats_tally(cli_stats *st, const atcj_value *v, int n, int kind)
{
    const char *name = cli_str_val(v, n, "name"), *variant = cli_str_val(v, n, "variant");
    const char *form = cli_str_val(v, n, "form"), *error = cli_str_val(v, n, "error");
    const char *warning = cli_str_val(v, n, "warning"), *raw = cli_str_val(v, n, "raw");
    atcj_buf *b = &st->scratch;
    b->len = 0;
    atcj_buf_puts(b, name ? name : kind == ATC_KIND_DATA ? cli_str_val(v, n, "dir") : "-"); /* (data: by direction) */
    if (form) {
        atcj_buf_puts(b, " ");
        atcj_buf_puts(b, form);
    }
    if (variant) {
        atcj_buf_puts(b, " ");
        atcj_buf_puts(b, variant);
    }
    st->events++;
    if (kind != ATC_KIND_UNKNOWN && kind != ATC_KIND_ERROR)
        count(&st->msgs, kind, b->ptr, b->len);
    if (error)
        count(&st->errors, 0, error, strlen(error));
    if (warning)
        count(&st->warnings, 0, warning, strlen(warning));
    if (kind == ATC_KIND_UNKNOWN && raw) {
        size_t len = 0;
        int i;
        for (i = 0; i < n; i++)
            if (strcmp(v[i].key, "raw") == 0)
                len = v[i].str.len;
        count(&st->unknown, 0, raw, len);
    }
}

static int by_kind_then_count(const void *a, const void *b)
{
    const cli_counter *x = (const cli_counter *)a, *y = (const cli_counter *)b;
    if (x->kind != y->kind)
        return x->kind - y->kind;
    if (x->count != y->count)
        return x->count > y->count ? -1 : 1;
    return strcmp(x->key, y->key);
}

static void sort_counters(cli_counters *t)
{
    if (t->n)
        qsort(t->c, t->n, sizeof *t->c, by_kind_then_count);
}

static const char *reason_of(const char *err_name)
{
    int e;
    for (e = 0; e < ATC_ERR__COUNT; e++)
        if (strcmp(atc_err_name((atc_err)e), err_name) == 0)
            return atc_err_reason((atc_err)e);
    return "";
}

void cli_stats_print(cli_stats *st)
{
    size_t i;
    unsigned long total_unknown = 0, total_errors = 0, total_warnings = 0;
    for (i = 0; i < st->unknown.n; i++)
        total_unknown += st->unknown.c[i].count;
    for (i = 0; i < st->errors.n; i++)
        total_errors += st->errors.c[i].count;
    for (i = 0; i < st->warnings.n; i++)
        total_warnings += st->warnings.c[i].count;
    printf("%lu events: %lu messages, %lu errors, %lu unknown lines; %lu warnings\n", st->events,
           st->events - total_errors - total_unknown, total_errors, total_unknown, total_warnings);
    sort_counters(&st->msgs);
    if (st->msgs.n)
        printf("\n%-13s %-32s %8s\n", "kind", "message", "count");
    for (i = 0; i < st->msgs.n; i++)
        printf("%-13s %-32s %8lu\n", cli_kind_names[st->msgs.c[i].kind], st->msgs.c[i].key, st->msgs.c[i].count);
    sort_counters(&st->errors);
    if (st->errors.n)
        printf("\n%-46s %8s\n", "error", "count");
    for (i = 0; i < st->errors.n; i++)
        printf("%-46s %8lu  %s\n", st->errors.c[i].key, st->errors.c[i].count, reason_of(st->errors.c[i].key));
    sort_counters(&st->warnings);
    if (st->warnings.n)
        printf("\n%-46s %8s\n", "warning", "count");
    for (i = 0; i < st->warnings.n; i++)
        printf("%-46s %8lu  %s\n", st->warnings.c[i].key, st->warnings.c[i].count,
               reason_of(st->warnings.c[i].key));
    sort_counters(&st->unknown);
    if (st->unknown.n)
        printf("\n%-46s %8s\n", "unknown line", "count");
    for (i = 0; i < st->unknown.n && i < 20; i++) {
        st->scratch.len = 0;
        atcj_put_json_str(&st->scratch, st->unknown.c[i].key, st->unknown.c[i].keylen);
        printf("%-46s %8lu\n", st->scratch.ptr, st->unknown.c[i].count);
    }
    if (st->unknown.n > 20)
        printf("(%lu more distinct unknown lines)\n", (unsigned long)(st->unknown.n - 20));
}

void cli_stats_free(cli_stats *st)
{
    counters_free(&st->msgs);
    counters_free(&st->errors);
    counters_free(&st->warnings);
    counters_free(&st->unknown);
    atcj_buf_free(&st->scratch);
}
