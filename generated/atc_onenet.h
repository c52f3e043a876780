/* SPDX-License-Identifier: MIT */
/* atc_onenet.h: the atc codec for profile onenet, as a single header.
 * Generated from spec/onenet.yaml, runtime/ and templates/; do not edit.
 *
 * In exactly one C or C++ file:
 *     #define ATC_IMPLEMENTATION
 *     #include "atc_onenet.h"
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

#ifndef ATC_ONENET_SINGLE_H
#define ATC_ONENET_SINGLE_H

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
/* Generated by atc from spec/onenet.yaml (Quectel BC39 OneNET 应用指导 (OneNET Application Guide), NB-IoT module series, 1.0 (2020-01-23)).
 * Do not edit: change the spec and run `make generate`. Reference: docs/reference/onenet.md */
#ifndef ATC_ONENET_PROFILE_H
#define ATC_ONENET_PROFILE_H

/* (amalgamated: atc.h) */
#if ATC_RUNTIME_VERSION != 3
#error "generated/onenet.h was generated for atc runtime version 3"
#endif
#if ATC_VERSION_MAJOR != 0 || ATC_VERSION_MINOR != 2
#error "generated/onenet.h was generated by atc 0.2.0: regenerate it with this runtime"
#endif

/* sha256 (first 16 hex digits) of the spec this file was generated from */
#define ATC_ONENET_SPEC_HASH "3424167f452fa827"

/* The room in ATC_MAX_LINE that this profile's longest line needs: its bytes (strings at their
 * max_len), 8 bytes per field and its message struct (counted for 64-bit targets, so an upper
 * bound everywhere). Lines that do not fit are reported as ATC_ERR_LINE_TOO_LONG. */
#define ATC_ONENET_LONGEST_LINE 344

/* Bytes of session state this profile keeps (ATC_STATE_BYTES must hold them). */
#define ATC_ONENET_STATE_BYTES 0
#if ATC_ONENET_STATE_BYTES > ATC_STATE_BYTES
#error "profile onenet keeps 0 bytes of session state: define ATC_STATE_BYTES to at least 0"
#endif

#ifdef __cplusplus
extern "C" {
#endif

extern const atc_profile atc_onenet_profile;

/* Message ids: the id of an atc_event, index into atc_onenet_profile.msgs. */
typedef enum atc_onenet_id {
    ATC_ONENET_OK = 0,
    ATC_ONENET_ERROR = 1,
    ATC_ONENET_CME_ERROR = 2,
    ATC_ONENET_CMS_ERROR = 3,
    ATC_ONENET_AT_MIPLCONFIG_TEST = 4,
    ATC_ONENET_AT_MIPLCONFIG_READ = 5,
    ATC_ONENET_AT_MIPLCONFIG_SET_ACCESS_SERVER = 6,
    ATC_ONENET_AT_MIPLCONFIG_SET_BOOTSTRAP = 7,
    ATC_ONENET_AT_MIPLCONFIG_SET_ACK_TIMEOUT = 8,
    ATC_ONENET_AT_MIPLCONFIG_SET_OBS_AUTO_ACK = 9,
    ATC_ONENET_AT_MIPLCONFIG_SET_AUTH = 10,
    ATC_ONENET_AT_MIPLCONFIG_SET_DTLS = 11,
    ATC_ONENET_AT_MIPLCONFIG_SET_WRITE_FORMAT = 12,
    ATC_ONENET_AT_MIPLCREATE_EXEC = 13,
    ATC_ONENET_AT_MIPLDELETE_TEST = 14,
    ATC_ONENET_AT_MIPLDELETE_SET = 15,
    ATC_ONENET_AT_MIPLVER_READ = 16,
    ATC_ONENET_AT_MIPLADDOBJ_TEST = 17,
    ATC_ONENET_AT_MIPLADDOBJ_SET = 18,
    ATC_ONENET_AT_MIPLDELOBJ_TEST = 19,
    ATC_ONENET_AT_MIPLDELOBJ_SET = 20,
    ATC_ONENET_AT_MIPLOPEN_TEST = 21,
    ATC_ONENET_AT_MIPLOPEN_SET = 22,
    ATC_ONENET_AT_MIPLCLOSE_TEST = 23,
    ATC_ONENET_AT_MIPLCLOSE_SET = 24,
    ATC_ONENET_AT_MIPLDISCOVERRSP_TEST = 25,
    ATC_ONENET_AT_MIPLDISCOVERRSP_SET = 26,
    ATC_ONENET_AT_MIPLOBSERVERSP_TEST = 27,
    ATC_ONENET_AT_MIPLOBSERVERSP_SET = 28,
    ATC_ONENET_AT_MIPLREADRSP_TEST = 29,
    ATC_ONENET_AT_MIPLREADRSP_SET = 30,
    ATC_ONENET_AT_MIPLWRITERSP_TEST = 31,
    ATC_ONENET_AT_MIPLWRITERSP_SET = 32,
    ATC_ONENET_AT_MIPLEXECUTERSP_TEST = 33,
    ATC_ONENET_AT_MIPLEXECUTERSP_SET = 34,
    ATC_ONENET_AT_MIPLPARAMETERRSP_TEST = 35,
    ATC_ONENET_AT_MIPLPARAMETERRSP_SET = 36,
    ATC_ONENET_AT_MIPLNOTIFY_TEST = 37,
    ATC_ONENET_AT_MIPLNOTIFY_SET = 38,
    ATC_ONENET_AT_MIPLUPDATE_TEST = 39,
    ATC_ONENET_AT_MIPLUPDATE_SET = 40,
    ATC_ONENET_AT_QSOTAINFO_READ = 41,
    ATC_ONENET_AT_QSOTAINFO_SET = 42,
    ATC_ONENET_AT_QSOTARESULT_SET = 43,
    ATC_ONENET_MIPLCONFIG_TEST = 44,
    ATC_ONENET_MIPLCONFIG_READ_ACCESS_SERVER = 45,
    ATC_ONENET_MIPLCONFIG_READ_BOOTSTRAP = 46,
    ATC_ONENET_MIPLCONFIG_READ_ACK_TIMEOUT = 47,
    ATC_ONENET_MIPLCONFIG_READ_OBS_AUTOACK = 48,
    ATC_ONENET_MIPLCONFIG_READ_AUTH = 49,
    ATC_ONENET_MIPLCONFIG_READ_DTLS = 50,
    ATC_ONENET_MIPLCONFIG_READ_WRITE_FORMAT = 51,
    ATC_ONENET_MIPLCREATE = 52,
    ATC_ONENET_MIPLDELETE_TEST = 53,
    ATC_ONENET_MIPLVER = 54,
    ATC_ONENET_MIPLADDOBJ_TEST = 55,
    ATC_ONENET_MIPLDELOBJ_TEST = 56,
    ATC_ONENET_MIPLOPEN_TEST = 57,
    ATC_ONENET_MIPLCLOSE_TEST = 58,
    ATC_ONENET_MIPLDISCOVERRSP_TEST = 59,
    ATC_ONENET_MIPLOBSERVERSP_TEST = 60,
    ATC_ONENET_MIPLREADRSP_TEST = 61,
    ATC_ONENET_MIPLWRITERSP_TEST = 62,
    ATC_ONENET_MIPLEXECUTERSP_TEST = 63,
    ATC_ONENET_MIPLPARAMETERRSP_TEST = 64,
    ATC_ONENET_MIPLNOTIFY_TEST = 65,
    ATC_ONENET_MIPLUPDATE_TEST = 66,
    ATC_ONENET_QSOTAINFO = 67,
    ATC_ONENET_MIPLDISCOVER = 68,
    ATC_ONENET_MIPLOBSERVE = 69,
    ATC_ONENET_MIPLREAD = 70,
    ATC_ONENET_MIPLWRITE = 71,
    ATC_ONENET_MIPLEXECUTE = 72,
    ATC_ONENET_MIPLPARAMETER = 73,
    ATC_ONENET_MIPLEVENT_NOTIFY_FAILED = 74,
    ATC_ONENET_MIPLEVENT_NOTIFY_SUCCESS = 75,
    ATC_ONENET_MIPLEVENT = 76,
    ATC_ONENET__COUNT = 77
} atc_onenet_id;

/* The maximum response time of each command form, in ms, as the document gives it (0: not
 * stated); indexed by message id. Only what uses it is linked. */
extern const uint32_t atc_onenet_timeout_ms[77];

/* <mode>, document line 184 */
typedef enum atc_onenet_mode {
    ATC_ONENET_MODE_ACCESS_SERVER = 0,
    ATC_ONENET_MODE_BOOTSTRAP = 1,
    ATC_ONENET_MODE_ACK_TIMEOUT = 2,
    ATC_ONENET_MODE_OBS_AUTO_ACK = 3,
    ATC_ONENET_MODE_AUTH = 4,
    ATC_ONENET_MODE_DTLS = 5,
    ATC_ONENET_MODE_WRITE_FORMAT = 6
} atc_onenet_mode;

/* <obs_auto_ack>, document line 197 */
typedef enum atc_onenet_obs_auto_ack {
    ATC_ONENET_OBS_AUTO_ACK_DISABLED = 0,
    ATC_ONENET_OBS_AUTO_ACK_ENABLED = 1
} atc_onenet_obs_auto_ack;

/* <auth_enable>, document line 198 */
typedef enum atc_onenet_auth_enable {
    ATC_ONENET_AUTH_ENABLE_DISABLED = 0,
    ATC_ONENET_AUTH_ENABLE_ENABLED = 1
} atc_onenet_auth_enable;

/* <dtls_enable>, document line 200 */
typedef enum atc_onenet_dtls_enable {
    ATC_ONENET_DTLS_ENABLE_DISABLED = 0,
    ATC_ONENET_DTLS_ENABLE_ENABLED = 1
} atc_onenet_dtls_enable;

/* <write_format>, document line 202 */
typedef enum atc_onenet_write_format {
    ATC_ONENET_WRITE_FORMAT_HEX_STRING = 0,
    ATC_ONENET_WRITE_FORMAT_STRING = 1
} atc_onenet_write_format;

/* <result>, document line 336 */
typedef enum atc_onenet_result {
    ATC_ONENET_RESULT_CONTENT = 1,
    ATC_ONENET_RESULT_BAD_REQUEST = 11,
    ATC_ONENET_RESULT_UNAUTHORIZED = 12,
    ATC_ONENET_RESULT_NOT_FOUND = 13,
    ATC_ONENET_RESULT_METHOD_NOT_ALLOWED = 14,
    ATC_ONENET_RESULT_NOT_ACCEPTABLE = 15
} atc_onenet_result;

/* <rai_mode>, document line 346 */
typedef enum atc_onenet_rai_mode {
    ATC_ONENET_RAI_MODE_NONE = 0,
    ATC_ONENET_RAI_MODE_RELEASE_AFTER_SEND = 512,
    ATC_ONENET_RAI_MODE_RELEASE_AFTER_RESPONSE = 1024
} atc_onenet_rai_mode;

/* <value_type>, document line 406 */
typedef enum atc_onenet_value_type {
    ATC_ONENET_VALUE_TYPE_STRING = 1,
    ATC_ONENET_VALUE_TYPE_OPAQUE = 2,
    ATC_ONENET_VALUE_TYPE_INTEGER = 3,
    ATC_ONENET_VALUE_TYPE_FLOAT = 4,
    ATC_ONENET_VALUE_TYPE_BOOLEAN = 5
} atc_onenet_value_type;

/* <flag>, document line 426 */
typedef enum atc_onenet_flag {
    ATC_ONENET_FLAG_LAST = 0,
    ATC_ONENET_FLAG_FIRST = 1,
    ATC_ONENET_FLAG_MIDDLE = 2
} atc_onenet_flag;

/* <miplwritersp_result>, document line 449 */
typedef enum atc_onenet_miplwritersp_result {
    ATC_ONENET_MIPLWRITERSP_RESULT_CHANGED = 2,
    ATC_ONENET_MIPLWRITERSP_RESULT_BAD_REQUEST = 11,
    ATC_ONENET_MIPLWRITERSP_RESULT_UNAUTHORIZED = 12,
    ATC_ONENET_MIPLWRITERSP_RESULT_NOT_FOUND = 13,
    ATC_ONENET_MIPLWRITERSP_RESULT_METHOD_NOT_ALLOWED = 14
} atc_onenet_miplwritersp_result;

/* <miplexecutersp_result>, document line 475 */
typedef enum atc_onenet_miplexecutersp_result {
    ATC_ONENET_MIPLEXECUTERSP_RESULT_CHANGED = 2,
    ATC_ONENET_MIPLEXECUTERSP_RESULT_BAD_REQUEST = 11,
    ATC_ONENET_MIPLEXECUTERSP_RESULT_UNAUTHORIZED = 12,
    ATC_ONENET_MIPLEXECUTERSP_RESULT_NOT_FOUND = 13,
    ATC_ONENET_MIPLEXECUTERSP_RESULT_METHOD_NOT_ALLOWED = 14
} atc_onenet_miplexecutersp_result;

/* <miplparameterrsp_result>, document line 502 */
typedef enum atc_onenet_miplparameterrsp_result {
    ATC_ONENET_MIPLPARAMETERRSP_RESULT_CHANGED = 2,
    ATC_ONENET_MIPLPARAMETERRSP_RESULT_BAD_REQUEST = 11,
    ATC_ONENET_MIPLPARAMETERRSP_RESULT_UNAUTHORIZED = 12,
    ATC_ONENET_MIPLPARAMETERRSP_RESULT_NOT_FOUND = 13,
    ATC_ONENET_MIPLPARAMETERRSP_RESULT_METHOD_NOT_ALLOWED = 14
} atc_onenet_miplparameterrsp_result;

/* <with_object_flag>, document line 566 */
typedef enum atc_onenet_with_object_flag {
    ATC_ONENET_WITH_OBJECT_FLAG_NO = 0,
    ATC_ONENET_WITH_OBJECT_FLAG_YES = 1
} atc_onenet_with_object_flag;

/* <miplupdate_rai_mode>, document line 567 */
typedef enum atc_onenet_miplupdate_rai_mode {
    ATC_ONENET_MIPLUPDATE_RAI_MODE_NONE = 0,
    ATC_ONENET_MIPLUPDATE_RAI_MODE_RELEASE_AFTER_RESPONSE = 1024
} atc_onenet_miplupdate_rai_mode;

/* <qsotaresult_result>, document line 595 */
typedef enum atc_onenet_qsotaresult_result {
    ATC_ONENET_QSOTARESULT_RESULT_ERASE_SUCCESS = 1,
    ATC_ONENET_QSOTARESULT_RESULT_ERASE_FAILED = 2,
    ATC_ONENET_QSOTARESULT_RESULT_WRITE_SUCCESS = 3,
    ATC_ONENET_QSOTARESULT_RESULT_WRITE_FAILED = 4,
    ATC_ONENET_QSOTARESULT_RESULT_VERIFY_SUCCESS = 5,
    ATC_ONENET_QSOTARESULT_RESULT_VERIFY_FAILED = 6,
    ATC_ONENET_QSOTARESULT_RESULT_UPGRADE_SUCCESS = 7,
    ATC_ONENET_QSOTARESULT_RESULT_UPGRADE_FAILED = 8
} atc_onenet_qsotaresult_result;

/* <miplobserve_flag>, document line 646 */
typedef enum atc_onenet_miplobserve_flag {
    ATC_ONENET_MIPLOBSERVE_FLAG_CANCEL = 0,
    ATC_ONENET_MIPLOBSERVE_FLAG_OBSERVE = 1
} atc_onenet_miplobserve_flag;

/* <evt_id>, document line 749 */
typedef enum atc_onenet_evt_id {
    ATC_ONENET_EVT_ID_BOOTSTRAP_START = 1,
    ATC_ONENET_EVT_ID_BOOTSTRAP_SUCCESS = 2,
    ATC_ONENET_EVT_ID_BOOTSTRAP_FAILED = 3,
    ATC_ONENET_EVT_ID_CONNECT_SUCCESS = 4,
    ATC_ONENET_EVT_ID_CONNECT_FAILED = 5,
    ATC_ONENET_EVT_ID_REG_SUCCESS = 6,
    ATC_ONENET_EVT_ID_REG_FAILED = 7,
    ATC_ONENET_EVT_ID_REG_TIMEOUT = 8,
    ATC_ONENET_EVT_ID_LIFETIME_TIMEOUT = 9,
    ATC_ONENET_EVT_ID_STATUS_HALT = 10,
    ATC_ONENET_EVT_ID_UPDATE_SUCCESS = 11,
    ATC_ONENET_EVT_ID_UPDATE_FAILED = 12,
    ATC_ONENET_EVT_ID_UPDATE_TIMEOUT = 13,
    ATC_ONENET_EVT_ID_UPDATE_NEED = 14,
    ATC_ONENET_EVT_ID_UNREG_DONE = 15,
    ATC_ONENET_EVT_ID_RESPONSE_FAILED = 20,
    ATC_ONENET_EVT_ID_RESPONSE_SUCCESS = 21,
    ATC_ONENET_EVT_ID_NOTIFY_FAILED = 25,
    ATC_ONENET_EVT_ID_NOTIFY_SUCCESS = 26,
    ATC_ONENET_EVT_ID_FOTA_DOWNLOAD = 40,
    ATC_ONENET_EVT_ID_FOTA_DOWNLOAD_FAILED = 41,
    ATC_ONENET_EVT_ID_FOTA_DOWNLOAD_DONE = 42,
    ATC_ONENET_EVT_ID_FOTA_UPGRADE = 43,
    ATC_ONENET_EVT_ID_FOTA_UPGRADE_SUCCESS = 44,
    ATC_ONENET_EVT_ID_FOTA_UPGRADE_FAILED = 45,
    ATC_ONENET_EVT_ID_FOTA_UPGRADE_DONE = 46,
    ATC_ONENET_EVT_ID_FOTA_DOWNLOAD_INTERRUPTED = 47,
    ATC_ONENET_EVT_ID_FOTA_ERASE_SUCCESS = 48,
    ATC_ONENET_EVT_ID_FOTA_ERASE_FAILED = 49,
    ATC_ONENET_EVT_ID_NON_MODULE_DOWNLOAD_TRIGGERED = 50,
    ATC_ONENET_EVT_ID_SOTA_DOWNLOAD = 51,
    ATC_ONENET_EVT_ID_SOTA_DOWNLOAD_DONE = 52,
    ATC_ONENET_EVT_ID_SOTA_ERASE = 53,
    ATC_ONENET_EVT_ID_SOTA_UPGRADE_SUCCESS = 54
} atc_onenet_evt_id;

/* <cache_command_flag>, document line 802 */
typedef enum atc_onenet_cache_command_flag {
    ATC_ONENET_CACHE_COMMAND_FLAG_NONE = 0,
    ATC_ONENET_CACHE_COMMAND_FLAG_CACHED = 1
} atc_onenet_cache_command_flag;

/* Error table "cme_27007", document line 1584. */
typedef enum atc_onenet_cme_27007 {
    ATC_ONENET_CME_27007_OPERATION_NOT_ALLOWED = 3,
    ATC_ONENET_CME_27007_OPERATION_NOT_SUPPORTED = 4,
    ATC_ONENET_CME_27007_MEMORY_FAILURE = 23,
    ATC_ONENET_CME_27007_NO_NETWORK_SERVICE = 30,
    ATC_ONENET_CME_27007_INCORRECT_PARAMETERS = 50,
    ATC_ONENET_CME_27007_COMMAND_DISABLED = 51,
    ATC_ONENET_CME_27007_COMMAND_ABORTED = 52,
    ATC_ONENET_CME_27007_UPLINK_BUSY = 159
} atc_onenet_cme_27007;
/* The document's English description of a code, or NULL. */
ATC_API const char *atc_onenet_cme_27007_text(int32_t code);

/* Error table "cms_27005", document line 1596. */
typedef enum atc_onenet_cms_27005 {
    ATC_ONENET_CMS_27005_ME_FAILURE = 300,
    ATC_ONENET_CMS_27005_SMS_SERVICE_RESERVED = 301,
    ATC_ONENET_CMS_27005_OPERATION_NOT_ALLOWED = 302,
    ATC_ONENET_CMS_27005_OPERATION_NOT_SUPPORTED = 303,
    ATC_ONENET_CMS_27005_INVALID_PDU_MODE_PARAMETER = 304,
    ATC_ONENET_CMS_27005_INVALID_TEXT_MODE_PARAMETER = 305,
    ATC_ONENET_CMS_27005_USIM_NOT_INSERTED = 310,
    ATC_ONENET_CMS_27005_USIM_PIN_REQUIRED = 311,
    ATC_ONENET_CMS_27005_PH_USIM_PIN_REQUIRED = 312,
    ATC_ONENET_CMS_27005_USIM_FAILURE = 313,
    ATC_ONENET_CMS_27005_USIM_BUSY = 314,
    ATC_ONENET_CMS_27005_USIM_WRONG = 315,
    ATC_ONENET_CMS_27005_USIM_PUK_REQUIRED = 316,
    ATC_ONENET_CMS_27005_USIM_PIN2_REQUIRED = 317,
    ATC_ONENET_CMS_27005_USIM_PUK2_REQUIRED = 318,
    ATC_ONENET_CMS_27005_MEMORY_FAILURE = 320,
    ATC_ONENET_CMS_27005_INVALID_MEMORY_INDEX = 321,
    ATC_ONENET_CMS_27005_MEMORY_FULL = 322,
    ATC_ONENET_CMS_27005_SMSC_ADDRESS_UNKNOWN = 330,
    ATC_ONENET_CMS_27005_NO_NETWORK_SERVICE = 331,
    ATC_ONENET_CMS_27005_NETWORK_TIMEOUT = 332,
    ATC_ONENET_CMS_27005_NO_CNMA_ACK_EXPECTED = 340,
    ATC_ONENET_CMS_27005_UNKNOWN_ERROR = 500
} atc_onenet_cms_27005;
/* The document's English description of a code, or NULL. */
ATC_API const char *atc_onenet_cms_27005_text(int32_t code);

/* ---- Messages ----
 * Strings are views (atc_str) into the input or the parser's line buffer: valid during the
 * callback only. Optional fields have a has_<name> flag. Integers with an enumeration name their
 * enum type. */

/* final OK
 * document line 176 */
typedef struct atc_onenet_ok {
    char dummy_field; /* no fields */
} atc_onenet_ok;
/* ev->msg as this message, or NULL when ev is another message or an error (C and C++, no cast) */
static inline const atc_onenet_ok *atc_onenet_ok_of(const atc_event *ev)
{
    return ev->profile == &atc_onenet_profile && ev->id == ATC_ONENET_OK && ev->kind != ATC_KIND_ERROR
               ? (const atc_onenet_ok *)ev->msg : NULL;
}
#define ATC_ONENET_OK_INIT_ZERO {0}
#define ATC_ONENET_OK_MAX_LEN 6u
ATC_API atc_err atc_onenet_encode_ok(const atc_onenet_ok *msg, char *buf, size_t cap, size_t *len);

/* final ERROR
 * document line 177 */
typedef struct atc_onenet_error {
    char dummy_field; /* no fields */
} atc_onenet_error;
/* ev->msg as this message, or NULL when ev is another message or an error (C and C++, no cast) */
static inline const atc_onenet_error *atc_onenet_error_of(const atc_event *ev)
{
    return ev->profile == &atc_onenet_profile && ev->id == ATC_ONENET_ERROR && ev->kind != ATC_KIND_ERROR
               ? (const atc_onenet_error *)ev->msg : NULL;
}
#define ATC_ONENET_ERROR_INIT_ZERO {0}
#define ATC_ONENET_ERROR_MAX_LEN 9u
ATC_API atc_err atc_onenet_encode_error(const atc_onenet_error *msg, char *buf, size_t cap, size_t *len);

/* final +CME ERROR: <err>
 * document line 177 */
typedef struct atc_onenet_cme_error {
    int32_t err;
    atc_str err_text; /* the code's text when the module printed it (AT+CMEE=2) */
} atc_onenet_cme_error;
/* ev->msg as this message, or NULL when ev is another message or an error (C and C++, no cast) */
static inline const atc_onenet_cme_error *atc_onenet_cme_error_of(const atc_event *ev)
{
    return ev->profile == &atc_onenet_profile && ev->id == ATC_ONENET_CME_ERROR && ev->kind != ATC_KIND_ERROR
               ? (const atc_onenet_cme_error *)ev->msg : NULL;
}
#define ATC_ONENET_CME_ERROR_INIT_ZERO {0, {NULL, 0}}
#define ATC_ONENET_CME_ERROR_MAX_LEN (17u + 1u * ATC_MAX_LINE)
ATC_API atc_err atc_onenet_encode_cme_error(const atc_onenet_cme_error *msg, char *buf, size_t cap, size_t *len);

/* final +CMS ERROR: <err>
 * document line 1596 */
typedef struct atc_onenet_cms_error {
    int32_t err; /* atc_onenet_cms_27005 */
    atc_str err_text; /* the code's text when the module printed it (AT+CMEE=2) */
} atc_onenet_cms_error;
/* ev->msg as this message, or NULL when ev is another message or an error (C and C++, no cast) */
static inline const atc_onenet_cms_error *atc_onenet_cms_error_of(const atc_event *ev)
{
    return ev->profile == &atc_onenet_profile && ev->id == ATC_ONENET_CMS_ERROR && ev->kind != ATC_KIND_ERROR
               ? (const atc_onenet_cms_error *)ev->msg : NULL;
}
#define ATC_ONENET_CMS_ERROR_INIT_ZERO {0, {NULL, 0}}
#define ATC_ONENET_CMS_ERROR_MAX_LEN (17u + 1u * ATC_MAX_LINE)
ATC_API atc_err atc_onenet_encode_cms_error(const atc_onenet_cms_error *msg, char *buf, size_t cap, size_t *len);

/* command AT+MIPLCONFIG=?
 * document line 174: Configure the OneNET access (bootstrap, servers, ACK_TIMEOUT, auto-observe, authentication, DTLS, write format); max response time 300 ms */
typedef struct atc_onenet_at_miplconfig_test {
    char dummy_field; /* no fields */
} atc_onenet_at_miplconfig_test;
/* ev->msg as this message, or NULL when ev is another message or an error (C and C++, no cast) */
static inline const atc_onenet_at_miplconfig_test *atc_onenet_at_miplconfig_test_of(const atc_event *ev)
{
    return ev->profile == &atc_onenet_profile && ev->id == ATC_ONENET_AT_MIPLCONFIG_TEST && ev->kind != ATC_KIND_ERROR
               ? (const atc_onenet_at_miplconfig_test *)ev->msg : NULL;
}
#define ATC_ONENET_AT_MIPLCONFIG_TEST_INIT_ZERO {0}
#define ATC_ONENET_AT_MIPLCONFIG_TEST_MAX_LEN 16u
ATC_API atc_err atc_onenet_encode_at_miplconfig_test(const atc_onenet_at_miplconfig_test *msg, char *buf, size_t cap, size_t *len);

/* command AT+MIPLCONFIG?
 * document line 177: Configure the OneNET access (bootstrap, servers, ACK_TIMEOUT, auto-observe, authentication, DTLS, write format); max response time 300 ms */
typedef struct atc_onenet_at_miplconfig_read {
    char dummy_field; /* no fields */
} atc_onenet_at_miplconfig_read;
/* ev->msg as this message, or NULL when ev is another message or an error (C and C++, no cast) */
static inline const atc_onenet_at_miplconfig_read *atc_onenet_at_miplconfig_read_of(const atc_event *ev)
{
    return ev->profile == &atc_onenet_profile && ev->id == ATC_ONENET_AT_MIPLCONFIG_READ && ev->kind != ATC_KIND_ERROR
               ? (const atc_onenet_at_miplconfig_read *)ev->msg : NULL;
}
#define ATC_ONENET_AT_MIPLCONFIG_READ_INIT_ZERO {0}
#define ATC_ONENET_AT_MIPLCONFIG_READ_MAX_LEN 15u
ATC_API atc_err atc_onenet_encode_at_miplconfig_read(const atc_onenet_at_miplconfig_read *msg, char *buf, size_t cap, size_t *len);

/* command AT+MIPLCONFIG=<mode=0>,<IP>,<port>
 * document line 186: Configure the OneNET access (bootstrap, servers, ACK_TIMEOUT, auto-observe, authentication, DTLS, write format); max response time 300 ms */
typedef struct atc_onenet_at_miplconfig_set_access_server {
    int32_t mode; /* atc_onenet_mode */
    atc_str ip;
    int32_t port;
} atc_onenet_at_miplconfig_set_access_server;
/* ev->msg as this message, or NULL when ev is another message or an error (C and C++, no cast) */
static inline const atc_onenet_at_miplconfig_set_access_server *atc_onenet_at_miplconfig_set_access_server_of(const atc_event *ev)
{
    return ev->profile == &atc_onenet_profile && ev->id == ATC_ONENET_AT_MIPLCONFIG_SET_ACCESS_SERVER && ev->kind != ATC_KIND_ERROR
               ? (const atc_onenet_at_miplconfig_set_access_server *)ev->msg : NULL;
}
#define ATC_ONENET_AT_MIPLCONFIG_SET_ACCESS_SERVER_INIT_ZERO {0, {NULL, 0}, 0}
#define ATC_ONENET_AT_MIPLCONFIG_SET_ACCESS_SERVER_MAX_LEN (30u + 1u * ATC_MAX_LINE)
ATC_API atc_err atc_onenet_encode_at_miplconfig_set_access_server(const atc_onenet_at_miplconfig_set_access_server *msg, char *buf, size_t cap, size_t *len);

/* command AT+MIPLCONFIG=<mode=1>,<IP>,<port>
 * document line 187: Configure the OneNET access (bootstrap, servers, ACK_TIMEOUT, auto-observe, authentication, DTLS, write format); max response time 300 ms */
typedef struct atc_onenet_at_miplconfig_set_bootstrap {
    int32_t mode; /* atc_onenet_mode */
    atc_str ip;
    int32_t port;
} atc_onenet_at_miplconfig_set_bootstrap;
/* ev->msg as this message, or NULL when ev is another message or an error (C and C++, no cast) */
static inline const atc_onenet_at_miplconfig_set_bootstrap *atc_onenet_at_miplconfig_set_bootstrap_of(const atc_event *ev)
{
    return ev->profile == &atc_onenet_profile && ev->id == ATC_ONENET_AT_MIPLCONFIG_SET_BOOTSTRAP && ev->kind != ATC_KIND_ERROR
               ? (const atc_onenet_at_miplconfig_set_bootstrap *)ev->msg : NULL;
}
#define ATC_ONENET_AT_MIPLCONFIG_SET_BOOTSTRAP_INIT_ZERO {0, {NULL, 0}, 0}
#define ATC_ONENET_AT_MIPLCONFIG_SET_BOOTSTRAP_MAX_LEN (30u + 1u * ATC_MAX_LINE)
ATC_API atc_err atc_onenet_encode_at_miplconfig_set_bootstrap(const atc_onenet_at_miplconfig_set_bootstrap *msg, char *buf, size_t cap, size_t *len);

/* command AT+MIPLCONFIG=<mode=2>[,<parameter1>],<rsp_timeout>
 * document line 188: Configure the OneNET access (bootstrap, servers, ACK_TIMEOUT, auto-observe, authentication, DTLS, write format); max response time 300 ms */
typedef struct atc_onenet_at_miplconfig_set_ack_timeout {
    bool has_parameter1;
    int32_t mode; /* atc_onenet_mode */
    int32_t parameter1;
    int32_t rsp_timeout;
} atc_onenet_at_miplconfig_set_ack_timeout;
/* ev->msg as this message, or NULL when ev is another message or an error (C and C++, no cast) */
static inline const atc_onenet_at_miplconfig_set_ack_timeout *atc_onenet_at_miplconfig_set_ack_timeout_of(const atc_event *ev)
{
    return ev->profile == &atc_onenet_profile && ev->id == ATC_ONENET_AT_MIPLCONFIG_SET_ACK_TIMEOUT && ev->kind != ATC_KIND_ERROR
               ? (const atc_onenet_at_miplconfig_set_ack_timeout *)ev->msg : NULL;
}
#define ATC_ONENET_AT_MIPLCONFIG_SET_ACK_TIMEOUT_INIT_ZERO {false, 0, 0, 0}
#define ATC_ONENET_AT_MIPLCONFIG_SET_ACK_TIMEOUT_MAX_LEN 32u
ATC_API atc_err atc_onenet_encode_at_miplconfig_set_ack_timeout(const atc_onenet_at_miplconfig_set_ack_timeout *msg, char *buf, size_t cap, size_t *len);

/* command AT+MIPLCONFIG=<mode=3>,<obs_autoack>
 * document line 190: Configure the OneNET access (bootstrap, servers, ACK_TIMEOUT, auto-observe, authentication, DTLS, write format); max response time 300 ms */
typedef struct atc_onenet_at_miplconfig_set_obs_auto_ack {
    int32_t mode; /* atc_onenet_mode */
    int32_t obs_auto_ack; /* atc_onenet_obs_auto_ack */
} atc_onenet_at_miplconfig_set_obs_auto_ack;
/* ev->msg as this message, or NULL when ev is another message or an error (C and C++, no cast) */
static inline const atc_onenet_at_miplconfig_set_obs_auto_ack *atc_onenet_at_miplconfig_set_obs_auto_ack_of(const atc_event *ev)
{
    return ev->profile == &atc_onenet_profile && ev->id == ATC_ONENET_AT_MIPLCONFIG_SET_OBS_AUTO_ACK && ev->kind != ATC_KIND_ERROR
               ? (const atc_onenet_at_miplconfig_set_obs_auto_ack *)ev->msg : NULL;
}
#define ATC_ONENET_AT_MIPLCONFIG_SET_OBS_AUTO_ACK_INIT_ZERO {0, 0}
#define ATC_ONENET_AT_MIPLCONFIG_SET_OBS_AUTO_ACK_MAX_LEN 19u
ATC_API atc_err atc_onenet_encode_at_miplconfig_set_obs_auto_ack(const atc_onenet_at_miplconfig_set_obs_auto_ack *msg, char *buf, size_t cap, size_t *len);

/* command AT+MIPLCONFIG=<mode=4>,<auth_enable>[,<auth_code>]
 * document line 191: Configure the OneNET access (bootstrap, servers, ACK_TIMEOUT, auto-observe, authentication, DTLS, write format); max response time 300 ms */
typedef struct atc_onenet_at_miplconfig_set_auth {
    bool has_auth_code;
    int32_t mode; /* atc_onenet_mode */
    int32_t auth_enable; /* atc_onenet_auth_enable */
    atc_str auth_code;
} atc_onenet_at_miplconfig_set_auth;
/* ev->msg as this message, or NULL when ev is another message or an error (C and C++, no cast) */
static inline const atc_onenet_at_miplconfig_set_auth *atc_onenet_at_miplconfig_set_auth_of(const atc_event *ev)
{
    return ev->profile == &atc_onenet_profile && ev->id == ATC_ONENET_AT_MIPLCONFIG_SET_AUTH && ev->kind != ATC_KIND_ERROR
               ? (const atc_onenet_at_miplconfig_set_auth *)ev->msg : NULL;
}
#define ATC_ONENET_AT_MIPLCONFIG_SET_AUTH_INIT_ZERO {false, 0, 0, {NULL, 0}}
#define ATC_ONENET_AT_MIPLCONFIG_SET_AUTH_MAX_LEN 54u
ATC_API atc_err atc_onenet_encode_at_miplconfig_set_auth(const atc_onenet_at_miplconfig_set_auth *msg, char *buf, size_t cap, size_t *len);

/* command AT+MIPLCONFIG=<mode=5>,<DTLS_enable>[,<PSK>]
 * document line 192: Configure the OneNET access (bootstrap, servers, ACK_TIMEOUT, auto-observe, authentication, DTLS, write format); max response time 300 ms */
typedef struct atc_onenet_at_miplconfig_set_dtls {
    bool has_psk;
    int32_t mode; /* atc_onenet_mode */
    int32_t dtls_enable; /* atc_onenet_dtls_enable */
    atc_str psk;
} atc_onenet_at_miplconfig_set_dtls;
/* ev->msg as this message, or NULL when ev is another message or an error (C and C++, no cast) */
static inline const atc_onenet_at_miplconfig_set_dtls *atc_onenet_at_miplconfig_set_dtls_of(const atc_event *ev)
{
    return ev->profile == &atc_onenet_profile && ev->id == ATC_ONENET_AT_MIPLCONFIG_SET_DTLS && ev->kind != ATC_KIND_ERROR
               ? (const atc_onenet_at_miplconfig_set_dtls *)ev->msg : NULL;
}
#define ATC_ONENET_AT_MIPLCONFIG_SET_DTLS_INIT_ZERO {false, 0, 0, {NULL, 0}}
#define ATC_ONENET_AT_MIPLCONFIG_SET_DTLS_MAX_LEN 54u
ATC_API atc_err atc_onenet_encode_at_miplconfig_set_dtls(const atc_onenet_at_miplconfig_set_dtls *msg, char *buf, size_t cap, size_t *len);

/* command AT+MIPLCONFIG=<mode=6>,<write_format>
 * document line 193: Configure the OneNET access (bootstrap, servers, ACK_TIMEOUT, auto-observe, authentication, DTLS, write format); max response time 300 ms */
typedef struct atc_onenet_at_miplconfig_set_write_format {
    int32_t mode; /* atc_onenet_mode */
    int32_t write_format; /* atc_onenet_write_format */
} atc_onenet_at_miplconfig_set_write_format;
/* ev->msg as this message, or NULL when ev is another message or an error (C and C++, no cast) */
static inline const atc_onenet_at_miplconfig_set_write_format *atc_onenet_at_miplconfig_set_write_format_of(const atc_event *ev)
{
    return ev->profile == &atc_onenet_profile && ev->id == ATC_ONENET_AT_MIPLCONFIG_SET_WRITE_FORMAT && ev->kind != ATC_KIND_ERROR
               ? (const atc_onenet_at_miplconfig_set_write_format *)ev->msg : NULL;
}
#define ATC_ONENET_AT_MIPLCONFIG_SET_WRITE_FORMAT_INIT_ZERO {0, 0}
#define ATC_ONENET_AT_MIPLCONFIG_SET_WRITE_FORMAT_MAX_LEN 19u
ATC_API atc_err atc_onenet_encode_at_miplconfig_set_write_format(const atc_onenet_at_miplconfig_set_write_format *msg, char *buf, size_t cap, size_t *len);

/* command AT+MIPLCREATE
 * document line 214: Create a OneNET communication suite instance; max response time 300 ms */
typedef struct atc_onenet_at_miplcreate_exec {
    char dummy_field; /* no fields */
} atc_onenet_at_miplcreate_exec;
/* ev->msg as this message, or NULL when ev is another message or an error (C and C++, no cast) */
static inline const atc_onenet_at_miplcreate_exec *atc_onenet_at_miplcreate_exec_of(const atc_event *ev)
{
    return ev->profile == &atc_onenet_profile && ev->id == ATC_ONENET_AT_MIPLCREATE_EXEC && ev->kind != ATC_KIND_ERROR
               ? (const atc_onenet_at_miplcreate_exec *)ev->msg : NULL;
}
#define ATC_ONENET_AT_MIPLCREATE_EXEC_INIT_ZERO {0}
#define ATC_ONENET_AT_MIPLCREATE_EXEC_MAX_LEN 14u
ATC_API atc_err atc_onenet_encode_at_miplcreate_exec(const atc_onenet_at_miplcreate_exec *msg, char *buf, size_t cap, size_t *len);

/* command AT+MIPLDELETE=?
 * document line 230: Delete a OneNET communication suite instance; max response time 3000 ms */
typedef struct atc_onenet_at_mipldelete_test {
    char dummy_field; /* no fields */
} atc_onenet_at_mipldelete_test;
/* ev->msg as this message, or NULL when ev is another message or an error (C and C++, no cast) */
static inline const atc_onenet_at_mipldelete_test *atc_onenet_at_mipldelete_test_of(const atc_event *ev)
{
    return ev->profile == &atc_onenet_profile && ev->id == ATC_ONENET_AT_MIPLDELETE_TEST && ev->kind != ATC_KIND_ERROR
               ? (const atc_onenet_at_mipldelete_test *)ev->msg : NULL;
}
#define ATC_ONENET_AT_MIPLDELETE_TEST_INIT_ZERO {0}
#define ATC_ONENET_AT_MIPLDELETE_TEST_MAX_LEN 16u
ATC_API atc_err atc_onenet_encode_at_mipldelete_test(const atc_onenet_at_mipldelete_test *msg, char *buf, size_t cap, size_t *len);

/* command AT+MIPLDELETE=<ref>
 * document line 231: Delete a OneNET communication suite instance; max response time 3000 ms */
typedef struct atc_onenet_at_mipldelete_set {
    int32_t ref;
} atc_onenet_at_mipldelete_set;
/* ev->msg as this message, or NULL when ev is another message or an error (C and C++, no cast) */
static inline const atc_onenet_at_mipldelete_set *atc_onenet_at_mipldelete_set_of(const atc_event *ev)
{
    return ev->profile == &atc_onenet_profile && ev->id == ATC_ONENET_AT_MIPLDELETE_SET && ev->kind != ATC_KIND_ERROR
               ? (const atc_onenet_at_mipldelete_set *)ev->msg : NULL;
}
#define ATC_ONENET_AT_MIPLDELETE_SET_INIT_ZERO {0}
#define ATC_ONENET_AT_MIPLDELETE_SET_MAX_LEN 27u
ATC_API atc_err atc_onenet_encode_at_mipldelete_set(const atc_onenet_at_mipldelete_set *msg, char *buf, size_t cap, size_t *len);

/* command AT+MIPLVER?
 * document line 245: Query the OneNET SDK version; max response time 300 ms */
typedef struct atc_onenet_at_miplver_read {
    char dummy_field; /* no fields */
} atc_onenet_at_miplver_read;
/* ev->msg as this message, or NULL when ev is another message or an error (C and C++, no cast) */
static inline const atc_onenet_at_miplver_read *atc_onenet_at_miplver_read_of(const atc_event *ev)
{
    return ev->profile == &atc_onenet_profile && ev->id == ATC_ONENET_AT_MIPLVER_READ && ev->kind != ATC_KIND_ERROR
               ? (const atc_onenet_at_miplver_read *)ev->msg : NULL;
}
#define ATC_ONENET_AT_MIPLVER_READ_INIT_ZERO {0}
#define ATC_ONENET_AT_MIPLVER_READ_MAX_LEN 12u
ATC_API atc_err atc_onenet_encode_at_miplver_read(const atc_onenet_at_miplver_read *msg, char *buf, size_t cap, size_t *len);

/* command AT+MIPLADDOBJ=?
 * document line 260: Add a LwM2M object; max response time 300 ms */
typedef struct atc_onenet_at_mipladdobj_test {
    char dummy_field; /* no fields */
} atc_onenet_at_mipladdobj_test;
/* ev->msg as this message, or NULL when ev is another message or an error (C and C++, no cast) */
static inline const atc_onenet_at_mipladdobj_test *atc_onenet_at_mipladdobj_test_of(const atc_event *ev)
{
    return ev->profile == &atc_onenet_profile && ev->id == ATC_ONENET_AT_MIPLADDOBJ_TEST && ev->kind != ATC_KIND_ERROR
               ? (const atc_onenet_at_mipladdobj_test *)ev->msg : NULL;
}
#define ATC_ONENET_AT_MIPLADDOBJ_TEST_INIT_ZERO {0}
#define ATC_ONENET_AT_MIPLADDOBJ_TEST_MAX_LEN 16u
ATC_API atc_err atc_onenet_encode_at_mipladdobj_test(const atc_onenet_at_mipladdobj_test *msg, char *buf, size_t cap, size_t *len);

/* command AT+MIPLADDOBJ=<ref>,<objId>,<insCount>,<insBitmap>,<attrCount>,<actCount>
 * document line 261: Add a LwM2M object; max response time 300 ms */
typedef struct atc_onenet_at_mipladdobj_set {
    int32_t ref;
    int32_t obj_id;
    int32_t ins_count;
    atc_str ins_bitmap;
    int32_t attr_count;
    int32_t act_count;
} atc_onenet_at_mipladdobj_set;
/* ev->msg as this message, or NULL when ev is another message or an error (C and C++, no cast) */
static inline const atc_onenet_at_mipladdobj_set *atc_onenet_at_mipladdobj_set_of(const atc_event *ev)
{
    return ev->profile == &atc_onenet_profile && ev->id == ATC_ONENET_AT_MIPLADDOBJ_SET && ev->kind != ATC_KIND_ERROR
               ? (const atc_onenet_at_mipladdobj_set *)ev->msg : NULL;
}
#define ATC_ONENET_AT_MIPLADDOBJ_SET_INIT_ZERO {0, 0, 0, {NULL, 0}, 0, 0}
#define ATC_ONENET_AT_MIPLADDOBJ_SET_MAX_LEN (76u + 1u * ATC_MAX_LINE)
ATC_API atc_err atc_onenet_encode_at_mipladdobj_set(const atc_onenet_at_mipladdobj_set *msg, char *buf, size_t cap, size_t *len);

/* command AT+MIPLDELOBJ=?
 * document line 279: Delete a LwM2M object; max response time 300 ms */
typedef struct atc_onenet_at_mipldelobj_test {
    char dummy_field; /* no fields */
} atc_onenet_at_mipldelobj_test;
/* ev->msg as this message, or NULL when ev is another message or an error (C and C++, no cast) */
static inline const atc_onenet_at_mipldelobj_test *atc_onenet_at_mipldelobj_test_of(const atc_event *ev)
{
    return ev->profile == &atc_onenet_profile && ev->id == ATC_ONENET_AT_MIPLDELOBJ_TEST && ev->kind != ATC_KIND_ERROR
               ? (const atc_onenet_at_mipldelobj_test *)ev->msg : NULL;
}
#define ATC_ONENET_AT_MIPLDELOBJ_TEST_INIT_ZERO {0}
#define ATC_ONENET_AT_MIPLDELOBJ_TEST_MAX_LEN 16u
ATC_API atc_err atc_onenet_encode_at_mipldelobj_test(const atc_onenet_at_mipldelobj_test *msg, char *buf, size_t cap, size_t *len);

/* command AT+MIPLDELOBJ=<ref>,<objId>
 * document line 280: Delete a LwM2M object; max response time 300 ms */
typedef struct atc_onenet_at_mipldelobj_set {
    int32_t ref;
    int32_t obj_id;
} atc_onenet_at_mipldelobj_set;
/* ev->msg as this message, or NULL when ev is another message or an error (C and C++, no cast) */
static inline const atc_onenet_at_mipldelobj_set *atc_onenet_at_mipldelobj_set_of(const atc_event *ev)
{
    return ev->profile == &atc_onenet_profile && ev->id == ATC_ONENET_AT_MIPLDELOBJ_SET && ev->kind != ATC_KIND_ERROR
               ? (const atc_onenet_at_mipldelobj_set *)ev->msg : NULL;
}
#define ATC_ONENET_AT_MIPLDELOBJ_SET_INIT_ZERO {0, 0}
#define ATC_ONENET_AT_MIPLDELOBJ_SET_MAX_LEN 39u
ATC_API atc_err atc_onenet_encode_at_mipldelobj_set(const atc_onenet_at_mipldelobj_set *msg, char *buf, size_t cap, size_t *len);

/* command AT+MIPLOPEN=?
 * document line 294: Send a registration request to OneNET; max response time 300 ms */
typedef struct atc_onenet_at_miplopen_test {
    char dummy_field; /* no fields */
} atc_onenet_at_miplopen_test;
/* ev->msg as this message, or NULL when ev is another message or an error (C and C++, no cast) */
static inline const atc_onenet_at_miplopen_test *atc_onenet_at_miplopen_test_of(const atc_event *ev)
{
    return ev->profile == &atc_onenet_profile && ev->id == ATC_ONENET_AT_MIPLOPEN_TEST && ev->kind != ATC_KIND_ERROR
               ? (const atc_onenet_at_miplopen_test *)ev->msg : NULL;
}
#define ATC_ONENET_AT_MIPLOPEN_TEST_INIT_ZERO {0}
#define ATC_ONENET_AT_MIPLOPEN_TEST_MAX_LEN 14u
ATC_API atc_err atc_onenet_encode_at_miplopen_test(const atc_onenet_at_miplopen_test *msg, char *buf, size_t cap, size_t *len);

/* command AT+MIPLOPEN=<ref>,<lifetime>[,<timeout>]
 * document line 295: Send a registration request to OneNET; max response time 300 ms */
typedef struct atc_onenet_at_miplopen_set {
    bool has_timeout;
    int32_t ref;
    int32_t lifetime;
    int32_t timeout;
} atc_onenet_at_miplopen_set;
/* ev->msg as this message, or NULL when ev is another message or an error (C and C++, no cast) */
static inline const atc_onenet_at_miplopen_set *atc_onenet_at_miplopen_set_of(const atc_event *ev)
{
    return ev->profile == &atc_onenet_profile && ev->id == ATC_ONENET_AT_MIPLOPEN_SET && ev->kind != ATC_KIND_ERROR
               ? (const atc_onenet_at_miplopen_set *)ev->msg : NULL;
}
#define ATC_ONENET_AT_MIPLOPEN_SET_INIT_ZERO {false, 0, 0, 0}
#define ATC_ONENET_AT_MIPLOPEN_SET_MAX_LEN 41u
ATC_API atc_err atc_onenet_encode_at_miplopen_set(const atc_onenet_at_miplopen_set *msg, char *buf, size_t cap, size_t *len);

/* command AT+MIPLCLOSE=?
 * document line 312: Send a deregistration request to OneNET; max response time 3000 ms */
typedef struct atc_onenet_at_miplclose_test {
    char dummy_field; /* no fields */
} atc_onenet_at_miplclose_test;
/* ev->msg as this message, or NULL when ev is another message or an error (C and C++, no cast) */
static inline const atc_onenet_at_miplclose_test *atc_onenet_at_miplclose_test_of(const atc_event *ev)
{
    return ev->profile == &atc_onenet_profile && ev->id == ATC_ONENET_AT_MIPLCLOSE_TEST && ev->kind != ATC_KIND_ERROR
               ? (const atc_onenet_at_miplclose_test *)ev->msg : NULL;
}
#define ATC_ONENET_AT_MIPLCLOSE_TEST_INIT_ZERO {0}
#define ATC_ONENET_AT_MIPLCLOSE_TEST_MAX_LEN 15u
ATC_API atc_err atc_onenet_encode_at_miplclose_test(const atc_onenet_at_miplclose_test *msg, char *buf, size_t cap, size_t *len);

/* command AT+MIPLCLOSE=<ref>
 * document line 313: Send a deregistration request to OneNET; max response time 3000 ms */
typedef struct atc_onenet_at_miplclose_set {
    int32_t ref;
} atc_onenet_at_miplclose_set;
/* ev->msg as this message, or NULL when ev is another message or an error (C and C++, no cast) */
static inline const atc_onenet_at_miplclose_set *atc_onenet_at_miplclose_set_of(const atc_event *ev)
{
    return ev->profile == &atc_onenet_profile && ev->id == ATC_ONENET_AT_MIPLCLOSE_SET && ev->kind != ATC_KIND_ERROR
               ? (const atc_onenet_at_miplclose_set *)ev->msg : NULL;
}
#define ATC_ONENET_AT_MIPLCLOSE_SET_INIT_ZERO {0}
#define ATC_ONENET_AT_MIPLCLOSE_SET_MAX_LEN 26u
ATC_API atc_err atc_onenet_encode_at_miplclose_set(const atc_onenet_at_miplclose_set *msg, char *buf, size_t cap, size_t *len);

/* command AT+MIPLDISCOVERRSP=?
 * document line 326: Answer a discover request (+MIPLDISCOVER); max response time 300 ms */
typedef struct atc_onenet_at_mipldiscoverrsp_test {
    char dummy_field; /* no fields */
} atc_onenet_at_mipldiscoverrsp_test;
/* ev->msg as this message, or NULL when ev is another message or an error (C and C++, no cast) */
static inline const atc_onenet_at_mipldiscoverrsp_test *atc_onenet_at_mipldiscoverrsp_test_of(const atc_event *ev)
{
    return ev->profile == &atc_onenet_profile && ev->id == ATC_ONENET_AT_MIPLDISCOVERRSP_TEST && ev->kind != ATC_KIND_ERROR
               ? (const atc_onenet_at_mipldiscoverrsp_test *)ev->msg : NULL;
}
#define ATC_ONENET_AT_MIPLDISCOVERRSP_TEST_INIT_ZERO {0}
#define ATC_ONENET_AT_MIPLDISCOVERRSP_TEST_MAX_LEN 21u
ATC_API atc_err atc_onenet_encode_at_mipldiscoverrsp_test(const atc_onenet_at_mipldiscoverrsp_test *msg, char *buf, size_t cap, size_t *len);

/* command AT+MIPLDISCOVERRSP=<ref>,<msgId>,<result>[,<length>,<valuestring>[,<raiMode>]]
 * document line 329: Answer a discover request (+MIPLDISCOVER); max response time 300 ms */
typedef struct atc_onenet_at_mipldiscoverrsp_set {
    bool has_length;
    bool has_value_string;
    bool has_rai_mode;
    int32_t ref;
    uint32_t msg_id;
    int32_t result; /* atc_onenet_result */
    int32_t length;
    atc_str value_string;
    int32_t rai_mode; /* atc_onenet_rai_mode */
} atc_onenet_at_mipldiscoverrsp_set;
/* ev->msg as this message, or NULL when ev is another message or an error (C and C++, no cast) */
static inline const atc_onenet_at_mipldiscoverrsp_set *atc_onenet_at_mipldiscoverrsp_set_of(const atc_event *ev)
{
    return ev->profile == &atc_onenet_profile && ev->id == ATC_ONENET_AT_MIPLDISCOVERRSP_SET && ev->kind != ATC_KIND_ERROR
               ? (const atc_onenet_at_mipldiscoverrsp_set *)ev->msg : NULL;
}
#define ATC_ONENET_AT_MIPLDISCOVERRSP_SET_INIT_ZERO {false, false, false, 0, 0, 0, 0, {NULL, 0}, 0}
#define ATC_ONENET_AT_MIPLDISCOVERRSP_SET_MAX_LEN (66u + 1u * ATC_MAX_LINE)
ATC_API atc_err atc_onenet_encode_at_mipldiscoverrsp_set(const atc_onenet_at_mipldiscoverrsp_set *msg, char *buf, size_t cap, size_t *len);

/* command AT+MIPLOBSERVERSP=?
 * document line 356: Answer an observe request (+MIPLOBSERVE) when automatic answers are disabled; max response time 300 ms */
typedef struct atc_onenet_at_miplobserversp_test {
    char dummy_field; /* no fields */
} atc_onenet_at_miplobserversp_test;
/* ev->msg as this message, or NULL when ev is another message or an error (C and C++, no cast) */
static inline const atc_onenet_at_miplobserversp_test *atc_onenet_at_miplobserversp_test_of(const atc_event *ev)
{
    return ev->profile == &atc_onenet_profile && ev->id == ATC_ONENET_AT_MIPLOBSERVERSP_TEST && ev->kind != ATC_KIND_ERROR
               ? (const atc_onenet_at_miplobserversp_test *)ev->msg : NULL;
}
#define ATC_ONENET_AT_MIPLOBSERVERSP_TEST_INIT_ZERO {0}
#define ATC_ONENET_AT_MIPLOBSERVERSP_TEST_MAX_LEN 20u
ATC_API atc_err atc_onenet_encode_at_miplobserversp_test(const atc_onenet_at_miplobserversp_test *msg, char *buf, size_t cap, size_t *len);

/* command AT+MIPLOBSERVERSP=<ref>,<msgId>,<result>[,<raiMode>]
 * document line 358: Answer an observe request (+MIPLOBSERVE) when automatic answers are disabled; max response time 300 ms */
typedef struct atc_onenet_at_miplobserversp_set {
    bool has_rai_mode;
    int32_t ref;
    uint32_t msg_id;
    int32_t result; /* atc_onenet_result */
    int32_t rai_mode; /* atc_onenet_rai_mode */
} atc_onenet_at_miplobserversp_set;
/* ev->msg as this message, or NULL when ev is another message or an error (C and C++, no cast) */
static inline const atc_onenet_at_miplobserversp_set *atc_onenet_at_miplobserversp_set_of(const atc_event *ev)
{
    return ev->profile == &atc_onenet_profile && ev->id == ATC_ONENET_AT_MIPLOBSERVERSP_SET && ev->kind != ATC_KIND_ERROR
               ? (const atc_onenet_at_miplobserversp_set *)ev->msg : NULL;
}
#define ATC_ONENET_AT_MIPLOBSERVERSP_SET_INIT_ZERO {false, 0, 0, 0, 0}
#define ATC_ONENET_AT_MIPLOBSERVERSP_SET_MAX_LEN 52u
ATC_API atc_err atc_onenet_encode_at_miplobserversp_set(const atc_onenet_at_miplobserversp_set *msg, char *buf, size_t cap, size_t *len);

/* command AT+MIPLREADRSP=?
 * document line 384: Answer a read request (+MIPLREAD); max response time 300 ms */
typedef struct atc_onenet_at_miplreadrsp_test {
    char dummy_field; /* no fields */
} atc_onenet_at_miplreadrsp_test;
/* ev->msg as this message, or NULL when ev is another message or an error (C and C++, no cast) */
static inline const atc_onenet_at_miplreadrsp_test *atc_onenet_at_miplreadrsp_test_of(const atc_event *ev)
{
    return ev->profile == &atc_onenet_profile && ev->id == ATC_ONENET_AT_MIPLREADRSP_TEST && ev->kind != ATC_KIND_ERROR
               ? (const atc_onenet_at_miplreadrsp_test *)ev->msg : NULL;
}
#define ATC_ONENET_AT_MIPLREADRSP_TEST_INIT_ZERO {0}
#define ATC_ONENET_AT_MIPLREADRSP_TEST_MAX_LEN 17u
ATC_API atc_err atc_onenet_encode_at_miplreadrsp_test(const atc_onenet_at_miplreadrsp_test *msg, char *buf, size_t cap, size_t *len);

/* command AT+MIPLREADRSP=<ref>,<msgId>,<result>[,<objId>,<insId>,<resId>,<valueType>,<len>,<value>,<index>,<flag>[,<raiMode>]]
 * document line 385: Answer a read request (+MIPLREAD); max response time 300 ms */
typedef struct atc_onenet_at_miplreadrsp_set {
    bool has_obj_id;
    bool has_ins_id;
    bool has_res_id;
    bool has_value_type;
    bool has_len;
    bool has_value;
    bool has_index;
    bool has_flag;
    bool has_rai_mode;
    int32_t ref;
    uint32_t msg_id;
    int32_t result; /* atc_onenet_result */
    int32_t obj_id;
    int32_t ins_id;
    int32_t res_id;
    int32_t value_type; /* atc_onenet_value_type */
    int32_t len;
    atc_str value;
    int32_t index;
    int32_t flag; /* atc_onenet_flag */
    int32_t rai_mode; /* atc_onenet_rai_mode */
} atc_onenet_at_miplreadrsp_set;
/* ev->msg as this message, or NULL when ev is another message or an error (C and C++, no cast) */
static inline const atc_onenet_at_miplreadrsp_set *atc_onenet_at_miplreadrsp_set_of(const atc_event *ev)
{
    return ev->profile == &atc_onenet_profile && ev->id == ATC_ONENET_AT_MIPLREADRSP_SET && ev->kind != ATC_KIND_ERROR
               ? (const atc_onenet_at_miplreadrsp_set *)ev->msg : NULL;
}
#define ATC_ONENET_AT_MIPLREADRSP_SET_INIT_ZERO {false, false, false, false, false, false, false, false, false, 0, 0, 0, 0, 0, 0, 0, 0, {NULL, 0}, 0, 0, 0}
#define ATC_ONENET_AT_MIPLREADRSP_SET_MAX_LEN (114u + 1u * ATC_MAX_LINE)
ATC_API atc_err atc_onenet_encode_at_miplreadrsp_set(const atc_onenet_at_miplreadrsp_set *msg, char *buf, size_t cap, size_t *len);

/* command AT+MIPLWRITERSP=?
 * document line 439: Answer a write request (+MIPLWRITE); max response time 300 ms */
typedef struct atc_onenet_at_miplwritersp_test {
    char dummy_field; /* no fields */
} atc_onenet_at_miplwritersp_test;
/* ev->msg as this message, or NULL when ev is another message or an error (C and C++, no cast) */
static inline const atc_onenet_at_miplwritersp_test *atc_onenet_at_miplwritersp_test_of(const atc_event *ev)
{
    return ev->profile == &atc_onenet_profile && ev->id == ATC_ONENET_AT_MIPLWRITERSP_TEST && ev->kind != ATC_KIND_ERROR
               ? (const atc_onenet_at_miplwritersp_test *)ev->msg : NULL;
}
#define ATC_ONENET_AT_MIPLWRITERSP_TEST_INIT_ZERO {0}
#define ATC_ONENET_AT_MIPLWRITERSP_TEST_MAX_LEN 18u
ATC_API atc_err atc_onenet_encode_at_miplwritersp_test(const atc_onenet_at_miplwritersp_test *msg, char *buf, size_t cap, size_t *len);

/* command AT+MIPLWRITERSP=<ref>,<msgId>,<result>[,<raiMode>]
 * document line 440: Answer a write request (+MIPLWRITE); max response time 300 ms */
typedef struct atc_onenet_at_miplwritersp_set {
    bool has_rai_mode;
    int32_t ref;
    uint32_t msg_id;
    int32_t result; /* atc_onenet_miplwritersp_result */
    int32_t rai_mode; /* atc_onenet_rai_mode */
} atc_onenet_at_miplwritersp_set;
/* ev->msg as this message, or NULL when ev is another message or an error (C and C++, no cast) */
static inline const atc_onenet_at_miplwritersp_set *atc_onenet_at_miplwritersp_set_of(const atc_event *ev)
{
    return ev->profile == &atc_onenet_profile && ev->id == ATC_ONENET_AT_MIPLWRITERSP_SET && ev->kind != ATC_KIND_ERROR
               ? (const atc_onenet_at_miplwritersp_set *)ev->msg : NULL;
}
#define ATC_ONENET_AT_MIPLWRITERSP_SET_INIT_ZERO {false, 0, 0, 0, 0}
#define ATC_ONENET_AT_MIPLWRITERSP_SET_MAX_LEN 50u
ATC_API atc_err atc_onenet_encode_at_miplwritersp_set(const atc_onenet_at_miplwritersp_set *msg, char *buf, size_t cap, size_t *len);

/* command AT+MIPLEXECUTERSP=?
 * document line 466: Answer an execute request (+MIPLEXECUTE); max response time 300 ms */
typedef struct atc_onenet_at_miplexecutersp_test {
    char dummy_field; /* no fields */
} atc_onenet_at_miplexecutersp_test;
/* ev->msg as this message, or NULL when ev is another message or an error (C and C++, no cast) */
static inline const atc_onenet_at_miplexecutersp_test *atc_onenet_at_miplexecutersp_test_of(const atc_event *ev)
{
    return ev->profile == &atc_onenet_profile && ev->id == ATC_ONENET_AT_MIPLEXECUTERSP_TEST && ev->kind != ATC_KIND_ERROR
               ? (const atc_onenet_at_miplexecutersp_test *)ev->msg : NULL;
}
#define ATC_ONENET_AT_MIPLEXECUTERSP_TEST_INIT_ZERO {0}
#define ATC_ONENET_AT_MIPLEXECUTERSP_TEST_MAX_LEN 20u
ATC_API atc_err atc_onenet_encode_at_miplexecutersp_test(const atc_onenet_at_miplexecutersp_test *msg, char *buf, size_t cap, size_t *len);

/* command AT+MIPLEXECUTERSP=<ref>,<msgId>,<result>[,<raiMode>]
 * document line 467: Answer an execute request (+MIPLEXECUTE); max response time 300 ms */
typedef struct atc_onenet_at_miplexecutersp_set {
    bool has_rai_mode;
    int32_t ref;
    uint32_t msg_id;
    int32_t result; /* atc_onenet_miplexecutersp_result */
    int32_t rai_mode; /* atc_onenet_rai_mode */
} atc_onenet_at_miplexecutersp_set;
/* ev->msg as this message, or NULL when ev is another message or an error (C and C++, no cast) */
static inline const atc_onenet_at_miplexecutersp_set *atc_onenet_at_miplexecutersp_set_of(const atc_event *ev)
{
    return ev->profile == &atc_onenet_profile && ev->id == ATC_ONENET_AT_MIPLEXECUTERSP_SET && ev->kind != ATC_KIND_ERROR
               ? (const atc_onenet_at_miplexecutersp_set *)ev->msg : NULL;
}
#define ATC_ONENET_AT_MIPLEXECUTERSP_SET_INIT_ZERO {false, 0, 0, 0, 0}
#define ATC_ONENET_AT_MIPLEXECUTERSP_SET_MAX_LEN 52u
ATC_API atc_err atc_onenet_encode_at_miplexecutersp_set(const atc_onenet_at_miplexecutersp_set *msg, char *buf, size_t cap, size_t *len);

/* command AT+MIPLPARAMETERRSP=?
 * document line 493: Answer a write-attributes request (+MIPLPARAMETER); max response time 300 ms */
typedef struct atc_onenet_at_miplparameterrsp_test {
    char dummy_field; /* no fields */
} atc_onenet_at_miplparameterrsp_test;
/* ev->msg as this message, or NULL when ev is another message or an error (C and C++, no cast) */
static inline const atc_onenet_at_miplparameterrsp_test *atc_onenet_at_miplparameterrsp_test_of(const atc_event *ev)
{
    return ev->profile == &atc_onenet_profile && ev->id == ATC_ONENET_AT_MIPLPARAMETERRSP_TEST && ev->kind != ATC_KIND_ERROR
               ? (const atc_onenet_at_miplparameterrsp_test *)ev->msg : NULL;
}
#define ATC_ONENET_AT_MIPLPARAMETERRSP_TEST_INIT_ZERO {0}
#define ATC_ONENET_AT_MIPLPARAMETERRSP_TEST_MAX_LEN 22u
ATC_API atc_err atc_onenet_encode_at_miplparameterrsp_test(const atc_onenet_at_miplparameterrsp_test *msg, char *buf, size_t cap, size_t *len);

/* command AT+MIPLPARAMETERRSP=<ref>,<msgId>,<result>[,<raiMode>]
 * document line 494: Answer a write-attributes request (+MIPLPARAMETER); max response time 300 ms */
typedef struct atc_onenet_at_miplparameterrsp_set {
    bool has_rai_mode;
    int32_t ref;
    uint32_t msg_id;
    int32_t result; /* atc_onenet_miplparameterrsp_result */
    int32_t rai_mode; /* atc_onenet_rai_mode */
} atc_onenet_at_miplparameterrsp_set;
/* ev->msg as this message, or NULL when ev is another message or an error (C and C++, no cast) */
static inline const atc_onenet_at_miplparameterrsp_set *atc_onenet_at_miplparameterrsp_set_of(const atc_event *ev)
{
    return ev->profile == &atc_onenet_profile && ev->id == ATC_ONENET_AT_MIPLPARAMETERRSP_SET && ev->kind != ATC_KIND_ERROR
               ? (const atc_onenet_at_miplparameterrsp_set *)ev->msg : NULL;
}
#define ATC_ONENET_AT_MIPLPARAMETERRSP_SET_INIT_ZERO {false, 0, 0, 0, 0}
#define ATC_ONENET_AT_MIPLPARAMETERRSP_SET_MAX_LEN 54u
ATC_API atc_err atc_onenet_encode_at_miplparameterrsp_set(const atc_onenet_at_miplparameterrsp_set *msg, char *buf, size_t cap, size_t *len);

/* command AT+MIPLNOTIFY=?
 * document line 519: Report (notify) data to OneNET; max response time 300 ms */
typedef struct atc_onenet_at_miplnotify_test {
    char dummy_field; /* no fields */
} atc_onenet_at_miplnotify_test;
/* ev->msg as this message, or NULL when ev is another message or an error (C and C++, no cast) */
static inline const atc_onenet_at_miplnotify_test *atc_onenet_at_miplnotify_test_of(const atc_event *ev)
{
    return ev->profile == &atc_onenet_profile && ev->id == ATC_ONENET_AT_MIPLNOTIFY_TEST && ev->kind != ATC_KIND_ERROR
               ? (const atc_onenet_at_miplnotify_test *)ev->msg : NULL;
}
#define ATC_ONENET_AT_MIPLNOTIFY_TEST_INIT_ZERO {0}
#define ATC_ONENET_AT_MIPLNOTIFY_TEST_MAX_LEN 16u
ATC_API atc_err atc_onenet_encode_at_miplnotify_test(const atc_onenet_at_miplnotify_test *msg, char *buf, size_t cap, size_t *len);

/* command AT+MIPLNOTIFY=<ref>,<msgId>,<objId>,<insId>,<resId>,<valueType>,<len>,<value>,<index>,<flag>[,<ackId>[,<raiMode>]]
 * document line 520: Report (notify) data to OneNET; max response time 300 ms */
typedef struct atc_onenet_at_miplnotify_set {
    bool has_ack_id;
    bool has_rai_mode;
    int32_t ref;
    uint32_t msg_id;
    int32_t obj_id;
    int32_t ins_id;
    int32_t res_id;
    int32_t value_type; /* atc_onenet_value_type */
    int32_t len;
    atc_str value;
    int32_t index;
    int32_t flag; /* atc_onenet_flag */
    int32_t ack_id;
    int32_t rai_mode; /* atc_onenet_rai_mode */
} atc_onenet_at_miplnotify_set;
/* ev->msg as this message, or NULL when ev is another message or an error (C and C++, no cast) */
static inline const atc_onenet_at_miplnotify_set *atc_onenet_at_miplnotify_set_of(const atc_event *ev)
{
    return ev->profile == &atc_onenet_profile && ev->id == ATC_ONENET_AT_MIPLNOTIFY_SET && ev->kind != ATC_KIND_ERROR
               ? (const atc_onenet_at_miplnotify_set *)ev->msg : NULL;
}
#define ATC_ONENET_AT_MIPLNOTIFY_SET_INIT_ZERO {false, false, 0, 0, 0, 0, 0, 0, 0, {NULL, 0}, 0, 0, 0, 0}
#define ATC_ONENET_AT_MIPLNOTIFY_SET_MAX_LEN (116u + 1u * ATC_MAX_LINE)
ATC_API atc_err atc_onenet_encode_at_miplnotify_set(const atc_onenet_at_miplnotify_set *msg, char *buf, size_t cap, size_t *len);

/* command AT+MIPLUPDATE=?
 * document line 556: Send an update request (lifetime and object list); max response time 300 ms */
typedef struct atc_onenet_at_miplupdate_test {
    char dummy_field; /* no fields */
} atc_onenet_at_miplupdate_test;
/* ev->msg as this message, or NULL when ev is another message or an error (C and C++, no cast) */
static inline const atc_onenet_at_miplupdate_test *atc_onenet_at_miplupdate_test_of(const atc_event *ev)
{
    return ev->profile == &atc_onenet_profile && ev->id == ATC_ONENET_AT_MIPLUPDATE_TEST && ev->kind != ATC_KIND_ERROR
               ? (const atc_onenet_at_miplupdate_test *)ev->msg : NULL;
}
#define ATC_ONENET_AT_MIPLUPDATE_TEST_INIT_ZERO {0}
#define ATC_ONENET_AT_MIPLUPDATE_TEST_MAX_LEN 16u
ATC_API atc_err atc_onenet_encode_at_miplupdate_test(const atc_onenet_at_miplupdate_test *msg, char *buf, size_t cap, size_t *len);

/* command AT+MIPLUPDATE=<ref>,<lifetime>,<withObjectFlag>[,<raiMode>]
 * document line 558: Send an update request (lifetime and object list); max response time 300 ms */
typedef struct atc_onenet_at_miplupdate_set {
    bool has_rai_mode;
    int32_t ref;
    int32_t lifetime;
    int32_t with_object_flag; /* atc_onenet_with_object_flag */
    int32_t rai_mode; /* atc_onenet_miplupdate_rai_mode */
} atc_onenet_at_miplupdate_set;
/* ev->msg as this message, or NULL when ev is another message or an error (C and C++, no cast) */
static inline const atc_onenet_at_miplupdate_set *atc_onenet_at_miplupdate_set_of(const atc_event *ev)
{
    return ev->profile == &atc_onenet_profile && ev->id == ATC_ONENET_AT_MIPLUPDATE_SET && ev->kind != ATC_KIND_ERROR
               ? (const atc_onenet_at_miplupdate_set *)ev->msg : NULL;
}
#define ATC_ONENET_AT_MIPLUPDATE_SET_INIT_ZERO {false, 0, 0, 0, 0}
#define ATC_ONENET_AT_MIPLUPDATE_SET_MAX_LEN 46u
ATC_API atc_err atc_onenet_encode_at_miplupdate_set(const atc_onenet_at_miplupdate_set *msg, char *buf, size_t cap, size_t *len);

/* command AT+QSOTAINFO?
 * document line 575: Configure the software (SOTA) upgrade information of the terminal; max response time 300 ms */
typedef struct atc_onenet_at_qsotainfo_read {
    char dummy_field; /* no fields */
} atc_onenet_at_qsotainfo_read;
/* ev->msg as this message, or NULL when ev is another message or an error (C and C++, no cast) */
static inline const atc_onenet_at_qsotainfo_read *atc_onenet_at_qsotainfo_read_of(const atc_event *ev)
{
    return ev->profile == &atc_onenet_profile && ev->id == ATC_ONENET_AT_QSOTAINFO_READ && ev->kind != ATC_KIND_ERROR
               ? (const atc_onenet_at_qsotainfo_read *)ev->msg : NULL;
}
#define ATC_ONENET_AT_QSOTAINFO_READ_INIT_ZERO {0}
#define ATC_ONENET_AT_QSOTAINFO_READ_MAX_LEN 14u
ATC_API atc_err atc_onenet_encode_at_qsotainfo_read(const atc_onenet_at_qsotainfo_read *msg, char *buf, size_t cap, size_t *len);

/* command AT+QSOTAINFO=<sw_version>,<mem_size>
 * document line 574: Configure the software (SOTA) upgrade information of the terminal; max response time 300 ms */
typedef struct atc_onenet_at_qsotainfo_set {
    atc_str sw_version;
    uint32_t mem_size;
} atc_onenet_at_qsotainfo_set;
/* ev->msg as this message, or NULL when ev is another message or an error (C and C++, no cast) */
static inline const atc_onenet_at_qsotainfo_set *atc_onenet_at_qsotainfo_set_of(const atc_event *ev)
{
    return ev->profile == &atc_onenet_profile && ev->id == ATC_ONENET_AT_QSOTAINFO_SET && ev->kind != ATC_KIND_ERROR
               ? (const atc_onenet_at_qsotainfo_set *)ev->msg : NULL;
}
#define ATC_ONENET_AT_QSOTAINFO_SET_INIT_ZERO {{NULL, 0}, 0}
#define ATC_ONENET_AT_QSOTAINFO_SET_MAX_LEN 124u
ATC_API atc_err atc_onenet_encode_at_qsotainfo_set(const atc_onenet_at_qsotainfo_set *msg, char *buf, size_t cap, size_t *len);

/* command AT+QSOTARESULT=<result>
 * document line 589: Report the result of a software (SOTA) upgrade step; max response time 300 ms */
typedef struct atc_onenet_at_qsotaresult_set {
    int32_t result; /* atc_onenet_qsotaresult_result */
} atc_onenet_at_qsotaresult_set;
/* ev->msg as this message, or NULL when ev is another message or an error (C and C++, no cast) */
static inline const atc_onenet_at_qsotaresult_set *atc_onenet_at_qsotaresult_set_of(const atc_event *ev)
{
    return ev->profile == &atc_onenet_profile && ev->id == ATC_ONENET_AT_QSOTARESULT_SET && ev->kind != ATC_KIND_ERROR
               ? (const atc_onenet_at_qsotaresult_set *)ev->msg : NULL;
}
#define ATC_ONENET_AT_QSOTARESULT_SET_INIT_ZERO {0}
#define ATC_ONENET_AT_QSOTARESULT_SET_MAX_LEN 18u
ATC_API atc_err atc_onenet_encode_at_qsotaresult_set(const atc_onenet_at_qsotaresult_set *msg, char *buf, size_t cap, size_t *len);

/* response +MIPLCONFIG: <mode>,<parameter1>[,<parameter2>]
 * document line 174 */
typedef struct atc_onenet_miplconfig_test {
    bool has_parameter2;
    atc_str mode;
    atc_str parameter1;
    atc_str parameter2;
} atc_onenet_miplconfig_test;
/* ev->msg as this message, or NULL when ev is another message or an error (C and C++, no cast) */
static inline const atc_onenet_miplconfig_test *atc_onenet_miplconfig_test_of(const atc_event *ev)
{
    return ev->profile == &atc_onenet_profile && ev->id == ATC_ONENET_MIPLCONFIG_TEST && ev->kind != ATC_KIND_ERROR
               ? (const atc_onenet_miplconfig_test *)ev->msg : NULL;
}
#define ATC_ONENET_MIPLCONFIG_TEST_INIT_ZERO {false, {NULL, 0}, {NULL, 0}, {NULL, 0}}
#define ATC_ONENET_MIPLCONFIG_TEST_MAX_LEN (20u + 3u * ATC_MAX_LINE)
ATC_API atc_err atc_onenet_encode_miplconfig_test(const atc_onenet_miplconfig_test *msg, char *buf, size_t cap, size_t *len);

/* response +MIPLCONFIG: <mode=0>,<IP>,<port>
 * document line 177: One line per setting; the first is the access server (bootstrap disabled) or the bootstrap server line */
typedef struct atc_onenet_miplconfig_read_access_server {
    int32_t mode; /* atc_onenet_mode */
    atc_str ip;
    int32_t port;
} atc_onenet_miplconfig_read_access_server;
/* ev->msg as this message, or NULL when ev is another message or an error (C and C++, no cast) */
static inline const atc_onenet_miplconfig_read_access_server *atc_onenet_miplconfig_read_access_server_of(const atc_event *ev)
{
    return ev->profile == &atc_onenet_profile && ev->id == ATC_ONENET_MIPLCONFIG_READ_ACCESS_SERVER && ev->kind != ATC_KIND_ERROR
               ? (const atc_onenet_miplconfig_read_access_server *)ev->msg : NULL;
}
#define ATC_ONENET_MIPLCONFIG_READ_ACCESS_SERVER_INIT_ZERO {0, {NULL, 0}, 0}
#define ATC_ONENET_MIPLCONFIG_READ_ACCESS_SERVER_MAX_LEN (32u + 1u * ATC_MAX_LINE)
ATC_API atc_err atc_onenet_encode_miplconfig_read_access_server(const atc_onenet_miplconfig_read_access_server *msg, char *buf, size_t cap, size_t *len);

/* response +MIPLCONFIG: <mode=1>,<IP>,<port>
 * document line 177 */
typedef struct atc_onenet_miplconfig_read_bootstrap {
    int32_t mode; /* atc_onenet_mode */
    atc_str ip;
    int32_t port;
} atc_onenet_miplconfig_read_bootstrap;
/* ev->msg as this message, or NULL when ev is another message or an error (C and C++, no cast) */
static inline const atc_onenet_miplconfig_read_bootstrap *atc_onenet_miplconfig_read_bootstrap_of(const atc_event *ev)
{
    return ev->profile == &atc_onenet_profile && ev->id == ATC_ONENET_MIPLCONFIG_READ_BOOTSTRAP && ev->kind != ATC_KIND_ERROR
               ? (const atc_onenet_miplconfig_read_bootstrap *)ev->msg : NULL;
}
#define ATC_ONENET_MIPLCONFIG_READ_BOOTSTRAP_INIT_ZERO {0, {NULL, 0}, 0}
#define ATC_ONENET_MIPLCONFIG_READ_BOOTSTRAP_MAX_LEN (32u + 1u * ATC_MAX_LINE)
ATC_API atc_err atc_onenet_encode_miplconfig_read_bootstrap(const atc_onenet_miplconfig_read_bootstrap *msg, char *buf, size_t cap, size_t *len);

/* response +MIPLCONFIG: <mode=2>,<rsp_timeout>
 * document line 177 */
typedef struct atc_onenet_miplconfig_read_ack_timeout {
    int32_t mode; /* atc_onenet_mode */
    int32_t rsp_timeout;
} atc_onenet_miplconfig_read_ack_timeout;
/* ev->msg as this message, or NULL when ev is another message or an error (C and C++, no cast) */
static inline const atc_onenet_miplconfig_read_ack_timeout *atc_onenet_miplconfig_read_ack_timeout_of(const atc_event *ev)
{
    return ev->profile == &atc_onenet_profile && ev->id == ATC_ONENET_MIPLCONFIG_READ_ACK_TIMEOUT && ev->kind != ATC_KIND_ERROR
               ? (const atc_onenet_miplconfig_read_ack_timeout *)ev->msg : NULL;
}
#define ATC_ONENET_MIPLCONFIG_READ_ACK_TIMEOUT_INIT_ZERO {0, 0}
#define ATC_ONENET_MIPLCONFIG_READ_ACK_TIMEOUT_MAX_LEN 22u
ATC_API atc_err atc_onenet_encode_miplconfig_read_ack_timeout(const atc_onenet_miplconfig_read_ack_timeout *msg, char *buf, size_t cap, size_t *len);

/* response +MIPLCONFIG: <mode=3>,<obs_autoack>
 * document line 177 */
typedef struct atc_onenet_miplconfig_read_obs_autoack {
    int32_t mode; /* atc_onenet_mode */
    int32_t obs_auto_ack; /* atc_onenet_obs_auto_ack */
} atc_onenet_miplconfig_read_obs_autoack;
/* ev->msg as this message, or NULL when ev is another message or an error (C and C++, no cast) */
static inline const atc_onenet_miplconfig_read_obs_autoack *atc_onenet_miplconfig_read_obs_autoack_of(const atc_event *ev)
{
    return ev->profile == &atc_onenet_profile && ev->id == ATC_ONENET_MIPLCONFIG_READ_OBS_AUTOACK && ev->kind != ATC_KIND_ERROR
               ? (const atc_onenet_miplconfig_read_obs_autoack *)ev->msg : NULL;
}
#define ATC_ONENET_MIPLCONFIG_READ_OBS_AUTOACK_INIT_ZERO {0, 0}
#define ATC_ONENET_MIPLCONFIG_READ_OBS_AUTOACK_MAX_LEN 21u
ATC_API atc_err atc_onenet_encode_miplconfig_read_obs_autoack(const atc_onenet_miplconfig_read_obs_autoack *msg, char *buf, size_t cap, size_t *len);

/* response +MIPLCONFIG: <mode=4>,<auth_enable>[,<auth_code>]
 * document line 177 */
typedef struct atc_onenet_miplconfig_read_auth {
    bool has_auth_code;
    int32_t mode; /* atc_onenet_mode */
    int32_t auth_enable; /* atc_onenet_auth_enable */
    atc_str auth_code;
} atc_onenet_miplconfig_read_auth;
/* ev->msg as this message, or NULL when ev is another message or an error (C and C++, no cast) */
static inline const atc_onenet_miplconfig_read_auth *atc_onenet_miplconfig_read_auth_of(const atc_event *ev)
{
    return ev->profile == &atc_onenet_profile && ev->id == ATC_ONENET_MIPLCONFIG_READ_AUTH && ev->kind != ATC_KIND_ERROR
               ? (const atc_onenet_miplconfig_read_auth *)ev->msg : NULL;
}
#define ATC_ONENET_MIPLCONFIG_READ_AUTH_INIT_ZERO {false, 0, 0, {NULL, 0}}
#define ATC_ONENET_MIPLCONFIG_READ_AUTH_MAX_LEN 38u
ATC_API atc_err atc_onenet_encode_miplconfig_read_auth(const atc_onenet_miplconfig_read_auth *msg, char *buf, size_t cap, size_t *len);

/* response +MIPLCONFIG: <mode=5>,<DTLS_enable>[,<PSK>]
 * document line 177 */
typedef struct atc_onenet_miplconfig_read_dtls {
    bool has_psk;
    int32_t mode; /* atc_onenet_mode */
    int32_t dtls_enable; /* atc_onenet_dtls_enable */
    atc_str psk;
} atc_onenet_miplconfig_read_dtls;
/* ev->msg as this message, or NULL when ev is another message or an error (C and C++, no cast) */
static inline const atc_onenet_miplconfig_read_dtls *atc_onenet_miplconfig_read_dtls_of(const atc_event *ev)
{
    return ev->profile == &atc_onenet_profile && ev->id == ATC_ONENET_MIPLCONFIG_READ_DTLS && ev->kind != ATC_KIND_ERROR
               ? (const atc_onenet_miplconfig_read_dtls *)ev->msg : NULL;
}
#define ATC_ONENET_MIPLCONFIG_READ_DTLS_INIT_ZERO {false, 0, 0, {NULL, 0}}
#define ATC_ONENET_MIPLCONFIG_READ_DTLS_MAX_LEN 38u
ATC_API atc_err atc_onenet_encode_miplconfig_read_dtls(const atc_onenet_miplconfig_read_dtls *msg, char *buf, size_t cap, size_t *len);

/* response +MIPLCONFIG: <mode=6>,<write_format>
 * document line 177 */
typedef struct atc_onenet_miplconfig_read_write_format {
    int32_t mode; /* atc_onenet_mode */
    int32_t write_format; /* atc_onenet_write_format */
} atc_onenet_miplconfig_read_write_format;
/* ev->msg as this message, or NULL when ev is another message or an error (C and C++, no cast) */
static inline const atc_onenet_miplconfig_read_write_format *atc_onenet_miplconfig_read_write_format_of(const atc_event *ev)
{
    return ev->profile == &atc_onenet_profile && ev->id == ATC_ONENET_MIPLCONFIG_READ_WRITE_FORMAT && ev->kind != ATC_KIND_ERROR
               ? (const atc_onenet_miplconfig_read_write_format *)ev->msg : NULL;
}
#define ATC_ONENET_MIPLCONFIG_READ_WRITE_FORMAT_INIT_ZERO {0, 0}
#define ATC_ONENET_MIPLCONFIG_READ_WRITE_FORMAT_MAX_LEN 21u
ATC_API atc_err atc_onenet_encode_miplconfig_read_write_format(const atc_onenet_miplconfig_read_write_format *msg, char *buf, size_t cap, size_t *len);

/* response +MIPLCREATE: <ref>
 * document line 214 */
typedef struct atc_onenet_miplcreate {
    int32_t ref;
} atc_onenet_miplcreate;
/* ev->msg as this message, or NULL when ev is another message or an error (C and C++, no cast) */
static inline const atc_onenet_miplcreate *atc_onenet_miplcreate_of(const atc_event *ev)
{
    return ev->profile == &atc_onenet_profile && ev->id == ATC_ONENET_MIPLCREATE && ev->kind != ATC_KIND_ERROR
               ? (const atc_onenet_miplcreate *)ev->msg : NULL;
}
#define ATC_ONENET_MIPLCREATE_INIT_ZERO {0}
#define ATC_ONENET_MIPLCREATE_MAX_LEN 29u
ATC_API atc_err atc_onenet_encode_miplcreate(const atc_onenet_miplcreate *msg, char *buf, size_t cap, size_t *len);

/* response +MIPLDELETE: <ref>
 * document line 230 */
typedef struct atc_onenet_mipldelete_test {
    atc_str ref;
} atc_onenet_mipldelete_test;
/* ev->msg as this message, or NULL when ev is another message or an error (C and C++, no cast) */
static inline const atc_onenet_mipldelete_test *atc_onenet_mipldelete_test_of(const atc_event *ev)
{
    return ev->profile == &atc_onenet_profile && ev->id == ATC_ONENET_MIPLDELETE_TEST && ev->kind != ATC_KIND_ERROR
               ? (const atc_onenet_mipldelete_test *)ev->msg : NULL;
}
#define ATC_ONENET_MIPLDELETE_TEST_INIT_ZERO {{NULL, 0}}
#define ATC_ONENET_MIPLDELETE_TEST_MAX_LEN (18u + 1u * ATC_MAX_LINE)
ATC_API atc_err atc_onenet_encode_mipldelete_test(const atc_onenet_mipldelete_test *msg, char *buf, size_t cap, size_t *len);

/* response +MIPLVER: <version>
 * document line 245 */
typedef struct atc_onenet_miplver {
    atc_str version;
} atc_onenet_miplver;
/* ev->msg as this message, or NULL when ev is another message or an error (C and C++, no cast) */
static inline const atc_onenet_miplver *atc_onenet_miplver_of(const atc_event *ev)
{
    return ev->profile == &atc_onenet_profile && ev->id == ATC_ONENET_MIPLVER && ev->kind != ATC_KIND_ERROR
               ? (const atc_onenet_miplver *)ev->msg : NULL;
}
#define ATC_ONENET_MIPLVER_INIT_ZERO {{NULL, 0}}
#define ATC_ONENET_MIPLVER_MAX_LEN (15u + 1u * ATC_MAX_LINE)
ATC_API atc_err atc_onenet_encode_miplver(const atc_onenet_miplver *msg, char *buf, size_t cap, size_t *len);

/* response +MIPLADDOBJ: <ref>,<objId>,<insCount>,<insBitmap>,<attrCount>,<actCount>
 * document line 260 */
typedef struct atc_onenet_mipladdobj_test {
    atc_str ref;
    atc_str obj_id;
    atc_str ins_count;
    atc_str ins_bitmap;
    atc_str attr_count;
    atc_str act_count;
} atc_onenet_mipladdobj_test;
/* ev->msg as this message, or NULL when ev is another message or an error (C and C++, no cast) */
static inline const atc_onenet_mipladdobj_test *atc_onenet_mipladdobj_test_of(const atc_event *ev)
{
    return ev->profile == &atc_onenet_profile && ev->id == ATC_ONENET_MIPLADDOBJ_TEST && ev->kind != ATC_KIND_ERROR
               ? (const atc_onenet_mipladdobj_test *)ev->msg : NULL;
}
#define ATC_ONENET_MIPLADDOBJ_TEST_INIT_ZERO {{NULL, 0}, {NULL, 0}, {NULL, 0}, {NULL, 0}, {NULL, 0}, {NULL, 0}}
#define ATC_ONENET_MIPLADDOBJ_TEST_MAX_LEN (23u + 6u * ATC_MAX_LINE)
ATC_API atc_err atc_onenet_encode_mipladdobj_test(const atc_onenet_mipladdobj_test *msg, char *buf, size_t cap, size_t *len);

/* response +MIPLDELOBJ: <ref>,<objId>
 * document line 279 */
typedef struct atc_onenet_mipldelobj_test {
    atc_str ref;
    atc_str obj_id;
} atc_onenet_mipldelobj_test;
/* ev->msg as this message, or NULL when ev is another message or an error (C and C++, no cast) */
static inline const atc_onenet_mipldelobj_test *atc_onenet_mipldelobj_test_of(const atc_event *ev)
{
    return ev->profile == &atc_onenet_profile && ev->id == ATC_ONENET_MIPLDELOBJ_TEST && ev->kind != ATC_KIND_ERROR
               ? (const atc_onenet_mipldelobj_test *)ev->msg : NULL;
}
#define ATC_ONENET_MIPLDELOBJ_TEST_INIT_ZERO {{NULL, 0}, {NULL, 0}}
#define ATC_ONENET_MIPLDELOBJ_TEST_MAX_LEN (19u + 2u * ATC_MAX_LINE)
ATC_API atc_err atc_onenet_encode_mipldelobj_test(const atc_onenet_mipldelobj_test *msg, char *buf, size_t cap, size_t *len);

/* response +MIPLOPEN: <ref>,<lifetime>[,<timeout>]
 * document line 294 */
typedef struct atc_onenet_miplopen_test {
    bool has_timeout;
    atc_str ref;
    atc_str lifetime;
    atc_str timeout;
} atc_onenet_miplopen_test;
/* ev->msg as this message, or NULL when ev is another message or an error (C and C++, no cast) */
static inline const atc_onenet_miplopen_test *atc_onenet_miplopen_test_of(const atc_event *ev)
{
    return ev->profile == &atc_onenet_profile && ev->id == ATC_ONENET_MIPLOPEN_TEST && ev->kind != ATC_KIND_ERROR
               ? (const atc_onenet_miplopen_test *)ev->msg : NULL;
}
#define ATC_ONENET_MIPLOPEN_TEST_INIT_ZERO {false, {NULL, 0}, {NULL, 0}, {NULL, 0}}
#define ATC_ONENET_MIPLOPEN_TEST_MAX_LEN (18u + 3u * ATC_MAX_LINE)
ATC_API atc_err atc_onenet_encode_miplopen_test(const atc_onenet_miplopen_test *msg, char *buf, size_t cap, size_t *len);

/* response +MIPLCLOSE: <ref>
 * document line 312 */
typedef struct atc_onenet_miplclose_test {
    atc_str ref;
} atc_onenet_miplclose_test;
/* ev->msg as this message, or NULL when ev is another message or an error (C and C++, no cast) */
static inline const atc_onenet_miplclose_test *atc_onenet_miplclose_test_of(const atc_event *ev)
{
    return ev->profile == &atc_onenet_profile && ev->id == ATC_ONENET_MIPLCLOSE_TEST && ev->kind != ATC_KIND_ERROR
               ? (const atc_onenet_miplclose_test *)ev->msg : NULL;
}
#define ATC_ONENET_MIPLCLOSE_TEST_INIT_ZERO {{NULL, 0}}
#define ATC_ONENET_MIPLCLOSE_TEST_MAX_LEN (17u + 1u * ATC_MAX_LINE)
ATC_API atc_err atc_onenet_encode_miplclose_test(const atc_onenet_miplclose_test *msg, char *buf, size_t cap, size_t *len);

/* response +MIPLDISCOVERRSP: <ref>,<msgId>,<result>[,<length>,<valuestring>[,<raiMode>]]
 * document line 326 */
typedef struct atc_onenet_mipldiscoverrsp_test {
    bool has_length;
    bool has_value_string;
    bool has_rai_mode;
    atc_str ref;
    atc_str msg_id;
    atc_str result;
    atc_str length;
    atc_str value_string;
    atc_str rai_mode;
} atc_onenet_mipldiscoverrsp_test;
/* ev->msg as this message, or NULL when ev is another message or an error (C and C++, no cast) */
static inline const atc_onenet_mipldiscoverrsp_test *atc_onenet_mipldiscoverrsp_test_of(const atc_event *ev)
{
    return ev->profile == &atc_onenet_profile && ev->id == ATC_ONENET_MIPLDISCOVERRSP_TEST && ev->kind != ATC_KIND_ERROR
               ? (const atc_onenet_mipldiscoverrsp_test *)ev->msg : NULL;
}
#define ATC_ONENET_MIPLDISCOVERRSP_TEST_INIT_ZERO {false, false, false, {NULL, 0}, {NULL, 0}, {NULL, 0}, {NULL, 0}, {NULL, 0}, {NULL, 0}}
#define ATC_ONENET_MIPLDISCOVERRSP_TEST_MAX_LEN (28u + 6u * ATC_MAX_LINE)
ATC_API atc_err atc_onenet_encode_mipldiscoverrsp_test(const atc_onenet_mipldiscoverrsp_test *msg, char *buf, size_t cap, size_t *len);

/* response +MIPLOBSERVERSP: <ref>,<msgId>,<result>[,<raiMode>]
 * document line 356 */
typedef struct atc_onenet_miplobserversp_test {
    bool has_rai_mode;
    atc_str ref;
    atc_str msg_id;
    atc_str result;
    atc_str rai_mode;
} atc_onenet_miplobserversp_test;
/* ev->msg as this message, or NULL when ev is another message or an error (C and C++, no cast) */
static inline const atc_onenet_miplobserversp_test *atc_onenet_miplobserversp_test_of(const atc_event *ev)
{
    return ev->profile == &atc_onenet_profile && ev->id == ATC_ONENET_MIPLOBSERVERSP_TEST && ev->kind != ATC_KIND_ERROR
               ? (const atc_onenet_miplobserversp_test *)ev->msg : NULL;
}
#define ATC_ONENET_MIPLOBSERVERSP_TEST_INIT_ZERO {false, {NULL, 0}, {NULL, 0}, {NULL, 0}, {NULL, 0}}
#define ATC_ONENET_MIPLOBSERVERSP_TEST_MAX_LEN (25u + 4u * ATC_MAX_LINE)
ATC_API atc_err atc_onenet_encode_miplobserversp_test(const atc_onenet_miplobserversp_test *msg, char *buf, size_t cap, size_t *len);

/* response +MIPLREADRSP: <ref>,<msgId>,<result>[,<objId>,<insId>,<resId>,<valueType>,<len>,<value>,<index>,<flag>[,<raiMode>]]
 * document line 384 */
typedef struct atc_onenet_miplreadrsp_test {
    bool has_obj_id;
    bool has_ins_id;
    bool has_res_id;
    bool has_value_type;
    bool has_len;
    bool has_value;
    bool has_index;
    bool has_flag;
    bool has_rai_mode;
    atc_str ref;
    atc_str msg_id;
    atc_str result;
    atc_str obj_id;
    atc_str ins_id;
    atc_str res_id;
    atc_str value_type;
    atc_str len;
    atc_str value;
    atc_str index;
    atc_str flag;
    atc_str rai_mode;
} atc_onenet_miplreadrsp_test;
/* ev->msg as this message, or NULL when ev is another message or an error (C and C++, no cast) */
static inline const atc_onenet_miplreadrsp_test *atc_onenet_miplreadrsp_test_of(const atc_event *ev)
{
    return ev->profile == &atc_onenet_profile && ev->id == ATC_ONENET_MIPLREADRSP_TEST && ev->kind != ATC_KIND_ERROR
               ? (const atc_onenet_miplreadrsp_test *)ev->msg : NULL;
}
#define ATC_ONENET_MIPLREADRSP_TEST_INIT_ZERO {false, false, false, false, false, false, false, false, false, {NULL, 0}, {NULL, 0}, {NULL, 0}, {NULL, 0}, {NULL, 0}, {NULL, 0}, {NULL, 0}, {NULL, 0}, {NULL, 0}, {NULL, 0}, {NULL, 0}, {NULL, 0}}
#define ATC_ONENET_MIPLREADRSP_TEST_MAX_LEN (30u + 12u * ATC_MAX_LINE)
ATC_API atc_err atc_onenet_encode_miplreadrsp_test(const atc_onenet_miplreadrsp_test *msg, char *buf, size_t cap, size_t *len);

/* response +MIPLWRITERSP: <ref>,<msgId>,<result>[,<raiMode>]
 * document line 439 */
typedef struct atc_onenet_miplwritersp_test {
    bool has_rai_mode;
    atc_str ref;
    atc_str msg_id;
    atc_str result;
    atc_str rai_mode;
} atc_onenet_miplwritersp_test;
/* ev->msg as this message, or NULL when ev is another message or an error (C and C++, no cast) */
static inline const atc_onenet_miplwritersp_test *atc_onenet_miplwritersp_test_of(const atc_event *ev)
{
    return ev->profile == &atc_onenet_profile && ev->id == ATC_ONENET_MIPLWRITERSP_TEST && ev->kind != ATC_KIND_ERROR
               ? (const atc_onenet_miplwritersp_test *)ev->msg : NULL;
}
#define ATC_ONENET_MIPLWRITERSP_TEST_INIT_ZERO {false, {NULL, 0}, {NULL, 0}, {NULL, 0}, {NULL, 0}}
#define ATC_ONENET_MIPLWRITERSP_TEST_MAX_LEN (23u + 4u * ATC_MAX_LINE)
ATC_API atc_err atc_onenet_encode_miplwritersp_test(const atc_onenet_miplwritersp_test *msg, char *buf, size_t cap, size_t *len);

/* response +MIPLEXECUTERSP: <ref>,<msgId>,<result>[,<raiMode>]
 * document line 466 */
typedef struct atc_onenet_miplexecutersp_test {
    bool has_rai_mode;
    atc_str ref;
    atc_str msg_id;
    atc_str result;
    atc_str rai_mode;
} atc_onenet_miplexecutersp_test;
/* ev->msg as this message, or NULL when ev is another message or an error (C and C++, no cast) */
static inline const atc_onenet_miplexecutersp_test *atc_onenet_miplexecutersp_test_of(const atc_event *ev)
{
    return ev->profile == &atc_onenet_profile && ev->id == ATC_ONENET_MIPLEXECUTERSP_TEST && ev->kind != ATC_KIND_ERROR
               ? (const atc_onenet_miplexecutersp_test *)ev->msg : NULL;
}
#define ATC_ONENET_MIPLEXECUTERSP_TEST_INIT_ZERO {false, {NULL, 0}, {NULL, 0}, {NULL, 0}, {NULL, 0}}
#define ATC_ONENET_MIPLEXECUTERSP_TEST_MAX_LEN (25u + 4u * ATC_MAX_LINE)
ATC_API atc_err atc_onenet_encode_miplexecutersp_test(const atc_onenet_miplexecutersp_test *msg, char *buf, size_t cap, size_t *len);

/* response +MIPLPARAMETERRSP: <ref>,<msgId>,<result>[,<raiMode>]
 * document line 493 */
typedef struct atc_onenet_miplparameterrsp_test {
    bool has_rai_mode;
    atc_str ref;
    atc_str msg_id;
    atc_str result;
    atc_str rai_mode;
} atc_onenet_miplparameterrsp_test;
/* ev->msg as this message, or NULL when ev is another message or an error (C and C++, no cast) */
static inline const atc_onenet_miplparameterrsp_test *atc_onenet_miplparameterrsp_test_of(const atc_event *ev)
{
    return ev->profile == &atc_onenet_profile && ev->id == ATC_ONENET_MIPLPARAMETERRSP_TEST && ev->kind != ATC_KIND_ERROR
               ? (const atc_onenet_miplparameterrsp_test *)ev->msg : NULL;
}
#define ATC_ONENET_MIPLPARAMETERRSP_TEST_INIT_ZERO {false, {NULL, 0}, {NULL, 0}, {NULL, 0}, {NULL, 0}}
#define ATC_ONENET_MIPLPARAMETERRSP_TEST_MAX_LEN (27u + 4u * ATC_MAX_LINE)
ATC_API atc_err atc_onenet_encode_miplparameterrsp_test(const atc_onenet_miplparameterrsp_test *msg, char *buf, size_t cap, size_t *len);

/* response +MIPLNOTIFY: <ref>,<msgId>,<objId>,<insId>,<resId>,<valueType>,<len>,<value>,<index>,<flag>[,<ackId>[,<raiMode>]]
 * document line 519 */
typedef struct atc_onenet_miplnotify_test {
    bool has_ack_id;
    bool has_rai_mode;
    atc_str ref;
    atc_str msg_id;
    atc_str obj_id;
    atc_str ins_id;
    atc_str res_id;
    atc_str value_type;
    atc_str len;
    atc_str value;
    atc_str index;
    atc_str flag;
    atc_str ack_id;
    atc_str rai_mode;
} atc_onenet_miplnotify_test;
/* ev->msg as this message, or NULL when ev is another message or an error (C and C++, no cast) */
static inline const atc_onenet_miplnotify_test *atc_onenet_miplnotify_test_of(const atc_event *ev)
{
    return ev->profile == &atc_onenet_profile && ev->id == ATC_ONENET_MIPLNOTIFY_TEST && ev->kind != ATC_KIND_ERROR
               ? (const atc_onenet_miplnotify_test *)ev->msg : NULL;
}
#define ATC_ONENET_MIPLNOTIFY_TEST_INIT_ZERO {false, false, {NULL, 0}, {NULL, 0}, {NULL, 0}, {NULL, 0}, {NULL, 0}, {NULL, 0}, {NULL, 0}, {NULL, 0}, {NULL, 0}, {NULL, 0}, {NULL, 0}, {NULL, 0}}
#define ATC_ONENET_MIPLNOTIFY_TEST_MAX_LEN (29u + 12u * ATC_MAX_LINE)
ATC_API atc_err atc_onenet_encode_miplnotify_test(const atc_onenet_miplnotify_test *msg, char *buf, size_t cap, size_t *len);

/* response +MIPLUPDATE: <ref>,<lifetime>,<withObjectFlag>[,<raiMode>]
 * document line 556 */
typedef struct atc_onenet_miplupdate_test {
    bool has_rai_mode;
    atc_str ref;
    atc_str lifetime;
    atc_str with_object_flag;
    atc_str rai_mode;
} atc_onenet_miplupdate_test;
/* ev->msg as this message, or NULL when ev is another message or an error (C and C++, no cast) */
static inline const atc_onenet_miplupdate_test *atc_onenet_miplupdate_test_of(const atc_event *ev)
{
    return ev->profile == &atc_onenet_profile && ev->id == ATC_ONENET_MIPLUPDATE_TEST && ev->kind != ATC_KIND_ERROR
               ? (const atc_onenet_miplupdate_test *)ev->msg : NULL;
}
#define ATC_ONENET_MIPLUPDATE_TEST_INIT_ZERO {false, {NULL, 0}, {NULL, 0}, {NULL, 0}, {NULL, 0}}
#define ATC_ONENET_MIPLUPDATE_TEST_MAX_LEN (21u + 4u * ATC_MAX_LINE)
ATC_API atc_err atc_onenet_encode_miplupdate_test(const atc_onenet_miplupdate_test *msg, char *buf, size_t cap, size_t *len);

/* response +QSOTAINFO: <sw_version>,<mem_size>
 * document line 575 */
typedef struct atc_onenet_qsotainfo {
    atc_str sw_version;
    uint32_t mem_size;
} atc_onenet_qsotainfo;
/* ev->msg as this message, or NULL when ev is another message or an error (C and C++, no cast) */
static inline const atc_onenet_qsotainfo *atc_onenet_qsotainfo_of(const atc_event *ev)
{
    return ev->profile == &atc_onenet_profile && ev->id == ATC_ONENET_QSOTAINFO && ev->kind != ATC_KIND_ERROR
               ? (const atc_onenet_qsotainfo *)ev->msg : NULL;
}
#define ATC_ONENET_QSOTAINFO_INIT_ZERO {{NULL, 0}, 0}
#define ATC_ONENET_QSOTAINFO_MAX_LEN 126u
ATC_API atc_err atc_onenet_encode_qsotainfo(const atc_onenet_qsotainfo *msg, char *buf, size_t cap, size_t *len);

/* urc +MIPLDISCOVER: <ref>,<msgId>,<objId>
 * document line 626: Discover request for an object; answer with AT+MIPLDISCOVERRSP within 10 s */
typedef struct atc_onenet_mipldiscover {
    int32_t ref;
    uint32_t msg_id;
    int32_t obj_id;
} atc_onenet_mipldiscover;
/* ev->msg as this message, or NULL when ev is another message or an error (C and C++, no cast) */
static inline const atc_onenet_mipldiscover *atc_onenet_mipldiscover_of(const atc_event *ev)
{
    return ev->profile == &atc_onenet_profile && ev->id == ATC_ONENET_MIPLDISCOVER && ev->kind != ATC_KIND_ERROR
               ? (const atc_onenet_mipldiscover *)ev->msg : NULL;
}
#define ATC_ONENET_MIPLDISCOVER_INIT_ZERO {0, 0, 0}
#define ATC_ONENET_MIPLDISCOVER_MAX_LEN 54u
ATC_API atc_err atc_onenet_encode_mipldiscover(const atc_onenet_mipldiscover *msg, char *buf, size_t cap, size_t *len);

/* urc +MIPLOBSERVE: <ref>,<msgId>,<flag>,<objId>,<insId>,<resId>
 * document line 640: Observe request; with automatic answers disabled, answer with AT+MIPLOBSERVERSP within 10 s */
typedef struct atc_onenet_miplobserve {
    int32_t ref;
    uint32_t msg_id;
    int32_t flag; /* atc_onenet_miplobserve_flag */
    int32_t obj_id;
    int32_t ins_id;
    int32_t res_id;
} atc_onenet_miplobserve;
/* ev->msg as this message, or NULL when ev is another message or an error (C and C++, no cast) */
static inline const atc_onenet_miplobserve *atc_onenet_miplobserve_of(const atc_event *ev)
{
    return ev->profile == &atc_onenet_profile && ev->id == ATC_ONENET_MIPLOBSERVE && ev->kind != ATC_KIND_ERROR
               ? (const atc_onenet_miplobserve *)ev->msg : NULL;
}
#define ATC_ONENET_MIPLOBSERVE_INIT_ZERO {0, 0, 0, 0, 0, 0}
#define ATC_ONENET_MIPLOBSERVE_MAX_LEN 79u
ATC_API atc_err atc_onenet_encode_miplobserve(const atc_onenet_miplobserve *msg, char *buf, size_t cap, size_t *len);

/* urc +MIPLREAD: <ref>,<msgId>,<objId>,<insId>,<resId>
 * document line 657: Read request; answer with AT+MIPLREADRSP within 10 s */
typedef struct atc_onenet_miplread {
    int32_t ref;
    uint32_t msg_id;
    int32_t obj_id;
    int32_t ins_id;
    int32_t res_id;
} atc_onenet_miplread;
/* ev->msg as this message, or NULL when ev is another message or an error (C and C++, no cast) */
static inline const atc_onenet_miplread *atc_onenet_miplread_of(const atc_event *ev)
{
    return ev->profile == &atc_onenet_profile && ev->id == ATC_ONENET_MIPLREAD && ev->kind != ATC_KIND_ERROR
               ? (const atc_onenet_miplread *)ev->msg : NULL;
}
#define ATC_ONENET_MIPLREAD_INIT_ZERO {0, 0, 0, 0, 0}
#define ATC_ONENET_MIPLREAD_MAX_LEN 74u
ATC_API atc_err atc_onenet_encode_miplread(const atc_onenet_miplread *msg, char *buf, size_t cap, size_t *len);

/* urc +MIPLWRITE: <ref>,<msgId>,<objId>,<insId>,<resId>,<valueType>,<len>,<value>,<flag>[,<index>]
 * document line 674: Write request; answer with AT+MIPLWRITERSP within 10 s. Less than 1000 bytes of data recommended (line 693) */
typedef struct atc_onenet_miplwrite {
    bool has_index;
    int32_t ref;
    uint32_t msg_id;
    int32_t obj_id;
    int32_t ins_id;
    int32_t res_id;
    int32_t value_type; /* atc_onenet_value_type */
    int32_t len;
    atc_str value;
    int32_t flag; /* atc_onenet_flag */
    int32_t index;
} atc_onenet_miplwrite;
/* ev->msg as this message, or NULL when ev is another message or an error (C and C++, no cast) */
static inline const atc_onenet_miplwrite *atc_onenet_miplwrite_of(const atc_event *ev)
{
    return ev->profile == &atc_onenet_profile && ev->id == ATC_ONENET_MIPLWRITE && ev->kind != ATC_KIND_ERROR
               ? (const atc_onenet_miplwrite *)ev->msg : NULL;
}
#define ATC_ONENET_MIPLWRITE_INIT_ZERO {false, 0, 0, 0, 0, 0, 0, 0, {NULL, 0}, 0, 0}
#define ATC_ONENET_MIPLWRITE_MAX_LEN (104u + 1u * ATC_MAX_LINE)
ATC_API atc_err atc_onenet_encode_miplwrite(const atc_onenet_miplwrite *msg, char *buf, size_t cap, size_t *len);

/* urc +MIPLEXECUTE: <ref>,<msgId>,<objId>,<insId>,<resId>[,<len>,<arguments>]
 * document line 702: Execute request; answer with AT+MIPLEXECUTERSP within 10 s */
typedef struct atc_onenet_miplexecute {
    bool has_len;
    bool has_arguments;
    int32_t ref;
    uint32_t msg_id;
    int32_t obj_id;
    int32_t ins_id;
    int32_t res_id;
    int32_t len;
    atc_str arguments;
} atc_onenet_miplexecute;
/* ev->msg as this message, or NULL when ev is another message or an error (C and C++, no cast) */
static inline const atc_onenet_miplexecute *atc_onenet_miplexecute_of(const atc_event *ev)
{
    return ev->profile == &atc_onenet_profile && ev->id == ATC_ONENET_MIPLEXECUTE && ev->kind != ATC_KIND_ERROR
               ? (const atc_onenet_miplexecute *)ev->msg : NULL;
}
#define ATC_ONENET_MIPLEXECUTE_INIT_ZERO {false, false, 0, 0, 0, 0, 0, 0, {NULL, 0}}
#define ATC_ONENET_MIPLEXECUTE_MAX_LEN (90u + 1u * ATC_MAX_LINE)
ATC_API atc_err atc_onenet_encode_miplexecute(const atc_onenet_miplexecute *msg, char *buf, size_t cap, size_t *len);

/* urc +MIPLPARAMETER: <ref>,<msgId>,<objId>,<insId>,<resId>,<len>,<parameter>
 * document line 725: Write-attributes request; answer with AT+MIPLPARAMETERRSP within 10 s */
typedef struct atc_onenet_miplparameter {
    int32_t ref;
    uint32_t msg_id;
    int32_t obj_id;
    int32_t ins_id;
    int32_t res_id;
    int32_t len;
    atc_str parameter;
} atc_onenet_miplparameter;
/* ev->msg as this message, or NULL when ev is another message or an error (C and C++, no cast) */
static inline const atc_onenet_miplparameter *atc_onenet_miplparameter_of(const atc_event *ev)
{
    return ev->profile == &atc_onenet_profile && ev->id == ATC_ONENET_MIPLPARAMETER && ev->kind != ATC_KIND_ERROR
               ? (const atc_onenet_miplparameter *)ev->msg : NULL;
}
#define ATC_ONENET_MIPLPARAMETER_INIT_ZERO {0, 0, 0, 0, 0, 0, {NULL, 0}}
#define ATC_ONENET_MIPLPARAMETER_MAX_LEN (92u + 1u * ATC_MAX_LINE)
ATC_API atc_err atc_onenet_encode_miplparameter(const atc_onenet_miplparameter *msg, char *buf, size_t cap, size_t *len);

/* urc +MIPLEVENT: <ref>,<evtid=25>,<ackId>
 * document line 542: Result of a CON notify (AT+MIPLNOTIFY with <ackId> not 0) that failed */
typedef struct atc_onenet_miplevent_notify_failed {
    int32_t ref;
    int32_t evt_id; /* atc_onenet_evt_id */
    int32_t ack_id;
} atc_onenet_miplevent_notify_failed;
/* ev->msg as this message, or NULL when ev is another message or an error (C and C++, no cast) */
static inline const atc_onenet_miplevent_notify_failed *atc_onenet_miplevent_notify_failed_of(const atc_event *ev)
{
    return ev->profile == &atc_onenet_profile && ev->id == ATC_ONENET_MIPLEVENT_NOTIFY_FAILED && ev->kind != ATC_KIND_ERROR
               ? (const atc_onenet_miplevent_notify_failed *)ev->msg : NULL;
}
#define ATC_ONENET_MIPLEVENT_NOTIFY_FAILED_INIT_ZERO {0, 0, 0}
#define ATC_ONENET_MIPLEVENT_NOTIFY_FAILED_MAX_LEN 37u
ATC_API atc_err atc_onenet_encode_miplevent_notify_failed(const atc_onenet_miplevent_notify_failed *msg, char *buf, size_t cap, size_t *len);

/* urc +MIPLEVENT: <ref>,<evtid=26>,<ackId>
 * document line 542: Result of a CON notify (AT+MIPLNOTIFY with <ackId> not 0) that succeeded */
typedef struct atc_onenet_miplevent_notify_success {
    int32_t ref;
    int32_t evt_id; /* atc_onenet_evt_id */
    int32_t ack_id;
} atc_onenet_miplevent_notify_success;
/* ev->msg as this message, or NULL when ev is another message or an error (C and C++, no cast) */
static inline const atc_onenet_miplevent_notify_success *atc_onenet_miplevent_notify_success_of(const atc_event *ev)
{
    return ev->profile == &atc_onenet_profile && ev->id == ATC_ONENET_MIPLEVENT_NOTIFY_SUCCESS && ev->kind != ATC_KIND_ERROR
               ? (const atc_onenet_miplevent_notify_success *)ev->msg : NULL;
}
#define ATC_ONENET_MIPLEVENT_NOTIFY_SUCCESS_INIT_ZERO {0, 0, 0}
#define ATC_ONENET_MIPLEVENT_NOTIFY_SUCCESS_MAX_LEN 37u
ATC_API atc_err atc_onenet_encode_miplevent_notify_success(const atc_onenet_miplevent_notify_success *msg, char *buf, size_t cap, size_t *len);

/* urc +MIPLEVENT: <ref>,<evtid>[,<extend>[,<ackId>[,<time_stamp>,<cache_command_flag>]]]
 * document line 744: An event (see <evtid>) */
typedef struct atc_onenet_miplevent {
    bool has_extend;
    bool has_ack_id;
    bool has_time_stamp;
    bool has_cache_command_flag;
    int32_t ref;
    int32_t evt_id; /* atc_onenet_evt_id */
    int32_t extend;
    int32_t ack_id;
    atc_str time_stamp;
    int32_t cache_command_flag; /* atc_onenet_cache_command_flag */
} atc_onenet_miplevent;
/* ev->msg as this message, or NULL when ev is another message or an error (C and C++, no cast) */
static inline const atc_onenet_miplevent *atc_onenet_miplevent_of(const atc_event *ev)
{
    return ev->profile == &atc_onenet_profile && ev->id == ATC_ONENET_MIPLEVENT && ev->kind != ATC_KIND_ERROR
               ? (const atc_onenet_miplevent *)ev->msg : NULL;
}
#define ATC_ONENET_MIPLEVENT_INIT_ZERO {false, false, false, false, 0, 0, 0, 0, {NULL, 0}, 0}
#define ATC_ONENET_MIPLEVENT_MAX_LEN 82u
ATC_API atc_err atc_onenet_encode_miplevent(const atc_onenet_miplevent *msg, char *buf, size_t cap, size_t *len);

#ifdef __cplusplus
}
#endif

#endif /* ATC_ONENET_PROFILE_H */

#if defined(__GNUC__)
#pragma GCC diagnostic pop
#endif

#endif /* ATC_ONENET_SINGLE_H */

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

#ifndef ATC_ONENET_IMPLEMENTED
#define ATC_ONENET_IMPLEMENTED

/* SPDX-License-Identifier: MIT */
/* Generated by atc from spec/onenet.yaml: the profile's tables and encoders.
 * Do not edit: change the spec and run `make generate`. The runtime reads these tables; the
 * macros that write them are at the end of runtime/atc.h. */
/* (amalgamated: onenet.h) */
#include <stddef.h>

#if defined(__cplusplus)
#define ATC__ONENET_CHECK(name, cond) static_assert(cond, #name)
#else
#define ATC__ONENET_CHECK(name, cond) typedef char atc__onenet_check_##name[(cond) ? 1 : -1]
#endif

ATC_API const char *atc_onenet_cme_27007_text(int32_t code)
{
    switch (code) {
    case 3: return "Operation not allowed";
    case 4: return "Operation not supported";
    case 23: return "Memory failure";
    case 30: return "No network service";
    case 50: return "Incorrect parameters";
    case 51: return "Command implemented but currently disabled";
    case 52: return "Command aborted by user";
    case 159: return "Uplink busy/flow control";
    default: return NULL;
    }
}

ATC_API const char *atc_onenet_cms_27005_text(int32_t code)
{
    switch (code) {
    case 300: return "ME failure";
    case 301: return "SMS service of ME reserved";
    case 302: return "Operation not allowed";
    case 303: return "Operation not supported";
    case 304: return "Invalid PDU mode parameter";
    case 305: return "Invalid text mode parameter";
    case 310: return "USIM not inserted";
    case 311: return "USIM PIN required";
    case 312: return "PH-USIM PIN required";
    case 313: return "USIM failure";
    case 314: return "USIM busy";
    case 315: return "USIM wrong";
    case 316: return "USIM PUK required";
    case 317: return "USIM PIN2 required";
    case 318: return "USIM PUK2 required";
    case 320: return "Memory failure";
    case 321: return "Invalid memory index";
    case 322: return "Memory full";
    case 330: return "SMSC address unknown";
    case 331: return "No network service";
    case 332: return "Network timeout";
    case 340: return "No +CNMA acknowledgement expected";
    case 500: return "Unknown error";
    default: return NULL;
    }
}

/* ---- Strings: allowed values, keywords, labels, terminators and wire prefixes ---- */
static const struct {
    char s0[1];
    char s1[22];
    char s2[24];
    char s3[15];
    char s4[19];
    char s5[21];
    char s6[43];
    char s7[24];
    char s8[25];
    char s9[11];
    char s10[27];
    char s11[27];
    char s12[28];
    char s13[18];
    char s14[18];
    char s15[21];
    char s16[13];
    char s17[10];
    char s18[11];
    char s19[18];
    char s20[19];
    char s21[19];
    char s22[21];
    char s23[12];
    char s24[21];
    char s25[16];
    char s26[34];
    char s27[14];
    char s28[3];
    char s29[6];
    char s30[13];
    char s31[13];
    char s32[16];
    char s33[15];
    char s34[15];
    char s35[14];
    char s36[16];
    char s37[15];
    char s38[12];
    char s39[16];
    char s40[15];
    char s41[16];
    char s42[15];
    char s43[14];
    char s44[13];
    char s45[15];
    char s46[14];
    char s47[21];
    char s48[20];
    char s49[20];
    char s50[19];
    char s51[17];
    char s52[16];
    char s53[18];
    char s54[17];
    char s55[20];
    char s56[19];
    char s57[22];
    char s58[21];
    char s59[16];
    char s60[15];
    char s61[16];
    char s62[15];
    char s63[14];
    char s64[14];
    char s65[16];
    char s66[14];
    char s67[14];
    char s68[14];
    char s69[11];
    char s70[14];
    char s71[14];
    char s72[12];
    char s73[13];
    char s74[19];
    char s75[18];
    char s76[15];
    char s77[16];
    char s78[18];
    char s79[20];
    char s80[14];
    char s81[14];
    char s82[13];
    char s83[16];
    char s84[15];
    char s85[12];
    char s86[13];
    char s87[15];
    char s88[17];
    char s89[13];
} atc__onenet_text_pool = {
    "",
    "Operation not allowed",
    "Operation not supported",
    "Memory failure",
    "No network service",
    "Incorrect parameters",
    "Command implemented but currently disabled",
    "Command aborted by user",
    "Uplink busy/flow control",
    "ME failure",
    "SMS service of ME reserved",
    "Invalid PDU mode parameter",
    "Invalid text mode parameter",
    "USIM not inserted",
    "USIM PIN required",
    "PH-USIM PIN required",
    "USIM failure",
    "USIM busy",
    "USIM wrong",
    "USIM PUK required",
    "USIM PIN2 required",
    "USIM PUK2 required",
    "Invalid memory index",
    "Memory full",
    "SMSC address unknown",
    "Network timeout",
    "No +CNMA acknowledgement expected",
    "Unknown error",
    "OK",
    "ERROR",
    "+CME ERROR: ",
    "+CMS ERROR: ",
    "AT+MIPLCONFIG=?",
    "AT+MIPLCONFIG?",
    "AT+MIPLCONFIG=",
    "AT+MIPLCREATE",
    "AT+MIPLDELETE=?",
    "AT+MIPLDELETE=",
    "AT+MIPLVER?",
    "AT+MIPLADDOBJ=?",
    "AT+MIPLADDOBJ=",
    "AT+MIPLDELOBJ=?",
    "AT+MIPLDELOBJ=",
    "AT+MIPLOPEN=?",
    "AT+MIPLOPEN=",
    "AT+MIPLCLOSE=?",
    "AT+MIPLCLOSE=",
    "AT+MIPLDISCOVERRSP=?",
    "AT+MIPLDISCOVERRSP=",
    "AT+MIPLOBSERVERSP=?",
    "AT+MIPLOBSERVERSP=",
    "AT+MIPLREADRSP=?",
    "AT+MIPLREADRSP=",
    "AT+MIPLWRITERSP=?",
    "AT+MIPLWRITERSP=",
    "AT+MIPLEXECUTERSP=?",
    "AT+MIPLEXECUTERSP=",
    "AT+MIPLPARAMETERRSP=?",
    "AT+MIPLPARAMETERRSP=",
    "AT+MIPLNOTIFY=?",
    "AT+MIPLNOTIFY=",
    "AT+MIPLUPDATE=?",
    "AT+MIPLUPDATE=",
    "AT+QSOTAINFO?",
    "AT+QSOTAINFO=",
    "AT+QSOTARESULT=",
    "+MIPLCONFIG: ",
    "+MIPLCREATE: ",
    "+MIPLDELETE: ",
    "+MIPLVER: ",
    "+MIPLADDOBJ: ",
    "+MIPLDELOBJ: ",
    "+MIPLOPEN: ",
    "+MIPLCLOSE: ",
    "+MIPLDISCOVERRSP: ",
    "+MIPLOBSERVERSP: ",
    "+MIPLREADRSP: ",
    "+MIPLWRITERSP: ",
    "+MIPLEXECUTERSP: ",
    "+MIPLPARAMETERRSP: ",
    "+MIPLNOTIFY: ",
    "+MIPLUPDATE: ",
    "+QSOTAINFO: ",
    "+MIPLDISCOVER: ",
    "+MIPLOBSERVE: ",
    "+MIPLREAD: ",
    "+MIPLWRITE: ",
    "+MIPLEXECUTE: ",
    "+MIPLPARAMETER: ",
    "+MIPLEVENT: "
};
ATC__ONENET_CHECK(text_pool_unpadded, sizeof atc__onenet_text_pool == 1498);
#define atc__onenet_text ((const char *)&atc__onenet_text_pool)


/* Integers: [lo, hi] ranges, and (value, type) pairs of dynamic fields. */
static const int32_t atc__onenet_ints[] = {
3, 3, 4, 4, 23, 23, 30, 30, 50, 50, 51, 51,
52, 52, 159, 159, 300, 300, 301, 301, 302, 302, 303, 303,
304, 304, 305, 305, 310, 310, 311, 311, 312, 312, 313, 313,
314, 314, 315, 315, 316, 316, 317, 317, 318, 318, 320, 320,
321, 321, 322, 322, 330, 330, 331, 331, 332, 332, 340, 340,
500, 500, 0, 0, 1, 1, 2, 2, 2, 20, 5, 5,
6, 6, 16, 268435454, 30, 65535, 0, -1, 1, 1, 11, 11,
12, 12, 13, 13, 14, 14, 15, 15, 0, 0, 512, 512,
1024, 1024, 1, 1, 2, 2, 3, 3, 4, 4, 5, 5,
1, 3, 2, 4, 3, 1, 4, 7, 5, 1, 2, 2,
11, 11, 12, 12, 13, 13, 14, 14, 0, 65535, 0, 0,
16, 268435454, 0, 0, 1024, 1024, 1, 1, 2, 2, 3, 3,
4, 4, 5, 5, 6, 6, 7, 7, 8, 8, 25, 25,
1, 65535, 26, 26, 1, 1, 2, 2, 3, 3, 4, 4,
5, 5, 6, 6, 7, 7, 8, 8, 9, 9, 10, 10,
11, 11, 12, 12, 13, 13, 14, 14, 15, 15, 20, 20,
21, 21, 25, 25, 26, 26, 40, 40, 41, 41, 42, 42,
43, 43, 44, 44, 45, 45, 46, 46, 47, 47, 48, 48,
49, 49, 50, 50, 51, 51, 52, 52, 53, 53, 54, 54,
3, 3, 5, 5, 6, 6, 7, 7, 8, 8, 1, 1,
2, 2, 4, 4, 10, 1, 65535, 0, 8, 0, 0, 0,
    0
};

/* Lists of strings (allowed values, keyword texts, texts of error codes): offsets in text. */
static const uint16_t atc__onenet_strs[] = {
1, 23, 47, 62, 81, 102, 145, 169, 194, 205, 1, 23, 232, 259, 287, 305,
323, 344, 357, 367, 378, 396, 415, 47, 434, 455, 467, 62, 488, 504, 538,
    0
};

/* ---- What fields accept, shared by every field that accepts the same ---- */
enum {
    ATC__ONENET_I_ERR = 0,
    ATC__ONENET_I_ERR_2 = 1,
    ATC__ONENET_I_MODE = 2,
    ATC__ONENET_I_IP = 3,
    ATC__ONENET_I_PORT = 4,
    ATC__ONENET_I_MODE_2 = 5,
    ATC__ONENET_I_MODE_3 = 6,
    ATC__ONENET_I_RSP_TIMEOUT = 7,
    ATC__ONENET_I_MODE_4 = 8,
    ATC__ONENET_I_OBS_AUTOACK = 9,
    ATC__ONENET_I_MODE_5 = 10,
    ATC__ONENET_I_AUTH_CODE = 11,
    ATC__ONENET_I_MODE_6 = 12,
    ATC__ONENET_I_MODE_7 = 13,
    ATC__ONENET_I_LIFETIME = 14,
    ATC__ONENET_I_TIMEOUT = 15,
    ATC__ONENET_I_MSGID = 16,
    ATC__ONENET_I_RESULT = 17,
    ATC__ONENET_I_RAIMODE = 18,
    ATC__ONENET_I_VALUETYPE = 19,
    ATC__ONENET_I_VALUE = 20,
    ATC__ONENET_I_FLAG = 21,
    ATC__ONENET_I_RESULT_2 = 22,
    ATC__ONENET_I_VALUE_2 = 23,
    ATC__ONENET_I_ACKID = 24,
    ATC__ONENET_I_LIFETIME_2 = 25,
    ATC__ONENET_I_RAIMODE_2 = 26,
    ATC__ONENET_I_SW_VERSION = 27,
    ATC__ONENET_I_RESULT_3 = 28,
    ATC__ONENET_I_MODE_8 = 29,
    ATC__ONENET_I_EVTID = 30,
    ATC__ONENET_I_ACKID_2 = 31,
    ATC__ONENET_I_EVTID_2 = 32,
    ATC__ONENET_I_EVTID_3 = 33,
    ATC__ONENET_I_TIME_STAMP = 34
};
static const atc_field_info atc__onenet_infos[] = {
    /*  max_len, ranges, values, label, nranges, nvalues, fmt, flags, type_from, max_count */
    {0, 0, 0, 0, 31, 31, 0x00, ATC_I_VERBOSE, -1, 0}, /* ATC__ONENET_I_ERR */
    {0, 16, 8, 0, 23, 23, 0x00, ATC_I_VERBOSE, -1, 0}, /* ATC__ONENET_I_ERR_2 */
    {0, 62, 0, 0, 1, 0, 0x00, ATC_I_FIXED, -1, 0}, /* ATC__ONENET_I_MODE */
    {0, 0, 0, 0, 0, 0, 0x40, 0, -1, 0}, /* ATC__ONENET_I_IP */
    {0, 0, 0, 0, 0, 0, 0x00, ATC_I_PLAIN, -1, 0}, /* ATC__ONENET_I_PORT */
    {0, 64, 0, 0, 1, 0, 0x00, ATC_I_FIXED, -1, 0}, /* ATC__ONENET_I_MODE_2 */
    {0, 66, 0, 0, 1, 0, 0x00, ATC_I_FIXED, -1, 0}, /* ATC__ONENET_I_MODE_3 */
    {0, 68, 0, 0, 1, 0, 0x00, ATC_I_PLAIN, -1, 0}, /* ATC__ONENET_I_RSP_TIMEOUT */
    {0, 0, 0, 0, 1, 0, 0x00, ATC_I_FIXED, -1, 0}, /* ATC__ONENET_I_MODE_4 */
    {0, 62, 0, 0, 2, 0, 0x00, ATC_I_PLAIN, -1, 0}, /* ATC__ONENET_I_OBS_AUTOACK */
    {0, 2, 0, 0, 1, 0, 0x00, ATC_I_FIXED, -1, 0}, /* ATC__ONENET_I_MODE_5 */
    {16, 0, 0, 0, 0, 0, 0x00, ATC_I_PLAIN, -1, 0}, /* ATC__ONENET_I_AUTH_CODE */
    {0, 70, 0, 0, 1, 0, 0x00, ATC_I_FIXED, -1, 0}, /* ATC__ONENET_I_MODE_6 */
    {0, 72, 0, 0, 1, 0, 0x00, ATC_I_FIXED, -1, 0}, /* ATC__ONENET_I_MODE_7 */
    {0, 74, 0, 0, 1, 0, 0x00, ATC_I_PLAIN, -1, 0}, /* ATC__ONENET_I_LIFETIME */
    {0, 76, 0, 0, 1, 0, 0x00, ATC_I_PLAIN, -1, 0}, /* ATC__ONENET_I_TIMEOUT */
    {0, 78, 0, 0, 1, 0, 0x00, ATC_I_UNSIGNED, -1, 0}, /* ATC__ONENET_I_MSGID */
    {0, 80, 0, 0, 6, 0, 0x00, ATC_I_PLAIN, -1, 0}, /* ATC__ONENET_I_RESULT */
    {0, 92, 0, 0, 3, 0, 0x00, 0, -1, 0}, /* ATC__ONENET_I_RAIMODE */
    {0, 98, 0, 0, 5, 0, 0x00, ATC_I_PLAIN, -1, 0}, /* ATC__ONENET_I_VALUETYPE */
    {0, 0, 108, 0, 0, 5, 0x00, 0, 6, 0}, /* ATC__ONENET_I_VALUE */
    {0, 62, 0, 0, 3, 0, 0x00, ATC_I_PLAIN, -1, 0}, /* ATC__ONENET_I_FLAG */
    {0, 118, 0, 0, 5, 0, 0x00, ATC_I_PLAIN, -1, 0}, /* ATC__ONENET_I_RESULT_2 */
    {0, 0, 108, 0, 0, 5, 0x00, 0, 5, 0}, /* ATC__ONENET_I_VALUE_2 */
    {0, 128, 0, 0, 1, 0, 0x00, ATC_I_PLAIN, -1, 0}, /* ATC__ONENET_I_ACKID */
    {0, 130, 0, 0, 2, 0, 0x00, ATC_I_PLAIN, -1, 0}, /* ATC__ONENET_I_LIFETIME_2 */
    {0, 134, 0, 0, 2, 0, 0x00, 0, -1, 0}, /* ATC__ONENET_I_RAIMODE_2 */
    {48, 0, 0, 0, 0, 0, 0x00, ATC_I_PLAIN, -1, 0}, /* ATC__ONENET_I_SW_VERSION */
    {0, 138, 0, 0, 8, 0, 0x00, ATC_I_PLAIN, -1, 0}, /* ATC__ONENET_I_RESULT_3 */
    {0, 0, 0, 0, 0, 0, 0x00, 0, -1, 0}, /* ATC__ONENET_I_MODE_8 */
    {0, 154, 0, 0, 1, 0, 0x00, ATC_I_FIXED, -1, 0}, /* ATC__ONENET_I_EVTID */
    {0, 156, 0, 0, 1, 0, 0x00, ATC_I_PLAIN, -1, 0}, /* ATC__ONENET_I_ACKID_2 */
    {0, 158, 0, 0, 1, 0, 0x00, ATC_I_FIXED, -1, 0}, /* ATC__ONENET_I_EVTID_2 */
    {0, 160, 0, 0, 34, 0, 0x00, ATC_I_PLAIN, -1, 0}, /* ATC__ONENET_I_EVTID_3 */
    {14, 0, 0, 0, 0, 0, 0x00, ATC_I_PLAIN, -1, 0}, /* ATC__ONENET_I_TIME_STAMP */
};

/* ---- Fields: one row a field; messages whose fields are written alike share their rows ---- */
enum {
    ATC__ONENET_F_NONE = 0, /* messages without fields */
    ATC__ONENET_F_CME_ERROR = 0,
    ATC__ONENET_F_CMS_ERROR = 1,
    ATC__ONENET_F_AT_MIPLCONFIG_SET_ACCESS_SERVER = 2,
    ATC__ONENET_F_AT_MIPLCONFIG_SET_BOOTSTRAP = 5,
    ATC__ONENET_F_AT_MIPLCONFIG_SET_ACK_TIMEOUT = 8,
    ATC__ONENET_F_AT_MIPLCONFIG_SET_OBS_AUTO_ACK = 11,
    ATC__ONENET_F_AT_MIPLCONFIG_SET_AUTH = 13,
    ATC__ONENET_F_AT_MIPLCONFIG_SET_DTLS = 16,
    ATC__ONENET_F_AT_MIPLCONFIG_SET_WRITE_FORMAT = 19,
    ATC__ONENET_F_AT_MIPLDELETE_SET = 21,
    ATC__ONENET_F_AT_MIPLADDOBJ_SET = 22,
    ATC__ONENET_F_AT_MIPLDELOBJ_SET = 28,
    ATC__ONENET_F_AT_MIPLOPEN_SET = 30,
    ATC__ONENET_F_AT_MIPLDISCOVERRSP_SET = 33,
    ATC__ONENET_F_AT_MIPLOBSERVERSP_SET = 39,
    ATC__ONENET_F_AT_MIPLREADRSP_SET = 43,
    ATC__ONENET_F_AT_MIPLWRITERSP_SET = 55,
    ATC__ONENET_F_AT_MIPLEXECUTERSP_SET = 59,
    ATC__ONENET_F_AT_MIPLPARAMETERRSP_SET = 63,
    ATC__ONENET_F_AT_MIPLNOTIFY_SET = 67,
    ATC__ONENET_F_AT_MIPLUPDATE_SET = 79,
    ATC__ONENET_F_AT_QSOTAINFO_SET = 83,
    ATC__ONENET_F_AT_QSOTARESULT_SET = 85,
    ATC__ONENET_F_MIPLCONFIG_TEST = 86,
    ATC__ONENET_F_MIPLCONFIG_READ_ACK_TIMEOUT = 89,
    ATC__ONENET_F_MIPLCONFIG_READ_AUTH = 91,
    ATC__ONENET_F_MIPLCONFIG_READ_DTLS = 94,
    ATC__ONENET_F_MIPLDELETE_TEST = 97,
    ATC__ONENET_F_MIPLVER = 98,
    ATC__ONENET_F_MIPLADDOBJ_TEST = 99,
    ATC__ONENET_F_MIPLDELOBJ_TEST = 105,
    ATC__ONENET_F_MIPLOPEN_TEST = 107,
    ATC__ONENET_F_MIPLDISCOVERRSP_TEST = 110,
    ATC__ONENET_F_MIPLOBSERVERSP_TEST = 116,
    ATC__ONENET_F_MIPLREADRSP_TEST = 120,
    ATC__ONENET_F_MIPLNOTIFY_TEST = 132,
    ATC__ONENET_F_MIPLUPDATE_TEST = 144,
    ATC__ONENET_F_MIPLDISCOVER = 148,
    ATC__ONENET_F_MIPLOBSERVE = 151,
    ATC__ONENET_F_MIPLREAD = 157,
    ATC__ONENET_F_MIPLWRITE = 162,
    ATC__ONENET_F_MIPLEXECUTE = 172,
    ATC__ONENET_F_MIPLPARAMETER = 179,
    ATC__ONENET_F_MIPLEVENT_NOTIFY_FAILED = 186,
    ATC__ONENET_F_MIPLEVENT_NOTIFY_SUCCESS = 189,
    ATC__ONENET_F_MIPLEVENT = 192
};
static const atc_field_desc atc__onenet_fields[] = {
    /* CME_ERROR: +CME ERROR: <err> */
    ATC_FIELD_VERBOSE(atc_onenet_cme_error, err, ATC_T_INT, 0, ATC__ONENET_I_ERR),
    /* CMS_ERROR: +CMS ERROR: <err> */
    ATC_FIELD_VERBOSE(atc_onenet_cms_error, err, ATC_T_INT, 0, ATC__ONENET_I_ERR_2),
    /* AT_MIPLCONFIG_SET_ACCESS_SERVER: AT+MIPLCONFIG=<mode=0>,<IP>,<port> */
    ATC_FIELD(atc_onenet_at_miplconfig_set_access_server, mode, ATC_T_INT, 0, ATC__ONENET_I_MODE),
    ATC_FIELD(atc_onenet_at_miplconfig_set_access_server, ip, ATC_T_TOKEN, 0, ATC__ONENET_I_IP),
    ATC_FIELD(atc_onenet_at_miplconfig_set_access_server, port, ATC_T_INT, 0, ATC__ONENET_I_PORT),
    /* AT_MIPLCONFIG_SET_BOOTSTRAP: AT+MIPLCONFIG=<mode=1>,<IP>,<port> */
    ATC_FIELD(atc_onenet_at_miplconfig_set_bootstrap, mode, ATC_T_INT, 0, ATC__ONENET_I_MODE_2),
    ATC_FIELD(atc_onenet_at_miplconfig_set_bootstrap, ip, ATC_T_TOKEN, 0, ATC__ONENET_I_IP),
    ATC_FIELD(atc_onenet_at_miplconfig_set_bootstrap, port, ATC_T_INT, 0, ATC__ONENET_I_PORT),
    /* AT_MIPLCONFIG_SET_ACK_TIMEOUT: AT+MIPLCONFIG=<mode=2>[,<parameter1>],<rsp_timeout> */
    ATC_FIELD(atc_onenet_at_miplconfig_set_ack_timeout, mode, ATC_T_INT, 0, ATC__ONENET_I_MODE_3),
    ATC_FIELD_OPT(atc_onenet_at_miplconfig_set_ack_timeout, parameter1, ATC_T_INT, ATC_F_OPTIONAL, ATC__ONENET_I_PORT),
    ATC_FIELD(atc_onenet_at_miplconfig_set_ack_timeout, rsp_timeout, ATC_T_INT, 0, ATC__ONENET_I_RSP_TIMEOUT),
    /* AT_MIPLCONFIG_SET_OBS_AUTO_ACK: AT+MIPLCONFIG=<mode=3>,<obs_autoack> */
    ATC_FIELD(atc_onenet_at_miplconfig_set_obs_auto_ack, mode, ATC_T_INT, 0, ATC__ONENET_I_MODE_4),
    ATC_FIELD(atc_onenet_at_miplconfig_set_obs_auto_ack, obs_auto_ack, ATC_T_INT, 0, ATC__ONENET_I_OBS_AUTOACK),
    /* AT_MIPLCONFIG_SET_AUTH: AT+MIPLCONFIG=<mode=4>,<auth_enable>[,<auth_code>] */
    ATC_FIELD(atc_onenet_at_miplconfig_set_auth, mode, ATC_T_INT, 0, ATC__ONENET_I_MODE_5),
    ATC_FIELD(atc_onenet_at_miplconfig_set_auth, auth_enable, ATC_T_INT, 0, ATC__ONENET_I_OBS_AUTOACK),
    ATC_FIELD_OPT(atc_onenet_at_miplconfig_set_auth, auth_code, ATC_T_STRING, ATC_F_OPTIONAL, ATC__ONENET_I_AUTH_CODE),
    /* AT_MIPLCONFIG_SET_DTLS: AT+MIPLCONFIG=<mode=5>,<DTLS_enable>[,<PSK>] */
    ATC_FIELD(atc_onenet_at_miplconfig_set_dtls, mode, ATC_T_INT, 0, ATC__ONENET_I_MODE_6),
    ATC_FIELD(atc_onenet_at_miplconfig_set_dtls, dtls_enable, ATC_T_INT, 0, ATC__ONENET_I_OBS_AUTOACK),
    ATC_FIELD_OPT(atc_onenet_at_miplconfig_set_dtls, psk, ATC_T_STRING, ATC_F_OPTIONAL, ATC__ONENET_I_AUTH_CODE),
    /* AT_MIPLCONFIG_SET_WRITE_FORMAT: AT+MIPLCONFIG=<mode=6>,<write_format> */
    ATC_FIELD(atc_onenet_at_miplconfig_set_write_format, mode, ATC_T_INT, 0, ATC__ONENET_I_MODE_7),
    ATC_FIELD(atc_onenet_at_miplconfig_set_write_format, write_format, ATC_T_INT, 0, ATC__ONENET_I_OBS_AUTOACK),
    /* AT_MIPLDELETE_SET: AT+MIPLDELETE=<ref> */
    ATC_FIELD(atc_onenet_at_mipldelete_set, ref, ATC_T_INT, 0, ATC__ONENET_I_PORT),
    /* AT_MIPLADDOBJ_SET: AT+MIPLADDOBJ=<ref>,<objId>,<insCount>,<insBitmap>,<attrCount>,<actCount> */
    ATC_FIELD(atc_onenet_at_mipladdobj_set, ref, ATC_T_INT, 0, ATC__ONENET_I_PORT),
    ATC_FIELD(atc_onenet_at_mipladdobj_set, obj_id, ATC_T_INT, 0, ATC__ONENET_I_PORT),
    ATC_FIELD(atc_onenet_at_mipladdobj_set, ins_count, ATC_T_INT, 0, ATC__ONENET_I_PORT),
    ATC_FIELD(atc_onenet_at_mipladdobj_set, ins_bitmap, ATC_T_STRING, 0, ATC__ONENET_I_PORT),
    ATC_FIELD(atc_onenet_at_mipladdobj_set, attr_count, ATC_T_INT, 0, ATC__ONENET_I_PORT),
    ATC_FIELD(atc_onenet_at_mipladdobj_set, act_count, ATC_T_INT, 0, ATC__ONENET_I_PORT),
    /* AT_MIPLDELOBJ_SET: AT+MIPLDELOBJ=<ref>,<objId> */
    ATC_FIELD(atc_onenet_at_mipldelobj_set, ref, ATC_T_INT, 0, ATC__ONENET_I_PORT),
    ATC_FIELD(atc_onenet_at_mipldelobj_set, obj_id, ATC_T_INT, 0, ATC__ONENET_I_PORT),
    /* AT_MIPLOPEN_SET: AT+MIPLOPEN=<ref>,<lifetime>[,<timeout>] */
    ATC_FIELD(atc_onenet_at_miplopen_set, ref, ATC_T_INT, 0, ATC__ONENET_I_PORT),
    ATC_FIELD(atc_onenet_at_miplopen_set, lifetime, ATC_T_INT, 0, ATC__ONENET_I_LIFETIME),
    ATC_FIELD_OPT(atc_onenet_at_miplopen_set, timeout, ATC_T_INT, ATC_F_OPTIONAL, ATC__ONENET_I_TIMEOUT),
    /* AT_MIPLDISCOVERRSP_SET: AT+MIPLDISCOVERRSP=<ref>,<msgId>,<result>[,<length>,<valuestring>[,<raiMode>]] */
    ATC_FIELD(atc_onenet_at_mipldiscoverrsp_set, ref, ATC_T_INT, 0, ATC__ONENET_I_PORT),
    ATC_FIELD(atc_onenet_at_mipldiscoverrsp_set, msg_id, ATC_T_INT, 0, ATC__ONENET_I_MSGID),
    ATC_FIELD(atc_onenet_at_mipldiscoverrsp_set, result, ATC_T_INT, 0, ATC__ONENET_I_RESULT),
    ATC_FIELD_OPT(atc_onenet_at_mipldiscoverrsp_set, length, ATC_T_INT, ATC_F_OPTIONAL, ATC__ONENET_I_PORT),
    ATC_FIELD_OPT(atc_onenet_at_mipldiscoverrsp_set, value_string, ATC_T_STRING, ATC_F_OPTIONAL, ATC__ONENET_I_PORT),
    ATC_FIELD_OPT(atc_onenet_at_mipldiscoverrsp_set, rai_mode, ATC_T_HEX, ATC_F_OPTIONAL, ATC__ONENET_I_RAIMODE),
    /* AT_MIPLOBSERVERSP_SET: AT+MIPLOBSERVERSP=<ref>,<msgId>,<result>[,<raiMode>] */
    ATC_FIELD(atc_onenet_at_miplobserversp_set, ref, ATC_T_INT, 0, ATC__ONENET_I_PORT),
    ATC_FIELD(atc_onenet_at_miplobserversp_set, msg_id, ATC_T_INT, 0, ATC__ONENET_I_MSGID),
    ATC_FIELD(atc_onenet_at_miplobserversp_set, result, ATC_T_INT, 0, ATC__ONENET_I_RESULT),
    ATC_FIELD_OPT(atc_onenet_at_miplobserversp_set, rai_mode, ATC_T_HEX, ATC_F_OPTIONAL, ATC__ONENET_I_RAIMODE),
    /* AT_MIPLREADRSP_SET: AT+MIPLREADRSP=<ref>,<msgId>,<result>[,<objId>,<insId>,<resId>,<valueType>,<len>,<value>,<index>,<flag>[,<raiMode>]] */
    ATC_FIELD(atc_onenet_at_miplreadrsp_set, ref, ATC_T_INT, 0, ATC__ONENET_I_PORT),
    ATC_FIELD(atc_onenet_at_miplreadrsp_set, msg_id, ATC_T_INT, 0, ATC__ONENET_I_MSGID),
    ATC_FIELD(atc_onenet_at_miplreadrsp_set, result, ATC_T_INT, 0, ATC__ONENET_I_RESULT),
    ATC_FIELD_OPT(atc_onenet_at_miplreadrsp_set, obj_id, ATC_T_INT, ATC_F_OPTIONAL, ATC__ONENET_I_PORT),
    ATC_FIELD_OPT(atc_onenet_at_miplreadrsp_set, ins_id, ATC_T_INT, ATC_F_OPTIONAL, ATC__ONENET_I_PORT),
    ATC_FIELD_OPT(atc_onenet_at_miplreadrsp_set, res_id, ATC_T_INT, ATC_F_OPTIONAL, ATC__ONENET_I_PORT),
    ATC_FIELD_OPT(atc_onenet_at_miplreadrsp_set, value_type, ATC_T_INT, ATC_F_OPTIONAL, ATC__ONENET_I_VALUETYPE),
    ATC_FIELD_OPT(atc_onenet_at_miplreadrsp_set, len, ATC_T_INT, ATC_F_OPTIONAL, ATC__ONENET_I_PORT),
    ATC_FIELD_OPT(atc_onenet_at_miplreadrsp_set, value, ATC_T_DYNAMIC, ATC_F_OPTIONAL, ATC__ONENET_I_VALUE),
    ATC_FIELD_OPT(atc_onenet_at_miplreadrsp_set, index, ATC_T_INT, ATC_F_OPTIONAL, ATC__ONENET_I_PORT),
    ATC_FIELD_OPT(atc_onenet_at_miplreadrsp_set, flag, ATC_T_INT, ATC_F_OPTIONAL, ATC__ONENET_I_FLAG),
    ATC_FIELD_OPT(atc_onenet_at_miplreadrsp_set, rai_mode, ATC_T_HEX, ATC_F_OPTIONAL, ATC__ONENET_I_RAIMODE),
    /* AT_MIPLWRITERSP_SET: AT+MIPLWRITERSP=<ref>,<msgId>,<result>[,<raiMode>] */
    ATC_FIELD(atc_onenet_at_miplwritersp_set, ref, ATC_T_INT, 0, ATC__ONENET_I_PORT),
    ATC_FIELD(atc_onenet_at_miplwritersp_set, msg_id, ATC_T_INT, 0, ATC__ONENET_I_MSGID),
    ATC_FIELD(atc_onenet_at_miplwritersp_set, result, ATC_T_INT, 0, ATC__ONENET_I_RESULT_2),
    ATC_FIELD_OPT(atc_onenet_at_miplwritersp_set, rai_mode, ATC_T_HEX, ATC_F_OPTIONAL, ATC__ONENET_I_RAIMODE),
    /* AT_MIPLEXECUTERSP_SET: AT+MIPLEXECUTERSP=<ref>,<msgId>,<result>[,<raiMode>] */
    ATC_FIELD(atc_onenet_at_miplexecutersp_set, ref, ATC_T_INT, 0, ATC__ONENET_I_PORT),
    ATC_FIELD(atc_onenet_at_miplexecutersp_set, msg_id, ATC_T_INT, 0, ATC__ONENET_I_MSGID),
    ATC_FIELD(atc_onenet_at_miplexecutersp_set, result, ATC_T_INT, 0, ATC__ONENET_I_RESULT_2),
    ATC_FIELD_OPT(atc_onenet_at_miplexecutersp_set, rai_mode, ATC_T_HEX, ATC_F_OPTIONAL, ATC__ONENET_I_RAIMODE),
    /* AT_MIPLPARAMETERRSP_SET: AT+MIPLPARAMETERRSP=<ref>,<msgId>,<result>[,<raiMode>] */
    ATC_FIELD(atc_onenet_at_miplparameterrsp_set, ref, ATC_T_INT, 0, ATC__ONENET_I_PORT),
    ATC_FIELD(atc_onenet_at_miplparameterrsp_set, msg_id, ATC_T_INT, 0, ATC__ONENET_I_MSGID),
    ATC_FIELD(atc_onenet_at_miplparameterrsp_set, result, ATC_T_INT, 0, ATC__ONENET_I_RESULT_2),
    ATC_FIELD_OPT(atc_onenet_at_miplparameterrsp_set, rai_mode, ATC_T_HEX, ATC_F_OPTIONAL, ATC__ONENET_I_RAIMODE),
    /* AT_MIPLNOTIFY_SET: AT+MIPLNOTIFY=<ref>,<msgId>,<objId>,<insId>,<resId>,<valueType>,<len>,<value>,<index>,<flag>[,<ackId>[,<raiMode>]] */
    ATC_FIELD(atc_onenet_at_miplnotify_set, ref, ATC_T_INT, 0, ATC__ONENET_I_PORT),
    ATC_FIELD(atc_onenet_at_miplnotify_set, msg_id, ATC_T_INT, 0, ATC__ONENET_I_MSGID),
    ATC_FIELD(atc_onenet_at_miplnotify_set, obj_id, ATC_T_INT, 0, ATC__ONENET_I_PORT),
    ATC_FIELD(atc_onenet_at_miplnotify_set, ins_id, ATC_T_INT, 0, ATC__ONENET_I_PORT),
    ATC_FIELD(atc_onenet_at_miplnotify_set, res_id, ATC_T_INT, 0, ATC__ONENET_I_PORT),
    ATC_FIELD(atc_onenet_at_miplnotify_set, value_type, ATC_T_INT, 0, ATC__ONENET_I_VALUETYPE),
    ATC_FIELD(atc_onenet_at_miplnotify_set, len, ATC_T_INT, 0, ATC__ONENET_I_PORT),
    ATC_FIELD(atc_onenet_at_miplnotify_set, value, ATC_T_DYNAMIC, 0, ATC__ONENET_I_VALUE_2),
    ATC_FIELD(atc_onenet_at_miplnotify_set, index, ATC_T_INT, 0, ATC__ONENET_I_PORT),
    ATC_FIELD(atc_onenet_at_miplnotify_set, flag, ATC_T_INT, 0, ATC__ONENET_I_FLAG),
    ATC_FIELD_OPT(atc_onenet_at_miplnotify_set, ack_id, ATC_T_INT, ATC_F_OPTIONAL, ATC__ONENET_I_ACKID),
    ATC_FIELD_OPT(atc_onenet_at_miplnotify_set, rai_mode, ATC_T_HEX, ATC_F_OPTIONAL, ATC__ONENET_I_RAIMODE),
    /* AT_MIPLUPDATE_SET: AT+MIPLUPDATE=<ref>,<lifetime>,<withObjectFlag>[,<raiMode>] */
    ATC_FIELD(atc_onenet_at_miplupdate_set, ref, ATC_T_INT, 0, ATC__ONENET_I_PORT),
    ATC_FIELD(atc_onenet_at_miplupdate_set, lifetime, ATC_T_INT, 0, ATC__ONENET_I_LIFETIME_2),
    ATC_FIELD(atc_onenet_at_miplupdate_set, with_object_flag, ATC_T_INT, 0, ATC__ONENET_I_OBS_AUTOACK),
    ATC_FIELD_OPT(atc_onenet_at_miplupdate_set, rai_mode, ATC_T_HEX, ATC_F_OPTIONAL, ATC__ONENET_I_RAIMODE_2),
    /* AT_QSOTAINFO_SET: AT+QSOTAINFO=<sw_version>,<mem_size> */
    ATC_FIELD(atc_onenet_at_qsotainfo_set, sw_version, ATC_T_STRING, 0, ATC__ONENET_I_SW_VERSION),
    ATC_FIELD(atc_onenet_at_qsotainfo_set, mem_size, ATC_T_INT, 0, ATC__ONENET_I_MSGID),
    /* AT_QSOTARESULT_SET: AT+QSOTARESULT=<result> */
    ATC_FIELD(atc_onenet_at_qsotaresult_set, result, ATC_T_INT, 0, ATC__ONENET_I_RESULT_3),
    /* MIPLCONFIG_TEST: +MIPLCONFIG: <mode>,<parameter1>[,<parameter2>] */
    ATC_FIELD(atc_onenet_miplconfig_test, mode, ATC_T_SUPPORTED, 0, ATC__ONENET_I_MODE_8),
    ATC_FIELD(atc_onenet_miplconfig_test, parameter1, ATC_T_SUPPORTED, 0, ATC__ONENET_I_MODE_8),
    ATC_FIELD_OPT(atc_onenet_miplconfig_test, parameter2, ATC_T_SUPPORTED, ATC_F_OPTIONAL, ATC__ONENET_I_MODE_8),
    /* MIPLCONFIG_READ_ACK_TIMEOUT: +MIPLCONFIG: <mode=2>,<rsp_timeout> */
    ATC_FIELD(atc_onenet_miplconfig_read_ack_timeout, mode, ATC_T_INT, 0, ATC__ONENET_I_MODE_3),
    ATC_FIELD(atc_onenet_miplconfig_read_ack_timeout, rsp_timeout, ATC_T_INT, 0, ATC__ONENET_I_RSP_TIMEOUT),
    /* MIPLCONFIG_READ_AUTH: +MIPLCONFIG: <mode=4>,<auth_enable>[,<auth_code>] */
    ATC_FIELD(atc_onenet_miplconfig_read_auth, mode, ATC_T_INT, 0, ATC__ONENET_I_MODE_5),
    ATC_FIELD(atc_onenet_miplconfig_read_auth, auth_enable, ATC_T_INT, 0, ATC__ONENET_I_OBS_AUTOACK),
    ATC_FIELD_OPT(atc_onenet_miplconfig_read_auth, auth_code, ATC_T_TOKEN, ATC_F_OPTIONAL, ATC__ONENET_I_AUTH_CODE),
    /* MIPLCONFIG_READ_DTLS: +MIPLCONFIG: <mode=5>,<DTLS_enable>[,<PSK>] */
    ATC_FIELD(atc_onenet_miplconfig_read_dtls, mode, ATC_T_INT, 0, ATC__ONENET_I_MODE_6),
    ATC_FIELD(atc_onenet_miplconfig_read_dtls, dtls_enable, ATC_T_INT, 0, ATC__ONENET_I_OBS_AUTOACK),
    ATC_FIELD_OPT(atc_onenet_miplconfig_read_dtls, psk, ATC_T_TOKEN, ATC_F_OPTIONAL, ATC__ONENET_I_AUTH_CODE),
    /* MIPLDELETE_TEST: +MIPLDELETE: <ref> */
    ATC_FIELD(atc_onenet_mipldelete_test, ref, ATC_T_SUPPORTED, 0, ATC__ONENET_I_MODE_8),
    /* MIPLVER: +MIPLVER: <version> */
    ATC_FIELD(atc_onenet_miplver, version, ATC_T_TEXT, 0, ATC__ONENET_I_MODE_8),
    /* MIPLADDOBJ_TEST: +MIPLADDOBJ: <ref>,<objId>,<insCount>,<insBitmap>,<attrCount>,<actCount> */
    ATC_FIELD(atc_onenet_mipladdobj_test, ref, ATC_T_SUPPORTED, 0, ATC__ONENET_I_MODE_8),
    ATC_FIELD(atc_onenet_mipladdobj_test, obj_id, ATC_T_SUPPORTED, 0, ATC__ONENET_I_MODE_8),
    ATC_FIELD(atc_onenet_mipladdobj_test, ins_count, ATC_T_SUPPORTED, 0, ATC__ONENET_I_MODE_8),
    ATC_FIELD(atc_onenet_mipladdobj_test, ins_bitmap, ATC_T_SUPPORTED, 0, ATC__ONENET_I_MODE_8),
    ATC_FIELD(atc_onenet_mipladdobj_test, attr_count, ATC_T_SUPPORTED, 0, ATC__ONENET_I_MODE_8),
    ATC_FIELD(atc_onenet_mipladdobj_test, act_count, ATC_T_SUPPORTED, 0, ATC__ONENET_I_MODE_8),
    /* MIPLDELOBJ_TEST: +MIPLDELOBJ: <ref>,<objId> */
    ATC_FIELD(atc_onenet_mipldelobj_test, ref, ATC_T_SUPPORTED, 0, ATC__ONENET_I_MODE_8),
    ATC_FIELD(atc_onenet_mipldelobj_test, obj_id, ATC_T_SUPPORTED, 0, ATC__ONENET_I_MODE_8),
    /* MIPLOPEN_TEST: +MIPLOPEN: <ref>,<lifetime>[,<timeout>] */
    ATC_FIELD(atc_onenet_miplopen_test, ref, ATC_T_SUPPORTED, 0, ATC__ONENET_I_MODE_8),
    ATC_FIELD(atc_onenet_miplopen_test, lifetime, ATC_T_SUPPORTED, 0, ATC__ONENET_I_MODE_8),
    ATC_FIELD_OPT(atc_onenet_miplopen_test, timeout, ATC_T_SUPPORTED, ATC_F_OPTIONAL, ATC__ONENET_I_MODE_8),
    /* MIPLDISCOVERRSP_TEST: +MIPLDISCOVERRSP: <ref>,<msgId>,<result>[,<length>,<valuestring>[,<raiMode>]] */
    ATC_FIELD(atc_onenet_mipldiscoverrsp_test, ref, ATC_T_SUPPORTED, 0, ATC__ONENET_I_MODE_8),
    ATC_FIELD(atc_onenet_mipldiscoverrsp_test, msg_id, ATC_T_SUPPORTED, 0, ATC__ONENET_I_MODE_8),
    ATC_FIELD(atc_onenet_mipldiscoverrsp_test, result, ATC_T_SUPPORTED, 0, ATC__ONENET_I_MODE_8),
    ATC_FIELD_OPT(atc_onenet_mipldiscoverrsp_test, length, ATC_T_SUPPORTED, ATC_F_OPTIONAL, ATC__ONENET_I_MODE_8),
    ATC_FIELD_OPT(atc_onenet_mipldiscoverrsp_test, value_string, ATC_T_SUPPORTED, ATC_F_OPTIONAL, ATC__ONENET_I_MODE_8),
    ATC_FIELD_OPT(atc_onenet_mipldiscoverrsp_test, rai_mode, ATC_T_SUPPORTED, ATC_F_OPTIONAL, ATC__ONENET_I_MODE_8),
    /* MIPLOBSERVERSP_TEST: +MIPLOBSERVERSP: <ref>,<msgId>,<result>[,<raiMode>] */
    ATC_FIELD(atc_onenet_miplobserversp_test, ref, ATC_T_SUPPORTED, 0, ATC__ONENET_I_MODE_8),
    ATC_FIELD(atc_onenet_miplobserversp_test, msg_id, ATC_T_SUPPORTED, 0, ATC__ONENET_I_MODE_8),
    ATC_FIELD(atc_onenet_miplobserversp_test, result, ATC_T_SUPPORTED, 0, ATC__ONENET_I_MODE_8),
    ATC_FIELD_OPT(atc_onenet_miplobserversp_test, rai_mode, ATC_T_SUPPORTED, ATC_F_OPTIONAL, ATC__ONENET_I_MODE_8),
    /* MIPLREADRSP_TEST: +MIPLREADRSP: <ref>,<msgId>,<result>[,<objId>,<insId>,<resId>,<valueType>,<len>,<value>,<index>,<flag>[,<raiMode>]] */
    ATC_FIELD(atc_onenet_miplreadrsp_test, ref, ATC_T_SUPPORTED, 0, ATC__ONENET_I_MODE_8),
    ATC_FIELD(atc_onenet_miplreadrsp_test, msg_id, ATC_T_SUPPORTED, 0, ATC__ONENET_I_MODE_8),
    ATC_FIELD(atc_onenet_miplreadrsp_test, result, ATC_T_SUPPORTED, 0, ATC__ONENET_I_MODE_8),
    ATC_FIELD_OPT(atc_onenet_miplreadrsp_test, obj_id, ATC_T_SUPPORTED, ATC_F_OPTIONAL, ATC__ONENET_I_MODE_8),
    ATC_FIELD_OPT(atc_onenet_miplreadrsp_test, ins_id, ATC_T_SUPPORTED, ATC_F_OPTIONAL, ATC__ONENET_I_MODE_8),
    ATC_FIELD_OPT(atc_onenet_miplreadrsp_test, res_id, ATC_T_SUPPORTED, ATC_F_OPTIONAL, ATC__ONENET_I_MODE_8),
    ATC_FIELD_OPT(atc_onenet_miplreadrsp_test, value_type, ATC_T_SUPPORTED, ATC_F_OPTIONAL, ATC__ONENET_I_MODE_8),
    ATC_FIELD_OPT(atc_onenet_miplreadrsp_test, len, ATC_T_SUPPORTED, ATC_F_OPTIONAL, ATC__ONENET_I_MODE_8),
    ATC_FIELD_OPT(atc_onenet_miplreadrsp_test, value, ATC_T_SUPPORTED, ATC_F_OPTIONAL, ATC__ONENET_I_MODE_8),
    ATC_FIELD_OPT(atc_onenet_miplreadrsp_test, index, ATC_T_SUPPORTED, ATC_F_OPTIONAL, ATC__ONENET_I_MODE_8),
    ATC_FIELD_OPT(atc_onenet_miplreadrsp_test, flag, ATC_T_SUPPORTED, ATC_F_OPTIONAL, ATC__ONENET_I_MODE_8),
    ATC_FIELD_OPT(atc_onenet_miplreadrsp_test, rai_mode, ATC_T_SUPPORTED, ATC_F_OPTIONAL, ATC__ONENET_I_MODE_8),
    /* MIPLNOTIFY_TEST: +MIPLNOTIFY: <ref>,<msgId>,<objId>,<insId>,<resId>,<valueType>,<len>,<value>,<index>,<flag>[,<ackId>[,<raiMode>]] */
    ATC_FIELD(atc_onenet_miplnotify_test, ref, ATC_T_SUPPORTED, 0, ATC__ONENET_I_MODE_8),
    ATC_FIELD(atc_onenet_miplnotify_test, msg_id, ATC_T_SUPPORTED, 0, ATC__ONENET_I_MODE_8),
    ATC_FIELD(atc_onenet_miplnotify_test, obj_id, ATC_T_SUPPORTED, 0, ATC__ONENET_I_MODE_8),
    ATC_FIELD(atc_onenet_miplnotify_test, ins_id, ATC_T_SUPPORTED, 0, ATC__ONENET_I_MODE_8),
    ATC_FIELD(atc_onenet_miplnotify_test, res_id, ATC_T_SUPPORTED, 0, ATC__ONENET_I_MODE_8),
    ATC_FIELD(atc_onenet_miplnotify_test, value_type, ATC_T_SUPPORTED, 0, ATC__ONENET_I_MODE_8),
    ATC_FIELD(atc_onenet_miplnotify_test, len, ATC_T_SUPPORTED, 0, ATC__ONENET_I_MODE_8),
    ATC_FIELD(atc_onenet_miplnotify_test, value, ATC_T_SUPPORTED, 0, ATC__ONENET_I_MODE_8),
    ATC_FIELD(atc_onenet_miplnotify_test, index, ATC_T_SUPPORTED, 0, ATC__ONENET_I_MODE_8),
    ATC_FIELD(atc_onenet_miplnotify_test, flag, ATC_T_SUPPORTED, 0, ATC__ONENET_I_MODE_8),
    ATC_FIELD_OPT(atc_onenet_miplnotify_test, ack_id, ATC_T_SUPPORTED, ATC_F_OPTIONAL, ATC__ONENET_I_MODE_8),
    ATC_FIELD_OPT(atc_onenet_miplnotify_test, rai_mode, ATC_T_SUPPORTED, ATC_F_OPTIONAL, ATC__ONENET_I_MODE_8),
    /* MIPLUPDATE_TEST: +MIPLUPDATE: <ref>,<lifetime>,<withObjectFlag>[,<raiMode>] */
    ATC_FIELD(atc_onenet_miplupdate_test, ref, ATC_T_SUPPORTED, 0, ATC__ONENET_I_MODE_8),
    ATC_FIELD(atc_onenet_miplupdate_test, lifetime, ATC_T_SUPPORTED, 0, ATC__ONENET_I_MODE_8),
    ATC_FIELD(atc_onenet_miplupdate_test, with_object_flag, ATC_T_SUPPORTED, 0, ATC__ONENET_I_MODE_8),
    ATC_FIELD_OPT(atc_onenet_miplupdate_test, rai_mode, ATC_T_SUPPORTED, ATC_F_OPTIONAL, ATC__ONENET_I_MODE_8),
    /* MIPLDISCOVER: +MIPLDISCOVER: <ref>,<msgId>,<objId> */
    ATC_FIELD(atc_onenet_mipldiscover, ref, ATC_T_INT, 0, ATC__ONENET_I_PORT),
    ATC_FIELD(atc_onenet_mipldiscover, msg_id, ATC_T_INT, 0, ATC__ONENET_I_MSGID),
    ATC_FIELD(atc_onenet_mipldiscover, obj_id, ATC_T_INT, 0, ATC__ONENET_I_PORT),
    /* MIPLOBSERVE: +MIPLOBSERVE: <ref>,<msgId>,<flag>,<objId>,<insId>,<resId> */
    ATC_FIELD(atc_onenet_miplobserve, ref, ATC_T_INT, 0, ATC__ONENET_I_PORT),
    ATC_FIELD(atc_onenet_miplobserve, msg_id, ATC_T_INT, 0, ATC__ONENET_I_MSGID),
    ATC_FIELD(atc_onenet_miplobserve, flag, ATC_T_INT, 0, ATC__ONENET_I_OBS_AUTOACK),
    ATC_FIELD(atc_onenet_miplobserve, obj_id, ATC_T_INT, 0, ATC__ONENET_I_PORT),
    ATC_FIELD(atc_onenet_miplobserve, ins_id, ATC_T_INT, 0, ATC__ONENET_I_PORT),
    ATC_FIELD(atc_onenet_miplobserve, res_id, ATC_T_INT, 0, ATC__ONENET_I_PORT),
    /* MIPLREAD: +MIPLREAD: <ref>,<msgId>,<objId>,<insId>,<resId> */
    ATC_FIELD(atc_onenet_miplread, ref, ATC_T_INT, 0, ATC__ONENET_I_PORT),
    ATC_FIELD(atc_onenet_miplread, msg_id, ATC_T_INT, 0, ATC__ONENET_I_MSGID),
    ATC_FIELD(atc_onenet_miplread, obj_id, ATC_T_INT, 0, ATC__ONENET_I_PORT),
    ATC_FIELD(atc_onenet_miplread, ins_id, ATC_T_INT, 0, ATC__ONENET_I_PORT),
    ATC_FIELD(atc_onenet_miplread, res_id, ATC_T_INT, 0, ATC__ONENET_I_PORT),
    /* MIPLWRITE: +MIPLWRITE: <ref>,<msgId>,<objId>,<insId>,<resId>,<valueType>,<len>,<value>,<flag>[,<index>] */
    ATC_FIELD(atc_onenet_miplwrite, ref, ATC_T_INT, 0, ATC__ONENET_I_PORT),
    ATC_FIELD(atc_onenet_miplwrite, msg_id, ATC_T_INT, 0, ATC__ONENET_I_MSGID),
    ATC_FIELD(atc_onenet_miplwrite, obj_id, ATC_T_INT, 0, ATC__ONENET_I_PORT),
    ATC_FIELD(atc_onenet_miplwrite, ins_id, ATC_T_INT, 0, ATC__ONENET_I_PORT),
    ATC_FIELD(atc_onenet_miplwrite, res_id, ATC_T_INT, 0, ATC__ONENET_I_PORT),
    ATC_FIELD(atc_onenet_miplwrite, value_type, ATC_T_INT, 0, ATC__ONENET_I_VALUETYPE),
    ATC_FIELD(atc_onenet_miplwrite, len, ATC_T_INT, 0, ATC__ONENET_I_PORT),
    ATC_FIELD(atc_onenet_miplwrite, value, ATC_T_DYNAMIC, 0, ATC__ONENET_I_VALUE_2),
    ATC_FIELD(atc_onenet_miplwrite, flag, ATC_T_INT, 0, ATC__ONENET_I_FLAG),
    ATC_FIELD_OPT(atc_onenet_miplwrite, index, ATC_T_INT, ATC_F_OPTIONAL, ATC__ONENET_I_PORT),
    /* MIPLEXECUTE: +MIPLEXECUTE: <ref>,<msgId>,<objId>,<insId>,<resId>[,<len>,<arguments>] */
    ATC_FIELD(atc_onenet_miplexecute, ref, ATC_T_INT, 0, ATC__ONENET_I_PORT),
    ATC_FIELD(atc_onenet_miplexecute, msg_id, ATC_T_INT, 0, ATC__ONENET_I_MSGID),
    ATC_FIELD(atc_onenet_miplexecute, obj_id, ATC_T_INT, 0, ATC__ONENET_I_PORT),
    ATC_FIELD(atc_onenet_miplexecute, ins_id, ATC_T_INT, 0, ATC__ONENET_I_PORT),
    ATC_FIELD(atc_onenet_miplexecute, res_id, ATC_T_INT, 0, ATC__ONENET_I_PORT),
    ATC_FIELD_OPT(atc_onenet_miplexecute, len, ATC_T_INT, ATC_F_OPTIONAL, ATC__ONENET_I_PORT),
    ATC_FIELD_OPT(atc_onenet_miplexecute, arguments, ATC_T_STRING, ATC_F_OPTIONAL, ATC__ONENET_I_PORT),
    /* MIPLPARAMETER: +MIPLPARAMETER: <ref>,<msgId>,<objId>,<insId>,<resId>,<len>,<parameter> */
    ATC_FIELD(atc_onenet_miplparameter, ref, ATC_T_INT, 0, ATC__ONENET_I_PORT),
    ATC_FIELD(atc_onenet_miplparameter, msg_id, ATC_T_INT, 0, ATC__ONENET_I_MSGID),
    ATC_FIELD(atc_onenet_miplparameter, obj_id, ATC_T_INT, 0, ATC__ONENET_I_PORT),
    ATC_FIELD(atc_onenet_miplparameter, ins_id, ATC_T_INT, 0, ATC__ONENET_I_PORT),
    ATC_FIELD(atc_onenet_miplparameter, res_id, ATC_T_INT, 0, ATC__ONENET_I_PORT),
    ATC_FIELD(atc_onenet_miplparameter, len, ATC_T_INT, 0, ATC__ONENET_I_PORT),
    ATC_FIELD(atc_onenet_miplparameter, parameter, ATC_T_STRING, 0, ATC__ONENET_I_PORT),
    /* MIPLEVENT_NOTIFY_FAILED: +MIPLEVENT: <ref>,<evtid=25>,<ackId> */
    ATC_FIELD(atc_onenet_miplevent_notify_failed, ref, ATC_T_INT, 0, ATC__ONENET_I_PORT),
    ATC_FIELD(atc_onenet_miplevent_notify_failed, evt_id, ATC_T_INT, 0, ATC__ONENET_I_EVTID),
    ATC_FIELD(atc_onenet_miplevent_notify_failed, ack_id, ATC_T_INT, 0, ATC__ONENET_I_ACKID_2),
    /* MIPLEVENT_NOTIFY_SUCCESS: +MIPLEVENT: <ref>,<evtid=26>,<ackId> */
    ATC_FIELD(atc_onenet_miplevent_notify_success, ref, ATC_T_INT, 0, ATC__ONENET_I_PORT),
    ATC_FIELD(atc_onenet_miplevent_notify_success, evt_id, ATC_T_INT, 0, ATC__ONENET_I_EVTID_2),
    ATC_FIELD(atc_onenet_miplevent_notify_success, ack_id, ATC_T_INT, 0, ATC__ONENET_I_ACKID_2),
    /* MIPLEVENT: +MIPLEVENT: <ref>,<evtid>[,<extend>[,<ackId>[,<time_stamp>,<cache_command_flag>]]] */
    ATC_FIELD(atc_onenet_miplevent, ref, ATC_T_INT, 0, ATC__ONENET_I_PORT),
    ATC_FIELD(atc_onenet_miplevent, evt_id, ATC_T_INT, 0, ATC__ONENET_I_EVTID_3),
    ATC_FIELD_OPT(atc_onenet_miplevent, extend, ATC_T_INT, ATC_F_OPTIONAL, ATC__ONENET_I_PORT),
    ATC_FIELD_OPT(atc_onenet_miplevent, ack_id, ATC_T_INT, ATC_F_OPTIONAL, ATC__ONENET_I_ACKID_2),
    ATC_FIELD_OPT(atc_onenet_miplevent, time_stamp, ATC_T_STRING, ATC_F_OPTIONAL, ATC__ONENET_I_TIME_STAMP),
    ATC_FIELD_OPT(atc_onenet_miplevent, cache_command_flag, ATC_T_INT, ATC_F_OPTIONAL, ATC__ONENET_I_OBS_AUTOACK),
    ATC_LITERAL(0)
};

/* Field-presence shapes (mask, values on the wire, 1: takes any more), shortest first. */
static const atc_shape atc__onenet_shapes[] = {
    {0x0u, 0, 0},
    {0x1u, 1, 1},
    {0x7u, 3, 0},
    {0x5u, 2, 0},
    {0x7u, 3, 0},
    {0x3u, 2, 0},
    {0x3u, 2, 0},
    {0x7u, 3, 0},
    {0x1u, 1, 0},
    {0x3fu, 6, 0},
    {0x7u, 3, 0},
    {0x1fu, 5, 0},
    {0x3fu, 6, 0},
    {0x7u, 3, 0},
    {0xfu, 4, 0},
    {0x7u, 3, 0},
    {0x7ffu, 11, 0},
    {0xfffu, 12, 0},
    {0x3ffu, 10, 0},
    {0x7ffu, 11, 0},
    {0xfffu, 12, 0},
    {0x1u, 1, 2},
    {0x1ffu, 9, 0},
    {0x3ffu, 10, 0},
    {0x1fu, 5, 0},
    {0x7fu, 7, 0},
    {0x3u, 2, 0},
    {0x7u, 3, 0},
    {0xfu, 4, 0},
    {0x3fu, 6, 0},
    {0, 0, 0}
};

/* Message ids: the command forms responses answer, and the candidates of each head. */
static const uint16_t atc__onenet_ids[] = {
4, 5, 13, 14, 16, 17, 19, 21, 23, 25, 27, 29, 31, 33, 35, 37,
39, 41, 0, 1, 2, 3, 6, 7, 8, 9, 10, 11, 12, 15, 18, 20,
22, 24, 26, 28, 30, 32, 34, 36, 38, 40, 42, 43, 44, 45, 46, 47,
48, 49, 50, 51, 52, 53, 54, 55, 56, 57, 58, 59, 60, 61, 62, 63,
64, 65, 66, 67, 68, 69, 70, 71, 72, 73, 74, 75, 76,
    0
};







/* Completion rules (gen/completion.py): the URC lines that complete a command form after its final
 * result, and the part each plays. */
static const atc_await_part atc__onenet_await_parts[] = {
    /* urc, values, key, value_field, count_field, nvalues, role */
    {ATC_ONENET_MIPLEVENT, 228, 0, 1, -1, 5, ATC_AWAIT_ENDS},
    {ATC_ONENET_MIPLEVENT, 238, 0, 1, -1, 3, ATC_AWAIT_PROGRESS},
    {ATC_ONENET_MIPLEVENT, 90, 0, 1, -1, 1, ATC_AWAIT_ENDS},
    {ATC_ONENET_MIPLEVENT_NOTIFY_SUCCESS, 0, 2, -1, -1, 0, ATC_AWAIT_ENDS},
    {ATC_ONENET_MIPLEVENT_NOTIFY_FAILED, 0, 2, -1, -1, 0, ATC_AWAIT_ENDS},
    {ATC_ONENET_MIPLEVENT, 82, 0, 1, -1, 3, ATC_AWAIT_ENDS},
};
static const atc_completion atc__onenet_completions[] = {
    /* ms, cmd, parts, key_resp, when, cmd_conds, count_default, unit_ms, key_field, count_field, ms_field,
     * nparts, ncmd_conds */
    {62000u, ATC_ONENET_AT_MIPLOPEN_SET, 0, ATC_NO_MSG, 0xffff, 0, 0, 1000, 0, -1, 2, 2, 0}, /* line 749 */
    {62000u, ATC_ONENET_AT_MIPLCLOSE_SET, 2, ATC_NO_MSG, 0xffff, 0, 0, 1, 0, -1, -1, 1, 0}, /* line 765 */
    {62000u, ATC_ONENET_AT_MIPLNOTIFY_SET, 3, ATC_NO_MSG, 0xffff, 244, 0, 1, 10, -1, -1, 2, 2}, /* line 542 */
    {62000u, ATC_ONENET_AT_MIPLUPDATE_SET, 5, ATC_NO_MSG, 0xffff, 0, 0, 1, 0, -1, -1, 1, 0}, /* line 761 */
};
/* Response times the document states: (ms, command, ms per unit of field, field giving it). */
static const atc_timing atc__onenet_timings[] = {
    {300u, ATC_ONENET_AT_MIPLCONFIG_TEST, 1, -1},
    {300u, ATC_ONENET_AT_MIPLCONFIG_READ, 1, -1},
    {300u, ATC_ONENET_AT_MIPLCONFIG_SET_ACCESS_SERVER, 1, -1},
    {300u, ATC_ONENET_AT_MIPLCONFIG_SET_BOOTSTRAP, 1, -1},
    {300u, ATC_ONENET_AT_MIPLCONFIG_SET_ACK_TIMEOUT, 1, -1},
    {300u, ATC_ONENET_AT_MIPLCONFIG_SET_OBS_AUTO_ACK, 1, -1},
    {300u, ATC_ONENET_AT_MIPLCONFIG_SET_AUTH, 1, -1},
    {300u, ATC_ONENET_AT_MIPLCONFIG_SET_DTLS, 1, -1},
    {300u, ATC_ONENET_AT_MIPLCONFIG_SET_WRITE_FORMAT, 1, -1},
    {300u, ATC_ONENET_AT_MIPLCREATE_EXEC, 1, -1},
    {3000u, ATC_ONENET_AT_MIPLDELETE_TEST, 1, -1},
    {3000u, ATC_ONENET_AT_MIPLDELETE_SET, 1, -1},
    {300u, ATC_ONENET_AT_MIPLVER_READ, 1, -1},
    {300u, ATC_ONENET_AT_MIPLADDOBJ_TEST, 1, -1},
    {300u, ATC_ONENET_AT_MIPLADDOBJ_SET, 1, -1},
    {300u, ATC_ONENET_AT_MIPLDELOBJ_TEST, 1, -1},
    {300u, ATC_ONENET_AT_MIPLDELOBJ_SET, 1, -1},
    {300u, ATC_ONENET_AT_MIPLOPEN_TEST, 1, -1},
    {300u, ATC_ONENET_AT_MIPLOPEN_SET, 1, -1},
    {3000u, ATC_ONENET_AT_MIPLCLOSE_TEST, 1, -1},
    {3000u, ATC_ONENET_AT_MIPLCLOSE_SET, 1, -1},
    {300u, ATC_ONENET_AT_MIPLDISCOVERRSP_TEST, 1, -1},
    {300u, ATC_ONENET_AT_MIPLDISCOVERRSP_SET, 1, -1},
    {300u, ATC_ONENET_AT_MIPLOBSERVERSP_TEST, 1, -1},
    {300u, ATC_ONENET_AT_MIPLOBSERVERSP_SET, 1, -1},
    {300u, ATC_ONENET_AT_MIPLREADRSP_TEST, 1, -1},
    {300u, ATC_ONENET_AT_MIPLREADRSP_SET, 1, -1},
    {300u, ATC_ONENET_AT_MIPLWRITERSP_TEST, 1, -1},
    {300u, ATC_ONENET_AT_MIPLWRITERSP_SET, 1, -1},
    {300u, ATC_ONENET_AT_MIPLEXECUTERSP_TEST, 1, -1},
    {300u, ATC_ONENET_AT_MIPLEXECUTERSP_SET, 1, -1},
    {300u, ATC_ONENET_AT_MIPLPARAMETERRSP_TEST, 1, -1},
    {300u, ATC_ONENET_AT_MIPLPARAMETERRSP_SET, 1, -1},
    {300u, ATC_ONENET_AT_MIPLNOTIFY_TEST, 1, -1},
    {300u, ATC_ONENET_AT_MIPLNOTIFY_SET, 1, -1},
    {300u, ATC_ONENET_AT_MIPLUPDATE_TEST, 1, -1},
    {300u, ATC_ONENET_AT_MIPLUPDATE_SET, 1, -1},
    {300u, ATC_ONENET_AT_QSOTAINFO_READ, 1, -1},
    {300u, ATC_ONENET_AT_QSOTAINFO_SET, 1, -1},
    {300u, ATC_ONENET_AT_QSOTARESULT_SET, 1, -1},
};

/* ---- Messages ---- */
static const atc_msg_desc atc__onenet_msgs[] = {
    /* kind, form, flags, fields, shapes, size, answers, extra, nfields, nshapes, nanswers, nindex, tag_first,
     * max_count */
    {ATC_KIND_FINAL, ATC_FORM_NONE, 0,
      ATC__ONENET_F_NONE, 0, sizeof(atc_onenet_ok), 0, 0,
      0, 1, 0, 0, -1, 0}, /* OK */
    {ATC_KIND_FINAL, ATC_FORM_NONE, ATC_M_ERROR,
      ATC__ONENET_F_NONE, 0, sizeof(atc_onenet_error), 0, 0,
      0, 1, 0, 0, -1, 0}, /* ERROR */
    {ATC_KIND_FINAL, ATC_FORM_NONE, ATC_M_ERROR,
      ATC__ONENET_F_CME_ERROR, 1, sizeof(atc_onenet_cme_error), 0, 0,
      1, 1, 0, 0, -1, 255}, /* CME_ERROR */
    {ATC_KIND_FINAL, ATC_FORM_NONE, ATC_M_ERROR,
      ATC__ONENET_F_CMS_ERROR, 1, sizeof(atc_onenet_cms_error), 0, 0,
      1, 1, 0, 0, -1, 255}, /* CMS_ERROR */
    {ATC_KIND_COMMAND, ATC_FORM_TEST, 0,
      ATC__ONENET_F_NONE, 0, sizeof(atc_onenet_at_miplconfig_test), 0, 0,
      0, 1, 0, 0, -1, 0}, /* AT_MIPLCONFIG_TEST */
    {ATC_KIND_COMMAND, ATC_FORM_READ, 0,
      ATC__ONENET_F_NONE, 0, sizeof(atc_onenet_at_miplconfig_read), 0, 0,
      0, 1, 0, 0, -1, 0}, /* AT_MIPLCONFIG_READ */
    {ATC_KIND_COMMAND, ATC_FORM_SET, 0,
      ATC__ONENET_F_AT_MIPLCONFIG_SET_ACCESS_SERVER, 2, sizeof(atc_onenet_at_miplconfig_set_access_server), 0, 0,
      3, 1, 0, 0, -1, 3}, /* AT_MIPLCONFIG_SET_ACCESS_SERVER */
    {ATC_KIND_COMMAND, ATC_FORM_SET, 0,
      ATC__ONENET_F_AT_MIPLCONFIG_SET_BOOTSTRAP, 2, sizeof(atc_onenet_at_miplconfig_set_bootstrap), 0, 0,
      3, 1, 0, 0, -1, 3}, /* AT_MIPLCONFIG_SET_BOOTSTRAP */
    {ATC_KIND_COMMAND, ATC_FORM_SET, 0,
      ATC__ONENET_F_AT_MIPLCONFIG_SET_ACK_TIMEOUT, 3, sizeof(atc_onenet_at_miplconfig_set_ack_timeout), 0, 0,
      3, 2, 0, 0, -1, 3}, /* AT_MIPLCONFIG_SET_ACK_TIMEOUT */
    {ATC_KIND_COMMAND, ATC_FORM_SET, 0,
      ATC__ONENET_F_AT_MIPLCONFIG_SET_OBS_AUTO_ACK, 5, sizeof(atc_onenet_at_miplconfig_set_obs_auto_ack), 0, 0,
      2, 1, 0, 0, -1, 2}, /* AT_MIPLCONFIG_SET_OBS_AUTO_ACK */
    {ATC_KIND_COMMAND, ATC_FORM_SET, 0,
      ATC__ONENET_F_AT_MIPLCONFIG_SET_AUTH, 6, sizeof(atc_onenet_at_miplconfig_set_auth), 0, 0,
      3, 2, 0, 0, -1, 3}, /* AT_MIPLCONFIG_SET_AUTH */
    {ATC_KIND_COMMAND, ATC_FORM_SET, 0,
      ATC__ONENET_F_AT_MIPLCONFIG_SET_DTLS, 6, sizeof(atc_onenet_at_miplconfig_set_dtls), 0, 0,
      3, 2, 0, 0, -1, 3}, /* AT_MIPLCONFIG_SET_DTLS */
    {ATC_KIND_COMMAND, ATC_FORM_SET, 0,
      ATC__ONENET_F_AT_MIPLCONFIG_SET_WRITE_FORMAT, 5, sizeof(atc_onenet_at_miplconfig_set_write_format), 0, 0,
      2, 1, 0, 0, -1, 2}, /* AT_MIPLCONFIG_SET_WRITE_FORMAT */
    {ATC_KIND_COMMAND, ATC_FORM_EXEC, 0,
      ATC__ONENET_F_NONE, 0, sizeof(atc_onenet_at_miplcreate_exec), 0, 0,
      0, 1, 0, 0, -1, 0}, /* AT_MIPLCREATE_EXEC */
    {ATC_KIND_COMMAND, ATC_FORM_TEST, 0,
      ATC__ONENET_F_NONE, 0, sizeof(atc_onenet_at_mipldelete_test), 0, 0,
      0, 1, 0, 0, -1, 0}, /* AT_MIPLDELETE_TEST */
    {ATC_KIND_COMMAND, ATC_FORM_SET, 0,
      ATC__ONENET_F_AT_MIPLDELETE_SET, 8, sizeof(atc_onenet_at_mipldelete_set), 0, 0,
      1, 1, 0, 0, -1, 1}, /* AT_MIPLDELETE_SET */
    {ATC_KIND_COMMAND, ATC_FORM_READ, 0,
      ATC__ONENET_F_NONE, 0, sizeof(atc_onenet_at_miplver_read), 0, 0,
      0, 1, 0, 0, -1, 0}, /* AT_MIPLVER_READ */
    {ATC_KIND_COMMAND, ATC_FORM_TEST, 0,
      ATC__ONENET_F_NONE, 0, sizeof(atc_onenet_at_mipladdobj_test), 0, 0,
      0, 1, 0, 0, -1, 0}, /* AT_MIPLADDOBJ_TEST */
    {ATC_KIND_COMMAND, ATC_FORM_SET, 0,
      ATC__ONENET_F_AT_MIPLADDOBJ_SET, 9, sizeof(atc_onenet_at_mipladdobj_set), 0, 0,
      6, 1, 0, 0, -1, 6}, /* AT_MIPLADDOBJ_SET */
    {ATC_KIND_COMMAND, ATC_FORM_TEST, 0,
      ATC__ONENET_F_NONE, 0, sizeof(atc_onenet_at_mipldelobj_test), 0, 0,
      0, 1, 0, 0, -1, 0}, /* AT_MIPLDELOBJ_TEST */
    {ATC_KIND_COMMAND, ATC_FORM_SET, 0,
      ATC__ONENET_F_AT_MIPLDELOBJ_SET, 5, sizeof(atc_onenet_at_mipldelobj_set), 0, 0,
      2, 1, 0, 0, -1, 2}, /* AT_MIPLDELOBJ_SET */
    {ATC_KIND_COMMAND, ATC_FORM_TEST, 0,
      ATC__ONENET_F_NONE, 0, sizeof(atc_onenet_at_miplopen_test), 0, 0,
      0, 1, 0, 0, -1, 0}, /* AT_MIPLOPEN_TEST */
    {ATC_KIND_COMMAND, ATC_FORM_SET, ATC_M_AWAITS,
      ATC__ONENET_F_AT_MIPLOPEN_SET, 6, sizeof(atc_onenet_at_miplopen_set), 0, 0,
      3, 2, 0, 0, -1, 3}, /* AT_MIPLOPEN_SET */
    {ATC_KIND_COMMAND, ATC_FORM_TEST, 0,
      ATC__ONENET_F_NONE, 0, sizeof(atc_onenet_at_miplclose_test), 0, 0,
      0, 1, 0, 0, -1, 0}, /* AT_MIPLCLOSE_TEST */
    {ATC_KIND_COMMAND, ATC_FORM_SET, ATC_M_AWAITS,
      ATC__ONENET_F_AT_MIPLDELETE_SET, 8, sizeof(atc_onenet_at_miplclose_set), 0, 0,
      1, 1, 0, 0, -1, 1}, /* AT_MIPLCLOSE_SET */
    {ATC_KIND_COMMAND, ATC_FORM_TEST, 0,
      ATC__ONENET_F_NONE, 0, sizeof(atc_onenet_at_mipldiscoverrsp_test), 0, 0,
      0, 1, 0, 0, -1, 0}, /* AT_MIPLDISCOVERRSP_TEST */
    {ATC_KIND_COMMAND, ATC_FORM_SET, 0,
      ATC__ONENET_F_AT_MIPLDISCOVERRSP_SET, 10, sizeof(atc_onenet_at_mipldiscoverrsp_set), 0, 0,
      6, 3, 0, 0, -1, 6}, /* AT_MIPLDISCOVERRSP_SET */
    {ATC_KIND_COMMAND, ATC_FORM_TEST, 0,
      ATC__ONENET_F_NONE, 0, sizeof(atc_onenet_at_miplobserversp_test), 0, 0,
      0, 1, 0, 0, -1, 0}, /* AT_MIPLOBSERVERSP_TEST */
    {ATC_KIND_COMMAND, ATC_FORM_SET, 0,
      ATC__ONENET_F_AT_MIPLOBSERVERSP_SET, 13, sizeof(atc_onenet_at_miplobserversp_set), 0, 0,
      4, 2, 0, 0, -1, 4}, /* AT_MIPLOBSERVERSP_SET */
    {ATC_KIND_COMMAND, ATC_FORM_TEST, 0,
      ATC__ONENET_F_NONE, 0, sizeof(atc_onenet_at_miplreadrsp_test), 0, 0,
      0, 1, 0, 0, -1, 0}, /* AT_MIPLREADRSP_TEST */
    {ATC_KIND_COMMAND, ATC_FORM_SET, 0,
      ATC__ONENET_F_AT_MIPLREADRSP_SET, 15, sizeof(atc_onenet_at_miplreadrsp_set), 0, 0,
      12, 3, 0, 0, -1, 12}, /* AT_MIPLREADRSP_SET */
    {ATC_KIND_COMMAND, ATC_FORM_TEST, 0,
      ATC__ONENET_F_NONE, 0, sizeof(atc_onenet_at_miplwritersp_test), 0, 0,
      0, 1, 0, 0, -1, 0}, /* AT_MIPLWRITERSP_TEST */
    {ATC_KIND_COMMAND, ATC_FORM_SET, 0,
      ATC__ONENET_F_AT_MIPLWRITERSP_SET, 13, sizeof(atc_onenet_at_miplwritersp_set), 0, 0,
      4, 2, 0, 0, -1, 4}, /* AT_MIPLWRITERSP_SET */
    {ATC_KIND_COMMAND, ATC_FORM_TEST, 0,
      ATC__ONENET_F_NONE, 0, sizeof(atc_onenet_at_miplexecutersp_test), 0, 0,
      0, 1, 0, 0, -1, 0}, /* AT_MIPLEXECUTERSP_TEST */
    {ATC_KIND_COMMAND, ATC_FORM_SET, 0,
      ATC__ONENET_F_AT_MIPLEXECUTERSP_SET, 13, sizeof(atc_onenet_at_miplexecutersp_set), 0, 0,
      4, 2, 0, 0, -1, 4}, /* AT_MIPLEXECUTERSP_SET */
    {ATC_KIND_COMMAND, ATC_FORM_TEST, 0,
      ATC__ONENET_F_NONE, 0, sizeof(atc_onenet_at_miplparameterrsp_test), 0, 0,
      0, 1, 0, 0, -1, 0}, /* AT_MIPLPARAMETERRSP_TEST */
    {ATC_KIND_COMMAND, ATC_FORM_SET, 0,
      ATC__ONENET_F_AT_MIPLPARAMETERRSP_SET, 13, sizeof(atc_onenet_at_miplparameterrsp_set), 0, 0,
      4, 2, 0, 0, -1, 4}, /* AT_MIPLPARAMETERRSP_SET */
    {ATC_KIND_COMMAND, ATC_FORM_TEST, 0,
      ATC__ONENET_F_NONE, 0, sizeof(atc_onenet_at_miplnotify_test), 0, 0,
      0, 1, 0, 0, -1, 0}, /* AT_MIPLNOTIFY_TEST */
    {ATC_KIND_COMMAND, ATC_FORM_SET, ATC_M_AWAITS,
      ATC__ONENET_F_AT_MIPLNOTIFY_SET, 18, sizeof(atc_onenet_at_miplnotify_set), 0, 0,
      12, 3, 0, 0, -1, 12}, /* AT_MIPLNOTIFY_SET */
    {ATC_KIND_COMMAND, ATC_FORM_TEST, 0,
      ATC__ONENET_F_NONE, 0, sizeof(atc_onenet_at_miplupdate_test), 0, 0,
      0, 1, 0, 0, -1, 0}, /* AT_MIPLUPDATE_TEST */
    {ATC_KIND_COMMAND, ATC_FORM_SET, ATC_M_AWAITS,
      ATC__ONENET_F_AT_MIPLUPDATE_SET, 13, sizeof(atc_onenet_at_miplupdate_set), 0, 0,
      4, 2, 0, 0, -1, 4}, /* AT_MIPLUPDATE_SET */
    {ATC_KIND_COMMAND, ATC_FORM_READ, 0,
      ATC__ONENET_F_NONE, 0, sizeof(atc_onenet_at_qsotainfo_read), 0, 0,
      0, 1, 0, 0, -1, 0}, /* AT_QSOTAINFO_READ */
    {ATC_KIND_COMMAND, ATC_FORM_SET, 0,
      ATC__ONENET_F_AT_QSOTAINFO_SET, 5, sizeof(atc_onenet_at_qsotainfo_set), 0, 0,
      2, 1, 0, 0, -1, 2}, /* AT_QSOTAINFO_SET */
    {ATC_KIND_COMMAND, ATC_FORM_SET, 0,
      ATC__ONENET_F_AT_QSOTARESULT_SET, 8, sizeof(atc_onenet_at_qsotaresult_set), 0, 0,
      1, 1, 0, 0, -1, 1}, /* AT_QSOTARESULT_SET */
    {ATC_KIND_RESPONSE, ATC_FORM_NONE, ATC_M_TEST_ANSWER,
      ATC__ONENET_F_MIPLCONFIG_TEST, 6, sizeof(atc_onenet_miplconfig_test), 0, 0,
      3, 2, 1, 0, -1, 3}, /* MIPLCONFIG_TEST */
    {ATC_KIND_RESPONSE, ATC_FORM_NONE, ATC_M_MULTI,
      ATC__ONENET_F_AT_MIPLCONFIG_SET_ACCESS_SERVER, 2, sizeof(atc_onenet_miplconfig_read_access_server), 1, 0,
      3, 1, 1, 0, -1, 3}, /* MIPLCONFIG_READ_ACCESS_SERVER */
    {ATC_KIND_RESPONSE, ATC_FORM_NONE, ATC_M_MULTI,
      ATC__ONENET_F_AT_MIPLCONFIG_SET_BOOTSTRAP, 2, sizeof(atc_onenet_miplconfig_read_bootstrap), 1, 0,
      3, 1, 1, 0, -1, 3}, /* MIPLCONFIG_READ_BOOTSTRAP */
    {ATC_KIND_RESPONSE, ATC_FORM_NONE, ATC_M_MULTI,
      ATC__ONENET_F_MIPLCONFIG_READ_ACK_TIMEOUT, 5, sizeof(atc_onenet_miplconfig_read_ack_timeout), 1, 0,
      2, 1, 1, 0, -1, 2}, /* MIPLCONFIG_READ_ACK_TIMEOUT */
    {ATC_KIND_RESPONSE, ATC_FORM_NONE, ATC_M_MULTI,
      ATC__ONENET_F_AT_MIPLCONFIG_SET_OBS_AUTO_ACK, 5, sizeof(atc_onenet_miplconfig_read_obs_autoack), 1, 0,
      2, 1, 1, 0, -1, 2}, /* MIPLCONFIG_READ_OBS_AUTOACK */
    {ATC_KIND_RESPONSE, ATC_FORM_NONE, ATC_M_MULTI,
      ATC__ONENET_F_MIPLCONFIG_READ_AUTH, 6, sizeof(atc_onenet_miplconfig_read_auth), 1, 0,
      3, 2, 1, 0, -1, 3}, /* MIPLCONFIG_READ_AUTH */
    {ATC_KIND_RESPONSE, ATC_FORM_NONE, ATC_M_MULTI,
      ATC__ONENET_F_MIPLCONFIG_READ_DTLS, 6, sizeof(atc_onenet_miplconfig_read_dtls), 1, 0,
      3, 2, 1, 0, -1, 3}, /* MIPLCONFIG_READ_DTLS */
    {ATC_KIND_RESPONSE, ATC_FORM_NONE, ATC_M_MULTI,
      ATC__ONENET_F_AT_MIPLCONFIG_SET_WRITE_FORMAT, 5, sizeof(atc_onenet_miplconfig_read_write_format), 1, 0,
      2, 1, 1, 0, -1, 2}, /* MIPLCONFIG_READ_WRITE_FORMAT */
    {ATC_KIND_RESPONSE, ATC_FORM_NONE, 0,
      ATC__ONENET_F_AT_MIPLDELETE_SET, 8, sizeof(atc_onenet_miplcreate), 2, 0,
      1, 1, 1, 0, -1, 1}, /* MIPLCREATE */
    {ATC_KIND_RESPONSE, ATC_FORM_NONE, ATC_M_TEST_ANSWER,
      ATC__ONENET_F_MIPLDELETE_TEST, 8, sizeof(atc_onenet_mipldelete_test), 3, 0,
      1, 1, 1, 0, -1, 1}, /* MIPLDELETE_TEST */
    {ATC_KIND_RESPONSE, ATC_FORM_NONE, ATC_M_VARIABLE,
      ATC__ONENET_F_MIPLVER, 21, sizeof(atc_onenet_miplver), 4, 0,
      1, 1, 1, 0, -1, 255}, /* MIPLVER */
    {ATC_KIND_RESPONSE, ATC_FORM_NONE, ATC_M_TEST_ANSWER,
      ATC__ONENET_F_MIPLADDOBJ_TEST, 9, sizeof(atc_onenet_mipladdobj_test), 5, 0,
      6, 1, 1, 0, -1, 6}, /* MIPLADDOBJ_TEST */
    {ATC_KIND_RESPONSE, ATC_FORM_NONE, ATC_M_TEST_ANSWER,
      ATC__ONENET_F_MIPLDELOBJ_TEST, 5, sizeof(atc_onenet_mipldelobj_test), 6, 0,
      2, 1, 1, 0, -1, 2}, /* MIPLDELOBJ_TEST */
    {ATC_KIND_RESPONSE, ATC_FORM_NONE, ATC_M_TEST_ANSWER,
      ATC__ONENET_F_MIPLOPEN_TEST, 6, sizeof(atc_onenet_miplopen_test), 7, 0,
      3, 2, 1, 0, -1, 3}, /* MIPLOPEN_TEST */
    {ATC_KIND_RESPONSE, ATC_FORM_NONE, ATC_M_TEST_ANSWER,
      ATC__ONENET_F_MIPLDELETE_TEST, 8, sizeof(atc_onenet_miplclose_test), 8, 0,
      1, 1, 1, 0, -1, 1}, /* MIPLCLOSE_TEST */
    {ATC_KIND_RESPONSE, ATC_FORM_NONE, ATC_M_TEST_ANSWER,
      ATC__ONENET_F_MIPLDISCOVERRSP_TEST, 10, sizeof(atc_onenet_mipldiscoverrsp_test), 9, 0,
      6, 3, 1, 0, -1, 6}, /* MIPLDISCOVERRSP_TEST */
    {ATC_KIND_RESPONSE, ATC_FORM_NONE, ATC_M_TEST_ANSWER,
      ATC__ONENET_F_MIPLOBSERVERSP_TEST, 13, sizeof(atc_onenet_miplobserversp_test), 10, 0,
      4, 2, 1, 0, -1, 4}, /* MIPLOBSERVERSP_TEST */
    {ATC_KIND_RESPONSE, ATC_FORM_NONE, ATC_M_TEST_ANSWER,
      ATC__ONENET_F_MIPLREADRSP_TEST, 15, sizeof(atc_onenet_miplreadrsp_test), 11, 0,
      12, 3, 1, 0, -1, 12}, /* MIPLREADRSP_TEST */
    {ATC_KIND_RESPONSE, ATC_FORM_NONE, ATC_M_TEST_ANSWER,
      ATC__ONENET_F_MIPLOBSERVERSP_TEST, 13, sizeof(atc_onenet_miplwritersp_test), 12, 0,
      4, 2, 1, 0, -1, 4}, /* MIPLWRITERSP_TEST */
    {ATC_KIND_RESPONSE, ATC_FORM_NONE, ATC_M_TEST_ANSWER,
      ATC__ONENET_F_MIPLOBSERVERSP_TEST, 13, sizeof(atc_onenet_miplexecutersp_test), 13, 0,
      4, 2, 1, 0, -1, 4}, /* MIPLEXECUTERSP_TEST */
    {ATC_KIND_RESPONSE, ATC_FORM_NONE, ATC_M_TEST_ANSWER,
      ATC__ONENET_F_MIPLOBSERVERSP_TEST, 13, sizeof(atc_onenet_miplparameterrsp_test), 14, 0,
      4, 2, 1, 0, -1, 4}, /* MIPLPARAMETERRSP_TEST */
    {ATC_KIND_RESPONSE, ATC_FORM_NONE, ATC_M_TEST_ANSWER,
      ATC__ONENET_F_MIPLNOTIFY_TEST, 18, sizeof(atc_onenet_miplnotify_test), 15, 0,
      12, 3, 1, 0, -1, 12}, /* MIPLNOTIFY_TEST */
    {ATC_KIND_RESPONSE, ATC_FORM_NONE, ATC_M_TEST_ANSWER,
      ATC__ONENET_F_MIPLUPDATE_TEST, 13, sizeof(atc_onenet_miplupdate_test), 16, 0,
      4, 2, 1, 0, -1, 4}, /* MIPLUPDATE_TEST */
    {ATC_KIND_RESPONSE, ATC_FORM_NONE, 0,
      ATC__ONENET_F_AT_QSOTAINFO_SET, 5, sizeof(atc_onenet_qsotainfo), 17, 0,
      2, 1, 1, 0, -1, 2}, /* QSOTAINFO */
    {ATC_KIND_URC, ATC_FORM_NONE, 0,
      ATC__ONENET_F_MIPLDISCOVER, 2, sizeof(atc_onenet_mipldiscover), 0, 0,
      3, 1, 0, 0, -1, 3}, /* MIPLDISCOVER */
    {ATC_KIND_URC, ATC_FORM_NONE, 0,
      ATC__ONENET_F_MIPLOBSERVE, 9, sizeof(atc_onenet_miplobserve), 0, 0,
      6, 1, 0, 0, -1, 6}, /* MIPLOBSERVE */
    {ATC_KIND_URC, ATC_FORM_NONE, 0,
      ATC__ONENET_F_MIPLREAD, 11, sizeof(atc_onenet_miplread), 0, 0,
      5, 1, 0, 0, -1, 5}, /* MIPLREAD */
    {ATC_KIND_URC, ATC_FORM_NONE, 0,
      ATC__ONENET_F_MIPLWRITE, 22, sizeof(atc_onenet_miplwrite), 0, 0,
      10, 2, 0, 0, -1, 10}, /* MIPLWRITE */
    {ATC_KIND_URC, ATC_FORM_NONE, 0,
      ATC__ONENET_F_MIPLEXECUTE, 24, sizeof(atc_onenet_miplexecute), 0, 0,
      7, 2, 0, 0, -1, 7}, /* MIPLEXECUTE */
    {ATC_KIND_URC, ATC_FORM_NONE, 0,
      ATC__ONENET_F_MIPLPARAMETER, 25, sizeof(atc_onenet_miplparameter), 0, 0,
      7, 1, 0, 0, -1, 7}, /* MIPLPARAMETER */
    {ATC_KIND_URC, ATC_FORM_NONE, 0,
      ATC__ONENET_F_MIPLEVENT_NOTIFY_FAILED, 2, sizeof(atc_onenet_miplevent_notify_failed), 0, 0,
      3, 1, 0, 0, -1, 3}, /* MIPLEVENT_NOTIFY_FAILED */
    {ATC_KIND_URC, ATC_FORM_NONE, 0,
      ATC__ONENET_F_MIPLEVENT_NOTIFY_SUCCESS, 2, sizeof(atc_onenet_miplevent_notify_success), 0, 0,
      3, 1, 0, 0, -1, 3}, /* MIPLEVENT_NOTIFY_SUCCESS */
    {ATC_KIND_URC, ATC_FORM_NONE, 0,
      ATC__ONENET_F_MIPLEVENT, 26, sizeof(atc_onenet_miplevent), 0, 0,
      6, 4, 0, 0, -1, 6}, /* MIPLEVENT */
};

/* ---- Heads: the texts lines begin with, and the keywords after them ---- */
static const struct {
    char s0[1];
    char s1[3];
    char s2[6];
    char s3[11];
    char s4[11];
    char s5[14];
    char s6[14];
    char s7[14];
    char s8[11];
    char s9[14];
    char s10[14];
    char s11[12];
    char s12[13];
    char s13[19];
    char s14[18];
    char s15[17];
    char s16[17];
    char s17[15];
    char s18[16];
    char s19[18];
    char s20[20];
    char s21[22];
    char s22[14];
    char s23[14];
    char s24[13];
    char s25[15];
    char s26[12];
    char s27[12];
    char s28[12];
    char s29[9];
    char s30[12];
    char s31[12];
    char s32[10];
    char s33[11];
    char s34[17];
    char s35[16];
    char s36[13];
    char s37[14];
    char s38[16];
    char s39[18];
    char s40[20];
    char s41[12];
    char s42[12];
    char s43[11];
    char s44[14];
    char s45[13];
    char s46[12];
    char s47[12];
    char s48[10];
    char s49[11];
    char s50[13];
    char s51[15];
    char s52[11];
} atc__onenet_keys_pool = {
    "",
    "OK",
    "ERROR",
    "+CME ERROR",
    "+CMS ERROR",
    "AT+MIPLCONFIG",
    "AT+MIPLCREATE",
    "AT+MIPLDELETE",
    "AT+MIPLVER",
    "AT+MIPLADDOBJ",
    "AT+MIPLDELOBJ",
    "AT+MIPLOPEN",
    "AT+MIPLCLOSE",
    "AT+MIPLDISCOVERRSP",
    "AT+MIPLOBSERVERSP",
    "AT+MIPLOBSEVERSP",
    "AT+MIPLOBERVERSP",
    "AT+MIPLREADRSP",
    "AT+MIPLWRITERSP",
    "AT+MIPLEXECUTERSP",
    "AT+MIPLPARAMETERRSP",
    "AT+MIPLPARAMETERERRSP",
    "AT+MIPLNOTIFY",
    "AT+MIPLUPDATE",
    "AT+QSOTAINFO",
    "AT+QSOTARESULT",
    "+MIPLCONFIG",
    "+MIPLCREATE",
    "+MIPLDELETE",
    "+MIPLVER",
    "+MIPLADDOBJ",
    "+MIPLDELOBJ",
    "+MIPLOPEN",
    "+MIPLCLOSE",
    "+MIPLDISCOVERRSP",
    "+MIPLOBSERVERSP",
    "+MIPLREADRSP",
    "+MIPLWRITERSP",
    "+MIPLEXECUTERSP",
    "+MIPLPARAMETERRSP",
    "+MIPLPARAMETERERRSP",
    "+MIPLNOTIFY",
    "+MIPLUPDATE",
    "+QSOTAINFO",
    "+MIPLDISCOVER",
    "+MIPLOBSERVE",
    "+MIPLOBSEVE",
    "+MIPLOBERVE",
    "+MIPLREAD",
    "+MIPLWRITE",
    "+MIPLEXECUTE",
    "+MIPLPARAMETER",
    "+MIPLEVENT"
};
ATC__ONENET_CHECK(keys_pool_unpadded, sizeof atc__onenet_keys_pool == 706);
#define atc__onenet_keys ((const char *)&atc__onenet_keys_pool)

static const atc_head atc__onenet_heads[] = {
    /* text, next, cands, parent, len, term, flags, ncands, nresp, nrest */
    {1, 0xc, 18, 0xffff, 2, 0, 0, 1, 0, 1}, /* [0] OK */
    {4, 0xffff, 19, 0xffff, 5, 0, 0, 1, 0, 1}, /* [1] ERROR */
    {10, 0xd, 20, 0xffff, 10, 1, 0, 1, 0, 1}, /* [2] +CME ERROR: */
    {21, 0x41, 21, 0xffff, 10, 1, 0, 1, 0, 1}, /* [3] +CMS ERROR: */
    {32, 0xffff, 0, 0xffff, 13, 4, 0, 1, 0, 0}, /* [4] AT+MIPLCONFIG=? */
    {32, 0xffff, 1, 0xffff, 13, 3, 0, 1, 0, 0}, /* [5] AT+MIPLCONFIG? */
    {32, 0x2d, 22, 0xffff, 13, 2, 0, 7, 0, 0}, /* [6] AT+MIPLCONFIG= */
    {46, 0x1d, 2, 0xffff, 13, 0, 0, 1, 0, 0}, /* [7] AT+MIPLCREATE */
    {60, 0xa, 3, 0xffff, 13, 4, 0, 1, 0, 0}, /* [8] AT+MIPLDELETE=? */
    {60, 0xffff, 29, 0xffff, 13, 2, 0, 1, 0, 0}, /* [9] AT+MIPLDELETE= */
    {74, 0x19, 4, 0xffff, 10, 3, 0, 1, 0, 0}, /* [10] AT+MIPLVER? */
    {85, 0xffff, 5, 0xffff, 13, 4, 0, 1, 0, 0}, /* [11] AT+MIPLADDOBJ=? */
    {85, 0x24, 30, 0xffff, 13, 2, 0, 1, 0, 0}, /* [12] AT+MIPLADDOBJ= */
    {99, 0xffff, 6, 0xffff, 13, 4, 0, 1, 0, 0}, /* [13] AT+MIPLDELOBJ=? */
    {99, 0xffff, 31, 0xffff, 13, 2, 0, 1, 0, 0}, /* [14] AT+MIPLDELOBJ= */
    {113, 0xffff, 7, 0xffff, 11, 4, 0, 1, 0, 0}, /* [15] AT+MIPLOPEN=? */
    {113, 0xffff, 32, 0xffff, 11, 2, 0, 1, 0, 0}, /* [16] AT+MIPLOPEN= */
    {125, 0xffff, 8, 0xffff, 12, 4, 0, 1, 0, 0}, /* [17] AT+MIPLCLOSE=? */
    {125, 0xffff, 33, 0xffff, 12, 2, 0, 1, 0, 0}, /* [18] AT+MIPLCLOSE= */
    {138, 0xffff, 9, 0xffff, 18, 4, 0, 1, 0, 0}, /* [19] AT+MIPLDISCOVERRSP=? */
    {138, 0xffff, 34, 0xffff, 18, 2, 0, 1, 0, 0}, /* [20] AT+MIPLDISCOVERRSP= */
    {157, 0x1f, 10, 0xffff, 17, 4, 0, 1, 0, 0}, /* [21] AT+MIPLOBSERVERSP=? */
    {175, 0x17, 10, 0xffff, 16, 4, 0, 1, 0, 0}, /* [22] AT+MIPLOBSEVERSP=? */
    {192, 0xffff, 10, 0xffff, 16, 4, 0, 1, 0, 0}, /* [23] AT+MIPLOBERVERSP=? */
    {157, 0x20, 35, 0xffff, 17, 2, 0, 1, 0, 0}, /* [24] AT+MIPLOBSERVERSP= */
    {175, 0x1a, 35, 0xffff, 16, 2, 0, 1, 0, 0}, /* [25] AT+MIPLOBSEVERSP= */
    {192, 0xffff, 35, 0xffff, 16, 2, 0, 1, 0, 0}, /* [26] AT+MIPLOBERVERSP= */
    {209, 0xffff, 11, 0xffff, 14, 4, 0, 1, 0, 0}, /* [27] AT+MIPLREADRSP=? */
    {209, 0xffff, 36, 0xffff, 14, 2, 0, 1, 0, 0}, /* [28] AT+MIPLREADRSP= */
    {224, 0xffff, 12, 0xffff, 15, 4, 0, 1, 0, 0}, /* [29] AT+MIPLWRITERSP=? */
    {224, 0x26, 37, 0xffff, 15, 2, 0, 1, 0, 0}, /* [30] AT+MIPLWRITERSP= */
    {240, 0xffff, 13, 0xffff, 17, 4, 0, 1, 0, 0}, /* [31] AT+MIPLEXECUTERSP=? */
    {240, 0xffff, 38, 0xffff, 17, 2, 0, 1, 0, 0}, /* [32] AT+MIPLEXECUTERSP= */
    {258, 0xffff, 14, 0xffff, 19, 4, 0, 1, 0, 0}, /* [33] AT+MIPLPARAMETERRSP=? */
    {278, 0xffff, 14, 0xffff, 21, 4, 0, 1, 0, 0}, /* [34] AT+MIPLPARAMETERERRSP=? */
    {258, 0x27, 39, 0xffff, 19, 2, 0, 1, 0, 0}, /* [35] AT+MIPLPARAMETERRSP= */
    {278, 0xffff, 39, 0xffff, 21, 2, 0, 1, 0, 0}, /* [36] AT+MIPLPARAMETERERRSP= */
    {300, 0x2b, 15, 0xffff, 13, 4, 0, 1, 0, 0}, /* [37] AT+MIPLNOTIFY=? */
    {300, 0x34, 40, 0xffff, 13, 2, 0, 1, 0, 0}, /* [38] AT+MIPLNOTIFY= */
    {314, 0x45, 16, 0xffff, 13, 4, 0, 1, 0, 0}, /* [39] AT+MIPLUPDATE=? */
    {314, 0xffff, 41, 0xffff, 13, 2, 0, 1, 0, 0}, /* [40] AT+MIPLUPDATE= */
    {328, 0xffff, 17, 0xffff, 12, 3, 0, 1, 0, 0}, /* [41] AT+QSOTAINFO? */
    {328, 0x3b, 42, 0xffff, 12, 2, 0, 1, 0, 0}, /* [42] AT+QSOTAINFO= */
    {341, 0xffff, 43, 0xffff, 14, 2, 0, 1, 0, 0}, /* [43] AT+QSOTARESULT= */
    {356, 0xffff, 44, 0xffff, 11, 1, 0, 8, 8, 0}, /* [44] +MIPLCONFIG: */
    {368, 0xffff, 52, 0xffff, 11, 1, 0, 1, 1, 0}, /* [45] +MIPLCREATE: */
    {380, 0xffff, 53, 0xffff, 11, 1, 0, 1, 1, 0}, /* [46] +MIPLDELETE: */
    {392, 0xffff, 54, 0xffff, 8, 1, 0, 1, 1, 0}, /* [47] +MIPLVER: */
    {401, 0xffff, 55, 0xffff, 11, 1, 0, 1, 1, 0}, /* [48] +MIPLADDOBJ: */
    {413, 0xffff, 56, 0xffff, 11, 1, 0, 1, 1, 0}, /* [49] +MIPLDELOBJ: */
    {425, 0xffff, 57, 0xffff, 9, 1, 0, 1, 1, 0}, /* [50] +MIPLOPEN: */
    {435, 0xffff, 58, 0xffff, 10, 1, 0, 1, 1, 0}, /* [51] +MIPLCLOSE: */
    {446, 0xffff, 59, 0xffff, 16, 1, 0, 1, 1, 0}, /* [52] +MIPLDISCOVERRSP: */
    {463, 0x38, 60, 0xffff, 15, 1, 0, 1, 1, 0}, /* [53] +MIPLOBSERVERSP: */
    {479, 0xffff, 61, 0xffff, 12, 1, 0, 1, 1, 0}, /* [54] +MIPLREADRSP: */
    {492, 0xffff, 62, 0xffff, 13, 1, 0, 1, 1, 0}, /* [55] +MIPLWRITERSP: */
    {506, 0xffff, 63, 0xffff, 15, 1, 0, 1, 1, 0}, /* [56] +MIPLEXECUTERSP: */
    {522, 0xffff, 64, 0xffff, 17, 1, 0, 1, 1, 0}, /* [57] +MIPLPARAMETERRSP: */
    {540, 0xffff, 64, 0xffff, 19, 1, 0, 1, 1, 0}, /* [58] +MIPLPARAMETERERRSP: */
    {560, 0x40, 65, 0xffff, 11, 1, 0, 1, 1, 0}, /* [59] +MIPLNOTIFY: */
    {572, 0xffff, 66, 0xffff, 11, 1, 0, 1, 1, 0}, /* [60] +MIPLUPDATE: */
    {584, 0xffff, 67, 0xffff, 10, 1, 0, 1, 1, 0}, /* [61] +QSOTAINFO: */
    {595, 0xffff, 68, 0xffff, 13, 1, 0, 1, 0, 1}, /* [62] +MIPLDISCOVER: */
    {609, 0xffff, 69, 0xffff, 12, 1, 0, 1, 0, 1}, /* [63] +MIPLOBSERVE: */
    {622, 0xffff, 69, 0xffff, 11, 1, 0, 1, 0, 1}, /* [64] +MIPLOBSEVE: */
    {634, 0xffff, 69, 0xffff, 11, 1, 0, 1, 0, 1}, /* [65] +MIPLOBERVE: */
    {646, 0xffff, 70, 0xffff, 9, 1, 0, 1, 0, 1}, /* [66] +MIPLREAD: */
    {656, 0xffff, 71, 0xffff, 10, 1, 0, 1, 0, 1}, /* [67] +MIPLWRITE: */
    {667, 0xffff, 72, 0xffff, 12, 1, 0, 1, 0, 1}, /* [68] +MIPLEXECUTE: */
    {680, 0xffff, 73, 0xffff, 14, 1, 0, 1, 0, 1}, /* [69] +MIPLPARAMETER: */
    {695, 0xffff, 74, 0xffff, 10, 1, 0, 3, 0, 3}, /* [70] +MIPLEVENT: */
};
/* hash slot (atc__hash of a head's text, top bits) -> its first head */
static const uint16_t atc__onenet_slots[] = {
0x8, 0xffff, 0x7, 0xffff, 0x3d, 0x36, 0xffff, 0xffff, 0xffff, 0xe, 0x3e, 0x3c, 0x30, 0xffff, 0xffff, 0xffff,
0x12, 0xffff, 0xffff, 0xffff, 0xffff, 0xffff, 0xffff, 0xffff, 0xffff, 0xffff, 0x13, 0xffff, 0xffff, 0xffff, 0x16, 0xffff,
0xffff, 0xffff, 0xffff, 0xffff, 0xffff, 0x2c, 0x0, 0x44, 0xffff, 0x33, 0xffff, 0xffff, 0x23, 0xffff, 0xb, 0x15,
0x1, 0xffff, 0x32, 0x2, 0xffff, 0x21, 0xffff, 0xffff, 0xffff, 0x14, 0xffff, 0x1b, 0x2f, 0x4, 0x9, 0xffff,
0xffff, 0x31, 0xffff, 0x5, 0xf, 0xffff, 0xffff, 0x1e, 0xffff, 0x2e, 0xffff, 0xffff, 0x39, 0xffff, 0x3f, 0x1c,
0xffff, 0xffff, 0xffff, 0xffff, 0xffff, 0x28, 0x6, 0xffff, 0xffff, 0xffff, 0xffff, 0x18, 0xffff, 0x29, 0xffff, 0xffff,
0x22, 0x3, 0xffff, 0xffff, 0x43, 0xffff, 0xffff, 0xffff, 0x25, 0x2a, 0xffff, 0x10, 0x3a, 0xffff, 0xffff, 0x37,
0xffff, 0x35, 0xffff, 0xffff, 0xffff, 0xffff, 0xffff, 0xffff, 0xffff, 0x42, 0xffff, 0x46, 0xffff, 0xffff, 0x11, 0xffff,
};

/* Wire prefixes, for the encoders: offsets in text. */
static const uint16_t atc__onenet_prefixes[] = {
552, 555, 561, 574, 587, 603, 618, 618, 618, 618, 618, 618, 618, 633, 647, 663,
678, 690, 706, 721, 737, 752, 766, 779, 794, 808, 829, 849, 869, 888, 905, 921,
939, 956, 976, 995, 1017, 1038, 1054, 1069, 1085, 1100, 1114, 1128, 1144, 1144, 1144, 1144,
1144, 1144, 1144, 1144, 1158, 1172, 1186, 1197, 1211, 1225, 1237, 1250, 1269, 1287, 1302, 1318,
1336, 1356, 1370, 1384, 1397, 1413, 1428, 1440, 1453, 1468, 1485, 1485, 1485,
};

const uint32_t atc_onenet_timeout_ms[77] = {
0u, 0u, 0u, 0u, 300u, 300u, 300u, 300u, 300u, 300u, 300u, 300u,
300u, 300u, 3000u, 3000u, 300u, 300u, 300u, 300u, 300u, 300u, 300u, 3000u,
3000u, 300u, 300u, 300u, 300u, 300u, 300u, 300u, 300u, 300u, 300u, 300u,
300u, 300u, 300u, 300u, 300u, 300u, 300u, 300u, 0u, 0u, 0u, 0u,
0u, 0u, 0u, 0u, 0u, 0u, 0u, 0u, 0u, 0u, 0u, 0u,
0u, 0u, 0u, 0u, 0u, 0u, 0u, 0u, 0u, 0u, 0u, 0u,
0u, 0u, 0u, 0u, 0u,
};

#if !ATC_NO_NAMES
static const struct {
    char s0[1];
    char s1[3];
    char s2[6];
    char s3[10];
    char s4[10];
    char s5[11];
    char s6[11];
    char s7[11];
    char s8[8];
    char s9[11];
    char s10[11];
    char s11[9];
    char s12[10];
    char s13[16];
    char s14[15];
    char s15[12];
    char s16[13];
    char s17[15];
    char s18[17];
    char s19[11];
    char s20[11];
    char s21[10];
    char s22[12];
    char s23[13];
    char s24[12];
    char s25[9];
    char s26[10];
    char s27[12];
    char s28[14];
    char s29[10];
    char s30[4];
    char s31[5];
    char s32[3];
    char s33[5];
    char s34[11];
    char s35[12];
    char s36[13];
    char s37[12];
    char s38[10];
    char s39[12];
    char s40[4];
    char s41[13];
    char s42[4];
    char s43[7];
    char s44[10];
    char s45[11];
    char s46[11];
    char s47[10];
    char s48[9];
    char s49[8];
    char s50[7];
    char s51[7];
    char s52[7];
    char s53[13];
    char s54[9];
    char s55[7];
    char s56[7];
    char s57[11];
    char s58[4];
    char s59[6];
    char s60[6];
    char s61[5];
    char s62[7];
    char s63[17];
    char s64[11];
    char s65[9];
    char s66[11];
    char s67[8];
    char s68[10];
    char s69[10];
    char s70[7];
    char s71[7];
    char s72[11];
    char s73[19];
    char s74[18];
    char s75[18];
    char s76[16];
    char s77[15];
    char s78[35];
    char s79[35];
    char s80[52];
    char s81[37];
    char s82[51];
    char s83[45];
    char s84[38];
    char s85[14];
    char s86[16];
    char s87[20];
    char s88[12];
    char s89[16];
    char s90[74];
    char s91[16];
    char s92[28];
    char s93[14];
    char s94[41];
    char s95[15];
    char s96[19];
    char s97[21];
    char s98[79];
    char s99[20];
    char s100[53];
    char s101[17];
    char s102[117];
    char s103[18];
    char s104[51];
    char s105[20];
    char s106[53];
    char s107[22];
    char s108[55];
    char s109[16];
    char s110[115];
    char s111[16];
    char s112[60];
    char s113[14];
    char s114[37];
    char s115[24];
    char s116[48];
    char s117[34];
    char s118[34];
    char s119[36];
    char s120[36];
    char s121[50];
    char s122[44];
    char s123[37];
    char s124[19];
    char s125[19];
    char s126[20];
    char s127[73];
    char s128[27];
    char s129[40];
    char s130[18];
    char s131[78];
    char s132[52];
    char s133[116];
    char s134[50];
    char s135[52];
    char s136[54];
    char s137[114];
    char s138[59];
    char s139[36];
    char s140[37];
    char s141[59];
    char s142[49];
    char s143[93];
    char s144[72];
    char s145[72];
    char s146[37];
    char s147[37];
    char s148[83];
} atc__onenet_names_text_pool = {
    "",
    "OK",
    "ERROR",
    "CME_ERROR",
    "CMS_ERROR",
    "MIPLCONFIG",
    "MIPLCREATE",
    "MIPLDELETE",
    "MIPLVER",
    "MIPLADDOBJ",
    "MIPLDELOBJ",
    "MIPLOPEN",
    "MIPLCLOSE",
    "MIPLDISCOVERRSP",
    "MIPLOBSERVERSP",
    "MIPLREADRSP",
    "MIPLWRITERSP",
    "MIPLEXECUTERSP",
    "MIPLPARAMETERRSP",
    "MIPLNOTIFY",
    "MIPLUPDATE",
    "QSOTAINFO",
    "QSOTARESULT",
    "MIPLDISCOVER",
    "MIPLOBSERVE",
    "MIPLREAD",
    "MIPLWRITE",
    "MIPLEXECUTE",
    "MIPLPARAMETER",
    "MIPLEVENT",
    "err",
    "mode",
    "ip",
    "port",
    "parameter1",
    "rsp_timeout",
    "obs_auto_ack",
    "auth_enable",
    "auth_code",
    "dtls_enable",
    "psk",
    "write_format",
    "ref",
    "obj_id",
    "ins_count",
    "ins_bitmap",
    "attr_count",
    "act_count",
    "lifetime",
    "timeout",
    "msg_id",
    "result",
    "length",
    "value_string",
    "rai_mode",
    "ins_id",
    "res_id",
    "value_type",
    "len",
    "value",
    "index",
    "flag",
    "ack_id",
    "with_object_flag",
    "sw_version",
    "mem_size",
    "parameter2",
    "version",
    "arguments",
    "parameter",
    "evt_id",
    "extend",
    "time_stamp",
    "cache_command_flag",
    "+CME ERROR: <err>",
    "+CMS ERROR: <err>",
    "AT+MIPLCONFIG=?",
    "AT+MIPLCONFIG?",
    "AT+MIPLCONFIG=<mode=0>,<IP>,<port>",
    "AT+MIPLCONFIG=<mode=1>,<IP>,<port>",
    "AT+MIPLCONFIG=<mode=2>[,<parameter1>],<rsp_timeout>",
    "AT+MIPLCONFIG=<mode=3>,<obs_autoack>",
    "AT+MIPLCONFIG=<mode=4>,<auth_enable>[,<auth_code>]",
    "AT+MIPLCONFIG=<mode=5>,<DTLS_enable>[,<PSK>]",
    "AT+MIPLCONFIG=<mode=6>,<write_format>",
    "AT+MIPLCREATE",
    "AT+MIPLDELETE=?",
    "AT+MIPLDELETE=<ref>",
    "AT+MIPLVER?",
    "AT+MIPLADDOBJ=?",
    "AT+MIPLADDOBJ=<ref>,<objId>,<insCount>,<insBitmap>,<attrCount>,<actCount>",
    "AT+MIPLDELOBJ=?",
    "AT+MIPLDELOBJ=<ref>,<objId>",
    "AT+MIPLOPEN=?",
    "AT+MIPLOPEN=<ref>,<lifetime>[,<timeout>]",
    "AT+MIPLCLOSE=?",
    "AT+MIPLCLOSE=<ref>",
    "AT+MIPLDISCOVERRSP=?",
    "AT+MIPLDISCOVERRSP=<ref>,<msgId>,<result>[,<length>,<valuestring>[,<raiMode>]]",
    "AT+MIPLOBSERVERSP=?",
    "AT+MIPLOBSERVERSP=<ref>,<msgId>,<result>[,<raiMode>]",
    "AT+MIPLREADRSP=?",
    "AT+MIPLREADRSP=<ref>,<msgId>,<result>[,<objId>,<insId>,<resId>,<valueType>,<len>,<value>,<index>,<flag>[,<raiMode>]]",
    "AT+MIPLWRITERSP=?",
    "AT+MIPLWRITERSP=<ref>,<msgId>,<result>[,<raiMode>]",
    "AT+MIPLEXECUTERSP=?",
    "AT+MIPLEXECUTERSP=<ref>,<msgId>,<result>[,<raiMode>]",
    "AT+MIPLPARAMETERRSP=?",
    "AT+MIPLPARAMETERRSP=<ref>,<msgId>,<result>[,<raiMode>]",
    "AT+MIPLNOTIFY=?",
    "AT+MIPLNOTIFY=<ref>,<msgId>,<objId>,<insId>,<resId>,<valueType>,<len>,<value>,<index>,<flag>[,<ackId>[,<raiMode>]]",
    "AT+MIPLUPDATE=?",
    "AT+MIPLUPDATE=<ref>,<lifetime>,<withObjectFlag>[,<raiMode>]",
    "AT+QSOTAINFO?",
    "AT+QSOTAINFO=<sw_version>,<mem_size>",
    "AT+QSOTARESULT=<result>",
    "+MIPLCONFIG: <mode>,<parameter1>[,<parameter2>]",
    "+MIPLCONFIG: <mode=0>,<IP>,<port>",
    "+MIPLCONFIG: <mode=1>,<IP>,<port>",
    "+MIPLCONFIG: <mode=2>,<rsp_timeout>",
    "+MIPLCONFIG: <mode=3>,<obs_autoack>",
    "+MIPLCONFIG: <mode=4>,<auth_enable>[,<auth_code>]",
    "+MIPLCONFIG: <mode=5>,<DTLS_enable>[,<PSK>]",
    "+MIPLCONFIG: <mode=6>,<write_format>",
    "+MIPLCREATE: <ref>",
    "+MIPLDELETE: <ref>",
    "+MIPLVER: <version>",
    "+MIPLADDOBJ: <ref>,<objId>,<insCount>,<insBitmap>,<attrCount>,<actCount>",
    "+MIPLDELOBJ: <ref>,<objId>",
    "+MIPLOPEN: <ref>,<lifetime>[,<timeout>]",
    "+MIPLCLOSE: <ref>",
    "+MIPLDISCOVERRSP: <ref>,<msgId>,<result>[,<length>,<valuestring>[,<raiMode>]]",
    "+MIPLOBSERVERSP: <ref>,<msgId>,<result>[,<raiMode>]",
    "+MIPLREADRSP: <ref>,<msgId>,<result>[,<objId>,<insId>,<resId>,<valueType>,<len>,<value>,<index>,<flag>[,<raiMode>]]",
    "+MIPLWRITERSP: <ref>,<msgId>,<result>[,<raiMode>]",
    "+MIPLEXECUTERSP: <ref>,<msgId>,<result>[,<raiMode>]",
    "+MIPLPARAMETERRSP: <ref>,<msgId>,<result>[,<raiMode>]",
    "+MIPLNOTIFY: <ref>,<msgId>,<objId>,<insId>,<resId>,<valueType>,<len>,<value>,<index>,<flag>[,<ackId>[,<raiMode>]]",
    "+MIPLUPDATE: <ref>,<lifetime>,<withObjectFlag>[,<raiMode>]",
    "+QSOTAINFO: <sw_version>,<mem_size>",
    "+MIPLDISCOVER: <ref>,<msgId>,<objId>",
    "+MIPLOBSERVE: <ref>,<msgId>,<flag>,<objId>,<insId>,<resId>",
    "+MIPLREAD: <ref>,<msgId>,<objId>,<insId>,<resId>",
    "+MIPLWRITE: <ref>,<msgId>,<objId>,<insId>,<resId>,<valueType>,<len>,<value>,<flag>[,<index>]",
    "+MIPLEXECUTE: <ref>,<msgId>,<objId>,<insId>,<resId>[,<len>,<arguments>]",
    "+MIPLPARAMETER: <ref>,<msgId>,<objId>,<insId>,<resId>,<len>,<parameter>",
    "+MIPLEVENT: <ref>,<evtid=25>,<ackId>",
    "+MIPLEVENT: <ref>,<evtid=26>,<ackId>",
    "+MIPLEVENT: <ref>,<evtid>[,<extend>[,<ackId>[,<time_stamp>,<cache_command_flag>]]]"
};
ATC__ONENET_CHECK(names_text_pool_unpadded, sizeof atc__onenet_names_text_pool == 3852);
#define atc__onenet_names_text ((const char *)&atc__onenet_names_text_pool)

static const uint16_t atc__onenet_msg_names[] = {
1, 4, 10, 20, 30, 30, 30, 30, 30, 30, 30, 30, 30, 41, 52, 52,
63, 71, 71, 82, 82, 93, 93, 102, 102, 112, 112, 128, 128, 143, 143, 155,
155, 168, 168, 183, 183, 200, 200, 211, 211, 222, 222, 232, 30, 30, 30, 30,
30, 30, 30, 30, 41, 52, 63, 71, 82, 93, 102, 112, 128, 143, 155, 168,
183, 200, 211, 222, 244, 257, 269, 278, 288, 300, 314, 314, 314,
};
static const uint16_t atc__onenet_variant_names[] = {
0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
};
static const uint16_t atc__onenet_field_names[] = {
324, 324, 328, 333, 336, 328, 333, 336, 328, 341, 352, 328, 364, 328, 377, 389,
328, 399, 411, 328, 415, 428, 428, 432, 439, 449, 460, 471, 428, 432, 428, 481,
490, 428, 498, 505, 512, 519, 532, 428, 498, 505, 532, 428, 498, 505, 432, 541,
548, 555, 566, 570, 576, 582, 532, 428, 498, 505, 532, 428, 498, 505, 532, 428,
498, 505, 532, 428, 498, 432, 541, 548, 555, 566, 570, 576, 582, 587, 532, 428,
481, 594, 532, 611, 622, 505, 328, 341, 631, 328, 352, 328, 377, 389, 328, 399,
411, 428, 642, 428, 432, 439, 449, 460, 471, 428, 432, 428, 481, 490, 428, 498,
505, 512, 519, 532, 428, 498, 505, 532, 428, 498, 505, 432, 541, 548, 555, 566,
570, 576, 582, 532, 428, 498, 432, 541, 548, 555, 566, 570, 576, 582, 587, 532,
428, 481, 594, 532, 428, 498, 432, 428, 498, 582, 432, 541, 548, 428, 498, 432,
541, 548, 428, 498, 432, 541, 548, 555, 566, 570, 582, 576, 428, 498, 432, 541,
548, 566, 650, 428, 498, 432, 541, 548, 566, 660, 428, 670, 587, 428, 670, 587,
428, 670, 677, 587, 684, 695,
    0
};
static const uint16_t atc__onenet_syntaxes[] = {
1, 4, 714, 732, 750, 766, 781, 816, 851, 903, 940, 991, 1036, 1074, 1088, 1104,
1124, 1136, 1152, 1226, 1242, 1270, 1284, 1325, 1340, 1359, 1380, 1459, 1479, 1532, 1549, 1666,
1684, 1735, 1755, 1808, 1830, 1885, 1901, 2016, 2032, 2092, 2106, 2143, 2167, 2215, 2249, 2283,
2319, 2355, 2405, 2449, 2486, 2505, 2524, 2544, 2617, 2644, 2684, 2702, 2780, 2832, 2948, 2998,
3050, 3104, 3218, 3277, 3313, 3350, 3409, 3458, 3551, 3623, 3695, 3732, 3769,
};
static const atc_names atc__onenet_names = {
    atc__onenet_names_text, atc__onenet_msg_names, atc__onenet_variant_names,
    atc__onenet_field_names, atc__onenet_syntaxes, atc_onenet_timeout_ms
};
#endif

ATC__ONENET_CHECK(cme_error_err_text, offsetof(atc_onenet_cme_error, err_text) < 256);
ATC__ONENET_CHECK(cms_error_err_text, offsetof(atc_onenet_cms_error, err_text) < 256);
ATC__ONENET_CHECK(at_miplconfig_set_ack_timeout_has_parameter1, offsetof(atc_onenet_at_miplconfig_set_ack_timeout, has_parameter1) < 256);
ATC__ONENET_CHECK(at_miplconfig_set_auth_has_auth_code, offsetof(atc_onenet_at_miplconfig_set_auth, has_auth_code) < 256);
ATC__ONENET_CHECK(at_miplconfig_set_dtls_has_psk, offsetof(atc_onenet_at_miplconfig_set_dtls, has_psk) < 256);
ATC__ONENET_CHECK(at_miplopen_set_has_timeout, offsetof(atc_onenet_at_miplopen_set, has_timeout) < 256);
ATC__ONENET_CHECK(at_mipldiscoverrsp_set_has_length, offsetof(atc_onenet_at_mipldiscoverrsp_set, has_length) < 256);
ATC__ONENET_CHECK(at_mipldiscoverrsp_set_has_value_string, offsetof(atc_onenet_at_mipldiscoverrsp_set, has_value_string) < 256);
ATC__ONENET_CHECK(at_mipldiscoverrsp_set_has_rai_mode, offsetof(atc_onenet_at_mipldiscoverrsp_set, has_rai_mode) < 256);
ATC__ONENET_CHECK(at_miplobserversp_set_has_rai_mode, offsetof(atc_onenet_at_miplobserversp_set, has_rai_mode) < 256);
ATC__ONENET_CHECK(at_miplreadrsp_set_has_obj_id, offsetof(atc_onenet_at_miplreadrsp_set, has_obj_id) < 256);
ATC__ONENET_CHECK(at_miplreadrsp_set_has_ins_id, offsetof(atc_onenet_at_miplreadrsp_set, has_ins_id) < 256);
ATC__ONENET_CHECK(at_miplreadrsp_set_has_res_id, offsetof(atc_onenet_at_miplreadrsp_set, has_res_id) < 256);
ATC__ONENET_CHECK(at_miplreadrsp_set_has_value_type, offsetof(atc_onenet_at_miplreadrsp_set, has_value_type) < 256);
ATC__ONENET_CHECK(at_miplreadrsp_set_has_len, offsetof(atc_onenet_at_miplreadrsp_set, has_len) < 256);
ATC__ONENET_CHECK(at_miplreadrsp_set_has_value, offsetof(atc_onenet_at_miplreadrsp_set, has_value) < 256);
ATC__ONENET_CHECK(at_miplreadrsp_set_has_index, offsetof(atc_onenet_at_miplreadrsp_set, has_index) < 256);
ATC__ONENET_CHECK(at_miplreadrsp_set_has_flag, offsetof(atc_onenet_at_miplreadrsp_set, has_flag) < 256);
ATC__ONENET_CHECK(at_miplreadrsp_set_has_rai_mode, offsetof(atc_onenet_at_miplreadrsp_set, has_rai_mode) < 256);
ATC__ONENET_CHECK(at_miplwritersp_set_has_rai_mode, offsetof(atc_onenet_at_miplwritersp_set, has_rai_mode) < 256);
ATC__ONENET_CHECK(at_miplexecutersp_set_has_rai_mode, offsetof(atc_onenet_at_miplexecutersp_set, has_rai_mode) < 256);
ATC__ONENET_CHECK(at_miplparameterrsp_set_has_rai_mode, offsetof(atc_onenet_at_miplparameterrsp_set, has_rai_mode) < 256);
ATC__ONENET_CHECK(at_miplnotify_set_has_ack_id, offsetof(atc_onenet_at_miplnotify_set, has_ack_id) < 256);
ATC__ONENET_CHECK(at_miplnotify_set_has_rai_mode, offsetof(atc_onenet_at_miplnotify_set, has_rai_mode) < 256);
ATC__ONENET_CHECK(at_miplupdate_set_has_rai_mode, offsetof(atc_onenet_at_miplupdate_set, has_rai_mode) < 256);
ATC__ONENET_CHECK(miplconfig_test_has_parameter2, offsetof(atc_onenet_miplconfig_test, has_parameter2) < 256);
ATC__ONENET_CHECK(miplconfig_read_auth_has_auth_code, offsetof(atc_onenet_miplconfig_read_auth, has_auth_code) < 256);
ATC__ONENET_CHECK(miplconfig_read_dtls_has_psk, offsetof(atc_onenet_miplconfig_read_dtls, has_psk) < 256);
ATC__ONENET_CHECK(miplopen_test_has_timeout, offsetof(atc_onenet_miplopen_test, has_timeout) < 256);
ATC__ONENET_CHECK(mipldiscoverrsp_test_has_length, offsetof(atc_onenet_mipldiscoverrsp_test, has_length) < 256);
ATC__ONENET_CHECK(mipldiscoverrsp_test_has_value_string, offsetof(atc_onenet_mipldiscoverrsp_test, has_value_string) < 256);
ATC__ONENET_CHECK(mipldiscoverrsp_test_has_rai_mode, offsetof(atc_onenet_mipldiscoverrsp_test, has_rai_mode) < 256);
ATC__ONENET_CHECK(miplobserversp_test_has_rai_mode, offsetof(atc_onenet_miplobserversp_test, has_rai_mode) < 256);
ATC__ONENET_CHECK(miplreadrsp_test_has_obj_id, offsetof(atc_onenet_miplreadrsp_test, has_obj_id) < 256);
ATC__ONENET_CHECK(miplreadrsp_test_has_ins_id, offsetof(atc_onenet_miplreadrsp_test, has_ins_id) < 256);
ATC__ONENET_CHECK(miplreadrsp_test_has_res_id, offsetof(atc_onenet_miplreadrsp_test, has_res_id) < 256);
ATC__ONENET_CHECK(miplreadrsp_test_has_value_type, offsetof(atc_onenet_miplreadrsp_test, has_value_type) < 256);
ATC__ONENET_CHECK(miplreadrsp_test_has_len, offsetof(atc_onenet_miplreadrsp_test, has_len) < 256);
ATC__ONENET_CHECK(miplreadrsp_test_has_value, offsetof(atc_onenet_miplreadrsp_test, has_value) < 256);
ATC__ONENET_CHECK(miplreadrsp_test_has_index, offsetof(atc_onenet_miplreadrsp_test, has_index) < 256);
ATC__ONENET_CHECK(miplreadrsp_test_has_flag, offsetof(atc_onenet_miplreadrsp_test, has_flag) < 256);
ATC__ONENET_CHECK(miplreadrsp_test_has_rai_mode, offsetof(atc_onenet_miplreadrsp_test, has_rai_mode) < 256);
ATC__ONENET_CHECK(miplwritersp_test_has_rai_mode, offsetof(atc_onenet_miplwritersp_test, has_rai_mode) < 256);
ATC__ONENET_CHECK(miplexecutersp_test_has_rai_mode, offsetof(atc_onenet_miplexecutersp_test, has_rai_mode) < 256);
ATC__ONENET_CHECK(miplparameterrsp_test_has_rai_mode, offsetof(atc_onenet_miplparameterrsp_test, has_rai_mode) < 256);
ATC__ONENET_CHECK(miplnotify_test_has_ack_id, offsetof(atc_onenet_miplnotify_test, has_ack_id) < 256);
ATC__ONENET_CHECK(miplnotify_test_has_rai_mode, offsetof(atc_onenet_miplnotify_test, has_rai_mode) < 256);
ATC__ONENET_CHECK(miplupdate_test_has_rai_mode, offsetof(atc_onenet_miplupdate_test, has_rai_mode) < 256);
ATC__ONENET_CHECK(miplwrite_has_index, offsetof(atc_onenet_miplwrite, has_index) < 256);
ATC__ONENET_CHECK(miplexecute_has_len, offsetof(atc_onenet_miplexecute, has_len) < 256);
ATC__ONENET_CHECK(miplexecute_has_arguments, offsetof(atc_onenet_miplexecute, has_arguments) < 256);
ATC__ONENET_CHECK(miplevent_has_extend, offsetof(atc_onenet_miplevent, has_extend) < 256);
ATC__ONENET_CHECK(miplevent_has_ack_id, offsetof(atc_onenet_miplevent, has_ack_id) < 256);
ATC__ONENET_CHECK(miplevent_has_time_stamp, offsetof(atc_onenet_miplevent, has_time_stamp) < 256);
ATC__ONENET_CHECK(miplevent_has_cache_command_flag, offsetof(atc_onenet_miplevent, has_cache_command_flag) < 256);

const atc_profile atc_onenet_profile = {
    "onenet",
    atc__onenet_msgs, atc__onenet_fields, atc__onenet_infos, atc__onenet_shapes,
    atc__onenet_ids, atc__onenet_ints, atc__onenet_strs, atc__onenet_text,
    atc__onenet_heads, atc__onenet_slots, atc__onenet_keys,
    NULL, NULL,
    NULL, NULL,
    atc__onenet_prefixes,
#if ATC_NO_NAMES
    NULL,
#else
    &atc__onenet_names,
#endif
    77, 0,
    7, ATC_P_JOINED,
    0, 0, NULL,
    0, 0, 0, 0,
    ATC_NO_MSG, 0,
    0xffff, 0,
    255, ATC_NO_MSG, ATC_NO_MSG,
    NULL, 0,
    NULL,
    atc__onenet_completions, atc__onenet_await_parts,
    atc__onenet_timings, 4, 40,
    300u, 300u, 62000u
};

/* ---- Encoders: one per message; module-side ones serve tests and simulators. ---- */
ATC_API atc_err atc_onenet_encode_ok(const atc_onenet_ok *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc_onenet_profile, ATC_ONENET_OK, msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_onenet_encode_error(const atc_onenet_error *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc_onenet_profile, ATC_ONENET_ERROR, msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_onenet_encode_cme_error(const atc_onenet_cme_error *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc_onenet_profile, ATC_ONENET_CME_ERROR, msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_onenet_encode_cms_error(const atc_onenet_cms_error *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc_onenet_profile, ATC_ONENET_CMS_ERROR, msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_onenet_encode_at_miplconfig_test(const atc_onenet_at_miplconfig_test *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc_onenet_profile, ATC_ONENET_AT_MIPLCONFIG_TEST, msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_onenet_encode_at_miplconfig_read(const atc_onenet_at_miplconfig_read *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc_onenet_profile, ATC_ONENET_AT_MIPLCONFIG_READ, msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_onenet_encode_at_miplconfig_set_access_server(const atc_onenet_at_miplconfig_set_access_server *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc_onenet_profile, ATC_ONENET_AT_MIPLCONFIG_SET_ACCESS_SERVER, msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_onenet_encode_at_miplconfig_set_bootstrap(const atc_onenet_at_miplconfig_set_bootstrap *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc_onenet_profile, ATC_ONENET_AT_MIPLCONFIG_SET_BOOTSTRAP, msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_onenet_encode_at_miplconfig_set_ack_timeout(const atc_onenet_at_miplconfig_set_ack_timeout *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc_onenet_profile, ATC_ONENET_AT_MIPLCONFIG_SET_ACK_TIMEOUT, msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_onenet_encode_at_miplconfig_set_obs_auto_ack(const atc_onenet_at_miplconfig_set_obs_auto_ack *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc_onenet_profile, ATC_ONENET_AT_MIPLCONFIG_SET_OBS_AUTO_ACK, msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_onenet_encode_at_miplconfig_set_auth(const atc_onenet_at_miplconfig_set_auth *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc_onenet_profile, ATC_ONENET_AT_MIPLCONFIG_SET_AUTH, msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_onenet_encode_at_miplconfig_set_dtls(const atc_onenet_at_miplconfig_set_dtls *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc_onenet_profile, ATC_ONENET_AT_MIPLCONFIG_SET_DTLS, msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_onenet_encode_at_miplconfig_set_write_format(const atc_onenet_at_miplconfig_set_write_format *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc_onenet_profile, ATC_ONENET_AT_MIPLCONFIG_SET_WRITE_FORMAT, msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_onenet_encode_at_miplcreate_exec(const atc_onenet_at_miplcreate_exec *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc_onenet_profile, ATC_ONENET_AT_MIPLCREATE_EXEC, msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_onenet_encode_at_mipldelete_test(const atc_onenet_at_mipldelete_test *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc_onenet_profile, ATC_ONENET_AT_MIPLDELETE_TEST, msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_onenet_encode_at_mipldelete_set(const atc_onenet_at_mipldelete_set *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc_onenet_profile, ATC_ONENET_AT_MIPLDELETE_SET, msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_onenet_encode_at_miplver_read(const atc_onenet_at_miplver_read *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc_onenet_profile, ATC_ONENET_AT_MIPLVER_READ, msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_onenet_encode_at_mipladdobj_test(const atc_onenet_at_mipladdobj_test *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc_onenet_profile, ATC_ONENET_AT_MIPLADDOBJ_TEST, msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_onenet_encode_at_mipladdobj_set(const atc_onenet_at_mipladdobj_set *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc_onenet_profile, ATC_ONENET_AT_MIPLADDOBJ_SET, msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_onenet_encode_at_mipldelobj_test(const atc_onenet_at_mipldelobj_test *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc_onenet_profile, ATC_ONENET_AT_MIPLDELOBJ_TEST, msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_onenet_encode_at_mipldelobj_set(const atc_onenet_at_mipldelobj_set *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc_onenet_profile, ATC_ONENET_AT_MIPLDELOBJ_SET, msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_onenet_encode_at_miplopen_test(const atc_onenet_at_miplopen_test *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc_onenet_profile, ATC_ONENET_AT_MIPLOPEN_TEST, msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_onenet_encode_at_miplopen_set(const atc_onenet_at_miplopen_set *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc_onenet_profile, ATC_ONENET_AT_MIPLOPEN_SET, msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_onenet_encode_at_miplclose_test(const atc_onenet_at_miplclose_test *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc_onenet_profile, ATC_ONENET_AT_MIPLCLOSE_TEST, msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_onenet_encode_at_miplclose_set(const atc_onenet_at_miplclose_set *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc_onenet_profile, ATC_ONENET_AT_MIPLCLOSE_SET, msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_onenet_encode_at_mipldiscoverrsp_test(const atc_onenet_at_mipldiscoverrsp_test *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc_onenet_profile, ATC_ONENET_AT_MIPLDISCOVERRSP_TEST, msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_onenet_encode_at_mipldiscoverrsp_set(const atc_onenet_at_mipldiscoverrsp_set *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc_onenet_profile, ATC_ONENET_AT_MIPLDISCOVERRSP_SET, msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_onenet_encode_at_miplobserversp_test(const atc_onenet_at_miplobserversp_test *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc_onenet_profile, ATC_ONENET_AT_MIPLOBSERVERSP_TEST, msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_onenet_encode_at_miplobserversp_set(const atc_onenet_at_miplobserversp_set *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc_onenet_profile, ATC_ONENET_AT_MIPLOBSERVERSP_SET, msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_onenet_encode_at_miplreadrsp_test(const atc_onenet_at_miplreadrsp_test *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc_onenet_profile, ATC_ONENET_AT_MIPLREADRSP_TEST, msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_onenet_encode_at_miplreadrsp_set(const atc_onenet_at_miplreadrsp_set *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc_onenet_profile, ATC_ONENET_AT_MIPLREADRSP_SET, msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_onenet_encode_at_miplwritersp_test(const atc_onenet_at_miplwritersp_test *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc_onenet_profile, ATC_ONENET_AT_MIPLWRITERSP_TEST, msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_onenet_encode_at_miplwritersp_set(const atc_onenet_at_miplwritersp_set *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc_onenet_profile, ATC_ONENET_AT_MIPLWRITERSP_SET, msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_onenet_encode_at_miplexecutersp_test(const atc_onenet_at_miplexecutersp_test *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc_onenet_profile, ATC_ONENET_AT_MIPLEXECUTERSP_TEST, msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_onenet_encode_at_miplexecutersp_set(const atc_onenet_at_miplexecutersp_set *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc_onenet_profile, ATC_ONENET_AT_MIPLEXECUTERSP_SET, msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_onenet_encode_at_miplparameterrsp_test(const atc_onenet_at_miplparameterrsp_test *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc_onenet_profile, ATC_ONENET_AT_MIPLPARAMETERRSP_TEST, msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_onenet_encode_at_miplparameterrsp_set(const atc_onenet_at_miplparameterrsp_set *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc_onenet_profile, ATC_ONENET_AT_MIPLPARAMETERRSP_SET, msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_onenet_encode_at_miplnotify_test(const atc_onenet_at_miplnotify_test *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc_onenet_profile, ATC_ONENET_AT_MIPLNOTIFY_TEST, msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_onenet_encode_at_miplnotify_set(const atc_onenet_at_miplnotify_set *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc_onenet_profile, ATC_ONENET_AT_MIPLNOTIFY_SET, msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_onenet_encode_at_miplupdate_test(const atc_onenet_at_miplupdate_test *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc_onenet_profile, ATC_ONENET_AT_MIPLUPDATE_TEST, msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_onenet_encode_at_miplupdate_set(const atc_onenet_at_miplupdate_set *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc_onenet_profile, ATC_ONENET_AT_MIPLUPDATE_SET, msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_onenet_encode_at_qsotainfo_read(const atc_onenet_at_qsotainfo_read *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc_onenet_profile, ATC_ONENET_AT_QSOTAINFO_READ, msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_onenet_encode_at_qsotainfo_set(const atc_onenet_at_qsotainfo_set *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc_onenet_profile, ATC_ONENET_AT_QSOTAINFO_SET, msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_onenet_encode_at_qsotaresult_set(const atc_onenet_at_qsotaresult_set *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc_onenet_profile, ATC_ONENET_AT_QSOTARESULT_SET, msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_onenet_encode_miplconfig_test(const atc_onenet_miplconfig_test *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc_onenet_profile, ATC_ONENET_MIPLCONFIG_TEST, msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_onenet_encode_miplconfig_read_access_server(const atc_onenet_miplconfig_read_access_server *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc_onenet_profile, ATC_ONENET_MIPLCONFIG_READ_ACCESS_SERVER, msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_onenet_encode_miplconfig_read_bootstrap(const atc_onenet_miplconfig_read_bootstrap *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc_onenet_profile, ATC_ONENET_MIPLCONFIG_READ_BOOTSTRAP, msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_onenet_encode_miplconfig_read_ack_timeout(const atc_onenet_miplconfig_read_ack_timeout *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc_onenet_profile, ATC_ONENET_MIPLCONFIG_READ_ACK_TIMEOUT, msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_onenet_encode_miplconfig_read_obs_autoack(const atc_onenet_miplconfig_read_obs_autoack *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc_onenet_profile, ATC_ONENET_MIPLCONFIG_READ_OBS_AUTOACK, msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_onenet_encode_miplconfig_read_auth(const atc_onenet_miplconfig_read_auth *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc_onenet_profile, ATC_ONENET_MIPLCONFIG_READ_AUTH, msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_onenet_encode_miplconfig_read_dtls(const atc_onenet_miplconfig_read_dtls *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc_onenet_profile, ATC_ONENET_MIPLCONFIG_READ_DTLS, msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_onenet_encode_miplconfig_read_write_format(const atc_onenet_miplconfig_read_write_format *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc_onenet_profile, ATC_ONENET_MIPLCONFIG_READ_WRITE_FORMAT, msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_onenet_encode_miplcreate(const atc_onenet_miplcreate *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc_onenet_profile, ATC_ONENET_MIPLCREATE, msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_onenet_encode_mipldelete_test(const atc_onenet_mipldelete_test *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc_onenet_profile, ATC_ONENET_MIPLDELETE_TEST, msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_onenet_encode_miplver(const atc_onenet_miplver *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc_onenet_profile, ATC_ONENET_MIPLVER, msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_onenet_encode_mipladdobj_test(const atc_onenet_mipladdobj_test *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc_onenet_profile, ATC_ONENET_MIPLADDOBJ_TEST, msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_onenet_encode_mipldelobj_test(const atc_onenet_mipldelobj_test *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc_onenet_profile, ATC_ONENET_MIPLDELOBJ_TEST, msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_onenet_encode_miplopen_test(const atc_onenet_miplopen_test *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc_onenet_profile, ATC_ONENET_MIPLOPEN_TEST, msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_onenet_encode_miplclose_test(const atc_onenet_miplclose_test *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc_onenet_profile, ATC_ONENET_MIPLCLOSE_TEST, msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_onenet_encode_mipldiscoverrsp_test(const atc_onenet_mipldiscoverrsp_test *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc_onenet_profile, ATC_ONENET_MIPLDISCOVERRSP_TEST, msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_onenet_encode_miplobserversp_test(const atc_onenet_miplobserversp_test *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc_onenet_profile, ATC_ONENET_MIPLOBSERVERSP_TEST, msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_onenet_encode_miplreadrsp_test(const atc_onenet_miplreadrsp_test *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc_onenet_profile, ATC_ONENET_MIPLREADRSP_TEST, msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_onenet_encode_miplwritersp_test(const atc_onenet_miplwritersp_test *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc_onenet_profile, ATC_ONENET_MIPLWRITERSP_TEST, msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_onenet_encode_miplexecutersp_test(const atc_onenet_miplexecutersp_test *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc_onenet_profile, ATC_ONENET_MIPLEXECUTERSP_TEST, msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_onenet_encode_miplparameterrsp_test(const atc_onenet_miplparameterrsp_test *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc_onenet_profile, ATC_ONENET_MIPLPARAMETERRSP_TEST, msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_onenet_encode_miplnotify_test(const atc_onenet_miplnotify_test *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc_onenet_profile, ATC_ONENET_MIPLNOTIFY_TEST, msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_onenet_encode_miplupdate_test(const atc_onenet_miplupdate_test *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc_onenet_profile, ATC_ONENET_MIPLUPDATE_TEST, msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_onenet_encode_qsotainfo(const atc_onenet_qsotainfo *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc_onenet_profile, ATC_ONENET_QSOTAINFO, msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_onenet_encode_mipldiscover(const atc_onenet_mipldiscover *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc_onenet_profile, ATC_ONENET_MIPLDISCOVER, msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_onenet_encode_miplobserve(const atc_onenet_miplobserve *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc_onenet_profile, ATC_ONENET_MIPLOBSERVE, msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_onenet_encode_miplread(const atc_onenet_miplread *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc_onenet_profile, ATC_ONENET_MIPLREAD, msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_onenet_encode_miplwrite(const atc_onenet_miplwrite *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc_onenet_profile, ATC_ONENET_MIPLWRITE, msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_onenet_encode_miplexecute(const atc_onenet_miplexecute *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc_onenet_profile, ATC_ONENET_MIPLEXECUTE, msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_onenet_encode_miplparameter(const atc_onenet_miplparameter *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc_onenet_profile, ATC_ONENET_MIPLPARAMETER, msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_onenet_encode_miplevent_notify_failed(const atc_onenet_miplevent_notify_failed *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc_onenet_profile, ATC_ONENET_MIPLEVENT_NOTIFY_FAILED, msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_onenet_encode_miplevent_notify_success(const atc_onenet_miplevent_notify_success *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc_onenet_profile, ATC_ONENET_MIPLEVENT_NOTIFY_SUCCESS, msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_onenet_encode_miplevent(const atc_onenet_miplevent *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc_onenet_profile, ATC_ONENET_MIPLEVENT, msg, ATC_FRAME_WIRE, buf, cap, len);
}

#endif /* ATC_ONENET_IMPLEMENTED */

#if defined(__GNUC__)
#pragma GCC diagnostic pop
#endif

#endif /* ATC_IMPLEMENTATION */
