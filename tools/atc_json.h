/* JSON lines for atc events: what `atc decode` prints and `atc encode` reads. Shared by the CLI
 * and the tests. Tool code: it may allocate, the codec never does. */
#ifndef ATC_JSON_H
#define ATC_JSON_H

#include <stddef.h>

#include "atc.h"
#include "atcj_buf.h"

/* A decoder that turns a byte stream into JSON lines (one per event, '\n'-terminated) in out. */
typedef struct atcj_decoder {
    atc_parser parser;
    atcj_buf out;      /* finished JSON lines */
    atcj_buf pending;  /* an event whose payload is still arriving */
    atcj_buf data;     /* payload bytes so far */
    int has_pending;
} atcj_decoder;

void atcj_decoder_init(atcj_decoder *d, const atc_profile *profile);
/* Several profiles at once; returns -1 if there are more than ATC_MAX_PROFILES. */
int atcj_decoder_init_multi(atcj_decoder *d, const atc_profile *const *profiles, int n);
void atcj_decoder_feed(atcj_decoder *d, const char *bytes, size_t len);
void atcj_decoder_finish(atcj_decoder *d);
void atcj_decoder_free(atcj_decoder *d);

/* Encode one JSON line (an event as printed by the decoder) into bytes, appended to out.
 * transcript: 1 for the documents' style (LF line ends, no CR), 0 for wire bytes.
 * Returns 0, or -1 with a message in err. */
int atcj_encode_line(const atc_profile *profile, const char *json, size_t len, int transcript,
                     atcj_buf *out, char *err, size_t errlen);
/* The same, trying several profiles in order. */
int atcj_encode_line_multi(const atc_profile *const *profiles, int n, const char *json, size_t len,
                           int transcript, atcj_buf *out, char *err, size_t errlen);

/* `<ctrl+Z>`, `<esc>`, `<CR>`, `<LF>`, `<0xNN>` in test-vector text -> bytes. */
void atcj_unnotate(const char *text, size_t len, atcj_buf *out);

#endif
