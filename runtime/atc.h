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
