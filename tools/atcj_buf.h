/* SPDX-License-Identifier: MIT */
/* A growable byte buffer for the tools (the CLI, tests, benchmarks); the codec never allocates. */
#ifndef ATCJ_BUF_H
#define ATCJ_BUF_H

#include <stddef.h>

typedef struct atcj_buf {
    char *ptr; /* always NUL-terminated once anything was put */
    size_t len, cap;
} atcj_buf;

void atcj_buf_put(atcj_buf *b, const void *s, size_t n);
void atcj_buf_puts(atcj_buf *b, const char *s);
void atcj_buf_free(atcj_buf *b);

#endif
