/* SPDX-License-Identifier: MIT */
/* `atc stats`: events counted per message and kind, errors and warnings by code, unknown lines. */
#ifndef ATC_STATS_H
#define ATC_STATS_H

#include <stddef.h>

#include "atc_json.h"

typedef struct cli_counter {
    char *key;
    size_t keylen;
    int kind;
    unsigned long count;
} cli_counter;

typedef struct cli_counters {
    cli_counter *c;
    size_t n, cap;
} cli_counters;

/* Start zeroed; free with cli_stats_free. */
typedef struct cli_stats {
    unsigned long events;
    cli_counters msgs, errors, warnings, unknown;
    atcj_buf scratch;
} cli_stats;

/* Counts one event: the n values of a JSON line of kind `kind`. */
void cli_stats_tally(cli_stats *st, const atcj_value *v, int n, int kind);
/* Prints the summary to standard output (sorting the counts). */
void cli_stats_print(cli_stats *st);
void cli_stats_free(cli_stats *st);

#endif
