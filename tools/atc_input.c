/* SPDX-License-Identifier: MIT */
/* The CLI's input, chunk by chunk, until the end or a signal (atc_input.h). */
#define _POSIX_C_SOURCE 200809L

#include "atc_input.h"

#include <errno.h>
#include <signal.h>
#include <stdio.h>
#include <string.h>
#include <sys/select.h>
#include <unistd.h>

static volatile sig_atomic_t stop_signal;

static void on_signal(int sig)
{
    stop_signal = sig;
}

int cli_read_chunks(int fd, const char *name, cli_chunk_fn fn, void *ctx)
{
    static char chunk[65536];
    struct sigaction sa, old_int, old_term;
    sigset_t block, orig;
    int rc = 0;
    memset(&sa, 0, sizeof sa);
    sa.sa_handler = on_signal; /* no SA_RESTART: the wait below returns */
    sigemptyset(&sa.sa_mask);
    sigaction(SIGINT, &sa, &old_int);
    sigaction(SIGTERM, &sa, &old_term);
    sigemptyset(&block);
    sigaddset(&block, SIGINT);
    sigaddset(&block, SIGTERM);
    sigprocmask(SIG_BLOCK, &block, &orig);
    for (;;) {
        fd_set rd;
        ssize_t n;
        if (stop_signal) {
            rc = 1;
            break;
        }
        FD_ZERO(&rd);
        FD_SET(fd, &rd);
        /* the signals are let through only while waiting: none is lost between the test above
         * and the wait */
        if (pselect(fd + 1, &rd, NULL, NULL, NULL, &orig) < 0) {
            if (errno == EINTR)
                continue;
            fprintf(stderr, "atc: %s: %s\n", name, strerror(errno));
            rc = -1;
            break;
        }
        n = read(fd, chunk, sizeof chunk);
        if (n < 0) {
            if (errno == EINTR || errno == EAGAIN)
                continue;
            fprintf(stderr, "atc: %s: %s\n", name, strerror(errno));
            rc = -1;
            break;
        }
        if (n == 0)
            break;
        fn(ctx, chunk, (size_t)n);
    }
    sigprocmask(SIG_SETMASK, &orig, NULL);
    sigaction(SIGINT, &old_int, NULL);
    sigaction(SIGTERM, &old_term, NULL);
    return rc;
}
