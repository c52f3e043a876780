/* SPDX-License-Identifier: MIT */
/* The CLI's readable output (--format text): one line per event, coloured on request; and the
 * names of the event kinds, as the JSON lines and the text print them. */
#ifndef ATC_TEXT_H
#define ATC_TEXT_H

#include <stddef.h>

#include "atc_json.h"

/* "command", "response", "final", "intermediate", "urc", "data", "unknown", "error": by atc_kind */
extern const char *const cli_kind_names[];
#define CLI_NKINDS 8

/* The atc_kind named by the n bytes at s, or -1. */
int cli_kind_index(const char *s, size_t n);

/* The value of a string key of a JSON line read back (atcj_read_object), or NULL. */
const char *cli_str_val(const atcj_value *v, int n, const char *key);

/* Writes one event (the n values of a JSON line, of kind `kind`) to standard output as
 * [ts] dir kind name [form] [variant] field=value ... data=... error=...; color: ANSI colours.
 * The profiles tell failing results (ERROR, +CME ERROR, SEND FAIL) apart; scratch is reused. */
void cli_text_event(atcj_buf *scratch, int color, const atc_profile *const *profs, int nprofs, const atcj_value *v,
                    int n, int kind);

#endif
