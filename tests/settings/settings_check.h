/* SPDX-License-Identifier: MIT */
/* What every settings test (tests/settings/<setting>/test.c) shares: CHECK, a log of the events
 * a parser gave, and feeding it text. Include it after the codec's header. The helpers are
 * static inline, so that a test that does not use one still builds with -Werror. */
#ifndef SETTINGS_CHECK_H
#define SETTINGS_CHECK_H

#include <stdio.h>
#include <string.h>

static int check_failures;

#define CHECK(cond) \
    ((cond) ? (void)0 : (void)(check_failures++, fprintf(stderr, "%s:%d: CHECK failed: %s\n", __FILE__, __LINE__, #cond)))

typedef struct seen_event {
    int kind;
    unsigned id;
    int error, warning;
    unsigned field;
    const atc_profile *profile;
    int32_t first_int; /* the first field of the decoded struct, when it is an int32_t */
} seen_event;

static seen_event seen[64];
static int nseen;

static inline void record_event(atc_parser *p, const atc_event *ev)
{
    (void)p;
    if (nseen < 64) {
        seen_event *s = &seen[nseen++];
        s->kind = ev->kind;
        s->id = ev->id;
        s->error = (int)ev->error;
        s->warning = (int)ev->warning;
        s->field = ev->field;
        s->profile = ev->profile;
        s->first_int = 0;
        if (ev->msg && ev->kind != ATC_KIND_ERROR && ev->desc && ev->desc->nfields &&
            ATC_TYPE_OF(atc_msg_fields(ev->profile, ev->id)) == ATC_T_INT)
            memcpy(&s->first_int, (const char *)ev->msg + atc_msg_fields(ev->profile, ev->id)->offset,
                   sizeof s->first_int);
    }
}

static const atc_callbacks record_callbacks = {record_event, NULL, NULL};

/* Feeds text whole, or one byte at a time (a line in pieces is copied into the line buffer). */
static inline void feed_text(atc_parser *p, const char *text, int bytewise)
{
    size_t i, n = strlen(text);
    if (!bytewise) {
        atc_feed(p, text, n);
        return;
    }
    for (i = 0; i < n; i++)
        atc_feed(p, text + i, 1);
}

static inline int settings_result(const char *name)
{
    if (check_failures) {
        fprintf(stderr, "%s: %d checks failed\n", name, check_failures);
        return 1;
    }
    return 0;
}

#endif
