/* SPDX-License-Identifier: MIT */
/* atc_quectel_tcpip.h: the atc codec for profile quectel_tcpip, as a single header.
 * Generated from spec/quectel_tcpip.yaml, runtime/ and templates/; do not edit.
 *
 * In exactly one C or C++ file:
 *     #define ATC_IMPLEMENTATION
 *     #include "atc_quectel_tcpip.h"
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

#ifndef ATC_QUECTEL_TCPIP_SINGLE_H
#define ATC_QUECTEL_TCPIP_SINGLE_H

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
/* Generated by atc from spec/quectel_tcpip.yaml (Quectel EC600E-CN&EC800E-CN TCP/IP Application Note (LTE Standard module series), 1.0 (2023-03-10)).
 * Do not edit: change the spec and run `make generate`. Reference: docs/reference/quectel_tcpip.md */
#ifndef ATC_QUECTEL_TCPIP_PROFILE_H
#define ATC_QUECTEL_TCPIP_PROFILE_H

/* (amalgamated: atc.h) */
#if ATC_RUNTIME_VERSION != 3
#error "generated/quectel_tcpip.h was generated for atc runtime version 3"
#endif
#if ATC_VERSION_MAJOR != 0 || ATC_VERSION_MINOR != 2
#error "generated/quectel_tcpip.h was generated by atc 0.2.0: regenerate it with this runtime"
#endif

/* sha256 (first 16 hex digits) of the spec this file was generated from */
#define ATC_QUECTEL_TCPIP_SPEC_HASH "298d3f7cb5bc58a0"

/* The room in ATC_MAX_LINE that this profile's longest line needs: its bytes (strings at their
 * max_len), 8 bytes per field and its message struct (counted for 64-bit targets, so an upper
 * bound everywhere). Lines that do not fit are reported as ATC_ERR_LINE_TOO_LONG. */
#define ATC_QUECTEL_TCPIP_LONGEST_LINE 1096

/* Bytes of session state this profile keeps (ATC_STATE_BYTES must hold them). */
#define ATC_QUECTEL_TCPIP_STATE_BYTES 5
#if ATC_QUECTEL_TCPIP_STATE_BYTES > ATC_STATE_BYTES
#error "profile quectel_tcpip keeps 5 bytes of session state: define ATC_STATE_BYTES to at least 5"
#endif

#ifdef __cplusplus
extern "C" {
#endif

extern const atc_profile atc_quectel_tcpip_profile;

/* Message ids: the id of an atc_event, index into atc_quectel_tcpip_profile.msgs. */
typedef enum atc_quectel_tcpip_id {
    ATC_QUECTEL_TCPIP_OK = 0,
    ATC_QUECTEL_TCPIP_ERROR = 1,
    ATC_QUECTEL_TCPIP_CME_ERROR = 2,
    ATC_QUECTEL_TCPIP_CMS_ERROR = 3,
    ATC_QUECTEL_TCPIP_SEND_OK = 4,
    ATC_QUECTEL_TCPIP_SEND_FAIL = 5,
    ATC_QUECTEL_TCPIP_CONNECT = 6,
    ATC_QUECTEL_TCPIP_NO_CARRIER = 7,
    ATC_QUECTEL_TCPIP_PROMPT = 8,
    ATC_QUECTEL_TCPIP_AT_QICFG_TEST = 9,
    ATC_QUECTEL_TCPIP_AT_QICFG_SET_TRANSPKTSIZE = 10,
    ATC_QUECTEL_TCPIP_AT_QICFG_SET_TRANSWAITTM = 11,
    ATC_QUECTEL_TCPIP_AT_QICFG_SET_DATAFORMAT = 12,
    ATC_QUECTEL_TCPIP_AT_QICFG_SET_VIEWMODE = 13,
    ATC_QUECTEL_TCPIP_AT_QICFG_SET_UDP_SENDMODE = 14,
    ATC_QUECTEL_TCPIP_AT_QICFG_SET_UDP_READMODE = 15,
    ATC_QUECTEL_TCPIP_AT_QICFG_SET_TCP_ACCEPT = 16,
    ATC_QUECTEL_TCPIP_AT_QICFG_SET_PASSIVECLOSED = 17,
    ATC_QUECTEL_TCPIP_AT_QICFG_SET_CLOSE_MODE = 18,
    ATC_QUECTEL_TCPIP_AT_QICFG_SET_RECVIND = 19,
    ATC_QUECTEL_TCPIP_AT_QICFG_SET_TCP_KEEPALIVE = 20,
    ATC_QUECTEL_TCPIP_AT_QICFG_SET_TCP_RETRANSCFG = 21,
    ATC_QUECTEL_TCPIP_AT_QICFG_SET_SEND_AUTO = 22,
    ATC_QUECTEL_TCPIP_AT_QICFG_SET_FORMATCFG = 23,
    ATC_QUECTEL_TCPIP_AT_QICFG_SET_QISEND_TIMEOUT = 24,
    ATC_QUECTEL_TCPIP_AT_QICFG_SET_TCP_DELAY_ACK = 25,
    ATC_QUECTEL_TCPIP_AT_QICFG_SET_DNS_CACHE = 26,
    ATC_QUECTEL_TCPIP_AT_QICFG_SET_TCP_TWRECYCLE = 27,
    ATC_QUECTEL_TCPIP_AT_QICFG_SET_DNS_RETRY = 28,
    ATC_QUECTEL_TCPIP_AT_QICSGP_TEST = 29,
    ATC_QUECTEL_TCPIP_AT_QICSGP_SET = 30,
    ATC_QUECTEL_TCPIP_AT_QIACT_TEST = 31,
    ATC_QUECTEL_TCPIP_AT_QIACT_READ = 32,
    ATC_QUECTEL_TCPIP_AT_QIACT_SET = 33,
    ATC_QUECTEL_TCPIP_AT_QIDEACT_TEST = 34,
    ATC_QUECTEL_TCPIP_AT_QIDEACT_SET = 35,
    ATC_QUECTEL_TCPIP_AT_QIACTEX_TEST = 36,
    ATC_QUECTEL_TCPIP_AT_QIACTEX_READ = 37,
    ATC_QUECTEL_TCPIP_AT_QIACTEX_SET = 38,
    ATC_QUECTEL_TCPIP_AT_QIDEACTEX_TEST = 39,
    ATC_QUECTEL_TCPIP_AT_QIDEACTEX_SET = 40,
    ATC_QUECTEL_TCPIP_AT_QIOPEN_TEST = 41,
    ATC_QUECTEL_TCPIP_AT_QIOPEN_SET = 42,
    ATC_QUECTEL_TCPIP_AT_QICLOSE_TEST = 43,
    ATC_QUECTEL_TCPIP_AT_QICLOSE_SET = 44,
    ATC_QUECTEL_TCPIP_AT_QISTATE_TEST = 45,
    ATC_QUECTEL_TCPIP_AT_QISTATE_READ = 46,
    ATC_QUECTEL_TCPIP_AT_QISTATE_SET = 47,
    ATC_QUECTEL_TCPIP_AT_QISTATE_EXEC = 48,
    ATC_QUECTEL_TCPIP_AT_QISEND_TEST = 49,
    ATC_QUECTEL_TCPIP_AT_QISEND_SET = 50,
    ATC_QUECTEL_TCPIP_AT_QIRD_TEST = 51,
    ATC_QUECTEL_TCPIP_AT_QIRD_SET = 52,
    ATC_QUECTEL_TCPIP_AT_QISENDEX_TEST = 53,
    ATC_QUECTEL_TCPIP_AT_QISENDEX_SET = 54,
    ATC_QUECTEL_TCPIP_AT_QISWTMD_TEST = 55,
    ATC_QUECTEL_TCPIP_AT_QISWTMD_SET = 56,
    ATC_QUECTEL_TCPIP_AT_QPING_TEST = 57,
    ATC_QUECTEL_TCPIP_AT_QPING_SET = 58,
    ATC_QUECTEL_TCPIP_AT_QNTP_TEST = 59,
    ATC_QUECTEL_TCPIP_AT_QNTP_READ = 60,
    ATC_QUECTEL_TCPIP_AT_QNTP_SET = 61,
    ATC_QUECTEL_TCPIP_AT_QIDNSCFG_TEST = 62,
    ATC_QUECTEL_TCPIP_AT_QIDNSCFG_SET = 63,
    ATC_QUECTEL_TCPIP_AT_QIDNSGIP_TEST = 64,
    ATC_QUECTEL_TCPIP_AT_QIDNSGIP_SET = 65,
    ATC_QUECTEL_TCPIP_AT_QISDE_TEST = 66,
    ATC_QUECTEL_TCPIP_AT_QISDE_READ = 67,
    ATC_QUECTEL_TCPIP_AT_QISDE_SET = 68,
    ATC_QUECTEL_TCPIP_AT_QIGETERROR_TEST = 69,
    ATC_QUECTEL_TCPIP_AT_QIGETERROR_EXEC = 70,
    ATC_QUECTEL_TCPIP_QICFG_TEST_TRANSPKTSIZE = 71,
    ATC_QUECTEL_TCPIP_QICFG_TEST_TRANSWAITTM = 72,
    ATC_QUECTEL_TCPIP_QICFG_TEST_DATAFORMAT = 73,
    ATC_QUECTEL_TCPIP_QICFG_TEST_VIEWMODE = 74,
    ATC_QUECTEL_TCPIP_QICFG_TEST_UDP_SENDMODE = 75,
    ATC_QUECTEL_TCPIP_QICFG_TEST_UDP_READMODE = 76,
    ATC_QUECTEL_TCPIP_QICFG_TEST_TCP_ACCEPT = 77,
    ATC_QUECTEL_TCPIP_QICFG_TEST_PASSIVECLOSED = 78,
    ATC_QUECTEL_TCPIP_QICFG_TEST_CLOSE_MODE = 79,
    ATC_QUECTEL_TCPIP_QICFG_TEST_RECVIND = 80,
    ATC_QUECTEL_TCPIP_QICFG_TEST_TCP_KEEPALIVE = 81,
    ATC_QUECTEL_TCPIP_QICFG_TEST_TCP_RETRANSCFG = 82,
    ATC_QUECTEL_TCPIP_QICFG_TEST_SEND_AUTO = 83,
    ATC_QUECTEL_TCPIP_QICFG_TEST_FORMATCFG = 84,
    ATC_QUECTEL_TCPIP_QICFG_TEST_QISEND_TIMEOUT = 85,
    ATC_QUECTEL_TCPIP_QICFG_TEST_TCP_DELAY_ACK = 86,
    ATC_QUECTEL_TCPIP_QICFG_TEST_DNS_CACHE = 87,
    ATC_QUECTEL_TCPIP_QICFG_TEST_TCP_TWRECYCLE = 88,
    ATC_QUECTEL_TCPIP_QICFG_TEST_DNS_RETRY = 89,
    ATC_QUECTEL_TCPIP_QICFG_TRANSPKTSIZE = 90,
    ATC_QUECTEL_TCPIP_QICFG_TRANSWAITTM = 91,
    ATC_QUECTEL_TCPIP_QICFG_DATAFORMAT = 92,
    ATC_QUECTEL_TCPIP_QICFG_VIEWMODE = 93,
    ATC_QUECTEL_TCPIP_QICFG_UDP_SENDMODE = 94,
    ATC_QUECTEL_TCPIP_QICFG_UDP_READMODE = 95,
    ATC_QUECTEL_TCPIP_QICFG_TCP_ACCEPT = 96,
    ATC_QUECTEL_TCPIP_QICFG_PASSIVECLOSED = 97,
    ATC_QUECTEL_TCPIP_QICFG_CLOSE_MODE = 98,
    ATC_QUECTEL_TCPIP_QICFG_RECVIND = 99,
    ATC_QUECTEL_TCPIP_QICFG_TCP_KEEPALIVE = 100,
    ATC_QUECTEL_TCPIP_QICFG_TCP_RETRANSCFG = 101,
    ATC_QUECTEL_TCPIP_QICFG_SEND_AUTO = 102,
    ATC_QUECTEL_TCPIP_QICFG_FORMATCFG = 103,
    ATC_QUECTEL_TCPIP_QICFG_QISEND_TIMEOUT = 104,
    ATC_QUECTEL_TCPIP_QICFG_TCP_DELAY_ACK = 105,
    ATC_QUECTEL_TCPIP_QICFG_DNS_CACHE = 106,
    ATC_QUECTEL_TCPIP_QICFG_TCP_TWRECYCLE = 107,
    ATC_QUECTEL_TCPIP_QICFG_DNS_RETRY = 108,
    ATC_QUECTEL_TCPIP_QICSGP_TEST = 109,
    ATC_QUECTEL_TCPIP_QICSGP_QUERY = 110,
    ATC_QUECTEL_TCPIP_QIACT_TEST = 111,
    ATC_QUECTEL_TCPIP_QIACT_READ = 112,
    ATC_QUECTEL_TCPIP_QIDEACT_TEST = 113,
    ATC_QUECTEL_TCPIP_QIACTEX_TEST = 114,
    ATC_QUECTEL_TCPIP_QIACTEX_READ = 115,
    ATC_QUECTEL_TCPIP_QIDEACTEX_TEST = 116,
    ATC_QUECTEL_TCPIP_QIOPEN_TEST = 117,
    ATC_QUECTEL_TCPIP_QICLOSE_TEST = 118,
    ATC_QUECTEL_TCPIP_QISTATE = 119,
    ATC_QUECTEL_TCPIP_QISEND_TEST = 120,
    ATC_QUECTEL_TCPIP_QISEND_QUERY = 121,
    ATC_QUECTEL_TCPIP_QISEND_VIEW = 122,
    ATC_QUECTEL_TCPIP_QIRD_TEST = 123,
    ATC_QUECTEL_TCPIP_QIRD_DATA = 124,
    ATC_QUECTEL_TCPIP_QIRD_UDP = 125,
    ATC_QUECTEL_TCPIP_QIRD_QUERY = 126,
    ATC_QUECTEL_TCPIP_QISENDEX_TEST = 127,
    ATC_QUECTEL_TCPIP_QISENDEX_VIEW = 128,
    ATC_QUECTEL_TCPIP_QISWTMD_TEST = 129,
    ATC_QUECTEL_TCPIP_QPING_TEST = 130,
    ATC_QUECTEL_TCPIP_QNTP_TEST = 131,
    ATC_QUECTEL_TCPIP_QNTP_READ = 132,
    ATC_QUECTEL_TCPIP_QIDNSCFG_TEST = 133,
    ATC_QUECTEL_TCPIP_QIDNSCFG_IPV4V6 = 134,
    ATC_QUECTEL_TCPIP_QIDNSCFG_IPV4 = 135,
    ATC_QUECTEL_TCPIP_QIDNSCFG_IPV6 = 136,
    ATC_QUECTEL_TCPIP_QIDNSGIP_TEST = 137,
    ATC_QUECTEL_TCPIP_QISDE_TEST = 138,
    ATC_QUECTEL_TCPIP_QISDE_READ = 139,
    ATC_QUECTEL_TCPIP_QIGETERROR = 140,
    ATC_QUECTEL_TCPIP_QIACTEX = 141,
    ATC_QUECTEL_TCPIP_QIDEACTEX = 142,
    ATC_QUECTEL_TCPIP_QIOPEN = 143,
    ATC_QUECTEL_TCPIP_QPING = 144,
    ATC_QUECTEL_TCPIP_QPING_SUMMARY = 145,
    ATC_QUECTEL_TCPIP_QNTP = 146,
    ATC_QUECTEL_TCPIP_QIURC_CLOSED = 147,
    ATC_QUECTEL_TCPIP_QIURC_RECV = 148,
    ATC_QUECTEL_TCPIP_QIURC_RECV_PUSH = 149,
    ATC_QUECTEL_TCPIP_QIURC_RECV_UDP = 150,
    ATC_QUECTEL_TCPIP_QIURC_INCOMING_FULL = 151,
    ATC_QUECTEL_TCPIP_QIURC_INCOMING = 152,
    ATC_QUECTEL_TCPIP_QIURC_PDPDEACT = 153,
    ATC_QUECTEL_TCPIP_QIURC_DNSGIP = 154,
    ATC_QUECTEL_TCPIP_QIURC_DNSGIP_IP = 155,
    ATC_QUECTEL_TCPIP__COUNT = 156
} atc_quectel_tcpip_id;

/* The maximum response time of each command form, in ms, as the document gives it (0: not
 * stated); indexed by message id. Only what uses it is linked. */
extern const uint32_t atc_quectel_tcpip_timeout_ms[156];

/* <send_data_format>, document line 291 */
typedef enum atc_quectel_tcpip_send_data_format {
    ATC_QUECTEL_TCPIP_SEND_DATA_FORMAT_TEXT = 0,
    ATC_QUECTEL_TCPIP_SEND_DATA_FORMAT_HEX = 1
} atc_quectel_tcpip_send_data_format;

/* <recv_data_format>, document line 292 */
typedef enum atc_quectel_tcpip_recv_data_format {
    ATC_QUECTEL_TCPIP_RECV_DATA_FORMAT_TEXT = 0,
    ATC_QUECTEL_TCPIP_RECV_DATA_FORMAT_HEX = 1
} atc_quectel_tcpip_recv_data_format;

/* <view_mode>, document line 293 */
typedef enum atc_quectel_tcpip_view_mode {
    ATC_QUECTEL_TCPIP_VIEW_MODE_HEADER_CRLF_DATA = 0,
    ATC_QUECTEL_TCPIP_VIEW_MODE_HEADER_COMMA_DATA = 1
} atc_quectel_tcpip_view_mode;

/* <mode>, document line 294 */
typedef enum atc_quectel_tcpip_mode {
    ATC_QUECTEL_TCPIP_MODE_BLOCK_DISABLED = 0,
    ATC_QUECTEL_TCPIP_MODE_STREAM_ENABLED = 1
} atc_quectel_tcpip_mode;

/* <accept>, document line 295 */
typedef enum atc_quectel_tcpip_accept {
    ATC_QUECTEL_TCPIP_ACCEPT_DISABLED = 0,
    ATC_QUECTEL_TCPIP_ACCEPT_ENABLED = 1
} atc_quectel_tcpip_accept;

/* <closed>, document line 296 */
typedef enum atc_quectel_tcpip_closed {
    ATC_QUECTEL_TCPIP_CLOSED_DISABLED = 0,
    ATC_QUECTEL_TCPIP_CLOSED_ENABLED = 1
} atc_quectel_tcpip_closed;

/* <close_mode>, document line 297 */
typedef enum atc_quectel_tcpip_close_mode {
    ATC_QUECTEL_TCPIP_CLOSE_MODE_DISABLED = 0,
    ATC_QUECTEL_TCPIP_CLOSE_MODE_ENABLED = 1
} atc_quectel_tcpip_close_mode;

/* <show_length>, document line 298 */
typedef enum atc_quectel_tcpip_show_length {
    ATC_QUECTEL_TCPIP_SHOW_LENGTH_DISABLED = 0,
    ATC_QUECTEL_TCPIP_SHOW_LENGTH_ENABLED = 1
} atc_quectel_tcpip_show_length;

/* <enable>, document line 299 */
typedef enum atc_quectel_tcpip_enable {
    ATC_QUECTEL_TCPIP_ENABLE_DISABLED = 0,
    ATC_QUECTEL_TCPIP_ENABLE_ENABLED = 1
} atc_quectel_tcpip_enable;

/* <first_send>, document line 305 */
typedef enum atc_quectel_tcpip_first_send {
    ATC_QUECTEL_TCPIP_FIRST_SEND_DISABLED = 0,
    ATC_QUECTEL_TCPIP_FIRST_SEND_ENABLED = 1
} atc_quectel_tcpip_first_send;

/* <format>, document line 310 */
typedef enum atc_quectel_tcpip_format {
    ATC_QUECTEL_TCPIP_FORMAT_CRLF_GT = 0,
    ATC_QUECTEL_TCPIP_FORMAT_CRLF_GT_CRLF = 1
} atc_quectel_tcpip_format;

/* <delay_ack>, document line 313 */
typedef enum atc_quectel_tcpip_delay_ack {
    ATC_QUECTEL_TCPIP_DELAY_ACK_DISABLED = 0,
    ATC_QUECTEL_TCPIP_DELAY_ACK_ENABLED = 1
} atc_quectel_tcpip_delay_ack;

/* <dns_cache>, document line 315 */
typedef enum atc_quectel_tcpip_dns_cache {
    ATC_QUECTEL_TCPIP_DNS_CACHE_DISABLED = 0,
    ATC_QUECTEL_TCPIP_DNS_CACHE_ENABLED = 1
} atc_quectel_tcpip_dns_cache;

/* <context_type>, document line 335 */
typedef enum atc_quectel_tcpip_context_type {
    ATC_QUECTEL_TCPIP_CONTEXT_TYPE_IPV4 = 1,
    ATC_QUECTEL_TCPIP_CONTEXT_TYPE_IPV6 = 2,
    ATC_QUECTEL_TCPIP_CONTEXT_TYPE_IPV4V6 = 3
} atc_quectel_tcpip_context_type;

/* <authentication>, document line 339 */
typedef enum atc_quectel_tcpip_authentication {
    ATC_QUECTEL_TCPIP_AUTHENTICATION_NONE = 0,
    ATC_QUECTEL_TCPIP_AUTHENTICATION_PAP = 1,
    ATC_QUECTEL_TCPIP_AUTHENTICATION_CHAP = 2,
    ATC_QUECTEL_TCPIP_AUTHENTICATION_PAP_OR_CHAP = 3
} atc_quectel_tcpip_authentication;

/* <qiactex_view_mode>, document line 410 */
typedef enum atc_quectel_tcpip_qiactex_view_mode {
    ATC_QUECTEL_TCPIP_QIACTEX_VIEW_MODE_OFF = 0,
    ATC_QUECTEL_TCPIP_QIACTEX_VIEW_MODE_ON = 1
} atc_quectel_tcpip_qiactex_view_mode;

/* <access_mode>, document line 474 */
typedef enum atc_quectel_tcpip_access_mode {
    ATC_QUECTEL_TCPIP_ACCESS_MODE_BUFFER = 0,
    ATC_QUECTEL_TCPIP_ACCESS_MODE_DIRECT_PUSH = 1,
    ATC_QUECTEL_TCPIP_ACCESS_MODE_TRANSPARENT = 2
} atc_quectel_tcpip_access_mode;

/* <query_type>, document line 511 */
typedef enum atc_quectel_tcpip_query_type {
    ATC_QUECTEL_TCPIP_QUERY_TYPE_CONTEXT = 0,
    ATC_QUECTEL_TCPIP_QUERY_TYPE_SOCKET = 1
} atc_quectel_tcpip_query_type;

/* <auto_set_time>, document line 675 */
typedef enum atc_quectel_tcpip_auto_set_time {
    ATC_QUECTEL_TCPIP_AUTO_SET_TIME_DISABLED = 0,
    ATC_QUECTEL_TCPIP_AUTO_SET_TIME_ENABLED = 1
} atc_quectel_tcpip_auto_set_time;

/* <echo>, document line 735 */
typedef enum atc_quectel_tcpip_echo {
    ATC_QUECTEL_TCPIP_ECHO_OFF = 0,
    ATC_QUECTEL_TCPIP_ECHO_ON = 1
} atc_quectel_tcpip_echo;

/* <context_state>, document line 370 */
typedef enum atc_quectel_tcpip_context_state {
    ATC_QUECTEL_TCPIP_CONTEXT_STATE_DEACTIVATED = 0,
    ATC_QUECTEL_TCPIP_CONTEXT_STATE_ACTIVATED = 1
} atc_quectel_tcpip_context_state;

/* <socket_state>, document line 518 */
typedef enum atc_quectel_tcpip_socket_state {
    ATC_QUECTEL_TCPIP_SOCKET_STATE_INITIAL = 0,
    ATC_QUECTEL_TCPIP_SOCKET_STATE_OPENING = 1,
    ATC_QUECTEL_TCPIP_SOCKET_STATE_CONNECTED = 2,
    ATC_QUECTEL_TCPIP_SOCKET_STATE_LISTENING = 3,
    ATC_QUECTEL_TCPIP_SOCKET_STATE_CLOSING = 4
} atc_quectel_tcpip_socket_state;

/* <status>, document line 559 */
typedef enum atc_quectel_tcpip_status {
    ATC_QUECTEL_TCPIP_STATUS_OK = 0,
    ATC_QUECTEL_TCPIP_STATUS_BUFFER_FULL = 1
} atc_quectel_tcpip_status;

/* Error table "cme", document line 1231. */
typedef enum atc_quectel_tcpip_cme {
    ATC_QUECTEL_TCPIP_CME_OPERATION_SUCCESS = 0,
    ATC_QUECTEL_TCPIP_CME_UNKNOWN_ERROR = 550,
    ATC_QUECTEL_TCPIP_CME_OPERATION_BLOCKED = 551,
    ATC_QUECTEL_TCPIP_CME_INVALID_PARAMETERS = 552,
    ATC_QUECTEL_TCPIP_CME_MEMORY_NOT_ENOUGH = 553,
    ATC_QUECTEL_TCPIP_CME_SOCKET_CREATION_FAILED = 554,
    ATC_QUECTEL_TCPIP_CME_OPERATION_NOT_SUPPORTED = 555,
    ATC_QUECTEL_TCPIP_CME_SOCKET_BIND_FAILED = 556,
    ATC_QUECTEL_TCPIP_CME_SOCKET_LISTEN_FAILED = 557,
    ATC_QUECTEL_TCPIP_CME_SOCKET_WRITE_FAILED = 558,
    ATC_QUECTEL_TCPIP_CME_SOCKET_READ_FAILED = 559,
    ATC_QUECTEL_TCPIP_CME_SOCKET_ACCEPT_FAILED = 560,
    ATC_QUECTEL_TCPIP_CME_PDP_CONTEXT_OPENING_FAILED = 561,
    ATC_QUECTEL_TCPIP_CME_PDP_CONTEXT_CLOSURE_FAILED = 562,
    ATC_QUECTEL_TCPIP_CME_SOCKET_IDENTITY_USED = 563,
    ATC_QUECTEL_TCPIP_CME_DNS_BUSY = 564,
    ATC_QUECTEL_TCPIP_CME_DNS_PARSE_FAILED = 565,
    ATC_QUECTEL_TCPIP_CME_SOCKET_CONNECT_FAILED = 566,
    ATC_QUECTEL_TCPIP_CME_SOCKET_CLOSED = 567,
    ATC_QUECTEL_TCPIP_CME_OPERATION_BUSY = 568,
    ATC_QUECTEL_TCPIP_CME_OPERATION_TIMEOUT = 569,
    ATC_QUECTEL_TCPIP_CME_PDP_CONTEXT_BROKEN_DOWN = 570,
    ATC_QUECTEL_TCPIP_CME_CANCEL_SENDING = 571,
    ATC_QUECTEL_TCPIP_CME_OPERATION_NOT_ALLOWED = 572,
    ATC_QUECTEL_TCPIP_CME_PORT_BUSY = 573,
    ATC_QUECTEL_TCPIP_CME_APN_NOT_CONFIGURED = 574
} atc_quectel_tcpip_cme;
/* The document's English description of a code, or NULL. */
ATC_API const char *atc_quectel_tcpip_cme_text(int32_t code);

/* Session state: settings of the module that change the wire (atc_set_state, atc_get_state).
 * A cell holds a value below, or ATC_STATE_UNKNOWN. */
typedef enum atc_quectel_tcpip_state {
    ATC_QUECTEL_TCPIP_STATE_DATA_ECHO = 0, /* document line 735 */
    ATC_QUECTEL_TCPIP_STATE_RECVIND = 1, /* document line 298; default 0 */
    ATC_QUECTEL_TCPIP_STATE_VIEW_MODE = 2, /* document line 293; default 0 */
    ATC_QUECTEL_TCPIP_STATE_RECV_DATA_FORMAT = 3, /* document line 292; default 0 */
    ATC_QUECTEL_TCPIP_STATE_SEND_DATA_FORMAT = 4, /* document line 291; default 0 */
    ATC_QUECTEL_TCPIP_STATE_CLOSE_MODE = 5, /* document line 297 */
    ATC_QUECTEL_TCPIP_STATE_ACCESS_MODE = 6 /* document line 474; one per <connectID> (0..11); default 0 */
} atc_quectel_tcpip_state;

/* ---- Messages ----
 * Strings are views (atc_str) into the input or the parser's line buffer: valid during the
 * callback only. Optional fields have a has_<name> flag. Integers with an enumeration name their
 * enum type. */

/* final OK
 * document line 240 */
typedef struct atc_quectel_tcpip_ok {
    char dummy_field; /* no fields */
} atc_quectel_tcpip_ok;
/* ev->msg as this message, or NULL when ev is another message or an error (C and C++, no cast) */
static inline const atc_quectel_tcpip_ok *atc_quectel_tcpip_ok_of(const atc_event *ev)
{
    return ev->profile == &atc_quectel_tcpip_profile && ev->id == ATC_QUECTEL_TCPIP_OK && ev->kind != ATC_KIND_ERROR
               ? (const atc_quectel_tcpip_ok *)ev->msg : NULL;
}
#define ATC_QUECTEL_TCPIP_OK_INIT_ZERO {0}
#define ATC_QUECTEL_TCPIP_OK_MAX_LEN 6u
ATC_API atc_err atc_quectel_tcpip_encode_ok(const atc_quectel_tcpip_ok *msg, char *buf, size_t cap, size_t *len);

/* final ERROR
 * document line 256 */
typedef struct atc_quectel_tcpip_error {
    char dummy_field; /* no fields */
} atc_quectel_tcpip_error;
/* ev->msg as this message, or NULL when ev is another message or an error (C and C++, no cast) */
static inline const atc_quectel_tcpip_error *atc_quectel_tcpip_error_of(const atc_event *ev)
{
    return ev->profile == &atc_quectel_tcpip_profile && ev->id == ATC_QUECTEL_TCPIP_ERROR && ev->kind != ATC_KIND_ERROR
               ? (const atc_quectel_tcpip_error *)ev->msg : NULL;
}
#define ATC_QUECTEL_TCPIP_ERROR_INIT_ZERO {0}
#define ATC_QUECTEL_TCPIP_ERROR_MAX_LEN 9u
ATC_API atc_err atc_quectel_tcpip_encode_error(const atc_quectel_tcpip_error *msg, char *buf, size_t cap, size_t *len);

/* final +CME ERROR: <err>
 * document line 240 */
typedef struct atc_quectel_tcpip_cme_error {
    int32_t err; /* atc_quectel_tcpip_cme */
    atc_str err_text; /* the code's text when the module printed it (AT+CMEE=2) */
} atc_quectel_tcpip_cme_error;
/* ev->msg as this message, or NULL when ev is another message or an error (C and C++, no cast) */
static inline const atc_quectel_tcpip_cme_error *atc_quectel_tcpip_cme_error_of(const atc_event *ev)
{
    return ev->profile == &atc_quectel_tcpip_profile && ev->id == ATC_QUECTEL_TCPIP_CME_ERROR && ev->kind != ATC_KIND_ERROR
               ? (const atc_quectel_tcpip_cme_error *)ev->msg : NULL;
}
#define ATC_QUECTEL_TCPIP_CME_ERROR_INIT_ZERO {0, {NULL, 0}}
#define ATC_QUECTEL_TCPIP_CME_ERROR_MAX_LEN (17u + 1u * ATC_MAX_LINE)
ATC_API atc_err atc_quectel_tcpip_encode_cme_error(const atc_quectel_tcpip_cme_error *msg, char *buf, size_t cap, size_t *len);

/* final +CMS ERROR: <err>
 * document line 240 */
typedef struct atc_quectel_tcpip_cms_error {
    int32_t err;
    atc_str err_text; /* the code's text when the module printed it (AT+CMEE=2) */
} atc_quectel_tcpip_cms_error;
/* ev->msg as this message, or NULL when ev is another message or an error (C and C++, no cast) */
static inline const atc_quectel_tcpip_cms_error *atc_quectel_tcpip_cms_error_of(const atc_event *ev)
{
    return ev->profile == &atc_quectel_tcpip_profile && ev->id == ATC_QUECTEL_TCPIP_CMS_ERROR && ev->kind != ATC_KIND_ERROR
               ? (const atc_quectel_tcpip_cms_error *)ev->msg : NULL;
}
#define ATC_QUECTEL_TCPIP_CMS_ERROR_INIT_ZERO {0, {NULL, 0}}
#define ATC_QUECTEL_TCPIP_CMS_ERROR_MAX_LEN (17u + 1u * ATC_MAX_LINE)
ATC_API atc_err atc_quectel_tcpip_encode_cms_error(const atc_quectel_tcpip_cms_error *msg, char *buf, size_t cap, size_t *len);

/* final SEND OK
 * document line 530 */
typedef struct atc_quectel_tcpip_send_ok {
    char dummy_field; /* no fields */
} atc_quectel_tcpip_send_ok;
/* ev->msg as this message, or NULL when ev is another message or an error (C and C++, no cast) */
static inline const atc_quectel_tcpip_send_ok *atc_quectel_tcpip_send_ok_of(const atc_event *ev)
{
    return ev->profile == &atc_quectel_tcpip_profile && ev->id == ATC_QUECTEL_TCPIP_SEND_OK && ev->kind != ATC_KIND_ERROR
               ? (const atc_quectel_tcpip_send_ok *)ev->msg : NULL;
}
#define ATC_QUECTEL_TCPIP_SEND_OK_INIT_ZERO {0}
#define ATC_QUECTEL_TCPIP_SEND_OK_MAX_LEN 11u
ATC_API atc_err atc_quectel_tcpip_encode_send_ok(const atc_quectel_tcpip_send_ok *msg, char *buf, size_t cap, size_t *len);

/* final SEND FAIL
 * document line 530 */
typedef struct atc_quectel_tcpip_send_fail {
    char dummy_field; /* no fields */
} atc_quectel_tcpip_send_fail;
/* ev->msg as this message, or NULL when ev is another message or an error (C and C++, no cast) */
static inline const atc_quectel_tcpip_send_fail *atc_quectel_tcpip_send_fail_of(const atc_event *ev)
{
    return ev->profile == &atc_quectel_tcpip_profile && ev->id == ATC_QUECTEL_TCPIP_SEND_FAIL && ev->kind != ATC_KIND_ERROR
               ? (const atc_quectel_tcpip_send_fail *)ev->msg : NULL;
}
#define ATC_QUECTEL_TCPIP_SEND_FAIL_INIT_ZERO {0}
#define ATC_QUECTEL_TCPIP_SEND_FAIL_MAX_LEN 13u
ATC_API atc_err atc_quectel_tcpip_encode_send_fail(const atc_quectel_tcpip_send_fail *msg, char *buf, size_t cap, size_t *len);

/* intermediate CONNECT
 * document line 451 */
typedef struct atc_quectel_tcpip_connect {
    char dummy_field; /* no fields */
} atc_quectel_tcpip_connect;
/* ev->msg as this message, or NULL when ev is another message or an error (C and C++, no cast) */
static inline const atc_quectel_tcpip_connect *atc_quectel_tcpip_connect_of(const atc_event *ev)
{
    return ev->profile == &atc_quectel_tcpip_profile && ev->id == ATC_QUECTEL_TCPIP_CONNECT && ev->kind != ATC_KIND_ERROR
               ? (const atc_quectel_tcpip_connect *)ev->msg : NULL;
}
#define ATC_QUECTEL_TCPIP_CONNECT_INIT_ZERO {0}
#define ATC_QUECTEL_TCPIP_CONNECT_MAX_LEN 11u
ATC_API atc_err atc_quectel_tcpip_encode_connect(const atc_quectel_tcpip_connect *msg, char *buf, size_t cap, size_t *len);

/* final NO CARRIER
 * document line 199 */
typedef struct atc_quectel_tcpip_no_carrier {
    char dummy_field; /* no fields */
} atc_quectel_tcpip_no_carrier;
/* ev->msg as this message, or NULL when ev is another message or an error (C and C++, no cast) */
static inline const atc_quectel_tcpip_no_carrier *atc_quectel_tcpip_no_carrier_of(const atc_event *ev)
{
    return ev->profile == &atc_quectel_tcpip_profile && ev->id == ATC_QUECTEL_TCPIP_NO_CARRIER && ev->kind != ATC_KIND_ERROR
               ? (const atc_quectel_tcpip_no_carrier *)ev->msg : NULL;
}
#define ATC_QUECTEL_TCPIP_NO_CARRIER_INIT_ZERO {0}
#define ATC_QUECTEL_TCPIP_NO_CARRIER_MAX_LEN 14u
ATC_API atc_err atc_quectel_tcpip_encode_no_carrier(const atc_quectel_tcpip_no_carrier *msg, char *buf, size_t cap, size_t *len);

/* intermediate > 
 * document line 538 */
typedef struct atc_quectel_tcpip_prompt {
    char dummy_field; /* no fields */
} atc_quectel_tcpip_prompt;
/* ev->msg as this message, or NULL when ev is another message or an error (C and C++, no cast) */
static inline const atc_quectel_tcpip_prompt *atc_quectel_tcpip_prompt_of(const atc_event *ev)
{
    return ev->profile == &atc_quectel_tcpip_profile && ev->id == ATC_QUECTEL_TCPIP_PROMPT && ev->kind != ATC_KIND_ERROR
               ? (const atc_quectel_tcpip_prompt *)ev->msg : NULL;
}
#define ATC_QUECTEL_TCPIP_PROMPT_INIT_ZERO {0}
#define ATC_QUECTEL_TCPIP_PROMPT_MAX_LEN 6u
ATC_API atc_err atc_quectel_tcpip_encode_prompt(const atc_quectel_tcpip_prompt *msg, char *buf, size_t cap, size_t *len);

/* command AT+QICFG=?
 * document line 253: Configure optional parameters */
typedef struct atc_quectel_tcpip_at_qicfg_test {
    char dummy_field; /* no fields */
} atc_quectel_tcpip_at_qicfg_test;
/* ev->msg as this message, or NULL when ev is another message or an error (C and C++, no cast) */
static inline const atc_quectel_tcpip_at_qicfg_test *atc_quectel_tcpip_at_qicfg_test_of(const atc_event *ev)
{
    return ev->profile == &atc_quectel_tcpip_profile && ev->id == ATC_QUECTEL_TCPIP_AT_QICFG_TEST && ev->kind != ATC_KIND_ERROR
               ? (const atc_quectel_tcpip_at_qicfg_test *)ev->msg : NULL;
}
#define ATC_QUECTEL_TCPIP_AT_QICFG_TEST_INIT_ZERO {0}
#define ATC_QUECTEL_TCPIP_AT_QICFG_TEST_MAX_LEN 11u
ATC_API atc_err atc_quectel_tcpip_encode_at_qicfg_test(const atc_quectel_tcpip_at_qicfg_test *msg, char *buf, size_t cap, size_t *len);

/* command AT+QICFG="transpktsize"[,<transpktsize>] (variant "transpktsize")
 * document line 254: Configure optional parameters */
typedef struct atc_quectel_tcpip_at_qicfg_set_transpktsize {
    bool has_trans_pkt_size;
    int32_t trans_pkt_size;
} atc_quectel_tcpip_at_qicfg_set_transpktsize;
/* ev->msg as this message, or NULL when ev is another message or an error (C and C++, no cast) */
static inline const atc_quectel_tcpip_at_qicfg_set_transpktsize *atc_quectel_tcpip_at_qicfg_set_transpktsize_of(const atc_event *ev)
{
    return ev->profile == &atc_quectel_tcpip_profile && ev->id == ATC_QUECTEL_TCPIP_AT_QICFG_SET_TRANSPKTSIZE && ev->kind != ATC_KIND_ERROR
               ? (const atc_quectel_tcpip_at_qicfg_set_transpktsize *)ev->msg : NULL;
}
#define ATC_QUECTEL_TCPIP_AT_QICFG_SET_TRANSPKTSIZE_INIT_ZERO {false, 0}
#define ATC_QUECTEL_TCPIP_AT_QICFG_SET_TRANSPKTSIZE_MAX_LEN 30u
ATC_API atc_err atc_quectel_tcpip_encode_at_qicfg_set_transpktsize(const atc_quectel_tcpip_at_qicfg_set_transpktsize *msg, char *buf, size_t cap, size_t *len);

/* command AT+QICFG="transwaittm"[,<transwaittm>] (variant "transwaittm")
 * document line 257: Configure optional parameters */
typedef struct atc_quectel_tcpip_at_qicfg_set_transwaittm {
    bool has_trans_wait_tm;
    int32_t trans_wait_tm;
} atc_quectel_tcpip_at_qicfg_set_transwaittm;
/* ev->msg as this message, or NULL when ev is another message or an error (C and C++, no cast) */
static inline const atc_quectel_tcpip_at_qicfg_set_transwaittm *atc_quectel_tcpip_at_qicfg_set_transwaittm_of(const atc_event *ev)
{
    return ev->profile == &atc_quectel_tcpip_profile && ev->id == ATC_QUECTEL_TCPIP_AT_QICFG_SET_TRANSWAITTM && ev->kind != ATC_KIND_ERROR
               ? (const atc_quectel_tcpip_at_qicfg_set_transwaittm *)ev->msg : NULL;
}
#define ATC_QUECTEL_TCPIP_AT_QICFG_SET_TRANSWAITTM_INIT_ZERO {false, 0}
#define ATC_QUECTEL_TCPIP_AT_QICFG_SET_TRANSWAITTM_MAX_LEN 27u
ATC_API atc_err atc_quectel_tcpip_encode_at_qicfg_set_transwaittm(const atc_quectel_tcpip_at_qicfg_set_transwaittm *msg, char *buf, size_t cap, size_t *len);

/* command AT+QICFG="dataformat"[,<send_data_format>,<recv_data_format>] (variant "dataformat")
 * document line 258: Configure optional parameters */
typedef struct atc_quectel_tcpip_at_qicfg_set_dataformat {
    bool has_send_data_format;
    bool has_recv_data_format;
    int32_t send_data_format; /* atc_quectel_tcpip_send_data_format */
    int32_t recv_data_format; /* atc_quectel_tcpip_recv_data_format */
} atc_quectel_tcpip_at_qicfg_set_dataformat;
/* ev->msg as this message, or NULL when ev is another message or an error (C and C++, no cast) */
static inline const atc_quectel_tcpip_at_qicfg_set_dataformat *atc_quectel_tcpip_at_qicfg_set_dataformat_of(const atc_event *ev)
{
    return ev->profile == &atc_quectel_tcpip_profile && ev->id == ATC_QUECTEL_TCPIP_AT_QICFG_SET_DATAFORMAT && ev->kind != ATC_KIND_ERROR
               ? (const atc_quectel_tcpip_at_qicfg_set_dataformat *)ev->msg : NULL;
}
#define ATC_QUECTEL_TCPIP_AT_QICFG_SET_DATAFORMAT_INIT_ZERO {false, false, 0, 0}
#define ATC_QUECTEL_TCPIP_AT_QICFG_SET_DATAFORMAT_MAX_LEN 27u
ATC_API atc_err atc_quectel_tcpip_encode_at_qicfg_set_dataformat(const atc_quectel_tcpip_at_qicfg_set_dataformat *msg, char *buf, size_t cap, size_t *len);

/* command AT+QICFG="viewmode"[,<view_mode>] (variant "viewmode")
 * document line 259: Configure optional parameters */
typedef struct atc_quectel_tcpip_at_qicfg_set_viewmode {
    bool has_view_mode;
    int32_t view_mode; /* atc_quectel_tcpip_view_mode */
} atc_quectel_tcpip_at_qicfg_set_viewmode;
/* ev->msg as this message, or NULL when ev is another message or an error (C and C++, no cast) */
static inline const atc_quectel_tcpip_at_qicfg_set_viewmode *atc_quectel_tcpip_at_qicfg_set_viewmode_of(const atc_event *ev)
{
    return ev->profile == &atc_quectel_tcpip_profile && ev->id == ATC_QUECTEL_TCPIP_AT_QICFG_SET_VIEWMODE && ev->kind != ATC_KIND_ERROR
               ? (const atc_quectel_tcpip_at_qicfg_set_viewmode *)ev->msg : NULL;
}
#define ATC_QUECTEL_TCPIP_AT_QICFG_SET_VIEWMODE_INIT_ZERO {false, 0}
#define ATC_QUECTEL_TCPIP_AT_QICFG_SET_VIEWMODE_MAX_LEN 23u
ATC_API atc_err atc_quectel_tcpip_encode_at_qicfg_set_viewmode(const atc_quectel_tcpip_at_qicfg_set_viewmode *msg, char *buf, size_t cap, size_t *len);

/* command AT+QICFG="udp/sendmode"[,<mode>] (variant "udp/sendmode")
 * document line 260: Configure optional parameters */
typedef struct atc_quectel_tcpip_at_qicfg_set_udp_sendmode {
    bool has_mode;
    int32_t mode; /* atc_quectel_tcpip_mode */
} atc_quectel_tcpip_at_qicfg_set_udp_sendmode;
/* ev->msg as this message, or NULL when ev is another message or an error (C and C++, no cast) */
static inline const atc_quectel_tcpip_at_qicfg_set_udp_sendmode *atc_quectel_tcpip_at_qicfg_set_udp_sendmode_of(const atc_event *ev)
{
    return ev->profile == &atc_quectel_tcpip_profile && ev->id == ATC_QUECTEL_TCPIP_AT_QICFG_SET_UDP_SENDMODE && ev->kind != ATC_KIND_ERROR
               ? (const atc_quectel_tcpip_at_qicfg_set_udp_sendmode *)ev->msg : NULL;
}
#define ATC_QUECTEL_TCPIP_AT_QICFG_SET_UDP_SENDMODE_INIT_ZERO {false, 0}
#define ATC_QUECTEL_TCPIP_AT_QICFG_SET_UDP_SENDMODE_MAX_LEN 27u
ATC_API atc_err atc_quectel_tcpip_encode_at_qicfg_set_udp_sendmode(const atc_quectel_tcpip_at_qicfg_set_udp_sendmode *msg, char *buf, size_t cap, size_t *len);

/* command AT+QICFG="udp/readmode"[,<mode>] (variant "udp/readmode")
 * document line 263: Configure optional parameters */
typedef struct atc_quectel_tcpip_at_qicfg_set_udp_readmode {
    bool has_mode;
    int32_t mode; /* atc_quectel_tcpip_mode */
} atc_quectel_tcpip_at_qicfg_set_udp_readmode;
/* ev->msg as this message, or NULL when ev is another message or an error (C and C++, no cast) */
static inline const atc_quectel_tcpip_at_qicfg_set_udp_readmode *atc_quectel_tcpip_at_qicfg_set_udp_readmode_of(const atc_event *ev)
{
    return ev->profile == &atc_quectel_tcpip_profile && ev->id == ATC_QUECTEL_TCPIP_AT_QICFG_SET_UDP_READMODE && ev->kind != ATC_KIND_ERROR
               ? (const atc_quectel_tcpip_at_qicfg_set_udp_readmode *)ev->msg : NULL;
}
#define ATC_QUECTEL_TCPIP_AT_QICFG_SET_UDP_READMODE_INIT_ZERO {false, 0}
#define ATC_QUECTEL_TCPIP_AT_QICFG_SET_UDP_READMODE_MAX_LEN 27u
ATC_API atc_err atc_quectel_tcpip_encode_at_qicfg_set_udp_readmode(const atc_quectel_tcpip_at_qicfg_set_udp_readmode *msg, char *buf, size_t cap, size_t *len);

/* command AT+QICFG="tcp/accept"[,<accept>] (variant "tcp/accept")
 * document line 264: Configure optional parameters */
typedef struct atc_quectel_tcpip_at_qicfg_set_tcp_accept {
    bool has_accept;
    int32_t accept; /* atc_quectel_tcpip_accept */
} atc_quectel_tcpip_at_qicfg_set_tcp_accept;
/* ev->msg as this message, or NULL when ev is another message or an error (C and C++, no cast) */
static inline const atc_quectel_tcpip_at_qicfg_set_tcp_accept *atc_quectel_tcpip_at_qicfg_set_tcp_accept_of(const atc_event *ev)
{
    return ev->profile == &atc_quectel_tcpip_profile && ev->id == ATC_QUECTEL_TCPIP_AT_QICFG_SET_TCP_ACCEPT && ev->kind != ATC_KIND_ERROR
               ? (const atc_quectel_tcpip_at_qicfg_set_tcp_accept *)ev->msg : NULL;
}
#define ATC_QUECTEL_TCPIP_AT_QICFG_SET_TCP_ACCEPT_INIT_ZERO {false, 0}
#define ATC_QUECTEL_TCPIP_AT_QICFG_SET_TCP_ACCEPT_MAX_LEN 25u
ATC_API atc_err atc_quectel_tcpip_encode_at_qicfg_set_tcp_accept(const atc_quectel_tcpip_at_qicfg_set_tcp_accept *msg, char *buf, size_t cap, size_t *len);

/* command AT+QICFG="passiveclosed"[,<closed>] (variant "passiveclosed")
 * document line 265: Configure optional parameters */
typedef struct atc_quectel_tcpip_at_qicfg_set_passiveclosed {
    bool has_closed;
    int32_t closed; /* atc_quectel_tcpip_closed */
} atc_quectel_tcpip_at_qicfg_set_passiveclosed;
/* ev->msg as this message, or NULL when ev is another message or an error (C and C++, no cast) */
static inline const atc_quectel_tcpip_at_qicfg_set_passiveclosed *atc_quectel_tcpip_at_qicfg_set_passiveclosed_of(const atc_event *ev)
{
    return ev->profile == &atc_quectel_tcpip_profile && ev->id == ATC_QUECTEL_TCPIP_AT_QICFG_SET_PASSIVECLOSED && ev->kind != ATC_KIND_ERROR
               ? (const atc_quectel_tcpip_at_qicfg_set_passiveclosed *)ev->msg : NULL;
}
#define ATC_QUECTEL_TCPIP_AT_QICFG_SET_PASSIVECLOSED_INIT_ZERO {false, 0}
#define ATC_QUECTEL_TCPIP_AT_QICFG_SET_PASSIVECLOSED_MAX_LEN 28u
ATC_API atc_err atc_quectel_tcpip_encode_at_qicfg_set_passiveclosed(const atc_quectel_tcpip_at_qicfg_set_passiveclosed *msg, char *buf, size_t cap, size_t *len);

/* command AT+QICFG="close/mode"[,<close_mode>] (variant "close/mode")
 * document line 266: Configure optional parameters */
typedef struct atc_quectel_tcpip_at_qicfg_set_close_mode {
    bool has_close_mode;
    int32_t close_mode; /* atc_quectel_tcpip_close_mode */
} atc_quectel_tcpip_at_qicfg_set_close_mode;
/* ev->msg as this message, or NULL when ev is another message or an error (C and C++, no cast) */
static inline const atc_quectel_tcpip_at_qicfg_set_close_mode *atc_quectel_tcpip_at_qicfg_set_close_mode_of(const atc_event *ev)
{
    return ev->profile == &atc_quectel_tcpip_profile && ev->id == ATC_QUECTEL_TCPIP_AT_QICFG_SET_CLOSE_MODE && ev->kind != ATC_KIND_ERROR
               ? (const atc_quectel_tcpip_at_qicfg_set_close_mode *)ev->msg : NULL;
}
#define ATC_QUECTEL_TCPIP_AT_QICFG_SET_CLOSE_MODE_INIT_ZERO {false, 0}
#define ATC_QUECTEL_TCPIP_AT_QICFG_SET_CLOSE_MODE_MAX_LEN 25u
ATC_API atc_err atc_quectel_tcpip_encode_at_qicfg_set_close_mode(const atc_quectel_tcpip_at_qicfg_set_close_mode *msg, char *buf, size_t cap, size_t *len);

/* command AT+QICFG="recvind"[,<show_length>] (variant "recvind")
 * document line 269: Configure optional parameters */
typedef struct atc_quectel_tcpip_at_qicfg_set_recvind {
    bool has_show_length;
    int32_t show_length; /* atc_quectel_tcpip_show_length */
} atc_quectel_tcpip_at_qicfg_set_recvind;
/* ev->msg as this message, or NULL when ev is another message or an error (C and C++, no cast) */
static inline const atc_quectel_tcpip_at_qicfg_set_recvind *atc_quectel_tcpip_at_qicfg_set_recvind_of(const atc_event *ev)
{
    return ev->profile == &atc_quectel_tcpip_profile && ev->id == ATC_QUECTEL_TCPIP_AT_QICFG_SET_RECVIND && ev->kind != ATC_KIND_ERROR
               ? (const atc_quectel_tcpip_at_qicfg_set_recvind *)ev->msg : NULL;
}
#define ATC_QUECTEL_TCPIP_AT_QICFG_SET_RECVIND_INIT_ZERO {false, 0}
#define ATC_QUECTEL_TCPIP_AT_QICFG_SET_RECVIND_MAX_LEN 22u
ATC_API atc_err atc_quectel_tcpip_encode_at_qicfg_set_recvind(const atc_quectel_tcpip_at_qicfg_set_recvind *msg, char *buf, size_t cap, size_t *len);

/* command AT+QICFG="tcp/keepalive"[,<enable>[,<idle_time>,<interval_time>,<probe_cnt>]] (variant "tcp/keepalive")
 * document line 270: Configure optional parameters */
typedef struct atc_quectel_tcpip_at_qicfg_set_tcp_keepalive {
    bool has_enable;
    bool has_idle_time;
    bool has_interval_time;
    bool has_probe_cnt;
    int32_t enable; /* atc_quectel_tcpip_enable */
    int32_t idle_time;
    int32_t interval_time;
    int32_t probe_cnt;
} atc_quectel_tcpip_at_qicfg_set_tcp_keepalive;
/* ev->msg as this message, or NULL when ev is another message or an error (C and C++, no cast) */
static inline const atc_quectel_tcpip_at_qicfg_set_tcp_keepalive *atc_quectel_tcpip_at_qicfg_set_tcp_keepalive_of(const atc_event *ev)
{
    return ev->profile == &atc_quectel_tcpip_profile && ev->id == ATC_QUECTEL_TCPIP_AT_QICFG_SET_TCP_KEEPALIVE && ev->kind != ATC_KIND_ERROR
               ? (const atc_quectel_tcpip_at_qicfg_set_tcp_keepalive *)ev->msg : NULL;
}
#define ATC_QUECTEL_TCPIP_AT_QICFG_SET_TCP_KEEPALIVE_INIT_ZERO {false, false, false, false, 0, 0, 0, 0}
#define ATC_QUECTEL_TCPIP_AT_QICFG_SET_TCP_KEEPALIVE_MAX_LEN 40u
ATC_API atc_err atc_quectel_tcpip_encode_at_qicfg_set_tcp_keepalive(const atc_quectel_tcpip_at_qicfg_set_tcp_keepalive *msg, char *buf, size_t cap, size_t *len);

/* command AT+QICFG="tcp/retranscfg"[,<retrains_cnt>,<retrains_period>] (variant "tcp/retranscfg")
 * document line 271: Configure optional parameters */
typedef struct atc_quectel_tcpip_at_qicfg_set_tcp_retranscfg {
    bool has_retrains_cnt;
    bool has_retrains_period;
    int32_t retrains_cnt;
    int32_t retrains_period;
} atc_quectel_tcpip_at_qicfg_set_tcp_retranscfg;
/* ev->msg as this message, or NULL when ev is another message or an error (C and C++, no cast) */
static inline const atc_quectel_tcpip_at_qicfg_set_tcp_retranscfg *atc_quectel_tcpip_at_qicfg_set_tcp_retranscfg_of(const atc_event *ev)
{
    return ev->profile == &atc_quectel_tcpip_profile && ev->id == ATC_QUECTEL_TCPIP_AT_QICFG_SET_TCP_RETRANSCFG && ev->kind != ATC_KIND_ERROR
               ? (const atc_quectel_tcpip_at_qicfg_set_tcp_retranscfg *)ev->msg : NULL;
}
#define ATC_QUECTEL_TCPIP_AT_QICFG_SET_TCP_RETRANSCFG_INIT_ZERO {false, false, 0, 0}
#define ATC_QUECTEL_TCPIP_AT_QICFG_SET_TCP_RETRANSCFG_MAX_LEN 33u
ATC_API atc_err atc_quectel_tcpip_encode_at_qicfg_set_tcp_retranscfg(const atc_quectel_tcpip_at_qicfg_set_tcp_retranscfg *msg, char *buf, size_t cap, size_t *len);

/* command AT+QICFG="send/auto"[,<connectID>[,<period>[,<msg_auto>[,<first_send>]]]] (variant "send/auto")
 * document line 272: Configure optional parameters */
typedef struct atc_quectel_tcpip_at_qicfg_set_send_auto {
    bool has_connect_id;
    bool has_period;
    bool has_msg_auto;
    bool has_first_send;
    int32_t connect_id;
    int32_t period;
    atc_str msg_auto;
    int32_t first_send; /* atc_quectel_tcpip_first_send */
} atc_quectel_tcpip_at_qicfg_set_send_auto;
/* ev->msg as this message, or NULL when ev is another message or an error (C and C++, no cast) */
static inline const atc_quectel_tcpip_at_qicfg_set_send_auto *atc_quectel_tcpip_at_qicfg_set_send_auto_of(const atc_event *ev)
{
    return ev->profile == &atc_quectel_tcpip_profile && ev->id == ATC_QUECTEL_TCPIP_AT_QICFG_SET_SEND_AUTO && ev->kind != ATC_KIND_ERROR
               ? (const atc_quectel_tcpip_at_qicfg_set_send_auto *)ev->msg : NULL;
}
#define ATC_QUECTEL_TCPIP_AT_QICFG_SET_SEND_AUTO_INIT_ZERO {false, false, false, false, 0, 0, {NULL, 0}, 0}
#define ATC_QUECTEL_TCPIP_AT_QICFG_SET_SEND_AUTO_MAX_LEN 836u
ATC_API atc_err atc_quectel_tcpip_encode_at_qicfg_set_send_auto(const atc_quectel_tcpip_at_qicfg_set_send_auto *msg, char *buf, size_t cap, size_t *len);

/* command AT+QICFG="formatcfg"[,<format>] (variant "formatcfg")
 * document line 275: Configure optional parameters */
typedef struct atc_quectel_tcpip_at_qicfg_set_formatcfg {
    bool has_format;
    int32_t format; /* atc_quectel_tcpip_format */
} atc_quectel_tcpip_at_qicfg_set_formatcfg;
/* ev->msg as this message, or NULL when ev is another message or an error (C and C++, no cast) */
static inline const atc_quectel_tcpip_at_qicfg_set_formatcfg *atc_quectel_tcpip_at_qicfg_set_formatcfg_of(const atc_event *ev)
{
    return ev->profile == &atc_quectel_tcpip_profile && ev->id == ATC_QUECTEL_TCPIP_AT_QICFG_SET_FORMATCFG && ev->kind != ATC_KIND_ERROR
               ? (const atc_quectel_tcpip_at_qicfg_set_formatcfg *)ev->msg : NULL;
}
#define ATC_QUECTEL_TCPIP_AT_QICFG_SET_FORMATCFG_INIT_ZERO {false, 0}
#define ATC_QUECTEL_TCPIP_AT_QICFG_SET_FORMATCFG_MAX_LEN 24u
ATC_API atc_err atc_quectel_tcpip_encode_at_qicfg_set_formatcfg(const atc_quectel_tcpip_at_qicfg_set_formatcfg *msg, char *buf, size_t cap, size_t *len);

/* command AT+QICFG="qisend/timeout"[,<timeout>] (variant "qisend/timeout")
 * document line 276: Configure optional parameters */
typedef struct atc_quectel_tcpip_at_qicfg_set_qisend_timeout {
    bool has_timeout;
    int32_t timeout;
} atc_quectel_tcpip_at_qicfg_set_qisend_timeout;
/* ev->msg as this message, or NULL when ev is another message or an error (C and C++, no cast) */
static inline const atc_quectel_tcpip_at_qicfg_set_qisend_timeout *atc_quectel_tcpip_at_qicfg_set_qisend_timeout_of(const atc_event *ev)
{
    return ev->profile == &atc_quectel_tcpip_profile && ev->id == ATC_QUECTEL_TCPIP_AT_QICFG_SET_QISEND_TIMEOUT && ev->kind != ATC_KIND_ERROR
               ? (const atc_quectel_tcpip_at_qicfg_set_qisend_timeout *)ev->msg : NULL;
}
#define ATC_QUECTEL_TCPIP_AT_QICFG_SET_QISEND_TIMEOUT_INIT_ZERO {false, 0}
#define ATC_QUECTEL_TCPIP_AT_QICFG_SET_QISEND_TIMEOUT_MAX_LEN 31u
ATC_API atc_err atc_quectel_tcpip_encode_at_qicfg_set_qisend_timeout(const atc_quectel_tcpip_at_qicfg_set_qisend_timeout *msg, char *buf, size_t cap, size_t *len);

/* command AT+QICFG="tcp/delay_ack"[,<delay_ack>] (variant "tcp/delay_ack")
 * document line 277: Configure optional parameters */
typedef struct atc_quectel_tcpip_at_qicfg_set_tcp_delay_ack {
    bool has_delay_ack;
    int32_t delay_ack; /* atc_quectel_tcpip_delay_ack */
} atc_quectel_tcpip_at_qicfg_set_tcp_delay_ack;
/* ev->msg as this message, or NULL when ev is another message or an error (C and C++, no cast) */
static inline const atc_quectel_tcpip_at_qicfg_set_tcp_delay_ack *atc_quectel_tcpip_at_qicfg_set_tcp_delay_ack_of(const atc_event *ev)
{
    return ev->profile == &atc_quectel_tcpip_profile && ev->id == ATC_QUECTEL_TCPIP_AT_QICFG_SET_TCP_DELAY_ACK && ev->kind != ATC_KIND_ERROR
               ? (const atc_quectel_tcpip_at_qicfg_set_tcp_delay_ack *)ev->msg : NULL;
}
#define ATC_QUECTEL_TCPIP_AT_QICFG_SET_TCP_DELAY_ACK_INIT_ZERO {false, 0}
#define ATC_QUECTEL_TCPIP_AT_QICFG_SET_TCP_DELAY_ACK_MAX_LEN 28u
ATC_API atc_err atc_quectel_tcpip_encode_at_qicfg_set_tcp_delay_ack(const atc_quectel_tcpip_at_qicfg_set_tcp_delay_ack *msg, char *buf, size_t cap, size_t *len);

/* command AT+QICFG="dns/cache"[,<dns_cache>] (variant "dns/cache")
 * document line 279: Configure optional parameters */
typedef struct atc_quectel_tcpip_at_qicfg_set_dns_cache {
    bool has_dns_cache;
    int32_t dns_cache; /* atc_quectel_tcpip_dns_cache */
} atc_quectel_tcpip_at_qicfg_set_dns_cache;
/* ev->msg as this message, or NULL when ev is another message or an error (C and C++, no cast) */
static inline const atc_quectel_tcpip_at_qicfg_set_dns_cache *atc_quectel_tcpip_at_qicfg_set_dns_cache_of(const atc_event *ev)
{
    return ev->profile == &atc_quectel_tcpip_profile && ev->id == ATC_QUECTEL_TCPIP_AT_QICFG_SET_DNS_CACHE && ev->kind != ATC_KIND_ERROR
               ? (const atc_quectel_tcpip_at_qicfg_set_dns_cache *)ev->msg : NULL;
}
#define ATC_QUECTEL_TCPIP_AT_QICFG_SET_DNS_CACHE_INIT_ZERO {false, 0}
#define ATC_QUECTEL_TCPIP_AT_QICFG_SET_DNS_CACHE_MAX_LEN 24u
ATC_API atc_err atc_quectel_tcpip_encode_at_qicfg_set_dns_cache(const atc_quectel_tcpip_at_qicfg_set_dns_cache *msg, char *buf, size_t cap, size_t *len);

/* command AT+QICFG="tcp/twrecycle"[,<timewait_timeout>] (variant "tcp/twrecycle")
 * document line 280: Configure optional parameters */
typedef struct atc_quectel_tcpip_at_qicfg_set_tcp_twrecycle {
    bool has_time_wait_timeout;
    int32_t time_wait_timeout;
} atc_quectel_tcpip_at_qicfg_set_tcp_twrecycle;
/* ev->msg as this message, or NULL when ev is another message or an error (C and C++, no cast) */
static inline const atc_quectel_tcpip_at_qicfg_set_tcp_twrecycle *atc_quectel_tcpip_at_qicfg_set_tcp_twrecycle_of(const atc_event *ev)
{
    return ev->profile == &atc_quectel_tcpip_profile && ev->id == ATC_QUECTEL_TCPIP_AT_QICFG_SET_TCP_TWRECYCLE && ev->kind != ATC_KIND_ERROR
               ? (const atc_quectel_tcpip_at_qicfg_set_tcp_twrecycle *)ev->msg : NULL;
}
#define ATC_QUECTEL_TCPIP_AT_QICFG_SET_TCP_TWRECYCLE_INIT_ZERO {false, 0}
#define ATC_QUECTEL_TCPIP_AT_QICFG_SET_TCP_TWRECYCLE_MAX_LEN 32u
ATC_API atc_err atc_quectel_tcpip_encode_at_qicfg_set_tcp_twrecycle(const atc_quectel_tcpip_at_qicfg_set_tcp_twrecycle *msg, char *buf, size_t cap, size_t *len);

/* command AT+QICFG="dns/retry"[,<retry_ack>,<retry_timeout>] (variant "dns/retry")
 * document line 281: Configure optional parameters */
typedef struct atc_quectel_tcpip_at_qicfg_set_dns_retry {
    bool has_retry_ack;
    bool has_retry_timeout;
    int32_t retry_ack;
    int32_t retry_timeout;
} atc_quectel_tcpip_at_qicfg_set_dns_retry;
/* ev->msg as this message, or NULL when ev is another message or an error (C and C++, no cast) */
static inline const atc_quectel_tcpip_at_qicfg_set_dns_retry *atc_quectel_tcpip_at_qicfg_set_dns_retry_of(const atc_event *ev)
{
    return ev->profile == &atc_quectel_tcpip_profile && ev->id == ATC_QUECTEL_TCPIP_AT_QICFG_SET_DNS_RETRY && ev->kind != ATC_KIND_ERROR
               ? (const atc_quectel_tcpip_at_qicfg_set_dns_retry *)ev->msg : NULL;
}
#define ATC_QUECTEL_TCPIP_AT_QICFG_SET_DNS_RETRY_INIT_ZERO {false, false, 0, 0}
#define ATC_QUECTEL_TCPIP_AT_QICFG_SET_DNS_RETRY_MAX_LEN 29u
ATC_API atc_err atc_quectel_tcpip_encode_at_qicfg_set_dns_retry(const atc_quectel_tcpip_at_qicfg_set_dns_retry *msg, char *buf, size_t cap, size_t *len);

/* command AT+QICSGP=?
 * document line 326: Configure parameters of a TCP/IP context */
typedef struct atc_quectel_tcpip_at_qicsgp_test {
    char dummy_field; /* no fields */
} atc_quectel_tcpip_at_qicsgp_test;
/* ev->msg as this message, or NULL when ev is another message or an error (C and C++, no cast) */
static inline const atc_quectel_tcpip_at_qicsgp_test *atc_quectel_tcpip_at_qicsgp_test_of(const atc_event *ev)
{
    return ev->profile == &atc_quectel_tcpip_profile && ev->id == ATC_QUECTEL_TCPIP_AT_QICSGP_TEST && ev->kind != ATC_KIND_ERROR
               ? (const atc_quectel_tcpip_at_qicsgp_test *)ev->msg : NULL;
}
#define ATC_QUECTEL_TCPIP_AT_QICSGP_TEST_INIT_ZERO {0}
#define ATC_QUECTEL_TCPIP_AT_QICSGP_TEST_MAX_LEN 12u
ATC_API atc_err atc_quectel_tcpip_encode_at_qicsgp_test(const atc_quectel_tcpip_at_qicsgp_test *msg, char *buf, size_t cap, size_t *len);

/* command AT+QICSGP=<contextID>[,<context_type>,<APN>[,<username>,<password>][,<authentication>]]
 * document line 328: Configure parameters of a TCP/IP context */
typedef struct atc_quectel_tcpip_at_qicsgp_set {
    bool has_context_type;
    bool has_apn;
    bool has_username;
    bool has_password;
    bool has_authentication;
    int32_t context_id;
    int32_t context_type; /* atc_quectel_tcpip_context_type */
    atc_str apn;
    atc_str username;
    atc_str password;
    int32_t authentication; /* atc_quectel_tcpip_authentication */
} atc_quectel_tcpip_at_qicsgp_set;
/* ev->msg as this message, or NULL when ev is another message or an error (C and C++, no cast) */
static inline const atc_quectel_tcpip_at_qicsgp_set *atc_quectel_tcpip_at_qicsgp_set_of(const atc_event *ev)
{
    return ev->profile == &atc_quectel_tcpip_profile && ev->id == ATC_QUECTEL_TCPIP_AT_QICSGP_SET && ev->kind != ATC_KIND_ERROR
               ? (const atc_quectel_tcpip_at_qicsgp_set *)ev->msg : NULL;
}
#define ATC_QUECTEL_TCPIP_AT_QICSGP_SET_INIT_ZERO {false, false, false, false, false, 0, 0, {NULL, 0}, {NULL, 0}, {NULL, 0}, 0}
#define ATC_QUECTEL_TCPIP_AT_QICSGP_SET_MAX_LEN (533u + 1u * ATC_MAX_LINE)
ATC_API atc_err atc_quectel_tcpip_encode_at_qicsgp_set(const atc_quectel_tcpip_at_qicsgp_set *msg, char *buf, size_t cap, size_t *len);

/* command AT+QIACT=?
 * document line 359: Activate a PDP context; max response time 150000 ms */
typedef struct atc_quectel_tcpip_at_qiact_test {
    char dummy_field; /* no fields */
} atc_quectel_tcpip_at_qiact_test;
/* ev->msg as this message, or NULL when ev is another message or an error (C and C++, no cast) */
static inline const atc_quectel_tcpip_at_qiact_test *atc_quectel_tcpip_at_qiact_test_of(const atc_event *ev)
{
    return ev->profile == &atc_quectel_tcpip_profile && ev->id == ATC_QUECTEL_TCPIP_AT_QIACT_TEST && ev->kind != ATC_KIND_ERROR
               ? (const atc_quectel_tcpip_at_qiact_test *)ev->msg : NULL;
}
#define ATC_QUECTEL_TCPIP_AT_QIACT_TEST_INIT_ZERO {0}
#define ATC_QUECTEL_TCPIP_AT_QIACT_TEST_MAX_LEN 11u
ATC_API atc_err atc_quectel_tcpip_encode_at_qiact_test(const atc_quectel_tcpip_at_qiact_test *msg, char *buf, size_t cap, size_t *len);

/* command AT+QIACT?
 * document line 360: Activate a PDP context; max response time 150000 ms */
typedef struct atc_quectel_tcpip_at_qiact_read {
    char dummy_field; /* no fields */
} atc_quectel_tcpip_at_qiact_read;
/* ev->msg as this message, or NULL when ev is another message or an error (C and C++, no cast) */
static inline const atc_quectel_tcpip_at_qiact_read *atc_quectel_tcpip_at_qiact_read_of(const atc_event *ev)
{
    return ev->profile == &atc_quectel_tcpip_profile && ev->id == ATC_QUECTEL_TCPIP_AT_QIACT_READ && ev->kind != ATC_KIND_ERROR
               ? (const atc_quectel_tcpip_at_qiact_read *)ev->msg : NULL;
}
#define ATC_QUECTEL_TCPIP_AT_QIACT_READ_INIT_ZERO {0}
#define ATC_QUECTEL_TCPIP_AT_QIACT_READ_MAX_LEN 10u
ATC_API atc_err atc_quectel_tcpip_encode_at_qiact_read(const atc_quectel_tcpip_at_qiact_read *msg, char *buf, size_t cap, size_t *len);

/* command AT+QIACT=<contextID>
 * document line 363: Activate a PDP context; max response time 150000 ms */
typedef struct atc_quectel_tcpip_at_qiact_set {
    int32_t context_id;
} atc_quectel_tcpip_at_qiact_set;
/* ev->msg as this message, or NULL when ev is another message or an error (C and C++, no cast) */
static inline const atc_quectel_tcpip_at_qiact_set *atc_quectel_tcpip_at_qiact_set_of(const atc_event *ev)
{
    return ev->profile == &atc_quectel_tcpip_profile && ev->id == ATC_QUECTEL_TCPIP_AT_QIACT_SET && ev->kind != ATC_KIND_ERROR
               ? (const atc_quectel_tcpip_at_qiact_set *)ev->msg : NULL;
}
#define ATC_QUECTEL_TCPIP_AT_QIACT_SET_INIT_ZERO {0}
#define ATC_QUECTEL_TCPIP_AT_QIACT_SET_MAX_LEN 13u
ATC_API atc_err atc_quectel_tcpip_encode_at_qiact_set(const atc_quectel_tcpip_at_qiact_set *msg, char *buf, size_t cap, size_t *len);

/* command AT+QIDEACT=?
 * document line 380: Deactivate a PDP context; max response time 40000 ms */
typedef struct atc_quectel_tcpip_at_qideact_test {
    char dummy_field; /* no fields */
} atc_quectel_tcpip_at_qideact_test;
/* ev->msg as this message, or NULL when ev is another message or an error (C and C++, no cast) */
static inline const atc_quectel_tcpip_at_qideact_test *atc_quectel_tcpip_at_qideact_test_of(const atc_event *ev)
{
    return ev->profile == &atc_quectel_tcpip_profile && ev->id == ATC_QUECTEL_TCPIP_AT_QIDEACT_TEST && ev->kind != ATC_KIND_ERROR
               ? (const atc_quectel_tcpip_at_qideact_test *)ev->msg : NULL;
}
#define ATC_QUECTEL_TCPIP_AT_QIDEACT_TEST_INIT_ZERO {0}
#define ATC_QUECTEL_TCPIP_AT_QIDEACT_TEST_MAX_LEN 13u
ATC_API atc_err atc_quectel_tcpip_encode_at_qideact_test(const atc_quectel_tcpip_at_qideact_test *msg, char *buf, size_t cap, size_t *len);

/* command AT+QIDEACT=<contextID>
 * document line 381: Deactivate a PDP context; max response time 40000 ms */
typedef struct atc_quectel_tcpip_at_qideact_set {
    int32_t context_id;
} atc_quectel_tcpip_at_qideact_set;
/* ev->msg as this message, or NULL when ev is another message or an error (C and C++, no cast) */
static inline const atc_quectel_tcpip_at_qideact_set *atc_quectel_tcpip_at_qideact_set_of(const atc_event *ev)
{
    return ev->profile == &atc_quectel_tcpip_profile && ev->id == ATC_QUECTEL_TCPIP_AT_QIDEACT_SET && ev->kind != ATC_KIND_ERROR
               ? (const atc_quectel_tcpip_at_qideact_set *)ev->msg : NULL;
}
#define ATC_QUECTEL_TCPIP_AT_QIDEACT_SET_INIT_ZERO {0}
#define ATC_QUECTEL_TCPIP_AT_QIDEACT_SET_MAX_LEN 15u
ATC_API atc_err atc_quectel_tcpip_encode_at_qideact_set(const atc_quectel_tcpip_at_qideact_set *msg, char *buf, size_t cap, size_t *len);

/* command AT+QIACTEX=?
 * document line 399: Activate a PDP context asynchronously (result in the +QIACTEX URC); max response time 150000 ms */
typedef struct atc_quectel_tcpip_at_qiactex_test {
    char dummy_field; /* no fields */
} atc_quectel_tcpip_at_qiactex_test;
/* ev->msg as this message, or NULL when ev is another message or an error (C and C++, no cast) */
static inline const atc_quectel_tcpip_at_qiactex_test *atc_quectel_tcpip_at_qiactex_test_of(const atc_event *ev)
{
    return ev->profile == &atc_quectel_tcpip_profile && ev->id == ATC_QUECTEL_TCPIP_AT_QIACTEX_TEST && ev->kind != ATC_KIND_ERROR
               ? (const atc_quectel_tcpip_at_qiactex_test *)ev->msg : NULL;
}
#define ATC_QUECTEL_TCPIP_AT_QIACTEX_TEST_INIT_ZERO {0}
#define ATC_QUECTEL_TCPIP_AT_QIACTEX_TEST_MAX_LEN 13u
ATC_API atc_err atc_quectel_tcpip_encode_at_qiactex_test(const atc_quectel_tcpip_at_qiactex_test *msg, char *buf, size_t cap, size_t *len);

/* command AT+QIACTEX?
 * document line 400: Activate a PDP context asynchronously (result in the +QIACTEX URC); max response time 150000 ms */
typedef struct atc_quectel_tcpip_at_qiactex_read {
    char dummy_field; /* no fields */
} atc_quectel_tcpip_at_qiactex_read;
/* ev->msg as this message, or NULL when ev is another message or an error (C and C++, no cast) */
static inline const atc_quectel_tcpip_at_qiactex_read *atc_quectel_tcpip_at_qiactex_read_of(const atc_event *ev)
{
    return ev->profile == &atc_quectel_tcpip_profile && ev->id == ATC_QUECTEL_TCPIP_AT_QIACTEX_READ && ev->kind != ATC_KIND_ERROR
               ? (const atc_quectel_tcpip_at_qiactex_read *)ev->msg : NULL;
}
#define ATC_QUECTEL_TCPIP_AT_QIACTEX_READ_INIT_ZERO {0}
#define ATC_QUECTEL_TCPIP_AT_QIACTEX_READ_MAX_LEN 12u
ATC_API atc_err atc_quectel_tcpip_encode_at_qiactex_read(const atc_quectel_tcpip_at_qiactex_read *msg, char *buf, size_t cap, size_t *len);

/* command AT+QIACTEX=<contextID>[,<view_mode>]
 * document line 401: Activate a PDP context asynchronously (result in the +QIACTEX URC); max response time 150000 ms */
typedef struct atc_quectel_tcpip_at_qiactex_set {
    bool has_view_mode;
    int32_t context_id;
    int32_t view_mode; /* atc_quectel_tcpip_qiactex_view_mode */
} atc_quectel_tcpip_at_qiactex_set;
/* ev->msg as this message, or NULL when ev is another message or an error (C and C++, no cast) */
static inline const atc_quectel_tcpip_at_qiactex_set *atc_quectel_tcpip_at_qiactex_set_of(const atc_event *ev)
{
    return ev->profile == &atc_quectel_tcpip_profile && ev->id == ATC_QUECTEL_TCPIP_AT_QIACTEX_SET && ev->kind != ATC_KIND_ERROR
               ? (const atc_quectel_tcpip_at_qiactex_set *)ev->msg : NULL;
}
#define ATC_QUECTEL_TCPIP_AT_QIACTEX_SET_INIT_ZERO {false, 0, 0}
#define ATC_QUECTEL_TCPIP_AT_QIACTEX_SET_MAX_LEN 17u
ATC_API atc_err atc_quectel_tcpip_encode_at_qiactex_set(const atc_quectel_tcpip_at_qiactex_set *msg, char *buf, size_t cap, size_t *len);

/* command AT+QIDEACTEX=?
 * document line 422: Deactivate a PDP context asynchronously (result in the +QIDEACTEX URC); max response time 40000 ms */
typedef struct atc_quectel_tcpip_at_qideactex_test {
    char dummy_field; /* no fields */
} atc_quectel_tcpip_at_qideactex_test;
/* ev->msg as this message, or NULL when ev is another message or an error (C and C++, no cast) */
static inline const atc_quectel_tcpip_at_qideactex_test *atc_quectel_tcpip_at_qideactex_test_of(const atc_event *ev)
{
    return ev->profile == &atc_quectel_tcpip_profile && ev->id == ATC_QUECTEL_TCPIP_AT_QIDEACTEX_TEST && ev->kind != ATC_KIND_ERROR
               ? (const atc_quectel_tcpip_at_qideactex_test *)ev->msg : NULL;
}
#define ATC_QUECTEL_TCPIP_AT_QIDEACTEX_TEST_INIT_ZERO {0}
#define ATC_QUECTEL_TCPIP_AT_QIDEACTEX_TEST_MAX_LEN 15u
ATC_API atc_err atc_quectel_tcpip_encode_at_qideactex_test(const atc_quectel_tcpip_at_qideactex_test *msg, char *buf, size_t cap, size_t *len);

/* command AT+QIDEACTEX=<contextID>
 * document line 423: Deactivate a PDP context asynchronously (result in the +QIDEACTEX URC); max response time 40000 ms */
typedef struct atc_quectel_tcpip_at_qideactex_set {
    int32_t context_id;
} atc_quectel_tcpip_at_qideactex_set;
/* ev->msg as this message, or NULL when ev is another message or an error (C and C++, no cast) */
static inline const atc_quectel_tcpip_at_qideactex_set *atc_quectel_tcpip_at_qideactex_set_of(const atc_event *ev)
{
    return ev->profile == &atc_quectel_tcpip_profile && ev->id == ATC_QUECTEL_TCPIP_AT_QIDEACTEX_SET && ev->kind != ATC_KIND_ERROR
               ? (const atc_quectel_tcpip_at_qideactex_set *)ev->msg : NULL;
}
#define ATC_QUECTEL_TCPIP_AT_QIDEACTEX_SET_INIT_ZERO {0}
#define ATC_QUECTEL_TCPIP_AT_QIDEACTEX_SET_MAX_LEN 17u
ATC_API atc_err atc_quectel_tcpip_encode_at_qideactex_set(const atc_quectel_tcpip_at_qideactex_set *msg, char *buf, size_t cap, size_t *len);

/* command AT+QIOPEN=?
 * document line 447: Open a socket service; max response time 150000 ms */
typedef struct atc_quectel_tcpip_at_qiopen_test {
    char dummy_field; /* no fields */
} atc_quectel_tcpip_at_qiopen_test;
/* ev->msg as this message, or NULL when ev is another message or an error (C and C++, no cast) */
static inline const atc_quectel_tcpip_at_qiopen_test *atc_quectel_tcpip_at_qiopen_test_of(const atc_event *ev)
{
    return ev->profile == &atc_quectel_tcpip_profile && ev->id == ATC_QUECTEL_TCPIP_AT_QIOPEN_TEST && ev->kind != ATC_KIND_ERROR
               ? (const atc_quectel_tcpip_at_qiopen_test *)ev->msg : NULL;
}
#define ATC_QUECTEL_TCPIP_AT_QIOPEN_TEST_INIT_ZERO {0}
#define ATC_QUECTEL_TCPIP_AT_QIOPEN_TEST_MAX_LEN 12u
ATC_API atc_err atc_quectel_tcpip_encode_at_qiopen_test(const atc_quectel_tcpip_at_qiopen_test *msg, char *buf, size_t cap, size_t *len);

/* command AT+QIOPEN=<contextID>,<connectID>,<service_type>,<IP_address/domain_name>,<remote_port>[,<local_port>[,<access_mode>[,<tcp_client_maxnum>]]]
 * document line 451: Open a socket service; max response time 150000 ms */
typedef struct atc_quectel_tcpip_at_qiopen_set {
    bool has_local_port;
    bool has_access_mode;
    bool has_tcp_client_max_num;
    int32_t context_id;
    int32_t connect_id;
    atc_str service_type;
    atc_str ip_address;
    int32_t remote_port;
    int32_t local_port;
    int32_t access_mode; /* atc_quectel_tcpip_access_mode */
    int32_t tcp_client_max_num;
} atc_quectel_tcpip_at_qiopen_set;
/* ev->msg as this message, or NULL when ev is another message or an error (C and C++, no cast) */
static inline const atc_quectel_tcpip_at_qiopen_set *atc_quectel_tcpip_at_qiopen_set_of(const atc_event *ev)
{
    return ev->profile == &atc_quectel_tcpip_profile && ev->id == ATC_QUECTEL_TCPIP_AT_QIOPEN_SET && ev->kind != ATC_KIND_ERROR
               ? (const atc_quectel_tcpip_at_qiopen_set *)ev->msg : NULL;
}
#define ATC_QUECTEL_TCPIP_AT_QIOPEN_SET_INIT_ZERO {false, false, false, 0, 0, {NULL, 0}, {NULL, 0}, 0, 0, 0, 0}
#define ATC_QUECTEL_TCPIP_AT_QIOPEN_SET_MAX_LEN (50u + 1u * ATC_MAX_LINE)
ATC_API atc_err atc_quectel_tcpip_encode_at_qiopen_set(const atc_quectel_tcpip_at_qiopen_set *msg, char *buf, size_t cap, size_t *len);

/* command AT+QICLOSE=?
 * document line 483: Close a socket service; max response time 10000 ms */
typedef struct atc_quectel_tcpip_at_qiclose_test {
    char dummy_field; /* no fields */
} atc_quectel_tcpip_at_qiclose_test;
/* ev->msg as this message, or NULL when ev is another message or an error (C and C++, no cast) */
static inline const atc_quectel_tcpip_at_qiclose_test *atc_quectel_tcpip_at_qiclose_test_of(const atc_event *ev)
{
    return ev->profile == &atc_quectel_tcpip_profile && ev->id == ATC_QUECTEL_TCPIP_AT_QICLOSE_TEST && ev->kind != ATC_KIND_ERROR
               ? (const atc_quectel_tcpip_at_qiclose_test *)ev->msg : NULL;
}
#define ATC_QUECTEL_TCPIP_AT_QICLOSE_TEST_INIT_ZERO {0}
#define ATC_QUECTEL_TCPIP_AT_QICLOSE_TEST_MAX_LEN 13u
ATC_API atc_err atc_quectel_tcpip_encode_at_qiclose_test(const atc_quectel_tcpip_at_qiclose_test *msg, char *buf, size_t cap, size_t *len);

/* command AT+QICLOSE=<connectID>[,<timeout>]
 * document line 484: Close a socket service; max response time 10000 ms */
typedef struct atc_quectel_tcpip_at_qiclose_set {
    bool has_timeout;
    int32_t connect_id;
    int32_t timeout;
} atc_quectel_tcpip_at_qiclose_set;
/* ev->msg as this message, or NULL when ev is another message or an error (C and C++, no cast) */
static inline const atc_quectel_tcpip_at_qiclose_set *atc_quectel_tcpip_at_qiclose_set_of(const atc_event *ev)
{
    return ev->profile == &atc_quectel_tcpip_profile && ev->id == ATC_QUECTEL_TCPIP_AT_QICLOSE_SET && ev->kind != ATC_KIND_ERROR
               ? (const atc_quectel_tcpip_at_qiclose_set *)ev->msg : NULL;
}
#define ATC_QUECTEL_TCPIP_AT_QICLOSE_SET_INIT_ZERO {false, 0, 0}
#define ATC_QUECTEL_TCPIP_AT_QICLOSE_SET_MAX_LEN 21u
ATC_API atc_err atc_quectel_tcpip_encode_at_qiclose_set(const atc_quectel_tcpip_at_qiclose_set *msg, char *buf, size_t cap, size_t *len);

/* command AT+QISTATE=?
 * document line 499: Query socket service status */
typedef struct atc_quectel_tcpip_at_qistate_test {
    char dummy_field; /* no fields */
} atc_quectel_tcpip_at_qistate_test;
/* ev->msg as this message, or NULL when ev is another message or an error (C and C++, no cast) */
static inline const atc_quectel_tcpip_at_qistate_test *atc_quectel_tcpip_at_qistate_test_of(const atc_event *ev)
{
    return ev->profile == &atc_quectel_tcpip_profile && ev->id == ATC_QUECTEL_TCPIP_AT_QISTATE_TEST && ev->kind != ATC_KIND_ERROR
               ? (const atc_quectel_tcpip_at_qistate_test *)ev->msg : NULL;
}
#define ATC_QUECTEL_TCPIP_AT_QISTATE_TEST_INIT_ZERO {0}
#define ATC_QUECTEL_TCPIP_AT_QISTATE_TEST_MAX_LEN 13u
ATC_API atc_err atc_quectel_tcpip_encode_at_qistate_test(const atc_quectel_tcpip_at_qistate_test *msg, char *buf, size_t cap, size_t *len);

/* command AT+QISTATE?
 * document line 500: Query socket service status */
typedef struct atc_quectel_tcpip_at_qistate_read {
    char dummy_field; /* no fields */
} atc_quectel_tcpip_at_qistate_read;
/* ev->msg as this message, or NULL when ev is another message or an error (C and C++, no cast) */
static inline const atc_quectel_tcpip_at_qistate_read *atc_quectel_tcpip_at_qistate_read_of(const atc_event *ev)
{
    return ev->profile == &atc_quectel_tcpip_profile && ev->id == ATC_QUECTEL_TCPIP_AT_QISTATE_READ && ev->kind != ATC_KIND_ERROR
               ? (const atc_quectel_tcpip_at_qistate_read *)ev->msg : NULL;
}
#define ATC_QUECTEL_TCPIP_AT_QISTATE_READ_INIT_ZERO {0}
#define ATC_QUECTEL_TCPIP_AT_QISTATE_READ_MAX_LEN 12u
ATC_API atc_err atc_quectel_tcpip_encode_at_qistate_read(const atc_quectel_tcpip_at_qistate_read *msg, char *buf, size_t cap, size_t *len);

/* command AT+QISTATE=<query_type>,<contextID/connectID>
 * document line 501: Query socket service status */
typedef struct atc_quectel_tcpip_at_qistate_set {
    int32_t query_type; /* atc_quectel_tcpip_query_type */
    int32_t id;
} atc_quectel_tcpip_at_qistate_set;
/* ev->msg as this message, or NULL when ev is another message or an error (C and C++, no cast) */
static inline const atc_quectel_tcpip_at_qistate_set *atc_quectel_tcpip_at_qistate_set_of(const atc_event *ev)
{
    return ev->profile == &atc_quectel_tcpip_profile && ev->id == ATC_QUECTEL_TCPIP_AT_QISTATE_SET && ev->kind != ATC_KIND_ERROR
               ? (const atc_quectel_tcpip_at_qistate_set *)ev->msg : NULL;
}
#define ATC_QUECTEL_TCPIP_AT_QISTATE_SET_INIT_ZERO {0, 0}
#define ATC_QUECTEL_TCPIP_AT_QISTATE_SET_MAX_LEN 17u
ATC_API atc_err atc_quectel_tcpip_encode_at_qistate_set(const atc_quectel_tcpip_at_qistate_set *msg, char *buf, size_t cap, size_t *len);

/* command AT+QISTATE
 * document line 500: Query socket service status */
typedef struct atc_quectel_tcpip_at_qistate_exec {
    char dummy_field; /* no fields */
} atc_quectel_tcpip_at_qistate_exec;
/* ev->msg as this message, or NULL when ev is another message or an error (C and C++, no cast) */
static inline const atc_quectel_tcpip_at_qistate_exec *atc_quectel_tcpip_at_qistate_exec_of(const atc_event *ev)
{
    return ev->profile == &atc_quectel_tcpip_profile && ev->id == ATC_QUECTEL_TCPIP_AT_QISTATE_EXEC && ev->kind != ATC_KIND_ERROR
               ? (const atc_quectel_tcpip_at_qistate_exec *)ev->msg : NULL;
}
#define ATC_QUECTEL_TCPIP_AT_QISTATE_EXEC_INIT_ZERO {0}
#define ATC_QUECTEL_TCPIP_AT_QISTATE_EXEC_MAX_LEN 11u
ATC_API atc_err atc_quectel_tcpip_encode_at_qistate_exec(const atc_quectel_tcpip_at_qistate_exec *msg, char *buf, size_t cap, size_t *len);

/* command AT+QISEND=?
 * document line 537: Send data */
typedef struct atc_quectel_tcpip_at_qisend_test {
    char dummy_field; /* no fields */
} atc_quectel_tcpip_at_qisend_test;
/* ev->msg as this message, or NULL when ev is another message or an error (C and C++, no cast) */
static inline const atc_quectel_tcpip_at_qisend_test *atc_quectel_tcpip_at_qisend_test_of(const atc_event *ev)
{
    return ev->profile == &atc_quectel_tcpip_profile && ev->id == ATC_QUECTEL_TCPIP_AT_QISEND_TEST && ev->kind != ATC_KIND_ERROR
               ? (const atc_quectel_tcpip_at_qisend_test *)ev->msg : NULL;
}
#define ATC_QUECTEL_TCPIP_AT_QISEND_TEST_INIT_ZERO {0}
#define ATC_QUECTEL_TCPIP_AT_QISEND_TEST_MAX_LEN 12u
ATC_API atc_err atc_quectel_tcpip_encode_at_qisend_test(const atc_quectel_tcpip_at_qisend_test *msg, char *buf, size_t cap, size_t *len);

/* command AT+QISEND=<connectID>[,<send_length>[,<remoteIP>,<remote_port>]]
 * document line 538: Send data */
typedef struct atc_quectel_tcpip_at_qisend_set {
    bool has_send_length;
    bool has_remote_ip;
    bool has_remote_port;
    int32_t connect_id;
    int32_t send_length;
    atc_str remote_ip;
    int32_t remote_port;
} atc_quectel_tcpip_at_qisend_set;
/* ev->msg as this message, or NULL when ev is another message or an error (C and C++, no cast) */
static inline const atc_quectel_tcpip_at_qisend_set *atc_quectel_tcpip_at_qisend_set_of(const atc_event *ev)
{
    return ev->profile == &atc_quectel_tcpip_profile && ev->id == ATC_QUECTEL_TCPIP_AT_QISEND_SET && ev->kind != ATC_KIND_ERROR
               ? (const atc_quectel_tcpip_at_qisend_set *)ev->msg : NULL;
}
#define ATC_QUECTEL_TCPIP_AT_QISEND_SET_INIT_ZERO {false, false, false, 0, 0, {NULL, 0}, 0}
#define ATC_QUECTEL_TCPIP_AT_QISEND_SET_MAX_LEN (26u + 1u * ATC_MAX_LINE)
ATC_API atc_err atc_quectel_tcpip_encode_at_qisend_set(const atc_quectel_tcpip_at_qisend_set *msg, char *buf, size_t cap, size_t *len);

/* command AT+QIRD=?
 * document line 570: Read received TCP/IP data */
typedef struct atc_quectel_tcpip_at_qird_test {
    char dummy_field; /* no fields */
} atc_quectel_tcpip_at_qird_test;
/* ev->msg as this message, or NULL when ev is another message or an error (C and C++, no cast) */
static inline const atc_quectel_tcpip_at_qird_test *atc_quectel_tcpip_at_qird_test_of(const atc_event *ev)
{
    return ev->profile == &atc_quectel_tcpip_profile && ev->id == ATC_QUECTEL_TCPIP_AT_QIRD_TEST && ev->kind != ATC_KIND_ERROR
               ? (const atc_quectel_tcpip_at_qird_test *)ev->msg : NULL;
}
#define ATC_QUECTEL_TCPIP_AT_QIRD_TEST_INIT_ZERO {0}
#define ATC_QUECTEL_TCPIP_AT_QIRD_TEST_MAX_LEN 10u
ATC_API atc_err atc_quectel_tcpip_encode_at_qird_test(const atc_quectel_tcpip_at_qird_test *msg, char *buf, size_t cap, size_t *len);

/* command AT+QIRD=<connectID>[,<read_length>]
 * document line 573: Read received TCP/IP data */
typedef struct atc_quectel_tcpip_at_qird_set {
    bool has_read_length;
    int32_t connect_id;
    int32_t read_length;
} atc_quectel_tcpip_at_qird_set;
/* ev->msg as this message, or NULL when ev is another message or an error (C and C++, no cast) */
static inline const atc_quectel_tcpip_at_qird_set *atc_quectel_tcpip_at_qird_set_of(const atc_event *ev)
{
    return ev->profile == &atc_quectel_tcpip_profile && ev->id == ATC_QUECTEL_TCPIP_AT_QIRD_SET && ev->kind != ATC_KIND_ERROR
               ? (const atc_quectel_tcpip_at_qird_set *)ev->msg : NULL;
}
#define ATC_QUECTEL_TCPIP_AT_QIRD_SET_INIT_ZERO {false, 0, 0}
#define ATC_QUECTEL_TCPIP_AT_QIRD_SET_MAX_LEN 17u
ATC_API atc_err atc_quectel_tcpip_encode_at_qird_set(const atc_quectel_tcpip_at_qird_set *msg, char *buf, size_t cap, size_t *len);

/* command AT+QISENDEX=?
 * document line 597: Send hex string data */
typedef struct atc_quectel_tcpip_at_qisendex_test {
    char dummy_field; /* no fields */
} atc_quectel_tcpip_at_qisendex_test;
/* ev->msg as this message, or NULL when ev is another message or an error (C and C++, no cast) */
static inline const atc_quectel_tcpip_at_qisendex_test *atc_quectel_tcpip_at_qisendex_test_of(const atc_event *ev)
{
    return ev->profile == &atc_quectel_tcpip_profile && ev->id == ATC_QUECTEL_TCPIP_AT_QISENDEX_TEST && ev->kind != ATC_KIND_ERROR
               ? (const atc_quectel_tcpip_at_qisendex_test *)ev->msg : NULL;
}
#define ATC_QUECTEL_TCPIP_AT_QISENDEX_TEST_INIT_ZERO {0}
#define ATC_QUECTEL_TCPIP_AT_QISENDEX_TEST_MAX_LEN 14u
ATC_API atc_err atc_quectel_tcpip_encode_at_qisendex_test(const atc_quectel_tcpip_at_qisendex_test *msg, char *buf, size_t cap, size_t *len);

/* command AT+QISENDEX=<connectID>,<hex_string>
 * document line 598: Send hex string data */
typedef struct atc_quectel_tcpip_at_qisendex_set {
    int32_t connect_id;
    atc_str hex_string;
} atc_quectel_tcpip_at_qisendex_set;
/* ev->msg as this message, or NULL when ev is another message or an error (C and C++, no cast) */
static inline const atc_quectel_tcpip_at_qisendex_set *atc_quectel_tcpip_at_qisendex_set_of(const atc_event *ev)
{
    return ev->profile == &atc_quectel_tcpip_profile && ev->id == ATC_QUECTEL_TCPIP_AT_QISENDEX_SET && ev->kind != ATC_KIND_ERROR
               ? (const atc_quectel_tcpip_at_qisendex_set *)ev->msg : NULL;
}
#define ATC_QUECTEL_TCPIP_AT_QISENDEX_SET_INIT_ZERO {0, {NULL, 0}}
#define ATC_QUECTEL_TCPIP_AT_QISENDEX_SET_MAX_LEN 1043u
ATC_API atc_err atc_quectel_tcpip_encode_at_qisendex_set(const atc_quectel_tcpip_at_qisendex_set *msg, char *buf, size_t cap, size_t *len);

/* command AT+QISWTMD=?
 * document line 615: Switch the data access mode */
typedef struct atc_quectel_tcpip_at_qiswtmd_test {
    char dummy_field; /* no fields */
} atc_quectel_tcpip_at_qiswtmd_test;
/* ev->msg as this message, or NULL when ev is another message or an error (C and C++, no cast) */
static inline const atc_quectel_tcpip_at_qiswtmd_test *atc_quectel_tcpip_at_qiswtmd_test_of(const atc_event *ev)
{
    return ev->profile == &atc_quectel_tcpip_profile && ev->id == ATC_QUECTEL_TCPIP_AT_QISWTMD_TEST && ev->kind != ATC_KIND_ERROR
               ? (const atc_quectel_tcpip_at_qiswtmd_test *)ev->msg : NULL;
}
#define ATC_QUECTEL_TCPIP_AT_QISWTMD_TEST_INIT_ZERO {0}
#define ATC_QUECTEL_TCPIP_AT_QISWTMD_TEST_MAX_LEN 13u
ATC_API atc_err atc_quectel_tcpip_encode_at_qiswtmd_test(const atc_quectel_tcpip_at_qiswtmd_test *msg, char *buf, size_t cap, size_t *len);

/* command AT+QISWTMD=<connectID>,<access_mode>
 * document line 616: Switch the data access mode */
typedef struct atc_quectel_tcpip_at_qiswtmd_set {
    int32_t connect_id;
    int32_t access_mode; /* atc_quectel_tcpip_access_mode */
} atc_quectel_tcpip_at_qiswtmd_set;
/* ev->msg as this message, or NULL when ev is another message or an error (C and C++, no cast) */
static inline const atc_quectel_tcpip_at_qiswtmd_set *atc_quectel_tcpip_at_qiswtmd_set_of(const atc_event *ev)
{
    return ev->profile == &atc_quectel_tcpip_profile && ev->id == ATC_QUECTEL_TCPIP_AT_QISWTMD_SET && ev->kind != ATC_KIND_ERROR
               ? (const atc_quectel_tcpip_at_qiswtmd_set *)ev->msg : NULL;
}
#define ATC_QUECTEL_TCPIP_AT_QISWTMD_SET_INIT_ZERO {0, 0}
#define ATC_QUECTEL_TCPIP_AT_QISWTMD_SET_MAX_LEN 17u
ATC_API atc_err atc_quectel_tcpip_encode_at_qiswtmd_set(const atc_quectel_tcpip_at_qiswtmd_set *msg, char *buf, size_t cap, size_t *len);

/* command AT+QPING=?
 * document line 634: Ping a remote server */
typedef struct atc_quectel_tcpip_at_qping_test {
    char dummy_field; /* no fields */
} atc_quectel_tcpip_at_qping_test;
/* ev->msg as this message, or NULL when ev is another message or an error (C and C++, no cast) */
static inline const atc_quectel_tcpip_at_qping_test *atc_quectel_tcpip_at_qping_test_of(const atc_event *ev)
{
    return ev->profile == &atc_quectel_tcpip_profile && ev->id == ATC_QUECTEL_TCPIP_AT_QPING_TEST && ev->kind != ATC_KIND_ERROR
               ? (const atc_quectel_tcpip_at_qping_test *)ev->msg : NULL;
}
#define ATC_QUECTEL_TCPIP_AT_QPING_TEST_INIT_ZERO {0}
#define ATC_QUECTEL_TCPIP_AT_QPING_TEST_MAX_LEN 11u
ATC_API atc_err atc_quectel_tcpip_encode_at_qping_test(const atc_quectel_tcpip_at_qping_test *msg, char *buf, size_t cap, size_t *len);

/* command AT+QPING=<contextID>,<host>[,<timeout>[,<pingnum>]]
 * document line 635: Ping a remote server */
typedef struct atc_quectel_tcpip_at_qping_set {
    bool has_timeout;
    bool has_ping_num;
    int32_t context_id;
    atc_str host;
    int32_t timeout;
    int32_t ping_num;
} atc_quectel_tcpip_at_qping_set;
/* ev->msg as this message, or NULL when ev is another message or an error (C and C++, no cast) */
static inline const atc_quectel_tcpip_at_qping_set *atc_quectel_tcpip_at_qping_set_of(const atc_event *ev)
{
    return ev->profile == &atc_quectel_tcpip_profile && ev->id == ATC_QUECTEL_TCPIP_AT_QPING_SET && ev->kind != ATC_KIND_ERROR
               ? (const atc_quectel_tcpip_at_qping_set *)ev->msg : NULL;
}
#define ATC_QUECTEL_TCPIP_AT_QPING_SET_INIT_ZERO {false, false, 0, {NULL, 0}, 0, 0}
#define ATC_QUECTEL_TCPIP_AT_QPING_SET_MAX_LEN (21u + 1u * ATC_MAX_LINE)
ATC_API atc_err atc_quectel_tcpip_encode_at_qping_set(const atc_quectel_tcpip_at_qping_set *msg, char *buf, size_t cap, size_t *len);

/* command AT+QNTP=?
 * document line 664: Synchronize the local time with an NTP server; max response time 700000 ms */
typedef struct atc_quectel_tcpip_at_qntp_test {
    char dummy_field; /* no fields */
} atc_quectel_tcpip_at_qntp_test;
/* ev->msg as this message, or NULL when ev is another message or an error (C and C++, no cast) */
static inline const atc_quectel_tcpip_at_qntp_test *atc_quectel_tcpip_at_qntp_test_of(const atc_event *ev)
{
    return ev->profile == &atc_quectel_tcpip_profile && ev->id == ATC_QUECTEL_TCPIP_AT_QNTP_TEST && ev->kind != ATC_KIND_ERROR
               ? (const atc_quectel_tcpip_at_qntp_test *)ev->msg : NULL;
}
#define ATC_QUECTEL_TCPIP_AT_QNTP_TEST_INIT_ZERO {0}
#define ATC_QUECTEL_TCPIP_AT_QNTP_TEST_MAX_LEN 10u
ATC_API atc_err atc_quectel_tcpip_encode_at_qntp_test(const atc_quectel_tcpip_at_qntp_test *msg, char *buf, size_t cap, size_t *len);

/* command AT+QNTP?
 * document line 665: Synchronize the local time with an NTP server; max response time 700000 ms */
typedef struct atc_quectel_tcpip_at_qntp_read {
    char dummy_field; /* no fields */
} atc_quectel_tcpip_at_qntp_read;
/* ev->msg as this message, or NULL when ev is another message or an error (C and C++, no cast) */
static inline const atc_quectel_tcpip_at_qntp_read *atc_quectel_tcpip_at_qntp_read_of(const atc_event *ev)
{
    return ev->profile == &atc_quectel_tcpip_profile && ev->id == ATC_QUECTEL_TCPIP_AT_QNTP_READ && ev->kind != ATC_KIND_ERROR
               ? (const atc_quectel_tcpip_at_qntp_read *)ev->msg : NULL;
}
#define ATC_QUECTEL_TCPIP_AT_QNTP_READ_INIT_ZERO {0}
#define ATC_QUECTEL_TCPIP_AT_QNTP_READ_MAX_LEN 9u
ATC_API atc_err atc_quectel_tcpip_encode_at_qntp_read(const atc_quectel_tcpip_at_qntp_read *msg, char *buf, size_t cap, size_t *len);

/* command AT+QNTP=<contextID>,<server>[,<port>[,<autosettime>]]
 * document line 666: Synchronize the local time with an NTP server; max response time 700000 ms */
typedef struct atc_quectel_tcpip_at_qntp_set {
    bool has_port;
    bool has_auto_set_time;
    int32_t context_id;
    atc_str server;
    int32_t port;
    int32_t auto_set_time; /* atc_quectel_tcpip_auto_set_time */
} atc_quectel_tcpip_at_qntp_set;
/* ev->msg as this message, or NULL when ev is another message or an error (C and C++, no cast) */
static inline const atc_quectel_tcpip_at_qntp_set *atc_quectel_tcpip_at_qntp_set_of(const atc_event *ev)
{
    return ev->profile == &atc_quectel_tcpip_profile && ev->id == ATC_QUECTEL_TCPIP_AT_QNTP_SET && ev->kind != ATC_KIND_ERROR
               ? (const atc_quectel_tcpip_at_qntp_set *)ev->msg : NULL;
}
#define ATC_QUECTEL_TCPIP_AT_QNTP_SET_INIT_ZERO {false, false, 0, {NULL, 0}, 0, 0}
#define ATC_QUECTEL_TCPIP_AT_QNTP_SET_MAX_LEN (21u + 1u * ATC_MAX_LINE)
ATC_API atc_err atc_quectel_tcpip_encode_at_qntp_set(const atc_quectel_tcpip_at_qntp_set *msg, char *buf, size_t cap, size_t *len);

/* command AT+QIDNSCFG=?
 * document line 684: Configure DNS server addresses */
typedef struct atc_quectel_tcpip_at_qidnscfg_test {
    char dummy_field; /* no fields */
} atc_quectel_tcpip_at_qidnscfg_test;
/* ev->msg as this message, or NULL when ev is another message or an error (C and C++, no cast) */
static inline const atc_quectel_tcpip_at_qidnscfg_test *atc_quectel_tcpip_at_qidnscfg_test_of(const atc_event *ev)
{
    return ev->profile == &atc_quectel_tcpip_profile && ev->id == ATC_QUECTEL_TCPIP_AT_QIDNSCFG_TEST && ev->kind != ATC_KIND_ERROR
               ? (const atc_quectel_tcpip_at_qidnscfg_test *)ev->msg : NULL;
}
#define ATC_QUECTEL_TCPIP_AT_QIDNSCFG_TEST_INIT_ZERO {0}
#define ATC_QUECTEL_TCPIP_AT_QIDNSCFG_TEST_MAX_LEN 14u
ATC_API atc_err atc_quectel_tcpip_encode_at_qidnscfg_test(const atc_quectel_tcpip_at_qidnscfg_test *msg, char *buf, size_t cap, size_t *len);

/* command AT+QIDNSCFG=<contextID>[,<pridnsaddr>[,<secdnsaddr>]]
 * document line 685: Configure DNS server addresses */
typedef struct atc_quectel_tcpip_at_qidnscfg_set {
    bool has_pri_dns_addr;
    bool has_sec_dns_addr;
    int32_t context_id;
    atc_str pri_dns_addr;
    atc_str sec_dns_addr;
} atc_quectel_tcpip_at_qidnscfg_set;
/* ev->msg as this message, or NULL when ev is another message or an error (C and C++, no cast) */
static inline const atc_quectel_tcpip_at_qidnscfg_set *atc_quectel_tcpip_at_qidnscfg_set_of(const atc_event *ev)
{
    return ev->profile == &atc_quectel_tcpip_profile && ev->id == ATC_QUECTEL_TCPIP_AT_QIDNSCFG_SET && ev->kind != ATC_KIND_ERROR
               ? (const atc_quectel_tcpip_at_qidnscfg_set *)ev->msg : NULL;
}
#define ATC_QUECTEL_TCPIP_AT_QIDNSCFG_SET_INIT_ZERO {false, false, 0, {NULL, 0}, {NULL, 0}}
#define ATC_QUECTEL_TCPIP_AT_QIDNSCFG_SET_MAX_LEN (18u + 2u * ATC_MAX_LINE)
ATC_API atc_err atc_quectel_tcpip_encode_at_qidnscfg_set(const atc_quectel_tcpip_at_qidnscfg_set *msg, char *buf, size_t cap, size_t *len);

/* command AT+QIDNSGIP=?
 * document line 706: Get IP addresses of a domain name; max response time 60000 ms */
typedef struct atc_quectel_tcpip_at_qidnsgip_test {
    char dummy_field; /* no fields */
} atc_quectel_tcpip_at_qidnsgip_test;
/* ev->msg as this message, or NULL when ev is another message or an error (C and C++, no cast) */
static inline const atc_quectel_tcpip_at_qidnsgip_test *atc_quectel_tcpip_at_qidnsgip_test_of(const atc_event *ev)
{
    return ev->profile == &atc_quectel_tcpip_profile && ev->id == ATC_QUECTEL_TCPIP_AT_QIDNSGIP_TEST && ev->kind != ATC_KIND_ERROR
               ? (const atc_quectel_tcpip_at_qidnsgip_test *)ev->msg : NULL;
}
#define ATC_QUECTEL_TCPIP_AT_QIDNSGIP_TEST_INIT_ZERO {0}
#define ATC_QUECTEL_TCPIP_AT_QIDNSGIP_TEST_MAX_LEN 14u
ATC_API atc_err atc_quectel_tcpip_encode_at_qidnsgip_test(const atc_quectel_tcpip_at_qidnsgip_test *msg, char *buf, size_t cap, size_t *len);

/* command AT+QIDNSGIP=<contextID>,<hostname>
 * document line 707: Get IP addresses of a domain name; max response time 60000 ms */
typedef struct atc_quectel_tcpip_at_qidnsgip_set {
    int32_t context_id;
    atc_str hostname;
} atc_quectel_tcpip_at_qidnsgip_set;
/* ev->msg as this message, or NULL when ev is another message or an error (C and C++, no cast) */
static inline const atc_quectel_tcpip_at_qidnsgip_set *atc_quectel_tcpip_at_qidnsgip_set_of(const atc_event *ev)
{
    return ev->profile == &atc_quectel_tcpip_profile && ev->id == ATC_QUECTEL_TCPIP_AT_QIDNSGIP_SET && ev->kind != ATC_KIND_ERROR
               ? (const atc_quectel_tcpip_at_qidnsgip_set *)ev->msg : NULL;
}
#define ATC_QUECTEL_TCPIP_AT_QIDNSGIP_SET_INIT_ZERO {0, {NULL, 0}}
#define ATC_QUECTEL_TCPIP_AT_QIDNSGIP_SET_MAX_LEN (17u + 1u * ATC_MAX_LINE)
ATC_API atc_err atc_quectel_tcpip_encode_at_qidnsgip_set(const atc_quectel_tcpip_at_qidnsgip_set *msg, char *buf, size_t cap, size_t *len);

/* command AT+QISDE=?
 * document line 727: Echo the data sent with AT+QISEND or not */
typedef struct atc_quectel_tcpip_at_qisde_test {
    char dummy_field; /* no fields */
} atc_quectel_tcpip_at_qisde_test;
/* ev->msg as this message, or NULL when ev is another message or an error (C and C++, no cast) */
static inline const atc_quectel_tcpip_at_qisde_test *atc_quectel_tcpip_at_qisde_test_of(const atc_event *ev)
{
    return ev->profile == &atc_quectel_tcpip_profile && ev->id == ATC_QUECTEL_TCPIP_AT_QISDE_TEST && ev->kind != ATC_KIND_ERROR
               ? (const atc_quectel_tcpip_at_qisde_test *)ev->msg : NULL;
}
#define ATC_QUECTEL_TCPIP_AT_QISDE_TEST_INIT_ZERO {0}
#define ATC_QUECTEL_TCPIP_AT_QISDE_TEST_MAX_LEN 11u
ATC_API atc_err atc_quectel_tcpip_encode_at_qisde_test(const atc_quectel_tcpip_at_qisde_test *msg, char *buf, size_t cap, size_t *len);

/* command AT+QISDE?
 * document line 728: Echo the data sent with AT+QISEND or not */
typedef struct atc_quectel_tcpip_at_qisde_read {
    char dummy_field; /* no fields */
} atc_quectel_tcpip_at_qisde_read;
/* ev->msg as this message, or NULL when ev is another message or an error (C and C++, no cast) */
static inline const atc_quectel_tcpip_at_qisde_read *atc_quectel_tcpip_at_qisde_read_of(const atc_event *ev)
{
    return ev->profile == &atc_quectel_tcpip_profile && ev->id == ATC_QUECTEL_TCPIP_AT_QISDE_READ && ev->kind != ATC_KIND_ERROR
               ? (const atc_quectel_tcpip_at_qisde_read *)ev->msg : NULL;
}
#define ATC_QUECTEL_TCPIP_AT_QISDE_READ_INIT_ZERO {0}
#define ATC_QUECTEL_TCPIP_AT_QISDE_READ_MAX_LEN 10u
ATC_API atc_err atc_quectel_tcpip_encode_at_qisde_read(const atc_quectel_tcpip_at_qisde_read *msg, char *buf, size_t cap, size_t *len);

/* command AT+QISDE=<echo>
 * document line 729: Echo the data sent with AT+QISEND or not */
typedef struct atc_quectel_tcpip_at_qisde_set {
    int32_t echo; /* atc_quectel_tcpip_echo */
} atc_quectel_tcpip_at_qisde_set;
/* ev->msg as this message, or NULL when ev is another message or an error (C and C++, no cast) */
static inline const atc_quectel_tcpip_at_qisde_set *atc_quectel_tcpip_at_qisde_set_of(const atc_event *ev)
{
    return ev->profile == &atc_quectel_tcpip_profile && ev->id == ATC_QUECTEL_TCPIP_AT_QISDE_SET && ev->kind != ATC_KIND_ERROR
               ? (const atc_quectel_tcpip_at_qisde_set *)ev->msg : NULL;
}
#define ATC_QUECTEL_TCPIP_AT_QISDE_SET_INIT_ZERO {0}
#define ATC_QUECTEL_TCPIP_AT_QISDE_SET_MAX_LEN 12u
ATC_API atc_err atc_quectel_tcpip_encode_at_qisde_set(const atc_quectel_tcpip_at_qisde_set *msg, char *buf, size_t cap, size_t *len);

/* command AT+QIGETERROR=?
 * document line 743: Query the error code of the last TCP/IP AT command; max response time 300 ms */
typedef struct atc_quectel_tcpip_at_qigeterror_test {
    char dummy_field; /* no fields */
} atc_quectel_tcpip_at_qigeterror_test;
/* ev->msg as this message, or NULL when ev is another message or an error (C and C++, no cast) */
static inline const atc_quectel_tcpip_at_qigeterror_test *atc_quectel_tcpip_at_qigeterror_test_of(const atc_event *ev)
{
    return ev->profile == &atc_quectel_tcpip_profile && ev->id == ATC_QUECTEL_TCPIP_AT_QIGETERROR_TEST && ev->kind != ATC_KIND_ERROR
               ? (const atc_quectel_tcpip_at_qigeterror_test *)ev->msg : NULL;
}
#define ATC_QUECTEL_TCPIP_AT_QIGETERROR_TEST_INIT_ZERO {0}
#define ATC_QUECTEL_TCPIP_AT_QIGETERROR_TEST_MAX_LEN 16u
ATC_API atc_err atc_quectel_tcpip_encode_at_qigeterror_test(const atc_quectel_tcpip_at_qigeterror_test *msg, char *buf, size_t cap, size_t *len);

/* command AT+QIGETERROR
 * document line 744: Query the error code of the last TCP/IP AT command; max response time 300 ms */
typedef struct atc_quectel_tcpip_at_qigeterror_exec {
    char dummy_field; /* no fields */
} atc_quectel_tcpip_at_qigeterror_exec;
/* ev->msg as this message, or NULL when ev is another message or an error (C and C++, no cast) */
static inline const atc_quectel_tcpip_at_qigeterror_exec *atc_quectel_tcpip_at_qigeterror_exec_of(const atc_event *ev)
{
    return ev->profile == &atc_quectel_tcpip_profile && ev->id == ATC_QUECTEL_TCPIP_AT_QIGETERROR_EXEC && ev->kind != ATC_KIND_ERROR
               ? (const atc_quectel_tcpip_at_qigeterror_exec *)ev->msg : NULL;
}
#define ATC_QUECTEL_TCPIP_AT_QIGETERROR_EXEC_INIT_ZERO {0}
#define ATC_QUECTEL_TCPIP_AT_QIGETERROR_EXEC_MAX_LEN 14u
ATC_API atc_err atc_quectel_tcpip_encode_at_qigeterror_exec(const atc_quectel_tcpip_at_qigeterror_exec *msg, char *buf, size_t cap, size_t *len);

/* response +QICFG: "transpktsize",<transpktsize> (variant "transpktsize")
 * document line 253 */
typedef struct atc_quectel_tcpip_qicfg_test_transpktsize {
    atc_str trans_pkt_size;
} atc_quectel_tcpip_qicfg_test_transpktsize;
/* ev->msg as this message, or NULL when ev is another message or an error (C and C++, no cast) */
static inline const atc_quectel_tcpip_qicfg_test_transpktsize *atc_quectel_tcpip_qicfg_test_transpktsize_of(const atc_event *ev)
{
    return ev->profile == &atc_quectel_tcpip_profile && ev->id == ATC_QUECTEL_TCPIP_QICFG_TEST_TRANSPKTSIZE && ev->kind != ATC_KIND_ERROR
               ? (const atc_quectel_tcpip_qicfg_test_transpktsize *)ev->msg : NULL;
}
#define ATC_QUECTEL_TCPIP_QICFG_TEST_TRANSPKTSIZE_INIT_ZERO {{NULL, 0}}
#define ATC_QUECTEL_TCPIP_QICFG_TEST_TRANSPKTSIZE_MAX_LEN (28u + 1u * ATC_MAX_LINE)
ATC_API atc_err atc_quectel_tcpip_encode_qicfg_test_transpktsize(const atc_quectel_tcpip_qicfg_test_transpktsize *msg, char *buf, size_t cap, size_t *len);

/* response +QICFG: "transwaittm",<transwaittm> (variant "transwaittm")
 * document line 253 */
typedef struct atc_quectel_tcpip_qicfg_test_transwaittm {
    atc_str trans_wait_tm;
} atc_quectel_tcpip_qicfg_test_transwaittm;
/* ev->msg as this message, or NULL when ev is another message or an error (C and C++, no cast) */
static inline const atc_quectel_tcpip_qicfg_test_transwaittm *atc_quectel_tcpip_qicfg_test_transwaittm_of(const atc_event *ev)
{
    return ev->profile == &atc_quectel_tcpip_profile && ev->id == ATC_QUECTEL_TCPIP_QICFG_TEST_TRANSWAITTM && ev->kind != ATC_KIND_ERROR
               ? (const atc_quectel_tcpip_qicfg_test_transwaittm *)ev->msg : NULL;
}
#define ATC_QUECTEL_TCPIP_QICFG_TEST_TRANSWAITTM_INIT_ZERO {{NULL, 0}}
#define ATC_QUECTEL_TCPIP_QICFG_TEST_TRANSWAITTM_MAX_LEN (27u + 1u * ATC_MAX_LINE)
ATC_API atc_err atc_quectel_tcpip_encode_qicfg_test_transwaittm(const atc_quectel_tcpip_qicfg_test_transwaittm *msg, char *buf, size_t cap, size_t *len);

/* response +QICFG: "dataformat",<send_data_format>,<recv_data_format> (variant "dataformat")
 * document line 253 */
typedef struct atc_quectel_tcpip_qicfg_test_dataformat {
    atc_str send_data_format;
    atc_str recv_data_format;
} atc_quectel_tcpip_qicfg_test_dataformat;
/* ev->msg as this message, or NULL when ev is another message or an error (C and C++, no cast) */
static inline const atc_quectel_tcpip_qicfg_test_dataformat *atc_quectel_tcpip_qicfg_test_dataformat_of(const atc_event *ev)
{
    return ev->profile == &atc_quectel_tcpip_profile && ev->id == ATC_QUECTEL_TCPIP_QICFG_TEST_DATAFORMAT && ev->kind != ATC_KIND_ERROR
               ? (const atc_quectel_tcpip_qicfg_test_dataformat *)ev->msg : NULL;
}
#define ATC_QUECTEL_TCPIP_QICFG_TEST_DATAFORMAT_INIT_ZERO {{NULL, 0}, {NULL, 0}}
#define ATC_QUECTEL_TCPIP_QICFG_TEST_DATAFORMAT_MAX_LEN (27u + 2u * ATC_MAX_LINE)
ATC_API atc_err atc_quectel_tcpip_encode_qicfg_test_dataformat(const atc_quectel_tcpip_qicfg_test_dataformat *msg, char *buf, size_t cap, size_t *len);

/* response +QICFG: "viewmode",<view_mode> (variant "viewmode")
 * document line 253 */
typedef struct atc_quectel_tcpip_qicfg_test_viewmode {
    atc_str view_mode;
} atc_quectel_tcpip_qicfg_test_viewmode;
/* ev->msg as this message, or NULL when ev is another message or an error (C and C++, no cast) */
static inline const atc_quectel_tcpip_qicfg_test_viewmode *atc_quectel_tcpip_qicfg_test_viewmode_of(const atc_event *ev)
{
    return ev->profile == &atc_quectel_tcpip_profile && ev->id == ATC_QUECTEL_TCPIP_QICFG_TEST_VIEWMODE && ev->kind != ATC_KIND_ERROR
               ? (const atc_quectel_tcpip_qicfg_test_viewmode *)ev->msg : NULL;
}
#define ATC_QUECTEL_TCPIP_QICFG_TEST_VIEWMODE_INIT_ZERO {{NULL, 0}}
#define ATC_QUECTEL_TCPIP_QICFG_TEST_VIEWMODE_MAX_LEN (24u + 1u * ATC_MAX_LINE)
ATC_API atc_err atc_quectel_tcpip_encode_qicfg_test_viewmode(const atc_quectel_tcpip_qicfg_test_viewmode *msg, char *buf, size_t cap, size_t *len);

/* response +QICFG: "udp/sendmode",<mode> (variant "udp/sendmode")
 * document line 253 */
typedef struct atc_quectel_tcpip_qicfg_test_udp_sendmode {
    atc_str mode;
} atc_quectel_tcpip_qicfg_test_udp_sendmode;
/* ev->msg as this message, or NULL when ev is another message or an error (C and C++, no cast) */
static inline const atc_quectel_tcpip_qicfg_test_udp_sendmode *atc_quectel_tcpip_qicfg_test_udp_sendmode_of(const atc_event *ev)
{
    return ev->profile == &atc_quectel_tcpip_profile && ev->id == ATC_QUECTEL_TCPIP_QICFG_TEST_UDP_SENDMODE && ev->kind != ATC_KIND_ERROR
               ? (const atc_quectel_tcpip_qicfg_test_udp_sendmode *)ev->msg : NULL;
}
#define ATC_QUECTEL_TCPIP_QICFG_TEST_UDP_SENDMODE_INIT_ZERO {{NULL, 0}}
#define ATC_QUECTEL_TCPIP_QICFG_TEST_UDP_SENDMODE_MAX_LEN (28u + 1u * ATC_MAX_LINE)
ATC_API atc_err atc_quectel_tcpip_encode_qicfg_test_udp_sendmode(const atc_quectel_tcpip_qicfg_test_udp_sendmode *msg, char *buf, size_t cap, size_t *len);

/* response +QICFG: "udp/readmode",<mode> (variant "udp/readmode")
 * document line 253 */
typedef struct atc_quectel_tcpip_qicfg_test_udp_readmode {
    atc_str mode;
} atc_quectel_tcpip_qicfg_test_udp_readmode;
/* ev->msg as this message, or NULL when ev is another message or an error (C and C++, no cast) */
static inline const atc_quectel_tcpip_qicfg_test_udp_readmode *atc_quectel_tcpip_qicfg_test_udp_readmode_of(const atc_event *ev)
{
    return ev->profile == &atc_quectel_tcpip_profile && ev->id == ATC_QUECTEL_TCPIP_QICFG_TEST_UDP_READMODE && ev->kind != ATC_KIND_ERROR
               ? (const atc_quectel_tcpip_qicfg_test_udp_readmode *)ev->msg : NULL;
}
#define ATC_QUECTEL_TCPIP_QICFG_TEST_UDP_READMODE_INIT_ZERO {{NULL, 0}}
#define ATC_QUECTEL_TCPIP_QICFG_TEST_UDP_READMODE_MAX_LEN (28u + 1u * ATC_MAX_LINE)
ATC_API atc_err atc_quectel_tcpip_encode_qicfg_test_udp_readmode(const atc_quectel_tcpip_qicfg_test_udp_readmode *msg, char *buf, size_t cap, size_t *len);

/* response +QICFG: "tcp/accept",<accept> (variant "tcp/accept")
 * document line 253 */
typedef struct atc_quectel_tcpip_qicfg_test_tcp_accept {
    atc_str accept;
} atc_quectel_tcpip_qicfg_test_tcp_accept;
/* ev->msg as this message, or NULL when ev is another message or an error (C and C++, no cast) */
static inline const atc_quectel_tcpip_qicfg_test_tcp_accept *atc_quectel_tcpip_qicfg_test_tcp_accept_of(const atc_event *ev)
{
    return ev->profile == &atc_quectel_tcpip_profile && ev->id == ATC_QUECTEL_TCPIP_QICFG_TEST_TCP_ACCEPT && ev->kind != ATC_KIND_ERROR
               ? (const atc_quectel_tcpip_qicfg_test_tcp_accept *)ev->msg : NULL;
}
#define ATC_QUECTEL_TCPIP_QICFG_TEST_TCP_ACCEPT_INIT_ZERO {{NULL, 0}}
#define ATC_QUECTEL_TCPIP_QICFG_TEST_TCP_ACCEPT_MAX_LEN (26u + 1u * ATC_MAX_LINE)
ATC_API atc_err atc_quectel_tcpip_encode_qicfg_test_tcp_accept(const atc_quectel_tcpip_qicfg_test_tcp_accept *msg, char *buf, size_t cap, size_t *len);

/* response +QICFG: "passiveclosed",<closed> (variant "passiveclosed")
 * document line 253 */
typedef struct atc_quectel_tcpip_qicfg_test_passiveclosed {
    atc_str closed;
} atc_quectel_tcpip_qicfg_test_passiveclosed;
/* ev->msg as this message, or NULL when ev is another message or an error (C and C++, no cast) */
static inline const atc_quectel_tcpip_qicfg_test_passiveclosed *atc_quectel_tcpip_qicfg_test_passiveclosed_of(const atc_event *ev)
{
    return ev->profile == &atc_quectel_tcpip_profile && ev->id == ATC_QUECTEL_TCPIP_QICFG_TEST_PASSIVECLOSED && ev->kind != ATC_KIND_ERROR
               ? (const atc_quectel_tcpip_qicfg_test_passiveclosed *)ev->msg : NULL;
}
#define ATC_QUECTEL_TCPIP_QICFG_TEST_PASSIVECLOSED_INIT_ZERO {{NULL, 0}}
#define ATC_QUECTEL_TCPIP_QICFG_TEST_PASSIVECLOSED_MAX_LEN (29u + 1u * ATC_MAX_LINE)
ATC_API atc_err atc_quectel_tcpip_encode_qicfg_test_passiveclosed(const atc_quectel_tcpip_qicfg_test_passiveclosed *msg, char *buf, size_t cap, size_t *len);

/* response +QICFG: "close/mode",<close_mode> (variant "close/mode")
 * document line 253 */
typedef struct atc_quectel_tcpip_qicfg_test_close_mode {
    atc_str close_mode;
} atc_quectel_tcpip_qicfg_test_close_mode;
/* ev->msg as this message, or NULL when ev is another message or an error (C and C++, no cast) */
static inline const atc_quectel_tcpip_qicfg_test_close_mode *atc_quectel_tcpip_qicfg_test_close_mode_of(const atc_event *ev)
{
    return ev->profile == &atc_quectel_tcpip_profile && ev->id == ATC_QUECTEL_TCPIP_QICFG_TEST_CLOSE_MODE && ev->kind != ATC_KIND_ERROR
               ? (const atc_quectel_tcpip_qicfg_test_close_mode *)ev->msg : NULL;
}
#define ATC_QUECTEL_TCPIP_QICFG_TEST_CLOSE_MODE_INIT_ZERO {{NULL, 0}}
#define ATC_QUECTEL_TCPIP_QICFG_TEST_CLOSE_MODE_MAX_LEN (26u + 1u * ATC_MAX_LINE)
ATC_API atc_err atc_quectel_tcpip_encode_qicfg_test_close_mode(const atc_quectel_tcpip_qicfg_test_close_mode *msg, char *buf, size_t cap, size_t *len);

/* response +QICFG: "recvind",<show_length> (variant "recvind")
 * document line 253 */
typedef struct atc_quectel_tcpip_qicfg_test_recvind {
    atc_str show_length;
} atc_quectel_tcpip_qicfg_test_recvind;
/* ev->msg as this message, or NULL when ev is another message or an error (C and C++, no cast) */
static inline const atc_quectel_tcpip_qicfg_test_recvind *atc_quectel_tcpip_qicfg_test_recvind_of(const atc_event *ev)
{
    return ev->profile == &atc_quectel_tcpip_profile && ev->id == ATC_QUECTEL_TCPIP_QICFG_TEST_RECVIND && ev->kind != ATC_KIND_ERROR
               ? (const atc_quectel_tcpip_qicfg_test_recvind *)ev->msg : NULL;
}
#define ATC_QUECTEL_TCPIP_QICFG_TEST_RECVIND_INIT_ZERO {{NULL, 0}}
#define ATC_QUECTEL_TCPIP_QICFG_TEST_RECVIND_MAX_LEN (23u + 1u * ATC_MAX_LINE)
ATC_API atc_err atc_quectel_tcpip_encode_qicfg_test_recvind(const atc_quectel_tcpip_qicfg_test_recvind *msg, char *buf, size_t cap, size_t *len);

/* response +QICFG: "tcp/keepalive",<enable>,<idle_time>,<interval_time>,<probe_cnt> (variant "tcp/keepalive")
 * document line 253 */
typedef struct atc_quectel_tcpip_qicfg_test_tcp_keepalive {
    atc_str enable;
    atc_str idle_time;
    atc_str interval_time;
    atc_str probe_cnt;
} atc_quectel_tcpip_qicfg_test_tcp_keepalive;
/* ev->msg as this message, or NULL when ev is another message or an error (C and C++, no cast) */
static inline const atc_quectel_tcpip_qicfg_test_tcp_keepalive *atc_quectel_tcpip_qicfg_test_tcp_keepalive_of(const atc_event *ev)
{
    return ev->profile == &atc_quectel_tcpip_profile && ev->id == ATC_QUECTEL_TCPIP_QICFG_TEST_TCP_KEEPALIVE && ev->kind != ATC_KIND_ERROR
               ? (const atc_quectel_tcpip_qicfg_test_tcp_keepalive *)ev->msg : NULL;
}
#define ATC_QUECTEL_TCPIP_QICFG_TEST_TCP_KEEPALIVE_INIT_ZERO {{NULL, 0}, {NULL, 0}, {NULL, 0}, {NULL, 0}}
#define ATC_QUECTEL_TCPIP_QICFG_TEST_TCP_KEEPALIVE_MAX_LEN (32u + 4u * ATC_MAX_LINE)
ATC_API atc_err atc_quectel_tcpip_encode_qicfg_test_tcp_keepalive(const atc_quectel_tcpip_qicfg_test_tcp_keepalive *msg, char *buf, size_t cap, size_t *len);

/* response +QICFG: "tcp/retranscfg",<retrains_cnt>,<retrains_period> (variant "tcp/retranscfg")
 * document line 253 */
typedef struct atc_quectel_tcpip_qicfg_test_tcp_retranscfg {
    atc_str retrains_cnt;
    atc_str retrains_period;
} atc_quectel_tcpip_qicfg_test_tcp_retranscfg;
/* ev->msg as this message, or NULL when ev is another message or an error (C and C++, no cast) */
static inline const atc_quectel_tcpip_qicfg_test_tcp_retranscfg *atc_quectel_tcpip_qicfg_test_tcp_retranscfg_of(const atc_event *ev)
{
    return ev->profile == &atc_quectel_tcpip_profile && ev->id == ATC_QUECTEL_TCPIP_QICFG_TEST_TCP_RETRANSCFG && ev->kind != ATC_KIND_ERROR
               ? (const atc_quectel_tcpip_qicfg_test_tcp_retranscfg *)ev->msg : NULL;
}
#define ATC_QUECTEL_TCPIP_QICFG_TEST_TCP_RETRANSCFG_INIT_ZERO {{NULL, 0}, {NULL, 0}}
#define ATC_QUECTEL_TCPIP_QICFG_TEST_TCP_RETRANSCFG_MAX_LEN (31u + 2u * ATC_MAX_LINE)
ATC_API atc_err atc_quectel_tcpip_encode_qicfg_test_tcp_retranscfg(const atc_quectel_tcpip_qicfg_test_tcp_retranscfg *msg, char *buf, size_t cap, size_t *len);

/* response +QICFG: "send/auto",<connectID>,<period>,<msg_auto>,<first_send> (variant "send/auto")
 * document line 253 */
typedef struct atc_quectel_tcpip_qicfg_test_send_auto {
    atc_str connect_id;
    atc_str period;
    atc_str msg_auto;
    atc_str first_send;
} atc_quectel_tcpip_qicfg_test_send_auto;
/* ev->msg as this message, or NULL when ev is another message or an error (C and C++, no cast) */
static inline const atc_quectel_tcpip_qicfg_test_send_auto *atc_quectel_tcpip_qicfg_test_send_auto_of(const atc_event *ev)
{
    return ev->profile == &atc_quectel_tcpip_profile && ev->id == ATC_QUECTEL_TCPIP_QICFG_TEST_SEND_AUTO && ev->kind != ATC_KIND_ERROR
               ? (const atc_quectel_tcpip_qicfg_test_send_auto *)ev->msg : NULL;
}
#define ATC_QUECTEL_TCPIP_QICFG_TEST_SEND_AUTO_INIT_ZERO {{NULL, 0}, {NULL, 0}, {NULL, 0}, {NULL, 0}}
#define ATC_QUECTEL_TCPIP_QICFG_TEST_SEND_AUTO_MAX_LEN (28u + 4u * ATC_MAX_LINE)
ATC_API atc_err atc_quectel_tcpip_encode_qicfg_test_send_auto(const atc_quectel_tcpip_qicfg_test_send_auto *msg, char *buf, size_t cap, size_t *len);

/* response +QICFG: "formatcfg",<format> (variant "formatcfg")
 * document line 253 */
typedef struct atc_quectel_tcpip_qicfg_test_formatcfg {
    atc_str format;
} atc_quectel_tcpip_qicfg_test_formatcfg;
/* ev->msg as this message, or NULL when ev is another message or an error (C and C++, no cast) */
static inline const atc_quectel_tcpip_qicfg_test_formatcfg *atc_quectel_tcpip_qicfg_test_formatcfg_of(const atc_event *ev)
{
    return ev->profile == &atc_quectel_tcpip_profile && ev->id == ATC_QUECTEL_TCPIP_QICFG_TEST_FORMATCFG && ev->kind != ATC_KIND_ERROR
               ? (const atc_quectel_tcpip_qicfg_test_formatcfg *)ev->msg : NULL;
}
#define ATC_QUECTEL_TCPIP_QICFG_TEST_FORMATCFG_INIT_ZERO {{NULL, 0}}
#define ATC_QUECTEL_TCPIP_QICFG_TEST_FORMATCFG_MAX_LEN (25u + 1u * ATC_MAX_LINE)
ATC_API atc_err atc_quectel_tcpip_encode_qicfg_test_formatcfg(const atc_quectel_tcpip_qicfg_test_formatcfg *msg, char *buf, size_t cap, size_t *len);

/* response +QICFG: "qisend/timeout",<timeout> (variant "qisend/timeout")
 * document line 253 */
typedef struct atc_quectel_tcpip_qicfg_test_qisend_timeout {
    atc_str timeout;
} atc_quectel_tcpip_qicfg_test_qisend_timeout;
/* ev->msg as this message, or NULL when ev is another message or an error (C and C++, no cast) */
static inline const atc_quectel_tcpip_qicfg_test_qisend_timeout *atc_quectel_tcpip_qicfg_test_qisend_timeout_of(const atc_event *ev)
{
    return ev->profile == &atc_quectel_tcpip_profile && ev->id == ATC_QUECTEL_TCPIP_QICFG_TEST_QISEND_TIMEOUT && ev->kind != ATC_KIND_ERROR
               ? (const atc_quectel_tcpip_qicfg_test_qisend_timeout *)ev->msg : NULL;
}
#define ATC_QUECTEL_TCPIP_QICFG_TEST_QISEND_TIMEOUT_INIT_ZERO {{NULL, 0}}
#define ATC_QUECTEL_TCPIP_QICFG_TEST_QISEND_TIMEOUT_MAX_LEN (30u + 1u * ATC_MAX_LINE)
ATC_API atc_err atc_quectel_tcpip_encode_qicfg_test_qisend_timeout(const atc_quectel_tcpip_qicfg_test_qisend_timeout *msg, char *buf, size_t cap, size_t *len);

/* response +QICFG: "tcp/delay_ack",<delay_ack> (variant "tcp/delay_ack")
 * document line 253 */
typedef struct atc_quectel_tcpip_qicfg_test_tcp_delay_ack {
    atc_str delay_ack;
} atc_quectel_tcpip_qicfg_test_tcp_delay_ack;
/* ev->msg as this message, or NULL when ev is another message or an error (C and C++, no cast) */
static inline const atc_quectel_tcpip_qicfg_test_tcp_delay_ack *atc_quectel_tcpip_qicfg_test_tcp_delay_ack_of(const atc_event *ev)
{
    return ev->profile == &atc_quectel_tcpip_profile && ev->id == ATC_QUECTEL_TCPIP_QICFG_TEST_TCP_DELAY_ACK && ev->kind != ATC_KIND_ERROR
               ? (const atc_quectel_tcpip_qicfg_test_tcp_delay_ack *)ev->msg : NULL;
}
#define ATC_QUECTEL_TCPIP_QICFG_TEST_TCP_DELAY_ACK_INIT_ZERO {{NULL, 0}}
#define ATC_QUECTEL_TCPIP_QICFG_TEST_TCP_DELAY_ACK_MAX_LEN (29u + 1u * ATC_MAX_LINE)
ATC_API atc_err atc_quectel_tcpip_encode_qicfg_test_tcp_delay_ack(const atc_quectel_tcpip_qicfg_test_tcp_delay_ack *msg, char *buf, size_t cap, size_t *len);

/* response +QICFG: "dns/cache",<dns_cache> (variant "dns/cache")
 * document line 253 */
typedef struct atc_quectel_tcpip_qicfg_test_dns_cache {
    atc_str dns_cache;
} atc_quectel_tcpip_qicfg_test_dns_cache;
/* ev->msg as this message, or NULL when ev is another message or an error (C and C++, no cast) */
static inline const atc_quectel_tcpip_qicfg_test_dns_cache *atc_quectel_tcpip_qicfg_test_dns_cache_of(const atc_event *ev)
{
    return ev->profile == &atc_quectel_tcpip_profile && ev->id == ATC_QUECTEL_TCPIP_QICFG_TEST_DNS_CACHE && ev->kind != ATC_KIND_ERROR
               ? (const atc_quectel_tcpip_qicfg_test_dns_cache *)ev->msg : NULL;
}
#define ATC_QUECTEL_TCPIP_QICFG_TEST_DNS_CACHE_INIT_ZERO {{NULL, 0}}
#define ATC_QUECTEL_TCPIP_QICFG_TEST_DNS_CACHE_MAX_LEN (25u + 1u * ATC_MAX_LINE)
ATC_API atc_err atc_quectel_tcpip_encode_qicfg_test_dns_cache(const atc_quectel_tcpip_qicfg_test_dns_cache *msg, char *buf, size_t cap, size_t *len);

/* response +QICFG: "tcp/twrecycle",<timewait_timeout> (variant "tcp/twrecycle")
 * document line 253 */
typedef struct atc_quectel_tcpip_qicfg_test_tcp_twrecycle {
    atc_str time_wait_timeout;
} atc_quectel_tcpip_qicfg_test_tcp_twrecycle;
/* ev->msg as this message, or NULL when ev is another message or an error (C and C++, no cast) */
static inline const atc_quectel_tcpip_qicfg_test_tcp_twrecycle *atc_quectel_tcpip_qicfg_test_tcp_twrecycle_of(const atc_event *ev)
{
    return ev->profile == &atc_quectel_tcpip_profile && ev->id == ATC_QUECTEL_TCPIP_QICFG_TEST_TCP_TWRECYCLE && ev->kind != ATC_KIND_ERROR
               ? (const atc_quectel_tcpip_qicfg_test_tcp_twrecycle *)ev->msg : NULL;
}
#define ATC_QUECTEL_TCPIP_QICFG_TEST_TCP_TWRECYCLE_INIT_ZERO {{NULL, 0}}
#define ATC_QUECTEL_TCPIP_QICFG_TEST_TCP_TWRECYCLE_MAX_LEN (29u + 1u * ATC_MAX_LINE)
ATC_API atc_err atc_quectel_tcpip_encode_qicfg_test_tcp_twrecycle(const atc_quectel_tcpip_qicfg_test_tcp_twrecycle *msg, char *buf, size_t cap, size_t *len);

/* response +QICFG: "dns/retry",<retry_ack>,<retry_timeout> (variant "dns/retry")
 * document line 253 */
typedef struct atc_quectel_tcpip_qicfg_test_dns_retry {
    atc_str retry_ack;
    atc_str retry_timeout;
} atc_quectel_tcpip_qicfg_test_dns_retry;
/* ev->msg as this message, or NULL when ev is another message or an error (C and C++, no cast) */
static inline const atc_quectel_tcpip_qicfg_test_dns_retry *atc_quectel_tcpip_qicfg_test_dns_retry_of(const atc_event *ev)
{
    return ev->profile == &atc_quectel_tcpip_profile && ev->id == ATC_QUECTEL_TCPIP_QICFG_TEST_DNS_RETRY && ev->kind != ATC_KIND_ERROR
               ? (const atc_quectel_tcpip_qicfg_test_dns_retry *)ev->msg : NULL;
}
#define ATC_QUECTEL_TCPIP_QICFG_TEST_DNS_RETRY_INIT_ZERO {{NULL, 0}, {NULL, 0}}
#define ATC_QUECTEL_TCPIP_QICFG_TEST_DNS_RETRY_MAX_LEN (26u + 2u * ATC_MAX_LINE)
ATC_API atc_err atc_quectel_tcpip_encode_qicfg_test_dns_retry(const atc_quectel_tcpip_qicfg_test_dns_retry *msg, char *buf, size_t cap, size_t *len);

/* response +QICFG: "transpktsize",<transpktsize> (variant "transpktsize")
 * document line 254 */
typedef struct atc_quectel_tcpip_qicfg_transpktsize {
    int32_t trans_pkt_size;
} atc_quectel_tcpip_qicfg_transpktsize;
/* ev->msg as this message, or NULL when ev is another message or an error (C and C++, no cast) */
static inline const atc_quectel_tcpip_qicfg_transpktsize *atc_quectel_tcpip_qicfg_transpktsize_of(const atc_event *ev)
{
    return ev->profile == &atc_quectel_tcpip_profile && ev->id == ATC_QUECTEL_TCPIP_QICFG_TRANSPKTSIZE && ev->kind != ATC_KIND_ERROR
               ? (const atc_quectel_tcpip_qicfg_transpktsize *)ev->msg : NULL;
}
#define ATC_QUECTEL_TCPIP_QICFG_TRANSPKTSIZE_INIT_ZERO {0}
#define ATC_QUECTEL_TCPIP_QICFG_TRANSPKTSIZE_MAX_LEN 32u
ATC_API atc_err atc_quectel_tcpip_encode_qicfg_transpktsize(const atc_quectel_tcpip_qicfg_transpktsize *msg, char *buf, size_t cap, size_t *len);

/* response +QICFG: "transwaittm",<transwaittm> (variant "transwaittm")
 * document line 257 */
typedef struct atc_quectel_tcpip_qicfg_transwaittm {
    int32_t trans_wait_tm;
} atc_quectel_tcpip_qicfg_transwaittm;
/* ev->msg as this message, or NULL when ev is another message or an error (C and C++, no cast) */
static inline const atc_quectel_tcpip_qicfg_transwaittm *atc_quectel_tcpip_qicfg_transwaittm_of(const atc_event *ev)
{
    return ev->profile == &atc_quectel_tcpip_profile && ev->id == ATC_QUECTEL_TCPIP_QICFG_TRANSWAITTM && ev->kind != ATC_KIND_ERROR
               ? (const atc_quectel_tcpip_qicfg_transwaittm *)ev->msg : NULL;
}
#define ATC_QUECTEL_TCPIP_QICFG_TRANSWAITTM_INIT_ZERO {0}
#define ATC_QUECTEL_TCPIP_QICFG_TRANSWAITTM_MAX_LEN 29u
ATC_API atc_err atc_quectel_tcpip_encode_qicfg_transwaittm(const atc_quectel_tcpip_qicfg_transwaittm *msg, char *buf, size_t cap, size_t *len);

/* response +QICFG: "dataformat",<send_data_format>,<recv_data_format> (variant "dataformat")
 * document line 258 */
typedef struct atc_quectel_tcpip_qicfg_dataformat {
    int32_t send_data_format; /* atc_quectel_tcpip_send_data_format */
    int32_t recv_data_format; /* atc_quectel_tcpip_recv_data_format */
} atc_quectel_tcpip_qicfg_dataformat;
/* ev->msg as this message, or NULL when ev is another message or an error (C and C++, no cast) */
static inline const atc_quectel_tcpip_qicfg_dataformat *atc_quectel_tcpip_qicfg_dataformat_of(const atc_event *ev)
{
    return ev->profile == &atc_quectel_tcpip_profile && ev->id == ATC_QUECTEL_TCPIP_QICFG_DATAFORMAT && ev->kind != ATC_KIND_ERROR
               ? (const atc_quectel_tcpip_qicfg_dataformat *)ev->msg : NULL;
}
#define ATC_QUECTEL_TCPIP_QICFG_DATAFORMAT_INIT_ZERO {0, 0}
#define ATC_QUECTEL_TCPIP_QICFG_DATAFORMAT_MAX_LEN 29u
ATC_API atc_err atc_quectel_tcpip_encode_qicfg_dataformat(const atc_quectel_tcpip_qicfg_dataformat *msg, char *buf, size_t cap, size_t *len);

/* response +QICFG: "viewmode",<view_mode> (variant "viewmode")
 * document line 259 */
typedef struct atc_quectel_tcpip_qicfg_viewmode {
    int32_t view_mode; /* atc_quectel_tcpip_view_mode */
} atc_quectel_tcpip_qicfg_viewmode;
/* ev->msg as this message, or NULL when ev is another message or an error (C and C++, no cast) */
static inline const atc_quectel_tcpip_qicfg_viewmode *atc_quectel_tcpip_qicfg_viewmode_of(const atc_event *ev)
{
    return ev->profile == &atc_quectel_tcpip_profile && ev->id == ATC_QUECTEL_TCPIP_QICFG_VIEWMODE && ev->kind != ATC_KIND_ERROR
               ? (const atc_quectel_tcpip_qicfg_viewmode *)ev->msg : NULL;
}
#define ATC_QUECTEL_TCPIP_QICFG_VIEWMODE_INIT_ZERO {0}
#define ATC_QUECTEL_TCPIP_QICFG_VIEWMODE_MAX_LEN 25u
ATC_API atc_err atc_quectel_tcpip_encode_qicfg_viewmode(const atc_quectel_tcpip_qicfg_viewmode *msg, char *buf, size_t cap, size_t *len);

/* response +QICFG: "udp/sendmode",<mode> (variant "udp/sendmode")
 * document line 260 */
typedef struct atc_quectel_tcpip_qicfg_udp_sendmode {
    int32_t mode; /* atc_quectel_tcpip_mode */
} atc_quectel_tcpip_qicfg_udp_sendmode;
/* ev->msg as this message, or NULL when ev is another message or an error (C and C++, no cast) */
static inline const atc_quectel_tcpip_qicfg_udp_sendmode *atc_quectel_tcpip_qicfg_udp_sendmode_of(const atc_event *ev)
{
    return ev->profile == &atc_quectel_tcpip_profile && ev->id == ATC_QUECTEL_TCPIP_QICFG_UDP_SENDMODE && ev->kind != ATC_KIND_ERROR
               ? (const atc_quectel_tcpip_qicfg_udp_sendmode *)ev->msg : NULL;
}
#define ATC_QUECTEL_TCPIP_QICFG_UDP_SENDMODE_INIT_ZERO {0}
#define ATC_QUECTEL_TCPIP_QICFG_UDP_SENDMODE_MAX_LEN 29u
ATC_API atc_err atc_quectel_tcpip_encode_qicfg_udp_sendmode(const atc_quectel_tcpip_qicfg_udp_sendmode *msg, char *buf, size_t cap, size_t *len);

/* response +QICFG: "udp/readmode",<mode> (variant "udp/readmode")
 * document line 263 */
typedef struct atc_quectel_tcpip_qicfg_udp_readmode {
    int32_t mode; /* atc_quectel_tcpip_mode */
} atc_quectel_tcpip_qicfg_udp_readmode;
/* ev->msg as this message, or NULL when ev is another message or an error (C and C++, no cast) */
static inline const atc_quectel_tcpip_qicfg_udp_readmode *atc_quectel_tcpip_qicfg_udp_readmode_of(const atc_event *ev)
{
    return ev->profile == &atc_quectel_tcpip_profile && ev->id == ATC_QUECTEL_TCPIP_QICFG_UDP_READMODE && ev->kind != ATC_KIND_ERROR
               ? (const atc_quectel_tcpip_qicfg_udp_readmode *)ev->msg : NULL;
}
#define ATC_QUECTEL_TCPIP_QICFG_UDP_READMODE_INIT_ZERO {0}
#define ATC_QUECTEL_TCPIP_QICFG_UDP_READMODE_MAX_LEN 29u
ATC_API atc_err atc_quectel_tcpip_encode_qicfg_udp_readmode(const atc_quectel_tcpip_qicfg_udp_readmode *msg, char *buf, size_t cap, size_t *len);

/* response +QICFG: "tcp/accept",<accept> (variant "tcp/accept")
 * document line 264 */
typedef struct atc_quectel_tcpip_qicfg_tcp_accept {
    int32_t accept; /* atc_quectel_tcpip_accept */
} atc_quectel_tcpip_qicfg_tcp_accept;
/* ev->msg as this message, or NULL when ev is another message or an error (C and C++, no cast) */
static inline const atc_quectel_tcpip_qicfg_tcp_accept *atc_quectel_tcpip_qicfg_tcp_accept_of(const atc_event *ev)
{
    return ev->profile == &atc_quectel_tcpip_profile && ev->id == ATC_QUECTEL_TCPIP_QICFG_TCP_ACCEPT && ev->kind != ATC_KIND_ERROR
               ? (const atc_quectel_tcpip_qicfg_tcp_accept *)ev->msg : NULL;
}
#define ATC_QUECTEL_TCPIP_QICFG_TCP_ACCEPT_INIT_ZERO {0}
#define ATC_QUECTEL_TCPIP_QICFG_TCP_ACCEPT_MAX_LEN 27u
ATC_API atc_err atc_quectel_tcpip_encode_qicfg_tcp_accept(const atc_quectel_tcpip_qicfg_tcp_accept *msg, char *buf, size_t cap, size_t *len);

/* response +QICFG: "passiveclosed",<closed> (variant "passiveclosed")
 * document line 265 */
typedef struct atc_quectel_tcpip_qicfg_passiveclosed {
    int32_t closed; /* atc_quectel_tcpip_closed */
} atc_quectel_tcpip_qicfg_passiveclosed;
/* ev->msg as this message, or NULL when ev is another message or an error (C and C++, no cast) */
static inline const atc_quectel_tcpip_qicfg_passiveclosed *atc_quectel_tcpip_qicfg_passiveclosed_of(const atc_event *ev)
{
    return ev->profile == &atc_quectel_tcpip_profile && ev->id == ATC_QUECTEL_TCPIP_QICFG_PASSIVECLOSED && ev->kind != ATC_KIND_ERROR
               ? (const atc_quectel_tcpip_qicfg_passiveclosed *)ev->msg : NULL;
}
#define ATC_QUECTEL_TCPIP_QICFG_PASSIVECLOSED_INIT_ZERO {0}
#define ATC_QUECTEL_TCPIP_QICFG_PASSIVECLOSED_MAX_LEN 30u
ATC_API atc_err atc_quectel_tcpip_encode_qicfg_passiveclosed(const atc_quectel_tcpip_qicfg_passiveclosed *msg, char *buf, size_t cap, size_t *len);

/* response +QICFG: "close/mode",<close_mode> (variant "close/mode")
 * document line 266 */
typedef struct atc_quectel_tcpip_qicfg_close_mode {
    int32_t close_mode; /* atc_quectel_tcpip_close_mode */
} atc_quectel_tcpip_qicfg_close_mode;
/* ev->msg as this message, or NULL when ev is another message or an error (C and C++, no cast) */
static inline const atc_quectel_tcpip_qicfg_close_mode *atc_quectel_tcpip_qicfg_close_mode_of(const atc_event *ev)
{
    return ev->profile == &atc_quectel_tcpip_profile && ev->id == ATC_QUECTEL_TCPIP_QICFG_CLOSE_MODE && ev->kind != ATC_KIND_ERROR
               ? (const atc_quectel_tcpip_qicfg_close_mode *)ev->msg : NULL;
}
#define ATC_QUECTEL_TCPIP_QICFG_CLOSE_MODE_INIT_ZERO {0}
#define ATC_QUECTEL_TCPIP_QICFG_CLOSE_MODE_MAX_LEN 27u
ATC_API atc_err atc_quectel_tcpip_encode_qicfg_close_mode(const atc_quectel_tcpip_qicfg_close_mode *msg, char *buf, size_t cap, size_t *len);

/* response +QICFG: "recvind",<show_length> (variant "recvind")
 * document line 269 */
typedef struct atc_quectel_tcpip_qicfg_recvind {
    int32_t show_length; /* atc_quectel_tcpip_show_length */
} atc_quectel_tcpip_qicfg_recvind;
/* ev->msg as this message, or NULL when ev is another message or an error (C and C++, no cast) */
static inline const atc_quectel_tcpip_qicfg_recvind *atc_quectel_tcpip_qicfg_recvind_of(const atc_event *ev)
{
    return ev->profile == &atc_quectel_tcpip_profile && ev->id == ATC_QUECTEL_TCPIP_QICFG_RECVIND && ev->kind != ATC_KIND_ERROR
               ? (const atc_quectel_tcpip_qicfg_recvind *)ev->msg : NULL;
}
#define ATC_QUECTEL_TCPIP_QICFG_RECVIND_INIT_ZERO {0}
#define ATC_QUECTEL_TCPIP_QICFG_RECVIND_MAX_LEN 24u
ATC_API atc_err atc_quectel_tcpip_encode_qicfg_recvind(const atc_quectel_tcpip_qicfg_recvind *msg, char *buf, size_t cap, size_t *len);

/* response +QICFG: "tcp/keepalive",<enable>,<idle_time>,<interval_time>,<probe_cnt> (variant "tcp/keepalive")
 * document line 270 */
typedef struct atc_quectel_tcpip_qicfg_tcp_keepalive {
    int32_t enable; /* atc_quectel_tcpip_enable */
    int32_t idle_time;
    int32_t interval_time;
    int32_t probe_cnt;
} atc_quectel_tcpip_qicfg_tcp_keepalive;
/* ev->msg as this message, or NULL when ev is another message or an error (C and C++, no cast) */
static inline const atc_quectel_tcpip_qicfg_tcp_keepalive *atc_quectel_tcpip_qicfg_tcp_keepalive_of(const atc_event *ev)
{
    return ev->profile == &atc_quectel_tcpip_profile && ev->id == ATC_QUECTEL_TCPIP_QICFG_TCP_KEEPALIVE && ev->kind != ATC_KIND_ERROR
               ? (const atc_quectel_tcpip_qicfg_tcp_keepalive *)ev->msg : NULL;
}
#define ATC_QUECTEL_TCPIP_QICFG_TCP_KEEPALIVE_INIT_ZERO {0, 0, 0, 0}
#define ATC_QUECTEL_TCPIP_QICFG_TCP_KEEPALIVE_MAX_LEN 42u
ATC_API atc_err atc_quectel_tcpip_encode_qicfg_tcp_keepalive(const atc_quectel_tcpip_qicfg_tcp_keepalive *msg, char *buf, size_t cap, size_t *len);

/* response +QICFG: "tcp/retranscfg",<retrains_cnt>,<retrains_period> (variant "tcp/retranscfg")
 * document line 271 */
typedef struct atc_quectel_tcpip_qicfg_tcp_retranscfg {
    int32_t retrains_cnt;
    int32_t retrains_period;
} atc_quectel_tcpip_qicfg_tcp_retranscfg;
/* ev->msg as this message, or NULL when ev is another message or an error (C and C++, no cast) */
static inline const atc_quectel_tcpip_qicfg_tcp_retranscfg *atc_quectel_tcpip_qicfg_tcp_retranscfg_of(const atc_event *ev)
{
    return ev->profile == &atc_quectel_tcpip_profile && ev->id == ATC_QUECTEL_TCPIP_QICFG_TCP_RETRANSCFG && ev->kind != ATC_KIND_ERROR
               ? (const atc_quectel_tcpip_qicfg_tcp_retranscfg *)ev->msg : NULL;
}
#define ATC_QUECTEL_TCPIP_QICFG_TCP_RETRANSCFG_INIT_ZERO {0, 0}
#define ATC_QUECTEL_TCPIP_QICFG_TCP_RETRANSCFG_MAX_LEN 35u
ATC_API atc_err atc_quectel_tcpip_encode_qicfg_tcp_retranscfg(const atc_quectel_tcpip_qicfg_tcp_retranscfg *msg, char *buf, size_t cap, size_t *len);

/* response +QICFG: "send/auto",<connectID>,<period>,<msg_auto>,<first_send> (variant "send/auto")
 * document line 272 */
typedef struct atc_quectel_tcpip_qicfg_send_auto {
    int32_t connect_id;
    int32_t period;
    atc_str msg_auto;
    int32_t first_send; /* atc_quectel_tcpip_first_send */
} atc_quectel_tcpip_qicfg_send_auto;
/* ev->msg as this message, or NULL when ev is another message or an error (C and C++, no cast) */
static inline const atc_quectel_tcpip_qicfg_send_auto *atc_quectel_tcpip_qicfg_send_auto_of(const atc_event *ev)
{
    return ev->profile == &atc_quectel_tcpip_profile && ev->id == ATC_QUECTEL_TCPIP_QICFG_SEND_AUTO && ev->kind != ATC_KIND_ERROR
               ? (const atc_quectel_tcpip_qicfg_send_auto *)ev->msg : NULL;
}
#define ATC_QUECTEL_TCPIP_QICFG_SEND_AUTO_INIT_ZERO {0, 0, {NULL, 0}, 0}
#define ATC_QUECTEL_TCPIP_QICFG_SEND_AUTO_MAX_LEN 838u
ATC_API atc_err atc_quectel_tcpip_encode_qicfg_send_auto(const atc_quectel_tcpip_qicfg_send_auto *msg, char *buf, size_t cap, size_t *len);

/* response +QICFG: "formatcfg",<format> (variant "formatcfg")
 * document line 275 */
typedef struct atc_quectel_tcpip_qicfg_formatcfg {
    int32_t format; /* atc_quectel_tcpip_format */
} atc_quectel_tcpip_qicfg_formatcfg;
/* ev->msg as this message, or NULL when ev is another message or an error (C and C++, no cast) */
static inline const atc_quectel_tcpip_qicfg_formatcfg *atc_quectel_tcpip_qicfg_formatcfg_of(const atc_event *ev)
{
    return ev->profile == &atc_quectel_tcpip_profile && ev->id == ATC_QUECTEL_TCPIP_QICFG_FORMATCFG && ev->kind != ATC_KIND_ERROR
               ? (const atc_quectel_tcpip_qicfg_formatcfg *)ev->msg : NULL;
}
#define ATC_QUECTEL_TCPIP_QICFG_FORMATCFG_INIT_ZERO {0}
#define ATC_QUECTEL_TCPIP_QICFG_FORMATCFG_MAX_LEN 26u
ATC_API atc_err atc_quectel_tcpip_encode_qicfg_formatcfg(const atc_quectel_tcpip_qicfg_formatcfg *msg, char *buf, size_t cap, size_t *len);

/* response +QICFG: "qisend/timeout",<timeout> (variant "qisend/timeout")
 * document line 276 */
typedef struct atc_quectel_tcpip_qicfg_qisend_timeout {
    int32_t timeout;
} atc_quectel_tcpip_qicfg_qisend_timeout;
/* ev->msg as this message, or NULL when ev is another message or an error (C and C++, no cast) */
static inline const atc_quectel_tcpip_qicfg_qisend_timeout *atc_quectel_tcpip_qicfg_qisend_timeout_of(const atc_event *ev)
{
    return ev->profile == &atc_quectel_tcpip_profile && ev->id == ATC_QUECTEL_TCPIP_QICFG_QISEND_TIMEOUT && ev->kind != ATC_KIND_ERROR
               ? (const atc_quectel_tcpip_qicfg_qisend_timeout *)ev->msg : NULL;
}
#define ATC_QUECTEL_TCPIP_QICFG_QISEND_TIMEOUT_INIT_ZERO {0}
#define ATC_QUECTEL_TCPIP_QICFG_QISEND_TIMEOUT_MAX_LEN 33u
ATC_API atc_err atc_quectel_tcpip_encode_qicfg_qisend_timeout(const atc_quectel_tcpip_qicfg_qisend_timeout *msg, char *buf, size_t cap, size_t *len);

/* response +QICFG: "tcp/delay_ack",<delay_ack> (variant "tcp/delay_ack")
 * document line 277 */
typedef struct atc_quectel_tcpip_qicfg_tcp_delay_ack {
    int32_t delay_ack; /* atc_quectel_tcpip_delay_ack */
} atc_quectel_tcpip_qicfg_tcp_delay_ack;
/* ev->msg as this message, or NULL when ev is another message or an error (C and C++, no cast) */
static inline const atc_quectel_tcpip_qicfg_tcp_delay_ack *atc_quectel_tcpip_qicfg_tcp_delay_ack_of(const atc_event *ev)
{
    return ev->profile == &atc_quectel_tcpip_profile && ev->id == ATC_QUECTEL_TCPIP_QICFG_TCP_DELAY_ACK && ev->kind != ATC_KIND_ERROR
               ? (const atc_quectel_tcpip_qicfg_tcp_delay_ack *)ev->msg : NULL;
}
#define ATC_QUECTEL_TCPIP_QICFG_TCP_DELAY_ACK_INIT_ZERO {0}
#define ATC_QUECTEL_TCPIP_QICFG_TCP_DELAY_ACK_MAX_LEN 30u
ATC_API atc_err atc_quectel_tcpip_encode_qicfg_tcp_delay_ack(const atc_quectel_tcpip_qicfg_tcp_delay_ack *msg, char *buf, size_t cap, size_t *len);

/* response +QICFG: "dns/cache",<dns_cache> (variant "dns/cache")
 * document line 279 */
typedef struct atc_quectel_tcpip_qicfg_dns_cache {
    int32_t dns_cache; /* atc_quectel_tcpip_dns_cache */
} atc_quectel_tcpip_qicfg_dns_cache;
/* ev->msg as this message, or NULL when ev is another message or an error (C and C++, no cast) */
static inline const atc_quectel_tcpip_qicfg_dns_cache *atc_quectel_tcpip_qicfg_dns_cache_of(const atc_event *ev)
{
    return ev->profile == &atc_quectel_tcpip_profile && ev->id == ATC_QUECTEL_TCPIP_QICFG_DNS_CACHE && ev->kind != ATC_KIND_ERROR
               ? (const atc_quectel_tcpip_qicfg_dns_cache *)ev->msg : NULL;
}
#define ATC_QUECTEL_TCPIP_QICFG_DNS_CACHE_INIT_ZERO {0}
#define ATC_QUECTEL_TCPIP_QICFG_DNS_CACHE_MAX_LEN 26u
ATC_API atc_err atc_quectel_tcpip_encode_qicfg_dns_cache(const atc_quectel_tcpip_qicfg_dns_cache *msg, char *buf, size_t cap, size_t *len);

/* response +QICFG: "tcp/twrecycle",<timewait_timeout> (variant "tcp/twrecycle")
 * document line 280 */
typedef struct atc_quectel_tcpip_qicfg_tcp_twrecycle {
    int32_t time_wait_timeout;
} atc_quectel_tcpip_qicfg_tcp_twrecycle;
/* ev->msg as this message, or NULL when ev is another message or an error (C and C++, no cast) */
static inline const atc_quectel_tcpip_qicfg_tcp_twrecycle *atc_quectel_tcpip_qicfg_tcp_twrecycle_of(const atc_event *ev)
{
    return ev->profile == &atc_quectel_tcpip_profile && ev->id == ATC_QUECTEL_TCPIP_QICFG_TCP_TWRECYCLE && ev->kind != ATC_KIND_ERROR
               ? (const atc_quectel_tcpip_qicfg_tcp_twrecycle *)ev->msg : NULL;
}
#define ATC_QUECTEL_TCPIP_QICFG_TCP_TWRECYCLE_INIT_ZERO {0}
#define ATC_QUECTEL_TCPIP_QICFG_TCP_TWRECYCLE_MAX_LEN 34u
ATC_API atc_err atc_quectel_tcpip_encode_qicfg_tcp_twrecycle(const atc_quectel_tcpip_qicfg_tcp_twrecycle *msg, char *buf, size_t cap, size_t *len);

/* response +QICFG: "dns/retry",<retry_ack>,<retry_timeout> (variant "dns/retry")
 * document line 281 */
typedef struct atc_quectel_tcpip_qicfg_dns_retry {
    int32_t retry_ack;
    int32_t retry_timeout;
} atc_quectel_tcpip_qicfg_dns_retry;
/* ev->msg as this message, or NULL when ev is another message or an error (C and C++, no cast) */
static inline const atc_quectel_tcpip_qicfg_dns_retry *atc_quectel_tcpip_qicfg_dns_retry_of(const atc_event *ev)
{
    return ev->profile == &atc_quectel_tcpip_profile && ev->id == ATC_QUECTEL_TCPIP_QICFG_DNS_RETRY && ev->kind != ATC_KIND_ERROR
               ? (const atc_quectel_tcpip_qicfg_dns_retry *)ev->msg : NULL;
}
#define ATC_QUECTEL_TCPIP_QICFG_DNS_RETRY_INIT_ZERO {0, 0}
#define ATC_QUECTEL_TCPIP_QICFG_DNS_RETRY_MAX_LEN 31u
ATC_API atc_err atc_quectel_tcpip_encode_qicfg_dns_retry(const atc_quectel_tcpip_qicfg_dns_retry *msg, char *buf, size_t cap, size_t *len);

/* response +QICSGP: <contextID>,<context_type>,<APN>,<username>,<password>,<authentication>
 * document line 326 */
typedef struct atc_quectel_tcpip_qicsgp_test {
    atc_str context_id;
    atc_str context_type;
    atc_str apn;
    atc_str username;
    atc_str password;
    atc_str authentication;
} atc_quectel_tcpip_qicsgp_test;
/* ev->msg as this message, or NULL when ev is another message or an error (C and C++, no cast) */
static inline const atc_quectel_tcpip_qicsgp_test *atc_quectel_tcpip_qicsgp_test_of(const atc_event *ev)
{
    return ev->profile == &atc_quectel_tcpip_profile && ev->id == ATC_QUECTEL_TCPIP_QICSGP_TEST && ev->kind != ATC_KIND_ERROR
               ? (const atc_quectel_tcpip_qicsgp_test *)ev->msg : NULL;
}
#define ATC_QUECTEL_TCPIP_QICSGP_TEST_INIT_ZERO {{NULL, 0}, {NULL, 0}, {NULL, 0}, {NULL, 0}, {NULL, 0}, {NULL, 0}}
#define ATC_QUECTEL_TCPIP_QICSGP_TEST_MAX_LEN (19u + 6u * ATC_MAX_LINE)
ATC_API atc_err atc_quectel_tcpip_encode_qicsgp_test(const atc_quectel_tcpip_qicsgp_test *msg, char *buf, size_t cap, size_t *len);

/* response +QICSGP: <context_type>,<APN>,<username>,<password>,<authentication>
 * document line 327: Answer to AT+QICSGP=<contextID> */
typedef struct atc_quectel_tcpip_qicsgp_query {
    int32_t context_type; /* atc_quectel_tcpip_context_type */
    atc_str apn;
    atc_str username;
    atc_str password;
    int32_t authentication; /* atc_quectel_tcpip_authentication */
} atc_quectel_tcpip_qicsgp_query;
/* ev->msg as this message, or NULL when ev is another message or an error (C and C++, no cast) */
static inline const atc_quectel_tcpip_qicsgp_query *atc_quectel_tcpip_qicsgp_query_of(const atc_event *ev)
{
    return ev->profile == &atc_quectel_tcpip_profile && ev->id == ATC_QUECTEL_TCPIP_QICSGP_QUERY && ev->kind != ATC_KIND_ERROR
               ? (const atc_quectel_tcpip_qicsgp_query *)ev->msg : NULL;
}
#define ATC_QUECTEL_TCPIP_QICSGP_QUERY_INIT_ZERO {0, {NULL, 0}, {NULL, 0}, {NULL, 0}, 0}
#define ATC_QUECTEL_TCPIP_QICSGP_QUERY_MAX_LEN (532u + 1u * ATC_MAX_LINE)
ATC_API atc_err atc_quectel_tcpip_encode_qicsgp_query(const atc_quectel_tcpip_qicsgp_query *msg, char *buf, size_t cap, size_t *len);

/* response +QIACT: <contextID>
 * document line 359 */
typedef struct atc_quectel_tcpip_qiact_test {
    atc_str context_id;
} atc_quectel_tcpip_qiact_test;
/* ev->msg as this message, or NULL when ev is another message or an error (C and C++, no cast) */
static inline const atc_quectel_tcpip_qiact_test *atc_quectel_tcpip_qiact_test_of(const atc_event *ev)
{
    return ev->profile == &atc_quectel_tcpip_profile && ev->id == ATC_QUECTEL_TCPIP_QIACT_TEST && ev->kind != ATC_KIND_ERROR
               ? (const atc_quectel_tcpip_qiact_test *)ev->msg : NULL;
}
#define ATC_QUECTEL_TCPIP_QIACT_TEST_INIT_ZERO {{NULL, 0}}
#define ATC_QUECTEL_TCPIP_QIACT_TEST_MAX_LEN (13u + 1u * ATC_MAX_LINE)
ATC_API atc_err atc_quectel_tcpip_encode_qiact_test(const atc_quectel_tcpip_qiact_test *msg, char *buf, size_t cap, size_t *len);

/* response +QIACT: <contextID>,<context_state>,<context_type>[,<IPv4_address>][,<IPv6_address>]
 * document line 360 */
typedef struct atc_quectel_tcpip_qiact_read {
    bool has_ipv4_address;
    bool has_ipv6_address;
    int32_t context_id;
    int32_t context_state; /* atc_quectel_tcpip_context_state */
    int32_t context_type; /* atc_quectel_tcpip_context_type */
    atc_str ipv4_address;
    atc_str ipv6_address;
} atc_quectel_tcpip_qiact_read;
/* ev->msg as this message, or NULL when ev is another message or an error (C and C++, no cast) */
static inline const atc_quectel_tcpip_qiact_read *atc_quectel_tcpip_qiact_read_of(const atc_event *ev)
{
    return ev->profile == &atc_quectel_tcpip_profile && ev->id == ATC_QUECTEL_TCPIP_QIACT_READ && ev->kind != ATC_KIND_ERROR
               ? (const atc_quectel_tcpip_qiact_read *)ev->msg : NULL;
}
#define ATC_QUECTEL_TCPIP_QIACT_READ_INIT_ZERO {false, false, 0, 0, 0, {NULL, 0}, {NULL, 0}}
#define ATC_QUECTEL_TCPIP_QIACT_READ_MAX_LEN (21u + 2u * ATC_MAX_LINE)
ATC_API atc_err atc_quectel_tcpip_encode_qiact_read(const atc_quectel_tcpip_qiact_read *msg, char *buf, size_t cap, size_t *len);

/* response +QIDEACT: <contextID>
 * document line 380 */
typedef struct atc_quectel_tcpip_qideact_test {
    atc_str context_id;
} atc_quectel_tcpip_qideact_test;
/* ev->msg as this message, or NULL when ev is another message or an error (C and C++, no cast) */
static inline const atc_quectel_tcpip_qideact_test *atc_quectel_tcpip_qideact_test_of(const atc_event *ev)
{
    return ev->profile == &atc_quectel_tcpip_profile && ev->id == ATC_QUECTEL_TCPIP_QIDEACT_TEST && ev->kind != ATC_KIND_ERROR
               ? (const atc_quectel_tcpip_qideact_test *)ev->msg : NULL;
}
#define ATC_QUECTEL_TCPIP_QIDEACT_TEST_INIT_ZERO {{NULL, 0}}
#define ATC_QUECTEL_TCPIP_QIDEACT_TEST_MAX_LEN (15u + 1u * ATC_MAX_LINE)
ATC_API atc_err atc_quectel_tcpip_encode_qideact_test(const atc_quectel_tcpip_qideact_test *msg, char *buf, size_t cap, size_t *len);

/* response +QIACTEX: <contextID>,<view_mode>
 * document line 399 */
typedef struct atc_quectel_tcpip_qiactex_test {
    atc_str context_id;
    atc_str view_mode;
} atc_quectel_tcpip_qiactex_test;
/* ev->msg as this message, or NULL when ev is another message or an error (C and C++, no cast) */
static inline const atc_quectel_tcpip_qiactex_test *atc_quectel_tcpip_qiactex_test_of(const atc_event *ev)
{
    return ev->profile == &atc_quectel_tcpip_profile && ev->id == ATC_QUECTEL_TCPIP_QIACTEX_TEST && ev->kind != ATC_KIND_ERROR
               ? (const atc_quectel_tcpip_qiactex_test *)ev->msg : NULL;
}
#define ATC_QUECTEL_TCPIP_QIACTEX_TEST_INIT_ZERO {{NULL, 0}, {NULL, 0}}
#define ATC_QUECTEL_TCPIP_QIACTEX_TEST_MAX_LEN (16u + 2u * ATC_MAX_LINE)
ATC_API atc_err atc_quectel_tcpip_encode_qiactex_test(const atc_quectel_tcpip_qiactex_test *msg, char *buf, size_t cap, size_t *len);

/* response +QIACTEX: <contextID>,<context_state>,<context_type>[,<IPv4_address>][,<IPv6_address>]
 * document line 400 */
typedef struct atc_quectel_tcpip_qiactex_read {
    bool has_ipv4_address;
    bool has_ipv6_address;
    int32_t context_id;
    int32_t context_state; /* atc_quectel_tcpip_context_state */
    int32_t context_type; /* atc_quectel_tcpip_context_type */
    atc_str ipv4_address;
    atc_str ipv6_address;
} atc_quectel_tcpip_qiactex_read;
/* ev->msg as this message, or NULL when ev is another message or an error (C and C++, no cast) */
static inline const atc_quectel_tcpip_qiactex_read *atc_quectel_tcpip_qiactex_read_of(const atc_event *ev)
{
    return ev->profile == &atc_quectel_tcpip_profile && ev->id == ATC_QUECTEL_TCPIP_QIACTEX_READ && ev->kind != ATC_KIND_ERROR
               ? (const atc_quectel_tcpip_qiactex_read *)ev->msg : NULL;
}
#define ATC_QUECTEL_TCPIP_QIACTEX_READ_INIT_ZERO {false, false, 0, 0, 0, {NULL, 0}, {NULL, 0}}
#define ATC_QUECTEL_TCPIP_QIACTEX_READ_MAX_LEN (23u + 2u * ATC_MAX_LINE)
ATC_API atc_err atc_quectel_tcpip_encode_qiactex_read(const atc_quectel_tcpip_qiactex_read *msg, char *buf, size_t cap, size_t *len);

/* response +QIDEACTEX: <contextID>
 * document line 422 */
typedef struct atc_quectel_tcpip_qideactex_test {
    atc_str context_id;
} atc_quectel_tcpip_qideactex_test;
/* ev->msg as this message, or NULL when ev is another message or an error (C and C++, no cast) */
static inline const atc_quectel_tcpip_qideactex_test *atc_quectel_tcpip_qideactex_test_of(const atc_event *ev)
{
    return ev->profile == &atc_quectel_tcpip_profile && ev->id == ATC_QUECTEL_TCPIP_QIDEACTEX_TEST && ev->kind != ATC_KIND_ERROR
               ? (const atc_quectel_tcpip_qideactex_test *)ev->msg : NULL;
}
#define ATC_QUECTEL_TCPIP_QIDEACTEX_TEST_INIT_ZERO {{NULL, 0}}
#define ATC_QUECTEL_TCPIP_QIDEACTEX_TEST_MAX_LEN (17u + 1u * ATC_MAX_LINE)
ATC_API atc_err atc_quectel_tcpip_encode_qideactex_test(const atc_quectel_tcpip_qideactex_test *msg, char *buf, size_t cap, size_t *len);

/* response +QIOPEN: <contextID>,<connectID>,<service_type>,<IP_address/domain_name>,<remote_port>,<local_port>,<access_mode>,<tcp_client_maxnum>
 * document line 447 */
typedef struct atc_quectel_tcpip_qiopen_test {
    atc_str context_id;
    atc_str connect_id;
    atc_str service_type;
    atc_str ip_address;
    atc_str remote_port;
    atc_str local_port;
    atc_str access_mode;
    atc_str tcp_client_max_num;
} atc_quectel_tcpip_qiopen_test;
/* ev->msg as this message, or NULL when ev is another message or an error (C and C++, no cast) */
static inline const atc_quectel_tcpip_qiopen_test *atc_quectel_tcpip_qiopen_test_of(const atc_event *ev)
{
    return ev->profile == &atc_quectel_tcpip_profile && ev->id == ATC_QUECTEL_TCPIP_QIOPEN_TEST && ev->kind != ATC_KIND_ERROR
               ? (const atc_quectel_tcpip_qiopen_test *)ev->msg : NULL;
}
#define ATC_QUECTEL_TCPIP_QIOPEN_TEST_INIT_ZERO {{NULL, 0}, {NULL, 0}, {NULL, 0}, {NULL, 0}, {NULL, 0}, {NULL, 0}, {NULL, 0}, {NULL, 0}}
#define ATC_QUECTEL_TCPIP_QIOPEN_TEST_MAX_LEN (21u + 8u * ATC_MAX_LINE)
ATC_API atc_err atc_quectel_tcpip_encode_qiopen_test(const atc_quectel_tcpip_qiopen_test *msg, char *buf, size_t cap, size_t *len);

/* response +QICLOSE: <connectID>,<timeout>
 * document line 483 */
typedef struct atc_quectel_tcpip_qiclose_test {
    atc_str connect_id;
    atc_str timeout;
} atc_quectel_tcpip_qiclose_test;
/* ev->msg as this message, or NULL when ev is another message or an error (C and C++, no cast) */
static inline const atc_quectel_tcpip_qiclose_test *atc_quectel_tcpip_qiclose_test_of(const atc_event *ev)
{
    return ev->profile == &atc_quectel_tcpip_profile && ev->id == ATC_QUECTEL_TCPIP_QICLOSE_TEST && ev->kind != ATC_KIND_ERROR
               ? (const atc_quectel_tcpip_qiclose_test *)ev->msg : NULL;
}
#define ATC_QUECTEL_TCPIP_QICLOSE_TEST_INIT_ZERO {{NULL, 0}, {NULL, 0}}
#define ATC_QUECTEL_TCPIP_QICLOSE_TEST_MAX_LEN (16u + 2u * ATC_MAX_LINE)
ATC_API atc_err atc_quectel_tcpip_encode_qiclose_test(const atc_quectel_tcpip_qiclose_test *msg, char *buf, size_t cap, size_t *len);

/* response +QISTATE: <connectID>,<service_type>,<IP_address>,<remote_port>,<local_port>,<socket_state>,<contextID>,<serverID>,<access_mode>,<AT_port>
 * document line 500 */
typedef struct atc_quectel_tcpip_qistate {
    int32_t connect_id;
    atc_str service_type;
    atc_str ip_address;
    int32_t remote_port;
    int32_t local_port;
    int32_t socket_state; /* atc_quectel_tcpip_socket_state */
    int32_t context_id;
    int32_t server_id;
    int32_t access_mode; /* atc_quectel_tcpip_access_mode */
    atc_str at_port;
} atc_quectel_tcpip_qistate;
/* ev->msg as this message, or NULL when ev is another message or an error (C and C++, no cast) */
static inline const atc_quectel_tcpip_qistate *atc_quectel_tcpip_qistate_of(const atc_event *ev)
{
    return ev->profile == &atc_quectel_tcpip_profile && ev->id == ATC_QUECTEL_TCPIP_QISTATE && ev->kind != ATC_KIND_ERROR
               ? (const atc_quectel_tcpip_qistate *)ev->msg : NULL;
}
#define ATC_QUECTEL_TCPIP_QISTATE_INIT_ZERO {0, {NULL, 0}, {NULL, 0}, 0, 0, 0, 0, 0, 0, {NULL, 0}}
#define ATC_QUECTEL_TCPIP_QISTATE_MAX_LEN (75u + 1u * ATC_MAX_LINE)
ATC_API atc_err atc_quectel_tcpip_encode_qistate(const atc_quectel_tcpip_qistate *msg, char *buf, size_t cap, size_t *len);

/* response +QISEND: <connectID>,<send_length>
 * document line 537 */
typedef struct atc_quectel_tcpip_qisend_test {
    atc_str connect_id;
    atc_str send_length;
} atc_quectel_tcpip_qisend_test;
/* ev->msg as this message, or NULL when ev is another message or an error (C and C++, no cast) */
static inline const atc_quectel_tcpip_qisend_test *atc_quectel_tcpip_qisend_test_of(const atc_event *ev)
{
    return ev->profile == &atc_quectel_tcpip_profile && ev->id == ATC_QUECTEL_TCPIP_QISEND_TEST && ev->kind != ATC_KIND_ERROR
               ? (const atc_quectel_tcpip_qisend_test *)ev->msg : NULL;
}
#define ATC_QUECTEL_TCPIP_QISEND_TEST_INIT_ZERO {{NULL, 0}, {NULL, 0}}
#define ATC_QUECTEL_TCPIP_QISEND_TEST_MAX_LEN (15u + 2u * ATC_MAX_LINE)
ATC_API atc_err atc_quectel_tcpip_encode_qisend_test(const atc_quectel_tcpip_qisend_test *msg, char *buf, size_t cap, size_t *len);

/* response +QISEND: <total_send_length>,<ackedbytes>,<unackedbytes>
 * document line 543: Answer to AT+QISEND=<connectID>,0 */
typedef struct atc_quectel_tcpip_qisend_query {
    int32_t total_send_length;
    int32_t acked_bytes;
    int32_t unacked_bytes;
} atc_quectel_tcpip_qisend_query;
/* ev->msg as this message, or NULL when ev is another message or an error (C and C++, no cast) */
static inline const atc_quectel_tcpip_qisend_query *atc_quectel_tcpip_qisend_query_of(const atc_event *ev)
{
    return ev->profile == &atc_quectel_tcpip_profile && ev->id == ATC_QUECTEL_TCPIP_QISEND_QUERY && ev->kind != ATC_KIND_ERROR
               ? (const atc_quectel_tcpip_qisend_query *)ev->msg : NULL;
}
#define ATC_QUECTEL_TCPIP_QISEND_QUERY_INIT_ZERO {0, 0, 0}
#define ATC_QUECTEL_TCPIP_QISEND_QUERY_MAX_LEN 49u
ATC_API atc_err atc_quectel_tcpip_encode_qisend_query(const atc_quectel_tcpip_qisend_query *msg, char *buf, size_t cap, size_t *len);

/* response +QISEND: <connectID>,<status>,<Freesize>
 * document line 538 */
typedef struct atc_quectel_tcpip_qisend_view {
    int32_t connect_id;
    int32_t status; /* atc_quectel_tcpip_status */
    int32_t free_size;
} atc_quectel_tcpip_qisend_view;
/* ev->msg as this message, or NULL when ev is another message or an error (C and C++, no cast) */
static inline const atc_quectel_tcpip_qisend_view *atc_quectel_tcpip_qisend_view_of(const atc_event *ev)
{
    return ev->profile == &atc_quectel_tcpip_profile && ev->id == ATC_QUECTEL_TCPIP_QISEND_VIEW && ev->kind != ATC_KIND_ERROR
               ? (const atc_quectel_tcpip_qisend_view *)ev->msg : NULL;
}
#define ATC_QUECTEL_TCPIP_QISEND_VIEW_INIT_ZERO {0, 0, 0}
#define ATC_QUECTEL_TCPIP_QISEND_VIEW_MAX_LEN 24u
ATC_API atc_err atc_quectel_tcpip_encode_qisend_view(const atc_quectel_tcpip_qisend_view *msg, char *buf, size_t cap, size_t *len);

/* response +QIRD: <connectID>,<read_length>
 * document line 570 */
typedef struct atc_quectel_tcpip_qird_test {
    atc_str connect_id;
    atc_str read_length;
} atc_quectel_tcpip_qird_test;
/* ev->msg as this message, or NULL when ev is another message or an error (C and C++, no cast) */
static inline const atc_quectel_tcpip_qird_test *atc_quectel_tcpip_qird_test_of(const atc_event *ev)
{
    return ev->profile == &atc_quectel_tcpip_profile && ev->id == ATC_QUECTEL_TCPIP_QIRD_TEST && ev->kind != ATC_KIND_ERROR
               ? (const atc_quectel_tcpip_qird_test *)ev->msg : NULL;
}
#define ATC_QUECTEL_TCPIP_QIRD_TEST_INIT_ZERO {{NULL, 0}, {NULL, 0}}
#define ATC_QUECTEL_TCPIP_QIRD_TEST_MAX_LEN (13u + 2u * ATC_MAX_LINE)
ATC_API atc_err atc_quectel_tcpip_encode_qird_test(const atc_quectel_tcpip_qird_test *msg, char *buf, size_t cap, size_t *len);

/* response +QIRD: <read_actual_length>
 * document line 573 */
typedef struct atc_quectel_tcpip_qird_data {
    int32_t read_actual_length;
} atc_quectel_tcpip_qird_data;
/* ev->msg as this message, or NULL when ev is another message or an error (C and C++, no cast) */
static inline const atc_quectel_tcpip_qird_data *atc_quectel_tcpip_qird_data_of(const atc_event *ev)
{
    return ev->profile == &atc_quectel_tcpip_profile && ev->id == ATC_QUECTEL_TCPIP_QIRD_DATA && ev->kind != ATC_KIND_ERROR
               ? (const atc_quectel_tcpip_qird_data *)ev->msg : NULL;
}
#define ATC_QUECTEL_TCPIP_QIRD_DATA_INIT_ZERO {0}
#define ATC_QUECTEL_TCPIP_QIRD_DATA_MAX_LEN 16u
ATC_API atc_err atc_quectel_tcpip_encode_qird_data(const atc_quectel_tcpip_qird_data *msg, char *buf, size_t cap, size_t *len);

/* response +QIRD: <read_actual_length>,<remoteIP>,<remote_port>
 * document line 574 */
typedef struct atc_quectel_tcpip_qird_udp {
    int32_t read_actual_length;
    atc_str remote_ip;
    int32_t remote_port;
} atc_quectel_tcpip_qird_udp;
/* ev->msg as this message, or NULL when ev is another message or an error (C and C++, no cast) */
static inline const atc_quectel_tcpip_qird_udp *atc_quectel_tcpip_qird_udp_of(const atc_event *ev)
{
    return ev->profile == &atc_quectel_tcpip_profile && ev->id == ATC_QUECTEL_TCPIP_QIRD_UDP && ev->kind != ATC_KIND_ERROR
               ? (const atc_quectel_tcpip_qird_udp *)ev->msg : NULL;
}
#define ATC_QUECTEL_TCPIP_QIRD_UDP_INIT_ZERO {0, {NULL, 0}, 0}
#define ATC_QUECTEL_TCPIP_QIRD_UDP_MAX_LEN (23u + 1u * ATC_MAX_LINE)
ATC_API atc_err atc_quectel_tcpip_encode_qird_udp(const atc_quectel_tcpip_qird_udp *msg, char *buf, size_t cap, size_t *len);

/* response +QIRD: <total_receive_length>,<have_read_length>,<unread_length>
 * document line 575: Answer to AT+QIRD=<connectID>,0 */
typedef struct atc_quectel_tcpip_qird_query {
    int32_t total_receive_length;
    int32_t have_read_length;
    int32_t unread_length;
} atc_quectel_tcpip_qird_query;
/* ev->msg as this message, or NULL when ev is another message or an error (C and C++, no cast) */
static inline const atc_quectel_tcpip_qird_query *atc_quectel_tcpip_qird_query_of(const atc_event *ev)
{
    return ev->profile == &atc_quectel_tcpip_profile && ev->id == ATC_QUECTEL_TCPIP_QIRD_QUERY && ev->kind != ATC_KIND_ERROR
               ? (const atc_quectel_tcpip_qird_query *)ev->msg : NULL;
}
#define ATC_QUECTEL_TCPIP_QIRD_QUERY_INIT_ZERO {0, 0, 0}
#define ATC_QUECTEL_TCPIP_QIRD_QUERY_MAX_LEN 47u
ATC_API atc_err atc_quectel_tcpip_encode_qird_query(const atc_quectel_tcpip_qird_query *msg, char *buf, size_t cap, size_t *len);

/* response +QISENDEX: <connectID>,<hex_string>
 * document line 597 */
typedef struct atc_quectel_tcpip_qisendex_test {
    atc_str connect_id;
    atc_str hex_string;
} atc_quectel_tcpip_qisendex_test;
/* ev->msg as this message, or NULL when ev is another message or an error (C and C++, no cast) */
static inline const atc_quectel_tcpip_qisendex_test *atc_quectel_tcpip_qisendex_test_of(const atc_event *ev)
{
    return ev->profile == &atc_quectel_tcpip_profile && ev->id == ATC_QUECTEL_TCPIP_QISENDEX_TEST && ev->kind != ATC_KIND_ERROR
               ? (const atc_quectel_tcpip_qisendex_test *)ev->msg : NULL;
}
#define ATC_QUECTEL_TCPIP_QISENDEX_TEST_INIT_ZERO {{NULL, 0}, {NULL, 0}}
#define ATC_QUECTEL_TCPIP_QISENDEX_TEST_MAX_LEN (17u + 2u * ATC_MAX_LINE)
ATC_API atc_err atc_quectel_tcpip_encode_qisendex_test(const atc_quectel_tcpip_qisendex_test *msg, char *buf, size_t cap, size_t *len);

/* response +QISENDEX: <connectID>,<status>,<Freesize>
 * document line 598 */
typedef struct atc_quectel_tcpip_qisendex_view {
    int32_t connect_id;
    int32_t status; /* atc_quectel_tcpip_status */
    int32_t free_size;
} atc_quectel_tcpip_qisendex_view;
/* ev->msg as this message, or NULL when ev is another message or an error (C and C++, no cast) */
static inline const atc_quectel_tcpip_qisendex_view *atc_quectel_tcpip_qisendex_view_of(const atc_event *ev)
{
    return ev->profile == &atc_quectel_tcpip_profile && ev->id == ATC_QUECTEL_TCPIP_QISENDEX_VIEW && ev->kind != ATC_KIND_ERROR
               ? (const atc_quectel_tcpip_qisendex_view *)ev->msg : NULL;
}
#define ATC_QUECTEL_TCPIP_QISENDEX_VIEW_INIT_ZERO {0, 0, 0}
#define ATC_QUECTEL_TCPIP_QISENDEX_VIEW_MAX_LEN 26u
ATC_API atc_err atc_quectel_tcpip_encode_qisendex_view(const atc_quectel_tcpip_qisendex_view *msg, char *buf, size_t cap, size_t *len);

/* response +QISWTMD: <connectID>,<access_mode>
 * document line 615 */
typedef struct atc_quectel_tcpip_qiswtmd_test {
    atc_str connect_id;
    atc_str access_mode;
} atc_quectel_tcpip_qiswtmd_test;
/* ev->msg as this message, or NULL when ev is another message or an error (C and C++, no cast) */
static inline const atc_quectel_tcpip_qiswtmd_test *atc_quectel_tcpip_qiswtmd_test_of(const atc_event *ev)
{
    return ev->profile == &atc_quectel_tcpip_profile && ev->id == ATC_QUECTEL_TCPIP_QISWTMD_TEST && ev->kind != ATC_KIND_ERROR
               ? (const atc_quectel_tcpip_qiswtmd_test *)ev->msg : NULL;
}
#define ATC_QUECTEL_TCPIP_QISWTMD_TEST_INIT_ZERO {{NULL, 0}, {NULL, 0}}
#define ATC_QUECTEL_TCPIP_QISWTMD_TEST_MAX_LEN (16u + 2u * ATC_MAX_LINE)
ATC_API atc_err atc_quectel_tcpip_encode_qiswtmd_test(const atc_quectel_tcpip_qiswtmd_test *msg, char *buf, size_t cap, size_t *len);

/* response +QPING: <contextID>,<host>,<timeout>,<pingnum>
 * document line 634 */
typedef struct atc_quectel_tcpip_qping_test {
    atc_str context_id;
    atc_str host;
    atc_str timeout;
    atc_str ping_num;
} atc_quectel_tcpip_qping_test;
/* ev->msg as this message, or NULL when ev is another message or an error (C and C++, no cast) */
static inline const atc_quectel_tcpip_qping_test *atc_quectel_tcpip_qping_test_of(const atc_event *ev)
{
    return ev->profile == &atc_quectel_tcpip_profile && ev->id == ATC_QUECTEL_TCPIP_QPING_TEST && ev->kind != ATC_KIND_ERROR
               ? (const atc_quectel_tcpip_qping_test *)ev->msg : NULL;
}
#define ATC_QUECTEL_TCPIP_QPING_TEST_INIT_ZERO {{NULL, 0}, {NULL, 0}, {NULL, 0}, {NULL, 0}}
#define ATC_QUECTEL_TCPIP_QPING_TEST_MAX_LEN (16u + 4u * ATC_MAX_LINE)
ATC_API atc_err atc_quectel_tcpip_encode_qping_test(const atc_quectel_tcpip_qping_test *msg, char *buf, size_t cap, size_t *len);

/* response +QNTP: <contextID>,<server>,<port>,<autosettime>
 * document line 664 */
typedef struct atc_quectel_tcpip_qntp_test {
    atc_str context_id;
    atc_str server;
    atc_str port;
    atc_str auto_set_time;
} atc_quectel_tcpip_qntp_test;
/* ev->msg as this message, or NULL when ev is another message or an error (C and C++, no cast) */
static inline const atc_quectel_tcpip_qntp_test *atc_quectel_tcpip_qntp_test_of(const atc_event *ev)
{
    return ev->profile == &atc_quectel_tcpip_profile && ev->id == ATC_QUECTEL_TCPIP_QNTP_TEST && ev->kind != ATC_KIND_ERROR
               ? (const atc_quectel_tcpip_qntp_test *)ev->msg : NULL;
}
#define ATC_QUECTEL_TCPIP_QNTP_TEST_INIT_ZERO {{NULL, 0}, {NULL, 0}, {NULL, 0}, {NULL, 0}}
#define ATC_QUECTEL_TCPIP_QNTP_TEST_MAX_LEN (15u + 4u * ATC_MAX_LINE)
ATC_API atc_err atc_quectel_tcpip_encode_qntp_test(const atc_quectel_tcpip_qntp_test *msg, char *buf, size_t cap, size_t *len);

/* response +QNTP: <server>,<port>
 * document line 665 */
typedef struct atc_quectel_tcpip_qntp_read {
    atc_str server;
    int32_t port;
} atc_quectel_tcpip_qntp_read;
/* ev->msg as this message, or NULL when ev is another message or an error (C and C++, no cast) */
static inline const atc_quectel_tcpip_qntp_read *atc_quectel_tcpip_qntp_read_of(const atc_event *ev)
{
    return ev->profile == &atc_quectel_tcpip_profile && ev->id == ATC_QUECTEL_TCPIP_QNTP_READ && ev->kind != ATC_KIND_ERROR
               ? (const atc_quectel_tcpip_qntp_read *)ev->msg : NULL;
}
#define ATC_QUECTEL_TCPIP_QNTP_READ_INIT_ZERO {{NULL, 0}, 0}
#define ATC_QUECTEL_TCPIP_QNTP_READ_MAX_LEN (18u + 1u * ATC_MAX_LINE)
ATC_API atc_err atc_quectel_tcpip_encode_qntp_read(const atc_quectel_tcpip_qntp_read *msg, char *buf, size_t cap, size_t *len);

/* response +QIDNSCFG: <contextID>,<pridnsaddr>,<secdnsaddr>
 * document line 684 */
typedef struct atc_quectel_tcpip_qidnscfg_test {
    atc_str context_id;
    atc_str pri_dns_addr;
    atc_str sec_dns_addr;
} atc_quectel_tcpip_qidnscfg_test;
/* ev->msg as this message, or NULL when ev is another message or an error (C and C++, no cast) */
static inline const atc_quectel_tcpip_qidnscfg_test *atc_quectel_tcpip_qidnscfg_test_of(const atc_event *ev)
{
    return ev->profile == &atc_quectel_tcpip_profile && ev->id == ATC_QUECTEL_TCPIP_QIDNSCFG_TEST && ev->kind != ATC_KIND_ERROR
               ? (const atc_quectel_tcpip_qidnscfg_test *)ev->msg : NULL;
}
#define ATC_QUECTEL_TCPIP_QIDNSCFG_TEST_INIT_ZERO {{NULL, 0}, {NULL, 0}, {NULL, 0}}
#define ATC_QUECTEL_TCPIP_QIDNSCFG_TEST_MAX_LEN (18u + 3u * ATC_MAX_LINE)
ATC_API atc_err atc_quectel_tcpip_encode_qidnscfg_test(const atc_quectel_tcpip_qidnscfg_test *msg, char *buf, size_t cap, size_t *len);

/* response +QIDNSCFG: <contextID>,<ipv4pridnsaddr>,<ipv4secdnsaddr>,<ipv6pridnsaddr>,<ipv6secdnsaddr>
 * document line 685: Query answer for an IPv4v6 context */
typedef struct atc_quectel_tcpip_qidnscfg_ipv4v6 {
    int32_t context_id;
    atc_str ipv4_pri_dns_addr;
    atc_str ipv4_sec_dns_addr;
    atc_str ipv6_pri_dns_addr;
    atc_str ipv6_sec_dns_addr;
} atc_quectel_tcpip_qidnscfg_ipv4v6;
/* ev->msg as this message, or NULL when ev is another message or an error (C and C++, no cast) */
static inline const atc_quectel_tcpip_qidnscfg_ipv4v6 *atc_quectel_tcpip_qidnscfg_ipv4v6_of(const atc_event *ev)
{
    return ev->profile == &atc_quectel_tcpip_profile && ev->id == ATC_QUECTEL_TCPIP_QIDNSCFG_IPV4V6 && ev->kind != ATC_KIND_ERROR
               ? (const atc_quectel_tcpip_qidnscfg_ipv4v6 *)ev->msg : NULL;
}
#define ATC_QUECTEL_TCPIP_QIDNSCFG_IPV4V6_INIT_ZERO {0, {NULL, 0}, {NULL, 0}, {NULL, 0}, {NULL, 0}}
#define ATC_QUECTEL_TCPIP_QIDNSCFG_IPV4V6_MAX_LEN (22u + 4u * ATC_MAX_LINE)
ATC_API atc_err atc_quectel_tcpip_encode_qidnscfg_ipv4v6(const atc_quectel_tcpip_qidnscfg_ipv4v6 *msg, char *buf, size_t cap, size_t *len);

/* response +QIDNSCFG: <contextID>,<ipv4pridnsaddr>,<ipv4secdnsaddr>
 * document line 685: Query answer for an IPv4 context */
typedef struct atc_quectel_tcpip_qidnscfg_ipv4 {
    int32_t context_id;
    atc_str ipv4_pri_dns_addr;
    atc_str ipv4_sec_dns_addr;
} atc_quectel_tcpip_qidnscfg_ipv4;
/* ev->msg as this message, or NULL when ev is another message or an error (C and C++, no cast) */
static inline const atc_quectel_tcpip_qidnscfg_ipv4 *atc_quectel_tcpip_qidnscfg_ipv4_of(const atc_event *ev)
{
    return ev->profile == &atc_quectel_tcpip_profile && ev->id == ATC_QUECTEL_TCPIP_QIDNSCFG_IPV4 && ev->kind != ATC_KIND_ERROR
               ? (const atc_quectel_tcpip_qidnscfg_ipv4 *)ev->msg : NULL;
}
#define ATC_QUECTEL_TCPIP_QIDNSCFG_IPV4_INIT_ZERO {0, {NULL, 0}, {NULL, 0}}
#define ATC_QUECTEL_TCPIP_QIDNSCFG_IPV4_MAX_LEN (20u + 2u * ATC_MAX_LINE)
ATC_API atc_err atc_quectel_tcpip_encode_qidnscfg_ipv4(const atc_quectel_tcpip_qidnscfg_ipv4 *msg, char *buf, size_t cap, size_t *len);

/* response +QIDNSCFG: <contextID>,<ipv6pridnsaddr>,<ipv6secdnsaddr>
 * document line 685: Query answer for an IPv6 context; told apart from QIDNSCFG_IPV4 by the address format */
typedef struct atc_quectel_tcpip_qidnscfg_ipv6 {
    int32_t context_id;
    atc_str ipv6_pri_dns_addr;
    atc_str ipv6_sec_dns_addr;
} atc_quectel_tcpip_qidnscfg_ipv6;
/* ev->msg as this message, or NULL when ev is another message or an error (C and C++, no cast) */
static inline const atc_quectel_tcpip_qidnscfg_ipv6 *atc_quectel_tcpip_qidnscfg_ipv6_of(const atc_event *ev)
{
    return ev->profile == &atc_quectel_tcpip_profile && ev->id == ATC_QUECTEL_TCPIP_QIDNSCFG_IPV6 && ev->kind != ATC_KIND_ERROR
               ? (const atc_quectel_tcpip_qidnscfg_ipv6 *)ev->msg : NULL;
}
#define ATC_QUECTEL_TCPIP_QIDNSCFG_IPV6_INIT_ZERO {0, {NULL, 0}, {NULL, 0}}
#define ATC_QUECTEL_TCPIP_QIDNSCFG_IPV6_MAX_LEN (20u + 2u * ATC_MAX_LINE)
ATC_API atc_err atc_quectel_tcpip_encode_qidnscfg_ipv6(const atc_quectel_tcpip_qidnscfg_ipv6 *msg, char *buf, size_t cap, size_t *len);

/* response +QIDNSGIP: <contextID>,<hostname>
 * document line 706 */
typedef struct atc_quectel_tcpip_qidnsgip_test {
    atc_str context_id;
    atc_str hostname;
} atc_quectel_tcpip_qidnsgip_test;
/* ev->msg as this message, or NULL when ev is another message or an error (C and C++, no cast) */
static inline const atc_quectel_tcpip_qidnsgip_test *atc_quectel_tcpip_qidnsgip_test_of(const atc_event *ev)
{
    return ev->profile == &atc_quectel_tcpip_profile && ev->id == ATC_QUECTEL_TCPIP_QIDNSGIP_TEST && ev->kind != ATC_KIND_ERROR
               ? (const atc_quectel_tcpip_qidnsgip_test *)ev->msg : NULL;
}
#define ATC_QUECTEL_TCPIP_QIDNSGIP_TEST_INIT_ZERO {{NULL, 0}, {NULL, 0}}
#define ATC_QUECTEL_TCPIP_QIDNSGIP_TEST_MAX_LEN (17u + 2u * ATC_MAX_LINE)
ATC_API atc_err atc_quectel_tcpip_encode_qidnsgip_test(const atc_quectel_tcpip_qidnsgip_test *msg, char *buf, size_t cap, size_t *len);

/* response +QISDE: <echo>
 * document line 727 */
typedef struct atc_quectel_tcpip_qisde_test {
    atc_str echo;
} atc_quectel_tcpip_qisde_test;
/* ev->msg as this message, or NULL when ev is another message or an error (C and C++, no cast) */
static inline const atc_quectel_tcpip_qisde_test *atc_quectel_tcpip_qisde_test_of(const atc_event *ev)
{
    return ev->profile == &atc_quectel_tcpip_profile && ev->id == ATC_QUECTEL_TCPIP_QISDE_TEST && ev->kind != ATC_KIND_ERROR
               ? (const atc_quectel_tcpip_qisde_test *)ev->msg : NULL;
}
#define ATC_QUECTEL_TCPIP_QISDE_TEST_INIT_ZERO {{NULL, 0}}
#define ATC_QUECTEL_TCPIP_QISDE_TEST_MAX_LEN (13u + 1u * ATC_MAX_LINE)
ATC_API atc_err atc_quectel_tcpip_encode_qisde_test(const atc_quectel_tcpip_qisde_test *msg, char *buf, size_t cap, size_t *len);

/* response +QISDE: <echo>
 * document line 728 */
typedef struct atc_quectel_tcpip_qisde_read {
    int32_t echo; /* atc_quectel_tcpip_echo */
} atc_quectel_tcpip_qisde_read;
/* ev->msg as this message, or NULL when ev is another message or an error (C and C++, no cast) */
static inline const atc_quectel_tcpip_qisde_read *atc_quectel_tcpip_qisde_read_of(const atc_event *ev)
{
    return ev->profile == &atc_quectel_tcpip_profile && ev->id == ATC_QUECTEL_TCPIP_QISDE_READ && ev->kind != ATC_KIND_ERROR
               ? (const atc_quectel_tcpip_qisde_read *)ev->msg : NULL;
}
#define ATC_QUECTEL_TCPIP_QISDE_READ_INIT_ZERO {0}
#define ATC_QUECTEL_TCPIP_QISDE_READ_MAX_LEN 14u
ATC_API atc_err atc_quectel_tcpip_encode_qisde_read(const atc_quectel_tcpip_qisde_read *msg, char *buf, size_t cap, size_t *len);

/* response +QIGETERROR: <err>,<errcode_description>
 * document line 744 */
typedef struct atc_quectel_tcpip_qigeterror {
    int32_t err; /* atc_quectel_tcpip_cme */
    atc_str err_code_description;
} atc_quectel_tcpip_qigeterror;
/* ev->msg as this message, or NULL when ev is another message or an error (C and C++, no cast) */
static inline const atc_quectel_tcpip_qigeterror *atc_quectel_tcpip_qigeterror_of(const atc_event *ev)
{
    return ev->profile == &atc_quectel_tcpip_profile && ev->id == ATC_QUECTEL_TCPIP_QIGETERROR && ev->kind != ATC_KIND_ERROR
               ? (const atc_quectel_tcpip_qigeterror *)ev->msg : NULL;
}
#define ATC_QUECTEL_TCPIP_QIGETERROR_INIT_ZERO {0, {NULL, 0}}
#define ATC_QUECTEL_TCPIP_QIGETERROR_MAX_LEN (22u + 1u * ATC_MAX_LINE)
ATC_API atc_err atc_quectel_tcpip_encode_qigeterror(const atc_quectel_tcpip_qigeterror *msg, char *buf, size_t cap, size_t *len);

/* urc +QIACTEX: <contextID>,<err>[,<context_type>[,<IPv4_address>][,<IPv6_address>]]
 * document line 403 */
typedef struct atc_quectel_tcpip_qiactex {
    bool has_context_type;
    bool has_ipv4_address;
    bool has_ipv6_address;
    int32_t context_id;
    int32_t err; /* atc_quectel_tcpip_cme */
    int32_t context_type; /* atc_quectel_tcpip_context_type */
    atc_str ipv4_address;
    atc_str ipv6_address;
} atc_quectel_tcpip_qiactex;
/* ev->msg as this message, or NULL when ev is another message or an error (C and C++, no cast) */
static inline const atc_quectel_tcpip_qiactex *atc_quectel_tcpip_qiactex_of(const atc_event *ev)
{
    return ev->profile == &atc_quectel_tcpip_profile && ev->id == ATC_QUECTEL_TCPIP_QIACTEX && ev->kind != ATC_KIND_ERROR
               ? (const atc_quectel_tcpip_qiactex *)ev->msg : NULL;
}
#define ATC_QUECTEL_TCPIP_QIACTEX_INIT_ZERO {false, false, false, 0, 0, 0, {NULL, 0}, {NULL, 0}}
#define ATC_QUECTEL_TCPIP_QIACTEX_MAX_LEN (25u + 2u * ATC_MAX_LINE)
ATC_API atc_err atc_quectel_tcpip_encode_qiactex(const atc_quectel_tcpip_qiactex *msg, char *buf, size_t cap, size_t *len);

/* urc +QIDEACTEX: <contextID>,<err>
 * document line 425 */
typedef struct atc_quectel_tcpip_qideactex {
    int32_t context_id;
    int32_t err; /* atc_quectel_tcpip_cme */
} atc_quectel_tcpip_qideactex;
/* ev->msg as this message, or NULL when ev is another message or an error (C and C++, no cast) */
static inline const atc_quectel_tcpip_qideactex *atc_quectel_tcpip_qideactex_of(const atc_event *ev)
{
    return ev->profile == &atc_quectel_tcpip_profile && ev->id == ATC_QUECTEL_TCPIP_QIDEACTEX && ev->kind != ATC_KIND_ERROR
               ? (const atc_quectel_tcpip_qideactex *)ev->msg : NULL;
}
#define ATC_QUECTEL_TCPIP_QIDEACTEX_INIT_ZERO {0, 0}
#define ATC_QUECTEL_TCPIP_QIDEACTEX_MAX_LEN 23u
ATC_API atc_err atc_quectel_tcpip_encode_qideactex(const atc_quectel_tcpip_qideactex *msg, char *buf, size_t cap, size_t *len);

/* urc +QIOPEN: <connectID>,<err>
 * document line 451 */
typedef struct atc_quectel_tcpip_qiopen {
    int32_t connect_id;
    int32_t err; /* atc_quectel_tcpip_cme */
} atc_quectel_tcpip_qiopen;
/* ev->msg as this message, or NULL when ev is another message or an error (C and C++, no cast) */
static inline const atc_quectel_tcpip_qiopen *atc_quectel_tcpip_qiopen_of(const atc_event *ev)
{
    return ev->profile == &atc_quectel_tcpip_profile && ev->id == ATC_QUECTEL_TCPIP_QIOPEN && ev->kind != ATC_KIND_ERROR
               ? (const atc_quectel_tcpip_qiopen *)ev->msg : NULL;
}
#define ATC_QUECTEL_TCPIP_QIOPEN_INIT_ZERO {0, 0}
#define ATC_QUECTEL_TCPIP_QIOPEN_MAX_LEN 20u
ATC_API atc_err atc_quectel_tcpip_encode_qiopen(const atc_quectel_tcpip_qiopen *msg, char *buf, size_t cap, size_t *len);

/* urc +QPING: <result>[,<IP_address>,<bytes>,<time>,<ttl>]
 * document line 635: One line per ping request */
typedef struct atc_quectel_tcpip_qping {
    bool has_ip_address;
    bool has_bytes;
    bool has_time;
    bool has_ttl;
    int32_t result; /* atc_quectel_tcpip_cme */
    atc_str ip_address;
    int32_t bytes;
    int32_t time;
    int32_t ttl;
} atc_quectel_tcpip_qping;
/* ev->msg as this message, or NULL when ev is another message or an error (C and C++, no cast) */
static inline const atc_quectel_tcpip_qping *atc_quectel_tcpip_qping_of(const atc_event *ev)
{
    return ev->profile == &atc_quectel_tcpip_profile && ev->id == ATC_QUECTEL_TCPIP_QPING && ev->kind != ATC_KIND_ERROR
               ? (const atc_quectel_tcpip_qping *)ev->msg : NULL;
}
#define ATC_QUECTEL_TCPIP_QPING_INIT_ZERO {false, false, false, false, 0, {NULL, 0}, 0, 0, 0}
#define ATC_QUECTEL_TCPIP_QPING_MAX_LEN (45u + 1u * ATC_MAX_LINE)
ATC_API atc_err atc_quectel_tcpip_encode_qping(const atc_quectel_tcpip_qping *msg, char *buf, size_t cap, size_t *len);

/* urc +QPING: <finresult>[,<sent>,<rcvd>,<lost>,<min>,<max>,<avg>]
 * document line 635: The final line of AT+QPING */
typedef struct atc_quectel_tcpip_qping_summary {
    bool has_sent;
    bool has_rcvd;
    bool has_lost;
    bool has_min;
    bool has_max;
    bool has_avg;
    int32_t fin_result; /* atc_quectel_tcpip_cme */
    int32_t sent;
    int32_t rcvd;
    int32_t lost;
    int32_t min;
    int32_t max;
    int32_t avg;
} atc_quectel_tcpip_qping_summary;
/* ev->msg as this message, or NULL when ev is another message or an error (C and C++, no cast) */
static inline const atc_quectel_tcpip_qping_summary *atc_quectel_tcpip_qping_summary_of(const atc_event *ev)
{
    return ev->profile == &atc_quectel_tcpip_profile && ev->id == ATC_QUECTEL_TCPIP_QPING_SUMMARY && ev->kind != ATC_KIND_ERROR
               ? (const atc_quectel_tcpip_qping_summary *)ev->msg : NULL;
}
#define ATC_QUECTEL_TCPIP_QPING_SUMMARY_INIT_ZERO {false, false, false, false, false, false, 0, 0, 0, 0, 0, 0, 0}
#define ATC_QUECTEL_TCPIP_QPING_SUMMARY_MAX_LEN 88u
ATC_API atc_err atc_quectel_tcpip_encode_qping_summary(const atc_quectel_tcpip_qping_summary *msg, char *buf, size_t cap, size_t *len);

/* urc +QNTP: <err>[,<time>]
 * document line 666 */
typedef struct atc_quectel_tcpip_qntp {
    bool has_time;
    int32_t err; /* atc_quectel_tcpip_cme */
    atc_str time;
} atc_quectel_tcpip_qntp;
/* ev->msg as this message, or NULL when ev is another message or an error (C and C++, no cast) */
static inline const atc_quectel_tcpip_qntp *atc_quectel_tcpip_qntp_of(const atc_event *ev)
{
    return ev->profile == &atc_quectel_tcpip_profile && ev->id == ATC_QUECTEL_TCPIP_QNTP && ev->kind != ATC_KIND_ERROR
               ? (const atc_quectel_tcpip_qntp *)ev->msg : NULL;
}
#define ATC_QUECTEL_TCPIP_QNTP_INIT_ZERO {false, 0, {NULL, 0}}
#define ATC_QUECTEL_TCPIP_QNTP_MAX_LEN (16u + 1u * ATC_MAX_LINE)
ATC_API atc_err atc_quectel_tcpip_encode_qntp(const atc_quectel_tcpip_qntp *msg, char *buf, size_t cap, size_t *len);

/* urc +QIURC: "closed",<connectID> (variant "closed")
 * document line 763 */
typedef struct atc_quectel_tcpip_qiurc_closed {
    int32_t connect_id;
} atc_quectel_tcpip_qiurc_closed;
/* ev->msg as this message, or NULL when ev is another message or an error (C and C++, no cast) */
static inline const atc_quectel_tcpip_qiurc_closed *atc_quectel_tcpip_qiurc_closed_of(const atc_event *ev)
{
    return ev->profile == &atc_quectel_tcpip_profile && ev->id == ATC_QUECTEL_TCPIP_QIURC_CLOSED && ev->kind != ATC_KIND_ERROR
               ? (const atc_quectel_tcpip_qiurc_closed *)ev->msg : NULL;
}
#define ATC_QUECTEL_TCPIP_QIURC_CLOSED_INIT_ZERO {0}
#define ATC_QUECTEL_TCPIP_QIURC_CLOSED_MAX_LEN 24u
ATC_API atc_err atc_quectel_tcpip_encode_qiurc_closed(const atc_quectel_tcpip_qiurc_closed *msg, char *buf, size_t cap, size_t *len);

/* urc +QIURC: "recv",<connectID> (variant "recv")
 * document line 780: Buffer mode; read the data with AT+QIRD */
typedef struct atc_quectel_tcpip_qiurc_recv {
    int32_t connect_id;
} atc_quectel_tcpip_qiurc_recv;
/* ev->msg as this message, or NULL when ev is another message or an error (C and C++, no cast) */
static inline const atc_quectel_tcpip_qiurc_recv *atc_quectel_tcpip_qiurc_recv_of(const atc_event *ev)
{
    return ev->profile == &atc_quectel_tcpip_profile && ev->id == ATC_QUECTEL_TCPIP_QIURC_RECV && ev->kind != ATC_KIND_ERROR
               ? (const atc_quectel_tcpip_qiurc_recv *)ev->msg : NULL;
}
#define ATC_QUECTEL_TCPIP_QIURC_RECV_INIT_ZERO {0}
#define ATC_QUECTEL_TCPIP_QIURC_RECV_MAX_LEN 22u
ATC_API atc_err atc_quectel_tcpip_encode_qiurc_recv(const atc_quectel_tcpip_qiurc_recv *msg, char *buf, size_t cap, size_t *len);

/* urc +QIURC: "recv",<connectID>,<currentrecvlength> (variant "recv")
 * document line 781: Direct push mode (TCP, UDP, TCP INCOMING, UDP INCOMING); the data follows the line */
typedef struct atc_quectel_tcpip_qiurc_recv_push {
    int32_t connect_id;
    int32_t current_recv_length;
} atc_quectel_tcpip_qiurc_recv_push;
/* ev->msg as this message, or NULL when ev is another message or an error (C and C++, no cast) */
static inline const atc_quectel_tcpip_qiurc_recv_push *atc_quectel_tcpip_qiurc_recv_push_of(const atc_event *ev)
{
    return ev->profile == &atc_quectel_tcpip_profile && ev->id == ATC_QUECTEL_TCPIP_QIURC_RECV_PUSH && ev->kind != ATC_KIND_ERROR
               ? (const atc_quectel_tcpip_qiurc_recv_push *)ev->msg : NULL;
}
#define ATC_QUECTEL_TCPIP_QIURC_RECV_PUSH_INIT_ZERO {0, 0}
#define ATC_QUECTEL_TCPIP_QIURC_RECV_PUSH_MAX_LEN 27u
ATC_API atc_err atc_quectel_tcpip_encode_qiurc_recv_push(const atc_quectel_tcpip_qiurc_recv_push *msg, char *buf, size_t cap, size_t *len);

/* urc +QIURC: "recv",<connectID>,<currentrecvlength>,<remoteIP>,<remote_port> (variant "recv")
 * document line 782: Direct push mode, UDP SERVICE; the data follows the line */
typedef struct atc_quectel_tcpip_qiurc_recv_udp {
    int32_t connect_id;
    int32_t current_recv_length;
    atc_str remote_ip;
    int32_t remote_port;
} atc_quectel_tcpip_qiurc_recv_udp;
/* ev->msg as this message, or NULL when ev is another message or an error (C and C++, no cast) */
static inline const atc_quectel_tcpip_qiurc_recv_udp *atc_quectel_tcpip_qiurc_recv_udp_of(const atc_event *ev)
{
    return ev->profile == &atc_quectel_tcpip_profile && ev->id == ATC_QUECTEL_TCPIP_QIURC_RECV_UDP && ev->kind != ATC_KIND_ERROR
               ? (const atc_quectel_tcpip_qiurc_recv_udp *)ev->msg : NULL;
}
#define ATC_QUECTEL_TCPIP_QIURC_RECV_UDP_INIT_ZERO {0, 0, {NULL, 0}, 0}
#define ATC_QUECTEL_TCPIP_QIURC_RECV_UDP_MAX_LEN (34u + 1u * ATC_MAX_LINE)
ATC_API atc_err atc_quectel_tcpip_encode_qiurc_recv_udp(const atc_quectel_tcpip_qiurc_recv_udp *msg, char *buf, size_t cap, size_t *len);

/* urc +QIURC: "incoming full" (variant "incoming full")
 * document line 797 */
typedef struct atc_quectel_tcpip_qiurc_incoming_full {
    char dummy_field; /* no fields */
} atc_quectel_tcpip_qiurc_incoming_full;
/* ev->msg as this message, or NULL when ev is another message or an error (C and C++, no cast) */
static inline const atc_quectel_tcpip_qiurc_incoming_full *atc_quectel_tcpip_qiurc_incoming_full_of(const atc_event *ev)
{
    return ev->profile == &atc_quectel_tcpip_profile && ev->id == ATC_QUECTEL_TCPIP_QIURC_INCOMING_FULL && ev->kind != ATC_KIND_ERROR
               ? (const atc_quectel_tcpip_qiurc_incoming_full *)ev->msg : NULL;
}
#define ATC_QUECTEL_TCPIP_QIURC_INCOMING_FULL_INIT_ZERO {0}
#define ATC_QUECTEL_TCPIP_QIURC_INCOMING_FULL_MAX_LEN 28u
ATC_API atc_err atc_quectel_tcpip_encode_qiurc_incoming_full(const atc_quectel_tcpip_qiurc_incoming_full *msg, char *buf, size_t cap, size_t *len);

/* urc +QIURC: "incoming",<connectID>,<serverID>,<remoteIP>,<remote_port> (variant "incoming")
 * document line 804 */
typedef struct atc_quectel_tcpip_qiurc_incoming {
    int32_t connect_id;
    int32_t server_id;
    atc_str remote_ip;
    int32_t remote_port;
} atc_quectel_tcpip_qiurc_incoming;
/* ev->msg as this message, or NULL when ev is another message or an error (C and C++, no cast) */
static inline const atc_quectel_tcpip_qiurc_incoming *atc_quectel_tcpip_qiurc_incoming_of(const atc_event *ev)
{
    return ev->profile == &atc_quectel_tcpip_profile && ev->id == ATC_QUECTEL_TCPIP_QIURC_INCOMING && ev->kind != ATC_KIND_ERROR
               ? (const atc_quectel_tcpip_qiurc_incoming *)ev->msg : NULL;
}
#define ATC_QUECTEL_TCPIP_QIURC_INCOMING_INIT_ZERO {0, 0, {NULL, 0}, 0}
#define ATC_QUECTEL_TCPIP_QIURC_INCOMING_MAX_LEN (45u + 1u * ATC_MAX_LINE)
ATC_API atc_err atc_quectel_tcpip_encode_qiurc_incoming(const atc_quectel_tcpip_qiurc_incoming *msg, char *buf, size_t cap, size_t *len);

/* urc +QIURC: "pdpdeact",<contextID> (variant "pdpdeact")
 * document line 818 */
typedef struct atc_quectel_tcpip_qiurc_pdpdeact {
    int32_t context_id;
} atc_quectel_tcpip_qiurc_pdpdeact;
/* ev->msg as this message, or NULL when ev is another message or an error (C and C++, no cast) */
static inline const atc_quectel_tcpip_qiurc_pdpdeact *atc_quectel_tcpip_qiurc_pdpdeact_of(const atc_event *ev)
{
    return ev->profile == &atc_quectel_tcpip_profile && ev->id == ATC_QUECTEL_TCPIP_QIURC_PDPDEACT && ev->kind != ATC_KIND_ERROR
               ? (const atc_quectel_tcpip_qiurc_pdpdeact *)ev->msg : NULL;
}
#define ATC_QUECTEL_TCPIP_QIURC_PDPDEACT_INIT_ZERO {0}
#define ATC_QUECTEL_TCPIP_QIURC_PDPDEACT_MAX_LEN 26u
ATC_API atc_err atc_quectel_tcpip_encode_qiurc_pdpdeact(const atc_quectel_tcpip_qiurc_pdpdeact *msg, char *buf, size_t cap, size_t *len);

/* urc +QIURC: "dnsgip",<err>[,<IP_count>,<DNS_ttl>] (variant "dnsgip")
 * document line 707: First line of the AT+QIDNSGIP result */
typedef struct atc_quectel_tcpip_qiurc_dnsgip {
    bool has_ip_count;
    bool has_dns_ttl;
    int32_t err; /* atc_quectel_tcpip_cme */
    int32_t ip_count;
    int32_t dns_ttl;
} atc_quectel_tcpip_qiurc_dnsgip;
/* ev->msg as this message, or NULL when ev is another message or an error (C and C++, no cast) */
static inline const atc_quectel_tcpip_qiurc_dnsgip *atc_quectel_tcpip_qiurc_dnsgip_of(const atc_event *ev)
{
    return ev->profile == &atc_quectel_tcpip_profile && ev->id == ATC_QUECTEL_TCPIP_QIURC_DNSGIP && ev->kind != ATC_KIND_ERROR
               ? (const atc_quectel_tcpip_qiurc_dnsgip *)ev->msg : NULL;
}
#define ATC_QUECTEL_TCPIP_QIURC_DNSGIP_INIT_ZERO {false, false, 0, 0, 0}
#define ATC_QUECTEL_TCPIP_QIURC_DNSGIP_MAX_LEN 49u
ATC_API atc_err atc_quectel_tcpip_encode_qiurc_dnsgip(const atc_quectel_tcpip_qiurc_dnsgip *msg, char *buf, size_t cap, size_t *len);

/* urc +QIURC: "dnsgip",<hostIPAddr> (variant "dnsgip")
 * document line 707: One line per address, <IP_count> of them, after QIURC_DNSGIP */
typedef struct atc_quectel_tcpip_qiurc_dnsgip_ip {
    atc_str host_ip_addr;
} atc_quectel_tcpip_qiurc_dnsgip_ip;
/* ev->msg as this message, or NULL when ev is another message or an error (C and C++, no cast) */
static inline const atc_quectel_tcpip_qiurc_dnsgip_ip *atc_quectel_tcpip_qiurc_dnsgip_ip_of(const atc_event *ev)
{
    return ev->profile == &atc_quectel_tcpip_profile && ev->id == ATC_QUECTEL_TCPIP_QIURC_DNSGIP_IP && ev->kind != ATC_KIND_ERROR
               ? (const atc_quectel_tcpip_qiurc_dnsgip_ip *)ev->msg : NULL;
}
#define ATC_QUECTEL_TCPIP_QIURC_DNSGIP_IP_INIT_ZERO {{NULL, 0}}
#define ATC_QUECTEL_TCPIP_QIURC_DNSGIP_IP_MAX_LEN (22u + 1u * ATC_MAX_LINE)
ATC_API atc_err atc_quectel_tcpip_encode_qiurc_dnsgip_ip(const atc_quectel_tcpip_qiurc_dnsgip_ip *msg, char *buf, size_t cap, size_t *len);

#ifdef __cplusplus
}
#endif

#endif /* ATC_QUECTEL_TCPIP_PROFILE_H */

#if defined(__GNUC__)
#pragma GCC diagnostic pop
#endif

#endif /* ATC_QUECTEL_TCPIP_SINGLE_H */

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

#ifndef ATC_QUECTEL_TCPIP_IMPLEMENTED
#define ATC_QUECTEL_TCPIP_IMPLEMENTED

/* SPDX-License-Identifier: MIT */
/* Generated by atc from spec/quectel_tcpip.yaml: the profile's tables and encoders.
 * Do not edit: change the spec and run `make generate`. The runtime reads these tables; the
 * macros that write them are at the end of runtime/atc.h. */
/* (amalgamated: quectel_tcpip.h) */
#include <stddef.h>

#if defined(__cplusplus)
#define ATC__QUECTEL_TCPIP_CHECK(name, cond) static_assert(cond, #name)
#else
#define ATC__QUECTEL_TCPIP_CHECK(name, cond) typedef char atc__quectel_tcpip_check_##name[(cond) ? 1 : -1]
#endif

ATC_API const char *atc_quectel_tcpip_cme_text(int32_t code)
{
    switch (code) {
    case 0: return "Operation success";
    case 550: return "Unknown error";
    case 551: return "Operation blocked";
    case 552: return "Invalid parameters";
    case 553: return "Memory not enough";
    case 554: return "Socket creation failed";
    case 555: return "Operation not supported";
    case 556: return "Socket bind failed";
    case 557: return "Socket listen failed";
    case 558: return "Socket write failed";
    case 559: return "Socket read failed";
    case 560: return "Socket accept failed";
    case 561: return "PDP context opening failed";
    case 562: return "PDP context closure failed";
    case 563: return "Socket identity has been used";
    case 564: return "DNS busy";
    case 565: return "DNS parse failed";
    case 566: return "Socket connect failed";
    case 567: return "Socket has been closed";
    case 568: return "Operation busy";
    case 569: return "Operation timeout";
    case 570: return "PDP context broken down";
    case 571: return "Cancel sending";
    case 572: return "Operation not allowed";
    case 573: return "Port busy";
    case 574: return "APN not configured";
    default: return NULL;
    }
}

/* ---- Strings: allowed values, keywords, labels, terminators and wire prefixes ---- */
static const struct {
    char s0[1];
    char s1[18];
    char s2[14];
    char s3[18];
    char s4[19];
    char s5[18];
    char s6[23];
    char s7[24];
    char s8[19];
    char s9[21];
    char s10[20];
    char s11[19];
    char s12[21];
    char s13[27];
    char s14[27];
    char s15[30];
    char s16[9];
    char s17[17];
    char s18[22];
    char s19[23];
    char s20[15];
    char s21[18];
    char s22[24];
    char s23[15];
    char s24[22];
    char s25[10];
    char s26[19];
    char s27[15];
    char s28[14];
    char s29[13];
    char s30[11];
    char s31[15];
    char s32[15];
    char s33[13];
    char s34[16];
    char s35[13];
    char s36[10];
    char s37[16];
    char s38[17];
    char s39[12];
    char s40[12];
    char s41[17];
    char s42[16];
    char s43[12];
    char s44[16];
    char s45[12];
    char s46[4];
    char s47[4];
    char s48[13];
    char s49[12];
    char s50[13];
    char s51[13];
    char s52[9];
    char s53[6];
    char s54[6];
    char s55[6];
    char s56[6];
    char s57[6];
    char s58[6];
    char s59[9];
    char s60[7];
    char s61[16];
    char s62[11];
    char s63[11];
    char s64[9];
    char s65[2];
    char s66[3];
    char s67[6];
    char s68[13];
    char s69[13];
    char s70[8];
    char s71[10];
    char s72[8];
    char s73[11];
    char s74[3];
    char s75[11];
    char s76[10];
    char s77[12];
    char s78[11];
    char s79[11];
    char s80[10];
    char s81[10];
    char s82[13];
    char s83[12];
    char s84[13];
    char s85[12];
    char s86[12];
    char s87[15];
    char s88[14];
    char s89[12];
    char s90[11];
    char s91[13];
    char s92[12];
    char s93[13];
    char s94[12];
    char s95[12];
    char s96[11];
    char s97[12];
    char s98[11];
    char s99[10];
    char s100[9];
    char s101[14];
    char s102[13];
    char s103[13];
    char s104[12];
    char s105[11];
    char s106[10];
    char s107[10];
    char s108[9];
    char s109[9];
    char s110[14];
    char s111[13];
    char s112[14];
    char s113[13];
    char s114[11];
    char s115[10];
    char s116[10];
    char s117[16];
    char s118[14];
    char s119[9];
    char s120[10];
    char s121[9];
    char s122[11];
    char s123[11];
    char s124[13];
    char s125[10];
    char s126[11];
    char s127[11];
    char s128[10];
    char s129[8];
    char s130[12];
    char s131[11];
    char s132[9];
    char s133[8];
    char s134[12];
    char s135[12];
    char s136[9];
    char s137[14];
    char s138[9];
    char s139[4];
} atc__quectel_tcpip_text_pool = {
    "",
    "Operation success",
    "Unknown error",
    "Operation blocked",
    "Invalid parameters",
    "Memory not enough",
    "Socket creation failed",
    "Operation not supported",
    "Socket bind failed",
    "Socket listen failed",
    "Socket write failed",
    "Socket read failed",
    "Socket accept failed",
    "PDP context opening failed",
    "PDP context closure failed",
    "Socket identity has been used",
    "DNS busy",
    "DNS parse failed",
    "Socket connect failed",
    "Socket has been closed",
    "Operation busy",
    "Operation timeout",
    "PDP context broken down",
    "Cancel sending",
    "Operation not allowed",
    "Port busy",
    "APN not configured",
    "\"transpktsize\"",
    "\"transwaittm\"",
    "\"dataformat\"",
    "\"viewmode\"",
    "\"udp/sendmode\"",
    "\"udp/readmode\"",
    "\"tcp/accept\"",
    "\"passiveclosed\"",
    "\"close/mode\"",
    "\"recvind\"",
    "\"tcp/keepalive\"",
    "\"tcp/retranscfg\"",
    "\"send/auto\"",
    "\"formatcfg\"",
    "\"qisend/timeout\"",
    "\"tcp/delay_ack\"",
    "\"dns/cache\"",
    "\"tcp/twrecycle\"",
    "\"dns/retry\"",
    "TCP",
    "UDP",
    "TCP LISTENER",
    "UDP SERVICE",
    "TCP INCOMING",
    "UDP INCOMING",
    "usbmodem",
    "usbat",
    "uart1",
    "cmux1",
    "cmux2",
    "cmux3",
    "cmux4",
    "\"closed\"",
    "\"recv\"",
    "\"incoming full\"",
    "\"incoming\"",
    "\"pdpdeact\"",
    "\"dnsgip\"",
    "\032",
    "OK",
    "ERROR",
    "+CME ERROR: ",
    "+CMS ERROR: ",
    "SEND OK",
    "SEND FAIL",
    "CONNECT",
    "NO CARRIER",
    "> ",
    "AT+QICFG=?",
    "AT+QICFG=",
    "AT+QICSGP=?",
    "AT+QICSGP=",
    "AT+QIACT=?",
    "AT+QIACT?",
    "AT+QIACT=",
    "AT+QIDEACT=?",
    "AT+QIDEACT=",
    "AT+QIACTEX=?",
    "AT+QIACTEX?",
    "AT+QIACTEX=",
    "AT+QIDEACTEX=?",
    "AT+QIDEACTEX=",
    "AT+QIOPEN=?",
    "AT+QIOPEN=",
    "AT+QICLOSE=?",
    "AT+QICLOSE=",
    "AT+QISTATE=?",
    "AT+QISTATE?",
    "AT+QISTATE=",
    "AT+QISTATE",
    "AT+QISEND=?",
    "AT+QISEND=",
    "AT+QIRD=?",
    "AT+QIRD=",
    "AT+QISENDEX=?",
    "AT+QISENDEX=",
    "AT+QISWTMD=?",
    "AT+QISWTMD=",
    "AT+QPING=?",
    "AT+QPING=",
    "AT+QNTP=?",
    "AT+QNTP?",
    "AT+QNTP=",
    "AT+QIDNSCFG=?",
    "AT+QIDNSCFG=",
    "AT+QIDNSGIP=?",
    "AT+QIDNSGIP=",
    "AT+QISDE=?",
    "AT+QISDE?",
    "AT+QISDE=",
    "AT+QIGETERROR=?",
    "AT+QIGETERROR",
    "+QICFG: ",
    "+QICSGP: ",
    "+QIACT: ",
    "+QIDEACT: ",
    "+QIACTEX: ",
    "+QIDEACTEX: ",
    "+QIOPEN: ",
    "+QICLOSE: ",
    "+QISTATE: ",
    "+QISEND: ",
    "+QIRD: ",
    "+QISENDEX: ",
    "+QISWTMD: ",
    "+QPING: ",
    "+QNTP: ",
    "+QIDNSCFG: ",
    "+QIDNSGIP: ",
    "+QISDE: ",
    "+QIGETERROR: ",
    "+QIURC: ",
    "+++"
};
ATC__QUECTEL_TCPIP_CHECK(text_pool_unpadded, sizeof atc__quectel_tcpip_text_pool == 1755);
#define atc__quectel_tcpip_text ((const char *)&atc__quectel_tcpip_text_pool)


/* Integers: [lo, hi] ranges, and (value, type) pairs of dynamic fields. */
static const int32_t atc__quectel_tcpip_ints[] = {
0, 0, 550, 550, 551, 551, 552, 552, 553, 553, 554, 554,
555, 555, 556, 556, 557, 557, 558, 558, 559, 559, 560, 560,
561, 561, 562, 562, 563, 563, 564, 564, 565, 565, 566, 566,
567, 567, 568, 568, 569, 569, 570, 570, 571, 571, 572, 572,
573, 573, 574, 574, 1, 1460, 0, 20, 0, 0, 1, 1,
1, 1800, 25, 100, 3, 10, 3, 12, 1, 60, 0, 11,
0, 0, 20, 65535, 0, 120, 2, 60000, 1, 4, 100, 2000,
1, 15, 1, 1, 2, 2, 3, 3, 0, 0, 1, 1,
2, 2, 3, 3, 0, 65535, 0, 12, 0, 15, 0, 1460,
0, 1500, 1, 255, 1, 10, 1, 65535, 0, 0, 1, 1,
2, 2, 3, 3, 4, 4, 0, 10240, 1, 1500, 6, 2,
2, 1,
    0
};

/* Lists of strings (allowed values, keyword texts, texts of error codes): offsets in text. */
static const uint16_t atc__quectel_tcpip_strs[] = {
1, 19, 33, 51, 70, 88, 111, 135, 154, 175, 195, 214, 235, 262, 289, 319,
328, 345, 367, 390, 405, 423, 447, 462, 484, 494, 513, 528, 542, 555, 566, 581,
596, 609, 625, 638, 648, 664, 681, 693, 705, 722, 738, 750, 766, 778, 782, 786,
799, 778, 782, 786, 811, 799, 824, 837, 846, 852, 858, 864, 870, 876, 882, 891,
898, 914, 925, 936, 1008,
    0
};

/* ---- What fields accept, shared by every field that accepts the same ---- */
enum {
    ATC__QUECTEL_TCPIP_I_ERR = 0,
    ATC__QUECTEL_TCPIP_I_ERR_2 = 1,
    ATC__QUECTEL_TCPIP_I_LIT_TRANSPKTSIZE = 2,
    ATC__QUECTEL_TCPIP_I_TRANSPKTSIZE = 3,
    ATC__QUECTEL_TCPIP_I_LIT_TRANSWAITTM = 4,
    ATC__QUECTEL_TCPIP_I_TRANSWAITTM = 5,
    ATC__QUECTEL_TCPIP_I_LIT_DATAFORMAT = 6,
    ATC__QUECTEL_TCPIP_I_SEND_DATA_FORMAT = 7,
    ATC__QUECTEL_TCPIP_I_LIT_VIEWMODE = 8,
    ATC__QUECTEL_TCPIP_I_LIT_UDP_SENDMODE = 9,
    ATC__QUECTEL_TCPIP_I_LIT_UDP_READMODE = 10,
    ATC__QUECTEL_TCPIP_I_LIT_TCP_ACCEPT = 11,
    ATC__QUECTEL_TCPIP_I_LIT_PASSIVECLOSED = 12,
    ATC__QUECTEL_TCPIP_I_LIT_CLOSE_MODE = 13,
    ATC__QUECTEL_TCPIP_I_LIT_RECVIND = 14,
    ATC__QUECTEL_TCPIP_I_LIT_TCP_KEEPALIVE = 15,
    ATC__QUECTEL_TCPIP_I_IDLE_TIME = 16,
    ATC__QUECTEL_TCPIP_I_INTERVAL_TIME = 17,
    ATC__QUECTEL_TCPIP_I_PROBE_CNT = 18,
    ATC__QUECTEL_TCPIP_I_LIT_TCP_RETRANSCFG = 19,
    ATC__QUECTEL_TCPIP_I_RETRAINS_CNT = 20,
    ATC__QUECTEL_TCPIP_I_RETRAINS_PERIOD = 21,
    ATC__QUECTEL_TCPIP_I_LIT_SEND_AUTO = 22,
    ATC__QUECTEL_TCPIP_I_CONNECTID = 23,
    ATC__QUECTEL_TCPIP_I_PERIOD = 24,
    ATC__QUECTEL_TCPIP_I_MSG_AUTO = 25,
    ATC__QUECTEL_TCPIP_I_LIT_FORMATCFG = 26,
    ATC__QUECTEL_TCPIP_I_LIT_QISEND_TIMEOUT = 27,
    ATC__QUECTEL_TCPIP_I_TIMEOUT = 28,
    ATC__QUECTEL_TCPIP_I_LIT_TCP_DELAY_ACK = 29,
    ATC__QUECTEL_TCPIP_I_LIT_DNS_CACHE = 30,
    ATC__QUECTEL_TCPIP_I_LIT_TCP_TWRECYCLE = 31,
    ATC__QUECTEL_TCPIP_I_TIMEWAIT_TIMEOUT = 32,
    ATC__QUECTEL_TCPIP_I_LIT_DNS_RETRY = 33,
    ATC__QUECTEL_TCPIP_I_RETRY_ACK = 34,
    ATC__QUECTEL_TCPIP_I_RETRY_TIMEOUT = 35,
    ATC__QUECTEL_TCPIP_I_CONTEXTID = 36,
    ATC__QUECTEL_TCPIP_I_CONTEXT_TYPE = 37,
    ATC__QUECTEL_TCPIP_I_APN = 38,
    ATC__QUECTEL_TCPIP_I_USERNAME = 39,
    ATC__QUECTEL_TCPIP_I_AUTHENTICATION = 40,
    ATC__QUECTEL_TCPIP_I_SERVICE_TYPE = 41,
    ATC__QUECTEL_TCPIP_I_REMOTE_PORT = 42,
    ATC__QUECTEL_TCPIP_I_ACCESS_MODE = 43,
    ATC__QUECTEL_TCPIP_I_TCP_CLIENT_MAXNUM = 44,
    ATC__QUECTEL_TCPIP_I_CONTEXTID_CONNECTID = 45,
    ATC__QUECTEL_TCPIP_I_SEND_LENGTH = 46,
    ATC__QUECTEL_TCPIP_I_REMOTEIP = 47,
    ATC__QUECTEL_TCPIP_I_READ_LENGTH = 48,
    ATC__QUECTEL_TCPIP_I_HEX_STRING = 49,
    ATC__QUECTEL_TCPIP_I_TIMEOUT_2 = 50,
    ATC__QUECTEL_TCPIP_I_PINGNUM = 51,
    ATC__QUECTEL_TCPIP_I_PORT = 52,
    ATC__QUECTEL_TCPIP_I_TRANSPKTSIZE_2 = 53,
    ATC__QUECTEL_TCPIP_I_IPV6_ADDRESS = 54,
    ATC__QUECTEL_TCPIP_I_SERVICE_TYPE_2 = 55,
    ATC__QUECTEL_TCPIP_I_SOCKET_STATE = 56,
    ATC__QUECTEL_TCPIP_I_AT_PORT = 57,
    ATC__QUECTEL_TCPIP_I_FREESIZE = 58,
    ATC__QUECTEL_TCPIP_I_READ_ACTUAL_LENGTH = 59,
    ATC__QUECTEL_TCPIP_I_ERR_3 = 60,
    ATC__QUECTEL_TCPIP_I_LIT_CLOSED = 61,
    ATC__QUECTEL_TCPIP_I_LIT_RECV = 62,
    ATC__QUECTEL_TCPIP_I_CURRENTRECVLENGTH = 63,
    ATC__QUECTEL_TCPIP_I_LIT_INCOMING_FULL = 64,
    ATC__QUECTEL_TCPIP_I_LIT_INCOMING = 65,
    ATC__QUECTEL_TCPIP_I_LIT_PDPDEACT = 66,
    ATC__QUECTEL_TCPIP_I_LIT_DNSGIP = 67
};
static const atc_field_info atc__quectel_tcpip_infos[] = {
    /*  max_len, ranges, values, label, nranges, nvalues, fmt, flags, type_from, max_count */
    {0, 0, 0, 0, 26, 26, 0x00, ATC_I_VERBOSE, -1, 0}, /* ATC__QUECTEL_TCPIP_I_ERR */
    {0, 0, 0, 0, 0, 0, 0x00, ATC_I_VERBOSE, -1, 0}, /* ATC__QUECTEL_TCPIP_I_ERR_2 */
    {0, 0, 26, 0, 0, 1, 0x00, 0, -1, 0}, /* ATC__QUECTEL_TCPIP_I_LIT_TRANSPKTSIZE */
    {0, 52, 0, 0, 1, 0, 0x00, ATC_I_PLAIN, -1, 0}, /* ATC__QUECTEL_TCPIP_I_TRANSPKTSIZE */
    {0, 0, 27, 0, 0, 1, 0x00, 0, -1, 0}, /* ATC__QUECTEL_TCPIP_I_LIT_TRANSWAITTM */
    {0, 54, 0, 0, 1, 0, 0x00, ATC_I_PLAIN, -1, 0}, /* ATC__QUECTEL_TCPIP_I_TRANSWAITTM */
    {0, 0, 28, 0, 0, 1, 0x00, 0, -1, 0}, /* ATC__QUECTEL_TCPIP_I_LIT_DATAFORMAT */
    {0, 56, 0, 0, 2, 0, 0x00, ATC_I_PLAIN, -1, 0}, /* ATC__QUECTEL_TCPIP_I_SEND_DATA_FORMAT */
    {0, 0, 29, 0, 0, 1, 0x00, 0, -1, 0}, /* ATC__QUECTEL_TCPIP_I_LIT_VIEWMODE */
    {0, 0, 30, 0, 0, 1, 0x00, 0, -1, 0}, /* ATC__QUECTEL_TCPIP_I_LIT_UDP_SENDMODE */
    {0, 0, 31, 0, 0, 1, 0x00, 0, -1, 0}, /* ATC__QUECTEL_TCPIP_I_LIT_UDP_READMODE */
    {0, 0, 32, 0, 0, 1, 0x00, 0, -1, 0}, /* ATC__QUECTEL_TCPIP_I_LIT_TCP_ACCEPT */
    {0, 0, 33, 0, 0, 1, 0x00, 0, -1, 0}, /* ATC__QUECTEL_TCPIP_I_LIT_PASSIVECLOSED */
    {0, 0, 34, 0, 0, 1, 0x00, 0, -1, 0}, /* ATC__QUECTEL_TCPIP_I_LIT_CLOSE_MODE */
    {0, 0, 35, 0, 0, 1, 0x00, 0, -1, 0}, /* ATC__QUECTEL_TCPIP_I_LIT_RECVIND */
    {0, 0, 36, 0, 0, 1, 0x00, 0, -1, 0}, /* ATC__QUECTEL_TCPIP_I_LIT_TCP_KEEPALIVE */
    {0, 60, 0, 0, 1, 0, 0x00, ATC_I_PLAIN, -1, 0}, /* ATC__QUECTEL_TCPIP_I_IDLE_TIME */
    {0, 62, 0, 0, 1, 0, 0x00, ATC_I_PLAIN, -1, 0}, /* ATC__QUECTEL_TCPIP_I_INTERVAL_TIME */
    {0, 64, 0, 0, 1, 0, 0x00, ATC_I_PLAIN, -1, 0}, /* ATC__QUECTEL_TCPIP_I_PROBE_CNT */
    {0, 0, 37, 0, 0, 1, 0x00, 0, -1, 0}, /* ATC__QUECTEL_TCPIP_I_LIT_TCP_RETRANSCFG */
    {0, 66, 0, 0, 1, 0, 0x00, ATC_I_PLAIN, -1, 0}, /* ATC__QUECTEL_TCPIP_I_RETRAINS_CNT */
    {0, 68, 0, 0, 1, 0, 0x00, ATC_I_PLAIN, -1, 0}, /* ATC__QUECTEL_TCPIP_I_RETRAINS_PERIOD */
    {0, 0, 38, 0, 0, 1, 0x00, 0, -1, 0}, /* ATC__QUECTEL_TCPIP_I_LIT_SEND_AUTO */
    {0, 70, 0, 0, 1, 0, 0x00, ATC_I_PLAIN, -1, 0}, /* ATC__QUECTEL_TCPIP_I_CONNECTID */
    {0, 72, 0, 0, 2, 0, 0x00, ATC_I_PLAIN, -1, 0}, /* ATC__QUECTEL_TCPIP_I_PERIOD */
    {400, 0, 0, 0, 0, 0, 0x00, ATC_I_PLAIN, -1, 0}, /* ATC__QUECTEL_TCPIP_I_MSG_AUTO */
    {0, 0, 39, 0, 0, 1, 0x00, 0, -1, 0}, /* ATC__QUECTEL_TCPIP_I_LIT_FORMATCFG */
    {0, 0, 40, 0, 0, 1, 0x00, 0, -1, 0}, /* ATC__QUECTEL_TCPIP_I_LIT_QISEND_TIMEOUT */
    {0, 76, 0, 0, 1, 0, 0x00, ATC_I_PLAIN, -1, 0}, /* ATC__QUECTEL_TCPIP_I_TIMEOUT */
    {0, 0, 41, 0, 0, 1, 0x00, 0, -1, 0}, /* ATC__QUECTEL_TCPIP_I_LIT_TCP_DELAY_ACK */
    {0, 0, 42, 0, 0, 1, 0x00, 0, -1, 0}, /* ATC__QUECTEL_TCPIP_I_LIT_DNS_CACHE */
    {0, 0, 43, 0, 0, 1, 0x00, 0, -1, 0}, /* ATC__QUECTEL_TCPIP_I_LIT_TCP_TWRECYCLE */
    {0, 78, 0, 0, 1, 0, 0x00, ATC_I_PLAIN, -1, 0}, /* ATC__QUECTEL_TCPIP_I_TIMEWAIT_TIMEOUT */
    {0, 0, 44, 0, 0, 1, 0x00, 0, -1, 0}, /* ATC__QUECTEL_TCPIP_I_LIT_DNS_RETRY */
    {0, 80, 0, 0, 1, 0, 0x00, ATC_I_PLAIN, -1, 0}, /* ATC__QUECTEL_TCPIP_I_RETRY_ACK */
    {0, 82, 0, 0, 1, 0, 0x00, ATC_I_PLAIN, -1, 0}, /* ATC__QUECTEL_TCPIP_I_RETRY_TIMEOUT */
    {0, 84, 0, 0, 1, 0, 0x00, ATC_I_PLAIN, -1, 0}, /* ATC__QUECTEL_TCPIP_I_CONTEXTID */
    {0, 86, 0, 0, 3, 0, 0x00, ATC_I_PLAIN, -1, 0}, /* ATC__QUECTEL_TCPIP_I_CONTEXT_TYPE */
    {0, 0, 0, 0, 0, 0, 0x00, ATC_I_PLAIN, -1, 0}, /* ATC__QUECTEL_TCPIP_I_APN */
    {127, 0, 0, 0, 0, 0, 0x00, ATC_I_PLAIN, -1, 0}, /* ATC__QUECTEL_TCPIP_I_USERNAME */
    {0, 92, 0, 0, 4, 0, 0x00, ATC_I_PLAIN, -1, 0}, /* ATC__QUECTEL_TCPIP_I_AUTHENTICATION */
    {0, 0, 45, 0, 0, 4, 0x00, 0, -1, 0}, /* ATC__QUECTEL_TCPIP_I_SERVICE_TYPE */
    {0, 100, 0, 0, 1, 0, 0x00, ATC_I_PLAIN, -1, 0}, /* ATC__QUECTEL_TCPIP_I_REMOTE_PORT */
    {0, 92, 0, 0, 3, 0, 0x00, ATC_I_PLAIN, -1, 0}, /* ATC__QUECTEL_TCPIP_I_ACCESS_MODE */
    {0, 102, 0, 0, 1, 0, 0x00, ATC_I_PLAIN, -1, 0}, /* ATC__QUECTEL_TCPIP_I_TCP_CLIENT_MAXNUM */
    {0, 104, 0, 0, 1, 0, 0x00, ATC_I_PLAIN, -1, 0}, /* ATC__QUECTEL_TCPIP_I_CONTEXTID_CONNECTID */
    {0, 106, 0, 0, 1, 0, 0x00, ATC_I_PLAIN, -1, 0}, /* ATC__QUECTEL_TCPIP_I_SEND_LENGTH */
    {0, 0, 0, 0, 0, 0, 0x40, 0, -1, 0}, /* ATC__QUECTEL_TCPIP_I_REMOTEIP */
    {0, 108, 0, 0, 1, 0, 0x00, ATC_I_PLAIN, -1, 0}, /* ATC__QUECTEL_TCPIP_I_READ_LENGTH */
    {512, 0, 0, 0, 0, 0, 0x00, ATC_I_PLAIN, -1, 0}, /* ATC__QUECTEL_TCPIP_I_HEX_STRING */
    {0, 110, 0, 0, 1, 0, 0x00, ATC_I_PLAIN, -1, 0}, /* ATC__QUECTEL_TCPIP_I_TIMEOUT_2 */
    {0, 112, 0, 0, 1, 0, 0x00, ATC_I_PLAIN, -1, 0}, /* ATC__QUECTEL_TCPIP_I_PINGNUM */
    {0, 114, 0, 0, 1, 0, 0x00, ATC_I_PLAIN, -1, 0}, /* ATC__QUECTEL_TCPIP_I_PORT */
    {0, 0, 0, 0, 0, 0, 0x00, 0, -1, 0}, /* ATC__QUECTEL_TCPIP_I_TRANSPKTSIZE_2 */
    {0, 0, 0, 0, 0, 0, 0x80, 0, -1, 0}, /* ATC__QUECTEL_TCPIP_I_IPV6_ADDRESS */
    {0, 0, 49, 0, 0, 6, 0x00, 0, -1, 0}, /* ATC__QUECTEL_TCPIP_I_SERVICE_TYPE_2 */
    {0, 116, 0, 0, 5, 0, 0x00, ATC_I_PLAIN, -1, 0}, /* ATC__QUECTEL_TCPIP_I_SOCKET_STATE */
    {0, 0, 55, 0, 0, 7, 0x00, 0, -1, 0}, /* ATC__QUECTEL_TCPIP_I_AT_PORT */
    {0, 126, 0, 0, 1, 0, 0x00, ATC_I_PLAIN, -1, 0}, /* ATC__QUECTEL_TCPIP_I_FREESIZE */
    {0, 108, 0, 0, 1, 0, 0x00, 0, -1, 0}, /* ATC__QUECTEL_TCPIP_I_READ_ACTUAL_LENGTH */
    {0, 0, 0, 0, 26, 0, 0x00, ATC_I_PLAIN, -1, 0}, /* ATC__QUECTEL_TCPIP_I_ERR_3 */
    {0, 0, 62, 0, 0, 1, 0x00, 0, -1, 0}, /* ATC__QUECTEL_TCPIP_I_LIT_CLOSED */
    {0, 0, 63, 0, 0, 1, 0x00, 0, -1, 0}, /* ATC__QUECTEL_TCPIP_I_LIT_RECV */
    {0, 128, 0, 0, 1, 0, 0x00, 0, -1, 0}, /* ATC__QUECTEL_TCPIP_I_CURRENTRECVLENGTH */
    {0, 0, 64, 0, 0, 1, 0x00, 0, -1, 0}, /* ATC__QUECTEL_TCPIP_I_LIT_INCOMING_FULL */
    {0, 0, 65, 0, 0, 1, 0x00, 0, -1, 0}, /* ATC__QUECTEL_TCPIP_I_LIT_INCOMING */
    {0, 0, 66, 0, 0, 1, 0x00, 0, -1, 0}, /* ATC__QUECTEL_TCPIP_I_LIT_PDPDEACT */
    {0, 0, 67, 0, 0, 1, 0x00, 0, -1, 0}, /* ATC__QUECTEL_TCPIP_I_LIT_DNSGIP */
};

/* ---- Fields: one row a field; messages whose fields are written alike share their rows ---- */
enum {
    ATC__QUECTEL_TCPIP_F_NONE = 0, /* messages without fields */
    ATC__QUECTEL_TCPIP_F_CME_ERROR = 0,
    ATC__QUECTEL_TCPIP_F_CMS_ERROR = 1,
    ATC__QUECTEL_TCPIP_F_AT_QICFG_SET_TRANSPKTSIZE = 2,
    ATC__QUECTEL_TCPIP_F_AT_QICFG_SET_TRANSWAITTM = 4,
    ATC__QUECTEL_TCPIP_F_AT_QICFG_SET_DATAFORMAT = 6,
    ATC__QUECTEL_TCPIP_F_AT_QICFG_SET_VIEWMODE = 9,
    ATC__QUECTEL_TCPIP_F_AT_QICFG_SET_UDP_SENDMODE = 11,
    ATC__QUECTEL_TCPIP_F_AT_QICFG_SET_UDP_READMODE = 13,
    ATC__QUECTEL_TCPIP_F_AT_QICFG_SET_TCP_ACCEPT = 15,
    ATC__QUECTEL_TCPIP_F_AT_QICFG_SET_PASSIVECLOSED = 17,
    ATC__QUECTEL_TCPIP_F_AT_QICFG_SET_CLOSE_MODE = 19,
    ATC__QUECTEL_TCPIP_F_AT_QICFG_SET_RECVIND = 21,
    ATC__QUECTEL_TCPIP_F_AT_QICFG_SET_TCP_KEEPALIVE = 23,
    ATC__QUECTEL_TCPIP_F_AT_QICFG_SET_TCP_RETRANSCFG = 28,
    ATC__QUECTEL_TCPIP_F_AT_QICFG_SET_SEND_AUTO = 31,
    ATC__QUECTEL_TCPIP_F_AT_QICFG_SET_FORMATCFG = 36,
    ATC__QUECTEL_TCPIP_F_AT_QICFG_SET_QISEND_TIMEOUT = 38,
    ATC__QUECTEL_TCPIP_F_AT_QICFG_SET_TCP_DELAY_ACK = 40,
    ATC__QUECTEL_TCPIP_F_AT_QICFG_SET_DNS_CACHE = 42,
    ATC__QUECTEL_TCPIP_F_AT_QICFG_SET_TCP_TWRECYCLE = 44,
    ATC__QUECTEL_TCPIP_F_AT_QICFG_SET_DNS_RETRY = 46,
    ATC__QUECTEL_TCPIP_F_AT_QICSGP_SET = 49,
    ATC__QUECTEL_TCPIP_F_AT_QIACT_SET = 55,
    ATC__QUECTEL_TCPIP_F_AT_QIACTEX_SET = 56,
    ATC__QUECTEL_TCPIP_F_AT_QIOPEN_SET = 58,
    ATC__QUECTEL_TCPIP_F_AT_QICLOSE_SET = 66,
    ATC__QUECTEL_TCPIP_F_AT_QISTATE_SET = 68,
    ATC__QUECTEL_TCPIP_F_AT_QISEND_SET = 70,
    ATC__QUECTEL_TCPIP_F_AT_QIRD_SET = 74,
    ATC__QUECTEL_TCPIP_F_AT_QISENDEX_SET = 76,
    ATC__QUECTEL_TCPIP_F_AT_QISWTMD_SET = 78,
    ATC__QUECTEL_TCPIP_F_AT_QPING_SET = 80,
    ATC__QUECTEL_TCPIP_F_AT_QNTP_SET = 84,
    ATC__QUECTEL_TCPIP_F_AT_QIDNSCFG_SET = 88,
    ATC__QUECTEL_TCPIP_F_AT_QIDNSGIP_SET = 91,
    ATC__QUECTEL_TCPIP_F_AT_QISDE_SET = 93,
    ATC__QUECTEL_TCPIP_F_QICFG_TEST_TRANSPKTSIZE = 94,
    ATC__QUECTEL_TCPIP_F_QICFG_TEST_TRANSWAITTM = 96,
    ATC__QUECTEL_TCPIP_F_QICFG_TEST_DATAFORMAT = 98,
    ATC__QUECTEL_TCPIP_F_QICFG_TEST_VIEWMODE = 101,
    ATC__QUECTEL_TCPIP_F_QICFG_TEST_UDP_SENDMODE = 103,
    ATC__QUECTEL_TCPIP_F_QICFG_TEST_UDP_READMODE = 105,
    ATC__QUECTEL_TCPIP_F_QICFG_TEST_TCP_ACCEPT = 107,
    ATC__QUECTEL_TCPIP_F_QICFG_TEST_PASSIVECLOSED = 109,
    ATC__QUECTEL_TCPIP_F_QICFG_TEST_CLOSE_MODE = 111,
    ATC__QUECTEL_TCPIP_F_QICFG_TEST_RECVIND = 113,
    ATC__QUECTEL_TCPIP_F_QICFG_TEST_TCP_KEEPALIVE = 115,
    ATC__QUECTEL_TCPIP_F_QICFG_TEST_TCP_RETRANSCFG = 120,
    ATC__QUECTEL_TCPIP_F_QICFG_TEST_SEND_AUTO = 123,
    ATC__QUECTEL_TCPIP_F_QICFG_TEST_FORMATCFG = 128,
    ATC__QUECTEL_TCPIP_F_QICFG_TEST_QISEND_TIMEOUT = 130,
    ATC__QUECTEL_TCPIP_F_QICFG_TEST_TCP_DELAY_ACK = 132,
    ATC__QUECTEL_TCPIP_F_QICFG_TEST_DNS_CACHE = 134,
    ATC__QUECTEL_TCPIP_F_QICFG_TEST_TCP_TWRECYCLE = 136,
    ATC__QUECTEL_TCPIP_F_QICFG_TEST_DNS_RETRY = 138,
    ATC__QUECTEL_TCPIP_F_QICFG_TRANSPKTSIZE = 141,
    ATC__QUECTEL_TCPIP_F_QICFG_TRANSWAITTM = 143,
    ATC__QUECTEL_TCPIP_F_QICFG_DATAFORMAT = 145,
    ATC__QUECTEL_TCPIP_F_QICFG_VIEWMODE = 148,
    ATC__QUECTEL_TCPIP_F_QICFG_UDP_SENDMODE = 150,
    ATC__QUECTEL_TCPIP_F_QICFG_UDP_READMODE = 152,
    ATC__QUECTEL_TCPIP_F_QICFG_TCP_ACCEPT = 154,
    ATC__QUECTEL_TCPIP_F_QICFG_PASSIVECLOSED = 156,
    ATC__QUECTEL_TCPIP_F_QICFG_CLOSE_MODE = 158,
    ATC__QUECTEL_TCPIP_F_QICFG_RECVIND = 160,
    ATC__QUECTEL_TCPIP_F_QICFG_TCP_KEEPALIVE = 162,
    ATC__QUECTEL_TCPIP_F_QICFG_TCP_RETRANSCFG = 167,
    ATC__QUECTEL_TCPIP_F_QICFG_SEND_AUTO = 170,
    ATC__QUECTEL_TCPIP_F_QICFG_FORMATCFG = 175,
    ATC__QUECTEL_TCPIP_F_QICFG_QISEND_TIMEOUT = 177,
    ATC__QUECTEL_TCPIP_F_QICFG_TCP_DELAY_ACK = 179,
    ATC__QUECTEL_TCPIP_F_QICFG_DNS_CACHE = 181,
    ATC__QUECTEL_TCPIP_F_QICFG_TCP_TWRECYCLE = 183,
    ATC__QUECTEL_TCPIP_F_QICFG_DNS_RETRY = 185,
    ATC__QUECTEL_TCPIP_F_QICSGP_TEST = 188,
    ATC__QUECTEL_TCPIP_F_QICSGP_QUERY = 194,
    ATC__QUECTEL_TCPIP_F_QIACT_TEST = 199,
    ATC__QUECTEL_TCPIP_F_QIACT_READ = 200,
    ATC__QUECTEL_TCPIP_F_QIACTEX_TEST = 205,
    ATC__QUECTEL_TCPIP_F_QIOPEN_TEST = 207,
    ATC__QUECTEL_TCPIP_F_QICLOSE_TEST = 215,
    ATC__QUECTEL_TCPIP_F_QISTATE = 217,
    ATC__QUECTEL_TCPIP_F_QISEND_TEST = 227,
    ATC__QUECTEL_TCPIP_F_QISEND_QUERY = 229,
    ATC__QUECTEL_TCPIP_F_QISEND_VIEW = 232,
    ATC__QUECTEL_TCPIP_F_QIRD_TEST = 235,
    ATC__QUECTEL_TCPIP_F_QIRD_DATA = 237,
    ATC__QUECTEL_TCPIP_F_QIRD_UDP = 238,
    ATC__QUECTEL_TCPIP_F_QIRD_QUERY = 241,
    ATC__QUECTEL_TCPIP_F_QISENDEX_TEST = 244,
    ATC__QUECTEL_TCPIP_F_QISWTMD_TEST = 246,
    ATC__QUECTEL_TCPIP_F_QPING_TEST = 248,
    ATC__QUECTEL_TCPIP_F_QNTP_TEST = 252,
    ATC__QUECTEL_TCPIP_F_QNTP_READ = 256,
    ATC__QUECTEL_TCPIP_F_QIDNSCFG_TEST = 258,
    ATC__QUECTEL_TCPIP_F_QIDNSCFG_IPV4V6 = 261,
    ATC__QUECTEL_TCPIP_F_QIDNSCFG_IPV4 = 266,
    ATC__QUECTEL_TCPIP_F_QIDNSCFG_IPV6 = 269,
    ATC__QUECTEL_TCPIP_F_QIDNSGIP_TEST = 272,
    ATC__QUECTEL_TCPIP_F_QISDE_TEST = 274,
    ATC__QUECTEL_TCPIP_F_QIGETERROR = 275,
    ATC__QUECTEL_TCPIP_F_QIACTEX = 277,
    ATC__QUECTEL_TCPIP_F_QIDEACTEX = 282,
    ATC__QUECTEL_TCPIP_F_QIOPEN = 284,
    ATC__QUECTEL_TCPIP_F_QPING = 286,
    ATC__QUECTEL_TCPIP_F_QPING_SUMMARY = 291,
    ATC__QUECTEL_TCPIP_F_QNTP = 298,
    ATC__QUECTEL_TCPIP_F_QIURC_CLOSED = 300,
    ATC__QUECTEL_TCPIP_F_QIURC_RECV = 302,
    ATC__QUECTEL_TCPIP_F_QIURC_RECV_PUSH = 304,
    ATC__QUECTEL_TCPIP_F_QIURC_RECV_UDP = 307,
    ATC__QUECTEL_TCPIP_F_QIURC_INCOMING_FULL = 312,
    ATC__QUECTEL_TCPIP_F_QIURC_INCOMING = 313,
    ATC__QUECTEL_TCPIP_F_QIURC_PDPDEACT = 318,
    ATC__QUECTEL_TCPIP_F_QIURC_DNSGIP = 320,
    ATC__QUECTEL_TCPIP_F_QIURC_DNSGIP_IP = 324
};
static const atc_field_desc atc__quectel_tcpip_fields[] = {
    /* CME_ERROR: +CME ERROR: <err> */
    ATC_FIELD_VERBOSE(atc_quectel_tcpip_cme_error, err, ATC_T_INT, 0, ATC__QUECTEL_TCPIP_I_ERR),
    /* CMS_ERROR: +CMS ERROR: <err> */
    ATC_FIELD_VERBOSE(atc_quectel_tcpip_cms_error, err, ATC_T_INT, 0, ATC__QUECTEL_TCPIP_I_ERR_2),
    /* AT_QICFG_SET_TRANSPKTSIZE: AT+QICFG="transpktsize"[,<transpktsize>] */
    ATC_LITERAL(ATC__QUECTEL_TCPIP_I_LIT_TRANSPKTSIZE), /* "transpktsize" */
    ATC_FIELD_OPT(atc_quectel_tcpip_at_qicfg_set_transpktsize, trans_pkt_size, ATC_T_INT, ATC_F_OPTIONAL, ATC__QUECTEL_TCPIP_I_TRANSPKTSIZE),
    /* AT_QICFG_SET_TRANSWAITTM: AT+QICFG="transwaittm"[,<transwaittm>] */
    ATC_LITERAL(ATC__QUECTEL_TCPIP_I_LIT_TRANSWAITTM), /* "transwaittm" */
    ATC_FIELD_OPT(atc_quectel_tcpip_at_qicfg_set_transwaittm, trans_wait_tm, ATC_T_INT, ATC_F_OPTIONAL, ATC__QUECTEL_TCPIP_I_TRANSWAITTM),
    /* AT_QICFG_SET_DATAFORMAT: AT+QICFG="dataformat"[,<send_data_format>,<recv_data_format>] */
    ATC_LITERAL(ATC__QUECTEL_TCPIP_I_LIT_DATAFORMAT), /* "dataformat" */
    ATC_FIELD_OPT(atc_quectel_tcpip_at_qicfg_set_dataformat, send_data_format, ATC_T_INT, ATC_F_OPTIONAL, ATC__QUECTEL_TCPIP_I_SEND_DATA_FORMAT),
    ATC_FIELD_OPT(atc_quectel_tcpip_at_qicfg_set_dataformat, recv_data_format, ATC_T_INT, ATC_F_OPTIONAL, ATC__QUECTEL_TCPIP_I_SEND_DATA_FORMAT),
    /* AT_QICFG_SET_VIEWMODE: AT+QICFG="viewmode"[,<view_mode>] */
    ATC_LITERAL(ATC__QUECTEL_TCPIP_I_LIT_VIEWMODE), /* "viewmode" */
    ATC_FIELD_OPT(atc_quectel_tcpip_at_qicfg_set_viewmode, view_mode, ATC_T_INT, ATC_F_OPTIONAL, ATC__QUECTEL_TCPIP_I_SEND_DATA_FORMAT),
    /* AT_QICFG_SET_UDP_SENDMODE: AT+QICFG="udp/sendmode"[,<mode>] */
    ATC_LITERAL(ATC__QUECTEL_TCPIP_I_LIT_UDP_SENDMODE), /* "udp/sendmode" */
    ATC_FIELD_OPT(atc_quectel_tcpip_at_qicfg_set_udp_sendmode, mode, ATC_T_INT, ATC_F_OPTIONAL, ATC__QUECTEL_TCPIP_I_SEND_DATA_FORMAT),
    /* AT_QICFG_SET_UDP_READMODE: AT+QICFG="udp/readmode"[,<mode>] */
    ATC_LITERAL(ATC__QUECTEL_TCPIP_I_LIT_UDP_READMODE), /* "udp/readmode" */
    ATC_FIELD_OPT(atc_quectel_tcpip_at_qicfg_set_udp_readmode, mode, ATC_T_INT, ATC_F_OPTIONAL, ATC__QUECTEL_TCPIP_I_SEND_DATA_FORMAT),
    /* AT_QICFG_SET_TCP_ACCEPT: AT+QICFG="tcp/accept"[,<accept>] */
    ATC_LITERAL(ATC__QUECTEL_TCPIP_I_LIT_TCP_ACCEPT), /* "tcp/accept" */
    ATC_FIELD_OPT(atc_quectel_tcpip_at_qicfg_set_tcp_accept, accept, ATC_T_INT, ATC_F_OPTIONAL, ATC__QUECTEL_TCPIP_I_SEND_DATA_FORMAT),
    /* AT_QICFG_SET_PASSIVECLOSED: AT+QICFG="passiveclosed"[,<closed>] */
    ATC_LITERAL(ATC__QUECTEL_TCPIP_I_LIT_PASSIVECLOSED), /* "passiveclosed" */
    ATC_FIELD_OPT(atc_quectel_tcpip_at_qicfg_set_passiveclosed, closed, ATC_T_INT, ATC_F_OPTIONAL, ATC__QUECTEL_TCPIP_I_SEND_DATA_FORMAT),
    /* AT_QICFG_SET_CLOSE_MODE: AT+QICFG="close/mode"[,<close_mode>] */
    ATC_LITERAL(ATC__QUECTEL_TCPIP_I_LIT_CLOSE_MODE), /* "close/mode" */
    ATC_FIELD_OPT(atc_quectel_tcpip_at_qicfg_set_close_mode, close_mode, ATC_T_INT, ATC_F_OPTIONAL, ATC__QUECTEL_TCPIP_I_SEND_DATA_FORMAT),
    /* AT_QICFG_SET_RECVIND: AT+QICFG="recvind"[,<show_length>] */
    ATC_LITERAL(ATC__QUECTEL_TCPIP_I_LIT_RECVIND), /* "recvind" */
    ATC_FIELD_OPT(atc_quectel_tcpip_at_qicfg_set_recvind, show_length, ATC_T_INT, ATC_F_OPTIONAL, ATC__QUECTEL_TCPIP_I_SEND_DATA_FORMAT),
    /* AT_QICFG_SET_TCP_KEEPALIVE: AT+QICFG="tcp/keepalive"[,<enable>[,<idle_time>,<interval_time>,<probe_cnt>]] */
    ATC_LITERAL(ATC__QUECTEL_TCPIP_I_LIT_TCP_KEEPALIVE), /* "tcp/keepalive" */
    ATC_FIELD_OPT(atc_quectel_tcpip_at_qicfg_set_tcp_keepalive, enable, ATC_T_INT, ATC_F_OPTIONAL, ATC__QUECTEL_TCPIP_I_SEND_DATA_FORMAT),
    ATC_FIELD_OPT(atc_quectel_tcpip_at_qicfg_set_tcp_keepalive, idle_time, ATC_T_INT, ATC_F_OPTIONAL, ATC__QUECTEL_TCPIP_I_IDLE_TIME),
    ATC_FIELD_OPT(atc_quectel_tcpip_at_qicfg_set_tcp_keepalive, interval_time, ATC_T_INT, ATC_F_OPTIONAL, ATC__QUECTEL_TCPIP_I_INTERVAL_TIME),
    ATC_FIELD_OPT(atc_quectel_tcpip_at_qicfg_set_tcp_keepalive, probe_cnt, ATC_T_INT, ATC_F_OPTIONAL, ATC__QUECTEL_TCPIP_I_PROBE_CNT),
    /* AT_QICFG_SET_TCP_RETRANSCFG: AT+QICFG="tcp/retranscfg"[,<retrains_cnt>,<retrains_period>] */
    ATC_LITERAL(ATC__QUECTEL_TCPIP_I_LIT_TCP_RETRANSCFG), /* "tcp/retranscfg" */
    ATC_FIELD_OPT(atc_quectel_tcpip_at_qicfg_set_tcp_retranscfg, retrains_cnt, ATC_T_INT, ATC_F_OPTIONAL, ATC__QUECTEL_TCPIP_I_RETRAINS_CNT),
    ATC_FIELD_OPT(atc_quectel_tcpip_at_qicfg_set_tcp_retranscfg, retrains_period, ATC_T_INT, ATC_F_OPTIONAL, ATC__QUECTEL_TCPIP_I_RETRAINS_PERIOD),
    /* AT_QICFG_SET_SEND_AUTO: AT+QICFG="send/auto"[,<connectID>[,<period>[,<msg_auto>[,<first_send>]]]] */
    ATC_LITERAL(ATC__QUECTEL_TCPIP_I_LIT_SEND_AUTO), /* "send/auto" */
    ATC_FIELD_OPT(atc_quectel_tcpip_at_qicfg_set_send_auto, connect_id, ATC_T_INT, ATC_F_OPTIONAL, ATC__QUECTEL_TCPIP_I_CONNECTID),
    ATC_FIELD_OPT(atc_quectel_tcpip_at_qicfg_set_send_auto, period, ATC_T_INT, ATC_F_OPTIONAL, ATC__QUECTEL_TCPIP_I_PERIOD),
    ATC_FIELD_OPT(atc_quectel_tcpip_at_qicfg_set_send_auto, msg_auto, ATC_T_STRING, ATC_F_OPTIONAL, ATC__QUECTEL_TCPIP_I_MSG_AUTO),
    ATC_FIELD_OPT(atc_quectel_tcpip_at_qicfg_set_send_auto, first_send, ATC_T_INT, ATC_F_OPTIONAL, ATC__QUECTEL_TCPIP_I_SEND_DATA_FORMAT),
    /* AT_QICFG_SET_FORMATCFG: AT+QICFG="formatcfg"[,<format>] */
    ATC_LITERAL(ATC__QUECTEL_TCPIP_I_LIT_FORMATCFG), /* "formatcfg" */
    ATC_FIELD_OPT(atc_quectel_tcpip_at_qicfg_set_formatcfg, format, ATC_T_INT, ATC_F_OPTIONAL, ATC__QUECTEL_TCPIP_I_SEND_DATA_FORMAT),
    /* AT_QICFG_SET_QISEND_TIMEOUT: AT+QICFG="qisend/timeout"[,<timeout>] */
    ATC_LITERAL(ATC__QUECTEL_TCPIP_I_LIT_QISEND_TIMEOUT), /* "qisend/timeout" */
    ATC_FIELD_OPT(atc_quectel_tcpip_at_qicfg_set_qisend_timeout, timeout, ATC_T_INT, ATC_F_OPTIONAL, ATC__QUECTEL_TCPIP_I_TIMEOUT),
    /* AT_QICFG_SET_TCP_DELAY_ACK: AT+QICFG="tcp/delay_ack"[,<delay_ack>] */
    ATC_LITERAL(ATC__QUECTEL_TCPIP_I_LIT_TCP_DELAY_ACK), /* "tcp/delay_ack" */
    ATC_FIELD_OPT(atc_quectel_tcpip_at_qicfg_set_tcp_delay_ack, delay_ack, ATC_T_INT, ATC_F_OPTIONAL, ATC__QUECTEL_TCPIP_I_SEND_DATA_FORMAT),
    /* AT_QICFG_SET_DNS_CACHE: AT+QICFG="dns/cache"[,<dns_cache>] */
    ATC_LITERAL(ATC__QUECTEL_TCPIP_I_LIT_DNS_CACHE), /* "dns/cache" */
    ATC_FIELD_OPT(atc_quectel_tcpip_at_qicfg_set_dns_cache, dns_cache, ATC_T_INT, ATC_F_OPTIONAL, ATC__QUECTEL_TCPIP_I_SEND_DATA_FORMAT),
    /* AT_QICFG_SET_TCP_TWRECYCLE: AT+QICFG="tcp/twrecycle"[,<timewait_timeout>] */
    ATC_LITERAL(ATC__QUECTEL_TCPIP_I_LIT_TCP_TWRECYCLE), /* "tcp/twrecycle" */
    ATC_FIELD_OPT(atc_quectel_tcpip_at_qicfg_set_tcp_twrecycle, time_wait_timeout, ATC_T_INT, ATC_F_OPTIONAL, ATC__QUECTEL_TCPIP_I_TIMEWAIT_TIMEOUT),
    /* AT_QICFG_SET_DNS_RETRY: AT+QICFG="dns/retry"[,<retry_ack>,<retry_timeout>] */
    ATC_LITERAL(ATC__QUECTEL_TCPIP_I_LIT_DNS_RETRY), /* "dns/retry" */
    ATC_FIELD_OPT(atc_quectel_tcpip_at_qicfg_set_dns_retry, retry_ack, ATC_T_INT, ATC_F_OPTIONAL, ATC__QUECTEL_TCPIP_I_RETRY_ACK),
    ATC_FIELD_OPT(atc_quectel_tcpip_at_qicfg_set_dns_retry, retry_timeout, ATC_T_INT, ATC_F_OPTIONAL, ATC__QUECTEL_TCPIP_I_RETRY_TIMEOUT),
    /* AT_QICSGP_SET: AT+QICSGP=<contextID>[,<context_type>,<APN>[,<username>,<password>][,<authentication>]] */
    ATC_FIELD(atc_quectel_tcpip_at_qicsgp_set, context_id, ATC_T_INT, 0, ATC__QUECTEL_TCPIP_I_CONTEXTID),
    ATC_FIELD_OPT(atc_quectel_tcpip_at_qicsgp_set, context_type, ATC_T_INT, ATC_F_OPTIONAL, ATC__QUECTEL_TCPIP_I_CONTEXT_TYPE),
    ATC_FIELD_OPT(atc_quectel_tcpip_at_qicsgp_set, apn, ATC_T_STRING, ATC_F_OPTIONAL, ATC__QUECTEL_TCPIP_I_APN),
    ATC_FIELD_OPT(atc_quectel_tcpip_at_qicsgp_set, username, ATC_T_STRING, ATC_F_OPTIONAL, ATC__QUECTEL_TCPIP_I_USERNAME),
    ATC_FIELD_OPT(atc_quectel_tcpip_at_qicsgp_set, password, ATC_T_STRING, ATC_F_OPTIONAL, ATC__QUECTEL_TCPIP_I_USERNAME),
    ATC_FIELD_OPT(atc_quectel_tcpip_at_qicsgp_set, authentication, ATC_T_INT, ATC_F_OPTIONAL, ATC__QUECTEL_TCPIP_I_AUTHENTICATION),
    /* AT_QIACT_SET: AT+QIACT=<contextID> */
    ATC_FIELD(atc_quectel_tcpip_at_qiact_set, context_id, ATC_T_INT, 0, ATC__QUECTEL_TCPIP_I_CONTEXTID),
    /* AT_QIACTEX_SET: AT+QIACTEX=<contextID>[,<view_mode>] */
    ATC_FIELD(atc_quectel_tcpip_at_qiactex_set, context_id, ATC_T_INT, 0, ATC__QUECTEL_TCPIP_I_CONTEXTID),
    ATC_FIELD_OPT(atc_quectel_tcpip_at_qiactex_set, view_mode, ATC_T_INT, ATC_F_OPTIONAL, ATC__QUECTEL_TCPIP_I_SEND_DATA_FORMAT),
    /* AT_QIOPEN_SET: AT+QIOPEN=<contextID>,<connectID>,<service_type>,<IP_address/domain_name>,<remote_port>[,<local_port>[,<access_mode>[,<tcp_client_maxnum>]]] */
    ATC_FIELD(atc_quectel_tcpip_at_qiopen_set, context_id, ATC_T_INT, 0, ATC__QUECTEL_TCPIP_I_CONTEXTID),
    ATC_FIELD(atc_quectel_tcpip_at_qiopen_set, connect_id, ATC_T_INT, 0, ATC__QUECTEL_TCPIP_I_CONNECTID),
    ATC_FIELD(atc_quectel_tcpip_at_qiopen_set, service_type, ATC_T_STRING, 0, ATC__QUECTEL_TCPIP_I_SERVICE_TYPE),
    ATC_FIELD(atc_quectel_tcpip_at_qiopen_set, ip_address, ATC_T_STRING, 0, ATC__QUECTEL_TCPIP_I_APN),
    ATC_FIELD(atc_quectel_tcpip_at_qiopen_set, remote_port, ATC_T_INT, 0, ATC__QUECTEL_TCPIP_I_REMOTE_PORT),
    ATC_FIELD_OPT(atc_quectel_tcpip_at_qiopen_set, local_port, ATC_T_INT, ATC_F_OPTIONAL, ATC__QUECTEL_TCPIP_I_REMOTE_PORT),
    ATC_FIELD_OPT(atc_quectel_tcpip_at_qiopen_set, access_mode, ATC_T_INT, ATC_F_OPTIONAL, ATC__QUECTEL_TCPIP_I_ACCESS_MODE),
    ATC_FIELD_OPT(atc_quectel_tcpip_at_qiopen_set, tcp_client_max_num, ATC_T_INT, ATC_F_OPTIONAL, ATC__QUECTEL_TCPIP_I_TCP_CLIENT_MAXNUM),
    /* AT_QICLOSE_SET: AT+QICLOSE=<connectID>[,<timeout>] */
    ATC_FIELD(atc_quectel_tcpip_at_qiclose_set, connect_id, ATC_T_INT, 0, ATC__QUECTEL_TCPIP_I_CONNECTID),
    ATC_FIELD_OPT(atc_quectel_tcpip_at_qiclose_set, timeout, ATC_T_INT, ATC_F_OPTIONAL, ATC__QUECTEL_TCPIP_I_REMOTE_PORT),
    /* AT_QISTATE_SET: AT+QISTATE=<query_type>,<contextID/connectID> */
    ATC_FIELD(atc_quectel_tcpip_at_qistate_set, query_type, ATC_T_INT, 0, ATC__QUECTEL_TCPIP_I_SEND_DATA_FORMAT),
    ATC_FIELD(atc_quectel_tcpip_at_qistate_set, id, ATC_T_INT, 0, ATC__QUECTEL_TCPIP_I_CONTEXTID_CONNECTID),
    /* AT_QISEND_SET: AT+QISEND=<connectID>[,<send_length>[,<remoteIP>,<remote_port>]] */
    ATC_FIELD(atc_quectel_tcpip_at_qisend_set, connect_id, ATC_T_INT, 0, ATC__QUECTEL_TCPIP_I_CONNECTID),
    ATC_FIELD_OPT(atc_quectel_tcpip_at_qisend_set, send_length, ATC_T_INT, ATC_F_OPTIONAL, ATC__QUECTEL_TCPIP_I_SEND_LENGTH),
    ATC_FIELD_OPT(atc_quectel_tcpip_at_qisend_set, remote_ip, ATC_T_STRING, ATC_F_OPTIONAL, ATC__QUECTEL_TCPIP_I_REMOTEIP),
    ATC_FIELD_OPT(atc_quectel_tcpip_at_qisend_set, remote_port, ATC_T_INT, ATC_F_OPTIONAL, ATC__QUECTEL_TCPIP_I_REMOTE_PORT),
    /* AT_QIRD_SET: AT+QIRD=<connectID>[,<read_length>] */
    ATC_FIELD(atc_quectel_tcpip_at_qird_set, connect_id, ATC_T_INT, 0, ATC__QUECTEL_TCPIP_I_CONNECTID),
    ATC_FIELD_OPT(atc_quectel_tcpip_at_qird_set, read_length, ATC_T_INT, ATC_F_OPTIONAL, ATC__QUECTEL_TCPIP_I_READ_LENGTH),
    /* AT_QISENDEX_SET: AT+QISENDEX=<connectID>,<hex_string> */
    ATC_FIELD(atc_quectel_tcpip_at_qisendex_set, connect_id, ATC_T_INT, 0, ATC__QUECTEL_TCPIP_I_CONNECTID),
    ATC_FIELD(atc_quectel_tcpip_at_qisendex_set, hex_string, ATC_T_STRING, 0, ATC__QUECTEL_TCPIP_I_HEX_STRING),
    /* AT_QISWTMD_SET: AT+QISWTMD=<connectID>,<access_mode> */
    ATC_FIELD(atc_quectel_tcpip_at_qiswtmd_set, connect_id, ATC_T_INT, 0, ATC__QUECTEL_TCPIP_I_CONNECTID),
    ATC_FIELD(atc_quectel_tcpip_at_qiswtmd_set, access_mode, ATC_T_INT, 0, ATC__QUECTEL_TCPIP_I_ACCESS_MODE),
    /* AT_QPING_SET: AT+QPING=<contextID>,<host>[,<timeout>[,<pingnum>]] */
    ATC_FIELD(atc_quectel_tcpip_at_qping_set, context_id, ATC_T_INT, 0, ATC__QUECTEL_TCPIP_I_CONTEXTID),
    ATC_FIELD(atc_quectel_tcpip_at_qping_set, host, ATC_T_STRING, 0, ATC__QUECTEL_TCPIP_I_APN),
    ATC_FIELD_OPT(atc_quectel_tcpip_at_qping_set, timeout, ATC_T_INT, ATC_F_OPTIONAL, ATC__QUECTEL_TCPIP_I_TIMEOUT_2),
    ATC_FIELD_OPT(atc_quectel_tcpip_at_qping_set, ping_num, ATC_T_INT, ATC_F_OPTIONAL, ATC__QUECTEL_TCPIP_I_PINGNUM),
    /* AT_QNTP_SET: AT+QNTP=<contextID>,<server>[,<port>[,<autosettime>]] */
    ATC_FIELD(atc_quectel_tcpip_at_qntp_set, context_id, ATC_T_INT, 0, ATC__QUECTEL_TCPIP_I_CONTEXTID),
    ATC_FIELD(atc_quectel_tcpip_at_qntp_set, server, ATC_T_STRING, 0, ATC__QUECTEL_TCPIP_I_APN),
    ATC_FIELD_OPT(atc_quectel_tcpip_at_qntp_set, port, ATC_T_INT, ATC_F_OPTIONAL, ATC__QUECTEL_TCPIP_I_PORT),
    ATC_FIELD_OPT(atc_quectel_tcpip_at_qntp_set, auto_set_time, ATC_T_INT, ATC_F_OPTIONAL, ATC__QUECTEL_TCPIP_I_SEND_DATA_FORMAT),
    /* AT_QIDNSCFG_SET: AT+QIDNSCFG=<contextID>[,<pridnsaddr>[,<secdnsaddr>]] */
    ATC_FIELD(atc_quectel_tcpip_at_qidnscfg_set, context_id, ATC_T_INT, 0, ATC__QUECTEL_TCPIP_I_CONTEXTID),
    ATC_FIELD_OPT(atc_quectel_tcpip_at_qidnscfg_set, pri_dns_addr, ATC_T_STRING, ATC_F_OPTIONAL, ATC__QUECTEL_TCPIP_I_APN),
    ATC_FIELD_OPT(atc_quectel_tcpip_at_qidnscfg_set, sec_dns_addr, ATC_T_STRING, ATC_F_OPTIONAL, ATC__QUECTEL_TCPIP_I_APN),
    /* AT_QIDNSGIP_SET: AT+QIDNSGIP=<contextID>,<hostname> */
    ATC_FIELD(atc_quectel_tcpip_at_qidnsgip_set, context_id, ATC_T_INT, 0, ATC__QUECTEL_TCPIP_I_CONTEXTID),
    ATC_FIELD(atc_quectel_tcpip_at_qidnsgip_set, hostname, ATC_T_STRING, 0, ATC__QUECTEL_TCPIP_I_APN),
    /* AT_QISDE_SET: AT+QISDE=<echo> */
    ATC_FIELD(atc_quectel_tcpip_at_qisde_set, echo, ATC_T_INT, 0, ATC__QUECTEL_TCPIP_I_SEND_DATA_FORMAT),
    /* QICFG_TEST_TRANSPKTSIZE: +QICFG: "transpktsize",<transpktsize> */
    ATC_LITERAL(ATC__QUECTEL_TCPIP_I_LIT_TRANSPKTSIZE), /* "transpktsize" */
    ATC_FIELD(atc_quectel_tcpip_qicfg_test_transpktsize, trans_pkt_size, ATC_T_SUPPORTED, 0, ATC__QUECTEL_TCPIP_I_TRANSPKTSIZE_2),
    /* QICFG_TEST_TRANSWAITTM: +QICFG: "transwaittm",<transwaittm> */
    ATC_LITERAL(ATC__QUECTEL_TCPIP_I_LIT_TRANSWAITTM), /* "transwaittm" */
    ATC_FIELD(atc_quectel_tcpip_qicfg_test_transwaittm, trans_wait_tm, ATC_T_SUPPORTED, 0, ATC__QUECTEL_TCPIP_I_TRANSPKTSIZE_2),
    /* QICFG_TEST_DATAFORMAT: +QICFG: "dataformat",<send_data_format>,<recv_data_format> */
    ATC_LITERAL(ATC__QUECTEL_TCPIP_I_LIT_DATAFORMAT), /* "dataformat" */
    ATC_FIELD(atc_quectel_tcpip_qicfg_test_dataformat, send_data_format, ATC_T_SUPPORTED, 0, ATC__QUECTEL_TCPIP_I_TRANSPKTSIZE_2),
    ATC_FIELD(atc_quectel_tcpip_qicfg_test_dataformat, recv_data_format, ATC_T_SUPPORTED, 0, ATC__QUECTEL_TCPIP_I_TRANSPKTSIZE_2),
    /* QICFG_TEST_VIEWMODE: +QICFG: "viewmode",<view_mode> */
    ATC_LITERAL(ATC__QUECTEL_TCPIP_I_LIT_VIEWMODE), /* "viewmode" */
    ATC_FIELD(atc_quectel_tcpip_qicfg_test_viewmode, view_mode, ATC_T_SUPPORTED, 0, ATC__QUECTEL_TCPIP_I_TRANSPKTSIZE_2),
    /* QICFG_TEST_UDP_SENDMODE: +QICFG: "udp/sendmode",<mode> */
    ATC_LITERAL(ATC__QUECTEL_TCPIP_I_LIT_UDP_SENDMODE), /* "udp/sendmode" */
    ATC_FIELD(atc_quectel_tcpip_qicfg_test_udp_sendmode, mode, ATC_T_SUPPORTED, 0, ATC__QUECTEL_TCPIP_I_TRANSPKTSIZE_2),
    /* QICFG_TEST_UDP_READMODE: +QICFG: "udp/readmode",<mode> */
    ATC_LITERAL(ATC__QUECTEL_TCPIP_I_LIT_UDP_READMODE), /* "udp/readmode" */
    ATC_FIELD(atc_quectel_tcpip_qicfg_test_udp_readmode, mode, ATC_T_SUPPORTED, 0, ATC__QUECTEL_TCPIP_I_TRANSPKTSIZE_2),
    /* QICFG_TEST_TCP_ACCEPT: +QICFG: "tcp/accept",<accept> */
    ATC_LITERAL(ATC__QUECTEL_TCPIP_I_LIT_TCP_ACCEPT), /* "tcp/accept" */
    ATC_FIELD(atc_quectel_tcpip_qicfg_test_tcp_accept, accept, ATC_T_SUPPORTED, 0, ATC__QUECTEL_TCPIP_I_TRANSPKTSIZE_2),
    /* QICFG_TEST_PASSIVECLOSED: +QICFG: "passiveclosed",<closed> */
    ATC_LITERAL(ATC__QUECTEL_TCPIP_I_LIT_PASSIVECLOSED), /* "passiveclosed" */
    ATC_FIELD(atc_quectel_tcpip_qicfg_test_passiveclosed, closed, ATC_T_SUPPORTED, 0, ATC__QUECTEL_TCPIP_I_TRANSPKTSIZE_2),
    /* QICFG_TEST_CLOSE_MODE: +QICFG: "close/mode",<close_mode> */
    ATC_LITERAL(ATC__QUECTEL_TCPIP_I_LIT_CLOSE_MODE), /* "close/mode" */
    ATC_FIELD(atc_quectel_tcpip_qicfg_test_close_mode, close_mode, ATC_T_SUPPORTED, 0, ATC__QUECTEL_TCPIP_I_TRANSPKTSIZE_2),
    /* QICFG_TEST_RECVIND: +QICFG: "recvind",<show_length> */
    ATC_LITERAL(ATC__QUECTEL_TCPIP_I_LIT_RECVIND), /* "recvind" */
    ATC_FIELD(atc_quectel_tcpip_qicfg_test_recvind, show_length, ATC_T_SUPPORTED, 0, ATC__QUECTEL_TCPIP_I_TRANSPKTSIZE_2),
    /* QICFG_TEST_TCP_KEEPALIVE: +QICFG: "tcp/keepalive",<enable>,<idle_time>,<interval_time>,<probe_cnt> */
    ATC_LITERAL(ATC__QUECTEL_TCPIP_I_LIT_TCP_KEEPALIVE), /* "tcp/keepalive" */
    ATC_FIELD(atc_quectel_tcpip_qicfg_test_tcp_keepalive, enable, ATC_T_SUPPORTED, 0, ATC__QUECTEL_TCPIP_I_TRANSPKTSIZE_2),
    ATC_FIELD(atc_quectel_tcpip_qicfg_test_tcp_keepalive, idle_time, ATC_T_SUPPORTED, 0, ATC__QUECTEL_TCPIP_I_TRANSPKTSIZE_2),
    ATC_FIELD(atc_quectel_tcpip_qicfg_test_tcp_keepalive, interval_time, ATC_T_SUPPORTED, 0, ATC__QUECTEL_TCPIP_I_TRANSPKTSIZE_2),
    ATC_FIELD(atc_quectel_tcpip_qicfg_test_tcp_keepalive, probe_cnt, ATC_T_SUPPORTED, 0, ATC__QUECTEL_TCPIP_I_TRANSPKTSIZE_2),
    /* QICFG_TEST_TCP_RETRANSCFG: +QICFG: "tcp/retranscfg",<retrains_cnt>,<retrains_period> */
    ATC_LITERAL(ATC__QUECTEL_TCPIP_I_LIT_TCP_RETRANSCFG), /* "tcp/retranscfg" */
    ATC_FIELD(atc_quectel_tcpip_qicfg_test_tcp_retranscfg, retrains_cnt, ATC_T_SUPPORTED, 0, ATC__QUECTEL_TCPIP_I_TRANSPKTSIZE_2),
    ATC_FIELD(atc_quectel_tcpip_qicfg_test_tcp_retranscfg, retrains_period, ATC_T_SUPPORTED, 0, ATC__QUECTEL_TCPIP_I_TRANSPKTSIZE_2),
    /* QICFG_TEST_SEND_AUTO: +QICFG: "send/auto",<connectID>,<period>,<msg_auto>,<first_send> */
    ATC_LITERAL(ATC__QUECTEL_TCPIP_I_LIT_SEND_AUTO), /* "send/auto" */
    ATC_FIELD(atc_quectel_tcpip_qicfg_test_send_auto, connect_id, ATC_T_SUPPORTED, 0, ATC__QUECTEL_TCPIP_I_TRANSPKTSIZE_2),
    ATC_FIELD(atc_quectel_tcpip_qicfg_test_send_auto, period, ATC_T_SUPPORTED, 0, ATC__QUECTEL_TCPIP_I_TRANSPKTSIZE_2),
    ATC_FIELD(atc_quectel_tcpip_qicfg_test_send_auto, msg_auto, ATC_T_SUPPORTED, 0, ATC__QUECTEL_TCPIP_I_TRANSPKTSIZE_2),
    ATC_FIELD(atc_quectel_tcpip_qicfg_test_send_auto, first_send, ATC_T_SUPPORTED, 0, ATC__QUECTEL_TCPIP_I_TRANSPKTSIZE_2),
    /* QICFG_TEST_FORMATCFG: +QICFG: "formatcfg",<format> */
    ATC_LITERAL(ATC__QUECTEL_TCPIP_I_LIT_FORMATCFG), /* "formatcfg" */
    ATC_FIELD(atc_quectel_tcpip_qicfg_test_formatcfg, format, ATC_T_SUPPORTED, 0, ATC__QUECTEL_TCPIP_I_TRANSPKTSIZE_2),
    /* QICFG_TEST_QISEND_TIMEOUT: +QICFG: "qisend/timeout",<timeout> */
    ATC_LITERAL(ATC__QUECTEL_TCPIP_I_LIT_QISEND_TIMEOUT), /* "qisend/timeout" */
    ATC_FIELD(atc_quectel_tcpip_qicfg_test_qisend_timeout, timeout, ATC_T_SUPPORTED, 0, ATC__QUECTEL_TCPIP_I_TRANSPKTSIZE_2),
    /* QICFG_TEST_TCP_DELAY_ACK: +QICFG: "tcp/delay_ack",<delay_ack> */
    ATC_LITERAL(ATC__QUECTEL_TCPIP_I_LIT_TCP_DELAY_ACK), /* "tcp/delay_ack" */
    ATC_FIELD(atc_quectel_tcpip_qicfg_test_tcp_delay_ack, delay_ack, ATC_T_SUPPORTED, 0, ATC__QUECTEL_TCPIP_I_TRANSPKTSIZE_2),
    /* QICFG_TEST_DNS_CACHE: +QICFG: "dns/cache",<dns_cache> */
    ATC_LITERAL(ATC__QUECTEL_TCPIP_I_LIT_DNS_CACHE), /* "dns/cache" */
    ATC_FIELD(atc_quectel_tcpip_qicfg_test_dns_cache, dns_cache, ATC_T_SUPPORTED, 0, ATC__QUECTEL_TCPIP_I_TRANSPKTSIZE_2),
    /* QICFG_TEST_TCP_TWRECYCLE: +QICFG: "tcp/twrecycle",<timewait_timeout> */
    ATC_LITERAL(ATC__QUECTEL_TCPIP_I_LIT_TCP_TWRECYCLE), /* "tcp/twrecycle" */
    ATC_FIELD(atc_quectel_tcpip_qicfg_test_tcp_twrecycle, time_wait_timeout, ATC_T_SUPPORTED, 0, ATC__QUECTEL_TCPIP_I_TRANSPKTSIZE_2),
    /* QICFG_TEST_DNS_RETRY: +QICFG: "dns/retry",<retry_ack>,<retry_timeout> */
    ATC_LITERAL(ATC__QUECTEL_TCPIP_I_LIT_DNS_RETRY), /* "dns/retry" */
    ATC_FIELD(atc_quectel_tcpip_qicfg_test_dns_retry, retry_ack, ATC_T_SUPPORTED, 0, ATC__QUECTEL_TCPIP_I_TRANSPKTSIZE_2),
    ATC_FIELD(atc_quectel_tcpip_qicfg_test_dns_retry, retry_timeout, ATC_T_SUPPORTED, 0, ATC__QUECTEL_TCPIP_I_TRANSPKTSIZE_2),
    /* QICFG_TRANSPKTSIZE: +QICFG: "transpktsize",<transpktsize> */
    ATC_LITERAL(ATC__QUECTEL_TCPIP_I_LIT_TRANSPKTSIZE), /* "transpktsize" */
    ATC_FIELD(atc_quectel_tcpip_qicfg_transpktsize, trans_pkt_size, ATC_T_INT, 0, ATC__QUECTEL_TCPIP_I_TRANSPKTSIZE),
    /* QICFG_TRANSWAITTM: +QICFG: "transwaittm",<transwaittm> */
    ATC_LITERAL(ATC__QUECTEL_TCPIP_I_LIT_TRANSWAITTM), /* "transwaittm" */
    ATC_FIELD(atc_quectel_tcpip_qicfg_transwaittm, trans_wait_tm, ATC_T_INT, 0, ATC__QUECTEL_TCPIP_I_TRANSWAITTM),
    /* QICFG_DATAFORMAT: +QICFG: "dataformat",<send_data_format>,<recv_data_format> */
    ATC_LITERAL(ATC__QUECTEL_TCPIP_I_LIT_DATAFORMAT), /* "dataformat" */
    ATC_FIELD(atc_quectel_tcpip_qicfg_dataformat, send_data_format, ATC_T_INT, 0, ATC__QUECTEL_TCPIP_I_SEND_DATA_FORMAT),
    ATC_FIELD(atc_quectel_tcpip_qicfg_dataformat, recv_data_format, ATC_T_INT, 0, ATC__QUECTEL_TCPIP_I_SEND_DATA_FORMAT),
    /* QICFG_VIEWMODE: +QICFG: "viewmode",<view_mode> */
    ATC_LITERAL(ATC__QUECTEL_TCPIP_I_LIT_VIEWMODE), /* "viewmode" */
    ATC_FIELD(atc_quectel_tcpip_qicfg_viewmode, view_mode, ATC_T_INT, 0, ATC__QUECTEL_TCPIP_I_SEND_DATA_FORMAT),
    /* QICFG_UDP_SENDMODE: +QICFG: "udp/sendmode",<mode> */
    ATC_LITERAL(ATC__QUECTEL_TCPIP_I_LIT_UDP_SENDMODE), /* "udp/sendmode" */
    ATC_FIELD(atc_quectel_tcpip_qicfg_udp_sendmode, mode, ATC_T_INT, 0, ATC__QUECTEL_TCPIP_I_SEND_DATA_FORMAT),
    /* QICFG_UDP_READMODE: +QICFG: "udp/readmode",<mode> */
    ATC_LITERAL(ATC__QUECTEL_TCPIP_I_LIT_UDP_READMODE), /* "udp/readmode" */
    ATC_FIELD(atc_quectel_tcpip_qicfg_udp_readmode, mode, ATC_T_INT, 0, ATC__QUECTEL_TCPIP_I_SEND_DATA_FORMAT),
    /* QICFG_TCP_ACCEPT: +QICFG: "tcp/accept",<accept> */
    ATC_LITERAL(ATC__QUECTEL_TCPIP_I_LIT_TCP_ACCEPT), /* "tcp/accept" */
    ATC_FIELD(atc_quectel_tcpip_qicfg_tcp_accept, accept, ATC_T_INT, 0, ATC__QUECTEL_TCPIP_I_SEND_DATA_FORMAT),
    /* QICFG_PASSIVECLOSED: +QICFG: "passiveclosed",<closed> */
    ATC_LITERAL(ATC__QUECTEL_TCPIP_I_LIT_PASSIVECLOSED), /* "passiveclosed" */
    ATC_FIELD(atc_quectel_tcpip_qicfg_passiveclosed, closed, ATC_T_INT, 0, ATC__QUECTEL_TCPIP_I_SEND_DATA_FORMAT),
    /* QICFG_CLOSE_MODE: +QICFG: "close/mode",<close_mode> */
    ATC_LITERAL(ATC__QUECTEL_TCPIP_I_LIT_CLOSE_MODE), /* "close/mode" */
    ATC_FIELD(atc_quectel_tcpip_qicfg_close_mode, close_mode, ATC_T_INT, 0, ATC__QUECTEL_TCPIP_I_SEND_DATA_FORMAT),
    /* QICFG_RECVIND: +QICFG: "recvind",<show_length> */
    ATC_LITERAL(ATC__QUECTEL_TCPIP_I_LIT_RECVIND), /* "recvind" */
    ATC_FIELD(atc_quectel_tcpip_qicfg_recvind, show_length, ATC_T_INT, 0, ATC__QUECTEL_TCPIP_I_SEND_DATA_FORMAT),
    /* QICFG_TCP_KEEPALIVE: +QICFG: "tcp/keepalive",<enable>,<idle_time>,<interval_time>,<probe_cnt> */
    ATC_LITERAL(ATC__QUECTEL_TCPIP_I_LIT_TCP_KEEPALIVE), /* "tcp/keepalive" */
    ATC_FIELD(atc_quectel_tcpip_qicfg_tcp_keepalive, enable, ATC_T_INT, 0, ATC__QUECTEL_TCPIP_I_SEND_DATA_FORMAT),
    ATC_FIELD(atc_quectel_tcpip_qicfg_tcp_keepalive, idle_time, ATC_T_INT, 0, ATC__QUECTEL_TCPIP_I_IDLE_TIME),
    ATC_FIELD(atc_quectel_tcpip_qicfg_tcp_keepalive, interval_time, ATC_T_INT, 0, ATC__QUECTEL_TCPIP_I_INTERVAL_TIME),
    ATC_FIELD(atc_quectel_tcpip_qicfg_tcp_keepalive, probe_cnt, ATC_T_INT, 0, ATC__QUECTEL_TCPIP_I_PROBE_CNT),
    /* QICFG_TCP_RETRANSCFG: +QICFG: "tcp/retranscfg",<retrains_cnt>,<retrains_period> */
    ATC_LITERAL(ATC__QUECTEL_TCPIP_I_LIT_TCP_RETRANSCFG), /* "tcp/retranscfg" */
    ATC_FIELD(atc_quectel_tcpip_qicfg_tcp_retranscfg, retrains_cnt, ATC_T_INT, 0, ATC__QUECTEL_TCPIP_I_RETRAINS_CNT),
    ATC_FIELD(atc_quectel_tcpip_qicfg_tcp_retranscfg, retrains_period, ATC_T_INT, 0, ATC__QUECTEL_TCPIP_I_RETRAINS_PERIOD),
    /* QICFG_SEND_AUTO: +QICFG: "send/auto",<connectID>,<period>,<msg_auto>,<first_send> */
    ATC_LITERAL(ATC__QUECTEL_TCPIP_I_LIT_SEND_AUTO), /* "send/auto" */
    ATC_FIELD(atc_quectel_tcpip_qicfg_send_auto, connect_id, ATC_T_INT, 0, ATC__QUECTEL_TCPIP_I_CONNECTID),
    ATC_FIELD(atc_quectel_tcpip_qicfg_send_auto, period, ATC_T_INT, 0, ATC__QUECTEL_TCPIP_I_PERIOD),
    ATC_FIELD(atc_quectel_tcpip_qicfg_send_auto, msg_auto, ATC_T_STRING, 0, ATC__QUECTEL_TCPIP_I_MSG_AUTO),
    ATC_FIELD(atc_quectel_tcpip_qicfg_send_auto, first_send, ATC_T_INT, 0, ATC__QUECTEL_TCPIP_I_SEND_DATA_FORMAT),
    /* QICFG_FORMATCFG: +QICFG: "formatcfg",<format> */
    ATC_LITERAL(ATC__QUECTEL_TCPIP_I_LIT_FORMATCFG), /* "formatcfg" */
    ATC_FIELD(atc_quectel_tcpip_qicfg_formatcfg, format, ATC_T_INT, 0, ATC__QUECTEL_TCPIP_I_SEND_DATA_FORMAT),
    /* QICFG_QISEND_TIMEOUT: +QICFG: "qisend/timeout",<timeout> */
    ATC_LITERAL(ATC__QUECTEL_TCPIP_I_LIT_QISEND_TIMEOUT), /* "qisend/timeout" */
    ATC_FIELD(atc_quectel_tcpip_qicfg_qisend_timeout, timeout, ATC_T_INT, 0, ATC__QUECTEL_TCPIP_I_TIMEOUT),
    /* QICFG_TCP_DELAY_ACK: +QICFG: "tcp/delay_ack",<delay_ack> */
    ATC_LITERAL(ATC__QUECTEL_TCPIP_I_LIT_TCP_DELAY_ACK), /* "tcp/delay_ack" */
    ATC_FIELD(atc_quectel_tcpip_qicfg_tcp_delay_ack, delay_ack, ATC_T_INT, 0, ATC__QUECTEL_TCPIP_I_SEND_DATA_FORMAT),
    /* QICFG_DNS_CACHE: +QICFG: "dns/cache",<dns_cache> */
    ATC_LITERAL(ATC__QUECTEL_TCPIP_I_LIT_DNS_CACHE), /* "dns/cache" */
    ATC_FIELD(atc_quectel_tcpip_qicfg_dns_cache, dns_cache, ATC_T_INT, 0, ATC__QUECTEL_TCPIP_I_SEND_DATA_FORMAT),
    /* QICFG_TCP_TWRECYCLE: +QICFG: "tcp/twrecycle",<timewait_timeout> */
    ATC_LITERAL(ATC__QUECTEL_TCPIP_I_LIT_TCP_TWRECYCLE), /* "tcp/twrecycle" */
    ATC_FIELD(atc_quectel_tcpip_qicfg_tcp_twrecycle, time_wait_timeout, ATC_T_INT, 0, ATC__QUECTEL_TCPIP_I_TIMEWAIT_TIMEOUT),
    /* QICFG_DNS_RETRY: +QICFG: "dns/retry",<retry_ack>,<retry_timeout> */
    ATC_LITERAL(ATC__QUECTEL_TCPIP_I_LIT_DNS_RETRY), /* "dns/retry" */
    ATC_FIELD(atc_quectel_tcpip_qicfg_dns_retry, retry_ack, ATC_T_INT, 0, ATC__QUECTEL_TCPIP_I_RETRY_ACK),
    ATC_FIELD(atc_quectel_tcpip_qicfg_dns_retry, retry_timeout, ATC_T_INT, 0, ATC__QUECTEL_TCPIP_I_RETRY_TIMEOUT),
    /* QICSGP_TEST: +QICSGP: <contextID>,<context_type>,<APN>,<username>,<password>,<authentication> */
    ATC_FIELD(atc_quectel_tcpip_qicsgp_test, context_id, ATC_T_SUPPORTED, 0, ATC__QUECTEL_TCPIP_I_TRANSPKTSIZE_2),
    ATC_FIELD(atc_quectel_tcpip_qicsgp_test, context_type, ATC_T_SUPPORTED, 0, ATC__QUECTEL_TCPIP_I_TRANSPKTSIZE_2),
    ATC_FIELD(atc_quectel_tcpip_qicsgp_test, apn, ATC_T_SUPPORTED, 0, ATC__QUECTEL_TCPIP_I_TRANSPKTSIZE_2),
    ATC_FIELD(atc_quectel_tcpip_qicsgp_test, username, ATC_T_SUPPORTED, 0, ATC__QUECTEL_TCPIP_I_TRANSPKTSIZE_2),
    ATC_FIELD(atc_quectel_tcpip_qicsgp_test, password, ATC_T_SUPPORTED, 0, ATC__QUECTEL_TCPIP_I_TRANSPKTSIZE_2),
    ATC_FIELD(atc_quectel_tcpip_qicsgp_test, authentication, ATC_T_SUPPORTED, 0, ATC__QUECTEL_TCPIP_I_TRANSPKTSIZE_2),
    /* QICSGP_QUERY: +QICSGP: <context_type>,<APN>,<username>,<password>,<authentication> */
    ATC_FIELD(atc_quectel_tcpip_qicsgp_query, context_type, ATC_T_INT, 0, ATC__QUECTEL_TCPIP_I_CONTEXT_TYPE),
    ATC_FIELD(atc_quectel_tcpip_qicsgp_query, apn, ATC_T_STRING, 0, ATC__QUECTEL_TCPIP_I_APN),
    ATC_FIELD(atc_quectel_tcpip_qicsgp_query, username, ATC_T_STRING, 0, ATC__QUECTEL_TCPIP_I_USERNAME),
    ATC_FIELD(atc_quectel_tcpip_qicsgp_query, password, ATC_T_STRING, 0, ATC__QUECTEL_TCPIP_I_USERNAME),
    ATC_FIELD(atc_quectel_tcpip_qicsgp_query, authentication, ATC_T_INT, 0, ATC__QUECTEL_TCPIP_I_AUTHENTICATION),
    /* QIACT_TEST: +QIACT: <contextID> */
    ATC_FIELD(atc_quectel_tcpip_qiact_test, context_id, ATC_T_SUPPORTED, 0, ATC__QUECTEL_TCPIP_I_TRANSPKTSIZE_2),
    /* QIACT_READ: +QIACT: <contextID>,<context_state>,<context_type>[,<IPv4_address>][,<IPv6_address>] */
    ATC_FIELD(atc_quectel_tcpip_qiact_read, context_id, ATC_T_INT, 0, ATC__QUECTEL_TCPIP_I_CONTEXTID),
    ATC_FIELD(atc_quectel_tcpip_qiact_read, context_state, ATC_T_INT, 0, ATC__QUECTEL_TCPIP_I_SEND_DATA_FORMAT),
    ATC_FIELD(atc_quectel_tcpip_qiact_read, context_type, ATC_T_INT, 0, ATC__QUECTEL_TCPIP_I_CONTEXT_TYPE),
    ATC_FIELD_OPT(atc_quectel_tcpip_qiact_read, ipv4_address, ATC_T_STRING, ATC_F_OPTIONAL, ATC__QUECTEL_TCPIP_I_REMOTEIP),
    ATC_FIELD_OPT(atc_quectel_tcpip_qiact_read, ipv6_address, ATC_T_STRING, ATC_F_OPTIONAL, ATC__QUECTEL_TCPIP_I_IPV6_ADDRESS),
    /* QIACTEX_TEST: +QIACTEX: <contextID>,<view_mode> */
    ATC_FIELD(atc_quectel_tcpip_qiactex_test, context_id, ATC_T_SUPPORTED, 0, ATC__QUECTEL_TCPIP_I_TRANSPKTSIZE_2),
    ATC_FIELD(atc_quectel_tcpip_qiactex_test, view_mode, ATC_T_SUPPORTED, 0, ATC__QUECTEL_TCPIP_I_TRANSPKTSIZE_2),
    /* QIOPEN_TEST: +QIOPEN: <contextID>,<connectID>,<service_type>,<IP_address/domain_name>,<remote_port>,<local_port>,<access_mode>,<tcp_client_maxnum> */
    ATC_FIELD(atc_quectel_tcpip_qiopen_test, context_id, ATC_T_SUPPORTED, 0, ATC__QUECTEL_TCPIP_I_TRANSPKTSIZE_2),
    ATC_FIELD(atc_quectel_tcpip_qiopen_test, connect_id, ATC_T_SUPPORTED, 0, ATC__QUECTEL_TCPIP_I_TRANSPKTSIZE_2),
    ATC_FIELD(atc_quectel_tcpip_qiopen_test, service_type, ATC_T_SUPPORTED, 0, ATC__QUECTEL_TCPIP_I_TRANSPKTSIZE_2),
    ATC_FIELD(atc_quectel_tcpip_qiopen_test, ip_address, ATC_T_SUPPORTED, 0, ATC__QUECTEL_TCPIP_I_TRANSPKTSIZE_2),
    ATC_FIELD(atc_quectel_tcpip_qiopen_test, remote_port, ATC_T_SUPPORTED, 0, ATC__QUECTEL_TCPIP_I_TRANSPKTSIZE_2),
    ATC_FIELD(atc_quectel_tcpip_qiopen_test, local_port, ATC_T_SUPPORTED, 0, ATC__QUECTEL_TCPIP_I_TRANSPKTSIZE_2),
    ATC_FIELD(atc_quectel_tcpip_qiopen_test, access_mode, ATC_T_SUPPORTED, 0, ATC__QUECTEL_TCPIP_I_TRANSPKTSIZE_2),
    ATC_FIELD(atc_quectel_tcpip_qiopen_test, tcp_client_max_num, ATC_T_SUPPORTED, 0, ATC__QUECTEL_TCPIP_I_TRANSPKTSIZE_2),
    /* QICLOSE_TEST: +QICLOSE: <connectID>,<timeout> */
    ATC_FIELD(atc_quectel_tcpip_qiclose_test, connect_id, ATC_T_SUPPORTED, 0, ATC__QUECTEL_TCPIP_I_TRANSPKTSIZE_2),
    ATC_FIELD(atc_quectel_tcpip_qiclose_test, timeout, ATC_T_SUPPORTED, 0, ATC__QUECTEL_TCPIP_I_TRANSPKTSIZE_2),
    /* QISTATE: +QISTATE: <connectID>,<service_type>,<IP_address>,<remote_port>,<local_port>,<socket_state>,<contextID>,<serverID>,<access_mode>,<AT_port> */
    ATC_FIELD(atc_quectel_tcpip_qistate, connect_id, ATC_T_INT, 0, ATC__QUECTEL_TCPIP_I_CONNECTID),
    ATC_FIELD(atc_quectel_tcpip_qistate, service_type, ATC_T_STRING, 0, ATC__QUECTEL_TCPIP_I_SERVICE_TYPE_2),
    ATC_FIELD(atc_quectel_tcpip_qistate, ip_address, ATC_T_STRING, 0, ATC__QUECTEL_TCPIP_I_APN),
    ATC_FIELD(atc_quectel_tcpip_qistate, remote_port, ATC_T_INT, 0, ATC__QUECTEL_TCPIP_I_REMOTE_PORT),
    ATC_FIELD(atc_quectel_tcpip_qistate, local_port, ATC_T_INT, 0, ATC__QUECTEL_TCPIP_I_REMOTE_PORT),
    ATC_FIELD(atc_quectel_tcpip_qistate, socket_state, ATC_T_INT, 0, ATC__QUECTEL_TCPIP_I_SOCKET_STATE),
    ATC_FIELD(atc_quectel_tcpip_qistate, context_id, ATC_T_INT, 0, ATC__QUECTEL_TCPIP_I_CONTEXTID),
    ATC_FIELD(atc_quectel_tcpip_qistate, server_id, ATC_T_INT, 0, ATC__QUECTEL_TCPIP_I_APN),
    ATC_FIELD(atc_quectel_tcpip_qistate, access_mode, ATC_T_INT, 0, ATC__QUECTEL_TCPIP_I_ACCESS_MODE),
    ATC_FIELD(atc_quectel_tcpip_qistate, at_port, ATC_T_STRING, 0, ATC__QUECTEL_TCPIP_I_AT_PORT),
    /* QISEND_TEST: +QISEND: <connectID>,<send_length> */
    ATC_FIELD(atc_quectel_tcpip_qisend_test, connect_id, ATC_T_SUPPORTED, 0, ATC__QUECTEL_TCPIP_I_TRANSPKTSIZE_2),
    ATC_FIELD(atc_quectel_tcpip_qisend_test, send_length, ATC_T_SUPPORTED, 0, ATC__QUECTEL_TCPIP_I_TRANSPKTSIZE_2),
    /* QISEND_QUERY: +QISEND: <total_send_length>,<ackedbytes>,<unackedbytes> */
    ATC_FIELD(atc_quectel_tcpip_qisend_query, total_send_length, ATC_T_INT, 0, ATC__QUECTEL_TCPIP_I_APN),
    ATC_FIELD(atc_quectel_tcpip_qisend_query, acked_bytes, ATC_T_INT, 0, ATC__QUECTEL_TCPIP_I_APN),
    ATC_FIELD(atc_quectel_tcpip_qisend_query, unacked_bytes, ATC_T_INT, 0, ATC__QUECTEL_TCPIP_I_APN),
    /* QISEND_VIEW: +QISEND: <connectID>,<status>,<Freesize> */
    ATC_FIELD(atc_quectel_tcpip_qisend_view, connect_id, ATC_T_INT, 0, ATC__QUECTEL_TCPIP_I_CONNECTID),
    ATC_FIELD(atc_quectel_tcpip_qisend_view, status, ATC_T_INT, 0, ATC__QUECTEL_TCPIP_I_SEND_DATA_FORMAT),
    ATC_FIELD(atc_quectel_tcpip_qisend_view, free_size, ATC_T_INT, 0, ATC__QUECTEL_TCPIP_I_FREESIZE),
    /* QIRD_TEST: +QIRD: <connectID>,<read_length> */
    ATC_FIELD(atc_quectel_tcpip_qird_test, connect_id, ATC_T_SUPPORTED, 0, ATC__QUECTEL_TCPIP_I_TRANSPKTSIZE_2),
    ATC_FIELD(atc_quectel_tcpip_qird_test, read_length, ATC_T_SUPPORTED, 0, ATC__QUECTEL_TCPIP_I_TRANSPKTSIZE_2),
    /* QIRD_DATA: +QIRD: <read_actual_length> */
    ATC_FIELD(atc_quectel_tcpip_qird_data, read_actual_length, ATC_T_INT, 0, ATC__QUECTEL_TCPIP_I_READ_ACTUAL_LENGTH),
    /* QIRD_UDP: +QIRD: <read_actual_length>,<remoteIP>,<remote_port> */
    ATC_FIELD(atc_quectel_tcpip_qird_udp, read_actual_length, ATC_T_INT, 0, ATC__QUECTEL_TCPIP_I_READ_ACTUAL_LENGTH),
    ATC_FIELD(atc_quectel_tcpip_qird_udp, remote_ip, ATC_T_STRING, 0, ATC__QUECTEL_TCPIP_I_APN),
    ATC_FIELD(atc_quectel_tcpip_qird_udp, remote_port, ATC_T_INT, 0, ATC__QUECTEL_TCPIP_I_PORT),
    /* QIRD_QUERY: +QIRD: <total_receive_length>,<have_read_length>,<unread_length> */
    ATC_FIELD(atc_quectel_tcpip_qird_query, total_receive_length, ATC_T_INT, 0, ATC__QUECTEL_TCPIP_I_APN),
    ATC_FIELD(atc_quectel_tcpip_qird_query, have_read_length, ATC_T_INT, 0, ATC__QUECTEL_TCPIP_I_APN),
    ATC_FIELD(atc_quectel_tcpip_qird_query, unread_length, ATC_T_INT, 0, ATC__QUECTEL_TCPIP_I_APN),
    /* QISENDEX_TEST: +QISENDEX: <connectID>,<hex_string> */
    ATC_FIELD(atc_quectel_tcpip_qisendex_test, connect_id, ATC_T_SUPPORTED, 0, ATC__QUECTEL_TCPIP_I_TRANSPKTSIZE_2),
    ATC_FIELD(atc_quectel_tcpip_qisendex_test, hex_string, ATC_T_SUPPORTED, 0, ATC__QUECTEL_TCPIP_I_TRANSPKTSIZE_2),
    /* QISWTMD_TEST: +QISWTMD: <connectID>,<access_mode> */
    ATC_FIELD(atc_quectel_tcpip_qiswtmd_test, connect_id, ATC_T_SUPPORTED, 0, ATC__QUECTEL_TCPIP_I_TRANSPKTSIZE_2),
    ATC_FIELD(atc_quectel_tcpip_qiswtmd_test, access_mode, ATC_T_SUPPORTED, 0, ATC__QUECTEL_TCPIP_I_TRANSPKTSIZE_2),
    /* QPING_TEST: +QPING: <contextID>,<host>,<timeout>,<pingnum> */
    ATC_FIELD(atc_quectel_tcpip_qping_test, context_id, ATC_T_SUPPORTED, 0, ATC__QUECTEL_TCPIP_I_TRANSPKTSIZE_2),
    ATC_FIELD(atc_quectel_tcpip_qping_test, host, ATC_T_SUPPORTED, 0, ATC__QUECTEL_TCPIP_I_TRANSPKTSIZE_2),
    ATC_FIELD(atc_quectel_tcpip_qping_test, timeout, ATC_T_SUPPORTED, 0, ATC__QUECTEL_TCPIP_I_TRANSPKTSIZE_2),
    ATC_FIELD(atc_quectel_tcpip_qping_test, ping_num, ATC_T_SUPPORTED, 0, ATC__QUECTEL_TCPIP_I_TRANSPKTSIZE_2),
    /* QNTP_TEST: +QNTP: <contextID>,<server>,<port>,<autosettime> */
    ATC_FIELD(atc_quectel_tcpip_qntp_test, context_id, ATC_T_SUPPORTED, 0, ATC__QUECTEL_TCPIP_I_TRANSPKTSIZE_2),
    ATC_FIELD(atc_quectel_tcpip_qntp_test, server, ATC_T_SUPPORTED, 0, ATC__QUECTEL_TCPIP_I_TRANSPKTSIZE_2),
    ATC_FIELD(atc_quectel_tcpip_qntp_test, port, ATC_T_SUPPORTED, 0, ATC__QUECTEL_TCPIP_I_TRANSPKTSIZE_2),
    ATC_FIELD(atc_quectel_tcpip_qntp_test, auto_set_time, ATC_T_SUPPORTED, 0, ATC__QUECTEL_TCPIP_I_TRANSPKTSIZE_2),
    /* QNTP_READ: +QNTP: <server>,<port> */
    ATC_FIELD(atc_quectel_tcpip_qntp_read, server, ATC_T_STRING, 0, ATC__QUECTEL_TCPIP_I_APN),
    ATC_FIELD(atc_quectel_tcpip_qntp_read, port, ATC_T_INT, 0, ATC__QUECTEL_TCPIP_I_PORT),
    /* QIDNSCFG_TEST: +QIDNSCFG: <contextID>,<pridnsaddr>,<secdnsaddr> */
    ATC_FIELD(atc_quectel_tcpip_qidnscfg_test, context_id, ATC_T_SUPPORTED, 0, ATC__QUECTEL_TCPIP_I_TRANSPKTSIZE_2),
    ATC_FIELD(atc_quectel_tcpip_qidnscfg_test, pri_dns_addr, ATC_T_SUPPORTED, 0, ATC__QUECTEL_TCPIP_I_TRANSPKTSIZE_2),
    ATC_FIELD(atc_quectel_tcpip_qidnscfg_test, sec_dns_addr, ATC_T_SUPPORTED, 0, ATC__QUECTEL_TCPIP_I_TRANSPKTSIZE_2),
    /* QIDNSCFG_IPV4V6: +QIDNSCFG: <contextID>,<ipv4pridnsaddr>,<ipv4secdnsaddr>,<ipv6pridnsaddr>,<ipv6secdnsaddr> */
    ATC_FIELD(atc_quectel_tcpip_qidnscfg_ipv4v6, context_id, ATC_T_INT, 0, ATC__QUECTEL_TCPIP_I_CONTEXTID),
    ATC_FIELD(atc_quectel_tcpip_qidnscfg_ipv4v6, ipv4_pri_dns_addr, ATC_T_STRING, 0, ATC__QUECTEL_TCPIP_I_REMOTEIP),
    ATC_FIELD(atc_quectel_tcpip_qidnscfg_ipv4v6, ipv4_sec_dns_addr, ATC_T_STRING, 0, ATC__QUECTEL_TCPIP_I_REMOTEIP),
    ATC_FIELD(atc_quectel_tcpip_qidnscfg_ipv4v6, ipv6_pri_dns_addr, ATC_T_STRING, 0, ATC__QUECTEL_TCPIP_I_IPV6_ADDRESS),
    ATC_FIELD(atc_quectel_tcpip_qidnscfg_ipv4v6, ipv6_sec_dns_addr, ATC_T_STRING, 0, ATC__QUECTEL_TCPIP_I_IPV6_ADDRESS),
    /* QIDNSCFG_IPV4: +QIDNSCFG: <contextID>,<ipv4pridnsaddr>,<ipv4secdnsaddr> */
    ATC_FIELD(atc_quectel_tcpip_qidnscfg_ipv4, context_id, ATC_T_INT, 0, ATC__QUECTEL_TCPIP_I_CONTEXTID),
    ATC_FIELD(atc_quectel_tcpip_qidnscfg_ipv4, ipv4_pri_dns_addr, ATC_T_STRING, 0, ATC__QUECTEL_TCPIP_I_REMOTEIP),
    ATC_FIELD(atc_quectel_tcpip_qidnscfg_ipv4, ipv4_sec_dns_addr, ATC_T_STRING, 0, ATC__QUECTEL_TCPIP_I_REMOTEIP),
    /* QIDNSCFG_IPV6: +QIDNSCFG: <contextID>,<ipv6pridnsaddr>,<ipv6secdnsaddr> */
    ATC_FIELD(atc_quectel_tcpip_qidnscfg_ipv6, context_id, ATC_T_INT, 0, ATC__QUECTEL_TCPIP_I_CONTEXTID),
    ATC_FIELD(atc_quectel_tcpip_qidnscfg_ipv6, ipv6_pri_dns_addr, ATC_T_STRING, 0, ATC__QUECTEL_TCPIP_I_IPV6_ADDRESS),
    ATC_FIELD(atc_quectel_tcpip_qidnscfg_ipv6, ipv6_sec_dns_addr, ATC_T_STRING, 0, ATC__QUECTEL_TCPIP_I_IPV6_ADDRESS),
    /* QIDNSGIP_TEST: +QIDNSGIP: <contextID>,<hostname> */
    ATC_FIELD(atc_quectel_tcpip_qidnsgip_test, context_id, ATC_T_SUPPORTED, 0, ATC__QUECTEL_TCPIP_I_TRANSPKTSIZE_2),
    ATC_FIELD(atc_quectel_tcpip_qidnsgip_test, hostname, ATC_T_SUPPORTED, 0, ATC__QUECTEL_TCPIP_I_TRANSPKTSIZE_2),
    /* QISDE_TEST: +QISDE: <echo> */
    ATC_FIELD(atc_quectel_tcpip_qisde_test, echo, ATC_T_SUPPORTED, 0, ATC__QUECTEL_TCPIP_I_TRANSPKTSIZE_2),
    /* QIGETERROR: +QIGETERROR: <err>,<errcode_description> */
    ATC_FIELD(atc_quectel_tcpip_qigeterror, err, ATC_T_INT, 0, ATC__QUECTEL_TCPIP_I_ERR_3),
    ATC_FIELD(atc_quectel_tcpip_qigeterror, err_code_description, ATC_T_TEXT, 0, ATC__QUECTEL_TCPIP_I_TRANSPKTSIZE_2),
    /* QIACTEX: +QIACTEX: <contextID>,<err>[,<context_type>[,<IPv4_address>][,<IPv6_address>]] */
    ATC_FIELD(atc_quectel_tcpip_qiactex, context_id, ATC_T_INT, 0, ATC__QUECTEL_TCPIP_I_CONTEXTID),
    ATC_FIELD(atc_quectel_tcpip_qiactex, err, ATC_T_INT, 0, ATC__QUECTEL_TCPIP_I_ERR_3),
    ATC_FIELD_OPT(atc_quectel_tcpip_qiactex, context_type, ATC_T_INT, ATC_F_OPTIONAL, ATC__QUECTEL_TCPIP_I_CONTEXT_TYPE),
    ATC_FIELD_OPT(atc_quectel_tcpip_qiactex, ipv4_address, ATC_T_STRING, ATC_F_OPTIONAL, ATC__QUECTEL_TCPIP_I_REMOTEIP),
    ATC_FIELD_OPT(atc_quectel_tcpip_qiactex, ipv6_address, ATC_T_STRING, ATC_F_OPTIONAL, ATC__QUECTEL_TCPIP_I_IPV6_ADDRESS),
    /* QIDEACTEX: +QIDEACTEX: <contextID>,<err> */
    ATC_FIELD(atc_quectel_tcpip_qideactex, context_id, ATC_T_INT, 0, ATC__QUECTEL_TCPIP_I_CONTEXTID),
    ATC_FIELD(atc_quectel_tcpip_qideactex, err, ATC_T_INT, 0, ATC__QUECTEL_TCPIP_I_ERR_3),
    /* QIOPEN: +QIOPEN: <connectID>,<err> */
    ATC_FIELD(atc_quectel_tcpip_qiopen, connect_id, ATC_T_INT, 0, ATC__QUECTEL_TCPIP_I_CONNECTID),
    ATC_FIELD(atc_quectel_tcpip_qiopen, err, ATC_T_INT, 0, ATC__QUECTEL_TCPIP_I_ERR_3),
    /* QPING: +QPING: <result>[,<IP_address>,<bytes>,<time>,<ttl>] */
    ATC_FIELD(atc_quectel_tcpip_qping, result, ATC_T_INT, 0, ATC__QUECTEL_TCPIP_I_ERR_3),
    ATC_FIELD_OPT(atc_quectel_tcpip_qping, ip_address, ATC_T_STRING, ATC_F_OPTIONAL, ATC__QUECTEL_TCPIP_I_REMOTEIP),
    ATC_FIELD_OPT(atc_quectel_tcpip_qping, bytes, ATC_T_INT, ATC_F_OPTIONAL, ATC__QUECTEL_TCPIP_I_APN),
    ATC_FIELD_OPT(atc_quectel_tcpip_qping, time, ATC_T_INT, ATC_F_OPTIONAL, ATC__QUECTEL_TCPIP_I_APN),
    ATC_FIELD_OPT(atc_quectel_tcpip_qping, ttl, ATC_T_INT, ATC_F_OPTIONAL, ATC__QUECTEL_TCPIP_I_TIMEOUT_2),
    /* QPING_SUMMARY: +QPING: <finresult>[,<sent>,<rcvd>,<lost>,<min>,<max>,<avg>] */
    ATC_FIELD(atc_quectel_tcpip_qping_summary, fin_result, ATC_T_INT, 0, ATC__QUECTEL_TCPIP_I_ERR_3),
    ATC_FIELD_OPT(atc_quectel_tcpip_qping_summary, sent, ATC_T_INT, ATC_F_OPTIONAL, ATC__QUECTEL_TCPIP_I_APN),
    ATC_FIELD_OPT(atc_quectel_tcpip_qping_summary, rcvd, ATC_T_INT, ATC_F_OPTIONAL, ATC__QUECTEL_TCPIP_I_APN),
    ATC_FIELD_OPT(atc_quectel_tcpip_qping_summary, lost, ATC_T_INT, ATC_F_OPTIONAL, ATC__QUECTEL_TCPIP_I_APN),
    ATC_FIELD_OPT(atc_quectel_tcpip_qping_summary, min, ATC_T_INT, ATC_F_OPTIONAL, ATC__QUECTEL_TCPIP_I_APN),
    ATC_FIELD_OPT(atc_quectel_tcpip_qping_summary, max, ATC_T_INT, ATC_F_OPTIONAL, ATC__QUECTEL_TCPIP_I_APN),
    ATC_FIELD_OPT(atc_quectel_tcpip_qping_summary, avg, ATC_T_INT, ATC_F_OPTIONAL, ATC__QUECTEL_TCPIP_I_APN),
    /* QNTP: +QNTP: <err>[,<time>] */
    ATC_FIELD(atc_quectel_tcpip_qntp, err, ATC_T_INT, 0, ATC__QUECTEL_TCPIP_I_ERR_3),
    ATC_FIELD_OPT(atc_quectel_tcpip_qntp, time, ATC_T_STRING, ATC_F_OPTIONAL, ATC__QUECTEL_TCPIP_I_APN),
    /* QIURC_CLOSED: +QIURC: "closed",<connectID> */
    ATC_LITERAL(ATC__QUECTEL_TCPIP_I_LIT_CLOSED), /* "closed" */
    ATC_FIELD(atc_quectel_tcpip_qiurc_closed, connect_id, ATC_T_INT, 0, ATC__QUECTEL_TCPIP_I_CONNECTID),
    /* QIURC_RECV: +QIURC: "recv",<connectID> */
    ATC_LITERAL(ATC__QUECTEL_TCPIP_I_LIT_RECV), /* "recv" */
    ATC_FIELD(atc_quectel_tcpip_qiurc_recv, connect_id, ATC_T_INT, 0, ATC__QUECTEL_TCPIP_I_CONNECTID),
    /* QIURC_RECV_PUSH: +QIURC: "recv",<connectID>,<currentrecvlength> */
    ATC_LITERAL(ATC__QUECTEL_TCPIP_I_LIT_RECV), /* "recv" */
    ATC_FIELD(atc_quectel_tcpip_qiurc_recv_push, connect_id, ATC_T_INT, 0, ATC__QUECTEL_TCPIP_I_CONNECTID),
    ATC_FIELD(atc_quectel_tcpip_qiurc_recv_push, current_recv_length, ATC_T_INT, 0, ATC__QUECTEL_TCPIP_I_CURRENTRECVLENGTH),
    /* QIURC_RECV_UDP: +QIURC: "recv",<connectID>,<currentrecvlength>,<remoteIP>,<remote_port> */
    ATC_LITERAL(ATC__QUECTEL_TCPIP_I_LIT_RECV), /* "recv" */
    ATC_FIELD(atc_quectel_tcpip_qiurc_recv_udp, connect_id, ATC_T_INT, 0, ATC__QUECTEL_TCPIP_I_CONNECTID),
    ATC_FIELD(atc_quectel_tcpip_qiurc_recv_udp, current_recv_length, ATC_T_INT, 0, ATC__QUECTEL_TCPIP_I_CURRENTRECVLENGTH),
    ATC_FIELD(atc_quectel_tcpip_qiurc_recv_udp, remote_ip, ATC_T_STRING, 0, ATC__QUECTEL_TCPIP_I_APN),
    ATC_FIELD(atc_quectel_tcpip_qiurc_recv_udp, remote_port, ATC_T_INT, 0, ATC__QUECTEL_TCPIP_I_PORT),
    /* QIURC_INCOMING_FULL: +QIURC: "incoming full" */
    ATC_LITERAL(ATC__QUECTEL_TCPIP_I_LIT_INCOMING_FULL), /* "incoming full" */
    /* QIURC_INCOMING: +QIURC: "incoming",<connectID>,<serverID>,<remoteIP>,<remote_port> */
    ATC_LITERAL(ATC__QUECTEL_TCPIP_I_LIT_INCOMING), /* "incoming" */
    ATC_FIELD(atc_quectel_tcpip_qiurc_incoming, connect_id, ATC_T_INT, 0, ATC__QUECTEL_TCPIP_I_CONNECTID),
    ATC_FIELD(atc_quectel_tcpip_qiurc_incoming, server_id, ATC_T_INT, 0, ATC__QUECTEL_TCPIP_I_APN),
    ATC_FIELD(atc_quectel_tcpip_qiurc_incoming, remote_ip, ATC_T_STRING, 0, ATC__QUECTEL_TCPIP_I_APN),
    ATC_FIELD(atc_quectel_tcpip_qiurc_incoming, remote_port, ATC_T_INT, 0, ATC__QUECTEL_TCPIP_I_PORT),
    /* QIURC_PDPDEACT: +QIURC: "pdpdeact",<contextID> */
    ATC_LITERAL(ATC__QUECTEL_TCPIP_I_LIT_PDPDEACT), /* "pdpdeact" */
    ATC_FIELD(atc_quectel_tcpip_qiurc_pdpdeact, context_id, ATC_T_INT, 0, ATC__QUECTEL_TCPIP_I_CONTEXTID),
    /* QIURC_DNSGIP: +QIURC: "dnsgip",<err>[,<IP_count>,<DNS_ttl>] */
    ATC_LITERAL(ATC__QUECTEL_TCPIP_I_LIT_DNSGIP), /* "dnsgip" */
    ATC_FIELD(atc_quectel_tcpip_qiurc_dnsgip, err, ATC_T_INT, 0, ATC__QUECTEL_TCPIP_I_ERR_3),
    ATC_FIELD_OPT(atc_quectel_tcpip_qiurc_dnsgip, ip_count, ATC_T_INT, ATC_F_OPTIONAL, ATC__QUECTEL_TCPIP_I_APN),
    ATC_FIELD_OPT(atc_quectel_tcpip_qiurc_dnsgip, dns_ttl, ATC_T_INT, ATC_F_OPTIONAL, ATC__QUECTEL_TCPIP_I_APN),
    /* QIURC_DNSGIP_IP: +QIURC: "dnsgip",<hostIPAddr> */
    ATC_LITERAL(ATC__QUECTEL_TCPIP_I_LIT_DNSGIP), /* "dnsgip" */
    ATC_FIELD(atc_quectel_tcpip_qiurc_dnsgip_ip, host_ip_addr, ATC_T_STRING, 0, ATC__QUECTEL_TCPIP_I_APN),
    ATC_LITERAL(0)
};

/* Field-presence shapes (mask, values on the wire, 1: takes any more), shortest first. */
static const atc_shape atc__quectel_tcpip_shapes[] = {
    {0x0u, 0, 0},
    {0x1u, 1, 1},
    {0x1u, 1, 0},
    {0x3u, 2, 0},
    {0x1u, 1, 0},
    {0x7u, 3, 0},
    {0x1u, 1, 0},
    {0x3u, 2, 0},
    {0x1fu, 5, 0},
    {0x1u, 1, 0},
    {0x3u, 2, 0},
    {0x7u, 3, 0},
    {0xfu, 4, 0},
    {0x1fu, 5, 0},
    {0x1u, 1, 0},
    {0x7u, 3, 0},
    {0x27u, 4, 0},
    {0x1fu, 5, 0},
    {0x3fu, 6, 0},
    {0x1fu, 5, 0},
    {0x3fu, 6, 0},
    {0x7fu, 7, 0},
    {0xffu, 8, 0},
    {0x1u, 1, 0},
    {0x3u, 2, 0},
    {0xfu, 4, 0},
    {0x7u, 3, 0},
    {0xfu, 4, 0},
    {0x17u, 4, 0},
    {0x1fu, 5, 0},
    {0x3ffu, 10, 0},
    {0x3u, 2, 2},
    {0x3u, 2, 0},
    {0x7u, 3, 0},
    {0xfu, 4, 0},
    {0x17u, 4, 0},
    {0x1fu, 5, 0},
    {0x1u, 1, 0},
    {0x1fu, 5, 0},
    {0x1u, 1, 0},
    {0x7fu, 7, 0},
    {0, 0, 0}
};

/* Message ids: the command forms responses answer, and the candidates of each head. */
static const uint16_t atc__quectel_tcpip_ids[] = {
9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24,
25, 26, 27, 28, 29, 30, 31, 32, 34, 36, 37, 39, 41, 43, 46, 48,
47, 49, 50, 51, 52, 53, 54, 55, 57, 59, 60, 62, 63, 64, 66, 67,
70, 0, 1, 2, 3, 4, 5, 6, 7, 33, 35, 38, 40, 42, 44, 45,
56, 58, 61, 65, 68, 69, 71, 72, 73, 74, 75, 76, 77, 78, 79, 80,
81, 82, 83, 84, 85, 86, 87, 88, 89, 90, 91, 92, 93, 94, 95, 96,
97, 98, 99, 100, 101, 102, 103, 104, 105, 106, 107, 108, 109, 110, 111, 112,
113, 114, 115, 141, 116, 142, 117, 143, 118, 119, 120, 121, 122, 123, 124, 125,
126, 127, 128, 129, 130, 144, 145, 131, 132, 146, 133, 134, 135, 136, 137, 138,
139, 140, 147, 148, 149, 150, 151, 152, 153, 154, 155, 71, 90, 72, 91, 73,
92, 74, 93, 75, 94, 76, 95, 77, 96, 78, 97, 79, 98, 80, 99, 81,
100, 82, 101, 83, 102, 84, 103, 85, 104, 86, 105, 87, 106, 88, 107, 89,
108,
    0
};

/* Data phases of commands: the first rule whose condition holds applies. */
static const atc_prompt_desc atc__quectel_tcpip_prompts[] = {
    /* when_field, when_kind, none, after_ok, when_value, length_field, cancel, terminator, max_len, hex, echo_state */
    {1, 1, 1, 0, 0, -1, -1, 0, 0, 0xffff, 255}, /* AT_QISEND_SET */
    {-1, 0, 0, 0, 0, 1, 27, 945, 1460, 0x0, 0}, /* AT_QISEND_SET */
};

/* Payloads announced by a line: the length field, and when the bytes follow. */
static const atc_payload_desc atc__quectel_tcpip_payloads[] = {
    /* field, inline_after, max_len, when, inline_when, hex_when */
    {0, 0, 1500, 0xffff, 0x1, 0x2}, /* QIRD_DATA */
    {0, 0, 1500, 0xffff, 0x3, 0x4}, /* QIRD_UDP */
    {2, 0, 1500, 0x5, 0x7, 0x8}, /* QIURC_RECV_PUSH */
    {2, 0, 1500, 0x9, 0xb, 0xc}, /* QIURC_RECV_UDP */
};

/* Conditions on the session state: (state, field choosing the cell, value, 1 ends a group / 2 the list). */
static const atc_cond atc__quectel_tcpip_conds[] = {
    {4, -1, 1, 2},
    {2, -1, 1, 2},
    {3, -1, 1, 2},
    {2, -1, 1, 2},
    {3, -1, 1, 2},
    {1, -1, 0, 1},
    {6, 1, 1, 2},
    {2, -1, 1, 2},
    {3, -1, 1, 2},
    {1, -1, 0, 1},
    {6, 1, 1, 2},
    {2, -1, 1, 2},
    {3, -1, 1, 2},
    {5, -1, 1, 2},
};

/* What commands do to the session state: (command, state, field, cell field, value, 1: at its OK
 * | 2: `value` when the field is absent). */
static const atc_effect atc__quectel_tcpip_effects[] = {
    {ATC_QUECTEL_TCPIP_AT_QICFG_SET_DATAFORMAT, ATC_QUECTEL_TCPIP_STATE_RECV_DATA_FORMAT, 2, -1, 0, 1},
    {ATC_QUECTEL_TCPIP_AT_QICFG_SET_DATAFORMAT, ATC_QUECTEL_TCPIP_STATE_SEND_DATA_FORMAT, 1, -1, 0, 1},
    {ATC_QUECTEL_TCPIP_AT_QICFG_SET_VIEWMODE, ATC_QUECTEL_TCPIP_STATE_VIEW_MODE, 1, -1, 0, 1},
    {ATC_QUECTEL_TCPIP_AT_QICFG_SET_CLOSE_MODE, ATC_QUECTEL_TCPIP_STATE_CLOSE_MODE, 1, -1, 0, 1},
    {ATC_QUECTEL_TCPIP_AT_QICFG_SET_RECVIND, ATC_QUECTEL_TCPIP_STATE_RECVIND, 1, -1, 0, 1},
    {ATC_QUECTEL_TCPIP_AT_QIOPEN_SET, ATC_QUECTEL_TCPIP_STATE_ACCESS_MODE, 6, 1, 0, 3},
    {ATC_QUECTEL_TCPIP_AT_QISWTMD_SET, ATC_QUECTEL_TCPIP_STATE_ACCESS_MODE, 1, 0, 0, 1},
    {ATC_QUECTEL_TCPIP_AT_QISDE_SET, ATC_QUECTEL_TCPIP_STATE_DATA_ECHO, 0, -1, 0, 1},
};

/* Session states: first cell, cells, default. */
static const uint8_t atc__quectel_tcpip_states[] = {
    0, 1, 3, /* data_echo */
    1, 1, 0, /* recvind */
    2, 1, 0, /* view_mode */
    3, 1, 0, /* recv_data_format */
    4, 1, 0, /* send_data_format */
    5, 1, 3, /* close_mode */
    6, 12, 0, /* access_mode */
};


/* Completion rules (gen/completion.py): the URC lines that complete a command form after its final
 * result, and the part each plays. */
static const atc_await_part atc__quectel_tcpip_await_parts[] = {
    /* urc, values, key, value_field, count_field, nvalues, role */
    {ATC_QUECTEL_TCPIP_QIACTEX, 0, 0, -1, -1, 0, ATC_AWAIT_ENDS},
    {ATC_QUECTEL_TCPIP_QIDEACTEX, 0, 0, -1, -1, 0, ATC_AWAIT_ENDS},
    {ATC_QUECTEL_TCPIP_QIOPEN, 0, 0, -1, -1, 0, ATC_AWAIT_ENDS},
    {ATC_QUECTEL_TCPIP_QIURC_CLOSED, 0, 1, -1, -1, 0, ATC_AWAIT_ENDS},
    {ATC_QUECTEL_TCPIP_QPING_SUMMARY, 0, -1, -1, -1, 0, ATC_AWAIT_ENDS},
    {ATC_QUECTEL_TCPIP_QPING, 0, -1, -1, -1, 0, ATC_AWAIT_REPLY},
    {ATC_QUECTEL_TCPIP_QNTP, 0, -1, -1, -1, 0, ATC_AWAIT_ENDS},
    {ATC_QUECTEL_TCPIP_QIURC_DNSGIP, 0, -1, -1, 2, 0, ATC_AWAIT_ENDS},
    {ATC_QUECTEL_TCPIP_QIURC_DNSGIP_IP, 0, -1, -1, -1, 0, ATC_AWAIT_COUNTED},
};
static const atc_completion atc__quectel_tcpip_completions[] = {
    /* ms, cmd, parts, key_resp, when, cmd_conds, count_default, unit_ms, key_field, count_field, ms_field,
     * nparts, ncmd_conds */
    {150000u, ATC_QUECTEL_TCPIP_AT_QIACTEX_SET, 0, ATC_NO_MSG, 0xffff, 0, 0, 1, 0, -1, -1, 1, 0}, /* line 396 */
    {40000u, ATC_QUECTEL_TCPIP_AT_QIDEACTEX_SET, 1, ATC_NO_MSG, 0xffff, 0, 0, 1, 0, -1, -1, 1, 0}, /* line 419 */
    {150000u, ATC_QUECTEL_TCPIP_AT_QIOPEN_SET, 2, ATC_NO_MSG, 0xffff, 130, 0, 1, 1, -1, -1, 1, 1}, /* line 436 */
    {10000u, ATC_QUECTEL_TCPIP_AT_QICLOSE_SET, 3, ATC_NO_MSG, 0xd, 0, 0, 1000, 0, -1, 1, 1, 0}, /* line 484 */
    {4000u, ATC_QUECTEL_TCPIP_AT_QPING_SET, 4, ATC_NO_MSG, 0xffff, 0, 4, 1000, -1, 3, 2, 2, 0}, /* line 635 */
    {700000u, ATC_QUECTEL_TCPIP_AT_QNTP_SET, 6, ATC_NO_MSG, 0xffff, 0, 0, 1, -1, -1, -1, 1, 0}, /* line 666 */
    {60000u, ATC_QUECTEL_TCPIP_AT_QIDNSGIP_SET, 7, ATC_NO_MSG, 0xffff, 0, 0, 1, -1, -1, -1, 2, 0}, /* line 707 */
};
/* Response times the document states: (ms, command, ms per unit of field, field giving it). */
static const atc_timing atc__quectel_tcpip_timings[] = {
    {150000u, ATC_QUECTEL_TCPIP_AT_QIACT_TEST, 1, -1},
    {150000u, ATC_QUECTEL_TCPIP_AT_QIACT_READ, 1, -1},
    {150000u, ATC_QUECTEL_TCPIP_AT_QIACT_SET, 1, -1},
    {40000u, ATC_QUECTEL_TCPIP_AT_QIDEACT_TEST, 1, -1},
    {40000u, ATC_QUECTEL_TCPIP_AT_QIDEACT_SET, 1, -1},
    {150000u, ATC_QUECTEL_TCPIP_AT_QIACTEX_TEST, 1, -1},
    {150000u, ATC_QUECTEL_TCPIP_AT_QIACTEX_READ, 1, -1},
    {150000u, ATC_QUECTEL_TCPIP_AT_QIACTEX_SET, 1, -1},
    {40000u, ATC_QUECTEL_TCPIP_AT_QIDEACTEX_TEST, 1, -1},
    {40000u, ATC_QUECTEL_TCPIP_AT_QIDEACTEX_SET, 1, -1},
    {150000u, ATC_QUECTEL_TCPIP_AT_QIOPEN_TEST, 1, -1},
    {150000u, ATC_QUECTEL_TCPIP_AT_QIOPEN_SET, 1, -1},
    {10000u, ATC_QUECTEL_TCPIP_AT_QICLOSE_TEST, 1000, -1},
    {10000u, ATC_QUECTEL_TCPIP_AT_QICLOSE_SET, 1000, 1},
    {700000u, ATC_QUECTEL_TCPIP_AT_QNTP_TEST, 1, -1},
    {700000u, ATC_QUECTEL_TCPIP_AT_QNTP_READ, 1, -1},
    {700000u, ATC_QUECTEL_TCPIP_AT_QNTP_SET, 1, -1},
    {60000u, ATC_QUECTEL_TCPIP_AT_QIDNSGIP_TEST, 1, -1},
    {60000u, ATC_QUECTEL_TCPIP_AT_QIDNSGIP_SET, 1, -1},
    {300u, ATC_QUECTEL_TCPIP_AT_QIGETERROR_TEST, 1, -1},
    {300u, ATC_QUECTEL_TCPIP_AT_QIGETERROR_EXEC, 1, -1},
};

/* ---- Messages ---- */
static const atc_msg_desc atc__quectel_tcpip_msgs[] = {
    /* kind, form, flags, fields, shapes, size, answers, extra, nfields, nshapes, nanswers, nindex, tag_first,
     * max_count */
    {ATC_KIND_FINAL, ATC_FORM_NONE, 0,
      ATC__QUECTEL_TCPIP_F_NONE, 0, sizeof(atc_quectel_tcpip_ok), 0, 0,
      0, 1, 0, 0, -1, 0}, /* OK */
    {ATC_KIND_FINAL, ATC_FORM_NONE, ATC_M_ERROR,
      ATC__QUECTEL_TCPIP_F_NONE, 0, sizeof(atc_quectel_tcpip_error), 0, 0,
      0, 1, 0, 0, -1, 0}, /* ERROR */
    {ATC_KIND_FINAL, ATC_FORM_NONE, ATC_M_ERROR,
      ATC__QUECTEL_TCPIP_F_CME_ERROR, 1, sizeof(atc_quectel_tcpip_cme_error), 0, 0,
      1, 1, 0, 0, -1, 255}, /* CME_ERROR */
    {ATC_KIND_FINAL, ATC_FORM_NONE, ATC_M_ERROR,
      ATC__QUECTEL_TCPIP_F_CMS_ERROR, 1, sizeof(atc_quectel_tcpip_cms_error), 0, 0,
      1, 1, 0, 0, -1, 255}, /* CMS_ERROR */
    {ATC_KIND_FINAL, ATC_FORM_NONE, 0,
      ATC__QUECTEL_TCPIP_F_NONE, 0, sizeof(atc_quectel_tcpip_send_ok), 0, 0,
      0, 1, 0, 0, -1, 0}, /* SEND_OK */
    {ATC_KIND_FINAL, ATC_FORM_NONE, ATC_M_ERROR,
      ATC__QUECTEL_TCPIP_F_NONE, 0, sizeof(atc_quectel_tcpip_send_fail), 0, 0,
      0, 1, 0, 0, -1, 0}, /* SEND_FAIL */
    {ATC_KIND_INTERMEDIATE, ATC_FORM_NONE, ATC_M_ENTERS_DATA | ATC_M_ENDS_COMMAND,
      ATC__QUECTEL_TCPIP_F_NONE, 0, sizeof(atc_quectel_tcpip_connect), 0, 0,
      0, 1, 0, 0, -1, 0}, /* CONNECT */
    {ATC_KIND_FINAL, ATC_FORM_NONE, ATC_M_LEAVES_DATA | ATC_M_ERROR,
      ATC__QUECTEL_TCPIP_F_NONE, 0, sizeof(atc_quectel_tcpip_no_carrier), 0, 0,
      0, 1, 0, 0, -1, 0}, /* NO_CARRIER */
    {ATC_KIND_INTERMEDIATE, ATC_FORM_NONE, ATC_M_PROMPT,
      ATC__QUECTEL_TCPIP_F_NONE, 0, sizeof(atc_quectel_tcpip_prompt), 0, 0,
      0, 1, 0, 0, -1, 0}, /* PROMPT */
    {ATC_KIND_COMMAND, ATC_FORM_TEST, 0,
      ATC__QUECTEL_TCPIP_F_NONE, 0, sizeof(atc_quectel_tcpip_at_qicfg_test), 0, 0,
      0, 1, 0, 0, -1, 0}, /* AT_QICFG_TEST */
    {ATC_KIND_COMMAND, ATC_FORM_SET, 0,
      ATC__QUECTEL_TCPIP_F_AT_QICFG_SET_TRANSPKTSIZE, 2, sizeof(atc_quectel_tcpip_at_qicfg_set_transpktsize), 0, 0,
      2, 2, 0, 0, -1, 2}, /* AT_QICFG_SET_TRANSPKTSIZE */
    {ATC_KIND_COMMAND, ATC_FORM_SET, 0,
      ATC__QUECTEL_TCPIP_F_AT_QICFG_SET_TRANSWAITTM, 2, sizeof(atc_quectel_tcpip_at_qicfg_set_transwaittm), 0, 0,
      2, 2, 0, 0, -1, 2}, /* AT_QICFG_SET_TRANSWAITTM */
    {ATC_KIND_COMMAND, ATC_FORM_SET, ATC_M_SETS_STATE,
      ATC__QUECTEL_TCPIP_F_AT_QICFG_SET_DATAFORMAT, 4, sizeof(atc_quectel_tcpip_at_qicfg_set_dataformat), 0, 0,
      3, 2, 0, 0, -1, 3}, /* AT_QICFG_SET_DATAFORMAT */
    {ATC_KIND_COMMAND, ATC_FORM_SET, ATC_M_SETS_STATE,
      ATC__QUECTEL_TCPIP_F_AT_QICFG_SET_VIEWMODE, 2, sizeof(atc_quectel_tcpip_at_qicfg_set_viewmode), 0, 0,
      2, 2, 0, 0, -1, 2}, /* AT_QICFG_SET_VIEWMODE */
    {ATC_KIND_COMMAND, ATC_FORM_SET, 0,
      ATC__QUECTEL_TCPIP_F_AT_QICFG_SET_UDP_SENDMODE, 2, sizeof(atc_quectel_tcpip_at_qicfg_set_udp_sendmode), 0, 0,
      2, 2, 0, 0, -1, 2}, /* AT_QICFG_SET_UDP_SENDMODE */
    {ATC_KIND_COMMAND, ATC_FORM_SET, 0,
      ATC__QUECTEL_TCPIP_F_AT_QICFG_SET_UDP_READMODE, 2, sizeof(atc_quectel_tcpip_at_qicfg_set_udp_readmode), 0, 0,
      2, 2, 0, 0, -1, 2}, /* AT_QICFG_SET_UDP_READMODE */
    {ATC_KIND_COMMAND, ATC_FORM_SET, 0,
      ATC__QUECTEL_TCPIP_F_AT_QICFG_SET_TCP_ACCEPT, 2, sizeof(atc_quectel_tcpip_at_qicfg_set_tcp_accept), 0, 0,
      2, 2, 0, 0, -1, 2}, /* AT_QICFG_SET_TCP_ACCEPT */
    {ATC_KIND_COMMAND, ATC_FORM_SET, 0,
      ATC__QUECTEL_TCPIP_F_AT_QICFG_SET_PASSIVECLOSED, 2, sizeof(atc_quectel_tcpip_at_qicfg_set_passiveclosed), 0, 0,
      2, 2, 0, 0, -1, 2}, /* AT_QICFG_SET_PASSIVECLOSED */
    {ATC_KIND_COMMAND, ATC_FORM_SET, ATC_M_SETS_STATE,
      ATC__QUECTEL_TCPIP_F_AT_QICFG_SET_CLOSE_MODE, 2, sizeof(atc_quectel_tcpip_at_qicfg_set_close_mode), 0, 0,
      2, 2, 0, 0, -1, 2}, /* AT_QICFG_SET_CLOSE_MODE */
    {ATC_KIND_COMMAND, ATC_FORM_SET, ATC_M_SETS_STATE,
      ATC__QUECTEL_TCPIP_F_AT_QICFG_SET_RECVIND, 2, sizeof(atc_quectel_tcpip_at_qicfg_set_recvind), 0, 0,
      2, 2, 0, 0, -1, 2}, /* AT_QICFG_SET_RECVIND */
    {ATC_KIND_COMMAND, ATC_FORM_SET, 0,
      ATC__QUECTEL_TCPIP_F_AT_QICFG_SET_TCP_KEEPALIVE, 6, sizeof(atc_quectel_tcpip_at_qicfg_set_tcp_keepalive), 0, 0,
      5, 3, 0, 0, -1, 5}, /* AT_QICFG_SET_TCP_KEEPALIVE */
    {ATC_KIND_COMMAND, ATC_FORM_SET, 0,
      ATC__QUECTEL_TCPIP_F_AT_QICFG_SET_TCP_RETRANSCFG, 4, sizeof(atc_quectel_tcpip_at_qicfg_set_tcp_retranscfg), 0, 0,
      3, 2, 0, 0, -1, 3}, /* AT_QICFG_SET_TCP_RETRANSCFG */
    {ATC_KIND_COMMAND, ATC_FORM_SET, 0,
      ATC__QUECTEL_TCPIP_F_AT_QICFG_SET_SEND_AUTO, 9, sizeof(atc_quectel_tcpip_at_qicfg_set_send_auto), 0, 0,
      5, 5, 0, 0, -1, 5}, /* AT_QICFG_SET_SEND_AUTO */
    {ATC_KIND_COMMAND, ATC_FORM_SET, 0,
      ATC__QUECTEL_TCPIP_F_AT_QICFG_SET_FORMATCFG, 2, sizeof(atc_quectel_tcpip_at_qicfg_set_formatcfg), 0, 0,
      2, 2, 0, 0, -1, 2}, /* AT_QICFG_SET_FORMATCFG */
    {ATC_KIND_COMMAND, ATC_FORM_SET, 0,
      ATC__QUECTEL_TCPIP_F_AT_QICFG_SET_QISEND_TIMEOUT, 2, sizeof(atc_quectel_tcpip_at_qicfg_set_qisend_timeout), 0, 0,
      2, 2, 0, 0, -1, 2}, /* AT_QICFG_SET_QISEND_TIMEOUT */
    {ATC_KIND_COMMAND, ATC_FORM_SET, 0,
      ATC__QUECTEL_TCPIP_F_AT_QICFG_SET_TCP_DELAY_ACK, 2, sizeof(atc_quectel_tcpip_at_qicfg_set_tcp_delay_ack), 0, 0,
      2, 2, 0, 0, -1, 2}, /* AT_QICFG_SET_TCP_DELAY_ACK */
    {ATC_KIND_COMMAND, ATC_FORM_SET, 0,
      ATC__QUECTEL_TCPIP_F_AT_QICFG_SET_DNS_CACHE, 2, sizeof(atc_quectel_tcpip_at_qicfg_set_dns_cache), 0, 0,
      2, 2, 0, 0, -1, 2}, /* AT_QICFG_SET_DNS_CACHE */
    {ATC_KIND_COMMAND, ATC_FORM_SET, 0,
      ATC__QUECTEL_TCPIP_F_AT_QICFG_SET_TCP_TWRECYCLE, 2, sizeof(atc_quectel_tcpip_at_qicfg_set_tcp_twrecycle), 0, 0,
      2, 2, 0, 0, -1, 2}, /* AT_QICFG_SET_TCP_TWRECYCLE */
    {ATC_KIND_COMMAND, ATC_FORM_SET, 0,
      ATC__QUECTEL_TCPIP_F_AT_QICFG_SET_DNS_RETRY, 4, sizeof(atc_quectel_tcpip_at_qicfg_set_dns_retry), 0, 0,
      3, 2, 0, 0, -1, 3}, /* AT_QICFG_SET_DNS_RETRY */
    {ATC_KIND_COMMAND, ATC_FORM_TEST, 0,
      ATC__QUECTEL_TCPIP_F_NONE, 0, sizeof(atc_quectel_tcpip_at_qicsgp_test), 0, 0,
      0, 1, 0, 0, -1, 0}, /* AT_QICSGP_TEST */
    {ATC_KIND_COMMAND, ATC_FORM_SET, 0,
      ATC__QUECTEL_TCPIP_F_AT_QICSGP_SET, 14, sizeof(atc_quectel_tcpip_at_qicsgp_set), 0, 0,
      6, 5, 0, 0, -1, 6}, /* AT_QICSGP_SET */
    {ATC_KIND_COMMAND, ATC_FORM_TEST, 0,
      ATC__QUECTEL_TCPIP_F_NONE, 0, sizeof(atc_quectel_tcpip_at_qiact_test), 0, 0,
      0, 1, 0, 0, -1, 0}, /* AT_QIACT_TEST */
    {ATC_KIND_COMMAND, ATC_FORM_READ, 0,
      ATC__QUECTEL_TCPIP_F_NONE, 0, sizeof(atc_quectel_tcpip_at_qiact_read), 0, 0,
      0, 1, 0, 0, -1, 0}, /* AT_QIACT_READ */
    {ATC_KIND_COMMAND, ATC_FORM_SET, 0,
      ATC__QUECTEL_TCPIP_F_AT_QIACT_SET, 2, sizeof(atc_quectel_tcpip_at_qiact_set), 0, 0,
      1, 1, 0, 0, -1, 1}, /* AT_QIACT_SET */
    {ATC_KIND_COMMAND, ATC_FORM_TEST, 0,
      ATC__QUECTEL_TCPIP_F_NONE, 0, sizeof(atc_quectel_tcpip_at_qideact_test), 0, 0,
      0, 1, 0, 0, -1, 0}, /* AT_QIDEACT_TEST */
    {ATC_KIND_COMMAND, ATC_FORM_SET, 0,
      ATC__QUECTEL_TCPIP_F_AT_QIACT_SET, 2, sizeof(atc_quectel_tcpip_at_qideact_set), 0, 0,
      1, 1, 0, 0, -1, 1}, /* AT_QIDEACT_SET */
    {ATC_KIND_COMMAND, ATC_FORM_TEST, 0,
      ATC__QUECTEL_TCPIP_F_NONE, 0, sizeof(atc_quectel_tcpip_at_qiactex_test), 0, 0,
      0, 1, 0, 0, -1, 0}, /* AT_QIACTEX_TEST */
    {ATC_KIND_COMMAND, ATC_FORM_READ, 0,
      ATC__QUECTEL_TCPIP_F_NONE, 0, sizeof(atc_quectel_tcpip_at_qiactex_read), 0, 0,
      0, 1, 0, 0, -1, 0}, /* AT_QIACTEX_READ */
    {ATC_KIND_COMMAND, ATC_FORM_SET, ATC_M_AWAITS,
      ATC__QUECTEL_TCPIP_F_AT_QIACTEX_SET, 2, sizeof(atc_quectel_tcpip_at_qiactex_set), 0, 0,
      2, 2, 0, 0, -1, 2}, /* AT_QIACTEX_SET */
    {ATC_KIND_COMMAND, ATC_FORM_TEST, 0,
      ATC__QUECTEL_TCPIP_F_NONE, 0, sizeof(atc_quectel_tcpip_at_qideactex_test), 0, 0,
      0, 1, 0, 0, -1, 0}, /* AT_QIDEACTEX_TEST */
    {ATC_KIND_COMMAND, ATC_FORM_SET, ATC_M_AWAITS,
      ATC__QUECTEL_TCPIP_F_AT_QIACT_SET, 2, sizeof(atc_quectel_tcpip_at_qideactex_set), 0, 0,
      1, 1, 0, 0, -1, 1}, /* AT_QIDEACTEX_SET */
    {ATC_KIND_COMMAND, ATC_FORM_TEST, 0,
      ATC__QUECTEL_TCPIP_F_NONE, 0, sizeof(atc_quectel_tcpip_at_qiopen_test), 0, 0,
      0, 1, 0, 0, -1, 0}, /* AT_QIOPEN_TEST */
    {ATC_KIND_COMMAND, ATC_FORM_SET, ATC_M_AWAITS | ATC_M_SETS_STATE,
      ATC__QUECTEL_TCPIP_F_AT_QIOPEN_SET, 19, sizeof(atc_quectel_tcpip_at_qiopen_set), 0, 0,
      8, 4, 0, 0, -1, 8}, /* AT_QIOPEN_SET */
    {ATC_KIND_COMMAND, ATC_FORM_TEST, 0,
      ATC__QUECTEL_TCPIP_F_NONE, 0, sizeof(atc_quectel_tcpip_at_qiclose_test), 0, 0,
      0, 1, 0, 0, -1, 0}, /* AT_QICLOSE_TEST */
    {ATC_KIND_COMMAND, ATC_FORM_SET, ATC_M_AWAITS,
      ATC__QUECTEL_TCPIP_F_AT_QICLOSE_SET, 2, sizeof(atc_quectel_tcpip_at_qiclose_set), 0, 0,
      2, 2, 0, 0, -1, 2}, /* AT_QICLOSE_SET */
    {ATC_KIND_COMMAND, ATC_FORM_TEST, 0,
      ATC__QUECTEL_TCPIP_F_NONE, 0, sizeof(atc_quectel_tcpip_at_qistate_test), 0, 0,
      0, 1, 0, 0, -1, 0}, /* AT_QISTATE_TEST */
    {ATC_KIND_COMMAND, ATC_FORM_READ, 0,
      ATC__QUECTEL_TCPIP_F_NONE, 0, sizeof(atc_quectel_tcpip_at_qistate_read), 0, 0,
      0, 1, 0, 0, -1, 0}, /* AT_QISTATE_READ */
    {ATC_KIND_COMMAND, ATC_FORM_SET, 0,
      ATC__QUECTEL_TCPIP_F_AT_QISTATE_SET, 3, sizeof(atc_quectel_tcpip_at_qistate_set), 0, 0,
      2, 1, 0, 0, -1, 2}, /* AT_QISTATE_SET */
    {ATC_KIND_COMMAND, ATC_FORM_EXEC, 0,
      ATC__QUECTEL_TCPIP_F_NONE, 0, sizeof(atc_quectel_tcpip_at_qistate_exec), 0, 0,
      0, 1, 0, 0, -1, 0}, /* AT_QISTATE_EXEC */
    {ATC_KIND_COMMAND, ATC_FORM_TEST, 0,
      ATC__QUECTEL_TCPIP_F_NONE, 0, sizeof(atc_quectel_tcpip_at_qisend_test), 0, 0,
      0, 1, 0, 0, -1, 0}, /* AT_QISEND_TEST */
    {ATC_KIND_COMMAND, ATC_FORM_SET, 0,
      ATC__QUECTEL_TCPIP_F_AT_QISEND_SET, 23, sizeof(atc_quectel_tcpip_at_qisend_set), 0, 0,
      4, 3, 2, 0, -1, 4}, /* AT_QISEND_SET */
    {ATC_KIND_COMMAND, ATC_FORM_TEST, 0,
      ATC__QUECTEL_TCPIP_F_NONE, 0, sizeof(atc_quectel_tcpip_at_qird_test), 0, 0,
      0, 1, 0, 0, -1, 0}, /* AT_QIRD_TEST */
    {ATC_KIND_COMMAND, ATC_FORM_SET, 0,
      ATC__QUECTEL_TCPIP_F_AT_QIRD_SET, 2, sizeof(atc_quectel_tcpip_at_qird_set), 0, 0,
      2, 2, 0, 0, -1, 2}, /* AT_QIRD_SET */
    {ATC_KIND_COMMAND, ATC_FORM_TEST, 0,
      ATC__QUECTEL_TCPIP_F_NONE, 0, sizeof(atc_quectel_tcpip_at_qisendex_test), 0, 0,
      0, 1, 0, 0, -1, 0}, /* AT_QISENDEX_TEST */
    {ATC_KIND_COMMAND, ATC_FORM_SET, 0,
      ATC__QUECTEL_TCPIP_F_AT_QISENDEX_SET, 3, sizeof(atc_quectel_tcpip_at_qisendex_set), 0, 0,
      2, 1, 0, 0, -1, 2}, /* AT_QISENDEX_SET */
    {ATC_KIND_COMMAND, ATC_FORM_TEST, 0,
      ATC__QUECTEL_TCPIP_F_NONE, 0, sizeof(atc_quectel_tcpip_at_qiswtmd_test), 0, 0,
      0, 1, 0, 0, -1, 0}, /* AT_QISWTMD_TEST */
    {ATC_KIND_COMMAND, ATC_FORM_SET, ATC_M_SETS_STATE,
      ATC__QUECTEL_TCPIP_F_AT_QISWTMD_SET, 3, sizeof(atc_quectel_tcpip_at_qiswtmd_set), 0, 0,
      2, 1, 0, 0, -1, 2}, /* AT_QISWTMD_SET */
    {ATC_KIND_COMMAND, ATC_FORM_TEST, 0,
      ATC__QUECTEL_TCPIP_F_NONE, 0, sizeof(atc_quectel_tcpip_at_qping_test), 0, 0,
      0, 1, 0, 0, -1, 0}, /* AT_QPING_TEST */
    {ATC_KIND_COMMAND, ATC_FORM_SET, ATC_M_AWAITS,
      ATC__QUECTEL_TCPIP_F_AT_QPING_SET, 10, sizeof(atc_quectel_tcpip_at_qping_set), 0, 0,
      4, 3, 0, 0, -1, 4}, /* AT_QPING_SET */
    {ATC_KIND_COMMAND, ATC_FORM_TEST, 0,
      ATC__QUECTEL_TCPIP_F_NONE, 0, sizeof(atc_quectel_tcpip_at_qntp_test), 0, 0,
      0, 1, 0, 0, -1, 0}, /* AT_QNTP_TEST */
    {ATC_KIND_COMMAND, ATC_FORM_READ, 0,
      ATC__QUECTEL_TCPIP_F_NONE, 0, sizeof(atc_quectel_tcpip_at_qntp_read), 0, 0,
      0, 1, 0, 0, -1, 0}, /* AT_QNTP_READ */
    {ATC_KIND_COMMAND, ATC_FORM_SET, ATC_M_AWAITS,
      ATC__QUECTEL_TCPIP_F_AT_QNTP_SET, 10, sizeof(atc_quectel_tcpip_at_qntp_set), 0, 0,
      4, 3, 0, 0, -1, 4}, /* AT_QNTP_SET */
    {ATC_KIND_COMMAND, ATC_FORM_TEST, 0,
      ATC__QUECTEL_TCPIP_F_NONE, 0, sizeof(atc_quectel_tcpip_at_qidnscfg_test), 0, 0,
      0, 1, 0, 0, -1, 0}, /* AT_QIDNSCFG_TEST */
    {ATC_KIND_COMMAND, ATC_FORM_SET, 0,
      ATC__QUECTEL_TCPIP_F_AT_QIDNSCFG_SET, 9, sizeof(atc_quectel_tcpip_at_qidnscfg_set), 0, 0,
      3, 3, 0, 0, -1, 3}, /* AT_QIDNSCFG_SET */
    {ATC_KIND_COMMAND, ATC_FORM_TEST, 0,
      ATC__QUECTEL_TCPIP_F_NONE, 0, sizeof(atc_quectel_tcpip_at_qidnsgip_test), 0, 0,
      0, 1, 0, 0, -1, 0}, /* AT_QIDNSGIP_TEST */
    {ATC_KIND_COMMAND, ATC_FORM_SET, ATC_M_AWAITS,
      ATC__QUECTEL_TCPIP_F_AT_QIDNSGIP_SET, 3, sizeof(atc_quectel_tcpip_at_qidnsgip_set), 0, 0,
      2, 1, 0, 0, -1, 2}, /* AT_QIDNSGIP_SET */
    {ATC_KIND_COMMAND, ATC_FORM_TEST, 0,
      ATC__QUECTEL_TCPIP_F_NONE, 0, sizeof(atc_quectel_tcpip_at_qisde_test), 0, 0,
      0, 1, 0, 0, -1, 0}, /* AT_QISDE_TEST */
    {ATC_KIND_COMMAND, ATC_FORM_READ, 0,
      ATC__QUECTEL_TCPIP_F_NONE, 0, sizeof(atc_quectel_tcpip_at_qisde_read), 0, 0,
      0, 1, 0, 0, -1, 0}, /* AT_QISDE_READ */
    {ATC_KIND_COMMAND, ATC_FORM_SET, ATC_M_SETS_STATE,
      ATC__QUECTEL_TCPIP_F_AT_QISDE_SET, 2, sizeof(atc_quectel_tcpip_at_qisde_set), 0, 0,
      1, 1, 0, 0, -1, 1}, /* AT_QISDE_SET */
    {ATC_KIND_COMMAND, ATC_FORM_TEST, 0,
      ATC__QUECTEL_TCPIP_F_NONE, 0, sizeof(atc_quectel_tcpip_at_qigeterror_test), 0, 0,
      0, 1, 0, 0, -1, 0}, /* AT_QIGETERROR_TEST */
    {ATC_KIND_COMMAND, ATC_FORM_EXEC, 0,
      ATC__QUECTEL_TCPIP_F_NONE, 0, sizeof(atc_quectel_tcpip_at_qigeterror_exec), 0, 0,
      0, 1, 0, 0, -1, 0}, /* AT_QIGETERROR_EXEC */
    {ATC_KIND_RESPONSE, ATC_FORM_NONE, ATC_M_TEST_ANSWER,
      ATC__QUECTEL_TCPIP_F_QICFG_TEST_TRANSPKTSIZE, 3, sizeof(atc_quectel_tcpip_qicfg_test_transpktsize), 0, 0,
      2, 1, 1, 0, -1, 2}, /* QICFG_TEST_TRANSPKTSIZE */
    {ATC_KIND_RESPONSE, ATC_FORM_NONE, ATC_M_TEST_ANSWER,
      ATC__QUECTEL_TCPIP_F_QICFG_TEST_TRANSWAITTM, 3, sizeof(atc_quectel_tcpip_qicfg_test_transwaittm), 0, 0,
      2, 1, 1, 0, -1, 2}, /* QICFG_TEST_TRANSWAITTM */
    {ATC_KIND_RESPONSE, ATC_FORM_NONE, ATC_M_TEST_ANSWER,
      ATC__QUECTEL_TCPIP_F_QICFG_TEST_DATAFORMAT, 5, sizeof(atc_quectel_tcpip_qicfg_test_dataformat), 0, 0,
      3, 1, 1, 0, -1, 3}, /* QICFG_TEST_DATAFORMAT */
    {ATC_KIND_RESPONSE, ATC_FORM_NONE, ATC_M_TEST_ANSWER,
      ATC__QUECTEL_TCPIP_F_QICFG_TEST_VIEWMODE, 3, sizeof(atc_quectel_tcpip_qicfg_test_viewmode), 0, 0,
      2, 1, 1, 0, -1, 2}, /* QICFG_TEST_VIEWMODE */
    {ATC_KIND_RESPONSE, ATC_FORM_NONE, ATC_M_TEST_ANSWER,
      ATC__QUECTEL_TCPIP_F_QICFG_TEST_UDP_SENDMODE, 3, sizeof(atc_quectel_tcpip_qicfg_test_udp_sendmode), 0, 0,
      2, 1, 1, 0, -1, 2}, /* QICFG_TEST_UDP_SENDMODE */
    {ATC_KIND_RESPONSE, ATC_FORM_NONE, ATC_M_TEST_ANSWER,
      ATC__QUECTEL_TCPIP_F_QICFG_TEST_UDP_READMODE, 3, sizeof(atc_quectel_tcpip_qicfg_test_udp_readmode), 0, 0,
      2, 1, 1, 0, -1, 2}, /* QICFG_TEST_UDP_READMODE */
    {ATC_KIND_RESPONSE, ATC_FORM_NONE, ATC_M_TEST_ANSWER,
      ATC__QUECTEL_TCPIP_F_QICFG_TEST_TCP_ACCEPT, 3, sizeof(atc_quectel_tcpip_qicfg_test_tcp_accept), 0, 0,
      2, 1, 1, 0, -1, 2}, /* QICFG_TEST_TCP_ACCEPT */
    {ATC_KIND_RESPONSE, ATC_FORM_NONE, ATC_M_TEST_ANSWER,
      ATC__QUECTEL_TCPIP_F_QICFG_TEST_PASSIVECLOSED, 3, sizeof(atc_quectel_tcpip_qicfg_test_passiveclosed), 0, 0,
      2, 1, 1, 0, -1, 2}, /* QICFG_TEST_PASSIVECLOSED */
    {ATC_KIND_RESPONSE, ATC_FORM_NONE, ATC_M_TEST_ANSWER,
      ATC__QUECTEL_TCPIP_F_QICFG_TEST_CLOSE_MODE, 3, sizeof(atc_quectel_tcpip_qicfg_test_close_mode), 0, 0,
      2, 1, 1, 0, -1, 2}, /* QICFG_TEST_CLOSE_MODE */
    {ATC_KIND_RESPONSE, ATC_FORM_NONE, ATC_M_TEST_ANSWER,
      ATC__QUECTEL_TCPIP_F_QICFG_TEST_RECVIND, 3, sizeof(atc_quectel_tcpip_qicfg_test_recvind), 0, 0,
      2, 1, 1, 0, -1, 2}, /* QICFG_TEST_RECVIND */
    {ATC_KIND_RESPONSE, ATC_FORM_NONE, ATC_M_TEST_ANSWER,
      ATC__QUECTEL_TCPIP_F_QICFG_TEST_TCP_KEEPALIVE, 8, sizeof(atc_quectel_tcpip_qicfg_test_tcp_keepalive), 0, 0,
      5, 1, 1, 0, -1, 5}, /* QICFG_TEST_TCP_KEEPALIVE */
    {ATC_KIND_RESPONSE, ATC_FORM_NONE, ATC_M_TEST_ANSWER,
      ATC__QUECTEL_TCPIP_F_QICFG_TEST_TCP_RETRANSCFG, 5, sizeof(atc_quectel_tcpip_qicfg_test_tcp_retranscfg), 0, 0,
      3, 1, 1, 0, -1, 3}, /* QICFG_TEST_TCP_RETRANSCFG */
    {ATC_KIND_RESPONSE, ATC_FORM_NONE, ATC_M_TEST_ANSWER,
      ATC__QUECTEL_TCPIP_F_QICFG_TEST_SEND_AUTO, 8, sizeof(atc_quectel_tcpip_qicfg_test_send_auto), 0, 0,
      5, 1, 1, 0, -1, 5}, /* QICFG_TEST_SEND_AUTO */
    {ATC_KIND_RESPONSE, ATC_FORM_NONE, ATC_M_TEST_ANSWER,
      ATC__QUECTEL_TCPIP_F_QICFG_TEST_FORMATCFG, 3, sizeof(atc_quectel_tcpip_qicfg_test_formatcfg), 0, 0,
      2, 1, 1, 0, -1, 2}, /* QICFG_TEST_FORMATCFG */
    {ATC_KIND_RESPONSE, ATC_FORM_NONE, ATC_M_TEST_ANSWER,
      ATC__QUECTEL_TCPIP_F_QICFG_TEST_QISEND_TIMEOUT, 3, sizeof(atc_quectel_tcpip_qicfg_test_qisend_timeout), 0, 0,
      2, 1, 1, 0, -1, 2}, /* QICFG_TEST_QISEND_TIMEOUT */
    {ATC_KIND_RESPONSE, ATC_FORM_NONE, ATC_M_TEST_ANSWER,
      ATC__QUECTEL_TCPIP_F_QICFG_TEST_TCP_DELAY_ACK, 3, sizeof(atc_quectel_tcpip_qicfg_test_tcp_delay_ack), 0, 0,
      2, 1, 1, 0, -1, 2}, /* QICFG_TEST_TCP_DELAY_ACK */
    {ATC_KIND_RESPONSE, ATC_FORM_NONE, ATC_M_TEST_ANSWER,
      ATC__QUECTEL_TCPIP_F_QICFG_TEST_DNS_CACHE, 3, sizeof(atc_quectel_tcpip_qicfg_test_dns_cache), 0, 0,
      2, 1, 1, 0, -1, 2}, /* QICFG_TEST_DNS_CACHE */
    {ATC_KIND_RESPONSE, ATC_FORM_NONE, ATC_M_TEST_ANSWER,
      ATC__QUECTEL_TCPIP_F_QICFG_TEST_TCP_TWRECYCLE, 3, sizeof(atc_quectel_tcpip_qicfg_test_tcp_twrecycle), 0, 0,
      2, 1, 1, 0, -1, 2}, /* QICFG_TEST_TCP_TWRECYCLE */
    {ATC_KIND_RESPONSE, ATC_FORM_NONE, ATC_M_TEST_ANSWER,
      ATC__QUECTEL_TCPIP_F_QICFG_TEST_DNS_RETRY, 5, sizeof(atc_quectel_tcpip_qicfg_test_dns_retry), 0, 0,
      3, 1, 1, 0, -1, 3}, /* QICFG_TEST_DNS_RETRY */
    {ATC_KIND_RESPONSE, ATC_FORM_NONE, 0,
      ATC__QUECTEL_TCPIP_F_QICFG_TRANSPKTSIZE, 3, sizeof(atc_quectel_tcpip_qicfg_transpktsize), 1, 0,
      2, 1, 19, 0, -1, 2}, /* QICFG_TRANSPKTSIZE */
    {ATC_KIND_RESPONSE, ATC_FORM_NONE, 0,
      ATC__QUECTEL_TCPIP_F_QICFG_TRANSWAITTM, 3, sizeof(atc_quectel_tcpip_qicfg_transwaittm), 1, 0,
      2, 1, 19, 0, -1, 2}, /* QICFG_TRANSWAITTM */
    {ATC_KIND_RESPONSE, ATC_FORM_NONE, 0,
      ATC__QUECTEL_TCPIP_F_QICFG_DATAFORMAT, 5, sizeof(atc_quectel_tcpip_qicfg_dataformat), 1, 0,
      3, 1, 19, 0, -1, 3}, /* QICFG_DATAFORMAT */
    {ATC_KIND_RESPONSE, ATC_FORM_NONE, 0,
      ATC__QUECTEL_TCPIP_F_QICFG_VIEWMODE, 3, sizeof(atc_quectel_tcpip_qicfg_viewmode), 1, 0,
      2, 1, 19, 0, -1, 2}, /* QICFG_VIEWMODE */
    {ATC_KIND_RESPONSE, ATC_FORM_NONE, 0,
      ATC__QUECTEL_TCPIP_F_QICFG_UDP_SENDMODE, 3, sizeof(atc_quectel_tcpip_qicfg_udp_sendmode), 1, 0,
      2, 1, 19, 0, -1, 2}, /* QICFG_UDP_SENDMODE */
    {ATC_KIND_RESPONSE, ATC_FORM_NONE, 0,
      ATC__QUECTEL_TCPIP_F_QICFG_UDP_READMODE, 3, sizeof(atc_quectel_tcpip_qicfg_udp_readmode), 1, 0,
      2, 1, 19, 0, -1, 2}, /* QICFG_UDP_READMODE */
    {ATC_KIND_RESPONSE, ATC_FORM_NONE, 0,
      ATC__QUECTEL_TCPIP_F_QICFG_TCP_ACCEPT, 3, sizeof(atc_quectel_tcpip_qicfg_tcp_accept), 1, 0,
      2, 1, 19, 0, -1, 2}, /* QICFG_TCP_ACCEPT */
    {ATC_KIND_RESPONSE, ATC_FORM_NONE, 0,
      ATC__QUECTEL_TCPIP_F_QICFG_PASSIVECLOSED, 3, sizeof(atc_quectel_tcpip_qicfg_passiveclosed), 1, 0,
      2, 1, 19, 0, -1, 2}, /* QICFG_PASSIVECLOSED */
    {ATC_KIND_RESPONSE, ATC_FORM_NONE, 0,
      ATC__QUECTEL_TCPIP_F_QICFG_CLOSE_MODE, 3, sizeof(atc_quectel_tcpip_qicfg_close_mode), 1, 0,
      2, 1, 19, 0, -1, 2}, /* QICFG_CLOSE_MODE */
    {ATC_KIND_RESPONSE, ATC_FORM_NONE, 0,
      ATC__QUECTEL_TCPIP_F_QICFG_RECVIND, 3, sizeof(atc_quectel_tcpip_qicfg_recvind), 1, 0,
      2, 1, 19, 0, -1, 2}, /* QICFG_RECVIND */
    {ATC_KIND_RESPONSE, ATC_FORM_NONE, 0,
      ATC__QUECTEL_TCPIP_F_QICFG_TCP_KEEPALIVE, 8, sizeof(atc_quectel_tcpip_qicfg_tcp_keepalive), 1, 0,
      5, 1, 19, 0, -1, 5}, /* QICFG_TCP_KEEPALIVE */
    {ATC_KIND_RESPONSE, ATC_FORM_NONE, 0,
      ATC__QUECTEL_TCPIP_F_QICFG_TCP_RETRANSCFG, 5, sizeof(atc_quectel_tcpip_qicfg_tcp_retranscfg), 1, 0,
      3, 1, 19, 0, -1, 3}, /* QICFG_TCP_RETRANSCFG */
    {ATC_KIND_RESPONSE, ATC_FORM_NONE, 0,
      ATC__QUECTEL_TCPIP_F_QICFG_SEND_AUTO, 8, sizeof(atc_quectel_tcpip_qicfg_send_auto), 1, 0,
      5, 1, 19, 0, -1, 5}, /* QICFG_SEND_AUTO */
    {ATC_KIND_RESPONSE, ATC_FORM_NONE, 0,
      ATC__QUECTEL_TCPIP_F_QICFG_FORMATCFG, 3, sizeof(atc_quectel_tcpip_qicfg_formatcfg), 1, 0,
      2, 1, 19, 0, -1, 2}, /* QICFG_FORMATCFG */
    {ATC_KIND_RESPONSE, ATC_FORM_NONE, 0,
      ATC__QUECTEL_TCPIP_F_QICFG_QISEND_TIMEOUT, 3, sizeof(atc_quectel_tcpip_qicfg_qisend_timeout), 1, 0,
      2, 1, 19, 0, -1, 2}, /* QICFG_QISEND_TIMEOUT */
    {ATC_KIND_RESPONSE, ATC_FORM_NONE, 0,
      ATC__QUECTEL_TCPIP_F_QICFG_TCP_DELAY_ACK, 3, sizeof(atc_quectel_tcpip_qicfg_tcp_delay_ack), 1, 0,
      2, 1, 19, 0, -1, 2}, /* QICFG_TCP_DELAY_ACK */
    {ATC_KIND_RESPONSE, ATC_FORM_NONE, 0,
      ATC__QUECTEL_TCPIP_F_QICFG_DNS_CACHE, 3, sizeof(atc_quectel_tcpip_qicfg_dns_cache), 1, 0,
      2, 1, 19, 0, -1, 2}, /* QICFG_DNS_CACHE */
    {ATC_KIND_RESPONSE, ATC_FORM_NONE, 0,
      ATC__QUECTEL_TCPIP_F_QICFG_TCP_TWRECYCLE, 3, sizeof(atc_quectel_tcpip_qicfg_tcp_twrecycle), 1, 0,
      2, 1, 19, 0, -1, 2}, /* QICFG_TCP_TWRECYCLE */
    {ATC_KIND_RESPONSE, ATC_FORM_NONE, 0,
      ATC__QUECTEL_TCPIP_F_QICFG_DNS_RETRY, 5, sizeof(atc_quectel_tcpip_qicfg_dns_retry), 1, 0,
      3, 1, 19, 0, -1, 3}, /* QICFG_DNS_RETRY */
    {ATC_KIND_RESPONSE, ATC_FORM_NONE, ATC_M_TEST_ANSWER,
      ATC__QUECTEL_TCPIP_F_QICSGP_TEST, 18, sizeof(atc_quectel_tcpip_qicsgp_test), 20, 0,
      6, 1, 1, 0, -1, 6}, /* QICSGP_TEST */
    {ATC_KIND_RESPONSE, ATC_FORM_NONE, 0,
      ATC__QUECTEL_TCPIP_F_QICSGP_QUERY, 8, sizeof(atc_quectel_tcpip_qicsgp_query), 21, 0,
      5, 1, 1, 0, -1, 5}, /* QICSGP_QUERY */
    {ATC_KIND_RESPONSE, ATC_FORM_NONE, ATC_M_TEST_ANSWER,
      ATC__QUECTEL_TCPIP_F_QIACT_TEST, 2, sizeof(atc_quectel_tcpip_qiact_test), 22, 0,
      1, 1, 1, 0, -1, 1}, /* QIACT_TEST */
    {ATC_KIND_RESPONSE, ATC_FORM_NONE, ATC_M_MULTI,
      ATC__QUECTEL_TCPIP_F_QIACT_READ, 26, sizeof(atc_quectel_tcpip_qiact_read), 23, 0,
      5, 4, 1, 0, -1, 5}, /* QIACT_READ */
    {ATC_KIND_RESPONSE, ATC_FORM_NONE, ATC_M_TEST_ANSWER,
      ATC__QUECTEL_TCPIP_F_QIACT_TEST, 2, sizeof(atc_quectel_tcpip_qideact_test), 24, 0,
      1, 1, 1, 0, -1, 1}, /* QIDEACT_TEST */
    {ATC_KIND_RESPONSE, ATC_FORM_NONE, ATC_M_TEST_ANSWER,
      ATC__QUECTEL_TCPIP_F_QIACTEX_TEST, 3, sizeof(atc_quectel_tcpip_qiactex_test), 25, 0,
      2, 1, 1, 0, -1, 2}, /* QIACTEX_TEST */
    {ATC_KIND_RESPONSE, ATC_FORM_NONE, ATC_M_MULTI,
      ATC__QUECTEL_TCPIP_F_QIACT_READ, 26, sizeof(atc_quectel_tcpip_qiactex_read), 26, 0,
      5, 4, 1, 0, -1, 5}, /* QIACTEX_READ */
    {ATC_KIND_RESPONSE, ATC_FORM_NONE, ATC_M_TEST_ANSWER,
      ATC__QUECTEL_TCPIP_F_QIACT_TEST, 2, sizeof(atc_quectel_tcpip_qideactex_test), 27, 0,
      1, 1, 1, 0, -1, 1}, /* QIDEACTEX_TEST */
    {ATC_KIND_RESPONSE, ATC_FORM_NONE, ATC_M_TEST_ANSWER,
      ATC__QUECTEL_TCPIP_F_QIOPEN_TEST, 22, sizeof(atc_quectel_tcpip_qiopen_test), 28, 0,
      8, 1, 1, 0, -1, 8}, /* QIOPEN_TEST */
    {ATC_KIND_RESPONSE, ATC_FORM_NONE, ATC_M_TEST_ANSWER,
      ATC__QUECTEL_TCPIP_F_QICLOSE_TEST, 3, sizeof(atc_quectel_tcpip_qiclose_test), 29, 0,
      2, 1, 1, 0, -1, 2}, /* QICLOSE_TEST */
    {ATC_KIND_RESPONSE, ATC_FORM_NONE, ATC_M_MULTI,
      ATC__QUECTEL_TCPIP_F_QISTATE, 30, sizeof(atc_quectel_tcpip_qistate), 30, 0,
      10, 1, 3, 0, -1, 10}, /* QISTATE */
    {ATC_KIND_RESPONSE, ATC_FORM_NONE, ATC_M_TEST_ANSWER,
      ATC__QUECTEL_TCPIP_F_QISEND_TEST, 3, sizeof(atc_quectel_tcpip_qisend_test), 33, 0,
      2, 1, 1, 0, -1, 2}, /* QISEND_TEST */
    {ATC_KIND_RESPONSE, ATC_FORM_NONE, 0,
      ATC__QUECTEL_TCPIP_F_QISEND_QUERY, 5, sizeof(atc_quectel_tcpip_qisend_query), 34, 0,
      3, 1, 1, 0, -1, 3}, /* QISEND_QUERY */
    {ATC_KIND_RESPONSE, ATC_FORM_NONE, 0,
      ATC__QUECTEL_TCPIP_F_QISEND_VIEW, 5, sizeof(atc_quectel_tcpip_qisend_view), 34, 0,
      3, 1, 1, 0, -1, 3}, /* QISEND_VIEW */
    {ATC_KIND_RESPONSE, ATC_FORM_NONE, ATC_M_TEST_ANSWER,
      ATC__QUECTEL_TCPIP_F_QIRD_TEST, 3, sizeof(atc_quectel_tcpip_qird_test), 35, 0,
      2, 1, 1, 0, -1, 2}, /* QIRD_TEST */
    {ATC_KIND_RESPONSE, ATC_FORM_NONE, ATC_M_PAYLOAD,
      ATC__QUECTEL_TCPIP_F_QIRD_DATA, 2, sizeof(atc_quectel_tcpip_qird_data), 36, 0,
      1, 1, 1, 0, -1, 1}, /* QIRD_DATA */
    {ATC_KIND_RESPONSE, ATC_FORM_NONE, ATC_M_PAYLOAD,
      ATC__QUECTEL_TCPIP_F_QIRD_UDP, 5, sizeof(atc_quectel_tcpip_qird_udp), 36, 1,
      3, 1, 1, 0, -1, 3}, /* QIRD_UDP */
    {ATC_KIND_RESPONSE, ATC_FORM_NONE, 0,
      ATC__QUECTEL_TCPIP_F_QIRD_QUERY, 5, sizeof(atc_quectel_tcpip_qird_query), 36, 0,
      3, 1, 1, 0, -1, 3}, /* QIRD_QUERY */
    {ATC_KIND_RESPONSE, ATC_FORM_NONE, ATC_M_TEST_ANSWER,
      ATC__QUECTEL_TCPIP_F_QISENDEX_TEST, 3, sizeof(atc_quectel_tcpip_qisendex_test), 37, 0,
      2, 1, 1, 0, -1, 2}, /* QISENDEX_TEST */
    {ATC_KIND_RESPONSE, ATC_FORM_NONE, 0,
      ATC__QUECTEL_TCPIP_F_QISEND_VIEW, 5, sizeof(atc_quectel_tcpip_qisendex_view), 38, 0,
      3, 1, 1, 0, -1, 3}, /* QISENDEX_VIEW */
    {ATC_KIND_RESPONSE, ATC_FORM_NONE, ATC_M_TEST_ANSWER,
      ATC__QUECTEL_TCPIP_F_QISWTMD_TEST, 3, sizeof(atc_quectel_tcpip_qiswtmd_test), 39, 0,
      2, 1, 1, 0, -1, 2}, /* QISWTMD_TEST */
    {ATC_KIND_RESPONSE, ATC_FORM_NONE, ATC_M_TEST_ANSWER,
      ATC__QUECTEL_TCPIP_F_QPING_TEST, 12, sizeof(atc_quectel_tcpip_qping_test), 40, 0,
      4, 1, 1, 0, -1, 4}, /* QPING_TEST */
    {ATC_KIND_RESPONSE, ATC_FORM_NONE, ATC_M_TEST_ANSWER,
      ATC__QUECTEL_TCPIP_F_QNTP_TEST, 12, sizeof(atc_quectel_tcpip_qntp_test), 41, 0,
      4, 1, 1, 0, -1, 4}, /* QNTP_TEST */
    {ATC_KIND_RESPONSE, ATC_FORM_NONE, 0,
      ATC__QUECTEL_TCPIP_F_QNTP_READ, 3, sizeof(atc_quectel_tcpip_qntp_read), 42, 0,
      2, 1, 1, 0, -1, 2}, /* QNTP_READ */
    {ATC_KIND_RESPONSE, ATC_FORM_NONE, ATC_M_TEST_ANSWER,
      ATC__QUECTEL_TCPIP_F_QIDNSCFG_TEST, 5, sizeof(atc_quectel_tcpip_qidnscfg_test), 43, 0,
      3, 1, 1, 0, -1, 3}, /* QIDNSCFG_TEST */
    {ATC_KIND_RESPONSE, ATC_FORM_NONE, 0,
      ATC__QUECTEL_TCPIP_F_QIDNSCFG_IPV4V6, 8, sizeof(atc_quectel_tcpip_qidnscfg_ipv4v6), 44, 0,
      5, 1, 1, 0, -1, 5}, /* QIDNSCFG_IPV4V6 */
    {ATC_KIND_RESPONSE, ATC_FORM_NONE, 0,
      ATC__QUECTEL_TCPIP_F_QIDNSCFG_IPV4, 5, sizeof(atc_quectel_tcpip_qidnscfg_ipv4), 44, 0,
      3, 1, 1, 0, -1, 3}, /* QIDNSCFG_IPV4 */
    {ATC_KIND_RESPONSE, ATC_FORM_NONE, 0,
      ATC__QUECTEL_TCPIP_F_QIDNSCFG_IPV6, 5, sizeof(atc_quectel_tcpip_qidnscfg_ipv6), 44, 0,
      3, 1, 1, 0, -1, 3}, /* QIDNSCFG_IPV6 */
    {ATC_KIND_RESPONSE, ATC_FORM_NONE, ATC_M_TEST_ANSWER,
      ATC__QUECTEL_TCPIP_F_QIDNSGIP_TEST, 3, sizeof(atc_quectel_tcpip_qidnsgip_test), 45, 0,
      2, 1, 1, 0, -1, 2}, /* QIDNSGIP_TEST */
    {ATC_KIND_RESPONSE, ATC_FORM_NONE, ATC_M_TEST_ANSWER,
      ATC__QUECTEL_TCPIP_F_QISDE_TEST, 2, sizeof(atc_quectel_tcpip_qisde_test), 46, 0,
      1, 1, 1, 0, -1, 1}, /* QISDE_TEST */
    {ATC_KIND_RESPONSE, ATC_FORM_NONE, 0,
      ATC__QUECTEL_TCPIP_F_AT_QISDE_SET, 2, sizeof(atc_quectel_tcpip_qisde_read), 47, 0,
      1, 1, 1, 0, -1, 1}, /* QISDE_READ */
    {ATC_KIND_RESPONSE, ATC_FORM_NONE, ATC_M_VARIABLE,
      ATC__QUECTEL_TCPIP_F_QIGETERROR, 31, sizeof(atc_quectel_tcpip_qigeterror), 48, 0,
      2, 1, 1, 0, -1, 255}, /* QIGETERROR */
    {ATC_KIND_URC, ATC_FORM_NONE, 0,
      ATC__QUECTEL_TCPIP_F_QIACTEX, 32, sizeof(atc_quectel_tcpip_qiactex), 0, 0,
      5, 5, 0, 0, -1, 5}, /* QIACTEX */
    {ATC_KIND_URC, ATC_FORM_NONE, 0,
      ATC__QUECTEL_TCPIP_F_QIDEACTEX, 3, sizeof(atc_quectel_tcpip_qideactex), 0, 0,
      2, 1, 0, 0, -1, 2}, /* QIDEACTEX */
    {ATC_KIND_URC, ATC_FORM_NONE, 0,
      ATC__QUECTEL_TCPIP_F_QIOPEN, 3, sizeof(atc_quectel_tcpip_qiopen), 0, 0,
      2, 1, 0, 0, -1, 2}, /* QIOPEN */
    {ATC_KIND_URC, ATC_FORM_NONE, 0,
      ATC__QUECTEL_TCPIP_F_QPING, 37, sizeof(atc_quectel_tcpip_qping), 0, 0,
      5, 2, 0, 0, -1, 5}, /* QPING */
    {ATC_KIND_URC, ATC_FORM_NONE, 0,
      ATC__QUECTEL_TCPIP_F_QPING_SUMMARY, 39, sizeof(atc_quectel_tcpip_qping_summary), 0, 0,
      7, 2, 0, 0, -1, 7}, /* QPING_SUMMARY */
    {ATC_KIND_URC, ATC_FORM_NONE, 0,
      ATC__QUECTEL_TCPIP_F_QNTP, 2, sizeof(atc_quectel_tcpip_qntp), 0, 0,
      2, 2, 0, 0, -1, 2}, /* QNTP */
    {ATC_KIND_URC, ATC_FORM_NONE, 0,
      ATC__QUECTEL_TCPIP_F_QIURC_CLOSED, 3, sizeof(atc_quectel_tcpip_qiurc_closed), 0, 0,
      2, 1, 0, 0, -1, 2}, /* QIURC_CLOSED */
    {ATC_KIND_URC, ATC_FORM_NONE, 0,
      ATC__QUECTEL_TCPIP_F_QIURC_RECV, 3, sizeof(atc_quectel_tcpip_qiurc_recv), 0, 0,
      2, 1, 0, 0, -1, 2}, /* QIURC_RECV */
    {ATC_KIND_URC, ATC_FORM_NONE, ATC_M_PAYLOAD,
      ATC__QUECTEL_TCPIP_F_QIURC_RECV_PUSH, 5, sizeof(atc_quectel_tcpip_qiurc_recv_push), 0, 2,
      3, 1, 0, 0, -1, 3}, /* QIURC_RECV_PUSH */
    {ATC_KIND_URC, ATC_FORM_NONE, ATC_M_PAYLOAD,
      ATC__QUECTEL_TCPIP_F_QIURC_RECV_UDP, 8, sizeof(atc_quectel_tcpip_qiurc_recv_udp), 0, 3,
      5, 1, 0, 0, -1, 5}, /* QIURC_RECV_UDP */
    {ATC_KIND_URC, ATC_FORM_NONE, 0,
      ATC__QUECTEL_TCPIP_F_QIURC_INCOMING_FULL, 2, sizeof(atc_quectel_tcpip_qiurc_incoming_full), 0, 0,
      1, 1, 0, 0, -1, 1}, /* QIURC_INCOMING_FULL */
    {ATC_KIND_URC, ATC_FORM_NONE, 0,
      ATC__QUECTEL_TCPIP_F_QIURC_INCOMING, 8, sizeof(atc_quectel_tcpip_qiurc_incoming), 0, 0,
      5, 1, 0, 0, -1, 5}, /* QIURC_INCOMING */
    {ATC_KIND_URC, ATC_FORM_NONE, 0,
      ATC__QUECTEL_TCPIP_F_QIURC_PDPDEACT, 3, sizeof(atc_quectel_tcpip_qiurc_pdpdeact), 0, 0,
      2, 1, 0, 0, -1, 2}, /* QIURC_PDPDEACT */
    {ATC_KIND_URC, ATC_FORM_NONE, 0,
      ATC__QUECTEL_TCPIP_F_QIURC_DNSGIP, 24, sizeof(atc_quectel_tcpip_qiurc_dnsgip), 0, 0,
      4, 2, 0, 0, -1, 4}, /* QIURC_DNSGIP */
    {ATC_KIND_URC, ATC_FORM_NONE, 0,
      ATC__QUECTEL_TCPIP_F_QIURC_DNSGIP_IP, 3, sizeof(atc_quectel_tcpip_qiurc_dnsgip_ip), 0, 0,
      2, 1, 0, 0, -1, 2}, /* QIURC_DNSGIP_IP */
};

/* ---- Heads: the texts lines begin with, and the keywords after them ---- */
static const struct {
    char s0[1];
    char s1[3];
    char s2[6];
    char s3[11];
    char s4[11];
    char s5[8];
    char s6[10];
    char s7[8];
    char s8[11];
    char s9[9];
    char s10[10];
    char s11[9];
    char s12[11];
    char s13[11];
    char s14[13];
    char s15[10];
    char s16[11];
    char s17[11];
    char s18[10];
    char s19[8];
    char s20[12];
    char s21[11];
    char s22[9];
    char s23[8];
    char s24[9];
    char s25[9];
    char s26[12];
    char s27[12];
    char s28[9];
    char s29[14];
    char s30[7];
    char s31[8];
    char s32[7];
    char s33[9];
    char s34[9];
    char s35[11];
    char s36[8];
    char s37[9];
    char s38[9];
    char s39[8];
    char s40[6];
    char s41[10];
    char s42[9];
    char s43[7];
    char s44[6];
    char s45[7];
    char s46[7];
    char s47[10];
    char s48[10];
    char s49[7];
    char s50[12];
    char s51[7];
    char s52[13];
    char s53[12];
    char s54[11];
    char s55[9];
    char s56[13];
    char s57[13];
    char s58[11];
    char s59[14];
    char s60[11];
    char s61[8];
    char s62[14];
    char s63[15];
    char s64[10];
    char s65[10];
    char s66[15];
    char s67[14];
    char s68[10];
    char s69[14];
    char s70[10];
    char s71[7];
    char s72[5];
    char s73[14];
    char s74[9];
    char s75[9];
    char s76[7];
} atc__quectel_tcpip_keys_pool = {
    "",
    "OK",
    "ERROR",
    "+CME ERROR",
    "+CMS ERROR",
    "SEND OK",
    "SEND FAIL",
    "CONNECT",
    "NO CARRIER",
    "AT+QICFG",
    "AT+QICSGP",
    "AT+QIACT",
    "AT+QIDEACT",
    "AT+QIACTEX",
    "AT+QIDEACTEX",
    "AT+QIOPEN",
    "AT+QICLOSE",
    "AT+QISTATE",
    "AT+QISEND",
    "AT+QIRD",
    "AT+QISENDEX",
    "AT+QISWTMD",
    "AT+QPING",
    "AT+QNTP",
    "AT+QNTPT",
    "AT+QNTTP",
    "AT+QIDNSCFG",
    "AT+QIDNSGIP",
    "AT+QISDE",
    "AT+QIGETERROR",
    "+QICFG",
    "+QICSGP",
    "+QIACT",
    "+QIDEACT",
    "+QIACTEX",
    "+QIDEACTEX",
    "+QIOPEN",
    "+QICLOSE",
    "+QISTATE",
    "+QISEND",
    "+QIRD",
    "+QISENDEX",
    "+QISWTMD",
    "+QPING",
    "+QNTP",
    "+QNTPT",
    "+QNTTP",
    "+QIDNSCFG",
    "+QIDNSGIP",
    "+QISDE",
    "+QIGETERROR",
    "+QIURC",
    "TRANSPKTSIZE",
    "TRANSWAITTM",
    "DATAFORMAT",
    "VIEWMODE",
    "UDP/SENDMODE",
    "UDP/READMODE",
    "TCP/ACCEPT",
    "PASSIVECLOSED",
    "CLOSE/MODE",
    "RECVIND",
    "TCP/KEEPALIVE",
    "TCP/RETRANSCFG",
    "SEND/AUTO",
    "FORMATCFG",
    "QISEND/TIMEOUT",
    "TCP/DELAY_ACK",
    "DNS/CACHE",
    "TCP/TWRECYCLE",
    "DNS/RETRY",
    "CLOSED",
    "RECV",
    "INCOMING FULL",
    "INCOMING",
    "PDPDEACT",
    "DNSGIP"
};
ATC__QUECTEL_TCPIP_CHECK(keys_pool_unpadded, sizeof atc__quectel_tcpip_keys_pool == 748);
#define atc__quectel_tcpip_keys ((const char *)&atc__quectel_tcpip_keys_pool)

static const atc_head atc__quectel_tcpip_heads[] = {
    /* text, next, cands, parent, len, term, flags, ncands, nresp, nrest */
    {1, 0x18, 49, 0xffff, 2, 0, 0, 1, 0, 1}, /* [0] OK */
    {4, 0x33, 50, 0xffff, 5, 0, 0, 1, 0, 1}, /* [1] ERROR */
    {10, 0x41, 51, 0xffff, 10, 1, 0, 1, 0, 1}, /* [2] +CME ERROR: */
    {21, 0x20, 52, 0xffff, 10, 1, 0, 1, 0, 1}, /* [3] +CMS ERROR: */
    {32, 0x62, 53, 0xffff, 7, 0, 0, 1, 0, 1}, /* [4] SEND OK */
    {40, 0xf, 54, 0xffff, 9, 0, 0, 1, 0, 1}, /* [5] SEND FAIL */
    {50, 0x71, 55, 0xffff, 7, 0, 0, 1, 0, 1}, /* [6] CONNECT */
    {58, 0xb, 56, 0xffff, 10, 0, 0, 1, 0, 1}, /* [7] NO CARRIER */
    {69, 0xa, 0, 0xffff, 8, 4, 0, 1, 0, 0}, /* [8] AT+QICFG=? */
    {69, 0x5f, 1, 0xffff, 8, 2, ATC_H_KEYWORDS, 19, 0, 0}, /* [9] AT+QICFG= */
    {78, 0x3d, 20, 0xffff, 9, 4, 0, 1, 0, 0}, /* [10] AT+QICSGP=? */
    {78, 0x1f, 21, 0xffff, 9, 2, 0, 1, 0, 0}, /* [11] AT+QICSGP= */
    {88, 0x49, 22, 0xffff, 8, 4, 0, 1, 0, 0}, /* [12] AT+QIACT=? */
    {88, 0xffff, 23, 0xffff, 8, 3, 0, 1, 0, 0}, /* [13] AT+QIACT? */
    {88, 0xffff, 57, 0xffff, 8, 2, 0, 1, 0, 0}, /* [14] AT+QIACT= */
    {97, 0x69, 24, 0xffff, 10, 4, 0, 1, 0, 0}, /* [15] AT+QIDEACT=? */
    {97, 0xffff, 58, 0xffff, 10, 2, 0, 1, 0, 0}, /* [16] AT+QIDEACT= */
    {108, 0xffff, 25, 0xffff, 10, 4, 0, 1, 0, 0}, /* [17] AT+QIACTEX=? */
    {108, 0xffff, 26, 0xffff, 10, 3, 0, 1, 0, 0}, /* [18] AT+QIACTEX? */
    {108, 0x52, 59, 0xffff, 10, 2, 0, 1, 0, 0}, /* [19] AT+QIACTEX= */
    {119, 0xffff, 27, 0xffff, 12, 4, 0, 1, 0, 0}, /* [20] AT+QIDEACTEX=? */
    {119, 0x36, 60, 0xffff, 12, 2, 0, 1, 0, 0}, /* [21] AT+QIDEACTEX= */
    {132, 0x60, 28, 0xffff, 9, 4, 0, 1, 0, 0}, /* [22] AT+QIOPEN=? */
    {132, 0xffff, 61, 0xffff, 9, 2, 0, 1, 0, 0}, /* [23] AT+QIOPEN= */
    {142, 0xffff, 29, 0xffff, 10, 4, 0, 1, 0, 0}, /* [24] AT+QICLOSE=? */
    {142, 0xffff, 62, 0xffff, 10, 2, 0, 1, 0, 0}, /* [25] AT+QICLOSE= */
    {153, 0xffff, 63, 0xffff, 10, 4, 0, 1, 0, 0}, /* [26] AT+QISTATE=? */
    {153, 0xffff, 30, 0xffff, 10, 3, 0, 1, 0, 0}, /* [27] AT+QISTATE? */
    {153, 0xffff, 32, 0xffff, 10, 2, 0, 1, 0, 0}, /* [28] AT+QISTATE= */
    {153, 0x5e, 31, 0xffff, 10, 0, 0, 1, 0, 0}, /* [29] AT+QISTATE */
    {164, 0xffff, 33, 0xffff, 9, 4, 0, 1, 0, 0}, /* [30] AT+QISEND=? */
    {164, 0xffff, 34, 0xffff, 9, 2, 0, 1, 0, 0}, /* [31] AT+QISEND= */
    {174, 0xffff, 35, 0xffff, 7, 4, 0, 1, 0, 0}, /* [32] AT+QIRD=? */
    {174, 0x54, 36, 0xffff, 7, 2, 0, 1, 0, 0}, /* [33] AT+QIRD= */
    {182, 0xffff, 37, 0xffff, 11, 4, 0, 1, 0, 0}, /* [34] AT+QISENDEX=? */
    {182, 0xffff, 38, 0xffff, 11, 2, 0, 1, 0, 0}, /* [35] AT+QISENDEX= */
    {194, 0xffff, 39, 0xffff, 10, 4, 0, 1, 0, 0}, /* [36] AT+QISWTMD=? */
    {194, 0x45, 64, 0xffff, 10, 2, 0, 1, 0, 0}, /* [37] AT+QISWTMD= */
    {205, 0xffff, 40, 0xffff, 8, 4, 0, 1, 0, 0}, /* [38] AT+QPING=? */
    {205, 0x2c, 65, 0xffff, 8, 2, 0, 1, 0, 0}, /* [39] AT+QPING= */
    {214, 0x59, 41, 0xffff, 7, 4, 0, 1, 0, 0}, /* [40] AT+QNTP=? */
    {222, 0x63, 41, 0xffff, 8, 4, 0, 1, 0, 0}, /* [41] AT+QNTPT=? */
    {231, 0x64, 41, 0xffff, 8, 4, 0, 1, 0, 0}, /* [42] AT+QNTTP=? */
    {214, 0x34, 42, 0xffff, 7, 3, 0, 1, 0, 0}, /* [43] AT+QNTP? */
    {222, 0x3f, 42, 0xffff, 8, 3, 0, 1, 0, 0}, /* [44] AT+QNTPT? */
    {231, 0x5d, 42, 0xffff, 8, 3, 0, 1, 0, 0}, /* [45] AT+QNTTP? */
    {214, 0x56, 66, 0xffff, 7, 2, 0, 1, 0, 0}, /* [46] AT+QNTP= */
    {222, 0xffff, 66, 0xffff, 8, 2, 0, 1, 0, 0}, /* [47] AT+QNTPT= */
    {231, 0x4d, 66, 0xffff, 8, 2, 0, 1, 0, 0}, /* [48] AT+QNTTP= */
    {240, 0xffff, 43, 0xffff, 11, 4, 0, 1, 0, 0}, /* [49] AT+QIDNSCFG=? */
    {240, 0xffff, 44, 0xffff, 11, 2, 0, 1, 0, 0}, /* [50] AT+QIDNSCFG= */
    {252, 0xffff, 45, 0xffff, 11, 4, 0, 1, 0, 0}, /* [51] AT+QIDNSGIP=? */
    {252, 0xffff, 67, 0xffff, 11, 2, 0, 1, 0, 0}, /* [52] AT+QIDNSGIP= */
    {264, 0x7a, 46, 0xffff, 8, 4, 0, 1, 0, 0}, /* [53] AT+QISDE=? */
    {264, 0xffff, 47, 0xffff, 8, 3, 0, 1, 0, 0}, /* [54] AT+QISDE? */
    {264, 0xffff, 68, 0xffff, 8, 2, 0, 1, 0, 0}, /* [55] AT+QISDE= */
    {273, 0xffff, 69, 0xffff, 13, 4, 0, 1, 0, 0}, /* [56] AT+QIGETERROR=? */
    {273, 0x6c, 48, 0xffff, 13, 0, 0, 1, 0, 0}, /* [57] AT+QIGETERROR */
    {287, 0x4b, 70, 0xffff, 6, 1, ATC_H_KEYWORDS, 38, 38, 0}, /* [58] +QICFG: */
    {294, 0xffff, 108, 0xffff, 7, 1, 0, 2, 2, 0}, /* [59] +QICSGP: */
    {302, 0xffff, 110, 0xffff, 6, 1, 0, 2, 2, 0}, /* [60] +QIACT: */
    {309, 0x74, 112, 0xffff, 8, 1, 0, 1, 1, 0}, /* [61] +QIDEACT: */
    {318, 0xffff, 113, 0xffff, 8, 1, 0, 3, 2, 1}, /* [62] +QIACTEX: */
    {327, 0xffff, 116, 0xffff, 10, 1, 0, 2, 1, 1}, /* [63] +QIDEACTEX: */
    {338, 0xffff, 118, 0xffff, 7, 1, 0, 2, 1, 1}, /* [64] +QIOPEN: */
    {346, 0xffff, 120, 0xffff, 8, 1, 0, 1, 1, 0}, /* [65] +QICLOSE: */
    {355, 0xffff, 121, 0xffff, 8, 1, 0, 1, 1, 0}, /* [66] +QISTATE: */
    {364, 0x65, 122, 0xffff, 7, 1, 0, 3, 3, 0}, /* [67] +QISEND: */
    {372, 0xffff, 125, 0xffff, 5, 1, 0, 4, 4, 0}, /* [68] +QIRD: */
    {378, 0xffff, 129, 0xffff, 9, 1, 0, 2, 2, 0}, /* [69] +QISENDEX: */
    {388, 0x61, 131, 0xffff, 8, 1, 0, 1, 1, 0}, /* [70] +QISWTMD: */
    {397, 0xffff, 132, 0xffff, 6, 1, 0, 3, 1, 2}, /* [71] +QPING: */
    {404, 0xffff, 135, 0xffff, 5, 1, 0, 3, 2, 1}, /* [72] +QNTP: */
    {410, 0xffff, 135, 0xffff, 6, 1, 0, 3, 2, 1}, /* [73] +QNTPT: */
    {417, 0xffff, 135, 0xffff, 6, 1, 0, 3, 2, 1}, /* [74] +QNTTP: */
    {424, 0x6a, 138, 0xffff, 9, 1, 0, 4, 4, 0}, /* [75] +QIDNSCFG: */
    {434, 0xffff, 142, 0xffff, 9, 1, 0, 1, 1, 0}, /* [76] +QIDNSGIP: */
    {444, 0xffff, 143, 0xffff, 6, 1, 0, 2, 2, 0}, /* [77] +QISDE: */
    {451, 0xffff, 145, 0xffff, 11, 1, 0, 1, 1, 0}, /* [78] +QIGETERROR: */
    {463, 0x57, 146, 0xffff, 6, 1, ATC_H_KEYWORDS, 9, 0, 9}, /* [79] +QIURC: */
    {470, 0xffff, 1, 0x9, 12, 5, 0, 1, 0, 0}, /* [80] keyword "TRANSPKTSIZE" of [9] */
    {483, 0xffff, 2, 0x9, 11, 5, 0, 1, 0, 0}, /* [81] keyword "TRANSWAITTM" of [9] */
    {495, 0xffff, 3, 0x9, 10, 5, 0, 1, 0, 0}, /* [82] keyword "DATAFORMAT" of [9] */
    {506, 0xffff, 4, 0x9, 8, 5, 0, 1, 0, 0}, /* [83] keyword "VIEWMODE" of [9] */
    {515, 0x55, 5, 0x9, 12, 5, 0, 1, 0, 0}, /* [84] keyword "UDP/SENDMODE" of [9] */
    {528, 0xffff, 6, 0x9, 12, 5, 0, 1, 0, 0}, /* [85] keyword "UDP/READMODE" of [9] */
    {541, 0xffff, 7, 0x9, 10, 5, 0, 1, 0, 0}, /* [86] keyword "TCP/ACCEPT" of [9] */
    {552, 0xffff, 8, 0x9, 13, 5, 0, 1, 0, 0}, /* [87] keyword "PASSIVECLOSED" of [9] */
    {566, 0xffff, 9, 0x9, 10, 5, 0, 1, 0, 0}, /* [88] keyword "CLOSE/MODE" of [9] */
    {577, 0x67, 10, 0x9, 7, 5, 0, 1, 0, 0}, /* [89] keyword "RECVIND" of [9] */
    {585, 0xffff, 11, 0x9, 13, 5, 0, 1, 0, 0}, /* [90] keyword "TCP/KEEPALIVE" of [9] */
    {599, 0xffff, 12, 0x9, 14, 5, 0, 1, 0, 0}, /* [91] keyword "TCP/RETRANSCFG" of [9] */
    {614, 0xffff, 13, 0x9, 9, 5, 0, 1, 0, 0}, /* [92] keyword "SEND/AUTO" of [9] */
    {624, 0x75, 14, 0x9, 9, 5, 0, 1, 0, 0}, /* [93] keyword "FORMATCFG" of [9] */
    {634, 0xffff, 15, 0x9, 14, 5, 0, 1, 0, 0}, /* [94] keyword "QISEND/TIMEOUT" of [9] */
    {649, 0x78, 16, 0x9, 13, 5, 0, 1, 0, 0}, /* [95] keyword "TCP/DELAY_ACK" of [9] */
    {663, 0xffff, 17, 0x9, 9, 5, 0, 1, 0, 0}, /* [96] keyword "DNS/CACHE" of [9] */
    {673, 0x66, 18, 0x9, 13, 5, 0, 1, 0, 0}, /* [97] keyword "TCP/TWRECYCLE" of [9] */
    {687, 0xffff, 19, 0x9, 9, 5, 0, 1, 0, 0}, /* [98] keyword "DNS/RETRY" of [9] */
    {470, 0xffff, 155, 0x3a, 12, 5, 0, 2, 2, 0}, /* [99] keyword "TRANSPKTSIZE" of [58] */
    {483, 0xffff, 157, 0x3a, 11, 5, 0, 2, 2, 0}, /* [100] keyword "TRANSWAITTM" of [58] */
    {495, 0x6d, 159, 0x3a, 10, 5, 0, 2, 2, 0}, /* [101] keyword "DATAFORMAT" of [58] */
    {506, 0x72, 161, 0x3a, 8, 5, 0, 2, 2, 0}, /* [102] keyword "VIEWMODE" of [58] */
    {515, 0x68, 163, 0x3a, 12, 5, 0, 2, 2, 0}, /* [103] keyword "UDP/SENDMODE" of [58] */
    {528, 0x6f, 165, 0x3a, 12, 5, 0, 2, 2, 0}, /* [104] keyword "UDP/READMODE" of [58] */
    {541, 0xffff, 167, 0x3a, 10, 5, 0, 2, 2, 0}, /* [105] keyword "TCP/ACCEPT" of [58] */
    {552, 0xffff, 169, 0x3a, 13, 5, 0, 2, 2, 0}, /* [106] keyword "PASSIVECLOSED" of [58] */
    {566, 0xffff, 171, 0x3a, 10, 5, 0, 2, 2, 0}, /* [107] keyword "CLOSE/MODE" of [58] */
    {577, 0xffff, 173, 0x3a, 7, 5, 0, 2, 2, 0}, /* [108] keyword "RECVIND" of [58] */
    {585, 0xffff, 175, 0x3a, 13, 5, 0, 2, 2, 0}, /* [109] keyword "TCP/KEEPALIVE" of [58] */
    {599, 0xffff, 177, 0x3a, 14, 5, 0, 2, 2, 0}, /* [110] keyword "TCP/RETRANSCFG" of [58] */
    {614, 0xffff, 179, 0x3a, 9, 5, 0, 2, 2, 0}, /* [111] keyword "SEND/AUTO" of [58] */
    {624, 0xffff, 181, 0x3a, 9, 5, 0, 2, 2, 0}, /* [112] keyword "FORMATCFG" of [58] */
    {634, 0xffff, 183, 0x3a, 14, 5, 0, 2, 2, 0}, /* [113] keyword "QISEND/TIMEOUT" of [58] */
    {649, 0xffff, 185, 0x3a, 13, 5, 0, 2, 2, 0}, /* [114] keyword "TCP/DELAY_ACK" of [58] */
    {663, 0x7b, 187, 0x3a, 9, 5, 0, 2, 2, 0}, /* [115] keyword "DNS/CACHE" of [58] */
    {673, 0xffff, 189, 0x3a, 13, 5, 0, 2, 2, 0}, /* [116] keyword "TCP/TWRECYCLE" of [58] */
    {687, 0xffff, 191, 0x3a, 9, 5, 0, 2, 2, 0}, /* [117] keyword "DNS/RETRY" of [58] */
    {697, 0xffff, 146, 0x4f, 6, 5, 0, 1, 0, 1}, /* [118] keyword "CLOSED" of [79] */
    {704, 0xffff, 147, 0x4f, 4, 5, 0, 3, 0, 3}, /* [119] keyword "RECV" of [79] */
    {709, 0xffff, 150, 0x4f, 13, 5, 0, 1, 0, 1}, /* [120] keyword "INCOMING FULL" of [79] */
    {723, 0xffff, 151, 0x4f, 8, 5, 0, 1, 0, 1}, /* [121] keyword "INCOMING" of [79] */
    {732, 0xffff, 152, 0x4f, 8, 5, 0, 1, 0, 1}, /* [122] keyword "PDPDEACT" of [79] */
    {741, 0xffff, 153, 0x4f, 6, 5, 0, 2, 0, 2}, /* [123] keyword "DNSGIP" of [79] */
};
/* hash slot (atc__hash of a head's text, top bits) -> its first head */
static const uint16_t atc__quectel_tcpip_slots[] = {
0xffff, 0xffff, 0x13, 0x47, 0xffff, 0x2d, 0x31, 0xffff, 0x2b, 0x21, 0xffff, 0xffff, 0xffff, 0x29, 0xffff, 0x2f,
0x1d, 0x58, 0x5c, 0x48, 0x27, 0x12, 0x4f, 0x50, 0x28, 0x10, 0x7, 0xffff, 0x43, 0xffff, 0x16, 0xffff,
0xffff, 0xffff, 0x4e, 0x15, 0xffff, 0x6e, 0x0, 0xffff, 0xffff, 0x9, 0xffff, 0xffff, 0x38, 0xffff, 0xd, 0xffff,
0x1, 0x4c, 0x35, 0x2, 0xffff, 0x39, 0xffff, 0x73, 0x30, 0xffff, 0x5a, 0xffff, 0xffff, 0x22, 0x5, 0x79,
0x2a, 0xffff, 0x40, 0x2e, 0x4, 0x4a, 0xffff, 0x44, 0xffff, 0x19, 0x76, 0xffff, 0xe, 0xffff, 0xffff, 0x70,
0xffff, 0x14, 0xffff, 0x26, 0xffff, 0x37, 0x23, 0x17, 0xffff, 0x3c, 0xffff, 0x6b, 0xffff, 0x3e, 0xffff, 0xffff,
0x5b, 0x3, 0xffff, 0x3a, 0x25, 0xffff, 0x53, 0xffff, 0xffff, 0xffff, 0x1a, 0x8, 0x42, 0x1e, 0xffff, 0x77,
0x24, 0xffff, 0x6, 0xffff, 0x46, 0xffff, 0x32, 0x3b, 0x51, 0x11, 0xffff, 0xc, 0x1c, 0x1b, 0xffff, 0xffff,
};

/* Wire prefixes, for the encoders: offsets in text. */
static const uint16_t atc__quectel_tcpip_prefixes[] = {
947, 950, 956, 969, 982, 990, 1000, 1008, 1019, 1022, 1033, 1033, 1033, 1033, 1033, 1033,
1033, 1033, 1033, 1033, 1033, 1033, 1033, 1033, 1033, 1033, 1033, 1033, 1033, 1043, 1055, 1066,
1077, 1087, 1097, 1110, 1122, 1135, 1147, 1159, 1174, 1188, 1200, 1211, 1224, 1236, 1249, 1261,
1273, 1284, 1296, 1307, 1317, 1326, 1340, 1353, 1366, 1378, 1389, 1399, 1409, 1418, 1427, 1441,
1454, 1468, 1481, 1492, 1502, 1512, 1528, 1542, 1542, 1542, 1542, 1542, 1542, 1542, 1542, 1542,
1542, 1542, 1542, 1542, 1542, 1542, 1542, 1542, 1542, 1542, 1542, 1542, 1542, 1542, 1542, 1542,
1542, 1542, 1542, 1542, 1542, 1542, 1542, 1542, 1542, 1542, 1542, 1542, 1542, 1551, 1551, 1561,
1561, 1570, 1581, 1581, 1592, 1605, 1615, 1626, 1637, 1637, 1637, 1647, 1647, 1647, 1647, 1655,
1655, 1667, 1678, 1687, 1687, 1695, 1695, 1695, 1695, 1707, 1719, 1719, 1728, 1581, 1592, 1605,
1678, 1678, 1687, 1742, 1742, 1742, 1742, 1742, 1742, 1742, 1742, 1742,
};

const uint32_t atc_quectel_tcpip_timeout_ms[156] = {
0u, 0u, 0u, 0u, 0u, 0u, 0u, 0u, 0u, 0u, 0u, 0u,
0u, 0u, 0u, 0u, 0u, 0u, 0u, 0u, 0u, 0u, 0u, 0u,
0u, 0u, 0u, 0u, 0u, 0u, 0u, 150000u, 150000u, 150000u, 40000u, 40000u,
150000u, 150000u, 150000u, 40000u, 40000u, 150000u, 150000u, 10000u, 10000u, 0u, 0u, 0u,
0u, 0u, 0u, 0u, 0u, 0u, 0u, 0u, 0u, 0u, 0u, 700000u,
700000u, 700000u, 0u, 0u, 60000u, 60000u, 0u, 0u, 0u, 300u, 300u, 0u,
0u, 0u, 0u, 0u, 0u, 0u, 0u, 0u, 0u, 0u, 0u, 0u,
0u, 0u, 0u, 0u, 0u, 0u, 0u, 0u, 0u, 0u, 0u, 0u,
0u, 0u, 0u, 0u, 0u, 0u, 0u, 0u, 0u, 0u, 0u, 0u,
0u, 0u, 0u, 0u, 0u, 0u, 0u, 0u, 0u, 0u, 0u, 0u,
0u, 0u, 0u, 0u, 0u, 0u, 0u, 0u, 0u, 0u, 0u, 0u,
0u, 0u, 0u, 0u, 0u, 0u, 0u, 0u, 0u, 0u, 0u, 0u,
0u, 0u, 0u, 0u, 0u, 0u, 0u, 0u, 0u, 0u, 0u, 0u,
};

#if !ATC_NO_NAMES
static const struct {
    char s0[1];
    char s1[3];
    char s2[6];
    char s3[10];
    char s4[10];
    char s5[8];
    char s6[10];
    char s7[8];
    char s8[11];
    char s9[7];
    char s10[6];
    char s11[13];
    char s12[12];
    char s13[11];
    char s14[9];
    char s15[13];
    char s16[13];
    char s17[11];
    char s18[14];
    char s19[11];
    char s20[8];
    char s21[14];
    char s22[15];
    char s23[10];
    char s24[10];
    char s25[15];
    char s26[14];
    char s27[10];
    char s28[14];
    char s29[10];
    char s30[7];
    char s31[6];
    char s32[8];
    char s33[8];
    char s34[10];
    char s35[7];
    char s36[8];
    char s37[8];
    char s38[7];
    char s39[5];
    char s40[9];
    char s41[8];
    char s42[6];
    char s43[5];
    char s44[9];
    char s45[9];
    char s46[6];
    char s47[11];
    char s48[6];
    char s49[7];
    char s50[5];
    char s51[14];
    char s52[9];
    char s53[9];
    char s54[7];
    char s55[4];
    char s56[15];
    char s57[14];
    char s58[17];
    char s59[17];
    char s60[10];
    char s61[5];
    char s62[7];
    char s63[11];
    char s64[12];
    char s65[7];
    char s66[10];
    char s67[14];
    char s68[10];
    char s69[13];
    char s70[16];
    char s71[11];
    char s72[7];
    char s73[9];
    char s74[11];
    char s75[7];
    char s76[8];
    char s77[10];
    char s78[10];
    char s79[18];
    char s80[10];
    char s81[14];
    char s82[11];
    char s83[13];
    char s84[4];
    char s85[9];
    char s86[9];
    char s87[15];
    char s88[13];
    char s89[11];
    char s90[12];
    char s91[11];
    char s92[12];
    char s93[19];
    char s94[11];
    char s95[3];
    char s96[12];
    char s97[10];
    char s98[12];
    char s99[11];
    char s100[5];
    char s101[9];
    char s102[7];
    char s103[5];
    char s104[14];
    char s105[13];
    char s106[13];
    char s107[9];
    char s108[5];
    char s109[14];
    char s110[13];
    char s111[13];
    char s112[13];
    char s113[10];
    char s114[8];
    char s115[18];
    char s116[12];
    char s117[14];
    char s118[7];
    char s119[10];
    char s120[19];
    char s121[21];
    char s122[17];
    char s123[14];
    char s124[18];
    char s125[18];
    char s126[18];
    char s127[18];
    char s128[21];
    char s129[7];
    char s130[6];
    char s131[5];
    char s132[4];
    char s133[11];
    char s134[5];
    char s135[5];
    char s136[5];
    char s137[4];
    char s138[4];
    char s139[4];
    char s140[20];
    char s141[9];
    char s142[8];
    char s143[13];
    char s144[18];
    char s145[18];
    char s146[8];
    char s147[10];
    char s148[11];
    char s149[3];
    char s150[11];
    char s151[41];
    char s152[39];
    char s153[62];
    char s154[34];
    char s155[33];
    char s156[33];
    char s157[33];
    char s158[36];
    char s159[37];
    char s160[35];
    char s161[78];
    char s162[61];
    char s163[74];
    char s164[32];
    char s165[38];
    char s166[39];
    char s167[35];
    char s168[46];
    char s169[51];
    char s170[12];
    char s171[88];
    char s172[11];
    char s173[10];
    char s174[21];
    char s175[13];
    char s176[23];
    char s177[13];
    char s178[12];
    char s179[37];
    char s180[15];
    char s181[25];
    char s182[12];
    char s183[141];
    char s184[13];
    char s185[35];
    char s186[13];
    char s187[12];
    char s188[46];
    char s189[11];
    char s190[12];
    char s191[65];
    char s192[10];
    char s193[36];
    char s194[14];
    char s195[37];
    char s196[13];
    char s197[37];
    char s198[11];
    char s199[52];
    char s200[10];
    char s201[9];
    char s202[54];
    char s203[14];
    char s204[54];
    char s205[14];
    char s206[35];
    char s207[11];
    char s208[10];
    char s209[16];
    char s210[16];
    char s211[14];
    char s212[38];
    char s213[36];
    char s214[59];
    char s215[31];
    char s216[30];
    char s217[30];
    char s218[30];
    char s219[33];
    char s220[34];
    char s221[32];
    char s222[73];
    char s223[58];
    char s224[65];
    char s225[29];
    char s226[35];
    char s227[36];
    char s228[32];
    char s229[43];
    char s230[48];
    char s231[81];
    char s232[69];
    char s233[20];
    char s234[85];
    char s235[22];
    char s236[34];
    char s237[87];
    char s238[24];
    char s239[134];
    char s240[32];
    char s241[139];
    char s242[35];
    char s243[57];
    char s244[41];
    char s245[33];
    char s246[28];
    char s247[53];
    char s248[65];
    char s249[36];
    char s250[43];
    char s251[36];
    char s252[47];
    char s253[49];
    char s254[23];
    char s255[49];
    char s256[91];
    char s257[57];
    char s258[57];
    char s259[34];
    char s260[15];
    char s261[41];
    char s262[79];
    char s263[30];
    char s264[27];
    char s265[53];
    char s266[61];
    char s267[22];
    char s268[29];
    char s269[27];
    char s270[47];
    char s271[72];
    char s272[24];
    char s273[67];
    char s274[31];
    char s275[46];
    char s276[30];
} atc__quectel_tcpip_names_text_pool = {
    "",
    "OK",
    "ERROR",
    "CME_ERROR",
    "CMS_ERROR",
    "SEND_OK",
    "SEND_FAIL",
    "CONNECT",
    "NO_CARRIER",
    "PROMPT",
    "QICFG",
    "transpktsize",
    "transwaittm",
    "dataformat",
    "viewmode",
    "udp/sendmode",
    "udp/readmode",
    "tcp/accept",
    "passiveclosed",
    "close/mode",
    "recvind",
    "tcp/keepalive",
    "tcp/retranscfg",
    "send/auto",
    "formatcfg",
    "qisend/timeout",
    "tcp/delay_ack",
    "dns/cache",
    "tcp/twrecycle",
    "dns/retry",
    "QICSGP",
    "QIACT",
    "QIDEACT",
    "QIACTEX",
    "QIDEACTEX",
    "QIOPEN",
    "QICLOSE",
    "QISTATE",
    "QISEND",
    "QIRD",
    "QISENDEX",
    "QISWTMD",
    "QPING",
    "QNTP",
    "QIDNSCFG",
    "QIDNSGIP",
    "QISDE",
    "QIGETERROR",
    "QIURC",
    "closed",
    "recv",
    "incoming full",
    "incoming",
    "pdpdeact",
    "dnsgip",
    "err",
    "trans_pkt_size",
    "trans_wait_tm",
    "send_data_format",
    "recv_data_format",
    "view_mode",
    "mode",
    "accept",
    "close_mode",
    "show_length",
    "enable",
    "idle_time",
    "interval_time",
    "probe_cnt",
    "retrains_cnt",
    "retrains_period",
    "connect_id",
    "period",
    "msg_auto",
    "first_send",
    "format",
    "timeout",
    "delay_ack",
    "dns_cache",
    "time_wait_timeout",
    "retry_ack",
    "retry_timeout",
    "context_id",
    "context_type",
    "apn",
    "username",
    "password",
    "authentication",
    "service_type",
    "ip_address",
    "remote_port",
    "local_port",
    "access_mode",
    "tcp_client_max_num",
    "query_type",
    "id",
    "send_length",
    "remote_ip",
    "read_length",
    "hex_string",
    "host",
    "ping_num",
    "server",
    "port",
    "auto_set_time",
    "pri_dns_addr",
    "sec_dns_addr",
    "hostname",
    "echo",
    "context_state",
    "ipv4_address",
    "ipv6_address",
    "socket_state",
    "server_id",
    "at_port",
    "total_send_length",
    "acked_bytes",
    "unacked_bytes",
    "status",
    "free_size",
    "read_actual_length",
    "total_receive_length",
    "have_read_length",
    "unread_length",
    "ipv4_pri_dns_addr",
    "ipv4_sec_dns_addr",
    "ipv6_pri_dns_addr",
    "ipv6_sec_dns_addr",
    "err_code_description",
    "result",
    "bytes",
    "time",
    "ttl",
    "fin_result",
    "sent",
    "rcvd",
    "lost",
    "min",
    "max",
    "avg",
    "current_recv_length",
    "ip_count",
    "dns_ttl",
    "host_ip_addr",
    "+CME ERROR: <err>",
    "+CMS ERROR: <err>",
    "SEND OK",
    "SEND FAIL",
    "NO CARRIER",
    "> ",
    "AT+QICFG=?",
    "AT+QICFG=\"transpktsize\"[,<transpktsize>]",
    "AT+QICFG=\"transwaittm\"[,<transwaittm>]",
    "AT+QICFG=\"dataformat\"[,<send_data_format>,<recv_data_format>]",
    "AT+QICFG=\"viewmode\"[,<view_mode>]",
    "AT+QICFG=\"udp/sendmode\"[,<mode>]",
    "AT+QICFG=\"udp/readmode\"[,<mode>]",
    "AT+QICFG=\"tcp/accept\"[,<accept>]",
    "AT+QICFG=\"passiveclosed\"[,<closed>]",
    "AT+QICFG=\"close/mode\"[,<close_mode>]",
    "AT+QICFG=\"recvind\"[,<show_length>]",
    "AT+QICFG=\"tcp/keepalive\"[,<enable>[,<idle_time>,<interval_time>,<probe_cnt>]]",
    "AT+QICFG=\"tcp/retranscfg\"[,<retrains_cnt>,<retrains_period>]",
    "AT+QICFG=\"send/auto\"[,<connectID>[,<period>[,<msg_auto>[,<first_send>]]]]",
    "AT+QICFG=\"formatcfg\"[,<format>]",
    "AT+QICFG=\"qisend/timeout\"[,<timeout>]",
    "AT+QICFG=\"tcp/delay_ack\"[,<delay_ack>]",
    "AT+QICFG=\"dns/cache\"[,<dns_cache>]",
    "AT+QICFG=\"tcp/twrecycle\"[,<timewait_timeout>]",
    "AT+QICFG=\"dns/retry\"[,<retry_ack>,<retry_timeout>]",
    "AT+QICSGP=?",
    "AT+QICSGP=<contextID>[,<context_type>,<APN>[,<username>,<password>][,<authentication>]]",
    "AT+QIACT=?",
    "AT+QIACT?",
    "AT+QIACT=<contextID>",
    "AT+QIDEACT=?",
    "AT+QIDEACT=<contextID>",
    "AT+QIACTEX=?",
    "AT+QIACTEX?",
    "AT+QIACTEX=<contextID>[,<view_mode>]",
    "AT+QIDEACTEX=?",
    "AT+QIDEACTEX=<contextID>",
    "AT+QIOPEN=?",
    "AT+QIOPEN=<contextID>,<connectID>,<service_type>,<IP_address/domain_name>,<remote_port>[,<local_port>[,<access_mode>[,<tcp_client_maxnum>]]]",
    "AT+QICLOSE=?",
    "AT+QICLOSE=<connectID>[,<timeout>]",
    "AT+QISTATE=?",
    "AT+QISTATE?",
    "AT+QISTATE=<query_type>,<contextID/connectID>",
    "AT+QISTATE",
    "AT+QISEND=?",
    "AT+QISEND=<connectID>[,<send_length>[,<remoteIP>,<remote_port>]]",
    "AT+QIRD=?",
    "AT+QIRD=<connectID>[,<read_length>]",
    "AT+QISENDEX=?",
    "AT+QISENDEX=<connectID>,<hex_string>",
    "AT+QISWTMD=?",
    "AT+QISWTMD=<connectID>,<access_mode>",
    "AT+QPING=?",
    "AT+QPING=<contextID>,<host>[,<timeout>[,<pingnum>]]",
    "AT+QNTP=?",
    "AT+QNTP?",
    "AT+QNTP=<contextID>,<server>[,<port>[,<autosettime>]]",
    "AT+QIDNSCFG=?",
    "AT+QIDNSCFG=<contextID>[,<pridnsaddr>[,<secdnsaddr>]]",
    "AT+QIDNSGIP=?",
    "AT+QIDNSGIP=<contextID>,<hostname>",
    "AT+QISDE=?",
    "AT+QISDE?",
    "AT+QISDE=<echo>",
    "AT+QIGETERROR=?",
    "AT+QIGETERROR",
    "+QICFG: \"transpktsize\",<transpktsize>",
    "+QICFG: \"transwaittm\",<transwaittm>",
    "+QICFG: \"dataformat\",<send_data_format>,<recv_data_format>",
    "+QICFG: \"viewmode\",<view_mode>",
    "+QICFG: \"udp/sendmode\",<mode>",
    "+QICFG: \"udp/readmode\",<mode>",
    "+QICFG: \"tcp/accept\",<accept>",
    "+QICFG: \"passiveclosed\",<closed>",
    "+QICFG: \"close/mode\",<close_mode>",
    "+QICFG: \"recvind\",<show_length>",
    "+QICFG: \"tcp/keepalive\",<enable>,<idle_time>,<interval_time>,<probe_cnt>",
    "+QICFG: \"tcp/retranscfg\",<retrains_cnt>,<retrains_period>",
    "+QICFG: \"send/auto\",<connectID>,<period>,<msg_auto>,<first_send>",
    "+QICFG: \"formatcfg\",<format>",
    "+QICFG: \"qisend/timeout\",<timeout>",
    "+QICFG: \"tcp/delay_ack\",<delay_ack>",
    "+QICFG: \"dns/cache\",<dns_cache>",
    "+QICFG: \"tcp/twrecycle\",<timewait_timeout>",
    "+QICFG: \"dns/retry\",<retry_ack>,<retry_timeout>",
    "+QICSGP: <contextID>,<context_type>,<APN>,<username>,<password>,<authentication>",
    "+QICSGP: <context_type>,<APN>,<username>,<password>,<authentication>",
    "+QIACT: <contextID>",
    "+QIACT: <contextID>,<context_state>,<context_type>[,<IPv4_address>][,<IPv6_address>]",
    "+QIDEACT: <contextID>",
    "+QIACTEX: <contextID>,<view_mode>",
    "+QIACTEX: <contextID>,<context_state>,<context_type>[,<IPv4_address>][,<IPv6_address>]",
    "+QIDEACTEX: <contextID>",
    "+QIOPEN: <contextID>,<connectID>,<service_type>,<IP_address/domain_name>,<remote_port>,<local_port>,<access_mode>,<tcp_client_maxnum>",
    "+QICLOSE: <connectID>,<timeout>",
    "+QISTATE: <connectID>,<service_type>,<IP_address>,<remote_port>,<local_port>,<socket_state>,<contextID>,<serverID>,<access_mode>,<AT_port>",
    "+QISEND: <connectID>,<send_length>",
    "+QISEND: <total_send_length>,<ackedbytes>,<unackedbytes>",
    "+QISEND: <connectID>,<status>,<Freesize>",
    "+QIRD: <connectID>,<read_length>",
    "+QIRD: <read_actual_length>",
    "+QIRD: <read_actual_length>,<remoteIP>,<remote_port>",
    "+QIRD: <total_receive_length>,<have_read_length>,<unread_length>",
    "+QISENDEX: <connectID>,<hex_string>",
    "+QISENDEX: <connectID>,<status>,<Freesize>",
    "+QISWTMD: <connectID>,<access_mode>",
    "+QPING: <contextID>,<host>,<timeout>,<pingnum>",
    "+QNTP: <contextID>,<server>,<port>,<autosettime>",
    "+QNTP: <server>,<port>",
    "+QIDNSCFG: <contextID>,<pridnsaddr>,<secdnsaddr>",
    "+QIDNSCFG: <contextID>,<ipv4pridnsaddr>,<ipv4secdnsaddr>,<ipv6pridnsaddr>,<ipv6secdnsaddr>",
    "+QIDNSCFG: <contextID>,<ipv4pridnsaddr>,<ipv4secdnsaddr>",
    "+QIDNSCFG: <contextID>,<ipv6pridnsaddr>,<ipv6secdnsaddr>",
    "+QIDNSGIP: <contextID>,<hostname>",
    "+QISDE: <echo>",
    "+QIGETERROR: <err>,<errcode_description>",
    "+QIACTEX: <contextID>,<err>[,<context_type>[,<IPv4_address>][,<IPv6_address>]]",
    "+QIDEACTEX: <contextID>,<err>",
    "+QIOPEN: <connectID>,<err>",
    "+QPING: <result>[,<IP_address>,<bytes>,<time>,<ttl>]",
    "+QPING: <finresult>[,<sent>,<rcvd>,<lost>,<min>,<max>,<avg>]",
    "+QNTP: <err>[,<time>]",
    "+QIURC: \"closed\",<connectID>",
    "+QIURC: \"recv\",<connectID>",
    "+QIURC: \"recv\",<connectID>,<currentrecvlength>",
    "+QIURC: \"recv\",<connectID>,<currentrecvlength>,<remoteIP>,<remote_port>",
    "+QIURC: \"incoming full\"",
    "+QIURC: \"incoming\",<connectID>,<serverID>,<remoteIP>,<remote_port>",
    "+QIURC: \"pdpdeact\",<contextID>",
    "+QIURC: \"dnsgip\",<err>[,<IP_count>,<DNS_ttl>]",
    "+QIURC: \"dnsgip\",<hostIPAddr>"
};
ATC__QUECTEL_TCPIP_CHECK(names_text_pool_unpadded, sizeof atc__quectel_tcpip_names_text_pool == 6539);
#define atc__quectel_tcpip_names_text ((const char *)&atc__quectel_tcpip_names_text_pool)

static const uint16_t atc__quectel_tcpip_msg_names[] = {
1, 4, 10, 20, 30, 38, 48, 56, 67, 74, 74, 74, 74, 74, 74, 74,
74, 74, 74, 74, 74, 74, 74, 74, 74, 74, 74, 74, 74, 307, 307, 314,
314, 314, 320, 320, 328, 328, 328, 336, 336, 346, 346, 353, 353, 361, 361, 361,
361, 369, 369, 376, 376, 381, 381, 390, 390, 398, 398, 404, 404, 404, 409, 409,
418, 418, 427, 427, 427, 433, 433, 74, 74, 74, 74, 74, 74, 74, 74, 74,
74, 74, 74, 74, 74, 74, 74, 74, 74, 74, 74, 74, 74, 74, 74, 74,
74, 74, 74, 74, 74, 74, 74, 74, 74, 74, 74, 74, 74, 307, 307, 314,
314, 320, 328, 328, 336, 346, 353, 361, 369, 369, 369, 376, 376, 376, 376, 381,
381, 390, 398, 404, 404, 409, 409, 409, 409, 418, 427, 427, 433, 328, 336, 346,
398, 398, 404, 444, 444, 444, 444, 444, 444, 444, 444, 444,
};
static const uint16_t atc__quectel_tcpip_variant_names[] = {
0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 80, 93, 105, 116, 125, 138,
151, 162, 176, 187, 195, 209, 224, 234, 244, 259, 273, 283, 297, 0, 0, 0,
0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
0, 0, 0, 0, 0, 0, 0, 80, 93, 105, 116, 125, 138, 151, 162, 176,
187, 195, 209, 224, 234, 244, 259, 273, 283, 297, 80, 93, 105, 116, 125, 138,
151, 162, 176, 187, 195, 209, 224, 234, 244, 259, 273, 283, 297, 0, 0, 0,
0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
0, 0, 0, 450, 457, 457, 457, 462, 476, 485, 494, 494,
};
static const uint16_t atc__quectel_tcpip_field_names[] = {
501, 501, 0, 505, 0, 520, 0, 534, 551, 0, 568, 0, 578, 0, 578, 0,
583, 0, 450, 0, 590, 0, 601, 0, 613, 620, 630, 644, 0, 654, 667, 0,
683, 694, 701, 710, 0, 721, 0, 728, 0, 736, 0, 746, 0, 756, 0, 774,
784, 798, 809, 822, 826, 835, 844, 798, 798, 568, 798, 683, 859, 872, 883, 895,
906, 918, 683, 728, 937, 948, 683, 951, 963, 883, 683, 973, 683, 985, 683, 906,
798, 996, 728, 1001, 798, 1010, 1017, 1022, 798, 1036, 1049, 798, 1062, 1071, 0, 505,
0, 520, 0, 534, 551, 0, 568, 0, 578, 0, 578, 0, 583, 0, 450, 0,
590, 0, 601, 0, 613, 620, 630, 644, 0, 654, 667, 0, 683, 694, 701, 710,
0, 721, 0, 728, 0, 736, 0, 746, 0, 756, 0, 774, 784, 0, 505, 0,
520, 0, 534, 551, 0, 568, 0, 578, 0, 578, 0, 583, 0, 450, 0, 590,
0, 601, 0, 613, 620, 630, 644, 0, 654, 667, 0, 683, 694, 701, 710, 0,
721, 0, 728, 0, 736, 0, 746, 0, 756, 0, 774, 784, 798, 809, 822, 826,
835, 844, 809, 822, 826, 835, 844, 798, 798, 1076, 809, 1090, 1103, 798, 568, 798,
683, 859, 872, 883, 895, 906, 918, 683, 728, 683, 859, 872, 883, 895, 1116, 798,
1129, 906, 1139, 683, 951, 1147, 1165, 1177, 683, 1191, 1198, 683, 973, 1208, 1208, 963,
883, 1227, 1248, 1265, 683, 985, 683, 906, 798, 996, 728, 1001, 798, 1010, 1017, 1022,
1010, 1017, 798, 1036, 1049, 798, 1279, 1297, 1315, 1333, 798, 1279, 1297, 798, 1315, 1333,
798, 1062, 1071, 501, 1351, 798, 501, 809, 1090, 1103, 798, 501, 683, 501, 1372, 872,
1379, 1385, 1390, 1394, 1405, 1410, 1415, 1420, 1424, 1428, 501, 1385, 0, 683, 0, 683,
0, 683, 1432, 0, 683, 1432, 963, 883, 0, 0, 683, 1129, 963, 883, 0, 798,
0, 501, 1452, 1461, 0, 1469,
    0
};
static const uint16_t atc__quectel_tcpip_syntaxes[] = {
1, 4, 1482, 1500, 1518, 1526, 48, 1536, 1547, 1550, 1561, 1602, 1641, 1703, 1737, 1770,
1803, 1836, 1872, 1909, 1944, 2022, 2083, 2157, 2189, 2227, 2266, 2301, 2347, 2398, 2410, 2498,
2509, 2519, 2540, 2553, 2576, 2589, 2601, 2638, 2653, 2678, 2690, 2831, 2844, 2879, 2892, 2904,
2950, 2961, 2973, 3038, 3048, 3084, 3098, 3135, 3148, 3185, 3196, 3248, 3258, 3267, 3321, 3335,
3389, 3403, 3438, 3449, 3459, 3475, 3491, 3505, 3543, 3579, 3638, 3669, 3699, 3729, 3759, 3792,
3826, 3858, 3931, 3989, 4054, 4083, 4118, 4154, 4186, 4229, 3505, 3543, 3579, 3638, 3669, 3699,
3729, 3759, 3792, 3826, 3858, 3931, 3989, 4054, 4083, 4118, 4154, 4186, 4229, 4277, 4358, 4427,
4447, 4532, 4554, 4588, 4675, 4699, 4833, 4865, 5004, 5039, 5096, 5137, 5170, 5198, 5251, 5316,
5352, 5395, 5431, 5478, 5527, 5550, 5599, 5690, 5747, 5804, 5838, 5838, 5853, 5894, 5973, 6003,
6030, 6083, 6144, 6166, 6195, 6222, 6269, 6341, 6365, 6432, 6463, 6509,
};
static const atc_names atc__quectel_tcpip_names = {
    atc__quectel_tcpip_names_text, atc__quectel_tcpip_msg_names, atc__quectel_tcpip_variant_names,
    atc__quectel_tcpip_field_names, atc__quectel_tcpip_syntaxes, atc_quectel_tcpip_timeout_ms
};
#endif

ATC__QUECTEL_TCPIP_CHECK(cme_error_err_text, offsetof(atc_quectel_tcpip_cme_error, err_text) < 256);
ATC__QUECTEL_TCPIP_CHECK(cms_error_err_text, offsetof(atc_quectel_tcpip_cms_error, err_text) < 256);
ATC__QUECTEL_TCPIP_CHECK(at_qicfg_set_transpktsize_has_trans_pkt_size, offsetof(atc_quectel_tcpip_at_qicfg_set_transpktsize, has_trans_pkt_size) < 256);
ATC__QUECTEL_TCPIP_CHECK(at_qicfg_set_transwaittm_has_trans_wait_tm, offsetof(atc_quectel_tcpip_at_qicfg_set_transwaittm, has_trans_wait_tm) < 256);
ATC__QUECTEL_TCPIP_CHECK(at_qicfg_set_dataformat_has_send_data_format, offsetof(atc_quectel_tcpip_at_qicfg_set_dataformat, has_send_data_format) < 256);
ATC__QUECTEL_TCPIP_CHECK(at_qicfg_set_dataformat_has_recv_data_format, offsetof(atc_quectel_tcpip_at_qicfg_set_dataformat, has_recv_data_format) < 256);
ATC__QUECTEL_TCPIP_CHECK(at_qicfg_set_viewmode_has_view_mode, offsetof(atc_quectel_tcpip_at_qicfg_set_viewmode, has_view_mode) < 256);
ATC__QUECTEL_TCPIP_CHECK(at_qicfg_set_udp_sendmode_has_mode, offsetof(atc_quectel_tcpip_at_qicfg_set_udp_sendmode, has_mode) < 256);
ATC__QUECTEL_TCPIP_CHECK(at_qicfg_set_udp_readmode_has_mode, offsetof(atc_quectel_tcpip_at_qicfg_set_udp_readmode, has_mode) < 256);
ATC__QUECTEL_TCPIP_CHECK(at_qicfg_set_tcp_accept_has_accept, offsetof(atc_quectel_tcpip_at_qicfg_set_tcp_accept, has_accept) < 256);
ATC__QUECTEL_TCPIP_CHECK(at_qicfg_set_passiveclosed_has_closed, offsetof(atc_quectel_tcpip_at_qicfg_set_passiveclosed, has_closed) < 256);
ATC__QUECTEL_TCPIP_CHECK(at_qicfg_set_close_mode_has_close_mode, offsetof(atc_quectel_tcpip_at_qicfg_set_close_mode, has_close_mode) < 256);
ATC__QUECTEL_TCPIP_CHECK(at_qicfg_set_recvind_has_show_length, offsetof(atc_quectel_tcpip_at_qicfg_set_recvind, has_show_length) < 256);
ATC__QUECTEL_TCPIP_CHECK(at_qicfg_set_tcp_keepalive_has_enable, offsetof(atc_quectel_tcpip_at_qicfg_set_tcp_keepalive, has_enable) < 256);
ATC__QUECTEL_TCPIP_CHECK(at_qicfg_set_tcp_keepalive_has_idle_time, offsetof(atc_quectel_tcpip_at_qicfg_set_tcp_keepalive, has_idle_time) < 256);
ATC__QUECTEL_TCPIP_CHECK(at_qicfg_set_tcp_keepalive_has_interval_time, offsetof(atc_quectel_tcpip_at_qicfg_set_tcp_keepalive, has_interval_time) < 256);
ATC__QUECTEL_TCPIP_CHECK(at_qicfg_set_tcp_keepalive_has_probe_cnt, offsetof(atc_quectel_tcpip_at_qicfg_set_tcp_keepalive, has_probe_cnt) < 256);
ATC__QUECTEL_TCPIP_CHECK(at_qicfg_set_tcp_retranscfg_has_retrains_cnt, offsetof(atc_quectel_tcpip_at_qicfg_set_tcp_retranscfg, has_retrains_cnt) < 256);
ATC__QUECTEL_TCPIP_CHECK(at_qicfg_set_tcp_retranscfg_has_retrains_period, offsetof(atc_quectel_tcpip_at_qicfg_set_tcp_retranscfg, has_retrains_period) < 256);
ATC__QUECTEL_TCPIP_CHECK(at_qicfg_set_send_auto_has_connect_id, offsetof(atc_quectel_tcpip_at_qicfg_set_send_auto, has_connect_id) < 256);
ATC__QUECTEL_TCPIP_CHECK(at_qicfg_set_send_auto_has_period, offsetof(atc_quectel_tcpip_at_qicfg_set_send_auto, has_period) < 256);
ATC__QUECTEL_TCPIP_CHECK(at_qicfg_set_send_auto_has_msg_auto, offsetof(atc_quectel_tcpip_at_qicfg_set_send_auto, has_msg_auto) < 256);
ATC__QUECTEL_TCPIP_CHECK(at_qicfg_set_send_auto_has_first_send, offsetof(atc_quectel_tcpip_at_qicfg_set_send_auto, has_first_send) < 256);
ATC__QUECTEL_TCPIP_CHECK(at_qicfg_set_formatcfg_has_format, offsetof(atc_quectel_tcpip_at_qicfg_set_formatcfg, has_format) < 256);
ATC__QUECTEL_TCPIP_CHECK(at_qicfg_set_qisend_timeout_has_timeout, offsetof(atc_quectel_tcpip_at_qicfg_set_qisend_timeout, has_timeout) < 256);
ATC__QUECTEL_TCPIP_CHECK(at_qicfg_set_tcp_delay_ack_has_delay_ack, offsetof(atc_quectel_tcpip_at_qicfg_set_tcp_delay_ack, has_delay_ack) < 256);
ATC__QUECTEL_TCPIP_CHECK(at_qicfg_set_dns_cache_has_dns_cache, offsetof(atc_quectel_tcpip_at_qicfg_set_dns_cache, has_dns_cache) < 256);
ATC__QUECTEL_TCPIP_CHECK(at_qicfg_set_tcp_twrecycle_has_time_wait_timeout, offsetof(atc_quectel_tcpip_at_qicfg_set_tcp_twrecycle, has_time_wait_timeout) < 256);
ATC__QUECTEL_TCPIP_CHECK(at_qicfg_set_dns_retry_has_retry_ack, offsetof(atc_quectel_tcpip_at_qicfg_set_dns_retry, has_retry_ack) < 256);
ATC__QUECTEL_TCPIP_CHECK(at_qicfg_set_dns_retry_has_retry_timeout, offsetof(atc_quectel_tcpip_at_qicfg_set_dns_retry, has_retry_timeout) < 256);
ATC__QUECTEL_TCPIP_CHECK(at_qicsgp_set_has_context_type, offsetof(atc_quectel_tcpip_at_qicsgp_set, has_context_type) < 256);
ATC__QUECTEL_TCPIP_CHECK(at_qicsgp_set_has_apn, offsetof(atc_quectel_tcpip_at_qicsgp_set, has_apn) < 256);
ATC__QUECTEL_TCPIP_CHECK(at_qicsgp_set_has_username, offsetof(atc_quectel_tcpip_at_qicsgp_set, has_username) < 256);
ATC__QUECTEL_TCPIP_CHECK(at_qicsgp_set_has_password, offsetof(atc_quectel_tcpip_at_qicsgp_set, has_password) < 256);
ATC__QUECTEL_TCPIP_CHECK(at_qicsgp_set_has_authentication, offsetof(atc_quectel_tcpip_at_qicsgp_set, has_authentication) < 256);
ATC__QUECTEL_TCPIP_CHECK(at_qiactex_set_has_view_mode, offsetof(atc_quectel_tcpip_at_qiactex_set, has_view_mode) < 256);
ATC__QUECTEL_TCPIP_CHECK(at_qiopen_set_has_local_port, offsetof(atc_quectel_tcpip_at_qiopen_set, has_local_port) < 256);
ATC__QUECTEL_TCPIP_CHECK(at_qiopen_set_has_access_mode, offsetof(atc_quectel_tcpip_at_qiopen_set, has_access_mode) < 256);
ATC__QUECTEL_TCPIP_CHECK(at_qiopen_set_has_tcp_client_max_num, offsetof(atc_quectel_tcpip_at_qiopen_set, has_tcp_client_max_num) < 256);
ATC__QUECTEL_TCPIP_CHECK(at_qiclose_set_has_timeout, offsetof(atc_quectel_tcpip_at_qiclose_set, has_timeout) < 256);
ATC__QUECTEL_TCPIP_CHECK(at_qisend_set_has_send_length, offsetof(atc_quectel_tcpip_at_qisend_set, has_send_length) < 256);
ATC__QUECTEL_TCPIP_CHECK(at_qisend_set_has_remote_ip, offsetof(atc_quectel_tcpip_at_qisend_set, has_remote_ip) < 256);
ATC__QUECTEL_TCPIP_CHECK(at_qisend_set_has_remote_port, offsetof(atc_quectel_tcpip_at_qisend_set, has_remote_port) < 256);
ATC__QUECTEL_TCPIP_CHECK(at_qird_set_has_read_length, offsetof(atc_quectel_tcpip_at_qird_set, has_read_length) < 256);
ATC__QUECTEL_TCPIP_CHECK(at_qping_set_has_timeout, offsetof(atc_quectel_tcpip_at_qping_set, has_timeout) < 256);
ATC__QUECTEL_TCPIP_CHECK(at_qping_set_has_ping_num, offsetof(atc_quectel_tcpip_at_qping_set, has_ping_num) < 256);
ATC__QUECTEL_TCPIP_CHECK(at_qntp_set_has_port, offsetof(atc_quectel_tcpip_at_qntp_set, has_port) < 256);
ATC__QUECTEL_TCPIP_CHECK(at_qntp_set_has_auto_set_time, offsetof(atc_quectel_tcpip_at_qntp_set, has_auto_set_time) < 256);
ATC__QUECTEL_TCPIP_CHECK(at_qidnscfg_set_has_pri_dns_addr, offsetof(atc_quectel_tcpip_at_qidnscfg_set, has_pri_dns_addr) < 256);
ATC__QUECTEL_TCPIP_CHECK(at_qidnscfg_set_has_sec_dns_addr, offsetof(atc_quectel_tcpip_at_qidnscfg_set, has_sec_dns_addr) < 256);
ATC__QUECTEL_TCPIP_CHECK(qiact_read_has_ipv4_address, offsetof(atc_quectel_tcpip_qiact_read, has_ipv4_address) < 256);
ATC__QUECTEL_TCPIP_CHECK(qiact_read_has_ipv6_address, offsetof(atc_quectel_tcpip_qiact_read, has_ipv6_address) < 256);
ATC__QUECTEL_TCPIP_CHECK(qiactex_read_has_ipv4_address, offsetof(atc_quectel_tcpip_qiactex_read, has_ipv4_address) < 256);
ATC__QUECTEL_TCPIP_CHECK(qiactex_read_has_ipv6_address, offsetof(atc_quectel_tcpip_qiactex_read, has_ipv6_address) < 256);
ATC__QUECTEL_TCPIP_CHECK(qiactex_has_context_type, offsetof(atc_quectel_tcpip_qiactex, has_context_type) < 256);
ATC__QUECTEL_TCPIP_CHECK(qiactex_has_ipv4_address, offsetof(atc_quectel_tcpip_qiactex, has_ipv4_address) < 256);
ATC__QUECTEL_TCPIP_CHECK(qiactex_has_ipv6_address, offsetof(atc_quectel_tcpip_qiactex, has_ipv6_address) < 256);
ATC__QUECTEL_TCPIP_CHECK(qping_has_ip_address, offsetof(atc_quectel_tcpip_qping, has_ip_address) < 256);
ATC__QUECTEL_TCPIP_CHECK(qping_has_bytes, offsetof(atc_quectel_tcpip_qping, has_bytes) < 256);
ATC__QUECTEL_TCPIP_CHECK(qping_has_time, offsetof(atc_quectel_tcpip_qping, has_time) < 256);
ATC__QUECTEL_TCPIP_CHECK(qping_has_ttl, offsetof(atc_quectel_tcpip_qping, has_ttl) < 256);
ATC__QUECTEL_TCPIP_CHECK(qping_summary_has_sent, offsetof(atc_quectel_tcpip_qping_summary, has_sent) < 256);
ATC__QUECTEL_TCPIP_CHECK(qping_summary_has_rcvd, offsetof(atc_quectel_tcpip_qping_summary, has_rcvd) < 256);
ATC__QUECTEL_TCPIP_CHECK(qping_summary_has_lost, offsetof(atc_quectel_tcpip_qping_summary, has_lost) < 256);
ATC__QUECTEL_TCPIP_CHECK(qping_summary_has_min, offsetof(atc_quectel_tcpip_qping_summary, has_min) < 256);
ATC__QUECTEL_TCPIP_CHECK(qping_summary_has_max, offsetof(atc_quectel_tcpip_qping_summary, has_max) < 256);
ATC__QUECTEL_TCPIP_CHECK(qping_summary_has_avg, offsetof(atc_quectel_tcpip_qping_summary, has_avg) < 256);
ATC__QUECTEL_TCPIP_CHECK(qntp_has_time, offsetof(atc_quectel_tcpip_qntp, has_time) < 256);
ATC__QUECTEL_TCPIP_CHECK(qiurc_dnsgip_has_ip_count, offsetof(atc_quectel_tcpip_qiurc_dnsgip, has_ip_count) < 256);
ATC__QUECTEL_TCPIP_CHECK(qiurc_dnsgip_has_dns_ttl, offsetof(atc_quectel_tcpip_qiurc_dnsgip, has_dns_ttl) < 256);

const atc_profile atc_quectel_tcpip_profile = {
    "quectel_tcpip",
    atc__quectel_tcpip_msgs, atc__quectel_tcpip_fields, atc__quectel_tcpip_infos, atc__quectel_tcpip_shapes,
    atc__quectel_tcpip_ids, atc__quectel_tcpip_ints, atc__quectel_tcpip_strs, atc__quectel_tcpip_text,
    atc__quectel_tcpip_heads, atc__quectel_tcpip_slots, atc__quectel_tcpip_keys,
    atc__quectel_tcpip_prompts, atc__quectel_tcpip_payloads,
    atc__quectel_tcpip_conds, atc__quectel_tcpip_effects,
    atc__quectel_tcpip_prefixes,
#if ATC_NO_NAMES
    NULL,
#else
    &atc__quectel_tcpip_names,
#endif
    156, 8,
    7, ATC_P_JOINED,
    5, 7, atc__quectel_tcpip_states,
    1751, 68, 1, 0,
    8, 0,
    0xffff, 18,
    255, ATC_NO_MSG, ATC_NO_MSG,
    NULL, 0,
    NULL,
    atc__quectel_tcpip_completions, atc__quectel_tcpip_await_parts,
    atc__quectel_tcpip_timings, 7, 21,
    5000u, 5000u, 150000u
};

/* ---- Encoders: one per message; module-side ones serve tests and simulators. ---- */
ATC_API atc_err atc_quectel_tcpip_encode_ok(const atc_quectel_tcpip_ok *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc_quectel_tcpip_profile, ATC_QUECTEL_TCPIP_OK, msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_quectel_tcpip_encode_error(const atc_quectel_tcpip_error *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc_quectel_tcpip_profile, ATC_QUECTEL_TCPIP_ERROR, msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_quectel_tcpip_encode_cme_error(const atc_quectel_tcpip_cme_error *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc_quectel_tcpip_profile, ATC_QUECTEL_TCPIP_CME_ERROR, msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_quectel_tcpip_encode_cms_error(const atc_quectel_tcpip_cms_error *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc_quectel_tcpip_profile, ATC_QUECTEL_TCPIP_CMS_ERROR, msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_quectel_tcpip_encode_send_ok(const atc_quectel_tcpip_send_ok *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc_quectel_tcpip_profile, ATC_QUECTEL_TCPIP_SEND_OK, msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_quectel_tcpip_encode_send_fail(const atc_quectel_tcpip_send_fail *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc_quectel_tcpip_profile, ATC_QUECTEL_TCPIP_SEND_FAIL, msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_quectel_tcpip_encode_connect(const atc_quectel_tcpip_connect *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc_quectel_tcpip_profile, ATC_QUECTEL_TCPIP_CONNECT, msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_quectel_tcpip_encode_no_carrier(const atc_quectel_tcpip_no_carrier *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc_quectel_tcpip_profile, ATC_QUECTEL_TCPIP_NO_CARRIER, msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_quectel_tcpip_encode_prompt(const atc_quectel_tcpip_prompt *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc_quectel_tcpip_profile, ATC_QUECTEL_TCPIP_PROMPT, msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_quectel_tcpip_encode_at_qicfg_test(const atc_quectel_tcpip_at_qicfg_test *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc_quectel_tcpip_profile, ATC_QUECTEL_TCPIP_AT_QICFG_TEST, msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_quectel_tcpip_encode_at_qicfg_set_transpktsize(const atc_quectel_tcpip_at_qicfg_set_transpktsize *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc_quectel_tcpip_profile, ATC_QUECTEL_TCPIP_AT_QICFG_SET_TRANSPKTSIZE, msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_quectel_tcpip_encode_at_qicfg_set_transwaittm(const atc_quectel_tcpip_at_qicfg_set_transwaittm *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc_quectel_tcpip_profile, ATC_QUECTEL_TCPIP_AT_QICFG_SET_TRANSWAITTM, msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_quectel_tcpip_encode_at_qicfg_set_dataformat(const atc_quectel_tcpip_at_qicfg_set_dataformat *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc_quectel_tcpip_profile, ATC_QUECTEL_TCPIP_AT_QICFG_SET_DATAFORMAT, msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_quectel_tcpip_encode_at_qicfg_set_viewmode(const atc_quectel_tcpip_at_qicfg_set_viewmode *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc_quectel_tcpip_profile, ATC_QUECTEL_TCPIP_AT_QICFG_SET_VIEWMODE, msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_quectel_tcpip_encode_at_qicfg_set_udp_sendmode(const atc_quectel_tcpip_at_qicfg_set_udp_sendmode *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc_quectel_tcpip_profile, ATC_QUECTEL_TCPIP_AT_QICFG_SET_UDP_SENDMODE, msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_quectel_tcpip_encode_at_qicfg_set_udp_readmode(const atc_quectel_tcpip_at_qicfg_set_udp_readmode *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc_quectel_tcpip_profile, ATC_QUECTEL_TCPIP_AT_QICFG_SET_UDP_READMODE, msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_quectel_tcpip_encode_at_qicfg_set_tcp_accept(const atc_quectel_tcpip_at_qicfg_set_tcp_accept *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc_quectel_tcpip_profile, ATC_QUECTEL_TCPIP_AT_QICFG_SET_TCP_ACCEPT, msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_quectel_tcpip_encode_at_qicfg_set_passiveclosed(const atc_quectel_tcpip_at_qicfg_set_passiveclosed *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc_quectel_tcpip_profile, ATC_QUECTEL_TCPIP_AT_QICFG_SET_PASSIVECLOSED, msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_quectel_tcpip_encode_at_qicfg_set_close_mode(const atc_quectel_tcpip_at_qicfg_set_close_mode *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc_quectel_tcpip_profile, ATC_QUECTEL_TCPIP_AT_QICFG_SET_CLOSE_MODE, msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_quectel_tcpip_encode_at_qicfg_set_recvind(const atc_quectel_tcpip_at_qicfg_set_recvind *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc_quectel_tcpip_profile, ATC_QUECTEL_TCPIP_AT_QICFG_SET_RECVIND, msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_quectel_tcpip_encode_at_qicfg_set_tcp_keepalive(const atc_quectel_tcpip_at_qicfg_set_tcp_keepalive *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc_quectel_tcpip_profile, ATC_QUECTEL_TCPIP_AT_QICFG_SET_TCP_KEEPALIVE, msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_quectel_tcpip_encode_at_qicfg_set_tcp_retranscfg(const atc_quectel_tcpip_at_qicfg_set_tcp_retranscfg *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc_quectel_tcpip_profile, ATC_QUECTEL_TCPIP_AT_QICFG_SET_TCP_RETRANSCFG, msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_quectel_tcpip_encode_at_qicfg_set_send_auto(const atc_quectel_tcpip_at_qicfg_set_send_auto *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc_quectel_tcpip_profile, ATC_QUECTEL_TCPIP_AT_QICFG_SET_SEND_AUTO, msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_quectel_tcpip_encode_at_qicfg_set_formatcfg(const atc_quectel_tcpip_at_qicfg_set_formatcfg *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc_quectel_tcpip_profile, ATC_QUECTEL_TCPIP_AT_QICFG_SET_FORMATCFG, msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_quectel_tcpip_encode_at_qicfg_set_qisend_timeout(const atc_quectel_tcpip_at_qicfg_set_qisend_timeout *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc_quectel_tcpip_profile, ATC_QUECTEL_TCPIP_AT_QICFG_SET_QISEND_TIMEOUT, msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_quectel_tcpip_encode_at_qicfg_set_tcp_delay_ack(const atc_quectel_tcpip_at_qicfg_set_tcp_delay_ack *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc_quectel_tcpip_profile, ATC_QUECTEL_TCPIP_AT_QICFG_SET_TCP_DELAY_ACK, msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_quectel_tcpip_encode_at_qicfg_set_dns_cache(const atc_quectel_tcpip_at_qicfg_set_dns_cache *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc_quectel_tcpip_profile, ATC_QUECTEL_TCPIP_AT_QICFG_SET_DNS_CACHE, msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_quectel_tcpip_encode_at_qicfg_set_tcp_twrecycle(const atc_quectel_tcpip_at_qicfg_set_tcp_twrecycle *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc_quectel_tcpip_profile, ATC_QUECTEL_TCPIP_AT_QICFG_SET_TCP_TWRECYCLE, msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_quectel_tcpip_encode_at_qicfg_set_dns_retry(const atc_quectel_tcpip_at_qicfg_set_dns_retry *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc_quectel_tcpip_profile, ATC_QUECTEL_TCPIP_AT_QICFG_SET_DNS_RETRY, msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_quectel_tcpip_encode_at_qicsgp_test(const atc_quectel_tcpip_at_qicsgp_test *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc_quectel_tcpip_profile, ATC_QUECTEL_TCPIP_AT_QICSGP_TEST, msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_quectel_tcpip_encode_at_qicsgp_set(const atc_quectel_tcpip_at_qicsgp_set *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc_quectel_tcpip_profile, ATC_QUECTEL_TCPIP_AT_QICSGP_SET, msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_quectel_tcpip_encode_at_qiact_test(const atc_quectel_tcpip_at_qiact_test *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc_quectel_tcpip_profile, ATC_QUECTEL_TCPIP_AT_QIACT_TEST, msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_quectel_tcpip_encode_at_qiact_read(const atc_quectel_tcpip_at_qiact_read *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc_quectel_tcpip_profile, ATC_QUECTEL_TCPIP_AT_QIACT_READ, msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_quectel_tcpip_encode_at_qiact_set(const atc_quectel_tcpip_at_qiact_set *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc_quectel_tcpip_profile, ATC_QUECTEL_TCPIP_AT_QIACT_SET, msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_quectel_tcpip_encode_at_qideact_test(const atc_quectel_tcpip_at_qideact_test *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc_quectel_tcpip_profile, ATC_QUECTEL_TCPIP_AT_QIDEACT_TEST, msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_quectel_tcpip_encode_at_qideact_set(const atc_quectel_tcpip_at_qideact_set *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc_quectel_tcpip_profile, ATC_QUECTEL_TCPIP_AT_QIDEACT_SET, msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_quectel_tcpip_encode_at_qiactex_test(const atc_quectel_tcpip_at_qiactex_test *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc_quectel_tcpip_profile, ATC_QUECTEL_TCPIP_AT_QIACTEX_TEST, msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_quectel_tcpip_encode_at_qiactex_read(const atc_quectel_tcpip_at_qiactex_read *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc_quectel_tcpip_profile, ATC_QUECTEL_TCPIP_AT_QIACTEX_READ, msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_quectel_tcpip_encode_at_qiactex_set(const atc_quectel_tcpip_at_qiactex_set *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc_quectel_tcpip_profile, ATC_QUECTEL_TCPIP_AT_QIACTEX_SET, msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_quectel_tcpip_encode_at_qideactex_test(const atc_quectel_tcpip_at_qideactex_test *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc_quectel_tcpip_profile, ATC_QUECTEL_TCPIP_AT_QIDEACTEX_TEST, msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_quectel_tcpip_encode_at_qideactex_set(const atc_quectel_tcpip_at_qideactex_set *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc_quectel_tcpip_profile, ATC_QUECTEL_TCPIP_AT_QIDEACTEX_SET, msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_quectel_tcpip_encode_at_qiopen_test(const atc_quectel_tcpip_at_qiopen_test *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc_quectel_tcpip_profile, ATC_QUECTEL_TCPIP_AT_QIOPEN_TEST, msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_quectel_tcpip_encode_at_qiopen_set(const atc_quectel_tcpip_at_qiopen_set *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc_quectel_tcpip_profile, ATC_QUECTEL_TCPIP_AT_QIOPEN_SET, msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_quectel_tcpip_encode_at_qiclose_test(const atc_quectel_tcpip_at_qiclose_test *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc_quectel_tcpip_profile, ATC_QUECTEL_TCPIP_AT_QICLOSE_TEST, msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_quectel_tcpip_encode_at_qiclose_set(const atc_quectel_tcpip_at_qiclose_set *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc_quectel_tcpip_profile, ATC_QUECTEL_TCPIP_AT_QICLOSE_SET, msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_quectel_tcpip_encode_at_qistate_test(const atc_quectel_tcpip_at_qistate_test *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc_quectel_tcpip_profile, ATC_QUECTEL_TCPIP_AT_QISTATE_TEST, msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_quectel_tcpip_encode_at_qistate_read(const atc_quectel_tcpip_at_qistate_read *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc_quectel_tcpip_profile, ATC_QUECTEL_TCPIP_AT_QISTATE_READ, msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_quectel_tcpip_encode_at_qistate_set(const atc_quectel_tcpip_at_qistate_set *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc_quectel_tcpip_profile, ATC_QUECTEL_TCPIP_AT_QISTATE_SET, msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_quectel_tcpip_encode_at_qistate_exec(const atc_quectel_tcpip_at_qistate_exec *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc_quectel_tcpip_profile, ATC_QUECTEL_TCPIP_AT_QISTATE_EXEC, msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_quectel_tcpip_encode_at_qisend_test(const atc_quectel_tcpip_at_qisend_test *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc_quectel_tcpip_profile, ATC_QUECTEL_TCPIP_AT_QISEND_TEST, msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_quectel_tcpip_encode_at_qisend_set(const atc_quectel_tcpip_at_qisend_set *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc_quectel_tcpip_profile, ATC_QUECTEL_TCPIP_AT_QISEND_SET, msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_quectel_tcpip_encode_at_qird_test(const atc_quectel_tcpip_at_qird_test *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc_quectel_tcpip_profile, ATC_QUECTEL_TCPIP_AT_QIRD_TEST, msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_quectel_tcpip_encode_at_qird_set(const atc_quectel_tcpip_at_qird_set *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc_quectel_tcpip_profile, ATC_QUECTEL_TCPIP_AT_QIRD_SET, msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_quectel_tcpip_encode_at_qisendex_test(const atc_quectel_tcpip_at_qisendex_test *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc_quectel_tcpip_profile, ATC_QUECTEL_TCPIP_AT_QISENDEX_TEST, msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_quectel_tcpip_encode_at_qisendex_set(const atc_quectel_tcpip_at_qisendex_set *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc_quectel_tcpip_profile, ATC_QUECTEL_TCPIP_AT_QISENDEX_SET, msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_quectel_tcpip_encode_at_qiswtmd_test(const atc_quectel_tcpip_at_qiswtmd_test *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc_quectel_tcpip_profile, ATC_QUECTEL_TCPIP_AT_QISWTMD_TEST, msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_quectel_tcpip_encode_at_qiswtmd_set(const atc_quectel_tcpip_at_qiswtmd_set *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc_quectel_tcpip_profile, ATC_QUECTEL_TCPIP_AT_QISWTMD_SET, msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_quectel_tcpip_encode_at_qping_test(const atc_quectel_tcpip_at_qping_test *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc_quectel_tcpip_profile, ATC_QUECTEL_TCPIP_AT_QPING_TEST, msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_quectel_tcpip_encode_at_qping_set(const atc_quectel_tcpip_at_qping_set *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc_quectel_tcpip_profile, ATC_QUECTEL_TCPIP_AT_QPING_SET, msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_quectel_tcpip_encode_at_qntp_test(const atc_quectel_tcpip_at_qntp_test *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc_quectel_tcpip_profile, ATC_QUECTEL_TCPIP_AT_QNTP_TEST, msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_quectel_tcpip_encode_at_qntp_read(const atc_quectel_tcpip_at_qntp_read *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc_quectel_tcpip_profile, ATC_QUECTEL_TCPIP_AT_QNTP_READ, msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_quectel_tcpip_encode_at_qntp_set(const atc_quectel_tcpip_at_qntp_set *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc_quectel_tcpip_profile, ATC_QUECTEL_TCPIP_AT_QNTP_SET, msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_quectel_tcpip_encode_at_qidnscfg_test(const atc_quectel_tcpip_at_qidnscfg_test *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc_quectel_tcpip_profile, ATC_QUECTEL_TCPIP_AT_QIDNSCFG_TEST, msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_quectel_tcpip_encode_at_qidnscfg_set(const atc_quectel_tcpip_at_qidnscfg_set *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc_quectel_tcpip_profile, ATC_QUECTEL_TCPIP_AT_QIDNSCFG_SET, msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_quectel_tcpip_encode_at_qidnsgip_test(const atc_quectel_tcpip_at_qidnsgip_test *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc_quectel_tcpip_profile, ATC_QUECTEL_TCPIP_AT_QIDNSGIP_TEST, msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_quectel_tcpip_encode_at_qidnsgip_set(const atc_quectel_tcpip_at_qidnsgip_set *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc_quectel_tcpip_profile, ATC_QUECTEL_TCPIP_AT_QIDNSGIP_SET, msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_quectel_tcpip_encode_at_qisde_test(const atc_quectel_tcpip_at_qisde_test *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc_quectel_tcpip_profile, ATC_QUECTEL_TCPIP_AT_QISDE_TEST, msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_quectel_tcpip_encode_at_qisde_read(const atc_quectel_tcpip_at_qisde_read *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc_quectel_tcpip_profile, ATC_QUECTEL_TCPIP_AT_QISDE_READ, msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_quectel_tcpip_encode_at_qisde_set(const atc_quectel_tcpip_at_qisde_set *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc_quectel_tcpip_profile, ATC_QUECTEL_TCPIP_AT_QISDE_SET, msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_quectel_tcpip_encode_at_qigeterror_test(const atc_quectel_tcpip_at_qigeterror_test *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc_quectel_tcpip_profile, ATC_QUECTEL_TCPIP_AT_QIGETERROR_TEST, msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_quectel_tcpip_encode_at_qigeterror_exec(const atc_quectel_tcpip_at_qigeterror_exec *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc_quectel_tcpip_profile, ATC_QUECTEL_TCPIP_AT_QIGETERROR_EXEC, msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_quectel_tcpip_encode_qicfg_test_transpktsize(const atc_quectel_tcpip_qicfg_test_transpktsize *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc_quectel_tcpip_profile, ATC_QUECTEL_TCPIP_QICFG_TEST_TRANSPKTSIZE, msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_quectel_tcpip_encode_qicfg_test_transwaittm(const atc_quectel_tcpip_qicfg_test_transwaittm *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc_quectel_tcpip_profile, ATC_QUECTEL_TCPIP_QICFG_TEST_TRANSWAITTM, msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_quectel_tcpip_encode_qicfg_test_dataformat(const atc_quectel_tcpip_qicfg_test_dataformat *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc_quectel_tcpip_profile, ATC_QUECTEL_TCPIP_QICFG_TEST_DATAFORMAT, msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_quectel_tcpip_encode_qicfg_test_viewmode(const atc_quectel_tcpip_qicfg_test_viewmode *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc_quectel_tcpip_profile, ATC_QUECTEL_TCPIP_QICFG_TEST_VIEWMODE, msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_quectel_tcpip_encode_qicfg_test_udp_sendmode(const atc_quectel_tcpip_qicfg_test_udp_sendmode *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc_quectel_tcpip_profile, ATC_QUECTEL_TCPIP_QICFG_TEST_UDP_SENDMODE, msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_quectel_tcpip_encode_qicfg_test_udp_readmode(const atc_quectel_tcpip_qicfg_test_udp_readmode *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc_quectel_tcpip_profile, ATC_QUECTEL_TCPIP_QICFG_TEST_UDP_READMODE, msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_quectel_tcpip_encode_qicfg_test_tcp_accept(const atc_quectel_tcpip_qicfg_test_tcp_accept *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc_quectel_tcpip_profile, ATC_QUECTEL_TCPIP_QICFG_TEST_TCP_ACCEPT, msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_quectel_tcpip_encode_qicfg_test_passiveclosed(const atc_quectel_tcpip_qicfg_test_passiveclosed *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc_quectel_tcpip_profile, ATC_QUECTEL_TCPIP_QICFG_TEST_PASSIVECLOSED, msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_quectel_tcpip_encode_qicfg_test_close_mode(const atc_quectel_tcpip_qicfg_test_close_mode *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc_quectel_tcpip_profile, ATC_QUECTEL_TCPIP_QICFG_TEST_CLOSE_MODE, msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_quectel_tcpip_encode_qicfg_test_recvind(const atc_quectel_tcpip_qicfg_test_recvind *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc_quectel_tcpip_profile, ATC_QUECTEL_TCPIP_QICFG_TEST_RECVIND, msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_quectel_tcpip_encode_qicfg_test_tcp_keepalive(const atc_quectel_tcpip_qicfg_test_tcp_keepalive *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc_quectel_tcpip_profile, ATC_QUECTEL_TCPIP_QICFG_TEST_TCP_KEEPALIVE, msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_quectel_tcpip_encode_qicfg_test_tcp_retranscfg(const atc_quectel_tcpip_qicfg_test_tcp_retranscfg *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc_quectel_tcpip_profile, ATC_QUECTEL_TCPIP_QICFG_TEST_TCP_RETRANSCFG, msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_quectel_tcpip_encode_qicfg_test_send_auto(const atc_quectel_tcpip_qicfg_test_send_auto *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc_quectel_tcpip_profile, ATC_QUECTEL_TCPIP_QICFG_TEST_SEND_AUTO, msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_quectel_tcpip_encode_qicfg_test_formatcfg(const atc_quectel_tcpip_qicfg_test_formatcfg *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc_quectel_tcpip_profile, ATC_QUECTEL_TCPIP_QICFG_TEST_FORMATCFG, msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_quectel_tcpip_encode_qicfg_test_qisend_timeout(const atc_quectel_tcpip_qicfg_test_qisend_timeout *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc_quectel_tcpip_profile, ATC_QUECTEL_TCPIP_QICFG_TEST_QISEND_TIMEOUT, msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_quectel_tcpip_encode_qicfg_test_tcp_delay_ack(const atc_quectel_tcpip_qicfg_test_tcp_delay_ack *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc_quectel_tcpip_profile, ATC_QUECTEL_TCPIP_QICFG_TEST_TCP_DELAY_ACK, msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_quectel_tcpip_encode_qicfg_test_dns_cache(const atc_quectel_tcpip_qicfg_test_dns_cache *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc_quectel_tcpip_profile, ATC_QUECTEL_TCPIP_QICFG_TEST_DNS_CACHE, msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_quectel_tcpip_encode_qicfg_test_tcp_twrecycle(const atc_quectel_tcpip_qicfg_test_tcp_twrecycle *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc_quectel_tcpip_profile, ATC_QUECTEL_TCPIP_QICFG_TEST_TCP_TWRECYCLE, msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_quectel_tcpip_encode_qicfg_test_dns_retry(const atc_quectel_tcpip_qicfg_test_dns_retry *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc_quectel_tcpip_profile, ATC_QUECTEL_TCPIP_QICFG_TEST_DNS_RETRY, msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_quectel_tcpip_encode_qicfg_transpktsize(const atc_quectel_tcpip_qicfg_transpktsize *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc_quectel_tcpip_profile, ATC_QUECTEL_TCPIP_QICFG_TRANSPKTSIZE, msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_quectel_tcpip_encode_qicfg_transwaittm(const atc_quectel_tcpip_qicfg_transwaittm *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc_quectel_tcpip_profile, ATC_QUECTEL_TCPIP_QICFG_TRANSWAITTM, msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_quectel_tcpip_encode_qicfg_dataformat(const atc_quectel_tcpip_qicfg_dataformat *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc_quectel_tcpip_profile, ATC_QUECTEL_TCPIP_QICFG_DATAFORMAT, msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_quectel_tcpip_encode_qicfg_viewmode(const atc_quectel_tcpip_qicfg_viewmode *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc_quectel_tcpip_profile, ATC_QUECTEL_TCPIP_QICFG_VIEWMODE, msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_quectel_tcpip_encode_qicfg_udp_sendmode(const atc_quectel_tcpip_qicfg_udp_sendmode *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc_quectel_tcpip_profile, ATC_QUECTEL_TCPIP_QICFG_UDP_SENDMODE, msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_quectel_tcpip_encode_qicfg_udp_readmode(const atc_quectel_tcpip_qicfg_udp_readmode *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc_quectel_tcpip_profile, ATC_QUECTEL_TCPIP_QICFG_UDP_READMODE, msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_quectel_tcpip_encode_qicfg_tcp_accept(const atc_quectel_tcpip_qicfg_tcp_accept *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc_quectel_tcpip_profile, ATC_QUECTEL_TCPIP_QICFG_TCP_ACCEPT, msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_quectel_tcpip_encode_qicfg_passiveclosed(const atc_quectel_tcpip_qicfg_passiveclosed *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc_quectel_tcpip_profile, ATC_QUECTEL_TCPIP_QICFG_PASSIVECLOSED, msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_quectel_tcpip_encode_qicfg_close_mode(const atc_quectel_tcpip_qicfg_close_mode *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc_quectel_tcpip_profile, ATC_QUECTEL_TCPIP_QICFG_CLOSE_MODE, msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_quectel_tcpip_encode_qicfg_recvind(const atc_quectel_tcpip_qicfg_recvind *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc_quectel_tcpip_profile, ATC_QUECTEL_TCPIP_QICFG_RECVIND, msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_quectel_tcpip_encode_qicfg_tcp_keepalive(const atc_quectel_tcpip_qicfg_tcp_keepalive *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc_quectel_tcpip_profile, ATC_QUECTEL_TCPIP_QICFG_TCP_KEEPALIVE, msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_quectel_tcpip_encode_qicfg_tcp_retranscfg(const atc_quectel_tcpip_qicfg_tcp_retranscfg *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc_quectel_tcpip_profile, ATC_QUECTEL_TCPIP_QICFG_TCP_RETRANSCFG, msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_quectel_tcpip_encode_qicfg_send_auto(const atc_quectel_tcpip_qicfg_send_auto *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc_quectel_tcpip_profile, ATC_QUECTEL_TCPIP_QICFG_SEND_AUTO, msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_quectel_tcpip_encode_qicfg_formatcfg(const atc_quectel_tcpip_qicfg_formatcfg *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc_quectel_tcpip_profile, ATC_QUECTEL_TCPIP_QICFG_FORMATCFG, msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_quectel_tcpip_encode_qicfg_qisend_timeout(const atc_quectel_tcpip_qicfg_qisend_timeout *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc_quectel_tcpip_profile, ATC_QUECTEL_TCPIP_QICFG_QISEND_TIMEOUT, msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_quectel_tcpip_encode_qicfg_tcp_delay_ack(const atc_quectel_tcpip_qicfg_tcp_delay_ack *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc_quectel_tcpip_profile, ATC_QUECTEL_TCPIP_QICFG_TCP_DELAY_ACK, msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_quectel_tcpip_encode_qicfg_dns_cache(const atc_quectel_tcpip_qicfg_dns_cache *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc_quectel_tcpip_profile, ATC_QUECTEL_TCPIP_QICFG_DNS_CACHE, msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_quectel_tcpip_encode_qicfg_tcp_twrecycle(const atc_quectel_tcpip_qicfg_tcp_twrecycle *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc_quectel_tcpip_profile, ATC_QUECTEL_TCPIP_QICFG_TCP_TWRECYCLE, msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_quectel_tcpip_encode_qicfg_dns_retry(const atc_quectel_tcpip_qicfg_dns_retry *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc_quectel_tcpip_profile, ATC_QUECTEL_TCPIP_QICFG_DNS_RETRY, msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_quectel_tcpip_encode_qicsgp_test(const atc_quectel_tcpip_qicsgp_test *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc_quectel_tcpip_profile, ATC_QUECTEL_TCPIP_QICSGP_TEST, msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_quectel_tcpip_encode_qicsgp_query(const atc_quectel_tcpip_qicsgp_query *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc_quectel_tcpip_profile, ATC_QUECTEL_TCPIP_QICSGP_QUERY, msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_quectel_tcpip_encode_qiact_test(const atc_quectel_tcpip_qiact_test *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc_quectel_tcpip_profile, ATC_QUECTEL_TCPIP_QIACT_TEST, msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_quectel_tcpip_encode_qiact_read(const atc_quectel_tcpip_qiact_read *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc_quectel_tcpip_profile, ATC_QUECTEL_TCPIP_QIACT_READ, msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_quectel_tcpip_encode_qideact_test(const atc_quectel_tcpip_qideact_test *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc_quectel_tcpip_profile, ATC_QUECTEL_TCPIP_QIDEACT_TEST, msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_quectel_tcpip_encode_qiactex_test(const atc_quectel_tcpip_qiactex_test *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc_quectel_tcpip_profile, ATC_QUECTEL_TCPIP_QIACTEX_TEST, msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_quectel_tcpip_encode_qiactex_read(const atc_quectel_tcpip_qiactex_read *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc_quectel_tcpip_profile, ATC_QUECTEL_TCPIP_QIACTEX_READ, msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_quectel_tcpip_encode_qideactex_test(const atc_quectel_tcpip_qideactex_test *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc_quectel_tcpip_profile, ATC_QUECTEL_TCPIP_QIDEACTEX_TEST, msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_quectel_tcpip_encode_qiopen_test(const atc_quectel_tcpip_qiopen_test *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc_quectel_tcpip_profile, ATC_QUECTEL_TCPIP_QIOPEN_TEST, msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_quectel_tcpip_encode_qiclose_test(const atc_quectel_tcpip_qiclose_test *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc_quectel_tcpip_profile, ATC_QUECTEL_TCPIP_QICLOSE_TEST, msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_quectel_tcpip_encode_qistate(const atc_quectel_tcpip_qistate *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc_quectel_tcpip_profile, ATC_QUECTEL_TCPIP_QISTATE, msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_quectel_tcpip_encode_qisend_test(const atc_quectel_tcpip_qisend_test *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc_quectel_tcpip_profile, ATC_QUECTEL_TCPIP_QISEND_TEST, msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_quectel_tcpip_encode_qisend_query(const atc_quectel_tcpip_qisend_query *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc_quectel_tcpip_profile, ATC_QUECTEL_TCPIP_QISEND_QUERY, msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_quectel_tcpip_encode_qisend_view(const atc_quectel_tcpip_qisend_view *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc_quectel_tcpip_profile, ATC_QUECTEL_TCPIP_QISEND_VIEW, msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_quectel_tcpip_encode_qird_test(const atc_quectel_tcpip_qird_test *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc_quectel_tcpip_profile, ATC_QUECTEL_TCPIP_QIRD_TEST, msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_quectel_tcpip_encode_qird_data(const atc_quectel_tcpip_qird_data *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc_quectel_tcpip_profile, ATC_QUECTEL_TCPIP_QIRD_DATA, msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_quectel_tcpip_encode_qird_udp(const atc_quectel_tcpip_qird_udp *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc_quectel_tcpip_profile, ATC_QUECTEL_TCPIP_QIRD_UDP, msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_quectel_tcpip_encode_qird_query(const atc_quectel_tcpip_qird_query *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc_quectel_tcpip_profile, ATC_QUECTEL_TCPIP_QIRD_QUERY, msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_quectel_tcpip_encode_qisendex_test(const atc_quectel_tcpip_qisendex_test *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc_quectel_tcpip_profile, ATC_QUECTEL_TCPIP_QISENDEX_TEST, msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_quectel_tcpip_encode_qisendex_view(const atc_quectel_tcpip_qisendex_view *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc_quectel_tcpip_profile, ATC_QUECTEL_TCPIP_QISENDEX_VIEW, msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_quectel_tcpip_encode_qiswtmd_test(const atc_quectel_tcpip_qiswtmd_test *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc_quectel_tcpip_profile, ATC_QUECTEL_TCPIP_QISWTMD_TEST, msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_quectel_tcpip_encode_qping_test(const atc_quectel_tcpip_qping_test *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc_quectel_tcpip_profile, ATC_QUECTEL_TCPIP_QPING_TEST, msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_quectel_tcpip_encode_qntp_test(const atc_quectel_tcpip_qntp_test *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc_quectel_tcpip_profile, ATC_QUECTEL_TCPIP_QNTP_TEST, msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_quectel_tcpip_encode_qntp_read(const atc_quectel_tcpip_qntp_read *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc_quectel_tcpip_profile, ATC_QUECTEL_TCPIP_QNTP_READ, msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_quectel_tcpip_encode_qidnscfg_test(const atc_quectel_tcpip_qidnscfg_test *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc_quectel_tcpip_profile, ATC_QUECTEL_TCPIP_QIDNSCFG_TEST, msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_quectel_tcpip_encode_qidnscfg_ipv4v6(const atc_quectel_tcpip_qidnscfg_ipv4v6 *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc_quectel_tcpip_profile, ATC_QUECTEL_TCPIP_QIDNSCFG_IPV4V6, msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_quectel_tcpip_encode_qidnscfg_ipv4(const atc_quectel_tcpip_qidnscfg_ipv4 *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc_quectel_tcpip_profile, ATC_QUECTEL_TCPIP_QIDNSCFG_IPV4, msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_quectel_tcpip_encode_qidnscfg_ipv6(const atc_quectel_tcpip_qidnscfg_ipv6 *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc_quectel_tcpip_profile, ATC_QUECTEL_TCPIP_QIDNSCFG_IPV6, msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_quectel_tcpip_encode_qidnsgip_test(const atc_quectel_tcpip_qidnsgip_test *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc_quectel_tcpip_profile, ATC_QUECTEL_TCPIP_QIDNSGIP_TEST, msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_quectel_tcpip_encode_qisde_test(const atc_quectel_tcpip_qisde_test *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc_quectel_tcpip_profile, ATC_QUECTEL_TCPIP_QISDE_TEST, msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_quectel_tcpip_encode_qisde_read(const atc_quectel_tcpip_qisde_read *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc_quectel_tcpip_profile, ATC_QUECTEL_TCPIP_QISDE_READ, msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_quectel_tcpip_encode_qigeterror(const atc_quectel_tcpip_qigeterror *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc_quectel_tcpip_profile, ATC_QUECTEL_TCPIP_QIGETERROR, msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_quectel_tcpip_encode_qiactex(const atc_quectel_tcpip_qiactex *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc_quectel_tcpip_profile, ATC_QUECTEL_TCPIP_QIACTEX, msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_quectel_tcpip_encode_qideactex(const atc_quectel_tcpip_qideactex *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc_quectel_tcpip_profile, ATC_QUECTEL_TCPIP_QIDEACTEX, msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_quectel_tcpip_encode_qiopen(const atc_quectel_tcpip_qiopen *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc_quectel_tcpip_profile, ATC_QUECTEL_TCPIP_QIOPEN, msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_quectel_tcpip_encode_qping(const atc_quectel_tcpip_qping *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc_quectel_tcpip_profile, ATC_QUECTEL_TCPIP_QPING, msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_quectel_tcpip_encode_qping_summary(const atc_quectel_tcpip_qping_summary *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc_quectel_tcpip_profile, ATC_QUECTEL_TCPIP_QPING_SUMMARY, msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_quectel_tcpip_encode_qntp(const atc_quectel_tcpip_qntp *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc_quectel_tcpip_profile, ATC_QUECTEL_TCPIP_QNTP, msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_quectel_tcpip_encode_qiurc_closed(const atc_quectel_tcpip_qiurc_closed *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc_quectel_tcpip_profile, ATC_QUECTEL_TCPIP_QIURC_CLOSED, msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_quectel_tcpip_encode_qiurc_recv(const atc_quectel_tcpip_qiurc_recv *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc_quectel_tcpip_profile, ATC_QUECTEL_TCPIP_QIURC_RECV, msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_quectel_tcpip_encode_qiurc_recv_push(const atc_quectel_tcpip_qiurc_recv_push *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc_quectel_tcpip_profile, ATC_QUECTEL_TCPIP_QIURC_RECV_PUSH, msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_quectel_tcpip_encode_qiurc_recv_udp(const atc_quectel_tcpip_qiurc_recv_udp *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc_quectel_tcpip_profile, ATC_QUECTEL_TCPIP_QIURC_RECV_UDP, msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_quectel_tcpip_encode_qiurc_incoming_full(const atc_quectel_tcpip_qiurc_incoming_full *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc_quectel_tcpip_profile, ATC_QUECTEL_TCPIP_QIURC_INCOMING_FULL, msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_quectel_tcpip_encode_qiurc_incoming(const atc_quectel_tcpip_qiurc_incoming *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc_quectel_tcpip_profile, ATC_QUECTEL_TCPIP_QIURC_INCOMING, msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_quectel_tcpip_encode_qiurc_pdpdeact(const atc_quectel_tcpip_qiurc_pdpdeact *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc_quectel_tcpip_profile, ATC_QUECTEL_TCPIP_QIURC_PDPDEACT, msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_quectel_tcpip_encode_qiurc_dnsgip(const atc_quectel_tcpip_qiurc_dnsgip *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc_quectel_tcpip_profile, ATC_QUECTEL_TCPIP_QIURC_DNSGIP, msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_quectel_tcpip_encode_qiurc_dnsgip_ip(const atc_quectel_tcpip_qiurc_dnsgip_ip *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc_quectel_tcpip_profile, ATC_QUECTEL_TCPIP_QIURC_DNSGIP_IP, msg, ATC_FRAME_WIRE, buf, cap, len);
}

#endif /* ATC_QUECTEL_TCPIP_IMPLEMENTED */

#if defined(__GNUC__)
#pragma GCC diagnostic pop
#endif

#endif /* ATC_IMPLEMENTATION */
