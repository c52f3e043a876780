/* SPDX-License-Identifier: MIT */
/* JSON lines for atc events: what `atc decode` prints and `atc encode` reads. Shared by the CLI
 * and the tests. Tool code: it may allocate, the codec never does. */
#ifndef ATC_JSON_H
#define ATC_JSON_H

#include <stddef.h>

#include "atc.h"
#include "atcj_buf.h"

/* A decoder that turns a byte stream into JSON lines (one per event, '\n'-terminated) in out.
 * A line is in out as soon as it is complete: at the end of each atcj_decoder_feed only an event
 * whose payload may still follow (the parser is in a payload, or awaits one after the next OK)
 * is held back. The caller may take the lines out of out and set out.len to 0. */
typedef struct atcj_decoder {
    atc_parser parser;
    atcj_buf out;      /* finished JSON lines */
    atcj_buf pending;  /* an event whose payload is still arriving */
    atcj_buf data;     /* payload bytes so far */
    atcj_buf tail;     /* what follows the pending event's payload: its warning */
    int has_pending;
    int pending_after_ok; /* the pending event's payload follows the next OK (ATC_M_PAYLOAD_AFTER_OK) */
    /* log input (atcj_decoder_line): the line being fed, the pending event's and the data's line */
    atcj_buf ts, pending_ts, data_ts; /* ,"ts":"..." or empty */
    int dir, data_dir;                /* -1: no direction mark, else atc_dir */
    int data_open;                    /* 1: payload bytes arrived since the last event or data end */
    int data_alone;                   /* ... and they are a data item of their own (prompt, transparent) */
} atcj_decoder;

void atcj_decoder_init(atcj_decoder *d, const atc_profile *profile);
/* Several profiles at once; returns -1 if there are more than ATC_MAX_PROFILES. */
int atcj_decoder_init_multi(atcj_decoder *d, const atc_profile *const *profiles, int n);
void atcj_decoder_feed(atcj_decoder *d, const char *bytes, size_t len);
void atcj_decoder_finish(atcj_decoder *d);
/* The log line whose bytes are fed next: its timestamp (ts, tslen; NULL: none), kept as "ts", the
 * last key of the events of that line, and its direction mark (-1: none, else atc_dir), which
 * sets their "dir". Stays in effect until the next call. */
void atcj_decoder_line(atcj_decoder *d, const char *ts, size_t tslen, int dir);
void atcj_decoder_free(atcj_decoder *d);

/* Encode one JSON line (an event as printed by the decoder) into bytes, appended to out.
 * transcript: 1 for the documents' style (LF line ends, no CR), 0 for wire bytes.
 * Returns 0, or -1 with a message in err. */
int atcj_encode_line(const atc_profile *profile, const char *json, size_t len, int transcript,
                     atcj_buf *out, char *err, size_t errlen);
/* The same, trying several profiles in order. */
int atcj_encode_line_multi(const atc_profile *const *profiles, int n, const char *json, size_t len,
                           int transcript, atcj_buf *out, char *err, size_t errlen);

/* A JSON string for bytes (Latin-1 code points), with its quotes, appended to b. */
void atcj_put_json_str(atcj_buf *b, const char *s, size_t n);

/* One JSON line read back: its keys in order; keys inside "fields" start with '.', a list gives
 * one value per element (all with the list's key). What encode reads, and the text output,
 * filters and statistics of the CLI. */
typedef struct atcj_value {
    char key[64];
    int is_str;   /* 1 string, 0 number, 2 the "fields" object (its keys follow it) */
    int list;     /* 1: an element of a list */
    atcj_buf str; /* the string's bytes, or the number's text */
    long num;
} atcj_value;
/* Reads the object in json[0, len) into vals (at most max), their count in *n; returns 0, or -1
 * with a message in err. Free the values with atcj_values_free(vals, *n) in both cases. */
int atcj_read_object(const char *json, size_t len, atcj_value *vals, int max, int *n, char *err,
                     size_t errlen);
void atcj_values_free(atcj_value *vals, int n);

/* `<ctrl+Z>`, `<esc>`, `<CR>`, `<LF>`, `<0xNN>` in test-vector text -> bytes. */
void atcj_unnotate(const char *text, size_t len, atcj_buf *out);

#endif
