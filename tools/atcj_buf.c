/* SPDX-License-Identifier: MIT */
/* A growable byte buffer for the tools (see atcj_buf.h). */
#include "atcj_buf.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

void atcj_buf_put(atcj_buf *b, const void *s, size_t n)
{
    if (b->len + n + 1 > b->cap) {
        size_t cap = b->cap ? b->cap : 256;
        while (cap < b->len + n + 1)
            cap *= 2;
        b->ptr = (char *)realloc(b->ptr, cap);
        if (!b->ptr) {
            fputs("atc: out of memory\n", stderr);
            exit(2);
        }
        b->cap = cap;
    }
    if (n)
        memcpy(b->ptr + b->len, s, n);
    b->len += n;
    b->ptr[b->len] = '\0';
}

void atcj_buf_puts(atcj_buf *b, const char *s)
{
    atcj_buf_put(b, s, strlen(s));
}

void atcj_buf_free(atcj_buf *b)
{
    free(b->ptr);
    b->ptr = NULL;
    b->len = b->cap = 0;
}
