/* SPDX-License-Identifier: MIT */
/* atc_basic.h: the atc codec for profile basic, as a single header.
 * Generated from spec/basic.yaml, runtime/ and templates/; do not edit.
 *
 * In exactly one C or C++ file:
 *     #define ATC_IMPLEMENTATION
 *     #include "atc_basic.h"
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

#ifndef ATC_BASIC_SINGLE_H
#define ATC_BASIC_SINGLE_H

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
/* Generated by atc from spec/basic.yaml (The basic profile: ITU-T V.250 and 3GPP TS 27.007 / 27.005 commands every cellular module shares, ITU-T V.250 (07/2003); 3GPP TS 27.007 Release 18 (error table of version 14.10.0); 3GPP TS 27.005).
 * Do not edit: change the spec and run `make generate`. Reference: docs/reference/basic.md */
#ifndef ATC_BASIC_PROFILE_H
#define ATC_BASIC_PROFILE_H

/* (amalgamated: atc.h) */
#if ATC_RUNTIME_VERSION != 3
#error "generated/basic.h was generated for atc runtime version 3"
#endif
#if ATC_VERSION_MAJOR != 0 || ATC_VERSION_MINOR != 2
#error "generated/basic.h was generated by atc 0.2.0: regenerate it with this runtime"
#endif

/* sha256 (first 16 hex digits) of the spec this file was generated from */
#define ATC_BASIC_SPEC_HASH "34232b31659b2ec2"

/* The room in ATC_MAX_LINE that this profile's longest line needs: its bytes (strings at their
 * max_len), 8 bytes per field and its message struct (counted for 64-bit targets, so an upper
 * bound everywhere). Lines that do not fit are reported as ATC_ERR_LINE_TOO_LONG. */
#define ATC_BASIC_LONGEST_LINE 440

/* Bytes of session state this profile keeps (ATC_STATE_BYTES must hold them). */
#define ATC_BASIC_STATE_BYTES 0
#if ATC_BASIC_STATE_BYTES > ATC_STATE_BYTES
#error "profile basic keeps 0 bytes of session state: define ATC_STATE_BYTES to at least 0"
#endif

#ifdef __cplusplus
extern "C" {
#endif

extern const atc_profile atc_basic_profile;

/* Message ids: the id of an atc_event, index into atc_basic_profile.msgs. */
typedef enum atc_basic_id {
    ATC_BASIC_OK = 0,
    ATC_BASIC_ERROR = 1,
    ATC_BASIC_CONNECT = 2,
    ATC_BASIC_NO_CARRIER = 3,
    ATC_BASIC_NO_DIALTONE = 4,
    ATC_BASIC_BUSY = 5,
    ATC_BASIC_NO_ANSWER = 6,
    ATC_BASIC_CME_ERROR = 7,
    ATC_BASIC_CMS_ERROR = 8,
    ATC_BASIC_AT_AT_EXEC = 9,
    ATC_BASIC_AT_ATE0_EXEC = 10,
    ATC_BASIC_AT_ATE1_EXEC = 11,
    ATC_BASIC_AT_ATE_EXEC = 12,
    ATC_BASIC_AT_ATV0_EXEC = 13,
    ATC_BASIC_AT_ATV1_EXEC = 14,
    ATC_BASIC_AT_ATV_EXEC = 15,
    ATC_BASIC_AT_ATQ0_EXEC = 16,
    ATC_BASIC_AT_ATQ1_EXEC = 17,
    ATC_BASIC_AT_ATQ_EXEC = 18,
    ATC_BASIC_AT_ATI_EXEC = 19,
    ATC_BASIC_AT_ATI0_EXEC = 20,
    ATC_BASIC_AT_ATZ_EXEC = 21,
    ATC_BASIC_AT_ATZ0_EXEC = 22,
    ATC_BASIC_AT_AT_AMP_F_EXEC = 23,
    ATC_BASIC_AT_AT_AMP_F0_EXEC = 24,
    ATC_BASIC_AT_AT_AMP_W_EXEC = 25,
    ATC_BASIC_AT_AT_AMP_W0_EXEC = 26,
    ATC_BASIC_AT_ATO_EXEC = 27,
    ATC_BASIC_AT_ATO0_EXEC = 28,
    ATC_BASIC_AT_ATH_EXEC = 29,
    ATC_BASIC_AT_ATH0_EXEC = 30,
    ATC_BASIC_AT_ATA_EXEC = 31,
    ATC_BASIC_AT_A_SLASH_EXEC = 32,
    ATC_BASIC_AT_CGMI_TEST = 33,
    ATC_BASIC_AT_CGMI_EXEC = 34,
    ATC_BASIC_AT_CGMM_TEST = 35,
    ATC_BASIC_AT_CGMM_EXEC = 36,
    ATC_BASIC_AT_CGMR_TEST = 37,
    ATC_BASIC_AT_CGMR_EXEC = 38,
    ATC_BASIC_AT_CGSN_TEST = 39,
    ATC_BASIC_AT_CGSN_SET = 40,
    ATC_BASIC_AT_CGSN_EXEC = 41,
    ATC_BASIC_AT_CIMI_TEST = 42,
    ATC_BASIC_AT_CIMI_EXEC = 43,
    ATC_BASIC_AT_GMI_TEST = 44,
    ATC_BASIC_AT_GMI_EXEC = 45,
    ATC_BASIC_AT_GMM_TEST = 46,
    ATC_BASIC_AT_GMM_EXEC = 47,
    ATC_BASIC_AT_GMR_TEST = 48,
    ATC_BASIC_AT_GMR_EXEC = 49,
    ATC_BASIC_AT_GSN_TEST = 50,
    ATC_BASIC_AT_GSN_EXEC = 51,
    ATC_BASIC_AT_CMEE_TEST = 52,
    ATC_BASIC_AT_CMEE_READ = 53,
    ATC_BASIC_AT_CMEE_SET = 54,
    ATC_BASIC_AT_CPIN_TEST = 55,
    ATC_BASIC_AT_CPIN_READ = 56,
    ATC_BASIC_AT_CPIN_SET = 57,
    ATC_BASIC_AT_CSQ_TEST = 58,
    ATC_BASIC_AT_CSQ_EXEC = 59,
    ATC_BASIC_AT_CESQ_TEST = 60,
    ATC_BASIC_AT_CESQ_EXEC = 61,
    ATC_BASIC_AT_CREG_TEST = 62,
    ATC_BASIC_AT_CREG_READ = 63,
    ATC_BASIC_AT_CREG_SET = 64,
    ATC_BASIC_AT_CGREG_TEST = 65,
    ATC_BASIC_AT_CGREG_READ = 66,
    ATC_BASIC_AT_CGREG_SET = 67,
    ATC_BASIC_AT_CEREG_TEST = 68,
    ATC_BASIC_AT_CEREG_READ = 69,
    ATC_BASIC_AT_CEREG_SET = 70,
    ATC_BASIC_AT_COPS_TEST = 71,
    ATC_BASIC_AT_COPS_READ = 72,
    ATC_BASIC_AT_COPS_SET = 73,
    ATC_BASIC_AT_CFUN_TEST = 74,
    ATC_BASIC_AT_CFUN_READ = 75,
    ATC_BASIC_AT_CFUN_SET = 76,
    ATC_BASIC_AT_CGATT_TEST = 77,
    ATC_BASIC_AT_CGATT_READ = 78,
    ATC_BASIC_AT_CGATT_SET = 79,
    ATC_BASIC_AT_CGDCONT_TEST = 80,
    ATC_BASIC_AT_CGDCONT_READ = 81,
    ATC_BASIC_AT_CGDCONT_SET = 82,
    ATC_BASIC_AT_CGACT_TEST = 83,
    ATC_BASIC_AT_CGACT_READ = 84,
    ATC_BASIC_AT_CGACT_SET = 85,
    ATC_BASIC_AT_CGPADDR_TEST = 86,
    ATC_BASIC_AT_CGPADDR_SET = 87,
    ATC_BASIC_AT_CGPADDR_EXEC = 88,
    ATC_BASIC_AT_CSCON_TEST = 89,
    ATC_BASIC_AT_CSCON_READ = 90,
    ATC_BASIC_AT_CSCON_SET = 91,
    ATC_BASIC_AT_CCLK_TEST = 92,
    ATC_BASIC_AT_CCLK_READ = 93,
    ATC_BASIC_AT_CCLK_SET = 94,
    ATC_BASIC_AT_CTZR_TEST = 95,
    ATC_BASIC_AT_CTZR_READ = 96,
    ATC_BASIC_AT_CTZR_SET = 97,
    ATC_BASIC_AT_CTZU_TEST = 98,
    ATC_BASIC_AT_CTZU_READ = 99,
    ATC_BASIC_AT_CTZU_SET = 100,
    ATC_BASIC_AT_CPSMS_TEST = 101,
    ATC_BASIC_AT_CPSMS_READ = 102,
    ATC_BASIC_AT_CPSMS_SET = 103,
    ATC_BASIC_AT_CEDRXS_TEST = 104,
    ATC_BASIC_AT_CEDRXS_READ = 105,
    ATC_BASIC_AT_CEDRXS_SET = 106,
    ATC_BASIC_AT_CEDRXRDP_TEST = 107,
    ATC_BASIC_AT_CEDRXRDP_EXEC = 108,
    ATC_BASIC_AT_IPR_TEST = 109,
    ATC_BASIC_AT_IPR_READ = 110,
    ATC_BASIC_AT_IPR_SET = 111,
    ATC_BASIC_AT_ICF_TEST = 112,
    ATC_BASIC_AT_ICF_READ = 113,
    ATC_BASIC_AT_ICF_SET = 114,
    ATC_BASIC_AT_IFC_TEST = 115,
    ATC_BASIC_AT_IFC_READ = 116,
    ATC_BASIC_AT_IFC_SET = 117,
    ATC_BASIC_ATI = 118,
    ATC_BASIC_CGMI = 119,
    ATC_BASIC_CGMM = 120,
    ATC_BASIC_CGMR = 121,
    ATC_BASIC_CGSN_SN = 122,
    ATC_BASIC_GMI = 123,
    ATC_BASIC_GMM = 124,
    ATC_BASIC_GMR = 125,
    ATC_BASIC_GSN = 126,
    ATC_BASIC_CGSN_ID = 127,
    ATC_BASIC_CGSN_TEST = 128,
    ATC_BASIC_CIMI = 129,
    ATC_BASIC_CMEE_READ = 130,
    ATC_BASIC_CMEE_TEST = 131,
    ATC_BASIC_CPIN_READ = 132,
    ATC_BASIC_CSQ = 133,
    ATC_BASIC_CSQ_TEST = 134,
    ATC_BASIC_CESQ = 135,
    ATC_BASIC_CESQ_TEST = 136,
    ATC_BASIC_CREG_READ = 137,
    ATC_BASIC_CREG_TEST = 138,
    ATC_BASIC_CGREG_READ = 139,
    ATC_BASIC_CGREG_TEST = 140,
    ATC_BASIC_CEREG_READ = 141,
    ATC_BASIC_CEREG_TEST = 142,
    ATC_BASIC_COPS_READ = 143,
    ATC_BASIC_COPS_TEST = 144,
    ATC_BASIC_CFUN_READ = 145,
    ATC_BASIC_CFUN_TEST = 146,
    ATC_BASIC_CGATT_READ = 147,
    ATC_BASIC_CGATT_TEST = 148,
    ATC_BASIC_CGDCONT_READ = 149,
    ATC_BASIC_CGDCONT_TEST = 150,
    ATC_BASIC_CGACT_READ = 151,
    ATC_BASIC_CGACT_TEST = 152,
    ATC_BASIC_CGPADDR = 153,
    ATC_BASIC_CGPADDR_TEST = 154,
    ATC_BASIC_CSCON_READ = 155,
    ATC_BASIC_CSCON_TEST = 156,
    ATC_BASIC_CCLK_READ = 157,
    ATC_BASIC_CTZR_READ = 158,
    ATC_BASIC_CTZR_TEST = 159,
    ATC_BASIC_CTZU_READ = 160,
    ATC_BASIC_CTZU_TEST = 161,
    ATC_BASIC_CPSMS_READ = 162,
    ATC_BASIC_CPSMS_TEST = 163,
    ATC_BASIC_CEDRXS_READ = 164,
    ATC_BASIC_CEDRXS_TEST = 165,
    ATC_BASIC_CEDRXRDP = 166,
    ATC_BASIC_IPR_READ = 167,
    ATC_BASIC_IPR_TEST = 168,
    ATC_BASIC_ICF_READ = 169,
    ATC_BASIC_ICF_TEST = 170,
    ATC_BASIC_IFC_READ = 171,
    ATC_BASIC_IFC_TEST = 172,
    ATC_BASIC_CPIN = 173,
    ATC_BASIC_CREG = 174,
    ATC_BASIC_CGREG = 175,
    ATC_BASIC_CEREG = 176,
    ATC_BASIC_CSCON = 177,
    ATC_BASIC_CTZV = 178,
    ATC_BASIC_CTZE = 179,
    ATC_BASIC_CTZEU = 180,
    ATC_BASIC_CEDRXP = 181,
    ATC_BASIC_RING = 182,
    ATC_BASIC_CFUN = 183,
    ATC_BASIC_RDY = 184,
    ATC_BASIC_NORMAL_POWER_DOWN = 185,
    ATC_BASIC_POWERED_DOWN = 186,
    ATC_BASIC__COUNT = 187
} atc_basic_id;

/* The maximum response time of each command form, in ms, as the document gives it (0: not
 * stated); indexed by message id. Only what uses it is linked. */
extern const uint32_t atc_basic_timeout_ms[187];

/* <snt>, 3GPP TS 27.007 clause 5.4 */
typedef enum atc_basic_snt {
    ATC_BASIC_SNT_SN = 0,
    ATC_BASIC_SNT_IMEI = 1,
    ATC_BASIC_SNT_IMEISV = 2,
    ATC_BASIC_SNT_SVN = 3
} atc_basic_snt;

/* <n>, 3GPP TS 27.007 clause 9.1 */
typedef enum atc_basic_n {
    ATC_BASIC_N_DISABLED = 0,
    ATC_BASIC_N_NUMERIC = 1,
    ATC_BASIC_N_VERBOSE = 2
} atc_basic_n;

/* <creg_n>, 3GPP TS 27.007 clause 7.2 */
typedef enum atc_basic_creg_n {
    ATC_BASIC_CREG_N_DISABLED = 0,
    ATC_BASIC_CREG_N_STAT = 1,
    ATC_BASIC_CREG_N_LOCATION = 2,
    ATC_BASIC_CREG_N_CAUSE = 3
} atc_basic_creg_n;

/* <cgreg_n>, 3GPP TS 27.007 clause 10.1.20 */
typedef enum atc_basic_cgreg_n {
    ATC_BASIC_CGREG_N_DISABLED = 0,
    ATC_BASIC_CGREG_N_STAT = 1,
    ATC_BASIC_CGREG_N_LOCATION = 2,
    ATC_BASIC_CGREG_N_CAUSE = 3,
    ATC_BASIC_CGREG_N_PSM = 4,
    ATC_BASIC_CGREG_N_PSM_CAUSE = 5
} atc_basic_cgreg_n;

/* <cereg_n>, 3GPP TS 27.007 clause 10.1.22 */
typedef enum atc_basic_cereg_n {
    ATC_BASIC_CEREG_N_DISABLED = 0,
    ATC_BASIC_CEREG_N_STAT = 1,
    ATC_BASIC_CEREG_N_LOCATION = 2,
    ATC_BASIC_CEREG_N_CAUSE = 3,
    ATC_BASIC_CEREG_N_PSM = 4,
    ATC_BASIC_CEREG_N_PSM_CAUSE = 5
} atc_basic_cereg_n;

/* <mode>, 3GPP TS 27.007 clause 7.3 */
typedef enum atc_basic_mode {
    ATC_BASIC_MODE_AUTOMATIC = 0,
    ATC_BASIC_MODE_MANUAL = 1,
    ATC_BASIC_MODE_DEREGISTER = 2,
    ATC_BASIC_MODE_SET_FORMAT = 3,
    ATC_BASIC_MODE_MANUAL_AUTOMATIC = 4
} atc_basic_mode;

/* <format>, 3GPP TS 27.007 clause 7.3 */
typedef enum atc_basic_format {
    ATC_BASIC_FORMAT_LONG = 0,
    ATC_BASIC_FORMAT_SHORT = 1,
    ATC_BASIC_FORMAT_NUMERIC = 2
} atc_basic_format;

/* <act>, 3GPP TS 27.007 clause 7.3 (<AcT> of +COPS, used by +CREG, +CGREG, +CEREG) */
typedef enum atc_basic_act {
    ATC_BASIC_ACT_GSM = 0,
    ATC_BASIC_ACT_GSM_COMPACT = 1,
    ATC_BASIC_ACT_UTRAN = 2,
    ATC_BASIC_ACT_GSM_EGPRS = 3,
    ATC_BASIC_ACT_UTRAN_HSDPA = 4,
    ATC_BASIC_ACT_UTRAN_HSUPA = 5,
    ATC_BASIC_ACT_UTRAN_HSDPA_HSUPA = 6,
    ATC_BASIC_ACT_E_UTRAN = 7,
    ATC_BASIC_ACT_EC_GSM_IOT = 8,
    ATC_BASIC_ACT_E_UTRAN_NB_S1 = 9,
    ATC_BASIC_ACT_E_UTRA_5GCN = 10,
    ATC_BASIC_ACT_NR_5GCN = 11,
    ATC_BASIC_ACT_NG_RAN = 12,
    ATC_BASIC_ACT_E_UTRA_NR_DUAL = 13,
    ATC_BASIC_ACT_SATELLITE_E_UTRAN_NB_S1 = 14,
    ATC_BASIC_ACT_SATELLITE_E_UTRAN_WB_S1 = 15,
    ATC_BASIC_ACT_SATELLITE_NG_RAN = 16
} atc_basic_act;

/* <fun>, 3GPP TS 27.007 clause 8.2 */
typedef enum atc_basic_fun {
    ATC_BASIC_FUN_MINIMUM = 0,
    ATC_BASIC_FUN_FULL = 1,
    ATC_BASIC_FUN_NO_TX = 2,
    ATC_BASIC_FUN_NO_RX = 3,
    ATC_BASIC_FUN_NO_TX_RX = 4,
    ATC_BASIC_FUN_FULL_CSRA = 128,
    ATC_BASIC_FUN_PREPARE_SHUTDOWN = 129
} atc_basic_fun;

/* <rst>, 3GPP TS 27.007 clause 8.2 */
typedef enum atc_basic_rst {
    ATC_BASIC_RST_NO_RESET = 0,
    ATC_BASIC_RST_RESET = 1
} atc_basic_rst;

/* <state>, 3GPP TS 27.007 clause 10.1.9 */
typedef enum atc_basic_state {
    ATC_BASIC_STATE_DETACHED = 0,
    ATC_BASIC_STATE_ATTACHED = 1
} atc_basic_state;

/* <d_comp>, 3GPP TS 27.007 clause 10.1.1 */
typedef enum atc_basic_d_comp {
    ATC_BASIC_D_COMP_OFF = 0,
    ATC_BASIC_D_COMP_ON = 1,
    ATC_BASIC_D_COMP_V42BIS = 2,
    ATC_BASIC_D_COMP_V44 = 3
} atc_basic_d_comp;

/* <h_comp>, 3GPP TS 27.007 clause 10.1.1 */
typedef enum atc_basic_h_comp {
    ATC_BASIC_H_COMP_OFF = 0,
    ATC_BASIC_H_COMP_ON = 1,
    ATC_BASIC_H_COMP_RFC1144 = 2,
    ATC_BASIC_H_COMP_RFC2507 = 3,
    ATC_BASIC_H_COMP_RFC3095 = 4
} atc_basic_h_comp;

/* <ipv4_addr_alloc>, 3GPP TS 27.007 clause 10.1.1 */
typedef enum atc_basic_ipv4_addr_alloc {
    ATC_BASIC_IPV4_ADDR_ALLOC_NAS_SIGNALLING = 0,
    ATC_BASIC_IPV4_ADDR_ALLOC_DHCP = 1
} atc_basic_ipv4_addr_alloc;

/* <request_type>, 3GPP TS 27.007 clause 10.1.1 */
typedef enum atc_basic_request_type {
    ATC_BASIC_REQUEST_TYPE_NEW_OR_HANDOVER = 0,
    ATC_BASIC_REQUEST_TYPE_EMERGENCY = 1,
    ATC_BASIC_REQUEST_TYPE_NEW = 2,
    ATC_BASIC_REQUEST_TYPE_HANDOVER = 3,
    ATC_BASIC_REQUEST_TYPE_EMERGENCY_HANDOVER = 4
} atc_basic_request_type;

/* <p_cscf_discovery>, 3GPP TS 27.007 clause 10.1.1 */
typedef enum atc_basic_p_cscf_discovery {
    ATC_BASIC_P_CSCF_DISCOVERY_NONE = 0,
    ATC_BASIC_P_CSCF_DISCOVERY_NAS = 1,
    ATC_BASIC_P_CSCF_DISCOVERY_DHCP = 2
} atc_basic_p_cscf_discovery;

/* <im_cn_signalling_flag_ind>, 3GPP TS 27.007 clause 10.1.1 */
typedef enum atc_basic_im_cn_signalling_flag_ind {
    ATC_BASIC_IM_CN_SIGNALLING_FLAG_IND_GENERAL = 0,
    ATC_BASIC_IM_CN_SIGNALLING_FLAG_IND_IM_CN_ONLY = 1
} atc_basic_im_cn_signalling_flag_ind;

/* <nslpi>, 3GPP TS 27.007 clause 10.1.1 */
typedef enum atc_basic_nslpi {
    ATC_BASIC_NSLPI_AS_CONFIGURED = 0,
    ATC_BASIC_NSLPI_NOT_LOW_PRIORITY = 1
} atc_basic_nslpi;

/* <secure_pco>, 3GPP TS 27.007 clause 10.1.1 */
typedef enum atc_basic_secure_pco {
    ATC_BASIC_SECURE_PCO_NO = 0,
    ATC_BASIC_SECURE_PCO_YES = 1
} atc_basic_secure_pco;

/* <ipv4_mtu_discovery>, 3GPP TS 27.007 clause 10.1.1 */
typedef enum atc_basic_ipv4_mtu_discovery {
    ATC_BASIC_IPV4_MTU_DISCOVERY_NONE = 0,
    ATC_BASIC_IPV4_MTU_DISCOVERY_NAS = 1
} atc_basic_ipv4_mtu_discovery;

/* <local_addr_ind>, 3GPP TS 27.007 clause 10.1.1 */
typedef enum atc_basic_local_addr_ind {
    ATC_BASIC_LOCAL_ADDR_IND_NOT_SUPPORTED = 0,
    ATC_BASIC_LOCAL_ADDR_IND_SUPPORTED = 1
} atc_basic_local_addr_ind;

/* <non_ip_mtu_discovery>, 3GPP TS 27.007 clause 10.1.1 */
typedef enum atc_basic_non_ip_mtu_discovery {
    ATC_BASIC_NON_IP_MTU_DISCOVERY_NONE = 0,
    ATC_BASIC_NON_IP_MTU_DISCOVERY_NAS = 1
} atc_basic_non_ip_mtu_discovery;

/* <reliable_data_service>, 3GPP TS 27.007 clause 10.1.1 */
typedef enum atc_basic_reliable_data_service {
    ATC_BASIC_RELIABLE_DATA_SERVICE_NOT_USED = 0,
    ATC_BASIC_RELIABLE_DATA_SERVICE_USED = 1
} atc_basic_reliable_data_service;

/* <cgact_state>, 3GPP TS 27.007 clause 10.1.10 */
typedef enum atc_basic_cgact_state {
    ATC_BASIC_CGACT_STATE_DEACTIVATED = 0,
    ATC_BASIC_CGACT_STATE_ACTIVATED = 1
} atc_basic_cgact_state;

/* <cscon_n>, 3GPP TS 27.007 clause 10.1.30 */
typedef enum atc_basic_cscon_n {
    ATC_BASIC_CSCON_N_DISABLED = 0,
    ATC_BASIC_CSCON_N_MODE = 1,
    ATC_BASIC_CSCON_N_STATE = 2,
    ATC_BASIC_CSCON_N_ACCESS = 3,
    ATC_BASIC_CSCON_N_CORE_NETWORK = 4
} atc_basic_cscon_n;

/* <reporting>, 3GPP TS 27.007 clause 8.41 */
typedef enum atc_basic_reporting {
    ATC_BASIC_REPORTING_DISABLED = 0,
    ATC_BASIC_REPORTING_CTZV = 1,
    ATC_BASIC_REPORTING_CTZE = 2,
    ATC_BASIC_REPORTING_CTZEU = 3
} atc_basic_reporting;

/* <onoff>, 3GPP TS 27.007 clause 8.40 */
typedef enum atc_basic_onoff {
    ATC_BASIC_ONOFF_DISABLED = 0,
    ATC_BASIC_ONOFF_ENABLED = 1
} atc_basic_onoff;

/* <cpsms_mode>, 3GPP TS 27.007 clause 7.38 */
typedef enum atc_basic_cpsms_mode {
    ATC_BASIC_CPSMS_MODE_DISABLED = 0,
    ATC_BASIC_CPSMS_MODE_ENABLED = 1,
    ATC_BASIC_CPSMS_MODE_DISABLED_RESET = 2
} atc_basic_cpsms_mode;

/* <cedrxs_mode>, 3GPP TS 27.007 clause 7.40 */
typedef enum atc_basic_cedrxs_mode {
    ATC_BASIC_CEDRXS_MODE_DISABLED = 0,
    ATC_BASIC_CEDRXS_MODE_ENABLED = 1,
    ATC_BASIC_CEDRXS_MODE_ENABLED_URC = 2,
    ATC_BASIC_CEDRXS_MODE_DISABLED_RESET = 3
} atc_basic_cedrxs_mode;

/* <act_type>, 3GPP TS 27.007 clause 7.40 */
typedef enum atc_basic_act_type {
    ATC_BASIC_ACT_TYPE_NOT_USING_EDRX = 0,
    ATC_BASIC_ACT_TYPE_EC_GSM_IOT = 1,
    ATC_BASIC_ACT_TYPE_GSM = 2,
    ATC_BASIC_ACT_TYPE_UTRAN = 3,
    ATC_BASIC_ACT_TYPE_E_UTRAN_WB_S1 = 4,
    ATC_BASIC_ACT_TYPE_E_UTRAN_NB_S1 = 5
} atc_basic_act_type;

/* <icf_format>, ITU-T V.250 clause 6.2.11 */
typedef enum atc_basic_icf_format {
    ATC_BASIC_ICF_FORMAT_AUTO_DETECT = 0,
    ATC_BASIC_ICF_FORMAT_D8_S2 = 1,
    ATC_BASIC_ICF_FORMAT_D8_P1_S1 = 2,
    ATC_BASIC_ICF_FORMAT_D8_S1 = 3,
    ATC_BASIC_ICF_FORMAT_D7_S2 = 4,
    ATC_BASIC_ICF_FORMAT_D7_P1_S1 = 5,
    ATC_BASIC_ICF_FORMAT_D7_S1 = 6
} atc_basic_icf_format;

/* <parity>, ITU-T V.250 clause 6.2.11 */
typedef enum atc_basic_parity {
    ATC_BASIC_PARITY_ODD = 0,
    ATC_BASIC_PARITY_EVEN = 1,
    ATC_BASIC_PARITY_MARK = 2,
    ATC_BASIC_PARITY_SPACE = 3
} atc_basic_parity;

/* <dce_by_dte>, ITU-T V.250 clause 6.2.12 */
typedef enum atc_basic_dce_by_dte {
    ATC_BASIC_DCE_BY_DTE_NONE = 0,
    ATC_BASIC_DCE_BY_DTE_DC1_DC3 = 1,
    ATC_BASIC_DCE_BY_DTE_CIRCUIT_105 = 2,
    ATC_BASIC_DCE_BY_DTE_DC1_DC3_PASSED = 3
} atc_basic_dce_by_dte;

/* <dte_by_dce>, ITU-T V.250 clause 6.2.12 */
typedef enum atc_basic_dte_by_dce {
    ATC_BASIC_DTE_BY_DCE_NONE = 0,
    ATC_BASIC_DTE_BY_DCE_DC1_DC3 = 1,
    ATC_BASIC_DTE_BY_DCE_CIRCUIT_106 = 2
} atc_basic_dte_by_dce;

/* <stat>, 3GPP TS 27.007 clauses 7.2, 10.1.20, 10.1.22 */
typedef enum atc_basic_stat {
    ATC_BASIC_STAT_NOT_REGISTERED = 0,
    ATC_BASIC_STAT_REGISTERED_HOME = 1,
    ATC_BASIC_STAT_SEARCHING = 2,
    ATC_BASIC_STAT_DENIED = 3,
    ATC_BASIC_STAT_UNKNOWN = 4,
    ATC_BASIC_STAT_REGISTERED_ROAMING = 5,
    ATC_BASIC_STAT_REGISTERED_SMS_ONLY_HOME = 6,
    ATC_BASIC_STAT_REGISTERED_SMS_ONLY_ROAMING = 7,
    ATC_BASIC_STAT_EMERGENCY_ONLY = 8,
    ATC_BASIC_STAT_REGISTERED_CSFB_NOT_PREFERRED_HOME = 9,
    ATC_BASIC_STAT_REGISTERED_CSFB_NOT_PREFERRED_ROAMING = 10,
    ATC_BASIC_STAT_RLOS = 11
} atc_basic_stat;

/* <cause_type>, 3GPP TS 27.007 clauses 7.2, 10.1.20, 10.1.22 */
typedef enum atc_basic_cause_type {
    ATC_BASIC_CAUSE_TYPE_NETWORK_CAUSE = 0,
    ATC_BASIC_CAUSE_TYPE_MANUFACTURER_SPECIFIC = 1
} atc_basic_cause_type;

/* <cscon_mode>, 3GPP TS 27.007 clause 10.1.30 */
typedef enum atc_basic_cscon_mode {
    ATC_BASIC_CSCON_MODE_IDLE = 0,
    ATC_BASIC_CSCON_MODE_CONNECTED = 1
} atc_basic_cscon_mode;

/* <dst>, 3GPP TS 27.007 clause 8.41 */
typedef enum atc_basic_dst {
    ATC_BASIC_DST_NONE = 0,
    ATC_BASIC_DST_PLUS_1H = 1,
    ATC_BASIC_DST_PLUS_2H = 2
} atc_basic_dst;

/* Error table "cme_27007", 3GPP TS 27.007 clause 9.2 (9.2.1 general errors, 9.2.2 GPRS and EPS-related errors, 9.2.3 VBS, VGCS and eMLPP-related errors). */
typedef enum atc_basic_cme_27007 {
    ATC_BASIC_CME_27007_PHONE_FAILURE = 0,
    ATC_BASIC_CME_27007_NO_CONNECTION_TO_PHONE = 1,
    ATC_BASIC_CME_27007_PHONE_ADAPTOR_LINK_RESERVED = 2,
    ATC_BASIC_CME_27007_OPERATION_NOT_ALLOWED = 3,
    ATC_BASIC_CME_27007_OPERATION_NOT_SUPPORTED = 4,
    ATC_BASIC_CME_27007_PH_SIM_PIN_REQUIRED = 5,
    ATC_BASIC_CME_27007_PH_FSIM_PIN_REQUIRED = 6,
    ATC_BASIC_CME_27007_PH_FSIM_PUK_REQUIRED = 7,
    ATC_BASIC_CME_27007_SIM_NOT_INSERTED = 10,
    ATC_BASIC_CME_27007_SIM_PIN_REQUIRED = 11,
    ATC_BASIC_CME_27007_SIM_PUK_REQUIRED = 12,
    ATC_BASIC_CME_27007_SIM_FAILURE = 13,
    ATC_BASIC_CME_27007_SIM_BUSY = 14,
    ATC_BASIC_CME_27007_SIM_WRONG = 15,
    ATC_BASIC_CME_27007_INCORRECT_PASSWORD = 16,
    ATC_BASIC_CME_27007_SIM_PIN2_REQUIRED = 17,
    ATC_BASIC_CME_27007_SIM_PUK2_REQUIRED = 18,
    ATC_BASIC_CME_27007_MEMORY_FULL = 20,
    ATC_BASIC_CME_27007_INVALID_INDEX = 21,
    ATC_BASIC_CME_27007_NOT_FOUND = 22,
    ATC_BASIC_CME_27007_MEMORY_FAILURE = 23,
    ATC_BASIC_CME_27007_TEXT_STRING_TOO_LONG = 24,
    ATC_BASIC_CME_27007_INVALID_CHARACTERS_IN_TEXT_STRING = 25,
    ATC_BASIC_CME_27007_DIAL_STRING_TOO_LONG = 26,
    ATC_BASIC_CME_27007_INVALID_CHARACTERS_IN_DIAL_STRING = 27,
    ATC_BASIC_CME_27007_NO_NETWORK_SERVICE = 30,
    ATC_BASIC_CME_27007_NETWORK_TIMEOUT = 31,
    ATC_BASIC_CME_27007_NETWORK_NOT_ALLOWED_EMERGENCY_CALLS_ONLY = 32,
    ATC_BASIC_CME_27007_NETWORK_PERSONALIZATION_PIN_REQUIRED = 40,
    ATC_BASIC_CME_27007_NETWORK_PERSONALIZATION_PUK_REQUIRED = 41,
    ATC_BASIC_CME_27007_NETWORK_SUBSET_PERSONALIZATION_PIN_REQUIRED = 42,
    ATC_BASIC_CME_27007_NETWORK_SUBSET_PERSONALIZATION_PUK_REQUIRED = 43,
    ATC_BASIC_CME_27007_SERVICE_PROVIDER_PERSONALIZATION_PIN_REQUIRED = 44,
    ATC_BASIC_CME_27007_SERVICE_PROVIDER_PERSONALIZATION_PUK_REQUIRED = 45,
    ATC_BASIC_CME_27007_CORPORATE_PERSONALIZATION_PIN_REQUIRED = 46,
    ATC_BASIC_CME_27007_CORPORATE_PERSONALIZATION_PUK_REQUIRED = 47,
    ATC_BASIC_CME_27007_HIDDEN_KEY_REQUIRED = 48,
    ATC_BASIC_CME_27007_EAP_METHOD_NOT_SUPPORTED = 49,
    ATC_BASIC_CME_27007_INCORRECT_PARAMETERS = 50,
    ATC_BASIC_CME_27007_COMMAND_DISABLED = 51,
    ATC_BASIC_CME_27007_COMMAND_ABORTED_BY_USER = 52,
    ATC_BASIC_CME_27007_NOT_ATTACHED_MT_RESTRICTIONS = 53,
    ATC_BASIC_CME_27007_MODEM_NOT_ALLOWED_EMERGENCY_ONLY = 54,
    ATC_BASIC_CME_27007_NOT_ALLOWED_MT_RESTRICTIONS = 55,
    ATC_BASIC_CME_27007_FIXED_DIAL_NUMBER_ONLY = 56,
    ATC_BASIC_CME_27007_TEMPORARILY_OUT_OF_SERVICE = 57,
    ATC_BASIC_CME_27007_LANGUAGE_ALPHABET_NOT_SUPPORTED = 58,
    ATC_BASIC_CME_27007_UNEXPECTED_DATA_VALUE = 59,
    ATC_BASIC_CME_27007_SYSTEM_FAILURE = 60,
    ATC_BASIC_CME_27007_DATA_MISSING = 61,
    ATC_BASIC_CME_27007_CALL_BARRED = 62,
    ATC_BASIC_CME_27007_MWI_SUBSCRIPTION_FAILURE = 63,
    ATC_BASIC_CME_27007_UNKNOWN = 100,
    ATC_BASIC_CME_27007_ILLEGAL_MS = 103,
    ATC_BASIC_CME_27007_ILLEGAL_ME = 106,
    ATC_BASIC_CME_27007_GPRS_SERVICES_NOT_ALLOWED = 107,
    ATC_BASIC_CME_27007_GPRS_AND_NON_GPRS_SERVICES_NOT_ALLOWED = 108,
    ATC_BASIC_CME_27007_PLMN_NOT_ALLOWED = 111,
    ATC_BASIC_CME_27007_LOCATION_AREA_NOT_ALLOWED = 112,
    ATC_BASIC_CME_27007_ROAMING_NOT_ALLOWED_IN_LOCATION_AREA = 113,
    ATC_BASIC_CME_27007_GPRS_SERVICES_NOT_ALLOWED_IN_PLMN = 114,
    ATC_BASIC_CME_27007_NO_SUITABLE_CELLS_IN_LOCATION_AREA = 115,
    ATC_BASIC_CME_27007_CONGESTION = 122,
    ATC_BASIC_CME_27007_NOT_AUTHORIZED_FOR_CSG = 125,
    ATC_BASIC_CME_27007_SEMANTICALLY_INCORRECT_MESSAGE = 172,
    ATC_BASIC_CME_27007_MANDATORY_IE_ERROR = 173,
    ATC_BASIC_CME_27007_IE_NOT_IMPLEMENTED = 174,
    ATC_BASIC_CME_27007_CONDITIONAL_IE_ERROR = 175,
    ATC_BASIC_CME_27007_PROTOCOL_ERROR_UNSPECIFIED = 176,
    ATC_BASIC_CME_27007_OPERATOR_DETERMINED_BARRING = 177,
    ATC_BASIC_CME_27007_INSUFFICIENT_RESOURCES = 126,
    ATC_BASIC_CME_27007_MISSING_OR_UNKNOWN_APN = 127,
    ATC_BASIC_CME_27007_UNKNOWN_PDP_ADDRESS_OR_TYPE = 128,
    ATC_BASIC_CME_27007_USER_AUTHENTICATION_FAILED = 129,
    ATC_BASIC_CME_27007_ACTIVATION_REJECTED_BY_GW = 130,
    ATC_BASIC_CME_27007_ACTIVATION_REJECTED_UNSPECIFIED = 131,
    ATC_BASIC_CME_27007_SERVICE_OPTION_NOT_SUPPORTED = 132,
    ATC_BASIC_CME_27007_SERVICE_OPTION_NOT_SUBSCRIBED = 133,
    ATC_BASIC_CME_27007_SERVICE_OPTION_OUT_OF_ORDER = 134,
    ATC_BASIC_CME_27007_FEATURE_NOT_SUPPORTED = 140,
    ATC_BASIC_CME_27007_TFT_SEMANTIC_ERROR = 141,
    ATC_BASIC_CME_27007_TFT_SYNTACTICAL_ERROR = 142,
    ATC_BASIC_CME_27007_UNKNOWN_PDP_CONTEXT = 143,
    ATC_BASIC_CME_27007_PACKET_FILTER_SEMANTIC_ERRORS = 144,
    ATC_BASIC_CME_27007_PACKET_FILTER_SYNTACTICAL_ERRORS = 145,
    ATC_BASIC_CME_27007_PDP_CONTEXT_WITHOUT_TFT_ACTIVATED = 146,
    ATC_BASIC_CME_27007_PDP_AUTHENTICATION_FAILURE = 149,
    ATC_BASIC_CME_27007_MAX_PDP_CONTEXTS_REACHED = 178,
    ATC_BASIC_CME_27007_APN_NOT_SUPPORTED_IN_RAT_AND_PLMN = 179,
    ATC_BASIC_CME_27007_BEARER_CONTROL_MODE_VIOLATION = 180,
    ATC_BASIC_CME_27007_UNSUPPORTED_QCI_VALUE = 181,
    ATC_BASIC_CME_27007_USER_DATA_VIA_CONTROL_PLANE_CONGESTED = 182,
    ATC_BASIC_CME_27007_LAST_PDN_DISCONNECTION_NOT_ALLOWED = 171,
    ATC_BASIC_CME_27007_UNSPECIFIED_GPRS_ERROR = 148,
    ATC_BASIC_CME_27007_INVALID_MOBILE_CLASS = 150,
    ATC_BASIC_CME_27007_VBS_VGCS_NOT_SUPPORTED = 151,
    ATC_BASIC_CME_27007_NO_SERVICE_SUBSCRIPTION_ON_SIM = 152,
    ATC_BASIC_CME_27007_NO_SUBSCRIPTION_FOR_GROUP_ID = 153,
    ATC_BASIC_CME_27007_GROUP_ID_NOT_ACTIVATED_ON_SIM = 154,
    ATC_BASIC_CME_27007_NO_MATCHING_NOTIFICATION = 155,
    ATC_BASIC_CME_27007_VBS_VGCS_CALL_ALREADY_PRESENT = 156,
    ATC_BASIC_CME_27007_VGCS_CONGESTION = 157,
    ATC_BASIC_CME_27007_NETWORK_FAILURE = 158,
    ATC_BASIC_CME_27007_UPLINK_BUSY = 159,
    ATC_BASIC_CME_27007_NO_ACCESS_RIGHTS_FOR_SIM_FILE = 160,
    ATC_BASIC_CME_27007_NO_SUBSCRIPTION_FOR_PRIORITY = 161,
    ATC_BASIC_CME_27007_OPERATION_NOT_APPLICABLE = 162,
    ATC_BASIC_CME_27007_GROUP_ID_PREFIXES_NOT_SUPPORTED = 163,
    ATC_BASIC_CME_27007_GROUP_ID_PREFIXES_NOT_USABLE_FOR_VBS = 164,
    ATC_BASIC_CME_27007_GROUP_ID_PREFIX_VALUE_INVALID = 165
} atc_basic_cme_27007;
/* The document's English description of a code, or NULL. */
ATC_API const char *atc_basic_cme_27007_text(int32_t code);

/* Error table "cms_27005", 3GPP TS 27.005 clause 3.2.5. */
typedef enum atc_basic_cms_27005 {
    ATC_BASIC_CMS_27005_ME_FAILURE = 300,
    ATC_BASIC_CMS_27005_SMS_SERVICE_RESERVED = 301,
    ATC_BASIC_CMS_27005_OPERATION_NOT_ALLOWED = 302,
    ATC_BASIC_CMS_27005_OPERATION_NOT_SUPPORTED = 303,
    ATC_BASIC_CMS_27005_INVALID_PDU_MODE_PARAMETER = 304,
    ATC_BASIC_CMS_27005_INVALID_TEXT_MODE_PARAMETER = 305,
    ATC_BASIC_CMS_27005_USIM_NOT_INSERTED = 310,
    ATC_BASIC_CMS_27005_USIM_PIN_REQUIRED = 311,
    ATC_BASIC_CMS_27005_PH_USIM_PIN_REQUIRED = 312,
    ATC_BASIC_CMS_27005_USIM_FAILURE = 313,
    ATC_BASIC_CMS_27005_USIM_BUSY = 314,
    ATC_BASIC_CMS_27005_USIM_WRONG = 315,
    ATC_BASIC_CMS_27005_USIM_PUK_REQUIRED = 316,
    ATC_BASIC_CMS_27005_USIM_PIN2_REQUIRED = 317,
    ATC_BASIC_CMS_27005_USIM_PUK2_REQUIRED = 318,
    ATC_BASIC_CMS_27005_MEMORY_FAILURE = 320,
    ATC_BASIC_CMS_27005_INVALID_MEMORY_INDEX = 321,
    ATC_BASIC_CMS_27005_MEMORY_FULL = 322,
    ATC_BASIC_CMS_27005_SMSC_ADDRESS_UNKNOWN = 330,
    ATC_BASIC_CMS_27005_NO_NETWORK_SERVICE = 331,
    ATC_BASIC_CMS_27005_NETWORK_TIMEOUT = 332,
    ATC_BASIC_CMS_27005_NO_CNMA_ACK_EXPECTED = 340,
    ATC_BASIC_CMS_27005_UNKNOWN_ERROR = 500
} atc_basic_cms_27005;
/* The document's English description of a code, or NULL. */
ATC_API const char *atc_basic_cms_27005_text(int32_t code);

/* ---- Messages ----
 * Strings are views (atc_str) into the input or the parser's line buffer: valid during the
 * callback only. Optional fields have a has_<name> flag. Integers with an enumeration name their
 * enum type. */

/* final OK
 * ITU-T V.250 clause 5.7.1 (Table 1) */
typedef struct atc_basic_ok {
    char dummy_field; /* no fields */
} atc_basic_ok;
/* ev->msg as this message, or NULL when ev is another message or an error (C and C++, no cast) */
static inline const atc_basic_ok *atc_basic_ok_of(const atc_event *ev)
{
    return ev->profile == &atc_basic_profile && ev->id == ATC_BASIC_OK && ev->kind != ATC_KIND_ERROR
               ? (const atc_basic_ok *)ev->msg : NULL;
}
#define ATC_BASIC_OK_INIT_ZERO {0}
#define ATC_BASIC_OK_MAX_LEN 6u
ATC_API atc_err atc_basic_encode_ok(const atc_basic_ok *msg, char *buf, size_t cap, size_t *len);

/* final ERROR
 * ITU-T V.250 clause 5.7.1 (Table 1) */
typedef struct atc_basic_error {
    char dummy_field; /* no fields */
} atc_basic_error;
/* ev->msg as this message, or NULL when ev is another message or an error (C and C++, no cast) */
static inline const atc_basic_error *atc_basic_error_of(const atc_event *ev)
{
    return ev->profile == &atc_basic_profile && ev->id == ATC_BASIC_ERROR && ev->kind != ATC_KIND_ERROR
               ? (const atc_basic_error *)ev->msg : NULL;
}
#define ATC_BASIC_ERROR_INIT_ZERO {0}
#define ATC_BASIC_ERROR_MAX_LEN 9u
ATC_API atc_err atc_basic_encode_error(const atc_basic_error *msg, char *buf, size_t cap, size_t *len);

/* intermediate CONNECT
 * ITU-T V.250 clause 5.7.1 (Table 1); clauses 6.3.1 (D) and 6.3.7 (O): CONNECT ends the command, the DCE enters the online data state */
typedef struct atc_basic_connect {
    char dummy_field; /* no fields */
} atc_basic_connect;
/* ev->msg as this message, or NULL when ev is another message or an error (C and C++, no cast) */
static inline const atc_basic_connect *atc_basic_connect_of(const atc_event *ev)
{
    return ev->profile == &atc_basic_profile && ev->id == ATC_BASIC_CONNECT && ev->kind != ATC_KIND_ERROR
               ? (const atc_basic_connect *)ev->msg : NULL;
}
#define ATC_BASIC_CONNECT_INIT_ZERO {0}
#define ATC_BASIC_CONNECT_MAX_LEN 11u
ATC_API atc_err atc_basic_encode_connect(const atc_basic_connect *msg, char *buf, size_t cap, size_t *len);

/* final NO CARRIER
 * ITU-T V.250 clause 5.7.1 (Table 1) */
typedef struct atc_basic_no_carrier {
    char dummy_field; /* no fields */
} atc_basic_no_carrier;
/* ev->msg as this message, or NULL when ev is another message or an error (C and C++, no cast) */
static inline const atc_basic_no_carrier *atc_basic_no_carrier_of(const atc_event *ev)
{
    return ev->profile == &atc_basic_profile && ev->id == ATC_BASIC_NO_CARRIER && ev->kind != ATC_KIND_ERROR
               ? (const atc_basic_no_carrier *)ev->msg : NULL;
}
#define ATC_BASIC_NO_CARRIER_INIT_ZERO {0}
#define ATC_BASIC_NO_CARRIER_MAX_LEN 14u
ATC_API atc_err atc_basic_encode_no_carrier(const atc_basic_no_carrier *msg, char *buf, size_t cap, size_t *len);

/* final NO DIALTONE
 * ITU-T V.250 clause 5.7.1 (Table 1) */
typedef struct atc_basic_no_dialtone {
    char dummy_field; /* no fields */
} atc_basic_no_dialtone;
/* ev->msg as this message, or NULL when ev is another message or an error (C and C++, no cast) */
static inline const atc_basic_no_dialtone *atc_basic_no_dialtone_of(const atc_event *ev)
{
    return ev->profile == &atc_basic_profile && ev->id == ATC_BASIC_NO_DIALTONE && ev->kind != ATC_KIND_ERROR
               ? (const atc_basic_no_dialtone *)ev->msg : NULL;
}
#define ATC_BASIC_NO_DIALTONE_INIT_ZERO {0}
#define ATC_BASIC_NO_DIALTONE_MAX_LEN 15u
ATC_API atc_err atc_basic_encode_no_dialtone(const atc_basic_no_dialtone *msg, char *buf, size_t cap, size_t *len);

/* final BUSY
 * ITU-T V.250 clause 5.7.1 (Table 1) */
typedef struct atc_basic_busy {
    char dummy_field; /* no fields */
} atc_basic_busy;
/* ev->msg as this message, or NULL when ev is another message or an error (C and C++, no cast) */
static inline const atc_basic_busy *atc_basic_busy_of(const atc_event *ev)
{
    return ev->profile == &atc_basic_profile && ev->id == ATC_BASIC_BUSY && ev->kind != ATC_KIND_ERROR
               ? (const atc_basic_busy *)ev->msg : NULL;
}
#define ATC_BASIC_BUSY_INIT_ZERO {0}
#define ATC_BASIC_BUSY_MAX_LEN 8u
ATC_API atc_err atc_basic_encode_busy(const atc_basic_busy *msg, char *buf, size_t cap, size_t *len);

/* final NO ANSWER
 * ITU-T V.250 clause 5.7.1 (Table 1) */
typedef struct atc_basic_no_answer {
    char dummy_field; /* no fields */
} atc_basic_no_answer;
/* ev->msg as this message, or NULL when ev is another message or an error (C and C++, no cast) */
static inline const atc_basic_no_answer *atc_basic_no_answer_of(const atc_event *ev)
{
    return ev->profile == &atc_basic_profile && ev->id == ATC_BASIC_NO_ANSWER && ev->kind != ATC_KIND_ERROR
               ? (const atc_basic_no_answer *)ev->msg : NULL;
}
#define ATC_BASIC_NO_ANSWER_INIT_ZERO {0}
#define ATC_BASIC_NO_ANSWER_MAX_LEN 13u
ATC_API atc_err atc_basic_encode_no_answer(const atc_basic_no_answer *msg, char *buf, size_t cap, size_t *len);

/* final +CME ERROR: <err>
 * 3GPP TS 27.007 clause 9.2 */
typedef struct atc_basic_cme_error {
    int32_t err; /* atc_basic_cme_27007 */
    atc_str err_text; /* the code's text when the module printed it (AT+CMEE=2) */
} atc_basic_cme_error;
/* ev->msg as this message, or NULL when ev is another message or an error (C and C++, no cast) */
static inline const atc_basic_cme_error *atc_basic_cme_error_of(const atc_event *ev)
{
    return ev->profile == &atc_basic_profile && ev->id == ATC_BASIC_CME_ERROR && ev->kind != ATC_KIND_ERROR
               ? (const atc_basic_cme_error *)ev->msg : NULL;
}
#define ATC_BASIC_CME_ERROR_INIT_ZERO {0, {NULL, 0}}
#define ATC_BASIC_CME_ERROR_MAX_LEN (17u + 1u * ATC_MAX_LINE)
ATC_API atc_err atc_basic_encode_cme_error(const atc_basic_cme_error *msg, char *buf, size_t cap, size_t *len);

/* final +CMS ERROR: <err>
 * 3GPP TS 27.005 clause 3.2.5 */
typedef struct atc_basic_cms_error {
    int32_t err; /* atc_basic_cms_27005 */
    atc_str err_text; /* the code's text when the module printed it (AT+CMEE=2) */
} atc_basic_cms_error;
/* ev->msg as this message, or NULL when ev is another message or an error (C and C++, no cast) */
static inline const atc_basic_cms_error *atc_basic_cms_error_of(const atc_event *ev)
{
    return ev->profile == &atc_basic_profile && ev->id == ATC_BASIC_CMS_ERROR && ev->kind != ATC_KIND_ERROR
               ? (const atc_basic_cms_error *)ev->msg : NULL;
}
#define ATC_BASIC_CMS_ERROR_INIT_ZERO {0, {NULL, 0}}
#define ATC_BASIC_CMS_ERROR_MAX_LEN (17u + 1u * ATC_MAX_LINE)
ATC_API atc_err atc_basic_encode_cms_error(const atc_basic_cms_error *msg, char *buf, size_t cap, size_t *len);

/* command AT
 * ITU-T V.250 clause 5.2.1: Attention: an empty command line, answered OK */
typedef struct atc_basic_at_at_exec {
    char dummy_field; /* no fields */
} atc_basic_at_at_exec;
/* ev->msg as this message, or NULL when ev is another message or an error (C and C++, no cast) */
static inline const atc_basic_at_at_exec *atc_basic_at_at_exec_of(const atc_event *ev)
{
    return ev->profile == &atc_basic_profile && ev->id == ATC_BASIC_AT_AT_EXEC && ev->kind != ATC_KIND_ERROR
               ? (const atc_basic_at_at_exec *)ev->msg : NULL;
}
#define ATC_BASIC_AT_AT_EXEC_INIT_ZERO {0}
#define ATC_BASIC_AT_AT_EXEC_MAX_LEN 3u
ATC_API atc_err atc_basic_encode_at_at_exec(const atc_basic_at_at_exec *msg, char *buf, size_t cap, size_t *len);

/* command ATE0
 * ITU-T V.250 clause 6.2.4: Command echo off */
typedef struct atc_basic_at_ate0_exec {
    char dummy_field; /* no fields */
} atc_basic_at_ate0_exec;
/* ev->msg as this message, or NULL when ev is another message or an error (C and C++, no cast) */
static inline const atc_basic_at_ate0_exec *atc_basic_at_ate0_exec_of(const atc_event *ev)
{
    return ev->profile == &atc_basic_profile && ev->id == ATC_BASIC_AT_ATE0_EXEC && ev->kind != ATC_KIND_ERROR
               ? (const atc_basic_at_ate0_exec *)ev->msg : NULL;
}
#define ATC_BASIC_AT_ATE0_EXEC_INIT_ZERO {0}
#define ATC_BASIC_AT_ATE0_EXEC_MAX_LEN 5u
ATC_API atc_err atc_basic_encode_at_ate0_exec(const atc_basic_at_ate0_exec *msg, char *buf, size_t cap, size_t *len);

/* command ATE1
 * ITU-T V.250 clause 6.2.4: Command echo on */
typedef struct atc_basic_at_ate1_exec {
    char dummy_field; /* no fields */
} atc_basic_at_ate1_exec;
/* ev->msg as this message, or NULL when ev is another message or an error (C and C++, no cast) */
static inline const atc_basic_at_ate1_exec *atc_basic_at_ate1_exec_of(const atc_event *ev)
{
    return ev->profile == &atc_basic_profile && ev->id == ATC_BASIC_AT_ATE1_EXEC && ev->kind != ATC_KIND_ERROR
               ? (const atc_basic_at_ate1_exec *)ev->msg : NULL;
}
#define ATC_BASIC_AT_ATE1_EXEC_INIT_ZERO {0}
#define ATC_BASIC_AT_ATE1_EXEC_MAX_LEN 5u
ATC_API atc_err atc_basic_encode_at_ate1_exec(const atc_basic_at_ate1_exec *msg, char *buf, size_t cap, size_t *len);

/* command ATE
 * ITU-T V.250 clause 6.2.4: Command echo off (no value is 0) */
typedef struct atc_basic_at_ate_exec {
    char dummy_field; /* no fields */
} atc_basic_at_ate_exec;
/* ev->msg as this message, or NULL when ev is another message or an error (C and C++, no cast) */
static inline const atc_basic_at_ate_exec *atc_basic_at_ate_exec_of(const atc_event *ev)
{
    return ev->profile == &atc_basic_profile && ev->id == ATC_BASIC_AT_ATE_EXEC && ev->kind != ATC_KIND_ERROR
               ? (const atc_basic_at_ate_exec *)ev->msg : NULL;
}
#define ATC_BASIC_AT_ATE_EXEC_INIT_ZERO {0}
#define ATC_BASIC_AT_ATE_EXEC_MAX_LEN 4u
ATC_API atc_err atc_basic_encode_at_ate_exec(const atc_basic_at_ate_exec *msg, char *buf, size_t cap, size_t *len);

/* command ATV0
 * ITU-T V.250 clause 6.2.6: Numeric result codes, limited headers and trailers */
typedef struct atc_basic_at_atv0_exec {
    char dummy_field; /* no fields */
} atc_basic_at_atv0_exec;
/* ev->msg as this message, or NULL when ev is another message or an error (C and C++, no cast) */
static inline const atc_basic_at_atv0_exec *atc_basic_at_atv0_exec_of(const atc_event *ev)
{
    return ev->profile == &atc_basic_profile && ev->id == ATC_BASIC_AT_ATV0_EXEC && ev->kind != ATC_KIND_ERROR
               ? (const atc_basic_at_atv0_exec *)ev->msg : NULL;
}
#define ATC_BASIC_AT_ATV0_EXEC_INIT_ZERO {0}
#define ATC_BASIC_AT_ATV0_EXEC_MAX_LEN 5u
ATC_API atc_err atc_basic_encode_at_atv0_exec(const atc_basic_at_atv0_exec *msg, char *buf, size_t cap, size_t *len);

/* command ATV1
 * ITU-T V.250 clause 6.2.6: Verbose result codes (the default) */
typedef struct atc_basic_at_atv1_exec {
    char dummy_field; /* no fields */
} atc_basic_at_atv1_exec;
/* ev->msg as this message, or NULL when ev is another message or an error (C and C++, no cast) */
static inline const atc_basic_at_atv1_exec *atc_basic_at_atv1_exec_of(const atc_event *ev)
{
    return ev->profile == &atc_basic_profile && ev->id == ATC_BASIC_AT_ATV1_EXEC && ev->kind != ATC_KIND_ERROR
               ? (const atc_basic_at_atv1_exec *)ev->msg : NULL;
}
#define ATC_BASIC_AT_ATV1_EXEC_INIT_ZERO {0}
#define ATC_BASIC_AT_ATV1_EXEC_MAX_LEN 5u
ATC_API atc_err atc_basic_encode_at_atv1_exec(const atc_basic_at_atv1_exec *msg, char *buf, size_t cap, size_t *len);

/* command ATV
 * ITU-T V.250 clause 6.2.6: Numeric result codes (no value is 0) */
typedef struct atc_basic_at_atv_exec {
    char dummy_field; /* no fields */
} atc_basic_at_atv_exec;
/* ev->msg as this message, or NULL when ev is another message or an error (C and C++, no cast) */
static inline const atc_basic_at_atv_exec *atc_basic_at_atv_exec_of(const atc_event *ev)
{
    return ev->profile == &atc_basic_profile && ev->id == ATC_BASIC_AT_ATV_EXEC && ev->kind != ATC_KIND_ERROR
               ? (const atc_basic_at_atv_exec *)ev->msg : NULL;
}
#define ATC_BASIC_AT_ATV_EXEC_INIT_ZERO {0}
#define ATC_BASIC_AT_ATV_EXEC_MAX_LEN 4u
ATC_API atc_err atc_basic_encode_at_atv_exec(const atc_basic_at_atv_exec *msg, char *buf, size_t cap, size_t *len);

/* command ATQ0
 * ITU-T V.250 clause 6.2.5: Result codes are transmitted (the default) */
typedef struct atc_basic_at_atq0_exec {
    char dummy_field; /* no fields */
} atc_basic_at_atq0_exec;
/* ev->msg as this message, or NULL when ev is another message or an error (C and C++, no cast) */
static inline const atc_basic_at_atq0_exec *atc_basic_at_atq0_exec_of(const atc_event *ev)
{
    return ev->profile == &atc_basic_profile && ev->id == ATC_BASIC_AT_ATQ0_EXEC && ev->kind != ATC_KIND_ERROR
               ? (const atc_basic_at_atq0_exec *)ev->msg : NULL;
}
#define ATC_BASIC_AT_ATQ0_EXEC_INIT_ZERO {0}
#define ATC_BASIC_AT_ATQ0_EXEC_MAX_LEN 5u
ATC_API atc_err atc_basic_encode_at_atq0_exec(const atc_basic_at_atq0_exec *msg, char *buf, size_t cap, size_t *len);

/* command ATQ1
 * ITU-T V.250 clause 6.2.5: Result codes are suppressed */
typedef struct atc_basic_at_atq1_exec {
    char dummy_field; /* no fields */
} atc_basic_at_atq1_exec;
/* ev->msg as this message, or NULL when ev is another message or an error (C and C++, no cast) */
static inline const atc_basic_at_atq1_exec *atc_basic_at_atq1_exec_of(const atc_event *ev)
{
    return ev->profile == &atc_basic_profile && ev->id == ATC_BASIC_AT_ATQ1_EXEC && ev->kind != ATC_KIND_ERROR
               ? (const atc_basic_at_atq1_exec *)ev->msg : NULL;
}
#define ATC_BASIC_AT_ATQ1_EXEC_INIT_ZERO {0}
#define ATC_BASIC_AT_ATQ1_EXEC_MAX_LEN 5u
ATC_API atc_err atc_basic_encode_at_atq1_exec(const atc_basic_at_atq1_exec *msg, char *buf, size_t cap, size_t *len);

/* command ATQ
 * ITU-T V.250 clause 6.2.5: Result codes are transmitted (no value is 0) */
typedef struct atc_basic_at_atq_exec {
    char dummy_field; /* no fields */
} atc_basic_at_atq_exec;
/* ev->msg as this message, or NULL when ev is another message or an error (C and C++, no cast) */
static inline const atc_basic_at_atq_exec *atc_basic_at_atq_exec_of(const atc_event *ev)
{
    return ev->profile == &atc_basic_profile && ev->id == ATC_BASIC_AT_ATQ_EXEC && ev->kind != ATC_KIND_ERROR
               ? (const atc_basic_at_atq_exec *)ev->msg : NULL;
}
#define ATC_BASIC_AT_ATQ_EXEC_INIT_ZERO {0}
#define ATC_BASIC_AT_ATQ_EXEC_MAX_LEN 4u
ATC_API atc_err atc_basic_encode_at_atq_exec(const atc_basic_at_atq_exec *msg, char *buf, size_t cap, size_t *len);

/* command ATI
 * ITU-T V.250 clause 6.1.3: Request identification information (manufacturer-specific text lines) */
typedef struct atc_basic_at_ati_exec {
    char dummy_field; /* no fields */
} atc_basic_at_ati_exec;
/* ev->msg as this message, or NULL when ev is another message or an error (C and C++, no cast) */
static inline const atc_basic_at_ati_exec *atc_basic_at_ati_exec_of(const atc_event *ev)
{
    return ev->profile == &atc_basic_profile && ev->id == ATC_BASIC_AT_ATI_EXEC && ev->kind != ATC_KIND_ERROR
               ? (const atc_basic_at_ati_exec *)ev->msg : NULL;
}
#define ATC_BASIC_AT_ATI_EXEC_INIT_ZERO {0}
#define ATC_BASIC_AT_ATI_EXEC_MAX_LEN 4u
ATC_API atc_err atc_basic_encode_at_ati_exec(const atc_basic_at_ati_exec *msg, char *buf, size_t cap, size_t *len);

/* command ATI0
 * ITU-T V.250 clause 6.1.3: Request identification information (value 0) */
typedef struct atc_basic_at_ati0_exec {
    char dummy_field; /* no fields */
} atc_basic_at_ati0_exec;
/* ev->msg as this message, or NULL when ev is another message or an error (C and C++, no cast) */
static inline const atc_basic_at_ati0_exec *atc_basic_at_ati0_exec_of(const atc_event *ev)
{
    return ev->profile == &atc_basic_profile && ev->id == ATC_BASIC_AT_ATI0_EXEC && ev->kind != ATC_KIND_ERROR
               ? (const atc_basic_at_ati0_exec *)ev->msg : NULL;
}
#define ATC_BASIC_AT_ATI0_EXEC_INIT_ZERO {0}
#define ATC_BASIC_AT_ATI0_EXEC_MAX_LEN 5u
ATC_API atc_err atc_basic_encode_at_ati0_exec(const atc_basic_at_ati0_exec *msg, char *buf, size_t cap, size_t *len);

/* command ATZ
 * ITU-T V.250 clause 6.1.1: Reset to the default configuration */
typedef struct atc_basic_at_atz_exec {
    char dummy_field; /* no fields */
} atc_basic_at_atz_exec;
/* ev->msg as this message, or NULL when ev is another message or an error (C and C++, no cast) */
static inline const atc_basic_at_atz_exec *atc_basic_at_atz_exec_of(const atc_event *ev)
{
    return ev->profile == &atc_basic_profile && ev->id == ATC_BASIC_AT_ATZ_EXEC && ev->kind != ATC_KIND_ERROR
               ? (const atc_basic_at_atz_exec *)ev->msg : NULL;
}
#define ATC_BASIC_AT_ATZ_EXEC_INIT_ZERO {0}
#define ATC_BASIC_AT_ATZ_EXEC_MAX_LEN 4u
ATC_API atc_err atc_basic_encode_at_atz_exec(const atc_basic_at_atz_exec *msg, char *buf, size_t cap, size_t *len);

/* command ATZ0
 * ITU-T V.250 clause 6.1.1: Reset to the default configuration (profile 0; other values are manufacturer specific) */
typedef struct atc_basic_at_atz0_exec {
    char dummy_field; /* no fields */
} atc_basic_at_atz0_exec;
/* ev->msg as this message, or NULL when ev is another message or an error (C and C++, no cast) */
static inline const atc_basic_at_atz0_exec *atc_basic_at_atz0_exec_of(const atc_event *ev)
{
    return ev->profile == &atc_basic_profile && ev->id == ATC_BASIC_AT_ATZ0_EXEC && ev->kind != ATC_KIND_ERROR
               ? (const atc_basic_at_atz0_exec *)ev->msg : NULL;
}
#define ATC_BASIC_AT_ATZ0_EXEC_INIT_ZERO {0}
#define ATC_BASIC_AT_ATZ0_EXEC_MAX_LEN 5u
ATC_API atc_err atc_basic_encode_at_atz0_exec(const atc_basic_at_atz0_exec *msg, char *buf, size_t cap, size_t *len);

/* command AT&F
 * ITU-T V.250 clause 6.1.2: Set to the factory-defined configuration */
typedef struct atc_basic_at_at_amp_f_exec {
    char dummy_field; /* no fields */
} atc_basic_at_at_amp_f_exec;
/* ev->msg as this message, or NULL when ev is another message or an error (C and C++, no cast) */
static inline const atc_basic_at_at_amp_f_exec *atc_basic_at_at_amp_f_exec_of(const atc_event *ev)
{
    return ev->profile == &atc_basic_profile && ev->id == ATC_BASIC_AT_AT_AMP_F_EXEC && ev->kind != ATC_KIND_ERROR
               ? (const atc_basic_at_at_amp_f_exec *)ev->msg : NULL;
}
#define ATC_BASIC_AT_AT_AMP_F_EXEC_INIT_ZERO {0}
#define ATC_BASIC_AT_AT_AMP_F_EXEC_MAX_LEN 5u
ATC_API atc_err atc_basic_encode_at_at_amp_f_exec(const atc_basic_at_at_amp_f_exec *msg, char *buf, size_t cap, size_t *len);

/* command AT&F0
 * ITU-T V.250 clause 6.1.2: Set to the factory-defined configuration (value 0; others are reserved to the manufacturer) */
typedef struct atc_basic_at_at_amp_f0_exec {
    char dummy_field; /* no fields */
} atc_basic_at_at_amp_f0_exec;
/* ev->msg as this message, or NULL when ev is another message or an error (C and C++, no cast) */
static inline const atc_basic_at_at_amp_f0_exec *atc_basic_at_at_amp_f0_exec_of(const atc_event *ev)
{
    return ev->profile == &atc_basic_profile && ev->id == ATC_BASIC_AT_AT_AMP_F0_EXEC && ev->kind != ATC_KIND_ERROR
               ? (const atc_basic_at_at_amp_f0_exec *)ev->msg : NULL;
}
#define ATC_BASIC_AT_AT_AMP_F0_EXEC_INIT_ZERO {0}
#define ATC_BASIC_AT_AT_AMP_F0_EXEC_MAX_LEN 6u
ATC_API atc_err atc_basic_encode_at_at_amp_f0_exec(const atc_basic_at_at_amp_f0_exec *msg, char *buf, size_t cap, size_t *len);

/* command AT&W
 * Manufacturer practice (no V.250 clause): Store the current settings (user profile 0) */
typedef struct atc_basic_at_at_amp_w_exec {
    char dummy_field; /* no fields */
} atc_basic_at_at_amp_w_exec;
/* ev->msg as this message, or NULL when ev is another message or an error (C and C++, no cast) */
static inline const atc_basic_at_at_amp_w_exec *atc_basic_at_at_amp_w_exec_of(const atc_event *ev)
{
    return ev->profile == &atc_basic_profile && ev->id == ATC_BASIC_AT_AT_AMP_W_EXEC && ev->kind != ATC_KIND_ERROR
               ? (const atc_basic_at_at_amp_w_exec *)ev->msg : NULL;
}
#define ATC_BASIC_AT_AT_AMP_W_EXEC_INIT_ZERO {0}
#define ATC_BASIC_AT_AT_AMP_W_EXEC_MAX_LEN 5u
ATC_API atc_err atc_basic_encode_at_at_amp_w_exec(const atc_basic_at_at_amp_w_exec *msg, char *buf, size_t cap, size_t *len);

/* command AT&W0
 * Manufacturer practice (no V.250 clause): Store the current settings in user profile 0 */
typedef struct atc_basic_at_at_amp_w0_exec {
    char dummy_field; /* no fields */
} atc_basic_at_at_amp_w0_exec;
/* ev->msg as this message, or NULL when ev is another message or an error (C and C++, no cast) */
static inline const atc_basic_at_at_amp_w0_exec *atc_basic_at_at_amp_w0_exec_of(const atc_event *ev)
{
    return ev->profile == &atc_basic_profile && ev->id == ATC_BASIC_AT_AT_AMP_W0_EXEC && ev->kind != ATC_KIND_ERROR
               ? (const atc_basic_at_at_amp_w0_exec *)ev->msg : NULL;
}
#define ATC_BASIC_AT_AT_AMP_W0_EXEC_INIT_ZERO {0}
#define ATC_BASIC_AT_AT_AMP_W0_EXEC_MAX_LEN 6u
ATC_API atc_err atc_basic_encode_at_at_amp_w0_exec(const atc_basic_at_at_amp_w0_exec *msg, char *buf, size_t cap, size_t *len);

/* command ATO
 * ITU-T V.250 clause 6.3.7: Return to the online data state (answered CONNECT) */
typedef struct atc_basic_at_ato_exec {
    char dummy_field; /* no fields */
} atc_basic_at_ato_exec;
/* ev->msg as this message, or NULL when ev is another message or an error (C and C++, no cast) */
static inline const atc_basic_at_ato_exec *atc_basic_at_ato_exec_of(const atc_event *ev)
{
    return ev->profile == &atc_basic_profile && ev->id == ATC_BASIC_AT_ATO_EXEC && ev->kind != ATC_KIND_ERROR
               ? (const atc_basic_at_ato_exec *)ev->msg : NULL;
}
#define ATC_BASIC_AT_ATO_EXEC_INIT_ZERO {0}
#define ATC_BASIC_AT_ATO_EXEC_MAX_LEN 4u
ATC_API atc_err atc_basic_encode_at_ato_exec(const atc_basic_at_ato_exec *msg, char *buf, size_t cap, size_t *len);

/* command ATO0
 * ITU-T V.250 clause 6.3.7: Return to the online data state (value 0) */
typedef struct atc_basic_at_ato0_exec {
    char dummy_field; /* no fields */
} atc_basic_at_ato0_exec;
/* ev->msg as this message, or NULL when ev is another message or an error (C and C++, no cast) */
static inline const atc_basic_at_ato0_exec *atc_basic_at_ato0_exec_of(const atc_event *ev)
{
    return ev->profile == &atc_basic_profile && ev->id == ATC_BASIC_AT_ATO0_EXEC && ev->kind != ATC_KIND_ERROR
               ? (const atc_basic_at_ato0_exec *)ev->msg : NULL;
}
#define ATC_BASIC_AT_ATO0_EXEC_INIT_ZERO {0}
#define ATC_BASIC_AT_ATO0_EXEC_MAX_LEN 5u
ATC_API atc_err atc_basic_encode_at_ato0_exec(const atc_basic_at_ato0_exec *msg, char *buf, size_t cap, size_t *len);

/* command ATH
 * ITU-T V.250 clause 6.3.6: Hook control: hang up */
typedef struct atc_basic_at_ath_exec {
    char dummy_field; /* no fields */
} atc_basic_at_ath_exec;
/* ev->msg as this message, or NULL when ev is another message or an error (C and C++, no cast) */
static inline const atc_basic_at_ath_exec *atc_basic_at_ath_exec_of(const atc_event *ev)
{
    return ev->profile == &atc_basic_profile && ev->id == ATC_BASIC_AT_ATH_EXEC && ev->kind != ATC_KIND_ERROR
               ? (const atc_basic_at_ath_exec *)ev->msg : NULL;
}
#define ATC_BASIC_AT_ATH_EXEC_INIT_ZERO {0}
#define ATC_BASIC_AT_ATH_EXEC_MAX_LEN 4u
ATC_API atc_err atc_basic_encode_at_ath_exec(const atc_basic_at_ath_exec *msg, char *buf, size_t cap, size_t *len);

/* command ATH0
 * ITU-T V.250 clause 6.3.6: Hook control: hang up (value 0) */
typedef struct atc_basic_at_ath0_exec {
    char dummy_field; /* no fields */
} atc_basic_at_ath0_exec;
/* ev->msg as this message, or NULL when ev is another message or an error (C and C++, no cast) */
static inline const atc_basic_at_ath0_exec *atc_basic_at_ath0_exec_of(const atc_event *ev)
{
    return ev->profile == &atc_basic_profile && ev->id == ATC_BASIC_AT_ATH0_EXEC && ev->kind != ATC_KIND_ERROR
               ? (const atc_basic_at_ath0_exec *)ev->msg : NULL;
}
#define ATC_BASIC_AT_ATH0_EXEC_INIT_ZERO {0}
#define ATC_BASIC_AT_ATH0_EXEC_MAX_LEN 5u
ATC_API atc_err atc_basic_encode_at_ath0_exec(const atc_basic_at_ath0_exec *msg, char *buf, size_t cap, size_t *len);

/* command ATA
 * ITU-T V.250 clause 6.3.5: Answer an incoming call */
typedef struct atc_basic_at_ata_exec {
    char dummy_field; /* no fields */
} atc_basic_at_ata_exec;
/* ev->msg as this message, or NULL when ev is another message or an error (C and C++, no cast) */
static inline const atc_basic_at_ata_exec *atc_basic_at_ata_exec_of(const atc_event *ev)
{
    return ev->profile == &atc_basic_profile && ev->id == ATC_BASIC_AT_ATA_EXEC && ev->kind != ATC_KIND_ERROR
               ? (const atc_basic_at_ata_exec *)ev->msg : NULL;
}
#define ATC_BASIC_AT_ATA_EXEC_INIT_ZERO {0}
#define ATC_BASIC_AT_ATA_EXEC_MAX_LEN 4u
ATC_API atc_err atc_basic_encode_at_ata_exec(const atc_basic_at_ata_exec *msg, char *buf, size_t cap, size_t *len);

/* command A/
 * ITU-T V.250 clause 5.2.4: Repeat the last command line */
typedef struct atc_basic_at_a_slash_exec {
    char dummy_field; /* no fields */
} atc_basic_at_a_slash_exec;
/* ev->msg as this message, or NULL when ev is another message or an error (C and C++, no cast) */
static inline const atc_basic_at_a_slash_exec *atc_basic_at_a_slash_exec_of(const atc_event *ev)
{
    return ev->profile == &atc_basic_profile && ev->id == ATC_BASIC_AT_A_SLASH_EXEC && ev->kind != ATC_KIND_ERROR
               ? (const atc_basic_at_a_slash_exec *)ev->msg : NULL;
}
#define ATC_BASIC_AT_A_SLASH_EXEC_INIT_ZERO {0}
#define ATC_BASIC_AT_A_SLASH_EXEC_MAX_LEN 3u
ATC_API atc_err atc_basic_encode_at_a_slash_exec(const atc_basic_at_a_slash_exec *msg, char *buf, size_t cap, size_t *len);

/* command AT+CGMI=?
 * 3GPP TS 27.007 clause 5.1: Request manufacturer identification */
typedef struct atc_basic_at_cgmi_test {
    char dummy_field; /* no fields */
} atc_basic_at_cgmi_test;
/* ev->msg as this message, or NULL when ev is another message or an error (C and C++, no cast) */
static inline const atc_basic_at_cgmi_test *atc_basic_at_cgmi_test_of(const atc_event *ev)
{
    return ev->profile == &atc_basic_profile && ev->id == ATC_BASIC_AT_CGMI_TEST && ev->kind != ATC_KIND_ERROR
               ? (const atc_basic_at_cgmi_test *)ev->msg : NULL;
}
#define ATC_BASIC_AT_CGMI_TEST_INIT_ZERO {0}
#define ATC_BASIC_AT_CGMI_TEST_MAX_LEN 10u
ATC_API atc_err atc_basic_encode_at_cgmi_test(const atc_basic_at_cgmi_test *msg, char *buf, size_t cap, size_t *len);

/* command AT+CGMI
 * 3GPP TS 27.007 clause 5.1: Request manufacturer identification */
typedef struct atc_basic_at_cgmi_exec {
    char dummy_field; /* no fields */
} atc_basic_at_cgmi_exec;
/* ev->msg as this message, or NULL when ev is another message or an error (C and C++, no cast) */
static inline const atc_basic_at_cgmi_exec *atc_basic_at_cgmi_exec_of(const atc_event *ev)
{
    return ev->profile == &atc_basic_profile && ev->id == ATC_BASIC_AT_CGMI_EXEC && ev->kind != ATC_KIND_ERROR
               ? (const atc_basic_at_cgmi_exec *)ev->msg : NULL;
}
#define ATC_BASIC_AT_CGMI_EXEC_INIT_ZERO {0}
#define ATC_BASIC_AT_CGMI_EXEC_MAX_LEN 8u
ATC_API atc_err atc_basic_encode_at_cgmi_exec(const atc_basic_at_cgmi_exec *msg, char *buf, size_t cap, size_t *len);

/* command AT+CGMM=?
 * 3GPP TS 27.007 clause 5.2: Request model identification */
typedef struct atc_basic_at_cgmm_test {
    char dummy_field; /* no fields */
} atc_basic_at_cgmm_test;
/* ev->msg as this message, or NULL when ev is another message or an error (C and C++, no cast) */
static inline const atc_basic_at_cgmm_test *atc_basic_at_cgmm_test_of(const atc_event *ev)
{
    return ev->profile == &atc_basic_profile && ev->id == ATC_BASIC_AT_CGMM_TEST && ev->kind != ATC_KIND_ERROR
               ? (const atc_basic_at_cgmm_test *)ev->msg : NULL;
}
#define ATC_BASIC_AT_CGMM_TEST_INIT_ZERO {0}
#define ATC_BASIC_AT_CGMM_TEST_MAX_LEN 10u
ATC_API atc_err atc_basic_encode_at_cgmm_test(const atc_basic_at_cgmm_test *msg, char *buf, size_t cap, size_t *len);

/* command AT+CGMM
 * 3GPP TS 27.007 clause 5.2: Request model identification */
typedef struct atc_basic_at_cgmm_exec {
    char dummy_field; /* no fields */
} atc_basic_at_cgmm_exec;
/* ev->msg as this message, or NULL when ev is another message or an error (C and C++, no cast) */
static inline const atc_basic_at_cgmm_exec *atc_basic_at_cgmm_exec_of(const atc_event *ev)
{
    return ev->profile == &atc_basic_profile && ev->id == ATC_BASIC_AT_CGMM_EXEC && ev->kind != ATC_KIND_ERROR
               ? (const atc_basic_at_cgmm_exec *)ev->msg : NULL;
}
#define ATC_BASIC_AT_CGMM_EXEC_INIT_ZERO {0}
#define ATC_BASIC_AT_CGMM_EXEC_MAX_LEN 8u
ATC_API atc_err atc_basic_encode_at_cgmm_exec(const atc_basic_at_cgmm_exec *msg, char *buf, size_t cap, size_t *len);

/* command AT+CGMR=?
 * 3GPP TS 27.007 clause 5.3: Request revision identification */
typedef struct atc_basic_at_cgmr_test {
    char dummy_field; /* no fields */
} atc_basic_at_cgmr_test;
/* ev->msg as this message, or NULL when ev is another message or an error (C and C++, no cast) */
static inline const atc_basic_at_cgmr_test *atc_basic_at_cgmr_test_of(const atc_event *ev)
{
    return ev->profile == &atc_basic_profile && ev->id == ATC_BASIC_AT_CGMR_TEST && ev->kind != ATC_KIND_ERROR
               ? (const atc_basic_at_cgmr_test *)ev->msg : NULL;
}
#define ATC_BASIC_AT_CGMR_TEST_INIT_ZERO {0}
#define ATC_BASIC_AT_CGMR_TEST_MAX_LEN 10u
ATC_API atc_err atc_basic_encode_at_cgmr_test(const atc_basic_at_cgmr_test *msg, char *buf, size_t cap, size_t *len);

/* command AT+CGMR
 * 3GPP TS 27.007 clause 5.3: Request revision identification */
typedef struct atc_basic_at_cgmr_exec {
    char dummy_field; /* no fields */
} atc_basic_at_cgmr_exec;
/* ev->msg as this message, or NULL when ev is another message or an error (C and C++, no cast) */
static inline const atc_basic_at_cgmr_exec *atc_basic_at_cgmr_exec_of(const atc_event *ev)
{
    return ev->profile == &atc_basic_profile && ev->id == ATC_BASIC_AT_CGMR_EXEC && ev->kind != ATC_KIND_ERROR
               ? (const atc_basic_at_cgmr_exec *)ev->msg : NULL;
}
#define ATC_BASIC_AT_CGMR_EXEC_INIT_ZERO {0}
#define ATC_BASIC_AT_CGMR_EXEC_MAX_LEN 8u
ATC_API atc_err atc_basic_encode_at_cgmr_exec(const atc_basic_at_cgmr_exec *msg, char *buf, size_t cap, size_t *len);

/* command AT+CGSN=?
 * 3GPP TS 27.007 clause 5.4: Request product serial number identification (IMEI) */
typedef struct atc_basic_at_cgsn_test {
    char dummy_field; /* no fields */
} atc_basic_at_cgsn_test;
/* ev->msg as this message, or NULL when ev is another message or an error (C and C++, no cast) */
static inline const atc_basic_at_cgsn_test *atc_basic_at_cgsn_test_of(const atc_event *ev)
{
    return ev->profile == &atc_basic_profile && ev->id == ATC_BASIC_AT_CGSN_TEST && ev->kind != ATC_KIND_ERROR
               ? (const atc_basic_at_cgsn_test *)ev->msg : NULL;
}
#define ATC_BASIC_AT_CGSN_TEST_INIT_ZERO {0}
#define ATC_BASIC_AT_CGSN_TEST_MAX_LEN 10u
ATC_API atc_err atc_basic_encode_at_cgsn_test(const atc_basic_at_cgsn_test *msg, char *buf, size_t cap, size_t *len);

/* command AT+CGSN=<snt>
 * 3GPP TS 27.007 clause 5.4: Request product serial number identification (IMEI) */
typedef struct atc_basic_at_cgsn_set {
    int32_t snt; /* atc_basic_snt */
} atc_basic_at_cgsn_set;
/* ev->msg as this message, or NULL when ev is another message or an error (C and C++, no cast) */
static inline const atc_basic_at_cgsn_set *atc_basic_at_cgsn_set_of(const atc_event *ev)
{
    return ev->profile == &atc_basic_profile && ev->id == ATC_BASIC_AT_CGSN_SET && ev->kind != ATC_KIND_ERROR
               ? (const atc_basic_at_cgsn_set *)ev->msg : NULL;
}
#define ATC_BASIC_AT_CGSN_SET_INIT_ZERO {0}
#define ATC_BASIC_AT_CGSN_SET_MAX_LEN 11u
ATC_API atc_err atc_basic_encode_at_cgsn_set(const atc_basic_at_cgsn_set *msg, char *buf, size_t cap, size_t *len);

/* command AT+CGSN
 * 3GPP TS 27.007 clause 5.4: Request product serial number identification (IMEI) */
typedef struct atc_basic_at_cgsn_exec {
    char dummy_field; /* no fields */
} atc_basic_at_cgsn_exec;
/* ev->msg as this message, or NULL when ev is another message or an error (C and C++, no cast) */
static inline const atc_basic_at_cgsn_exec *atc_basic_at_cgsn_exec_of(const atc_event *ev)
{
    return ev->profile == &atc_basic_profile && ev->id == ATC_BASIC_AT_CGSN_EXEC && ev->kind != ATC_KIND_ERROR
               ? (const atc_basic_at_cgsn_exec *)ev->msg : NULL;
}
#define ATC_BASIC_AT_CGSN_EXEC_INIT_ZERO {0}
#define ATC_BASIC_AT_CGSN_EXEC_MAX_LEN 8u
ATC_API atc_err atc_basic_encode_at_cgsn_exec(const atc_basic_at_cgsn_exec *msg, char *buf, size_t cap, size_t *len);

/* command AT+CIMI=?
 * 3GPP TS 27.007 clause 5.6: Request international mobile subscriber identity */
typedef struct atc_basic_at_cimi_test {
    char dummy_field; /* no fields */
} atc_basic_at_cimi_test;
/* ev->msg as this message, or NULL when ev is another message or an error (C and C++, no cast) */
static inline const atc_basic_at_cimi_test *atc_basic_at_cimi_test_of(const atc_event *ev)
{
    return ev->profile == &atc_basic_profile && ev->id == ATC_BASIC_AT_CIMI_TEST && ev->kind != ATC_KIND_ERROR
               ? (const atc_basic_at_cimi_test *)ev->msg : NULL;
}
#define ATC_BASIC_AT_CIMI_TEST_INIT_ZERO {0}
#define ATC_BASIC_AT_CIMI_TEST_MAX_LEN 10u
ATC_API atc_err atc_basic_encode_at_cimi_test(const atc_basic_at_cimi_test *msg, char *buf, size_t cap, size_t *len);

/* command AT+CIMI
 * 3GPP TS 27.007 clause 5.6: Request international mobile subscriber identity */
typedef struct atc_basic_at_cimi_exec {
    char dummy_field; /* no fields */
} atc_basic_at_cimi_exec;
/* ev->msg as this message, or NULL when ev is another message or an error (C and C++, no cast) */
static inline const atc_basic_at_cimi_exec *atc_basic_at_cimi_exec_of(const atc_event *ev)
{
    return ev->profile == &atc_basic_profile && ev->id == ATC_BASIC_AT_CIMI_EXEC && ev->kind != ATC_KIND_ERROR
               ? (const atc_basic_at_cimi_exec *)ev->msg : NULL;
}
#define ATC_BASIC_AT_CIMI_EXEC_INIT_ZERO {0}
#define ATC_BASIC_AT_CIMI_EXEC_MAX_LEN 8u
ATC_API atc_err atc_basic_encode_at_cimi_exec(const atc_basic_at_cimi_exec *msg, char *buf, size_t cap, size_t *len);

/* command AT+GMI=?
 * ITU-T V.250 clause 6.1.4: Request manufacturer identification */
typedef struct atc_basic_at_gmi_test {
    char dummy_field; /* no fields */
} atc_basic_at_gmi_test;
/* ev->msg as this message, or NULL when ev is another message or an error (C and C++, no cast) */
static inline const atc_basic_at_gmi_test *atc_basic_at_gmi_test_of(const atc_event *ev)
{
    return ev->profile == &atc_basic_profile && ev->id == ATC_BASIC_AT_GMI_TEST && ev->kind != ATC_KIND_ERROR
               ? (const atc_basic_at_gmi_test *)ev->msg : NULL;
}
#define ATC_BASIC_AT_GMI_TEST_INIT_ZERO {0}
#define ATC_BASIC_AT_GMI_TEST_MAX_LEN 9u
ATC_API atc_err atc_basic_encode_at_gmi_test(const atc_basic_at_gmi_test *msg, char *buf, size_t cap, size_t *len);

/* command AT+GMI
 * ITU-T V.250 clause 6.1.4: Request manufacturer identification */
typedef struct atc_basic_at_gmi_exec {
    char dummy_field; /* no fields */
} atc_basic_at_gmi_exec;
/* ev->msg as this message, or NULL when ev is another message or an error (C and C++, no cast) */
static inline const atc_basic_at_gmi_exec *atc_basic_at_gmi_exec_of(const atc_event *ev)
{
    return ev->profile == &atc_basic_profile && ev->id == ATC_BASIC_AT_GMI_EXEC && ev->kind != ATC_KIND_ERROR
               ? (const atc_basic_at_gmi_exec *)ev->msg : NULL;
}
#define ATC_BASIC_AT_GMI_EXEC_INIT_ZERO {0}
#define ATC_BASIC_AT_GMI_EXEC_MAX_LEN 7u
ATC_API atc_err atc_basic_encode_at_gmi_exec(const atc_basic_at_gmi_exec *msg, char *buf, size_t cap, size_t *len);

/* command AT+GMM=?
 * ITU-T V.250 clause 6.1.5: Request model identification */
typedef struct atc_basic_at_gmm_test {
    char dummy_field; /* no fields */
} atc_basic_at_gmm_test;
/* ev->msg as this message, or NULL when ev is another message or an error (C and C++, no cast) */
static inline const atc_basic_at_gmm_test *atc_basic_at_gmm_test_of(const atc_event *ev)
{
    return ev->profile == &atc_basic_profile && ev->id == ATC_BASIC_AT_GMM_TEST && ev->kind != ATC_KIND_ERROR
               ? (const atc_basic_at_gmm_test *)ev->msg : NULL;
}
#define ATC_BASIC_AT_GMM_TEST_INIT_ZERO {0}
#define ATC_BASIC_AT_GMM_TEST_MAX_LEN 9u
ATC_API atc_err atc_basic_encode_at_gmm_test(const atc_basic_at_gmm_test *msg, char *buf, size_t cap, size_t *len);

/* command AT+GMM
 * ITU-T V.250 clause 6.1.5: Request model identification */
typedef struct atc_basic_at_gmm_exec {
    char dummy_field; /* no fields */
} atc_basic_at_gmm_exec;
/* ev->msg as this message, or NULL when ev is another message or an error (C and C++, no cast) */
static inline const atc_basic_at_gmm_exec *atc_basic_at_gmm_exec_of(const atc_event *ev)
{
    return ev->profile == &atc_basic_profile && ev->id == ATC_BASIC_AT_GMM_EXEC && ev->kind != ATC_KIND_ERROR
               ? (const atc_basic_at_gmm_exec *)ev->msg : NULL;
}
#define ATC_BASIC_AT_GMM_EXEC_INIT_ZERO {0}
#define ATC_BASIC_AT_GMM_EXEC_MAX_LEN 7u
ATC_API atc_err atc_basic_encode_at_gmm_exec(const atc_basic_at_gmm_exec *msg, char *buf, size_t cap, size_t *len);

/* command AT+GMR=?
 * ITU-T V.250 clause 6.1.6: Request revision identification */
typedef struct atc_basic_at_gmr_test {
    char dummy_field; /* no fields */
} atc_basic_at_gmr_test;
/* ev->msg as this message, or NULL when ev is another message or an error (C and C++, no cast) */
static inline const atc_basic_at_gmr_test *atc_basic_at_gmr_test_of(const atc_event *ev)
{
    return ev->profile == &atc_basic_profile && ev->id == ATC_BASIC_AT_GMR_TEST && ev->kind != ATC_KIND_ERROR
               ? (const atc_basic_at_gmr_test *)ev->msg : NULL;
}
#define ATC_BASIC_AT_GMR_TEST_INIT_ZERO {0}
#define ATC_BASIC_AT_GMR_TEST_MAX_LEN 9u
ATC_API atc_err atc_basic_encode_at_gmr_test(const atc_basic_at_gmr_test *msg, char *buf, size_t cap, size_t *len);

/* command AT+GMR
 * ITU-T V.250 clause 6.1.6: Request revision identification */
typedef struct atc_basic_at_gmr_exec {
    char dummy_field; /* no fields */
} atc_basic_at_gmr_exec;
/* ev->msg as this message, or NULL when ev is another message or an error (C and C++, no cast) */
static inline const atc_basic_at_gmr_exec *atc_basic_at_gmr_exec_of(const atc_event *ev)
{
    return ev->profile == &atc_basic_profile && ev->id == ATC_BASIC_AT_GMR_EXEC && ev->kind != ATC_KIND_ERROR
               ? (const atc_basic_at_gmr_exec *)ev->msg : NULL;
}
#define ATC_BASIC_AT_GMR_EXEC_INIT_ZERO {0}
#define ATC_BASIC_AT_GMR_EXEC_MAX_LEN 7u
ATC_API atc_err atc_basic_encode_at_gmr_exec(const atc_basic_at_gmr_exec *msg, char *buf, size_t cap, size_t *len);

/* command AT+GSN=?
 * ITU-T V.250 clause 6.1.7: Request product serial number identification */
typedef struct atc_basic_at_gsn_test {
    char dummy_field; /* no fields */
} atc_basic_at_gsn_test;
/* ev->msg as this message, or NULL when ev is another message or an error (C and C++, no cast) */
static inline const atc_basic_at_gsn_test *atc_basic_at_gsn_test_of(const atc_event *ev)
{
    return ev->profile == &atc_basic_profile && ev->id == ATC_BASIC_AT_GSN_TEST && ev->kind != ATC_KIND_ERROR
               ? (const atc_basic_at_gsn_test *)ev->msg : NULL;
}
#define ATC_BASIC_AT_GSN_TEST_INIT_ZERO {0}
#define ATC_BASIC_AT_GSN_TEST_MAX_LEN 9u
ATC_API atc_err atc_basic_encode_at_gsn_test(const atc_basic_at_gsn_test *msg, char *buf, size_t cap, size_t *len);

/* command AT+GSN
 * ITU-T V.250 clause 6.1.7: Request product serial number identification */
typedef struct atc_basic_at_gsn_exec {
    char dummy_field; /* no fields */
} atc_basic_at_gsn_exec;
/* ev->msg as this message, or NULL when ev is another message or an error (C and C++, no cast) */
static inline const atc_basic_at_gsn_exec *atc_basic_at_gsn_exec_of(const atc_event *ev)
{
    return ev->profile == &atc_basic_profile && ev->id == ATC_BASIC_AT_GSN_EXEC && ev->kind != ATC_KIND_ERROR
               ? (const atc_basic_at_gsn_exec *)ev->msg : NULL;
}
#define ATC_BASIC_AT_GSN_EXEC_INIT_ZERO {0}
#define ATC_BASIC_AT_GSN_EXEC_MAX_LEN 7u
ATC_API atc_err atc_basic_encode_at_gsn_exec(const atc_basic_at_gsn_exec *msg, char *buf, size_t cap, size_t *len);

/* command AT+CMEE=?
 * 3GPP TS 27.007 clause 9.1: Report mobile termination error (+CME ERROR: numeric or verbose) */
typedef struct atc_basic_at_cmee_test {
    char dummy_field; /* no fields */
} atc_basic_at_cmee_test;
/* ev->msg as this message, or NULL when ev is another message or an error (C and C++, no cast) */
static inline const atc_basic_at_cmee_test *atc_basic_at_cmee_test_of(const atc_event *ev)
{
    return ev->profile == &atc_basic_profile && ev->id == ATC_BASIC_AT_CMEE_TEST && ev->kind != ATC_KIND_ERROR
               ? (const atc_basic_at_cmee_test *)ev->msg : NULL;
}
#define ATC_BASIC_AT_CMEE_TEST_INIT_ZERO {0}
#define ATC_BASIC_AT_CMEE_TEST_MAX_LEN 10u
ATC_API atc_err atc_basic_encode_at_cmee_test(const atc_basic_at_cmee_test *msg, char *buf, size_t cap, size_t *len);

/* command AT+CMEE?
 * 3GPP TS 27.007 clause 9.1: Report mobile termination error (+CME ERROR: numeric or verbose) */
typedef struct atc_basic_at_cmee_read {
    char dummy_field; /* no fields */
} atc_basic_at_cmee_read;
/* ev->msg as this message, or NULL when ev is another message or an error (C and C++, no cast) */
static inline const atc_basic_at_cmee_read *atc_basic_at_cmee_read_of(const atc_event *ev)
{
    return ev->profile == &atc_basic_profile && ev->id == ATC_BASIC_AT_CMEE_READ && ev->kind != ATC_KIND_ERROR
               ? (const atc_basic_at_cmee_read *)ev->msg : NULL;
}
#define ATC_BASIC_AT_CMEE_READ_INIT_ZERO {0}
#define ATC_BASIC_AT_CMEE_READ_MAX_LEN 9u
ATC_API atc_err atc_basic_encode_at_cmee_read(const atc_basic_at_cmee_read *msg, char *buf, size_t cap, size_t *len);

/* command AT+CMEE=[<n>]
 * 3GPP TS 27.007 clause 9.1: Report mobile termination error (+CME ERROR: numeric or verbose) */
typedef struct atc_basic_at_cmee_set {
    bool has_n;
    int32_t n; /* atc_basic_n */
} atc_basic_at_cmee_set;
/* ev->msg as this message, or NULL when ev is another message or an error (C and C++, no cast) */
static inline const atc_basic_at_cmee_set *atc_basic_at_cmee_set_of(const atc_event *ev)
{
    return ev->profile == &atc_basic_profile && ev->id == ATC_BASIC_AT_CMEE_SET && ev->kind != ATC_KIND_ERROR
               ? (const atc_basic_at_cmee_set *)ev->msg : NULL;
}
#define ATC_BASIC_AT_CMEE_SET_INIT_ZERO {false, 0}
#define ATC_BASIC_AT_CMEE_SET_MAX_LEN 11u
ATC_API atc_err atc_basic_encode_at_cmee_set(const atc_basic_at_cmee_set *msg, char *buf, size_t cap, size_t *len);

/* command AT+CPIN=?
 * 3GPP TS 27.007 clause 8.3: Enter PIN; read: which password the MT waits for */
typedef struct atc_basic_at_cpin_test {
    char dummy_field; /* no fields */
} atc_basic_at_cpin_test;
/* ev->msg as this message, or NULL when ev is another message or an error (C and C++, no cast) */
static inline const atc_basic_at_cpin_test *atc_basic_at_cpin_test_of(const atc_event *ev)
{
    return ev->profile == &atc_basic_profile && ev->id == ATC_BASIC_AT_CPIN_TEST && ev->kind != ATC_KIND_ERROR
               ? (const atc_basic_at_cpin_test *)ev->msg : NULL;
}
#define ATC_BASIC_AT_CPIN_TEST_INIT_ZERO {0}
#define ATC_BASIC_AT_CPIN_TEST_MAX_LEN 10u
ATC_API atc_err atc_basic_encode_at_cpin_test(const atc_basic_at_cpin_test *msg, char *buf, size_t cap, size_t *len);

/* command AT+CPIN?
 * 3GPP TS 27.007 clause 8.3: Enter PIN; read: which password the MT waits for */
typedef struct atc_basic_at_cpin_read {
    char dummy_field; /* no fields */
} atc_basic_at_cpin_read;
/* ev->msg as this message, or NULL when ev is another message or an error (C and C++, no cast) */
static inline const atc_basic_at_cpin_read *atc_basic_at_cpin_read_of(const atc_event *ev)
{
    return ev->profile == &atc_basic_profile && ev->id == ATC_BASIC_AT_CPIN_READ && ev->kind != ATC_KIND_ERROR
               ? (const atc_basic_at_cpin_read *)ev->msg : NULL;
}
#define ATC_BASIC_AT_CPIN_READ_INIT_ZERO {0}
#define ATC_BASIC_AT_CPIN_READ_MAX_LEN 9u
ATC_API atc_err atc_basic_encode_at_cpin_read(const atc_basic_at_cpin_read *msg, char *buf, size_t cap, size_t *len);

/* command AT+CPIN=<pin>[,<newpin>]
 * 3GPP TS 27.007 clause 8.3: Enter PIN; read: which password the MT waits for */
typedef struct atc_basic_at_cpin_set {
    bool has_newpin;
    atc_str pin;
    atc_str newpin;
} atc_basic_at_cpin_set;
/* ev->msg as this message, or NULL when ev is another message or an error (C and C++, no cast) */
static inline const atc_basic_at_cpin_set *atc_basic_at_cpin_set_of(const atc_event *ev)
{
    return ev->profile == &atc_basic_profile && ev->id == ATC_BASIC_AT_CPIN_SET && ev->kind != ATC_KIND_ERROR
               ? (const atc_basic_at_cpin_set *)ev->msg : NULL;
}
#define ATC_BASIC_AT_CPIN_SET_INIT_ZERO {false, {NULL, 0}, {NULL, 0}}
#define ATC_BASIC_AT_CPIN_SET_MAX_LEN (11u + 2u * ATC_MAX_LINE)
ATC_API atc_err atc_basic_encode_at_cpin_set(const atc_basic_at_cpin_set *msg, char *buf, size_t cap, size_t *len);

/* command AT+CSQ=?
 * 3GPP TS 27.007 clause 8.5: Signal quality */
typedef struct atc_basic_at_csq_test {
    char dummy_field; /* no fields */
} atc_basic_at_csq_test;
/* ev->msg as this message, or NULL when ev is another message or an error (C and C++, no cast) */
static inline const atc_basic_at_csq_test *atc_basic_at_csq_test_of(const atc_event *ev)
{
    return ev->profile == &atc_basic_profile && ev->id == ATC_BASIC_AT_CSQ_TEST && ev->kind != ATC_KIND_ERROR
               ? (const atc_basic_at_csq_test *)ev->msg : NULL;
}
#define ATC_BASIC_AT_CSQ_TEST_INIT_ZERO {0}
#define ATC_BASIC_AT_CSQ_TEST_MAX_LEN 9u
ATC_API atc_err atc_basic_encode_at_csq_test(const atc_basic_at_csq_test *msg, char *buf, size_t cap, size_t *len);

/* command AT+CSQ
 * 3GPP TS 27.007 clause 8.5: Signal quality */
typedef struct atc_basic_at_csq_exec {
    char dummy_field; /* no fields */
} atc_basic_at_csq_exec;
/* ev->msg as this message, or NULL when ev is another message or an error (C and C++, no cast) */
static inline const atc_basic_at_csq_exec *atc_basic_at_csq_exec_of(const atc_event *ev)
{
    return ev->profile == &atc_basic_profile && ev->id == ATC_BASIC_AT_CSQ_EXEC && ev->kind != ATC_KIND_ERROR
               ? (const atc_basic_at_csq_exec *)ev->msg : NULL;
}
#define ATC_BASIC_AT_CSQ_EXEC_INIT_ZERO {0}
#define ATC_BASIC_AT_CSQ_EXEC_MAX_LEN 7u
ATC_API atc_err atc_basic_encode_at_csq_exec(const atc_basic_at_csq_exec *msg, char *buf, size_t cap, size_t *len);

/* command AT+CESQ=?
 * 3GPP TS 27.007 clause 8.69: Extended signal quality */
typedef struct atc_basic_at_cesq_test {
    char dummy_field; /* no fields */
} atc_basic_at_cesq_test;
/* ev->msg as this message, or NULL when ev is another message or an error (C and C++, no cast) */
static inline const atc_basic_at_cesq_test *atc_basic_at_cesq_test_of(const atc_event *ev)
{
    return ev->profile == &atc_basic_profile && ev->id == ATC_BASIC_AT_CESQ_TEST && ev->kind != ATC_KIND_ERROR
               ? (const atc_basic_at_cesq_test *)ev->msg : NULL;
}
#define ATC_BASIC_AT_CESQ_TEST_INIT_ZERO {0}
#define ATC_BASIC_AT_CESQ_TEST_MAX_LEN 10u
ATC_API atc_err atc_basic_encode_at_cesq_test(const atc_basic_at_cesq_test *msg, char *buf, size_t cap, size_t *len);

/* command AT+CESQ
 * 3GPP TS 27.007 clause 8.69: Extended signal quality */
typedef struct atc_basic_at_cesq_exec {
    char dummy_field; /* no fields */
} atc_basic_at_cesq_exec;
/* ev->msg as this message, or NULL when ev is another message or an error (C and C++, no cast) */
static inline const atc_basic_at_cesq_exec *atc_basic_at_cesq_exec_of(const atc_event *ev)
{
    return ev->profile == &atc_basic_profile && ev->id == ATC_BASIC_AT_CESQ_EXEC && ev->kind != ATC_KIND_ERROR
               ? (const atc_basic_at_cesq_exec *)ev->msg : NULL;
}
#define ATC_BASIC_AT_CESQ_EXEC_INIT_ZERO {0}
#define ATC_BASIC_AT_CESQ_EXEC_MAX_LEN 8u
ATC_API atc_err atc_basic_encode_at_cesq_exec(const atc_basic_at_cesq_exec *msg, char *buf, size_t cap, size_t *len);

/* command AT+CREG=?
 * 3GPP TS 27.007 clause 7.2: Network registration */
typedef struct atc_basic_at_creg_test {
    char dummy_field; /* no fields */
} atc_basic_at_creg_test;
/* ev->msg as this message, or NULL when ev is another message or an error (C and C++, no cast) */
static inline const atc_basic_at_creg_test *atc_basic_at_creg_test_of(const atc_event *ev)
{
    return ev->profile == &atc_basic_profile && ev->id == ATC_BASIC_AT_CREG_TEST && ev->kind != ATC_KIND_ERROR
               ? (const atc_basic_at_creg_test *)ev->msg : NULL;
}
#define ATC_BASIC_AT_CREG_TEST_INIT_ZERO {0}
#define ATC_BASIC_AT_CREG_TEST_MAX_LEN 10u
ATC_API atc_err atc_basic_encode_at_creg_test(const atc_basic_at_creg_test *msg, char *buf, size_t cap, size_t *len);

/* command AT+CREG?
 * 3GPP TS 27.007 clause 7.2: Network registration */
typedef struct atc_basic_at_creg_read {
    char dummy_field; /* no fields */
} atc_basic_at_creg_read;
/* ev->msg as this message, or NULL when ev is another message or an error (C and C++, no cast) */
static inline const atc_basic_at_creg_read *atc_basic_at_creg_read_of(const atc_event *ev)
{
    return ev->profile == &atc_basic_profile && ev->id == ATC_BASIC_AT_CREG_READ && ev->kind != ATC_KIND_ERROR
               ? (const atc_basic_at_creg_read *)ev->msg : NULL;
}
#define ATC_BASIC_AT_CREG_READ_INIT_ZERO {0}
#define ATC_BASIC_AT_CREG_READ_MAX_LEN 9u
ATC_API atc_err atc_basic_encode_at_creg_read(const atc_basic_at_creg_read *msg, char *buf, size_t cap, size_t *len);

/* command AT+CREG=[<n>]
 * 3GPP TS 27.007 clause 7.2: Network registration */
typedef struct atc_basic_at_creg_set {
    bool has_n;
    int32_t n; /* atc_basic_creg_n */
} atc_basic_at_creg_set;
/* ev->msg as this message, or NULL when ev is another message or an error (C and C++, no cast) */
static inline const atc_basic_at_creg_set *atc_basic_at_creg_set_of(const atc_event *ev)
{
    return ev->profile == &atc_basic_profile && ev->id == ATC_BASIC_AT_CREG_SET && ev->kind != ATC_KIND_ERROR
               ? (const atc_basic_at_creg_set *)ev->msg : NULL;
}
#define ATC_BASIC_AT_CREG_SET_INIT_ZERO {false, 0}
#define ATC_BASIC_AT_CREG_SET_MAX_LEN 11u
ATC_API atc_err atc_basic_encode_at_creg_set(const atc_basic_at_creg_set *msg, char *buf, size_t cap, size_t *len);

/* command AT+CGREG=?
 * 3GPP TS 27.007 clause 10.1.20: GPRS network registration status */
typedef struct atc_basic_at_cgreg_test {
    char dummy_field; /* no fields */
} atc_basic_at_cgreg_test;
/* ev->msg as this message, or NULL when ev is another message or an error (C and C++, no cast) */
static inline const atc_basic_at_cgreg_test *atc_basic_at_cgreg_test_of(const atc_event *ev)
{
    return ev->profile == &atc_basic_profile && ev->id == ATC_BASIC_AT_CGREG_TEST && ev->kind != ATC_KIND_ERROR
               ? (const atc_basic_at_cgreg_test *)ev->msg : NULL;
}
#define ATC_BASIC_AT_CGREG_TEST_INIT_ZERO {0}
#define ATC_BASIC_AT_CGREG_TEST_MAX_LEN 11u
ATC_API atc_err atc_basic_encode_at_cgreg_test(const atc_basic_at_cgreg_test *msg, char *buf, size_t cap, size_t *len);

/* command AT+CGREG?
 * 3GPP TS 27.007 clause 10.1.20: GPRS network registration status */
typedef struct atc_basic_at_cgreg_read {
    char dummy_field; /* no fields */
} atc_basic_at_cgreg_read;
/* ev->msg as this message, or NULL when ev is another message or an error (C and C++, no cast) */
static inline const atc_basic_at_cgreg_read *atc_basic_at_cgreg_read_of(const atc_event *ev)
{
    return ev->profile == &atc_basic_profile && ev->id == ATC_BASIC_AT_CGREG_READ && ev->kind != ATC_KIND_ERROR
               ? (const atc_basic_at_cgreg_read *)ev->msg : NULL;
}
#define ATC_BASIC_AT_CGREG_READ_INIT_ZERO {0}
#define ATC_BASIC_AT_CGREG_READ_MAX_LEN 10u
ATC_API atc_err atc_basic_encode_at_cgreg_read(const atc_basic_at_cgreg_read *msg, char *buf, size_t cap, size_t *len);

/* command AT+CGREG=[<n>]
 * 3GPP TS 27.007 clause 10.1.20: GPRS network registration status */
typedef struct atc_basic_at_cgreg_set {
    bool has_n;
    int32_t n; /* atc_basic_cgreg_n */
} atc_basic_at_cgreg_set;
/* ev->msg as this message, or NULL when ev is another message or an error (C and C++, no cast) */
static inline const atc_basic_at_cgreg_set *atc_basic_at_cgreg_set_of(const atc_event *ev)
{
    return ev->profile == &atc_basic_profile && ev->id == ATC_BASIC_AT_CGREG_SET && ev->kind != ATC_KIND_ERROR
               ? (const atc_basic_at_cgreg_set *)ev->msg : NULL;
}
#define ATC_BASIC_AT_CGREG_SET_INIT_ZERO {false, 0}
#define ATC_BASIC_AT_CGREG_SET_MAX_LEN 12u
ATC_API atc_err atc_basic_encode_at_cgreg_set(const atc_basic_at_cgreg_set *msg, char *buf, size_t cap, size_t *len);

/* command AT+CEREG=?
 * 3GPP TS 27.007 clause 10.1.22: EPS network registration status */
typedef struct atc_basic_at_cereg_test {
    char dummy_field; /* no fields */
} atc_basic_at_cereg_test;
/* ev->msg as this message, or NULL when ev is another message or an error (C and C++, no cast) */
static inline const atc_basic_at_cereg_test *atc_basic_at_cereg_test_of(const atc_event *ev)
{
    return ev->profile == &atc_basic_profile && ev->id == ATC_BASIC_AT_CEREG_TEST && ev->kind != ATC_KIND_ERROR
               ? (const atc_basic_at_cereg_test *)ev->msg : NULL;
}
#define ATC_BASIC_AT_CEREG_TEST_INIT_ZERO {0}
#define ATC_BASIC_AT_CEREG_TEST_MAX_LEN 11u
ATC_API atc_err atc_basic_encode_at_cereg_test(const atc_basic_at_cereg_test *msg, char *buf, size_t cap, size_t *len);

/* command AT+CEREG?
 * 3GPP TS 27.007 clause 10.1.22: EPS network registration status */
typedef struct atc_basic_at_cereg_read {
    char dummy_field; /* no fields */
} atc_basic_at_cereg_read;
/* ev->msg as this message, or NULL when ev is another message or an error (C and C++, no cast) */
static inline const atc_basic_at_cereg_read *atc_basic_at_cereg_read_of(const atc_event *ev)
{
    return ev->profile == &atc_basic_profile && ev->id == ATC_BASIC_AT_CEREG_READ && ev->kind != ATC_KIND_ERROR
               ? (const atc_basic_at_cereg_read *)ev->msg : NULL;
}
#define ATC_BASIC_AT_CEREG_READ_INIT_ZERO {0}
#define ATC_BASIC_AT_CEREG_READ_MAX_LEN 10u
ATC_API atc_err atc_basic_encode_at_cereg_read(const atc_basic_at_cereg_read *msg, char *buf, size_t cap, size_t *len);

/* command AT+CEREG=[<n>]
 * 3GPP TS 27.007 clause 10.1.22: EPS network registration status */
typedef struct atc_basic_at_cereg_set {
    bool has_n;
    int32_t n; /* atc_basic_cereg_n */
} atc_basic_at_cereg_set;
/* ev->msg as this message, or NULL when ev is another message or an error (C and C++, no cast) */
static inline const atc_basic_at_cereg_set *atc_basic_at_cereg_set_of(const atc_event *ev)
{
    return ev->profile == &atc_basic_profile && ev->id == ATC_BASIC_AT_CEREG_SET && ev->kind != ATC_KIND_ERROR
               ? (const atc_basic_at_cereg_set *)ev->msg : NULL;
}
#define ATC_BASIC_AT_CEREG_SET_INIT_ZERO {false, 0}
#define ATC_BASIC_AT_CEREG_SET_MAX_LEN 12u
ATC_API atc_err atc_basic_encode_at_cereg_set(const atc_basic_at_cereg_set *msg, char *buf, size_t cap, size_t *len);

/* command AT+COPS=?
 * 3GPP TS 27.007 clause 7.3: PLMN selection */
typedef struct atc_basic_at_cops_test {
    char dummy_field; /* no fields */
} atc_basic_at_cops_test;
/* ev->msg as this message, or NULL when ev is another message or an error (C and C++, no cast) */
static inline const atc_basic_at_cops_test *atc_basic_at_cops_test_of(const atc_event *ev)
{
    return ev->profile == &atc_basic_profile && ev->id == ATC_BASIC_AT_COPS_TEST && ev->kind != ATC_KIND_ERROR
               ? (const atc_basic_at_cops_test *)ev->msg : NULL;
}
#define ATC_BASIC_AT_COPS_TEST_INIT_ZERO {0}
#define ATC_BASIC_AT_COPS_TEST_MAX_LEN 10u
ATC_API atc_err atc_basic_encode_at_cops_test(const atc_basic_at_cops_test *msg, char *buf, size_t cap, size_t *len);

/* command AT+COPS?
 * 3GPP TS 27.007 clause 7.3: PLMN selection */
typedef struct atc_basic_at_cops_read {
    char dummy_field; /* no fields */
} atc_basic_at_cops_read;
/* ev->msg as this message, or NULL when ev is another message or an error (C and C++, no cast) */
static inline const atc_basic_at_cops_read *atc_basic_at_cops_read_of(const atc_event *ev)
{
    return ev->profile == &atc_basic_profile && ev->id == ATC_BASIC_AT_COPS_READ && ev->kind != ATC_KIND_ERROR
               ? (const atc_basic_at_cops_read *)ev->msg : NULL;
}
#define ATC_BASIC_AT_COPS_READ_INIT_ZERO {0}
#define ATC_BASIC_AT_COPS_READ_MAX_LEN 9u
ATC_API atc_err atc_basic_encode_at_cops_read(const atc_basic_at_cops_read *msg, char *buf, size_t cap, size_t *len);

/* command AT+COPS=[<mode>[,<format>[,<oper>[,<AcT>]]]]
 * 3GPP TS 27.007 clause 7.3: PLMN selection */
typedef struct atc_basic_at_cops_set {
    bool has_mode;
    bool has_format;
    bool has_oper;
    bool has_act;
    int32_t mode; /* atc_basic_mode */
    int32_t format; /* atc_basic_format */
    atc_str oper;
    int32_t act; /* atc_basic_act */
} atc_basic_at_cops_set;
/* ev->msg as this message, or NULL when ev is another message or an error (C and C++, no cast) */
static inline const atc_basic_at_cops_set *atc_basic_at_cops_set_of(const atc_event *ev)
{
    return ev->profile == &atc_basic_profile && ev->id == ATC_BASIC_AT_COPS_SET && ev->kind != ATC_KIND_ERROR
               ? (const atc_basic_at_cops_set *)ev->msg : NULL;
}
#define ATC_BASIC_AT_COPS_SET_INIT_ZERO {false, false, false, false, 0, 0, {NULL, 0}, 0}
#define ATC_BASIC_AT_COPS_SET_MAX_LEN (17u + 1u * ATC_MAX_LINE)
ATC_API atc_err atc_basic_encode_at_cops_set(const atc_basic_at_cops_set *msg, char *buf, size_t cap, size_t *len);

/* command AT+CFUN=?
 * 3GPP TS 27.007 clause 8.2: Set phone functionality */
typedef struct atc_basic_at_cfun_test {
    char dummy_field; /* no fields */
} atc_basic_at_cfun_test;
/* ev->msg as this message, or NULL when ev is another message or an error (C and C++, no cast) */
static inline const atc_basic_at_cfun_test *atc_basic_at_cfun_test_of(const atc_event *ev)
{
    return ev->profile == &atc_basic_profile && ev->id == ATC_BASIC_AT_CFUN_TEST && ev->kind != ATC_KIND_ERROR
               ? (const atc_basic_at_cfun_test *)ev->msg : NULL;
}
#define ATC_BASIC_AT_CFUN_TEST_INIT_ZERO {0}
#define ATC_BASIC_AT_CFUN_TEST_MAX_LEN 10u
ATC_API atc_err atc_basic_encode_at_cfun_test(const atc_basic_at_cfun_test *msg, char *buf, size_t cap, size_t *len);

/* command AT+CFUN?
 * 3GPP TS 27.007 clause 8.2: Set phone functionality */
typedef struct atc_basic_at_cfun_read {
    char dummy_field; /* no fields */
} atc_basic_at_cfun_read;
/* ev->msg as this message, or NULL when ev is another message or an error (C and C++, no cast) */
static inline const atc_basic_at_cfun_read *atc_basic_at_cfun_read_of(const atc_event *ev)
{
    return ev->profile == &atc_basic_profile && ev->id == ATC_BASIC_AT_CFUN_READ && ev->kind != ATC_KIND_ERROR
               ? (const atc_basic_at_cfun_read *)ev->msg : NULL;
}
#define ATC_BASIC_AT_CFUN_READ_INIT_ZERO {0}
#define ATC_BASIC_AT_CFUN_READ_MAX_LEN 9u
ATC_API atc_err atc_basic_encode_at_cfun_read(const atc_basic_at_cfun_read *msg, char *buf, size_t cap, size_t *len);

/* command AT+CFUN=[<fun>[,<rst>]]
 * 3GPP TS 27.007 clause 8.2: Set phone functionality */
typedef struct atc_basic_at_cfun_set {
    bool has_fun;
    bool has_rst;
    int32_t fun; /* atc_basic_fun */
    int32_t rst; /* atc_basic_rst */
} atc_basic_at_cfun_set;
/* ev->msg as this message, or NULL when ev is another message or an error (C and C++, no cast) */
static inline const atc_basic_at_cfun_set *atc_basic_at_cfun_set_of(const atc_event *ev)
{
    return ev->profile == &atc_basic_profile && ev->id == ATC_BASIC_AT_CFUN_SET && ev->kind != ATC_KIND_ERROR
               ? (const atc_basic_at_cfun_set *)ev->msg : NULL;
}
#define ATC_BASIC_AT_CFUN_SET_INIT_ZERO {false, false, 0, 0}
#define ATC_BASIC_AT_CFUN_SET_MAX_LEN 15u
ATC_API atc_err atc_basic_encode_at_cfun_set(const atc_basic_at_cfun_set *msg, char *buf, size_t cap, size_t *len);

/* command AT+CGATT=?
 * 3GPP TS 27.007 clause 10.1.9: PS attach or detach */
typedef struct atc_basic_at_cgatt_test {
    char dummy_field; /* no fields */
} atc_basic_at_cgatt_test;
/* ev->msg as this message, or NULL when ev is another message or an error (C and C++, no cast) */
static inline const atc_basic_at_cgatt_test *atc_basic_at_cgatt_test_of(const atc_event *ev)
{
    return ev->profile == &atc_basic_profile && ev->id == ATC_BASIC_AT_CGATT_TEST && ev->kind != ATC_KIND_ERROR
               ? (const atc_basic_at_cgatt_test *)ev->msg : NULL;
}
#define ATC_BASIC_AT_CGATT_TEST_INIT_ZERO {0}
#define ATC_BASIC_AT_CGATT_TEST_MAX_LEN 11u
ATC_API atc_err atc_basic_encode_at_cgatt_test(const atc_basic_at_cgatt_test *msg, char *buf, size_t cap, size_t *len);

/* command AT+CGATT?
 * 3GPP TS 27.007 clause 10.1.9: PS attach or detach */
typedef struct atc_basic_at_cgatt_read {
    char dummy_field; /* no fields */
} atc_basic_at_cgatt_read;
/* ev->msg as this message, or NULL when ev is another message or an error (C and C++, no cast) */
static inline const atc_basic_at_cgatt_read *atc_basic_at_cgatt_read_of(const atc_event *ev)
{
    return ev->profile == &atc_basic_profile && ev->id == ATC_BASIC_AT_CGATT_READ && ev->kind != ATC_KIND_ERROR
               ? (const atc_basic_at_cgatt_read *)ev->msg : NULL;
}
#define ATC_BASIC_AT_CGATT_READ_INIT_ZERO {0}
#define ATC_BASIC_AT_CGATT_READ_MAX_LEN 10u
ATC_API atc_err atc_basic_encode_at_cgatt_read(const atc_basic_at_cgatt_read *msg, char *buf, size_t cap, size_t *len);

/* command AT+CGATT=<state>
 * 3GPP TS 27.007 clause 10.1.9: PS attach or detach */
typedef struct atc_basic_at_cgatt_set {
    int32_t state; /* atc_basic_state */
} atc_basic_at_cgatt_set;
/* ev->msg as this message, or NULL when ev is another message or an error (C and C++, no cast) */
static inline const atc_basic_at_cgatt_set *atc_basic_at_cgatt_set_of(const atc_event *ev)
{
    return ev->profile == &atc_basic_profile && ev->id == ATC_BASIC_AT_CGATT_SET && ev->kind != ATC_KIND_ERROR
               ? (const atc_basic_at_cgatt_set *)ev->msg : NULL;
}
#define ATC_BASIC_AT_CGATT_SET_INIT_ZERO {0}
#define ATC_BASIC_AT_CGATT_SET_MAX_LEN 12u
ATC_API atc_err atc_basic_encode_at_cgatt_set(const atc_basic_at_cgatt_set *msg, char *buf, size_t cap, size_t *len);

/* command AT+CGDCONT=?
 * 3GPP TS 27.007 clause 10.1.1: Define PDP context */
typedef struct atc_basic_at_cgdcont_test {
    char dummy_field; /* no fields */
} atc_basic_at_cgdcont_test;
/* ev->msg as this message, or NULL when ev is another message or an error (C and C++, no cast) */
static inline const atc_basic_at_cgdcont_test *atc_basic_at_cgdcont_test_of(const atc_event *ev)
{
    return ev->profile == &atc_basic_profile && ev->id == ATC_BASIC_AT_CGDCONT_TEST && ev->kind != ATC_KIND_ERROR
               ? (const atc_basic_at_cgdcont_test *)ev->msg : NULL;
}
#define ATC_BASIC_AT_CGDCONT_TEST_INIT_ZERO {0}
#define ATC_BASIC_AT_CGDCONT_TEST_MAX_LEN 13u
ATC_API atc_err atc_basic_encode_at_cgdcont_test(const atc_basic_at_cgdcont_test *msg, char *buf, size_t cap, size_t *len);

/* command AT+CGDCONT?
 * 3GPP TS 27.007 clause 10.1.1: Define PDP context */
typedef struct atc_basic_at_cgdcont_read {
    char dummy_field; /* no fields */
} atc_basic_at_cgdcont_read;
/* ev->msg as this message, or NULL when ev is another message or an error (C and C++, no cast) */
static inline const atc_basic_at_cgdcont_read *atc_basic_at_cgdcont_read_of(const atc_event *ev)
{
    return ev->profile == &atc_basic_profile && ev->id == ATC_BASIC_AT_CGDCONT_READ && ev->kind != ATC_KIND_ERROR
               ? (const atc_basic_at_cgdcont_read *)ev->msg : NULL;
}
#define ATC_BASIC_AT_CGDCONT_READ_INIT_ZERO {0}
#define ATC_BASIC_AT_CGDCONT_READ_MAX_LEN 12u
ATC_API atc_err atc_basic_encode_at_cgdcont_read(const atc_basic_at_cgdcont_read *msg, char *buf, size_t cap, size_t *len);

/* command AT+CGDCONT=[<cid>[,<PDP_type>[,<APN>[,<PDP_addr>[,<d_comp>[,<h_comp>[,<IPv4AddrAlloc>[,<request_type>[,<P-CSCF_discovery>[,<IM_CN_Signalling_Flag_Ind>[,<NSLPI>[,<securePCO>[,<IPv4_MTU_discovery>[,<Local_Addr_Ind>[,<Non-IP_MTU_discovery>[,<Reliable_Data_Service>]]]]]]]]]]]]]]]]
 * 3GPP TS 27.007 clause 10.1.1: Define PDP context */
typedef struct atc_basic_at_cgdcont_set {
    bool has_cid;
    bool has_pdp_type;
    bool has_apn;
    bool has_pdp_addr;
    bool has_d_comp;
    bool has_h_comp;
    bool has_ipv4_addr_alloc;
    bool has_request_type;
    bool has_p_cscf_discovery;
    bool has_im_cn_signalling_flag_ind;
    bool has_nslpi;
    bool has_secure_pco;
    bool has_ipv4_mtu_discovery;
    bool has_local_addr_ind;
    bool has_non_ip_mtu_discovery;
    bool has_reliable_data_service;
    int32_t cid;
    atc_str pdp_type;
    atc_str apn;
    atc_str pdp_addr;
    int32_t d_comp; /* atc_basic_d_comp */
    int32_t h_comp; /* atc_basic_h_comp */
    int32_t ipv4_addr_alloc; /* atc_basic_ipv4_addr_alloc */
    int32_t request_type; /* atc_basic_request_type */
    int32_t p_cscf_discovery; /* atc_basic_p_cscf_discovery */
    int32_t im_cn_signalling_flag_ind; /* atc_basic_im_cn_signalling_flag_ind */
    int32_t nslpi; /* atc_basic_nslpi */
    int32_t secure_pco; /* atc_basic_secure_pco */
    int32_t ipv4_mtu_discovery; /* atc_basic_ipv4_mtu_discovery */
    int32_t local_addr_ind; /* atc_basic_local_addr_ind */
    int32_t non_ip_mtu_discovery; /* atc_basic_non_ip_mtu_discovery */
    int32_t reliable_data_service; /* atc_basic_reliable_data_service */
} atc_basic_at_cgdcont_set;
/* ev->msg as this message, or NULL when ev is another message or an error (C and C++, no cast) */
static inline const atc_basic_at_cgdcont_set *atc_basic_at_cgdcont_set_of(const atc_event *ev)
{
    return ev->profile == &atc_basic_profile && ev->id == ATC_BASIC_AT_CGDCONT_SET && ev->kind != ATC_KIND_ERROR
               ? (const atc_basic_at_cgdcont_set *)ev->msg : NULL;
}
#define ATC_BASIC_AT_CGDCONT_SET_INIT_ZERO {false, false, false, false, false, false, false, false, false, false, false, false, false, false, false, false, 0, {NULL, 0}, {NULL, 0}, {NULL, 0}, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0}
#define ATC_BASIC_AT_CGDCONT_SET_MAX_LEN (65u + 2u * ATC_MAX_LINE)
ATC_API atc_err atc_basic_encode_at_cgdcont_set(const atc_basic_at_cgdcont_set *msg, char *buf, size_t cap, size_t *len);

/* command AT+CGACT=?
 * 3GPP TS 27.007 clause 10.1.10: PDP context activate or deactivate */
typedef struct atc_basic_at_cgact_test {
    char dummy_field; /* no fields */
} atc_basic_at_cgact_test;
/* ev->msg as this message, or NULL when ev is another message or an error (C and C++, no cast) */
static inline const atc_basic_at_cgact_test *atc_basic_at_cgact_test_of(const atc_event *ev)
{
    return ev->profile == &atc_basic_profile && ev->id == ATC_BASIC_AT_CGACT_TEST && ev->kind != ATC_KIND_ERROR
               ? (const atc_basic_at_cgact_test *)ev->msg : NULL;
}
#define ATC_BASIC_AT_CGACT_TEST_INIT_ZERO {0}
#define ATC_BASIC_AT_CGACT_TEST_MAX_LEN 11u
ATC_API atc_err atc_basic_encode_at_cgact_test(const atc_basic_at_cgact_test *msg, char *buf, size_t cap, size_t *len);

/* command AT+CGACT?
 * 3GPP TS 27.007 clause 10.1.10: PDP context activate or deactivate */
typedef struct atc_basic_at_cgact_read {
    char dummy_field; /* no fields */
} atc_basic_at_cgact_read;
/* ev->msg as this message, or NULL when ev is another message or an error (C and C++, no cast) */
static inline const atc_basic_at_cgact_read *atc_basic_at_cgact_read_of(const atc_event *ev)
{
    return ev->profile == &atc_basic_profile && ev->id == ATC_BASIC_AT_CGACT_READ && ev->kind != ATC_KIND_ERROR
               ? (const atc_basic_at_cgact_read *)ev->msg : NULL;
}
#define ATC_BASIC_AT_CGACT_READ_INIT_ZERO {0}
#define ATC_BASIC_AT_CGACT_READ_MAX_LEN 10u
ATC_API atc_err atc_basic_encode_at_cgact_read(const atc_basic_at_cgact_read *msg, char *buf, size_t cap, size_t *len);

/* command AT+CGACT=[<state>[,<cid>...]]
 * 3GPP TS 27.007 clause 10.1.10: PDP context activate or deactivate */
typedef struct atc_basic_at_cgact_set {
    bool has_state;
    uint8_t cid_count; /* 1..16 */
    int32_t state; /* atc_basic_cgact_state */
    int32_t cid[16];
} atc_basic_at_cgact_set;
/* ev->msg as this message, or NULL when ev is another message or an error (C and C++, no cast) */
static inline const atc_basic_at_cgact_set *atc_basic_at_cgact_set_of(const atc_event *ev)
{
    return ev->profile == &atc_basic_profile && ev->id == ATC_BASIC_AT_CGACT_SET && ev->kind != ATC_KIND_ERROR
               ? (const atc_basic_at_cgact_set *)ev->msg : NULL;
}
#define ATC_BASIC_AT_CGACT_SET_INIT_ZERO {false, 0, 0, {0}}
#define ATC_BASIC_AT_CGACT_SET_MAX_LEN 204u
ATC_API atc_err atc_basic_encode_at_cgact_set(const atc_basic_at_cgact_set *msg, char *buf, size_t cap, size_t *len);

/* command AT+CGPADDR=?
 * 3GPP TS 27.007 clause 10.1.14: Show PDP addresses */
typedef struct atc_basic_at_cgpaddr_test {
    char dummy_field; /* no fields */
} atc_basic_at_cgpaddr_test;
/* ev->msg as this message, or NULL when ev is another message or an error (C and C++, no cast) */
static inline const atc_basic_at_cgpaddr_test *atc_basic_at_cgpaddr_test_of(const atc_event *ev)
{
    return ev->profile == &atc_basic_profile && ev->id == ATC_BASIC_AT_CGPADDR_TEST && ev->kind != ATC_KIND_ERROR
               ? (const atc_basic_at_cgpaddr_test *)ev->msg : NULL;
}
#define ATC_BASIC_AT_CGPADDR_TEST_INIT_ZERO {0}
#define ATC_BASIC_AT_CGPADDR_TEST_MAX_LEN 13u
ATC_API atc_err atc_basic_encode_at_cgpaddr_test(const atc_basic_at_cgpaddr_test *msg, char *buf, size_t cap, size_t *len);

/* command AT+CGPADDR=<cid>...
 * 3GPP TS 27.007 clause 10.1.14: Show PDP addresses */
typedef struct atc_basic_at_cgpaddr_set {
    uint8_t cid_count; /* 1..16 */
    int32_t cid[16];
} atc_basic_at_cgpaddr_set;
/* ev->msg as this message, or NULL when ev is another message or an error (C and C++, no cast) */
static inline const atc_basic_at_cgpaddr_set *atc_basic_at_cgpaddr_set_of(const atc_event *ev)
{
    return ev->profile == &atc_basic_profile && ev->id == ATC_BASIC_AT_CGPADDR_SET && ev->kind != ATC_KIND_ERROR
               ? (const atc_basic_at_cgpaddr_set *)ev->msg : NULL;
}
#define ATC_BASIC_AT_CGPADDR_SET_INIT_ZERO {0, {0}}
#define ATC_BASIC_AT_CGPADDR_SET_MAX_LEN 204u
ATC_API atc_err atc_basic_encode_at_cgpaddr_set(const atc_basic_at_cgpaddr_set *msg, char *buf, size_t cap, size_t *len);

/* command AT+CGPADDR
 * 3GPP TS 27.007 clause 10.1.14: Show PDP addresses */
typedef struct atc_basic_at_cgpaddr_exec {
    char dummy_field; /* no fields */
} atc_basic_at_cgpaddr_exec;
/* ev->msg as this message, or NULL when ev is another message or an error (C and C++, no cast) */
static inline const atc_basic_at_cgpaddr_exec *atc_basic_at_cgpaddr_exec_of(const atc_event *ev)
{
    return ev->profile == &atc_basic_profile && ev->id == ATC_BASIC_AT_CGPADDR_EXEC && ev->kind != ATC_KIND_ERROR
               ? (const atc_basic_at_cgpaddr_exec *)ev->msg : NULL;
}
#define ATC_BASIC_AT_CGPADDR_EXEC_INIT_ZERO {0}
#define ATC_BASIC_AT_CGPADDR_EXEC_MAX_LEN 11u
ATC_API atc_err atc_basic_encode_at_cgpaddr_exec(const atc_basic_at_cgpaddr_exec *msg, char *buf, size_t cap, size_t *len);

/* command AT+CSCON=?
 * 3GPP TS 27.007 clause 10.1.30: Signalling connection status */
typedef struct atc_basic_at_cscon_test {
    char dummy_field; /* no fields */
} atc_basic_at_cscon_test;
/* ev->msg as this message, or NULL when ev is another message or an error (C and C++, no cast) */
static inline const atc_basic_at_cscon_test *atc_basic_at_cscon_test_of(const atc_event *ev)
{
    return ev->profile == &atc_basic_profile && ev->id == ATC_BASIC_AT_CSCON_TEST && ev->kind != ATC_KIND_ERROR
               ? (const atc_basic_at_cscon_test *)ev->msg : NULL;
}
#define ATC_BASIC_AT_CSCON_TEST_INIT_ZERO {0}
#define ATC_BASIC_AT_CSCON_TEST_MAX_LEN 11u
ATC_API atc_err atc_basic_encode_at_cscon_test(const atc_basic_at_cscon_test *msg, char *buf, size_t cap, size_t *len);

/* command AT+CSCON?
 * 3GPP TS 27.007 clause 10.1.30: Signalling connection status */
typedef struct atc_basic_at_cscon_read {
    char dummy_field; /* no fields */
} atc_basic_at_cscon_read;
/* ev->msg as this message, or NULL when ev is another message or an error (C and C++, no cast) */
static inline const atc_basic_at_cscon_read *atc_basic_at_cscon_read_of(const atc_event *ev)
{
    return ev->profile == &atc_basic_profile && ev->id == ATC_BASIC_AT_CSCON_READ && ev->kind != ATC_KIND_ERROR
               ? (const atc_basic_at_cscon_read *)ev->msg : NULL;
}
#define ATC_BASIC_AT_CSCON_READ_INIT_ZERO {0}
#define ATC_BASIC_AT_CSCON_READ_MAX_LEN 10u
ATC_API atc_err atc_basic_encode_at_cscon_read(const atc_basic_at_cscon_read *msg, char *buf, size_t cap, size_t *len);

/* command AT+CSCON=[<n>]
 * 3GPP TS 27.007 clause 10.1.30: Signalling connection status */
typedef struct atc_basic_at_cscon_set {
    bool has_n;
    int32_t n; /* atc_basic_cscon_n */
} atc_basic_at_cscon_set;
/* ev->msg as this message, or NULL when ev is another message or an error (C and C++, no cast) */
static inline const atc_basic_at_cscon_set *atc_basic_at_cscon_set_of(const atc_event *ev)
{
    return ev->profile == &atc_basic_profile && ev->id == ATC_BASIC_AT_CSCON_SET && ev->kind != ATC_KIND_ERROR
               ? (const atc_basic_at_cscon_set *)ev->msg : NULL;
}
#define ATC_BASIC_AT_CSCON_SET_INIT_ZERO {false, 0}
#define ATC_BASIC_AT_CSCON_SET_MAX_LEN 12u
ATC_API atc_err atc_basic_encode_at_cscon_set(const atc_basic_at_cscon_set *msg, char *buf, size_t cap, size_t *len);

/* command AT+CCLK=?
 * 3GPP TS 27.007 clause 8.15: Clock */
typedef struct atc_basic_at_cclk_test {
    char dummy_field; /* no fields */
} atc_basic_at_cclk_test;
/* ev->msg as this message, or NULL when ev is another message or an error (C and C++, no cast) */
static inline const atc_basic_at_cclk_test *atc_basic_at_cclk_test_of(const atc_event *ev)
{
    return ev->profile == &atc_basic_profile && ev->id == ATC_BASIC_AT_CCLK_TEST && ev->kind != ATC_KIND_ERROR
               ? (const atc_basic_at_cclk_test *)ev->msg : NULL;
}
#define ATC_BASIC_AT_CCLK_TEST_INIT_ZERO {0}
#define ATC_BASIC_AT_CCLK_TEST_MAX_LEN 10u
ATC_API atc_err atc_basic_encode_at_cclk_test(const atc_basic_at_cclk_test *msg, char *buf, size_t cap, size_t *len);

/* command AT+CCLK?
 * 3GPP TS 27.007 clause 8.15: Clock */
typedef struct atc_basic_at_cclk_read {
    char dummy_field; /* no fields */
} atc_basic_at_cclk_read;
/* ev->msg as this message, or NULL when ev is another message or an error (C and C++, no cast) */
static inline const atc_basic_at_cclk_read *atc_basic_at_cclk_read_of(const atc_event *ev)
{
    return ev->profile == &atc_basic_profile && ev->id == ATC_BASIC_AT_CCLK_READ && ev->kind != ATC_KIND_ERROR
               ? (const atc_basic_at_cclk_read *)ev->msg : NULL;
}
#define ATC_BASIC_AT_CCLK_READ_INIT_ZERO {0}
#define ATC_BASIC_AT_CCLK_READ_MAX_LEN 9u
ATC_API atc_err atc_basic_encode_at_cclk_read(const atc_basic_at_cclk_read *msg, char *buf, size_t cap, size_t *len);

/* command AT+CCLK=<time>
 * 3GPP TS 27.007 clause 8.15: Clock */
typedef struct atc_basic_at_cclk_set {
    bool has_time;
    atc_str time;
} atc_basic_at_cclk_set;
/* ev->msg as this message, or NULL when ev is another message or an error (C and C++, no cast) */
static inline const atc_basic_at_cclk_set *atc_basic_at_cclk_set_of(const atc_event *ev)
{
    return ev->profile == &atc_basic_profile && ev->id == ATC_BASIC_AT_CCLK_SET && ev->kind != ATC_KIND_ERROR
               ? (const atc_basic_at_cclk_set *)ev->msg : NULL;
}
#define ATC_BASIC_AT_CCLK_SET_INIT_ZERO {false, {NULL, 0}}
#define ATC_BASIC_AT_CCLK_SET_MAX_LEN (10u + 1u * ATC_MAX_LINE)
ATC_API atc_err atc_basic_encode_at_cclk_set(const atc_basic_at_cclk_set *msg, char *buf, size_t cap, size_t *len);

/* command AT+CTZR=?
 * 3GPP TS 27.007 clause 8.41: Time zone reporting (+CTZV, +CTZE, +CTZEU) */
typedef struct atc_basic_at_ctzr_test {
    char dummy_field; /* no fields */
} atc_basic_at_ctzr_test;
/* ev->msg as this message, or NULL when ev is another message or an error (C and C++, no cast) */
static inline const atc_basic_at_ctzr_test *atc_basic_at_ctzr_test_of(const atc_event *ev)
{
    return ev->profile == &atc_basic_profile && ev->id == ATC_BASIC_AT_CTZR_TEST && ev->kind != ATC_KIND_ERROR
               ? (const atc_basic_at_ctzr_test *)ev->msg : NULL;
}
#define ATC_BASIC_AT_CTZR_TEST_INIT_ZERO {0}
#define ATC_BASIC_AT_CTZR_TEST_MAX_LEN 10u
ATC_API atc_err atc_basic_encode_at_ctzr_test(const atc_basic_at_ctzr_test *msg, char *buf, size_t cap, size_t *len);

/* command AT+CTZR?
 * 3GPP TS 27.007 clause 8.41: Time zone reporting (+CTZV, +CTZE, +CTZEU) */
typedef struct atc_basic_at_ctzr_read {
    char dummy_field; /* no fields */
} atc_basic_at_ctzr_read;
/* ev->msg as this message, or NULL when ev is another message or an error (C and C++, no cast) */
static inline const atc_basic_at_ctzr_read *atc_basic_at_ctzr_read_of(const atc_event *ev)
{
    return ev->profile == &atc_basic_profile && ev->id == ATC_BASIC_AT_CTZR_READ && ev->kind != ATC_KIND_ERROR
               ? (const atc_basic_at_ctzr_read *)ev->msg : NULL;
}
#define ATC_BASIC_AT_CTZR_READ_INIT_ZERO {0}
#define ATC_BASIC_AT_CTZR_READ_MAX_LEN 9u
ATC_API atc_err atc_basic_encode_at_ctzr_read(const atc_basic_at_ctzr_read *msg, char *buf, size_t cap, size_t *len);

/* command AT+CTZR=[<reporting>]
 * 3GPP TS 27.007 clause 8.41: Time zone reporting (+CTZV, +CTZE, +CTZEU) */
typedef struct atc_basic_at_ctzr_set {
    bool has_reporting;
    int32_t reporting; /* atc_basic_reporting */
} atc_basic_at_ctzr_set;
/* ev->msg as this message, or NULL when ev is another message or an error (C and C++, no cast) */
static inline const atc_basic_at_ctzr_set *atc_basic_at_ctzr_set_of(const atc_event *ev)
{
    return ev->profile == &atc_basic_profile && ev->id == ATC_BASIC_AT_CTZR_SET && ev->kind != ATC_KIND_ERROR
               ? (const atc_basic_at_ctzr_set *)ev->msg : NULL;
}
#define ATC_BASIC_AT_CTZR_SET_INIT_ZERO {false, 0}
#define ATC_BASIC_AT_CTZR_SET_MAX_LEN 11u
ATC_API atc_err atc_basic_encode_at_ctzr_set(const atc_basic_at_ctzr_set *msg, char *buf, size_t cap, size_t *len);

/* command AT+CTZU=?
 * 3GPP TS 27.007 clause 8.40: Automatic time zone update */
typedef struct atc_basic_at_ctzu_test {
    char dummy_field; /* no fields */
} atc_basic_at_ctzu_test;
/* ev->msg as this message, or NULL when ev is another message or an error (C and C++, no cast) */
static inline const atc_basic_at_ctzu_test *atc_basic_at_ctzu_test_of(const atc_event *ev)
{
    return ev->profile == &atc_basic_profile && ev->id == ATC_BASIC_AT_CTZU_TEST && ev->kind != ATC_KIND_ERROR
               ? (const atc_basic_at_ctzu_test *)ev->msg : NULL;
}
#define ATC_BASIC_AT_CTZU_TEST_INIT_ZERO {0}
#define ATC_BASIC_AT_CTZU_TEST_MAX_LEN 10u
ATC_API atc_err atc_basic_encode_at_ctzu_test(const atc_basic_at_ctzu_test *msg, char *buf, size_t cap, size_t *len);

/* command AT+CTZU?
 * 3GPP TS 27.007 clause 8.40: Automatic time zone update */
typedef struct atc_basic_at_ctzu_read {
    char dummy_field; /* no fields */
} atc_basic_at_ctzu_read;
/* ev->msg as this message, or NULL when ev is another message or an error (C and C++, no cast) */
static inline const atc_basic_at_ctzu_read *atc_basic_at_ctzu_read_of(const atc_event *ev)
{
    return ev->profile == &atc_basic_profile && ev->id == ATC_BASIC_AT_CTZU_READ && ev->kind != ATC_KIND_ERROR
               ? (const atc_basic_at_ctzu_read *)ev->msg : NULL;
}
#define ATC_BASIC_AT_CTZU_READ_INIT_ZERO {0}
#define ATC_BASIC_AT_CTZU_READ_MAX_LEN 9u
ATC_API atc_err atc_basic_encode_at_ctzu_read(const atc_basic_at_ctzu_read *msg, char *buf, size_t cap, size_t *len);

/* command AT+CTZU=<onoff>
 * 3GPP TS 27.007 clause 8.40: Automatic time zone update */
typedef struct atc_basic_at_ctzu_set {
    int32_t onoff; /* atc_basic_onoff */
} atc_basic_at_ctzu_set;
/* ev->msg as this message, or NULL when ev is another message or an error (C and C++, no cast) */
static inline const atc_basic_at_ctzu_set *atc_basic_at_ctzu_set_of(const atc_event *ev)
{
    return ev->profile == &atc_basic_profile && ev->id == ATC_BASIC_AT_CTZU_SET && ev->kind != ATC_KIND_ERROR
               ? (const atc_basic_at_ctzu_set *)ev->msg : NULL;
}
#define ATC_BASIC_AT_CTZU_SET_INIT_ZERO {0}
#define ATC_BASIC_AT_CTZU_SET_MAX_LEN 11u
ATC_API atc_err atc_basic_encode_at_ctzu_set(const atc_basic_at_ctzu_set *msg, char *buf, size_t cap, size_t *len);

/* command AT+CPSMS=?
 * 3GPP TS 27.007 clause 7.38: Power saving mode setting */
typedef struct atc_basic_at_cpsms_test {
    char dummy_field; /* no fields */
} atc_basic_at_cpsms_test;
/* ev->msg as this message, or NULL when ev is another message or an error (C and C++, no cast) */
static inline const atc_basic_at_cpsms_test *atc_basic_at_cpsms_test_of(const atc_event *ev)
{
    return ev->profile == &atc_basic_profile && ev->id == ATC_BASIC_AT_CPSMS_TEST && ev->kind != ATC_KIND_ERROR
               ? (const atc_basic_at_cpsms_test *)ev->msg : NULL;
}
#define ATC_BASIC_AT_CPSMS_TEST_INIT_ZERO {0}
#define ATC_BASIC_AT_CPSMS_TEST_MAX_LEN 11u
ATC_API atc_err atc_basic_encode_at_cpsms_test(const atc_basic_at_cpsms_test *msg, char *buf, size_t cap, size_t *len);

/* command AT+CPSMS?
 * 3GPP TS 27.007 clause 7.38: Power saving mode setting */
typedef struct atc_basic_at_cpsms_read {
    char dummy_field; /* no fields */
} atc_basic_at_cpsms_read;
/* ev->msg as this message, or NULL when ev is another message or an error (C and C++, no cast) */
static inline const atc_basic_at_cpsms_read *atc_basic_at_cpsms_read_of(const atc_event *ev)
{
    return ev->profile == &atc_basic_profile && ev->id == ATC_BASIC_AT_CPSMS_READ && ev->kind != ATC_KIND_ERROR
               ? (const atc_basic_at_cpsms_read *)ev->msg : NULL;
}
#define ATC_BASIC_AT_CPSMS_READ_INIT_ZERO {0}
#define ATC_BASIC_AT_CPSMS_READ_MAX_LEN 10u
ATC_API atc_err atc_basic_encode_at_cpsms_read(const atc_basic_at_cpsms_read *msg, char *buf, size_t cap, size_t *len);

/* command AT+CPSMS=[<mode>[,<Requested_Periodic-RAU>[,<Requested_GPRS-READY-timer>[,<Requested_Periodic-TAU>[,<Requested_Active-Time>]]]]]
 * 3GPP TS 27.007 clause 7.38: Power saving mode setting */
typedef struct atc_basic_at_cpsms_set {
    bool has_mode;
    bool has_requested_periodic_rau;
    bool has_requested_gprs_ready_timer;
    bool has_requested_periodic_tau;
    bool has_requested_active_time;
    int32_t mode; /* atc_basic_cpsms_mode */
    atc_str requested_periodic_rau;
    atc_str requested_gprs_ready_timer;
    atc_str requested_periodic_tau;
    atc_str requested_active_time;
} atc_basic_at_cpsms_set;
/* ev->msg as this message, or NULL when ev is another message or an error (C and C++, no cast) */
static inline const atc_basic_at_cpsms_set *atc_basic_at_cpsms_set_of(const atc_event *ev)
{
    return ev->profile == &atc_basic_profile && ev->id == ATC_BASIC_AT_CPSMS_SET && ev->kind != ATC_KIND_ERROR
               ? (const atc_basic_at_cpsms_set *)ev->msg : NULL;
}
#define ATC_BASIC_AT_CPSMS_SET_INIT_ZERO {false, false, false, false, false, 0, {NULL, 0}, {NULL, 0}, {NULL, 0}, {NULL, 0}}
#define ATC_BASIC_AT_CPSMS_SET_MAX_LEN 88u
ATC_API atc_err atc_basic_encode_at_cpsms_set(const atc_basic_at_cpsms_set *msg, char *buf, size_t cap, size_t *len);

/* command AT+CEDRXS=?
 * 3GPP TS 27.007 clause 7.40: eDRX setting */
typedef struct atc_basic_at_cedrxs_test {
    char dummy_field; /* no fields */
} atc_basic_at_cedrxs_test;
/* ev->msg as this message, or NULL when ev is another message or an error (C and C++, no cast) */
static inline const atc_basic_at_cedrxs_test *atc_basic_at_cedrxs_test_of(const atc_event *ev)
{
    return ev->profile == &atc_basic_profile && ev->id == ATC_BASIC_AT_CEDRXS_TEST && ev->kind != ATC_KIND_ERROR
               ? (const atc_basic_at_cedrxs_test *)ev->msg : NULL;
}
#define ATC_BASIC_AT_CEDRXS_TEST_INIT_ZERO {0}
#define ATC_BASIC_AT_CEDRXS_TEST_MAX_LEN 12u
ATC_API atc_err atc_basic_encode_at_cedrxs_test(const atc_basic_at_cedrxs_test *msg, char *buf, size_t cap, size_t *len);

/* command AT+CEDRXS?
 * 3GPP TS 27.007 clause 7.40: eDRX setting */
typedef struct atc_basic_at_cedrxs_read {
    char dummy_field; /* no fields */
} atc_basic_at_cedrxs_read;
/* ev->msg as this message, or NULL when ev is another message or an error (C and C++, no cast) */
static inline const atc_basic_at_cedrxs_read *atc_basic_at_cedrxs_read_of(const atc_event *ev)
{
    return ev->profile == &atc_basic_profile && ev->id == ATC_BASIC_AT_CEDRXS_READ && ev->kind != ATC_KIND_ERROR
               ? (const atc_basic_at_cedrxs_read *)ev->msg : NULL;
}
#define ATC_BASIC_AT_CEDRXS_READ_INIT_ZERO {0}
#define ATC_BASIC_AT_CEDRXS_READ_MAX_LEN 11u
ATC_API atc_err atc_basic_encode_at_cedrxs_read(const atc_basic_at_cedrxs_read *msg, char *buf, size_t cap, size_t *len);

/* command AT+CEDRXS=[<mode>[,<AcT-type>[,<Requested_eDRX_value>]]]
 * 3GPP TS 27.007 clause 7.40: eDRX setting */
typedef struct atc_basic_at_cedrxs_set {
    bool has_mode;
    bool has_act_type;
    bool has_requested_edrx_value;
    int32_t mode; /* atc_basic_cedrxs_mode */
    int32_t act_type; /* atc_basic_act_type */
    atc_str requested_edrx_value;
} atc_basic_at_cedrxs_set;
/* ev->msg as this message, or NULL when ev is another message or an error (C and C++, no cast) */
static inline const atc_basic_at_cedrxs_set *atc_basic_at_cedrxs_set_of(const atc_event *ev)
{
    return ev->profile == &atc_basic_profile && ev->id == ATC_BASIC_AT_CEDRXS_SET && ev->kind != ATC_KIND_ERROR
               ? (const atc_basic_at_cedrxs_set *)ev->msg : NULL;
}
#define ATC_BASIC_AT_CEDRXS_SET_INIT_ZERO {false, false, false, 0, 0, {NULL, 0}}
#define ATC_BASIC_AT_CEDRXS_SET_MAX_LEN 26u
ATC_API atc_err atc_basic_encode_at_cedrxs_set(const atc_basic_at_cedrxs_set *msg, char *buf, size_t cap, size_t *len);

/* command AT+CEDRXRDP=?
 * 3GPP TS 27.007 clause 7.41: Read eDRX dynamic parameters */
typedef struct atc_basic_at_cedrxrdp_test {
    char dummy_field; /* no fields */
} atc_basic_at_cedrxrdp_test;
/* ev->msg as this message, or NULL when ev is another message or an error (C and C++, no cast) */
static inline const atc_basic_at_cedrxrdp_test *atc_basic_at_cedrxrdp_test_of(const atc_event *ev)
{
    return ev->profile == &atc_basic_profile && ev->id == ATC_BASIC_AT_CEDRXRDP_TEST && ev->kind != ATC_KIND_ERROR
               ? (const atc_basic_at_cedrxrdp_test *)ev->msg : NULL;
}
#define ATC_BASIC_AT_CEDRXRDP_TEST_INIT_ZERO {0}
#define ATC_BASIC_AT_CEDRXRDP_TEST_MAX_LEN 14u
ATC_API atc_err atc_basic_encode_at_cedrxrdp_test(const atc_basic_at_cedrxrdp_test *msg, char *buf, size_t cap, size_t *len);

/* command AT+CEDRXRDP
 * 3GPP TS 27.007 clause 7.41: Read eDRX dynamic parameters */
typedef struct atc_basic_at_cedrxrdp_exec {
    char dummy_field; /* no fields */
} atc_basic_at_cedrxrdp_exec;
/* ev->msg as this message, or NULL when ev is another message or an error (C and C++, no cast) */
static inline const atc_basic_at_cedrxrdp_exec *atc_basic_at_cedrxrdp_exec_of(const atc_event *ev)
{
    return ev->profile == &atc_basic_profile && ev->id == ATC_BASIC_AT_CEDRXRDP_EXEC && ev->kind != ATC_KIND_ERROR
               ? (const atc_basic_at_cedrxrdp_exec *)ev->msg : NULL;
}
#define ATC_BASIC_AT_CEDRXRDP_EXEC_INIT_ZERO {0}
#define ATC_BASIC_AT_CEDRXRDP_EXEC_MAX_LEN 12u
ATC_API atc_err atc_basic_encode_at_cedrxrdp_exec(const atc_basic_at_cedrxrdp_exec *msg, char *buf, size_t cap, size_t *len);

/* command AT+IPR=?
 * ITU-T V.250 clause 6.2.10: Fixed DTE rate */
typedef struct atc_basic_at_ipr_test {
    char dummy_field; /* no fields */
} atc_basic_at_ipr_test;
/* ev->msg as this message, or NULL when ev is another message or an error (C and C++, no cast) */
static inline const atc_basic_at_ipr_test *atc_basic_at_ipr_test_of(const atc_event *ev)
{
    return ev->profile == &atc_basic_profile && ev->id == ATC_BASIC_AT_IPR_TEST && ev->kind != ATC_KIND_ERROR
               ? (const atc_basic_at_ipr_test *)ev->msg : NULL;
}
#define ATC_BASIC_AT_IPR_TEST_INIT_ZERO {0}
#define ATC_BASIC_AT_IPR_TEST_MAX_LEN 9u
ATC_API atc_err atc_basic_encode_at_ipr_test(const atc_basic_at_ipr_test *msg, char *buf, size_t cap, size_t *len);

/* command AT+IPR?
 * ITU-T V.250 clause 6.2.10: Fixed DTE rate */
typedef struct atc_basic_at_ipr_read {
    char dummy_field; /* no fields */
} atc_basic_at_ipr_read;
/* ev->msg as this message, or NULL when ev is another message or an error (C and C++, no cast) */
static inline const atc_basic_at_ipr_read *atc_basic_at_ipr_read_of(const atc_event *ev)
{
    return ev->profile == &atc_basic_profile && ev->id == ATC_BASIC_AT_IPR_READ && ev->kind != ATC_KIND_ERROR
               ? (const atc_basic_at_ipr_read *)ev->msg : NULL;
}
#define ATC_BASIC_AT_IPR_READ_INIT_ZERO {0}
#define ATC_BASIC_AT_IPR_READ_MAX_LEN 8u
ATC_API atc_err atc_basic_encode_at_ipr_read(const atc_basic_at_ipr_read *msg, char *buf, size_t cap, size_t *len);

/* command AT+IPR=<rate>
 * ITU-T V.250 clause 6.2.10: Fixed DTE rate */
typedef struct atc_basic_at_ipr_set {
    int32_t rate;
} atc_basic_at_ipr_set;
/* ev->msg as this message, or NULL when ev is another message or an error (C and C++, no cast) */
static inline const atc_basic_at_ipr_set *atc_basic_at_ipr_set_of(const atc_event *ev)
{
    return ev->profile == &atc_basic_profile && ev->id == ATC_BASIC_AT_IPR_SET && ev->kind != ATC_KIND_ERROR
               ? (const atc_basic_at_ipr_set *)ev->msg : NULL;
}
#define ATC_BASIC_AT_IPR_SET_INIT_ZERO {0}
#define ATC_BASIC_AT_IPR_SET_MAX_LEN 20u
ATC_API atc_err atc_basic_encode_at_ipr_set(const atc_basic_at_ipr_set *msg, char *buf, size_t cap, size_t *len);

/* command AT+ICF=?
 * ITU-T V.250 clause 6.2.11: DTE-DCE character framing */
typedef struct atc_basic_at_icf_test {
    char dummy_field; /* no fields */
} atc_basic_at_icf_test;
/* ev->msg as this message, or NULL when ev is another message or an error (C and C++, no cast) */
static inline const atc_basic_at_icf_test *atc_basic_at_icf_test_of(const atc_event *ev)
{
    return ev->profile == &atc_basic_profile && ev->id == ATC_BASIC_AT_ICF_TEST && ev->kind != ATC_KIND_ERROR
               ? (const atc_basic_at_icf_test *)ev->msg : NULL;
}
#define ATC_BASIC_AT_ICF_TEST_INIT_ZERO {0}
#define ATC_BASIC_AT_ICF_TEST_MAX_LEN 9u
ATC_API atc_err atc_basic_encode_at_icf_test(const atc_basic_at_icf_test *msg, char *buf, size_t cap, size_t *len);

/* command AT+ICF?
 * ITU-T V.250 clause 6.2.11: DTE-DCE character framing */
typedef struct atc_basic_at_icf_read {
    char dummy_field; /* no fields */
} atc_basic_at_icf_read;
/* ev->msg as this message, or NULL when ev is another message or an error (C and C++, no cast) */
static inline const atc_basic_at_icf_read *atc_basic_at_icf_read_of(const atc_event *ev)
{
    return ev->profile == &atc_basic_profile && ev->id == ATC_BASIC_AT_ICF_READ && ev->kind != ATC_KIND_ERROR
               ? (const atc_basic_at_icf_read *)ev->msg : NULL;
}
#define ATC_BASIC_AT_ICF_READ_INIT_ZERO {0}
#define ATC_BASIC_AT_ICF_READ_MAX_LEN 8u
ATC_API atc_err atc_basic_encode_at_icf_read(const atc_basic_at_icf_read *msg, char *buf, size_t cap, size_t *len);

/* command AT+ICF=[<format>[,<parity>]]
 * ITU-T V.250 clause 6.2.11: DTE-DCE character framing */
typedef struct atc_basic_at_icf_set {
    bool has_format;
    bool has_parity;
    int32_t format; /* atc_basic_icf_format */
    int32_t parity; /* atc_basic_parity */
} atc_basic_at_icf_set;
/* ev->msg as this message, or NULL when ev is another message or an error (C and C++, no cast) */
static inline const atc_basic_at_icf_set *atc_basic_at_icf_set_of(const atc_event *ev)
{
    return ev->profile == &atc_basic_profile && ev->id == ATC_BASIC_AT_ICF_SET && ev->kind != ATC_KIND_ERROR
               ? (const atc_basic_at_icf_set *)ev->msg : NULL;
}
#define ATC_BASIC_AT_ICF_SET_INIT_ZERO {false, false, 0, 0}
#define ATC_BASIC_AT_ICF_SET_MAX_LEN 12u
ATC_API atc_err atc_basic_encode_at_icf_set(const atc_basic_at_icf_set *msg, char *buf, size_t cap, size_t *len);

/* command AT+IFC=?
 * ITU-T V.250 clause 6.2.12: DTE-DCE local flow control */
typedef struct atc_basic_at_ifc_test {
    char dummy_field; /* no fields */
} atc_basic_at_ifc_test;
/* ev->msg as this message, or NULL when ev is another message or an error (C and C++, no cast) */
static inline const atc_basic_at_ifc_test *atc_basic_at_ifc_test_of(const atc_event *ev)
{
    return ev->profile == &atc_basic_profile && ev->id == ATC_BASIC_AT_IFC_TEST && ev->kind != ATC_KIND_ERROR
               ? (const atc_basic_at_ifc_test *)ev->msg : NULL;
}
#define ATC_BASIC_AT_IFC_TEST_INIT_ZERO {0}
#define ATC_BASIC_AT_IFC_TEST_MAX_LEN 9u
ATC_API atc_err atc_basic_encode_at_ifc_test(const atc_basic_at_ifc_test *msg, char *buf, size_t cap, size_t *len);

/* command AT+IFC?
 * ITU-T V.250 clause 6.2.12: DTE-DCE local flow control */
typedef struct atc_basic_at_ifc_read {
    char dummy_field; /* no fields */
} atc_basic_at_ifc_read;
/* ev->msg as this message, or NULL when ev is another message or an error (C and C++, no cast) */
static inline const atc_basic_at_ifc_read *atc_basic_at_ifc_read_of(const atc_event *ev)
{
    return ev->profile == &atc_basic_profile && ev->id == ATC_BASIC_AT_IFC_READ && ev->kind != ATC_KIND_ERROR
               ? (const atc_basic_at_ifc_read *)ev->msg : NULL;
}
#define ATC_BASIC_AT_IFC_READ_INIT_ZERO {0}
#define ATC_BASIC_AT_IFC_READ_MAX_LEN 8u
ATC_API atc_err atc_basic_encode_at_ifc_read(const atc_basic_at_ifc_read *msg, char *buf, size_t cap, size_t *len);

/* command AT+IFC=[<DCE_by_DTE>[,<DTE_by_DCE>]]
 * ITU-T V.250 clause 6.2.12: DTE-DCE local flow control */
typedef struct atc_basic_at_ifc_set {
    bool has_dce_by_dte;
    bool has_dte_by_dce;
    int32_t dce_by_dte; /* atc_basic_dce_by_dte */
    int32_t dte_by_dce; /* atc_basic_dte_by_dce */
} atc_basic_at_ifc_set;
/* ev->msg as this message, or NULL when ev is another message or an error (C and C++, no cast) */
static inline const atc_basic_at_ifc_set *atc_basic_at_ifc_set_of(const atc_event *ev)
{
    return ev->profile == &atc_basic_profile && ev->id == ATC_BASIC_AT_IFC_SET && ev->kind != ATC_KIND_ERROR
               ? (const atc_basic_at_ifc_set *)ev->msg : NULL;
}
#define ATC_BASIC_AT_IFC_SET_INIT_ZERO {false, false, 0, 0}
#define ATC_BASIC_AT_IFC_SET_MAX_LEN 12u
ATC_API atc_err atc_basic_encode_at_ifc_set(const atc_basic_at_ifc_set *msg, char *buf, size_t cap, size_t *len);

/* response <text>
 * ITU-T V.250 clause 6.1.3 */
typedef struct atc_basic_ati {
    atc_str text;
} atc_basic_ati;
/* ev->msg as this message, or NULL when ev is another message or an error (C and C++, no cast) */
static inline const atc_basic_ati *atc_basic_ati_of(const atc_event *ev)
{
    return ev->profile == &atc_basic_profile && ev->id == ATC_BASIC_ATI && ev->kind != ATC_KIND_ERROR
               ? (const atc_basic_ati *)ev->msg : NULL;
}
#define ATC_BASIC_ATI_INIT_ZERO {{NULL, 0}}
#define ATC_BASIC_ATI_MAX_LEN (5u + 1u * ATC_MAX_LINE)
ATC_API atc_err atc_basic_encode_ati(const atc_basic_ati *msg, char *buf, size_t cap, size_t *len);

/* response <manufacturer>
 * 3GPP TS 27.007 clause 5.1 */
typedef struct atc_basic_cgmi {
    atc_str manufacturer;
} atc_basic_cgmi;
/* ev->msg as this message, or NULL when ev is another message or an error (C and C++, no cast) */
static inline const atc_basic_cgmi *atc_basic_cgmi_of(const atc_event *ev)
{
    return ev->profile == &atc_basic_profile && ev->id == ATC_BASIC_CGMI && ev->kind != ATC_KIND_ERROR
               ? (const atc_basic_cgmi *)ev->msg : NULL;
}
#define ATC_BASIC_CGMI_INIT_ZERO {{NULL, 0}}
#define ATC_BASIC_CGMI_MAX_LEN (5u + 1u * ATC_MAX_LINE)
ATC_API atc_err atc_basic_encode_cgmi(const atc_basic_cgmi *msg, char *buf, size_t cap, size_t *len);

/* response <model>
 * 3GPP TS 27.007 clause 5.2 */
typedef struct atc_basic_cgmm {
    atc_str model;
} atc_basic_cgmm;
/* ev->msg as this message, or NULL when ev is another message or an error (C and C++, no cast) */
static inline const atc_basic_cgmm *atc_basic_cgmm_of(const atc_event *ev)
{
    return ev->profile == &atc_basic_profile && ev->id == ATC_BASIC_CGMM && ev->kind != ATC_KIND_ERROR
               ? (const atc_basic_cgmm *)ev->msg : NULL;
}
#define ATC_BASIC_CGMM_INIT_ZERO {{NULL, 0}}
#define ATC_BASIC_CGMM_MAX_LEN (5u + 1u * ATC_MAX_LINE)
ATC_API atc_err atc_basic_encode_cgmm(const atc_basic_cgmm *msg, char *buf, size_t cap, size_t *len);

/* response <revision>
 * 3GPP TS 27.007 clause 5.3 */
typedef struct atc_basic_cgmr {
    atc_str revision;
} atc_basic_cgmr;
/* ev->msg as this message, or NULL when ev is another message or an error (C and C++, no cast) */
static inline const atc_basic_cgmr *atc_basic_cgmr_of(const atc_event *ev)
{
    return ev->profile == &atc_basic_profile && ev->id == ATC_BASIC_CGMR && ev->kind != ATC_KIND_ERROR
               ? (const atc_basic_cgmr *)ev->msg : NULL;
}
#define ATC_BASIC_CGMR_INIT_ZERO {{NULL, 0}}
#define ATC_BASIC_CGMR_MAX_LEN (5u + 1u * ATC_MAX_LINE)
ATC_API atc_err atc_basic_encode_cgmr(const atc_basic_cgmr *msg, char *buf, size_t cap, size_t *len);

/* response <sn>
 * 3GPP TS 27.007 clause 5.4 */
typedef struct atc_basic_cgsn_sn {
    atc_str sn;
} atc_basic_cgsn_sn;
/* ev->msg as this message, or NULL when ev is another message or an error (C and C++, no cast) */
static inline const atc_basic_cgsn_sn *atc_basic_cgsn_sn_of(const atc_event *ev)
{
    return ev->profile == &atc_basic_profile && ev->id == ATC_BASIC_CGSN_SN && ev->kind != ATC_KIND_ERROR
               ? (const atc_basic_cgsn_sn *)ev->msg : NULL;
}
#define ATC_BASIC_CGSN_SN_INIT_ZERO {{NULL, 0}}
#define ATC_BASIC_CGSN_SN_MAX_LEN (5u + 1u * ATC_MAX_LINE)
ATC_API atc_err atc_basic_encode_cgsn_sn(const atc_basic_cgsn_sn *msg, char *buf, size_t cap, size_t *len);

/* response <manufacturer>
 * ITU-T V.250 clause 6.1.4 */
typedef struct atc_basic_gmi {
    atc_str manufacturer;
} atc_basic_gmi;
/* ev->msg as this message, or NULL when ev is another message or an error (C and C++, no cast) */
static inline const atc_basic_gmi *atc_basic_gmi_of(const atc_event *ev)
{
    return ev->profile == &atc_basic_profile && ev->id == ATC_BASIC_GMI && ev->kind != ATC_KIND_ERROR
               ? (const atc_basic_gmi *)ev->msg : NULL;
}
#define ATC_BASIC_GMI_INIT_ZERO {{NULL, 0}}
#define ATC_BASIC_GMI_MAX_LEN (5u + 1u * ATC_MAX_LINE)
ATC_API atc_err atc_basic_encode_gmi(const atc_basic_gmi *msg, char *buf, size_t cap, size_t *len);

/* response <model>
 * ITU-T V.250 clause 6.1.5 */
typedef struct atc_basic_gmm {
    atc_str model;
} atc_basic_gmm;
/* ev->msg as this message, or NULL when ev is another message or an error (C and C++, no cast) */
static inline const atc_basic_gmm *atc_basic_gmm_of(const atc_event *ev)
{
    return ev->profile == &atc_basic_profile && ev->id == ATC_BASIC_GMM && ev->kind != ATC_KIND_ERROR
               ? (const atc_basic_gmm *)ev->msg : NULL;
}
#define ATC_BASIC_GMM_INIT_ZERO {{NULL, 0}}
#define ATC_BASIC_GMM_MAX_LEN (5u + 1u * ATC_MAX_LINE)
ATC_API atc_err atc_basic_encode_gmm(const atc_basic_gmm *msg, char *buf, size_t cap, size_t *len);

/* response <revision>
 * ITU-T V.250 clause 6.1.6 */
typedef struct atc_basic_gmr {
    atc_str revision;
} atc_basic_gmr;
/* ev->msg as this message, or NULL when ev is another message or an error (C and C++, no cast) */
static inline const atc_basic_gmr *atc_basic_gmr_of(const atc_event *ev)
{
    return ev->profile == &atc_basic_profile && ev->id == ATC_BASIC_GMR && ev->kind != ATC_KIND_ERROR
               ? (const atc_basic_gmr *)ev->msg : NULL;
}
#define ATC_BASIC_GMR_INIT_ZERO {{NULL, 0}}
#define ATC_BASIC_GMR_MAX_LEN (5u + 1u * ATC_MAX_LINE)
ATC_API atc_err atc_basic_encode_gmr(const atc_basic_gmr *msg, char *buf, size_t cap, size_t *len);

/* response <sn>
 * ITU-T V.250 clause 6.1.7 */
typedef struct atc_basic_gsn {
    atc_str sn;
} atc_basic_gsn;
/* ev->msg as this message, or NULL when ev is another message or an error (C and C++, no cast) */
static inline const atc_basic_gsn *atc_basic_gsn_of(const atc_event *ev)
{
    return ev->profile == &atc_basic_profile && ev->id == ATC_BASIC_GSN && ev->kind != ATC_KIND_ERROR
               ? (const atc_basic_gsn *)ev->msg : NULL;
}
#define ATC_BASIC_GSN_INIT_ZERO {{NULL, 0}}
#define ATC_BASIC_GSN_MAX_LEN (5u + 1u * ATC_MAX_LINE)
ATC_API atc_err atc_basic_encode_gsn(const atc_basic_gsn *msg, char *buf, size_t cap, size_t *len);

/* response +CGSN: <imei/imeisv/svn>
 * 3GPP TS 27.007 clause 5.4 */
typedef struct atc_basic_cgsn_id {
    atc_str identity;
} atc_basic_cgsn_id;
/* ev->msg as this message, or NULL when ev is another message or an error (C and C++, no cast) */
static inline const atc_basic_cgsn_id *atc_basic_cgsn_id_of(const atc_event *ev)
{
    return ev->profile == &atc_basic_profile && ev->id == ATC_BASIC_CGSN_ID && ev->kind != ATC_KIND_ERROR
               ? (const atc_basic_cgsn_id *)ev->msg : NULL;
}
#define ATC_BASIC_CGSN_ID_INIT_ZERO {{NULL, 0}}
#define ATC_BASIC_CGSN_ID_MAX_LEN (12u + 1u * ATC_MAX_LINE)
ATC_API atc_err atc_basic_encode_cgsn_id(const atc_basic_cgsn_id *msg, char *buf, size_t cap, size_t *len);

/* response +CGSN: <snt>
 * 3GPP TS 27.007 clause 5.4 */
typedef struct atc_basic_cgsn_test {
    atc_str snt;
} atc_basic_cgsn_test;
/* ev->msg as this message, or NULL when ev is another message or an error (C and C++, no cast) */
static inline const atc_basic_cgsn_test *atc_basic_cgsn_test_of(const atc_event *ev)
{
    return ev->profile == &atc_basic_profile && ev->id == ATC_BASIC_CGSN_TEST && ev->kind != ATC_KIND_ERROR
               ? (const atc_basic_cgsn_test *)ev->msg : NULL;
}
#define ATC_BASIC_CGSN_TEST_INIT_ZERO {{NULL, 0}}
#define ATC_BASIC_CGSN_TEST_MAX_LEN (12u + 1u * ATC_MAX_LINE)
ATC_API atc_err atc_basic_encode_cgsn_test(const atc_basic_cgsn_test *msg, char *buf, size_t cap, size_t *len);

/* response <IMSI>
 * 3GPP TS 27.007 clause 5.6 */
typedef struct atc_basic_cimi {
    atc_str imsi;
} atc_basic_cimi;
/* ev->msg as this message, or NULL when ev is another message or an error (C and C++, no cast) */
static inline const atc_basic_cimi *atc_basic_cimi_of(const atc_event *ev)
{
    return ev->profile == &atc_basic_profile && ev->id == ATC_BASIC_CIMI && ev->kind != ATC_KIND_ERROR
               ? (const atc_basic_cimi *)ev->msg : NULL;
}
#define ATC_BASIC_CIMI_INIT_ZERO {{NULL, 0}}
#define ATC_BASIC_CIMI_MAX_LEN (5u + 1u * ATC_MAX_LINE)
ATC_API atc_err atc_basic_encode_cimi(const atc_basic_cimi *msg, char *buf, size_t cap, size_t *len);

/* response +CMEE: <n>
 * 3GPP TS 27.007 clause 9.1 */
typedef struct atc_basic_cmee_read {
    int32_t n; /* atc_basic_n */
} atc_basic_cmee_read;
/* ev->msg as this message, or NULL when ev is another message or an error (C and C++, no cast) */
static inline const atc_basic_cmee_read *atc_basic_cmee_read_of(const atc_event *ev)
{
    return ev->profile == &atc_basic_profile && ev->id == ATC_BASIC_CMEE_READ && ev->kind != ATC_KIND_ERROR
               ? (const atc_basic_cmee_read *)ev->msg : NULL;
}
#define ATC_BASIC_CMEE_READ_INIT_ZERO {0}
#define ATC_BASIC_CMEE_READ_MAX_LEN 13u
ATC_API atc_err atc_basic_encode_cmee_read(const atc_basic_cmee_read *msg, char *buf, size_t cap, size_t *len);

/* response +CMEE: <n>
 * 3GPP TS 27.007 clause 9.1 */
typedef struct atc_basic_cmee_test {
    atc_str n;
} atc_basic_cmee_test;
/* ev->msg as this message, or NULL when ev is another message or an error (C and C++, no cast) */
static inline const atc_basic_cmee_test *atc_basic_cmee_test_of(const atc_event *ev)
{
    return ev->profile == &atc_basic_profile && ev->id == ATC_BASIC_CMEE_TEST && ev->kind != ATC_KIND_ERROR
               ? (const atc_basic_cmee_test *)ev->msg : NULL;
}
#define ATC_BASIC_CMEE_TEST_INIT_ZERO {{NULL, 0}}
#define ATC_BASIC_CMEE_TEST_MAX_LEN (12u + 1u * ATC_MAX_LINE)
ATC_API atc_err atc_basic_encode_cmee_test(const atc_basic_cmee_test *msg, char *buf, size_t cap, size_t *len);

/* response +CPIN: <code>
 * 3GPP TS 27.007 clause 8.3 */
typedef struct atc_basic_cpin_read {
    atc_str code;
} atc_basic_cpin_read;
/* ev->msg as this message, or NULL when ev is another message or an error (C and C++, no cast) */
static inline const atc_basic_cpin_read *atc_basic_cpin_read_of(const atc_event *ev)
{
    return ev->profile == &atc_basic_profile && ev->id == ATC_BASIC_CPIN_READ && ev->kind != ATC_KIND_ERROR
               ? (const atc_basic_cpin_read *)ev->msg : NULL;
}
#define ATC_BASIC_CPIN_READ_INIT_ZERO {{NULL, 0}}
#define ATC_BASIC_CPIN_READ_MAX_LEN 25u
ATC_API atc_err atc_basic_encode_cpin_read(const atc_basic_cpin_read *msg, char *buf, size_t cap, size_t *len);

/* response +CSQ: <rssi>,<ber>
 * 3GPP TS 27.007 clause 8.5 */
typedef struct atc_basic_csq {
    int32_t rssi;
    int32_t ber;
} atc_basic_csq;
/* ev->msg as this message, or NULL when ev is another message or an error (C and C++, no cast) */
static inline const atc_basic_csq *atc_basic_csq_of(const atc_event *ev)
{
    return ev->profile == &atc_basic_profile && ev->id == ATC_BASIC_CSQ && ev->kind != ATC_KIND_ERROR
               ? (const atc_basic_csq *)ev->msg : NULL;
}
#define ATC_BASIC_CSQ_INIT_ZERO {0, 0}
#define ATC_BASIC_CSQ_MAX_LEN 16u
ATC_API atc_err atc_basic_encode_csq(const atc_basic_csq *msg, char *buf, size_t cap, size_t *len);

/* response +CSQ: <rssi>,<ber>
 * 3GPP TS 27.007 clause 8.5 */
typedef struct atc_basic_csq_test {
    atc_str rssi;
    atc_str ber;
} atc_basic_csq_test;
/* ev->msg as this message, or NULL when ev is another message or an error (C and C++, no cast) */
static inline const atc_basic_csq_test *atc_basic_csq_test_of(const atc_event *ev)
{
    return ev->profile == &atc_basic_profile && ev->id == ATC_BASIC_CSQ_TEST && ev->kind != ATC_KIND_ERROR
               ? (const atc_basic_csq_test *)ev->msg : NULL;
}
#define ATC_BASIC_CSQ_TEST_INIT_ZERO {{NULL, 0}, {NULL, 0}}
#define ATC_BASIC_CSQ_TEST_MAX_LEN (12u + 2u * ATC_MAX_LINE)
ATC_API atc_err atc_basic_encode_csq_test(const atc_basic_csq_test *msg, char *buf, size_t cap, size_t *len);

/* response +CESQ: <rxlev>,<ber>,<rscp>,<ecno>,<rsrq>,<rsrp>
 * 3GPP TS 27.007 clause 8.69 */
typedef struct atc_basic_cesq {
    int32_t rxlev;
    int32_t ber;
    int32_t rscp;
    int32_t ecno;
    int32_t rsrq;
    int32_t rsrp;
} atc_basic_cesq;
/* ev->msg as this message, or NULL when ev is another message or an error (C and C++, no cast) */
static inline const atc_basic_cesq *atc_basic_cesq_of(const atc_event *ev)
{
    return ev->profile == &atc_basic_profile && ev->id == ATC_BASIC_CESQ && ev->kind != ATC_KIND_ERROR
               ? (const atc_basic_cesq *)ev->msg : NULL;
}
#define ATC_BASIC_CESQ_INIT_ZERO {0, 0, 0, 0, 0, 0}
#define ATC_BASIC_CESQ_MAX_LEN 33u
ATC_API atc_err atc_basic_encode_cesq(const atc_basic_cesq *msg, char *buf, size_t cap, size_t *len);

/* response +CESQ: <rxlev>,<ber>,<rscp>,<ecno>,<rsrq>,<rsrp>
 * 3GPP TS 27.007 clause 8.69 */
typedef struct atc_basic_cesq_test {
    atc_str rxlev;
    atc_str ber;
    atc_str rscp;
    atc_str ecno;
    atc_str rsrq;
    atc_str rsrp;
} atc_basic_cesq_test;
/* ev->msg as this message, or NULL when ev is another message or an error (C and C++, no cast) */
static inline const atc_basic_cesq_test *atc_basic_cesq_test_of(const atc_event *ev)
{
    return ev->profile == &atc_basic_profile && ev->id == ATC_BASIC_CESQ_TEST && ev->kind != ATC_KIND_ERROR
               ? (const atc_basic_cesq_test *)ev->msg : NULL;
}
#define ATC_BASIC_CESQ_TEST_INIT_ZERO {{NULL, 0}, {NULL, 0}, {NULL, 0}, {NULL, 0}, {NULL, 0}, {NULL, 0}}
#define ATC_BASIC_CESQ_TEST_MAX_LEN (17u + 6u * ATC_MAX_LINE)
ATC_API atc_err atc_basic_encode_cesq_test(const atc_basic_cesq_test *msg, char *buf, size_t cap, size_t *len);

/* response +CREG: <n>,<stat>[,<lac>,<ci>[,<AcT>[,<cause_type>,<reject_cause>]]]
 * 3GPP TS 27.007 clause 7.2 */
typedef struct atc_basic_creg_read {
    bool has_lac;
    bool has_ci;
    bool has_act;
    bool has_cause_type;
    bool has_reject_cause;
    int32_t n; /* atc_basic_creg_n */
    int32_t stat; /* atc_basic_stat */
    atc_str lac;
    atc_str ci;
    int32_t act; /* atc_basic_act */
    int32_t cause_type; /* atc_basic_cause_type */
    int32_t reject_cause;
} atc_basic_creg_read;
/* ev->msg as this message, or NULL when ev is another message or an error (C and C++, no cast) */
static inline const atc_basic_creg_read *atc_basic_creg_read_of(const atc_event *ev)
{
    return ev->profile == &atc_basic_profile && ev->id == ATC_BASIC_CREG_READ && ev->kind != ATC_KIND_ERROR
               ? (const atc_basic_creg_read *)ev->msg : NULL;
}
#define ATC_BASIC_CREG_READ_INIT_ZERO {false, false, false, false, false, 0, 0, {NULL, 0}, {NULL, 0}, 0, 0, 0}
#define ATC_BASIC_CREG_READ_MAX_LEN 63u
ATC_API atc_err atc_basic_encode_creg_read(const atc_basic_creg_read *msg, char *buf, size_t cap, size_t *len);

/* response +CREG: <n>
 * 3GPP TS 27.007 clause 7.2 */
typedef struct atc_basic_creg_test {
    atc_str n;
} atc_basic_creg_test;
/* ev->msg as this message, or NULL when ev is another message or an error (C and C++, no cast) */
static inline const atc_basic_creg_test *atc_basic_creg_test_of(const atc_event *ev)
{
    return ev->profile == &atc_basic_profile && ev->id == ATC_BASIC_CREG_TEST && ev->kind != ATC_KIND_ERROR
               ? (const atc_basic_creg_test *)ev->msg : NULL;
}
#define ATC_BASIC_CREG_TEST_INIT_ZERO {{NULL, 0}}
#define ATC_BASIC_CREG_TEST_MAX_LEN (12u + 1u * ATC_MAX_LINE)
ATC_API atc_err atc_basic_encode_creg_test(const atc_basic_creg_test *msg, char *buf, size_t cap, size_t *len);

/* response +CGREG: <n>,<stat>[,<lac>,<ci>[,<AcT>[,<rac>[,<cause_type>,<reject_cause>[,<Active-Time>,<Periodic-RAU>,<GPRS-READY-timer>]]]]]
 * 3GPP TS 27.007 clause 10.1.20 */
typedef struct atc_basic_cgreg_read {
    bool has_lac;
    bool has_ci;
    bool has_act;
    bool has_rac;
    bool has_cause_type;
    bool has_reject_cause;
    bool has_active_time;
    bool has_periodic_rau;
    bool has_gprs_ready_timer;
    int32_t n; /* atc_basic_cgreg_n */
    int32_t stat; /* atc_basic_stat */
    atc_str lac;
    atc_str ci;
    int32_t act; /* atc_basic_act */
    atc_str rac;
    int32_t cause_type; /* atc_basic_cause_type */
    int32_t reject_cause;
    atc_str active_time;
    atc_str periodic_rau;
    atc_str gprs_ready_timer;
} atc_basic_cgreg_read;
/* ev->msg as this message, or NULL when ev is another message or an error (C and C++, no cast) */
static inline const atc_basic_cgreg_read *atc_basic_cgreg_read_of(const atc_event *ev)
{
    return ev->profile == &atc_basic_profile && ev->id == ATC_BASIC_CGREG_READ && ev->kind != ATC_KIND_ERROR
               ? (const atc_basic_cgreg_read *)ev->msg : NULL;
}
#define ATC_BASIC_CGREG_READ_INIT_ZERO {false, false, false, false, false, false, false, false, false, 0, 0, {NULL, 0}, {NULL, 0}, 0, {NULL, 0}, 0, 0, {NULL, 0}, {NULL, 0}, {NULL, 0}}
#define ATC_BASIC_CGREG_READ_MAX_LEN 128u
ATC_API atc_err atc_basic_encode_cgreg_read(const atc_basic_cgreg_read *msg, char *buf, size_t cap, size_t *len);

/* response +CGREG: <n>
 * 3GPP TS 27.007 clause 10.1.20 */
typedef struct atc_basic_cgreg_test {
    atc_str n;
} atc_basic_cgreg_test;
/* ev->msg as this message, or NULL when ev is another message or an error (C and C++, no cast) */
static inline const atc_basic_cgreg_test *atc_basic_cgreg_test_of(const atc_event *ev)
{
    return ev->profile == &atc_basic_profile && ev->id == ATC_BASIC_CGREG_TEST && ev->kind != ATC_KIND_ERROR
               ? (const atc_basic_cgreg_test *)ev->msg : NULL;
}
#define ATC_BASIC_CGREG_TEST_INIT_ZERO {{NULL, 0}}
#define ATC_BASIC_CGREG_TEST_MAX_LEN (13u + 1u * ATC_MAX_LINE)
ATC_API atc_err atc_basic_encode_cgreg_test(const atc_basic_cgreg_test *msg, char *buf, size_t cap, size_t *len);

/* response +CEREG: <n>,<stat>[,<tac>,<ci>[,<AcT>[,<cause_type>,<reject_cause>[,<Active-Time>,<Periodic-TAU>]]]]
 * 3GPP TS 27.007 clause 10.1.22 */
typedef struct atc_basic_cereg_read {
    bool has_tac;
    bool has_ci;
    bool has_act;
    bool has_cause_type;
    bool has_reject_cause;
    bool has_active_time;
    bool has_periodic_tau;
    int32_t n; /* atc_basic_cereg_n */
    int32_t stat; /* atc_basic_stat */
    atc_str tac;
    atc_str ci;
    int32_t act; /* atc_basic_act */
    int32_t cause_type; /* atc_basic_cause_type */
    int32_t reject_cause;
    atc_str active_time;
    atc_str periodic_tau;
} atc_basic_cereg_read;
/* ev->msg as this message, or NULL when ev is another message or an error (C and C++, no cast) */
static inline const atc_basic_cereg_read *atc_basic_cereg_read_of(const atc_event *ev)
{
    return ev->profile == &atc_basic_profile && ev->id == ATC_BASIC_CEREG_READ && ev->kind != ATC_KIND_ERROR
               ? (const atc_basic_cereg_read *)ev->msg : NULL;
}
#define ATC_BASIC_CEREG_READ_INIT_ZERO {false, false, false, false, false, false, false, 0, 0, {NULL, 0}, {NULL, 0}, 0, 0, 0, {NULL, 0}, {NULL, 0}}
#define ATC_BASIC_CEREG_READ_MAX_LEN 102u
ATC_API atc_err atc_basic_encode_cereg_read(const atc_basic_cereg_read *msg, char *buf, size_t cap, size_t *len);

/* response +CEREG: <n>
 * 3GPP TS 27.007 clause 10.1.22 */
typedef struct atc_basic_cereg_test {
    atc_str n;
} atc_basic_cereg_test;
/* ev->msg as this message, or NULL when ev is another message or an error (C and C++, no cast) */
static inline const atc_basic_cereg_test *atc_basic_cereg_test_of(const atc_event *ev)
{
    return ev->profile == &atc_basic_profile && ev->id == ATC_BASIC_CEREG_TEST && ev->kind != ATC_KIND_ERROR
               ? (const atc_basic_cereg_test *)ev->msg : NULL;
}
#define ATC_BASIC_CEREG_TEST_INIT_ZERO {{NULL, 0}}
#define ATC_BASIC_CEREG_TEST_MAX_LEN (13u + 1u * ATC_MAX_LINE)
ATC_API atc_err atc_basic_encode_cereg_test(const atc_basic_cereg_test *msg, char *buf, size_t cap, size_t *len);

/* response +COPS: <mode>[,<format>,<oper>[,<AcT>]]
 * 3GPP TS 27.007 clause 7.3 */
typedef struct atc_basic_cops_read {
    bool has_format;
    bool has_oper;
    bool has_act;
    int32_t mode; /* atc_basic_mode */
    int32_t format; /* atc_basic_format */
    atc_str oper;
    int32_t act; /* atc_basic_act */
} atc_basic_cops_read;
/* ev->msg as this message, or NULL when ev is another message or an error (C and C++, no cast) */
static inline const atc_basic_cops_read *atc_basic_cops_read_of(const atc_event *ev)
{
    return ev->profile == &atc_basic_profile && ev->id == ATC_BASIC_COPS_READ && ev->kind != ATC_KIND_ERROR
               ? (const atc_basic_cops_read *)ev->msg : NULL;
}
#define ATC_BASIC_COPS_READ_INIT_ZERO {false, false, false, 0, 0, {NULL, 0}, 0}
#define ATC_BASIC_COPS_READ_MAX_LEN (19u + 1u * ATC_MAX_LINE)
ATC_API atc_err atc_basic_encode_cops_read(const atc_basic_cops_read *msg, char *buf, size_t cap, size_t *len);

/* response +COPS: <operator_list>...
 * 3GPP TS 27.007 clause 7.3 */
typedef struct atc_basic_cops_test {
    uint8_t operator_list_count; /* 1..16 */
    atc_str operator_list[16];
} atc_basic_cops_test;
/* ev->msg as this message, or NULL when ev is another message or an error (C and C++, no cast) */
static inline const atc_basic_cops_test *atc_basic_cops_test_of(const atc_event *ev)
{
    return ev->profile == &atc_basic_profile && ev->id == ATC_BASIC_COPS_TEST && ev->kind != ATC_KIND_ERROR
               ? (const atc_basic_cops_test *)ev->msg : NULL;
}
#define ATC_BASIC_COPS_TEST_INIT_ZERO {0, {{NULL, 0}}}
#define ATC_BASIC_COPS_TEST_MAX_LEN (27u + 16u * ATC_MAX_LINE)
ATC_API atc_err atc_basic_encode_cops_test(const atc_basic_cops_test *msg, char *buf, size_t cap, size_t *len);

/* response +CFUN: <fun>
 * 3GPP TS 27.007 clause 8.2 */
typedef struct atc_basic_cfun_read {
    int32_t fun; /* atc_basic_fun */
} atc_basic_cfun_read;
/* ev->msg as this message, or NULL when ev is another message or an error (C and C++, no cast) */
static inline const atc_basic_cfun_read *atc_basic_cfun_read_of(const atc_event *ev)
{
    return ev->profile == &atc_basic_profile && ev->id == ATC_BASIC_CFUN_READ && ev->kind != ATC_KIND_ERROR
               ? (const atc_basic_cfun_read *)ev->msg : NULL;
}
#define ATC_BASIC_CFUN_READ_INIT_ZERO {0}
#define ATC_BASIC_CFUN_READ_MAX_LEN 15u
ATC_API atc_err atc_basic_encode_cfun_read(const atc_basic_cfun_read *msg, char *buf, size_t cap, size_t *len);

/* response +CFUN: <fun>,<rst>
 * 3GPP TS 27.007 clause 8.2 */
typedef struct atc_basic_cfun_test {
    atc_str fun;
    atc_str rst;
} atc_basic_cfun_test;
/* ev->msg as this message, or NULL when ev is another message or an error (C and C++, no cast) */
static inline const atc_basic_cfun_test *atc_basic_cfun_test_of(const atc_event *ev)
{
    return ev->profile == &atc_basic_profile && ev->id == ATC_BASIC_CFUN_TEST && ev->kind != ATC_KIND_ERROR
               ? (const atc_basic_cfun_test *)ev->msg : NULL;
}
#define ATC_BASIC_CFUN_TEST_INIT_ZERO {{NULL, 0}, {NULL, 0}}
#define ATC_BASIC_CFUN_TEST_MAX_LEN (13u + 2u * ATC_MAX_LINE)
ATC_API atc_err atc_basic_encode_cfun_test(const atc_basic_cfun_test *msg, char *buf, size_t cap, size_t *len);

/* response +CGATT: <state>
 * 3GPP TS 27.007 clause 10.1.9 */
typedef struct atc_basic_cgatt_read {
    int32_t state; /* atc_basic_state */
} atc_basic_cgatt_read;
/* ev->msg as this message, or NULL when ev is another message or an error (C and C++, no cast) */
static inline const atc_basic_cgatt_read *atc_basic_cgatt_read_of(const atc_event *ev)
{
    return ev->profile == &atc_basic_profile && ev->id == ATC_BASIC_CGATT_READ && ev->kind != ATC_KIND_ERROR
               ? (const atc_basic_cgatt_read *)ev->msg : NULL;
}
#define ATC_BASIC_CGATT_READ_INIT_ZERO {0}
#define ATC_BASIC_CGATT_READ_MAX_LEN 14u
ATC_API atc_err atc_basic_encode_cgatt_read(const atc_basic_cgatt_read *msg, char *buf, size_t cap, size_t *len);

/* response +CGATT: <state>
 * 3GPP TS 27.007 clause 10.1.9 */
typedef struct atc_basic_cgatt_test {
    atc_str state;
} atc_basic_cgatt_test;
/* ev->msg as this message, or NULL when ev is another message or an error (C and C++, no cast) */
static inline const atc_basic_cgatt_test *atc_basic_cgatt_test_of(const atc_event *ev)
{
    return ev->profile == &atc_basic_profile && ev->id == ATC_BASIC_CGATT_TEST && ev->kind != ATC_KIND_ERROR
               ? (const atc_basic_cgatt_test *)ev->msg : NULL;
}
#define ATC_BASIC_CGATT_TEST_INIT_ZERO {{NULL, 0}}
#define ATC_BASIC_CGATT_TEST_MAX_LEN (13u + 1u * ATC_MAX_LINE)
ATC_API atc_err atc_basic_encode_cgatt_test(const atc_basic_cgatt_test *msg, char *buf, size_t cap, size_t *len);

/* response +CGDCONT: <cid>,<PDP_type>,<APN>,<PDP_addr>,<d_comp>,<h_comp>[,<IPv4AddrAlloc>[,<request_type>[,<P-CSCF_discovery>[,<IM_CN_Signalling_Flag_Ind>[,<NSLPI>[,<securePCO>[,<IPv4_MTU_discovery>[,<Local_Addr_Ind>[,<Non-IP_MTU_discovery>[,<Reliable_Data_Service>]]]]]]]]]]
 * 3GPP TS 27.007 clause 10.1.1 */
typedef struct atc_basic_cgdcont_read {
    bool has_pdp_type;
    bool has_apn;
    bool has_pdp_addr;
    bool has_d_comp;
    bool has_h_comp;
    bool has_ipv4_addr_alloc;
    bool has_request_type;
    bool has_p_cscf_discovery;
    bool has_im_cn_signalling_flag_ind;
    bool has_nslpi;
    bool has_secure_pco;
    bool has_ipv4_mtu_discovery;
    bool has_local_addr_ind;
    bool has_non_ip_mtu_discovery;
    bool has_reliable_data_service;
    int32_t cid;
    atc_str pdp_type;
    atc_str apn;
    atc_str pdp_addr;
    int32_t d_comp; /* atc_basic_d_comp */
    int32_t h_comp; /* atc_basic_h_comp */
    int32_t ipv4_addr_alloc; /* atc_basic_ipv4_addr_alloc */
    int32_t request_type; /* atc_basic_request_type */
    int32_t p_cscf_discovery; /* atc_basic_p_cscf_discovery */
    int32_t im_cn_signalling_flag_ind; /* atc_basic_im_cn_signalling_flag_ind */
    int32_t nslpi; /* atc_basic_nslpi */
    int32_t secure_pco; /* atc_basic_secure_pco */
    int32_t ipv4_mtu_discovery; /* atc_basic_ipv4_mtu_discovery */
    int32_t local_addr_ind; /* atc_basic_local_addr_ind */
    int32_t non_ip_mtu_discovery; /* atc_basic_non_ip_mtu_discovery */
    int32_t reliable_data_service; /* atc_basic_reliable_data_service */
} atc_basic_cgdcont_read;
/* ev->msg as this message, or NULL when ev is another message or an error (C and C++, no cast) */
static inline const atc_basic_cgdcont_read *atc_basic_cgdcont_read_of(const atc_event *ev)
{
    return ev->profile == &atc_basic_profile && ev->id == ATC_BASIC_CGDCONT_READ && ev->kind != ATC_KIND_ERROR
               ? (const atc_basic_cgdcont_read *)ev->msg : NULL;
}
#define ATC_BASIC_CGDCONT_READ_INIT_ZERO {false, false, false, false, false, false, false, false, false, false, false, false, false, false, false, 0, {NULL, 0}, {NULL, 0}, {NULL, 0}, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0}
#define ATC_BASIC_CGDCONT_READ_MAX_LEN (67u + 2u * ATC_MAX_LINE)
ATC_API atc_err atc_basic_encode_cgdcont_read(const atc_basic_cgdcont_read *msg, char *buf, size_t cap, size_t *len);

/* response +CGDCONT: <cid>,<PDP_type>,<APN>,<PDP_addr>,<d_comp>,<h_comp>[,<IPv4AddrAlloc>[,<request_type>[,<P-CSCF_discovery>[,<IM_CN_Signalling_Flag_Ind>[,<NSLPI>[,<securePCO>[,<IPv4_MTU_discovery>[,<Local_Addr_Ind>[,<Non-IP_MTU_discovery>[,<Reliable_Data_Service>]]]]]]]]]]
 * 3GPP TS 27.007 clause 10.1.1 */
typedef struct atc_basic_cgdcont_test {
    bool has_pdp_type;
    bool has_apn;
    bool has_pdp_addr;
    bool has_d_comp;
    bool has_h_comp;
    bool has_ipv4_addr_alloc;
    bool has_request_type;
    bool has_p_cscf_discovery;
    bool has_im_cn_signalling_flag_ind;
    bool has_nslpi;
    bool has_secure_pco;
    bool has_ipv4_mtu_discovery;
    bool has_local_addr_ind;
    bool has_non_ip_mtu_discovery;
    bool has_reliable_data_service;
    atc_str cid;
    atc_str pdp_type;
    atc_str apn;
    atc_str pdp_addr;
    atc_str d_comp;
    atc_str h_comp;
    atc_str ipv4_addr_alloc;
    atc_str request_type;
    atc_str p_cscf_discovery;
    atc_str im_cn_signalling_flag_ind;
    atc_str nslpi;
    atc_str secure_pco;
    atc_str ipv4_mtu_discovery;
    atc_str local_addr_ind;
    atc_str non_ip_mtu_discovery;
    atc_str reliable_data_service;
} atc_basic_cgdcont_test;
/* ev->msg as this message, or NULL when ev is another message or an error (C and C++, no cast) */
static inline const atc_basic_cgdcont_test *atc_basic_cgdcont_test_of(const atc_event *ev)
{
    return ev->profile == &atc_basic_profile && ev->id == ATC_BASIC_CGDCONT_TEST && ev->kind != ATC_KIND_ERROR
               ? (const atc_basic_cgdcont_test *)ev->msg : NULL;
}
#define ATC_BASIC_CGDCONT_TEST_INIT_ZERO {false, false, false, false, false, false, false, false, false, false, false, false, false, false, false, {NULL, 0}, {NULL, 0}, {NULL, 0}, {NULL, 0}, {NULL, 0}, {NULL, 0}, {NULL, 0}, {NULL, 0}, {NULL, 0}, {NULL, 0}, {NULL, 0}, {NULL, 0}, {NULL, 0}, {NULL, 0}, {NULL, 0}, {NULL, 0}}
#define ATC_BASIC_CGDCONT_TEST_MAX_LEN (30u + 16u * ATC_MAX_LINE)
ATC_API atc_err atc_basic_encode_cgdcont_test(const atc_basic_cgdcont_test *msg, char *buf, size_t cap, size_t *len);

/* response +CGACT: <cid>,<state>
 * 3GPP TS 27.007 clause 10.1.10 */
typedef struct atc_basic_cgact_read {
    int32_t cid;
    int32_t state; /* atc_basic_cgact_state */
} atc_basic_cgact_read;
/* ev->msg as this message, or NULL when ev is another message or an error (C and C++, no cast) */
static inline const atc_basic_cgact_read *atc_basic_cgact_read_of(const atc_event *ev)
{
    return ev->profile == &atc_basic_profile && ev->id == ATC_BASIC_CGACT_READ && ev->kind != ATC_KIND_ERROR
               ? (const atc_basic_cgact_read *)ev->msg : NULL;
}
#define ATC_BASIC_CGACT_READ_INIT_ZERO {0, 0}
#define ATC_BASIC_CGACT_READ_MAX_LEN 26u
ATC_API atc_err atc_basic_encode_cgact_read(const atc_basic_cgact_read *msg, char *buf, size_t cap, size_t *len);

/* response +CGACT: <state>
 * 3GPP TS 27.007 clause 10.1.10 */
typedef struct atc_basic_cgact_test {
    atc_str state;
} atc_basic_cgact_test;
/* ev->msg as this message, or NULL when ev is another message or an error (C and C++, no cast) */
static inline const atc_basic_cgact_test *atc_basic_cgact_test_of(const atc_event *ev)
{
    return ev->profile == &atc_basic_profile && ev->id == ATC_BASIC_CGACT_TEST && ev->kind != ATC_KIND_ERROR
               ? (const atc_basic_cgact_test *)ev->msg : NULL;
}
#define ATC_BASIC_CGACT_TEST_INIT_ZERO {{NULL, 0}}
#define ATC_BASIC_CGACT_TEST_MAX_LEN (13u + 1u * ATC_MAX_LINE)
ATC_API atc_err atc_basic_encode_cgact_test(const atc_basic_cgact_test *msg, char *buf, size_t cap, size_t *len);

/* response +CGPADDR: <cid>[,<PDP_addr_1>[,<PDP_addr_2>]]
 * 3GPP TS 27.007 clause 10.1.14 */
typedef struct atc_basic_cgpaddr {
    bool has_pdp_addr_1;
    bool has_pdp_addr_2;
    int32_t cid;
    atc_str pdp_addr_1;
    atc_str pdp_addr_2;
} atc_basic_cgpaddr;
/* ev->msg as this message, or NULL when ev is another message or an error (C and C++, no cast) */
static inline const atc_basic_cgpaddr *atc_basic_cgpaddr_of(const atc_event *ev)
{
    return ev->profile == &atc_basic_profile && ev->id == ATC_BASIC_CGPADDR && ev->kind != ATC_KIND_ERROR
               ? (const atc_basic_cgpaddr *)ev->msg : NULL;
}
#define ATC_BASIC_CGPADDR_INIT_ZERO {false, false, 0, {NULL, 0}, {NULL, 0}}
#define ATC_BASIC_CGPADDR_MAX_LEN (28u + 2u * ATC_MAX_LINE)
ATC_API atc_err atc_basic_encode_cgpaddr(const atc_basic_cgpaddr *msg, char *buf, size_t cap, size_t *len);

/* response +CGPADDR: <cid>
 * 3GPP TS 27.007 clause 10.1.14 */
typedef struct atc_basic_cgpaddr_test {
    atc_str cid;
} atc_basic_cgpaddr_test;
/* ev->msg as this message, or NULL when ev is another message or an error (C and C++, no cast) */
static inline const atc_basic_cgpaddr_test *atc_basic_cgpaddr_test_of(const atc_event *ev)
{
    return ev->profile == &atc_basic_profile && ev->id == ATC_BASIC_CGPADDR_TEST && ev->kind != ATC_KIND_ERROR
               ? (const atc_basic_cgpaddr_test *)ev->msg : NULL;
}
#define ATC_BASIC_CGPADDR_TEST_INIT_ZERO {{NULL, 0}}
#define ATC_BASIC_CGPADDR_TEST_MAX_LEN (15u + 1u * ATC_MAX_LINE)
ATC_API atc_err atc_basic_encode_cgpaddr_test(const atc_basic_cgpaddr_test *msg, char *buf, size_t cap, size_t *len);

/* response +CSCON: <n>,<mode>[,<state>[,<access>[,<coreNetwork>]]]
 * 3GPP TS 27.007 clause 10.1.30 */
typedef struct atc_basic_cscon_read {
    bool has_state;
    bool has_access;
    bool has_core_network;
    int32_t n; /* atc_basic_cscon_n */
    int32_t mode; /* atc_basic_cscon_mode */
    int32_t state;
    int32_t access;
    int32_t core_network;
} atc_basic_cscon_read;
/* ev->msg as this message, or NULL when ev is another message or an error (C and C++, no cast) */
static inline const atc_basic_cscon_read *atc_basic_cscon_read_of(const atc_event *ev)
{
    return ev->profile == &atc_basic_profile && ev->id == ATC_BASIC_CSCON_READ && ev->kind != ATC_KIND_ERROR
               ? (const atc_basic_cscon_read *)ev->msg : NULL;
}
#define ATC_BASIC_CSCON_READ_INIT_ZERO {false, false, false, 0, 0, 0, 0, 0}
#define ATC_BASIC_CSCON_READ_MAX_LEN 52u
ATC_API atc_err atc_basic_encode_cscon_read(const atc_basic_cscon_read *msg, char *buf, size_t cap, size_t *len);

/* response +CSCON: <n>
 * 3GPP TS 27.007 clause 10.1.30 */
typedef struct atc_basic_cscon_test {
    atc_str n;
} atc_basic_cscon_test;
/* ev->msg as this message, or NULL when ev is another message or an error (C and C++, no cast) */
static inline const atc_basic_cscon_test *atc_basic_cscon_test_of(const atc_event *ev)
{
    return ev->profile == &atc_basic_profile && ev->id == ATC_BASIC_CSCON_TEST && ev->kind != ATC_KIND_ERROR
               ? (const atc_basic_cscon_test *)ev->msg : NULL;
}
#define ATC_BASIC_CSCON_TEST_INIT_ZERO {{NULL, 0}}
#define ATC_BASIC_CSCON_TEST_MAX_LEN (13u + 1u * ATC_MAX_LINE)
ATC_API atc_err atc_basic_encode_cscon_test(const atc_basic_cscon_test *msg, char *buf, size_t cap, size_t *len);

/* response +CCLK: <time>
 * 3GPP TS 27.007 clause 8.15 */
typedef struct atc_basic_cclk_read {
    bool has_time;
    atc_str time;
} atc_basic_cclk_read;
/* ev->msg as this message, or NULL when ev is another message or an error (C and C++, no cast) */
static inline const atc_basic_cclk_read *atc_basic_cclk_read_of(const atc_event *ev)
{
    return ev->profile == &atc_basic_profile && ev->id == ATC_BASIC_CCLK_READ && ev->kind != ATC_KIND_ERROR
               ? (const atc_basic_cclk_read *)ev->msg : NULL;
}
#define ATC_BASIC_CCLK_READ_INIT_ZERO {false, {NULL, 0}}
#define ATC_BASIC_CCLK_READ_MAX_LEN (12u + 1u * ATC_MAX_LINE)
ATC_API atc_err atc_basic_encode_cclk_read(const atc_basic_cclk_read *msg, char *buf, size_t cap, size_t *len);

/* response +CTZR: <reporting>
 * 3GPP TS 27.007 clause 8.41 */
typedef struct atc_basic_ctzr_read {
    int32_t reporting; /* atc_basic_reporting */
} atc_basic_ctzr_read;
/* ev->msg as this message, or NULL when ev is another message or an error (C and C++, no cast) */
static inline const atc_basic_ctzr_read *atc_basic_ctzr_read_of(const atc_event *ev)
{
    return ev->profile == &atc_basic_profile && ev->id == ATC_BASIC_CTZR_READ && ev->kind != ATC_KIND_ERROR
               ? (const atc_basic_ctzr_read *)ev->msg : NULL;
}
#define ATC_BASIC_CTZR_READ_INIT_ZERO {0}
#define ATC_BASIC_CTZR_READ_MAX_LEN 13u
ATC_API atc_err atc_basic_encode_ctzr_read(const atc_basic_ctzr_read *msg, char *buf, size_t cap, size_t *len);

/* response +CTZR: <reporting>
 * 3GPP TS 27.007 clause 8.41 */
typedef struct atc_basic_ctzr_test {
    atc_str reporting;
} atc_basic_ctzr_test;
/* ev->msg as this message, or NULL when ev is another message or an error (C and C++, no cast) */
static inline const atc_basic_ctzr_test *atc_basic_ctzr_test_of(const atc_event *ev)
{
    return ev->profile == &atc_basic_profile && ev->id == ATC_BASIC_CTZR_TEST && ev->kind != ATC_KIND_ERROR
               ? (const atc_basic_ctzr_test *)ev->msg : NULL;
}
#define ATC_BASIC_CTZR_TEST_INIT_ZERO {{NULL, 0}}
#define ATC_BASIC_CTZR_TEST_MAX_LEN (12u + 1u * ATC_MAX_LINE)
ATC_API atc_err atc_basic_encode_ctzr_test(const atc_basic_ctzr_test *msg, char *buf, size_t cap, size_t *len);

/* response +CTZU: <onoff>
 * 3GPP TS 27.007 clause 8.40 */
typedef struct atc_basic_ctzu_read {
    int32_t onoff; /* atc_basic_onoff */
} atc_basic_ctzu_read;
/* ev->msg as this message, or NULL when ev is another message or an error (C and C++, no cast) */
static inline const atc_basic_ctzu_read *atc_basic_ctzu_read_of(const atc_event *ev)
{
    return ev->profile == &atc_basic_profile && ev->id == ATC_BASIC_CTZU_READ && ev->kind != ATC_KIND_ERROR
               ? (const atc_basic_ctzu_read *)ev->msg : NULL;
}
#define ATC_BASIC_CTZU_READ_INIT_ZERO {0}
#define ATC_BASIC_CTZU_READ_MAX_LEN 13u
ATC_API atc_err atc_basic_encode_ctzu_read(const atc_basic_ctzu_read *msg, char *buf, size_t cap, size_t *len);

/* response +CTZU: <onoff>
 * 3GPP TS 27.007 clause 8.40 */
typedef struct atc_basic_ctzu_test {
    atc_str onoff;
} atc_basic_ctzu_test;
/* ev->msg as this message, or NULL when ev is another message or an error (C and C++, no cast) */
static inline const atc_basic_ctzu_test *atc_basic_ctzu_test_of(const atc_event *ev)
{
    return ev->profile == &atc_basic_profile && ev->id == ATC_BASIC_CTZU_TEST && ev->kind != ATC_KIND_ERROR
               ? (const atc_basic_ctzu_test *)ev->msg : NULL;
}
#define ATC_BASIC_CTZU_TEST_INIT_ZERO {{NULL, 0}}
#define ATC_BASIC_CTZU_TEST_MAX_LEN (12u + 1u * ATC_MAX_LINE)
ATC_API atc_err atc_basic_encode_ctzu_test(const atc_basic_ctzu_test *msg, char *buf, size_t cap, size_t *len);

/* response +CPSMS: <mode>[,<Requested_Periodic-RAU>,<Requested_GPRS-READY-timer>,<Requested_Periodic-TAU>,<Requested_Active-Time>]
 * 3GPP TS 27.007 clause 7.38 */
typedef struct atc_basic_cpsms_read {
    bool has_requested_periodic_rau;
    bool has_requested_gprs_ready_timer;
    bool has_requested_periodic_tau;
    bool has_requested_active_time;
    int32_t mode; /* atc_basic_cpsms_mode */
    atc_str requested_periodic_rau;
    atc_str requested_gprs_ready_timer;
    atc_str requested_periodic_tau;
    atc_str requested_active_time;
} atc_basic_cpsms_read;
/* ev->msg as this message, or NULL when ev is another message or an error (C and C++, no cast) */
static inline const atc_basic_cpsms_read *atc_basic_cpsms_read_of(const atc_event *ev)
{
    return ev->profile == &atc_basic_profile && ev->id == ATC_BASIC_CPSMS_READ && ev->kind != ATC_KIND_ERROR
               ? (const atc_basic_cpsms_read *)ev->msg : NULL;
}
#define ATC_BASIC_CPSMS_READ_INIT_ZERO {false, false, false, false, 0, {NULL, 0}, {NULL, 0}, {NULL, 0}, {NULL, 0}}
#define ATC_BASIC_CPSMS_READ_MAX_LEN 90u
ATC_API atc_err atc_basic_encode_cpsms_read(const atc_basic_cpsms_read *msg, char *buf, size_t cap, size_t *len);

/* response +CPSMS: <mode>,<Requested_Periodic-RAU>,<Requested_GPRS-READY-timer>,<Requested_Periodic-TAU>,<Requested_Active-Time>
 * 3GPP TS 27.007 clause 7.38 */
typedef struct atc_basic_cpsms_test {
    bool has_requested_periodic_rau;
    bool has_requested_gprs_ready_timer;
    bool has_requested_periodic_tau;
    bool has_requested_active_time;
    atc_str mode;
    atc_str requested_periodic_rau;
    atc_str requested_gprs_ready_timer;
    atc_str requested_periodic_tau;
    atc_str requested_active_time;
} atc_basic_cpsms_test;
/* ev->msg as this message, or NULL when ev is another message or an error (C and C++, no cast) */
static inline const atc_basic_cpsms_test *atc_basic_cpsms_test_of(const atc_event *ev)
{
    return ev->profile == &atc_basic_profile && ev->id == ATC_BASIC_CPSMS_TEST && ev->kind != ATC_KIND_ERROR
               ? (const atc_basic_cpsms_test *)ev->msg : NULL;
}
#define ATC_BASIC_CPSMS_TEST_INIT_ZERO {false, false, false, false, {NULL, 0}, {NULL, 0}, {NULL, 0}, {NULL, 0}, {NULL, 0}}
#define ATC_BASIC_CPSMS_TEST_MAX_LEN (17u + 5u * ATC_MAX_LINE)
ATC_API atc_err atc_basic_encode_cpsms_test(const atc_basic_cpsms_test *msg, char *buf, size_t cap, size_t *len);

/* response +CEDRXS: <AcT-type>,<Requested_eDRX_value>
 * 3GPP TS 27.007 clause 7.40 */
typedef struct atc_basic_cedrxs_read {
    bool has_requested_edrx_value;
    int32_t act_type; /* atc_basic_act_type */
    atc_str requested_edrx_value;
} atc_basic_cedrxs_read;
/* ev->msg as this message, or NULL when ev is another message or an error (C and C++, no cast) */
static inline const atc_basic_cedrxs_read *atc_basic_cedrxs_read_of(const atc_event *ev)
{
    return ev->profile == &atc_basic_profile && ev->id == ATC_BASIC_CEDRXS_READ && ev->kind != ATC_KIND_ERROR
               ? (const atc_basic_cedrxs_read *)ev->msg : NULL;
}
#define ATC_BASIC_CEDRXS_READ_INIT_ZERO {false, 0, {NULL, 0}}
#define ATC_BASIC_CEDRXS_READ_MAX_LEN 26u
ATC_API atc_err atc_basic_encode_cedrxs_read(const atc_basic_cedrxs_read *msg, char *buf, size_t cap, size_t *len);

/* response +CEDRXS: <mode>,<AcT-type>,<Requested_eDRX_value>
 * 3GPP TS 27.007 clause 7.40 */
typedef struct atc_basic_cedrxs_test {
    bool has_requested_edrx_value;
    atc_str mode;
    atc_str act_type;
    atc_str requested_edrx_value;
} atc_basic_cedrxs_test;
/* ev->msg as this message, or NULL when ev is another message or an error (C and C++, no cast) */
static inline const atc_basic_cedrxs_test *atc_basic_cedrxs_test_of(const atc_event *ev)
{
    return ev->profile == &atc_basic_profile && ev->id == ATC_BASIC_CEDRXS_TEST && ev->kind != ATC_KIND_ERROR
               ? (const atc_basic_cedrxs_test *)ev->msg : NULL;
}
#define ATC_BASIC_CEDRXS_TEST_INIT_ZERO {false, {NULL, 0}, {NULL, 0}, {NULL, 0}}
#define ATC_BASIC_CEDRXS_TEST_MAX_LEN (16u + 3u * ATC_MAX_LINE)
ATC_API atc_err atc_basic_encode_cedrxs_test(const atc_basic_cedrxs_test *msg, char *buf, size_t cap, size_t *len);

/* response +CEDRXRDP: <AcT-type>[,<Requested_eDRX_value>[,<NW-provided_eDRX_value>[,<Paging_time_window>]]]
 * 3GPP TS 27.007 clause 7.41 */
typedef struct atc_basic_cedrxrdp {
    bool has_requested_edrx_value;
    bool has_nw_provided_edrx_value;
    bool has_paging_time_window;
    int32_t act_type; /* atc_basic_act_type */
    atc_str requested_edrx_value;
    atc_str nw_provided_edrx_value;
    atc_str paging_time_window;
} atc_basic_cedrxrdp;
/* ev->msg as this message, or NULL when ev is another message or an error (C and C++, no cast) */
static inline const atc_basic_cedrxrdp *atc_basic_cedrxrdp_of(const atc_event *ev)
{
    return ev->profile == &atc_basic_profile && ev->id == ATC_BASIC_CEDRXRDP && ev->kind != ATC_KIND_ERROR
               ? (const atc_basic_cedrxrdp *)ev->msg : NULL;
}
#define ATC_BASIC_CEDRXRDP_INIT_ZERO {false, false, false, 0, {NULL, 0}, {NULL, 0}, {NULL, 0}}
#define ATC_BASIC_CEDRXRDP_MAX_LEN 50u
ATC_API atc_err atc_basic_encode_cedrxrdp(const atc_basic_cedrxrdp *msg, char *buf, size_t cap, size_t *len);

/* response +IPR: <rate>
 * ITU-T V.250 clause 6.2.10 */
typedef struct atc_basic_ipr_read {
    int32_t rate;
} atc_basic_ipr_read;
/* ev->msg as this message, or NULL when ev is another message or an error (C and C++, no cast) */
static inline const atc_basic_ipr_read *atc_basic_ipr_read_of(const atc_event *ev)
{
    return ev->profile == &atc_basic_profile && ev->id == ATC_BASIC_IPR_READ && ev->kind != ATC_KIND_ERROR
               ? (const atc_basic_ipr_read *)ev->msg : NULL;
}
#define ATC_BASIC_IPR_READ_INIT_ZERO {0}
#define ATC_BASIC_IPR_READ_MAX_LEN 22u
ATC_API atc_err atc_basic_encode_ipr_read(const atc_basic_ipr_read *msg, char *buf, size_t cap, size_t *len);

/* response +IPR: <rate>[,<fixed_rate>]
 * ITU-T V.250 clause 6.2.10 */
typedef struct atc_basic_ipr_test {
    bool has_fixed_rate;
    atc_str rate;
    atc_str fixed_rate;
} atc_basic_ipr_test;
/* ev->msg as this message, or NULL when ev is another message or an error (C and C++, no cast) */
static inline const atc_basic_ipr_test *atc_basic_ipr_test_of(const atc_event *ev)
{
    return ev->profile == &atc_basic_profile && ev->id == ATC_BASIC_IPR_TEST && ev->kind != ATC_KIND_ERROR
               ? (const atc_basic_ipr_test *)ev->msg : NULL;
}
#define ATC_BASIC_IPR_TEST_INIT_ZERO {false, {NULL, 0}, {NULL, 0}}
#define ATC_BASIC_IPR_TEST_MAX_LEN (12u + 2u * ATC_MAX_LINE)
ATC_API atc_err atc_basic_encode_ipr_test(const atc_basic_ipr_test *msg, char *buf, size_t cap, size_t *len);

/* response +ICF: <format>,<parity>
 * ITU-T V.250 clause 6.2.11 */
typedef struct atc_basic_icf_read {
    int32_t format; /* atc_basic_icf_format */
    int32_t parity; /* atc_basic_parity */
} atc_basic_icf_read;
/* ev->msg as this message, or NULL when ev is another message or an error (C and C++, no cast) */
static inline const atc_basic_icf_read *atc_basic_icf_read_of(const atc_event *ev)
{
    return ev->profile == &atc_basic_profile && ev->id == ATC_BASIC_ICF_READ && ev->kind != ATC_KIND_ERROR
               ? (const atc_basic_icf_read *)ev->msg : NULL;
}
#define ATC_BASIC_ICF_READ_INIT_ZERO {0, 0}
#define ATC_BASIC_ICF_READ_MAX_LEN 14u
ATC_API atc_err atc_basic_encode_icf_read(const atc_basic_icf_read *msg, char *buf, size_t cap, size_t *len);

/* response +ICF: <format>,<parity>
 * ITU-T V.250 clause 6.2.11 */
typedef struct atc_basic_icf_test {
    atc_str format;
    atc_str parity;
} atc_basic_icf_test;
/* ev->msg as this message, or NULL when ev is another message or an error (C and C++, no cast) */
static inline const atc_basic_icf_test *atc_basic_icf_test_of(const atc_event *ev)
{
    return ev->profile == &atc_basic_profile && ev->id == ATC_BASIC_ICF_TEST && ev->kind != ATC_KIND_ERROR
               ? (const atc_basic_icf_test *)ev->msg : NULL;
}
#define ATC_BASIC_ICF_TEST_INIT_ZERO {{NULL, 0}, {NULL, 0}}
#define ATC_BASIC_ICF_TEST_MAX_LEN (12u + 2u * ATC_MAX_LINE)
ATC_API atc_err atc_basic_encode_icf_test(const atc_basic_icf_test *msg, char *buf, size_t cap, size_t *len);

/* response +IFC: <DCE_by_DTE>,<DTE_by_DCE>
 * ITU-T V.250 clause 6.2.12 */
typedef struct atc_basic_ifc_read {
    int32_t dce_by_dte; /* atc_basic_dce_by_dte */
    int32_t dte_by_dce; /* atc_basic_dte_by_dce */
} atc_basic_ifc_read;
/* ev->msg as this message, or NULL when ev is another message or an error (C and C++, no cast) */
static inline const atc_basic_ifc_read *atc_basic_ifc_read_of(const atc_event *ev)
{
    return ev->profile == &atc_basic_profile && ev->id == ATC_BASIC_IFC_READ && ev->kind != ATC_KIND_ERROR
               ? (const atc_basic_ifc_read *)ev->msg : NULL;
}
#define ATC_BASIC_IFC_READ_INIT_ZERO {0, 0}
#define ATC_BASIC_IFC_READ_MAX_LEN 14u
ATC_API atc_err atc_basic_encode_ifc_read(const atc_basic_ifc_read *msg, char *buf, size_t cap, size_t *len);

/* response +IFC: <DCE_by_DTE>,<DTE_by_DCE>
 * ITU-T V.250 clause 6.2.12 */
typedef struct atc_basic_ifc_test {
    atc_str dce_by_dte;
    atc_str dte_by_dce;
} atc_basic_ifc_test;
/* ev->msg as this message, or NULL when ev is another message or an error (C and C++, no cast) */
static inline const atc_basic_ifc_test *atc_basic_ifc_test_of(const atc_event *ev)
{
    return ev->profile == &atc_basic_profile && ev->id == ATC_BASIC_IFC_TEST && ev->kind != ATC_KIND_ERROR
               ? (const atc_basic_ifc_test *)ev->msg : NULL;
}
#define ATC_BASIC_IFC_TEST_INIT_ZERO {{NULL, 0}, {NULL, 0}}
#define ATC_BASIC_IFC_TEST_MAX_LEN (12u + 2u * ATC_MAX_LINE)
ATC_API atc_err atc_basic_encode_ifc_test(const atc_basic_ifc_test *msg, char *buf, size_t cap, size_t *len);

/* urc +CPIN: <code>
 * Manufacturer practice (Quectel, SIMCom: "+CPIN: READY" after start-up and when the SIM state changes); 27.007 clause 8.3 defines only the read answer */
typedef struct atc_basic_cpin {
    atc_str code;
} atc_basic_cpin;
/* ev->msg as this message, or NULL when ev is another message or an error (C and C++, no cast) */
static inline const atc_basic_cpin *atc_basic_cpin_of(const atc_event *ev)
{
    return ev->profile == &atc_basic_profile && ev->id == ATC_BASIC_CPIN && ev->kind != ATC_KIND_ERROR
               ? (const atc_basic_cpin *)ev->msg : NULL;
}
#define ATC_BASIC_CPIN_INIT_ZERO {{NULL, 0}}
#define ATC_BASIC_CPIN_MAX_LEN 25u
ATC_API atc_err atc_basic_encode_cpin(const atc_basic_cpin *msg, char *buf, size_t cap, size_t *len);

/* urc +CREG: <stat>[,<lac>,<ci>[,<AcT>[,<cause_type>,<reject_cause>]]]
 * 3GPP TS 27.007 clause 7.2 */
typedef struct atc_basic_creg {
    bool has_lac;
    bool has_ci;
    bool has_act;
    bool has_cause_type;
    bool has_reject_cause;
    int32_t stat; /* atc_basic_stat */
    atc_str lac;
    atc_str ci;
    int32_t act; /* atc_basic_act */
    int32_t cause_type; /* atc_basic_cause_type */
    int32_t reject_cause;
} atc_basic_creg;
/* ev->msg as this message, or NULL when ev is another message or an error (C and C++, no cast) */
static inline const atc_basic_creg *atc_basic_creg_of(const atc_event *ev)
{
    return ev->profile == &atc_basic_profile && ev->id == ATC_BASIC_CREG && ev->kind != ATC_KIND_ERROR
               ? (const atc_basic_creg *)ev->msg : NULL;
}
#define ATC_BASIC_CREG_INIT_ZERO {false, false, false, false, false, 0, {NULL, 0}, {NULL, 0}, 0, 0, 0}
#define ATC_BASIC_CREG_MAX_LEN 61u
ATC_API atc_err atc_basic_encode_creg(const atc_basic_creg *msg, char *buf, size_t cap, size_t *len);

/* urc +CGREG: <stat>[,<lac>,<ci>[,<AcT>[,<rac>[,<cause_type>,<reject_cause>[,<Active-Time>,<Periodic-RAU>,<GPRS-READY-timer>]]]]]
 * 3GPP TS 27.007 clause 10.1.20 */
typedef struct atc_basic_cgreg {
    bool has_lac;
    bool has_ci;
    bool has_act;
    bool has_rac;
    bool has_cause_type;
    bool has_reject_cause;
    bool has_active_time;
    bool has_periodic_rau;
    bool has_gprs_ready_timer;
    int32_t stat; /* atc_basic_stat */
    atc_str lac;
    atc_str ci;
    int32_t act; /* atc_basic_act */
    atc_str rac;
    int32_t cause_type; /* atc_basic_cause_type */
    int32_t reject_cause;
    atc_str active_time;
    atc_str periodic_rau;
    atc_str gprs_ready_timer;
} atc_basic_cgreg;
/* ev->msg as this message, or NULL when ev is another message or an error (C and C++, no cast) */
static inline const atc_basic_cgreg *atc_basic_cgreg_of(const atc_event *ev)
{
    return ev->profile == &atc_basic_profile && ev->id == ATC_BASIC_CGREG && ev->kind != ATC_KIND_ERROR
               ? (const atc_basic_cgreg *)ev->msg : NULL;
}
#define ATC_BASIC_CGREG_INIT_ZERO {false, false, false, false, false, false, false, false, false, 0, {NULL, 0}, {NULL, 0}, 0, {NULL, 0}, 0, 0, {NULL, 0}, {NULL, 0}, {NULL, 0}}
#define ATC_BASIC_CGREG_MAX_LEN 126u
ATC_API atc_err atc_basic_encode_cgreg(const atc_basic_cgreg *msg, char *buf, size_t cap, size_t *len);

/* urc +CEREG: <stat>[,<tac>,<ci>[,<AcT>[,<cause_type>,<reject_cause>[,<Active-Time>,<Periodic-TAU>]]]]
 * 3GPP TS 27.007 clause 10.1.22 */
typedef struct atc_basic_cereg {
    bool has_tac;
    bool has_ci;
    bool has_act;
    bool has_cause_type;
    bool has_reject_cause;
    bool has_active_time;
    bool has_periodic_tau;
    int32_t stat; /* atc_basic_stat */
    atc_str tac;
    atc_str ci;
    int32_t act; /* atc_basic_act */
    int32_t cause_type; /* atc_basic_cause_type */
    int32_t reject_cause;
    atc_str active_time;
    atc_str periodic_tau;
} atc_basic_cereg;
/* ev->msg as this message, or NULL when ev is another message or an error (C and C++, no cast) */
static inline const atc_basic_cereg *atc_basic_cereg_of(const atc_event *ev)
{
    return ev->profile == &atc_basic_profile && ev->id == ATC_BASIC_CEREG && ev->kind != ATC_KIND_ERROR
               ? (const atc_basic_cereg *)ev->msg : NULL;
}
#define ATC_BASIC_CEREG_INIT_ZERO {false, false, false, false, false, false, false, 0, {NULL, 0}, {NULL, 0}, 0, 0, 0, {NULL, 0}, {NULL, 0}}
#define ATC_BASIC_CEREG_MAX_LEN 100u
ATC_API atc_err atc_basic_encode_cereg(const atc_basic_cereg *msg, char *buf, size_t cap, size_t *len);

/* urc +CSCON: <mode>[,<state>[,<access>[,<coreNetwork>]]]
 * 3GPP TS 27.007 clause 10.1.30 */
typedef struct atc_basic_cscon {
    bool has_state;
    bool has_access;
    bool has_core_network;
    int32_t mode; /* atc_basic_cscon_mode */
    int32_t state;
    int32_t access;
    int32_t core_network;
} atc_basic_cscon;
/* ev->msg as this message, or NULL when ev is another message or an error (C and C++, no cast) */
static inline const atc_basic_cscon *atc_basic_cscon_of(const atc_event *ev)
{
    return ev->profile == &atc_basic_profile && ev->id == ATC_BASIC_CSCON && ev->kind != ATC_KIND_ERROR
               ? (const atc_basic_cscon *)ev->msg : NULL;
}
#define ATC_BASIC_CSCON_INIT_ZERO {false, false, false, 0, 0, 0, 0}
#define ATC_BASIC_CSCON_MAX_LEN 50u
ATC_API atc_err atc_basic_encode_cscon(const atc_basic_cscon *msg, char *buf, size_t cap, size_t *len);

/* urc +CTZV: <tz>
 * 3GPP TS 27.007 clause 8.41 */
typedef struct atc_basic_ctzv {
    atc_str tz;
} atc_basic_ctzv;
/* ev->msg as this message, or NULL when ev is another message or an error (C and C++, no cast) */
static inline const atc_basic_ctzv *atc_basic_ctzv_of(const atc_event *ev)
{
    return ev->profile == &atc_basic_profile && ev->id == ATC_BASIC_CTZV && ev->kind != ATC_KIND_ERROR
               ? (const atc_basic_ctzv *)ev->msg : NULL;
}
#define ATC_BASIC_CTZV_INIT_ZERO {{NULL, 0}}
#define ATC_BASIC_CTZV_MAX_LEN (12u + 1u * ATC_MAX_LINE)
ATC_API atc_err atc_basic_encode_ctzv(const atc_basic_ctzv *msg, char *buf, size_t cap, size_t *len);

/* urc +CTZE: <tz>,<dst>[,<time>]
 * 3GPP TS 27.007 clause 8.41 */
typedef struct atc_basic_ctze {
    bool has_time;
    atc_str tz;
    int32_t dst; /* atc_basic_dst */
    atc_str time;
} atc_basic_ctze;
/* ev->msg as this message, or NULL when ev is another message or an error (C and C++, no cast) */
static inline const atc_basic_ctze *atc_basic_ctze_of(const atc_event *ev)
{
    return ev->profile == &atc_basic_profile && ev->id == ATC_BASIC_CTZE && ev->kind != ATC_KIND_ERROR
               ? (const atc_basic_ctze *)ev->msg : NULL;
}
#define ATC_BASIC_CTZE_INIT_ZERO {false, {NULL, 0}, 0, {NULL, 0}}
#define ATC_BASIC_CTZE_MAX_LEN (15u + 2u * ATC_MAX_LINE)
ATC_API atc_err atc_basic_encode_ctze(const atc_basic_ctze *msg, char *buf, size_t cap, size_t *len);

/* urc +CTZEU: <tz>,<dst>[,<utime>]
 * 3GPP TS 27.007 clause 8.41 */
typedef struct atc_basic_ctzeu {
    bool has_utime;
    atc_str tz;
    int32_t dst; /* atc_basic_dst */
    atc_str utime;
} atc_basic_ctzeu;
/* ev->msg as this message, or NULL when ev is another message or an error (C and C++, no cast) */
static inline const atc_basic_ctzeu *atc_basic_ctzeu_of(const atc_event *ev)
{
    return ev->profile == &atc_basic_profile && ev->id == ATC_BASIC_CTZEU && ev->kind != ATC_KIND_ERROR
               ? (const atc_basic_ctzeu *)ev->msg : NULL;
}
#define ATC_BASIC_CTZEU_INIT_ZERO {false, {NULL, 0}, 0, {NULL, 0}}
#define ATC_BASIC_CTZEU_MAX_LEN (16u + 2u * ATC_MAX_LINE)
ATC_API atc_err atc_basic_encode_ctzeu(const atc_basic_ctzeu *msg, char *buf, size_t cap, size_t *len);

/* urc +CEDRXP: <AcT-type>[,<Requested_eDRX_value>[,<NW-provided_eDRX_value>[,<Paging_time_window>]]]
 * 3GPP TS 27.007 clause 7.40 */
typedef struct atc_basic_cedrxp {
    bool has_requested_edrx_value;
    bool has_nw_provided_edrx_value;
    bool has_paging_time_window;
    int32_t act_type; /* atc_basic_act_type */
    atc_str requested_edrx_value;
    atc_str nw_provided_edrx_value;
    atc_str paging_time_window;
} atc_basic_cedrxp;
/* ev->msg as this message, or NULL when ev is another message or an error (C and C++, no cast) */
static inline const atc_basic_cedrxp *atc_basic_cedrxp_of(const atc_event *ev)
{
    return ev->profile == &atc_basic_profile && ev->id == ATC_BASIC_CEDRXP && ev->kind != ATC_KIND_ERROR
               ? (const atc_basic_cedrxp *)ev->msg : NULL;
}
#define ATC_BASIC_CEDRXP_INIT_ZERO {false, false, false, 0, {NULL, 0}, {NULL, 0}, {NULL, 0}}
#define ATC_BASIC_CEDRXP_MAX_LEN 48u
ATC_API atc_err atc_basic_encode_cedrxp(const atc_basic_cedrxp *msg, char *buf, size_t cap, size_t *len);

/* urc RING
 * ITU-T V.250 clause 5.7.1 (Table 1: an unsolicited result code) */
typedef struct atc_basic_ring {
    char dummy_field; /* no fields */
} atc_basic_ring;
/* ev->msg as this message, or NULL when ev is another message or an error (C and C++, no cast) */
static inline const atc_basic_ring *atc_basic_ring_of(const atc_event *ev)
{
    return ev->profile == &atc_basic_profile && ev->id == ATC_BASIC_RING && ev->kind != ATC_KIND_ERROR
               ? (const atc_basic_ring *)ev->msg : NULL;
}
#define ATC_BASIC_RING_INIT_ZERO {0}
#define ATC_BASIC_RING_MAX_LEN 8u
ATC_API atc_err atc_basic_encode_ring(const atc_basic_ring *msg, char *buf, size_t cap, size_t *len);

/* urc +CFUN: <fun>
 * Manufacturer practice, not in 27.007: Quectel modules print +CFUN: 1 unsolicited at start-up, after RDY (BG96, EC600S and EC25 boot logs) */
typedef struct atc_basic_cfun {
    int32_t fun; /* atc_basic_fun */
} atc_basic_cfun;
/* ev->msg as this message, or NULL when ev is another message or an error (C and C++, no cast) */
static inline const atc_basic_cfun *atc_basic_cfun_of(const atc_event *ev)
{
    return ev->profile == &atc_basic_profile && ev->id == ATC_BASIC_CFUN && ev->kind != ATC_KIND_ERROR
               ? (const atc_basic_cfun *)ev->msg : NULL;
}
#define ATC_BASIC_CFUN_INIT_ZERO {0}
#define ATC_BASIC_CFUN_MAX_LEN 15u
ATC_API atc_err atc_basic_encode_cfun(const atc_basic_cfun *msg, char *buf, size_t cap, size_t *len);

/* urc RDY
 * Manufacturer practice, not in V.250 or 27.007: Quectel modules print RDY when they are ready after power-on (Quectel hardware design manuals) */
typedef struct atc_basic_rdy {
    char dummy_field; /* no fields */
} atc_basic_rdy;
/* ev->msg as this message, or NULL when ev is another message or an error (C and C++, no cast) */
static inline const atc_basic_rdy *atc_basic_rdy_of(const atc_event *ev)
{
    return ev->profile == &atc_basic_profile && ev->id == ATC_BASIC_RDY && ev->kind != ATC_KIND_ERROR
               ? (const atc_basic_rdy *)ev->msg : NULL;
}
#define ATC_BASIC_RDY_INIT_ZERO {0}
#define ATC_BASIC_RDY_MAX_LEN 7u
ATC_API atc_err atc_basic_encode_rdy(const atc_basic_rdy *msg, char *buf, size_t cap, size_t *len);

/* urc NORMAL POWER DOWN
 * Manufacturer practice, not in V.250 or 27.007: Quectel M50/M66/MC20/UC20 hardware design manuals ("Before the completion of the power down procedure, the module sends out ... NORMAL POWER DOWN") */
typedef struct atc_basic_normal_power_down {
    char dummy_field; /* no fields */
} atc_basic_normal_power_down;
/* ev->msg as this message, or NULL when ev is another message or an error (C and C++, no cast) */
static inline const atc_basic_normal_power_down *atc_basic_normal_power_down_of(const atc_event *ev)
{
    return ev->profile == &atc_basic_profile && ev->id == ATC_BASIC_NORMAL_POWER_DOWN && ev->kind != ATC_KIND_ERROR
               ? (const atc_basic_normal_power_down *)ev->msg : NULL;
}
#define ATC_BASIC_NORMAL_POWER_DOWN_INIT_ZERO {0}
#define ATC_BASIC_NORMAL_POWER_DOWN_MAX_LEN 21u
ATC_API atc_err atc_basic_encode_normal_power_down(const atc_basic_normal_power_down *msg, char *buf, size_t cap, size_t *len);

/* urc POWERED DOWN
 * Manufacturer practice, not in V.250 or 27.007: Quectel UC20 hardware design ("After logging off, module sends out POWERED DOWN") */
typedef struct atc_basic_powered_down {
    char dummy_field; /* no fields */
} atc_basic_powered_down;
/* ev->msg as this message, or NULL when ev is another message or an error (C and C++, no cast) */
static inline const atc_basic_powered_down *atc_basic_powered_down_of(const atc_event *ev)
{
    return ev->profile == &atc_basic_profile && ev->id == ATC_BASIC_POWERED_DOWN && ev->kind != ATC_KIND_ERROR
               ? (const atc_basic_powered_down *)ev->msg : NULL;
}
#define ATC_BASIC_POWERED_DOWN_INIT_ZERO {0}
#define ATC_BASIC_POWERED_DOWN_MAX_LEN 16u
ATC_API atc_err atc_basic_encode_powered_down(const atc_basic_powered_down *msg, char *buf, size_t cap, size_t *len);

#ifdef __cplusplus
}
#endif

#endif /* ATC_BASIC_PROFILE_H */

#if defined(__GNUC__)
#pragma GCC diagnostic pop
#endif

#endif /* ATC_BASIC_SINGLE_H */

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

#ifndef ATC_BASIC_IMPLEMENTED
#define ATC_BASIC_IMPLEMENTED

/* SPDX-License-Identifier: MIT */
/* Generated by atc from spec/basic.yaml: the profile's tables and encoders.
 * Do not edit: change the spec and run `make generate`. The runtime reads these tables; the
 * macros that write them are at the end of runtime/atc.h. */
/* (amalgamated: basic.h) */
#include <stddef.h>

#if defined(__cplusplus)
#define ATC__BASIC_CHECK(name, cond) static_assert(cond, #name)
#else
#define ATC__BASIC_CHECK(name, cond) typedef char atc__basic_check_##name[(cond) ? 1 : -1]
#endif

ATC_API const char *atc_basic_cme_27007_text(int32_t code)
{
    switch (code) {
    case 0: return "phone failure";
    case 1: return "no connection to phone";
    case 2: return "phone-adaptor link reserved";
    case 3: return "operation not allowed";
    case 4: return "operation not supported";
    case 5: return "PH-SIM PIN required";
    case 6: return "PH-FSIM PIN required";
    case 7: return "PH-FSIM PUK required";
    case 10: return "SIM not inserted";
    case 11: return "SIM PIN required";
    case 12: return "SIM PUK required";
    case 13: return "SIM failure";
    case 14: return "SIM busy";
    case 15: return "SIM wrong";
    case 16: return "incorrect password";
    case 17: return "SIM PIN2 required";
    case 18: return "SIM PUK2 required";
    case 20: return "memory full";
    case 21: return "invalid index";
    case 22: return "not found";
    case 23: return "memory failure";
    case 24: return "text string too long";
    case 25: return "invalid characters in text string";
    case 26: return "dial string too long";
    case 27: return "invalid characters in dial string";
    case 30: return "no network service";
    case 31: return "network timeout";
    case 32: return "network not allowed - emergency calls only";
    case 40: return "network personalization PIN required";
    case 41: return "network personalization PUK required";
    case 42: return "network subset personalization PIN required";
    case 43: return "network subset personalization PUK required";
    case 44: return "service provider personalization PIN required";
    case 45: return "service provider personalization PUK required";
    case 46: return "corporate personalization PIN required";
    case 47: return "corporate personalization PUK required";
    case 48: return "hidden key required";
    case 49: return "EAP method not supported";
    case 50: return "Incorrect parameters";
    case 51: return "command implemented but currently disabled";
    case 52: return "command aborted by user";
    case 53: return "not attached to network due to MT functionality restrictions";
    case 54: return "modem not allowed - MT restricted to emergency calls only";
    case 55: return "operation not allowed because of MT functionality restrictions";
    case 56: return "fixed dial number only allowed - called number is not a fixed dial number";
    case 57: return "temporarily out of service due to other MT usage";
    case 58: return "language/alphabet not supported";
    case 59: return "unexpected data value";
    case 60: return "system failure";
    case 61: return "data missing";
    case 62: return "call barred";
    case 63: return "message waiting indication subscription failure";
    case 100: return "unknown";
    case 103: return "Illegal MS";
    case 106: return "Illegal ME";
    case 107: return "GPRS services not allowed";
    case 108: return "GPRS services and non-GPRS services not allowed";
    case 111: return "PLMN not allowed";
    case 112: return "Location area not allowed";
    case 113: return "Roaming not allowed in this location area";
    case 114: return "GPRS services not allowed in this PLMN";
    case 115: return "No Suitable Cells In Location Area";
    case 122: return "Congestion";
    case 125: return "Not authorized for this CSG";
    case 172: return "Semantically incorrect message";
    case 173: return "Mandatory information element error";
    case 174: return "Information element non-existent or not implemented";
    case 175: return "Conditional IE error";
    case 176: return "Protocol error, unspecified";
    case 177: return "Operator Determined Barring";
    case 126: return "insufficient resources";
    case 127: return "missing or unknown APN";
    case 128: return "unknown PDP address or PDP type";
    case 129: return "user authentication failed";
    case 130: return "activation rejected by GGSN, Serving GW or PDN GW";
    case 131: return "activation rejected, unspecified";
    case 132: return "service option not supported";
    case 133: return "requested service option not subscribed";
    case 134: return "service option temporarily out of order";
    case 140: return "feature not supported";
    case 141: return "semantic error in the TFT operation";
    case 142: return "syntactical error in the TFT operation";
    case 143: return "unknown PDP context";
    case 144: return "semantic errors in packet filter(s)";
    case 145: return "syntactical errors in packet filter(s)";
    case 146: return "PDP context without TFT already activated";
    case 149: return "PDP authentication failure";
    case 178: return "maximum number of PDP contexts reached";
    case 179: return "requested APN not supported in current RAT and PLMN combination";
    case 180: return "request rejected, Bearer Control Mode violation";
    case 181: return "unsupported QCI value";
    case 182: return "user data transmission via control plane is congested";
    case 171: return "Last PDN disconnection not allowed";
    case 148: return "unspecified GPRS error";
    case 150: return "invalid mobile class";
    case 151: return "VBS/VGCS not supported by the network";
    case 152: return "No service subscription on SIM";
    case 153: return "No subscription for group ID";
    case 154: return "Group Id not activated on SIM";
    case 155: return "No matching notification";
    case 156: return "VBS/VGCS call already present";
    case 157: return "Congestion";
    case 158: return "Network failure";
    case 159: return "Uplink busy";
    case 160: return "No access rights for SIM file";
    case 161: return "No subscription for priority";
    case 162: return "operation not applicable or not possible";
    case 163: return "Group Id prefixes not supported";
    case 164: return "Group Id prefixes not usable for VBS";
    case 165: return "Group Id prefix value invalid";
    default: return NULL;
    }
}

ATC_API const char *atc_basic_cms_27005_text(int32_t code)
{
    switch (code) {
    case 300: return "ME failure";
    case 301: return "SMS service of ME reserved";
    case 302: return "operation not allowed";
    case 303: return "operation not supported";
    case 304: return "invalid PDU mode parameter";
    case 305: return "invalid text mode parameter";
    case 310: return "(U)SIM not inserted";
    case 311: return "(U)SIM PIN required";
    case 312: return "PH-(U)SIM PIN required";
    case 313: return "(U)SIM failure";
    case 314: return "(U)SIM busy";
    case 315: return "(U)SIM wrong";
    case 316: return "(U)SIM PUK required";
    case 317: return "(U)SIM PIN2 required";
    case 318: return "(U)SIM PUK2 required";
    case 320: return "memory failure";
    case 321: return "invalid memory index";
    case 322: return "memory full";
    case 330: return "SMSC address unknown";
    case 331: return "no network service";
    case 332: return "network timeout";
    case 340: return "no +CNMA acknowledgement expected";
    case 500: return "unknown error";
    default: return NULL;
    }
}

/* ---- Strings: allowed values, keywords, labels, terminators and wire prefixes ---- */
static const struct {
    char s0[1];
    char s1[14];
    char s2[23];
    char s3[28];
    char s4[22];
    char s5[24];
    char s6[20];
    char s7[21];
    char s8[21];
    char s9[17];
    char s10[17];
    char s11[17];
    char s12[12];
    char s13[9];
    char s14[10];
    char s15[19];
    char s16[18];
    char s17[18];
    char s18[12];
    char s19[14];
    char s20[10];
    char s21[15];
    char s22[21];
    char s23[34];
    char s24[21];
    char s25[34];
    char s26[19];
    char s27[16];
    char s28[43];
    char s29[37];
    char s30[37];
    char s31[44];
    char s32[44];
    char s33[46];
    char s34[46];
    char s35[39];
    char s36[39];
    char s37[20];
    char s38[25];
    char s39[21];
    char s40[43];
    char s41[24];
    char s42[61];
    char s43[58];
    char s44[63];
    char s45[74];
    char s46[49];
    char s47[32];
    char s48[22];
    char s49[15];
    char s50[13];
    char s51[12];
    char s52[48];
    char s53[8];
    char s54[11];
    char s55[11];
    char s56[26];
    char s57[48];
    char s58[17];
    char s59[26];
    char s60[42];
    char s61[39];
    char s62[35];
    char s63[11];
    char s64[28];
    char s65[31];
    char s66[36];
    char s67[52];
    char s68[21];
    char s69[28];
    char s70[28];
    char s71[23];
    char s72[23];
    char s73[32];
    char s74[27];
    char s75[50];
    char s76[33];
    char s77[29];
    char s78[40];
    char s79[40];
    char s80[22];
    char s81[36];
    char s82[39];
    char s83[20];
    char s84[36];
    char s85[39];
    char s86[42];
    char s87[27];
    char s88[39];
    char s89[64];
    char s90[48];
    char s91[22];
    char s92[54];
    char s93[35];
    char s94[23];
    char s95[21];
    char s96[38];
    char s97[31];
    char s98[29];
    char s99[30];
    char s100[25];
    char s101[30];
    char s102[16];
    char s103[12];
    char s104[30];
    char s105[29];
    char s106[41];
    char s107[32];
    char s108[37];
    char s109[30];
    char s110[11];
    char s111[27];
    char s112[27];
    char s113[28];
    char s114[20];
    char s115[20];
    char s116[23];
    char s117[15];
    char s118[12];
    char s119[13];
    char s120[20];
    char s121[21];
    char s122[21];
    char s123[21];
    char s124[21];
    char s125[34];
    char s126[14];
    char s127[5];
    char s128[3];
    char s129[5];
    char s130[7];
    char s131[6];
    char s132[4];
    char s133[7];
    char s134[9];
    char s135[13];
    char s136[6];
    char s137[8];
    char s138[8];
    char s139[11];
    char s140[12];
    char s141[12];
    char s142[9];
    char s143[9];
    char s144[11];
    char s145[11];
    char s146[14];
    char s147[14];
    char s148[10];
    char s149[10];
    char s150[12];
    char s151[12];
    char s152[3];
    char s153[6];
    char s154[8];
    char s155[11];
    char s156[12];
    char s157[5];
    char s158[10];
    char s159[13];
    char s160[13];
    char s161[3];
    char s162[5];
    char s163[5];
    char s164[4];
    char s165[5];
    char s166[5];
    char s167[4];
    char s168[5];
    char s169[5];
    char s170[4];
    char s171[4];
    char s172[5];
    char s173[4];
    char s174[5];
    char s175[5];
    char s176[6];
    char s177[5];
    char s178[6];
    char s179[4];
    char s180[5];
    char s181[4];
    char s182[5];
    char s183[4];
    char s184[3];
    char s185[10];
    char s186[8];
    char s187[10];
    char s188[8];
    char s189[10];
    char s190[8];
    char s191[10];
    char s192[9];
    char s193[8];
    char s194[10];
    char s195[8];
    char s196[9];
    char s197[7];
    char s198[9];
    char s199[7];
    char s200[9];
    char s201[7];
    char s202[9];
    char s203[7];
    char s204[10];
    char s205[9];
    char s206[9];
    char s207[10];
    char s208[9];
    char s209[9];
    char s210[9];
    char s211[7];
    char s212[10];
    char s213[8];
    char s214[10];
    char s215[9];
    char s216[9];
    char s217[11];
    char s218[10];
    char s219[10];
    char s220[11];
    char s221[10];
    char s222[10];
    char s223[10];
    char s224[9];
    char s225[9];
    char s226[10];
    char s227[9];
    char s228[9];
    char s229[11];
    char s230[10];
    char s231[10];
    char s232[13];
    char s233[12];
    char s234[12];
    char s235[11];
    char s236[10];
    char s237[10];
    char s238[13];
    char s239[12];
    char s240[11];
    char s241[11];
    char s242[10];
    char s243[10];
    char s244[10];
    char s245[9];
    char s246[9];
    char s247[10];
    char s248[9];
    char s249[9];
    char s250[10];
    char s251[9];
    char s252[9];
    char s253[11];
    char s254[10];
    char s255[10];
    char s256[12];
    char s257[11];
    char s258[11];
    char s259[14];
    char s260[12];
    char s261[9];
    char s262[8];
    char s263[8];
    char s264[9];
    char s265[8];
    char s266[8];
    char s267[9];
    char s268[8];
    char s269[8];
    char s270[8];
    char s271[8];
    char s272[8];
    char s273[7];
    char s274[8];
    char s275[8];
    char s276[9];
    char s277[9];
    char s278[8];
    char s279[8];
    char s280[9];
    char s281[11];
    char s282[9];
    char s283[11];
    char s284[9];
    char s285[8];
    char s286[8];
    char s287[8];
    char s288[9];
    char s289[10];
    char s290[12];
    char s291[7];
    char s292[7];
    char s293[7];
    char s294[8];
    char s295[8];
    char s296[9];
    char s297[10];
    char s298[5];
    char s299[4];
    char s300[18];
    char s301[13];
    char s302[4];
} atc__basic_text_pool = {
    "",
    "phone failure",
    "no connection to phone",
    "phone-adaptor link reserved",
    "operation not allowed",
    "operation not supported",
    "PH-SIM PIN required",
    "PH-FSIM PIN required",
    "PH-FSIM PUK required",
    "SIM not inserted",
    "SIM PIN required",
    "SIM PUK required",
    "SIM failure",
    "SIM busy",
    "SIM wrong",
    "incorrect password",
    "SIM PIN2 required",
    "SIM PUK2 required",
    "memory full",
    "invalid index",
    "not found",
    "memory failure",
    "text string too long",
    "invalid characters in text string",
    "dial string too long",
    "invalid characters in dial string",
    "no network service",
    "network timeout",
    "network not allowed - emergency calls only",
    "network personalization PIN required",
    "network personalization PUK required",
    "network subset personalization PIN required",
    "network subset personalization PUK required",
    "service provider personalization PIN required",
    "service provider personalization PUK required",
    "corporate personalization PIN required",
    "corporate personalization PUK required",
    "hidden key required",
    "EAP method not supported",
    "Incorrect parameters",
    "command implemented but currently disabled",
    "command aborted by user",
    "not attached to network due to MT functionality restrictions",
    "modem not allowed - MT restricted to emergency calls only",
    "operation not allowed because of MT functionality restrictions",
    "fixed dial number only allowed - called number is not a fixed dial number",
    "temporarily out of service due to other MT usage",
    "language/alphabet not supported",
    "unexpected data value",
    "system failure",
    "data missing",
    "call barred",
    "message waiting indication subscription failure",
    "unknown",
    "Illegal MS",
    "Illegal ME",
    "GPRS services not allowed",
    "GPRS services and non-GPRS services not allowed",
    "PLMN not allowed",
    "Location area not allowed",
    "Roaming not allowed in this location area",
    "GPRS services not allowed in this PLMN",
    "No Suitable Cells In Location Area",
    "Congestion",
    "Not authorized for this CSG",
    "Semantically incorrect message",
    "Mandatory information element error",
    "Information element non-existent or not implemented",
    "Conditional IE error",
    "Protocol error, unspecified",
    "Operator Determined Barring",
    "insufficient resources",
    "missing or unknown APN",
    "unknown PDP address or PDP type",
    "user authentication failed",
    "activation rejected by GGSN, Serving GW or PDN GW",
    "activation rejected, unspecified",
    "service option not supported",
    "requested service option not subscribed",
    "service option temporarily out of order",
    "feature not supported",
    "semantic error in the TFT operation",
    "syntactical error in the TFT operation",
    "unknown PDP context",
    "semantic errors in packet filter(s)",
    "syntactical errors in packet filter(s)",
    "PDP context without TFT already activated",
    "PDP authentication failure",
    "maximum number of PDP contexts reached",
    "requested APN not supported in current RAT and PLMN combination",
    "request rejected, Bearer Control Mode violation",
    "unsupported QCI value",
    "user data transmission via control plane is congested",
    "Last PDN disconnection not allowed",
    "unspecified GPRS error",
    "invalid mobile class",
    "VBS/VGCS not supported by the network",
    "No service subscription on SIM",
    "No subscription for group ID",
    "Group Id not activated on SIM",
    "No matching notification",
    "VBS/VGCS call already present",
    "Network failure",
    "Uplink busy",
    "No access rights for SIM file",
    "No subscription for priority",
    "operation not applicable or not possible",
    "Group Id prefixes not supported",
    "Group Id prefixes not usable for VBS",
    "Group Id prefix value invalid",
    "ME failure",
    "SMS service of ME reserved",
    "invalid PDU mode parameter",
    "invalid text mode parameter",
    "(U)SIM not inserted",
    "(U)SIM PIN required",
    "PH-(U)SIM PIN required",
    "(U)SIM failure",
    "(U)SIM busy",
    "(U)SIM wrong",
    "(U)SIM PUK required",
    "(U)SIM PIN2 required",
    "(U)SIM PUK2 required",
    "invalid memory index",
    "SMSC address unknown",
    "no +CNMA acknowledgement expected",
    "unknown error",
    "X.25",
    "IP",
    "IPV6",
    "IPV4V6",
    "OSPIH",
    "PPP",
    "Non-IP",
    "Ethernet",
    "Unstructured",
    "READY",
    "SIM PIN",
    "SIM PUK",
    "PH-SIM PIN",
    "PH-FSIM PIN",
    "PH-FSIM PUK",
    "SIM PIN2",
    "SIM PUK2",
    "PH-NET PIN",
    "PH-NET PUK",
    "PH-NETSUB PIN",
    "PH-NETSUB PUK",
    "PH-SP PIN",
    "PH-SP PUK",
    "PH-CORP PIN",
    "PH-CORP PUK",
    "OK",
    "ERROR",
    "CONNECT",
    "NO CARRIER",
    "NO DIALTONE",
    "BUSY",
    "NO ANSWER",
    "+CME ERROR: ",
    "+CMS ERROR: ",
    "AT",
    "ATE0",
    "ATE1",
    "ATE",
    "ATV0",
    "ATV1",
    "ATV",
    "ATQ0",
    "ATQ1",
    "ATQ",
    "ATI",
    "ATI0",
    "ATZ",
    "ATZ0",
    "AT&F",
    "AT&F0",
    "AT&W",
    "AT&W0",
    "ATO",
    "ATO0",
    "ATH",
    "ATH0",
    "ATA",
    "A/",
    "AT+CGMI=?",
    "AT+CGMI",
    "AT+CGMM=?",
    "AT+CGMM",
    "AT+CGMR=?",
    "AT+CGMR",
    "AT+CGSN=?",
    "AT+CGSN=",
    "AT+CGSN",
    "AT+CIMI=?",
    "AT+CIMI",
    "AT+GMI=?",
    "AT+GMI",
    "AT+GMM=?",
    "AT+GMM",
    "AT+GMR=?",
    "AT+GMR",
    "AT+GSN=?",
    "AT+GSN",
    "AT+CMEE=?",
    "AT+CMEE?",
    "AT+CMEE=",
    "AT+CPIN=?",
    "AT+CPIN?",
    "AT+CPIN=",
    "AT+CSQ=?",
    "AT+CSQ",
    "AT+CESQ=?",
    "AT+CESQ",
    "AT+CREG=?",
    "AT+CREG?",
    "AT+CREG=",
    "AT+CGREG=?",
    "AT+CGREG?",
    "AT+CGREG=",
    "AT+CEREG=?",
    "AT+CEREG?",
    "AT+CEREG=",
    "AT+COPS=?",
    "AT+COPS?",
    "AT+COPS=",
    "AT+CFUN=?",
    "AT+CFUN?",
    "AT+CFUN=",
    "AT+CGATT=?",
    "AT+CGATT?",
    "AT+CGATT=",
    "AT+CGDCONT=?",
    "AT+CGDCONT?",
    "AT+CGDCONT=",
    "AT+CGACT=?",
    "AT+CGACT?",
    "AT+CGACT=",
    "AT+CGPADDR=?",
    "AT+CGPADDR=",
    "AT+CGPADDR",
    "AT+CSCON=?",
    "AT+CSCON?",
    "AT+CSCON=",
    "AT+CCLK=?",
    "AT+CCLK?",
    "AT+CCLK=",
    "AT+CTZR=?",
    "AT+CTZR?",
    "AT+CTZR=",
    "AT+CTZU=?",
    "AT+CTZU?",
    "AT+CTZU=",
    "AT+CPSMS=?",
    "AT+CPSMS?",
    "AT+CPSMS=",
    "AT+CEDRXS=?",
    "AT+CEDRXS?",
    "AT+CEDRXS=",
    "AT+CEDRXRDP=?",
    "AT+CEDRXRDP",
    "AT+IPR=?",
    "AT+IPR?",
    "AT+IPR=",
    "AT+ICF=?",
    "AT+ICF?",
    "AT+ICF=",
    "AT+IFC=?",
    "AT+IFC?",
    "AT+IFC=",
    "+CGSN: ",
    "+CMEE: ",
    "+CPIN: ",
    "+CSQ: ",
    "+CESQ: ",
    "+CREG: ",
    "+CGREG: ",
    "+CEREG: ",
    "+COPS: ",
    "+CFUN: ",
    "+CGATT: ",
    "+CGDCONT: ",
    "+CGACT: ",
    "+CGPADDR: ",
    "+CSCON: ",
    "+CCLK: ",
    "+CTZR: ",
    "+CTZU: ",
    "+CPSMS: ",
    "+CEDRXS: ",
    "+CEDRXRDP: ",
    "+IPR: ",
    "+ICF: ",
    "+IFC: ",
    "+CTZV: ",
    "+CTZE: ",
    "+CTZEU: ",
    "+CEDRXP: ",
    "RING",
    "RDY",
    "NORMAL POWER DOWN",
    "POWERED DOWN",
    "+++"
};
ATC__BASIC_CHECK(text_pool_unpadded, sizeof atc__basic_text_pool == 5101);
#define atc__basic_text ((const char *)&atc__basic_text_pool)


/* Integers: [lo, hi] ranges, and (value, type) pairs of dynamic fields. */
static const int32_t atc__basic_ints[] = {
0, 0, 1, 1, 2, 2, 3, 3, 4, 4, 5, 5,
6, 6, 7, 7, 10, 10, 11, 11, 12, 12, 13, 13,
14, 14, 15, 15, 16, 16, 17, 17, 18, 18, 20, 20,
21, 21, 22, 22, 23, 23, 24, 24, 25, 25, 26, 26,
27, 27, 30, 30, 31, 31, 32, 32, 40, 40, 41, 41,
42, 42, 43, 43, 44, 44, 45, 45, 46, 46, 47, 47,
48, 48, 49, 49, 50, 50, 51, 51, 52, 52, 53, 53,
54, 54, 55, 55, 56, 56, 57, 57, 58, 58, 59, 59,
60, 60, 61, 61, 62, 62, 63, 63, 100, 100, 103, 103,
106, 106, 107, 107, 108, 108, 111, 111, 112, 112, 113, 113,
114, 114, 115, 115, 122, 122, 125, 125, 172, 172, 173, 173,
174, 174, 175, 175, 176, 176, 177, 177, 126, 126, 127, 127,
128, 128, 129, 129, 130, 130, 131, 131, 132, 132, 133, 133,
134, 134, 140, 140, 141, 141, 142, 142, 143, 143, 144, 144,
145, 145, 146, 146, 149, 149, 178, 178, 179, 179, 180, 180,
181, 181, 182, 182, 171, 171, 148, 148, 150, 150, 151, 151,
152, 152, 153, 153, 154, 154, 155, 155, 156, 156, 157, 157,
158, 158, 159, 159, 160, 160, 161, 161, 162, 162, 163, 163,
164, 164, 165, 165, 300, 300, 301, 301, 302, 302, 303, 303,
304, 304, 305, 305, 310, 310, 311, 311, 312, 312, 313, 313,
314, 314, 315, 315, 316, 316, 317, 317, 318, 318, 320, 320,
321, 321, 322, 322, 330, 330, 331, 331, 332, 332, 340, 340,
500, 500, 0, 0, 1, 1, 2, 2, 3, 3, 4, 4,
5, 5, 6, 6, 7, 7, 8, 8, 9, 9, 10, 10,
11, 11, 12, 12, 13, 13, 14, 14, 15, 15, 16, 16,
0, 129, 0, 31, 99, 99, 0, 7, 99, 99, 0, 63,
99, 99, 0, 96, 255, 255, 0, 49, 255, 255, 0, 34,
255, 255, 0, 97, 255, 255,
    0
};

/* Lists of strings (allowed values, keyword texts, texts of error codes): offsets in text. */
static const uint16_t atc__basic_strs[] = {
1, 15, 38, 66, 88, 112, 132, 153, 174, 191, 208, 225, 237, 246, 256, 275,
293, 311, 323, 337, 347, 362, 383, 417, 438, 472, 491, 507, 550, 587, 624, 668,
712, 758, 804, 843, 882, 902, 927, 948, 991, 1015, 1076, 1134, 1197, 1271, 1320, 1352,
1374, 1389, 1402, 1414, 1462, 1470, 1481, 1492, 1518, 1566, 1583, 1609, 1651, 1690, 1725, 1736,
1764, 1795, 1831, 1883, 1904, 1932, 1960, 1983, 2006, 2038, 2065, 2115, 2148, 2177, 2217, 2257,
2279, 2315, 2354, 2374, 2410, 2449, 2491, 2518, 2557, 2621, 2669, 2691, 2745, 2780, 2803, 2824,
2862, 2893, 2922, 2952, 2977, 1725, 3007, 3023, 3035, 3065, 3094, 3135, 3167, 3204, 3234, 3245,
66, 88, 3272, 3299, 3327, 3347, 3367, 3390, 3405, 3417, 3430, 3450, 3471, 347, 3492, 311,
3513, 472, 491, 3534, 3568, 3582, 3587, 3590, 3595, 3602, 3608, 3612, 3619, 3628, 3641, 3647,
3655, 3663, 3674, 3686, 3698, 3707, 3716, 3727, 3738, 3752, 3766, 3776, 3786, 3798, 3827,
    0
};

/* ---- What fields accept, shared by every field that accepts the same ---- */
enum {
    ATC__BASIC_I_ERR = 0,
    ATC__BASIC_I_ERR_2 = 1,
    ATC__BASIC_I_SNT = 2,
    ATC__BASIC_I_N = 3,
    ATC__BASIC_I_PIN = 4,
    ATC__BASIC_I_N_2 = 5,
    ATC__BASIC_I_MODE = 6,
    ATC__BASIC_I_OPER = 7,
    ATC__BASIC_I_ACT = 8,
    ATC__BASIC_I_FUN = 9,
    ATC__BASIC_I_RST = 10,
    ATC__BASIC_I_PDP_TYPE = 11,
    ATC__BASIC_I_D_COMP = 12,
    ATC__BASIC_I_H_COMP = 13,
    ATC__BASIC_I_IPV4ADDRALLOC = 14,
    ATC__BASIC_I_P_CSCF_DISCOVERY = 15,
    ATC__BASIC_I_CID = 16,
    ATC__BASIC_I_TIME = 17,
    ATC__BASIC_I_REQUESTED_PERIODIC_RAU = 18,
    ATC__BASIC_I_REQUESTED_EDRX_VALUE = 19,
    ATC__BASIC_I_FORMAT = 20,
    ATC__BASIC_I_CODE = 21,
    ATC__BASIC_I_RSSI = 22,
    ATC__BASIC_I_BER = 23,
    ATC__BASIC_I_RXLEV = 24,
    ATC__BASIC_I_RSCP = 25,
    ATC__BASIC_I_ECNO = 26,
    ATC__BASIC_I_RSRQ = 27,
    ATC__BASIC_I_RSRP = 28,
    ATC__BASIC_I_STAT = 29,
    ATC__BASIC_I_RAC = 30
};
static const atc_field_info atc__basic_infos[] = {
    /*  max_len, ranges, values, label, nranges, nvalues, fmt, flags, type_from, max_count */
    {0, 0, 0, 0, 110, 110, 0x00, ATC_I_VERBOSE, -1, 0}, /* ATC__BASIC_I_ERR */
    {0, 220, 110, 0, 23, 23, 0x00, ATC_I_VERBOSE, -1, 0}, /* ATC__BASIC_I_ERR_2 */
    {0, 0, 0, 0, 4, 0, 0x00, ATC_I_PLAIN, -1, 0}, /* ATC__BASIC_I_SNT */
    {0, 0, 0, 0, 3, 0, 0x00, ATC_I_PLAIN, -1, 0}, /* ATC__BASIC_I_N */
    {0, 0, 0, 0, 0, 0, 0x00, ATC_I_PLAIN, -1, 0}, /* ATC__BASIC_I_PIN */
    {0, 0, 0, 0, 6, 0, 0x00, ATC_I_PLAIN, -1, 0}, /* ATC__BASIC_I_N_2 */
    {0, 0, 0, 0, 5, 0, 0x00, ATC_I_PLAIN, -1, 0}, /* ATC__BASIC_I_MODE */
    {0, 0, 0, 0, 0, 0, 0x00, 0, -1, 0}, /* ATC__BASIC_I_OPER */
    {0, 266, 0, 0, 17, 0, 0x00, 0, -1, 0}, /* ATC__BASIC_I_ACT */
    {0, 300, 0, 0, 1, 0, 0x00, ATC_I_PLAIN, -1, 0}, /* ATC__BASIC_I_FUN */
    {0, 0, 0, 0, 2, 0, 0x00, ATC_I_PLAIN, -1, 0}, /* ATC__BASIC_I_RST */
    {0, 0, 133, 0, 0, 9, 0x00, 0, -1, 0}, /* ATC__BASIC_I_PDP_TYPE */
    {0, 0, 0, 0, 4, 0, 0x00, 0, -1, 0}, /* ATC__BASIC_I_D_COMP */
    {0, 0, 0, 0, 5, 0, 0x00, 0, -1, 0}, /* ATC__BASIC_I_H_COMP */
    {0, 0, 0, 0, 2, 0, 0x00, 0, -1, 0}, /* ATC__BASIC_I_IPV4ADDRALLOC */
    {0, 0, 0, 0, 3, 0, 0x00, 0, -1, 0}, /* ATC__BASIC_I_P_CSCF_DISCOVERY */
    {0, 0, 0, 0, 0, 0, 0x00, 0, -1, 16}, /* ATC__BASIC_I_CID */
    {0, 0, 0, 0, 0, 0, 0x00, ATC_I_REST, -1, 0}, /* ATC__BASIC_I_TIME */
    {8, 0, 0, 0, 0, 0, 0x00, 0, -1, 0}, /* ATC__BASIC_I_REQUESTED_PERIODIC_RAU */
    {4, 0, 0, 0, 0, 0, 0x00, 0, -1, 0}, /* ATC__BASIC_I_REQUESTED_EDRX_VALUE */
    {0, 0, 0, 0, 7, 0, 0x00, ATC_I_PLAIN, -1, 0}, /* ATC__BASIC_I_FORMAT */
    {0, 0, 142, 0, 0, 16, 0x00, 0, -1, 0}, /* ATC__BASIC_I_CODE */
    {0, 302, 0, 0, 2, 0, 0x00, ATC_I_PLAIN, -1, 0}, /* ATC__BASIC_I_RSSI */
    {0, 306, 0, 0, 2, 0, 0x00, ATC_I_PLAIN, -1, 0}, /* ATC__BASIC_I_BER */
    {0, 310, 0, 0, 2, 0, 0x00, ATC_I_PLAIN, -1, 0}, /* ATC__BASIC_I_RXLEV */
    {0, 314, 0, 0, 2, 0, 0x00, ATC_I_PLAIN, -1, 0}, /* ATC__BASIC_I_RSCP */
    {0, 318, 0, 0, 2, 0, 0x00, ATC_I_PLAIN, -1, 0}, /* ATC__BASIC_I_ECNO */
    {0, 322, 0, 0, 2, 0, 0x00, ATC_I_PLAIN, -1, 0}, /* ATC__BASIC_I_RSRQ */
    {0, 326, 0, 0, 2, 0, 0x00, ATC_I_PLAIN, -1, 0}, /* ATC__BASIC_I_RSRP */
    {0, 266, 0, 0, 12, 0, 0x00, ATC_I_PLAIN, -1, 0}, /* ATC__BASIC_I_STAT */
    {2, 0, 0, 0, 0, 0, 0x00, 0, -1, 0}, /* ATC__BASIC_I_RAC */
};

/* ---- Fields: one row a field; messages whose fields are written alike share their rows ---- */
enum {
    ATC__BASIC_F_NONE = 0, /* messages without fields */
    ATC__BASIC_F_CME_ERROR = 0,
    ATC__BASIC_F_CMS_ERROR = 1,
    ATC__BASIC_F_AT_CGSN_SET = 2,
    ATC__BASIC_F_AT_CMEE_SET = 3,
    ATC__BASIC_F_AT_CPIN_SET = 4,
    ATC__BASIC_F_AT_CREG_SET = 6,
    ATC__BASIC_F_AT_CGREG_SET = 7,
    ATC__BASIC_F_AT_CEREG_SET = 8,
    ATC__BASIC_F_AT_COPS_SET = 9,
    ATC__BASIC_F_AT_CFUN_SET = 13,
    ATC__BASIC_F_AT_CGATT_SET = 15,
    ATC__BASIC_F_AT_CGDCONT_SET = 16,
    ATC__BASIC_F_AT_CGACT_SET = 32,
    ATC__BASIC_F_AT_CGPADDR_SET = 34,
    ATC__BASIC_F_AT_CSCON_SET = 35,
    ATC__BASIC_F_AT_CCLK_SET = 36,
    ATC__BASIC_F_AT_CTZR_SET = 37,
    ATC__BASIC_F_AT_CTZU_SET = 38,
    ATC__BASIC_F_AT_CPSMS_SET = 39,
    ATC__BASIC_F_AT_CEDRXS_SET = 44,
    ATC__BASIC_F_AT_IPR_SET = 47,
    ATC__BASIC_F_AT_ICF_SET = 48,
    ATC__BASIC_F_AT_IFC_SET = 50,
    ATC__BASIC_F_ATI = 52,
    ATC__BASIC_F_CGMI = 53,
    ATC__BASIC_F_CGMM = 54,
    ATC__BASIC_F_CGMR = 55,
    ATC__BASIC_F_CGSN_SN = 56,
    ATC__BASIC_F_CGSN_ID = 57,
    ATC__BASIC_F_CGSN_TEST = 58,
    ATC__BASIC_F_CIMI = 59,
    ATC__BASIC_F_CMEE_READ = 60,
    ATC__BASIC_F_CMEE_TEST = 61,
    ATC__BASIC_F_CPIN_READ = 62,
    ATC__BASIC_F_CSQ = 63,
    ATC__BASIC_F_CSQ_TEST = 65,
    ATC__BASIC_F_CESQ = 67,
    ATC__BASIC_F_CESQ_TEST = 73,
    ATC__BASIC_F_CREG_READ = 79,
    ATC__BASIC_F_CGREG_READ = 86,
    ATC__BASIC_F_CEREG_READ = 97,
    ATC__BASIC_F_COPS_READ = 106,
    ATC__BASIC_F_COPS_TEST = 110,
    ATC__BASIC_F_CFUN_READ = 111,
    ATC__BASIC_F_CFUN_TEST = 112,
    ATC__BASIC_F_CGATT_TEST = 114,
    ATC__BASIC_F_CGDCONT_READ = 115,
    ATC__BASIC_F_CGDCONT_TEST = 131,
    ATC__BASIC_F_CGACT_READ = 147,
    ATC__BASIC_F_CGPADDR = 149,
    ATC__BASIC_F_CGPADDR_TEST = 152,
    ATC__BASIC_F_CSCON_READ = 153,
    ATC__BASIC_F_CTZR_READ = 158,
    ATC__BASIC_F_CTZR_TEST = 159,
    ATC__BASIC_F_CTZU_TEST = 160,
    ATC__BASIC_F_CPSMS_READ = 161,
    ATC__BASIC_F_CPSMS_TEST = 166,
    ATC__BASIC_F_CEDRXS_READ = 171,
    ATC__BASIC_F_CEDRXS_TEST = 173,
    ATC__BASIC_F_CEDRXRDP = 176,
    ATC__BASIC_F_IPR_TEST = 180,
    ATC__BASIC_F_ICF_READ = 182,
    ATC__BASIC_F_ICF_TEST = 184,
    ATC__BASIC_F_IFC_READ = 186,
    ATC__BASIC_F_IFC_TEST = 188,
    ATC__BASIC_F_CREG = 190,
    ATC__BASIC_F_CGREG = 196,
    ATC__BASIC_F_CEREG = 206,
    ATC__BASIC_F_CSCON = 214,
    ATC__BASIC_F_CTZV = 218,
    ATC__BASIC_F_CTZE = 219,
    ATC__BASIC_F_CTZEU = 222
};
static const atc_field_desc atc__basic_fields[] = {
    /* CME_ERROR: +CME ERROR: <err> */
    ATC_FIELD_VERBOSE(atc_basic_cme_error, err, ATC_T_INT, 0, ATC__BASIC_I_ERR),
    /* CMS_ERROR: +CMS ERROR: <err> */
    ATC_FIELD_VERBOSE(atc_basic_cms_error, err, ATC_T_INT, 0, ATC__BASIC_I_ERR_2),
    /* AT_CGSN_SET: AT+CGSN=<snt> */
    ATC_FIELD(atc_basic_at_cgsn_set, snt, ATC_T_INT, 0, ATC__BASIC_I_SNT),
    /* AT_CMEE_SET: AT+CMEE=[<n>] */
    ATC_FIELD_OPT(atc_basic_at_cmee_set, n, ATC_T_INT, ATC_F_OPTIONAL, ATC__BASIC_I_N),
    /* AT_CPIN_SET: AT+CPIN=<pin>[,<newpin>] */
    ATC_FIELD(atc_basic_at_cpin_set, pin, ATC_T_STRING, 0, ATC__BASIC_I_PIN),
    ATC_FIELD_OPT(atc_basic_at_cpin_set, newpin, ATC_T_STRING, ATC_F_OPTIONAL, ATC__BASIC_I_PIN),
    /* AT_CREG_SET: AT+CREG=[<n>] */
    ATC_FIELD_OPT(atc_basic_at_creg_set, n, ATC_T_INT, ATC_F_OPTIONAL, ATC__BASIC_I_SNT),
    /* AT_CGREG_SET: AT+CGREG=[<n>] */
    ATC_FIELD_OPT(atc_basic_at_cgreg_set, n, ATC_T_INT, ATC_F_OPTIONAL, ATC__BASIC_I_N_2),
    /* AT_CEREG_SET: AT+CEREG=[<n>] */
    ATC_FIELD_OPT(atc_basic_at_cereg_set, n, ATC_T_INT, ATC_F_OPTIONAL, ATC__BASIC_I_N_2),
    /* AT_COPS_SET: AT+COPS=[<mode>[,<format>[,<oper>[,<AcT>]]]] */
    ATC_FIELD_OPT(atc_basic_at_cops_set, mode, ATC_T_INT, ATC_F_OPTIONAL, ATC__BASIC_I_MODE),
    ATC_FIELD_OPT(atc_basic_at_cops_set, format, ATC_T_INT, ATC_F_OPTIONAL, ATC__BASIC_I_N),
    ATC_FIELD_OPT(atc_basic_at_cops_set, oper, ATC_T_STRING, ATC_F_OPTIONAL | ATC_F_EMPTY, ATC__BASIC_I_OPER),
    ATC_FIELD_OPT(atc_basic_at_cops_set, act, ATC_T_INT, ATC_F_OPTIONAL | ATC_F_EMPTY, ATC__BASIC_I_ACT),
    /* AT_CFUN_SET: AT+CFUN=[<fun>[,<rst>]] */
    ATC_FIELD_OPT(atc_basic_at_cfun_set, fun, ATC_T_INT, ATC_F_OPTIONAL, ATC__BASIC_I_FUN),
    ATC_FIELD_OPT(atc_basic_at_cfun_set, rst, ATC_T_INT, ATC_F_OPTIONAL, ATC__BASIC_I_RST),
    /* AT_CGATT_SET: AT+CGATT=<state> */
    ATC_FIELD(atc_basic_at_cgatt_set, state, ATC_T_INT, 0, ATC__BASIC_I_RST),
    /* AT_CGDCONT_SET: AT+CGDCONT=[<cid>[,<PDP_type>[,<APN>[,<PDP_addr>[,<d_comp>[,<h_comp>[,<IPv4AddrAlloc>[,<request_type>[,<P-CSCF_discovery>[,<IM_CN_Signalling_Flag_Ind>[,<NSLPI>[,<securePCO>[,<IPv4_MTU_discovery>[,<Local_Addr_Ind>[,<Non-IP_MTU_discovery>[,<Reliable_Data_Service>]]]]]]]]]]]]]]]] */
    ATC_FIELD_OPT(atc_basic_at_cgdcont_set, cid, ATC_T_INT, ATC_F_OPTIONAL, ATC__BASIC_I_PIN),
    ATC_FIELD_OPT(atc_basic_at_cgdcont_set, pdp_type, ATC_T_STRING, ATC_F_OPTIONAL | ATC_F_EMPTY, ATC__BASIC_I_PDP_TYPE),
    ATC_FIELD_OPT(atc_basic_at_cgdcont_set, apn, ATC_T_STRING, ATC_F_OPTIONAL | ATC_F_EMPTY, ATC__BASIC_I_OPER),
    ATC_FIELD_OPT(atc_basic_at_cgdcont_set, pdp_addr, ATC_T_STRING, ATC_F_OPTIONAL | ATC_F_EMPTY, ATC__BASIC_I_OPER),
    ATC_FIELD_OPT(atc_basic_at_cgdcont_set, d_comp, ATC_T_INT, ATC_F_OPTIONAL | ATC_F_EMPTY, ATC__BASIC_I_D_COMP),
    ATC_FIELD_OPT(atc_basic_at_cgdcont_set, h_comp, ATC_T_INT, ATC_F_OPTIONAL | ATC_F_EMPTY, ATC__BASIC_I_H_COMP),
    ATC_FIELD_OPT(atc_basic_at_cgdcont_set, ipv4_addr_alloc, ATC_T_INT, ATC_F_OPTIONAL | ATC_F_EMPTY, ATC__BASIC_I_IPV4ADDRALLOC),
    ATC_FIELD_OPT(atc_basic_at_cgdcont_set, request_type, ATC_T_INT, ATC_F_OPTIONAL | ATC_F_EMPTY, ATC__BASIC_I_H_COMP),
    ATC_FIELD_OPT(atc_basic_at_cgdcont_set, p_cscf_discovery, ATC_T_INT, ATC_F_OPTIONAL | ATC_F_EMPTY, ATC__BASIC_I_P_CSCF_DISCOVERY),
    ATC_FIELD_OPT(atc_basic_at_cgdcont_set, im_cn_signalling_flag_ind, ATC_T_INT, ATC_F_OPTIONAL | ATC_F_EMPTY, ATC__BASIC_I_IPV4ADDRALLOC),
    ATC_FIELD_OPT(atc_basic_at_cgdcont_set, nslpi, ATC_T_INT, ATC_F_OPTIONAL | ATC_F_EMPTY, ATC__BASIC_I_IPV4ADDRALLOC),
    ATC_FIELD_OPT(atc_basic_at_cgdcont_set, secure_pco, ATC_T_INT, ATC_F_OPTIONAL | ATC_F_EMPTY, ATC__BASIC_I_IPV4ADDRALLOC),
    ATC_FIELD_OPT(atc_basic_at_cgdcont_set, ipv4_mtu_discovery, ATC_T_INT, ATC_F_OPTIONAL | ATC_F_EMPTY, ATC__BASIC_I_IPV4ADDRALLOC),
    ATC_FIELD_OPT(atc_basic_at_cgdcont_set, local_addr_ind, ATC_T_INT, ATC_F_OPTIONAL | ATC_F_EMPTY, ATC__BASIC_I_IPV4ADDRALLOC),
    ATC_FIELD_OPT(atc_basic_at_cgdcont_set, non_ip_mtu_discovery, ATC_T_INT, ATC_F_OPTIONAL | ATC_F_EMPTY, ATC__BASIC_I_IPV4ADDRALLOC),
    ATC_FIELD_OPT(atc_basic_at_cgdcont_set, reliable_data_service, ATC_T_INT, ATC_F_OPTIONAL | ATC_F_EMPTY, ATC__BASIC_I_IPV4ADDRALLOC),
    /* AT_CGACT_SET: AT+CGACT=[<state>[,<cid>...]] */
    ATC_FIELD_OPT(atc_basic_at_cgact_set, state, ATC_T_INT, ATC_F_OPTIONAL, ATC__BASIC_I_RST),
    ATC_FIELD_LIST(atc_basic_at_cgact_set, cid, ATC_T_INT, ATC_F_LIST, ATC__BASIC_I_CID),
    /* AT_CGPADDR_SET: AT+CGPADDR=<cid>... */
    ATC_FIELD_LIST(atc_basic_at_cgpaddr_set, cid, ATC_T_INT, ATC_F_LIST, ATC__BASIC_I_CID),
    /* AT_CSCON_SET: AT+CSCON=[<n>] */
    ATC_FIELD_OPT(atc_basic_at_cscon_set, n, ATC_T_INT, ATC_F_OPTIONAL, ATC__BASIC_I_MODE),
    /* AT_CCLK_SET: AT+CCLK=<time> */
    ATC_FIELD_OPT(atc_basic_at_cclk_set, time, ATC_T_STRING, ATC_F_OPTIONAL | ATC_F_EMPTY, ATC__BASIC_I_TIME),
    /* AT_CTZR_SET: AT+CTZR=[<reporting>] */
    ATC_FIELD_OPT(atc_basic_at_ctzr_set, reporting, ATC_T_INT, ATC_F_OPTIONAL, ATC__BASIC_I_SNT),
    /* AT_CTZU_SET: AT+CTZU=<onoff> */
    ATC_FIELD(atc_basic_at_ctzu_set, onoff, ATC_T_INT, 0, ATC__BASIC_I_RST),
    /* AT_CPSMS_SET: AT+CPSMS=[<mode>[,<Requested_Periodic-RAU>[,<Requested_GPRS-READY-timer>[,<Requested_Periodic-TAU>[,<Requested_Active-Time>]]]]] */
    ATC_FIELD_OPT(atc_basic_at_cpsms_set, mode, ATC_T_INT, ATC_F_OPTIONAL, ATC__BASIC_I_N),
    ATC_FIELD_OPT(atc_basic_at_cpsms_set, requested_periodic_rau, ATC_T_STRING, ATC_F_OPTIONAL | ATC_F_EMPTY, ATC__BASIC_I_REQUESTED_PERIODIC_RAU),
    ATC_FIELD_OPT(atc_basic_at_cpsms_set, requested_gprs_ready_timer, ATC_T_STRING, ATC_F_OPTIONAL | ATC_F_EMPTY, ATC__BASIC_I_REQUESTED_PERIODIC_RAU),
    ATC_FIELD_OPT(atc_basic_at_cpsms_set, requested_periodic_tau, ATC_T_STRING, ATC_F_OPTIONAL | ATC_F_EMPTY, ATC__BASIC_I_REQUESTED_PERIODIC_RAU),
    ATC_FIELD_OPT(atc_basic_at_cpsms_set, requested_active_time, ATC_T_STRING, ATC_F_OPTIONAL | ATC_F_EMPTY, ATC__BASIC_I_REQUESTED_PERIODIC_RAU),
    /* AT_CEDRXS_SET: AT+CEDRXS=[<mode>[,<AcT-type>[,<Requested_eDRX_value>]]] */
    ATC_FIELD_OPT(atc_basic_at_cedrxs_set, mode, ATC_T_INT, ATC_F_OPTIONAL, ATC__BASIC_I_SNT),
    ATC_FIELD_OPT(atc_basic_at_cedrxs_set, act_type, ATC_T_INT, ATC_F_OPTIONAL, ATC__BASIC_I_N_2),
    ATC_FIELD_OPT(atc_basic_at_cedrxs_set, requested_edrx_value, ATC_T_STRING, ATC_F_OPTIONAL | ATC_F_EMPTY, ATC__BASIC_I_REQUESTED_EDRX_VALUE),
    /* AT_IPR_SET: AT+IPR=<rate> */
    ATC_FIELD(atc_basic_at_ipr_set, rate, ATC_T_INT, 0, ATC__BASIC_I_PIN),
    /* AT_ICF_SET: AT+ICF=[<format>[,<parity>]] */
    ATC_FIELD_OPT(atc_basic_at_icf_set, format, ATC_T_INT, ATC_F_OPTIONAL, ATC__BASIC_I_FORMAT),
    ATC_FIELD_OPT(atc_basic_at_icf_set, parity, ATC_T_INT, ATC_F_OPTIONAL, ATC__BASIC_I_SNT),
    /* AT_IFC_SET: AT+IFC=[<DCE_by_DTE>[,<DTE_by_DCE>]] */
    ATC_FIELD_OPT(atc_basic_at_ifc_set, dce_by_dte, ATC_T_INT, ATC_F_OPTIONAL, ATC__BASIC_I_SNT),
    ATC_FIELD_OPT(atc_basic_at_ifc_set, dte_by_dce, ATC_T_INT, ATC_F_OPTIONAL, ATC__BASIC_I_N),
    /* ATI: <text> */
    ATC_FIELD(atc_basic_ati, text, ATC_T_TEXT, 0, ATC__BASIC_I_OPER),
    /* CGMI: <manufacturer> */
    ATC_FIELD(atc_basic_cgmi, manufacturer, ATC_T_TEXT, 0, ATC__BASIC_I_OPER),
    /* CGMM: <model> */
    ATC_FIELD(atc_basic_cgmm, model, ATC_T_TEXT, 0, ATC__BASIC_I_OPER),
    /* CGMR: <revision> */
    ATC_FIELD(atc_basic_cgmr, revision, ATC_T_TEXT, 0, ATC__BASIC_I_OPER),
    /* CGSN_SN: <sn> */
    ATC_FIELD(atc_basic_cgsn_sn, sn, ATC_T_TEXT, 0, ATC__BASIC_I_OPER),
    /* CGSN_ID: +CGSN: <imei/imeisv/svn> */
    ATC_FIELD(atc_basic_cgsn_id, identity, ATC_T_STRING, 0, ATC__BASIC_I_PIN),
    /* CGSN_TEST: +CGSN: <snt> */
    ATC_FIELD(atc_basic_cgsn_test, snt, ATC_T_SUPPORTED, 0, ATC__BASIC_I_OPER),
    /* CIMI: <IMSI> */
    ATC_FIELD(atc_basic_cimi, imsi, ATC_T_TEXT, 0, ATC__BASIC_I_OPER),
    /* CMEE_READ: +CMEE: <n> */
    ATC_FIELD(atc_basic_cmee_read, n, ATC_T_INT, 0, ATC__BASIC_I_N),
    /* CMEE_TEST: +CMEE: <n> */
    ATC_FIELD(atc_basic_cmee_test, n, ATC_T_SUPPORTED, 0, ATC__BASIC_I_OPER),
    /* CPIN_READ: +CPIN: <code> */
    ATC_FIELD(atc_basic_cpin_read, code, ATC_T_TOKEN, 0, ATC__BASIC_I_CODE),
    /* CSQ: +CSQ: <rssi>,<ber> */
    ATC_FIELD(atc_basic_csq, rssi, ATC_T_INT, 0, ATC__BASIC_I_RSSI),
    ATC_FIELD(atc_basic_csq, ber, ATC_T_INT, 0, ATC__BASIC_I_BER),
    /* CSQ_TEST: +CSQ: <rssi>,<ber> */
    ATC_FIELD(atc_basic_csq_test, rssi, ATC_T_SUPPORTED, 0, ATC__BASIC_I_OPER),
    ATC_FIELD(atc_basic_csq_test, ber, ATC_T_SUPPORTED, 0, ATC__BASIC_I_OPER),
    /* CESQ: +CESQ: <rxlev>,<ber>,<rscp>,<ecno>,<rsrq>,<rsrp> */
    ATC_FIELD(atc_basic_cesq, rxlev, ATC_T_INT, 0, ATC__BASIC_I_RXLEV),
    ATC_FIELD(atc_basic_cesq, ber, ATC_T_INT, 0, ATC__BASIC_I_BER),
    ATC_FIELD(atc_basic_cesq, rscp, ATC_T_INT, 0, ATC__BASIC_I_RSCP),
    ATC_FIELD(atc_basic_cesq, ecno, ATC_T_INT, 0, ATC__BASIC_I_ECNO),
    ATC_FIELD(atc_basic_cesq, rsrq, ATC_T_INT, 0, ATC__BASIC_I_RSRQ),
    ATC_FIELD(atc_basic_cesq, rsrp, ATC_T_INT, 0, ATC__BASIC_I_RSRP),
    /* CESQ_TEST: +CESQ: <rxlev>,<ber>,<rscp>,<ecno>,<rsrq>,<rsrp> */
    ATC_FIELD(atc_basic_cesq_test, rxlev, ATC_T_SUPPORTED, 0, ATC__BASIC_I_OPER),
    ATC_FIELD(atc_basic_cesq_test, ber, ATC_T_SUPPORTED, 0, ATC__BASIC_I_OPER),
    ATC_FIELD(atc_basic_cesq_test, rscp, ATC_T_SUPPORTED, 0, ATC__BASIC_I_OPER),
    ATC_FIELD(atc_basic_cesq_test, ecno, ATC_T_SUPPORTED, 0, ATC__BASIC_I_OPER),
    ATC_FIELD(atc_basic_cesq_test, rsrq, ATC_T_SUPPORTED, 0, ATC__BASIC_I_OPER),
    ATC_FIELD(atc_basic_cesq_test, rsrp, ATC_T_SUPPORTED, 0, ATC__BASIC_I_OPER),
    /* CREG_READ: +CREG: <n>,<stat>[,<lac>,<ci>[,<AcT>[,<cause_type>,<reject_cause>]]] */
    ATC_FIELD(atc_basic_creg_read, n, ATC_T_INT, 0, ATC__BASIC_I_SNT),
    ATC_FIELD(atc_basic_creg_read, stat, ATC_T_INT, 0, ATC__BASIC_I_STAT),
    ATC_FIELD_OPT(atc_basic_creg_read, lac, ATC_T_STRING, ATC_F_OPTIONAL | ATC_F_EMPTY, ATC__BASIC_I_REQUESTED_EDRX_VALUE),
    ATC_FIELD_OPT(atc_basic_creg_read, ci, ATC_T_STRING, ATC_F_OPTIONAL | ATC_F_EMPTY, ATC__BASIC_I_REQUESTED_PERIODIC_RAU),
    ATC_FIELD_OPT(atc_basic_creg_read, act, ATC_T_INT, ATC_F_OPTIONAL | ATC_F_EMPTY, ATC__BASIC_I_ACT),
    ATC_FIELD_OPT(atc_basic_creg_read, cause_type, ATC_T_INT, ATC_F_OPTIONAL | ATC_F_EMPTY, ATC__BASIC_I_IPV4ADDRALLOC),
    ATC_FIELD_OPT(atc_basic_creg_read, reject_cause, ATC_T_INT, ATC_F_OPTIONAL | ATC_F_EMPTY, ATC__BASIC_I_OPER),
    /* CGREG_READ: +CGREG: <n>,<stat>[,<lac>,<ci>[,<AcT>[,<rac>[,<cause_type>,<reject_cause>[,<Active-Time>,<Periodic-RAU>,<GPRS-READY-timer>]]]]] */
    ATC_FIELD(atc_basic_cgreg_read, n, ATC_T_INT, 0, ATC__BASIC_I_N_2),
    ATC_FIELD(atc_basic_cgreg_read, stat, ATC_T_INT, 0, ATC__BASIC_I_STAT),
    ATC_FIELD_OPT(atc_basic_cgreg_read, lac, ATC_T_STRING, ATC_F_OPTIONAL | ATC_F_EMPTY, ATC__BASIC_I_REQUESTED_EDRX_VALUE),
    ATC_FIELD_OPT(atc_basic_cgreg_read, ci, ATC_T_STRING, ATC_F_OPTIONAL | ATC_F_EMPTY, ATC__BASIC_I_REQUESTED_PERIODIC_RAU),
    ATC_FIELD_OPT(atc_basic_cgreg_read, act, ATC_T_INT, ATC_F_OPTIONAL | ATC_F_EMPTY, ATC__BASIC_I_ACT),
    ATC_FIELD_OPT(atc_basic_cgreg_read, rac, ATC_T_STRING, ATC_F_OPTIONAL | ATC_F_EMPTY, ATC__BASIC_I_RAC),
    ATC_FIELD_OPT(atc_basic_cgreg_read, cause_type, ATC_T_INT, ATC_F_OPTIONAL | ATC_F_EMPTY, ATC__BASIC_I_IPV4ADDRALLOC),
    ATC_FIELD_OPT(atc_basic_cgreg_read, reject_cause, ATC_T_INT, ATC_F_OPTIONAL | ATC_F_EMPTY, ATC__BASIC_I_OPER),
    ATC_FIELD_OPT(atc_basic_cgreg_read, active_time, ATC_T_STRING, ATC_F_OPTIONAL | ATC_F_EMPTY, ATC__BASIC_I_REQUESTED_PERIODIC_RAU),
    ATC_FIELD_OPT(atc_basic_cgreg_read, periodic_rau, ATC_T_STRING, ATC_F_OPTIONAL | ATC_F_EMPTY, ATC__BASIC_I_REQUESTED_PERIODIC_RAU),
    ATC_FIELD_OPT(atc_basic_cgreg_read, gprs_ready_timer, ATC_T_STRING, ATC_F_OPTIONAL | ATC_F_EMPTY, ATC__BASIC_I_REQUESTED_PERIODIC_RAU),
    /* CEREG_READ: +CEREG: <n>,<stat>[,<tac>,<ci>[,<AcT>[,<cause_type>,<reject_cause>[,<Active-Time>,<Periodic-TAU>]]]] */
    ATC_FIELD(atc_basic_cereg_read, n, ATC_T_INT, 0, ATC__BASIC_I_N_2),
    ATC_FIELD(atc_basic_cereg_read, stat, ATC_T_INT, 0, ATC__BASIC_I_STAT),
    ATC_FIELD_OPT(atc_basic_cereg_read, tac, ATC_T_STRING, ATC_F_OPTIONAL | ATC_F_EMPTY, ATC__BASIC_I_REQUESTED_EDRX_VALUE),
    ATC_FIELD_OPT(atc_basic_cereg_read, ci, ATC_T_STRING, ATC_F_OPTIONAL | ATC_F_EMPTY, ATC__BASIC_I_REQUESTED_PERIODIC_RAU),
    ATC_FIELD_OPT(atc_basic_cereg_read, act, ATC_T_INT, ATC_F_OPTIONAL | ATC_F_EMPTY, ATC__BASIC_I_ACT),
    ATC_FIELD_OPT(atc_basic_cereg_read, cause_type, ATC_T_INT, ATC_F_OPTIONAL | ATC_F_EMPTY, ATC__BASIC_I_IPV4ADDRALLOC),
    ATC_FIELD_OPT(atc_basic_cereg_read, reject_cause, ATC_T_INT, ATC_F_OPTIONAL | ATC_F_EMPTY, ATC__BASIC_I_OPER),
    ATC_FIELD_OPT(atc_basic_cereg_read, active_time, ATC_T_STRING, ATC_F_OPTIONAL | ATC_F_EMPTY, ATC__BASIC_I_REQUESTED_PERIODIC_RAU),
    ATC_FIELD_OPT(atc_basic_cereg_read, periodic_tau, ATC_T_STRING, ATC_F_OPTIONAL | ATC_F_EMPTY, ATC__BASIC_I_REQUESTED_PERIODIC_RAU),
    /* COPS_READ: +COPS: <mode>[,<format>,<oper>[,<AcT>]] */
    ATC_FIELD(atc_basic_cops_read, mode, ATC_T_INT, 0, ATC__BASIC_I_MODE),
    ATC_FIELD_OPT(atc_basic_cops_read, format, ATC_T_INT, ATC_F_OPTIONAL, ATC__BASIC_I_N),
    ATC_FIELD_OPT(atc_basic_cops_read, oper, ATC_T_STRING, ATC_F_OPTIONAL | ATC_F_EMPTY, ATC__BASIC_I_OPER),
    ATC_FIELD_OPT(atc_basic_cops_read, act, ATC_T_INT, ATC_F_OPTIONAL | ATC_F_EMPTY, ATC__BASIC_I_ACT),
    /* COPS_TEST: +COPS: <operator_list>... */
    ATC_FIELD_LIST(atc_basic_cops_test, operator_list, ATC_T_SUPPORTED, ATC_F_LIST | ATC_F_EMPTY, ATC__BASIC_I_CID),
    /* CFUN_READ: +CFUN: <fun> */
    ATC_FIELD(atc_basic_cfun_read, fun, ATC_T_INT, 0, ATC__BASIC_I_FUN),
    /* CFUN_TEST: +CFUN: <fun>,<rst> */
    ATC_FIELD(atc_basic_cfun_test, fun, ATC_T_SUPPORTED, 0, ATC__BASIC_I_OPER),
    ATC_FIELD(atc_basic_cfun_test, rst, ATC_T_SUPPORTED, 0, ATC__BASIC_I_OPER),
    /* CGATT_TEST: +CGATT: <state> */
    ATC_FIELD(atc_basic_cgatt_test, state, ATC_T_SUPPORTED, 0, ATC__BASIC_I_OPER),
    /* CGDCONT_READ: +CGDCONT: <cid>,<PDP_type>,<APN>,<PDP_addr>,<d_comp>,<h_comp>[,<IPv4AddrAlloc>[,<request_type>[,<P-CSCF_discovery>[,<IM_CN_Signalling_Flag_Ind>[,<NSLPI>[,<securePCO>[,<IPv4_MTU_discovery>[,<Local_Addr_Ind>[,<Non-IP_MTU_discovery>[,<Reliable_Data_Service>]]]]]]]]]] */
    ATC_FIELD(atc_basic_cgdcont_read, cid, ATC_T_INT, 0, ATC__BASIC_I_PIN),
    ATC_FIELD_OPT(atc_basic_cgdcont_read, pdp_type, ATC_T_STRING, ATC_F_OPTIONAL | ATC_F_EMPTY, ATC__BASIC_I_PDP_TYPE),
    ATC_FIELD_OPT(atc_basic_cgdcont_read, apn, ATC_T_STRING, ATC_F_OPTIONAL | ATC_F_EMPTY, ATC__BASIC_I_OPER),
    ATC_FIELD_OPT(atc_basic_cgdcont_read, pdp_addr, ATC_T_STRING, ATC_F_OPTIONAL | ATC_F_EMPTY, ATC__BASIC_I_OPER),
    ATC_FIELD_OPT(atc_basic_cgdcont_read, d_comp, ATC_T_INT, ATC_F_OPTIONAL | ATC_F_EMPTY, ATC__BASIC_I_D_COMP),
    ATC_FIELD_OPT(atc_basic_cgdcont_read, h_comp, ATC_T_INT, ATC_F_OPTIONAL | ATC_F_EMPTY, ATC__BASIC_I_H_COMP),
    ATC_FIELD_OPT(atc_basic_cgdcont_read, ipv4_addr_alloc, ATC_T_INT, ATC_F_OPTIONAL | ATC_F_EMPTY, ATC__BASIC_I_IPV4ADDRALLOC),
    ATC_FIELD_OPT(atc_basic_cgdcont_read, request_type, ATC_T_INT, ATC_F_OPTIONAL | ATC_F_EMPTY, ATC__BASIC_I_H_COMP),
    ATC_FIELD_OPT(atc_basic_cgdcont_read, p_cscf_discovery, ATC_T_INT, ATC_F_OPTIONAL | ATC_F_EMPTY, ATC__BASIC_I_P_CSCF_DISCOVERY),
    ATC_FIELD_OPT(atc_basic_cgdcont_read, im_cn_signalling_flag_ind, ATC_T_INT, ATC_F_OPTIONAL | ATC_F_EMPTY, ATC__BASIC_I_IPV4ADDRALLOC),
    ATC_FIELD_OPT(atc_basic_cgdcont_read, nslpi, ATC_T_INT, ATC_F_OPTIONAL | ATC_F_EMPTY, ATC__BASIC_I_IPV4ADDRALLOC),
    ATC_FIELD_OPT(atc_basic_cgdcont_read, secure_pco, ATC_T_INT, ATC_F_OPTIONAL | ATC_F_EMPTY, ATC__BASIC_I_IPV4ADDRALLOC),
    ATC_FIELD_OPT(atc_basic_cgdcont_read, ipv4_mtu_discovery, ATC_T_INT, ATC_F_OPTIONAL | ATC_F_EMPTY, ATC__BASIC_I_IPV4ADDRALLOC),
    ATC_FIELD_OPT(atc_basic_cgdcont_read, local_addr_ind, ATC_T_INT, ATC_F_OPTIONAL | ATC_F_EMPTY, ATC__BASIC_I_IPV4ADDRALLOC),
    ATC_FIELD_OPT(atc_basic_cgdcont_read, non_ip_mtu_discovery, ATC_T_INT, ATC_F_OPTIONAL | ATC_F_EMPTY, ATC__BASIC_I_IPV4ADDRALLOC),
    ATC_FIELD_OPT(atc_basic_cgdcont_read, reliable_data_service, ATC_T_INT, ATC_F_OPTIONAL | ATC_F_EMPTY, ATC__BASIC_I_IPV4ADDRALLOC),
    /* CGDCONT_TEST: +CGDCONT: <cid>,<PDP_type>,<APN>,<PDP_addr>,<d_comp>,<h_comp>[,<IPv4AddrAlloc>[,<request_type>[,<P-CSCF_discovery>[,<IM_CN_Signalling_Flag_Ind>[,<NSLPI>[,<securePCO>[,<IPv4_MTU_discovery>[,<Local_Addr_Ind>[,<Non-IP_MTU_discovery>[,<Reliable_Data_Service>]]]]]]]]]] */
    ATC_FIELD(atc_basic_cgdcont_test, cid, ATC_T_SUPPORTED, 0, ATC__BASIC_I_OPER),
    ATC_FIELD_OPT(atc_basic_cgdcont_test, pdp_type, ATC_T_SUPPORTED, ATC_F_OPTIONAL | ATC_F_EMPTY, ATC__BASIC_I_OPER),
    ATC_FIELD_OPT(atc_basic_cgdcont_test, apn, ATC_T_SUPPORTED, ATC_F_OPTIONAL | ATC_F_EMPTY, ATC__BASIC_I_OPER),
    ATC_FIELD_OPT(atc_basic_cgdcont_test, pdp_addr, ATC_T_SUPPORTED, ATC_F_OPTIONAL | ATC_F_EMPTY, ATC__BASIC_I_OPER),
    ATC_FIELD_OPT(atc_basic_cgdcont_test, d_comp, ATC_T_SUPPORTED, ATC_F_OPTIONAL | ATC_F_EMPTY, ATC__BASIC_I_OPER),
    ATC_FIELD_OPT(atc_basic_cgdcont_test, h_comp, ATC_T_SUPPORTED, ATC_F_OPTIONAL | ATC_F_EMPTY, ATC__BASIC_I_OPER),
    ATC_FIELD_OPT(atc_basic_cgdcont_test, ipv4_addr_alloc, ATC_T_SUPPORTED, ATC_F_OPTIONAL | ATC_F_EMPTY, ATC__BASIC_I_OPER),
    ATC_FIELD_OPT(atc_basic_cgdcont_test, request_type, ATC_T_SUPPORTED, ATC_F_OPTIONAL | ATC_F_EMPTY, ATC__BASIC_I_OPER),
    ATC_FIELD_OPT(atc_basic_cgdcont_test, p_cscf_discovery, ATC_T_SUPPORTED, ATC_F_OPTIONAL | ATC_F_EMPTY, ATC__BASIC_I_OPER),
    ATC_FIELD_OPT(atc_basic_cgdcont_test, im_cn_signalling_flag_ind, ATC_T_SUPPORTED, ATC_F_OPTIONAL | ATC_F_EMPTY, ATC__BASIC_I_OPER),
    ATC_FIELD_OPT(atc_basic_cgdcont_test, nslpi, ATC_T_SUPPORTED, ATC_F_OPTIONAL | ATC_F_EMPTY, ATC__BASIC_I_OPER),
    ATC_FIELD_OPT(atc_basic_cgdcont_test, secure_pco, ATC_T_SUPPORTED, ATC_F_OPTIONAL | ATC_F_EMPTY, ATC__BASIC_I_OPER),
    ATC_FIELD_OPT(atc_basic_cgdcont_test, ipv4_mtu_discovery, ATC_T_SUPPORTED, ATC_F_OPTIONAL | ATC_F_EMPTY, ATC__BASIC_I_OPER),
    ATC_FIELD_OPT(atc_basic_cgdcont_test, local_addr_ind, ATC_T_SUPPORTED, ATC_F_OPTIONAL | ATC_F_EMPTY, ATC__BASIC_I_OPER),
    ATC_FIELD_OPT(atc_basic_cgdcont_test, non_ip_mtu_discovery, ATC_T_SUPPORTED, ATC_F_OPTIONAL | ATC_F_EMPTY, ATC__BASIC_I_OPER),
    ATC_FIELD_OPT(atc_basic_cgdcont_test, reliable_data_service, ATC_T_SUPPORTED, ATC_F_OPTIONAL | ATC_F_EMPTY, ATC__BASIC_I_OPER),
    /* CGACT_READ: +CGACT: <cid>,<state> */
    ATC_FIELD(atc_basic_cgact_read, cid, ATC_T_INT, 0, ATC__BASIC_I_PIN),
    ATC_FIELD(atc_basic_cgact_read, state, ATC_T_INT, 0, ATC__BASIC_I_RST),
    /* CGPADDR: +CGPADDR: <cid>[,<PDP_addr_1>[,<PDP_addr_2>]] */
    ATC_FIELD(atc_basic_cgpaddr, cid, ATC_T_INT, 0, ATC__BASIC_I_PIN),
    ATC_FIELD_OPT(atc_basic_cgpaddr, pdp_addr_1, ATC_T_STRING, ATC_F_OPTIONAL, ATC__BASIC_I_PIN),
    ATC_FIELD_OPT(atc_basic_cgpaddr, pdp_addr_2, ATC_T_STRING, ATC_F_OPTIONAL, ATC__BASIC_I_PIN),
    /* CGPADDR_TEST: +CGPADDR: <cid> */
    ATC_FIELD(atc_basic_cgpaddr_test, cid, ATC_T_SUPPORTED, 0, ATC__BASIC_I_OPER),
    /* CSCON_READ: +CSCON: <n>,<mode>[,<state>[,<access>[,<coreNetwork>]]] */
    ATC_FIELD(atc_basic_cscon_read, n, ATC_T_INT, 0, ATC__BASIC_I_MODE),
    ATC_FIELD(atc_basic_cscon_read, mode, ATC_T_INT, 0, ATC__BASIC_I_RST),
    ATC_FIELD_OPT(atc_basic_cscon_read, state, ATC_T_INT, ATC_F_OPTIONAL, ATC__BASIC_I_PIN),
    ATC_FIELD_OPT(atc_basic_cscon_read, access, ATC_T_INT, ATC_F_OPTIONAL, ATC__BASIC_I_PIN),
    ATC_FIELD_OPT(atc_basic_cscon_read, core_network, ATC_T_INT, ATC_F_OPTIONAL, ATC__BASIC_I_PIN),
    /* CTZR_READ: +CTZR: <reporting> */
    ATC_FIELD(atc_basic_ctzr_read, reporting, ATC_T_INT, 0, ATC__BASIC_I_SNT),
    /* CTZR_TEST: +CTZR: <reporting> */
    ATC_FIELD(atc_basic_ctzr_test, reporting, ATC_T_SUPPORTED, 0, ATC__BASIC_I_OPER),
    /* CTZU_TEST: +CTZU: <onoff> */
    ATC_FIELD(atc_basic_ctzu_test, onoff, ATC_T_SUPPORTED, 0, ATC__BASIC_I_OPER),
    /* CPSMS_READ: +CPSMS: <mode>[,<Requested_Periodic-RAU>,<Requested_GPRS-READY-timer>,<Requested_Periodic-TAU>,<Requested_Active-Time>] */
    ATC_FIELD(atc_basic_cpsms_read, mode, ATC_T_INT, 0, ATC__BASIC_I_N),
    ATC_FIELD_OPT(atc_basic_cpsms_read, requested_periodic_rau, ATC_T_STRING, ATC_F_OPTIONAL | ATC_F_EMPTY, ATC__BASIC_I_REQUESTED_PERIODIC_RAU),
    ATC_FIELD_OPT(atc_basic_cpsms_read, requested_gprs_ready_timer, ATC_T_STRING, ATC_F_OPTIONAL | ATC_F_EMPTY, ATC__BASIC_I_REQUESTED_PERIODIC_RAU),
    ATC_FIELD_OPT(atc_basic_cpsms_read, requested_periodic_tau, ATC_T_STRING, ATC_F_OPTIONAL | ATC_F_EMPTY, ATC__BASIC_I_REQUESTED_PERIODIC_RAU),
    ATC_FIELD_OPT(atc_basic_cpsms_read, requested_active_time, ATC_T_STRING, ATC_F_OPTIONAL | ATC_F_EMPTY, ATC__BASIC_I_REQUESTED_PERIODIC_RAU),
    /* CPSMS_TEST: +CPSMS: <mode>,<Requested_Periodic-RAU>,<Requested_GPRS-READY-timer>,<Requested_Periodic-TAU>,<Requested_Active-Time> */
    ATC_FIELD(atc_basic_cpsms_test, mode, ATC_T_SUPPORTED, 0, ATC__BASIC_I_OPER),
    ATC_FIELD_OPT(atc_basic_cpsms_test, requested_periodic_rau, ATC_T_SUPPORTED, ATC_F_OPTIONAL | ATC_F_EMPTY, ATC__BASIC_I_OPER),
    ATC_FIELD_OPT(atc_basic_cpsms_test, requested_gprs_ready_timer, ATC_T_SUPPORTED, ATC_F_OPTIONAL | ATC_F_EMPTY, ATC__BASIC_I_OPER),
    ATC_FIELD_OPT(atc_basic_cpsms_test, requested_periodic_tau, ATC_T_SUPPORTED, ATC_F_OPTIONAL | ATC_F_EMPTY, ATC__BASIC_I_OPER),
    ATC_FIELD_OPT(atc_basic_cpsms_test, requested_active_time, ATC_T_SUPPORTED, ATC_F_OPTIONAL | ATC_F_EMPTY, ATC__BASIC_I_OPER),
    /* CEDRXS_READ: +CEDRXS: <AcT-type>,<Requested_eDRX_value> */
    ATC_FIELD(atc_basic_cedrxs_read, act_type, ATC_T_INT, 0, ATC__BASIC_I_N_2),
    ATC_FIELD_OPT(atc_basic_cedrxs_read, requested_edrx_value, ATC_T_STRING, ATC_F_OPTIONAL | ATC_F_EMPTY, ATC__BASIC_I_REQUESTED_EDRX_VALUE),
    /* CEDRXS_TEST: +CEDRXS: <mode>,<AcT-type>,<Requested_eDRX_value> */
    ATC_FIELD(atc_basic_cedrxs_test, mode, ATC_T_SUPPORTED, 0, ATC__BASIC_I_OPER),
    ATC_FIELD(atc_basic_cedrxs_test, act_type, ATC_T_SUPPORTED, 0, ATC__BASIC_I_OPER),
    ATC_FIELD_OPT(atc_basic_cedrxs_test, requested_edrx_value, ATC_T_SUPPORTED, ATC_F_OPTIONAL | ATC_F_EMPTY, ATC__BASIC_I_OPER),
    /* CEDRXRDP: +CEDRXRDP: <AcT-type>[,<Requested_eDRX_value>[,<NW-provided_eDRX_value>[,<Paging_time_window>]]] */
    ATC_FIELD(atc_basic_cedrxrdp, act_type, ATC_T_INT, 0, ATC__BASIC_I_N_2),
    ATC_FIELD_OPT(atc_basic_cedrxrdp, requested_edrx_value, ATC_T_STRING, ATC_F_OPTIONAL | ATC_F_EMPTY, ATC__BASIC_I_REQUESTED_EDRX_VALUE),
    ATC_FIELD_OPT(atc_basic_cedrxrdp, nw_provided_edrx_value, ATC_T_STRING, ATC_F_OPTIONAL | ATC_F_EMPTY, ATC__BASIC_I_REQUESTED_EDRX_VALUE),
    ATC_FIELD_OPT(atc_basic_cedrxrdp, paging_time_window, ATC_T_STRING, ATC_F_OPTIONAL | ATC_F_EMPTY, ATC__BASIC_I_REQUESTED_EDRX_VALUE),
    /* IPR_TEST: +IPR: <rate>[,<fixed_rate>] */
    ATC_FIELD(atc_basic_ipr_test, rate, ATC_T_SUPPORTED, 0, ATC__BASIC_I_OPER),
    ATC_FIELD_OPT(atc_basic_ipr_test, fixed_rate, ATC_T_SUPPORTED, ATC_F_OPTIONAL, ATC__BASIC_I_OPER),
    /* ICF_READ: +ICF: <format>,<parity> */
    ATC_FIELD(atc_basic_icf_read, format, ATC_T_INT, 0, ATC__BASIC_I_FORMAT),
    ATC_FIELD(atc_basic_icf_read, parity, ATC_T_INT, 0, ATC__BASIC_I_SNT),
    /* ICF_TEST: +ICF: <format>,<parity> */
    ATC_FIELD(atc_basic_icf_test, format, ATC_T_SUPPORTED, 0, ATC__BASIC_I_OPER),
    ATC_FIELD(atc_basic_icf_test, parity, ATC_T_SUPPORTED, 0, ATC__BASIC_I_OPER),
    /* IFC_READ: +IFC: <DCE_by_DTE>,<DTE_by_DCE> */
    ATC_FIELD(atc_basic_ifc_read, dce_by_dte, ATC_T_INT, 0, ATC__BASIC_I_SNT),
    ATC_FIELD(atc_basic_ifc_read, dte_by_dce, ATC_T_INT, 0, ATC__BASIC_I_N),
    /* IFC_TEST: +IFC: <DCE_by_DTE>,<DTE_by_DCE> */
    ATC_FIELD(atc_basic_ifc_test, dce_by_dte, ATC_T_SUPPORTED, 0, ATC__BASIC_I_OPER),
    ATC_FIELD(atc_basic_ifc_test, dte_by_dce, ATC_T_SUPPORTED, 0, ATC__BASIC_I_OPER),
    /* CREG: +CREG: <stat>[,<lac>,<ci>[,<AcT>[,<cause_type>,<reject_cause>]]] */
    ATC_FIELD(atc_basic_creg, stat, ATC_T_INT, 0, ATC__BASIC_I_STAT),
    ATC_FIELD_OPT(atc_basic_creg, lac, ATC_T_STRING, ATC_F_OPTIONAL | ATC_F_EMPTY, ATC__BASIC_I_REQUESTED_EDRX_VALUE),
    ATC_FIELD_OPT(atc_basic_creg, ci, ATC_T_STRING, ATC_F_OPTIONAL | ATC_F_EMPTY, ATC__BASIC_I_REQUESTED_PERIODIC_RAU),
    ATC_FIELD_OPT(atc_basic_creg, act, ATC_T_INT, ATC_F_OPTIONAL | ATC_F_EMPTY, ATC__BASIC_I_ACT),
    ATC_FIELD_OPT(atc_basic_creg, cause_type, ATC_T_INT, ATC_F_OPTIONAL | ATC_F_EMPTY, ATC__BASIC_I_IPV4ADDRALLOC),
    ATC_FIELD_OPT(atc_basic_creg, reject_cause, ATC_T_INT, ATC_F_OPTIONAL | ATC_F_EMPTY, ATC__BASIC_I_OPER),
    /* CGREG: +CGREG: <stat>[,<lac>,<ci>[,<AcT>[,<rac>[,<cause_type>,<reject_cause>[,<Active-Time>,<Periodic-RAU>,<GPRS-READY-timer>]]]]] */
    ATC_FIELD(atc_basic_cgreg, stat, ATC_T_INT, 0, ATC__BASIC_I_STAT),
    ATC_FIELD_OPT(atc_basic_cgreg, lac, ATC_T_STRING, ATC_F_OPTIONAL | ATC_F_EMPTY, ATC__BASIC_I_REQUESTED_EDRX_VALUE),
    ATC_FIELD_OPT(atc_basic_cgreg, ci, ATC_T_STRING, ATC_F_OPTIONAL | ATC_F_EMPTY, ATC__BASIC_I_REQUESTED_PERIODIC_RAU),
    ATC_FIELD_OPT(atc_basic_cgreg, act, ATC_T_INT, ATC_F_OPTIONAL | ATC_F_EMPTY, ATC__BASIC_I_ACT),
    ATC_FIELD_OPT(atc_basic_cgreg, rac, ATC_T_STRING, ATC_F_OPTIONAL | ATC_F_EMPTY, ATC__BASIC_I_RAC),
    ATC_FIELD_OPT(atc_basic_cgreg, cause_type, ATC_T_INT, ATC_F_OPTIONAL | ATC_F_EMPTY, ATC__BASIC_I_IPV4ADDRALLOC),
    ATC_FIELD_OPT(atc_basic_cgreg, reject_cause, ATC_T_INT, ATC_F_OPTIONAL | ATC_F_EMPTY, ATC__BASIC_I_OPER),
    ATC_FIELD_OPT(atc_basic_cgreg, active_time, ATC_T_STRING, ATC_F_OPTIONAL | ATC_F_EMPTY, ATC__BASIC_I_REQUESTED_PERIODIC_RAU),
    ATC_FIELD_OPT(atc_basic_cgreg, periodic_rau, ATC_T_STRING, ATC_F_OPTIONAL | ATC_F_EMPTY, ATC__BASIC_I_REQUESTED_PERIODIC_RAU),
    ATC_FIELD_OPT(atc_basic_cgreg, gprs_ready_timer, ATC_T_STRING, ATC_F_OPTIONAL | ATC_F_EMPTY, ATC__BASIC_I_REQUESTED_PERIODIC_RAU),
    /* CEREG: +CEREG: <stat>[,<tac>,<ci>[,<AcT>[,<cause_type>,<reject_cause>[,<Active-Time>,<Periodic-TAU>]]]] */
    ATC_FIELD(atc_basic_cereg, stat, ATC_T_INT, 0, ATC__BASIC_I_STAT),
    ATC_FIELD_OPT(atc_basic_cereg, tac, ATC_T_STRING, ATC_F_OPTIONAL | ATC_F_EMPTY, ATC__BASIC_I_REQUESTED_EDRX_VALUE),
    ATC_FIELD_OPT(atc_basic_cereg, ci, ATC_T_STRING, ATC_F_OPTIONAL | ATC_F_EMPTY, ATC__BASIC_I_REQUESTED_PERIODIC_RAU),
    ATC_FIELD_OPT(atc_basic_cereg, act, ATC_T_INT, ATC_F_OPTIONAL | ATC_F_EMPTY, ATC__BASIC_I_ACT),
    ATC_FIELD_OPT(atc_basic_cereg, cause_type, ATC_T_INT, ATC_F_OPTIONAL | ATC_F_EMPTY, ATC__BASIC_I_IPV4ADDRALLOC),
    ATC_FIELD_OPT(atc_basic_cereg, reject_cause, ATC_T_INT, ATC_F_OPTIONAL | ATC_F_EMPTY, ATC__BASIC_I_OPER),
    ATC_FIELD_OPT(atc_basic_cereg, active_time, ATC_T_STRING, ATC_F_OPTIONAL | ATC_F_EMPTY, ATC__BASIC_I_REQUESTED_PERIODIC_RAU),
    ATC_FIELD_OPT(atc_basic_cereg, periodic_tau, ATC_T_STRING, ATC_F_OPTIONAL | ATC_F_EMPTY, ATC__BASIC_I_REQUESTED_PERIODIC_RAU),
    /* CSCON: +CSCON: <mode>[,<state>[,<access>[,<coreNetwork>]]] */
    ATC_FIELD(atc_basic_cscon, mode, ATC_T_INT, 0, ATC__BASIC_I_RST),
    ATC_FIELD_OPT(atc_basic_cscon, state, ATC_T_INT, ATC_F_OPTIONAL, ATC__BASIC_I_PIN),
    ATC_FIELD_OPT(atc_basic_cscon, access, ATC_T_INT, ATC_F_OPTIONAL, ATC__BASIC_I_PIN),
    ATC_FIELD_OPT(atc_basic_cscon, core_network, ATC_T_INT, ATC_F_OPTIONAL, ATC__BASIC_I_PIN),
    /* CTZV: +CTZV: <tz> */
    ATC_FIELD(atc_basic_ctzv, tz, ATC_T_STRING, 0, ATC__BASIC_I_PIN),
    /* CTZE: +CTZE: <tz>,<dst>[,<time>] */
    ATC_FIELD(atc_basic_ctze, tz, ATC_T_STRING, 0, ATC__BASIC_I_PIN),
    ATC_FIELD(atc_basic_ctze, dst, ATC_T_INT, 0, ATC__BASIC_I_N),
    ATC_FIELD_OPT(atc_basic_ctze, time, ATC_T_STRING, ATC_F_OPTIONAL | ATC_F_EMPTY, ATC__BASIC_I_TIME),
    /* CTZEU: +CTZEU: <tz>,<dst>[,<utime>] */
    ATC_FIELD(atc_basic_ctzeu, tz, ATC_T_STRING, 0, ATC__BASIC_I_PIN),
    ATC_FIELD(atc_basic_ctzeu, dst, ATC_T_INT, 0, ATC__BASIC_I_N),
    ATC_FIELD_OPT(atc_basic_ctzeu, utime, ATC_T_STRING, ATC_F_OPTIONAL | ATC_F_EMPTY, ATC__BASIC_I_TIME),
    ATC_LITERAL(0)
};

/* Field-presence shapes (mask, values on the wire, 1: takes any more), shortest first. */
static const atc_shape atc__basic_shapes[] = {
    {0x0u, 0, 0},
    {0x1u, 1, 1},
    {0x1u, 1, 0},
    {0x0u, 0, 0},
    {0x1u, 1, 0},
    {0x1u, 1, 0},
    {0x3u, 2, 0},
    {0x0u, 0, 0},
    {0x1u, 1, 0},
    {0x3u, 2, 0},
    {0x7u, 3, 0},
    {0xfu, 4, 0},
    {0x0u, 0, 0},
    {0x1u, 1, 0},
    {0x3u, 2, 0},
    {0x7u, 3, 0},
    {0xfu, 4, 0},
    {0x1fu, 5, 0},
    {0x3fu, 6, 0},
    {0x7fu, 7, 0},
    {0xffu, 8, 0},
    {0x1ffu, 9, 0},
    {0x3ffu, 10, 0},
    {0x7ffu, 11, 0},
    {0xfffu, 12, 0},
    {0x1fffu, 13, 0},
    {0x3fffu, 14, 0},
    {0x7fffu, 15, 0},
    {0xffffu, 16, 0},
    {0x0u, 0, 0},
    {0x1u, 1, 0},
    {0x3u, 2, 1},
    {0x1u, 1, 2},
    {0x3u, 2, 0},
    {0xfu, 4, 0},
    {0x1fu, 5, 0},
    {0x7fu, 7, 0},
    {0x3u, 2, 0},
    {0xfu, 4, 0},
    {0x1fu, 5, 0},
    {0x3fu, 6, 0},
    {0xffu, 8, 0},
    {0x7ffu, 11, 0},
    {0x3u, 2, 0},
    {0xfu, 4, 0},
    {0x1fu, 5, 0},
    {0x7fu, 7, 0},
    {0x1ffu, 9, 0},
    {0x1u, 1, 0},
    {0x7u, 3, 0},
    {0xfu, 4, 0},
    {0x1u, 1, 0},
    {0x1fu, 5, 0},
    {0x1u, 1, 0},
    {0x7u, 3, 0},
    {0xfu, 4, 0},
    {0x3fu, 6, 0},
    {0x1u, 1, 0},
    {0x7u, 3, 0},
    {0xfu, 4, 0},
    {0x1fu, 5, 0},
    {0x7fu, 7, 0},
    {0x3ffu, 10, 0},
    {0x1u, 1, 0},
    {0x7u, 3, 0},
    {0xfu, 4, 0},
    {0x3fu, 6, 0},
    {0xffu, 8, 0},
    {0x3u, 2, 0},
    {0x7u, 3, 1},
    {0, 0, 0}
};

/* Message ids: the command forms responses answer, and the candidates of each head. */
static const uint16_t atc__basic_ids[] = {
19, 20, 34, 36, 38, 41, 40, 45, 47, 49, 51, 39, 43, 53, 52, 56,
59, 58, 61, 60, 63, 62, 66, 65, 69, 68, 72, 71, 75, 74, 78, 77,
81, 80, 84, 83, 88, 87, 86, 90, 89, 93, 96, 95, 99, 98, 102, 101,
105, 104, 108, 110, 109, 113, 112, 116, 115, 0, 1, 2, 3, 4, 5, 6,
7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 21, 22, 23, 24,
25, 26, 27, 28, 29, 30, 31, 32, 33, 35, 37, 42, 44, 46, 48, 50,
54, 55, 57, 64, 67, 70, 73, 76, 79, 82, 85, 91, 92, 94, 97, 100,
103, 106, 107, 111, 114, 117, 127, 128, 130, 131, 132, 173, 133, 134, 135, 136,
137, 138, 174, 139, 140, 175, 141, 142, 176, 143, 144, 145, 146, 183, 147, 148,
149, 150, 151, 152, 153, 154, 155, 156, 177, 157, 158, 159, 160, 161, 162, 163,
164, 165, 166, 167, 168, 169, 170, 171, 172, 178, 179, 180, 181, 182, 184, 185,
186, 118, 119, 120, 121, 122, 123, 124, 125, 126, 129,
    0
};








/* ---- Messages ---- */
static const atc_msg_desc atc__basic_msgs[] = {
    /* kind, form, flags, fields, shapes, size, answers, extra, nfields, nshapes, nanswers, nindex, tag_first,
     * max_count */
    {ATC_KIND_FINAL, ATC_FORM_NONE, 0,
      ATC__BASIC_F_NONE, 0, sizeof(atc_basic_ok), 0, 0,
      0, 1, 0, 0, -1, 0}, /* OK */
    {ATC_KIND_FINAL, ATC_FORM_NONE, ATC_M_ERROR,
      ATC__BASIC_F_NONE, 0, sizeof(atc_basic_error), 0, 0,
      0, 1, 0, 0, -1, 0}, /* ERROR */
    {ATC_KIND_INTERMEDIATE, ATC_FORM_NONE, ATC_M_ENTERS_DATA | ATC_M_ENDS_COMMAND,
      ATC__BASIC_F_NONE, 0, sizeof(atc_basic_connect), 0, 0,
      0, 1, 0, 0, -1, 0}, /* CONNECT */
    {ATC_KIND_FINAL, ATC_FORM_NONE, ATC_M_LEAVES_DATA | ATC_M_ERROR,
      ATC__BASIC_F_NONE, 0, sizeof(atc_basic_no_carrier), 0, 0,
      0, 1, 0, 0, -1, 0}, /* NO_CARRIER */
    {ATC_KIND_FINAL, ATC_FORM_NONE, ATC_M_ERROR,
      ATC__BASIC_F_NONE, 0, sizeof(atc_basic_no_dialtone), 0, 0,
      0, 1, 0, 0, -1, 0}, /* NO_DIALTONE */
    {ATC_KIND_FINAL, ATC_FORM_NONE, ATC_M_ERROR,
      ATC__BASIC_F_NONE, 0, sizeof(atc_basic_busy), 0, 0,
      0, 1, 0, 0, -1, 0}, /* BUSY */
    {ATC_KIND_FINAL, ATC_FORM_NONE, ATC_M_ERROR,
      ATC__BASIC_F_NONE, 0, sizeof(atc_basic_no_answer), 0, 0,
      0, 1, 0, 0, -1, 0}, /* NO_ANSWER */
    {ATC_KIND_FINAL, ATC_FORM_NONE, ATC_M_ERROR,
      ATC__BASIC_F_CME_ERROR, 1, sizeof(atc_basic_cme_error), 0, 0,
      1, 1, 0, 0, -1, 255}, /* CME_ERROR */
    {ATC_KIND_FINAL, ATC_FORM_NONE, ATC_M_ERROR,
      ATC__BASIC_F_CMS_ERROR, 1, sizeof(atc_basic_cms_error), 0, 0,
      1, 1, 0, 0, -1, 255}, /* CMS_ERROR */
    {ATC_KIND_COMMAND, ATC_FORM_EXEC, 0,
      ATC__BASIC_F_NONE, 0, sizeof(atc_basic_at_at_exec), 0, 0,
      0, 1, 0, 0, -1, 0}, /* AT_AT_EXEC */
    {ATC_KIND_COMMAND, ATC_FORM_EXEC, 0,
      ATC__BASIC_F_NONE, 0, sizeof(atc_basic_at_ate0_exec), 0, 0,
      0, 1, 0, 0, -1, 0}, /* AT_ATE0_EXEC */
    {ATC_KIND_COMMAND, ATC_FORM_EXEC, 0,
      ATC__BASIC_F_NONE, 0, sizeof(atc_basic_at_ate1_exec), 0, 0,
      0, 1, 0, 0, -1, 0}, /* AT_ATE1_EXEC */
    {ATC_KIND_COMMAND, ATC_FORM_EXEC, 0,
      ATC__BASIC_F_NONE, 0, sizeof(atc_basic_at_ate_exec), 0, 0,
      0, 1, 0, 0, -1, 0}, /* AT_ATE_EXEC */
    {ATC_KIND_COMMAND, ATC_FORM_EXEC, 0,
      ATC__BASIC_F_NONE, 0, sizeof(atc_basic_at_atv0_exec), 0, 0,
      0, 1, 0, 0, -1, 0}, /* AT_ATV0_EXEC */
    {ATC_KIND_COMMAND, ATC_FORM_EXEC, 0,
      ATC__BASIC_F_NONE, 0, sizeof(atc_basic_at_atv1_exec), 0, 0,
      0, 1, 0, 0, -1, 0}, /* AT_ATV1_EXEC */
    {ATC_KIND_COMMAND, ATC_FORM_EXEC, 0,
      ATC__BASIC_F_NONE, 0, sizeof(atc_basic_at_atv_exec), 0, 0,
      0, 1, 0, 0, -1, 0}, /* AT_ATV_EXEC */
    {ATC_KIND_COMMAND, ATC_FORM_EXEC, 0,
      ATC__BASIC_F_NONE, 0, sizeof(atc_basic_at_atq0_exec), 0, 0,
      0, 1, 0, 0, -1, 0}, /* AT_ATQ0_EXEC */
    {ATC_KIND_COMMAND, ATC_FORM_EXEC, 0,
      ATC__BASIC_F_NONE, 0, sizeof(atc_basic_at_atq1_exec), 0, 0,
      0, 1, 0, 0, -1, 0}, /* AT_ATQ1_EXEC */
    {ATC_KIND_COMMAND, ATC_FORM_EXEC, 0,
      ATC__BASIC_F_NONE, 0, sizeof(atc_basic_at_atq_exec), 0, 0,
      0, 1, 0, 0, -1, 0}, /* AT_ATQ_EXEC */
    {ATC_KIND_COMMAND, ATC_FORM_EXEC, 0,
      ATC__BASIC_F_NONE, 0, sizeof(atc_basic_at_ati_exec), 0, 0,
      0, 1, 0, 0, -1, 0}, /* AT_ATI_EXEC */
    {ATC_KIND_COMMAND, ATC_FORM_EXEC, 0,
      ATC__BASIC_F_NONE, 0, sizeof(atc_basic_at_ati0_exec), 0, 0,
      0, 1, 0, 0, -1, 0}, /* AT_ATI0_EXEC */
    {ATC_KIND_COMMAND, ATC_FORM_EXEC, 0,
      ATC__BASIC_F_NONE, 0, sizeof(atc_basic_at_atz_exec), 0, 0,
      0, 1, 0, 0, -1, 0}, /* AT_ATZ_EXEC */
    {ATC_KIND_COMMAND, ATC_FORM_EXEC, 0,
      ATC__BASIC_F_NONE, 0, sizeof(atc_basic_at_atz0_exec), 0, 0,
      0, 1, 0, 0, -1, 0}, /* AT_ATZ0_EXEC */
    {ATC_KIND_COMMAND, ATC_FORM_EXEC, 0,
      ATC__BASIC_F_NONE, 0, sizeof(atc_basic_at_at_amp_f_exec), 0, 0,
      0, 1, 0, 0, -1, 0}, /* AT_AT_AMP_F_EXEC */
    {ATC_KIND_COMMAND, ATC_FORM_EXEC, 0,
      ATC__BASIC_F_NONE, 0, sizeof(atc_basic_at_at_amp_f0_exec), 0, 0,
      0, 1, 0, 0, -1, 0}, /* AT_AT_AMP_F0_EXEC */
    {ATC_KIND_COMMAND, ATC_FORM_EXEC, 0,
      ATC__BASIC_F_NONE, 0, sizeof(atc_basic_at_at_amp_w_exec), 0, 0,
      0, 1, 0, 0, -1, 0}, /* AT_AT_AMP_W_EXEC */
    {ATC_KIND_COMMAND, ATC_FORM_EXEC, 0,
      ATC__BASIC_F_NONE, 0, sizeof(atc_basic_at_at_amp_w0_exec), 0, 0,
      0, 1, 0, 0, -1, 0}, /* AT_AT_AMP_W0_EXEC */
    {ATC_KIND_COMMAND, ATC_FORM_EXEC, 0,
      ATC__BASIC_F_NONE, 0, sizeof(atc_basic_at_ato_exec), 0, 0,
      0, 1, 0, 0, -1, 0}, /* AT_ATO_EXEC */
    {ATC_KIND_COMMAND, ATC_FORM_EXEC, 0,
      ATC__BASIC_F_NONE, 0, sizeof(atc_basic_at_ato0_exec), 0, 0,
      0, 1, 0, 0, -1, 0}, /* AT_ATO0_EXEC */
    {ATC_KIND_COMMAND, ATC_FORM_EXEC, 0,
      ATC__BASIC_F_NONE, 0, sizeof(atc_basic_at_ath_exec), 0, 0,
      0, 1, 0, 0, -1, 0}, /* AT_ATH_EXEC */
    {ATC_KIND_COMMAND, ATC_FORM_EXEC, 0,
      ATC__BASIC_F_NONE, 0, sizeof(atc_basic_at_ath0_exec), 0, 0,
      0, 1, 0, 0, -1, 0}, /* AT_ATH0_EXEC */
    {ATC_KIND_COMMAND, ATC_FORM_EXEC, 0,
      ATC__BASIC_F_NONE, 0, sizeof(atc_basic_at_ata_exec), 0, 0,
      0, 1, 0, 0, -1, 0}, /* AT_ATA_EXEC */
    {ATC_KIND_COMMAND, ATC_FORM_EXEC, 0,
      ATC__BASIC_F_NONE, 0, sizeof(atc_basic_at_a_slash_exec), 0, 0,
      0, 1, 0, 0, -1, 0}, /* AT_A_SLASH_EXEC */
    {ATC_KIND_COMMAND, ATC_FORM_TEST, 0,
      ATC__BASIC_F_NONE, 0, sizeof(atc_basic_at_cgmi_test), 0, 0,
      0, 1, 0, 0, -1, 0}, /* AT_CGMI_TEST */
    {ATC_KIND_COMMAND, ATC_FORM_EXEC, 0,
      ATC__BASIC_F_NONE, 0, sizeof(atc_basic_at_cgmi_exec), 0, 0,
      0, 1, 0, 0, -1, 0}, /* AT_CGMI_EXEC */
    {ATC_KIND_COMMAND, ATC_FORM_TEST, 0,
      ATC__BASIC_F_NONE, 0, sizeof(atc_basic_at_cgmm_test), 0, 0,
      0, 1, 0, 0, -1, 0}, /* AT_CGMM_TEST */
    {ATC_KIND_COMMAND, ATC_FORM_EXEC, 0,
      ATC__BASIC_F_NONE, 0, sizeof(atc_basic_at_cgmm_exec), 0, 0,
      0, 1, 0, 0, -1, 0}, /* AT_CGMM_EXEC */
    {ATC_KIND_COMMAND, ATC_FORM_TEST, 0,
      ATC__BASIC_F_NONE, 0, sizeof(atc_basic_at_cgmr_test), 0, 0,
      0, 1, 0, 0, -1, 0}, /* AT_CGMR_TEST */
    {ATC_KIND_COMMAND, ATC_FORM_EXEC, 0,
      ATC__BASIC_F_NONE, 0, sizeof(atc_basic_at_cgmr_exec), 0, 0,
      0, 1, 0, 0, -1, 0}, /* AT_CGMR_EXEC */
    {ATC_KIND_COMMAND, ATC_FORM_TEST, 0,
      ATC__BASIC_F_NONE, 0, sizeof(atc_basic_at_cgsn_test), 0, 0,
      0, 1, 0, 0, -1, 0}, /* AT_CGSN_TEST */
    {ATC_KIND_COMMAND, ATC_FORM_SET, 0,
      ATC__BASIC_F_AT_CGSN_SET, 2, sizeof(atc_basic_at_cgsn_set), 0, 0,
      1, 1, 0, 0, -1, 1}, /* AT_CGSN_SET */
    {ATC_KIND_COMMAND, ATC_FORM_EXEC, 0,
      ATC__BASIC_F_NONE, 0, sizeof(atc_basic_at_cgsn_exec), 0, 0,
      0, 1, 0, 0, -1, 0}, /* AT_CGSN_EXEC */
    {ATC_KIND_COMMAND, ATC_FORM_TEST, 0,
      ATC__BASIC_F_NONE, 0, sizeof(atc_basic_at_cimi_test), 0, 0,
      0, 1, 0, 0, -1, 0}, /* AT_CIMI_TEST */
    {ATC_KIND_COMMAND, ATC_FORM_EXEC, 0,
      ATC__BASIC_F_NONE, 0, sizeof(atc_basic_at_cimi_exec), 0, 0,
      0, 1, 0, 0, -1, 0}, /* AT_CIMI_EXEC */
    {ATC_KIND_COMMAND, ATC_FORM_TEST, 0,
      ATC__BASIC_F_NONE, 0, sizeof(atc_basic_at_gmi_test), 0, 0,
      0, 1, 0, 0, -1, 0}, /* AT_GMI_TEST */
    {ATC_KIND_COMMAND, ATC_FORM_EXEC, 0,
      ATC__BASIC_F_NONE, 0, sizeof(atc_basic_at_gmi_exec), 0, 0,
      0, 1, 0, 0, -1, 0}, /* AT_GMI_EXEC */
    {ATC_KIND_COMMAND, ATC_FORM_TEST, 0,
      ATC__BASIC_F_NONE, 0, sizeof(atc_basic_at_gmm_test), 0, 0,
      0, 1, 0, 0, -1, 0}, /* AT_GMM_TEST */
    {ATC_KIND_COMMAND, ATC_FORM_EXEC, 0,
      ATC__BASIC_F_NONE, 0, sizeof(atc_basic_at_gmm_exec), 0, 0,
      0, 1, 0, 0, -1, 0}, /* AT_GMM_EXEC */
    {ATC_KIND_COMMAND, ATC_FORM_TEST, 0,
      ATC__BASIC_F_NONE, 0, sizeof(atc_basic_at_gmr_test), 0, 0,
      0, 1, 0, 0, -1, 0}, /* AT_GMR_TEST */
    {ATC_KIND_COMMAND, ATC_FORM_EXEC, 0,
      ATC__BASIC_F_NONE, 0, sizeof(atc_basic_at_gmr_exec), 0, 0,
      0, 1, 0, 0, -1, 0}, /* AT_GMR_EXEC */
    {ATC_KIND_COMMAND, ATC_FORM_TEST, 0,
      ATC__BASIC_F_NONE, 0, sizeof(atc_basic_at_gsn_test), 0, 0,
      0, 1, 0, 0, -1, 0}, /* AT_GSN_TEST */
    {ATC_KIND_COMMAND, ATC_FORM_EXEC, 0,
      ATC__BASIC_F_NONE, 0, sizeof(atc_basic_at_gsn_exec), 0, 0,
      0, 1, 0, 0, -1, 0}, /* AT_GSN_EXEC */
    {ATC_KIND_COMMAND, ATC_FORM_TEST, 0,
      ATC__BASIC_F_NONE, 0, sizeof(atc_basic_at_cmee_test), 0, 0,
      0, 1, 0, 0, -1, 0}, /* AT_CMEE_TEST */
    {ATC_KIND_COMMAND, ATC_FORM_READ, 0,
      ATC__BASIC_F_NONE, 0, sizeof(atc_basic_at_cmee_read), 0, 0,
      0, 1, 0, 0, -1, 0}, /* AT_CMEE_READ */
    {ATC_KIND_COMMAND, ATC_FORM_SET, 0,
      ATC__BASIC_F_AT_CMEE_SET, 3, sizeof(atc_basic_at_cmee_set), 0, 0,
      1, 2, 0, 0, -1, 1}, /* AT_CMEE_SET */
    {ATC_KIND_COMMAND, ATC_FORM_TEST, 0,
      ATC__BASIC_F_NONE, 0, sizeof(atc_basic_at_cpin_test), 0, 0,
      0, 1, 0, 0, -1, 0}, /* AT_CPIN_TEST */
    {ATC_KIND_COMMAND, ATC_FORM_READ, 0,
      ATC__BASIC_F_NONE, 0, sizeof(atc_basic_at_cpin_read), 0, 0,
      0, 1, 0, 0, -1, 0}, /* AT_CPIN_READ */
    {ATC_KIND_COMMAND, ATC_FORM_SET, 0,
      ATC__BASIC_F_AT_CPIN_SET, 5, sizeof(atc_basic_at_cpin_set), 0, 0,
      2, 2, 0, 0, -1, 2}, /* AT_CPIN_SET */
    {ATC_KIND_COMMAND, ATC_FORM_TEST, 0,
      ATC__BASIC_F_NONE, 0, sizeof(atc_basic_at_csq_test), 0, 0,
      0, 1, 0, 0, -1, 0}, /* AT_CSQ_TEST */
    {ATC_KIND_COMMAND, ATC_FORM_EXEC, 0,
      ATC__BASIC_F_NONE, 0, sizeof(atc_basic_at_csq_exec), 0, 0,
      0, 1, 0, 0, -1, 0}, /* AT_CSQ_EXEC */
    {ATC_KIND_COMMAND, ATC_FORM_TEST, 0,
      ATC__BASIC_F_NONE, 0, sizeof(atc_basic_at_cesq_test), 0, 0,
      0, 1, 0, 0, -1, 0}, /* AT_CESQ_TEST */
    {ATC_KIND_COMMAND, ATC_FORM_EXEC, 0,
      ATC__BASIC_F_NONE, 0, sizeof(atc_basic_at_cesq_exec), 0, 0,
      0, 1, 0, 0, -1, 0}, /* AT_CESQ_EXEC */
    {ATC_KIND_COMMAND, ATC_FORM_TEST, 0,
      ATC__BASIC_F_NONE, 0, sizeof(atc_basic_at_creg_test), 0, 0,
      0, 1, 0, 0, -1, 0}, /* AT_CREG_TEST */
    {ATC_KIND_COMMAND, ATC_FORM_READ, 0,
      ATC__BASIC_F_NONE, 0, sizeof(atc_basic_at_creg_read), 0, 0,
      0, 1, 0, 0, -1, 0}, /* AT_CREG_READ */
    {ATC_KIND_COMMAND, ATC_FORM_SET, 0,
      ATC__BASIC_F_AT_CREG_SET, 3, sizeof(atc_basic_at_creg_set), 0, 0,
      1, 2, 0, 0, -1, 1}, /* AT_CREG_SET */
    {ATC_KIND_COMMAND, ATC_FORM_TEST, 0,
      ATC__BASIC_F_NONE, 0, sizeof(atc_basic_at_cgreg_test), 0, 0,
      0, 1, 0, 0, -1, 0}, /* AT_CGREG_TEST */
    {ATC_KIND_COMMAND, ATC_FORM_READ, 0,
      ATC__BASIC_F_NONE, 0, sizeof(atc_basic_at_cgreg_read), 0, 0,
      0, 1, 0, 0, -1, 0}, /* AT_CGREG_READ */
    {ATC_KIND_COMMAND, ATC_FORM_SET, 0,
      ATC__BASIC_F_AT_CGREG_SET, 3, sizeof(atc_basic_at_cgreg_set), 0, 0,
      1, 2, 0, 0, -1, 1}, /* AT_CGREG_SET */
    {ATC_KIND_COMMAND, ATC_FORM_TEST, 0,
      ATC__BASIC_F_NONE, 0, sizeof(atc_basic_at_cereg_test), 0, 0,
      0, 1, 0, 0, -1, 0}, /* AT_CEREG_TEST */
    {ATC_KIND_COMMAND, ATC_FORM_READ, 0,
      ATC__BASIC_F_NONE, 0, sizeof(atc_basic_at_cereg_read), 0, 0,
      0, 1, 0, 0, -1, 0}, /* AT_CEREG_READ */
    {ATC_KIND_COMMAND, ATC_FORM_SET, 0,
      ATC__BASIC_F_AT_CEREG_SET, 3, sizeof(atc_basic_at_cereg_set), 0, 0,
      1, 2, 0, 0, -1, 1}, /* AT_CEREG_SET */
    {ATC_KIND_COMMAND, ATC_FORM_TEST, 0,
      ATC__BASIC_F_NONE, 0, sizeof(atc_basic_at_cops_test), 0, 0,
      0, 1, 0, 0, -1, 0}, /* AT_COPS_TEST */
    {ATC_KIND_COMMAND, ATC_FORM_READ, 0,
      ATC__BASIC_F_NONE, 0, sizeof(atc_basic_at_cops_read), 0, 0,
      0, 1, 0, 0, -1, 0}, /* AT_COPS_READ */
    {ATC_KIND_COMMAND, ATC_FORM_SET, 0,
      ATC__BASIC_F_AT_COPS_SET, 7, sizeof(atc_basic_at_cops_set), 0, 0,
      4, 5, 0, 0, -1, 4}, /* AT_COPS_SET */
    {ATC_KIND_COMMAND, ATC_FORM_TEST, 0,
      ATC__BASIC_F_NONE, 0, sizeof(atc_basic_at_cfun_test), 0, 0,
      0, 1, 0, 0, -1, 0}, /* AT_CFUN_TEST */
    {ATC_KIND_COMMAND, ATC_FORM_READ, 0,
      ATC__BASIC_F_NONE, 0, sizeof(atc_basic_at_cfun_read), 0, 0,
      0, 1, 0, 0, -1, 0}, /* AT_CFUN_READ */
    {ATC_KIND_COMMAND, ATC_FORM_SET, 0,
      ATC__BASIC_F_AT_CFUN_SET, 7, sizeof(atc_basic_at_cfun_set), 0, 0,
      2, 3, 0, 0, -1, 2}, /* AT_CFUN_SET */
    {ATC_KIND_COMMAND, ATC_FORM_TEST, 0,
      ATC__BASIC_F_NONE, 0, sizeof(atc_basic_at_cgatt_test), 0, 0,
      0, 1, 0, 0, -1, 0}, /* AT_CGATT_TEST */
    {ATC_KIND_COMMAND, ATC_FORM_READ, 0,
      ATC__BASIC_F_NONE, 0, sizeof(atc_basic_at_cgatt_read), 0, 0,
      0, 1, 0, 0, -1, 0}, /* AT_CGATT_READ */
    {ATC_KIND_COMMAND, ATC_FORM_SET, 0,
      ATC__BASIC_F_AT_CGATT_SET, 2, sizeof(atc_basic_at_cgatt_set), 0, 0,
      1, 1, 0, 0, -1, 1}, /* AT_CGATT_SET */
    {ATC_KIND_COMMAND, ATC_FORM_TEST, 0,
      ATC__BASIC_F_NONE, 0, sizeof(atc_basic_at_cgdcont_test), 0, 0,
      0, 1, 0, 0, -1, 0}, /* AT_CGDCONT_TEST */
    {ATC_KIND_COMMAND, ATC_FORM_READ, 0,
      ATC__BASIC_F_NONE, 0, sizeof(atc_basic_at_cgdcont_read), 0, 0,
      0, 1, 0, 0, -1, 0}, /* AT_CGDCONT_READ */
    {ATC_KIND_COMMAND, ATC_FORM_SET, 0,
      ATC__BASIC_F_AT_CGDCONT_SET, 12, sizeof(atc_basic_at_cgdcont_set), 0, 0,
      16, 17, 0, 0, -1, 16}, /* AT_CGDCONT_SET */
    {ATC_KIND_COMMAND, ATC_FORM_TEST, 0,
      ATC__BASIC_F_NONE, 0, sizeof(atc_basic_at_cgact_test), 0, 0,
      0, 1, 0, 0, -1, 0}, /* AT_CGACT_TEST */
    {ATC_KIND_COMMAND, ATC_FORM_READ, 0,
      ATC__BASIC_F_NONE, 0, sizeof(atc_basic_at_cgact_read), 0, 0,
      0, 1, 0, 0, -1, 0}, /* AT_CGACT_READ */
    {ATC_KIND_COMMAND, ATC_FORM_SET, ATC_M_VARIABLE,
      ATC__BASIC_F_AT_CGACT_SET, 29, sizeof(atc_basic_at_cgact_set), 0, 0,
      2, 3, 0, 0, -1, 255}, /* AT_CGACT_SET */
    {ATC_KIND_COMMAND, ATC_FORM_TEST, 0,
      ATC__BASIC_F_NONE, 0, sizeof(atc_basic_at_cgpaddr_test), 0, 0,
      0, 1, 0, 0, -1, 0}, /* AT_CGPADDR_TEST */
    {ATC_KIND_COMMAND, ATC_FORM_SET, ATC_M_VARIABLE,
      ATC__BASIC_F_AT_CGPADDR_SET, 1, sizeof(atc_basic_at_cgpaddr_set), 0, 0,
      1, 1, 0, 0, -1, 255}, /* AT_CGPADDR_SET */
    {ATC_KIND_COMMAND, ATC_FORM_EXEC, 0,
      ATC__BASIC_F_NONE, 0, sizeof(atc_basic_at_cgpaddr_exec), 0, 0,
      0, 1, 0, 0, -1, 0}, /* AT_CGPADDR_EXEC */
    {ATC_KIND_COMMAND, ATC_FORM_TEST, 0,
      ATC__BASIC_F_NONE, 0, sizeof(atc_basic_at_cscon_test), 0, 0,
      0, 1, 0, 0, -1, 0}, /* AT_CSCON_TEST */
    {ATC_KIND_COMMAND, ATC_FORM_READ, 0,
      ATC__BASIC_F_NONE, 0, sizeof(atc_basic_at_cscon_read), 0, 0,
      0, 1, 0, 0, -1, 0}, /* AT_CSCON_READ */
    {ATC_KIND_COMMAND, ATC_FORM_SET, 0,
      ATC__BASIC_F_AT_CSCON_SET, 3, sizeof(atc_basic_at_cscon_set), 0, 0,
      1, 2, 0, 0, -1, 1}, /* AT_CSCON_SET */
    {ATC_KIND_COMMAND, ATC_FORM_TEST, 0,
      ATC__BASIC_F_NONE, 0, sizeof(atc_basic_at_cclk_test), 0, 0,
      0, 1, 0, 0, -1, 0}, /* AT_CCLK_TEST */
    {ATC_KIND_COMMAND, ATC_FORM_READ, 0,
      ATC__BASIC_F_NONE, 0, sizeof(atc_basic_at_cclk_read), 0, 0,
      0, 1, 0, 0, -1, 0}, /* AT_CCLK_READ */
    {ATC_KIND_COMMAND, ATC_FORM_SET, ATC_M_VARIABLE,
      ATC__BASIC_F_AT_CCLK_SET, 1, sizeof(atc_basic_at_cclk_set), 0, 0,
      1, 1, 0, 0, -1, 255}, /* AT_CCLK_SET */
    {ATC_KIND_COMMAND, ATC_FORM_TEST, 0,
      ATC__BASIC_F_NONE, 0, sizeof(atc_basic_at_ctzr_test), 0, 0,
      0, 1, 0, 0, -1, 0}, /* AT_CTZR_TEST */
    {ATC_KIND_COMMAND, ATC_FORM_READ, 0,
      ATC__BASIC_F_NONE, 0, sizeof(atc_basic_at_ctzr_read), 0, 0,
      0, 1, 0, 0, -1, 0}, /* AT_CTZR_READ */
    {ATC_KIND_COMMAND, ATC_FORM_SET, 0,
      ATC__BASIC_F_AT_CTZR_SET, 3, sizeof(atc_basic_at_ctzr_set), 0, 0,
      1, 2, 0, 0, -1, 1}, /* AT_CTZR_SET */
    {ATC_KIND_COMMAND, ATC_FORM_TEST, 0,
      ATC__BASIC_F_NONE, 0, sizeof(atc_basic_at_ctzu_test), 0, 0,
      0, 1, 0, 0, -1, 0}, /* AT_CTZU_TEST */
    {ATC_KIND_COMMAND, ATC_FORM_READ, 0,
      ATC__BASIC_F_NONE, 0, sizeof(atc_basic_at_ctzu_read), 0, 0,
      0, 1, 0, 0, -1, 0}, /* AT_CTZU_READ */
    {ATC_KIND_COMMAND, ATC_FORM_SET, 0,
      ATC__BASIC_F_AT_CTZU_SET, 2, sizeof(atc_basic_at_ctzu_set), 0, 0,
      1, 1, 0, 0, -1, 1}, /* AT_CTZU_SET */
    {ATC_KIND_COMMAND, ATC_FORM_TEST, 0,
      ATC__BASIC_F_NONE, 0, sizeof(atc_basic_at_cpsms_test), 0, 0,
      0, 1, 0, 0, -1, 0}, /* AT_CPSMS_TEST */
    {ATC_KIND_COMMAND, ATC_FORM_READ, 0,
      ATC__BASIC_F_NONE, 0, sizeof(atc_basic_at_cpsms_read), 0, 0,
      0, 1, 0, 0, -1, 0}, /* AT_CPSMS_READ */
    {ATC_KIND_COMMAND, ATC_FORM_SET, 0,
      ATC__BASIC_F_AT_CPSMS_SET, 12, sizeof(atc_basic_at_cpsms_set), 0, 0,
      5, 6, 0, 0, -1, 5}, /* AT_CPSMS_SET */
    {ATC_KIND_COMMAND, ATC_FORM_TEST, 0,
      ATC__BASIC_F_NONE, 0, sizeof(atc_basic_at_cedrxs_test), 0, 0,
      0, 1, 0, 0, -1, 0}, /* AT_CEDRXS_TEST */
    {ATC_KIND_COMMAND, ATC_FORM_READ, 0,
      ATC__BASIC_F_NONE, 0, sizeof(atc_basic_at_cedrxs_read), 0, 0,
      0, 1, 0, 0, -1, 0}, /* AT_CEDRXS_READ */
    {ATC_KIND_COMMAND, ATC_FORM_SET, 0,
      ATC__BASIC_F_AT_CEDRXS_SET, 7, sizeof(atc_basic_at_cedrxs_set), 0, 0,
      3, 4, 0, 0, -1, 3}, /* AT_CEDRXS_SET */
    {ATC_KIND_COMMAND, ATC_FORM_TEST, 0,
      ATC__BASIC_F_NONE, 0, sizeof(atc_basic_at_cedrxrdp_test), 0, 0,
      0, 1, 0, 0, -1, 0}, /* AT_CEDRXRDP_TEST */
    {ATC_KIND_COMMAND, ATC_FORM_EXEC, 0,
      ATC__BASIC_F_NONE, 0, sizeof(atc_basic_at_cedrxrdp_exec), 0, 0,
      0, 1, 0, 0, -1, 0}, /* AT_CEDRXRDP_EXEC */
    {ATC_KIND_COMMAND, ATC_FORM_TEST, 0,
      ATC__BASIC_F_NONE, 0, sizeof(atc_basic_at_ipr_test), 0, 0,
      0, 1, 0, 0, -1, 0}, /* AT_IPR_TEST */
    {ATC_KIND_COMMAND, ATC_FORM_READ, 0,
      ATC__BASIC_F_NONE, 0, sizeof(atc_basic_at_ipr_read), 0, 0,
      0, 1, 0, 0, -1, 0}, /* AT_IPR_READ */
    {ATC_KIND_COMMAND, ATC_FORM_SET, 0,
      ATC__BASIC_F_AT_IPR_SET, 2, sizeof(atc_basic_at_ipr_set), 0, 0,
      1, 1, 0, 0, -1, 1}, /* AT_IPR_SET */
    {ATC_KIND_COMMAND, ATC_FORM_TEST, 0,
      ATC__BASIC_F_NONE, 0, sizeof(atc_basic_at_icf_test), 0, 0,
      0, 1, 0, 0, -1, 0}, /* AT_ICF_TEST */
    {ATC_KIND_COMMAND, ATC_FORM_READ, 0,
      ATC__BASIC_F_NONE, 0, sizeof(atc_basic_at_icf_read), 0, 0,
      0, 1, 0, 0, -1, 0}, /* AT_ICF_READ */
    {ATC_KIND_COMMAND, ATC_FORM_SET, 0,
      ATC__BASIC_F_AT_ICF_SET, 7, sizeof(atc_basic_at_icf_set), 0, 0,
      2, 3, 0, 0, -1, 2}, /* AT_ICF_SET */
    {ATC_KIND_COMMAND, ATC_FORM_TEST, 0,
      ATC__BASIC_F_NONE, 0, sizeof(atc_basic_at_ifc_test), 0, 0,
      0, 1, 0, 0, -1, 0}, /* AT_IFC_TEST */
    {ATC_KIND_COMMAND, ATC_FORM_READ, 0,
      ATC__BASIC_F_NONE, 0, sizeof(atc_basic_at_ifc_read), 0, 0,
      0, 1, 0, 0, -1, 0}, /* AT_IFC_READ */
    {ATC_KIND_COMMAND, ATC_FORM_SET, 0,
      ATC__BASIC_F_AT_IFC_SET, 7, sizeof(atc_basic_at_ifc_set), 0, 0,
      2, 3, 0, 0, -1, 2}, /* AT_IFC_SET */
    {ATC_KIND_RESPONSE, ATC_FORM_NONE, ATC_M_MULTI | ATC_M_CONTEXT | ATC_M_VARIABLE,
      ATC__BASIC_F_ATI, 32, sizeof(atc_basic_ati), 0, 0,
      1, 1, 2, 0, -1, 255}, /* ATI */
    {ATC_KIND_RESPONSE, ATC_FORM_NONE, ATC_M_MULTI | ATC_M_CONTEXT | ATC_M_VARIABLE,
      ATC__BASIC_F_CGMI, 32, sizeof(atc_basic_cgmi), 2, 0,
      1, 1, 1, 0, -1, 255}, /* CGMI */
    {ATC_KIND_RESPONSE, ATC_FORM_NONE, ATC_M_MULTI | ATC_M_CONTEXT | ATC_M_VARIABLE,
      ATC__BASIC_F_CGMM, 32, sizeof(atc_basic_cgmm), 3, 0,
      1, 1, 1, 0, -1, 255}, /* CGMM */
    {ATC_KIND_RESPONSE, ATC_FORM_NONE, ATC_M_MULTI | ATC_M_CONTEXT | ATC_M_VARIABLE,
      ATC__BASIC_F_CGMR, 32, sizeof(atc_basic_cgmr), 4, 0,
      1, 1, 1, 0, -1, 255}, /* CGMR */
    {ATC_KIND_RESPONSE, ATC_FORM_NONE, ATC_M_CONTEXT | ATC_M_VARIABLE,
      ATC__BASIC_F_CGSN_SN, 32, sizeof(atc_basic_cgsn_sn), 5, 0,
      1, 1, 2, 0, -1, 255}, /* CGSN_SN */
    {ATC_KIND_RESPONSE, ATC_FORM_NONE, ATC_M_MULTI | ATC_M_CONTEXT | ATC_M_VARIABLE,
      ATC__BASIC_F_CGMI, 32, sizeof(atc_basic_gmi), 7, 0,
      1, 1, 1, 0, -1, 255}, /* GMI */
    {ATC_KIND_RESPONSE, ATC_FORM_NONE, ATC_M_MULTI | ATC_M_CONTEXT | ATC_M_VARIABLE,
      ATC__BASIC_F_CGMM, 32, sizeof(atc_basic_gmm), 8, 0,
      1, 1, 1, 0, -1, 255}, /* GMM */
    {ATC_KIND_RESPONSE, ATC_FORM_NONE, ATC_M_MULTI | ATC_M_CONTEXT | ATC_M_VARIABLE,
      ATC__BASIC_F_CGMR, 32, sizeof(atc_basic_gmr), 9, 0,
      1, 1, 1, 0, -1, 255}, /* GMR */
    {ATC_KIND_RESPONSE, ATC_FORM_NONE, ATC_M_CONTEXT | ATC_M_VARIABLE,
      ATC__BASIC_F_CGSN_SN, 32, sizeof(atc_basic_gsn), 10, 0,
      1, 1, 1, 0, -1, 255}, /* GSN */
    {ATC_KIND_RESPONSE, ATC_FORM_NONE, 0,
      ATC__BASIC_F_CGSN_ID, 2, sizeof(atc_basic_cgsn_id), 6, 0,
      1, 1, 1, 0, -1, 1}, /* CGSN_ID */
    {ATC_KIND_RESPONSE, ATC_FORM_NONE, ATC_M_TEST_ANSWER,
      ATC__BASIC_F_CGSN_TEST, 2, sizeof(atc_basic_cgsn_test), 11, 0,
      1, 1, 1, 0, -1, 1}, /* CGSN_TEST */
    {ATC_KIND_RESPONSE, ATC_FORM_NONE, ATC_M_CONTEXT | ATC_M_VARIABLE,
      ATC__BASIC_F_CIMI, 32, sizeof(atc_basic_cimi), 12, 0,
      1, 1, 1, 0, -1, 255}, /* CIMI */
    {ATC_KIND_RESPONSE, ATC_FORM_NONE, 0,
      ATC__BASIC_F_CMEE_READ, 2, sizeof(atc_basic_cmee_read), 13, 0,
      1, 1, 1, 0, -1, 1}, /* CMEE_READ */
    {ATC_KIND_RESPONSE, ATC_FORM_NONE, ATC_M_TEST_ANSWER,
      ATC__BASIC_F_CMEE_TEST, 2, sizeof(atc_basic_cmee_test), 14, 0,
      1, 1, 1, 0, -1, 1}, /* CMEE_TEST */
    {ATC_KIND_RESPONSE, ATC_FORM_NONE, 0,
      ATC__BASIC_F_CPIN_READ, 2, sizeof(atc_basic_cpin_read), 15, 0,
      1, 1, 1, 0, -1, 1}, /* CPIN_READ */
    {ATC_KIND_RESPONSE, ATC_FORM_NONE, 0,
      ATC__BASIC_F_CSQ, 6, sizeof(atc_basic_csq), 16, 0,
      2, 1, 1, 0, -1, 2}, /* CSQ */
    {ATC_KIND_RESPONSE, ATC_FORM_NONE, ATC_M_TEST_ANSWER,
      ATC__BASIC_F_CSQ_TEST, 6, sizeof(atc_basic_csq_test), 17, 0,
      2, 1, 1, 0, -1, 2}, /* CSQ_TEST */
    {ATC_KIND_RESPONSE, ATC_FORM_NONE, 0,
      ATC__BASIC_F_CESQ, 18, sizeof(atc_basic_cesq), 18, 0,
      6, 1, 1, 0, -1, 6}, /* CESQ */
    {ATC_KIND_RESPONSE, ATC_FORM_NONE, ATC_M_TEST_ANSWER,
      ATC__BASIC_F_CESQ_TEST, 18, sizeof(atc_basic_cesq_test), 19, 0,
      6, 1, 1, 0, -1, 6}, /* CESQ_TEST */
    {ATC_KIND_RESPONSE, ATC_FORM_NONE, 0,
      ATC__BASIC_F_CREG_READ, 33, sizeof(atc_basic_creg_read), 20, 0,
      7, 4, 1, 0, -1, 7}, /* CREG_READ */
    {ATC_KIND_RESPONSE, ATC_FORM_NONE, ATC_M_TEST_ANSWER,
      ATC__BASIC_F_CMEE_TEST, 2, sizeof(atc_basic_creg_test), 21, 0,
      1, 1, 1, 0, -1, 1}, /* CREG_TEST */
    {ATC_KIND_RESPONSE, ATC_FORM_NONE, 0,
      ATC__BASIC_F_CGREG_READ, 37, sizeof(atc_basic_cgreg_read), 22, 0,
      11, 6, 1, 0, -1, 11}, /* CGREG_READ */
    {ATC_KIND_RESPONSE, ATC_FORM_NONE, ATC_M_TEST_ANSWER,
      ATC__BASIC_F_CMEE_TEST, 2, sizeof(atc_basic_cgreg_test), 23, 0,
      1, 1, 1, 0, -1, 1}, /* CGREG_TEST */
    {ATC_KIND_RESPONSE, ATC_FORM_NONE, 0,
      ATC__BASIC_F_CEREG_READ, 43, sizeof(atc_basic_cereg_read), 24, 0,
      9, 5, 1, 0, -1, 9}, /* CEREG_READ */
    {ATC_KIND_RESPONSE, ATC_FORM_NONE, ATC_M_TEST_ANSWER,
      ATC__BASIC_F_CMEE_TEST, 2, sizeof(atc_basic_cereg_test), 25, 0,
      1, 1, 1, 0, -1, 1}, /* CEREG_TEST */
    {ATC_KIND_RESPONSE, ATC_FORM_NONE, 0,
      ATC__BASIC_F_COPS_READ, 48, sizeof(atc_basic_cops_read), 26, 0,
      4, 3, 1, 0, -1, 4}, /* COPS_READ */
    {ATC_KIND_RESPONSE, ATC_FORM_NONE, ATC_M_VARIABLE | ATC_M_TEST_ANSWER,
      ATC__BASIC_F_COPS_TEST, 1, sizeof(atc_basic_cops_test), 27, 0,
      1, 1, 1, 0, -1, 255}, /* COPS_TEST */
    {ATC_KIND_RESPONSE, ATC_FORM_NONE, 0,
      ATC__BASIC_F_CFUN_READ, 2, sizeof(atc_basic_cfun_read), 28, 0,
      1, 1, 1, 0, -1, 1}, /* CFUN_READ */
    {ATC_KIND_RESPONSE, ATC_FORM_NONE, ATC_M_TEST_ANSWER,
      ATC__BASIC_F_CFUN_TEST, 6, sizeof(atc_basic_cfun_test), 29, 0,
      2, 1, 1, 0, -1, 2}, /* CFUN_TEST */
    {ATC_KIND_RESPONSE, ATC_FORM_NONE, 0,
      ATC__BASIC_F_AT_CGATT_SET, 2, sizeof(atc_basic_cgatt_read), 30, 0,
      1, 1, 1, 0, -1, 1}, /* CGATT_READ */
    {ATC_KIND_RESPONSE, ATC_FORM_NONE, ATC_M_TEST_ANSWER,
      ATC__BASIC_F_CGATT_TEST, 2, sizeof(atc_basic_cgatt_test), 31, 0,
      1, 1, 1, 0, -1, 1}, /* CGATT_TEST */
    {ATC_KIND_RESPONSE, ATC_FORM_NONE, ATC_M_MULTI,
      ATC__BASIC_F_CGDCONT_READ, 18, sizeof(atc_basic_cgdcont_read), 32, 0,
      16, 11, 1, 0, -1, 16}, /* CGDCONT_READ */
    {ATC_KIND_RESPONSE, ATC_FORM_NONE, ATC_M_MULTI | ATC_M_TEST_ANSWER,
      ATC__BASIC_F_CGDCONT_TEST, 18, sizeof(atc_basic_cgdcont_test), 33, 0,
      16, 11, 1, 0, -1, 16}, /* CGDCONT_TEST */
    {ATC_KIND_RESPONSE, ATC_FORM_NONE, ATC_M_MULTI,
      ATC__BASIC_F_CGACT_READ, 6, sizeof(atc_basic_cgact_read), 34, 0,
      2, 1, 1, 0, -1, 2}, /* CGACT_READ */
    {ATC_KIND_RESPONSE, ATC_FORM_NONE, ATC_M_TEST_ANSWER,
      ATC__BASIC_F_CGATT_TEST, 2, sizeof(atc_basic_cgact_test), 35, 0,
      1, 1, 1, 0, -1, 1}, /* CGACT_TEST */
    {ATC_KIND_RESPONSE, ATC_FORM_NONE, ATC_M_MULTI,
      ATC__BASIC_F_CGPADDR, 8, sizeof(atc_basic_cgpaddr), 36, 0,
      3, 3, 2, 0, -1, 3}, /* CGPADDR */
    {ATC_KIND_RESPONSE, ATC_FORM_NONE, ATC_M_TEST_ANSWER,
      ATC__BASIC_F_CGPADDR_TEST, 2, sizeof(atc_basic_cgpaddr_test), 38, 0,
      1, 1, 1, 0, -1, 1}, /* CGPADDR_TEST */
    {ATC_KIND_RESPONSE, ATC_FORM_NONE, ATC_M_MULTI,
      ATC__BASIC_F_CSCON_READ, 14, sizeof(atc_basic_cscon_read), 39, 0,
      5, 4, 1, 0, -1, 5}, /* CSCON_READ */
    {ATC_KIND_RESPONSE, ATC_FORM_NONE, ATC_M_TEST_ANSWER,
      ATC__BASIC_F_CMEE_TEST, 2, sizeof(atc_basic_cscon_test), 40, 0,
      1, 1, 1, 0, -1, 1}, /* CSCON_TEST */
    {ATC_KIND_RESPONSE, ATC_FORM_NONE, ATC_M_VARIABLE,
      ATC__BASIC_F_AT_CCLK_SET, 1, sizeof(atc_basic_cclk_read), 41, 0,
      1, 1, 1, 0, -1, 255}, /* CCLK_READ */
    {ATC_KIND_RESPONSE, ATC_FORM_NONE, 0,
      ATC__BASIC_F_CTZR_READ, 2, sizeof(atc_basic_ctzr_read), 42, 0,
      1, 1, 1, 0, -1, 1}, /* CTZR_READ */
    {ATC_KIND_RESPONSE, ATC_FORM_NONE, ATC_M_TEST_ANSWER,
      ATC__BASIC_F_CTZR_TEST, 2, sizeof(atc_basic_ctzr_test), 43, 0,
      1, 1, 1, 0, -1, 1}, /* CTZR_TEST */
    {ATC_KIND_RESPONSE, ATC_FORM_NONE, 0,
      ATC__BASIC_F_AT_CTZU_SET, 2, sizeof(atc_basic_ctzu_read), 44, 0,
      1, 1, 1, 0, -1, 1}, /* CTZU_READ */
    {ATC_KIND_RESPONSE, ATC_FORM_NONE, ATC_M_TEST_ANSWER,
      ATC__BASIC_F_CTZU_TEST, 2, sizeof(atc_basic_ctzu_test), 45, 0,
      1, 1, 1, 0, -1, 1}, /* CTZU_TEST */
    {ATC_KIND_RESPONSE, ATC_FORM_NONE, 0,
      ATC__BASIC_F_CPSMS_READ, 51, sizeof(atc_basic_cpsms_read), 46, 0,
      5, 2, 1, 0, -1, 5}, /* CPSMS_READ */
    {ATC_KIND_RESPONSE, ATC_FORM_NONE, ATC_M_TEST_ANSWER,
      ATC__BASIC_F_CPSMS_TEST, 17, sizeof(atc_basic_cpsms_test), 47, 0,
      5, 1, 1, 0, -1, 5}, /* CPSMS_TEST */
    {ATC_KIND_RESPONSE, ATC_FORM_NONE, ATC_M_MULTI,
      ATC__BASIC_F_CEDRXS_READ, 6, sizeof(atc_basic_cedrxs_read), 48, 0,
      2, 1, 1, 0, -1, 2}, /* CEDRXS_READ */
    {ATC_KIND_RESPONSE, ATC_FORM_NONE, ATC_M_TEST_ANSWER,
      ATC__BASIC_F_CEDRXS_TEST, 10, sizeof(atc_basic_cedrxs_test), 49, 0,
      3, 1, 1, 0, -1, 3}, /* CEDRXS_TEST */
    {ATC_KIND_RESPONSE, ATC_FORM_NONE, 0,
      ATC__BASIC_F_CEDRXRDP, 8, sizeof(atc_basic_cedrxrdp), 50, 0,
      4, 4, 1, 0, -1, 4}, /* CEDRXRDP */
    {ATC_KIND_RESPONSE, ATC_FORM_NONE, 0,
      ATC__BASIC_F_AT_IPR_SET, 2, sizeof(atc_basic_ipr_read), 51, 0,
      1, 1, 1, 0, -1, 1}, /* IPR_READ */
    {ATC_KIND_RESPONSE, ATC_FORM_NONE, ATC_M_TEST_ANSWER,
      ATC__BASIC_F_IPR_TEST, 5, sizeof(atc_basic_ipr_test), 52, 0,
      2, 2, 1, 0, -1, 2}, /* IPR_TEST */
    {ATC_KIND_RESPONSE, ATC_FORM_NONE, 0,
      ATC__BASIC_F_ICF_READ, 6, sizeof(atc_basic_icf_read), 53, 0,
      2, 1, 1, 0, -1, 2}, /* ICF_READ */
    {ATC_KIND_RESPONSE, ATC_FORM_NONE, ATC_M_TEST_ANSWER,
      ATC__BASIC_F_ICF_TEST, 6, sizeof(atc_basic_icf_test), 54, 0,
      2, 1, 1, 0, -1, 2}, /* ICF_TEST */
    {ATC_KIND_RESPONSE, ATC_FORM_NONE, 0,
      ATC__BASIC_F_IFC_READ, 6, sizeof(atc_basic_ifc_read), 55, 0,
      2, 1, 1, 0, -1, 2}, /* IFC_READ */
    {ATC_KIND_RESPONSE, ATC_FORM_NONE, ATC_M_TEST_ANSWER,
      ATC__BASIC_F_IFC_TEST, 6, sizeof(atc_basic_ifc_test), 56, 0,
      2, 1, 1, 0, -1, 2}, /* IFC_TEST */
    {ATC_KIND_URC, ATC_FORM_NONE, 0,
      ATC__BASIC_F_CPIN_READ, 2, sizeof(atc_basic_cpin), 0, 0,
      1, 1, 0, 0, -1, 1}, /* CPIN */
    {ATC_KIND_URC, ATC_FORM_NONE, 0,
      ATC__BASIC_F_CREG, 53, sizeof(atc_basic_creg), 0, 0,
      6, 4, 0, 0, -1, 6}, /* CREG */
    {ATC_KIND_URC, ATC_FORM_NONE, 0,
      ATC__BASIC_F_CGREG, 57, sizeof(atc_basic_cgreg), 0, 0,
      10, 6, 0, 0, -1, 10}, /* CGREG */
    {ATC_KIND_URC, ATC_FORM_NONE, 0,
      ATC__BASIC_F_CEREG, 63, sizeof(atc_basic_cereg), 0, 0,
      8, 5, 0, 0, -1, 8}, /* CEREG */
    {ATC_KIND_URC, ATC_FORM_NONE, 0,
      ATC__BASIC_F_CSCON, 8, sizeof(atc_basic_cscon), 0, 0,
      4, 4, 0, 0, -1, 4}, /* CSCON */
    {ATC_KIND_URC, ATC_FORM_NONE, 0,
      ATC__BASIC_F_CTZV, 2, sizeof(atc_basic_ctzv), 0, 0,
      1, 1, 0, 0, -1, 1}, /* CTZV */
    {ATC_KIND_URC, ATC_FORM_NONE, ATC_M_VARIABLE,
      ATC__BASIC_F_CTZE, 68, sizeof(atc_basic_ctze), 0, 0,
      3, 2, 0, 0, -1, 255}, /* CTZE */
    {ATC_KIND_URC, ATC_FORM_NONE, ATC_M_VARIABLE,
      ATC__BASIC_F_CTZEU, 68, sizeof(atc_basic_ctzeu), 0, 0,
      3, 2, 0, 0, -1, 255}, /* CTZEU */
    {ATC_KIND_URC, ATC_FORM_NONE, 0,
      ATC__BASIC_F_CEDRXRDP, 8, sizeof(atc_basic_cedrxp), 0, 0,
      4, 4, 0, 0, -1, 4}, /* CEDRXP */
    {ATC_KIND_URC, ATC_FORM_NONE, 0,
      ATC__BASIC_F_NONE, 0, sizeof(atc_basic_ring), 0, 0,
      0, 1, 0, 0, -1, 0}, /* RING */
    {ATC_KIND_URC, ATC_FORM_NONE, 0,
      ATC__BASIC_F_CFUN_READ, 2, sizeof(atc_basic_cfun), 0, 0,
      1, 1, 0, 0, -1, 1}, /* CFUN */
    {ATC_KIND_URC, ATC_FORM_NONE, 0,
      ATC__BASIC_F_NONE, 0, sizeof(atc_basic_rdy), 0, 0,
      0, 1, 0, 0, -1, 0}, /* RDY */
    {ATC_KIND_URC, ATC_FORM_NONE, 0,
      ATC__BASIC_F_NONE, 0, sizeof(atc_basic_normal_power_down), 0, 0,
      0, 1, 0, 0, -1, 0}, /* NORMAL_POWER_DOWN */
    {ATC_KIND_URC, ATC_FORM_NONE, 0,
      ATC__BASIC_F_NONE, 0, sizeof(atc_basic_powered_down), 0, 0,
      0, 1, 0, 0, -1, 0}, /* POWERED_DOWN */
};

/* ---- Heads: the texts lines begin with, and the keywords after them ---- */
static const struct {
    char s0[1];
    char s1[3];
    char s2[6];
    char s3[8];
    char s4[11];
    char s5[12];
    char s6[5];
    char s7[10];
    char s8[11];
    char s9[11];
    char s10[3];
    char s11[5];
    char s12[5];
    char s13[4];
    char s14[5];
    char s15[5];
    char s16[4];
    char s17[5];
    char s18[5];
    char s19[4];
    char s20[4];
    char s21[5];
    char s22[4];
    char s23[5];
    char s24[5];
    char s25[6];
    char s26[5];
    char s27[6];
    char s28[4];
    char s29[5];
    char s30[4];
    char s31[5];
    char s32[4];
    char s33[3];
    char s34[8];
    char s35[8];
    char s36[8];
    char s37[8];
    char s38[8];
    char s39[7];
    char s40[7];
    char s41[7];
    char s42[7];
    char s43[8];
    char s44[8];
    char s45[7];
    char s46[8];
    char s47[8];
    char s48[9];
    char s49[9];
    char s50[8];
    char s51[8];
    char s52[9];
    char s53[11];
    char s54[9];
    char s55[11];
    char s56[9];
    char s57[8];
    char s58[8];
    char s59[8];
    char s60[9];
    char s61[10];
    char s62[12];
    char s63[7];
    char s64[7];
    char s65[7];
    char s66[6];
    char s67[6];
    char s68[6];
    char s69[5];
    char s70[6];
    char s71[6];
    char s72[7];
    char s73[7];
    char s74[6];
    char s75[6];
    char s76[7];
    char s77[9];
    char s78[7];
    char s79[9];
    char s80[7];
    char s81[6];
    char s82[6];
    char s83[6];
    char s84[7];
    char s85[8];
    char s86[10];
    char s87[5];
    char s88[5];
    char s89[5];
    char s90[6];
    char s91[6];
    char s92[7];
    char s93[8];
    char s94[5];
    char s95[4];
    char s96[18];
    char s97[13];
} atc__basic_keys_pool = {
    "",
    "OK",
    "ERROR",
    "CONNECT",
    "NO CARRIER",
    "NO DIALTONE",
    "BUSY",
    "NO ANSWER",
    "+CME ERROR",
    "+CMS ERROR",
    "AT",
    "ATE0",
    "ATE1",
    "ATE",
    "ATV0",
    "ATV1",
    "ATV",
    "ATQ0",
    "ATQ1",
    "ATQ",
    "ATI",
    "ATI0",
    "ATZ",
    "ATZ0",
    "AT&F",
    "AT&F0",
    "AT&W",
    "AT&W0",
    "ATO",
    "ATO0",
    "ATH",
    "ATH0",
    "ATA",
    "A/",
    "AT+CGMI",
    "AT+CGMM",
    "AT+CGMR",
    "AT+CGSN",
    "AT+CIMI",
    "AT+GMI",
    "AT+GMM",
    "AT+GMR",
    "AT+GSN",
    "AT+CMEE",
    "AT+CPIN",
    "AT+CSQ",
    "AT+CESQ",
    "AT+CREG",
    "AT+CGREG",
    "AT+CEREG",
    "AT+COPS",
    "AT+CFUN",
    "AT+CGATT",
    "AT+CGDCONT",
    "AT+CGACT",
    "AT+CGPADDR",
    "AT+CSCON",
    "AT+CCLK",
    "AT+CTZR",
    "AT+CTZU",
    "AT+CPSMS",
    "AT+CEDRXS",
    "AT+CEDRXRDP",
    "AT+IPR",
    "AT+ICF",
    "AT+IFC",
    "+CGSN",
    "+CMEE",
    "+CPIN",
    "+CSQ",
    "+CESQ",
    "+CREG",
    "+CGREG",
    "+CEREG",
    "+COPS",
    "+CFUN",
    "+CGATT",
    "+CGDCONT",
    "+CGACT",
    "+CGPADDR",
    "+CSCON",
    "+CCLK",
    "+CTZR",
    "+CTZU",
    "+CPSMS",
    "+CEDRXS",
    "+CEDRXRDP",
    "+IPR",
    "+ICF",
    "+IFC",
    "+CTZV",
    "+CTZE",
    "+CTZEU",
    "+CEDRXP",
    "RING",
    "RDY",
    "NORMAL POWER DOWN",
    "POWERED DOWN"
};
ATC__BASIC_CHECK(keys_pool_unpadded, sizeof atc__basic_keys_pool == 679);
#define atc__basic_keys ((const char *)&atc__basic_keys_pool)

static const atc_head atc__basic_heads[] = {
    /* text, next, cands, parent, len, term, flags, ncands, nresp, nrest */
    {1, 0xffff, 57, 0xffff, 2, 0, 0, 1, 0, 1}, /* [0] OK */
    {4, 0x1f, 58, 0xffff, 5, 0, 0, 1, 0, 1}, /* [1] ERROR */
    {10, 0x6d, 59, 0xffff, 7, 0, 0, 1, 0, 1}, /* [2] CONNECT */
    {18, 0xffff, 60, 0xffff, 10, 0, 0, 1, 0, 1}, /* [3] NO CARRIER */
    {29, 0x44, 61, 0xffff, 11, 0, 0, 1, 0, 1}, /* [4] NO DIALTONE */
    {41, 0x8d, 62, 0xffff, 4, 0, 0, 1, 0, 1}, /* [5] BUSY */
    {46, 0x27, 63, 0xffff, 9, 0, 0, 1, 0, 1}, /* [6] NO ANSWER */
    {56, 0xffff, 64, 0xffff, 10, 1, 0, 1, 0, 1}, /* [7] +CME ERROR: */
    {67, 0x2e, 65, 0xffff, 10, 1, 0, 1, 0, 1}, /* [8] +CMS ERROR: */
    {78, 0x41, 66, 0xffff, 2, 0, 0, 1, 0, 0}, /* [9] AT */
    {81, 0xffff, 67, 0xffff, 4, 0, 0, 1, 0, 0}, /* [10] ATE0 */
    {86, 0x85, 68, 0xffff, 4, 0, 0, 1, 0, 0}, /* [11] ATE1 */
    {91, 0x48, 69, 0xffff, 3, 0, 0, 1, 0, 0}, /* [12] ATE */
    {95, 0x23, 70, 0xffff, 4, 0, 0, 1, 0, 0}, /* [13] ATV0 */
    {100, 0x1c, 71, 0xffff, 4, 0, 0, 1, 0, 0}, /* [14] ATV1 */
    {105, 0x26, 72, 0xffff, 3, 0, 0, 1, 0, 0}, /* [15] ATV */
    {109, 0xffff, 73, 0xffff, 4, 0, 0, 1, 0, 0}, /* [16] ATQ0 */
    {114, 0xffff, 74, 0xffff, 4, 0, 0, 1, 0, 0}, /* [17] ATQ1 */
    {119, 0xffff, 75, 0xffff, 3, 0, 0, 1, 0, 0}, /* [18] ATQ */
    {123, 0x80, 0, 0xffff, 3, 0, 0, 1, 0, 0}, /* [19] ATI */
    {127, 0x3d, 1, 0xffff, 4, 0, 0, 1, 0, 0}, /* [20] ATI0 */
    {132, 0x3e, 76, 0xffff, 3, 0, 0, 1, 0, 0}, /* [21] ATZ */
    {136, 0xffff, 77, 0xffff, 4, 0, 0, 1, 0, 0}, /* [22] ATZ0 */
    {141, 0xffff, 78, 0xffff, 4, 0, 0, 1, 0, 0}, /* [23] AT&F */
    {146, 0x52, 79, 0xffff, 5, 0, 0, 1, 0, 0}, /* [24] AT&F0 */
    {152, 0xffff, 80, 0xffff, 4, 0, 0, 1, 0, 0}, /* [25] AT&W */
    {157, 0xffff, 81, 0xffff, 5, 0, 0, 1, 0, 0}, /* [26] AT&W0 */
    {163, 0xffff, 82, 0xffff, 3, 0, 0, 1, 0, 0}, /* [27] ATO */
    {167, 0x7d, 83, 0xffff, 4, 0, 0, 1, 0, 0}, /* [28] ATO0 */
    {172, 0xffff, 84, 0xffff, 3, 0, 0, 1, 0, 0}, /* [29] ATH */
    {176, 0xffff, 85, 0xffff, 4, 0, 0, 1, 0, 0}, /* [30] ATH0 */
    {181, 0xffff, 86, 0xffff, 3, 0, 0, 1, 0, 0}, /* [31] ATA */
    {185, 0x84, 87, 0xffff, 2, 0, 0, 1, 0, 0}, /* [32] A/ */
    {188, 0xffff, 88, 0xffff, 7, 4, 0, 1, 0, 0}, /* [33] AT+CGMI=? */
    {188, 0xffff, 2, 0xffff, 7, 0, 0, 1, 0, 0}, /* [34] AT+CGMI */
    {196, 0xffff, 89, 0xffff, 7, 4, 0, 1, 0, 0}, /* [35] AT+CGMM=? */
    {196, 0xffff, 3, 0xffff, 7, 0, 0, 1, 0, 0}, /* [36] AT+CGMM */
    {204, 0xffff, 90, 0xffff, 7, 4, 0, 1, 0, 0}, /* [37] AT+CGMR=? */
    {204, 0xffff, 4, 0xffff, 7, 0, 0, 1, 0, 0}, /* [38] AT+CGMR */
    {212, 0x7c, 11, 0xffff, 7, 4, 0, 1, 0, 0}, /* [39] AT+CGSN=? */
    {212, 0xffff, 6, 0xffff, 7, 2, 0, 1, 0, 0}, /* [40] AT+CGSN= */
    {212, 0xffff, 5, 0xffff, 7, 0, 0, 1, 0, 0}, /* [41] AT+CGSN */
    {220, 0x58, 91, 0xffff, 7, 4, 0, 1, 0, 0}, /* [42] AT+CIMI=? */
    {220, 0xffff, 12, 0xffff, 7, 0, 0, 1, 0, 0}, /* [43] AT+CIMI */
    {228, 0xffff, 92, 0xffff, 6, 4, 0, 1, 0, 0}, /* [44] AT+GMI=? */
    {228, 0xffff, 7, 0xffff, 6, 0, 0, 1, 0, 0}, /* [45] AT+GMI */
    {235, 0xffff, 93, 0xffff, 6, 4, 0, 1, 0, 0}, /* [46] AT+GMM=? */
    {235, 0x82, 8, 0xffff, 6, 0, 0, 1, 0, 0}, /* [47] AT+GMM */
    {242, 0xffff, 94, 0xffff, 6, 4, 0, 1, 0, 0}, /* [48] AT+GMR=? */
    {242, 0x79, 9, 0xffff, 6, 0, 0, 1, 0, 0}, /* [49] AT+GMR */
    {249, 0x53, 95, 0xffff, 6, 4, 0, 1, 0, 0}, /* [50] AT+GSN=? */
    {249, 0xffff, 10, 0xffff, 6, 0, 0, 1, 0, 0}, /* [51] AT+GSN */
    {256, 0xffff, 14, 0xffff, 7, 4, 0, 1, 0, 0}, /* [52] AT+CMEE=? */
    {256, 0xffff, 13, 0xffff, 7, 3, 0, 1, 0, 0}, /* [53] AT+CMEE? */
    {256, 0x37, 96, 0xffff, 7, 2, 0, 1, 0, 0}, /* [54] AT+CMEE= */
    {264, 0xffff, 97, 0xffff, 7, 4, 0, 1, 0, 0}, /* [55] AT+CPIN=? */
    {264, 0xffff, 15, 0xffff, 7, 3, 0, 1, 0, 0}, /* [56] AT+CPIN? */
    {264, 0x8a, 98, 0xffff, 7, 2, 0, 1, 0, 0}, /* [57] AT+CPIN= */
    {272, 0x50, 17, 0xffff, 6, 4, 0, 1, 0, 0}, /* [58] AT+CSQ=? */
    {272, 0xffff, 16, 0xffff, 6, 0, 0, 1, 0, 0}, /* [59] AT+CSQ */
    {279, 0x87, 19, 0xffff, 7, 4, 0, 1, 0, 0}, /* [60] AT+CESQ=? */
    {279, 0x4e, 18, 0xffff, 7, 0, 0, 1, 0, 0}, /* [61] AT+CESQ */
    {287, 0xffff, 21, 0xffff, 7, 4, 0, 1, 0, 0}, /* [62] AT+CREG=? */
    {287, 0xffff, 20, 0xffff, 7, 3, 0, 1, 0, 0}, /* [63] AT+CREG? */
    {287, 0xffff, 99, 0xffff, 7, 2, 0, 1, 0, 0}, /* [64] AT+CREG= */
    {295, 0x46, 23, 0xffff, 8, 4, 0, 1, 0, 0}, /* [65] AT+CGREG=? */
    {295, 0xffff, 22, 0xffff, 8, 3, 0, 1, 0, 0}, /* [66] AT+CGREG? */
    {295, 0x72, 100, 0xffff, 8, 2, 0, 1, 0, 0}, /* [67] AT+CGREG= */
    {304, 0x61, 25, 0xffff, 8, 4, 0, 1, 0, 0}, /* [68] AT+CEREG=? */
    {304, 0xffff, 24, 0xffff, 8, 3, 0, 1, 0, 0}, /* [69] AT+CEREG? */
    {304, 0xffff, 101, 0xffff, 8, 2, 0, 1, 0, 0}, /* [70] AT+CEREG= */
    {313, 0xffff, 27, 0xffff, 7, 4, 0, 1, 0, 0}, /* [71] AT+COPS=? */
    {313, 0xffff, 26, 0xffff, 7, 3, 0, 1, 0, 0}, /* [72] AT+COPS? */
    {313, 0xffff, 102, 0xffff, 7, 2, 0, 1, 0, 0}, /* [73] AT+COPS= */
    {321, 0xffff, 29, 0xffff, 7, 4, 0, 1, 0, 0}, /* [74] AT+CFUN=? */
    {321, 0xffff, 28, 0xffff, 7, 3, 0, 1, 0, 0}, /* [75] AT+CFUN? */
    {321, 0x59, 103, 0xffff, 7, 2, 0, 1, 0, 0}, /* [76] AT+CFUN= */
    {329, 0xffff, 31, 0xffff, 8, 4, 0, 1, 0, 0}, /* [77] AT+CGATT=? */
    {329, 0xffff, 30, 0xffff, 8, 3, 0, 1, 0, 0}, /* [78] AT+CGATT? */
    {329, 0x78, 104, 0xffff, 8, 2, 0, 1, 0, 0}, /* [79] AT+CGATT= */
    {338, 0xffff, 33, 0xffff, 10, 4, 0, 1, 0, 0}, /* [80] AT+CGDCONT=? */
    {338, 0xffff, 32, 0xffff, 10, 3, 0, 1, 0, 0}, /* [81] AT+CGDCONT? */
    {338, 0xffff, 105, 0xffff, 10, 2, 0, 1, 0, 0}, /* [82] AT+CGDCONT= */
    {349, 0xffff, 35, 0xffff, 8, 4, 0, 1, 0, 0}, /* [83] AT+CGACT=? */
    {349, 0xffff, 34, 0xffff, 8, 3, 0, 1, 0, 0}, /* [84] AT+CGACT? */
    {349, 0xffff, 106, 0xffff, 8, 2, 0, 1, 0, 0}, /* [85] AT+CGACT= */
    {358, 0xffff, 38, 0xffff, 10, 4, 0, 1, 0, 0}, /* [86] AT+CGPADDR=? */
    {358, 0xffff, 37, 0xffff, 10, 2, 0, 1, 0, 0}, /* [87] AT+CGPADDR= */
    {358, 0xffff, 36, 0xffff, 10, 0, 0, 1, 0, 0}, /* [88] AT+CGPADDR */
    {369, 0xffff, 40, 0xffff, 8, 4, 0, 1, 0, 0}, /* [89] AT+CSCON=? */
    {369, 0x8f, 39, 0xffff, 8, 3, 0, 1, 0, 0}, /* [90] AT+CSCON? */
    {369, 0xffff, 107, 0xffff, 8, 2, 0, 1, 0, 0}, /* [91] AT+CSCON= */
    {378, 0xffff, 108, 0xffff, 7, 4, 0, 1, 0, 0}, /* [92] AT+CCLK=? */
    {378, 0xffff, 41, 0xffff, 7, 3, 0, 1, 0, 0}, /* [93] AT+CCLK? */
    {378, 0xffff, 109, 0xffff, 7, 2, 0, 1, 0, 0}, /* [94] AT+CCLK= */
    {386, 0xffff, 43, 0xffff, 7, 4, 0, 1, 0, 0}, /* [95] AT+CTZR=? */
    {386, 0xffff, 42, 0xffff, 7, 3, 0, 1, 0, 0}, /* [96] AT+CTZR? */
    {386, 0x70, 110, 0xffff, 7, 2, 0, 1, 0, 0}, /* [97] AT+CTZR= */
    {394, 0x6c, 45, 0xffff, 7, 4, 0, 1, 0, 0}, /* [98] AT+CTZU=? */
    {394, 0x92, 44, 0xffff, 7, 3, 0, 1, 0, 0}, /* [99] AT+CTZU? */
    {394, 0xffff, 111, 0xffff, 7, 2, 0, 1, 0, 0}, /* [100] AT+CTZU= */
    {402, 0x6f, 47, 0xffff, 8, 4, 0, 1, 0, 0}, /* [101] AT+CPSMS=? */
    {402, 0xffff, 46, 0xffff, 8, 3, 0, 1, 0, 0}, /* [102] AT+CPSMS? */
    {402, 0xffff, 112, 0xffff, 8, 2, 0, 1, 0, 0}, /* [103] AT+CPSMS= */
    {411, 0xffff, 49, 0xffff, 9, 4, 0, 1, 0, 0}, /* [104] AT+CEDRXS=? */
    {411, 0xffff, 48, 0xffff, 9, 3, 0, 1, 0, 0}, /* [105] AT+CEDRXS? */
    {411, 0xffff, 113, 0xffff, 9, 2, 0, 1, 0, 0}, /* [106] AT+CEDRXS= */
    {421, 0xffff, 114, 0xffff, 11, 4, 0, 1, 0, 0}, /* [107] AT+CEDRXRDP=? */
    {421, 0xffff, 50, 0xffff, 11, 0, 0, 1, 0, 0}, /* [108] AT+CEDRXRDP */
    {433, 0xffff, 52, 0xffff, 6, 4, 0, 1, 0, 0}, /* [109] AT+IPR=? */
    {433, 0xffff, 51, 0xffff, 6, 3, 0, 1, 0, 0}, /* [110] AT+IPR? */
    {433, 0x7e, 115, 0xffff, 6, 2, 0, 1, 0, 0}, /* [111] AT+IPR= */
    {440, 0x71, 54, 0xffff, 6, 4, 0, 1, 0, 0}, /* [112] AT+ICF=? */
    {440, 0xffff, 53, 0xffff, 6, 3, 0, 1, 0, 0}, /* [113] AT+ICF? */
    {440, 0x7b, 116, 0xffff, 6, 2, 0, 1, 0, 0}, /* [114] AT+ICF= */
    {447, 0xffff, 56, 0xffff, 6, 4, 0, 1, 0, 0}, /* [115] AT+IFC=? */
    {447, 0x90, 55, 0xffff, 6, 3, 0, 1, 0, 0}, /* [116] AT+IFC? */
    {447, 0xffff, 117, 0xffff, 6, 2, 0, 1, 0, 0}, /* [117] AT+IFC= */
    {454, 0xffff, 118, 0xffff, 5, 1, 0, 2, 2, 0}, /* [118] +CGSN: */
    {460, 0x8e, 120, 0xffff, 5, 1, 0, 2, 2, 0}, /* [119] +CMEE: */
    {466, 0xffff, 122, 0xffff, 5, 1, 0, 2, 1, 1}, /* [120] +CPIN: */
    {472, 0xffff, 124, 0xffff, 4, 1, 0, 2, 2, 0}, /* [121] +CSQ: */
    {477, 0xffff, 126, 0xffff, 5, 1, 0, 2, 2, 0}, /* [122] +CESQ: */
    {483, 0xffff, 128, 0xffff, 5, 1, 0, 3, 2, 1}, /* [123] +CREG: */
    {489, 0xffff, 131, 0xffff, 6, 1, 0, 3, 2, 1}, /* [124] +CGREG: */
    {496, 0xffff, 134, 0xffff, 6, 1, 0, 3, 2, 1}, /* [125] +CEREG: */
    {503, 0xffff, 137, 0xffff, 5, 1, 0, 2, 2, 0}, /* [126] +COPS: */
    {509, 0xffff, 139, 0xffff, 5, 1, 0, 3, 2, 1}, /* [127] +CFUN: */
    {515, 0xffff, 142, 0xffff, 6, 1, 0, 2, 2, 0}, /* [128] +CGATT: */
    {522, 0xffff, 144, 0xffff, 8, 1, 0, 2, 2, 0}, /* [129] +CGDCONT: */
    {531, 0xffff, 146, 0xffff, 6, 1, 0, 2, 2, 0}, /* [130] +CGACT: */
    {538, 0xffff, 148, 0xffff, 8, 1, 0, 2, 2, 0}, /* [131] +CGPADDR: */
    {547, 0xffff, 150, 0xffff, 6, 1, 0, 3, 2, 1}, /* [132] +CSCON: */
    {554, 0xffff, 153, 0xffff, 5, 1, 0, 1, 1, 0}, /* [133] +CCLK: */
    {560, 0xffff, 154, 0xffff, 5, 1, 0, 2, 2, 0}, /* [134] +CTZR: */
    {566, 0xffff, 156, 0xffff, 5, 1, 0, 2, 2, 0}, /* [135] +CTZU: */
    {572, 0xffff, 158, 0xffff, 6, 1, 0, 2, 2, 0}, /* [136] +CPSMS: */
    {579, 0xffff, 160, 0xffff, 7, 1, 0, 2, 2, 0}, /* [137] +CEDRXS: */
    {587, 0xffff, 162, 0xffff, 9, 1, 0, 1, 1, 0}, /* [138] +CEDRXRDP: */
    {597, 0xffff, 163, 0xffff, 4, 1, 0, 2, 2, 0}, /* [139] +IPR: */
    {602, 0xffff, 165, 0xffff, 4, 1, 0, 2, 2, 0}, /* [140] +ICF: */
    {607, 0xffff, 167, 0xffff, 4, 1, 0, 2, 2, 0}, /* [141] +IFC: */
    {612, 0xffff, 169, 0xffff, 5, 1, 0, 1, 0, 1}, /* [142] +CTZV: */
    {618, 0xffff, 170, 0xffff, 5, 1, 0, 1, 0, 1}, /* [143] +CTZE: */
    {624, 0xffff, 171, 0xffff, 6, 1, 0, 1, 0, 1}, /* [144] +CTZEU: */
    {631, 0xffff, 172, 0xffff, 7, 1, 0, 1, 0, 1}, /* [145] +CEDRXP: */
    {639, 0xffff, 173, 0xffff, 4, 0, 0, 1, 0, 1}, /* [146] RING */
    {644, 0xffff, 174, 0xffff, 3, 0, 0, 1, 0, 1}, /* [147] RDY */
    {648, 0xffff, 175, 0xffff, 17, 0, 0, 1, 0, 1}, /* [148] NORMAL POWER DOWN */
    {666, 0xffff, 176, 0xffff, 12, 0, 0, 1, 0, 1}, /* [149] POWERED DOWN */
    {0, 0xffff, 177, 0xffff, 0, 7, 0, 10, 10, 0}, /* [150] (no head) */
};
/* hash slot (atc__hash of a head's text, top bits) -> its first head */
static const uint16_t atc__basic_slots[] = {
0xffff, 0xffff, 0x7a, 0xffff, 0xffff, 0xffff, 0xffff, 0x31, 0xffff, 0xffff, 0x4f, 0xffff, 0xffff, 0xffff, 0xffff, 0xffff,
0xffff, 0x18, 0xffff, 0x75, 0x6b, 0xffff, 0xc, 0xffff, 0xffff, 0xffff, 0xffff, 0x12, 0xffff, 0x83, 0xffff, 0xffff,
0xffff, 0xffff, 0xffff, 0x8b, 0xffff, 0x95, 0xffff, 0xffff, 0x64, 0xffff, 0xffff, 0xffff, 0xffff, 0xffff, 0xffff, 0x2b,
0xffff, 0x3f, 0xffff, 0xffff, 0x3, 0xffff, 0x4c, 0x76, 0x4d, 0x51, 0x40, 0xffff, 0x4b, 0x25, 0xffff, 0xffff,
0x93, 0xffff, 0xffff, 0xffff, 0xe, 0xffff, 0xffff, 0xffff, 0xffff, 0xffff, 0xffff, 0x15, 0xffff, 0x0, 0xffff, 0x56,
0x5d, 0xffff, 0x35, 0x91, 0xffff, 0xffff, 0xffff, 0xffff, 0x3b, 0x5, 0xffff, 0xffff, 0xffff, 0xffff, 0xffff, 0x68,
0xffff, 0x1, 0xffff, 0xffff, 0x21, 0x47, 0xffff, 0x7, 0x14, 0x45, 0xffff, 0xffff, 0xffff, 0xffff, 0xffff, 0x5b,
0xffff, 0xffff, 0x2a, 0x22, 0xffff, 0xffff, 0x1e, 0xffff, 0x94, 0xffff, 0xffff, 0x2c, 0x20, 0xffff, 0xffff, 0x24,
0xffff, 0x2f, 0xffff, 0xffff, 0x55, 0x7f, 0x9, 0x81, 0x4, 0x88, 0xffff, 0xa, 0x1a, 0xd, 0xffff, 0xffff,
0x5c, 0xffff, 0xffff, 0x33, 0xffff, 0x2d, 0xffff, 0xffff, 0xffff, 0xffff, 0xffff, 0x74, 0xffff, 0x86, 0x38, 0xffff,
0x73, 0xffff, 0x69, 0x4a, 0xffff, 0xffff, 0x10, 0xffff, 0xffff, 0xf, 0xb, 0x19, 0xffff, 0xffff, 0x60, 0x30,
0xffff, 0xffff, 0xffff, 0xffff, 0xffff, 0xffff, 0x43, 0xffff, 0xffff, 0xffff, 0xffff, 0xffff, 0x1b, 0x65, 0x3c, 0xffff,
0xffff, 0xffff, 0x66, 0x8, 0xffff, 0x16, 0x3a, 0x5a, 0xffff, 0x49, 0xffff, 0x36, 0x63, 0xffff, 0xffff, 0xffff,
0x34, 0x8c, 0x11, 0xffff, 0xffff, 0x54, 0xffff, 0xffff, 0x6a, 0xffff, 0xffff, 0xffff, 0x5e, 0xffff, 0x62, 0xffff,
0xffff, 0xffff, 0x6, 0xffff, 0x28, 0x2, 0xffff, 0xffff, 0x67, 0xffff, 0xffff, 0x13, 0x42, 0x1d, 0xffff, 0xffff,
0xffff, 0x29, 0x5f, 0x32, 0x77, 0x6e, 0xffff, 0x17, 0xffff, 0xffff, 0x89, 0xffff, 0xffff, 0xffff, 0x57, 0x39,
};

/* Wire prefixes, for the encoders: offsets in text. */
static const uint16_t atc__basic_prefixes[] = {
3810, 3813, 3819, 3827, 3838, 3850, 3855, 3865, 3878, 3891, 3894, 3899, 3904, 3908, 3913, 3918,
3922, 3927, 3932, 3936, 3940, 3945, 3949, 3954, 3959, 3965, 3970, 3976, 3980, 3985, 3989, 3994,
3998, 4001, 4011, 4019, 4029, 4037, 4047, 4055, 4065, 4074, 4082, 4092, 4100, 4109, 4116, 4125,
4132, 4141, 4148, 4157, 4164, 4174, 4183, 4192, 4202, 4211, 4220, 4229, 4236, 4246, 4254, 4264,
4273, 4282, 4293, 4303, 4313, 4324, 4334, 4344, 4354, 4363, 4372, 4382, 4391, 4400, 4411, 4421,
4431, 4444, 4456, 4468, 4479, 4489, 4499, 4512, 4524, 4535, 4546, 4556, 4566, 4576, 4585, 4594,
4604, 4613, 4622, 4632, 4641, 4650, 4661, 4671, 4681, 4693, 4704, 4715, 4729, 4741, 4750, 4758,
4766, 4775, 4783, 4791, 4800, 4808, 0, 0, 0, 0, 0, 0, 0, 0, 0, 4816,
4816, 0, 4824, 4824, 4832, 4840, 4840, 4847, 4847, 4855, 4855, 4863, 4863, 4872, 4872, 4881,
4881, 4889, 4889, 4897, 4897, 4906, 4906, 4917, 4917, 4926, 4926, 4937, 4937, 4946, 4954, 4954,
4962, 4962, 4970, 4970, 4979, 4979, 4989, 5001, 5001, 5008, 5008, 5015, 5015, 4832, 4855, 4863,
4872, 4937, 5022, 5030, 5038, 5047, 5057, 4889, 5062, 5066, 5084,
};

const uint32_t atc_basic_timeout_ms[187] = {
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
0u, 0u, 0u, 0u, 0u, 0u, 0u,
};

#if !ATC_NO_NAMES
static const struct {
    char s0[1];
    char s1[3];
    char s2[6];
    char s3[8];
    char s4[11];
    char s5[12];
    char s6[5];
    char s7[10];
    char s8[10];
    char s9[10];
    char s10[3];
    char s11[5];
    char s12[5];
    char s13[4];
    char s14[5];
    char s15[5];
    char s16[4];
    char s17[5];
    char s18[5];
    char s19[4];
    char s20[4];
    char s21[5];
    char s22[4];
    char s23[5];
    char s24[9];
    char s25[10];
    char s26[9];
    char s27[10];
    char s28[4];
    char s29[5];
    char s30[4];
    char s31[5];
    char s32[4];
    char s33[8];
    char s34[5];
    char s35[5];
    char s36[5];
    char s37[5];
    char s38[5];
    char s39[4];
    char s40[4];
    char s41[4];
    char s42[4];
    char s43[5];
    char s44[5];
    char s45[4];
    char s46[5];
    char s47[5];
    char s48[6];
    char s49[6];
    char s50[5];
    char s51[5];
    char s52[6];
    char s53[8];
    char s54[6];
    char s55[8];
    char s56[6];
    char s57[5];
    char s58[5];
    char s59[5];
    char s60[6];
    char s61[7];
    char s62[9];
    char s63[4];
    char s64[4];
    char s65[4];
    char s66[5];
    char s67[5];
    char s68[6];
    char s69[7];
    char s70[5];
    char s71[4];
    char s72[18];
    char s73[13];
    char s74[4];
    char s75[4];
    char s76[2];
    char s77[4];
    char s78[7];
    char s79[5];
    char s80[7];
    char s81[5];
    char s82[4];
    char s83[4];
    char s84[4];
    char s85[6];
    char s86[4];
    char s87[9];
    char s88[4];
    char s89[9];
    char s90[7];
    char s91[7];
    char s92[16];
    char s93[13];
    char s94[17];
    char s95[26];
    char s96[6];
    char s97[11];
    char s98[19];
    char s99[15];
    char s100[21];
    char s101[22];
    char s102[5];
    char s103[10];
    char s104[6];
    char s105[23];
    char s106[27];
    char s107[23];
    char s108[22];
    char s109[9];
    char s110[21];
    char s111[5];
    char s112[7];
    char s113[11];
    char s114[11];
    char s115[5];
    char s116[13];
    char s117[6];
    char s118[9];
    char s119[3];
    char s120[9];
    char s121[5];
    char s122[5];
    char s123[5];
    char s124[4];
    char s125[6];
    char s126[5];
    char s127[5];
    char s128[5];
    char s129[5];
    char s130[5];
    char s131[4];
    char s132[3];
    char s133[11];
    char s134[13];
    char s135[4];
    char s136[12];
    char s137[13];
    char s138[17];
    char s139[4];
    char s140[13];
    char s141[14];
    char s142[11];
    char s143[11];
    char s144[7];
    char s145[13];
    char s146[23];
    char s147[19];
    char s148[11];
    char s149[3];
    char s150[4];
    char s151[6];
    char s152[11];
    char s153[12];
    char s154[10];
    char s155[18];
    char s156[18];
    char s157[5];
    char s158[6];
    char s159[5];
    char s160[6];
    char s161[3];
    char s162[10];
    char s163[8];
    char s164[10];
    char s165[8];
    char s166[10];
    char s167[8];
    char s168[10];
    char s169[14];
    char s170[8];
    char s171[10];
    char s172[8];
    char s173[9];
    char s174[7];
    char s175[9];
    char s176[7];
    char s177[9];
    char s178[7];
    char s179[9];
    char s180[7];
    char s181[10];
    char s182[9];
    char s183[14];
    char s184[10];
    char s185[9];
    char s186[25];
    char s187[9];
    char s188[7];
    char s189[10];
    char s190[8];
    char s191[10];
    char s192[9];
    char s193[14];
    char s194[11];
    char s195[10];
    char s196[15];
    char s197[11];
    char s198[10];
    char s199[15];
    char s200[10];
    char s201[9];
    char s202[45];
    char s203[10];
    char s204[9];
    char s205[24];
    char s206[11];
    char s207[10];
    char s208[17];
    char s209[13];
    char s210[12];
    char s211[278];
    char s212[11];
    char s213[10];
    char s214[30];
    char s215[13];
    char s216[20];
    char s217[11];
    char s218[11];
    char s219[10];
    char s220[15];
    char s221[10];
    char s222[9];
    char s223[15];
    char s224[10];
    char s225[9];
    char s226[22];
    char s227[10];
    char s228[9];
    char s229[16];
    char s230[11];
    char s231[10];
    char s232[129];
    char s233[12];
    char s234[11];
    char s235[57];
    char s236[14];
    char s237[12];
    char s238[9];
    char s239[8];
    char s240[14];
    char s241[9];
    char s242[8];
    char s243[29];
    char s244[9];
    char s245[8];
    char s246[37];
    char s247[7];
    char s248[15];
    char s249[8];
    char s250[11];
    char s251[5];
    char s252[25];
    char s253[13];
    char s254[7];
    char s255[11];
    char s256[14];
    char s257[19];
    char s258[49];
    char s259[69];
    char s260[11];
    char s261[128];
    char s262[12];
    char s263[101];
    char s264[12];
    char s265[40];
    char s266[26];
    char s267[13];
    char s268[19];
    char s269[16];
    char s270[265];
    char s271[22];
    char s272[16];
    char s273[46];
    char s274[16];
    char s275[56];
    char s276[12];
    char s277[14];
    char s278[19];
    char s279[15];
    char s280[120];
    char s281[118];
    char s282[43];
    char s283[50];
    char s284[97];
    char s285[13];
    char s286[28];
    char s287[24];
    char s288[32];
    char s289[65];
    char s290[124];
    char s291[97];
    char s292[52];
    char s293[12];
    char s294[27];
    char s295[29];
    char s296[95];
    char s297[18];
    char s298[13];
} atc__basic_names_text_pool = {
    "",
    "OK",
    "ERROR",
    "CONNECT",
    "NO_CARRIER",
    "NO_DIALTONE",
    "BUSY",
    "NO_ANSWER",
    "CME_ERROR",
    "CMS_ERROR",
    "AT",
    "ATE0",
    "ATE1",
    "ATE",
    "ATV0",
    "ATV1",
    "ATV",
    "ATQ0",
    "ATQ1",
    "ATQ",
    "ATI",
    "ATI0",
    "ATZ",
    "ATZ0",
    "AT_AMP_F",
    "AT_AMP_F0",
    "AT_AMP_W",
    "AT_AMP_W0",
    "ATO",
    "ATO0",
    "ATH",
    "ATH0",
    "ATA",
    "A_SLASH",
    "CGMI",
    "CGMM",
    "CGMR",
    "CGSN",
    "CIMI",
    "GMI",
    "GMM",
    "GMR",
    "GSN",
    "CMEE",
    "CPIN",
    "CSQ",
    "CESQ",
    "CREG",
    "CGREG",
    "CEREG",
    "COPS",
    "CFUN",
    "CGATT",
    "CGDCONT",
    "CGACT",
    "CGPADDR",
    "CSCON",
    "CCLK",
    "CTZR",
    "CTZU",
    "CPSMS",
    "CEDRXS",
    "CEDRXRDP",
    "IPR",
    "ICF",
    "IFC",
    "CTZV",
    "CTZE",
    "CTZEU",
    "CEDRXP",
    "RING",
    "RDY",
    "NORMAL_POWER_DOWN",
    "POWERED_DOWN",
    "err",
    "snt",
    "n",
    "pin",
    "newpin",
    "mode",
    "format",
    "oper",
    "act",
    "fun",
    "rst",
    "state",
    "cid",
    "pdp_type",
    "apn",
    "pdp_addr",
    "d_comp",
    "h_comp",
    "ipv4_addr_alloc",
    "request_type",
    "p_cscf_discovery",
    "im_cn_signalling_flag_ind",
    "nslpi",
    "secure_pco",
    "ipv4_mtu_discovery",
    "local_addr_ind",
    "non_ip_mtu_discovery",
    "reliable_data_service",
    "time",
    "reporting",
    "onoff",
    "requested_periodic_rau",
    "requested_gprs_ready_timer",
    "requested_periodic_tau",
    "requested_active_time",
    "act_type",
    "requested_edrx_value",
    "rate",
    "parity",
    "dce_by_dte",
    "dte_by_dce",
    "text",
    "manufacturer",
    "model",
    "revision",
    "sn",
    "identity",
    "imsi",
    "code",
    "rssi",
    "ber",
    "rxlev",
    "rscp",
    "ecno",
    "rsrq",
    "rsrp",
    "stat",
    "lac",
    "ci",
    "cause_type",
    "reject_cause",
    "rac",
    "active_time",
    "periodic_rau",
    "gprs_ready_timer",
    "tac",
    "periodic_tau",
    "operator_list",
    "pdp_addr_1",
    "pdp_addr_2",
    "access",
    "core_network",
    "nw_provided_edrx_value",
    "paging_time_window",
    "fixed_rate",
    "tz",
    "dst",
    "utime",
    "NO CARRIER",
    "NO DIALTONE",
    "NO ANSWER",
    "+CME ERROR: <err>",
    "+CMS ERROR: <err>",
    "AT&F",
    "AT&F0",
    "AT&W",
    "AT&W0",
    "A/",
    "AT+CGMI=?",
    "AT+CGMI",
    "AT+CGMM=?",
    "AT+CGMM",
    "AT+CGMR=?",
    "AT+CGMR",
    "AT+CGSN=?",
    "AT+CGSN=<snt>",
    "AT+CGSN",
    "AT+CIMI=?",
    "AT+CIMI",
    "AT+GMI=?",
    "AT+GMI",
    "AT+GMM=?",
    "AT+GMM",
    "AT+GMR=?",
    "AT+GMR",
    "AT+GSN=?",
    "AT+GSN",
    "AT+CMEE=?",
    "AT+CMEE?",
    "AT+CMEE=[<n>]",
    "AT+CPIN=?",
    "AT+CPIN?",
    "AT+CPIN=<pin>[,<newpin>]",
    "AT+CSQ=?",
    "AT+CSQ",
    "AT+CESQ=?",
    "AT+CESQ",
    "AT+CREG=?",
    "AT+CREG?",
    "AT+CREG=[<n>]",
    "AT+CGREG=?",
    "AT+CGREG?",
    "AT+CGREG=[<n>]",
    "AT+CEREG=?",
    "AT+CEREG?",
    "AT+CEREG=[<n>]",
    "AT+COPS=?",
    "AT+COPS?",
    "AT+COPS=[<mode>[,<format>[,<oper>[,<AcT>]]]]",
    "AT+CFUN=?",
    "AT+CFUN?",
    "AT+CFUN=[<fun>[,<rst>]]",
    "AT+CGATT=?",
    "AT+CGATT?",
    "AT+CGATT=<state>",
    "AT+CGDCONT=?",
    "AT+CGDCONT?",
    "AT+CGDCONT=[<cid>[,<PDP_type>[,<APN>[,<PDP_addr>[,<d_comp>[,<h_comp>[,<IPv4AddrAlloc>[,<request_type>[,<P-CSCF_discovery>[,<IM_CN_Signalling_Flag_Ind>[,<NSLPI>[,<securePCO>[,<IPv4_MTU_discovery>[,<Local_Addr_Ind>[,<Non-IP_MTU_discovery>[,<Reliable_Data_Service>]]]]]]]]]]]]]]]]",
    "AT+CGACT=?",
    "AT+CGACT?",
    "AT+CGACT=[<state>[,<cid>...]]",
    "AT+CGPADDR=?",
    "AT+CGPADDR=<cid>...",
    "AT+CGPADDR",
    "AT+CSCON=?",
    "AT+CSCON?",
    "AT+CSCON=[<n>]",
    "AT+CCLK=?",
    "AT+CCLK?",
    "AT+CCLK=<time>",
    "AT+CTZR=?",
    "AT+CTZR?",
    "AT+CTZR=[<reporting>]",
    "AT+CTZU=?",
    "AT+CTZU?",
    "AT+CTZU=<onoff>",
    "AT+CPSMS=?",
    "AT+CPSMS?",
    "AT+CPSMS=[<mode>[,<Requested_Periodic-RAU>[,<Requested_GPRS-READY-timer>[,<Requested_Periodic-TAU>[,<Requested_Active-Time>]]]]]",
    "AT+CEDRXS=?",
    "AT+CEDRXS?",
    "AT+CEDRXS=[<mode>[,<AcT-type>[,<Requested_eDRX_value>]]]",
    "AT+CEDRXRDP=?",
    "AT+CEDRXRDP",
    "AT+IPR=?",
    "AT+IPR?",
    "AT+IPR=<rate>",
    "AT+ICF=?",
    "AT+ICF?",
    "AT+ICF=[<format>[,<parity>]]",
    "AT+IFC=?",
    "AT+IFC?",
    "AT+IFC=[<DCE_by_DTE>[,<DTE_by_DCE>]]",
    "<text>",
    "<manufacturer>",
    "<model>",
    "<revision>",
    "<sn>",
    "+CGSN: <imei/imeisv/svn>",
    "+CGSN: <snt>",
    "<IMSI>",
    "+CMEE: <n>",
    "+CPIN: <code>",
    "+CSQ: <rssi>,<ber>",
    "+CESQ: <rxlev>,<ber>,<rscp>,<ecno>,<rsrq>,<rsrp>",
    "+CREG: <n>,<stat>[,<lac>,<ci>[,<AcT>[,<cause_type>,<reject_cause>]]]",
    "+CREG: <n>",
    "+CGREG: <n>,<stat>[,<lac>,<ci>[,<AcT>[,<rac>[,<cause_type>,<reject_cause>[,<Active-Time>,<Periodic-RAU>,<GPRS-READY-timer>]]]]]",
    "+CGREG: <n>",
    "+CEREG: <n>,<stat>[,<tac>,<ci>[,<AcT>[,<cause_type>,<reject_cause>[,<Active-Time>,<Periodic-TAU>]]]]",
    "+CEREG: <n>",
    "+COPS: <mode>[,<format>,<oper>[,<AcT>]]",
    "+COPS: <operator_list>...",
    "+CFUN: <fun>",
    "+CFUN: <fun>,<rst>",
    "+CGATT: <state>",
    "+CGDCONT: <cid>,<PDP_type>,<APN>,<PDP_addr>,<d_comp>,<h_comp>[,<IPv4AddrAlloc>[,<request_type>[,<P-CSCF_discovery>[,<IM_CN_Signalling_Flag_Ind>[,<NSLPI>[,<securePCO>[,<IPv4_MTU_discovery>[,<Local_Addr_Ind>[,<Non-IP_MTU_discovery>[,<Reliable_Data_Service>]]]]]]]]]]",
    "+CGACT: <cid>,<state>",
    "+CGACT: <state>",
    "+CGPADDR: <cid>[,<PDP_addr_1>[,<PDP_addr_2>]]",
    "+CGPADDR: <cid>",
    "+CSCON: <n>,<mode>[,<state>[,<access>[,<coreNetwork>]]]",
    "+CSCON: <n>",
    "+CCLK: <time>",
    "+CTZR: <reporting>",
    "+CTZU: <onoff>",
    "+CPSMS: <mode>[,<Requested_Periodic-RAU>,<Requested_GPRS-READY-timer>,<Requested_Periodic-TAU>,<Requested_Active-Time>]",
    "+CPSMS: <mode>,<Requested_Periodic-RAU>,<Requested_GPRS-READY-timer>,<Requested_Periodic-TAU>,<Requested_Active-Time>",
    "+CEDRXS: <AcT-type>,<Requested_eDRX_value>",
    "+CEDRXS: <mode>,<AcT-type>,<Requested_eDRX_value>",
    "+CEDRXRDP: <AcT-type>[,<Requested_eDRX_value>[,<NW-provided_eDRX_value>[,<Paging_time_window>]]]",
    "+IPR: <rate>",
    "+IPR: <rate>[,<fixed_rate>]",
    "+ICF: <format>,<parity>",
    "+IFC: <DCE_by_DTE>,<DTE_by_DCE>",
    "+CREG: <stat>[,<lac>,<ci>[,<AcT>[,<cause_type>,<reject_cause>]]]",
    "+CGREG: <stat>[,<lac>,<ci>[,<AcT>[,<rac>[,<cause_type>,<reject_cause>[,<Active-Time>,<Periodic-RAU>,<GPRS-READY-timer>]]]]]",
    "+CEREG: <stat>[,<tac>,<ci>[,<AcT>[,<cause_type>,<reject_cause>[,<Active-Time>,<Periodic-TAU>]]]]",
    "+CSCON: <mode>[,<state>[,<access>[,<coreNetwork>]]]",
    "+CTZV: <tz>",
    "+CTZE: <tz>,<dst>[,<time>]",
    "+CTZEU: <tz>,<dst>[,<utime>]",
    "+CEDRXP: <AcT-type>[,<Requested_eDRX_value>[,<NW-provided_eDRX_value>[,<Paging_time_window>]]]",
    "NORMAL POWER DOWN",
    "POWERED DOWN"
};
ATC__BASIC_CHECK(names_text_pool_unpadded, sizeof atc__basic_names_text_pool == 4916);
#define atc__basic_names_text ((const char *)&atc__basic_names_text_pool)

static const uint16_t atc__basic_msg_names[] = {
1, 4, 10, 18, 29, 41, 46, 56, 66, 76, 79, 84, 89, 93, 98, 103,
107, 112, 117, 121, 125, 130, 134, 139, 148, 158, 167, 177, 181, 186, 190, 195,
199, 207, 207, 212, 212, 217, 217, 222, 222, 222, 227, 227, 232, 232, 236, 236,
240, 240, 244, 244, 248, 248, 248, 253, 253, 253, 258, 258, 262, 262, 267, 267,
267, 272, 272, 272, 278, 278, 278, 284, 284, 284, 289, 289, 289, 294, 294, 294,
300, 300, 300, 308, 308, 308, 314, 314, 314, 322, 322, 322, 328, 328, 328, 333,
333, 333, 338, 338, 338, 343, 343, 343, 349, 349, 349, 356, 356, 365, 365, 365,
369, 369, 369, 373, 373, 373, 121, 207, 212, 217, 222, 232, 236, 240, 244, 222,
222, 227, 248, 248, 253, 258, 258, 262, 262, 267, 267, 272, 272, 278, 278, 284,
284, 289, 289, 294, 294, 300, 300, 308, 308, 314, 314, 322, 322, 328, 333, 333,
338, 338, 343, 343, 349, 349, 356, 365, 365, 369, 369, 373, 373, 253, 267, 272,
278, 322, 377, 382, 387, 393, 400, 289, 405, 409, 427,
};
static const uint16_t atc__basic_variant_names[] = {
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
0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
};
static const uint16_t atc__basic_field_names[] = {
440, 440, 444, 448, 450, 454, 448, 448, 448, 461, 466, 473, 478, 482, 486, 490,
496, 500, 509, 513, 522, 529, 536, 552, 565, 582, 608, 614, 625, 644, 659, 680,
490, 496, 496, 448, 702, 707, 717, 461, 723, 746, 773, 796, 461, 818, 827, 848,
466, 853, 860, 871, 882, 887, 900, 906, 915, 918, 444, 927, 448, 448, 932, 937,
942, 937, 942, 946, 942, 952, 957, 962, 967, 946, 942, 952, 957, 962, 967, 448,
972, 977, 981, 478, 984, 995, 448, 972, 977, 981, 478, 1008, 984, 995, 1012, 1024,
1037, 448, 972, 1054, 981, 478, 984, 995, 1012, 1058, 461, 466, 473, 478, 1071, 482,
482, 486, 490, 496, 500, 509, 513, 522, 529, 536, 552, 565, 582, 608, 614, 625,
644, 659, 680, 496, 500, 509, 513, 522, 529, 536, 552, 565, 582, 608, 614, 625,
644, 659, 680, 496, 490, 496, 1085, 1096, 496, 448, 461, 490, 1107, 1114, 707, 707,
717, 461, 723, 746, 773, 796, 461, 723, 746, 773, 796, 818, 827, 461, 818, 827,
818, 827, 1127, 1150, 848, 1169, 466, 853, 466, 853, 860, 871, 860, 871, 972, 977,
981, 478, 984, 995, 972, 977, 981, 478, 1008, 984, 995, 1012, 1024, 1037, 972, 1054,
981, 478, 984, 995, 1012, 1058, 461, 490, 1107, 1114, 1180, 1180, 1183, 702, 1180, 1183,
1187,
    0
};
static const uint16_t atc__basic_syntaxes[] = {
1, 4, 10, 1193, 1204, 41, 1216, 1226, 1244, 76, 79, 84, 89, 93, 98, 103,
107, 112, 117, 121, 125, 130, 134, 1262, 1267, 1273, 1278, 177, 181, 186, 190, 195,
1284, 1287, 1297, 1305, 1315, 1323, 1333, 1341, 1351, 1365, 1373, 1383, 1391, 1400, 1407, 1416,
1423, 1432, 1439, 1448, 1455, 1465, 1474, 1488, 1498, 1507, 1532, 1541, 1548, 1558, 1566, 1576,
1585, 1599, 1610, 1620, 1635, 1646, 1656, 1671, 1681, 1690, 1735, 1745, 1754, 1778, 1789, 1799,
1816, 1829, 1841, 2119, 2130, 2140, 2170, 2183, 2203, 2214, 2225, 2235, 2250, 2260, 2269, 2284,
2294, 2303, 2325, 2335, 2344, 2360, 2371, 2381, 2510, 2522, 2533, 2590, 2604, 2616, 2625, 2633,
2647, 2656, 2664, 2693, 2702, 2710, 2747, 2754, 2769, 2777, 2788, 2754, 2769, 2777, 2788, 2793,
2818, 2831, 2838, 2838, 2849, 2863, 2863, 2882, 2882, 2931, 3000, 3011, 3139, 3151, 3252, 3264,
3304, 3330, 3343, 3362, 3362, 3378, 3378, 3643, 3665, 3681, 3727, 3743, 3799, 3811, 3825, 3825,
3844, 3844, 3859, 3979, 4097, 4140, 4190, 4287, 4300, 4328, 4328, 4352, 4352, 2849, 4384, 4449,
4573, 4670, 4722, 4734, 4761, 4790, 400, 3330, 405, 4885, 4903,
};
static const atc_names atc__basic_names = {
    atc__basic_names_text, atc__basic_msg_names, atc__basic_variant_names,
    atc__basic_field_names, atc__basic_syntaxes, atc_basic_timeout_ms
};
#endif

ATC__BASIC_CHECK(cme_error_err_text, offsetof(atc_basic_cme_error, err_text) < 256);
ATC__BASIC_CHECK(cms_error_err_text, offsetof(atc_basic_cms_error, err_text) < 256);
ATC__BASIC_CHECK(at_cmee_set_has_n, offsetof(atc_basic_at_cmee_set, has_n) < 256);
ATC__BASIC_CHECK(at_cpin_set_has_newpin, offsetof(atc_basic_at_cpin_set, has_newpin) < 256);
ATC__BASIC_CHECK(at_creg_set_has_n, offsetof(atc_basic_at_creg_set, has_n) < 256);
ATC__BASIC_CHECK(at_cgreg_set_has_n, offsetof(atc_basic_at_cgreg_set, has_n) < 256);
ATC__BASIC_CHECK(at_cereg_set_has_n, offsetof(atc_basic_at_cereg_set, has_n) < 256);
ATC__BASIC_CHECK(at_cops_set_has_mode, offsetof(atc_basic_at_cops_set, has_mode) < 256);
ATC__BASIC_CHECK(at_cops_set_has_format, offsetof(atc_basic_at_cops_set, has_format) < 256);
ATC__BASIC_CHECK(at_cops_set_has_oper, offsetof(atc_basic_at_cops_set, has_oper) < 256);
ATC__BASIC_CHECK(at_cops_set_has_act, offsetof(atc_basic_at_cops_set, has_act) < 256);
ATC__BASIC_CHECK(at_cfun_set_has_fun, offsetof(atc_basic_at_cfun_set, has_fun) < 256);
ATC__BASIC_CHECK(at_cfun_set_has_rst, offsetof(atc_basic_at_cfun_set, has_rst) < 256);
ATC__BASIC_CHECK(at_cgdcont_set_has_cid, offsetof(atc_basic_at_cgdcont_set, has_cid) < 256);
ATC__BASIC_CHECK(at_cgdcont_set_has_pdp_type, offsetof(atc_basic_at_cgdcont_set, has_pdp_type) < 256);
ATC__BASIC_CHECK(at_cgdcont_set_has_apn, offsetof(atc_basic_at_cgdcont_set, has_apn) < 256);
ATC__BASIC_CHECK(at_cgdcont_set_has_pdp_addr, offsetof(atc_basic_at_cgdcont_set, has_pdp_addr) < 256);
ATC__BASIC_CHECK(at_cgdcont_set_has_d_comp, offsetof(atc_basic_at_cgdcont_set, has_d_comp) < 256);
ATC__BASIC_CHECK(at_cgdcont_set_has_h_comp, offsetof(atc_basic_at_cgdcont_set, has_h_comp) < 256);
ATC__BASIC_CHECK(at_cgdcont_set_has_ipv4_addr_alloc, offsetof(atc_basic_at_cgdcont_set, has_ipv4_addr_alloc) < 256);
ATC__BASIC_CHECK(at_cgdcont_set_has_request_type, offsetof(atc_basic_at_cgdcont_set, has_request_type) < 256);
ATC__BASIC_CHECK(at_cgdcont_set_has_p_cscf_discovery, offsetof(atc_basic_at_cgdcont_set, has_p_cscf_discovery) < 256);
ATC__BASIC_CHECK(at_cgdcont_set_has_im_cn_signalling_flag_ind, offsetof(atc_basic_at_cgdcont_set, has_im_cn_signalling_flag_ind) < 256);
ATC__BASIC_CHECK(at_cgdcont_set_has_nslpi, offsetof(atc_basic_at_cgdcont_set, has_nslpi) < 256);
ATC__BASIC_CHECK(at_cgdcont_set_has_secure_pco, offsetof(atc_basic_at_cgdcont_set, has_secure_pco) < 256);
ATC__BASIC_CHECK(at_cgdcont_set_has_ipv4_mtu_discovery, offsetof(atc_basic_at_cgdcont_set, has_ipv4_mtu_discovery) < 256);
ATC__BASIC_CHECK(at_cgdcont_set_has_local_addr_ind, offsetof(atc_basic_at_cgdcont_set, has_local_addr_ind) < 256);
ATC__BASIC_CHECK(at_cgdcont_set_has_non_ip_mtu_discovery, offsetof(atc_basic_at_cgdcont_set, has_non_ip_mtu_discovery) < 256);
ATC__BASIC_CHECK(at_cgdcont_set_has_reliable_data_service, offsetof(atc_basic_at_cgdcont_set, has_reliable_data_service) < 256);
ATC__BASIC_CHECK(at_cgact_set_has_state, offsetof(atc_basic_at_cgact_set, has_state) < 256);
ATC__BASIC_CHECK(at_cgact_set_cid_count, offsetof(atc_basic_at_cgact_set, cid_count) < 256);
ATC__BASIC_CHECK(at_cgpaddr_set_cid_count, offsetof(atc_basic_at_cgpaddr_set, cid_count) < 256);
ATC__BASIC_CHECK(at_cscon_set_has_n, offsetof(atc_basic_at_cscon_set, has_n) < 256);
ATC__BASIC_CHECK(at_cclk_set_has_time, offsetof(atc_basic_at_cclk_set, has_time) < 256);
ATC__BASIC_CHECK(at_ctzr_set_has_reporting, offsetof(atc_basic_at_ctzr_set, has_reporting) < 256);
ATC__BASIC_CHECK(at_cpsms_set_has_mode, offsetof(atc_basic_at_cpsms_set, has_mode) < 256);
ATC__BASIC_CHECK(at_cpsms_set_has_requested_periodic_rau, offsetof(atc_basic_at_cpsms_set, has_requested_periodic_rau) < 256);
ATC__BASIC_CHECK(at_cpsms_set_has_requested_gprs_ready_timer, offsetof(atc_basic_at_cpsms_set, has_requested_gprs_ready_timer) < 256);
ATC__BASIC_CHECK(at_cpsms_set_has_requested_periodic_tau, offsetof(atc_basic_at_cpsms_set, has_requested_periodic_tau) < 256);
ATC__BASIC_CHECK(at_cpsms_set_has_requested_active_time, offsetof(atc_basic_at_cpsms_set, has_requested_active_time) < 256);
ATC__BASIC_CHECK(at_cedrxs_set_has_mode, offsetof(atc_basic_at_cedrxs_set, has_mode) < 256);
ATC__BASIC_CHECK(at_cedrxs_set_has_act_type, offsetof(atc_basic_at_cedrxs_set, has_act_type) < 256);
ATC__BASIC_CHECK(at_cedrxs_set_has_requested_edrx_value, offsetof(atc_basic_at_cedrxs_set, has_requested_edrx_value) < 256);
ATC__BASIC_CHECK(at_icf_set_has_format, offsetof(atc_basic_at_icf_set, has_format) < 256);
ATC__BASIC_CHECK(at_icf_set_has_parity, offsetof(atc_basic_at_icf_set, has_parity) < 256);
ATC__BASIC_CHECK(at_ifc_set_has_dce_by_dte, offsetof(atc_basic_at_ifc_set, has_dce_by_dte) < 256);
ATC__BASIC_CHECK(at_ifc_set_has_dte_by_dce, offsetof(atc_basic_at_ifc_set, has_dte_by_dce) < 256);
ATC__BASIC_CHECK(creg_read_has_lac, offsetof(atc_basic_creg_read, has_lac) < 256);
ATC__BASIC_CHECK(creg_read_has_ci, offsetof(atc_basic_creg_read, has_ci) < 256);
ATC__BASIC_CHECK(creg_read_has_act, offsetof(atc_basic_creg_read, has_act) < 256);
ATC__BASIC_CHECK(creg_read_has_cause_type, offsetof(atc_basic_creg_read, has_cause_type) < 256);
ATC__BASIC_CHECK(creg_read_has_reject_cause, offsetof(atc_basic_creg_read, has_reject_cause) < 256);
ATC__BASIC_CHECK(cgreg_read_has_lac, offsetof(atc_basic_cgreg_read, has_lac) < 256);
ATC__BASIC_CHECK(cgreg_read_has_ci, offsetof(atc_basic_cgreg_read, has_ci) < 256);
ATC__BASIC_CHECK(cgreg_read_has_act, offsetof(atc_basic_cgreg_read, has_act) < 256);
ATC__BASIC_CHECK(cgreg_read_has_rac, offsetof(atc_basic_cgreg_read, has_rac) < 256);
ATC__BASIC_CHECK(cgreg_read_has_cause_type, offsetof(atc_basic_cgreg_read, has_cause_type) < 256);
ATC__BASIC_CHECK(cgreg_read_has_reject_cause, offsetof(atc_basic_cgreg_read, has_reject_cause) < 256);
ATC__BASIC_CHECK(cgreg_read_has_active_time, offsetof(atc_basic_cgreg_read, has_active_time) < 256);
ATC__BASIC_CHECK(cgreg_read_has_periodic_rau, offsetof(atc_basic_cgreg_read, has_periodic_rau) < 256);
ATC__BASIC_CHECK(cgreg_read_has_gprs_ready_timer, offsetof(atc_basic_cgreg_read, has_gprs_ready_timer) < 256);
ATC__BASIC_CHECK(cereg_read_has_tac, offsetof(atc_basic_cereg_read, has_tac) < 256);
ATC__BASIC_CHECK(cereg_read_has_ci, offsetof(atc_basic_cereg_read, has_ci) < 256);
ATC__BASIC_CHECK(cereg_read_has_act, offsetof(atc_basic_cereg_read, has_act) < 256);
ATC__BASIC_CHECK(cereg_read_has_cause_type, offsetof(atc_basic_cereg_read, has_cause_type) < 256);
ATC__BASIC_CHECK(cereg_read_has_reject_cause, offsetof(atc_basic_cereg_read, has_reject_cause) < 256);
ATC__BASIC_CHECK(cereg_read_has_active_time, offsetof(atc_basic_cereg_read, has_active_time) < 256);
ATC__BASIC_CHECK(cereg_read_has_periodic_tau, offsetof(atc_basic_cereg_read, has_periodic_tau) < 256);
ATC__BASIC_CHECK(cops_read_has_format, offsetof(atc_basic_cops_read, has_format) < 256);
ATC__BASIC_CHECK(cops_read_has_oper, offsetof(atc_basic_cops_read, has_oper) < 256);
ATC__BASIC_CHECK(cops_read_has_act, offsetof(atc_basic_cops_read, has_act) < 256);
ATC__BASIC_CHECK(cops_test_operator_list_count, offsetof(atc_basic_cops_test, operator_list_count) < 256);
ATC__BASIC_CHECK(cgdcont_read_has_pdp_type, offsetof(atc_basic_cgdcont_read, has_pdp_type) < 256);
ATC__BASIC_CHECK(cgdcont_read_has_apn, offsetof(atc_basic_cgdcont_read, has_apn) < 256);
ATC__BASIC_CHECK(cgdcont_read_has_pdp_addr, offsetof(atc_basic_cgdcont_read, has_pdp_addr) < 256);
ATC__BASIC_CHECK(cgdcont_read_has_d_comp, offsetof(atc_basic_cgdcont_read, has_d_comp) < 256);
ATC__BASIC_CHECK(cgdcont_read_has_h_comp, offsetof(atc_basic_cgdcont_read, has_h_comp) < 256);
ATC__BASIC_CHECK(cgdcont_read_has_ipv4_addr_alloc, offsetof(atc_basic_cgdcont_read, has_ipv4_addr_alloc) < 256);
ATC__BASIC_CHECK(cgdcont_read_has_request_type, offsetof(atc_basic_cgdcont_read, has_request_type) < 256);
ATC__BASIC_CHECK(cgdcont_read_has_p_cscf_discovery, offsetof(atc_basic_cgdcont_read, has_p_cscf_discovery) < 256);
ATC__BASIC_CHECK(cgdcont_read_has_im_cn_signalling_flag_ind, offsetof(atc_basic_cgdcont_read, has_im_cn_signalling_flag_ind) < 256);
ATC__BASIC_CHECK(cgdcont_read_has_nslpi, offsetof(atc_basic_cgdcont_read, has_nslpi) < 256);
ATC__BASIC_CHECK(cgdcont_read_has_secure_pco, offsetof(atc_basic_cgdcont_read, has_secure_pco) < 256);
ATC__BASIC_CHECK(cgdcont_read_has_ipv4_mtu_discovery, offsetof(atc_basic_cgdcont_read, has_ipv4_mtu_discovery) < 256);
ATC__BASIC_CHECK(cgdcont_read_has_local_addr_ind, offsetof(atc_basic_cgdcont_read, has_local_addr_ind) < 256);
ATC__BASIC_CHECK(cgdcont_read_has_non_ip_mtu_discovery, offsetof(atc_basic_cgdcont_read, has_non_ip_mtu_discovery) < 256);
ATC__BASIC_CHECK(cgdcont_read_has_reliable_data_service, offsetof(atc_basic_cgdcont_read, has_reliable_data_service) < 256);
ATC__BASIC_CHECK(cgdcont_test_has_pdp_type, offsetof(atc_basic_cgdcont_test, has_pdp_type) < 256);
ATC__BASIC_CHECK(cgdcont_test_has_apn, offsetof(atc_basic_cgdcont_test, has_apn) < 256);
ATC__BASIC_CHECK(cgdcont_test_has_pdp_addr, offsetof(atc_basic_cgdcont_test, has_pdp_addr) < 256);
ATC__BASIC_CHECK(cgdcont_test_has_d_comp, offsetof(atc_basic_cgdcont_test, has_d_comp) < 256);
ATC__BASIC_CHECK(cgdcont_test_has_h_comp, offsetof(atc_basic_cgdcont_test, has_h_comp) < 256);
ATC__BASIC_CHECK(cgdcont_test_has_ipv4_addr_alloc, offsetof(atc_basic_cgdcont_test, has_ipv4_addr_alloc) < 256);
ATC__BASIC_CHECK(cgdcont_test_has_request_type, offsetof(atc_basic_cgdcont_test, has_request_type) < 256);
ATC__BASIC_CHECK(cgdcont_test_has_p_cscf_discovery, offsetof(atc_basic_cgdcont_test, has_p_cscf_discovery) < 256);
ATC__BASIC_CHECK(cgdcont_test_has_im_cn_signalling_flag_ind, offsetof(atc_basic_cgdcont_test, has_im_cn_signalling_flag_ind) < 256);
ATC__BASIC_CHECK(cgdcont_test_has_nslpi, offsetof(atc_basic_cgdcont_test, has_nslpi) < 256);
ATC__BASIC_CHECK(cgdcont_test_has_secure_pco, offsetof(atc_basic_cgdcont_test, has_secure_pco) < 256);
ATC__BASIC_CHECK(cgdcont_test_has_ipv4_mtu_discovery, offsetof(atc_basic_cgdcont_test, has_ipv4_mtu_discovery) < 256);
ATC__BASIC_CHECK(cgdcont_test_has_local_addr_ind, offsetof(atc_basic_cgdcont_test, has_local_addr_ind) < 256);
ATC__BASIC_CHECK(cgdcont_test_has_non_ip_mtu_discovery, offsetof(atc_basic_cgdcont_test, has_non_ip_mtu_discovery) < 256);
ATC__BASIC_CHECK(cgdcont_test_has_reliable_data_service, offsetof(atc_basic_cgdcont_test, has_reliable_data_service) < 256);
ATC__BASIC_CHECK(cgpaddr_has_pdp_addr_1, offsetof(atc_basic_cgpaddr, has_pdp_addr_1) < 256);
ATC__BASIC_CHECK(cgpaddr_has_pdp_addr_2, offsetof(atc_basic_cgpaddr, has_pdp_addr_2) < 256);
ATC__BASIC_CHECK(cscon_read_has_state, offsetof(atc_basic_cscon_read, has_state) < 256);
ATC__BASIC_CHECK(cscon_read_has_access, offsetof(atc_basic_cscon_read, has_access) < 256);
ATC__BASIC_CHECK(cscon_read_has_core_network, offsetof(atc_basic_cscon_read, has_core_network) < 256);
ATC__BASIC_CHECK(cclk_read_has_time, offsetof(atc_basic_cclk_read, has_time) < 256);
ATC__BASIC_CHECK(cpsms_read_has_requested_periodic_rau, offsetof(atc_basic_cpsms_read, has_requested_periodic_rau) < 256);
ATC__BASIC_CHECK(cpsms_read_has_requested_gprs_ready_timer, offsetof(atc_basic_cpsms_read, has_requested_gprs_ready_timer) < 256);
ATC__BASIC_CHECK(cpsms_read_has_requested_periodic_tau, offsetof(atc_basic_cpsms_read, has_requested_periodic_tau) < 256);
ATC__BASIC_CHECK(cpsms_read_has_requested_active_time, offsetof(atc_basic_cpsms_read, has_requested_active_time) < 256);
ATC__BASIC_CHECK(cpsms_test_has_requested_periodic_rau, offsetof(atc_basic_cpsms_test, has_requested_periodic_rau) < 256);
ATC__BASIC_CHECK(cpsms_test_has_requested_gprs_ready_timer, offsetof(atc_basic_cpsms_test, has_requested_gprs_ready_timer) < 256);
ATC__BASIC_CHECK(cpsms_test_has_requested_periodic_tau, offsetof(atc_basic_cpsms_test, has_requested_periodic_tau) < 256);
ATC__BASIC_CHECK(cpsms_test_has_requested_active_time, offsetof(atc_basic_cpsms_test, has_requested_active_time) < 256);
ATC__BASIC_CHECK(cedrxs_read_has_requested_edrx_value, offsetof(atc_basic_cedrxs_read, has_requested_edrx_value) < 256);
ATC__BASIC_CHECK(cedrxs_test_has_requested_edrx_value, offsetof(atc_basic_cedrxs_test, has_requested_edrx_value) < 256);
ATC__BASIC_CHECK(cedrxrdp_has_requested_edrx_value, offsetof(atc_basic_cedrxrdp, has_requested_edrx_value) < 256);
ATC__BASIC_CHECK(cedrxrdp_has_nw_provided_edrx_value, offsetof(atc_basic_cedrxrdp, has_nw_provided_edrx_value) < 256);
ATC__BASIC_CHECK(cedrxrdp_has_paging_time_window, offsetof(atc_basic_cedrxrdp, has_paging_time_window) < 256);
ATC__BASIC_CHECK(ipr_test_has_fixed_rate, offsetof(atc_basic_ipr_test, has_fixed_rate) < 256);
ATC__BASIC_CHECK(creg_has_lac, offsetof(atc_basic_creg, has_lac) < 256);
ATC__BASIC_CHECK(creg_has_ci, offsetof(atc_basic_creg, has_ci) < 256);
ATC__BASIC_CHECK(creg_has_act, offsetof(atc_basic_creg, has_act) < 256);
ATC__BASIC_CHECK(creg_has_cause_type, offsetof(atc_basic_creg, has_cause_type) < 256);
ATC__BASIC_CHECK(creg_has_reject_cause, offsetof(atc_basic_creg, has_reject_cause) < 256);
ATC__BASIC_CHECK(cgreg_has_lac, offsetof(atc_basic_cgreg, has_lac) < 256);
ATC__BASIC_CHECK(cgreg_has_ci, offsetof(atc_basic_cgreg, has_ci) < 256);
ATC__BASIC_CHECK(cgreg_has_act, offsetof(atc_basic_cgreg, has_act) < 256);
ATC__BASIC_CHECK(cgreg_has_rac, offsetof(atc_basic_cgreg, has_rac) < 256);
ATC__BASIC_CHECK(cgreg_has_cause_type, offsetof(atc_basic_cgreg, has_cause_type) < 256);
ATC__BASIC_CHECK(cgreg_has_reject_cause, offsetof(atc_basic_cgreg, has_reject_cause) < 256);
ATC__BASIC_CHECK(cgreg_has_active_time, offsetof(atc_basic_cgreg, has_active_time) < 256);
ATC__BASIC_CHECK(cgreg_has_periodic_rau, offsetof(atc_basic_cgreg, has_periodic_rau) < 256);
ATC__BASIC_CHECK(cgreg_has_gprs_ready_timer, offsetof(atc_basic_cgreg, has_gprs_ready_timer) < 256);
ATC__BASIC_CHECK(cereg_has_tac, offsetof(atc_basic_cereg, has_tac) < 256);
ATC__BASIC_CHECK(cereg_has_ci, offsetof(atc_basic_cereg, has_ci) < 256);
ATC__BASIC_CHECK(cereg_has_act, offsetof(atc_basic_cereg, has_act) < 256);
ATC__BASIC_CHECK(cereg_has_cause_type, offsetof(atc_basic_cereg, has_cause_type) < 256);
ATC__BASIC_CHECK(cereg_has_reject_cause, offsetof(atc_basic_cereg, has_reject_cause) < 256);
ATC__BASIC_CHECK(cereg_has_active_time, offsetof(atc_basic_cereg, has_active_time) < 256);
ATC__BASIC_CHECK(cereg_has_periodic_tau, offsetof(atc_basic_cereg, has_periodic_tau) < 256);
ATC__BASIC_CHECK(cscon_has_state, offsetof(atc_basic_cscon, has_state) < 256);
ATC__BASIC_CHECK(cscon_has_access, offsetof(atc_basic_cscon, has_access) < 256);
ATC__BASIC_CHECK(cscon_has_core_network, offsetof(atc_basic_cscon, has_core_network) < 256);
ATC__BASIC_CHECK(ctze_has_time, offsetof(atc_basic_ctze, has_time) < 256);
ATC__BASIC_CHECK(ctzeu_has_utime, offsetof(atc_basic_ctzeu, has_utime) < 256);
ATC__BASIC_CHECK(cedrxp_has_requested_edrx_value, offsetof(atc_basic_cedrxp, has_requested_edrx_value) < 256);
ATC__BASIC_CHECK(cedrxp_has_nw_provided_edrx_value, offsetof(atc_basic_cedrxp, has_nw_provided_edrx_value) < 256);
ATC__BASIC_CHECK(cedrxp_has_paging_time_window, offsetof(atc_basic_cedrxp, has_paging_time_window) < 256);

const atc_profile atc_basic_profile = {
    "basic",
    atc__basic_msgs, atc__basic_fields, atc__basic_infos, atc__basic_shapes,
    atc__basic_ids, atc__basic_ints, atc__basic_strs, atc__basic_text,
    atc__basic_heads, atc__basic_slots, atc__basic_keys,
    NULL, NULL,
    NULL, NULL,
    atc__basic_prefixes,
#if ATC_NO_NAMES
    NULL,
#else
    &atc__basic_names,
#endif
    187, 0,
    8, ATC_P_HEADLESS | ATC_P_JOINED,
    0, 0, NULL,
    5097, 158, 1, 0,
    ATC_NO_MSG, 0,
    0x96, 0,
    255, ATC_NO_MSG, ATC_NO_MSG,
    NULL, 0,
    NULL,
    NULL, NULL,
    NULL, 0, 0,
    5000u, 5000u, 5000u
};

/* ---- Encoders: one per message; module-side ones serve tests and simulators. ---- */
ATC_API atc_err atc_basic_encode_ok(const atc_basic_ok *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc_basic_profile, ATC_BASIC_OK, msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_basic_encode_error(const atc_basic_error *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc_basic_profile, ATC_BASIC_ERROR, msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_basic_encode_connect(const atc_basic_connect *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc_basic_profile, ATC_BASIC_CONNECT, msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_basic_encode_no_carrier(const atc_basic_no_carrier *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc_basic_profile, ATC_BASIC_NO_CARRIER, msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_basic_encode_no_dialtone(const atc_basic_no_dialtone *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc_basic_profile, ATC_BASIC_NO_DIALTONE, msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_basic_encode_busy(const atc_basic_busy *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc_basic_profile, ATC_BASIC_BUSY, msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_basic_encode_no_answer(const atc_basic_no_answer *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc_basic_profile, ATC_BASIC_NO_ANSWER, msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_basic_encode_cme_error(const atc_basic_cme_error *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc_basic_profile, ATC_BASIC_CME_ERROR, msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_basic_encode_cms_error(const atc_basic_cms_error *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc_basic_profile, ATC_BASIC_CMS_ERROR, msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_basic_encode_at_at_exec(const atc_basic_at_at_exec *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc_basic_profile, ATC_BASIC_AT_AT_EXEC, msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_basic_encode_at_ate0_exec(const atc_basic_at_ate0_exec *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc_basic_profile, ATC_BASIC_AT_ATE0_EXEC, msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_basic_encode_at_ate1_exec(const atc_basic_at_ate1_exec *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc_basic_profile, ATC_BASIC_AT_ATE1_EXEC, msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_basic_encode_at_ate_exec(const atc_basic_at_ate_exec *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc_basic_profile, ATC_BASIC_AT_ATE_EXEC, msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_basic_encode_at_atv0_exec(const atc_basic_at_atv0_exec *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc_basic_profile, ATC_BASIC_AT_ATV0_EXEC, msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_basic_encode_at_atv1_exec(const atc_basic_at_atv1_exec *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc_basic_profile, ATC_BASIC_AT_ATV1_EXEC, msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_basic_encode_at_atv_exec(const atc_basic_at_atv_exec *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc_basic_profile, ATC_BASIC_AT_ATV_EXEC, msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_basic_encode_at_atq0_exec(const atc_basic_at_atq0_exec *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc_basic_profile, ATC_BASIC_AT_ATQ0_EXEC, msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_basic_encode_at_atq1_exec(const atc_basic_at_atq1_exec *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc_basic_profile, ATC_BASIC_AT_ATQ1_EXEC, msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_basic_encode_at_atq_exec(const atc_basic_at_atq_exec *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc_basic_profile, ATC_BASIC_AT_ATQ_EXEC, msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_basic_encode_at_ati_exec(const atc_basic_at_ati_exec *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc_basic_profile, ATC_BASIC_AT_ATI_EXEC, msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_basic_encode_at_ati0_exec(const atc_basic_at_ati0_exec *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc_basic_profile, ATC_BASIC_AT_ATI0_EXEC, msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_basic_encode_at_atz_exec(const atc_basic_at_atz_exec *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc_basic_profile, ATC_BASIC_AT_ATZ_EXEC, msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_basic_encode_at_atz0_exec(const atc_basic_at_atz0_exec *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc_basic_profile, ATC_BASIC_AT_ATZ0_EXEC, msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_basic_encode_at_at_amp_f_exec(const atc_basic_at_at_amp_f_exec *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc_basic_profile, ATC_BASIC_AT_AT_AMP_F_EXEC, msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_basic_encode_at_at_amp_f0_exec(const atc_basic_at_at_amp_f0_exec *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc_basic_profile, ATC_BASIC_AT_AT_AMP_F0_EXEC, msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_basic_encode_at_at_amp_w_exec(const atc_basic_at_at_amp_w_exec *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc_basic_profile, ATC_BASIC_AT_AT_AMP_W_EXEC, msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_basic_encode_at_at_amp_w0_exec(const atc_basic_at_at_amp_w0_exec *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc_basic_profile, ATC_BASIC_AT_AT_AMP_W0_EXEC, msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_basic_encode_at_ato_exec(const atc_basic_at_ato_exec *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc_basic_profile, ATC_BASIC_AT_ATO_EXEC, msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_basic_encode_at_ato0_exec(const atc_basic_at_ato0_exec *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc_basic_profile, ATC_BASIC_AT_ATO0_EXEC, msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_basic_encode_at_ath_exec(const atc_basic_at_ath_exec *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc_basic_profile, ATC_BASIC_AT_ATH_EXEC, msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_basic_encode_at_ath0_exec(const atc_basic_at_ath0_exec *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc_basic_profile, ATC_BASIC_AT_ATH0_EXEC, msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_basic_encode_at_ata_exec(const atc_basic_at_ata_exec *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc_basic_profile, ATC_BASIC_AT_ATA_EXEC, msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_basic_encode_at_a_slash_exec(const atc_basic_at_a_slash_exec *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc_basic_profile, ATC_BASIC_AT_A_SLASH_EXEC, msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_basic_encode_at_cgmi_test(const atc_basic_at_cgmi_test *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc_basic_profile, ATC_BASIC_AT_CGMI_TEST, msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_basic_encode_at_cgmi_exec(const atc_basic_at_cgmi_exec *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc_basic_profile, ATC_BASIC_AT_CGMI_EXEC, msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_basic_encode_at_cgmm_test(const atc_basic_at_cgmm_test *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc_basic_profile, ATC_BASIC_AT_CGMM_TEST, msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_basic_encode_at_cgmm_exec(const atc_basic_at_cgmm_exec *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc_basic_profile, ATC_BASIC_AT_CGMM_EXEC, msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_basic_encode_at_cgmr_test(const atc_basic_at_cgmr_test *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc_basic_profile, ATC_BASIC_AT_CGMR_TEST, msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_basic_encode_at_cgmr_exec(const atc_basic_at_cgmr_exec *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc_basic_profile, ATC_BASIC_AT_CGMR_EXEC, msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_basic_encode_at_cgsn_test(const atc_basic_at_cgsn_test *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc_basic_profile, ATC_BASIC_AT_CGSN_TEST, msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_basic_encode_at_cgsn_set(const atc_basic_at_cgsn_set *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc_basic_profile, ATC_BASIC_AT_CGSN_SET, msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_basic_encode_at_cgsn_exec(const atc_basic_at_cgsn_exec *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc_basic_profile, ATC_BASIC_AT_CGSN_EXEC, msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_basic_encode_at_cimi_test(const atc_basic_at_cimi_test *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc_basic_profile, ATC_BASIC_AT_CIMI_TEST, msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_basic_encode_at_cimi_exec(const atc_basic_at_cimi_exec *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc_basic_profile, ATC_BASIC_AT_CIMI_EXEC, msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_basic_encode_at_gmi_test(const atc_basic_at_gmi_test *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc_basic_profile, ATC_BASIC_AT_GMI_TEST, msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_basic_encode_at_gmi_exec(const atc_basic_at_gmi_exec *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc_basic_profile, ATC_BASIC_AT_GMI_EXEC, msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_basic_encode_at_gmm_test(const atc_basic_at_gmm_test *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc_basic_profile, ATC_BASIC_AT_GMM_TEST, msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_basic_encode_at_gmm_exec(const atc_basic_at_gmm_exec *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc_basic_profile, ATC_BASIC_AT_GMM_EXEC, msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_basic_encode_at_gmr_test(const atc_basic_at_gmr_test *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc_basic_profile, ATC_BASIC_AT_GMR_TEST, msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_basic_encode_at_gmr_exec(const atc_basic_at_gmr_exec *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc_basic_profile, ATC_BASIC_AT_GMR_EXEC, msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_basic_encode_at_gsn_test(const atc_basic_at_gsn_test *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc_basic_profile, ATC_BASIC_AT_GSN_TEST, msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_basic_encode_at_gsn_exec(const atc_basic_at_gsn_exec *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc_basic_profile, ATC_BASIC_AT_GSN_EXEC, msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_basic_encode_at_cmee_test(const atc_basic_at_cmee_test *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc_basic_profile, ATC_BASIC_AT_CMEE_TEST, msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_basic_encode_at_cmee_read(const atc_basic_at_cmee_read *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc_basic_profile, ATC_BASIC_AT_CMEE_READ, msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_basic_encode_at_cmee_set(const atc_basic_at_cmee_set *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc_basic_profile, ATC_BASIC_AT_CMEE_SET, msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_basic_encode_at_cpin_test(const atc_basic_at_cpin_test *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc_basic_profile, ATC_BASIC_AT_CPIN_TEST, msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_basic_encode_at_cpin_read(const atc_basic_at_cpin_read *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc_basic_profile, ATC_BASIC_AT_CPIN_READ, msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_basic_encode_at_cpin_set(const atc_basic_at_cpin_set *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc_basic_profile, ATC_BASIC_AT_CPIN_SET, msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_basic_encode_at_csq_test(const atc_basic_at_csq_test *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc_basic_profile, ATC_BASIC_AT_CSQ_TEST, msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_basic_encode_at_csq_exec(const atc_basic_at_csq_exec *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc_basic_profile, ATC_BASIC_AT_CSQ_EXEC, msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_basic_encode_at_cesq_test(const atc_basic_at_cesq_test *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc_basic_profile, ATC_BASIC_AT_CESQ_TEST, msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_basic_encode_at_cesq_exec(const atc_basic_at_cesq_exec *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc_basic_profile, ATC_BASIC_AT_CESQ_EXEC, msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_basic_encode_at_creg_test(const atc_basic_at_creg_test *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc_basic_profile, ATC_BASIC_AT_CREG_TEST, msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_basic_encode_at_creg_read(const atc_basic_at_creg_read *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc_basic_profile, ATC_BASIC_AT_CREG_READ, msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_basic_encode_at_creg_set(const atc_basic_at_creg_set *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc_basic_profile, ATC_BASIC_AT_CREG_SET, msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_basic_encode_at_cgreg_test(const atc_basic_at_cgreg_test *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc_basic_profile, ATC_BASIC_AT_CGREG_TEST, msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_basic_encode_at_cgreg_read(const atc_basic_at_cgreg_read *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc_basic_profile, ATC_BASIC_AT_CGREG_READ, msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_basic_encode_at_cgreg_set(const atc_basic_at_cgreg_set *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc_basic_profile, ATC_BASIC_AT_CGREG_SET, msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_basic_encode_at_cereg_test(const atc_basic_at_cereg_test *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc_basic_profile, ATC_BASIC_AT_CEREG_TEST, msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_basic_encode_at_cereg_read(const atc_basic_at_cereg_read *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc_basic_profile, ATC_BASIC_AT_CEREG_READ, msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_basic_encode_at_cereg_set(const atc_basic_at_cereg_set *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc_basic_profile, ATC_BASIC_AT_CEREG_SET, msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_basic_encode_at_cops_test(const atc_basic_at_cops_test *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc_basic_profile, ATC_BASIC_AT_COPS_TEST, msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_basic_encode_at_cops_read(const atc_basic_at_cops_read *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc_basic_profile, ATC_BASIC_AT_COPS_READ, msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_basic_encode_at_cops_set(const atc_basic_at_cops_set *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc_basic_profile, ATC_BASIC_AT_COPS_SET, msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_basic_encode_at_cfun_test(const atc_basic_at_cfun_test *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc_basic_profile, ATC_BASIC_AT_CFUN_TEST, msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_basic_encode_at_cfun_read(const atc_basic_at_cfun_read *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc_basic_profile, ATC_BASIC_AT_CFUN_READ, msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_basic_encode_at_cfun_set(const atc_basic_at_cfun_set *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc_basic_profile, ATC_BASIC_AT_CFUN_SET, msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_basic_encode_at_cgatt_test(const atc_basic_at_cgatt_test *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc_basic_profile, ATC_BASIC_AT_CGATT_TEST, msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_basic_encode_at_cgatt_read(const atc_basic_at_cgatt_read *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc_basic_profile, ATC_BASIC_AT_CGATT_READ, msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_basic_encode_at_cgatt_set(const atc_basic_at_cgatt_set *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc_basic_profile, ATC_BASIC_AT_CGATT_SET, msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_basic_encode_at_cgdcont_test(const atc_basic_at_cgdcont_test *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc_basic_profile, ATC_BASIC_AT_CGDCONT_TEST, msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_basic_encode_at_cgdcont_read(const atc_basic_at_cgdcont_read *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc_basic_profile, ATC_BASIC_AT_CGDCONT_READ, msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_basic_encode_at_cgdcont_set(const atc_basic_at_cgdcont_set *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc_basic_profile, ATC_BASIC_AT_CGDCONT_SET, msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_basic_encode_at_cgact_test(const atc_basic_at_cgact_test *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc_basic_profile, ATC_BASIC_AT_CGACT_TEST, msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_basic_encode_at_cgact_read(const atc_basic_at_cgact_read *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc_basic_profile, ATC_BASIC_AT_CGACT_READ, msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_basic_encode_at_cgact_set(const atc_basic_at_cgact_set *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc_basic_profile, ATC_BASIC_AT_CGACT_SET, msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_basic_encode_at_cgpaddr_test(const atc_basic_at_cgpaddr_test *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc_basic_profile, ATC_BASIC_AT_CGPADDR_TEST, msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_basic_encode_at_cgpaddr_set(const atc_basic_at_cgpaddr_set *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc_basic_profile, ATC_BASIC_AT_CGPADDR_SET, msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_basic_encode_at_cgpaddr_exec(const atc_basic_at_cgpaddr_exec *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc_basic_profile, ATC_BASIC_AT_CGPADDR_EXEC, msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_basic_encode_at_cscon_test(const atc_basic_at_cscon_test *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc_basic_profile, ATC_BASIC_AT_CSCON_TEST, msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_basic_encode_at_cscon_read(const atc_basic_at_cscon_read *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc_basic_profile, ATC_BASIC_AT_CSCON_READ, msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_basic_encode_at_cscon_set(const atc_basic_at_cscon_set *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc_basic_profile, ATC_BASIC_AT_CSCON_SET, msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_basic_encode_at_cclk_test(const atc_basic_at_cclk_test *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc_basic_profile, ATC_BASIC_AT_CCLK_TEST, msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_basic_encode_at_cclk_read(const atc_basic_at_cclk_read *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc_basic_profile, ATC_BASIC_AT_CCLK_READ, msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_basic_encode_at_cclk_set(const atc_basic_at_cclk_set *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc_basic_profile, ATC_BASIC_AT_CCLK_SET, msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_basic_encode_at_ctzr_test(const atc_basic_at_ctzr_test *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc_basic_profile, ATC_BASIC_AT_CTZR_TEST, msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_basic_encode_at_ctzr_read(const atc_basic_at_ctzr_read *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc_basic_profile, ATC_BASIC_AT_CTZR_READ, msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_basic_encode_at_ctzr_set(const atc_basic_at_ctzr_set *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc_basic_profile, ATC_BASIC_AT_CTZR_SET, msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_basic_encode_at_ctzu_test(const atc_basic_at_ctzu_test *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc_basic_profile, ATC_BASIC_AT_CTZU_TEST, msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_basic_encode_at_ctzu_read(const atc_basic_at_ctzu_read *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc_basic_profile, ATC_BASIC_AT_CTZU_READ, msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_basic_encode_at_ctzu_set(const atc_basic_at_ctzu_set *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc_basic_profile, ATC_BASIC_AT_CTZU_SET, msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_basic_encode_at_cpsms_test(const atc_basic_at_cpsms_test *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc_basic_profile, ATC_BASIC_AT_CPSMS_TEST, msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_basic_encode_at_cpsms_read(const atc_basic_at_cpsms_read *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc_basic_profile, ATC_BASIC_AT_CPSMS_READ, msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_basic_encode_at_cpsms_set(const atc_basic_at_cpsms_set *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc_basic_profile, ATC_BASIC_AT_CPSMS_SET, msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_basic_encode_at_cedrxs_test(const atc_basic_at_cedrxs_test *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc_basic_profile, ATC_BASIC_AT_CEDRXS_TEST, msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_basic_encode_at_cedrxs_read(const atc_basic_at_cedrxs_read *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc_basic_profile, ATC_BASIC_AT_CEDRXS_READ, msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_basic_encode_at_cedrxs_set(const atc_basic_at_cedrxs_set *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc_basic_profile, ATC_BASIC_AT_CEDRXS_SET, msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_basic_encode_at_cedrxrdp_test(const atc_basic_at_cedrxrdp_test *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc_basic_profile, ATC_BASIC_AT_CEDRXRDP_TEST, msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_basic_encode_at_cedrxrdp_exec(const atc_basic_at_cedrxrdp_exec *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc_basic_profile, ATC_BASIC_AT_CEDRXRDP_EXEC, msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_basic_encode_at_ipr_test(const atc_basic_at_ipr_test *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc_basic_profile, ATC_BASIC_AT_IPR_TEST, msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_basic_encode_at_ipr_read(const atc_basic_at_ipr_read *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc_basic_profile, ATC_BASIC_AT_IPR_READ, msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_basic_encode_at_ipr_set(const atc_basic_at_ipr_set *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc_basic_profile, ATC_BASIC_AT_IPR_SET, msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_basic_encode_at_icf_test(const atc_basic_at_icf_test *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc_basic_profile, ATC_BASIC_AT_ICF_TEST, msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_basic_encode_at_icf_read(const atc_basic_at_icf_read *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc_basic_profile, ATC_BASIC_AT_ICF_READ, msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_basic_encode_at_icf_set(const atc_basic_at_icf_set *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc_basic_profile, ATC_BASIC_AT_ICF_SET, msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_basic_encode_at_ifc_test(const atc_basic_at_ifc_test *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc_basic_profile, ATC_BASIC_AT_IFC_TEST, msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_basic_encode_at_ifc_read(const atc_basic_at_ifc_read *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc_basic_profile, ATC_BASIC_AT_IFC_READ, msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_basic_encode_at_ifc_set(const atc_basic_at_ifc_set *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc_basic_profile, ATC_BASIC_AT_IFC_SET, msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_basic_encode_ati(const atc_basic_ati *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc_basic_profile, ATC_BASIC_ATI, msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_basic_encode_cgmi(const atc_basic_cgmi *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc_basic_profile, ATC_BASIC_CGMI, msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_basic_encode_cgmm(const atc_basic_cgmm *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc_basic_profile, ATC_BASIC_CGMM, msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_basic_encode_cgmr(const atc_basic_cgmr *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc_basic_profile, ATC_BASIC_CGMR, msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_basic_encode_cgsn_sn(const atc_basic_cgsn_sn *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc_basic_profile, ATC_BASIC_CGSN_SN, msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_basic_encode_gmi(const atc_basic_gmi *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc_basic_profile, ATC_BASIC_GMI, msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_basic_encode_gmm(const atc_basic_gmm *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc_basic_profile, ATC_BASIC_GMM, msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_basic_encode_gmr(const atc_basic_gmr *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc_basic_profile, ATC_BASIC_GMR, msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_basic_encode_gsn(const atc_basic_gsn *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc_basic_profile, ATC_BASIC_GSN, msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_basic_encode_cgsn_id(const atc_basic_cgsn_id *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc_basic_profile, ATC_BASIC_CGSN_ID, msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_basic_encode_cgsn_test(const atc_basic_cgsn_test *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc_basic_profile, ATC_BASIC_CGSN_TEST, msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_basic_encode_cimi(const atc_basic_cimi *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc_basic_profile, ATC_BASIC_CIMI, msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_basic_encode_cmee_read(const atc_basic_cmee_read *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc_basic_profile, ATC_BASIC_CMEE_READ, msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_basic_encode_cmee_test(const atc_basic_cmee_test *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc_basic_profile, ATC_BASIC_CMEE_TEST, msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_basic_encode_cpin_read(const atc_basic_cpin_read *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc_basic_profile, ATC_BASIC_CPIN_READ, msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_basic_encode_csq(const atc_basic_csq *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc_basic_profile, ATC_BASIC_CSQ, msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_basic_encode_csq_test(const atc_basic_csq_test *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc_basic_profile, ATC_BASIC_CSQ_TEST, msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_basic_encode_cesq(const atc_basic_cesq *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc_basic_profile, ATC_BASIC_CESQ, msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_basic_encode_cesq_test(const atc_basic_cesq_test *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc_basic_profile, ATC_BASIC_CESQ_TEST, msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_basic_encode_creg_read(const atc_basic_creg_read *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc_basic_profile, ATC_BASIC_CREG_READ, msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_basic_encode_creg_test(const atc_basic_creg_test *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc_basic_profile, ATC_BASIC_CREG_TEST, msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_basic_encode_cgreg_read(const atc_basic_cgreg_read *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc_basic_profile, ATC_BASIC_CGREG_READ, msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_basic_encode_cgreg_test(const atc_basic_cgreg_test *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc_basic_profile, ATC_BASIC_CGREG_TEST, msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_basic_encode_cereg_read(const atc_basic_cereg_read *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc_basic_profile, ATC_BASIC_CEREG_READ, msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_basic_encode_cereg_test(const atc_basic_cereg_test *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc_basic_profile, ATC_BASIC_CEREG_TEST, msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_basic_encode_cops_read(const atc_basic_cops_read *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc_basic_profile, ATC_BASIC_COPS_READ, msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_basic_encode_cops_test(const atc_basic_cops_test *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc_basic_profile, ATC_BASIC_COPS_TEST, msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_basic_encode_cfun_read(const atc_basic_cfun_read *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc_basic_profile, ATC_BASIC_CFUN_READ, msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_basic_encode_cfun_test(const atc_basic_cfun_test *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc_basic_profile, ATC_BASIC_CFUN_TEST, msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_basic_encode_cgatt_read(const atc_basic_cgatt_read *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc_basic_profile, ATC_BASIC_CGATT_READ, msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_basic_encode_cgatt_test(const atc_basic_cgatt_test *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc_basic_profile, ATC_BASIC_CGATT_TEST, msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_basic_encode_cgdcont_read(const atc_basic_cgdcont_read *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc_basic_profile, ATC_BASIC_CGDCONT_READ, msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_basic_encode_cgdcont_test(const atc_basic_cgdcont_test *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc_basic_profile, ATC_BASIC_CGDCONT_TEST, msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_basic_encode_cgact_read(const atc_basic_cgact_read *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc_basic_profile, ATC_BASIC_CGACT_READ, msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_basic_encode_cgact_test(const atc_basic_cgact_test *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc_basic_profile, ATC_BASIC_CGACT_TEST, msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_basic_encode_cgpaddr(const atc_basic_cgpaddr *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc_basic_profile, ATC_BASIC_CGPADDR, msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_basic_encode_cgpaddr_test(const atc_basic_cgpaddr_test *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc_basic_profile, ATC_BASIC_CGPADDR_TEST, msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_basic_encode_cscon_read(const atc_basic_cscon_read *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc_basic_profile, ATC_BASIC_CSCON_READ, msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_basic_encode_cscon_test(const atc_basic_cscon_test *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc_basic_profile, ATC_BASIC_CSCON_TEST, msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_basic_encode_cclk_read(const atc_basic_cclk_read *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc_basic_profile, ATC_BASIC_CCLK_READ, msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_basic_encode_ctzr_read(const atc_basic_ctzr_read *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc_basic_profile, ATC_BASIC_CTZR_READ, msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_basic_encode_ctzr_test(const atc_basic_ctzr_test *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc_basic_profile, ATC_BASIC_CTZR_TEST, msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_basic_encode_ctzu_read(const atc_basic_ctzu_read *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc_basic_profile, ATC_BASIC_CTZU_READ, msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_basic_encode_ctzu_test(const atc_basic_ctzu_test *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc_basic_profile, ATC_BASIC_CTZU_TEST, msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_basic_encode_cpsms_read(const atc_basic_cpsms_read *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc_basic_profile, ATC_BASIC_CPSMS_READ, msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_basic_encode_cpsms_test(const atc_basic_cpsms_test *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc_basic_profile, ATC_BASIC_CPSMS_TEST, msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_basic_encode_cedrxs_read(const atc_basic_cedrxs_read *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc_basic_profile, ATC_BASIC_CEDRXS_READ, msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_basic_encode_cedrxs_test(const atc_basic_cedrxs_test *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc_basic_profile, ATC_BASIC_CEDRXS_TEST, msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_basic_encode_cedrxrdp(const atc_basic_cedrxrdp *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc_basic_profile, ATC_BASIC_CEDRXRDP, msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_basic_encode_ipr_read(const atc_basic_ipr_read *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc_basic_profile, ATC_BASIC_IPR_READ, msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_basic_encode_ipr_test(const atc_basic_ipr_test *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc_basic_profile, ATC_BASIC_IPR_TEST, msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_basic_encode_icf_read(const atc_basic_icf_read *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc_basic_profile, ATC_BASIC_ICF_READ, msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_basic_encode_icf_test(const atc_basic_icf_test *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc_basic_profile, ATC_BASIC_ICF_TEST, msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_basic_encode_ifc_read(const atc_basic_ifc_read *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc_basic_profile, ATC_BASIC_IFC_READ, msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_basic_encode_ifc_test(const atc_basic_ifc_test *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc_basic_profile, ATC_BASIC_IFC_TEST, msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_basic_encode_cpin(const atc_basic_cpin *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc_basic_profile, ATC_BASIC_CPIN, msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_basic_encode_creg(const atc_basic_creg *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc_basic_profile, ATC_BASIC_CREG, msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_basic_encode_cgreg(const atc_basic_cgreg *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc_basic_profile, ATC_BASIC_CGREG, msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_basic_encode_cereg(const atc_basic_cereg *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc_basic_profile, ATC_BASIC_CEREG, msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_basic_encode_cscon(const atc_basic_cscon *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc_basic_profile, ATC_BASIC_CSCON, msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_basic_encode_ctzv(const atc_basic_ctzv *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc_basic_profile, ATC_BASIC_CTZV, msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_basic_encode_ctze(const atc_basic_ctze *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc_basic_profile, ATC_BASIC_CTZE, msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_basic_encode_ctzeu(const atc_basic_ctzeu *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc_basic_profile, ATC_BASIC_CTZEU, msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_basic_encode_cedrxp(const atc_basic_cedrxp *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc_basic_profile, ATC_BASIC_CEDRXP, msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_basic_encode_ring(const atc_basic_ring *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc_basic_profile, ATC_BASIC_RING, msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_basic_encode_cfun(const atc_basic_cfun *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc_basic_profile, ATC_BASIC_CFUN, msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_basic_encode_rdy(const atc_basic_rdy *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc_basic_profile, ATC_BASIC_RDY, msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_basic_encode_normal_power_down(const atc_basic_normal_power_down *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc_basic_profile, ATC_BASIC_NORMAL_POWER_DOWN, msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_basic_encode_powered_down(const atc_basic_powered_down *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc_basic_profile, ATC_BASIC_POWERED_DOWN, msg, ATC_FRAME_WIRE, buf, cap, len);
}

#endif /* ATC_BASIC_IMPLEMENTED */

#if defined(__GNUC__)
#pragma GCC diagnostic pop
#endif

#endif /* ATC_IMPLEMENTATION */
