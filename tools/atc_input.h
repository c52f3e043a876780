/* SPDX-License-Identifier: MIT */
/* The CLI's input: a file, a pipe or a serial port, read chunk by chunk as the bytes arrive,
 * until its end or until SIGINT or SIGTERM. */
#ifndef ATC_INPUT_H
#define ATC_INPUT_H

#include <stddef.h>

typedef void (*cli_chunk_fn)(void *ctx, const char *bytes, size_t n);

/* Reads fd until its end (returns 0), SIGINT or SIGTERM (1) or an error (-1, reported on
 * standard error with name). Each chunk is handed to fn as it arrives. */
int cli_read_chunks(int fd, const char *name, cli_chunk_fn fn, void *ctx);

#endif
