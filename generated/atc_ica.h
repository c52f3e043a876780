/* SPDX-License-Identifier: MIT */
/* atc_ica.h: the atc codec for profile ica, as a single header.
 * Generated from spec/ica.yaml, runtime/ and templates/; do not edit.
 *
 * In exactly one C or C++ file:
 *     #define ATC_IMPLEMENTATION
 *     #include "atc_ica.h"
 * everywhere else just include it. Settings (ATC_MAX_LINE, ...) go before the include,
 * the same in every file. */
/*
 * MIT License
 *
 * Copyright (c) 2026 the atc authors
 *
 * Permission is hereby granted, free of charge, to any person obtaining a copy
 * of this software and associated documentation files (the "Software"), to deal
 * in the Software without restriction, including without limitation the rights
 * to use, copy, modify, merge, publish, distribute, sublicense, and/or sell
 * copies of the Software, and to permit persons to whom the Software is
 * furnished to do so, subject to the following conditions:
 *
 * The above copyright notice and this permission notice shall be included in all
 * copies or substantial portions of the Software.
 *
 * THE SOFTWARE IS PROVIDED "AS IS", WITHOUT WARRANTY OF ANY KIND, EXPRESS OR
 * IMPLIED, INCLUDING BUT NOT LIMITED TO THE WARRANTIES OF MERCHANTABILITY,
 * FITNESS FOR A PARTICULAR PURPOSE AND NONINFRINGEMENT. IN NO EVENT SHALL THE
 * AUTHORS OR COPYRIGHT HOLDERS BE LIABLE FOR ANY CLAIM, DAMAGES OR OTHER
 * LIABILITY, WHETHER IN AN ACTION OF CONTRACT, TORT OR OTHERWISE, ARISING FROM,
 * OUT OF OR IN CONNECTION WITH THE SOFTWARE OR THE USE OR OTHER DEALINGS IN THE
 * SOFTWARE.
 */

#ifndef ATC_ICA_SINGLE_H
#define ATC_ICA_SINGLE_H

#if defined(__GNUC__)
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wunused-function"
#endif

/* SPDX-License-Identifier: MIT */
/* atc runtime: the hand-written part of every atc codec.
 *
 * A profile (generated/<profile>.{h,c}) is a set of tables: the heads of its lines, its messages,
 * their fields and the session state that changes the wire. This runtime scans lines with one
 * Ragel machine (runtime/atc_scan.rl), picks the message from the tables, converts the fields,
 * hands payloads to the caller and encodes messages. It never allocates, never uses stdio and
 * never reads or writes outside the buffers it is given. See docs/design.md.
 */
#ifndef ATC_H
#define ATC_H

/* ---- Settings: define any of these before including an atc header, the same in every file. ---- */

/* Room, in bytes, for the line being decoded: the bytes of a line that arrives in several
 * pieces (a line that arrives in one piece is read where it lies), 8 bytes per field, and the
 * decoded message struct. ATC_<PROFILE>_LONGEST_LINE says how much the profile's longest line
 * needs. A line that does not fit is reported as ATC_ERR_LINE_TOO_LONG and skipped to its end. */
#ifndef ATC_MAX_LINE
#define ATC_MAX_LINE 512
#endif

/* How many profiles one parser may decode at once (atc_init_multi). Each costs one pointer. */
#ifndef ATC_MAX_PROFILES
#define ATC_MAX_PROFILES 1
#endif

/* Bytes of session state (settings that change the wire, such as AT+QISDE's data echo or the
 * access mode of each socket) kept in the parser; every profile says how many it needs
 * (ATC_<PROFILE>_STATE_BYTES) and atc_init_multi refuses profiles that do not fit. */
#ifndef ATC_STATE_BYTES
#define ATC_STATE_BYTES 8
#endif

/* How many commands may await their completion URC at once (AT+QIOPEN for sockets 0 and 1 in a
 * capture, each awaiting its +QIOPEN; the command engine needs 1). Each costs 8 bytes of the
 * parser. When all are taken, the final result of one more such command carries the warning
 * ATC_ERR_AWAIT_FULL and its completion URC is not recognised (it decodes as a plain URC): never
 * one command's URC taken for another's. */
#ifndef ATC_MAX_AWAIT
#define ATC_MAX_AWAIT 2
#endif

/* Define to 1 to drop the reason strings of error codes (saves flash). */
#ifndef ATC_NO_ERROR_STRINGS
#define ATC_NO_ERROR_STRINGS 0
#endif

/* Define to 1 to leave out the names of messages, variants and fields: only tools (JSON, logs)
 * need them. atc_msg_name() and atc_field_name() then return "". */
#ifndef ATC_NO_NAMES
#define ATC_NO_NAMES 0
#endif

/* Define to 1 to refuse a line whose values are outside the spec (range, length, allowed values,
 * extra fields) as an error, instead of decoding it with a warning. */
#ifndef ATC_STRICT_VALUES
#define ATC_STRICT_VALUES 0
#endif

/* Linkage of every atc function; define as `static` to keep a single-header codec private. */
#ifndef ATC_API
#define ATC_API
#endif

/* Settings the parser's layout cannot hold fail here, not at run time: lengths and offsets in the
 * line buffer are uint16_t, profile and state counts uint8_t. */
#if ATC_MAX_LINE < 16 || ATC_MAX_LINE > 65535
#error "ATC_MAX_LINE must be 16..65535 (lengths and offsets in the line buffer are 16-bit)"
#endif
#if ATC_MAX_PROFILES < 1 || ATC_MAX_PROFILES > 255
#error "ATC_MAX_PROFILES must be 1..255"
#endif
#if ATC_STATE_BYTES < 1 || ATC_STATE_BYTES > 255
#error "ATC_STATE_BYTES must be 1..255"
#endif
#if ATC_MAX_AWAIT < 1 || ATC_MAX_AWAIT > 255
#error "ATC_MAX_AWAIT must be 1..255"
#endif

/* ---- End of settings. ---- */

/* Kept out of line so that a caller's frame does not carry a rare path's locals (stack depth). */
#if defined(__GNUC__)
#define ATC__NOINLINE __attribute__((noinline))
#else
#define ATC__NOINLINE
#endif

#define ATC_VERSION_MAJOR 0
#define ATC_VERSION_MINOR 2
#define ATC_VERSION_PATCH 0
#define ATC_VERSION "0.2.0"

/* Bumped whenever the tables below change shape; every generated file checks it. */
#define ATC_RUNTIME_VERSION 3

#include <stddef.h>
#include <stdint.h>
#include <stdbool.h>

#ifdef __cplusplus
extern "C" {
#endif

/* A view of bytes: into the caller's input or the parser's line buffer (decoded strings are
 * unescaped in place). Valid only during the callback that receives it: copy what you keep.
 * Not NUL-terminated. */
typedef struct atc_str {
    const char *ptr;
    uint16_t len;
} atc_str;

/* An atc_str of a string literal, in C and C++: ATC_STR("TCP"). */
#define ATC_STR(lit) atc_str_make((lit), (uint16_t)(sizeof(lit) - 1))

/* Stable error numbers: never renumbered, only appended. The same codes name warnings: a value
 * outside the spec that did not stop the line from decoding as its message. */
typedef enum atc_err {
    ATC_OK = 0,
    ATC_ERR_LINE_TOO_LONG = 1,    /* line (with its fields and message) larger than ATC_MAX_LINE */
    ATC_ERR_MALFORMED = 2,        /* known head, but the fields do not fit the message's syntax */
    ATC_ERR_RANGE = 3,            /* integer outside the spec's range or enumeration */
    ATC_ERR_TOO_LONG = 4,         /* string longer than the spec's max_len, or list longer than its max */
    ATC_ERR_VALUE = 5,            /* string or tag not among the spec's allowed values */
    ATC_ERR_LENGTH = 6,           /* announced payload length out of the spec's range */
    ATC_ERR_TRUNCATED = 7,        /* payload cut short by the end of input */
    ATC_ERR_BAD_CHAR = 8,         /* encoder: CR, LF or NUL in a string */
    ATC_ERR_MISSING = 9,          /* encoder: mandatory field absent; decoder: a test-form answer
                                     with fewer fields than its syntax */
    ATC_ERR_NO_SPACE = 10,        /* encoder: output buffer too small (nothing written past it) */
    ATC_ERR_UNKNOWN_MESSAGE = 11, /* encoder: message id not in the profile */
    ATC_ERR_BINARY = 12,          /* NUL or other control byte inside a line */
    ATC_ERR_EXTRA = 13,           /* more fields than the syntax has (kept in raw) */
    ATC_ERR_CONTEXT = 14,         /* an answer to a command form that is not pending */
    ATC_ERR_WIDTH = 15,           /* integer too large for its C type */
    ATC_ERR_AWAIT_FULL = 16,      /* warning on a final result: its command's completion URC cannot be
                                     awaited, ATC_MAX_AWAIT others are awaited already */
    ATC_ERR__COUNT
} atc_err;

/* An atc_str of n bytes at s, and of a NUL-terminated C string. */
ATC_API atc_str atc_str_make(const char *s, uint16_t n);
ATC_API atc_str atc_str_c(const char *s);

ATC_API const char *atc_err_name(atc_err err);   /* "ATC_ERR_RANGE" */
ATC_API const char *atc_err_reason(atc_err err); /* "integer out of range" ("" if stripped) */

typedef enum atc_kind {
    ATC_KIND_COMMAND = 0,
    ATC_KIND_RESPONSE = 1,
    ATC_KIND_FINAL = 2,
    ATC_KIND_INTERMEDIATE = 3,
    ATC_KIND_URC = 4,
    ATC_KIND_DATA = 5,
    ATC_KIND_UNKNOWN = 6,
    ATC_KIND_ERROR = 7
} atc_kind;

typedef enum atc_form { ATC_FORM_NONE = 0, ATC_FORM_TEST, ATC_FORM_READ, ATC_FORM_SET, ATC_FORM_EXEC } atc_form;

typedef enum atc_dir { ATC_DIR_RX = 0, ATC_DIR_TX = 1 } atc_dir;

typedef enum atc_type {
    ATC_T_LITERAL = 0, /* keyword fixed by the syntax, not stored */
    ATC_T_INT,         /* int32_t (uint32_t where the spec's range needs it) */
    ATC_T_HEX,         /* int32_t, written 0x... */
    ATC_T_STRING,      /* atc_str, quoted on the wire with \ escapes (a bare spelling is read too) */
    ATC_T_TOKEN,       /* atc_str, unquoted, no comma (a quoted spelling is read too) */
    ATC_T_TEXT,        /* atc_str, unquoted rest of the line */
    ATC_T_SUPPORTED,   /* atc_str, raw test-form answer: (list), "string" or token */
    ATC_T_FLOAT,       /* atc_str, the decimal text as written: 1.88 (see atc_parse_float) */
    ATC_T_DYNAMIC      /* atc_str, typed by an earlier field: see atc_field_type() */
} atc_type;

/* ---- Tables (written by the generator through the macros at the end of this header) ---- */

/* atc_field_desc.type: the atc_type in the low nibble, these flags in the high one. */
enum {
    ATC_F_OPTIONAL = 0x10, /* has a has_<name> flag */
    ATC_F_LIST = 0x20,     /* <v>...: up to max_count values, the count in the uint8_t at `has` */
    ATC_F_EMPTY = 0x40,    /* may be empty between two commas (then has_<name> is false) */
    ATC_F_INDEX = 0x80     /* glued to the command name: AT+SOCK<m><n> */
};
#define ATC_TYPE_OF(f) ((atc_type)((f)->type & 0x0F))

/* One field of a message: 6 bytes. What varies little (ranges, allowed values, lengths, formats)
 * is shared between fields in the profile's atc_field_info table. */
typedef struct atc_field_desc {
    uint8_t type;        /* atc_type | ATC_F_* */
    uint8_t has;         /* offset of has_<name> (optional) or of <name>_count (list) */
    uint16_t offset;     /* offset of the value in the message struct */
    uint16_t info;       /* index into atc_profile.infos */
} atc_field_desc;

enum {
    ATC_FMT_WIDTH = 0x0F, ATC_FMT_LOWER = 0x10, ATC_FMT_UPPER_X = 0x20, /* HEX */
    ATC_FMT_IPV4 = 0x40, ATC_FMT_IPV6 = 0x80                           /* strings, tokens */
};

/* What a field accepts, shared by every field that accepts the same. */
typedef struct atc_field_info {
    uint16_t max_len;    /* strings: longest value, 0 = bounded only by the line */
    uint16_t ranges;     /* index into atc_profile.ints of nranges [lo, hi] pairs */
    uint16_t values;     /* index into atc_profile.strs of nvalues allowed strings (LITERAL: its text;
                            DYNAMIC: ndyn (value, atc_type) pairs in ints) */
    uint16_t label;      /* offset in atc_profile.text of a label written before the value, 0: none */
    uint8_t nranges;     /* 0 = any value */
    uint8_t nvalues;
    uint8_t fmt;         /* ATC_FMT_* */
    uint8_t flags;       /* ATC_I_* */
    int8_t type_from;    /* DYNAMIC: the field (of the same message) whose value chooses the type */
    uint8_t max_count;   /* LIST: how many values the struct holds */
} atc_field_info;

enum {
    ATC_I_UNSIGNED = 1,  /* the C type is uint32_t */
    ATC_I_CASE = 2,      /* allowed values and keywords compare with regard to case */
    ATC_I_VERBOSE = 4,   /* an error code that may also be written as its table's text (the text
                            is kept in the atc_str at the field's `has` offset) */
    ATC_I_FIXED = 8,     /* <name=value>: the value selects the message */
    ATC_I_PLAIN = 16,    /* a plain integer or string: no label, format, allowed values or other
                            rule beyond a range or a length (the converter's fast path) */
    ATC_I_GROUP = 32,    /* a list of the repeated group (<a>,<b>)... that ends the syntax: its
                            values come in turns with the other members', all with one count */
    ATC_I_REST = 64      /* a string that, written bare, runs to the line's end, commas included
                            (+CCLK: 18/01/30,09:17:55+32, as modules print it) */
};

enum {
    ATC_M_MULTI = 1,             /* may repeat before the final result */
    ATC_M_ENTERS_DATA = 2,       /* enters transparent mode */
    ATC_M_LEAVES_DATA = 4,       /* ends transparent mode */
    ATC_M_ERROR = 8,             /* a final result that reports failure */
    ATC_M_PROMPT = 16,           /* the '> ' data prompt */
    ATC_M_CONTEXT = 32,          /* matches only while a command it answers is pending */
    ATC_M_PAYLOAD_AFTER_OK = 64, /* the announced bytes follow the next OK line */
    ATC_M_ENDS_COMMAND = 128,    /* an answer that is also the final result (USR "+OK=...") */
    ATC_M_OWN_OK = 256,          /* a report followed by an OK of its own, not the pending command's */
    ATC_M_TEST_ANSWER = 512,     /* answers a test form: missing and extra fields are tolerated */
    ATC_M_VARIABLE = 1024,       /* ends in a list, a tagged set or text: takes any number of fields */
    ATC_M_PAYLOAD = 2048,        /* announces a payload: see atc_profile.payloads */
    ATC_M_SETS_STATE = 4096,     /* a command that sets session state: see atc_profile.effects */
    ATC_M_RESTART = 8192,        /* a URC the module prints when it (re)starts: what was in flight is lost */
    ATC_M_AWAITS = 16384         /* a command form with completion rules: see atc_profile.completions */
};

/* A condition on the session state: state `state` (cell `index` of it, or the cell chosen by
 * field `field` of the message for indexed state) equals `value`. Conditions come in lists: a
 * list holds when any of its groups holds, a group when all its conditions do (`last` ends a
 * group). */
typedef struct atc_cond {
    uint8_t state;
    int8_t field;        /* -1: not indexed */
    uint8_t value;
    uint8_t last;        /* 1: ends its group; 2: ends the list */
} atc_cond;

/* One rule of a command's data phase; the first rule whose condition holds applies. */
typedef struct atc_prompt_desc {
    int8_t when_field;      /* condition on this field, -1: always */
    uint8_t when_kind;      /* 0 always, 1 equals when_value, 2 present, 3 absent */
    uint8_t none;           /* the rule says: no data phase */
    uint8_t after_ok;       /* the data follows the OK result instead of a '>' prompt */
    int32_t when_value;
    int8_t length_field;    /* field giving the data length, -1: ends at the terminator */
    int16_t cancel;         /* byte cancelling it (Esc), -1: none */
    uint16_t terminator;    /* offset in atc_profile.text of the bytes ending variable-length data */
    uint16_t max_len;
    uint16_t hex;           /* index into conds: when the data is written as hex (twice as long),
                               0xFFFF: never */
    uint8_t echo_state;     /* the state saying whether the module echoes the data (then it is in
                               the stream), 0xFF: the data is always in the stream */
} atc_prompt_desc;

/* What a payload-announcing message says about its bytes. */
typedef struct atc_payload_desc {
    int8_t field;           /* the field that gives the length */
    uint8_t inline_after;   /* with `inline_when`: the data follows on the line after this field */
    uint16_t max_len;
    uint16_t when;          /* index into conds: the payload follows only then, 0xFFFF: always */
    uint16_t inline_when;   /* index into conds: the data is on the header line, 0xFFFF: never */
    uint16_t hex_when;      /* index into conds: the data is written as hex, 0xFFFF: never */
} atc_payload_desc;

/* What decoding a command (echoed or atc_sent) does to the session state. */
typedef struct atc_effect {
    uint16_t msg;           /* the command form */
    uint8_t state;
    int8_t field;           /* the field whose value is stored, -1: store `value` */
    int8_t index_field;     /* indexed state: the field choosing the cell, -1: none */
    uint8_t value;
    uint8_t on;             /* bit 0: at its OK (else when the command is decoded); bit 1: `value`
                               is stored when `field` is absent */
} atc_effect;

typedef struct atc_msg_desc {
    uint8_t kind;           /* atc_kind */
    uint8_t form;           /* atc_form, commands only */
    uint16_t flags;         /* ATC_M_* */
    uint16_t fields;        /* index of the first field in atc_profile.fields */
    uint16_t shapes;        /* index of the first shape in atc_profile.shapes */
    uint16_t size;          /* sizeof the message struct */
    uint16_t answers;       /* responses: index of the command forms it answers in atc_profile.ids;
                               commands: index of their prompt rules in atc_profile.prompts */
    uint16_t extra;         /* payload messages: index into atc_profile.payloads */
    uint8_t nfields;
    uint8_t nshapes;
    uint8_t nanswers;       /* responses: command forms; commands: prompt rules */
    uint8_t nindex;         /* fields glued to the command name (AT+SOCK<m><n>) */
    int8_t tag_first;       /* first field of a tagged set {"A",<a> | ...}, -1: none */
    uint8_t max_count;      /* the most values a shape reads; 255: any (a list, a tagged set, text) */
} atc_msg_desc;

/* How long a stage of a command may take: `ms`, or the value of field `field` of the command
 * times `unit_ms` when the command has that field (AT+QICLOSE=<connectID>,<timeout>). */
typedef struct atc_timing {
    uint32_t ms;
    uint16_t cmd;           /* the command form (timings: its final result) */
    uint16_t unit_ms;
    int8_t field;           /* -1: always ms */
} atc_timing;

/* The part a URC line plays for a command awaiting its completion. */
enum {
    ATC_AWAIT_ENDS = 0,     /* it completes the command (or begins the COUNTED lines it announces) */
    ATC_AWAIT_PROGRESS = 1, /* it belongs to the command, which goes on (+MIPLEVENT: 0,4 before 0,6) */
    ATC_AWAIT_REPLY = 2,    /* it belongs to the command a counted number of times, then ends it
                               (+QPING replies, then the summary) */
    ATC_AWAIT_COUNTED = 3   /* lines after the ENDS line, as many as it says; the last one ends it */
};

/* One line a completion rule waits for. */
typedef struct atc_await_part {
    uint16_t urc;           /* the URC */
    uint16_t values;        /* index into atc_profile.ints of nvalues [lo, hi] pairs */
    int8_t key;             /* the URC's field that repeats the command's key, -1: not correlated */
    int8_t value_field;     /* the URC's field whose value must be among `values`, -1: any */
    int8_t count_field;     /* ENDS: the field saying how many COUNTED lines follow, -1: none */
    uint8_t nvalues;
    uint8_t role;           /* ATC_AWAIT_* */
} atc_await_part;

/* A completion rule: the URC lines that complete a command form after its final result (its OK
 * only means "accepted"). The first rule of a form whose conditions hold applies. */
typedef struct atc_completion {
    uint32_t ms;            /* how long the URC may take (see atc_timing); restarts at each line of it */
    uint16_t cmd;           /* the command form */
    uint16_t parts;         /* index into atc_profile.await_parts of nparts lines */
    uint16_t key_resp;      /* the answer whose field key_field gives the key, ATC_NO_MSG: the command's */
    uint16_t when;          /* index into conds: the session state the rule needs, 0xFFFF: any */
    uint16_t cmd_conds;     /* index into ints of ncmd_conds (field, lo, hi, unless) rows on the
                               command's fields: each `when` field present within one of its rows,
                               no `unless` row holding */
    uint16_t count_default; /* REPLY: the number of replies when count_field is absent */
    uint16_t unit_ms;
    int8_t key_field;       /* the field whose value the URC repeats, -1: not correlated */
    int8_t count_field;     /* REPLY: the command's field giving the number of replies, -1: the default */
    int8_t ms_field;
    uint8_t nparts;
    uint8_t ncmd_conds;
} atc_completion;

/* A field-presence shape: which fields a syntax alternative has, and how many values it reads. */
typedef struct atc_shape {
    uint32_t mask;
    uint8_t count;          /* values on the wire (index fields not counted; a list or tagged set
                               counts its first) */
    uint8_t open;           /* 1: it ends in a list, a tagged set or text, which take any more;
                               2: it ends in text, which may also be empty (one value fewer);
                               3: its one value may be empty and left out (AT+CCLK=): none or one */
} atc_shape;

/* A line head ("AT+QIOPEN" ending in '=', "+QIURC" in ':', "OK" alone) or a keyword variant
 * under one ("recv" after "+QIURC:"). Its candidate messages are listed responses first, then
 * URCs and results, then commands (the order in which they are tried). */
typedef struct atc_head {
    uint16_t text;          /* offset in atc_profile.keys of the (upper case) text */
    uint16_t next;          /* next head in the same hash chain, 0xFFFF: none */
    uint16_t cands;         /* index into atc_profile.ids of the candidate messages */
    uint16_t parent;        /* keywords: the head they follow; heads: 0xFFFF */
    uint8_t len;
    uint8_t term;           /* ATC_TERM_* the head ends with; keywords: ATC_TERM_KEYWORD */
    uint8_t flags;          /* ATC_H_* */
    uint8_t ncands;
    uint8_t nresp;          /* how many candidates are responses */
    uint8_t nrest;          /* ... and URCs and results; the rest are commands */
} atc_head;

enum {
    ATC_TERM_EOL = 0, ATC_TERM_COLON = 1, ATC_TERM_EQUAL = 2, ATC_TERM_QUERY = 3, ATC_TERM_TEST = 4,
    ATC_TERM_KEYWORD = 5, ATC_TERM_COMMA = 6, ATC_TERM_HEADLESS = 7
};
enum {
    ATC_H_KEYWORDS = 1,     /* keyword variants follow this head */
    ATC_H_GLUED = 2,        /* indexes are glued to the text (AT+SOCKA1, AT+UART1) */
    ATC_H_GLUED_VALUE = 4   /* the first field is glued to the text (+ERR3) */
};

/* One step of the handshake that leaves passthrough (USR: the module's a, the host's a, +OK). */
typedef struct atc_step {
    uint16_t msg;           /* the message the step is */
    uint16_t text;          /* offset in atc_profile.text of its bytes (matched without regard to case) */
    uint8_t optional;       /* 1: absent from a stream of the module's output alone (the host's a) */
} atc_step;

typedef struct atc_parser atc_parser;

/* Names, for tools; absent with ATC_NO_NAMES. */
typedef struct atc_names {
    const char *text;             /* NUL-separated names */
    const uint16_t *msg;          /* per message: offset of its wire/JSON name */
    const uint16_t *variant;      /* per message: offset of its variant keyword, 0: none */
    const uint16_t *field;        /* per field of atc_profile.fields: offset of its name */
    const uint16_t *syntax;       /* per message: offset of its syntax as the document writes it */
    const uint32_t *timeout_ms;   /* per message: maximum response time (commands), 0: not stated */
} atc_names;

typedef struct atc_profile {
    const char *name;
    const atc_msg_desc *msgs;
    const atc_field_desc *fields;
    const atc_field_info *infos;
    const atc_shape *shapes;
    const uint16_t *ids;          /* message ids: answers and head candidates */
    const int32_t *ints;          /* ranges and dynamic types */
    const uint16_t *strs;         /* offsets in text of allowed values and literals */
    const char *text;             /* NUL-separated strings: values, literals, labels, terminators */
    const atc_head *heads;
    const uint16_t *slots;        /* hash slot -> first head, 0xFFFF: empty */
    const char *keys;             /* head texts, upper case */
    const atc_prompt_desc *prompts;
    const atc_payload_desc *payloads;
    const atc_cond *conds;
    const atc_effect *effects;
    const uint16_t *prefixes;     /* per message: offset in text of its wire prefix (encoders) */
    const atc_names *names;       /* NULL with ATC_NO_NAMES */
    uint16_t nmsgs;
    uint16_t neffects;
    uint8_t slot_bits;
    uint8_t flags;                /* ATC_P_* */
    uint8_t state_bytes;          /* session state this profile keeps */
    uint8_t nstates;
    const uint8_t *states;        /* per state: first cell, cells, default value */
    uint16_t escape;              /* offset in text of what ends transparent mode from the host ("+++"), 0: none */
    uint16_t leave;               /* index into strs of the module lines ending transparent mode */
    uint8_t nleave;
    uint8_t dialect;              /* 0 V.250, 1 USR */
    uint16_t msg_prompt;          /* id of the PROMPT result, or ATC_NO_MSG */
    uint16_t msg_ok;              /* id of the OK result, or ATC_NO_MSG */
    uint16_t headless;            /* index into heads of the answers without a head, 0xFFFF: none */
    uint8_t nstate_cells;
    /* passthrough (USR): the device passes data through until the escape and its handshake */
    uint8_t passthrough_state;    /* the state "the device passes data through", 0xFF: none */
    uint16_t enter_cmd;           /* the command whose OK enters passthrough (AT+ENTM), or ATC_NO_MSG */
    uint16_t escape_cmd;          /* the escape command (+++), or ATC_NO_MSG */
    const atc_step *handshake;    /* the steps after the escape */
    uint8_t nhandshake;
    const uint16_t *replies;      /* per command form: its answers, [count, ids...] in ids, 0xFFFF:
                                     none; NULL unless a head has many answers (USR +OK=) */
    /* what completes a command, and how long it may take (runtime/atc_engine.c) */
    const atc_completion *completions;   /* sorted by command */
    const atc_await_part *await_parts;
    const atc_timing *timings;    /* commands whose document states a response time, sorted */
    uint16_t ncompletions;
    uint16_t ntimings;
    uint32_t final_ms;            /* a final result, where the document states no time */
    uint32_t prompt_ms;           /* the '>' prompt (and the data phase) */
    uint32_t completion_ms;       /* a completion URC, where its rule states no time */
} atc_profile;

enum { ATC_P_GLUED = 1, ATC_P_HEADLESS = 2, ATC_P_JOINED = 4 /* commands joined by ';' (V.250 5.2.1) */ };

/* What the callbacks see. */
typedef struct atc_event {
    const atc_profile *profile;   /* whose message this is (NULL for unknown lines and data) */
    uint8_t kind;                 /* atc_kind */
    uint8_t dir;                  /* atc_dir */
    uint16_t id;                  /* message id in profile, ATC_NO_MSG for unknown lines */
    const atc_msg_desc *desc;     /* NULL when id is ATC_NO_MSG */
    const void *msg;              /* the decoded struct; cast by id (C++: see atc_event_msg) */
    atc_str raw;                  /* the line as received (decoded messages: strings unescaped in it) */
    atc_err error;                /* kind ERROR: why */
    atc_err warning;              /* a decoded message with a value outside the spec: the first one */
    uint8_t field;                /* the field (index in the message) the error or warning is about,
                                     ATC_NO_FIELD: none or not known */
    uint8_t completes;            /* 1: this line completes `command`: its final result, or the URC
                                     its completion rule waits for (+QIOPEN: 0,0 after OK) */
    uint16_t command;             /* the command form (an id in command_profile) this line belongs
                                     to: its answers, prompt, final result, and the URCs of its
                                     completion rule; ATC_NO_MSG: none */
    const atc_profile *command_profile; /* whose id `command` is (with several profiles, an OK of one
                                     may end a command of another), NULL: none */
} atc_event;

#define ATC_NO_MSG 0xFFFFu
#define ATC_NO_FIELD 0xFFu

typedef enum atc_data_end {
    ATC_DATA_COMPLETE = 0,   /* announced or prompted length reached */
    ATC_DATA_SUBMIT = 1,     /* prompt payload ended by the terminator byte (Ctrl+Z) */
    ATC_DATA_CANCEL = 2,     /* prompt payload cancelled (Esc) */
    ATC_DATA_ESCAPE = 3,     /* transparent mode left by the escape sequence (+++) */
    ATC_DATA_CARRIER = 4,    /* transparent mode left by the module (NO CARRIER) */
    ATC_DATA_TRUNCATED = 5,  /* atc_finish() in the middle of a payload */
    ATC_DATA_UNTERMINATED = 6 /* prompt data without its terminator, ended by the command's result */
} atc_data_end;

/* Callbacks; any may be NULL.
 *
 * on_event: one per line (command echo, response, result, URC, unknown, error).
 * on_data: raw payload bytes, in as many pieces as the input was fed in. A payload announced by a
 *   header (+QIRD: n) belongs to the last on_event; prompt payloads and transparent-mode bytes
 *   stand alone (dir tells who sent them). NOTE: a payload MAY BE SPLIT ACROSS CALLS at any byte.
 * on_data_end: the payload is over, and how. */
typedef struct atc_callbacks {
    void (*on_event)(atc_parser *p, const atc_event *ev);
    void (*on_data)(atc_parser *p, atc_dir dir, const char *data, size_t len);
    void (*on_data_end)(atc_parser *p, atc_dir dir, atc_data_end how);
} atc_callbacks;

enum atc_mode { ATC_MODE_LINES = 0, ATC_MODE_PAYLOAD, ATC_MODE_PROMPT, ATC_MODE_TRANSPARENT, ATC_MODE_HANDSHAKE };

/* The line buffer: aligned for the message struct that is built in it. */
typedef union atc__line_buf {
    char bytes[ATC_MAX_LINE];
    void *align_ptr;
    uint32_t align_u32;
} atc__line_buf;

/* A command awaiting its completion URC (see atc_completion). */
typedef struct atc__await {
    int32_t key;                         /* the value the URC must repeat (ATC__A_KEYED) */
    uint16_t left;                       /* REPLY: replies still due; COUNTED: lines still to come */
    uint8_t rule;                        /* index into the profile's completions (at most 255) */
    uint8_t flags;                       /* ATC__A_*, and the profile in bits 5-7 */
} atc__await;
#define ATC__A_K(a) ((uint8_t)((a)->flags >> 5))
/* a command of a joined line: its id and its profile (message ids are below 8192: gen/tables.py) */
#define ATC__JOINED(id, k) ((uint16_t)((unsigned)(id) | ((unsigned)(k) << 13)))
#if ATC_MAX_PROFILES > 8
#error "ATC_MAX_PROFILES is at most 8"
#endif
enum {
    ATC__A_ARMED = 1,    /* (the pending command's rule) it applies */
    ATC__A_KEYED = 2,    /* key holds the value to match */
    ATC__A_WANTS_KEY = 4,/* the key comes in an answer not seen yet */
    ATC__A_COUNTING = 8, /* the COUNTED lines are coming */
    ATC__A_DONE = 16     /* (the pending command's rule) its URC came before the final result */
};

/* The parser state. The caller owns it (static, global or on its stack); no field is public API
 * except user. */
struct atc_parser {
    void *user;                          /* for the caller */
    const atc_callbacks *cb;
    const atc_profile *profiles[ATC_MAX_PROFILES];
    /* the line being scanned (runtime/atc_scan.rl) */
    uint32_t acc;                        /* the value of the current number */
    uint16_t len;                        /* bytes of this line kept in line[] (a line in pieces) */
    uint16_t ntok;                       /* fields so far */
    uint16_t tok_at;                     /* where the current field begins */
    uint8_t cs;                          /* scanner state */
    uint8_t lflags;                      /* ATC__L_* */
    uint8_t term;                        /* what ended the first token (ATC_TERM_*) */
    uint8_t mode;                        /* enum atc_mode */
    uint8_t nprofiles;
    uint8_t pending_profile;             /* index of the pending command's profile */
    uint16_t pending;                    /* command form awaiting its final result */
    uint16_t joined[2];                  /* earlier commands of a line joined by ';' (id | profile
                                            << 13: ATC__JOINED), answered until the final result of ... */
    uint16_t joined_for;                 /* ... this pending command (else not in force) */
    uint16_t replay_at, replay_len;      /* a line of joined commands waiting in line[] to be
                                            scanned again, one command at a time (0: none) */
    uint8_t pflags;                      /* ATC__P_* */
    uint8_t hold;                        /* bytes of an end marker held back (transparent, prompt data) */
    uint8_t hold_which;                  /* ... of which marker */
    uint8_t mode_profile;                /* profile whose rule began the data mode */
    uint16_t prompt_rule;                /* pending data phase: index into the profile's prompts */
    uint32_t left;                       /* payload or fixed-length data bytes still to come */
    uint16_t prompt_len;                 /* fixed data length of the pending data phase */
    uint16_t await_ok_payload;           /* bytes announced to follow the next OK line */
    uint8_t state[ATC_STATE_BYTES];      /* session state, 2 bits a cell */
    uint8_t nlater;                      /* state changes the pending command makes at its OK */
    uint8_t later[2][3];                 /* ... (state, cell, value) */
    uint8_t nawait;                      /* commands awaiting their completion URC (await[]) */
    atc__line_buf line;
    /* completion URCs: the pending command's rule, and the commands awaiting theirs, oldest first */
    atc__await next;
    atc__await await[ATC_MAX_AWAIT];
};

/* The settings that change the parser's layout are part of atc_init's name, so that a library
 * built with other settings than the code that uses it fails to link (undefined reference to
 * atc_init_L512_P1_S8, say) instead of writing past the caller's parser. */
#define ATC__NAME3(f, l, p, s, a) f##_L##l##_P##p##_S##s##_A##a
#define ATC__NAME(f, l, p, s, a) ATC__NAME3(f, l, p, s, a)
#define atc_init ATC__NAME(atc_init, ATC_MAX_LINE, ATC_MAX_PROFILES, ATC_STATE_BYTES, ATC_MAX_AWAIT)
#define atc_init_multi ATC__NAME(atc_init_multi, ATC_MAX_LINE, ATC_MAX_PROFILES, ATC_STATE_BYTES, ATC_MAX_AWAIT)

/* Set up a parser for a profile (e.g. &atc_quectel_tcpip_profile). */
ATC_API void atc_init(atc_parser *p, const atc_profile *profile, const atc_callbacks *cb, void *user);

/* Set up a parser that decodes several profiles at once (at most ATC_MAX_PROFILES). A line is
 * given the meaning of the first profile, in this order, that decodes it; docs/reference/
 * conflicts.md lists the lines that two profiles read differently. Returns 0, or -1 if n is 0,
 * larger than ATC_MAX_PROFILES, or the profiles' state does not fit ATC_STATE_BYTES. */
ATC_API int atc_init_multi(atc_parser *p, const atc_profile *const *profiles, uint8_t n,
                           const atc_callbacks *cb, void *user);

/* Feed bytes. Consumes all of them, calls back as messages complete, never blocks. */
ATC_API void atc_feed(atc_parser *p, const char *data, size_t len);

/* End of input: reports a line without terminator and a payload cut short. */
ATC_API void atc_finish(atc_parser *p);

/* Tell the parser a command was sent (when the module does not echo), so that answers, prompts
 * and payloads get their meaning. msg is the command's struct. A command told this way means
 * the stream holds only what the module sends: after a '>' prompt the host's data is taken to
 * be in it only if the module echoes it (the profile's data-echo state, see atc_set_state). */
ATC_API void atc_sent(atc_parser *p, uint16_t id, const void *msg);
/* The same for a parser with several profiles: which profile the command id belongs to. */
ATC_API void atc_sent_in(atc_parser *p, const atc_profile *profile, uint16_t id, const void *msg);

/* Forget the pending command (e.g. after a timeout). */
ATC_API void atc_reset_pending(atc_parser *p);

/* Forget that command form `id` of `profile` awaits its completion URC (it timed out, or was
 * given up): its URC, if it comes later, is a plain URC. Returns how many awaits were dropped. */
ATC_API int atc_drop_await(atc_parser *p, const atc_profile *profile, uint16_t id);
/* How many commands await their completion URC. */
ATC_API uint8_t atc_awaiting(const atc_parser *p);

/* Session state (settings that change the wire): the generated header names each state
 * (ATC_<PROFILE>_STATE_<NAME>) and its values. `index` picks the cell of indexed state (the
 * access mode of socket 3), 0 otherwise. ATC_STATE_UNKNOWN: not known (the spec's default
 * applies). Decoding the command that sets a state updates it. */
#define ATC_STATE_UNKNOWN 3
ATC_API void atc_set_state(atc_parser *p, const atc_profile *profile, uint8_t state, uint8_t index,
                           uint8_t value);
ATC_API uint8_t atc_get_state(const atc_parser *p, const atc_profile *profile, uint8_t state,
                              uint8_t index);

/* Encoding. Writes the message's wire form (commands end in CR; module-side lines are framed
 * CR LF ... CR LF) into buf, up to cap bytes. buf may be NULL to count only. On success *len is the
 * length; on ATC_ERR_NO_SPACE nothing past buf[cap-1] was written. */
enum { ATC_FRAME_WIRE = 0, ATC_FRAME_NONE = 1 };
ATC_API atc_err atc_encode(const atc_profile *profile, uint16_t id, const void *msg, int frame,
                           char *buf, size_t cap, size_t *len);

/* The fields of a message, and what a field accepts. */
ATC_API const atc_field_desc *atc_msg_fields(const atc_profile *profile, uint16_t id);
ATC_API const atc_field_info *atc_field_info_of(const atc_profile *profile, const atc_field_desc *f);
/* The k-th [lo, hi] range of an integer field (uint32_t fields: cast lo and hi to uint32_t). */
ATC_API void atc_field_range(const atc_profile *profile, const atc_field_desc *f, uint8_t k,
                             int32_t *lo, int32_t *hi);
/* The k-th allowed value of a string field, or a literal's text (NUL-terminated). */
ATC_API const char *atc_field_value(const atc_profile *profile, const atc_field_desc *f, uint8_t k);
/* Names ("" with ATC_NO_NAMES): the message's wire name (QIURC), its variant keyword (NULL if it
 * has none), a field's snake_case name. */
ATC_API const char *atc_msg_name(const atc_profile *profile, uint16_t id);
ATC_API const char *atc_msg_variant(const atc_profile *profile, uint16_t id);
ATC_API const char *atc_field_name(const atc_profile *profile, uint16_t id, uint8_t field);
/* The field announcing a payload after the line (+QIRD: <len>), or -1. */
ATC_API int atc_msg_payload_field(const atc_profile *profile, uint16_t id);
/* The message's syntax as its document writes it: AT+QIOPEN=<contextID>,<connectID>,... */
ATC_API const char *atc_msg_syntax(const atc_profile *profile, uint16_t id);

/* The type a field has in a given message: for DYNAMIC fields, the one its type_from field
 * chooses (ATC_T_DYNAMIC itself if that value is not in the table or the field is absent). */
ATC_API atc_type atc_field_type(const atc_profile *profile, uint16_t id, uint8_t field, const void *msg);

/* Is the (optional) field present in the message struct? Lists: its count. */
ATC_API int atc_field_present(const atc_field_desc *f, const void *msg);

/* A FLOAT field's text as a double (no locale, no stdio). */
ATC_API double atc_parse_float(atc_str s);

/* Lookup helper for tools: the first message after `after` (ATC_NO_MSG: from the start) of that
 * kind, name, variant and (commands) form. */
ATC_API uint16_t atc_find_msg(const atc_profile *prof, atc_kind kind, const char *name,
                              const char *variant, atc_form form, uint16_t after);

/* ---- Internal, used by the runtime's own files and the generated tables. ---- */

/* A field of the current line, stored from the top of the line buffer down: 8 bytes. */
typedef struct atc__tok {
    uint16_t at;         /* offset in the line */
    uint16_t len_cls;    /* length (bits 0-11) and ATC__C_* class (bits 12-15) */
    uint32_t val;        /* numbers: the value read as the digits went by */
} atc__tok;

enum {
    ATC__C_EMPTY = 0, ATC__C_NUM, ATC__C_NEG, ATC__C_HEX, ATC__C_FLOAT, ATC__C_STR, ATC__C_STR_ESC,
    ATC__C_PAREN, ATC__C_BARE
};
#define ATC__TOK_MAX_LEN 0x0FFF
#define ATC__TOP (ATC_MAX_LINE & ~7)
#define ATC__TOKS(p) ((atc__tok *)(void *)((p)->line.bytes + ATC__TOP))
/* the bytes of a line too long for the buffer that its error event shows (raw), however it
 * arrived: the room below the records of its head and first field */
#define ATC__CUT (ATC__TOP - 2u * (unsigned)sizeof(atc__tok))

enum {
    ATC__L_OVERFLOW = 1,  /* this line outgrew the buffer */
    ATC__L_BINARY = 2,    /* a control byte stopped the scanner */
    ATC__L_ESC = 4,       /* a quoted string with backslash escapes */
    ATC__L_AFTER_CR = 8,  /* the last line ended with CR: a data phase skips one LF */
    ATC__L_LOST = 16,     /* the record of field 0 or 1 (head, keyword) was not stored */
    ATC__L_PROMPT = 32    /* a '>' prompt is expected at a line start */
};
enum {
    ATC__P_SENT = 1,      /* the pending command came from atc_sent: the stream is the module's */
    ATC__P_AFTER_OK = 2,  /* the pending data phase begins after the OK */
    ATC__P_OWN_OK = 4,    /* the next OK belongs to the report before it */
    ATC__P_SKIP_LF = 8,   /* a data phase began right after a CR: skip one LF */
    ATC__P_SPACE = 16,    /* skip one space after '>' */
    ATC__P_HELD_LINE = 32,/* prompt data: a line that may be the command's result is held back */
    ATC__P_SEEN = 64,     /* a line came after the command told with atc_sent (so it is no echo) */
    ATC__P_REPLAY = 128   /* the commands of a line joined by ';' are scanned: each is a command */
};

/* runtime/atc_scan.rl: scans line bytes from data, stops after a line end (having called
 * atc__line_end) when the mode changes, or at a prompt; returns where it stopped. */
ATC_API const char *atc__scan(atc_parser *p, const char *data, const char *end);
ATC_API void atc__scan_reset(atc_parser *p);
ATC_API int atc__scan_idle(const atc_parser *p);   /* between lines */
/* runtime/atc_match.c: a whole line [base, base+len) with p->ntok fields. */
ATC_API void atc__line_end(atc_parser *p, const char *base, uint16_t len);
ATC_API void atc__replay(atc_parser *p); /* the commands of a joined line, one by one */
/* keep [base, base+len) to be scanned again after the scanner returns (atc__replay); 0: no room */
ATC_API int atc__line_joined(atc_parser *p, const char *base, uint16_t len);
ATC_API int atc__reads_as_report(const atc_profile *prof, const char *s, unsigned n);
/* runtime/atc_frame.c */
ATC_API void atc__emit(atc_parser *p, atc_kind kind, uint8_t k, uint16_t id, const void *msg,
                       const char *raw, uint16_t rawlen, atc_err err, atc_err warn, uint8_t field);
ATC_API void atc__data(atc_parser *p, atc_dir dir, const char *data, size_t len);
ATC_API void atc__data_end(atc_parser *p, atc_dir dir, atc_data_end how);
ATC_API void atc__after(atc_parser *p, uint8_t k, uint16_t id, const void *msg, const char *base,
                        uint16_t len, uint16_t data_at);
ATC_API void atc__prompt_begin(atc_parser *p);
ATC_API void atc__own_ok(atc_parser *p);
ATC_API int atc__handshake_line(atc_parser *p, const char *s, uint16_t n);
ATC_API int atc__conds(const atc_parser *p, uint8_t k, uint16_t at, const void *msg, uint16_t id);
ATC_API void atc__effects(atc_parser *p, uint8_t k, uint16_t id, const void *msg, uint8_t on);
/* runtime/atc_frame.c: the first completion rule of command id whose conditions hold for msg, or -1 */
ATC_API int atc__completion(const atc_parser *p, uint8_t k, uint16_t id, const void *msg);
/* runtime/atc_convert.c: fill the struct of message id from the line's fields. */
typedef struct atc__line {
    const char *base;            /* the line's bytes */
    const atc__tok *tok;         /* tok[-i] is field i (stored from the top down) */
    uint16_t len;
    uint16_t first;              /* the first field after the head (and keyword) */
    uint16_t ntok;               /* fields in the line */
    uint16_t nstored;            /* fields stored (the others did not fit) */
    const char *head;            /* the head token (for glued indexes), or NULL */
    uint16_t head_len;
    uint16_t glued;              /* where the glued part of the head begins */
} atc__line;
typedef struct atc__result {
    atc_err err;                 /* a syntax mismatch: the line is not this message */
    atc_err warn;                /* the first value outside the spec */
    uint8_t field;               /* the field of err, or of warn */
    uint8_t reached;             /* how many fields matched before err */
    uint16_t count;              /* a match: how many line fields it read */
    uint8_t loose;               /* a match that needed a tolerant spelling (a bare string, a
                                    quoted number): a candidate written as its syntax says wins */
} atc__result;
enum { ATC__CONV_UNESCAPE = 1, ATC__CONV_TOLERANT = 2 };
/* mode: ATC__CONV_* (tolerant: only extra fields, or a test-form answer's missing ones) */
ATC_API void atc__convert(const atc_profile *prof, uint16_t id, const atc__line *ln, void *msg,
                          int mode, atc__result *r);
ATC_API int atc__ieq(const char *a, const char *b, size_t n);
ATC_API int atc__in_ranges(const atc_profile *prof, const atc_field_info *in, uint32_t v);
ATC_API int atc__get_int(const atc_profile *prof, uint16_t id, const void *msg, int field, int32_t *out);
ATC_API uint8_t atc__state(const atc_parser *p, uint8_t k, uint8_t state, uint8_t index);
ATC_API uint32_t atc__hash(const char *s, size_t n, uint32_t seed);

/* ---- Macros the generated tables are written with (nanopb's FIELDLIST style) ---- */

/* A field of message struct `st`: ATC_FIELD(st, member, type, flags, info). */
#define ATC_FIELD(st, member, type, flags, info) \
    { (uint8_t)((type) | (flags)), 0, (uint16_t)offsetof(st, member), (uint16_t)(info) }
#define ATC_FIELD_OPT(st, member, type, flags, info) \
    { (uint8_t)((type) | (flags)), (uint8_t)offsetof(st, has_##member), (uint16_t)offsetof(st, member), \
      (uint16_t)(info) }
#define ATC_FIELD_LIST(st, member, type, flags, info) \
    { (uint8_t)((type) | (flags)), (uint8_t)offsetof(st, member##_count), (uint16_t)offsetof(st, member), \
      (uint16_t)(info) }
/* An error code that may be printed as its text: the text goes to <member>_text. */
#define ATC_FIELD_VERBOSE(st, member, type, flags, info) \
    { (uint8_t)((type) | (flags)), (uint8_t)offsetof(st, member##_text), (uint16_t)offsetof(st, member), \
      (uint16_t)(info) }
/* A keyword: ATC_LITERAL(info), its text in the info's values. */
#define ATC_LITERAL(info) { ATC_T_LITERAL, 0, 0, (uint16_t)(info) }

#ifdef __cplusplus
}
#endif

#endif /* ATC_H */

/* SPDX-License-Identifier: MIT */
/* The command engine: send a command form, know when and how it ended.
 *
 * On top of the parser: the engine encodes a command from its struct, writes it through the
 * caller's write callback and tells the parser it is pending; streams the command's answers to
 * the command's callback as typed events; writes the payload after its '>' prompt (or after its
 * OK), with the terminator when the length is not fixed; and reports once how it ended: its
 * final result, the URC that its completion rule waits for (AT+QIOPEN -> +QIOPEN: <id>,<err>),
 * an error, a timeout of a stage, a cancel, or a restart of the module. Completion rules and
 * response times come from the spec (docs/spec-format.md, "Completion").
 *
 * One command is in flight; the others wait in a queue whose storage the caller gives. URCs that
 * belong to no command go to the URC callback, in stream order. The engine never blocks, never
 * allocates and keeps no clock: atc_engine_tick(now_ms) drives the timeouts (any monotonic
 * millisecond counter; it may wrap). A superloop, an RTOS task or an interrupt-fed ring buffer
 * can drive it: feed bytes as they come, tick now and then. The caller owns every struct.
 */
#ifndef ATC_ENGINE_H
#define ATC_ENGINE_H

/* (amalgamated: atc.h) */
#ifdef __cplusplus
extern "C" {
#endif

typedef struct atc_engine atc_engine;
typedef struct atc_cmd atc_cmd;

/* How a command ended. */
typedef enum atc_outcome {
    ATC_DONE_OK = 0,      /* its final result was a success: OK, SEND OK, CONNECT, USR +OK[=...] */
    ATC_DONE_URC = 1,     /* the URC its completion rule waits for came (done->ev, with its fields) */
    ATC_DONE_ERROR = 2,   /* a final result reporting failure: ERROR, +CME ERROR, +CMS ERROR, SEND FAIL,
                             NO CARRIER, USR +ERRn (done->code, done->text) */
    ATC_DONE_TIMEOUT = 3, /* a stage ran past its maximum response time (done->stage says which).
                             Reported at once; a final result or '>' still to come is then awaited
                             for the stage's time again (at most the profile's final-result time)
                             before the next command goes out, so that a late OK ends nothing else
                             (a late '>' is answered with the prompt's cancel byte) */
    ATC_DONE_CANCELLED = 4, /* atc_engine_cancel() */
    ATC_DONE_RESTARTED = 5, /* the module restarted: its start-up banner came (done->ev) */
    ATC_DONE_REFUSED = 6  /* never written: it could not be encoded (done->code is the atc_err, e.g.
                             ATC_ERR_NO_SPACE for a line longer than the engine's room) or the write
                             callback failed (done->code -1) */
} atc_outcome;

/* Where a command is. */
typedef enum atc_stage {
    ATC_STAGE_IDLE = 0,   /* not submitted, or done */
    ATC_STAGE_QUEUED = 1, /* waiting for its turn */
    ATC_STAGE_PROMPT = 2, /* written: waiting for the '>' prompt after which its payload goes */
    ATC_STAGE_FINAL = 3,  /* written (with its payload): waiting for its final result */
    ATC_STAGE_URC = 4     /* accepted: waiting for the URC that completes it */
} atc_stage;

typedef struct atc_done {
    atc_outcome how;
    atc_stage stage;      /* the stage it was in (a timeout: the one that ran out) */
    const atc_event *ev;  /* the line that ended it (its result, URC or the banner); NULL otherwise.
                             Valid during the callback only, like every event. */
    int32_t code;         /* ATC_DONE_ERROR: the result's code (+CME ERROR: 10 -> 10, +ERR4 -> 4), -1 if
                             it has none (ERROR); ATC_DONE_REFUSED: see there */
    atc_str text;         /* ATC_DONE_ERROR: the code's text when the module printed it (AT+CMEE=2) */
} atc_done;

/* A command to send. The caller fills the first members and owns the struct, and what msg and
 * data point to, until on_done has been called. */
struct atc_cmd {
    const atc_profile *profile; /* the command's profile; NULL: the engine's first */
    uint16_t id;          /* the command form, e.g. ATC_QUECTEL_TCPIP_AT_QIOPEN_SET */
    const void *msg;      /* its struct (e.g. atc_quectel_tcpip_at_qiopen_set) */
    const char *data;     /* the payload to write after its '>' prompt or its OK (AT+QISEND) */
    size_t data_len;
    uint32_t timeout_ms;  /* 0: each stage takes the spec's time; else this for every stage */
    /* its answers (+QIRD: 4), the progress URCs of its completion rule (+QPING replies), in order */
    void (*on_event)(atc_engine *e, atc_cmd *cmd, const atc_event *ev);
    /* the payload of an answer (the bytes after +QIRD: 4), in pieces */
    void (*on_data)(atc_engine *e, atc_cmd *cmd, const char *data, size_t len);
    /* how it ended: called once */
    void (*on_done)(atc_engine *e, atc_cmd *cmd, const atc_done *done);
    void *user;           /* for the caller */
    uint8_t stage;        /* atc_stage (the engine's) */
};

typedef struct atc_engine_callbacks {
    /* Write bytes to the module; return 0, or -1 if they cannot be written. It may queue them (DMA)
     * but must not feed the engine from inside. */
    int (*write)(atc_engine *e, const char *data, size_t len);
    /* URCs and every other line no command waits for, in stream order (may be NULL). */
    void (*on_urc)(atc_engine *e, const atc_event *ev);
    /* Payload bytes of such a line (+QIURC: "recv",0,4 then the 4 bytes), and the data of
     * transparent mode, in pieces (may be NULL). */
    void (*on_data)(atc_engine *e, const char *data, size_t len);
} atc_engine_callbacks;

typedef struct atc_engine_config {
    const atc_profile *const *profiles; /* the module's profiles (atc_init_multi); the first is the default */
    uint8_t nprofiles;
    const atc_engine_callbacks *cb;
    atc_cmd **queue;      /* room for queue_len commands waiting their turn */
    uint8_t queue_len;
    char *line;           /* room to encode one command line: the longest _MAX_LEN of the commands sent */
    uint16_t line_len;
    void *user;
} atc_engine_config;

/* The engine. The caller owns it; `parser` is public (atc_set_state on it, say), the rest is not. */
struct atc_engine {
    atc_parser parser;    /* decodes what atc_engine_feed is given */
    void *user;
    const atc_engine_callbacks *cb;
    atc_cmd **queue;
    char *line;
    atc_cmd *cur;         /* in flight */
    uint32_t deadline;    /* when the current stage (or the wait after a restart) runs out */
    uint32_t wait_ms;     /* the time of the stage just begun, from the next tick on */
    uint16_t line_len;
    uint16_t id;          /* the current command form (also while its final result is to pass) */
    uint8_t queue_len, qcount;
    uint8_t flags;        /* ATC__E_* */
    uint8_t k;            /* the current command's profile */
};

/* Set up an engine; returns 0, or -1 if the profiles do not fit the parser's settings. */
ATC_API int atc_engine_init(atc_engine *e, const atc_engine_config *cfg);

/* Bytes from the module, as they come. Answers and URCs are reported from inside. */
ATC_API void atc_engine_feed(atc_engine *e, const char *data, size_t len);

/* The time now, in ms (wrap-safe): ends the stages that ran out, then sends what is queued. */
ATC_API void atc_engine_tick(atc_engine *e, uint32_t now_ms);
/* (A stage's clock starts at the first tick after it began: call it often, a few ms to 100 ms
 * apart; a stage ends late by at most that, never early.) */

/* Queue a command (written at once if nothing is in flight). Returns 0, or -1 if the queue is
 * full or the command is already queued or in flight. May be called from any callback. */
ATC_API int atc_engine_submit(atc_engine *e, atc_cmd *cmd);

/* End a queued or in-flight command with ATC_DONE_CANCELLED. A command whose final result has not
 * come yet keeps the line until it comes (or its stage's time passes), so that a late OK is not
 * taken for the next command's. Returns 0, or -1 if cmd is neither queued nor in flight. */
ATC_API int atc_engine_cancel(atc_engine *e, atc_cmd *cmd);

/* 1 while a command is in flight or queued. */
ATC_API int atc_engine_busy(const atc_engine *e);

/* ---- internal ---- */
enum {
    ATC__E_FEEDING = 1,   /* inside atc_engine_feed: what is queued goes out after it */
    ATC__E_DRAIN = 2,     /* the command has ended; its final result is still to pass */
    ATC__E_BOOTING = 4,   /* the module restarted: wait for the banner's OK before the next command */
    ATC__E_TO_CMD = 8,    /* payload bytes go to the current command (else to the URC callback) */
    ATC__E_ARM = 16,      /* a stage began: its clock starts at the next tick */
    ATC__E_TIMED = 32     /* deadline holds */
};

#ifdef __cplusplus
}
#endif

#endif /* ATC_ENGINE_H */

/* SPDX-License-Identifier: MIT */
/* Generated by atc from spec/ica.yaml (ICA联盟白皮书 AT 指令集规范 (ICA Alliance White Paper, AT Command Set Specification), V0.6 (2018-09-06)).
 * Do not edit: change the spec and run `make generate`. Reference: docs/reference/ica.md */
#ifndef ATC_ICA_PROFILE_H
#define ATC_ICA_PROFILE_H

/* (amalgamated: atc.h) */
#if ATC_RUNTIME_VERSION != 3
#error "generated/ica.h was generated for atc runtime version 3"
#endif
#if ATC_VERSION_MAJOR != 0 || ATC_VERSION_MINOR != 2
#error "generated/ica.h was generated by atc 0.2.0: regenerate it with this runtime"
#endif

/* sha256 (first 16 hex digits) of the spec this file was generated from */
#define ATC_ICA_SPEC_HASH "6525bf4d385b19c6"

/* The room in ATC_MAX_LINE that this profile's longest line needs: its bytes (strings at their
 * max_len), 8 bytes per field and its message struct (counted for 64-bit targets, so an upper
 * bound everywhere). Lines that do not fit are reported as ATC_ERR_LINE_TOO_LONG. */
#define ATC_ICA_LONGEST_LINE 432

/* Bytes of session state this profile keeps (ATC_STATE_BYTES must hold them). */
#define ATC_ICA_STATE_BYTES 1
#if ATC_ICA_STATE_BYTES > ATC_STATE_BYTES
#error "profile ica keeps 1 bytes of session state: define ATC_STATE_BYTES to at least 1"
#endif

#ifdef __cplusplus
extern "C" {
#endif

extern const atc_profile atc_ica_profile;

/* Message ids: the id of an atc_event, index into atc_ica_profile.msgs. */
typedef enum atc_ica_id {
    ATC_ICA_OK = 0,
    ATC_ICA_ERROR = 1,
    ATC_ICA_CME_ERROR = 2,
    ATC_ICA_PROMPT = 3,
    ATC_ICA_AT_IMQTTMODE_TEST = 4,
    ATC_ICA_AT_IMQTTMODE_READ = 5,
    ATC_ICA_AT_IMQTTMODE_SET = 6,
    ATC_ICA_AT_IMQTTOPEN_TEST = 7,
    ATC_ICA_AT_IMQTTOPEN_READ = 8,
    ATC_ICA_AT_IMQTTOPEN_SET = 9,
    ATC_ICA_AT_IMQTTAUTH_TEST = 10,
    ATC_ICA_AT_IMQTTAUTH_READ = 11,
    ATC_ICA_AT_IMQTTAUTH_SET = 12,
    ATC_ICA_AT_IMQTTPARA_TEST = 13,
    ATC_ICA_AT_IMQTTPARA_READ = 14,
    ATC_ICA_AT_IMQTTPARA_SET = 15,
    ATC_ICA_AT_IMQTTCONN_TEST = 16,
    ATC_ICA_AT_IMQTTCONN_EXEC = 17,
    ATC_ICA_AT_IMQTTPUB_TEST = 18,
    ATC_ICA_AT_IMQTTPUB_READ = 19,
    ATC_ICA_AT_IMQTTPUB_SET = 20,
    ATC_ICA_AT_IMQTTPUBIN_TEST = 21,
    ATC_ICA_AT_IMQTTPUBIN_READ = 22,
    ATC_ICA_AT_IMQTTPUBIN_SET = 23,
    ATC_ICA_AT_IMQTTSUB_TEST = 24,
    ATC_ICA_AT_IMQTTSUB_READ = 25,
    ATC_ICA_AT_IMQTTSUB_SET = 26,
    ATC_ICA_AT_IMQTTUNSUB_TEST = 27,
    ATC_ICA_AT_IMQTTUNSUB_READ = 28,
    ATC_ICA_AT_IMQTTUNSUB_SET = 29,
    ATC_ICA_AT_IMQTTRCVPUB_TEST = 30,
    ATC_ICA_AT_IMQTTRCVPUB_READ = 31,
    ATC_ICA_AT_IMQTTRCVPUBIN_TEST = 32,
    ATC_ICA_AT_IMQTTRCVPUBIN_READ = 33,
    ATC_ICA_AT_IMQTTSTATE_TEST = 34,
    ATC_ICA_AT_IMQTTSTATE_READ = 35,
    ATC_ICA_AT_IMQTTDISCONN_TEST = 36,
    ATC_ICA_AT_IMQTTDISCONN_EXEC = 37,
    ATC_ICA_AT_IMQTTDBGPARA_TEST = 38,
    ATC_ICA_AT_IMQTTDBGPARA_READ = 39,
    ATC_ICA_AT_IMQTTDBGPARA_SET = 40,
    ATC_ICA_AT_IMQTTPINGRSP_TEST = 41,
    ATC_ICA_AT_ICOAPARA_TEST = 42,
    ATC_ICA_AT_ICOAPARA_READ = 43,
    ATC_ICA_AT_ICOAPARA_SET = 44,
    ATC_ICA_AT_ICOAPOPEN_TEST = 45,
    ATC_ICA_AT_ICOAPOPEN_READ = 46,
    ATC_ICA_AT_ICOAPOPEN_SET = 47,
    ATC_ICA_AT_ICOAPAUTH_TEST = 48,
    ATC_ICA_AT_ICOAPAUTH_READ = 49,
    ATC_ICA_AT_ICOAPAUTH_SET = 50,
    ATC_ICA_AT_ICOAPSENDREQ_TEST = 51,
    ATC_ICA_AT_ICOAPSENDREQ_READ = 52,
    ATC_ICA_AT_ICOAPSENDREQ_SET = 53,
    ATC_ICA_AT_ICOAPSENDBIN_TEST = 54,
    ATC_ICA_AT_ICOAPSENDBIN_READ = 55,
    ATC_ICA_AT_ICOAPSENDBIN_SET = 56,
    ATC_ICA_AT_ICOAPSENDREQN_TEST = 57,
    ATC_ICA_AT_ICOAPSENDREQN_READ = 58,
    ATC_ICA_AT_ICOAPSENDREQN_SET = 59,
    ATC_ICA_AT_ICOAPSENDNBIN_TEST = 60,
    ATC_ICA_AT_ICOAPSENDNBIN_READ = 61,
    ATC_ICA_AT_ICOAPSENDNBIN_SET = 62,
    ATC_ICA_AT_ICOAPRCVRSP_TEST = 63,
    ATC_ICA_AT_ICOAPRCVRSP_READ = 64,
    ATC_ICA_AT_ICOAPRCVBIN_TEST = 65,
    ATC_ICA_AT_ICOAPRCVBIN_READ = 66,
    ATC_ICA_AT_IHTTPOPEN_TEST = 67,
    ATC_ICA_AT_IHTTPOPEN_READ = 68,
    ATC_ICA_AT_IHTTPOPEN_SET = 69,
    ATC_ICA_AT_IHTTPARA_TEST = 70,
    ATC_ICA_AT_IHTTPARA_READ = 71,
    ATC_ICA_AT_IHTTPARA_SET = 72,
    ATC_ICA_AT_IHTTPAUTH_TEST = 73,
    ATC_ICA_AT_IHTTPAUTH_READ = 74,
    ATC_ICA_AT_IHTTPAUTH_SET = 75,
    ATC_ICA_AT_IHTTPSEND_TEST = 76,
    ATC_ICA_AT_IHTTPSEND_READ = 77,
    ATC_ICA_AT_IHTTPSEND_SET = 78,
    ATC_ICA_AT_IHTTPSENDREQ_TEST = 79,
    ATC_ICA_AT_IHTTPSENDREQ_READ = 80,
    ATC_ICA_AT_IHTTPSENDREQ_SET = 81,
    ATC_ICA_AT_IHTTPSENDBIN_TEST = 82,
    ATC_ICA_AT_IHTTPSENDBIN_READ = 83,
    ATC_ICA_AT_IHTTPSENDBIN_SET = 84,
    ATC_ICA_AT_IHTTPRCVRSP_TEST = 85,
    ATC_ICA_AT_IHTTPRCVRSP_READ = 86,
    ATC_ICA_AT_IHTTPRCVBIN_TEST = 87,
    ATC_ICA_AT_IHTTPRCVBIN_READ = 88,
    ATC_ICA_AT_IHTTPDISCONN_TEST = 89,
    ATC_ICA_AT_IHTTPDISCONN_EXEC = 90,
    ATC_ICA_AT_IOTAPARA_TEST = 91,
    ATC_ICA_AT_IOTAPARA_READ = 92,
    ATC_ICA_AT_IOTAPARA_SET = 93,
    ATC_ICA_AT_IOTAVER_TEST = 94,
    ATC_ICA_AT_IOTAVER_READ = 95,
    ATC_ICA_AT_IOTAVER_SET = 96,
    ATC_ICA_AT_IOTANEWVER_TEST = 97,
    ATC_ICA_AT_IOTANEWVER_READ = 98,
    ATC_ICA_AT_IOTAPGS_TEST = 99,
    ATC_ICA_AT_IOTAPGS_SET = 100,
    ATC_ICA_AT_IOTABLOCK_TEST = 101,
    ATC_ICA_AT_IOTABLOCK_SET = 102,
    ATC_ICA_AT_IOTABORT_TEST = 103,
    ATC_ICA_AT_IOTABORT_EXEC = 104,
    ATC_ICA_AT_ILOGLVL_TEST = 105,
    ATC_ICA_AT_ILOGLVL_READ = 106,
    ATC_ICA_AT_ILOGLVL_SET = 107,
    ATC_ICA_AT_IREBOOT_TEST = 108,
    ATC_ICA_AT_IREBOOT_SET = 109,
    ATC_ICA_AT_IDEFAULT_TEST = 110,
    ATC_ICA_AT_IDEFAULT_EXEC = 111,
    ATC_ICA_AT_CGMI_EXEC = 112,
    ATC_ICA_AT_CGMM_EXEC = 113,
    ATC_ICA_AT_CGMR_EXEC = 114,
    ATC_ICA_IMQTTMODE_TEST = 115,
    ATC_ICA_IMQTTMODE_READ = 116,
    ATC_ICA_IMQTTOPEN_TEST = 117,
    ATC_ICA_IMQTTOPEN_READ = 118,
    ATC_ICA_IMQTTAUTH_TEST = 119,
    ATC_ICA_IMQTTAUTH_READ = 120,
    ATC_ICA_IMQTTPARA_TEST = 121,
    ATC_ICA_IMQTTPARA_READ = 122,
    ATC_ICA_IMQTTPUB_TEST = 123,
    ATC_ICA_IMQTTPUB_READ = 124,
    ATC_ICA_IMQTTPUB_SET = 125,
    ATC_ICA_IMQTTPUBIN_TEST = 126,
    ATC_ICA_IMQTTPUBIN_READ = 127,
    ATC_ICA_IMQTTPUBIN_SET = 128,
    ATC_ICA_IMQTTSUB_TEST = 129,
    ATC_ICA_IMQTTSUB_READ = 130,
    ATC_ICA_IMQTTSUB_SET = 131,
    ATC_ICA_IMQTTUNSUB_TEST = 132,
    ATC_ICA_IMQTTUNSUB_READ = 133,
    ATC_ICA_IMQTTUNSUB_SET = 134,
    ATC_ICA_IMQTTRCVPUB_READ = 135,
    ATC_ICA_IMQTTRCVPUBIN_READ = 136,
    ATC_ICA_IMQTTSTATE_READ = 137,
    ATC_ICA_IMQTTDBGPARA_TEST = 138,
    ATC_ICA_IMQTTDBGPARA_READ = 139,
    ATC_ICA_ICOAPARA_TEST = 140,
    ATC_ICA_ICOAPARA_READ = 141,
    ATC_ICA_ICOAPOPEN_TEST = 142,
    ATC_ICA_ICOAPOPEN_READ = 143,
    ATC_ICA_ICOAPAUTH_TEST = 144,
    ATC_ICA_ICOAPAUTH_READ = 145,
    ATC_ICA_ICOAPSENDREQ_TEST = 146,
    ATC_ICA_ICOAPSENDREQ_READ = 147,
    ATC_ICA_ICOAPSENDREQ_SET = 148,
    ATC_ICA_ICOAPSENDBIN_TEST = 149,
    ATC_ICA_ICOAPSENDBIN_READ = 150,
    ATC_ICA_ICOAPSENDBIN_SET = 151,
    ATC_ICA_ICOAPSENDREQN_TEST = 152,
    ATC_ICA_ICOAPSENDREQN_READ = 153,
    ATC_ICA_ICOAPSENDREQN_SET = 154,
    ATC_ICA_ICOAPSENDNBIN_TEST = 155,
    ATC_ICA_ICOAPSENDNBIN_READ = 156,
    ATC_ICA_ICOAPSENDNBIN_SET = 157,
    ATC_ICA_ICOAPRCVRSP_READ = 158,
    ATC_ICA_ICOAPRCVBIN_READ = 159,
    ATC_ICA_IHTTPOPEN_TEST = 160,
    ATC_ICA_IHTTPOPEN_READ = 161,
    ATC_ICA_IHTTPARA_TEST = 162,
    ATC_ICA_IHTTPARA_READ = 163,
    ATC_ICA_IHTTPAUTH_TEST = 164,
    ATC_ICA_IHTTPAUTH_READ = 165,
    ATC_ICA_IHTTPSEND_TEST = 166,
    ATC_ICA_IHTTPSEND_READ = 167,
    ATC_ICA_IHTTPSENDREQ_TEST = 168,
    ATC_ICA_IHTTPSENDREQ_READ = 169,
    ATC_ICA_IHTTPSENDREQ_SET = 170,
    ATC_ICA_IHTTPSENDBIN_TEST = 171,
    ATC_ICA_IHTTPSENDBIN_READ = 172,
    ATC_ICA_IHTTPSENDBIN_SET = 173,
    ATC_ICA_IHTTPRCVRSP_READ = 174,
    ATC_ICA_IHTTPRCVBIN_READ = 175,
    ATC_ICA_IOTAPARA_TEST = 176,
    ATC_ICA_IOTAPARA_READ = 177,
    ATC_ICA_IOTAVER_TEST = 178,
    ATC_ICA_IOTAVER_READ = 179,
    ATC_ICA_IOTANEWVER_READ = 180,
    ATC_ICA_IOTAPGS_TEST = 181,
    ATC_ICA_IOTABLOCK = 182,
    ATC_ICA_ILOGLVL_TEST = 183,
    ATC_ICA_ILOGLVL_READ = 184,
    ATC_ICA_CGMI = 185,
    ATC_ICA_CGMM = 186,
    ATC_ICA_CGMR = 187,
    ATC_ICA_IMQTTAUTH_OK = 188,
    ATC_ICA_IMQTTAUTH_FAIL = 189,
    ATC_ICA_IMQTTPUB = 190,
    ATC_ICA_IMQTTPUBIN = 191,
    ATC_ICA_IMQTTSUB = 192,
    ATC_ICA_IMQTTUNSUB = 193,
    ATC_ICA_IMQTTRCVPUB = 194,
    ATC_ICA_IMQTTRCVPUBIN = 195,
    ATC_ICA_IMQTTSTATE = 196,
    ATC_ICA_IMQTTPINGRSP = 197,
    ATC_ICA_ICOAPAUTH_OK = 198,
    ATC_ICA_ICOAPAUTH_FAIL = 199,
    ATC_ICA_ICOAPSENDREQ = 200,
    ATC_ICA_ICOAPSENDBIN = 201,
    ATC_ICA_ICOAPRCVRSP = 202,
    ATC_ICA_ICOAPRCVBIN = 203,
    ATC_ICA_IHTTPAUTH_OK = 204,
    ATC_ICA_IHTTPAUTH_FAIL = 205,
    ATC_ICA_IHTTPSEND = 206,
    ATC_ICA_IHTTPRCVRSP = 207,
    ATC_ICA_IHTTPRCVBIN = 208,
    ATC_ICA_IOTANEWVER = 209,
    ATC_ICA__COUNT = 210
} atc_ica_id;

/* The maximum response time of each command form, in ms, as the document gives it (0: not
 * stated); indexed by message id. Only what uses it is linked. */
extern const uint32_t atc_ica_timeout_ms[210];

/* <mode>, document line 227 */
typedef enum atc_ica_mode {
    ATC_ICA_MODE_TCP = 0,
    ATC_ICA_MODE_TLS = 1
} atc_ica_mode;

/* <clean>, document line 272 */
typedef enum atc_ica_clean {
    ATC_ICA_CLEAN_KEEP_SESSION = 0,
    ATC_ICA_CLEAN_CLEAN_SESSION = 1
} atc_ica_clean;

/* <auth_mode>, document line 275 */
typedef enum atc_ica_auth_mode {
    ATC_ICA_AUTH_MODE_SET_ONLY = 0,
    ATC_ICA_AUTH_MODE_SET_AND_AUTHENTICATE = 1
} atc_ica_auth_mode;

/* <format>, document line 301 */
typedef enum atc_ica_format {
    ATC_ICA_FORMAT_STRING = 0,
    ATC_ICA_FORMAT_HEX = 1
} atc_ica_format;

/* <ping_rsp>, document line 428 */
typedef enum atc_ica_ping_rsp {
    ATC_ICA_PING_RSP_DISABLED = 0,
    ATC_ICA_PING_RSP_ENABLED = 1
} atc_ica_ping_rsp;

/* <method>, document line 517 */
typedef enum atc_ica_method {
    ATC_ICA_METHOD_GET = 1,
    ATC_ICA_METHOD_POST = 2,
    ATC_ICA_METHOD_PUT = 3,
    ATC_ICA_METHOD_DELETE = 4
} atc_ica_method;

/* <keep_alive>, document line 667 */
typedef enum atc_ica_keep_alive {
    ATC_ICA_KEEP_ALIVE_OFF = 0,
    ATC_ICA_KEEP_ALIVE_ON = 1
} atc_ica_keep_alive;

/* <type>, document line 893 */
typedef enum atc_ica_type {
    ATC_ICA_TYPE_NEXT = 0,
    ATC_ICA_TYPE_RESEND = 1
} atc_ica_type;

/* <ireboot_mode>, document line 944 */
typedef enum atc_ica_ireboot_mode {
    ATC_ICA_IREBOOT_MODE_IMMEDIATELY = 0,
    ATC_ICA_IREBOOT_MODE_AFTER_CURRENT_FRAME = 1
} atc_ica_ireboot_mode;

/* <mqtt_state>, document line 400 */
typedef enum atc_ica_mqtt_state {
    ATC_ICA_MQTT_STATE_DISCONNECTED = 0,
    ATC_ICA_MQTT_STATE_RESERVED = 1,
    ATC_ICA_MQTT_STATE_CONNECTED = 2
} atc_ica_mqtt_state;

/* <status>, document line 762 */
typedef enum atc_ica_status {
    ATC_ICA_STATUS_SUCCESS = 0,
    ATC_ICA_STATUS_TOKEN_EXPIRED = 1,
    ATC_ICA_STATUS_TOKEN_EMPTY = 2,
    ATC_ICA_STATUS_TOKEN_INVALID = 3,
    ATC_ICA_STATUS_SEND_FAILED = 4,
    ATC_ICA_STATUS_TOO_MANY_REQUESTS = 5,
    ATC_ICA_STATUS_OTHER_ERROR = 255
} atc_ica_status;

/* <request_status>, document line 302 */
typedef enum atc_ica_request_status {
    ATC_ICA_REQUEST_STATUS_SUCCESS = 0,
    ATC_ICA_REQUEST_STATUS_TIMEOUT = 1,
    ATC_ICA_REQUEST_STATUS_OTHER_ERROR = 2
} atc_ica_request_status;

/* <imqttsub_status>, document line 338 */
typedef enum atc_ica_imqttsub_status {
    ATC_ICA_IMQTTSUB_STATUS_GRANTED_QOS0 = 0,
    ATC_ICA_IMQTTSUB_STATUS_GRANTED_QOS1 = 1,
    ATC_ICA_IMQTTSUB_STATUS_GRANTED_QOS2 = 2,
    ATC_ICA_IMQTTSUB_STATUS_FAILURE = 128
} atc_ica_imqttsub_status;

/* Session state: settings of the module that change the wire (atc_set_state, atc_get_state).
 * A cell holds a value below, or ATC_STATE_UNKNOWN. */
typedef enum atc_ica_state {
    ATC_ICA_STATE_MQTT_AUTH_MODE = 0, /* document line 275; default 1 */
    ATC_ICA_STATE_HTTP_AUTH_MODE = 1 /* document line 669; default 1 */
} atc_ica_state;

/* ---- Messages ----
 * Strings are views (atc_str) into the input or the parser's line buffer: valid during the
 * callback only. Optional fields have a has_<name> flag. Integers with an enumeration name their
 * enum type. */

/* final OK
 * document line 168 */
typedef struct atc_ica_ok {
    char dummy_field; /* no fields */
} atc_ica_ok;
/* ev->msg as this message, or NULL when ev is another message or an error (C and C++, no cast) */
static inline const atc_ica_ok *atc_ica_ok_of(const atc_event *ev)
{
    return ev->profile == &atc_ica_profile && ev->id == ATC_ICA_OK && ev->kind != ATC_KIND_ERROR
               ? (const atc_ica_ok *)ev->msg : NULL;
}
#define ATC_ICA_OK_INIT_ZERO {0}
#define ATC_ICA_OK_MAX_LEN 6u
ATC_API atc_err atc_ica_encode_ok(const atc_ica_ok *msg, char *buf, size_t cap, size_t *len);

/* final ERROR
 * document line 168 */
typedef struct atc_ica_error {
    char dummy_field; /* no fields */
} atc_ica_error;
/* ev->msg as this message, or NULL when ev is another message or an error (C and C++, no cast) */
static inline const atc_ica_error *atc_ica_error_of(const atc_event *ev)
{
    return ev->profile == &atc_ica_profile && ev->id == ATC_ICA_ERROR && ev->kind != ATC_KIND_ERROR
               ? (const atc_ica_error *)ev->msg : NULL;
}
#define ATC_ICA_ERROR_INIT_ZERO {0}
#define ATC_ICA_ERROR_MAX_LEN 9u
ATC_API atc_err atc_ica_encode_error(const atc_ica_error *msg, char *buf, size_t cap, size_t *len);

/* final +CME ERROR: <err>
 * document line 170 */
typedef struct atc_ica_cme_error {
    int32_t err;
} atc_ica_cme_error;
/* ev->msg as this message, or NULL when ev is another message or an error (C and C++, no cast) */
static inline const atc_ica_cme_error *atc_ica_cme_error_of(const atc_event *ev)
{
    return ev->profile == &atc_ica_profile && ev->id == ATC_ICA_CME_ERROR && ev->kind != ATC_KIND_ERROR
               ? (const atc_ica_cme_error *)ev->msg : NULL;
}
#define ATC_ICA_CME_ERROR_INIT_ZERO {0}
#define ATC_ICA_CME_ERROR_MAX_LEN 28u
ATC_API atc_err atc_ica_encode_cme_error(const atc_ica_cme_error *msg, char *buf, size_t cap, size_t *len);

/* intermediate > 
 * document line 318 */
typedef struct atc_ica_prompt {
    char dummy_field; /* no fields */
} atc_ica_prompt;
/* ev->msg as this message, or NULL when ev is another message or an error (C and C++, no cast) */
static inline const atc_ica_prompt *atc_ica_prompt_of(const atc_event *ev)
{
    return ev->profile == &atc_ica_profile && ev->id == ATC_ICA_PROMPT && ev->kind != ATC_KIND_ERROR
               ? (const atc_ica_prompt *)ev->msg : NULL;
}
#define ATC_ICA_PROMPT_INIT_ZERO {0}
#define ATC_ICA_PROMPT_MAX_LEN 6u
ATC_API atc_err atc_ica_encode_prompt(const atc_ica_prompt *msg, char *buf, size_t cap, size_t *len);

/* command AT+IMQTTMODE=?
 * document line 222: Set the MQTT connection mode (TLS or not) */
typedef struct atc_ica_at_imqttmode_test {
    char dummy_field; /* no fields */
} atc_ica_at_imqttmode_test;
/* ev->msg as this message, or NULL when ev is another message or an error (C and C++, no cast) */
static inline const atc_ica_at_imqttmode_test *atc_ica_at_imqttmode_test_of(const atc_event *ev)
{
    return ev->profile == &atc_ica_profile && ev->id == ATC_ICA_AT_IMQTTMODE_TEST && ev->kind != ATC_KIND_ERROR
               ? (const atc_ica_at_imqttmode_test *)ev->msg : NULL;
}
#define ATC_ICA_AT_IMQTTMODE_TEST_INIT_ZERO {0}
#define ATC_ICA_AT_IMQTTMODE_TEST_MAX_LEN 15u
ATC_API atc_err atc_ica_encode_at_imqttmode_test(const atc_ica_at_imqttmode_test *msg, char *buf, size_t cap, size_t *len);

/* command AT+IMQTTMODE?
 * document line 223: Set the MQTT connection mode (TLS or not) */
typedef struct atc_ica_at_imqttmode_read {
    char dummy_field; /* no fields */
} atc_ica_at_imqttmode_read;
/* ev->msg as this message, or NULL when ev is another message or an error (C and C++, no cast) */
static inline const atc_ica_at_imqttmode_read *atc_ica_at_imqttmode_read_of(const atc_event *ev)
{
    return ev->profile == &atc_ica_profile && ev->id == ATC_ICA_AT_IMQTTMODE_READ && ev->kind != ATC_KIND_ERROR
               ? (const atc_ica_at_imqttmode_read *)ev->msg : NULL;
}
#define ATC_ICA_AT_IMQTTMODE_READ_INIT_ZERO {0}
#define ATC_ICA_AT_IMQTTMODE_READ_MAX_LEN 14u
ATC_API atc_err atc_ica_encode_at_imqttmode_read(const atc_ica_at_imqttmode_read *msg, char *buf, size_t cap, size_t *len);

/* command AT+IMQTTMODE=<mode>
 * document line 225: Set the MQTT connection mode (TLS or not) */
typedef struct atc_ica_at_imqttmode_set {
    int32_t mode; /* atc_ica_mode */
} atc_ica_at_imqttmode_set;
/* ev->msg as this message, or NULL when ev is another message or an error (C and C++, no cast) */
static inline const atc_ica_at_imqttmode_set *atc_ica_at_imqttmode_set_of(const atc_event *ev)
{
    return ev->profile == &atc_ica_profile && ev->id == ATC_ICA_AT_IMQTTMODE_SET && ev->kind != ATC_KIND_ERROR
               ? (const atc_ica_at_imqttmode_set *)ev->msg : NULL;
}
#define ATC_ICA_AT_IMQTTMODE_SET_INIT_ZERO {0}
#define ATC_ICA_AT_IMQTTMODE_SET_MAX_LEN 16u
ATC_API atc_err atc_ica_encode_at_imqttmode_set(const atc_ica_at_imqttmode_set *msg, char *buf, size_t cap, size_t *len);

/* command AT+IMQTTOPEN=?
 * document line 236: Set the MQTT server address and port */
typedef struct atc_ica_at_imqttopen_test {
    char dummy_field; /* no fields */
} atc_ica_at_imqttopen_test;
/* ev->msg as this message, or NULL when ev is another message or an error (C and C++, no cast) */
static inline const atc_ica_at_imqttopen_test *atc_ica_at_imqttopen_test_of(const atc_event *ev)
{
    return ev->profile == &atc_ica_profile && ev->id == ATC_ICA_AT_IMQTTOPEN_TEST && ev->kind != ATC_KIND_ERROR
               ? (const atc_ica_at_imqttopen_test *)ev->msg : NULL;
}
#define ATC_ICA_AT_IMQTTOPEN_TEST_INIT_ZERO {0}
#define ATC_ICA_AT_IMQTTOPEN_TEST_MAX_LEN 15u
ATC_API atc_err atc_ica_encode_at_imqttopen_test(const atc_ica_at_imqttopen_test *msg, char *buf, size_t cap, size_t *len);

/* command AT+IMQTTOPEN?
 * document line 237: Set the MQTT server address and port */
typedef struct atc_ica_at_imqttopen_read {
    char dummy_field; /* no fields */
} atc_ica_at_imqttopen_read;
/* ev->msg as this message, or NULL when ev is another message or an error (C and C++, no cast) */
static inline const atc_ica_at_imqttopen_read *atc_ica_at_imqttopen_read_of(const atc_event *ev)
{
    return ev->profile == &atc_ica_profile && ev->id == ATC_ICA_AT_IMQTTOPEN_READ && ev->kind != ATC_KIND_ERROR
               ? (const atc_ica_at_imqttopen_read *)ev->msg : NULL;
}
#define ATC_ICA_AT_IMQTTOPEN_READ_INIT_ZERO {0}
#define ATC_ICA_AT_IMQTTOPEN_READ_MAX_LEN 14u
ATC_API atc_err atc_ica_encode_at_imqttopen_read(const atc_ica_at_imqttopen_read *msg, char *buf, size_t cap, size_t *len);

/* command AT+IMQTTOPEN=<hostname>,<port>
 * document line 238: Set the MQTT server address and port */
typedef struct atc_ica_at_imqttopen_set {
    atc_str hostname;
    int32_t port;
} atc_ica_at_imqttopen_set;
/* ev->msg as this message, or NULL when ev is another message or an error (C and C++, no cast) */
static inline const atc_ica_at_imqttopen_set *atc_ica_at_imqttopen_set_of(const atc_event *ev)
{
    return ev->profile == &atc_ica_profile && ev->id == ATC_ICA_AT_IMQTTOPEN_SET && ev->kind != ATC_KIND_ERROR
               ? (const atc_ica_at_imqttopen_set *)ev->msg : NULL;
}
#define ATC_ICA_AT_IMQTTOPEN_SET_INIT_ZERO {{NULL, 0}, 0}
#define ATC_ICA_AT_IMQTTOPEN_SET_MAX_LEN (27u + 1u * ATC_MAX_LINE)
ATC_API atc_err atc_ica_encode_at_imqttopen_set(const atc_ica_at_imqttopen_set *msg, char *buf, size_t cap, size_t *len);

/* command AT+IMQTTAUTH=?
 * document line 249: Authenticate the device */
typedef struct atc_ica_at_imqttauth_test {
    char dummy_field; /* no fields */
} atc_ica_at_imqttauth_test;
/* ev->msg as this message, or NULL when ev is another message or an error (C and C++, no cast) */
static inline const atc_ica_at_imqttauth_test *atc_ica_at_imqttauth_test_of(const atc_event *ev)
{
    return ev->profile == &atc_ica_profile && ev->id == ATC_ICA_AT_IMQTTAUTH_TEST && ev->kind != ATC_KIND_ERROR
               ? (const atc_ica_at_imqttauth_test *)ev->msg : NULL;
}
#define ATC_ICA_AT_IMQTTAUTH_TEST_INIT_ZERO {0}
#define ATC_ICA_AT_IMQTTAUTH_TEST_MAX_LEN 15u
ATC_API atc_err atc_ica_encode_at_imqttauth_test(const atc_ica_at_imqttauth_test *msg, char *buf, size_t cap, size_t *len);

/* command AT+IMQTTAUTH?
 * document line 250: Authenticate the device */
typedef struct atc_ica_at_imqttauth_read {
    char dummy_field; /* no fields */
} atc_ica_at_imqttauth_read;
/* ev->msg as this message, or NULL when ev is another message or an error (C and C++, no cast) */
static inline const atc_ica_at_imqttauth_read *atc_ica_at_imqttauth_read_of(const atc_event *ev)
{
    return ev->profile == &atc_ica_profile && ev->id == ATC_ICA_AT_IMQTTAUTH_READ && ev->kind != ATC_KIND_ERROR
               ? (const atc_ica_at_imqttauth_read *)ev->msg : NULL;
}
#define ATC_ICA_AT_IMQTTAUTH_READ_INIT_ZERO {0}
#define ATC_ICA_AT_IMQTTAUTH_READ_MAX_LEN 14u
ATC_API atc_err atc_ica_encode_at_imqttauth_read(const atc_ica_at_imqttauth_read *msg, char *buf, size_t cap, size_t *len);

/* command AT+IMQTTAUTH=<ParaValue>...
 * document line 251: Authenticate the device */
typedef struct atc_ica_at_imqttauth_set {
    uint8_t para_value_count; /* 1..16 */
    atc_str para_value[16];
} atc_ica_at_imqttauth_set;
/* ev->msg as this message, or NULL when ev is another message or an error (C and C++, no cast) */
static inline const atc_ica_at_imqttauth_set *atc_ica_at_imqttauth_set_of(const atc_event *ev)
{
    return ev->profile == &atc_ica_profile && ev->id == ATC_ICA_AT_IMQTTAUTH_SET && ev->kind != ATC_KIND_ERROR
               ? (const atc_ica_at_imqttauth_set *)ev->msg : NULL;
}
#define ATC_ICA_AT_IMQTTAUTH_SET_INIT_ZERO {0, {{NULL, 0}}}
#define ATC_ICA_AT_IMQTTAUTH_SET_MAX_LEN (30u + 16u * ATC_MAX_LINE)
ATC_API atc_err atc_ica_encode_at_imqttauth_set(const atc_ica_at_imqttauth_set *msg, char *buf, size_t cap, size_t *len);

/* command AT+IMQTTPARA=?
 * document line 266: Set MQTT parameters */
typedef struct atc_ica_at_imqttpara_test {
    char dummy_field; /* no fields */
} atc_ica_at_imqttpara_test;
/* ev->msg as this message, or NULL when ev is another message or an error (C and C++, no cast) */
static inline const atc_ica_at_imqttpara_test *atc_ica_at_imqttpara_test_of(const atc_event *ev)
{
    return ev->profile == &atc_ica_profile && ev->id == ATC_ICA_AT_IMQTTPARA_TEST && ev->kind != ATC_KIND_ERROR
               ? (const atc_ica_at_imqttpara_test *)ev->msg : NULL;
}
#define ATC_ICA_AT_IMQTTPARA_TEST_INIT_ZERO {0}
#define ATC_ICA_AT_IMQTTPARA_TEST_MAX_LEN 15u
ATC_API atc_err atc_ica_encode_at_imqttpara_test(const atc_ica_at_imqttpara_test *msg, char *buf, size_t cap, size_t *len);

/* command AT+IMQTTPARA?
 * document line 267: Set MQTT parameters */
typedef struct atc_ica_at_imqttpara_read {
    char dummy_field; /* no fields */
} atc_ica_at_imqttpara_read;
/* ev->msg as this message, or NULL when ev is another message or an error (C and C++, no cast) */
static inline const atc_ica_at_imqttpara_read *atc_ica_at_imqttpara_read_of(const atc_event *ev)
{
    return ev->profile == &atc_ica_profile && ev->id == ATC_ICA_AT_IMQTTPARA_READ && ev->kind != ATC_KIND_ERROR
               ? (const atc_ica_at_imqttpara_read *)ev->msg : NULL;
}
#define ATC_ICA_AT_IMQTTPARA_READ_INIT_ZERO {0}
#define ATC_ICA_AT_IMQTTPARA_READ_MAX_LEN 14u
ATC_API atc_err atc_ica_encode_at_imqttpara_read(const atc_ica_at_imqttpara_read *msg, char *buf, size_t cap, size_t *len);

/* command AT+IMQTTPARA={"TIMEOUT",<TIMEOUT> | "CLEAN",<CLEAN> | "KEEPALIVE",<KEEPALIVE> | "VERSION",<VERSION> | "AUTHMODE",<AUTHMODE>}
 * document line 268: Set MQTT parameters */
typedef struct atc_ica_at_imqttpara_set {
    bool has_timeout;
    bool has_clean;
    bool has_keep_alive;
    bool has_version;
    bool has_auth_mode;
    int32_t timeout;
    int32_t clean; /* atc_ica_clean */
    int32_t keep_alive;
    atc_str version;
    int32_t auth_mode; /* atc_ica_auth_mode */
} atc_ica_at_imqttpara_set;
/* ev->msg as this message, or NULL when ev is another message or an error (C and C++, no cast) */
static inline const atc_ica_at_imqttpara_set *atc_ica_at_imqttpara_set_of(const atc_event *ev)
{
    return ev->profile == &atc_ica_profile && ev->id == ATC_ICA_AT_IMQTTPARA_SET && ev->kind != ATC_KIND_ERROR
               ? (const atc_ica_at_imqttpara_set *)ev->msg : NULL;
}
#define ATC_ICA_AT_IMQTTPARA_SET_INIT_ZERO {false, false, false, false, false, 0, 0, 0, {NULL, 0}, 0}
#define ATC_ICA_AT_IMQTTPARA_SET_MAX_LEN 101u
ATC_API atc_err atc_ica_encode_at_imqttpara_set(const atc_ica_at_imqttpara_set *msg, char *buf, size_t cap, size_t *len);

/* command AT+IMQTTCONN=?
 * document line 284: Connect to the MQTT server */
typedef struct atc_ica_at_imqttconn_test {
    char dummy_field; /* no fields */
} atc_ica_at_imqttconn_test;
/* ev->msg as this message, or NULL when ev is another message or an error (C and C++, no cast) */
static inline const atc_ica_at_imqttconn_test *atc_ica_at_imqttconn_test_of(const atc_event *ev)
{
    return ev->profile == &atc_ica_profile && ev->id == ATC_ICA_AT_IMQTTCONN_TEST && ev->kind != ATC_KIND_ERROR
               ? (const atc_ica_at_imqttconn_test *)ev->msg : NULL;
}
#define ATC_ICA_AT_IMQTTCONN_TEST_INIT_ZERO {0}
#define ATC_ICA_AT_IMQTTCONN_TEST_MAX_LEN 15u
ATC_API atc_err atc_ica_encode_at_imqttconn_test(const atc_ica_at_imqttconn_test *msg, char *buf, size_t cap, size_t *len);

/* command AT+IMQTTCONN
 * document line 285: Connect to the MQTT server */
typedef struct atc_ica_at_imqttconn_exec {
    char dummy_field; /* no fields */
} atc_ica_at_imqttconn_exec;
/* ev->msg as this message, or NULL when ev is another message or an error (C and C++, no cast) */
static inline const atc_ica_at_imqttconn_exec *atc_ica_at_imqttconn_exec_of(const atc_event *ev)
{
    return ev->profile == &atc_ica_profile && ev->id == ATC_ICA_AT_IMQTTCONN_EXEC && ev->kind != ATC_KIND_ERROR
               ? (const atc_ica_at_imqttconn_exec *)ev->msg : NULL;
}
#define ATC_ICA_AT_IMQTTCONN_EXEC_INIT_ZERO {0}
#define ATC_ICA_AT_IMQTTCONN_EXEC_MAX_LEN 13u
ATC_API atc_err atc_ica_encode_at_imqttconn_exec(const atc_ica_at_imqttconn_exec *msg, char *buf, size_t cap, size_t *len);

/* command AT+IMQTTPUB=?
 * document line 298: Publish a message */
typedef struct atc_ica_at_imqttpub_test {
    char dummy_field; /* no fields */
} atc_ica_at_imqttpub_test;
/* ev->msg as this message, or NULL when ev is another message or an error (C and C++, no cast) */
static inline const atc_ica_at_imqttpub_test *atc_ica_at_imqttpub_test_of(const atc_event *ev)
{
    return ev->profile == &atc_ica_profile && ev->id == ATC_ICA_AT_IMQTTPUB_TEST && ev->kind != ATC_KIND_ERROR
               ? (const atc_ica_at_imqttpub_test *)ev->msg : NULL;
}
#define ATC_ICA_AT_IMQTTPUB_TEST_INIT_ZERO {0}
#define ATC_ICA_AT_IMQTTPUB_TEST_MAX_LEN 14u
ATC_API atc_err atc_ica_encode_at_imqttpub_test(const atc_ica_at_imqttpub_test *msg, char *buf, size_t cap, size_t *len);

/* command AT+IMQTTPUB?
 * document line 299: Publish a message */
typedef struct atc_ica_at_imqttpub_read {
    char dummy_field; /* no fields */
} atc_ica_at_imqttpub_read;
/* ev->msg as this message, or NULL when ev is another message or an error (C and C++, no cast) */
static inline const atc_ica_at_imqttpub_read *atc_ica_at_imqttpub_read_of(const atc_event *ev)
{
    return ev->profile == &atc_ica_profile && ev->id == ATC_ICA_AT_IMQTTPUB_READ && ev->kind != ATC_KIND_ERROR
               ? (const atc_ica_at_imqttpub_read *)ev->msg : NULL;
}
#define ATC_ICA_AT_IMQTTPUB_READ_INIT_ZERO {0}
#define ATC_ICA_AT_IMQTTPUB_READ_MAX_LEN 13u
ATC_API atc_err atc_ica_encode_at_imqttpub_read(const atc_ica_at_imqttpub_read *msg, char *buf, size_t cap, size_t *len);

/* command AT+IMQTTPUB=<topic>,<qos>,<message>[,<format>[,<fragment_id>]]
 * document line 300: Publish a message */
typedef struct atc_ica_at_imqttpub_set {
    bool has_format;
    bool has_fragment_id;
    atc_str topic;
    int32_t qos;
    atc_str message;
    int32_t format; /* atc_ica_format */
    int32_t fragment_id;
} atc_ica_at_imqttpub_set;
/* ev->msg as this message, or NULL when ev is another message or an error (C and C++, no cast) */
static inline const atc_ica_at_imqttpub_set *atc_ica_at_imqttpub_set_of(const atc_event *ev)
{
    return ev->profile == &atc_ica_profile && ev->id == ATC_ICA_AT_IMQTTPUB_SET && ev->kind != ATC_KIND_ERROR
               ? (const atc_ica_at_imqttpub_set *)ev->msg : NULL;
}
#define ATC_ICA_AT_IMQTTPUB_SET_INIT_ZERO {false, false, {NULL, 0}, 0, {NULL, 0}, 0, 0}
#define ATC_ICA_AT_IMQTTPUB_SET_MAX_LEN (31u + 2u * ATC_MAX_LINE)
ATC_API atc_err atc_ica_encode_at_imqttpub_set(const atc_ica_at_imqttpub_set *msg, char *buf, size_t cap, size_t *len);

/* command AT+IMQTTPUBIN=?
 * document line 316: Publish a message (binary) */
typedef struct atc_ica_at_imqttpubin_test {
    char dummy_field; /* no fields */
} atc_ica_at_imqttpubin_test;
/* ev->msg as this message, or NULL when ev is another message or an error (C and C++, no cast) */
static inline const atc_ica_at_imqttpubin_test *atc_ica_at_imqttpubin_test_of(const atc_event *ev)
{
    return ev->profile == &atc_ica_profile && ev->id == ATC_ICA_AT_IMQTTPUBIN_TEST && ev->kind != ATC_KIND_ERROR
               ? (const atc_ica_at_imqttpubin_test *)ev->msg : NULL;
}
#define ATC_ICA_AT_IMQTTPUBIN_TEST_INIT_ZERO {0}
#define ATC_ICA_AT_IMQTTPUBIN_TEST_MAX_LEN 16u
ATC_API atc_err atc_ica_encode_at_imqttpubin_test(const atc_ica_at_imqttpubin_test *msg, char *buf, size_t cap, size_t *len);

/* command AT+IMQTTPUBIN?
 * document line 317: Publish a message (binary) */
typedef struct atc_ica_at_imqttpubin_read {
    char dummy_field; /* no fields */
} atc_ica_at_imqttpubin_read;
/* ev->msg as this message, or NULL when ev is another message or an error (C and C++, no cast) */
static inline const atc_ica_at_imqttpubin_read *atc_ica_at_imqttpubin_read_of(const atc_event *ev)
{
    return ev->profile == &atc_ica_profile && ev->id == ATC_ICA_AT_IMQTTPUBIN_READ && ev->kind != ATC_KIND_ERROR
               ? (const atc_ica_at_imqttpubin_read *)ev->msg : NULL;
}
#define ATC_ICA_AT_IMQTTPUBIN_READ_INIT_ZERO {0}
#define ATC_ICA_AT_IMQTTPUBIN_READ_MAX_LEN 15u
ATC_API atc_err atc_ica_encode_at_imqttpubin_read(const atc_ica_at_imqttpubin_read *msg, char *buf, size_t cap, size_t *len);

/* command AT+IMQTTPUBIN=<topic>,<qos>,<msg_len>
 * document line 318: Publish a message (binary) */
typedef struct atc_ica_at_imqttpubin_set {
    atc_str topic;
    int32_t qos;
    int32_t msg_len;
} atc_ica_at_imqttpubin_set;
/* ev->msg as this message, or NULL when ev is another message or an error (C and C++, no cast) */
static inline const atc_ica_at_imqttpubin_set *atc_ica_at_imqttpubin_set_of(const atc_event *ev)
{
    return ev->profile == &atc_ica_profile && ev->id == ATC_ICA_AT_IMQTTPUBIN_SET && ev->kind != ATC_KIND_ERROR
               ? (const atc_ica_at_imqttpubin_set *)ev->msg : NULL;
}
#define ATC_ICA_AT_IMQTTPUBIN_SET_INIT_ZERO {{NULL, 0}, 0, 0}
#define ATC_ICA_AT_IMQTTPUBIN_SET_MAX_LEN (30u + 1u * ATC_MAX_LINE)
ATC_API atc_err atc_ica_encode_at_imqttpubin_set(const atc_ica_at_imqttpubin_set *msg, char *buf, size_t cap, size_t *len);

/* command AT+IMQTTSUB=?
 * document line 334: Subscribe to a topic */
typedef struct atc_ica_at_imqttsub_test {
    char dummy_field; /* no fields */
} atc_ica_at_imqttsub_test;
/* ev->msg as this message, or NULL when ev is another message or an error (C and C++, no cast) */
static inline const atc_ica_at_imqttsub_test *atc_ica_at_imqttsub_test_of(const atc_event *ev)
{
    return ev->profile == &atc_ica_profile && ev->id == ATC_ICA_AT_IMQTTSUB_TEST && ev->kind != ATC_KIND_ERROR
               ? (const atc_ica_at_imqttsub_test *)ev->msg : NULL;
}
#define ATC_ICA_AT_IMQTTSUB_TEST_INIT_ZERO {0}
#define ATC_ICA_AT_IMQTTSUB_TEST_MAX_LEN 14u
ATC_API atc_err atc_ica_encode_at_imqttsub_test(const atc_ica_at_imqttsub_test *msg, char *buf, size_t cap, size_t *len);

/* command AT+IMQTTSUB?
 * document line 335: Subscribe to a topic */
typedef struct atc_ica_at_imqttsub_read {
    char dummy_field; /* no fields */
} atc_ica_at_imqttsub_read;
/* ev->msg as this message, or NULL when ev is another message or an error (C and C++, no cast) */
static inline const atc_ica_at_imqttsub_read *atc_ica_at_imqttsub_read_of(const atc_event *ev)
{
    return ev->profile == &atc_ica_profile && ev->id == ATC_ICA_AT_IMQTTSUB_READ && ev->kind != ATC_KIND_ERROR
               ? (const atc_ica_at_imqttsub_read *)ev->msg : NULL;
}
#define ATC_ICA_AT_IMQTTSUB_READ_INIT_ZERO {0}
#define ATC_ICA_AT_IMQTTSUB_READ_MAX_LEN 13u
ATC_API atc_err atc_ica_encode_at_imqttsub_read(const atc_ica_at_imqttsub_read *msg, char *buf, size_t cap, size_t *len);

/* command AT+IMQTTSUB=<topic>,<qos>
 * document line 336: Subscribe to a topic */
typedef struct atc_ica_at_imqttsub_set {
    atc_str topic;
    int32_t qos;
} atc_ica_at_imqttsub_set;
/* ev->msg as this message, or NULL when ev is another message or an error (C and C++, no cast) */
static inline const atc_ica_at_imqttsub_set *atc_ica_at_imqttsub_set_of(const atc_event *ev)
{
    return ev->profile == &atc_ica_profile && ev->id == ATC_ICA_AT_IMQTTSUB_SET && ev->kind != ATC_KIND_ERROR
               ? (const atc_ica_at_imqttsub_set *)ev->msg : NULL;
}
#define ATC_ICA_AT_IMQTTSUB_SET_INIT_ZERO {{NULL, 0}, 0}
#define ATC_ICA_AT_IMQTTSUB_SET_MAX_LEN (16u + 1u * ATC_MAX_LINE)
ATC_API atc_err atc_ica_encode_at_imqttsub_set(const atc_ica_at_imqttsub_set *msg, char *buf, size_t cap, size_t *len);

/* command AT+IMQTTUNSUB=?
 * document line 352: Unsubscribe from a topic */
typedef struct atc_ica_at_imqttunsub_test {
    char dummy_field; /* no fields */
} atc_ica_at_imqttunsub_test;
/* ev->msg as this message, or NULL when ev is another message or an error (C and C++, no cast) */
static inline const atc_ica_at_imqttunsub_test *atc_ica_at_imqttunsub_test_of(const atc_event *ev)
{
    return ev->profile == &atc_ica_profile && ev->id == ATC_ICA_AT_IMQTTUNSUB_TEST && ev->kind != ATC_KIND_ERROR
               ? (const atc_ica_at_imqttunsub_test *)ev->msg : NULL;
}
#define ATC_ICA_AT_IMQTTUNSUB_TEST_INIT_ZERO {0}
#define ATC_ICA_AT_IMQTTUNSUB_TEST_MAX_LEN 16u
ATC_API atc_err atc_ica_encode_at_imqttunsub_test(const atc_ica_at_imqttunsub_test *msg, char *buf, size_t cap, size_t *len);

/* command AT+IMQTTUNSUB?
 * document line 353: Unsubscribe from a topic */
typedef struct atc_ica_at_imqttunsub_read {
    char dummy_field; /* no fields */
} atc_ica_at_imqttunsub_read;
/* ev->msg as this message, or NULL when ev is another message or an error (C and C++, no cast) */
static inline const atc_ica_at_imqttunsub_read *atc_ica_at_imqttunsub_read_of(const atc_event *ev)
{
    return ev->profile == &atc_ica_profile && ev->id == ATC_ICA_AT_IMQTTUNSUB_READ && ev->kind != ATC_KIND_ERROR
               ? (const atc_ica_at_imqttunsub_read *)ev->msg : NULL;
}
#define ATC_ICA_AT_IMQTTUNSUB_READ_INIT_ZERO {0}
#define ATC_ICA_AT_IMQTTUNSUB_READ_MAX_LEN 15u
ATC_API atc_err atc_ica_encode_at_imqttunsub_read(const atc_ica_at_imqttunsub_read *msg, char *buf, size_t cap, size_t *len);

/* command AT+IMQTTUNSUB=<topic>
 * document line 354: Unsubscribe from a topic */
typedef struct atc_ica_at_imqttunsub_set {
    atc_str topic;
} atc_ica_at_imqttunsub_set;
/* ev->msg as this message, or NULL when ev is another message or an error (C and C++, no cast) */
static inline const atc_ica_at_imqttunsub_set *atc_ica_at_imqttunsub_set_of(const atc_event *ev)
{
    return ev->profile == &atc_ica_profile && ev->id == ATC_ICA_AT_IMQTTUNSUB_SET && ev->kind != ATC_KIND_ERROR
               ? (const atc_ica_at_imqttunsub_set *)ev->msg : NULL;
}
#define ATC_ICA_AT_IMQTTUNSUB_SET_INIT_ZERO {{NULL, 0}}
#define ATC_ICA_AT_IMQTTUNSUB_SET_MAX_LEN (16u + 1u * ATC_MAX_LINE)
ATC_API atc_err atc_ica_encode_at_imqttunsub_set(const atc_ica_at_imqttunsub_set *msg, char *buf, size_t cap, size_t *len);

/* command AT+IMQTTRCVPUB=?
 * document line 370: Read a received publish message (normally reported as a URC) */
typedef struct atc_ica_at_imqttrcvpub_test {
    char dummy_field; /* no fields */
} atc_ica_at_imqttrcvpub_test;
/* ev->msg as this message, or NULL when ev is another message or an error (C and C++, no cast) */
static inline const atc_ica_at_imqttrcvpub_test *atc_ica_at_imqttrcvpub_test_of(const atc_event *ev)
{
    return ev->profile == &atc_ica_profile && ev->id == ATC_ICA_AT_IMQTTRCVPUB_TEST && ev->kind != ATC_KIND_ERROR
               ? (const atc_ica_at_imqttrcvpub_test *)ev->msg : NULL;
}
#define ATC_ICA_AT_IMQTTRCVPUB_TEST_INIT_ZERO {0}
#define ATC_ICA_AT_IMQTTRCVPUB_TEST_MAX_LEN 17u
ATC_API atc_err atc_ica_encode_at_imqttrcvpub_test(const atc_ica_at_imqttrcvpub_test *msg, char *buf, size_t cap, size_t *len);

/* command AT+IMQTTRCVPUB?
 * document line 371: Read a received publish message (normally reported as a URC) */
typedef struct atc_ica_at_imqttrcvpub_read {
    char dummy_field; /* no fields */
} atc_ica_at_imqttrcvpub_read;
/* ev->msg as this message, or NULL when ev is another message or an error (C and C++, no cast) */
static inline const atc_ica_at_imqttrcvpub_read *atc_ica_at_imqttrcvpub_read_of(const atc_event *ev)
{
    return ev->profile == &atc_ica_profile && ev->id == ATC_ICA_AT_IMQTTRCVPUB_READ && ev->kind != ATC_KIND_ERROR
               ? (const atc_ica_at_imqttrcvpub_read *)ev->msg : NULL;
}
#define ATC_ICA_AT_IMQTTRCVPUB_READ_INIT_ZERO {0}
#define ATC_ICA_AT_IMQTTRCVPUB_READ_MAX_LEN 16u
ATC_API atc_err atc_ica_encode_at_imqttrcvpub_read(const atc_ica_at_imqttrcvpub_read *msg, char *buf, size_t cap, size_t *len);

/* command AT+IMQTTRCVPUBIN=?
 * document line 383: Read a received publish message (binary; normally reported as a URC) */
typedef struct atc_ica_at_imqttrcvpubin_test {
    char dummy_field; /* no fields */
} atc_ica_at_imqttrcvpubin_test;
/* ev->msg as this message, or NULL when ev is another message or an error (C and C++, no cast) */
static inline const atc_ica_at_imqttrcvpubin_test *atc_ica_at_imqttrcvpubin_test_of(const atc_event *ev)
{
    return ev->profile == &atc_ica_profile && ev->id == ATC_ICA_AT_IMQTTRCVPUBIN_TEST && ev->kind != ATC_KIND_ERROR
               ? (const atc_ica_at_imqttrcvpubin_test *)ev->msg : NULL;
}
#define ATC_ICA_AT_IMQTTRCVPUBIN_TEST_INIT_ZERO {0}
#define ATC_ICA_AT_IMQTTRCVPUBIN_TEST_MAX_LEN 19u
ATC_API atc_err atc_ica_encode_at_imqttrcvpubin_test(const atc_ica_at_imqttrcvpubin_test *msg, char *buf, size_t cap, size_t *len);

/* command AT+IMQTTRCVPUBIN?
 * document line 384: Read a received publish message (binary; normally reported as a URC) */
typedef struct atc_ica_at_imqttrcvpubin_read {
    char dummy_field; /* no fields */
} atc_ica_at_imqttrcvpubin_read;
/* ev->msg as this message, or NULL when ev is another message or an error (C and C++, no cast) */
static inline const atc_ica_at_imqttrcvpubin_read *atc_ica_at_imqttrcvpubin_read_of(const atc_event *ev)
{
    return ev->profile == &atc_ica_profile && ev->id == ATC_ICA_AT_IMQTTRCVPUBIN_READ && ev->kind != ATC_KIND_ERROR
               ? (const atc_ica_at_imqttrcvpubin_read *)ev->msg : NULL;
}
#define ATC_ICA_AT_IMQTTRCVPUBIN_READ_INIT_ZERO {0}
#define ATC_ICA_AT_IMQTTRCVPUBIN_READ_MAX_LEN 18u
ATC_API atc_err atc_ica_encode_at_imqttrcvpubin_read(const atc_ica_at_imqttrcvpubin_read *msg, char *buf, size_t cap, size_t *len);

/* command AT+IMQTTSTATE=?
 * document line 397: Query the MQTT connection state */
typedef struct atc_ica_at_imqttstate_test {
    char dummy_field; /* no fields */
} atc_ica_at_imqttstate_test;
/* ev->msg as this message, or NULL when ev is another message or an error (C and C++, no cast) */
static inline const atc_ica_at_imqttstate_test *atc_ica_at_imqttstate_test_of(const atc_event *ev)
{
    return ev->profile == &atc_ica_profile && ev->id == ATC_ICA_AT_IMQTTSTATE_TEST && ev->kind != ATC_KIND_ERROR
               ? (const atc_ica_at_imqttstate_test *)ev->msg : NULL;
}
#define ATC_ICA_AT_IMQTTSTATE_TEST_INIT_ZERO {0}
#define ATC_ICA_AT_IMQTTSTATE_TEST_MAX_LEN 16u
ATC_API atc_err atc_ica_encode_at_imqttstate_test(const atc_ica_at_imqttstate_test *msg, char *buf, size_t cap, size_t *len);

/* command AT+IMQTTSTATE?
 * document line 398: Query the MQTT connection state */
typedef struct atc_ica_at_imqttstate_read {
    char dummy_field; /* no fields */
} atc_ica_at_imqttstate_read;
/* ev->msg as this message, or NULL when ev is another message or an error (C and C++, no cast) */
static inline const atc_ica_at_imqttstate_read *atc_ica_at_imqttstate_read_of(const atc_event *ev)
{
    return ev->profile == &atc_ica_profile && ev->id == ATC_ICA_AT_IMQTTSTATE_READ && ev->kind != ATC_KIND_ERROR
               ? (const atc_ica_at_imqttstate_read *)ev->msg : NULL;
}
#define ATC_ICA_AT_IMQTTSTATE_READ_INIT_ZERO {0}
#define ATC_ICA_AT_IMQTTSTATE_READ_MAX_LEN 15u
ATC_API atc_err atc_ica_encode_at_imqttstate_read(const atc_ica_at_imqttstate_read *msg, char *buf, size_t cap, size_t *len);

/* command AT+IMQTTDISCONN=?
 * document line 409: Disconnect from the MQTT server */
typedef struct atc_ica_at_imqttdisconn_test {
    char dummy_field; /* no fields */
} atc_ica_at_imqttdisconn_test;
/* ev->msg as this message, or NULL when ev is another message or an error (C and C++, no cast) */
static inline const atc_ica_at_imqttdisconn_test *atc_ica_at_imqttdisconn_test_of(const atc_event *ev)
{
    return ev->profile == &atc_ica_profile && ev->id == ATC_ICA_AT_IMQTTDISCONN_TEST && ev->kind != ATC_KIND_ERROR
               ? (const atc_ica_at_imqttdisconn_test *)ev->msg : NULL;
}
#define ATC_ICA_AT_IMQTTDISCONN_TEST_INIT_ZERO {0}
#define ATC_ICA_AT_IMQTTDISCONN_TEST_MAX_LEN 18u
ATC_API atc_err atc_ica_encode_at_imqttdisconn_test(const atc_ica_at_imqttdisconn_test *msg, char *buf, size_t cap, size_t *len);

/* command AT+IMQTTDISCONN
 * document line 410: Disconnect from the MQTT server */
typedef struct atc_ica_at_imqttdisconn_exec {
    char dummy_field; /* no fields */
} atc_ica_at_imqttdisconn_exec;
/* ev->msg as this message, or NULL when ev is another message or an error (C and C++, no cast) */
static inline const atc_ica_at_imqttdisconn_exec *atc_ica_at_imqttdisconn_exec_of(const atc_event *ev)
{
    return ev->profile == &atc_ica_profile && ev->id == ATC_ICA_AT_IMQTTDISCONN_EXEC && ev->kind != ATC_KIND_ERROR
               ? (const atc_ica_at_imqttdisconn_exec *)ev->msg : NULL;
}
#define ATC_ICA_AT_IMQTTDISCONN_EXEC_INIT_ZERO {0}
#define ATC_ICA_AT_IMQTTDISCONN_EXEC_MAX_LEN 16u
ATC_API atc_err atc_ica_encode_at_imqttdisconn_exec(const atc_ica_at_imqttdisconn_exec *msg, char *buf, size_t cap, size_t *len);

/* command AT+IMQTTDBGPARA=?
 * document line 423: Set debug parameters */
typedef struct atc_ica_at_imqttdbgpara_test {
    char dummy_field; /* no fields */
} atc_ica_at_imqttdbgpara_test;
/* ev->msg as this message, or NULL when ev is another message or an error (C and C++, no cast) */
static inline const atc_ica_at_imqttdbgpara_test *atc_ica_at_imqttdbgpara_test_of(const atc_event *ev)
{
    return ev->profile == &atc_ica_profile && ev->id == ATC_ICA_AT_IMQTTDBGPARA_TEST && ev->kind != ATC_KIND_ERROR
               ? (const atc_ica_at_imqttdbgpara_test *)ev->msg : NULL;
}
#define ATC_ICA_AT_IMQTTDBGPARA_TEST_INIT_ZERO {0}
#define ATC_ICA_AT_IMQTTDBGPARA_TEST_MAX_LEN 18u
ATC_API atc_err atc_ica_encode_at_imqttdbgpara_test(const atc_ica_at_imqttdbgpara_test *msg, char *buf, size_t cap, size_t *len);

/* command AT+IMQTTDBGPARA?
 * document line 424: Set debug parameters */
typedef struct atc_ica_at_imqttdbgpara_read {
    char dummy_field; /* no fields */
} atc_ica_at_imqttdbgpara_read;
/* ev->msg as this message, or NULL when ev is another message or an error (C and C++, no cast) */
static inline const atc_ica_at_imqttdbgpara_read *atc_ica_at_imqttdbgpara_read_of(const atc_event *ev)
{
    return ev->profile == &atc_ica_profile && ev->id == ATC_ICA_AT_IMQTTDBGPARA_READ && ev->kind != ATC_KIND_ERROR
               ? (const atc_ica_at_imqttdbgpara_read *)ev->msg : NULL;
}
#define ATC_ICA_AT_IMQTTDBGPARA_READ_INIT_ZERO {0}
#define ATC_ICA_AT_IMQTTDBGPARA_READ_MAX_LEN 17u
ATC_API atc_err atc_ica_encode_at_imqttdbgpara_read(const atc_ica_at_imqttdbgpara_read *msg, char *buf, size_t cap, size_t *len);

/* command AT+IMQTTDBGPARA={"PINGRSP",<PINGRSP>}
 * document line 425: Set debug parameters */
typedef struct atc_ica_at_imqttdbgpara_set {
    bool has_ping_rsp;
    int32_t ping_rsp; /* atc_ica_ping_rsp */
} atc_ica_at_imqttdbgpara_set;
/* ev->msg as this message, or NULL when ev is another message or an error (C and C++, no cast) */
static inline const atc_ica_at_imqttdbgpara_set *atc_ica_at_imqttdbgpara_set_of(const atc_event *ev)
{
    return ev->profile == &atc_ica_profile && ev->id == ATC_ICA_AT_IMQTTDBGPARA_SET && ev->kind != ATC_KIND_ERROR
               ? (const atc_ica_at_imqttdbgpara_set *)ev->msg : NULL;
}
#define ATC_ICA_AT_IMQTTDBGPARA_SET_INIT_ZERO {false, 0}
#define ATC_ICA_AT_IMQTTDBGPARA_SET_MAX_LEN 29u
ATC_API atc_err atc_ica_encode_at_imqttdbgpara_set(const atc_ica_at_imqttdbgpara_set *msg, char *buf, size_t cap, size_t *len);

/* command AT+IMQTTPINGRSP=?
 * document line 439: Received ping response (URC; test form only) */
typedef struct atc_ica_at_imqttpingrsp_test {
    char dummy_field; /* no fields */
} atc_ica_at_imqttpingrsp_test;
/* ev->msg as this message, or NULL when ev is another message or an error (C and C++, no cast) */
static inline const atc_ica_at_imqttpingrsp_test *atc_ica_at_imqttpingrsp_test_of(const atc_event *ev)
{
    return ev->profile == &atc_ica_profile && ev->id == ATC_ICA_AT_IMQTTPINGRSP_TEST && ev->kind != ATC_KIND_ERROR
               ? (const atc_ica_at_imqttpingrsp_test *)ev->msg : NULL;
}
#define ATC_ICA_AT_IMQTTPINGRSP_TEST_INIT_ZERO {0}
#define ATC_ICA_AT_IMQTTPINGRSP_TEST_MAX_LEN 18u
ATC_API atc_err atc_ica_encode_at_imqttpingrsp_test(const atc_ica_at_imqttpingrsp_test *msg, char *buf, size_t cap, size_t *len);

/* command AT+ICOAPARA=?
 * document line 472: Set CoAP parameters */
typedef struct atc_ica_at_icoapara_test {
    char dummy_field; /* no fields */
} atc_ica_at_icoapara_test;
/* ev->msg as this message, or NULL when ev is another message or an error (C and C++, no cast) */
static inline const atc_ica_at_icoapara_test *atc_ica_at_icoapara_test_of(const atc_event *ev)
{
    return ev->profile == &atc_ica_profile && ev->id == ATC_ICA_AT_ICOAPARA_TEST && ev->kind != ATC_KIND_ERROR
               ? (const atc_ica_at_icoapara_test *)ev->msg : NULL;
}
#define ATC_ICA_AT_ICOAPARA_TEST_INIT_ZERO {0}
#define ATC_ICA_AT_ICOAPARA_TEST_MAX_LEN 14u
ATC_API atc_err atc_ica_encode_at_icoapara_test(const atc_ica_at_icoapara_test *msg, char *buf, size_t cap, size_t *len);

/* command AT+ICOAPARA?
 * document line 473: Set CoAP parameters */
typedef struct atc_ica_at_icoapara_read {
    char dummy_field; /* no fields */
} atc_ica_at_icoapara_read;
/* ev->msg as this message, or NULL when ev is another message or an error (C and C++, no cast) */
static inline const atc_ica_at_icoapara_read *atc_ica_at_icoapara_read_of(const atc_event *ev)
{
    return ev->profile == &atc_ica_profile && ev->id == ATC_ICA_AT_ICOAPARA_READ && ev->kind != ATC_KIND_ERROR
               ? (const atc_ica_at_icoapara_read *)ev->msg : NULL;
}
#define ATC_ICA_AT_ICOAPARA_READ_INIT_ZERO {0}
#define ATC_ICA_AT_ICOAPARA_READ_MAX_LEN 13u
ATC_API atc_err atc_ica_encode_at_icoapara_read(const atc_ica_at_icoapara_read *msg, char *buf, size_t cap, size_t *len);

/* command AT+ICOAPARA={"TIMEOUT",<TIMEOUT>}
 * document line 474: Set CoAP parameters */
typedef struct atc_ica_at_icoapara_set {
    bool has_timeout;
    int32_t timeout;
} atc_ica_at_icoapara_set;
/* ev->msg as this message, or NULL when ev is another message or an error (C and C++, no cast) */
static inline const atc_ica_at_icoapara_set *atc_ica_at_icoapara_set_of(const atc_event *ev)
{
    return ev->profile == &atc_ica_profile && ev->id == ATC_ICA_AT_ICOAPARA_SET && ev->kind != ATC_KIND_ERROR
               ? (const atc_ica_at_icoapara_set *)ev->msg : NULL;
}
#define ATC_ICA_AT_ICOAPARA_SET_INIT_ZERO {false, 0}
#define ATC_ICA_AT_ICOAPARA_SET_MAX_LEN 35u
ATC_API atc_err atc_ica_encode_at_icoapara_set(const atc_ica_at_icoapara_set *msg, char *buf, size_t cap, size_t *len);

/* command AT+ICOAPOPEN=?
 * document line 485: Set the CoAP server address and port */
typedef struct atc_ica_at_icoapopen_test {
    char dummy_field; /* no fields */
} atc_ica_at_icoapopen_test;
/* ev->msg as this message, or NULL when ev is another message or an error (C and C++, no cast) */
static inline const atc_ica_at_icoapopen_test *atc_ica_at_icoapopen_test_of(const atc_event *ev)
{
    return ev->profile == &atc_ica_profile && ev->id == ATC_ICA_AT_ICOAPOPEN_TEST && ev->kind != ATC_KIND_ERROR
               ? (const atc_ica_at_icoapopen_test *)ev->msg : NULL;
}
#define ATC_ICA_AT_ICOAPOPEN_TEST_INIT_ZERO {0}
#define ATC_ICA_AT_ICOAPOPEN_TEST_MAX_LEN 15u
ATC_API atc_err atc_ica_encode_at_icoapopen_test(const atc_ica_at_icoapopen_test *msg, char *buf, size_t cap, size_t *len);

/* command AT+ICOAPOPEN?
 * document line 486: Set the CoAP server address and port */
typedef struct atc_ica_at_icoapopen_read {
    char dummy_field; /* no fields */
} atc_ica_at_icoapopen_read;
/* ev->msg as this message, or NULL when ev is another message or an error (C and C++, no cast) */
static inline const atc_ica_at_icoapopen_read *atc_ica_at_icoapopen_read_of(const atc_event *ev)
{
    return ev->profile == &atc_ica_profile && ev->id == ATC_ICA_AT_ICOAPOPEN_READ && ev->kind != ATC_KIND_ERROR
               ? (const atc_ica_at_icoapopen_read *)ev->msg : NULL;
}
#define ATC_ICA_AT_ICOAPOPEN_READ_INIT_ZERO {0}
#define ATC_ICA_AT_ICOAPOPEN_READ_MAX_LEN 14u
ATC_API atc_err atc_ica_encode_at_icoapopen_read(const atc_ica_at_icoapopen_read *msg, char *buf, size_t cap, size_t *len);

/* command AT+ICOAPOPEN=<hostname>,<port>
 * document line 488: Set the CoAP server address and port */
typedef struct atc_ica_at_icoapopen_set {
    atc_str hostname;
    int32_t port;
} atc_ica_at_icoapopen_set;
/* ev->msg as this message, or NULL when ev is another message or an error (C and C++, no cast) */
static inline const atc_ica_at_icoapopen_set *atc_ica_at_icoapopen_set_of(const atc_event *ev)
{
    return ev->profile == &atc_ica_profile && ev->id == ATC_ICA_AT_ICOAPOPEN_SET && ev->kind != ATC_KIND_ERROR
               ? (const atc_ica_at_icoapopen_set *)ev->msg : NULL;
}
#define ATC_ICA_AT_ICOAPOPEN_SET_INIT_ZERO {{NULL, 0}, 0}
#define ATC_ICA_AT_ICOAPOPEN_SET_MAX_LEN (27u + 1u * ATC_MAX_LINE)
ATC_API atc_err atc_ica_encode_at_icoapopen_set(const atc_ica_at_icoapopen_set *msg, char *buf, size_t cap, size_t *len);

/* command AT+ICOAPAUTH=?
 * document line 499: Authenticate the device (CoAP) */
typedef struct atc_ica_at_icoapauth_test {
    char dummy_field; /* no fields */
} atc_ica_at_icoapauth_test;
/* ev->msg as this message, or NULL when ev is another message or an error (C and C++, no cast) */
static inline const atc_ica_at_icoapauth_test *atc_ica_at_icoapauth_test_of(const atc_event *ev)
{
    return ev->profile == &atc_ica_profile && ev->id == ATC_ICA_AT_ICOAPAUTH_TEST && ev->kind != ATC_KIND_ERROR
               ? (const atc_ica_at_icoapauth_test *)ev->msg : NULL;
}
#define ATC_ICA_AT_ICOAPAUTH_TEST_INIT_ZERO {0}
#define ATC_ICA_AT_ICOAPAUTH_TEST_MAX_LEN 15u
ATC_API atc_err atc_ica_encode_at_icoapauth_test(const atc_ica_at_icoapauth_test *msg, char *buf, size_t cap, size_t *len);

/* command AT+ICOAPAUTH?
 * document line 500: Authenticate the device (CoAP) */
typedef struct atc_ica_at_icoapauth_read {
    char dummy_field; /* no fields */
} atc_ica_at_icoapauth_read;
/* ev->msg as this message, or NULL when ev is another message or an error (C and C++, no cast) */
static inline const atc_ica_at_icoapauth_read *atc_ica_at_icoapauth_read_of(const atc_event *ev)
{
    return ev->profile == &atc_ica_profile && ev->id == ATC_ICA_AT_ICOAPAUTH_READ && ev->kind != ATC_KIND_ERROR
               ? (const atc_ica_at_icoapauth_read *)ev->msg : NULL;
}
#define ATC_ICA_AT_ICOAPAUTH_READ_INIT_ZERO {0}
#define ATC_ICA_AT_ICOAPAUTH_READ_MAX_LEN 14u
ATC_API atc_err atc_ica_encode_at_icoapauth_read(const atc_ica_at_icoapauth_read *msg, char *buf, size_t cap, size_t *len);

/* command AT+ICOAPAUTH=<ParaValue>...
 * document line 501: Authenticate the device (CoAP) */
typedef struct atc_ica_at_icoapauth_set {
    uint8_t para_value_count; /* 1..16 */
    atc_str para_value[16];
} atc_ica_at_icoapauth_set;
/* ev->msg as this message, or NULL when ev is another message or an error (C and C++, no cast) */
static inline const atc_ica_at_icoapauth_set *atc_ica_at_icoapauth_set_of(const atc_event *ev)
{
    return ev->profile == &atc_ica_profile && ev->id == ATC_ICA_AT_ICOAPAUTH_SET && ev->kind != ATC_KIND_ERROR
               ? (const atc_ica_at_icoapauth_set *)ev->msg : NULL;
}
#define ATC_ICA_AT_ICOAPAUTH_SET_INIT_ZERO {0, {{NULL, 0}}}
#define ATC_ICA_AT_ICOAPAUTH_SET_MAX_LEN (30u + 16u * ATC_MAX_LINE)
ATC_API atc_err atc_ica_encode_at_icoapauth_set(const atc_ica_at_icoapauth_set *msg, char *buf, size_t cap, size_t *len);

/* command AT+ICOAPSENDREQ=?
 * document line 512: Send a confirmable CoAP request */
typedef struct atc_ica_at_icoapsendreq_test {
    char dummy_field; /* no fields */
} atc_ica_at_icoapsendreq_test;
/* ev->msg as this message, or NULL when ev is another message or an error (C and C++, no cast) */
static inline const atc_ica_at_icoapsendreq_test *atc_ica_at_icoapsendreq_test_of(const atc_event *ev)
{
    return ev->profile == &atc_ica_profile && ev->id == ATC_ICA_AT_ICOAPSENDREQ_TEST && ev->kind != ATC_KIND_ERROR
               ? (const atc_ica_at_icoapsendreq_test *)ev->msg : NULL;
}
#define ATC_ICA_AT_ICOAPSENDREQ_TEST_INIT_ZERO {0}
#define ATC_ICA_AT_ICOAPSENDREQ_TEST_MAX_LEN 18u
ATC_API atc_err atc_ica_encode_at_icoapsendreq_test(const atc_ica_at_icoapsendreq_test *msg, char *buf, size_t cap, size_t *len);

/* command AT+ICOAPSENDREQ?
 * document line 513: Send a confirmable CoAP request */
typedef struct atc_ica_at_icoapsendreq_read {
    char dummy_field; /* no fields */
} atc_ica_at_icoapsendreq_read;
/* ev->msg as this message, or NULL when ev is another message or an error (C and C++, no cast) */
static inline const atc_ica_at_icoapsendreq_read *atc_ica_at_icoapsendreq_read_of(const atc_event *ev)
{
    return ev->profile == &atc_ica_profile && ev->id == ATC_ICA_AT_ICOAPSENDREQ_READ && ev->kind != ATC_KIND_ERROR
               ? (const atc_ica_at_icoapsendreq_read *)ev->msg : NULL;
}
#define ATC_ICA_AT_ICOAPSENDREQ_READ_INIT_ZERO {0}
#define ATC_ICA_AT_ICOAPSENDREQ_READ_MAX_LEN 17u
ATC_API atc_err atc_ica_encode_at_icoapsendreq_read(const atc_ica_at_icoapsendreq_read *msg, char *buf, size_t cap, size_t *len);

/* command AT+ICOAPSENDREQ=<method>,<path>,<message>[,<format>[,<fragment_id>]]
 * document line 514: Send a confirmable CoAP request */
typedef struct atc_ica_at_icoapsendreq_set {
    bool has_format;
    bool has_fragment_id;
    int32_t method; /* atc_ica_method */
    atc_str path;
    atc_str message;
    int32_t format; /* atc_ica_format */
    int32_t fragment_id;
} atc_ica_at_icoapsendreq_set;
/* ev->msg as this message, or NULL when ev is another message or an error (C and C++, no cast) */
static inline const atc_ica_at_icoapsendreq_set *atc_ica_at_icoapsendreq_set_of(const atc_event *ev)
{
    return ev->profile == &atc_ica_profile && ev->id == ATC_ICA_AT_ICOAPSENDREQ_SET && ev->kind != ATC_KIND_ERROR
               ? (const atc_ica_at_icoapsendreq_set *)ev->msg : NULL;
}
#define ATC_ICA_AT_ICOAPSENDREQ_SET_INIT_ZERO {false, false, 0, {NULL, 0}, {NULL, 0}, 0, 0}
#define ATC_ICA_AT_ICOAPSENDREQ_SET_MAX_LEN (35u + 2u * ATC_MAX_LINE)
ATC_API atc_err atc_ica_encode_at_icoapsendreq_set(const atc_ica_at_icoapsendreq_set *msg, char *buf, size_t cap, size_t *len);

/* command AT+ICOAPSENDBIN=?
 * document line 536: Send a confirmable CoAP request (binary) */
typedef struct atc_ica_at_icoapsendbin_test {
    char dummy_field; /* no fields */
} atc_ica_at_icoapsendbin_test;
/* ev->msg as this message, or NULL when ev is another message or an error (C and C++, no cast) */
static inline const atc_ica_at_icoapsendbin_test *atc_ica_at_icoapsendbin_test_of(const atc_event *ev)
{
    return ev->profile == &atc_ica_profile && ev->id == ATC_ICA_AT_ICOAPSENDBIN_TEST && ev->kind != ATC_KIND_ERROR
               ? (const atc_ica_at_icoapsendbin_test *)ev->msg : NULL;
}
#define ATC_ICA_AT_ICOAPSENDBIN_TEST_INIT_ZERO {0}
#define ATC_ICA_AT_ICOAPSENDBIN_TEST_MAX_LEN 18u
ATC_API atc_err atc_ica_encode_at_icoapsendbin_test(const atc_ica_at_icoapsendbin_test *msg, char *buf, size_t cap, size_t *len);

/* command AT+ICOAPSENDBIN?
 * document line 537: Send a confirmable CoAP request (binary) */
typedef struct atc_ica_at_icoapsendbin_read {
    char dummy_field; /* no fields */
} atc_ica_at_icoapsendbin_read;
/* ev->msg as this message, or NULL when ev is another message or an error (C and C++, no cast) */
static inline const atc_ica_at_icoapsendbin_read *atc_ica_at_icoapsendbin_read_of(const atc_event *ev)
{
    return ev->profile == &atc_ica_profile && ev->id == ATC_ICA_AT_ICOAPSENDBIN_READ && ev->kind != ATC_KIND_ERROR
               ? (const atc_ica_at_icoapsendbin_read *)ev->msg : NULL;
}
#define ATC_ICA_AT_ICOAPSENDBIN_READ_INIT_ZERO {0}
#define ATC_ICA_AT_ICOAPSENDBIN_READ_MAX_LEN 17u
ATC_API atc_err atc_ica_encode_at_icoapsendbin_read(const atc_ica_at_icoapsendbin_read *msg, char *buf, size_t cap, size_t *len);

/* command AT+ICOAPSENDBIN=<method>,<path>,<msg_len>
 * document line 538: Send a confirmable CoAP request (binary) */
typedef struct atc_ica_at_icoapsendbin_set {
    int32_t method; /* atc_ica_method */
    atc_str path;
    int32_t msg_len;
} atc_ica_at_icoapsendbin_set;
/* ev->msg as this message, or NULL when ev is another message or an error (C and C++, no cast) */
static inline const atc_ica_at_icoapsendbin_set *atc_ica_at_icoapsendbin_set_of(const atc_event *ev)
{
    return ev->profile == &atc_ica_profile && ev->id == ATC_ICA_AT_ICOAPSENDBIN_SET && ev->kind != ATC_KIND_ERROR
               ? (const atc_ica_at_icoapsendbin_set *)ev->msg : NULL;
}
#define ATC_ICA_AT_ICOAPSENDBIN_SET_INIT_ZERO {0, {NULL, 0}, 0}
#define ATC_ICA_AT_ICOAPSENDBIN_SET_MAX_LEN (32u + 1u * ATC_MAX_LINE)
ATC_API atc_err atc_ica_encode_at_icoapsendbin_set(const atc_ica_at_icoapsendbin_set *msg, char *buf, size_t cap, size_t *len);

/* command AT+ICOAPSENDREQN=?
 * document line 559: Send a non-confirmable CoAP request */
typedef struct atc_ica_at_icoapsendreqn_test {
    char dummy_field; /* no fields */
} atc_ica_at_icoapsendreqn_test;
/* ev->msg as this message, or NULL when ev is another message or an error (C and C++, no cast) */
static inline const atc_ica_at_icoapsendreqn_test *atc_ica_at_icoapsendreqn_test_of(const atc_event *ev)
{
    return ev->profile == &atc_ica_profile && ev->id == ATC_ICA_AT_ICOAPSENDREQN_TEST && ev->kind != ATC_KIND_ERROR
               ? (const atc_ica_at_icoapsendreqn_test *)ev->msg : NULL;
}
#define ATC_ICA_AT_ICOAPSENDREQN_TEST_INIT_ZERO {0}
#define ATC_ICA_AT_ICOAPSENDREQN_TEST_MAX_LEN 19u
ATC_API atc_err atc_ica_encode_at_icoapsendreqn_test(const atc_ica_at_icoapsendreqn_test *msg, char *buf, size_t cap, size_t *len);

/* command AT+ICOAPSENDREQN?
 * document line 560: Send a non-confirmable CoAP request */
typedef struct atc_ica_at_icoapsendreqn_read {
    char dummy_field; /* no fields */
} atc_ica_at_icoapsendreqn_read;
/* ev->msg as this message, or NULL when ev is another message or an error (C and C++, no cast) */
static inline const atc_ica_at_icoapsendreqn_read *atc_ica_at_icoapsendreqn_read_of(const atc_event *ev)
{
    return ev->profile == &atc_ica_profile && ev->id == ATC_ICA_AT_ICOAPSENDREQN_READ && ev->kind != ATC_KIND_ERROR
               ? (const atc_ica_at_icoapsendreqn_read *)ev->msg : NULL;
}
#define ATC_ICA_AT_ICOAPSENDREQN_READ_INIT_ZERO {0}
#define ATC_ICA_AT_ICOAPSENDREQN_READ_MAX_LEN 18u
ATC_API atc_err atc_ica_encode_at_icoapsendreqn_read(const atc_ica_at_icoapsendreqn_read *msg, char *buf, size_t cap, size_t *len);

/* command AT+ICOAPSENDREQN=<method>,<path>,<message>[,<format>[,<fragment_id>]]
 * document line 561: Send a non-confirmable CoAP request */
typedef struct atc_ica_at_icoapsendreqn_set {
    bool has_format;
    bool has_fragment_id;
    int32_t method; /* atc_ica_method */
    atc_str path;
    atc_str message;
    int32_t format; /* atc_ica_format */
    int32_t fragment_id;
} atc_ica_at_icoapsendreqn_set;
/* ev->msg as this message, or NULL when ev is another message or an error (C and C++, no cast) */
static inline const atc_ica_at_icoapsendreqn_set *atc_ica_at_icoapsendreqn_set_of(const atc_event *ev)
{
    return ev->profile == &atc_ica_profile && ev->id == ATC_ICA_AT_ICOAPSENDREQN_SET && ev->kind != ATC_KIND_ERROR
               ? (const atc_ica_at_icoapsendreqn_set *)ev->msg : NULL;
}
#define ATC_ICA_AT_ICOAPSENDREQN_SET_INIT_ZERO {false, false, 0, {NULL, 0}, {NULL, 0}, 0, 0}
#define ATC_ICA_AT_ICOAPSENDREQN_SET_MAX_LEN (36u + 2u * ATC_MAX_LINE)
ATC_API atc_err atc_ica_encode_at_icoapsendreqn_set(const atc_ica_at_icoapsendreqn_set *msg, char *buf, size_t cap, size_t *len);

/* command AT+ICOAPSENDNBIN=?
 * document line 578: Send a non-confirmable CoAP request (binary) */
typedef struct atc_ica_at_icoapsendnbin_test {
    char dummy_field; /* no fields */
} atc_ica_at_icoapsendnbin_test;
/* ev->msg as this message, or NULL when ev is another message or an error (C and C++, no cast) */
static inline const atc_ica_at_icoapsendnbin_test *atc_ica_at_icoapsendnbin_test_of(const atc_event *ev)
{
    return ev->profile == &atc_ica_profile && ev->id == ATC_ICA_AT_ICOAPSENDNBIN_TEST && ev->kind != ATC_KIND_ERROR
               ? (const atc_ica_at_icoapsendnbin_test *)ev->msg : NULL;
}
#define ATC_ICA_AT_ICOAPSENDNBIN_TEST_INIT_ZERO {0}
#define ATC_ICA_AT_ICOAPSENDNBIN_TEST_MAX_LEN 19u
ATC_API atc_err atc_ica_encode_at_icoapsendnbin_test(const atc_ica_at_icoapsendnbin_test *msg, char *buf, size_t cap, size_t *len);

/* command AT+ICOAPSENDNBIN?
 * document line 579: Send a non-confirmable CoAP request (binary) */
typedef struct atc_ica_at_icoapsendnbin_read {
    char dummy_field; /* no fields */
} atc_ica_at_icoapsendnbin_read;
/* ev->msg as this message, or NULL when ev is another message or an error (C and C++, no cast) */
static inline const atc_ica_at_icoapsendnbin_read *atc_ica_at_icoapsendnbin_read_of(const atc_event *ev)
{
    return ev->profile == &atc_ica_profile && ev->id == ATC_ICA_AT_ICOAPSENDNBIN_READ && ev->kind != ATC_KIND_ERROR
               ? (const atc_ica_at_icoapsendnbin_read *)ev->msg : NULL;
}
#define ATC_ICA_AT_ICOAPSENDNBIN_READ_INIT_ZERO {0}
#define ATC_ICA_AT_ICOAPSENDNBIN_READ_MAX_LEN 18u
ATC_API atc_err atc_ica_encode_at_icoapsendnbin_read(const atc_ica_at_icoapsendnbin_read *msg, char *buf, size_t cap, size_t *len);

/* command AT+ICOAPSENDNBIN=<method>,<path>,<msg_len>
 * document line 580: Send a non-confirmable CoAP request (binary) */
typedef struct atc_ica_at_icoapsendnbin_set {
    int32_t method; /* atc_ica_method */
    atc_str path;
    int32_t msg_len;
} atc_ica_at_icoapsendnbin_set;
/* ev->msg as this message, or NULL when ev is another message or an error (C and C++, no cast) */
static inline const atc_ica_at_icoapsendnbin_set *atc_ica_at_icoapsendnbin_set_of(const atc_event *ev)
{
    return ev->profile == &atc_ica_profile && ev->id == ATC_ICA_AT_ICOAPSENDNBIN_SET && ev->kind != ATC_KIND_ERROR
               ? (const atc_ica_at_icoapsendnbin_set *)ev->msg : NULL;
}
#define ATC_ICA_AT_ICOAPSENDNBIN_SET_INIT_ZERO {0, {NULL, 0}, 0}
#define ATC_ICA_AT_ICOAPSENDNBIN_SET_MAX_LEN (33u + 1u * ATC_MAX_LINE)
ATC_API atc_err atc_ica_encode_at_icoapsendnbin_set(const atc_ica_at_icoapsendnbin_set *msg, char *buf, size_t cap, size_t *len);

/* command AT+ICOAPRCVRSP=?
 * document line 598: Read a received CoAP response (normally reported as a URC) */
typedef struct atc_ica_at_icoaprcvrsp_test {
    char dummy_field; /* no fields */
} atc_ica_at_icoaprcvrsp_test;
/* ev->msg as this message, or NULL when ev is another message or an error (C and C++, no cast) */
static inline const atc_ica_at_icoaprcvrsp_test *atc_ica_at_icoaprcvrsp_test_of(const atc_event *ev)
{
    return ev->profile == &atc_ica_profile && ev->id == ATC_ICA_AT_ICOAPRCVRSP_TEST && ev->kind != ATC_KIND_ERROR
               ? (const atc_ica_at_icoaprcvrsp_test *)ev->msg : NULL;
}
#define ATC_ICA_AT_ICOAPRCVRSP_TEST_INIT_ZERO {0}
#define ATC_ICA_AT_ICOAPRCVRSP_TEST_MAX_LEN 17u
ATC_API atc_err atc_ica_encode_at_icoaprcvrsp_test(const atc_ica_at_icoaprcvrsp_test *msg, char *buf, size_t cap, size_t *len);

/* command AT+ICOAPRCVRSP?
 * document line 599: Read a received CoAP response (normally reported as a URC) */
typedef struct atc_ica_at_icoaprcvrsp_read {
    char dummy_field; /* no fields */
} atc_ica_at_icoaprcvrsp_read;
/* ev->msg as this message, or NULL when ev is another message or an error (C and C++, no cast) */
static inline const atc_ica_at_icoaprcvrsp_read *atc_ica_at_icoaprcvrsp_read_of(const atc_event *ev)
{
    return ev->profile == &atc_ica_profile && ev->id == ATC_ICA_AT_ICOAPRCVRSP_READ && ev->kind != ATC_KIND_ERROR
               ? (const atc_ica_at_icoaprcvrsp_read *)ev->msg : NULL;
}
#define ATC_ICA_AT_ICOAPRCVRSP_READ_INIT_ZERO {0}
#define ATC_ICA_AT_ICOAPRCVRSP_READ_MAX_LEN 16u
ATC_API atc_err atc_ica_encode_at_icoaprcvrsp_read(const atc_ica_at_icoaprcvrsp_read *msg, char *buf, size_t cap, size_t *len);

/* command AT+ICOAPRCVBIN=?
 * document line 613: Read a received CoAP response (binary; normally reported as a URC) */
typedef struct atc_ica_at_icoaprcvbin_test {
    char dummy_field; /* no fields */
} atc_ica_at_icoaprcvbin_test;
/* ev->msg as this message, or NULL when ev is another message or an error (C and C++, no cast) */
static inline const atc_ica_at_icoaprcvbin_test *atc_ica_at_icoaprcvbin_test_of(const atc_event *ev)
{
    return ev->profile == &atc_ica_profile && ev->id == ATC_ICA_AT_ICOAPRCVBIN_TEST && ev->kind != ATC_KIND_ERROR
               ? (const atc_ica_at_icoaprcvbin_test *)ev->msg : NULL;
}
#define ATC_ICA_AT_ICOAPRCVBIN_TEST_INIT_ZERO {0}
#define ATC_ICA_AT_ICOAPRCVBIN_TEST_MAX_LEN 17u
ATC_API atc_err atc_ica_encode_at_icoaprcvbin_test(const atc_ica_at_icoaprcvbin_test *msg, char *buf, size_t cap, size_t *len);

/* command AT+ICOAPRCVBIN?
 * document line 614: Read a received CoAP response (binary; normally reported as a URC) */
typedef struct atc_ica_at_icoaprcvbin_read {
    char dummy_field; /* no fields */
} atc_ica_at_icoaprcvbin_read;
/* ev->msg as this message, or NULL when ev is another message or an error (C and C++, no cast) */
static inline const atc_ica_at_icoaprcvbin_read *atc_ica_at_icoaprcvbin_read_of(const atc_event *ev)
{
    return ev->profile == &atc_ica_profile && ev->id == ATC_ICA_AT_ICOAPRCVBIN_READ && ev->kind != ATC_KIND_ERROR
               ? (const atc_ica_at_icoaprcvbin_read *)ev->msg : NULL;
}
#define ATC_ICA_AT_ICOAPRCVBIN_READ_INIT_ZERO {0}
#define ATC_ICA_AT_ICOAPRCVBIN_READ_MAX_LEN 16u
ATC_API atc_err atc_ica_encode_at_icoaprcvbin_read(const atc_ica_at_icoaprcvbin_read *msg, char *buf, size_t cap, size_t *len);

/* command AT+IHTTPOPEN=?
 * document line 645: Set the HTTP server address and port */
typedef struct atc_ica_at_ihttpopen_test {
    char dummy_field; /* no fields */
} atc_ica_at_ihttpopen_test;
/* ev->msg as this message, or NULL when ev is another message or an error (C and C++, no cast) */
static inline const atc_ica_at_ihttpopen_test *atc_ica_at_ihttpopen_test_of(const atc_event *ev)
{
    return ev->profile == &atc_ica_profile && ev->id == ATC_ICA_AT_IHTTPOPEN_TEST && ev->kind != ATC_KIND_ERROR
               ? (const atc_ica_at_ihttpopen_test *)ev->msg : NULL;
}
#define ATC_ICA_AT_IHTTPOPEN_TEST_INIT_ZERO {0}
#define ATC_ICA_AT_IHTTPOPEN_TEST_MAX_LEN 15u
ATC_API atc_err atc_ica_encode_at_ihttpopen_test(const atc_ica_at_ihttpopen_test *msg, char *buf, size_t cap, size_t *len);

/* command AT+IHTTPOPEN?
 * document line 646: Set the HTTP server address and port */
typedef struct atc_ica_at_ihttpopen_read {
    char dummy_field; /* no fields */
} atc_ica_at_ihttpopen_read;
/* ev->msg as this message, or NULL when ev is another message or an error (C and C++, no cast) */
static inline const atc_ica_at_ihttpopen_read *atc_ica_at_ihttpopen_read_of(const atc_event *ev)
{
    return ev->profile == &atc_ica_profile && ev->id == ATC_ICA_AT_IHTTPOPEN_READ && ev->kind != ATC_KIND_ERROR
               ? (const atc_ica_at_ihttpopen_read *)ev->msg : NULL;
}
#define ATC_ICA_AT_IHTTPOPEN_READ_INIT_ZERO {0}
#define ATC_ICA_AT_IHTTPOPEN_READ_MAX_LEN 14u
ATC_API atc_err atc_ica_encode_at_ihttpopen_read(const atc_ica_at_ihttpopen_read *msg, char *buf, size_t cap, size_t *len);

/* command AT+IHTTPOPEN=<hostname>,<port>
 * document line 651: Set the HTTP server address and port */
typedef struct atc_ica_at_ihttpopen_set {
    atc_str hostname;
    int32_t port;
} atc_ica_at_ihttpopen_set;
/* ev->msg as this message, or NULL when ev is another message or an error (C and C++, no cast) */
static inline const atc_ica_at_ihttpopen_set *atc_ica_at_ihttpopen_set_of(const atc_event *ev)
{
    return ev->profile == &atc_ica_profile && ev->id == ATC_ICA_AT_IHTTPOPEN_SET && ev->kind != ATC_KIND_ERROR
               ? (const atc_ica_at_ihttpopen_set *)ev->msg : NULL;
}
#define ATC_ICA_AT_IHTTPOPEN_SET_INIT_ZERO {{NULL, 0}, 0}
#define ATC_ICA_AT_IHTTPOPEN_SET_MAX_LEN (27u + 1u * ATC_MAX_LINE)
ATC_API atc_err atc_ica_encode_at_ihttpopen_set(const atc_ica_at_ihttpopen_set *msg, char *buf, size_t cap, size_t *len);

/* command AT+IHTTPARA=?
 * document line 662: Set HTTP parameters */
typedef struct atc_ica_at_ihttpara_test {
    char dummy_field; /* no fields */
} atc_ica_at_ihttpara_test;
/* ev->msg as this message, or NULL when ev is another message or an error (C and C++, no cast) */
static inline const atc_ica_at_ihttpara_test *atc_ica_at_ihttpara_test_of(const atc_event *ev)
{
    return ev->profile == &atc_ica_profile && ev->id == ATC_ICA_AT_IHTTPARA_TEST && ev->kind != ATC_KIND_ERROR
               ? (const atc_ica_at_ihttpara_test *)ev->msg : NULL;
}
#define ATC_ICA_AT_IHTTPARA_TEST_INIT_ZERO {0}
#define ATC_ICA_AT_IHTTPARA_TEST_MAX_LEN 14u
ATC_API atc_err atc_ica_encode_at_ihttpara_test(const atc_ica_at_ihttpara_test *msg, char *buf, size_t cap, size_t *len);

/* command AT+IHTTPARA?
 * document line 663: Set HTTP parameters */
typedef struct atc_ica_at_ihttpara_read {
    char dummy_field; /* no fields */
} atc_ica_at_ihttpara_read;
/* ev->msg as this message, or NULL when ev is another message or an error (C and C++, no cast) */
static inline const atc_ica_at_ihttpara_read *atc_ica_at_ihttpara_read_of(const atc_event *ev)
{
    return ev->profile == &atc_ica_profile && ev->id == ATC_ICA_AT_IHTTPARA_READ && ev->kind != ATC_KIND_ERROR
               ? (const atc_ica_at_ihttpara_read *)ev->msg : NULL;
}
#define ATC_ICA_AT_IHTTPARA_READ_INIT_ZERO {0}
#define ATC_ICA_AT_IHTTPARA_READ_MAX_LEN 13u
ATC_API atc_err atc_ica_encode_at_ihttpara_read(const atc_ica_at_ihttpara_read *msg, char *buf, size_t cap, size_t *len);

/* command AT+IHTTPARA={"KEEPALIVE",<KEEPALIVE> | "TIMEOUT",<TIMEOUT> | "AUTHMODE",<AUTHMODE>}
 * document line 664: Set HTTP parameters */
typedef struct atc_ica_at_ihttpara_set {
    bool has_keep_alive;
    bool has_timeout;
    bool has_auth_mode;
    int32_t keep_alive; /* atc_ica_keep_alive */
    int32_t timeout;
    int32_t auth_mode; /* atc_ica_auth_mode */
} atc_ica_at_ihttpara_set;
/* ev->msg as this message, or NULL when ev is another message or an error (C and C++, no cast) */
static inline const atc_ica_at_ihttpara_set *atc_ica_at_ihttpara_set_of(const atc_event *ev)
{
    return ev->profile == &atc_ica_profile && ev->id == ATC_ICA_AT_IHTTPARA_SET && ev->kind != ATC_KIND_ERROR
               ? (const atc_ica_at_ihttpara_set *)ev->msg : NULL;
}
#define ATC_ICA_AT_IHTTPARA_SET_INIT_ZERO {false, false, false, 0, 0, 0}
#define ATC_ICA_AT_IHTTPARA_SET_MAX_LEN 62u
ATC_API atc_err atc_ica_encode_at_ihttpara_set(const atc_ica_at_ihttpara_set *msg, char *buf, size_t cap, size_t *len);

/* command AT+IHTTPAUTH=?
 * document line 678: Authenticate the device (HTTP) */
typedef struct atc_ica_at_ihttpauth_test {
    char dummy_field; /* no fields */
} atc_ica_at_ihttpauth_test;
/* ev->msg as this message, or NULL when ev is another message or an error (C and C++, no cast) */
static inline const atc_ica_at_ihttpauth_test *atc_ica_at_ihttpauth_test_of(const atc_event *ev)
{
    return ev->profile == &atc_ica_profile && ev->id == ATC_ICA_AT_IHTTPAUTH_TEST && ev->kind != ATC_KIND_ERROR
               ? (const atc_ica_at_ihttpauth_test *)ev->msg : NULL;
}
#define ATC_ICA_AT_IHTTPAUTH_TEST_INIT_ZERO {0}
#define ATC_ICA_AT_IHTTPAUTH_TEST_MAX_LEN 15u
ATC_API atc_err atc_ica_encode_at_ihttpauth_test(const atc_ica_at_ihttpauth_test *msg, char *buf, size_t cap, size_t *len);

/* command AT+IHTTPAUTH?
 * document line 679: Authenticate the device (HTTP) */
typedef struct atc_ica_at_ihttpauth_read {
    char dummy_field; /* no fields */
} atc_ica_at_ihttpauth_read;
/* ev->msg as this message, or NULL when ev is another message or an error (C and C++, no cast) */
static inline const atc_ica_at_ihttpauth_read *atc_ica_at_ihttpauth_read_of(const atc_event *ev)
{
    return ev->profile == &atc_ica_profile && ev->id == ATC_ICA_AT_IHTTPAUTH_READ && ev->kind != ATC_KIND_ERROR
               ? (const atc_ica_at_ihttpauth_read *)ev->msg : NULL;
}
#define ATC_ICA_AT_IHTTPAUTH_READ_INIT_ZERO {0}
#define ATC_ICA_AT_IHTTPAUTH_READ_MAX_LEN 14u
ATC_API atc_err atc_ica_encode_at_ihttpauth_read(const atc_ica_at_ihttpauth_read *msg, char *buf, size_t cap, size_t *len);

/* command AT+IHTTPAUTH=<ParaValue>...
 * document line 680: Authenticate the device (HTTP) */
typedef struct atc_ica_at_ihttpauth_set {
    uint8_t para_value_count; /* 1..16 */
    atc_str para_value[16];
} atc_ica_at_ihttpauth_set;
/* ev->msg as this message, or NULL when ev is another message or an error (C and C++, no cast) */
static inline const atc_ica_at_ihttpauth_set *atc_ica_at_ihttpauth_set_of(const atc_event *ev)
{
    return ev->profile == &atc_ica_profile && ev->id == ATC_ICA_AT_IHTTPAUTH_SET && ev->kind != ATC_KIND_ERROR
               ? (const atc_ica_at_ihttpauth_set *)ev->msg : NULL;
}
#define ATC_ICA_AT_IHTTPAUTH_SET_INIT_ZERO {0, {{NULL, 0}}}
#define ATC_ICA_AT_IHTTPAUTH_SET_MAX_LEN (30u + 16u * ATC_MAX_LINE)
ATC_API atc_err atc_ica_encode_at_ihttpauth_set(const atc_ica_at_ihttpauth_set *msg, char *buf, size_t cap, size_t *len);

/* command AT+IHTTPSEND=?
 * document line 693: Send an HTTP request and wait for the response */
typedef struct atc_ica_at_ihttpsend_test {
    char dummy_field; /* no fields */
} atc_ica_at_ihttpsend_test;
/* ev->msg as this message, or NULL when ev is another message or an error (C and C++, no cast) */
static inline const atc_ica_at_ihttpsend_test *atc_ica_at_ihttpsend_test_of(const atc_event *ev)
{
    return ev->profile == &atc_ica_profile && ev->id == ATC_ICA_AT_IHTTPSEND_TEST && ev->kind != ATC_KIND_ERROR
               ? (const atc_ica_at_ihttpsend_test *)ev->msg : NULL;
}
#define ATC_ICA_AT_IHTTPSEND_TEST_INIT_ZERO {0}
#define ATC_ICA_AT_IHTTPSEND_TEST_MAX_LEN 15u
ATC_API atc_err atc_ica_encode_at_ihttpsend_test(const atc_ica_at_ihttpsend_test *msg, char *buf, size_t cap, size_t *len);

/* command AT+IHTTPSEND?
 * document line 694: Send an HTTP request and wait for the response */
typedef struct atc_ica_at_ihttpsend_read {
    char dummy_field; /* no fields */
} atc_ica_at_ihttpsend_read;
/* ev->msg as this message, or NULL when ev is another message or an error (C and C++, no cast) */
static inline const atc_ica_at_ihttpsend_read *atc_ica_at_ihttpsend_read_of(const atc_event *ev)
{
    return ev->profile == &atc_ica_profile && ev->id == ATC_ICA_AT_IHTTPSEND_READ && ev->kind != ATC_KIND_ERROR
               ? (const atc_ica_at_ihttpsend_read *)ev->msg : NULL;
}
#define ATC_ICA_AT_IHTTPSEND_READ_INIT_ZERO {0}
#define ATC_ICA_AT_IHTTPSEND_READ_MAX_LEN 14u
ATC_API atc_err atc_ica_encode_at_ihttpsend_read(const atc_ica_at_ihttpsend_read *msg, char *buf, size_t cap, size_t *len);

/* command AT+IHTTPSEND=<method>,<path>,<message>
 * document line 695: Send an HTTP request and wait for the response */
typedef struct atc_ica_at_ihttpsend_set {
    int32_t method; /* atc_ica_method */
    atc_str path;
    atc_str message;
} atc_ica_at_ihttpsend_set;
/* ev->msg as this message, or NULL when ev is another message or an error (C and C++, no cast) */
static inline const atc_ica_at_ihttpsend_set *atc_ica_at_ihttpsend_set_of(const atc_event *ev)
{
    return ev->profile == &atc_ica_profile && ev->id == ATC_ICA_AT_IHTTPSEND_SET && ev->kind != ATC_KIND_ERROR
               ? (const atc_ica_at_ihttpsend_set *)ev->msg : NULL;
}
#define ATC_ICA_AT_IHTTPSEND_SET_INIT_ZERO {0, {NULL, 0}, {NULL, 0}}
#define ATC_ICA_AT_IHTTPSEND_SET_MAX_LEN (18u + 2u * ATC_MAX_LINE)
ATC_API atc_err atc_ica_encode_at_ihttpsend_set(const atc_ica_at_ihttpsend_set *msg, char *buf, size_t cap, size_t *len);

/* command AT+IHTTPSENDREQ=?
 * document line 719: Send an HTTP request (the response comes as +IHTTPRCVRSP) */
typedef struct atc_ica_at_ihttpsendreq_test {
    char dummy_field; /* no fields */
} atc_ica_at_ihttpsendreq_test;
/* ev->msg as this message, or NULL when ev is another message or an error (C and C++, no cast) */
static inline const atc_ica_at_ihttpsendreq_test *atc_ica_at_ihttpsendreq_test_of(const atc_event *ev)
{
    return ev->profile == &atc_ica_profile && ev->id == ATC_ICA_AT_IHTTPSENDREQ_TEST && ev->kind != ATC_KIND_ERROR
               ? (const atc_ica_at_ihttpsendreq_test *)ev->msg : NULL;
}
#define ATC_ICA_AT_IHTTPSENDREQ_TEST_INIT_ZERO {0}
#define ATC_ICA_AT_IHTTPSENDREQ_TEST_MAX_LEN 18u
ATC_API atc_err atc_ica_encode_at_ihttpsendreq_test(const atc_ica_at_ihttpsendreq_test *msg, char *buf, size_t cap, size_t *len);

/* command AT+IHTTPSENDREQ?
 * document line 720: Send an HTTP request (the response comes as +IHTTPRCVRSP) */
typedef struct atc_ica_at_ihttpsendreq_read {
    char dummy_field; /* no fields */
} atc_ica_at_ihttpsendreq_read;
/* ev->msg as this message, or NULL when ev is another message or an error (C and C++, no cast) */
static inline const atc_ica_at_ihttpsendreq_read *atc_ica_at_ihttpsendreq_read_of(const atc_event *ev)
{
    return ev->profile == &atc_ica_profile && ev->id == ATC_ICA_AT_IHTTPSENDREQ_READ && ev->kind != ATC_KIND_ERROR
               ? (const atc_ica_at_ihttpsendreq_read *)ev->msg : NULL;
}
#define ATC_ICA_AT_IHTTPSENDREQ_READ_INIT_ZERO {0}
#define ATC_ICA_AT_IHTTPSENDREQ_READ_MAX_LEN 17u
ATC_API atc_err atc_ica_encode_at_ihttpsendreq_read(const atc_ica_at_ihttpsendreq_read *msg, char *buf, size_t cap, size_t *len);

/* command AT+IHTTPSENDREQ=<method>,<path>,<message>[,<format>[,<fragment_id>]]
 * document line 721: Send an HTTP request (the response comes as +IHTTPRCVRSP) */
typedef struct atc_ica_at_ihttpsendreq_set {
    bool has_format;
    bool has_fragment_id;
    int32_t method; /* atc_ica_method */
    atc_str path;
    atc_str message;
    int32_t format; /* atc_ica_format */
    int32_t fragment_id;
} atc_ica_at_ihttpsendreq_set;
/* ev->msg as this message, or NULL when ev is another message or an error (C and C++, no cast) */
static inline const atc_ica_at_ihttpsendreq_set *atc_ica_at_ihttpsendreq_set_of(const atc_event *ev)
{
    return ev->profile == &atc_ica_profile && ev->id == ATC_ICA_AT_IHTTPSENDREQ_SET && ev->kind != ATC_KIND_ERROR
               ? (const atc_ica_at_ihttpsendreq_set *)ev->msg : NULL;
}
#define ATC_ICA_AT_IHTTPSENDREQ_SET_INIT_ZERO {false, false, 0, {NULL, 0}, {NULL, 0}, 0, 0}
#define ATC_ICA_AT_IHTTPSENDREQ_SET_MAX_LEN (35u + 2u * ATC_MAX_LINE)
ATC_API atc_err atc_ica_encode_at_ihttpsendreq_set(const atc_ica_at_ihttpsendreq_set *msg, char *buf, size_t cap, size_t *len);

/* command AT+IHTTPSENDBIN=?
 * document line 738: Send an HTTP request (binary) */
typedef struct atc_ica_at_ihttpsendbin_test {
    char dummy_field; /* no fields */
} atc_ica_at_ihttpsendbin_test;
/* ev->msg as this message, or NULL when ev is another message or an error (C and C++, no cast) */
static inline const atc_ica_at_ihttpsendbin_test *atc_ica_at_ihttpsendbin_test_of(const atc_event *ev)
{
    return ev->profile == &atc_ica_profile && ev->id == ATC_ICA_AT_IHTTPSENDBIN_TEST && ev->kind != ATC_KIND_ERROR
               ? (const atc_ica_at_ihttpsendbin_test *)ev->msg : NULL;
}
#define ATC_ICA_AT_IHTTPSENDBIN_TEST_INIT_ZERO {0}
#define ATC_ICA_AT_IHTTPSENDBIN_TEST_MAX_LEN 18u
ATC_API atc_err atc_ica_encode_at_ihttpsendbin_test(const atc_ica_at_ihttpsendbin_test *msg, char *buf, size_t cap, size_t *len);

/* command AT+IHTTPSENDBIN?
 * document line 739: Send an HTTP request (binary) */
typedef struct atc_ica_at_ihttpsendbin_read {
    char dummy_field; /* no fields */
} atc_ica_at_ihttpsendbin_read;
/* ev->msg as this message, or NULL when ev is another message or an error (C and C++, no cast) */
static inline const atc_ica_at_ihttpsendbin_read *atc_ica_at_ihttpsendbin_read_of(const atc_event *ev)
{
    return ev->profile == &atc_ica_profile && ev->id == ATC_ICA_AT_IHTTPSENDBIN_READ && ev->kind != ATC_KIND_ERROR
               ? (const atc_ica_at_ihttpsendbin_read *)ev->msg : NULL;
}
#define ATC_ICA_AT_IHTTPSENDBIN_READ_INIT_ZERO {0}
#define ATC_ICA_AT_IHTTPSENDBIN_READ_MAX_LEN 17u
ATC_API atc_err atc_ica_encode_at_ihttpsendbin_read(const atc_ica_at_ihttpsendbin_read *msg, char *buf, size_t cap, size_t *len);

/* command AT+IHTTPSENDBIN=<method>,<path>,<msg_len>
 * document line 740: Send an HTTP request (binary) */
typedef struct atc_ica_at_ihttpsendbin_set {
    int32_t method; /* atc_ica_method */
    atc_str path;
    int32_t msg_len;
} atc_ica_at_ihttpsendbin_set;
/* ev->msg as this message, or NULL when ev is another message or an error (C and C++, no cast) */
static inline const atc_ica_at_ihttpsendbin_set *atc_ica_at_ihttpsendbin_set_of(const atc_event *ev)
{
    return ev->profile == &atc_ica_profile && ev->id == ATC_ICA_AT_IHTTPSENDBIN_SET && ev->kind != ATC_KIND_ERROR
               ? (const atc_ica_at_ihttpsendbin_set *)ev->msg : NULL;
}
#define ATC_ICA_AT_IHTTPSENDBIN_SET_INIT_ZERO {0, {NULL, 0}, 0}
#define ATC_ICA_AT_IHTTPSENDBIN_SET_MAX_LEN (32u + 1u * ATC_MAX_LINE)
ATC_API atc_err atc_ica_encode_at_ihttpsendbin_set(const atc_ica_at_ihttpsendbin_set *msg, char *buf, size_t cap, size_t *len);

/* command AT+IHTTPRCVRSP=?
 * document line 759: Read a received HTTP response (normally reported as a URC) */
typedef struct atc_ica_at_ihttprcvrsp_test {
    char dummy_field; /* no fields */
} atc_ica_at_ihttprcvrsp_test;
/* ev->msg as this message, or NULL when ev is another message or an error (C and C++, no cast) */
static inline const atc_ica_at_ihttprcvrsp_test *atc_ica_at_ihttprcvrsp_test_of(const atc_event *ev)
{
    return ev->profile == &atc_ica_profile && ev->id == ATC_ICA_AT_IHTTPRCVRSP_TEST && ev->kind != ATC_KIND_ERROR
               ? (const atc_ica_at_ihttprcvrsp_test *)ev->msg : NULL;
}
#define ATC_ICA_AT_IHTTPRCVRSP_TEST_INIT_ZERO {0}
#define ATC_ICA_AT_IHTTPRCVRSP_TEST_MAX_LEN 17u
ATC_API atc_err atc_ica_encode_at_ihttprcvrsp_test(const atc_ica_at_ihttprcvrsp_test *msg, char *buf, size_t cap, size_t *len);

/* command AT+IHTTPRCVRSP?
 * document line 760: Read a received HTTP response (normally reported as a URC) */
typedef struct atc_ica_at_ihttprcvrsp_read {
    char dummy_field; /* no fields */
} atc_ica_at_ihttprcvrsp_read;
/* ev->msg as this message, or NULL when ev is another message or an error (C and C++, no cast) */
static inline const atc_ica_at_ihttprcvrsp_read *atc_ica_at_ihttprcvrsp_read_of(const atc_event *ev)
{
    return ev->profile == &atc_ica_profile && ev->id == ATC_ICA_AT_IHTTPRCVRSP_READ && ev->kind != ATC_KIND_ERROR
               ? (const atc_ica_at_ihttprcvrsp_read *)ev->msg : NULL;
}
#define ATC_ICA_AT_IHTTPRCVRSP_READ_INIT_ZERO {0}
#define ATC_ICA_AT_IHTTPRCVRSP_READ_MAX_LEN 16u
ATC_API atc_err atc_ica_encode_at_ihttprcvrsp_read(const atc_ica_at_ihttprcvrsp_read *msg, char *buf, size_t cap, size_t *len);

/* command AT+IHTTPRCVBIN=?
 * document line 782: Read a received HTTP response (binary; normally reported as a URC) */
typedef struct atc_ica_at_ihttprcvbin_test {
    char dummy_field; /* no fields */
} atc_ica_at_ihttprcvbin_test;
/* ev->msg as this message, or NULL when ev is another message or an error (C and C++, no cast) */
static inline const atc_ica_at_ihttprcvbin_test *atc_ica_at_ihttprcvbin_test_of(const atc_event *ev)
{
    return ev->profile == &atc_ica_profile && ev->id == ATC_ICA_AT_IHTTPRCVBIN_TEST && ev->kind != ATC_KIND_ERROR
               ? (const atc_ica_at_ihttprcvbin_test *)ev->msg : NULL;
}
#define ATC_ICA_AT_IHTTPRCVBIN_TEST_INIT_ZERO {0}
#define ATC_ICA_AT_IHTTPRCVBIN_TEST_MAX_LEN 17u
ATC_API atc_err atc_ica_encode_at_ihttprcvbin_test(const atc_ica_at_ihttprcvbin_test *msg, char *buf, size_t cap, size_t *len);

/* command AT+IHTTPRCVBIN?
 * document line 783: Read a received HTTP response (binary; normally reported as a URC) */
typedef struct atc_ica_at_ihttprcvbin_read {
    char dummy_field; /* no fields */
} atc_ica_at_ihttprcvbin_read;
/* ev->msg as this message, or NULL when ev is another message or an error (C and C++, no cast) */
static inline const atc_ica_at_ihttprcvbin_read *atc_ica_at_ihttprcvbin_read_of(const atc_event *ev)
{
    return ev->profile == &atc_ica_profile && ev->id == ATC_ICA_AT_IHTTPRCVBIN_READ && ev->kind != ATC_KIND_ERROR
               ? (const atc_ica_at_ihttprcvbin_read *)ev->msg : NULL;
}
#define ATC_ICA_AT_IHTTPRCVBIN_READ_INIT_ZERO {0}
#define ATC_ICA_AT_IHTTPRCVBIN_READ_MAX_LEN 16u
ATC_API atc_err atc_ica_encode_at_ihttprcvbin_read(const atc_ica_at_ihttprcvbin_read *msg, char *buf, size_t cap, size_t *len);

/* command AT+IHTTPDISCONN=?
 * document line 802: Close the HTTP connection */
typedef struct atc_ica_at_ihttpdisconn_test {
    char dummy_field; /* no fields */
} atc_ica_at_ihttpdisconn_test;
/* ev->msg as this message, or NULL when ev is another message or an error (C and C++, no cast) */
static inline const atc_ica_at_ihttpdisconn_test *atc_ica_at_ihttpdisconn_test_of(const atc_event *ev)
{
    return ev->profile == &atc_ica_profile && ev->id == ATC_ICA_AT_IHTTPDISCONN_TEST && ev->kind != ATC_KIND_ERROR
               ? (const atc_ica_at_ihttpdisconn_test *)ev->msg : NULL;
}
#define ATC_ICA_AT_IHTTPDISCONN_TEST_INIT_ZERO {0}
#define ATC_ICA_AT_IHTTPDISCONN_TEST_MAX_LEN 18u
ATC_API atc_err atc_ica_encode_at_ihttpdisconn_test(const atc_ica_at_ihttpdisconn_test *msg, char *buf, size_t cap, size_t *len);

/* command AT+IHTTPDISCONN
 * document line 803: Close the HTTP connection */
typedef struct atc_ica_at_ihttpdisconn_exec {
    char dummy_field; /* no fields */
} atc_ica_at_ihttpdisconn_exec;
/* ev->msg as this message, or NULL when ev is another message or an error (C and C++, no cast) */
static inline const atc_ica_at_ihttpdisconn_exec *atc_ica_at_ihttpdisconn_exec_of(const atc_event *ev)
{
    return ev->profile == &atc_ica_profile && ev->id == ATC_ICA_AT_IHTTPDISCONN_EXEC && ev->kind != ATC_KIND_ERROR
               ? (const atc_ica_at_ihttpdisconn_exec *)ev->msg : NULL;
}
#define ATC_ICA_AT_IHTTPDISCONN_EXEC_INIT_ZERO {0}
#define ATC_ICA_AT_IHTTPDISCONN_EXEC_MAX_LEN 16u
ATC_API atc_err atc_ica_encode_at_ihttpdisconn_exec(const atc_ica_at_ihttpdisconn_exec *msg, char *buf, size_t cap, size_t *len);

/* command AT+IOTAPARA=?
 * document line 838: Set OTA parameters */
typedef struct atc_ica_at_iotapara_test {
    char dummy_field; /* no fields */
} atc_ica_at_iotapara_test;
/* ev->msg as this message, or NULL when ev is another message or an error (C and C++, no cast) */
static inline const atc_ica_at_iotapara_test *atc_ica_at_iotapara_test_of(const atc_event *ev)
{
    return ev->profile == &atc_ica_profile && ev->id == ATC_ICA_AT_IOTAPARA_TEST && ev->kind != ATC_KIND_ERROR
               ? (const atc_ica_at_iotapara_test *)ev->msg : NULL;
}
#define ATC_ICA_AT_IOTAPARA_TEST_INIT_ZERO {0}
#define ATC_ICA_AT_IOTAPARA_TEST_MAX_LEN 14u
ATC_API atc_err atc_ica_encode_at_iotapara_test(const atc_ica_at_iotapara_test *msg, char *buf, size_t cap, size_t *len);

/* command AT+IOTAPARA?
 * document line 839: Set OTA parameters */
typedef struct atc_ica_at_iotapara_read {
    char dummy_field; /* no fields */
} atc_ica_at_iotapara_read;
/* ev->msg as this message, or NULL when ev is another message or an error (C and C++, no cast) */
static inline const atc_ica_at_iotapara_read *atc_ica_at_iotapara_read_of(const atc_event *ev)
{
    return ev->profile == &atc_ica_profile && ev->id == ATC_ICA_AT_IOTAPARA_READ && ev->kind != ATC_KIND_ERROR
               ? (const atc_ica_at_iotapara_read *)ev->msg : NULL;
}
#define ATC_ICA_AT_IOTAPARA_READ_INIT_ZERO {0}
#define ATC_ICA_AT_IOTAPARA_READ_MAX_LEN 13u
ATC_API atc_err atc_ica_encode_at_iotapara_read(const atc_ica_at_iotapara_read *msg, char *buf, size_t cap, size_t *len);

/* command AT+IOTAPARA={"DURATION",<DURATION> | "BLOCKSIZE",<BLOCKSIZE>}
 * document line 840: Set OTA parameters */
typedef struct atc_ica_at_iotapara_set {
    bool has_duration;
    bool has_block_size;
    int32_t duration;
    int32_t block_size;
} atc_ica_at_iotapara_set;
/* ev->msg as this message, or NULL when ev is another message or an error (C and C++, no cast) */
static inline const atc_ica_at_iotapara_set *atc_ica_at_iotapara_set_of(const atc_event *ev)
{
    return ev->profile == &atc_ica_profile && ev->id == ATC_ICA_AT_IOTAPARA_SET && ev->kind != ATC_KIND_ERROR
               ? (const atc_ica_at_iotapara_set *)ev->msg : NULL;
}
#define ATC_ICA_AT_IOTAPARA_SET_INIT_ZERO {false, false, 0, 0}
#define ATC_ICA_AT_IOTAPARA_SET_MAX_LEN 60u
ATC_API atc_err atc_ica_encode_at_iotapara_set(const atc_ica_at_iotapara_set *msg, char *buf, size_t cap, size_t *len);

/* command AT+IOTAVER=?
 * document line 851: Report the device's version information */
typedef struct atc_ica_at_iotaver_test {
    char dummy_field; /* no fields */
} atc_ica_at_iotaver_test;
/* ev->msg as this message, or NULL when ev is another message or an error (C and C++, no cast) */
static inline const atc_ica_at_iotaver_test *atc_ica_at_iotaver_test_of(const atc_event *ev)
{
    return ev->profile == &atc_ica_profile && ev->id == ATC_ICA_AT_IOTAVER_TEST && ev->kind != ATC_KIND_ERROR
               ? (const atc_ica_at_iotaver_test *)ev->msg : NULL;
}
#define ATC_ICA_AT_IOTAVER_TEST_INIT_ZERO {0}
#define ATC_ICA_AT_IOTAVER_TEST_MAX_LEN 13u
ATC_API atc_err atc_ica_encode_at_iotaver_test(const atc_ica_at_iotaver_test *msg, char *buf, size_t cap, size_t *len);

/* command AT+IOTAVER?
 * document line 852: Report the device's version information */
typedef struct atc_ica_at_iotaver_read {
    char dummy_field; /* no fields */
} atc_ica_at_iotaver_read;
/* ev->msg as this message, or NULL when ev is another message or an error (C and C++, no cast) */
static inline const atc_ica_at_iotaver_read *atc_ica_at_iotaver_read_of(const atc_event *ev)
{
    return ev->profile == &atc_ica_profile && ev->id == ATC_ICA_AT_IOTAVER_READ && ev->kind != ATC_KIND_ERROR
               ? (const atc_ica_at_iotaver_read *)ev->msg : NULL;
}
#define ATC_ICA_AT_IOTAVER_READ_INIT_ZERO {0}
#define ATC_ICA_AT_IOTAVER_READ_MAX_LEN 12u
ATC_API atc_err atc_ica_encode_at_iotaver_read(const atc_ica_at_iotaver_read *msg, char *buf, size_t cap, size_t *len);

/* command AT+IOTAVER=<version>
 * document line 853: Report the device's version information */
typedef struct atc_ica_at_iotaver_set {
    atc_str version;
} atc_ica_at_iotaver_set;
/* ev->msg as this message, or NULL when ev is another message or an error (C and C++, no cast) */
static inline const atc_ica_at_iotaver_set *atc_ica_at_iotaver_set_of(const atc_event *ev)
{
    return ev->profile == &atc_ica_profile && ev->id == ATC_ICA_AT_IOTAVER_SET && ev->kind != ATC_KIND_ERROR
               ? (const atc_ica_at_iotaver_set *)ev->msg : NULL;
}
#define ATC_ICA_AT_IOTAVER_SET_INIT_ZERO {{NULL, 0}}
#define ATC_ICA_AT_IOTAVER_SET_MAX_LEN (13u + 1u * ATC_MAX_LINE)
ATC_API atc_err atc_ica_encode_at_iotaver_set(const atc_ica_at_iotaver_set *msg, char *buf, size_t cap, size_t *len);

/* command AT+IOTANEWVER=?
 * document line 864: Read the information of a new firmware version (normally reported as a URC) */
typedef struct atc_ica_at_iotanewver_test {
    char dummy_field; /* no fields */
} atc_ica_at_iotanewver_test;
/* ev->msg as this message, or NULL when ev is another message or an error (C and C++, no cast) */
static inline const atc_ica_at_iotanewver_test *atc_ica_at_iotanewver_test_of(const atc_event *ev)
{
    return ev->profile == &atc_ica_profile && ev->id == ATC_ICA_AT_IOTANEWVER_TEST && ev->kind != ATC_KIND_ERROR
               ? (const atc_ica_at_iotanewver_test *)ev->msg : NULL;
}
#define ATC_ICA_AT_IOTANEWVER_TEST_INIT_ZERO {0}
#define ATC_ICA_AT_IOTANEWVER_TEST_MAX_LEN 16u
ATC_API atc_err atc_ica_encode_at_iotanewver_test(const atc_ica_at_iotanewver_test *msg, char *buf, size_t cap, size_t *len);

/* command AT+IOTANEWVER?
 * document line 866: Read the information of a new firmware version (normally reported as a URC) */
typedef struct atc_ica_at_iotanewver_read {
    char dummy_field; /* no fields */
} atc_ica_at_iotanewver_read;
/* ev->msg as this message, or NULL when ev is another message or an error (C and C++, no cast) */
static inline const atc_ica_at_iotanewver_read *atc_ica_at_iotanewver_read_of(const atc_event *ev)
{
    return ev->profile == &atc_ica_profile && ev->id == ATC_ICA_AT_IOTANEWVER_READ && ev->kind != ATC_KIND_ERROR
               ? (const atc_ica_at_iotanewver_read *)ev->msg : NULL;
}
#define ATC_ICA_AT_IOTANEWVER_READ_INIT_ZERO {0}
#define ATC_ICA_AT_IOTANEWVER_READ_MAX_LEN 15u
ATC_API atc_err atc_ica_encode_at_iotanewver_read(const atc_ica_at_iotanewver_read *msg, char *buf, size_t cap, size_t *len);

/* command AT+IOTAPGS=?
 * document line 878: Report the upgrade progress */
typedef struct atc_ica_at_iotapgs_test {
    char dummy_field; /* no fields */
} atc_ica_at_iotapgs_test;
/* ev->msg as this message, or NULL when ev is another message or an error (C and C++, no cast) */
static inline const atc_ica_at_iotapgs_test *atc_ica_at_iotapgs_test_of(const atc_event *ev)
{
    return ev->profile == &atc_ica_profile && ev->id == ATC_ICA_AT_IOTAPGS_TEST && ev->kind != ATC_KIND_ERROR
               ? (const atc_ica_at_iotapgs_test *)ev->msg : NULL;
}
#define ATC_ICA_AT_IOTAPGS_TEST_INIT_ZERO {0}
#define ATC_ICA_AT_IOTAPGS_TEST_MAX_LEN 13u
ATC_API atc_err atc_ica_encode_at_iotapgs_test(const atc_ica_at_iotapgs_test *msg, char *buf, size_t cap, size_t *len);

/* command AT+IOTAPGS=<progress>[,<desc>]
 * document line 879: Report the upgrade progress */
typedef struct atc_ica_at_iotapgs_set {
    bool has_desc;
    int32_t progress;
    atc_str desc;
} atc_ica_at_iotapgs_set;
/* ev->msg as this message, or NULL when ev is another message or an error (C and C++, no cast) */
static inline const atc_ica_at_iotapgs_set *atc_ica_at_iotapgs_set_of(const atc_event *ev)
{
    return ev->profile == &atc_ica_profile && ev->id == ATC_ICA_AT_IOTAPGS_SET && ev->kind != ATC_KIND_ERROR
               ? (const atc_ica_at_iotapgs_set *)ev->msg : NULL;
}
#define ATC_ICA_AT_IOTAPGS_SET_INIT_ZERO {false, 0, {NULL, 0}}
#define ATC_ICA_AT_IOTAPGS_SET_MAX_LEN (17u + 1u * ATC_MAX_LINE)
ATC_API atc_err atc_ica_encode_at_iotapgs_set(const atc_ica_at_iotapgs_set *msg, char *buf, size_t cap, size_t *len);

/* command AT+IOTABLOCK=?
 * document line 890: Read the next (or repeat the last) block of the new firmware */
typedef struct atc_ica_at_iotablock_test {
    char dummy_field; /* no fields */
} atc_ica_at_iotablock_test;
/* ev->msg as this message, or NULL when ev is another message or an error (C and C++, no cast) */
static inline const atc_ica_at_iotablock_test *atc_ica_at_iotablock_test_of(const atc_event *ev)
{
    return ev->profile == &atc_ica_profile && ev->id == ATC_ICA_AT_IOTABLOCK_TEST && ev->kind != ATC_KIND_ERROR
               ? (const atc_ica_at_iotablock_test *)ev->msg : NULL;
}
#define ATC_ICA_AT_IOTABLOCK_TEST_INIT_ZERO {0}
#define ATC_ICA_AT_IOTABLOCK_TEST_MAX_LEN 15u
ATC_API atc_err atc_ica_encode_at_iotablock_test(const atc_ica_at_iotablock_test *msg, char *buf, size_t cap, size_t *len);

/* command AT+IOTABLOCK=<type>
 * document line 891: Read the next (or repeat the last) block of the new firmware */
typedef struct atc_ica_at_iotablock_set {
    int32_t type; /* atc_ica_type */
} atc_ica_at_iotablock_set;
/* ev->msg as this message, or NULL when ev is another message or an error (C and C++, no cast) */
static inline const atc_ica_at_iotablock_set *atc_ica_at_iotablock_set_of(const atc_event *ev)
{
    return ev->profile == &atc_ica_profile && ev->id == ATC_ICA_AT_IOTABLOCK_SET && ev->kind != ATC_KIND_ERROR
               ? (const atc_ica_at_iotablock_set *)ev->msg : NULL;
}
#define ATC_ICA_AT_IOTABLOCK_SET_INIT_ZERO {0}
#define ATC_ICA_AT_IOTABLOCK_SET_MAX_LEN 16u
ATC_API atc_err atc_ica_encode_at_iotablock_set(const atc_ica_at_iotablock_set *msg, char *buf, size_t cap, size_t *len);

/* command AT+IOTABORT=?
 * document line 903: Abort the firmware upgrade */
typedef struct atc_ica_at_iotabort_test {
    char dummy_field; /* no fields */
} atc_ica_at_iotabort_test;
/* ev->msg as this message, or NULL when ev is another message or an error (C and C++, no cast) */
static inline const atc_ica_at_iotabort_test *atc_ica_at_iotabort_test_of(const atc_event *ev)
{
    return ev->profile == &atc_ica_profile && ev->id == ATC_ICA_AT_IOTABORT_TEST && ev->kind != ATC_KIND_ERROR
               ? (const atc_ica_at_iotabort_test *)ev->msg : NULL;
}
#define ATC_ICA_AT_IOTABORT_TEST_INIT_ZERO {0}
#define ATC_ICA_AT_IOTABORT_TEST_MAX_LEN 14u
ATC_API atc_err atc_ica_encode_at_iotabort_test(const atc_ica_at_iotabort_test *msg, char *buf, size_t cap, size_t *len);

/* command AT+IOTABORT
 * document line 904: Abort the firmware upgrade */
typedef struct atc_ica_at_iotabort_exec {
    char dummy_field; /* no fields */
} atc_ica_at_iotabort_exec;
/* ev->msg as this message, or NULL when ev is another message or an error (C and C++, no cast) */
static inline const atc_ica_at_iotabort_exec *atc_ica_at_iotabort_exec_of(const atc_event *ev)
{
    return ev->profile == &atc_ica_profile && ev->id == ATC_ICA_AT_IOTABORT_EXEC && ev->kind != ATC_KIND_ERROR
               ? (const atc_ica_at_iotabort_exec *)ev->msg : NULL;
}
#define ATC_ICA_AT_IOTABORT_EXEC_INIT_ZERO {0}
#define ATC_ICA_AT_IOTABORT_EXEC_MAX_LEN 12u
ATC_API atc_err atc_ica_encode_at_iotabort_exec(const atc_ica_at_iotabort_exec *msg, char *buf, size_t cap, size_t *len);

/* command AT+ILOGLVL=?
 * document line 928: Set the log level */
typedef struct atc_ica_at_iloglvl_test {
    char dummy_field; /* no fields */
} atc_ica_at_iloglvl_test;
/* ev->msg as this message, or NULL when ev is another message or an error (C and C++, no cast) */
static inline const atc_ica_at_iloglvl_test *atc_ica_at_iloglvl_test_of(const atc_event *ev)
{
    return ev->profile == &atc_ica_profile && ev->id == ATC_ICA_AT_ILOGLVL_TEST && ev->kind != ATC_KIND_ERROR
               ? (const atc_ica_at_iloglvl_test *)ev->msg : NULL;
}
#define ATC_ICA_AT_ILOGLVL_TEST_INIT_ZERO {0}
#define ATC_ICA_AT_ILOGLVL_TEST_MAX_LEN 13u
ATC_API atc_err atc_ica_encode_at_iloglvl_test(const atc_ica_at_iloglvl_test *msg, char *buf, size_t cap, size_t *len);

/* command AT+ILOGLVL?
 * document line 929: Set the log level */
typedef struct atc_ica_at_iloglvl_read {
    char dummy_field; /* no fields */
} atc_ica_at_iloglvl_read;
/* ev->msg as this message, or NULL when ev is another message or an error (C and C++, no cast) */
static inline const atc_ica_at_iloglvl_read *atc_ica_at_iloglvl_read_of(const atc_event *ev)
{
    return ev->profile == &atc_ica_profile && ev->id == ATC_ICA_AT_ILOGLVL_READ && ev->kind != ATC_KIND_ERROR
               ? (const atc_ica_at_iloglvl_read *)ev->msg : NULL;
}
#define ATC_ICA_AT_ILOGLVL_READ_INIT_ZERO {0}
#define ATC_ICA_AT_ILOGLVL_READ_MAX_LEN 12u
ATC_API atc_err atc_ica_encode_at_iloglvl_read(const atc_ica_at_iloglvl_read *msg, char *buf, size_t cap, size_t *len);

/* command AT+ILOGLVL=<level>
 * document line 930: Set the log level */
typedef struct atc_ica_at_iloglvl_set {
    int32_t level;
} atc_ica_at_iloglvl_set;
/* ev->msg as this message, or NULL when ev is another message or an error (C and C++, no cast) */
static inline const atc_ica_at_iloglvl_set *atc_ica_at_iloglvl_set_of(const atc_event *ev)
{
    return ev->profile == &atc_ica_profile && ev->id == ATC_ICA_AT_ILOGLVL_SET && ev->kind != ATC_KIND_ERROR
               ? (const atc_ica_at_iloglvl_set *)ev->msg : NULL;
}
#define ATC_ICA_AT_ILOGLVL_SET_INIT_ZERO {0}
#define ATC_ICA_AT_ILOGLVL_SET_MAX_LEN 14u
ATC_API atc_err atc_ica_encode_at_iloglvl_set(const atc_ica_at_iloglvl_set *msg, char *buf, size_t cap, size_t *len);

/* command AT+IREBOOT=?
 * document line 941: Restart the module */
typedef struct atc_ica_at_ireboot_test {
    char dummy_field; /* no fields */
} atc_ica_at_ireboot_test;
/* ev->msg as this message, or NULL when ev is another message or an error (C and C++, no cast) */
static inline const atc_ica_at_ireboot_test *atc_ica_at_ireboot_test_of(const atc_event *ev)
{
    return ev->profile == &atc_ica_profile && ev->id == ATC_ICA_AT_IREBOOT_TEST && ev->kind != ATC_KIND_ERROR
               ? (const atc_ica_at_ireboot_test *)ev->msg : NULL;
}
#define ATC_ICA_AT_IREBOOT_TEST_INIT_ZERO {0}
#define ATC_ICA_AT_IREBOOT_TEST_MAX_LEN 13u
ATC_API atc_err atc_ica_encode_at_ireboot_test(const atc_ica_at_ireboot_test *msg, char *buf, size_t cap, size_t *len);

/* command AT+IREBOOT=<mode>
 * document line 942: Restart the module */
typedef struct atc_ica_at_ireboot_set {
    int32_t mode; /* atc_ica_ireboot_mode */
} atc_ica_at_ireboot_set;
/* ev->msg as this message, or NULL when ev is another message or an error (C and C++, no cast) */
static inline const atc_ica_at_ireboot_set *atc_ica_at_ireboot_set_of(const atc_event *ev)
{
    return ev->profile == &atc_ica_profile && ev->id == ATC_ICA_AT_IREBOOT_SET && ev->kind != ATC_KIND_ERROR
               ? (const atc_ica_at_ireboot_set *)ev->msg : NULL;
}
#define ATC_ICA_AT_IREBOOT_SET_INIT_ZERO {0}
#define ATC_ICA_AT_IREBOOT_SET_MAX_LEN 14u
ATC_API atc_err atc_ica_encode_at_ireboot_set(const atc_ica_at_ireboot_set *msg, char *buf, size_t cap, size_t *len);

/* command AT+IDEFAULT=?
 * document line 953: Restore the factory settings */
typedef struct atc_ica_at_idefault_test {
    char dummy_field; /* no fields */
} atc_ica_at_idefault_test;
/* ev->msg as this message, or NULL when ev is another message or an error (C and C++, no cast) */
static inline const atc_ica_at_idefault_test *atc_ica_at_idefault_test_of(const atc_event *ev)
{
    return ev->profile == &atc_ica_profile && ev->id == ATC_ICA_AT_IDEFAULT_TEST && ev->kind != ATC_KIND_ERROR
               ? (const atc_ica_at_idefault_test *)ev->msg : NULL;
}
#define ATC_ICA_AT_IDEFAULT_TEST_INIT_ZERO {0}
#define ATC_ICA_AT_IDEFAULT_TEST_MAX_LEN 14u
ATC_API atc_err atc_ica_encode_at_idefault_test(const atc_ica_at_idefault_test *msg, char *buf, size_t cap, size_t *len);

/* command AT+IDEFAULT
 * document line 954: Restore the factory settings */
typedef struct atc_ica_at_idefault_exec {
    char dummy_field; /* no fields */
} atc_ica_at_idefault_exec;
/* ev->msg as this message, or NULL when ev is another message or an error (C and C++, no cast) */
static inline const atc_ica_at_idefault_exec *atc_ica_at_idefault_exec_of(const atc_event *ev)
{
    return ev->profile == &atc_ica_profile && ev->id == ATC_ICA_AT_IDEFAULT_EXEC && ev->kind != ATC_KIND_ERROR
               ? (const atc_ica_at_idefault_exec *)ev->msg : NULL;
}
#define ATC_ICA_AT_IDEFAULT_EXEC_INIT_ZERO {0}
#define ATC_ICA_AT_IDEFAULT_EXEC_MAX_LEN 12u
ATC_API atc_err atc_ica_encode_at_idefault_exec(const atc_ica_at_idefault_exec *msg, char *buf, size_t cap, size_t *len);

/* command AT+CGMI
 * document line 969: Read the manufacturer identification (3GPP TS 27.007) */
typedef struct atc_ica_at_cgmi_exec {
    char dummy_field; /* no fields */
} atc_ica_at_cgmi_exec;
/* ev->msg as this message, or NULL when ev is another message or an error (C and C++, no cast) */
static inline const atc_ica_at_cgmi_exec *atc_ica_at_cgmi_exec_of(const atc_event *ev)
{
    return ev->profile == &atc_ica_profile && ev->id == ATC_ICA_AT_CGMI_EXEC && ev->kind != ATC_KIND_ERROR
               ? (const atc_ica_at_cgmi_exec *)ev->msg : NULL;
}
#define ATC_ICA_AT_CGMI_EXEC_INIT_ZERO {0}
#define ATC_ICA_AT_CGMI_EXEC_MAX_LEN 8u
ATC_API atc_err atc_ica_encode_at_cgmi_exec(const atc_ica_at_cgmi_exec *msg, char *buf, size_t cap, size_t *len);

/* command AT+CGMM
 * document line 970: Read the model identification (3GPP TS 27.007) */
typedef struct atc_ica_at_cgmm_exec {
    char dummy_field; /* no fields */
} atc_ica_at_cgmm_exec;
/* ev->msg as this message, or NULL when ev is another message or an error (C and C++, no cast) */
static inline const atc_ica_at_cgmm_exec *atc_ica_at_cgmm_exec_of(const atc_event *ev)
{
    return ev->profile == &atc_ica_profile && ev->id == ATC_ICA_AT_CGMM_EXEC && ev->kind != ATC_KIND_ERROR
               ? (const atc_ica_at_cgmm_exec *)ev->msg : NULL;
}
#define ATC_ICA_AT_CGMM_EXEC_INIT_ZERO {0}
#define ATC_ICA_AT_CGMM_EXEC_MAX_LEN 8u
ATC_API atc_err atc_ica_encode_at_cgmm_exec(const atc_ica_at_cgmm_exec *msg, char *buf, size_t cap, size_t *len);

/* command AT+CGMR
 * document line 971: Read the firmware revision (3GPP TS 27.007) */
typedef struct atc_ica_at_cgmr_exec {
    char dummy_field; /* no fields */
} atc_ica_at_cgmr_exec;
/* ev->msg as this message, or NULL when ev is another message or an error (C and C++, no cast) */
static inline const atc_ica_at_cgmr_exec *atc_ica_at_cgmr_exec_of(const atc_event *ev)
{
    return ev->profile == &atc_ica_profile && ev->id == ATC_ICA_AT_CGMR_EXEC && ev->kind != ATC_KIND_ERROR
               ? (const atc_ica_at_cgmr_exec *)ev->msg : NULL;
}
#define ATC_ICA_AT_CGMR_EXEC_INIT_ZERO {0}
#define ATC_ICA_AT_CGMR_EXEC_MAX_LEN 8u
ATC_API atc_err atc_ica_encode_at_cgmr_exec(const atc_ica_at_cgmr_exec *msg, char *buf, size_t cap, size_t *len);

/* response +IMQTTMODE:<mode>
 * document line 222 */
typedef struct atc_ica_imqttmode_test {
    atc_str mode;
} atc_ica_imqttmode_test;
/* ev->msg as this message, or NULL when ev is another message or an error (C and C++, no cast) */
static inline const atc_ica_imqttmode_test *atc_ica_imqttmode_test_of(const atc_event *ev)
{
    return ev->profile == &atc_ica_profile && ev->id == ATC_ICA_IMQTTMODE_TEST && ev->kind != ATC_KIND_ERROR
               ? (const atc_ica_imqttmode_test *)ev->msg : NULL;
}
#define ATC_ICA_IMQTTMODE_TEST_INIT_ZERO {{NULL, 0}}
#define ATC_ICA_IMQTTMODE_TEST_MAX_LEN (16u + 1u * ATC_MAX_LINE)
ATC_API atc_err atc_ica_encode_imqttmode_test(const atc_ica_imqttmode_test *msg, char *buf, size_t cap, size_t *len);

/* response +IMQTTMODE:<mode>
 * document line 223 */
typedef struct atc_ica_imqttmode_read {
    int32_t mode; /* atc_ica_mode */
} atc_ica_imqttmode_read;
/* ev->msg as this message, or NULL when ev is another message or an error (C and C++, no cast) */
static inline const atc_ica_imqttmode_read *atc_ica_imqttmode_read_of(const atc_event *ev)
{
    return ev->profile == &atc_ica_profile && ev->id == ATC_ICA_IMQTTMODE_READ && ev->kind != ATC_KIND_ERROR
               ? (const atc_ica_imqttmode_read *)ev->msg : NULL;
}
#define ATC_ICA_IMQTTMODE_READ_INIT_ZERO {0}
#define ATC_ICA_IMQTTMODE_READ_MAX_LEN 17u
ATC_API atc_err atc_ica_encode_imqttmode_read(const atc_ica_imqttmode_read *msg, char *buf, size_t cap, size_t *len);

/* response +IMQTTOPEN:<hostname>,<port>
 * document line 236 */
typedef struct atc_ica_imqttopen_test {
    atc_str hostname;
    atc_str port;
} atc_ica_imqttopen_test;
/* ev->msg as this message, or NULL when ev is another message or an error (C and C++, no cast) */
static inline const atc_ica_imqttopen_test *atc_ica_imqttopen_test_of(const atc_event *ev)
{
    return ev->profile == &atc_ica_profile && ev->id == ATC_ICA_IMQTTOPEN_TEST && ev->kind != ATC_KIND_ERROR
               ? (const atc_ica_imqttopen_test *)ev->msg : NULL;
}
#define ATC_ICA_IMQTTOPEN_TEST_INIT_ZERO {{NULL, 0}, {NULL, 0}}
#define ATC_ICA_IMQTTOPEN_TEST_MAX_LEN (17u + 2u * ATC_MAX_LINE)
ATC_API atc_err atc_ica_encode_imqttopen_test(const atc_ica_imqttopen_test *msg, char *buf, size_t cap, size_t *len);

/* response +IMQTTOPEN:<hostname>,<port>
 * document line 237 */
typedef struct atc_ica_imqttopen_read {
    atc_str hostname;
    int32_t port;
} atc_ica_imqttopen_read;
/* ev->msg as this message, or NULL when ev is another message or an error (C and C++, no cast) */
static inline const atc_ica_imqttopen_read *atc_ica_imqttopen_read_of(const atc_event *ev)
{
    return ev->profile == &atc_ica_profile && ev->id == ATC_ICA_IMQTTOPEN_READ && ev->kind != ATC_KIND_ERROR
               ? (const atc_ica_imqttopen_read *)ev->msg : NULL;
}
#define ATC_ICA_IMQTTOPEN_READ_INIT_ZERO {{NULL, 0}, 0}
#define ATC_ICA_IMQTTOPEN_READ_MAX_LEN (28u + 1u * ATC_MAX_LINE)
ATC_API atc_err atc_ica_encode_imqttopen_read(const atc_ica_imqttopen_read *msg, char *buf, size_t cap, size_t *len);

/* response +IMQTTAUTH:<ParaTag>...
 * document line 249 */
typedef struct atc_ica_imqttauth_test {
    uint8_t para_tag_count; /* 1..16 */
    atc_str para_tag[16];
} atc_ica_imqttauth_test;
/* ev->msg as this message, or NULL when ev is another message or an error (C and C++, no cast) */
static inline const atc_ica_imqttauth_test *atc_ica_imqttauth_test_of(const atc_event *ev)
{
    return ev->profile == &atc_ica_profile && ev->id == ATC_ICA_IMQTTAUTH_TEST && ev->kind != ATC_KIND_ERROR
               ? (const atc_ica_imqttauth_test *)ev->msg : NULL;
}
#define ATC_ICA_IMQTTAUTH_TEST_INIT_ZERO {0, {{NULL, 0}}}
#define ATC_ICA_IMQTTAUTH_TEST_MAX_LEN (31u + 16u * ATC_MAX_LINE)
ATC_API atc_err atc_ica_encode_imqttauth_test(const atc_ica_imqttauth_test *msg, char *buf, size_t cap, size_t *len);

/* response +IMQTTAUTH:<ParaValue>...
 * document line 250 */
typedef struct atc_ica_imqttauth_read {
    uint8_t para_value_count; /* 1..16 */
    atc_str para_value[16];
} atc_ica_imqttauth_read;
/* ev->msg as this message, or NULL when ev is another message or an error (C and C++, no cast) */
static inline const atc_ica_imqttauth_read *atc_ica_imqttauth_read_of(const atc_event *ev)
{
    return ev->profile == &atc_ica_profile && ev->id == ATC_ICA_IMQTTAUTH_READ && ev->kind != ATC_KIND_ERROR
               ? (const atc_ica_imqttauth_read *)ev->msg : NULL;
}
#define ATC_ICA_IMQTTAUTH_READ_INIT_ZERO {0, {{NULL, 0}}}
#define ATC_ICA_IMQTTAUTH_READ_MAX_LEN (31u + 16u * ATC_MAX_LINE)
ATC_API atc_err atc_ica_encode_imqttauth_read(const atc_ica_imqttauth_read *msg, char *buf, size_t cap, size_t *len);

/* response +IMQTTPARA:<ParaTag>,<ParaValue>
 * document line 266 */
typedef struct atc_ica_imqttpara_test {
    atc_str para_tag;
    atc_str para_value;
} atc_ica_imqttpara_test;
/* ev->msg as this message, or NULL when ev is another message or an error (C and C++, no cast) */
static inline const atc_ica_imqttpara_test *atc_ica_imqttpara_test_of(const atc_event *ev)
{
    return ev->profile == &atc_ica_profile && ev->id == ATC_ICA_IMQTTPARA_TEST && ev->kind != ATC_KIND_ERROR
               ? (const atc_ica_imqttpara_test *)ev->msg : NULL;
}
#define ATC_ICA_IMQTTPARA_TEST_INIT_ZERO {{NULL, 0}, {NULL, 0}}
#define ATC_ICA_IMQTTPARA_TEST_MAX_LEN (17u + 2u * ATC_MAX_LINE)
ATC_API atc_err atc_ica_encode_imqttpara_test(const atc_ica_imqttpara_test *msg, char *buf, size_t cap, size_t *len);

/* response +IMQTTPARA:{"TIMEOUT",<TIMEOUT> | "CLEAN",<CLEAN> | "KEEPALIVE",<KEEPALIVE> | "VERSION",<VERSION> | "AUTHMODE",<AUTHMODE>}
 * document line 267 */
typedef struct atc_ica_imqttpara_read {
    bool has_timeout;
    bool has_clean;
    bool has_keep_alive;
    bool has_version;
    bool has_auth_mode;
    int32_t timeout;
    int32_t clean; /* atc_ica_clean */
    int32_t keep_alive;
    atc_str version;
    int32_t auth_mode; /* atc_ica_auth_mode */
} atc_ica_imqttpara_read;
/* ev->msg as this message, or NULL when ev is another message or an error (C and C++, no cast) */
static inline const atc_ica_imqttpara_read *atc_ica_imqttpara_read_of(const atc_event *ev)
{
    return ev->profile == &atc_ica_profile && ev->id == ATC_ICA_IMQTTPARA_READ && ev->kind != ATC_KIND_ERROR
               ? (const atc_ica_imqttpara_read *)ev->msg : NULL;
}
#define ATC_ICA_IMQTTPARA_READ_INIT_ZERO {false, false, false, false, false, 0, 0, 0, {NULL, 0}, 0}
#define ATC_ICA_IMQTTPARA_READ_MAX_LEN 102u
ATC_API atc_err atc_ica_encode_imqttpara_read(const atc_ica_imqttpara_read *msg, char *buf, size_t cap, size_t *len);

/* response +IMQTTPUB:<topic>,<qos>,<message>,<format>,<fragment_id>
 * document line 298 */
typedef struct atc_ica_imqttpub_test {
    bool has_format;
    bool has_fragment_id;
    atc_str topic;
    atc_str qos;
    atc_str message;
    atc_str format;
    atc_str fragment_id;
} atc_ica_imqttpub_test;
/* ev->msg as this message, or NULL when ev is another message or an error (C and C++, no cast) */
static inline const atc_ica_imqttpub_test *atc_ica_imqttpub_test_of(const atc_event *ev)
{
    return ev->profile == &atc_ica_profile && ev->id == ATC_ICA_IMQTTPUB_TEST && ev->kind != ATC_KIND_ERROR
               ? (const atc_ica_imqttpub_test *)ev->msg : NULL;
}
#define ATC_ICA_IMQTTPUB_TEST_INIT_ZERO {false, false, {NULL, 0}, {NULL, 0}, {NULL, 0}, {NULL, 0}, {NULL, 0}}
#define ATC_ICA_IMQTTPUB_TEST_MAX_LEN (19u + 5u * ATC_MAX_LINE)
ATC_API atc_err atc_ica_encode_imqttpub_test(const atc_ica_imqttpub_test *msg, char *buf, size_t cap, size_t *len);

/* response +IMQTTPUB:<topic>,<qos>,<message>[,<format>[,<fragment_id>]]
 * document line 299 */
typedef struct atc_ica_imqttpub_read {
    bool has_format;
    bool has_fragment_id;
    atc_str topic;
    int32_t qos;
    atc_str message;
    int32_t format; /* atc_ica_format */
    int32_t fragment_id;
} atc_ica_imqttpub_read;
/* ev->msg as this message, or NULL when ev is another message or an error (C and C++, no cast) */
static inline const atc_ica_imqttpub_read *atc_ica_imqttpub_read_of(const atc_event *ev)
{
    return ev->profile == &atc_ica_profile && ev->id == ATC_ICA_IMQTTPUB_READ && ev->kind != ATC_KIND_ERROR
               ? (const atc_ica_imqttpub_read *)ev->msg : NULL;
}
#define ATC_ICA_IMQTTPUB_READ_INIT_ZERO {false, false, {NULL, 0}, 0, {NULL, 0}, 0, 0}
#define ATC_ICA_IMQTTPUB_READ_MAX_LEN (32u + 2u * ATC_MAX_LINE)
ATC_API atc_err atc_ica_encode_imqttpub_read(const atc_ica_imqttpub_read *msg, char *buf, size_t cap, size_t *len);

/* response +IMQTTPUB:<packet_id>
 * document line 300: Packet id of the message being published; only after the last fragment */
typedef struct atc_ica_imqttpub_set {
    uint32_t packet_id;
} atc_ica_imqttpub_set;
/* ev->msg as this message, or NULL when ev is another message or an error (C and C++, no cast) */
static inline const atc_ica_imqttpub_set *atc_ica_imqttpub_set_of(const atc_event *ev)
{
    return ev->profile == &atc_ica_profile && ev->id == ATC_ICA_IMQTTPUB_SET && ev->kind != ATC_KIND_ERROR
               ? (const atc_ica_imqttpub_set *)ev->msg : NULL;
}
#define ATC_ICA_IMQTTPUB_SET_INIT_ZERO {0}
#define ATC_ICA_IMQTTPUB_SET_MAX_LEN 25u
ATC_API atc_err atc_ica_encode_imqttpub_set(const atc_ica_imqttpub_set *msg, char *buf, size_t cap, size_t *len);

/* response +IMQTTPUBIN:<topic>,<qos>,<msg_len>
 * document line 316 */
typedef struct atc_ica_imqttpubin_test {
    atc_str topic;
    atc_str qos;
    atc_str msg_len;
} atc_ica_imqttpubin_test;
/* ev->msg as this message, or NULL when ev is another message or an error (C and C++, no cast) */
static inline const atc_ica_imqttpubin_test *atc_ica_imqttpubin_test_of(const atc_event *ev)
{
    return ev->profile == &atc_ica_profile && ev->id == ATC_ICA_IMQTTPUBIN_TEST && ev->kind != ATC_KIND_ERROR
               ? (const atc_ica_imqttpubin_test *)ev->msg : NULL;
}
#define ATC_ICA_IMQTTPUBIN_TEST_INIT_ZERO {{NULL, 0}, {NULL, 0}, {NULL, 0}}
#define ATC_ICA_IMQTTPUBIN_TEST_MAX_LEN (19u + 3u * ATC_MAX_LINE)
ATC_API atc_err atc_ica_encode_imqttpubin_test(const atc_ica_imqttpubin_test *msg, char *buf, size_t cap, size_t *len);

/* response +IMQTTPUBIN:<topic>,<qos>,<msg_len>
 * document line 317: The last binary message published; its bytes follow the OK */
typedef struct atc_ica_imqttpubin_read {
    atc_str topic;
    int32_t qos;
    int32_t msg_len;
} atc_ica_imqttpubin_read;
/* ev->msg as this message, or NULL when ev is another message or an error (C and C++, no cast) */
static inline const atc_ica_imqttpubin_read *atc_ica_imqttpubin_read_of(const atc_event *ev)
{
    return ev->profile == &atc_ica_profile && ev->id == ATC_ICA_IMQTTPUBIN_READ && ev->kind != ATC_KIND_ERROR
               ? (const atc_ica_imqttpubin_read *)ev->msg : NULL;
}
#define ATC_ICA_IMQTTPUBIN_READ_INIT_ZERO {{NULL, 0}, 0, 0}
#define ATC_ICA_IMQTTPUBIN_READ_MAX_LEN (25u + 1u * ATC_MAX_LINE)
ATC_API atc_err atc_ica_encode_imqttpubin_read(const atc_ica_imqttpubin_read *msg, char *buf, size_t cap, size_t *len);

/* response +IMQTTPUBIN:<packet_id>
 * document line 319: After the data; packet id of the message being published */
typedef struct atc_ica_imqttpubin_set {
    uint32_t packet_id;
} atc_ica_imqttpubin_set;
/* ev->msg as this message, or NULL when ev is another message or an error (C and C++, no cast) */
static inline const atc_ica_imqttpubin_set *atc_ica_imqttpubin_set_of(const atc_event *ev)
{
    return ev->profile == &atc_ica_profile && ev->id == ATC_ICA_IMQTTPUBIN_SET && ev->kind != ATC_KIND_ERROR
               ? (const atc_ica_imqttpubin_set *)ev->msg : NULL;
}
#define ATC_ICA_IMQTTPUBIN_SET_INIT_ZERO {0}
#define ATC_ICA_IMQTTPUBIN_SET_MAX_LEN 27u
ATC_API atc_err atc_ica_encode_imqttpubin_set(const atc_ica_imqttpubin_set *msg, char *buf, size_t cap, size_t *len);

/* response +IMQTTSUB:<topic>,<qos>
 * document line 334 */
typedef struct atc_ica_imqttsub_test {
    atc_str topic;
    atc_str qos;
} atc_ica_imqttsub_test;
/* ev->msg as this message, or NULL when ev is another message or an error (C and C++, no cast) */
static inline const atc_ica_imqttsub_test *atc_ica_imqttsub_test_of(const atc_event *ev)
{
    return ev->profile == &atc_ica_profile && ev->id == ATC_ICA_IMQTTSUB_TEST && ev->kind != ATC_KIND_ERROR
               ? (const atc_ica_imqttsub_test *)ev->msg : NULL;
}
#define ATC_ICA_IMQTTSUB_TEST_INIT_ZERO {{NULL, 0}, {NULL, 0}}
#define ATC_ICA_IMQTTSUB_TEST_MAX_LEN (16u + 2u * ATC_MAX_LINE)
ATC_API atc_err atc_ica_encode_imqttsub_test(const atc_ica_imqttsub_test *msg, char *buf, size_t cap, size_t *len);

/* response +IMQTTSUB:<topic>,<qos>
 * document line 335 */
typedef struct atc_ica_imqttsub_read {
    atc_str topic;
    int32_t qos;
} atc_ica_imqttsub_read;
/* ev->msg as this message, or NULL when ev is another message or an error (C and C++, no cast) */
static inline const atc_ica_imqttsub_read *atc_ica_imqttsub_read_of(const atc_event *ev)
{
    return ev->profile == &atc_ica_profile && ev->id == ATC_ICA_IMQTTSUB_READ && ev->kind != ATC_KIND_ERROR
               ? (const atc_ica_imqttsub_read *)ev->msg : NULL;
}
#define ATC_ICA_IMQTTSUB_READ_INIT_ZERO {{NULL, 0}, 0}
#define ATC_ICA_IMQTTSUB_READ_MAX_LEN (17u + 1u * ATC_MAX_LINE)
ATC_API atc_err atc_ica_encode_imqttsub_read(const atc_ica_imqttsub_read *msg, char *buf, size_t cap, size_t *len);

/* response +IMQTTSUB:<packet_id>
 * document line 336 */
typedef struct atc_ica_imqttsub_set {
    uint32_t packet_id;
} atc_ica_imqttsub_set;
/* ev->msg as this message, or NULL when ev is another message or an error (C and C++, no cast) */
static inline const atc_ica_imqttsub_set *atc_ica_imqttsub_set_of(const atc_event *ev)
{
    return ev->profile == &atc_ica_profile && ev->id == ATC_ICA_IMQTTSUB_SET && ev->kind != ATC_KIND_ERROR
               ? (const atc_ica_imqttsub_set *)ev->msg : NULL;
}
#define ATC_ICA_IMQTTSUB_SET_INIT_ZERO {0}
#define ATC_ICA_IMQTTSUB_SET_MAX_LEN 25u
ATC_API atc_err atc_ica_encode_imqttsub_set(const atc_ica_imqttsub_set *msg, char *buf, size_t cap, size_t *len);

/* response +IMQTTUNSUB:<topic>
 * document line 352 */
typedef struct atc_ica_imqttunsub_test {
    atc_str topic;
} atc_ica_imqttunsub_test;
/* ev->msg as this message, or NULL when ev is another message or an error (C and C++, no cast) */
static inline const atc_ica_imqttunsub_test *atc_ica_imqttunsub_test_of(const atc_event *ev)
{
    return ev->profile == &atc_ica_profile && ev->id == ATC_ICA_IMQTTUNSUB_TEST && ev->kind != ATC_KIND_ERROR
               ? (const atc_ica_imqttunsub_test *)ev->msg : NULL;
}
#define ATC_ICA_IMQTTUNSUB_TEST_INIT_ZERO {{NULL, 0}}
#define ATC_ICA_IMQTTUNSUB_TEST_MAX_LEN (17u + 1u * ATC_MAX_LINE)
ATC_API atc_err atc_ica_encode_imqttunsub_test(const atc_ica_imqttunsub_test *msg, char *buf, size_t cap, size_t *len);

/* response +IMQTTUNSUB:<topic>
 * document line 353 */
typedef struct atc_ica_imqttunsub_read {
    atc_str topic;
} atc_ica_imqttunsub_read;
/* ev->msg as this message, or NULL when ev is another message or an error (C and C++, no cast) */
static inline const atc_ica_imqttunsub_read *atc_ica_imqttunsub_read_of(const atc_event *ev)
{
    return ev->profile == &atc_ica_profile && ev->id == ATC_ICA_IMQTTUNSUB_READ && ev->kind != ATC_KIND_ERROR
               ? (const atc_ica_imqttunsub_read *)ev->msg : NULL;
}
#define ATC_ICA_IMQTTUNSUB_READ_INIT_ZERO {{NULL, 0}}
#define ATC_ICA_IMQTTUNSUB_READ_MAX_LEN (17u + 1u * ATC_MAX_LINE)
ATC_API atc_err atc_ica_encode_imqttunsub_read(const atc_ica_imqttunsub_read *msg, char *buf, size_t cap, size_t *len);

/* response +IMQTTUNSUB:<packet_id>
 * document line 354 */
typedef struct atc_ica_imqttunsub_set {
    uint32_t packet_id;
} atc_ica_imqttunsub_set;
/* ev->msg as this message, or NULL when ev is another message or an error (C and C++, no cast) */
static inline const atc_ica_imqttunsub_set *atc_ica_imqttunsub_set_of(const atc_event *ev)
{
    return ev->profile == &atc_ica_profile && ev->id == ATC_ICA_IMQTTUNSUB_SET && ev->kind != ATC_KIND_ERROR
               ? (const atc_ica_imqttunsub_set *)ev->msg : NULL;
}
#define ATC_ICA_IMQTTUNSUB_SET_INIT_ZERO {0}
#define ATC_ICA_IMQTTUNSUB_SET_MAX_LEN 27u
ATC_API atc_err atc_ica_encode_imqttunsub_set(const atc_ica_imqttunsub_set *msg, char *buf, size_t cap, size_t *len);

/* response +IMQTTRCVPUB:<packet_id>,<topic>,<msg_len>,<message>[,<format>[,<fragment_id>]]
 * document line 371 */
typedef struct atc_ica_imqttrcvpub_read {
    bool has_format;
    bool has_fragment_id;
    uint32_t packet_id;
    atc_str topic;
    int32_t msg_len;
    atc_str message;
    int32_t format; /* atc_ica_format */
    int32_t fragment_id;
} atc_ica_imqttrcvpub_read;
/* ev->msg as this message, or NULL when ev is another message or an error (C and C++, no cast) */
static inline const atc_ica_imqttrcvpub_read *atc_ica_imqttrcvpub_read_of(const atc_event *ev)
{
    return ev->profile == &atc_ica_profile && ev->id == ATC_ICA_IMQTTRCVPUB_READ && ev->kind != ATC_KIND_ERROR
               ? (const atc_ica_imqttrcvpub_read *)ev->msg : NULL;
}
#define ATC_ICA_IMQTTRCVPUB_READ_INIT_ZERO {false, false, 0, {NULL, 0}, 0, {NULL, 0}, 0, 0}
#define ATC_ICA_IMQTTRCVPUB_READ_MAX_LEN (56u + 2u * ATC_MAX_LINE)
ATC_API atc_err atc_ica_encode_imqttrcvpub_read(const atc_ica_imqttrcvpub_read *msg, char *buf, size_t cap, size_t *len);

/* response +IMQTTRCVPUBIN:<packet_id>,<topic>,<msg_len>
 * document line 384 */
typedef struct atc_ica_imqttrcvpubin_read {
    uint32_t packet_id;
    atc_str topic;
    int32_t msg_len;
} atc_ica_imqttrcvpubin_read;
/* ev->msg as this message, or NULL when ev is another message or an error (C and C++, no cast) */
static inline const atc_ica_imqttrcvpubin_read *atc_ica_imqttrcvpubin_read_of(const atc_event *ev)
{
    return ev->profile == &atc_ica_profile && ev->id == ATC_ICA_IMQTTRCVPUBIN_READ && ev->kind != ATC_KIND_ERROR
               ? (const atc_ica_imqttrcvpubin_read *)ev->msg : NULL;
}
#define ATC_ICA_IMQTTRCVPUBIN_READ_INIT_ZERO {0, {NULL, 0}, 0}
#define ATC_ICA_IMQTTRCVPUBIN_READ_MAX_LEN (37u + 1u * ATC_MAX_LINE)
ATC_API atc_err atc_ica_encode_imqttrcvpubin_read(const atc_ica_imqttrcvpubin_read *msg, char *buf, size_t cap, size_t *len);

/* response +IMQTTSTATE:<state>
 * document line 398 */
typedef struct atc_ica_imqttstate_read {
    int32_t state; /* atc_ica_mqtt_state */
} atc_ica_imqttstate_read;
/* ev->msg as this message, or NULL when ev is another message or an error (C and C++, no cast) */
static inline const atc_ica_imqttstate_read *atc_ica_imqttstate_read_of(const atc_event *ev)
{
    return ev->profile == &atc_ica_profile && ev->id == ATC_ICA_IMQTTSTATE_READ && ev->kind != ATC_KIND_ERROR
               ? (const atc_ica_imqttstate_read *)ev->msg : NULL;
}
#define ATC_ICA_IMQTTSTATE_READ_INIT_ZERO {0}
#define ATC_ICA_IMQTTSTATE_READ_MAX_LEN 18u
ATC_API atc_err atc_ica_encode_imqttstate_read(const atc_ica_imqttstate_read *msg, char *buf, size_t cap, size_t *len);

/* response +IMQTTDBGPARA:<ParaTag>,<ParaValue>
 * document line 423 */
typedef struct atc_ica_imqttdbgpara_test {
    atc_str para_tag;
    atc_str para_value;
} atc_ica_imqttdbgpara_test;
/* ev->msg as this message, or NULL when ev is another message or an error (C and C++, no cast) */
static inline const atc_ica_imqttdbgpara_test *atc_ica_imqttdbgpara_test_of(const atc_event *ev)
{
    return ev->profile == &atc_ica_profile && ev->id == ATC_ICA_IMQTTDBGPARA_TEST && ev->kind != ATC_KIND_ERROR
               ? (const atc_ica_imqttdbgpara_test *)ev->msg : NULL;
}
#define ATC_ICA_IMQTTDBGPARA_TEST_INIT_ZERO {{NULL, 0}, {NULL, 0}}
#define ATC_ICA_IMQTTDBGPARA_TEST_MAX_LEN (20u + 2u * ATC_MAX_LINE)
ATC_API atc_err atc_ica_encode_imqttdbgpara_test(const atc_ica_imqttdbgpara_test *msg, char *buf, size_t cap, size_t *len);

/* response +IMQTTDBGPARA:{"PINGRSP",<PINGRSP>}
 * document line 424 */
typedef struct atc_ica_imqttdbgpara_read {
    bool has_ping_rsp;
    int32_t ping_rsp; /* atc_ica_ping_rsp */
} atc_ica_imqttdbgpara_read;
/* ev->msg as this message, or NULL when ev is another message or an error (C and C++, no cast) */
static inline const atc_ica_imqttdbgpara_read *atc_ica_imqttdbgpara_read_of(const atc_event *ev)
{
    return ev->profile == &atc_ica_profile && ev->id == ATC_ICA_IMQTTDBGPARA_READ && ev->kind != ATC_KIND_ERROR
               ? (const atc_ica_imqttdbgpara_read *)ev->msg : NULL;
}
#define ATC_ICA_IMQTTDBGPARA_READ_INIT_ZERO {false, 0}
#define ATC_ICA_IMQTTDBGPARA_READ_MAX_LEN 30u
ATC_API atc_err atc_ica_encode_imqttdbgpara_read(const atc_ica_imqttdbgpara_read *msg, char *buf, size_t cap, size_t *len);

/* response +ICOAPARA:<ParaTag>,<ParaValue>
 * document line 472 */
typedef struct atc_ica_icoapara_test {
    atc_str para_tag;
    atc_str para_value;
} atc_ica_icoapara_test;
/* ev->msg as this message, or NULL when ev is another message or an error (C and C++, no cast) */
static inline const atc_ica_icoapara_test *atc_ica_icoapara_test_of(const atc_event *ev)
{
    return ev->profile == &atc_ica_profile && ev->id == ATC_ICA_ICOAPARA_TEST && ev->kind != ATC_KIND_ERROR
               ? (const atc_ica_icoapara_test *)ev->msg : NULL;
}
#define ATC_ICA_ICOAPARA_TEST_INIT_ZERO {{NULL, 0}, {NULL, 0}}
#define ATC_ICA_ICOAPARA_TEST_MAX_LEN (16u + 2u * ATC_MAX_LINE)
ATC_API atc_err atc_ica_encode_icoapara_test(const atc_ica_icoapara_test *msg, char *buf, size_t cap, size_t *len);

/* response +ICOAPARA:{"TIMEOUT",<TIMEOUT>}
 * document line 473 */
typedef struct atc_ica_icoapara_read {
    bool has_timeout;
    int32_t timeout;
} atc_ica_icoapara_read;
/* ev->msg as this message, or NULL when ev is another message or an error (C and C++, no cast) */
static inline const atc_ica_icoapara_read *atc_ica_icoapara_read_of(const atc_event *ev)
{
    return ev->profile == &atc_ica_profile && ev->id == ATC_ICA_ICOAPARA_READ && ev->kind != ATC_KIND_ERROR
               ? (const atc_ica_icoapara_read *)ev->msg : NULL;
}
#define ATC_ICA_ICOAPARA_READ_INIT_ZERO {false, 0}
#define ATC_ICA_ICOAPARA_READ_MAX_LEN 36u
ATC_API atc_err atc_ica_encode_icoapara_read(const atc_ica_icoapara_read *msg, char *buf, size_t cap, size_t *len);

/* response +ICOAPOPEN:<hostname>,<port>
 * document line 485 */
typedef struct atc_ica_icoapopen_test {
    atc_str hostname;
    atc_str port;
} atc_ica_icoapopen_test;
/* ev->msg as this message, or NULL when ev is another message or an error (C and C++, no cast) */
static inline const atc_ica_icoapopen_test *atc_ica_icoapopen_test_of(const atc_event *ev)
{
    return ev->profile == &atc_ica_profile && ev->id == ATC_ICA_ICOAPOPEN_TEST && ev->kind != ATC_KIND_ERROR
               ? (const atc_ica_icoapopen_test *)ev->msg : NULL;
}
#define ATC_ICA_ICOAPOPEN_TEST_INIT_ZERO {{NULL, 0}, {NULL, 0}}
#define ATC_ICA_ICOAPOPEN_TEST_MAX_LEN (17u + 2u * ATC_MAX_LINE)
ATC_API atc_err atc_ica_encode_icoapopen_test(const atc_ica_icoapopen_test *msg, char *buf, size_t cap, size_t *len);

/* response +ICOAPOPEN:<hostname>,<port>
 * document line 486 */
typedef struct atc_ica_icoapopen_read {
    atc_str hostname;
    int32_t port;
} atc_ica_icoapopen_read;
/* ev->msg as this message, or NULL when ev is another message or an error (C and C++, no cast) */
static inline const atc_ica_icoapopen_read *atc_ica_icoapopen_read_of(const atc_event *ev)
{
    return ev->profile == &atc_ica_profile && ev->id == ATC_ICA_ICOAPOPEN_READ && ev->kind != ATC_KIND_ERROR
               ? (const atc_ica_icoapopen_read *)ev->msg : NULL;
}
#define ATC_ICA_ICOAPOPEN_READ_INIT_ZERO {{NULL, 0}, 0}
#define ATC_ICA_ICOAPOPEN_READ_MAX_LEN (28u + 1u * ATC_MAX_LINE)
ATC_API atc_err atc_ica_encode_icoapopen_read(const atc_ica_icoapopen_read *msg, char *buf, size_t cap, size_t *len);

/* response +ICOAPAUTH:<ParaTag>...
 * document line 499 */
typedef struct atc_ica_icoapauth_test {
    uint8_t para_tag_count; /* 1..16 */
    atc_str para_tag[16];
} atc_ica_icoapauth_test;
/* ev->msg as this message, or NULL when ev is another message or an error (C and C++, no cast) */
static inline const atc_ica_icoapauth_test *atc_ica_icoapauth_test_of(const atc_event *ev)
{
    return ev->profile == &atc_ica_profile && ev->id == ATC_ICA_ICOAPAUTH_TEST && ev->kind != ATC_KIND_ERROR
               ? (const atc_ica_icoapauth_test *)ev->msg : NULL;
}
#define ATC_ICA_ICOAPAUTH_TEST_INIT_ZERO {0, {{NULL, 0}}}
#define ATC_ICA_ICOAPAUTH_TEST_MAX_LEN (31u + 16u * ATC_MAX_LINE)
ATC_API atc_err atc_ica_encode_icoapauth_test(const atc_ica_icoapauth_test *msg, char *buf, size_t cap, size_t *len);

/* response +ICOAPAUTH:<ParaValue>...
 * document line 500 */
typedef struct atc_ica_icoapauth_read {
    uint8_t para_value_count; /* 1..16 */
    atc_str para_value[16];
} atc_ica_icoapauth_read;
/* ev->msg as this message, or NULL when ev is another message or an error (C and C++, no cast) */
static inline const atc_ica_icoapauth_read *atc_ica_icoapauth_read_of(const atc_event *ev)
{
    return ev->profile == &atc_ica_profile && ev->id == ATC_ICA_ICOAPAUTH_READ && ev->kind != ATC_KIND_ERROR
               ? (const atc_ica_icoapauth_read *)ev->msg : NULL;
}
#define ATC_ICA_ICOAPAUTH_READ_INIT_ZERO {0, {{NULL, 0}}}
#define ATC_ICA_ICOAPAUTH_READ_MAX_LEN (31u + 16u * ATC_MAX_LINE)
ATC_API atc_err atc_ica_encode_icoapauth_read(const atc_ica_icoapauth_read *msg, char *buf, size_t cap, size_t *len);

/* response +ICOAPSENDREQ:<method>,<path>,<message>,<format>,<fragment_id>
 * document line 512 */
typedef struct atc_ica_icoapsendreq_test {
    bool has_format;
    bool has_fragment_id;
    atc_str method;
    atc_str path;
    atc_str message;
    atc_str format;
    atc_str fragment_id;
} atc_ica_icoapsendreq_test;
/* ev->msg as this message, or NULL when ev is another message or an error (C and C++, no cast) */
static inline const atc_ica_icoapsendreq_test *atc_ica_icoapsendreq_test_of(const atc_event *ev)
{
    return ev->profile == &atc_ica_profile && ev->id == ATC_ICA_ICOAPSENDREQ_TEST && ev->kind != ATC_KIND_ERROR
               ? (const atc_ica_icoapsendreq_test *)ev->msg : NULL;
}
#define ATC_ICA_ICOAPSENDREQ_TEST_INIT_ZERO {false, false, {NULL, 0}, {NULL, 0}, {NULL, 0}, {NULL, 0}, {NULL, 0}}
#define ATC_ICA_ICOAPSENDREQ_TEST_MAX_LEN (23u + 5u * ATC_MAX_LINE)
ATC_API atc_err atc_ica_encode_icoapsendreq_test(const atc_ica_icoapsendreq_test *msg, char *buf, size_t cap, size_t *len);

/* response +ICOAPSENDREQ:<method>,<path>,<message>[,<format>[,<fragment_id>]]
 * document line 513 */
typedef struct atc_ica_icoapsendreq_read {
    bool has_format;
    bool has_fragment_id;
    int32_t method; /* atc_ica_method */
    atc_str path;
    atc_str message;
    int32_t format; /* atc_ica_format */
    int32_t fragment_id;
} atc_ica_icoapsendreq_read;
/* ev->msg as this message, or NULL when ev is another message or an error (C and C++, no cast) */
static inline const atc_ica_icoapsendreq_read *atc_ica_icoapsendreq_read_of(const atc_event *ev)
{
    return ev->profile == &atc_ica_profile && ev->id == ATC_ICA_ICOAPSENDREQ_READ && ev->kind != ATC_KIND_ERROR
               ? (const atc_ica_icoapsendreq_read *)ev->msg : NULL;
}
#define ATC_ICA_ICOAPSENDREQ_READ_INIT_ZERO {false, false, 0, {NULL, 0}, {NULL, 0}, 0, 0}
#define ATC_ICA_ICOAPSENDREQ_READ_MAX_LEN (36u + 2u * ATC_MAX_LINE)
ATC_API atc_err atc_ica_encode_icoapsendreq_read(const atc_ica_icoapsendreq_read *msg, char *buf, size_t cap, size_t *len);

/* response +ICOAPSENDREQ:<packet_token>
 * document line 514: Token of the request; only after the last fragment */
typedef struct atc_ica_icoapsendreq_set {
    uint32_t packet_token;
} atc_ica_icoapsendreq_set;
/* ev->msg as this message, or NULL when ev is another message or an error (C and C++, no cast) */
static inline const atc_ica_icoapsendreq_set *atc_ica_icoapsendreq_set_of(const atc_event *ev)
{
    return ev->profile == &atc_ica_profile && ev->id == ATC_ICA_ICOAPSENDREQ_SET && ev->kind != ATC_KIND_ERROR
               ? (const atc_ica_icoapsendreq_set *)ev->msg : NULL;
}
#define ATC_ICA_ICOAPSENDREQ_SET_INIT_ZERO {0}
#define ATC_ICA_ICOAPSENDREQ_SET_MAX_LEN 29u
ATC_API atc_err atc_ica_encode_icoapsendreq_set(const atc_ica_icoapsendreq_set *msg, char *buf, size_t cap, size_t *len);

/* response +ICOAPSENDBIN:<method>,<path>,<msg_len>
 * document line 536 */
typedef struct atc_ica_icoapsendbin_test {
    atc_str method;
    atc_str path;
    atc_str msg_len;
} atc_ica_icoapsendbin_test;
/* ev->msg as this message, or NULL when ev is another message or an error (C and C++, no cast) */
static inline const atc_ica_icoapsendbin_test *atc_ica_icoapsendbin_test_of(const atc_event *ev)
{
    return ev->profile == &atc_ica_profile && ev->id == ATC_ICA_ICOAPSENDBIN_TEST && ev->kind != ATC_KIND_ERROR
               ? (const atc_ica_icoapsendbin_test *)ev->msg : NULL;
}
#define ATC_ICA_ICOAPSENDBIN_TEST_INIT_ZERO {{NULL, 0}, {NULL, 0}, {NULL, 0}}
#define ATC_ICA_ICOAPSENDBIN_TEST_MAX_LEN (21u + 3u * ATC_MAX_LINE)
ATC_API atc_err atc_ica_encode_icoapsendbin_test(const atc_ica_icoapsendbin_test *msg, char *buf, size_t cap, size_t *len);

/* response +ICOAPSENDBIN:<method>,<path>,<msg_len>
 * document line 537: The last binary request sent; its bytes follow the OK */
typedef struct atc_ica_icoapsendbin_read {
    int32_t method; /* atc_ica_method */
    atc_str path;
    int32_t msg_len;
} atc_ica_icoapsendbin_read;
/* ev->msg as this message, or NULL when ev is another message or an error (C and C++, no cast) */
static inline const atc_ica_icoapsendbin_read *atc_ica_icoapsendbin_read_of(const atc_event *ev)
{
    return ev->profile == &atc_ica_profile && ev->id == ATC_ICA_ICOAPSENDBIN_READ && ev->kind != ATC_KIND_ERROR
               ? (const atc_ica_icoapsendbin_read *)ev->msg : NULL;
}
#define ATC_ICA_ICOAPSENDBIN_READ_INIT_ZERO {0, {NULL, 0}, 0}
#define ATC_ICA_ICOAPSENDBIN_READ_MAX_LEN (27u + 1u * ATC_MAX_LINE)
ATC_API atc_err atc_ica_encode_icoapsendbin_read(const atc_ica_icoapsendbin_read *msg, char *buf, size_t cap, size_t *len);

/* response +ICOAPSENDBIN:<packet_token>
 * document line 539: After the data; token of the request */
typedef struct atc_ica_icoapsendbin_set {
    uint32_t packet_token;
} atc_ica_icoapsendbin_set;
/* ev->msg as this message, or NULL when ev is another message or an error (C and C++, no cast) */
static inline const atc_ica_icoapsendbin_set *atc_ica_icoapsendbin_set_of(const atc_event *ev)
{
    return ev->profile == &atc_ica_profile && ev->id == ATC_ICA_ICOAPSENDBIN_SET && ev->kind != ATC_KIND_ERROR
               ? (const atc_ica_icoapsendbin_set *)ev->msg : NULL;
}
#define ATC_ICA_ICOAPSENDBIN_SET_INIT_ZERO {0}
#define ATC_ICA_ICOAPSENDBIN_SET_MAX_LEN 29u
ATC_API atc_err atc_ica_encode_icoapsendbin_set(const atc_ica_icoapsendbin_set *msg, char *buf, size_t cap, size_t *len);

/* response +ICOAPSENDREQN:<method>,<path>,<message>,<format>,<fragment_id>
 * document line 559 */
typedef struct atc_ica_icoapsendreqn_test {
    bool has_format;
    bool has_fragment_id;
    atc_str method;
    atc_str path;
    atc_str message;
    atc_str format;
    atc_str fragment_id;
} atc_ica_icoapsendreqn_test;
/* ev->msg as this message, or NULL when ev is another message or an error (C and C++, no cast) */
static inline const atc_ica_icoapsendreqn_test *atc_ica_icoapsendreqn_test_of(const atc_event *ev)
{
    return ev->profile == &atc_ica_profile && ev->id == ATC_ICA_ICOAPSENDREQN_TEST && ev->kind != ATC_KIND_ERROR
               ? (const atc_ica_icoapsendreqn_test *)ev->msg : NULL;
}
#define ATC_ICA_ICOAPSENDREQN_TEST_INIT_ZERO {false, false, {NULL, 0}, {NULL, 0}, {NULL, 0}, {NULL, 0}, {NULL, 0}}
#define ATC_ICA_ICOAPSENDREQN_TEST_MAX_LEN (24u + 5u * ATC_MAX_LINE)
ATC_API atc_err atc_ica_encode_icoapsendreqn_test(const atc_ica_icoapsendreqn_test *msg, char *buf, size_t cap, size_t *len);

/* response +ICOAPSENDREQN:<method>,<path>,<message>[,<format>[,<fragment_id>]]
 * document line 560 */
typedef struct atc_ica_icoapsendreqn_read {
    bool has_format;
    bool has_fragment_id;
    int32_t method; /* atc_ica_method */
    atc_str path;
    atc_str message;
    int32_t format; /* atc_ica_format */
    int32_t fragment_id;
} atc_ica_icoapsendreqn_read;
/* ev->msg as this message, or NULL when ev is another message or an error (C and C++, no cast) */
static inline const atc_ica_icoapsendreqn_read *atc_ica_icoapsendreqn_read_of(const atc_event *ev)
{
    return ev->profile == &atc_ica_profile && ev->id == ATC_ICA_ICOAPSENDREQN_READ && ev->kind != ATC_KIND_ERROR
               ? (const atc_ica_icoapsendreqn_read *)ev->msg : NULL;
}
#define ATC_ICA_ICOAPSENDREQN_READ_INIT_ZERO {false, false, 0, {NULL, 0}, {NULL, 0}, 0, 0}
#define ATC_ICA_ICOAPSENDREQN_READ_MAX_LEN (37u + 2u * ATC_MAX_LINE)
ATC_API atc_err atc_ica_encode_icoapsendreqn_read(const atc_ica_icoapsendreqn_read *msg, char *buf, size_t cap, size_t *len);

/* response +ICOAPSENDREQN:<packet_token>
 * document line 561: Token of the request; only after the last fragment */
typedef struct atc_ica_icoapsendreqn_set {
    uint32_t packet_token;
} atc_ica_icoapsendreqn_set;
/* ev->msg as this message, or NULL when ev is another message or an error (C and C++, no cast) */
static inline const atc_ica_icoapsendreqn_set *atc_ica_icoapsendreqn_set_of(const atc_event *ev)
{
    return ev->profile == &atc_ica_profile && ev->id == ATC_ICA_ICOAPSENDREQN_SET && ev->kind != ATC_KIND_ERROR
               ? (const atc_ica_icoapsendreqn_set *)ev->msg : NULL;
}
#define ATC_ICA_ICOAPSENDREQN_SET_INIT_ZERO {0}
#define ATC_ICA_ICOAPSENDREQN_SET_MAX_LEN 30u
ATC_API atc_err atc_ica_encode_icoapsendreqn_set(const atc_ica_icoapsendreqn_set *msg, char *buf, size_t cap, size_t *len);

/* response +ICOAPSENDNBIN:<method>,<path>,<msg_len>
 * document line 578 */
typedef struct atc_ica_icoapsendnbin_test {
    atc_str method;
    atc_str path;
    atc_str msg_len;
} atc_ica_icoapsendnbin_test;
/* ev->msg as this message, or NULL when ev is another message or an error (C and C++, no cast) */
static inline const atc_ica_icoapsendnbin_test *atc_ica_icoapsendnbin_test_of(const atc_event *ev)
{
    return ev->profile == &atc_ica_profile && ev->id == ATC_ICA_ICOAPSENDNBIN_TEST && ev->kind != ATC_KIND_ERROR
               ? (const atc_ica_icoapsendnbin_test *)ev->msg : NULL;
}
#define ATC_ICA_ICOAPSENDNBIN_TEST_INIT_ZERO {{NULL, 0}, {NULL, 0}, {NULL, 0}}
#define ATC_ICA_ICOAPSENDNBIN_TEST_MAX_LEN (22u + 3u * ATC_MAX_LINE)
ATC_API atc_err atc_ica_encode_icoapsendnbin_test(const atc_ica_icoapsendnbin_test *msg, char *buf, size_t cap, size_t *len);

/* response +ICOAPSENDNBIN:<method>,<path>,<msg_len>
 * document line 579: The last binary non-confirmable request sent; its bytes follow the OK */
typedef struct atc_ica_icoapsendnbin_read {
    int32_t method; /* atc_ica_method */
    atc_str path;
    int32_t msg_len;
} atc_ica_icoapsendnbin_read;
/* ev->msg as this message, or NULL when ev is another message or an error (C and C++, no cast) */
static inline const atc_ica_icoapsendnbin_read *atc_ica_icoapsendnbin_read_of(const atc_event *ev)
{
    return ev->profile == &atc_ica_profile && ev->id == ATC_ICA_ICOAPSENDNBIN_READ && ev->kind != ATC_KIND_ERROR
               ? (const atc_ica_icoapsendnbin_read *)ev->msg : NULL;
}
#define ATC_ICA_ICOAPSENDNBIN_READ_INIT_ZERO {0, {NULL, 0}, 0}
#define ATC_ICA_ICOAPSENDNBIN_READ_MAX_LEN (28u + 1u * ATC_MAX_LINE)
ATC_API atc_err atc_ica_encode_icoapsendnbin_read(const atc_ica_icoapsendnbin_read *msg, char *buf, size_t cap, size_t *len);

/* response +ICOAPSENDNBIN:<packet_token>
 * document line 581: After the data; token of the request */
typedef struct atc_ica_icoapsendnbin_set {
    uint32_t packet_token;
} atc_ica_icoapsendnbin_set;
/* ev->msg as this message, or NULL when ev is another message or an error (C and C++, no cast) */
static inline const atc_ica_icoapsendnbin_set *atc_ica_icoapsendnbin_set_of(const atc_event *ev)
{
    return ev->profile == &atc_ica_profile && ev->id == ATC_ICA_ICOAPSENDNBIN_SET && ev->kind != ATC_KIND_ERROR
               ? (const atc_ica_icoapsendnbin_set *)ev->msg : NULL;
}
#define ATC_ICA_ICOAPSENDNBIN_SET_INIT_ZERO {0}
#define ATC_ICA_ICOAPSENDNBIN_SET_MAX_LEN 30u
ATC_API atc_err atc_ica_encode_icoapsendnbin_set(const atc_ica_icoapsendnbin_set *msg, char *buf, size_t cap, size_t *len);

/* response +ICOAPRCVRSP:<packet_token>[,<path>],<msg_len>,<message>[,<format>[,<fragment_id>]]
 * document line 599 */
typedef struct atc_ica_icoaprcvrsp_read {
    bool has_path;
    bool has_format;
    bool has_fragment_id;
    uint32_t packet_token;
    atc_str path;
    int32_t msg_len;
    atc_str message;
    int32_t format; /* atc_ica_format */
    int32_t fragment_id;
} atc_ica_icoaprcvrsp_read;
/* ev->msg as this message, or NULL when ev is another message or an error (C and C++, no cast) */
static inline const atc_ica_icoaprcvrsp_read *atc_ica_icoaprcvrsp_read_of(const atc_event *ev)
{
    return ev->profile == &atc_ica_profile && ev->id == ATC_ICA_ICOAPRCVRSP_READ && ev->kind != ATC_KIND_ERROR
               ? (const atc_ica_icoaprcvrsp_read *)ev->msg : NULL;
}
#define ATC_ICA_ICOAPRCVRSP_READ_INIT_ZERO {false, false, false, 0, {NULL, 0}, 0, {NULL, 0}, 0, 0}
#define ATC_ICA_ICOAPRCVRSP_READ_MAX_LEN (56u + 2u * ATC_MAX_LINE)
ATC_API atc_err atc_ica_encode_icoaprcvrsp_read(const atc_ica_icoaprcvrsp_read *msg, char *buf, size_t cap, size_t *len);

/* response +ICOAPRCVBIN:<packet_token>[,<path>],<msg_len>
 * document line 614 */
typedef struct atc_ica_icoaprcvbin_read {
    bool has_path;
    uint32_t packet_token;
    atc_str path;
    int32_t msg_len;
} atc_ica_icoaprcvbin_read;
/* ev->msg as this message, or NULL when ev is another message or an error (C and C++, no cast) */
static inline const atc_ica_icoaprcvbin_read *atc_ica_icoaprcvbin_read_of(const atc_event *ev)
{
    return ev->profile == &atc_ica_profile && ev->id == ATC_ICA_ICOAPRCVBIN_READ && ev->kind != ATC_KIND_ERROR
               ? (const atc_ica_icoaprcvbin_read *)ev->msg : NULL;
}
#define ATC_ICA_ICOAPRCVBIN_READ_INIT_ZERO {false, 0, {NULL, 0}, 0}
#define ATC_ICA_ICOAPRCVBIN_READ_MAX_LEN (35u + 1u * ATC_MAX_LINE)
ATC_API atc_err atc_ica_encode_icoaprcvbin_read(const atc_ica_icoaprcvbin_read *msg, char *buf, size_t cap, size_t *len);

/* response +IHTTPOPEN:<hostname>,<port>
 * document line 645 */
typedef struct atc_ica_ihttpopen_test {
    atc_str hostname;
    atc_str port;
} atc_ica_ihttpopen_test;
/* ev->msg as this message, or NULL when ev is another message or an error (C and C++, no cast) */
static inline const atc_ica_ihttpopen_test *atc_ica_ihttpopen_test_of(const atc_event *ev)
{
    return ev->profile == &atc_ica_profile && ev->id == ATC_ICA_IHTTPOPEN_TEST && ev->kind != ATC_KIND_ERROR
               ? (const atc_ica_ihttpopen_test *)ev->msg : NULL;
}
#define ATC_ICA_IHTTPOPEN_TEST_INIT_ZERO {{NULL, 0}, {NULL, 0}}
#define ATC_ICA_IHTTPOPEN_TEST_MAX_LEN (17u + 2u * ATC_MAX_LINE)
ATC_API atc_err atc_ica_encode_ihttpopen_test(const atc_ica_ihttpopen_test *msg, char *buf, size_t cap, size_t *len);

/* response +IHTTPOPEN:<hostname>,<port>
 * document line 646 */
typedef struct atc_ica_ihttpopen_read {
    atc_str hostname;
    int32_t port;
} atc_ica_ihttpopen_read;
/* ev->msg as this message, or NULL when ev is another message or an error (C and C++, no cast) */
static inline const atc_ica_ihttpopen_read *atc_ica_ihttpopen_read_of(const atc_event *ev)
{
    return ev->profile == &atc_ica_profile && ev->id == ATC_ICA_IHTTPOPEN_READ && ev->kind != ATC_KIND_ERROR
               ? (const atc_ica_ihttpopen_read *)ev->msg : NULL;
}
#define ATC_ICA_IHTTPOPEN_READ_INIT_ZERO {{NULL, 0}, 0}
#define ATC_ICA_IHTTPOPEN_READ_MAX_LEN (28u + 1u * ATC_MAX_LINE)
ATC_API atc_err atc_ica_encode_ihttpopen_read(const atc_ica_ihttpopen_read *msg, char *buf, size_t cap, size_t *len);

/* response +IHTTPARA:<ParaTag>,<ParaValue>
 * document line 662 */
typedef struct atc_ica_ihttpara_test {
    atc_str para_tag;
    atc_str para_value;
} atc_ica_ihttpara_test;
/* ev->msg as this message, or NULL when ev is another message or an error (C and C++, no cast) */
static inline const atc_ica_ihttpara_test *atc_ica_ihttpara_test_of(const atc_event *ev)
{
    return ev->profile == &atc_ica_profile && ev->id == ATC_ICA_IHTTPARA_TEST && ev->kind != ATC_KIND_ERROR
               ? (const atc_ica_ihttpara_test *)ev->msg : NULL;
}
#define ATC_ICA_IHTTPARA_TEST_INIT_ZERO {{NULL, 0}, {NULL, 0}}
#define ATC_ICA_IHTTPARA_TEST_MAX_LEN (16u + 2u * ATC_MAX_LINE)
ATC_API atc_err atc_ica_encode_ihttpara_test(const atc_ica_ihttpara_test *msg, char *buf, size_t cap, size_t *len);

/* response +IHTTPARA:{"KEEPALIVE",<KEEPALIVE> | "TIMEOUT",<TIMEOUT> | "AUTHMODE",<AUTHMODE>}
 * document line 663 */
typedef struct atc_ica_ihttpara_read {
    bool has_keep_alive;
    bool has_timeout;
    bool has_auth_mode;
    int32_t keep_alive; /* atc_ica_keep_alive */
    int32_t timeout;
    int32_t auth_mode; /* atc_ica_auth_mode */
} atc_ica_ihttpara_read;
/* ev->msg as this message, or NULL when ev is another message or an error (C and C++, no cast) */
static inline const atc_ica_ihttpara_read *atc_ica_ihttpara_read_of(const atc_event *ev)
{
    return ev->profile == &atc_ica_profile && ev->id == ATC_ICA_IHTTPARA_READ && ev->kind != ATC_KIND_ERROR
               ? (const atc_ica_ihttpara_read *)ev->msg : NULL;
}
#define ATC_ICA_IHTTPARA_READ_INIT_ZERO {false, false, false, 0, 0, 0}
#define ATC_ICA_IHTTPARA_READ_MAX_LEN 63u
ATC_API atc_err atc_ica_encode_ihttpara_read(const atc_ica_ihttpara_read *msg, char *buf, size_t cap, size_t *len);

/* response +IHTTPAUTH:<ParaTag>...
 * document line 678 */
typedef struct atc_ica_ihttpauth_test {
    uint8_t para_tag_count; /* 1..16 */
    atc_str para_tag[16];
} atc_ica_ihttpauth_test;
/* ev->msg as this message, or NULL when ev is another message or an error (C and C++, no cast) */
static inline const atc_ica_ihttpauth_test *atc_ica_ihttpauth_test_of(const atc_event *ev)
{
    return ev->profile == &atc_ica_profile && ev->id == ATC_ICA_IHTTPAUTH_TEST && ev->kind != ATC_KIND_ERROR
               ? (const atc_ica_ihttpauth_test *)ev->msg : NULL;
}
#define ATC_ICA_IHTTPAUTH_TEST_INIT_ZERO {0, {{NULL, 0}}}
#define ATC_ICA_IHTTPAUTH_TEST_MAX_LEN (31u + 16u * ATC_MAX_LINE)
ATC_API atc_err atc_ica_encode_ihttpauth_test(const atc_ica_ihttpauth_test *msg, char *buf, size_t cap, size_t *len);

/* response +IHTTPAUTH:<ParaValue>...
 * document line 679 */
typedef struct atc_ica_ihttpauth_read {
    uint8_t para_value_count; /* 1..16 */
    atc_str para_value[16];
} atc_ica_ihttpauth_read;
/* ev->msg as this message, or NULL when ev is another message or an error (C and C++, no cast) */
static inline const atc_ica_ihttpauth_read *atc_ica_ihttpauth_read_of(const atc_event *ev)
{
    return ev->profile == &atc_ica_profile && ev->id == ATC_ICA_IHTTPAUTH_READ && ev->kind != ATC_KIND_ERROR
               ? (const atc_ica_ihttpauth_read *)ev->msg : NULL;
}
#define ATC_ICA_IHTTPAUTH_READ_INIT_ZERO {0, {{NULL, 0}}}
#define ATC_ICA_IHTTPAUTH_READ_MAX_LEN (31u + 16u * ATC_MAX_LINE)
ATC_API atc_err atc_ica_encode_ihttpauth_read(const atc_ica_ihttpauth_read *msg, char *buf, size_t cap, size_t *len);

/* response +IHTTPSEND:<method>,<path>,<message>
 * document line 693 */
typedef struct atc_ica_ihttpsend_test {
    atc_str method;
    atc_str path;
    atc_str message;
} atc_ica_ihttpsend_test;
/* ev->msg as this message, or NULL when ev is another message or an error (C and C++, no cast) */
static inline const atc_ica_ihttpsend_test *atc_ica_ihttpsend_test_of(const atc_event *ev)
{
    return ev->profile == &atc_ica_profile && ev->id == ATC_ICA_IHTTPSEND_TEST && ev->kind != ATC_KIND_ERROR
               ? (const atc_ica_ihttpsend_test *)ev->msg : NULL;
}
#define ATC_ICA_IHTTPSEND_TEST_INIT_ZERO {{NULL, 0}, {NULL, 0}, {NULL, 0}}
#define ATC_ICA_IHTTPSEND_TEST_MAX_LEN (18u + 3u * ATC_MAX_LINE)
ATC_API atc_err atc_ica_encode_ihttpsend_test(const atc_ica_ihttpsend_test *msg, char *buf, size_t cap, size_t *len);

/* response +IHTTPSEND:<method>,<path>,<message>
 * document line 694 */
typedef struct atc_ica_ihttpsend_read {
    int32_t method; /* atc_ica_method */
    atc_str path;
    atc_str message;
} atc_ica_ihttpsend_read;
/* ev->msg as this message, or NULL when ev is another message or an error (C and C++, no cast) */
static inline const atc_ica_ihttpsend_read *atc_ica_ihttpsend_read_of(const atc_event *ev)
{
    return ev->profile == &atc_ica_profile && ev->id == ATC_ICA_IHTTPSEND_READ && ev->kind != ATC_KIND_ERROR
               ? (const atc_ica_ihttpsend_read *)ev->msg : NULL;
}
#define ATC_ICA_IHTTPSEND_READ_INIT_ZERO {0, {NULL, 0}, {NULL, 0}}
#define ATC_ICA_IHTTPSEND_READ_MAX_LEN (19u + 2u * ATC_MAX_LINE)
ATC_API atc_err atc_ica_encode_ihttpsend_read(const atc_ica_ihttpsend_read *msg, char *buf, size_t cap, size_t *len);

/* response +IHTTPSENDREQ:<method>,<path>,<message>,<format>,<fragment_id>
 * document line 719 */
typedef struct atc_ica_ihttpsendreq_test {
    bool has_format;
    bool has_fragment_id;
    atc_str method;
    atc_str path;
    atc_str message;
    atc_str format;
    atc_str fragment_id;
} atc_ica_ihttpsendreq_test;
/* ev->msg as this message, or NULL when ev is another message or an error (C and C++, no cast) */
static inline const atc_ica_ihttpsendreq_test *atc_ica_ihttpsendreq_test_of(const atc_event *ev)
{
    return ev->profile == &atc_ica_profile && ev->id == ATC_ICA_IHTTPSENDREQ_TEST && ev->kind != ATC_KIND_ERROR
               ? (const atc_ica_ihttpsendreq_test *)ev->msg : NULL;
}
#define ATC_ICA_IHTTPSENDREQ_TEST_INIT_ZERO {false, false, {NULL, 0}, {NULL, 0}, {NULL, 0}, {NULL, 0}, {NULL, 0}}
#define ATC_ICA_IHTTPSENDREQ_TEST_MAX_LEN (23u + 5u * ATC_MAX_LINE)
ATC_API atc_err atc_ica_encode_ihttpsendreq_test(const atc_ica_ihttpsendreq_test *msg, char *buf, size_t cap, size_t *len);

/* response +IHTTPSENDREQ:<method>,<path>,<message>[,<format>[,<fragment_id>]]
 * document line 720 */
typedef struct atc_ica_ihttpsendreq_read {
    bool has_format;
    bool has_fragment_id;
    int32_t method; /* atc_ica_method */
    atc_str path;
    atc_str message;
    int32_t format; /* atc_ica_format */
    int32_t fragment_id;
} atc_ica_ihttpsendreq_read;
/* ev->msg as this message, or NULL when ev is another message or an error (C and C++, no cast) */
static inline const atc_ica_ihttpsendreq_read *atc_ica_ihttpsendreq_read_of(const atc_event *ev)
{
    return ev->profile == &atc_ica_profile && ev->id == ATC_ICA_IHTTPSENDREQ_READ && ev->kind != ATC_KIND_ERROR
               ? (const atc_ica_ihttpsendreq_read *)ev->msg : NULL;
}
#define ATC_ICA_IHTTPSENDREQ_READ_INIT_ZERO {false, false, 0, {NULL, 0}, {NULL, 0}, 0, 0}
#define ATC_ICA_IHTTPSENDREQ_READ_MAX_LEN (36u + 2u * ATC_MAX_LINE)
ATC_API atc_err atc_ica_encode_ihttpsendreq_read(const atc_ica_ihttpsendreq_read *msg, char *buf, size_t cap, size_t *len);

/* response +IHTTPSENDREQ:<packet_token>
 * document line 721: Token of the request; only after the last fragment */
typedef struct atc_ica_ihttpsendreq_set {
    uint32_t packet_token;
} atc_ica_ihttpsendreq_set;
/* ev->msg as this message, or NULL when ev is another message or an error (C and C++, no cast) */
static inline const atc_ica_ihttpsendreq_set *atc_ica_ihttpsendreq_set_of(const atc_event *ev)
{
    return ev->profile == &atc_ica_profile && ev->id == ATC_ICA_IHTTPSENDREQ_SET && ev->kind != ATC_KIND_ERROR
               ? (const atc_ica_ihttpsendreq_set *)ev->msg : NULL;
}
#define ATC_ICA_IHTTPSENDREQ_SET_INIT_ZERO {0}
#define ATC_ICA_IHTTPSENDREQ_SET_MAX_LEN 29u
ATC_API atc_err atc_ica_encode_ihttpsendreq_set(const atc_ica_ihttpsendreq_set *msg, char *buf, size_t cap, size_t *len);

/* response +IHTTPSENDBIN:<method>,<path>,<msg_len>
 * document line 738 */
typedef struct atc_ica_ihttpsendbin_test {
    atc_str method;
    atc_str path;
    atc_str msg_len;
} atc_ica_ihttpsendbin_test;
/* ev->msg as this message, or NULL when ev is another message or an error (C and C++, no cast) */
static inline const atc_ica_ihttpsendbin_test *atc_ica_ihttpsendbin_test_of(const atc_event *ev)
{
    return ev->profile == &atc_ica_profile && ev->id == ATC_ICA_IHTTPSENDBIN_TEST && ev->kind != ATC_KIND_ERROR
               ? (const atc_ica_ihttpsendbin_test *)ev->msg : NULL;
}
#define ATC_ICA_IHTTPSENDBIN_TEST_INIT_ZERO {{NULL, 0}, {NULL, 0}, {NULL, 0}}
#define ATC_ICA_IHTTPSENDBIN_TEST_MAX_LEN (21u + 3u * ATC_MAX_LINE)
ATC_API atc_err atc_ica_encode_ihttpsendbin_test(const atc_ica_ihttpsendbin_test *msg, char *buf, size_t cap, size_t *len);

/* response +IHTTPSENDBIN:<method>,<path>,<msg_len>
 * document line 739: The last binary request sent; its bytes follow the OK */
typedef struct atc_ica_ihttpsendbin_read {
    int32_t method; /* atc_ica_method */
    atc_str path;
    int32_t msg_len;
} atc_ica_ihttpsendbin_read;
/* ev->msg as this message, or NULL when ev is another message or an error (C and C++, no cast) */
static inline const atc_ica_ihttpsendbin_read *atc_ica_ihttpsendbin_read_of(const atc_event *ev)
{
    return ev->profile == &atc_ica_profile && ev->id == ATC_ICA_IHTTPSENDBIN_READ && ev->kind != ATC_KIND_ERROR
               ? (const atc_ica_ihttpsendbin_read *)ev->msg : NULL;
}
#define ATC_ICA_IHTTPSENDBIN_READ_INIT_ZERO {0, {NULL, 0}, 0}
#define ATC_ICA_IHTTPSENDBIN_READ_MAX_LEN (27u + 1u * ATC_MAX_LINE)
ATC_API atc_err atc_ica_encode_ihttpsendbin_read(const atc_ica_ihttpsendbin_read *msg, char *buf, size_t cap, size_t *len);

/* response +IHTTPSENDBIN:<packet_token>
 * document line 741: After the data; token of the request */
typedef struct atc_ica_ihttpsendbin_set {
    uint32_t packet_token;
} atc_ica_ihttpsendbin_set;
/* ev->msg as this message, or NULL when ev is another message or an error (C and C++, no cast) */
static inline const atc_ica_ihttpsendbin_set *atc_ica_ihttpsendbin_set_of(const atc_event *ev)
{
    return ev->profile == &atc_ica_profile && ev->id == ATC_ICA_IHTTPSENDBIN_SET && ev->kind != ATC_KIND_ERROR
               ? (const atc_ica_ihttpsendbin_set *)ev->msg : NULL;
}
#define ATC_ICA_IHTTPSENDBIN_SET_INIT_ZERO {0}
#define ATC_ICA_IHTTPSENDBIN_SET_MAX_LEN 29u
ATC_API atc_err atc_ica_encode_ihttpsendbin_set(const atc_ica_ihttpsendbin_set *msg, char *buf, size_t cap, size_t *len);

/* response +IHTTPRCVRSP:<packet_token>,<status>[,<path>,<msg_len>,<message>[,<format>[,<fragment_id>]]]
 * document line 760 */
typedef struct atc_ica_ihttprcvrsp_read {
    bool has_path;
    bool has_msg_len;
    bool has_message;
    bool has_format;
    bool has_fragment_id;
    uint32_t packet_token;
    int32_t status; /* atc_ica_status */
    atc_str path;
    int32_t msg_len;
    atc_str message;
    int32_t format; /* atc_ica_format */
    int32_t fragment_id;
} atc_ica_ihttprcvrsp_read;
/* ev->msg as this message, or NULL when ev is another message or an error (C and C++, no cast) */
static inline const atc_ica_ihttprcvrsp_read *atc_ica_ihttprcvrsp_read_of(const atc_event *ev)
{
    return ev->profile == &atc_ica_profile && ev->id == ATC_ICA_IHTTPRCVRSP_READ && ev->kind != ATC_KIND_ERROR
               ? (const atc_ica_ihttprcvrsp_read *)ev->msg : NULL;
}
#define ATC_ICA_IHTTPRCVRSP_READ_INIT_ZERO {false, false, false, false, false, 0, 0, {NULL, 0}, 0, {NULL, 0}, 0, 0}
#define ATC_ICA_IHTTPRCVRSP_READ_MAX_LEN (60u + 2u * ATC_MAX_LINE)
ATC_API atc_err atc_ica_encode_ihttprcvrsp_read(const atc_ica_ihttprcvrsp_read *msg, char *buf, size_t cap, size_t *len);

/* response +IHTTPRCVBIN:<packet_token>,<status>[,<path>,<msg_len>]
 * document line 783 */
typedef struct atc_ica_ihttprcvbin_read {
    bool has_path;
    bool has_msg_len;
    uint32_t packet_token;
    int32_t status; /* atc_ica_status */
    atc_str path;
    int32_t msg_len;
} atc_ica_ihttprcvbin_read;
/* ev->msg as this message, or NULL when ev is another message or an error (C and C++, no cast) */
static inline const atc_ica_ihttprcvbin_read *atc_ica_ihttprcvbin_read_of(const atc_event *ev)
{
    return ev->profile == &atc_ica_profile && ev->id == ATC_ICA_IHTTPRCVBIN_READ && ev->kind != ATC_KIND_ERROR
               ? (const atc_ica_ihttprcvbin_read *)ev->msg : NULL;
}
#define ATC_ICA_IHTTPRCVBIN_READ_INIT_ZERO {false, false, 0, 0, {NULL, 0}, 0}
#define ATC_ICA_IHTTPRCVBIN_READ_MAX_LEN (39u + 1u * ATC_MAX_LINE)
ATC_API atc_err atc_ica_encode_ihttprcvbin_read(const atc_ica_ihttprcvbin_read *msg, char *buf, size_t cap, size_t *len);

/* response +IOTAPARA:<ParaTag>,<ParaValue>
 * document line 838 */
typedef struct atc_ica_iotapara_test {
    atc_str para_tag;
    atc_str para_value;
} atc_ica_iotapara_test;
/* ev->msg as this message, or NULL when ev is another message or an error (C and C++, no cast) */
static inline const atc_ica_iotapara_test *atc_ica_iotapara_test_of(const atc_event *ev)
{
    return ev->profile == &atc_ica_profile && ev->id == ATC_ICA_IOTAPARA_TEST && ev->kind != ATC_KIND_ERROR
               ? (const atc_ica_iotapara_test *)ev->msg : NULL;
}
#define ATC_ICA_IOTAPARA_TEST_INIT_ZERO {{NULL, 0}, {NULL, 0}}
#define ATC_ICA_IOTAPARA_TEST_MAX_LEN (16u + 2u * ATC_MAX_LINE)
ATC_API atc_err atc_ica_encode_iotapara_test(const atc_ica_iotapara_test *msg, char *buf, size_t cap, size_t *len);

/* response +IOTAPARA:{"DURATION",<DURATION> | "BLOCKSIZE",<BLOCKSIZE>}
 * document line 839 */
typedef struct atc_ica_iotapara_read {
    bool has_duration;
    bool has_block_size;
    int32_t duration;
    int32_t block_size;
} atc_ica_iotapara_read;
/* ev->msg as this message, or NULL when ev is another message or an error (C and C++, no cast) */
static inline const atc_ica_iotapara_read *atc_ica_iotapara_read_of(const atc_event *ev)
{
    return ev->profile == &atc_ica_profile && ev->id == ATC_ICA_IOTAPARA_READ && ev->kind != ATC_KIND_ERROR
               ? (const atc_ica_iotapara_read *)ev->msg : NULL;
}
#define ATC_ICA_IOTAPARA_READ_INIT_ZERO {false, false, 0, 0}
#define ATC_ICA_IOTAPARA_READ_MAX_LEN 61u
ATC_API atc_err atc_ica_encode_iotapara_read(const atc_ica_iotapara_read *msg, char *buf, size_t cap, size_t *len);

/* response +IOTAVER:<version>
 * document line 851 */
typedef struct atc_ica_iotaver_test {
    atc_str version;
} atc_ica_iotaver_test;
/* ev->msg as this message, or NULL when ev is another message or an error (C and C++, no cast) */
static inline const atc_ica_iotaver_test *atc_ica_iotaver_test_of(const atc_event *ev)
{
    return ev->profile == &atc_ica_profile && ev->id == ATC_ICA_IOTAVER_TEST && ev->kind != ATC_KIND_ERROR
               ? (const atc_ica_iotaver_test *)ev->msg : NULL;
}
#define ATC_ICA_IOTAVER_TEST_INIT_ZERO {{NULL, 0}}
#define ATC_ICA_IOTAVER_TEST_MAX_LEN (14u + 1u * ATC_MAX_LINE)
ATC_API atc_err atc_ica_encode_iotaver_test(const atc_ica_iotaver_test *msg, char *buf, size_t cap, size_t *len);

/* response +IOTAVER:<version>
 * document line 852 */
typedef struct atc_ica_iotaver_read {
    atc_str version;
} atc_ica_iotaver_read;
/* ev->msg as this message, or NULL when ev is another message or an error (C and C++, no cast) */
static inline const atc_ica_iotaver_read *atc_ica_iotaver_read_of(const atc_event *ev)
{
    return ev->profile == &atc_ica_profile && ev->id == ATC_ICA_IOTAVER_READ && ev->kind != ATC_KIND_ERROR
               ? (const atc_ica_iotaver_read *)ev->msg : NULL;
}
#define ATC_ICA_IOTAVER_READ_INIT_ZERO {{NULL, 0}}
#define ATC_ICA_IOTAVER_READ_MAX_LEN (14u + 1u * ATC_MAX_LINE)
ATC_API atc_err atc_ica_encode_iotaver_read(const atc_ica_iotaver_read *msg, char *buf, size_t cap, size_t *len);

/* response +IOTANEWVER:<version>,<img_size>,<checksum>
 * document line 866 */
typedef struct atc_ica_iotanewver_read {
    atc_str version;
    int32_t img_size;
    atc_str checksum;
} atc_ica_iotanewver_read;
/* ev->msg as this message, or NULL when ev is another message or an error (C and C++, no cast) */
static inline const atc_ica_iotanewver_read *atc_ica_iotanewver_read_of(const atc_event *ev)
{
    return ev->profile == &atc_ica_profile && ev->id == ATC_ICA_IOTANEWVER_READ && ev->kind != ATC_KIND_ERROR
               ? (const atc_ica_iotanewver_read *)ev->msg : NULL;
}
#define ATC_ICA_IOTANEWVER_READ_INIT_ZERO {{NULL, 0}, 0, {NULL, 0}}
#define ATC_ICA_IOTANEWVER_READ_MAX_LEN (30u + 2u * ATC_MAX_LINE)
ATC_API atc_err atc_ica_encode_iotanewver_read(const atc_ica_iotanewver_read *msg, char *buf, size_t cap, size_t *len);

/* response +IOTAPGS:<progress>,<desc>
 * document line 878 */
typedef struct atc_ica_iotapgs_test {
    atc_str progress;
    atc_str desc;
} atc_ica_iotapgs_test;
/* ev->msg as this message, or NULL when ev is another message or an error (C and C++, no cast) */
static inline const atc_ica_iotapgs_test *atc_ica_iotapgs_test_of(const atc_event *ev)
{
    return ev->profile == &atc_ica_profile && ev->id == ATC_ICA_IOTAPGS_TEST && ev->kind != ATC_KIND_ERROR
               ? (const atc_ica_iotapgs_test *)ev->msg : NULL;
}
#define ATC_ICA_IOTAPGS_TEST_INIT_ZERO {{NULL, 0}, {NULL, 0}}
#define ATC_ICA_IOTAPGS_TEST_MAX_LEN (15u + 2u * ATC_MAX_LINE)
ATC_API atc_err atc_ica_encode_iotapgs_test(const atc_ica_iotapgs_test *msg, char *buf, size_t cap, size_t *len);

/* response +IOTABLOCK: <message>
 * document line 891: One block of the new firmware; several lines may come before the OK (line 896) */
typedef struct atc_ica_iotablock {
    atc_str message;
} atc_ica_iotablock;
/* ev->msg as this message, or NULL when ev is another message or an error (C and C++, no cast) */
static inline const atc_ica_iotablock *atc_ica_iotablock_of(const atc_event *ev)
{
    return ev->profile == &atc_ica_profile && ev->id == ATC_ICA_IOTABLOCK && ev->kind != ATC_KIND_ERROR
               ? (const atc_ica_iotablock *)ev->msg : NULL;
}
#define ATC_ICA_IOTABLOCK_INIT_ZERO {{NULL, 0}}
#define ATC_ICA_IOTABLOCK_MAX_LEN (17u + 1u * ATC_MAX_LINE)
ATC_API atc_err atc_ica_encode_iotablock(const atc_ica_iotablock *msg, char *buf, size_t cap, size_t *len);

/* response +ILOGLVL:<level>
 * document line 928 */
typedef struct atc_ica_iloglvl_test {
    atc_str level;
} atc_ica_iloglvl_test;
/* ev->msg as this message, or NULL when ev is another message or an error (C and C++, no cast) */
static inline const atc_ica_iloglvl_test *atc_ica_iloglvl_test_of(const atc_event *ev)
{
    return ev->profile == &atc_ica_profile && ev->id == ATC_ICA_ILOGLVL_TEST && ev->kind != ATC_KIND_ERROR
               ? (const atc_ica_iloglvl_test *)ev->msg : NULL;
}
#define ATC_ICA_ILOGLVL_TEST_INIT_ZERO {{NULL, 0}}
#define ATC_ICA_ILOGLVL_TEST_MAX_LEN (14u + 1u * ATC_MAX_LINE)
ATC_API atc_err atc_ica_encode_iloglvl_test(const atc_ica_iloglvl_test *msg, char *buf, size_t cap, size_t *len);

/* response +ILOGLVL:<level>
 * document line 929 */
typedef struct atc_ica_iloglvl_read {
    int32_t level;
} atc_ica_iloglvl_read;
/* ev->msg as this message, or NULL when ev is another message or an error (C and C++, no cast) */
static inline const atc_ica_iloglvl_read *atc_ica_iloglvl_read_of(const atc_event *ev)
{
    return ev->profile == &atc_ica_profile && ev->id == ATC_ICA_ILOGLVL_READ && ev->kind != ATC_KIND_ERROR
               ? (const atc_ica_iloglvl_read *)ev->msg : NULL;
}
#define ATC_ICA_ILOGLVL_READ_INIT_ZERO {0}
#define ATC_ICA_ILOGLVL_READ_MAX_LEN 15u
ATC_API atc_err atc_ica_encode_iloglvl_read(const atc_ica_iloglvl_read *msg, char *buf, size_t cap, size_t *len);

/* response <text>
 * document line 969: Manufacturer identification (bare text line, 27.007) */
typedef struct atc_ica_cgmi {
    atc_str text;
} atc_ica_cgmi;
/* ev->msg as this message, or NULL when ev is another message or an error (C and C++, no cast) */
static inline const atc_ica_cgmi *atc_ica_cgmi_of(const atc_event *ev)
{
    return ev->profile == &atc_ica_profile && ev->id == ATC_ICA_CGMI && ev->kind != ATC_KIND_ERROR
               ? (const atc_ica_cgmi *)ev->msg : NULL;
}
#define ATC_ICA_CGMI_INIT_ZERO {{NULL, 0}}
#define ATC_ICA_CGMI_MAX_LEN (5u + 1u * ATC_MAX_LINE)
ATC_API atc_err atc_ica_encode_cgmi(const atc_ica_cgmi *msg, char *buf, size_t cap, size_t *len);

/* response <text>
 * document line 970: Model identification (bare text line, 27.007) */
typedef struct atc_ica_cgmm {
    atc_str text;
} atc_ica_cgmm;
/* ev->msg as this message, or NULL when ev is another message or an error (C and C++, no cast) */
static inline const atc_ica_cgmm *atc_ica_cgmm_of(const atc_event *ev)
{
    return ev->profile == &atc_ica_profile && ev->id == ATC_ICA_CGMM && ev->kind != ATC_KIND_ERROR
               ? (const atc_ica_cgmm *)ev->msg : NULL;
}
#define ATC_ICA_CGMM_INIT_ZERO {{NULL, 0}}
#define ATC_ICA_CGMM_MAX_LEN (5u + 1u * ATC_MAX_LINE)
ATC_API atc_err atc_ica_encode_cgmm(const atc_ica_cgmm *msg, char *buf, size_t cap, size_t *len);

/* response <text>
 * document line 971: Firmware revision (bare text line, 27.007) */
typedef struct atc_ica_cgmr {
    atc_str text;
} atc_ica_cgmr;
/* ev->msg as this message, or NULL when ev is another message or an error (C and C++, no cast) */
static inline const atc_ica_cgmr *atc_ica_cgmr_of(const atc_event *ev)
{
    return ev->profile == &atc_ica_profile && ev->id == ATC_ICA_CGMR && ev->kind != ATC_KIND_ERROR
               ? (const atc_ica_cgmr *)ev->msg : NULL;
}
#define ATC_ICA_CGMR_INIT_ZERO {{NULL, 0}}
#define ATC_ICA_CGMR_MAX_LEN (5u + 1u * ATC_MAX_LINE)
ATC_API atc_err atc_ica_encode_cgmr(const atc_ica_cgmr *msg, char *buf, size_t cap, size_t *len);

/* urc +IMQTTAUTH:OK (variant "OK")
 * document line 251: Authentication succeeded */
typedef struct atc_ica_imqttauth_ok {
    char dummy_field; /* no fields */
} atc_ica_imqttauth_ok;
/* ev->msg as this message, or NULL when ev is another message or an error (C and C++, no cast) */
static inline const atc_ica_imqttauth_ok *atc_ica_imqttauth_ok_of(const atc_event *ev)
{
    return ev->profile == &atc_ica_profile && ev->id == ATC_ICA_IMQTTAUTH_OK && ev->kind != ATC_KIND_ERROR
               ? (const atc_ica_imqttauth_ok *)ev->msg : NULL;
}
#define ATC_ICA_IMQTTAUTH_OK_INIT_ZERO {0}
#define ATC_ICA_IMQTTAUTH_OK_MAX_LEN 18u
ATC_API atc_err atc_ica_encode_imqttauth_ok(const atc_ica_imqttauth_ok *msg, char *buf, size_t cap, size_t *len);

/* urc +IMQTTAUTH:FAIL (variant "FAIL")
 * document line 251: Authentication failed */
typedef struct atc_ica_imqttauth_fail {
    char dummy_field; /* no fields */
} atc_ica_imqttauth_fail;
/* ev->msg as this message, or NULL when ev is another message or an error (C and C++, no cast) */
static inline const atc_ica_imqttauth_fail *atc_ica_imqttauth_fail_of(const atc_event *ev)
{
    return ev->profile == &atc_ica_profile && ev->id == ATC_ICA_IMQTTAUTH_FAIL && ev->kind != ATC_KIND_ERROR
               ? (const atc_ica_imqttauth_fail *)ev->msg : NULL;
}
#define ATC_ICA_IMQTTAUTH_FAIL_INIT_ZERO {0}
#define ATC_ICA_IMQTTAUTH_FAIL_MAX_LEN 20u
ATC_API atc_err atc_ica_encode_imqttauth_fail(const atc_ica_imqttauth_fail *msg, char *buf, size_t cap, size_t *len);

/* urc +IMQTTPUB:<packet_id>,<status>
 * document line 300: Result of a publish */
typedef struct atc_ica_imqttpub {
    uint32_t packet_id;
    int32_t status; /* atc_ica_request_status */
} atc_ica_imqttpub;
/* ev->msg as this message, or NULL when ev is another message or an error (C and C++, no cast) */
static inline const atc_ica_imqttpub *atc_ica_imqttpub_of(const atc_event *ev)
{
    return ev->profile == &atc_ica_profile && ev->id == ATC_ICA_IMQTTPUB && ev->kind != ATC_KIND_ERROR
               ? (const atc_ica_imqttpub *)ev->msg : NULL;
}
#define ATC_ICA_IMQTTPUB_INIT_ZERO {0, 0}
#define ATC_ICA_IMQTTPUB_MAX_LEN 27u
ATC_API atc_err atc_ica_encode_imqttpub(const atc_ica_imqttpub *msg, char *buf, size_t cap, size_t *len);

/* urc +IMQTTPUBIN:<packet_id>,<status>
 * document line 319: Result of a binary publish */
typedef struct atc_ica_imqttpubin {
    uint32_t packet_id;
    int32_t status; /* atc_ica_request_status */
} atc_ica_imqttpubin;
/* ev->msg as this message, or NULL when ev is another message or an error (C and C++, no cast) */
static inline const atc_ica_imqttpubin *atc_ica_imqttpubin_of(const atc_event *ev)
{
    return ev->profile == &atc_ica_profile && ev->id == ATC_ICA_IMQTTPUBIN && ev->kind != ATC_KIND_ERROR
               ? (const atc_ica_imqttpubin *)ev->msg : NULL;
}
#define ATC_ICA_IMQTTPUBIN_INIT_ZERO {0, 0}
#define ATC_ICA_IMQTTPUBIN_MAX_LEN 29u
ATC_API atc_err atc_ica_encode_imqttpubin(const atc_ica_imqttpubin *msg, char *buf, size_t cap, size_t *len);

/* urc +IMQTTSUB:<packet_id>,<status>
 * document line 336: Result of a subscription */
typedef struct atc_ica_imqttsub {
    uint32_t packet_id;
    int32_t status; /* atc_ica_imqttsub_status */
} atc_ica_imqttsub;
/* ev->msg as this message, or NULL when ev is another message or an error (C and C++, no cast) */
static inline const atc_ica_imqttsub *atc_ica_imqttsub_of(const atc_event *ev)
{
    return ev->profile == &atc_ica_profile && ev->id == ATC_ICA_IMQTTSUB && ev->kind != ATC_KIND_ERROR
               ? (const atc_ica_imqttsub *)ev->msg : NULL;
}
#define ATC_ICA_IMQTTSUB_INIT_ZERO {0, 0}
#define ATC_ICA_IMQTTSUB_MAX_LEN 29u
ATC_API atc_err atc_ica_encode_imqttsub(const atc_ica_imqttsub *msg, char *buf, size_t cap, size_t *len);

/* urc +IMQTTUNSUB:<packet_id>,<status>
 * document line 354: Result of an unsubscription */
typedef struct atc_ica_imqttunsub {
    uint32_t packet_id;
    int32_t status; /* atc_ica_request_status */
} atc_ica_imqttunsub;
/* ev->msg as this message, or NULL when ev is another message or an error (C and C++, no cast) */
static inline const atc_ica_imqttunsub *atc_ica_imqttunsub_of(const atc_event *ev)
{
    return ev->profile == &atc_ica_profile && ev->id == ATC_ICA_IMQTTUNSUB && ev->kind != ATC_KIND_ERROR
               ? (const atc_ica_imqttunsub *)ev->msg : NULL;
}
#define ATC_ICA_IMQTTUNSUB_INIT_ZERO {0, 0}
#define ATC_ICA_IMQTTUNSUB_MAX_LEN 29u
ATC_API atc_err atc_ica_encode_imqttunsub(const atc_ica_imqttunsub *msg, char *buf, size_t cap, size_t *len);

/* urc +IMQTTRCVPUB:<packet_id>,<topic>,<msg_len>,<message>[,<format>[,<fragment_id>]]
 * document line 372: A received publish message; an OK line follows */
typedef struct atc_ica_imqttrcvpub {
    bool has_format;
    bool has_fragment_id;
    uint32_t packet_id;
    atc_str topic;
    int32_t msg_len;
    atc_str message;
    int32_t format; /* atc_ica_format */
    int32_t fragment_id;
} atc_ica_imqttrcvpub;
/* ev->msg as this message, or NULL when ev is another message or an error (C and C++, no cast) */
static inline const atc_ica_imqttrcvpub *atc_ica_imqttrcvpub_of(const atc_event *ev)
{
    return ev->profile == &atc_ica_profile && ev->id == ATC_ICA_IMQTTRCVPUB && ev->kind != ATC_KIND_ERROR
               ? (const atc_ica_imqttrcvpub *)ev->msg : NULL;
}
#define ATC_ICA_IMQTTRCVPUB_INIT_ZERO {false, false, 0, {NULL, 0}, 0, {NULL, 0}, 0, 0}
#define ATC_ICA_IMQTTRCVPUB_MAX_LEN (56u + 2u * ATC_MAX_LINE)
ATC_API atc_err atc_ica_encode_imqttrcvpub(const atc_ica_imqttrcvpub *msg, char *buf, size_t cap, size_t *len);

/* urc +IMQTTRCVPUBIN:<packet_id>,<topic>,<msg_len>
 * document line 386: A received binary publish message; an OK line follows, then <msg_len> raw bytes */
typedef struct atc_ica_imqttrcvpubin {
    uint32_t packet_id;
    atc_str topic;
    int32_t msg_len;
} atc_ica_imqttrcvpubin;
/* ev->msg as this message, or NULL when ev is another message or an error (C and C++, no cast) */
static inline const atc_ica_imqttrcvpubin *atc_ica_imqttrcvpubin_of(const atc_event *ev)
{
    return ev->profile == &atc_ica_profile && ev->id == ATC_ICA_IMQTTRCVPUBIN && ev->kind != ATC_KIND_ERROR
               ? (const atc_ica_imqttrcvpubin *)ev->msg : NULL;
}
#define ATC_ICA_IMQTTRCVPUBIN_INIT_ZERO {0, {NULL, 0}, 0}
#define ATC_ICA_IMQTTRCVPUBIN_MAX_LEN (37u + 1u * ATC_MAX_LINE)
ATC_API atc_err atc_ica_encode_imqttrcvpubin(const atc_ica_imqttrcvpubin *msg, char *buf, size_t cap, size_t *len);

/* urc +IMQTTSTATE:<state>
 * document line 398: The MQTT connection state changed; an OK line follows */
typedef struct atc_ica_imqttstate {
    int32_t state; /* atc_ica_mqtt_state */
} atc_ica_imqttstate;
/* ev->msg as this message, or NULL when ev is another message or an error (C and C++, no cast) */
static inline const atc_ica_imqttstate *atc_ica_imqttstate_of(const atc_event *ev)
{
    return ev->profile == &atc_ica_profile && ev->id == ATC_ICA_IMQTTSTATE && ev->kind != ATC_KIND_ERROR
               ? (const atc_ica_imqttstate *)ev->msg : NULL;
}
#define ATC_ICA_IMQTTSTATE_INIT_ZERO {0}
#define ATC_ICA_IMQTTSTATE_MAX_LEN 18u
ATC_API atc_err atc_ica_encode_imqttstate(const atc_ica_imqttstate *msg, char *buf, size_t cap, size_t *len);

/* urc +IMQTTPINGRSP
 * document line 440: A ping response was received (only with AT+IMQTTDBGPARA="PINGRSP",1); an OK line follows */
typedef struct atc_ica_imqttpingrsp {
    char dummy_field; /* no fields */
} atc_ica_imqttpingrsp;
/* ev->msg as this message, or NULL when ev is another message or an error (C and C++, no cast) */
static inline const atc_ica_imqttpingrsp *atc_ica_imqttpingrsp_of(const atc_event *ev)
{
    return ev->profile == &atc_ica_profile && ev->id == ATC_ICA_IMQTTPINGRSP && ev->kind != ATC_KIND_ERROR
               ? (const atc_ica_imqttpingrsp *)ev->msg : NULL;
}
#define ATC_ICA_IMQTTPINGRSP_INIT_ZERO {0}
#define ATC_ICA_IMQTTPINGRSP_MAX_LEN 17u
ATC_API atc_err atc_ica_encode_imqttpingrsp(const atc_ica_imqttpingrsp *msg, char *buf, size_t cap, size_t *len);

/* urc +ICOAPAUTH:OK (variant "OK")
 * document line 501: Authentication succeeded */
typedef struct atc_ica_icoapauth_ok {
    char dummy_field; /* no fields */
} atc_ica_icoapauth_ok;
/* ev->msg as this message, or NULL when ev is another message or an error (C and C++, no cast) */
static inline const atc_ica_icoapauth_ok *atc_ica_icoapauth_ok_of(const atc_event *ev)
{
    return ev->profile == &atc_ica_profile && ev->id == ATC_ICA_ICOAPAUTH_OK && ev->kind != ATC_KIND_ERROR
               ? (const atc_ica_icoapauth_ok *)ev->msg : NULL;
}
#define ATC_ICA_ICOAPAUTH_OK_INIT_ZERO {0}
#define ATC_ICA_ICOAPAUTH_OK_MAX_LEN 18u
ATC_API atc_err atc_ica_encode_icoapauth_ok(const atc_ica_icoapauth_ok *msg, char *buf, size_t cap, size_t *len);

/* urc +ICOAPAUTH:FAIL (variant "FAIL")
 * document line 501: Authentication failed */
typedef struct atc_ica_icoapauth_fail {
    char dummy_field; /* no fields */
} atc_ica_icoapauth_fail;
/* ev->msg as this message, or NULL when ev is another message or an error (C and C++, no cast) */
static inline const atc_ica_icoapauth_fail *atc_ica_icoapauth_fail_of(const atc_event *ev)
{
    return ev->profile == &atc_ica_profile && ev->id == ATC_ICA_ICOAPAUTH_FAIL && ev->kind != ATC_KIND_ERROR
               ? (const atc_ica_icoapauth_fail *)ev->msg : NULL;
}
#define ATC_ICA_ICOAPAUTH_FAIL_INIT_ZERO {0}
#define ATC_ICA_ICOAPAUTH_FAIL_MAX_LEN 20u
ATC_API atc_err atc_ica_encode_icoapauth_fail(const atc_ica_icoapauth_fail *msg, char *buf, size_t cap, size_t *len);

/* urc +ICOAPSENDREQ:<packet_token>,<status>
 * document line 516: Result of a confirmable request */
typedef struct atc_ica_icoapsendreq {
    uint32_t packet_token;
    int32_t status; /* atc_ica_request_status */
} atc_ica_icoapsendreq;
/* ev->msg as this message, or NULL when ev is another message or an error (C and C++, no cast) */
static inline const atc_ica_icoapsendreq *atc_ica_icoapsendreq_of(const atc_event *ev)
{
    return ev->profile == &atc_ica_profile && ev->id == ATC_ICA_ICOAPSENDREQ && ev->kind != ATC_KIND_ERROR
               ? (const atc_ica_icoapsendreq *)ev->msg : NULL;
}
#define ATC_ICA_ICOAPSENDREQ_INIT_ZERO {0, 0}
#define ATC_ICA_ICOAPSENDREQ_MAX_LEN 31u
ATC_API atc_err atc_ica_encode_icoapsendreq(const atc_ica_icoapsendreq *msg, char *buf, size_t cap, size_t *len);

/* urc +ICOAPSENDBIN:<packet_token>,<status>
 * document line 539: Result of a binary confirmable request */
typedef struct atc_ica_icoapsendbin {
    uint32_t packet_token;
    int32_t status; /* atc_ica_request_status */
} atc_ica_icoapsendbin;
/* ev->msg as this message, or NULL when ev is another message or an error (C and C++, no cast) */
static inline const atc_ica_icoapsendbin *atc_ica_icoapsendbin_of(const atc_event *ev)
{
    return ev->profile == &atc_ica_profile && ev->id == ATC_ICA_ICOAPSENDBIN && ev->kind != ATC_KIND_ERROR
               ? (const atc_ica_icoapsendbin *)ev->msg : NULL;
}
#define ATC_ICA_ICOAPSENDBIN_INIT_ZERO {0, 0}
#define ATC_ICA_ICOAPSENDBIN_MAX_LEN 31u
ATC_API atc_err atc_ica_encode_icoapsendbin(const atc_ica_icoapsendbin *msg, char *buf, size_t cap, size_t *len);

/* urc +ICOAPRCVRSP:<packet_token>[,<path>],<msg_len>,<message>[,<format>[,<fragment_id>]]
 * document line 600: A received CoAP response; an OK line follows */
typedef struct atc_ica_icoaprcvrsp {
    bool has_path;
    bool has_format;
    bool has_fragment_id;
    uint32_t packet_token;
    atc_str path;
    int32_t msg_len;
    atc_str message;
    int32_t format; /* atc_ica_format */
    int32_t fragment_id;
} atc_ica_icoaprcvrsp;
/* ev->msg as this message, or NULL when ev is another message or an error (C and C++, no cast) */
static inline const atc_ica_icoaprcvrsp *atc_ica_icoaprcvrsp_of(const atc_event *ev)
{
    return ev->profile == &atc_ica_profile && ev->id == ATC_ICA_ICOAPRCVRSP && ev->kind != ATC_KIND_ERROR
               ? (const atc_ica_icoaprcvrsp *)ev->msg : NULL;
}
#define ATC_ICA_ICOAPRCVRSP_INIT_ZERO {false, false, false, 0, {NULL, 0}, 0, {NULL, 0}, 0, 0}
#define ATC_ICA_ICOAPRCVRSP_MAX_LEN (56u + 2u * ATC_MAX_LINE)
ATC_API atc_err atc_ica_encode_icoaprcvrsp(const atc_ica_icoaprcvrsp *msg, char *buf, size_t cap, size_t *len);

/* urc +ICOAPRCVBIN:<packet_token>[,<path>],<msg_len>
 * document line 615: A received binary CoAP response; an OK line follows, then <msg_len> raw bytes */
typedef struct atc_ica_icoaprcvbin {
    bool has_path;
    uint32_t packet_token;
    atc_str path;
    int32_t msg_len;
} atc_ica_icoaprcvbin;
/* ev->msg as this message, or NULL when ev is another message or an error (C and C++, no cast) */
static inline const atc_ica_icoaprcvbin *atc_ica_icoaprcvbin_of(const atc_event *ev)
{
    return ev->profile == &atc_ica_profile && ev->id == ATC_ICA_ICOAPRCVBIN && ev->kind != ATC_KIND_ERROR
               ? (const atc_ica_icoaprcvbin *)ev->msg : NULL;
}
#define ATC_ICA_ICOAPRCVBIN_INIT_ZERO {false, 0, {NULL, 0}, 0}
#define ATC_ICA_ICOAPRCVBIN_MAX_LEN (35u + 1u * ATC_MAX_LINE)
ATC_API atc_err atc_ica_encode_icoaprcvbin(const atc_ica_icoaprcvbin *msg, char *buf, size_t cap, size_t *len);

/* urc +IHTTPAUTH:OK (variant "OK")
 * document line 682: Authentication succeeded */
typedef struct atc_ica_ihttpauth_ok {
    char dummy_field; /* no fields */
} atc_ica_ihttpauth_ok;
/* ev->msg as this message, or NULL when ev is another message or an error (C and C++, no cast) */
static inline const atc_ica_ihttpauth_ok *atc_ica_ihttpauth_ok_of(const atc_event *ev)
{
    return ev->profile == &atc_ica_profile && ev->id == ATC_ICA_IHTTPAUTH_OK && ev->kind != ATC_KIND_ERROR
               ? (const atc_ica_ihttpauth_ok *)ev->msg : NULL;
}
#define ATC_ICA_IHTTPAUTH_OK_INIT_ZERO {0}
#define ATC_ICA_IHTTPAUTH_OK_MAX_LEN 18u
ATC_API atc_err atc_ica_encode_ihttpauth_ok(const atc_ica_ihttpauth_ok *msg, char *buf, size_t cap, size_t *len);

/* urc +IHTTPAUTH:FAIL (variant "FAIL")
 * document line 682: Authentication failed */
typedef struct atc_ica_ihttpauth_fail {
    char dummy_field; /* no fields */
} atc_ica_ihttpauth_fail;
/* ev->msg as this message, or NULL when ev is another message or an error (C and C++, no cast) */
static inline const atc_ica_ihttpauth_fail *atc_ica_ihttpauth_fail_of(const atc_event *ev)
{
    return ev->profile == &atc_ica_profile && ev->id == ATC_ICA_IHTTPAUTH_FAIL && ev->kind != ATC_KIND_ERROR
               ? (const atc_ica_ihttpauth_fail *)ev->msg : NULL;
}
#define ATC_ICA_IHTTPAUTH_FAIL_INIT_ZERO {0}
#define ATC_ICA_IHTTPAUTH_FAIL_MAX_LEN 20u
ATC_API atc_err atc_ica_encode_ihttpauth_fail(const atc_ica_ihttpauth_fail *msg, char *buf, size_t cap, size_t *len);

/* urc +IHTTPSEND:<status>[,<resp_len>,<response>]
 * document line 695: The response to AT+IHTTPSEND */
typedef struct atc_ica_ihttpsend {
    bool has_resp_len;
    bool has_response;
    int32_t status; /* atc_ica_status */
    int32_t resp_len;
    atc_str response;
} atc_ica_ihttpsend;
/* ev->msg as this message, or NULL when ev is another message or an error (C and C++, no cast) */
static inline const atc_ica_ihttpsend *atc_ica_ihttpsend_of(const atc_event *ev)
{
    return ev->profile == &atc_ica_profile && ev->id == ATC_ICA_IHTTPSEND && ev->kind != ATC_KIND_ERROR
               ? (const atc_ica_ihttpsend *)ev->msg : NULL;
}
#define ATC_ICA_IHTTPSEND_INIT_ZERO {false, false, 0, 0, {NULL, 0}}
#define ATC_ICA_IHTTPSEND_MAX_LEN (32u + 1u * ATC_MAX_LINE)
ATC_API atc_err atc_ica_encode_ihttpsend(const atc_ica_ihttpsend *msg, char *buf, size_t cap, size_t *len);

/* urc +IHTTPRCVRSP:<packet_token>,<status>[,<path>,<msg_len>,<message>[,<format>[,<fragment_id>]]]
 * document line 761: A received HTTP response; an OK line follows */
typedef struct atc_ica_ihttprcvrsp {
    bool has_path;
    bool has_msg_len;
    bool has_message;
    bool has_format;
    bool has_fragment_id;
    uint32_t packet_token;
    int32_t status; /* atc_ica_status */
    atc_str path;
    int32_t msg_len;
    atc_str message;
    int32_t format; /* atc_ica_format */
    int32_t fragment_id;
} atc_ica_ihttprcvrsp;
/* ev->msg as this message, or NULL when ev is another message or an error (C and C++, no cast) */
static inline const atc_ica_ihttprcvrsp *atc_ica_ihttprcvrsp_of(const atc_event *ev)
{
    return ev->profile == &atc_ica_profile && ev->id == ATC_ICA_IHTTPRCVRSP && ev->kind != ATC_KIND_ERROR
               ? (const atc_ica_ihttprcvrsp *)ev->msg : NULL;
}
#define ATC_ICA_IHTTPRCVRSP_INIT_ZERO {false, false, false, false, false, 0, 0, {NULL, 0}, 0, {NULL, 0}, 0, 0}
#define ATC_ICA_IHTTPRCVRSP_MAX_LEN (60u + 2u * ATC_MAX_LINE)
ATC_API atc_err atc_ica_encode_ihttprcvrsp(const atc_ica_ihttprcvrsp *msg, char *buf, size_t cap, size_t *len);

/* urc +IHTTPRCVBIN:<packet_token>,<status>[,<path>,<msg_len>]
 * document line 784: A received binary HTTP response; an OK line follows, then <msg_len> raw bytes */
typedef struct atc_ica_ihttprcvbin {
    bool has_path;
    bool has_msg_len;
    uint32_t packet_token;
    int32_t status; /* atc_ica_status */
    atc_str path;
    int32_t msg_len;
} atc_ica_ihttprcvbin;
/* ev->msg as this message, or NULL when ev is another message or an error (C and C++, no cast) */
static inline const atc_ica_ihttprcvbin *atc_ica_ihttprcvbin_of(const atc_event *ev)
{
    return ev->profile == &atc_ica_profile && ev->id == ATC_ICA_IHTTPRCVBIN && ev->kind != ATC_KIND_ERROR
               ? (const atc_ica_ihttprcvbin *)ev->msg : NULL;
}
#define ATC_ICA_IHTTPRCVBIN_INIT_ZERO {false, false, 0, 0, {NULL, 0}, 0}
#define ATC_ICA_IHTTPRCVBIN_MAX_LEN (39u + 1u * ATC_MAX_LINE)
ATC_API atc_err atc_ica_encode_ihttprcvbin(const atc_ica_ihttprcvbin *msg, char *buf, size_t cap, size_t *len);

/* urc +IOTANEWVER:<version>,<img_size>,<checksum>
 * document line 867: A new firmware version is available; an OK line follows */
typedef struct atc_ica_iotanewver {
    atc_str version;
    int32_t img_size;
    atc_str checksum;
} atc_ica_iotanewver;
/* ev->msg as this message, or NULL when ev is another message or an error (C and C++, no cast) */
static inline const atc_ica_iotanewver *atc_ica_iotanewver_of(const atc_event *ev)
{
    return ev->profile == &atc_ica_profile && ev->id == ATC_ICA_IOTANEWVER && ev->kind != ATC_KIND_ERROR
               ? (const atc_ica_iotanewver *)ev->msg : NULL;
}
#define ATC_ICA_IOTANEWVER_INIT_ZERO {{NULL, 0}, 0, {NULL, 0}}
#define ATC_ICA_IOTANEWVER_MAX_LEN (30u + 2u * ATC_MAX_LINE)
ATC_API atc_err atc_ica_encode_iotanewver(const atc_ica_iotanewver *msg, char *buf, size_t cap, size_t *len);

#ifdef __cplusplus
}
#endif

#endif /* ATC_ICA_PROFILE_H */

#if defined(__GNUC__)
#pragma GCC diagnostic pop
#endif

#endif /* ATC_ICA_SINGLE_H */

#ifdef ATC_IMPLEMENTATION
#if defined(__GNUC__)
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wunused-function"
#endif
#ifndef ATC_RUNTIME_IMPLEMENTED
#define ATC_RUNTIME_IMPLEMENTED

/* SPDX-License-Identifier: MIT */
/* Error names, the head hash, case-folded comparison and the table accessors tools use. */
/* (amalgamated: atc.h) */
#include <string.h>

/* ---- Error names and reasons ---- */

static const char *const atc__err_names[ATC_ERR__COUNT] = {
    "ATC_OK", "ATC_ERR_LINE_TOO_LONG", "ATC_ERR_MALFORMED", "ATC_ERR_RANGE", "ATC_ERR_TOO_LONG",
    "ATC_ERR_VALUE", "ATC_ERR_LENGTH", "ATC_ERR_TRUNCATED", "ATC_ERR_BAD_CHAR", "ATC_ERR_MISSING",
    "ATC_ERR_NO_SPACE", "ATC_ERR_UNKNOWN_MESSAGE", "ATC_ERR_BINARY", "ATC_ERR_EXTRA", "ATC_ERR_CONTEXT",
    "ATC_ERR_WIDTH", "ATC_ERR_AWAIT_FULL"};

#if !ATC_NO_ERROR_STRINGS
static const char *const atc__err_reasons[ATC_ERR__COUNT] = {
    "success",
    "line longer than ATC_MAX_LINE",
    "fields do not match the message syntax",
    "integer out of range",
    "string longer than allowed",
    "value not allowed",
    "announced payload length out of range",
    "input ended inside a payload",
    "CR, LF or NUL in a string",
    "mandatory field missing or optional fields in an invalid combination",
    "output buffer too small",
    "unknown message",
    "control byte inside a line",
    "more fields than the syntax has",
    "answer to a command that is not pending",
    "integer too large for its type",
    "too many commands await their completion URC (ATC_MAX_AWAIT)"};
#endif

ATC_API atc_str atc_str_make(const char *s, uint16_t n)
{
    atc_str v;
    v.ptr = s;
    v.len = n;
    return v;
}

ATC_API atc_str atc_str_c(const char *s)
{
    size_t n = s ? strlen(s) : 0;
    return atc_str_make(s, (uint16_t)(n > 0xFFFF ? 0xFFFF : n));
}

ATC_API const char *atc_err_name(atc_err err)
{
    return (unsigned)err < ATC_ERR__COUNT ? atc__err_names[err] : "ATC_ERR_?";
}

ATC_API const char *atc_err_reason(atc_err err)
{
#if ATC_NO_ERROR_STRINGS
    (void)err;
    return "";
#else
    return (unsigned)err < ATC_ERR__COUNT ? atc__err_reasons[err] : "?";
#endif
}

/* ---- Heads ---- */

/* Letters compare without regard to case: bit 5 is cleared on both sides. The texts compared
 * are printable (control bytes stop a line before its head is looked up), and clearing bit 5
 * of a printable non-letter never makes it equal another printable byte. */
#define ATC__FOLD 0xDFu

/* The hash of a head: its length, its first four and its last four bytes, case-folded. The
 * generator computes the same (gen/heads.py) to build the profile's hash table. */
/* four bytes as a little-endian word, whatever the host's order */
static uint32_t atc__le32(const unsigned char *u)
{
#if defined(__BYTE_ORDER__) && defined(__ORDER_LITTLE_ENDIAN__) && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
    uint32_t v;
    memcpy(&v, u, sizeof v);
    return v;
#else
    return (uint32_t)u[0] | (uint32_t)u[1] << 8 | (uint32_t)u[2] << 16 | (uint32_t)u[3] << 24;
#endif
}

/* four bytes as a word in the host's order (for equality only) */
static uint32_t atc__word(const unsigned char *u)
{
    uint32_t v;
    memcpy(&v, u, sizeof v);
    return v;
}

#define ATC__FOLD32 0xDFDFDFDFu

ATC_API uint32_t atc__hash(const char *s, size_t n, uint32_t seed)
{
    const unsigned char *u = (const unsigned char *)s;
    uint32_t a, b = 0, h;
    if (n >= 4) {
        a = atc__le32(u) & ATC__FOLD32;
        if (n > 4)
            b = atc__le32(u + n - 4) & ATC__FOLD32;
    } else {
        a = 0;
        switch (n) {
        case 3: a |= (uint32_t)(u[2] & ATC__FOLD) << 16; /* fall through */
        case 2: a |= (uint32_t)(u[1] & ATC__FOLD) << 8; /* fall through */
        case 1: a |= (uint32_t)(u[0] & ATC__FOLD); /* fall through */
        default: break;
        }
    }
    h = (seed * 0x9E3779B1u) ^ ((uint32_t)n * 0x85EBCA6Bu);
    h ^= a * 0xC2B2AE35u;
    h = (h << 13) | (h >> 19);
    h ^= b * 0x27D4EB2Fu;
    h ^= h >> 15;
    h *= 0x2C1B3C6Du;
    h ^= h >> 16;
    return h;
}

/* a (from the line) equals b (stored upper case), letters without regard to case */
ATC_API int atc__ieq(const char *a, const char *b, size_t n)
{
    const unsigned char *x = (const unsigned char *)a, *y = (const unsigned char *)b;
    size_t i = 0;
    for (; i + 4 <= n; i += 4)
        if (((atc__word(x + i) ^ atc__word(y + i)) & ATC__FOLD32) != 0)
            return 0;
    for (; i < n; i++)
        if (((x[i] ^ y[i]) & ATC__FOLD) != 0)
            return 0;
    return 1;
}

/* ---- Table accessors ---- */

ATC_API const atc_field_desc *atc_msg_fields(const atc_profile *profile, uint16_t id)
{
    return profile->fields + profile->msgs[id].fields;
}

ATC_API const atc_field_info *atc_field_info_of(const atc_profile *profile, const atc_field_desc *f)
{
    return &profile->infos[f->info];
}

ATC_API void atc_field_range(const atc_profile *profile, const atc_field_desc *f, uint8_t k, int32_t *lo,
                             int32_t *hi)
{
    const atc_field_info *in = &profile->infos[f->info];
    *lo = profile->ints[in->ranges + 2u * k];
    *hi = profile->ints[in->ranges + 2u * k + 1u];
}

ATC_API const char *atc_field_value(const atc_profile *profile, const atc_field_desc *f, uint8_t k)
{
    const atc_field_info *in = &profile->infos[f->info];
    return profile->text + profile->strs[in->values + k];
}

ATC_API const char *atc_msg_name(const atc_profile *profile, uint16_t id)
{
    if (!profile->names)
        return "";
    return profile->names->text + profile->names->msg[id];
}

ATC_API const char *atc_msg_variant(const atc_profile *profile, uint16_t id)
{
    if (!profile->names || !profile->names->variant[id])
        return NULL;
    return profile->names->text + profile->names->variant[id];
}

ATC_API const char *atc_field_name(const atc_profile *profile, uint16_t id, uint8_t field)
{
    if (!profile->names)
        return "";
    return profile->names->text + profile->names->field[profile->msgs[id].fields + field];
}

ATC_API int atc_msg_payload_field(const atc_profile *profile, uint16_t id)
{
    const atc_msg_desc *d = &profile->msgs[id];
    return (d->flags & ATC_M_PAYLOAD) ? profile->payloads[d->extra].field : -1;
}

ATC_API const char *atc_msg_syntax(const atc_profile *profile, uint16_t id)
{
    if (!profile->names)
        return "";
    return profile->names->text + profile->names->syntax[id];
}

ATC_API int atc_field_present(const atc_field_desc *f, const void *msg)
{
    if (f->type & ATC_F_LIST)
        return ((const unsigned char *)msg)[f->has];
    if (f->type & ATC_F_OPTIONAL) {
        bool has;
        memcpy(&has, (const char *)msg + f->has, sizeof has);
        return has;
    }
    return 1;
}

ATC_API atc_type atc_field_type(const atc_profile *profile, uint16_t id, uint8_t field, const void *msg)
{
    const atc_field_desc *fs = atc_msg_fields(profile, id), *f = &fs[field];
    const atc_field_info *in;
    int32_t v;
    uint8_t i;
    if (ATC_TYPE_OF(f) != ATC_T_DYNAMIC)
        return ATC_TYPE_OF(f);
    in = &profile->infos[f->info];
    if (!atc__get_int(profile, id, msg, in->type_from, &v))
        return ATC_T_DYNAMIC;
    for (i = 0; i < in->nvalues; i++)
        if (profile->ints[in->values + 2u * i] == v)
            return (atc_type)profile->ints[in->values + 2u * i + 1u];
    return ATC_T_DYNAMIC;
}

/* An integer field's value, if present. */
ATC_API int atc__get_int(const atc_profile *prof, uint16_t id, const void *msg, int field, int32_t *out)
{
    const atc_field_desc *f;
    if (field < 0)
        return 0;
    f = &atc_msg_fields(prof, id)[field];
    if (!atc_field_present(f, msg))
        return 0;
    memcpy(out, (const char *)msg + f->offset, sizeof *out);
    return 1;
}

ATC_API double atc_parse_float(atc_str s)
{
    double v = 0, scale = 1;
    uint16_t i = 0;
    int neg = 0, frac = 0;
    if (i < s.len && (s.ptr[i] == '-' || s.ptr[i] == '+'))
        neg = s.ptr[i++] == '-';
    for (; i < s.len; i++) {
        char c = s.ptr[i];
        if (c == '.' && !frac) {
            frac = 1;
        } else if (c >= '0' && c <= '9') {
            if (frac)
                scale /= 10;
            v = v * (frac ? 1 : 10) + (c - '0') * (frac ? scale : 1);
        } else {
            break;
        }
    }
    return neg ? -v : v;
}

static int atc__streq(const char *a, const char *b)
{
    return strcmp(a, b) == 0;
}

ATC_API uint16_t atc_find_msg(const atc_profile *prof, atc_kind kind, const char *name,
                              const char *variant, atc_form form, uint16_t after)
{
    uint16_t i = after == ATC_NO_MSG ? 0 : (uint16_t)(after + 1);
    for (; i < prof->nmsgs; i++) {
        const atc_msg_desc *d = &prof->msgs[i];
        const char *v = atc_msg_variant(prof, i);
        if (d->kind != kind || !atc__streq(atc_msg_name(prof, i), name))
            continue;
        if (kind == ATC_KIND_COMMAND && d->form != form)
            continue;
        if ((variant == NULL) != (v == NULL))
            continue;
        if (variant && !atc__streq(variant, v))
            continue;
        return i;
    }
    return ATC_NO_MSG;
}

/* Is v in one of the field's ranges (none: any value)? Signed or unsigned as the field is. */
ATC_API int atc__in_ranges(const atc_profile *prof, const atc_field_info *in, uint32_t v)
{
    const int32_t *rg = prof->ints + in->ranges;
    uint8_t i;
    if (in->nranges == 0)
        return 1;
    for (i = 0; i < in->nranges; i++) {
        if (in->flags & ATC_I_UNSIGNED) {
            if (v >= (uint32_t)rg[2 * i] && v <= (uint32_t)rg[2 * i + 1])
                return 1;
        } else if ((int32_t)v >= rg[2 * i] && (int32_t)v <= rg[2 * i + 1]) {
            return 1;
        }
    }
    return 0;
}


/* SPDX-License-Identifier: MIT */
/* The line scanner: the one pass over every byte of every line, for every profile.
 *
 * It frames lines (CR, LF or both end them; empty lines are framing) and splits each into
 * fields as it goes, recording for each its offset, length, lexical class and, for numbers, the
 * value accumulated from its digits. The first field also ends at ':', '=' or '?': it is the
 * line's head ("+QIURC", "AT+QIOPEN", "OK") when the profile's head table knows it
 * (runtime/atc_match.c). Values are never converted here and no line is refused here: which
 * message a line is, and whether its fields fit, is decided from these records at the line end.
 * A control byte other than CR and LF stops the line (ATC_ERR_BINARY); the scanner skips to the
 * line end and starts again, so the next line decodes.
 *
 * Fields are stored at the top of the line buffer, growing down; the bytes of a line that
 * arrives in several pieces are kept at its bottom. A line that arrives whole is never copied.
 * Compiled by `ragel -G2` into generated/atc_scan.c. */
/* (amalgamated: atc.h) */
#include <string.h>

/* ragel -G2 writes states that fall through into the next one */
#if defined(__GNUC__) && __GNUC__ >= 7 && !defined(__clang__)
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wimplicit-fallthrough"
#endif

/* Byte classes for the runs that the actions skip in one go (a quoted string's body, the rest of
 * a bare value, a head): bit set = the run stops at this byte. */
enum { ATC__STOP_STR = 1, ATC__STOP_OTHER = 2, ATC__STOP_HEAD = 4 };
#define ATC__S_ALL (ATC__STOP_STR | ATC__STOP_OTHER | ATC__STOP_HEAD)
static const unsigned char atc__stop[256] = {
    /* control bytes stop every run; CR and LF end the line */
    ATC__S_ALL, ATC__S_ALL, ATC__S_ALL, ATC__S_ALL, ATC__S_ALL, ATC__S_ALL, ATC__S_ALL, ATC__S_ALL,
    ATC__S_ALL, 0, ATC__S_ALL, ATC__S_ALL, ATC__S_ALL, ATC__S_ALL, ATC__S_ALL, ATC__S_ALL,
    ATC__S_ALL, ATC__S_ALL, ATC__S_ALL, ATC__S_ALL, ATC__S_ALL, ATC__S_ALL, ATC__S_ALL, ATC__S_ALL,
    ATC__S_ALL, ATC__S_ALL, ATC__S_ALL, ATC__S_ALL, ATC__S_ALL, ATC__S_ALL, ATC__S_ALL, ATC__S_ALL,
    /* ' ' ! " # $ % & ' ( ) * + , - . / */
    0, 0, ATC__STOP_STR, 0, 0, 0, 0, 0, 0, 0, 0, 0, ATC__STOP_OTHER | ATC__STOP_HEAD, 0, 0, 0,
    /* 0-9 : ; < = > ? */
    0, 0, 0, 0, 0, 0, 0, 0, 0, 0, ATC__STOP_HEAD, 0, 0, ATC__STOP_HEAD, 0, ATC__STOP_HEAD,
    0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
    /* P-Z [ \ ] ^ _ */
    0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, ATC__STOP_STR, 0, 0, 0,
};

/* The first byte at or after p where a run of this kind stops, or pe. */
static const unsigned char *atc__run(const unsigned char *p, const unsigned char *pe, unsigned kind)
{
    while (pe - p >= 4) {
        if (atc__stop[p[0]] & kind)
            return p;
        if (atc__stop[p[1]] & kind)
            return p + 1;
        if (atc__stop[p[2]] & kind)
            return p + 2;
        if (atc__stop[p[3]] & kind)
            return p + 3;
        p += 4;
    }
    while (p < pe && !(atc__stop[*p] & kind))
        p++;
    return p;
}





static const int atc_scan_start = 0;

static const int atc_scan_en_main = 0;



/* the offset of p in the current line */
#define ATC__OFF(q) ((unsigned)((q) - ls) + lo)

/* store the field that ends at p (or count it, when it does not fit) */
#define ATC__COMMIT(cls)                                                                          \
    do {                                                                                          \
        unsigned n_ = ATC__OFF(p) - tok_at;                                                       \
        if (ntok < cap) {                                                                         \
            atc__tok *t_ = toks - 1 - ntok;                                                       \
            t_->at = (uint16_t)tok_at;                                                            \
            t_->len_cls = (uint16_t)((n_ > ATC__TOK_MAX_LEN ? ATC__TOK_MAX_LEN : n_) | ((unsigned)(cls) << 12)); \
            t_->val = acc;                                                                        \
            if (n_ > ATC__TOK_MAX_LEN)                                                            \
                lf |= ATC__L_OVERFLOW | (ntok < 2 ? ATC__L_LOST : 0);                             \
        } else {                                                                                  \
            /* no room for its record: the line does not fit */                                   \
            lf |= ATC__L_OVERFLOW | (ntok < 2 ? ATC__L_LOST : 0);                                 \
        }                                                                                         \
        ntok++;                                                                                   \
        acc = 0;                                                                                  \
        lf &= ~(unsigned)(ATC__L_NEG | ATC__L_STR_ESC);                                       \
    } while (0)

/* the line ends at p: hand it over, and leave when the line changed the mode or left joined
 * commands to scan again (atc__replay) */
#define ATC__LINE_END()                                                                           \
    do {                                                                                          \
        par->ntok = (uint16_t)ntok;                                                               \
        par->lflags = (uint8_t)lf;                                                                \
        atc__scan_line(par, (const char *)ls, ATC__OFF(p), (unsigned)(p - ls), *p == '\r');       \
        ntok = 0;                                                                                 \
        lo = 0;                                                                                   \
        tok_at = 0;                                                                               \
        acc = 0;                                                                                  \
        cap = ATC__TOP / sizeof(atc__tok);                                                        \
        lf = par->lflags;                                                                         \
        if (par->mode != ATC_MODE_LINES || par->replay_len) {                                     \
            p++;                                                                                  \
            cs = atc_scan_start;                                                                  \
            goto out;                                                                             \
        }                                                                                         \
    } while (0)

/* a '>' at a line start while a command waits for its prompt */
#define ATC__PROMPT()                                                                             \
    do {                                                                                          \
        atc__prompt_begin(par);                                                                   \
        lf = par->lflags;                                                                         \
        p++;                                                                                      \
        cs = atc_scan_start;                                                                      \
        goto out;                                                                                 \
    } while (0)

/* Flags of the current field (kept in lflags beside the line's own). */
enum { ATC__L_NEG = 64, ATC__L_STR_ESC = 128 };

/* A line that outgrew the buffer keeps its first ATC__CUT bytes, whatever the chunks: its error
 * event names its head and shows the same bytes as when it came whole (atc__line_end). The
 * records of fields after the first two may be overwritten: such a line reads only those. */
static void atc__keep_cut(atc_parser *par, const void *ls, size_t n)
{
    if (par->len < ATC__CUT) {
        size_t m = ATC__CUT - par->len < n ? ATC__CUT - par->len : n;
        memcpy(par->line.bytes + par->len, ls, m);
        par->len = (uint16_t)(par->len + m);
    }
}

/* The line [ls, ls + n) of this chunk ends, `total` bytes in all: give the runtime the whole of
 * it, where it lies or (when it came in pieces) in the line buffer. */
static void atc__scan_line(atc_parser *par, const char *ls, unsigned total, unsigned n, int cr)
{
    const char *base = ls;
    par->lflags = (uint8_t)((par->lflags & ~ATC__L_AFTER_CR) | (cr ? ATC__L_AFTER_CR : 0));
    if (par->len) {
        unsigned stored = par->ntok < ATC__TOP / sizeof(atc__tok) ? par->ntok : ATC__TOP / sizeof(atc__tok);
        if (!(par->lflags & ATC__L_OVERFLOW) && par->len + n <= ATC__TOP - stored * sizeof(atc__tok)) {
            memcpy(par->line.bytes + par->len, ls, n);
        } else {
            par->lflags |= ATC__L_OVERFLOW;
            atc__keep_cut(par, ls, n);
            total = par->len;
        }
        base = par->line.bytes;
    }
    par->len = 0;
    atc__line_end(par, base, (uint16_t)(total > 0xFFFF ? 0xFFFF : total));
    par->lflags &= (uint8_t)(ATC__L_AFTER_CR | ATC__L_PROMPT);
    par->term = ATC_TERM_EOL;
}

ATC_API void atc__scan_reset(atc_parser *par)
{
    par->cs = (uint8_t)atc_scan_start;
    par->len = 0;
    par->ntok = 0;
    par->tok_at = 0;
    par->acc = 0;
    par->term = ATC_TERM_EOL;
    par->lflags &= (uint8_t)(ATC__L_AFTER_CR | ATC__L_PROMPT);
}

ATC_API int atc__scan_idle(const atc_parser *par)
{
    return par->cs == atc_scan_start;
}

ATC_API const char *atc__scan(atc_parser *par, const char *data, const char *end)
{
    const unsigned char *p = (const unsigned char *)data, *pe = (const unsigned char *)end;
    const unsigned char *ls = p;      /* where this line's bytes begin in this chunk */
    unsigned lo = par->len;           /* bytes of this line kept from earlier chunks */
    unsigned ntok = par->ntok, tok_at = par->tok_at, lf = par->lflags;
    unsigned cap = (ATC__TOP - par->len) / sizeof(atc__tok);
    uint32_t acc = par->acc;
    atc__tok *toks = ATC__TOKS(par);
    int cs = par->cs;
    (void)atc_scan_en_main;
    
	{
	if ( p == pe )
		goto _test_eof;
	switch ( cs )
	{
tr10:
	{ ATC__LINE_END(); }
	goto st0;
tr13:
	{ ATC__COMMIT(ATC__C_BARE); }
	{ ATC__LINE_END(); }
	goto st0;
tr19:
	{ ATC__COMMIT(ATC__C_EMPTY); }
	{ ATC__LINE_END(); }
	goto st0;
tr31:
	{ ATC__COMMIT((lf & ATC__L_STR_ESC) ? ATC__C_STR_ESC : ATC__C_STR); }
	{ ATC__LINE_END(); }
	goto st0;
tr36:
	{ ATC__COMMIT(ATC__C_PAREN); }
	{ ATC__LINE_END(); }
	goto st0;
tr38:
	{ ATC__COMMIT((lf & ATC__L_NEG) ? ATC__C_NEG : ATC__C_NUM); }
	{ ATC__LINE_END(); }
	goto st0;
tr44:
	{ ATC__COMMIT(ATC__C_FLOAT); }
	{ ATC__LINE_END(); }
	goto st0;
tr49:
	{ ATC__COMMIT(ATC__C_HEX); }
	{ ATC__LINE_END(); }
	goto st0;
st0:
	if ( ++p == pe )
		goto _test_eof0;
case 0:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto st0;
		case 34u: goto tr3;
		case 40u: goto tr4;
		case 45u: goto tr5;
		case 48u: goto tr6;
		case 62u: goto tr8;
		case 255u: goto st0;
	}
	if ( (*p) < 11u ) {
		if ( 1u <= (*p) && (*p) <= 8u )
			goto tr1;
	} else if ( (*p) > 31u ) {
		if ( 49u <= (*p) && (*p) <= 57u )
			goto tr7;
	} else
		goto tr1;
	goto tr2;
tr1:
	{ ls = p; lo = 0; tok_at = 0; acc = 0; }
	{ lf |= ATC__L_BINARY; }
	goto st1;
tr11:
	{ lf |= ATC__L_BINARY; }
	goto st1;
st1:
	if ( ++p == pe )
		goto _test_eof1;
case 1:
	switch( (*p) ) {
		case 10u: goto tr10;
		case 13u: goto tr10;
	}
	goto st1;
tr2:
	{ ls = p; lo = 0; tok_at = 0; acc = 0; }
	{ p = atc__run(p + 1, pe, ATC__STOP_HEAD) - 1; }
	goto st2;
tr8:
	{ ls = p; lo = 0; tok_at = 0; acc = 0; }
	{ if (lf & ATC__L_PROMPT) { ATC__PROMPT(); } }
	goto st2;
tr12:
	{ p = atc__run(p + 1, pe, ATC__STOP_HEAD) - 1; }
	goto st2;
st2:
	if ( ++p == pe )
		goto _test_eof2;
case 2:
	switch( (*p) ) {
		case 10u: goto tr13;
		case 13u: goto tr13;
		case 44u: goto tr14;
		case 58u: goto tr15;
		case 61u: goto tr16;
		case 63u: goto tr17;
	}
	if ( (*p) > 8u ) {
		if ( 11u <= (*p) && (*p) <= 31u )
			goto tr11;
	} else
		goto tr11;
	goto tr12;
tr14:
	{ ATC__COMMIT(ATC__C_BARE); }
	{ par->term = ATC_TERM_COMMA; }
	{ tok_at = ATC__OFF(p) + 1u; }
	goto st3;
tr20:
	{ tok_at = ATC__OFF(p) + 1u; }
	goto st3;
tr23:
	{ ATC__COMMIT(ATC__C_EMPTY); }
	{ tok_at = ATC__OFF(p) + 1u; }
	goto st3;
tr27:
	{ ATC__COMMIT(ATC__C_BARE); }
	{ tok_at = ATC__OFF(p) + 1u; }
	goto st3;
tr32:
	{ ATC__COMMIT((lf & ATC__L_STR_ESC) ? ATC__C_STR_ESC : ATC__C_STR); }
	{ tok_at = ATC__OFF(p) + 1u; }
	goto st3;
tr37:
	{ ATC__COMMIT(ATC__C_PAREN); }
	{ tok_at = ATC__OFF(p) + 1u; }
	goto st3;
tr40:
	{ ATC__COMMIT((lf & ATC__L_NEG) ? ATC__C_NEG : ATC__C_NUM); }
	{ tok_at = ATC__OFF(p) + 1u; }
	goto st3;
tr46:
	{ ATC__COMMIT(ATC__C_FLOAT); }
	{ tok_at = ATC__OFF(p) + 1u; }
	goto st3;
tr51:
	{ ATC__COMMIT(ATC__C_HEX); }
	{ tok_at = ATC__OFF(p) + 1u; }
	goto st3;
st3:
	if ( ++p == pe )
		goto _test_eof3;
case 3:
	switch( (*p) ) {
		case 10u: goto tr19;
		case 13u: goto tr19;
		case 32u: goto tr20;
		case 34u: goto st5;
		case 40u: goto st8;
		case 44u: goto tr23;
		case 45u: goto tr24;
		case 48u: goto st18;
	}
	if ( (*p) < 11u ) {
		if ( (*p) <= 8u )
			goto tr11;
	} else if ( (*p) > 31u ) {
		if ( 49u <= (*p) && (*p) <= 57u )
			goto tr26;
	} else
		goto tr11;
	goto tr18;
tr18:
	{ p = atc__run(p + 1, pe, ATC__STOP_OTHER) - 1; }
	goto st4;
st4:
	if ( ++p == pe )
		goto _test_eof4;
case 4:
	switch( (*p) ) {
		case 10u: goto tr13;
		case 13u: goto tr13;
		case 44u: goto tr27;
	}
	if ( (*p) > 8u ) {
		if ( 11u <= (*p) && (*p) <= 31u )
			goto tr11;
	} else
		goto tr11;
	goto tr18;
tr3:
	{ ls = p; lo = 0; tok_at = 0; acc = 0; }
	goto st5;
tr28:
	{ p = atc__run(p + 1, pe, ATC__STOP_STR) - 1; }
	goto st5;
st5:
	if ( ++p == pe )
		goto _test_eof5;
case 5:
	switch( (*p) ) {
		case 10u: goto tr13;
		case 13u: goto tr13;
		case 34u: goto st6;
		case 92u: goto tr30;
	}
	if ( (*p) > 8u ) {
		if ( 11u <= (*p) && (*p) <= 31u )
			goto tr11;
	} else
		goto tr11;
	goto tr28;
st6:
	if ( ++p == pe )
		goto _test_eof6;
case 6:
	switch( (*p) ) {
		case 10u: goto tr31;
		case 13u: goto tr31;
		case 32u: goto st6;
		case 44u: goto tr32;
	}
	if ( (*p) > 8u ) {
		if ( 11u <= (*p) && (*p) <= 31u )
			goto tr11;
	} else
		goto tr11;
	goto tr18;
tr30:
	{ lf |= ATC__L_ESC | ATC__L_STR_ESC; }
	goto st7;
st7:
	if ( ++p == pe )
		goto _test_eof7;
case 7:
	switch( (*p) ) {
		case 10u: goto tr13;
		case 13u: goto tr13;
	}
	if ( (*p) > 8u ) {
		if ( 11u <= (*p) && (*p) <= 31u )
			goto tr11;
	} else
		goto tr11;
	goto st5;
tr4:
	{ ls = p; lo = 0; tok_at = 0; acc = 0; }
	goto st8;
st8:
	if ( ++p == pe )
		goto _test_eof8;
case 8:
	switch( (*p) ) {
		case 10u: goto tr13;
		case 13u: goto tr13;
		case 34u: goto st9;
		case 40u: goto tr18;
		case 41u: goto st11;
	}
	if ( (*p) > 8u ) {
		if ( 11u <= (*p) && (*p) <= 31u )
			goto tr11;
	} else
		goto tr11;
	goto st8;
st9:
	if ( ++p == pe )
		goto _test_eof9;
case 9:
	switch( (*p) ) {
		case 10u: goto tr13;
		case 13u: goto tr13;
		case 34u: goto st8;
		case 92u: goto st10;
	}
	if ( (*p) > 8u ) {
		if ( 11u <= (*p) && (*p) <= 31u )
			goto tr11;
	} else
		goto tr11;
	goto st9;
st10:
	if ( ++p == pe )
		goto _test_eof10;
case 10:
	switch( (*p) ) {
		case 10u: goto tr13;
		case 13u: goto tr13;
	}
	if ( (*p) > 8u ) {
		if ( 11u <= (*p) && (*p) <= 31u )
			goto tr11;
	} else
		goto tr11;
	goto st9;
st11:
	if ( ++p == pe )
		goto _test_eof11;
case 11:
	switch( (*p) ) {
		case 10u: goto tr36;
		case 13u: goto tr36;
		case 32u: goto st11;
		case 44u: goto tr37;
	}
	if ( (*p) > 8u ) {
		if ( 11u <= (*p) && (*p) <= 31u )
			goto tr11;
	} else
		goto tr11;
	goto tr18;
tr5:
	{ ls = p; lo = 0; tok_at = 0; acc = 0; }
	{ lf |= ATC__L_NEG; }
	goto st12;
tr24:
	{ lf |= ATC__L_NEG; }
	goto st12;
st12:
	if ( ++p == pe )
		goto _test_eof12;
case 12:
	switch( (*p) ) {
		case 10u: goto tr13;
		case 13u: goto tr13;
		case 44u: goto tr27;
	}
	if ( (*p) < 11u ) {
		if ( (*p) <= 8u )
			goto tr11;
	} else if ( (*p) > 31u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto tr26;
	} else
		goto tr11;
	goto tr18;
tr7:
	{ ls = p; lo = 0; tok_at = 0; acc = 0; }
	{ acc = acc * 10u + (uint32_t)((*p) - '0'); }
	goto st13;
tr26:
	{ acc = acc * 10u + (uint32_t)((*p) - '0'); }
	goto st13;
tr42:
	{
        const unsigned char *q = p + 1;
        uint32_t a = acc * 10u + (uint32_t)((*p) - '0');
        while (q < pe && (unsigned)(*q - '0') < 10u)
            a = a * 10u + (uint32_t)(*q++ - '0');
        acc = a;
        p = q - 1;
    }
	goto st13;
st13:
	if ( ++p == pe )
		goto _test_eof13;
case 13:
	switch( (*p) ) {
		case 10u: goto tr38;
		case 13u: goto tr38;
		case 32u: goto st14;
		case 44u: goto tr40;
		case 46u: goto st15;
	}
	if ( (*p) < 11u ) {
		if ( (*p) <= 8u )
			goto tr11;
	} else if ( (*p) > 31u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto tr42;
	} else
		goto tr11;
	goto tr18;
st14:
	if ( ++p == pe )
		goto _test_eof14;
case 14:
	switch( (*p) ) {
		case 10u: goto tr38;
		case 13u: goto tr38;
		case 32u: goto st14;
		case 44u: goto tr40;
	}
	if ( (*p) > 8u ) {
		if ( 11u <= (*p) && (*p) <= 31u )
			goto tr11;
	} else
		goto tr11;
	goto tr18;
st15:
	if ( ++p == pe )
		goto _test_eof15;
case 15:
	switch( (*p) ) {
		case 10u: goto tr13;
		case 13u: goto tr13;
		case 44u: goto tr27;
	}
	if ( (*p) < 11u ) {
		if ( (*p) <= 8u )
			goto tr11;
	} else if ( (*p) > 31u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st16;
	} else
		goto tr11;
	goto tr18;
st16:
	if ( ++p == pe )
		goto _test_eof16;
case 16:
	switch( (*p) ) {
		case 10u: goto tr44;
		case 13u: goto tr44;
		case 32u: goto st17;
		case 44u: goto tr46;
	}
	if ( (*p) < 11u ) {
		if ( (*p) <= 8u )
			goto tr11;
	} else if ( (*p) > 31u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st16;
	} else
		goto tr11;
	goto tr18;
st17:
	if ( ++p == pe )
		goto _test_eof17;
case 17:
	switch( (*p) ) {
		case 10u: goto tr44;
		case 13u: goto tr44;
		case 32u: goto st17;
		case 44u: goto tr46;
	}
	if ( (*p) > 8u ) {
		if ( 11u <= (*p) && (*p) <= 31u )
			goto tr11;
	} else
		goto tr11;
	goto tr18;
tr6:
	{ ls = p; lo = 0; tok_at = 0; acc = 0; }
	goto st18;
st18:
	if ( ++p == pe )
		goto _test_eof18;
case 18:
	switch( (*p) ) {
		case 10u: goto tr38;
		case 13u: goto tr38;
		case 32u: goto st14;
		case 44u: goto tr40;
		case 46u: goto st15;
		case 88u: goto st19;
		case 120u: goto st19;
	}
	if ( (*p) < 11u ) {
		if ( (*p) <= 8u )
			goto tr11;
	} else if ( (*p) > 31u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto tr26;
	} else
		goto tr11;
	goto tr18;
st19:
	if ( ++p == pe )
		goto _test_eof19;
case 19:
	switch( (*p) ) {
		case 10u: goto tr13;
		case 13u: goto tr13;
		case 44u: goto tr27;
	}
	if ( (*p) < 48u ) {
		if ( (*p) > 8u ) {
			if ( 11u <= (*p) && (*p) <= 31u )
				goto tr11;
		} else
			goto tr11;
	} else if ( (*p) > 57u ) {
		if ( (*p) > 70u ) {
			if ( 97u <= (*p) && (*p) <= 102u )
				goto tr48;
		} else if ( (*p) >= 65u )
			goto tr48;
	} else
		goto tr48;
	goto tr18;
tr48:
	{ acc = 0; }
	{ acc = acc * 16u + (uint32_t)((*p) <= '9' ? (*p) - '0' : ((*p) | 0x20) - 'a' + 10); }
	goto st20;
tr52:
	{ acc = acc * 16u + (uint32_t)((*p) <= '9' ? (*p) - '0' : ((*p) | 0x20) - 'a' + 10); }
	goto st20;
st20:
	if ( ++p == pe )
		goto _test_eof20;
case 20:
	switch( (*p) ) {
		case 10u: goto tr49;
		case 13u: goto tr49;
		case 32u: goto st21;
		case 44u: goto tr51;
	}
	if ( (*p) < 48u ) {
		if ( (*p) > 8u ) {
			if ( 11u <= (*p) && (*p) <= 31u )
				goto tr11;
		} else
			goto tr11;
	} else if ( (*p) > 57u ) {
		if ( (*p) > 70u ) {
			if ( 97u <= (*p) && (*p) <= 102u )
				goto tr52;
		} else if ( (*p) >= 65u )
			goto tr52;
	} else
		goto tr52;
	goto tr18;
st21:
	if ( ++p == pe )
		goto _test_eof21;
case 21:
	switch( (*p) ) {
		case 10u: goto tr49;
		case 13u: goto tr49;
		case 32u: goto st21;
		case 44u: goto tr51;
	}
	if ( (*p) > 8u ) {
		if ( 11u <= (*p) && (*p) <= 31u )
			goto tr11;
	} else
		goto tr11;
	goto tr18;
tr15:
	{ ATC__COMMIT(ATC__C_BARE); }
	{ par->term = ATC_TERM_COLON; }
	{ tok_at = ATC__OFF(p) + 1u; }
	goto st22;
tr16:
	{ ATC__COMMIT(ATC__C_BARE); }
	{ par->term = ATC_TERM_EQUAL; }
	{ tok_at = ATC__OFF(p) + 1u; }
	goto st22;
tr17:
	{ ATC__COMMIT(ATC__C_BARE); }
	{ par->term = ATC_TERM_QUERY; }
	{ tok_at = ATC__OFF(p) + 1u; }
	goto st22;
tr53:
	{ tok_at = ATC__OFF(p) + 1u; }
	goto st22;
st22:
	if ( ++p == pe )
		goto _test_eof22;
case 22:
	switch( (*p) ) {
		case 10u: goto tr10;
		case 13u: goto tr10;
		case 32u: goto tr53;
		case 34u: goto st5;
		case 40u: goto st8;
		case 44u: goto tr23;
		case 45u: goto tr24;
		case 48u: goto st18;
	}
	if ( (*p) < 11u ) {
		if ( (*p) <= 8u )
			goto tr11;
	} else if ( (*p) > 31u ) {
		if ( 49u <= (*p) && (*p) <= 57u )
			goto tr26;
	} else
		goto tr11;
	goto tr18;
	}
	_test_eof0: cs = 0; goto _test_eof; 
	_test_eof1: cs = 1; goto _test_eof; 
	_test_eof2: cs = 2; goto _test_eof; 
	_test_eof3: cs = 3; goto _test_eof; 
	_test_eof4: cs = 4; goto _test_eof; 
	_test_eof5: cs = 5; goto _test_eof; 
	_test_eof6: cs = 6; goto _test_eof; 
	_test_eof7: cs = 7; goto _test_eof; 
	_test_eof8: cs = 8; goto _test_eof; 
	_test_eof9: cs = 9; goto _test_eof; 
	_test_eof10: cs = 10; goto _test_eof; 
	_test_eof11: cs = 11; goto _test_eof; 
	_test_eof12: cs = 12; goto _test_eof; 
	_test_eof13: cs = 13; goto _test_eof; 
	_test_eof14: cs = 14; goto _test_eof; 
	_test_eof15: cs = 15; goto _test_eof; 
	_test_eof16: cs = 16; goto _test_eof; 
	_test_eof17: cs = 17; goto _test_eof; 
	_test_eof18: cs = 18; goto _test_eof; 
	_test_eof19: cs = 19; goto _test_eof; 
	_test_eof20: cs = 20; goto _test_eof; 
	_test_eof21: cs = 21; goto _test_eof; 
	_test_eof22: cs = 22; goto _test_eof; 

	_test_eof: {}
	}

    /* the chunk ends inside a line: keep its bytes for the line end */
    if (cs != atc_scan_start) {
        size_t n = (size_t)(pe - ls);
        unsigned stored = ntok < cap ? ntok : cap;
        if (!(lf & ATC__L_OVERFLOW) && par->len + n <= ATC__TOP - stored * sizeof(atc__tok)) {
            if (n == 1) /* (a byte at a time: no call) */
                par->line.bytes[par->len] = (char)*ls;
            else
                memcpy(par->line.bytes + par->len, ls, n);
            par->len = (uint16_t)(par->len + n);
        } else {
            lf |= ATC__L_OVERFLOW;
            atc__keep_cut(par, ls, n);
        }
    }
out:
    par->cs = (uint8_t)cs;
    par->ntok = (uint16_t)ntok;
    par->tok_at = (uint16_t)tok_at;
    par->acc = acc;
    par->lflags = (uint8_t)lf;
    return (const char *)p;
}

#if defined(__GNUC__) && __GNUC__ >= 7 && !defined(__clang__)
#pragma GCC diagnostic pop
#endif

/* SPDX-License-Identifier: MIT */
/* Conversion: the fields the scanner recorded -> the message struct of one candidate.
 *
 * Syntax decides whether the line is this message: the number of fields (a shape of its syntax),
 * keywords, fixed values, number syntax where a number is due, address formats where they tell
 * optionals apart. Values do not: an integer outside its range, a string over its length or
 * outside its allowed values, extra trailing fields give a warning and the message still
 * decodes (ATC_STRICT_VALUES makes them errors). Strings are read quoted or bare, numbers
 * quoted or bare, keywords and allowed values without regard to case. */
/* (amalgamated: atc.h) */
#include <string.h>

typedef struct atc__conv {
    const atc_profile *prof;
    const atc_msg_desc *d;
    const atc_field_desc *fs;
    const atc__line *ln;
    char *msg;
    uint16_t id;
    uint8_t unescape;
    atc__result *r;
} atc__conv;

/* the text of field i of the line, trimmed of spaces, and its class */
static unsigned atc__text(const atc__line *ln, unsigned i, const char **s)
{
    const atc__tok *t = ln->tok - i;
    const char *b = ln->base + t->at;
    unsigned n = t->len_cls & ATC__TOK_MAX_LEN;
    while (n && b[n - 1] == ' ')
        n--;
    while (n && b[0] == ' ') {
        b++;
        n--;
    }
    *s = b;
    return n;
}

static unsigned atc__cls(const atc__line *ln, unsigned i)
{
    return (unsigned)(ln->tok - i)->len_cls >> 12;
}

static void atc__warn(atc__conv *c, atc_err e, unsigned field)
{
    if (c->r->warn == ATC_OK) {
        c->r->warn = e;
        if (c->r->err == ATC_OK)
            c->r->field = (uint8_t)field;
    }
}

/* Digits of [s, s+n) in base 10 or 16 (an optional '-' and, for 16, an optional 0x): 1 if all
 * of it is digits; *wide if the value does not fit 32 bits. */
static int atc__digits(const char *s, unsigned n, unsigned base, uint32_t *out, int *neg, int *wide)
{
    uint64_t v = 0;
    unsigned i = 0, nd = 0;
    *neg = 0;
    *wide = 0;
    if (i < n && s[i] == '-') {
        *neg = 1;
        i++;
    }
    if (base == 16 && n - i > 2 && s[i] == '0' && (s[i + 1] == 'x' || s[i + 1] == 'X'))
        i += 2;
    for (; i < n; i++, nd++) {
        unsigned char ch = (unsigned char)s[i];
        unsigned dv;
        if (ch >= '0' && ch <= '9')
            dv = ch - '0';
        else if (base == 16 && (ch | 0x20) >= 'a' && (ch | 0x20) <= 'f')
            dv = (ch | 0x20) - 'a' + 10;
        else
            return 0;
        if (v <= 0xFFFFFFFFu)
            v = v * base + dv;
    }
    if (nd == 0)
        return 0;
    if (v > 0xFFFFFFFFu) {
        *wide = 1;
        v = 0xFFFFFFFFu; /* saturated: the warning says it is not the value */
    }
    *out = (uint32_t)v;
    return 1;
}

/* A number for an INT or HEX field from field i: 0 on a syntax mismatch, -1 when empty. */
static int atc__number(atc__conv *c, unsigned i, int hex, uint32_t *mag, int *neg, int *wide)
{
    const char *s;
    unsigned n = atc__text(c->ln, i, &s), cls = atc__cls(c->ln, i);
    *neg = 0;
    *wide = 0;
    if (i >= c->ln->nstored)
        return 0;
    switch (cls) {
    case ATC__C_EMPTY:
        return -1;
    case ATC__C_NUM:
        if (hex)
            return atc__digits(s, n, 16, mag, neg, wide);
        if (n > 9)
            return atc__digits(s, n, 10, mag, neg, wide);
        *mag = (c->ln->tok - i)->val;
        return 1;
    case ATC__C_NEG:
        return atc__digits(s, n, hex ? 16 : 10, mag, neg, wide);
    case ATC__C_HEX:
        if (!hex)
            return 0;
        if (n > 10)
            return atc__digits(s, n, 16, mag, neg, wide);
        *mag = (c->ln->tok - i)->val;
        return 1;
    case ATC__C_STR:
        /* a quoted number: "96" */
        c->r->loose = 1;
        return n >= 3 && atc__digits(s + 1, n - 2, hex ? 16 : 10, mag, neg, wide);
    case ATC__C_BARE:
        /* hex digits without their 0x */
        c->r->loose = 1;
        return hex && atc__digits(s, n, 16, mag, neg, wide);
    default:
        return 0;
    }
}

/* Is [s, s+n) an address of the format the grammar tells optionals apart by? IPv4: digits and
 * dots with at least one dot; IPv6: hex digits, dots and at least one colon. */
static int atc__is_addr(const char *s, unsigned n, int v6)
{
    unsigned i;
    int colon = 0, dot = 0;
    if (n == 0)
        return 0;
    for (i = 0; i < n; i++) {
        unsigned char ch = (unsigned char)s[i];
        int digit = ch >= '0' && ch <= '9';
        int hexd = digit || ((ch | 0x20) >= 'a' && (ch | 0x20) <= 'f');
        colon |= ch == ':';
        dot |= ch == '.';
        if (!(v6 ? (hexd || ch == '.' || ch == ':') : (digit || ch == '.')))
            return 0;
    }
    return v6 ? colon : dot;
}

/* Is [s, s+n) -?digits(.digits)? */
static int atc__is_float(const char *s, unsigned n)
{
    unsigned i = 0, digits = 0;
    int dot = 0;
    if (i < n && s[i] == '-')
        i++;
    for (; i < n; i++) {
        if (s[i] >= '0' && s[i] <= '9')
            digits++;
        else if (s[i] == '.' && !dot && digits)
            dot = 1, digits = 0;
        else
            return 0;
    }
    return digits > 0;
}

/* Undo backslash escapes of a quoted string's content in place; returns the new length. */
static uint16_t atc__unescape(char *s, unsigned n)
{
    const char *r = s, *e = s + n;
    char *w = s;
    while (r < e) {
        if (*r == '\\' && r + 1 < e)
            r++;
        *w++ = *r++;
    }
    return (uint16_t)(w - s);
}

/* The length of a quoted string's content once unescaped. */
static unsigned atc__unescaped_len(const char *s, unsigned n)
{
    unsigned i, len = 0;
    for (i = 0; i < n; i++, len++)
        if (s[i] == '\\' && i + 1 < n)
            i++;
    return len;
}

/* The allowed value [s, s+n) is (without regard to case unless ATC_I_CASE), in the spec's own
 * spelling; NULL if it is none of them. */
static const char *atc__allowed(const atc__conv *c, const atc_field_info *in, const char *s, unsigned n)
{
    uint8_t k;
    for (k = 0; k < in->nvalues; k++) {
        const char *v = c->prof->text + c->prof->strs[in->values + k];
        /* the first byte decides most (cheaply), then the length and the rest */
        if (n ? ((v[0] ^ s[0]) & 0xDF) == 0 && strlen(v) == n &&
                    ((in->flags & ATC_I_CASE) ? memcmp(v, s, n) == 0 : atc__ieq(s, v, n))
              : v[0] == '\0')
            return v;
    }
    return NULL;
}

/* A bare value right after the head's '=' that begins with another '=' (AT+MQTTLWTCFG==/will):
 * a doubled '=' is a slip of the one who wrote the line, so the value, kept as written, is
 * suspect. (Only the first value can follow the head; the others follow a comma.) */
static int atc__doubled_eq(const atc__line *ln, const char *s, unsigned n)
{
    return n && s[0] == '=' && s > ln->base && s[-1] == '=';
}

/* The words of a field as it stands (a quoted one without its quotes). */
static unsigned atc__content(const atc__line *ln, unsigned i, const char **s)
{
    unsigned n = atc__text(ln, i, s), cls = atc__cls(ln, i);
    if ((cls == ATC__C_STR || cls == ATC__C_STR_ESC) && n >= 2) {
        (*s)++;
        n -= 2;
    }
    return n;
}

/* Convert the value of line field `t` into message field `fi` (into element `el` of a list).
 * Returns 0 on a syntax mismatch. */
static int atc__value(atc__conv *c, unsigned fi, unsigned t, unsigned el)
{
    const atc_field_desc *f = &c->fs[fi];
    const atc_field_info *in = &c->prof->infos[f->info];
    atc_type type = ATC_TYPE_OF(f);
    char *at = c->msg + f->offset;
    const char *s;
    unsigned n, cls;
    if (t >= c->ln->nstored)
        return 0;
    n = atc__text(c->ln, t, &s);
    cls = atc__cls(c->ln, t);
    if (in->label) {
        const char *lb = c->prof->text + in->label;
        size_t ln = strlen(lb);
        if (n < ln || !atc__ieq(s, lb, ln))
            return 0;
        s += ln;
        n -= (unsigned)ln;
        cls = n ? ATC__C_BARE : ATC__C_EMPTY;
    }
    if (type == ATC_T_DYNAMIC) {
        atc_type dt = atc_field_type(c->prof, c->id, (uint8_t)fi, c->msg);
        if (dt == ATC_T_DYNAMIC) {
            atc__warn(c, ATC_ERR_VALUE, fi);
            type = ATC_T_SUPPORTED; /* kept as written */
        } else if (dt == ATC_T_STRING) {
            type = ATC_T_STRING;
        } else if (dt == ATC_T_TOKEN) {
            type = ATC_T_TOKEN;
        } else {
            /* a number typed by another field is kept as its text, but checked */
            const char *v;
            unsigned vn = atc__content(c->ln, t, &v);
            uint32_t mag;
            int neg, wide;
            if (dt == ATC_T_FLOAT ? !atc__is_float(v, vn)
                                  : !atc__digits(v, vn, dt == ATC_T_HEX ? 16 : 10, &mag, &neg, &wide))
                return 0;
            if (dt != ATC_T_FLOAT) {
                /* kept as text, so up to 64 bits (OneNET's integers have <len> 8, 001 line 415);
                 * more digits than that the encoder does not write */
                unsigned dn = vn - (unsigned)(vn && v[0] == '-');
                if (dt == ATC_T_HEX && dn > 2 && v[vn - dn] == '0' && (v[vn - dn + 1] | 0x20) == 'x')
                    dn -= 2;
                if (dn > (dt == ATC_T_HEX ? 16u : 19u))
                    atc__warn(c, ATC_ERR_WIDTH, fi);
            }
            {
                atc_str sv;
                sv.ptr = v;
                sv.len = (uint16_t)vn;
                memcpy(at, &sv, sizeof sv);
            }
            return 1;
        }
    }
    if (type == ATC_T_INT || type == ATC_T_HEX) {
        uint32_t mag = 0, v;
        int neg = 0, wide = 0, got;
        at += el * sizeof(int32_t);
        uint8_t was_loose = c->r->loose;
        if (in->label) {
            got = cls == ATC__C_EMPTY ? -1 : atc__digits(s, n, type == ATC_T_HEX ? 16 : 10, &mag, &neg, &wide);
        } else {
            got = atc__number(c, t, type == ATC_T_HEX, &mag, &neg, &wide);
        }
        if (got < 0 && (f->type & ATC_F_EMPTY))
            return 2; /* empty: the field stays absent */
        if (got <= 0) {
            /* an error code written as its text (AT+CMEE=2): +CME ERROR: SIM not inserted */
            if ((in->flags & ATC_I_VERBOSE) && n) {
                const char *txt;
                unsigned tn = atc__content(c->ln, t, &txt);
                uint8_t k;
                int32_t code = -1;
                atc_str sv;
                int rest = 0;
                if (fi + 1u == c->d->nfields && t + 1u < c->ln->ntok) {
                    /* the last field: a text with commas is the rest of the line (27.007 9.2:
                     * "activation rejected, unspecified") */
                    const char *e = c->ln->base + c->ln->len;
                    while (e > txt && e[-1] == ' ')
                        e--;
                    for (k = 0; k < in->nvalues; k++) {
                        const char *vt = c->prof->text + c->prof->strs[in->values + k];
                        if (strlen(vt) == (size_t)(e - txt) && atc__ieq(txt, vt, (size_t)(e - txt))) {
                            tn = (unsigned)(e - txt);
                            rest = 1;
                            break;
                        }
                    }
                }
                for (k = 0; k < in->nvalues; k++) {
                    const char *vt = c->prof->text + c->prof->strs[in->values + k];
                    if (strlen(vt) == tn && atc__ieq(txt, vt, tn)) {
                        int exact = memcmp(txt, vt, tn) == 0;
                        code = c->prof->ints[in->ranges + 2u * k];
                        txt = vt; /* the table's spelling, as the encoder writes it */
                        /* a table's text is this field's syntax too; in another case it is a loose
                         * reading, so that a table that spells it so (27.007's "operation not
                         * allowed", 3, beside Quectel's "Operation not allowed", 572) wins */
                        c->r->loose = exact ? was_loose : 1;
                        if (exact)
                            break;
                    }
                }
                if (code < 0) {
                    atc__warn(c, ATC_ERR_VALUE, fi);
                    c->r->loose = 1; /* a text none of the table's: a candidate with a text field wins */
                }
                memcpy(at, &code, sizeof code);
                sv.ptr = txt;
                sv.len = (uint16_t)tn;
                memcpy(c->msg + f->has, &sv, sizeof sv);
                return rest ? 3 : 1;
            }
            return 0;
        }
        if (in->flags & ATC_I_UNSIGNED) {
            if (neg && mag) {
                wide = 1;
                mag = 0;
            }
        } else if (neg ? mag > 0x80000000u : mag > 0x7FFFFFFFu) {
            wide = 1;
            mag = neg ? 0x80000000u : 0x7FFFFFFFu;
        }
        if (wide)
            atc__warn(c, ATC_ERR_WIDTH, fi);
        v = neg ? (uint32_t)0 - mag : mag;
        if (!atc__in_ranges(c->prof, in, v)) {
            if (in->flags & ATC_I_FIXED)
                return 0; /* <mode=1>: the value selects the message */
            if ((c->d->flags & ATC_M_PAYLOAD) && c->prof->payloads[c->d->extra].field == (int8_t)fi) {
                c->r->err = ATC_ERR_LENGTH; /* the bytes after it could not be delimited */
                c->r->field = (uint8_t)fi;
                return 0;
            }
            atc__warn(c, ATC_ERR_RANGE, fi);
        }
        memcpy(at, &v, sizeof v);
        return 1;
    }
    {
        atc_str sv;
        at += el * sizeof(atc_str);
        switch (type) {
        case ATC_T_LITERAL: {
            const char *lit = c->prof->text + c->prof->strs[in->values];
            const char *v;
            unsigned vn = atc__content(c->ln, t, &v);
            size_t ln = strlen(lit);
            if (lit[0] == '"') { /* compared without its quotes: "recv" and recv are one keyword */
                lit++;
                ln -= 2;
            }
            if (vn != ln || !((in->flags & ATC_I_CASE) ? memcmp(v, lit, ln) == 0 : atc__ieq(v, lit, ln)))
                return 0;
            return 1;
        }
        case ATC_T_TEXT: /* the rest of the line, commas included */
            sv.ptr = s;
            sv.len = (uint16_t)(c->ln->len - (unsigned)(s - c->ln->base));
            while (sv.len && sv.ptr[0] == ' ') { /* "   ,x": spaces around it are not kept */
                sv.ptr++;
                sv.len--;
            }
            while (sv.len && sv.ptr[sv.len - 1] == ' ')
                sv.len--;
            if (sv.len && (unsigned char)sv.ptr[0] == 0xFF && !c->prof->text[c->prof->prefixes[c->id]])
                atc__warn(c, ATC_ERR_VALUE, fi); /* " \xff..": written so, a 0xFF begins the line (noise) */
            if (atc__doubled_eq(c->ln, s, sv.len))
                atc__warn(c, ATC_ERR_VALUE, fi);
            if (in->max_len && sv.len > in->max_len)
                atc__warn(c, ATC_ERR_TOO_LONG, fi);
            memcpy(at, &sv, sizeof sv);
            return 3;
        case ATC_T_SUPPORTED:
            if (cls == ATC__C_EMPTY && (f->type & ATC_F_EMPTY))
                return 2; /* an item the answer leaves empty: ,,(0-2) */
            if (cls == ATC__C_EMPTY)
                atc__warn(c, ATC_ERR_VALUE, fi); /* empty where the document gives a value */
            else if ((s[0] == '"' && cls != ATC__C_STR && cls != ATC__C_STR_ESC) || (s[0] == '(' && cls != ATC__C_PAREN))
                atc__warn(c, ATC_ERR_VALUE, fi); /* a quote or parenthesis it does not close: unwritable */
            sv.ptr = s;
            sv.len = (uint16_t)n;
            memcpy(at, &sv, sizeof sv);
            return 1;
        case ATC_T_FLOAT:
            if (cls == ATC__C_EMPTY && (f->type & ATC_F_EMPTY))
                return 2;
            n = atc__content(c->ln, t, &s);
            if (!atc__is_float(s, n))
                return 0;
            sv.ptr = s;
            sv.len = (uint16_t)n;
            memcpy(at, &sv, sizeof sv);
            return 1;
        default: /* STRING, TOKEN */
            if (cls == ATC__C_EMPTY && (f->type & ATC_F_EMPTY))
                return 2;
            if ((in->flags & ATC_I_REST) && cls != ATC__C_STR && cls != ATC__C_STR_ESC) {
                /* written bare, it runs to the line's end: +CCLK: 18/01/30,09:17:55+32 */
                sv.ptr = s;
                sv.len = (uint16_t)(c->ln->len - (unsigned)(s - c->ln->base));
                while (sv.len && sv.ptr[sv.len - 1] == ' ')
                    sv.len--;
                c->r->loose = 1; /* a string written bare */
                if (in->max_len && sv.len > in->max_len)
                    atc__warn(c, ATC_ERR_TOO_LONG, fi);
                memcpy(at, &sv, sizeof sv);
                return 3;
            }
            if (cls == ATC__C_STR || cls == ATC__C_STR_ESC) {
                s++;
                n -= 2;
                if (type == ATC_T_TOKEN)
                    c->r->loose = 1; /* a token written quoted */
            } else if (type == ATC_T_STRING) {
                c->r->loose = 1; /* a string written bare */
            }
            if (cls == ATC__C_EMPTY && ATC_TYPE_OF(f) != ATC_T_DYNAMIC)
                atc__warn(c, ATC_ERR_VALUE, fi); /* empty where the syntax has a value */
            if (cls != ATC__C_STR && cls != ATC__C_STR_ESC && atc__doubled_eq(c->ln, s, n))
                atc__warn(c, ATC_ERR_VALUE, fi); /* AT+X==v: kept as written, and suspect */
            /* a token holds no comma, starts with no quote and opens no parenthesis it does not
             * close: the encoder could not write it */
            if (type == ATC_T_TOKEN && n && (s[0] == '"' || (s[0] == '(' && cls != ATC__C_PAREN) || memchr(s, ',', n)))
                atc__warn(c, ATC_ERR_VALUE, fi);
            if (in->fmt & (ATC_FMT_IPV4 | ATC_FMT_IPV6))
                if (!(((in->fmt & ATC_FMT_IPV4) && atc__is_addr(s, n, 0)) ||
                      ((in->fmt & ATC_FMT_IPV6) && atc__is_addr(s, n, 1))))
                    return 0; /* an address where one is due tells optionals apart (syntax) */
            if (cls == ATC__C_STR_ESC) {
                unsigned un = atc__unescaped_len(s, n);
                if (in->max_len && un > in->max_len)
                    atc__warn(c, ATC_ERR_TOO_LONG, fi);
                if (c->unescape)
                    n = atc__unescape((char *)(uintptr_t)s, n);
            } else if (in->max_len && n > in->max_len) {
                atc__warn(c, ATC_ERR_TOO_LONG, fi);
            }
            if (in->nvalues && ATC_TYPE_OF(f) != ATC_T_DYNAMIC) {
                const char *canon = atc__allowed(c, in, s, n);
                if (!canon)
                    atc__warn(c, ATC_ERR_VALUE, fi);
                else
                    s = canon; /* "tcp" is "TCP": the view shows the document's spelling */
            }
            sv.ptr = s;
            sv.len = (uint16_t)n;
            memcpy(at, &sv, sizeof sv);
            return 1;
        }
    }
}

static void atc__set_has(atc__conv *c, unsigned fi)
{
    const atc_field_desc *f = &c->fs[fi];
    if (f->type & ATC_F_OPTIONAL) {
        bool yes = true;
        memcpy(c->msg + f->has, &yes, sizeof yes);
    }
}

/* AT+SOCK<m><n>: the indexes glued to the command name. */
static int atc__indexes(atc__conv *c, uint32_t mask)
{
    const char *q = c->ln->head + c->ln->glued, *e = c->ln->head + c->ln->head_len;
    uint8_t i;
    for (i = 0; i < c->d->nindex; i++) {
        const atc_field_desc *f = &c->fs[i];
        const atc_field_info *in = &c->prof->infos[f->info];
        atc_str sv;
        if (!(mask & (1u << i)))
            continue;
        if (ATC_TYPE_OF(f) == ATC_T_TOKEN) {
            if (q >= e)
                return 0;
            sv.ptr = q++;
            sv.len = 1;
            if (in->nvalues) {
                /* at+socka1: the view shows the document's spelling, "A" */
                sv.ptr = atc__allowed(c, in, sv.ptr, 1);
                if (!sv.ptr)
                    return 0;
            }
            memcpy(c->msg + f->offset, &sv, sizeof sv);
        } else {
            uint32_t v = 0;
            const char *b = q;
            while (q < e && *q >= '0' && *q <= '9')
                v = v * 10u + (uint32_t)(*q++ - '0');
            if (q == b || q - b > 9)
                return 0;
            if (!atc__in_ranges(c->prof, in, v))
                atc__warn(c, ATC_ERR_RANGE, i);
            memcpy(c->msg + f->offset, &v, sizeof v);
        }
        atc__set_has(c, i);
    }
    return q == e;
}

/* Fill the fields of one shape from the first nvals line fields after the head. With `partial`
 * (a test-form answer) the line may end before the shape does. Returns 1 if the line fits. */
static int atc__shape(atc__conv *c, const atc_shape *sh, unsigned nvals, int partial)
{
    const atc_msg_desc *d = c->d;
    const atc__line *ln = c->ln;
    unsigned t = ln->first, end = ln->first + nvals, fi;
    unsigned nplain = d->tag_first >= 0 ? (unsigned)d->tag_first : d->nfields;
    uint32_t bits = sh->mask;
    uint8_t reached = 0;
    memset(c->msg, 0, d->size);
    c->r->warn = ATC_OK;
    c->r->field = ATC_NO_FIELD;
    fi = 0;
    if (d->nindex) {
        if (!atc__indexes(c, sh->mask))
            goto mismatch;
        fi = d->nindex;
        bits &= ~((1u << d->nindex) - 1u);
    }
    if (nplain < 32)
        bits &= (1u << nplain) - 1u;
    /* the present fields, in order */
    while (bits) {
        const atc_field_desc *f;
        const atc_field_info *in;
        int got;
#if defined(__GNUC__)
        fi = (unsigned)__builtin_ctz(bits);
#else
        while (!(bits & (1u << fi)))
            fi++;
#endif
        bits &= bits - 1u;
        f = &c->fs[fi];
        in = &c->prof->infos[f->info];
        if (t >= end) {
            if (ATC_TYPE_OF(f) == ATC_T_TEXT) {
                /* the rest of the line, empty: "+MIPLVER: " */
                atc_str sv;
                sv.ptr = ln->base + ln->len;
                sv.len = 0;
                memcpy(c->msg + f->offset, &sv, sizeof sv);
                if (!(f->type & ATC_F_EMPTY))
                    atc__set_has(c, fi); /* a text that may be empty is absent when it is */
                reached++;
                continue;
            }
            if (partial) {
                atc__warn(c, ATC_ERR_MISSING, fi);
                return 1;
            }
            if (sh->open == 3) { /* AT+CCLK=: the one value, empty, is absent */
                reached++;
                continue;
            }
            goto mismatch;
        }
        if ((in->flags & ATC_I_PLAIN) && t < ln->nstored) {
            /* the fast path: a plain number or string as it usually comes */
            const atc__tok *tk = ln->tok - t;
            unsigned cls = (unsigned)tk->len_cls >> 12, n = tk->len_cls & ATC__TOK_MAX_LEN;
            if (ATC_TYPE_OF(f) == ATC_T_INT) {
                if (cls == ATC__C_NUM && n <= 9) {
                    uint32_t v = tk->val;
                    const int32_t *rg = c->prof->ints + in->ranges;
                    if (in->nranges && !(in->nranges == 1 ? (int32_t)v >= rg[0] && (int32_t)v <= rg[1]
                                                          : atc__in_ranges(c->prof, in, v)))
                        atc__warn(c, ATC_ERR_RANGE, fi);
                    memcpy(c->msg + f->offset, &v, sizeof v);
                    goto plain_done;
                }
            } else if (ATC_TYPE_OF(f) == ATC_T_STRING ? cls == ATC__C_STR
                                                      : cls == ATC__C_BARE && ln->base[tk->at] != '"' &&
                                                            ln->base[tk->at] != '(' &&
                                                            !atc__doubled_eq(ln, ln->base + tk->at, n)) {
                /* a string quoted, or a token bare (not after a quoted string, "a,"b, nor an open
                 * parenthesis, (a, as written) */
                const char *b = ln->base + tk->at;
                atc_str sv;
                while (b[n - 1] == ' ')
                    n--;
                if (cls == ATC__C_STR) {
                    b++;
                    n -= 2;
                }
                sv.ptr = b;
                sv.len = (uint16_t)n;
                if (in->max_len && sv.len > in->max_len)
                    atc__warn(c, ATC_ERR_TOO_LONG, fi);
                memcpy(c->msg + f->offset, &sv, sizeof sv);
                goto plain_done;
            }
        }
        if ((f->type & ATC_F_LIST) && (in->flags & ATC_I_GROUP)) {
            /* (<a>,<b>)...: whole groups, each member's values in turn, one count for all */
            unsigned g = nplain - fi, k = 0, j;
            for (; t < end; t += g, k++) {
                if (end - t < g)
                    goto mismatch; /* a group cut short */
                if (k >= in->max_count) {
                    atc__warn(c, ATC_ERR_TOO_LONG, fi);
                    break;
                }
                for (j = 0; j < g; j++)
                    if (!atc__value(c, fi + j, t + j, k))
                        goto mismatch;
            }
            for (j = 0; j < g; j++)
                c->msg[c->fs[fi + j].has] = (char)k;
            t = end;
            reached = (uint8_t)(reached + g);
            break;
        }
        if (f->type & ATC_F_LIST) {
            unsigned k = 0;
            for (; t < end; t++, k++) {
                if (k >= in->max_count) {
                    atc__warn(c, ATC_ERR_TOO_LONG, fi);
                    break;
                }
                if (!atc__value(c, fi, t, k))
                    goto mismatch;
            }
            c->msg[f->has] = (char)(k > in->max_count ? in->max_count : k);
            t = end;
            reached++;
            continue;
        }
        got = atc__value(c, fi, t, 0);
        if (!got)
            goto mismatch;
        if (got == 3) { /* text, an error text, or a bare string that runs on: the rest of the line */
            atc_str sv;
            if (ATC_TYPE_OF(f) == ATC_T_TEXT || ATC_TYPE_OF(f) == ATC_T_STRING) {
                memcpy(&sv, c->msg + f->offset, sizeof sv);
                if (sv.len || !(f->type & ATC_F_EMPTY))
                    atc__set_has(c, fi); /* (absent when empty and it may be) */
            }
            t = end;
            reached++;
            break;
        }
        if (got == 1)
            atc__set_has(c, fi);
        t++;
        reached++;
        continue;
    plain_done:
        if (f->type & ATC_F_OPTIONAL)
            c->msg[f->has] = 1;
        t++;
        reached++;
    }
    fi = nplain;
    if (d->tag_first >= 0) {
        /* a tagged set: "TAG",<value> pairs in any order */
        if (t >= end)
            goto mismatch;
        while (t < end) {
            const char *tag;
            unsigned tn = atc__content(c->ln, t, &tag);
            for (fi = (unsigned)d->tag_first; fi + 1 < d->nfields; fi += 2) {
                const atc_field_info *in = &c->prof->infos[c->fs[fi].info];
                const char *lit = c->prof->text + c->prof->strs[in->values];
                size_t ln = strlen(lit);
                if (lit[0] == '"') {
                    lit++;
                    ln -= 2;
                }
                if (ln == tn && atc__ieq(tag, lit, ln))
                    break;
            }
            if (t + 1 >= end)
                goto mismatch; /* a tag without its value */
            if (fi + 1 >= d->nfields) {
                atc__warn(c, ATC_ERR_VALUE, ATC_NO_FIELD); /* a tag this document does not know */
            } else {
                if (atc_field_present(&c->fs[fi + 1], c->msg))
                    goto mismatch; /* each tag at most once */
                if (!atc__value(c, fi + 1, t + 1, 0))
                    goto mismatch;
                atc__set_has(c, fi + 1);
            }
            t += 2;
            reached++;
        }
    }
    return 1;
mismatch:
    if (c->r->err == ATC_OK) {
        c->r->err = ATC_ERR_MALFORMED;
        c->r->field = (uint8_t)(fi < d->nfields ? fi : ATC_NO_FIELD);
    }
    if (reached >= c->r->reached)
        c->r->reached = reached;
    return 0;
}

ATC_API void atc__convert(const atc_profile *prof, uint16_t id, const atc__line *ln, void *msg, int mode,
                          atc__result *r)
{
    atc__conv c;
    const atc_msg_desc *d = &prof->msgs[id];
    const atc_shape *sh = prof->shapes + d->shapes;
    unsigned nvals = ln->ntok > ln->first ? (unsigned)(ln->ntok - ln->first) : 0u;
    int variable = (d->flags & ATC_M_VARIABLE) != 0;
    uint8_t i;
    atc_err best_err = ATC_ERR_MALFORMED;
    uint8_t best_field = ATC_NO_FIELD, best_reached = 0;
    c.prof = prof;
    c.d = d;
    c.fs = prof->fields + d->fields;
    c.ln = ln;
    c.msg = (char *)msg;
    c.id = id;
    c.unescape = (uint8_t)(mode & ATC__CONV_UNESCAPE);
    c.r = r;
    r->reached = 0;
    r->loose = 0;
    if (!(mode & ATC__CONV_TOLERANT)) {
        uint8_t loose = 0xFF; /* the first shape that took the line in a loose spelling */
        c.unescape = 0;       /* escapes are undone in place: only once, by the shape chosen */
        /* the shapes whose number of values is the line's */
        for (i = 0; i < d->nshapes; i++) {
            /* a shape that ends in a list, a tagged set or text takes any more values (text also
             * none: it may be empty) */
            if (sh[i].open == 3 ? nvals > 1
                                : sh[i].open ? nvals + (sh[i].open == 2) < sh[i].count : nvals != sh[i].count)
                continue;
            r->err = ATC_OK;
            r->count = (uint16_t)nvals;
            r->loose = 0;
            if (atc__shape(&c, &sh[i], nvals, 0)) {
                if (!r->loose) {
                    if (mode & ATC__CONV_UNESCAPE) {
                        c.unescape = 1;
                        (void)atc__shape(&c, &sh[i], nvals, 0);
                    }
                    goto matched;
                }
                if (loose == 0xFF)
                    loose = i; /* a shape that takes the spelling as written may follow */
                continue;
            }
            if (r->err != ATC_ERR_MALFORMED || r->reached > best_reached || best_field == ATC_NO_FIELD) {
                best_err = r->err;
                best_field = r->field;
                best_reached = r->reached;
                if (best_err == ATC_ERR_LENGTH)
                    break;
            }
        }
        if (loose != 0xFF) {
            r->err = ATC_OK;
            r->count = (uint16_t)nvals;
            c.unescape = (uint8_t)(mode & ATC__CONV_UNESCAPE);
            (void)atc__shape(&c, &sh[loose], nvals, 0);
            r->loose = 1;
            goto matched;
        }
    } else if (d->nshapes && !variable && nvals > sh[d->nshapes - 1].count) {
        /* more fields than the longest shape has: read the ones it has, keep the rest in raw */
        i = (uint8_t)(d->nshapes - 1);
        r->err = ATC_OK;
        r->count = sh[i].count;
        if (atc__shape(&c, &sh[i], sh[i].count, 0)) {
            if (r->warn == ATC_OK) {
                r->warn = ATC_ERR_EXTRA;
                r->field = ATC_NO_FIELD;
            }
            goto matched;
        }
        best_err = r->err;
        best_field = r->field;
        best_reached = r->reached;
    } else if (nvals > 1 && !variable && atc__cls(ln, ln->first + nvals - 1u) == ATC__C_EMPTY) {
        /* trailing empty values (AT+QIRD=0, : V.250 lets a trailing parameter be left out, its
         * comma kept): the shape of the values before them, with a warning */
        unsigned k = nvals;
        while (k > 1 && atc__cls(ln, ln->first + k - 1u) == ATC__C_EMPTY)
            k--;
        for (i = 0; i < d->nshapes; i++) {
            if (sh[i].open || k != sh[i].count)
                continue;
            r->err = ATC_OK;
            r->count = (uint16_t)nvals;
            r->loose = 0;
            if (atc__shape(&c, &sh[i], k, 0)) {
                if (r->warn == ATC_OK) {
                    r->warn = ATC_ERR_EXTRA;
                    r->field = ATC_NO_FIELD;
                }
                goto matched;
            }
            best_err = r->err;
            best_field = r->field;
            best_reached = r->reached;
        }
    } else if ((d->flags & ATC_M_TEST_ANSWER) && d->nshapes && nvals < sh[0].count && nvals > 0) {
        /* a test-form answer may leave out trailing fields: the ones it has */
        r->err = ATC_OK;
        r->count = (uint16_t)nvals;
        if (atc__shape(&c, &sh[0], nvals, 1))
            goto matched;
        best_err = r->err;
        best_field = r->field;
        best_reached = r->reached;
    }
    r->err = best_err;
    r->field = best_field;
    r->reached = best_reached;
    r->warn = ATC_OK;
    return;
matched:
    r->err = ATC_OK;
#if ATC_STRICT_VALUES
    if (r->warn != ATC_OK) {
        r->err = r->warn;
        r->warn = ATC_OK;
    }
#endif
}

/* SPDX-License-Identifier: MIT */
/* Matching: which message a scanned line is.
 *
 * The line's first field, when it ends at ':', '=' or '?' or is the whole line, is looked up in
 * the profile's head table (a hash of case-folded texts, built by the generator). A head that
 * keyword variants follow ("+QIURC:" then "recv") narrows its candidates by the next field.
 * The candidates are then tried in this order, each by its shapes (atc_convert.c):
 *   0. responses that answer the pending command form (a response never matches otherwise);
 *   1. URCs and result codes;
 *   2. answers without a head that the pending command expects (bare text lines);
 *   3. command echoes.
 * Within a rank the spec's order decides, a candidate that takes its values without warnings
 * before one that warns. Only when no candidate fits does a second pass read extra trailing
 * fields (and a test-form answer's missing ones), preferring the candidate that reads the most.
 * A line that no candidate takes is an error naming the message that came closest, or unknown
 * when no profile knows its head. See docs/design.md. */
/* (amalgamated: atc.h) */
#include <string.h>

#define ATC__NO_HEAD 0xFFFFu

static const atc_head *atc__find(const atc_profile *prof, const char *s, unsigned n, unsigned term,
                                 unsigned parent)
{
    uint32_t h;
    uint16_t i;
    if (n == 0 || n > 255)
        return NULL;
    h = atc__hash(s, n, term + (parent != ATC__NO_HEAD ? (parent + 1u) << 4 : 0u));
    for (i = prof->slots[h >> (32 - prof->slot_bits)]; i != ATC__NO_HEAD; i = prof->heads[i].next) {
        const atc_head *e = &prof->heads[i];
        if (e->len == n && e->term == term && e->parent == parent && atc__ieq(s, prof->keys + e->text, n))
            return e;
    }
    return NULL;
}

/* Would a line [s, s+n) read as a URC, a result or an answer with a head of the profile (tried
 * before answers without a head)? The encoder refuses to write such a bare-text answer: USR's
 * help line "A" is the CONFIRM result "a". */
ATC_API int atc__reads_as_report(const atc_profile *prof, const char *s, unsigned n)
{
    unsigned hn = 0, term = ATC_TERM_EOL;
    const atc_head *h;
    while (hn < n && s[hn] != ':' && s[hn] != '=' && s[hn] != '?' && s[hn] != ',')
        hn++;
    if (hn < n)
        term = s[hn] == ':' ? ATC_TERM_COLON : s[hn] == '=' ? ATC_TERM_EQUAL : s[hn] == '?' ? ATC_TERM_QUERY
                                                                                   : ATC_TERM_COMMA;
    while (hn && s[hn - 1] == ' ')
        hn--;
    while (hn && s[0] == ' ') {
        s++;
        hn--;
    }
    h = atc__find(prof, s, hn, term, ATC__NO_HEAD);
    return h && (h->nrest > 0 || h->nresp > 0);
}

/* The head of a line in a profile: its text [s, s+n), or with indexes or a code glued to it
 * (AT+SOCKA1=, AT+UART1=, +ERR3): the text without its trailing digits, then without one more
 * letter. *glued says where the glued part begins. */
static const atc_head *atc__head(const atc_profile *prof, const char *s, unsigned n, unsigned term,
                                 unsigned *glued)
{
    const atc_head *e = atc__find(prof, s, n, term, ATC__NO_HEAD);
    unsigned m = n;
    *glued = n;
    if (e || !(prof->flags & ATC_P_GLUED))
        return e;
    while (m && s[m - 1] >= '0' && s[m - 1] <= '9')
        m--;
    if (m < n) {
        e = atc__find(prof, s, m, term, ATC__NO_HEAD);
        if (e && (e->flags & (ATC_H_GLUED | ATC_H_GLUED_VALUE))) {
            *glued = m;
            return e;
        }
    }
    if (m && ((s[m - 1] | 0x20) >= 'a' && (s[m - 1] | 0x20) <= 'z')) {
        e = atc__find(prof, s, m - 1, term, ATC__NO_HEAD);
        if (e && (e->flags & ATC_H_GLUED)) {
            *glued = m - 1;
            return e;
        }
    }
    return NULL;
}

/* Are the commands of a line joined by ';' in force (until the last one's final result)? */
static int atc__joined_on(const atc_parser *p)
{
    return p->pending != ATC_NO_MSG && p->joined_for == p->pending &&
           (p->joined[0] != ATC_NO_MSG || p->joined[1] != ATC_NO_MSG);
}

/* Does response d of profile k answer the pending command form (or a command joined to it)? */
static int atc__answers(const atc_parser *p, uint8_t k, const atc_msg_desc *d)
{
    const uint16_t *ids;
    uint8_t i;
    int joined = atc__joined_on(p);
    if (p->pending == ATC_NO_MSG || (p->pending_profile != k && !joined))
        return 0;
    ids = p->profiles[k]->ids + d->answers;
    for (i = 0; i < d->nanswers; i++)
        if ((ids[i] == p->pending && p->pending_profile == k) ||
            (joined && (ATC__JOINED(ids[i], k) == p->joined[0] || ATC__JOINED(ids[i], k) == p->joined[1])))
            return 1;
    return 0;
}

/* Is a command of profile k pending (itself, or joined to the pending one)? */
static int atc__pending_in(const atc_parser *p, uint8_t k)
{
    return p->pending != ATC_NO_MSG &&
           (p->pending_profile == k ||
            (atc__joined_on(p) && ((p->joined[0] >> 13) == k || (p->joined[1] >> 13) == k)));
}

/* Does response d of profile prof answer command form cmd? */
static int atc__answers_cmd(const atc_profile *prof, const atc_msg_desc *d, uint16_t cmd)
{
    uint8_t i;
    for (i = 0; i < d->nanswers; i++)
        if (prof->ids[d->answers + i] == cmd)
            return 1;
    return 0;
}

/* Lines without a head after commands joined by ';' are answered in order: the first of the
 * joined commands (then the pending one) whose answers profile k's head h has (ATC__JOINED),
 * or ATC_NO_MSG when no command is joined or none of them has. */
static uint16_t atc__headless_turn(const atc_parser *p, uint8_t k, const atc_head *h)
{
    const atc_profile *prof = p->profiles[k];
    uint16_t order[3];
    unsigned j, i;
    if (!atc__joined_on(p))
        return ATC_NO_MSG;
    order[0] = p->joined[0];
    order[1] = p->joined[1];
    order[2] = ATC__JOINED(p->pending, p->pending_profile);
    for (j = 0; j < 3; j++)
        for (i = 0; order[j] != ATC_NO_MSG && (order[j] >> 13) == k && i < h->ncands; i++)
            if (atc__answers_cmd(prof, &prof->msgs[prof->ids[h->cands + i]], (uint16_t)(order[j] & 0x1FFFu)))
                return order[j];
    return ATC_NO_MSG;
}

/* A head with more answers than this finds the pending command's through atc_profile.replies
 * (gen/tables.py REPLIES_FROM) instead of trying every one. */
#define ATC__REPLIES_FROM 64u

static const uint16_t atc__no_replies[1] = {0};

/* The answers of the pending command ([count, ids...]) to try for head h of profile k, or NULL to
 * try all of the head's answers with atc__answers. */
static const uint16_t *atc__replies(const atc_parser *p, uint8_t k, const atc_head *h)
{
    const atc_profile *prof = p->profiles[k];
    if (h->nresp <= ATC__REPLIES_FROM || !prof->replies || p->joined_for == p->pending)
        return NULL;
    if (p->pending == ATC_NO_MSG || p->pending_profile != k || prof->replies[p->pending] == 0xFFFF)
        return atc__no_replies;
    return prof->ids + prof->replies[p->pending];
}

/* Is id one of head h's answers? (They are sorted by id: gen/tables.py.) */
static int atc__is_answer_of(const atc_profile *prof, const atc_head *h, uint16_t id)
{
    const uint16_t *c = prof->ids + h->cands;
    unsigned lo = 0, hi = h->nresp;
    while (lo < hi) {
        unsigned mid = (lo + hi) / 2u;
        if (c[mid] < id)
            lo = mid + 1u;
        else
            hi = mid;
    }
    return lo < h->nresp && c[lo] == id;
}

/* One line's matching: the line, where its struct goes, the best match and the best failure. */
typedef struct atc__match {
    atc_parser *p;
    atc__line ln;
    char *msg;
    size_t room;                 /* bytes the struct may take */
    uint16_t id;                 /* the best match, ATC_NO_MSG: none yet */
    uint8_t k, first, tolerant;
    atc__result r;
    uint16_t fail_id;            /* the candidate that came closest */
    uint8_t fail_k;
    atc__result fail;
    uint16_t last;               /* the message whose struct msg holds now */
    uint8_t last_k;
} atc__match;

/* The candidates of one profile for the line. */
typedef struct atc__cands {
    const atc_head *head;        /* NULL: the profile does not know the head */
    const atc_head *list;        /* the head, or its keyword variant */
    unsigned glued;              /* where indexes or a code glued to the head begin */
    int value;                   /* the glued part is the first field (+ERR3) */
} atc__cands;

/* Try candidate id; returns 1 for a clean match, which ends the search. A failure is kept for
 * the error event when `record` is set. */
static int atc__try(atc__match *mt, uint8_t k, uint16_t id, int record, int mode)
{
    atc__result r;
    const atc_msg_desc *d = &mt->p->profiles[k]->msgs[id];
    unsigned nvals = mt->ln.ntok > mt->ln.first ? (unsigned)(mt->ln.ntok - mt->ln.first) : 0u;
    if (!mode && d->max_count != 255 && nvals > d->max_count && record && mt->fail_id != ATC_NO_MSG)
        return 0; /* more values than any shape reads: only the tolerant pass could take it */
    r.err = ATC_OK;
    r.warn = ATC_OK;
    r.field = ATC_NO_FIELD;
    r.reached = 0;
    r.count = 0;
    if (d->size > mt->room) {
        r.err = ATC_ERR_LINE_TOO_LONG; /* the message struct does not fit beside the line */
    } else {
        atc__convert(mt->p->profiles[k], id, &mt->ln, mt->msg, mode, &r);
        mt->last = id;
        mt->last_k = k;
    }
    if (r.err == ATC_OK) {
        if (mode) {
            /* extra fields: the candidate that reads the most of them */
            if (mt->id == ATC_NO_MSG || r.count > mt->r.count) {
                mt->id = id;
                mt->k = k;
                mt->first = (uint8_t)mt->ln.first;
                mt->r = r;
                mt->tolerant = 1;
            }
            return 0;
        }
        /* values do not drop a message: the first candidate the syntax fits wins, unless it
         * needed a tolerant spelling or gave a warning and a later one of the same rank (or of
         * another profile) reads the line as written and without one */
        if (mt->id == ATC_NO_MSG || (mt->r.loose && !r.loose) ||
            (mt->r.warn != ATC_OK && r.warn == ATC_OK && (!r.loose || mt->r.loose))) {
            mt->id = id;
            mt->k = k;
            mt->first = (uint8_t)mt->ln.first;
            mt->r = r;
            mt->tolerant = 0;
        }
        return !r.loose && r.warn == ATC_OK;
    }
    if ((!record && r.err != ATC_ERR_LINE_TOO_LONG) || (mode && mt->fail_id != ATC_NO_MSG))
        return 0; /* (a line whose struct would not fit is that error, of any candidate) */
    /* the failure to report: a candidate the syntax fitted but a value could not (an announced
     * length), then the one that read the most fields, then one whose command is not pending */
    if (mt->fail_id == ATC_NO_MSG || (mt->fail.err == ATC_ERR_CONTEXT && r.err != ATC_ERR_CONTEXT) ||
        (r.err == ATC_ERR_LENGTH && mt->fail.err != ATC_ERR_LENGTH) ||
        (r.err != ATC_ERR_CONTEXT && mt->fail.err != ATC_ERR_LENGTH && r.reached > mt->fail.reached)) {
        mt->fail_id = id;
        mt->fail_k = k;
        mt->fail = r;
    }
    return 0;
}

static void atc__note_context(atc__match *mt, uint8_t k, uint16_t id)
{
    if (mt->fail_id == ATC_NO_MSG) {
        mt->fail_id = id;
        mt->fail_k = k;
        mt->fail.err = ATC_ERR_CONTEXT;
        mt->fail.warn = ATC_OK;
        mt->fail.field = ATC_NO_FIELD;
        mt->fail.reached = 0;
        mt->fail.count = 0;
    }
}

/* the line field holding a keyword after the head: its text, without quotes */
static unsigned atc__keyword(const atc__line *ln, const char **s)
{
    const atc__tok *t = ln->tok - ln->first;
    unsigned n = t->len_cls & ATC__TOK_MAX_LEN, cls = (unsigned)t->len_cls >> 12;
    *s = ln->base + t->at;
    while (n && (*s)[n - 1] == ' ')
        n--;
    if (cls == ATC__C_STR && n >= 2) {
        (*s)++;
        n -= 2;
    } else if (cls != ATC__C_BARE && cls != ATC__C_NUM) {
        return 0;
    }
    return n;
}

/* The whole line is an error (binary, too long): name the message its head names, if any. */
static void atc__line_error(atc_parser *p, const atc__cands *cands, const char *base, uint16_t len, atc_err e)
{
    uint8_t k;
    if (e == ATC_ERR_LINE_TOO_LONG && len > ATC__CUT)
        len = (uint16_t)ATC__CUT; /* as much as a line that came in pieces keeps */
    for (k = 0; k < p->nprofiles; k++)
        if (cands[k].head) {
            if (cands[k].list == cands[k].head && (cands[k].head->flags & ATC_H_KEYWORDS))
                break; /* the keyword that names the message is not known */
            atc__emit(p, ATC_KIND_ERROR, k, p->profiles[k]->ids[cands[k].list->cands], NULL, base, len, e,
                      ATC_OK, ATC_NO_FIELD);
            return;
        }
    atc__emit(p, ATC_KIND_ERROR, 0, ATC_NO_MSG, NULL, base, len, e, ATC_OK, ATC_NO_FIELD);
}

/* The common case, decided without the general machinery: one profile, a known head, no
 * escapes to undo, and a candidate that takes the line cleanly in rank order before any command
 * or bare-text answer would be due. Returns 0 to leave the line to the general path. */
ATC__NOINLINE static int atc__line_fast(atc_parser *p, const char *base, uint16_t len, const char *head, unsigned head_len,
                          unsigned term)
{
    const atc_profile *prof = p->profiles[0];
    const atc__tok *toks = ATC__TOKS(p);
    const uint16_t *rp;
    unsigned ntok = p->ntok, glued, i, j, nrest;
    const atc_head *h = atc__head(prof, head, head_len, term, &glued), *list;
    atc__line ln;
    char *msg;
    size_t used;
    if (!h || (h->flags & ATC_H_GLUED_VALUE))
        return 0;
    used = ((len + 7u) & ~7u) + ntok * sizeof(atc__tok);
    if (used > ATC__TOP)
        return 0;
    ln.base = base;
    ln.len = len;
    ln.tok = toks - 1;
    ln.ntok = (uint16_t)ntok;
    ln.nstored = (uint16_t)ntok;
    ln.first = (uint16_t)(term == ATC_TERM_TEST ? 2 : 1);
    ln.head = head;
    ln.head_len = (uint16_t)head_len;
    ln.glued = (uint16_t)glued;
    list = h;
    if ((h->flags & ATC_H_KEYWORDS) && ntok > ln.first) {
        const char *kw;
        unsigned kn = atc__keyword(&ln, &kw);
        const atc_head *v = kn ? atc__find(prof, kw, kn, ATC_TERM_KEYWORD, (unsigned)(h - prof->heads)) : NULL;
        if (v)
            list = v;
    }
    msg = p->line.bytes + ((len + 7u) & ~7u);
    nrest = (unsigned)list->nresp + list->nrest;
    rp = atc__replies(p, 0, list);
    for (i = rp ? list->nresp : 0, j = 0;;) {
        uint16_t id;
        const atc_msg_desc *d;
        unsigned nvals = ntok - ln.first, at;
        atc__result r;
        if (rp && j < rp[0]) { /* the pending command's answers that this head has */
            id = rp[1 + j++];
            if (!atc__is_answer_of(prof, list, id))
                continue;
            at = 0;
        } else if (i < list->ncands) {
            at = i++;
            id = prof->ids[list->cands + at];
        } else {
            break;
        }
        d = &prof->msgs[id];
        if (at >= nrest && prof->headless != ATC__NO_HEAD && p->pending != ATC_NO_MSG)
            return 0; /* a bare-text answer is due before the commands */
        if (!rp && at < list->nresp && !atc__answers(p, 0, d))
            continue;
        if (nvals > d->max_count || d->size > ATC__TOP - used)
            continue;
        r.err = ATC_OK;
        r.warn = ATC_OK;
        r.field = ATC_NO_FIELD;
        r.reached = 0;
        r.count = 0;
        atc__convert(prof, id, &ln, msg, 0, &r);
        if (r.err != ATC_OK)
            continue;
        if (r.loose || r.warn != ATC_OK)
            return 0; /* a tolerant spelling or a warning: a later candidate might read it cleanly */
        {
            uint16_t data_at = 0xFFFF;
            if ((d->flags & ATC_M_PAYLOAD) && prof->payloads[d->extra].inline_when != 0xFFFF &&
                atc__conds(p, 0, prof->payloads[d->extra].inline_when, msg, id)) {
                unsigned t = (unsigned)ln.first + r.count;
                data_at = t < ln.nstored ? (ln.tok - t)->at : len;
            }
            atc__emit(p, (atc_kind)d->kind, 0, id, msg, base, len, ATC_OK, r.warn, r.field);
            atc__after(p, 0, id, msg, base, len, data_at);
        }
        return 1;
    }
    return 0;
}

ATC__NOINLINE static void atc__line_slow(atc_parser *p, const char *base, uint16_t len, const char *head, unsigned head_len,
                           unsigned term, unsigned headful);

/* The end of the command at or after `at` in a line joined by ';': the next ";+" outside quotes
 * (an extended command follows; the encoder writes no bare value holding one). */
static unsigned atc__joined_end(const char *b, unsigned at, unsigned len)
{
    int quoted = 0;
    for (; at < len; at++) {
        if (b[at] == '"')
            quoted = !quoted;
        else if (b[at] == '\\' && quoted && at + 1 < len)
            at++;
        else if (b[at] == ';' && !quoted && at + 1 < len && b[at + 1] == '+')
            return at;
    }
    return len;
}

/* AT+QLASREGIND=0;+QLAREGSWT=1 (V.250 5.2.1): commands joined by ';' are the commands they are.
 * The line is moved up the line buffer, between the struct each command's decoding builds at the
 * bottom and the field records at the top, and atc__replay scans it again one command at a time
 * ("AT" + its text) once the scanner has returned (no recursion: the stack stays as deep as for
 * one line). Returns 0 when there is not room for that (the line is then read whole). */
ATC_API int atc__line_joined(atc_parser *p, const char *base, uint16_t len)
{
    unsigned k, i, largest = 0, at;
    unsigned records = (p->ntok + 2u) * (unsigned)sizeof(atc__tok); /* a command's fields at most */
    for (k = 0; k < p->nprofiles; k++)
        for (i = 0; i < p->profiles[k]->nmsgs; i++)
            if (p->profiles[k]->msgs[i].size > largest)
                largest = p->profiles[k]->msgs[i].size;
    if (((len + 7u) & ~7u) + largest + len + 1u + records > ATC__TOP)
        return 0;
    at = ATC__TOP - records - len - 1u;
    memmove(p->line.bytes + at, base, len);
    p->replay_at = (uint16_t)at;
    p->replay_len = len;
    return 1;
}

/* The module answers joined commands in order and ends the line with one final result: the
 * answers of each are in context until then. */
ATC_API void atc__replay(atc_parser *p)
{
    char *b = p->line.bytes + p->replay_at;
    unsigned len = p->replay_len, start = 0, end, n = 0;
    uint16_t earlier[2];
    p->replay_len = 0;
    earlier[0] = earlier[1] = ATC_NO_MSG;
    while (start < len && p->mode == ATC_MODE_LINES) {
        end = atc__joined_end(b, start + 2, len);
        b[end] = '\r'; /* over the ';', or after the last command */
        atc__scan_reset(p);
        p->pflags |= ATC__P_REPLAY;
        (void)atc__scan(p, b + start, b + end + 1);
        p->pflags &= (uint8_t)~ATC__P_REPLAY;
        if (p->pending != ATC_NO_MSG && end < len) {
            if (n == 2) {
                earlier[0] = earlier[1];
                n = 1;
            }
            earlier[n++] = ATC__JOINED(p->pending, p->pending_profile);
        }
        if (end + 1 >= len)
            break;
        /* the next command: "AT" over the ';' and the byte before it (both read already) */
        start = end - 1;
        b[start] = 'A';
        b[start + 1] = 'T';
    }
    atc__scan_reset(p);
    p->joined[0] = earlier[0];
    p->joined[1] = earlier[1];
    p->joined_for = p->pending;
}

ATC_API void atc__line_end(atc_parser *p, const char *base, uint16_t len)
{
    const atc__tok *toks = ATC__TOKS(p);
    unsigned ntok = p->ntok, term = p->term, headful = 0, head_len = 0;
    const char *head = base;
    if (len > 3 && (base[0] | 0x20) == 'a' && (base[1] | 0x20) == 't' && p->mode == ATC_MODE_LINES &&
        (p->profiles[0]->flags & ATC_P_JOINED) &&
        !(p->lflags & (ATC__L_OVERFLOW | ATC__L_BINARY)) && memchr(base + 2, ';', len - 2u) &&
        atc__joined_end(base, 2, len) < len && atc__line_joined(p, base, len))
        return;
    /* a line that did not fit was cut: only its head and keyword are read, to name its error */
    if ((p->lflags & ATC__L_OVERFLOW) &&
        ((p->lflags & ATC__L_LOST) || !ntok || toks[-1].at + (toks[-1].len_cls & ATC__TOK_MAX_LEN) > len)) {
        atc__emit(p, ATC_KIND_ERROR, 0, ATC_NO_MSG, NULL, base, len > ATC__CUT ? (uint16_t)ATC__CUT : len,
                  ATC_ERR_LINE_TOO_LONG, ATC_OK, ATC_NO_FIELD);
        return;
    }
    /* the head: the first field, if it is bare text ending the line or at ':', '=' or '?' */
    if (ntok && ((unsigned)toks[-1].len_cls >> 12) == ATC__C_BARE && term != ATC_TERM_COMMA &&
        (term != ATC_TERM_EOL || ntok == 1)) {
        head = base + toks[-1].at;
        head_len = toks[-1].len_cls & ATC__TOK_MAX_LEN;
        while (head_len && head[head_len - 1] == ' ')
            head_len--;
        while (head_len && head[0] == ' ') {
            head++;
            head_len--;
        }
        headful = 1;
        if (term == ATC_TERM_EQUAL && ntok == 2) {
            /* AT+X=? : the test form */
            const char *q = base + toks[-2].at;
            unsigned qn = toks[-2].len_cls & ATC__TOK_MAX_LEN;
            while (qn && q[qn - 1] == ' ')
                qn--;
            if (qn == 1 && q[0] == '?') {
                unsigned k, g;
                for (k = 0; k < p->nprofiles; k++)
                    if (atc__head(p->profiles[k], head, head_len, ATC_TERM_TEST, &g))
                        break;
                /* without a test form, '?' is the value of the set form: AT+MQTTPSW=? */
                term = k < p->nprofiles ? ATC_TERM_TEST : ATC_TERM_EQUAL;
            }
        }
        if (p->nprofiles == 1 && !(p->lflags & (ATC__L_ESC | ATC__L_OVERFLOW | ATC__L_BINARY)) &&
            ntok <= ATC__TOP / sizeof(atc__tok) && !(p->pflags & ATC__P_OWN_OK) &&
            atc__line_fast(p, base, len, head, head_len, term))
            return;
    }
    atc__line_slow(p, base, len, head, head_len, term, headful);
}

static int atc__blank(const char *s, unsigned n)
{
    while (n && s[n - 1] == ' ')
        n--;
    return n == 0;
}

/* The general path: several profiles, glued heads, warnings, bare-text answers, errors. */
static void atc__line_slow(atc_parser *p, const char *base, uint16_t len, const char *head, unsigned head_len,
                           unsigned term, unsigned headful)
{
    atc__tok *toks = ATC__TOKS(p);
    atc__cands cands[ATC_MAX_PROFILES];
    atc__match mt;
    unsigned ntok = p->ntok, k, rank, pass, merged = 0;
    uint16_t turn = ATC_NO_MSG;
    const uint16_t *rp;
    unsigned cap = ATC__TOP / sizeof(atc__tok), used;
    int found = 0, own_ok;
    atc__tok saved;
    own_ok = (p->pflags & ATC__P_OWN_OK) != 0;
    p->pflags &= (uint8_t)~ATC__P_OWN_OK;
    mt.p = p;
    mt.id = ATC_NO_MSG;
    mt.fail_id = ATC_NO_MSG;
    mt.last = ATC_NO_MSG;
    mt.k = mt.first = mt.tolerant = mt.fail_k = mt.last_k = 0;
    mt.ln.base = base;
    mt.ln.len = len;
    mt.ln.tok = toks - 1;
    mt.ln.ntok = (uint16_t)ntok;
    mt.ln.nstored = (uint16_t)(ntok < cap ? ntok : cap);
    if (p->lflags & ATC__L_OVERFLOW) {
        /* of a cut line only the head and the keyword after it are known to be whole */
        mt.ln.nstored = (uint16_t)(ntok < 2 ? ntok : 2);
        if (ntok >= 2 && toks[-2].at + (toks[-2].len_cls & ATC__TOK_MAX_LEN) > len)
            mt.ln.nstored = 1;
    }
    mt.ln.first = 0;
    mt.ln.glued = 0;
    mt.ln.head = head;
    mt.ln.head_len = (uint16_t)head_len;
    for (k = 0; k < p->nprofiles; k++) {
        atc__cands *c = &cands[k];
        c->head = headful ? atc__head(p->profiles[k], head, head_len, term, &c->glued) : NULL;
        c->list = c->head;
        c->value = 0;
        if (!c->head)
            continue;
        found = 1;
        if ((c->head->flags & ATC_H_GLUED_VALUE) && c->glued < head_len && mt.ln.nstored) {
            /* +ERR3: the code glued to the head becomes the first field, in place of the head */
            uint32_t v = 0;
            unsigned i;
            for (i = c->glued; i < head_len; i++)
                v = v * 10u + (uint32_t)(head[i] - '0');
            toks[-1].at = (uint16_t)(head - base + c->glued);
            toks[-1].len_cls = (uint16_t)((head_len - c->glued) |
                                          ((head_len - c->glued > 9 ? ATC__C_BARE : ATC__C_NUM) << 12));
            toks[-1].val = v;
            c->value = 1;
        }
    }
    /* keyword variants: the candidates of the keyword that follows the head */
    for (k = 0; k < p->nprofiles; k++) {
        const atc_head *h = cands[k].head;
        if (h && (h->flags & ATC_H_KEYWORDS) && ntok > headful && headful < mt.ln.nstored) {
            const char *kw;
            unsigned kn;
            const atc_head *v;
            mt.ln.first = (uint16_t)headful;
            kn = atc__keyword(&mt.ln, &kw);
            v = kn ? atc__find(p->profiles[k], kw, kn, ATC_TERM_KEYWORD, (unsigned)(h - p->profiles[k]->heads)) : NULL;
            if (v)
                cands[k].list = v;
        }
    }
    /* the room a line takes is the same however it arrived: its bytes, its fields, its struct */
    used = ((len + 7u) & ~7u) + ntok * (unsigned)sizeof(atc__tok);
    if ((p->lflags & (ATC__L_OVERFLOW | ATC__L_BINARY)) || used > ATC__TOP) {
        /* a line that does not fit is too long, whatever else it holds, however it arrived */
        atc__line_error(p, cands, base, len,
                        (p->lflags & ATC__L_BINARY) && !(p->lflags & ATC__L_OVERFLOW) && used <= ATC__TOP
                            ? ATC_ERR_BINARY
                            : ATC_ERR_LINE_TOO_LONG);
        return;
    }
    mt.room = ATC__TOP - used;
    /* a quoted string with escapes is unescaped in the line buffer: copy a line that is not there */
    if ((p->lflags & ATC__L_ESC) && base != p->line.bytes) {
        memcpy(p->line.bytes, base, len);
        head = p->line.bytes + (head - base);
        mt.ln.head = head;
        base = p->line.bytes;
        mt.ln.base = base;
    }
    mt.msg = p->line.bytes + ((len + 7u) & ~7u);
    for (pass = 0; pass < 2 && mt.id == ATC_NO_MSG; pass++) {
        if (pass == 1 && mt.fail_id != ATC_NO_MSG && mt.fail.err == ATC_ERR_LENGTH)
            break; /* a line that has a payload's syntax but not its length is that error */
        for (rank = 0; rank < 4; rank++) {
            for (k = 0; k < p->nprofiles; k++) {
                const atc_profile *prof = p->profiles[k];
                const atc_head *h = cands[k].list;
                unsigned from, to, i;
                if (rank == 2) {
                    /* answers without a head: the whole line is their fields */
                    if (prof->headless == ATC__NO_HEAD || !atc__pending_in(p, (uint8_t)k))
                        continue;
                    if ((cands[k].head && (cands[k].head->nrest || cands[k].head->nresp)) ||
                        (p->pflags & ATC__P_REPLAY))
                        continue; /* the head of a URC, a result (+ERR) or another answer: an error
                                     of it, not text; a command of a joined line: not the text of
                                     the one before */
                    if (atc__blank(base, len))
                        continue; /* spaces only: no text to answer with */
                    h = &prof->heads[prof->headless];
                    from = 0;
                    to = h->ncands;
                    if (headful && term != ATC_TERM_EOL && !merged && mt.ln.nstored >= 2) {
                        /* the first field ended at ':', '=' or '?' as a head would (day:3): join it
                         * to the next again; line field 1 then stands for both */
                        saved = toks[-2];
                        toks[-2].len_cls = (uint16_t)(((toks[-2].at + (toks[-2].len_cls & ATC__TOK_MAX_LEN)) -
                                                       toks[-1].at) | (ATC__C_BARE << 12));
                        toks[-2].at = toks[-1].at;
                        merged = 1;
                    }
                    mt.ln.first = (uint16_t)merged;
                    mt.ln.glued = 0;
                    turn = atc__headless_turn(p, (uint8_t)k, h);
                } else {
                    if (!h)
                        continue;
                    from = rank == 0 ? 0 : rank == 1 ? h->nresp : (unsigned)h->nresp + h->nrest;
                    to = rank == 0 ? h->nresp : rank == 1 ? (unsigned)h->nresp + h->nrest : h->ncands;
                    mt.ln.first = (uint16_t)(cands[k].value ? 0 : term == ATC_TERM_TEST ? 2 : headful);
                    mt.ln.glued = (uint16_t)(cands[k].value ? head_len : cands[k].glued);
                }
                if (rank == 0 && (rp = atc__replies(p, (uint8_t)k, h)) != NULL) {
                    /* a head with many answers: the pending command's, then (for the error) one
                     * of another command */
                    for (i = 0; i < rp[0]; i++)
                        if (atc__is_answer_of(prof, h, rp[1 + i]) &&
                            atc__try(&mt, (uint8_t)k, rp[1 + i], 1, pass ? ATC__CONV_TOLERANT : 0))
                            goto decided;
                    for (i = from; i < to && mt.fail_id == ATC_NO_MSG; i++)
                        if (!atc__answers(p, (uint8_t)k, &prof->msgs[prof->ids[h->cands + i]]))
                            atc__note_context(&mt, (uint8_t)k, prof->ids[h->cands + i]);
                    continue;
                }
                for (i = from; i < to; i++) {
                    uint16_t id = prof->ids[h->cands + i];
                    if ((rank == 0 || rank == 2) && !atc__answers(p, (uint8_t)k, &prof->msgs[id])) {
                        if (rank == 0)
                            atc__note_context(&mt, (uint8_t)k, id);
                        continue;
                    }
                    if (rank == 2 && turn != ATC_NO_MSG &&
                        !atc__answers_cmd(prof, &prof->msgs[id], (uint16_t)(turn & 0x1FFFu)))
                        continue; /* the answer of another of the joined commands */
                    if (atc__try(&mt, (uint8_t)k, id, rank != 2, pass ? ATC__CONV_TOLERANT : 0))
                        goto decided;
                }
            }
            if (merged && mt.id == ATC_NO_MSG && rank == 2) {
                toks[-2] = saved; /* as it was, for the command heads */
                merged = 0;
            }
            if (mt.id != ATC_NO_MSG)
                break;
        }
    }
decided:
    if (mt.id != ATC_NO_MSG) {
        const atc_profile *prof = p->profiles[mt.k];
        const atc_msg_desc *d = &prof->msgs[mt.id];
        uint16_t data_at = 0xFFFF;
        mt.ln.first = mt.first;
        mt.ln.glued = (uint16_t)(cands[mt.k].value ? head_len : cands[mt.k].glued);
        /* the winner's struct, again if another candidate was tried after it or strings need
         * their escapes undone (in place, now that it is the winner) */
        if ((p->lflags & ATC__L_ESC) || mt.last != mt.id || mt.last_k != mt.k) {
            atc__result r;
            atc__convert(prof, mt.id, &mt.ln, mt.msg, ATC__CONV_UNESCAPE | (mt.tolerant ? ATC__CONV_TOLERANT : 0), &r);
        }
        if (own_ok && mt.id == prof->msg_ok) {
            /* the OK of a report that carries its own (ICA): not the pending command's */
            p->pflags |= ATC__P_OWN_OK;
            atc__emit(p, ATC_KIND_FINAL, mt.k, mt.id, mt.msg, base, len, ATC_OK, ATC_OK, ATC_NO_FIELD);
            p->pflags &= (uint8_t)~ATC__P_OWN_OK;
            atc__own_ok(p);
            return;
        }
        /* the payload written on the header line (AT+QICFG="viewmode",1): what follows the
         * fields the header has is data, not extra fields */
        if ((d->flags & ATC_M_PAYLOAD) && prof->payloads[d->extra].inline_when != 0xFFFF &&
            atc__conds(p, mt.k, prof->payloads[d->extra].inline_when, mt.msg, mt.id)) {
            unsigned t = (unsigned)mt.first + mt.r.count;
            data_at = t < mt.ln.nstored ? (mt.ln.tok - t)->at : len;
            if (mt.r.warn == ATC_ERR_EXTRA)
                mt.r.warn = ATC_OK;
        }
        if (!prof->text[prof->prefixes[mt.id]] && d->kind == ATC_KIND_RESPONSE && prof->headless != ATC__NO_HEAD) {
            /* an answer line of a joined command before the last: the next such line is the next
             * command's (AT+CGMI;+CGMM: one line each; only the last may print several) */
            turn = atc__headless_turn(p, mt.k, &prof->heads[prof->headless]);
            if (turn != ATC_NO_MSG && (turn == p->joined[0] || turn == p->joined[1]))
                p->joined[p->joined[0] == turn ? 0 : 1] = ATC_NO_MSG;
        }
        atc__emit(p, (atc_kind)d->kind, mt.k, mt.id, mt.msg, base, len, ATC_OK, mt.r.warn, mt.r.field);
        atc__after(p, mt.k, mt.id, mt.msg, base, len, data_at);
        return;
    }
    if (mt.fail_id != ATC_NO_MSG && mt.fail.err == ATC_ERR_CONTEXT &&
        (p->profiles[mt.fail_k]->msgs[mt.fail_id].flags & ATC_M_CONTEXT)) {
        /* a head that many commands' answers share (USR +OK=) names none of them */
        atc__emit(p, ATC_KIND_UNKNOWN, 0, ATC_NO_MSG, NULL, base, len, ATC_OK, ATC_OK, ATC_NO_FIELD);
        return;
    }
    if (mt.fail_id != ATC_NO_MSG && (found || mt.fail.err != ATC_ERR_CONTEXT)) {
        atc__emit(p, ATC_KIND_ERROR, mt.fail_k, mt.fail_id, NULL, base, len, mt.fail.err, ATC_OK, mt.fail.field);
        return;
    }
    if (found) {
        atc__line_error(p, cands, base, len, ATC_ERR_MALFORMED);
        return;
    }
    if (atc__handshake_line(p, base, len))
        return;
    atc__emit(p, ATC_KIND_UNKNOWN, 0, ATC_NO_MSG, NULL, base, len, ATC_OK, ATC_OK, ATC_NO_FIELD);
}

/* SPDX-License-Identifier: MIT */
/* Framing: the parser's life cycle, the data phases between lines (announced payloads, data
 * after a '>' prompt, transparent mode), the pending command and the session state. */
/* (amalgamated: atc.h) */
#include <string.h>

/* Transparent mode's state in p->left (atc__transparent) */
enum { ATC__T_SEEN = 1, ATC__T_BOL = 2, ATC__T_DONE = 4 };

/* ---- Session state: 2-bit cells, each profile's after the previous profile's ---- */

static unsigned atc__state_cell(const atc_parser *p, uint8_t k, uint8_t state, uint8_t index, unsigned *shift)
{
    const atc_profile *prof = p->profiles[k];
    unsigned base = 0, cell;
    uint8_t i;
    for (i = 0; i < k; i++)
        base += p->profiles[i]->state_bytes;
    cell = prof->states[3u * state] + (index < prof->states[3u * state + 1] ? index : 0u);
    *shift = (cell & 3u) * 2u;
    return base + cell / 4u;
}

ATC_API uint8_t atc__state(const atc_parser *p, uint8_t k, uint8_t state, uint8_t index)
{
    unsigned shift, at = atc__state_cell(p, k, state, index, &shift);
    return (uint8_t)((p->state[at] >> shift) & 3u);
}

static void atc__set_cell(atc_parser *p, uint8_t k, uint8_t state, uint8_t index, uint8_t v)
{
    unsigned shift, at = atc__state_cell(p, k, state, index, &shift);
    p->state[at] = (uint8_t)((p->state[at] & ~(3u << shift)) | ((unsigned)(v & 3u) << shift));
}

static int atc__profile_index(const atc_parser *p, const atc_profile *profile)
{
    uint8_t k;
    for (k = 0; k < p->nprofiles; k++)
        if (p->profiles[k] == profile)
            return k;
    return -1;
}

static void atc__passthrough(atc_parser *p, uint8_t k, int on);

ATC_API void atc_set_state(atc_parser *p, const atc_profile *profile, uint8_t state, uint8_t index, uint8_t value)
{
    int k = atc__profile_index(p, profile);
    if (k < 0 || state >= profile->nstates)
        return;
    atc__set_cell(p, (uint8_t)k, state, index, value);
    if (state == profile->passthrough_state && (value == 1 || (value == 0 && p->mode == ATC_MODE_TRANSPARENT)))
        atc__passthrough(p, (uint8_t)k, value == 1);
}

ATC_API uint8_t atc_get_state(const atc_parser *p, const atc_profile *profile, uint8_t state, uint8_t index)
{
    int k = atc__profile_index(p, profile);
    if (k < 0 || state >= profile->nstates)
        return ATC_STATE_UNKNOWN;
    return atc__state(p, (uint8_t)k, state, index);
}

/* Does the condition list at `at` hold for message id's struct msg? */
ATC_API int atc__conds(const atc_parser *p, uint8_t k, uint16_t at, const void *msg, uint16_t id)
{
    const atc_cond *c = p->profiles[k]->conds + at;
    int group = 1;
    for (;; c++) {
        uint8_t index = 0;
        if (c->field >= 0) {
            int32_t v;
            if (!atc__get_int(p->profiles[k], id, msg, c->field, &v) || v < 0 || v > 255)
                group = 0;
            index = (uint8_t)v;
        }
        if (group && atc__state(p, k, c->state, index) != c->value)
            group = 0;
        if (c->last) {
            if (group)
                return 1;
            if (c->last == 2)
                return 0;
            group = 1;
        }
    }
}

/* What decoding command id does to the session state at once (on = 0), or at its OK (on = 1:
 * kept in p->later until then). */
ATC_API void atc__effects(atc_parser *p, uint8_t k, uint16_t id, const void *msg, uint8_t on)
{
    const atc_profile *prof = p->profiles[k];
    uint16_t i;
    for (i = 0; i < prof->neffects; i++) {
        const atc_effect *e = &prof->effects[i];
        int32_t v = e->value, index = 0;
        if (e->msg != id || (e->on & 1) != on)
            continue;
        if (e->field >= 0 && !atc__get_int(prof, id, msg, e->field, &v)) {
            if (!(e->on & 2))
                continue;
            v = e->value; /* the field is absent: the value it stands for */
        }
        if (e->index_field >= 0 && !atc__get_int(prof, id, msg, e->index_field, &index))
            continue;
        if (index < 0 || index > 255)
            continue;
        v = v >= 0 && v < 3 ? v : ATC_STATE_UNKNOWN;
        if (on == 0) {
            atc__set_cell(p, k, e->state, (uint8_t)index, (uint8_t)v);
        } else if (p->nlater < 2) {
            p->later[p->nlater][0] = e->state;
            p->later[p->nlater][1] = (uint8_t)index;
            p->later[p->nlater][2] = (uint8_t)v;
            p->nlater++;
        }
    }
}

/* The pending command's OK: the state changes it waited for. */
static void atc__effects_at_ok(atc_parser *p)
{
    uint8_t i;
    for (i = 0; i < p->nlater; i++)
        atc__set_cell(p, p->pending_profile, p->later[i][0], p->later[i][1], p->later[i][2]);
    p->nlater = 0;
}

/* ---- Parser life cycle ---- */

ATC_API int atc_init_multi(atc_parser *p, const atc_profile *const *profiles, uint8_t n,
                           const atc_callbacks *cb, void *user)
{
    unsigned bytes = 0;
    uint8_t k, s, i;
    if (n == 0 || n > ATC_MAX_PROFILES)
        return -1;
    for (k = 0; k < n; k++)
        bytes += profiles[k]->state_bytes;
    if (bytes > ATC_STATE_BYTES)
        return -1;
    memset(p, 0, sizeof *p);
    p->user = user;
    p->cb = cb;
    p->nprofiles = n;
    for (k = 0; k < n; k++)
        p->profiles[k] = profiles[k];
    p->mode = ATC_MODE_LINES;
    p->pending = ATC_NO_MSG;
    p->joined[0] = p->joined[1] = p->joined_for = ATC_NO_MSG;
    p->replay_len = 0;
    atc__scan_reset(p);
    for (k = 0; k < n; k++)
        for (s = 0; s < profiles[k]->nstates; s++)
            for (i = 0; i < profiles[k]->states[3u * s + 1]; i++)
                atc__set_cell(p, k, s, i, profiles[k]->states[3u * s + 2]);
    return 0;
}

ATC_API void atc_init(atc_parser *p, const atc_profile *profile, const atc_callbacks *cb, void *user)
{
    atc_init_multi(p, &profile, 1, cb, user);
}

ATC_API void atc_reset_pending(atc_parser *p)
{
    p->pending = ATC_NO_MSG;
    p->prompt_rule = 0xFFFF;
    p->pflags &= (uint8_t)~(ATC__P_AFTER_OK | ATC__P_SENT);
    p->lflags &= (uint8_t)~ATC__L_PROMPT;
    p->nlater = 0;
    p->next.flags = 0;
}

/* ---- Completion rules: the URCs that complete a command after its final result ---- */

/* Do the rule's (field, lo, hi, unless) rows hold for the command's struct? The rows of one
 * field and kind are consecutive: a `when` field must be present within one of its rows, and no
 * `unless` row may hold. */
static int atc__cmd_conds(const atc_profile *prof, const atc_completion *c, uint16_t id, const void *msg)
{
    const int32_t *row = prof->ints + c->cmd_conds;
    uint8_t i = 0;
    while (i < c->ncmd_conds) {
        int32_t field = row[4u * i], v = 0;
        int unless = row[4u * i + 3u] != 0, in = 0, has = atc__get_int(prof, id, msg, field, &v);
        for (; i < c->ncmd_conds && row[4u * i] == field && (row[4u * i + 3u] != 0) == unless; i++)
            in |= has && v >= row[4u * i + 1u] && v <= row[4u * i + 2u];
        if (in == unless)
            return 0;
    }
    return 1;
}

ATC_API int atc__completion(const atc_parser *p, uint8_t k, uint16_t id, const void *msg)
{
    const atc_profile *prof = p->profiles[k];
    uint16_t i;
    for (i = 0; i < prof->ncompletions; i++) {
        const atc_completion *c = &prof->completions[i];
        if (c->cmd != id)
            continue;
        if (c->when != 0xFFFF && !atc__conds(p, k, c->when, NULL, id))
            continue;
        if (atc__cmd_conds(prof, c, id, msg))
            return (int)i;
    }
    return -1;
}

/* The pending command's rule, if one applies: armed now, awaited from its final result on. */
ATC__NOINLINE static void atc__arm(atc_parser *p, uint8_t k, uint16_t id, const void *msg)
{
    const atc_profile *prof = p->profiles[k];
    int r = atc__completion(p, k, id, msg);
    const atc_completion *c;
    int32_t v;
    if (r < 0)
        return;
    c = &prof->completions[r];
    p->next.rule = (uint8_t)r;
    p->next.key = 0;
    p->next.flags = (uint8_t)(ATC__A_ARMED | (k << 5));
    if (c->key_resp != ATC_NO_MSG) {
        p->next.flags |= ATC__A_WANTS_KEY;
    } else if (c->key_field >= 0) {
        if (!atc__get_int(prof, id, msg, c->key_field, &p->next.key)) {
            p->next.flags = 0; /* nothing to correlate the URC with */
            return;
        }
        p->next.flags |= ATC__A_KEYED;
    }
    p->next.left = c->count_default;
    if (c->count_field >= 0 && atc__get_int(prof, id, msg, c->count_field, &v) && v >= 0 && v <= 0xFFFF)
        p->next.left = (uint16_t)v;
}

/* The pending command's final result was a success: it now awaits its URC. Returns 0 when the
 * table is full. An await of the same rule and key replaces the older one (whose URC never came). */
static int atc__await_push(atc_parser *p)
{
    uint8_t i, n = 0;
    for (i = 0; i < p->nawait; i++) {
        const atc__await *a = &p->await[i];
        if (ATC__A_K(a) == ATC__A_K(&p->next) && a->rule == p->next.rule &&
            (a->flags & ATC__A_KEYED) == (p->next.flags & ATC__A_KEYED) && a->key == p->next.key)
            continue;
        p->await[n++] = *a;
    }
    p->nawait = n;
    if (n == ATC_MAX_AWAIT)
        return 0;
    p->await[n] = p->next;
    p->nawait++;
    return 1;
}

ATC_API int atc_drop_await(atc_parser *p, const atc_profile *profile, uint16_t id)
{
    uint8_t i, n = 0;
    int dropped = 0;
    int k = atc__profile_index(p, profile);
    for (i = 0; i < p->nawait; i++) {
        const atc__await *a = &p->await[i];
        if ((int)ATC__A_K(a) == k && p->profiles[k]->completions[a->rule].cmd == id) {
            dropped++;
            continue;
        }
        p->await[n++] = *a;
    }
    p->nawait = n;
    if ((p->next.flags & ATC__A_ARMED) && (int)ATC__A_K(&p->next) == k &&
        p->profiles[k]->completions[p->next.rule].cmd == id) {
        p->next.flags = 0;
        dropped++;
    }
    return dropped;
}

ATC_API uint8_t atc_awaiting(const atc_parser *p)
{
    return p->nawait;
}

/* What URC id (of profile k, struct msg) is to await a: -1 not its, 0 a line of its progress,
 * 1 the line that completes it. */
ATC__NOINLINE static int atc__await_line(const atc_parser *p, atc__await *a, uint8_t k, uint16_t id, const void *msg)
{
    const atc_profile *prof = p->profiles[k];
    const atc_completion *c;
    uint8_t i;
    if (ATC__A_K(a) != k || (a->flags & ATC__A_WANTS_KEY))
        return -1;
    c = &prof->completions[a->rule];
    for (i = 0; i < c->nparts; i++) {
        const atc_await_part *pt = &prof->await_parts[c->parts + i];
        int32_t v;
        if (pt->urc != id || (pt->role == ATC_AWAIT_COUNTED) != ((a->flags & ATC__A_COUNTING) != 0))
            continue;
        if (pt->key >= 0 && (a->flags & ATC__A_KEYED) && !(atc__get_int(prof, id, msg, pt->key, &v) && v == a->key))
            continue;
        if (pt->value_field >= 0) {
            uint8_t j;
            int in = 0;
            if (atc__get_int(prof, id, msg, pt->value_field, &v))
                for (j = 0; j < pt->nvalues && !in; j++)
                    in = v >= prof->ints[pt->values + 2u * j] && v <= prof->ints[pt->values + 2u * j + 1u];
            if (!in)
                continue;
        }
        switch (pt->role) {
        case ATC_AWAIT_ENDS:
            if (pt->count_field >= 0 && atc__get_int(prof, id, msg, pt->count_field, &v) && v > 0) {
                a->flags |= ATC__A_COUNTING; /* the lines it announces follow */
                a->left = (uint16_t)(v > 0xFFFF ? 0xFFFF : v);
                return 0;
            }
            return 1;
        case ATC_AWAIT_REPLY:
            if (a->left == 0)
                return 1;
            a->left--;
            return 0;
        case ATC_AWAIT_COUNTED:
            return --a->left == 0;
        default:
            return 0;
        }
    }
    return -1;
}

/* What line (id, of profile k) does to the pending command and the awaited ones: sets
 * ev->command and ev->completes, and may warn that the table is full. */
ATC__NOINLINE static void atc__belongs(atc_parser *p, atc_event *ev, uint8_t k, uint16_t id, const void *msg)
{
    const atc_msg_desc *d = ev->desc;
    const atc_profile *prof = p->profiles[k];
    if (d->kind == ATC_KIND_COMMAND)
        return;
    if (d->kind == ATC_KIND_URC) {
        int i;
        if (d->flags & ATC_M_RESTART) {
            /* the module forgot everything it was doing */
            atc_reset_pending(p);
            p->nawait = 0;
            return;
        }
        /* the pending command's rule (its URC before its final result), then the awaits, oldest first */
        for (i = -1; i < (int)p->nawait; i++) {
            atc__await *a = i < 0 ? &p->next : &p->await[i];
            int r;
            if ((i < 0 && (a->flags & (ATC__A_ARMED | ATC__A_DONE)) != ATC__A_ARMED) ||
                (r = atc__await_line(p, a, k, id, msg)) < 0)
                continue;
            ev->command = prof->completions[a->rule].cmd;
            ev->command_profile = prof;
            if (r) {
                ev->completes = 1;
                if (i < 0) {
                    a->flags |= ATC__A_DONE;
                } else {
                    memmove(a, a + 1, (size_t)(p->nawait - i - 1) * sizeof *a);
                    p->nawait--;
                }
            }
            return;
        }
        return;
    }
    /* (a final result of one profile ends the pending command of another) */
    if (p->pending == ATC_NO_MSG || (p->pflags & ATC__P_OWN_OK))
        return;
    ev->command = p->pending;
    ev->command_profile = p->profiles[p->pending_profile];
    prof = ev->command_profile;
    if (d->kind == ATC_KIND_RESPONSE && (p->next.flags & ATC__A_WANTS_KEY) && k == p->pending_profile &&
        prof->completions[p->next.rule].key_resp == id &&
        atc__get_int(prof, id, msg, prof->completions[p->next.rule].key_field, &p->next.key)) {
        p->next.flags = (uint8_t)((p->next.flags & ~ATC__A_WANTS_KEY) | ATC__A_KEYED);
    }
    if (d->kind != ATC_KIND_FINAL && !(d->flags & ATC_M_ENDS_COMMAND))
        return;
    if (!(d->flags & ATC_M_ERROR)) {
        if (p->prompt_rule != 0xFFFF && (p->pflags & ATC__P_AFTER_OK))
            return; /* the host's data follows this OK; the command goes on */
        if (p->next.flags & ATC__A_DONE)
            return; /* its URC came first */
        if ((p->next.flags & (ATC__A_ARMED | ATC__A_WANTS_KEY)) == ATC__A_ARMED) {
            if (!atc__await_push(p) && ev->warning == ATC_OK)
                ev->warning = ATC_ERR_AWAIT_FULL;
            return;
        }
    }
    ev->completes = 1; /* an error, or a command that nothing follows (also: no answer gave the key) */
}

/* ---- The pending command ---- */

static void atc__pending(atc_parser *p, uint8_t k, uint16_t id, const void *msg, int sent)
{
    const atc_profile *prof = p->profiles[k];
    const atc_msg_desc *d = &prof->msgs[id];
    uint8_t r;
    atc_reset_pending(p);
    p->pending = id;
    p->pending_profile = k;
    p->pflags &= (uint8_t)~ATC__P_SEEN;
    if (sent)
        p->pflags |= ATC__P_SENT;
    if (d->flags & ATC_M_SETS_STATE) {
        atc__effects(p, k, id, msg, 0);
        atc__effects(p, k, id, msg, 1);
    }
    if (d->flags & ATC_M_AWAITS)
        atc__arm(p, k, id, msg);
    /* the first data-phase rule whose condition holds decides */
    for (r = 0; r < d->nanswers && d->kind == ATC_KIND_COMMAND; r++) {
        const atc_prompt_desc *pr = &prof->prompts[d->answers + r];
        int32_t v = 0;
        int holds = 1;
        if (pr->when_kind == 1)
            holds = atc__get_int(prof, id, msg, pr->when_field, &v) && v == pr->when_value;
        else if (pr->when_kind == 2 || pr->when_kind == 3)
            holds = atc_field_present(&atc_msg_fields(prof, id)[pr->when_field], msg) == (pr->when_kind == 2);
        if (!holds)
            continue;
        if (pr->none)
            return;
        p->prompt_rule = (uint16_t)(d->answers + r);
        p->prompt_len = (uint16_t)(atc__get_int(prof, id, msg, pr->length_field, &v) && v >= 0 && v <= 0xFFFF
                                       ? v : 0);
        if (pr->length_field >= 0 && !atc__get_int(prof, id, msg, pr->length_field, &v))
            p->prompt_len = 0xFFFF; /* the length is absent: up to the terminator */
        if (pr->length_field < 0)
            p->prompt_len = 0xFFFF;
        if (pr->after_ok)
            p->pflags |= ATC__P_AFTER_OK;
        else
            p->lflags |= ATC__L_PROMPT;
        return;
    }
}

/* The escape (+++) was sent: the handshake that leaves passthrough follows. */
static void atc__handshake_begin(atc_parser *p, uint8_t k)
{
    p->mode = ATC_MODE_HANDSHAKE;
    p->mode_profile = k;
    p->hold = 0;
    p->hold_which = 0;
}

ATC_API void atc_sent_in(atc_parser *p, const atc_profile *profile, uint16_t id, const void *msg)
{
    int k = atc__profile_index(p, profile);
    if (k < 0 || id >= profile->nmsgs || profile->msgs[id].kind != ATC_KIND_COMMAND)
        return;
    atc__pending(p, (uint8_t)k, id, msg, 1);
    if (id == profile->escape_cmd && profile->nhandshake)
        atc__handshake_begin(p, (uint8_t)k);
}

ATC_API void atc_sent(atc_parser *p, uint16_t id, const void *msg)
{
    atc_sent_in(p, p->profiles[0], id, msg);
}

/* ---- Events ---- */

ATC_API void atc__emit(atc_parser *p, atc_kind kind, uint8_t k, uint16_t id, const void *msg, const char *raw,
                       uint16_t rawlen, atc_err err, atc_err warn, uint8_t field)
{
    atc_event ev;
    const atc_profile *prof = id != ATC_NO_MSG ? p->profiles[k] : NULL;
    ev.profile = prof;
    ev.kind = (uint8_t)kind;
    ev.id = (uint16_t)id;
    ev.desc = prof ? &prof->msgs[id] : NULL;
    ev.msg = msg;
    ev.raw.ptr = raw;
    ev.raw.len = rawlen;
    ev.error = err;
    ev.warning = warn;
    ev.field = field;
    ev.completes = 0;
    ev.command = ATC_NO_MSG;
    ev.command_profile = NULL;
    if (kind != ATC_KIND_ERROR && ev.desc)
        atc__belongs(p, &ev, k, id, msg);
    if (kind != ATC_KIND_COMMAND)
        p->pflags |= ATC__P_SEEN;
    ev.dir = (uint8_t)((ev.desc && ev.desc->kind == ATC_KIND_COMMAND) ||
                               (!ev.desc && rawlen >= 2 && (raw[0] == 'A' || raw[0] == 'a') &&
                                (raw[1] == 'T' || raw[1] == 't'))
                           ? ATC_DIR_TX
                           : ATC_DIR_RX);
    if (p->cb && p->cb->on_event)
        p->cb->on_event(p, &ev);
}

ATC_API void atc__data(atc_parser *p, atc_dir dir, const char *data, size_t len)
{
    if (p->mode == ATC_MODE_TRANSPARENT && len)
        p->left |= 1u; /* (transparent mode: some data was passed through, ATC__T_SEEN) */
    if (len && p->cb && p->cb->on_data)
        p->cb->on_data(p, dir, data, len);
}

ATC_API void atc__data_end(atc_parser *p, atc_dir dir, atc_data_end how)
{
    if (p->cb && p->cb->on_data_end)
        p->cb->on_data_end(p, dir, how);
}

/* ---- After a decoded line ---- */

static void atc__payload_begin(atc_parser *p, uint32_t n)
{
    p->mode = ATC_MODE_PAYLOAD;
    p->left = n;
}

ATC_API void atc__own_ok(atc_parser *p)
{
    if (p->await_ok_payload) {
        atc__payload_begin(p, p->await_ok_payload);
        p->await_ok_payload = 0;
    }
}

/* The data phase of the pending command begins (after its '>' or its OK). */
static void atc__data_phase(atc_parser *p)
{
    const atc_profile *prof = p->profiles[p->pending_profile];
    const atc_prompt_desc *pr = &prof->prompts[p->prompt_rule];
    /* (without a data-echo state, the data is in a capture of both directions, not in the
     * module's output that atc_sent means) */
    uint8_t echo = pr->echo_state == 0xFF ? ATC_STATE_UNKNOWN : atc__state(p, p->pending_profile, pr->echo_state, 0);
    uint32_t n = p->prompt_len;
    p->lflags &= (uint8_t)~ATC__L_PROMPT;
    p->pflags &= (uint8_t)~ATC__P_AFTER_OK;
    /* the host's data is in the stream when the module echoes it; not known: when the command
     * itself was (a capture, a transcript), not when it came from atc_sent (the module's output) */
    if (echo == ATC_STATE_UNKNOWN)
        echo = !(p->pflags & ATC__P_SENT);
    if (!echo) {
        p->prompt_rule = 0xFFFF;
        return;
    }
    if (n != 0xFFFF && pr->hex != 0xFFFF && atc__conds(p, p->pending_profile, pr->hex, NULL, p->pending))
        n *= 2u;
    p->mode = ATC_MODE_PROMPT;
    p->left = n == 0xFFFF ? 0 : n;
    p->hold = 0;
}

ATC_API void atc__prompt_begin(atc_parser *p)
{
    const atc_profile *prof = p->profiles[p->pending_profile];
    atc__scan_reset(p);
    if (prof->msg_prompt != ATC_NO_MSG)
        atc__emit(p, ATC_KIND_INTERMEDIATE, p->pending_profile, prof->msg_prompt, p->line.bytes, "", 0, ATC_OK,
                  ATC_OK, ATC_NO_FIELD);
    p->pflags |= ATC__P_SPACE;
    p->pflags &= (uint8_t)~ATC__P_SKIP_LF;
    atc__data_phase(p);
}

ATC_API void atc__after(atc_parser *p, uint8_t k, uint16_t id, const void *msg, const char *base, uint16_t len,
                        uint16_t data_at)
{
    const atc_profile *prof = p->profiles[k];
    const atc_msg_desc *d = &prof->msgs[id];
    if (d->kind == ATC_KIND_COMMAND) {
        if (p->pending == id && p->pending_profile == k && (p->pflags & ATC__P_SENT) && !(p->pflags & ATC__P_SEEN))
            return; /* the module's echo of the command told with atc_sent: the stream is still its */
        atc__pending(p, k, id, msg, 0);
        if (id == prof->escape_cmd && prof->nhandshake)
            atc__handshake_begin(p, k);
        return;
    }
    if (d->kind == ATC_KIND_FINAL && !(d->flags & ATC_M_ERROR)) {
        if (p->pending != ATC_NO_MSG && p->pending == p->profiles[p->pending_profile]->enter_cmd) {
            /* AT+ENTM: back to passthrough */
            uint8_t pk = p->pending_profile;
            atc_reset_pending(p);
            atc__passthrough(p, pk, 1);
            return;
        }
        if (p->pending != ATC_NO_MSG) {
            atc__effects_at_ok(p);
            if (p->prompt_rule != 0xFFFF && (p->pflags & ATC__P_AFTER_OK)) {
                /* the host's data follows this OK; the command stays pending for its answer */
                if (p->lflags & ATC__L_AFTER_CR)
                    p->pflags |= ATC__P_SKIP_LF;
                p->pflags &= (uint8_t)~ATC__P_SPACE;
                atc__data_phase(p);
                return;
            }
        }
        if (p->await_ok_payload) {
            /* announced bytes (ICA binary answers) follow this OK, which ends the command */
            atc__payload_begin(p, p->await_ok_payload);
            p->await_ok_payload = 0;
            atc_reset_pending(p);
            return;
        }
    }
    if (d->kind == ATC_KIND_FINAL || (d->flags & ATC_M_ENDS_COMMAND))
        atc_reset_pending(p);
    if (d->flags & ATC_M_OWN_OK)
        p->pflags |= ATC__P_OWN_OK;
    if (d->flags & ATC_M_ENTERS_DATA) {
        p->mode = ATC_MODE_TRANSPARENT;
        p->mode_profile = k;
        p->hold = 0;
        p->left = ATC__T_BOL; /* the data begins a line */
        return;
    }
    if (d->flags & ATC_M_PAYLOAD) {
        const atc_payload_desc *pl = &prof->payloads[d->extra];
        int32_t n;
        if (!atc__get_int(prof, id, msg, pl->field, &n) || n <= 0)
            return;
        if (pl->when != 0xFFFF && !atc__conds(p, k, pl->when, msg, id))
            return; /* the length is shown, but the data stays in the module (buffer mode) */
        if (pl->hex_when != 0xFFFF && atc__conds(p, k, pl->hex_when, msg, id))
            n *= 2;
        if (d->flags & ATC_M_PAYLOAD_AFTER_OK) {
            p->await_ok_payload = (uint16_t)n;
            return;
        }
        if (data_at != 0xFFFF) {
            /* data on the header line: its first bytes are the rest of the line, then the line
             * end and what follows, up to the announced length */
            uint32_t n1 = (uint32_t)(len - data_at) < (uint32_t)n ? (uint32_t)(len - data_at) : (uint32_t)n;
            atc__data(p, ATC_DIR_RX, base + data_at, n1);
            n -= (int32_t)n1;
            if (n == 0) {
                atc__data_end(p, ATC_DIR_RX, ATC_DATA_COMPLETE);
                if (data_at + n1 < len) /* more than announced: not data, and not a line either */
                    atc__emit(p, ATC_KIND_UNKNOWN, 0, ATC_NO_MSG, NULL, base + data_at + n1,
                              (uint16_t)(len - data_at - n1), ATC_OK, ATC_OK, ATC_NO_FIELD);
                return;
            }
            atc__data(p, ATC_DIR_RX, (p->lflags & ATC__L_AFTER_CR) ? "\r" : "\n", 1);
            p->lflags &= (uint8_t)~ATC__L_AFTER_CR;
            if (--n == 0) {
                atc__data_end(p, ATC_DIR_RX, ATC_DATA_COMPLETE);
                return;
            }
        }
        atc__payload_begin(p, (uint32_t)n);
    }
}

/* ---- Data phases ---- */

static const char *atc__marker(const atc_parser *p, uint8_t which)
{
    const atc_profile *prof = p->profiles[p->mode_profile];
    return which == 0 ? prof->text + prof->escape : prof->text + prof->strs[prof->leave + which - 1];
}

static int atc__is_leave_start(const atc_parser *p, char c, uint8_t *which)
{
    const atc_profile *prof = p->profiles[p->mode_profile];
    uint8_t i;
    if (prof->escape && c == prof->text[prof->escape]) {
        *which = 0;
        return 1;
    }
    for (i = 0; i < prof->nleave; i++)
        if (c == prof->text[prof->strs[prof->leave + i]]) {
            *which = (uint8_t)(i + 1);
            return 1;
        }
    return 0;
}

/* Transparent mode: everything is data until the escape (+++) or a line that ends the mode
 * (NO CARRIER). Bytes that may begin such a marker are held back (they are known: a prefix of the
 * marker) and released as data when the marker does not complete. A marker counts only when the
 * byte after it ends it: a line end, or the handshake's first step after the escape (USR's a),
 * since the escape is followed by a guard time (004 lines 186-188) and the line by its line end;
 * the line also begins a line. Line ends are data as they come (a firmware reading data gets
 * them at once), so the one before NO CARRIER is data too. State in p->left (ATC__T_*). */
static void atc__t_release(atc_parser *p)
{
    atc__data(p, ATC_DIR_RX, atc__marker(p, p->hold_which), p->hold);
    p->hold = 0;
    p->left &= ~(uint32_t)(ATC__T_DONE | ATC__T_BOL);
}

/* The marker held ends the mode. */
static void atc__t_leave(atc_parser *p)
{
    const char *m = atc__marker(p, p->hold_which);
    const atc_profile *prof = p->profiles[p->mode_profile];
    uint8_t which = p->hold_which, k = p->mode_profile;
    p->hold = 0;
    p->mode = ATC_MODE_LINES;
    atc__data_end(p, ATC_DIR_RX, which == 0 ? ATC_DATA_ESCAPE : ATC_DATA_CARRIER);
    if (which != 0) { /* the module's line: decode it as a result */
        atc_feed(p, m, strlen(m));
    } else if (prof->escape_cmd != ATC_NO_MSG && prof->nhandshake) {
        /* the escape of passthrough (USR): the command, then its handshake */
        if (prof->passthrough_state != 0xFF)
            atc__set_cell(p, k, prof->passthrough_state, 0, 0);
        atc__emit(p, ATC_KIND_COMMAND, k, prof->escape_cmd, p->line.bytes, m, (uint16_t)strlen(m), ATC_OK, ATC_OK,
                  ATC_NO_FIELD);
        atc__pending(p, k, prof->escape_cmd, p->line.bytes, 0);
        atc__handshake_begin(p, k);
    }
}

ATC__NOINLINE static const char *atc__transparent(atc_parser *p, const char *data, const char *end)
{
    const char *run = data;
    while (data < end) {
        char c = *data;
        if (p->left & ATC__T_DONE) {
            const atc_profile *prof = p->profiles[p->mode_profile];
            int ends = c == '\r' || c == '\n';
            if (!ends && p->hold_which == 0 && prof->nhandshake) {
                char h = prof->text[prof->handshake[0].text];
                ends = (c | 0x20) == (h | 0x20);
            }
            if (ends) {
                atc__t_leave(p);
                return data; /* this byte is the line end, or the handshake's */
            }
            atc__t_release(p);
            run = data;
            continue; /* this byte may begin a marker again */
        }
        if (p->hold) {
            const char *m = atc__marker(p, p->hold_which);
            if (c == m[p->hold]) {
                p->hold++;
                data++;
                run = data;
                if (m[p->hold] == '\0')
                    p->left |= ATC__T_DONE;
                continue;
            }
            atc__t_release(p);
            run = data;
            continue;
        }
        {
            uint8_t which;
            if (atc__is_leave_start(p, c, &which) && (which == 0 || (p->left & ATC__T_BOL))) {
                atc__data(p, ATC_DIR_RX, run, (size_t)(data - run));
                p->hold_which = which;
                p->hold = 1;
                data++;
                run = data;
                if (atc__marker(p, which)[1] == '\0')
                    p->left |= ATC__T_DONE;
                continue;
            }
        }
        if (c == '\r' || c == '\n')
            p->left |= ATC__T_BOL;
        else
            p->left &= ~(uint32_t)ATC__T_BOL;
        data++;
    }
    atc__data(p, ATC_DIR_RX, run, (size_t)(data - run));
    return data;
}

/* The end of a data phase: the command stays pending until its final result. */
static void atc__prompt_done(atc_parser *p, atc_data_end how)
{
    p->mode = ATC_MODE_LINES;
    p->hold = 0;
    p->pflags &= (uint8_t)~ATC__P_HELD_LINE;
    atc__data_end(p, ATC_DIR_TX, how); /* (the rule is still there for the callback to read) */
    p->prompt_rule = 0xFFFF;
}

/* Is [s, s+n) a final result line of the pending command's profile? */
static int atc__is_result(const atc_parser *p, const char *s, unsigned n)
{
    const atc_profile *prof = p->profiles[p->pending_profile];
    unsigned i, m = n, term = ATC_TERM_EOL;
    uint16_t slot;
    for (i = 0; i < n; i++)
        if (s[i] == ':') {
            m = i;
            term = ATC_TERM_COLON;
            break;
        }
    while (m && s[m - 1] == ' ')
        m--;
    if (m == 0 || m > 255)
        return 0;
    for (slot = prof->slots[atc__hash(s, m, term) >> (32 - prof->slot_bits)]; slot != 0xFFFF;
         slot = prof->heads[slot].next) {
        const atc_head *h = &prof->heads[slot];
        uint8_t c;
        if (h->len != m || h->term != term || h->parent != 0xFFFF || !atc__ieq(s, prof->keys + h->text, m))
            continue;
        for (c = 0; c < h->ncands; c++)
            if (prof->msgs[prof->ids[h->cands + c]].kind == ATC_KIND_FINAL)
                return 1;
    }
    return 0;
}

/* Prompt data without a fixed length may have lost its terminator (logging tools hide Ctrl+Z):
 * a line end in it, and the line after it, are held back; if that line is a result of the
 * command's profile, the data ended before the line end (ATC_DATA_UNTERMINATED) and the line is
 * decoded; otherwise the held bytes were data. The run of CR and LF bytes is remembered in hold
 * (bit i set: byte i was CR) and hold_which (how many), the line's text in line[0..len). */
static void atc__release_held(atc_parser *p)
{
    uint8_t i;
    for (i = 0; i < p->hold_which; i++)
        atc__data(p, ATC_DIR_TX, (p->hold >> i) & 1u ? "\r" : "\n", 1);
    atc__data(p, ATC_DIR_TX, p->line.bytes, p->len);
    p->len = 0;
    p->hold = 0;
    p->hold_which = 0;
    p->pflags &= (uint8_t)~ATC__P_HELD_LINE;
}

static void atc__hold_eol(atc_parser *p, char c)
{
    if (p->hold_which < 8) {
        if (c == '\r')
            p->hold |= (uint8_t)(1u << p->hold_which);
        p->hold_which++;
    }
}

/* The held line ends at line end c: 1 if it was the command's result (then decoded). */
static int atc__held_line_end(atc_parser *p, char c)
{
    unsigned n = p->len;
    if (n == 0 || !atc__is_result(p, p->line.bytes, n))
        return 0;
    p->len = 0;
    p->hold = 0;
    p->hold_which = 0;
    atc__prompt_done(p, ATC_DATA_UNTERMINATED);
    /* the scanner reads the line where it was held */
    p->line.bytes[n] = c;
    atc__scan(p, p->line.bytes, p->line.bytes + n + 1);
    return 1;
}

/* The held bytes were data after all: of a fixed length, they count towards it. */
static void atc__release_fixed(atc_parser *p)
{
    uint32_t n = (uint32_t)p->hold_which + p->len;
    atc__release_held(p);
    p->left -= n;
    if (p->left == 0)
        atc__prompt_done(p, ATC_DATA_COMPLETE);
}

/* A line held at the start of fixed-length data (atc__prompt_data): never more bytes than the
 * length, nor more line ends than hold records. Returns where the bytes not taken begin. */
static const char *atc__held_fixed(atc_parser *p, const char *data, const char *end)
{
    while (data < end) {
        char c = *data;
        if ((uint32_t)p->hold_which + p->len + 1u > p->left || p->len >= ATC__TOP / 2 ||
            ((c == '\r' || c == '\n') && p->len == 0 && p->hold_which >= 8)) {
            atc__release_fixed(p); /* this byte is data too */
            return data;
        }
        if (c == '\r' || c == '\n') {
            if (p->len == 0) {
                atc__hold_eol(p, c);
                data++;
                continue;
            }
            if (atc__held_line_end(p, c))
                return data + 1;
            atc__release_fixed(p);
            return data;
        }
        p->line.bytes[p->len++] = c;
        data++;
    }
    return data;
}

/* Host data after a prompt (or after OK): a fixed length, or up to the terminator (which may be
 * several bytes: those that may begin it are held back, as in transparent mode) or cancel byte. */
ATC__NOINLINE static const char *atc__prompt_data(atc_parser *p, const char *data, const char *end)
{
    const atc_profile *prof = p->profiles[p->pending_profile];
    const atc_prompt_desc *pr = &prof->prompts[p->prompt_rule];
    if (p->pflags & ATC__P_SPACE) {
        p->pflags &= (uint8_t)~ATC__P_SPACE;
        if (*data == ' ')
            return data + 1;
    }
    if (p->pflags & ATC__P_SKIP_LF) {
        p->pflags &= (uint8_t)~ATC__P_SKIP_LF;
        if (*data == '\n')
            return data + 1;
    }
    if (p->prompt_len != 0xFFFF) {
        size_t n;
        if (p->left == p->prompt_len && p->left && !(p->pflags & ATC__P_HELD_LINE) &&
            (*data == '\r' || *data == '\n')) {
            /* a fixed length whose data begins with a line end: the module may not echo the
             * host's data (AT+QISDE=0, a capture of its output alone); the line is held back, and
             * if it is the command's result no data came */
            p->pflags |= ATC__P_HELD_LINE;
            p->len = 0;
            p->hold = 0;
            p->hold_which = 0;
        }
        if (p->pflags & ATC__P_HELD_LINE) {
            data = atc__held_fixed(p, data, end);
            if ((p->pflags & ATC__P_HELD_LINE) || p->mode != ATC_MODE_PROMPT || data == end)
                return data;
        }
        n = (size_t)(end - data);
        if (n > p->left)
            n = p->left;
        atc__data(p, ATC_DIR_TX, data, n);
        p->left -= (uint32_t)n;
        data += n;
        if (p->left == 0)
            atc__prompt_done(p, ATC_DATA_COMPLETE);
        return data;
    }
    {
        const char *run = data, *t = pr->terminator ? prof->text + pr->terminator : NULL;
        while (data < end) {
            char c = *data;
            if (p->pflags & ATC__P_HELD_LINE) {
                if (c == '\r' || c == '\n') {
                    if (p->len == 0) { /* more line ends before the line */
                        atc__hold_eol(p, c);
                        data++;
                        run = data;
                        continue;
                    }
                    if (atc__held_line_end(p, c))
                        return data + 1;
                    atc__release_held(p); /* not a result: it was data; this line end is held anew */
                    p->pflags |= ATC__P_HELD_LINE;
                    atc__hold_eol(p, c);
                    data++;
                    run = data;
                    continue;
                }
                if ((t && c == t[0]) || (pr->cancel >= 0 && c == (char)pr->cancel) || p->len >= ATC__TOP / 2) {
                    /* not a line of its own: release it, and read this byte as data */
                    atc__release_held(p);
                    run = data;
                    continue;
                }
                p->line.bytes[p->len++] = c;
                data++;
                run = data;
                continue;
            }
            if (t && p->hold && c == t[p->hold]) {
                p->hold++;
                data++;
                run = data;
                if (t[p->hold] == '\0') {
                    atc__prompt_done(p, ATC_DATA_SUBMIT);
                    return data;
                }
                continue;
            }
            if (t && p->hold) { /* not the terminator after all: its first bytes were data */
                atc__data(p, ATC_DIR_TX, t, p->hold);
                p->hold = 0;
                run = data;
                continue; /* this byte may begin the terminator again */
            }
            if (t && c == t[0]) {
                atc__data(p, ATC_DIR_TX, run, (size_t)(data - run));
                p->hold = 1;
                data++;
                run = data;
                if (t[1] == '\0') {
                    atc__prompt_done(p, ATC_DATA_SUBMIT);
                    return data;
                }
                continue;
            }
            if (pr->cancel >= 0 && c == (char)pr->cancel) {
                atc__data(p, ATC_DIR_TX, run, (size_t)(data - run));
                atc__prompt_done(p, ATC_DATA_CANCEL);
                return data + 1;
            }
            if (c == '\r' || c == '\n') {
                atc__data(p, ATC_DIR_TX, run, (size_t)(data - run));
                p->pflags |= ATC__P_HELD_LINE;
                p->len = 0;
                p->hold = 0;
                p->hold_which = 0;
                atc__hold_eol(p, c);
                data++;
                run = data;
                continue;
            }
            data++;
        }
        atc__data(p, ATC_DIR_TX, run, (size_t)(data - run));
        return data;
    }
}

/* Passthrough (USR): the device passes everything through until the escape and its handshake. */
static void atc__passthrough(atc_parser *p, uint8_t k, int on)
{
    const atc_profile *prof = p->profiles[k];
    if (prof->passthrough_state != 0xFF)
        atc__set_cell(p, k, prof->passthrough_state, 0, (uint8_t)(on ? 1 : 0));
    if (on) {
        atc__scan_reset(p);
        p->mode = ATC_MODE_TRANSPARENT;
        p->mode_profile = k;
        p->hold = 0;
        p->left = ATC__T_BOL; /* the data begins a line */
    } else if (p->mode == ATC_MODE_TRANSPARENT) {
        p->mode = ATC_MODE_LINES;
        p->hold = 0;
    }
}

/* The handshake after the escape: its steps' texts, glued or on lines of their own, in any case
 * (the module prints +ok in a terminal, line 41 of the USR document). A step the stream may not
 * hold (the host's a, in the module's output alone) is skipped when the next step matches. Any
 * other byte ends the handshake; what was held goes to the line scanner. */
ATC__NOINLINE static const char *atc__handshake(atc_parser *p, const char *data, const char *end)
{
    const atc_profile *prof = p->profiles[p->mode_profile];
    while (data < end) {
        const atc_step *st = &prof->handshake[p->hold_which];
        const char *t = prof->text + st->text;
        char c = *data;
        if (p->hold == 0 && (c == '\r' || c == '\n')) {
            data++;
            continue;
        }
        if ((c | 0x20) == (t[p->hold] | 0x20) || c == t[p->hold]) {
            data++;
            if (t[++p->hold] == '\0') {
                uint8_t last = (uint8_t)(p->hold_which + 1 == prof->nhandshake);
                p->hold = 0;
                p->hold_which++;
                atc__emit(p, (atc_kind)prof->msgs[st->msg].kind, p->mode_profile, st->msg, p->line.bytes, t,
                          (uint16_t)strlen(t), ATC_OK, ATC_OK, ATC_NO_FIELD);
                if (last) {
                    atc__passthrough(p, p->mode_profile, 0);
                    atc_reset_pending(p);
                    p->mode = ATC_MODE_LINES;
                    p->hold_which = 0;
                    return data;
                }
            }
            continue;
        }
        if (p->hold == 0 && st->optional && p->hold_which + 1 < prof->nhandshake) {
            p->hold_which++; /* the step is not in this stream: try the next */
            continue;
        }
        /* not the handshake: the held bytes and the rest are lines again */
        {
            uint8_t held = p->hold;
            p->hold = 0;
            p->hold_which = 0;
            p->mode = ATC_MODE_LINES;
            if (held)
                atc__scan(p, t, t + held);
        }
        return data;
    }
    return data;
}

/* A line that is the handshake, glued as a terminal shows it: '+++a' (the host's escape and the
 * module's a), 'a+ok' (the host's a, or none, and the module's +ok). Returns 1 if it was. */
ATC_API int atc__handshake_line(atc_parser *p, const char *s, uint16_t n)
{
    uint8_t k;
    for (k = 0; k < p->nprofiles; k++) {
        const atc_profile *prof = p->profiles[k];
        const char *esc;
        size_t en, q = 0;
        uint8_t i, done = 0;
        uint8_t steps[8];
        if (!prof->nhandshake || prof->escape_cmd == ATC_NO_MSG || prof->nhandshake > 8)
            continue;
        esc = prof->text + prof->escape;
        en = strlen(esc);
        if (n >= en && memcmp(s, esc, en) == 0)
            q = en;
        for (i = 0; i < prof->nhandshake && q < n; i++) {
            const char *t = prof->text + prof->handshake[i].text;
            size_t tn = strlen(t);
            if (n - q >= tn && atc__ieq(s + q, t, tn) && (tn != 1 || t[0] == s[q] || (t[0] | 0x20) == (s[q] | 0x20))) {
                steps[done++] = i;
                q += tn;
            } else if (!prof->handshake[i].optional) {
                break;
            }
        }
        if (done == 0 || (q != n && steps[done - 1] + 1 != prof->nhandshake))
            continue;
        if (!(en && memcmp(s, esc, en) == 0) && steps[0] != 0)
            continue; /* without the escape, the handshake begins at its first step */
        /* the module's +ok has no line end of its own: a command echo (no CR, line 143) may
         * follow on the same line, and is scanned again once this line is done */
        if (q != n && !atc__line_joined(p, s + q, (uint16_t)(n - q)))
            continue;
        if (en && memcmp(s, esc, en) == 0)
            atc__emit(p, ATC_KIND_COMMAND, k, prof->escape_cmd, p->line.bytes, esc, (uint16_t)en, ATC_OK, ATC_OK,
                      ATC_NO_FIELD);
        atc__pending(p, k, prof->escape_cmd, p->line.bytes, 0);
        for (i = 0; i < done; i++) {
            const atc_step *st = &prof->handshake[steps[i]];
            const char *t = prof->text + st->text;
            atc__emit(p, (atc_kind)prof->msgs[st->msg].kind, k, st->msg, p->line.bytes, t, (uint16_t)strlen(t),
                      ATC_OK, ATC_OK, ATC_NO_FIELD);
        }
        if (steps[done - 1] + 1 == prof->nhandshake) {
            atc_reset_pending(p);
            if (prof->passthrough_state != 0xFF)
                atc__set_cell(p, k, prof->passthrough_state, 0, 0);
        } else {
            /* the rest of the handshake follows */
            p->mode = ATC_MODE_HANDSHAKE;
            p->mode_profile = k;
            p->hold = 0;
            p->hold_which = (uint8_t)(steps[done - 1] + 1);
        }
        return 1;
    }
    return 0;
}

ATC__NOINLINE static const char *atc__payload(atc_parser *p, const char *data, const char *end)
{
    size_t n;
    if (p->lflags & ATC__L_AFTER_CR) { /* the header ended in CR: its LF is framing, not payload */
        p->lflags &= (uint8_t)~ATC__L_AFTER_CR;
        if (*data == '\n')
            return data + 1;
    }
    n = (size_t)(end - data);
    if (n > p->left)
        n = p->left;
    atc__data(p, ATC_DIR_RX, data, n);
    p->left -= (uint32_t)n;
    if (p->left == 0) {
        p->mode = ATC_MODE_LINES;
        atc__data_end(p, ATC_DIR_RX, ATC_DATA_COMPLETE);
    }
    return data + n;
}

/* Every mode, for as long as data lasts (kept apart so that the common case below stays small). */
ATC__NOINLINE static void atc__feed_modes(atc_parser *p, const char *data, const char *end)
{
    for (;;) {
        if (p->replay_len) /* a line of joined commands, one by one */
            atc__replay(p);
        if (data >= end)
            break;
        switch (p->mode) {
        case ATC_MODE_LINES:
            if (p->pflags & ATC__P_SPACE) { /* the space after a '>' whose data is not in the stream */
                p->pflags &= (uint8_t)~ATC__P_SPACE;
                if (*data == ' ') {
                    data++;
                    break;
                }
            }
            data = atc__scan(p, data, end);
            break;
        case ATC_MODE_PAYLOAD:
            data = atc__payload(p, data, end);
            break;
        case ATC_MODE_PROMPT:
            data = atc__prompt_data(p, data, end);
            break;
        case ATC_MODE_HANDSHAKE:
            data = atc__handshake(p, data, end);
            break;
        default:
            if (p->lflags & ATC__L_AFTER_CR) {
                p->lflags &= (uint8_t)~ATC__L_AFTER_CR;
                if (*data == '\n') {
                    data++;
                    break;
                }
            }
            data = atc__transparent(p, data, end);
            break;
        }
    }
}

ATC_API void atc_feed(atc_parser *p, const char *data, size_t len)
{
    const char *end = data + len;
    /* the common case: lines, and the bytes end in line mode (a byte at a time, too) */
    if (p->mode == ATC_MODE_LINES && !(p->pflags & ATC__P_SPACE) && len) {
        data = atc__scan(p, data, end);
        if (data == end && !p->replay_len)
            return;
    }
    atc__feed_modes(p, data, end);
}

ATC_API void atc_finish(atc_parser *p)
{
    if (p->mode == ATC_MODE_LINES && !atc__scan_idle(p)) {
        /* the last line, without its line end; it may begin a payload or transparent mode */
        static const char eol = '\n';
        (void)atc__scan(p, &eol, &eol + 1);
        if (p->replay_len)
            atc__replay(p);
    }
    switch (p->mode) {
    case ATC_MODE_LINES:
        break;
    case ATC_MODE_HANDSHAKE:
        p->mode = ATC_MODE_LINES;
        p->hold = 0;
        p->hold_which = 0;
        break;
    case ATC_MODE_TRANSPARENT:
        if (p->hold)
            atc__t_release(p);
        p->mode = ATC_MODE_LINES;
        if (p->left & 1u) /* the input ended in the middle of passed-through data */
            atc__data_end(p, ATC_DIR_RX, ATC_DATA_TRUNCATED);
        break;
    default: {
        atc_dir dir = p->mode == ATC_MODE_PAYLOAD ? ATC_DIR_RX : ATC_DIR_TX;
        if (p->mode == ATC_MODE_PROMPT) {
            const atc_profile *prof = p->profiles[p->pending_profile];
            const atc_prompt_desc *pr = &prof->prompts[p->prompt_rule];
            if (p->pflags & ATC__P_HELD_LINE)
                atc__release_held(p);
            else if (p->hold && pr->terminator) {
                atc__data(p, ATC_DIR_TX, prof->text + pr->terminator, p->hold);
            }
        }
        p->hold = 0;
        p->pflags &= (uint8_t)~ATC__P_HELD_LINE;
        p->mode = ATC_MODE_LINES;
        atc__data_end(p, dir, ATC_DATA_TRUNCATED);
        atc__emit(p, ATC_KIND_ERROR, 0, ATC_NO_MSG, NULL, p->line.bytes, 0, ATC_ERR_TRUNCATED, ATC_OK,
                  ATC_NO_FIELD);
        break;
    }
    }
    atc_reset_pending(p);
    p->nawait = 0;
    p->await_ok_payload = 0;
    atc__scan_reset(p);
}

/* SPDX-License-Identifier: MIT */
/* Encoding: a message struct -> its wire form, strictly as the document writes it: only valid
 * shapes, integers in range, strings within max_len and among the allowed values, quotes and
 * backslashes escaped, nothing written past the caller's buffer. */
/* (amalgamated: atc.h) */
#include <string.h>

typedef struct atc__writer {
    char *buf;
    size_t cap, n;
    char last; /* the last byte written (also when only counting) */
} atc__writer;

static void atc__put(atc__writer *w, const char *s, size_t n)
{
    size_t i;
    for (i = 0; i < n; i++, w->n++)
        if (w->buf && w->n < w->cap)
            w->buf[w->n] = s[i];
    if (n)
        w->last = s[n - 1];
}

static void atc__puts(atc__writer *w, const char *s)
{
    atc__put(w, s, strlen(s));
}

/* Decimal, or hex as the spec formats it (prefix case, digit case, zero padding). */
static void atc__put_int(atc__writer *w, uint32_t u, int neg, int hex, uint8_t fmt)
{
    char tmp[24];
    int i = (int)sizeof tmp, width = hex ? (fmt & ATC_FMT_WIDTH) : 0;
    do {
        unsigned d = (unsigned)(u % (hex ? 16u : 10u));
        tmp[--i] = (char)(d < 10 ? '0' + d : ((fmt & ATC_FMT_LOWER) ? 'a' : 'A') + d - 10);
        u /= hex ? 16u : 10u;
        width--;
    } while (u);
    while (width-- > 0)
        tmp[--i] = '0';
    if (hex) {
        tmp[--i] = (fmt & ATC_FMT_UPPER_X) ? 'X' : 'x';
        tmp[--i] = '0';
    }
    if (neg)
        tmp[--i] = '-';
    atc__put(w, tmp + i, sizeof tmp - (size_t)i);
}

/* What the decoder reads as an address: IPv4 digits and dots with a dot, IPv6 hex digits, dots and
 * at least one colon. */
static int atc__enc_is_addr(const char *s, uint16_t n, int v6)
{
    uint16_t i;
    int colon = 0, dot = 0;
    if (n == 0)
        return 0;
    for (i = 0; i < n; i++) {
        char c = s[i];
        int digit = c >= '0' && c <= '9';
        int hexd = digit || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
        colon |= c == ':';
        dot |= c == '.';
        if (!(v6 ? (hexd || c == '.' || c == ':') : (digit || c == '.')))
            return 0;
    }
    return v6 ? colon : dot;
}

static int atc__enc_is_float(const char *s, const char *e)
{
    int digits = 0, dot = 0;
    if (s < e && *s == '-')
        s++;
    for (; s < e; s++) {
        if (*s >= '0' && *s <= '9')
            digits++;
        else if (*s == '.' && !dot && digits)
            dot = 1, digits = 0;
        else
            return 0;
    }
    return digits > 0;
}

static int atc__is_int(const char *s, uint16_t n, int hex)
{
    uint16_t i = 0;
    if (i < n && s[i] == '-')
        i++;
    if (hex && n - i > 2 && s[i] == '0' && (s[i + 1] == 'x' || s[i + 1] == 'X'))
        i = (uint16_t)(i + 2);
    if (i == n || n - i > (hex ? 16 : 19)) /* kept as text: up to 64 bits (001 line 415: <len> 8) */
        return 0;
    for (; i < n; i++)
        if (!((s[i] >= '0' && s[i] <= '9') ||
              (hex && ((s[i] >= 'a' && s[i] <= 'f') || (s[i] >= 'A' && s[i] <= 'F')))))
            return 0;
    return 1;
}

/* The scanner's quoted string '"' ( [^"\\] | '\\' any )* '"' from s[i]: the index after it, or 0. */
static size_t atc__skip_qstr(const char *s, size_t n, size_t i)
{
    for (i++; i < n; i++) {
        if (s[i] == '\\')
            i++;
        else if (s[i] == '"')
            return i + 1;
    }
    return 0;
}

/* ... and its parenthesised list '(' ( [^()"] | qstr )* ')'. */
static size_t atc__skip_paren(const char *s, size_t n, size_t i)
{
    for (i++; i < n;) {
        if (s[i] == ')')
            return i + 1;
        if (s[i] == '(')
            return 0;
        if (s[i] == '"') {
            i = atc__skip_qstr(s, n, i);
            if (i == 0)
                return 0;
        } else {
            i++;
        }
    }
    return 0;
}

/* Can the decoder read this unquoted value back as it is? (A token, the rest of the line, a
 * test-form answer; numbers typed by another field are tokens.) */
static atc_err atc__check_bare(atc_type type, const char *s, size_t n)
{
    size_t i, end;
    if (n == 0) /* the rest of the line may be empty; another empty value reads as absent or malformed */
        return type == ATC_T_TEXT ? ATC_OK : ATC_ERR_VALUE;
    if (s[0] == ' ' || s[n - 1] == ' ')
        return ATC_ERR_BAD_CHAR; /* spaces around a value are not kept */
    if (type == ATC_T_TEXT)
        return ATC_OK; /* the rest of the line is read raw */
    if (s[0] == '"') /* a test-form answer may be one quoted string; a token never starts with one */
        return type == ATC_T_SUPPORTED && atc__skip_qstr(s, n, 0) == n ? ATC_OK : ATC_ERR_BAD_CHAR;
    if (s[0] == '(') {
        end = atc__skip_paren(s, n, 0);
        return end == n ? ATC_OK : ATC_ERR_VALUE;
    }
    for (i = 0; i < n; i++)
        if (s[i] == ',')
            return ATC_ERR_BAD_CHAR;
    return ATC_OK;
}

typedef struct atc__enc {
    const atc_profile *prof;
    const atc_msg_desc *d;
    const atc_field_desc *fs;
    const void *msg;
    uint16_t id;
} atc__enc;

static int atc__enc_allowed(const atc__enc *e, const atc_field_info *in, const char *s, uint16_t n)
{
    uint8_t k;
    for (k = 0; k < in->nvalues; k++) {
        const char *v = e->prof->text + e->prof->strs[in->values + k];
        if (strlen(v) == n && memcmp(v, s, n) == 0)
            return 1;
    }
    return 0;
}

/* One value of field index (element `element` of a list), label included. */
static atc_err atc__put_value(atc__writer *w, const atc__enc *e, uint8_t index, uint8_t element)
{
    const atc_field_desc *f = &e->fs[index];
    const atc_field_info *in = &e->prof->infos[f->info];
    atc_type ftype = ATC_TYPE_OF(f);
    const char *at = (const char *)e->msg + f->offset +
                     element * (ftype == ATC_T_INT || ftype == ATC_T_HEX ? sizeof(int32_t) : sizeof(atc_str));
    atc_type type = atc_field_type(e->prof, e->id, index, e->msg);
    if (in->label)
        atc__puts(w, e->prof->text + in->label);
    if (type == ATC_T_LITERAL) {
        atc__puts(w, e->prof->text + e->prof->strs[in->values]);
        return ATC_OK;
    }
    if (type == ATC_T_DYNAMIC)
        return ATC_ERR_VALUE;
    if (ftype == ATC_T_INT || ftype == ATC_T_HEX) {
        uint32_t v;
        int neg;
        memcpy(&v, at, sizeof v);
        if (in->flags & ATC_I_VERBOSE) {
            atc_str t;
            memcpy(&t, (const char *)e->msg + f->has, sizeof t);
            if (t.len && t.ptr) { /* the code as its text (AT+CMEE=2): the table's text of that code */
                uint8_t k, first = 0xFF;
                for (k = 0; k < in->nvalues; k++) {
                    const char *vt = e->prof->text + e->prof->strs[in->values + k];
                    if (strlen(vt) == t.len && memcmp(vt, t.ptr, t.len) == 0) {
                        if (first == 0xFF)
                            first = k;
                        if ((uint32_t)e->prof->ints[in->ranges + 2u * k] == v)
                            break;
                    }
                }
                if (k == in->nvalues)
                    return ATC_ERR_VALUE;
                if (k == first) {
                    atc__put(w, t.ptr, t.len);
                    return ATC_OK;
                }
                /* two codes share the text (Congestion): it would read back as the other one, so
                 * the code is written as its number */
            }
        }
        if (!atc__in_ranges(e->prof, in, v))
            return ATC_ERR_RANGE;
        neg = !(in->flags & ATC_I_UNSIGNED) && (int32_t)v < 0;
        atc__put_int(w, neg ? (uint32_t)0 - v : v, neg, ftype == ATC_T_HEX, in->fmt);
        return ATC_OK;
    }
    {
        atc_str s;
        uint16_t i;
        memcpy(&s, at, sizeof s);
        if (s.len && !s.ptr)
            return ATC_ERR_MISSING;
        if (!s.ptr) /* {NULL, 0}, as _INIT_ZERO leaves it: no arithmetic or memcmp on NULL */
            s.ptr = "";
        for (i = 0; i < s.len; i++) {
            unsigned char c = (unsigned char)s.ptr[i];
            if (c < 0x20 && c != '\t')
                return ATC_ERR_BAD_CHAR; /* control bytes stop a line: the decoder could not read it */
            if (type == ATC_T_TOKEN && c == ',')
                return ATC_ERR_BAD_CHAR;
        }
        if (in->max_len && s.len > in->max_len)
            return ATC_ERR_TOO_LONG;
        if (type == ATC_T_FLOAT && !atc__enc_is_float(s.ptr, s.ptr + s.len))
            return ATC_ERR_VALUE;
        if ((in->fmt & (ATC_FMT_IPV4 | ATC_FMT_IPV6)) &&
            !(((in->fmt & ATC_FMT_IPV4) && atc__enc_is_addr(s.ptr, s.len, 0)) ||
              ((in->fmt & ATC_FMT_IPV6) && atc__enc_is_addr(s.ptr, s.len, 1))))
            return ATC_ERR_VALUE;
        if (ftype == ATC_T_DYNAMIC && (type == ATC_T_INT || type == ATC_T_HEX) &&
            !atc__is_int(s.ptr, s.len, type == ATC_T_HEX))
            return ATC_ERR_VALUE;
        if (in->nvalues && ftype != ATC_T_DYNAMIC && !atc__enc_allowed(e, in, s.ptr, s.len))
            return ATC_ERR_VALUE;
        if (type != ATC_T_STRING) {
            /* (a dynamic field's values are its type map, not allowed values; it may be empty:
             * its type comes from another field, so ",," reads back as this empty value) */
            atc_err err = ftype == ATC_T_DYNAMIC ? (s.len ? atc__check_bare(type, s.ptr, s.len) : ATC_OK)
                          : in->nvalues ? ATC_OK : atc__check_bare(type, s.ptr, s.len);
            if (s.len == 0 && (f->type & ATC_F_EMPTY)) /* written as nothing: absent (has_ false) */
                err = ATC_ERR_VALUE;
            if (s.len && s.ptr[0] == ',' && (f->type & ATC_F_EMPTY)) /* an empty value, then another */
                err = ATC_ERR_BAD_CHAR;
            if (s.len && s.ptr[0] == '=' && w->n && w->last == '=')
                err = ATC_ERR_BAD_CHAR; /* AT+X==v reads as a slip of the writer (a warning) */
            if (type == ATC_T_TOKEN && s.len && s.ptr[0] == '"')
                err = ATC_ERR_BAD_CHAR; /* a token never starts with a quote: it would read as a string */
            if (err == ATC_OK && e->d->kind == ATC_KIND_COMMAND && (e->prof->flags & ATC_P_JOINED))
                for (i = 0; i + 1 < s.len; i++)
                    if (s.ptr[i] == ';' && s.ptr[i + 1] == '+')
                        err = ATC_ERR_BAD_CHAR; /* it would read as commands joined by ';' */
            if (err != ATC_OK)
                return err;
            atc__put(w, s.ptr, s.len);
            return ATC_OK;
        }
        atc__put(w, "\"", 1);
        for (i = 0; i < s.len; i++) {
            if (s.ptr[i] == '"' || s.ptr[i] == '\\')
                atc__put(w, "\\", 1);
            atc__put(w, s.ptr + i, 1);
        }
        atc__put(w, "\"", 1);
        return ATC_OK;
    }
}

/* A field's values: a list's every element, or one value. */
static atc_err atc__put_field(atc__writer *w, const atc__enc *e, uint8_t index)
{
    const atc_field_desc *f = &e->fs[index];
    if (f->type & ATC_F_LIST) {
        const atc_field_info *in = &e->prof->infos[f->info];
        uint8_t n = (uint8_t)((const char *)e->msg)[f->has], k;
        if (n == 0)
            return ATC_ERR_MISSING;
        if (n > in->max_count)
            return ATC_ERR_TOO_LONG;
        for (k = 0; k < n; k++) {
            atc_err err;
            if (k)
                atc__put(w, ",", 1);
            err = atc__put_value(w, e, index, k);
            if (err != ATC_OK)
                return err;
        }
        return ATC_OK;
    }
    if ((f->type & ATC_F_EMPTY) && !atc_field_present(f, e->msg))
        return ATC_OK; /* an empty value between two commas */
    return atc__put_value(w, e, index, 0);
}

/* (<a>,<b>)...: the g members from `first`, one group of their values after another; the
 * members hold one count. */
static atc_err atc__put_groups(atc__writer *w, const atc__enc *e, uint8_t first, uint8_t g)
{
    const atc_field_info *in = &e->prof->infos[e->fs[first].info];
    uint8_t n = (uint8_t)((const char *)e->msg)[e->fs[first].has], k, j;
    if (n == 0)
        return ATC_ERR_MISSING;
    if (n > in->max_count)
        return ATC_ERR_TOO_LONG;
    for (j = 1; j < g; j++)
        if ((uint8_t)((const char *)e->msg)[e->fs[first + j].has] != n)
            return ATC_ERR_VALUE; /* a group needs every member */
    for (k = 0; k < n; k++)
        for (j = 0; j < g; j++) {
            atc_err err;
            if (k || j)
                atc__put(w, ",", 1);
            err = atc__put_value(w, e, (uint8_t)(first + j), k);
            if (err != ATC_OK)
                return err;
        }
    return ATC_OK;
}

static const char *const atc__suffix[] = {"", "=?", "?", "=", ""};

ATC_API atc_err atc_encode(const atc_profile *profile, uint16_t id, const void *msg, int frame, char *buf,
                           size_t cap, size_t *len)
{
    atc__writer w;
    atc__enc e;
    const atc_msg_desc *d;
    const atc_shape *sh;
    size_t start;
    uint32_t mask = 0;
    uint8_t i, nplain;
    int first = 1, tags = 0;
    int wire = frame == ATC_FRAME_WIRE;
    if (id >= profile->nmsgs)
        return ATC_ERR_UNKNOWN_MESSAGE;
    d = &profile->msgs[id];
    sh = profile->shapes + d->shapes;
    e.prof = profile;
    e.d = d;
    e.fs = profile->fields + d->fields;
    e.msg = msg;
    e.id = id;
    nplain = (uint8_t)(d->tag_first >= 0 ? d->tag_first : d->nfields);
    w.buf = buf;
    w.cap = cap;
    w.n = 0;
    w.last = 0;
    /* the present fields must form one of the syntax's shapes; an absent value that may be empty
     * fits either way, and the first (shortest) shape that fits is written */
    {
        uint32_t has = 0, maybe = 0;
        for (i = 0; i < nplain; i++) {
            if (atc_field_present(&e.fs[i], msg))
                has |= 1u << i;
            else if (e.fs[i].type & ATC_F_EMPTY)
                maybe |= 1u << i;
        }
        mask = has;
        if (d->nshapes) {
            for (i = 0; i < d->nshapes; i++)
                if ((sh[i].mask & ~maybe) == has)
                    break;
            if (i == d->nshapes)
                return ATC_ERR_MISSING;
            mask = sh[i].mask;
        }
    }
    for (i = nplain; i + 1 < d->nfields; i += 2)
        tags += atc_field_present(&e.fs[i + 1], msg);
    if (d->tag_first >= 0 && tags == 0) /* a tagged set has at least one pair */
        return ATC_ERR_MISSING;
    if (d->kind == ATC_KIND_RESPONSE && !profile->text[profile->prefixes[id]] && d->nfields &&
        (ATC_TYPE_OF(&e.fs[0]) == ATC_T_TEXT || ATC_TYPE_OF(&e.fs[0]) == ATC_T_TOKEN)) {
        /* an answer without a head that a decoder would read as a URC or a result */
        atc_str v;
        memcpy(&v, (const char *)msg + e.fs[0].offset, sizeof v);
        if (v.ptr && atc__reads_as_report(profile, v.ptr, v.len))
            return ATC_ERR_VALUE;
        if (v.ptr && v.len && (unsigned char)v.ptr[0] == 0xFF)
            return ATC_ERR_BAD_CHAR; /* a 0xFF before a line is noise to the decoder */
    }
    if (wire && d->kind != ATC_KIND_COMMAND)
        atc__put(&w, "\r\n", 2);
    start = w.n;
    atc__puts(&w, profile->text + profile->prefixes[id]);
    for (i = 0; i < d->nindex; i++) { /* AT+SOCK<m><n> */
        atc_err err;
        if (!(mask & (1u << i)))
            continue;
        err = atc__put_value(&w, &e, i, 0);
        if (err != ATC_OK)
            return err;
    }
    if (d->nindex)
        atc__puts(&w, atc__suffix[d->form]);
    for (i = d->nindex; i < d->nfields; i++) {
        atc_err err;
        int tagged = d->tag_first >= 0 && i >= d->tag_first;
        if (tagged ? !atc_field_present(&e.fs[i + 1], msg) : !(mask & (1u << i))) {
            i = (uint8_t)(i + (tagged ? 1 : 0));
            continue;
        }
        if (!first)
            atc__put(&w, ",", 1);
        first = 0;
        if (profile->infos[e.fs[i].info].flags & ATC_I_GROUP) {
            err = atc__put_groups(&w, &e, i, (uint8_t)(nplain - i));
            if (err != ATC_OK)
                return err;
            break; /* the group ends the syntax */
        }
        err = atc__put_field(&w, &e, i);
        if (err != ATC_OK)
            return err;
        if (tagged) { /* "TAG",<value> */
            atc__put(&w, ",", 1);
            err = atc__put_field(&w, &e, (uint8_t)(i + 1));
            if (err != ATC_OK)
                return err;
            i++;
        }
    }
    if (w.n == start) /* an empty line is framing: it would decode as nothing */
        return ATC_ERR_VALUE;
    if (wire && !(d->flags & ATC_M_PROMPT))
        atc__puts(&w, d->kind == ATC_KIND_COMMAND ? "\r" : "\r\n");
    if (len)
        *len = w.n;
    if (buf && w.n > cap)
        return ATC_ERR_NO_SPACE;
    return ATC_OK;
}

/* SPDX-License-Identifier: MIT */
/* The command engine (see atc_engine.h): one command in flight, a queue, stage timeouts, the
 * prompt flow, and completion as the parser marks it (ev->command, ev->completes). */
/* (amalgamated: atc_engine.h) */
#include <string.h>

static const atc_profile *atc__eng_profile(const atc_engine *e)
{
    return e->parser.profiles[e->k];
}

/* ms, or field `field` of the command times unit when the command has it (the generator checks
 * that the field's range keeps it below 2^31). */
static uint32_t atc__eng_ms(const atc_engine *e, const atc_cmd *c, uint32_t ms, int field, uint32_t unit)
{
    int32_t v;
    if (field >= 0 && atc__get_int(atc__eng_profile(e), c->id, c->msg, field, &v) && v >= 0)
        ms = (uint32_t)v * unit;
    return ms;
}

/* Begin a stage of the current command; its clock starts at the next tick. */
static void atc__eng_stage(atc_engine *e, atc_stage st)
{
    const atc_profile *prof = atc__eng_profile(e);
    const atc_cmd *c = e->cur;
    uint32_t ms = prof->prompt_ms;
    uint16_t i;
    e->cur->stage = (uint8_t)st;
    if (st == ATC_STAGE_FINAL) {
        ms = prof->final_ms;
        for (i = 0; i < prof->ntimings; i++)
            if (prof->timings[i].cmd == c->id) {
                const atc_timing *t = &prof->timings[i];
                ms = atc__eng_ms(e, c, t->ms, t->field, t->unit_ms);
                break;
            }
    } else if (st == ATC_STAGE_URC) {
        ms = prof->completion_ms;
        /* the await the parser keeps for it (the newest of its form) */
        for (i = e->parser.nawait; i-- > 0;) {
            const atc__await *a = &e->parser.await[i];
            if (ATC__A_K(a) == e->k && prof->completions[a->rule].cmd == c->id) {
                const atc_completion *r = &prof->completions[a->rule];
                ms = atc__eng_ms(e, c, r->ms, r->ms_field, r->unit_ms);
                break;
            }
        }
    }
    e->wait_ms = c->timeout_ms ? c->timeout_ms : ms;
    e->flags |= ATC__E_ARM;
}

static void atc__eng_urc(atc_engine *e, const atc_event *ev)
{
    e->flags &= (uint8_t)~ATC__E_TO_CMD;
    if (e->cb->on_urc)
        e->cb->on_urc(e, ev);
}

/* Tell the caller how command c ended (once: it is idle afterwards). */
static void atc__eng_report(atc_engine *e, atc_cmd *c, atc_outcome how, const atc_event *ev, int32_t code)
{
    atc_done d;
    memset(&d, 0, sizeof d);
    d.how = how;
    d.stage = (atc_stage)c->stage;
    d.ev = ev;
    d.code = code;
    if (how == ATC_DONE_ERROR && ev->desc->nfields) {
        /* +CME ERROR: <err>, +ERR<code>: the code, and its text when the module wrote it */
        const atc_field_desc *f = atc_msg_fields(ev->profile, ev->id);
        if (atc__get_int(ev->profile, ev->id, ev->msg, 0, &d.code) &&
            (atc_field_info_of(ev->profile, f)->flags & ATC_I_VERBOSE))
            memcpy(&d.text, (const char *)ev->msg + f->has, sizeof d.text);
    }
    c->stage = ATC_STAGE_IDLE;
    if (c->on_done)
        c->on_done(e, c, &d);
}

/* The current command ended. With `drain` its final result is still to come, and keeps the line
 * until it has passed. */
static void atc__eng_end(atc_engine *e, atc_outcome how, const atc_event *ev, int32_t code, int drain)
{
    atc_cmd *c = e->cur;
    e->cur = NULL;
    e->flags &= (uint8_t)~(ATC__E_TO_CMD | ATC__E_ARM);
    if (drain) {
        e->flags |= ATC__E_DRAIN | ATC__E_ARM;
        e->wait_ms = atc__eng_profile(e)->final_ms;
    }
    atc__eng_report(e, c, how, ev, code);
}

/* Write the current command's payload after its prompt (or OK): the terminator too when the
 * length is not fixed (AT+QISEND=<id> ... Ctrl+Z; +++ of the ICA binary sends). */
static int atc__eng_payload(atc_engine *e)
{
    const atc_profile *prof = atc__eng_profile(e);
    const atc_prompt_desc *pr = &prof->prompts[e->parser.prompt_rule];
    const atc_cmd *c = e->cur;
    if (c->data_len && e->cb->write(e, c->data, c->data_len) != 0)
        return -1;
    if (e->parser.prompt_len == 0xFFFF && pr->terminator) {
        const char *t = prof->text + pr->terminator;
        return e->cb->write(e, t, strlen(t));
    }
    return 0;
}

static void atc__eng_event(atc_parser *p, const atc_event *ev)
{
    atc_engine *e = (atc_engine *)p->user;
    atc_cmd *c = e->cur;
    const atc_msg_desc *d = ev->desc;
    int mine = ev->command == e->id && ev->command_profile == atc__eng_profile(e) &&
               (c || (e->flags & ATC__E_DRAIN));
    uint16_t flags = d ? d->flags : 0;
    if (flags & ATC_M_RESTART) {
        /* the module restarted: what was in flight is lost; wait for it to be ready */
        if (c)
            atc__eng_end(e, ATC_DONE_RESTARTED, ev, -1, 0);
        e->flags = (uint8_t)((e->flags & ~ATC__E_DRAIN) | ATC__E_BOOTING | ATC__E_ARM);
        e->wait_ms = e->parser.profiles[0]->final_ms;
        atc__eng_urc(e, ev);
        return;
    }
    if (e->flags & ATC__E_BOOTING) {
        e->flags &= (uint8_t)~(ATC__E_BOOTING | ATC__E_ARM);
        if (ev->kind == ATC_KIND_FINAL && !mine)
            return; /* the banner's OK (Neul, OK) */
    }
    if (!mine) {
        if (ev->kind != ATC_KIND_COMMAND) /* (an echo of what the engine wrote) */
            atc__eng_urc(e, ev);
        return;
    }
    if (e->flags & ATC__E_DRAIN) {
        /* it has ended already: its prompt is cancelled, its final result passes */
        if (flags & ATC_M_PROMPT) {
            const atc_prompt_desc *pr = &atc__eng_profile(e)->prompts[p->prompt_rule];
            char esc = (char)pr->cancel;
            if (pr->cancel >= 0)
                e->cb->write(e, &esc, 1);
        } else if (ev->kind == ATC_KIND_FINAL || (flags & ATC_M_ENDS_COMMAND)) {
            e->flags &= (uint8_t)~(ATC__E_DRAIN | ATC__E_ARM);
        }
        return;
    }
    if ((flags & ATC_M_PROMPT) || (ev->kind == ATC_KIND_FINAL && !(flags & ATC_M_ERROR) && !ev->completes &&
                                   p->prompt_rule != 0xFFFF && (p->pflags & ATC__P_AFTER_OK))) {
        /* its '>', or the OK its payload follows (the ICA binary sends) */
        if (atc__eng_payload(e) != 0) {
            atc_reset_pending(p);
            atc__eng_end(e, ATC_DONE_REFUSED, NULL, -1, 0);
            return;
        }
        atc__eng_stage(e, ATC_STAGE_FINAL);
    } else if (ev->kind == ATC_KIND_FINAL || (flags & ATC_M_ENDS_COMMAND)) {
        if (flags & ATC_M_ERROR) {
            atc__eng_end(e, ATC_DONE_ERROR, ev, -1, 0);
        } else if (ev->completes) {
            atc__eng_end(e, ATC_DONE_OK, ev, -1, 0);
        } else {
            atc__eng_stage(e, ATC_STAGE_URC); /* accepted: the URC that completes it follows */
        }
    } else if (ev->kind == ATC_KIND_URC && ev->completes) {
        /* before its final result, the URC keeps the line until that result has passed */
        atc__eng_end(e, ATC_DONE_URC, ev, -1, c->stage != ATC_STAGE_URC);
    } else {
        /* an answer, or a line of its completion that reports progress (which restarts the wait) */
        if (ev->kind == ATC_KIND_URC && c->stage == ATC_STAGE_URC)
            atc__eng_stage(e, ATC_STAGE_URC);
        e->flags |= ATC__E_TO_CMD;
        if (c->on_event)
            c->on_event(e, c, ev);
    }
}

static void atc__eng_data(atc_parser *p, atc_dir dir, const char *data, size_t len)
{
    atc_engine *e = (atc_engine *)p->user;
    if (dir == ATC_DIR_TX)
        return; /* the module's echo of the payload the engine wrote */
    if ((e->flags & ATC__E_TO_CMD) && e->cur) {
        if (e->cur->on_data)
            e->cur->on_data(e, e->cur, data, len);
    } else if (e->cb->on_data) {
        e->cb->on_data(e, data, len);
    }
}

static const atc_callbacks atc__eng_callbacks = {atc__eng_event, atc__eng_data, NULL};

ATC_API int atc_engine_init(atc_engine *e, const atc_engine_config *cfg)
{
    memset(e, 0, sizeof *e);
    if (atc_init_multi(&e->parser, cfg->profiles, cfg->nprofiles, &atc__eng_callbacks, e) != 0)
        return -1;
    e->user = cfg->user;
    e->cb = cfg->cb;
    e->queue = cfg->queue;
    e->queue_len = cfg->queue_len;
    e->line = cfg->line;
    e->line_len = cfg->line_len;
    e->id = ATC_NO_MSG;
    return 0;
}

/* Write command c and tell the parser; it is then in flight. */
static void atc__eng_send(atc_engine *e, atc_cmd *c)
{
    const atc_profile *prof = c->profile ? c->profile : e->parser.profiles[0];
    size_t n = 0;
    atc_err err;
    uint8_t k = 0;
    while (e->parser.profiles[k] != prof)
        k++; /* (atc_engine_submit checked that it is one of them) */
    e->cur = c;
    e->k = k;
    e->id = c->id;
    c->stage = ATC_STAGE_FINAL;
    err = atc_encode(prof, c->id, c->msg, ATC_FRAME_WIRE, e->line, e->line_len, &n);
    if (err != ATC_OK || e->cb->write(e, e->line, n) != 0) {
        atc__eng_end(e, ATC_DONE_REFUSED, NULL, err != ATC_OK ? (int32_t)err : -1, 0);
        return;
    }
    atc_sent_in(&e->parser, prof, c->id, c->msg);
    atc__eng_stage(e, (e->parser.lflags & ATC__L_PROMPT) ? ATC_STAGE_PROMPT : ATC_STAGE_FINAL);
}

/* Send what is queued while the line is free. */
static void atc__eng_pump(atc_engine *e)
{
    while (!e->cur && e->qcount && !(e->flags & (ATC__E_FEEDING | ATC__E_DRAIN | ATC__E_BOOTING))) {
        atc_cmd *c = e->queue[0];
        memmove(e->queue, e->queue + 1, --e->qcount * sizeof *e->queue);
        atc__eng_send(e, c);
    }
}

ATC_API void atc_engine_feed(atc_engine *e, const char *data, size_t len)
{
    uint8_t feeding = e->flags & ATC__E_FEEDING;
    e->flags |= ATC__E_FEEDING;
    atc_feed(&e->parser, data, len);
    if (!feeding) {
        e->flags &= (uint8_t)~ATC__E_FEEDING;
        atc__eng_pump(e);
    }
}

ATC_API void atc_engine_tick(atc_engine *e, uint32_t now_ms)
{
    if (e->flags & ATC__E_ARM) {
        e->flags &= (uint8_t)~ATC__E_ARM;
        e->deadline = now_ms + e->wait_ms;
        e->flags |= ATC__E_TIMED;
    } else if ((e->flags & ATC__E_TIMED) && (int32_t)(now_ms - e->deadline) >= 0) {
        e->flags &= (uint8_t)~ATC__E_TIMED;
        if (e->flags & (ATC__E_DRAIN | ATC__E_BOOTING)) {
            /* its final result (or the banner's OK) did not come: the line is free again */
            if (e->flags & ATC__E_DRAIN)
                atc_reset_pending(&e->parser);
            e->flags &= (uint8_t)~(ATC__E_DRAIN | ATC__E_BOOTING);
        } else if (e->cur) {
            /* a final result (or '>') that comes late must not end the next command: the line is
             * held for the stage's time again, at most the profile's final-result time */
            uint32_t guard = atc__eng_profile(e)->final_ms;
            int late = e->cur->stage != ATC_STAGE_URC;
            if (e->wait_ms < guard)
                guard = e->wait_ms;
            if (!late)
                atc_drop_await(&e->parser, atc__eng_profile(e), e->id);
            atc__eng_end(e, ATC_DONE_TIMEOUT, NULL, -1, late);
            if (late)
                e->wait_ms = guard;
        }
    }
    if (!(e->flags & ATC__E_FEEDING))
        atc__eng_pump(e);
}

ATC_API int atc_engine_submit(atc_engine *e, atc_cmd *cmd)
{
    const atc_profile *prof = cmd->profile ? cmd->profile : e->parser.profiles[0];
    uint8_t k;
    for (k = 0; k < e->parser.nprofiles && e->parser.profiles[k] != prof; k++)
        ;
    if (k == e->parser.nprofiles || cmd->id >= prof->nmsgs || prof->msgs[cmd->id].kind != ATC_KIND_COMMAND ||
        cmd->stage != ATC_STAGE_IDLE || e->qcount == e->queue_len)
        return -1;
    e->queue[e->qcount++] = cmd;
    cmd->stage = ATC_STAGE_QUEUED;
    if (!(e->flags & ATC__E_FEEDING))
        atc__eng_pump(e);
    return 0;
}

ATC_API int atc_engine_cancel(atc_engine *e, atc_cmd *cmd)
{
    uint8_t i;
    if (cmd == e->cur && cmd->stage != ATC_STAGE_IDLE) {
        if (cmd->stage == ATC_STAGE_URC)
            atc_drop_await(&e->parser, atc__eng_profile(e), e->id);
        atc__eng_end(e, ATC_DONE_CANCELLED, NULL, -1, cmd->stage != ATC_STAGE_URC);
        return 0;
    }
    for (i = 0; i < e->qcount; i++)
        if (e->queue[i] == cmd) {
            memmove(e->queue + i, e->queue + i + 1, (size_t)(--e->qcount - i) * sizeof *e->queue);
            atc__eng_report(e, cmd, ATC_DONE_CANCELLED, NULL, -1);
            return 0;
        }
    return -1;
}

ATC_API int atc_engine_busy(const atc_engine *e)
{
    return e->cur != NULL || e->qcount != 0;
}

#endif /* ATC_RUNTIME_IMPLEMENTED */

#ifndef ATC_ICA_IMPLEMENTED
#define ATC_ICA_IMPLEMENTED

/* SPDX-License-Identifier: MIT */
/* Generated by atc from spec/ica.yaml: the profile's tables and encoders.
 * Do not edit: change the spec and run `make generate`. The runtime reads these tables; the
 * macros that write them are at the end of runtime/atc.h. */
/* (amalgamated: ica.h) */
#include <stddef.h>

#if defined(__cplusplus)
#define ATC__ICA_CHECK(name, cond) static_assert(cond, #name)
#else
#define ATC__ICA_CHECK(name, cond) typedef char atc__ica_check_##name[(cond) ? 1 : -1]
#endif

/* ---- Strings: allowed values, keywords, labels, terminators and wire prefixes ---- */
static const struct {
    char s0[1];
    char s1[10];
    char s2[8];
    char s3[12];
    char s4[10];
    char s5[4];
    char s6[6];
    char s7[11];
    char s8[10];
    char s9[11];
    char s10[12];
    char s11[3];
    char s12[5];
    char s13[4];
    char s14[6];
    char s15[13];
    char s16[3];
    char s17[15];
    char s18[14];
    char s19[14];
    char s20[15];
    char s21[14];
    char s22[14];
    char s23[15];
    char s24[14];
    char s25[14];
    char s26[15];
    char s27[14];
    char s28[14];
    char s29[15];
    char s30[13];
    char s31[14];
    char s32[13];
    char s33[13];
    char s34[16];
    char s35[15];
    char s36[15];
    char s37[14];
    char s38[13];
    char s39[13];
    char s40[16];
    char s41[15];
    char s42[15];
    char s43[17];
    char s44[16];
    char s45[19];
    char s46[18];
    char s47[16];
    char s48[15];
    char s49[18];
    char s50[16];
    char s51[18];
    char s52[17];
    char s53[17];
    char s54[18];
    char s55[14];
    char s56[13];
    char s57[13];
    char s58[15];
    char s59[14];
    char s60[14];
    char s61[15];
    char s62[14];
    char s63[14];
    char s64[18];
    char s65[17];
    char s66[17];
    char s67[18];
    char s68[17];
    char s69[17];
    char s70[19];
    char s71[18];
    char s72[18];
    char s73[19];
    char s74[18];
    char s75[18];
    char s76[17];
    char s77[16];
    char s78[17];
    char s79[16];
    char s80[15];
    char s81[14];
    char s82[14];
    char s83[14];
    char s84[13];
    char s85[13];
    char s86[15];
    char s87[14];
    char s88[14];
    char s89[15];
    char s90[14];
    char s91[14];
    char s92[18];
    char s93[17];
    char s94[17];
    char s95[18];
    char s96[17];
    char s97[17];
    char s98[17];
    char s99[16];
    char s100[17];
    char s101[16];
    char s102[18];
    char s103[16];
    char s104[14];
    char s105[13];
    char s106[13];
    char s107[13];
    char s108[12];
    char s109[12];
    char s110[16];
    char s111[15];
    char s112[13];
    char s113[12];
    char s114[15];
    char s115[14];
    char s116[14];
    char s117[12];
    char s118[13];
    char s119[12];
    char s120[12];
    char s121[13];
    char s122[12];
    char s123[14];
    char s124[12];
    char s125[8];
    char s126[8];
    char s127[8];
    char s128[12];
    char s129[12];
    char s130[12];
    char s131[12];
    char s132[11];
    char s133[13];
    char s134[11];
    char s135[13];
    char s136[14];
    char s137[16];
    char s138[13];
    char s139[15];
    char s140[11];
    char s141[12];
    char s142[12];
    char s143[15];
    char s144[15];
    char s145[16];
    char s146[16];
    char s147[14];
    char s148[14];
    char s149[12];
    char s150[11];
    char s151[12];
    char s152[12];
    char s153[15];
    char s154[15];
    char s155[14];
    char s156[14];
    char s157[11];
    char s158[10];
    char s159[13];
    char s160[10];
    char s161[13];
    char s162[10];
    char s163[14];
} atc__ica_text_pool = {
    "",
    "\"TIMEOUT\"",
    "\"CLEAN\"",
    "\"KEEPALIVE\"",
    "\"VERSION\"",
    "3.1",
    "3.1.1",
    "\"AUTHMODE\"",
    "\"PINGRSP\"",
    "\"DURATION\"",
    "\"BLOCKSIZE\"",
    "OK",
    "FAIL",
    "+++",
    "ERROR",
    "+CME ERROR: ",
    "> ",
    "AT+IMQTTMODE=?",
    "AT+IMQTTMODE?",
    "AT+IMQTTMODE=",
    "AT+IMQTTOPEN=?",
    "AT+IMQTTOPEN?",
    "AT+IMQTTOPEN=",
    "AT+IMQTTAUTH=?",
    "AT+IMQTTAUTH?",
    "AT+IMQTTAUTH=",
    "AT+IMQTTPARA=?",
    "AT+IMQTTPARA?",
    "AT+IMQTTPARA=",
    "AT+IMQTTCONN=?",
    "AT+IMQTTCONN",
    "AT+IMQTTPUB=?",
    "AT+IMQTTPUB?",
    "AT+IMQTTPUB=",
    "AT+IMQTTPUBIN=?",
    "AT+IMQTTPUBIN?",
    "AT+IMQTTPUBIN=",
    "AT+IMQTTSUB=?",
    "AT+IMQTTSUB?",
    "AT+IMQTTSUB=",
    "AT+IMQTTUNSUB=?",
    "AT+IMQTTUNSUB?",
    "AT+IMQTTUNSUB=",
    "AT+IMQTTRCVPUB=?",
    "AT+IMQTTRCVPUB?",
    "AT+IMQTTRCVPUBIN=?",
    "AT+IMQTTRCVPUBIN?",
    "AT+IMQTTSTATE=?",
    "AT+IMQTTSTATE?",
    "AT+IMQTTDISCONN=?",
    "AT+IMQTTDISCONN",
    "AT+IMQTTDBGPARA=?",
    "AT+IMQTTDBGPARA?",
    "AT+IMQTTDBGPARA=",
    "AT+IMQTTPINGRSP=?",
    "AT+ICOAPARA=?",
    "AT+ICOAPARA?",
    "AT+ICOAPARA=",
    "AT+ICOAPOPEN=?",
    "AT+ICOAPOPEN?",
    "AT+ICOAPOPEN=",
    "AT+ICOAPAUTH=?",
    "AT+ICOAPAUTH?",
    "AT+ICOAPAUTH=",
    "AT+ICOAPSENDREQ=?",
    "AT+ICOAPSENDREQ?",
    "AT+ICOAPSENDREQ=",
    "AT+ICOAPSENDBIN=?",
    "AT+ICOAPSENDBIN?",
    "AT+ICOAPSENDBIN=",
    "AT+ICOAPSENDREQN=?",
    "AT+ICOAPSENDREQN?",
    "AT+ICOAPSENDREQN=",
    "AT+ICOAPSENDNBIN=?",
    "AT+ICOAPSENDNBIN?",
    "AT+ICOAPSENDNBIN=",
    "AT+ICOAPRCVRSP=?",
    "AT+ICOAPRCVRSP?",
    "AT+ICOAPRCVBIN=?",
    "AT+ICOAPRCVBIN?",
    "AT+IHTTPOPEN=?",
    "AT+IHTTPOPEN?",
    "AT+IHTTPOPEN=",
    "AT+IHTTPARA=?",
    "AT+IHTTPARA?",
    "AT+IHTTPARA=",
    "AT+IHTTPAUTH=?",
    "AT+IHTTPAUTH?",
    "AT+IHTTPAUTH=",
    "AT+IHTTPSEND=?",
    "AT+IHTTPSEND?",
    "AT+IHTTPSEND=",
    "AT+IHTTPSENDREQ=?",
    "AT+IHTTPSENDREQ?",
    "AT+IHTTPSENDREQ=",
    "AT+IHTTPSENDBIN=?",
    "AT+IHTTPSENDBIN?",
    "AT+IHTTPSENDBIN=",
    "AT+IHTTPRCVRSP=?",
    "AT+IHTTPRCVRSP?",
    "AT+IHTTPRCVBIN=?",
    "AT+IHTTPRCVBIN?",
    "AT+IHTTPDISCONN=?",
    "AT+IHTTPDISCONN",
    "AT+IOTAPARA=?",
    "AT+IOTAPARA?",
    "AT+IOTAPARA=",
    "AT+IOTAVER=?",
    "AT+IOTAVER?",
    "AT+IOTAVER=",
    "AT+IOTANEWVER=?",
    "AT+IOTANEWVER?",
    "AT+IOTAPGS=?",
    "AT+IOTAPGS=",
    "AT+IOTABLOCK=?",
    "AT+IOTABLOCK=",
    "AT+IOTABORT=?",
    "AT+IOTABORT",
    "AT+ILOGLVL=?",
    "AT+ILOGLVL?",
    "AT+ILOGLVL=",
    "AT+IREBOOT=?",
    "AT+IREBOOT=",
    "AT+IDEFAULT=?",
    "AT+IDEFAULT",
    "AT+CGMI",
    "AT+CGMM",
    "AT+CGMR",
    "+IMQTTMODE:",
    "+IMQTTOPEN:",
    "+IMQTTAUTH:",
    "+IMQTTPARA:",
    "+IMQTTPUB:",
    "+IMQTTPUBIN:",
    "+IMQTTSUB:",
    "+IMQTTUNSUB:",
    "+IMQTTRCVPUB:",
    "+IMQTTRCVPUBIN:",
    "+IMQTTSTATE:",
    "+IMQTTDBGPARA:",
    "+ICOAPARA:",
    "+ICOAPOPEN:",
    "+ICOAPAUTH:",
    "+ICOAPSENDREQ:",
    "+ICOAPSENDBIN:",
    "+ICOAPSENDREQN:",
    "+ICOAPSENDNBIN:",
    "+ICOAPRCVRSP:",
    "+ICOAPRCVBIN:",
    "+IHTTPOPEN:",
    "+IHTTPARA:",
    "+IHTTPAUTH:",
    "+IHTTPSEND:",
    "+IHTTPSENDREQ:",
    "+IHTTPSENDBIN:",
    "+IHTTPRCVRSP:",
    "+IHTTPRCVBIN:",
    "+IOTAPARA:",
    "+IOTAVER:",
    "+IOTANEWVER:",
    "+IOTAPGS:",
    "+IOTABLOCK: ",
    "+ILOGLVL:",
    "+IMQTTPINGRSP"
};
ATC__ICA_CHECK(text_pool_unpadded, sizeof atc__ica_text_pool == 2250);
#define atc__ica_text ((const char *)&atc__ica_text_pool)


/* Integers: [lo, hi] ranges, and (value, type) pairs of dynamic fields. */
static const int32_t atc__ica_ints[] = {
0, 0, 1, 1, 0, 2, 1, 1, 2, 2, 3, 3,
4, 4, -4, 100, 0, 5, 0, -1, 0, 65535, 0, 0,
1, 1, 2, 2, 0, 0, 1, 1, 2, 2, 3, 3,
4, 4, 5, 5, 255, 255, 0, 0, 1, 1, 2, 2,
128, 128,
    0
};

/* Lists of strings (allowed values, keyword texts, texts of error codes): offsets in text. */
static const uint16_t atc__ica_strs[] = {
1, 11, 19, 31, 41, 45, 51, 62, 72, 83, 95, 98,
    0
};

/* ---- What fields accept, shared by every field that accepts the same ---- */
enum {
    ATC__ICA_I_ERR = 0,
    ATC__ICA_I_MODE = 1,
    ATC__ICA_I_PARAVALUE = 2,
    ATC__ICA_I_LIT_TIMEOUT = 3,
    ATC__ICA_I_LIT_CLEAN = 4,
    ATC__ICA_I_LIT_KEEPALIVE = 5,
    ATC__ICA_I_LIT_VERSION = 6,
    ATC__ICA_I_VERSION = 7,
    ATC__ICA_I_LIT_AUTHMODE = 8,
    ATC__ICA_I_QOS = 9,
    ATC__ICA_I_FORMAT = 10,
    ATC__ICA_I_FRAGMENT_ID = 11,
    ATC__ICA_I_LIT_PINGRSP = 12,
    ATC__ICA_I_METHOD = 13,
    ATC__ICA_I_LIT_DURATION = 14,
    ATC__ICA_I_LIT_BLOCKSIZE = 15,
    ATC__ICA_I_PROGRESS = 16,
    ATC__ICA_I_LEVEL = 17,
    ATC__ICA_I_PACKET_ID = 18,
    ATC__ICA_I_MSG_LEN = 19,
    ATC__ICA_I_STATE = 20,
    ATC__ICA_I_STATUS = 21,
    ATC__ICA_I_LIT_OK = 22,
    ATC__ICA_I_LIT_FAIL = 23,
    ATC__ICA_I_STATUS_2 = 24
};
static const atc_field_info atc__ica_infos[] = {
    /*  max_len, ranges, values, label, nranges, nvalues, fmt, flags, type_from, max_count */
    {0, 0, 0, 0, 0, 0, 0x00, ATC_I_PLAIN, -1, 0}, /* ATC__ICA_I_ERR */
    {0, 0, 0, 0, 2, 0, 0x00, ATC_I_PLAIN, -1, 0}, /* ATC__ICA_I_MODE */
    {0, 0, 0, 0, 0, 0, 0x00, 0, -1, 16}, /* ATC__ICA_I_PARAVALUE */
    {0, 0, 0, 0, 0, 1, 0x00, 0, -1, 0}, /* ATC__ICA_I_LIT_TIMEOUT */
    {0, 0, 1, 0, 0, 1, 0x00, 0, -1, 0}, /* ATC__ICA_I_LIT_CLEAN */
    {0, 0, 2, 0, 0, 1, 0x00, 0, -1, 0}, /* ATC__ICA_I_LIT_KEEPALIVE */
    {0, 0, 3, 0, 0, 1, 0x00, 0, -1, 0}, /* ATC__ICA_I_LIT_VERSION */
    {0, 0, 4, 0, 0, 2, 0x00, 0, -1, 0}, /* ATC__ICA_I_VERSION */
    {0, 0, 6, 0, 0, 1, 0x00, 0, -1, 0}, /* ATC__ICA_I_LIT_AUTHMODE */
    {0, 4, 0, 0, 1, 0, 0x00, ATC_I_PLAIN, -1, 0}, /* ATC__ICA_I_QOS */
    {0, 0, 0, 0, 2, 0, 0x00, 0, -1, 0}, /* ATC__ICA_I_FORMAT */
    {0, 0, 0, 0, 0, 0, 0x00, 0, -1, 0}, /* ATC__ICA_I_FRAGMENT_ID */
    {0, 0, 7, 0, 0, 1, 0x00, 0, -1, 0}, /* ATC__ICA_I_LIT_PINGRSP */
    {0, 6, 0, 0, 4, 0, 0x00, ATC_I_PLAIN, -1, 0}, /* ATC__ICA_I_METHOD */
    {0, 0, 8, 0, 0, 1, 0x00, 0, -1, 0}, /* ATC__ICA_I_LIT_DURATION */
    {0, 0, 9, 0, 0, 1, 0x00, 0, -1, 0}, /* ATC__ICA_I_LIT_BLOCKSIZE */
    {0, 14, 0, 0, 1, 0, 0x00, ATC_I_PLAIN, -1, 0}, /* ATC__ICA_I_PROGRESS */
    {0, 16, 0, 0, 1, 0, 0x00, ATC_I_PLAIN, -1, 0}, /* ATC__ICA_I_LEVEL */
    {0, 18, 0, 0, 1, 0, 0x00, ATC_I_UNSIGNED, -1, 0}, /* ATC__ICA_I_PACKET_ID */
    {0, 20, 0, 0, 1, 0, 0x00, 0, -1, 0}, /* ATC__ICA_I_MSG_LEN */
    {0, 22, 0, 0, 3, 0, 0x00, ATC_I_PLAIN, -1, 0}, /* ATC__ICA_I_STATE */
    {0, 28, 0, 0, 7, 0, 0x00, ATC_I_PLAIN, -1, 0}, /* ATC__ICA_I_STATUS */
    {0, 0, 10, 0, 0, 1, 0x00, 0, -1, 0}, /* ATC__ICA_I_LIT_OK */
    {0, 0, 11, 0, 0, 1, 0x00, 0, -1, 0}, /* ATC__ICA_I_LIT_FAIL */
    {0, 42, 0, 0, 4, 0, 0x00, ATC_I_PLAIN, -1, 0}, /* ATC__ICA_I_STATUS_2 */
};

/* ---- Fields: one row a field; messages whose fields are written alike share their rows ---- */
enum {
    ATC__ICA_F_NONE = 0, /* messages without fields */
    ATC__ICA_F_CME_ERROR = 0,
    ATC__ICA_F_AT_IMQTTMODE_SET = 1,
    ATC__ICA_F_AT_IMQTTOPEN_SET = 2,
    ATC__ICA_F_AT_IMQTTAUTH_SET = 4,
    ATC__ICA_F_AT_IMQTTPARA_SET = 5,
    ATC__ICA_F_AT_IMQTTPUB_SET = 15,
    ATC__ICA_F_AT_IMQTTPUBIN_SET = 20,
    ATC__ICA_F_AT_IMQTTSUB_SET = 23,
    ATC__ICA_F_AT_IMQTTUNSUB_SET = 25,
    ATC__ICA_F_AT_IMQTTDBGPARA_SET = 26,
    ATC__ICA_F_AT_ICOAPARA_SET = 28,
    ATC__ICA_F_AT_ICOAPSENDREQ_SET = 30,
    ATC__ICA_F_AT_ICOAPSENDBIN_SET = 35,
    ATC__ICA_F_AT_IHTTPARA_SET = 38,
    ATC__ICA_F_AT_IHTTPSEND_SET = 44,
    ATC__ICA_F_AT_IOTAPARA_SET = 47,
    ATC__ICA_F_AT_IOTAVER_SET = 51,
    ATC__ICA_F_AT_IOTAPGS_SET = 52,
    ATC__ICA_F_AT_IOTABLOCK_SET = 54,
    ATC__ICA_F_AT_ILOGLVL_SET = 55,
    ATC__ICA_F_AT_IREBOOT_SET = 56,
    ATC__ICA_F_IMQTTMODE_TEST = 57,
    ATC__ICA_F_IMQTTOPEN_TEST = 58,
    ATC__ICA_F_IMQTTAUTH_TEST = 60,
    ATC__ICA_F_IMQTTPARA_TEST = 61,
    ATC__ICA_F_IMQTTPUB_TEST = 63,
    ATC__ICA_F_IMQTTPUB_SET = 68,
    ATC__ICA_F_IMQTTPUBIN_TEST = 69,
    ATC__ICA_F_IMQTTPUBIN_READ = 72,
    ATC__ICA_F_IMQTTSUB_TEST = 75,
    ATC__ICA_F_IMQTTUNSUB_TEST = 77,
    ATC__ICA_F_IMQTTRCVPUB_READ = 78,
    ATC__ICA_F_IMQTTRCVPUBIN_READ = 84,
    ATC__ICA_F_IMQTTSTATE_READ = 87,
    ATC__ICA_F_ICOAPSENDREQ_TEST = 88,
    ATC__ICA_F_ICOAPSENDREQ_SET = 93,
    ATC__ICA_F_ICOAPSENDBIN_TEST = 94,
    ATC__ICA_F_ICOAPSENDBIN_READ = 97,
    ATC__ICA_F_ICOAPRCVRSP_READ = 100,
    ATC__ICA_F_ICOAPRCVBIN_READ = 106,
    ATC__ICA_F_IHTTPSEND_TEST = 109,
    ATC__ICA_F_IHTTPRCVRSP_READ = 112,
    ATC__ICA_F_IHTTPRCVBIN_READ = 119,
    ATC__ICA_F_IOTAVER_TEST = 123,
    ATC__ICA_F_IOTANEWVER_READ = 124,
    ATC__ICA_F_IOTAPGS_TEST = 127,
    ATC__ICA_F_IOTABLOCK = 129,
    ATC__ICA_F_ILOGLVL_TEST = 130,
    ATC__ICA_F_CGMI = 131,
    ATC__ICA_F_IMQTTAUTH_OK = 132,
    ATC__ICA_F_IMQTTAUTH_FAIL = 133,
    ATC__ICA_F_IMQTTPUB = 134,
    ATC__ICA_F_IMQTTSUB = 136,
    ATC__ICA_F_ICOAPSENDREQ = 138,
    ATC__ICA_F_IHTTPSEND = 140
};
static const atc_field_desc atc__ica_fields[] = {
    /* CME_ERROR: +CME ERROR: <err> */
    ATC_FIELD(atc_ica_cme_error, err, ATC_T_INT, 0, ATC__ICA_I_ERR),
    /* AT_IMQTTMODE_SET: AT+IMQTTMODE=<mode> */
    ATC_FIELD(atc_ica_at_imqttmode_set, mode, ATC_T_INT, 0, ATC__ICA_I_MODE),
    /* AT_IMQTTOPEN_SET: AT+IMQTTOPEN=<hostname>,<port> */
    ATC_FIELD(atc_ica_at_imqttopen_set, hostname, ATC_T_STRING, 0, ATC__ICA_I_ERR),
    ATC_FIELD(atc_ica_at_imqttopen_set, port, ATC_T_INT, 0, ATC__ICA_I_ERR),
    /* AT_IMQTTAUTH_SET: AT+IMQTTAUTH=<ParaValue>... */
    ATC_FIELD_LIST(atc_ica_at_imqttauth_set, para_value, ATC_T_STRING, ATC_F_LIST, ATC__ICA_I_PARAVALUE),
    /* AT_IMQTTPARA_SET: AT+IMQTTPARA={"TIMEOUT",<TIMEOUT> | "CLEAN",<CLEAN> | "KEEPALIVE",<KEEPALIVE> | "VERSION",<VERSION> | "AUTHMODE",<AUTHMODE>} */
    ATC_LITERAL(ATC__ICA_I_LIT_TIMEOUT), /* "TIMEOUT" */
    ATC_FIELD_OPT(atc_ica_at_imqttpara_set, timeout, ATC_T_INT, ATC_F_OPTIONAL, ATC__ICA_I_ERR),
    ATC_LITERAL(ATC__ICA_I_LIT_CLEAN), /* "CLEAN" */
    ATC_FIELD_OPT(atc_ica_at_imqttpara_set, clean, ATC_T_INT, ATC_F_OPTIONAL, ATC__ICA_I_MODE),
    ATC_LITERAL(ATC__ICA_I_LIT_KEEPALIVE), /* "KEEPALIVE" */
    ATC_FIELD_OPT(atc_ica_at_imqttpara_set, keep_alive, ATC_T_INT, ATC_F_OPTIONAL, ATC__ICA_I_ERR),
    ATC_LITERAL(ATC__ICA_I_LIT_VERSION), /* "VERSION" */
    ATC_FIELD_OPT(atc_ica_at_imqttpara_set, version, ATC_T_STRING, ATC_F_OPTIONAL, ATC__ICA_I_VERSION),
    ATC_LITERAL(ATC__ICA_I_LIT_AUTHMODE), /* "AUTHMODE" */
    ATC_FIELD_OPT(atc_ica_at_imqttpara_set, auth_mode, ATC_T_INT, ATC_F_OPTIONAL, ATC__ICA_I_MODE),
    /* AT_IMQTTPUB_SET: AT+IMQTTPUB=<topic>,<qos>,<message>[,<format>[,<fragment_id>]] */
    ATC_FIELD(atc_ica_at_imqttpub_set, topic, ATC_T_STRING, 0, ATC__ICA_I_ERR),
    ATC_FIELD(atc_ica_at_imqttpub_set, qos, ATC_T_INT, 0, ATC__ICA_I_QOS),
    ATC_FIELD(atc_ica_at_imqttpub_set, message, ATC_T_STRING, 0, ATC__ICA_I_ERR),
    ATC_FIELD_OPT(atc_ica_at_imqttpub_set, format, ATC_T_INT, ATC_F_OPTIONAL | ATC_F_EMPTY, ATC__ICA_I_FORMAT),
    ATC_FIELD_OPT(atc_ica_at_imqttpub_set, fragment_id, ATC_T_INT, ATC_F_OPTIONAL | ATC_F_EMPTY, ATC__ICA_I_FRAGMENT_ID),
    /* AT_IMQTTPUBIN_SET: AT+IMQTTPUBIN=<topic>,<qos>,<msg_len> */
    ATC_FIELD(atc_ica_at_imqttpubin_set, topic, ATC_T_STRING, 0, ATC__ICA_I_ERR),
    ATC_FIELD(atc_ica_at_imqttpubin_set, qos, ATC_T_INT, 0, ATC__ICA_I_QOS),
    ATC_FIELD(atc_ica_at_imqttpubin_set, msg_len, ATC_T_INT, 0, ATC__ICA_I_ERR),
    /* AT_IMQTTSUB_SET: AT+IMQTTSUB=<topic>,<qos> */
    ATC_FIELD(atc_ica_at_imqttsub_set, topic, ATC_T_STRING, 0, ATC__ICA_I_ERR),
    ATC_FIELD(atc_ica_at_imqttsub_set, qos, ATC_T_INT, 0, ATC__ICA_I_QOS),
    /* AT_IMQTTUNSUB_SET: AT+IMQTTUNSUB=<topic> */
    ATC_FIELD(atc_ica_at_imqttunsub_set, topic, ATC_T_STRING, 0, ATC__ICA_I_ERR),
    /* AT_IMQTTDBGPARA_SET: AT+IMQTTDBGPARA={"PINGRSP",<PINGRSP>} */
    ATC_LITERAL(ATC__ICA_I_LIT_PINGRSP), /* "PINGRSP" */
    ATC_FIELD_OPT(atc_ica_at_imqttdbgpara_set, ping_rsp, ATC_T_INT, ATC_F_OPTIONAL, ATC__ICA_I_MODE),
    /* AT_ICOAPARA_SET: AT+ICOAPARA={"TIMEOUT",<TIMEOUT>} */
    ATC_LITERAL(ATC__ICA_I_LIT_TIMEOUT), /* "TIMEOUT" */
    ATC_FIELD_OPT(atc_ica_at_icoapara_set, timeout, ATC_T_INT, ATC_F_OPTIONAL, ATC__ICA_I_ERR),
    /* AT_ICOAPSENDREQ_SET: AT+ICOAPSENDREQ=<method>,<path>,<message>[,<format>[,<fragment_id>]] */
    ATC_FIELD(atc_ica_at_icoapsendreq_set, method, ATC_T_INT, 0, ATC__ICA_I_METHOD),
    ATC_FIELD(atc_ica_at_icoapsendreq_set, path, ATC_T_STRING, 0, ATC__ICA_I_ERR),
    ATC_FIELD(atc_ica_at_icoapsendreq_set, message, ATC_T_STRING, 0, ATC__ICA_I_ERR),
    ATC_FIELD_OPT(atc_ica_at_icoapsendreq_set, format, ATC_T_INT, ATC_F_OPTIONAL | ATC_F_EMPTY, ATC__ICA_I_FORMAT),
    ATC_FIELD_OPT(atc_ica_at_icoapsendreq_set, fragment_id, ATC_T_INT, ATC_F_OPTIONAL | ATC_F_EMPTY, ATC__ICA_I_FRAGMENT_ID),
    /* AT_ICOAPSENDBIN_SET: AT+ICOAPSENDBIN=<method>,<path>,<msg_len> */
    ATC_FIELD(atc_ica_at_icoapsendbin_set, method, ATC_T_INT, 0, ATC__ICA_I_METHOD),
    ATC_FIELD(atc_ica_at_icoapsendbin_set, path, ATC_T_STRING, 0, ATC__ICA_I_ERR),
    ATC_FIELD(atc_ica_at_icoapsendbin_set, msg_len, ATC_T_INT, 0, ATC__ICA_I_ERR),
    /* AT_IHTTPARA_SET: AT+IHTTPARA={"KEEPALIVE",<KEEPALIVE> | "TIMEOUT",<TIMEOUT> | "AUTHMODE",<AUTHMODE>} */
    ATC_LITERAL(ATC__ICA_I_LIT_KEEPALIVE), /* "KEEPALIVE" */
    ATC_FIELD_OPT(atc_ica_at_ihttpara_set, keep_alive, ATC_T_INT, ATC_F_OPTIONAL, ATC__ICA_I_MODE),
    ATC_LITERAL(ATC__ICA_I_LIT_TIMEOUT), /* "TIMEOUT" */
    ATC_FIELD_OPT(atc_ica_at_ihttpara_set, timeout, ATC_T_INT, ATC_F_OPTIONAL, ATC__ICA_I_ERR),
    ATC_LITERAL(ATC__ICA_I_LIT_AUTHMODE), /* "AUTHMODE" */
    ATC_FIELD_OPT(atc_ica_at_ihttpara_set, auth_mode, ATC_T_INT, ATC_F_OPTIONAL, ATC__ICA_I_MODE),
    /* AT_IHTTPSEND_SET: AT+IHTTPSEND=<method>,<path>,<message> */
    ATC_FIELD(atc_ica_at_ihttpsend_set, method, ATC_T_INT, 0, ATC__ICA_I_METHOD),
    ATC_FIELD(atc_ica_at_ihttpsend_set, path, ATC_T_STRING, 0, ATC__ICA_I_ERR),
    ATC_FIELD(atc_ica_at_ihttpsend_set, message, ATC_T_STRING, 0, ATC__ICA_I_ERR),
    /* AT_IOTAPARA_SET: AT+IOTAPARA={"DURATION",<DURATION> | "BLOCKSIZE",<BLOCKSIZE>} */
    ATC_LITERAL(ATC__ICA_I_LIT_DURATION), /* "DURATION" */
    ATC_FIELD_OPT(atc_ica_at_iotapara_set, duration, ATC_T_INT, ATC_F_OPTIONAL, ATC__ICA_I_ERR),
    ATC_LITERAL(ATC__ICA_I_LIT_BLOCKSIZE), /* "BLOCKSIZE" */
    ATC_FIELD_OPT(atc_ica_at_iotapara_set, block_size, ATC_T_INT, ATC_F_OPTIONAL, ATC__ICA_I_ERR),
    /* AT_IOTAVER_SET: AT+IOTAVER=<version> */
    ATC_FIELD(atc_ica_at_iotaver_set, version, ATC_T_STRING, 0, ATC__ICA_I_ERR),
    /* AT_IOTAPGS_SET: AT+IOTAPGS=<progress>[,<desc>] */
    ATC_FIELD(atc_ica_at_iotapgs_set, progress, ATC_T_INT, 0, ATC__ICA_I_PROGRESS),
    ATC_FIELD_OPT(atc_ica_at_iotapgs_set, desc, ATC_T_STRING, ATC_F_OPTIONAL, ATC__ICA_I_ERR),
    /* AT_IOTABLOCK_SET: AT+IOTABLOCK=<type> */
    ATC_FIELD(atc_ica_at_iotablock_set, type, ATC_T_INT, 0, ATC__ICA_I_MODE),
    /* AT_ILOGLVL_SET: AT+ILOGLVL=<level> */
    ATC_FIELD(atc_ica_at_iloglvl_set, level, ATC_T_INT, 0, ATC__ICA_I_LEVEL),
    /* AT_IREBOOT_SET: AT+IREBOOT=<mode> */
    ATC_FIELD(atc_ica_at_ireboot_set, mode, ATC_T_INT, 0, ATC__ICA_I_MODE),
    /* IMQTTMODE_TEST: +IMQTTMODE:<mode> */
    ATC_FIELD(atc_ica_imqttmode_test, mode, ATC_T_SUPPORTED, 0, ATC__ICA_I_FRAGMENT_ID),
    /* IMQTTOPEN_TEST: +IMQTTOPEN:<hostname>,<port> */
    ATC_FIELD(atc_ica_imqttopen_test, hostname, ATC_T_SUPPORTED, 0, ATC__ICA_I_FRAGMENT_ID),
    ATC_FIELD(atc_ica_imqttopen_test, port, ATC_T_SUPPORTED, 0, ATC__ICA_I_FRAGMENT_ID),
    /* IMQTTAUTH_TEST: +IMQTTAUTH:<ParaTag>... */
    ATC_FIELD_LIST(atc_ica_imqttauth_test, para_tag, ATC_T_SUPPORTED, ATC_F_LIST, ATC__ICA_I_PARAVALUE),
    /* IMQTTPARA_TEST: +IMQTTPARA:<ParaTag>,<ParaValue> */
    ATC_FIELD(atc_ica_imqttpara_test, para_tag, ATC_T_SUPPORTED, 0, ATC__ICA_I_FRAGMENT_ID),
    ATC_FIELD(atc_ica_imqttpara_test, para_value, ATC_T_SUPPORTED, 0, ATC__ICA_I_FRAGMENT_ID),
    /* IMQTTPUB_TEST: +IMQTTPUB:<topic>,<qos>,<message>,<format>,<fragment_id> */
    ATC_FIELD(atc_ica_imqttpub_test, topic, ATC_T_SUPPORTED, 0, ATC__ICA_I_FRAGMENT_ID),
    ATC_FIELD(atc_ica_imqttpub_test, qos, ATC_T_SUPPORTED, 0, ATC__ICA_I_FRAGMENT_ID),
    ATC_FIELD(atc_ica_imqttpub_test, message, ATC_T_SUPPORTED, 0, ATC__ICA_I_FRAGMENT_ID),
    ATC_FIELD_OPT(atc_ica_imqttpub_test, format, ATC_T_SUPPORTED, ATC_F_OPTIONAL | ATC_F_EMPTY, ATC__ICA_I_FRAGMENT_ID),
    ATC_FIELD_OPT(atc_ica_imqttpub_test, fragment_id, ATC_T_SUPPORTED, ATC_F_OPTIONAL | ATC_F_EMPTY, ATC__ICA_I_FRAGMENT_ID),
    /* IMQTTPUB_SET: +IMQTTPUB:<packet_id> */
    ATC_FIELD(atc_ica_imqttpub_set, packet_id, ATC_T_INT, 0, ATC__ICA_I_PACKET_ID),
    /* IMQTTPUBIN_TEST: +IMQTTPUBIN:<topic>,<qos>,<msg_len> */
    ATC_FIELD(atc_ica_imqttpubin_test, topic, ATC_T_SUPPORTED, 0, ATC__ICA_I_FRAGMENT_ID),
    ATC_FIELD(atc_ica_imqttpubin_test, qos, ATC_T_SUPPORTED, 0, ATC__ICA_I_FRAGMENT_ID),
    ATC_FIELD(atc_ica_imqttpubin_test, msg_len, ATC_T_SUPPORTED, 0, ATC__ICA_I_FRAGMENT_ID),
    /* IMQTTPUBIN_READ: +IMQTTPUBIN:<topic>,<qos>,<msg_len> */
    ATC_FIELD(atc_ica_imqttpubin_read, topic, ATC_T_STRING, 0, ATC__ICA_I_ERR),
    ATC_FIELD(atc_ica_imqttpubin_read, qos, ATC_T_INT, 0, ATC__ICA_I_QOS),
    ATC_FIELD(atc_ica_imqttpubin_read, msg_len, ATC_T_INT, 0, ATC__ICA_I_MSG_LEN),
    /* IMQTTSUB_TEST: +IMQTTSUB:<topic>,<qos> */
    ATC_FIELD(atc_ica_imqttsub_test, topic, ATC_T_SUPPORTED, 0, ATC__ICA_I_FRAGMENT_ID),
    ATC_FIELD(atc_ica_imqttsub_test, qos, ATC_T_SUPPORTED, 0, ATC__ICA_I_FRAGMENT_ID),
    /* IMQTTUNSUB_TEST: +IMQTTUNSUB:<topic> */
    ATC_FIELD(atc_ica_imqttunsub_test, topic, ATC_T_SUPPORTED, 0, ATC__ICA_I_FRAGMENT_ID),
    /* IMQTTRCVPUB_READ: +IMQTTRCVPUB:<packet_id>,<topic>,<msg_len>,<message>[,<format>[,<fragment_id>]] */
    ATC_FIELD(atc_ica_imqttrcvpub_read, packet_id, ATC_T_INT, 0, ATC__ICA_I_PACKET_ID),
    ATC_FIELD(atc_ica_imqttrcvpub_read, topic, ATC_T_STRING, 0, ATC__ICA_I_ERR),
    ATC_FIELD(atc_ica_imqttrcvpub_read, msg_len, ATC_T_INT, 0, ATC__ICA_I_ERR),
    ATC_FIELD(atc_ica_imqttrcvpub_read, message, ATC_T_STRING, 0, ATC__ICA_I_ERR),
    ATC_FIELD_OPT(atc_ica_imqttrcvpub_read, format, ATC_T_INT, ATC_F_OPTIONAL | ATC_F_EMPTY, ATC__ICA_I_FORMAT),
    ATC_FIELD_OPT(atc_ica_imqttrcvpub_read, fragment_id, ATC_T_INT, ATC_F_OPTIONAL | ATC_F_EMPTY, ATC__ICA_I_FRAGMENT_ID),
    /* IMQTTRCVPUBIN_READ: +IMQTTRCVPUBIN:<packet_id>,<topic>,<msg_len> */
    ATC_FIELD(atc_ica_imqttrcvpubin_read, packet_id, ATC_T_INT, 0, ATC__ICA_I_PACKET_ID),
    ATC_FIELD(atc_ica_imqttrcvpubin_read, topic, ATC_T_STRING, 0, ATC__ICA_I_ERR),
    ATC_FIELD(atc_ica_imqttrcvpubin_read, msg_len, ATC_T_INT, 0, ATC__ICA_I_MSG_LEN),
    /* IMQTTSTATE_READ: +IMQTTSTATE:<state> */
    ATC_FIELD(atc_ica_imqttstate_read, state, ATC_T_INT, 0, ATC__ICA_I_STATE),
    /* ICOAPSENDREQ_TEST: +ICOAPSENDREQ:<method>,<path>,<message>,<format>,<fragment_id> */
    ATC_FIELD(atc_ica_icoapsendreq_test, method, ATC_T_SUPPORTED, 0, ATC__ICA_I_FRAGMENT_ID),
    ATC_FIELD(atc_ica_icoapsendreq_test, path, ATC_T_SUPPORTED, 0, ATC__ICA_I_FRAGMENT_ID),
    ATC_FIELD(atc_ica_icoapsendreq_test, message, ATC_T_SUPPORTED, 0, ATC__ICA_I_FRAGMENT_ID),
    ATC_FIELD_OPT(atc_ica_icoapsendreq_test, format, ATC_T_SUPPORTED, ATC_F_OPTIONAL | ATC_F_EMPTY, ATC__ICA_I_FRAGMENT_ID),
    ATC_FIELD_OPT(atc_ica_icoapsendreq_test, fragment_id, ATC_T_SUPPORTED, ATC_F_OPTIONAL | ATC_F_EMPTY, ATC__ICA_I_FRAGMENT_ID),
    /* ICOAPSENDREQ_SET: +ICOAPSENDREQ:<packet_token> */
    ATC_FIELD(atc_ica_icoapsendreq_set, packet_token, ATC_T_INT, 0, ATC__ICA_I_PACKET_ID),
    /* ICOAPSENDBIN_TEST: +ICOAPSENDBIN:<method>,<path>,<msg_len> */
    ATC_FIELD(atc_ica_icoapsendbin_test, method, ATC_T_SUPPORTED, 0, ATC__ICA_I_FRAGMENT_ID),
    ATC_FIELD(atc_ica_icoapsendbin_test, path, ATC_T_SUPPORTED, 0, ATC__ICA_I_FRAGMENT_ID),
    ATC_FIELD(atc_ica_icoapsendbin_test, msg_len, ATC_T_SUPPORTED, 0, ATC__ICA_I_FRAGMENT_ID),
    /* ICOAPSENDBIN_READ: +ICOAPSENDBIN:<method>,<path>,<msg_len> */
    ATC_FIELD(atc_ica_icoapsendbin_read, method, ATC_T_INT, 0, ATC__ICA_I_METHOD),
    ATC_FIELD(atc_ica_icoapsendbin_read, path, ATC_T_STRING, 0, ATC__ICA_I_ERR),
    ATC_FIELD(atc_ica_icoapsendbin_read, msg_len, ATC_T_INT, 0, ATC__ICA_I_MSG_LEN),
    /* ICOAPRCVRSP_READ: +ICOAPRCVRSP:<packet_token>[,<path>],<msg_len>,<message>[,<format>[,<fragment_id>]] */
    ATC_FIELD(atc_ica_icoaprcvrsp_read, packet_token, ATC_T_INT, 0, ATC__ICA_I_PACKET_ID),
    ATC_FIELD_OPT(atc_ica_icoaprcvrsp_read, path, ATC_T_STRING, ATC_F_OPTIONAL | ATC_F_EMPTY, ATC__ICA_I_FRAGMENT_ID),
    ATC_FIELD(atc_ica_icoaprcvrsp_read, msg_len, ATC_T_INT, 0, ATC__ICA_I_ERR),
    ATC_FIELD(atc_ica_icoaprcvrsp_read, message, ATC_T_STRING, 0, ATC__ICA_I_ERR),
    ATC_FIELD_OPT(atc_ica_icoaprcvrsp_read, format, ATC_T_INT, ATC_F_OPTIONAL | ATC_F_EMPTY, ATC__ICA_I_FORMAT),
    ATC_FIELD_OPT(atc_ica_icoaprcvrsp_read, fragment_id, ATC_T_INT, ATC_F_OPTIONAL | ATC_F_EMPTY, ATC__ICA_I_FRAGMENT_ID),
    /* ICOAPRCVBIN_READ: +ICOAPRCVBIN:<packet_token>[,<path>],<msg_len> */
    ATC_FIELD(atc_ica_icoaprcvbin_read, packet_token, ATC_T_INT, 0, ATC__ICA_I_PACKET_ID),
    ATC_FIELD_OPT(atc_ica_icoaprcvbin_read, path, ATC_T_STRING, ATC_F_OPTIONAL | ATC_F_EMPTY, ATC__ICA_I_FRAGMENT_ID),
    ATC_FIELD(atc_ica_icoaprcvbin_read, msg_len, ATC_T_INT, 0, ATC__ICA_I_MSG_LEN),
    /* IHTTPSEND_TEST: +IHTTPSEND:<method>,<path>,<message> */
    ATC_FIELD(atc_ica_ihttpsend_test, method, ATC_T_SUPPORTED, 0, ATC__ICA_I_FRAGMENT_ID),
    ATC_FIELD(atc_ica_ihttpsend_test, path, ATC_T_SUPPORTED, 0, ATC__ICA_I_FRAGMENT_ID),
    ATC_FIELD(atc_ica_ihttpsend_test, message, ATC_T_SUPPORTED, 0, ATC__ICA_I_FRAGMENT_ID),
    /* IHTTPRCVRSP_READ: +IHTTPRCVRSP:<packet_token>,<status>[,<path>,<msg_len>,<message>[,<format>[,<fragment_id>]]] */
    ATC_FIELD(atc_ica_ihttprcvrsp_read, packet_token, ATC_T_INT, 0, ATC__ICA_I_PACKET_ID),
    ATC_FIELD(atc_ica_ihttprcvrsp_read, status, ATC_T_INT, 0, ATC__ICA_I_STATUS),
    ATC_FIELD_OPT(atc_ica_ihttprcvrsp_read, path, ATC_T_STRING, ATC_F_OPTIONAL | ATC_F_EMPTY, ATC__ICA_I_FRAGMENT_ID),
    ATC_FIELD_OPT(atc_ica_ihttprcvrsp_read, msg_len, ATC_T_INT, ATC_F_OPTIONAL | ATC_F_EMPTY, ATC__ICA_I_FRAGMENT_ID),
    ATC_FIELD_OPT(atc_ica_ihttprcvrsp_read, message, ATC_T_STRING, ATC_F_OPTIONAL | ATC_F_EMPTY, ATC__ICA_I_FRAGMENT_ID),
    ATC_FIELD_OPT(atc_ica_ihttprcvrsp_read, format, ATC_T_INT, ATC_F_OPTIONAL | ATC_F_EMPTY, ATC__ICA_I_FORMAT),
    ATC_FIELD_OPT(atc_ica_ihttprcvrsp_read, fragment_id, ATC_T_INT, ATC_F_OPTIONAL | ATC_F_EMPTY, ATC__ICA_I_FRAGMENT_ID),
    /* IHTTPRCVBIN_READ: +IHTTPRCVBIN:<packet_token>,<status>[,<path>,<msg_len>] */
    ATC_FIELD(atc_ica_ihttprcvbin_read, packet_token, ATC_T_INT, 0, ATC__ICA_I_PACKET_ID),
    ATC_FIELD(atc_ica_ihttprcvbin_read, status, ATC_T_INT, 0, ATC__ICA_I_STATUS),
    ATC_FIELD_OPT(atc_ica_ihttprcvbin_read, path, ATC_T_STRING, ATC_F_OPTIONAL | ATC_F_EMPTY, ATC__ICA_I_FRAGMENT_ID),
    ATC_FIELD_OPT(atc_ica_ihttprcvbin_read, msg_len, ATC_T_INT, ATC_F_OPTIONAL | ATC_F_EMPTY, ATC__ICA_I_MSG_LEN),
    /* IOTAVER_TEST: +IOTAVER:<version> */
    ATC_FIELD(atc_ica_iotaver_test, version, ATC_T_SUPPORTED, 0, ATC__ICA_I_FRAGMENT_ID),
    /* IOTANEWVER_READ: +IOTANEWVER:<version>,<img_size>,<checksum> */
    ATC_FIELD(atc_ica_iotanewver_read, version, ATC_T_STRING, 0, ATC__ICA_I_ERR),
    ATC_FIELD(atc_ica_iotanewver_read, img_size, ATC_T_INT, 0, ATC__ICA_I_ERR),
    ATC_FIELD(atc_ica_iotanewver_read, checksum, ATC_T_STRING, 0, ATC__ICA_I_ERR),
    /* IOTAPGS_TEST: +IOTAPGS:<progress>,<desc> */
    ATC_FIELD(atc_ica_iotapgs_test, progress, ATC_T_SUPPORTED, 0, ATC__ICA_I_FRAGMENT_ID),
    ATC_FIELD(atc_ica_iotapgs_test, desc, ATC_T_SUPPORTED, 0, ATC__ICA_I_FRAGMENT_ID),
    /* IOTABLOCK: +IOTABLOCK: <message> */
    ATC_FIELD(atc_ica_iotablock, message, ATC_T_STRING, 0, ATC__ICA_I_ERR),
    /* ILOGLVL_TEST: +ILOGLVL:<level> */
    ATC_FIELD(atc_ica_iloglvl_test, level, ATC_T_SUPPORTED, 0, ATC__ICA_I_FRAGMENT_ID),
    /* CGMI: <text> */
    ATC_FIELD(atc_ica_cgmi, text, ATC_T_TEXT, 0, ATC__ICA_I_FRAGMENT_ID),
    /* IMQTTAUTH_OK: +IMQTTAUTH:OK */
    ATC_LITERAL(ATC__ICA_I_LIT_OK), /* OK */
    /* IMQTTAUTH_FAIL: +IMQTTAUTH:FAIL */
    ATC_LITERAL(ATC__ICA_I_LIT_FAIL), /* FAIL */
    /* IMQTTPUB: +IMQTTPUB:<packet_id>,<status> */
    ATC_FIELD(atc_ica_imqttpub, packet_id, ATC_T_INT, 0, ATC__ICA_I_PACKET_ID),
    ATC_FIELD(atc_ica_imqttpub, status, ATC_T_INT, 0, ATC__ICA_I_STATE),
    /* IMQTTSUB: +IMQTTSUB:<packet_id>,<status> */
    ATC_FIELD(atc_ica_imqttsub, packet_id, ATC_T_INT, 0, ATC__ICA_I_PACKET_ID),
    ATC_FIELD(atc_ica_imqttsub, status, ATC_T_INT, 0, ATC__ICA_I_STATUS_2),
    /* ICOAPSENDREQ: +ICOAPSENDREQ:<packet_token>,<status> */
    ATC_FIELD(atc_ica_icoapsendreq, packet_token, ATC_T_INT, 0, ATC__ICA_I_PACKET_ID),
    ATC_FIELD(atc_ica_icoapsendreq, status, ATC_T_INT, 0, ATC__ICA_I_STATE),
    /* IHTTPSEND: +IHTTPSEND:<status>[,<resp_len>,<response>] */
    ATC_FIELD(atc_ica_ihttpsend, status, ATC_T_INT, 0, ATC__ICA_I_STATUS),
    ATC_FIELD_OPT(atc_ica_ihttpsend, resp_len, ATC_T_INT, ATC_F_OPTIONAL | ATC_F_EMPTY, ATC__ICA_I_FRAGMENT_ID),
    ATC_FIELD_OPT(atc_ica_ihttpsend, response, ATC_T_STRING, ATC_F_OPTIONAL | ATC_F_EMPTY, ATC__ICA_I_FRAGMENT_ID),
    ATC_LITERAL(0)
};

/* Field-presence shapes (mask, values on the wire, 1: takes any more), shortest first. */
static const atc_shape atc__ica_shapes[] = {
    {0x0u, 0, 0},
    {0x1u, 1, 0},
    {0x3u, 2, 0},
    {0x1u, 1, 1},
    {0x0u, 2, 1},
    {0x7u, 3, 0},
    {0xfu, 4, 0},
    {0x1fu, 5, 0},
    {0xfu, 4, 0},
    {0x1fu, 5, 0},
    {0x3fu, 6, 0},
    {0xdu, 3, 0},
    {0xfu, 4, 0},
    {0x1du, 4, 0},
    {0x3du, 5, 0},
    {0x1fu, 5, 0},
    {0x3fu, 6, 0},
    {0x5u, 2, 0},
    {0x7u, 3, 0},
    {0x3u, 2, 0},
    {0x1fu, 5, 0},
    {0x3fu, 6, 0},
    {0x7fu, 7, 0},
    {0x3u, 2, 0},
    {0xfu, 4, 0},
    {0x1u, 1, 2},
    {0x1u, 1, 0},
    {0x7u, 3, 0},
    {0, 0, 0}
};

/* Message ids: the command forms responses answer, and the candidates of each head. */
static const uint16_t atc__ica_ids[] = {
4, 5, 7, 8, 10, 11, 13, 14, 18, 19, 20, 21, 22, 23, 24, 25,
26, 27, 28, 29, 31, 33, 35, 38, 39, 42, 43, 45, 46, 48, 49, 51,
52, 53, 54, 55, 56, 57, 58, 59, 60, 61, 62, 64, 66, 67, 68, 70,
71, 73, 74, 76, 77, 79, 80, 81, 82, 83, 84, 86, 88, 91, 92, 94,
95, 98, 99, 102, 105, 106, 112, 113, 114, 0, 1, 2, 6, 9, 12, 15,
16, 17, 30, 32, 34, 36, 37, 40, 41, 44, 47, 50, 63, 65, 69, 72,
75, 78, 85, 87, 89, 90, 93, 96, 97, 100, 101, 103, 104, 107, 108, 109,
110, 111, 115, 116, 117, 118, 119, 120, 188, 189, 121, 122, 123, 124, 125, 190,
126, 127, 128, 191, 129, 130, 131, 192, 132, 133, 134, 193, 135, 194, 136, 195,
137, 196, 138, 139, 140, 141, 142, 143, 144, 145, 198, 199, 146, 147, 148, 200,
149, 150, 151, 201, 152, 153, 154, 155, 156, 157, 158, 202, 159, 203, 160, 161,
162, 163, 164, 165, 204, 205, 166, 167, 206, 168, 169, 170, 171, 172, 173, 174,
207, 175, 208, 176, 177, 178, 179, 180, 209, 181, 182, 183, 184, 197, 119, 120,
189, 144, 145, 199, 164, 165, 205, 185, 186, 187,
    0
};

/* Data phases of commands: the first rule whose condition holds applies. */
static const atc_prompt_desc atc__ica_prompts[] = {
    /* when_field, when_kind, none, after_ok, when_value, length_field, cancel, terminator, max_len, hex, echo_state */
    {2, 1, 0, 0, 0, -1, -1, 103, 0, 0xffff, 255}, /* AT_IMQTTPUBIN_SET */
    {-1, 0, 0, 1, 0, 2, -1, 0, 0, 0xffff, 255}, /* AT_IMQTTPUBIN_SET */
    {2, 1, 0, 0, 0, -1, -1, 103, 0, 0xffff, 255}, /* AT_ICOAPSENDBIN_SET */
    {-1, 0, 0, 1, 0, 2, -1, 0, 0, 0xffff, 255}, /* AT_ICOAPSENDBIN_SET */
    {2, 1, 0, 0, 0, -1, -1, 103, 0, 0xffff, 255}, /* AT_ICOAPSENDNBIN_SET */
    {-1, 0, 0, 1, 0, 2, -1, 0, 0, 0xffff, 255}, /* AT_ICOAPSENDNBIN_SET */
    {2, 1, 0, 0, 0, -1, -1, 103, 0, 0xffff, 255}, /* AT_IHTTPSENDBIN_SET */
    {-1, 0, 0, 1, 0, 2, -1, 0, 0, 0xffff, 255}, /* AT_IHTTPSENDBIN_SET */
};

/* Payloads announced by a line: the length field, and when the bytes follow. */
static const atc_payload_desc atc__ica_payloads[] = {
    /* field, inline_after, max_len, when, inline_when, hex_when */
    {2, 0, 65535, 0xffff, 0xffff, 0xffff}, /* IMQTTPUBIN_READ */
    {2, 0, 65535, 0xffff, 0xffff, 0xffff}, /* IMQTTRCVPUBIN_READ */
    {2, 0, 65535, 0xffff, 0xffff, 0xffff}, /* ICOAPSENDBIN_READ */
    {2, 0, 65535, 0xffff, 0xffff, 0xffff}, /* ICOAPSENDNBIN_READ */
    {2, 0, 65535, 0xffff, 0xffff, 0xffff}, /* ICOAPRCVBIN_READ */
    {2, 0, 65535, 0xffff, 0xffff, 0xffff}, /* IHTTPSENDBIN_READ */
    {3, 0, 65535, 0xffff, 0xffff, 0xffff}, /* IHTTPRCVBIN_READ */
    {2, 0, 65535, 0xffff, 0xffff, 0xffff}, /* IMQTTRCVPUBIN */
    {2, 0, 65535, 0xffff, 0xffff, 0xffff}, /* ICOAPRCVBIN */
    {3, 0, 65535, 0xffff, 0xffff, 0xffff}, /* IHTTPRCVBIN */
};

/* Conditions on the session state: (state, field choosing the cell, value, 1 ends a group / 2 the list). */
static const atc_cond atc__ica_conds[] = {
    {0, -1, 1, 2},
    {1, -1, 1, 2},
};

/* What commands do to the session state: (command, state, field, cell field, value, 1: at its OK
 * | 2: `value` when the field is absent). */
static const atc_effect atc__ica_effects[] = {
    {ATC_ICA_AT_IMQTTPARA_SET, ATC_ICA_STATE_MQTT_AUTH_MODE, 9, -1, 0, 1},
    {ATC_ICA_AT_IHTTPARA_SET, ATC_ICA_STATE_HTTP_AUTH_MODE, 5, -1, 0, 1},
};

/* Session states: first cell, cells, default. */
static const uint8_t atc__ica_states[] = {
    0, 1, 1, /* mqtt_auth_mode */
    1, 1, 1, /* http_auth_mode */
};


/* Completion rules (gen/completion.py): the URC lines that complete a command form after its final
 * result, and the part each plays. */
static const atc_await_part atc__ica_await_parts[] = {
    /* urc, values, key, value_field, count_field, nvalues, role */
    {ATC_ICA_IMQTTAUTH_OK, 0, -1, -1, -1, 0, ATC_AWAIT_ENDS},
    {ATC_ICA_IMQTTAUTH_FAIL, 0, -1, -1, -1, 0, ATC_AWAIT_ENDS},
    {ATC_ICA_IMQTTPUB, 0, 0, -1, -1, 0, ATC_AWAIT_ENDS},
    {ATC_ICA_IMQTTPUBIN, 0, 0, -1, -1, 0, ATC_AWAIT_ENDS},
    {ATC_ICA_IMQTTSUB, 0, 0, -1, -1, 0, ATC_AWAIT_ENDS},
    {ATC_ICA_IMQTTUNSUB, 0, 0, -1, -1, 0, ATC_AWAIT_ENDS},
    {ATC_ICA_ICOAPAUTH_OK, 0, -1, -1, -1, 0, ATC_AWAIT_ENDS},
    {ATC_ICA_ICOAPAUTH_FAIL, 0, -1, -1, -1, 0, ATC_AWAIT_ENDS},
    {ATC_ICA_ICOAPSENDREQ, 0, 0, -1, -1, 0, ATC_AWAIT_ENDS},
    {ATC_ICA_ICOAPSENDBIN, 0, 0, -1, -1, 0, ATC_AWAIT_ENDS},
    {ATC_ICA_IHTTPAUTH_OK, 0, -1, -1, -1, 0, ATC_AWAIT_ENDS},
    {ATC_ICA_IHTTPAUTH_FAIL, 0, -1, -1, -1, 0, ATC_AWAIT_ENDS},
    {ATC_ICA_IHTTPSEND, 0, -1, -1, -1, 0, ATC_AWAIT_ENDS},
    {ATC_ICA_IHTTPRCVRSP, 0, 0, -1, -1, 0, ATC_AWAIT_ENDS},
    {ATC_ICA_IHTTPRCVRSP, 0, 0, -1, -1, 0, ATC_AWAIT_ENDS},
    {ATC_ICA_IHTTPRCVBIN, 0, 0, -1, -1, 0, ATC_AWAIT_ENDS},
};
static const atc_completion atc__ica_completions[] = {
    /* ms, cmd, parts, key_resp, when, cmd_conds, count_default, unit_ms, key_field, count_field, ms_field,
     * nparts, ncmd_conds */
    {60000u, ATC_ICA_AT_IMQTTAUTH_SET, 0, ATC_NO_MSG, 0x0, 0, 0, 1, -1, -1, -1, 2, 0}, /* line 251 */
    {60000u, ATC_ICA_AT_IMQTTPUB_SET, 2, ATC_ICA_IMQTTPUB_SET, 0xffff, 0, 0, 1, 0, -1, -1, 1, 0}, /* line 300 */
    {60000u, ATC_ICA_AT_IMQTTPUBIN_SET, 3, ATC_ICA_IMQTTPUBIN_SET, 0xffff, 0, 0, 1, 0, -1, -1, 1, 0}, /* line 319 */
    {60000u, ATC_ICA_AT_IMQTTSUB_SET, 4, ATC_ICA_IMQTTSUB_SET, 0xffff, 0, 0, 1, 0, -1, -1, 1, 0}, /* line 336 */
    {60000u, ATC_ICA_AT_IMQTTUNSUB_SET, 5, ATC_ICA_IMQTTUNSUB_SET, 0xffff, 0, 0, 1, 0, -1, -1, 1, 0}, /* line 354 */
    {60000u, ATC_ICA_AT_ICOAPAUTH_SET, 6, ATC_NO_MSG, 0xffff, 0, 0, 1, -1, -1, -1, 2, 0}, /* line 501 */
    {60000u, ATC_ICA_AT_ICOAPSENDREQ_SET, 8, ATC_ICA_ICOAPSENDREQ_SET, 0xffff, 0, 0, 1, 0, -1, -1, 1, 0}, /* line 516 */
    {60000u, ATC_ICA_AT_ICOAPSENDBIN_SET, 9, ATC_ICA_ICOAPSENDBIN_SET, 0xffff, 0, 0, 1, 0, -1, -1, 1, 0}, /* line 539 */
    {60000u, ATC_ICA_AT_IHTTPAUTH_SET, 10, ATC_NO_MSG, 0x1, 0, 0, 1, -1, -1, -1, 2, 0}, /* line 680 */
    {6000u, ATC_ICA_AT_IHTTPSEND_SET, 12, ATC_NO_MSG, 0xffff, 0, 0, 1, -1, -1, -1, 1, 0}, /* line 695 */
    {60000u, ATC_ICA_AT_IHTTPSENDREQ_SET, 13, ATC_ICA_IHTTPSENDREQ_SET, 0xffff, 0, 0, 1, 0, -1, -1, 1, 0}, /* line 727 */
    {60000u, ATC_ICA_AT_IHTTPSENDBIN_SET, 14, ATC_ICA_IHTTPSENDBIN_SET, 0xffff, 0, 0, 1, 0, -1, -1, 2, 0}, /* line 747 */
};

/* ---- Messages ---- */
static const atc_msg_desc atc__ica_msgs[] = {
    /* kind, form, flags, fields, shapes, size, answers, extra, nfields, nshapes, nanswers, nindex, tag_first,
     * max_count */
    {ATC_KIND_FINAL, ATC_FORM_NONE, 0,
      ATC__ICA_F_NONE, 0, sizeof(atc_ica_ok), 0, 0,
      0, 1, 0, 0, -1, 0}, /* OK */
    {ATC_KIND_FINAL, ATC_FORM_NONE, ATC_M_ERROR,
      ATC__ICA_F_NONE, 0, sizeof(atc_ica_error), 0, 0,
      0, 1, 0, 0, -1, 0}, /* ERROR */
    {ATC_KIND_FINAL, ATC_FORM_NONE, ATC_M_ERROR,
      ATC__ICA_F_CME_ERROR, 1, sizeof(atc_ica_cme_error), 0, 0,
      1, 1, 0, 0, -1, 1}, /* CME_ERROR */
    {ATC_KIND_INTERMEDIATE, ATC_FORM_NONE, ATC_M_PROMPT,
      ATC__ICA_F_NONE, 0, sizeof(atc_ica_prompt), 0, 0,
      0, 1, 0, 0, -1, 0}, /* PROMPT */
    {ATC_KIND_COMMAND, ATC_FORM_TEST, 0,
      ATC__ICA_F_NONE, 0, sizeof(atc_ica_at_imqttmode_test), 0, 0,
      0, 1, 0, 0, -1, 0}, /* AT_IMQTTMODE_TEST */
    {ATC_KIND_COMMAND, ATC_FORM_READ, 0,
      ATC__ICA_F_NONE, 0, sizeof(atc_ica_at_imqttmode_read), 0, 0,
      0, 1, 0, 0, -1, 0}, /* AT_IMQTTMODE_READ */
    {ATC_KIND_COMMAND, ATC_FORM_SET, 0,
      ATC__ICA_F_AT_IMQTTMODE_SET, 1, sizeof(atc_ica_at_imqttmode_set), 0, 0,
      1, 1, 0, 0, -1, 1}, /* AT_IMQTTMODE_SET */
    {ATC_KIND_COMMAND, ATC_FORM_TEST, 0,
      ATC__ICA_F_NONE, 0, sizeof(atc_ica_at_imqttopen_test), 0, 0,
      0, 1, 0, 0, -1, 0}, /* AT_IMQTTOPEN_TEST */
    {ATC_KIND_COMMAND, ATC_FORM_READ, 0,
      ATC__ICA_F_NONE, 0, sizeof(atc_ica_at_imqttopen_read), 0, 0,
      0, 1, 0, 0, -1, 0}, /* AT_IMQTTOPEN_READ */
    {ATC_KIND_COMMAND, ATC_FORM_SET, 0,
      ATC__ICA_F_AT_IMQTTOPEN_SET, 2, sizeof(atc_ica_at_imqttopen_set), 0, 0,
      2, 1, 0, 0, -1, 2}, /* AT_IMQTTOPEN_SET */
    {ATC_KIND_COMMAND, ATC_FORM_TEST, 0,
      ATC__ICA_F_NONE, 0, sizeof(atc_ica_at_imqttauth_test), 0, 0,
      0, 1, 0, 0, -1, 0}, /* AT_IMQTTAUTH_TEST */
    {ATC_KIND_COMMAND, ATC_FORM_READ, 0,
      ATC__ICA_F_NONE, 0, sizeof(atc_ica_at_imqttauth_read), 0, 0,
      0, 1, 0, 0, -1, 0}, /* AT_IMQTTAUTH_READ */
    {ATC_KIND_COMMAND, ATC_FORM_SET, ATC_M_AWAITS | ATC_M_VARIABLE,
      ATC__ICA_F_AT_IMQTTAUTH_SET, 3, sizeof(atc_ica_at_imqttauth_set), 0, 0,
      1, 1, 0, 0, -1, 255}, /* AT_IMQTTAUTH_SET */
    {ATC_KIND_COMMAND, ATC_FORM_TEST, 0,
      ATC__ICA_F_NONE, 0, sizeof(atc_ica_at_imqttpara_test), 0, 0,
      0, 1, 0, 0, -1, 0}, /* AT_IMQTTPARA_TEST */
    {ATC_KIND_COMMAND, ATC_FORM_READ, 0,
      ATC__ICA_F_NONE, 0, sizeof(atc_ica_at_imqttpara_read), 0, 0,
      0, 1, 0, 0, -1, 0}, /* AT_IMQTTPARA_READ */
    {ATC_KIND_COMMAND, ATC_FORM_SET, ATC_M_VARIABLE | ATC_M_SETS_STATE,
      ATC__ICA_F_AT_IMQTTPARA_SET, 4, sizeof(atc_ica_at_imqttpara_set), 0, 0,
      10, 1, 0, 0, 0, 255}, /* AT_IMQTTPARA_SET */
    {ATC_KIND_COMMAND, ATC_FORM_TEST, 0,
      ATC__ICA_F_NONE, 0, sizeof(atc_ica_at_imqttconn_test), 0, 0,
      0, 1, 0, 0, -1, 0}, /* AT_IMQTTCONN_TEST */
    {ATC_KIND_COMMAND, ATC_FORM_EXEC, 0,
      ATC__ICA_F_NONE, 0, sizeof(atc_ica_at_imqttconn_exec), 0, 0,
      0, 1, 0, 0, -1, 0}, /* AT_IMQTTCONN_EXEC */
    {ATC_KIND_COMMAND, ATC_FORM_TEST, 0,
      ATC__ICA_F_NONE, 0, sizeof(atc_ica_at_imqttpub_test), 0, 0,
      0, 1, 0, 0, -1, 0}, /* AT_IMQTTPUB_TEST */
    {ATC_KIND_COMMAND, ATC_FORM_READ, 0,
      ATC__ICA_F_NONE, 0, sizeof(atc_ica_at_imqttpub_read), 0, 0,
      0, 1, 0, 0, -1, 0}, /* AT_IMQTTPUB_READ */
    {ATC_KIND_COMMAND, ATC_FORM_SET, ATC_M_AWAITS,
      ATC__ICA_F_AT_IMQTTPUB_SET, 5, sizeof(atc_ica_at_imqttpub_set), 0, 0,
      5, 3, 0, 0, -1, 5}, /* AT_IMQTTPUB_SET */
    {ATC_KIND_COMMAND, ATC_FORM_TEST, 0,
      ATC__ICA_F_NONE, 0, sizeof(atc_ica_at_imqttpubin_test), 0, 0,
      0, 1, 0, 0, -1, 0}, /* AT_IMQTTPUBIN_TEST */
    {ATC_KIND_COMMAND, ATC_FORM_READ, 0,
      ATC__ICA_F_NONE, 0, sizeof(atc_ica_at_imqttpubin_read), 0, 0,
      0, 1, 0, 0, -1, 0}, /* AT_IMQTTPUBIN_READ */
    {ATC_KIND_COMMAND, ATC_FORM_SET, ATC_M_AWAITS,
      ATC__ICA_F_AT_IMQTTPUBIN_SET, 5, sizeof(atc_ica_at_imqttpubin_set), 0, 0,
      3, 1, 2, 0, -1, 3}, /* AT_IMQTTPUBIN_SET */
    {ATC_KIND_COMMAND, ATC_FORM_TEST, 0,
      ATC__ICA_F_NONE, 0, sizeof(atc_ica_at_imqttsub_test), 0, 0,
      0, 1, 0, 0, -1, 0}, /* AT_IMQTTSUB_TEST */
    {ATC_KIND_COMMAND, ATC_FORM_READ, 0,
      ATC__ICA_F_NONE, 0, sizeof(atc_ica_at_imqttsub_read), 0, 0,
      0, 1, 0, 0, -1, 0}, /* AT_IMQTTSUB_READ */
    {ATC_KIND_COMMAND, ATC_FORM_SET, ATC_M_AWAITS,
      ATC__ICA_F_AT_IMQTTSUB_SET, 2, sizeof(atc_ica_at_imqttsub_set), 0, 0,
      2, 1, 0, 0, -1, 2}, /* AT_IMQTTSUB_SET */
    {ATC_KIND_COMMAND, ATC_FORM_TEST, 0,
      ATC__ICA_F_NONE, 0, sizeof(atc_ica_at_imqttunsub_test), 0, 0,
      0, 1, 0, 0, -1, 0}, /* AT_IMQTTUNSUB_TEST */
    {ATC_KIND_COMMAND, ATC_FORM_READ, 0,
      ATC__ICA_F_NONE, 0, sizeof(atc_ica_at_imqttunsub_read), 0, 0,
      0, 1, 0, 0, -1, 0}, /* AT_IMQTTUNSUB_READ */
    {ATC_KIND_COMMAND, ATC_FORM_SET, ATC_M_AWAITS,
      ATC__ICA_F_AT_IMQTTUNSUB_SET, 1, sizeof(atc_ica_at_imqttunsub_set), 0, 0,
      1, 1, 0, 0, -1, 1}, /* AT_IMQTTUNSUB_SET */
    {ATC_KIND_COMMAND, ATC_FORM_TEST, 0,
      ATC__ICA_F_NONE, 0, sizeof(atc_ica_at_imqttrcvpub_test), 0, 0,
      0, 1, 0, 0, -1, 0}, /* AT_IMQTTRCVPUB_TEST */
    {ATC_KIND_COMMAND, ATC_FORM_READ, 0,
      ATC__ICA_F_NONE, 0, sizeof(atc_ica_at_imqttrcvpub_read), 0, 0,
      0, 1, 0, 0, -1, 0}, /* AT_IMQTTRCVPUB_READ */
    {ATC_KIND_COMMAND, ATC_FORM_TEST, 0,
      ATC__ICA_F_NONE, 0, sizeof(atc_ica_at_imqttrcvpubin_test), 0, 0,
      0, 1, 0, 0, -1, 0}, /* AT_IMQTTRCVPUBIN_TEST */
    {ATC_KIND_COMMAND, ATC_FORM_READ, 0,
      ATC__ICA_F_NONE, 0, sizeof(atc_ica_at_imqttrcvpubin_read), 0, 0,
      0, 1, 0, 0, -1, 0}, /* AT_IMQTTRCVPUBIN_READ */
    {ATC_KIND_COMMAND, ATC_FORM_TEST, 0,
      ATC__ICA_F_NONE, 0, sizeof(atc_ica_at_imqttstate_test), 0, 0,
      0, 1, 0, 0, -1, 0}, /* AT_IMQTTSTATE_TEST */
    {ATC_KIND_COMMAND, ATC_FORM_READ, 0,
      ATC__ICA_F_NONE, 0, sizeof(atc_ica_at_imqttstate_read), 0, 0,
      0, 1, 0, 0, -1, 0}, /* AT_IMQTTSTATE_READ */
    {ATC_KIND_COMMAND, ATC_FORM_TEST, 0,
      ATC__ICA_F_NONE, 0, sizeof(atc_ica_at_imqttdisconn_test), 0, 0,
      0, 1, 0, 0, -1, 0}, /* AT_IMQTTDISCONN_TEST */
    {ATC_KIND_COMMAND, ATC_FORM_EXEC, 0,
      ATC__ICA_F_NONE, 0, sizeof(atc_ica_at_imqttdisconn_exec), 0, 0,
      0, 1, 0, 0, -1, 0}, /* AT_IMQTTDISCONN_EXEC */
    {ATC_KIND_COMMAND, ATC_FORM_TEST, 0,
      ATC__ICA_F_NONE, 0, sizeof(atc_ica_at_imqttdbgpara_test), 0, 0,
      0, 1, 0, 0, -1, 0}, /* AT_IMQTTDBGPARA_TEST */
    {ATC_KIND_COMMAND, ATC_FORM_READ, 0,
      ATC__ICA_F_NONE, 0, sizeof(atc_ica_at_imqttdbgpara_read), 0, 0,
      0, 1, 0, 0, -1, 0}, /* AT_IMQTTDBGPARA_READ */
    {ATC_KIND_COMMAND, ATC_FORM_SET, ATC_M_VARIABLE,
      ATC__ICA_F_AT_IMQTTDBGPARA_SET, 4, sizeof(atc_ica_at_imqttdbgpara_set), 0, 0,
      2, 1, 0, 0, 0, 255}, /* AT_IMQTTDBGPARA_SET */
    {ATC_KIND_COMMAND, ATC_FORM_TEST, 0,
      ATC__ICA_F_NONE, 0, sizeof(atc_ica_at_imqttpingrsp_test), 0, 0,
      0, 1, 0, 0, -1, 0}, /* AT_IMQTTPINGRSP_TEST */
    {ATC_KIND_COMMAND, ATC_FORM_TEST, 0,
      ATC__ICA_F_NONE, 0, sizeof(atc_ica_at_icoapara_test), 0, 0,
      0, 1, 0, 0, -1, 0}, /* AT_ICOAPARA_TEST */
    {ATC_KIND_COMMAND, ATC_FORM_READ, 0,
      ATC__ICA_F_NONE, 0, sizeof(atc_ica_at_icoapara_read), 0, 0,
      0, 1, 0, 0, -1, 0}, /* AT_ICOAPARA_READ */
    {ATC_KIND_COMMAND, ATC_FORM_SET, ATC_M_VARIABLE,
      ATC__ICA_F_AT_ICOAPARA_SET, 4, sizeof(atc_ica_at_icoapara_set), 0, 0,
      2, 1, 0, 0, 0, 255}, /* AT_ICOAPARA_SET */
    {ATC_KIND_COMMAND, ATC_FORM_TEST, 0,
      ATC__ICA_F_NONE, 0, sizeof(atc_ica_at_icoapopen_test), 0, 0,
      0, 1, 0, 0, -1, 0}, /* AT_ICOAPOPEN_TEST */
    {ATC_KIND_COMMAND, ATC_FORM_READ, 0,
      ATC__ICA_F_NONE, 0, sizeof(atc_ica_at_icoapopen_read), 0, 0,
      0, 1, 0, 0, -1, 0}, /* AT_ICOAPOPEN_READ */
    {ATC_KIND_COMMAND, ATC_FORM_SET, 0,
      ATC__ICA_F_AT_IMQTTOPEN_SET, 2, sizeof(atc_ica_at_icoapopen_set), 0, 0,
      2, 1, 0, 0, -1, 2}, /* AT_ICOAPOPEN_SET */
    {ATC_KIND_COMMAND, ATC_FORM_TEST, 0,
      ATC__ICA_F_NONE, 0, sizeof(atc_ica_at_icoapauth_test), 0, 0,
      0, 1, 0, 0, -1, 0}, /* AT_ICOAPAUTH_TEST */
    {ATC_KIND_COMMAND, ATC_FORM_READ, 0,
      ATC__ICA_F_NONE, 0, sizeof(atc_ica_at_icoapauth_read), 0, 0,
      0, 1, 0, 0, -1, 0}, /* AT_ICOAPAUTH_READ */
    {ATC_KIND_COMMAND, ATC_FORM_SET, ATC_M_AWAITS | ATC_M_VARIABLE,
      ATC__ICA_F_AT_IMQTTAUTH_SET, 3, sizeof(atc_ica_at_icoapauth_set), 0, 0,
      1, 1, 0, 0, -1, 255}, /* AT_ICOAPAUTH_SET */
    {ATC_KIND_COMMAND, ATC_FORM_TEST, 0,
      ATC__ICA_F_NONE, 0, sizeof(atc_ica_at_icoapsendreq_test), 0, 0,
      0, 1, 0, 0, -1, 0}, /* AT_ICOAPSENDREQ_TEST */
    {ATC_KIND_COMMAND, ATC_FORM_READ, 0,
      ATC__ICA_F_NONE, 0, sizeof(atc_ica_at_icoapsendreq_read), 0, 0,
      0, 1, 0, 0, -1, 0}, /* AT_ICOAPSENDREQ_READ */
    {ATC_KIND_COMMAND, ATC_FORM_SET, ATC_M_AWAITS,
      ATC__ICA_F_AT_ICOAPSENDREQ_SET, 5, sizeof(atc_ica_at_icoapsendreq_set), 0, 0,
      5, 3, 0, 0, -1, 5}, /* AT_ICOAPSENDREQ_SET */
    {ATC_KIND_COMMAND, ATC_FORM_TEST, 0,
      ATC__ICA_F_NONE, 0, sizeof(atc_ica_at_icoapsendbin_test), 0, 0,
      0, 1, 0, 0, -1, 0}, /* AT_ICOAPSENDBIN_TEST */
    {ATC_KIND_COMMAND, ATC_FORM_READ, 0,
      ATC__ICA_F_NONE, 0, sizeof(atc_ica_at_icoapsendbin_read), 0, 0,
      0, 1, 0, 0, -1, 0}, /* AT_ICOAPSENDBIN_READ */
    {ATC_KIND_COMMAND, ATC_FORM_SET, ATC_M_AWAITS,
      ATC__ICA_F_AT_ICOAPSENDBIN_SET, 5, sizeof(atc_ica_at_icoapsendbin_set), 2, 0,
      3, 1, 2, 0, -1, 3}, /* AT_ICOAPSENDBIN_SET */
    {ATC_KIND_COMMAND, ATC_FORM_TEST, 0,
      ATC__ICA_F_NONE, 0, sizeof(atc_ica_at_icoapsendreqn_test), 0, 0,
      0, 1, 0, 0, -1, 0}, /* AT_ICOAPSENDREQN_TEST */
    {ATC_KIND_COMMAND, ATC_FORM_READ, 0,
      ATC__ICA_F_NONE, 0, sizeof(atc_ica_at_icoapsendreqn_read), 0, 0,
      0, 1, 0, 0, -1, 0}, /* AT_ICOAPSENDREQN_READ */
    {ATC_KIND_COMMAND, ATC_FORM_SET, 0,
      ATC__ICA_F_AT_ICOAPSENDREQ_SET, 5, sizeof(atc_ica_at_icoapsendreqn_set), 0, 0,
      5, 3, 0, 0, -1, 5}, /* AT_ICOAPSENDREQN_SET */
    {ATC_KIND_COMMAND, ATC_FORM_TEST, 0,
      ATC__ICA_F_NONE, 0, sizeof(atc_ica_at_icoapsendnbin_test), 0, 0,
      0, 1, 0, 0, -1, 0}, /* AT_ICOAPSENDNBIN_TEST */
    {ATC_KIND_COMMAND, ATC_FORM_READ, 0,
      ATC__ICA_F_NONE, 0, sizeof(atc_ica_at_icoapsendnbin_read), 0, 0,
      0, 1, 0, 0, -1, 0}, /* AT_ICOAPSENDNBIN_READ */
    {ATC_KIND_COMMAND, ATC_FORM_SET, 0,
      ATC__ICA_F_AT_ICOAPSENDBIN_SET, 5, sizeof(atc_ica_at_icoapsendnbin_set), 4, 0,
      3, 1, 2, 0, -1, 3}, /* AT_ICOAPSENDNBIN_SET */
    {ATC_KIND_COMMAND, ATC_FORM_TEST, 0,
      ATC__ICA_F_NONE, 0, sizeof(atc_ica_at_icoaprcvrsp_test), 0, 0,
      0, 1, 0, 0, -1, 0}, /* AT_ICOAPRCVRSP_TEST */
    {ATC_KIND_COMMAND, ATC_FORM_READ, 0,
      ATC__ICA_F_NONE, 0, sizeof(atc_ica_at_icoaprcvrsp_read), 0, 0,
      0, 1, 0, 0, -1, 0}, /* AT_ICOAPRCVRSP_READ */
    {ATC_KIND_COMMAND, ATC_FORM_TEST, 0,
      ATC__ICA_F_NONE, 0, sizeof(atc_ica_at_icoaprcvbin_test), 0, 0,
      0, 1, 0, 0, -1, 0}, /* AT_ICOAPRCVBIN_TEST */
    {ATC_KIND_COMMAND, ATC_FORM_READ, 0,
      ATC__ICA_F_NONE, 0, sizeof(atc_ica_at_icoaprcvbin_read), 0, 0,
      0, 1, 0, 0, -1, 0}, /* AT_ICOAPRCVBIN_READ */
    {ATC_KIND_COMMAND, ATC_FORM_TEST, 0,
      ATC__ICA_F_NONE, 0, sizeof(atc_ica_at_ihttpopen_test), 0, 0,
      0, 1, 0, 0, -1, 0}, /* AT_IHTTPOPEN_TEST */
    {ATC_KIND_COMMAND, ATC_FORM_READ, 0,
      ATC__ICA_F_NONE, 0, sizeof(atc_ica_at_ihttpopen_read), 0, 0,
      0, 1, 0, 0, -1, 0}, /* AT_IHTTPOPEN_READ */
    {ATC_KIND_COMMAND, ATC_FORM_SET, 0,
      ATC__ICA_F_AT_IMQTTOPEN_SET, 2, sizeof(atc_ica_at_ihttpopen_set), 0, 0,
      2, 1, 0, 0, -1, 2}, /* AT_IHTTPOPEN_SET */
    {ATC_KIND_COMMAND, ATC_FORM_TEST, 0,
      ATC__ICA_F_NONE, 0, sizeof(atc_ica_at_ihttpara_test), 0, 0,
      0, 1, 0, 0, -1, 0}, /* AT_IHTTPARA_TEST */
    {ATC_KIND_COMMAND, ATC_FORM_READ, 0,
      ATC__ICA_F_NONE, 0, sizeof(atc_ica_at_ihttpara_read), 0, 0,
      0, 1, 0, 0, -1, 0}, /* AT_IHTTPARA_READ */
    {ATC_KIND_COMMAND, ATC_FORM_SET, ATC_M_VARIABLE | ATC_M_SETS_STATE,
      ATC__ICA_F_AT_IHTTPARA_SET, 4, sizeof(atc_ica_at_ihttpara_set), 0, 0,
      6, 1, 0, 0, 0, 255}, /* AT_IHTTPARA_SET */
    {ATC_KIND_COMMAND, ATC_FORM_TEST, 0,
      ATC__ICA_F_NONE, 0, sizeof(atc_ica_at_ihttpauth_test), 0, 0,
      0, 1, 0, 0, -1, 0}, /* AT_IHTTPAUTH_TEST */
    {ATC_KIND_COMMAND, ATC_FORM_READ, 0,
      ATC__ICA_F_NONE, 0, sizeof(atc_ica_at_ihttpauth_read), 0, 0,
      0, 1, 0, 0, -1, 0}, /* AT_IHTTPAUTH_READ */
    {ATC_KIND_COMMAND, ATC_FORM_SET, ATC_M_AWAITS | ATC_M_VARIABLE,
      ATC__ICA_F_AT_IMQTTAUTH_SET, 3, sizeof(atc_ica_at_ihttpauth_set), 0, 0,
      1, 1, 0, 0, -1, 255}, /* AT_IHTTPAUTH_SET */
    {ATC_KIND_COMMAND, ATC_FORM_TEST, 0,
      ATC__ICA_F_NONE, 0, sizeof(atc_ica_at_ihttpsend_test), 0, 0,
      0, 1, 0, 0, -1, 0}, /* AT_IHTTPSEND_TEST */
    {ATC_KIND_COMMAND, ATC_FORM_READ, 0,
      ATC__ICA_F_NONE, 0, sizeof(atc_ica_at_ihttpsend_read), 0, 0,
      0, 1, 0, 0, -1, 0}, /* AT_IHTTPSEND_READ */
    {ATC_KIND_COMMAND, ATC_FORM_SET, ATC_M_AWAITS,
      ATC__ICA_F_AT_IHTTPSEND_SET, 5, sizeof(atc_ica_at_ihttpsend_set), 0, 0,
      3, 1, 0, 0, -1, 3}, /* AT_IHTTPSEND_SET */
    {ATC_KIND_COMMAND, ATC_FORM_TEST, 0,
      ATC__ICA_F_NONE, 0, sizeof(atc_ica_at_ihttpsendreq_test), 0, 0,
      0, 1, 0, 0, -1, 0}, /* AT_IHTTPSENDREQ_TEST */
    {ATC_KIND_COMMAND, ATC_FORM_READ, 0,
      ATC__ICA_F_NONE, 0, sizeof(atc_ica_at_ihttpsendreq_read), 0, 0,
      0, 1, 0, 0, -1, 0}, /* AT_IHTTPSENDREQ_READ */
    {ATC_KIND_COMMAND, ATC_FORM_SET, ATC_M_AWAITS,
      ATC__ICA_F_AT_ICOAPSENDREQ_SET, 5, sizeof(atc_ica_at_ihttpsendreq_set), 0, 0,
      5, 3, 0, 0, -1, 5}, /* AT_IHTTPSENDREQ_SET */
    {ATC_KIND_COMMAND, ATC_FORM_TEST, 0,
      ATC__ICA_F_NONE, 0, sizeof(atc_ica_at_ihttpsendbin_test), 0, 0,
      0, 1, 0, 0, -1, 0}, /* AT_IHTTPSENDBIN_TEST */
    {ATC_KIND_COMMAND, ATC_FORM_READ, 0,
      ATC__ICA_F_NONE, 0, sizeof(atc_ica_at_ihttpsendbin_read), 0, 0,
      0, 1, 0, 0, -1, 0}, /* AT_IHTTPSENDBIN_READ */
    {ATC_KIND_COMMAND, ATC_FORM_SET, ATC_M_AWAITS,
      ATC__ICA_F_AT_ICOAPSENDBIN_SET, 5, sizeof(atc_ica_at_ihttpsendbin_set), 6, 0,
      3, 1, 2, 0, -1, 3}, /* AT_IHTTPSENDBIN_SET */
    {ATC_KIND_COMMAND, ATC_FORM_TEST, 0,
      ATC__ICA_F_NONE, 0, sizeof(atc_ica_at_ihttprcvrsp_test), 0, 0,
      0, 1, 0, 0, -1, 0}, /* AT_IHTTPRCVRSP_TEST */
    {ATC_KIND_COMMAND, ATC_FORM_READ, 0,
      ATC__ICA_F_NONE, 0, sizeof(atc_ica_at_ihttprcvrsp_read), 0, 0,
      0, 1, 0, 0, -1, 0}, /* AT_IHTTPRCVRSP_READ */
    {ATC_KIND_COMMAND, ATC_FORM_TEST, 0,
      ATC__ICA_F_NONE, 0, sizeof(atc_ica_at_ihttprcvbin_test), 0, 0,
      0, 1, 0, 0, -1, 0}, /* AT_IHTTPRCVBIN_TEST */
    {ATC_KIND_COMMAND, ATC_FORM_READ, 0,
      ATC__ICA_F_NONE, 0, sizeof(atc_ica_at_ihttprcvbin_read), 0, 0,
      0, 1, 0, 0, -1, 0}, /* AT_IHTTPRCVBIN_READ */
    {ATC_KIND_COMMAND, ATC_FORM_TEST, 0,
      ATC__ICA_F_NONE, 0, sizeof(atc_ica_at_ihttpdisconn_test), 0, 0,
      0, 1, 0, 0, -1, 0}, /* AT_IHTTPDISCONN_TEST */
    {ATC_KIND_COMMAND, ATC_FORM_EXEC, 0,
      ATC__ICA_F_NONE, 0, sizeof(atc_ica_at_ihttpdisconn_exec), 0, 0,
      0, 1, 0, 0, -1, 0}, /* AT_IHTTPDISCONN_EXEC */
    {ATC_KIND_COMMAND, ATC_FORM_TEST, 0,
      ATC__ICA_F_NONE, 0, sizeof(atc_ica_at_iotapara_test), 0, 0,
      0, 1, 0, 0, -1, 0}, /* AT_IOTAPARA_TEST */
    {ATC_KIND_COMMAND, ATC_FORM_READ, 0,
      ATC__ICA_F_NONE, 0, sizeof(atc_ica_at_iotapara_read), 0, 0,
      0, 1, 0, 0, -1, 0}, /* AT_IOTAPARA_READ */
    {ATC_KIND_COMMAND, ATC_FORM_SET, ATC_M_VARIABLE,
      ATC__ICA_F_AT_IOTAPARA_SET, 4, sizeof(atc_ica_at_iotapara_set), 0, 0,
      4, 1, 0, 0, 0, 255}, /* AT_IOTAPARA_SET */
    {ATC_KIND_COMMAND, ATC_FORM_TEST, 0,
      ATC__ICA_F_NONE, 0, sizeof(atc_ica_at_iotaver_test), 0, 0,
      0, 1, 0, 0, -1, 0}, /* AT_IOTAVER_TEST */
    {ATC_KIND_COMMAND, ATC_FORM_READ, 0,
      ATC__ICA_F_NONE, 0, sizeof(atc_ica_at_iotaver_read), 0, 0,
      0, 1, 0, 0, -1, 0}, /* AT_IOTAVER_READ */
    {ATC_KIND_COMMAND, ATC_FORM_SET, 0,
      ATC__ICA_F_AT_IOTAVER_SET, 1, sizeof(atc_ica_at_iotaver_set), 0, 0,
      1, 1, 0, 0, -1, 1}, /* AT_IOTAVER_SET */
    {ATC_KIND_COMMAND, ATC_FORM_TEST, 0,
      ATC__ICA_F_NONE, 0, sizeof(atc_ica_at_iotanewver_test), 0, 0,
      0, 1, 0, 0, -1, 0}, /* AT_IOTANEWVER_TEST */
    {ATC_KIND_COMMAND, ATC_FORM_READ, 0,
      ATC__ICA_F_NONE, 0, sizeof(atc_ica_at_iotanewver_read), 0, 0,
      0, 1, 0, 0, -1, 0}, /* AT_IOTANEWVER_READ */
    {ATC_KIND_COMMAND, ATC_FORM_TEST, 0,
      ATC__ICA_F_NONE, 0, sizeof(atc_ica_at_iotapgs_test), 0, 0,
      0, 1, 0, 0, -1, 0}, /* AT_IOTAPGS_TEST */
    {ATC_KIND_COMMAND, ATC_FORM_SET, 0,
      ATC__ICA_F_AT_IOTAPGS_SET, 1, sizeof(atc_ica_at_iotapgs_set), 0, 0,
      2, 2, 0, 0, -1, 2}, /* AT_IOTAPGS_SET */
    {ATC_KIND_COMMAND, ATC_FORM_TEST, 0,
      ATC__ICA_F_NONE, 0, sizeof(atc_ica_at_iotablock_test), 0, 0,
      0, 1, 0, 0, -1, 0}, /* AT_IOTABLOCK_TEST */
    {ATC_KIND_COMMAND, ATC_FORM_SET, 0,
      ATC__ICA_F_AT_IOTABLOCK_SET, 1, sizeof(atc_ica_at_iotablock_set), 0, 0,
      1, 1, 0, 0, -1, 1}, /* AT_IOTABLOCK_SET */
    {ATC_KIND_COMMAND, ATC_FORM_TEST, 0,
      ATC__ICA_F_NONE, 0, sizeof(atc_ica_at_iotabort_test), 0, 0,
      0, 1, 0, 0, -1, 0}, /* AT_IOTABORT_TEST */
    {ATC_KIND_COMMAND, ATC_FORM_EXEC, 0,
      ATC__ICA_F_NONE, 0, sizeof(atc_ica_at_iotabort_exec), 0, 0,
      0, 1, 0, 0, -1, 0}, /* AT_IOTABORT_EXEC */
    {ATC_KIND_COMMAND, ATC_FORM_TEST, 0,
      ATC__ICA_F_NONE, 0, sizeof(atc_ica_at_iloglvl_test), 0, 0,
      0, 1, 0, 0, -1, 0}, /* AT_ILOGLVL_TEST */
    {ATC_KIND_COMMAND, ATC_FORM_READ, 0,
      ATC__ICA_F_NONE, 0, sizeof(atc_ica_at_iloglvl_read), 0, 0,
      0, 1, 0, 0, -1, 0}, /* AT_ILOGLVL_READ */
    {ATC_KIND_COMMAND, ATC_FORM_SET, 0,
      ATC__ICA_F_AT_ILOGLVL_SET, 1, sizeof(atc_ica_at_iloglvl_set), 0, 0,
      1, 1, 0, 0, -1, 1}, /* AT_ILOGLVL_SET */
    {ATC_KIND_COMMAND, ATC_FORM_TEST, 0,
      ATC__ICA_F_NONE, 0, sizeof(atc_ica_at_ireboot_test), 0, 0,
      0, 1, 0, 0, -1, 0}, /* AT_IREBOOT_TEST */
    {ATC_KIND_COMMAND, ATC_FORM_SET, 0,
      ATC__ICA_F_AT_IREBOOT_SET, 1, sizeof(atc_ica_at_ireboot_set), 0, 0,
      1, 1, 0, 0, -1, 1}, /* AT_IREBOOT_SET */
    {ATC_KIND_COMMAND, ATC_FORM_TEST, 0,
      ATC__ICA_F_NONE, 0, sizeof(atc_ica_at_idefault_test), 0, 0,
      0, 1, 0, 0, -1, 0}, /* AT_IDEFAULT_TEST */
    {ATC_KIND_COMMAND, ATC_FORM_EXEC, 0,
      ATC__ICA_F_NONE, 0, sizeof(atc_ica_at_idefault_exec), 0, 0,
      0, 1, 0, 0, -1, 0}, /* AT_IDEFAULT_EXEC */
    {ATC_KIND_COMMAND, ATC_FORM_EXEC, 0,
      ATC__ICA_F_NONE, 0, sizeof(atc_ica_at_cgmi_exec), 0, 0,
      0, 1, 0, 0, -1, 0}, /* AT_CGMI_EXEC */
    {ATC_KIND_COMMAND, ATC_FORM_EXEC, 0,
      ATC__ICA_F_NONE, 0, sizeof(atc_ica_at_cgmm_exec), 0, 0,
      0, 1, 0, 0, -1, 0}, /* AT_CGMM_EXEC */
    {ATC_KIND_COMMAND, ATC_FORM_EXEC, 0,
      ATC__ICA_F_NONE, 0, sizeof(atc_ica_at_cgmr_exec), 0, 0,
      0, 1, 0, 0, -1, 0}, /* AT_CGMR_EXEC */
    {ATC_KIND_RESPONSE, ATC_FORM_NONE, ATC_M_TEST_ANSWER,
      ATC__ICA_F_IMQTTMODE_TEST, 1, sizeof(atc_ica_imqttmode_test), 0, 0,
      1, 1, 1, 0, -1, 1}, /* IMQTTMODE_TEST */
    {ATC_KIND_RESPONSE, ATC_FORM_NONE, 0,
      ATC__ICA_F_AT_IMQTTMODE_SET, 1, sizeof(atc_ica_imqttmode_read), 1, 0,
      1, 1, 1, 0, -1, 1}, /* IMQTTMODE_READ */
    {ATC_KIND_RESPONSE, ATC_FORM_NONE, ATC_M_TEST_ANSWER,
      ATC__ICA_F_IMQTTOPEN_TEST, 2, sizeof(atc_ica_imqttopen_test), 2, 0,
      2, 1, 1, 0, -1, 2}, /* IMQTTOPEN_TEST */
    {ATC_KIND_RESPONSE, ATC_FORM_NONE, 0,
      ATC__ICA_F_AT_IMQTTOPEN_SET, 2, sizeof(atc_ica_imqttopen_read), 3, 0,
      2, 1, 1, 0, -1, 2}, /* IMQTTOPEN_READ */
    {ATC_KIND_RESPONSE, ATC_FORM_NONE, ATC_M_VARIABLE | ATC_M_TEST_ANSWER,
      ATC__ICA_F_IMQTTAUTH_TEST, 3, sizeof(atc_ica_imqttauth_test), 4, 0,
      1, 1, 1, 0, -1, 255}, /* IMQTTAUTH_TEST */
    {ATC_KIND_RESPONSE, ATC_FORM_NONE, ATC_M_VARIABLE,
      ATC__ICA_F_AT_IMQTTAUTH_SET, 3, sizeof(atc_ica_imqttauth_read), 5, 0,
      1, 1, 1, 0, -1, 255}, /* IMQTTAUTH_READ */
    {ATC_KIND_RESPONSE, ATC_FORM_NONE, ATC_M_MULTI | ATC_M_TEST_ANSWER,
      ATC__ICA_F_IMQTTPARA_TEST, 2, sizeof(atc_ica_imqttpara_test), 6, 0,
      2, 1, 1, 0, -1, 2}, /* IMQTTPARA_TEST */
    {ATC_KIND_RESPONSE, ATC_FORM_NONE, ATC_M_MULTI | ATC_M_VARIABLE,
      ATC__ICA_F_AT_IMQTTPARA_SET, 4, sizeof(atc_ica_imqttpara_read), 7, 0,
      10, 1, 1, 0, 0, 255}, /* IMQTTPARA_READ */
    {ATC_KIND_RESPONSE, ATC_FORM_NONE, ATC_M_TEST_ANSWER,
      ATC__ICA_F_IMQTTPUB_TEST, 7, sizeof(atc_ica_imqttpub_test), 8, 0,
      5, 1, 1, 0, -1, 5}, /* IMQTTPUB_TEST */
    {ATC_KIND_RESPONSE, ATC_FORM_NONE, 0,
      ATC__ICA_F_AT_IMQTTPUB_SET, 5, sizeof(atc_ica_imqttpub_read), 9, 0,
      5, 3, 1, 0, -1, 5}, /* IMQTTPUB_READ */
    {ATC_KIND_RESPONSE, ATC_FORM_NONE, 0,
      ATC__ICA_F_IMQTTPUB_SET, 1, sizeof(atc_ica_imqttpub_set), 10, 0,
      1, 1, 1, 0, -1, 1}, /* IMQTTPUB_SET */
    {ATC_KIND_RESPONSE, ATC_FORM_NONE, ATC_M_TEST_ANSWER,
      ATC__ICA_F_IMQTTPUBIN_TEST, 5, sizeof(atc_ica_imqttpubin_test), 11, 0,
      3, 1, 1, 0, -1, 3}, /* IMQTTPUBIN_TEST */
    {ATC_KIND_RESPONSE, ATC_FORM_NONE, ATC_M_PAYLOAD_AFTER_OK | ATC_M_PAYLOAD,
      ATC__ICA_F_IMQTTPUBIN_READ, 5, sizeof(atc_ica_imqttpubin_read), 12, 0,
      3, 1, 1, 0, -1, 3}, /* IMQTTPUBIN_READ */
    {ATC_KIND_RESPONSE, ATC_FORM_NONE, 0,
      ATC__ICA_F_IMQTTPUB_SET, 1, sizeof(atc_ica_imqttpubin_set), 13, 0,
      1, 1, 1, 0, -1, 1}, /* IMQTTPUBIN_SET */
    {ATC_KIND_RESPONSE, ATC_FORM_NONE, ATC_M_TEST_ANSWER,
      ATC__ICA_F_IMQTTSUB_TEST, 2, sizeof(atc_ica_imqttsub_test), 14, 0,
      2, 1, 1, 0, -1, 2}, /* IMQTTSUB_TEST */
    {ATC_KIND_RESPONSE, ATC_FORM_NONE, 0,
      ATC__ICA_F_AT_IMQTTSUB_SET, 2, sizeof(atc_ica_imqttsub_read), 15, 0,
      2, 1, 1, 0, -1, 2}, /* IMQTTSUB_READ */
    {ATC_KIND_RESPONSE, ATC_FORM_NONE, 0,
      ATC__ICA_F_IMQTTPUB_SET, 1, sizeof(atc_ica_imqttsub_set), 16, 0,
      1, 1, 1, 0, -1, 1}, /* IMQTTSUB_SET */
    {ATC_KIND_RESPONSE, ATC_FORM_NONE, ATC_M_TEST_ANSWER,
      ATC__ICA_F_IMQTTUNSUB_TEST, 1, sizeof(atc_ica_imqttunsub_test), 17, 0,
      1, 1, 1, 0, -1, 1}, /* IMQTTUNSUB_TEST */
    {ATC_KIND_RESPONSE, ATC_FORM_NONE, 0,
      ATC__ICA_F_AT_IMQTTUNSUB_SET, 1, sizeof(atc_ica_imqttunsub_read), 18, 0,
      1, 1, 1, 0, -1, 1}, /* IMQTTUNSUB_READ */
    {ATC_KIND_RESPONSE, ATC_FORM_NONE, 0,
      ATC__ICA_F_IMQTTPUB_SET, 1, sizeof(atc_ica_imqttunsub_set), 19, 0,
      1, 1, 1, 0, -1, 1}, /* IMQTTUNSUB_SET */
    {ATC_KIND_RESPONSE, ATC_FORM_NONE, ATC_M_CONTEXT,
      ATC__ICA_F_IMQTTRCVPUB_READ, 8, sizeof(atc_ica_imqttrcvpub_read), 20, 0,
      6, 3, 1, 0, -1, 6}, /* IMQTTRCVPUB_READ */
    {ATC_KIND_RESPONSE, ATC_FORM_NONE, ATC_M_CONTEXT | ATC_M_PAYLOAD_AFTER_OK | ATC_M_PAYLOAD,
      ATC__ICA_F_IMQTTRCVPUBIN_READ, 5, sizeof(atc_ica_imqttrcvpubin_read), 21, 1,
      3, 1, 1, 0, -1, 3}, /* IMQTTRCVPUBIN_READ */
    {ATC_KIND_RESPONSE, ATC_FORM_NONE, ATC_M_CONTEXT,
      ATC__ICA_F_IMQTTSTATE_READ, 1, sizeof(atc_ica_imqttstate_read), 22, 0,
      1, 1, 1, 0, -1, 1}, /* IMQTTSTATE_READ */
    {ATC_KIND_RESPONSE, ATC_FORM_NONE, ATC_M_MULTI | ATC_M_TEST_ANSWER,
      ATC__ICA_F_IMQTTPARA_TEST, 2, sizeof(atc_ica_imqttdbgpara_test), 23, 0,
      2, 1, 1, 0, -1, 2}, /* IMQTTDBGPARA_TEST */
    {ATC_KIND_RESPONSE, ATC_FORM_NONE, ATC_M_MULTI | ATC_M_VARIABLE,
      ATC__ICA_F_AT_IMQTTDBGPARA_SET, 4, sizeof(atc_ica_imqttdbgpara_read), 24, 0,
      2, 1, 1, 0, 0, 255}, /* IMQTTDBGPARA_READ */
    {ATC_KIND_RESPONSE, ATC_FORM_NONE, ATC_M_MULTI | ATC_M_TEST_ANSWER,
      ATC__ICA_F_IMQTTPARA_TEST, 2, sizeof(atc_ica_icoapara_test), 25, 0,
      2, 1, 1, 0, -1, 2}, /* ICOAPARA_TEST */
    {ATC_KIND_RESPONSE, ATC_FORM_NONE, ATC_M_MULTI | ATC_M_VARIABLE,
      ATC__ICA_F_AT_ICOAPARA_SET, 4, sizeof(atc_ica_icoapara_read), 26, 0,
      2, 1, 1, 0, 0, 255}, /* ICOAPARA_READ */
    {ATC_KIND_RESPONSE, ATC_FORM_NONE, ATC_M_TEST_ANSWER,
      ATC__ICA_F_IMQTTOPEN_TEST, 2, sizeof(atc_ica_icoapopen_test), 27, 0,
      2, 1, 1, 0, -1, 2}, /* ICOAPOPEN_TEST */
    {ATC_KIND_RESPONSE, ATC_FORM_NONE, 0,
      ATC__ICA_F_AT_IMQTTOPEN_SET, 2, sizeof(atc_ica_icoapopen_read), 28, 0,
      2, 1, 1, 0, -1, 2}, /* ICOAPOPEN_READ */
    {ATC_KIND_RESPONSE, ATC_FORM_NONE, ATC_M_VARIABLE | ATC_M_TEST_ANSWER,
      ATC__ICA_F_IMQTTAUTH_TEST, 3, sizeof(atc_ica_icoapauth_test), 29, 0,
      1, 1, 1, 0, -1, 255}, /* ICOAPAUTH_TEST */
    {ATC_KIND_RESPONSE, ATC_FORM_NONE, ATC_M_VARIABLE,
      ATC__ICA_F_AT_IMQTTAUTH_SET, 3, sizeof(atc_ica_icoapauth_read), 30, 0,
      1, 1, 1, 0, -1, 255}, /* ICOAPAUTH_READ */
    {ATC_KIND_RESPONSE, ATC_FORM_NONE, ATC_M_TEST_ANSWER,
      ATC__ICA_F_ICOAPSENDREQ_TEST, 7, sizeof(atc_ica_icoapsendreq_test), 31, 0,
      5, 1, 1, 0, -1, 5}, /* ICOAPSENDREQ_TEST */
    {ATC_KIND_RESPONSE, ATC_FORM_NONE, 0,
      ATC__ICA_F_AT_ICOAPSENDREQ_SET, 5, sizeof(atc_ica_icoapsendreq_read), 32, 0,
      5, 3, 1, 0, -1, 5}, /* ICOAPSENDREQ_READ */
    {ATC_KIND_RESPONSE, ATC_FORM_NONE, 0,
      ATC__ICA_F_ICOAPSENDREQ_SET, 1, sizeof(atc_ica_icoapsendreq_set), 33, 0,
      1, 1, 1, 0, -1, 1}, /* ICOAPSENDREQ_SET */
    {ATC_KIND_RESPONSE, ATC_FORM_NONE, ATC_M_TEST_ANSWER,
      ATC__ICA_F_ICOAPSENDBIN_TEST, 5, sizeof(atc_ica_icoapsendbin_test), 34, 0,
      3, 1, 1, 0, -1, 3}, /* ICOAPSENDBIN_TEST */
    {ATC_KIND_RESPONSE, ATC_FORM_NONE, ATC_M_PAYLOAD_AFTER_OK | ATC_M_PAYLOAD,
      ATC__ICA_F_ICOAPSENDBIN_READ, 5, sizeof(atc_ica_icoapsendbin_read), 35, 2,
      3, 1, 1, 0, -1, 3}, /* ICOAPSENDBIN_READ */
    {ATC_KIND_RESPONSE, ATC_FORM_NONE, 0,
      ATC__ICA_F_ICOAPSENDREQ_SET, 1, sizeof(atc_ica_icoapsendbin_set), 36, 0,
      1, 1, 1, 0, -1, 1}, /* ICOAPSENDBIN_SET */
    {ATC_KIND_RESPONSE, ATC_FORM_NONE, ATC_M_TEST_ANSWER,
      ATC__ICA_F_ICOAPSENDREQ_TEST, 7, sizeof(atc_ica_icoapsendreqn_test), 37, 0,
      5, 1, 1, 0, -1, 5}, /* ICOAPSENDREQN_TEST */
    {ATC_KIND_RESPONSE, ATC_FORM_NONE, 0,
      ATC__ICA_F_AT_ICOAPSENDREQ_SET, 5, sizeof(atc_ica_icoapsendreqn_read), 38, 0,
      5, 3, 1, 0, -1, 5}, /* ICOAPSENDREQN_READ */
    {ATC_KIND_RESPONSE, ATC_FORM_NONE, 0,
      ATC__ICA_F_ICOAPSENDREQ_SET, 1, sizeof(atc_ica_icoapsendreqn_set), 39, 0,
      1, 1, 1, 0, -1, 1}, /* ICOAPSENDREQN_SET */
    {ATC_KIND_RESPONSE, ATC_FORM_NONE, ATC_M_TEST_ANSWER,
      ATC__ICA_F_ICOAPSENDBIN_TEST, 5, sizeof(atc_ica_icoapsendnbin_test), 40, 0,
      3, 1, 1, 0, -1, 3}, /* ICOAPSENDNBIN_TEST */
    {ATC_KIND_RESPONSE, ATC_FORM_NONE, ATC_M_PAYLOAD_AFTER_OK | ATC_M_PAYLOAD,
      ATC__ICA_F_ICOAPSENDBIN_READ, 5, sizeof(atc_ica_icoapsendnbin_read), 41, 3,
      3, 1, 1, 0, -1, 3}, /* ICOAPSENDNBIN_READ */
    {ATC_KIND_RESPONSE, ATC_FORM_NONE, 0,
      ATC__ICA_F_ICOAPSENDREQ_SET, 1, sizeof(atc_ica_icoapsendnbin_set), 42, 0,
      1, 1, 1, 0, -1, 1}, /* ICOAPSENDNBIN_SET */
    {ATC_KIND_RESPONSE, ATC_FORM_NONE, ATC_M_CONTEXT,
      ATC__ICA_F_ICOAPRCVRSP_READ, 11, sizeof(atc_ica_icoaprcvrsp_read), 43, 0,
      6, 6, 1, 0, -1, 6}, /* ICOAPRCVRSP_READ */
    {ATC_KIND_RESPONSE, ATC_FORM_NONE, ATC_M_CONTEXT | ATC_M_PAYLOAD_AFTER_OK | ATC_M_PAYLOAD,
      ATC__ICA_F_ICOAPRCVBIN_READ, 17, sizeof(atc_ica_icoaprcvbin_read), 44, 4,
      3, 2, 1, 0, -1, 3}, /* ICOAPRCVBIN_READ */
    {ATC_KIND_RESPONSE, ATC_FORM_NONE, ATC_M_TEST_ANSWER,
      ATC__ICA_F_IMQTTOPEN_TEST, 2, sizeof(atc_ica_ihttpopen_test), 45, 0,
      2, 1, 1, 0, -1, 2}, /* IHTTPOPEN_TEST */
    {ATC_KIND_RESPONSE, ATC_FORM_NONE, 0,
      ATC__ICA_F_AT_IMQTTOPEN_SET, 2, sizeof(atc_ica_ihttpopen_read), 46, 0,
      2, 1, 1, 0, -1, 2}, /* IHTTPOPEN_READ */
    {ATC_KIND_RESPONSE, ATC_FORM_NONE, ATC_M_MULTI | ATC_M_TEST_ANSWER,
      ATC__ICA_F_IMQTTPARA_TEST, 2, sizeof(atc_ica_ihttpara_test), 47, 0,
      2, 1, 1, 0, -1, 2}, /* IHTTPARA_TEST */
    {ATC_KIND_RESPONSE, ATC_FORM_NONE, ATC_M_MULTI | ATC_M_VARIABLE,
      ATC__ICA_F_AT_IHTTPARA_SET, 4, sizeof(atc_ica_ihttpara_read), 48, 0,
      6, 1, 1, 0, 0, 255}, /* IHTTPARA_READ */
    {ATC_KIND_RESPONSE, ATC_FORM_NONE, ATC_M_VARIABLE | ATC_M_TEST_ANSWER,
      ATC__ICA_F_IMQTTAUTH_TEST, 3, sizeof(atc_ica_ihttpauth_test), 49, 0,
      1, 1, 1, 0, -1, 255}, /* IHTTPAUTH_TEST */
    {ATC_KIND_RESPONSE, ATC_FORM_NONE, ATC_M_VARIABLE,
      ATC__ICA_F_AT_IMQTTAUTH_SET, 3, sizeof(atc_ica_ihttpauth_read), 50, 0,
      1, 1, 1, 0, -1, 255}, /* IHTTPAUTH_READ */
    {ATC_KIND_RESPONSE, ATC_FORM_NONE, ATC_M_TEST_ANSWER,
      ATC__ICA_F_IHTTPSEND_TEST, 5, sizeof(atc_ica_ihttpsend_test), 51, 0,
      3, 1, 1, 0, -1, 3}, /* IHTTPSEND_TEST */
    {ATC_KIND_RESPONSE, ATC_FORM_NONE, 0,
      ATC__ICA_F_AT_IHTTPSEND_SET, 5, sizeof(atc_ica_ihttpsend_read), 52, 0,
      3, 1, 1, 0, -1, 3}, /* IHTTPSEND_READ */
    {ATC_KIND_RESPONSE, ATC_FORM_NONE, ATC_M_TEST_ANSWER,
      ATC__ICA_F_ICOAPSENDREQ_TEST, 7, sizeof(atc_ica_ihttpsendreq_test), 53, 0,
      5, 1, 1, 0, -1, 5}, /* IHTTPSENDREQ_TEST */
    {ATC_KIND_RESPONSE, ATC_FORM_NONE, 0,
      ATC__ICA_F_AT_ICOAPSENDREQ_SET, 5, sizeof(atc_ica_ihttpsendreq_read), 54, 0,
      5, 3, 1, 0, -1, 5}, /* IHTTPSENDREQ_READ */
    {ATC_KIND_RESPONSE, ATC_FORM_NONE, 0,
      ATC__ICA_F_ICOAPSENDREQ_SET, 1, sizeof(atc_ica_ihttpsendreq_set), 55, 0,
      1, 1, 1, 0, -1, 1}, /* IHTTPSENDREQ_SET */
    {ATC_KIND_RESPONSE, ATC_FORM_NONE, ATC_M_TEST_ANSWER,
      ATC__ICA_F_ICOAPSENDBIN_TEST, 5, sizeof(atc_ica_ihttpsendbin_test), 56, 0,
      3, 1, 1, 0, -1, 3}, /* IHTTPSENDBIN_TEST */
    {ATC_KIND_RESPONSE, ATC_FORM_NONE, ATC_M_PAYLOAD_AFTER_OK | ATC_M_PAYLOAD,
      ATC__ICA_F_ICOAPSENDBIN_READ, 5, sizeof(atc_ica_ihttpsendbin_read), 57, 5,
      3, 1, 1, 0, -1, 3}, /* IHTTPSENDBIN_READ */
    {ATC_KIND_RESPONSE, ATC_FORM_NONE, 0,
      ATC__ICA_F_ICOAPSENDREQ_SET, 1, sizeof(atc_ica_ihttpsendbin_set), 58, 0,
      1, 1, 1, 0, -1, 1}, /* IHTTPSENDBIN_SET */
    {ATC_KIND_RESPONSE, ATC_FORM_NONE, ATC_M_CONTEXT,
      ATC__ICA_F_IHTTPRCVRSP_READ, 19, sizeof(atc_ica_ihttprcvrsp_read), 59, 0,
      7, 4, 1, 0, -1, 7}, /* IHTTPRCVRSP_READ */
    {ATC_KIND_RESPONSE, ATC_FORM_NONE, ATC_M_CONTEXT | ATC_M_PAYLOAD_AFTER_OK | ATC_M_PAYLOAD,
      ATC__ICA_F_IHTTPRCVBIN_READ, 23, sizeof(atc_ica_ihttprcvbin_read), 60, 6,
      4, 2, 1, 0, -1, 4}, /* IHTTPRCVBIN_READ */
    {ATC_KIND_RESPONSE, ATC_FORM_NONE, ATC_M_MULTI | ATC_M_TEST_ANSWER,
      ATC__ICA_F_IMQTTPARA_TEST, 2, sizeof(atc_ica_iotapara_test), 61, 0,
      2, 1, 1, 0, -1, 2}, /* IOTAPARA_TEST */
    {ATC_KIND_RESPONSE, ATC_FORM_NONE, ATC_M_MULTI | ATC_M_VARIABLE,
      ATC__ICA_F_AT_IOTAPARA_SET, 4, sizeof(atc_ica_iotapara_read), 62, 0,
      4, 1, 1, 0, 0, 255}, /* IOTAPARA_READ */
    {ATC_KIND_RESPONSE, ATC_FORM_NONE, ATC_M_TEST_ANSWER,
      ATC__ICA_F_IOTAVER_TEST, 1, sizeof(atc_ica_iotaver_test), 63, 0,
      1, 1, 1, 0, -1, 1}, /* IOTAVER_TEST */
    {ATC_KIND_RESPONSE, ATC_FORM_NONE, 0,
      ATC__ICA_F_AT_IOTAVER_SET, 1, sizeof(atc_ica_iotaver_read), 64, 0,
      1, 1, 1, 0, -1, 1}, /* IOTAVER_READ */
    {ATC_KIND_RESPONSE, ATC_FORM_NONE, ATC_M_CONTEXT,
      ATC__ICA_F_IOTANEWVER_READ, 5, sizeof(atc_ica_iotanewver_read), 65, 0,
      3, 1, 1, 0, -1, 3}, /* IOTANEWVER_READ */
    {ATC_KIND_RESPONSE, ATC_FORM_NONE, ATC_M_TEST_ANSWER,
      ATC__ICA_F_IOTAPGS_TEST, 2, sizeof(atc_ica_iotapgs_test), 66, 0,
      2, 1, 1, 0, -1, 2}, /* IOTAPGS_TEST */
    {ATC_KIND_RESPONSE, ATC_FORM_NONE, ATC_M_MULTI,
      ATC__ICA_F_IOTABLOCK, 1, sizeof(atc_ica_iotablock), 67, 0,
      1, 1, 1, 0, -1, 1}, /* IOTABLOCK */
    {ATC_KIND_RESPONSE, ATC_FORM_NONE, ATC_M_TEST_ANSWER,
      ATC__ICA_F_ILOGLVL_TEST, 1, sizeof(atc_ica_iloglvl_test), 68, 0,
      1, 1, 1, 0, -1, 1}, /* ILOGLVL_TEST */
    {ATC_KIND_RESPONSE, ATC_FORM_NONE, 0,
      ATC__ICA_F_AT_ILOGLVL_SET, 1, sizeof(atc_ica_iloglvl_read), 69, 0,
      1, 1, 1, 0, -1, 1}, /* ILOGLVL_READ */
    {ATC_KIND_RESPONSE, ATC_FORM_NONE, ATC_M_CONTEXT | ATC_M_VARIABLE,
      ATC__ICA_F_CGMI, 25, sizeof(atc_ica_cgmi), 70, 0,
      1, 1, 1, 0, -1, 255}, /* CGMI */
    {ATC_KIND_RESPONSE, ATC_FORM_NONE, ATC_M_CONTEXT | ATC_M_VARIABLE,
      ATC__ICA_F_CGMI, 25, sizeof(atc_ica_cgmm), 71, 0,
      1, 1, 1, 0, -1, 255}, /* CGMM */
    {ATC_KIND_RESPONSE, ATC_FORM_NONE, ATC_M_CONTEXT | ATC_M_VARIABLE,
      ATC__ICA_F_CGMI, 25, sizeof(atc_ica_cgmr), 72, 0,
      1, 1, 1, 0, -1, 255}, /* CGMR */
    {ATC_KIND_URC, ATC_FORM_NONE, 0,
      ATC__ICA_F_IMQTTAUTH_OK, 1, sizeof(atc_ica_imqttauth_ok), 0, 0,
      1, 1, 0, 0, -1, 1}, /* IMQTTAUTH_OK */
    {ATC_KIND_URC, ATC_FORM_NONE, 0,
      ATC__ICA_F_IMQTTAUTH_FAIL, 1, sizeof(atc_ica_imqttauth_fail), 0, 0,
      1, 1, 0, 0, -1, 1}, /* IMQTTAUTH_FAIL */
    {ATC_KIND_URC, ATC_FORM_NONE, 0,
      ATC__ICA_F_IMQTTPUB, 2, sizeof(atc_ica_imqttpub), 0, 0,
      2, 1, 0, 0, -1, 2}, /* IMQTTPUB */
    {ATC_KIND_URC, ATC_FORM_NONE, 0,
      ATC__ICA_F_IMQTTPUB, 2, sizeof(atc_ica_imqttpubin), 0, 0,
      2, 1, 0, 0, -1, 2}, /* IMQTTPUBIN */
    {ATC_KIND_URC, ATC_FORM_NONE, 0,
      ATC__ICA_F_IMQTTSUB, 2, sizeof(atc_ica_imqttsub), 0, 0,
      2, 1, 0, 0, -1, 2}, /* IMQTTSUB */
    {ATC_KIND_URC, ATC_FORM_NONE, 0,
      ATC__ICA_F_IMQTTPUB, 2, sizeof(atc_ica_imqttunsub), 0, 0,
      2, 1, 0, 0, -1, 2}, /* IMQTTUNSUB */
    {ATC_KIND_URC, ATC_FORM_NONE, ATC_M_OWN_OK,
      ATC__ICA_F_IMQTTRCVPUB_READ, 8, sizeof(atc_ica_imqttrcvpub), 0, 0,
      6, 3, 0, 0, -1, 6}, /* IMQTTRCVPUB */
    {ATC_KIND_URC, ATC_FORM_NONE, ATC_M_OWN_OK | ATC_M_PAYLOAD_AFTER_OK | ATC_M_PAYLOAD,
      ATC__ICA_F_IMQTTRCVPUBIN_READ, 5, sizeof(atc_ica_imqttrcvpubin), 0, 7,
      3, 1, 0, 0, -1, 3}, /* IMQTTRCVPUBIN */
    {ATC_KIND_URC, ATC_FORM_NONE, ATC_M_OWN_OK,
      ATC__ICA_F_IMQTTSTATE_READ, 1, sizeof(atc_ica_imqttstate), 0, 0,
      1, 1, 0, 0, -1, 1}, /* IMQTTSTATE */
    {ATC_KIND_URC, ATC_FORM_NONE, ATC_M_OWN_OK,
      ATC__ICA_F_NONE, 0, sizeof(atc_ica_imqttpingrsp), 0, 0,
      0, 1, 0, 0, -1, 0}, /* IMQTTPINGRSP */
    {ATC_KIND_URC, ATC_FORM_NONE, 0,
      ATC__ICA_F_IMQTTAUTH_OK, 1, sizeof(atc_ica_icoapauth_ok), 0, 0,
      1, 1, 0, 0, -1, 1}, /* ICOAPAUTH_OK */
    {ATC_KIND_URC, ATC_FORM_NONE, 0,
      ATC__ICA_F_IMQTTAUTH_FAIL, 1, sizeof(atc_ica_icoapauth_fail), 0, 0,
      1, 1, 0, 0, -1, 1}, /* ICOAPAUTH_FAIL */
    {ATC_KIND_URC, ATC_FORM_NONE, 0,
      ATC__ICA_F_ICOAPSENDREQ, 2, sizeof(atc_ica_icoapsendreq), 0, 0,
      2, 1, 0, 0, -1, 2}, /* ICOAPSENDREQ */
    {ATC_KIND_URC, ATC_FORM_NONE, 0,
      ATC__ICA_F_ICOAPSENDREQ, 2, sizeof(atc_ica_icoapsendbin), 0, 0,
      2, 1, 0, 0, -1, 2}, /* ICOAPSENDBIN */
    {ATC_KIND_URC, ATC_FORM_NONE, ATC_M_OWN_OK,
      ATC__ICA_F_ICOAPRCVRSP_READ, 11, sizeof(atc_ica_icoaprcvrsp), 0, 0,
      6, 6, 0, 0, -1, 6}, /* ICOAPRCVRSP */
    {ATC_KIND_URC, ATC_FORM_NONE, ATC_M_OWN_OK | ATC_M_PAYLOAD_AFTER_OK | ATC_M_PAYLOAD,
      ATC__ICA_F_ICOAPRCVBIN_READ, 17, sizeof(atc_ica_icoaprcvbin), 0, 8,
      3, 2, 0, 0, -1, 3}, /* ICOAPRCVBIN */
    {ATC_KIND_URC, ATC_FORM_NONE, 0,
      ATC__ICA_F_IMQTTAUTH_OK, 1, sizeof(atc_ica_ihttpauth_ok), 0, 0,
      1, 1, 0, 0, -1, 1}, /* IHTTPAUTH_OK */
    {ATC_KIND_URC, ATC_FORM_NONE, 0,
      ATC__ICA_F_IMQTTAUTH_FAIL, 1, sizeof(atc_ica_ihttpauth_fail), 0, 0,
      1, 1, 0, 0, -1, 1}, /* IHTTPAUTH_FAIL */
    {ATC_KIND_URC, ATC_FORM_NONE, 0,
      ATC__ICA_F_IHTTPSEND, 26, sizeof(atc_ica_ihttpsend), 0, 0,
      3, 2, 0, 0, -1, 3}, /* IHTTPSEND */
    {ATC_KIND_URC, ATC_FORM_NONE, ATC_M_OWN_OK,
      ATC__ICA_F_IHTTPRCVRSP_READ, 19, sizeof(atc_ica_ihttprcvrsp), 0, 0,
      7, 4, 0, 0, -1, 7}, /* IHTTPRCVRSP */
    {ATC_KIND_URC, ATC_FORM_NONE, ATC_M_OWN_OK | ATC_M_PAYLOAD_AFTER_OK | ATC_M_PAYLOAD,
      ATC__ICA_F_IHTTPRCVBIN_READ, 23, sizeof(atc_ica_ihttprcvbin), 0, 9,
      4, 2, 0, 0, -1, 4}, /* IHTTPRCVBIN */
    {ATC_KIND_URC, ATC_FORM_NONE, ATC_M_OWN_OK,
      ATC__ICA_F_IOTANEWVER_READ, 5, sizeof(atc_ica_iotanewver), 0, 0,
      3, 1, 0, 0, -1, 3}, /* IOTANEWVER */
};

/* ---- Heads: the texts lines begin with, and the keywords after them ---- */
static const struct {
    char s0[1];
    char s1[3];
    char s2[6];
    char s3[11];
    char s4[13];
    char s5[12];
    char s6[13];
    char s7[12];
    char s8[13];
    char s9[12];
    char s10[13];
    char s11[12];
    char s12[13];
    char s13[12];
    char s14[12];
    char s15[11];
    char s16[14];
    char s17[13];
    char s18[12];
    char s19[11];
    char s20[14];
    char s21[13];
    char s22[15];
    char s23[16];
    char s24[17];
    char s25[18];
    char s26[14];
    char s27[13];
    char s28[16];
    char s29[15];
    char s30[16];
    char s31[16];
    char s32[12];
    char s33[13];
    char s34[13];
    char s35[13];
    char s36[16];
    char s37[16];
    char s38[15];
    char s39[17];
    char s40[17];
    char s41[15];
    char s42[15];
    char s43[13];
    char s44[12];
    char s45[13];
    char s46[13];
    char s47[13];
    char s48[12];
    char s49[16];
    char s50[16];
    char s51[15];
    char s52[15];
    char s53[15];
    char s54[15];
    char s55[14];
    char s56[16];
    char s57[17];
    char s58[12];
    char s59[11];
    char s60[14];
    char s61[11];
    char s62[13];
    char s63[12];
    char s64[11];
    char s65[11];
    char s66[12];
    char s67[8];
    char s68[8];
    char s69[8];
    char s70[11];
    char s71[11];
    char s72[10];
    char s73[11];
    char s74[10];
    char s75[11];
    char s76[10];
    char s77[10];
    char s78[9];
    char s79[12];
    char s80[11];
    char s81[10];
    char s82[9];
    char s83[12];
    char s84[11];
    char s85[13];
    char s86[14];
    char s87[15];
    char s88[16];
    char s89[12];
    char s90[12];
    char s91[11];
    char s92[14];
    char s93[10];
    char s94[11];
    char s95[11];
    char s96[11];
    char s97[14];
    char s98[14];
    char s99[13];
    char s100[15];
    char s101[15];
    char s102[13];
    char s103[13];
    char s104[11];
    char s105[10];
    char s106[11];
    char s107[11];
    char s108[11];
    char s109[10];
    char s110[14];
    char s111[14];
    char s112[13];
    char s113[13];
    char s114[13];
    char s115[13];
    char s116[12];
    char s117[10];
    char s118[9];
    char s119[12];
    char s120[9];
    char s121[11];
    char s122[9];
    char s123[14];
    char s124[5];
} atc__ica_keys_pool = {
    "",
    "OK",
    "ERROR",
    "+CME ERROR",
    "AT+IMQTTMODE",
    "AT+MQTTMODE",
    "AT+IMQTTOPEN",
    "AT+MQTTOPEN",
    "AT+IMQTTAUTH",
    "AT+MQTTAUTH",
    "AT+IMQTTPARA",
    "AT+MQTTPARA",
    "AT+IMQTTCONN",
    "AT+MQTTCONN",
    "AT+IMQTTPUB",
    "AT+MQTTPUB",
    "AT+IMQTTPUBIN",
    "AT+MQTTPUBIN",
    "AT+IMQTTSUB",
    "AT+MQTTSUB",
    "AT+IMQTTUNSUB",
    "AT+MQTTUNSUB",
    "AT+IMQTTRCVPUB",
    "AT+IMQTTTRCVPUB",
    "AT+IMQTTRCVPUBIN",
    "AT+IMQTTTRCVPUBIN",
    "AT+IMQTTSTATE",
    "AT+MQTTSTATE",
    "AT+IMQTTDISCONN",
    "AT+MQTTDISCONN",
    "AT+IMQTTDBGPARA",
    "AT+IMQTTPINGRSP",
    "AT+ICOAPARA",
    "AT+ICOAPPARA",
    "AT+ICOAPOPEN",
    "AT+ICOAPAUTH",
    "AT+ICOAPSENDREQ",
    "AT+ICOAPSENDBIN",
    "AT+ICOAPSENBIN",
    "AT+ICOAPSENDREQN",
    "AT+ICOAPSENDNBIN",
    "AT+ICOAPRCVRSP",
    "AT+ICOAPRCVBIN",
    "AT+IHTTPOPEN",
    "AT+IHTTPARA",
    "AT+IHTTPPARA",
    "AT+IHTTPAUTH",
    "AT+IHTTPSEND",
    "AT+IHTTSEND",
    "AT+IHTTPSENDREQ",
    "AT+IHTTPSENDBIN",
    "AT+IHTTPSENBIN",
    "AT+IHTTPRCVRSP",
    "AT+IHTTPCRVRSP",
    "AT+IHTTPRCVBIN",
    "AT+IHTTPCVBIN",
    "AT+IHTTPDISCONN",
    "AT+IHTTPODISCONN",
    "AT+IOTAPARA",
    "AT+IOTAVER",
    "AT+IOTANEWVER",
    "AT+IOTAPGS",
    "AT+IOTABLOCK",
    "AT+IOTABORT",
    "AT+ILOGLVL",
    "AT+IREBOOT",
    "AT+IDEFAULT",
    "AT+CGMI",
    "AT+CGMM",
    "AT+CGMR",
    "+IMQTTMODE",
    "+IMQTTOPEN",
    "+MQTTOPEN",
    "+IMQTTAUTH",
    "+MQTTAUTH",
    "+IMQTTPARA",
    "+MQTTPARA",
    "+IMQTTPUB",
    "+MQTTPUB",
    "+IMQTTPUBIN",
    "+MQTTPUBIN",
    "+IMQTTSUB",
    "+MQTTSUB",
    "+IMQTTUNSUB",
    "+MQTTUNSUB",
    "+IMQTTRCVPUB",
    "+IMQTTTRCVPUB",
    "+IMQTTRCVPUBIN",
    "+IMQTTTRCVPUBIN",
    "+MQTTRCVBIN",
    "+IMQTTSTATE",
    "+MQTTSTATE",
    "+IMQTTDBGPARA",
    "+ICOAPARA",
    "+ICOAPPARA",
    "+ICOAPOPEN",
    "+ICOAPAUTH",
    "+ICOAPSENDREQ",
    "+ICOAPSENDBIN",
    "+ICOAPSENBIN",
    "+ICOAPSENDREQN",
    "+ICOAPSENDNBIN",
    "+ICOAPRCVRSP",
    "+ICOAPRCVBIN",
    "+IHTTPOPEN",
    "+IHTTPARA",
    "+IHTTPPARA",
    "+IHTTPAUTH",
    "+IHTTPSEND",
    "+IHTTSEND",
    "+IHTTPSENDREQ",
    "+IHTTPSENDBIN",
    "+IHTTPSENBIN",
    "+IHTTPRCVRSP",
    "+IHTTPCRVRSP",
    "+IHTTPRCVBIN",
    "+IHTTPCVBIN",
    "+IOTAPARA",
    "+IOTAVER",
    "+IOTANEWVER",
    "+IOTAPGS",
    "+IOTABLOCK",
    "+ILOGLVL",
    "+IMQTTPINGRSP",
    "FAIL"
};
ATC__ICA_CHECK(keys_pool_unpadded, sizeof atc__ica_keys_pool == 1550);
#define atc__ica_keys ((const char *)&atc__ica_keys_pool)

static const atc_head atc__ica_heads[] = {
    /* text, next, cands, parent, len, term, flags, ncands, nresp, nrest */
    {1, 0xffff, 73, 0xffff, 2, 0, 0, 1, 0, 1}, /* [0] OK */
    {4, 0xffff, 74, 0xffff, 5, 0, 0, 1, 0, 1}, /* [1] ERROR */
    {10, 0xffff, 75, 0xffff, 10, 1, 0, 1, 0, 1}, /* [2] +CME ERROR: */
    {21, 0xffff, 0, 0xffff, 12, 4, 0, 1, 0, 0}, /* [3] AT+IMQTTMODE=? */
    {34, 0x76, 0, 0xffff, 11, 4, 0, 1, 0, 0}, /* [4] AT+MQTTMODE=? */
    {21, 0x2e, 1, 0xffff, 12, 3, 0, 1, 0, 0}, /* [5] AT+IMQTTMODE? */
    {34, 0xffff, 1, 0xffff, 11, 3, 0, 1, 0, 0}, /* [6] AT+MQTTMODE? */
    {21, 0xffff, 76, 0xffff, 12, 2, 0, 1, 0, 0}, /* [7] AT+IMQTTMODE= */
    {34, 0x26, 76, 0xffff, 11, 2, 0, 1, 0, 0}, /* [8] AT+MQTTMODE= */
    {46, 0x51, 2, 0xffff, 12, 4, 0, 1, 0, 0}, /* [9] AT+IMQTTOPEN=? */
    {59, 0xffff, 2, 0xffff, 11, 4, 0, 1, 0, 0}, /* [10] AT+MQTTOPEN=? */
    {46, 0x52, 3, 0xffff, 12, 3, 0, 1, 0, 0}, /* [11] AT+IMQTTOPEN? */
    {59, 0xffff, 3, 0xffff, 11, 3, 0, 1, 0, 0}, /* [12] AT+MQTTOPEN? */
    {46, 0x53, 77, 0xffff, 12, 2, 0, 1, 0, 0}, /* [13] AT+IMQTTOPEN= */
    {59, 0xffff, 77, 0xffff, 11, 2, 0, 1, 0, 0}, /* [14] AT+MQTTOPEN= */
    {71, 0x54, 4, 0xffff, 12, 4, 0, 1, 0, 0}, /* [15] AT+IMQTTAUTH=? */
    {84, 0x95, 4, 0xffff, 11, 4, 0, 1, 0, 0}, /* [16] AT+MQTTAUTH=? */
    {71, 0x14, 5, 0xffff, 12, 3, 0, 1, 0, 0}, /* [17] AT+IMQTTAUTH? */
    {84, 0xffff, 5, 0xffff, 11, 3, 0, 1, 0, 0}, /* [18] AT+MQTTAUTH? */
    {71, 0x56, 78, 0xffff, 12, 2, 0, 1, 0, 0}, /* [19] AT+IMQTTAUTH= */
    {84, 0x55, 78, 0xffff, 11, 2, 0, 1, 0, 0}, /* [20] AT+MQTTAUTH= */
    {96, 0x19, 6, 0xffff, 12, 4, 0, 1, 0, 0}, /* [21] AT+IMQTTPARA=? */
    {109, 0xc5, 6, 0xffff, 11, 4, 0, 1, 0, 0}, /* [22] AT+MQTTPARA=? */
    {96, 0x4e, 7, 0xffff, 12, 3, 0, 1, 0, 0}, /* [23] AT+IMQTTPARA? */
    {109, 0xffff, 7, 0xffff, 11, 3, 0, 1, 0, 0}, /* [24] AT+MQTTPARA? */
    {96, 0x4c, 79, 0xffff, 12, 2, 0, 1, 0, 0}, /* [25] AT+IMQTTPARA= */
    {109, 0xffff, 79, 0xffff, 11, 2, 0, 1, 0, 0}, /* [26] AT+MQTTPARA= */
    {121, 0x9b, 80, 0xffff, 12, 4, 0, 1, 0, 0}, /* [27] AT+IMQTTCONN=? */
    {134, 0xec, 80, 0xffff, 11, 4, 0, 1, 0, 0}, /* [28] AT+MQTTCONN=? */
    {121, 0xffff, 81, 0xffff, 12, 0, 0, 1, 0, 0}, /* [29] AT+IMQTTCONN */
    {134, 0xffff, 81, 0xffff, 11, 0, 0, 1, 0, 0}, /* [30] AT+MQTTCONN */
    {146, 0xffff, 8, 0xffff, 11, 4, 0, 1, 0, 0}, /* [31] AT+IMQTTPUB=? */
    {158, 0xa6, 8, 0xffff, 10, 4, 0, 1, 0, 0}, /* [32] AT+MQTTPUB=? */
    {146, 0x9d, 9, 0xffff, 11, 3, 0, 1, 0, 0}, /* [33] AT+IMQTTPUB? */
    {158, 0x9e, 9, 0xffff, 10, 3, 0, 1, 0, 0}, /* [34] AT+MQTTPUB? */
    {146, 0xffff, 10, 0xffff, 11, 2, 0, 1, 0, 0}, /* [35] AT+IMQTTPUB= */
    {158, 0x57, 10, 0xffff, 10, 2, 0, 1, 0, 0}, /* [36] AT+MQTTPUB= */
    {169, 0xffff, 11, 0xffff, 13, 4, 0, 1, 0, 0}, /* [37] AT+IMQTTPUBIN=? */
    {183, 0xffff, 11, 0xffff, 12, 4, 0, 1, 0, 0}, /* [38] AT+MQTTPUBIN=? */
    {169, 0xffff, 12, 0xffff, 13, 3, 0, 1, 0, 0}, /* [39] AT+IMQTTPUBIN? */
    {183, 0xd2, 12, 0xffff, 12, 3, 0, 1, 0, 0}, /* [40] AT+MQTTPUBIN? */
    {169, 0xffff, 13, 0xffff, 13, 2, 0, 1, 0, 0}, /* [41] AT+IMQTTPUBIN= */
    {183, 0xffff, 13, 0xffff, 12, 2, 0, 1, 0, 0}, /* [42] AT+MQTTPUBIN= */
    {196, 0x32, 14, 0xffff, 11, 4, 0, 1, 0, 0}, /* [43] AT+IMQTTSUB=? */
    {208, 0xd8, 14, 0xffff, 10, 4, 0, 1, 0, 0}, /* [44] AT+MQTTSUB=? */
    {196, 0xffff, 15, 0xffff, 11, 3, 0, 1, 0, 0}, /* [45] AT+IMQTTSUB? */
    {208, 0xffff, 15, 0xffff, 10, 3, 0, 1, 0, 0}, /* [46] AT+MQTTSUB? */
    {196, 0xffff, 16, 0xffff, 11, 2, 0, 1, 0, 0}, /* [47] AT+IMQTTSUB= */
    {208, 0xffff, 16, 0xffff, 10, 2, 0, 1, 0, 0}, /* [48] AT+MQTTSUB= */
    {219, 0x90, 17, 0xffff, 13, 4, 0, 1, 0, 0}, /* [49] AT+IMQTTUNSUB=? */
    {233, 0xffff, 17, 0xffff, 12, 4, 0, 1, 0, 0}, /* [50] AT+MQTTUNSUB=? */
    {219, 0xb2, 18, 0xffff, 13, 3, 0, 1, 0, 0}, /* [51] AT+IMQTTUNSUB? */
    {233, 0xffff, 18, 0xffff, 12, 3, 0, 1, 0, 0}, /* [52] AT+MQTTUNSUB? */
    {219, 0xffff, 19, 0xffff, 13, 2, 0, 1, 0, 0}, /* [53] AT+IMQTTUNSUB= */
    {233, 0x38, 19, 0xffff, 12, 2, 0, 1, 0, 0}, /* [54] AT+MQTTUNSUB= */
    {246, 0xffff, 82, 0xffff, 14, 4, 0, 1, 0, 0}, /* [55] AT+IMQTTRCVPUB=? */
    {261, 0xffff, 82, 0xffff, 15, 4, 0, 1, 0, 0}, /* [56] AT+IMQTTTRCVPUB=? */
    {246, 0x4a, 20, 0xffff, 14, 3, 0, 1, 0, 0}, /* [57] AT+IMQTTRCVPUB? */
    {261, 0xffff, 20, 0xffff, 15, 3, 0, 1, 0, 0}, /* [58] AT+IMQTTTRCVPUB? */
    {277, 0xffff, 83, 0xffff, 16, 4, 0, 1, 0, 0}, /* [59] AT+IMQTTRCVPUBIN=? */
    {294, 0x8c, 83, 0xffff, 17, 4, 0, 1, 0, 0}, /* [60] AT+IMQTTTRCVPUBIN=? */
    {277, 0xffff, 21, 0xffff, 16, 3, 0, 1, 0, 0}, /* [61] AT+IMQTTRCVPUBIN? */
    {294, 0xffff, 21, 0xffff, 17, 3, 0, 1, 0, 0}, /* [62] AT+IMQTTTRCVPUBIN? */
    {312, 0xa2, 84, 0xffff, 13, 4, 0, 1, 0, 0}, /* [63] AT+IMQTTSTATE=? */
    {326, 0x47, 84, 0xffff, 12, 4, 0, 1, 0, 0}, /* [64] AT+MQTTSTATE=? */
    {312, 0x48, 22, 0xffff, 13, 3, 0, 1, 0, 0}, /* [65] AT+IMQTTSTATE? */
    {326, 0xffff, 22, 0xffff, 12, 3, 0, 1, 0, 0}, /* [66] AT+MQTTSTATE? */
    {339, 0x8d, 85, 0xffff, 15, 4, 0, 1, 0, 0}, /* [67] AT+IMQTTDISCONN=? */
    {355, 0xffff, 85, 0xffff, 14, 4, 0, 1, 0, 0}, /* [68] AT+MQTTDISCONN=? */
    {339, 0x8f, 86, 0xffff, 15, 0, 0, 1, 0, 0}, /* [69] AT+IMQTTDISCONN */
    {355, 0xffff, 86, 0xffff, 14, 0, 0, 1, 0, 0}, /* [70] AT+MQTTDISCONN */
    {370, 0xe5, 23, 0xffff, 15, 4, 0, 1, 0, 0}, /* [71] AT+IMQTTDBGPARA=? */
    {370, 0xffff, 24, 0xffff, 15, 3, 0, 1, 0, 0}, /* [72] AT+IMQTTDBGPARA? */
    {370, 0xffff, 87, 0xffff, 15, 2, 0, 1, 0, 0}, /* [73] AT+IMQTTDBGPARA= */
    {386, 0xffff, 88, 0xffff, 15, 4, 0, 1, 0, 0}, /* [74] AT+IMQTTPINGRSP=? */
    {402, 0x64, 25, 0xffff, 11, 4, 0, 1, 0, 0}, /* [75] AT+ICOAPARA=? */
    {414, 0x50, 25, 0xffff, 12, 4, 0, 1, 0, 0}, /* [76] AT+ICOAPPARA=? */
    {402, 0x6f, 26, 0xffff, 11, 3, 0, 1, 0, 0}, /* [77] AT+ICOAPARA? */
    {414, 0x70, 26, 0xffff, 12, 3, 0, 1, 0, 0}, /* [78] AT+ICOAPPARA? */
    {402, 0x71, 89, 0xffff, 11, 2, 0, 1, 0, 0}, /* [79] AT+ICOAPARA= */
    {414, 0x6e, 89, 0xffff, 12, 2, 0, 1, 0, 0}, /* [80] AT+ICOAPPARA= */
    {427, 0x6a, 27, 0xffff, 12, 4, 0, 1, 0, 0}, /* [81] AT+ICOAPOPEN=? */
    {427, 0x6b, 28, 0xffff, 12, 3, 0, 1, 0, 0}, /* [82] AT+ICOAPOPEN? */
    {427, 0x6c, 90, 0xffff, 12, 2, 0, 1, 0, 0}, /* [83] AT+ICOAPOPEN= */
    {440, 0x73, 29, 0xffff, 12, 4, 0, 1, 0, 0}, /* [84] AT+ICOAPAUTH=? */
    {440, 0x61, 30, 0xffff, 12, 3, 0, 1, 0, 0}, /* [85] AT+ICOAPAUTH? */
    {440, 0x75, 91, 0xffff, 12, 2, 0, 1, 0, 0}, /* [86] AT+ICOAPAUTH= */
    {453, 0x7c, 31, 0xffff, 15, 4, 0, 1, 0, 0}, /* [87] AT+ICOAPSENDREQ=? */
    {453, 0x7d, 32, 0xffff, 15, 3, 0, 1, 0, 0}, /* [88] AT+ICOAPSENDREQ? */
    {453, 0x7e, 33, 0xffff, 15, 2, 0, 1, 0, 0}, /* [89] AT+ICOAPSENDREQ= */
    {469, 0x7f, 34, 0xffff, 15, 4, 0, 1, 0, 0}, /* [90] AT+ICOAPSENDBIN=? */
    {485, 0x80, 34, 0xffff, 14, 4, 0, 1, 0, 0}, /* [91] AT+ICOAPSENBIN=? */
    {469, 0x81, 35, 0xffff, 15, 3, 0, 1, 0, 0}, /* [92] AT+ICOAPSENDBIN? */
    {485, 0x82, 35, 0xffff, 14, 3, 0, 1, 0, 0}, /* [93] AT+ICOAPSENBIN? */
    {469, 0x83, 36, 0xffff, 15, 2, 0, 1, 0, 0}, /* [94] AT+ICOAPSENDBIN= */
    {485, 0x84, 36, 0xffff, 14, 2, 0, 1, 0, 0}, /* [95] AT+ICOAPSENBIN= */
    {500, 0xffff, 37, 0xffff, 16, 4, 0, 1, 0, 0}, /* [96] AT+ICOAPSENDREQN=? */
    {500, 0x74, 38, 0xffff, 16, 3, 0, 1, 0, 0}, /* [97] AT+ICOAPSENDREQN? */
    {500, 0xffff, 39, 0xffff, 16, 2, 0, 1, 0, 0}, /* [98] AT+ICOAPSENDREQN= */
    {517, 0xffff, 40, 0xffff, 16, 4, 0, 1, 0, 0}, /* [99] AT+ICOAPSENDNBIN=? */
    {517, 0x6d, 41, 0xffff, 16, 3, 0, 1, 0, 0}, /* [100] AT+ICOAPSENDNBIN? */
    {517, 0xbc, 42, 0xffff, 16, 2, 0, 1, 0, 0}, /* [101] AT+ICOAPSENDNBIN= */
    {534, 0x85, 92, 0xffff, 14, 4, 0, 1, 0, 0}, /* [102] AT+ICOAPRCVRSP=? */
    {534, 0x87, 43, 0xffff, 14, 3, 0, 1, 0, 0}, /* [103] AT+ICOAPRCVRSP? */
    {549, 0x89, 93, 0xffff, 14, 4, 0, 1, 0, 0}, /* [104] AT+ICOAPRCVBIN=? */
    {549, 0x8b, 44, 0xffff, 14, 3, 0, 1, 0, 0}, /* [105] AT+ICOAPRCVBIN? */
    {564, 0xffff, 45, 0xffff, 12, 4, 0, 1, 0, 0}, /* [106] AT+IHTTPOPEN=? */
    {564, 0xffff, 46, 0xffff, 12, 3, 0, 1, 0, 0}, /* [107] AT+IHTTPOPEN? */
    {564, 0xffff, 94, 0xffff, 12, 2, 0, 1, 0, 0}, /* [108] AT+IHTTPOPEN= */
    {577, 0x91, 47, 0xffff, 11, 4, 0, 1, 0, 0}, /* [109] AT+IHTTPARA=? */
    {589, 0x72, 47, 0xffff, 12, 4, 0, 1, 0, 0}, /* [110] AT+IHTTPPARA=? */
    {577, 0x92, 48, 0xffff, 11, 3, 0, 1, 0, 0}, /* [111] AT+IHTTPARA? */
    {589, 0xffff, 48, 0xffff, 12, 3, 0, 1, 0, 0}, /* [112] AT+IHTTPPARA? */
    {577, 0x93, 95, 0xffff, 11, 2, 0, 1, 0, 0}, /* [113] AT+IHTTPARA= */
    {589, 0x8e, 95, 0xffff, 12, 2, 0, 1, 0, 0}, /* [114] AT+IHTTPPARA= */
    {602, 0xbb, 49, 0xffff, 12, 4, 0, 1, 0, 0}, /* [115] AT+IHTTPAUTH=? */
    {602, 0xcb, 50, 0xffff, 12, 3, 0, 1, 0, 0}, /* [116] AT+IHTTPAUTH? */
    {602, 0xcc, 96, 0xffff, 12, 2, 0, 1, 0, 0}, /* [117] AT+IHTTPAUTH= */
    {615, 0xa7, 51, 0xffff, 12, 4, 0, 1, 0, 0}, /* [118] AT+IHTTPSEND=? */
    {628, 0xffff, 51, 0xffff, 11, 4, 0, 1, 0, 0}, /* [119] AT+IHTTSEND=? */
    {615, 0xd0, 52, 0xffff, 12, 3, 0, 1, 0, 0}, /* [120] AT+IHTTPSEND? */
    {628, 0xe8, 52, 0xffff, 11, 3, 0, 1, 0, 0}, /* [121] AT+IHTTSEND? */
    {615, 0xffff, 97, 0xffff, 12, 2, 0, 1, 0, 0}, /* [122] AT+IHTTPSEND= */
    {628, 0xb4, 97, 0xffff, 11, 2, 0, 1, 0, 0}, /* [123] AT+IHTTSEND= */
    {640, 0xffff, 53, 0xffff, 15, 4, 0, 1, 0, 0}, /* [124] AT+IHTTPSENDREQ=? */
    {640, 0xffff, 54, 0xffff, 15, 3, 0, 1, 0, 0}, /* [125] AT+IHTTPSENDREQ? */
    {640, 0xffff, 55, 0xffff, 15, 2, 0, 1, 0, 0}, /* [126] AT+IHTTPSENDREQ= */
    {656, 0xffff, 56, 0xffff, 15, 4, 0, 1, 0, 0}, /* [127] AT+IHTTPSENDBIN=? */
    {672, 0xffff, 56, 0xffff, 14, 4, 0, 1, 0, 0}, /* [128] AT+IHTTPSENBIN=? */
    {656, 0xffff, 57, 0xffff, 15, 3, 0, 1, 0, 0}, /* [129] AT+IHTTPSENDBIN? */
    {672, 0xed, 57, 0xffff, 14, 3, 0, 1, 0, 0}, /* [130] AT+IHTTPSENBIN? */
    {656, 0xe3, 58, 0xffff, 15, 2, 0, 1, 0, 0}, /* [131] AT+IHTTPSENDBIN= */
    {672, 0xa1, 58, 0xffff, 14, 2, 0, 1, 0, 0}, /* [132] AT+IHTTPSENBIN= */
    {687, 0x86, 98, 0xffff, 14, 4, 0, 1, 0, 0}, /* [133] AT+IHTTPRCVRSP=? */
    {702, 0xffff, 98, 0xffff, 14, 4, 0, 1, 0, 0}, /* [134] AT+IHTTPCRVRSP=? */
    {687, 0x88, 59, 0xffff, 14, 3, 0, 1, 0, 0}, /* [135] AT+IHTTPRCVRSP? */
    {702, 0xffff, 59, 0xffff, 14, 3, 0, 1, 0, 0}, /* [136] AT+IHTTPCRVRSP? */
    {717, 0xffff, 99, 0xffff, 14, 4, 0, 1, 0, 0}, /* [137] AT+IHTTPRCVBIN=? */
    {732, 0xffff, 99, 0xffff, 13, 4, 0, 1, 0, 0}, /* [138] AT+IHTTPCVBIN=? */
    {717, 0xffff, 60, 0xffff, 14, 3, 0, 1, 0, 0}, /* [139] AT+IHTTPRCVBIN? */
    {732, 0xffff, 60, 0xffff, 13, 3, 0, 1, 0, 0}, /* [140] AT+IHTTPCVBIN? */
    {746, 0xffff, 100, 0xffff, 15, 4, 0, 1, 0, 0}, /* [141] AT+IHTTPDISCONN=? */
    {762, 0xb3, 100, 0xffff, 16, 4, 0, 1, 0, 0}, /* [142] AT+IHTTPODISCONN=? */
    {746, 0xffff, 101, 0xffff, 15, 0, 0, 1, 0, 0}, /* [143] AT+IHTTPDISCONN */
    {762, 0xffff, 101, 0xffff, 16, 0, 0, 1, 0, 0}, /* [144] AT+IHTTPODISCONN */
    {779, 0x96, 61, 0xffff, 11, 4, 0, 1, 0, 0}, /* [145] AT+IOTAPARA=? */
    {779, 0xffff, 62, 0xffff, 11, 3, 0, 1, 0, 0}, /* [146] AT+IOTAPARA? */
    {779, 0xc3, 102, 0xffff, 11, 2, 0, 1, 0, 0}, /* [147] AT+IOTAPARA= */
    {791, 0xffff, 63, 0xffff, 10, 4, 0, 1, 0, 0}, /* [148] AT+IOTAVER=? */
    {791, 0xffff, 64, 0xffff, 10, 3, 0, 1, 0, 0}, /* [149] AT+IOTAVER? */
    {791, 0xeb, 103, 0xffff, 10, 2, 0, 1, 0, 0}, /* [150] AT+IOTAVER= */
    {802, 0xa4, 104, 0xffff, 13, 4, 0, 1, 0, 0}, /* [151] AT+IOTANEWVER=? */
    {802, 0xffff, 65, 0xffff, 13, 3, 0, 1, 0, 0}, /* [152] AT+IOTANEWVER? */
    {816, 0xffff, 66, 0xffff, 10, 4, 0, 1, 0, 0}, /* [153] AT+IOTAPGS=? */
    {816, 0xffff, 105, 0xffff, 10, 2, 0, 1, 0, 0}, /* [154] AT+IOTAPGS= */
    {827, 0xffff, 106, 0xffff, 12, 4, 0, 1, 0, 0}, /* [155] AT+IOTABLOCK=? */
    {827, 0xffff, 67, 0xffff, 12, 2, 0, 1, 0, 0}, /* [156] AT+IOTABLOCK= */
    {840, 0xffff, 107, 0xffff, 11, 4, 0, 1, 0, 0}, /* [157] AT+IOTABORT=? */
    {840, 0xffff, 108, 0xffff, 11, 0, 0, 1, 0, 0}, /* [158] AT+IOTABORT */
    {852, 0xb6, 68, 0xffff, 10, 4, 0, 1, 0, 0}, /* [159] AT+ILOGLVL=? */
    {852, 0xc1, 69, 0xffff, 10, 3, 0, 1, 0, 0}, /* [160] AT+ILOGLVL? */
    {852, 0xdd, 109, 0xffff, 10, 2, 0, 1, 0, 0}, /* [161] AT+ILOGLVL= */
    {863, 0xffff, 110, 0xffff, 10, 4, 0, 1, 0, 0}, /* [162] AT+IREBOOT=? */
    {863, 0xbe, 111, 0xffff, 10, 2, 0, 1, 0, 0}, /* [163] AT+IREBOOT= */
    {874, 0xffff, 112, 0xffff, 11, 4, 0, 1, 0, 0}, /* [164] AT+IDEFAULT=? */
    {874, 0xffff, 113, 0xffff, 11, 0, 0, 1, 0, 0}, /* [165] AT+IDEFAULT */
    {886, 0xbd, 70, 0xffff, 7, 0, 0, 1, 0, 0}, /* [166] AT+CGMI */
    {894, 0xffff, 71, 0xffff, 7, 0, 0, 1, 0, 0}, /* [167] AT+CGMM */
    {902, 0xffff, 72, 0xffff, 7, 0, 0, 1, 0, 0}, /* [168] AT+CGMR */
    {910, 0xffff, 114, 0xffff, 10, 1, 0, 2, 2, 0}, /* [169] +IMQTTMODE: */
    {921, 0xffff, 116, 0xffff, 10, 1, 0, 2, 2, 0}, /* [170] +IMQTTOPEN: */
    {932, 0xffff, 116, 0xffff, 9, 1, 0, 2, 2, 0}, /* [171] +MQTTOPEN: */
    {942, 0xb0, 118, 0xffff, 10, 1, ATC_H_KEYWORDS, 4, 2, 2}, /* [172] +IMQTTAUTH: */
    {953, 0xffff, 118, 0xffff, 9, 1, ATC_H_KEYWORDS, 4, 2, 2}, /* [173] +MQTTAUTH: */
    {963, 0xffff, 122, 0xffff, 10, 1, 0, 2, 2, 0}, /* [174] +IMQTTPARA: */
    {974, 0xffff, 122, 0xffff, 9, 1, 0, 2, 2, 0}, /* [175] +MQTTPARA: */
    {984, 0xffff, 124, 0xffff, 9, 1, 0, 4, 3, 1}, /* [176] +IMQTTPUB: */
    {994, 0xffff, 126, 0xffff, 8, 1, 0, 2, 1, 1}, /* [177] +MQTTPUB: */
    {1003, 0xb5, 128, 0xffff, 11, 1, 0, 4, 3, 1}, /* [178] +IMQTTPUBIN: */
    {1015, 0xffff, 128, 0xffff, 10, 1, 0, 4, 3, 1}, /* [179] +MQTTPUBIN: */
    {1026, 0xffff, 132, 0xffff, 9, 1, 0, 4, 3, 1}, /* [180] +IMQTTSUB: */
    {1036, 0xb7, 134, 0xffff, 8, 1, 0, 2, 1, 1}, /* [181] +MQTTSUB: */
    {1045, 0xffff, 136, 0xffff, 11, 1, 0, 4, 3, 1}, /* [182] +IMQTTUNSUB: */
    {1057, 0xef, 136, 0xffff, 10, 1, 0, 4, 3, 1}, /* [183] +MQTTUNSUB: */
    {1068, 0xffff, 140, 0xffff, 12, 1, 0, 2, 1, 1}, /* [184] +IMQTTRCVPUB: */
    {1081, 0xdb, 140, 0xffff, 13, 1, 0, 2, 1, 1}, /* [185] +IMQTTTRCVPUB: */
    {1081, 0xffff, 140, 0xffff, 13, 2, 0, 2, 1, 1}, /* [186] +IMQTTTRCVPUB= */
    {1095, 0xffff, 142, 0xffff, 14, 1, 0, 2, 1, 1}, /* [187] +IMQTTRCVPUBIN: */
    {1110, 0xffff, 142, 0xffff, 15, 1, 0, 2, 1, 1}, /* [188] +IMQTTTRCVPUBIN: */
    {1126, 0xffff, 142, 0xffff, 11, 1, 0, 2, 1, 1}, /* [189] +MQTTRCVBIN: */
    {1126, 0xffff, 142, 0xffff, 11, 2, 0, 2, 1, 1}, /* [190] +MQTTRCVBIN= */
    {1138, 0xd7, 144, 0xffff, 11, 1, 0, 2, 1, 1}, /* [191] +IMQTTSTATE: */
    {1150, 0xc8, 144, 0xffff, 10, 1, 0, 2, 1, 1}, /* [192] +MQTTSTATE: */
    {1161, 0xffff, 146, 0xffff, 13, 1, 0, 2, 2, 0}, /* [193] +IMQTTDBGPARA: */
    {1175, 0xd4, 148, 0xffff, 9, 1, 0, 2, 2, 0}, /* [194] +ICOAPARA: */
    {1185, 0xffff, 148, 0xffff, 10, 1, 0, 2, 2, 0}, /* [195] +ICOAPPARA: */
    {1196, 0xffff, 150, 0xffff, 10, 1, 0, 2, 2, 0}, /* [196] +ICOAPOPEN: */
    {1207, 0xffff, 152, 0xffff, 10, 1, ATC_H_KEYWORDS, 4, 2, 2}, /* [197] +ICOAPAUTH: */
    {1218, 0xffff, 156, 0xffff, 13, 1, 0, 4, 3, 1}, /* [198] +ICOAPSENDREQ: */
    {1232, 0xffff, 160, 0xffff, 13, 1, 0, 4, 3, 1}, /* [199] +ICOAPSENDBIN: */
    {1246, 0xffff, 160, 0xffff, 12, 1, 0, 4, 3, 1}, /* [200] +ICOAPSENBIN: */
    {1259, 0xffff, 164, 0xffff, 14, 1, 0, 3, 3, 0}, /* [201] +ICOAPSENDREQN: */
    {1274, 0xffff, 167, 0xffff, 14, 1, 0, 3, 3, 0}, /* [202] +ICOAPSENDNBIN: */
    {1289, 0xffff, 170, 0xffff, 12, 1, 0, 2, 1, 1}, /* [203] +ICOAPRCVRSP: */
    {1289, 0xcf, 170, 0xffff, 12, 2, 0, 2, 1, 1}, /* [204] +ICOAPRCVRSP= */
    {1302, 0xffff, 172, 0xffff, 12, 1, 0, 2, 1, 1}, /* [205] +ICOAPRCVBIN: */
    {1302, 0xda, 172, 0xffff, 12, 2, 0, 2, 1, 1}, /* [206] +ICOAPRCVBIN= */
    {1315, 0xffff, 174, 0xffff, 10, 1, 0, 2, 2, 0}, /* [207] +IHTTPOPEN: */
    {1326, 0xffff, 176, 0xffff, 9, 1, 0, 2, 2, 0}, /* [208] +IHTTPARA: */
    {1336, 0xffff, 176, 0xffff, 10, 1, 0, 2, 2, 0}, /* [209] +IHTTPPARA: */
    {1347, 0xe4, 178, 0xffff, 10, 1, ATC_H_KEYWORDS, 4, 2, 2}, /* [210] +IHTTPAUTH: */
    {1358, 0xffff, 182, 0xffff, 10, 1, 0, 3, 2, 1}, /* [211] +IHTTPSEND: */
    {1369, 0xffff, 182, 0xffff, 9, 1, 0, 3, 2, 1}, /* [212] +IHTTSEND: */
    {1379, 0xffff, 185, 0xffff, 13, 1, 0, 3, 3, 0}, /* [213] +IHTTPSENDREQ: */
    {1393, 0xffff, 188, 0xffff, 13, 1, 0, 3, 3, 0}, /* [214] +IHTTPSENDBIN: */
    {1407, 0xffff, 188, 0xffff, 12, 1, 0, 3, 3, 0}, /* [215] +IHTTPSENBIN: */
    {1420, 0xd9, 191, 0xffff, 12, 1, 0, 2, 1, 1}, /* [216] +IHTTPRCVRSP: */
    {1433, 0xe2, 191, 0xffff, 12, 1, 0, 2, 1, 1}, /* [217] +IHTTPCRVRSP: */
    {1433, 0xffff, 191, 0xffff, 12, 2, 0, 2, 1, 1}, /* [218] +IHTTPCRVRSP= */
    {1446, 0xffff, 193, 0xffff, 12, 1, 0, 2, 1, 1}, /* [219] +IHTTPRCVBIN: */
    {1459, 0xffff, 193, 0xffff, 11, 1, 0, 2, 1, 1}, /* [220] +IHTTPCVBIN: */
    {1459, 0xffff, 193, 0xffff, 11, 2, 0, 2, 1, 1}, /* [221] +IHTTPCVBIN= */
    {1471, 0xffff, 195, 0xffff, 9, 1, 0, 2, 2, 0}, /* [222] +IOTAPARA: */
    {1481, 0xffff, 197, 0xffff, 8, 1, 0, 2, 2, 0}, /* [223] +IOTAVER: */
    {1490, 0xffff, 199, 0xffff, 11, 1, 0, 2, 1, 1}, /* [224] +IOTANEWVER: */
    {1490, 0xffff, 199, 0xffff, 11, 2, 0, 2, 1, 1}, /* [225] +IOTANEWVER= */
    {1502, 0xffff, 201, 0xffff, 8, 1, 0, 1, 1, 0}, /* [226] +IOTAPGS: */
    {1511, 0xffff, 202, 0xffff, 10, 1, 0, 1, 1, 0}, /* [227] +IOTABLOCK: */
    {1511, 0xffff, 202, 0xffff, 10, 2, 0, 1, 1, 0}, /* [228] +IOTABLOCK= */
    {1522, 0xffff, 203, 0xffff, 8, 1, 0, 2, 2, 0}, /* [229] +ILOGLVL: */
    {1531, 0xffff, 205, 0xffff, 13, 0, 0, 1, 0, 1}, /* [230] +IMQTTPINGRSP */
    {1531, 0xffff, 205, 0xffff, 13, 1, 0, 1, 0, 1}, /* [231] +IMQTTPINGRSP: */
    {1, 0xe9, 118, 0xac, 2, 5, 0, 3, 2, 1}, /* [232] keyword "OK" of [172] */
    {1545, 0xffff, 206, 0xac, 4, 5, 0, 3, 2, 1}, /* [233] keyword "FAIL" of [172] */
    {1, 0xffff, 118, 0xad, 2, 5, 0, 3, 2, 1}, /* [234] keyword "OK" of [173] */
    {1545, 0xffff, 206, 0xad, 4, 5, 0, 3, 2, 1}, /* [235] keyword "FAIL" of [173] */
    {1, 0xffff, 152, 0xc5, 2, 5, 0, 3, 2, 1}, /* [236] keyword "OK" of [197] */
    {1545, 0xffff, 209, 0xc5, 4, 5, 0, 3, 2, 1}, /* [237] keyword "FAIL" of [197] */
    {1, 0xffff, 178, 0xd2, 2, 5, 0, 3, 2, 1}, /* [238] keyword "OK" of [210] */
    {1545, 0xffff, 212, 0xd2, 4, 5, 0, 3, 2, 1}, /* [239] keyword "FAIL" of [210] */
    {0, 0xffff, 215, 0xffff, 0, 7, 0, 3, 3, 0}, /* [240] (no head) */
};
/* hash slot (atc__hash of a head's text, top bits) -> its first head */
static const uint16_t atc__ica_slots[] = {
0xd6, 0x29, 0xffff, 0x3f, 0x23, 0x45, 0x7, 0xffff, 0x8a, 0xa0, 0xffff, 0xffff, 0xffff, 0xffff, 0xffff, 0xdc,
0x22, 0x5f, 0xd, 0xffff, 0xffff, 0xffff, 0xffff, 0x63, 0x33, 0xffff, 0xffff, 0x41, 0xd1, 0xc6, 0xffff, 0xffff,
0xffff, 0x16, 0x2b, 0x98, 0xffff, 0x4f, 0x42, 0xffff, 0x3e, 0xffff, 0xffff, 0xffff, 0xffff, 0x94, 0xffff, 0xb,
0xffff, 0x3a, 0xffff, 0xffff, 0xffff, 0x31, 0xffff, 0x44, 0xffff, 0xffff, 0x3, 0xffff, 0x3c, 0xcd, 0xffff, 0x1b,
0xffff, 0xb8, 0xffff, 0xffff, 0x2c, 0x67, 0x35, 0x4d, 0x28, 0xffff, 0x58, 0x3d, 0x25, 0x0, 0x15, 0xffff,
0xffff, 0x9f, 0xffff, 0xffff, 0x12, 0xaf, 0xf, 0x40, 0xffff, 0xffff, 0xad, 0x2f, 0xffff, 0xb9, 0x77, 0xffff,
0xffff, 0x1, 0xba, 0xffff, 0xffff, 0xffff, 0xffff, 0x2, 0x97, 0x6, 0x7b, 0x8, 0xffff, 0xffff, 0xffff, 0x17,
0xea, 0x5, 0x99, 0x20, 0xffff, 0xe6, 0xffff, 0xffff, 0xffff, 0x1d, 0xffff, 0x34, 0x5e, 0xffff, 0xc2, 0x4,
0xffff, 0xffff, 0x5a, 0xe0, 0xe1, 0x78, 0xffff, 0xffff, 0xa, 0xffff, 0xbf, 0xae, 0xac, 0x1f, 0xffff, 0xffff,
0xffff, 0xde, 0x5b, 0xe7, 0xffff, 0xffff, 0xffff, 0xffff, 0xffff, 0x36, 0x1c, 0xffff, 0xaa, 0xd5, 0x5c, 0xffff,
0x9a, 0xffff, 0xffff, 0xffff, 0xffff, 0xca, 0xffff, 0xffff, 0xffff, 0xa8, 0xffff, 0xffff, 0x18, 0xffff, 0x66, 0xc9,
0x39, 0xdf, 0x27, 0xffff, 0x30, 0xffff, 0x13, 0x21, 0xffff, 0xffff, 0xffff, 0xc4, 0x49, 0xffff, 0xee, 0xffff,
0xffff, 0xffff, 0xffff, 0x2a, 0xffff, 0xffff, 0xffff, 0xffff, 0xffff, 0xab, 0xffff, 0xffff, 0x5d, 0xffff, 0xffff, 0x46,
0xffff, 0xffff, 0x4b, 0x1e, 0x37, 0xb1, 0xe, 0xffff, 0xffff, 0xffff, 0xffff, 0x1a, 0xffff, 0xc0, 0x7a, 0xffff,
0xffff, 0xd3, 0x24, 0xffff, 0xffff, 0xffff, 0xffff, 0xffff, 0xa5, 0xffff, 0x79, 0x3b, 0xa3, 0x10, 0xffff, 0x69,
0x2d, 0x60, 0xc7, 0xa9, 0xc, 0x11, 0x9, 0x62, 0x43, 0x68, 0x9c, 0x59, 0xce, 0xffff, 0x65, 0xffff,
};

/* Wire prefixes, for the encoders: offsets in text. */
static const uint16_t atc__ica_prefixes[] = {
95, 107, 113, 126, 129, 144, 158, 172, 187, 201, 215, 230, 244, 258, 273, 287,
301, 316, 329, 343, 356, 369, 385, 400, 415, 429, 442, 455, 471, 486, 501, 518,
534, 553, 571, 587, 602, 620, 636, 654, 671, 688, 706, 720, 733, 746, 761, 775,
789, 804, 818, 832, 850, 867, 884, 902, 919, 936, 955, 973, 991, 1010, 1028, 1046,
1063, 1079, 1096, 1112, 1127, 1141, 1155, 1169, 1182, 1195, 1210, 1224, 1238, 1253, 1267, 1281,
1299, 1316, 1333, 1351, 1368, 1385, 1402, 1418, 1435, 1451, 1469, 1485, 1499, 1512, 1525, 1538,
1550, 1562, 1578, 1593, 1606, 1618, 1633, 1647, 1661, 1673, 1686, 1698, 1710, 1723, 1735, 1749,
1761, 1769, 1777, 1785, 1785, 1797, 1797, 1809, 1809, 1821, 1821, 1833, 1833, 1833, 1844, 1844,
1844, 1857, 1857, 1857, 1868, 1868, 1868, 1881, 1895, 1911, 1924, 1924, 1939, 1939, 1950, 1950,
1962, 1962, 1974, 1974, 1974, 1989, 1989, 1989, 2004, 2004, 2004, 2020, 2020, 2020, 2036, 2050,
2064, 2064, 2076, 2076, 2087, 2087, 2099, 2099, 2111, 2111, 2111, 2126, 2126, 2126, 2141, 2155,
2169, 2169, 2180, 2180, 2190, 2203, 2213, 2226, 2226, 0, 0, 0, 1809, 1809, 1833, 1844,
1857, 1868, 1881, 1895, 1911, 2236, 1962, 1962, 1974, 1989, 2036, 2050, 2087, 2087, 2099, 2141,
2155, 2190,
};

const uint32_t atc_ica_timeout_ms[210] = {
0u, 0u, 0u, 0u, 0u, 0u, 0u, 0u, 0u, 0u, 0u, 0u,
0u, 0u, 0u, 0u, 0u, 0u, 0u, 0u, 0u, 0u, 0u, 0u,
0u, 0u, 0u, 0u, 0u, 0u, 0u, 0u, 0u, 0u, 0u, 0u,
0u, 0u, 0u, 0u, 0u, 0u, 0u, 0u, 0u, 0u, 0u, 0u,
0u, 0u, 0u, 0u, 0u, 0u, 0u, 0u, 0u, 0u, 0u, 0u,
0u, 0u, 0u, 0u, 0u, 0u, 0u, 0u, 0u, 0u, 0u, 0u,
0u, 0u, 0u, 0u, 0u, 0u, 0u, 0u, 0u, 0u, 0u, 0u,
0u, 0u, 0u, 0u, 0u, 0u, 0u, 0u, 0u, 0u, 0u, 0u,
0u, 0u, 0u, 0u, 0u, 0u, 0u, 0u, 0u, 0u, 0u, 0u,
0u, 0u, 0u, 0u, 0u, 0u, 0u, 0u, 0u, 0u, 0u, 0u,
0u, 0u, 0u, 0u, 0u, 0u, 0u, 0u, 0u, 0u, 0u, 0u,
0u, 0u, 0u, 0u, 0u, 0u, 0u, 0u, 0u, 0u, 0u, 0u,
0u, 0u, 0u, 0u, 0u, 0u, 0u, 0u, 0u, 0u, 0u, 0u,
0u, 0u, 0u, 0u, 0u, 0u, 0u, 0u, 0u, 0u, 0u, 0u,
0u, 0u, 0u, 0u, 0u, 0u, 0u, 0u, 0u, 0u, 0u, 0u,
0u, 0u, 0u, 0u, 0u, 0u, 0u, 0u, 0u, 0u, 0u, 0u,
0u, 0u, 0u, 0u, 0u, 0u, 0u, 0u, 0u, 0u, 0u, 0u,
0u, 0u, 0u, 0u, 0u, 0u,
};

#if !ATC_NO_NAMES
static const struct {
    char s0[1];
    char s1[3];
    char s2[6];
    char s3[10];
    char s4[7];
    char s5[10];
    char s6[10];
    char s7[10];
    char s8[10];
    char s9[10];
    char s10[9];
    char s11[11];
    char s12[9];
    char s13[11];
    char s14[12];
    char s15[14];
    char s16[11];
    char s17[13];
    char s18[13];
    char s19[13];
    char s20[9];
    char s21[10];
    char s22[10];
    char s23[13];
    char s24[13];
    char s25[14];
    char s26[14];
    char s27[12];
    char s28[12];
    char s29[10];
    char s30[9];
    char s31[10];
    char s32[10];
    char s33[13];
    char s34[13];
    char s35[12];
    char s36[12];
    char s37[13];
    char s38[9];
    char s39[8];
    char s40[11];
    char s41[8];
    char s42[10];
    char s43[9];
    char s44[8];
    char s45[8];
    char s46[9];
    char s47[5];
    char s48[5];
    char s49[5];
    char s50[5];
    char s51[4];
    char s52[5];
    char s53[9];
    char s54[5];
    char s55[11];
    char s56[8];
    char s57[6];
    char s58[11];
    char s59[8];
    char s60[10];
    char s61[6];
    char s62[4];
    char s63[8];
    char s64[7];
    char s65[12];
    char s66[8];
    char s67[9];
    char s68[7];
    char s69[5];
    char s70[9];
    char s71[11];
    char s72[9];
    char s73[5];
    char s74[5];
    char s75[6];
    char s76[9];
    char s77[10];
    char s78[6];
    char s79[13];
    char s80[7];
    char s81[9];
    char s82[9];
    char s83[5];
    char s84[9];
    char s85[9];
    char s86[18];
    char s87[3];
    char s88[15];
    char s89[14];
    char s90[20];
    char s91[15];
    char s92[14];
    char s93[31];
    char s94[15];
    char s95[14];
    char s96[28];
    char s97[15];
    char s98[14];
    char s99[125];
    char s100[15];
    char s101[13];
    char s102[14];
    char s103[13];
    char s104[63];
    char s105[16];
    char s106[15];
    char s107[38];
    char s108[14];
    char s109[13];
    char s110[26];
    char s111[16];
    char s112[15];
    char s113[22];
    char s114[17];
    char s115[16];
    char s116[19];
    char s117[18];
    char s118[16];
    char s119[15];
    char s120[18];
    char s121[16];
    char s122[18];
    char s123[17];
    char s124[38];
    char s125[18];
    char s126[14];
    char s127[13];
    char s128[34];
    char s129[15];
    char s130[14];
    char s131[31];
    char s132[15];
    char s133[14];
    char s134[28];
    char s135[18];
    char s136[17];
    char s137[69];
    char s138[18];
    char s139[17];
    char s140[42];
    char s141[19];
    char s142[18];
    char s143[70];
    char s144[19];
    char s145[18];
    char s146[43];
    char s147[17];
    char s148[16];
    char s149[17];
    char s150[16];
    char s151[15];
    char s152[14];
    char s153[31];
    char s154[14];
    char s155[13];
    char s156[84];
    char s157[15];
    char s158[14];
    char s159[28];
    char s160[15];
    char s161[14];
    char s162[39];
    char s163[18];
    char s164[17];
    char s165[69];
    char s166[18];
    char s167[17];
    char s168[42];
    char s169[17];
    char s170[16];
    char s171[17];
    char s172[16];
    char s173[18];
    char s174[16];
    char s175[14];
    char s176[13];
    char s177[62];
    char s178[13];
    char s179[12];
    char s180[21];
    char s181[16];
    char s182[15];
    char s183[13];
    char s184[31];
    char s185[15];
    char s186[20];
    char s187[14];
    char s188[12];
    char s189[13];
    char s190[12];
    char s191[19];
    char s192[13];
    char s193[18];
    char s194[14];
    char s195[12];
    char s196[8];
    char s197[8];
    char s198[8];
    char s199[18];
    char s200[29];
    char s201[24];
    char s202[26];
    char s203[33];
    char s204[123];
    char s205[57];
    char s206[61];
    char s207[22];
    char s208[36];
    char s209[24];
    char s210[24];
    char s211[22];
    char s212[20];
    char s213[24];
    char s214[80];
    char s215[45];
    char s216[20];
    char s217[36];
    char s218[36];
    char s219[32];
    char s220[32];
    char s221[29];
    char s222[24];
    char s223[26];
    char s224[63];
    char s225[67];
    char s226[29];
    char s227[40];
    char s228[29];
    char s229[64];
    char s230[68];
    char s231[30];
    char s232[41];
    char s233[30];
    char s234[84];
    char s235[47];
    char s236[29];
    char s237[32];
    char s238[82];
    char s239[24];
    char s240[26];
    char s241[37];
    char s242[63];
    char s243[67];
    char s244[29];
    char s245[40];
    char s246[29];
    char s247[93];
    char s248[56];
    char s249[32];
    char s250[60];
    char s251[19];
    char s252[44];
    char s253[27];
    char s254[22];
    char s255[17];
    char s256[7];
    char s257[14];
    char s258[16];
    char s259[31];
    char s260[33];
    char s261[31];
    char s262[33];
    char s263[14];
    char s264[14];
    char s265[16];
    char s266[38];
    char s267[38];
    char s268[14];
    char s269[16];
    char s270[44];
} atc__ica_names_text_pool = {
    "",
    "OK",
    "ERROR",
    "CME_ERROR",
    "PROMPT",
    "IMQTTMODE",
    "IMQTTOPEN",
    "IMQTTAUTH",
    "IMQTTPARA",
    "IMQTTCONN",
    "IMQTTPUB",
    "IMQTTPUBIN",
    "IMQTTSUB",
    "IMQTTUNSUB",
    "IMQTTRCVPUB",
    "IMQTTRCVPUBIN",
    "IMQTTSTATE",
    "IMQTTDISCONN",
    "IMQTTDBGPARA",
    "IMQTTPINGRSP",
    "ICOAPARA",
    "ICOAPOPEN",
    "ICOAPAUTH",
    "ICOAPSENDREQ",
    "ICOAPSENDBIN",
    "ICOAPSENDREQN",
    "ICOAPSENDNBIN",
    "ICOAPRCVRSP",
    "ICOAPRCVBIN",
    "IHTTPOPEN",
    "IHTTPARA",
    "IHTTPAUTH",
    "IHTTPSEND",
    "IHTTPSENDREQ",
    "IHTTPSENDBIN",
    "IHTTPRCVRSP",
    "IHTTPRCVBIN",
    "IHTTPDISCONN",
    "IOTAPARA",
    "IOTAVER",
    "IOTANEWVER",
    "IOTAPGS",
    "IOTABLOCK",
    "IOTABORT",
    "ILOGLVL",
    "IREBOOT",
    "IDEFAULT",
    "CGMI",
    "CGMM",
    "CGMR",
    "FAIL",
    "err",
    "mode",
    "hostname",
    "port",
    "para_value",
    "timeout",
    "clean",
    "keep_alive",
    "version",
    "auth_mode",
    "topic",
    "qos",
    "message",
    "format",
    "fragment_id",
    "msg_len",
    "ping_rsp",
    "method",
    "path",
    "duration",
    "block_size",
    "progress",
    "desc",
    "type",
    "level",
    "para_tag",
    "packet_id",
    "state",
    "packet_token",
    "status",
    "img_size",
    "checksum",
    "text",
    "resp_len",
    "response",
    "+CME ERROR: <err>",
    "> ",
    "AT+IMQTTMODE=?",
    "AT+IMQTTMODE?",
    "AT+IMQTTMODE=<mode>",
    "AT+IMQTTOPEN=?",
    "AT+IMQTTOPEN?",
    "AT+IMQTTOPEN=<hostname>,<port>",
    "AT+IMQTTAUTH=?",
    "AT+IMQTTAUTH?",
    "AT+IMQTTAUTH=<ParaValue>...",
    "AT+IMQTTPARA=?",
    "AT+IMQTTPARA?",
    "AT+IMQTTPARA={\"TIMEOUT\",<TIMEOUT> | \"CLEAN\",<CLEAN> | \"KEEPALIVE\",<KEEPALIVE> | \"VERSION\",<VERSION> | \"AUTHMODE\",<AUTHMODE>}",
    "AT+IMQTTCONN=?",
    "AT+IMQTTCONN",
    "AT+IMQTTPUB=?",
    "AT+IMQTTPUB?",
    "AT+IMQTTPUB=<topic>,<qos>,<message>[,<format>[,<fragment_id>]]",
    "AT+IMQTTPUBIN=?",
    "AT+IMQTTPUBIN?",
    "AT+IMQTTPUBIN=<topic>,<qos>,<msg_len>",
    "AT+IMQTTSUB=?",
    "AT+IMQTTSUB?",
    "AT+IMQTTSUB=<topic>,<qos>",
    "AT+IMQTTUNSUB=?",
    "AT+IMQTTUNSUB?",
    "AT+IMQTTUNSUB=<topic>",
    "AT+IMQTTRCVPUB=?",
    "AT+IMQTTRCVPUB?",
    "AT+IMQTTRCVPUBIN=?",
    "AT+IMQTTRCVPUBIN?",
    "AT+IMQTTSTATE=?",
    "AT+IMQTTSTATE?",
    "AT+IMQTTDISCONN=?",
    "AT+IMQTTDISCONN",
    "AT+IMQTTDBGPARA=?",
    "AT+IMQTTDBGPARA?",
    "AT+IMQTTDBGPARA={\"PINGRSP\",<PINGRSP>}",
    "AT+IMQTTPINGRSP=?",
    "AT+ICOAPARA=?",
    "AT+ICOAPARA?",
    "AT+ICOAPARA={\"TIMEOUT\",<TIMEOUT>}",
    "AT+ICOAPOPEN=?",
    "AT+ICOAPOPEN?",
    "AT+ICOAPOPEN=<hostname>,<port>",
    "AT+ICOAPAUTH=?",
    "AT+ICOAPAUTH?",
    "AT+ICOAPAUTH=<ParaValue>...",
    "AT+ICOAPSENDREQ=?",
    "AT+ICOAPSENDREQ?",
    "AT+ICOAPSENDREQ=<method>,<path>,<message>[,<format>[,<fragment_id>]]",
    "AT+ICOAPSENDBIN=?",
    "AT+ICOAPSENDBIN?",
    "AT+ICOAPSENDBIN=<method>,<path>,<msg_len>",
    "AT+ICOAPSENDREQN=?",
    "AT+ICOAPSENDREQN?",
    "AT+ICOAPSENDREQN=<method>,<path>,<message>[,<format>[,<fragment_id>]]",
    "AT+ICOAPSENDNBIN=?",
    "AT+ICOAPSENDNBIN?",
    "AT+ICOAPSENDNBIN=<method>,<path>,<msg_len>",
    "AT+ICOAPRCVRSP=?",
    "AT+ICOAPRCVRSP?",
    "AT+ICOAPRCVBIN=?",
    "AT+ICOAPRCVBIN?",
    "AT+IHTTPOPEN=?",
    "AT+IHTTPOPEN?",
    "AT+IHTTPOPEN=<hostname>,<port>",
    "AT+IHTTPARA=?",
    "AT+IHTTPARA?",
    "AT+IHTTPARA={\"KEEPALIVE\",<KEEPALIVE> | \"TIMEOUT\",<TIMEOUT> | \"AUTHMODE\",<AUTHMODE>}",
    "AT+IHTTPAUTH=?",
    "AT+IHTTPAUTH?",
    "AT+IHTTPAUTH=<ParaValue>...",
    "AT+IHTTPSEND=?",
    "AT+IHTTPSEND?",
    "AT+IHTTPSEND=<method>,<path>,<message>",
    "AT+IHTTPSENDREQ=?",
    "AT+IHTTPSENDREQ?",
    "AT+IHTTPSENDREQ=<method>,<path>,<message>[,<format>[,<fragment_id>]]",
    "AT+IHTTPSENDBIN=?",
    "AT+IHTTPSENDBIN?",
    "AT+IHTTPSENDBIN=<method>,<path>,<msg_len>",
    "AT+IHTTPRCVRSP=?",
    "AT+IHTTPRCVRSP?",
    "AT+IHTTPRCVBIN=?",
    "AT+IHTTPRCVBIN?",
    "AT+IHTTPDISCONN=?",
    "AT+IHTTPDISCONN",
    "AT+IOTAPARA=?",
    "AT+IOTAPARA?",
    "AT+IOTAPARA={\"DURATION\",<DURATION> | \"BLOCKSIZE\",<BLOCKSIZE>}",
    "AT+IOTAVER=?",
    "AT+IOTAVER?",
    "AT+IOTAVER=<version>",
    "AT+IOTANEWVER=?",
    "AT+IOTANEWVER?",
    "AT+IOTAPGS=?",
    "AT+IOTAPGS=<progress>[,<desc>]",
    "AT+IOTABLOCK=?",
    "AT+IOTABLOCK=<type>",
    "AT+IOTABORT=?",
    "AT+IOTABORT",
    "AT+ILOGLVL=?",
    "AT+ILOGLVL?",
    "AT+ILOGLVL=<level>",
    "AT+IREBOOT=?",
    "AT+IREBOOT=<mode>",
    "AT+IDEFAULT=?",
    "AT+IDEFAULT",
    "AT+CGMI",
    "AT+CGMM",
    "AT+CGMR",
    "+IMQTTMODE:<mode>",
    "+IMQTTOPEN:<hostname>,<port>",
    "+IMQTTAUTH:<ParaTag>...",
    "+IMQTTAUTH:<ParaValue>...",
    "+IMQTTPARA:<ParaTag>,<ParaValue>",
    "+IMQTTPARA:{\"TIMEOUT\",<TIMEOUT> | \"CLEAN\",<CLEAN> | \"KEEPALIVE\",<KEEPALIVE> | \"VERSION\",<VERSION> | \"AUTHMODE\",<AUTHMODE>}",
    "+IMQTTPUB:<topic>,<qos>,<message>,<format>,<fragment_id>",
    "+IMQTTPUB:<topic>,<qos>,<message>[,<format>[,<fragment_id>]]",
    "+IMQTTPUB:<packet_id>",
    "+IMQTTPUBIN:<topic>,<qos>,<msg_len>",
    "+IMQTTPUBIN:<packet_id>",
    "+IMQTTSUB:<topic>,<qos>",
    "+IMQTTSUB:<packet_id>",
    "+IMQTTUNSUB:<topic>",
    "+IMQTTUNSUB:<packet_id>",
    "+IMQTTRCVPUB:<packet_id>,<topic>,<msg_len>,<message>[,<format>[,<fragment_id>]]",
    "+IMQTTRCVPUBIN:<packet_id>,<topic>,<msg_len>",
    "+IMQTTSTATE:<state>",
    "+IMQTTDBGPARA:<ParaTag>,<ParaValue>",
    "+IMQTTDBGPARA:{\"PINGRSP\",<PINGRSP>}",
    "+ICOAPARA:<ParaTag>,<ParaValue>",
    "+ICOAPARA:{\"TIMEOUT\",<TIMEOUT>}",
    "+ICOAPOPEN:<hostname>,<port>",
    "+ICOAPAUTH:<ParaTag>...",
    "+ICOAPAUTH:<ParaValue>...",
    "+ICOAPSENDREQ:<method>,<path>,<message>,<format>,<fragment_id>",
    "+ICOAPSENDREQ:<method>,<path>,<message>[,<format>[,<fragment_id>]]",
    "+ICOAPSENDREQ:<packet_token>",
    "+ICOAPSENDBIN:<method>,<path>,<msg_len>",
    "+ICOAPSENDBIN:<packet_token>",
    "+ICOAPSENDREQN:<method>,<path>,<message>,<format>,<fragment_id>",
    "+ICOAPSENDREQN:<method>,<path>,<message>[,<format>[,<fragment_id>]]",
    "+ICOAPSENDREQN:<packet_token>",
    "+ICOAPSENDNBIN:<method>,<path>,<msg_len>",
    "+ICOAPSENDNBIN:<packet_token>",
    "+ICOAPRCVRSP:<packet_token>[,<path>],<msg_len>,<message>[,<format>[,<fragment_id>]]",
    "+ICOAPRCVBIN:<packet_token>[,<path>],<msg_len>",
    "+IHTTPOPEN:<hostname>,<port>",
    "+IHTTPARA:<ParaTag>,<ParaValue>",
    "+IHTTPARA:{\"KEEPALIVE\",<KEEPALIVE> | \"TIMEOUT\",<TIMEOUT> | \"AUTHMODE\",<AUTHMODE>}",
    "+IHTTPAUTH:<ParaTag>...",
    "+IHTTPAUTH:<ParaValue>...",
    "+IHTTPSEND:<method>,<path>,<message>",
    "+IHTTPSENDREQ:<method>,<path>,<message>,<format>,<fragment_id>",
    "+IHTTPSENDREQ:<method>,<path>,<message>[,<format>[,<fragment_id>]]",
    "+IHTTPSENDREQ:<packet_token>",
    "+IHTTPSENDBIN:<method>,<path>,<msg_len>",
    "+IHTTPSENDBIN:<packet_token>",
    "+IHTTPRCVRSP:<packet_token>,<status>[,<path>,<msg_len>,<message>[,<format>[,<fragment_id>]]]",
    "+IHTTPRCVBIN:<packet_token>,<status>[,<path>,<msg_len>]",
    "+IOTAPARA:<ParaTag>,<ParaValue>",
    "+IOTAPARA:{\"DURATION\",<DURATION> | \"BLOCKSIZE\",<BLOCKSIZE>}",
    "+IOTAVER:<version>",
    "+IOTANEWVER:<version>,<img_size>,<checksum>",
    "+IOTAPGS:<progress>,<desc>",
    "+IOTABLOCK: <message>",
    "+ILOGLVL:<level>",
    "<text>",
    "+IMQTTAUTH:OK",
    "+IMQTTAUTH:FAIL",
    "+IMQTTPUB:<packet_id>,<status>",
    "+IMQTTPUBIN:<packet_id>,<status>",
    "+IMQTTSUB:<packet_id>,<status>",
    "+IMQTTUNSUB:<packet_id>,<status>",
    "+IMQTTPINGRSP",
    "+ICOAPAUTH:OK",
    "+ICOAPAUTH:FAIL",
    "+ICOAPSENDREQ:<packet_token>,<status>",
    "+ICOAPSENDBIN:<packet_token>,<status>",
    "+IHTTPAUTH:OK",
    "+IHTTPAUTH:FAIL",
    "+IHTTPSEND:<status>[,<resp_len>,<response>]"
};
ATC__ICA_CHECK(names_text_pool_unpadded, sizeof atc__ica_names_text_pool == 5903);
#define atc__ica_names_text ((const char *)&atc__ica_names_text_pool)

static const uint16_t atc__ica_msg_names[] = {
1, 4, 10, 20, 27, 27, 27, 37, 37, 37, 47, 47, 47, 57, 57, 57,
67, 67, 77, 77, 77, 86, 86, 86, 97, 97, 97, 106, 106, 106, 117, 117,
129, 129, 143, 143, 154, 154, 167, 167, 167, 180, 193, 193, 193, 202, 202, 202,
212, 212, 212, 222, 222, 222, 235, 235, 235, 248, 248, 248, 262, 262, 262, 276,
276, 288, 288, 300, 300, 300, 310, 310, 310, 319, 319, 319, 329, 329, 329, 339,
339, 339, 352, 352, 352, 365, 365, 377, 377, 389, 389, 402, 402, 402, 411, 411,
411, 419, 419, 430, 430, 438, 438, 448, 448, 457, 457, 457, 465, 465, 473, 473,
482, 487, 492, 27, 27, 37, 37, 47, 47, 57, 57, 77, 77, 77, 86, 86,
86, 97, 97, 97, 106, 106, 106, 117, 129, 143, 167, 167, 193, 193, 202, 202,
212, 212, 222, 222, 222, 235, 235, 235, 248, 248, 248, 262, 262, 262, 276, 288,
300, 300, 310, 310, 319, 319, 329, 329, 339, 339, 339, 352, 352, 352, 365, 377,
402, 402, 411, 411, 419, 430, 438, 457, 457, 482, 487, 492, 47, 47, 77, 86,
97, 106, 117, 129, 143, 180, 212, 212, 222, 235, 276, 288, 319, 319, 329, 365,
377, 419,
};
static const uint16_t atc__ica_variant_names[] = {
0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 497, 0, 0,
0, 0, 0, 0, 0, 0, 1, 497, 0, 0, 0, 0, 1, 497, 0, 0,
0, 0,
};
static const uint16_t atc__ica_field_names[] = {
502, 506, 511, 520, 525, 0, 536, 0, 544, 0, 550, 0, 561, 0, 569, 579,
585, 589, 597, 604, 579, 585, 616, 579, 585, 579, 0, 624, 0, 536, 633, 640,
589, 597, 604, 633, 640, 616, 0, 550, 0, 536, 0, 569, 633, 640, 589, 0,
645, 0, 654, 561, 665, 674, 679, 684, 506, 506, 511, 520, 690, 690, 525, 579,
585, 589, 597, 604, 699, 579, 585, 616, 579, 585, 616, 579, 585, 579, 699, 579,
616, 589, 597, 604, 699, 579, 616, 709, 633, 640, 589, 597, 604, 715, 633, 640,
616, 633, 640, 616, 715, 640, 616, 589, 597, 604, 715, 640, 616, 633, 640, 589,
715, 728, 640, 616, 589, 597, 604, 715, 728, 640, 616, 561, 561, 735, 744, 665,
674, 589, 684, 753, 0, 0, 699, 728, 699, 728, 715, 728, 728, 758, 767,
    0
};
static const uint16_t atc__ica_syntaxes[] = {
1, 4, 776, 794, 797, 812, 826, 846, 861, 875, 906, 921, 935, 963, 978, 992,
1117, 1132, 1145, 1159, 1172, 1235, 1251, 1266, 1304, 1318, 1331, 1357, 1373, 1388, 1410, 1427,
1443, 1462, 1480, 1496, 1511, 1529, 1545, 1563, 1580, 1618, 1636, 1650, 1663, 1697, 1712, 1726,
1757, 1772, 1786, 1814, 1832, 1849, 1918, 1936, 1953, 1995, 2014, 2032, 2102, 2121, 2139, 2182,
2199, 2215, 2232, 2248, 2263, 2277, 2308, 2322, 2335, 2419, 2434, 2448, 2476, 2491, 2505, 2544,
2562, 2579, 2648, 2666, 2683, 2725, 2742, 2758, 2775, 2791, 2809, 2825, 2839, 2852, 2914, 2927,
2939, 2960, 2976, 2991, 3004, 3035, 3050, 3070, 3084, 3096, 3109, 3121, 3140, 3153, 3171, 3185,
3197, 3205, 3213, 3221, 3221, 3239, 3239, 3268, 3292, 3318, 3351, 3474, 3531, 3592, 3614, 3614,
3650, 3674, 3674, 3698, 3720, 3720, 3740, 3764, 3844, 3889, 3909, 3945, 3981, 4013, 4045, 4045,
4074, 4098, 4124, 4187, 4254, 4283, 4283, 4323, 4352, 4416, 4484, 4514, 4514, 4555, 4585, 4669,
4716, 4716, 4745, 4777, 4859, 4883, 4909, 4909, 4946, 5009, 5076, 5105, 5105, 5145, 5174, 5267,
5323, 5355, 5415, 5415, 5434, 5478, 5505, 5527, 5527, 5544, 5544, 5544, 5551, 5565, 5581, 5612,
5645, 5676, 3764, 3844, 3889, 5709, 5723, 5737, 5753, 5791, 4585, 4669, 5829, 5843, 5859, 5174,
5267, 5434,
};
static const atc_names atc__ica_names = {
    atc__ica_names_text, atc__ica_msg_names, atc__ica_variant_names,
    atc__ica_field_names, atc__ica_syntaxes, atc_ica_timeout_ms
};
#endif

ATC__ICA_CHECK(at_imqttauth_set_para_value_count, offsetof(atc_ica_at_imqttauth_set, para_value_count) < 256);
ATC__ICA_CHECK(at_imqttpara_set_has_timeout, offsetof(atc_ica_at_imqttpara_set, has_timeout) < 256);
ATC__ICA_CHECK(at_imqttpara_set_has_clean, offsetof(atc_ica_at_imqttpara_set, has_clean) < 256);
ATC__ICA_CHECK(at_imqttpara_set_has_keep_alive, offsetof(atc_ica_at_imqttpara_set, has_keep_alive) < 256);
ATC__ICA_CHECK(at_imqttpara_set_has_version, offsetof(atc_ica_at_imqttpara_set, has_version) < 256);
ATC__ICA_CHECK(at_imqttpara_set_has_auth_mode, offsetof(atc_ica_at_imqttpara_set, has_auth_mode) < 256);
ATC__ICA_CHECK(at_imqttpub_set_has_format, offsetof(atc_ica_at_imqttpub_set, has_format) < 256);
ATC__ICA_CHECK(at_imqttpub_set_has_fragment_id, offsetof(atc_ica_at_imqttpub_set, has_fragment_id) < 256);
ATC__ICA_CHECK(at_imqttdbgpara_set_has_ping_rsp, offsetof(atc_ica_at_imqttdbgpara_set, has_ping_rsp) < 256);
ATC__ICA_CHECK(at_icoapara_set_has_timeout, offsetof(atc_ica_at_icoapara_set, has_timeout) < 256);
ATC__ICA_CHECK(at_icoapauth_set_para_value_count, offsetof(atc_ica_at_icoapauth_set, para_value_count) < 256);
ATC__ICA_CHECK(at_icoapsendreq_set_has_format, offsetof(atc_ica_at_icoapsendreq_set, has_format) < 256);
ATC__ICA_CHECK(at_icoapsendreq_set_has_fragment_id, offsetof(atc_ica_at_icoapsendreq_set, has_fragment_id) < 256);
ATC__ICA_CHECK(at_icoapsendreqn_set_has_format, offsetof(atc_ica_at_icoapsendreqn_set, has_format) < 256);
ATC__ICA_CHECK(at_icoapsendreqn_set_has_fragment_id, offsetof(atc_ica_at_icoapsendreqn_set, has_fragment_id) < 256);
ATC__ICA_CHECK(at_ihttpara_set_has_keep_alive, offsetof(atc_ica_at_ihttpara_set, has_keep_alive) < 256);
ATC__ICA_CHECK(at_ihttpara_set_has_timeout, offsetof(atc_ica_at_ihttpara_set, has_timeout) < 256);
ATC__ICA_CHECK(at_ihttpara_set_has_auth_mode, offsetof(atc_ica_at_ihttpara_set, has_auth_mode) < 256);
ATC__ICA_CHECK(at_ihttpauth_set_para_value_count, offsetof(atc_ica_at_ihttpauth_set, para_value_count) < 256);
ATC__ICA_CHECK(at_ihttpsendreq_set_has_format, offsetof(atc_ica_at_ihttpsendreq_set, has_format) < 256);
ATC__ICA_CHECK(at_ihttpsendreq_set_has_fragment_id, offsetof(atc_ica_at_ihttpsendreq_set, has_fragment_id) < 256);
ATC__ICA_CHECK(at_iotapara_set_has_duration, offsetof(atc_ica_at_iotapara_set, has_duration) < 256);
ATC__ICA_CHECK(at_iotapara_set_has_block_size, offsetof(atc_ica_at_iotapara_set, has_block_size) < 256);
ATC__ICA_CHECK(at_iotapgs_set_has_desc, offsetof(atc_ica_at_iotapgs_set, has_desc) < 256);
ATC__ICA_CHECK(imqttauth_test_para_tag_count, offsetof(atc_ica_imqttauth_test, para_tag_count) < 256);
ATC__ICA_CHECK(imqttauth_read_para_value_count, offsetof(atc_ica_imqttauth_read, para_value_count) < 256);
ATC__ICA_CHECK(imqttpara_read_has_timeout, offsetof(atc_ica_imqttpara_read, has_timeout) < 256);
ATC__ICA_CHECK(imqttpara_read_has_clean, offsetof(atc_ica_imqttpara_read, has_clean) < 256);
ATC__ICA_CHECK(imqttpara_read_has_keep_alive, offsetof(atc_ica_imqttpara_read, has_keep_alive) < 256);
ATC__ICA_CHECK(imqttpara_read_has_version, offsetof(atc_ica_imqttpara_read, has_version) < 256);
ATC__ICA_CHECK(imqttpara_read_has_auth_mode, offsetof(atc_ica_imqttpara_read, has_auth_mode) < 256);
ATC__ICA_CHECK(imqttpub_test_has_format, offsetof(atc_ica_imqttpub_test, has_format) < 256);
ATC__ICA_CHECK(imqttpub_test_has_fragment_id, offsetof(atc_ica_imqttpub_test, has_fragment_id) < 256);
ATC__ICA_CHECK(imqttpub_read_has_format, offsetof(atc_ica_imqttpub_read, has_format) < 256);
ATC__ICA_CHECK(imqttpub_read_has_fragment_id, offsetof(atc_ica_imqttpub_read, has_fragment_id) < 256);
ATC__ICA_CHECK(imqttrcvpub_read_has_format, offsetof(atc_ica_imqttrcvpub_read, has_format) < 256);
ATC__ICA_CHECK(imqttrcvpub_read_has_fragment_id, offsetof(atc_ica_imqttrcvpub_read, has_fragment_id) < 256);
ATC__ICA_CHECK(imqttdbgpara_read_has_ping_rsp, offsetof(atc_ica_imqttdbgpara_read, has_ping_rsp) < 256);
ATC__ICA_CHECK(icoapara_read_has_timeout, offsetof(atc_ica_icoapara_read, has_timeout) < 256);
ATC__ICA_CHECK(icoapauth_test_para_tag_count, offsetof(atc_ica_icoapauth_test, para_tag_count) < 256);
ATC__ICA_CHECK(icoapauth_read_para_value_count, offsetof(atc_ica_icoapauth_read, para_value_count) < 256);
ATC__ICA_CHECK(icoapsendreq_test_has_format, offsetof(atc_ica_icoapsendreq_test, has_format) < 256);
ATC__ICA_CHECK(icoapsendreq_test_has_fragment_id, offsetof(atc_ica_icoapsendreq_test, has_fragment_id) < 256);
ATC__ICA_CHECK(icoapsendreq_read_has_format, offsetof(atc_ica_icoapsendreq_read, has_format) < 256);
ATC__ICA_CHECK(icoapsendreq_read_has_fragment_id, offsetof(atc_ica_icoapsendreq_read, has_fragment_id) < 256);
ATC__ICA_CHECK(icoapsendreqn_test_has_format, offsetof(atc_ica_icoapsendreqn_test, has_format) < 256);
ATC__ICA_CHECK(icoapsendreqn_test_has_fragment_id, offsetof(atc_ica_icoapsendreqn_test, has_fragment_id) < 256);
ATC__ICA_CHECK(icoapsendreqn_read_has_format, offsetof(atc_ica_icoapsendreqn_read, has_format) < 256);
ATC__ICA_CHECK(icoapsendreqn_read_has_fragment_id, offsetof(atc_ica_icoapsendreqn_read, has_fragment_id) < 256);
ATC__ICA_CHECK(icoaprcvrsp_read_has_path, offsetof(atc_ica_icoaprcvrsp_read, has_path) < 256);
ATC__ICA_CHECK(icoaprcvrsp_read_has_format, offsetof(atc_ica_icoaprcvrsp_read, has_format) < 256);
ATC__ICA_CHECK(icoaprcvrsp_read_has_fragment_id, offsetof(atc_ica_icoaprcvrsp_read, has_fragment_id) < 256);
ATC__ICA_CHECK(icoaprcvbin_read_has_path, offsetof(atc_ica_icoaprcvbin_read, has_path) < 256);
ATC__ICA_CHECK(ihttpara_read_has_keep_alive, offsetof(atc_ica_ihttpara_read, has_keep_alive) < 256);
ATC__ICA_CHECK(ihttpara_read_has_timeout, offsetof(atc_ica_ihttpara_read, has_timeout) < 256);
ATC__ICA_CHECK(ihttpara_read_has_auth_mode, offsetof(atc_ica_ihttpara_read, has_auth_mode) < 256);
ATC__ICA_CHECK(ihttpauth_test_para_tag_count, offsetof(atc_ica_ihttpauth_test, para_tag_count) < 256);
ATC__ICA_CHECK(ihttpauth_read_para_value_count, offsetof(atc_ica_ihttpauth_read, para_value_count) < 256);
ATC__ICA_CHECK(ihttpsendreq_test_has_format, offsetof(atc_ica_ihttpsendreq_test, has_format) < 256);
ATC__ICA_CHECK(ihttpsendreq_test_has_fragment_id, offsetof(atc_ica_ihttpsendreq_test, has_fragment_id) < 256);
ATC__ICA_CHECK(ihttpsendreq_read_has_format, offsetof(atc_ica_ihttpsendreq_read, has_format) < 256);
ATC__ICA_CHECK(ihttpsendreq_read_has_fragment_id, offsetof(atc_ica_ihttpsendreq_read, has_fragment_id) < 256);
ATC__ICA_CHECK(ihttprcvrsp_read_has_path, offsetof(atc_ica_ihttprcvrsp_read, has_path) < 256);
ATC__ICA_CHECK(ihttprcvrsp_read_has_msg_len, offsetof(atc_ica_ihttprcvrsp_read, has_msg_len) < 256);
ATC__ICA_CHECK(ihttprcvrsp_read_has_message, offsetof(atc_ica_ihttprcvrsp_read, has_message) < 256);
ATC__ICA_CHECK(ihttprcvrsp_read_has_format, offsetof(atc_ica_ihttprcvrsp_read, has_format) < 256);
ATC__ICA_CHECK(ihttprcvrsp_read_has_fragment_id, offsetof(atc_ica_ihttprcvrsp_read, has_fragment_id) < 256);
ATC__ICA_CHECK(ihttprcvbin_read_has_path, offsetof(atc_ica_ihttprcvbin_read, has_path) < 256);
ATC__ICA_CHECK(ihttprcvbin_read_has_msg_len, offsetof(atc_ica_ihttprcvbin_read, has_msg_len) < 256);
ATC__ICA_CHECK(iotapara_read_has_duration, offsetof(atc_ica_iotapara_read, has_duration) < 256);
ATC__ICA_CHECK(iotapara_read_has_block_size, offsetof(atc_ica_iotapara_read, has_block_size) < 256);
ATC__ICA_CHECK(imqttrcvpub_has_format, offsetof(atc_ica_imqttrcvpub, has_format) < 256);
ATC__ICA_CHECK(imqttrcvpub_has_fragment_id, offsetof(atc_ica_imqttrcvpub, has_fragment_id) < 256);
ATC__ICA_CHECK(icoaprcvrsp_has_path, offsetof(atc_ica_icoaprcvrsp, has_path) < 256);
ATC__ICA_CHECK(icoaprcvrsp_has_format, offsetof(atc_ica_icoaprcvrsp, has_format) < 256);
ATC__ICA_CHECK(icoaprcvrsp_has_fragment_id, offsetof(atc_ica_icoaprcvrsp, has_fragment_id) < 256);
ATC__ICA_CHECK(icoaprcvbin_has_path, offsetof(atc_ica_icoaprcvbin, has_path) < 256);
ATC__ICA_CHECK(ihttpsend_has_resp_len, offsetof(atc_ica_ihttpsend, has_resp_len) < 256);
ATC__ICA_CHECK(ihttpsend_has_response, offsetof(atc_ica_ihttpsend, has_response) < 256);
ATC__ICA_CHECK(ihttprcvrsp_has_path, offsetof(atc_ica_ihttprcvrsp, has_path) < 256);
ATC__ICA_CHECK(ihttprcvrsp_has_msg_len, offsetof(atc_ica_ihttprcvrsp, has_msg_len) < 256);
ATC__ICA_CHECK(ihttprcvrsp_has_message, offsetof(atc_ica_ihttprcvrsp, has_message) < 256);
ATC__ICA_CHECK(ihttprcvrsp_has_format, offsetof(atc_ica_ihttprcvrsp, has_format) < 256);
ATC__ICA_CHECK(ihttprcvrsp_has_fragment_id, offsetof(atc_ica_ihttprcvrsp, has_fragment_id) < 256);
ATC__ICA_CHECK(ihttprcvbin_has_path, offsetof(atc_ica_ihttprcvbin, has_path) < 256);
ATC__ICA_CHECK(ihttprcvbin_has_msg_len, offsetof(atc_ica_ihttprcvbin, has_msg_len) < 256);

const atc_profile atc_ica_profile = {
    "ica",
    atc__ica_msgs, atc__ica_fields, atc__ica_infos, atc__ica_shapes,
    atc__ica_ids, atc__ica_ints, atc__ica_strs, atc__ica_text,
    atc__ica_heads, atc__ica_slots, atc__ica_keys,
    atc__ica_prompts, atc__ica_payloads,
    atc__ica_conds, atc__ica_effects,
    atc__ica_prefixes,
#if ATC_NO_NAMES
    NULL,
#else
    &atc__ica_names,
#endif
    210, 2,
    8, ATC_P_HEADLESS | ATC_P_JOINED,
    1, 2, atc__ica_states,
    0, 0, 0, 0,
    3, 0,
    0xf0, 2,
    255, ATC_NO_MSG, ATC_NO_MSG,
    NULL, 0,
    NULL,
    atc__ica_completions, atc__ica_await_parts,
    NULL, 12, 0,
    5000u, 5000u, 60000u
};

/* ---- Encoders: one per message; module-side ones serve tests and simulators. ---- */
ATC_API atc_err atc_ica_encode_ok(const atc_ica_ok *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc_ica_profile, ATC_ICA_OK, msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_ica_encode_error(const atc_ica_error *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc_ica_profile, ATC_ICA_ERROR, msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_ica_encode_cme_error(const atc_ica_cme_error *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc_ica_profile, ATC_ICA_CME_ERROR, msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_ica_encode_prompt(const atc_ica_prompt *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc_ica_profile, ATC_ICA_PROMPT, msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_ica_encode_at_imqttmode_test(const atc_ica_at_imqttmode_test *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc_ica_profile, ATC_ICA_AT_IMQTTMODE_TEST, msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_ica_encode_at_imqttmode_read(const atc_ica_at_imqttmode_read *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc_ica_profile, ATC_ICA_AT_IMQTTMODE_READ, msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_ica_encode_at_imqttmode_set(const atc_ica_at_imqttmode_set *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc_ica_profile, ATC_ICA_AT_IMQTTMODE_SET, msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_ica_encode_at_imqttopen_test(const atc_ica_at_imqttopen_test *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc_ica_profile, ATC_ICA_AT_IMQTTOPEN_TEST, msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_ica_encode_at_imqttopen_read(const atc_ica_at_imqttopen_read *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc_ica_profile, ATC_ICA_AT_IMQTTOPEN_READ, msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_ica_encode_at_imqttopen_set(const atc_ica_at_imqttopen_set *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc_ica_profile, ATC_ICA_AT_IMQTTOPEN_SET, msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_ica_encode_at_imqttauth_test(const atc_ica_at_imqttauth_test *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc_ica_profile, ATC_ICA_AT_IMQTTAUTH_TEST, msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_ica_encode_at_imqttauth_read(const atc_ica_at_imqttauth_read *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc_ica_profile, ATC_ICA_AT_IMQTTAUTH_READ, msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_ica_encode_at_imqttauth_set(const atc_ica_at_imqttauth_set *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc_ica_profile, ATC_ICA_AT_IMQTTAUTH_SET, msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_ica_encode_at_imqttpara_test(const atc_ica_at_imqttpara_test *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc_ica_profile, ATC_ICA_AT_IMQTTPARA_TEST, msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_ica_encode_at_imqttpara_read(const atc_ica_at_imqttpara_read *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc_ica_profile, ATC_ICA_AT_IMQTTPARA_READ, msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_ica_encode_at_imqttpara_set(const atc_ica_at_imqttpara_set *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc_ica_profile, ATC_ICA_AT_IMQTTPARA_SET, msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_ica_encode_at_imqttconn_test(const atc_ica_at_imqttconn_test *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc_ica_profile, ATC_ICA_AT_IMQTTCONN_TEST, msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_ica_encode_at_imqttconn_exec(const atc_ica_at_imqttconn_exec *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc_ica_profile, ATC_ICA_AT_IMQTTCONN_EXEC, msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_ica_encode_at_imqttpub_test(const atc_ica_at_imqttpub_test *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc_ica_profile, ATC_ICA_AT_IMQTTPUB_TEST, msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_ica_encode_at_imqttpub_read(const atc_ica_at_imqttpub_read *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc_ica_profile, ATC_ICA_AT_IMQTTPUB_READ, msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_ica_encode_at_imqttpub_set(const atc_ica_at_imqttpub_set *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc_ica_profile, ATC_ICA_AT_IMQTTPUB_SET, msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_ica_encode_at_imqttpubin_test(const atc_ica_at_imqttpubin_test *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc_ica_profile, ATC_ICA_AT_IMQTTPUBIN_TEST, msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_ica_encode_at_imqttpubin_read(const atc_ica_at_imqttpubin_read *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc_ica_profile, ATC_ICA_AT_IMQTTPUBIN_READ, msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_ica_encode_at_imqttpubin_set(const atc_ica_at_imqttpubin_set *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc_ica_profile, ATC_ICA_AT_IMQTTPUBIN_SET, msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_ica_encode_at_imqttsub_test(const atc_ica_at_imqttsub_test *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc_ica_profile, ATC_ICA_AT_IMQTTSUB_TEST, msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_ica_encode_at_imqttsub_read(const atc_ica_at_imqttsub_read *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc_ica_profile, ATC_ICA_AT_IMQTTSUB_READ, msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_ica_encode_at_imqttsub_set(const atc_ica_at_imqttsub_set *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc_ica_profile, ATC_ICA_AT_IMQTTSUB_SET, msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_ica_encode_at_imqttunsub_test(const atc_ica_at_imqttunsub_test *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc_ica_profile, ATC_ICA_AT_IMQTTUNSUB_TEST, msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_ica_encode_at_imqttunsub_read(const atc_ica_at_imqttunsub_read *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc_ica_profile, ATC_ICA_AT_IMQTTUNSUB_READ, msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_ica_encode_at_imqttunsub_set(const atc_ica_at_imqttunsub_set *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc_ica_profile, ATC_ICA_AT_IMQTTUNSUB_SET, msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_ica_encode_at_imqttrcvpub_test(const atc_ica_at_imqttrcvpub_test *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc_ica_profile, ATC_ICA_AT_IMQTTRCVPUB_TEST, msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_ica_encode_at_imqttrcvpub_read(const atc_ica_at_imqttrcvpub_read *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc_ica_profile, ATC_ICA_AT_IMQTTRCVPUB_READ, msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_ica_encode_at_imqttrcvpubin_test(const atc_ica_at_imqttrcvpubin_test *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc_ica_profile, ATC_ICA_AT_IMQTTRCVPUBIN_TEST, msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_ica_encode_at_imqttrcvpubin_read(const atc_ica_at_imqttrcvpubin_read *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc_ica_profile, ATC_ICA_AT_IMQTTRCVPUBIN_READ, msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_ica_encode_at_imqttstate_test(const atc_ica_at_imqttstate_test *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc_ica_profile, ATC_ICA_AT_IMQTTSTATE_TEST, msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_ica_encode_at_imqttstate_read(const atc_ica_at_imqttstate_read *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc_ica_profile, ATC_ICA_AT_IMQTTSTATE_READ, msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_ica_encode_at_imqttdisconn_test(const atc_ica_at_imqttdisconn_test *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc_ica_profile, ATC_ICA_AT_IMQTTDISCONN_TEST, msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_ica_encode_at_imqttdisconn_exec(const atc_ica_at_imqttdisconn_exec *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc_ica_profile, ATC_ICA_AT_IMQTTDISCONN_EXEC, msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_ica_encode_at_imqttdbgpara_test(const atc_ica_at_imqttdbgpara_test *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc_ica_profile, ATC_ICA_AT_IMQTTDBGPARA_TEST, msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_ica_encode_at_imqttdbgpara_read(const atc_ica_at_imqttdbgpara_read *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc_ica_profile, ATC_ICA_AT_IMQTTDBGPARA_READ, msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_ica_encode_at_imqttdbgpara_set(const atc_ica_at_imqttdbgpara_set *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc_ica_profile, ATC_ICA_AT_IMQTTDBGPARA_SET, msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_ica_encode_at_imqttpingrsp_test(const atc_ica_at_imqttpingrsp_test *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc_ica_profile, ATC_ICA_AT_IMQTTPINGRSP_TEST, msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_ica_encode_at_icoapara_test(const atc_ica_at_icoapara_test *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc_ica_profile, ATC_ICA_AT_ICOAPARA_TEST, msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_ica_encode_at_icoapara_read(const atc_ica_at_icoapara_read *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc_ica_profile, ATC_ICA_AT_ICOAPARA_READ, msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_ica_encode_at_icoapara_set(const atc_ica_at_icoapara_set *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc_ica_profile, ATC_ICA_AT_ICOAPARA_SET, msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_ica_encode_at_icoapopen_test(const atc_ica_at_icoapopen_test *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc_ica_profile, ATC_ICA_AT_ICOAPOPEN_TEST, msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_ica_encode_at_icoapopen_read(const atc_ica_at_icoapopen_read *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc_ica_profile, ATC_ICA_AT_ICOAPOPEN_READ, msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_ica_encode_at_icoapopen_set(const atc_ica_at_icoapopen_set *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc_ica_profile, ATC_ICA_AT_ICOAPOPEN_SET, msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_ica_encode_at_icoapauth_test(const atc_ica_at_icoapauth_test *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc_ica_profile, ATC_ICA_AT_ICOAPAUTH_TEST, msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_ica_encode_at_icoapauth_read(const atc_ica_at_icoapauth_read *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc_ica_profile, ATC_ICA_AT_ICOAPAUTH_READ, msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_ica_encode_at_icoapauth_set(const atc_ica_at_icoapauth_set *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc_ica_profile, ATC_ICA_AT_ICOAPAUTH_SET, msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_ica_encode_at_icoapsendreq_test(const atc_ica_at_icoapsendreq_test *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc_ica_profile, ATC_ICA_AT_ICOAPSENDREQ_TEST, msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_ica_encode_at_icoapsendreq_read(const atc_ica_at_icoapsendreq_read *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc_ica_profile, ATC_ICA_AT_ICOAPSENDREQ_READ, msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_ica_encode_at_icoapsendreq_set(const atc_ica_at_icoapsendreq_set *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc_ica_profile, ATC_ICA_AT_ICOAPSENDREQ_SET, msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_ica_encode_at_icoapsendbin_test(const atc_ica_at_icoapsendbin_test *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc_ica_profile, ATC_ICA_AT_ICOAPSENDBIN_TEST, msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_ica_encode_at_icoapsendbin_read(const atc_ica_at_icoapsendbin_read *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc_ica_profile, ATC_ICA_AT_ICOAPSENDBIN_READ, msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_ica_encode_at_icoapsendbin_set(const atc_ica_at_icoapsendbin_set *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc_ica_profile, ATC_ICA_AT_ICOAPSENDBIN_SET, msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_ica_encode_at_icoapsendreqn_test(const atc_ica_at_icoapsendreqn_test *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc_ica_profile, ATC_ICA_AT_ICOAPSENDREQN_TEST, msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_ica_encode_at_icoapsendreqn_read(const atc_ica_at_icoapsendreqn_read *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc_ica_profile, ATC_ICA_AT_ICOAPSENDREQN_READ, msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_ica_encode_at_icoapsendreqn_set(const atc_ica_at_icoapsendreqn_set *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc_ica_profile, ATC_ICA_AT_ICOAPSENDREQN_SET, msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_ica_encode_at_icoapsendnbin_test(const atc_ica_at_icoapsendnbin_test *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc_ica_profile, ATC_ICA_AT_ICOAPSENDNBIN_TEST, msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_ica_encode_at_icoapsendnbin_read(const atc_ica_at_icoapsendnbin_read *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc_ica_profile, ATC_ICA_AT_ICOAPSENDNBIN_READ, msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_ica_encode_at_icoapsendnbin_set(const atc_ica_at_icoapsendnbin_set *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc_ica_profile, ATC_ICA_AT_ICOAPSENDNBIN_SET, msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_ica_encode_at_icoaprcvrsp_test(const atc_ica_at_icoaprcvrsp_test *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc_ica_profile, ATC_ICA_AT_ICOAPRCVRSP_TEST, msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_ica_encode_at_icoaprcvrsp_read(const atc_ica_at_icoaprcvrsp_read *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc_ica_profile, ATC_ICA_AT_ICOAPRCVRSP_READ, msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_ica_encode_at_icoaprcvbin_test(const atc_ica_at_icoaprcvbin_test *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc_ica_profile, ATC_ICA_AT_ICOAPRCVBIN_TEST, msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_ica_encode_at_icoaprcvbin_read(const atc_ica_at_icoaprcvbin_read *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc_ica_profile, ATC_ICA_AT_ICOAPRCVBIN_READ, msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_ica_encode_at_ihttpopen_test(const atc_ica_at_ihttpopen_test *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc_ica_profile, ATC_ICA_AT_IHTTPOPEN_TEST, msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_ica_encode_at_ihttpopen_read(const atc_ica_at_ihttpopen_read *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc_ica_profile, ATC_ICA_AT_IHTTPOPEN_READ, msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_ica_encode_at_ihttpopen_set(const atc_ica_at_ihttpopen_set *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc_ica_profile, ATC_ICA_AT_IHTTPOPEN_SET, msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_ica_encode_at_ihttpara_test(const atc_ica_at_ihttpara_test *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc_ica_profile, ATC_ICA_AT_IHTTPARA_TEST, msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_ica_encode_at_ihttpara_read(const atc_ica_at_ihttpara_read *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc_ica_profile, ATC_ICA_AT_IHTTPARA_READ, msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_ica_encode_at_ihttpara_set(const atc_ica_at_ihttpara_set *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc_ica_profile, ATC_ICA_AT_IHTTPARA_SET, msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_ica_encode_at_ihttpauth_test(const atc_ica_at_ihttpauth_test *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc_ica_profile, ATC_ICA_AT_IHTTPAUTH_TEST, msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_ica_encode_at_ihttpauth_read(const atc_ica_at_ihttpauth_read *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc_ica_profile, ATC_ICA_AT_IHTTPAUTH_READ, msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_ica_encode_at_ihttpauth_set(const atc_ica_at_ihttpauth_set *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc_ica_profile, ATC_ICA_AT_IHTTPAUTH_SET, msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_ica_encode_at_ihttpsend_test(const atc_ica_at_ihttpsend_test *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc_ica_profile, ATC_ICA_AT_IHTTPSEND_TEST, msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_ica_encode_at_ihttpsend_read(const atc_ica_at_ihttpsend_read *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc_ica_profile, ATC_ICA_AT_IHTTPSEND_READ, msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_ica_encode_at_ihttpsend_set(const atc_ica_at_ihttpsend_set *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc_ica_profile, ATC_ICA_AT_IHTTPSEND_SET, msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_ica_encode_at_ihttpsendreq_test(const atc_ica_at_ihttpsendreq_test *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc_ica_profile, ATC_ICA_AT_IHTTPSENDREQ_TEST, msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_ica_encode_at_ihttpsendreq_read(const atc_ica_at_ihttpsendreq_read *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc_ica_profile, ATC_ICA_AT_IHTTPSENDREQ_READ, msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_ica_encode_at_ihttpsendreq_set(const atc_ica_at_ihttpsendreq_set *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc_ica_profile, ATC_ICA_AT_IHTTPSENDREQ_SET, msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_ica_encode_at_ihttpsendbin_test(const atc_ica_at_ihttpsendbin_test *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc_ica_profile, ATC_ICA_AT_IHTTPSENDBIN_TEST, msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_ica_encode_at_ihttpsendbin_read(const atc_ica_at_ihttpsendbin_read *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc_ica_profile, ATC_ICA_AT_IHTTPSENDBIN_READ, msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_ica_encode_at_ihttpsendbin_set(const atc_ica_at_ihttpsendbin_set *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc_ica_profile, ATC_ICA_AT_IHTTPSENDBIN_SET, msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_ica_encode_at_ihttprcvrsp_test(const atc_ica_at_ihttprcvrsp_test *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc_ica_profile, ATC_ICA_AT_IHTTPRCVRSP_TEST, msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_ica_encode_at_ihttprcvrsp_read(const atc_ica_at_ihttprcvrsp_read *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc_ica_profile, ATC_ICA_AT_IHTTPRCVRSP_READ, msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_ica_encode_at_ihttprcvbin_test(const atc_ica_at_ihttprcvbin_test *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc_ica_profile, ATC_ICA_AT_IHTTPRCVBIN_TEST, msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_ica_encode_at_ihttprcvbin_read(const atc_ica_at_ihttprcvbin_read *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc_ica_profile, ATC_ICA_AT_IHTTPRCVBIN_READ, msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_ica_encode_at_ihttpdisconn_test(const atc_ica_at_ihttpdisconn_test *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc_ica_profile, ATC_ICA_AT_IHTTPDISCONN_TEST, msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_ica_encode_at_ihttpdisconn_exec(const atc_ica_at_ihttpdisconn_exec *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc_ica_profile, ATC_ICA_AT_IHTTPDISCONN_EXEC, msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_ica_encode_at_iotapara_test(const atc_ica_at_iotapara_test *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc_ica_profile, ATC_ICA_AT_IOTAPARA_TEST, msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_ica_encode_at_iotapara_read(const atc_ica_at_iotapara_read *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc_ica_profile, ATC_ICA_AT_IOTAPARA_READ, msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_ica_encode_at_iotapara_set(const atc_ica_at_iotapara_set *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc_ica_profile, ATC_ICA_AT_IOTAPARA_SET, msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_ica_encode_at_iotaver_test(const atc_ica_at_iotaver_test *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc_ica_profile, ATC_ICA_AT_IOTAVER_TEST, msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_ica_encode_at_iotaver_read(const atc_ica_at_iotaver_read *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc_ica_profile, ATC_ICA_AT_IOTAVER_READ, msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_ica_encode_at_iotaver_set(const atc_ica_at_iotaver_set *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc_ica_profile, ATC_ICA_AT_IOTAVER_SET, msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_ica_encode_at_iotanewver_test(const atc_ica_at_iotanewver_test *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc_ica_profile, ATC_ICA_AT_IOTANEWVER_TEST, msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_ica_encode_at_iotanewver_read(const atc_ica_at_iotanewver_read *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc_ica_profile, ATC_ICA_AT_IOTANEWVER_READ, msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_ica_encode_at_iotapgs_test(const atc_ica_at_iotapgs_test *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc_ica_profile, ATC_ICA_AT_IOTAPGS_TEST, msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_ica_encode_at_iotapgs_set(const atc_ica_at_iotapgs_set *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc_ica_profile, ATC_ICA_AT_IOTAPGS_SET, msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_ica_encode_at_iotablock_test(const atc_ica_at_iotablock_test *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc_ica_profile, ATC_ICA_AT_IOTABLOCK_TEST, msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_ica_encode_at_iotablock_set(const atc_ica_at_iotablock_set *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc_ica_profile, ATC_ICA_AT_IOTABLOCK_SET, msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_ica_encode_at_iotabort_test(const atc_ica_at_iotabort_test *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc_ica_profile, ATC_ICA_AT_IOTABORT_TEST, msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_ica_encode_at_iotabort_exec(const atc_ica_at_iotabort_exec *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc_ica_profile, ATC_ICA_AT_IOTABORT_EXEC, msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_ica_encode_at_iloglvl_test(const atc_ica_at_iloglvl_test *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc_ica_profile, ATC_ICA_AT_ILOGLVL_TEST, msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_ica_encode_at_iloglvl_read(const atc_ica_at_iloglvl_read *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc_ica_profile, ATC_ICA_AT_ILOGLVL_READ, msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_ica_encode_at_iloglvl_set(const atc_ica_at_iloglvl_set *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc_ica_profile, ATC_ICA_AT_ILOGLVL_SET, msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_ica_encode_at_ireboot_test(const atc_ica_at_ireboot_test *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc_ica_profile, ATC_ICA_AT_IREBOOT_TEST, msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_ica_encode_at_ireboot_set(const atc_ica_at_ireboot_set *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc_ica_profile, ATC_ICA_AT_IREBOOT_SET, msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_ica_encode_at_idefault_test(const atc_ica_at_idefault_test *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc_ica_profile, ATC_ICA_AT_IDEFAULT_TEST, msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_ica_encode_at_idefault_exec(const atc_ica_at_idefault_exec *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc_ica_profile, ATC_ICA_AT_IDEFAULT_EXEC, msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_ica_encode_at_cgmi_exec(const atc_ica_at_cgmi_exec *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc_ica_profile, ATC_ICA_AT_CGMI_EXEC, msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_ica_encode_at_cgmm_exec(const atc_ica_at_cgmm_exec *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc_ica_profile, ATC_ICA_AT_CGMM_EXEC, msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_ica_encode_at_cgmr_exec(const atc_ica_at_cgmr_exec *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc_ica_profile, ATC_ICA_AT_CGMR_EXEC, msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_ica_encode_imqttmode_test(const atc_ica_imqttmode_test *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc_ica_profile, ATC_ICA_IMQTTMODE_TEST, msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_ica_encode_imqttmode_read(const atc_ica_imqttmode_read *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc_ica_profile, ATC_ICA_IMQTTMODE_READ, msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_ica_encode_imqttopen_test(const atc_ica_imqttopen_test *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc_ica_profile, ATC_ICA_IMQTTOPEN_TEST, msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_ica_encode_imqttopen_read(const atc_ica_imqttopen_read *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc_ica_profile, ATC_ICA_IMQTTOPEN_READ, msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_ica_encode_imqttauth_test(const atc_ica_imqttauth_test *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc_ica_profile, ATC_ICA_IMQTTAUTH_TEST, msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_ica_encode_imqttauth_read(const atc_ica_imqttauth_read *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc_ica_profile, ATC_ICA_IMQTTAUTH_READ, msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_ica_encode_imqttpara_test(const atc_ica_imqttpara_test *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc_ica_profile, ATC_ICA_IMQTTPARA_TEST, msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_ica_encode_imqttpara_read(const atc_ica_imqttpara_read *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc_ica_profile, ATC_ICA_IMQTTPARA_READ, msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_ica_encode_imqttpub_test(const atc_ica_imqttpub_test *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc_ica_profile, ATC_ICA_IMQTTPUB_TEST, msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_ica_encode_imqttpub_read(const atc_ica_imqttpub_read *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc_ica_profile, ATC_ICA_IMQTTPUB_READ, msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_ica_encode_imqttpub_set(const atc_ica_imqttpub_set *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc_ica_profile, ATC_ICA_IMQTTPUB_SET, msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_ica_encode_imqttpubin_test(const atc_ica_imqttpubin_test *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc_ica_profile, ATC_ICA_IMQTTPUBIN_TEST, msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_ica_encode_imqttpubin_read(const atc_ica_imqttpubin_read *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc_ica_profile, ATC_ICA_IMQTTPUBIN_READ, msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_ica_encode_imqttpubin_set(const atc_ica_imqttpubin_set *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc_ica_profile, ATC_ICA_IMQTTPUBIN_SET, msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_ica_encode_imqttsub_test(const atc_ica_imqttsub_test *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc_ica_profile, ATC_ICA_IMQTTSUB_TEST, msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_ica_encode_imqttsub_read(const atc_ica_imqttsub_read *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc_ica_profile, ATC_ICA_IMQTTSUB_READ, msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_ica_encode_imqttsub_set(const atc_ica_imqttsub_set *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc_ica_profile, ATC_ICA_IMQTTSUB_SET, msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_ica_encode_imqttunsub_test(const atc_ica_imqttunsub_test *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc_ica_profile, ATC_ICA_IMQTTUNSUB_TEST, msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_ica_encode_imqttunsub_read(const atc_ica_imqttunsub_read *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc_ica_profile, ATC_ICA_IMQTTUNSUB_READ, msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_ica_encode_imqttunsub_set(const atc_ica_imqttunsub_set *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc_ica_profile, ATC_ICA_IMQTTUNSUB_SET, msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_ica_encode_imqttrcvpub_read(const atc_ica_imqttrcvpub_read *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc_ica_profile, ATC_ICA_IMQTTRCVPUB_READ, msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_ica_encode_imqttrcvpubin_read(const atc_ica_imqttrcvpubin_read *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc_ica_profile, ATC_ICA_IMQTTRCVPUBIN_READ, msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_ica_encode_imqttstate_read(const atc_ica_imqttstate_read *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc_ica_profile, ATC_ICA_IMQTTSTATE_READ, msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_ica_encode_imqttdbgpara_test(const atc_ica_imqttdbgpara_test *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc_ica_profile, ATC_ICA_IMQTTDBGPARA_TEST, msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_ica_encode_imqttdbgpara_read(const atc_ica_imqttdbgpara_read *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc_ica_profile, ATC_ICA_IMQTTDBGPARA_READ, msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_ica_encode_icoapara_test(const atc_ica_icoapara_test *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc_ica_profile, ATC_ICA_ICOAPARA_TEST, msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_ica_encode_icoapara_read(const atc_ica_icoapara_read *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc_ica_profile, ATC_ICA_ICOAPARA_READ, msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_ica_encode_icoapopen_test(const atc_ica_icoapopen_test *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc_ica_profile, ATC_ICA_ICOAPOPEN_TEST, msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_ica_encode_icoapopen_read(const atc_ica_icoapopen_read *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc_ica_profile, ATC_ICA_ICOAPOPEN_READ, msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_ica_encode_icoapauth_test(const atc_ica_icoapauth_test *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc_ica_profile, ATC_ICA_ICOAPAUTH_TEST, msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_ica_encode_icoapauth_read(const atc_ica_icoapauth_read *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc_ica_profile, ATC_ICA_ICOAPAUTH_READ, msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_ica_encode_icoapsendreq_test(const atc_ica_icoapsendreq_test *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc_ica_profile, ATC_ICA_ICOAPSENDREQ_TEST, msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_ica_encode_icoapsendreq_read(const atc_ica_icoapsendreq_read *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc_ica_profile, ATC_ICA_ICOAPSENDREQ_READ, msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_ica_encode_icoapsendreq_set(const atc_ica_icoapsendreq_set *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc_ica_profile, ATC_ICA_ICOAPSENDREQ_SET, msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_ica_encode_icoapsendbin_test(const atc_ica_icoapsendbin_test *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc_ica_profile, ATC_ICA_ICOAPSENDBIN_TEST, msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_ica_encode_icoapsendbin_read(const atc_ica_icoapsendbin_read *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc_ica_profile, ATC_ICA_ICOAPSENDBIN_READ, msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_ica_encode_icoapsendbin_set(const atc_ica_icoapsendbin_set *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc_ica_profile, ATC_ICA_ICOAPSENDBIN_SET, msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_ica_encode_icoapsendreqn_test(const atc_ica_icoapsendreqn_test *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc_ica_profile, ATC_ICA_ICOAPSENDREQN_TEST, msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_ica_encode_icoapsendreqn_read(const atc_ica_icoapsendreqn_read *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc_ica_profile, ATC_ICA_ICOAPSENDREQN_READ, msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_ica_encode_icoapsendreqn_set(const atc_ica_icoapsendreqn_set *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc_ica_profile, ATC_ICA_ICOAPSENDREQN_SET, msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_ica_encode_icoapsendnbin_test(const atc_ica_icoapsendnbin_test *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc_ica_profile, ATC_ICA_ICOAPSENDNBIN_TEST, msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_ica_encode_icoapsendnbin_read(const atc_ica_icoapsendnbin_read *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc_ica_profile, ATC_ICA_ICOAPSENDNBIN_READ, msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_ica_encode_icoapsendnbin_set(const atc_ica_icoapsendnbin_set *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc_ica_profile, ATC_ICA_ICOAPSENDNBIN_SET, msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_ica_encode_icoaprcvrsp_read(const atc_ica_icoaprcvrsp_read *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc_ica_profile, ATC_ICA_ICOAPRCVRSP_READ, msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_ica_encode_icoaprcvbin_read(const atc_ica_icoaprcvbin_read *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc_ica_profile, ATC_ICA_ICOAPRCVBIN_READ, msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_ica_encode_ihttpopen_test(const atc_ica_ihttpopen_test *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc_ica_profile, ATC_ICA_IHTTPOPEN_TEST, msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_ica_encode_ihttpopen_read(const atc_ica_ihttpopen_read *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc_ica_profile, ATC_ICA_IHTTPOPEN_READ, msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_ica_encode_ihttpara_test(const atc_ica_ihttpara_test *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc_ica_profile, ATC_ICA_IHTTPARA_TEST, msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_ica_encode_ihttpara_read(const atc_ica_ihttpara_read *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc_ica_profile, ATC_ICA_IHTTPARA_READ, msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_ica_encode_ihttpauth_test(const atc_ica_ihttpauth_test *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc_ica_profile, ATC_ICA_IHTTPAUTH_TEST, msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_ica_encode_ihttpauth_read(const atc_ica_ihttpauth_read *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc_ica_profile, ATC_ICA_IHTTPAUTH_READ, msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_ica_encode_ihttpsend_test(const atc_ica_ihttpsend_test *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc_ica_profile, ATC_ICA_IHTTPSEND_TEST, msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_ica_encode_ihttpsend_read(const atc_ica_ihttpsend_read *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc_ica_profile, ATC_ICA_IHTTPSEND_READ, msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_ica_encode_ihttpsendreq_test(const atc_ica_ihttpsendreq_test *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc_ica_profile, ATC_ICA_IHTTPSENDREQ_TEST, msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_ica_encode_ihttpsendreq_read(const atc_ica_ihttpsendreq_read *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc_ica_profile, ATC_ICA_IHTTPSENDREQ_READ, msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_ica_encode_ihttpsendreq_set(const atc_ica_ihttpsendreq_set *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc_ica_profile, ATC_ICA_IHTTPSENDREQ_SET, msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_ica_encode_ihttpsendbin_test(const atc_ica_ihttpsendbin_test *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc_ica_profile, ATC_ICA_IHTTPSENDBIN_TEST, msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_ica_encode_ihttpsendbin_read(const atc_ica_ihttpsendbin_read *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc_ica_profile, ATC_ICA_IHTTPSENDBIN_READ, msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_ica_encode_ihttpsendbin_set(const atc_ica_ihttpsendbin_set *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc_ica_profile, ATC_ICA_IHTTPSENDBIN_SET, msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_ica_encode_ihttprcvrsp_read(const atc_ica_ihttprcvrsp_read *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc_ica_profile, ATC_ICA_IHTTPRCVRSP_READ, msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_ica_encode_ihttprcvbin_read(const atc_ica_ihttprcvbin_read *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc_ica_profile, ATC_ICA_IHTTPRCVBIN_READ, msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_ica_encode_iotapara_test(const atc_ica_iotapara_test *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc_ica_profile, ATC_ICA_IOTAPARA_TEST, msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_ica_encode_iotapara_read(const atc_ica_iotapara_read *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc_ica_profile, ATC_ICA_IOTAPARA_READ, msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_ica_encode_iotaver_test(const atc_ica_iotaver_test *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc_ica_profile, ATC_ICA_IOTAVER_TEST, msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_ica_encode_iotaver_read(const atc_ica_iotaver_read *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc_ica_profile, ATC_ICA_IOTAVER_READ, msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_ica_encode_iotanewver_read(const atc_ica_iotanewver_read *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc_ica_profile, ATC_ICA_IOTANEWVER_READ, msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_ica_encode_iotapgs_test(const atc_ica_iotapgs_test *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc_ica_profile, ATC_ICA_IOTAPGS_TEST, msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_ica_encode_iotablock(const atc_ica_iotablock *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc_ica_profile, ATC_ICA_IOTABLOCK, msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_ica_encode_iloglvl_test(const atc_ica_iloglvl_test *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc_ica_profile, ATC_ICA_ILOGLVL_TEST, msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_ica_encode_iloglvl_read(const atc_ica_iloglvl_read *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc_ica_profile, ATC_ICA_ILOGLVL_READ, msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_ica_encode_cgmi(const atc_ica_cgmi *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc_ica_profile, ATC_ICA_CGMI, msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_ica_encode_cgmm(const atc_ica_cgmm *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc_ica_profile, ATC_ICA_CGMM, msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_ica_encode_cgmr(const atc_ica_cgmr *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc_ica_profile, ATC_ICA_CGMR, msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_ica_encode_imqttauth_ok(const atc_ica_imqttauth_ok *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc_ica_profile, ATC_ICA_IMQTTAUTH_OK, msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_ica_encode_imqttauth_fail(const atc_ica_imqttauth_fail *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc_ica_profile, ATC_ICA_IMQTTAUTH_FAIL, msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_ica_encode_imqttpub(const atc_ica_imqttpub *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc_ica_profile, ATC_ICA_IMQTTPUB, msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_ica_encode_imqttpubin(const atc_ica_imqttpubin *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc_ica_profile, ATC_ICA_IMQTTPUBIN, msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_ica_encode_imqttsub(const atc_ica_imqttsub *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc_ica_profile, ATC_ICA_IMQTTSUB, msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_ica_encode_imqttunsub(const atc_ica_imqttunsub *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc_ica_profile, ATC_ICA_IMQTTUNSUB, msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_ica_encode_imqttrcvpub(const atc_ica_imqttrcvpub *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc_ica_profile, ATC_ICA_IMQTTRCVPUB, msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_ica_encode_imqttrcvpubin(const atc_ica_imqttrcvpubin *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc_ica_profile, ATC_ICA_IMQTTRCVPUBIN, msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_ica_encode_imqttstate(const atc_ica_imqttstate *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc_ica_profile, ATC_ICA_IMQTTSTATE, msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_ica_encode_imqttpingrsp(const atc_ica_imqttpingrsp *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc_ica_profile, ATC_ICA_IMQTTPINGRSP, msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_ica_encode_icoapauth_ok(const atc_ica_icoapauth_ok *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc_ica_profile, ATC_ICA_ICOAPAUTH_OK, msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_ica_encode_icoapauth_fail(const atc_ica_icoapauth_fail *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc_ica_profile, ATC_ICA_ICOAPAUTH_FAIL, msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_ica_encode_icoapsendreq(const atc_ica_icoapsendreq *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc_ica_profile, ATC_ICA_ICOAPSENDREQ, msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_ica_encode_icoapsendbin(const atc_ica_icoapsendbin *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc_ica_profile, ATC_ICA_ICOAPSENDBIN, msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_ica_encode_icoaprcvrsp(const atc_ica_icoaprcvrsp *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc_ica_profile, ATC_ICA_ICOAPRCVRSP, msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_ica_encode_icoaprcvbin(const atc_ica_icoaprcvbin *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc_ica_profile, ATC_ICA_ICOAPRCVBIN, msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_ica_encode_ihttpauth_ok(const atc_ica_ihttpauth_ok *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc_ica_profile, ATC_ICA_IHTTPAUTH_OK, msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_ica_encode_ihttpauth_fail(const atc_ica_ihttpauth_fail *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc_ica_profile, ATC_ICA_IHTTPAUTH_FAIL, msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_ica_encode_ihttpsend(const atc_ica_ihttpsend *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc_ica_profile, ATC_ICA_IHTTPSEND, msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_ica_encode_ihttprcvrsp(const atc_ica_ihttprcvrsp *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc_ica_profile, ATC_ICA_IHTTPRCVRSP, msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_ica_encode_ihttprcvbin(const atc_ica_ihttprcvbin *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc_ica_profile, ATC_ICA_IHTTPRCVBIN, msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_ica_encode_iotanewver(const atc_ica_iotanewver *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc_ica_profile, ATC_ICA_IOTANEWVER, msg, ATC_FRAME_WIRE, buf, cap, len);
}

#endif /* ATC_ICA_IMPLEMENTED */

#if defined(__GNUC__)
#pragma GCC diagnostic pop
#endif

#endif /* ATC_IMPLEMENTATION */
