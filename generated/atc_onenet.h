/* atc_onenet.h: the atc codec for profile onenet, as a single header.
 * Generated from spec/onenet.yaml, runtime/ and templates/; do not edit.
 *
 * In exactly one C or C++ file:
 *     #define ATC_IMPLEMENTATION
 *     #include "atc_onenet.h"
 * everywhere else just include it. Settings (ATC_MAX_LINE, ...) go before the include,
 * the same in every file. */

#ifndef ATC_ONENET_SINGLE_H
#define ATC_ONENET_SINGLE_H

/* atc runtime: the hand-written part of every atc codec.
 *
 * The generated profile code (generated/<profile>.{h,c}, generated/<profile>_machine.c) describes
 * messages with the tables declared here; this runtime frames lines, keeps the pending-command
 * context, hands payloads to the caller and converts fields. It never allocates, never uses stdio
 * and never reads or writes outside the buffers it is given. See docs/design.md.
 */
#ifndef ATC_H
#define ATC_H

/* ---- Settings: define any of these before including an atc header to override them. ---- */

/* Longest line (command echo, response, URC) the decoder keeps, in bytes. A longer line is
 * reported as ATC_ERR_LINE_TOO_LONG and skipped up to its end. */
#ifndef ATC_MAX_LINE
#define ATC_MAX_LINE 512
#endif

/* Room, in bytes, for the decoded message struct kept in the parser. Every generated struct is
 * checked against it at compile time (the error names the struct that does not fit). Structs are
 * mostly string views, so the default scales with the pointer size: 160 bytes on 32-bit MCUs,
 * 320 on 64-bit hosts. */
#ifndef ATC_MSG_BUF
#define ATC_MSG_BUF (20 * sizeof(atc_str))
#endif

/* How many grammar alternatives may match one line at once (e.g. a response and a URC with the
 * same prefix); the pending command chooses between them. The generator checks its profiles. */
#ifndef ATC_MAX_MATCH
#define ATC_MAX_MATCH 8
#endif

/* How many profiles one parser may decode at once (atc_init_multi). Each costs a machine state
 * of about 12 + 2 * ATC_MAX_MATCH bytes. */
#ifndef ATC_MAX_PROFILES
#define ATC_MAX_PROFILES 1
#endif

/* Define to 1 to drop the reason strings of error codes (saves flash). */
#ifndef ATC_NO_ERROR_STRINGS
#define ATC_NO_ERROR_STRINGS 0
#endif

/* Linkage of every atc function; define as `static` to keep a single-header codec private. */
#ifndef ATC_API
#define ATC_API
#endif

/* ---- End of settings. ---- */

/* Bumped whenever the tables below change shape; every generated file checks it. */
#define ATC_RUNTIME_VERSION 1

#include <stddef.h>
#include <stdint.h>
#include <stdbool.h>

#ifdef __cplusplus
extern "C" {
#endif

/* A view of bytes inside the parser's line buffer (decoded strings are unescaped in place).
 * Valid only during the callback that receives it: copy what you keep. Not NUL-terminated. */
typedef struct atc_str {
    const char *ptr;
    uint16_t len;
} atc_str;

/* Stable error numbers: never renumbered, only appended. */
typedef enum atc_err {
    ATC_OK = 0,
    ATC_ERR_LINE_TOO_LONG = 1,    /* line longer than ATC_MAX_LINE */
    ATC_ERR_MALFORMED = 2,        /* known prefix, but arity or field syntax does not match */
    ATC_ERR_RANGE = 3,            /* integer outside the spec's range or enumeration */
    ATC_ERR_TOO_LONG = 4,         /* string longer than the spec's max_len */
    ATC_ERR_VALUE = 5,            /* string not among the spec's allowed values */
    ATC_ERR_LENGTH = 6,           /* announced payload length out of the spec's range */
    ATC_ERR_TRUNCATED = 7,        /* payload cut short by the end of input */
    ATC_ERR_BAD_CHAR = 8,         /* encoder: CR, LF or NUL in a string */
    ATC_ERR_MISSING = 9,          /* encoder: mandatory field absent, or optionals not in a valid shape */
    ATC_ERR_NO_SPACE = 10,        /* encoder: output buffer too small (nothing written past it) */
    ATC_ERR_UNKNOWN_MESSAGE = 11, /* encoder: message id not in the profile */
    ATC_ERR_BINARY = 12,          /* NUL or other control byte inside a line */
    ATC_ERR__COUNT
} atc_err;

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
    ATC_T_INT,         /* int32_t */
    ATC_T_HEX,         /* int32_t, written 0x... */
    ATC_T_STRING,      /* atc_str, quoted on the wire with \ escapes */
    ATC_T_TOKEN,       /* atc_str, unquoted, no comma */
    ATC_T_TEXT,        /* atc_str, unquoted rest of the line */
    ATC_T_SUPPORTED,   /* atc_str, raw test-form answer: (list), "string" or token */
    ATC_T_FLOAT,       /* atc_str, the decimal text as written: 1.88 (see atc_parse_float) */
    ATC_T_DYNAMIC      /* atc_str, typed by an earlier field: see atc_field_type() */
} atc_type;

enum {
    ATC_F_OPTIONAL = 1, /* has a has_<name> flag */
    ATC_F_LIST = 2,     /* <v>...: up to max_count values, the count in the uint8_t at count_offset */
    ATC_F_EMPTY = 4,    /* may be empty between two commas (then has_<name> is false) */
    ATC_F_INDEX = 8     /* glued to the command name: AT+SOCK<m><n> */
};

typedef struct atc_field_desc {
    const char *name;           /* snake_case, as in JSON */
    uint8_t type;               /* atc_type */
    uint8_t flags;              /* ATC_F_* */
    uint16_t offset;            /* of the value in the message struct */
    uint16_t has_offset;        /* of the bool has_<name>, for optional fields */
    uint16_t max_len;           /* strings: 0 = bounded only by the line */
    uint8_t nranges;            /* ints: number of [lo, hi] pairs in ranges, 0 = any */
    uint8_t nvalues;            /* strings: number of allowed values, 0 = any */
    const int32_t *ranges;      /* lo0, hi0, lo1, hi1, ... */
    const char *const *values;  /* allowed strings; LITERAL: values[0] is the wire text */
    uint8_t fmt;                /* HEX: digits to pad to (bits 0-3), ATC_FMT_* */
    int8_t type_from;           /* DYNAMIC: the field whose value chooses the type */
    uint8_t ndyn;               /* DYNAMIC: number of (value, atc_type) pairs in dyn */
    const int32_t *dyn;
    const char *label;          /* text written directly before the value (day:<day>), or NULL */
    uint8_t max_count;          /* LIST: capacity */
    uint16_t count_offset;      /* LIST: offset of the uint8_t count */
} atc_field_desc;

enum {
    ATC_FMT_WIDTH = 0x0F, ATC_FMT_LOWER = 0x10, ATC_FMT_UPPER_X = 0x20, /* HEX */
    ATC_FMT_IPV4 = 0x40, ATC_FMT_IPV6 = 0x80                           /* strings, tokens */
};

enum {
    ATC_M_MULTI = 1,        /* may repeat before the final result */
    ATC_M_ENTERS_DATA = 2,  /* enters transparent mode */
    ATC_M_LEAVES_DATA = 4,  /* ends transparent mode */
    ATC_M_ERROR = 8,        /* a final result that reports failure */
    ATC_M_PROMPT = 16,      /* the '> ' data prompt */
    ATC_M_CONTEXT = 32,     /* matches only while a command it answers is pending */
    ATC_M_PAYLOAD_AFTER_OK = 64, /* the announced bytes follow the next OK line */
    ATC_M_ENDS_COMMAND = 128 /* an answer that is also the final result (USR "+OK=...") */
};

/* One rule of a command's data phase; the first rule whose condition holds applies. */
typedef struct atc_prompt_desc {
    int8_t when_field;      /* condition on this field, -1: always */
    uint8_t when_kind;      /* 0 always, 1 equals when_value, 2 present, 3 absent */
    int32_t when_value;
    uint8_t none;           /* the rule says: no data phase */
    uint8_t after_ok;       /* the data follows the OK result instead of a '>' prompt */
    int8_t length_field;    /* field giving the data length, -1: ends at the terminator */
    const char *terminator; /* bytes ending variable-length data (Ctrl+Z, "+++"), or NULL */
    int16_t cancel;         /* byte cancelling it (Esc), -1: none */
    uint16_t max_len;
} atc_prompt_desc;

typedef struct atc_msg_desc {
    const char *name;             /* wire/JSON name: "QIURC" */
    const char *variant;          /* keyword of a variant ("recv") or NULL */
    const char *prefix;           /* canonical wire prefix: "AT+QIOPEN=", "+QIURC: ", "OK" */
    uint8_t kind;                 /* atc_kind */
    uint8_t form;                 /* atc_form, commands only */
    uint8_t flags;                /* ATC_M_* */
    uint8_t nfields;
    const atc_field_desc *fields;
    const uint32_t *shapes;       /* valid field-presence masks, one per syntax alternative */
    uint8_t nshapes;
    int8_t payload_field;         /* field announcing raw bytes after the line, -1: none */
    uint16_t payload_max;
    uint16_t size;                /* sizeof the message struct */
    const atc_prompt_desc *prompt; /* data phase rules (commands), nprompt of them */
    uint8_t nprompt;
    uint8_t nindex;               /* fields glued to the command name (AT+SOCK<m><n>) */
    int8_t tag_first;             /* first field of a tagged set {"A",<a> | ...}, -1: none */
    const char *suffix;           /* indexed commands: written after the indexes ("=", "?") */
    const uint16_t *answers;      /* ids of the command forms this response answers */
    uint8_t nanswers;
    uint32_t timeout_ms;          /* commands: maximum response time, 0 = not stated */
} atc_msg_desc;

typedef struct atc_parser atc_parser;

/* The state of one profile's line machine over the current line. */
typedef struct atc_machine {
    int cs;                              /* Ragel state */
    uint8_t signal;                      /* what stopped the machine */
    uint8_t bad;                         /* the machine rejected this line */
    uint8_t nmatch;
    uint16_t hint;                       /* message whose prefix the line had, for errors */
    uint16_t fields_at;                  /* where the fields begin in the line */
    uint16_t match[ATC_MAX_MATCH];       /* alternatives that matched this line */
} atc_machine;

/* One alternative of the profile's grammar: message id and field-presence shape. */
typedef struct atc_alt {
    uint16_t msg;
    uint32_t shape;
} atc_alt;

typedef struct atc_profile {
    const char *name;
    const atc_msg_desc *msgs;
    uint16_t nmsgs;
    const atc_alt *alts;
    uint16_t nalts;
    int start_state;
    /* Runs the profile's Ragel machine over data; stops after a line end or a prompt, and says
     * where the current line's bytes begin in data (NULL: not in this chunk). */
    size_t (*exec)(atc_parser *p, atc_machine *m, const char *data, size_t len, const char **line_from);
    const char *escape;           /* what ends transparent mode from the host side ("+++") */
    const char *const *leave_lines; /* module lines ending transparent mode ("NO CARRIER") */
    uint8_t nleave_lines;
    uint16_t msg_prompt;          /* id of the PROMPT result, or 0xFFFF */
} atc_profile;

/* What the callbacks see. */
typedef struct atc_event {
    const atc_profile *profile;   /* whose message this is (NULL for unknown lines and data) */
    uint8_t kind;                 /* atc_kind */
    uint8_t dir;                  /* atc_dir */
    uint16_t id;                  /* message id in profile, ATC_NO_MSG for unknown lines */
    const atc_msg_desc *desc;     /* NULL when id is ATC_NO_MSG */
    const void *msg;              /* the decoded struct; cast by desc/id */
    atc_str raw;                  /* the line as received (decoded messages: strings unescaped in it) */
    atc_err error;                /* kind ERROR: why */
} atc_event;

#define ATC_NO_MSG 0xFFFFu

typedef enum atc_data_end {
    ATC_DATA_COMPLETE = 0,   /* announced or prompted length reached */
    ATC_DATA_SUBMIT = 1,     /* prompt payload ended by the terminator byte (Ctrl+Z) */
    ATC_DATA_CANCEL = 2,     /* prompt payload cancelled (Esc) */
    ATC_DATA_ESCAPE = 3,     /* transparent mode left by the escape sequence (+++) */
    ATC_DATA_CARRIER = 4,    /* transparent mode left by the module (NO CARRIER) */
    ATC_DATA_TRUNCATED = 5   /* atc_finish() in the middle of a payload */
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

enum atc_mode { ATC_MODE_LINES = 0, ATC_MODE_PAYLOAD, ATC_MODE_PROMPT, ATC_MODE_TRANSPARENT };

/* The parser state. The caller owns it (static, global or on its stack); no field is public API
 * except user. */
struct atc_parser {
    void *user;                          /* for the caller */
    const atc_profile *profile;          /* the first (often only) profile */
    const atc_callbacks *cb;
    const atc_profile *profiles[ATC_MAX_PROFILES];
    atc_machine m[ATC_MAX_PROFILES];
    uint8_t nprofiles;
    uint8_t mode;                        /* enum atc_mode */
    uint8_t after_cr;                    /* the last line ended with CR: skip one LF */
    uint8_t overflow;                    /* this line outgrew the buffer */
    uint8_t prompt_space;                /* skip one space after '>' */
    uint8_t hold;                        /* transparent mode: bytes of an end marker seen */
    uint8_t hold_which;                  /* ... of which marker: 0 escape, n leave_lines[n-1] */
    uint8_t pending_profile;             /* index of the pending command's profile */
    uint8_t mode_profile;                /* index of the profile whose CONNECT began transparent mode */
    uint16_t len;                        /* bytes kept of this line */
    uint16_t pending;                    /* command form awaiting its final result */
    int32_t prompt_len;                  /* pending data phase: fixed length, -1: until terminator,
                                            -2: none */
    const char *prompt_term;             /* its terminator, or NULL */
    int16_t prompt_cancel;
    uint8_t prompt_after_ok;             /* it begins after the OK result, not after '>' */
    uint8_t skip_lf;                     /* a data phase began right after a CR: skip one LF */
    uint32_t await_ok_payload;           /* bytes announced to follow the next OK line */
    uint32_t left;                       /* payload bytes still to come */
    union { void *p; double d; int64_t i; char bytes[ATC_MSG_BUF]; } msg; /* decoded message */
    char line[ATC_MAX_LINE];
};

/* Set up a parser for a profile (e.g. &atc_quectel_tcpip_profile). */
ATC_API void atc_init(atc_parser *p, const atc_profile *profile, const atc_callbacks *cb, void *user);

/* Set up a parser that decodes several profiles at once (at most ATC_MAX_PROFILES). A line is
 * given the meaning of the first profile, in this order, that decodes it; docs/reference/
 * conflicts.md lists the lines that two profiles read differently. Returns 0, or -1 if n is 0
 * or larger than ATC_MAX_PROFILES. */
ATC_API int atc_init_multi(atc_parser *p, const atc_profile *const *profiles, uint8_t n,
                           const atc_callbacks *cb, void *user);

/* Feed bytes. Consumes all of them, calls back as messages complete, never blocks. */
ATC_API void atc_feed(atc_parser *p, const char *data, size_t len);

/* End of input: reports a line without terminator and a payload cut short. */
ATC_API void atc_finish(atc_parser *p);

/* Tell the parser a command was sent (when the module does not echo), so that prefix-less and
 * ambiguous answers, prompts and payloads get their meaning. msg is the command's struct. */
ATC_API void atc_sent(atc_parser *p, uint16_t id, const void *msg);
/* The same for a parser with several profiles: which profile the command id belongs to. */
ATC_API void atc_sent_in(atc_parser *p, const atc_profile *profile, uint16_t id, const void *msg);

/* Forget the pending command (e.g. after a timeout). */
ATC_API void atc_reset_pending(atc_parser *p);

/* Encoding. Writes the message's wire form (commands end in CR; module-side lines are framed
 * CR LF ... CR LF) into buf, up to cap bytes. buf may be NULL to count only. On success *len is the
 * length; on ATC_ERR_NO_SPACE nothing past buf[cap-1] was written. */
enum { ATC_FRAME_WIRE = 0, ATC_FRAME_NONE = 1 };
ATC_API atc_err atc_encode(const atc_msg_desc *d, const void *msg, int frame, char *buf, size_t cap,
                           size_t *len);

/* The type a field has in a given message: for DYNAMIC fields, the one its type_from field
 * chooses (ATC_T_DYNAMIC itself if that value is not in the table or the field is absent). */
ATC_API atc_type atc_field_type(const atc_field_desc *fields, uint8_t index, const void *msg);

/* A FLOAT field's text as a double (no locale, no stdio). */
ATC_API double atc_parse_float(atc_str s);

/* Lookup helpers for tools. */
ATC_API uint16_t atc_find_msg(const atc_profile *prof, atc_kind kind, const char *name,
                              const char *variant, atc_form form, uint16_t after);

/* ---- Internal, used by generated code. ---- */
ATC_API void atc__machine_match(atc_machine *m, uint16_t alt);
enum { ATC__SIG_NONE = 0, ATC__SIG_LINE = 1, ATC__SIG_PROMPT = 2 };
ATC_API int atc__prompt_expected(const atc_parser *p);
ATC_API int atc__answers_pending(const atc_parser *p, const atc_machine *m, uint16_t id);
typedef struct atc__field_sink {
    atc_parser *p;
    const atc_msg_desc *d;
    uint32_t shape;
    int8_t next;        /* index of the next field to fill */
    int8_t tag_value;   /* tagged set: the field the next token fills, -1: a tag comes next */
    uint8_t commit;     /* 0: only check (leave the line untouched), 1: unescape strings in place */
    atc_err err;
} atc__field_sink;
ATC_API size_t atc__split_fields(atc__field_sink *s, char *line, size_t len);
ATC_API void atc__field(atc__field_sink *s, char *start, char *end);

#ifdef __cplusplus
}
#endif

#endif /* ATC_H */

/* Generated by atc from spec/onenet.yaml (Quectel BC39 OneNET 应用指导 (OneNET Application Guide), NB-IoT module series, 1.0 (2020-01-23)).
 * Do not edit: change the spec and run `make generate`. Reference: docs/reference/onenet.md */
#ifndef ATC_ONENET_PROFILE_H
#define ATC_ONENET_PROFILE_H

/* (amalgamated: atc.h) */
#if ATC_RUNTIME_VERSION != 1
#error "generated/onenet.h was generated for atc runtime version 1"
#endif

/* sha256 (first 16 hex digits) of the spec this file was generated from */
#define ATC_ONENET_SPEC_HASH "3b65d0aae07bbe6d"

/* The longest line this profile's spec allows (strings at their max_len). Lines longer than
 * ATC_MAX_LINE are reported as ATC_ERR_LINE_TOO_LONG; to decode every line, define ATC_MAX_LINE
 * to at least this. */
#define ATC_ONENET_LONGEST_LINE 127

#ifdef __cplusplus
extern "C" {
#endif

extern const atc_profile atc_onenet_profile;

/* Message ids: index into atc_onenet_profile.msgs, the id of atc_event. */
typedef enum atc_onenet_id {
    ATC_ONENET_OK = 0,
    ATC_ONENET_ERROR = 1,
    ATC_ONENET_CME_ERROR = 2,
    ATC_ONENET_AT_MIPLCONFIG_TEST = 3,
    ATC_ONENET_AT_MIPLCONFIG_READ = 4,
    ATC_ONENET_AT_MIPLCONFIG_SET_ACCESS_SERVER = 5,
    ATC_ONENET_AT_MIPLCONFIG_SET_BOOTSTRAP = 6,
    ATC_ONENET_AT_MIPLCONFIG_SET_ACK_TIMEOUT = 7,
    ATC_ONENET_AT_MIPLCONFIG_SET_OBS_AUTOACK = 8,
    ATC_ONENET_AT_MIPLCONFIG_SET_AUTH = 9,
    ATC_ONENET_AT_MIPLCONFIG_SET_DTLS = 10,
    ATC_ONENET_AT_MIPLCONFIG_SET_WRITE_FORMAT = 11,
    ATC_ONENET_AT_MIPLCREATE_EXEC = 12,
    ATC_ONENET_AT_MIPLDELETE_TEST = 13,
    ATC_ONENET_AT_MIPLDELETE_SET = 14,
    ATC_ONENET_AT_MIPLVER_READ = 15,
    ATC_ONENET_AT_MIPLADDOBJ_TEST = 16,
    ATC_ONENET_AT_MIPLADDOBJ_SET = 17,
    ATC_ONENET_AT_MIPLDELOBJ_TEST = 18,
    ATC_ONENET_AT_MIPLDELOBJ_SET = 19,
    ATC_ONENET_AT_MIPLOPEN_TEST = 20,
    ATC_ONENET_AT_MIPLOPEN_SET = 21,
    ATC_ONENET_AT_MIPLCLOSE_TEST = 22,
    ATC_ONENET_AT_MIPLCLOSE_SET = 23,
    ATC_ONENET_AT_MIPLDISCOVERRSP_TEST = 24,
    ATC_ONENET_AT_MIPLDISCOVERRSP_SET = 25,
    ATC_ONENET_AT_MIPLOBSERVERSP_TEST = 26,
    ATC_ONENET_AT_MIPLOBSERVERSP_SET = 27,
    ATC_ONENET_AT_MIPLREADRSP_TEST = 28,
    ATC_ONENET_AT_MIPLREADRSP_SET = 29,
    ATC_ONENET_AT_MIPLWRITERSP_TEST = 30,
    ATC_ONENET_AT_MIPLWRITERSP_SET = 31,
    ATC_ONENET_AT_MIPLEXECUTERSP_TEST = 32,
    ATC_ONENET_AT_MIPLEXECUTERSP_SET = 33,
    ATC_ONENET_AT_MIPLPARAMETERRSP_TEST = 34,
    ATC_ONENET_AT_MIPLPARAMETERRSP_SET = 35,
    ATC_ONENET_AT_MIPLNOTIFY_TEST = 36,
    ATC_ONENET_AT_MIPLNOTIFY_SET = 37,
    ATC_ONENET_AT_MIPLUPDATE_TEST = 38,
    ATC_ONENET_AT_MIPLUPDATE_SET = 39,
    ATC_ONENET_AT_QSOTAINFO_READ = 40,
    ATC_ONENET_AT_QSOTAINFO_SET = 41,
    ATC_ONENET_AT_QSOTARESULT_SET = 42,
    ATC_ONENET_MIPLCONFIG_TEST = 43,
    ATC_ONENET_MIPLCONFIG_READ_ACCESS_SERVER = 44,
    ATC_ONENET_MIPLCONFIG_READ_BOOTSTRAP = 45,
    ATC_ONENET_MIPLCONFIG_READ_ACK_TIMEOUT = 46,
    ATC_ONENET_MIPLCONFIG_READ_OBS_AUTOACK = 47,
    ATC_ONENET_MIPLCONFIG_READ_AUTH = 48,
    ATC_ONENET_MIPLCONFIG_READ_DTLS = 49,
    ATC_ONENET_MIPLCONFIG_READ_WRITE_FORMAT = 50,
    ATC_ONENET_MIPLCREATE = 51,
    ATC_ONENET_MIPLDELETE_TEST = 52,
    ATC_ONENET_MIPLVER = 53,
    ATC_ONENET_MIPLADDOBJ_TEST = 54,
    ATC_ONENET_MIPLDELOBJ_TEST = 55,
    ATC_ONENET_MIPLOPEN_TEST = 56,
    ATC_ONENET_MIPLCLOSE_TEST = 57,
    ATC_ONENET_MIPLDISCOVERRSP_TEST = 58,
    ATC_ONENET_MIPLOBSERVERSP_TEST = 59,
    ATC_ONENET_MIPLREADRSP_TEST = 60,
    ATC_ONENET_MIPLWRITERSP_TEST = 61,
    ATC_ONENET_MIPLEXECUTERSP_TEST = 62,
    ATC_ONENET_MIPLPARAMETERRSP_TEST = 63,
    ATC_ONENET_MIPLNOTIFY_TEST = 64,
    ATC_ONENET_MIPLUPDATE_TEST = 65,
    ATC_ONENET_QSOTAINFO = 66,
    ATC_ONENET_MIPLDISCOVER = 67,
    ATC_ONENET_MIPLOBSERVE = 68,
    ATC_ONENET_MIPLREAD = 69,
    ATC_ONENET_MIPLWRITE = 70,
    ATC_ONENET_MIPLEXECUTE = 71,
    ATC_ONENET_MIPLPARAMETER = 72,
    ATC_ONENET_MIPLEVENT_NOTIFY_FAILED = 73,
    ATC_ONENET_MIPLEVENT_NOTIFY_SUCCESS = 74,
    ATC_ONENET_MIPLEVENT = 75,
    ATC_ONENET__COUNT = 76
} atc_onenet_id;

/* <mode>, spec line 184 */
typedef enum atc_onenet_mode {
    ATC_ONENET_MODE_ACCESS_SERVER = 0,
    ATC_ONENET_MODE_BOOTSTRAP = 1,
    ATC_ONENET_MODE_ACK_TIMEOUT = 2,
    ATC_ONENET_MODE_OBS_AUTOACK = 3,
    ATC_ONENET_MODE_AUTH = 4,
    ATC_ONENET_MODE_DTLS = 5,
    ATC_ONENET_MODE_WRITE_FORMAT = 6
} atc_onenet_mode;

/* <obs_autoack>, spec line 197 */
typedef enum atc_onenet_obs_autoack {
    ATC_ONENET_OBS_AUTOACK_DISABLED = 0,
    ATC_ONENET_OBS_AUTOACK_ENABLED = 1
} atc_onenet_obs_autoack;

/* <auth_enable>, spec line 198 */
typedef enum atc_onenet_auth_enable {
    ATC_ONENET_AUTH_ENABLE_DISABLED = 0,
    ATC_ONENET_AUTH_ENABLE_ENABLED = 1
} atc_onenet_auth_enable;

/* <dtls_enable>, spec line 200 */
typedef enum atc_onenet_dtls_enable {
    ATC_ONENET_DTLS_ENABLE_DISABLED = 0,
    ATC_ONENET_DTLS_ENABLE_ENABLED = 1
} atc_onenet_dtls_enable;

/* <write_format>, spec line 202 */
typedef enum atc_onenet_write_format {
    ATC_ONENET_WRITE_FORMAT_HEX_STRING = 0,
    ATC_ONENET_WRITE_FORMAT_STRING = 1
} atc_onenet_write_format;

/* <result>, spec line 336 */
typedef enum atc_onenet_result {
    ATC_ONENET_RESULT_CONTENT = 1,
    ATC_ONENET_RESULT_BAD_REQUEST = 11,
    ATC_ONENET_RESULT_UNAUTHORIZED = 12,
    ATC_ONENET_RESULT_NOT_FOUND = 13,
    ATC_ONENET_RESULT_METHOD_NOT_ALLOWED = 14,
    ATC_ONENET_RESULT_NOT_ACCEPTABLE = 15
} atc_onenet_result;

/* <rai_mode>, spec line 346 */
typedef enum atc_onenet_rai_mode {
    ATC_ONENET_RAI_MODE_NONE = 0,
    ATC_ONENET_RAI_MODE_RELEASE_AFTER_SEND = 512,
    ATC_ONENET_RAI_MODE_RELEASE_AFTER_RESPONSE = 1024
} atc_onenet_rai_mode;

/* <value_type>, spec line 406 */
typedef enum atc_onenet_value_type {
    ATC_ONENET_VALUE_TYPE_STRING = 1,
    ATC_ONENET_VALUE_TYPE_OPAQUE = 2,
    ATC_ONENET_VALUE_TYPE_INTEGER = 3,
    ATC_ONENET_VALUE_TYPE_FLOAT = 4,
    ATC_ONENET_VALUE_TYPE_BOOLEAN = 5
} atc_onenet_value_type;

/* <flag>, spec line 426 */
typedef enum atc_onenet_flag {
    ATC_ONENET_FLAG_LAST = 0,
    ATC_ONENET_FLAG_FIRST = 1,
    ATC_ONENET_FLAG_MIDDLE = 2
} atc_onenet_flag;

/* <at_miplwritersp_set_result>, spec line 449 */
typedef enum atc_onenet_at_miplwritersp_set_result {
    ATC_ONENET_AT_MIPLWRITERSP_SET_RESULT_CHANGED = 2,
    ATC_ONENET_AT_MIPLWRITERSP_SET_RESULT_BAD_REQUEST = 11,
    ATC_ONENET_AT_MIPLWRITERSP_SET_RESULT_UNAUTHORIZED = 12,
    ATC_ONENET_AT_MIPLWRITERSP_SET_RESULT_NOT_FOUND = 13,
    ATC_ONENET_AT_MIPLWRITERSP_SET_RESULT_METHOD_NOT_ALLOWED = 14
} atc_onenet_at_miplwritersp_set_result;

/* <with_object_flag>, spec line 566 */
typedef enum atc_onenet_with_object_flag {
    ATC_ONENET_WITH_OBJECT_FLAG_NO = 0,
    ATC_ONENET_WITH_OBJECT_FLAG_YES = 1
} atc_onenet_with_object_flag;

/* <at_miplupdate_set_rai_mode>, spec line 567 */
typedef enum atc_onenet_at_miplupdate_set_rai_mode {
    ATC_ONENET_AT_MIPLUPDATE_SET_RAI_MODE_NONE = 0,
    ATC_ONENET_AT_MIPLUPDATE_SET_RAI_MODE_RELEASE_AFTER_RESPONSE = 1024
} atc_onenet_at_miplupdate_set_rai_mode;

/* <at_qsotaresult_set_result>, spec line 595 */
typedef enum atc_onenet_at_qsotaresult_set_result {
    ATC_ONENET_AT_QSOTARESULT_SET_RESULT_ERASE_SUCCESS = 1,
    ATC_ONENET_AT_QSOTARESULT_SET_RESULT_ERASE_FAILED = 2,
    ATC_ONENET_AT_QSOTARESULT_SET_RESULT_WRITE_SUCCESS = 3,
    ATC_ONENET_AT_QSOTARESULT_SET_RESULT_WRITE_FAILED = 4,
    ATC_ONENET_AT_QSOTARESULT_SET_RESULT_VERIFY_SUCCESS = 5,
    ATC_ONENET_AT_QSOTARESULT_SET_RESULT_VERIFY_FAILED = 6,
    ATC_ONENET_AT_QSOTARESULT_SET_RESULT_UPGRADE_SUCCESS = 7,
    ATC_ONENET_AT_QSOTARESULT_SET_RESULT_UPGRADE_FAILED = 8
} atc_onenet_at_qsotaresult_set_result;

/* <miplobserve_flag>, spec line 646 */
typedef enum atc_onenet_miplobserve_flag {
    ATC_ONENET_MIPLOBSERVE_FLAG_CANCEL = 0,
    ATC_ONENET_MIPLOBSERVE_FLAG_OBSERVE = 1
} atc_onenet_miplobserve_flag;

/* <evtid>, spec line 749 */
typedef enum atc_onenet_evtid {
    ATC_ONENET_EVTID_BOOTSTRAP_START = 1,
    ATC_ONENET_EVTID_BOOTSTRAP_SUCCESS = 2,
    ATC_ONENET_EVTID_BOOTSTRAP_FAILED = 3,
    ATC_ONENET_EVTID_CONNECT_SUCCESS = 4,
    ATC_ONENET_EVTID_CONNECT_FAILED = 5,
    ATC_ONENET_EVTID_REG_SUCCESS = 6,
    ATC_ONENET_EVTID_REG_FAILED = 7,
    ATC_ONENET_EVTID_REG_TIMEOUT = 8,
    ATC_ONENET_EVTID_LIFETIME_TIMEOUT = 9,
    ATC_ONENET_EVTID_STATUS_HALT = 10,
    ATC_ONENET_EVTID_UPDATE_SUCCESS = 11,
    ATC_ONENET_EVTID_UPDATE_FAILED = 12,
    ATC_ONENET_EVTID_UPDATE_TIMEOUT = 13,
    ATC_ONENET_EVTID_UPDATE_NEED = 14,
    ATC_ONENET_EVTID_UNREG_DONE = 15,
    ATC_ONENET_EVTID_RESPONSE_FAILED = 20,
    ATC_ONENET_EVTID_RESPONSE_SUCCESS = 21,
    ATC_ONENET_EVTID_NOTIFY_FAILED = 25,
    ATC_ONENET_EVTID_NOTIFY_SUCCESS = 26,
    ATC_ONENET_EVTID_FOTA_DOWNLOAD = 40,
    ATC_ONENET_EVTID_FOTA_DOWNLOAD_FAILED = 41,
    ATC_ONENET_EVTID_FOTA_DOWNLOAD_DONE = 42,
    ATC_ONENET_EVTID_FOTA_UPGRADE = 43,
    ATC_ONENET_EVTID_FOTA_UPGRADE_SUCCESS = 44,
    ATC_ONENET_EVTID_FOTA_UPGRADE_FAILED = 45,
    ATC_ONENET_EVTID_FOTA_UPGRADE_DONE = 46,
    ATC_ONENET_EVTID_FOTA_DOWNLOAD_INTERRUPTED = 47,
    ATC_ONENET_EVTID_FOTA_ERASE_SUCCESS = 48,
    ATC_ONENET_EVTID_FOTA_ERASE_FAILED = 49,
    ATC_ONENET_EVTID_NON_MODULE_DOWNLOAD_TRIGGERED = 50,
    ATC_ONENET_EVTID_SOTA_DOWNLOAD = 51,
    ATC_ONENET_EVTID_SOTA_DOWNLOAD_DONE = 52,
    ATC_ONENET_EVTID_SOTA_ERASE = 53,
    ATC_ONENET_EVTID_SOTA_UPGRADE_SUCCESS = 54
} atc_onenet_evtid;

/* <cache_command_flag>, spec line 802 */
typedef enum atc_onenet_cache_command_flag {
    ATC_ONENET_CACHE_COMMAND_FLAG_NONE = 0,
    ATC_ONENET_CACHE_COMMAND_FLAG_CACHED = 1
} atc_onenet_cache_command_flag;

/* Error table "cme_27007", spec line 17. */
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

/* Error table "cme_27005", spec line 30. */
typedef enum atc_onenet_cme_27005 {
    ATC_ONENET_CME_27005_ME_FAILURE = 300,
    ATC_ONENET_CME_27005_SMS_SERVICE_RESERVED = 301,
    ATC_ONENET_CME_27005_OPERATION_NOT_ALLOWED = 302,
    ATC_ONENET_CME_27005_OPERATION_NOT_SUPPORTED = 303,
    ATC_ONENET_CME_27005_INVALID_PDU_MODE_PARAMETER = 304,
    ATC_ONENET_CME_27005_INVALID_TEXT_MODE_PARAMETER = 305,
    ATC_ONENET_CME_27005_USIM_NOT_INSERTED = 310,
    ATC_ONENET_CME_27005_USIM_PIN_REQUIRED = 311,
    ATC_ONENET_CME_27005_PH_USIM_PIN_REQUIRED = 312,
    ATC_ONENET_CME_27005_USIM_FAILURE = 313,
    ATC_ONENET_CME_27005_USIM_BUSY = 314,
    ATC_ONENET_CME_27005_USIM_WRONG = 315,
    ATC_ONENET_CME_27005_USIM_PUK_REQUIRED = 316,
    ATC_ONENET_CME_27005_USIM_PIN2_REQUIRED = 317,
    ATC_ONENET_CME_27005_USIM_PUK2_REQUIRED = 318,
    ATC_ONENET_CME_27005_MEMORY_FAILURE = 320,
    ATC_ONENET_CME_27005_INVALID_MEMORY_INDEX = 321,
    ATC_ONENET_CME_27005_MEMORY_FULL = 322,
    ATC_ONENET_CME_27005_SMSC_ADDRESS_UNKNOWN = 330,
    ATC_ONENET_CME_27005_NO_NETWORK_SERVICE = 331,
    ATC_ONENET_CME_27005_NETWORK_TIMEOUT = 332,
    ATC_ONENET_CME_27005_NO_CNMA_ACK_EXPECTED = 340,
    ATC_ONENET_CME_27005_UNKNOWN_ERROR = 500
} atc_onenet_cme_27005;
/* The document's English description of a code, or NULL. */
ATC_API const char *atc_onenet_cme_27005_text(int32_t code);

/* ---- Messages ----
 * Strings are views (atc_str) into the parser's line buffer: valid during the callback only.
 * Optional fields have a has_<name> flag. Integers with an enumeration name their enum type. */

/* final OK
 * spec line 176 */
typedef struct atc_onenet_ok {
    char dummy_field; /* no fields */
} atc_onenet_ok;
#define ATC_ONENET_OK_INIT_ZERO {0}
#define ATC_ONENET_OK_MAX_LEN 6u
ATC_API atc_err atc_onenet_encode_ok(const atc_onenet_ok *msg, char *buf, size_t cap, size_t *len);

/* final ERROR
 * spec line 177 */
typedef struct atc_onenet_error {
    char dummy_field; /* no fields */
} atc_onenet_error;
#define ATC_ONENET_ERROR_INIT_ZERO {0}
#define ATC_ONENET_ERROR_MAX_LEN 9u
ATC_API atc_err atc_onenet_encode_error(const atc_onenet_error *msg, char *buf, size_t cap, size_t *len);

/* final +CME ERROR: err
 * spec line 177 */
typedef struct atc_onenet_cme_error {
    int32_t err;
} atc_onenet_cme_error;
#define ATC_ONENET_CME_ERROR_INIT_ZERO {0}
#define ATC_ONENET_CME_ERROR_MAX_LEN 20u
ATC_API atc_err atc_onenet_encode_cme_error(const atc_onenet_cme_error *msg, char *buf, size_t cap, size_t *len);

/* command AT+MIPLCONFIG=?
 * spec line 174: Configure the OneNET access (bootstrap, servers, ACK_TIMEOUT, auto-observe, authentication, DTLS, write format); max response time 300 ms */
typedef struct atc_onenet_at_miplconfig_test {
    char dummy_field; /* no fields */
} atc_onenet_at_miplconfig_test;
#define ATC_ONENET_AT_MIPLCONFIG_TEST_INIT_ZERO {0}
#define ATC_ONENET_AT_MIPLCONFIG_TEST_MAX_LEN 19u
ATC_API atc_err atc_onenet_encode_at_miplconfig_test(const atc_onenet_at_miplconfig_test *msg, char *buf, size_t cap, size_t *len);

/* command AT+MIPLCONFIG?
 * spec line 177: Configure the OneNET access (bootstrap, servers, ACK_TIMEOUT, auto-observe, authentication, DTLS, write format); max response time 300 ms */
typedef struct atc_onenet_at_miplconfig_read {
    char dummy_field; /* no fields */
} atc_onenet_at_miplconfig_read;
#define ATC_ONENET_AT_MIPLCONFIG_READ_INIT_ZERO {0}
#define ATC_ONENET_AT_MIPLCONFIG_READ_MAX_LEN 18u
ATC_API atc_err atc_onenet_encode_at_miplconfig_read(const atc_onenet_at_miplconfig_read *msg, char *buf, size_t cap, size_t *len);

/* command AT+MIPLCONFIG=mode,ip,port
 * spec line 186: Configure the OneNET access (bootstrap, servers, ACK_TIMEOUT, auto-observe, authentication, DTLS, write format); max response time 300 ms */
typedef struct atc_onenet_at_miplconfig_set_access_server {
    int32_t mode; /* atc_onenet_mode */
    atc_str ip;
    int32_t port;
} atc_onenet_at_miplconfig_set_access_server;
#define ATC_ONENET_AT_MIPLCONFIG_SET_ACCESS_SERVER_INIT_ZERO {0, {NULL, 0}, 0}
#define ATC_ONENET_AT_MIPLCONFIG_SET_ACCESS_SERVER_MAX_LEN (27u + 1u * ATC_MAX_LINE)
ATC_API atc_err atc_onenet_encode_at_miplconfig_set_access_server(const atc_onenet_at_miplconfig_set_access_server *msg, char *buf, size_t cap, size_t *len);

/* command AT+MIPLCONFIG=mode,ip,port
 * spec line 187: Configure the OneNET access (bootstrap, servers, ACK_TIMEOUT, auto-observe, authentication, DTLS, write format); max response time 300 ms */
typedef struct atc_onenet_at_miplconfig_set_bootstrap {
    int32_t mode; /* atc_onenet_mode */
    atc_str ip;
    int32_t port;
} atc_onenet_at_miplconfig_set_bootstrap;
#define ATC_ONENET_AT_MIPLCONFIG_SET_BOOTSTRAP_INIT_ZERO {0, {NULL, 0}, 0}
#define ATC_ONENET_AT_MIPLCONFIG_SET_BOOTSTRAP_MAX_LEN (27u + 1u * ATC_MAX_LINE)
ATC_API atc_err atc_onenet_encode_at_miplconfig_set_bootstrap(const atc_onenet_at_miplconfig_set_bootstrap *msg, char *buf, size_t cap, size_t *len);

/* command AT+MIPLCONFIG=mode,parameter1,rsp_timeout
 * spec line 188: Configure the OneNET access (bootstrap, servers, ACK_TIMEOUT, auto-observe, authentication, DTLS, write format); max response time 300 ms */
typedef struct atc_onenet_at_miplconfig_set_ack_timeout {
    int32_t mode; /* atc_onenet_mode */
    bool has_parameter1;
    int32_t parameter1;
    int32_t rsp_timeout;
} atc_onenet_at_miplconfig_set_ack_timeout;
#define ATC_ONENET_AT_MIPLCONFIG_SET_ACK_TIMEOUT_INIT_ZERO {0, false, 0, 0}
#define ATC_ONENET_AT_MIPLCONFIG_SET_ACK_TIMEOUT_MAX_LEN 35u
ATC_API atc_err atc_onenet_encode_at_miplconfig_set_ack_timeout(const atc_onenet_at_miplconfig_set_ack_timeout *msg, char *buf, size_t cap, size_t *len);

/* command AT+MIPLCONFIG=mode,obs_autoack
 * spec line 190: Configure the OneNET access (bootstrap, servers, ACK_TIMEOUT, auto-observe, authentication, DTLS, write format); max response time 300 ms */
typedef struct atc_onenet_at_miplconfig_set_obs_autoack {
    int32_t mode; /* atc_onenet_mode */
    int32_t obs_autoack; /* atc_onenet_obs_autoack */
} atc_onenet_at_miplconfig_set_obs_autoack;
#define ATC_ONENET_AT_MIPLCONFIG_SET_OBS_AUTOACK_INIT_ZERO {0, 0}
#define ATC_ONENET_AT_MIPLCONFIG_SET_OBS_AUTOACK_MAX_LEN 22u
ATC_API atc_err atc_onenet_encode_at_miplconfig_set_obs_autoack(const atc_onenet_at_miplconfig_set_obs_autoack *msg, char *buf, size_t cap, size_t *len);

/* command AT+MIPLCONFIG=mode,auth_enable,auth_code
 * spec line 191: Configure the OneNET access (bootstrap, servers, ACK_TIMEOUT, auto-observe, authentication, DTLS, write format); max response time 300 ms */
typedef struct atc_onenet_at_miplconfig_set_auth {
    int32_t mode; /* atc_onenet_mode */
    int32_t auth_enable; /* atc_onenet_auth_enable */
    bool has_auth_code;
    atc_str auth_code;
} atc_onenet_at_miplconfig_set_auth;
#define ATC_ONENET_AT_MIPLCONFIG_SET_AUTH_INIT_ZERO {0, 0, false, {NULL, 0}}
#define ATC_ONENET_AT_MIPLCONFIG_SET_AUTH_MAX_LEN 57u
ATC_API atc_err atc_onenet_encode_at_miplconfig_set_auth(const atc_onenet_at_miplconfig_set_auth *msg, char *buf, size_t cap, size_t *len);

/* command AT+MIPLCONFIG=mode,dtls_enable,psk
 * spec line 192: Configure the OneNET access (bootstrap, servers, ACK_TIMEOUT, auto-observe, authentication, DTLS, write format); max response time 300 ms */
typedef struct atc_onenet_at_miplconfig_set_dtls {
    int32_t mode; /* atc_onenet_mode */
    int32_t dtls_enable; /* atc_onenet_dtls_enable */
    bool has_psk;
    atc_str psk;
} atc_onenet_at_miplconfig_set_dtls;
#define ATC_ONENET_AT_MIPLCONFIG_SET_DTLS_INIT_ZERO {0, 0, false, {NULL, 0}}
#define ATC_ONENET_AT_MIPLCONFIG_SET_DTLS_MAX_LEN 57u
ATC_API atc_err atc_onenet_encode_at_miplconfig_set_dtls(const atc_onenet_at_miplconfig_set_dtls *msg, char *buf, size_t cap, size_t *len);

/* command AT+MIPLCONFIG=mode,write_format
 * spec line 193: Configure the OneNET access (bootstrap, servers, ACK_TIMEOUT, auto-observe, authentication, DTLS, write format); max response time 300 ms */
typedef struct atc_onenet_at_miplconfig_set_write_format {
    int32_t mode; /* atc_onenet_mode */
    int32_t write_format; /* atc_onenet_write_format */
} atc_onenet_at_miplconfig_set_write_format;
#define ATC_ONENET_AT_MIPLCONFIG_SET_WRITE_FORMAT_INIT_ZERO {0, 0}
#define ATC_ONENET_AT_MIPLCONFIG_SET_WRITE_FORMAT_MAX_LEN 22u
ATC_API atc_err atc_onenet_encode_at_miplconfig_set_write_format(const atc_onenet_at_miplconfig_set_write_format *msg, char *buf, size_t cap, size_t *len);

/* command AT+MIPLCREATE
 * spec line 214: Create a OneNET communication suite instance; max response time 300 ms */
typedef struct atc_onenet_at_miplcreate_exec {
    char dummy_field; /* no fields */
} atc_onenet_at_miplcreate_exec;
#define ATC_ONENET_AT_MIPLCREATE_EXEC_INIT_ZERO {0}
#define ATC_ONENET_AT_MIPLCREATE_EXEC_MAX_LEN 17u
ATC_API atc_err atc_onenet_encode_at_miplcreate_exec(const atc_onenet_at_miplcreate_exec *msg, char *buf, size_t cap, size_t *len);

/* command AT+MIPLDELETE=?
 * spec line 230: Delete a OneNET communication suite instance; max response time 3000 ms */
typedef struct atc_onenet_at_mipldelete_test {
    char dummy_field; /* no fields */
} atc_onenet_at_mipldelete_test;
#define ATC_ONENET_AT_MIPLDELETE_TEST_INIT_ZERO {0}
#define ATC_ONENET_AT_MIPLDELETE_TEST_MAX_LEN 19u
ATC_API atc_err atc_onenet_encode_at_mipldelete_test(const atc_onenet_at_mipldelete_test *msg, char *buf, size_t cap, size_t *len);

/* command AT+MIPLDELETE=ref
 * spec line 231: Delete a OneNET communication suite instance; max response time 3000 ms */
typedef struct atc_onenet_at_mipldelete_set {
    int32_t ref;
} atc_onenet_at_mipldelete_set;
#define ATC_ONENET_AT_MIPLDELETE_SET_INIT_ZERO {0}
#define ATC_ONENET_AT_MIPLDELETE_SET_MAX_LEN 30u
ATC_API atc_err atc_onenet_encode_at_mipldelete_set(const atc_onenet_at_mipldelete_set *msg, char *buf, size_t cap, size_t *len);

/* command AT+MIPLVER?
 * spec line 245: Query the OneNET SDK version; max response time 300 ms */
typedef struct atc_onenet_at_miplver_read {
    char dummy_field; /* no fields */
} atc_onenet_at_miplver_read;
#define ATC_ONENET_AT_MIPLVER_READ_INIT_ZERO {0}
#define ATC_ONENET_AT_MIPLVER_READ_MAX_LEN 15u
ATC_API atc_err atc_onenet_encode_at_miplver_read(const atc_onenet_at_miplver_read *msg, char *buf, size_t cap, size_t *len);

/* command AT+MIPLADDOBJ=?
 * spec line 260: Add a LwM2M object; max response time 300 ms */
typedef struct atc_onenet_at_mipladdobj_test {
    char dummy_field; /* no fields */
} atc_onenet_at_mipladdobj_test;
#define ATC_ONENET_AT_MIPLADDOBJ_TEST_INIT_ZERO {0}
#define ATC_ONENET_AT_MIPLADDOBJ_TEST_MAX_LEN 19u
ATC_API atc_err atc_onenet_encode_at_mipladdobj_test(const atc_onenet_at_mipladdobj_test *msg, char *buf, size_t cap, size_t *len);

/* command AT+MIPLADDOBJ=ref,obj_id,ins_count,ins_bitmap,attr_count,act_count
 * spec line 261: Add a LwM2M object; max response time 300 ms */
typedef struct atc_onenet_at_mipladdobj_set {
    int32_t ref;
    int32_t obj_id;
    int32_t ins_count;
    atc_str ins_bitmap;
    int32_t attr_count;
    int32_t act_count;
} atc_onenet_at_mipladdobj_set;
#define ATC_ONENET_AT_MIPLADDOBJ_SET_INIT_ZERO {0, 0, 0, {NULL, 0}, 0, 0}
#define ATC_ONENET_AT_MIPLADDOBJ_SET_MAX_LEN (73u + 1u * ATC_MAX_LINE)
ATC_API atc_err atc_onenet_encode_at_mipladdobj_set(const atc_onenet_at_mipladdobj_set *msg, char *buf, size_t cap, size_t *len);

/* command AT+MIPLDELOBJ=?
 * spec line 279: Delete a LwM2M object; max response time 300 ms */
typedef struct atc_onenet_at_mipldelobj_test {
    char dummy_field; /* no fields */
} atc_onenet_at_mipldelobj_test;
#define ATC_ONENET_AT_MIPLDELOBJ_TEST_INIT_ZERO {0}
#define ATC_ONENET_AT_MIPLDELOBJ_TEST_MAX_LEN 19u
ATC_API atc_err atc_onenet_encode_at_mipldelobj_test(const atc_onenet_at_mipldelobj_test *msg, char *buf, size_t cap, size_t *len);

/* command AT+MIPLDELOBJ=ref,obj_id
 * spec line 280: Delete a LwM2M object; max response time 300 ms */
typedef struct atc_onenet_at_mipldelobj_set {
    int32_t ref;
    int32_t obj_id;
} atc_onenet_at_mipldelobj_set;
#define ATC_ONENET_AT_MIPLDELOBJ_SET_INIT_ZERO {0, 0}
#define ATC_ONENET_AT_MIPLDELOBJ_SET_MAX_LEN 36u
ATC_API atc_err atc_onenet_encode_at_mipldelobj_set(const atc_onenet_at_mipldelobj_set *msg, char *buf, size_t cap, size_t *len);

/* command AT+MIPLOPEN=?
 * spec line 294: Send a registration request to OneNET; max response time 300 ms */
typedef struct atc_onenet_at_miplopen_test {
    char dummy_field; /* no fields */
} atc_onenet_at_miplopen_test;
#define ATC_ONENET_AT_MIPLOPEN_TEST_INIT_ZERO {0}
#define ATC_ONENET_AT_MIPLOPEN_TEST_MAX_LEN 17u
ATC_API atc_err atc_onenet_encode_at_miplopen_test(const atc_onenet_at_miplopen_test *msg, char *buf, size_t cap, size_t *len);

/* command AT+MIPLOPEN=ref,lifetime,timeout
 * spec line 295: Send a registration request to OneNET; max response time 300 ms */
typedef struct atc_onenet_at_miplopen_set {
    int32_t ref;
    int32_t lifetime;
    bool has_timeout;
    int32_t timeout;
} atc_onenet_at_miplopen_set;
#define ATC_ONENET_AT_MIPLOPEN_SET_INIT_ZERO {0, 0, false, 0}
#define ATC_ONENET_AT_MIPLOPEN_SET_MAX_LEN 44u
ATC_API atc_err atc_onenet_encode_at_miplopen_set(const atc_onenet_at_miplopen_set *msg, char *buf, size_t cap, size_t *len);

/* command AT+MIPLCLOSE=?
 * spec line 312: Send a deregistration request to OneNET; max response time 3000 ms */
typedef struct atc_onenet_at_miplclose_test {
    char dummy_field; /* no fields */
} atc_onenet_at_miplclose_test;
#define ATC_ONENET_AT_MIPLCLOSE_TEST_INIT_ZERO {0}
#define ATC_ONENET_AT_MIPLCLOSE_TEST_MAX_LEN 18u
ATC_API atc_err atc_onenet_encode_at_miplclose_test(const atc_onenet_at_miplclose_test *msg, char *buf, size_t cap, size_t *len);

/* command AT+MIPLCLOSE=ref
 * spec line 313: Send a deregistration request to OneNET; max response time 3000 ms */
typedef struct atc_onenet_at_miplclose_set {
    int32_t ref;
} atc_onenet_at_miplclose_set;
#define ATC_ONENET_AT_MIPLCLOSE_SET_INIT_ZERO {0}
#define ATC_ONENET_AT_MIPLCLOSE_SET_MAX_LEN 29u
ATC_API atc_err atc_onenet_encode_at_miplclose_set(const atc_onenet_at_miplclose_set *msg, char *buf, size_t cap, size_t *len);

/* command AT+MIPLDISCOVERRSP=?
 * spec line 326: Answer a discover request (+MIPLDISCOVER); max response time 300 ms */
typedef struct atc_onenet_at_mipldiscoverrsp_test {
    char dummy_field; /* no fields */
} atc_onenet_at_mipldiscoverrsp_test;
#define ATC_ONENET_AT_MIPLDISCOVERRSP_TEST_INIT_ZERO {0}
#define ATC_ONENET_AT_MIPLDISCOVERRSP_TEST_MAX_LEN 24u
ATC_API atc_err atc_onenet_encode_at_mipldiscoverrsp_test(const atc_onenet_at_mipldiscoverrsp_test *msg, char *buf, size_t cap, size_t *len);

/* command AT+MIPLDISCOVERRSP=ref,msg_id,result,length,valuestring,rai_mode
 * spec line 329: Answer a discover request (+MIPLDISCOVER); max response time 300 ms */
typedef struct atc_onenet_at_mipldiscoverrsp_set {
    int32_t ref;
    int32_t msg_id;
    int32_t result; /* atc_onenet_result */
    bool has_length;
    int32_t length;
    bool has_valuestring;
    atc_str valuestring;
    bool has_rai_mode;
    int32_t rai_mode; /* atc_onenet_rai_mode */
} atc_onenet_at_mipldiscoverrsp_set;
#define ATC_ONENET_AT_MIPLDISCOVERRSP_SET_INIT_ZERO {0, 0, 0, false, 0, false, {NULL, 0}, false, 0}
#define ATC_ONENET_AT_MIPLDISCOVERRSP_SET_MAX_LEN (69u + 1u * ATC_MAX_LINE)
ATC_API atc_err atc_onenet_encode_at_mipldiscoverrsp_set(const atc_onenet_at_mipldiscoverrsp_set *msg, char *buf, size_t cap, size_t *len);

/* command AT+MIPLOBSERVERSP=?
 * spec line 356: Answer an observe request (+MIPLOBSERVE) when automatic answers are disabled; max response time 300 ms */
typedef struct atc_onenet_at_miplobserversp_test {
    char dummy_field; /* no fields */
} atc_onenet_at_miplobserversp_test;
#define ATC_ONENET_AT_MIPLOBSERVERSP_TEST_INIT_ZERO {0}
#define ATC_ONENET_AT_MIPLOBSERVERSP_TEST_MAX_LEN 23u
ATC_API atc_err atc_onenet_encode_at_miplobserversp_test(const atc_onenet_at_miplobserversp_test *msg, char *buf, size_t cap, size_t *len);

/* command AT+MIPLOBSERVERSP=ref,msg_id,result,rai_mode
 * spec line 358: Answer an observe request (+MIPLOBSERVE) when automatic answers are disabled; max response time 300 ms */
typedef struct atc_onenet_at_miplobserversp_set {
    int32_t ref;
    int32_t msg_id;
    int32_t result; /* atc_onenet_result */
    bool has_rai_mode;
    int32_t rai_mode; /* atc_onenet_rai_mode */
} atc_onenet_at_miplobserversp_set;
#define ATC_ONENET_AT_MIPLOBSERVERSP_SET_INIT_ZERO {0, 0, 0, false, 0}
#define ATC_ONENET_AT_MIPLOBSERVERSP_SET_MAX_LEN 55u
ATC_API atc_err atc_onenet_encode_at_miplobserversp_set(const atc_onenet_at_miplobserversp_set *msg, char *buf, size_t cap, size_t *len);

/* command AT+MIPLREADRSP=?
 * spec line 384: Answer a read request (+MIPLREAD); max response time 300 ms */
typedef struct atc_onenet_at_miplreadrsp_test {
    char dummy_field; /* no fields */
} atc_onenet_at_miplreadrsp_test;
#define ATC_ONENET_AT_MIPLREADRSP_TEST_INIT_ZERO {0}
#define ATC_ONENET_AT_MIPLREADRSP_TEST_MAX_LEN 20u
ATC_API atc_err atc_onenet_encode_at_miplreadrsp_test(const atc_onenet_at_miplreadrsp_test *msg, char *buf, size_t cap, size_t *len);

/* command AT+MIPLREADRSP=ref,msg_id,result,obj_id,ins_id,res_id,value_type,len,value,index,flag,rai_mode
 * spec line 385: Answer a read request (+MIPLREAD); max response time 300 ms */
typedef struct atc_onenet_at_miplreadrsp_set {
    int32_t ref;
    int32_t msg_id;
    int32_t result; /* atc_onenet_result */
    bool has_obj_id;
    int32_t obj_id;
    bool has_ins_id;
    int32_t ins_id;
    bool has_res_id;
    int32_t res_id;
    bool has_value_type;
    int32_t value_type; /* atc_onenet_value_type */
    bool has_len;
    int32_t len;
    bool has_value;
    atc_str value;
    bool has_index;
    int32_t index;
    bool has_flag;
    int32_t flag; /* atc_onenet_flag */
    bool has_rai_mode;
    int32_t rai_mode; /* atc_onenet_rai_mode */
} atc_onenet_at_miplreadrsp_set;
#define ATC_ONENET_AT_MIPLREADRSP_SET_INIT_ZERO {0, 0, 0, false, 0, false, 0, false, 0, false, 0, false, 0, false, {NULL, 0}, false, 0, false, 0, false, 0}
#define ATC_ONENET_AT_MIPLREADRSP_SET_MAX_LEN (99u + 1u * ATC_MAX_LINE)
ATC_API atc_err atc_onenet_encode_at_miplreadrsp_set(const atc_onenet_at_miplreadrsp_set *msg, char *buf, size_t cap, size_t *len);

/* command AT+MIPLWRITERSP=?
 * spec line 439: Answer a write request (+MIPLWRITE); max response time 300 ms */
typedef struct atc_onenet_at_miplwritersp_test {
    char dummy_field; /* no fields */
} atc_onenet_at_miplwritersp_test;
#define ATC_ONENET_AT_MIPLWRITERSP_TEST_INIT_ZERO {0}
#define ATC_ONENET_AT_MIPLWRITERSP_TEST_MAX_LEN 21u
ATC_API atc_err atc_onenet_encode_at_miplwritersp_test(const atc_onenet_at_miplwritersp_test *msg, char *buf, size_t cap, size_t *len);

/* command AT+MIPLWRITERSP=ref,msg_id,result,rai_mode
 * spec line 440: Answer a write request (+MIPLWRITE); max response time 300 ms */
typedef struct atc_onenet_at_miplwritersp_set {
    int32_t ref;
    int32_t msg_id;
    int32_t result; /* atc_onenet_at_miplwritersp_set_result */
    bool has_rai_mode;
    int32_t rai_mode; /* atc_onenet_rai_mode */
} atc_onenet_at_miplwritersp_set;
#define ATC_ONENET_AT_MIPLWRITERSP_SET_INIT_ZERO {0, 0, 0, false, 0}
#define ATC_ONENET_AT_MIPLWRITERSP_SET_MAX_LEN 53u
ATC_API atc_err atc_onenet_encode_at_miplwritersp_set(const atc_onenet_at_miplwritersp_set *msg, char *buf, size_t cap, size_t *len);

/* command AT+MIPLEXECUTERSP=?
 * spec line 466: Answer an execute request (+MIPLEXECUTE); max response time 300 ms */
typedef struct atc_onenet_at_miplexecutersp_test {
    char dummy_field; /* no fields */
} atc_onenet_at_miplexecutersp_test;
#define ATC_ONENET_AT_MIPLEXECUTERSP_TEST_INIT_ZERO {0}
#define ATC_ONENET_AT_MIPLEXECUTERSP_TEST_MAX_LEN 23u
ATC_API atc_err atc_onenet_encode_at_miplexecutersp_test(const atc_onenet_at_miplexecutersp_test *msg, char *buf, size_t cap, size_t *len);

/* command AT+MIPLEXECUTERSP=ref,msg_id,result,rai_mode
 * spec line 467: Answer an execute request (+MIPLEXECUTE); max response time 300 ms */
typedef struct atc_onenet_at_miplexecutersp_set {
    int32_t ref;
    int32_t msg_id;
    int32_t result; /* atc_onenet_at_miplwritersp_set_result */
    bool has_rai_mode;
    int32_t rai_mode; /* atc_onenet_rai_mode */
} atc_onenet_at_miplexecutersp_set;
#define ATC_ONENET_AT_MIPLEXECUTERSP_SET_INIT_ZERO {0, 0, 0, false, 0}
#define ATC_ONENET_AT_MIPLEXECUTERSP_SET_MAX_LEN 55u
ATC_API atc_err atc_onenet_encode_at_miplexecutersp_set(const atc_onenet_at_miplexecutersp_set *msg, char *buf, size_t cap, size_t *len);

/* command AT+MIPLPARAMETERRSP=?
 * spec line 493: Answer a write-attributes request (+MIPLPARAMETER); max response time 300 ms */
typedef struct atc_onenet_at_miplparameterrsp_test {
    char dummy_field; /* no fields */
} atc_onenet_at_miplparameterrsp_test;
#define ATC_ONENET_AT_MIPLPARAMETERRSP_TEST_INIT_ZERO {0}
#define ATC_ONENET_AT_MIPLPARAMETERRSP_TEST_MAX_LEN 25u
ATC_API atc_err atc_onenet_encode_at_miplparameterrsp_test(const atc_onenet_at_miplparameterrsp_test *msg, char *buf, size_t cap, size_t *len);

/* command AT+MIPLPARAMETERRSP=ref,msg_id,result,rai_mode
 * spec line 494: Answer a write-attributes request (+MIPLPARAMETER); max response time 300 ms */
typedef struct atc_onenet_at_miplparameterrsp_set {
    int32_t ref;
    int32_t msg_id;
    int32_t result; /* atc_onenet_at_miplwritersp_set_result */
    bool has_rai_mode;
    int32_t rai_mode; /* atc_onenet_rai_mode */
} atc_onenet_at_miplparameterrsp_set;
#define ATC_ONENET_AT_MIPLPARAMETERRSP_SET_INIT_ZERO {0, 0, 0, false, 0}
#define ATC_ONENET_AT_MIPLPARAMETERRSP_SET_MAX_LEN 57u
ATC_API atc_err atc_onenet_encode_at_miplparameterrsp_set(const atc_onenet_at_miplparameterrsp_set *msg, char *buf, size_t cap, size_t *len);

/* command AT+MIPLNOTIFY=?
 * spec line 519: Report (notify) data to OneNET; max response time 300 ms */
typedef struct atc_onenet_at_miplnotify_test {
    char dummy_field; /* no fields */
} atc_onenet_at_miplnotify_test;
#define ATC_ONENET_AT_MIPLNOTIFY_TEST_INIT_ZERO {0}
#define ATC_ONENET_AT_MIPLNOTIFY_TEST_MAX_LEN 19u
ATC_API atc_err atc_onenet_encode_at_miplnotify_test(const atc_onenet_at_miplnotify_test *msg, char *buf, size_t cap, size_t *len);

/* command AT+MIPLNOTIFY=ref,msg_id,obj_id,ins_id,res_id,value_type,len,value,index,flag,ack_id,rai_mode
 * spec line 520: Report (notify) data to OneNET; max response time 300 ms */
typedef struct atc_onenet_at_miplnotify_set {
    int32_t ref;
    int32_t msg_id;
    int32_t obj_id;
    int32_t ins_id;
    int32_t res_id;
    int32_t value_type; /* atc_onenet_value_type */
    int32_t len;
    atc_str value;
    int32_t index;
    int32_t flag; /* atc_onenet_flag */
    bool has_ack_id;
    int32_t ack_id;
    bool has_rai_mode;
    int32_t rai_mode; /* atc_onenet_rai_mode */
} atc_onenet_at_miplnotify_set;
#define ATC_ONENET_AT_MIPLNOTIFY_SET_INIT_ZERO {0, 0, 0, 0, 0, 0, 0, {NULL, 0}, 0, 0, false, 0, false, 0}
#define ATC_ONENET_AT_MIPLNOTIFY_SET_MAX_LEN (101u + 1u * ATC_MAX_LINE)
ATC_API atc_err atc_onenet_encode_at_miplnotify_set(const atc_onenet_at_miplnotify_set *msg, char *buf, size_t cap, size_t *len);

/* command AT+MIPLUPDATE=?
 * spec line 556: Send an update request (lifetime and object list); max response time 300 ms */
typedef struct atc_onenet_at_miplupdate_test {
    char dummy_field; /* no fields */
} atc_onenet_at_miplupdate_test;
#define ATC_ONENET_AT_MIPLUPDATE_TEST_INIT_ZERO {0}
#define ATC_ONENET_AT_MIPLUPDATE_TEST_MAX_LEN 19u
ATC_API atc_err atc_onenet_encode_at_miplupdate_test(const atc_onenet_at_miplupdate_test *msg, char *buf, size_t cap, size_t *len);

/* command AT+MIPLUPDATE=ref,lifetime,with_object_flag,rai_mode
 * spec line 558: Send an update request (lifetime and object list); max response time 300 ms */
typedef struct atc_onenet_at_miplupdate_set {
    int32_t ref;
    int32_t lifetime;
    int32_t with_object_flag; /* atc_onenet_with_object_flag */
    bool has_rai_mode;
    int32_t rai_mode; /* atc_onenet_at_miplupdate_set_rai_mode */
} atc_onenet_at_miplupdate_set;
#define ATC_ONENET_AT_MIPLUPDATE_SET_INIT_ZERO {0, 0, 0, false, 0}
#define ATC_ONENET_AT_MIPLUPDATE_SET_MAX_LEN 49u
ATC_API atc_err atc_onenet_encode_at_miplupdate_set(const atc_onenet_at_miplupdate_set *msg, char *buf, size_t cap, size_t *len);

/* command AT+QSOTAINFO?
 * spec line 575: Configure the software (SOTA) upgrade information of the terminal; max response time 300 ms */
typedef struct atc_onenet_at_qsotainfo_read {
    char dummy_field; /* no fields */
} atc_onenet_at_qsotainfo_read;
#define ATC_ONENET_AT_QSOTAINFO_READ_INIT_ZERO {0}
#define ATC_ONENET_AT_QSOTAINFO_READ_MAX_LEN 17u
ATC_API atc_err atc_onenet_encode_at_qsotainfo_read(const atc_onenet_at_qsotainfo_read *msg, char *buf, size_t cap, size_t *len);

/* command AT+QSOTAINFO=sw_version,mem_size
 * spec line 574: Configure the software (SOTA) upgrade information of the terminal; max response time 300 ms */
typedef struct atc_onenet_at_qsotainfo_set {
    atc_str sw_version;
    int32_t mem_size;
} atc_onenet_at_qsotainfo_set;
#define ATC_ONENET_AT_QSOTAINFO_SET_INIT_ZERO {{NULL, 0}, 0}
#define ATC_ONENET_AT_QSOTAINFO_SET_MAX_LEN 127u
ATC_API atc_err atc_onenet_encode_at_qsotainfo_set(const atc_onenet_at_qsotainfo_set *msg, char *buf, size_t cap, size_t *len);

/* command AT+QSOTARESULT=result
 * spec line 589: Report the result of a software (SOTA) upgrade step; max response time 300 ms */
typedef struct atc_onenet_at_qsotaresult_set {
    int32_t result; /* atc_onenet_at_qsotaresult_set_result */
} atc_onenet_at_qsotaresult_set;
#define ATC_ONENET_AT_QSOTARESULT_SET_INIT_ZERO {0}
#define ATC_ONENET_AT_QSOTARESULT_SET_MAX_LEN 21u
ATC_API atc_err atc_onenet_encode_at_qsotaresult_set(const atc_onenet_at_qsotaresult_set *msg, char *buf, size_t cap, size_t *len);

/* response +MIPLCONFIG: mode,parameter1,parameter2
 * spec line 174 */
typedef struct atc_onenet_miplconfig_test {
    atc_str mode;
    atc_str parameter1;
    bool has_parameter2;
    atc_str parameter2;
} atc_onenet_miplconfig_test;
#define ATC_ONENET_MIPLCONFIG_TEST_INIT_ZERO {{NULL, 0}, {NULL, 0}, false, {NULL, 0}}
#define ATC_ONENET_MIPLCONFIG_TEST_MAX_LEN (20u + 3u * ATC_MAX_LINE)
ATC_API atc_err atc_onenet_encode_miplconfig_test(const atc_onenet_miplconfig_test *msg, char *buf, size_t cap, size_t *len);

/* response +MIPLCONFIG: mode,ip,port
 * spec line 177: One line per setting; the first is the access server (bootstrap disabled) or the bootstrap server line */
typedef struct atc_onenet_miplconfig_read_access_server {
    int32_t mode; /* atc_onenet_mode */
    atc_str ip;
    int32_t port;
} atc_onenet_miplconfig_read_access_server;
#define ATC_ONENET_MIPLCONFIG_READ_ACCESS_SERVER_INIT_ZERO {0, {NULL, 0}, 0}
#define ATC_ONENET_MIPLCONFIG_READ_ACCESS_SERVER_MAX_LEN (26u + 1u * ATC_MAX_LINE)
ATC_API atc_err atc_onenet_encode_miplconfig_read_access_server(const atc_onenet_miplconfig_read_access_server *msg, char *buf, size_t cap, size_t *len);

/* response +MIPLCONFIG: mode,ip,port
 * spec line 177 */
typedef struct atc_onenet_miplconfig_read_bootstrap {
    int32_t mode; /* atc_onenet_mode */
    atc_str ip;
    int32_t port;
} atc_onenet_miplconfig_read_bootstrap;
#define ATC_ONENET_MIPLCONFIG_READ_BOOTSTRAP_INIT_ZERO {0, {NULL, 0}, 0}
#define ATC_ONENET_MIPLCONFIG_READ_BOOTSTRAP_MAX_LEN (26u + 1u * ATC_MAX_LINE)
ATC_API atc_err atc_onenet_encode_miplconfig_read_bootstrap(const atc_onenet_miplconfig_read_bootstrap *msg, char *buf, size_t cap, size_t *len);

/* response +MIPLCONFIG: mode,rsp_timeout
 * spec line 177 */
typedef struct atc_onenet_miplconfig_read_ack_timeout {
    int32_t mode; /* atc_onenet_mode */
    int32_t rsp_timeout;
} atc_onenet_miplconfig_read_ack_timeout;
#define ATC_ONENET_MIPLCONFIG_READ_ACK_TIMEOUT_INIT_ZERO {0, 0}
#define ATC_ONENET_MIPLCONFIG_READ_ACK_TIMEOUT_MAX_LEN 22u
ATC_API atc_err atc_onenet_encode_miplconfig_read_ack_timeout(const atc_onenet_miplconfig_read_ack_timeout *msg, char *buf, size_t cap, size_t *len);

/* response +MIPLCONFIG: mode,obs_autoack
 * spec line 177 */
typedef struct atc_onenet_miplconfig_read_obs_autoack {
    int32_t mode; /* atc_onenet_mode */
    int32_t obs_autoack; /* atc_onenet_obs_autoack */
} atc_onenet_miplconfig_read_obs_autoack;
#define ATC_ONENET_MIPLCONFIG_READ_OBS_AUTOACK_INIT_ZERO {0, 0}
#define ATC_ONENET_MIPLCONFIG_READ_OBS_AUTOACK_MAX_LEN 21u
ATC_API atc_err atc_onenet_encode_miplconfig_read_obs_autoack(const atc_onenet_miplconfig_read_obs_autoack *msg, char *buf, size_t cap, size_t *len);

/* response +MIPLCONFIG: mode,auth_enable,auth_code
 * spec line 177 */
typedef struct atc_onenet_miplconfig_read_auth {
    int32_t mode; /* atc_onenet_mode */
    int32_t auth_enable; /* atc_onenet_auth_enable */
    bool has_auth_code;
    atc_str auth_code;
} atc_onenet_miplconfig_read_auth;
#define ATC_ONENET_MIPLCONFIG_READ_AUTH_INIT_ZERO {0, 0, false, {NULL, 0}}
#define ATC_ONENET_MIPLCONFIG_READ_AUTH_MAX_LEN 38u
ATC_API atc_err atc_onenet_encode_miplconfig_read_auth(const atc_onenet_miplconfig_read_auth *msg, char *buf, size_t cap, size_t *len);

/* response +MIPLCONFIG: mode,dtls_enable,psk
 * spec line 177 */
typedef struct atc_onenet_miplconfig_read_dtls {
    int32_t mode; /* atc_onenet_mode */
    int32_t dtls_enable; /* atc_onenet_dtls_enable */
    bool has_psk;
    atc_str psk;
} atc_onenet_miplconfig_read_dtls;
#define ATC_ONENET_MIPLCONFIG_READ_DTLS_INIT_ZERO {0, 0, false, {NULL, 0}}
#define ATC_ONENET_MIPLCONFIG_READ_DTLS_MAX_LEN 38u
ATC_API atc_err atc_onenet_encode_miplconfig_read_dtls(const atc_onenet_miplconfig_read_dtls *msg, char *buf, size_t cap, size_t *len);

/* response +MIPLCONFIG: mode,write_format
 * spec line 177 */
typedef struct atc_onenet_miplconfig_read_write_format {
    int32_t mode; /* atc_onenet_mode */
    int32_t write_format; /* atc_onenet_write_format */
} atc_onenet_miplconfig_read_write_format;
#define ATC_ONENET_MIPLCONFIG_READ_WRITE_FORMAT_INIT_ZERO {0, 0}
#define ATC_ONENET_MIPLCONFIG_READ_WRITE_FORMAT_MAX_LEN 21u
ATC_API atc_err atc_onenet_encode_miplconfig_read_write_format(const atc_onenet_miplconfig_read_write_format *msg, char *buf, size_t cap, size_t *len);

/* response +MIPLCREATE: ref
 * spec line 214 */
typedef struct atc_onenet_miplcreate {
    int32_t ref;
} atc_onenet_miplcreate;
#define ATC_ONENET_MIPLCREATE_INIT_ZERO {0}
#define ATC_ONENET_MIPLCREATE_MAX_LEN 29u
ATC_API atc_err atc_onenet_encode_miplcreate(const atc_onenet_miplcreate *msg, char *buf, size_t cap, size_t *len);

/* response +MIPLDELETE: ref
 * spec line 230 */
typedef struct atc_onenet_mipldelete_test {
    atc_str ref;
} atc_onenet_mipldelete_test;
#define ATC_ONENET_MIPLDELETE_TEST_INIT_ZERO {{NULL, 0}}
#define ATC_ONENET_MIPLDELETE_TEST_MAX_LEN (18u + 1u * ATC_MAX_LINE)
ATC_API atc_err atc_onenet_encode_mipldelete_test(const atc_onenet_mipldelete_test *msg, char *buf, size_t cap, size_t *len);

/* response +MIPLVER: version
 * spec line 245 */
typedef struct atc_onenet_miplver {
    atc_str version;
} atc_onenet_miplver;
#define ATC_ONENET_MIPLVER_INIT_ZERO {{NULL, 0}}
#define ATC_ONENET_MIPLVER_MAX_LEN (15u + 1u * ATC_MAX_LINE)
ATC_API atc_err atc_onenet_encode_miplver(const atc_onenet_miplver *msg, char *buf, size_t cap, size_t *len);

/* response +MIPLADDOBJ: ref,obj_id,ins_count,ins_bitmap,attr_count,act_count
 * spec line 260 */
typedef struct atc_onenet_mipladdobj_test {
    atc_str ref;
    atc_str obj_id;
    atc_str ins_count;
    atc_str ins_bitmap;
    atc_str attr_count;
    atc_str act_count;
} atc_onenet_mipladdobj_test;
#define ATC_ONENET_MIPLADDOBJ_TEST_INIT_ZERO {{NULL, 0}, {NULL, 0}, {NULL, 0}, {NULL, 0}, {NULL, 0}, {NULL, 0}}
#define ATC_ONENET_MIPLADDOBJ_TEST_MAX_LEN (23u + 6u * ATC_MAX_LINE)
ATC_API atc_err atc_onenet_encode_mipladdobj_test(const atc_onenet_mipladdobj_test *msg, char *buf, size_t cap, size_t *len);

/* response +MIPLDELOBJ: ref,obj_id
 * spec line 279 */
typedef struct atc_onenet_mipldelobj_test {
    atc_str ref;
    atc_str obj_id;
} atc_onenet_mipldelobj_test;
#define ATC_ONENET_MIPLDELOBJ_TEST_INIT_ZERO {{NULL, 0}, {NULL, 0}}
#define ATC_ONENET_MIPLDELOBJ_TEST_MAX_LEN (19u + 2u * ATC_MAX_LINE)
ATC_API atc_err atc_onenet_encode_mipldelobj_test(const atc_onenet_mipldelobj_test *msg, char *buf, size_t cap, size_t *len);

/* response +MIPLOPEN: ref,lifetime,timeout
 * spec line 294 */
typedef struct atc_onenet_miplopen_test {
    atc_str ref;
    atc_str lifetime;
    bool has_timeout;
    atc_str timeout;
} atc_onenet_miplopen_test;
#define ATC_ONENET_MIPLOPEN_TEST_INIT_ZERO {{NULL, 0}, {NULL, 0}, false, {NULL, 0}}
#define ATC_ONENET_MIPLOPEN_TEST_MAX_LEN (18u + 3u * ATC_MAX_LINE)
ATC_API atc_err atc_onenet_encode_miplopen_test(const atc_onenet_miplopen_test *msg, char *buf, size_t cap, size_t *len);

/* response +MIPLCLOSE: ref
 * spec line 312 */
typedef struct atc_onenet_miplclose_test {
    atc_str ref;
} atc_onenet_miplclose_test;
#define ATC_ONENET_MIPLCLOSE_TEST_INIT_ZERO {{NULL, 0}}
#define ATC_ONENET_MIPLCLOSE_TEST_MAX_LEN (17u + 1u * ATC_MAX_LINE)
ATC_API atc_err atc_onenet_encode_miplclose_test(const atc_onenet_miplclose_test *msg, char *buf, size_t cap, size_t *len);

/* response +MIPLDISCOVERRSP: ref,msg_id,result,length,valuestring,rai_mode
 * spec line 326 */
typedef struct atc_onenet_mipldiscoverrsp_test {
    atc_str ref;
    atc_str msg_id;
    atc_str result;
    bool has_length;
    atc_str length;
    bool has_valuestring;
    atc_str valuestring;
    bool has_rai_mode;
    atc_str rai_mode;
} atc_onenet_mipldiscoverrsp_test;
#define ATC_ONENET_MIPLDISCOVERRSP_TEST_INIT_ZERO {{NULL, 0}, {NULL, 0}, {NULL, 0}, false, {NULL, 0}, false, {NULL, 0}, false, {NULL, 0}}
#define ATC_ONENET_MIPLDISCOVERRSP_TEST_MAX_LEN (28u + 6u * ATC_MAX_LINE)
ATC_API atc_err atc_onenet_encode_mipldiscoverrsp_test(const atc_onenet_mipldiscoverrsp_test *msg, char *buf, size_t cap, size_t *len);

/* response +MIPLOBSERVERSP: ref,msg_id,result,rai_mode
 * spec line 356 */
typedef struct atc_onenet_miplobserversp_test {
    atc_str ref;
    atc_str msg_id;
    atc_str result;
    bool has_rai_mode;
    atc_str rai_mode;
} atc_onenet_miplobserversp_test;
#define ATC_ONENET_MIPLOBSERVERSP_TEST_INIT_ZERO {{NULL, 0}, {NULL, 0}, {NULL, 0}, false, {NULL, 0}}
#define ATC_ONENET_MIPLOBSERVERSP_TEST_MAX_LEN (25u + 4u * ATC_MAX_LINE)
ATC_API atc_err atc_onenet_encode_miplobserversp_test(const atc_onenet_miplobserversp_test *msg, char *buf, size_t cap, size_t *len);

/* response +MIPLREADRSP: ref,msg_id,result,obj_id,ins_id,res_id,value_type,len,value,index,flag,rai_mode
 * spec line 384 */
typedef struct atc_onenet_miplreadrsp_test {
    atc_str ref;
    atc_str msg_id;
    atc_str result;
    bool has_obj_id;
    atc_str obj_id;
    bool has_ins_id;
    atc_str ins_id;
    bool has_res_id;
    atc_str res_id;
    bool has_value_type;
    atc_str value_type;
    bool has_len;
    atc_str len;
    bool has_value;
    atc_str value;
    bool has_index;
    atc_str index;
    bool has_flag;
    atc_str flag;
    bool has_rai_mode;
    atc_str rai_mode;
} atc_onenet_miplreadrsp_test;
#define ATC_ONENET_MIPLREADRSP_TEST_INIT_ZERO {{NULL, 0}, {NULL, 0}, {NULL, 0}, false, {NULL, 0}, false, {NULL, 0}, false, {NULL, 0}, false, {NULL, 0}, false, {NULL, 0}, false, {NULL, 0}, false, {NULL, 0}, false, {NULL, 0}, false, {NULL, 0}}
#define ATC_ONENET_MIPLREADRSP_TEST_MAX_LEN (30u + 12u * ATC_MAX_LINE)
ATC_API atc_err atc_onenet_encode_miplreadrsp_test(const atc_onenet_miplreadrsp_test *msg, char *buf, size_t cap, size_t *len);

/* response +MIPLWRITERSP: ref,msg_id,result,rai_mode
 * spec line 439 */
typedef struct atc_onenet_miplwritersp_test {
    atc_str ref;
    atc_str msg_id;
    atc_str result;
    bool has_rai_mode;
    atc_str rai_mode;
} atc_onenet_miplwritersp_test;
#define ATC_ONENET_MIPLWRITERSP_TEST_INIT_ZERO {{NULL, 0}, {NULL, 0}, {NULL, 0}, false, {NULL, 0}}
#define ATC_ONENET_MIPLWRITERSP_TEST_MAX_LEN (23u + 4u * ATC_MAX_LINE)
ATC_API atc_err atc_onenet_encode_miplwritersp_test(const atc_onenet_miplwritersp_test *msg, char *buf, size_t cap, size_t *len);

/* response +MIPLEXECUTERSP: ref,msg_id,result,rai_mode
 * spec line 466 */
typedef struct atc_onenet_miplexecutersp_test {
    atc_str ref;
    atc_str msg_id;
    atc_str result;
    bool has_rai_mode;
    atc_str rai_mode;
} atc_onenet_miplexecutersp_test;
#define ATC_ONENET_MIPLEXECUTERSP_TEST_INIT_ZERO {{NULL, 0}, {NULL, 0}, {NULL, 0}, false, {NULL, 0}}
#define ATC_ONENET_MIPLEXECUTERSP_TEST_MAX_LEN (25u + 4u * ATC_MAX_LINE)
ATC_API atc_err atc_onenet_encode_miplexecutersp_test(const atc_onenet_miplexecutersp_test *msg, char *buf, size_t cap, size_t *len);

/* response +MIPLPARAMETERRSP: ref,msg_id,result,rai_mode
 * spec line 493 */
typedef struct atc_onenet_miplparameterrsp_test {
    atc_str ref;
    atc_str msg_id;
    atc_str result;
    bool has_rai_mode;
    atc_str rai_mode;
} atc_onenet_miplparameterrsp_test;
#define ATC_ONENET_MIPLPARAMETERRSP_TEST_INIT_ZERO {{NULL, 0}, {NULL, 0}, {NULL, 0}, false, {NULL, 0}}
#define ATC_ONENET_MIPLPARAMETERRSP_TEST_MAX_LEN (27u + 4u * ATC_MAX_LINE)
ATC_API atc_err atc_onenet_encode_miplparameterrsp_test(const atc_onenet_miplparameterrsp_test *msg, char *buf, size_t cap, size_t *len);

/* response +MIPLNOTIFY: ref,msg_id,obj_id,ins_id,res_id,value_type,len,value,index,flag,ack_id,rai_mode
 * spec line 519 */
typedef struct atc_onenet_miplnotify_test {
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
    bool has_ack_id;
    atc_str ack_id;
    bool has_rai_mode;
    atc_str rai_mode;
} atc_onenet_miplnotify_test;
#define ATC_ONENET_MIPLNOTIFY_TEST_INIT_ZERO {{NULL, 0}, {NULL, 0}, {NULL, 0}, {NULL, 0}, {NULL, 0}, {NULL, 0}, {NULL, 0}, {NULL, 0}, {NULL, 0}, {NULL, 0}, false, {NULL, 0}, false, {NULL, 0}}
#define ATC_ONENET_MIPLNOTIFY_TEST_MAX_LEN (29u + 12u * ATC_MAX_LINE)
ATC_API atc_err atc_onenet_encode_miplnotify_test(const atc_onenet_miplnotify_test *msg, char *buf, size_t cap, size_t *len);

/* response +MIPLUPDATE: ref,lifetime,with_object_flag,rai_mode
 * spec line 556 */
typedef struct atc_onenet_miplupdate_test {
    atc_str ref;
    atc_str lifetime;
    atc_str with_object_flag;
    bool has_rai_mode;
    atc_str rai_mode;
} atc_onenet_miplupdate_test;
#define ATC_ONENET_MIPLUPDATE_TEST_INIT_ZERO {{NULL, 0}, {NULL, 0}, {NULL, 0}, false, {NULL, 0}}
#define ATC_ONENET_MIPLUPDATE_TEST_MAX_LEN (21u + 4u * ATC_MAX_LINE)
ATC_API atc_err atc_onenet_encode_miplupdate_test(const atc_onenet_miplupdate_test *msg, char *buf, size_t cap, size_t *len);

/* response +QSOTAINFO: sw_version,mem_size
 * spec line 575 */
typedef struct atc_onenet_qsotainfo {
    atc_str sw_version;
    int32_t mem_size;
} atc_onenet_qsotainfo;
#define ATC_ONENET_QSOTAINFO_INIT_ZERO {{NULL, 0}, 0}
#define ATC_ONENET_QSOTAINFO_MAX_LEN 126u
ATC_API atc_err atc_onenet_encode_qsotainfo(const atc_onenet_qsotainfo *msg, char *buf, size_t cap, size_t *len);

/* urc +MIPLDISCOVER: ref,msg_id,obj_id
 * spec line 626: Discover request for an object; answer with AT+MIPLDISCOVERRSP within 10 s */
typedef struct atc_onenet_mipldiscover {
    int32_t ref;
    int32_t msg_id;
    int32_t obj_id;
} atc_onenet_mipldiscover;
#define ATC_ONENET_MIPLDISCOVER_INIT_ZERO {0, 0, 0}
#define ATC_ONENET_MIPLDISCOVER_MAX_LEN 48u
ATC_API atc_err atc_onenet_encode_mipldiscover(const atc_onenet_mipldiscover *msg, char *buf, size_t cap, size_t *len);

/* urc +MIPLOBSERVE: ref,msg_id,flag,obj_id,ins_id,res_id
 * spec line 640: Observe request; with automatic answers disabled, answer with AT+MIPLOBSERVERSP within 10 s */
typedef struct atc_onenet_miplobserve {
    int32_t ref;
    int32_t msg_id;
    int32_t flag; /* atc_onenet_miplobserve_flag */
    int32_t obj_id;
    int32_t ins_id;
    int32_t res_id;
} atc_onenet_miplobserve;
#define ATC_ONENET_MIPLOBSERVE_INIT_ZERO {0, 0, 0, 0, 0, 0}
#define ATC_ONENET_MIPLOBSERVE_MAX_LEN 61u
ATC_API atc_err atc_onenet_encode_miplobserve(const atc_onenet_miplobserve *msg, char *buf, size_t cap, size_t *len);

/* urc +MIPLREAD: ref,msg_id,obj_id,ins_id,res_id
 * spec line 657: Read request; answer with AT+MIPLREADRSP within 10 s */
typedef struct atc_onenet_miplread {
    int32_t ref;
    int32_t msg_id;
    int32_t obj_id;
    int32_t ins_id;
    int32_t res_id;
} atc_onenet_miplread;
#define ATC_ONENET_MIPLREAD_INIT_ZERO {0, 0, 0, 0, 0}
#define ATC_ONENET_MIPLREAD_MAX_LEN 56u
ATC_API atc_err atc_onenet_encode_miplread(const atc_onenet_miplread *msg, char *buf, size_t cap, size_t *len);

/* urc +MIPLWRITE: ref,msg_id,obj_id,ins_id,res_id,value_type,len,value,flag,index
 * spec line 674: Write request; answer with AT+MIPLWRITERSP within 10 s. Less than 1000 bytes of data recommended (line 693) */
typedef struct atc_onenet_miplwrite {
    int32_t ref;
    int32_t msg_id;
    int32_t obj_id;
    int32_t ins_id;
    int32_t res_id;
    int32_t value_type; /* atc_onenet_value_type */
    int32_t len;
    atc_str value;
    int32_t flag; /* atc_onenet_flag */
    int32_t index;
} atc_onenet_miplwrite;
#define ATC_ONENET_MIPLWRITE_INIT_ZERO {0, 0, 0, 0, 0, 0, 0, {NULL, 0}, 0, 0}
#define ATC_ONENET_MIPLWRITE_MAX_LEN (86u + 1u * ATC_MAX_LINE)
ATC_API atc_err atc_onenet_encode_miplwrite(const atc_onenet_miplwrite *msg, char *buf, size_t cap, size_t *len);

/* urc +MIPLEXECUTE: ref,msg_id,obj_id,ins_id,res_id,len,arguments
 * spec line 702: Execute request; answer with AT+MIPLEXECUTERSP within 10 s */
typedef struct atc_onenet_miplexecute {
    int32_t ref;
    int32_t msg_id;
    int32_t obj_id;
    int32_t ins_id;
    int32_t res_id;
    bool has_len;
    int32_t len;
    bool has_arguments;
    atc_str arguments;
} atc_onenet_miplexecute;
#define ATC_ONENET_MIPLEXECUTE_INIT_ZERO {0, 0, 0, 0, 0, false, 0, false, {NULL, 0}}
#define ATC_ONENET_MIPLEXECUTE_MAX_LEN (72u + 1u * ATC_MAX_LINE)
ATC_API atc_err atc_onenet_encode_miplexecute(const atc_onenet_miplexecute *msg, char *buf, size_t cap, size_t *len);

/* urc +MIPLPARAMETER: ref,msg_id,obj_id,ins_id,res_id,len,parameter
 * spec line 725: Write-attributes request; answer with AT+MIPLPARAMETERRSP within 10 s */
typedef struct atc_onenet_miplparameter {
    int32_t ref;
    int32_t msg_id;
    int32_t obj_id;
    int32_t ins_id;
    int32_t res_id;
    int32_t len;
    atc_str parameter;
} atc_onenet_miplparameter;
#define ATC_ONENET_MIPLPARAMETER_INIT_ZERO {0, 0, 0, 0, 0, 0, {NULL, 0}}
#define ATC_ONENET_MIPLPARAMETER_MAX_LEN (74u + 1u * ATC_MAX_LINE)
ATC_API atc_err atc_onenet_encode_miplparameter(const atc_onenet_miplparameter *msg, char *buf, size_t cap, size_t *len);

/* urc +MIPLEVENT: ref,evtid,ack_id
 * spec line 542: Result of a CON notify (AT+MIPLNOTIFY with <ackId> not 0) that failed */
typedef struct atc_onenet_miplevent_notify_failed {
    int32_t ref;
    int32_t evtid; /* atc_onenet_evtid */
    int32_t ack_id;
} atc_onenet_miplevent_notify_failed;
#define ATC_ONENET_MIPLEVENT_NOTIFY_FAILED_INIT_ZERO {0, 0, 0}
#define ATC_ONENET_MIPLEVENT_NOTIFY_FAILED_MAX_LEN 37u
ATC_API atc_err atc_onenet_encode_miplevent_notify_failed(const atc_onenet_miplevent_notify_failed *msg, char *buf, size_t cap, size_t *len);

/* urc +MIPLEVENT: ref,evtid,ack_id
 * spec line 542: Result of a CON notify (AT+MIPLNOTIFY with <ackId> not 0) that succeeded */
typedef struct atc_onenet_miplevent_notify_success {
    int32_t ref;
    int32_t evtid; /* atc_onenet_evtid */
    int32_t ack_id;
} atc_onenet_miplevent_notify_success;
#define ATC_ONENET_MIPLEVENT_NOTIFY_SUCCESS_INIT_ZERO {0, 0, 0}
#define ATC_ONENET_MIPLEVENT_NOTIFY_SUCCESS_MAX_LEN 37u
ATC_API atc_err atc_onenet_encode_miplevent_notify_success(const atc_onenet_miplevent_notify_success *msg, char *buf, size_t cap, size_t *len);

/* urc +MIPLEVENT: ref,evtid,extend,ack_id,time_stamp,cache_command_flag
 * spec line 744: An event (see <evtid>) */
typedef struct atc_onenet_miplevent {
    int32_t ref;
    int32_t evtid; /* atc_onenet_evtid */
    bool has_extend;
    int32_t extend;
    bool has_ack_id;
    int32_t ack_id;
    bool has_time_stamp;
    atc_str time_stamp;
    bool has_cache_command_flag;
    int32_t cache_command_flag; /* atc_onenet_cache_command_flag */
} atc_onenet_miplevent;
#define ATC_ONENET_MIPLEVENT_INIT_ZERO {0, 0, false, 0, false, 0, false, {NULL, 0}, false, 0}
#define ATC_ONENET_MIPLEVENT_MAX_LEN 82u
ATC_API atc_err atc_onenet_encode_miplevent(const atc_onenet_miplevent *msg, char *buf, size_t cap, size_t *len);

#ifdef __cplusplus
}
#endif

#endif /* ATC_ONENET_PROFILE_H */

#endif /* ATC_ONENET_SINGLE_H */

#ifdef ATC_IMPLEMENTATION
#ifndef ATC_RUNTIME_IMPLEMENTED
#define ATC_RUNTIME_IMPLEMENTED

/* atc runtime: line framing around the profile's Ragel machine, pending-command context,
 * payload hand-off, field conversion and the generic encoder. No malloc, no stdio. */
/* (amalgamated: atc.h) */
#include <string.h>

/* ---- Error names and reasons ---- */

static const char *const atc__err_names[ATC_ERR__COUNT] = {
    "ATC_OK", "ATC_ERR_LINE_TOO_LONG", "ATC_ERR_MALFORMED", "ATC_ERR_RANGE", "ATC_ERR_TOO_LONG",
    "ATC_ERR_VALUE", "ATC_ERR_LENGTH", "ATC_ERR_TRUNCATED", "ATC_ERR_BAD_CHAR", "ATC_ERR_MISSING",
    "ATC_ERR_NO_SPACE", "ATC_ERR_UNKNOWN_MESSAGE", "ATC_ERR_BINARY"};

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
    "control byte inside a line"};
#endif

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

/* ---- Parser life cycle ---- */

static void atc__line_reset(atc_parser *p)
{
    uint8_t k;
    p->len = 0;
    p->overflow = 0;
    for (k = 0; k < p->nprofiles; k++) {
        p->m[k].bad = 0;
        p->m[k].nmatch = 0;
        p->m[k].hint = ATC_NO_MSG;
        p->m[k].fields_at = 0;
    }
}

ATC_API int atc_init_multi(atc_parser *p, const atc_profile *const *profiles, uint8_t n,
                           const atc_callbacks *cb, void *user)
{
    uint8_t k;
    if (n == 0 || n > ATC_MAX_PROFILES)
        return -1;
    memset(p, 0, sizeof *p);
    p->user = user;
    p->cb = cb;
    p->nprofiles = n;
    p->profile = profiles[0];
    for (k = 0; k < n; k++) {
        p->profiles[k] = profiles[k];
        p->m[k].cs = profiles[k]->start_state;
    }
    p->mode = ATC_MODE_LINES;
    p->pending = ATC_NO_MSG;
    p->prompt_len = -2;
    atc__line_reset(p);
    return 0;
}

ATC_API void atc_init(atc_parser *p, const atc_profile *profile, const atc_callbacks *cb, void *user)
{
    atc_init_multi(p, &profile, 1, cb, user);
}

ATC_API void atc_reset_pending(atc_parser *p)
{
    p->pending = ATC_NO_MSG;
    p->prompt_len = -2;
    p->prompt_after_ok = 0;
}

/* ---- Callbacks from the generated machine ---- */

ATC_API void atc__machine_match(atc_machine *m, uint16_t alt)
{
    if (m->nmatch < ATC_MAX_MATCH)
        m->match[m->nmatch++] = alt;
}

ATC_API int atc__prompt_expected(const atc_parser *p)
{
    return p->prompt_len != -2 && !p->prompt_after_ok;
}

/* Does message id of machine m's profile answer the pending command? (ATC_M_CONTEXT lines) */
ATC_API int atc__answers_pending(const atc_parser *p, const atc_machine *m, uint16_t id)
{
    uint8_t k = (uint8_t)(m - p->m), i;
    const atc_msg_desc *d = &p->profiles[k]->msgs[id];
    if (k != p->pending_profile)
        return 0;
    for (i = 0; i < d->nanswers; i++)
        if (d->answers[i] == p->pending)
            return 1;
    return 0;
}

/* ---- Field types ---- */

ATC_API atc_type atc_field_type(const atc_field_desc *fields, uint8_t index, const void *msg)
{
    const atc_field_desc *f = &fields[index];
    const atc_field_desc *sel;
    int32_t v;
    uint8_t i;
    if (f->type != ATC_T_DYNAMIC)
        return (atc_type)f->type;
    sel = &fields[f->type_from];
    if (sel->flags & ATC_F_OPTIONAL) {
        bool has;
        memcpy(&has, (const char *)msg + sel->has_offset, sizeof has);
        if (!has)
            return ATC_T_DYNAMIC;
    }
    memcpy(&v, (const char *)msg + sel->offset, sizeof v);
    for (i = 0; i < f->ndyn; i++)
        if (f->dyn[2 * i] == v)
            return (atc_type)f->dyn[2 * i + 1];
    return ATC_T_DYNAMIC;
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

/* -?digits(.digits)? */
static int atc__is_float(const char *s, const char *e)
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

/* ---- Field conversion (called by the field splitter, runtime/atc_fields.rl) ---- */

static int atc__in_ranges(const atc_field_desc *f, int32_t v)
{
    uint8_t i;
    if (f->nranges == 0)
        return 1;
    for (i = 0; i < f->nranges; i++)
        if (v >= f->ranges[2 * i] && v <= f->ranges[2 * i + 1])
            return 1;
    return 0;
}

static atc_err atc__parse_int(const char *s, const char *e, int hex, int32_t *out)
{
    int neg = 0;
    int64_t v = 0;
    if (s < e && *s == '-') {
        neg = 1;
        s++;
    }
    if (hex) {
        if (e - s < 3 || s[0] != '0' || (s[1] != 'x' && s[1] != 'X'))
            return ATC_ERR_MALFORMED;
        s += 2;
    }
    if (s == e)
        return ATC_ERR_MALFORMED;
    for (; s < e; s++) {
        int d;
        char c = *s;
        if (c >= '0' && c <= '9')
            d = c - '0';
        else if (hex && c >= 'a' && c <= 'f')
            d = c - 'a' + 10;
        else if (hex && c >= 'A' && c <= 'F')
            d = c - 'A' + 10;
        else
            return ATC_ERR_MALFORMED;
        v = v * (hex ? 16 : 10) + d;
        if (v > (int64_t)INT32_MAX + 1)
            return ATC_ERR_RANGE;
    }
    if (neg)
        v = -v;
    if (v > INT32_MAX || v < INT32_MIN)
        return ATC_ERR_RANGE;
    *out = (int32_t)v;
    return ATC_OK;
}

/* Strip the quotes and undo backslash escapes in place; returns the new length. */
static uint16_t atc__unquote(char *s, const char *e)
{
    const char *r = s + 1;
    char *w = s;
    e--; /* closing quote */
    while (r < e) {
        if (*r == '\\' && r + 1 < e)
            r++;
        *w++ = *r++;
    }
    return (uint16_t)(w - s);
}

static void *atc__at(atc_parser *p, uint16_t off)
{
    return p->msg.bytes + off;
}

static void atc__set_has(atc_parser *p, const atc_field_desc *f)
{
    if (f->flags & ATC_F_OPTIONAL) {
        bool yes = true;
        memcpy(atc__at(p, f->has_offset), &yes, sizeof yes);
    }
}

/* Convert one value [start, end) into field i (into its next element, for a list). */
static atc_err atc__store(atc__field_sink *s, uint8_t i, char *start, char *end)
{
    atc_parser *p = s->p;
    const atc_field_desc *f = &s->d->fields[i];
    atc_type type = atc_field_type(s->d->fields, i, p->msg.bytes);
    uint16_t offset = f->offset;
    if (f->flags & ATC_F_LIST) {
        uint8_t n = (uint8_t)p->msg.bytes[f->count_offset];
        if (n >= f->max_count)
            return ATC_ERR_TOO_LONG;
        offset = (uint16_t)(offset + n * (f->type == ATC_T_INT || f->type == ATC_T_HEX ? sizeof(int32_t)
                                                                                       : sizeof(atc_str)));
        p->msg.bytes[f->count_offset] = (char)(n + 1);
    }
    if (type == ATC_T_DYNAMIC) /* the choosing field is absent or names no known type */
        return ATC_ERR_VALUE;
    if (type == ATC_T_TEXT) { /* the rest of the line, commas included, without spaces around */
        end = p->line + p->len;
        while (start < end && *start == ' ')
            start++;
    }
    while (end > start && (end[-1] == ' ') && type != ATC_T_STRING)
        end--;
    if (f->label) {
        size_t n = strlen(f->label);
        if ((size_t)(end - start) < n || memcmp(start, f->label, n) != 0)
            return ATC_ERR_MALFORMED;
        start += n;
    }
    if (f->type == ATC_T_DYNAMIC && type != ATC_T_STRING) {
        /* a number typed by another field is kept as its text, but checked */
        int32_t v;
        if (start < end && *start == '"')
            return ATC_ERR_MALFORMED;
        if ((type == ATC_T_INT || type == ATC_T_HEX) && atc__parse_int(start, end, type == ATC_T_HEX, &v) != ATC_OK)
            return ATC_ERR_MALFORMED;
        if (type == ATC_T_FLOAT && !atc__is_float(start, end))
            return ATC_ERR_MALFORMED;
        type = ATC_T_TOKEN;
    }
    if (type == ATC_T_LITERAL)
        return ATC_OK;
    if (type == ATC_T_INT || type == ATC_T_HEX) {
        int32_t v = 0;
        atc_err e = atc__parse_int(start, end, type == ATC_T_HEX, &v);
        if (e == ATC_OK && !atc__in_ranges(f, v))
            e = ATC_ERR_RANGE;
        if (e == ATC_ERR_RANGE && i == s->d->payload_field)
            e = ATC_ERR_LENGTH;
        if (e != ATC_OK)
            return e;
        memcpy(atc__at(p, offset), &v, sizeof v);
    } else {
        atc_str v;
        v.ptr = start;
        v.len = (uint16_t)(end - start);
        if (type == ATC_T_STRING) {
            if (v.len < 2 || start[0] != '"' || end[-1] != '"')
                return ATC_ERR_MALFORMED;
            if (s->commit) {
                v.len = atc__unquote(start, end);
            } else {
                /* checking a candidate: measure the unescaped value, leave the line as it is */
                const char *r = start + 1;
                v.len = 0;
                while (r < end - 1) {
                    r += (*r == '\\' && r + 1 < end - 1) ? 2 : 1;
                    v.len++;
                }
                v.ptr = start + 1;
            }
        }
        if (f->max_len && v.len > f->max_len)
            return ATC_ERR_TOO_LONG;
        if (f->nvalues) {
            uint8_t k;
            for (k = 0; k < f->nvalues; k++)
                if (strlen(f->values[k]) == v.len && memcmp(f->values[k], v.ptr, v.len) == 0)
                    break;
            if (k == f->nvalues)
                return ATC_ERR_VALUE;
        }
        memcpy(atc__at(p, offset), &v, sizeof v);
    }
    atc__set_has(p, f);
    return ATC_OK;
}

/* The field splitter hands every comma-separated value here, in order; route it to its field. */
ATC_API void atc__field(atc__field_sink *s, char *start, char *end)
{
    const atc_msg_desc *d = s->d;
    const atc_field_desc *f;
    atc_parser *p = s->p;
    if (s->err != ATC_OK || s->next < 0)
        return;
    /* next present field of the shape */
    while (s->next < d->nfields && (d->tag_first < 0 || s->next < d->tag_first) &&
           !(s->shape & (1u << s->next)))
        s->next++;
    if (d->tag_first >= 0 && s->next >= d->tag_first) {
        /* tagged set: a tag names the field of the value that follows it */
        if (s->tag_value < 0) {
            uint8_t i;
            while (end > start && end[-1] == ' ')
                end--;
            for (i = (uint8_t)d->tag_first; i + 1 < d->nfields; i += 2) {
                const char *tag = d->fields[i].values[0];
                if (strlen(tag) == (size_t)(end - start) && memcmp(tag, start, (size_t)(end - start)) == 0)
                    break;
            }
            if (i + 1 >= d->nfields) {
                s->err = ATC_ERR_VALUE;
                return;
            }
            {
                bool has;
                memcpy(&has, (const char *)p->msg.bytes + d->fields[i + 1].has_offset, sizeof has);
                if (has) { /* each tag at most once */
                    s->err = ATC_ERR_MALFORMED;
                    return;
                }
            }
            s->tag_value = (int8_t)(i + 1);
            return;
        }
        s->err = atc__store(s, (uint8_t)s->tag_value, start, end);
        s->tag_value = -1;
        return;
    }
    if (s->next >= d->nfields) {
        s->err = ATC_ERR_MALFORMED;
        return;
    }
    f = &d->fields[s->next];
    if (start == end && (f->flags & ATC_F_EMPTY)) { /* an empty value: the field stays absent */
        s->next++;
        return;
    }
    s->err = atc__store(s, (uint8_t)s->next, start, end);
    if (f->type == ATC_T_TEXT)
        s->next = -1;
    else if (!(f->flags & ATC_F_LIST)) /* a list takes every value that follows */
        s->next++;
}

/* AT+SOCK<m><n>=...: read the indexes glued to the command name (the machine checked them). */
static atc_err atc__fill_index(atc__field_sink *s, uint16_t fields_at)
{
    const atc_msg_desc *d = s->d;
    char *q = s->p->line + 3 + strlen(d->name); /* after "AT+" and the name */
    char *stop = s->p->line + fields_at - (d->form == ATC_FORM_SET ? 1 : 0);
    uint8_t i;
    if (d->form == ATC_FORM_TEST || d->form == ATC_FORM_READ || d->form == ATC_FORM_EXEC)
        stop = s->p->line + s->p->len - (d->suffix ? strlen(d->suffix) : 0);
    for (i = 0; i < d->nindex; i++) {
        char *e = q;
        atc_err err;
        if (!(s->shape & (1u << i)))
            continue;
        if (d->fields[i].type == ATC_T_TOKEN)
            e = q + 1;
        else
            while (e < stop && *e >= '0' && *e <= '9')
                e++;
        if (e > stop)
            return ATC_ERR_MALFORMED;
        err = atc__store(s, i, q, e);
        if (err != ATC_OK)
            return err;
        q = e;
    }
    s->next = (int8_t)d->nindex;
    return ATC_OK;
}

/* Decode the fields of the line for (msg, shape) of profile k into p->msg. */
static atc_err atc__fill(atc_parser *p, uint8_t k, uint16_t id, uint32_t shape, int commit)
{
    const atc_msg_desc *d = &p->profiles[k]->msgs[id];
    atc__field_sink s;
    uint8_t i;
    /* a line without prefix (CGMI's text, USR's help lines) is all fields: the machine's mark may
     * have been moved by another alternative whose head this line begins with ("OK" of "OKI...") */
    uint16_t fields_at = d->prefix[0] ? p->m[k].fields_at : 0;
    memset(p->msg.bytes, 0, d->size);
    s.p = p;
    s.d = d;
    s.shape = shape;
    s.next = 0;
    s.tag_value = -1;
    s.err = ATC_OK;
    s.commit = (uint8_t)commit;
    if (d->nindex) {
        s.err = atc__fill_index(&s, fields_at);
        if (s.err != ATC_OK)
            return s.err;
    }
    if ((shape >> d->nindex) != 0 || d->tag_first >= 0)
        atc__split_fields(&s, p->line + fields_at, (size_t)(p->len - fields_at));
    if (s.err != ATC_OK)
        return s.err;
    if (s.tag_value >= 0) /* a tag without its value */
        return ATC_ERR_MALFORMED;
    /* all present fields must have been filled (a list: at least once) */
    if (s.next >= 0)
        for (i = (uint8_t)s.next; i < d->nfields && (d->tag_first < 0 || i < d->tag_first); i++)
            if ((shape & (1u << i)) && !((d->fields[i].flags & ATC_F_LIST) && p->msg.bytes[d->fields[i].count_offset]))
                return ATC_ERR_MALFORMED;
    return ATC_OK;
}

/* ---- Reading decoded values back (for the pending-command context) ---- */

static int atc__get_int(const atc_msg_desc *d, const void *msg, int field, int32_t *out)
{
    const atc_field_desc *f;
    if (field < 0)
        return 0;
    f = &d->fields[field];
    if (f->flags & ATC_F_OPTIONAL) {
        bool has;
        memcpy(&has, (const char *)msg + f->has_offset, sizeof has);
        if (!has)
            return 0;
    }
    memcpy(out, (const char *)msg + f->offset, sizeof *out);
    return 1;
}

static int atc__has(const atc_msg_desc *d, const void *msg, int field)
{
    const atc_field_desc *f = &d->fields[field];
    bool has = true;
    if (f->flags & ATC_F_OPTIONAL)
        memcpy(&has, (const char *)msg + f->has_offset, sizeof has);
    return has;
}

ATC_API void atc_sent_in(atc_parser *p, const atc_profile *profile, uint16_t id, const void *msg)
{
    const atc_msg_desc *d;
    uint8_t k, r;
    for (k = 0; k < p->nprofiles && p->profiles[k] != profile; k++)
        ;
    if (k == p->nprofiles || id >= profile->nmsgs)
        return;
    d = &profile->msgs[id];
    p->pending = id;
    p->pending_profile = k;
    p->prompt_len = -2;
    /* the first data-phase rule whose condition holds decides */
    for (r = 0; r < d->nprompt; r++) {
        const atc_prompt_desc *pr = &d->prompt[r];
        int32_t v;
        int holds = 1;
        if (pr->when_kind == 1)
            holds = atc__get_int(d, msg, pr->when_field, &v) && v == pr->when_value;
        else if (pr->when_kind == 2 || pr->when_kind == 3)
            holds = atc__has(d, msg, pr->when_field) == (pr->when_kind == 2);
        if (!holds)
            continue;
        if (pr->none)
            return;
        p->prompt_len = atc__get_int(d, msg, pr->length_field, &v) ? v : -1;
        p->prompt_term = pr->terminator;
        p->prompt_cancel = pr->cancel;
        p->prompt_after_ok = pr->after_ok;
        return;
    }
}

ATC_API void atc_sent(atc_parser *p, uint16_t id, const void *msg)
{
    atc_sent_in(p, p->profiles[0], id, msg);
}

/* ---- Events ---- */

static void atc__emit(atc_parser *p, atc_kind kind, uint8_t k, uint16_t id, atc_err err)
{
    atc_event ev;
    const atc_profile *prof = id != ATC_NO_MSG ? p->profiles[k] : NULL;
    ev.profile = prof;
    ev.kind = (uint8_t)kind;
    ev.id = id;
    ev.desc = prof ? &prof->msgs[id] : NULL;
    ev.msg = p->msg.bytes;
    ev.raw.ptr = p->line;
    ev.raw.len = p->len;
    ev.error = err;
    ev.dir = (uint8_t)((ev.desc && ev.desc->kind == ATC_KIND_COMMAND) ||
                               (!ev.desc && p->len >= 2 && (p->line[0] == 'A' || p->line[0] == 'a') &&
                                (p->line[1] == 'T' || p->line[1] == 't'))
                           ? ATC_DIR_TX
                           : ATC_DIR_RX);
    if (p->cb && p->cb->on_event)
        p->cb->on_event(p, &ev);
}

static void atc__data(atc_parser *p, atc_dir dir, const char *data, size_t len)
{
    if (len && p->cb && p->cb->on_data)
        p->cb->on_data(p, dir, data, len);
}

static void atc__data_end(atc_parser *p, atc_dir dir, atc_data_end how)
{
    if (p->cb && p->cb->on_data_end)
        p->cb->on_data_end(p, dir, how);
}

/* Candidates in order of preference: an answer to the pending command that names itself by a
 * prefix; then URCs, results and commands; then a prefix-less answer to the pending command (bare
 * text: "OK" is still OK, a URC still a URC); then any other response (a capture may start after
 * its command). */
#define ATC__RANKS 4
static int atc__rank(const atc_parser *p, uint8_t k, uint16_t id)
{
    const atc_msg_desc *d = &p->profiles[k]->msgs[id];
    uint8_t i;
    if (d->kind != ATC_KIND_RESPONSE)
        return 1;
    for (i = 0; i < d->nanswers; i++)
        if (d->answers[i] == p->pending && k == p->pending_profile)
            return d->prefix[0] ? 0 : 2;
    return 3;
}

static void atc__after(atc_parser *p, uint8_t k, uint16_t id)
{
    const atc_msg_desc *d = &p->profiles[k]->msgs[id];
    int32_t n;
    if (d->kind == ATC_KIND_COMMAND) {
        atc_sent_in(p, p->profiles[k], id, p->msg.bytes);
        return;
    }
    if (d->kind == ATC_KIND_FINAL && !(d->flags & ATC_M_ERROR)) {
        if (p->prompt_len != -2 && p->prompt_after_ok) {
            /* the host's data follows this OK; the command stays pending for its answer */
            p->prompt_after_ok = 0;
            p->mode = ATC_MODE_PROMPT;
            p->prompt_space = 0;
            p->skip_lf = p->after_cr;
            p->left = p->prompt_len >= 0 ? (uint32_t)p->prompt_len : 0;
            p->hold = 0;
            return;
        }
        if (p->await_ok_payload) {
            /* announced bytes (ICA binary URCs) follow this OK */
            p->mode = ATC_MODE_PAYLOAD;
            p->left = p->await_ok_payload;
            p->await_ok_payload = 0;
            return;
        }
    }
    if (d->kind == ATC_KIND_FINAL || (d->flags & ATC_M_ENDS_COMMAND))
        atc_reset_pending(p);
    if (d->flags & ATC_M_ENTERS_DATA) {
        p->mode = ATC_MODE_TRANSPARENT;
        p->mode_profile = k;
        p->hold = 0;
        return;
    }
    if (d->payload_field >= 0 && atc__get_int(d, p->msg.bytes, d->payload_field, &n) && n > 0) {
        if (d->flags & ATC_M_PAYLOAD_AFTER_OK) {
            p->await_ok_payload = (uint32_t)n;
            return;
        }
        p->mode = ATC_MODE_PAYLOAD;
        p->left = (uint32_t)n;
    }
}

static int atc__has_escape(const atc_parser *p)
{
    uint16_t i;
    for (i = 0; i < p->len; i++)
        if (p->line[i] == '\\')
            return 1;
    return 0;
}

static void atc__line_end(atc_parser *p)
{
    uint16_t best = ATC_NO_MSG, first_id = ATC_NO_MSG;
    uint8_t best_k = 0, first_k = 0, k, i;
    atc_err first_err = ATC_ERR_MALFORMED;
    int rank;
    for (k = 0; k < p->nprofiles && first_id == ATC_NO_MSG; k++)
        if (p->m[k].hint != ATC_NO_MSG) {
            first_id = p->m[k].hint;
            first_k = k;
        }
    if (p->overflow) {
        p->len = ATC_MAX_LINE;
        atc__emit(p, ATC_KIND_ERROR, first_k, first_id, ATC_ERR_LINE_TOO_LONG);
        return;
    }
    for (rank = 0; rank < ATC__RANKS && best == ATC_NO_MSG; rank++) {
        for (k = 0; k < p->nprofiles && best == ATC_NO_MSG; k++) {
            const atc_machine *m = &p->m[k];
            for (i = 0; i < m->nmatch; i++) {
                const atc_alt *a = &p->profiles[k]->alts[m->match[i]];
                atc_err e;
                if (atc__rank(p, k, a->msg) != rank)
                    continue;
                e = atc__fill(p, k, a->msg, a->shape, 0);
                if (e == ATC_OK) {
                    best = a->msg;
                    best_k = k;
                    /* the check left every value in place; only escapes need a second pass */
                    if (atc__has_escape(p))
                        atc__fill(p, k, a->msg, a->shape, 1);
                    break;
                }
                if (first_err == ATC_ERR_MALFORMED && e != ATC_ERR_MALFORMED) {
                    first_err = e;
                    first_id = a->msg;
                    first_k = k;
                }
            }
        }
    }
    if (best != ATC_NO_MSG) {
        atc__emit(p, (atc_kind)p->profiles[best_k]->msgs[best].kind, best_k, best, ATC_OK);
        atc__after(p, best_k, best);
        return;
    }
    {
        uint16_t n;
        int binary = 0;
        for (n = 0; n < p->len; n++)
            if ((unsigned char)p->line[n] < 0x20 && p->line[n] != '\t')
                binary = 1;
        if (binary)
            atc__emit(p, ATC_KIND_ERROR, first_k, first_id, ATC_ERR_BINARY);
        else if (first_id == ATC_NO_MSG)
            atc__emit(p, ATC_KIND_UNKNOWN, 0, ATC_NO_MSG, ATC_OK);
        else
            atc__emit(p, ATC_KIND_ERROR, first_k, first_id, first_err);
    }
}

/* Append [from, to) to the line buffer, remembering when it overflows. */
static void atc__keep(atc_parser *p, const char *from, const char *to)
{
    size_t n = (size_t)(to - from);
    size_t room = (size_t)(ATC_MAX_LINE - p->len);
    if (n > room) {
        n = room;
        p->overflow = 1;
    }
    memcpy(p->line + p->len, from, n);
    p->len = (uint16_t)(p->len + n);
}

/* ---- Feeding ---- */

/* Line mode: every profile's machine reads the same bytes. They stop at the same places (after
 * a line end, after a prompt's '>'), so the first machine's stop is everyone's. */
static void atc__line_bytes(atc_parser *p, const char *from, const char *to, int signal);

static const char *atc__lines(atc_parser *p, const char *data, const char *end)
{
    const char *from = NULL;
    size_t n = p->profiles[0]->exec(p, &p->m[0], data, (size_t)(end - data), &from);
#if ATC_MAX_PROFILES > 1
    {
        const char *other;
        uint8_t k;
        for (k = 1; k < p->nprofiles; k++)
            p->profiles[k]->exec(p, &p->m[k], data, n, &other);
    }
#endif
    atc__line_bytes(p, from, p->m[0].signal == ATC__SIG_LINE ? data + n - 1 : data + n, p->m[0].signal);
    return data + n;
}

static const char *atc__marker(const atc_parser *p, uint8_t which)
{
    const atc_profile *prof = p->profiles[p->mode_profile];
    return which == 0 ? prof->escape : prof->leave_lines[which - 1];
}

static int atc__is_leave_start(const atc_parser *p, char c, uint8_t *which)
{
    const atc_profile *prof = p->profiles[p->mode_profile];
    uint8_t i;
    if (prof->escape && c == prof->escape[0]) {
        *which = 0;
        return 1;
    }
    for (i = 0; i < prof->nleave_lines; i++)
        if (c == prof->leave_lines[i][0]) {
            *which = (uint8_t)(i + 1);
            return 1;
        }
    return 0;
}

/* Transparent mode: everything is data until the escape (+++) or a line that ends the mode
 * (NO CARRIER). Bytes that may begin such a marker are held back (they are known: a prefix of the
 * marker) and released as data when the marker does not complete. */
static const char *atc__transparent(atc_parser *p, const char *data, const char *end)
{
    const char *run = data;
    while (data < end) {
        char c = *data;
        if (p->hold) {
            const char *m = atc__marker(p, p->hold_which);
            if (c == m[p->hold]) {
                p->hold++;
                data++;
                run = data;
                if (m[p->hold] == '\0') {
                    uint8_t which = p->hold_which;
                    p->hold = 0;
                    p->mode = ATC_MODE_LINES;
                    atc__data_end(p, ATC_DIR_RX, which == 0 ? ATC_DATA_ESCAPE : ATC_DATA_CARRIER);
                    if (which != 0) /* the module's line: decode it as a result */
                        atc_feed(p, m, strlen(m));
                    return data;
                }
                continue;
            }
            atc__data(p, ATC_DIR_RX, m, p->hold);
            p->hold = 0;
        }
        {
            uint8_t which;
            if (atc__is_leave_start(p, c, &which)) {
                atc__data(p, ATC_DIR_RX, run, (size_t)(data - run));
                p->hold_which = which;
                p->hold = 1;
                data++;
                run = data;
                continue;
            }
        }
        data++;
    }
    atc__data(p, ATC_DIR_RX, run, (size_t)(data - run));
    return data;
}

/* The end of a data phase: the command stays pending until its final result. */
static void atc__prompt_done(atc_parser *p, atc_data_end how)
{
    p->mode = ATC_MODE_LINES;
    p->prompt_len = -2;
    p->hold = 0;
    atc__data_end(p, ATC_DIR_TX, how);
}

/* Host data after a prompt (or after OK): a fixed length, or up to the terminator (which may be
 * several bytes: those that may begin it are held back, as in transparent mode) or cancel byte. */
static const char *atc__prompt_data(atc_parser *p, const char *data, const char *end)
{
    if (p->prompt_space) {
        p->prompt_space = 0;
        if (*data == ' ')
            return data + 1;
    }
    if (p->skip_lf) {
        p->skip_lf = 0;
        if (*data == '\n')
            return data + 1;
    }
    if (p->prompt_len >= 0) {
        size_t n = (size_t)(end - data);
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
        const char *run = data, *t = p->prompt_term;
        while (data < end) {
            char c = *data;
            if (t && c == t[p->hold]) {
                if (p->hold == 0)
                    atc__data(p, ATC_DIR_TX, run, (size_t)(data - run));
                p->hold++;
                data++;
                run = data;
                if (t[p->hold] == '\0') {
                    atc__prompt_done(p, ATC_DATA_SUBMIT);
                    return data;
                }
                continue;
            }
            if (p->hold) { /* not the terminator after all: its first bytes were data */
                atc__data(p, ATC_DIR_TX, t, p->hold);
                p->hold = 0;
                run = data;
                continue; /* this byte may begin the terminator again */
            }
            if (p->prompt_cancel >= 0 && c == (char)p->prompt_cancel) {
                atc__data(p, ATC_DIR_TX, run, (size_t)(data - run));
                atc__prompt_done(p, ATC_DATA_CANCEL);
                return data + 1;
            }
            data++;
        }
        atc__data(p, ATC_DIR_TX, run, (size_t)(data - run));
        return data;
    }
}

static const char *atc__payload(atc_parser *p, const char *data, const char *end)
{
    size_t n;
    if (p->after_cr) { /* the header ended in CR: its LF is framing, not payload */
        p->after_cr = 0;
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

/* After the machines ran: keep the line's bytes, and act on what stopped them. */
static void atc__line_bytes(atc_parser *p, const char *from, const char *to, int signal)
{
    uint8_t k;
    if (from)
        atc__keep(p, from, to);
    if (signal == ATC__SIG_LINE) {
        p->after_cr = (uint8_t)(to[0] == '\r');
        atc__line_end(p);
        atc__line_reset(p);
    } else if (signal == ATC__SIG_PROMPT) {
        uint16_t prompt = p->profiles[p->pending_profile]->msg_prompt;
        atc__line_reset(p);
        for (k = 0; k < p->nprofiles; k++)
            p->m[k].cs = p->profiles[k]->start_state;
        if (prompt != ATC_NO_MSG) {
            memset(p->msg.bytes, 0, sizeof p->msg.bytes);
            atc__emit(p, ATC_KIND_INTERMEDIATE, p->pending_profile, prompt, ATC_OK);
        }
        p->mode = ATC_MODE_PROMPT;
        p->prompt_space = 1;
        p->left = p->prompt_len >= 0 ? (uint32_t)p->prompt_len : 0;
    }
}

ATC_API void atc_feed(atc_parser *p, const char *data, size_t len)
{
    const char *end = data + len;
    while (data < end) {
        switch (p->mode) {
        case ATC_MODE_LINES:
            data = atc__lines(p, data, end);
            break;
        case ATC_MODE_PAYLOAD:
            data = atc__payload(p, data, end);
            break;
        case ATC_MODE_PROMPT:
            data = atc__prompt_data(p, data, end);
            break;
        default:
            if (p->after_cr) {
                p->after_cr = 0;
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

ATC_API void atc_finish(atc_parser *p)
{
    uint8_t k;
    if (p->mode == ATC_MODE_LINES) {
        int mid_line = p->len != 0;
        for (k = 0; k < p->nprofiles; k++)
            if (p->m[k].cs != p->profiles[k]->start_state)
                mid_line = 1;
        if (mid_line) /* the last line; it may begin a payload or transparent mode, ended below */
            atc_feed(p, "\n", 1);
    }
    switch (p->mode) {
    case ATC_MODE_LINES:
        break;
    case ATC_MODE_TRANSPARENT:
        if (p->hold) {
            atc__data(p, ATC_DIR_RX, atc__marker(p, p->hold_which), p->hold);
            p->hold = 0;
        }
        p->mode = ATC_MODE_LINES;
        atc__data_end(p, ATC_DIR_RX, ATC_DATA_TRUNCATED);
        break;
    default: {
        atc_dir dir = p->mode == ATC_MODE_PAYLOAD ? ATC_DIR_RX : ATC_DIR_TX;
        if (p->mode == ATC_MODE_PROMPT && p->hold && p->prompt_term)
            atc__data(p, ATC_DIR_TX, p->prompt_term, p->hold);
        p->hold = 0;
        p->mode = ATC_MODE_LINES;
        atc__data_end(p, dir, ATC_DATA_TRUNCATED);
        p->len = 0;
        atc__emit(p, ATC_KIND_ERROR, 0, ATC_NO_MSG, ATC_ERR_TRUNCATED);
        break;
    }
    }
    atc_reset_pending(p);
    p->await_ok_payload = 0;
    atc__line_reset(p);
    for (k = 0; k < p->nprofiles; k++)
        p->m[k].cs = p->profiles[k]->start_state;
}

/* ---- Encoding ---- */

typedef struct atc__writer {
    char *buf;
    size_t cap, n;
} atc__writer;

static void atc__put(atc__writer *w, const char *s, size_t n)
{
    size_t i;
    for (i = 0; i < n; i++, w->n++)
        if (w->buf && w->n < w->cap)
            w->buf[w->n] = s[i];
}

static void atc__puts(atc__writer *w, const char *s)
{
    atc__put(w, s, strlen(s));
}

/* Decimal, or hex as the spec formats it (prefix case, digit case, zero padding). */
static void atc__put_int(atc__writer *w, int32_t v, int hex, uint8_t fmt)
{
    char tmp[24];
    int i = (int)sizeof tmp, width = hex ? (fmt & ATC_FMT_WIDTH) : 0;
    uint32_t u = v < 0 ? (uint32_t)0 - (uint32_t)v : (uint32_t)v;
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
    if (v < 0)
        tmp[--i] = '-';
    atc__put(w, tmp + i, sizeof tmp - (size_t)i);
}

/* What the grammar accepts as an address: IPv4 digits and dots (a token also needs a dot), IPv6
 * hex digits, dots and at least one colon. */
static int atc__is_addr(const char *s, uint16_t n, int v6, int token)
{
    uint16_t i;
    int colon = 0, dot = 0;
    if (n == 0 || (token && !(s[0] >= '0' && s[0] <= '9')))
        return 0;
    for (i = 0; i < n; i++) {
        char c = s[i];
        int digit = c >= '0' && c <= '9';
        int hex = digit || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
        colon |= c == ':';
        dot |= c == '.' && i + 1 < n; /* ipv4_tok: [0-9]+ '.' [0-9.]+ */
        if (!(v6 ? (hex || c == '.' || c == ':') : (digit || c == '.')))
            return 0;
    }
    return v6 ? colon : (!token || dot);
}

/* The field splitter's quoted string '"' ( [^"\\] | '\\' any )* '"' from s[i]: the index after it, or 0. */
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

/* Can the line grammar and the field splitter read this unquoted value back as it is? (A token,
 * the rest of the line, a test-form answer; numbers typed by another field are tokens.) */
static atc_err atc__check_bare(atc_type type, const char *s, size_t n)
{
    size_t i, end;
    if (n == 0) /* the rest of the line may be empty; another empty value reads as absent or malformed */
        return type == ATC_T_TEXT ? ATC_OK : ATC_ERR_VALUE;
    if (s[0] == ' ' || s[n - 1] == ' ')
        return ATC_ERR_BAD_CHAR; /* spaces around a value are not kept */
    if (type == ATC_T_TEXT) {
        /* the rest of the line: only its beginning must split like a value */
        if (s[0] != '"' && s[0] != '(')
            return ATC_OK;
        end = s[0] == '"' ? atc__skip_qstr(s, n, 0) : atc__skip_paren(s, n, 0);
        while (end && end < n && s[end] == ' ')
            end++;
        return end && (end == n || s[end] == ',') ? ATC_OK : ATC_ERR_VALUE;
    }
    if (s[0] == '"') /* a test-form answer may be one quoted string; a token never starts with one */
        return type == ATC_T_SUPPORTED && atc__skip_qstr(s, n, 0) == n ? ATC_OK : ATC_ERR_BAD_CHAR;
    if (s[0] == '(')
        return atc__skip_paren(s, n, 0) == n ? ATC_OK : ATC_ERR_VALUE;
    if (s[0] == ',' || (type == ATC_T_SUPPORTED && s[0] == ')'))
        return ATC_ERR_BAD_CHAR;
    for (i = 0; i < n; i++)
        if (s[i] == ',')
            return ATC_ERR_BAD_CHAR;
    return ATC_OK;
}

/* One value of field index (element `element` of a list), label included. */
static atc_err atc__put_value(atc__writer *w, const atc_msg_desc *d, uint8_t index, const void *msg,
                              uint8_t element)
{
    const atc_field_desc *f = &d->fields[index];
    const char *at = (const char *)msg + f->offset +
                     element * (f->type == ATC_T_INT || f->type == ATC_T_HEX ? sizeof(int32_t) : sizeof(atc_str));
    atc_type type = atc_field_type(d->fields, index, msg);
    if (f->label)
        atc__puts(w, f->label);
    if (type == ATC_T_LITERAL) {
        atc__puts(w, f->values[0]);
        return ATC_OK;
    }
    if (type == ATC_T_DYNAMIC)
        return ATC_ERR_VALUE;
    if (f->type == ATC_T_INT || f->type == ATC_T_HEX) {
        int32_t v;
        memcpy(&v, at, sizeof v);
        if (!atc__in_ranges(f, v))
            return ATC_ERR_RANGE;
        atc__put_int(w, v, f->type == ATC_T_HEX, f->fmt);
        return ATC_OK;
    }
    {
        atc_str s;
        uint16_t i, len = 0;
        memcpy(&s, at, sizeof s);
        if (s.len && !s.ptr)
            return ATC_ERR_MISSING;
        if (!s.ptr) /* {NULL, 0}, as _INIT_ZERO leaves it: no arithmetic or memcmp on NULL */
            s.ptr = "";
        for (i = 0; i < s.len; i++) {
            char c = s.ptr[i];
            if (c == '\r' || c == '\n' || c == '\0')
                return ATC_ERR_BAD_CHAR;
            if (type == ATC_T_TOKEN && c == ',')
                return ATC_ERR_BAD_CHAR;
        }
        if (f->max_len && s.len > f->max_len)
            return ATC_ERR_TOO_LONG;
        if (type == ATC_T_FLOAT && !atc__is_float(s.ptr, s.ptr + s.len))
            return ATC_ERR_VALUE;
        if ((f->fmt & (ATC_FMT_IPV4 | ATC_FMT_IPV6)) &&
            !atc__is_addr(s.ptr, s.len, (f->fmt & ATC_FMT_IPV6) != 0, type == ATC_T_TOKEN))
            return ATC_ERR_VALUE;
        if (f->type == ATC_T_DYNAMIC && (type == ATC_T_INT || type == ATC_T_HEX)) {
            int32_t v;
            if (atc__parse_int(s.ptr, s.ptr + s.len, type == ATC_T_HEX, &v) != ATC_OK)
                return ATC_ERR_VALUE;
        }
        if (f->nvalues) {
            uint8_t k;
            for (k = 0; k < f->nvalues; k++)
                if (strlen(f->values[k]) == s.len && memcmp(f->values[k], s.ptr, s.len) == 0)
                    break;
            if (k == f->nvalues)
                return ATC_ERR_VALUE;
        }
        if (type != ATC_T_STRING) {
            atc_err e = f->nvalues ? ATC_OK : atc__check_bare(type, s.ptr, s.len);
            if (s.len == 0 && (f->flags & ATC_F_EMPTY)) /* written as nothing: absent (has_ false) */
                e = ATC_ERR_VALUE;
            if (s.len && s.ptr[0] == ',' && (f->flags & ATC_F_EMPTY)) /* an empty value, then another */
                e = ATC_ERR_BAD_CHAR;
            if (e != ATC_OK)
                return e;
            atc__put(w, s.ptr, s.len);
            return ATC_OK;
        }
        atc__put(w, "\"", 1);
        for (i = 0; i < s.len; i++) {
            if (s.ptr[i] == '"' || s.ptr[i] == '\\') {
                atc__put(w, "\\", 1);
                len++;
            }
            atc__put(w, s.ptr + i, 1);
        }
        atc__put(w, "\"", 1);
        return ATC_OK;
    }
}

/* A field's values: a list's every element, a tagged pair's tag and value, or one value. */
static atc_err atc__put_field(atc__writer *w, const atc_msg_desc *d, uint8_t index, const void *msg)
{
    const atc_field_desc *f = &d->fields[index];
    if (f->flags & ATC_F_LIST) {
        uint8_t n = (uint8_t)((const char *)msg)[f->count_offset], k;
        if (n == 0)
            return ATC_ERR_MISSING;
        if (n > f->max_count)
            return ATC_ERR_TOO_LONG;
        for (k = 0; k < n; k++) {
            atc_err e;
            if (k)
                atc__put(w, ",", 1);
            e = atc__put_value(w, d, index, msg, k);
            if (e != ATC_OK)
                return e;
        }
        return ATC_OK;
    }
    if ((f->flags & ATC_F_EMPTY) && !atc__has(d, msg, index))
        return ATC_OK; /* an empty value between two commas */
    return atc__put_value(w, d, index, msg, 0);
}

ATC_API atc_err atc_encode(const atc_msg_desc *d, const void *msg, int frame, char *buf, size_t cap,
                           size_t *len)
{
    atc__writer w;
    size_t start;
    uint32_t mask = 0;
    uint8_t i, nplain = (uint8_t)(d->tag_first >= 0 ? d->tag_first : d->nfields);
    int first = 1, tags = 0;
    int wire = frame == ATC_FRAME_WIRE;
    w.buf = buf;
    w.cap = cap;
    w.n = 0;
    /* the present fields must form one of the syntax's shapes; an absent value that may be empty
     * fits either way, and the first (shortest) shape that fits is written */
    {
        uint32_t has = 0, maybe = 0;
        for (i = 0; i < nplain; i++) {
            if (atc__has(d, msg, i))
                has |= 1u << i;
            else if (d->fields[i].flags & ATC_F_EMPTY)
                maybe |= 1u << i;
        }
        mask = has;
        if (d->nshapes) {
            for (i = 0; i < d->nshapes; i++)
                if ((d->shapes[i] & ~maybe) == has)
                    break;
            if (i == d->nshapes)
                return ATC_ERR_MISSING;
            mask = d->shapes[i];
        }
    }
    for (i = nplain; i + 1 < d->nfields; i += 2)
        tags += atc__has(d, msg, (uint8_t)(i + 1));
    if (d->tag_first >= 0 && tags == 0) /* a tagged set has at least one pair */
        return ATC_ERR_MISSING;
    if (wire && d->kind != ATC_KIND_COMMAND)
        atc__put(&w, "\r\n", 2);
    start = w.n;
    atc__puts(&w, d->prefix);
    for (i = 0; i < d->nindex; i++) { /* AT+SOCK<m><n> */
        atc_err e;
        if (!(mask & (1u << i)))
            continue;
        e = atc__put_value(&w, d, i, msg, 0);
        if (e != ATC_OK)
            return e;
    }
    if (d->suffix)
        atc__puts(&w, d->suffix);
    for (i = d->nindex; i < d->nfields; i++) {
        atc_err e;
        int tagged = d->tag_first >= 0 && i >= d->tag_first;
        if (tagged ? !atc__has(d, msg, (uint8_t)(i + 1)) : !(mask & (1u << i))) {
            i = (uint8_t)(i + (tagged ? 1 : 0));
            continue;
        }
        if (!first)
            atc__put(&w, ",", 1);
        first = 0;
        e = atc__put_field(&w, d, i, msg);
        if (e != ATC_OK)
            return e;
        if (tagged) { /* "TAG",<value> */
            atc__put(&w, ",", 1);
            e = atc__put_field(&w, d, (uint8_t)(i + 1), msg);
            if (e != ATC_OK)
                return e;
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

ATC_API uint16_t atc_find_msg(const atc_profile *prof, atc_kind kind, const char *name,
                              const char *variant, atc_form form, uint16_t after)
{
    uint16_t i = after == ATC_NO_MSG ? 0 : (uint16_t)(after + 1);
    for (; i < prof->nmsgs; i++) {
        const atc_msg_desc *d = &prof->msgs[i];
        if (d->kind != kind || strcmp(d->name, name) != 0)
            continue;
        if (kind == ATC_KIND_COMMAND && d->form != form)
            continue;
        if ((variant == NULL) != (d->variant == NULL))
            continue;
        if (variant && strcmp(variant, d->variant) != 0)
            continue;
        return i;
    }
    return ATC_NO_MSG;
}


/* Splits the fields part of a line that the profile's machine has already accepted, and hands
 * each value to atc__field for conversion. The profile grammar decided validity; this machine
 * only needs the value boundaries, which are the same for every message: commas outside quotes
 * and parentheses, optional spaces around them, and empty values between two commas.
 * Compiled by ragel into generated/atc_fields.c. */
/* (amalgamated: atc.h) */
static const char _atc_fields_actions[] = {
	0, 1, 0, 1, 1, 1, 2, 2, 
	1, 2
};

static const char _atc_fields_key_offsets[] = {
	0, 0, 2, 2, 5, 7, 7, 11, 
	13, 15
};

static const char _atc_fields_trans_keys[] = {
	34, 92, 34, 40, 41, 34, 92, 32, 
	34, 40, 44, 32, 44, 32, 44, 32, 
	44, 0
};

static const char _atc_fields_single_lengths[] = {
	0, 2, 0, 3, 2, 0, 4, 2, 
	2, 2
};

static const char _atc_fields_range_lengths[] = {
	0, 0, 0, 0, 0, 0, 0, 0, 
	0, 0
};

static const char _atc_fields_index_offsets[] = {
	0, 0, 3, 4, 8, 11, 12, 17, 
	20, 23
};

static const char _atc_fields_trans_targs[] = {
	8, 2, 1, 1, 4, 0, 8, 3, 
	3, 5, 4, 4, 6, 1, 3, 6, 
	7, 7, 6, 7, 9, 6, 0, 9, 
	6, 0, 0
};

static const char _atc_fields_trans_actions[] = {
	0, 0, 0, 0, 0, 0, 0, 0, 
	0, 0, 0, 0, 0, 1, 1, 5, 
	1, 3, 7, 0, 3, 7, 0, 0, 
	5, 0, 0
};

static const char _atc_fields_eof_actions[] = {
	0, 0, 0, 0, 0, 0, 0, 3, 
	3, 0
};

static const int atc_fields_start = 6;
static const int atc_fields_first_final = 6;



ATC_API size_t atc__split_fields(atc__field_sink *s, char *line, size_t len)
{
    char *p = line, *pe = line + len, *eof = pe, *ts = line, *te = line;
    int cs;
    
	{
	cs = atc_fields_start;
	}

    
	{
	int _klen;
	unsigned int _trans;
	const char *_acts;
	unsigned int _nacts;
	const char *_keys;

	if ( p == pe )
		goto _test_eof;
	if ( cs == 0 )
		goto _out;
_resume:
	_keys = _atc_fields_trans_keys + _atc_fields_key_offsets[cs];
	_trans = _atc_fields_index_offsets[cs];

	_klen = _atc_fields_single_lengths[cs];
	if ( _klen > 0 ) {
		const char *_lower = _keys;
		const char *_mid;
		const char *_upper = _keys + _klen - 1;
		while (1) {
			if ( _upper < _lower )
				break;

			_mid = _lower + ((_upper-_lower) >> 1);
			if ( (*p) < *_mid )
				_upper = _mid - 1;
			else if ( (*p) > *_mid )
				_lower = _mid + 1;
			else {
				_trans += (unsigned int)(_mid - _keys);
				goto _match;
			}
		}
		_keys += _klen;
		_trans += _klen;
	}

	_klen = _atc_fields_range_lengths[cs];
	if ( _klen > 0 ) {
		const char *_lower = _keys;
		const char *_mid;
		const char *_upper = _keys + (_klen<<1) - 2;
		while (1) {
			if ( _upper < _lower )
				break;

			_mid = _lower + (((_upper-_lower) >> 1) & ~1);
			if ( (*p) < _mid[0] )
				_upper = _mid - 2;
			else if ( (*p) > _mid[1] )
				_lower = _mid + 2;
			else {
				_trans += (unsigned int)((_mid - _keys)>>1);
				goto _match;
			}
		}
		_trans += _klen;
	}

_match:
	cs = _atc_fields_trans_targs[_trans];

	if ( _atc_fields_trans_actions[_trans] == 0 )
		goto _again;

	_acts = _atc_fields_actions + _atc_fields_trans_actions[_trans];
	_nacts = (unsigned int) *_acts++;
	while ( _nacts-- > 0 )
	{
		switch ( *_acts++ )
		{
	case 0:
	{ ts = p; }
	break;
	case 1:
	{ te = p; }
	break;
	case 2:
	{ atc__field(s, ts, te); ts = te = p + 1; }
	break;
		}
	}

_again:
	if ( cs == 0 )
		goto _out;
	if ( ++p != pe )
		goto _resume;
	_test_eof: {}
	if ( p == eof )
	{
	const char *__acts = _atc_fields_actions + _atc_fields_eof_actions[cs];
	unsigned int __nacts = (unsigned int) *__acts++;
	while ( __nacts-- > 0 ) {
		switch ( *__acts++ ) {
	case 1:
	{ te = p; }
	break;
		}
	}
	}

	_out: {}
	}

    if (cs < atc_fields_first_final) {
        if (s->err == ATC_OK && s->next >= 0)
            s->err = ATC_ERR_MALFORMED;
    } else {
        atc__field(s, ts, te); /* the last value */
    }
    return (size_t)(p - line);
}

#endif /* ATC_RUNTIME_IMPLEMENTED */

#ifndef ATC_ONENET_IMPLEMENTED
#define ATC_ONENET_IMPLEMENTED


/* Generated by atc from spec/onenet.yaml: message tables, encoders and the line machine.
 * Do not edit: change the spec and run `make generate`. `ragel -T0 -L` turns this file into
 * generated/onenet.c. */
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

ATC_API const char *atc_onenet_cme_27005_text(int32_t code)
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

/* ---- Field tables ---- */
ATC__ONENET_CHECK(ok_fits, sizeof(atc_onenet_ok) <= ATC_MSG_BUF);
ATC__ONENET_CHECK(error_fits, sizeof(atc_onenet_error) <= ATC_MSG_BUF);
static const int32_t atc__onenet_cme_error_0_ranges[] = {3, 3, 4, 4, 23, 23, 30, 30, 50, 50, 51, 51, 52, 52, 159, 159, 300, 300, 301, 301, 302, 302, 303, 303, 304, 304, 305, 305, 310, 310, 311, 311, 312, 312, 313, 313, 314, 314, 315, 315, 316, 316, 317, 317, 318, 318, 320, 320, 321, 321, 322, 322, 330, 330, 331, 331, 332, 332, 340, 340, 500, 500};
static const atc_field_desc atc__onenet_cme_error_fields[] = {
    { "err", ATC_T_INT, 0, offsetof(atc_onenet_cme_error, err), 0, 0, 31, 0, atc__onenet_cme_error_0_ranges, NULL, 0, -1, 0, NULL, NULL, 0, 0 },
};
static const uint32_t atc__onenet_cme_error_shapes[] = {0x1u};
ATC__ONENET_CHECK(cme_error_fits, sizeof(atc_onenet_cme_error) <= ATC_MSG_BUF);
ATC__ONENET_CHECK(at_miplconfig_test_fits, sizeof(atc_onenet_at_miplconfig_test) <= ATC_MSG_BUF);
ATC__ONENET_CHECK(at_miplconfig_read_fits, sizeof(atc_onenet_at_miplconfig_read) <= ATC_MSG_BUF);
static const int32_t atc__onenet_at_miplconfig_set_access_server_0_ranges[] = {0, 0};
static const int32_t atc__onenet_at_miplconfig_set_access_server_2_ranges[] = {0, 65535};
static const atc_field_desc atc__onenet_at_miplconfig_set_access_server_fields[] = {
    { "mode", ATC_T_INT, 0, offsetof(atc_onenet_at_miplconfig_set_access_server, mode), 0, 0, 1, 0, atc__onenet_at_miplconfig_set_access_server_0_ranges, NULL, 0, -1, 0, NULL, NULL, 0, 0 },
    { "ip", ATC_T_TOKEN, 0, offsetof(atc_onenet_at_miplconfig_set_access_server, ip), 0, 0, 0, 0, NULL, NULL, 64, -1, 0, NULL, NULL, 0, 0 },
    { "port", ATC_T_INT, 0, offsetof(atc_onenet_at_miplconfig_set_access_server, port), 0, 0, 1, 0, atc__onenet_at_miplconfig_set_access_server_2_ranges, NULL, 0, -1, 0, NULL, NULL, 0, 0 },
};
static const uint32_t atc__onenet_at_miplconfig_set_access_server_shapes[] = {0x7u};
ATC__ONENET_CHECK(at_miplconfig_set_access_server_fits, sizeof(atc_onenet_at_miplconfig_set_access_server) <= ATC_MSG_BUF);
static const int32_t atc__onenet_at_miplconfig_set_bootstrap_0_ranges[] = {1, 1};
static const int32_t atc__onenet_at_miplconfig_set_bootstrap_2_ranges[] = {0, 65535};
static const atc_field_desc atc__onenet_at_miplconfig_set_bootstrap_fields[] = {
    { "mode", ATC_T_INT, 0, offsetof(atc_onenet_at_miplconfig_set_bootstrap, mode), 0, 0, 1, 0, atc__onenet_at_miplconfig_set_bootstrap_0_ranges, NULL, 0, -1, 0, NULL, NULL, 0, 0 },
    { "ip", ATC_T_TOKEN, 0, offsetof(atc_onenet_at_miplconfig_set_bootstrap, ip), 0, 0, 0, 0, NULL, NULL, 64, -1, 0, NULL, NULL, 0, 0 },
    { "port", ATC_T_INT, 0, offsetof(atc_onenet_at_miplconfig_set_bootstrap, port), 0, 0, 1, 0, atc__onenet_at_miplconfig_set_bootstrap_2_ranges, NULL, 0, -1, 0, NULL, NULL, 0, 0 },
};
static const uint32_t atc__onenet_at_miplconfig_set_bootstrap_shapes[] = {0x7u};
ATC__ONENET_CHECK(at_miplconfig_set_bootstrap_fits, sizeof(atc_onenet_at_miplconfig_set_bootstrap) <= ATC_MSG_BUF);
static const int32_t atc__onenet_at_miplconfig_set_ack_timeout_0_ranges[] = {2, 2};
static const int32_t atc__onenet_at_miplconfig_set_ack_timeout_2_ranges[] = {2, 20};
static const atc_field_desc atc__onenet_at_miplconfig_set_ack_timeout_fields[] = {
    { "mode", ATC_T_INT, 0, offsetof(atc_onenet_at_miplconfig_set_ack_timeout, mode), 0, 0, 1, 0, atc__onenet_at_miplconfig_set_ack_timeout_0_ranges, NULL, 0, -1, 0, NULL, NULL, 0, 0 },
    { "parameter1", ATC_T_INT, ATC_F_OPTIONAL, offsetof(atc_onenet_at_miplconfig_set_ack_timeout, parameter1), offsetof(atc_onenet_at_miplconfig_set_ack_timeout, has_parameter1), 0, 0, 0, NULL, NULL, 0, -1, 0, NULL, NULL, 0, 0 },
    { "rsp_timeout", ATC_T_INT, 0, offsetof(atc_onenet_at_miplconfig_set_ack_timeout, rsp_timeout), 0, 0, 1, 0, atc__onenet_at_miplconfig_set_ack_timeout_2_ranges, NULL, 0, -1, 0, NULL, NULL, 0, 0 },
};
static const uint32_t atc__onenet_at_miplconfig_set_ack_timeout_shapes[] = {0x5u, 0x7u};
ATC__ONENET_CHECK(at_miplconfig_set_ack_timeout_fits, sizeof(atc_onenet_at_miplconfig_set_ack_timeout) <= ATC_MSG_BUF);
static const int32_t atc__onenet_at_miplconfig_set_obs_autoack_0_ranges[] = {3, 3};
static const int32_t atc__onenet_at_miplconfig_set_obs_autoack_1_ranges[] = {0, 0, 1, 1};
static const atc_field_desc atc__onenet_at_miplconfig_set_obs_autoack_fields[] = {
    { "mode", ATC_T_INT, 0, offsetof(atc_onenet_at_miplconfig_set_obs_autoack, mode), 0, 0, 1, 0, atc__onenet_at_miplconfig_set_obs_autoack_0_ranges, NULL, 0, -1, 0, NULL, NULL, 0, 0 },
    { "obs_autoack", ATC_T_INT, 0, offsetof(atc_onenet_at_miplconfig_set_obs_autoack, obs_autoack), 0, 0, 2, 0, atc__onenet_at_miplconfig_set_obs_autoack_1_ranges, NULL, 0, -1, 0, NULL, NULL, 0, 0 },
};
static const uint32_t atc__onenet_at_miplconfig_set_obs_autoack_shapes[] = {0x3u};
ATC__ONENET_CHECK(at_miplconfig_set_obs_autoack_fits, sizeof(atc_onenet_at_miplconfig_set_obs_autoack) <= ATC_MSG_BUF);
static const int32_t atc__onenet_at_miplconfig_set_auth_0_ranges[] = {4, 4};
static const int32_t atc__onenet_at_miplconfig_set_auth_1_ranges[] = {0, 0, 1, 1};
static const atc_field_desc atc__onenet_at_miplconfig_set_auth_fields[] = {
    { "mode", ATC_T_INT, 0, offsetof(atc_onenet_at_miplconfig_set_auth, mode), 0, 0, 1, 0, atc__onenet_at_miplconfig_set_auth_0_ranges, NULL, 0, -1, 0, NULL, NULL, 0, 0 },
    { "auth_enable", ATC_T_INT, 0, offsetof(atc_onenet_at_miplconfig_set_auth, auth_enable), 0, 0, 2, 0, atc__onenet_at_miplconfig_set_auth_1_ranges, NULL, 0, -1, 0, NULL, NULL, 0, 0 },
    { "auth_code", ATC_T_STRING, ATC_F_OPTIONAL, offsetof(atc_onenet_at_miplconfig_set_auth, auth_code), offsetof(atc_onenet_at_miplconfig_set_auth, has_auth_code), 16, 0, 0, NULL, NULL, 0, -1, 0, NULL, NULL, 0, 0 },
};
static const uint32_t atc__onenet_at_miplconfig_set_auth_shapes[] = {0x3u, 0x7u};
ATC__ONENET_CHECK(at_miplconfig_set_auth_fits, sizeof(atc_onenet_at_miplconfig_set_auth) <= ATC_MSG_BUF);
static const int32_t atc__onenet_at_miplconfig_set_dtls_0_ranges[] = {5, 5};
static const int32_t atc__onenet_at_miplconfig_set_dtls_1_ranges[] = {0, 0, 1, 1};
static const atc_field_desc atc__onenet_at_miplconfig_set_dtls_fields[] = {
    { "mode", ATC_T_INT, 0, offsetof(atc_onenet_at_miplconfig_set_dtls, mode), 0, 0, 1, 0, atc__onenet_at_miplconfig_set_dtls_0_ranges, NULL, 0, -1, 0, NULL, NULL, 0, 0 },
    { "dtls_enable", ATC_T_INT, 0, offsetof(atc_onenet_at_miplconfig_set_dtls, dtls_enable), 0, 0, 2, 0, atc__onenet_at_miplconfig_set_dtls_1_ranges, NULL, 0, -1, 0, NULL, NULL, 0, 0 },
    { "psk", ATC_T_STRING, ATC_F_OPTIONAL, offsetof(atc_onenet_at_miplconfig_set_dtls, psk), offsetof(atc_onenet_at_miplconfig_set_dtls, has_psk), 16, 0, 0, NULL, NULL, 0, -1, 0, NULL, NULL, 0, 0 },
};
static const uint32_t atc__onenet_at_miplconfig_set_dtls_shapes[] = {0x3u, 0x7u};
ATC__ONENET_CHECK(at_miplconfig_set_dtls_fits, sizeof(atc_onenet_at_miplconfig_set_dtls) <= ATC_MSG_BUF);
static const int32_t atc__onenet_at_miplconfig_set_write_format_0_ranges[] = {6, 6};
static const int32_t atc__onenet_at_miplconfig_set_write_format_1_ranges[] = {0, 0, 1, 1};
static const atc_field_desc atc__onenet_at_miplconfig_set_write_format_fields[] = {
    { "mode", ATC_T_INT, 0, offsetof(atc_onenet_at_miplconfig_set_write_format, mode), 0, 0, 1, 0, atc__onenet_at_miplconfig_set_write_format_0_ranges, NULL, 0, -1, 0, NULL, NULL, 0, 0 },
    { "write_format", ATC_T_INT, 0, offsetof(atc_onenet_at_miplconfig_set_write_format, write_format), 0, 0, 2, 0, atc__onenet_at_miplconfig_set_write_format_1_ranges, NULL, 0, -1, 0, NULL, NULL, 0, 0 },
};
static const uint32_t atc__onenet_at_miplconfig_set_write_format_shapes[] = {0x3u};
ATC__ONENET_CHECK(at_miplconfig_set_write_format_fits, sizeof(atc_onenet_at_miplconfig_set_write_format) <= ATC_MSG_BUF);
ATC__ONENET_CHECK(at_miplcreate_exec_fits, sizeof(atc_onenet_at_miplcreate_exec) <= ATC_MSG_BUF);
ATC__ONENET_CHECK(at_mipldelete_test_fits, sizeof(atc_onenet_at_mipldelete_test) <= ATC_MSG_BUF);
static const atc_field_desc atc__onenet_at_mipldelete_set_fields[] = {
    { "ref", ATC_T_INT, 0, offsetof(atc_onenet_at_mipldelete_set, ref), 0, 0, 0, 0, NULL, NULL, 0, -1, 0, NULL, NULL, 0, 0 },
};
static const uint32_t atc__onenet_at_mipldelete_set_shapes[] = {0x1u};
ATC__ONENET_CHECK(at_mipldelete_set_fits, sizeof(atc_onenet_at_mipldelete_set) <= ATC_MSG_BUF);
ATC__ONENET_CHECK(at_miplver_read_fits, sizeof(atc_onenet_at_miplver_read) <= ATC_MSG_BUF);
ATC__ONENET_CHECK(at_mipladdobj_test_fits, sizeof(atc_onenet_at_mipladdobj_test) <= ATC_MSG_BUF);
static const int32_t atc__onenet_at_mipladdobj_set_1_ranges[] = {0, 65535};
static const atc_field_desc atc__onenet_at_mipladdobj_set_fields[] = {
    { "ref", ATC_T_INT, 0, offsetof(atc_onenet_at_mipladdobj_set, ref), 0, 0, 0, 0, NULL, NULL, 0, -1, 0, NULL, NULL, 0, 0 },
    { "obj_id", ATC_T_INT, 0, offsetof(atc_onenet_at_mipladdobj_set, obj_id), 0, 0, 1, 0, atc__onenet_at_mipladdobj_set_1_ranges, NULL, 0, -1, 0, NULL, NULL, 0, 0 },
    { "ins_count", ATC_T_INT, 0, offsetof(atc_onenet_at_mipladdobj_set, ins_count), 0, 0, 0, 0, NULL, NULL, 0, -1, 0, NULL, NULL, 0, 0 },
    { "ins_bitmap", ATC_T_STRING, 0, offsetof(atc_onenet_at_mipladdobj_set, ins_bitmap), 0, 0, 0, 0, NULL, NULL, 0, -1, 0, NULL, NULL, 0, 0 },
    { "attr_count", ATC_T_INT, 0, offsetof(atc_onenet_at_mipladdobj_set, attr_count), 0, 0, 0, 0, NULL, NULL, 0, -1, 0, NULL, NULL, 0, 0 },
    { "act_count", ATC_T_INT, 0, offsetof(atc_onenet_at_mipladdobj_set, act_count), 0, 0, 0, 0, NULL, NULL, 0, -1, 0, NULL, NULL, 0, 0 },
};
static const uint32_t atc__onenet_at_mipladdobj_set_shapes[] = {0x3fu};
ATC__ONENET_CHECK(at_mipladdobj_set_fits, sizeof(atc_onenet_at_mipladdobj_set) <= ATC_MSG_BUF);
ATC__ONENET_CHECK(at_mipldelobj_test_fits, sizeof(atc_onenet_at_mipldelobj_test) <= ATC_MSG_BUF);
static const int32_t atc__onenet_at_mipldelobj_set_1_ranges[] = {0, 65535};
static const atc_field_desc atc__onenet_at_mipldelobj_set_fields[] = {
    { "ref", ATC_T_INT, 0, offsetof(atc_onenet_at_mipldelobj_set, ref), 0, 0, 0, 0, NULL, NULL, 0, -1, 0, NULL, NULL, 0, 0 },
    { "obj_id", ATC_T_INT, 0, offsetof(atc_onenet_at_mipldelobj_set, obj_id), 0, 0, 1, 0, atc__onenet_at_mipldelobj_set_1_ranges, NULL, 0, -1, 0, NULL, NULL, 0, 0 },
};
static const uint32_t atc__onenet_at_mipldelobj_set_shapes[] = {0x3u};
ATC__ONENET_CHECK(at_mipldelobj_set_fits, sizeof(atc_onenet_at_mipldelobj_set) <= ATC_MSG_BUF);
ATC__ONENET_CHECK(at_miplopen_test_fits, sizeof(atc_onenet_at_miplopen_test) <= ATC_MSG_BUF);
static const int32_t atc__onenet_at_miplopen_set_1_ranges[] = {16, 268435454};
static const int32_t atc__onenet_at_miplopen_set_2_ranges[] = {30, 65535};
static const atc_field_desc atc__onenet_at_miplopen_set_fields[] = {
    { "ref", ATC_T_INT, 0, offsetof(atc_onenet_at_miplopen_set, ref), 0, 0, 0, 0, NULL, NULL, 0, -1, 0, NULL, NULL, 0, 0 },
    { "lifetime", ATC_T_INT, 0, offsetof(atc_onenet_at_miplopen_set, lifetime), 0, 0, 1, 0, atc__onenet_at_miplopen_set_1_ranges, NULL, 0, -1, 0, NULL, NULL, 0, 0 },
    { "timeout", ATC_T_INT, ATC_F_OPTIONAL, offsetof(atc_onenet_at_miplopen_set, timeout), offsetof(atc_onenet_at_miplopen_set, has_timeout), 0, 1, 0, atc__onenet_at_miplopen_set_2_ranges, NULL, 0, -1, 0, NULL, NULL, 0, 0 },
};
static const uint32_t atc__onenet_at_miplopen_set_shapes[] = {0x3u, 0x7u};
ATC__ONENET_CHECK(at_miplopen_set_fits, sizeof(atc_onenet_at_miplopen_set) <= ATC_MSG_BUF);
ATC__ONENET_CHECK(at_miplclose_test_fits, sizeof(atc_onenet_at_miplclose_test) <= ATC_MSG_BUF);
static const atc_field_desc atc__onenet_at_miplclose_set_fields[] = {
    { "ref", ATC_T_INT, 0, offsetof(atc_onenet_at_miplclose_set, ref), 0, 0, 0, 0, NULL, NULL, 0, -1, 0, NULL, NULL, 0, 0 },
};
static const uint32_t atc__onenet_at_miplclose_set_shapes[] = {0x1u};
ATC__ONENET_CHECK(at_miplclose_set_fits, sizeof(atc_onenet_at_miplclose_set) <= ATC_MSG_BUF);
ATC__ONENET_CHECK(at_mipldiscoverrsp_test_fits, sizeof(atc_onenet_at_mipldiscoverrsp_test) <= ATC_MSG_BUF);
static const int32_t atc__onenet_at_mipldiscoverrsp_set_1_ranges[] = {0, 2147483647};
static const int32_t atc__onenet_at_mipldiscoverrsp_set_2_ranges[] = {1, 1, 11, 11, 12, 12, 13, 13, 14, 14, 15, 15};
static const int32_t atc__onenet_at_mipldiscoverrsp_set_5_ranges[] = {0, 0, 512, 512, 1024, 1024};
static const atc_field_desc atc__onenet_at_mipldiscoverrsp_set_fields[] = {
    { "ref", ATC_T_INT, 0, offsetof(atc_onenet_at_mipldiscoverrsp_set, ref), 0, 0, 0, 0, NULL, NULL, 0, -1, 0, NULL, NULL, 0, 0 },
    { "msg_id", ATC_T_INT, 0, offsetof(atc_onenet_at_mipldiscoverrsp_set, msg_id), 0, 0, 1, 0, atc__onenet_at_mipldiscoverrsp_set_1_ranges, NULL, 0, -1, 0, NULL, NULL, 0, 0 },
    { "result", ATC_T_INT, 0, offsetof(atc_onenet_at_mipldiscoverrsp_set, result), 0, 0, 6, 0, atc__onenet_at_mipldiscoverrsp_set_2_ranges, NULL, 0, -1, 0, NULL, NULL, 0, 0 },
    { "length", ATC_T_INT, ATC_F_OPTIONAL, offsetof(atc_onenet_at_mipldiscoverrsp_set, length), offsetof(atc_onenet_at_mipldiscoverrsp_set, has_length), 0, 0, 0, NULL, NULL, 0, -1, 0, NULL, NULL, 0, 0 },
    { "valuestring", ATC_T_STRING, ATC_F_OPTIONAL, offsetof(atc_onenet_at_mipldiscoverrsp_set, valuestring), offsetof(atc_onenet_at_mipldiscoverrsp_set, has_valuestring), 0, 0, 0, NULL, NULL, 0, -1, 0, NULL, NULL, 0, 0 },
    { "rai_mode", ATC_T_HEX, ATC_F_OPTIONAL, offsetof(atc_onenet_at_mipldiscoverrsp_set, rai_mode), offsetof(atc_onenet_at_mipldiscoverrsp_set, has_rai_mode), 0, 3, 0, atc__onenet_at_mipldiscoverrsp_set_5_ranges, NULL, 0, -1, 0, NULL, NULL, 0, 0 },
};
static const uint32_t atc__onenet_at_mipldiscoverrsp_set_shapes[] = {0x7u, 0x1fu, 0x3fu};
ATC__ONENET_CHECK(at_mipldiscoverrsp_set_fits, sizeof(atc_onenet_at_mipldiscoverrsp_set) <= ATC_MSG_BUF);
ATC__ONENET_CHECK(at_miplobserversp_test_fits, sizeof(atc_onenet_at_miplobserversp_test) <= ATC_MSG_BUF);
static const int32_t atc__onenet_at_miplobserversp_set_1_ranges[] = {0, 2147483647};
static const int32_t atc__onenet_at_miplobserversp_set_2_ranges[] = {1, 1, 11, 11, 12, 12, 13, 13, 14, 14, 15, 15};
static const int32_t atc__onenet_at_miplobserversp_set_3_ranges[] = {0, 0, 512, 512, 1024, 1024};
static const atc_field_desc atc__onenet_at_miplobserversp_set_fields[] = {
    { "ref", ATC_T_INT, 0, offsetof(atc_onenet_at_miplobserversp_set, ref), 0, 0, 0, 0, NULL, NULL, 0, -1, 0, NULL, NULL, 0, 0 },
    { "msg_id", ATC_T_INT, 0, offsetof(atc_onenet_at_miplobserversp_set, msg_id), 0, 0, 1, 0, atc__onenet_at_miplobserversp_set_1_ranges, NULL, 0, -1, 0, NULL, NULL, 0, 0 },
    { "result", ATC_T_INT, 0, offsetof(atc_onenet_at_miplobserversp_set, result), 0, 0, 6, 0, atc__onenet_at_miplobserversp_set_2_ranges, NULL, 0, -1, 0, NULL, NULL, 0, 0 },
    { "rai_mode", ATC_T_HEX, ATC_F_OPTIONAL, offsetof(atc_onenet_at_miplobserversp_set, rai_mode), offsetof(atc_onenet_at_miplobserversp_set, has_rai_mode), 0, 3, 0, atc__onenet_at_miplobserversp_set_3_ranges, NULL, 0, -1, 0, NULL, NULL, 0, 0 },
};
static const uint32_t atc__onenet_at_miplobserversp_set_shapes[] = {0x7u, 0xfu};
ATC__ONENET_CHECK(at_miplobserversp_set_fits, sizeof(atc_onenet_at_miplobserversp_set) <= ATC_MSG_BUF);
ATC__ONENET_CHECK(at_miplreadrsp_test_fits, sizeof(atc_onenet_at_miplreadrsp_test) <= ATC_MSG_BUF);
static const int32_t atc__onenet_at_miplreadrsp_set_1_ranges[] = {0, 2147483647};
static const int32_t atc__onenet_at_miplreadrsp_set_2_ranges[] = {1, 1, 11, 11, 12, 12, 13, 13, 14, 14, 15, 15};
static const int32_t atc__onenet_at_miplreadrsp_set_3_ranges[] = {0, 65535};
static const int32_t atc__onenet_at_miplreadrsp_set_4_ranges[] = {0, 65535};
static const int32_t atc__onenet_at_miplreadrsp_set_5_ranges[] = {0, 65535};
static const int32_t atc__onenet_at_miplreadrsp_set_6_ranges[] = {1, 1, 2, 2, 3, 3, 4, 4, 5, 5};
static const int32_t atc__onenet_at_miplreadrsp_set_8_dyn[] = {1, ATC_T_STRING, 2, ATC_T_TOKEN, 3, ATC_T_INT, 4, ATC_T_FLOAT, 5, ATC_T_INT};
static const int32_t atc__onenet_at_miplreadrsp_set_10_ranges[] = {0, 0, 1, 1, 2, 2};
static const int32_t atc__onenet_at_miplreadrsp_set_11_ranges[] = {0, 0, 512, 512, 1024, 1024};
static const atc_field_desc atc__onenet_at_miplreadrsp_set_fields[] = {
    { "ref", ATC_T_INT, 0, offsetof(atc_onenet_at_miplreadrsp_set, ref), 0, 0, 0, 0, NULL, NULL, 0, -1, 0, NULL, NULL, 0, 0 },
    { "msg_id", ATC_T_INT, 0, offsetof(atc_onenet_at_miplreadrsp_set, msg_id), 0, 0, 1, 0, atc__onenet_at_miplreadrsp_set_1_ranges, NULL, 0, -1, 0, NULL, NULL, 0, 0 },
    { "result", ATC_T_INT, 0, offsetof(atc_onenet_at_miplreadrsp_set, result), 0, 0, 6, 0, atc__onenet_at_miplreadrsp_set_2_ranges, NULL, 0, -1, 0, NULL, NULL, 0, 0 },
    { "obj_id", ATC_T_INT, ATC_F_OPTIONAL, offsetof(atc_onenet_at_miplreadrsp_set, obj_id), offsetof(atc_onenet_at_miplreadrsp_set, has_obj_id), 0, 1, 0, atc__onenet_at_miplreadrsp_set_3_ranges, NULL, 0, -1, 0, NULL, NULL, 0, 0 },
    { "ins_id", ATC_T_INT, ATC_F_OPTIONAL, offsetof(atc_onenet_at_miplreadrsp_set, ins_id), offsetof(atc_onenet_at_miplreadrsp_set, has_ins_id), 0, 1, 0, atc__onenet_at_miplreadrsp_set_4_ranges, NULL, 0, -1, 0, NULL, NULL, 0, 0 },
    { "res_id", ATC_T_INT, ATC_F_OPTIONAL, offsetof(atc_onenet_at_miplreadrsp_set, res_id), offsetof(atc_onenet_at_miplreadrsp_set, has_res_id), 0, 1, 0, atc__onenet_at_miplreadrsp_set_5_ranges, NULL, 0, -1, 0, NULL, NULL, 0, 0 },
    { "value_type", ATC_T_INT, ATC_F_OPTIONAL, offsetof(atc_onenet_at_miplreadrsp_set, value_type), offsetof(atc_onenet_at_miplreadrsp_set, has_value_type), 0, 5, 0, atc__onenet_at_miplreadrsp_set_6_ranges, NULL, 0, -1, 0, NULL, NULL, 0, 0 },
    { "len", ATC_T_INT, ATC_F_OPTIONAL, offsetof(atc_onenet_at_miplreadrsp_set, len), offsetof(atc_onenet_at_miplreadrsp_set, has_len), 0, 0, 0, NULL, NULL, 0, -1, 0, NULL, NULL, 0, 0 },
    { "value", ATC_T_DYNAMIC, ATC_F_OPTIONAL, offsetof(atc_onenet_at_miplreadrsp_set, value), offsetof(atc_onenet_at_miplreadrsp_set, has_value), 0, 0, 0, NULL, NULL, 0, 6, 5, atc__onenet_at_miplreadrsp_set_8_dyn, NULL, 0, 0 },
    { "index", ATC_T_INT, ATC_F_OPTIONAL, offsetof(atc_onenet_at_miplreadrsp_set, index), offsetof(atc_onenet_at_miplreadrsp_set, has_index), 0, 0, 0, NULL, NULL, 0, -1, 0, NULL, NULL, 0, 0 },
    { "flag", ATC_T_INT, ATC_F_OPTIONAL, offsetof(atc_onenet_at_miplreadrsp_set, flag), offsetof(atc_onenet_at_miplreadrsp_set, has_flag), 0, 3, 0, atc__onenet_at_miplreadrsp_set_10_ranges, NULL, 0, -1, 0, NULL, NULL, 0, 0 },
    { "rai_mode", ATC_T_HEX, ATC_F_OPTIONAL, offsetof(atc_onenet_at_miplreadrsp_set, rai_mode), offsetof(atc_onenet_at_miplreadrsp_set, has_rai_mode), 0, 3, 0, atc__onenet_at_miplreadrsp_set_11_ranges, NULL, 0, -1, 0, NULL, NULL, 0, 0 },
};
static const uint32_t atc__onenet_at_miplreadrsp_set_shapes[] = {0x7u, 0x7ffu, 0xfffu};
ATC__ONENET_CHECK(at_miplreadrsp_set_fits, sizeof(atc_onenet_at_miplreadrsp_set) <= ATC_MSG_BUF);
ATC__ONENET_CHECK(at_miplwritersp_test_fits, sizeof(atc_onenet_at_miplwritersp_test) <= ATC_MSG_BUF);
static const int32_t atc__onenet_at_miplwritersp_set_1_ranges[] = {0, 2147483647};
static const int32_t atc__onenet_at_miplwritersp_set_2_ranges[] = {2, 2, 11, 11, 12, 12, 13, 13, 14, 14};
static const int32_t atc__onenet_at_miplwritersp_set_3_ranges[] = {0, 0, 512, 512, 1024, 1024};
static const atc_field_desc atc__onenet_at_miplwritersp_set_fields[] = {
    { "ref", ATC_T_INT, 0, offsetof(atc_onenet_at_miplwritersp_set, ref), 0, 0, 0, 0, NULL, NULL, 0, -1, 0, NULL, NULL, 0, 0 },
    { "msg_id", ATC_T_INT, 0, offsetof(atc_onenet_at_miplwritersp_set, msg_id), 0, 0, 1, 0, atc__onenet_at_miplwritersp_set_1_ranges, NULL, 0, -1, 0, NULL, NULL, 0, 0 },
    { "result", ATC_T_INT, 0, offsetof(atc_onenet_at_miplwritersp_set, result), 0, 0, 5, 0, atc__onenet_at_miplwritersp_set_2_ranges, NULL, 0, -1, 0, NULL, NULL, 0, 0 },
    { "rai_mode", ATC_T_HEX, ATC_F_OPTIONAL, offsetof(atc_onenet_at_miplwritersp_set, rai_mode), offsetof(atc_onenet_at_miplwritersp_set, has_rai_mode), 0, 3, 0, atc__onenet_at_miplwritersp_set_3_ranges, NULL, 0, -1, 0, NULL, NULL, 0, 0 },
};
static const uint32_t atc__onenet_at_miplwritersp_set_shapes[] = {0x7u, 0xfu};
ATC__ONENET_CHECK(at_miplwritersp_set_fits, sizeof(atc_onenet_at_miplwritersp_set) <= ATC_MSG_BUF);
ATC__ONENET_CHECK(at_miplexecutersp_test_fits, sizeof(atc_onenet_at_miplexecutersp_test) <= ATC_MSG_BUF);
static const int32_t atc__onenet_at_miplexecutersp_set_1_ranges[] = {0, 2147483647};
static const int32_t atc__onenet_at_miplexecutersp_set_2_ranges[] = {2, 2, 11, 11, 12, 12, 13, 13, 14, 14};
static const int32_t atc__onenet_at_miplexecutersp_set_3_ranges[] = {0, 0, 512, 512, 1024, 1024};
static const atc_field_desc atc__onenet_at_miplexecutersp_set_fields[] = {
    { "ref", ATC_T_INT, 0, offsetof(atc_onenet_at_miplexecutersp_set, ref), 0, 0, 0, 0, NULL, NULL, 0, -1, 0, NULL, NULL, 0, 0 },
    { "msg_id", ATC_T_INT, 0, offsetof(atc_onenet_at_miplexecutersp_set, msg_id), 0, 0, 1, 0, atc__onenet_at_miplexecutersp_set_1_ranges, NULL, 0, -1, 0, NULL, NULL, 0, 0 },
    { "result", ATC_T_INT, 0, offsetof(atc_onenet_at_miplexecutersp_set, result), 0, 0, 5, 0, atc__onenet_at_miplexecutersp_set_2_ranges, NULL, 0, -1, 0, NULL, NULL, 0, 0 },
    { "rai_mode", ATC_T_HEX, ATC_F_OPTIONAL, offsetof(atc_onenet_at_miplexecutersp_set, rai_mode), offsetof(atc_onenet_at_miplexecutersp_set, has_rai_mode), 0, 3, 0, atc__onenet_at_miplexecutersp_set_3_ranges, NULL, 0, -1, 0, NULL, NULL, 0, 0 },
};
static const uint32_t atc__onenet_at_miplexecutersp_set_shapes[] = {0x7u, 0xfu};
ATC__ONENET_CHECK(at_miplexecutersp_set_fits, sizeof(atc_onenet_at_miplexecutersp_set) <= ATC_MSG_BUF);
ATC__ONENET_CHECK(at_miplparameterrsp_test_fits, sizeof(atc_onenet_at_miplparameterrsp_test) <= ATC_MSG_BUF);
static const int32_t atc__onenet_at_miplparameterrsp_set_1_ranges[] = {0, 2147483647};
static const int32_t atc__onenet_at_miplparameterrsp_set_2_ranges[] = {2, 2, 11, 11, 12, 12, 13, 13, 14, 14};
static const int32_t atc__onenet_at_miplparameterrsp_set_3_ranges[] = {0, 0, 512, 512, 1024, 1024};
static const atc_field_desc atc__onenet_at_miplparameterrsp_set_fields[] = {
    { "ref", ATC_T_INT, 0, offsetof(atc_onenet_at_miplparameterrsp_set, ref), 0, 0, 0, 0, NULL, NULL, 0, -1, 0, NULL, NULL, 0, 0 },
    { "msg_id", ATC_T_INT, 0, offsetof(atc_onenet_at_miplparameterrsp_set, msg_id), 0, 0, 1, 0, atc__onenet_at_miplparameterrsp_set_1_ranges, NULL, 0, -1, 0, NULL, NULL, 0, 0 },
    { "result", ATC_T_INT, 0, offsetof(atc_onenet_at_miplparameterrsp_set, result), 0, 0, 5, 0, atc__onenet_at_miplparameterrsp_set_2_ranges, NULL, 0, -1, 0, NULL, NULL, 0, 0 },
    { "rai_mode", ATC_T_HEX, ATC_F_OPTIONAL, offsetof(atc_onenet_at_miplparameterrsp_set, rai_mode), offsetof(atc_onenet_at_miplparameterrsp_set, has_rai_mode), 0, 3, 0, atc__onenet_at_miplparameterrsp_set_3_ranges, NULL, 0, -1, 0, NULL, NULL, 0, 0 },
};
static const uint32_t atc__onenet_at_miplparameterrsp_set_shapes[] = {0x7u, 0xfu};
ATC__ONENET_CHECK(at_miplparameterrsp_set_fits, sizeof(atc_onenet_at_miplparameterrsp_set) <= ATC_MSG_BUF);
ATC__ONENET_CHECK(at_miplnotify_test_fits, sizeof(atc_onenet_at_miplnotify_test) <= ATC_MSG_BUF);
static const int32_t atc__onenet_at_miplnotify_set_1_ranges[] = {0, 2147483647};
static const int32_t atc__onenet_at_miplnotify_set_2_ranges[] = {0, 65535};
static const int32_t atc__onenet_at_miplnotify_set_3_ranges[] = {0, 65535};
static const int32_t atc__onenet_at_miplnotify_set_4_ranges[] = {0, 65535};
static const int32_t atc__onenet_at_miplnotify_set_5_ranges[] = {1, 1, 2, 2, 3, 3, 4, 4, 5, 5};
static const int32_t atc__onenet_at_miplnotify_set_7_dyn[] = {1, ATC_T_STRING, 2, ATC_T_TOKEN, 3, ATC_T_INT, 4, ATC_T_FLOAT, 5, ATC_T_INT};
static const int32_t atc__onenet_at_miplnotify_set_9_ranges[] = {0, 0, 1, 1, 2, 2};
static const int32_t atc__onenet_at_miplnotify_set_10_ranges[] = {0, 65535};
static const int32_t atc__onenet_at_miplnotify_set_11_ranges[] = {0, 0, 512, 512, 1024, 1024};
static const atc_field_desc atc__onenet_at_miplnotify_set_fields[] = {
    { "ref", ATC_T_INT, 0, offsetof(atc_onenet_at_miplnotify_set, ref), 0, 0, 0, 0, NULL, NULL, 0, -1, 0, NULL, NULL, 0, 0 },
    { "msg_id", ATC_T_INT, 0, offsetof(atc_onenet_at_miplnotify_set, msg_id), 0, 0, 1, 0, atc__onenet_at_miplnotify_set_1_ranges, NULL, 0, -1, 0, NULL, NULL, 0, 0 },
    { "obj_id", ATC_T_INT, 0, offsetof(atc_onenet_at_miplnotify_set, obj_id), 0, 0, 1, 0, atc__onenet_at_miplnotify_set_2_ranges, NULL, 0, -1, 0, NULL, NULL, 0, 0 },
    { "ins_id", ATC_T_INT, 0, offsetof(atc_onenet_at_miplnotify_set, ins_id), 0, 0, 1, 0, atc__onenet_at_miplnotify_set_3_ranges, NULL, 0, -1, 0, NULL, NULL, 0, 0 },
    { "res_id", ATC_T_INT, 0, offsetof(atc_onenet_at_miplnotify_set, res_id), 0, 0, 1, 0, atc__onenet_at_miplnotify_set_4_ranges, NULL, 0, -1, 0, NULL, NULL, 0, 0 },
    { "value_type", ATC_T_INT, 0, offsetof(atc_onenet_at_miplnotify_set, value_type), 0, 0, 5, 0, atc__onenet_at_miplnotify_set_5_ranges, NULL, 0, -1, 0, NULL, NULL, 0, 0 },
    { "len", ATC_T_INT, 0, offsetof(atc_onenet_at_miplnotify_set, len), 0, 0, 0, 0, NULL, NULL, 0, -1, 0, NULL, NULL, 0, 0 },
    { "value", ATC_T_DYNAMIC, 0, offsetof(atc_onenet_at_miplnotify_set, value), 0, 0, 0, 0, NULL, NULL, 0, 5, 5, atc__onenet_at_miplnotify_set_7_dyn, NULL, 0, 0 },
    { "index", ATC_T_INT, 0, offsetof(atc_onenet_at_miplnotify_set, index), 0, 0, 0, 0, NULL, NULL, 0, -1, 0, NULL, NULL, 0, 0 },
    { "flag", ATC_T_INT, 0, offsetof(atc_onenet_at_miplnotify_set, flag), 0, 0, 3, 0, atc__onenet_at_miplnotify_set_9_ranges, NULL, 0, -1, 0, NULL, NULL, 0, 0 },
    { "ack_id", ATC_T_INT, ATC_F_OPTIONAL, offsetof(atc_onenet_at_miplnotify_set, ack_id), offsetof(atc_onenet_at_miplnotify_set, has_ack_id), 0, 1, 0, atc__onenet_at_miplnotify_set_10_ranges, NULL, 0, -1, 0, NULL, NULL, 0, 0 },
    { "rai_mode", ATC_T_HEX, ATC_F_OPTIONAL, offsetof(atc_onenet_at_miplnotify_set, rai_mode), offsetof(atc_onenet_at_miplnotify_set, has_rai_mode), 0, 3, 0, atc__onenet_at_miplnotify_set_11_ranges, NULL, 0, -1, 0, NULL, NULL, 0, 0 },
};
static const uint32_t atc__onenet_at_miplnotify_set_shapes[] = {0x3ffu, 0x7ffu, 0xfffu};
ATC__ONENET_CHECK(at_miplnotify_set_fits, sizeof(atc_onenet_at_miplnotify_set) <= ATC_MSG_BUF);
ATC__ONENET_CHECK(at_miplupdate_test_fits, sizeof(atc_onenet_at_miplupdate_test) <= ATC_MSG_BUF);
static const int32_t atc__onenet_at_miplupdate_set_1_ranges[] = {0, 0, 16, 268435454};
static const int32_t atc__onenet_at_miplupdate_set_2_ranges[] = {0, 0, 1, 1};
static const int32_t atc__onenet_at_miplupdate_set_3_ranges[] = {0, 0, 1024, 1024};
static const atc_field_desc atc__onenet_at_miplupdate_set_fields[] = {
    { "ref", ATC_T_INT, 0, offsetof(atc_onenet_at_miplupdate_set, ref), 0, 0, 0, 0, NULL, NULL, 0, -1, 0, NULL, NULL, 0, 0 },
    { "lifetime", ATC_T_INT, 0, offsetof(atc_onenet_at_miplupdate_set, lifetime), 0, 0, 2, 0, atc__onenet_at_miplupdate_set_1_ranges, NULL, 0, -1, 0, NULL, NULL, 0, 0 },
    { "with_object_flag", ATC_T_INT, 0, offsetof(atc_onenet_at_miplupdate_set, with_object_flag), 0, 0, 2, 0, atc__onenet_at_miplupdate_set_2_ranges, NULL, 0, -1, 0, NULL, NULL, 0, 0 },
    { "rai_mode", ATC_T_HEX, ATC_F_OPTIONAL, offsetof(atc_onenet_at_miplupdate_set, rai_mode), offsetof(atc_onenet_at_miplupdate_set, has_rai_mode), 0, 2, 0, atc__onenet_at_miplupdate_set_3_ranges, NULL, 0, -1, 0, NULL, NULL, 0, 0 },
};
static const uint32_t atc__onenet_at_miplupdate_set_shapes[] = {0x7u, 0xfu};
ATC__ONENET_CHECK(at_miplupdate_set_fits, sizeof(atc_onenet_at_miplupdate_set) <= ATC_MSG_BUF);
ATC__ONENET_CHECK(at_qsotainfo_read_fits, sizeof(atc_onenet_at_qsotainfo_read) <= ATC_MSG_BUF);
static const int32_t atc__onenet_at_qsotainfo_set_1_ranges[] = {0, 2147483647};
static const atc_field_desc atc__onenet_at_qsotainfo_set_fields[] = {
    { "sw_version", ATC_T_STRING, 0, offsetof(atc_onenet_at_qsotainfo_set, sw_version), 0, 48, 0, 0, NULL, NULL, 0, -1, 0, NULL, NULL, 0, 0 },
    { "mem_size", ATC_T_INT, 0, offsetof(atc_onenet_at_qsotainfo_set, mem_size), 0, 0, 1, 0, atc__onenet_at_qsotainfo_set_1_ranges, NULL, 0, -1, 0, NULL, NULL, 0, 0 },
};
static const uint32_t atc__onenet_at_qsotainfo_set_shapes[] = {0x3u};
ATC__ONENET_CHECK(at_qsotainfo_set_fits, sizeof(atc_onenet_at_qsotainfo_set) <= ATC_MSG_BUF);
static const int32_t atc__onenet_at_qsotaresult_set_0_ranges[] = {1, 1, 2, 2, 3, 3, 4, 4, 5, 5, 6, 6, 7, 7, 8, 8};
static const atc_field_desc atc__onenet_at_qsotaresult_set_fields[] = {
    { "result", ATC_T_INT, 0, offsetof(atc_onenet_at_qsotaresult_set, result), 0, 0, 8, 0, atc__onenet_at_qsotaresult_set_0_ranges, NULL, 0, -1, 0, NULL, NULL, 0, 0 },
};
static const uint32_t atc__onenet_at_qsotaresult_set_shapes[] = {0x1u};
ATC__ONENET_CHECK(at_qsotaresult_set_fits, sizeof(atc_onenet_at_qsotaresult_set) <= ATC_MSG_BUF);
static const atc_field_desc atc__onenet_miplconfig_test_fields[] = {
    { "mode", ATC_T_SUPPORTED, 0, offsetof(atc_onenet_miplconfig_test, mode), 0, 0, 0, 0, NULL, NULL, 0, -1, 0, NULL, NULL, 0, 0 },
    { "parameter1", ATC_T_SUPPORTED, 0, offsetof(atc_onenet_miplconfig_test, parameter1), 0, 0, 0, 0, NULL, NULL, 0, -1, 0, NULL, NULL, 0, 0 },
    { "parameter2", ATC_T_SUPPORTED, ATC_F_OPTIONAL, offsetof(atc_onenet_miplconfig_test, parameter2), offsetof(atc_onenet_miplconfig_test, has_parameter2), 0, 0, 0, NULL, NULL, 0, -1, 0, NULL, NULL, 0, 0 },
};
static const uint32_t atc__onenet_miplconfig_test_shapes[] = {0x3u, 0x7u};
static const uint16_t atc__onenet_miplconfig_test_answers[] = {3};
ATC__ONENET_CHECK(miplconfig_test_fits, sizeof(atc_onenet_miplconfig_test) <= ATC_MSG_BUF);
static const int32_t atc__onenet_miplconfig_read_access_server_0_ranges[] = {0, 0};
static const int32_t atc__onenet_miplconfig_read_access_server_2_ranges[] = {0, 65535};
static const atc_field_desc atc__onenet_miplconfig_read_access_server_fields[] = {
    { "mode", ATC_T_INT, 0, offsetof(atc_onenet_miplconfig_read_access_server, mode), 0, 0, 1, 0, atc__onenet_miplconfig_read_access_server_0_ranges, NULL, 0, -1, 0, NULL, NULL, 0, 0 },
    { "ip", ATC_T_TOKEN, 0, offsetof(atc_onenet_miplconfig_read_access_server, ip), 0, 0, 0, 0, NULL, NULL, 64, -1, 0, NULL, NULL, 0, 0 },
    { "port", ATC_T_INT, 0, offsetof(atc_onenet_miplconfig_read_access_server, port), 0, 0, 1, 0, atc__onenet_miplconfig_read_access_server_2_ranges, NULL, 0, -1, 0, NULL, NULL, 0, 0 },
};
static const uint32_t atc__onenet_miplconfig_read_access_server_shapes[] = {0x7u};
static const uint16_t atc__onenet_miplconfig_read_access_server_answers[] = {4};
ATC__ONENET_CHECK(miplconfig_read_access_server_fits, sizeof(atc_onenet_miplconfig_read_access_server) <= ATC_MSG_BUF);
static const int32_t atc__onenet_miplconfig_read_bootstrap_0_ranges[] = {1, 1};
static const int32_t atc__onenet_miplconfig_read_bootstrap_2_ranges[] = {0, 65535};
static const atc_field_desc atc__onenet_miplconfig_read_bootstrap_fields[] = {
    { "mode", ATC_T_INT, 0, offsetof(atc_onenet_miplconfig_read_bootstrap, mode), 0, 0, 1, 0, atc__onenet_miplconfig_read_bootstrap_0_ranges, NULL, 0, -1, 0, NULL, NULL, 0, 0 },
    { "ip", ATC_T_TOKEN, 0, offsetof(atc_onenet_miplconfig_read_bootstrap, ip), 0, 0, 0, 0, NULL, NULL, 64, -1, 0, NULL, NULL, 0, 0 },
    { "port", ATC_T_INT, 0, offsetof(atc_onenet_miplconfig_read_bootstrap, port), 0, 0, 1, 0, atc__onenet_miplconfig_read_bootstrap_2_ranges, NULL, 0, -1, 0, NULL, NULL, 0, 0 },
};
static const uint32_t atc__onenet_miplconfig_read_bootstrap_shapes[] = {0x7u};
static const uint16_t atc__onenet_miplconfig_read_bootstrap_answers[] = {4};
ATC__ONENET_CHECK(miplconfig_read_bootstrap_fits, sizeof(atc_onenet_miplconfig_read_bootstrap) <= ATC_MSG_BUF);
static const int32_t atc__onenet_miplconfig_read_ack_timeout_0_ranges[] = {2, 2};
static const int32_t atc__onenet_miplconfig_read_ack_timeout_1_ranges[] = {2, 20};
static const atc_field_desc atc__onenet_miplconfig_read_ack_timeout_fields[] = {
    { "mode", ATC_T_INT, 0, offsetof(atc_onenet_miplconfig_read_ack_timeout, mode), 0, 0, 1, 0, atc__onenet_miplconfig_read_ack_timeout_0_ranges, NULL, 0, -1, 0, NULL, NULL, 0, 0 },
    { "rsp_timeout", ATC_T_INT, 0, offsetof(atc_onenet_miplconfig_read_ack_timeout, rsp_timeout), 0, 0, 1, 0, atc__onenet_miplconfig_read_ack_timeout_1_ranges, NULL, 0, -1, 0, NULL, NULL, 0, 0 },
};
static const uint32_t atc__onenet_miplconfig_read_ack_timeout_shapes[] = {0x3u};
static const uint16_t atc__onenet_miplconfig_read_ack_timeout_answers[] = {4};
ATC__ONENET_CHECK(miplconfig_read_ack_timeout_fits, sizeof(atc_onenet_miplconfig_read_ack_timeout) <= ATC_MSG_BUF);
static const int32_t atc__onenet_miplconfig_read_obs_autoack_0_ranges[] = {3, 3};
static const int32_t atc__onenet_miplconfig_read_obs_autoack_1_ranges[] = {0, 0, 1, 1};
static const atc_field_desc atc__onenet_miplconfig_read_obs_autoack_fields[] = {
    { "mode", ATC_T_INT, 0, offsetof(atc_onenet_miplconfig_read_obs_autoack, mode), 0, 0, 1, 0, atc__onenet_miplconfig_read_obs_autoack_0_ranges, NULL, 0, -1, 0, NULL, NULL, 0, 0 },
    { "obs_autoack", ATC_T_INT, 0, offsetof(atc_onenet_miplconfig_read_obs_autoack, obs_autoack), 0, 0, 2, 0, atc__onenet_miplconfig_read_obs_autoack_1_ranges, NULL, 0, -1, 0, NULL, NULL, 0, 0 },
};
static const uint32_t atc__onenet_miplconfig_read_obs_autoack_shapes[] = {0x3u};
static const uint16_t atc__onenet_miplconfig_read_obs_autoack_answers[] = {4};
ATC__ONENET_CHECK(miplconfig_read_obs_autoack_fits, sizeof(atc_onenet_miplconfig_read_obs_autoack) <= ATC_MSG_BUF);
static const int32_t atc__onenet_miplconfig_read_auth_0_ranges[] = {4, 4};
static const int32_t atc__onenet_miplconfig_read_auth_1_ranges[] = {0, 0, 1, 1};
static const atc_field_desc atc__onenet_miplconfig_read_auth_fields[] = {
    { "mode", ATC_T_INT, 0, offsetof(atc_onenet_miplconfig_read_auth, mode), 0, 0, 1, 0, atc__onenet_miplconfig_read_auth_0_ranges, NULL, 0, -1, 0, NULL, NULL, 0, 0 },
    { "auth_enable", ATC_T_INT, 0, offsetof(atc_onenet_miplconfig_read_auth, auth_enable), 0, 0, 2, 0, atc__onenet_miplconfig_read_auth_1_ranges, NULL, 0, -1, 0, NULL, NULL, 0, 0 },
    { "auth_code", ATC_T_TOKEN, ATC_F_OPTIONAL, offsetof(atc_onenet_miplconfig_read_auth, auth_code), offsetof(atc_onenet_miplconfig_read_auth, has_auth_code), 16, 0, 0, NULL, NULL, 0, -1, 0, NULL, NULL, 0, 0 },
};
static const uint32_t atc__onenet_miplconfig_read_auth_shapes[] = {0x3u, 0x7u};
static const uint16_t atc__onenet_miplconfig_read_auth_answers[] = {4};
ATC__ONENET_CHECK(miplconfig_read_auth_fits, sizeof(atc_onenet_miplconfig_read_auth) <= ATC_MSG_BUF);
static const int32_t atc__onenet_miplconfig_read_dtls_0_ranges[] = {5, 5};
static const int32_t atc__onenet_miplconfig_read_dtls_1_ranges[] = {0, 0, 1, 1};
static const atc_field_desc atc__onenet_miplconfig_read_dtls_fields[] = {
    { "mode", ATC_T_INT, 0, offsetof(atc_onenet_miplconfig_read_dtls, mode), 0, 0, 1, 0, atc__onenet_miplconfig_read_dtls_0_ranges, NULL, 0, -1, 0, NULL, NULL, 0, 0 },
    { "dtls_enable", ATC_T_INT, 0, offsetof(atc_onenet_miplconfig_read_dtls, dtls_enable), 0, 0, 2, 0, atc__onenet_miplconfig_read_dtls_1_ranges, NULL, 0, -1, 0, NULL, NULL, 0, 0 },
    { "psk", ATC_T_TOKEN, ATC_F_OPTIONAL, offsetof(atc_onenet_miplconfig_read_dtls, psk), offsetof(atc_onenet_miplconfig_read_dtls, has_psk), 16, 0, 0, NULL, NULL, 0, -1, 0, NULL, NULL, 0, 0 },
};
static const uint32_t atc__onenet_miplconfig_read_dtls_shapes[] = {0x3u, 0x7u};
static const uint16_t atc__onenet_miplconfig_read_dtls_answers[] = {4};
ATC__ONENET_CHECK(miplconfig_read_dtls_fits, sizeof(atc_onenet_miplconfig_read_dtls) <= ATC_MSG_BUF);
static const int32_t atc__onenet_miplconfig_read_write_format_0_ranges[] = {6, 6};
static const int32_t atc__onenet_miplconfig_read_write_format_1_ranges[] = {0, 0, 1, 1};
static const atc_field_desc atc__onenet_miplconfig_read_write_format_fields[] = {
    { "mode", ATC_T_INT, 0, offsetof(atc_onenet_miplconfig_read_write_format, mode), 0, 0, 1, 0, atc__onenet_miplconfig_read_write_format_0_ranges, NULL, 0, -1, 0, NULL, NULL, 0, 0 },
    { "write_format", ATC_T_INT, 0, offsetof(atc_onenet_miplconfig_read_write_format, write_format), 0, 0, 2, 0, atc__onenet_miplconfig_read_write_format_1_ranges, NULL, 0, -1, 0, NULL, NULL, 0, 0 },
};
static const uint32_t atc__onenet_miplconfig_read_write_format_shapes[] = {0x3u};
static const uint16_t atc__onenet_miplconfig_read_write_format_answers[] = {4};
ATC__ONENET_CHECK(miplconfig_read_write_format_fits, sizeof(atc_onenet_miplconfig_read_write_format) <= ATC_MSG_BUF);
static const atc_field_desc atc__onenet_miplcreate_fields[] = {
    { "ref", ATC_T_INT, 0, offsetof(atc_onenet_miplcreate, ref), 0, 0, 0, 0, NULL, NULL, 0, -1, 0, NULL, NULL, 0, 0 },
};
static const uint32_t atc__onenet_miplcreate_shapes[] = {0x1u};
static const uint16_t atc__onenet_miplcreate_answers[] = {12};
ATC__ONENET_CHECK(miplcreate_fits, sizeof(atc_onenet_miplcreate) <= ATC_MSG_BUF);
static const atc_field_desc atc__onenet_mipldelete_test_fields[] = {
    { "ref", ATC_T_SUPPORTED, 0, offsetof(atc_onenet_mipldelete_test, ref), 0, 0, 0, 0, NULL, NULL, 0, -1, 0, NULL, NULL, 0, 0 },
};
static const uint32_t atc__onenet_mipldelete_test_shapes[] = {0x1u};
static const uint16_t atc__onenet_mipldelete_test_answers[] = {13};
ATC__ONENET_CHECK(mipldelete_test_fits, sizeof(atc_onenet_mipldelete_test) <= ATC_MSG_BUF);
static const atc_field_desc atc__onenet_miplver_fields[] = {
    { "version", ATC_T_TEXT, 0, offsetof(atc_onenet_miplver, version), 0, 0, 0, 0, NULL, NULL, 0, -1, 0, NULL, NULL, 0, 0 },
};
static const uint32_t atc__onenet_miplver_shapes[] = {0x1u};
static const uint16_t atc__onenet_miplver_answers[] = {15};
ATC__ONENET_CHECK(miplver_fits, sizeof(atc_onenet_miplver) <= ATC_MSG_BUF);
static const atc_field_desc atc__onenet_mipladdobj_test_fields[] = {
    { "ref", ATC_T_SUPPORTED, 0, offsetof(atc_onenet_mipladdobj_test, ref), 0, 0, 0, 0, NULL, NULL, 0, -1, 0, NULL, NULL, 0, 0 },
    { "obj_id", ATC_T_SUPPORTED, 0, offsetof(atc_onenet_mipladdobj_test, obj_id), 0, 0, 0, 0, NULL, NULL, 0, -1, 0, NULL, NULL, 0, 0 },
    { "ins_count", ATC_T_SUPPORTED, 0, offsetof(atc_onenet_mipladdobj_test, ins_count), 0, 0, 0, 0, NULL, NULL, 0, -1, 0, NULL, NULL, 0, 0 },
    { "ins_bitmap", ATC_T_SUPPORTED, 0, offsetof(atc_onenet_mipladdobj_test, ins_bitmap), 0, 0, 0, 0, NULL, NULL, 0, -1, 0, NULL, NULL, 0, 0 },
    { "attr_count", ATC_T_SUPPORTED, 0, offsetof(atc_onenet_mipladdobj_test, attr_count), 0, 0, 0, 0, NULL, NULL, 0, -1, 0, NULL, NULL, 0, 0 },
    { "act_count", ATC_T_SUPPORTED, 0, offsetof(atc_onenet_mipladdobj_test, act_count), 0, 0, 0, 0, NULL, NULL, 0, -1, 0, NULL, NULL, 0, 0 },
};
static const uint32_t atc__onenet_mipladdobj_test_shapes[] = {0x3fu};
static const uint16_t atc__onenet_mipladdobj_test_answers[] = {16};
ATC__ONENET_CHECK(mipladdobj_test_fits, sizeof(atc_onenet_mipladdobj_test) <= ATC_MSG_BUF);
static const atc_field_desc atc__onenet_mipldelobj_test_fields[] = {
    { "ref", ATC_T_SUPPORTED, 0, offsetof(atc_onenet_mipldelobj_test, ref), 0, 0, 0, 0, NULL, NULL, 0, -1, 0, NULL, NULL, 0, 0 },
    { "obj_id", ATC_T_SUPPORTED, 0, offsetof(atc_onenet_mipldelobj_test, obj_id), 0, 0, 0, 0, NULL, NULL, 0, -1, 0, NULL, NULL, 0, 0 },
};
static const uint32_t atc__onenet_mipldelobj_test_shapes[] = {0x3u};
static const uint16_t atc__onenet_mipldelobj_test_answers[] = {18};
ATC__ONENET_CHECK(mipldelobj_test_fits, sizeof(atc_onenet_mipldelobj_test) <= ATC_MSG_BUF);
static const atc_field_desc atc__onenet_miplopen_test_fields[] = {
    { "ref", ATC_T_SUPPORTED, 0, offsetof(atc_onenet_miplopen_test, ref), 0, 0, 0, 0, NULL, NULL, 0, -1, 0, NULL, NULL, 0, 0 },
    { "lifetime", ATC_T_SUPPORTED, 0, offsetof(atc_onenet_miplopen_test, lifetime), 0, 0, 0, 0, NULL, NULL, 0, -1, 0, NULL, NULL, 0, 0 },
    { "timeout", ATC_T_SUPPORTED, ATC_F_OPTIONAL, offsetof(atc_onenet_miplopen_test, timeout), offsetof(atc_onenet_miplopen_test, has_timeout), 0, 0, 0, NULL, NULL, 0, -1, 0, NULL, NULL, 0, 0 },
};
static const uint32_t atc__onenet_miplopen_test_shapes[] = {0x3u, 0x7u};
static const uint16_t atc__onenet_miplopen_test_answers[] = {20};
ATC__ONENET_CHECK(miplopen_test_fits, sizeof(atc_onenet_miplopen_test) <= ATC_MSG_BUF);
static const atc_field_desc atc__onenet_miplclose_test_fields[] = {
    { "ref", ATC_T_SUPPORTED, 0, offsetof(atc_onenet_miplclose_test, ref), 0, 0, 0, 0, NULL, NULL, 0, -1, 0, NULL, NULL, 0, 0 },
};
static const uint32_t atc__onenet_miplclose_test_shapes[] = {0x1u};
static const uint16_t atc__onenet_miplclose_test_answers[] = {22};
ATC__ONENET_CHECK(miplclose_test_fits, sizeof(atc_onenet_miplclose_test) <= ATC_MSG_BUF);
static const atc_field_desc atc__onenet_mipldiscoverrsp_test_fields[] = {
    { "ref", ATC_T_SUPPORTED, 0, offsetof(atc_onenet_mipldiscoverrsp_test, ref), 0, 0, 0, 0, NULL, NULL, 0, -1, 0, NULL, NULL, 0, 0 },
    { "msg_id", ATC_T_SUPPORTED, 0, offsetof(atc_onenet_mipldiscoverrsp_test, msg_id), 0, 0, 0, 0, NULL, NULL, 0, -1, 0, NULL, NULL, 0, 0 },
    { "result", ATC_T_SUPPORTED, 0, offsetof(atc_onenet_mipldiscoverrsp_test, result), 0, 0, 0, 0, NULL, NULL, 0, -1, 0, NULL, NULL, 0, 0 },
    { "length", ATC_T_SUPPORTED, ATC_F_OPTIONAL, offsetof(atc_onenet_mipldiscoverrsp_test, length), offsetof(atc_onenet_mipldiscoverrsp_test, has_length), 0, 0, 0, NULL, NULL, 0, -1, 0, NULL, NULL, 0, 0 },
    { "valuestring", ATC_T_SUPPORTED, ATC_F_OPTIONAL, offsetof(atc_onenet_mipldiscoverrsp_test, valuestring), offsetof(atc_onenet_mipldiscoverrsp_test, has_valuestring), 0, 0, 0, NULL, NULL, 0, -1, 0, NULL, NULL, 0, 0 },
    { "rai_mode", ATC_T_SUPPORTED, ATC_F_OPTIONAL, offsetof(atc_onenet_mipldiscoverrsp_test, rai_mode), offsetof(atc_onenet_mipldiscoverrsp_test, has_rai_mode), 0, 0, 0, NULL, NULL, 0, -1, 0, NULL, NULL, 0, 0 },
};
static const uint32_t atc__onenet_mipldiscoverrsp_test_shapes[] = {0x7u, 0x1fu, 0x3fu};
static const uint16_t atc__onenet_mipldiscoverrsp_test_answers[] = {24};
ATC__ONENET_CHECK(mipldiscoverrsp_test_fits, sizeof(atc_onenet_mipldiscoverrsp_test) <= ATC_MSG_BUF);
static const atc_field_desc atc__onenet_miplobserversp_test_fields[] = {
    { "ref", ATC_T_SUPPORTED, 0, offsetof(atc_onenet_miplobserversp_test, ref), 0, 0, 0, 0, NULL, NULL, 0, -1, 0, NULL, NULL, 0, 0 },
    { "msg_id", ATC_T_SUPPORTED, 0, offsetof(atc_onenet_miplobserversp_test, msg_id), 0, 0, 0, 0, NULL, NULL, 0, -1, 0, NULL, NULL, 0, 0 },
    { "result", ATC_T_SUPPORTED, 0, offsetof(atc_onenet_miplobserversp_test, result), 0, 0, 0, 0, NULL, NULL, 0, -1, 0, NULL, NULL, 0, 0 },
    { "rai_mode", ATC_T_SUPPORTED, ATC_F_OPTIONAL, offsetof(atc_onenet_miplobserversp_test, rai_mode), offsetof(atc_onenet_miplobserversp_test, has_rai_mode), 0, 0, 0, NULL, NULL, 0, -1, 0, NULL, NULL, 0, 0 },
};
static const uint32_t atc__onenet_miplobserversp_test_shapes[] = {0x7u, 0xfu};
static const uint16_t atc__onenet_miplobserversp_test_answers[] = {26};
ATC__ONENET_CHECK(miplobserversp_test_fits, sizeof(atc_onenet_miplobserversp_test) <= ATC_MSG_BUF);
static const atc_field_desc atc__onenet_miplreadrsp_test_fields[] = {
    { "ref", ATC_T_SUPPORTED, 0, offsetof(atc_onenet_miplreadrsp_test, ref), 0, 0, 0, 0, NULL, NULL, 0, -1, 0, NULL, NULL, 0, 0 },
    { "msg_id", ATC_T_SUPPORTED, 0, offsetof(atc_onenet_miplreadrsp_test, msg_id), 0, 0, 0, 0, NULL, NULL, 0, -1, 0, NULL, NULL, 0, 0 },
    { "result", ATC_T_SUPPORTED, 0, offsetof(atc_onenet_miplreadrsp_test, result), 0, 0, 0, 0, NULL, NULL, 0, -1, 0, NULL, NULL, 0, 0 },
    { "obj_id", ATC_T_SUPPORTED, ATC_F_OPTIONAL, offsetof(atc_onenet_miplreadrsp_test, obj_id), offsetof(atc_onenet_miplreadrsp_test, has_obj_id), 0, 0, 0, NULL, NULL, 0, -1, 0, NULL, NULL, 0, 0 },
    { "ins_id", ATC_T_SUPPORTED, ATC_F_OPTIONAL, offsetof(atc_onenet_miplreadrsp_test, ins_id), offsetof(atc_onenet_miplreadrsp_test, has_ins_id), 0, 0, 0, NULL, NULL, 0, -1, 0, NULL, NULL, 0, 0 },
    { "res_id", ATC_T_SUPPORTED, ATC_F_OPTIONAL, offsetof(atc_onenet_miplreadrsp_test, res_id), offsetof(atc_onenet_miplreadrsp_test, has_res_id), 0, 0, 0, NULL, NULL, 0, -1, 0, NULL, NULL, 0, 0 },
    { "value_type", ATC_T_SUPPORTED, ATC_F_OPTIONAL, offsetof(atc_onenet_miplreadrsp_test, value_type), offsetof(atc_onenet_miplreadrsp_test, has_value_type), 0, 0, 0, NULL, NULL, 0, -1, 0, NULL, NULL, 0, 0 },
    { "len", ATC_T_SUPPORTED, ATC_F_OPTIONAL, offsetof(atc_onenet_miplreadrsp_test, len), offsetof(atc_onenet_miplreadrsp_test, has_len), 0, 0, 0, NULL, NULL, 0, -1, 0, NULL, NULL, 0, 0 },
    { "value", ATC_T_SUPPORTED, ATC_F_OPTIONAL, offsetof(atc_onenet_miplreadrsp_test, value), offsetof(atc_onenet_miplreadrsp_test, has_value), 0, 0, 0, NULL, NULL, 0, -1, 0, NULL, NULL, 0, 0 },
    { "index", ATC_T_SUPPORTED, ATC_F_OPTIONAL, offsetof(atc_onenet_miplreadrsp_test, index), offsetof(atc_onenet_miplreadrsp_test, has_index), 0, 0, 0, NULL, NULL, 0, -1, 0, NULL, NULL, 0, 0 },
    { "flag", ATC_T_SUPPORTED, ATC_F_OPTIONAL, offsetof(atc_onenet_miplreadrsp_test, flag), offsetof(atc_onenet_miplreadrsp_test, has_flag), 0, 0, 0, NULL, NULL, 0, -1, 0, NULL, NULL, 0, 0 },
    { "rai_mode", ATC_T_SUPPORTED, ATC_F_OPTIONAL, offsetof(atc_onenet_miplreadrsp_test, rai_mode), offsetof(atc_onenet_miplreadrsp_test, has_rai_mode), 0, 0, 0, NULL, NULL, 0, -1, 0, NULL, NULL, 0, 0 },
};
static const uint32_t atc__onenet_miplreadrsp_test_shapes[] = {0x7u, 0x7ffu, 0xfffu};
static const uint16_t atc__onenet_miplreadrsp_test_answers[] = {28};
ATC__ONENET_CHECK(miplreadrsp_test_fits, sizeof(atc_onenet_miplreadrsp_test) <= ATC_MSG_BUF);
static const atc_field_desc atc__onenet_miplwritersp_test_fields[] = {
    { "ref", ATC_T_SUPPORTED, 0, offsetof(atc_onenet_miplwritersp_test, ref), 0, 0, 0, 0, NULL, NULL, 0, -1, 0, NULL, NULL, 0, 0 },
    { "msg_id", ATC_T_SUPPORTED, 0, offsetof(atc_onenet_miplwritersp_test, msg_id), 0, 0, 0, 0, NULL, NULL, 0, -1, 0, NULL, NULL, 0, 0 },
    { "result", ATC_T_SUPPORTED, 0, offsetof(atc_onenet_miplwritersp_test, result), 0, 0, 0, 0, NULL, NULL, 0, -1, 0, NULL, NULL, 0, 0 },
    { "rai_mode", ATC_T_SUPPORTED, ATC_F_OPTIONAL, offsetof(atc_onenet_miplwritersp_test, rai_mode), offsetof(atc_onenet_miplwritersp_test, has_rai_mode), 0, 0, 0, NULL, NULL, 0, -1, 0, NULL, NULL, 0, 0 },
};
static const uint32_t atc__onenet_miplwritersp_test_shapes[] = {0x7u, 0xfu};
static const uint16_t atc__onenet_miplwritersp_test_answers[] = {30};
ATC__ONENET_CHECK(miplwritersp_test_fits, sizeof(atc_onenet_miplwritersp_test) <= ATC_MSG_BUF);
static const atc_field_desc atc__onenet_miplexecutersp_test_fields[] = {
    { "ref", ATC_T_SUPPORTED, 0, offsetof(atc_onenet_miplexecutersp_test, ref), 0, 0, 0, 0, NULL, NULL, 0, -1, 0, NULL, NULL, 0, 0 },
    { "msg_id", ATC_T_SUPPORTED, 0, offsetof(atc_onenet_miplexecutersp_test, msg_id), 0, 0, 0, 0, NULL, NULL, 0, -1, 0, NULL, NULL, 0, 0 },
    { "result", ATC_T_SUPPORTED, 0, offsetof(atc_onenet_miplexecutersp_test, result), 0, 0, 0, 0, NULL, NULL, 0, -1, 0, NULL, NULL, 0, 0 },
    { "rai_mode", ATC_T_SUPPORTED, ATC_F_OPTIONAL, offsetof(atc_onenet_miplexecutersp_test, rai_mode), offsetof(atc_onenet_miplexecutersp_test, has_rai_mode), 0, 0, 0, NULL, NULL, 0, -1, 0, NULL, NULL, 0, 0 },
};
static const uint32_t atc__onenet_miplexecutersp_test_shapes[] = {0x7u, 0xfu};
static const uint16_t atc__onenet_miplexecutersp_test_answers[] = {32};
ATC__ONENET_CHECK(miplexecutersp_test_fits, sizeof(atc_onenet_miplexecutersp_test) <= ATC_MSG_BUF);
static const atc_field_desc atc__onenet_miplparameterrsp_test_fields[] = {
    { "ref", ATC_T_SUPPORTED, 0, offsetof(atc_onenet_miplparameterrsp_test, ref), 0, 0, 0, 0, NULL, NULL, 0, -1, 0, NULL, NULL, 0, 0 },
    { "msg_id", ATC_T_SUPPORTED, 0, offsetof(atc_onenet_miplparameterrsp_test, msg_id), 0, 0, 0, 0, NULL, NULL, 0, -1, 0, NULL, NULL, 0, 0 },
    { "result", ATC_T_SUPPORTED, 0, offsetof(atc_onenet_miplparameterrsp_test, result), 0, 0, 0, 0, NULL, NULL, 0, -1, 0, NULL, NULL, 0, 0 },
    { "rai_mode", ATC_T_SUPPORTED, ATC_F_OPTIONAL, offsetof(atc_onenet_miplparameterrsp_test, rai_mode), offsetof(atc_onenet_miplparameterrsp_test, has_rai_mode), 0, 0, 0, NULL, NULL, 0, -1, 0, NULL, NULL, 0, 0 },
};
static const uint32_t atc__onenet_miplparameterrsp_test_shapes[] = {0x7u, 0xfu};
static const uint16_t atc__onenet_miplparameterrsp_test_answers[] = {34};
ATC__ONENET_CHECK(miplparameterrsp_test_fits, sizeof(atc_onenet_miplparameterrsp_test) <= ATC_MSG_BUF);
static const atc_field_desc atc__onenet_miplnotify_test_fields[] = {
    { "ref", ATC_T_SUPPORTED, 0, offsetof(atc_onenet_miplnotify_test, ref), 0, 0, 0, 0, NULL, NULL, 0, -1, 0, NULL, NULL, 0, 0 },
    { "msg_id", ATC_T_SUPPORTED, 0, offsetof(atc_onenet_miplnotify_test, msg_id), 0, 0, 0, 0, NULL, NULL, 0, -1, 0, NULL, NULL, 0, 0 },
    { "obj_id", ATC_T_SUPPORTED, 0, offsetof(atc_onenet_miplnotify_test, obj_id), 0, 0, 0, 0, NULL, NULL, 0, -1, 0, NULL, NULL, 0, 0 },
    { "ins_id", ATC_T_SUPPORTED, 0, offsetof(atc_onenet_miplnotify_test, ins_id), 0, 0, 0, 0, NULL, NULL, 0, -1, 0, NULL, NULL, 0, 0 },
    { "res_id", ATC_T_SUPPORTED, 0, offsetof(atc_onenet_miplnotify_test, res_id), 0, 0, 0, 0, NULL, NULL, 0, -1, 0, NULL, NULL, 0, 0 },
    { "value_type", ATC_T_SUPPORTED, 0, offsetof(atc_onenet_miplnotify_test, value_type), 0, 0, 0, 0, NULL, NULL, 0, -1, 0, NULL, NULL, 0, 0 },
    { "len", ATC_T_SUPPORTED, 0, offsetof(atc_onenet_miplnotify_test, len), 0, 0, 0, 0, NULL, NULL, 0, -1, 0, NULL, NULL, 0, 0 },
    { "value", ATC_T_SUPPORTED, 0, offsetof(atc_onenet_miplnotify_test, value), 0, 0, 0, 0, NULL, NULL, 0, -1, 0, NULL, NULL, 0, 0 },
    { "index", ATC_T_SUPPORTED, 0, offsetof(atc_onenet_miplnotify_test, index), 0, 0, 0, 0, NULL, NULL, 0, -1, 0, NULL, NULL, 0, 0 },
    { "flag", ATC_T_SUPPORTED, 0, offsetof(atc_onenet_miplnotify_test, flag), 0, 0, 0, 0, NULL, NULL, 0, -1, 0, NULL, NULL, 0, 0 },
    { "ack_id", ATC_T_SUPPORTED, ATC_F_OPTIONAL, offsetof(atc_onenet_miplnotify_test, ack_id), offsetof(atc_onenet_miplnotify_test, has_ack_id), 0, 0, 0, NULL, NULL, 0, -1, 0, NULL, NULL, 0, 0 },
    { "rai_mode", ATC_T_SUPPORTED, ATC_F_OPTIONAL, offsetof(atc_onenet_miplnotify_test, rai_mode), offsetof(atc_onenet_miplnotify_test, has_rai_mode), 0, 0, 0, NULL, NULL, 0, -1, 0, NULL, NULL, 0, 0 },
};
static const uint32_t atc__onenet_miplnotify_test_shapes[] = {0x3ffu, 0x7ffu, 0xfffu};
static const uint16_t atc__onenet_miplnotify_test_answers[] = {36};
ATC__ONENET_CHECK(miplnotify_test_fits, sizeof(atc_onenet_miplnotify_test) <= ATC_MSG_BUF);
static const atc_field_desc atc__onenet_miplupdate_test_fields[] = {
    { "ref", ATC_T_SUPPORTED, 0, offsetof(atc_onenet_miplupdate_test, ref), 0, 0, 0, 0, NULL, NULL, 0, -1, 0, NULL, NULL, 0, 0 },
    { "lifetime", ATC_T_SUPPORTED, 0, offsetof(atc_onenet_miplupdate_test, lifetime), 0, 0, 0, 0, NULL, NULL, 0, -1, 0, NULL, NULL, 0, 0 },
    { "with_object_flag", ATC_T_SUPPORTED, 0, offsetof(atc_onenet_miplupdate_test, with_object_flag), 0, 0, 0, 0, NULL, NULL, 0, -1, 0, NULL, NULL, 0, 0 },
    { "rai_mode", ATC_T_SUPPORTED, ATC_F_OPTIONAL, offsetof(atc_onenet_miplupdate_test, rai_mode), offsetof(atc_onenet_miplupdate_test, has_rai_mode), 0, 0, 0, NULL, NULL, 0, -1, 0, NULL, NULL, 0, 0 },
};
static const uint32_t atc__onenet_miplupdate_test_shapes[] = {0x7u, 0xfu};
static const uint16_t atc__onenet_miplupdate_test_answers[] = {38};
ATC__ONENET_CHECK(miplupdate_test_fits, sizeof(atc_onenet_miplupdate_test) <= ATC_MSG_BUF);
static const int32_t atc__onenet_qsotainfo_1_ranges[] = {0, 2147483647};
static const atc_field_desc atc__onenet_qsotainfo_fields[] = {
    { "sw_version", ATC_T_STRING, 0, offsetof(atc_onenet_qsotainfo, sw_version), 0, 48, 0, 0, NULL, NULL, 0, -1, 0, NULL, NULL, 0, 0 },
    { "mem_size", ATC_T_INT, 0, offsetof(atc_onenet_qsotainfo, mem_size), 0, 0, 1, 0, atc__onenet_qsotainfo_1_ranges, NULL, 0, -1, 0, NULL, NULL, 0, 0 },
};
static const uint32_t atc__onenet_qsotainfo_shapes[] = {0x3u};
static const uint16_t atc__onenet_qsotainfo_answers[] = {40};
ATC__ONENET_CHECK(qsotainfo_fits, sizeof(atc_onenet_qsotainfo) <= ATC_MSG_BUF);
static const int32_t atc__onenet_mipldiscover_1_ranges[] = {0, 2147483647};
static const int32_t atc__onenet_mipldiscover_2_ranges[] = {0, 65535};
static const atc_field_desc atc__onenet_mipldiscover_fields[] = {
    { "ref", ATC_T_INT, 0, offsetof(atc_onenet_mipldiscover, ref), 0, 0, 0, 0, NULL, NULL, 0, -1, 0, NULL, NULL, 0, 0 },
    { "msg_id", ATC_T_INT, 0, offsetof(atc_onenet_mipldiscover, msg_id), 0, 0, 1, 0, atc__onenet_mipldiscover_1_ranges, NULL, 0, -1, 0, NULL, NULL, 0, 0 },
    { "obj_id", ATC_T_INT, 0, offsetof(atc_onenet_mipldiscover, obj_id), 0, 0, 1, 0, atc__onenet_mipldiscover_2_ranges, NULL, 0, -1, 0, NULL, NULL, 0, 0 },
};
static const uint32_t atc__onenet_mipldiscover_shapes[] = {0x7u};
ATC__ONENET_CHECK(mipldiscover_fits, sizeof(atc_onenet_mipldiscover) <= ATC_MSG_BUF);
static const int32_t atc__onenet_miplobserve_1_ranges[] = {0, 2147483647};
static const int32_t atc__onenet_miplobserve_2_ranges[] = {0, 0, 1, 1};
static const int32_t atc__onenet_miplobserve_3_ranges[] = {0, 65535};
static const int32_t atc__onenet_miplobserve_4_ranges[] = {-1, 65535};
static const int32_t atc__onenet_miplobserve_5_ranges[] = {-1, 65535};
static const atc_field_desc atc__onenet_miplobserve_fields[] = {
    { "ref", ATC_T_INT, 0, offsetof(atc_onenet_miplobserve, ref), 0, 0, 0, 0, NULL, NULL, 0, -1, 0, NULL, NULL, 0, 0 },
    { "msg_id", ATC_T_INT, 0, offsetof(atc_onenet_miplobserve, msg_id), 0, 0, 1, 0, atc__onenet_miplobserve_1_ranges, NULL, 0, -1, 0, NULL, NULL, 0, 0 },
    { "flag", ATC_T_INT, 0, offsetof(atc_onenet_miplobserve, flag), 0, 0, 2, 0, atc__onenet_miplobserve_2_ranges, NULL, 0, -1, 0, NULL, NULL, 0, 0 },
    { "obj_id", ATC_T_INT, 0, offsetof(atc_onenet_miplobserve, obj_id), 0, 0, 1, 0, atc__onenet_miplobserve_3_ranges, NULL, 0, -1, 0, NULL, NULL, 0, 0 },
    { "ins_id", ATC_T_INT, 0, offsetof(atc_onenet_miplobserve, ins_id), 0, 0, 1, 0, atc__onenet_miplobserve_4_ranges, NULL, 0, -1, 0, NULL, NULL, 0, 0 },
    { "res_id", ATC_T_INT, 0, offsetof(atc_onenet_miplobserve, res_id), 0, 0, 1, 0, atc__onenet_miplobserve_5_ranges, NULL, 0, -1, 0, NULL, NULL, 0, 0 },
};
static const uint32_t atc__onenet_miplobserve_shapes[] = {0x3fu};
ATC__ONENET_CHECK(miplobserve_fits, sizeof(atc_onenet_miplobserve) <= ATC_MSG_BUF);
static const int32_t atc__onenet_miplread_1_ranges[] = {0, 2147483647};
static const int32_t atc__onenet_miplread_2_ranges[] = {0, 65535};
static const int32_t atc__onenet_miplread_3_ranges[] = {-1, 65535};
static const int32_t atc__onenet_miplread_4_ranges[] = {-1, 65535};
static const atc_field_desc atc__onenet_miplread_fields[] = {
    { "ref", ATC_T_INT, 0, offsetof(atc_onenet_miplread, ref), 0, 0, 0, 0, NULL, NULL, 0, -1, 0, NULL, NULL, 0, 0 },
    { "msg_id", ATC_T_INT, 0, offsetof(atc_onenet_miplread, msg_id), 0, 0, 1, 0, atc__onenet_miplread_1_ranges, NULL, 0, -1, 0, NULL, NULL, 0, 0 },
    { "obj_id", ATC_T_INT, 0, offsetof(atc_onenet_miplread, obj_id), 0, 0, 1, 0, atc__onenet_miplread_2_ranges, NULL, 0, -1, 0, NULL, NULL, 0, 0 },
    { "ins_id", ATC_T_INT, 0, offsetof(atc_onenet_miplread, ins_id), 0, 0, 1, 0, atc__onenet_miplread_3_ranges, NULL, 0, -1, 0, NULL, NULL, 0, 0 },
    { "res_id", ATC_T_INT, 0, offsetof(atc_onenet_miplread, res_id), 0, 0, 1, 0, atc__onenet_miplread_4_ranges, NULL, 0, -1, 0, NULL, NULL, 0, 0 },
};
static const uint32_t atc__onenet_miplread_shapes[] = {0x1fu};
ATC__ONENET_CHECK(miplread_fits, sizeof(atc_onenet_miplread) <= ATC_MSG_BUF);
static const int32_t atc__onenet_miplwrite_1_ranges[] = {0, 2147483647};
static const int32_t atc__onenet_miplwrite_2_ranges[] = {0, 65535};
static const int32_t atc__onenet_miplwrite_3_ranges[] = {0, 65535};
static const int32_t atc__onenet_miplwrite_4_ranges[] = {0, 65535};
static const int32_t atc__onenet_miplwrite_5_ranges[] = {1, 1, 2, 2, 3, 3, 4, 4, 5, 5};
static const int32_t atc__onenet_miplwrite_7_dyn[] = {1, ATC_T_STRING, 2, ATC_T_TOKEN, 3, ATC_T_INT, 4, ATC_T_FLOAT, 5, ATC_T_INT};
static const int32_t atc__onenet_miplwrite_8_ranges[] = {0, 0, 1, 1, 2, 2};
static const atc_field_desc atc__onenet_miplwrite_fields[] = {
    { "ref", ATC_T_INT, 0, offsetof(atc_onenet_miplwrite, ref), 0, 0, 0, 0, NULL, NULL, 0, -1, 0, NULL, NULL, 0, 0 },
    { "msg_id", ATC_T_INT, 0, offsetof(atc_onenet_miplwrite, msg_id), 0, 0, 1, 0, atc__onenet_miplwrite_1_ranges, NULL, 0, -1, 0, NULL, NULL, 0, 0 },
    { "obj_id", ATC_T_INT, 0, offsetof(atc_onenet_miplwrite, obj_id), 0, 0, 1, 0, atc__onenet_miplwrite_2_ranges, NULL, 0, -1, 0, NULL, NULL, 0, 0 },
    { "ins_id", ATC_T_INT, 0, offsetof(atc_onenet_miplwrite, ins_id), 0, 0, 1, 0, atc__onenet_miplwrite_3_ranges, NULL, 0, -1, 0, NULL, NULL, 0, 0 },
    { "res_id", ATC_T_INT, 0, offsetof(atc_onenet_miplwrite, res_id), 0, 0, 1, 0, atc__onenet_miplwrite_4_ranges, NULL, 0, -1, 0, NULL, NULL, 0, 0 },
    { "value_type", ATC_T_INT, 0, offsetof(atc_onenet_miplwrite, value_type), 0, 0, 5, 0, atc__onenet_miplwrite_5_ranges, NULL, 0, -1, 0, NULL, NULL, 0, 0 },
    { "len", ATC_T_INT, 0, offsetof(atc_onenet_miplwrite, len), 0, 0, 0, 0, NULL, NULL, 0, -1, 0, NULL, NULL, 0, 0 },
    { "value", ATC_T_DYNAMIC, 0, offsetof(atc_onenet_miplwrite, value), 0, 0, 0, 0, NULL, NULL, 0, 5, 5, atc__onenet_miplwrite_7_dyn, NULL, 0, 0 },
    { "flag", ATC_T_INT, 0, offsetof(atc_onenet_miplwrite, flag), 0, 0, 3, 0, atc__onenet_miplwrite_8_ranges, NULL, 0, -1, 0, NULL, NULL, 0, 0 },
    { "index", ATC_T_INT, 0, offsetof(atc_onenet_miplwrite, index), 0, 0, 0, 0, NULL, NULL, 0, -1, 0, NULL, NULL, 0, 0 },
};
static const uint32_t atc__onenet_miplwrite_shapes[] = {0x3ffu};
ATC__ONENET_CHECK(miplwrite_fits, sizeof(atc_onenet_miplwrite) <= ATC_MSG_BUF);
static const int32_t atc__onenet_miplexecute_1_ranges[] = {0, 2147483647};
static const int32_t atc__onenet_miplexecute_2_ranges[] = {0, 65535};
static const int32_t atc__onenet_miplexecute_3_ranges[] = {0, 65535};
static const int32_t atc__onenet_miplexecute_4_ranges[] = {0, 65535};
static const atc_field_desc atc__onenet_miplexecute_fields[] = {
    { "ref", ATC_T_INT, 0, offsetof(atc_onenet_miplexecute, ref), 0, 0, 0, 0, NULL, NULL, 0, -1, 0, NULL, NULL, 0, 0 },
    { "msg_id", ATC_T_INT, 0, offsetof(atc_onenet_miplexecute, msg_id), 0, 0, 1, 0, atc__onenet_miplexecute_1_ranges, NULL, 0, -1, 0, NULL, NULL, 0, 0 },
    { "obj_id", ATC_T_INT, 0, offsetof(atc_onenet_miplexecute, obj_id), 0, 0, 1, 0, atc__onenet_miplexecute_2_ranges, NULL, 0, -1, 0, NULL, NULL, 0, 0 },
    { "ins_id", ATC_T_INT, 0, offsetof(atc_onenet_miplexecute, ins_id), 0, 0, 1, 0, atc__onenet_miplexecute_3_ranges, NULL, 0, -1, 0, NULL, NULL, 0, 0 },
    { "res_id", ATC_T_INT, 0, offsetof(atc_onenet_miplexecute, res_id), 0, 0, 1, 0, atc__onenet_miplexecute_4_ranges, NULL, 0, -1, 0, NULL, NULL, 0, 0 },
    { "len", ATC_T_INT, ATC_F_OPTIONAL, offsetof(atc_onenet_miplexecute, len), offsetof(atc_onenet_miplexecute, has_len), 0, 0, 0, NULL, NULL, 0, -1, 0, NULL, NULL, 0, 0 },
    { "arguments", ATC_T_STRING, ATC_F_OPTIONAL, offsetof(atc_onenet_miplexecute, arguments), offsetof(atc_onenet_miplexecute, has_arguments), 0, 0, 0, NULL, NULL, 0, -1, 0, NULL, NULL, 0, 0 },
};
static const uint32_t atc__onenet_miplexecute_shapes[] = {0x1fu, 0x7fu};
ATC__ONENET_CHECK(miplexecute_fits, sizeof(atc_onenet_miplexecute) <= ATC_MSG_BUF);
static const int32_t atc__onenet_miplparameter_1_ranges[] = {0, 2147483647};
static const int32_t atc__onenet_miplparameter_2_ranges[] = {0, 65535};
static const int32_t atc__onenet_miplparameter_3_ranges[] = {0, 65535};
static const int32_t atc__onenet_miplparameter_4_ranges[] = {-1, 65535};
static const atc_field_desc atc__onenet_miplparameter_fields[] = {
    { "ref", ATC_T_INT, 0, offsetof(atc_onenet_miplparameter, ref), 0, 0, 0, 0, NULL, NULL, 0, -1, 0, NULL, NULL, 0, 0 },
    { "msg_id", ATC_T_INT, 0, offsetof(atc_onenet_miplparameter, msg_id), 0, 0, 1, 0, atc__onenet_miplparameter_1_ranges, NULL, 0, -1, 0, NULL, NULL, 0, 0 },
    { "obj_id", ATC_T_INT, 0, offsetof(atc_onenet_miplparameter, obj_id), 0, 0, 1, 0, atc__onenet_miplparameter_2_ranges, NULL, 0, -1, 0, NULL, NULL, 0, 0 },
    { "ins_id", ATC_T_INT, 0, offsetof(atc_onenet_miplparameter, ins_id), 0, 0, 1, 0, atc__onenet_miplparameter_3_ranges, NULL, 0, -1, 0, NULL, NULL, 0, 0 },
    { "res_id", ATC_T_INT, 0, offsetof(atc_onenet_miplparameter, res_id), 0, 0, 1, 0, atc__onenet_miplparameter_4_ranges, NULL, 0, -1, 0, NULL, NULL, 0, 0 },
    { "len", ATC_T_INT, 0, offsetof(atc_onenet_miplparameter, len), 0, 0, 0, 0, NULL, NULL, 0, -1, 0, NULL, NULL, 0, 0 },
    { "parameter", ATC_T_STRING, 0, offsetof(atc_onenet_miplparameter, parameter), 0, 0, 0, 0, NULL, NULL, 0, -1, 0, NULL, NULL, 0, 0 },
};
static const uint32_t atc__onenet_miplparameter_shapes[] = {0x7fu};
ATC__ONENET_CHECK(miplparameter_fits, sizeof(atc_onenet_miplparameter) <= ATC_MSG_BUF);
static const int32_t atc__onenet_miplevent_notify_failed_1_ranges[] = {25, 25};
static const int32_t atc__onenet_miplevent_notify_failed_2_ranges[] = {1, 65535};
static const atc_field_desc atc__onenet_miplevent_notify_failed_fields[] = {
    { "ref", ATC_T_INT, 0, offsetof(atc_onenet_miplevent_notify_failed, ref), 0, 0, 0, 0, NULL, NULL, 0, -1, 0, NULL, NULL, 0, 0 },
    { "evtid", ATC_T_INT, 0, offsetof(atc_onenet_miplevent_notify_failed, evtid), 0, 0, 1, 0, atc__onenet_miplevent_notify_failed_1_ranges, NULL, 0, -1, 0, NULL, NULL, 0, 0 },
    { "ack_id", ATC_T_INT, 0, offsetof(atc_onenet_miplevent_notify_failed, ack_id), 0, 0, 1, 0, atc__onenet_miplevent_notify_failed_2_ranges, NULL, 0, -1, 0, NULL, NULL, 0, 0 },
};
static const uint32_t atc__onenet_miplevent_notify_failed_shapes[] = {0x7u};
ATC__ONENET_CHECK(miplevent_notify_failed_fits, sizeof(atc_onenet_miplevent_notify_failed) <= ATC_MSG_BUF);
static const int32_t atc__onenet_miplevent_notify_success_1_ranges[] = {26, 26};
static const int32_t atc__onenet_miplevent_notify_success_2_ranges[] = {1, 65535};
static const atc_field_desc atc__onenet_miplevent_notify_success_fields[] = {
    { "ref", ATC_T_INT, 0, offsetof(atc_onenet_miplevent_notify_success, ref), 0, 0, 0, 0, NULL, NULL, 0, -1, 0, NULL, NULL, 0, 0 },
    { "evtid", ATC_T_INT, 0, offsetof(atc_onenet_miplevent_notify_success, evtid), 0, 0, 1, 0, atc__onenet_miplevent_notify_success_1_ranges, NULL, 0, -1, 0, NULL, NULL, 0, 0 },
    { "ack_id", ATC_T_INT, 0, offsetof(atc_onenet_miplevent_notify_success, ack_id), 0, 0, 1, 0, atc__onenet_miplevent_notify_success_2_ranges, NULL, 0, -1, 0, NULL, NULL, 0, 0 },
};
static const uint32_t atc__onenet_miplevent_notify_success_shapes[] = {0x7u};
ATC__ONENET_CHECK(miplevent_notify_success_fits, sizeof(atc_onenet_miplevent_notify_success) <= ATC_MSG_BUF);
static const int32_t atc__onenet_miplevent_1_ranges[] = {1, 1, 2, 2, 3, 3, 4, 4, 5, 5, 6, 6, 7, 7, 8, 8, 9, 9, 10, 10, 11, 11, 12, 12, 13, 13, 14, 14, 15, 15, 20, 20, 21, 21, 25, 25, 26, 26, 40, 40, 41, 41, 42, 42, 43, 43, 44, 44, 45, 45, 46, 46, 47, 47, 48, 48, 49, 49, 50, 50, 51, 51, 52, 52, 53, 53, 54, 54};
static const int32_t atc__onenet_miplevent_3_ranges[] = {1, 65535};
static const int32_t atc__onenet_miplevent_5_ranges[] = {0, 0, 1, 1};
static const atc_field_desc atc__onenet_miplevent_fields[] = {
    { "ref", ATC_T_INT, 0, offsetof(atc_onenet_miplevent, ref), 0, 0, 0, 0, NULL, NULL, 0, -1, 0, NULL, NULL, 0, 0 },
    { "evtid", ATC_T_INT, 0, offsetof(atc_onenet_miplevent, evtid), 0, 0, 34, 0, atc__onenet_miplevent_1_ranges, NULL, 0, -1, 0, NULL, NULL, 0, 0 },
    { "extend", ATC_T_INT, ATC_F_OPTIONAL, offsetof(atc_onenet_miplevent, extend), offsetof(atc_onenet_miplevent, has_extend), 0, 0, 0, NULL, NULL, 0, -1, 0, NULL, NULL, 0, 0 },
    { "ack_id", ATC_T_INT, ATC_F_OPTIONAL, offsetof(atc_onenet_miplevent, ack_id), offsetof(atc_onenet_miplevent, has_ack_id), 0, 1, 0, atc__onenet_miplevent_3_ranges, NULL, 0, -1, 0, NULL, NULL, 0, 0 },
    { "time_stamp", ATC_T_STRING, ATC_F_OPTIONAL, offsetof(atc_onenet_miplevent, time_stamp), offsetof(atc_onenet_miplevent, has_time_stamp), 14, 0, 0, NULL, NULL, 0, -1, 0, NULL, NULL, 0, 0 },
    { "cache_command_flag", ATC_T_INT, ATC_F_OPTIONAL, offsetof(atc_onenet_miplevent, cache_command_flag), offsetof(atc_onenet_miplevent, has_cache_command_flag), 0, 2, 0, atc__onenet_miplevent_5_ranges, NULL, 0, -1, 0, NULL, NULL, 0, 0 },
};
static const uint32_t atc__onenet_miplevent_shapes[] = {0x3u, 0x7u, 0xfu, 0x3fu};
ATC__ONENET_CHECK(miplevent_fits, sizeof(atc_onenet_miplevent) <= ATC_MSG_BUF);

static const atc_msg_desc atc__onenet_msgs[] = {
    {"OK", NULL, "OK", ATC_KIND_FINAL, ATC_FORM_NONE, 0,
      0, NULL, NULL, 0,
      -1, 0, sizeof(atc_onenet_ok), NULL, 0, 0, -1, NULL,
      NULL, 0, 0u },
    {"ERROR", NULL, "ERROR", ATC_KIND_FINAL, ATC_FORM_NONE, ATC_M_ERROR,
      0, NULL, NULL, 0,
      -1, 0, sizeof(atc_onenet_error), NULL, 0, 0, -1, NULL,
      NULL, 0, 0u },
    {"CME_ERROR", NULL, "+CME ERROR: ", ATC_KIND_FINAL, ATC_FORM_NONE, ATC_M_ERROR,
      1, atc__onenet_cme_error_fields, atc__onenet_cme_error_shapes, 1,
      -1, 0, sizeof(atc_onenet_cme_error), NULL, 0, 0, -1, NULL,
      NULL, 0, 0u },
    {"MIPLCONFIG", NULL, "AT+MIPLCONFIG=?", ATC_KIND_COMMAND, ATC_FORM_TEST, 0,
      0, NULL, NULL, 0,
      -1, 0, sizeof(atc_onenet_at_miplconfig_test), NULL, 0, 0, -1, NULL,
      NULL, 0, 300u },
    {"MIPLCONFIG", NULL, "AT+MIPLCONFIG?", ATC_KIND_COMMAND, ATC_FORM_READ, 0,
      0, NULL, NULL, 0,
      -1, 0, sizeof(atc_onenet_at_miplconfig_read), NULL, 0, 0, -1, NULL,
      NULL, 0, 300u },
    {"MIPLCONFIG", NULL, "AT+MIPLCONFIG=", ATC_KIND_COMMAND, ATC_FORM_SET, 0,
      3, atc__onenet_at_miplconfig_set_access_server_fields, atc__onenet_at_miplconfig_set_access_server_shapes, 1,
      -1, 0, sizeof(atc_onenet_at_miplconfig_set_access_server), NULL, 0, 0, -1, NULL,
      NULL, 0, 300u },
    {"MIPLCONFIG", NULL, "AT+MIPLCONFIG=", ATC_KIND_COMMAND, ATC_FORM_SET, 0,
      3, atc__onenet_at_miplconfig_set_bootstrap_fields, atc__onenet_at_miplconfig_set_bootstrap_shapes, 1,
      -1, 0, sizeof(atc_onenet_at_miplconfig_set_bootstrap), NULL, 0, 0, -1, NULL,
      NULL, 0, 300u },
    {"MIPLCONFIG", NULL, "AT+MIPLCONFIG=", ATC_KIND_COMMAND, ATC_FORM_SET, 0,
      3, atc__onenet_at_miplconfig_set_ack_timeout_fields, atc__onenet_at_miplconfig_set_ack_timeout_shapes, 2,
      -1, 0, sizeof(atc_onenet_at_miplconfig_set_ack_timeout), NULL, 0, 0, -1, NULL,
      NULL, 0, 300u },
    {"MIPLCONFIG", NULL, "AT+MIPLCONFIG=", ATC_KIND_COMMAND, ATC_FORM_SET, 0,
      2, atc__onenet_at_miplconfig_set_obs_autoack_fields, atc__onenet_at_miplconfig_set_obs_autoack_shapes, 1,
      -1, 0, sizeof(atc_onenet_at_miplconfig_set_obs_autoack), NULL, 0, 0, -1, NULL,
      NULL, 0, 300u },
    {"MIPLCONFIG", NULL, "AT+MIPLCONFIG=", ATC_KIND_COMMAND, ATC_FORM_SET, 0,
      3, atc__onenet_at_miplconfig_set_auth_fields, atc__onenet_at_miplconfig_set_auth_shapes, 2,
      -1, 0, sizeof(atc_onenet_at_miplconfig_set_auth), NULL, 0, 0, -1, NULL,
      NULL, 0, 300u },
    {"MIPLCONFIG", NULL, "AT+MIPLCONFIG=", ATC_KIND_COMMAND, ATC_FORM_SET, 0,
      3, atc__onenet_at_miplconfig_set_dtls_fields, atc__onenet_at_miplconfig_set_dtls_shapes, 2,
      -1, 0, sizeof(atc_onenet_at_miplconfig_set_dtls), NULL, 0, 0, -1, NULL,
      NULL, 0, 300u },
    {"MIPLCONFIG", NULL, "AT+MIPLCONFIG=", ATC_KIND_COMMAND, ATC_FORM_SET, 0,
      2, atc__onenet_at_miplconfig_set_write_format_fields, atc__onenet_at_miplconfig_set_write_format_shapes, 1,
      -1, 0, sizeof(atc_onenet_at_miplconfig_set_write_format), NULL, 0, 0, -1, NULL,
      NULL, 0, 300u },
    {"MIPLCREATE", NULL, "AT+MIPLCREATE", ATC_KIND_COMMAND, ATC_FORM_EXEC, 0,
      0, NULL, NULL, 0,
      -1, 0, sizeof(atc_onenet_at_miplcreate_exec), NULL, 0, 0, -1, NULL,
      NULL, 0, 300u },
    {"MIPLDELETE", NULL, "AT+MIPLDELETE=?", ATC_KIND_COMMAND, ATC_FORM_TEST, 0,
      0, NULL, NULL, 0,
      -1, 0, sizeof(atc_onenet_at_mipldelete_test), NULL, 0, 0, -1, NULL,
      NULL, 0, 3000u },
    {"MIPLDELETE", NULL, "AT+MIPLDELETE=", ATC_KIND_COMMAND, ATC_FORM_SET, 0,
      1, atc__onenet_at_mipldelete_set_fields, atc__onenet_at_mipldelete_set_shapes, 1,
      -1, 0, sizeof(atc_onenet_at_mipldelete_set), NULL, 0, 0, -1, NULL,
      NULL, 0, 3000u },
    {"MIPLVER", NULL, "AT+MIPLVER?", ATC_KIND_COMMAND, ATC_FORM_READ, 0,
      0, NULL, NULL, 0,
      -1, 0, sizeof(atc_onenet_at_miplver_read), NULL, 0, 0, -1, NULL,
      NULL, 0, 300u },
    {"MIPLADDOBJ", NULL, "AT+MIPLADDOBJ=?", ATC_KIND_COMMAND, ATC_FORM_TEST, 0,
      0, NULL, NULL, 0,
      -1, 0, sizeof(atc_onenet_at_mipladdobj_test), NULL, 0, 0, -1, NULL,
      NULL, 0, 300u },
    {"MIPLADDOBJ", NULL, "AT+MIPLADDOBJ=", ATC_KIND_COMMAND, ATC_FORM_SET, 0,
      6, atc__onenet_at_mipladdobj_set_fields, atc__onenet_at_mipladdobj_set_shapes, 1,
      -1, 0, sizeof(atc_onenet_at_mipladdobj_set), NULL, 0, 0, -1, NULL,
      NULL, 0, 300u },
    {"MIPLDELOBJ", NULL, "AT+MIPLDELOBJ=?", ATC_KIND_COMMAND, ATC_FORM_TEST, 0,
      0, NULL, NULL, 0,
      -1, 0, sizeof(atc_onenet_at_mipldelobj_test), NULL, 0, 0, -1, NULL,
      NULL, 0, 300u },
    {"MIPLDELOBJ", NULL, "AT+MIPLDELOBJ=", ATC_KIND_COMMAND, ATC_FORM_SET, 0,
      2, atc__onenet_at_mipldelobj_set_fields, atc__onenet_at_mipldelobj_set_shapes, 1,
      -1, 0, sizeof(atc_onenet_at_mipldelobj_set), NULL, 0, 0, -1, NULL,
      NULL, 0, 300u },
    {"MIPLOPEN", NULL, "AT+MIPLOPEN=?", ATC_KIND_COMMAND, ATC_FORM_TEST, 0,
      0, NULL, NULL, 0,
      -1, 0, sizeof(atc_onenet_at_miplopen_test), NULL, 0, 0, -1, NULL,
      NULL, 0, 300u },
    {"MIPLOPEN", NULL, "AT+MIPLOPEN=", ATC_KIND_COMMAND, ATC_FORM_SET, 0,
      3, atc__onenet_at_miplopen_set_fields, atc__onenet_at_miplopen_set_shapes, 2,
      -1, 0, sizeof(atc_onenet_at_miplopen_set), NULL, 0, 0, -1, NULL,
      NULL, 0, 300u },
    {"MIPLCLOSE", NULL, "AT+MIPLCLOSE=?", ATC_KIND_COMMAND, ATC_FORM_TEST, 0,
      0, NULL, NULL, 0,
      -1, 0, sizeof(atc_onenet_at_miplclose_test), NULL, 0, 0, -1, NULL,
      NULL, 0, 3000u },
    {"MIPLCLOSE", NULL, "AT+MIPLCLOSE=", ATC_KIND_COMMAND, ATC_FORM_SET, 0,
      1, atc__onenet_at_miplclose_set_fields, atc__onenet_at_miplclose_set_shapes, 1,
      -1, 0, sizeof(atc_onenet_at_miplclose_set), NULL, 0, 0, -1, NULL,
      NULL, 0, 3000u },
    {"MIPLDISCOVERRSP", NULL, "AT+MIPLDISCOVERRSP=?", ATC_KIND_COMMAND, ATC_FORM_TEST, 0,
      0, NULL, NULL, 0,
      -1, 0, sizeof(atc_onenet_at_mipldiscoverrsp_test), NULL, 0, 0, -1, NULL,
      NULL, 0, 300u },
    {"MIPLDISCOVERRSP", NULL, "AT+MIPLDISCOVERRSP=", ATC_KIND_COMMAND, ATC_FORM_SET, 0,
      6, atc__onenet_at_mipldiscoverrsp_set_fields, atc__onenet_at_mipldiscoverrsp_set_shapes, 3,
      -1, 0, sizeof(atc_onenet_at_mipldiscoverrsp_set), NULL, 0, 0, -1, NULL,
      NULL, 0, 300u },
    {"MIPLOBSERVERSP", NULL, "AT+MIPLOBSERVERSP=?", ATC_KIND_COMMAND, ATC_FORM_TEST, 0,
      0, NULL, NULL, 0,
      -1, 0, sizeof(atc_onenet_at_miplobserversp_test), NULL, 0, 0, -1, NULL,
      NULL, 0, 300u },
    {"MIPLOBSERVERSP", NULL, "AT+MIPLOBSERVERSP=", ATC_KIND_COMMAND, ATC_FORM_SET, 0,
      4, atc__onenet_at_miplobserversp_set_fields, atc__onenet_at_miplobserversp_set_shapes, 2,
      -1, 0, sizeof(atc_onenet_at_miplobserversp_set), NULL, 0, 0, -1, NULL,
      NULL, 0, 300u },
    {"MIPLREADRSP", NULL, "AT+MIPLREADRSP=?", ATC_KIND_COMMAND, ATC_FORM_TEST, 0,
      0, NULL, NULL, 0,
      -1, 0, sizeof(atc_onenet_at_miplreadrsp_test), NULL, 0, 0, -1, NULL,
      NULL, 0, 300u },
    {"MIPLREADRSP", NULL, "AT+MIPLREADRSP=", ATC_KIND_COMMAND, ATC_FORM_SET, 0,
      12, atc__onenet_at_miplreadrsp_set_fields, atc__onenet_at_miplreadrsp_set_shapes, 3,
      -1, 0, sizeof(atc_onenet_at_miplreadrsp_set), NULL, 0, 0, -1, NULL,
      NULL, 0, 300u },
    {"MIPLWRITERSP", NULL, "AT+MIPLWRITERSP=?", ATC_KIND_COMMAND, ATC_FORM_TEST, 0,
      0, NULL, NULL, 0,
      -1, 0, sizeof(atc_onenet_at_miplwritersp_test), NULL, 0, 0, -1, NULL,
      NULL, 0, 300u },
    {"MIPLWRITERSP", NULL, "AT+MIPLWRITERSP=", ATC_KIND_COMMAND, ATC_FORM_SET, 0,
      4, atc__onenet_at_miplwritersp_set_fields, atc__onenet_at_miplwritersp_set_shapes, 2,
      -1, 0, sizeof(atc_onenet_at_miplwritersp_set), NULL, 0, 0, -1, NULL,
      NULL, 0, 300u },
    {"MIPLEXECUTERSP", NULL, "AT+MIPLEXECUTERSP=?", ATC_KIND_COMMAND, ATC_FORM_TEST, 0,
      0, NULL, NULL, 0,
      -1, 0, sizeof(atc_onenet_at_miplexecutersp_test), NULL, 0, 0, -1, NULL,
      NULL, 0, 300u },
    {"MIPLEXECUTERSP", NULL, "AT+MIPLEXECUTERSP=", ATC_KIND_COMMAND, ATC_FORM_SET, 0,
      4, atc__onenet_at_miplexecutersp_set_fields, atc__onenet_at_miplexecutersp_set_shapes, 2,
      -1, 0, sizeof(atc_onenet_at_miplexecutersp_set), NULL, 0, 0, -1, NULL,
      NULL, 0, 300u },
    {"MIPLPARAMETERRSP", NULL, "AT+MIPLPARAMETERRSP=?", ATC_KIND_COMMAND, ATC_FORM_TEST, 0,
      0, NULL, NULL, 0,
      -1, 0, sizeof(atc_onenet_at_miplparameterrsp_test), NULL, 0, 0, -1, NULL,
      NULL, 0, 300u },
    {"MIPLPARAMETERRSP", NULL, "AT+MIPLPARAMETERRSP=", ATC_KIND_COMMAND, ATC_FORM_SET, 0,
      4, atc__onenet_at_miplparameterrsp_set_fields, atc__onenet_at_miplparameterrsp_set_shapes, 2,
      -1, 0, sizeof(atc_onenet_at_miplparameterrsp_set), NULL, 0, 0, -1, NULL,
      NULL, 0, 300u },
    {"MIPLNOTIFY", NULL, "AT+MIPLNOTIFY=?", ATC_KIND_COMMAND, ATC_FORM_TEST, 0,
      0, NULL, NULL, 0,
      -1, 0, sizeof(atc_onenet_at_miplnotify_test), NULL, 0, 0, -1, NULL,
      NULL, 0, 300u },
    {"MIPLNOTIFY", NULL, "AT+MIPLNOTIFY=", ATC_KIND_COMMAND, ATC_FORM_SET, 0,
      12, atc__onenet_at_miplnotify_set_fields, atc__onenet_at_miplnotify_set_shapes, 3,
      -1, 0, sizeof(atc_onenet_at_miplnotify_set), NULL, 0, 0, -1, NULL,
      NULL, 0, 300u },
    {"MIPLUPDATE", NULL, "AT+MIPLUPDATE=?", ATC_KIND_COMMAND, ATC_FORM_TEST, 0,
      0, NULL, NULL, 0,
      -1, 0, sizeof(atc_onenet_at_miplupdate_test), NULL, 0, 0, -1, NULL,
      NULL, 0, 300u },
    {"MIPLUPDATE", NULL, "AT+MIPLUPDATE=", ATC_KIND_COMMAND, ATC_FORM_SET, 0,
      4, atc__onenet_at_miplupdate_set_fields, atc__onenet_at_miplupdate_set_shapes, 2,
      -1, 0, sizeof(atc_onenet_at_miplupdate_set), NULL, 0, 0, -1, NULL,
      NULL, 0, 300u },
    {"QSOTAINFO", NULL, "AT+QSOTAINFO?", ATC_KIND_COMMAND, ATC_FORM_READ, 0,
      0, NULL, NULL, 0,
      -1, 0, sizeof(atc_onenet_at_qsotainfo_read), NULL, 0, 0, -1, NULL,
      NULL, 0, 300u },
    {"QSOTAINFO", NULL, "AT+QSOTAINFO=", ATC_KIND_COMMAND, ATC_FORM_SET, 0,
      2, atc__onenet_at_qsotainfo_set_fields, atc__onenet_at_qsotainfo_set_shapes, 1,
      -1, 0, sizeof(atc_onenet_at_qsotainfo_set), NULL, 0, 0, -1, NULL,
      NULL, 0, 300u },
    {"QSOTARESULT", NULL, "AT+QSOTARESULT=", ATC_KIND_COMMAND, ATC_FORM_SET, 0,
      1, atc__onenet_at_qsotaresult_set_fields, atc__onenet_at_qsotaresult_set_shapes, 1,
      -1, 0, sizeof(atc_onenet_at_qsotaresult_set), NULL, 0, 0, -1, NULL,
      NULL, 0, 300u },
    {"MIPLCONFIG", NULL, "+MIPLCONFIG: ", ATC_KIND_RESPONSE, ATC_FORM_NONE, 0,
      3, atc__onenet_miplconfig_test_fields, atc__onenet_miplconfig_test_shapes, 2,
      -1, 0, sizeof(atc_onenet_miplconfig_test), NULL, 0, 0, -1, NULL,
      atc__onenet_miplconfig_test_answers, 1, 0u },
    {"MIPLCONFIG", NULL, "+MIPLCONFIG: ", ATC_KIND_RESPONSE, ATC_FORM_NONE, ATC_M_MULTI,
      3, atc__onenet_miplconfig_read_access_server_fields, atc__onenet_miplconfig_read_access_server_shapes, 1,
      -1, 0, sizeof(atc_onenet_miplconfig_read_access_server), NULL, 0, 0, -1, NULL,
      atc__onenet_miplconfig_read_access_server_answers, 1, 0u },
    {"MIPLCONFIG", NULL, "+MIPLCONFIG: ", ATC_KIND_RESPONSE, ATC_FORM_NONE, ATC_M_MULTI,
      3, atc__onenet_miplconfig_read_bootstrap_fields, atc__onenet_miplconfig_read_bootstrap_shapes, 1,
      -1, 0, sizeof(atc_onenet_miplconfig_read_bootstrap), NULL, 0, 0, -1, NULL,
      atc__onenet_miplconfig_read_bootstrap_answers, 1, 0u },
    {"MIPLCONFIG", NULL, "+MIPLCONFIG: ", ATC_KIND_RESPONSE, ATC_FORM_NONE, ATC_M_MULTI,
      2, atc__onenet_miplconfig_read_ack_timeout_fields, atc__onenet_miplconfig_read_ack_timeout_shapes, 1,
      -1, 0, sizeof(atc_onenet_miplconfig_read_ack_timeout), NULL, 0, 0, -1, NULL,
      atc__onenet_miplconfig_read_ack_timeout_answers, 1, 0u },
    {"MIPLCONFIG", NULL, "+MIPLCONFIG: ", ATC_KIND_RESPONSE, ATC_FORM_NONE, ATC_M_MULTI,
      2, atc__onenet_miplconfig_read_obs_autoack_fields, atc__onenet_miplconfig_read_obs_autoack_shapes, 1,
      -1, 0, sizeof(atc_onenet_miplconfig_read_obs_autoack), NULL, 0, 0, -1, NULL,
      atc__onenet_miplconfig_read_obs_autoack_answers, 1, 0u },
    {"MIPLCONFIG", NULL, "+MIPLCONFIG: ", ATC_KIND_RESPONSE, ATC_FORM_NONE, ATC_M_MULTI,
      3, atc__onenet_miplconfig_read_auth_fields, atc__onenet_miplconfig_read_auth_shapes, 2,
      -1, 0, sizeof(atc_onenet_miplconfig_read_auth), NULL, 0, 0, -1, NULL,
      atc__onenet_miplconfig_read_auth_answers, 1, 0u },
    {"MIPLCONFIG", NULL, "+MIPLCONFIG: ", ATC_KIND_RESPONSE, ATC_FORM_NONE, ATC_M_MULTI,
      3, atc__onenet_miplconfig_read_dtls_fields, atc__onenet_miplconfig_read_dtls_shapes, 2,
      -1, 0, sizeof(atc_onenet_miplconfig_read_dtls), NULL, 0, 0, -1, NULL,
      atc__onenet_miplconfig_read_dtls_answers, 1, 0u },
    {"MIPLCONFIG", NULL, "+MIPLCONFIG: ", ATC_KIND_RESPONSE, ATC_FORM_NONE, ATC_M_MULTI,
      2, atc__onenet_miplconfig_read_write_format_fields, atc__onenet_miplconfig_read_write_format_shapes, 1,
      -1, 0, sizeof(atc_onenet_miplconfig_read_write_format), NULL, 0, 0, -1, NULL,
      atc__onenet_miplconfig_read_write_format_answers, 1, 0u },
    {"MIPLCREATE", NULL, "+MIPLCREATE: ", ATC_KIND_RESPONSE, ATC_FORM_NONE, 0,
      1, atc__onenet_miplcreate_fields, atc__onenet_miplcreate_shapes, 1,
      -1, 0, sizeof(atc_onenet_miplcreate), NULL, 0, 0, -1, NULL,
      atc__onenet_miplcreate_answers, 1, 0u },
    {"MIPLDELETE", NULL, "+MIPLDELETE: ", ATC_KIND_RESPONSE, ATC_FORM_NONE, 0,
      1, atc__onenet_mipldelete_test_fields, atc__onenet_mipldelete_test_shapes, 1,
      -1, 0, sizeof(atc_onenet_mipldelete_test), NULL, 0, 0, -1, NULL,
      atc__onenet_mipldelete_test_answers, 1, 0u },
    {"MIPLVER", NULL, "+MIPLVER: ", ATC_KIND_RESPONSE, ATC_FORM_NONE, 0,
      1, atc__onenet_miplver_fields, atc__onenet_miplver_shapes, 1,
      -1, 0, sizeof(atc_onenet_miplver), NULL, 0, 0, -1, NULL,
      atc__onenet_miplver_answers, 1, 0u },
    {"MIPLADDOBJ", NULL, "+MIPLADDOBJ: ", ATC_KIND_RESPONSE, ATC_FORM_NONE, 0,
      6, atc__onenet_mipladdobj_test_fields, atc__onenet_mipladdobj_test_shapes, 1,
      -1, 0, sizeof(atc_onenet_mipladdobj_test), NULL, 0, 0, -1, NULL,
      atc__onenet_mipladdobj_test_answers, 1, 0u },
    {"MIPLDELOBJ", NULL, "+MIPLDELOBJ: ", ATC_KIND_RESPONSE, ATC_FORM_NONE, 0,
      2, atc__onenet_mipldelobj_test_fields, atc__onenet_mipldelobj_test_shapes, 1,
      -1, 0, sizeof(atc_onenet_mipldelobj_test), NULL, 0, 0, -1, NULL,
      atc__onenet_mipldelobj_test_answers, 1, 0u },
    {"MIPLOPEN", NULL, "+MIPLOPEN: ", ATC_KIND_RESPONSE, ATC_FORM_NONE, 0,
      3, atc__onenet_miplopen_test_fields, atc__onenet_miplopen_test_shapes, 2,
      -1, 0, sizeof(atc_onenet_miplopen_test), NULL, 0, 0, -1, NULL,
      atc__onenet_miplopen_test_answers, 1, 0u },
    {"MIPLCLOSE", NULL, "+MIPLCLOSE: ", ATC_KIND_RESPONSE, ATC_FORM_NONE, 0,
      1, atc__onenet_miplclose_test_fields, atc__onenet_miplclose_test_shapes, 1,
      -1, 0, sizeof(atc_onenet_miplclose_test), NULL, 0, 0, -1, NULL,
      atc__onenet_miplclose_test_answers, 1, 0u },
    {"MIPLDISCOVERRSP", NULL, "+MIPLDISCOVERRSP: ", ATC_KIND_RESPONSE, ATC_FORM_NONE, 0,
      6, atc__onenet_mipldiscoverrsp_test_fields, atc__onenet_mipldiscoverrsp_test_shapes, 3,
      -1, 0, sizeof(atc_onenet_mipldiscoverrsp_test), NULL, 0, 0, -1, NULL,
      atc__onenet_mipldiscoverrsp_test_answers, 1, 0u },
    {"MIPLOBSERVERSP", NULL, "+MIPLOBSERVERSP: ", ATC_KIND_RESPONSE, ATC_FORM_NONE, 0,
      4, atc__onenet_miplobserversp_test_fields, atc__onenet_miplobserversp_test_shapes, 2,
      -1, 0, sizeof(atc_onenet_miplobserversp_test), NULL, 0, 0, -1, NULL,
      atc__onenet_miplobserversp_test_answers, 1, 0u },
    {"MIPLREADRSP", NULL, "+MIPLREADRSP: ", ATC_KIND_RESPONSE, ATC_FORM_NONE, 0,
      12, atc__onenet_miplreadrsp_test_fields, atc__onenet_miplreadrsp_test_shapes, 3,
      -1, 0, sizeof(atc_onenet_miplreadrsp_test), NULL, 0, 0, -1, NULL,
      atc__onenet_miplreadrsp_test_answers, 1, 0u },
    {"MIPLWRITERSP", NULL, "+MIPLWRITERSP: ", ATC_KIND_RESPONSE, ATC_FORM_NONE, 0,
      4, atc__onenet_miplwritersp_test_fields, atc__onenet_miplwritersp_test_shapes, 2,
      -1, 0, sizeof(atc_onenet_miplwritersp_test), NULL, 0, 0, -1, NULL,
      atc__onenet_miplwritersp_test_answers, 1, 0u },
    {"MIPLEXECUTERSP", NULL, "+MIPLEXECUTERSP: ", ATC_KIND_RESPONSE, ATC_FORM_NONE, 0,
      4, atc__onenet_miplexecutersp_test_fields, atc__onenet_miplexecutersp_test_shapes, 2,
      -1, 0, sizeof(atc_onenet_miplexecutersp_test), NULL, 0, 0, -1, NULL,
      atc__onenet_miplexecutersp_test_answers, 1, 0u },
    {"MIPLPARAMETERRSP", NULL, "+MIPLPARAMETERRSP: ", ATC_KIND_RESPONSE, ATC_FORM_NONE, 0,
      4, atc__onenet_miplparameterrsp_test_fields, atc__onenet_miplparameterrsp_test_shapes, 2,
      -1, 0, sizeof(atc_onenet_miplparameterrsp_test), NULL, 0, 0, -1, NULL,
      atc__onenet_miplparameterrsp_test_answers, 1, 0u },
    {"MIPLNOTIFY", NULL, "+MIPLNOTIFY: ", ATC_KIND_RESPONSE, ATC_FORM_NONE, 0,
      12, atc__onenet_miplnotify_test_fields, atc__onenet_miplnotify_test_shapes, 3,
      -1, 0, sizeof(atc_onenet_miplnotify_test), NULL, 0, 0, -1, NULL,
      atc__onenet_miplnotify_test_answers, 1, 0u },
    {"MIPLUPDATE", NULL, "+MIPLUPDATE: ", ATC_KIND_RESPONSE, ATC_FORM_NONE, 0,
      4, atc__onenet_miplupdate_test_fields, atc__onenet_miplupdate_test_shapes, 2,
      -1, 0, sizeof(atc_onenet_miplupdate_test), NULL, 0, 0, -1, NULL,
      atc__onenet_miplupdate_test_answers, 1, 0u },
    {"QSOTAINFO", NULL, "+QSOTAINFO: ", ATC_KIND_RESPONSE, ATC_FORM_NONE, 0,
      2, atc__onenet_qsotainfo_fields, atc__onenet_qsotainfo_shapes, 1,
      -1, 0, sizeof(atc_onenet_qsotainfo), NULL, 0, 0, -1, NULL,
      atc__onenet_qsotainfo_answers, 1, 0u },
    {"MIPLDISCOVER", NULL, "+MIPLDISCOVER: ", ATC_KIND_URC, ATC_FORM_NONE, 0,
      3, atc__onenet_mipldiscover_fields, atc__onenet_mipldiscover_shapes, 1,
      -1, 0, sizeof(atc_onenet_mipldiscover), NULL, 0, 0, -1, NULL,
      NULL, 0, 0u },
    {"MIPLOBSERVE", NULL, "+MIPLOBSERVE: ", ATC_KIND_URC, ATC_FORM_NONE, 0,
      6, atc__onenet_miplobserve_fields, atc__onenet_miplobserve_shapes, 1,
      -1, 0, sizeof(atc_onenet_miplobserve), NULL, 0, 0, -1, NULL,
      NULL, 0, 0u },
    {"MIPLREAD", NULL, "+MIPLREAD: ", ATC_KIND_URC, ATC_FORM_NONE, 0,
      5, atc__onenet_miplread_fields, atc__onenet_miplread_shapes, 1,
      -1, 0, sizeof(atc_onenet_miplread), NULL, 0, 0, -1, NULL,
      NULL, 0, 0u },
    {"MIPLWRITE", NULL, "+MIPLWRITE: ", ATC_KIND_URC, ATC_FORM_NONE, 0,
      10, atc__onenet_miplwrite_fields, atc__onenet_miplwrite_shapes, 1,
      -1, 0, sizeof(atc_onenet_miplwrite), NULL, 0, 0, -1, NULL,
      NULL, 0, 0u },
    {"MIPLEXECUTE", NULL, "+MIPLEXECUTE: ", ATC_KIND_URC, ATC_FORM_NONE, 0,
      7, atc__onenet_miplexecute_fields, atc__onenet_miplexecute_shapes, 2,
      -1, 0, sizeof(atc_onenet_miplexecute), NULL, 0, 0, -1, NULL,
      NULL, 0, 0u },
    {"MIPLPARAMETER", NULL, "+MIPLPARAMETER: ", ATC_KIND_URC, ATC_FORM_NONE, 0,
      7, atc__onenet_miplparameter_fields, atc__onenet_miplparameter_shapes, 1,
      -1, 0, sizeof(atc_onenet_miplparameter), NULL, 0, 0, -1, NULL,
      NULL, 0, 0u },
    {"MIPLEVENT", NULL, "+MIPLEVENT: ", ATC_KIND_URC, ATC_FORM_NONE, 0,
      3, atc__onenet_miplevent_notify_failed_fields, atc__onenet_miplevent_notify_failed_shapes, 1,
      -1, 0, sizeof(atc_onenet_miplevent_notify_failed), NULL, 0, 0, -1, NULL,
      NULL, 0, 0u },
    {"MIPLEVENT", NULL, "+MIPLEVENT: ", ATC_KIND_URC, ATC_FORM_NONE, 0,
      3, atc__onenet_miplevent_notify_success_fields, atc__onenet_miplevent_notify_success_shapes, 1,
      -1, 0, sizeof(atc_onenet_miplevent_notify_success), NULL, 0, 0, -1, NULL,
      NULL, 0, 0u },
    {"MIPLEVENT", NULL, "+MIPLEVENT: ", ATC_KIND_URC, ATC_FORM_NONE, 0,
      6, atc__onenet_miplevent_fields, atc__onenet_miplevent_shapes, 4,
      -1, 0, sizeof(atc_onenet_miplevent), NULL, 0, 0, -1, NULL,
      NULL, 0, 0u },
};

/* ---- Encoders: one per message; module-side ones serve tests and simulators. ---- */
ATC_API atc_err atc_onenet_encode_ok(const atc_onenet_ok *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc__onenet_msgs[ATC_ONENET_OK], msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_onenet_encode_error(const atc_onenet_error *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc__onenet_msgs[ATC_ONENET_ERROR], msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_onenet_encode_cme_error(const atc_onenet_cme_error *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc__onenet_msgs[ATC_ONENET_CME_ERROR], msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_onenet_encode_at_miplconfig_test(const atc_onenet_at_miplconfig_test *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc__onenet_msgs[ATC_ONENET_AT_MIPLCONFIG_TEST], msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_onenet_encode_at_miplconfig_read(const atc_onenet_at_miplconfig_read *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc__onenet_msgs[ATC_ONENET_AT_MIPLCONFIG_READ], msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_onenet_encode_at_miplconfig_set_access_server(const atc_onenet_at_miplconfig_set_access_server *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc__onenet_msgs[ATC_ONENET_AT_MIPLCONFIG_SET_ACCESS_SERVER], msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_onenet_encode_at_miplconfig_set_bootstrap(const atc_onenet_at_miplconfig_set_bootstrap *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc__onenet_msgs[ATC_ONENET_AT_MIPLCONFIG_SET_BOOTSTRAP], msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_onenet_encode_at_miplconfig_set_ack_timeout(const atc_onenet_at_miplconfig_set_ack_timeout *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc__onenet_msgs[ATC_ONENET_AT_MIPLCONFIG_SET_ACK_TIMEOUT], msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_onenet_encode_at_miplconfig_set_obs_autoack(const atc_onenet_at_miplconfig_set_obs_autoack *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc__onenet_msgs[ATC_ONENET_AT_MIPLCONFIG_SET_OBS_AUTOACK], msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_onenet_encode_at_miplconfig_set_auth(const atc_onenet_at_miplconfig_set_auth *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc__onenet_msgs[ATC_ONENET_AT_MIPLCONFIG_SET_AUTH], msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_onenet_encode_at_miplconfig_set_dtls(const atc_onenet_at_miplconfig_set_dtls *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc__onenet_msgs[ATC_ONENET_AT_MIPLCONFIG_SET_DTLS], msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_onenet_encode_at_miplconfig_set_write_format(const atc_onenet_at_miplconfig_set_write_format *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc__onenet_msgs[ATC_ONENET_AT_MIPLCONFIG_SET_WRITE_FORMAT], msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_onenet_encode_at_miplcreate_exec(const atc_onenet_at_miplcreate_exec *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc__onenet_msgs[ATC_ONENET_AT_MIPLCREATE_EXEC], msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_onenet_encode_at_mipldelete_test(const atc_onenet_at_mipldelete_test *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc__onenet_msgs[ATC_ONENET_AT_MIPLDELETE_TEST], msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_onenet_encode_at_mipldelete_set(const atc_onenet_at_mipldelete_set *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc__onenet_msgs[ATC_ONENET_AT_MIPLDELETE_SET], msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_onenet_encode_at_miplver_read(const atc_onenet_at_miplver_read *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc__onenet_msgs[ATC_ONENET_AT_MIPLVER_READ], msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_onenet_encode_at_mipladdobj_test(const atc_onenet_at_mipladdobj_test *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc__onenet_msgs[ATC_ONENET_AT_MIPLADDOBJ_TEST], msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_onenet_encode_at_mipladdobj_set(const atc_onenet_at_mipladdobj_set *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc__onenet_msgs[ATC_ONENET_AT_MIPLADDOBJ_SET], msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_onenet_encode_at_mipldelobj_test(const atc_onenet_at_mipldelobj_test *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc__onenet_msgs[ATC_ONENET_AT_MIPLDELOBJ_TEST], msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_onenet_encode_at_mipldelobj_set(const atc_onenet_at_mipldelobj_set *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc__onenet_msgs[ATC_ONENET_AT_MIPLDELOBJ_SET], msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_onenet_encode_at_miplopen_test(const atc_onenet_at_miplopen_test *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc__onenet_msgs[ATC_ONENET_AT_MIPLOPEN_TEST], msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_onenet_encode_at_miplopen_set(const atc_onenet_at_miplopen_set *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc__onenet_msgs[ATC_ONENET_AT_MIPLOPEN_SET], msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_onenet_encode_at_miplclose_test(const atc_onenet_at_miplclose_test *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc__onenet_msgs[ATC_ONENET_AT_MIPLCLOSE_TEST], msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_onenet_encode_at_miplclose_set(const atc_onenet_at_miplclose_set *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc__onenet_msgs[ATC_ONENET_AT_MIPLCLOSE_SET], msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_onenet_encode_at_mipldiscoverrsp_test(const atc_onenet_at_mipldiscoverrsp_test *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc__onenet_msgs[ATC_ONENET_AT_MIPLDISCOVERRSP_TEST], msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_onenet_encode_at_mipldiscoverrsp_set(const atc_onenet_at_mipldiscoverrsp_set *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc__onenet_msgs[ATC_ONENET_AT_MIPLDISCOVERRSP_SET], msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_onenet_encode_at_miplobserversp_test(const atc_onenet_at_miplobserversp_test *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc__onenet_msgs[ATC_ONENET_AT_MIPLOBSERVERSP_TEST], msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_onenet_encode_at_miplobserversp_set(const atc_onenet_at_miplobserversp_set *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc__onenet_msgs[ATC_ONENET_AT_MIPLOBSERVERSP_SET], msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_onenet_encode_at_miplreadrsp_test(const atc_onenet_at_miplreadrsp_test *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc__onenet_msgs[ATC_ONENET_AT_MIPLREADRSP_TEST], msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_onenet_encode_at_miplreadrsp_set(const atc_onenet_at_miplreadrsp_set *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc__onenet_msgs[ATC_ONENET_AT_MIPLREADRSP_SET], msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_onenet_encode_at_miplwritersp_test(const atc_onenet_at_miplwritersp_test *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc__onenet_msgs[ATC_ONENET_AT_MIPLWRITERSP_TEST], msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_onenet_encode_at_miplwritersp_set(const atc_onenet_at_miplwritersp_set *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc__onenet_msgs[ATC_ONENET_AT_MIPLWRITERSP_SET], msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_onenet_encode_at_miplexecutersp_test(const atc_onenet_at_miplexecutersp_test *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc__onenet_msgs[ATC_ONENET_AT_MIPLEXECUTERSP_TEST], msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_onenet_encode_at_miplexecutersp_set(const atc_onenet_at_miplexecutersp_set *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc__onenet_msgs[ATC_ONENET_AT_MIPLEXECUTERSP_SET], msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_onenet_encode_at_miplparameterrsp_test(const atc_onenet_at_miplparameterrsp_test *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc__onenet_msgs[ATC_ONENET_AT_MIPLPARAMETERRSP_TEST], msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_onenet_encode_at_miplparameterrsp_set(const atc_onenet_at_miplparameterrsp_set *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc__onenet_msgs[ATC_ONENET_AT_MIPLPARAMETERRSP_SET], msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_onenet_encode_at_miplnotify_test(const atc_onenet_at_miplnotify_test *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc__onenet_msgs[ATC_ONENET_AT_MIPLNOTIFY_TEST], msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_onenet_encode_at_miplnotify_set(const atc_onenet_at_miplnotify_set *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc__onenet_msgs[ATC_ONENET_AT_MIPLNOTIFY_SET], msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_onenet_encode_at_miplupdate_test(const atc_onenet_at_miplupdate_test *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc__onenet_msgs[ATC_ONENET_AT_MIPLUPDATE_TEST], msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_onenet_encode_at_miplupdate_set(const atc_onenet_at_miplupdate_set *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc__onenet_msgs[ATC_ONENET_AT_MIPLUPDATE_SET], msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_onenet_encode_at_qsotainfo_read(const atc_onenet_at_qsotainfo_read *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc__onenet_msgs[ATC_ONENET_AT_QSOTAINFO_READ], msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_onenet_encode_at_qsotainfo_set(const atc_onenet_at_qsotainfo_set *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc__onenet_msgs[ATC_ONENET_AT_QSOTAINFO_SET], msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_onenet_encode_at_qsotaresult_set(const atc_onenet_at_qsotaresult_set *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc__onenet_msgs[ATC_ONENET_AT_QSOTARESULT_SET], msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_onenet_encode_miplconfig_test(const atc_onenet_miplconfig_test *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc__onenet_msgs[ATC_ONENET_MIPLCONFIG_TEST], msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_onenet_encode_miplconfig_read_access_server(const atc_onenet_miplconfig_read_access_server *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc__onenet_msgs[ATC_ONENET_MIPLCONFIG_READ_ACCESS_SERVER], msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_onenet_encode_miplconfig_read_bootstrap(const atc_onenet_miplconfig_read_bootstrap *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc__onenet_msgs[ATC_ONENET_MIPLCONFIG_READ_BOOTSTRAP], msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_onenet_encode_miplconfig_read_ack_timeout(const atc_onenet_miplconfig_read_ack_timeout *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc__onenet_msgs[ATC_ONENET_MIPLCONFIG_READ_ACK_TIMEOUT], msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_onenet_encode_miplconfig_read_obs_autoack(const atc_onenet_miplconfig_read_obs_autoack *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc__onenet_msgs[ATC_ONENET_MIPLCONFIG_READ_OBS_AUTOACK], msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_onenet_encode_miplconfig_read_auth(const atc_onenet_miplconfig_read_auth *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc__onenet_msgs[ATC_ONENET_MIPLCONFIG_READ_AUTH], msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_onenet_encode_miplconfig_read_dtls(const atc_onenet_miplconfig_read_dtls *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc__onenet_msgs[ATC_ONENET_MIPLCONFIG_READ_DTLS], msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_onenet_encode_miplconfig_read_write_format(const atc_onenet_miplconfig_read_write_format *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc__onenet_msgs[ATC_ONENET_MIPLCONFIG_READ_WRITE_FORMAT], msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_onenet_encode_miplcreate(const atc_onenet_miplcreate *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc__onenet_msgs[ATC_ONENET_MIPLCREATE], msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_onenet_encode_mipldelete_test(const atc_onenet_mipldelete_test *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc__onenet_msgs[ATC_ONENET_MIPLDELETE_TEST], msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_onenet_encode_miplver(const atc_onenet_miplver *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc__onenet_msgs[ATC_ONENET_MIPLVER], msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_onenet_encode_mipladdobj_test(const atc_onenet_mipladdobj_test *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc__onenet_msgs[ATC_ONENET_MIPLADDOBJ_TEST], msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_onenet_encode_mipldelobj_test(const atc_onenet_mipldelobj_test *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc__onenet_msgs[ATC_ONENET_MIPLDELOBJ_TEST], msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_onenet_encode_miplopen_test(const atc_onenet_miplopen_test *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc__onenet_msgs[ATC_ONENET_MIPLOPEN_TEST], msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_onenet_encode_miplclose_test(const atc_onenet_miplclose_test *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc__onenet_msgs[ATC_ONENET_MIPLCLOSE_TEST], msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_onenet_encode_mipldiscoverrsp_test(const atc_onenet_mipldiscoverrsp_test *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc__onenet_msgs[ATC_ONENET_MIPLDISCOVERRSP_TEST], msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_onenet_encode_miplobserversp_test(const atc_onenet_miplobserversp_test *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc__onenet_msgs[ATC_ONENET_MIPLOBSERVERSP_TEST], msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_onenet_encode_miplreadrsp_test(const atc_onenet_miplreadrsp_test *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc__onenet_msgs[ATC_ONENET_MIPLREADRSP_TEST], msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_onenet_encode_miplwritersp_test(const atc_onenet_miplwritersp_test *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc__onenet_msgs[ATC_ONENET_MIPLWRITERSP_TEST], msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_onenet_encode_miplexecutersp_test(const atc_onenet_miplexecutersp_test *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc__onenet_msgs[ATC_ONENET_MIPLEXECUTERSP_TEST], msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_onenet_encode_miplparameterrsp_test(const atc_onenet_miplparameterrsp_test *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc__onenet_msgs[ATC_ONENET_MIPLPARAMETERRSP_TEST], msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_onenet_encode_miplnotify_test(const atc_onenet_miplnotify_test *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc__onenet_msgs[ATC_ONENET_MIPLNOTIFY_TEST], msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_onenet_encode_miplupdate_test(const atc_onenet_miplupdate_test *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc__onenet_msgs[ATC_ONENET_MIPLUPDATE_TEST], msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_onenet_encode_qsotainfo(const atc_onenet_qsotainfo *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc__onenet_msgs[ATC_ONENET_QSOTAINFO], msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_onenet_encode_mipldiscover(const atc_onenet_mipldiscover *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc__onenet_msgs[ATC_ONENET_MIPLDISCOVER], msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_onenet_encode_miplobserve(const atc_onenet_miplobserve *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc__onenet_msgs[ATC_ONENET_MIPLOBSERVE], msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_onenet_encode_miplread(const atc_onenet_miplread *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc__onenet_msgs[ATC_ONENET_MIPLREAD], msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_onenet_encode_miplwrite(const atc_onenet_miplwrite *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc__onenet_msgs[ATC_ONENET_MIPLWRITE], msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_onenet_encode_miplexecute(const atc_onenet_miplexecute *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc__onenet_msgs[ATC_ONENET_MIPLEXECUTE], msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_onenet_encode_miplparameter(const atc_onenet_miplparameter *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc__onenet_msgs[ATC_ONENET_MIPLPARAMETER], msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_onenet_encode_miplevent_notify_failed(const atc_onenet_miplevent_notify_failed *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc__onenet_msgs[ATC_ONENET_MIPLEVENT_NOTIFY_FAILED], msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_onenet_encode_miplevent_notify_success(const atc_onenet_miplevent_notify_success *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc__onenet_msgs[ATC_ONENET_MIPLEVENT_NOTIFY_SUCCESS], msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_onenet_encode_miplevent(const atc_onenet_miplevent *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc__onenet_msgs[ATC_ONENET_MIPLEVENT], msg, ATC_FRAME_WIRE, buf, cap, len);
}

/* ---- The line machine ----
 * One alternative per message shape (a combination of optional fields). The machine decides
 * which alternatives a line matches; the runtime picks one with the pending command's help. */
static const atc_alt atc__onenet_alts[] = {
    { ATC_ONENET_OK, 0x0u }, /* 0 */
    { ATC_ONENET_ERROR, 0x0u }, /* 1 */
    { ATC_ONENET_CME_ERROR, 0x1u }, /* 2 */
    { ATC_ONENET_AT_MIPLCONFIG_TEST, 0x0u }, /* 3 */
    { ATC_ONENET_AT_MIPLCONFIG_READ, 0x0u }, /* 4 */
    { ATC_ONENET_AT_MIPLCONFIG_SET_ACCESS_SERVER, 0x7u }, /* 5 */
    { ATC_ONENET_AT_MIPLCONFIG_SET_BOOTSTRAP, 0x7u }, /* 6 */
    { ATC_ONENET_AT_MIPLCONFIG_SET_ACK_TIMEOUT, 0x5u }, /* 7 */
    { ATC_ONENET_AT_MIPLCONFIG_SET_ACK_TIMEOUT, 0x7u }, /* 8 */
    { ATC_ONENET_AT_MIPLCONFIG_SET_OBS_AUTOACK, 0x3u }, /* 9 */
    { ATC_ONENET_AT_MIPLCONFIG_SET_AUTH, 0x3u }, /* 10 */
    { ATC_ONENET_AT_MIPLCONFIG_SET_AUTH, 0x7u }, /* 11 */
    { ATC_ONENET_AT_MIPLCONFIG_SET_DTLS, 0x3u }, /* 12 */
    { ATC_ONENET_AT_MIPLCONFIG_SET_DTLS, 0x7u }, /* 13 */
    { ATC_ONENET_AT_MIPLCONFIG_SET_WRITE_FORMAT, 0x3u }, /* 14 */
    { ATC_ONENET_AT_MIPLCREATE_EXEC, 0x0u }, /* 15 */
    { ATC_ONENET_AT_MIPLDELETE_TEST, 0x0u }, /* 16 */
    { ATC_ONENET_AT_MIPLDELETE_SET, 0x1u }, /* 17 */
    { ATC_ONENET_AT_MIPLVER_READ, 0x0u }, /* 18 */
    { ATC_ONENET_AT_MIPLADDOBJ_TEST, 0x0u }, /* 19 */
    { ATC_ONENET_AT_MIPLADDOBJ_SET, 0x3fu }, /* 20 */
    { ATC_ONENET_AT_MIPLDELOBJ_TEST, 0x0u }, /* 21 */
    { ATC_ONENET_AT_MIPLDELOBJ_SET, 0x3u }, /* 22 */
    { ATC_ONENET_AT_MIPLOPEN_TEST, 0x0u }, /* 23 */
    { ATC_ONENET_AT_MIPLOPEN_SET, 0x3u }, /* 24 */
    { ATC_ONENET_AT_MIPLOPEN_SET, 0x7u }, /* 25 */
    { ATC_ONENET_AT_MIPLCLOSE_TEST, 0x0u }, /* 26 */
    { ATC_ONENET_AT_MIPLCLOSE_SET, 0x1u }, /* 27 */
    { ATC_ONENET_AT_MIPLDISCOVERRSP_TEST, 0x0u }, /* 28 */
    { ATC_ONENET_AT_MIPLDISCOVERRSP_SET, 0x7u }, /* 29 */
    { ATC_ONENET_AT_MIPLDISCOVERRSP_SET, 0x1fu }, /* 30 */
    { ATC_ONENET_AT_MIPLDISCOVERRSP_SET, 0x3fu }, /* 31 */
    { ATC_ONENET_AT_MIPLOBSERVERSP_TEST, 0x0u }, /* 32 */
    { ATC_ONENET_AT_MIPLOBSERVERSP_SET, 0x7u }, /* 33 */
    { ATC_ONENET_AT_MIPLOBSERVERSP_SET, 0xfu }, /* 34 */
    { ATC_ONENET_AT_MIPLREADRSP_TEST, 0x0u }, /* 35 */
    { ATC_ONENET_AT_MIPLREADRSP_SET, 0x7u }, /* 36 */
    { ATC_ONENET_AT_MIPLREADRSP_SET, 0x7ffu }, /* 37 */
    { ATC_ONENET_AT_MIPLREADRSP_SET, 0xfffu }, /* 38 */
    { ATC_ONENET_AT_MIPLWRITERSP_TEST, 0x0u }, /* 39 */
    { ATC_ONENET_AT_MIPLWRITERSP_SET, 0x7u }, /* 40 */
    { ATC_ONENET_AT_MIPLWRITERSP_SET, 0xfu }, /* 41 */
    { ATC_ONENET_AT_MIPLEXECUTERSP_TEST, 0x0u }, /* 42 */
    { ATC_ONENET_AT_MIPLEXECUTERSP_SET, 0x7u }, /* 43 */
    { ATC_ONENET_AT_MIPLEXECUTERSP_SET, 0xfu }, /* 44 */
    { ATC_ONENET_AT_MIPLPARAMETERRSP_TEST, 0x0u }, /* 45 */
    { ATC_ONENET_AT_MIPLPARAMETERRSP_SET, 0x7u }, /* 46 */
    { ATC_ONENET_AT_MIPLPARAMETERRSP_SET, 0xfu }, /* 47 */
    { ATC_ONENET_AT_MIPLNOTIFY_TEST, 0x0u }, /* 48 */
    { ATC_ONENET_AT_MIPLNOTIFY_SET, 0x3ffu }, /* 49 */
    { ATC_ONENET_AT_MIPLNOTIFY_SET, 0x7ffu }, /* 50 */
    { ATC_ONENET_AT_MIPLNOTIFY_SET, 0xfffu }, /* 51 */
    { ATC_ONENET_AT_MIPLUPDATE_TEST, 0x0u }, /* 52 */
    { ATC_ONENET_AT_MIPLUPDATE_SET, 0x7u }, /* 53 */
    { ATC_ONENET_AT_MIPLUPDATE_SET, 0xfu }, /* 54 */
    { ATC_ONENET_AT_QSOTAINFO_READ, 0x0u }, /* 55 */
    { ATC_ONENET_AT_QSOTAINFO_SET, 0x3u }, /* 56 */
    { ATC_ONENET_AT_QSOTARESULT_SET, 0x1u }, /* 57 */
    { ATC_ONENET_MIPLCONFIG_TEST, 0x3u }, /* 58 */
    { ATC_ONENET_MIPLCONFIG_TEST, 0x7u }, /* 59 */
    { ATC_ONENET_MIPLCONFIG_READ_ACCESS_SERVER, 0x7u }, /* 60 */
    { ATC_ONENET_MIPLCONFIG_READ_BOOTSTRAP, 0x7u }, /* 61 */
    { ATC_ONENET_MIPLCONFIG_READ_ACK_TIMEOUT, 0x3u }, /* 62 */
    { ATC_ONENET_MIPLCONFIG_READ_OBS_AUTOACK, 0x3u }, /* 63 */
    { ATC_ONENET_MIPLCONFIG_READ_AUTH, 0x3u }, /* 64 */
    { ATC_ONENET_MIPLCONFIG_READ_AUTH, 0x7u }, /* 65 */
    { ATC_ONENET_MIPLCONFIG_READ_DTLS, 0x3u }, /* 66 */
    { ATC_ONENET_MIPLCONFIG_READ_DTLS, 0x7u }, /* 67 */
    { ATC_ONENET_MIPLCONFIG_READ_WRITE_FORMAT, 0x3u }, /* 68 */
    { ATC_ONENET_MIPLCREATE, 0x1u }, /* 69 */
    { ATC_ONENET_MIPLDELETE_TEST, 0x1u }, /* 70 */
    { ATC_ONENET_MIPLVER, 0x1u }, /* 71 */
    { ATC_ONENET_MIPLADDOBJ_TEST, 0x3fu }, /* 72 */
    { ATC_ONENET_MIPLDELOBJ_TEST, 0x3u }, /* 73 */
    { ATC_ONENET_MIPLOPEN_TEST, 0x3u }, /* 74 */
    { ATC_ONENET_MIPLOPEN_TEST, 0x7u }, /* 75 */
    { ATC_ONENET_MIPLCLOSE_TEST, 0x1u }, /* 76 */
    { ATC_ONENET_MIPLDISCOVERRSP_TEST, 0x7u }, /* 77 */
    { ATC_ONENET_MIPLDISCOVERRSP_TEST, 0x1fu }, /* 78 */
    { ATC_ONENET_MIPLDISCOVERRSP_TEST, 0x3fu }, /* 79 */
    { ATC_ONENET_MIPLOBSERVERSP_TEST, 0x7u }, /* 80 */
    { ATC_ONENET_MIPLOBSERVERSP_TEST, 0xfu }, /* 81 */
    { ATC_ONENET_MIPLREADRSP_TEST, 0x7u }, /* 82 */
    { ATC_ONENET_MIPLREADRSP_TEST, 0x7ffu }, /* 83 */
    { ATC_ONENET_MIPLREADRSP_TEST, 0xfffu }, /* 84 */
    { ATC_ONENET_MIPLWRITERSP_TEST, 0x7u }, /* 85 */
    { ATC_ONENET_MIPLWRITERSP_TEST, 0xfu }, /* 86 */
    { ATC_ONENET_MIPLEXECUTERSP_TEST, 0x7u }, /* 87 */
    { ATC_ONENET_MIPLEXECUTERSP_TEST, 0xfu }, /* 88 */
    { ATC_ONENET_MIPLPARAMETERRSP_TEST, 0x7u }, /* 89 */
    { ATC_ONENET_MIPLPARAMETERRSP_TEST, 0xfu }, /* 90 */
    { ATC_ONENET_MIPLNOTIFY_TEST, 0x3ffu }, /* 91 */
    { ATC_ONENET_MIPLNOTIFY_TEST, 0x7ffu }, /* 92 */
    { ATC_ONENET_MIPLNOTIFY_TEST, 0xfffu }, /* 93 */
    { ATC_ONENET_MIPLUPDATE_TEST, 0x7u }, /* 94 */
    { ATC_ONENET_MIPLUPDATE_TEST, 0xfu }, /* 95 */
    { ATC_ONENET_QSOTAINFO, 0x3u }, /* 96 */
    { ATC_ONENET_MIPLDISCOVER, 0x7u }, /* 97 */
    { ATC_ONENET_MIPLOBSERVE, 0x3fu }, /* 98 */
    { ATC_ONENET_MIPLREAD, 0x1fu }, /* 99 */
    { ATC_ONENET_MIPLWRITE, 0x3ffu }, /* 100 */
    { ATC_ONENET_MIPLEXECUTE, 0x1fu }, /* 101 */
    { ATC_ONENET_MIPLEXECUTE, 0x7fu }, /* 102 */
    { ATC_ONENET_MIPLPARAMETER, 0x7fu }, /* 103 */
    { ATC_ONENET_MIPLEVENT_NOTIFY_FAILED, 0x7u }, /* 104 */
    { ATC_ONENET_MIPLEVENT_NOTIFY_SUCCESS, 0x7u }, /* 105 */
    { ATC_ONENET_MIPLEVENT, 0x3u }, /* 106 */
    { ATC_ONENET_MIPLEVENT, 0x7u }, /* 107 */
    { ATC_ONENET_MIPLEVENT, 0xfu }, /* 108 */
    { ATC_ONENET_MIPLEVENT, 0x3fu }, /* 109 */
};





static const unsigned char _atc_onenet_actions[] = {
	0, 1, 0, 1, 1, 1, 2, 1, 
	3, 1, 4, 1, 7, 1, 8, 1, 
	9, 1, 10, 1, 11, 1, 12, 1, 
	13, 1, 14, 1, 15, 1, 16, 1, 
	17, 1, 18, 1, 19, 1, 20, 1, 
	21, 1, 22, 1, 23, 1, 24, 2, 
	0, 5, 2, 6, 1, 2, 25, 1, 
	2, 26, 1, 2, 27, 1, 2, 28, 
	1, 2, 29, 1, 2, 30, 1, 2, 
	31, 1, 2, 32, 1, 2, 33, 1, 
	2, 34, 1, 2, 35, 1, 2, 36, 
	1, 2, 37, 1, 2, 38, 1, 2, 
	39, 1, 2, 40, 1, 2, 41, 1, 
	2, 42, 1, 2, 43, 1, 2, 44, 
	1, 2, 45, 1, 2, 46, 1, 2, 
	47, 1, 2, 48, 1, 2, 49, 2, 
	2, 50, 2, 2, 51, 2, 2, 52, 
	2, 2, 53, 2, 2, 54, 2, 2, 
	55, 2, 2, 56, 2, 2, 57, 2, 
	2, 58, 2, 2, 59, 2, 2, 60, 
	2, 2, 61, 2, 2, 62, 2, 2, 
	63, 2, 2, 64, 2, 2, 65, 2, 
	2, 66, 2, 2, 67, 2, 2, 68, 
	2, 2, 69, 2, 2, 70, 2, 2, 
	71, 2, 2, 72, 2, 2, 73, 2, 
	2, 74, 2, 2, 75, 2, 2, 76, 
	2, 2, 77, 2, 2, 78, 2, 2, 
	79, 2, 2, 80, 2, 2, 81, 2, 
	2, 82, 2, 2, 83, 2, 2, 84, 
	2, 2, 85, 2, 2, 86, 2, 2, 
	87, 2, 2, 88, 2, 2, 89, 2, 
	2, 90, 2, 2, 91, 2, 2, 92, 
	2, 2, 93, 2, 2, 94, 2, 2, 
	95, 2, 2, 96, 2, 2, 97, 2, 
	2, 98, 2, 2, 99, 2, 2, 100, 
	2, 2, 101, 2, 2, 102, 2, 2, 
	103, 2, 2, 104, 2, 2, 105, 2, 
	2, 106, 2, 2, 107, 2, 2, 108, 
	2, 2, 114, 2, 2, 116, 2, 2, 
	118, 2, 2, 119, 2, 2, 120, 2, 
	2, 121, 2, 2, 122, 2, 2, 123, 
	2, 2, 124, 2, 2, 125, 2, 2, 
	126, 2, 2, 127, 2, 2, 128, 2, 
	2, 129, 2, 2, 130, 2, 2, 131, 
	2, 2, 132, 2, 2, 133, 2, 2, 
	134, 2, 2, 135, 2, 2, 136, 2, 
	2, 137, 2, 2, 138, 2, 2, 139, 
	2, 2, 140, 2, 2, 141, 2, 2, 
	142, 2, 2, 143, 2, 2, 144, 2, 
	2, 145, 2, 2, 146, 2, 2, 147, 
	2, 2, 148, 2, 2, 149, 2, 2, 
	150, 2, 2, 151, 2, 2, 152, 2, 
	2, 155, 2, 2, 156, 2, 2, 157, 
	2, 2, 158, 2, 3, 107, 111, 2, 
	3, 107, 112, 2, 3, 107, 113, 2, 
	3, 107, 115, 2, 3, 107, 117, 2, 
	3, 108, 109, 2, 3, 108, 110, 2, 
	3, 108, 114, 2, 3, 108, 116, 2, 
	3, 153, 156, 2, 3, 154, 156, 2
	
};

static const short _atc_onenet_key_offsets[] = {
	0, 0, 3, 4, 5, 6, 7, 8, 
	9, 10, 11, 12, 16, 18, 22, 23, 
	24, 25, 36, 37, 38, 39, 40, 41, 
	42, 50, 54, 62, 66, 74, 78, 86, 
	90, 98, 102, 110, 115, 120, 125, 127, 
	130, 136, 141, 144, 149, 151, 154, 160, 
	165, 168, 173, 175, 178, 184, 189, 192, 
	197, 199, 202, 208, 213, 216, 221, 223, 
	226, 232, 237, 240, 245, 247, 250, 256, 
	261, 264, 267, 268, 269, 270, 271, 279, 
	284, 289, 294, 296, 299, 305, 310, 313, 
	314, 315, 316, 317, 318, 333, 337, 345, 
	350, 355, 363, 368, 373, 378, 380, 383, 
	389, 394, 397, 402, 406, 408, 411, 417, 
	422, 425, 430, 432, 435, 441, 446, 449, 
	454, 464, 472, 480, 488, 493, 504, 511, 
	518, 523, 533, 541, 549, 557, 562, 573, 
	580, 587, 592, 603, 610, 617, 622, 633, 
	640, 647, 652, 663, 670, 677, 682, 690, 
	695, 700, 708, 716, 723, 730, 735, 740, 
	745, 750, 755, 766, 773, 780, 785, 793, 
	798, 803, 811, 819, 826, 833, 838, 843, 
	848, 853, 858, 869, 876, 883, 884, 885, 
	886, 887, 888, 892, 894, 898, 900, 901, 
	903, 904, 905, 906, 914, 919, 924, 929, 
	931, 934, 940, 945, 948, 949, 950, 951, 
	959, 963, 971, 976, 981, 986, 988, 991, 
	997, 1002, 1005, 1010, 1012, 1015, 1021, 1026, 
	1029, 1030, 1031, 1032, 1033, 1034, 1035, 1037, 
	1041, 1043, 1047, 1049, 1053, 1055, 1059, 1061, 
	1065, 1067, 1071, 1072, 1073, 1074, 1082, 1086, 
	1094, 1098, 1106, 1111, 1116, 1124, 1128, 1136, 
	1141, 1146, 1154, 1159, 1164, 1169, 1171, 1174, 
	1180, 1185, 1188, 1193, 1197, 1199, 1202, 1208, 
	1213, 1216, 1221, 1223, 1226, 1232, 1237, 1240, 
	1245, 1249, 1251, 1254, 1260, 1265, 1268, 1273, 
	1275, 1278, 1284, 1289, 1292, 1297, 1299, 1302, 
	1308, 1313, 1316, 1318, 1319, 1320, 1321, 1322, 
	1326, 1328, 1332, 1334, 1339, 1341, 1347, 1349, 
	1353, 1355, 1361, 1363, 1367, 1369, 1375, 1377, 
	1379, 1384, 1386, 1390, 1392, 1396, 1399, 1407, 
	1413, 1415, 1419, 1421, 1427, 1433, 1435, 1439, 
	1441, 1447, 1448, 1449, 1450, 1451, 1452, 1454, 
	1458, 1460, 1464, 1466, 1470, 1472, 1476, 1478, 
	1482, 1484, 1488, 1490, 1494, 1496, 1500, 1502, 
	1506, 1508, 1514, 1516, 1520, 1522, 1526, 1528, 
	1530, 1535, 1537, 1540, 1541, 1542, 1543, 1551, 
	1555, 1563, 1567, 1575, 1580, 1585, 1593, 1598, 
	1603, 1608, 1610, 1613, 1619, 1624, 1627, 1632, 
	1636, 1638, 1641, 1647, 1652, 1655, 1660, 1662, 
	1665, 1671, 1676, 1679, 1684, 1686, 1689, 1695, 
	1700, 1703, 1704, 1705, 1706, 1707, 1708, 1709, 
	1717, 1721, 1729, 1733, 1741, 1745, 1753, 1757, 
	1765, 1769, 1777, 1781, 1789, 1793, 1801, 1805, 
	1813, 1817, 1825, 1830, 1835, 1843, 1848, 1853, 
	1861, 1866, 1871, 1876, 1878, 1881, 1887, 1892, 
	1895, 1900, 1904, 1906, 1909, 1915, 1920, 1923, 
	1928, 1932, 1934, 1937, 1943, 1948, 1951, 1956, 
	1958, 1961, 1967, 1972, 1975, 1980, 1982, 1985, 
	1991, 1996, 1999, 2004, 2006, 2009, 2015, 2020, 
	2023, 2028, 2030, 2033, 2039, 2044, 2047, 2052, 
	2054, 2057, 2063, 2068, 2071, 2076, 2078, 2081, 
	2087, 2092, 2095, 2100, 2102, 2105, 2111, 2116, 
	2119, 2124, 2126, 2129, 2135, 2140, 2143, 2148, 
	2150, 2153, 2159, 2164, 2167, 2169, 2171, 2172, 
	2173, 2174, 2175, 2179, 2181, 2185, 2187, 2191, 
	2193, 2197, 2199, 2203, 2205, 2209, 2211, 2215, 
	2217, 2221, 2223, 2227, 2229, 2233, 2235, 2239, 
	2241, 2245, 2246, 2248, 2249, 2250, 2252, 2253, 
	2254, 2255, 2263, 2267, 2275, 2279, 2287, 2292, 
	2297, 2305, 2310, 2315, 2320, 2322, 2325, 2331, 
	2336, 2339, 2344, 2348, 2350, 2353, 2359, 2364, 
	2367, 2372, 2374, 2377, 2383, 2388, 2391, 2396, 
	2398, 2401, 2407, 2412, 2415, 2416, 2417, 2418, 
	2426, 2430, 2438, 2443, 2448, 2456, 2461, 2466, 
	2471, 2473, 2476, 2482, 2487, 2490, 2495, 2499, 
	2501, 2504, 2510, 2515, 2518, 2523, 2525, 2528, 
	2534, 2539, 2542, 2543, 2544, 2545, 2546, 2547, 
	2548, 2549, 2550, 2553, 2557, 2559, 2563, 2565, 
	2569, 2571, 2575, 2577, 2581, 2583, 2587, 2589, 
	2593, 2595, 2599, 2601, 2605, 2607, 2611, 2613, 
	2617, 2619, 2623, 2625, 2627, 2632, 2634, 2637, 
	2638, 2639, 2640, 2641, 2642, 2650, 2654, 2662, 
	2666, 2674, 2679, 2684, 2692, 2697, 2702, 2707, 
	2709, 2712, 2718, 2723, 2726, 2731, 2735, 2737, 
	2740, 2746, 2751, 2754, 2759, 2761, 2764, 2770, 
	2775, 2778, 2783, 2785, 2788, 2794, 2799, 2802, 
	2803, 2804, 2805, 2807, 2811, 2813, 2817, 2819, 
	2823, 2825, 2829, 2831, 2835, 2837, 2841, 2843, 
	2847, 2849, 2853, 2855, 2859, 2861, 2865, 2866, 
	2867, 2868, 2876, 2880, 2888, 2892, 2900, 2905, 
	2910, 2918, 2922, 2930, 2934, 2942, 2946, 2954, 
	2958, 2966, 2970, 2978, 2982, 2990, 2994, 3002, 
	3007, 3012, 3020, 3025, 3030, 3035, 3037, 3040, 
	3046, 3051, 3054, 3059, 3063, 3065, 3068, 3074, 
	3079, 3082, 3087, 3089, 3092, 3098, 3103, 3106, 
	3111, 3113, 3116, 3122, 3127, 3130, 3135, 3137, 
	3140, 3146, 3151, 3154, 3159, 3161, 3164, 3170, 
	3175, 3178, 3183, 3185, 3188, 3194, 3199, 3202, 
	3207, 3209, 3212, 3218, 3223, 3226, 3231, 3233, 
	3236, 3242, 3247, 3250, 3255, 3259, 3261, 3264, 
	3270, 3275, 3278, 3283, 3285, 3288, 3294, 3299, 
	3302, 3307, 3309, 3312, 3318, 3323, 3326, 3327, 
	3328, 3329, 3330, 3331, 3332, 3340, 3344, 3352, 
	3356, 3364, 3369, 3374, 3382, 3387, 3392, 3397, 
	3399, 3402, 3408, 3413, 3416, 3421, 3425, 3427, 
	3430, 3436, 3441, 3444, 3449, 3451, 3454, 3460, 
	3465, 3468, 3473, 3475, 3478, 3484, 3489, 3492, 
	3493, 3494, 3495, 3498, 3499, 3500, 3501, 3502, 
	3504, 3508, 3510, 3514, 3516, 3520, 3522, 3526, 
	3528, 3532, 3534, 3538, 3540, 3544, 3546, 3550, 
	3552, 3556, 3558, 3562, 3564, 3568, 3570, 3574, 
	3576, 3580, 3582, 3586, 3588, 3594, 3598, 3602, 
	3604, 3608, 3610, 3614, 3616, 3620, 3625, 3627, 
	3630, 3631, 3632, 3633, 3641, 3645, 3653, 3657, 
	3665, 3670, 3675, 3683, 3688, 3693, 3698, 3700, 
	3703, 3709, 3714, 3717, 3722, 3726, 3728, 3731, 
	3737, 3742, 3745, 3750, 3752, 3755, 3761, 3766, 
	3769, 3774, 3776, 3779, 3785, 3790, 3793, 3794, 
	3795, 3796, 3797, 3798, 3799, 3800, 3801, 3802, 
	3804, 3809, 3811, 3815, 3817, 3821, 3824, 3826, 
	3828, 3829, 3833, 3835, 3837, 3839, 3861, 3863, 
	3865, 3867, 3869, 3871, 3872, 3876, 3878, 3882, 
	3884, 3888, 3890, 3894, 3896, 3900, 3902, 3906, 
	3908, 3910, 3915, 3917, 3921, 3923, 3927, 3929, 
	3933, 3935, 3939, 3942, 3944, 3950, 3952, 3954, 
	3956, 3957, 3961, 3963, 3967, 3969, 3971, 3973, 
	3975, 3977, 3979, 3987, 3989, 3992, 3995, 3998, 
	4003, 4005, 4009, 4011, 4015, 4017, 4020, 4023, 
	4026, 4031, 4033, 4037, 4039, 4043, 4045, 4049, 
	4051, 4057, 4059, 4063, 4065, 4069, 4071, 4075, 
	4077, 4081, 4083, 4087, 4089, 4095, 4097, 4099, 
	4104, 4106, 4109, 4111, 4115, 4117, 4123, 4125, 
	4127, 4132, 4134, 4137, 4139, 4143, 4145, 4149, 
	4151, 4153, 4155, 4157, 4159, 4161, 4163, 4167, 
	4169, 4173, 4175, 4177, 4178, 4182, 4184, 4188, 
	4190, 4192, 4194, 4195, 4199, 4201, 4205, 4207, 
	4211, 4213, 4217, 4219, 4221, 4223, 4225, 4227, 
	4229, 4231, 4233, 4235, 4237, 4238, 4242, 4244, 
	4248, 4250, 4254, 4256, 4260, 4262, 4266, 4268, 
	4274, 4276, 4280, 4282, 4286, 4288, 4290, 4295, 
	4299, 4301, 4303, 4305, 4311, 4319, 4322, 4324, 
	4326, 4328, 4330, 4332, 4334, 4336, 4338, 4340, 
	4342, 4343, 4347, 4349, 4353, 4355, 4359, 4361, 
	4365, 4367, 4371, 4373, 4379, 4381, 4383, 4385, 
	4391, 4399, 4401, 4403, 4405, 4407, 4409, 4411, 
	4412, 4416, 4418, 4422, 4424, 4428, 4430, 4434, 
	4436, 4440, 4442, 4446, 4448, 4452, 4454, 4458, 
	4460, 4464, 4466, 4470, 4472, 4476, 4478, 4482, 
	4484, 4488, 4490, 4494, 4496, 4502, 4506, 4510, 
	4512, 4516, 4518, 4522, 4524, 4530, 4532, 4536, 
	4538, 4544, 4546, 4548, 4550, 4556, 4564, 4569, 
	4571, 4574, 4576, 4580, 4584, 4586, 4588, 4590, 
	4592, 4594, 4596, 4597, 4601, 4603, 4607, 4609, 
	4613, 4615, 4619, 4621, 4625, 4627, 4633, 4635, 
	4637, 4639, 4645, 4653, 4655, 4657, 4661, 4663, 
	4665, 4666, 4670, 4672, 4676, 4678, 4682, 4684, 
	4690, 4692, 4696, 4698, 4702, 4704, 4706, 4708, 
	4710, 4712, 4714, 4716, 4718, 4720, 4724, 4726, 
	4728, 4730, 4732, 4733, 4737, 4739, 4743, 4745, 
	4749, 4751, 4755, 4757, 4761, 4763, 4769, 4771, 
	4773, 4775, 4781, 4789, 4791, 4793, 4795, 4797, 
	4799, 4801, 4803, 4804, 4808, 4810, 4814, 4816, 
	4820, 4822, 4826, 4828, 4832, 4834, 4840, 4842, 
	4846, 4848, 4852, 4854, 4858, 4860, 4864, 4866, 
	4870, 4872, 4876, 4878, 4882, 4884, 4888, 4890, 
	4894, 4896, 4900, 4902, 4908, 4912, 4916, 4918, 
	4922, 4924, 4928, 4930, 4936, 4938, 4940, 4942, 
	4948, 4956, 4961, 4963, 4966, 4968, 4970, 4972, 
	4974, 4976, 4978, 4979, 4983, 4985, 4989, 4991, 
	4995, 4997, 5001, 5003, 5007, 5009, 5015, 5017, 
	5019, 5021, 5027, 5035, 5037, 5039, 5041, 5042, 
	5044, 5046, 5048, 5050, 5052, 5054, 5056, 5058, 
	5059, 5063, 5065, 5069, 5071, 5075, 5077, 5081, 
	5083, 5087, 5089, 5095, 5097, 5099, 5101, 5107, 
	5115, 5117, 5119, 5121, 5123, 5125, 5129, 5131, 
	5133, 5135, 5137, 5138, 5143, 5145, 5149, 5151, 
	5155, 5158, 5160, 5162, 5164, 5166, 5168, 5170, 
	5171, 5174, 5176, 5180, 5181, 5182, 5183, 5184, 
	5186, 5187, 5189, 5191, 5199
};

static const char _atc_onenet_trans_keys[] = {
	67, 77, 81, 77, 69, 32, 69, 82, 
	82, 79, 82, 58, 32, 45, 48, 57, 
	48, 57, 10, 13, 48, 57, 73, 80, 
	76, 65, 67, 68, 69, 78, 79, 80, 
	82, 85, 86, 87, 68, 68, 79, 66, 
	74, 58, 0, 10, 13, 32, 34, 40, 
	41, 44, 0, 10, 13, 44, 0, 10, 
	13, 32, 34, 40, 41, 44, 0, 10, 
	13, 44, 0, 10, 13, 32, 34, 40, 
	41, 44, 0, 10, 13, 44, 0, 10, 
	13, 32, 34, 40, 41, 44, 0, 10, 
	13, 44, 0, 10, 13, 32, 34, 40, 
	41, 44, 0, 10, 13, 44, 0, 10, 
	13, 32, 34, 40, 41, 44, 0, 10, 
	13, 32, 44, 0, 10, 13, 32, 44, 
	0, 10, 13, 34, 92, 10, 13, 0, 
	10, 13, 0, 10, 13, 34, 40, 41, 
	0, 10, 13, 34, 92, 0, 10, 13, 
	0, 10, 13, 34, 92, 32, 44, 0, 
	10, 13, 0, 10, 13, 34, 40, 41, 
	0, 10, 13, 34, 92, 0, 10, 13, 
	0, 10, 13, 34, 92, 32, 44, 0, 
	10, 13, 0, 10, 13, 34, 40, 41, 
	0, 10, 13, 34, 92, 0, 10, 13, 
	0, 10, 13, 34, 92, 32, 44, 0, 
	10, 13, 0, 10, 13, 34, 40, 41, 
	0, 10, 13, 34, 92, 0, 10, 13, 
	0, 10, 13, 34, 92, 32, 44, 0, 
	10, 13, 0, 10, 13, 34, 40, 41, 
	0, 10, 13, 34, 92, 0, 10, 13, 
	0, 10, 13, 34, 92, 32, 44, 0, 
	10, 13, 0, 10, 13, 34, 40, 41, 
	0, 10, 13, 34, 92, 0, 10, 13, 
	76, 79, 82, 79, 83, 69, 58, 0, 
	10, 13, 32, 34, 40, 41, 44, 0, 
	10, 13, 32, 44, 0, 10, 13, 32, 
	44, 0, 10, 13, 34, 92, 10, 13, 
	0, 10, 13, 0, 10, 13, 34, 40, 
	41, 0, 10, 13, 34, 92, 0, 10, 
	13, 78, 70, 73, 71, 58, 0, 10, 
	13, 32, 34, 40, 41, 44, 48, 49, 
	50, 51, 52, 53, 54, 0, 10, 13, 
	44, 0, 10, 13, 32, 34, 40, 41, 
	44, 0, 10, 13, 32, 44, 0, 10, 
	13, 32, 44, 0, 10, 13, 32, 34, 
	40, 41, 44, 0, 10, 13, 32, 44, 
	0, 10, 13, 32, 44, 0, 10, 13, 
	34, 92, 10, 13, 0, 10, 13, 0, 
	10, 13, 34, 40, 41, 0, 10, 13, 
	34, 92, 0, 10, 13, 0, 10, 13, 
	34, 92, 10, 13, 32, 44, 32, 44, 
	0, 10, 13, 0, 10, 13, 34, 40, 
	41, 0, 10, 13, 34, 92, 0, 10, 
	13, 0, 10, 13, 34, 92, 32, 44, 
	0, 10, 13, 0, 10, 13, 34, 40, 
	41, 0, 10, 13, 34, 92, 0, 10, 
	13, 0, 10, 13, 32, 44, 0, 10, 
	13, 32, 34, 40, 41, 44, 48, 57, 
	0, 10, 13, 32, 44, 46, 48, 57, 
	0, 10, 13, 32, 44, 46, 48, 57, 
	0, 10, 13, 32, 44, 46, 48, 57, 
	0, 10, 13, 32, 44, 0, 10, 13, 
	32, 34, 40, 41, 44, 45, 48, 57, 
	0, 10, 13, 32, 44, 48, 57, 0, 
	10, 13, 32, 44, 48, 57, 0, 10, 
	13, 32, 44, 0, 10, 13, 32, 34, 
	40, 41, 44, 48, 57, 0, 10, 13, 
	32, 44, 46, 48, 57, 0, 10, 13, 
	32, 44, 46, 48, 57, 0, 10, 13, 
	32, 44, 46, 48, 57, 0, 10, 13, 
	32, 44, 0, 10, 13, 32, 34, 40, 
	41, 44, 45, 48, 57, 0, 10, 13, 
	32, 44, 48, 57, 0, 10, 13, 32, 
	44, 48, 57, 0, 10, 13, 32, 44, 
	0, 10, 13, 32, 34, 40, 41, 44, 
	45, 48, 57, 0, 10, 13, 32, 44, 
	48, 57, 0, 10, 13, 32, 44, 48, 
	57, 0, 10, 13, 32, 44, 0, 10, 
	13, 32, 34, 40, 41, 44, 45, 48, 
	57, 0, 10, 13, 32, 44, 48, 57, 
	0, 10, 13, 32, 44, 48, 57, 0, 
	10, 13, 32, 44, 0, 10, 13, 32, 
	34, 40, 41, 44, 45, 48, 57, 0, 
	10, 13, 32, 44, 48, 57, 0, 10, 
	13, 32, 44, 48, 57, 0, 10, 13, 
	32, 44, 0, 10, 13, 32, 34, 40, 
	41, 44, 0, 10, 13, 32, 44, 0, 
	10, 13, 32, 44, 0, 10, 13, 32, 
	34, 40, 41, 44, 0, 10, 13, 32, 
	34, 40, 41, 44, 0, 10, 13, 32, 
	34, 44, 92, 0, 10, 13, 32, 34, 
	44, 92, 0, 10, 13, 32, 44, 0, 
	10, 13, 32, 44, 0, 10, 13, 32, 
	44, 0, 10, 13, 32, 44, 0, 10, 
	13, 32, 44, 0, 10, 13, 32, 34, 
	40, 41, 44, 45, 48, 57, 0, 10, 
	13, 32, 44, 48, 57, 0, 10, 13, 
	32, 44, 48, 57, 0, 10, 13, 32, 
	44, 0, 10, 13, 32, 34, 40, 41, 
	44, 0, 10, 13, 32, 44, 0, 10, 
	13, 32, 44, 0, 10, 13, 32, 34, 
	40, 41, 44, 0, 10, 13, 32, 34, 
	40, 41, 44, 0, 10, 13, 32, 34, 
	44, 92, 0, 10, 13, 32, 34, 44, 
	92, 0, 10, 13, 32, 44, 0, 10, 
	13, 32, 44, 0, 10, 13, 32, 44, 
	0, 10, 13, 32, 44, 0, 10, 13, 
	32, 44, 0, 10, 13, 32, 34, 40, 
	41, 44, 45, 48, 57, 0, 10, 13, 
	32, 44, 48, 57, 0, 10, 13, 32, 
	44, 48, 57, 69, 65, 84, 69, 58, 
	32, 45, 48, 57, 48, 57, 10, 13, 
	48, 57, 69, 73, 76, 69, 79, 84, 
	69, 58, 0, 10, 13, 32, 34, 40, 
	41, 44, 0, 10, 13, 32, 44, 0, 
	10, 13, 32, 44, 0, 10, 13, 34, 
	92, 10, 13, 0, 10, 13, 0, 10, 
	13, 34, 40, 41, 0, 10, 13, 34, 
	92, 0, 10, 13, 66, 74, 58, 0, 
	10, 13, 32, 34, 40, 41, 44, 0, 
	10, 13, 44, 0, 10, 13, 32, 34, 
	40, 41, 44, 0, 10, 13, 32, 44, 
	0, 10, 13, 32, 44, 0, 10, 13, 
	34, 92, 10, 13, 0, 10, 13, 0, 
	10, 13, 34, 40, 41, 0, 10, 13, 
	34, 92, 0, 10, 13, 0, 10, 13, 
	34, 92, 32, 44, 0, 10, 13, 0, 
	10, 13, 34, 40, 41, 0, 10, 13, 
	34, 92, 0, 10, 13, 83, 67, 79, 
	86, 69, 82, 58, 82, 32, 45, 48, 
	57, 48, 57, 32, 44, 48, 57, 32, 
	44, 32, 45, 48, 57, 48, 57, 32, 
	44, 48, 57, 32, 44, 32, 45, 48, 
	57, 48, 57, 10, 13, 48, 57, 83, 
	80, 58, 0, 10, 13, 32, 34, 40, 
	41, 44, 0, 10, 13, 44, 0, 10, 
	13, 32, 34, 40, 41, 44, 0, 10, 
	13, 44, 0, 10, 13, 32, 34, 40, 
	41, 44, 0, 10, 13, 32, 44, 0, 
	10, 13, 32, 44, 0, 10, 13, 32, 
	34, 40, 41, 44, 0, 10, 13, 44, 
	0, 10, 13, 32, 34, 40, 41, 44, 
	0, 10, 13, 32, 44, 0, 10, 13, 
	32, 44, 0, 10, 13, 32, 34, 40, 
	41, 44, 0, 10, 13, 32, 44, 0, 
	10, 13, 32, 44, 0, 10, 13, 34, 
	92, 10, 13, 0, 10, 13, 0, 10, 
	13, 34, 40, 41, 0, 10, 13, 34, 
	92, 0, 10, 13, 0, 10, 13, 34, 
	92, 10, 13, 32, 44, 32, 44, 0, 
	10, 13, 0, 10, 13, 34, 40, 41, 
	0, 10, 13, 34, 92, 0, 10, 13, 
	0, 10, 13, 34, 92, 32, 44, 0, 
	10, 13, 0, 10, 13, 34, 40, 41, 
	0, 10, 13, 34, 92, 0, 10, 13, 
	0, 10, 13, 34, 92, 10, 13, 32, 
	44, 32, 44, 0, 10, 13, 0, 10, 
	13, 34, 40, 41, 0, 10, 13, 34, 
	92, 0, 10, 13, 0, 10, 13, 34, 
	92, 32, 44, 0, 10, 13, 0, 10, 
	13, 34, 40, 41, 0, 10, 13, 34, 
	92, 0, 10, 13, 0, 10, 13, 34, 
	92, 32, 44, 0, 10, 13, 0, 10, 
	13, 34, 40, 41, 0, 10, 13, 34, 
	92, 0, 10, 13, 86, 88, 69, 78, 
	84, 58, 32, 45, 48, 57, 48, 57, 
	32, 44, 48, 57, 32, 44, 32, 45, 
	50, 48, 57, 48, 57, 10, 13, 32, 
	44, 48, 57, 32, 44, 32, 45, 48, 
	57, 48, 57, 10, 13, 32, 44, 48, 
	57, 32, 44, 32, 45, 48, 57, 48, 
	57, 10, 13, 32, 44, 48, 57, 32, 
	44, 32, 34, 0, 10, 13, 34, 92, 
	32, 44, 32, 45, 48, 57, 48, 57, 
	10, 13, 48, 57, 0, 10, 13, 10, 
	13, 32, 44, 53, 54, 48, 57, 10, 
	13, 32, 44, 48, 57, 32, 44, 32, 
	45, 48, 57, 48, 57, 10, 13, 32, 
	44, 48, 57, 10, 13, 32, 44, 48, 
	57, 32, 44, 32, 45, 48, 57, 48, 
	57, 10, 13, 32, 44, 48, 57, 69, 
	67, 85, 84, 69, 58, 82, 32, 45, 
	48, 57, 48, 57, 32, 44, 48, 57, 
	32, 44, 32, 45, 48, 57, 48, 57, 
	32, 44, 48, 57, 32, 44, 32, 45, 
	48, 57, 48, 57, 32, 44, 48, 57, 
	32, 44, 32, 45, 48, 57, 48, 57, 
	32, 44, 48, 57, 32, 44, 32, 45, 
	48, 57, 48, 57, 10, 13, 32, 44, 
	48, 57, 32, 44, 32, 45, 48, 57, 
	48, 57, 32, 44, 48, 57, 32, 44, 
	32, 34, 0, 10, 13, 34, 92, 10, 
	13, 0, 10, 13, 83, 80, 58, 0, 
	10, 13, 32, 34, 40, 41, 44, 0, 
	10, 13, 44, 0, 10, 13, 32, 34, 
	40, 41, 44, 0, 10, 13, 44, 0, 
	10, 13, 32, 34, 40, 41, 44, 0, 
	10, 13, 32, 44, 0, 10, 13, 32, 
	44, 0, 10, 13, 32, 34, 40, 41, 
	44, 0, 10, 13, 32, 44, 0, 10, 
	13, 32, 44, 0, 10, 13, 34, 92, 
	10, 13, 0, 10, 13, 0, 10, 13, 
	34, 40, 41, 0, 10, 13, 34, 92, 
	0, 10, 13, 0, 10, 13, 34, 92, 
	10, 13, 32, 44, 32, 44, 0, 10, 
	13, 0, 10, 13, 34, 40, 41, 0, 
	10, 13, 34, 92, 0, 10, 13, 0, 
	10, 13, 34, 92, 32, 44, 0, 10, 
	13, 0, 10, 13, 34, 40, 41, 0, 
	10, 13, 34, 92, 0, 10, 13, 0, 
	10, 13, 34, 92, 32, 44, 0, 10, 
	13, 0, 10, 13, 34, 40, 41, 0, 
	10, 13, 34, 92, 0, 10, 13, 79, 
	84, 73, 70, 89, 58, 0, 10, 13, 
	32, 34, 40, 41, 44, 0, 10, 13, 
	44, 0, 10, 13, 32, 34, 40, 41, 
	44, 0, 10, 13, 44, 0, 10, 13, 
	32, 34, 40, 41, 44, 0, 10, 13, 
	44, 0, 10, 13, 32, 34, 40, 41, 
	44, 0, 10, 13, 44, 0, 10, 13, 
	32, 34, 40, 41, 44, 0, 10, 13, 
	44, 0, 10, 13, 32, 34, 40, 41, 
	44, 0, 10, 13, 44, 0, 10, 13, 
	32, 34, 40, 41, 44, 0, 10, 13, 
	44, 0, 10, 13, 32, 34, 40, 41, 
	44, 0, 10, 13, 44, 0, 10, 13, 
	32, 34, 40, 41, 44, 0, 10, 13, 
	44, 0, 10, 13, 32, 34, 40, 41, 
	44, 0, 10, 13, 32, 44, 0, 10, 
	13, 32, 44, 0, 10, 13, 32, 34, 
	40, 41, 44, 0, 10, 13, 32, 44, 
	0, 10, 13, 32, 44, 0, 10, 13, 
	32, 34, 40, 41, 44, 0, 10, 13, 
	32, 44, 0, 10, 13, 32, 44, 0, 
	10, 13, 34, 92, 10, 13, 0, 10, 
	13, 0, 10, 13, 34, 40, 41, 0, 
	10, 13, 34, 92, 0, 10, 13, 0, 
	10, 13, 34, 92, 10, 13, 32, 44, 
	32, 44, 0, 10, 13, 0, 10, 13, 
	34, 40, 41, 0, 10, 13, 34, 92, 
	0, 10, 13, 0, 10, 13, 34, 92, 
	10, 13, 32, 44, 32, 44, 0, 10, 
	13, 0, 10, 13, 34, 40, 41, 0, 
	10, 13, 34, 92, 0, 10, 13, 0, 
	10, 13, 34, 92, 32, 44, 0, 10, 
	13, 0, 10, 13, 34, 40, 41, 0, 
	10, 13, 34, 92, 0, 10, 13, 0, 
	10, 13, 34, 92, 32, 44, 0, 10, 
	13, 0, 10, 13, 34, 40, 41, 0, 
	10, 13, 34, 92, 0, 10, 13, 0, 
	10, 13, 34, 92, 32, 44, 0, 10, 
	13, 0, 10, 13, 34, 40, 41, 0, 
	10, 13, 34, 92, 0, 10, 13, 0, 
	10, 13, 34, 92, 32, 44, 0, 10, 
	13, 0, 10, 13, 34, 40, 41, 0, 
	10, 13, 34, 92, 0, 10, 13, 0, 
	10, 13, 34, 92, 32, 44, 0, 10, 
	13, 0, 10, 13, 34, 40, 41, 0, 
	10, 13, 34, 92, 0, 10, 13, 0, 
	10, 13, 34, 92, 32, 44, 0, 10, 
	13, 0, 10, 13, 34, 40, 41, 0, 
	10, 13, 34, 92, 0, 10, 13, 0, 
	10, 13, 34, 92, 32, 44, 0, 10, 
	13, 0, 10, 13, 34, 40, 41, 0, 
	10, 13, 34, 92, 0, 10, 13, 0, 
	10, 13, 34, 92, 32, 44, 0, 10, 
	13, 0, 10, 13, 34, 40, 41, 0, 
	10, 13, 34, 92, 0, 10, 13, 0, 
	10, 13, 34, 92, 32, 44, 0, 10, 
	13, 0, 10, 13, 34, 40, 41, 0, 
	10, 13, 34, 92, 0, 10, 13, 66, 
	80, 69, 83, 82, 86, 69, 58, 32, 
	45, 48, 57, 48, 57, 32, 44, 48, 
	57, 32, 44, 32, 45, 48, 57, 48, 
	57, 32, 44, 48, 57, 32, 44, 32, 
	45, 48, 57, 48, 57, 32, 44, 48, 
	57, 32, 44, 32, 45, 48, 57, 48, 
	57, 32, 44, 48, 57, 32, 44, 32, 
	45, 48, 57, 48, 57, 32, 44, 48, 
	57, 32, 44, 32, 45, 48, 57, 48, 
	57, 10, 13, 48, 57, 69, 82, 86, 
	86, 69, 58, 82, 83, 80, 58, 0, 
	10, 13, 32, 34, 40, 41, 44, 0, 
	10, 13, 44, 0, 10, 13, 32, 34, 
	40, 41, 44, 0, 10, 13, 44, 0, 
	10, 13, 32, 34, 40, 41, 44, 0, 
	10, 13, 32, 44, 0, 10, 13, 32, 
	44, 0, 10, 13, 32, 34, 40, 41, 
	44, 0, 10, 13, 32, 44, 0, 10, 
	13, 32, 44, 0, 10, 13, 34, 92, 
	10, 13, 0, 10, 13, 0, 10, 13, 
	34, 40, 41, 0, 10, 13, 34, 92, 
	0, 10, 13, 0, 10, 13, 34, 92, 
	10, 13, 32, 44, 32, 44, 0, 10, 
	13, 0, 10, 13, 34, 40, 41, 0, 
	10, 13, 34, 92, 0, 10, 13, 0, 
	10, 13, 34, 92, 32, 44, 0, 10, 
	13, 0, 10, 13, 34, 40, 41, 0, 
	10, 13, 34, 92, 0, 10, 13, 0, 
	10, 13, 34, 92, 32, 44, 0, 10, 
	13, 0, 10, 13, 34, 40, 41, 0, 
	10, 13, 34, 92, 0, 10, 13, 69, 
	78, 58, 0, 10, 13, 32, 34, 40, 
	41, 44, 0, 10, 13, 44, 0, 10, 
	13, 32, 34, 40, 41, 44, 0, 10, 
	13, 32, 44, 0, 10, 13, 32, 44, 
	0, 10, 13, 32, 34, 40, 41, 44, 
	0, 10, 13, 32, 44, 0, 10, 13, 
	32, 44, 0, 10, 13, 34, 92, 10, 
	13, 0, 10, 13, 0, 10, 13, 34, 
	40, 41, 0, 10, 13, 34, 92, 0, 
	10, 13, 0, 10, 13, 34, 92, 10, 
	13, 32, 44, 32, 44, 0, 10, 13, 
	0, 10, 13, 34, 40, 41, 0, 10, 
	13, 34, 92, 0, 10, 13, 0, 10, 
	13, 34, 92, 32, 44, 0, 10, 13, 
	0, 10, 13, 34, 40, 41, 0, 10, 
	13, 34, 92, 0, 10, 13, 65, 82, 
	65, 77, 69, 84, 69, 82, 58, 69, 
	82, 32, 45, 48, 57, 48, 57, 32, 
	44, 48, 57, 32, 44, 32, 45, 48, 
	57, 48, 57, 32, 44, 48, 57, 32, 
	44, 32, 45, 48, 57, 48, 57, 32, 
	44, 48, 57, 32, 44, 32, 45, 48, 
	57, 48, 57, 32, 44, 48, 57, 32, 
	44, 32, 45, 48, 57, 48, 57, 32, 
	44, 48, 57, 32, 44, 32, 45, 48, 
	57, 48, 57, 32, 44, 48, 57, 32, 
	44, 32, 34, 0, 10, 13, 34, 92, 
	10, 13, 0, 10, 13, 82, 82, 83, 
	80, 58, 0, 10, 13, 32, 34, 40, 
	41, 44, 0, 10, 13, 44, 0, 10, 
	13, 32, 34, 40, 41, 44, 0, 10, 
	13, 44, 0, 10, 13, 32, 34, 40, 
	41, 44, 0, 10, 13, 32, 44, 0, 
	10, 13, 32, 44, 0, 10, 13, 32, 
	34, 40, 41, 44, 0, 10, 13, 32, 
	44, 0, 10, 13, 32, 44, 0, 10, 
	13, 34, 92, 10, 13, 0, 10, 13, 
	0, 10, 13, 34, 40, 41, 0, 10, 
	13, 34, 92, 0, 10, 13, 0, 10, 
	13, 34, 92, 10, 13, 32, 44, 32, 
	44, 0, 10, 13, 0, 10, 13, 34, 
	40, 41, 0, 10, 13, 34, 92, 0, 
	10, 13, 0, 10, 13, 34, 92, 32, 
	44, 0, 10, 13, 0, 10, 13, 34, 
	40, 41, 0, 10, 13, 34, 92, 0, 
	10, 13, 0, 10, 13, 34, 92, 32, 
	44, 0, 10, 13, 0, 10, 13, 34, 
	40, 41, 0, 10, 13, 34, 92, 0, 
	10, 13, 69, 65, 68, 58, 82, 32, 
	45, 48, 57, 48, 57, 32, 44, 48, 
	57, 32, 44, 32, 45, 48, 57, 48, 
	57, 32, 44, 48, 57, 32, 44, 32, 
	45, 48, 57, 48, 57, 32, 44, 48, 
	57, 32, 44, 32, 45, 48, 57, 48, 
	57, 32, 44, 48, 57, 32, 44, 32, 
	45, 48, 57, 48, 57, 10, 13, 48, 
	57, 83, 80, 58, 0, 10, 13, 32, 
	34, 40, 41, 44, 0, 10, 13, 44, 
	0, 10, 13, 32, 34, 40, 41, 44, 
	0, 10, 13, 44, 0, 10, 13, 32, 
	34, 40, 41, 44, 0, 10, 13, 32, 
	44, 0, 10, 13, 32, 44, 0, 10, 
	13, 32, 34, 40, 41, 44, 0, 10, 
	13, 44, 0, 10, 13, 32, 34, 40, 
	41, 44, 0, 10, 13, 44, 0, 10, 
	13, 32, 34, 40, 41, 44, 0, 10, 
	13, 44, 0, 10, 13, 32, 34, 40, 
	41, 44, 0, 10, 13, 44, 0, 10, 
	13, 32, 34, 40, 41, 44, 0, 10, 
	13, 44, 0, 10, 13, 32, 34, 40, 
	41, 44, 0, 10, 13, 44, 0, 10, 
	13, 32, 34, 40, 41, 44, 0, 10, 
	13, 44, 0, 10, 13, 32, 34, 40, 
	41, 44, 0, 10, 13, 32, 44, 0, 
	10, 13, 32, 44, 0, 10, 13, 32, 
	34, 40, 41, 44, 0, 10, 13, 32, 
	44, 0, 10, 13, 32, 44, 0, 10, 
	13, 34, 92, 10, 13, 0, 10, 13, 
	0, 10, 13, 34, 40, 41, 0, 10, 
	13, 34, 92, 0, 10, 13, 0, 10, 
	13, 34, 92, 10, 13, 32, 44, 32, 
	44, 0, 10, 13, 0, 10, 13, 34, 
	40, 41, 0, 10, 13, 34, 92, 0, 
	10, 13, 0, 10, 13, 34, 92, 32, 
	44, 0, 10, 13, 0, 10, 13, 34, 
	40, 41, 0, 10, 13, 34, 92, 0, 
	10, 13, 0, 10, 13, 34, 92, 32, 
	44, 0, 10, 13, 0, 10, 13, 34, 
	40, 41, 0, 10, 13, 34, 92, 0, 
	10, 13, 0, 10, 13, 34, 92, 32, 
	44, 0, 10, 13, 0, 10, 13, 34, 
	40, 41, 0, 10, 13, 34, 92, 0, 
	10, 13, 0, 10, 13, 34, 92, 32, 
	44, 0, 10, 13, 0, 10, 13, 34, 
	40, 41, 0, 10, 13, 34, 92, 0, 
	10, 13, 0, 10, 13, 34, 92, 32, 
	44, 0, 10, 13, 0, 10, 13, 34, 
	40, 41, 0, 10, 13, 34, 92, 0, 
	10, 13, 0, 10, 13, 34, 92, 32, 
	44, 0, 10, 13, 0, 10, 13, 34, 
	40, 41, 0, 10, 13, 34, 92, 0, 
	10, 13, 0, 10, 13, 34, 92, 32, 
	44, 0, 10, 13, 0, 10, 13, 34, 
	40, 41, 0, 10, 13, 34, 92, 0, 
	10, 13, 0, 10, 13, 34, 92, 10, 
	13, 32, 44, 32, 44, 0, 10, 13, 
	0, 10, 13, 34, 40, 41, 0, 10, 
	13, 34, 92, 0, 10, 13, 0, 10, 
	13, 34, 92, 32, 44, 0, 10, 13, 
	0, 10, 13, 34, 40, 41, 0, 10, 
	13, 34, 92, 0, 10, 13, 0, 10, 
	13, 34, 92, 32, 44, 0, 10, 13, 
	0, 10, 13, 34, 40, 41, 0, 10, 
	13, 34, 92, 0, 10, 13, 80, 68, 
	65, 84, 69, 58, 0, 10, 13, 32, 
	34, 40, 41, 44, 0, 10, 13, 44, 
	0, 10, 13, 32, 34, 40, 41, 44, 
	0, 10, 13, 44, 0, 10, 13, 32, 
	34, 40, 41, 44, 0, 10, 13, 32, 
	44, 0, 10, 13, 32, 44, 0, 10, 
	13, 32, 34, 40, 41, 44, 0, 10, 
	13, 32, 44, 0, 10, 13, 32, 44, 
	0, 10, 13, 34, 92, 10, 13, 0, 
	10, 13, 0, 10, 13, 34, 40, 41, 
	0, 10, 13, 34, 92, 0, 10, 13, 
	0, 10, 13, 34, 92, 10, 13, 32, 
	44, 32, 44, 0, 10, 13, 0, 10, 
	13, 34, 40, 41, 0, 10, 13, 34, 
	92, 0, 10, 13, 0, 10, 13, 34, 
	92, 32, 44, 0, 10, 13, 0, 10, 
	13, 34, 40, 41, 0, 10, 13, 34, 
	92, 0, 10, 13, 0, 10, 13, 34, 
	92, 32, 44, 0, 10, 13, 0, 10, 
	13, 34, 40, 41, 0, 10, 13, 34, 
	92, 0, 10, 13, 69, 82, 58, 0, 
	10, 13, 82, 73, 84, 69, 58, 82, 
	32, 45, 48, 57, 48, 57, 32, 44, 
	48, 57, 32, 44, 32, 45, 48, 57, 
	48, 57, 32, 44, 48, 57, 32, 44, 
	32, 45, 48, 57, 48, 57, 32, 44, 
	48, 57, 32, 44, 32, 45, 48, 57, 
	48, 57, 32, 44, 48, 57, 32, 44, 
	32, 45, 48, 57, 48, 57, 32, 44, 
	48, 57, 32, 44, 32, 45, 48, 57, 
	48, 57, 32, 44, 48, 57, 32, 44, 
	32, 45, 48, 57, 48, 57, 32, 44, 
	48, 57, 32, 44, 0, 10, 13, 32, 
	34, 44, 0, 10, 13, 44, 32, 45, 
	48, 57, 48, 57, 32, 44, 48, 57, 
	32, 44, 32, 45, 48, 57, 48, 57, 
	10, 13, 48, 57, 0, 10, 13, 34, 
	92, 32, 44, 0, 10, 13, 83, 80, 
	58, 0, 10, 13, 32, 34, 40, 41, 
	44, 0, 10, 13, 44, 0, 10, 13, 
	32, 34, 40, 41, 44, 0, 10, 13, 
	44, 0, 10, 13, 32, 34, 40, 41, 
	44, 0, 10, 13, 32, 44, 0, 10, 
	13, 32, 44, 0, 10, 13, 32, 34, 
	40, 41, 44, 0, 10, 13, 32, 44, 
	0, 10, 13, 32, 44, 0, 10, 13, 
	34, 92, 10, 13, 0, 10, 13, 0, 
	10, 13, 34, 40, 41, 0, 10, 13, 
	34, 92, 0, 10, 13, 0, 10, 13, 
	34, 92, 10, 13, 32, 44, 32, 44, 
	0, 10, 13, 0, 10, 13, 34, 40, 
	41, 0, 10, 13, 34, 92, 0, 10, 
	13, 0, 10, 13, 34, 92, 32, 44, 
	0, 10, 13, 0, 10, 13, 34, 40, 
	41, 0, 10, 13, 34, 92, 0, 10, 
	13, 0, 10, 13, 34, 92, 32, 44, 
	0, 10, 13, 0, 10, 13, 34, 40, 
	41, 0, 10, 13, 34, 92, 0, 10, 
	13, 83, 79, 84, 65, 73, 78, 70, 
	79, 58, 32, 34, 0, 10, 13, 34, 
	92, 32, 44, 32, 45, 48, 57, 48, 
	57, 10, 13, 48, 57, 0, 10, 13, 
	10, 13, 84, 116, 43, 77, 81, 109, 
	113, 73, 105, 80, 112, 76, 108, 65, 
	67, 68, 69, 78, 79, 80, 82, 85, 
	86, 87, 97, 99, 100, 101, 110, 111, 
	112, 114, 117, 118, 119, 68, 100, 68, 
	100, 79, 111, 66, 98, 74, 106, 61, 
	45, 63, 48, 57, 48, 57, 32, 44, 
	48, 57, 32, 44, 32, 45, 48, 57, 
	48, 57, 32, 44, 48, 57, 32, 44, 
	32, 45, 48, 57, 48, 57, 32, 44, 
	48, 57, 32, 44, 32, 34, 0, 10, 
	13, 34, 92, 32, 44, 32, 45, 48, 
	57, 48, 57, 32, 44, 48, 57, 32, 
	44, 32, 45, 48, 57, 48, 57, 10, 
	13, 48, 57, 0, 10, 13, 10, 13, 
	76, 79, 82, 108, 111, 114, 79, 111, 
	83, 115, 69, 101, 61, 45, 63, 48, 
	57, 48, 57, 10, 13, 48, 57, 10, 
	13, 78, 110, 70, 102, 73, 105, 71, 
	103, 61, 63, 48, 49, 50, 51, 52, 
	53, 54, 63, 32, 44, 32, 48, 57, 
	46, 48, 57, 46, 48, 57, 32, 44, 
	46, 48, 57, 32, 44, 32, 45, 48, 
	57, 48, 57, 10, 13, 48, 57, 32, 
	44, 32, 48, 57, 46, 48, 57, 46, 
	48, 57, 32, 44, 46, 48, 57, 32, 
	44, 32, 45, 48, 57, 48, 57, 10, 
	13, 48, 57, 32, 44, 32, 45, 48, 
	57, 48, 57, 10, 13, 32, 44, 48, 
	57, 32, 44, 32, 45, 48, 57, 48, 
	57, 10, 13, 48, 57, 32, 44, 32, 
	45, 48, 57, 48, 57, 10, 13, 48, 
	57, 32, 44, 32, 45, 48, 57, 48, 
	57, 10, 13, 32, 44, 48, 57, 32, 
	44, 32, 34, 0, 10, 13, 34, 92, 
	10, 13, 0, 10, 13, 32, 44, 32, 
	45, 48, 57, 48, 57, 10, 13, 32, 
	44, 48, 57, 32, 44, 32, 34, 0, 
	10, 13, 34, 92, 10, 13, 0, 10, 
	13, 32, 44, 32, 45, 48, 57, 48, 
	57, 10, 13, 48, 57, 10, 13, 10, 
	13, 69, 101, 65, 97, 84, 116, 69, 
	101, 10, 13, 69, 73, 101, 105, 76, 
	108, 69, 79, 101, 111, 84, 116, 69, 
	101, 61, 45, 63, 48, 57, 48, 57, 
	10, 13, 48, 57, 10, 13, 66, 98, 
	74, 106, 61, 45, 63, 48, 57, 48, 
	57, 32, 44, 48, 57, 32, 44, 32, 
	45, 48, 57, 48, 57, 10, 13, 48, 
	57, 10, 13, 83, 115, 67, 99, 79, 
	111, 86, 118, 69, 101, 82, 114, 82, 
	114, 83, 115, 80, 112, 61, 45, 63, 
	48, 57, 48, 57, 32, 44, 48, 57, 
	32, 44, 32, 45, 48, 57, 48, 57, 
	32, 44, 48, 57, 32, 44, 32, 45, 
	48, 57, 48, 57, 10, 13, 32, 44, 
	48, 57, 32, 44, 32, 45, 48, 57, 
	48, 57, 32, 44, 48, 57, 32, 44, 
	32, 34, 0, 10, 13, 34, 92, 10, 
	13, 32, 44, 32, 44, 32, 48, 88, 
	120, 48, 57, 65, 70, 97, 102, 10, 
	13, 48, 57, 65, 70, 97, 102, 0, 
	10, 13, 10, 13, 88, 120, 69, 101, 
	67, 99, 85, 117, 84, 116, 69, 101, 
	82, 114, 83, 115, 80, 112, 61, 45, 
	63, 48, 57, 48, 57, 32, 44, 48, 
	57, 32, 44, 32, 45, 48, 57, 48, 
	57, 32, 44, 48, 57, 32, 44, 32, 
	45, 48, 57, 48, 57, 10, 13, 32, 
	44, 48, 57, 32, 44, 32, 48, 88, 
	120, 48, 57, 65, 70, 97, 102, 10, 
	13, 48, 57, 65, 70, 97, 102, 10, 
	13, 79, 111, 84, 116, 73, 105, 70, 
	102, 89, 121, 61, 45, 63, 48, 57, 
	48, 57, 32, 44, 48, 57, 32, 44, 
	32, 45, 48, 57, 48, 57, 32, 44, 
	48, 57, 32, 44, 32, 45, 48, 57, 
	48, 57, 32, 44, 48, 57, 32, 44, 
	32, 45, 48, 57, 48, 57, 32, 44, 
	48, 57, 32, 44, 32, 45, 48, 57, 
	48, 57, 32, 44, 48, 57, 32, 44, 
	32, 45, 48, 57, 48, 57, 32, 44, 
	48, 57, 32, 44, 32, 45, 48, 57, 
	48, 57, 32, 44, 48, 57, 32, 44, 
	0, 10, 13, 32, 34, 44, 0, 10, 
	13, 44, 32, 45, 48, 57, 48, 57, 
	32, 44, 48, 57, 32, 44, 32, 45, 
	48, 57, 48, 57, 10, 13, 32, 44, 
	48, 57, 32, 44, 32, 45, 48, 57, 
	48, 57, 10, 13, 32, 44, 48, 57, 
	32, 44, 32, 48, 88, 120, 48, 57, 
	65, 70, 97, 102, 10, 13, 48, 57, 
	65, 70, 97, 102, 0, 10, 13, 34, 
	92, 32, 44, 0, 10, 13, 10, 13, 
	66, 80, 98, 112, 69, 83, 101, 115, 
	82, 114, 86, 118, 69, 101, 82, 114, 
	83, 115, 80, 112, 61, 45, 63, 48, 
	57, 48, 57, 32, 44, 48, 57, 32, 
	44, 32, 45, 48, 57, 48, 57, 32, 
	44, 48, 57, 32, 44, 32, 45, 48, 
	57, 48, 57, 10, 13, 32, 44, 48, 
	57, 32, 44, 32, 48, 88, 120, 48, 
	57, 65, 70, 97, 102, 10, 13, 48, 
	57, 65, 70, 97, 102, 10, 13, 69, 
	101, 82, 86, 114, 118, 69, 101, 78, 
	110, 61, 45, 63, 48, 57, 48, 57, 
	32, 44, 48, 57, 32, 44, 32, 45, 
	48, 57, 48, 57, 10, 13, 32, 44, 
	48, 57, 32, 44, 32, 45, 48, 57, 
	48, 57, 10, 13, 48, 57, 10, 13, 
	65, 97, 82, 114, 65, 97, 77, 109, 
	69, 101, 84, 116, 69, 101, 82, 114, 
	69, 82, 101, 114, 82, 114, 82, 114, 
	83, 115, 80, 112, 61, 45, 63, 48, 
	57, 48, 57, 32, 44, 48, 57, 32, 
	44, 32, 45, 48, 57, 48, 57, 32, 
	44, 48, 57, 32, 44, 32, 45, 48, 
	57, 48, 57, 10, 13, 32, 44, 48, 
	57, 32, 44, 32, 48, 88, 120, 48, 
	57, 65, 70, 97, 102, 10, 13, 48, 
	57, 65, 70, 97, 102, 10, 13, 69, 
	101, 65, 97, 68, 100, 82, 114, 83, 
	115, 80, 112, 61, 45, 63, 48, 57, 
	48, 57, 32, 44, 48, 57, 32, 44, 
	32, 45, 48, 57, 48, 57, 32, 44, 
	48, 57, 32, 44, 32, 45, 48, 57, 
	48, 57, 10, 13, 32, 44, 48, 57, 
	32, 44, 32, 45, 48, 57, 48, 57, 
	32, 44, 48, 57, 32, 44, 32, 45, 
	48, 57, 48, 57, 32, 44, 48, 57, 
	32, 44, 32, 45, 48, 57, 48, 57, 
	32, 44, 48, 57, 32, 44, 32, 45, 
	48, 57, 48, 57, 32, 44, 48, 57, 
	32, 44, 32, 45, 48, 57, 48, 57, 
	32, 44, 48, 57, 32, 44, 0, 10, 
	13, 32, 34, 44, 0, 10, 13, 44, 
	32, 45, 48, 57, 48, 57, 32, 44, 
	48, 57, 32, 44, 32, 45, 48, 57, 
	48, 57, 10, 13, 32, 44, 48, 57, 
	32, 44, 32, 48, 88, 120, 48, 57, 
	65, 70, 97, 102, 10, 13, 48, 57, 
	65, 70, 97, 102, 0, 10, 13, 34, 
	92, 32, 44, 0, 10, 13, 10, 13, 
	80, 112, 68, 100, 65, 97, 84, 116, 
	69, 101, 61, 45, 63, 48, 57, 48, 
	57, 32, 44, 48, 57, 32, 44, 32, 
	45, 48, 57, 48, 57, 32, 44, 48, 
	57, 32, 44, 32, 45, 48, 57, 48, 
	57, 10, 13, 32, 44, 48, 57, 32, 
	44, 32, 48, 88, 120, 48, 57, 65, 
	70, 97, 102, 10, 13, 48, 57, 65, 
	70, 97, 102, 10, 13, 69, 101, 82, 
	114, 63, 10, 13, 82, 114, 73, 105, 
	84, 116, 69, 101, 82, 114, 83, 115, 
	80, 112, 61, 45, 63, 48, 57, 48, 
	57, 32, 44, 48, 57, 32, 44, 32, 
	45, 48, 57, 48, 57, 32, 44, 48, 
	57, 32, 44, 32, 45, 48, 57, 48, 
	57, 10, 13, 32, 44, 48, 57, 32, 
	44, 32, 48, 88, 120, 48, 57, 65, 
	70, 97, 102, 10, 13, 48, 57, 65, 
	70, 97, 102, 10, 13, 83, 115, 79, 
	111, 84, 116, 65, 97, 73, 82, 105, 
	114, 78, 110, 70, 102, 79, 111, 61, 
	63, 34, 0, 10, 13, 34, 92, 32, 
	44, 32, 45, 48, 57, 48, 57, 10, 
	13, 48, 57, 0, 10, 13, 10, 13, 
	69, 101, 83, 115, 85, 117, 76, 108, 
	84, 116, 61, 45, 48, 57, 48, 57, 
	10, 13, 48, 57, 82, 82, 79, 82, 
	10, 13, 75, 10, 13, 10, 13, 10, 
	13, 43, 62, 65, 69, 79, 97, 0
};

static const char _atc_onenet_single_lengths[] = {
	0, 3, 1, 1, 1, 1, 1, 1, 
	1, 1, 1, 2, 0, 2, 1, 1, 
	1, 11, 1, 1, 1, 1, 1, 1, 
	8, 4, 8, 4, 8, 4, 8, 4, 
	8, 4, 8, 5, 5, 5, 2, 3, 
	6, 5, 3, 5, 2, 3, 6, 5, 
	3, 5, 2, 3, 6, 5, 3, 5, 
	2, 3, 6, 5, 3, 5, 2, 3, 
	6, 5, 3, 5, 2, 3, 6, 5, 
	3, 3, 1, 1, 1, 1, 8, 5, 
	5, 5, 2, 3, 6, 5, 3, 1, 
	1, 1, 1, 1, 15, 4, 8, 5, 
	5, 8, 5, 5, 5, 2, 3, 6, 
	5, 3, 5, 4, 2, 3, 6, 5, 
	3, 5, 2, 3, 6, 5, 3, 5, 
	8, 6, 6, 6, 5, 9, 5, 5, 
	5, 8, 6, 6, 6, 5, 9, 5, 
	5, 5, 9, 5, 5, 5, 9, 5, 
	5, 5, 9, 5, 5, 5, 8, 5, 
	5, 8, 8, 7, 7, 5, 5, 5, 
	5, 5, 9, 5, 5, 5, 8, 5, 
	5, 8, 8, 7, 7, 5, 5, 5, 
	5, 5, 9, 5, 5, 1, 1, 1, 
	1, 1, 2, 0, 2, 2, 1, 2, 
	1, 1, 1, 8, 5, 5, 5, 2, 
	3, 6, 5, 3, 1, 1, 1, 8, 
	4, 8, 5, 5, 5, 2, 3, 6, 
	5, 3, 5, 2, 3, 6, 5, 3, 
	1, 1, 1, 1, 1, 1, 2, 2, 
	0, 2, 2, 2, 0, 2, 2, 2, 
	0, 2, 1, 1, 1, 8, 4, 8, 
	4, 8, 5, 5, 8, 4, 8, 5, 
	5, 8, 5, 5, 5, 2, 3, 6, 
	5, 3, 5, 4, 2, 3, 6, 5, 
	3, 5, 2, 3, 6, 5, 3, 5, 
	4, 2, 3, 6, 5, 3, 5, 2, 
	3, 6, 5, 3, 5, 2, 3, 6, 
	5, 3, 2, 1, 1, 1, 1, 2, 
	0, 2, 2, 3, 0, 4, 2, 2, 
	0, 4, 2, 2, 0, 4, 2, 2, 
	5, 2, 2, 0, 2, 3, 6, 4, 
	2, 2, 0, 4, 4, 2, 2, 0, 
	4, 1, 1, 1, 1, 1, 2, 2, 
	0, 2, 2, 2, 0, 2, 2, 2, 
	0, 2, 2, 2, 0, 2, 2, 2, 
	0, 4, 2, 2, 0, 2, 2, 2, 
	5, 2, 3, 1, 1, 1, 8, 4, 
	8, 4, 8, 5, 5, 8, 5, 5, 
	5, 2, 3, 6, 5, 3, 5, 4, 
	2, 3, 6, 5, 3, 5, 2, 3, 
	6, 5, 3, 5, 2, 3, 6, 5, 
	3, 1, 1, 1, 1, 1, 1, 8, 
	4, 8, 4, 8, 4, 8, 4, 8, 
	4, 8, 4, 8, 4, 8, 4, 8, 
	4, 8, 5, 5, 8, 5, 5, 8, 
	5, 5, 5, 2, 3, 6, 5, 3, 
	5, 4, 2, 3, 6, 5, 3, 5, 
	4, 2, 3, 6, 5, 3, 5, 2, 
	3, 6, 5, 3, 5, 2, 3, 6, 
	5, 3, 5, 2, 3, 6, 5, 3, 
	5, 2, 3, 6, 5, 3, 5, 2, 
	3, 6, 5, 3, 5, 2, 3, 6, 
	5, 3, 5, 2, 3, 6, 5, 3, 
	5, 2, 3, 6, 5, 3, 5, 2, 
	3, 6, 5, 3, 2, 2, 1, 1, 
	1, 1, 2, 0, 2, 2, 2, 0, 
	2, 2, 2, 0, 2, 2, 2, 0, 
	2, 2, 2, 0, 2, 2, 2, 0, 
	2, 1, 2, 1, 1, 2, 1, 1, 
	1, 8, 4, 8, 4, 8, 5, 5, 
	8, 5, 5, 5, 2, 3, 6, 5, 
	3, 5, 4, 2, 3, 6, 5, 3, 
	5, 2, 3, 6, 5, 3, 5, 2, 
	3, 6, 5, 3, 1, 1, 1, 8, 
	4, 8, 5, 5, 8, 5, 5, 5, 
	2, 3, 6, 5, 3, 5, 4, 2, 
	3, 6, 5, 3, 5, 2, 3, 6, 
	5, 3, 1, 1, 1, 1, 1, 1, 
	1, 1, 3, 2, 0, 2, 2, 2, 
	0, 2, 2, 2, 0, 2, 2, 2, 
	0, 2, 2, 2, 0, 2, 2, 2, 
	0, 2, 2, 2, 5, 2, 3, 1, 
	1, 1, 1, 1, 8, 4, 8, 4, 
	8, 5, 5, 8, 5, 5, 5, 2, 
	3, 6, 5, 3, 5, 4, 2, 3, 
	6, 5, 3, 5, 2, 3, 6, 5, 
	3, 5, 2, 3, 6, 5, 3, 1, 
	1, 1, 2, 2, 0, 2, 2, 2, 
	0, 2, 2, 2, 0, 2, 2, 2, 
	0, 2, 2, 2, 0, 2, 1, 1, 
	1, 8, 4, 8, 4, 8, 5, 5, 
	8, 4, 8, 4, 8, 4, 8, 4, 
	8, 4, 8, 4, 8, 4, 8, 5, 
	5, 8, 5, 5, 5, 2, 3, 6, 
	5, 3, 5, 4, 2, 3, 6, 5, 
	3, 5, 2, 3, 6, 5, 3, 5, 
	2, 3, 6, 5, 3, 5, 2, 3, 
	6, 5, 3, 5, 2, 3, 6, 5, 
	3, 5, 2, 3, 6, 5, 3, 5, 
	2, 3, 6, 5, 3, 5, 2, 3, 
	6, 5, 3, 5, 4, 2, 3, 6, 
	5, 3, 5, 2, 3, 6, 5, 3, 
	5, 2, 3, 6, 5, 3, 1, 1, 
	1, 1, 1, 1, 8, 4, 8, 4, 
	8, 5, 5, 8, 5, 5, 5, 2, 
	3, 6, 5, 3, 5, 4, 2, 3, 
	6, 5, 3, 5, 2, 3, 6, 5, 
	3, 5, 2, 3, 6, 5, 3, 1, 
	1, 1, 3, 1, 1, 1, 1, 2, 
	2, 0, 2, 2, 2, 0, 2, 2, 
	2, 0, 2, 2, 2, 0, 2, 2, 
	2, 0, 2, 2, 2, 0, 2, 2, 
	2, 0, 2, 2, 6, 4, 2, 0, 
	2, 2, 2, 0, 2, 5, 2, 3, 
	1, 1, 1, 8, 4, 8, 4, 8, 
	5, 5, 8, 5, 5, 5, 2, 3, 
	6, 5, 3, 5, 4, 2, 3, 6, 
	5, 3, 5, 2, 3, 6, 5, 3, 
	5, 2, 3, 6, 5, 3, 1, 1, 
	1, 1, 1, 1, 1, 1, 1, 2, 
	5, 2, 2, 0, 2, 3, 2, 2, 
	1, 4, 2, 2, 2, 22, 2, 2, 
	2, 2, 2, 1, 2, 0, 2, 2, 
	2, 0, 2, 2, 2, 0, 2, 2, 
	2, 5, 2, 2, 0, 2, 2, 2, 
	0, 2, 3, 2, 6, 2, 2, 2, 
	1, 2, 0, 2, 2, 2, 2, 2, 
	2, 2, 8, 2, 1, 1, 1, 3, 
	2, 2, 0, 2, 2, 1, 1, 1, 
	3, 2, 2, 0, 2, 2, 2, 0, 
	4, 2, 2, 0, 2, 2, 2, 0, 
	2, 2, 2, 0, 4, 2, 2, 5, 
	2, 3, 2, 2, 0, 4, 2, 2, 
	5, 2, 3, 2, 2, 0, 2, 2, 
	2, 2, 2, 2, 2, 2, 4, 2, 
	4, 2, 2, 1, 2, 0, 2, 2, 
	2, 2, 1, 2, 0, 2, 2, 2, 
	0, 2, 2, 2, 2, 2, 2, 2, 
	2, 2, 2, 2, 1, 2, 0, 2, 
	2, 2, 0, 2, 2, 2, 0, 4, 
	2, 2, 0, 2, 2, 2, 5, 4, 
	2, 2, 2, 0, 2, 3, 2, 2, 
	2, 2, 2, 2, 2, 2, 2, 2, 
	1, 2, 0, 2, 2, 2, 0, 2, 
	2, 2, 0, 4, 2, 2, 2, 0, 
	2, 2, 2, 2, 2, 2, 2, 1, 
	2, 0, 2, 2, 2, 0, 2, 2, 
	2, 0, 2, 2, 2, 0, 2, 2, 
	2, 0, 2, 2, 2, 0, 2, 2, 
	2, 0, 2, 2, 6, 4, 2, 0, 
	2, 2, 2, 0, 4, 2, 2, 0, 
	4, 2, 2, 2, 0, 2, 5, 2, 
	3, 2, 4, 4, 2, 2, 2, 2, 
	2, 2, 1, 2, 0, 2, 2, 2, 
	0, 2, 2, 2, 0, 4, 2, 2, 
	2, 0, 2, 2, 2, 4, 2, 2, 
	1, 2, 0, 2, 2, 2, 0, 4, 
	2, 2, 0, 2, 2, 2, 2, 2, 
	2, 2, 2, 2, 2, 4, 2, 2, 
	2, 2, 1, 2, 0, 2, 2, 2, 
	0, 2, 2, 2, 0, 4, 2, 2, 
	2, 0, 2, 2, 2, 2, 2, 2, 
	2, 2, 1, 2, 0, 2, 2, 2, 
	0, 2, 2, 2, 0, 4, 2, 2, 
	0, 2, 2, 2, 0, 2, 2, 2, 
	0, 2, 2, 2, 0, 2, 2, 2, 
	0, 2, 2, 6, 4, 2, 0, 2, 
	2, 2, 0, 4, 2, 2, 2, 0, 
	2, 5, 2, 3, 2, 2, 2, 2, 
	2, 2, 1, 2, 0, 2, 2, 2, 
	0, 2, 2, 2, 0, 4, 2, 2, 
	2, 0, 2, 2, 2, 2, 1, 2, 
	2, 2, 2, 2, 2, 2, 2, 1, 
	2, 0, 2, 2, 2, 0, 2, 2, 
	2, 0, 4, 2, 2, 2, 0, 2, 
	2, 2, 2, 2, 2, 4, 2, 2, 
	2, 2, 1, 5, 2, 2, 0, 2, 
	3, 2, 2, 2, 2, 2, 2, 1, 
	1, 0, 2, 1, 1, 1, 1, 2, 
	1, 2, 2, 8, 0
};

static const char _atc_onenet_range_lengths[] = {
	0, 0, 0, 0, 0, 0, 0, 0, 
	0, 0, 0, 1, 1, 1, 0, 0, 
	0, 0, 0, 0, 0, 0, 0, 0, 
	0, 0, 0, 0, 0, 0, 0, 0, 
	0, 0, 0, 0, 0, 0, 0, 0, 
	0, 0, 0, 0, 0, 0, 0, 0, 
	0, 0, 0, 0, 0, 0, 0, 0, 
	0, 0, 0, 0, 0, 0, 0, 0, 
	0, 0, 0, 0, 0, 0, 0, 0, 
	0, 0, 0, 0, 0, 0, 0, 0, 
	0, 0, 0, 0, 0, 0, 0, 0, 
	0, 0, 0, 0, 0, 0, 0, 0, 
	0, 0, 0, 0, 0, 0, 0, 0, 
	0, 0, 0, 0, 0, 0, 0, 0, 
	0, 0, 0, 0, 0, 0, 0, 0, 
	1, 1, 1, 1, 0, 1, 1, 1, 
	0, 1, 1, 1, 1, 0, 1, 1, 
	1, 0, 1, 1, 1, 0, 1, 1, 
	1, 0, 1, 1, 1, 0, 0, 0, 
	0, 0, 0, 0, 0, 0, 0, 0, 
	0, 0, 1, 1, 1, 0, 0, 0, 
	0, 0, 0, 0, 0, 0, 0, 0, 
	0, 0, 1, 1, 1, 0, 0, 0, 
	0, 0, 1, 1, 1, 0, 0, 0, 
	0, 0, 0, 0, 0, 0, 0, 0, 
	0, 0, 0, 0, 0, 0, 0, 0, 
	0, 0, 0, 0, 0, 0, 0, 0, 
	0, 0, 0, 0, 0, 0, 0, 0, 
	0, 0, 0, 0, 0, 0, 0, 1, 
	1, 1, 0, 1, 1, 1, 0, 1, 
	1, 1, 0, 0, 0, 0, 0, 0, 
	0, 0, 0, 0, 0, 0, 0, 0, 
	0, 0, 0, 0, 0, 0, 0, 0, 
	0, 0, 0, 0, 0, 0, 0, 0, 
	0, 0, 0, 0, 0, 0, 0, 0, 
	0, 0, 0, 0, 0, 0, 0, 0, 
	0, 0, 0, 0, 0, 0, 0, 0, 
	0, 0, 0, 0, 0, 0, 0, 1, 
	1, 1, 0, 1, 1, 1, 0, 1, 
	1, 1, 0, 1, 1, 1, 0, 0, 
	0, 0, 1, 1, 1, 0, 1, 1, 
	0, 1, 1, 1, 1, 0, 1, 1, 
	1, 0, 0, 0, 0, 0, 0, 1, 
	1, 1, 0, 1, 1, 1, 0, 1, 
	1, 1, 0, 1, 1, 1, 0, 1, 
	1, 1, 0, 1, 1, 1, 0, 0, 
	0, 0, 0, 0, 0, 0, 0, 0, 
	0, 0, 0, 0, 0, 0, 0, 0, 
	0, 0, 0, 0, 0, 0, 0, 0, 
	0, 0, 0, 0, 0, 0, 0, 0, 
	0, 0, 0, 0, 0, 0, 0, 0, 
	0, 0, 0, 0, 0, 0, 0, 0, 
	0, 0, 0, 0, 0, 0, 0, 0, 
	0, 0, 0, 0, 0, 0, 0, 0, 
	0, 0, 0, 0, 0, 0, 0, 0, 
	0, 0, 0, 0, 0, 0, 0, 0, 
	0, 0, 0, 0, 0, 0, 0, 0, 
	0, 0, 0, 0, 0, 0, 0, 0, 
	0, 0, 0, 0, 0, 0, 0, 0, 
	0, 0, 0, 0, 0, 0, 0, 0, 
	0, 0, 0, 0, 0, 0, 0, 0, 
	0, 0, 0, 0, 0, 0, 0, 0, 
	0, 0, 0, 0, 0, 0, 0, 0, 
	0, 0, 0, 0, 0, 0, 0, 0, 
	0, 0, 0, 0, 0, 0, 0, 0, 
	0, 0, 1, 1, 1, 0, 1, 1, 
	1, 0, 1, 1, 1, 0, 1, 1, 
	1, 0, 1, 1, 1, 0, 1, 1, 
	1, 0, 0, 0, 0, 0, 0, 0, 
	0, 0, 0, 0, 0, 0, 0, 0, 
	0, 0, 0, 0, 0, 0, 0, 0, 
	0, 0, 0, 0, 0, 0, 0, 0, 
	0, 0, 0, 0, 0, 0, 0, 0, 
	0, 0, 0, 0, 0, 0, 0, 0, 
	0, 0, 0, 0, 0, 0, 0, 0, 
	0, 0, 0, 0, 0, 0, 0, 0, 
	0, 0, 0, 0, 0, 0, 0, 0, 
	0, 0, 0, 0, 0, 0, 0, 0, 
	0, 0, 0, 1, 1, 1, 0, 1, 
	1, 1, 0, 1, 1, 1, 0, 1, 
	1, 1, 0, 1, 1, 1, 0, 1, 
	1, 1, 0, 0, 0, 0, 0, 0, 
	0, 0, 0, 0, 0, 0, 0, 0, 
	0, 0, 0, 0, 0, 0, 0, 0, 
	0, 0, 0, 0, 0, 0, 0, 0, 
	0, 0, 0, 0, 0, 0, 0, 0, 
	0, 0, 0, 0, 0, 0, 0, 0, 
	0, 0, 0, 1, 1, 1, 0, 1, 
	1, 1, 0, 1, 1, 1, 0, 1, 
	1, 1, 0, 1, 1, 1, 0, 0, 
	0, 0, 0, 0, 0, 0, 0, 0, 
	0, 0, 0, 0, 0, 0, 0, 0, 
	0, 0, 0, 0, 0, 0, 0, 0, 
	0, 0, 0, 0, 0, 0, 0, 0, 
	0, 0, 0, 0, 0, 0, 0, 0, 
	0, 0, 0, 0, 0, 0, 0, 0, 
	0, 0, 0, 0, 0, 0, 0, 0, 
	0, 0, 0, 0, 0, 0, 0, 0, 
	0, 0, 0, 0, 0, 0, 0, 0, 
	0, 0, 0, 0, 0, 0, 0, 0, 
	0, 0, 0, 0, 0, 0, 0, 0, 
	0, 0, 0, 0, 0, 0, 0, 0, 
	0, 0, 0, 0, 0, 0, 0, 0, 
	0, 0, 0, 0, 0, 0, 0, 0, 
	0, 0, 0, 0, 0, 0, 0, 0, 
	0, 0, 0, 0, 0, 0, 0, 0, 
	0, 0, 0, 0, 0, 0, 0, 0, 
	0, 0, 0, 0, 0, 0, 0, 0, 
	0, 0, 0, 0, 0, 0, 0, 0, 
	1, 1, 1, 0, 1, 1, 1, 0, 
	1, 1, 1, 0, 1, 1, 1, 0, 
	1, 1, 1, 0, 1, 1, 1, 0, 
	1, 1, 1, 0, 0, 0, 1, 1, 
	1, 0, 1, 1, 1, 0, 0, 0, 
	0, 0, 0, 0, 0, 0, 0, 0, 
	0, 0, 0, 0, 0, 0, 0, 0, 
	0, 0, 0, 0, 0, 0, 0, 0, 
	0, 0, 0, 0, 0, 0, 0, 0, 
	0, 0, 0, 0, 0, 0, 0, 0, 
	0, 0, 0, 0, 0, 0, 0, 0, 
	0, 0, 1, 1, 1, 0, 0, 0, 
	0, 0, 0, 0, 0, 0, 0, 0, 
	0, 0, 0, 0, 1, 1, 1, 0, 
	1, 1, 1, 0, 1, 1, 1, 0, 
	0, 0, 0, 1, 1, 1, 0, 1, 
	1, 1, 0, 0, 0, 0, 0, 0, 
	0, 1, 1, 1, 0, 0, 0, 0, 
	0, 0, 0, 0, 1, 1, 1, 1, 
	0, 1, 1, 1, 0, 1, 1, 1, 
	1, 0, 1, 1, 1, 0, 1, 1, 
	1, 0, 1, 1, 1, 0, 1, 1, 
	1, 0, 1, 1, 1, 0, 0, 0, 
	0, 0, 0, 1, 1, 1, 0, 0, 
	0, 0, 0, 0, 1, 1, 1, 0, 
	0, 0, 0, 0, 0, 0, 0, 0, 
	0, 0, 0, 0, 1, 1, 1, 0, 
	0, 0, 0, 1, 1, 1, 0, 1, 
	1, 1, 0, 0, 0, 0, 0, 0, 
	0, 0, 0, 0, 0, 1, 1, 1, 
	0, 1, 1, 1, 0, 1, 1, 1, 
	0, 1, 1, 1, 0, 0, 0, 0, 
	0, 0, 0, 3, 3, 0, 0, 0, 
	0, 0, 0, 0, 0, 0, 0, 0, 
	0, 1, 1, 1, 0, 1, 1, 1, 
	0, 1, 1, 1, 0, 0, 0, 3, 
	3, 0, 0, 0, 0, 0, 0, 0, 
	1, 1, 1, 0, 1, 1, 1, 0, 
	1, 1, 1, 0, 1, 1, 1, 0, 
	1, 1, 1, 0, 1, 1, 1, 0, 
	1, 1, 1, 0, 0, 0, 1, 1, 
	1, 0, 1, 1, 1, 0, 1, 1, 
	1, 0, 0, 0, 3, 3, 0, 0, 
	0, 0, 0, 0, 0, 0, 0, 0, 
	0, 0, 0, 1, 1, 1, 0, 1, 
	1, 1, 0, 1, 1, 1, 0, 0, 
	0, 3, 3, 0, 0, 0, 0, 0, 
	0, 1, 1, 1, 0, 1, 1, 1, 
	0, 1, 1, 1, 0, 0, 0, 0, 
	0, 0, 0, 0, 0, 0, 0, 0, 
	0, 0, 0, 1, 1, 1, 0, 1, 
	1, 1, 0, 1, 1, 1, 0, 0, 
	0, 3, 3, 0, 0, 0, 0, 0, 
	0, 0, 0, 1, 1, 1, 0, 1, 
	1, 1, 0, 1, 1, 1, 0, 1, 
	1, 1, 0, 1, 1, 1, 0, 1, 
	1, 1, 0, 1, 1, 1, 0, 1, 
	1, 1, 0, 0, 0, 1, 1, 1, 
	0, 1, 1, 1, 0, 0, 0, 3, 
	3, 0, 0, 0, 0, 0, 0, 0, 
	0, 0, 0, 1, 1, 1, 0, 1, 
	1, 1, 0, 1, 1, 1, 0, 0, 
	0, 3, 3, 0, 0, 0, 0, 0, 
	0, 0, 0, 0, 0, 0, 0, 0, 
	1, 1, 1, 0, 1, 1, 1, 0, 
	1, 1, 1, 0, 0, 0, 3, 3, 
	0, 0, 0, 0, 0, 0, 0, 0, 
	0, 0, 0, 0, 0, 1, 1, 1, 
	0, 0, 0, 0, 0, 0, 0, 0, 
	1, 1, 1, 0, 0, 0, 0, 0, 
	0, 0, 0, 0, 0
};

static const short _atc_onenet_index_offsets[] = {
	0, 0, 4, 6, 8, 10, 12, 14, 
	16, 18, 20, 22, 26, 28, 32, 34, 
	36, 38, 50, 52, 54, 56, 58, 60, 
	62, 71, 76, 85, 90, 99, 104, 113, 
	118, 127, 132, 141, 147, 153, 159, 162, 
	166, 173, 179, 183, 189, 192, 196, 203, 
	209, 213, 219, 222, 226, 233, 239, 243, 
	249, 252, 256, 263, 269, 273, 279, 282, 
	286, 293, 299, 303, 309, 312, 316, 323, 
	329, 333, 337, 339, 341, 343, 345, 354, 
	360, 366, 372, 375, 379, 386, 392, 396, 
	398, 400, 402, 404, 406, 422, 427, 436, 
	442, 448, 457, 463, 469, 475, 478, 482, 
	489, 495, 499, 505, 510, 513, 517, 524, 
	530, 534, 540, 543, 547, 554, 560, 564, 
	570, 580, 588, 596, 604, 610, 621, 628, 
	635, 641, 651, 659, 667, 675, 681, 692, 
	699, 706, 712, 723, 730, 737, 743, 754, 
	761, 768, 774, 785, 792, 799, 805, 814, 
	820, 826, 835, 844, 852, 860, 866, 872, 
	878, 884, 890, 901, 908, 915, 921, 930, 
	936, 942, 951, 960, 968, 976, 982, 988, 
	994, 1000, 1006, 1017, 1024, 1031, 1033, 1035, 
	1037, 1039, 1041, 1045, 1047, 1051, 1054, 1056, 
	1059, 1061, 1063, 1065, 1074, 1080, 1086, 1092, 
	1095, 1099, 1106, 1112, 1116, 1118, 1120, 1122, 
	1131, 1136, 1145, 1151, 1157, 1163, 1166, 1170, 
	1177, 1183, 1187, 1193, 1196, 1200, 1207, 1213, 
	1217, 1219, 1221, 1223, 1225, 1227, 1229, 1232, 
	1236, 1238, 1242, 1245, 1249, 1251, 1255, 1258, 
	1262, 1264, 1268, 1270, 1272, 1274, 1283, 1288, 
	1297, 1302, 1311, 1317, 1323, 1332, 1337, 1346, 
	1352, 1358, 1367, 1373, 1379, 1385, 1388, 1392, 
	1399, 1405, 1409, 1415, 1420, 1423, 1427, 1434, 
	1440, 1444, 1450, 1453, 1457, 1464, 1470, 1474, 
	1480, 1485, 1488, 1492, 1499, 1505, 1509, 1515, 
	1518, 1522, 1529, 1535, 1539, 1545, 1548, 1552, 
	1559, 1565, 1569, 1572, 1574, 1576, 1578, 1580, 
	1584, 1586, 1590, 1593, 1598, 1600, 1606, 1609, 
	1613, 1615, 1621, 1624, 1628, 1630, 1636, 1639, 
	1642, 1648, 1651, 1655, 1657, 1661, 1665, 1673, 
	1679, 1682, 1686, 1688, 1694, 1700, 1703, 1707, 
	1709, 1715, 1717, 1719, 1721, 1723, 1725, 1728, 
	1732, 1734, 1738, 1741, 1745, 1747, 1751, 1754, 
	1758, 1760, 1764, 1767, 1771, 1773, 1777, 1780, 
	1784, 1786, 1792, 1795, 1799, 1801, 1805, 1808, 
	1811, 1817, 1820, 1824, 1826, 1828, 1830, 1839, 
	1844, 1853, 1858, 1867, 1873, 1879, 1888, 1894, 
	1900, 1906, 1909, 1913, 1920, 1926, 1930, 1936, 
	1941, 1944, 1948, 1955, 1961, 1965, 1971, 1974, 
	1978, 1985, 1991, 1995, 2001, 2004, 2008, 2015, 
	2021, 2025, 2027, 2029, 2031, 2033, 2035, 2037, 
	2046, 2051, 2060, 2065, 2074, 2079, 2088, 2093, 
	2102, 2107, 2116, 2121, 2130, 2135, 2144, 2149, 
	2158, 2163, 2172, 2178, 2184, 2193, 2199, 2205, 
	2214, 2220, 2226, 2232, 2235, 2239, 2246, 2252, 
	2256, 2262, 2267, 2270, 2274, 2281, 2287, 2291, 
	2297, 2302, 2305, 2309, 2316, 2322, 2326, 2332, 
	2335, 2339, 2346, 2352, 2356, 2362, 2365, 2369, 
	2376, 2382, 2386, 2392, 2395, 2399, 2406, 2412, 
	2416, 2422, 2425, 2429, 2436, 2442, 2446, 2452, 
	2455, 2459, 2466, 2472, 2476, 2482, 2485, 2489, 
	2496, 2502, 2506, 2512, 2515, 2519, 2526, 2532, 
	2536, 2542, 2545, 2549, 2556, 2562, 2566, 2572, 
	2575, 2579, 2586, 2592, 2596, 2599, 2602, 2604, 
	2606, 2608, 2610, 2614, 2616, 2620, 2623, 2627, 
	2629, 2633, 2636, 2640, 2642, 2646, 2649, 2653, 
	2655, 2659, 2662, 2666, 2668, 2672, 2675, 2679, 
	2681, 2685, 2687, 2690, 2692, 2694, 2697, 2699, 
	2701, 2703, 2712, 2717, 2726, 2731, 2740, 2746, 
	2752, 2761, 2767, 2773, 2779, 2782, 2786, 2793, 
	2799, 2803, 2809, 2814, 2817, 2821, 2828, 2834, 
	2838, 2844, 2847, 2851, 2858, 2864, 2868, 2874, 
	2877, 2881, 2888, 2894, 2898, 2900, 2902, 2904, 
	2913, 2918, 2927, 2933, 2939, 2948, 2954, 2960, 
	2966, 2969, 2973, 2980, 2986, 2990, 2996, 3001, 
	3004, 3008, 3015, 3021, 3025, 3031, 3034, 3038, 
	3045, 3051, 3055, 3057, 3059, 3061, 3063, 3065, 
	3067, 3069, 3071, 3075, 3079, 3081, 3085, 3088, 
	3092, 3094, 3098, 3101, 3105, 3107, 3111, 3114, 
	3118, 3120, 3124, 3127, 3131, 3133, 3137, 3140, 
	3144, 3146, 3150, 3153, 3156, 3162, 3165, 3169, 
	3171, 3173, 3175, 3177, 3179, 3188, 3193, 3202, 
	3207, 3216, 3222, 3228, 3237, 3243, 3249, 3255, 
	3258, 3262, 3269, 3275, 3279, 3285, 3290, 3293, 
	3297, 3304, 3310, 3314, 3320, 3323, 3327, 3334, 
	3340, 3344, 3350, 3353, 3357, 3364, 3370, 3374, 
	3376, 3378, 3380, 3383, 3387, 3389, 3393, 3396, 
	3400, 3402, 3406, 3409, 3413, 3415, 3419, 3422, 
	3426, 3428, 3432, 3435, 3439, 3441, 3445, 3447, 
	3449, 3451, 3460, 3465, 3474, 3479, 3488, 3494, 
	3500, 3509, 3514, 3523, 3528, 3537, 3542, 3551, 
	3556, 3565, 3570, 3579, 3584, 3593, 3598, 3607, 
	3613, 3619, 3628, 3634, 3640, 3646, 3649, 3653, 
	3660, 3666, 3670, 3676, 3681, 3684, 3688, 3695, 
	3701, 3705, 3711, 3714, 3718, 3725, 3731, 3735, 
	3741, 3744, 3748, 3755, 3761, 3765, 3771, 3774, 
	3778, 3785, 3791, 3795, 3801, 3804, 3808, 3815, 
	3821, 3825, 3831, 3834, 3838, 3845, 3851, 3855, 
	3861, 3864, 3868, 3875, 3881, 3885, 3891, 3894, 
	3898, 3905, 3911, 3915, 3921, 3926, 3929, 3933, 
	3940, 3946, 3950, 3956, 3959, 3963, 3970, 3976, 
	3980, 3986, 3989, 3993, 4000, 4006, 4010, 4012, 
	4014, 4016, 4018, 4020, 4022, 4031, 4036, 4045, 
	4050, 4059, 4065, 4071, 4080, 4086, 4092, 4098, 
	4101, 4105, 4112, 4118, 4122, 4128, 4133, 4136, 
	4140, 4147, 4153, 4157, 4163, 4166, 4170, 4177, 
	4183, 4187, 4193, 4196, 4200, 4207, 4213, 4217, 
	4219, 4221, 4223, 4227, 4229, 4231, 4233, 4235, 
	4238, 4242, 4244, 4248, 4251, 4255, 4257, 4261, 
	4264, 4268, 4270, 4274, 4277, 4281, 4283, 4287, 
	4290, 4294, 4296, 4300, 4303, 4307, 4309, 4313, 
	4316, 4320, 4322, 4326, 4329, 4336, 4341, 4345, 
	4347, 4351, 4354, 4358, 4360, 4364, 4370, 4373, 
	4377, 4379, 4381, 4383, 4392, 4397, 4406, 4411, 
	4420, 4426, 4432, 4441, 4447, 4453, 4459, 4462, 
	4466, 4473, 4479, 4483, 4489, 4494, 4497, 4501, 
	4508, 4514, 4518, 4524, 4527, 4531, 4538, 4544, 
	4548, 4554, 4557, 4561, 4568, 4574, 4578, 4580, 
	4582, 4584, 4586, 4588, 4590, 4592, 4594, 4596, 
	4599, 4605, 4608, 4612, 4614, 4618, 4622, 4625, 
	4628, 4630, 4635, 4638, 4641, 4644, 4667, 4670, 
	4673, 4676, 4679, 4682, 4684, 4688, 4690, 4694, 
	4697, 4701, 4703, 4707, 4710, 4714, 4716, 4720, 
	4723, 4726, 4732, 4735, 4739, 4741, 4745, 4748, 
	4752, 4754, 4758, 4762, 4765, 4772, 4775, 4778, 
	4781, 4783, 4787, 4789, 4793, 4796, 4799, 4802, 
	4805, 4808, 4811, 4820, 4823, 4826, 4829, 4832, 
	4837, 4840, 4844, 4846, 4850, 4853, 4856, 4859, 
	4862, 4867, 4870, 4874, 4876, 4880, 4883, 4887, 
	4889, 4895, 4898, 4902, 4904, 4908, 4911, 4915, 
	4917, 4921, 4924, 4928, 4930, 4936, 4939, 4942, 
	4948, 4951, 4955, 4958, 4962, 4964, 4970, 4973, 
	4976, 4982, 4985, 4989, 4992, 4996, 4998, 5002, 
	5005, 5008, 5011, 5014, 5017, 5020, 5023, 5028, 
	5031, 5036, 5039, 5042, 5044, 5048, 5050, 5054, 
	5057, 5060, 5063, 5065, 5069, 5071, 5075, 5078, 
	5082, 5084, 5088, 5091, 5094, 5097, 5100, 5103, 
	5106, 5109, 5112, 5115, 5118, 5120, 5124, 5126, 
	5130, 5133, 5137, 5139, 5143, 5146, 5150, 5152, 
	5158, 5161, 5165, 5167, 5171, 5174, 5177, 5183, 
	5188, 5191, 5194, 5197, 5201, 5207, 5211, 5214, 
	5217, 5220, 5223, 5226, 5229, 5232, 5235, 5238, 
	5241, 5243, 5247, 5249, 5253, 5256, 5260, 5262, 
	5266, 5269, 5273, 5275, 5281, 5284, 5287, 5290, 
	5294, 5300, 5303, 5306, 5309, 5312, 5315, 5318, 
	5320, 5324, 5326, 5330, 5333, 5337, 5339, 5343, 
	5346, 5350, 5352, 5356, 5359, 5363, 5365, 5369, 
	5372, 5376, 5378, 5382, 5385, 5389, 5391, 5395, 
	5398, 5402, 5404, 5408, 5411, 5418, 5423, 5427, 
	5429, 5433, 5436, 5440, 5442, 5448, 5451, 5455, 
	5457, 5463, 5466, 5469, 5472, 5476, 5482, 5488, 
	5491, 5495, 5498, 5503, 5508, 5511, 5514, 5517, 
	5520, 5523, 5526, 5528, 5532, 5534, 5538, 5541, 
	5545, 5547, 5551, 5554, 5558, 5560, 5566, 5569, 
	5572, 5575, 5579, 5585, 5588, 5591, 5596, 5599, 
	5602, 5604, 5608, 5610, 5614, 5617, 5621, 5623, 
	5629, 5632, 5636, 5638, 5642, 5645, 5648, 5651, 
	5654, 5657, 5660, 5663, 5666, 5669, 5674, 5677, 
	5680, 5683, 5686, 5688, 5692, 5694, 5698, 5701, 
	5705, 5707, 5711, 5714, 5718, 5720, 5726, 5729, 
	5732, 5735, 5739, 5745, 5748, 5751, 5754, 5757, 
	5760, 5763, 5766, 5768, 5772, 5774, 5778, 5781, 
	5785, 5787, 5791, 5794, 5798, 5800, 5806, 5809, 
	5813, 5815, 5819, 5822, 5826, 5828, 5832, 5835, 
	5839, 5841, 5845, 5848, 5852, 5854, 5858, 5861, 
	5865, 5867, 5871, 5874, 5881, 5886, 5890, 5892, 
	5896, 5899, 5903, 5905, 5911, 5914, 5917, 5920, 
	5924, 5930, 5936, 5939, 5943, 5946, 5949, 5952, 
	5955, 5958, 5961, 5963, 5967, 5969, 5973, 5976, 
	5980, 5982, 5986, 5989, 5993, 5995, 6001, 6004, 
	6007, 6010, 6014, 6020, 6023, 6026, 6029, 6031, 
	6034, 6037, 6040, 6043, 6046, 6049, 6052, 6055, 
	6057, 6061, 6063, 6067, 6070, 6074, 6076, 6080, 
	6083, 6087, 6089, 6095, 6098, 6101, 6104, 6108, 
	6114, 6117, 6120, 6123, 6126, 6129, 6134, 6137, 
	6140, 6143, 6146, 6148, 6154, 6157, 6161, 6163, 
	6167, 6171, 6174, 6177, 6180, 6183, 6186, 6189, 
	6191, 6194, 6196, 6200, 6202, 6204, 6206, 6208, 
	6211, 6213, 6216, 6219, 6228
};

static const short _atc_onenet_indicies[] = {
	1, 2, 3, 0, 4, 0, 5, 0, 
	6, 0, 7, 0, 8, 0, 9, 0, 
	10, 0, 11, 0, 12, 0, 13, 14, 
	15, 0, 15, 0, 16, 16, 15, 0, 
	17, 0, 18, 0, 19, 0, 20, 21, 
	22, 23, 24, 25, 26, 27, 28, 29, 
	30, 0, 31, 0, 32, 0, 33, 0, 
	34, 0, 35, 0, 36, 0, 0, 0, 
	0, 38, 39, 40, 0, 0, 37, 0, 
	0, 0, 41, 37, 0, 0, 0, 41, 
	43, 44, 0, 0, 42, 0, 0, 0, 
	45, 42, 0, 0, 0, 45, 47, 48, 
	0, 0, 46, 0, 0, 0, 49, 46, 
	0, 0, 0, 49, 51, 52, 0, 0, 
	50, 0, 0, 0, 53, 50, 0, 0, 
	0, 53, 55, 56, 0, 0, 54, 0, 
	0, 0, 57, 54, 0, 0, 0, 57, 
	59, 60, 0, 0, 58, 0, 61, 61, 
	62, 0, 58, 0, 0, 0, 62, 0, 
	58, 0, 0, 0, 63, 64, 59, 61, 
	61, 0, 0, 0, 0, 59, 0, 0, 
	0, 65, 0, 63, 60, 0, 0, 0, 
	60, 66, 65, 0, 0, 0, 65, 0, 
	0, 0, 67, 68, 55, 67, 57, 0, 
	0, 0, 0, 55, 0, 0, 0, 69, 
	0, 67, 56, 0, 0, 0, 56, 70, 
	69, 0, 0, 0, 69, 0, 0, 0, 
	71, 72, 51, 71, 53, 0, 0, 0, 
	0, 51, 0, 0, 0, 73, 0, 71, 
	52, 0, 0, 0, 52, 74, 73, 0, 
	0, 0, 73, 0, 0, 0, 75, 76, 
	47, 75, 49, 0, 0, 0, 0, 47, 
	0, 0, 0, 77, 0, 75, 48, 0, 
	0, 0, 48, 78, 77, 0, 0, 0, 
	77, 0, 0, 0, 79, 80, 43, 79, 
	45, 0, 0, 0, 0, 43, 0, 0, 
	0, 81, 0, 79, 44, 0, 0, 0, 
	44, 82, 81, 0, 0, 0, 81, 0, 
	0, 0, 83, 84, 39, 83, 41, 0, 
	0, 0, 0, 39, 0, 0, 0, 85, 
	0, 83, 40, 0, 0, 0, 40, 86, 
	85, 0, 0, 0, 85, 87, 88, 89, 
	0, 90, 0, 91, 0, 92, 0, 93, 
	0, 0, 0, 0, 95, 96, 97, 0, 
	0, 94, 0, 98, 98, 99, 0, 94, 
	0, 0, 0, 99, 0, 94, 0, 0, 
	0, 100, 101, 96, 98, 98, 0, 0, 
	0, 0, 96, 0, 0, 0, 102, 0, 
	100, 97, 0, 0, 0, 97, 103, 102, 
	0, 0, 0, 102, 104, 0, 105, 0, 
	106, 0, 107, 0, 108, 0, 0, 0, 
	0, 110, 111, 112, 0, 0, 113, 114, 
	115, 116, 117, 118, 119, 109, 0, 0, 
	0, 120, 109, 0, 0, 0, 120, 122, 
	123, 0, 0, 121, 0, 124, 124, 125, 
	126, 121, 0, 0, 0, 125, 126, 121, 
	0, 0, 0, 126, 128, 129, 0, 0, 
	127, 0, 130, 130, 131, 0, 127, 0, 
	0, 0, 131, 0, 127, 0, 0, 0, 
	132, 133, 128, 130, 130, 0, 0, 0, 
	0, 128, 0, 0, 0, 134, 0, 132, 
	129, 0, 0, 0, 129, 135, 134, 0, 
	0, 0, 134, 0, 0, 0, 136, 137, 
	122, 124, 124, 138, 126, 0, 138, 126, 
	0, 0, 0, 0, 122, 0, 0, 0, 
	139, 0, 136, 123, 0, 0, 0, 123, 
	140, 139, 0, 0, 0, 139, 0, 0, 
	0, 141, 142, 111, 141, 120, 0, 0, 
	0, 0, 111, 0, 0, 0, 143, 0, 
	141, 112, 0, 0, 0, 112, 144, 143, 
	0, 0, 0, 143, 0, 0, 0, 113, 
	145, 109, 0, 0, 0, 145, 122, 123, 
	0, 0, 146, 121, 0, 124, 124, 125, 
	126, 147, 146, 121, 0, 124, 124, 125, 
	126, 148, 148, 121, 0, 124, 124, 149, 
	150, 148, 148, 121, 0, 0, 0, 149, 
	150, 121, 0, 0, 0, 150, 128, 129, 
	0, 0, 151, 152, 127, 0, 130, 130, 
	131, 0, 152, 127, 0, 153, 153, 131, 
	0, 152, 127, 0, 0, 0, 114, 154, 
	109, 0, 0, 0, 154, 122, 123, 0, 
	0, 155, 121, 0, 124, 124, 125, 126, 
	156, 155, 121, 0, 124, 124, 125, 126, 
	157, 157, 121, 0, 124, 124, 158, 159, 
	157, 157, 121, 0, 0, 0, 158, 159, 
	121, 0, 0, 0, 159, 128, 129, 0, 
	0, 160, 161, 127, 0, 130, 130, 131, 
	0, 161, 127, 0, 162, 162, 131, 0, 
	161, 127, 0, 0, 0, 115, 163, 109, 
	0, 0, 0, 163, 122, 123, 0, 0, 
	164, 165, 121, 0, 124, 124, 125, 126, 
	165, 121, 0, 166, 166, 125, 126, 165, 
	121, 0, 0, 0, 116, 167, 109, 0, 
	0, 0, 167, 122, 123, 0, 0, 168, 
	169, 121, 0, 124, 124, 125, 126, 169, 
	121, 0, 170, 170, 125, 126, 169, 121, 
	0, 0, 0, 117, 171, 109, 0, 0, 
	0, 171, 122, 123, 0, 0, 172, 173, 
	121, 0, 124, 124, 125, 126, 173, 121, 
	0, 174, 174, 175, 176, 173, 121, 0, 
	0, 0, 175, 176, 121, 0, 0, 0, 
	176, 128, 178, 179, 0, 177, 0, 180, 
	180, 181, 0, 177, 0, 0, 0, 181, 
	0, 177, 0, 182, 182, 183, 184, 179, 
	185, 129, 178, 0, 0, 0, 183, 184, 
	179, 185, 129, 178, 0, 182, 182, 186, 
	178, 134, 187, 184, 0, 0, 0, 186, 
	178, 134, 187, 184, 0, 182, 182, 186, 
	134, 184, 0, 182, 182, 188, 0, 179, 
	0, 0, 0, 188, 0, 179, 0, 180, 
	180, 188, 0, 179, 0, 0, 0, 118, 
	189, 109, 0, 0, 0, 189, 122, 123, 
	0, 0, 190, 191, 121, 0, 124, 124, 
	125, 126, 191, 121, 0, 192, 192, 193, 
	194, 191, 121, 0, 0, 0, 193, 194, 
	121, 0, 0, 0, 194, 128, 196, 197, 
	0, 195, 0, 198, 198, 199, 0, 195, 
	0, 0, 0, 199, 0, 195, 0, 200, 
	200, 201, 202, 197, 203, 129, 196, 0, 
	0, 0, 201, 202, 197, 203, 129, 196, 
	0, 200, 200, 204, 196, 134, 205, 202, 
	0, 0, 0, 204, 196, 134, 205, 202, 
	0, 200, 200, 204, 134, 202, 0, 200, 
	200, 206, 0, 197, 0, 0, 0, 206, 
	0, 197, 0, 198, 198, 206, 0, 197, 
	0, 0, 0, 119, 207, 109, 0, 0, 
	0, 207, 122, 123, 0, 0, 208, 209, 
	121, 0, 124, 124, 125, 126, 209, 121, 
	0, 210, 210, 125, 126, 209, 121, 211, 
	0, 212, 0, 213, 0, 214, 0, 215, 
	0, 216, 217, 218, 0, 218, 0, 219, 
	219, 218, 0, 220, 221, 0, 222, 0, 
	223, 224, 0, 225, 0, 226, 0, 227, 
	0, 0, 0, 0, 229, 230, 231, 0, 
	0, 228, 0, 232, 232, 233, 0, 228, 
	0, 0, 0, 233, 0, 228, 0, 0, 
	0, 234, 235, 230, 232, 232, 0, 0, 
	0, 0, 230, 0, 0, 0, 236, 0, 
	234, 231, 0, 0, 0, 231, 237, 236, 
	0, 0, 0, 236, 238, 0, 239, 0, 
	240, 0, 0, 0, 0, 242, 243, 244, 
	0, 0, 241, 0, 0, 0, 245, 241, 
	0, 0, 0, 245, 247, 248, 0, 0, 
	246, 0, 249, 249, 250, 0, 246, 0, 
	0, 0, 250, 0, 246, 0, 0, 0, 
	251, 252, 247, 249, 249, 0, 0, 0, 
	0, 247, 0, 0, 0, 253, 0, 251, 
	248, 0, 0, 0, 248, 254, 253, 0, 
	0, 0, 253, 0, 0, 0, 255, 256, 
	243, 255, 245, 0, 0, 0, 0, 243, 
	0, 0, 0, 257, 0, 255, 244, 0, 
	0, 0, 244, 258, 257, 0, 0, 0, 
	257, 259, 0, 260, 0, 261, 0, 262, 
	0, 263, 0, 264, 0, 265, 266, 0, 
	267, 268, 269, 0, 269, 0, 270, 271, 
	269, 0, 270, 271, 0, 271, 272, 273, 
	0, 273, 0, 274, 275, 273, 0, 274, 
	275, 0, 275, 276, 277, 0, 277, 0, 
	278, 278, 277, 0, 279, 0, 280, 0, 
	281, 0, 0, 0, 0, 283, 284, 285, 
	0, 0, 282, 0, 0, 0, 286, 282, 
	0, 0, 0, 286, 288, 289, 0, 0, 
	287, 0, 0, 0, 290, 287, 0, 0, 
	0, 290, 292, 293, 0, 0, 291, 0, 
	294, 294, 295, 296, 291, 0, 0, 0, 
	295, 296, 291, 0, 0, 0, 296, 298, 
	299, 0, 0, 297, 0, 0, 0, 300, 
	297, 0, 0, 0, 300, 302, 303, 0, 
	0, 301, 0, 304, 304, 305, 306, 301, 
	0, 0, 0, 305, 306, 301, 0, 0, 
	0, 306, 308, 309, 0, 0, 307, 0, 
	310, 310, 311, 0, 307, 0, 0, 0, 
	311, 0, 307, 0, 0, 0, 312, 313, 
	308, 310, 310, 0, 0, 0, 0, 308, 
	0, 0, 0, 314, 0, 312, 309, 0, 
	0, 0, 309, 315, 314, 0, 0, 0, 
	314, 0, 0, 0, 316, 317, 302, 304, 
	304, 318, 306, 0, 318, 306, 0, 0, 
	0, 0, 302, 0, 0, 0, 319, 0, 
	316, 303, 0, 0, 0, 303, 320, 319, 
	0, 0, 0, 319, 0, 0, 0, 321, 
	322, 298, 321, 300, 0, 0, 0, 0, 
	298, 0, 0, 0, 323, 0, 321, 299, 
	0, 0, 0, 299, 324, 323, 0, 0, 
	0, 323, 0, 0, 0, 325, 326, 292, 
	294, 294, 327, 296, 0, 327, 296, 0, 
	0, 0, 0, 292, 0, 0, 0, 328, 
	0, 325, 293, 0, 0, 0, 293, 329, 
	328, 0, 0, 0, 328, 0, 0, 0, 
	330, 331, 288, 330, 290, 0, 0, 0, 
	0, 288, 0, 0, 0, 332, 0, 330, 
	289, 0, 0, 0, 289, 333, 332, 0, 
	0, 0, 332, 0, 0, 0, 334, 335, 
	284, 334, 286, 0, 0, 0, 0, 284, 
	0, 0, 0, 336, 0, 334, 285, 0, 
	0, 0, 285, 337, 336, 0, 0, 0, 
	336, 338, 339, 0, 340, 0, 341, 0, 
	342, 0, 343, 0, 344, 345, 346, 0, 
	346, 0, 347, 348, 346, 0, 347, 348, 
	0, 348, 349, 351, 350, 0, 350, 0, 
	352, 352, 353, 354, 350, 0, 353, 354, 
	0, 354, 355, 356, 0, 356, 0, 357, 
	357, 358, 359, 356, 0, 358, 359, 0, 
	359, 360, 361, 0, 361, 0, 362, 362, 
	363, 364, 361, 0, 363, 364, 0, 364, 
	365, 0, 0, 0, 0, 366, 367, 365, 
	366, 368, 0, 368, 369, 370, 0, 370, 
	0, 371, 371, 370, 0, 0, 0, 0, 
	365, 352, 352, 353, 354, 372, 373, 350, 
	0, 352, 352, 374, 375, 350, 0, 374, 
	375, 0, 375, 376, 377, 0, 377, 0, 
	378, 378, 358, 359, 377, 0, 352, 352, 
	379, 380, 350, 0, 379, 380, 0, 380, 
	381, 382, 0, 382, 0, 383, 383, 358, 
	359, 382, 0, 384, 0, 385, 0, 386, 
	0, 387, 0, 388, 0, 389, 390, 0, 
	391, 392, 393, 0, 393, 0, 394, 395, 
	393, 0, 394, 395, 0, 395, 396, 397, 
	0, 397, 0, 398, 399, 397, 0, 398, 
	399, 0, 399, 400, 401, 0, 401, 0, 
	402, 403, 401, 0, 402, 403, 0, 403, 
	404, 405, 0, 405, 0, 406, 407, 405, 
	0, 406, 407, 0, 407, 408, 409, 0, 
	409, 0, 410, 410, 411, 412, 409, 0, 
	411, 412, 0, 412, 413, 414, 0, 414, 
	0, 415, 416, 414, 0, 415, 416, 0, 
	416, 417, 0, 0, 0, 0, 418, 419, 
	417, 420, 420, 0, 0, 0, 0, 417, 
	421, 0, 422, 0, 423, 0, 0, 0, 
	0, 425, 426, 427, 0, 0, 424, 0, 
	0, 0, 428, 424, 0, 0, 0, 428, 
	430, 431, 0, 0, 429, 0, 0, 0, 
	432, 429, 0, 0, 0, 432, 434, 435, 
	0, 0, 433, 0, 436, 436, 437, 438, 
	433, 0, 0, 0, 437, 438, 433, 0, 
	0, 0, 438, 440, 441, 0, 0, 439, 
	0, 442, 442, 443, 0, 439, 0, 0, 
	0, 443, 0, 439, 0, 0, 0, 444, 
	445, 440, 442, 442, 0, 0, 0, 0, 
	440, 0, 0, 0, 446, 0, 444, 441, 
	0, 0, 0, 441, 447, 446, 0, 0, 
	0, 446, 0, 0, 0, 448, 449, 434, 
	436, 436, 450, 438, 0, 450, 438, 0, 
	0, 0, 0, 434, 0, 0, 0, 451, 
	0, 448, 435, 0, 0, 0, 435, 452, 
	451, 0, 0, 0, 451, 0, 0, 0, 
	453, 454, 430, 453, 432, 0, 0, 0, 
	0, 430, 0, 0, 0, 455, 0, 453, 
	431, 0, 0, 0, 431, 456, 455, 0, 
	0, 0, 455, 0, 0, 0, 457, 458, 
	426, 457, 428, 0, 0, 0, 0, 426, 
	0, 0, 0, 459, 0, 457, 427, 0, 
	0, 0, 427, 460, 459, 0, 0, 0, 
	459, 461, 0, 462, 0, 463, 0, 464, 
	0, 465, 0, 466, 0, 0, 0, 0, 
	468, 469, 470, 0, 0, 467, 0, 0, 
	0, 471, 467, 0, 0, 0, 471, 473, 
	474, 0, 0, 472, 0, 0, 0, 475, 
	472, 0, 0, 0, 475, 477, 478, 0, 
	0, 476, 0, 0, 0, 479, 476, 0, 
	0, 0, 479, 481, 482, 0, 0, 480, 
	0, 0, 0, 483, 480, 0, 0, 0, 
	483, 485, 486, 0, 0, 484, 0, 0, 
	0, 487, 484, 0, 0, 0, 487, 489, 
	490, 0, 0, 488, 0, 0, 0, 491, 
	488, 0, 0, 0, 491, 493, 494, 0, 
	0, 492, 0, 0, 0, 495, 492, 0, 
	0, 0, 495, 497, 498, 0, 0, 496, 
	0, 0, 0, 499, 496, 0, 0, 0, 
	499, 501, 502, 0, 0, 500, 0, 0, 
	0, 503, 500, 0, 0, 0, 503, 505, 
	506, 0, 0, 504, 0, 507, 507, 508, 
	509, 504, 0, 0, 0, 508, 509, 504, 
	0, 0, 0, 509, 511, 512, 0, 0, 
	510, 0, 513, 513, 514, 515, 510, 0, 
	0, 0, 514, 515, 510, 0, 0, 0, 
	515, 517, 518, 0, 0, 516, 0, 519, 
	519, 520, 0, 516, 0, 0, 0, 520, 
	0, 516, 0, 0, 0, 521, 522, 517, 
	519, 519, 0, 0, 0, 0, 517, 0, 
	0, 0, 523, 0, 521, 518, 0, 0, 
	0, 518, 524, 523, 0, 0, 0, 523, 
	0, 0, 0, 525, 526, 511, 513, 513, 
	527, 515, 0, 527, 515, 0, 0, 0, 
	0, 511, 0, 0, 0, 528, 0, 525, 
	512, 0, 0, 0, 512, 529, 528, 0, 
	0, 0, 528, 0, 0, 0, 530, 531, 
	505, 507, 507, 532, 509, 0, 532, 509, 
	0, 0, 0, 0, 505, 0, 0, 0, 
	533, 0, 530, 506, 0, 0, 0, 506, 
	534, 533, 0, 0, 0, 533, 0, 0, 
	0, 535, 536, 501, 535, 503, 0, 0, 
	0, 0, 501, 0, 0, 0, 537, 0, 
	535, 502, 0, 0, 0, 502, 538, 537, 
	0, 0, 0, 537, 0, 0, 0, 539, 
	540, 497, 539, 499, 0, 0, 0, 0, 
	497, 0, 0, 0, 541, 0, 539, 498, 
	0, 0, 0, 498, 542, 541, 0, 0, 
	0, 541, 0, 0, 0, 543, 544, 493, 
	543, 495, 0, 0, 0, 0, 493, 0, 
	0, 0, 545, 0, 543, 494, 0, 0, 
	0, 494, 546, 545, 0, 0, 0, 545, 
	0, 0, 0, 547, 548, 489, 547, 491, 
	0, 0, 0, 0, 489, 0, 0, 0, 
	549, 0, 547, 490, 0, 0, 0, 490, 
	550, 549, 0, 0, 0, 549, 0, 0, 
	0, 551, 552, 485, 551, 487, 0, 0, 
	0, 0, 485, 0, 0, 0, 553, 0, 
	551, 486, 0, 0, 0, 486, 554, 553, 
	0, 0, 0, 553, 0, 0, 0, 555, 
	556, 481, 555, 483, 0, 0, 0, 0, 
	481, 0, 0, 0, 557, 0, 555, 482, 
	0, 0, 0, 482, 558, 557, 0, 0, 
	0, 557, 0, 0, 0, 559, 560, 477, 
	559, 479, 0, 0, 0, 0, 477, 0, 
	0, 0, 561, 0, 559, 478, 0, 0, 
	0, 478, 562, 561, 0, 0, 0, 561, 
	0, 0, 0, 563, 564, 473, 563, 475, 
	0, 0, 0, 0, 473, 0, 0, 0, 
	565, 0, 563, 474, 0, 0, 0, 474, 
	566, 565, 0, 0, 0, 565, 0, 0, 
	0, 567, 568, 469, 567, 471, 0, 0, 
	0, 0, 469, 0, 0, 0, 569, 0, 
	567, 470, 0, 0, 0, 470, 570, 569, 
	0, 0, 0, 569, 571, 572, 0, 573, 
	574, 0, 575, 0, 576, 0, 577, 0, 
	578, 0, 579, 580, 581, 0, 581, 0, 
	582, 583, 581, 0, 582, 583, 0, 583, 
	584, 585, 0, 585, 0, 586, 587, 585, 
	0, 586, 587, 0, 587, 588, 589, 0, 
	589, 0, 590, 591, 589, 0, 590, 591, 
	0, 591, 592, 593, 0, 593, 0, 594, 
	595, 593, 0, 594, 595, 0, 595, 596, 
	597, 0, 597, 0, 598, 599, 597, 0, 
	598, 599, 0, 599, 600, 601, 0, 601, 
	0, 602, 602, 601, 0, 603, 0, 604, 
	576, 0, 605, 0, 606, 0, 578, 607, 
	0, 608, 0, 609, 0, 610, 0, 0, 
	0, 0, 612, 613, 614, 0, 0, 611, 
	0, 0, 0, 615, 611, 0, 0, 0, 
	615, 617, 618, 0, 0, 616, 0, 0, 
	0, 619, 616, 0, 0, 0, 619, 621, 
	622, 0, 0, 620, 0, 623, 623, 624, 
	625, 620, 0, 0, 0, 624, 625, 620, 
	0, 0, 0, 625, 627, 628, 0, 0, 
	626, 0, 629, 629, 630, 0, 626, 0, 
	0, 0, 630, 0, 626, 0, 0, 0, 
	631, 632, 627, 629, 629, 0, 0, 0, 
	0, 627, 0, 0, 0, 633, 0, 631, 
	628, 0, 0, 0, 628, 634, 633, 0, 
	0, 0, 633, 0, 0, 0, 635, 636, 
	621, 623, 623, 637, 625, 0, 637, 625, 
	0, 0, 0, 0, 621, 0, 0, 0, 
	638, 0, 635, 622, 0, 0, 0, 622, 
	639, 638, 0, 0, 0, 638, 0, 0, 
	0, 640, 641, 617, 640, 619, 0, 0, 
	0, 0, 617, 0, 0, 0, 642, 0, 
	640, 618, 0, 0, 0, 618, 643, 642, 
	0, 0, 0, 642, 0, 0, 0, 644, 
	645, 613, 644, 615, 0, 0, 0, 0, 
	613, 0, 0, 0, 646, 0, 644, 614, 
	0, 0, 0, 614, 647, 646, 0, 0, 
	0, 646, 648, 0, 649, 0, 650, 0, 
	0, 0, 0, 652, 653, 654, 0, 0, 
	651, 0, 0, 0, 655, 651, 0, 0, 
	0, 655, 657, 658, 0, 0, 656, 0, 
	659, 659, 660, 661, 656, 0, 0, 0, 
	660, 661, 656, 0, 0, 0, 661, 663, 
	664, 0, 0, 662, 0, 665, 665, 666, 
	0, 662, 0, 0, 0, 666, 0, 662, 
	0, 0, 0, 667, 668, 663, 665, 665, 
	0, 0, 0, 0, 663, 0, 0, 0, 
	669, 0, 667, 664, 0, 0, 0, 664, 
	670, 669, 0, 0, 0, 669, 0, 0, 
	0, 671, 672, 657, 659, 659, 673, 661, 
	0, 673, 661, 0, 0, 0, 0, 657, 
	0, 0, 0, 674, 0, 671, 658, 0, 
	0, 0, 658, 675, 674, 0, 0, 0, 
	674, 0, 0, 0, 676, 677, 653, 676, 
	655, 0, 0, 0, 0, 653, 0, 0, 
	0, 678, 0, 676, 654, 0, 0, 0, 
	654, 679, 678, 0, 0, 0, 678, 680, 
	0, 681, 0, 682, 0, 683, 0, 684, 
	0, 685, 0, 686, 0, 687, 0, 688, 
	689, 690, 0, 691, 692, 693, 0, 693, 
	0, 694, 695, 693, 0, 694, 695, 0, 
	695, 696, 697, 0, 697, 0, 698, 699, 
	697, 0, 698, 699, 0, 699, 700, 701, 
	0, 701, 0, 702, 703, 701, 0, 702, 
	703, 0, 703, 704, 705, 0, 705, 0, 
	706, 707, 705, 0, 706, 707, 0, 707, 
	708, 709, 0, 709, 0, 710, 711, 709, 
	0, 710, 711, 0, 711, 712, 713, 0, 
	713, 0, 714, 715, 713, 0, 714, 715, 
	0, 715, 716, 0, 0, 0, 0, 717, 
	718, 716, 719, 719, 0, 0, 0, 0, 
	716, 720, 0, 690, 0, 721, 0, 722, 
	0, 723, 0, 0, 0, 0, 725, 726, 
	727, 0, 0, 724, 0, 0, 0, 728, 
	724, 0, 0, 0, 728, 730, 731, 0, 
	0, 729, 0, 0, 0, 732, 729, 0, 
	0, 0, 732, 734, 735, 0, 0, 733, 
	0, 736, 736, 737, 738, 733, 0, 0, 
	0, 737, 738, 733, 0, 0, 0, 738, 
	740, 741, 0, 0, 739, 0, 742, 742, 
	743, 0, 739, 0, 0, 0, 743, 0, 
	739, 0, 0, 0, 744, 745, 740, 742, 
	742, 0, 0, 0, 0, 740, 0, 0, 
	0, 746, 0, 744, 741, 0, 0, 0, 
	741, 747, 746, 0, 0, 0, 746, 0, 
	0, 0, 748, 749, 734, 736, 736, 750, 
	738, 0, 750, 738, 0, 0, 0, 0, 
	734, 0, 0, 0, 751, 0, 748, 735, 
	0, 0, 0, 735, 752, 751, 0, 0, 
	0, 751, 0, 0, 0, 753, 754, 730, 
	753, 732, 0, 0, 0, 0, 730, 0, 
	0, 0, 755, 0, 753, 731, 0, 0, 
	0, 731, 756, 755, 0, 0, 0, 755, 
	0, 0, 0, 757, 758, 726, 757, 728, 
	0, 0, 0, 0, 726, 0, 0, 0, 
	759, 0, 757, 727, 0, 0, 0, 727, 
	760, 759, 0, 0, 0, 759, 761, 0, 
	762, 0, 763, 0, 764, 765, 0, 766, 
	767, 768, 0, 768, 0, 769, 770, 768, 
	0, 769, 770, 0, 770, 771, 772, 0, 
	772, 0, 773, 774, 772, 0, 773, 774, 
	0, 774, 775, 776, 0, 776, 0, 777, 
	778, 776, 0, 777, 778, 0, 778, 779, 
	780, 0, 780, 0, 781, 782, 780, 0, 
	781, 782, 0, 782, 783, 784, 0, 784, 
	0, 785, 785, 784, 0, 786, 0, 787, 
	0, 788, 0, 0, 0, 0, 790, 791, 
	792, 0, 0, 789, 0, 0, 0, 793, 
	789, 0, 0, 0, 793, 795, 796, 0, 
	0, 794, 0, 0, 0, 797, 794, 0, 
	0, 0, 797, 799, 800, 0, 0, 798, 
	0, 801, 801, 802, 803, 798, 0, 0, 
	0, 802, 803, 798, 0, 0, 0, 803, 
	805, 806, 0, 0, 804, 0, 0, 0, 
	807, 804, 0, 0, 0, 807, 809, 810, 
	0, 0, 808, 0, 0, 0, 811, 808, 
	0, 0, 0, 811, 813, 814, 0, 0, 
	812, 0, 0, 0, 815, 812, 0, 0, 
	0, 815, 817, 818, 0, 0, 816, 0, 
	0, 0, 819, 816, 0, 0, 0, 819, 
	821, 822, 0, 0, 820, 0, 0, 0, 
	823, 820, 0, 0, 0, 823, 825, 826, 
	0, 0, 824, 0, 0, 0, 827, 824, 
	0, 0, 0, 827, 829, 830, 0, 0, 
	828, 0, 0, 0, 831, 828, 0, 0, 
	0, 831, 833, 834, 0, 0, 832, 0, 
	835, 835, 836, 837, 832, 0, 0, 0, 
	836, 837, 832, 0, 0, 0, 837, 839, 
	840, 0, 0, 838, 0, 841, 841, 842, 
	0, 838, 0, 0, 0, 842, 0, 838, 
	0, 0, 0, 843, 844, 839, 841, 841, 
	0, 0, 0, 0, 839, 0, 0, 0, 
	845, 0, 843, 840, 0, 0, 0, 840, 
	846, 845, 0, 0, 0, 845, 0, 0, 
	0, 847, 848, 833, 835, 835, 849, 837, 
	0, 849, 837, 0, 0, 0, 0, 833, 
	0, 0, 0, 850, 0, 847, 834, 0, 
	0, 0, 834, 851, 850, 0, 0, 0, 
	850, 0, 0, 0, 852, 853, 829, 852, 
	831, 0, 0, 0, 0, 829, 0, 0, 
	0, 854, 0, 852, 830, 0, 0, 0, 
	830, 855, 854, 0, 0, 0, 854, 0, 
	0, 0, 856, 857, 825, 856, 827, 0, 
	0, 0, 0, 825, 0, 0, 0, 858, 
	0, 856, 826, 0, 0, 0, 826, 859, 
	858, 0, 0, 0, 858, 0, 0, 0, 
	860, 861, 821, 860, 823, 0, 0, 0, 
	0, 821, 0, 0, 0, 862, 0, 860, 
	822, 0, 0, 0, 822, 863, 862, 0, 
	0, 0, 862, 0, 0, 0, 864, 865, 
	817, 864, 819, 0, 0, 0, 0, 817, 
	0, 0, 0, 866, 0, 864, 818, 0, 
	0, 0, 818, 867, 866, 0, 0, 0, 
	866, 0, 0, 0, 868, 869, 813, 868, 
	815, 0, 0, 0, 0, 813, 0, 0, 
	0, 870, 0, 868, 814, 0, 0, 0, 
	814, 871, 870, 0, 0, 0, 870, 0, 
	0, 0, 872, 873, 809, 872, 811, 0, 
	0, 0, 0, 809, 0, 0, 0, 874, 
	0, 872, 810, 0, 0, 0, 810, 875, 
	874, 0, 0, 0, 874, 0, 0, 0, 
	876, 877, 805, 876, 807, 0, 0, 0, 
	0, 805, 0, 0, 0, 878, 0, 876, 
	806, 0, 0, 0, 806, 879, 878, 0, 
	0, 0, 878, 0, 0, 0, 880, 881, 
	799, 801, 801, 882, 803, 0, 882, 803, 
	0, 0, 0, 0, 799, 0, 0, 0, 
	883, 0, 880, 800, 0, 0, 0, 800, 
	884, 883, 0, 0, 0, 883, 0, 0, 
	0, 885, 886, 795, 885, 797, 0, 0, 
	0, 0, 795, 0, 0, 0, 887, 0, 
	885, 796, 0, 0, 0, 796, 888, 887, 
	0, 0, 0, 887, 0, 0, 0, 889, 
	890, 791, 889, 793, 0, 0, 0, 0, 
	791, 0, 0, 0, 891, 0, 889, 792, 
	0, 0, 0, 792, 892, 891, 0, 0, 
	0, 891, 893, 0, 894, 0, 895, 0, 
	896, 0, 897, 0, 898, 0, 0, 0, 
	0, 900, 901, 902, 0, 0, 899, 0, 
	0, 0, 903, 899, 0, 0, 0, 903, 
	905, 906, 0, 0, 904, 0, 0, 0, 
	907, 904, 0, 0, 0, 907, 909, 910, 
	0, 0, 908, 0, 911, 911, 912, 913, 
	908, 0, 0, 0, 912, 913, 908, 0, 
	0, 0, 913, 915, 916, 0, 0, 914, 
	0, 917, 917, 918, 0, 914, 0, 0, 
	0, 918, 0, 914, 0, 0, 0, 919, 
	920, 915, 917, 917, 0, 0, 0, 0, 
	915, 0, 0, 0, 921, 0, 919, 916, 
	0, 0, 0, 916, 922, 921, 0, 0, 
	0, 921, 0, 0, 0, 923, 924, 909, 
	911, 911, 925, 913, 0, 925, 913, 0, 
	0, 0, 0, 909, 0, 0, 0, 926, 
	0, 923, 910, 0, 0, 0, 910, 927, 
	926, 0, 0, 0, 926, 0, 0, 0, 
	928, 929, 905, 928, 907, 0, 0, 0, 
	0, 905, 0, 0, 0, 930, 0, 928, 
	906, 0, 0, 0, 906, 931, 930, 0, 
	0, 0, 930, 0, 0, 0, 932, 933, 
	901, 932, 903, 0, 0, 0, 0, 901, 
	0, 0, 0, 934, 0, 932, 902, 0, 
	0, 0, 902, 935, 934, 0, 0, 0, 
	934, 936, 0, 937, 0, 938, 0, 0, 
	940, 940, 939, 941, 0, 942, 0, 943, 
	0, 944, 0, 945, 946, 0, 947, 948, 
	949, 0, 949, 0, 950, 951, 949, 0, 
	950, 951, 0, 951, 952, 953, 0, 953, 
	0, 954, 955, 953, 0, 954, 955, 0, 
	955, 956, 957, 0, 957, 0, 958, 959, 
	957, 0, 958, 959, 0, 959, 960, 961, 
	0, 961, 0, 962, 963, 961, 0, 962, 
	963, 0, 963, 964, 965, 0, 965, 0, 
	966, 967, 965, 0, 966, 967, 0, 967, 
	968, 969, 0, 969, 0, 970, 971, 969, 
	0, 970, 971, 0, 971, 972, 973, 0, 
	973, 0, 974, 975, 973, 0, 974, 975, 
	0, 0, 0, 0, 975, 977, 0, 976, 
	0, 0, 0, 978, 976, 978, 979, 980, 
	0, 980, 0, 981, 982, 980, 0, 981, 
	982, 0, 982, 983, 984, 0, 984, 0, 
	985, 985, 984, 0, 0, 0, 0, 986, 
	987, 977, 986, 978, 0, 0, 0, 0, 
	977, 988, 0, 989, 0, 990, 0, 0, 
	0, 0, 992, 993, 994, 0, 0, 991, 
	0, 0, 0, 995, 991, 0, 0, 0, 
	995, 997, 998, 0, 0, 996, 0, 0, 
	0, 999, 996, 0, 0, 0, 999, 1001, 
	1002, 0, 0, 1000, 0, 1003, 1003, 1004, 
	1005, 1000, 0, 0, 0, 1004, 1005, 1000, 
	0, 0, 0, 1005, 1007, 1008, 0, 0, 
	1006, 0, 1009, 1009, 1010, 0, 1006, 0, 
	0, 0, 1010, 0, 1006, 0, 0, 0, 
	1011, 1012, 1007, 1009, 1009, 0, 0, 0, 
	0, 1007, 0, 0, 0, 1013, 0, 1011, 
	1008, 0, 0, 0, 1008, 1014, 1013, 0, 
	0, 0, 1013, 0, 0, 0, 1015, 1016, 
	1001, 1003, 1003, 1017, 1005, 0, 1017, 1005, 
	0, 0, 0, 0, 1001, 0, 0, 0, 
	1018, 0, 1015, 1002, 0, 0, 0, 1002, 
	1019, 1018, 0, 0, 0, 1018, 0, 0, 
	0, 1020, 1021, 997, 1020, 999, 0, 0, 
	0, 0, 997, 0, 0, 0, 1022, 0, 
	1020, 998, 0, 0, 0, 998, 1023, 1022, 
	0, 0, 0, 1022, 0, 0, 0, 1024, 
	1025, 993, 1024, 995, 0, 0, 0, 0, 
	993, 0, 0, 0, 1026, 0, 1024, 994, 
	0, 0, 0, 994, 1027, 1026, 0, 0, 
	0, 1026, 1028, 0, 1029, 0, 1030, 0, 
	1031, 0, 1032, 0, 1033, 0, 1034, 0, 
	1035, 0, 1036, 0, 1037, 1038, 0, 0, 
	0, 0, 1039, 1040, 1038, 1039, 1041, 0, 
	1041, 1042, 1043, 0, 1043, 0, 1044, 1044, 
	1043, 0, 0, 0, 0, 1038, 1045, 1045, 
	0, 1046, 1046, 0, 1047, 0, 1048, 1049, 
	1048, 1049, 0, 1050, 1050, 0, 1051, 1051, 
	0, 1052, 1052, 0, 1053, 1054, 1055, 1056, 
	1057, 1058, 1059, 1060, 1061, 1062, 1063, 1053, 
	1054, 1055, 1056, 1057, 1058, 1059, 1060, 1061, 
	1062, 1063, 0, 1064, 1064, 0, 1065, 1065, 
	0, 1066, 1066, 0, 1067, 1067, 0, 1068, 
	1068, 0, 1069, 0, 1070, 1072, 1071, 0, 
	1071, 0, 1073, 1074, 1071, 0, 1073, 1074, 
	0, 1074, 1075, 1076, 0, 1076, 0, 1077, 
	1078, 1076, 0, 1077, 1078, 0, 1078, 1079, 
	1080, 0, 1080, 0, 1081, 1082, 1080, 0, 
	1081, 1082, 0, 1082, 1083, 0, 0, 0, 
	0, 1084, 1085, 1083, 1084, 1086, 0, 1086, 
	1087, 1088, 0, 1088, 0, 1089, 1090, 1088, 
	0, 1089, 1090, 0, 1090, 1091, 1092, 0, 
	1092, 0, 1093, 1093, 1092, 0, 0, 0, 
	0, 1083, 1094, 1094, 0, 1095, 1096, 1097, 
	1095, 1096, 1097, 0, 1098, 1098, 0, 1099, 
	1099, 0, 1100, 1100, 0, 1101, 0, 1102, 
	1104, 1103, 0, 1103, 0, 1105, 1105, 1103, 
	0, 1106, 1106, 0, 1107, 1107, 0, 1108, 
	1108, 0, 1109, 1109, 0, 1110, 1110, 0, 
	1111, 1112, 0, 1113, 1114, 1115, 1116, 1117, 
	1118, 1119, 1120, 0, 1113, 1121, 0, 1121, 
	1122, 0, 1123, 1122, 0, 1124, 1124, 0, 
	1125, 1126, 1124, 1124, 0, 1125, 1126, 0, 
	1126, 1127, 1128, 0, 1128, 0, 1129, 1129, 
	1128, 0, 1114, 1130, 0, 1130, 1131, 0, 
	1132, 1131, 0, 1133, 1133, 0, 1134, 1135, 
	1133, 1133, 0, 1134, 1135, 0, 1135, 1136, 
	1137, 0, 1137, 0, 1138, 1138, 1137, 0, 
	1115, 1139, 0, 1139, 1140, 1141, 0, 1141, 
	0, 1142, 1142, 1143, 1144, 1141, 0, 1143, 
	1144, 0, 1144, 1145, 1146, 0, 1146, 0, 
	1147, 1147, 1146, 0, 1116, 1148, 0, 1148, 
	1149, 1150, 0, 1150, 0, 1151, 1151, 1150, 
	0, 1117, 1152, 0, 1152, 1153, 1154, 0, 
	1154, 0, 1155, 1155, 1156, 1157, 1154, 0, 
	1156, 1157, 0, 1157, 1158, 0, 0, 0, 
	0, 1159, 1160, 1158, 1161, 1161, 0, 0, 
	0, 0, 1158, 1118, 1162, 0, 1162, 1163, 
	1164, 0, 1164, 0, 1165, 1165, 1166, 1167, 
	1164, 0, 1166, 1167, 0, 1167, 1168, 0, 
	0, 0, 0, 1169, 1170, 1168, 1171, 1171, 
	0, 0, 0, 0, 1168, 1119, 1172, 0, 
	1172, 1173, 1174, 0, 1174, 0, 1175, 1175, 
	1174, 0, 1176, 1176, 0, 1177, 1177, 0, 
	1178, 1178, 0, 1179, 1179, 0, 1180, 1180, 
	0, 1181, 1181, 0, 1182, 1182, 0, 1183, 
	1184, 1183, 1184, 0, 1185, 1185, 0, 1186, 
	1187, 1186, 1187, 0, 1188, 1188, 0, 1189, 
	1189, 0, 1190, 0, 1191, 1193, 1192, 0, 
	1192, 0, 1194, 1194, 1192, 0, 1195, 1195, 
	0, 1196, 1196, 0, 1197, 1197, 0, 1198, 
	0, 1199, 1201, 1200, 0, 1200, 0, 1202, 
	1203, 1200, 0, 1202, 1203, 0, 1203, 1204, 
	1205, 0, 1205, 0, 1206, 1206, 1205, 0, 
	1207, 1207, 0, 1208, 1208, 0, 1209, 1209, 
	0, 1210, 1210, 0, 1211, 1211, 0, 1212, 
	1212, 0, 1213, 1213, 0, 1214, 1214, 0, 
	1215, 1215, 0, 1216, 1216, 0, 1217, 0, 
	1218, 1220, 1219, 0, 1219, 0, 1221, 1222, 
	1219, 0, 1221, 1222, 0, 1222, 1223, 1224, 
	0, 1224, 0, 1225, 1226, 1224, 0, 1225, 
	1226, 0, 1226, 1227, 1228, 0, 1228, 0, 
	1229, 1229, 1230, 1231, 1228, 0, 1230, 1231, 
	0, 1231, 1232, 1233, 0, 1233, 0, 1234, 
	1235, 1233, 0, 1234, 1235, 0, 1235, 1236, 
	0, 0, 0, 0, 1237, 1238, 1236, 1239, 
	1239, 1240, 1241, 0, 1240, 1241, 0, 1241, 
	1242, 0, 1243, 1243, 0, 1244, 1244, 1244, 
	0, 1245, 1245, 1244, 1244, 1244, 0, 0, 
	0, 0, 1236, 1246, 1246, 0, 1247, 1247, 
	0, 1248, 1248, 0, 1249, 1249, 0, 1250, 
	1250, 0, 1251, 1251, 0, 1252, 1252, 0, 
	1253, 1253, 0, 1254, 1254, 0, 1255, 1255, 
	0, 1256, 0, 1257, 1259, 1258, 0, 1258, 
	0, 1260, 1261, 1258, 0, 1260, 1261, 0, 
	1261, 1262, 1263, 0, 1263, 0, 1264, 1265, 
	1263, 0, 1264, 1265, 0, 1265, 1266, 1267, 
	0, 1267, 0, 1268, 1268, 1269, 1270, 1267, 
	0, 1269, 1270, 0, 1270, 1271, 0, 1272, 
	1272, 0, 1273, 1273, 1273, 0, 1274, 1274, 
	1273, 1273, 1273, 0, 1275, 1275, 0, 1276, 
	1276, 0, 1277, 1277, 0, 1278, 1278, 0, 
	1279, 1279, 0, 1280, 1280, 0, 1281, 0, 
	1282, 1284, 1283, 0, 1283, 0, 1285, 1286, 
	1283, 0, 1285, 1286, 0, 1286, 1287, 1288, 
	0, 1288, 0, 1289, 1290, 1288, 0, 1289, 
	1290, 0, 1290, 1291, 1292, 0, 1292, 0, 
	1293, 1294, 1292, 0, 1293, 1294, 0, 1294, 
	1295, 1296, 0, 1296, 0, 1297, 1298, 1296, 
	0, 1297, 1298, 0, 1298, 1299, 1300, 0, 
	1300, 0, 1301, 1302, 1300, 0, 1301, 1302, 
	0, 1302, 1303, 1304, 0, 1304, 0, 1305, 
	1306, 1304, 0, 1305, 1306, 0, 1306, 1307, 
	1308, 0, 1308, 0, 1309, 1310, 1308, 0, 
	1309, 1310, 0, 0, 0, 0, 1310, 1312, 
	0, 1311, 0, 0, 0, 1313, 1311, 1313, 
	1314, 1315, 0, 1315, 0, 1316, 1317, 1315, 
	0, 1316, 1317, 0, 1317, 1318, 1319, 0, 
	1319, 0, 1320, 1320, 1321, 1322, 1319, 0, 
	1321, 1322, 0, 1322, 1323, 1324, 0, 1324, 
	0, 1325, 1325, 1326, 1327, 1324, 0, 1326, 
	1327, 0, 1327, 1328, 0, 1329, 1329, 0, 
	1330, 1330, 1330, 0, 1331, 1331, 1330, 1330, 
	1330, 0, 0, 0, 0, 1332, 1333, 1312, 
	1332, 1313, 0, 0, 0, 0, 1312, 1334, 
	1334, 0, 1335, 1336, 1335, 1336, 0, 1337, 
	1338, 1337, 1338, 0, 1339, 1339, 0, 1340, 
	1340, 0, 1341, 1341, 0, 1342, 1342, 0, 
	1343, 1343, 0, 1344, 1344, 0, 1345, 0, 
	1346, 1348, 1347, 0, 1347, 0, 1349, 1350, 
	1347, 0, 1349, 1350, 0, 1350, 1351, 1352, 
	0, 1352, 0, 1353, 1354, 1352, 0, 1353, 
	1354, 0, 1354, 1355, 1356, 0, 1356, 0, 
	1357, 1357, 1358, 1359, 1356, 0, 1358, 1359, 
	0, 1359, 1360, 0, 1361, 1361, 0, 1362, 
	1362, 1362, 0, 1363, 1363, 1362, 1362, 1362, 
	0, 1364, 1364, 0, 1365, 1365, 0, 1339, 
	1340, 1339, 1340, 0, 1366, 1366, 0, 1367, 
	1367, 0, 1368, 0, 1369, 1371, 1370, 0, 
	1370, 0, 1372, 1373, 1370, 0, 1372, 1373, 
	0, 1373, 1374, 1375, 0, 1375, 0, 1376, 
	1376, 1377, 1378, 1375, 0, 1377, 1378, 0, 
	1378, 1379, 1380, 0, 1380, 0, 1381, 1381, 
	1380, 0, 1382, 1382, 0, 1383, 1383, 0, 
	1384, 1384, 0, 1385, 1385, 0, 1386, 1386, 
	0, 1387, 1387, 0, 1388, 1388, 0, 1389, 
	1389, 0, 1390, 1390, 0, 1391, 1392, 1391, 
	1392, 0, 1393, 1393, 0, 1392, 1392, 0, 
	1394, 1394, 0, 1395, 1395, 0, 1396, 0, 
	1397, 1399, 1398, 0, 1398, 0, 1400, 1401, 
	1398, 0, 1400, 1401, 0, 1401, 1402, 1403, 
	0, 1403, 0, 1404, 1405, 1403, 0, 1404, 
	1405, 0, 1405, 1406, 1407, 0, 1407, 0, 
	1408, 1408, 1409, 1410, 1407, 0, 1409, 1410, 
	0, 1410, 1411, 0, 1412, 1412, 0, 1413, 
	1413, 1413, 0, 1414, 1414, 1413, 1413, 1413, 
	0, 1415, 1415, 0, 1416, 1416, 0, 1417, 
	1417, 0, 1418, 1418, 0, 1419, 1419, 0, 
	1420, 1420, 0, 1421, 1421, 0, 1422, 0, 
	1423, 1425, 1424, 0, 1424, 0, 1426, 1427, 
	1424, 0, 1426, 1427, 0, 1427, 1428, 1429, 
	0, 1429, 0, 1430, 1431, 1429, 0, 1430, 
	1431, 0, 1431, 1432, 1433, 0, 1433, 0, 
	1434, 1434, 1435, 1436, 1433, 0, 1435, 1436, 
	0, 1436, 1437, 1438, 0, 1438, 0, 1439, 
	1440, 1438, 0, 1439, 1440, 0, 1440, 1441, 
	1442, 0, 1442, 0, 1443, 1444, 1442, 0, 
	1443, 1444, 0, 1444, 1445, 1446, 0, 1446, 
	0, 1447, 1448, 1446, 0, 1447, 1448, 0, 
	1448, 1449, 1450, 0, 1450, 0, 1451, 1452, 
	1450, 0, 1451, 1452, 0, 1452, 1453, 1454, 
	0, 1454, 0, 1455, 1456, 1454, 0, 1455, 
	1456, 0, 0, 0, 0, 1456, 1458, 0, 
	1457, 0, 0, 0, 1459, 1457, 1459, 1460, 
	1461, 0, 1461, 0, 1462, 1463, 1461, 0, 
	1462, 1463, 0, 1463, 1464, 1465, 0, 1465, 
	0, 1466, 1466, 1467, 1468, 1465, 0, 1467, 
	1468, 0, 1468, 1469, 0, 1470, 1470, 0, 
	1471, 1471, 1471, 0, 1472, 1472, 1471, 1471, 
	1471, 0, 0, 0, 0, 1473, 1474, 1458, 
	1473, 1459, 0, 0, 0, 0, 1458, 1475, 
	1475, 0, 1476, 1476, 0, 1477, 1477, 0, 
	1478, 1478, 0, 1479, 1479, 0, 1480, 1480, 
	0, 1481, 0, 1482, 1484, 1483, 0, 1483, 
	0, 1485, 1486, 1483, 0, 1485, 1486, 0, 
	1486, 1487, 1488, 0, 1488, 0, 1489, 1490, 
	1488, 0, 1489, 1490, 0, 1490, 1491, 1492, 
	0, 1492, 0, 1493, 1493, 1494, 1495, 1492, 
	0, 1494, 1495, 0, 1495, 1496, 0, 1497, 
	1497, 0, 1498, 1498, 1498, 0, 1499, 1499, 
	1498, 1498, 1498, 0, 1500, 1500, 0, 1501, 
	1501, 0, 1502, 1502, 0, 1503, 0, 1504, 
	1504, 0, 1505, 1505, 0, 1506, 1506, 0, 
	1507, 1507, 0, 1508, 1508, 0, 1509, 1509, 
	0, 1510, 1510, 0, 1511, 1511, 0, 1512, 
	0, 1513, 1515, 1514, 0, 1514, 0, 1516, 
	1517, 1514, 0, 1516, 1517, 0, 1517, 1518, 
	1519, 0, 1519, 0, 1520, 1521, 1519, 0, 
	1520, 1521, 0, 1521, 1522, 1523, 0, 1523, 
	0, 1524, 1524, 1525, 1526, 1523, 0, 1525, 
	1526, 0, 1526, 1527, 0, 1528, 1528, 0, 
	1529, 1529, 1529, 0, 1530, 1530, 1529, 1529, 
	1529, 0, 1531, 1531, 0, 1532, 1532, 0, 
	1533, 1533, 0, 1534, 1534, 0, 1535, 1535, 
	0, 1536, 1537, 1536, 1537, 0, 1538, 1538, 
	0, 1539, 1539, 0, 1540, 1540, 0, 1541, 
	1542, 0, 1543, 0, 0, 0, 0, 1544, 
	1545, 1543, 1544, 1546, 0, 1546, 1547, 1548, 
	0, 1548, 0, 1549, 1549, 1548, 0, 0, 
	0, 0, 1543, 1550, 1550, 0, 1551, 1551, 
	0, 1552, 1552, 0, 1553, 1553, 0, 1554, 
	1554, 0, 1555, 1555, 0, 1556, 0, 1557, 
	1558, 0, 1558, 0, 1559, 1559, 1558, 0, 
	1560, 0, 1561, 0, 1562, 0, 1563, 0, 
	1564, 1564, 0, 1565, 0, 1566, 1566, 0, 
	1568, 1568, 1567, 1569, 1569, 1570, 1571, 1572, 
	1573, 1574, 1572, 0, 1575, 0
};

static const short _atc_onenet_trans_targs[] = {
	0, 2, 14, 950, 3, 4, 5, 6, 
	7, 8, 9, 10, 11, 11, 12, 13, 
	1435, 15, 16, 17, 18, 73, 189, 298, 
	409, 516, 618, 695, 822, 863, 867, 19, 
	20, 21, 22, 23, 24, 25, 24, 67, 
	70, 26, 27, 61, 64, 28, 29, 55, 
	58, 30, 31, 49, 52, 32, 33, 43, 
	46, 34, 35, 37, 40, 1435, 36, 38, 
	39, 41, 42, 44, 45, 47, 48, 50, 
	51, 53, 54, 56, 57, 59, 60, 62, 
	63, 65, 66, 68, 69, 71, 72, 74, 
	87, 181, 75, 76, 77, 78, 79, 78, 
	81, 84, 1435, 80, 82, 83, 85, 86, 
	88, 89, 90, 91, 92, 93, 92, 113, 
	116, 119, 128, 137, 141, 145, 161, 177, 
	94, 95, 106, 110, 1435, 96, 97, 98, 
	100, 103, 1435, 99, 101, 102, 104, 105, 
	107, 109, 108, 111, 112, 114, 115, 117, 
	118, 120, 121, 122, 123, 124, 125, 126, 
	127, 1435, 129, 130, 131, 132, 133, 134, 
	135, 136, 1435, 138, 139, 140, 1435, 142, 
	143, 144, 1435, 146, 147, 148, 1435, 149, 
	150, 151, 153, 158, 1435, 152, 1435, 154, 
	155, 160, 156, 157, 159, 162, 163, 164, 
	1435, 165, 166, 167, 169, 174, 1435, 168, 
	1435, 170, 171, 176, 172, 173, 175, 178, 
	179, 180, 1435, 182, 183, 184, 185, 186, 
	186, 187, 188, 1435, 190, 224, 191, 192, 
	204, 193, 194, 195, 196, 195, 198, 201, 
	1435, 197, 199, 200, 202, 203, 205, 206, 
	207, 208, 207, 218, 221, 209, 210, 212, 
	215, 1435, 211, 213, 214, 216, 217, 219, 
	220, 222, 223, 225, 226, 227, 228, 229, 
	230, 231, 242, 231, 232, 233, 234, 235, 
	236, 237, 238, 239, 240, 241, 1435, 243, 
	244, 245, 246, 245, 292, 295, 247, 248, 
	286, 289, 249, 250, 279, 283, 1435, 251, 
	252, 253, 273, 276, 254, 255, 266, 270, 
	1435, 256, 257, 258, 260, 263, 1435, 259, 
	261, 262, 264, 265, 267, 269, 268, 271, 
	272, 274, 275, 277, 278, 280, 282, 281, 
	284, 285, 287, 288, 290, 291, 293, 294, 
	296, 297, 299, 337, 300, 301, 302, 303, 
	303, 304, 305, 306, 307, 308, 309, 326, 
	1435, 310, 311, 312, 313, 1435, 314, 315, 
	316, 317, 1435, 318, 319, 320, 321, 325, 
	322, 323, 324, 1435, 327, 332, 328, 329, 
	330, 331, 1435, 333, 334, 335, 336, 1435, 
	338, 339, 340, 341, 342, 343, 371, 343, 
	344, 345, 346, 347, 348, 349, 350, 351, 
	352, 353, 354, 355, 356, 357, 358, 359, 
	360, 361, 1435, 362, 363, 364, 365, 366, 
	367, 368, 369, 370, 1435, 372, 373, 374, 
	375, 374, 403, 406, 376, 377, 397, 400, 
	378, 379, 390, 394, 1435, 380, 381, 382, 
	384, 387, 1435, 383, 385, 386, 388, 389, 
	391, 393, 392, 395, 396, 398, 399, 401, 
	402, 404, 405, 407, 408, 410, 411, 412, 
	413, 414, 415, 416, 415, 510, 513, 417, 
	418, 504, 507, 419, 420, 498, 501, 421, 
	422, 492, 495, 423, 424, 486, 489, 425, 
	426, 480, 483, 427, 428, 474, 477, 429, 
	430, 468, 471, 431, 432, 462, 465, 433, 
	434, 455, 459, 1435, 435, 436, 437, 448, 
	452, 1435, 438, 439, 440, 442, 445, 1435, 
	441, 443, 444, 446, 447, 449, 451, 450, 
	453, 454, 456, 458, 457, 460, 461, 463, 
	464, 466, 467, 469, 470, 472, 473, 475, 
	476, 478, 479, 481, 482, 484, 485, 487, 
	488, 490, 491, 493, 494, 496, 497, 499, 
	500, 502, 503, 505, 506, 508, 509, 511, 
	512, 514, 515, 517, 588, 518, 545, 519, 
	520, 521, 522, 522, 523, 524, 525, 526, 
	527, 528, 529, 530, 531, 532, 533, 534, 
	535, 536, 537, 538, 539, 540, 541, 542, 
	543, 544, 1435, 546, 547, 548, 549, 550, 
	551, 552, 553, 554, 553, 582, 585, 555, 
	556, 576, 579, 557, 558, 569, 573, 1435, 
	559, 560, 561, 563, 566, 1435, 562, 564, 
	565, 567, 568, 570, 572, 571, 574, 575, 
	577, 578, 580, 581, 583, 584, 586, 587, 
	589, 590, 591, 592, 591, 612, 615, 593, 
	594, 605, 609, 1435, 595, 596, 597, 599, 
	602, 1435, 598, 600, 601, 603, 604, 606, 
	608, 607, 610, 611, 613, 614, 616, 617, 
	619, 620, 621, 622, 623, 624, 625, 626, 
	627, 655, 657, 627, 628, 629, 630, 631, 
	632, 633, 634, 635, 636, 637, 638, 639, 
	640, 641, 642, 643, 644, 645, 646, 647, 
	648, 649, 650, 651, 652, 653, 654, 1435, 
	656, 658, 659, 660, 661, 660, 689, 692, 
	662, 663, 683, 686, 664, 665, 676, 680, 
	1435, 666, 667, 668, 670, 673, 1435, 669, 
	671, 672, 674, 675, 677, 679, 678, 681, 
	682, 684, 685, 687, 688, 690, 691, 693, 
	694, 696, 697, 698, 699, 718, 699, 700, 
	701, 702, 703, 704, 705, 706, 707, 708, 
	709, 710, 711, 712, 713, 714, 715, 716, 
	717, 1435, 719, 720, 721, 722, 721, 816, 
	819, 723, 724, 810, 813, 725, 726, 803, 
	807, 1435, 727, 728, 729, 797, 800, 730, 
	731, 791, 794, 732, 733, 785, 788, 734, 
	735, 779, 782, 736, 737, 773, 776, 738, 
	739, 767, 770, 740, 741, 761, 764, 742, 
	743, 754, 758, 1435, 744, 745, 746, 748, 
	751, 1435, 747, 749, 750, 752, 753, 755, 
	757, 756, 759, 760, 762, 763, 765, 766, 
	768, 769, 771, 772, 774, 775, 777, 778, 
	780, 781, 783, 784, 786, 787, 789, 790, 
	792, 793, 795, 796, 798, 799, 801, 802, 
	804, 806, 805, 808, 809, 811, 812, 814, 
	815, 817, 818, 820, 821, 823, 824, 825, 
	826, 827, 828, 829, 828, 857, 860, 830, 
	831, 851, 854, 832, 833, 844, 848, 1435, 
	834, 835, 836, 838, 841, 1435, 837, 839, 
	840, 842, 843, 845, 847, 846, 849, 850, 
	852, 853, 855, 856, 858, 859, 861, 862, 
	864, 865, 866, 866, 1435, 868, 869, 870, 
	871, 872, 912, 872, 873, 874, 875, 876, 
	877, 878, 879, 880, 881, 882, 883, 884, 
	885, 886, 887, 888, 889, 890, 891, 892, 
	893, 894, 895, 896, 897, 898, 899, 900, 
	901, 909, 902, 903, 904, 905, 906, 907, 
	908, 1435, 910, 911, 913, 914, 915, 916, 
	915, 944, 947, 917, 918, 938, 941, 919, 
	920, 931, 935, 1435, 921, 922, 923, 925, 
	928, 1435, 924, 926, 927, 929, 930, 932, 
	934, 933, 936, 937, 939, 940, 942, 943, 
	945, 946, 948, 949, 951, 952, 953, 954, 
	955, 956, 957, 958, 959, 959, 960, 961, 
	965, 962, 963, 964, 1435, 1435, 968, 969, 
	970, 1401, 971, 972, 973, 974, 1004, 1078, 
	1135, 1162, 1218, 1261, 1292, 1349, 1372, 1376, 
	975, 976, 977, 978, 979, 980, 981, 982, 
	1003, 983, 984, 985, 986, 987, 988, 989, 
	990, 991, 992, 993, 994, 1002, 995, 996, 
	997, 998, 999, 1000, 1001, 1435, 1435, 1005, 
	1013, 1073, 1006, 1007, 1008, 1009, 1010, 1011, 
	1012, 1435, 1435, 1014, 1015, 1016, 1017, 1018, 
	1072, 1019, 1028, 1037, 1045, 1049, 1058, 1067, 
	1071, 1020, 1021, 1022, 1023, 1024, 1025, 1026, 
	1027, 1435, 1029, 1030, 1031, 1032, 1033, 1034, 
	1035, 1036, 1435, 1038, 1039, 1040, 1435, 1041, 
	1042, 1043, 1044, 1435, 1046, 1047, 1048, 1435, 
	1050, 1051, 1052, 1435, 1053, 1054, 1055, 1056, 
	1057, 1435, 1059, 1060, 1061, 1435, 1062, 1063, 
	1064, 1065, 1066, 1435, 1068, 1069, 1070, 1435, 
	1435, 1435, 1074, 1075, 1076, 1077, 1435, 1079, 
	1099, 1080, 1081, 1088, 1082, 1083, 1084, 1085, 
	1086, 1087, 1435, 1435, 1089, 1090, 1091, 1092, 
	1093, 1098, 1094, 1095, 1096, 1097, 1435, 1435, 
	1100, 1101, 1102, 1103, 1104, 1105, 1106, 1107, 
	1108, 1109, 1110, 1111, 1134, 1112, 1113, 1114, 
	1115, 1116, 1117, 1118, 1119, 1435, 1120, 1121, 
	1122, 1123, 1124, 1125, 1126, 1127, 1133, 1435, 
	1128, 1129, 1130, 1131, 1132, 1435, 1435, 1136, 
	1137, 1138, 1139, 1140, 1141, 1142, 1143, 1144, 
	1145, 1146, 1147, 1161, 1148, 1149, 1150, 1151, 
	1152, 1153, 1154, 1155, 1435, 1156, 1157, 1158, 
	1159, 1160, 1435, 1435, 1163, 1164, 1165, 1166, 
	1167, 1168, 1169, 1170, 1217, 1171, 1172, 1173, 
	1174, 1175, 1176, 1177, 1178, 1179, 1180, 1181, 
	1182, 1183, 1184, 1185, 1186, 1187, 1188, 1189, 
	1190, 1191, 1192, 1193, 1194, 1195, 1196, 1197, 
	1214, 1198, 1199, 1200, 1201, 1202, 1203, 1204, 
	1435, 1205, 1206, 1207, 1208, 1435, 1209, 1210, 
	1211, 1212, 1213, 1435, 1215, 1216, 1435, 1219, 
	1246, 1220, 1244, 1221, 1222, 1223, 1224, 1225, 
	1226, 1227, 1228, 1229, 1243, 1230, 1231, 1232, 
	1233, 1234, 1235, 1236, 1237, 1435, 1238, 1239, 
	1240, 1241, 1242, 1435, 1435, 1245, 1247, 1248, 
	1249, 1250, 1251, 1260, 1252, 1253, 1254, 1255, 
	1435, 1256, 1257, 1258, 1259, 1435, 1435, 1262, 
	1263, 1264, 1265, 1266, 1267, 1268, 1269, 1270, 
	1272, 1271, 1273, 1274, 1275, 1276, 1277, 1291, 
	1278, 1279, 1280, 1281, 1282, 1283, 1284, 1285, 
	1435, 1286, 1287, 1288, 1289, 1290, 1435, 1435, 
	1293, 1294, 1295, 1296, 1297, 1298, 1299, 1300, 
	1301, 1348, 1302, 1303, 1304, 1305, 1306, 1307, 
	1308, 1309, 1435, 1310, 1311, 1312, 1313, 1314, 
	1315, 1316, 1317, 1318, 1319, 1320, 1321, 1322, 
	1323, 1324, 1325, 1326, 1327, 1328, 1329, 1330, 
	1331, 1332, 1345, 1333, 1334, 1335, 1336, 1337, 
	1338, 1339, 1435, 1340, 1341, 1342, 1343, 1344, 
	1435, 1346, 1347, 1435, 1350, 1351, 1352, 1353, 
	1354, 1355, 1356, 1357, 1371, 1358, 1359, 1360, 
	1361, 1362, 1363, 1364, 1365, 1435, 1366, 1367, 
	1368, 1369, 1370, 1435, 1435, 1373, 1374, 1375, 
	1435, 1377, 1378, 1379, 1380, 1381, 1382, 1383, 
	1384, 1385, 1386, 1400, 1387, 1388, 1389, 1390, 
	1391, 1392, 1393, 1394, 1435, 1395, 1396, 1397, 
	1398, 1399, 1435, 1435, 1402, 1403, 1404, 1405, 
	1406, 1418, 1407, 1408, 1409, 1410, 1417, 1411, 
	1412, 1416, 1413, 1414, 1415, 1435, 1435, 1419, 
	1420, 1421, 1422, 1423, 1424, 1425, 1426, 1435, 
	1428, 1429, 1430, 1431, 1435, 1433, 1435, 1434, 
	1436, 1435, 1, 966, 967, 1427, 1432, 0
};

static const short _atc_onenet_trans_actions[] = {
	7, 0, 0, 0, 0, 0, 0, 0, 
	0, 0, 0, 0, 50, 0, 0, 0, 
	131, 0, 0, 0, 0, 0, 0, 0, 
	0, 0, 0, 0, 0, 0, 0, 0, 
	0, 0, 0, 0, 65, 0, 0, 0, 
	0, 0, 0, 0, 0, 0, 0, 0, 
	0, 0, 0, 0, 0, 0, 0, 0, 
	0, 0, 0, 0, 0, 320, 0, 0, 
	0, 0, 0, 0, 0, 0, 0, 0, 
	0, 0, 0, 0, 0, 0, 0, 0, 
	0, 0, 0, 0, 0, 0, 0, 0, 
	0, 0, 0, 0, 0, 74, 0, 0, 
	0, 0, 332, 0, 0, 0, 0, 0, 
	0, 0, 0, 0, 53, 0, 0, 0, 
	0, 0, 0, 0, 0, 0, 0, 0, 
	0, 0, 0, 0, 299, 0, 0, 0, 
	0, 0, 302, 0, 0, 0, 0, 0, 
	0, 0, 0, 0, 0, 0, 0, 0, 
	0, 0, 0, 0, 0, 0, 0, 0, 
	0, 448, 0, 0, 0, 0, 0, 0, 
	0, 0, 452, 0, 0, 0, 428, 0, 
	0, 0, 432, 0, 0, 0, 436, 0, 
	0, 0, 0, 0, 456, 0, 305, 0, 
	0, 0, 0, 0, 0, 0, 0, 0, 
	440, 0, 0, 0, 0, 0, 460, 0, 
	308, 0, 0, 0, 0, 0, 0, 0, 
	0, 0, 444, 0, 0, 0, 0, 56, 
	0, 0, 0, 311, 0, 0, 0, 0, 
	0, 0, 0, 59, 0, 0, 0, 0, 
	314, 0, 0, 0, 0, 0, 0, 0, 
	68, 0, 0, 0, 0, 0, 0, 0, 
	0, 323, 0, 0, 0, 0, 0, 0, 
	0, 0, 0, 0, 0, 0, 0, 0, 
	0, 104, 0, 0, 0, 0, 0, 0, 
	0, 0, 0, 0, 0, 0, 395, 0, 
	0, 77, 0, 0, 0, 0, 0, 0, 
	0, 0, 0, 0, 0, 0, 335, 0, 
	0, 0, 0, 0, 0, 0, 0, 0, 
	338, 0, 0, 0, 0, 0, 341, 0, 
	0, 0, 0, 0, 0, 0, 0, 0, 
	0, 0, 0, 0, 0, 0, 0, 0, 
	0, 0, 0, 0, 0, 0, 0, 0, 
	0, 0, 0, 0, 0, 0, 0, 122, 
	0, 0, 0, 0, 0, 0, 0, 0, 
	416, 0, 0, 0, 0, 419, 0, 0, 
	0, 0, 422, 0, 0, 0, 0, 0, 
	0, 0, 0, 425, 0, 0, 0, 0, 
	0, 0, 464, 0, 0, 0, 0, 468, 
	0, 0, 0, 0, 0, 116, 0, 0, 
	0, 0, 0, 0, 0, 0, 0, 0, 
	0, 0, 0, 0, 0, 0, 0, 0, 
	0, 0, 407, 0, 0, 0, 0, 0, 
	0, 0, 0, 0, 410, 0, 0, 89, 
	0, 0, 0, 0, 0, 0, 0, 0, 
	0, 0, 0, 0, 365, 0, 0, 0, 
	0, 0, 368, 0, 0, 0, 0, 0, 
	0, 0, 0, 0, 0, 0, 0, 0, 
	0, 0, 0, 0, 0, 0, 0, 0, 
	0, 0, 95, 0, 0, 0, 0, 0, 
	0, 0, 0, 0, 0, 0, 0, 0, 
	0, 0, 0, 0, 0, 0, 0, 0, 
	0, 0, 0, 0, 0, 0, 0, 0, 
	0, 0, 0, 0, 0, 0, 0, 0, 
	0, 0, 0, 377, 0, 0, 0, 0, 
	0, 380, 0, 0, 0, 0, 0, 383, 
	0, 0, 0, 0, 0, 0, 0, 0, 
	0, 0, 0, 0, 0, 0, 0, 0, 
	0, 0, 0, 0, 0, 0, 0, 0, 
	0, 0, 0, 0, 0, 0, 0, 0, 
	0, 0, 0, 0, 0, 0, 0, 0, 
	0, 0, 0, 0, 0, 0, 0, 0, 
	0, 0, 0, 0, 0, 0, 0, 0, 
	0, 0, 107, 0, 0, 0, 0, 0, 
	0, 0, 0, 0, 0, 0, 0, 0, 
	0, 0, 0, 0, 0, 0, 0, 0, 
	0, 0, 398, 0, 0, 0, 0, 0, 
	0, 0, 80, 0, 0, 0, 0, 0, 
	0, 0, 0, 0, 0, 0, 0, 344, 
	0, 0, 0, 0, 0, 347, 0, 0, 
	0, 0, 0, 0, 0, 0, 0, 0, 
	0, 0, 0, 0, 0, 0, 0, 0, 
	0, 0, 71, 0, 0, 0, 0, 0, 
	0, 0, 0, 326, 0, 0, 0, 0, 
	0, 329, 0, 0, 0, 0, 0, 0, 
	0, 0, 0, 0, 0, 0, 0, 0, 
	0, 0, 0, 0, 0, 0, 0, 0, 
	119, 0, 0, 0, 0, 0, 0, 0, 
	0, 0, 0, 0, 0, 0, 0, 0, 
	0, 0, 0, 0, 0, 0, 0, 0, 
	0, 0, 0, 0, 0, 0, 0, 413, 
	0, 0, 0, 92, 0, 0, 0, 0, 
	0, 0, 0, 0, 0, 0, 0, 0, 
	371, 0, 0, 0, 0, 0, 374, 0, 
	0, 0, 0, 0, 0, 0, 0, 0, 
	0, 0, 0, 0, 0, 0, 0, 0, 
	0, 0, 0, 0, 110, 0, 0, 0, 
	0, 0, 0, 0, 0, 0, 0, 0, 
	0, 0, 0, 0, 0, 0, 0, 0, 
	0, 401, 0, 0, 83, 0, 0, 0, 
	0, 0, 0, 0, 0, 0, 0, 0, 
	0, 350, 0, 0, 0, 0, 0, 0, 
	0, 0, 0, 0, 0, 0, 0, 0, 
	0, 0, 0, 0, 0, 0, 0, 0, 
	0, 0, 0, 0, 0, 0, 0, 0, 
	0, 0, 0, 353, 0, 0, 0, 0, 
	0, 356, 0, 0, 0, 0, 0, 0, 
	0, 0, 0, 0, 0, 0, 0, 0, 
	0, 0, 0, 0, 0, 0, 0, 0, 
	0, 0, 0, 0, 0, 0, 0, 0, 
	0, 0, 0, 0, 0, 0, 0, 0, 
	0, 0, 0, 0, 0, 0, 0, 0, 
	0, 0, 0, 0, 0, 0, 0, 0, 
	0, 0, 98, 0, 0, 0, 0, 0, 
	0, 0, 0, 0, 0, 0, 0, 386, 
	0, 0, 0, 0, 0, 389, 0, 0, 
	0, 0, 0, 0, 0, 0, 0, 0, 
	0, 0, 0, 0, 0, 0, 0, 0, 
	0, 0, 62, 0, 317, 0, 0, 0, 
	0, 113, 0, 0, 0, 0, 0, 0, 
	0, 0, 0, 0, 0, 0, 0, 0, 
	0, 0, 0, 0, 0, 0, 0, 0, 
	0, 0, 0, 0, 0, 0, 0, 0, 
	0, 0, 0, 0, 0, 0, 0, 0, 
	0, 404, 0, 0, 0, 0, 86, 0, 
	0, 0, 0, 0, 0, 0, 0, 0, 
	0, 0, 0, 359, 0, 0, 0, 0, 
	0, 362, 0, 0, 0, 0, 0, 0, 
	0, 0, 0, 0, 0, 0, 0, 0, 
	0, 0, 0, 0, 0, 0, 0, 0, 
	0, 0, 0, 0, 101, 0, 0, 0, 
	0, 0, 0, 0, 392, 5, 0, 0, 
	0, 0, 0, 0, 0, 0, 0, 0, 
	0, 0, 0, 0, 0, 0, 0, 0, 
	0, 0, 0, 0, 19, 3, 0, 0, 
	0, 0, 0, 0, 0, 0, 0, 0, 
	0, 0, 0, 0, 0, 0, 0, 0, 
	0, 0, 0, 0, 0, 185, 182, 0, 
	0, 0, 0, 0, 25, 3, 0, 0, 
	0, 206, 203, 0, 0, 0, 11, 3, 
	0, 0, 0, 0, 0, 0, 0, 0, 
	0, 0, 0, 0, 0, 0, 0, 0, 
	0, 140, 0, 0, 0, 0, 0, 0, 
	0, 0, 143, 0, 0, 0, 146, 0, 
	0, 0, 0, 149, 0, 0, 0, 152, 
	0, 0, 0, 155, 0, 0, 0, 0, 
	0, 158, 0, 0, 0, 161, 0, 0, 
	0, 0, 0, 164, 0, 0, 0, 167, 
	134, 137, 0, 0, 0, 13, 170, 0, 
	0, 0, 0, 0, 0, 15, 3, 0, 
	0, 0, 176, 173, 0, 21, 3, 0, 
	0, 0, 0, 0, 0, 0, 191, 188, 
	0, 0, 0, 0, 0, 0, 0, 0, 
	27, 3, 0, 0, 0, 0, 0, 0, 
	0, 0, 0, 0, 0, 212, 0, 0, 
	0, 0, 0, 0, 0, 0, 0, 215, 
	0, 0, 0, 0, 0, 218, 209, 0, 
	0, 0, 0, 0, 0, 0, 0, 35, 
	3, 0, 0, 0, 0, 0, 0, 0, 
	0, 0, 0, 0, 254, 0, 0, 0, 
	0, 0, 257, 251, 0, 0, 0, 0, 
	39, 3, 0, 0, 0, 0, 0, 0, 
	0, 0, 0, 0, 0, 0, 0, 0, 
	0, 0, 0, 0, 0, 0, 0, 0, 
	0, 0, 0, 0, 0, 0, 0, 0, 
	0, 0, 0, 0, 0, 0, 0, 0, 
	272, 0, 0, 0, 0, 275, 0, 0, 
	0, 0, 0, 278, 0, 0, 269, 0, 
	0, 0, 0, 0, 0, 0, 0, 0, 
	29, 3, 0, 0, 0, 0, 0, 0, 
	0, 0, 0, 0, 0, 224, 0, 0, 
	0, 0, 0, 227, 221, 0, 0, 23, 
	3, 0, 0, 0, 0, 0, 0, 0, 
	197, 0, 0, 0, 0, 200, 194, 0, 
	0, 0, 0, 0, 0, 0, 0, 0, 
	0, 0, 0, 37, 3, 0, 0, 0, 
	0, 0, 0, 0, 0, 0, 0, 0, 
	263, 0, 0, 0, 0, 0, 266, 260, 
	0, 0, 0, 0, 0, 31, 3, 0, 
	0, 0, 0, 0, 0, 0, 0, 0, 
	0, 0, 233, 0, 0, 0, 0, 0, 
	0, 0, 0, 0, 0, 0, 0, 0, 
	0, 0, 0, 0, 0, 0, 0, 0, 
	0, 0, 0, 0, 0, 0, 0, 0, 
	0, 0, 236, 0, 0, 0, 0, 0, 
	239, 0, 0, 230, 0, 0, 0, 0, 
	41, 3, 0, 0, 0, 0, 0, 0, 
	0, 0, 0, 0, 0, 284, 0, 0, 
	0, 0, 0, 287, 281, 0, 17, 0, 
	179, 0, 0, 0, 0, 0, 0, 33, 
	3, 0, 0, 0, 0, 0, 0, 0, 
	0, 0, 0, 0, 245, 0, 0, 0, 
	0, 0, 248, 242, 0, 0, 0, 0, 
	0, 0, 0, 0, 43, 3, 0, 0, 
	0, 0, 0, 0, 0, 293, 290, 0, 
	0, 0, 0, 45, 3, 0, 0, 296, 
	0, 0, 0, 3, 128, 3, 125, 0, 
	9, 0, 1, 47, 1, 1, 1, 0
};

static const short _atc_onenet_eof_actions[] = {
	0, 7, 7, 7, 7, 7, 7, 7, 
	7, 7, 7, 7, 7, 7, 7, 7, 
	7, 7, 7, 7, 7, 7, 7, 7, 
	7, 7, 7, 7, 7, 7, 7, 7, 
	7, 7, 7, 7, 7, 7, 7, 7, 
	7, 7, 7, 7, 7, 7, 7, 7, 
	7, 7, 7, 7, 7, 7, 7, 7, 
	7, 7, 7, 7, 7, 7, 7, 7, 
	7, 7, 7, 7, 7, 7, 7, 7, 
	7, 7, 7, 7, 7, 7, 7, 7, 
	7, 7, 7, 7, 7, 7, 7, 7, 
	7, 7, 7, 7, 7, 7, 7, 7, 
	7, 7, 7, 7, 7, 7, 7, 7, 
	7, 7, 7, 7, 7, 7, 7, 7, 
	7, 7, 7, 7, 7, 7, 7, 7, 
	7, 7, 7, 7, 7, 7, 7, 7, 
	7, 7, 7, 7, 7, 7, 7, 7, 
	7, 7, 7, 7, 7, 7, 7, 7, 
	7, 7, 7, 7, 7, 7, 7, 7, 
	7, 7, 7, 7, 7, 7, 7, 7, 
	7, 7, 7, 7, 7, 7, 7, 7, 
	7, 7, 7, 7, 7, 7, 7, 7, 
	7, 7, 7, 7, 7, 7, 7, 7, 
	7, 7, 7, 7, 7, 7, 7, 7, 
	7, 7, 7, 7, 7, 7, 7, 7, 
	7, 7, 7, 7, 7, 7, 7, 7, 
	7, 7, 7, 7, 7, 7, 7, 7, 
	7, 7, 7, 7, 7, 7, 7, 7, 
	7, 7, 7, 7, 7, 7, 7, 7, 
	7, 7, 7, 7, 7, 7, 7, 7, 
	7, 7, 7, 7, 7, 7, 7, 7, 
	7, 7, 7, 7, 7, 7, 7, 7, 
	7, 7, 7, 7, 7, 7, 7, 7, 
	7, 7, 7, 7, 7, 7, 7, 7, 
	7, 7, 7, 7, 7, 7, 7, 7, 
	7, 7, 7, 7, 7, 7, 7, 7, 
	7, 7, 7, 7, 7, 7, 7, 7, 
	7, 7, 7, 7, 7, 7, 7, 7, 
	7, 7, 7, 7, 7, 7, 7, 7, 
	7, 7, 7, 7, 7, 7, 7, 7, 
	7, 7, 7, 7, 7, 7, 7, 7, 
	7, 7, 7, 7, 7, 7, 7, 7, 
	7, 7, 7, 7, 7, 7, 7, 7, 
	7, 7, 7, 7, 7, 7, 7, 7, 
	7, 7, 7, 7, 7, 7, 7, 7, 
	7, 7, 7, 7, 7, 7, 7, 7, 
	7, 7, 7, 7, 7, 7, 7, 7, 
	7, 7, 7, 7, 7, 7, 7, 7, 
	7, 7, 7, 7, 7, 7, 7, 7, 
	7, 7, 7, 7, 7, 7, 7, 7, 
	7, 7, 7, 7, 7, 7, 7, 7, 
	7, 7, 7, 7, 7, 7, 7, 7, 
	7, 7, 7, 7, 7, 7, 7, 7, 
	7, 7, 7, 7, 7, 7, 7, 7, 
	7, 7, 7, 7, 7, 7, 7, 7, 
	7, 7, 7, 7, 7, 7, 7, 7, 
	7, 7, 7, 7, 7, 7, 7, 7, 
	7, 7, 7, 7, 7, 7, 7, 7, 
	7, 7, 7, 7, 7, 7, 7, 7, 
	7, 7, 7, 7, 7, 7, 7, 7, 
	7, 7, 7, 7, 7, 7, 7, 7, 
	7, 7, 7, 7, 7, 7, 7, 7, 
	7, 7, 7, 7, 7, 7, 7, 7, 
	7, 7, 7, 7, 7, 7, 7, 7, 
	7, 7, 7, 7, 7, 7, 7, 7, 
	7, 7, 7, 7, 7, 7, 7, 7, 
	7, 7, 7, 7, 7, 7, 7, 7, 
	7, 7, 7, 7, 7, 7, 7, 7, 
	7, 7, 7, 7, 7, 7, 7, 7, 
	7, 7, 7, 7, 7, 7, 7, 7, 
	7, 7, 7, 7, 7, 7, 7, 7, 
	7, 7, 7, 7, 7, 7, 7, 7, 
	7, 7, 7, 7, 7, 7, 7, 7, 
	7, 7, 7, 7, 7, 7, 7, 7, 
	7, 7, 7, 7, 7, 7, 7, 7, 
	7, 7, 7, 7, 7, 7, 7, 7, 
	7, 7, 7, 7, 7, 7, 7, 7, 
	7, 7, 7, 7, 7, 7, 7, 7, 
	7, 7, 7, 7, 7, 7, 7, 7, 
	7, 7, 7, 7, 7, 7, 7, 7, 
	7, 7, 7, 7, 7, 7, 7, 7, 
	7, 7, 7, 7, 7, 7, 7, 7, 
	7, 7, 7, 7, 7, 7, 7, 7, 
	7, 7, 7, 7, 7, 7, 7, 7, 
	7, 7, 7, 7, 7, 7, 7, 7, 
	7, 7, 7, 7, 7, 7, 7, 7, 
	7, 7, 7, 7, 7, 7, 7, 7, 
	7, 7, 7, 7, 7, 7, 7, 7, 
	7, 7, 7, 7, 7, 7, 7, 7, 
	7, 7, 7, 7, 7, 7, 7, 7, 
	7, 7, 7, 7, 7, 7, 7, 7, 
	7, 7, 7, 7, 7, 7, 7, 7, 
	7, 7, 7, 7, 7, 7, 7, 7, 
	7, 7, 7, 7, 7, 7, 7, 7, 
	7, 7, 7, 7, 7, 7, 7, 7, 
	7, 7, 7, 7, 7, 7, 7, 7, 
	7, 7, 7, 7, 7, 7, 7, 7, 
	7, 7, 7, 7, 7, 7, 7, 7, 
	7, 7, 7, 7, 7, 7, 7, 7, 
	7, 7, 7, 7, 7, 7, 7, 7, 
	7, 7, 7, 7, 7, 7, 7, 7, 
	7, 7, 7, 7, 7, 7, 7, 7, 
	7, 7, 7, 7, 7, 7, 7, 7, 
	7, 7, 7, 7, 7, 7, 7, 7, 
	7, 7, 7, 7, 7, 7, 7, 7, 
	7, 7, 7, 7, 7, 7, 7, 7, 
	7, 7, 7, 7, 7, 7, 7, 7, 
	7, 7, 7, 7, 7, 7, 7, 7, 
	7, 7, 7, 7, 7, 7, 7, 7, 
	7, 7, 7, 7, 7, 7, 7, 7, 
	7, 7, 7, 7, 7, 7, 7, 7, 
	7, 7, 7, 7, 7, 7, 7, 7, 
	7, 7, 7, 7, 7, 7, 7, 7, 
	7, 7, 7, 7, 7, 7, 7, 7, 
	7, 7, 7, 7, 7, 7, 7, 7, 
	7, 7, 7, 7, 7, 7, 7, 7, 
	7, 7, 7, 7, 7, 7, 7, 7, 
	7, 7, 7, 7, 7, 7, 7, 7, 
	7, 7, 7, 7, 7, 7, 7, 7, 
	7, 7, 7, 7, 7, 7, 7, 7, 
	7, 7, 7, 7, 7, 7, 7, 7, 
	7, 7, 7, 7, 7, 7, 7, 7, 
	7, 7, 7, 7, 7, 7, 7, 7, 
	7, 7, 7, 7, 7, 7, 7, 7, 
	7, 7, 7, 7, 7, 7, 7, 7, 
	7, 7, 7, 7, 7, 7, 7, 7, 
	7, 7, 7, 7, 7, 7, 7, 7, 
	7, 7, 7, 7, 7, 7, 7, 7, 
	7, 7, 7, 7, 7, 7, 7, 7, 
	7, 7, 7, 7, 7, 7, 7, 7, 
	7, 7, 7, 7, 7, 7, 7, 7, 
	7, 7, 7, 7, 7, 7, 7, 7, 
	7, 7, 7, 7, 7, 7, 7, 7, 
	7, 7, 7, 7, 7, 7, 7, 7, 
	7, 7, 7, 7, 7, 7, 7, 7, 
	7, 7, 7, 7, 7, 7, 7, 7, 
	7, 7, 7, 7, 7, 7, 7, 7, 
	7, 7, 7, 7, 7, 7, 7, 7, 
	7, 7, 7, 7, 7, 7, 7, 7, 
	7, 7, 7, 7, 7, 7, 7, 7, 
	7, 7, 7, 7, 7, 7, 7, 7, 
	7, 7, 7, 7, 7, 7, 7, 7, 
	7, 7, 7, 7, 7, 7, 7, 7, 
	7, 7, 7, 7, 7, 7, 7, 7, 
	7, 7, 7, 7, 7, 7, 7, 7, 
	7, 7, 7, 7, 7, 7, 7, 7, 
	7, 7, 7, 7, 7, 7, 7, 7, 
	7, 7, 7, 7, 7, 7, 7, 7, 
	7, 7, 7, 7, 7, 7, 7, 7, 
	7, 7, 7, 7, 7, 7, 7, 7, 
	7, 7, 7, 7, 7, 7, 7, 7, 
	7, 7, 7, 7, 7, 7, 7, 7, 
	7, 7, 7, 7, 7, 7, 7, 7, 
	7, 7, 7, 7, 7, 7, 7, 7, 
	7, 7, 7, 7, 7, 7, 7, 7, 
	7, 7, 7, 7, 7, 7, 7, 7, 
	7, 7, 7, 7, 7, 7, 7, 7, 
	7, 7, 7, 7, 7, 7, 7, 7, 
	7, 7, 7, 7, 7, 7, 7, 7, 
	7, 7, 7, 7, 7, 7, 7, 7, 
	7, 7, 7, 7, 7, 7, 7, 7, 
	7, 7, 7, 7, 7, 7, 7, 7, 
	7, 7, 7, 7, 7, 7, 7, 7, 
	7, 7, 7, 7, 7, 7, 7, 7, 
	7, 7, 7, 7, 7, 7, 7, 7, 
	7, 7, 7, 7, 7, 7, 7, 7, 
	7, 7, 7, 7, 7, 7, 7, 7, 
	7, 7, 7, 7, 7, 7, 7, 7, 
	7, 7, 7, 7, 7, 7, 7, 7, 
	7, 7, 7, 7, 7, 7, 7, 7, 
	7, 7, 7, 7, 7, 7, 7, 7, 
	7, 7, 7, 7, 7, 7, 7, 7, 
	7, 7, 7, 7, 7, 7, 7, 7, 
	7, 7, 7, 7, 7, 7, 7, 7, 
	7, 7, 7, 7, 7, 7, 7, 7, 
	7, 7, 7, 7, 7, 7, 7, 7, 
	7, 7, 7, 7, 7, 7, 7, 7, 
	7, 7, 7, 7, 7, 7, 7, 7, 
	7, 7, 7, 7, 7, 7, 7, 7, 
	7, 7, 0, 0, 0
};

static const int atc_onenet_start = 1435;

static const int atc_onenet_en_skip = 1434;
static const int atc_onenet_en_main = 1435;



static size_t atc__onenet_exec(atc_parser *par, atc_machine *mc, const char *data, size_t len,
                                    const char **line_from)
{
    const char *p = data, *pe = data + len;
    const char *eof = NULL; /* a line ends at CR or LF, never at the end of a chunk */
    const char *ls = par->len ? data : NULL;
    (void)eof;
    (void)atc_onenet_en_main;
    (void)atc_onenet_en_skip;
    mc->signal = ATC__SIG_NONE;
    
	{
	int _klen;
	unsigned int _trans;
	const unsigned char *_acts;
	unsigned int _nacts;
	const char *_keys;

	if ( p == pe )
		goto _test_eof;
	if (  mc->cs == 0 )
		goto _out;
_resume:
	_keys = _atc_onenet_trans_keys + _atc_onenet_key_offsets[ mc->cs];
	_trans = _atc_onenet_index_offsets[ mc->cs];

	_klen = _atc_onenet_single_lengths[ mc->cs];
	if ( _klen > 0 ) {
		const char *_lower = _keys;
		const char *_mid;
		const char *_upper = _keys + _klen - 1;
		while (1) {
			if ( _upper < _lower )
				break;

			_mid = _lower + ((_upper-_lower) >> 1);
			if ( (*p) < *_mid )
				_upper = _mid - 1;
			else if ( (*p) > *_mid )
				_lower = _mid + 1;
			else {
				_trans += (unsigned int)(_mid - _keys);
				goto _match;
			}
		}
		_keys += _klen;
		_trans += _klen;
	}

	_klen = _atc_onenet_range_lengths[ mc->cs];
	if ( _klen > 0 ) {
		const char *_lower = _keys;
		const char *_mid;
		const char *_upper = _keys + (_klen<<1) - 2;
		while (1) {
			if ( _upper < _lower )
				break;

			_mid = _lower + (((_upper-_lower) >> 1) & ~1);
			if ( (*p) < _mid[0] )
				_upper = _mid - 2;
			else if ( (*p) > _mid[1] )
				_lower = _mid + 2;
			else {
				_trans += (unsigned int)((_mid - _keys)>>1);
				goto _match;
			}
		}
		_trans += _klen;
	}

_match:
	_trans = _atc_onenet_indicies[_trans];
	 mc->cs = _atc_onenet_trans_targs[_trans];

	if ( _atc_onenet_trans_actions[_trans] == 0 )
		goto _again;

	_acts = _atc_onenet_actions + _atc_onenet_trans_actions[_trans];
	_nacts = (unsigned int) *_acts++;
	while ( _nacts-- > 0 )
	{
		switch ( *_acts++ )
		{
	case 0:
	{ ls = p; }
	break;
	case 1:
	{ mc->fields_at = (uint16_t)(par->len + (size_t)(p + 1 - ls)); }
	break;
	case 2:
	{ mc->signal = ATC__SIG_LINE; {p++; goto _out; } }
	break;
	case 3:
	{ if (!ls) ls = p; mc->bad = 1; p--; { mc->cs = 1434;goto _again;} }
	break;
	case 4:
	{ mc->signal = ATC__SIG_LINE;  mc->cs = 1435; {p++; goto _out; } }
	break;
	case 5:
	{ if (atc__prompt_expected(par)) { mc->signal = ATC__SIG_PROMPT;  mc->cs = 1435; {p++; goto _out; } } }
	break;
	case 6:
	{ mc->hint = 2; }
	break;
	case 7:
	{ mc->hint = 3; }
	break;
	case 8:
	{ mc->hint = 12; }
	break;
	case 9:
	{ mc->hint = 13; }
	break;
	case 10:
	{ mc->hint = 15; }
	break;
	case 11:
	{ mc->hint = 16; }
	break;
	case 12:
	{ mc->hint = 18; }
	break;
	case 13:
	{ mc->hint = 20; }
	break;
	case 14:
	{ mc->hint = 22; }
	break;
	case 15:
	{ mc->hint = 24; }
	break;
	case 16:
	{ mc->hint = 26; }
	break;
	case 17:
	{ mc->hint = 28; }
	break;
	case 18:
	{ mc->hint = 30; }
	break;
	case 19:
	{ mc->hint = 32; }
	break;
	case 20:
	{ mc->hint = 34; }
	break;
	case 21:
	{ mc->hint = 36; }
	break;
	case 22:
	{ mc->hint = 38; }
	break;
	case 23:
	{ mc->hint = 40; }
	break;
	case 24:
	{ mc->hint = 42; }
	break;
	case 25:
	{ mc->hint = 43; }
	break;
	case 26:
	{ mc->hint = 51; }
	break;
	case 27:
	{ mc->hint = 52; }
	break;
	case 28:
	{ mc->hint = 53; }
	break;
	case 29:
	{ mc->hint = 54; }
	break;
	case 30:
	{ mc->hint = 55; }
	break;
	case 31:
	{ mc->hint = 56; }
	break;
	case 32:
	{ mc->hint = 57; }
	break;
	case 33:
	{ mc->hint = 58; }
	break;
	case 34:
	{ mc->hint = 59; }
	break;
	case 35:
	{ mc->hint = 60; }
	break;
	case 36:
	{ mc->hint = 61; }
	break;
	case 37:
	{ mc->hint = 62; }
	break;
	case 38:
	{ mc->hint = 63; }
	break;
	case 39:
	{ mc->hint = 64; }
	break;
	case 40:
	{ mc->hint = 65; }
	break;
	case 41:
	{ mc->hint = 66; }
	break;
	case 42:
	{ mc->hint = 67; }
	break;
	case 43:
	{ mc->hint = 68; }
	break;
	case 44:
	{ mc->hint = 69; }
	break;
	case 45:
	{ mc->hint = 70; }
	break;
	case 46:
	{ mc->hint = 71; }
	break;
	case 47:
	{ mc->hint = 72; }
	break;
	case 48:
	{ mc->hint = 73; }
	break;
	case 49:
	{ atc__machine_match(mc, 0); }
	break;
	case 50:
	{ atc__machine_match(mc, 1); }
	break;
	case 51:
	{ atc__machine_match(mc, 2); }
	break;
	case 52:
	{ atc__machine_match(mc, 3); }
	break;
	case 53:
	{ atc__machine_match(mc, 4); }
	break;
	case 54:
	{ atc__machine_match(mc, 5); }
	break;
	case 55:
	{ atc__machine_match(mc, 6); }
	break;
	case 56:
	{ atc__machine_match(mc, 7); }
	break;
	case 57:
	{ atc__machine_match(mc, 8); }
	break;
	case 58:
	{ atc__machine_match(mc, 9); }
	break;
	case 59:
	{ atc__machine_match(mc, 10); }
	break;
	case 60:
	{ atc__machine_match(mc, 11); }
	break;
	case 61:
	{ atc__machine_match(mc, 12); }
	break;
	case 62:
	{ atc__machine_match(mc, 13); }
	break;
	case 63:
	{ atc__machine_match(mc, 14); }
	break;
	case 64:
	{ atc__machine_match(mc, 15); }
	break;
	case 65:
	{ atc__machine_match(mc, 16); }
	break;
	case 66:
	{ atc__machine_match(mc, 17); }
	break;
	case 67:
	{ atc__machine_match(mc, 18); }
	break;
	case 68:
	{ atc__machine_match(mc, 19); }
	break;
	case 69:
	{ atc__machine_match(mc, 20); }
	break;
	case 70:
	{ atc__machine_match(mc, 21); }
	break;
	case 71:
	{ atc__machine_match(mc, 22); }
	break;
	case 72:
	{ atc__machine_match(mc, 23); }
	break;
	case 73:
	{ atc__machine_match(mc, 24); }
	break;
	case 74:
	{ atc__machine_match(mc, 25); }
	break;
	case 75:
	{ atc__machine_match(mc, 26); }
	break;
	case 76:
	{ atc__machine_match(mc, 27); }
	break;
	case 77:
	{ atc__machine_match(mc, 28); }
	break;
	case 78:
	{ atc__machine_match(mc, 29); }
	break;
	case 79:
	{ atc__machine_match(mc, 30); }
	break;
	case 80:
	{ atc__machine_match(mc, 31); }
	break;
	case 81:
	{ atc__machine_match(mc, 32); }
	break;
	case 82:
	{ atc__machine_match(mc, 33); }
	break;
	case 83:
	{ atc__machine_match(mc, 34); }
	break;
	case 84:
	{ atc__machine_match(mc, 35); }
	break;
	case 85:
	{ atc__machine_match(mc, 36); }
	break;
	case 86:
	{ atc__machine_match(mc, 37); }
	break;
	case 87:
	{ atc__machine_match(mc, 38); }
	break;
	case 88:
	{ atc__machine_match(mc, 39); }
	break;
	case 89:
	{ atc__machine_match(mc, 40); }
	break;
	case 90:
	{ atc__machine_match(mc, 41); }
	break;
	case 91:
	{ atc__machine_match(mc, 42); }
	break;
	case 92:
	{ atc__machine_match(mc, 43); }
	break;
	case 93:
	{ atc__machine_match(mc, 44); }
	break;
	case 94:
	{ atc__machine_match(mc, 45); }
	break;
	case 95:
	{ atc__machine_match(mc, 46); }
	break;
	case 96:
	{ atc__machine_match(mc, 47); }
	break;
	case 97:
	{ atc__machine_match(mc, 48); }
	break;
	case 98:
	{ atc__machine_match(mc, 49); }
	break;
	case 99:
	{ atc__machine_match(mc, 50); }
	break;
	case 100:
	{ atc__machine_match(mc, 51); }
	break;
	case 101:
	{ atc__machine_match(mc, 52); }
	break;
	case 102:
	{ atc__machine_match(mc, 53); }
	break;
	case 103:
	{ atc__machine_match(mc, 54); }
	break;
	case 104:
	{ atc__machine_match(mc, 55); }
	break;
	case 105:
	{ atc__machine_match(mc, 56); }
	break;
	case 106:
	{ atc__machine_match(mc, 57); }
	break;
	case 107:
	{ atc__machine_match(mc, 58); }
	break;
	case 108:
	{ atc__machine_match(mc, 59); }
	break;
	case 109:
	{ atc__machine_match(mc, 60); }
	break;
	case 110:
	{ atc__machine_match(mc, 61); }
	break;
	case 111:
	{ atc__machine_match(mc, 62); }
	break;
	case 112:
	{ atc__machine_match(mc, 63); }
	break;
	case 113:
	{ atc__machine_match(mc, 64); }
	break;
	case 114:
	{ atc__machine_match(mc, 65); }
	break;
	case 115:
	{ atc__machine_match(mc, 66); }
	break;
	case 116:
	{ atc__machine_match(mc, 67); }
	break;
	case 117:
	{ atc__machine_match(mc, 68); }
	break;
	case 118:
	{ atc__machine_match(mc, 69); }
	break;
	case 119:
	{ atc__machine_match(mc, 70); }
	break;
	case 120:
	{ atc__machine_match(mc, 71); }
	break;
	case 121:
	{ atc__machine_match(mc, 72); }
	break;
	case 122:
	{ atc__machine_match(mc, 73); }
	break;
	case 123:
	{ atc__machine_match(mc, 74); }
	break;
	case 124:
	{ atc__machine_match(mc, 75); }
	break;
	case 125:
	{ atc__machine_match(mc, 76); }
	break;
	case 126:
	{ atc__machine_match(mc, 77); }
	break;
	case 127:
	{ atc__machine_match(mc, 78); }
	break;
	case 128:
	{ atc__machine_match(mc, 79); }
	break;
	case 129:
	{ atc__machine_match(mc, 80); }
	break;
	case 130:
	{ atc__machine_match(mc, 81); }
	break;
	case 131:
	{ atc__machine_match(mc, 82); }
	break;
	case 132:
	{ atc__machine_match(mc, 83); }
	break;
	case 133:
	{ atc__machine_match(mc, 84); }
	break;
	case 134:
	{ atc__machine_match(mc, 85); }
	break;
	case 135:
	{ atc__machine_match(mc, 86); }
	break;
	case 136:
	{ atc__machine_match(mc, 87); }
	break;
	case 137:
	{ atc__machine_match(mc, 88); }
	break;
	case 138:
	{ atc__machine_match(mc, 89); }
	break;
	case 139:
	{ atc__machine_match(mc, 90); }
	break;
	case 140:
	{ atc__machine_match(mc, 91); }
	break;
	case 141:
	{ atc__machine_match(mc, 92); }
	break;
	case 142:
	{ atc__machine_match(mc, 93); }
	break;
	case 143:
	{ atc__machine_match(mc, 94); }
	break;
	case 144:
	{ atc__machine_match(mc, 95); }
	break;
	case 145:
	{ atc__machine_match(mc, 96); }
	break;
	case 146:
	{ atc__machine_match(mc, 97); }
	break;
	case 147:
	{ atc__machine_match(mc, 98); }
	break;
	case 148:
	{ atc__machine_match(mc, 99); }
	break;
	case 149:
	{ atc__machine_match(mc, 100); }
	break;
	case 150:
	{ atc__machine_match(mc, 101); }
	break;
	case 151:
	{ atc__machine_match(mc, 102); }
	break;
	case 152:
	{ atc__machine_match(mc, 103); }
	break;
	case 153:
	{ atc__machine_match(mc, 104); }
	break;
	case 154:
	{ atc__machine_match(mc, 105); }
	break;
	case 155:
	{ atc__machine_match(mc, 106); }
	break;
	case 156:
	{ atc__machine_match(mc, 107); }
	break;
	case 157:
	{ atc__machine_match(mc, 108); }
	break;
	case 158:
	{ atc__machine_match(mc, 109); }
	break;
		}
	}

_again:
	if (  mc->cs == 0 )
		goto _out;
	if ( ++p != pe )
		goto _resume;
	_test_eof: {}
	if ( p == eof )
	{
	const unsigned char *__acts = _atc_onenet_actions + _atc_onenet_eof_actions[ mc->cs];
	unsigned int __nacts = (unsigned int) *__acts++;
	while ( __nacts-- > 0 ) {
		switch ( *__acts++ ) {
	case 3:
	{ if (!ls) ls = p; mc->bad = 1; p--; { mc->cs = 1434;	if ( p == pe )
		goto _test_eof;
goto _again;} }
	break;
		}
	}
	}

	_out: {}
	}

    *line_from = ls;
    return (size_t)(p - data);
}


const atc_profile atc_onenet_profile = {
    "onenet",
    atc__onenet_msgs, 76,
    atc__onenet_alts, 110,
    atc_onenet_start,
    atc__onenet_exec,
    NULL,
    NULL, 0,
    ATC_NO_MSG
};

#endif /* ATC_ONENET_IMPLEMENTED */
#endif /* ATC_IMPLEMENTATION */
