/* SPDX-License-Identifier: MIT */
/* Log prefixes: the timestamps and direction marks that terminal programs and loggers write at the
 * start of each line of a capture ([12:00:01.123], [RX], Tx:, <<, >>, ...), the built-in ones or
 * a POSIX extended regex (--prefix). Define _POSIX_C_SOURCE 200809L before including it. */
#ifndef ATC_LOG_H
#define ATC_LOG_H

#include <regex.h>
#include <stddef.h>

#include "atcj_buf.h"

/* What a line's prefix says: its timestamp (NULL: none) and direction (-1: none, else atc_dir). */
typedef struct cli_prefix {
    const char *ts;
    size_t tslen;
    int dir;
} cli_prefix;

/* How prefixes are recognised: the built-in ones, or a regex. */
typedef struct cli_log {
    regex_t re;
    int have_re;
    atcj_buf scratch; /* the line, NUL-terminated, for regexec */
    int first_kind;   /* built-in: how the first prefix seen began (a bare time alone is a
                         prefix only in a log whose first prefix was one) */
} cli_log;

/* The built-in prefixes (regex NULL) or a regex; returns 0, or regcomp's error code with its
 * message in msg. */
int cli_log_init(cli_log *l, const char *regex, char *msg, size_t msglen);
void cli_log_free(cli_log *l);

/* Where the content of a log line begins, and its prefix in *pi; 0 when it has none. */
size_t cli_log_prefix(cli_log *l, const char *line, size_t n, cli_prefix *pi);

/* Is the input a log? At least half of its first lines (up to 64) begin with a prefix. */
int cli_log_detect(cli_log *l, const char *p, size_t n);

#endif
