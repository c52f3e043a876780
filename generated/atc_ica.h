/* atc_ica.h: the atc codec for profile ica, as a single header.
 * Generated from spec/ica.yaml, runtime/ and templates/; do not edit.
 *
 * In exactly one C or C++ file:
 *     #define ATC_IMPLEMENTATION
 *     #include "atc_ica.h"
 * everywhere else just include it. Settings (ATC_MAX_LINE, ...) go before the include,
 * the same in every file. */

#ifndef ATC_ICA_SINGLE_H
#define ATC_ICA_SINGLE_H

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

/* Generated by atc from spec/ica.yaml (ICA联盟白皮书 AT 指令集规范 (ICA Alliance White Paper, AT Command Set Specification), V0.6 (2018-09-06)).
 * Do not edit: change the spec and run `make generate`. Reference: docs/reference/ica.md */
#ifndef ATC_ICA_PROFILE_H
#define ATC_ICA_PROFILE_H

/* (amalgamated: atc.h) */
#if ATC_RUNTIME_VERSION != 1
#error "generated/ica.h was generated for atc runtime version 1"
#endif

/* sha256 (first 16 hex digits) of the spec this file was generated from */
#define ATC_ICA_SPEC_HASH "4980c1341c445b6a"

/* The longest line this profile's spec allows (strings at their max_len). Lines longer than
 * ATC_MAX_LINE are reported as ATC_ERR_LINE_TOO_LONG; to decode every line, define ATC_MAX_LINE
 * to at least this. */
#define ATC_ICA_LONGEST_LINE 98

#ifdef __cplusplus
extern "C" {
#endif

extern const atc_profile atc_ica_profile;

/* Message ids: index into atc_ica_profile.msgs, the id of atc_event. */
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
    ATC_ICA_AT_ICOAPPARA_TEST = 42,
    ATC_ICA_AT_ICOAPPARA_READ = 43,
    ATC_ICA_AT_ICOAPPARA_SET = 44,
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
    ATC_ICA_AT_IHTTPPARA_TEST = 70,
    ATC_ICA_AT_IHTTPPARA_READ = 71,
    ATC_ICA_AT_IHTTPPARA_SET = 72,
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
    ATC_ICA_ICOAPPARA_TEST = 140,
    ATC_ICA_ICOAPPARA_READ = 141,
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
    ATC_ICA_IHTTPPARA_TEST = 162,
    ATC_ICA_IHTTPPARA_READ = 163,
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

/* <mode>, spec line 227 */
typedef enum atc_ica_mode {
    ATC_ICA_MODE_TCP = 0,
    ATC_ICA_MODE_TLS = 1
} atc_ica_mode;

/* <clean>, spec line 272 */
typedef enum atc_ica_clean {
    ATC_ICA_CLEAN_KEEP_SESSION = 0,
    ATC_ICA_CLEAN_CLEAN_SESSION = 1
} atc_ica_clean;

/* <authmode>, spec line 275 */
typedef enum atc_ica_authmode {
    ATC_ICA_AUTHMODE_SET_ONLY = 0,
    ATC_ICA_AUTHMODE_SET_AND_AUTHENTICATE = 1
} atc_ica_authmode;

/* <format>, spec line 301 */
typedef enum atc_ica_format {
    ATC_ICA_FORMAT_STRING = 0,
    ATC_ICA_FORMAT_HEX = 1
} atc_ica_format;

/* <pingrsp>, spec line 428 */
typedef enum atc_ica_pingrsp {
    ATC_ICA_PINGRSP_DISABLED = 0,
    ATC_ICA_PINGRSP_ENABLED = 1
} atc_ica_pingrsp;

/* <method>, spec line 517 */
typedef enum atc_ica_method {
    ATC_ICA_METHOD_GET = 1,
    ATC_ICA_METHOD_POST = 2,
    ATC_ICA_METHOD_PUT = 3,
    ATC_ICA_METHOD_DELETE = 4
} atc_ica_method;

/* <keepalive>, spec line 667 */
typedef enum atc_ica_keepalive {
    ATC_ICA_KEEPALIVE_OFF = 0,
    ATC_ICA_KEEPALIVE_ON = 1
} atc_ica_keepalive;

/* <type>, spec line 893 */
typedef enum atc_ica_type {
    ATC_ICA_TYPE_NEXT = 0,
    ATC_ICA_TYPE_RESEND = 1
} atc_ica_type;

/* <at_ireboot_set_mode>, spec line 944 */
typedef enum atc_ica_at_ireboot_set_mode {
    ATC_ICA_AT_IREBOOT_SET_MODE_IMMEDIATELY = 0,
    ATC_ICA_AT_IREBOOT_SET_MODE_AFTER_CURRENT_FRAME = 1
} atc_ica_at_ireboot_set_mode;

/* <state>, spec line 400 */
typedef enum atc_ica_state {
    ATC_ICA_STATE_DISCONNECTED = 0,
    ATC_ICA_STATE_RESERVED = 1,
    ATC_ICA_STATE_CONNECTED = 2
} atc_ica_state;

/* <status>, spec line 762 */
typedef enum atc_ica_status {
    ATC_ICA_STATUS_SUCCESS = 0,
    ATC_ICA_STATUS_TOKEN_EXPIRED = 1,
    ATC_ICA_STATUS_TOKEN_EMPTY = 2,
    ATC_ICA_STATUS_TOKEN_INVALID = 3,
    ATC_ICA_STATUS_SEND_FAILED = 4,
    ATC_ICA_STATUS_TOO_MANY_REQUESTS = 5,
    ATC_ICA_STATUS_OTHER_ERROR = 255
} atc_ica_status;

/* <imqttpub_status>, spec line 302 */
typedef enum atc_ica_imqttpub_status {
    ATC_ICA_IMQTTPUB_STATUS_SUCCESS = 0,
    ATC_ICA_IMQTTPUB_STATUS_TIMEOUT = 1,
    ATC_ICA_IMQTTPUB_STATUS_OTHER_ERROR = 2
} atc_ica_imqttpub_status;

/* <imqttsub_status>, spec line 338 */
typedef enum atc_ica_imqttsub_status {
    ATC_ICA_IMQTTSUB_STATUS_GRANTED_QOS0 = 0,
    ATC_ICA_IMQTTSUB_STATUS_GRANTED_QOS1 = 1,
    ATC_ICA_IMQTTSUB_STATUS_GRANTED_QOS2 = 2,
    ATC_ICA_IMQTTSUB_STATUS_FAILURE = 128
} atc_ica_imqttsub_status;

/* ---- Messages ----
 * Strings are views (atc_str) into the parser's line buffer: valid during the callback only.
 * Optional fields have a has_<name> flag. Integers with an enumeration name their enum type. */

/* final OK
 * spec line 168 */
typedef struct atc_ica_ok {
    char dummy_field; /* no fields */
} atc_ica_ok;
#define ATC_ICA_OK_INIT_ZERO {0}
#define ATC_ICA_OK_MAX_LEN 6u
ATC_API atc_err atc_ica_encode_ok(const atc_ica_ok *msg, char *buf, size_t cap, size_t *len);

/* final ERROR
 * spec line 168 */
typedef struct atc_ica_error {
    char dummy_field; /* no fields */
} atc_ica_error;
#define ATC_ICA_ERROR_INIT_ZERO {0}
#define ATC_ICA_ERROR_MAX_LEN 9u
ATC_API atc_err atc_ica_encode_error(const atc_ica_error *msg, char *buf, size_t cap, size_t *len);

/* final +CME ERROR: err
 * spec line 170 */
typedef struct atc_ica_cme_error {
    int32_t err;
} atc_ica_cme_error;
#define ATC_ICA_CME_ERROR_INIT_ZERO {0}
#define ATC_ICA_CME_ERROR_MAX_LEN 28u
ATC_API atc_err atc_ica_encode_cme_error(const atc_ica_cme_error *msg, char *buf, size_t cap, size_t *len);

/* intermediate > 
 * spec line 318 */
typedef struct atc_ica_prompt {
    char dummy_field; /* no fields */
} atc_ica_prompt;
#define ATC_ICA_PROMPT_INIT_ZERO {0}
#define ATC_ICA_PROMPT_MAX_LEN 6u
ATC_API atc_err atc_ica_encode_prompt(const atc_ica_prompt *msg, char *buf, size_t cap, size_t *len);

/* command AT+IMQTTMODE=?
 * spec line 222: Set the MQTT connection mode (TLS or not) */
typedef struct atc_ica_at_imqttmode_test {
    char dummy_field; /* no fields */
} atc_ica_at_imqttmode_test;
#define ATC_ICA_AT_IMQTTMODE_TEST_INIT_ZERO {0}
#define ATC_ICA_AT_IMQTTMODE_TEST_MAX_LEN 18u
ATC_API atc_err atc_ica_encode_at_imqttmode_test(const atc_ica_at_imqttmode_test *msg, char *buf, size_t cap, size_t *len);

/* command AT+IMQTTMODE?
 * spec line 223: Set the MQTT connection mode (TLS or not) */
typedef struct atc_ica_at_imqttmode_read {
    char dummy_field; /* no fields */
} atc_ica_at_imqttmode_read;
#define ATC_ICA_AT_IMQTTMODE_READ_INIT_ZERO {0}
#define ATC_ICA_AT_IMQTTMODE_READ_MAX_LEN 17u
ATC_API atc_err atc_ica_encode_at_imqttmode_read(const atc_ica_at_imqttmode_read *msg, char *buf, size_t cap, size_t *len);

/* command AT+IMQTTMODE=mode
 * spec line 225: Set the MQTT connection mode (TLS or not) */
typedef struct atc_ica_at_imqttmode_set {
    int32_t mode; /* atc_ica_mode */
} atc_ica_at_imqttmode_set;
#define ATC_ICA_AT_IMQTTMODE_SET_INIT_ZERO {0}
#define ATC_ICA_AT_IMQTTMODE_SET_MAX_LEN 19u
ATC_API atc_err atc_ica_encode_at_imqttmode_set(const atc_ica_at_imqttmode_set *msg, char *buf, size_t cap, size_t *len);

/* command AT+IMQTTOPEN=?
 * spec line 236: Set the MQTT server address and port */
typedef struct atc_ica_at_imqttopen_test {
    char dummy_field; /* no fields */
} atc_ica_at_imqttopen_test;
#define ATC_ICA_AT_IMQTTOPEN_TEST_INIT_ZERO {0}
#define ATC_ICA_AT_IMQTTOPEN_TEST_MAX_LEN 18u
ATC_API atc_err atc_ica_encode_at_imqttopen_test(const atc_ica_at_imqttopen_test *msg, char *buf, size_t cap, size_t *len);

/* command AT+IMQTTOPEN?
 * spec line 237: Set the MQTT server address and port */
typedef struct atc_ica_at_imqttopen_read {
    char dummy_field; /* no fields */
} atc_ica_at_imqttopen_read;
#define ATC_ICA_AT_IMQTTOPEN_READ_INIT_ZERO {0}
#define ATC_ICA_AT_IMQTTOPEN_READ_MAX_LEN 17u
ATC_API atc_err atc_ica_encode_at_imqttopen_read(const atc_ica_at_imqttopen_read *msg, char *buf, size_t cap, size_t *len);

/* command AT+IMQTTOPEN=hostname,port
 * spec line 238: Set the MQTT server address and port */
typedef struct atc_ica_at_imqttopen_set {
    atc_str hostname;
    int32_t port;
} atc_ica_at_imqttopen_set;
#define ATC_ICA_AT_IMQTTOPEN_SET_INIT_ZERO {{NULL, 0}, 0}
#define ATC_ICA_AT_IMQTTOPEN_SET_MAX_LEN (24u + 1u * ATC_MAX_LINE)
ATC_API atc_err atc_ica_encode_at_imqttopen_set(const atc_ica_at_imqttopen_set *msg, char *buf, size_t cap, size_t *len);

/* command AT+IMQTTAUTH=?
 * spec line 249: Authenticate the device */
typedef struct atc_ica_at_imqttauth_test {
    char dummy_field; /* no fields */
} atc_ica_at_imqttauth_test;
#define ATC_ICA_AT_IMQTTAUTH_TEST_INIT_ZERO {0}
#define ATC_ICA_AT_IMQTTAUTH_TEST_MAX_LEN 18u
ATC_API atc_err atc_ica_encode_at_imqttauth_test(const atc_ica_at_imqttauth_test *msg, char *buf, size_t cap, size_t *len);

/* command AT+IMQTTAUTH?
 * spec line 250: Authenticate the device */
typedef struct atc_ica_at_imqttauth_read {
    char dummy_field; /* no fields */
} atc_ica_at_imqttauth_read;
#define ATC_ICA_AT_IMQTTAUTH_READ_INIT_ZERO {0}
#define ATC_ICA_AT_IMQTTAUTH_READ_MAX_LEN 17u
ATC_API atc_err atc_ica_encode_at_imqttauth_read(const atc_ica_at_imqttauth_read *msg, char *buf, size_t cap, size_t *len);

/* command AT+IMQTTAUTH=para_value
 * spec line 251: Authenticate the device */
typedef struct atc_ica_at_imqttauth_set {
    uint8_t para_value_count; /* 1..8 */
    atc_str para_value[8];
} atc_ica_at_imqttauth_set;
#define ATC_ICA_AT_IMQTTAUTH_SET_INIT_ZERO {0, {{NULL, 0}}}
#define ATC_ICA_AT_IMQTTAUTH_SET_MAX_LEN (18u + 1u * ATC_MAX_LINE)
ATC_API atc_err atc_ica_encode_at_imqttauth_set(const atc_ica_at_imqttauth_set *msg, char *buf, size_t cap, size_t *len);

/* command AT+IMQTTPARA=?
 * spec line 266: Set MQTT parameters */
typedef struct atc_ica_at_imqttpara_test {
    char dummy_field; /* no fields */
} atc_ica_at_imqttpara_test;
#define ATC_ICA_AT_IMQTTPARA_TEST_INIT_ZERO {0}
#define ATC_ICA_AT_IMQTTPARA_TEST_MAX_LEN 18u
ATC_API atc_err atc_ica_encode_at_imqttpara_test(const atc_ica_at_imqttpara_test *msg, char *buf, size_t cap, size_t *len);

/* command AT+IMQTTPARA?
 * spec line 267: Set MQTT parameters */
typedef struct atc_ica_at_imqttpara_read {
    char dummy_field; /* no fields */
} atc_ica_at_imqttpara_read;
#define ATC_ICA_AT_IMQTTPARA_READ_INIT_ZERO {0}
#define ATC_ICA_AT_IMQTTPARA_READ_MAX_LEN 17u
ATC_API atc_err atc_ica_encode_at_imqttpara_read(const atc_ica_at_imqttpara_read *msg, char *buf, size_t cap, size_t *len);

/* command AT+IMQTTPARA=timeout,clean,keepalive,version,authmode
 * spec line 268: Set MQTT parameters */
typedef struct atc_ica_at_imqttpara_set {
    bool has_timeout;
    int32_t timeout;
    bool has_clean;
    int32_t clean; /* atc_ica_clean */
    bool has_keepalive;
    int32_t keepalive;
    bool has_version;
    atc_str version;
    bool has_authmode;
    int32_t authmode; /* atc_ica_authmode */
} atc_ica_at_imqttpara_set;
#define ATC_ICA_AT_IMQTTPARA_SET_INIT_ZERO {false, 0, false, 0, false, 0, false, {NULL, 0}, false, 0}
#define ATC_ICA_AT_IMQTTPARA_SET_MAX_LEN 98u
ATC_API atc_err atc_ica_encode_at_imqttpara_set(const atc_ica_at_imqttpara_set *msg, char *buf, size_t cap, size_t *len);

/* command AT+IMQTTCONN=?
 * spec line 284: Connect to the MQTT server */
typedef struct atc_ica_at_imqttconn_test {
    char dummy_field; /* no fields */
} atc_ica_at_imqttconn_test;
#define ATC_ICA_AT_IMQTTCONN_TEST_INIT_ZERO {0}
#define ATC_ICA_AT_IMQTTCONN_TEST_MAX_LEN 18u
ATC_API atc_err atc_ica_encode_at_imqttconn_test(const atc_ica_at_imqttconn_test *msg, char *buf, size_t cap, size_t *len);

/* command AT+IMQTTCONN
 * spec line 285: Connect to the MQTT server */
typedef struct atc_ica_at_imqttconn_exec {
    char dummy_field; /* no fields */
} atc_ica_at_imqttconn_exec;
#define ATC_ICA_AT_IMQTTCONN_EXEC_INIT_ZERO {0}
#define ATC_ICA_AT_IMQTTCONN_EXEC_MAX_LEN 16u
ATC_API atc_err atc_ica_encode_at_imqttconn_exec(const atc_ica_at_imqttconn_exec *msg, char *buf, size_t cap, size_t *len);

/* command AT+IMQTTPUB=?
 * spec line 298: Publish a message */
typedef struct atc_ica_at_imqttpub_test {
    char dummy_field; /* no fields */
} atc_ica_at_imqttpub_test;
#define ATC_ICA_AT_IMQTTPUB_TEST_INIT_ZERO {0}
#define ATC_ICA_AT_IMQTTPUB_TEST_MAX_LEN 17u
ATC_API atc_err atc_ica_encode_at_imqttpub_test(const atc_ica_at_imqttpub_test *msg, char *buf, size_t cap, size_t *len);

/* command AT+IMQTTPUB?
 * spec line 299: Publish a message */
typedef struct atc_ica_at_imqttpub_read {
    char dummy_field; /* no fields */
} atc_ica_at_imqttpub_read;
#define ATC_ICA_AT_IMQTTPUB_READ_INIT_ZERO {0}
#define ATC_ICA_AT_IMQTTPUB_READ_MAX_LEN 16u
ATC_API atc_err atc_ica_encode_at_imqttpub_read(const atc_ica_at_imqttpub_read *msg, char *buf, size_t cap, size_t *len);

/* command AT+IMQTTPUB=topic,qos,message,format,fragment_id
 * spec line 300: Publish a message */
typedef struct atc_ica_at_imqttpub_set {
    atc_str topic;
    int32_t qos;
    atc_str message;
    bool has_format;
    int32_t format; /* atc_ica_format */
    bool has_fragment_id;
    int32_t fragment_id;
} atc_ica_at_imqttpub_set;
#define ATC_ICA_AT_IMQTTPUB_SET_INIT_ZERO {{NULL, 0}, 0, {NULL, 0}, false, 0, false, 0}
#define ATC_ICA_AT_IMQTTPUB_SET_MAX_LEN (34u + 2u * ATC_MAX_LINE)
ATC_API atc_err atc_ica_encode_at_imqttpub_set(const atc_ica_at_imqttpub_set *msg, char *buf, size_t cap, size_t *len);

/* command AT+IMQTTPUBIN=?
 * spec line 316: Publish a message (binary) */
typedef struct atc_ica_at_imqttpubin_test {
    char dummy_field; /* no fields */
} atc_ica_at_imqttpubin_test;
#define ATC_ICA_AT_IMQTTPUBIN_TEST_INIT_ZERO {0}
#define ATC_ICA_AT_IMQTTPUBIN_TEST_MAX_LEN 19u
ATC_API atc_err atc_ica_encode_at_imqttpubin_test(const atc_ica_at_imqttpubin_test *msg, char *buf, size_t cap, size_t *len);

/* command AT+IMQTTPUBIN?
 * spec line 317: Publish a message (binary) */
typedef struct atc_ica_at_imqttpubin_read {
    char dummy_field; /* no fields */
} atc_ica_at_imqttpubin_read;
#define ATC_ICA_AT_IMQTTPUBIN_READ_INIT_ZERO {0}
#define ATC_ICA_AT_IMQTTPUBIN_READ_MAX_LEN 18u
ATC_API atc_err atc_ica_encode_at_imqttpubin_read(const atc_ica_at_imqttpubin_read *msg, char *buf, size_t cap, size_t *len);

/* command AT+IMQTTPUBIN=topic,qos,msg_len
 * spec line 318: Publish a message (binary) */
typedef struct atc_ica_at_imqttpubin_set {
    atc_str topic;
    int32_t qos;
    int32_t msg_len;
} atc_ica_at_imqttpubin_set;
#define ATC_ICA_AT_IMQTTPUBIN_SET_INIT_ZERO {{NULL, 0}, 0, 0}
#define ATC_ICA_AT_IMQTTPUBIN_SET_MAX_LEN (27u + 1u * ATC_MAX_LINE)
ATC_API atc_err atc_ica_encode_at_imqttpubin_set(const atc_ica_at_imqttpubin_set *msg, char *buf, size_t cap, size_t *len);

/* command AT+IMQTTSUB=?
 * spec line 334: Subscribe to a topic */
typedef struct atc_ica_at_imqttsub_test {
    char dummy_field; /* no fields */
} atc_ica_at_imqttsub_test;
#define ATC_ICA_AT_IMQTTSUB_TEST_INIT_ZERO {0}
#define ATC_ICA_AT_IMQTTSUB_TEST_MAX_LEN 17u
ATC_API atc_err atc_ica_encode_at_imqttsub_test(const atc_ica_at_imqttsub_test *msg, char *buf, size_t cap, size_t *len);

/* command AT+IMQTTSUB?
 * spec line 335: Subscribe to a topic */
typedef struct atc_ica_at_imqttsub_read {
    char dummy_field; /* no fields */
} atc_ica_at_imqttsub_read;
#define ATC_ICA_AT_IMQTTSUB_READ_INIT_ZERO {0}
#define ATC_ICA_AT_IMQTTSUB_READ_MAX_LEN 16u
ATC_API atc_err atc_ica_encode_at_imqttsub_read(const atc_ica_at_imqttsub_read *msg, char *buf, size_t cap, size_t *len);

/* command AT+IMQTTSUB=topic,qos
 * spec line 336: Subscribe to a topic */
typedef struct atc_ica_at_imqttsub_set {
    atc_str topic;
    int32_t qos;
} atc_ica_at_imqttsub_set;
#define ATC_ICA_AT_IMQTTSUB_SET_INIT_ZERO {{NULL, 0}, 0}
#define ATC_ICA_AT_IMQTTSUB_SET_MAX_LEN (19u + 1u * ATC_MAX_LINE)
ATC_API atc_err atc_ica_encode_at_imqttsub_set(const atc_ica_at_imqttsub_set *msg, char *buf, size_t cap, size_t *len);

/* command AT+IMQTTUNSUB=?
 * spec line 352: Unsubscribe from a topic */
typedef struct atc_ica_at_imqttunsub_test {
    char dummy_field; /* no fields */
} atc_ica_at_imqttunsub_test;
#define ATC_ICA_AT_IMQTTUNSUB_TEST_INIT_ZERO {0}
#define ATC_ICA_AT_IMQTTUNSUB_TEST_MAX_LEN 19u
ATC_API atc_err atc_ica_encode_at_imqttunsub_test(const atc_ica_at_imqttunsub_test *msg, char *buf, size_t cap, size_t *len);

/* command AT+IMQTTUNSUB?
 * spec line 353: Unsubscribe from a topic */
typedef struct atc_ica_at_imqttunsub_read {
    char dummy_field; /* no fields */
} atc_ica_at_imqttunsub_read;
#define ATC_ICA_AT_IMQTTUNSUB_READ_INIT_ZERO {0}
#define ATC_ICA_AT_IMQTTUNSUB_READ_MAX_LEN 18u
ATC_API atc_err atc_ica_encode_at_imqttunsub_read(const atc_ica_at_imqttunsub_read *msg, char *buf, size_t cap, size_t *len);

/* command AT+IMQTTUNSUB=topic
 * spec line 354: Unsubscribe from a topic */
typedef struct atc_ica_at_imqttunsub_set {
    atc_str topic;
} atc_ica_at_imqttunsub_set;
#define ATC_ICA_AT_IMQTTUNSUB_SET_INIT_ZERO {{NULL, 0}}
#define ATC_ICA_AT_IMQTTUNSUB_SET_MAX_LEN (19u + 1u * ATC_MAX_LINE)
ATC_API atc_err atc_ica_encode_at_imqttunsub_set(const atc_ica_at_imqttunsub_set *msg, char *buf, size_t cap, size_t *len);

/* command AT+IMQTTRCVPUB=?
 * spec line 370: Read a received publish message (normally reported as a URC) */
typedef struct atc_ica_at_imqttrcvpub_test {
    char dummy_field; /* no fields */
} atc_ica_at_imqttrcvpub_test;
#define ATC_ICA_AT_IMQTTRCVPUB_TEST_INIT_ZERO {0}
#define ATC_ICA_AT_IMQTTRCVPUB_TEST_MAX_LEN 20u
ATC_API atc_err atc_ica_encode_at_imqttrcvpub_test(const atc_ica_at_imqttrcvpub_test *msg, char *buf, size_t cap, size_t *len);

/* command AT+IMQTTRCVPUB?
 * spec line 371: Read a received publish message (normally reported as a URC) */
typedef struct atc_ica_at_imqttrcvpub_read {
    char dummy_field; /* no fields */
} atc_ica_at_imqttrcvpub_read;
#define ATC_ICA_AT_IMQTTRCVPUB_READ_INIT_ZERO {0}
#define ATC_ICA_AT_IMQTTRCVPUB_READ_MAX_LEN 19u
ATC_API atc_err atc_ica_encode_at_imqttrcvpub_read(const atc_ica_at_imqttrcvpub_read *msg, char *buf, size_t cap, size_t *len);

/* command AT+IMQTTRCVPUBIN=?
 * spec line 383: Read a received publish message (binary; normally reported as a URC) */
typedef struct atc_ica_at_imqttrcvpubin_test {
    char dummy_field; /* no fields */
} atc_ica_at_imqttrcvpubin_test;
#define ATC_ICA_AT_IMQTTRCVPUBIN_TEST_INIT_ZERO {0}
#define ATC_ICA_AT_IMQTTRCVPUBIN_TEST_MAX_LEN 22u
ATC_API atc_err atc_ica_encode_at_imqttrcvpubin_test(const atc_ica_at_imqttrcvpubin_test *msg, char *buf, size_t cap, size_t *len);

/* command AT+IMQTTRCVPUBIN?
 * spec line 384: Read a received publish message (binary; normally reported as a URC) */
typedef struct atc_ica_at_imqttrcvpubin_read {
    char dummy_field; /* no fields */
} atc_ica_at_imqttrcvpubin_read;
#define ATC_ICA_AT_IMQTTRCVPUBIN_READ_INIT_ZERO {0}
#define ATC_ICA_AT_IMQTTRCVPUBIN_READ_MAX_LEN 21u
ATC_API atc_err atc_ica_encode_at_imqttrcvpubin_read(const atc_ica_at_imqttrcvpubin_read *msg, char *buf, size_t cap, size_t *len);

/* command AT+IMQTTSTATE=?
 * spec line 397: Query the MQTT connection state */
typedef struct atc_ica_at_imqttstate_test {
    char dummy_field; /* no fields */
} atc_ica_at_imqttstate_test;
#define ATC_ICA_AT_IMQTTSTATE_TEST_INIT_ZERO {0}
#define ATC_ICA_AT_IMQTTSTATE_TEST_MAX_LEN 19u
ATC_API atc_err atc_ica_encode_at_imqttstate_test(const atc_ica_at_imqttstate_test *msg, char *buf, size_t cap, size_t *len);

/* command AT+IMQTTSTATE?
 * spec line 398: Query the MQTT connection state */
typedef struct atc_ica_at_imqttstate_read {
    char dummy_field; /* no fields */
} atc_ica_at_imqttstate_read;
#define ATC_ICA_AT_IMQTTSTATE_READ_INIT_ZERO {0}
#define ATC_ICA_AT_IMQTTSTATE_READ_MAX_LEN 18u
ATC_API atc_err atc_ica_encode_at_imqttstate_read(const atc_ica_at_imqttstate_read *msg, char *buf, size_t cap, size_t *len);

/* command AT+IMQTTDISCONN=?
 * spec line 409: Disconnect from the MQTT server */
typedef struct atc_ica_at_imqttdisconn_test {
    char dummy_field; /* no fields */
} atc_ica_at_imqttdisconn_test;
#define ATC_ICA_AT_IMQTTDISCONN_TEST_INIT_ZERO {0}
#define ATC_ICA_AT_IMQTTDISCONN_TEST_MAX_LEN 21u
ATC_API atc_err atc_ica_encode_at_imqttdisconn_test(const atc_ica_at_imqttdisconn_test *msg, char *buf, size_t cap, size_t *len);

/* command AT+IMQTTDISCONN
 * spec line 410: Disconnect from the MQTT server */
typedef struct atc_ica_at_imqttdisconn_exec {
    char dummy_field; /* no fields */
} atc_ica_at_imqttdisconn_exec;
#define ATC_ICA_AT_IMQTTDISCONN_EXEC_INIT_ZERO {0}
#define ATC_ICA_AT_IMQTTDISCONN_EXEC_MAX_LEN 19u
ATC_API atc_err atc_ica_encode_at_imqttdisconn_exec(const atc_ica_at_imqttdisconn_exec *msg, char *buf, size_t cap, size_t *len);

/* command AT+IMQTTDBGPARA=?
 * spec line 423: Set debug parameters */
typedef struct atc_ica_at_imqttdbgpara_test {
    char dummy_field; /* no fields */
} atc_ica_at_imqttdbgpara_test;
#define ATC_ICA_AT_IMQTTDBGPARA_TEST_INIT_ZERO {0}
#define ATC_ICA_AT_IMQTTDBGPARA_TEST_MAX_LEN 21u
ATC_API atc_err atc_ica_encode_at_imqttdbgpara_test(const atc_ica_at_imqttdbgpara_test *msg, char *buf, size_t cap, size_t *len);

/* command AT+IMQTTDBGPARA?
 * spec line 424: Set debug parameters */
typedef struct atc_ica_at_imqttdbgpara_read {
    char dummy_field; /* no fields */
} atc_ica_at_imqttdbgpara_read;
#define ATC_ICA_AT_IMQTTDBGPARA_READ_INIT_ZERO {0}
#define ATC_ICA_AT_IMQTTDBGPARA_READ_MAX_LEN 20u
ATC_API atc_err atc_ica_encode_at_imqttdbgpara_read(const atc_ica_at_imqttdbgpara_read *msg, char *buf, size_t cap, size_t *len);

/* command AT+IMQTTDBGPARA=pingrsp
 * spec line 425: Set debug parameters */
typedef struct atc_ica_at_imqttdbgpara_set {
    bool has_pingrsp;
    int32_t pingrsp; /* atc_ica_pingrsp */
} atc_ica_at_imqttdbgpara_set;
#define ATC_ICA_AT_IMQTTDBGPARA_SET_INIT_ZERO {false, 0}
#define ATC_ICA_AT_IMQTTDBGPARA_SET_MAX_LEN 32u
ATC_API atc_err atc_ica_encode_at_imqttdbgpara_set(const atc_ica_at_imqttdbgpara_set *msg, char *buf, size_t cap, size_t *len);

/* command AT+IMQTTPINGRSP=?
 * spec line 439: Received ping response (URC; test form only) */
typedef struct atc_ica_at_imqttpingrsp_test {
    char dummy_field; /* no fields */
} atc_ica_at_imqttpingrsp_test;
#define ATC_ICA_AT_IMQTTPINGRSP_TEST_INIT_ZERO {0}
#define ATC_ICA_AT_IMQTTPINGRSP_TEST_MAX_LEN 21u
ATC_API atc_err atc_ica_encode_at_imqttpingrsp_test(const atc_ica_at_imqttpingrsp_test *msg, char *buf, size_t cap, size_t *len);

/* command AT+ICOAPPARA=?
 * spec line 472: Set CoAP parameters */
typedef struct atc_ica_at_icoappara_test {
    char dummy_field; /* no fields */
} atc_ica_at_icoappara_test;
#define ATC_ICA_AT_ICOAPPARA_TEST_INIT_ZERO {0}
#define ATC_ICA_AT_ICOAPPARA_TEST_MAX_LEN 18u
ATC_API atc_err atc_ica_encode_at_icoappara_test(const atc_ica_at_icoappara_test *msg, char *buf, size_t cap, size_t *len);

/* command AT+ICOAPPARA?
 * spec line 473: Set CoAP parameters */
typedef struct atc_ica_at_icoappara_read {
    char dummy_field; /* no fields */
} atc_ica_at_icoappara_read;
#define ATC_ICA_AT_ICOAPPARA_READ_INIT_ZERO {0}
#define ATC_ICA_AT_ICOAPPARA_READ_MAX_LEN 17u
ATC_API atc_err atc_ica_encode_at_icoappara_read(const atc_ica_at_icoappara_read *msg, char *buf, size_t cap, size_t *len);

/* command AT+ICOAPPARA=timeout
 * spec line 474: Set CoAP parameters */
typedef struct atc_ica_at_icoappara_set {
    bool has_timeout;
    int32_t timeout;
} atc_ica_at_icoappara_set;
#define ATC_ICA_AT_ICOAPPARA_SET_INIT_ZERO {false, 0}
#define ATC_ICA_AT_ICOAPPARA_SET_MAX_LEN 39u
ATC_API atc_err atc_ica_encode_at_icoappara_set(const atc_ica_at_icoappara_set *msg, char *buf, size_t cap, size_t *len);

/* command AT+ICOAPOPEN=?
 * spec line 485: Set the CoAP server address and port */
typedef struct atc_ica_at_icoapopen_test {
    char dummy_field; /* no fields */
} atc_ica_at_icoapopen_test;
#define ATC_ICA_AT_ICOAPOPEN_TEST_INIT_ZERO {0}
#define ATC_ICA_AT_ICOAPOPEN_TEST_MAX_LEN 18u
ATC_API atc_err atc_ica_encode_at_icoapopen_test(const atc_ica_at_icoapopen_test *msg, char *buf, size_t cap, size_t *len);

/* command AT+ICOAPOPEN?
 * spec line 486: Set the CoAP server address and port */
typedef struct atc_ica_at_icoapopen_read {
    char dummy_field; /* no fields */
} atc_ica_at_icoapopen_read;
#define ATC_ICA_AT_ICOAPOPEN_READ_INIT_ZERO {0}
#define ATC_ICA_AT_ICOAPOPEN_READ_MAX_LEN 17u
ATC_API atc_err atc_ica_encode_at_icoapopen_read(const atc_ica_at_icoapopen_read *msg, char *buf, size_t cap, size_t *len);

/* command AT+ICOAPOPEN=hostname,port
 * spec line 488: Set the CoAP server address and port */
typedef struct atc_ica_at_icoapopen_set {
    atc_str hostname;
    int32_t port;
} atc_ica_at_icoapopen_set;
#define ATC_ICA_AT_ICOAPOPEN_SET_INIT_ZERO {{NULL, 0}, 0}
#define ATC_ICA_AT_ICOAPOPEN_SET_MAX_LEN (24u + 1u * ATC_MAX_LINE)
ATC_API atc_err atc_ica_encode_at_icoapopen_set(const atc_ica_at_icoapopen_set *msg, char *buf, size_t cap, size_t *len);

/* command AT+ICOAPAUTH=?
 * spec line 499: Authenticate the device (CoAP) */
typedef struct atc_ica_at_icoapauth_test {
    char dummy_field; /* no fields */
} atc_ica_at_icoapauth_test;
#define ATC_ICA_AT_ICOAPAUTH_TEST_INIT_ZERO {0}
#define ATC_ICA_AT_ICOAPAUTH_TEST_MAX_LEN 18u
ATC_API atc_err atc_ica_encode_at_icoapauth_test(const atc_ica_at_icoapauth_test *msg, char *buf, size_t cap, size_t *len);

/* command AT+ICOAPAUTH?
 * spec line 500: Authenticate the device (CoAP) */
typedef struct atc_ica_at_icoapauth_read {
    char dummy_field; /* no fields */
} atc_ica_at_icoapauth_read;
#define ATC_ICA_AT_ICOAPAUTH_READ_INIT_ZERO {0}
#define ATC_ICA_AT_ICOAPAUTH_READ_MAX_LEN 17u
ATC_API atc_err atc_ica_encode_at_icoapauth_read(const atc_ica_at_icoapauth_read *msg, char *buf, size_t cap, size_t *len);

/* command AT+ICOAPAUTH=para_value
 * spec line 501: Authenticate the device (CoAP) */
typedef struct atc_ica_at_icoapauth_set {
    uint8_t para_value_count; /* 1..8 */
    atc_str para_value[8];
} atc_ica_at_icoapauth_set;
#define ATC_ICA_AT_ICOAPAUTH_SET_INIT_ZERO {0, {{NULL, 0}}}
#define ATC_ICA_AT_ICOAPAUTH_SET_MAX_LEN (18u + 1u * ATC_MAX_LINE)
ATC_API atc_err atc_ica_encode_at_icoapauth_set(const atc_ica_at_icoapauth_set *msg, char *buf, size_t cap, size_t *len);

/* command AT+ICOAPSENDREQ=?
 * spec line 512: Send a confirmable CoAP request */
typedef struct atc_ica_at_icoapsendreq_test {
    char dummy_field; /* no fields */
} atc_ica_at_icoapsendreq_test;
#define ATC_ICA_AT_ICOAPSENDREQ_TEST_INIT_ZERO {0}
#define ATC_ICA_AT_ICOAPSENDREQ_TEST_MAX_LEN 21u
ATC_API atc_err atc_ica_encode_at_icoapsendreq_test(const atc_ica_at_icoapsendreq_test *msg, char *buf, size_t cap, size_t *len);

/* command AT+ICOAPSENDREQ?
 * spec line 513: Send a confirmable CoAP request */
typedef struct atc_ica_at_icoapsendreq_read {
    char dummy_field; /* no fields */
} atc_ica_at_icoapsendreq_read;
#define ATC_ICA_AT_ICOAPSENDREQ_READ_INIT_ZERO {0}
#define ATC_ICA_AT_ICOAPSENDREQ_READ_MAX_LEN 20u
ATC_API atc_err atc_ica_encode_at_icoapsendreq_read(const atc_ica_at_icoapsendreq_read *msg, char *buf, size_t cap, size_t *len);

/* command AT+ICOAPSENDREQ=method,path,message,format,fragment_id
 * spec line 514: Send a confirmable CoAP request */
typedef struct atc_ica_at_icoapsendreq_set {
    int32_t method; /* atc_ica_method */
    atc_str path;
    atc_str message;
    bool has_format;
    int32_t format; /* atc_ica_format */
    bool has_fragment_id;
    int32_t fragment_id;
} atc_ica_at_icoapsendreq_set;
#define ATC_ICA_AT_ICOAPSENDREQ_SET_INIT_ZERO {0, {NULL, 0}, {NULL, 0}, false, 0, false, 0}
#define ATC_ICA_AT_ICOAPSENDREQ_SET_MAX_LEN (38u + 2u * ATC_MAX_LINE)
ATC_API atc_err atc_ica_encode_at_icoapsendreq_set(const atc_ica_at_icoapsendreq_set *msg, char *buf, size_t cap, size_t *len);

/* command AT+ICOAPSENDBIN=?
 * spec line 536: Send a confirmable CoAP request (binary) */
typedef struct atc_ica_at_icoapsendbin_test {
    char dummy_field; /* no fields */
} atc_ica_at_icoapsendbin_test;
#define ATC_ICA_AT_ICOAPSENDBIN_TEST_INIT_ZERO {0}
#define ATC_ICA_AT_ICOAPSENDBIN_TEST_MAX_LEN 21u
ATC_API atc_err atc_ica_encode_at_icoapsendbin_test(const atc_ica_at_icoapsendbin_test *msg, char *buf, size_t cap, size_t *len);

/* command AT+ICOAPSENDBIN?
 * spec line 537: Send a confirmable CoAP request (binary) */
typedef struct atc_ica_at_icoapsendbin_read {
    char dummy_field; /* no fields */
} atc_ica_at_icoapsendbin_read;
#define ATC_ICA_AT_ICOAPSENDBIN_READ_INIT_ZERO {0}
#define ATC_ICA_AT_ICOAPSENDBIN_READ_MAX_LEN 20u
ATC_API atc_err atc_ica_encode_at_icoapsendbin_read(const atc_ica_at_icoapsendbin_read *msg, char *buf, size_t cap, size_t *len);

/* command AT+ICOAPSENDBIN=method,path,msg_len
 * spec line 538: Send a confirmable CoAP request (binary) */
typedef struct atc_ica_at_icoapsendbin_set {
    int32_t method; /* atc_ica_method */
    atc_str path;
    int32_t msg_len;
} atc_ica_at_icoapsendbin_set;
#define ATC_ICA_AT_ICOAPSENDBIN_SET_INIT_ZERO {0, {NULL, 0}, 0}
#define ATC_ICA_AT_ICOAPSENDBIN_SET_MAX_LEN (29u + 1u * ATC_MAX_LINE)
ATC_API atc_err atc_ica_encode_at_icoapsendbin_set(const atc_ica_at_icoapsendbin_set *msg, char *buf, size_t cap, size_t *len);

/* command AT+ICOAPSENDREQN=?
 * spec line 559: Send a non-confirmable CoAP request */
typedef struct atc_ica_at_icoapsendreqn_test {
    char dummy_field; /* no fields */
} atc_ica_at_icoapsendreqn_test;
#define ATC_ICA_AT_ICOAPSENDREQN_TEST_INIT_ZERO {0}
#define ATC_ICA_AT_ICOAPSENDREQN_TEST_MAX_LEN 22u
ATC_API atc_err atc_ica_encode_at_icoapsendreqn_test(const atc_ica_at_icoapsendreqn_test *msg, char *buf, size_t cap, size_t *len);

/* command AT+ICOAPSENDREQN?
 * spec line 560: Send a non-confirmable CoAP request */
typedef struct atc_ica_at_icoapsendreqn_read {
    char dummy_field; /* no fields */
} atc_ica_at_icoapsendreqn_read;
#define ATC_ICA_AT_ICOAPSENDREQN_READ_INIT_ZERO {0}
#define ATC_ICA_AT_ICOAPSENDREQN_READ_MAX_LEN 21u
ATC_API atc_err atc_ica_encode_at_icoapsendreqn_read(const atc_ica_at_icoapsendreqn_read *msg, char *buf, size_t cap, size_t *len);

/* command AT+ICOAPSENDREQN=method,path,message,format,fragment_id
 * spec line 561: Send a non-confirmable CoAP request */
typedef struct atc_ica_at_icoapsendreqn_set {
    int32_t method; /* atc_ica_method */
    atc_str path;
    atc_str message;
    bool has_format;
    int32_t format; /* atc_ica_format */
    bool has_fragment_id;
    int32_t fragment_id;
} atc_ica_at_icoapsendreqn_set;
#define ATC_ICA_AT_ICOAPSENDREQN_SET_INIT_ZERO {0, {NULL, 0}, {NULL, 0}, false, 0, false, 0}
#define ATC_ICA_AT_ICOAPSENDREQN_SET_MAX_LEN (39u + 2u * ATC_MAX_LINE)
ATC_API atc_err atc_ica_encode_at_icoapsendreqn_set(const atc_ica_at_icoapsendreqn_set *msg, char *buf, size_t cap, size_t *len);

/* command AT+ICOAPSENDNBIN=?
 * spec line 578: Send a non-confirmable CoAP request (binary) */
typedef struct atc_ica_at_icoapsendnbin_test {
    char dummy_field; /* no fields */
} atc_ica_at_icoapsendnbin_test;
#define ATC_ICA_AT_ICOAPSENDNBIN_TEST_INIT_ZERO {0}
#define ATC_ICA_AT_ICOAPSENDNBIN_TEST_MAX_LEN 22u
ATC_API atc_err atc_ica_encode_at_icoapsendnbin_test(const atc_ica_at_icoapsendnbin_test *msg, char *buf, size_t cap, size_t *len);

/* command AT+ICOAPSENDNBIN?
 * spec line 579: Send a non-confirmable CoAP request (binary) */
typedef struct atc_ica_at_icoapsendnbin_read {
    char dummy_field; /* no fields */
} atc_ica_at_icoapsendnbin_read;
#define ATC_ICA_AT_ICOAPSENDNBIN_READ_INIT_ZERO {0}
#define ATC_ICA_AT_ICOAPSENDNBIN_READ_MAX_LEN 21u
ATC_API atc_err atc_ica_encode_at_icoapsendnbin_read(const atc_ica_at_icoapsendnbin_read *msg, char *buf, size_t cap, size_t *len);

/* command AT+ICOAPSENDNBIN=method,path,msg_len
 * spec line 580: Send a non-confirmable CoAP request (binary) */
typedef struct atc_ica_at_icoapsendnbin_set {
    int32_t method; /* atc_ica_method */
    atc_str path;
    int32_t msg_len;
} atc_ica_at_icoapsendnbin_set;
#define ATC_ICA_AT_ICOAPSENDNBIN_SET_INIT_ZERO {0, {NULL, 0}, 0}
#define ATC_ICA_AT_ICOAPSENDNBIN_SET_MAX_LEN (30u + 1u * ATC_MAX_LINE)
ATC_API atc_err atc_ica_encode_at_icoapsendnbin_set(const atc_ica_at_icoapsendnbin_set *msg, char *buf, size_t cap, size_t *len);

/* command AT+ICOAPRCVRSP=?
 * spec line 598: Read a received CoAP response (normally reported as a URC) */
typedef struct atc_ica_at_icoaprcvrsp_test {
    char dummy_field; /* no fields */
} atc_ica_at_icoaprcvrsp_test;
#define ATC_ICA_AT_ICOAPRCVRSP_TEST_INIT_ZERO {0}
#define ATC_ICA_AT_ICOAPRCVRSP_TEST_MAX_LEN 20u
ATC_API atc_err atc_ica_encode_at_icoaprcvrsp_test(const atc_ica_at_icoaprcvrsp_test *msg, char *buf, size_t cap, size_t *len);

/* command AT+ICOAPRCVRSP?
 * spec line 599: Read a received CoAP response (normally reported as a URC) */
typedef struct atc_ica_at_icoaprcvrsp_read {
    char dummy_field; /* no fields */
} atc_ica_at_icoaprcvrsp_read;
#define ATC_ICA_AT_ICOAPRCVRSP_READ_INIT_ZERO {0}
#define ATC_ICA_AT_ICOAPRCVRSP_READ_MAX_LEN 19u
ATC_API atc_err atc_ica_encode_at_icoaprcvrsp_read(const atc_ica_at_icoaprcvrsp_read *msg, char *buf, size_t cap, size_t *len);

/* command AT+ICOAPRCVBIN=?
 * spec line 613: Read a received CoAP response (binary; normally reported as a URC) */
typedef struct atc_ica_at_icoaprcvbin_test {
    char dummy_field; /* no fields */
} atc_ica_at_icoaprcvbin_test;
#define ATC_ICA_AT_ICOAPRCVBIN_TEST_INIT_ZERO {0}
#define ATC_ICA_AT_ICOAPRCVBIN_TEST_MAX_LEN 20u
ATC_API atc_err atc_ica_encode_at_icoaprcvbin_test(const atc_ica_at_icoaprcvbin_test *msg, char *buf, size_t cap, size_t *len);

/* command AT+ICOAPRCVBIN?
 * spec line 614: Read a received CoAP response (binary; normally reported as a URC) */
typedef struct atc_ica_at_icoaprcvbin_read {
    char dummy_field; /* no fields */
} atc_ica_at_icoaprcvbin_read;
#define ATC_ICA_AT_ICOAPRCVBIN_READ_INIT_ZERO {0}
#define ATC_ICA_AT_ICOAPRCVBIN_READ_MAX_LEN 19u
ATC_API atc_err atc_ica_encode_at_icoaprcvbin_read(const atc_ica_at_icoaprcvbin_read *msg, char *buf, size_t cap, size_t *len);

/* command AT+IHTTPOPEN=?
 * spec line 645: Set the HTTP server address and port */
typedef struct atc_ica_at_ihttpopen_test {
    char dummy_field; /* no fields */
} atc_ica_at_ihttpopen_test;
#define ATC_ICA_AT_IHTTPOPEN_TEST_INIT_ZERO {0}
#define ATC_ICA_AT_IHTTPOPEN_TEST_MAX_LEN 18u
ATC_API atc_err atc_ica_encode_at_ihttpopen_test(const atc_ica_at_ihttpopen_test *msg, char *buf, size_t cap, size_t *len);

/* command AT+IHTTPOPEN?
 * spec line 646: Set the HTTP server address and port */
typedef struct atc_ica_at_ihttpopen_read {
    char dummy_field; /* no fields */
} atc_ica_at_ihttpopen_read;
#define ATC_ICA_AT_IHTTPOPEN_READ_INIT_ZERO {0}
#define ATC_ICA_AT_IHTTPOPEN_READ_MAX_LEN 17u
ATC_API atc_err atc_ica_encode_at_ihttpopen_read(const atc_ica_at_ihttpopen_read *msg, char *buf, size_t cap, size_t *len);

/* command AT+IHTTPOPEN=hostname,port
 * spec line 651: Set the HTTP server address and port */
typedef struct atc_ica_at_ihttpopen_set {
    atc_str hostname;
    int32_t port;
} atc_ica_at_ihttpopen_set;
#define ATC_ICA_AT_IHTTPOPEN_SET_INIT_ZERO {{NULL, 0}, 0}
#define ATC_ICA_AT_IHTTPOPEN_SET_MAX_LEN (24u + 1u * ATC_MAX_LINE)
ATC_API atc_err atc_ica_encode_at_ihttpopen_set(const atc_ica_at_ihttpopen_set *msg, char *buf, size_t cap, size_t *len);

/* command AT+IHTTPPARA=?
 * spec line 662: Set HTTP parameters */
typedef struct atc_ica_at_ihttppara_test {
    char dummy_field; /* no fields */
} atc_ica_at_ihttppara_test;
#define ATC_ICA_AT_IHTTPPARA_TEST_INIT_ZERO {0}
#define ATC_ICA_AT_IHTTPPARA_TEST_MAX_LEN 18u
ATC_API atc_err atc_ica_encode_at_ihttppara_test(const atc_ica_at_ihttppara_test *msg, char *buf, size_t cap, size_t *len);

/* command AT+IHTTPPARA?
 * spec line 663: Set HTTP parameters */
typedef struct atc_ica_at_ihttppara_read {
    char dummy_field; /* no fields */
} atc_ica_at_ihttppara_read;
#define ATC_ICA_AT_IHTTPPARA_READ_INIT_ZERO {0}
#define ATC_ICA_AT_IHTTPPARA_READ_MAX_LEN 17u
ATC_API atc_err atc_ica_encode_at_ihttppara_read(const atc_ica_at_ihttppara_read *msg, char *buf, size_t cap, size_t *len);

/* command AT+IHTTPPARA=keepalive,timeout,authmode
 * spec line 664: Set HTTP parameters */
typedef struct atc_ica_at_ihttppara_set {
    bool has_keepalive;
    int32_t keepalive; /* atc_ica_keepalive */
    bool has_timeout;
    int32_t timeout;
    bool has_authmode;
    int32_t authmode; /* atc_ica_authmode */
} atc_ica_at_ihttppara_set;
#define ATC_ICA_AT_IHTTPPARA_SET_INIT_ZERO {false, 0, false, 0, false, 0}
#define ATC_ICA_AT_IHTTPPARA_SET_MAX_LEN 66u
ATC_API atc_err atc_ica_encode_at_ihttppara_set(const atc_ica_at_ihttppara_set *msg, char *buf, size_t cap, size_t *len);

/* command AT+IHTTPAUTH=?
 * spec line 678: Authenticate the device (HTTP) */
typedef struct atc_ica_at_ihttpauth_test {
    char dummy_field; /* no fields */
} atc_ica_at_ihttpauth_test;
#define ATC_ICA_AT_IHTTPAUTH_TEST_INIT_ZERO {0}
#define ATC_ICA_AT_IHTTPAUTH_TEST_MAX_LEN 18u
ATC_API atc_err atc_ica_encode_at_ihttpauth_test(const atc_ica_at_ihttpauth_test *msg, char *buf, size_t cap, size_t *len);

/* command AT+IHTTPAUTH?
 * spec line 679: Authenticate the device (HTTP) */
typedef struct atc_ica_at_ihttpauth_read {
    char dummy_field; /* no fields */
} atc_ica_at_ihttpauth_read;
#define ATC_ICA_AT_IHTTPAUTH_READ_INIT_ZERO {0}
#define ATC_ICA_AT_IHTTPAUTH_READ_MAX_LEN 17u
ATC_API atc_err atc_ica_encode_at_ihttpauth_read(const atc_ica_at_ihttpauth_read *msg, char *buf, size_t cap, size_t *len);

/* command AT+IHTTPAUTH=para_value
 * spec line 680: Authenticate the device (HTTP) */
typedef struct atc_ica_at_ihttpauth_set {
    uint8_t para_value_count; /* 1..8 */
    atc_str para_value[8];
} atc_ica_at_ihttpauth_set;
#define ATC_ICA_AT_IHTTPAUTH_SET_INIT_ZERO {0, {{NULL, 0}}}
#define ATC_ICA_AT_IHTTPAUTH_SET_MAX_LEN (18u + 1u * ATC_MAX_LINE)
ATC_API atc_err atc_ica_encode_at_ihttpauth_set(const atc_ica_at_ihttpauth_set *msg, char *buf, size_t cap, size_t *len);

/* command AT+IHTTPSEND=?
 * spec line 693: Send an HTTP request and wait for the response */
typedef struct atc_ica_at_ihttpsend_test {
    char dummy_field; /* no fields */
} atc_ica_at_ihttpsend_test;
#define ATC_ICA_AT_IHTTPSEND_TEST_INIT_ZERO {0}
#define ATC_ICA_AT_IHTTPSEND_TEST_MAX_LEN 18u
ATC_API atc_err atc_ica_encode_at_ihttpsend_test(const atc_ica_at_ihttpsend_test *msg, char *buf, size_t cap, size_t *len);

/* command AT+IHTTPSEND?
 * spec line 694: Send an HTTP request and wait for the response */
typedef struct atc_ica_at_ihttpsend_read {
    char dummy_field; /* no fields */
} atc_ica_at_ihttpsend_read;
#define ATC_ICA_AT_IHTTPSEND_READ_INIT_ZERO {0}
#define ATC_ICA_AT_IHTTPSEND_READ_MAX_LEN 17u
ATC_API atc_err atc_ica_encode_at_ihttpsend_read(const atc_ica_at_ihttpsend_read *msg, char *buf, size_t cap, size_t *len);

/* command AT+IHTTPSEND=method,path,message
 * spec line 695: Send an HTTP request and wait for the response */
typedef struct atc_ica_at_ihttpsend_set {
    int32_t method; /* atc_ica_method */
    atc_str path;
    atc_str message;
} atc_ica_at_ihttpsend_set;
#define ATC_ICA_AT_IHTTPSEND_SET_INIT_ZERO {0, {NULL, 0}, {NULL, 0}}
#define ATC_ICA_AT_IHTTPSEND_SET_MAX_LEN (21u + 2u * ATC_MAX_LINE)
ATC_API atc_err atc_ica_encode_at_ihttpsend_set(const atc_ica_at_ihttpsend_set *msg, char *buf, size_t cap, size_t *len);

/* command AT+IHTTPSENDREQ=?
 * spec line 719: Send an HTTP request (the response comes as +IHTTPRCVRSP) */
typedef struct atc_ica_at_ihttpsendreq_test {
    char dummy_field; /* no fields */
} atc_ica_at_ihttpsendreq_test;
#define ATC_ICA_AT_IHTTPSENDREQ_TEST_INIT_ZERO {0}
#define ATC_ICA_AT_IHTTPSENDREQ_TEST_MAX_LEN 21u
ATC_API atc_err atc_ica_encode_at_ihttpsendreq_test(const atc_ica_at_ihttpsendreq_test *msg, char *buf, size_t cap, size_t *len);

/* command AT+IHTTPSENDREQ?
 * spec line 720: Send an HTTP request (the response comes as +IHTTPRCVRSP) */
typedef struct atc_ica_at_ihttpsendreq_read {
    char dummy_field; /* no fields */
} atc_ica_at_ihttpsendreq_read;
#define ATC_ICA_AT_IHTTPSENDREQ_READ_INIT_ZERO {0}
#define ATC_ICA_AT_IHTTPSENDREQ_READ_MAX_LEN 20u
ATC_API atc_err atc_ica_encode_at_ihttpsendreq_read(const atc_ica_at_ihttpsendreq_read *msg, char *buf, size_t cap, size_t *len);

/* command AT+IHTTPSENDREQ=method,path,message,format,fragment_id
 * spec line 721: Send an HTTP request (the response comes as +IHTTPRCVRSP) */
typedef struct atc_ica_at_ihttpsendreq_set {
    int32_t method; /* atc_ica_method */
    atc_str path;
    atc_str message;
    bool has_format;
    int32_t format; /* atc_ica_format */
    bool has_fragment_id;
    int32_t fragment_id;
} atc_ica_at_ihttpsendreq_set;
#define ATC_ICA_AT_IHTTPSENDREQ_SET_INIT_ZERO {0, {NULL, 0}, {NULL, 0}, false, 0, false, 0}
#define ATC_ICA_AT_IHTTPSENDREQ_SET_MAX_LEN (38u + 2u * ATC_MAX_LINE)
ATC_API atc_err atc_ica_encode_at_ihttpsendreq_set(const atc_ica_at_ihttpsendreq_set *msg, char *buf, size_t cap, size_t *len);

/* command AT+IHTTPSENDBIN=?
 * spec line 738: Send an HTTP request (binary) */
typedef struct atc_ica_at_ihttpsendbin_test {
    char dummy_field; /* no fields */
} atc_ica_at_ihttpsendbin_test;
#define ATC_ICA_AT_IHTTPSENDBIN_TEST_INIT_ZERO {0}
#define ATC_ICA_AT_IHTTPSENDBIN_TEST_MAX_LEN 21u
ATC_API atc_err atc_ica_encode_at_ihttpsendbin_test(const atc_ica_at_ihttpsendbin_test *msg, char *buf, size_t cap, size_t *len);

/* command AT+IHTTPSENDBIN?
 * spec line 739: Send an HTTP request (binary) */
typedef struct atc_ica_at_ihttpsendbin_read {
    char dummy_field; /* no fields */
} atc_ica_at_ihttpsendbin_read;
#define ATC_ICA_AT_IHTTPSENDBIN_READ_INIT_ZERO {0}
#define ATC_ICA_AT_IHTTPSENDBIN_READ_MAX_LEN 20u
ATC_API atc_err atc_ica_encode_at_ihttpsendbin_read(const atc_ica_at_ihttpsendbin_read *msg, char *buf, size_t cap, size_t *len);

/* command AT+IHTTPSENDBIN=method,path,msg_len
 * spec line 740: Send an HTTP request (binary) */
typedef struct atc_ica_at_ihttpsendbin_set {
    int32_t method; /* atc_ica_method */
    atc_str path;
    int32_t msg_len;
} atc_ica_at_ihttpsendbin_set;
#define ATC_ICA_AT_IHTTPSENDBIN_SET_INIT_ZERO {0, {NULL, 0}, 0}
#define ATC_ICA_AT_IHTTPSENDBIN_SET_MAX_LEN (29u + 1u * ATC_MAX_LINE)
ATC_API atc_err atc_ica_encode_at_ihttpsendbin_set(const atc_ica_at_ihttpsendbin_set *msg, char *buf, size_t cap, size_t *len);

/* command AT+IHTTPRCVRSP=?
 * spec line 759: Read a received HTTP response (normally reported as a URC) */
typedef struct atc_ica_at_ihttprcvrsp_test {
    char dummy_field; /* no fields */
} atc_ica_at_ihttprcvrsp_test;
#define ATC_ICA_AT_IHTTPRCVRSP_TEST_INIT_ZERO {0}
#define ATC_ICA_AT_IHTTPRCVRSP_TEST_MAX_LEN 20u
ATC_API atc_err atc_ica_encode_at_ihttprcvrsp_test(const atc_ica_at_ihttprcvrsp_test *msg, char *buf, size_t cap, size_t *len);

/* command AT+IHTTPRCVRSP?
 * spec line 760: Read a received HTTP response (normally reported as a URC) */
typedef struct atc_ica_at_ihttprcvrsp_read {
    char dummy_field; /* no fields */
} atc_ica_at_ihttprcvrsp_read;
#define ATC_ICA_AT_IHTTPRCVRSP_READ_INIT_ZERO {0}
#define ATC_ICA_AT_IHTTPRCVRSP_READ_MAX_LEN 19u
ATC_API atc_err atc_ica_encode_at_ihttprcvrsp_read(const atc_ica_at_ihttprcvrsp_read *msg, char *buf, size_t cap, size_t *len);

/* command AT+IHTTPRCVBIN=?
 * spec line 782: Read a received HTTP response (binary; normally reported as a URC) */
typedef struct atc_ica_at_ihttprcvbin_test {
    char dummy_field; /* no fields */
} atc_ica_at_ihttprcvbin_test;
#define ATC_ICA_AT_IHTTPRCVBIN_TEST_INIT_ZERO {0}
#define ATC_ICA_AT_IHTTPRCVBIN_TEST_MAX_LEN 20u
ATC_API atc_err atc_ica_encode_at_ihttprcvbin_test(const atc_ica_at_ihttprcvbin_test *msg, char *buf, size_t cap, size_t *len);

/* command AT+IHTTPRCVBIN?
 * spec line 783: Read a received HTTP response (binary; normally reported as a URC) */
typedef struct atc_ica_at_ihttprcvbin_read {
    char dummy_field; /* no fields */
} atc_ica_at_ihttprcvbin_read;
#define ATC_ICA_AT_IHTTPRCVBIN_READ_INIT_ZERO {0}
#define ATC_ICA_AT_IHTTPRCVBIN_READ_MAX_LEN 19u
ATC_API atc_err atc_ica_encode_at_ihttprcvbin_read(const atc_ica_at_ihttprcvbin_read *msg, char *buf, size_t cap, size_t *len);

/* command AT+IHTTPDISCONN=?
 * spec line 802: Close the HTTP connection */
typedef struct atc_ica_at_ihttpdisconn_test {
    char dummy_field; /* no fields */
} atc_ica_at_ihttpdisconn_test;
#define ATC_ICA_AT_IHTTPDISCONN_TEST_INIT_ZERO {0}
#define ATC_ICA_AT_IHTTPDISCONN_TEST_MAX_LEN 21u
ATC_API atc_err atc_ica_encode_at_ihttpdisconn_test(const atc_ica_at_ihttpdisconn_test *msg, char *buf, size_t cap, size_t *len);

/* command AT+IHTTPDISCONN
 * spec line 803: Close the HTTP connection */
typedef struct atc_ica_at_ihttpdisconn_exec {
    char dummy_field; /* no fields */
} atc_ica_at_ihttpdisconn_exec;
#define ATC_ICA_AT_IHTTPDISCONN_EXEC_INIT_ZERO {0}
#define ATC_ICA_AT_IHTTPDISCONN_EXEC_MAX_LEN 19u
ATC_API atc_err atc_ica_encode_at_ihttpdisconn_exec(const atc_ica_at_ihttpdisconn_exec *msg, char *buf, size_t cap, size_t *len);

/* command AT+IOTAPARA=?
 * spec line 838: Set OTA parameters */
typedef struct atc_ica_at_iotapara_test {
    char dummy_field; /* no fields */
} atc_ica_at_iotapara_test;
#define ATC_ICA_AT_IOTAPARA_TEST_INIT_ZERO {0}
#define ATC_ICA_AT_IOTAPARA_TEST_MAX_LEN 17u
ATC_API atc_err atc_ica_encode_at_iotapara_test(const atc_ica_at_iotapara_test *msg, char *buf, size_t cap, size_t *len);

/* command AT+IOTAPARA?
 * spec line 839: Set OTA parameters */
typedef struct atc_ica_at_iotapara_read {
    char dummy_field; /* no fields */
} atc_ica_at_iotapara_read;
#define ATC_ICA_AT_IOTAPARA_READ_INIT_ZERO {0}
#define ATC_ICA_AT_IOTAPARA_READ_MAX_LEN 16u
ATC_API atc_err atc_ica_encode_at_iotapara_read(const atc_ica_at_iotapara_read *msg, char *buf, size_t cap, size_t *len);

/* command AT+IOTAPARA=duration,blocksize
 * spec line 840: Set OTA parameters */
typedef struct atc_ica_at_iotapara_set {
    bool has_duration;
    int32_t duration;
    bool has_blocksize;
    int32_t blocksize;
} atc_ica_at_iotapara_set;
#define ATC_ICA_AT_IOTAPARA_SET_INIT_ZERO {false, 0, false, 0}
#define ATC_ICA_AT_IOTAPARA_SET_MAX_LEN 63u
ATC_API atc_err atc_ica_encode_at_iotapara_set(const atc_ica_at_iotapara_set *msg, char *buf, size_t cap, size_t *len);

/* command AT+IOTAVER=?
 * spec line 851: Report the device's version information */
typedef struct atc_ica_at_iotaver_test {
    char dummy_field; /* no fields */
} atc_ica_at_iotaver_test;
#define ATC_ICA_AT_IOTAVER_TEST_INIT_ZERO {0}
#define ATC_ICA_AT_IOTAVER_TEST_MAX_LEN 16u
ATC_API atc_err atc_ica_encode_at_iotaver_test(const atc_ica_at_iotaver_test *msg, char *buf, size_t cap, size_t *len);

/* command AT+IOTAVER?
 * spec line 852: Report the device's version information */
typedef struct atc_ica_at_iotaver_read {
    char dummy_field; /* no fields */
} atc_ica_at_iotaver_read;
#define ATC_ICA_AT_IOTAVER_READ_INIT_ZERO {0}
#define ATC_ICA_AT_IOTAVER_READ_MAX_LEN 15u
ATC_API atc_err atc_ica_encode_at_iotaver_read(const atc_ica_at_iotaver_read *msg, char *buf, size_t cap, size_t *len);

/* command AT+IOTAVER=version
 * spec line 853: Report the device's version information */
typedef struct atc_ica_at_iotaver_set {
    atc_str version;
} atc_ica_at_iotaver_set;
#define ATC_ICA_AT_IOTAVER_SET_INIT_ZERO {{NULL, 0}}
#define ATC_ICA_AT_IOTAVER_SET_MAX_LEN (16u + 1u * ATC_MAX_LINE)
ATC_API atc_err atc_ica_encode_at_iotaver_set(const atc_ica_at_iotaver_set *msg, char *buf, size_t cap, size_t *len);

/* command AT+IOTANEWVER=?
 * spec line 864: Read the information of a new firmware version (normally reported as a URC) */
typedef struct atc_ica_at_iotanewver_test {
    char dummy_field; /* no fields */
} atc_ica_at_iotanewver_test;
#define ATC_ICA_AT_IOTANEWVER_TEST_INIT_ZERO {0}
#define ATC_ICA_AT_IOTANEWVER_TEST_MAX_LEN 19u
ATC_API atc_err atc_ica_encode_at_iotanewver_test(const atc_ica_at_iotanewver_test *msg, char *buf, size_t cap, size_t *len);

/* command AT+IOTANEWVER?
 * spec line 866: Read the information of a new firmware version (normally reported as a URC) */
typedef struct atc_ica_at_iotanewver_read {
    char dummy_field; /* no fields */
} atc_ica_at_iotanewver_read;
#define ATC_ICA_AT_IOTANEWVER_READ_INIT_ZERO {0}
#define ATC_ICA_AT_IOTANEWVER_READ_MAX_LEN 18u
ATC_API atc_err atc_ica_encode_at_iotanewver_read(const atc_ica_at_iotanewver_read *msg, char *buf, size_t cap, size_t *len);

/* command AT+IOTAPGS=?
 * spec line 878: Report the upgrade progress */
typedef struct atc_ica_at_iotapgs_test {
    char dummy_field; /* no fields */
} atc_ica_at_iotapgs_test;
#define ATC_ICA_AT_IOTAPGS_TEST_INIT_ZERO {0}
#define ATC_ICA_AT_IOTAPGS_TEST_MAX_LEN 16u
ATC_API atc_err atc_ica_encode_at_iotapgs_test(const atc_ica_at_iotapgs_test *msg, char *buf, size_t cap, size_t *len);

/* command AT+IOTAPGS=progress,desc
 * spec line 879: Report the upgrade progress */
typedef struct atc_ica_at_iotapgs_set {
    int32_t progress;
    bool has_desc;
    atc_str desc;
} atc_ica_at_iotapgs_set;
#define ATC_ICA_AT_IOTAPGS_SET_INIT_ZERO {0, false, {NULL, 0}}
#define ATC_ICA_AT_IOTAPGS_SET_MAX_LEN (20u + 1u * ATC_MAX_LINE)
ATC_API atc_err atc_ica_encode_at_iotapgs_set(const atc_ica_at_iotapgs_set *msg, char *buf, size_t cap, size_t *len);

/* command AT+IOTABLOCK=?
 * spec line 890: Read the next (or repeat the last) block of the new firmware */
typedef struct atc_ica_at_iotablock_test {
    char dummy_field; /* no fields */
} atc_ica_at_iotablock_test;
#define ATC_ICA_AT_IOTABLOCK_TEST_INIT_ZERO {0}
#define ATC_ICA_AT_IOTABLOCK_TEST_MAX_LEN 18u
ATC_API atc_err atc_ica_encode_at_iotablock_test(const atc_ica_at_iotablock_test *msg, char *buf, size_t cap, size_t *len);

/* command AT+IOTABLOCK=type
 * spec line 891: Read the next (or repeat the last) block of the new firmware */
typedef struct atc_ica_at_iotablock_set {
    int32_t type; /* atc_ica_type */
} atc_ica_at_iotablock_set;
#define ATC_ICA_AT_IOTABLOCK_SET_INIT_ZERO {0}
#define ATC_ICA_AT_IOTABLOCK_SET_MAX_LEN 19u
ATC_API atc_err atc_ica_encode_at_iotablock_set(const atc_ica_at_iotablock_set *msg, char *buf, size_t cap, size_t *len);

/* command AT+IOTABORT=?
 * spec line 903: Abort the firmware upgrade */
typedef struct atc_ica_at_iotabort_test {
    char dummy_field; /* no fields */
} atc_ica_at_iotabort_test;
#define ATC_ICA_AT_IOTABORT_TEST_INIT_ZERO {0}
#define ATC_ICA_AT_IOTABORT_TEST_MAX_LEN 17u
ATC_API atc_err atc_ica_encode_at_iotabort_test(const atc_ica_at_iotabort_test *msg, char *buf, size_t cap, size_t *len);

/* command AT+IOTABORT
 * spec line 904: Abort the firmware upgrade */
typedef struct atc_ica_at_iotabort_exec {
    char dummy_field; /* no fields */
} atc_ica_at_iotabort_exec;
#define ATC_ICA_AT_IOTABORT_EXEC_INIT_ZERO {0}
#define ATC_ICA_AT_IOTABORT_EXEC_MAX_LEN 15u
ATC_API atc_err atc_ica_encode_at_iotabort_exec(const atc_ica_at_iotabort_exec *msg, char *buf, size_t cap, size_t *len);

/* command AT+ILOGLVL=?
 * spec line 928: Set the log level */
typedef struct atc_ica_at_iloglvl_test {
    char dummy_field; /* no fields */
} atc_ica_at_iloglvl_test;
#define ATC_ICA_AT_ILOGLVL_TEST_INIT_ZERO {0}
#define ATC_ICA_AT_ILOGLVL_TEST_MAX_LEN 16u
ATC_API atc_err atc_ica_encode_at_iloglvl_test(const atc_ica_at_iloglvl_test *msg, char *buf, size_t cap, size_t *len);

/* command AT+ILOGLVL?
 * spec line 929: Set the log level */
typedef struct atc_ica_at_iloglvl_read {
    char dummy_field; /* no fields */
} atc_ica_at_iloglvl_read;
#define ATC_ICA_AT_ILOGLVL_READ_INIT_ZERO {0}
#define ATC_ICA_AT_ILOGLVL_READ_MAX_LEN 15u
ATC_API atc_err atc_ica_encode_at_iloglvl_read(const atc_ica_at_iloglvl_read *msg, char *buf, size_t cap, size_t *len);

/* command AT+ILOGLVL=level
 * spec line 930: Set the log level */
typedef struct atc_ica_at_iloglvl_set {
    int32_t level;
} atc_ica_at_iloglvl_set;
#define ATC_ICA_AT_ILOGLVL_SET_INIT_ZERO {0}
#define ATC_ICA_AT_ILOGLVL_SET_MAX_LEN 17u
ATC_API atc_err atc_ica_encode_at_iloglvl_set(const atc_ica_at_iloglvl_set *msg, char *buf, size_t cap, size_t *len);

/* command AT+IREBOOT=?
 * spec line 941: Restart the module */
typedef struct atc_ica_at_ireboot_test {
    char dummy_field; /* no fields */
} atc_ica_at_ireboot_test;
#define ATC_ICA_AT_IREBOOT_TEST_INIT_ZERO {0}
#define ATC_ICA_AT_IREBOOT_TEST_MAX_LEN 16u
ATC_API atc_err atc_ica_encode_at_ireboot_test(const atc_ica_at_ireboot_test *msg, char *buf, size_t cap, size_t *len);

/* command AT+IREBOOT=mode
 * spec line 942: Restart the module */
typedef struct atc_ica_at_ireboot_set {
    int32_t mode; /* atc_ica_at_ireboot_set_mode */
} atc_ica_at_ireboot_set;
#define ATC_ICA_AT_IREBOOT_SET_INIT_ZERO {0}
#define ATC_ICA_AT_IREBOOT_SET_MAX_LEN 17u
ATC_API atc_err atc_ica_encode_at_ireboot_set(const atc_ica_at_ireboot_set *msg, char *buf, size_t cap, size_t *len);

/* command AT+IDEFAULT=?
 * spec line 953: Restore the factory settings */
typedef struct atc_ica_at_idefault_test {
    char dummy_field; /* no fields */
} atc_ica_at_idefault_test;
#define ATC_ICA_AT_IDEFAULT_TEST_INIT_ZERO {0}
#define ATC_ICA_AT_IDEFAULT_TEST_MAX_LEN 17u
ATC_API atc_err atc_ica_encode_at_idefault_test(const atc_ica_at_idefault_test *msg, char *buf, size_t cap, size_t *len);

/* command AT+IDEFAULT
 * spec line 954: Restore the factory settings */
typedef struct atc_ica_at_idefault_exec {
    char dummy_field; /* no fields */
} atc_ica_at_idefault_exec;
#define ATC_ICA_AT_IDEFAULT_EXEC_INIT_ZERO {0}
#define ATC_ICA_AT_IDEFAULT_EXEC_MAX_LEN 15u
ATC_API atc_err atc_ica_encode_at_idefault_exec(const atc_ica_at_idefault_exec *msg, char *buf, size_t cap, size_t *len);

/* command AT+CGMI
 * spec line 969: Read the manufacturer identification (3GPP TS 27.007) */
typedef struct atc_ica_at_cgmi_exec {
    char dummy_field; /* no fields */
} atc_ica_at_cgmi_exec;
#define ATC_ICA_AT_CGMI_EXEC_INIT_ZERO {0}
#define ATC_ICA_AT_CGMI_EXEC_MAX_LEN 11u
ATC_API atc_err atc_ica_encode_at_cgmi_exec(const atc_ica_at_cgmi_exec *msg, char *buf, size_t cap, size_t *len);

/* command AT+CGMM
 * spec line 970: Read the model identification (3GPP TS 27.007) */
typedef struct atc_ica_at_cgmm_exec {
    char dummy_field; /* no fields */
} atc_ica_at_cgmm_exec;
#define ATC_ICA_AT_CGMM_EXEC_INIT_ZERO {0}
#define ATC_ICA_AT_CGMM_EXEC_MAX_LEN 11u
ATC_API atc_err atc_ica_encode_at_cgmm_exec(const atc_ica_at_cgmm_exec *msg, char *buf, size_t cap, size_t *len);

/* command AT+CGMR
 * spec line 971: Read the firmware revision (3GPP TS 27.007) */
typedef struct atc_ica_at_cgmr_exec {
    char dummy_field; /* no fields */
} atc_ica_at_cgmr_exec;
#define ATC_ICA_AT_CGMR_EXEC_INIT_ZERO {0}
#define ATC_ICA_AT_CGMR_EXEC_MAX_LEN 11u
ATC_API atc_err atc_ica_encode_at_cgmr_exec(const atc_ica_at_cgmr_exec *msg, char *buf, size_t cap, size_t *len);

/* response +IMQTTMODE:mode
 * spec line 222 */
typedef struct atc_ica_imqttmode_test {
    atc_str mode;
} atc_ica_imqttmode_test;
#define ATC_ICA_IMQTTMODE_TEST_INIT_ZERO {{NULL, 0}}
#define ATC_ICA_IMQTTMODE_TEST_MAX_LEN (16u + 1u * ATC_MAX_LINE)
ATC_API atc_err atc_ica_encode_imqttmode_test(const atc_ica_imqttmode_test *msg, char *buf, size_t cap, size_t *len);

/* response +IMQTTMODE:mode
 * spec line 223 */
typedef struct atc_ica_imqttmode_read {
    int32_t mode; /* atc_ica_mode */
} atc_ica_imqttmode_read;
#define ATC_ICA_IMQTTMODE_READ_INIT_ZERO {0}
#define ATC_ICA_IMQTTMODE_READ_MAX_LEN 17u
ATC_API atc_err atc_ica_encode_imqttmode_read(const atc_ica_imqttmode_read *msg, char *buf, size_t cap, size_t *len);

/* response +IMQTTOPEN:hostname,port
 * spec line 236 */
typedef struct atc_ica_imqttopen_test {
    atc_str hostname;
    atc_str port;
} atc_ica_imqttopen_test;
#define ATC_ICA_IMQTTOPEN_TEST_INIT_ZERO {{NULL, 0}, {NULL, 0}}
#define ATC_ICA_IMQTTOPEN_TEST_MAX_LEN (17u + 2u * ATC_MAX_LINE)
ATC_API atc_err atc_ica_encode_imqttopen_test(const atc_ica_imqttopen_test *msg, char *buf, size_t cap, size_t *len);

/* response +IMQTTOPEN:hostname,port
 * spec line 237 */
typedef struct atc_ica_imqttopen_read {
    atc_str hostname;
    int32_t port;
} atc_ica_imqttopen_read;
#define ATC_ICA_IMQTTOPEN_READ_INIT_ZERO {{NULL, 0}, 0}
#define ATC_ICA_IMQTTOPEN_READ_MAX_LEN (22u + 1u * ATC_MAX_LINE)
ATC_API atc_err atc_ica_encode_imqttopen_read(const atc_ica_imqttopen_read *msg, char *buf, size_t cap, size_t *len);

/* response +IMQTTAUTH:para_tag
 * spec line 249 */
typedef struct atc_ica_imqttauth_test {
    uint8_t para_tag_count; /* 1..8 */
    atc_str para_tag[8];
} atc_ica_imqttauth_test;
#define ATC_ICA_IMQTTAUTH_TEST_INIT_ZERO {0, {{NULL, 0}}}
#define ATC_ICA_IMQTTAUTH_TEST_MAX_LEN (16u + 1u * ATC_MAX_LINE)
ATC_API atc_err atc_ica_encode_imqttauth_test(const atc_ica_imqttauth_test *msg, char *buf, size_t cap, size_t *len);

/* response +IMQTTAUTH:para_value
 * spec line 250 */
typedef struct atc_ica_imqttauth_read {
    uint8_t para_value_count; /* 1..8 */
    atc_str para_value[8];
} atc_ica_imqttauth_read;
#define ATC_ICA_IMQTTAUTH_READ_INIT_ZERO {0, {{NULL, 0}}}
#define ATC_ICA_IMQTTAUTH_READ_MAX_LEN (16u + 1u * ATC_MAX_LINE)
ATC_API atc_err atc_ica_encode_imqttauth_read(const atc_ica_imqttauth_read *msg, char *buf, size_t cap, size_t *len);

/* response +IMQTTPARA:para_tag,para_value
 * spec line 266 */
typedef struct atc_ica_imqttpara_test {
    atc_str para_tag;
    atc_str para_value;
} atc_ica_imqttpara_test;
#define ATC_ICA_IMQTTPARA_TEST_INIT_ZERO {{NULL, 0}, {NULL, 0}}
#define ATC_ICA_IMQTTPARA_TEST_MAX_LEN (17u + 2u * ATC_MAX_LINE)
ATC_API atc_err atc_ica_encode_imqttpara_test(const atc_ica_imqttpara_test *msg, char *buf, size_t cap, size_t *len);

/* response +IMQTTPARA:timeout,clean,keepalive,version,authmode
 * spec line 267 */
typedef struct atc_ica_imqttpara_read {
    bool has_timeout;
    int32_t timeout;
    bool has_clean;
    int32_t clean; /* atc_ica_clean */
    bool has_keepalive;
    int32_t keepalive;
    bool has_version;
    atc_str version;
    bool has_authmode;
    int32_t authmode; /* atc_ica_authmode */
} atc_ica_imqttpara_read;
#define ATC_ICA_IMQTTPARA_READ_INIT_ZERO {false, 0, false, 0, false, 0, false, {NULL, 0}, false, 0}
#define ATC_ICA_IMQTTPARA_READ_MAX_LEN 96u
ATC_API atc_err atc_ica_encode_imqttpara_read(const atc_ica_imqttpara_read *msg, char *buf, size_t cap, size_t *len);

/* response +IMQTTPUB:topic,qos,message,format,fragment_id
 * spec line 298 */
typedef struct atc_ica_imqttpub_test {
    atc_str topic;
    atc_str qos;
    atc_str message;
    atc_str format;
    atc_str fragment_id;
} atc_ica_imqttpub_test;
#define ATC_ICA_IMQTTPUB_TEST_INIT_ZERO {{NULL, 0}, {NULL, 0}, {NULL, 0}, {NULL, 0}, {NULL, 0}}
#define ATC_ICA_IMQTTPUB_TEST_MAX_LEN (19u + 5u * ATC_MAX_LINE)
ATC_API atc_err atc_ica_encode_imqttpub_test(const atc_ica_imqttpub_test *msg, char *buf, size_t cap, size_t *len);

/* response +IMQTTPUB:topic,qos,message,format,fragment_id
 * spec line 299 */
typedef struct atc_ica_imqttpub_read {
    atc_str topic;
    int32_t qos;
    atc_str message;
    bool has_format;
    int32_t format; /* atc_ica_format */
    bool has_fragment_id;
    int32_t fragment_id;
} atc_ica_imqttpub_read;
#define ATC_ICA_IMQTTPUB_READ_INIT_ZERO {{NULL, 0}, 0, {NULL, 0}, false, 0, false, 0}
#define ATC_ICA_IMQTTPUB_READ_MAX_LEN (32u + 2u * ATC_MAX_LINE)
ATC_API atc_err atc_ica_encode_imqttpub_read(const atc_ica_imqttpub_read *msg, char *buf, size_t cap, size_t *len);

/* response +IMQTTPUB:packet_id
 * spec line 300: Packet id of the message being published; only after the last fragment */
typedef struct atc_ica_imqttpub_set {
    int32_t packet_id;
} atc_ica_imqttpub_set;
#define ATC_ICA_IMQTTPUB_SET_INIT_ZERO {0}
#define ATC_ICA_IMQTTPUB_SET_MAX_LEN 26u
ATC_API atc_err atc_ica_encode_imqttpub_set(const atc_ica_imqttpub_set *msg, char *buf, size_t cap, size_t *len);

/* response +IMQTTPUBIN:topic,qos,msg_len
 * spec line 316 */
typedef struct atc_ica_imqttpubin_test {
    atc_str topic;
    atc_str qos;
    atc_str msg_len;
} atc_ica_imqttpubin_test;
#define ATC_ICA_IMQTTPUBIN_TEST_INIT_ZERO {{NULL, 0}, {NULL, 0}, {NULL, 0}}
#define ATC_ICA_IMQTTPUBIN_TEST_MAX_LEN (19u + 3u * ATC_MAX_LINE)
ATC_API atc_err atc_ica_encode_imqttpubin_test(const atc_ica_imqttpubin_test *msg, char *buf, size_t cap, size_t *len);

/* response +IMQTTPUBIN:topic,qos,msg_len
 * spec line 317: The last binary message published; its bytes follow the OK */
typedef struct atc_ica_imqttpubin_read {
    atc_str topic;
    int32_t qos;
    int32_t msg_len;
} atc_ica_imqttpubin_read;
#define ATC_ICA_IMQTTPUBIN_READ_INIT_ZERO {{NULL, 0}, 0, 0}
#define ATC_ICA_IMQTTPUBIN_READ_MAX_LEN (25u + 1u * ATC_MAX_LINE)
ATC_API atc_err atc_ica_encode_imqttpubin_read(const atc_ica_imqttpubin_read *msg, char *buf, size_t cap, size_t *len);

/* response +IMQTTPUBIN:packet_id
 * spec line 319: After the data; packet id of the message being published */
typedef struct atc_ica_imqttpubin_set {
    int32_t packet_id;
} atc_ica_imqttpubin_set;
#define ATC_ICA_IMQTTPUBIN_SET_INIT_ZERO {0}
#define ATC_ICA_IMQTTPUBIN_SET_MAX_LEN 28u
ATC_API atc_err atc_ica_encode_imqttpubin_set(const atc_ica_imqttpubin_set *msg, char *buf, size_t cap, size_t *len);

/* response +IMQTTSUB:topic,qos
 * spec line 334 */
typedef struct atc_ica_imqttsub_test {
    atc_str topic;
    atc_str qos;
} atc_ica_imqttsub_test;
#define ATC_ICA_IMQTTSUB_TEST_INIT_ZERO {{NULL, 0}, {NULL, 0}}
#define ATC_ICA_IMQTTSUB_TEST_MAX_LEN (16u + 2u * ATC_MAX_LINE)
ATC_API atc_err atc_ica_encode_imqttsub_test(const atc_ica_imqttsub_test *msg, char *buf, size_t cap, size_t *len);

/* response +IMQTTSUB:topic,qos
 * spec line 335 */
typedef struct atc_ica_imqttsub_read {
    atc_str topic;
    int32_t qos;
} atc_ica_imqttsub_read;
#define ATC_ICA_IMQTTSUB_READ_INIT_ZERO {{NULL, 0}, 0}
#define ATC_ICA_IMQTTSUB_READ_MAX_LEN (17u + 1u * ATC_MAX_LINE)
ATC_API atc_err atc_ica_encode_imqttsub_read(const atc_ica_imqttsub_read *msg, char *buf, size_t cap, size_t *len);

/* response +IMQTTSUB:packet_id
 * spec line 336 */
typedef struct atc_ica_imqttsub_set {
    int32_t packet_id;
} atc_ica_imqttsub_set;
#define ATC_ICA_IMQTTSUB_SET_INIT_ZERO {0}
#define ATC_ICA_IMQTTSUB_SET_MAX_LEN 26u
ATC_API atc_err atc_ica_encode_imqttsub_set(const atc_ica_imqttsub_set *msg, char *buf, size_t cap, size_t *len);

/* response +IMQTTUNSUB:topic
 * spec line 352 */
typedef struct atc_ica_imqttunsub_test {
    atc_str topic;
} atc_ica_imqttunsub_test;
#define ATC_ICA_IMQTTUNSUB_TEST_INIT_ZERO {{NULL, 0}}
#define ATC_ICA_IMQTTUNSUB_TEST_MAX_LEN (17u + 1u * ATC_MAX_LINE)
ATC_API atc_err atc_ica_encode_imqttunsub_test(const atc_ica_imqttunsub_test *msg, char *buf, size_t cap, size_t *len);

/* response +IMQTTUNSUB:topic
 * spec line 353 */
typedef struct atc_ica_imqttunsub_read {
    atc_str topic;
} atc_ica_imqttunsub_read;
#define ATC_ICA_IMQTTUNSUB_READ_INIT_ZERO {{NULL, 0}}
#define ATC_ICA_IMQTTUNSUB_READ_MAX_LEN (17u + 1u * ATC_MAX_LINE)
ATC_API atc_err atc_ica_encode_imqttunsub_read(const atc_ica_imqttunsub_read *msg, char *buf, size_t cap, size_t *len);

/* response +IMQTTUNSUB:packet_id
 * spec line 354 */
typedef struct atc_ica_imqttunsub_set {
    int32_t packet_id;
} atc_ica_imqttunsub_set;
#define ATC_ICA_IMQTTUNSUB_SET_INIT_ZERO {0}
#define ATC_ICA_IMQTTUNSUB_SET_MAX_LEN 28u
ATC_API atc_err atc_ica_encode_imqttunsub_set(const atc_ica_imqttunsub_set *msg, char *buf, size_t cap, size_t *len);

/* response +IMQTTRCVPUB:packet_id,topic,msg_len,message,format,fragment_id
 * spec line 371 */
typedef struct atc_ica_imqttrcvpub_read {
    int32_t packet_id;
    atc_str topic;
    int32_t msg_len;
    atc_str message;
    bool has_format;
    int32_t format; /* atc_ica_format */
    bool has_fragment_id;
    int32_t fragment_id;
} atc_ica_imqttrcvpub_read;
#define ATC_ICA_IMQTTRCVPUB_READ_INIT_ZERO {0, {NULL, 0}, 0, {NULL, 0}, false, 0, false, 0}
#define ATC_ICA_IMQTTRCVPUB_READ_MAX_LEN (51u + 2u * ATC_MAX_LINE)
ATC_API atc_err atc_ica_encode_imqttrcvpub_read(const atc_ica_imqttrcvpub_read *msg, char *buf, size_t cap, size_t *len);

/* response +IMQTTRCVPUBIN:packet_id,topic,msg_len
 * spec line 384 */
typedef struct atc_ica_imqttrcvpubin_read {
    int32_t packet_id;
    atc_str topic;
    int32_t msg_len;
} atc_ica_imqttrcvpubin_read;
#define ATC_ICA_IMQTTRCVPUBIN_READ_INIT_ZERO {0, {NULL, 0}, 0}
#define ATC_ICA_IMQTTRCVPUBIN_READ_MAX_LEN (38u + 1u * ATC_MAX_LINE)
ATC_API atc_err atc_ica_encode_imqttrcvpubin_read(const atc_ica_imqttrcvpubin_read *msg, char *buf, size_t cap, size_t *len);

/* response +IMQTTSTATE:state
 * spec line 398 */
typedef struct atc_ica_imqttstate_read {
    int32_t state; /* atc_ica_state */
} atc_ica_imqttstate_read;
#define ATC_ICA_IMQTTSTATE_READ_INIT_ZERO {0}
#define ATC_ICA_IMQTTSTATE_READ_MAX_LEN 18u
ATC_API atc_err atc_ica_encode_imqttstate_read(const atc_ica_imqttstate_read *msg, char *buf, size_t cap, size_t *len);

/* response +IMQTTDBGPARA:para_tag,para_value
 * spec line 423 */
typedef struct atc_ica_imqttdbgpara_test {
    atc_str para_tag;
    atc_str para_value;
} atc_ica_imqttdbgpara_test;
#define ATC_ICA_IMQTTDBGPARA_TEST_INIT_ZERO {{NULL, 0}, {NULL, 0}}
#define ATC_ICA_IMQTTDBGPARA_TEST_MAX_LEN (20u + 2u * ATC_MAX_LINE)
ATC_API atc_err atc_ica_encode_imqttdbgpara_test(const atc_ica_imqttdbgpara_test *msg, char *buf, size_t cap, size_t *len);

/* response +IMQTTDBGPARA:pingrsp
 * spec line 424 */
typedef struct atc_ica_imqttdbgpara_read {
    bool has_pingrsp;
    int32_t pingrsp; /* atc_ica_pingrsp */
} atc_ica_imqttdbgpara_read;
#define ATC_ICA_IMQTTDBGPARA_READ_INIT_ZERO {false, 0}
#define ATC_ICA_IMQTTDBGPARA_READ_MAX_LEN 30u
ATC_API atc_err atc_ica_encode_imqttdbgpara_read(const atc_ica_imqttdbgpara_read *msg, char *buf, size_t cap, size_t *len);

/* response +ICOAPPARA:para_tag,para_value
 * spec line 472 */
typedef struct atc_ica_icoappara_test {
    atc_str para_tag;
    atc_str para_value;
} atc_ica_icoappara_test;
#define ATC_ICA_ICOAPPARA_TEST_INIT_ZERO {{NULL, 0}, {NULL, 0}}
#define ATC_ICA_ICOAPPARA_TEST_MAX_LEN (17u + 2u * ATC_MAX_LINE)
ATC_API atc_err atc_ica_encode_icoappara_test(const atc_ica_icoappara_test *msg, char *buf, size_t cap, size_t *len);

/* response +ICOAPPARA:timeout
 * spec line 473 */
typedef struct atc_ica_icoappara_read {
    bool has_timeout;
    int32_t timeout;
} atc_ica_icoappara_read;
#define ATC_ICA_ICOAPPARA_READ_INIT_ZERO {false, 0}
#define ATC_ICA_ICOAPPARA_READ_MAX_LEN 37u
ATC_API atc_err atc_ica_encode_icoappara_read(const atc_ica_icoappara_read *msg, char *buf, size_t cap, size_t *len);

/* response +ICOAPOPEN:hostname,port
 * spec line 485 */
typedef struct atc_ica_icoapopen_test {
    atc_str hostname;
    atc_str port;
} atc_ica_icoapopen_test;
#define ATC_ICA_ICOAPOPEN_TEST_INIT_ZERO {{NULL, 0}, {NULL, 0}}
#define ATC_ICA_ICOAPOPEN_TEST_MAX_LEN (17u + 2u * ATC_MAX_LINE)
ATC_API atc_err atc_ica_encode_icoapopen_test(const atc_ica_icoapopen_test *msg, char *buf, size_t cap, size_t *len);

/* response +ICOAPOPEN:hostname,port
 * spec line 486 */
typedef struct atc_ica_icoapopen_read {
    atc_str hostname;
    int32_t port;
} atc_ica_icoapopen_read;
#define ATC_ICA_ICOAPOPEN_READ_INIT_ZERO {{NULL, 0}, 0}
#define ATC_ICA_ICOAPOPEN_READ_MAX_LEN (22u + 1u * ATC_MAX_LINE)
ATC_API atc_err atc_ica_encode_icoapopen_read(const atc_ica_icoapopen_read *msg, char *buf, size_t cap, size_t *len);

/* response +ICOAPAUTH:para_tag
 * spec line 499 */
typedef struct atc_ica_icoapauth_test {
    uint8_t para_tag_count; /* 1..8 */
    atc_str para_tag[8];
} atc_ica_icoapauth_test;
#define ATC_ICA_ICOAPAUTH_TEST_INIT_ZERO {0, {{NULL, 0}}}
#define ATC_ICA_ICOAPAUTH_TEST_MAX_LEN (16u + 1u * ATC_MAX_LINE)
ATC_API atc_err atc_ica_encode_icoapauth_test(const atc_ica_icoapauth_test *msg, char *buf, size_t cap, size_t *len);

/* response +ICOAPAUTH:para_value
 * spec line 500 */
typedef struct atc_ica_icoapauth_read {
    uint8_t para_value_count; /* 1..8 */
    atc_str para_value[8];
} atc_ica_icoapauth_read;
#define ATC_ICA_ICOAPAUTH_READ_INIT_ZERO {0, {{NULL, 0}}}
#define ATC_ICA_ICOAPAUTH_READ_MAX_LEN (16u + 1u * ATC_MAX_LINE)
ATC_API atc_err atc_ica_encode_icoapauth_read(const atc_ica_icoapauth_read *msg, char *buf, size_t cap, size_t *len);

/* response +ICOAPSENDREQ:method,path,message,format,fragment_id
 * spec line 512 */
typedef struct atc_ica_icoapsendreq_test {
    atc_str method;
    atc_str path;
    atc_str message;
    atc_str format;
    atc_str fragment_id;
} atc_ica_icoapsendreq_test;
#define ATC_ICA_ICOAPSENDREQ_TEST_INIT_ZERO {{NULL, 0}, {NULL, 0}, {NULL, 0}, {NULL, 0}, {NULL, 0}}
#define ATC_ICA_ICOAPSENDREQ_TEST_MAX_LEN (23u + 5u * ATC_MAX_LINE)
ATC_API atc_err atc_ica_encode_icoapsendreq_test(const atc_ica_icoapsendreq_test *msg, char *buf, size_t cap, size_t *len);

/* response +ICOAPSENDREQ:method,path,message,format,fragment_id
 * spec line 513 */
typedef struct atc_ica_icoapsendreq_read {
    int32_t method; /* atc_ica_method */
    atc_str path;
    atc_str message;
    bool has_format;
    int32_t format; /* atc_ica_format */
    bool has_fragment_id;
    int32_t fragment_id;
} atc_ica_icoapsendreq_read;
#define ATC_ICA_ICOAPSENDREQ_READ_INIT_ZERO {0, {NULL, 0}, {NULL, 0}, false, 0, false, 0}
#define ATC_ICA_ICOAPSENDREQ_READ_MAX_LEN (36u + 2u * ATC_MAX_LINE)
ATC_API atc_err atc_ica_encode_icoapsendreq_read(const atc_ica_icoapsendreq_read *msg, char *buf, size_t cap, size_t *len);

/* response +ICOAPSENDREQ:packet_token
 * spec line 514: Token of the request; only after the last fragment */
typedef struct atc_ica_icoapsendreq_set {
    int32_t packet_token;
} atc_ica_icoapsendreq_set;
#define ATC_ICA_ICOAPSENDREQ_SET_INIT_ZERO {0}
#define ATC_ICA_ICOAPSENDREQ_SET_MAX_LEN 30u
ATC_API atc_err atc_ica_encode_icoapsendreq_set(const atc_ica_icoapsendreq_set *msg, char *buf, size_t cap, size_t *len);

/* response +ICOAPSENDBIN:method,path,msg_len
 * spec line 536 */
typedef struct atc_ica_icoapsendbin_test {
    atc_str method;
    atc_str path;
    atc_str msg_len;
} atc_ica_icoapsendbin_test;
#define ATC_ICA_ICOAPSENDBIN_TEST_INIT_ZERO {{NULL, 0}, {NULL, 0}, {NULL, 0}}
#define ATC_ICA_ICOAPSENDBIN_TEST_MAX_LEN (21u + 3u * ATC_MAX_LINE)
ATC_API atc_err atc_ica_encode_icoapsendbin_test(const atc_ica_icoapsendbin_test *msg, char *buf, size_t cap, size_t *len);

/* response +ICOAPSENDBIN:method,path,msg_len
 * spec line 537: The last binary request sent; its bytes follow the OK */
typedef struct atc_ica_icoapsendbin_read {
    int32_t method; /* atc_ica_method */
    atc_str path;
    int32_t msg_len;
} atc_ica_icoapsendbin_read;
#define ATC_ICA_ICOAPSENDBIN_READ_INIT_ZERO {0, {NULL, 0}, 0}
#define ATC_ICA_ICOAPSENDBIN_READ_MAX_LEN (27u + 1u * ATC_MAX_LINE)
ATC_API atc_err atc_ica_encode_icoapsendbin_read(const atc_ica_icoapsendbin_read *msg, char *buf, size_t cap, size_t *len);

/* response +ICOAPSENDBIN:packet_token
 * spec line 539: After the data; token of the request */
typedef struct atc_ica_icoapsendbin_set {
    int32_t packet_token;
} atc_ica_icoapsendbin_set;
#define ATC_ICA_ICOAPSENDBIN_SET_INIT_ZERO {0}
#define ATC_ICA_ICOAPSENDBIN_SET_MAX_LEN 30u
ATC_API atc_err atc_ica_encode_icoapsendbin_set(const atc_ica_icoapsendbin_set *msg, char *buf, size_t cap, size_t *len);

/* response +ICOAPSENDREQN:method,path,message,format,fragment_id
 * spec line 559 */
typedef struct atc_ica_icoapsendreqn_test {
    atc_str method;
    atc_str path;
    atc_str message;
    atc_str format;
    atc_str fragment_id;
} atc_ica_icoapsendreqn_test;
#define ATC_ICA_ICOAPSENDREQN_TEST_INIT_ZERO {{NULL, 0}, {NULL, 0}, {NULL, 0}, {NULL, 0}, {NULL, 0}}
#define ATC_ICA_ICOAPSENDREQN_TEST_MAX_LEN (24u + 5u * ATC_MAX_LINE)
ATC_API atc_err atc_ica_encode_icoapsendreqn_test(const atc_ica_icoapsendreqn_test *msg, char *buf, size_t cap, size_t *len);

/* response +ICOAPSENDREQN:method,path,message,format,fragment_id
 * spec line 560 */
typedef struct atc_ica_icoapsendreqn_read {
    int32_t method; /* atc_ica_method */
    atc_str path;
    atc_str message;
    bool has_format;
    int32_t format; /* atc_ica_format */
    bool has_fragment_id;
    int32_t fragment_id;
} atc_ica_icoapsendreqn_read;
#define ATC_ICA_ICOAPSENDREQN_READ_INIT_ZERO {0, {NULL, 0}, {NULL, 0}, false, 0, false, 0}
#define ATC_ICA_ICOAPSENDREQN_READ_MAX_LEN (37u + 2u * ATC_MAX_LINE)
ATC_API atc_err atc_ica_encode_icoapsendreqn_read(const atc_ica_icoapsendreqn_read *msg, char *buf, size_t cap, size_t *len);

/* response +ICOAPSENDREQN:packet_token
 * spec line 561: Token of the request; only after the last fragment */
typedef struct atc_ica_icoapsendreqn_set {
    int32_t packet_token;
} atc_ica_icoapsendreqn_set;
#define ATC_ICA_ICOAPSENDREQN_SET_INIT_ZERO {0}
#define ATC_ICA_ICOAPSENDREQN_SET_MAX_LEN 31u
ATC_API atc_err atc_ica_encode_icoapsendreqn_set(const atc_ica_icoapsendreqn_set *msg, char *buf, size_t cap, size_t *len);

/* response +ICOAPSENDNBIN:method,path,msg_len
 * spec line 578 */
typedef struct atc_ica_icoapsendnbin_test {
    atc_str method;
    atc_str path;
    atc_str msg_len;
} atc_ica_icoapsendnbin_test;
#define ATC_ICA_ICOAPSENDNBIN_TEST_INIT_ZERO {{NULL, 0}, {NULL, 0}, {NULL, 0}}
#define ATC_ICA_ICOAPSENDNBIN_TEST_MAX_LEN (22u + 3u * ATC_MAX_LINE)
ATC_API atc_err atc_ica_encode_icoapsendnbin_test(const atc_ica_icoapsendnbin_test *msg, char *buf, size_t cap, size_t *len);

/* response +ICOAPSENDNBIN:method,path,msg_len
 * spec line 579: The last binary non-confirmable request sent; its bytes follow the OK */
typedef struct atc_ica_icoapsendnbin_read {
    int32_t method; /* atc_ica_method */
    atc_str path;
    int32_t msg_len;
} atc_ica_icoapsendnbin_read;
#define ATC_ICA_ICOAPSENDNBIN_READ_INIT_ZERO {0, {NULL, 0}, 0}
#define ATC_ICA_ICOAPSENDNBIN_READ_MAX_LEN (28u + 1u * ATC_MAX_LINE)
ATC_API atc_err atc_ica_encode_icoapsendnbin_read(const atc_ica_icoapsendnbin_read *msg, char *buf, size_t cap, size_t *len);

/* response +ICOAPSENDNBIN:packet_token
 * spec line 581: After the data; token of the request */
typedef struct atc_ica_icoapsendnbin_set {
    int32_t packet_token;
} atc_ica_icoapsendnbin_set;
#define ATC_ICA_ICOAPSENDNBIN_SET_INIT_ZERO {0}
#define ATC_ICA_ICOAPSENDNBIN_SET_MAX_LEN 31u
ATC_API atc_err atc_ica_encode_icoapsendnbin_set(const atc_ica_icoapsendnbin_set *msg, char *buf, size_t cap, size_t *len);

/* response +ICOAPRCVRSP:packet_token,path,msg_len,message,format,fragment_id
 * spec line 599 */
typedef struct atc_ica_icoaprcvrsp_read {
    int32_t packet_token;
    bool has_path;
    atc_str path;
    int32_t msg_len;
    atc_str message;
    bool has_format;
    int32_t format; /* atc_ica_format */
    bool has_fragment_id;
    int32_t fragment_id;
} atc_ica_icoaprcvrsp_read;
#define ATC_ICA_ICOAPRCVRSP_READ_INIT_ZERO {0, false, {NULL, 0}, 0, {NULL, 0}, false, 0, false, 0}
#define ATC_ICA_ICOAPRCVRSP_READ_MAX_LEN (51u + 2u * ATC_MAX_LINE)
ATC_API atc_err atc_ica_encode_icoaprcvrsp_read(const atc_ica_icoaprcvrsp_read *msg, char *buf, size_t cap, size_t *len);

/* response +ICOAPRCVBIN:packet_token,path,msg_len
 * spec line 614 */
typedef struct atc_ica_icoaprcvbin_read {
    int32_t packet_token;
    bool has_path;
    atc_str path;
    int32_t msg_len;
} atc_ica_icoaprcvbin_read;
#define ATC_ICA_ICOAPRCVBIN_READ_INIT_ZERO {0, false, {NULL, 0}, 0}
#define ATC_ICA_ICOAPRCVBIN_READ_MAX_LEN (36u + 1u * ATC_MAX_LINE)
ATC_API atc_err atc_ica_encode_icoaprcvbin_read(const atc_ica_icoaprcvbin_read *msg, char *buf, size_t cap, size_t *len);

/* response +IHTTPOPEN:hostname,port
 * spec line 645 */
typedef struct atc_ica_ihttpopen_test {
    atc_str hostname;
    atc_str port;
} atc_ica_ihttpopen_test;
#define ATC_ICA_IHTTPOPEN_TEST_INIT_ZERO {{NULL, 0}, {NULL, 0}}
#define ATC_ICA_IHTTPOPEN_TEST_MAX_LEN (17u + 2u * ATC_MAX_LINE)
ATC_API atc_err atc_ica_encode_ihttpopen_test(const atc_ica_ihttpopen_test *msg, char *buf, size_t cap, size_t *len);

/* response +IHTTPOPEN:hostname,port
 * spec line 646 */
typedef struct atc_ica_ihttpopen_read {
    atc_str hostname;
    int32_t port;
} atc_ica_ihttpopen_read;
#define ATC_ICA_IHTTPOPEN_READ_INIT_ZERO {{NULL, 0}, 0}
#define ATC_ICA_IHTTPOPEN_READ_MAX_LEN (22u + 1u * ATC_MAX_LINE)
ATC_API atc_err atc_ica_encode_ihttpopen_read(const atc_ica_ihttpopen_read *msg, char *buf, size_t cap, size_t *len);

/* response +IHTTPPARA:para_tag,para_value
 * spec line 662 */
typedef struct atc_ica_ihttppara_test {
    atc_str para_tag;
    atc_str para_value;
} atc_ica_ihttppara_test;
#define ATC_ICA_IHTTPPARA_TEST_INIT_ZERO {{NULL, 0}, {NULL, 0}}
#define ATC_ICA_IHTTPPARA_TEST_MAX_LEN (17u + 2u * ATC_MAX_LINE)
ATC_API atc_err atc_ica_encode_ihttppara_test(const atc_ica_ihttppara_test *msg, char *buf, size_t cap, size_t *len);

/* response +IHTTPPARA:keepalive,timeout,authmode
 * spec line 663 */
typedef struct atc_ica_ihttppara_read {
    bool has_keepalive;
    int32_t keepalive; /* atc_ica_keepalive */
    bool has_timeout;
    int32_t timeout;
    bool has_authmode;
    int32_t authmode; /* atc_ica_authmode */
} atc_ica_ihttppara_read;
#define ATC_ICA_IHTTPPARA_READ_INIT_ZERO {false, 0, false, 0, false, 0}
#define ATC_ICA_IHTTPPARA_READ_MAX_LEN 64u
ATC_API atc_err atc_ica_encode_ihttppara_read(const atc_ica_ihttppara_read *msg, char *buf, size_t cap, size_t *len);

/* response +IHTTPAUTH:para_tag
 * spec line 678 */
typedef struct atc_ica_ihttpauth_test {
    uint8_t para_tag_count; /* 1..8 */
    atc_str para_tag[8];
} atc_ica_ihttpauth_test;
#define ATC_ICA_IHTTPAUTH_TEST_INIT_ZERO {0, {{NULL, 0}}}
#define ATC_ICA_IHTTPAUTH_TEST_MAX_LEN (16u + 1u * ATC_MAX_LINE)
ATC_API atc_err atc_ica_encode_ihttpauth_test(const atc_ica_ihttpauth_test *msg, char *buf, size_t cap, size_t *len);

/* response +IHTTPAUTH:para_value
 * spec line 679 */
typedef struct atc_ica_ihttpauth_read {
    uint8_t para_value_count; /* 1..8 */
    atc_str para_value[8];
} atc_ica_ihttpauth_read;
#define ATC_ICA_IHTTPAUTH_READ_INIT_ZERO {0, {{NULL, 0}}}
#define ATC_ICA_IHTTPAUTH_READ_MAX_LEN (16u + 1u * ATC_MAX_LINE)
ATC_API atc_err atc_ica_encode_ihttpauth_read(const atc_ica_ihttpauth_read *msg, char *buf, size_t cap, size_t *len);

/* response +IHTTPSEND:method,path,message
 * spec line 693 */
typedef struct atc_ica_ihttpsend_test {
    atc_str method;
    atc_str path;
    atc_str message;
} atc_ica_ihttpsend_test;
#define ATC_ICA_IHTTPSEND_TEST_INIT_ZERO {{NULL, 0}, {NULL, 0}, {NULL, 0}}
#define ATC_ICA_IHTTPSEND_TEST_MAX_LEN (18u + 3u * ATC_MAX_LINE)
ATC_API atc_err atc_ica_encode_ihttpsend_test(const atc_ica_ihttpsend_test *msg, char *buf, size_t cap, size_t *len);

/* response +IHTTPSEND:method,path,message
 * spec line 694 */
typedef struct atc_ica_ihttpsend_read {
    int32_t method; /* atc_ica_method */
    atc_str path;
    atc_str message;
} atc_ica_ihttpsend_read;
#define ATC_ICA_IHTTPSEND_READ_INIT_ZERO {0, {NULL, 0}, {NULL, 0}}
#define ATC_ICA_IHTTPSEND_READ_MAX_LEN (19u + 2u * ATC_MAX_LINE)
ATC_API atc_err atc_ica_encode_ihttpsend_read(const atc_ica_ihttpsend_read *msg, char *buf, size_t cap, size_t *len);

/* response +IHTTPSENDREQ:method,path,message,format,fragment_id
 * spec line 719 */
typedef struct atc_ica_ihttpsendreq_test {
    atc_str method;
    atc_str path;
    atc_str message;
    atc_str format;
    atc_str fragment_id;
} atc_ica_ihttpsendreq_test;
#define ATC_ICA_IHTTPSENDREQ_TEST_INIT_ZERO {{NULL, 0}, {NULL, 0}, {NULL, 0}, {NULL, 0}, {NULL, 0}}
#define ATC_ICA_IHTTPSENDREQ_TEST_MAX_LEN (23u + 5u * ATC_MAX_LINE)
ATC_API atc_err atc_ica_encode_ihttpsendreq_test(const atc_ica_ihttpsendreq_test *msg, char *buf, size_t cap, size_t *len);

/* response +IHTTPSENDREQ:method,path,message,format,fragment_id
 * spec line 720 */
typedef struct atc_ica_ihttpsendreq_read {
    int32_t method; /* atc_ica_method */
    atc_str path;
    atc_str message;
    bool has_format;
    int32_t format; /* atc_ica_format */
    bool has_fragment_id;
    int32_t fragment_id;
} atc_ica_ihttpsendreq_read;
#define ATC_ICA_IHTTPSENDREQ_READ_INIT_ZERO {0, {NULL, 0}, {NULL, 0}, false, 0, false, 0}
#define ATC_ICA_IHTTPSENDREQ_READ_MAX_LEN (36u + 2u * ATC_MAX_LINE)
ATC_API atc_err atc_ica_encode_ihttpsendreq_read(const atc_ica_ihttpsendreq_read *msg, char *buf, size_t cap, size_t *len);

/* response +IHTTPSENDREQ:packet_token
 * spec line 721: Token of the request; only after the last fragment */
typedef struct atc_ica_ihttpsendreq_set {
    int32_t packet_token;
} atc_ica_ihttpsendreq_set;
#define ATC_ICA_IHTTPSENDREQ_SET_INIT_ZERO {0}
#define ATC_ICA_IHTTPSENDREQ_SET_MAX_LEN 30u
ATC_API atc_err atc_ica_encode_ihttpsendreq_set(const atc_ica_ihttpsendreq_set *msg, char *buf, size_t cap, size_t *len);

/* response +IHTTPSENDBIN:method,path,msg_len
 * spec line 738 */
typedef struct atc_ica_ihttpsendbin_test {
    atc_str method;
    atc_str path;
    atc_str msg_len;
} atc_ica_ihttpsendbin_test;
#define ATC_ICA_IHTTPSENDBIN_TEST_INIT_ZERO {{NULL, 0}, {NULL, 0}, {NULL, 0}}
#define ATC_ICA_IHTTPSENDBIN_TEST_MAX_LEN (21u + 3u * ATC_MAX_LINE)
ATC_API atc_err atc_ica_encode_ihttpsendbin_test(const atc_ica_ihttpsendbin_test *msg, char *buf, size_t cap, size_t *len);

/* response +IHTTPSENDBIN:method,path,msg_len
 * spec line 739: The last binary request sent; its bytes follow the OK */
typedef struct atc_ica_ihttpsendbin_read {
    int32_t method; /* atc_ica_method */
    atc_str path;
    int32_t msg_len;
} atc_ica_ihttpsendbin_read;
#define ATC_ICA_IHTTPSENDBIN_READ_INIT_ZERO {0, {NULL, 0}, 0}
#define ATC_ICA_IHTTPSENDBIN_READ_MAX_LEN (27u + 1u * ATC_MAX_LINE)
ATC_API atc_err atc_ica_encode_ihttpsendbin_read(const atc_ica_ihttpsendbin_read *msg, char *buf, size_t cap, size_t *len);

/* response +IHTTPSENDBIN:packet_token
 * spec line 741: After the data; token of the request */
typedef struct atc_ica_ihttpsendbin_set {
    int32_t packet_token;
} atc_ica_ihttpsendbin_set;
#define ATC_ICA_IHTTPSENDBIN_SET_INIT_ZERO {0}
#define ATC_ICA_IHTTPSENDBIN_SET_MAX_LEN 30u
ATC_API atc_err atc_ica_encode_ihttpsendbin_set(const atc_ica_ihttpsendbin_set *msg, char *buf, size_t cap, size_t *len);

/* response +IHTTPRCVRSP:packet_token,status,path,msg_len,message,format,fragment_id
 * spec line 760 */
typedef struct atc_ica_ihttprcvrsp_read {
    int32_t packet_token;
    int32_t status; /* atc_ica_status */
    bool has_path;
    atc_str path;
    bool has_msg_len;
    int32_t msg_len;
    bool has_message;
    atc_str message;
    bool has_format;
    int32_t format; /* atc_ica_format */
    bool has_fragment_id;
    int32_t fragment_id;
} atc_ica_ihttprcvrsp_read;
#define ATC_ICA_IHTTPRCVRSP_READ_INIT_ZERO {0, 0, false, {NULL, 0}, false, 0, false, {NULL, 0}, false, 0, false, 0}
#define ATC_ICA_IHTTPRCVRSP_READ_MAX_LEN (55u + 2u * ATC_MAX_LINE)
ATC_API atc_err atc_ica_encode_ihttprcvrsp_read(const atc_ica_ihttprcvrsp_read *msg, char *buf, size_t cap, size_t *len);

/* response +IHTTPRCVBIN:packet_token,status,path,msg_len
 * spec line 783 */
typedef struct atc_ica_ihttprcvbin_read {
    int32_t packet_token;
    int32_t status; /* atc_ica_status */
    bool has_path;
    atc_str path;
    bool has_msg_len;
    int32_t msg_len;
} atc_ica_ihttprcvbin_read;
#define ATC_ICA_IHTTPRCVBIN_READ_INIT_ZERO {0, 0, false, {NULL, 0}, false, 0}
#define ATC_ICA_IHTTPRCVBIN_READ_MAX_LEN (40u + 1u * ATC_MAX_LINE)
ATC_API atc_err atc_ica_encode_ihttprcvbin_read(const atc_ica_ihttprcvbin_read *msg, char *buf, size_t cap, size_t *len);

/* response +IOTAPARA:para_tag,para_value
 * spec line 838 */
typedef struct atc_ica_iotapara_test {
    atc_str para_tag;
    atc_str para_value;
} atc_ica_iotapara_test;
#define ATC_ICA_IOTAPARA_TEST_INIT_ZERO {{NULL, 0}, {NULL, 0}}
#define ATC_ICA_IOTAPARA_TEST_MAX_LEN (16u + 2u * ATC_MAX_LINE)
ATC_API atc_err atc_ica_encode_iotapara_test(const atc_ica_iotapara_test *msg, char *buf, size_t cap, size_t *len);

/* response +IOTAPARA:duration,blocksize
 * spec line 839 */
typedef struct atc_ica_iotapara_read {
    bool has_duration;
    int32_t duration;
    bool has_blocksize;
    int32_t blocksize;
} atc_ica_iotapara_read;
#define ATC_ICA_IOTAPARA_READ_INIT_ZERO {false, 0, false, 0}
#define ATC_ICA_IOTAPARA_READ_MAX_LEN 61u
ATC_API atc_err atc_ica_encode_iotapara_read(const atc_ica_iotapara_read *msg, char *buf, size_t cap, size_t *len);

/* response +IOTAVER:version
 * spec line 851 */
typedef struct atc_ica_iotaver_test {
    atc_str version;
} atc_ica_iotaver_test;
#define ATC_ICA_IOTAVER_TEST_INIT_ZERO {{NULL, 0}}
#define ATC_ICA_IOTAVER_TEST_MAX_LEN (14u + 1u * ATC_MAX_LINE)
ATC_API atc_err atc_ica_encode_iotaver_test(const atc_ica_iotaver_test *msg, char *buf, size_t cap, size_t *len);

/* response +IOTAVER:version
 * spec line 852 */
typedef struct atc_ica_iotaver_read {
    atc_str version;
} atc_ica_iotaver_read;
#define ATC_ICA_IOTAVER_READ_INIT_ZERO {{NULL, 0}}
#define ATC_ICA_IOTAVER_READ_MAX_LEN (14u + 1u * ATC_MAX_LINE)
ATC_API atc_err atc_ica_encode_iotaver_read(const atc_ica_iotaver_read *msg, char *buf, size_t cap, size_t *len);

/* response +IOTANEWVER:version,img_size,checksum
 * spec line 866 */
typedef struct atc_ica_iotanewver_read {
    atc_str version;
    int32_t img_size;
    atc_str checksum;
} atc_ica_iotanewver_read;
#define ATC_ICA_IOTANEWVER_READ_INIT_ZERO {{NULL, 0}, 0, {NULL, 0}}
#define ATC_ICA_IOTANEWVER_READ_MAX_LEN (30u + 2u * ATC_MAX_LINE)
ATC_API atc_err atc_ica_encode_iotanewver_read(const atc_ica_iotanewver_read *msg, char *buf, size_t cap, size_t *len);

/* response +IOTAPGS:progress,desc
 * spec line 878 */
typedef struct atc_ica_iotapgs_test {
    atc_str progress;
    atc_str desc;
} atc_ica_iotapgs_test;
#define ATC_ICA_IOTAPGS_TEST_INIT_ZERO {{NULL, 0}, {NULL, 0}}
#define ATC_ICA_IOTAPGS_TEST_MAX_LEN (15u + 2u * ATC_MAX_LINE)
ATC_API atc_err atc_ica_encode_iotapgs_test(const atc_ica_iotapgs_test *msg, char *buf, size_t cap, size_t *len);

/* response +IOTABLOCK: message
 * spec line 891: One block of the new firmware; several lines may come before the OK (line 896) */
typedef struct atc_ica_iotablock {
    atc_str message;
} atc_ica_iotablock;
#define ATC_ICA_IOTABLOCK_INIT_ZERO {{NULL, 0}}
#define ATC_ICA_IOTABLOCK_MAX_LEN (17u + 1u * ATC_MAX_LINE)
ATC_API atc_err atc_ica_encode_iotablock(const atc_ica_iotablock *msg, char *buf, size_t cap, size_t *len);

/* response +ILOGLVL:level
 * spec line 928 */
typedef struct atc_ica_iloglvl_test {
    atc_str level;
} atc_ica_iloglvl_test;
#define ATC_ICA_ILOGLVL_TEST_INIT_ZERO {{NULL, 0}}
#define ATC_ICA_ILOGLVL_TEST_MAX_LEN (14u + 1u * ATC_MAX_LINE)
ATC_API atc_err atc_ica_encode_iloglvl_test(const atc_ica_iloglvl_test *msg, char *buf, size_t cap, size_t *len);

/* response +ILOGLVL:level
 * spec line 929 */
typedef struct atc_ica_iloglvl_read {
    int32_t level;
} atc_ica_iloglvl_read;
#define ATC_ICA_ILOGLVL_READ_INIT_ZERO {0}
#define ATC_ICA_ILOGLVL_READ_MAX_LEN 15u
ATC_API atc_err atc_ica_encode_iloglvl_read(const atc_ica_iloglvl_read *msg, char *buf, size_t cap, size_t *len);

/* response text
 * spec line 969: Manufacturer identification (bare text line, 27.007) */
typedef struct atc_ica_cgmi {
    atc_str text;
} atc_ica_cgmi;
#define ATC_ICA_CGMI_INIT_ZERO {{NULL, 0}}
#define ATC_ICA_CGMI_MAX_LEN (5u + 1u * ATC_MAX_LINE)
ATC_API atc_err atc_ica_encode_cgmi(const atc_ica_cgmi *msg, char *buf, size_t cap, size_t *len);

/* response text
 * spec line 970: Model identification (bare text line, 27.007) */
typedef struct atc_ica_cgmm {
    atc_str text;
} atc_ica_cgmm;
#define ATC_ICA_CGMM_INIT_ZERO {{NULL, 0}}
#define ATC_ICA_CGMM_MAX_LEN (5u + 1u * ATC_MAX_LINE)
ATC_API atc_err atc_ica_encode_cgmm(const atc_ica_cgmm *msg, char *buf, size_t cap, size_t *len);

/* response text
 * spec line 971: Firmware revision (bare text line, 27.007) */
typedef struct atc_ica_cgmr {
    atc_str text;
} atc_ica_cgmr;
#define ATC_ICA_CGMR_INIT_ZERO {{NULL, 0}}
#define ATC_ICA_CGMR_MAX_LEN (5u + 1u * ATC_MAX_LINE)
ATC_API atc_err atc_ica_encode_cgmr(const atc_ica_cgmr *msg, char *buf, size_t cap, size_t *len);

/* urc +IMQTTAUTH: (variant "OK")
 * spec line 251: Authentication succeeded */
typedef struct atc_ica_imqttauth_ok {
    char dummy_field; /* no fields */
} atc_ica_imqttauth_ok;
#define ATC_ICA_IMQTTAUTH_OK_INIT_ZERO {0}
#define ATC_ICA_IMQTTAUTH_OK_MAX_LEN 18u
ATC_API atc_err atc_ica_encode_imqttauth_ok(const atc_ica_imqttauth_ok *msg, char *buf, size_t cap, size_t *len);

/* urc +IMQTTAUTH: (variant "FAIL")
 * spec line 251: Authentication failed */
typedef struct atc_ica_imqttauth_fail {
    char dummy_field; /* no fields */
} atc_ica_imqttauth_fail;
#define ATC_ICA_IMQTTAUTH_FAIL_INIT_ZERO {0}
#define ATC_ICA_IMQTTAUTH_FAIL_MAX_LEN 20u
ATC_API atc_err atc_ica_encode_imqttauth_fail(const atc_ica_imqttauth_fail *msg, char *buf, size_t cap, size_t *len);

/* urc +IMQTTPUB:packet_id,status
 * spec line 300: Result of a publish */
typedef struct atc_ica_imqttpub {
    int32_t packet_id;
    int32_t status; /* atc_ica_imqttpub_status */
} atc_ica_imqttpub;
#define ATC_ICA_IMQTTPUB_INIT_ZERO {0, 0}
#define ATC_ICA_IMQTTPUB_MAX_LEN 28u
ATC_API atc_err atc_ica_encode_imqttpub(const atc_ica_imqttpub *msg, char *buf, size_t cap, size_t *len);

/* urc +IMQTTPUBIN:packet_id,status
 * spec line 319: Result of a binary publish */
typedef struct atc_ica_imqttpubin {
    int32_t packet_id;
    int32_t status; /* atc_ica_imqttpub_status */
} atc_ica_imqttpubin;
#define ATC_ICA_IMQTTPUBIN_INIT_ZERO {0, 0}
#define ATC_ICA_IMQTTPUBIN_MAX_LEN 30u
ATC_API atc_err atc_ica_encode_imqttpubin(const atc_ica_imqttpubin *msg, char *buf, size_t cap, size_t *len);

/* urc +IMQTTSUB:packet_id,status
 * spec line 336: Result of a subscription */
typedef struct atc_ica_imqttsub {
    int32_t packet_id;
    int32_t status; /* atc_ica_imqttsub_status */
} atc_ica_imqttsub;
#define ATC_ICA_IMQTTSUB_INIT_ZERO {0, 0}
#define ATC_ICA_IMQTTSUB_MAX_LEN 30u
ATC_API atc_err atc_ica_encode_imqttsub(const atc_ica_imqttsub *msg, char *buf, size_t cap, size_t *len);

/* urc +IMQTTUNSUB:packet_id,status
 * spec line 354: Result of an unsubscription */
typedef struct atc_ica_imqttunsub {
    int32_t packet_id;
    int32_t status; /* atc_ica_imqttpub_status */
} atc_ica_imqttunsub;
#define ATC_ICA_IMQTTUNSUB_INIT_ZERO {0, 0}
#define ATC_ICA_IMQTTUNSUB_MAX_LEN 30u
ATC_API atc_err atc_ica_encode_imqttunsub(const atc_ica_imqttunsub *msg, char *buf, size_t cap, size_t *len);

/* urc +IMQTTRCVPUB:packet_id,topic,msg_len,message,format,fragment_id
 * spec line 372: A received publish message; an OK line follows */
typedef struct atc_ica_imqttrcvpub {
    int32_t packet_id;
    atc_str topic;
    int32_t msg_len;
    atc_str message;
    bool has_format;
    int32_t format; /* atc_ica_format */
    bool has_fragment_id;
    int32_t fragment_id;
} atc_ica_imqttrcvpub;
#define ATC_ICA_IMQTTRCVPUB_INIT_ZERO {0, {NULL, 0}, 0, {NULL, 0}, false, 0, false, 0}
#define ATC_ICA_IMQTTRCVPUB_MAX_LEN (51u + 2u * ATC_MAX_LINE)
ATC_API atc_err atc_ica_encode_imqttrcvpub(const atc_ica_imqttrcvpub *msg, char *buf, size_t cap, size_t *len);

/* urc +IMQTTRCVPUBIN:packet_id,topic,msg_len
 * spec line 386: A received binary publish message; an OK line follows, then <msg_len> raw bytes */
typedef struct atc_ica_imqttrcvpubin {
    int32_t packet_id;
    atc_str topic;
    int32_t msg_len;
} atc_ica_imqttrcvpubin;
#define ATC_ICA_IMQTTRCVPUBIN_INIT_ZERO {0, {NULL, 0}, 0}
#define ATC_ICA_IMQTTRCVPUBIN_MAX_LEN (38u + 1u * ATC_MAX_LINE)
ATC_API atc_err atc_ica_encode_imqttrcvpubin(const atc_ica_imqttrcvpubin *msg, char *buf, size_t cap, size_t *len);

/* urc +IMQTTSTATE:state
 * spec line 398: The MQTT connection state changed; an OK line follows */
typedef struct atc_ica_imqttstate {
    int32_t state; /* atc_ica_state */
} atc_ica_imqttstate;
#define ATC_ICA_IMQTTSTATE_INIT_ZERO {0}
#define ATC_ICA_IMQTTSTATE_MAX_LEN 18u
ATC_API atc_err atc_ica_encode_imqttstate(const atc_ica_imqttstate *msg, char *buf, size_t cap, size_t *len);

/* urc +IMQTTPINGRSP
 * spec line 440: A ping response was received (only with AT+IMQTTDBGPARA="PINGRSP",1); an OK line follows */
typedef struct atc_ica_imqttpingrsp {
    char dummy_field; /* no fields */
} atc_ica_imqttpingrsp;
#define ATC_ICA_IMQTTPINGRSP_INIT_ZERO {0}
#define ATC_ICA_IMQTTPINGRSP_MAX_LEN 17u
ATC_API atc_err atc_ica_encode_imqttpingrsp(const atc_ica_imqttpingrsp *msg, char *buf, size_t cap, size_t *len);

/* urc +ICOAPAUTH: (variant "OK")
 * spec line 501: Authentication succeeded */
typedef struct atc_ica_icoapauth_ok {
    char dummy_field; /* no fields */
} atc_ica_icoapauth_ok;
#define ATC_ICA_ICOAPAUTH_OK_INIT_ZERO {0}
#define ATC_ICA_ICOAPAUTH_OK_MAX_LEN 18u
ATC_API atc_err atc_ica_encode_icoapauth_ok(const atc_ica_icoapauth_ok *msg, char *buf, size_t cap, size_t *len);

/* urc +ICOAPAUTH: (variant "FAIL")
 * spec line 501: Authentication failed */
typedef struct atc_ica_icoapauth_fail {
    char dummy_field; /* no fields */
} atc_ica_icoapauth_fail;
#define ATC_ICA_ICOAPAUTH_FAIL_INIT_ZERO {0}
#define ATC_ICA_ICOAPAUTH_FAIL_MAX_LEN 20u
ATC_API atc_err atc_ica_encode_icoapauth_fail(const atc_ica_icoapauth_fail *msg, char *buf, size_t cap, size_t *len);

/* urc +ICOAPSENDREQ:packet_token,status
 * spec line 516: Result of a confirmable request */
typedef struct atc_ica_icoapsendreq {
    int32_t packet_token;
    int32_t status; /* atc_ica_imqttpub_status */
} atc_ica_icoapsendreq;
#define ATC_ICA_ICOAPSENDREQ_INIT_ZERO {0, 0}
#define ATC_ICA_ICOAPSENDREQ_MAX_LEN 32u
ATC_API atc_err atc_ica_encode_icoapsendreq(const atc_ica_icoapsendreq *msg, char *buf, size_t cap, size_t *len);

/* urc +ICOAPSENDBIN:packet_token,status
 * spec line 539: Result of a binary confirmable request */
typedef struct atc_ica_icoapsendbin {
    int32_t packet_token;
    int32_t status; /* atc_ica_imqttpub_status */
} atc_ica_icoapsendbin;
#define ATC_ICA_ICOAPSENDBIN_INIT_ZERO {0, 0}
#define ATC_ICA_ICOAPSENDBIN_MAX_LEN 32u
ATC_API atc_err atc_ica_encode_icoapsendbin(const atc_ica_icoapsendbin *msg, char *buf, size_t cap, size_t *len);

/* urc +ICOAPRCVRSP:packet_token,path,msg_len,message,format,fragment_id
 * spec line 600: A received CoAP response; an OK line follows */
typedef struct atc_ica_icoaprcvrsp {
    int32_t packet_token;
    bool has_path;
    atc_str path;
    int32_t msg_len;
    atc_str message;
    bool has_format;
    int32_t format; /* atc_ica_format */
    bool has_fragment_id;
    int32_t fragment_id;
} atc_ica_icoaprcvrsp;
#define ATC_ICA_ICOAPRCVRSP_INIT_ZERO {0, false, {NULL, 0}, 0, {NULL, 0}, false, 0, false, 0}
#define ATC_ICA_ICOAPRCVRSP_MAX_LEN (51u + 2u * ATC_MAX_LINE)
ATC_API atc_err atc_ica_encode_icoaprcvrsp(const atc_ica_icoaprcvrsp *msg, char *buf, size_t cap, size_t *len);

/* urc +ICOAPRCVBIN:packet_token,path,msg_len
 * spec line 615: A received binary CoAP response; an OK line follows, then <msg_len> raw bytes */
typedef struct atc_ica_icoaprcvbin {
    int32_t packet_token;
    bool has_path;
    atc_str path;
    int32_t msg_len;
} atc_ica_icoaprcvbin;
#define ATC_ICA_ICOAPRCVBIN_INIT_ZERO {0, false, {NULL, 0}, 0}
#define ATC_ICA_ICOAPRCVBIN_MAX_LEN (36u + 1u * ATC_MAX_LINE)
ATC_API atc_err atc_ica_encode_icoaprcvbin(const atc_ica_icoaprcvbin *msg, char *buf, size_t cap, size_t *len);

/* urc +IHTTPAUTH: (variant "OK")
 * spec line 682: Authentication succeeded */
typedef struct atc_ica_ihttpauth_ok {
    char dummy_field; /* no fields */
} atc_ica_ihttpauth_ok;
#define ATC_ICA_IHTTPAUTH_OK_INIT_ZERO {0}
#define ATC_ICA_IHTTPAUTH_OK_MAX_LEN 18u
ATC_API atc_err atc_ica_encode_ihttpauth_ok(const atc_ica_ihttpauth_ok *msg, char *buf, size_t cap, size_t *len);

/* urc +IHTTPAUTH: (variant "FAIL")
 * spec line 682: Authentication failed */
typedef struct atc_ica_ihttpauth_fail {
    char dummy_field; /* no fields */
} atc_ica_ihttpauth_fail;
#define ATC_ICA_IHTTPAUTH_FAIL_INIT_ZERO {0}
#define ATC_ICA_IHTTPAUTH_FAIL_MAX_LEN 20u
ATC_API atc_err atc_ica_encode_ihttpauth_fail(const atc_ica_ihttpauth_fail *msg, char *buf, size_t cap, size_t *len);

/* urc +IHTTPSEND:status,resp_len,response
 * spec line 695: The response to AT+IHTTPSEND */
typedef struct atc_ica_ihttpsend {
    int32_t status; /* atc_ica_status */
    bool has_resp_len;
    int32_t resp_len;
    bool has_response;
    atc_str response;
} atc_ica_ihttpsend;
#define ATC_ICA_IHTTPSEND_INIT_ZERO {0, false, 0, false, {NULL, 0}}
#define ATC_ICA_IHTTPSEND_MAX_LEN (32u + 1u * ATC_MAX_LINE)
ATC_API atc_err atc_ica_encode_ihttpsend(const atc_ica_ihttpsend *msg, char *buf, size_t cap, size_t *len);

/* urc +IHTTPRCVRSP:packet_token,status,path,msg_len,message,format,fragment_id
 * spec line 761: A received HTTP response; an OK line follows */
typedef struct atc_ica_ihttprcvrsp {
    int32_t packet_token;
    int32_t status; /* atc_ica_status */
    bool has_path;
    atc_str path;
    bool has_msg_len;
    int32_t msg_len;
    bool has_message;
    atc_str message;
    bool has_format;
    int32_t format; /* atc_ica_format */
    bool has_fragment_id;
    int32_t fragment_id;
} atc_ica_ihttprcvrsp;
#define ATC_ICA_IHTTPRCVRSP_INIT_ZERO {0, 0, false, {NULL, 0}, false, 0, false, {NULL, 0}, false, 0, false, 0}
#define ATC_ICA_IHTTPRCVRSP_MAX_LEN (55u + 2u * ATC_MAX_LINE)
ATC_API atc_err atc_ica_encode_ihttprcvrsp(const atc_ica_ihttprcvrsp *msg, char *buf, size_t cap, size_t *len);

/* urc +IHTTPRCVBIN:packet_token,status,path,msg_len
 * spec line 784: A received binary HTTP response; an OK line follows, then <msg_len> raw bytes */
typedef struct atc_ica_ihttprcvbin {
    int32_t packet_token;
    int32_t status; /* atc_ica_status */
    bool has_path;
    atc_str path;
    bool has_msg_len;
    int32_t msg_len;
} atc_ica_ihttprcvbin;
#define ATC_ICA_IHTTPRCVBIN_INIT_ZERO {0, 0, false, {NULL, 0}, false, 0}
#define ATC_ICA_IHTTPRCVBIN_MAX_LEN (40u + 1u * ATC_MAX_LINE)
ATC_API atc_err atc_ica_encode_ihttprcvbin(const atc_ica_ihttprcvbin *msg, char *buf, size_t cap, size_t *len);

/* urc +IOTANEWVER:version,img_size,checksum
 * spec line 867: A new firmware version is available; an OK line follows */
typedef struct atc_ica_iotanewver {
    atc_str version;
    int32_t img_size;
    atc_str checksum;
} atc_ica_iotanewver;
#define ATC_ICA_IOTANEWVER_INIT_ZERO {{NULL, 0}, 0, {NULL, 0}}
#define ATC_ICA_IOTANEWVER_MAX_LEN (30u + 2u * ATC_MAX_LINE)
ATC_API atc_err atc_ica_encode_iotanewver(const atc_ica_iotanewver *msg, char *buf, size_t cap, size_t *len);

#ifdef __cplusplus
}
#endif

#endif /* ATC_ICA_PROFILE_H */

#endif /* ATC_ICA_SINGLE_H */

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

#ifndef ATC_ICA_IMPLEMENTED
#define ATC_ICA_IMPLEMENTED


/* Generated by atc from spec/ica.yaml: message tables, encoders and the line machine.
 * Do not edit: change the spec and run `make generate`. `ragel -T0 -L` turns this file into
 * generated/ica.c. */
/* (amalgamated: ica.h) */
#include <stddef.h>

#if defined(__cplusplus)
#define ATC__ICA_CHECK(name, cond) static_assert(cond, #name)
#else
#define ATC__ICA_CHECK(name, cond) typedef char atc__ica_check_##name[(cond) ? 1 : -1]
#endif

/* ---- Field tables ---- */
ATC__ICA_CHECK(ok_fits, sizeof(atc_ica_ok) <= ATC_MSG_BUF);
ATC__ICA_CHECK(error_fits, sizeof(atc_ica_error) <= ATC_MSG_BUF);
static const atc_field_desc atc__ica_cme_error_fields[] = {
    { "err", ATC_T_INT, 0, offsetof(atc_ica_cme_error, err), 0, 0, 0, 0, NULL, NULL, 0, -1, 0, NULL, NULL, 0, 0 },
};
static const uint32_t atc__ica_cme_error_shapes[] = {0x1u};
ATC__ICA_CHECK(cme_error_fits, sizeof(atc_ica_cme_error) <= ATC_MSG_BUF);
ATC__ICA_CHECK(prompt_fits, sizeof(atc_ica_prompt) <= ATC_MSG_BUF);
ATC__ICA_CHECK(at_imqttmode_test_fits, sizeof(atc_ica_at_imqttmode_test) <= ATC_MSG_BUF);
ATC__ICA_CHECK(at_imqttmode_read_fits, sizeof(atc_ica_at_imqttmode_read) <= ATC_MSG_BUF);
static const int32_t atc__ica_at_imqttmode_set_0_ranges[] = {0, 0, 1, 1};
static const atc_field_desc atc__ica_at_imqttmode_set_fields[] = {
    { "mode", ATC_T_INT, 0, offsetof(atc_ica_at_imqttmode_set, mode), 0, 0, 2, 0, atc__ica_at_imqttmode_set_0_ranges, NULL, 0, -1, 0, NULL, NULL, 0, 0 },
};
static const uint32_t atc__ica_at_imqttmode_set_shapes[] = {0x1u};
ATC__ICA_CHECK(at_imqttmode_set_fits, sizeof(atc_ica_at_imqttmode_set) <= ATC_MSG_BUF);
ATC__ICA_CHECK(at_imqttopen_test_fits, sizeof(atc_ica_at_imqttopen_test) <= ATC_MSG_BUF);
ATC__ICA_CHECK(at_imqttopen_read_fits, sizeof(atc_ica_at_imqttopen_read) <= ATC_MSG_BUF);
static const int32_t atc__ica_at_imqttopen_set_1_ranges[] = {0, 65535};
static const atc_field_desc atc__ica_at_imqttopen_set_fields[] = {
    { "hostname", ATC_T_STRING, 0, offsetof(atc_ica_at_imqttopen_set, hostname), 0, 0, 0, 0, NULL, NULL, 0, -1, 0, NULL, NULL, 0, 0 },
    { "port", ATC_T_INT, 0, offsetof(atc_ica_at_imqttopen_set, port), 0, 0, 1, 0, atc__ica_at_imqttopen_set_1_ranges, NULL, 0, -1, 0, NULL, NULL, 0, 0 },
};
static const uint32_t atc__ica_at_imqttopen_set_shapes[] = {0x3u};
ATC__ICA_CHECK(at_imqttopen_set_fits, sizeof(atc_ica_at_imqttopen_set) <= ATC_MSG_BUF);
ATC__ICA_CHECK(at_imqttauth_test_fits, sizeof(atc_ica_at_imqttauth_test) <= ATC_MSG_BUF);
ATC__ICA_CHECK(at_imqttauth_read_fits, sizeof(atc_ica_at_imqttauth_read) <= ATC_MSG_BUF);
static const atc_field_desc atc__ica_at_imqttauth_set_fields[] = {
    { "para_value", ATC_T_STRING, ATC_F_LIST, offsetof(atc_ica_at_imqttauth_set, para_value), 0, 0, 0, 0, NULL, NULL, 0, -1, 0, NULL, NULL, 8, offsetof(atc_ica_at_imqttauth_set, para_value_count) },
};
static const uint32_t atc__ica_at_imqttauth_set_shapes[] = {0x1u};
ATC__ICA_CHECK(at_imqttauth_set_fits, sizeof(atc_ica_at_imqttauth_set) <= ATC_MSG_BUF);
ATC__ICA_CHECK(at_imqttpara_test_fits, sizeof(atc_ica_at_imqttpara_test) <= ATC_MSG_BUF);
ATC__ICA_CHECK(at_imqttpara_read_fits, sizeof(atc_ica_at_imqttpara_read) <= ATC_MSG_BUF);
static const char *const atc__ica_at_imqttpara_set_0_values[] = {"\"TIMEOUT\""};
static const char *const atc__ica_at_imqttpara_set_2_values[] = {"\"CLEAN\""};
static const int32_t atc__ica_at_imqttpara_set_3_ranges[] = {0, 0, 1, 1};
static const char *const atc__ica_at_imqttpara_set_4_values[] = {"\"KEEPALIVE\""};
static const int32_t atc__ica_at_imqttpara_set_5_ranges[] = {0, 65535};
static const char *const atc__ica_at_imqttpara_set_6_values[] = {"\"VERSION\""};
static const char *const atc__ica_at_imqttpara_set_7_values[] = {"3.1", "3.1.1"};
static const char *const atc__ica_at_imqttpara_set_8_values[] = {"\"AUTHMODE\""};
static const int32_t atc__ica_at_imqttpara_set_9_ranges[] = {0, 0, 1, 1};
static const atc_field_desc atc__ica_at_imqttpara_set_fields[] = {
    { "\"TIMEOUT\"", ATC_T_LITERAL, ATC_F_OPTIONAL, 0, 0, 0, 0, 1, NULL, atc__ica_at_imqttpara_set_0_values, 0, -1, 0, NULL, NULL, 0, 0 },
    { "timeout", ATC_T_INT, ATC_F_OPTIONAL, offsetof(atc_ica_at_imqttpara_set, timeout), offsetof(atc_ica_at_imqttpara_set, has_timeout), 0, 0, 0, NULL, NULL, 0, -1, 0, NULL, NULL, 0, 0 },
    { "\"CLEAN\"", ATC_T_LITERAL, ATC_F_OPTIONAL, 0, 0, 0, 0, 1, NULL, atc__ica_at_imqttpara_set_2_values, 0, -1, 0, NULL, NULL, 0, 0 },
    { "clean", ATC_T_INT, ATC_F_OPTIONAL, offsetof(atc_ica_at_imqttpara_set, clean), offsetof(atc_ica_at_imqttpara_set, has_clean), 0, 2, 0, atc__ica_at_imqttpara_set_3_ranges, NULL, 0, -1, 0, NULL, NULL, 0, 0 },
    { "\"KEEPALIVE\"", ATC_T_LITERAL, ATC_F_OPTIONAL, 0, 0, 0, 0, 1, NULL, atc__ica_at_imqttpara_set_4_values, 0, -1, 0, NULL, NULL, 0, 0 },
    { "keepalive", ATC_T_INT, ATC_F_OPTIONAL, offsetof(atc_ica_at_imqttpara_set, keepalive), offsetof(atc_ica_at_imqttpara_set, has_keepalive), 0, 1, 0, atc__ica_at_imqttpara_set_5_ranges, NULL, 0, -1, 0, NULL, NULL, 0, 0 },
    { "\"VERSION\"", ATC_T_LITERAL, ATC_F_OPTIONAL, 0, 0, 0, 0, 1, NULL, atc__ica_at_imqttpara_set_6_values, 0, -1, 0, NULL, NULL, 0, 0 },
    { "version", ATC_T_STRING, ATC_F_OPTIONAL, offsetof(atc_ica_at_imqttpara_set, version), offsetof(atc_ica_at_imqttpara_set, has_version), 0, 0, 2, NULL, atc__ica_at_imqttpara_set_7_values, 0, -1, 0, NULL, NULL, 0, 0 },
    { "\"AUTHMODE\"", ATC_T_LITERAL, ATC_F_OPTIONAL, 0, 0, 0, 0, 1, NULL, atc__ica_at_imqttpara_set_8_values, 0, -1, 0, NULL, NULL, 0, 0 },
    { "authmode", ATC_T_INT, ATC_F_OPTIONAL, offsetof(atc_ica_at_imqttpara_set, authmode), offsetof(atc_ica_at_imqttpara_set, has_authmode), 0, 2, 0, atc__ica_at_imqttpara_set_9_ranges, NULL, 0, -1, 0, NULL, NULL, 0, 0 },
};
static const uint32_t atc__ica_at_imqttpara_set_shapes[] = {0x0u};
ATC__ICA_CHECK(at_imqttpara_set_fits, sizeof(atc_ica_at_imqttpara_set) <= ATC_MSG_BUF);
ATC__ICA_CHECK(at_imqttconn_test_fits, sizeof(atc_ica_at_imqttconn_test) <= ATC_MSG_BUF);
ATC__ICA_CHECK(at_imqttconn_exec_fits, sizeof(atc_ica_at_imqttconn_exec) <= ATC_MSG_BUF);
ATC__ICA_CHECK(at_imqttpub_test_fits, sizeof(atc_ica_at_imqttpub_test) <= ATC_MSG_BUF);
ATC__ICA_CHECK(at_imqttpub_read_fits, sizeof(atc_ica_at_imqttpub_read) <= ATC_MSG_BUF);
static const int32_t atc__ica_at_imqttpub_set_1_ranges[] = {0, 2};
static const int32_t atc__ica_at_imqttpub_set_3_ranges[] = {0, 0, 1, 1};
static const atc_field_desc atc__ica_at_imqttpub_set_fields[] = {
    { "topic", ATC_T_STRING, 0, offsetof(atc_ica_at_imqttpub_set, topic), 0, 0, 0, 0, NULL, NULL, 0, -1, 0, NULL, NULL, 0, 0 },
    { "qos", ATC_T_INT, 0, offsetof(atc_ica_at_imqttpub_set, qos), 0, 0, 1, 0, atc__ica_at_imqttpub_set_1_ranges, NULL, 0, -1, 0, NULL, NULL, 0, 0 },
    { "message", ATC_T_STRING, 0, offsetof(atc_ica_at_imqttpub_set, message), 0, 0, 0, 0, NULL, NULL, 0, -1, 0, NULL, NULL, 0, 0 },
    { "format", ATC_T_INT, ATC_F_OPTIONAL, offsetof(atc_ica_at_imqttpub_set, format), offsetof(atc_ica_at_imqttpub_set, has_format), 0, 2, 0, atc__ica_at_imqttpub_set_3_ranges, NULL, 0, -1, 0, NULL, NULL, 0, 0 },
    { "fragment_id", ATC_T_INT, ATC_F_OPTIONAL, offsetof(atc_ica_at_imqttpub_set, fragment_id), offsetof(atc_ica_at_imqttpub_set, has_fragment_id), 0, 0, 0, NULL, NULL, 0, -1, 0, NULL, NULL, 0, 0 },
};
static const uint32_t atc__ica_at_imqttpub_set_shapes[] = {0x7u, 0xfu, 0x1fu};
ATC__ICA_CHECK(at_imqttpub_set_fits, sizeof(atc_ica_at_imqttpub_set) <= ATC_MSG_BUF);
ATC__ICA_CHECK(at_imqttpubin_test_fits, sizeof(atc_ica_at_imqttpubin_test) <= ATC_MSG_BUF);
ATC__ICA_CHECK(at_imqttpubin_read_fits, sizeof(atc_ica_at_imqttpubin_read) <= ATC_MSG_BUF);
static const int32_t atc__ica_at_imqttpubin_set_1_ranges[] = {0, 2};
static const int32_t atc__ica_at_imqttpubin_set_2_ranges[] = {0, 65535};
static const atc_field_desc atc__ica_at_imqttpubin_set_fields[] = {
    { "topic", ATC_T_STRING, 0, offsetof(atc_ica_at_imqttpubin_set, topic), 0, 0, 0, 0, NULL, NULL, 0, -1, 0, NULL, NULL, 0, 0 },
    { "qos", ATC_T_INT, 0, offsetof(atc_ica_at_imqttpubin_set, qos), 0, 0, 1, 0, atc__ica_at_imqttpubin_set_1_ranges, NULL, 0, -1, 0, NULL, NULL, 0, 0 },
    { "msg_len", ATC_T_INT, 0, offsetof(atc_ica_at_imqttpubin_set, msg_len), 0, 0, 1, 0, atc__ica_at_imqttpubin_set_2_ranges, NULL, 0, -1, 0, NULL, NULL, 0, 0 },
};
static const uint32_t atc__ica_at_imqttpubin_set_shapes[] = {0x7u};
static const atc_prompt_desc atc__ica_at_imqttpubin_set_prompt[] = {
    {2, 1, 0, 0, 0, -1, "+++", -1, 0},
    {-1, 0, 0, 0, 1, 2, NULL, -1, 0},
};
ATC__ICA_CHECK(at_imqttpubin_set_fits, sizeof(atc_ica_at_imqttpubin_set) <= ATC_MSG_BUF);
ATC__ICA_CHECK(at_imqttsub_test_fits, sizeof(atc_ica_at_imqttsub_test) <= ATC_MSG_BUF);
ATC__ICA_CHECK(at_imqttsub_read_fits, sizeof(atc_ica_at_imqttsub_read) <= ATC_MSG_BUF);
static const int32_t atc__ica_at_imqttsub_set_1_ranges[] = {0, 2};
static const atc_field_desc atc__ica_at_imqttsub_set_fields[] = {
    { "topic", ATC_T_STRING, 0, offsetof(atc_ica_at_imqttsub_set, topic), 0, 0, 0, 0, NULL, NULL, 0, -1, 0, NULL, NULL, 0, 0 },
    { "qos", ATC_T_INT, 0, offsetof(atc_ica_at_imqttsub_set, qos), 0, 0, 1, 0, atc__ica_at_imqttsub_set_1_ranges, NULL, 0, -1, 0, NULL, NULL, 0, 0 },
};
static const uint32_t atc__ica_at_imqttsub_set_shapes[] = {0x3u};
ATC__ICA_CHECK(at_imqttsub_set_fits, sizeof(atc_ica_at_imqttsub_set) <= ATC_MSG_BUF);
ATC__ICA_CHECK(at_imqttunsub_test_fits, sizeof(atc_ica_at_imqttunsub_test) <= ATC_MSG_BUF);
ATC__ICA_CHECK(at_imqttunsub_read_fits, sizeof(atc_ica_at_imqttunsub_read) <= ATC_MSG_BUF);
static const atc_field_desc atc__ica_at_imqttunsub_set_fields[] = {
    { "topic", ATC_T_STRING, 0, offsetof(atc_ica_at_imqttunsub_set, topic), 0, 0, 0, 0, NULL, NULL, 0, -1, 0, NULL, NULL, 0, 0 },
};
static const uint32_t atc__ica_at_imqttunsub_set_shapes[] = {0x1u};
ATC__ICA_CHECK(at_imqttunsub_set_fits, sizeof(atc_ica_at_imqttunsub_set) <= ATC_MSG_BUF);
ATC__ICA_CHECK(at_imqttrcvpub_test_fits, sizeof(atc_ica_at_imqttrcvpub_test) <= ATC_MSG_BUF);
ATC__ICA_CHECK(at_imqttrcvpub_read_fits, sizeof(atc_ica_at_imqttrcvpub_read) <= ATC_MSG_BUF);
ATC__ICA_CHECK(at_imqttrcvpubin_test_fits, sizeof(atc_ica_at_imqttrcvpubin_test) <= ATC_MSG_BUF);
ATC__ICA_CHECK(at_imqttrcvpubin_read_fits, sizeof(atc_ica_at_imqttrcvpubin_read) <= ATC_MSG_BUF);
ATC__ICA_CHECK(at_imqttstate_test_fits, sizeof(atc_ica_at_imqttstate_test) <= ATC_MSG_BUF);
ATC__ICA_CHECK(at_imqttstate_read_fits, sizeof(atc_ica_at_imqttstate_read) <= ATC_MSG_BUF);
ATC__ICA_CHECK(at_imqttdisconn_test_fits, sizeof(atc_ica_at_imqttdisconn_test) <= ATC_MSG_BUF);
ATC__ICA_CHECK(at_imqttdisconn_exec_fits, sizeof(atc_ica_at_imqttdisconn_exec) <= ATC_MSG_BUF);
ATC__ICA_CHECK(at_imqttdbgpara_test_fits, sizeof(atc_ica_at_imqttdbgpara_test) <= ATC_MSG_BUF);
ATC__ICA_CHECK(at_imqttdbgpara_read_fits, sizeof(atc_ica_at_imqttdbgpara_read) <= ATC_MSG_BUF);
static const char *const atc__ica_at_imqttdbgpara_set_0_values[] = {"\"PINGRSP\""};
static const int32_t atc__ica_at_imqttdbgpara_set_1_ranges[] = {0, 0, 1, 1};
static const atc_field_desc atc__ica_at_imqttdbgpara_set_fields[] = {
    { "\"PINGRSP\"", ATC_T_LITERAL, ATC_F_OPTIONAL, 0, 0, 0, 0, 1, NULL, atc__ica_at_imqttdbgpara_set_0_values, 0, -1, 0, NULL, NULL, 0, 0 },
    { "pingrsp", ATC_T_INT, ATC_F_OPTIONAL, offsetof(atc_ica_at_imqttdbgpara_set, pingrsp), offsetof(atc_ica_at_imqttdbgpara_set, has_pingrsp), 0, 2, 0, atc__ica_at_imqttdbgpara_set_1_ranges, NULL, 0, -1, 0, NULL, NULL, 0, 0 },
};
static const uint32_t atc__ica_at_imqttdbgpara_set_shapes[] = {0x0u};
ATC__ICA_CHECK(at_imqttdbgpara_set_fits, sizeof(atc_ica_at_imqttdbgpara_set) <= ATC_MSG_BUF);
ATC__ICA_CHECK(at_imqttpingrsp_test_fits, sizeof(atc_ica_at_imqttpingrsp_test) <= ATC_MSG_BUF);
ATC__ICA_CHECK(at_icoappara_test_fits, sizeof(atc_ica_at_icoappara_test) <= ATC_MSG_BUF);
ATC__ICA_CHECK(at_icoappara_read_fits, sizeof(atc_ica_at_icoappara_read) <= ATC_MSG_BUF);
static const char *const atc__ica_at_icoappara_set_0_values[] = {"\"TIMEOUT\""};
static const atc_field_desc atc__ica_at_icoappara_set_fields[] = {
    { "\"TIMEOUT\"", ATC_T_LITERAL, ATC_F_OPTIONAL, 0, 0, 0, 0, 1, NULL, atc__ica_at_icoappara_set_0_values, 0, -1, 0, NULL, NULL, 0, 0 },
    { "timeout", ATC_T_INT, ATC_F_OPTIONAL, offsetof(atc_ica_at_icoappara_set, timeout), offsetof(atc_ica_at_icoappara_set, has_timeout), 0, 0, 0, NULL, NULL, 0, -1, 0, NULL, NULL, 0, 0 },
};
static const uint32_t atc__ica_at_icoappara_set_shapes[] = {0x0u};
ATC__ICA_CHECK(at_icoappara_set_fits, sizeof(atc_ica_at_icoappara_set) <= ATC_MSG_BUF);
ATC__ICA_CHECK(at_icoapopen_test_fits, sizeof(atc_ica_at_icoapopen_test) <= ATC_MSG_BUF);
ATC__ICA_CHECK(at_icoapopen_read_fits, sizeof(atc_ica_at_icoapopen_read) <= ATC_MSG_BUF);
static const int32_t atc__ica_at_icoapopen_set_1_ranges[] = {0, 65535};
static const atc_field_desc atc__ica_at_icoapopen_set_fields[] = {
    { "hostname", ATC_T_STRING, 0, offsetof(atc_ica_at_icoapopen_set, hostname), 0, 0, 0, 0, NULL, NULL, 0, -1, 0, NULL, NULL, 0, 0 },
    { "port", ATC_T_INT, 0, offsetof(atc_ica_at_icoapopen_set, port), 0, 0, 1, 0, atc__ica_at_icoapopen_set_1_ranges, NULL, 0, -1, 0, NULL, NULL, 0, 0 },
};
static const uint32_t atc__ica_at_icoapopen_set_shapes[] = {0x3u};
ATC__ICA_CHECK(at_icoapopen_set_fits, sizeof(atc_ica_at_icoapopen_set) <= ATC_MSG_BUF);
ATC__ICA_CHECK(at_icoapauth_test_fits, sizeof(atc_ica_at_icoapauth_test) <= ATC_MSG_BUF);
ATC__ICA_CHECK(at_icoapauth_read_fits, sizeof(atc_ica_at_icoapauth_read) <= ATC_MSG_BUF);
static const atc_field_desc atc__ica_at_icoapauth_set_fields[] = {
    { "para_value", ATC_T_STRING, ATC_F_LIST, offsetof(atc_ica_at_icoapauth_set, para_value), 0, 0, 0, 0, NULL, NULL, 0, -1, 0, NULL, NULL, 8, offsetof(atc_ica_at_icoapauth_set, para_value_count) },
};
static const uint32_t atc__ica_at_icoapauth_set_shapes[] = {0x1u};
ATC__ICA_CHECK(at_icoapauth_set_fits, sizeof(atc_ica_at_icoapauth_set) <= ATC_MSG_BUF);
ATC__ICA_CHECK(at_icoapsendreq_test_fits, sizeof(atc_ica_at_icoapsendreq_test) <= ATC_MSG_BUF);
ATC__ICA_CHECK(at_icoapsendreq_read_fits, sizeof(atc_ica_at_icoapsendreq_read) <= ATC_MSG_BUF);
static const int32_t atc__ica_at_icoapsendreq_set_0_ranges[] = {1, 1, 2, 2, 3, 3, 4, 4};
static const int32_t atc__ica_at_icoapsendreq_set_3_ranges[] = {0, 0, 1, 1};
static const atc_field_desc atc__ica_at_icoapsendreq_set_fields[] = {
    { "method", ATC_T_INT, 0, offsetof(atc_ica_at_icoapsendreq_set, method), 0, 0, 4, 0, atc__ica_at_icoapsendreq_set_0_ranges, NULL, 0, -1, 0, NULL, NULL, 0, 0 },
    { "path", ATC_T_STRING, 0, offsetof(atc_ica_at_icoapsendreq_set, path), 0, 0, 0, 0, NULL, NULL, 0, -1, 0, NULL, NULL, 0, 0 },
    { "message", ATC_T_STRING, 0, offsetof(atc_ica_at_icoapsendreq_set, message), 0, 0, 0, 0, NULL, NULL, 0, -1, 0, NULL, NULL, 0, 0 },
    { "format", ATC_T_INT, ATC_F_OPTIONAL, offsetof(atc_ica_at_icoapsendreq_set, format), offsetof(atc_ica_at_icoapsendreq_set, has_format), 0, 2, 0, atc__ica_at_icoapsendreq_set_3_ranges, NULL, 0, -1, 0, NULL, NULL, 0, 0 },
    { "fragment_id", ATC_T_INT, ATC_F_OPTIONAL, offsetof(atc_ica_at_icoapsendreq_set, fragment_id), offsetof(atc_ica_at_icoapsendreq_set, has_fragment_id), 0, 0, 0, NULL, NULL, 0, -1, 0, NULL, NULL, 0, 0 },
};
static const uint32_t atc__ica_at_icoapsendreq_set_shapes[] = {0x7u, 0xfu, 0x1fu};
ATC__ICA_CHECK(at_icoapsendreq_set_fits, sizeof(atc_ica_at_icoapsendreq_set) <= ATC_MSG_BUF);
ATC__ICA_CHECK(at_icoapsendbin_test_fits, sizeof(atc_ica_at_icoapsendbin_test) <= ATC_MSG_BUF);
ATC__ICA_CHECK(at_icoapsendbin_read_fits, sizeof(atc_ica_at_icoapsendbin_read) <= ATC_MSG_BUF);
static const int32_t atc__ica_at_icoapsendbin_set_0_ranges[] = {1, 1, 2, 2, 3, 3, 4, 4};
static const int32_t atc__ica_at_icoapsendbin_set_2_ranges[] = {0, 65535};
static const atc_field_desc atc__ica_at_icoapsendbin_set_fields[] = {
    { "method", ATC_T_INT, 0, offsetof(atc_ica_at_icoapsendbin_set, method), 0, 0, 4, 0, atc__ica_at_icoapsendbin_set_0_ranges, NULL, 0, -1, 0, NULL, NULL, 0, 0 },
    { "path", ATC_T_STRING, 0, offsetof(atc_ica_at_icoapsendbin_set, path), 0, 0, 0, 0, NULL, NULL, 0, -1, 0, NULL, NULL, 0, 0 },
    { "msg_len", ATC_T_INT, 0, offsetof(atc_ica_at_icoapsendbin_set, msg_len), 0, 0, 1, 0, atc__ica_at_icoapsendbin_set_2_ranges, NULL, 0, -1, 0, NULL, NULL, 0, 0 },
};
static const uint32_t atc__ica_at_icoapsendbin_set_shapes[] = {0x7u};
static const atc_prompt_desc atc__ica_at_icoapsendbin_set_prompt[] = {
    {2, 1, 0, 0, 0, -1, "+++", -1, 0},
    {-1, 0, 0, 0, 1, 2, NULL, -1, 0},
};
ATC__ICA_CHECK(at_icoapsendbin_set_fits, sizeof(atc_ica_at_icoapsendbin_set) <= ATC_MSG_BUF);
ATC__ICA_CHECK(at_icoapsendreqn_test_fits, sizeof(atc_ica_at_icoapsendreqn_test) <= ATC_MSG_BUF);
ATC__ICA_CHECK(at_icoapsendreqn_read_fits, sizeof(atc_ica_at_icoapsendreqn_read) <= ATC_MSG_BUF);
static const int32_t atc__ica_at_icoapsendreqn_set_0_ranges[] = {1, 1, 2, 2, 3, 3, 4, 4};
static const int32_t atc__ica_at_icoapsendreqn_set_3_ranges[] = {0, 0, 1, 1};
static const atc_field_desc atc__ica_at_icoapsendreqn_set_fields[] = {
    { "method", ATC_T_INT, 0, offsetof(atc_ica_at_icoapsendreqn_set, method), 0, 0, 4, 0, atc__ica_at_icoapsendreqn_set_0_ranges, NULL, 0, -1, 0, NULL, NULL, 0, 0 },
    { "path", ATC_T_STRING, 0, offsetof(atc_ica_at_icoapsendreqn_set, path), 0, 0, 0, 0, NULL, NULL, 0, -1, 0, NULL, NULL, 0, 0 },
    { "message", ATC_T_STRING, 0, offsetof(atc_ica_at_icoapsendreqn_set, message), 0, 0, 0, 0, NULL, NULL, 0, -1, 0, NULL, NULL, 0, 0 },
    { "format", ATC_T_INT, ATC_F_OPTIONAL, offsetof(atc_ica_at_icoapsendreqn_set, format), offsetof(atc_ica_at_icoapsendreqn_set, has_format), 0, 2, 0, atc__ica_at_icoapsendreqn_set_3_ranges, NULL, 0, -1, 0, NULL, NULL, 0, 0 },
    { "fragment_id", ATC_T_INT, ATC_F_OPTIONAL, offsetof(atc_ica_at_icoapsendreqn_set, fragment_id), offsetof(atc_ica_at_icoapsendreqn_set, has_fragment_id), 0, 0, 0, NULL, NULL, 0, -1, 0, NULL, NULL, 0, 0 },
};
static const uint32_t atc__ica_at_icoapsendreqn_set_shapes[] = {0x7u, 0xfu, 0x1fu};
ATC__ICA_CHECK(at_icoapsendreqn_set_fits, sizeof(atc_ica_at_icoapsendreqn_set) <= ATC_MSG_BUF);
ATC__ICA_CHECK(at_icoapsendnbin_test_fits, sizeof(atc_ica_at_icoapsendnbin_test) <= ATC_MSG_BUF);
ATC__ICA_CHECK(at_icoapsendnbin_read_fits, sizeof(atc_ica_at_icoapsendnbin_read) <= ATC_MSG_BUF);
static const int32_t atc__ica_at_icoapsendnbin_set_0_ranges[] = {1, 1, 2, 2, 3, 3, 4, 4};
static const int32_t atc__ica_at_icoapsendnbin_set_2_ranges[] = {0, 65535};
static const atc_field_desc atc__ica_at_icoapsendnbin_set_fields[] = {
    { "method", ATC_T_INT, 0, offsetof(atc_ica_at_icoapsendnbin_set, method), 0, 0, 4, 0, atc__ica_at_icoapsendnbin_set_0_ranges, NULL, 0, -1, 0, NULL, NULL, 0, 0 },
    { "path", ATC_T_STRING, 0, offsetof(atc_ica_at_icoapsendnbin_set, path), 0, 0, 0, 0, NULL, NULL, 0, -1, 0, NULL, NULL, 0, 0 },
    { "msg_len", ATC_T_INT, 0, offsetof(atc_ica_at_icoapsendnbin_set, msg_len), 0, 0, 1, 0, atc__ica_at_icoapsendnbin_set_2_ranges, NULL, 0, -1, 0, NULL, NULL, 0, 0 },
};
static const uint32_t atc__ica_at_icoapsendnbin_set_shapes[] = {0x7u};
static const atc_prompt_desc atc__ica_at_icoapsendnbin_set_prompt[] = {
    {2, 1, 0, 0, 0, -1, "+++", -1, 0},
    {-1, 0, 0, 0, 1, 2, NULL, -1, 0},
};
ATC__ICA_CHECK(at_icoapsendnbin_set_fits, sizeof(atc_ica_at_icoapsendnbin_set) <= ATC_MSG_BUF);
ATC__ICA_CHECK(at_icoaprcvrsp_test_fits, sizeof(atc_ica_at_icoaprcvrsp_test) <= ATC_MSG_BUF);
ATC__ICA_CHECK(at_icoaprcvrsp_read_fits, sizeof(atc_ica_at_icoaprcvrsp_read) <= ATC_MSG_BUF);
ATC__ICA_CHECK(at_icoaprcvbin_test_fits, sizeof(atc_ica_at_icoaprcvbin_test) <= ATC_MSG_BUF);
ATC__ICA_CHECK(at_icoaprcvbin_read_fits, sizeof(atc_ica_at_icoaprcvbin_read) <= ATC_MSG_BUF);
ATC__ICA_CHECK(at_ihttpopen_test_fits, sizeof(atc_ica_at_ihttpopen_test) <= ATC_MSG_BUF);
ATC__ICA_CHECK(at_ihttpopen_read_fits, sizeof(atc_ica_at_ihttpopen_read) <= ATC_MSG_BUF);
static const int32_t atc__ica_at_ihttpopen_set_1_ranges[] = {0, 65535};
static const atc_field_desc atc__ica_at_ihttpopen_set_fields[] = {
    { "hostname", ATC_T_STRING, 0, offsetof(atc_ica_at_ihttpopen_set, hostname), 0, 0, 0, 0, NULL, NULL, 0, -1, 0, NULL, NULL, 0, 0 },
    { "port", ATC_T_INT, 0, offsetof(atc_ica_at_ihttpopen_set, port), 0, 0, 1, 0, atc__ica_at_ihttpopen_set_1_ranges, NULL, 0, -1, 0, NULL, NULL, 0, 0 },
};
static const uint32_t atc__ica_at_ihttpopen_set_shapes[] = {0x3u};
ATC__ICA_CHECK(at_ihttpopen_set_fits, sizeof(atc_ica_at_ihttpopen_set) <= ATC_MSG_BUF);
ATC__ICA_CHECK(at_ihttppara_test_fits, sizeof(atc_ica_at_ihttppara_test) <= ATC_MSG_BUF);
ATC__ICA_CHECK(at_ihttppara_read_fits, sizeof(atc_ica_at_ihttppara_read) <= ATC_MSG_BUF);
static const char *const atc__ica_at_ihttppara_set_0_values[] = {"\"KEEPALIVE\""};
static const int32_t atc__ica_at_ihttppara_set_1_ranges[] = {0, 0, 1, 1};
static const char *const atc__ica_at_ihttppara_set_2_values[] = {"\"TIMEOUT\""};
static const char *const atc__ica_at_ihttppara_set_4_values[] = {"\"AUTHMODE\""};
static const int32_t atc__ica_at_ihttppara_set_5_ranges[] = {0, 0, 1, 1};
static const atc_field_desc atc__ica_at_ihttppara_set_fields[] = {
    { "\"KEEPALIVE\"", ATC_T_LITERAL, ATC_F_OPTIONAL, 0, 0, 0, 0, 1, NULL, atc__ica_at_ihttppara_set_0_values, 0, -1, 0, NULL, NULL, 0, 0 },
    { "keepalive", ATC_T_INT, ATC_F_OPTIONAL, offsetof(atc_ica_at_ihttppara_set, keepalive), offsetof(atc_ica_at_ihttppara_set, has_keepalive), 0, 2, 0, atc__ica_at_ihttppara_set_1_ranges, NULL, 0, -1, 0, NULL, NULL, 0, 0 },
    { "\"TIMEOUT\"", ATC_T_LITERAL, ATC_F_OPTIONAL, 0, 0, 0, 0, 1, NULL, atc__ica_at_ihttppara_set_2_values, 0, -1, 0, NULL, NULL, 0, 0 },
    { "timeout", ATC_T_INT, ATC_F_OPTIONAL, offsetof(atc_ica_at_ihttppara_set, timeout), offsetof(atc_ica_at_ihttppara_set, has_timeout), 0, 0, 0, NULL, NULL, 0, -1, 0, NULL, NULL, 0, 0 },
    { "\"AUTHMODE\"", ATC_T_LITERAL, ATC_F_OPTIONAL, 0, 0, 0, 0, 1, NULL, atc__ica_at_ihttppara_set_4_values, 0, -1, 0, NULL, NULL, 0, 0 },
    { "authmode", ATC_T_INT, ATC_F_OPTIONAL, offsetof(atc_ica_at_ihttppara_set, authmode), offsetof(atc_ica_at_ihttppara_set, has_authmode), 0, 2, 0, atc__ica_at_ihttppara_set_5_ranges, NULL, 0, -1, 0, NULL, NULL, 0, 0 },
};
static const uint32_t atc__ica_at_ihttppara_set_shapes[] = {0x0u};
ATC__ICA_CHECK(at_ihttppara_set_fits, sizeof(atc_ica_at_ihttppara_set) <= ATC_MSG_BUF);
ATC__ICA_CHECK(at_ihttpauth_test_fits, sizeof(atc_ica_at_ihttpauth_test) <= ATC_MSG_BUF);
ATC__ICA_CHECK(at_ihttpauth_read_fits, sizeof(atc_ica_at_ihttpauth_read) <= ATC_MSG_BUF);
static const atc_field_desc atc__ica_at_ihttpauth_set_fields[] = {
    { "para_value", ATC_T_STRING, ATC_F_LIST, offsetof(atc_ica_at_ihttpauth_set, para_value), 0, 0, 0, 0, NULL, NULL, 0, -1, 0, NULL, NULL, 8, offsetof(atc_ica_at_ihttpauth_set, para_value_count) },
};
static const uint32_t atc__ica_at_ihttpauth_set_shapes[] = {0x1u};
ATC__ICA_CHECK(at_ihttpauth_set_fits, sizeof(atc_ica_at_ihttpauth_set) <= ATC_MSG_BUF);
ATC__ICA_CHECK(at_ihttpsend_test_fits, sizeof(atc_ica_at_ihttpsend_test) <= ATC_MSG_BUF);
ATC__ICA_CHECK(at_ihttpsend_read_fits, sizeof(atc_ica_at_ihttpsend_read) <= ATC_MSG_BUF);
static const int32_t atc__ica_at_ihttpsend_set_0_ranges[] = {1, 1, 2, 2, 3, 3, 4, 4};
static const atc_field_desc atc__ica_at_ihttpsend_set_fields[] = {
    { "method", ATC_T_INT, 0, offsetof(atc_ica_at_ihttpsend_set, method), 0, 0, 4, 0, atc__ica_at_ihttpsend_set_0_ranges, NULL, 0, -1, 0, NULL, NULL, 0, 0 },
    { "path", ATC_T_STRING, 0, offsetof(atc_ica_at_ihttpsend_set, path), 0, 0, 0, 0, NULL, NULL, 0, -1, 0, NULL, NULL, 0, 0 },
    { "message", ATC_T_STRING, 0, offsetof(atc_ica_at_ihttpsend_set, message), 0, 0, 0, 0, NULL, NULL, 0, -1, 0, NULL, NULL, 0, 0 },
};
static const uint32_t atc__ica_at_ihttpsend_set_shapes[] = {0x7u};
ATC__ICA_CHECK(at_ihttpsend_set_fits, sizeof(atc_ica_at_ihttpsend_set) <= ATC_MSG_BUF);
ATC__ICA_CHECK(at_ihttpsendreq_test_fits, sizeof(atc_ica_at_ihttpsendreq_test) <= ATC_MSG_BUF);
ATC__ICA_CHECK(at_ihttpsendreq_read_fits, sizeof(atc_ica_at_ihttpsendreq_read) <= ATC_MSG_BUF);
static const int32_t atc__ica_at_ihttpsendreq_set_0_ranges[] = {1, 1, 2, 2, 3, 3, 4, 4};
static const int32_t atc__ica_at_ihttpsendreq_set_3_ranges[] = {0, 0, 1, 1};
static const atc_field_desc atc__ica_at_ihttpsendreq_set_fields[] = {
    { "method", ATC_T_INT, 0, offsetof(atc_ica_at_ihttpsendreq_set, method), 0, 0, 4, 0, atc__ica_at_ihttpsendreq_set_0_ranges, NULL, 0, -1, 0, NULL, NULL, 0, 0 },
    { "path", ATC_T_STRING, 0, offsetof(atc_ica_at_ihttpsendreq_set, path), 0, 0, 0, 0, NULL, NULL, 0, -1, 0, NULL, NULL, 0, 0 },
    { "message", ATC_T_STRING, 0, offsetof(atc_ica_at_ihttpsendreq_set, message), 0, 0, 0, 0, NULL, NULL, 0, -1, 0, NULL, NULL, 0, 0 },
    { "format", ATC_T_INT, ATC_F_OPTIONAL, offsetof(atc_ica_at_ihttpsendreq_set, format), offsetof(atc_ica_at_ihttpsendreq_set, has_format), 0, 2, 0, atc__ica_at_ihttpsendreq_set_3_ranges, NULL, 0, -1, 0, NULL, NULL, 0, 0 },
    { "fragment_id", ATC_T_INT, ATC_F_OPTIONAL, offsetof(atc_ica_at_ihttpsendreq_set, fragment_id), offsetof(atc_ica_at_ihttpsendreq_set, has_fragment_id), 0, 0, 0, NULL, NULL, 0, -1, 0, NULL, NULL, 0, 0 },
};
static const uint32_t atc__ica_at_ihttpsendreq_set_shapes[] = {0x7u, 0xfu, 0x1fu};
ATC__ICA_CHECK(at_ihttpsendreq_set_fits, sizeof(atc_ica_at_ihttpsendreq_set) <= ATC_MSG_BUF);
ATC__ICA_CHECK(at_ihttpsendbin_test_fits, sizeof(atc_ica_at_ihttpsendbin_test) <= ATC_MSG_BUF);
ATC__ICA_CHECK(at_ihttpsendbin_read_fits, sizeof(atc_ica_at_ihttpsendbin_read) <= ATC_MSG_BUF);
static const int32_t atc__ica_at_ihttpsendbin_set_0_ranges[] = {1, 1, 2, 2, 3, 3, 4, 4};
static const int32_t atc__ica_at_ihttpsendbin_set_2_ranges[] = {0, 65535};
static const atc_field_desc atc__ica_at_ihttpsendbin_set_fields[] = {
    { "method", ATC_T_INT, 0, offsetof(atc_ica_at_ihttpsendbin_set, method), 0, 0, 4, 0, atc__ica_at_ihttpsendbin_set_0_ranges, NULL, 0, -1, 0, NULL, NULL, 0, 0 },
    { "path", ATC_T_STRING, 0, offsetof(atc_ica_at_ihttpsendbin_set, path), 0, 0, 0, 0, NULL, NULL, 0, -1, 0, NULL, NULL, 0, 0 },
    { "msg_len", ATC_T_INT, 0, offsetof(atc_ica_at_ihttpsendbin_set, msg_len), 0, 0, 1, 0, atc__ica_at_ihttpsendbin_set_2_ranges, NULL, 0, -1, 0, NULL, NULL, 0, 0 },
};
static const uint32_t atc__ica_at_ihttpsendbin_set_shapes[] = {0x7u};
static const atc_prompt_desc atc__ica_at_ihttpsendbin_set_prompt[] = {
    {2, 1, 0, 0, 0, -1, "+++", -1, 0},
    {-1, 0, 0, 0, 1, 2, NULL, -1, 0},
};
ATC__ICA_CHECK(at_ihttpsendbin_set_fits, sizeof(atc_ica_at_ihttpsendbin_set) <= ATC_MSG_BUF);
ATC__ICA_CHECK(at_ihttprcvrsp_test_fits, sizeof(atc_ica_at_ihttprcvrsp_test) <= ATC_MSG_BUF);
ATC__ICA_CHECK(at_ihttprcvrsp_read_fits, sizeof(atc_ica_at_ihttprcvrsp_read) <= ATC_MSG_BUF);
ATC__ICA_CHECK(at_ihttprcvbin_test_fits, sizeof(atc_ica_at_ihttprcvbin_test) <= ATC_MSG_BUF);
ATC__ICA_CHECK(at_ihttprcvbin_read_fits, sizeof(atc_ica_at_ihttprcvbin_read) <= ATC_MSG_BUF);
ATC__ICA_CHECK(at_ihttpdisconn_test_fits, sizeof(atc_ica_at_ihttpdisconn_test) <= ATC_MSG_BUF);
ATC__ICA_CHECK(at_ihttpdisconn_exec_fits, sizeof(atc_ica_at_ihttpdisconn_exec) <= ATC_MSG_BUF);
ATC__ICA_CHECK(at_iotapara_test_fits, sizeof(atc_ica_at_iotapara_test) <= ATC_MSG_BUF);
ATC__ICA_CHECK(at_iotapara_read_fits, sizeof(atc_ica_at_iotapara_read) <= ATC_MSG_BUF);
static const char *const atc__ica_at_iotapara_set_0_values[] = {"\"DURATION\""};
static const char *const atc__ica_at_iotapara_set_2_values[] = {"\"BLOCKSIZE\""};
static const atc_field_desc atc__ica_at_iotapara_set_fields[] = {
    { "\"DURATION\"", ATC_T_LITERAL, ATC_F_OPTIONAL, 0, 0, 0, 0, 1, NULL, atc__ica_at_iotapara_set_0_values, 0, -1, 0, NULL, NULL, 0, 0 },
    { "duration", ATC_T_INT, ATC_F_OPTIONAL, offsetof(atc_ica_at_iotapara_set, duration), offsetof(atc_ica_at_iotapara_set, has_duration), 0, 0, 0, NULL, NULL, 0, -1, 0, NULL, NULL, 0, 0 },
    { "\"BLOCKSIZE\"", ATC_T_LITERAL, ATC_F_OPTIONAL, 0, 0, 0, 0, 1, NULL, atc__ica_at_iotapara_set_2_values, 0, -1, 0, NULL, NULL, 0, 0 },
    { "blocksize", ATC_T_INT, ATC_F_OPTIONAL, offsetof(atc_ica_at_iotapara_set, blocksize), offsetof(atc_ica_at_iotapara_set, has_blocksize), 0, 0, 0, NULL, NULL, 0, -1, 0, NULL, NULL, 0, 0 },
};
static const uint32_t atc__ica_at_iotapara_set_shapes[] = {0x0u};
ATC__ICA_CHECK(at_iotapara_set_fits, sizeof(atc_ica_at_iotapara_set) <= ATC_MSG_BUF);
ATC__ICA_CHECK(at_iotaver_test_fits, sizeof(atc_ica_at_iotaver_test) <= ATC_MSG_BUF);
ATC__ICA_CHECK(at_iotaver_read_fits, sizeof(atc_ica_at_iotaver_read) <= ATC_MSG_BUF);
static const atc_field_desc atc__ica_at_iotaver_set_fields[] = {
    { "version", ATC_T_STRING, 0, offsetof(atc_ica_at_iotaver_set, version), 0, 0, 0, 0, NULL, NULL, 0, -1, 0, NULL, NULL, 0, 0 },
};
static const uint32_t atc__ica_at_iotaver_set_shapes[] = {0x1u};
ATC__ICA_CHECK(at_iotaver_set_fits, sizeof(atc_ica_at_iotaver_set) <= ATC_MSG_BUF);
ATC__ICA_CHECK(at_iotanewver_test_fits, sizeof(atc_ica_at_iotanewver_test) <= ATC_MSG_BUF);
ATC__ICA_CHECK(at_iotanewver_read_fits, sizeof(atc_ica_at_iotanewver_read) <= ATC_MSG_BUF);
ATC__ICA_CHECK(at_iotapgs_test_fits, sizeof(atc_ica_at_iotapgs_test) <= ATC_MSG_BUF);
static const int32_t atc__ica_at_iotapgs_set_0_ranges[] = {-4, 100};
static const atc_field_desc atc__ica_at_iotapgs_set_fields[] = {
    { "progress", ATC_T_INT, 0, offsetof(atc_ica_at_iotapgs_set, progress), 0, 0, 1, 0, atc__ica_at_iotapgs_set_0_ranges, NULL, 0, -1, 0, NULL, NULL, 0, 0 },
    { "desc", ATC_T_STRING, ATC_F_OPTIONAL, offsetof(atc_ica_at_iotapgs_set, desc), offsetof(atc_ica_at_iotapgs_set, has_desc), 0, 0, 0, NULL, NULL, 0, -1, 0, NULL, NULL, 0, 0 },
};
static const uint32_t atc__ica_at_iotapgs_set_shapes[] = {0x1u, 0x3u};
ATC__ICA_CHECK(at_iotapgs_set_fits, sizeof(atc_ica_at_iotapgs_set) <= ATC_MSG_BUF);
ATC__ICA_CHECK(at_iotablock_test_fits, sizeof(atc_ica_at_iotablock_test) <= ATC_MSG_BUF);
static const int32_t atc__ica_at_iotablock_set_0_ranges[] = {0, 0, 1, 1};
static const atc_field_desc atc__ica_at_iotablock_set_fields[] = {
    { "type", ATC_T_INT, 0, offsetof(atc_ica_at_iotablock_set, type), 0, 0, 2, 0, atc__ica_at_iotablock_set_0_ranges, NULL, 0, -1, 0, NULL, NULL, 0, 0 },
};
static const uint32_t atc__ica_at_iotablock_set_shapes[] = {0x1u};
ATC__ICA_CHECK(at_iotablock_set_fits, sizeof(atc_ica_at_iotablock_set) <= ATC_MSG_BUF);
ATC__ICA_CHECK(at_iotabort_test_fits, sizeof(atc_ica_at_iotabort_test) <= ATC_MSG_BUF);
ATC__ICA_CHECK(at_iotabort_exec_fits, sizeof(atc_ica_at_iotabort_exec) <= ATC_MSG_BUF);
ATC__ICA_CHECK(at_iloglvl_test_fits, sizeof(atc_ica_at_iloglvl_test) <= ATC_MSG_BUF);
ATC__ICA_CHECK(at_iloglvl_read_fits, sizeof(atc_ica_at_iloglvl_read) <= ATC_MSG_BUF);
static const int32_t atc__ica_at_iloglvl_set_0_ranges[] = {0, 5};
static const atc_field_desc atc__ica_at_iloglvl_set_fields[] = {
    { "level", ATC_T_INT, 0, offsetof(atc_ica_at_iloglvl_set, level), 0, 0, 1, 0, atc__ica_at_iloglvl_set_0_ranges, NULL, 0, -1, 0, NULL, NULL, 0, 0 },
};
static const uint32_t atc__ica_at_iloglvl_set_shapes[] = {0x1u};
ATC__ICA_CHECK(at_iloglvl_set_fits, sizeof(atc_ica_at_iloglvl_set) <= ATC_MSG_BUF);
ATC__ICA_CHECK(at_ireboot_test_fits, sizeof(atc_ica_at_ireboot_test) <= ATC_MSG_BUF);
static const int32_t atc__ica_at_ireboot_set_0_ranges[] = {0, 0, 1, 1};
static const atc_field_desc atc__ica_at_ireboot_set_fields[] = {
    { "mode", ATC_T_INT, 0, offsetof(atc_ica_at_ireboot_set, mode), 0, 0, 2, 0, atc__ica_at_ireboot_set_0_ranges, NULL, 0, -1, 0, NULL, NULL, 0, 0 },
};
static const uint32_t atc__ica_at_ireboot_set_shapes[] = {0x1u};
ATC__ICA_CHECK(at_ireboot_set_fits, sizeof(atc_ica_at_ireboot_set) <= ATC_MSG_BUF);
ATC__ICA_CHECK(at_idefault_test_fits, sizeof(atc_ica_at_idefault_test) <= ATC_MSG_BUF);
ATC__ICA_CHECK(at_idefault_exec_fits, sizeof(atc_ica_at_idefault_exec) <= ATC_MSG_BUF);
ATC__ICA_CHECK(at_cgmi_exec_fits, sizeof(atc_ica_at_cgmi_exec) <= ATC_MSG_BUF);
ATC__ICA_CHECK(at_cgmm_exec_fits, sizeof(atc_ica_at_cgmm_exec) <= ATC_MSG_BUF);
ATC__ICA_CHECK(at_cgmr_exec_fits, sizeof(atc_ica_at_cgmr_exec) <= ATC_MSG_BUF);
static const atc_field_desc atc__ica_imqttmode_test_fields[] = {
    { "mode", ATC_T_SUPPORTED, 0, offsetof(atc_ica_imqttmode_test, mode), 0, 0, 0, 0, NULL, NULL, 0, -1, 0, NULL, NULL, 0, 0 },
};
static const uint32_t atc__ica_imqttmode_test_shapes[] = {0x1u};
static const uint16_t atc__ica_imqttmode_test_answers[] = {4};
ATC__ICA_CHECK(imqttmode_test_fits, sizeof(atc_ica_imqttmode_test) <= ATC_MSG_BUF);
static const int32_t atc__ica_imqttmode_read_0_ranges[] = {0, 0, 1, 1};
static const atc_field_desc atc__ica_imqttmode_read_fields[] = {
    { "mode", ATC_T_INT, 0, offsetof(atc_ica_imqttmode_read, mode), 0, 0, 2, 0, atc__ica_imqttmode_read_0_ranges, NULL, 0, -1, 0, NULL, NULL, 0, 0 },
};
static const uint32_t atc__ica_imqttmode_read_shapes[] = {0x1u};
static const uint16_t atc__ica_imqttmode_read_answers[] = {5};
ATC__ICA_CHECK(imqttmode_read_fits, sizeof(atc_ica_imqttmode_read) <= ATC_MSG_BUF);
static const atc_field_desc atc__ica_imqttopen_test_fields[] = {
    { "hostname", ATC_T_SUPPORTED, 0, offsetof(atc_ica_imqttopen_test, hostname), 0, 0, 0, 0, NULL, NULL, 0, -1, 0, NULL, NULL, 0, 0 },
    { "port", ATC_T_SUPPORTED, 0, offsetof(atc_ica_imqttopen_test, port), 0, 0, 0, 0, NULL, NULL, 0, -1, 0, NULL, NULL, 0, 0 },
};
static const uint32_t atc__ica_imqttopen_test_shapes[] = {0x3u};
static const uint16_t atc__ica_imqttopen_test_answers[] = {7};
ATC__ICA_CHECK(imqttopen_test_fits, sizeof(atc_ica_imqttopen_test) <= ATC_MSG_BUF);
static const int32_t atc__ica_imqttopen_read_1_ranges[] = {0, 65535};
static const atc_field_desc atc__ica_imqttopen_read_fields[] = {
    { "hostname", ATC_T_STRING, 0, offsetof(atc_ica_imqttopen_read, hostname), 0, 0, 0, 0, NULL, NULL, 0, -1, 0, NULL, NULL, 0, 0 },
    { "port", ATC_T_INT, 0, offsetof(atc_ica_imqttopen_read, port), 0, 0, 1, 0, atc__ica_imqttopen_read_1_ranges, NULL, 0, -1, 0, NULL, NULL, 0, 0 },
};
static const uint32_t atc__ica_imqttopen_read_shapes[] = {0x3u};
static const uint16_t atc__ica_imqttopen_read_answers[] = {8};
ATC__ICA_CHECK(imqttopen_read_fits, sizeof(atc_ica_imqttopen_read) <= ATC_MSG_BUF);
static const atc_field_desc atc__ica_imqttauth_test_fields[] = {
    { "para_tag", ATC_T_SUPPORTED, ATC_F_LIST, offsetof(atc_ica_imqttauth_test, para_tag), 0, 0, 0, 0, NULL, NULL, 0, -1, 0, NULL, NULL, 8, offsetof(atc_ica_imqttauth_test, para_tag_count) },
};
static const uint32_t atc__ica_imqttauth_test_shapes[] = {0x1u};
static const uint16_t atc__ica_imqttauth_test_answers[] = {10};
ATC__ICA_CHECK(imqttauth_test_fits, sizeof(atc_ica_imqttauth_test) <= ATC_MSG_BUF);
static const atc_field_desc atc__ica_imqttauth_read_fields[] = {
    { "para_value", ATC_T_STRING, ATC_F_LIST, offsetof(atc_ica_imqttauth_read, para_value), 0, 0, 0, 0, NULL, NULL, 0, -1, 0, NULL, NULL, 8, offsetof(atc_ica_imqttauth_read, para_value_count) },
};
static const uint32_t atc__ica_imqttauth_read_shapes[] = {0x1u};
static const uint16_t atc__ica_imqttauth_read_answers[] = {11};
ATC__ICA_CHECK(imqttauth_read_fits, sizeof(atc_ica_imqttauth_read) <= ATC_MSG_BUF);
static const atc_field_desc atc__ica_imqttpara_test_fields[] = {
    { "para_tag", ATC_T_SUPPORTED, 0, offsetof(atc_ica_imqttpara_test, para_tag), 0, 0, 0, 0, NULL, NULL, 0, -1, 0, NULL, NULL, 0, 0 },
    { "para_value", ATC_T_SUPPORTED, 0, offsetof(atc_ica_imqttpara_test, para_value), 0, 0, 0, 0, NULL, NULL, 0, -1, 0, NULL, NULL, 0, 0 },
};
static const uint32_t atc__ica_imqttpara_test_shapes[] = {0x3u};
static const uint16_t atc__ica_imqttpara_test_answers[] = {13};
ATC__ICA_CHECK(imqttpara_test_fits, sizeof(atc_ica_imqttpara_test) <= ATC_MSG_BUF);
static const char *const atc__ica_imqttpara_read_0_values[] = {"\"TIMEOUT\""};
static const char *const atc__ica_imqttpara_read_2_values[] = {"\"CLEAN\""};
static const int32_t atc__ica_imqttpara_read_3_ranges[] = {0, 0, 1, 1};
static const char *const atc__ica_imqttpara_read_4_values[] = {"\"KEEPALIVE\""};
static const int32_t atc__ica_imqttpara_read_5_ranges[] = {0, 65535};
static const char *const atc__ica_imqttpara_read_6_values[] = {"\"VERSION\""};
static const char *const atc__ica_imqttpara_read_7_values[] = {"3.1", "3.1.1"};
static const char *const atc__ica_imqttpara_read_8_values[] = {"\"AUTHMODE\""};
static const int32_t atc__ica_imqttpara_read_9_ranges[] = {0, 0, 1, 1};
static const atc_field_desc atc__ica_imqttpara_read_fields[] = {
    { "\"TIMEOUT\"", ATC_T_LITERAL, ATC_F_OPTIONAL, 0, 0, 0, 0, 1, NULL, atc__ica_imqttpara_read_0_values, 0, -1, 0, NULL, NULL, 0, 0 },
    { "timeout", ATC_T_INT, ATC_F_OPTIONAL, offsetof(atc_ica_imqttpara_read, timeout), offsetof(atc_ica_imqttpara_read, has_timeout), 0, 0, 0, NULL, NULL, 0, -1, 0, NULL, NULL, 0, 0 },
    { "\"CLEAN\"", ATC_T_LITERAL, ATC_F_OPTIONAL, 0, 0, 0, 0, 1, NULL, atc__ica_imqttpara_read_2_values, 0, -1, 0, NULL, NULL, 0, 0 },
    { "clean", ATC_T_INT, ATC_F_OPTIONAL, offsetof(atc_ica_imqttpara_read, clean), offsetof(atc_ica_imqttpara_read, has_clean), 0, 2, 0, atc__ica_imqttpara_read_3_ranges, NULL, 0, -1, 0, NULL, NULL, 0, 0 },
    { "\"KEEPALIVE\"", ATC_T_LITERAL, ATC_F_OPTIONAL, 0, 0, 0, 0, 1, NULL, atc__ica_imqttpara_read_4_values, 0, -1, 0, NULL, NULL, 0, 0 },
    { "keepalive", ATC_T_INT, ATC_F_OPTIONAL, offsetof(atc_ica_imqttpara_read, keepalive), offsetof(atc_ica_imqttpara_read, has_keepalive), 0, 1, 0, atc__ica_imqttpara_read_5_ranges, NULL, 0, -1, 0, NULL, NULL, 0, 0 },
    { "\"VERSION\"", ATC_T_LITERAL, ATC_F_OPTIONAL, 0, 0, 0, 0, 1, NULL, atc__ica_imqttpara_read_6_values, 0, -1, 0, NULL, NULL, 0, 0 },
    { "version", ATC_T_STRING, ATC_F_OPTIONAL, offsetof(atc_ica_imqttpara_read, version), offsetof(atc_ica_imqttpara_read, has_version), 0, 0, 2, NULL, atc__ica_imqttpara_read_7_values, 0, -1, 0, NULL, NULL, 0, 0 },
    { "\"AUTHMODE\"", ATC_T_LITERAL, ATC_F_OPTIONAL, 0, 0, 0, 0, 1, NULL, atc__ica_imqttpara_read_8_values, 0, -1, 0, NULL, NULL, 0, 0 },
    { "authmode", ATC_T_INT, ATC_F_OPTIONAL, offsetof(atc_ica_imqttpara_read, authmode), offsetof(atc_ica_imqttpara_read, has_authmode), 0, 2, 0, atc__ica_imqttpara_read_9_ranges, NULL, 0, -1, 0, NULL, NULL, 0, 0 },
};
static const uint32_t atc__ica_imqttpara_read_shapes[] = {0x0u};
static const uint16_t atc__ica_imqttpara_read_answers[] = {14};
ATC__ICA_CHECK(imqttpara_read_fits, sizeof(atc_ica_imqttpara_read) <= ATC_MSG_BUF);
static const atc_field_desc atc__ica_imqttpub_test_fields[] = {
    { "topic", ATC_T_SUPPORTED, 0, offsetof(atc_ica_imqttpub_test, topic), 0, 0, 0, 0, NULL, NULL, 0, -1, 0, NULL, NULL, 0, 0 },
    { "qos", ATC_T_SUPPORTED, 0, offsetof(atc_ica_imqttpub_test, qos), 0, 0, 0, 0, NULL, NULL, 0, -1, 0, NULL, NULL, 0, 0 },
    { "message", ATC_T_SUPPORTED, 0, offsetof(atc_ica_imqttpub_test, message), 0, 0, 0, 0, NULL, NULL, 0, -1, 0, NULL, NULL, 0, 0 },
    { "format", ATC_T_SUPPORTED, 0, offsetof(atc_ica_imqttpub_test, format), 0, 0, 0, 0, NULL, NULL, 0, -1, 0, NULL, NULL, 0, 0 },
    { "fragment_id", ATC_T_SUPPORTED, 0, offsetof(atc_ica_imqttpub_test, fragment_id), 0, 0, 0, 0, NULL, NULL, 0, -1, 0, NULL, NULL, 0, 0 },
};
static const uint32_t atc__ica_imqttpub_test_shapes[] = {0x1fu};
static const uint16_t atc__ica_imqttpub_test_answers[] = {18};
ATC__ICA_CHECK(imqttpub_test_fits, sizeof(atc_ica_imqttpub_test) <= ATC_MSG_BUF);
static const int32_t atc__ica_imqttpub_read_1_ranges[] = {0, 2};
static const int32_t atc__ica_imqttpub_read_3_ranges[] = {0, 0, 1, 1};
static const atc_field_desc atc__ica_imqttpub_read_fields[] = {
    { "topic", ATC_T_STRING, 0, offsetof(atc_ica_imqttpub_read, topic), 0, 0, 0, 0, NULL, NULL, 0, -1, 0, NULL, NULL, 0, 0 },
    { "qos", ATC_T_INT, 0, offsetof(atc_ica_imqttpub_read, qos), 0, 0, 1, 0, atc__ica_imqttpub_read_1_ranges, NULL, 0, -1, 0, NULL, NULL, 0, 0 },
    { "message", ATC_T_STRING, 0, offsetof(atc_ica_imqttpub_read, message), 0, 0, 0, 0, NULL, NULL, 0, -1, 0, NULL, NULL, 0, 0 },
    { "format", ATC_T_INT, ATC_F_OPTIONAL, offsetof(atc_ica_imqttpub_read, format), offsetof(atc_ica_imqttpub_read, has_format), 0, 2, 0, atc__ica_imqttpub_read_3_ranges, NULL, 0, -1, 0, NULL, NULL, 0, 0 },
    { "fragment_id", ATC_T_INT, ATC_F_OPTIONAL, offsetof(atc_ica_imqttpub_read, fragment_id), offsetof(atc_ica_imqttpub_read, has_fragment_id), 0, 0, 0, NULL, NULL, 0, -1, 0, NULL, NULL, 0, 0 },
};
static const uint32_t atc__ica_imqttpub_read_shapes[] = {0x7u, 0xfu, 0x1fu};
static const uint16_t atc__ica_imqttpub_read_answers[] = {19};
ATC__ICA_CHECK(imqttpub_read_fits, sizeof(atc_ica_imqttpub_read) <= ATC_MSG_BUF);
static const atc_field_desc atc__ica_imqttpub_set_fields[] = {
    { "packet_id", ATC_T_INT, 0, offsetof(atc_ica_imqttpub_set, packet_id), 0, 0, 0, 0, NULL, NULL, 0, -1, 0, NULL, NULL, 0, 0 },
};
static const uint32_t atc__ica_imqttpub_set_shapes[] = {0x1u};
static const uint16_t atc__ica_imqttpub_set_answers[] = {20};
ATC__ICA_CHECK(imqttpub_set_fits, sizeof(atc_ica_imqttpub_set) <= ATC_MSG_BUF);
static const atc_field_desc atc__ica_imqttpubin_test_fields[] = {
    { "topic", ATC_T_SUPPORTED, 0, offsetof(atc_ica_imqttpubin_test, topic), 0, 0, 0, 0, NULL, NULL, 0, -1, 0, NULL, NULL, 0, 0 },
    { "qos", ATC_T_SUPPORTED, 0, offsetof(atc_ica_imqttpubin_test, qos), 0, 0, 0, 0, NULL, NULL, 0, -1, 0, NULL, NULL, 0, 0 },
    { "msg_len", ATC_T_SUPPORTED, 0, offsetof(atc_ica_imqttpubin_test, msg_len), 0, 0, 0, 0, NULL, NULL, 0, -1, 0, NULL, NULL, 0, 0 },
};
static const uint32_t atc__ica_imqttpubin_test_shapes[] = {0x7u};
static const uint16_t atc__ica_imqttpubin_test_answers[] = {21};
ATC__ICA_CHECK(imqttpubin_test_fits, sizeof(atc_ica_imqttpubin_test) <= ATC_MSG_BUF);
static const int32_t atc__ica_imqttpubin_read_1_ranges[] = {0, 2};
static const int32_t atc__ica_imqttpubin_read_2_ranges[] = {0, 65535};
static const atc_field_desc atc__ica_imqttpubin_read_fields[] = {
    { "topic", ATC_T_STRING, 0, offsetof(atc_ica_imqttpubin_read, topic), 0, 0, 0, 0, NULL, NULL, 0, -1, 0, NULL, NULL, 0, 0 },
    { "qos", ATC_T_INT, 0, offsetof(atc_ica_imqttpubin_read, qos), 0, 0, 1, 0, atc__ica_imqttpubin_read_1_ranges, NULL, 0, -1, 0, NULL, NULL, 0, 0 },
    { "msg_len", ATC_T_INT, 0, offsetof(atc_ica_imqttpubin_read, msg_len), 0, 0, 1, 0, atc__ica_imqttpubin_read_2_ranges, NULL, 0, -1, 0, NULL, NULL, 0, 0 },
};
static const uint32_t atc__ica_imqttpubin_read_shapes[] = {0x7u};
static const uint16_t atc__ica_imqttpubin_read_answers[] = {22};
ATC__ICA_CHECK(imqttpubin_read_fits, sizeof(atc_ica_imqttpubin_read) <= ATC_MSG_BUF);
static const atc_field_desc atc__ica_imqttpubin_set_fields[] = {
    { "packet_id", ATC_T_INT, 0, offsetof(atc_ica_imqttpubin_set, packet_id), 0, 0, 0, 0, NULL, NULL, 0, -1, 0, NULL, NULL, 0, 0 },
};
static const uint32_t atc__ica_imqttpubin_set_shapes[] = {0x1u};
static const uint16_t atc__ica_imqttpubin_set_answers[] = {23};
ATC__ICA_CHECK(imqttpubin_set_fits, sizeof(atc_ica_imqttpubin_set) <= ATC_MSG_BUF);
static const atc_field_desc atc__ica_imqttsub_test_fields[] = {
    { "topic", ATC_T_SUPPORTED, 0, offsetof(atc_ica_imqttsub_test, topic), 0, 0, 0, 0, NULL, NULL, 0, -1, 0, NULL, NULL, 0, 0 },
    { "qos", ATC_T_SUPPORTED, 0, offsetof(atc_ica_imqttsub_test, qos), 0, 0, 0, 0, NULL, NULL, 0, -1, 0, NULL, NULL, 0, 0 },
};
static const uint32_t atc__ica_imqttsub_test_shapes[] = {0x3u};
static const uint16_t atc__ica_imqttsub_test_answers[] = {24};
ATC__ICA_CHECK(imqttsub_test_fits, sizeof(atc_ica_imqttsub_test) <= ATC_MSG_BUF);
static const int32_t atc__ica_imqttsub_read_1_ranges[] = {0, 2};
static const atc_field_desc atc__ica_imqttsub_read_fields[] = {
    { "topic", ATC_T_STRING, 0, offsetof(atc_ica_imqttsub_read, topic), 0, 0, 0, 0, NULL, NULL, 0, -1, 0, NULL, NULL, 0, 0 },
    { "qos", ATC_T_INT, 0, offsetof(atc_ica_imqttsub_read, qos), 0, 0, 1, 0, atc__ica_imqttsub_read_1_ranges, NULL, 0, -1, 0, NULL, NULL, 0, 0 },
};
static const uint32_t atc__ica_imqttsub_read_shapes[] = {0x3u};
static const uint16_t atc__ica_imqttsub_read_answers[] = {25};
ATC__ICA_CHECK(imqttsub_read_fits, sizeof(atc_ica_imqttsub_read) <= ATC_MSG_BUF);
static const atc_field_desc atc__ica_imqttsub_set_fields[] = {
    { "packet_id", ATC_T_INT, 0, offsetof(atc_ica_imqttsub_set, packet_id), 0, 0, 0, 0, NULL, NULL, 0, -1, 0, NULL, NULL, 0, 0 },
};
static const uint32_t atc__ica_imqttsub_set_shapes[] = {0x1u};
static const uint16_t atc__ica_imqttsub_set_answers[] = {26};
ATC__ICA_CHECK(imqttsub_set_fits, sizeof(atc_ica_imqttsub_set) <= ATC_MSG_BUF);
static const atc_field_desc atc__ica_imqttunsub_test_fields[] = {
    { "topic", ATC_T_SUPPORTED, 0, offsetof(atc_ica_imqttunsub_test, topic), 0, 0, 0, 0, NULL, NULL, 0, -1, 0, NULL, NULL, 0, 0 },
};
static const uint32_t atc__ica_imqttunsub_test_shapes[] = {0x1u};
static const uint16_t atc__ica_imqttunsub_test_answers[] = {27};
ATC__ICA_CHECK(imqttunsub_test_fits, sizeof(atc_ica_imqttunsub_test) <= ATC_MSG_BUF);
static const atc_field_desc atc__ica_imqttunsub_read_fields[] = {
    { "topic", ATC_T_STRING, 0, offsetof(atc_ica_imqttunsub_read, topic), 0, 0, 0, 0, NULL, NULL, 0, -1, 0, NULL, NULL, 0, 0 },
};
static const uint32_t atc__ica_imqttunsub_read_shapes[] = {0x1u};
static const uint16_t atc__ica_imqttunsub_read_answers[] = {28};
ATC__ICA_CHECK(imqttunsub_read_fits, sizeof(atc_ica_imqttunsub_read) <= ATC_MSG_BUF);
static const atc_field_desc atc__ica_imqttunsub_set_fields[] = {
    { "packet_id", ATC_T_INT, 0, offsetof(atc_ica_imqttunsub_set, packet_id), 0, 0, 0, 0, NULL, NULL, 0, -1, 0, NULL, NULL, 0, 0 },
};
static const uint32_t atc__ica_imqttunsub_set_shapes[] = {0x1u};
static const uint16_t atc__ica_imqttunsub_set_answers[] = {29};
ATC__ICA_CHECK(imqttunsub_set_fits, sizeof(atc_ica_imqttunsub_set) <= ATC_MSG_BUF);
static const int32_t atc__ica_imqttrcvpub_read_2_ranges[] = {0, 65535};
static const int32_t atc__ica_imqttrcvpub_read_4_ranges[] = {0, 0, 1, 1};
static const atc_field_desc atc__ica_imqttrcvpub_read_fields[] = {
    { "packet_id", ATC_T_INT, 0, offsetof(atc_ica_imqttrcvpub_read, packet_id), 0, 0, 0, 0, NULL, NULL, 0, -1, 0, NULL, NULL, 0, 0 },
    { "topic", ATC_T_STRING, 0, offsetof(atc_ica_imqttrcvpub_read, topic), 0, 0, 0, 0, NULL, NULL, 0, -1, 0, NULL, NULL, 0, 0 },
    { "msg_len", ATC_T_INT, 0, offsetof(atc_ica_imqttrcvpub_read, msg_len), 0, 0, 1, 0, atc__ica_imqttrcvpub_read_2_ranges, NULL, 0, -1, 0, NULL, NULL, 0, 0 },
    { "message", ATC_T_STRING, 0, offsetof(atc_ica_imqttrcvpub_read, message), 0, 0, 0, 0, NULL, NULL, 0, -1, 0, NULL, NULL, 0, 0 },
    { "format", ATC_T_INT, ATC_F_OPTIONAL, offsetof(atc_ica_imqttrcvpub_read, format), offsetof(atc_ica_imqttrcvpub_read, has_format), 0, 2, 0, atc__ica_imqttrcvpub_read_4_ranges, NULL, 0, -1, 0, NULL, NULL, 0, 0 },
    { "fragment_id", ATC_T_INT, ATC_F_OPTIONAL, offsetof(atc_ica_imqttrcvpub_read, fragment_id), offsetof(atc_ica_imqttrcvpub_read, has_fragment_id), 0, 0, 0, NULL, NULL, 0, -1, 0, NULL, NULL, 0, 0 },
};
static const uint32_t atc__ica_imqttrcvpub_read_shapes[] = {0xfu, 0x1fu, 0x3fu};
static const uint16_t atc__ica_imqttrcvpub_read_answers[] = {31};
ATC__ICA_CHECK(imqttrcvpub_read_fits, sizeof(atc_ica_imqttrcvpub_read) <= ATC_MSG_BUF);
static const int32_t atc__ica_imqttrcvpubin_read_2_ranges[] = {0, 65535};
static const atc_field_desc atc__ica_imqttrcvpubin_read_fields[] = {
    { "packet_id", ATC_T_INT, 0, offsetof(atc_ica_imqttrcvpubin_read, packet_id), 0, 0, 0, 0, NULL, NULL, 0, -1, 0, NULL, NULL, 0, 0 },
    { "topic", ATC_T_STRING, 0, offsetof(atc_ica_imqttrcvpubin_read, topic), 0, 0, 0, 0, NULL, NULL, 0, -1, 0, NULL, NULL, 0, 0 },
    { "msg_len", ATC_T_INT, 0, offsetof(atc_ica_imqttrcvpubin_read, msg_len), 0, 0, 1, 0, atc__ica_imqttrcvpubin_read_2_ranges, NULL, 0, -1, 0, NULL, NULL, 0, 0 },
};
static const uint32_t atc__ica_imqttrcvpubin_read_shapes[] = {0x7u};
static const uint16_t atc__ica_imqttrcvpubin_read_answers[] = {33};
ATC__ICA_CHECK(imqttrcvpubin_read_fits, sizeof(atc_ica_imqttrcvpubin_read) <= ATC_MSG_BUF);
static const int32_t atc__ica_imqttstate_read_0_ranges[] = {0, 0, 1, 1, 2, 2};
static const atc_field_desc atc__ica_imqttstate_read_fields[] = {
    { "state", ATC_T_INT, 0, offsetof(atc_ica_imqttstate_read, state), 0, 0, 3, 0, atc__ica_imqttstate_read_0_ranges, NULL, 0, -1, 0, NULL, NULL, 0, 0 },
};
static const uint32_t atc__ica_imqttstate_read_shapes[] = {0x1u};
static const uint16_t atc__ica_imqttstate_read_answers[] = {35};
ATC__ICA_CHECK(imqttstate_read_fits, sizeof(atc_ica_imqttstate_read) <= ATC_MSG_BUF);
static const atc_field_desc atc__ica_imqttdbgpara_test_fields[] = {
    { "para_tag", ATC_T_SUPPORTED, 0, offsetof(atc_ica_imqttdbgpara_test, para_tag), 0, 0, 0, 0, NULL, NULL, 0, -1, 0, NULL, NULL, 0, 0 },
    { "para_value", ATC_T_SUPPORTED, 0, offsetof(atc_ica_imqttdbgpara_test, para_value), 0, 0, 0, 0, NULL, NULL, 0, -1, 0, NULL, NULL, 0, 0 },
};
static const uint32_t atc__ica_imqttdbgpara_test_shapes[] = {0x3u};
static const uint16_t atc__ica_imqttdbgpara_test_answers[] = {38};
ATC__ICA_CHECK(imqttdbgpara_test_fits, sizeof(atc_ica_imqttdbgpara_test) <= ATC_MSG_BUF);
static const char *const atc__ica_imqttdbgpara_read_0_values[] = {"\"PINGRSP\""};
static const int32_t atc__ica_imqttdbgpara_read_1_ranges[] = {0, 0, 1, 1};
static const atc_field_desc atc__ica_imqttdbgpara_read_fields[] = {
    { "\"PINGRSP\"", ATC_T_LITERAL, ATC_F_OPTIONAL, 0, 0, 0, 0, 1, NULL, atc__ica_imqttdbgpara_read_0_values, 0, -1, 0, NULL, NULL, 0, 0 },
    { "pingrsp", ATC_T_INT, ATC_F_OPTIONAL, offsetof(atc_ica_imqttdbgpara_read, pingrsp), offsetof(atc_ica_imqttdbgpara_read, has_pingrsp), 0, 2, 0, atc__ica_imqttdbgpara_read_1_ranges, NULL, 0, -1, 0, NULL, NULL, 0, 0 },
};
static const uint32_t atc__ica_imqttdbgpara_read_shapes[] = {0x0u};
static const uint16_t atc__ica_imqttdbgpara_read_answers[] = {39};
ATC__ICA_CHECK(imqttdbgpara_read_fits, sizeof(atc_ica_imqttdbgpara_read) <= ATC_MSG_BUF);
static const atc_field_desc atc__ica_icoappara_test_fields[] = {
    { "para_tag", ATC_T_SUPPORTED, 0, offsetof(atc_ica_icoappara_test, para_tag), 0, 0, 0, 0, NULL, NULL, 0, -1, 0, NULL, NULL, 0, 0 },
    { "para_value", ATC_T_SUPPORTED, 0, offsetof(atc_ica_icoappara_test, para_value), 0, 0, 0, 0, NULL, NULL, 0, -1, 0, NULL, NULL, 0, 0 },
};
static const uint32_t atc__ica_icoappara_test_shapes[] = {0x3u};
static const uint16_t atc__ica_icoappara_test_answers[] = {42};
ATC__ICA_CHECK(icoappara_test_fits, sizeof(atc_ica_icoappara_test) <= ATC_MSG_BUF);
static const char *const atc__ica_icoappara_read_0_values[] = {"\"TIMEOUT\""};
static const atc_field_desc atc__ica_icoappara_read_fields[] = {
    { "\"TIMEOUT\"", ATC_T_LITERAL, ATC_F_OPTIONAL, 0, 0, 0, 0, 1, NULL, atc__ica_icoappara_read_0_values, 0, -1, 0, NULL, NULL, 0, 0 },
    { "timeout", ATC_T_INT, ATC_F_OPTIONAL, offsetof(atc_ica_icoappara_read, timeout), offsetof(atc_ica_icoappara_read, has_timeout), 0, 0, 0, NULL, NULL, 0, -1, 0, NULL, NULL, 0, 0 },
};
static const uint32_t atc__ica_icoappara_read_shapes[] = {0x0u};
static const uint16_t atc__ica_icoappara_read_answers[] = {43};
ATC__ICA_CHECK(icoappara_read_fits, sizeof(atc_ica_icoappara_read) <= ATC_MSG_BUF);
static const atc_field_desc atc__ica_icoapopen_test_fields[] = {
    { "hostname", ATC_T_SUPPORTED, 0, offsetof(atc_ica_icoapopen_test, hostname), 0, 0, 0, 0, NULL, NULL, 0, -1, 0, NULL, NULL, 0, 0 },
    { "port", ATC_T_SUPPORTED, 0, offsetof(atc_ica_icoapopen_test, port), 0, 0, 0, 0, NULL, NULL, 0, -1, 0, NULL, NULL, 0, 0 },
};
static const uint32_t atc__ica_icoapopen_test_shapes[] = {0x3u};
static const uint16_t atc__ica_icoapopen_test_answers[] = {45};
ATC__ICA_CHECK(icoapopen_test_fits, sizeof(atc_ica_icoapopen_test) <= ATC_MSG_BUF);
static const int32_t atc__ica_icoapopen_read_1_ranges[] = {0, 65535};
static const atc_field_desc atc__ica_icoapopen_read_fields[] = {
    { "hostname", ATC_T_STRING, 0, offsetof(atc_ica_icoapopen_read, hostname), 0, 0, 0, 0, NULL, NULL, 0, -1, 0, NULL, NULL, 0, 0 },
    { "port", ATC_T_INT, 0, offsetof(atc_ica_icoapopen_read, port), 0, 0, 1, 0, atc__ica_icoapopen_read_1_ranges, NULL, 0, -1, 0, NULL, NULL, 0, 0 },
};
static const uint32_t atc__ica_icoapopen_read_shapes[] = {0x3u};
static const uint16_t atc__ica_icoapopen_read_answers[] = {46};
ATC__ICA_CHECK(icoapopen_read_fits, sizeof(atc_ica_icoapopen_read) <= ATC_MSG_BUF);
static const atc_field_desc atc__ica_icoapauth_test_fields[] = {
    { "para_tag", ATC_T_SUPPORTED, ATC_F_LIST, offsetof(atc_ica_icoapauth_test, para_tag), 0, 0, 0, 0, NULL, NULL, 0, -1, 0, NULL, NULL, 8, offsetof(atc_ica_icoapauth_test, para_tag_count) },
};
static const uint32_t atc__ica_icoapauth_test_shapes[] = {0x1u};
static const uint16_t atc__ica_icoapauth_test_answers[] = {48};
ATC__ICA_CHECK(icoapauth_test_fits, sizeof(atc_ica_icoapauth_test) <= ATC_MSG_BUF);
static const atc_field_desc atc__ica_icoapauth_read_fields[] = {
    { "para_value", ATC_T_STRING, ATC_F_LIST, offsetof(atc_ica_icoapauth_read, para_value), 0, 0, 0, 0, NULL, NULL, 0, -1, 0, NULL, NULL, 8, offsetof(atc_ica_icoapauth_read, para_value_count) },
};
static const uint32_t atc__ica_icoapauth_read_shapes[] = {0x1u};
static const uint16_t atc__ica_icoapauth_read_answers[] = {49};
ATC__ICA_CHECK(icoapauth_read_fits, sizeof(atc_ica_icoapauth_read) <= ATC_MSG_BUF);
static const atc_field_desc atc__ica_icoapsendreq_test_fields[] = {
    { "method", ATC_T_SUPPORTED, 0, offsetof(atc_ica_icoapsendreq_test, method), 0, 0, 0, 0, NULL, NULL, 0, -1, 0, NULL, NULL, 0, 0 },
    { "path", ATC_T_SUPPORTED, 0, offsetof(atc_ica_icoapsendreq_test, path), 0, 0, 0, 0, NULL, NULL, 0, -1, 0, NULL, NULL, 0, 0 },
    { "message", ATC_T_SUPPORTED, 0, offsetof(atc_ica_icoapsendreq_test, message), 0, 0, 0, 0, NULL, NULL, 0, -1, 0, NULL, NULL, 0, 0 },
    { "format", ATC_T_SUPPORTED, 0, offsetof(atc_ica_icoapsendreq_test, format), 0, 0, 0, 0, NULL, NULL, 0, -1, 0, NULL, NULL, 0, 0 },
    { "fragment_id", ATC_T_SUPPORTED, 0, offsetof(atc_ica_icoapsendreq_test, fragment_id), 0, 0, 0, 0, NULL, NULL, 0, -1, 0, NULL, NULL, 0, 0 },
};
static const uint32_t atc__ica_icoapsendreq_test_shapes[] = {0x1fu};
static const uint16_t atc__ica_icoapsendreq_test_answers[] = {51};
ATC__ICA_CHECK(icoapsendreq_test_fits, sizeof(atc_ica_icoapsendreq_test) <= ATC_MSG_BUF);
static const int32_t atc__ica_icoapsendreq_read_0_ranges[] = {1, 1, 2, 2, 3, 3, 4, 4};
static const int32_t atc__ica_icoapsendreq_read_3_ranges[] = {0, 0, 1, 1};
static const atc_field_desc atc__ica_icoapsendreq_read_fields[] = {
    { "method", ATC_T_INT, 0, offsetof(atc_ica_icoapsendreq_read, method), 0, 0, 4, 0, atc__ica_icoapsendreq_read_0_ranges, NULL, 0, -1, 0, NULL, NULL, 0, 0 },
    { "path", ATC_T_STRING, 0, offsetof(atc_ica_icoapsendreq_read, path), 0, 0, 0, 0, NULL, NULL, 0, -1, 0, NULL, NULL, 0, 0 },
    { "message", ATC_T_STRING, 0, offsetof(atc_ica_icoapsendreq_read, message), 0, 0, 0, 0, NULL, NULL, 0, -1, 0, NULL, NULL, 0, 0 },
    { "format", ATC_T_INT, ATC_F_OPTIONAL, offsetof(atc_ica_icoapsendreq_read, format), offsetof(atc_ica_icoapsendreq_read, has_format), 0, 2, 0, atc__ica_icoapsendreq_read_3_ranges, NULL, 0, -1, 0, NULL, NULL, 0, 0 },
    { "fragment_id", ATC_T_INT, ATC_F_OPTIONAL, offsetof(atc_ica_icoapsendreq_read, fragment_id), offsetof(atc_ica_icoapsendreq_read, has_fragment_id), 0, 0, 0, NULL, NULL, 0, -1, 0, NULL, NULL, 0, 0 },
};
static const uint32_t atc__ica_icoapsendreq_read_shapes[] = {0x7u, 0xfu, 0x1fu};
static const uint16_t atc__ica_icoapsendreq_read_answers[] = {52};
ATC__ICA_CHECK(icoapsendreq_read_fits, sizeof(atc_ica_icoapsendreq_read) <= ATC_MSG_BUF);
static const atc_field_desc atc__ica_icoapsendreq_set_fields[] = {
    { "packet_token", ATC_T_INT, 0, offsetof(atc_ica_icoapsendreq_set, packet_token), 0, 0, 0, 0, NULL, NULL, 0, -1, 0, NULL, NULL, 0, 0 },
};
static const uint32_t atc__ica_icoapsendreq_set_shapes[] = {0x1u};
static const uint16_t atc__ica_icoapsendreq_set_answers[] = {53};
ATC__ICA_CHECK(icoapsendreq_set_fits, sizeof(atc_ica_icoapsendreq_set) <= ATC_MSG_BUF);
static const atc_field_desc atc__ica_icoapsendbin_test_fields[] = {
    { "method", ATC_T_SUPPORTED, 0, offsetof(atc_ica_icoapsendbin_test, method), 0, 0, 0, 0, NULL, NULL, 0, -1, 0, NULL, NULL, 0, 0 },
    { "path", ATC_T_SUPPORTED, 0, offsetof(atc_ica_icoapsendbin_test, path), 0, 0, 0, 0, NULL, NULL, 0, -1, 0, NULL, NULL, 0, 0 },
    { "msg_len", ATC_T_SUPPORTED, 0, offsetof(atc_ica_icoapsendbin_test, msg_len), 0, 0, 0, 0, NULL, NULL, 0, -1, 0, NULL, NULL, 0, 0 },
};
static const uint32_t atc__ica_icoapsendbin_test_shapes[] = {0x7u};
static const uint16_t atc__ica_icoapsendbin_test_answers[] = {54};
ATC__ICA_CHECK(icoapsendbin_test_fits, sizeof(atc_ica_icoapsendbin_test) <= ATC_MSG_BUF);
static const int32_t atc__ica_icoapsendbin_read_0_ranges[] = {1, 1, 2, 2, 3, 3, 4, 4};
static const int32_t atc__ica_icoapsendbin_read_2_ranges[] = {0, 65535};
static const atc_field_desc atc__ica_icoapsendbin_read_fields[] = {
    { "method", ATC_T_INT, 0, offsetof(atc_ica_icoapsendbin_read, method), 0, 0, 4, 0, atc__ica_icoapsendbin_read_0_ranges, NULL, 0, -1, 0, NULL, NULL, 0, 0 },
    { "path", ATC_T_STRING, 0, offsetof(atc_ica_icoapsendbin_read, path), 0, 0, 0, 0, NULL, NULL, 0, -1, 0, NULL, NULL, 0, 0 },
    { "msg_len", ATC_T_INT, 0, offsetof(atc_ica_icoapsendbin_read, msg_len), 0, 0, 1, 0, atc__ica_icoapsendbin_read_2_ranges, NULL, 0, -1, 0, NULL, NULL, 0, 0 },
};
static const uint32_t atc__ica_icoapsendbin_read_shapes[] = {0x7u};
static const uint16_t atc__ica_icoapsendbin_read_answers[] = {55};
ATC__ICA_CHECK(icoapsendbin_read_fits, sizeof(atc_ica_icoapsendbin_read) <= ATC_MSG_BUF);
static const atc_field_desc atc__ica_icoapsendbin_set_fields[] = {
    { "packet_token", ATC_T_INT, 0, offsetof(atc_ica_icoapsendbin_set, packet_token), 0, 0, 0, 0, NULL, NULL, 0, -1, 0, NULL, NULL, 0, 0 },
};
static const uint32_t atc__ica_icoapsendbin_set_shapes[] = {0x1u};
static const uint16_t atc__ica_icoapsendbin_set_answers[] = {56};
ATC__ICA_CHECK(icoapsendbin_set_fits, sizeof(atc_ica_icoapsendbin_set) <= ATC_MSG_BUF);
static const atc_field_desc atc__ica_icoapsendreqn_test_fields[] = {
    { "method", ATC_T_SUPPORTED, 0, offsetof(atc_ica_icoapsendreqn_test, method), 0, 0, 0, 0, NULL, NULL, 0, -1, 0, NULL, NULL, 0, 0 },
    { "path", ATC_T_SUPPORTED, 0, offsetof(atc_ica_icoapsendreqn_test, path), 0, 0, 0, 0, NULL, NULL, 0, -1, 0, NULL, NULL, 0, 0 },
    { "message", ATC_T_SUPPORTED, 0, offsetof(atc_ica_icoapsendreqn_test, message), 0, 0, 0, 0, NULL, NULL, 0, -1, 0, NULL, NULL, 0, 0 },
    { "format", ATC_T_SUPPORTED, 0, offsetof(atc_ica_icoapsendreqn_test, format), 0, 0, 0, 0, NULL, NULL, 0, -1, 0, NULL, NULL, 0, 0 },
    { "fragment_id", ATC_T_SUPPORTED, 0, offsetof(atc_ica_icoapsendreqn_test, fragment_id), 0, 0, 0, 0, NULL, NULL, 0, -1, 0, NULL, NULL, 0, 0 },
};
static const uint32_t atc__ica_icoapsendreqn_test_shapes[] = {0x1fu};
static const uint16_t atc__ica_icoapsendreqn_test_answers[] = {57};
ATC__ICA_CHECK(icoapsendreqn_test_fits, sizeof(atc_ica_icoapsendreqn_test) <= ATC_MSG_BUF);
static const int32_t atc__ica_icoapsendreqn_read_0_ranges[] = {1, 1, 2, 2, 3, 3, 4, 4};
static const int32_t atc__ica_icoapsendreqn_read_3_ranges[] = {0, 0, 1, 1};
static const atc_field_desc atc__ica_icoapsendreqn_read_fields[] = {
    { "method", ATC_T_INT, 0, offsetof(atc_ica_icoapsendreqn_read, method), 0, 0, 4, 0, atc__ica_icoapsendreqn_read_0_ranges, NULL, 0, -1, 0, NULL, NULL, 0, 0 },
    { "path", ATC_T_STRING, 0, offsetof(atc_ica_icoapsendreqn_read, path), 0, 0, 0, 0, NULL, NULL, 0, -1, 0, NULL, NULL, 0, 0 },
    { "message", ATC_T_STRING, 0, offsetof(atc_ica_icoapsendreqn_read, message), 0, 0, 0, 0, NULL, NULL, 0, -1, 0, NULL, NULL, 0, 0 },
    { "format", ATC_T_INT, ATC_F_OPTIONAL, offsetof(atc_ica_icoapsendreqn_read, format), offsetof(atc_ica_icoapsendreqn_read, has_format), 0, 2, 0, atc__ica_icoapsendreqn_read_3_ranges, NULL, 0, -1, 0, NULL, NULL, 0, 0 },
    { "fragment_id", ATC_T_INT, ATC_F_OPTIONAL, offsetof(atc_ica_icoapsendreqn_read, fragment_id), offsetof(atc_ica_icoapsendreqn_read, has_fragment_id), 0, 0, 0, NULL, NULL, 0, -1, 0, NULL, NULL, 0, 0 },
};
static const uint32_t atc__ica_icoapsendreqn_read_shapes[] = {0x7u, 0xfu, 0x1fu};
static const uint16_t atc__ica_icoapsendreqn_read_answers[] = {58};
ATC__ICA_CHECK(icoapsendreqn_read_fits, sizeof(atc_ica_icoapsendreqn_read) <= ATC_MSG_BUF);
static const atc_field_desc atc__ica_icoapsendreqn_set_fields[] = {
    { "packet_token", ATC_T_INT, 0, offsetof(atc_ica_icoapsendreqn_set, packet_token), 0, 0, 0, 0, NULL, NULL, 0, -1, 0, NULL, NULL, 0, 0 },
};
static const uint32_t atc__ica_icoapsendreqn_set_shapes[] = {0x1u};
static const uint16_t atc__ica_icoapsendreqn_set_answers[] = {59};
ATC__ICA_CHECK(icoapsendreqn_set_fits, sizeof(atc_ica_icoapsendreqn_set) <= ATC_MSG_BUF);
static const atc_field_desc atc__ica_icoapsendnbin_test_fields[] = {
    { "method", ATC_T_SUPPORTED, 0, offsetof(atc_ica_icoapsendnbin_test, method), 0, 0, 0, 0, NULL, NULL, 0, -1, 0, NULL, NULL, 0, 0 },
    { "path", ATC_T_SUPPORTED, 0, offsetof(atc_ica_icoapsendnbin_test, path), 0, 0, 0, 0, NULL, NULL, 0, -1, 0, NULL, NULL, 0, 0 },
    { "msg_len", ATC_T_SUPPORTED, 0, offsetof(atc_ica_icoapsendnbin_test, msg_len), 0, 0, 0, 0, NULL, NULL, 0, -1, 0, NULL, NULL, 0, 0 },
};
static const uint32_t atc__ica_icoapsendnbin_test_shapes[] = {0x7u};
static const uint16_t atc__ica_icoapsendnbin_test_answers[] = {60};
ATC__ICA_CHECK(icoapsendnbin_test_fits, sizeof(atc_ica_icoapsendnbin_test) <= ATC_MSG_BUF);
static const int32_t atc__ica_icoapsendnbin_read_0_ranges[] = {1, 1, 2, 2, 3, 3, 4, 4};
static const int32_t atc__ica_icoapsendnbin_read_2_ranges[] = {0, 65535};
static const atc_field_desc atc__ica_icoapsendnbin_read_fields[] = {
    { "method", ATC_T_INT, 0, offsetof(atc_ica_icoapsendnbin_read, method), 0, 0, 4, 0, atc__ica_icoapsendnbin_read_0_ranges, NULL, 0, -1, 0, NULL, NULL, 0, 0 },
    { "path", ATC_T_STRING, 0, offsetof(atc_ica_icoapsendnbin_read, path), 0, 0, 0, 0, NULL, NULL, 0, -1, 0, NULL, NULL, 0, 0 },
    { "msg_len", ATC_T_INT, 0, offsetof(atc_ica_icoapsendnbin_read, msg_len), 0, 0, 1, 0, atc__ica_icoapsendnbin_read_2_ranges, NULL, 0, -1, 0, NULL, NULL, 0, 0 },
};
static const uint32_t atc__ica_icoapsendnbin_read_shapes[] = {0x7u};
static const uint16_t atc__ica_icoapsendnbin_read_answers[] = {61};
ATC__ICA_CHECK(icoapsendnbin_read_fits, sizeof(atc_ica_icoapsendnbin_read) <= ATC_MSG_BUF);
static const atc_field_desc atc__ica_icoapsendnbin_set_fields[] = {
    { "packet_token", ATC_T_INT, 0, offsetof(atc_ica_icoapsendnbin_set, packet_token), 0, 0, 0, 0, NULL, NULL, 0, -1, 0, NULL, NULL, 0, 0 },
};
static const uint32_t atc__ica_icoapsendnbin_set_shapes[] = {0x1u};
static const uint16_t atc__ica_icoapsendnbin_set_answers[] = {62};
ATC__ICA_CHECK(icoapsendnbin_set_fits, sizeof(atc_ica_icoapsendnbin_set) <= ATC_MSG_BUF);
static const int32_t atc__ica_icoaprcvrsp_read_2_ranges[] = {0, 65535};
static const int32_t atc__ica_icoaprcvrsp_read_4_ranges[] = {0, 0, 1, 1};
static const atc_field_desc atc__ica_icoaprcvrsp_read_fields[] = {
    { "packet_token", ATC_T_INT, 0, offsetof(atc_ica_icoaprcvrsp_read, packet_token), 0, 0, 0, 0, NULL, NULL, 0, -1, 0, NULL, NULL, 0, 0 },
    { "path", ATC_T_STRING, ATC_F_OPTIONAL, offsetof(atc_ica_icoaprcvrsp_read, path), offsetof(atc_ica_icoaprcvrsp_read, has_path), 0, 0, 0, NULL, NULL, 0, -1, 0, NULL, NULL, 0, 0 },
    { "msg_len", ATC_T_INT, 0, offsetof(atc_ica_icoaprcvrsp_read, msg_len), 0, 0, 1, 0, atc__ica_icoaprcvrsp_read_2_ranges, NULL, 0, -1, 0, NULL, NULL, 0, 0 },
    { "message", ATC_T_STRING, 0, offsetof(atc_ica_icoaprcvrsp_read, message), 0, 0, 0, 0, NULL, NULL, 0, -1, 0, NULL, NULL, 0, 0 },
    { "format", ATC_T_INT, ATC_F_OPTIONAL, offsetof(atc_ica_icoaprcvrsp_read, format), offsetof(atc_ica_icoaprcvrsp_read, has_format), 0, 2, 0, atc__ica_icoaprcvrsp_read_4_ranges, NULL, 0, -1, 0, NULL, NULL, 0, 0 },
    { "fragment_id", ATC_T_INT, ATC_F_OPTIONAL, offsetof(atc_ica_icoaprcvrsp_read, fragment_id), offsetof(atc_ica_icoaprcvrsp_read, has_fragment_id), 0, 0, 0, NULL, NULL, 0, -1, 0, NULL, NULL, 0, 0 },
};
static const uint32_t atc__ica_icoaprcvrsp_read_shapes[] = {0xdu, 0xfu, 0x1du, 0x3du, 0x1fu, 0x3fu};
static const uint16_t atc__ica_icoaprcvrsp_read_answers[] = {64};
ATC__ICA_CHECK(icoaprcvrsp_read_fits, sizeof(atc_ica_icoaprcvrsp_read) <= ATC_MSG_BUF);
static const int32_t atc__ica_icoaprcvbin_read_2_ranges[] = {0, 65535};
static const atc_field_desc atc__ica_icoaprcvbin_read_fields[] = {
    { "packet_token", ATC_T_INT, 0, offsetof(atc_ica_icoaprcvbin_read, packet_token), 0, 0, 0, 0, NULL, NULL, 0, -1, 0, NULL, NULL, 0, 0 },
    { "path", ATC_T_STRING, ATC_F_OPTIONAL, offsetof(atc_ica_icoaprcvbin_read, path), offsetof(atc_ica_icoaprcvbin_read, has_path), 0, 0, 0, NULL, NULL, 0, -1, 0, NULL, NULL, 0, 0 },
    { "msg_len", ATC_T_INT, 0, offsetof(atc_ica_icoaprcvbin_read, msg_len), 0, 0, 1, 0, atc__ica_icoaprcvbin_read_2_ranges, NULL, 0, -1, 0, NULL, NULL, 0, 0 },
};
static const uint32_t atc__ica_icoaprcvbin_read_shapes[] = {0x5u, 0x7u};
static const uint16_t atc__ica_icoaprcvbin_read_answers[] = {66};
ATC__ICA_CHECK(icoaprcvbin_read_fits, sizeof(atc_ica_icoaprcvbin_read) <= ATC_MSG_BUF);
static const atc_field_desc atc__ica_ihttpopen_test_fields[] = {
    { "hostname", ATC_T_SUPPORTED, 0, offsetof(atc_ica_ihttpopen_test, hostname), 0, 0, 0, 0, NULL, NULL, 0, -1, 0, NULL, NULL, 0, 0 },
    { "port", ATC_T_SUPPORTED, 0, offsetof(atc_ica_ihttpopen_test, port), 0, 0, 0, 0, NULL, NULL, 0, -1, 0, NULL, NULL, 0, 0 },
};
static const uint32_t atc__ica_ihttpopen_test_shapes[] = {0x3u};
static const uint16_t atc__ica_ihttpopen_test_answers[] = {67};
ATC__ICA_CHECK(ihttpopen_test_fits, sizeof(atc_ica_ihttpopen_test) <= ATC_MSG_BUF);
static const int32_t atc__ica_ihttpopen_read_1_ranges[] = {0, 65535};
static const atc_field_desc atc__ica_ihttpopen_read_fields[] = {
    { "hostname", ATC_T_STRING, 0, offsetof(atc_ica_ihttpopen_read, hostname), 0, 0, 0, 0, NULL, NULL, 0, -1, 0, NULL, NULL, 0, 0 },
    { "port", ATC_T_INT, 0, offsetof(atc_ica_ihttpopen_read, port), 0, 0, 1, 0, atc__ica_ihttpopen_read_1_ranges, NULL, 0, -1, 0, NULL, NULL, 0, 0 },
};
static const uint32_t atc__ica_ihttpopen_read_shapes[] = {0x3u};
static const uint16_t atc__ica_ihttpopen_read_answers[] = {68};
ATC__ICA_CHECK(ihttpopen_read_fits, sizeof(atc_ica_ihttpopen_read) <= ATC_MSG_BUF);
static const atc_field_desc atc__ica_ihttppara_test_fields[] = {
    { "para_tag", ATC_T_SUPPORTED, 0, offsetof(atc_ica_ihttppara_test, para_tag), 0, 0, 0, 0, NULL, NULL, 0, -1, 0, NULL, NULL, 0, 0 },
    { "para_value", ATC_T_SUPPORTED, 0, offsetof(atc_ica_ihttppara_test, para_value), 0, 0, 0, 0, NULL, NULL, 0, -1, 0, NULL, NULL, 0, 0 },
};
static const uint32_t atc__ica_ihttppara_test_shapes[] = {0x3u};
static const uint16_t atc__ica_ihttppara_test_answers[] = {70};
ATC__ICA_CHECK(ihttppara_test_fits, sizeof(atc_ica_ihttppara_test) <= ATC_MSG_BUF);
static const char *const atc__ica_ihttppara_read_0_values[] = {"\"KEEPALIVE\""};
static const int32_t atc__ica_ihttppara_read_1_ranges[] = {0, 0, 1, 1};
static const char *const atc__ica_ihttppara_read_2_values[] = {"\"TIMEOUT\""};
static const char *const atc__ica_ihttppara_read_4_values[] = {"\"AUTHMODE\""};
static const int32_t atc__ica_ihttppara_read_5_ranges[] = {0, 0, 1, 1};
static const atc_field_desc atc__ica_ihttppara_read_fields[] = {
    { "\"KEEPALIVE\"", ATC_T_LITERAL, ATC_F_OPTIONAL, 0, 0, 0, 0, 1, NULL, atc__ica_ihttppara_read_0_values, 0, -1, 0, NULL, NULL, 0, 0 },
    { "keepalive", ATC_T_INT, ATC_F_OPTIONAL, offsetof(atc_ica_ihttppara_read, keepalive), offsetof(atc_ica_ihttppara_read, has_keepalive), 0, 2, 0, atc__ica_ihttppara_read_1_ranges, NULL, 0, -1, 0, NULL, NULL, 0, 0 },
    { "\"TIMEOUT\"", ATC_T_LITERAL, ATC_F_OPTIONAL, 0, 0, 0, 0, 1, NULL, atc__ica_ihttppara_read_2_values, 0, -1, 0, NULL, NULL, 0, 0 },
    { "timeout", ATC_T_INT, ATC_F_OPTIONAL, offsetof(atc_ica_ihttppara_read, timeout), offsetof(atc_ica_ihttppara_read, has_timeout), 0, 0, 0, NULL, NULL, 0, -1, 0, NULL, NULL, 0, 0 },
    { "\"AUTHMODE\"", ATC_T_LITERAL, ATC_F_OPTIONAL, 0, 0, 0, 0, 1, NULL, atc__ica_ihttppara_read_4_values, 0, -1, 0, NULL, NULL, 0, 0 },
    { "authmode", ATC_T_INT, ATC_F_OPTIONAL, offsetof(atc_ica_ihttppara_read, authmode), offsetof(atc_ica_ihttppara_read, has_authmode), 0, 2, 0, atc__ica_ihttppara_read_5_ranges, NULL, 0, -1, 0, NULL, NULL, 0, 0 },
};
static const uint32_t atc__ica_ihttppara_read_shapes[] = {0x0u};
static const uint16_t atc__ica_ihttppara_read_answers[] = {71};
ATC__ICA_CHECK(ihttppara_read_fits, sizeof(atc_ica_ihttppara_read) <= ATC_MSG_BUF);
static const atc_field_desc atc__ica_ihttpauth_test_fields[] = {
    { "para_tag", ATC_T_SUPPORTED, ATC_F_LIST, offsetof(atc_ica_ihttpauth_test, para_tag), 0, 0, 0, 0, NULL, NULL, 0, -1, 0, NULL, NULL, 8, offsetof(atc_ica_ihttpauth_test, para_tag_count) },
};
static const uint32_t atc__ica_ihttpauth_test_shapes[] = {0x1u};
static const uint16_t atc__ica_ihttpauth_test_answers[] = {73};
ATC__ICA_CHECK(ihttpauth_test_fits, sizeof(atc_ica_ihttpauth_test) <= ATC_MSG_BUF);
static const atc_field_desc atc__ica_ihttpauth_read_fields[] = {
    { "para_value", ATC_T_STRING, ATC_F_LIST, offsetof(atc_ica_ihttpauth_read, para_value), 0, 0, 0, 0, NULL, NULL, 0, -1, 0, NULL, NULL, 8, offsetof(atc_ica_ihttpauth_read, para_value_count) },
};
static const uint32_t atc__ica_ihttpauth_read_shapes[] = {0x1u};
static const uint16_t atc__ica_ihttpauth_read_answers[] = {74};
ATC__ICA_CHECK(ihttpauth_read_fits, sizeof(atc_ica_ihttpauth_read) <= ATC_MSG_BUF);
static const atc_field_desc atc__ica_ihttpsend_test_fields[] = {
    { "method", ATC_T_SUPPORTED, 0, offsetof(atc_ica_ihttpsend_test, method), 0, 0, 0, 0, NULL, NULL, 0, -1, 0, NULL, NULL, 0, 0 },
    { "path", ATC_T_SUPPORTED, 0, offsetof(atc_ica_ihttpsend_test, path), 0, 0, 0, 0, NULL, NULL, 0, -1, 0, NULL, NULL, 0, 0 },
    { "message", ATC_T_SUPPORTED, 0, offsetof(atc_ica_ihttpsend_test, message), 0, 0, 0, 0, NULL, NULL, 0, -1, 0, NULL, NULL, 0, 0 },
};
static const uint32_t atc__ica_ihttpsend_test_shapes[] = {0x7u};
static const uint16_t atc__ica_ihttpsend_test_answers[] = {76};
ATC__ICA_CHECK(ihttpsend_test_fits, sizeof(atc_ica_ihttpsend_test) <= ATC_MSG_BUF);
static const int32_t atc__ica_ihttpsend_read_0_ranges[] = {1, 1, 2, 2, 3, 3, 4, 4};
static const atc_field_desc atc__ica_ihttpsend_read_fields[] = {
    { "method", ATC_T_INT, 0, offsetof(atc_ica_ihttpsend_read, method), 0, 0, 4, 0, atc__ica_ihttpsend_read_0_ranges, NULL, 0, -1, 0, NULL, NULL, 0, 0 },
    { "path", ATC_T_STRING, 0, offsetof(atc_ica_ihttpsend_read, path), 0, 0, 0, 0, NULL, NULL, 0, -1, 0, NULL, NULL, 0, 0 },
    { "message", ATC_T_STRING, 0, offsetof(atc_ica_ihttpsend_read, message), 0, 0, 0, 0, NULL, NULL, 0, -1, 0, NULL, NULL, 0, 0 },
};
static const uint32_t atc__ica_ihttpsend_read_shapes[] = {0x7u};
static const uint16_t atc__ica_ihttpsend_read_answers[] = {77};
ATC__ICA_CHECK(ihttpsend_read_fits, sizeof(atc_ica_ihttpsend_read) <= ATC_MSG_BUF);
static const atc_field_desc atc__ica_ihttpsendreq_test_fields[] = {
    { "method", ATC_T_SUPPORTED, 0, offsetof(atc_ica_ihttpsendreq_test, method), 0, 0, 0, 0, NULL, NULL, 0, -1, 0, NULL, NULL, 0, 0 },
    { "path", ATC_T_SUPPORTED, 0, offsetof(atc_ica_ihttpsendreq_test, path), 0, 0, 0, 0, NULL, NULL, 0, -1, 0, NULL, NULL, 0, 0 },
    { "message", ATC_T_SUPPORTED, 0, offsetof(atc_ica_ihttpsendreq_test, message), 0, 0, 0, 0, NULL, NULL, 0, -1, 0, NULL, NULL, 0, 0 },
    { "format", ATC_T_SUPPORTED, 0, offsetof(atc_ica_ihttpsendreq_test, format), 0, 0, 0, 0, NULL, NULL, 0, -1, 0, NULL, NULL, 0, 0 },
    { "fragment_id", ATC_T_SUPPORTED, 0, offsetof(atc_ica_ihttpsendreq_test, fragment_id), 0, 0, 0, 0, NULL, NULL, 0, -1, 0, NULL, NULL, 0, 0 },
};
static const uint32_t atc__ica_ihttpsendreq_test_shapes[] = {0x1fu};
static const uint16_t atc__ica_ihttpsendreq_test_answers[] = {79};
ATC__ICA_CHECK(ihttpsendreq_test_fits, sizeof(atc_ica_ihttpsendreq_test) <= ATC_MSG_BUF);
static const int32_t atc__ica_ihttpsendreq_read_0_ranges[] = {1, 1, 2, 2, 3, 3, 4, 4};
static const int32_t atc__ica_ihttpsendreq_read_3_ranges[] = {0, 0, 1, 1};
static const atc_field_desc atc__ica_ihttpsendreq_read_fields[] = {
    { "method", ATC_T_INT, 0, offsetof(atc_ica_ihttpsendreq_read, method), 0, 0, 4, 0, atc__ica_ihttpsendreq_read_0_ranges, NULL, 0, -1, 0, NULL, NULL, 0, 0 },
    { "path", ATC_T_STRING, 0, offsetof(atc_ica_ihttpsendreq_read, path), 0, 0, 0, 0, NULL, NULL, 0, -1, 0, NULL, NULL, 0, 0 },
    { "message", ATC_T_STRING, 0, offsetof(atc_ica_ihttpsendreq_read, message), 0, 0, 0, 0, NULL, NULL, 0, -1, 0, NULL, NULL, 0, 0 },
    { "format", ATC_T_INT, ATC_F_OPTIONAL, offsetof(atc_ica_ihttpsendreq_read, format), offsetof(atc_ica_ihttpsendreq_read, has_format), 0, 2, 0, atc__ica_ihttpsendreq_read_3_ranges, NULL, 0, -1, 0, NULL, NULL, 0, 0 },
    { "fragment_id", ATC_T_INT, ATC_F_OPTIONAL, offsetof(atc_ica_ihttpsendreq_read, fragment_id), offsetof(atc_ica_ihttpsendreq_read, has_fragment_id), 0, 0, 0, NULL, NULL, 0, -1, 0, NULL, NULL, 0, 0 },
};
static const uint32_t atc__ica_ihttpsendreq_read_shapes[] = {0x7u, 0xfu, 0x1fu};
static const uint16_t atc__ica_ihttpsendreq_read_answers[] = {80};
ATC__ICA_CHECK(ihttpsendreq_read_fits, sizeof(atc_ica_ihttpsendreq_read) <= ATC_MSG_BUF);
static const atc_field_desc atc__ica_ihttpsendreq_set_fields[] = {
    { "packet_token", ATC_T_INT, 0, offsetof(atc_ica_ihttpsendreq_set, packet_token), 0, 0, 0, 0, NULL, NULL, 0, -1, 0, NULL, NULL, 0, 0 },
};
static const uint32_t atc__ica_ihttpsendreq_set_shapes[] = {0x1u};
static const uint16_t atc__ica_ihttpsendreq_set_answers[] = {81};
ATC__ICA_CHECK(ihttpsendreq_set_fits, sizeof(atc_ica_ihttpsendreq_set) <= ATC_MSG_BUF);
static const atc_field_desc atc__ica_ihttpsendbin_test_fields[] = {
    { "method", ATC_T_SUPPORTED, 0, offsetof(atc_ica_ihttpsendbin_test, method), 0, 0, 0, 0, NULL, NULL, 0, -1, 0, NULL, NULL, 0, 0 },
    { "path", ATC_T_SUPPORTED, 0, offsetof(atc_ica_ihttpsendbin_test, path), 0, 0, 0, 0, NULL, NULL, 0, -1, 0, NULL, NULL, 0, 0 },
    { "msg_len", ATC_T_SUPPORTED, 0, offsetof(atc_ica_ihttpsendbin_test, msg_len), 0, 0, 0, 0, NULL, NULL, 0, -1, 0, NULL, NULL, 0, 0 },
};
static const uint32_t atc__ica_ihttpsendbin_test_shapes[] = {0x7u};
static const uint16_t atc__ica_ihttpsendbin_test_answers[] = {82};
ATC__ICA_CHECK(ihttpsendbin_test_fits, sizeof(atc_ica_ihttpsendbin_test) <= ATC_MSG_BUF);
static const int32_t atc__ica_ihttpsendbin_read_0_ranges[] = {1, 1, 2, 2, 3, 3, 4, 4};
static const int32_t atc__ica_ihttpsendbin_read_2_ranges[] = {0, 65535};
static const atc_field_desc atc__ica_ihttpsendbin_read_fields[] = {
    { "method", ATC_T_INT, 0, offsetof(atc_ica_ihttpsendbin_read, method), 0, 0, 4, 0, atc__ica_ihttpsendbin_read_0_ranges, NULL, 0, -1, 0, NULL, NULL, 0, 0 },
    { "path", ATC_T_STRING, 0, offsetof(atc_ica_ihttpsendbin_read, path), 0, 0, 0, 0, NULL, NULL, 0, -1, 0, NULL, NULL, 0, 0 },
    { "msg_len", ATC_T_INT, 0, offsetof(atc_ica_ihttpsendbin_read, msg_len), 0, 0, 1, 0, atc__ica_ihttpsendbin_read_2_ranges, NULL, 0, -1, 0, NULL, NULL, 0, 0 },
};
static const uint32_t atc__ica_ihttpsendbin_read_shapes[] = {0x7u};
static const uint16_t atc__ica_ihttpsendbin_read_answers[] = {83};
ATC__ICA_CHECK(ihttpsendbin_read_fits, sizeof(atc_ica_ihttpsendbin_read) <= ATC_MSG_BUF);
static const atc_field_desc atc__ica_ihttpsendbin_set_fields[] = {
    { "packet_token", ATC_T_INT, 0, offsetof(atc_ica_ihttpsendbin_set, packet_token), 0, 0, 0, 0, NULL, NULL, 0, -1, 0, NULL, NULL, 0, 0 },
};
static const uint32_t atc__ica_ihttpsendbin_set_shapes[] = {0x1u};
static const uint16_t atc__ica_ihttpsendbin_set_answers[] = {84};
ATC__ICA_CHECK(ihttpsendbin_set_fits, sizeof(atc_ica_ihttpsendbin_set) <= ATC_MSG_BUF);
static const int32_t atc__ica_ihttprcvrsp_read_1_ranges[] = {0, 0, 1, 1, 2, 2, 3, 3, 4, 4, 5, 5, 255, 255};
static const int32_t atc__ica_ihttprcvrsp_read_3_ranges[] = {0, 65535};
static const int32_t atc__ica_ihttprcvrsp_read_5_ranges[] = {0, 0, 1, 1};
static const atc_field_desc atc__ica_ihttprcvrsp_read_fields[] = {
    { "packet_token", ATC_T_INT, 0, offsetof(atc_ica_ihttprcvrsp_read, packet_token), 0, 0, 0, 0, NULL, NULL, 0, -1, 0, NULL, NULL, 0, 0 },
    { "status", ATC_T_INT, 0, offsetof(atc_ica_ihttprcvrsp_read, status), 0, 0, 7, 0, atc__ica_ihttprcvrsp_read_1_ranges, NULL, 0, -1, 0, NULL, NULL, 0, 0 },
    { "path", ATC_T_STRING, ATC_F_OPTIONAL, offsetof(atc_ica_ihttprcvrsp_read, path), offsetof(atc_ica_ihttprcvrsp_read, has_path), 0, 0, 0, NULL, NULL, 0, -1, 0, NULL, NULL, 0, 0 },
    { "msg_len", ATC_T_INT, ATC_F_OPTIONAL, offsetof(atc_ica_ihttprcvrsp_read, msg_len), offsetof(atc_ica_ihttprcvrsp_read, has_msg_len), 0, 1, 0, atc__ica_ihttprcvrsp_read_3_ranges, NULL, 0, -1, 0, NULL, NULL, 0, 0 },
    { "message", ATC_T_STRING, ATC_F_OPTIONAL, offsetof(atc_ica_ihttprcvrsp_read, message), offsetof(atc_ica_ihttprcvrsp_read, has_message), 0, 0, 0, NULL, NULL, 0, -1, 0, NULL, NULL, 0, 0 },
    { "format", ATC_T_INT, ATC_F_OPTIONAL, offsetof(atc_ica_ihttprcvrsp_read, format), offsetof(atc_ica_ihttprcvrsp_read, has_format), 0, 2, 0, atc__ica_ihttprcvrsp_read_5_ranges, NULL, 0, -1, 0, NULL, NULL, 0, 0 },
    { "fragment_id", ATC_T_INT, ATC_F_OPTIONAL, offsetof(atc_ica_ihttprcvrsp_read, fragment_id), offsetof(atc_ica_ihttprcvrsp_read, has_fragment_id), 0, 0, 0, NULL, NULL, 0, -1, 0, NULL, NULL, 0, 0 },
};
static const uint32_t atc__ica_ihttprcvrsp_read_shapes[] = {0x3u, 0x1fu, 0x3fu, 0x7fu};
static const uint16_t atc__ica_ihttprcvrsp_read_answers[] = {86};
ATC__ICA_CHECK(ihttprcvrsp_read_fits, sizeof(atc_ica_ihttprcvrsp_read) <= ATC_MSG_BUF);
static const int32_t atc__ica_ihttprcvbin_read_1_ranges[] = {0, 0, 1, 1, 2, 2, 3, 3, 4, 4, 5, 5, 255, 255};
static const int32_t atc__ica_ihttprcvbin_read_3_ranges[] = {0, 65535};
static const atc_field_desc atc__ica_ihttprcvbin_read_fields[] = {
    { "packet_token", ATC_T_INT, 0, offsetof(atc_ica_ihttprcvbin_read, packet_token), 0, 0, 0, 0, NULL, NULL, 0, -1, 0, NULL, NULL, 0, 0 },
    { "status", ATC_T_INT, 0, offsetof(atc_ica_ihttprcvbin_read, status), 0, 0, 7, 0, atc__ica_ihttprcvbin_read_1_ranges, NULL, 0, -1, 0, NULL, NULL, 0, 0 },
    { "path", ATC_T_STRING, ATC_F_OPTIONAL, offsetof(atc_ica_ihttprcvbin_read, path), offsetof(atc_ica_ihttprcvbin_read, has_path), 0, 0, 0, NULL, NULL, 0, -1, 0, NULL, NULL, 0, 0 },
    { "msg_len", ATC_T_INT, ATC_F_OPTIONAL, offsetof(atc_ica_ihttprcvbin_read, msg_len), offsetof(atc_ica_ihttprcvbin_read, has_msg_len), 0, 1, 0, atc__ica_ihttprcvbin_read_3_ranges, NULL, 0, -1, 0, NULL, NULL, 0, 0 },
};
static const uint32_t atc__ica_ihttprcvbin_read_shapes[] = {0x3u, 0xfu};
static const uint16_t atc__ica_ihttprcvbin_read_answers[] = {88};
ATC__ICA_CHECK(ihttprcvbin_read_fits, sizeof(atc_ica_ihttprcvbin_read) <= ATC_MSG_BUF);
static const atc_field_desc atc__ica_iotapara_test_fields[] = {
    { "para_tag", ATC_T_SUPPORTED, 0, offsetof(atc_ica_iotapara_test, para_tag), 0, 0, 0, 0, NULL, NULL, 0, -1, 0, NULL, NULL, 0, 0 },
    { "para_value", ATC_T_SUPPORTED, 0, offsetof(atc_ica_iotapara_test, para_value), 0, 0, 0, 0, NULL, NULL, 0, -1, 0, NULL, NULL, 0, 0 },
};
static const uint32_t atc__ica_iotapara_test_shapes[] = {0x3u};
static const uint16_t atc__ica_iotapara_test_answers[] = {91};
ATC__ICA_CHECK(iotapara_test_fits, sizeof(atc_ica_iotapara_test) <= ATC_MSG_BUF);
static const char *const atc__ica_iotapara_read_0_values[] = {"\"DURATION\""};
static const char *const atc__ica_iotapara_read_2_values[] = {"\"BLOCKSIZE\""};
static const atc_field_desc atc__ica_iotapara_read_fields[] = {
    { "\"DURATION\"", ATC_T_LITERAL, ATC_F_OPTIONAL, 0, 0, 0, 0, 1, NULL, atc__ica_iotapara_read_0_values, 0, -1, 0, NULL, NULL, 0, 0 },
    { "duration", ATC_T_INT, ATC_F_OPTIONAL, offsetof(atc_ica_iotapara_read, duration), offsetof(atc_ica_iotapara_read, has_duration), 0, 0, 0, NULL, NULL, 0, -1, 0, NULL, NULL, 0, 0 },
    { "\"BLOCKSIZE\"", ATC_T_LITERAL, ATC_F_OPTIONAL, 0, 0, 0, 0, 1, NULL, atc__ica_iotapara_read_2_values, 0, -1, 0, NULL, NULL, 0, 0 },
    { "blocksize", ATC_T_INT, ATC_F_OPTIONAL, offsetof(atc_ica_iotapara_read, blocksize), offsetof(atc_ica_iotapara_read, has_blocksize), 0, 0, 0, NULL, NULL, 0, -1, 0, NULL, NULL, 0, 0 },
};
static const uint32_t atc__ica_iotapara_read_shapes[] = {0x0u};
static const uint16_t atc__ica_iotapara_read_answers[] = {92};
ATC__ICA_CHECK(iotapara_read_fits, sizeof(atc_ica_iotapara_read) <= ATC_MSG_BUF);
static const atc_field_desc atc__ica_iotaver_test_fields[] = {
    { "version", ATC_T_SUPPORTED, 0, offsetof(atc_ica_iotaver_test, version), 0, 0, 0, 0, NULL, NULL, 0, -1, 0, NULL, NULL, 0, 0 },
};
static const uint32_t atc__ica_iotaver_test_shapes[] = {0x1u};
static const uint16_t atc__ica_iotaver_test_answers[] = {94};
ATC__ICA_CHECK(iotaver_test_fits, sizeof(atc_ica_iotaver_test) <= ATC_MSG_BUF);
static const atc_field_desc atc__ica_iotaver_read_fields[] = {
    { "version", ATC_T_STRING, 0, offsetof(atc_ica_iotaver_read, version), 0, 0, 0, 0, NULL, NULL, 0, -1, 0, NULL, NULL, 0, 0 },
};
static const uint32_t atc__ica_iotaver_read_shapes[] = {0x1u};
static const uint16_t atc__ica_iotaver_read_answers[] = {95};
ATC__ICA_CHECK(iotaver_read_fits, sizeof(atc_ica_iotaver_read) <= ATC_MSG_BUF);
static const atc_field_desc atc__ica_iotanewver_read_fields[] = {
    { "version", ATC_T_STRING, 0, offsetof(atc_ica_iotanewver_read, version), 0, 0, 0, 0, NULL, NULL, 0, -1, 0, NULL, NULL, 0, 0 },
    { "img_size", ATC_T_INT, 0, offsetof(atc_ica_iotanewver_read, img_size), 0, 0, 0, 0, NULL, NULL, 0, -1, 0, NULL, NULL, 0, 0 },
    { "checksum", ATC_T_STRING, 0, offsetof(atc_ica_iotanewver_read, checksum), 0, 0, 0, 0, NULL, NULL, 0, -1, 0, NULL, NULL, 0, 0 },
};
static const uint32_t atc__ica_iotanewver_read_shapes[] = {0x7u};
static const uint16_t atc__ica_iotanewver_read_answers[] = {98};
ATC__ICA_CHECK(iotanewver_read_fits, sizeof(atc_ica_iotanewver_read) <= ATC_MSG_BUF);
static const atc_field_desc atc__ica_iotapgs_test_fields[] = {
    { "progress", ATC_T_SUPPORTED, 0, offsetof(atc_ica_iotapgs_test, progress), 0, 0, 0, 0, NULL, NULL, 0, -1, 0, NULL, NULL, 0, 0 },
    { "desc", ATC_T_SUPPORTED, 0, offsetof(atc_ica_iotapgs_test, desc), 0, 0, 0, 0, NULL, NULL, 0, -1, 0, NULL, NULL, 0, 0 },
};
static const uint32_t atc__ica_iotapgs_test_shapes[] = {0x3u};
static const uint16_t atc__ica_iotapgs_test_answers[] = {99};
ATC__ICA_CHECK(iotapgs_test_fits, sizeof(atc_ica_iotapgs_test) <= ATC_MSG_BUF);
static const atc_field_desc atc__ica_iotablock_fields[] = {
    { "message", ATC_T_STRING, 0, offsetof(atc_ica_iotablock, message), 0, 0, 0, 0, NULL, NULL, 0, -1, 0, NULL, NULL, 0, 0 },
};
static const uint32_t atc__ica_iotablock_shapes[] = {0x1u};
static const uint16_t atc__ica_iotablock_answers[] = {102};
ATC__ICA_CHECK(iotablock_fits, sizeof(atc_ica_iotablock) <= ATC_MSG_BUF);
static const atc_field_desc atc__ica_iloglvl_test_fields[] = {
    { "level", ATC_T_SUPPORTED, 0, offsetof(atc_ica_iloglvl_test, level), 0, 0, 0, 0, NULL, NULL, 0, -1, 0, NULL, NULL, 0, 0 },
};
static const uint32_t atc__ica_iloglvl_test_shapes[] = {0x1u};
static const uint16_t atc__ica_iloglvl_test_answers[] = {105};
ATC__ICA_CHECK(iloglvl_test_fits, sizeof(atc_ica_iloglvl_test) <= ATC_MSG_BUF);
static const int32_t atc__ica_iloglvl_read_0_ranges[] = {0, 5};
static const atc_field_desc atc__ica_iloglvl_read_fields[] = {
    { "level", ATC_T_INT, 0, offsetof(atc_ica_iloglvl_read, level), 0, 0, 1, 0, atc__ica_iloglvl_read_0_ranges, NULL, 0, -1, 0, NULL, NULL, 0, 0 },
};
static const uint32_t atc__ica_iloglvl_read_shapes[] = {0x1u};
static const uint16_t atc__ica_iloglvl_read_answers[] = {106};
ATC__ICA_CHECK(iloglvl_read_fits, sizeof(atc_ica_iloglvl_read) <= ATC_MSG_BUF);
static const atc_field_desc atc__ica_cgmi_fields[] = {
    { "text", ATC_T_TEXT, 0, offsetof(atc_ica_cgmi, text), 0, 0, 0, 0, NULL, NULL, 0, -1, 0, NULL, NULL, 0, 0 },
};
static const uint32_t atc__ica_cgmi_shapes[] = {0x1u};
static const uint16_t atc__ica_cgmi_answers[] = {112};
ATC__ICA_CHECK(cgmi_fits, sizeof(atc_ica_cgmi) <= ATC_MSG_BUF);
static const atc_field_desc atc__ica_cgmm_fields[] = {
    { "text", ATC_T_TEXT, 0, offsetof(atc_ica_cgmm, text), 0, 0, 0, 0, NULL, NULL, 0, -1, 0, NULL, NULL, 0, 0 },
};
static const uint32_t atc__ica_cgmm_shapes[] = {0x1u};
static const uint16_t atc__ica_cgmm_answers[] = {113};
ATC__ICA_CHECK(cgmm_fits, sizeof(atc_ica_cgmm) <= ATC_MSG_BUF);
static const atc_field_desc atc__ica_cgmr_fields[] = {
    { "text", ATC_T_TEXT, 0, offsetof(atc_ica_cgmr, text), 0, 0, 0, 0, NULL, NULL, 0, -1, 0, NULL, NULL, 0, 0 },
};
static const uint32_t atc__ica_cgmr_shapes[] = {0x1u};
static const uint16_t atc__ica_cgmr_answers[] = {114};
ATC__ICA_CHECK(cgmr_fits, sizeof(atc_ica_cgmr) <= ATC_MSG_BUF);
static const char *const atc__ica_imqttauth_ok_0_values[] = {"OK"};
static const atc_field_desc atc__ica_imqttauth_ok_fields[] = {
    { "OK", ATC_T_LITERAL, 0, 0, 0, 0, 0, 1, NULL, atc__ica_imqttauth_ok_0_values, 0, -1, 0, NULL, NULL, 0, 0 },
};
static const uint32_t atc__ica_imqttauth_ok_shapes[] = {0x1u};
ATC__ICA_CHECK(imqttauth_ok_fits, sizeof(atc_ica_imqttauth_ok) <= ATC_MSG_BUF);
static const char *const atc__ica_imqttauth_fail_0_values[] = {"FAIL"};
static const atc_field_desc atc__ica_imqttauth_fail_fields[] = {
    { "FAIL", ATC_T_LITERAL, 0, 0, 0, 0, 0, 1, NULL, atc__ica_imqttauth_fail_0_values, 0, -1, 0, NULL, NULL, 0, 0 },
};
static const uint32_t atc__ica_imqttauth_fail_shapes[] = {0x1u};
ATC__ICA_CHECK(imqttauth_fail_fits, sizeof(atc_ica_imqttauth_fail) <= ATC_MSG_BUF);
static const int32_t atc__ica_imqttpub_1_ranges[] = {0, 0, 1, 1, 2, 2};
static const atc_field_desc atc__ica_imqttpub_fields[] = {
    { "packet_id", ATC_T_INT, 0, offsetof(atc_ica_imqttpub, packet_id), 0, 0, 0, 0, NULL, NULL, 0, -1, 0, NULL, NULL, 0, 0 },
    { "status", ATC_T_INT, 0, offsetof(atc_ica_imqttpub, status), 0, 0, 3, 0, atc__ica_imqttpub_1_ranges, NULL, 0, -1, 0, NULL, NULL, 0, 0 },
};
static const uint32_t atc__ica_imqttpub_shapes[] = {0x3u};
ATC__ICA_CHECK(imqttpub_fits, sizeof(atc_ica_imqttpub) <= ATC_MSG_BUF);
static const int32_t atc__ica_imqttpubin_1_ranges[] = {0, 0, 1, 1, 2, 2};
static const atc_field_desc atc__ica_imqttpubin_fields[] = {
    { "packet_id", ATC_T_INT, 0, offsetof(atc_ica_imqttpubin, packet_id), 0, 0, 0, 0, NULL, NULL, 0, -1, 0, NULL, NULL, 0, 0 },
    { "status", ATC_T_INT, 0, offsetof(atc_ica_imqttpubin, status), 0, 0, 3, 0, atc__ica_imqttpubin_1_ranges, NULL, 0, -1, 0, NULL, NULL, 0, 0 },
};
static const uint32_t atc__ica_imqttpubin_shapes[] = {0x3u};
ATC__ICA_CHECK(imqttpubin_fits, sizeof(atc_ica_imqttpubin) <= ATC_MSG_BUF);
static const int32_t atc__ica_imqttsub_1_ranges[] = {0, 0, 1, 1, 2, 2, 128, 128};
static const atc_field_desc atc__ica_imqttsub_fields[] = {
    { "packet_id", ATC_T_INT, 0, offsetof(atc_ica_imqttsub, packet_id), 0, 0, 0, 0, NULL, NULL, 0, -1, 0, NULL, NULL, 0, 0 },
    { "status", ATC_T_INT, 0, offsetof(atc_ica_imqttsub, status), 0, 0, 4, 0, atc__ica_imqttsub_1_ranges, NULL, 0, -1, 0, NULL, NULL, 0, 0 },
};
static const uint32_t atc__ica_imqttsub_shapes[] = {0x3u};
ATC__ICA_CHECK(imqttsub_fits, sizeof(atc_ica_imqttsub) <= ATC_MSG_BUF);
static const int32_t atc__ica_imqttunsub_1_ranges[] = {0, 0, 1, 1, 2, 2};
static const atc_field_desc atc__ica_imqttunsub_fields[] = {
    { "packet_id", ATC_T_INT, 0, offsetof(atc_ica_imqttunsub, packet_id), 0, 0, 0, 0, NULL, NULL, 0, -1, 0, NULL, NULL, 0, 0 },
    { "status", ATC_T_INT, 0, offsetof(atc_ica_imqttunsub, status), 0, 0, 3, 0, atc__ica_imqttunsub_1_ranges, NULL, 0, -1, 0, NULL, NULL, 0, 0 },
};
static const uint32_t atc__ica_imqttunsub_shapes[] = {0x3u};
ATC__ICA_CHECK(imqttunsub_fits, sizeof(atc_ica_imqttunsub) <= ATC_MSG_BUF);
static const int32_t atc__ica_imqttrcvpub_2_ranges[] = {0, 65535};
static const int32_t atc__ica_imqttrcvpub_4_ranges[] = {0, 0, 1, 1};
static const atc_field_desc atc__ica_imqttrcvpub_fields[] = {
    { "packet_id", ATC_T_INT, 0, offsetof(atc_ica_imqttrcvpub, packet_id), 0, 0, 0, 0, NULL, NULL, 0, -1, 0, NULL, NULL, 0, 0 },
    { "topic", ATC_T_STRING, 0, offsetof(atc_ica_imqttrcvpub, topic), 0, 0, 0, 0, NULL, NULL, 0, -1, 0, NULL, NULL, 0, 0 },
    { "msg_len", ATC_T_INT, 0, offsetof(atc_ica_imqttrcvpub, msg_len), 0, 0, 1, 0, atc__ica_imqttrcvpub_2_ranges, NULL, 0, -1, 0, NULL, NULL, 0, 0 },
    { "message", ATC_T_STRING, 0, offsetof(atc_ica_imqttrcvpub, message), 0, 0, 0, 0, NULL, NULL, 0, -1, 0, NULL, NULL, 0, 0 },
    { "format", ATC_T_INT, ATC_F_OPTIONAL, offsetof(atc_ica_imqttrcvpub, format), offsetof(atc_ica_imqttrcvpub, has_format), 0, 2, 0, atc__ica_imqttrcvpub_4_ranges, NULL, 0, -1, 0, NULL, NULL, 0, 0 },
    { "fragment_id", ATC_T_INT, ATC_F_OPTIONAL, offsetof(atc_ica_imqttrcvpub, fragment_id), offsetof(atc_ica_imqttrcvpub, has_fragment_id), 0, 0, 0, NULL, NULL, 0, -1, 0, NULL, NULL, 0, 0 },
};
static const uint32_t atc__ica_imqttrcvpub_shapes[] = {0xfu, 0x1fu, 0x3fu};
ATC__ICA_CHECK(imqttrcvpub_fits, sizeof(atc_ica_imqttrcvpub) <= ATC_MSG_BUF);
static const int32_t atc__ica_imqttrcvpubin_2_ranges[] = {0, 65535};
static const atc_field_desc atc__ica_imqttrcvpubin_fields[] = {
    { "packet_id", ATC_T_INT, 0, offsetof(atc_ica_imqttrcvpubin, packet_id), 0, 0, 0, 0, NULL, NULL, 0, -1, 0, NULL, NULL, 0, 0 },
    { "topic", ATC_T_STRING, 0, offsetof(atc_ica_imqttrcvpubin, topic), 0, 0, 0, 0, NULL, NULL, 0, -1, 0, NULL, NULL, 0, 0 },
    { "msg_len", ATC_T_INT, 0, offsetof(atc_ica_imqttrcvpubin, msg_len), 0, 0, 1, 0, atc__ica_imqttrcvpubin_2_ranges, NULL, 0, -1, 0, NULL, NULL, 0, 0 },
};
static const uint32_t atc__ica_imqttrcvpubin_shapes[] = {0x7u};
ATC__ICA_CHECK(imqttrcvpubin_fits, sizeof(atc_ica_imqttrcvpubin) <= ATC_MSG_BUF);
static const int32_t atc__ica_imqttstate_0_ranges[] = {0, 0, 1, 1, 2, 2};
static const atc_field_desc atc__ica_imqttstate_fields[] = {
    { "state", ATC_T_INT, 0, offsetof(atc_ica_imqttstate, state), 0, 0, 3, 0, atc__ica_imqttstate_0_ranges, NULL, 0, -1, 0, NULL, NULL, 0, 0 },
};
static const uint32_t atc__ica_imqttstate_shapes[] = {0x1u};
ATC__ICA_CHECK(imqttstate_fits, sizeof(atc_ica_imqttstate) <= ATC_MSG_BUF);
ATC__ICA_CHECK(imqttpingrsp_fits, sizeof(atc_ica_imqttpingrsp) <= ATC_MSG_BUF);
static const char *const atc__ica_icoapauth_ok_0_values[] = {"OK"};
static const atc_field_desc atc__ica_icoapauth_ok_fields[] = {
    { "OK", ATC_T_LITERAL, 0, 0, 0, 0, 0, 1, NULL, atc__ica_icoapauth_ok_0_values, 0, -1, 0, NULL, NULL, 0, 0 },
};
static const uint32_t atc__ica_icoapauth_ok_shapes[] = {0x1u};
ATC__ICA_CHECK(icoapauth_ok_fits, sizeof(atc_ica_icoapauth_ok) <= ATC_MSG_BUF);
static const char *const atc__ica_icoapauth_fail_0_values[] = {"FAIL"};
static const atc_field_desc atc__ica_icoapauth_fail_fields[] = {
    { "FAIL", ATC_T_LITERAL, 0, 0, 0, 0, 0, 1, NULL, atc__ica_icoapauth_fail_0_values, 0, -1, 0, NULL, NULL, 0, 0 },
};
static const uint32_t atc__ica_icoapauth_fail_shapes[] = {0x1u};
ATC__ICA_CHECK(icoapauth_fail_fits, sizeof(atc_ica_icoapauth_fail) <= ATC_MSG_BUF);
static const int32_t atc__ica_icoapsendreq_1_ranges[] = {0, 0, 1, 1, 2, 2};
static const atc_field_desc atc__ica_icoapsendreq_fields[] = {
    { "packet_token", ATC_T_INT, 0, offsetof(atc_ica_icoapsendreq, packet_token), 0, 0, 0, 0, NULL, NULL, 0, -1, 0, NULL, NULL, 0, 0 },
    { "status", ATC_T_INT, 0, offsetof(atc_ica_icoapsendreq, status), 0, 0, 3, 0, atc__ica_icoapsendreq_1_ranges, NULL, 0, -1, 0, NULL, NULL, 0, 0 },
};
static const uint32_t atc__ica_icoapsendreq_shapes[] = {0x3u};
ATC__ICA_CHECK(icoapsendreq_fits, sizeof(atc_ica_icoapsendreq) <= ATC_MSG_BUF);
static const int32_t atc__ica_icoapsendbin_1_ranges[] = {0, 0, 1, 1, 2, 2};
static const atc_field_desc atc__ica_icoapsendbin_fields[] = {
    { "packet_token", ATC_T_INT, 0, offsetof(atc_ica_icoapsendbin, packet_token), 0, 0, 0, 0, NULL, NULL, 0, -1, 0, NULL, NULL, 0, 0 },
    { "status", ATC_T_INT, 0, offsetof(atc_ica_icoapsendbin, status), 0, 0, 3, 0, atc__ica_icoapsendbin_1_ranges, NULL, 0, -1, 0, NULL, NULL, 0, 0 },
};
static const uint32_t atc__ica_icoapsendbin_shapes[] = {0x3u};
ATC__ICA_CHECK(icoapsendbin_fits, sizeof(atc_ica_icoapsendbin) <= ATC_MSG_BUF);
static const int32_t atc__ica_icoaprcvrsp_2_ranges[] = {0, 65535};
static const int32_t atc__ica_icoaprcvrsp_4_ranges[] = {0, 0, 1, 1};
static const atc_field_desc atc__ica_icoaprcvrsp_fields[] = {
    { "packet_token", ATC_T_INT, 0, offsetof(atc_ica_icoaprcvrsp, packet_token), 0, 0, 0, 0, NULL, NULL, 0, -1, 0, NULL, NULL, 0, 0 },
    { "path", ATC_T_STRING, ATC_F_OPTIONAL, offsetof(atc_ica_icoaprcvrsp, path), offsetof(atc_ica_icoaprcvrsp, has_path), 0, 0, 0, NULL, NULL, 0, -1, 0, NULL, NULL, 0, 0 },
    { "msg_len", ATC_T_INT, 0, offsetof(atc_ica_icoaprcvrsp, msg_len), 0, 0, 1, 0, atc__ica_icoaprcvrsp_2_ranges, NULL, 0, -1, 0, NULL, NULL, 0, 0 },
    { "message", ATC_T_STRING, 0, offsetof(atc_ica_icoaprcvrsp, message), 0, 0, 0, 0, NULL, NULL, 0, -1, 0, NULL, NULL, 0, 0 },
    { "format", ATC_T_INT, ATC_F_OPTIONAL, offsetof(atc_ica_icoaprcvrsp, format), offsetof(atc_ica_icoaprcvrsp, has_format), 0, 2, 0, atc__ica_icoaprcvrsp_4_ranges, NULL, 0, -1, 0, NULL, NULL, 0, 0 },
    { "fragment_id", ATC_T_INT, ATC_F_OPTIONAL, offsetof(atc_ica_icoaprcvrsp, fragment_id), offsetof(atc_ica_icoaprcvrsp, has_fragment_id), 0, 0, 0, NULL, NULL, 0, -1, 0, NULL, NULL, 0, 0 },
};
static const uint32_t atc__ica_icoaprcvrsp_shapes[] = {0xdu, 0xfu, 0x1du, 0x3du, 0x1fu, 0x3fu};
ATC__ICA_CHECK(icoaprcvrsp_fits, sizeof(atc_ica_icoaprcvrsp) <= ATC_MSG_BUF);
static const int32_t atc__ica_icoaprcvbin_2_ranges[] = {0, 65535};
static const atc_field_desc atc__ica_icoaprcvbin_fields[] = {
    { "packet_token", ATC_T_INT, 0, offsetof(atc_ica_icoaprcvbin, packet_token), 0, 0, 0, 0, NULL, NULL, 0, -1, 0, NULL, NULL, 0, 0 },
    { "path", ATC_T_STRING, ATC_F_OPTIONAL, offsetof(atc_ica_icoaprcvbin, path), offsetof(atc_ica_icoaprcvbin, has_path), 0, 0, 0, NULL, NULL, 0, -1, 0, NULL, NULL, 0, 0 },
    { "msg_len", ATC_T_INT, 0, offsetof(atc_ica_icoaprcvbin, msg_len), 0, 0, 1, 0, atc__ica_icoaprcvbin_2_ranges, NULL, 0, -1, 0, NULL, NULL, 0, 0 },
};
static const uint32_t atc__ica_icoaprcvbin_shapes[] = {0x5u, 0x7u};
ATC__ICA_CHECK(icoaprcvbin_fits, sizeof(atc_ica_icoaprcvbin) <= ATC_MSG_BUF);
static const char *const atc__ica_ihttpauth_ok_0_values[] = {"OK"};
static const atc_field_desc atc__ica_ihttpauth_ok_fields[] = {
    { "OK", ATC_T_LITERAL, 0, 0, 0, 0, 0, 1, NULL, atc__ica_ihttpauth_ok_0_values, 0, -1, 0, NULL, NULL, 0, 0 },
};
static const uint32_t atc__ica_ihttpauth_ok_shapes[] = {0x1u};
ATC__ICA_CHECK(ihttpauth_ok_fits, sizeof(atc_ica_ihttpauth_ok) <= ATC_MSG_BUF);
static const char *const atc__ica_ihttpauth_fail_0_values[] = {"FAIL"};
static const atc_field_desc atc__ica_ihttpauth_fail_fields[] = {
    { "FAIL", ATC_T_LITERAL, 0, 0, 0, 0, 0, 1, NULL, atc__ica_ihttpauth_fail_0_values, 0, -1, 0, NULL, NULL, 0, 0 },
};
static const uint32_t atc__ica_ihttpauth_fail_shapes[] = {0x1u};
ATC__ICA_CHECK(ihttpauth_fail_fits, sizeof(atc_ica_ihttpauth_fail) <= ATC_MSG_BUF);
static const int32_t atc__ica_ihttpsend_0_ranges[] = {0, 0, 1, 1, 2, 2, 3, 3, 4, 4, 5, 5, 255, 255};
static const atc_field_desc atc__ica_ihttpsend_fields[] = {
    { "status", ATC_T_INT, 0, offsetof(atc_ica_ihttpsend, status), 0, 0, 7, 0, atc__ica_ihttpsend_0_ranges, NULL, 0, -1, 0, NULL, NULL, 0, 0 },
    { "resp_len", ATC_T_INT, ATC_F_OPTIONAL, offsetof(atc_ica_ihttpsend, resp_len), offsetof(atc_ica_ihttpsend, has_resp_len), 0, 0, 0, NULL, NULL, 0, -1, 0, NULL, NULL, 0, 0 },
    { "response", ATC_T_STRING, ATC_F_OPTIONAL, offsetof(atc_ica_ihttpsend, response), offsetof(atc_ica_ihttpsend, has_response), 0, 0, 0, NULL, NULL, 0, -1, 0, NULL, NULL, 0, 0 },
};
static const uint32_t atc__ica_ihttpsend_shapes[] = {0x1u, 0x7u};
ATC__ICA_CHECK(ihttpsend_fits, sizeof(atc_ica_ihttpsend) <= ATC_MSG_BUF);
static const int32_t atc__ica_ihttprcvrsp_1_ranges[] = {0, 0, 1, 1, 2, 2, 3, 3, 4, 4, 5, 5, 255, 255};
static const int32_t atc__ica_ihttprcvrsp_3_ranges[] = {0, 65535};
static const int32_t atc__ica_ihttprcvrsp_5_ranges[] = {0, 0, 1, 1};
static const atc_field_desc atc__ica_ihttprcvrsp_fields[] = {
    { "packet_token", ATC_T_INT, 0, offsetof(atc_ica_ihttprcvrsp, packet_token), 0, 0, 0, 0, NULL, NULL, 0, -1, 0, NULL, NULL, 0, 0 },
    { "status", ATC_T_INT, 0, offsetof(atc_ica_ihttprcvrsp, status), 0, 0, 7, 0, atc__ica_ihttprcvrsp_1_ranges, NULL, 0, -1, 0, NULL, NULL, 0, 0 },
    { "path", ATC_T_STRING, ATC_F_OPTIONAL, offsetof(atc_ica_ihttprcvrsp, path), offsetof(atc_ica_ihttprcvrsp, has_path), 0, 0, 0, NULL, NULL, 0, -1, 0, NULL, NULL, 0, 0 },
    { "msg_len", ATC_T_INT, ATC_F_OPTIONAL, offsetof(atc_ica_ihttprcvrsp, msg_len), offsetof(atc_ica_ihttprcvrsp, has_msg_len), 0, 1, 0, atc__ica_ihttprcvrsp_3_ranges, NULL, 0, -1, 0, NULL, NULL, 0, 0 },
    { "message", ATC_T_STRING, ATC_F_OPTIONAL, offsetof(atc_ica_ihttprcvrsp, message), offsetof(atc_ica_ihttprcvrsp, has_message), 0, 0, 0, NULL, NULL, 0, -1, 0, NULL, NULL, 0, 0 },
    { "format", ATC_T_INT, ATC_F_OPTIONAL, offsetof(atc_ica_ihttprcvrsp, format), offsetof(atc_ica_ihttprcvrsp, has_format), 0, 2, 0, atc__ica_ihttprcvrsp_5_ranges, NULL, 0, -1, 0, NULL, NULL, 0, 0 },
    { "fragment_id", ATC_T_INT, ATC_F_OPTIONAL, offsetof(atc_ica_ihttprcvrsp, fragment_id), offsetof(atc_ica_ihttprcvrsp, has_fragment_id), 0, 0, 0, NULL, NULL, 0, -1, 0, NULL, NULL, 0, 0 },
};
static const uint32_t atc__ica_ihttprcvrsp_shapes[] = {0x3u, 0x1fu, 0x3fu, 0x7fu};
ATC__ICA_CHECK(ihttprcvrsp_fits, sizeof(atc_ica_ihttprcvrsp) <= ATC_MSG_BUF);
static const int32_t atc__ica_ihttprcvbin_1_ranges[] = {0, 0, 1, 1, 2, 2, 3, 3, 4, 4, 5, 5, 255, 255};
static const int32_t atc__ica_ihttprcvbin_3_ranges[] = {0, 65535};
static const atc_field_desc atc__ica_ihttprcvbin_fields[] = {
    { "packet_token", ATC_T_INT, 0, offsetof(atc_ica_ihttprcvbin, packet_token), 0, 0, 0, 0, NULL, NULL, 0, -1, 0, NULL, NULL, 0, 0 },
    { "status", ATC_T_INT, 0, offsetof(atc_ica_ihttprcvbin, status), 0, 0, 7, 0, atc__ica_ihttprcvbin_1_ranges, NULL, 0, -1, 0, NULL, NULL, 0, 0 },
    { "path", ATC_T_STRING, ATC_F_OPTIONAL, offsetof(atc_ica_ihttprcvbin, path), offsetof(atc_ica_ihttprcvbin, has_path), 0, 0, 0, NULL, NULL, 0, -1, 0, NULL, NULL, 0, 0 },
    { "msg_len", ATC_T_INT, ATC_F_OPTIONAL, offsetof(atc_ica_ihttprcvbin, msg_len), offsetof(atc_ica_ihttprcvbin, has_msg_len), 0, 1, 0, atc__ica_ihttprcvbin_3_ranges, NULL, 0, -1, 0, NULL, NULL, 0, 0 },
};
static const uint32_t atc__ica_ihttprcvbin_shapes[] = {0x3u, 0xfu};
ATC__ICA_CHECK(ihttprcvbin_fits, sizeof(atc_ica_ihttprcvbin) <= ATC_MSG_BUF);
static const atc_field_desc atc__ica_iotanewver_fields[] = {
    { "version", ATC_T_STRING, 0, offsetof(atc_ica_iotanewver, version), 0, 0, 0, 0, NULL, NULL, 0, -1, 0, NULL, NULL, 0, 0 },
    { "img_size", ATC_T_INT, 0, offsetof(atc_ica_iotanewver, img_size), 0, 0, 0, 0, NULL, NULL, 0, -1, 0, NULL, NULL, 0, 0 },
    { "checksum", ATC_T_STRING, 0, offsetof(atc_ica_iotanewver, checksum), 0, 0, 0, 0, NULL, NULL, 0, -1, 0, NULL, NULL, 0, 0 },
};
static const uint32_t atc__ica_iotanewver_shapes[] = {0x7u};
ATC__ICA_CHECK(iotanewver_fits, sizeof(atc_ica_iotanewver) <= ATC_MSG_BUF);

static const atc_msg_desc atc__ica_msgs[] = {
    {"OK", NULL, "OK", ATC_KIND_FINAL, ATC_FORM_NONE, 0,
      0, NULL, NULL, 0,
      -1, 0, sizeof(atc_ica_ok), NULL, 0, 0, -1, NULL,
      NULL, 0, 0u },
    {"ERROR", NULL, "ERROR", ATC_KIND_FINAL, ATC_FORM_NONE, ATC_M_ERROR,
      0, NULL, NULL, 0,
      -1, 0, sizeof(atc_ica_error), NULL, 0, 0, -1, NULL,
      NULL, 0, 0u },
    {"CME_ERROR", NULL, "+CME ERROR: ", ATC_KIND_FINAL, ATC_FORM_NONE, ATC_M_ERROR,
      1, atc__ica_cme_error_fields, atc__ica_cme_error_shapes, 1,
      -1, 0, sizeof(atc_ica_cme_error), NULL, 0, 0, -1, NULL,
      NULL, 0, 0u },
    {"PROMPT", NULL, "> ", ATC_KIND_INTERMEDIATE, ATC_FORM_NONE, ATC_M_PROMPT,
      0, NULL, NULL, 0,
      -1, 0, sizeof(atc_ica_prompt), NULL, 0, 0, -1, NULL,
      NULL, 0, 0u },
    {"IMQTTMODE", NULL, "AT+IMQTTMODE=?", ATC_KIND_COMMAND, ATC_FORM_TEST, 0,
      0, NULL, NULL, 0,
      -1, 0, sizeof(atc_ica_at_imqttmode_test), NULL, 0, 0, -1, NULL,
      NULL, 0, 0u },
    {"IMQTTMODE", NULL, "AT+IMQTTMODE?", ATC_KIND_COMMAND, ATC_FORM_READ, 0,
      0, NULL, NULL, 0,
      -1, 0, sizeof(atc_ica_at_imqttmode_read), NULL, 0, 0, -1, NULL,
      NULL, 0, 0u },
    {"IMQTTMODE", NULL, "AT+IMQTTMODE=", ATC_KIND_COMMAND, ATC_FORM_SET, 0,
      1, atc__ica_at_imqttmode_set_fields, atc__ica_at_imqttmode_set_shapes, 1,
      -1, 0, sizeof(atc_ica_at_imqttmode_set), NULL, 0, 0, -1, NULL,
      NULL, 0, 0u },
    {"IMQTTOPEN", NULL, "AT+IMQTTOPEN=?", ATC_KIND_COMMAND, ATC_FORM_TEST, 0,
      0, NULL, NULL, 0,
      -1, 0, sizeof(atc_ica_at_imqttopen_test), NULL, 0, 0, -1, NULL,
      NULL, 0, 0u },
    {"IMQTTOPEN", NULL, "AT+IMQTTOPEN?", ATC_KIND_COMMAND, ATC_FORM_READ, 0,
      0, NULL, NULL, 0,
      -1, 0, sizeof(atc_ica_at_imqttopen_read), NULL, 0, 0, -1, NULL,
      NULL, 0, 0u },
    {"IMQTTOPEN", NULL, "AT+IMQTTOPEN=", ATC_KIND_COMMAND, ATC_FORM_SET, 0,
      2, atc__ica_at_imqttopen_set_fields, atc__ica_at_imqttopen_set_shapes, 1,
      -1, 0, sizeof(atc_ica_at_imqttopen_set), NULL, 0, 0, -1, NULL,
      NULL, 0, 0u },
    {"IMQTTAUTH", NULL, "AT+IMQTTAUTH=?", ATC_KIND_COMMAND, ATC_FORM_TEST, 0,
      0, NULL, NULL, 0,
      -1, 0, sizeof(atc_ica_at_imqttauth_test), NULL, 0, 0, -1, NULL,
      NULL, 0, 0u },
    {"IMQTTAUTH", NULL, "AT+IMQTTAUTH?", ATC_KIND_COMMAND, ATC_FORM_READ, 0,
      0, NULL, NULL, 0,
      -1, 0, sizeof(atc_ica_at_imqttauth_read), NULL, 0, 0, -1, NULL,
      NULL, 0, 0u },
    {"IMQTTAUTH", NULL, "AT+IMQTTAUTH=", ATC_KIND_COMMAND, ATC_FORM_SET, 0,
      1, atc__ica_at_imqttauth_set_fields, atc__ica_at_imqttauth_set_shapes, 1,
      -1, 0, sizeof(atc_ica_at_imqttauth_set), NULL, 0, 0, -1, NULL,
      NULL, 0, 0u },
    {"IMQTTPARA", NULL, "AT+IMQTTPARA=?", ATC_KIND_COMMAND, ATC_FORM_TEST, 0,
      0, NULL, NULL, 0,
      -1, 0, sizeof(atc_ica_at_imqttpara_test), NULL, 0, 0, -1, NULL,
      NULL, 0, 0u },
    {"IMQTTPARA", NULL, "AT+IMQTTPARA?", ATC_KIND_COMMAND, ATC_FORM_READ, 0,
      0, NULL, NULL, 0,
      -1, 0, sizeof(atc_ica_at_imqttpara_read), NULL, 0, 0, -1, NULL,
      NULL, 0, 0u },
    {"IMQTTPARA", NULL, "AT+IMQTTPARA=", ATC_KIND_COMMAND, ATC_FORM_SET, 0,
      10, atc__ica_at_imqttpara_set_fields, atc__ica_at_imqttpara_set_shapes, 1,
      -1, 0, sizeof(atc_ica_at_imqttpara_set), NULL, 0, 0, 0, NULL,
      NULL, 0, 0u },
    {"IMQTTCONN", NULL, "AT+IMQTTCONN=?", ATC_KIND_COMMAND, ATC_FORM_TEST, 0,
      0, NULL, NULL, 0,
      -1, 0, sizeof(atc_ica_at_imqttconn_test), NULL, 0, 0, -1, NULL,
      NULL, 0, 0u },
    {"IMQTTCONN", NULL, "AT+IMQTTCONN", ATC_KIND_COMMAND, ATC_FORM_EXEC, 0,
      0, NULL, NULL, 0,
      -1, 0, sizeof(atc_ica_at_imqttconn_exec), NULL, 0, 0, -1, NULL,
      NULL, 0, 0u },
    {"IMQTTPUB", NULL, "AT+IMQTTPUB=?", ATC_KIND_COMMAND, ATC_FORM_TEST, 0,
      0, NULL, NULL, 0,
      -1, 0, sizeof(atc_ica_at_imqttpub_test), NULL, 0, 0, -1, NULL,
      NULL, 0, 0u },
    {"IMQTTPUB", NULL, "AT+IMQTTPUB?", ATC_KIND_COMMAND, ATC_FORM_READ, 0,
      0, NULL, NULL, 0,
      -1, 0, sizeof(atc_ica_at_imqttpub_read), NULL, 0, 0, -1, NULL,
      NULL, 0, 0u },
    {"IMQTTPUB", NULL, "AT+IMQTTPUB=", ATC_KIND_COMMAND, ATC_FORM_SET, 0,
      5, atc__ica_at_imqttpub_set_fields, atc__ica_at_imqttpub_set_shapes, 3,
      -1, 0, sizeof(atc_ica_at_imqttpub_set), NULL, 0, 0, -1, NULL,
      NULL, 0, 0u },
    {"IMQTTPUBIN", NULL, "AT+IMQTTPUBIN=?", ATC_KIND_COMMAND, ATC_FORM_TEST, 0,
      0, NULL, NULL, 0,
      -1, 0, sizeof(atc_ica_at_imqttpubin_test), NULL, 0, 0, -1, NULL,
      NULL, 0, 0u },
    {"IMQTTPUBIN", NULL, "AT+IMQTTPUBIN?", ATC_KIND_COMMAND, ATC_FORM_READ, 0,
      0, NULL, NULL, 0,
      -1, 0, sizeof(atc_ica_at_imqttpubin_read), NULL, 0, 0, -1, NULL,
      NULL, 0, 0u },
    {"IMQTTPUBIN", NULL, "AT+IMQTTPUBIN=", ATC_KIND_COMMAND, ATC_FORM_SET, 0,
      3, atc__ica_at_imqttpubin_set_fields, atc__ica_at_imqttpubin_set_shapes, 1,
      -1, 0, sizeof(atc_ica_at_imqttpubin_set), atc__ica_at_imqttpubin_set_prompt, 2, 0, -1, NULL,
      NULL, 0, 0u },
    {"IMQTTSUB", NULL, "AT+IMQTTSUB=?", ATC_KIND_COMMAND, ATC_FORM_TEST, 0,
      0, NULL, NULL, 0,
      -1, 0, sizeof(atc_ica_at_imqttsub_test), NULL, 0, 0, -1, NULL,
      NULL, 0, 0u },
    {"IMQTTSUB", NULL, "AT+IMQTTSUB?", ATC_KIND_COMMAND, ATC_FORM_READ, 0,
      0, NULL, NULL, 0,
      -1, 0, sizeof(atc_ica_at_imqttsub_read), NULL, 0, 0, -1, NULL,
      NULL, 0, 0u },
    {"IMQTTSUB", NULL, "AT+IMQTTSUB=", ATC_KIND_COMMAND, ATC_FORM_SET, 0,
      2, atc__ica_at_imqttsub_set_fields, atc__ica_at_imqttsub_set_shapes, 1,
      -1, 0, sizeof(atc_ica_at_imqttsub_set), NULL, 0, 0, -1, NULL,
      NULL, 0, 0u },
    {"IMQTTUNSUB", NULL, "AT+IMQTTUNSUB=?", ATC_KIND_COMMAND, ATC_FORM_TEST, 0,
      0, NULL, NULL, 0,
      -1, 0, sizeof(atc_ica_at_imqttunsub_test), NULL, 0, 0, -1, NULL,
      NULL, 0, 0u },
    {"IMQTTUNSUB", NULL, "AT+IMQTTUNSUB?", ATC_KIND_COMMAND, ATC_FORM_READ, 0,
      0, NULL, NULL, 0,
      -1, 0, sizeof(atc_ica_at_imqttunsub_read), NULL, 0, 0, -1, NULL,
      NULL, 0, 0u },
    {"IMQTTUNSUB", NULL, "AT+IMQTTUNSUB=", ATC_KIND_COMMAND, ATC_FORM_SET, 0,
      1, atc__ica_at_imqttunsub_set_fields, atc__ica_at_imqttunsub_set_shapes, 1,
      -1, 0, sizeof(atc_ica_at_imqttunsub_set), NULL, 0, 0, -1, NULL,
      NULL, 0, 0u },
    {"IMQTTRCVPUB", NULL, "AT+IMQTTRCVPUB=?", ATC_KIND_COMMAND, ATC_FORM_TEST, 0,
      0, NULL, NULL, 0,
      -1, 0, sizeof(atc_ica_at_imqttrcvpub_test), NULL, 0, 0, -1, NULL,
      NULL, 0, 0u },
    {"IMQTTRCVPUB", NULL, "AT+IMQTTRCVPUB?", ATC_KIND_COMMAND, ATC_FORM_READ, 0,
      0, NULL, NULL, 0,
      -1, 0, sizeof(atc_ica_at_imqttrcvpub_read), NULL, 0, 0, -1, NULL,
      NULL, 0, 0u },
    {"IMQTTRCVPUBIN", NULL, "AT+IMQTTRCVPUBIN=?", ATC_KIND_COMMAND, ATC_FORM_TEST, 0,
      0, NULL, NULL, 0,
      -1, 0, sizeof(atc_ica_at_imqttrcvpubin_test), NULL, 0, 0, -1, NULL,
      NULL, 0, 0u },
    {"IMQTTRCVPUBIN", NULL, "AT+IMQTTRCVPUBIN?", ATC_KIND_COMMAND, ATC_FORM_READ, 0,
      0, NULL, NULL, 0,
      -1, 0, sizeof(atc_ica_at_imqttrcvpubin_read), NULL, 0, 0, -1, NULL,
      NULL, 0, 0u },
    {"IMQTTSTATE", NULL, "AT+IMQTTSTATE=?", ATC_KIND_COMMAND, ATC_FORM_TEST, 0,
      0, NULL, NULL, 0,
      -1, 0, sizeof(atc_ica_at_imqttstate_test), NULL, 0, 0, -1, NULL,
      NULL, 0, 0u },
    {"IMQTTSTATE", NULL, "AT+IMQTTSTATE?", ATC_KIND_COMMAND, ATC_FORM_READ, 0,
      0, NULL, NULL, 0,
      -1, 0, sizeof(atc_ica_at_imqttstate_read), NULL, 0, 0, -1, NULL,
      NULL, 0, 0u },
    {"IMQTTDISCONN", NULL, "AT+IMQTTDISCONN=?", ATC_KIND_COMMAND, ATC_FORM_TEST, 0,
      0, NULL, NULL, 0,
      -1, 0, sizeof(atc_ica_at_imqttdisconn_test), NULL, 0, 0, -1, NULL,
      NULL, 0, 0u },
    {"IMQTTDISCONN", NULL, "AT+IMQTTDISCONN", ATC_KIND_COMMAND, ATC_FORM_EXEC, 0,
      0, NULL, NULL, 0,
      -1, 0, sizeof(atc_ica_at_imqttdisconn_exec), NULL, 0, 0, -1, NULL,
      NULL, 0, 0u },
    {"IMQTTDBGPARA", NULL, "AT+IMQTTDBGPARA=?", ATC_KIND_COMMAND, ATC_FORM_TEST, 0,
      0, NULL, NULL, 0,
      -1, 0, sizeof(atc_ica_at_imqttdbgpara_test), NULL, 0, 0, -1, NULL,
      NULL, 0, 0u },
    {"IMQTTDBGPARA", NULL, "AT+IMQTTDBGPARA?", ATC_KIND_COMMAND, ATC_FORM_READ, 0,
      0, NULL, NULL, 0,
      -1, 0, sizeof(atc_ica_at_imqttdbgpara_read), NULL, 0, 0, -1, NULL,
      NULL, 0, 0u },
    {"IMQTTDBGPARA", NULL, "AT+IMQTTDBGPARA=", ATC_KIND_COMMAND, ATC_FORM_SET, 0,
      2, atc__ica_at_imqttdbgpara_set_fields, atc__ica_at_imqttdbgpara_set_shapes, 1,
      -1, 0, sizeof(atc_ica_at_imqttdbgpara_set), NULL, 0, 0, 0, NULL,
      NULL, 0, 0u },
    {"IMQTTPINGRSP", NULL, "AT+IMQTTPINGRSP=?", ATC_KIND_COMMAND, ATC_FORM_TEST, 0,
      0, NULL, NULL, 0,
      -1, 0, sizeof(atc_ica_at_imqttpingrsp_test), NULL, 0, 0, -1, NULL,
      NULL, 0, 0u },
    {"ICOAPPARA", NULL, "AT+ICOAPPARA=?", ATC_KIND_COMMAND, ATC_FORM_TEST, 0,
      0, NULL, NULL, 0,
      -1, 0, sizeof(atc_ica_at_icoappara_test), NULL, 0, 0, -1, NULL,
      NULL, 0, 0u },
    {"ICOAPPARA", NULL, "AT+ICOAPPARA?", ATC_KIND_COMMAND, ATC_FORM_READ, 0,
      0, NULL, NULL, 0,
      -1, 0, sizeof(atc_ica_at_icoappara_read), NULL, 0, 0, -1, NULL,
      NULL, 0, 0u },
    {"ICOAPPARA", NULL, "AT+ICOAPPARA=", ATC_KIND_COMMAND, ATC_FORM_SET, 0,
      2, atc__ica_at_icoappara_set_fields, atc__ica_at_icoappara_set_shapes, 1,
      -1, 0, sizeof(atc_ica_at_icoappara_set), NULL, 0, 0, 0, NULL,
      NULL, 0, 0u },
    {"ICOAPOPEN", NULL, "AT+ICOAPOPEN=?", ATC_KIND_COMMAND, ATC_FORM_TEST, 0,
      0, NULL, NULL, 0,
      -1, 0, sizeof(atc_ica_at_icoapopen_test), NULL, 0, 0, -1, NULL,
      NULL, 0, 0u },
    {"ICOAPOPEN", NULL, "AT+ICOAPOPEN?", ATC_KIND_COMMAND, ATC_FORM_READ, 0,
      0, NULL, NULL, 0,
      -1, 0, sizeof(atc_ica_at_icoapopen_read), NULL, 0, 0, -1, NULL,
      NULL, 0, 0u },
    {"ICOAPOPEN", NULL, "AT+ICOAPOPEN=", ATC_KIND_COMMAND, ATC_FORM_SET, 0,
      2, atc__ica_at_icoapopen_set_fields, atc__ica_at_icoapopen_set_shapes, 1,
      -1, 0, sizeof(atc_ica_at_icoapopen_set), NULL, 0, 0, -1, NULL,
      NULL, 0, 0u },
    {"ICOAPAUTH", NULL, "AT+ICOAPAUTH=?", ATC_KIND_COMMAND, ATC_FORM_TEST, 0,
      0, NULL, NULL, 0,
      -1, 0, sizeof(atc_ica_at_icoapauth_test), NULL, 0, 0, -1, NULL,
      NULL, 0, 0u },
    {"ICOAPAUTH", NULL, "AT+ICOAPAUTH?", ATC_KIND_COMMAND, ATC_FORM_READ, 0,
      0, NULL, NULL, 0,
      -1, 0, sizeof(atc_ica_at_icoapauth_read), NULL, 0, 0, -1, NULL,
      NULL, 0, 0u },
    {"ICOAPAUTH", NULL, "AT+ICOAPAUTH=", ATC_KIND_COMMAND, ATC_FORM_SET, 0,
      1, atc__ica_at_icoapauth_set_fields, atc__ica_at_icoapauth_set_shapes, 1,
      -1, 0, sizeof(atc_ica_at_icoapauth_set), NULL, 0, 0, -1, NULL,
      NULL, 0, 0u },
    {"ICOAPSENDREQ", NULL, "AT+ICOAPSENDREQ=?", ATC_KIND_COMMAND, ATC_FORM_TEST, 0,
      0, NULL, NULL, 0,
      -1, 0, sizeof(atc_ica_at_icoapsendreq_test), NULL, 0, 0, -1, NULL,
      NULL, 0, 0u },
    {"ICOAPSENDREQ", NULL, "AT+ICOAPSENDREQ?", ATC_KIND_COMMAND, ATC_FORM_READ, 0,
      0, NULL, NULL, 0,
      -1, 0, sizeof(atc_ica_at_icoapsendreq_read), NULL, 0, 0, -1, NULL,
      NULL, 0, 0u },
    {"ICOAPSENDREQ", NULL, "AT+ICOAPSENDREQ=", ATC_KIND_COMMAND, ATC_FORM_SET, 0,
      5, atc__ica_at_icoapsendreq_set_fields, atc__ica_at_icoapsendreq_set_shapes, 3,
      -1, 0, sizeof(atc_ica_at_icoapsendreq_set), NULL, 0, 0, -1, NULL,
      NULL, 0, 0u },
    {"ICOAPSENDBIN", NULL, "AT+ICOAPSENDBIN=?", ATC_KIND_COMMAND, ATC_FORM_TEST, 0,
      0, NULL, NULL, 0,
      -1, 0, sizeof(atc_ica_at_icoapsendbin_test), NULL, 0, 0, -1, NULL,
      NULL, 0, 0u },
    {"ICOAPSENDBIN", NULL, "AT+ICOAPSENDBIN?", ATC_KIND_COMMAND, ATC_FORM_READ, 0,
      0, NULL, NULL, 0,
      -1, 0, sizeof(atc_ica_at_icoapsendbin_read), NULL, 0, 0, -1, NULL,
      NULL, 0, 0u },
    {"ICOAPSENDBIN", NULL, "AT+ICOAPSENDBIN=", ATC_KIND_COMMAND, ATC_FORM_SET, 0,
      3, atc__ica_at_icoapsendbin_set_fields, atc__ica_at_icoapsendbin_set_shapes, 1,
      -1, 0, sizeof(atc_ica_at_icoapsendbin_set), atc__ica_at_icoapsendbin_set_prompt, 2, 0, -1, NULL,
      NULL, 0, 0u },
    {"ICOAPSENDREQN", NULL, "AT+ICOAPSENDREQN=?", ATC_KIND_COMMAND, ATC_FORM_TEST, 0,
      0, NULL, NULL, 0,
      -1, 0, sizeof(atc_ica_at_icoapsendreqn_test), NULL, 0, 0, -1, NULL,
      NULL, 0, 0u },
    {"ICOAPSENDREQN", NULL, "AT+ICOAPSENDREQN?", ATC_KIND_COMMAND, ATC_FORM_READ, 0,
      0, NULL, NULL, 0,
      -1, 0, sizeof(atc_ica_at_icoapsendreqn_read), NULL, 0, 0, -1, NULL,
      NULL, 0, 0u },
    {"ICOAPSENDREQN", NULL, "AT+ICOAPSENDREQN=", ATC_KIND_COMMAND, ATC_FORM_SET, 0,
      5, atc__ica_at_icoapsendreqn_set_fields, atc__ica_at_icoapsendreqn_set_shapes, 3,
      -1, 0, sizeof(atc_ica_at_icoapsendreqn_set), NULL, 0, 0, -1, NULL,
      NULL, 0, 0u },
    {"ICOAPSENDNBIN", NULL, "AT+ICOAPSENDNBIN=?", ATC_KIND_COMMAND, ATC_FORM_TEST, 0,
      0, NULL, NULL, 0,
      -1, 0, sizeof(atc_ica_at_icoapsendnbin_test), NULL, 0, 0, -1, NULL,
      NULL, 0, 0u },
    {"ICOAPSENDNBIN", NULL, "AT+ICOAPSENDNBIN?", ATC_KIND_COMMAND, ATC_FORM_READ, 0,
      0, NULL, NULL, 0,
      -1, 0, sizeof(atc_ica_at_icoapsendnbin_read), NULL, 0, 0, -1, NULL,
      NULL, 0, 0u },
    {"ICOAPSENDNBIN", NULL, "AT+ICOAPSENDNBIN=", ATC_KIND_COMMAND, ATC_FORM_SET, 0,
      3, atc__ica_at_icoapsendnbin_set_fields, atc__ica_at_icoapsendnbin_set_shapes, 1,
      -1, 0, sizeof(atc_ica_at_icoapsendnbin_set), atc__ica_at_icoapsendnbin_set_prompt, 2, 0, -1, NULL,
      NULL, 0, 0u },
    {"ICOAPRCVRSP", NULL, "AT+ICOAPRCVRSP=?", ATC_KIND_COMMAND, ATC_FORM_TEST, 0,
      0, NULL, NULL, 0,
      -1, 0, sizeof(atc_ica_at_icoaprcvrsp_test), NULL, 0, 0, -1, NULL,
      NULL, 0, 0u },
    {"ICOAPRCVRSP", NULL, "AT+ICOAPRCVRSP?", ATC_KIND_COMMAND, ATC_FORM_READ, 0,
      0, NULL, NULL, 0,
      -1, 0, sizeof(atc_ica_at_icoaprcvrsp_read), NULL, 0, 0, -1, NULL,
      NULL, 0, 0u },
    {"ICOAPRCVBIN", NULL, "AT+ICOAPRCVBIN=?", ATC_KIND_COMMAND, ATC_FORM_TEST, 0,
      0, NULL, NULL, 0,
      -1, 0, sizeof(atc_ica_at_icoaprcvbin_test), NULL, 0, 0, -1, NULL,
      NULL, 0, 0u },
    {"ICOAPRCVBIN", NULL, "AT+ICOAPRCVBIN?", ATC_KIND_COMMAND, ATC_FORM_READ, 0,
      0, NULL, NULL, 0,
      -1, 0, sizeof(atc_ica_at_icoaprcvbin_read), NULL, 0, 0, -1, NULL,
      NULL, 0, 0u },
    {"IHTTPOPEN", NULL, "AT+IHTTPOPEN=?", ATC_KIND_COMMAND, ATC_FORM_TEST, 0,
      0, NULL, NULL, 0,
      -1, 0, sizeof(atc_ica_at_ihttpopen_test), NULL, 0, 0, -1, NULL,
      NULL, 0, 0u },
    {"IHTTPOPEN", NULL, "AT+IHTTPOPEN?", ATC_KIND_COMMAND, ATC_FORM_READ, 0,
      0, NULL, NULL, 0,
      -1, 0, sizeof(atc_ica_at_ihttpopen_read), NULL, 0, 0, -1, NULL,
      NULL, 0, 0u },
    {"IHTTPOPEN", NULL, "AT+IHTTPOPEN=", ATC_KIND_COMMAND, ATC_FORM_SET, 0,
      2, atc__ica_at_ihttpopen_set_fields, atc__ica_at_ihttpopen_set_shapes, 1,
      -1, 0, sizeof(atc_ica_at_ihttpopen_set), NULL, 0, 0, -1, NULL,
      NULL, 0, 0u },
    {"IHTTPPARA", NULL, "AT+IHTTPPARA=?", ATC_KIND_COMMAND, ATC_FORM_TEST, 0,
      0, NULL, NULL, 0,
      -1, 0, sizeof(atc_ica_at_ihttppara_test), NULL, 0, 0, -1, NULL,
      NULL, 0, 0u },
    {"IHTTPPARA", NULL, "AT+IHTTPPARA?", ATC_KIND_COMMAND, ATC_FORM_READ, 0,
      0, NULL, NULL, 0,
      -1, 0, sizeof(atc_ica_at_ihttppara_read), NULL, 0, 0, -1, NULL,
      NULL, 0, 0u },
    {"IHTTPPARA", NULL, "AT+IHTTPPARA=", ATC_KIND_COMMAND, ATC_FORM_SET, 0,
      6, atc__ica_at_ihttppara_set_fields, atc__ica_at_ihttppara_set_shapes, 1,
      -1, 0, sizeof(atc_ica_at_ihttppara_set), NULL, 0, 0, 0, NULL,
      NULL, 0, 0u },
    {"IHTTPAUTH", NULL, "AT+IHTTPAUTH=?", ATC_KIND_COMMAND, ATC_FORM_TEST, 0,
      0, NULL, NULL, 0,
      -1, 0, sizeof(atc_ica_at_ihttpauth_test), NULL, 0, 0, -1, NULL,
      NULL, 0, 0u },
    {"IHTTPAUTH", NULL, "AT+IHTTPAUTH?", ATC_KIND_COMMAND, ATC_FORM_READ, 0,
      0, NULL, NULL, 0,
      -1, 0, sizeof(atc_ica_at_ihttpauth_read), NULL, 0, 0, -1, NULL,
      NULL, 0, 0u },
    {"IHTTPAUTH", NULL, "AT+IHTTPAUTH=", ATC_KIND_COMMAND, ATC_FORM_SET, 0,
      1, atc__ica_at_ihttpauth_set_fields, atc__ica_at_ihttpauth_set_shapes, 1,
      -1, 0, sizeof(atc_ica_at_ihttpauth_set), NULL, 0, 0, -1, NULL,
      NULL, 0, 0u },
    {"IHTTPSEND", NULL, "AT+IHTTPSEND=?", ATC_KIND_COMMAND, ATC_FORM_TEST, 0,
      0, NULL, NULL, 0,
      -1, 0, sizeof(atc_ica_at_ihttpsend_test), NULL, 0, 0, -1, NULL,
      NULL, 0, 0u },
    {"IHTTPSEND", NULL, "AT+IHTTPSEND?", ATC_KIND_COMMAND, ATC_FORM_READ, 0,
      0, NULL, NULL, 0,
      -1, 0, sizeof(atc_ica_at_ihttpsend_read), NULL, 0, 0, -1, NULL,
      NULL, 0, 0u },
    {"IHTTPSEND", NULL, "AT+IHTTPSEND=", ATC_KIND_COMMAND, ATC_FORM_SET, 0,
      3, atc__ica_at_ihttpsend_set_fields, atc__ica_at_ihttpsend_set_shapes, 1,
      -1, 0, sizeof(atc_ica_at_ihttpsend_set), NULL, 0, 0, -1, NULL,
      NULL, 0, 0u },
    {"IHTTPSENDREQ", NULL, "AT+IHTTPSENDREQ=?", ATC_KIND_COMMAND, ATC_FORM_TEST, 0,
      0, NULL, NULL, 0,
      -1, 0, sizeof(atc_ica_at_ihttpsendreq_test), NULL, 0, 0, -1, NULL,
      NULL, 0, 0u },
    {"IHTTPSENDREQ", NULL, "AT+IHTTPSENDREQ?", ATC_KIND_COMMAND, ATC_FORM_READ, 0,
      0, NULL, NULL, 0,
      -1, 0, sizeof(atc_ica_at_ihttpsendreq_read), NULL, 0, 0, -1, NULL,
      NULL, 0, 0u },
    {"IHTTPSENDREQ", NULL, "AT+IHTTPSENDREQ=", ATC_KIND_COMMAND, ATC_FORM_SET, 0,
      5, atc__ica_at_ihttpsendreq_set_fields, atc__ica_at_ihttpsendreq_set_shapes, 3,
      -1, 0, sizeof(atc_ica_at_ihttpsendreq_set), NULL, 0, 0, -1, NULL,
      NULL, 0, 0u },
    {"IHTTPSENDBIN", NULL, "AT+IHTTPSENDBIN=?", ATC_KIND_COMMAND, ATC_FORM_TEST, 0,
      0, NULL, NULL, 0,
      -1, 0, sizeof(atc_ica_at_ihttpsendbin_test), NULL, 0, 0, -1, NULL,
      NULL, 0, 0u },
    {"IHTTPSENDBIN", NULL, "AT+IHTTPSENDBIN?", ATC_KIND_COMMAND, ATC_FORM_READ, 0,
      0, NULL, NULL, 0,
      -1, 0, sizeof(atc_ica_at_ihttpsendbin_read), NULL, 0, 0, -1, NULL,
      NULL, 0, 0u },
    {"IHTTPSENDBIN", NULL, "AT+IHTTPSENDBIN=", ATC_KIND_COMMAND, ATC_FORM_SET, 0,
      3, atc__ica_at_ihttpsendbin_set_fields, atc__ica_at_ihttpsendbin_set_shapes, 1,
      -1, 0, sizeof(atc_ica_at_ihttpsendbin_set), atc__ica_at_ihttpsendbin_set_prompt, 2, 0, -1, NULL,
      NULL, 0, 0u },
    {"IHTTPRCVRSP", NULL, "AT+IHTTPRCVRSP=?", ATC_KIND_COMMAND, ATC_FORM_TEST, 0,
      0, NULL, NULL, 0,
      -1, 0, sizeof(atc_ica_at_ihttprcvrsp_test), NULL, 0, 0, -1, NULL,
      NULL, 0, 0u },
    {"IHTTPRCVRSP", NULL, "AT+IHTTPRCVRSP?", ATC_KIND_COMMAND, ATC_FORM_READ, 0,
      0, NULL, NULL, 0,
      -1, 0, sizeof(atc_ica_at_ihttprcvrsp_read), NULL, 0, 0, -1, NULL,
      NULL, 0, 0u },
    {"IHTTPRCVBIN", NULL, "AT+IHTTPRCVBIN=?", ATC_KIND_COMMAND, ATC_FORM_TEST, 0,
      0, NULL, NULL, 0,
      -1, 0, sizeof(atc_ica_at_ihttprcvbin_test), NULL, 0, 0, -1, NULL,
      NULL, 0, 0u },
    {"IHTTPRCVBIN", NULL, "AT+IHTTPRCVBIN?", ATC_KIND_COMMAND, ATC_FORM_READ, 0,
      0, NULL, NULL, 0,
      -1, 0, sizeof(atc_ica_at_ihttprcvbin_read), NULL, 0, 0, -1, NULL,
      NULL, 0, 0u },
    {"IHTTPDISCONN", NULL, "AT+IHTTPDISCONN=?", ATC_KIND_COMMAND, ATC_FORM_TEST, 0,
      0, NULL, NULL, 0,
      -1, 0, sizeof(atc_ica_at_ihttpdisconn_test), NULL, 0, 0, -1, NULL,
      NULL, 0, 0u },
    {"IHTTPDISCONN", NULL, "AT+IHTTPDISCONN", ATC_KIND_COMMAND, ATC_FORM_EXEC, 0,
      0, NULL, NULL, 0,
      -1, 0, sizeof(atc_ica_at_ihttpdisconn_exec), NULL, 0, 0, -1, NULL,
      NULL, 0, 0u },
    {"IOTAPARA", NULL, "AT+IOTAPARA=?", ATC_KIND_COMMAND, ATC_FORM_TEST, 0,
      0, NULL, NULL, 0,
      -1, 0, sizeof(atc_ica_at_iotapara_test), NULL, 0, 0, -1, NULL,
      NULL, 0, 0u },
    {"IOTAPARA", NULL, "AT+IOTAPARA?", ATC_KIND_COMMAND, ATC_FORM_READ, 0,
      0, NULL, NULL, 0,
      -1, 0, sizeof(atc_ica_at_iotapara_read), NULL, 0, 0, -1, NULL,
      NULL, 0, 0u },
    {"IOTAPARA", NULL, "AT+IOTAPARA=", ATC_KIND_COMMAND, ATC_FORM_SET, 0,
      4, atc__ica_at_iotapara_set_fields, atc__ica_at_iotapara_set_shapes, 1,
      -1, 0, sizeof(atc_ica_at_iotapara_set), NULL, 0, 0, 0, NULL,
      NULL, 0, 0u },
    {"IOTAVER", NULL, "AT+IOTAVER=?", ATC_KIND_COMMAND, ATC_FORM_TEST, 0,
      0, NULL, NULL, 0,
      -1, 0, sizeof(atc_ica_at_iotaver_test), NULL, 0, 0, -1, NULL,
      NULL, 0, 0u },
    {"IOTAVER", NULL, "AT+IOTAVER?", ATC_KIND_COMMAND, ATC_FORM_READ, 0,
      0, NULL, NULL, 0,
      -1, 0, sizeof(atc_ica_at_iotaver_read), NULL, 0, 0, -1, NULL,
      NULL, 0, 0u },
    {"IOTAVER", NULL, "AT+IOTAVER=", ATC_KIND_COMMAND, ATC_FORM_SET, 0,
      1, atc__ica_at_iotaver_set_fields, atc__ica_at_iotaver_set_shapes, 1,
      -1, 0, sizeof(atc_ica_at_iotaver_set), NULL, 0, 0, -1, NULL,
      NULL, 0, 0u },
    {"IOTANEWVER", NULL, "AT+IOTANEWVER=?", ATC_KIND_COMMAND, ATC_FORM_TEST, 0,
      0, NULL, NULL, 0,
      -1, 0, sizeof(atc_ica_at_iotanewver_test), NULL, 0, 0, -1, NULL,
      NULL, 0, 0u },
    {"IOTANEWVER", NULL, "AT+IOTANEWVER?", ATC_KIND_COMMAND, ATC_FORM_READ, 0,
      0, NULL, NULL, 0,
      -1, 0, sizeof(atc_ica_at_iotanewver_read), NULL, 0, 0, -1, NULL,
      NULL, 0, 0u },
    {"IOTAPGS", NULL, "AT+IOTAPGS=?", ATC_KIND_COMMAND, ATC_FORM_TEST, 0,
      0, NULL, NULL, 0,
      -1, 0, sizeof(atc_ica_at_iotapgs_test), NULL, 0, 0, -1, NULL,
      NULL, 0, 0u },
    {"IOTAPGS", NULL, "AT+IOTAPGS=", ATC_KIND_COMMAND, ATC_FORM_SET, 0,
      2, atc__ica_at_iotapgs_set_fields, atc__ica_at_iotapgs_set_shapes, 2,
      -1, 0, sizeof(atc_ica_at_iotapgs_set), NULL, 0, 0, -1, NULL,
      NULL, 0, 0u },
    {"IOTABLOCK", NULL, "AT+IOTABLOCK=?", ATC_KIND_COMMAND, ATC_FORM_TEST, 0,
      0, NULL, NULL, 0,
      -1, 0, sizeof(atc_ica_at_iotablock_test), NULL, 0, 0, -1, NULL,
      NULL, 0, 0u },
    {"IOTABLOCK", NULL, "AT+IOTABLOCK=", ATC_KIND_COMMAND, ATC_FORM_SET, 0,
      1, atc__ica_at_iotablock_set_fields, atc__ica_at_iotablock_set_shapes, 1,
      -1, 0, sizeof(atc_ica_at_iotablock_set), NULL, 0, 0, -1, NULL,
      NULL, 0, 0u },
    {"IOTABORT", NULL, "AT+IOTABORT=?", ATC_KIND_COMMAND, ATC_FORM_TEST, 0,
      0, NULL, NULL, 0,
      -1, 0, sizeof(atc_ica_at_iotabort_test), NULL, 0, 0, -1, NULL,
      NULL, 0, 0u },
    {"IOTABORT", NULL, "AT+IOTABORT", ATC_KIND_COMMAND, ATC_FORM_EXEC, 0,
      0, NULL, NULL, 0,
      -1, 0, sizeof(atc_ica_at_iotabort_exec), NULL, 0, 0, -1, NULL,
      NULL, 0, 0u },
    {"ILOGLVL", NULL, "AT+ILOGLVL=?", ATC_KIND_COMMAND, ATC_FORM_TEST, 0,
      0, NULL, NULL, 0,
      -1, 0, sizeof(atc_ica_at_iloglvl_test), NULL, 0, 0, -1, NULL,
      NULL, 0, 0u },
    {"ILOGLVL", NULL, "AT+ILOGLVL?", ATC_KIND_COMMAND, ATC_FORM_READ, 0,
      0, NULL, NULL, 0,
      -1, 0, sizeof(atc_ica_at_iloglvl_read), NULL, 0, 0, -1, NULL,
      NULL, 0, 0u },
    {"ILOGLVL", NULL, "AT+ILOGLVL=", ATC_KIND_COMMAND, ATC_FORM_SET, 0,
      1, atc__ica_at_iloglvl_set_fields, atc__ica_at_iloglvl_set_shapes, 1,
      -1, 0, sizeof(atc_ica_at_iloglvl_set), NULL, 0, 0, -1, NULL,
      NULL, 0, 0u },
    {"IREBOOT", NULL, "AT+IREBOOT=?", ATC_KIND_COMMAND, ATC_FORM_TEST, 0,
      0, NULL, NULL, 0,
      -1, 0, sizeof(atc_ica_at_ireboot_test), NULL, 0, 0, -1, NULL,
      NULL, 0, 0u },
    {"IREBOOT", NULL, "AT+IREBOOT=", ATC_KIND_COMMAND, ATC_FORM_SET, 0,
      1, atc__ica_at_ireboot_set_fields, atc__ica_at_ireboot_set_shapes, 1,
      -1, 0, sizeof(atc_ica_at_ireboot_set), NULL, 0, 0, -1, NULL,
      NULL, 0, 0u },
    {"IDEFAULT", NULL, "AT+IDEFAULT=?", ATC_KIND_COMMAND, ATC_FORM_TEST, 0,
      0, NULL, NULL, 0,
      -1, 0, sizeof(atc_ica_at_idefault_test), NULL, 0, 0, -1, NULL,
      NULL, 0, 0u },
    {"IDEFAULT", NULL, "AT+IDEFAULT", ATC_KIND_COMMAND, ATC_FORM_EXEC, 0,
      0, NULL, NULL, 0,
      -1, 0, sizeof(atc_ica_at_idefault_exec), NULL, 0, 0, -1, NULL,
      NULL, 0, 0u },
    {"CGMI", NULL, "AT+CGMI", ATC_KIND_COMMAND, ATC_FORM_EXEC, 0,
      0, NULL, NULL, 0,
      -1, 0, sizeof(atc_ica_at_cgmi_exec), NULL, 0, 0, -1, NULL,
      NULL, 0, 0u },
    {"CGMM", NULL, "AT+CGMM", ATC_KIND_COMMAND, ATC_FORM_EXEC, 0,
      0, NULL, NULL, 0,
      -1, 0, sizeof(atc_ica_at_cgmm_exec), NULL, 0, 0, -1, NULL,
      NULL, 0, 0u },
    {"CGMR", NULL, "AT+CGMR", ATC_KIND_COMMAND, ATC_FORM_EXEC, 0,
      0, NULL, NULL, 0,
      -1, 0, sizeof(atc_ica_at_cgmr_exec), NULL, 0, 0, -1, NULL,
      NULL, 0, 0u },
    {"IMQTTMODE", NULL, "+IMQTTMODE:", ATC_KIND_RESPONSE, ATC_FORM_NONE, 0,
      1, atc__ica_imqttmode_test_fields, atc__ica_imqttmode_test_shapes, 1,
      -1, 0, sizeof(atc_ica_imqttmode_test), NULL, 0, 0, -1, NULL,
      atc__ica_imqttmode_test_answers, 1, 0u },
    {"IMQTTMODE", NULL, "+IMQTTMODE:", ATC_KIND_RESPONSE, ATC_FORM_NONE, 0,
      1, atc__ica_imqttmode_read_fields, atc__ica_imqttmode_read_shapes, 1,
      -1, 0, sizeof(atc_ica_imqttmode_read), NULL, 0, 0, -1, NULL,
      atc__ica_imqttmode_read_answers, 1, 0u },
    {"IMQTTOPEN", NULL, "+IMQTTOPEN:", ATC_KIND_RESPONSE, ATC_FORM_NONE, 0,
      2, atc__ica_imqttopen_test_fields, atc__ica_imqttopen_test_shapes, 1,
      -1, 0, sizeof(atc_ica_imqttopen_test), NULL, 0, 0, -1, NULL,
      atc__ica_imqttopen_test_answers, 1, 0u },
    {"IMQTTOPEN", NULL, "+IMQTTOPEN:", ATC_KIND_RESPONSE, ATC_FORM_NONE, 0,
      2, atc__ica_imqttopen_read_fields, atc__ica_imqttopen_read_shapes, 1,
      -1, 0, sizeof(atc_ica_imqttopen_read), NULL, 0, 0, -1, NULL,
      atc__ica_imqttopen_read_answers, 1, 0u },
    {"IMQTTAUTH", NULL, "+IMQTTAUTH:", ATC_KIND_RESPONSE, ATC_FORM_NONE, 0,
      1, atc__ica_imqttauth_test_fields, atc__ica_imqttauth_test_shapes, 1,
      -1, 0, sizeof(atc_ica_imqttauth_test), NULL, 0, 0, -1, NULL,
      atc__ica_imqttauth_test_answers, 1, 0u },
    {"IMQTTAUTH", NULL, "+IMQTTAUTH:", ATC_KIND_RESPONSE, ATC_FORM_NONE, 0,
      1, atc__ica_imqttauth_read_fields, atc__ica_imqttauth_read_shapes, 1,
      -1, 0, sizeof(atc_ica_imqttauth_read), NULL, 0, 0, -1, NULL,
      atc__ica_imqttauth_read_answers, 1, 0u },
    {"IMQTTPARA", NULL, "+IMQTTPARA:", ATC_KIND_RESPONSE, ATC_FORM_NONE, ATC_M_MULTI,
      2, atc__ica_imqttpara_test_fields, atc__ica_imqttpara_test_shapes, 1,
      -1, 0, sizeof(atc_ica_imqttpara_test), NULL, 0, 0, -1, NULL,
      atc__ica_imqttpara_test_answers, 1, 0u },
    {"IMQTTPARA", NULL, "+IMQTTPARA:", ATC_KIND_RESPONSE, ATC_FORM_NONE, ATC_M_MULTI,
      10, atc__ica_imqttpara_read_fields, atc__ica_imqttpara_read_shapes, 1,
      -1, 0, sizeof(atc_ica_imqttpara_read), NULL, 0, 0, 0, NULL,
      atc__ica_imqttpara_read_answers, 1, 0u },
    {"IMQTTPUB", NULL, "+IMQTTPUB:", ATC_KIND_RESPONSE, ATC_FORM_NONE, 0,
      5, atc__ica_imqttpub_test_fields, atc__ica_imqttpub_test_shapes, 1,
      -1, 0, sizeof(atc_ica_imqttpub_test), NULL, 0, 0, -1, NULL,
      atc__ica_imqttpub_test_answers, 1, 0u },
    {"IMQTTPUB", NULL, "+IMQTTPUB:", ATC_KIND_RESPONSE, ATC_FORM_NONE, 0,
      5, atc__ica_imqttpub_read_fields, atc__ica_imqttpub_read_shapes, 3,
      -1, 0, sizeof(atc_ica_imqttpub_read), NULL, 0, 0, -1, NULL,
      atc__ica_imqttpub_read_answers, 1, 0u },
    {"IMQTTPUB", NULL, "+IMQTTPUB:", ATC_KIND_RESPONSE, ATC_FORM_NONE, 0,
      1, atc__ica_imqttpub_set_fields, atc__ica_imqttpub_set_shapes, 1,
      -1, 0, sizeof(atc_ica_imqttpub_set), NULL, 0, 0, -1, NULL,
      atc__ica_imqttpub_set_answers, 1, 0u },
    {"IMQTTPUBIN", NULL, "+IMQTTPUBIN:", ATC_KIND_RESPONSE, ATC_FORM_NONE, 0,
      3, atc__ica_imqttpubin_test_fields, atc__ica_imqttpubin_test_shapes, 1,
      -1, 0, sizeof(atc_ica_imqttpubin_test), NULL, 0, 0, -1, NULL,
      atc__ica_imqttpubin_test_answers, 1, 0u },
    {"IMQTTPUBIN", NULL, "+IMQTTPUBIN:", ATC_KIND_RESPONSE, ATC_FORM_NONE, ATC_M_PAYLOAD_AFTER_OK,
      3, atc__ica_imqttpubin_read_fields, atc__ica_imqttpubin_read_shapes, 1,
      2, 65535, sizeof(atc_ica_imqttpubin_read), NULL, 0, 0, -1, NULL,
      atc__ica_imqttpubin_read_answers, 1, 0u },
    {"IMQTTPUBIN", NULL, "+IMQTTPUBIN:", ATC_KIND_RESPONSE, ATC_FORM_NONE, 0,
      1, atc__ica_imqttpubin_set_fields, atc__ica_imqttpubin_set_shapes, 1,
      -1, 0, sizeof(atc_ica_imqttpubin_set), NULL, 0, 0, -1, NULL,
      atc__ica_imqttpubin_set_answers, 1, 0u },
    {"IMQTTSUB", NULL, "+IMQTTSUB:", ATC_KIND_RESPONSE, ATC_FORM_NONE, 0,
      2, atc__ica_imqttsub_test_fields, atc__ica_imqttsub_test_shapes, 1,
      -1, 0, sizeof(atc_ica_imqttsub_test), NULL, 0, 0, -1, NULL,
      atc__ica_imqttsub_test_answers, 1, 0u },
    {"IMQTTSUB", NULL, "+IMQTTSUB:", ATC_KIND_RESPONSE, ATC_FORM_NONE, 0,
      2, atc__ica_imqttsub_read_fields, atc__ica_imqttsub_read_shapes, 1,
      -1, 0, sizeof(atc_ica_imqttsub_read), NULL, 0, 0, -1, NULL,
      atc__ica_imqttsub_read_answers, 1, 0u },
    {"IMQTTSUB", NULL, "+IMQTTSUB:", ATC_KIND_RESPONSE, ATC_FORM_NONE, 0,
      1, atc__ica_imqttsub_set_fields, atc__ica_imqttsub_set_shapes, 1,
      -1, 0, sizeof(atc_ica_imqttsub_set), NULL, 0, 0, -1, NULL,
      atc__ica_imqttsub_set_answers, 1, 0u },
    {"IMQTTUNSUB", NULL, "+IMQTTUNSUB:", ATC_KIND_RESPONSE, ATC_FORM_NONE, 0,
      1, atc__ica_imqttunsub_test_fields, atc__ica_imqttunsub_test_shapes, 1,
      -1, 0, sizeof(atc_ica_imqttunsub_test), NULL, 0, 0, -1, NULL,
      atc__ica_imqttunsub_test_answers, 1, 0u },
    {"IMQTTUNSUB", NULL, "+IMQTTUNSUB:", ATC_KIND_RESPONSE, ATC_FORM_NONE, 0,
      1, atc__ica_imqttunsub_read_fields, atc__ica_imqttunsub_read_shapes, 1,
      -1, 0, sizeof(atc_ica_imqttunsub_read), NULL, 0, 0, -1, NULL,
      atc__ica_imqttunsub_read_answers, 1, 0u },
    {"IMQTTUNSUB", NULL, "+IMQTTUNSUB:", ATC_KIND_RESPONSE, ATC_FORM_NONE, 0,
      1, atc__ica_imqttunsub_set_fields, atc__ica_imqttunsub_set_shapes, 1,
      -1, 0, sizeof(atc_ica_imqttunsub_set), NULL, 0, 0, -1, NULL,
      atc__ica_imqttunsub_set_answers, 1, 0u },
    {"IMQTTRCVPUB", NULL, "+IMQTTRCVPUB:", ATC_KIND_RESPONSE, ATC_FORM_NONE, ATC_M_CONTEXT,
      6, atc__ica_imqttrcvpub_read_fields, atc__ica_imqttrcvpub_read_shapes, 3,
      -1, 0, sizeof(atc_ica_imqttrcvpub_read), NULL, 0, 0, -1, NULL,
      atc__ica_imqttrcvpub_read_answers, 1, 0u },
    {"IMQTTRCVPUBIN", NULL, "+IMQTTRCVPUBIN:", ATC_KIND_RESPONSE, ATC_FORM_NONE, ATC_M_CONTEXT | ATC_M_PAYLOAD_AFTER_OK,
      3, atc__ica_imqttrcvpubin_read_fields, atc__ica_imqttrcvpubin_read_shapes, 1,
      2, 65535, sizeof(atc_ica_imqttrcvpubin_read), NULL, 0, 0, -1, NULL,
      atc__ica_imqttrcvpubin_read_answers, 1, 0u },
    {"IMQTTSTATE", NULL, "+IMQTTSTATE:", ATC_KIND_RESPONSE, ATC_FORM_NONE, ATC_M_CONTEXT,
      1, atc__ica_imqttstate_read_fields, atc__ica_imqttstate_read_shapes, 1,
      -1, 0, sizeof(atc_ica_imqttstate_read), NULL, 0, 0, -1, NULL,
      atc__ica_imqttstate_read_answers, 1, 0u },
    {"IMQTTDBGPARA", NULL, "+IMQTTDBGPARA:", ATC_KIND_RESPONSE, ATC_FORM_NONE, ATC_M_MULTI,
      2, atc__ica_imqttdbgpara_test_fields, atc__ica_imqttdbgpara_test_shapes, 1,
      -1, 0, sizeof(atc_ica_imqttdbgpara_test), NULL, 0, 0, -1, NULL,
      atc__ica_imqttdbgpara_test_answers, 1, 0u },
    {"IMQTTDBGPARA", NULL, "+IMQTTDBGPARA:", ATC_KIND_RESPONSE, ATC_FORM_NONE, ATC_M_MULTI,
      2, atc__ica_imqttdbgpara_read_fields, atc__ica_imqttdbgpara_read_shapes, 1,
      -1, 0, sizeof(atc_ica_imqttdbgpara_read), NULL, 0, 0, 0, NULL,
      atc__ica_imqttdbgpara_read_answers, 1, 0u },
    {"ICOAPPARA", NULL, "+ICOAPPARA:", ATC_KIND_RESPONSE, ATC_FORM_NONE, ATC_M_MULTI,
      2, atc__ica_icoappara_test_fields, atc__ica_icoappara_test_shapes, 1,
      -1, 0, sizeof(atc_ica_icoappara_test), NULL, 0, 0, -1, NULL,
      atc__ica_icoappara_test_answers, 1, 0u },
    {"ICOAPPARA", NULL, "+ICOAPPARA:", ATC_KIND_RESPONSE, ATC_FORM_NONE, ATC_M_MULTI,
      2, atc__ica_icoappara_read_fields, atc__ica_icoappara_read_shapes, 1,
      -1, 0, sizeof(atc_ica_icoappara_read), NULL, 0, 0, 0, NULL,
      atc__ica_icoappara_read_answers, 1, 0u },
    {"ICOAPOPEN", NULL, "+ICOAPOPEN:", ATC_KIND_RESPONSE, ATC_FORM_NONE, 0,
      2, atc__ica_icoapopen_test_fields, atc__ica_icoapopen_test_shapes, 1,
      -1, 0, sizeof(atc_ica_icoapopen_test), NULL, 0, 0, -1, NULL,
      atc__ica_icoapopen_test_answers, 1, 0u },
    {"ICOAPOPEN", NULL, "+ICOAPOPEN:", ATC_KIND_RESPONSE, ATC_FORM_NONE, 0,
      2, atc__ica_icoapopen_read_fields, atc__ica_icoapopen_read_shapes, 1,
      -1, 0, sizeof(atc_ica_icoapopen_read), NULL, 0, 0, -1, NULL,
      atc__ica_icoapopen_read_answers, 1, 0u },
    {"ICOAPAUTH", NULL, "+ICOAPAUTH:", ATC_KIND_RESPONSE, ATC_FORM_NONE, 0,
      1, atc__ica_icoapauth_test_fields, atc__ica_icoapauth_test_shapes, 1,
      -1, 0, sizeof(atc_ica_icoapauth_test), NULL, 0, 0, -1, NULL,
      atc__ica_icoapauth_test_answers, 1, 0u },
    {"ICOAPAUTH", NULL, "+ICOAPAUTH:", ATC_KIND_RESPONSE, ATC_FORM_NONE, 0,
      1, atc__ica_icoapauth_read_fields, atc__ica_icoapauth_read_shapes, 1,
      -1, 0, sizeof(atc_ica_icoapauth_read), NULL, 0, 0, -1, NULL,
      atc__ica_icoapauth_read_answers, 1, 0u },
    {"ICOAPSENDREQ", NULL, "+ICOAPSENDREQ:", ATC_KIND_RESPONSE, ATC_FORM_NONE, 0,
      5, atc__ica_icoapsendreq_test_fields, atc__ica_icoapsendreq_test_shapes, 1,
      -1, 0, sizeof(atc_ica_icoapsendreq_test), NULL, 0, 0, -1, NULL,
      atc__ica_icoapsendreq_test_answers, 1, 0u },
    {"ICOAPSENDREQ", NULL, "+ICOAPSENDREQ:", ATC_KIND_RESPONSE, ATC_FORM_NONE, 0,
      5, atc__ica_icoapsendreq_read_fields, atc__ica_icoapsendreq_read_shapes, 3,
      -1, 0, sizeof(atc_ica_icoapsendreq_read), NULL, 0, 0, -1, NULL,
      atc__ica_icoapsendreq_read_answers, 1, 0u },
    {"ICOAPSENDREQ", NULL, "+ICOAPSENDREQ:", ATC_KIND_RESPONSE, ATC_FORM_NONE, 0,
      1, atc__ica_icoapsendreq_set_fields, atc__ica_icoapsendreq_set_shapes, 1,
      -1, 0, sizeof(atc_ica_icoapsendreq_set), NULL, 0, 0, -1, NULL,
      atc__ica_icoapsendreq_set_answers, 1, 0u },
    {"ICOAPSENDBIN", NULL, "+ICOAPSENDBIN:", ATC_KIND_RESPONSE, ATC_FORM_NONE, 0,
      3, atc__ica_icoapsendbin_test_fields, atc__ica_icoapsendbin_test_shapes, 1,
      -1, 0, sizeof(atc_ica_icoapsendbin_test), NULL, 0, 0, -1, NULL,
      atc__ica_icoapsendbin_test_answers, 1, 0u },
    {"ICOAPSENDBIN", NULL, "+ICOAPSENDBIN:", ATC_KIND_RESPONSE, ATC_FORM_NONE, ATC_M_PAYLOAD_AFTER_OK,
      3, atc__ica_icoapsendbin_read_fields, atc__ica_icoapsendbin_read_shapes, 1,
      2, 65535, sizeof(atc_ica_icoapsendbin_read), NULL, 0, 0, -1, NULL,
      atc__ica_icoapsendbin_read_answers, 1, 0u },
    {"ICOAPSENDBIN", NULL, "+ICOAPSENDBIN:", ATC_KIND_RESPONSE, ATC_FORM_NONE, 0,
      1, atc__ica_icoapsendbin_set_fields, atc__ica_icoapsendbin_set_shapes, 1,
      -1, 0, sizeof(atc_ica_icoapsendbin_set), NULL, 0, 0, -1, NULL,
      atc__ica_icoapsendbin_set_answers, 1, 0u },
    {"ICOAPSENDREQN", NULL, "+ICOAPSENDREQN:", ATC_KIND_RESPONSE, ATC_FORM_NONE, 0,
      5, atc__ica_icoapsendreqn_test_fields, atc__ica_icoapsendreqn_test_shapes, 1,
      -1, 0, sizeof(atc_ica_icoapsendreqn_test), NULL, 0, 0, -1, NULL,
      atc__ica_icoapsendreqn_test_answers, 1, 0u },
    {"ICOAPSENDREQN", NULL, "+ICOAPSENDREQN:", ATC_KIND_RESPONSE, ATC_FORM_NONE, 0,
      5, atc__ica_icoapsendreqn_read_fields, atc__ica_icoapsendreqn_read_shapes, 3,
      -1, 0, sizeof(atc_ica_icoapsendreqn_read), NULL, 0, 0, -1, NULL,
      atc__ica_icoapsendreqn_read_answers, 1, 0u },
    {"ICOAPSENDREQN", NULL, "+ICOAPSENDREQN:", ATC_KIND_RESPONSE, ATC_FORM_NONE, 0,
      1, atc__ica_icoapsendreqn_set_fields, atc__ica_icoapsendreqn_set_shapes, 1,
      -1, 0, sizeof(atc_ica_icoapsendreqn_set), NULL, 0, 0, -1, NULL,
      atc__ica_icoapsendreqn_set_answers, 1, 0u },
    {"ICOAPSENDNBIN", NULL, "+ICOAPSENDNBIN:", ATC_KIND_RESPONSE, ATC_FORM_NONE, 0,
      3, atc__ica_icoapsendnbin_test_fields, atc__ica_icoapsendnbin_test_shapes, 1,
      -1, 0, sizeof(atc_ica_icoapsendnbin_test), NULL, 0, 0, -1, NULL,
      atc__ica_icoapsendnbin_test_answers, 1, 0u },
    {"ICOAPSENDNBIN", NULL, "+ICOAPSENDNBIN:", ATC_KIND_RESPONSE, ATC_FORM_NONE, ATC_M_PAYLOAD_AFTER_OK,
      3, atc__ica_icoapsendnbin_read_fields, atc__ica_icoapsendnbin_read_shapes, 1,
      2, 65535, sizeof(atc_ica_icoapsendnbin_read), NULL, 0, 0, -1, NULL,
      atc__ica_icoapsendnbin_read_answers, 1, 0u },
    {"ICOAPSENDNBIN", NULL, "+ICOAPSENDNBIN:", ATC_KIND_RESPONSE, ATC_FORM_NONE, 0,
      1, atc__ica_icoapsendnbin_set_fields, atc__ica_icoapsendnbin_set_shapes, 1,
      -1, 0, sizeof(atc_ica_icoapsendnbin_set), NULL, 0, 0, -1, NULL,
      atc__ica_icoapsendnbin_set_answers, 1, 0u },
    {"ICOAPRCVRSP", NULL, "+ICOAPRCVRSP:", ATC_KIND_RESPONSE, ATC_FORM_NONE, ATC_M_CONTEXT,
      6, atc__ica_icoaprcvrsp_read_fields, atc__ica_icoaprcvrsp_read_shapes, 6,
      -1, 0, sizeof(atc_ica_icoaprcvrsp_read), NULL, 0, 0, -1, NULL,
      atc__ica_icoaprcvrsp_read_answers, 1, 0u },
    {"ICOAPRCVBIN", NULL, "+ICOAPRCVBIN:", ATC_KIND_RESPONSE, ATC_FORM_NONE, ATC_M_CONTEXT | ATC_M_PAYLOAD_AFTER_OK,
      3, atc__ica_icoaprcvbin_read_fields, atc__ica_icoaprcvbin_read_shapes, 2,
      2, 65535, sizeof(atc_ica_icoaprcvbin_read), NULL, 0, 0, -1, NULL,
      atc__ica_icoaprcvbin_read_answers, 1, 0u },
    {"IHTTPOPEN", NULL, "+IHTTPOPEN:", ATC_KIND_RESPONSE, ATC_FORM_NONE, 0,
      2, atc__ica_ihttpopen_test_fields, atc__ica_ihttpopen_test_shapes, 1,
      -1, 0, sizeof(atc_ica_ihttpopen_test), NULL, 0, 0, -1, NULL,
      atc__ica_ihttpopen_test_answers, 1, 0u },
    {"IHTTPOPEN", NULL, "+IHTTPOPEN:", ATC_KIND_RESPONSE, ATC_FORM_NONE, 0,
      2, atc__ica_ihttpopen_read_fields, atc__ica_ihttpopen_read_shapes, 1,
      -1, 0, sizeof(atc_ica_ihttpopen_read), NULL, 0, 0, -1, NULL,
      atc__ica_ihttpopen_read_answers, 1, 0u },
    {"IHTTPPARA", NULL, "+IHTTPPARA:", ATC_KIND_RESPONSE, ATC_FORM_NONE, ATC_M_MULTI,
      2, atc__ica_ihttppara_test_fields, atc__ica_ihttppara_test_shapes, 1,
      -1, 0, sizeof(atc_ica_ihttppara_test), NULL, 0, 0, -1, NULL,
      atc__ica_ihttppara_test_answers, 1, 0u },
    {"IHTTPPARA", NULL, "+IHTTPPARA:", ATC_KIND_RESPONSE, ATC_FORM_NONE, ATC_M_MULTI,
      6, atc__ica_ihttppara_read_fields, atc__ica_ihttppara_read_shapes, 1,
      -1, 0, sizeof(atc_ica_ihttppara_read), NULL, 0, 0, 0, NULL,
      atc__ica_ihttppara_read_answers, 1, 0u },
    {"IHTTPAUTH", NULL, "+IHTTPAUTH:", ATC_KIND_RESPONSE, ATC_FORM_NONE, 0,
      1, atc__ica_ihttpauth_test_fields, atc__ica_ihttpauth_test_shapes, 1,
      -1, 0, sizeof(atc_ica_ihttpauth_test), NULL, 0, 0, -1, NULL,
      atc__ica_ihttpauth_test_answers, 1, 0u },
    {"IHTTPAUTH", NULL, "+IHTTPAUTH:", ATC_KIND_RESPONSE, ATC_FORM_NONE, 0,
      1, atc__ica_ihttpauth_read_fields, atc__ica_ihttpauth_read_shapes, 1,
      -1, 0, sizeof(atc_ica_ihttpauth_read), NULL, 0, 0, -1, NULL,
      atc__ica_ihttpauth_read_answers, 1, 0u },
    {"IHTTPSEND", NULL, "+IHTTPSEND:", ATC_KIND_RESPONSE, ATC_FORM_NONE, 0,
      3, atc__ica_ihttpsend_test_fields, atc__ica_ihttpsend_test_shapes, 1,
      -1, 0, sizeof(atc_ica_ihttpsend_test), NULL, 0, 0, -1, NULL,
      atc__ica_ihttpsend_test_answers, 1, 0u },
    {"IHTTPSEND", NULL, "+IHTTPSEND:", ATC_KIND_RESPONSE, ATC_FORM_NONE, 0,
      3, atc__ica_ihttpsend_read_fields, atc__ica_ihttpsend_read_shapes, 1,
      -1, 0, sizeof(atc_ica_ihttpsend_read), NULL, 0, 0, -1, NULL,
      atc__ica_ihttpsend_read_answers, 1, 0u },
    {"IHTTPSENDREQ", NULL, "+IHTTPSENDREQ:", ATC_KIND_RESPONSE, ATC_FORM_NONE, 0,
      5, atc__ica_ihttpsendreq_test_fields, atc__ica_ihttpsendreq_test_shapes, 1,
      -1, 0, sizeof(atc_ica_ihttpsendreq_test), NULL, 0, 0, -1, NULL,
      atc__ica_ihttpsendreq_test_answers, 1, 0u },
    {"IHTTPSENDREQ", NULL, "+IHTTPSENDREQ:", ATC_KIND_RESPONSE, ATC_FORM_NONE, 0,
      5, atc__ica_ihttpsendreq_read_fields, atc__ica_ihttpsendreq_read_shapes, 3,
      -1, 0, sizeof(atc_ica_ihttpsendreq_read), NULL, 0, 0, -1, NULL,
      atc__ica_ihttpsendreq_read_answers, 1, 0u },
    {"IHTTPSENDREQ", NULL, "+IHTTPSENDREQ:", ATC_KIND_RESPONSE, ATC_FORM_NONE, 0,
      1, atc__ica_ihttpsendreq_set_fields, atc__ica_ihttpsendreq_set_shapes, 1,
      -1, 0, sizeof(atc_ica_ihttpsendreq_set), NULL, 0, 0, -1, NULL,
      atc__ica_ihttpsendreq_set_answers, 1, 0u },
    {"IHTTPSENDBIN", NULL, "+IHTTPSENDBIN:", ATC_KIND_RESPONSE, ATC_FORM_NONE, 0,
      3, atc__ica_ihttpsendbin_test_fields, atc__ica_ihttpsendbin_test_shapes, 1,
      -1, 0, sizeof(atc_ica_ihttpsendbin_test), NULL, 0, 0, -1, NULL,
      atc__ica_ihttpsendbin_test_answers, 1, 0u },
    {"IHTTPSENDBIN", NULL, "+IHTTPSENDBIN:", ATC_KIND_RESPONSE, ATC_FORM_NONE, ATC_M_PAYLOAD_AFTER_OK,
      3, atc__ica_ihttpsendbin_read_fields, atc__ica_ihttpsendbin_read_shapes, 1,
      2, 65535, sizeof(atc_ica_ihttpsendbin_read), NULL, 0, 0, -1, NULL,
      atc__ica_ihttpsendbin_read_answers, 1, 0u },
    {"IHTTPSENDBIN", NULL, "+IHTTPSENDBIN:", ATC_KIND_RESPONSE, ATC_FORM_NONE, 0,
      1, atc__ica_ihttpsendbin_set_fields, atc__ica_ihttpsendbin_set_shapes, 1,
      -1, 0, sizeof(atc_ica_ihttpsendbin_set), NULL, 0, 0, -1, NULL,
      atc__ica_ihttpsendbin_set_answers, 1, 0u },
    {"IHTTPRCVRSP", NULL, "+IHTTPRCVRSP:", ATC_KIND_RESPONSE, ATC_FORM_NONE, ATC_M_CONTEXT,
      7, atc__ica_ihttprcvrsp_read_fields, atc__ica_ihttprcvrsp_read_shapes, 4,
      -1, 0, sizeof(atc_ica_ihttprcvrsp_read), NULL, 0, 0, -1, NULL,
      atc__ica_ihttprcvrsp_read_answers, 1, 0u },
    {"IHTTPRCVBIN", NULL, "+IHTTPRCVBIN:", ATC_KIND_RESPONSE, ATC_FORM_NONE, ATC_M_CONTEXT | ATC_M_PAYLOAD_AFTER_OK,
      4, atc__ica_ihttprcvbin_read_fields, atc__ica_ihttprcvbin_read_shapes, 2,
      3, 65535, sizeof(atc_ica_ihttprcvbin_read), NULL, 0, 0, -1, NULL,
      atc__ica_ihttprcvbin_read_answers, 1, 0u },
    {"IOTAPARA", NULL, "+IOTAPARA:", ATC_KIND_RESPONSE, ATC_FORM_NONE, ATC_M_MULTI,
      2, atc__ica_iotapara_test_fields, atc__ica_iotapara_test_shapes, 1,
      -1, 0, sizeof(atc_ica_iotapara_test), NULL, 0, 0, -1, NULL,
      atc__ica_iotapara_test_answers, 1, 0u },
    {"IOTAPARA", NULL, "+IOTAPARA:", ATC_KIND_RESPONSE, ATC_FORM_NONE, ATC_M_MULTI,
      4, atc__ica_iotapara_read_fields, atc__ica_iotapara_read_shapes, 1,
      -1, 0, sizeof(atc_ica_iotapara_read), NULL, 0, 0, 0, NULL,
      atc__ica_iotapara_read_answers, 1, 0u },
    {"IOTAVER", NULL, "+IOTAVER:", ATC_KIND_RESPONSE, ATC_FORM_NONE, 0,
      1, atc__ica_iotaver_test_fields, atc__ica_iotaver_test_shapes, 1,
      -1, 0, sizeof(atc_ica_iotaver_test), NULL, 0, 0, -1, NULL,
      atc__ica_iotaver_test_answers, 1, 0u },
    {"IOTAVER", NULL, "+IOTAVER:", ATC_KIND_RESPONSE, ATC_FORM_NONE, 0,
      1, atc__ica_iotaver_read_fields, atc__ica_iotaver_read_shapes, 1,
      -1, 0, sizeof(atc_ica_iotaver_read), NULL, 0, 0, -1, NULL,
      atc__ica_iotaver_read_answers, 1, 0u },
    {"IOTANEWVER", NULL, "+IOTANEWVER:", ATC_KIND_RESPONSE, ATC_FORM_NONE, ATC_M_CONTEXT,
      3, atc__ica_iotanewver_read_fields, atc__ica_iotanewver_read_shapes, 1,
      -1, 0, sizeof(atc_ica_iotanewver_read), NULL, 0, 0, -1, NULL,
      atc__ica_iotanewver_read_answers, 1, 0u },
    {"IOTAPGS", NULL, "+IOTAPGS:", ATC_KIND_RESPONSE, ATC_FORM_NONE, 0,
      2, atc__ica_iotapgs_test_fields, atc__ica_iotapgs_test_shapes, 1,
      -1, 0, sizeof(atc_ica_iotapgs_test), NULL, 0, 0, -1, NULL,
      atc__ica_iotapgs_test_answers, 1, 0u },
    {"IOTABLOCK", NULL, "+IOTABLOCK: ", ATC_KIND_RESPONSE, ATC_FORM_NONE, ATC_M_MULTI,
      1, atc__ica_iotablock_fields, atc__ica_iotablock_shapes, 1,
      -1, 0, sizeof(atc_ica_iotablock), NULL, 0, 0, -1, NULL,
      atc__ica_iotablock_answers, 1, 0u },
    {"ILOGLVL", NULL, "+ILOGLVL:", ATC_KIND_RESPONSE, ATC_FORM_NONE, 0,
      1, atc__ica_iloglvl_test_fields, atc__ica_iloglvl_test_shapes, 1,
      -1, 0, sizeof(atc_ica_iloglvl_test), NULL, 0, 0, -1, NULL,
      atc__ica_iloglvl_test_answers, 1, 0u },
    {"ILOGLVL", NULL, "+ILOGLVL:", ATC_KIND_RESPONSE, ATC_FORM_NONE, 0,
      1, atc__ica_iloglvl_read_fields, atc__ica_iloglvl_read_shapes, 1,
      -1, 0, sizeof(atc_ica_iloglvl_read), NULL, 0, 0, -1, NULL,
      atc__ica_iloglvl_read_answers, 1, 0u },
    {"CGMI", NULL, "", ATC_KIND_RESPONSE, ATC_FORM_NONE, ATC_M_CONTEXT,
      1, atc__ica_cgmi_fields, atc__ica_cgmi_shapes, 1,
      -1, 0, sizeof(atc_ica_cgmi), NULL, 0, 0, -1, NULL,
      atc__ica_cgmi_answers, 1, 0u },
    {"CGMM", NULL, "", ATC_KIND_RESPONSE, ATC_FORM_NONE, ATC_M_CONTEXT,
      1, atc__ica_cgmm_fields, atc__ica_cgmm_shapes, 1,
      -1, 0, sizeof(atc_ica_cgmm), NULL, 0, 0, -1, NULL,
      atc__ica_cgmm_answers, 1, 0u },
    {"CGMR", NULL, "", ATC_KIND_RESPONSE, ATC_FORM_NONE, ATC_M_CONTEXT,
      1, atc__ica_cgmr_fields, atc__ica_cgmr_shapes, 1,
      -1, 0, sizeof(atc_ica_cgmr), NULL, 0, 0, -1, NULL,
      atc__ica_cgmr_answers, 1, 0u },
    {"IMQTTAUTH", "OK", "+IMQTTAUTH:", ATC_KIND_URC, ATC_FORM_NONE, 0,
      1, atc__ica_imqttauth_ok_fields, atc__ica_imqttauth_ok_shapes, 1,
      -1, 0, sizeof(atc_ica_imqttauth_ok), NULL, 0, 0, -1, NULL,
      NULL, 0, 0u },
    {"IMQTTAUTH", "FAIL", "+IMQTTAUTH:", ATC_KIND_URC, ATC_FORM_NONE, 0,
      1, atc__ica_imqttauth_fail_fields, atc__ica_imqttauth_fail_shapes, 1,
      -1, 0, sizeof(atc_ica_imqttauth_fail), NULL, 0, 0, -1, NULL,
      NULL, 0, 0u },
    {"IMQTTPUB", NULL, "+IMQTTPUB:", ATC_KIND_URC, ATC_FORM_NONE, 0,
      2, atc__ica_imqttpub_fields, atc__ica_imqttpub_shapes, 1,
      -1, 0, sizeof(atc_ica_imqttpub), NULL, 0, 0, -1, NULL,
      NULL, 0, 0u },
    {"IMQTTPUBIN", NULL, "+IMQTTPUBIN:", ATC_KIND_URC, ATC_FORM_NONE, 0,
      2, atc__ica_imqttpubin_fields, atc__ica_imqttpubin_shapes, 1,
      -1, 0, sizeof(atc_ica_imqttpubin), NULL, 0, 0, -1, NULL,
      NULL, 0, 0u },
    {"IMQTTSUB", NULL, "+IMQTTSUB:", ATC_KIND_URC, ATC_FORM_NONE, 0,
      2, atc__ica_imqttsub_fields, atc__ica_imqttsub_shapes, 1,
      -1, 0, sizeof(atc_ica_imqttsub), NULL, 0, 0, -1, NULL,
      NULL, 0, 0u },
    {"IMQTTUNSUB", NULL, "+IMQTTUNSUB:", ATC_KIND_URC, ATC_FORM_NONE, 0,
      2, atc__ica_imqttunsub_fields, atc__ica_imqttunsub_shapes, 1,
      -1, 0, sizeof(atc_ica_imqttunsub), NULL, 0, 0, -1, NULL,
      NULL, 0, 0u },
    {"IMQTTRCVPUB", NULL, "+IMQTTRCVPUB:", ATC_KIND_URC, ATC_FORM_NONE, 0,
      6, atc__ica_imqttrcvpub_fields, atc__ica_imqttrcvpub_shapes, 3,
      -1, 0, sizeof(atc_ica_imqttrcvpub), NULL, 0, 0, -1, NULL,
      NULL, 0, 0u },
    {"IMQTTRCVPUBIN", NULL, "+IMQTTRCVPUBIN:", ATC_KIND_URC, ATC_FORM_NONE, ATC_M_PAYLOAD_AFTER_OK,
      3, atc__ica_imqttrcvpubin_fields, atc__ica_imqttrcvpubin_shapes, 1,
      2, 65535, sizeof(atc_ica_imqttrcvpubin), NULL, 0, 0, -1, NULL,
      NULL, 0, 0u },
    {"IMQTTSTATE", NULL, "+IMQTTSTATE:", ATC_KIND_URC, ATC_FORM_NONE, 0,
      1, atc__ica_imqttstate_fields, atc__ica_imqttstate_shapes, 1,
      -1, 0, sizeof(atc_ica_imqttstate), NULL, 0, 0, -1, NULL,
      NULL, 0, 0u },
    {"IMQTTPINGRSP", NULL, "+IMQTTPINGRSP", ATC_KIND_URC, ATC_FORM_NONE, 0,
      0, NULL, NULL, 0,
      -1, 0, sizeof(atc_ica_imqttpingrsp), NULL, 0, 0, -1, NULL,
      NULL, 0, 0u },
    {"ICOAPAUTH", "OK", "+ICOAPAUTH:", ATC_KIND_URC, ATC_FORM_NONE, 0,
      1, atc__ica_icoapauth_ok_fields, atc__ica_icoapauth_ok_shapes, 1,
      -1, 0, sizeof(atc_ica_icoapauth_ok), NULL, 0, 0, -1, NULL,
      NULL, 0, 0u },
    {"ICOAPAUTH", "FAIL", "+ICOAPAUTH:", ATC_KIND_URC, ATC_FORM_NONE, 0,
      1, atc__ica_icoapauth_fail_fields, atc__ica_icoapauth_fail_shapes, 1,
      -1, 0, sizeof(atc_ica_icoapauth_fail), NULL, 0, 0, -1, NULL,
      NULL, 0, 0u },
    {"ICOAPSENDREQ", NULL, "+ICOAPSENDREQ:", ATC_KIND_URC, ATC_FORM_NONE, 0,
      2, atc__ica_icoapsendreq_fields, atc__ica_icoapsendreq_shapes, 1,
      -1, 0, sizeof(atc_ica_icoapsendreq), NULL, 0, 0, -1, NULL,
      NULL, 0, 0u },
    {"ICOAPSENDBIN", NULL, "+ICOAPSENDBIN:", ATC_KIND_URC, ATC_FORM_NONE, 0,
      2, atc__ica_icoapsendbin_fields, atc__ica_icoapsendbin_shapes, 1,
      -1, 0, sizeof(atc_ica_icoapsendbin), NULL, 0, 0, -1, NULL,
      NULL, 0, 0u },
    {"ICOAPRCVRSP", NULL, "+ICOAPRCVRSP:", ATC_KIND_URC, ATC_FORM_NONE, 0,
      6, atc__ica_icoaprcvrsp_fields, atc__ica_icoaprcvrsp_shapes, 6,
      -1, 0, sizeof(atc_ica_icoaprcvrsp), NULL, 0, 0, -1, NULL,
      NULL, 0, 0u },
    {"ICOAPRCVBIN", NULL, "+ICOAPRCVBIN:", ATC_KIND_URC, ATC_FORM_NONE, ATC_M_PAYLOAD_AFTER_OK,
      3, atc__ica_icoaprcvbin_fields, atc__ica_icoaprcvbin_shapes, 2,
      2, 65535, sizeof(atc_ica_icoaprcvbin), NULL, 0, 0, -1, NULL,
      NULL, 0, 0u },
    {"IHTTPAUTH", "OK", "+IHTTPAUTH:", ATC_KIND_URC, ATC_FORM_NONE, 0,
      1, atc__ica_ihttpauth_ok_fields, atc__ica_ihttpauth_ok_shapes, 1,
      -1, 0, sizeof(atc_ica_ihttpauth_ok), NULL, 0, 0, -1, NULL,
      NULL, 0, 0u },
    {"IHTTPAUTH", "FAIL", "+IHTTPAUTH:", ATC_KIND_URC, ATC_FORM_NONE, 0,
      1, atc__ica_ihttpauth_fail_fields, atc__ica_ihttpauth_fail_shapes, 1,
      -1, 0, sizeof(atc_ica_ihttpauth_fail), NULL, 0, 0, -1, NULL,
      NULL, 0, 0u },
    {"IHTTPSEND", NULL, "+IHTTPSEND:", ATC_KIND_URC, ATC_FORM_NONE, 0,
      3, atc__ica_ihttpsend_fields, atc__ica_ihttpsend_shapes, 2,
      -1, 0, sizeof(atc_ica_ihttpsend), NULL, 0, 0, -1, NULL,
      NULL, 0, 0u },
    {"IHTTPRCVRSP", NULL, "+IHTTPRCVRSP:", ATC_KIND_URC, ATC_FORM_NONE, 0,
      7, atc__ica_ihttprcvrsp_fields, atc__ica_ihttprcvrsp_shapes, 4,
      -1, 0, sizeof(atc_ica_ihttprcvrsp), NULL, 0, 0, -1, NULL,
      NULL, 0, 0u },
    {"IHTTPRCVBIN", NULL, "+IHTTPRCVBIN:", ATC_KIND_URC, ATC_FORM_NONE, ATC_M_PAYLOAD_AFTER_OK,
      4, atc__ica_ihttprcvbin_fields, atc__ica_ihttprcvbin_shapes, 2,
      3, 65535, sizeof(atc_ica_ihttprcvbin), NULL, 0, 0, -1, NULL,
      NULL, 0, 0u },
    {"IOTANEWVER", NULL, "+IOTANEWVER:", ATC_KIND_URC, ATC_FORM_NONE, 0,
      3, atc__ica_iotanewver_fields, atc__ica_iotanewver_shapes, 1,
      -1, 0, sizeof(atc_ica_iotanewver), NULL, 0, 0, -1, NULL,
      NULL, 0, 0u },
};

/* ---- Encoders: one per message; module-side ones serve tests and simulators. ---- */
ATC_API atc_err atc_ica_encode_ok(const atc_ica_ok *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc__ica_msgs[ATC_ICA_OK], msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_ica_encode_error(const atc_ica_error *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc__ica_msgs[ATC_ICA_ERROR], msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_ica_encode_cme_error(const atc_ica_cme_error *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc__ica_msgs[ATC_ICA_CME_ERROR], msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_ica_encode_prompt(const atc_ica_prompt *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc__ica_msgs[ATC_ICA_PROMPT], msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_ica_encode_at_imqttmode_test(const atc_ica_at_imqttmode_test *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc__ica_msgs[ATC_ICA_AT_IMQTTMODE_TEST], msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_ica_encode_at_imqttmode_read(const atc_ica_at_imqttmode_read *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc__ica_msgs[ATC_ICA_AT_IMQTTMODE_READ], msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_ica_encode_at_imqttmode_set(const atc_ica_at_imqttmode_set *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc__ica_msgs[ATC_ICA_AT_IMQTTMODE_SET], msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_ica_encode_at_imqttopen_test(const atc_ica_at_imqttopen_test *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc__ica_msgs[ATC_ICA_AT_IMQTTOPEN_TEST], msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_ica_encode_at_imqttopen_read(const atc_ica_at_imqttopen_read *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc__ica_msgs[ATC_ICA_AT_IMQTTOPEN_READ], msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_ica_encode_at_imqttopen_set(const atc_ica_at_imqttopen_set *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc__ica_msgs[ATC_ICA_AT_IMQTTOPEN_SET], msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_ica_encode_at_imqttauth_test(const atc_ica_at_imqttauth_test *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc__ica_msgs[ATC_ICA_AT_IMQTTAUTH_TEST], msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_ica_encode_at_imqttauth_read(const atc_ica_at_imqttauth_read *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc__ica_msgs[ATC_ICA_AT_IMQTTAUTH_READ], msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_ica_encode_at_imqttauth_set(const atc_ica_at_imqttauth_set *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc__ica_msgs[ATC_ICA_AT_IMQTTAUTH_SET], msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_ica_encode_at_imqttpara_test(const atc_ica_at_imqttpara_test *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc__ica_msgs[ATC_ICA_AT_IMQTTPARA_TEST], msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_ica_encode_at_imqttpara_read(const atc_ica_at_imqttpara_read *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc__ica_msgs[ATC_ICA_AT_IMQTTPARA_READ], msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_ica_encode_at_imqttpara_set(const atc_ica_at_imqttpara_set *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc__ica_msgs[ATC_ICA_AT_IMQTTPARA_SET], msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_ica_encode_at_imqttconn_test(const atc_ica_at_imqttconn_test *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc__ica_msgs[ATC_ICA_AT_IMQTTCONN_TEST], msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_ica_encode_at_imqttconn_exec(const atc_ica_at_imqttconn_exec *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc__ica_msgs[ATC_ICA_AT_IMQTTCONN_EXEC], msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_ica_encode_at_imqttpub_test(const atc_ica_at_imqttpub_test *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc__ica_msgs[ATC_ICA_AT_IMQTTPUB_TEST], msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_ica_encode_at_imqttpub_read(const atc_ica_at_imqttpub_read *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc__ica_msgs[ATC_ICA_AT_IMQTTPUB_READ], msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_ica_encode_at_imqttpub_set(const atc_ica_at_imqttpub_set *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc__ica_msgs[ATC_ICA_AT_IMQTTPUB_SET], msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_ica_encode_at_imqttpubin_test(const atc_ica_at_imqttpubin_test *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc__ica_msgs[ATC_ICA_AT_IMQTTPUBIN_TEST], msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_ica_encode_at_imqttpubin_read(const atc_ica_at_imqttpubin_read *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc__ica_msgs[ATC_ICA_AT_IMQTTPUBIN_READ], msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_ica_encode_at_imqttpubin_set(const atc_ica_at_imqttpubin_set *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc__ica_msgs[ATC_ICA_AT_IMQTTPUBIN_SET], msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_ica_encode_at_imqttsub_test(const atc_ica_at_imqttsub_test *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc__ica_msgs[ATC_ICA_AT_IMQTTSUB_TEST], msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_ica_encode_at_imqttsub_read(const atc_ica_at_imqttsub_read *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc__ica_msgs[ATC_ICA_AT_IMQTTSUB_READ], msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_ica_encode_at_imqttsub_set(const atc_ica_at_imqttsub_set *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc__ica_msgs[ATC_ICA_AT_IMQTTSUB_SET], msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_ica_encode_at_imqttunsub_test(const atc_ica_at_imqttunsub_test *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc__ica_msgs[ATC_ICA_AT_IMQTTUNSUB_TEST], msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_ica_encode_at_imqttunsub_read(const atc_ica_at_imqttunsub_read *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc__ica_msgs[ATC_ICA_AT_IMQTTUNSUB_READ], msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_ica_encode_at_imqttunsub_set(const atc_ica_at_imqttunsub_set *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc__ica_msgs[ATC_ICA_AT_IMQTTUNSUB_SET], msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_ica_encode_at_imqttrcvpub_test(const atc_ica_at_imqttrcvpub_test *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc__ica_msgs[ATC_ICA_AT_IMQTTRCVPUB_TEST], msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_ica_encode_at_imqttrcvpub_read(const atc_ica_at_imqttrcvpub_read *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc__ica_msgs[ATC_ICA_AT_IMQTTRCVPUB_READ], msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_ica_encode_at_imqttrcvpubin_test(const atc_ica_at_imqttrcvpubin_test *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc__ica_msgs[ATC_ICA_AT_IMQTTRCVPUBIN_TEST], msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_ica_encode_at_imqttrcvpubin_read(const atc_ica_at_imqttrcvpubin_read *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc__ica_msgs[ATC_ICA_AT_IMQTTRCVPUBIN_READ], msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_ica_encode_at_imqttstate_test(const atc_ica_at_imqttstate_test *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc__ica_msgs[ATC_ICA_AT_IMQTTSTATE_TEST], msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_ica_encode_at_imqttstate_read(const atc_ica_at_imqttstate_read *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc__ica_msgs[ATC_ICA_AT_IMQTTSTATE_READ], msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_ica_encode_at_imqttdisconn_test(const atc_ica_at_imqttdisconn_test *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc__ica_msgs[ATC_ICA_AT_IMQTTDISCONN_TEST], msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_ica_encode_at_imqttdisconn_exec(const atc_ica_at_imqttdisconn_exec *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc__ica_msgs[ATC_ICA_AT_IMQTTDISCONN_EXEC], msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_ica_encode_at_imqttdbgpara_test(const atc_ica_at_imqttdbgpara_test *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc__ica_msgs[ATC_ICA_AT_IMQTTDBGPARA_TEST], msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_ica_encode_at_imqttdbgpara_read(const atc_ica_at_imqttdbgpara_read *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc__ica_msgs[ATC_ICA_AT_IMQTTDBGPARA_READ], msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_ica_encode_at_imqttdbgpara_set(const atc_ica_at_imqttdbgpara_set *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc__ica_msgs[ATC_ICA_AT_IMQTTDBGPARA_SET], msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_ica_encode_at_imqttpingrsp_test(const atc_ica_at_imqttpingrsp_test *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc__ica_msgs[ATC_ICA_AT_IMQTTPINGRSP_TEST], msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_ica_encode_at_icoappara_test(const atc_ica_at_icoappara_test *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc__ica_msgs[ATC_ICA_AT_ICOAPPARA_TEST], msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_ica_encode_at_icoappara_read(const atc_ica_at_icoappara_read *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc__ica_msgs[ATC_ICA_AT_ICOAPPARA_READ], msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_ica_encode_at_icoappara_set(const atc_ica_at_icoappara_set *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc__ica_msgs[ATC_ICA_AT_ICOAPPARA_SET], msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_ica_encode_at_icoapopen_test(const atc_ica_at_icoapopen_test *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc__ica_msgs[ATC_ICA_AT_ICOAPOPEN_TEST], msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_ica_encode_at_icoapopen_read(const atc_ica_at_icoapopen_read *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc__ica_msgs[ATC_ICA_AT_ICOAPOPEN_READ], msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_ica_encode_at_icoapopen_set(const atc_ica_at_icoapopen_set *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc__ica_msgs[ATC_ICA_AT_ICOAPOPEN_SET], msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_ica_encode_at_icoapauth_test(const atc_ica_at_icoapauth_test *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc__ica_msgs[ATC_ICA_AT_ICOAPAUTH_TEST], msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_ica_encode_at_icoapauth_read(const atc_ica_at_icoapauth_read *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc__ica_msgs[ATC_ICA_AT_ICOAPAUTH_READ], msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_ica_encode_at_icoapauth_set(const atc_ica_at_icoapauth_set *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc__ica_msgs[ATC_ICA_AT_ICOAPAUTH_SET], msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_ica_encode_at_icoapsendreq_test(const atc_ica_at_icoapsendreq_test *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc__ica_msgs[ATC_ICA_AT_ICOAPSENDREQ_TEST], msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_ica_encode_at_icoapsendreq_read(const atc_ica_at_icoapsendreq_read *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc__ica_msgs[ATC_ICA_AT_ICOAPSENDREQ_READ], msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_ica_encode_at_icoapsendreq_set(const atc_ica_at_icoapsendreq_set *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc__ica_msgs[ATC_ICA_AT_ICOAPSENDREQ_SET], msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_ica_encode_at_icoapsendbin_test(const atc_ica_at_icoapsendbin_test *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc__ica_msgs[ATC_ICA_AT_ICOAPSENDBIN_TEST], msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_ica_encode_at_icoapsendbin_read(const atc_ica_at_icoapsendbin_read *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc__ica_msgs[ATC_ICA_AT_ICOAPSENDBIN_READ], msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_ica_encode_at_icoapsendbin_set(const atc_ica_at_icoapsendbin_set *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc__ica_msgs[ATC_ICA_AT_ICOAPSENDBIN_SET], msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_ica_encode_at_icoapsendreqn_test(const atc_ica_at_icoapsendreqn_test *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc__ica_msgs[ATC_ICA_AT_ICOAPSENDREQN_TEST], msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_ica_encode_at_icoapsendreqn_read(const atc_ica_at_icoapsendreqn_read *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc__ica_msgs[ATC_ICA_AT_ICOAPSENDREQN_READ], msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_ica_encode_at_icoapsendreqn_set(const atc_ica_at_icoapsendreqn_set *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc__ica_msgs[ATC_ICA_AT_ICOAPSENDREQN_SET], msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_ica_encode_at_icoapsendnbin_test(const atc_ica_at_icoapsendnbin_test *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc__ica_msgs[ATC_ICA_AT_ICOAPSENDNBIN_TEST], msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_ica_encode_at_icoapsendnbin_read(const atc_ica_at_icoapsendnbin_read *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc__ica_msgs[ATC_ICA_AT_ICOAPSENDNBIN_READ], msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_ica_encode_at_icoapsendnbin_set(const atc_ica_at_icoapsendnbin_set *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc__ica_msgs[ATC_ICA_AT_ICOAPSENDNBIN_SET], msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_ica_encode_at_icoaprcvrsp_test(const atc_ica_at_icoaprcvrsp_test *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc__ica_msgs[ATC_ICA_AT_ICOAPRCVRSP_TEST], msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_ica_encode_at_icoaprcvrsp_read(const atc_ica_at_icoaprcvrsp_read *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc__ica_msgs[ATC_ICA_AT_ICOAPRCVRSP_READ], msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_ica_encode_at_icoaprcvbin_test(const atc_ica_at_icoaprcvbin_test *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc__ica_msgs[ATC_ICA_AT_ICOAPRCVBIN_TEST], msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_ica_encode_at_icoaprcvbin_read(const atc_ica_at_icoaprcvbin_read *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc__ica_msgs[ATC_ICA_AT_ICOAPRCVBIN_READ], msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_ica_encode_at_ihttpopen_test(const atc_ica_at_ihttpopen_test *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc__ica_msgs[ATC_ICA_AT_IHTTPOPEN_TEST], msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_ica_encode_at_ihttpopen_read(const atc_ica_at_ihttpopen_read *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc__ica_msgs[ATC_ICA_AT_IHTTPOPEN_READ], msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_ica_encode_at_ihttpopen_set(const atc_ica_at_ihttpopen_set *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc__ica_msgs[ATC_ICA_AT_IHTTPOPEN_SET], msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_ica_encode_at_ihttppara_test(const atc_ica_at_ihttppara_test *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc__ica_msgs[ATC_ICA_AT_IHTTPPARA_TEST], msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_ica_encode_at_ihttppara_read(const atc_ica_at_ihttppara_read *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc__ica_msgs[ATC_ICA_AT_IHTTPPARA_READ], msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_ica_encode_at_ihttppara_set(const atc_ica_at_ihttppara_set *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc__ica_msgs[ATC_ICA_AT_IHTTPPARA_SET], msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_ica_encode_at_ihttpauth_test(const atc_ica_at_ihttpauth_test *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc__ica_msgs[ATC_ICA_AT_IHTTPAUTH_TEST], msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_ica_encode_at_ihttpauth_read(const atc_ica_at_ihttpauth_read *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc__ica_msgs[ATC_ICA_AT_IHTTPAUTH_READ], msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_ica_encode_at_ihttpauth_set(const atc_ica_at_ihttpauth_set *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc__ica_msgs[ATC_ICA_AT_IHTTPAUTH_SET], msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_ica_encode_at_ihttpsend_test(const atc_ica_at_ihttpsend_test *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc__ica_msgs[ATC_ICA_AT_IHTTPSEND_TEST], msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_ica_encode_at_ihttpsend_read(const atc_ica_at_ihttpsend_read *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc__ica_msgs[ATC_ICA_AT_IHTTPSEND_READ], msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_ica_encode_at_ihttpsend_set(const atc_ica_at_ihttpsend_set *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc__ica_msgs[ATC_ICA_AT_IHTTPSEND_SET], msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_ica_encode_at_ihttpsendreq_test(const atc_ica_at_ihttpsendreq_test *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc__ica_msgs[ATC_ICA_AT_IHTTPSENDREQ_TEST], msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_ica_encode_at_ihttpsendreq_read(const atc_ica_at_ihttpsendreq_read *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc__ica_msgs[ATC_ICA_AT_IHTTPSENDREQ_READ], msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_ica_encode_at_ihttpsendreq_set(const atc_ica_at_ihttpsendreq_set *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc__ica_msgs[ATC_ICA_AT_IHTTPSENDREQ_SET], msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_ica_encode_at_ihttpsendbin_test(const atc_ica_at_ihttpsendbin_test *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc__ica_msgs[ATC_ICA_AT_IHTTPSENDBIN_TEST], msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_ica_encode_at_ihttpsendbin_read(const atc_ica_at_ihttpsendbin_read *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc__ica_msgs[ATC_ICA_AT_IHTTPSENDBIN_READ], msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_ica_encode_at_ihttpsendbin_set(const atc_ica_at_ihttpsendbin_set *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc__ica_msgs[ATC_ICA_AT_IHTTPSENDBIN_SET], msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_ica_encode_at_ihttprcvrsp_test(const atc_ica_at_ihttprcvrsp_test *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc__ica_msgs[ATC_ICA_AT_IHTTPRCVRSP_TEST], msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_ica_encode_at_ihttprcvrsp_read(const atc_ica_at_ihttprcvrsp_read *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc__ica_msgs[ATC_ICA_AT_IHTTPRCVRSP_READ], msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_ica_encode_at_ihttprcvbin_test(const atc_ica_at_ihttprcvbin_test *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc__ica_msgs[ATC_ICA_AT_IHTTPRCVBIN_TEST], msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_ica_encode_at_ihttprcvbin_read(const atc_ica_at_ihttprcvbin_read *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc__ica_msgs[ATC_ICA_AT_IHTTPRCVBIN_READ], msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_ica_encode_at_ihttpdisconn_test(const atc_ica_at_ihttpdisconn_test *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc__ica_msgs[ATC_ICA_AT_IHTTPDISCONN_TEST], msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_ica_encode_at_ihttpdisconn_exec(const atc_ica_at_ihttpdisconn_exec *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc__ica_msgs[ATC_ICA_AT_IHTTPDISCONN_EXEC], msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_ica_encode_at_iotapara_test(const atc_ica_at_iotapara_test *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc__ica_msgs[ATC_ICA_AT_IOTAPARA_TEST], msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_ica_encode_at_iotapara_read(const atc_ica_at_iotapara_read *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc__ica_msgs[ATC_ICA_AT_IOTAPARA_READ], msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_ica_encode_at_iotapara_set(const atc_ica_at_iotapara_set *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc__ica_msgs[ATC_ICA_AT_IOTAPARA_SET], msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_ica_encode_at_iotaver_test(const atc_ica_at_iotaver_test *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc__ica_msgs[ATC_ICA_AT_IOTAVER_TEST], msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_ica_encode_at_iotaver_read(const atc_ica_at_iotaver_read *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc__ica_msgs[ATC_ICA_AT_IOTAVER_READ], msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_ica_encode_at_iotaver_set(const atc_ica_at_iotaver_set *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc__ica_msgs[ATC_ICA_AT_IOTAVER_SET], msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_ica_encode_at_iotanewver_test(const atc_ica_at_iotanewver_test *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc__ica_msgs[ATC_ICA_AT_IOTANEWVER_TEST], msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_ica_encode_at_iotanewver_read(const atc_ica_at_iotanewver_read *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc__ica_msgs[ATC_ICA_AT_IOTANEWVER_READ], msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_ica_encode_at_iotapgs_test(const atc_ica_at_iotapgs_test *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc__ica_msgs[ATC_ICA_AT_IOTAPGS_TEST], msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_ica_encode_at_iotapgs_set(const atc_ica_at_iotapgs_set *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc__ica_msgs[ATC_ICA_AT_IOTAPGS_SET], msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_ica_encode_at_iotablock_test(const atc_ica_at_iotablock_test *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc__ica_msgs[ATC_ICA_AT_IOTABLOCK_TEST], msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_ica_encode_at_iotablock_set(const atc_ica_at_iotablock_set *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc__ica_msgs[ATC_ICA_AT_IOTABLOCK_SET], msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_ica_encode_at_iotabort_test(const atc_ica_at_iotabort_test *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc__ica_msgs[ATC_ICA_AT_IOTABORT_TEST], msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_ica_encode_at_iotabort_exec(const atc_ica_at_iotabort_exec *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc__ica_msgs[ATC_ICA_AT_IOTABORT_EXEC], msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_ica_encode_at_iloglvl_test(const atc_ica_at_iloglvl_test *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc__ica_msgs[ATC_ICA_AT_ILOGLVL_TEST], msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_ica_encode_at_iloglvl_read(const atc_ica_at_iloglvl_read *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc__ica_msgs[ATC_ICA_AT_ILOGLVL_READ], msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_ica_encode_at_iloglvl_set(const atc_ica_at_iloglvl_set *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc__ica_msgs[ATC_ICA_AT_ILOGLVL_SET], msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_ica_encode_at_ireboot_test(const atc_ica_at_ireboot_test *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc__ica_msgs[ATC_ICA_AT_IREBOOT_TEST], msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_ica_encode_at_ireboot_set(const atc_ica_at_ireboot_set *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc__ica_msgs[ATC_ICA_AT_IREBOOT_SET], msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_ica_encode_at_idefault_test(const atc_ica_at_idefault_test *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc__ica_msgs[ATC_ICA_AT_IDEFAULT_TEST], msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_ica_encode_at_idefault_exec(const atc_ica_at_idefault_exec *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc__ica_msgs[ATC_ICA_AT_IDEFAULT_EXEC], msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_ica_encode_at_cgmi_exec(const atc_ica_at_cgmi_exec *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc__ica_msgs[ATC_ICA_AT_CGMI_EXEC], msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_ica_encode_at_cgmm_exec(const atc_ica_at_cgmm_exec *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc__ica_msgs[ATC_ICA_AT_CGMM_EXEC], msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_ica_encode_at_cgmr_exec(const atc_ica_at_cgmr_exec *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc__ica_msgs[ATC_ICA_AT_CGMR_EXEC], msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_ica_encode_imqttmode_test(const atc_ica_imqttmode_test *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc__ica_msgs[ATC_ICA_IMQTTMODE_TEST], msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_ica_encode_imqttmode_read(const atc_ica_imqttmode_read *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc__ica_msgs[ATC_ICA_IMQTTMODE_READ], msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_ica_encode_imqttopen_test(const atc_ica_imqttopen_test *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc__ica_msgs[ATC_ICA_IMQTTOPEN_TEST], msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_ica_encode_imqttopen_read(const atc_ica_imqttopen_read *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc__ica_msgs[ATC_ICA_IMQTTOPEN_READ], msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_ica_encode_imqttauth_test(const atc_ica_imqttauth_test *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc__ica_msgs[ATC_ICA_IMQTTAUTH_TEST], msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_ica_encode_imqttauth_read(const atc_ica_imqttauth_read *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc__ica_msgs[ATC_ICA_IMQTTAUTH_READ], msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_ica_encode_imqttpara_test(const atc_ica_imqttpara_test *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc__ica_msgs[ATC_ICA_IMQTTPARA_TEST], msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_ica_encode_imqttpara_read(const atc_ica_imqttpara_read *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc__ica_msgs[ATC_ICA_IMQTTPARA_READ], msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_ica_encode_imqttpub_test(const atc_ica_imqttpub_test *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc__ica_msgs[ATC_ICA_IMQTTPUB_TEST], msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_ica_encode_imqttpub_read(const atc_ica_imqttpub_read *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc__ica_msgs[ATC_ICA_IMQTTPUB_READ], msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_ica_encode_imqttpub_set(const atc_ica_imqttpub_set *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc__ica_msgs[ATC_ICA_IMQTTPUB_SET], msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_ica_encode_imqttpubin_test(const atc_ica_imqttpubin_test *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc__ica_msgs[ATC_ICA_IMQTTPUBIN_TEST], msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_ica_encode_imqttpubin_read(const atc_ica_imqttpubin_read *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc__ica_msgs[ATC_ICA_IMQTTPUBIN_READ], msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_ica_encode_imqttpubin_set(const atc_ica_imqttpubin_set *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc__ica_msgs[ATC_ICA_IMQTTPUBIN_SET], msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_ica_encode_imqttsub_test(const atc_ica_imqttsub_test *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc__ica_msgs[ATC_ICA_IMQTTSUB_TEST], msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_ica_encode_imqttsub_read(const atc_ica_imqttsub_read *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc__ica_msgs[ATC_ICA_IMQTTSUB_READ], msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_ica_encode_imqttsub_set(const atc_ica_imqttsub_set *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc__ica_msgs[ATC_ICA_IMQTTSUB_SET], msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_ica_encode_imqttunsub_test(const atc_ica_imqttunsub_test *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc__ica_msgs[ATC_ICA_IMQTTUNSUB_TEST], msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_ica_encode_imqttunsub_read(const atc_ica_imqttunsub_read *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc__ica_msgs[ATC_ICA_IMQTTUNSUB_READ], msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_ica_encode_imqttunsub_set(const atc_ica_imqttunsub_set *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc__ica_msgs[ATC_ICA_IMQTTUNSUB_SET], msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_ica_encode_imqttrcvpub_read(const atc_ica_imqttrcvpub_read *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc__ica_msgs[ATC_ICA_IMQTTRCVPUB_READ], msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_ica_encode_imqttrcvpubin_read(const atc_ica_imqttrcvpubin_read *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc__ica_msgs[ATC_ICA_IMQTTRCVPUBIN_READ], msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_ica_encode_imqttstate_read(const atc_ica_imqttstate_read *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc__ica_msgs[ATC_ICA_IMQTTSTATE_READ], msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_ica_encode_imqttdbgpara_test(const atc_ica_imqttdbgpara_test *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc__ica_msgs[ATC_ICA_IMQTTDBGPARA_TEST], msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_ica_encode_imqttdbgpara_read(const atc_ica_imqttdbgpara_read *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc__ica_msgs[ATC_ICA_IMQTTDBGPARA_READ], msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_ica_encode_icoappara_test(const atc_ica_icoappara_test *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc__ica_msgs[ATC_ICA_ICOAPPARA_TEST], msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_ica_encode_icoappara_read(const atc_ica_icoappara_read *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc__ica_msgs[ATC_ICA_ICOAPPARA_READ], msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_ica_encode_icoapopen_test(const atc_ica_icoapopen_test *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc__ica_msgs[ATC_ICA_ICOAPOPEN_TEST], msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_ica_encode_icoapopen_read(const atc_ica_icoapopen_read *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc__ica_msgs[ATC_ICA_ICOAPOPEN_READ], msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_ica_encode_icoapauth_test(const atc_ica_icoapauth_test *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc__ica_msgs[ATC_ICA_ICOAPAUTH_TEST], msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_ica_encode_icoapauth_read(const atc_ica_icoapauth_read *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc__ica_msgs[ATC_ICA_ICOAPAUTH_READ], msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_ica_encode_icoapsendreq_test(const atc_ica_icoapsendreq_test *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc__ica_msgs[ATC_ICA_ICOAPSENDREQ_TEST], msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_ica_encode_icoapsendreq_read(const atc_ica_icoapsendreq_read *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc__ica_msgs[ATC_ICA_ICOAPSENDREQ_READ], msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_ica_encode_icoapsendreq_set(const atc_ica_icoapsendreq_set *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc__ica_msgs[ATC_ICA_ICOAPSENDREQ_SET], msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_ica_encode_icoapsendbin_test(const atc_ica_icoapsendbin_test *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc__ica_msgs[ATC_ICA_ICOAPSENDBIN_TEST], msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_ica_encode_icoapsendbin_read(const atc_ica_icoapsendbin_read *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc__ica_msgs[ATC_ICA_ICOAPSENDBIN_READ], msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_ica_encode_icoapsendbin_set(const atc_ica_icoapsendbin_set *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc__ica_msgs[ATC_ICA_ICOAPSENDBIN_SET], msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_ica_encode_icoapsendreqn_test(const atc_ica_icoapsendreqn_test *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc__ica_msgs[ATC_ICA_ICOAPSENDREQN_TEST], msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_ica_encode_icoapsendreqn_read(const atc_ica_icoapsendreqn_read *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc__ica_msgs[ATC_ICA_ICOAPSENDREQN_READ], msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_ica_encode_icoapsendreqn_set(const atc_ica_icoapsendreqn_set *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc__ica_msgs[ATC_ICA_ICOAPSENDREQN_SET], msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_ica_encode_icoapsendnbin_test(const atc_ica_icoapsendnbin_test *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc__ica_msgs[ATC_ICA_ICOAPSENDNBIN_TEST], msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_ica_encode_icoapsendnbin_read(const atc_ica_icoapsendnbin_read *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc__ica_msgs[ATC_ICA_ICOAPSENDNBIN_READ], msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_ica_encode_icoapsendnbin_set(const atc_ica_icoapsendnbin_set *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc__ica_msgs[ATC_ICA_ICOAPSENDNBIN_SET], msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_ica_encode_icoaprcvrsp_read(const atc_ica_icoaprcvrsp_read *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc__ica_msgs[ATC_ICA_ICOAPRCVRSP_READ], msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_ica_encode_icoaprcvbin_read(const atc_ica_icoaprcvbin_read *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc__ica_msgs[ATC_ICA_ICOAPRCVBIN_READ], msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_ica_encode_ihttpopen_test(const atc_ica_ihttpopen_test *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc__ica_msgs[ATC_ICA_IHTTPOPEN_TEST], msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_ica_encode_ihttpopen_read(const atc_ica_ihttpopen_read *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc__ica_msgs[ATC_ICA_IHTTPOPEN_READ], msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_ica_encode_ihttppara_test(const atc_ica_ihttppara_test *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc__ica_msgs[ATC_ICA_IHTTPPARA_TEST], msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_ica_encode_ihttppara_read(const atc_ica_ihttppara_read *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc__ica_msgs[ATC_ICA_IHTTPPARA_READ], msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_ica_encode_ihttpauth_test(const atc_ica_ihttpauth_test *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc__ica_msgs[ATC_ICA_IHTTPAUTH_TEST], msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_ica_encode_ihttpauth_read(const atc_ica_ihttpauth_read *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc__ica_msgs[ATC_ICA_IHTTPAUTH_READ], msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_ica_encode_ihttpsend_test(const atc_ica_ihttpsend_test *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc__ica_msgs[ATC_ICA_IHTTPSEND_TEST], msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_ica_encode_ihttpsend_read(const atc_ica_ihttpsend_read *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc__ica_msgs[ATC_ICA_IHTTPSEND_READ], msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_ica_encode_ihttpsendreq_test(const atc_ica_ihttpsendreq_test *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc__ica_msgs[ATC_ICA_IHTTPSENDREQ_TEST], msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_ica_encode_ihttpsendreq_read(const atc_ica_ihttpsendreq_read *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc__ica_msgs[ATC_ICA_IHTTPSENDREQ_READ], msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_ica_encode_ihttpsendreq_set(const atc_ica_ihttpsendreq_set *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc__ica_msgs[ATC_ICA_IHTTPSENDREQ_SET], msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_ica_encode_ihttpsendbin_test(const atc_ica_ihttpsendbin_test *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc__ica_msgs[ATC_ICA_IHTTPSENDBIN_TEST], msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_ica_encode_ihttpsendbin_read(const atc_ica_ihttpsendbin_read *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc__ica_msgs[ATC_ICA_IHTTPSENDBIN_READ], msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_ica_encode_ihttpsendbin_set(const atc_ica_ihttpsendbin_set *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc__ica_msgs[ATC_ICA_IHTTPSENDBIN_SET], msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_ica_encode_ihttprcvrsp_read(const atc_ica_ihttprcvrsp_read *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc__ica_msgs[ATC_ICA_IHTTPRCVRSP_READ], msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_ica_encode_ihttprcvbin_read(const atc_ica_ihttprcvbin_read *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc__ica_msgs[ATC_ICA_IHTTPRCVBIN_READ], msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_ica_encode_iotapara_test(const atc_ica_iotapara_test *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc__ica_msgs[ATC_ICA_IOTAPARA_TEST], msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_ica_encode_iotapara_read(const atc_ica_iotapara_read *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc__ica_msgs[ATC_ICA_IOTAPARA_READ], msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_ica_encode_iotaver_test(const atc_ica_iotaver_test *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc__ica_msgs[ATC_ICA_IOTAVER_TEST], msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_ica_encode_iotaver_read(const atc_ica_iotaver_read *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc__ica_msgs[ATC_ICA_IOTAVER_READ], msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_ica_encode_iotanewver_read(const atc_ica_iotanewver_read *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc__ica_msgs[ATC_ICA_IOTANEWVER_READ], msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_ica_encode_iotapgs_test(const atc_ica_iotapgs_test *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc__ica_msgs[ATC_ICA_IOTAPGS_TEST], msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_ica_encode_iotablock(const atc_ica_iotablock *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc__ica_msgs[ATC_ICA_IOTABLOCK], msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_ica_encode_iloglvl_test(const atc_ica_iloglvl_test *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc__ica_msgs[ATC_ICA_ILOGLVL_TEST], msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_ica_encode_iloglvl_read(const atc_ica_iloglvl_read *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc__ica_msgs[ATC_ICA_ILOGLVL_READ], msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_ica_encode_cgmi(const atc_ica_cgmi *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc__ica_msgs[ATC_ICA_CGMI], msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_ica_encode_cgmm(const atc_ica_cgmm *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc__ica_msgs[ATC_ICA_CGMM], msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_ica_encode_cgmr(const atc_ica_cgmr *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc__ica_msgs[ATC_ICA_CGMR], msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_ica_encode_imqttauth_ok(const atc_ica_imqttauth_ok *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc__ica_msgs[ATC_ICA_IMQTTAUTH_OK], msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_ica_encode_imqttauth_fail(const atc_ica_imqttauth_fail *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc__ica_msgs[ATC_ICA_IMQTTAUTH_FAIL], msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_ica_encode_imqttpub(const atc_ica_imqttpub *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc__ica_msgs[ATC_ICA_IMQTTPUB], msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_ica_encode_imqttpubin(const atc_ica_imqttpubin *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc__ica_msgs[ATC_ICA_IMQTTPUBIN], msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_ica_encode_imqttsub(const atc_ica_imqttsub *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc__ica_msgs[ATC_ICA_IMQTTSUB], msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_ica_encode_imqttunsub(const atc_ica_imqttunsub *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc__ica_msgs[ATC_ICA_IMQTTUNSUB], msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_ica_encode_imqttrcvpub(const atc_ica_imqttrcvpub *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc__ica_msgs[ATC_ICA_IMQTTRCVPUB], msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_ica_encode_imqttrcvpubin(const atc_ica_imqttrcvpubin *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc__ica_msgs[ATC_ICA_IMQTTRCVPUBIN], msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_ica_encode_imqttstate(const atc_ica_imqttstate *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc__ica_msgs[ATC_ICA_IMQTTSTATE], msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_ica_encode_imqttpingrsp(const atc_ica_imqttpingrsp *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc__ica_msgs[ATC_ICA_IMQTTPINGRSP], msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_ica_encode_icoapauth_ok(const atc_ica_icoapauth_ok *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc__ica_msgs[ATC_ICA_ICOAPAUTH_OK], msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_ica_encode_icoapauth_fail(const atc_ica_icoapauth_fail *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc__ica_msgs[ATC_ICA_ICOAPAUTH_FAIL], msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_ica_encode_icoapsendreq(const atc_ica_icoapsendreq *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc__ica_msgs[ATC_ICA_ICOAPSENDREQ], msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_ica_encode_icoapsendbin(const atc_ica_icoapsendbin *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc__ica_msgs[ATC_ICA_ICOAPSENDBIN], msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_ica_encode_icoaprcvrsp(const atc_ica_icoaprcvrsp *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc__ica_msgs[ATC_ICA_ICOAPRCVRSP], msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_ica_encode_icoaprcvbin(const atc_ica_icoaprcvbin *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc__ica_msgs[ATC_ICA_ICOAPRCVBIN], msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_ica_encode_ihttpauth_ok(const atc_ica_ihttpauth_ok *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc__ica_msgs[ATC_ICA_IHTTPAUTH_OK], msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_ica_encode_ihttpauth_fail(const atc_ica_ihttpauth_fail *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc__ica_msgs[ATC_ICA_IHTTPAUTH_FAIL], msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_ica_encode_ihttpsend(const atc_ica_ihttpsend *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc__ica_msgs[ATC_ICA_IHTTPSEND], msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_ica_encode_ihttprcvrsp(const atc_ica_ihttprcvrsp *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc__ica_msgs[ATC_ICA_IHTTPRCVRSP], msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_ica_encode_ihttprcvbin(const atc_ica_ihttprcvbin *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc__ica_msgs[ATC_ICA_IHTTPRCVBIN], msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_ica_encode_iotanewver(const atc_ica_iotanewver *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc__ica_msgs[ATC_ICA_IOTANEWVER], msg, ATC_FRAME_WIRE, buf, cap, len);
}

/* ---- The line machine ----
 * One alternative per message shape (a combination of optional fields). The machine decides
 * which alternatives a line matches; the runtime picks one with the pending command's help. */
static const atc_alt atc__ica_alts[] = {
    { ATC_ICA_OK, 0x0u }, /* 0 */
    { ATC_ICA_ERROR, 0x0u }, /* 1 */
    { ATC_ICA_CME_ERROR, 0x1u }, /* 2 */
    { ATC_ICA_AT_IMQTTMODE_TEST, 0x0u }, /* 3 */
    { ATC_ICA_AT_IMQTTMODE_READ, 0x0u }, /* 4 */
    { ATC_ICA_AT_IMQTTMODE_SET, 0x1u }, /* 5 */
    { ATC_ICA_AT_IMQTTOPEN_TEST, 0x0u }, /* 6 */
    { ATC_ICA_AT_IMQTTOPEN_READ, 0x0u }, /* 7 */
    { ATC_ICA_AT_IMQTTOPEN_SET, 0x3u }, /* 8 */
    { ATC_ICA_AT_IMQTTAUTH_TEST, 0x0u }, /* 9 */
    { ATC_ICA_AT_IMQTTAUTH_READ, 0x0u }, /* 10 */
    { ATC_ICA_AT_IMQTTAUTH_SET, 0x1u }, /* 11 */
    { ATC_ICA_AT_IMQTTPARA_TEST, 0x0u }, /* 12 */
    { ATC_ICA_AT_IMQTTPARA_READ, 0x0u }, /* 13 */
    { ATC_ICA_AT_IMQTTPARA_SET, 0x0u }, /* 14 */
    { ATC_ICA_AT_IMQTTCONN_TEST, 0x0u }, /* 15 */
    { ATC_ICA_AT_IMQTTCONN_EXEC, 0x0u }, /* 16 */
    { ATC_ICA_AT_IMQTTPUB_TEST, 0x0u }, /* 17 */
    { ATC_ICA_AT_IMQTTPUB_READ, 0x0u }, /* 18 */
    { ATC_ICA_AT_IMQTTPUB_SET, 0x7u }, /* 19 */
    { ATC_ICA_AT_IMQTTPUB_SET, 0xfu }, /* 20 */
    { ATC_ICA_AT_IMQTTPUB_SET, 0x1fu }, /* 21 */
    { ATC_ICA_AT_IMQTTPUBIN_TEST, 0x0u }, /* 22 */
    { ATC_ICA_AT_IMQTTPUBIN_READ, 0x0u }, /* 23 */
    { ATC_ICA_AT_IMQTTPUBIN_SET, 0x7u }, /* 24 */
    { ATC_ICA_AT_IMQTTSUB_TEST, 0x0u }, /* 25 */
    { ATC_ICA_AT_IMQTTSUB_READ, 0x0u }, /* 26 */
    { ATC_ICA_AT_IMQTTSUB_SET, 0x3u }, /* 27 */
    { ATC_ICA_AT_IMQTTUNSUB_TEST, 0x0u }, /* 28 */
    { ATC_ICA_AT_IMQTTUNSUB_READ, 0x0u }, /* 29 */
    { ATC_ICA_AT_IMQTTUNSUB_SET, 0x1u }, /* 30 */
    { ATC_ICA_AT_IMQTTRCVPUB_TEST, 0x0u }, /* 31 */
    { ATC_ICA_AT_IMQTTRCVPUB_READ, 0x0u }, /* 32 */
    { ATC_ICA_AT_IMQTTRCVPUBIN_TEST, 0x0u }, /* 33 */
    { ATC_ICA_AT_IMQTTRCVPUBIN_READ, 0x0u }, /* 34 */
    { ATC_ICA_AT_IMQTTSTATE_TEST, 0x0u }, /* 35 */
    { ATC_ICA_AT_IMQTTSTATE_READ, 0x0u }, /* 36 */
    { ATC_ICA_AT_IMQTTDISCONN_TEST, 0x0u }, /* 37 */
    { ATC_ICA_AT_IMQTTDISCONN_EXEC, 0x0u }, /* 38 */
    { ATC_ICA_AT_IMQTTDBGPARA_TEST, 0x0u }, /* 39 */
    { ATC_ICA_AT_IMQTTDBGPARA_READ, 0x0u }, /* 40 */
    { ATC_ICA_AT_IMQTTDBGPARA_SET, 0x0u }, /* 41 */
    { ATC_ICA_AT_IMQTTPINGRSP_TEST, 0x0u }, /* 42 */
    { ATC_ICA_AT_ICOAPPARA_TEST, 0x0u }, /* 43 */
    { ATC_ICA_AT_ICOAPPARA_READ, 0x0u }, /* 44 */
    { ATC_ICA_AT_ICOAPPARA_SET, 0x0u }, /* 45 */
    { ATC_ICA_AT_ICOAPOPEN_TEST, 0x0u }, /* 46 */
    { ATC_ICA_AT_ICOAPOPEN_READ, 0x0u }, /* 47 */
    { ATC_ICA_AT_ICOAPOPEN_SET, 0x3u }, /* 48 */
    { ATC_ICA_AT_ICOAPAUTH_TEST, 0x0u }, /* 49 */
    { ATC_ICA_AT_ICOAPAUTH_READ, 0x0u }, /* 50 */
    { ATC_ICA_AT_ICOAPAUTH_SET, 0x1u }, /* 51 */
    { ATC_ICA_AT_ICOAPSENDREQ_TEST, 0x0u }, /* 52 */
    { ATC_ICA_AT_ICOAPSENDREQ_READ, 0x0u }, /* 53 */
    { ATC_ICA_AT_ICOAPSENDREQ_SET, 0x7u }, /* 54 */
    { ATC_ICA_AT_ICOAPSENDREQ_SET, 0xfu }, /* 55 */
    { ATC_ICA_AT_ICOAPSENDREQ_SET, 0x1fu }, /* 56 */
    { ATC_ICA_AT_ICOAPSENDBIN_TEST, 0x0u }, /* 57 */
    { ATC_ICA_AT_ICOAPSENDBIN_READ, 0x0u }, /* 58 */
    { ATC_ICA_AT_ICOAPSENDBIN_SET, 0x7u }, /* 59 */
    { ATC_ICA_AT_ICOAPSENDREQN_TEST, 0x0u }, /* 60 */
    { ATC_ICA_AT_ICOAPSENDREQN_READ, 0x0u }, /* 61 */
    { ATC_ICA_AT_ICOAPSENDREQN_SET, 0x7u }, /* 62 */
    { ATC_ICA_AT_ICOAPSENDREQN_SET, 0xfu }, /* 63 */
    { ATC_ICA_AT_ICOAPSENDREQN_SET, 0x1fu }, /* 64 */
    { ATC_ICA_AT_ICOAPSENDNBIN_TEST, 0x0u }, /* 65 */
    { ATC_ICA_AT_ICOAPSENDNBIN_READ, 0x0u }, /* 66 */
    { ATC_ICA_AT_ICOAPSENDNBIN_SET, 0x7u }, /* 67 */
    { ATC_ICA_AT_ICOAPRCVRSP_TEST, 0x0u }, /* 68 */
    { ATC_ICA_AT_ICOAPRCVRSP_READ, 0x0u }, /* 69 */
    { ATC_ICA_AT_ICOAPRCVBIN_TEST, 0x0u }, /* 70 */
    { ATC_ICA_AT_ICOAPRCVBIN_READ, 0x0u }, /* 71 */
    { ATC_ICA_AT_IHTTPOPEN_TEST, 0x0u }, /* 72 */
    { ATC_ICA_AT_IHTTPOPEN_READ, 0x0u }, /* 73 */
    { ATC_ICA_AT_IHTTPOPEN_SET, 0x3u }, /* 74 */
    { ATC_ICA_AT_IHTTPPARA_TEST, 0x0u }, /* 75 */
    { ATC_ICA_AT_IHTTPPARA_READ, 0x0u }, /* 76 */
    { ATC_ICA_AT_IHTTPPARA_SET, 0x0u }, /* 77 */
    { ATC_ICA_AT_IHTTPAUTH_TEST, 0x0u }, /* 78 */
    { ATC_ICA_AT_IHTTPAUTH_READ, 0x0u }, /* 79 */
    { ATC_ICA_AT_IHTTPAUTH_SET, 0x1u }, /* 80 */
    { ATC_ICA_AT_IHTTPSEND_TEST, 0x0u }, /* 81 */
    { ATC_ICA_AT_IHTTPSEND_READ, 0x0u }, /* 82 */
    { ATC_ICA_AT_IHTTPSEND_SET, 0x7u }, /* 83 */
    { ATC_ICA_AT_IHTTPSENDREQ_TEST, 0x0u }, /* 84 */
    { ATC_ICA_AT_IHTTPSENDREQ_READ, 0x0u }, /* 85 */
    { ATC_ICA_AT_IHTTPSENDREQ_SET, 0x7u }, /* 86 */
    { ATC_ICA_AT_IHTTPSENDREQ_SET, 0xfu }, /* 87 */
    { ATC_ICA_AT_IHTTPSENDREQ_SET, 0x1fu }, /* 88 */
    { ATC_ICA_AT_IHTTPSENDBIN_TEST, 0x0u }, /* 89 */
    { ATC_ICA_AT_IHTTPSENDBIN_READ, 0x0u }, /* 90 */
    { ATC_ICA_AT_IHTTPSENDBIN_SET, 0x7u }, /* 91 */
    { ATC_ICA_AT_IHTTPRCVRSP_TEST, 0x0u }, /* 92 */
    { ATC_ICA_AT_IHTTPRCVRSP_READ, 0x0u }, /* 93 */
    { ATC_ICA_AT_IHTTPRCVBIN_TEST, 0x0u }, /* 94 */
    { ATC_ICA_AT_IHTTPRCVBIN_READ, 0x0u }, /* 95 */
    { ATC_ICA_AT_IHTTPDISCONN_TEST, 0x0u }, /* 96 */
    { ATC_ICA_AT_IHTTPDISCONN_EXEC, 0x0u }, /* 97 */
    { ATC_ICA_AT_IOTAPARA_TEST, 0x0u }, /* 98 */
    { ATC_ICA_AT_IOTAPARA_READ, 0x0u }, /* 99 */
    { ATC_ICA_AT_IOTAPARA_SET, 0x0u }, /* 100 */
    { ATC_ICA_AT_IOTAVER_TEST, 0x0u }, /* 101 */
    { ATC_ICA_AT_IOTAVER_READ, 0x0u }, /* 102 */
    { ATC_ICA_AT_IOTAVER_SET, 0x1u }, /* 103 */
    { ATC_ICA_AT_IOTANEWVER_TEST, 0x0u }, /* 104 */
    { ATC_ICA_AT_IOTANEWVER_READ, 0x0u }, /* 105 */
    { ATC_ICA_AT_IOTAPGS_TEST, 0x0u }, /* 106 */
    { ATC_ICA_AT_IOTAPGS_SET, 0x1u }, /* 107 */
    { ATC_ICA_AT_IOTAPGS_SET, 0x3u }, /* 108 */
    { ATC_ICA_AT_IOTABLOCK_TEST, 0x0u }, /* 109 */
    { ATC_ICA_AT_IOTABLOCK_SET, 0x1u }, /* 110 */
    { ATC_ICA_AT_IOTABORT_TEST, 0x0u }, /* 111 */
    { ATC_ICA_AT_IOTABORT_EXEC, 0x0u }, /* 112 */
    { ATC_ICA_AT_ILOGLVL_TEST, 0x0u }, /* 113 */
    { ATC_ICA_AT_ILOGLVL_READ, 0x0u }, /* 114 */
    { ATC_ICA_AT_ILOGLVL_SET, 0x1u }, /* 115 */
    { ATC_ICA_AT_IREBOOT_TEST, 0x0u }, /* 116 */
    { ATC_ICA_AT_IREBOOT_SET, 0x1u }, /* 117 */
    { ATC_ICA_AT_IDEFAULT_TEST, 0x0u }, /* 118 */
    { ATC_ICA_AT_IDEFAULT_EXEC, 0x0u }, /* 119 */
    { ATC_ICA_AT_CGMI_EXEC, 0x0u }, /* 120 */
    { ATC_ICA_AT_CGMM_EXEC, 0x0u }, /* 121 */
    { ATC_ICA_AT_CGMR_EXEC, 0x0u }, /* 122 */
    { ATC_ICA_IMQTTMODE_TEST, 0x1u }, /* 123 */
    { ATC_ICA_IMQTTMODE_READ, 0x1u }, /* 124 */
    { ATC_ICA_IMQTTOPEN_TEST, 0x3u }, /* 125 */
    { ATC_ICA_IMQTTOPEN_READ, 0x3u }, /* 126 */
    { ATC_ICA_IMQTTAUTH_TEST, 0x1u }, /* 127 */
    { ATC_ICA_IMQTTAUTH_READ, 0x1u }, /* 128 */
    { ATC_ICA_IMQTTPARA_TEST, 0x3u }, /* 129 */
    { ATC_ICA_IMQTTPARA_READ, 0x0u }, /* 130 */
    { ATC_ICA_IMQTTPUB_TEST, 0x1fu }, /* 131 */
    { ATC_ICA_IMQTTPUB_READ, 0x7u }, /* 132 */
    { ATC_ICA_IMQTTPUB_READ, 0xfu }, /* 133 */
    { ATC_ICA_IMQTTPUB_READ, 0x1fu }, /* 134 */
    { ATC_ICA_IMQTTPUB_SET, 0x1u }, /* 135 */
    { ATC_ICA_IMQTTPUBIN_TEST, 0x7u }, /* 136 */
    { ATC_ICA_IMQTTPUBIN_READ, 0x7u }, /* 137 */
    { ATC_ICA_IMQTTPUBIN_SET, 0x1u }, /* 138 */
    { ATC_ICA_IMQTTSUB_TEST, 0x3u }, /* 139 */
    { ATC_ICA_IMQTTSUB_READ, 0x3u }, /* 140 */
    { ATC_ICA_IMQTTSUB_SET, 0x1u }, /* 141 */
    { ATC_ICA_IMQTTUNSUB_TEST, 0x1u }, /* 142 */
    { ATC_ICA_IMQTTUNSUB_READ, 0x1u }, /* 143 */
    { ATC_ICA_IMQTTUNSUB_SET, 0x1u }, /* 144 */
    { ATC_ICA_IMQTTRCVPUB_READ, 0xfu }, /* 145 */
    { ATC_ICA_IMQTTRCVPUB_READ, 0x1fu }, /* 146 */
    { ATC_ICA_IMQTTRCVPUB_READ, 0x3fu }, /* 147 */
    { ATC_ICA_IMQTTRCVPUBIN_READ, 0x7u }, /* 148 */
    { ATC_ICA_IMQTTSTATE_READ, 0x1u }, /* 149 */
    { ATC_ICA_IMQTTDBGPARA_TEST, 0x3u }, /* 150 */
    { ATC_ICA_IMQTTDBGPARA_READ, 0x0u }, /* 151 */
    { ATC_ICA_ICOAPPARA_TEST, 0x3u }, /* 152 */
    { ATC_ICA_ICOAPPARA_READ, 0x0u }, /* 153 */
    { ATC_ICA_ICOAPOPEN_TEST, 0x3u }, /* 154 */
    { ATC_ICA_ICOAPOPEN_READ, 0x3u }, /* 155 */
    { ATC_ICA_ICOAPAUTH_TEST, 0x1u }, /* 156 */
    { ATC_ICA_ICOAPAUTH_READ, 0x1u }, /* 157 */
    { ATC_ICA_ICOAPSENDREQ_TEST, 0x1fu }, /* 158 */
    { ATC_ICA_ICOAPSENDREQ_READ, 0x7u }, /* 159 */
    { ATC_ICA_ICOAPSENDREQ_READ, 0xfu }, /* 160 */
    { ATC_ICA_ICOAPSENDREQ_READ, 0x1fu }, /* 161 */
    { ATC_ICA_ICOAPSENDREQ_SET, 0x1u }, /* 162 */
    { ATC_ICA_ICOAPSENDBIN_TEST, 0x7u }, /* 163 */
    { ATC_ICA_ICOAPSENDBIN_READ, 0x7u }, /* 164 */
    { ATC_ICA_ICOAPSENDBIN_SET, 0x1u }, /* 165 */
    { ATC_ICA_ICOAPSENDREQN_TEST, 0x1fu }, /* 166 */
    { ATC_ICA_ICOAPSENDREQN_READ, 0x7u }, /* 167 */
    { ATC_ICA_ICOAPSENDREQN_READ, 0xfu }, /* 168 */
    { ATC_ICA_ICOAPSENDREQN_READ, 0x1fu }, /* 169 */
    { ATC_ICA_ICOAPSENDREQN_SET, 0x1u }, /* 170 */
    { ATC_ICA_ICOAPSENDNBIN_TEST, 0x7u }, /* 171 */
    { ATC_ICA_ICOAPSENDNBIN_READ, 0x7u }, /* 172 */
    { ATC_ICA_ICOAPSENDNBIN_SET, 0x1u }, /* 173 */
    { ATC_ICA_ICOAPRCVRSP_READ, 0xdu }, /* 174 */
    { ATC_ICA_ICOAPRCVRSP_READ, 0xfu }, /* 175 */
    { ATC_ICA_ICOAPRCVRSP_READ, 0x1du }, /* 176 */
    { ATC_ICA_ICOAPRCVRSP_READ, 0x3du }, /* 177 */
    { ATC_ICA_ICOAPRCVRSP_READ, 0x1fu }, /* 178 */
    { ATC_ICA_ICOAPRCVRSP_READ, 0x3fu }, /* 179 */
    { ATC_ICA_ICOAPRCVBIN_READ, 0x5u }, /* 180 */
    { ATC_ICA_ICOAPRCVBIN_READ, 0x7u }, /* 181 */
    { ATC_ICA_IHTTPOPEN_TEST, 0x3u }, /* 182 */
    { ATC_ICA_IHTTPOPEN_READ, 0x3u }, /* 183 */
    { ATC_ICA_IHTTPPARA_TEST, 0x3u }, /* 184 */
    { ATC_ICA_IHTTPPARA_READ, 0x0u }, /* 185 */
    { ATC_ICA_IHTTPAUTH_TEST, 0x1u }, /* 186 */
    { ATC_ICA_IHTTPAUTH_READ, 0x1u }, /* 187 */
    { ATC_ICA_IHTTPSEND_TEST, 0x7u }, /* 188 */
    { ATC_ICA_IHTTPSEND_READ, 0x7u }, /* 189 */
    { ATC_ICA_IHTTPSENDREQ_TEST, 0x1fu }, /* 190 */
    { ATC_ICA_IHTTPSENDREQ_READ, 0x7u }, /* 191 */
    { ATC_ICA_IHTTPSENDREQ_READ, 0xfu }, /* 192 */
    { ATC_ICA_IHTTPSENDREQ_READ, 0x1fu }, /* 193 */
    { ATC_ICA_IHTTPSENDREQ_SET, 0x1u }, /* 194 */
    { ATC_ICA_IHTTPSENDBIN_TEST, 0x7u }, /* 195 */
    { ATC_ICA_IHTTPSENDBIN_READ, 0x7u }, /* 196 */
    { ATC_ICA_IHTTPSENDBIN_SET, 0x1u }, /* 197 */
    { ATC_ICA_IHTTPRCVRSP_READ, 0x3u }, /* 198 */
    { ATC_ICA_IHTTPRCVRSP_READ, 0x1fu }, /* 199 */
    { ATC_ICA_IHTTPRCVRSP_READ, 0x3fu }, /* 200 */
    { ATC_ICA_IHTTPRCVRSP_READ, 0x7fu }, /* 201 */
    { ATC_ICA_IHTTPRCVBIN_READ, 0x3u }, /* 202 */
    { ATC_ICA_IHTTPRCVBIN_READ, 0xfu }, /* 203 */
    { ATC_ICA_IOTAPARA_TEST, 0x3u }, /* 204 */
    { ATC_ICA_IOTAPARA_READ, 0x0u }, /* 205 */
    { ATC_ICA_IOTAVER_TEST, 0x1u }, /* 206 */
    { ATC_ICA_IOTAVER_READ, 0x1u }, /* 207 */
    { ATC_ICA_IOTANEWVER_READ, 0x7u }, /* 208 */
    { ATC_ICA_IOTAPGS_TEST, 0x3u }, /* 209 */
    { ATC_ICA_IOTABLOCK, 0x1u }, /* 210 */
    { ATC_ICA_ILOGLVL_TEST, 0x1u }, /* 211 */
    { ATC_ICA_ILOGLVL_READ, 0x1u }, /* 212 */
    { ATC_ICA_CGMI, 0x1u }, /* 213 */
    { ATC_ICA_CGMM, 0x1u }, /* 214 */
    { ATC_ICA_CGMR, 0x1u }, /* 215 */
    { ATC_ICA_IMQTTAUTH_OK, 0x1u }, /* 216 */
    { ATC_ICA_IMQTTAUTH_FAIL, 0x1u }, /* 217 */
    { ATC_ICA_IMQTTPUB, 0x3u }, /* 218 */
    { ATC_ICA_IMQTTPUBIN, 0x3u }, /* 219 */
    { ATC_ICA_IMQTTSUB, 0x3u }, /* 220 */
    { ATC_ICA_IMQTTUNSUB, 0x3u }, /* 221 */
    { ATC_ICA_IMQTTRCVPUB, 0xfu }, /* 222 */
    { ATC_ICA_IMQTTRCVPUB, 0x1fu }, /* 223 */
    { ATC_ICA_IMQTTRCVPUB, 0x3fu }, /* 224 */
    { ATC_ICA_IMQTTRCVPUBIN, 0x7u }, /* 225 */
    { ATC_ICA_IMQTTSTATE, 0x1u }, /* 226 */
    { ATC_ICA_IMQTTPINGRSP, 0x0u }, /* 227 */
    { ATC_ICA_ICOAPAUTH_OK, 0x1u }, /* 228 */
    { ATC_ICA_ICOAPAUTH_FAIL, 0x1u }, /* 229 */
    { ATC_ICA_ICOAPSENDREQ, 0x3u }, /* 230 */
    { ATC_ICA_ICOAPSENDBIN, 0x3u }, /* 231 */
    { ATC_ICA_ICOAPRCVRSP, 0xdu }, /* 232 */
    { ATC_ICA_ICOAPRCVRSP, 0xfu }, /* 233 */
    { ATC_ICA_ICOAPRCVRSP, 0x1du }, /* 234 */
    { ATC_ICA_ICOAPRCVRSP, 0x3du }, /* 235 */
    { ATC_ICA_ICOAPRCVRSP, 0x1fu }, /* 236 */
    { ATC_ICA_ICOAPRCVRSP, 0x3fu }, /* 237 */
    { ATC_ICA_ICOAPRCVBIN, 0x5u }, /* 238 */
    { ATC_ICA_ICOAPRCVBIN, 0x7u }, /* 239 */
    { ATC_ICA_IHTTPAUTH_OK, 0x1u }, /* 240 */
    { ATC_ICA_IHTTPAUTH_FAIL, 0x1u }, /* 241 */
    { ATC_ICA_IHTTPSEND, 0x1u }, /* 242 */
    { ATC_ICA_IHTTPSEND, 0x7u }, /* 243 */
    { ATC_ICA_IHTTPRCVRSP, 0x3u }, /* 244 */
    { ATC_ICA_IHTTPRCVRSP, 0x1fu }, /* 245 */
    { ATC_ICA_IHTTPRCVRSP, 0x3fu }, /* 246 */
    { ATC_ICA_IHTTPRCVRSP, 0x7fu }, /* 247 */
    { ATC_ICA_IHTTPRCVBIN, 0x3u }, /* 248 */
    { ATC_ICA_IHTTPRCVBIN, 0xfu }, /* 249 */
    { ATC_ICA_IOTANEWVER, 0x7u }, /* 250 */
};





static const short _atc_ica_actions[] = {
	0, 1, 0, 1, 1, 1, 3, 1, 
	4, 1, 7, 1, 8, 1, 9, 1, 
	10, 1, 11, 1, 12, 1, 13, 1, 
	14, 1, 15, 1, 16, 1, 17, 1, 
	18, 1, 19, 1, 20, 1, 21, 1, 
	22, 1, 23, 1, 24, 1, 25, 1, 
	26, 1, 27, 1, 28, 1, 29, 1, 
	30, 1, 31, 1, 32, 1, 33, 1, 
	34, 1, 35, 1, 36, 1, 37, 1, 
	38, 1, 39, 1, 40, 1, 41, 1, 
	42, 1, 43, 1, 44, 1, 45, 1, 
	46, 1, 47, 1, 48, 1, 49, 1, 
	50, 1, 51, 2, 0, 5, 2, 1, 
	60, 2, 1, 61, 2, 1, 62, 2, 
	1, 71, 2, 1, 72, 2, 1, 79, 
	2, 1, 80, 2, 1, 83, 2, 6, 
	1, 2, 52, 1, 2, 53, 1, 2, 
	54, 1, 2, 55, 1, 2, 56, 1, 
	2, 57, 1, 2, 58, 1, 2, 59, 
	1, 2, 63, 1, 2, 64, 1, 2, 
	65, 1, 2, 66, 1, 2, 67, 1, 
	2, 68, 1, 2, 69, 1, 2, 70, 
	1, 2, 73, 1, 2, 74, 1, 2, 
	75, 1, 2, 76, 1, 2, 77, 1, 
	2, 78, 1, 2, 81, 1, 2, 82, 
	1, 2, 84, 1, 2, 85, 1, 2, 
	86, 1, 4, 300, 301, 302, 2, 5, 
	87, 300, 301, 302, 2, 5, 88, 300, 
	301, 302, 2, 5, 89, 300, 301, 302, 
	2, 5, 90, 300, 301, 302, 2, 5, 
	91, 300, 301, 302, 2, 5, 92, 300, 
	301, 302, 2, 5, 93, 300, 301, 302, 
	2, 5, 94, 300, 301, 302, 2, 5, 
	95, 300, 301, 302, 2, 5, 96, 300, 
	301, 302, 2, 5, 97, 300, 301, 302, 
	2, 5, 98, 300, 301, 302, 2, 5, 
	99, 300, 301, 302, 2, 5, 100, 300, 
	301, 302, 2, 5, 101, 300, 301, 302, 
	2, 5, 102, 300, 301, 302, 2, 5, 
	103, 300, 301, 302, 2, 5, 104, 300, 
	301, 302, 2, 5, 105, 300, 301, 302, 
	2, 5, 106, 300, 301, 302, 2, 5, 
	107, 300, 301, 302, 2, 5, 108, 300, 
	301, 302, 2, 5, 109, 300, 301, 302, 
	2, 5, 110, 300, 301, 302, 2, 5, 
	111, 300, 301, 302, 2, 5, 112, 300, 
	301, 302, 2, 5, 113, 300, 301, 302, 
	2, 5, 114, 300, 301, 302, 2, 5, 
	115, 300, 301, 302, 2, 5, 116, 300, 
	301, 302, 2, 5, 117, 300, 301, 302, 
	2, 5, 118, 300, 301, 302, 2, 5, 
	119, 300, 301, 302, 2, 5, 120, 300, 
	301, 302, 2, 5, 121, 300, 301, 302, 
	2, 5, 122, 300, 301, 302, 2, 5, 
	123, 300, 301, 302, 2, 5, 124, 300, 
	301, 302, 2, 5, 125, 300, 301, 302, 
	2, 5, 126, 300, 301, 302, 2, 5, 
	127, 300, 301, 302, 2, 5, 128, 300, 
	301, 302, 2, 5, 129, 300, 301, 302, 
	2, 5, 130, 300, 301, 302, 2, 5, 
	131, 300, 301, 302, 2, 5, 132, 300, 
	301, 302, 2, 5, 133, 300, 301, 302, 
	2, 5, 134, 300, 301, 302, 2, 5, 
	135, 300, 301, 302, 2, 5, 136, 300, 
	301, 302, 2, 5, 137, 300, 301, 302, 
	2, 5, 138, 300, 301, 302, 2, 5, 
	139, 300, 301, 302, 2, 5, 140, 300, 
	301, 302, 2, 5, 141, 300, 301, 302, 
	2, 5, 142, 300, 301, 302, 2, 5, 
	143, 300, 301, 302, 2, 5, 144, 300, 
	301, 302, 2, 5, 145, 300, 301, 302, 
	2, 5, 146, 300, 301, 302, 2, 5, 
	147, 300, 301, 302, 2, 5, 148, 300, 
	301, 302, 2, 5, 149, 300, 301, 302, 
	2, 5, 150, 300, 301, 302, 2, 5, 
	151, 300, 301, 302, 2, 5, 152, 300, 
	301, 302, 2, 5, 153, 300, 301, 302, 
	2, 5, 154, 300, 301, 302, 2, 5, 
	155, 300, 301, 302, 2, 5, 156, 300, 
	301, 302, 2, 5, 157, 300, 301, 302, 
	2, 5, 158, 300, 301, 302, 2, 5, 
	159, 300, 301, 302, 2, 5, 160, 300, 
	301, 302, 2, 5, 161, 300, 301, 302, 
	2, 5, 162, 300, 301, 302, 2, 5, 
	163, 300, 301, 302, 2, 5, 164, 300, 
	301, 302, 2, 5, 165, 300, 301, 302, 
	2, 5, 166, 300, 301, 302, 2, 5, 
	167, 300, 301, 302, 2, 5, 168, 300, 
	301, 302, 2, 5, 169, 300, 301, 302, 
	2, 5, 170, 300, 301, 302, 2, 5, 
	171, 300, 301, 302, 2, 5, 172, 300, 
	301, 302, 2, 5, 173, 300, 301, 302, 
	2, 5, 174, 300, 301, 302, 2, 5, 
	175, 300, 301, 302, 2, 5, 176, 300, 
	301, 302, 2, 5, 177, 300, 301, 302, 
	2, 5, 178, 300, 301, 302, 2, 5, 
	179, 300, 301, 302, 2, 5, 180, 300, 
	301, 302, 2, 5, 181, 300, 301, 302, 
	2, 5, 182, 300, 301, 302, 2, 5, 
	183, 300, 301, 302, 2, 5, 184, 300, 
	301, 302, 2, 5, 185, 300, 301, 302, 
	2, 5, 186, 300, 301, 302, 2, 5, 
	187, 300, 301, 302, 2, 5, 188, 300, 
	301, 302, 2, 5, 189, 300, 301, 302, 
	2, 5, 190, 300, 301, 302, 2, 5, 
	191, 300, 301, 302, 2, 5, 192, 300, 
	301, 302, 2, 5, 193, 300, 301, 302, 
	2, 5, 194, 300, 301, 302, 2, 5, 
	195, 300, 301, 302, 2, 5, 196, 300, 
	301, 302, 2, 5, 197, 300, 301, 302, 
	2, 5, 198, 300, 301, 302, 2, 5, 
	199, 300, 301, 302, 2, 5, 200, 300, 
	301, 302, 2, 5, 201, 300, 301, 302, 
	2, 5, 202, 300, 301, 302, 2, 5, 
	203, 300, 301, 302, 2, 5, 204, 300, 
	301, 302, 2, 5, 205, 300, 301, 302, 
	2, 5, 206, 300, 301, 302, 2, 5, 
	207, 300, 301, 302, 2, 5, 208, 300, 
	301, 302, 2, 5, 209, 300, 301, 302, 
	2, 5, 210, 300, 301, 302, 2, 5, 
	212, 300, 301, 302, 2, 5, 214, 300, 
	301, 302, 2, 5, 216, 300, 301, 302, 
	2, 5, 217, 300, 301, 302, 2, 5, 
	218, 300, 301, 302, 2, 5, 219, 300, 
	301, 302, 2, 5, 220, 300, 301, 302, 
	2, 5, 222, 300, 301, 302, 2, 5, 
	223, 300, 301, 302, 2, 5, 225, 300, 
	301, 302, 2, 5, 226, 300, 301, 302, 
	2, 5, 228, 300, 301, 302, 2, 5, 
	229, 300, 301, 302, 2, 5, 237, 300, 
	301, 302, 2, 5, 238, 300, 301, 302, 
	2, 5, 239, 300, 301, 302, 2, 5, 
	240, 300, 301, 302, 2, 5, 241, 300, 
	301, 302, 2, 5, 243, 300, 301, 302, 
	2, 5, 245, 300, 301, 302, 2, 5, 
	246, 300, 301, 302, 2, 5, 247, 300, 
	301, 302, 2, 5, 249, 300, 301, 302, 
	2, 5, 250, 300, 301, 302, 2, 5, 
	252, 300, 301, 302, 2, 5, 253, 300, 
	301, 302, 2, 5, 254, 300, 301, 302, 
	2, 5, 255, 300, 301, 302, 2, 5, 
	257, 300, 301, 302, 2, 5, 258, 300, 
	301, 302, 2, 5, 260, 300, 301, 302, 
	2, 5, 269, 300, 301, 302, 2, 5, 
	271, 300, 301, 302, 2, 5, 272, 300, 
	301, 302, 2, 5, 273, 300, 301, 302, 
	2, 5, 275, 300, 301, 302, 2, 5, 
	277, 300, 301, 302, 2, 5, 278, 300, 
	301, 302, 2, 5, 279, 300, 301, 302, 
	2, 5, 281, 300, 301, 302, 2, 5, 
	282, 300, 301, 302, 2, 5, 284, 300, 
	301, 302, 2, 5, 291, 300, 301, 302, 
	2, 5, 292, 300, 301, 302, 2, 5, 
	293, 300, 301, 302, 2, 5, 296, 300, 
	301, 302, 2, 5, 297, 300, 301, 302, 
	2, 5, 298, 300, 301, 302, 2, 5, 
	300, 301, 302, 305, 2, 5, 300, 301, 
	302, 306, 2, 5, 300, 301, 302, 307, 
	2, 5, 300, 301, 302, 308, 2, 5, 
	300, 301, 302, 314, 2, 5, 300, 301, 
	302, 317, 2, 5, 300, 301, 302, 318, 
	2, 5, 300, 301, 302, 329, 2, 6, 
	210, 211, 300, 301, 302, 2, 6, 212, 
	213, 300, 301, 302, 2, 6, 214, 215, 
	300, 301, 302, 2, 6, 214, 300, 301, 
	302, 303, 2, 6, 214, 300, 301, 302, 
	304, 2, 6, 216, 217, 300, 301, 302, 
	2, 6, 218, 221, 300, 301, 302, 2, 
	6, 223, 224, 300, 301, 302, 2, 6, 
	226, 227, 300, 301, 302, 2, 6, 226, 
	300, 301, 302, 307, 2, 6, 229, 230, 
	300, 301, 302, 2, 6, 229, 231, 300, 
	301, 302, 2, 6, 232, 300, 301, 302, 
	309, 2, 6, 233, 300, 301, 302, 310, 
	2, 6, 234, 300, 301, 302, 311, 2, 
	6, 235, 300, 301, 302, 312, 2, 6, 
	236, 300, 301, 302, 313, 2, 6, 237, 
	238, 300, 301, 302, 2, 6, 239, 240, 
	300, 301, 302, 2, 6, 241, 242, 300, 
	301, 302, 2, 6, 243, 244, 300, 301, 
	302, 2, 6, 243, 300, 301, 302, 315, 
	2, 6, 243, 300, 301, 302, 316, 2, 
	6, 245, 248, 300, 301, 302, 2, 6, 
	250, 251, 300, 301, 302, 2, 6, 253, 
	256, 300, 301, 302, 2, 6, 258, 259, 
	300, 301, 302, 2, 6, 261, 300, 301, 
	302, 319, 2, 6, 262, 300, 301, 302, 
	320, 2, 6, 263, 300, 301, 302, 321, 
	2, 6, 264, 300, 301, 302, 322, 2, 
	6, 265, 300, 301, 302, 323, 2, 6, 
	266, 300, 301, 302, 324, 2, 6, 267, 
	300, 301, 302, 325, 2, 6, 268, 300, 
	301, 302, 326, 2, 6, 269, 270, 300, 
	301, 302, 2, 6, 271, 272, 300, 301, 
	302, 2, 6, 273, 274, 300, 301, 302, 
	2, 6, 273, 300, 301, 302, 327, 2, 
	6, 273, 300, 301, 302, 328, 2, 6, 
	275, 276, 300, 301, 302, 2, 6, 275, 
	300, 301, 302, 330, 2, 6, 277, 280, 
	300, 301, 302, 2, 6, 282, 283, 300, 
	301, 302, 2, 6, 285, 300, 301, 302, 
	331, 2, 6, 286, 300, 301, 302, 332, 
	2, 6, 287, 300, 301, 302, 333, 2, 
	6, 288, 300, 301, 302, 334, 2, 6, 
	289, 300, 301, 302, 335, 2, 6, 290, 
	300, 301, 302, 336, 2, 6, 291, 292, 
	300, 301, 302, 2, 6, 293, 294, 300, 
	301, 302, 2, 6, 295, 300, 301, 302, 
	337, 2, 6, 298, 299, 300, 301, 302, 
	2
};

static const short _atc_ica_key_offsets[] = {
	0, 0, 3, 9, 13, 17, 21, 25, 
	29, 33, 37, 41, 45, 52, 57, 62, 
	70, 74, 78, 82, 90, 95, 99, 103, 
	111, 115, 123, 128, 133, 138, 141, 144, 
	150, 155, 158, 164, 169, 174, 177, 183, 
	189, 195, 201, 207, 213, 218, 223, 234, 
	241, 248, 253, 258, 262, 266, 270, 274, 
	278, 282, 286, 290, 295, 302, 307, 314, 
	319, 325, 330, 333, 337, 341, 345, 355, 
	359, 367, 372, 377, 385, 390, 395, 403, 
	408, 413, 421, 426, 431, 439, 444, 449, 
	457, 462, 467, 475, 480, 485, 490, 493, 
	496, 502, 507, 510, 515, 520, 525, 528, 
	534, 539, 542, 547, 552, 557, 560, 566, 
	571, 574, 579, 584, 589, 592, 598, 603, 
	606, 611, 616, 621, 624, 630, 635, 638, 
	643, 648, 653, 656, 662, 667, 670, 675, 
	680, 685, 688, 694, 699, 702, 707, 712, 
	720, 725, 730, 735, 743, 748, 753, 758, 
	766, 771, 776, 781, 789, 794, 799, 804, 
	812, 817, 822, 827, 835, 840, 845, 850, 
	858, 863, 866, 869, 872, 875, 878, 881, 
	884, 887, 890, 896, 901, 904, 909, 914, 
	919, 924, 928, 933, 937, 941, 945, 949, 
	953, 961, 965, 973, 978, 983, 988, 991, 
	994, 1000, 1005, 1008, 1013, 1018, 1029, 1036, 
	1043, 1046, 1052, 1057, 1060, 1065, 1069, 1073, 
	1077, 1081, 1086, 1090, 1094, 1099, 1106, 1111, 
	1118, 1123, 1131, 1136, 1141, 1148, 1153, 1158, 
	1161, 1166, 1171, 1177, 1181, 1185, 1190, 1197, 
	1202, 1209, 1214, 1222, 1227, 1232, 1239, 1244, 
	1251, 1256, 1261, 1266, 1271, 1276, 1283, 1288, 
	1295, 1300, 1307, 1312, 1317, 1320, 1323, 1328, 
	1335, 1340, 1345, 1350, 1355, 1360, 1367, 1372, 
	1379, 1384, 1391, 1396, 1401, 1404, 1410, 1414, 
	1418, 1423, 1427, 1431, 1435, 1446, 1450, 1458, 
	1462, 1470, 1475, 1480, 1485, 1488, 1491, 1497, 
	1502, 1505, 1510, 1515, 1518, 1524, 1529, 1532, 
	1537, 1542, 1545, 1551, 1556, 1559, 1565, 1572, 
	1577, 1588, 1593, 1598, 1609, 1616, 1623, 1626, 
	1632, 1638, 1644, 1648, 1652, 1656, 1660, 1671, 
	1675, 1683, 1687, 1695, 1700, 1705, 1710, 1713, 
	1716, 1722, 1727, 1730, 1735, 1740, 1743, 1749, 
	1754, 1757, 1762, 1767, 1770, 1776, 1781, 1784, 
	1790, 1797, 1802, 1810, 1815, 1820, 1831, 1838, 
	1845, 1848, 1852, 1856, 1861, 1872, 1876, 1884, 
	1888, 1896, 1900, 1908, 1912, 1920, 1925, 1930, 
	1935, 1938, 1941, 1947, 1952, 1955, 1960, 1965, 
	1968, 1974, 1979, 1982, 1987, 1992, 1995, 2001, 
	2006, 2009, 2014, 2019, 2022, 2028, 2033, 2036, 
	2041, 2046, 2049, 2055, 2060, 2063, 2069, 2076, 
	2081, 2092, 2097, 2102, 2110, 2115, 2120, 2125, 
	2136, 2142, 2149, 2154, 2165, 2172, 2179, 2182, 
	2185, 2191, 2197, 2201, 2212, 2216, 2224, 2228, 
	2236, 2240, 2248, 2252, 2260, 2265, 2270, 2275, 
	2278, 2281, 2287, 2292, 2295, 2300, 2305, 2308, 
	2314, 2319, 2322, 2327, 2332, 2335, 2341, 2346, 
	2349, 2354, 2359, 2362, 2368, 2373, 2376, 2381, 
	2386, 2389, 2395, 2400, 2403, 2409, 2416, 2421, 
	2429, 2434, 2439, 2447, 2452, 2457, 2462, 2473, 
	2479, 2486, 2491, 2502, 2509, 2516, 2519, 2522, 
	2526, 2530, 2535, 2544, 2549, 2553, 2557, 2565, 
	2569, 2577, 2582, 2587, 2592, 2595, 2598, 2604, 
	2609, 2612, 2620, 2625, 2630, 2633, 2639, 2645, 
	2651, 2657, 2663, 2669, 2675, 2680, 2685, 2696, 
	2703, 2710, 2715, 2720, 2726, 2730, 2734, 2738, 
	2742, 2746, 2750, 2754, 2758, 2763, 2770, 2775, 
	2782, 2787, 2791, 2795, 2799, 2803, 2807, 2811, 
	2815, 2819, 2823, 2827, 2831, 2835, 2839, 2845, 
	2851, 2857, 2863, 2869, 2875, 2881, 2887, 2893, 
	2899, 2905, 2911, 2917, 2923, 2928, 2931, 2935, 
	2939, 2943, 2953, 2957, 2965, 2970, 2975, 2983, 
	2988, 2993, 3001, 3006, 3011, 3019, 3024, 3029, 
	3037, 3042, 3047, 3055, 3060, 3065, 3073, 3078, 
	3083, 3088, 3091, 3094, 3100, 3105, 3108, 3113, 
	3118, 3123, 3126, 3132, 3137, 3140, 3145, 3150, 
	3155, 3158, 3164, 3169, 3172, 3177, 3182, 3187, 
	3190, 3196, 3201, 3204, 3209, 3214, 3219, 3222, 
	3228, 3233, 3236, 3241, 3246, 3251, 3254, 3260, 
	3265, 3268, 3273, 3278, 3283, 3286, 3292, 3297, 
	3300, 3305, 3310, 3318, 3323, 3328, 3333, 3341, 
	3346, 3351, 3356, 3364, 3369, 3374, 3379, 3387, 
	3392, 3397, 3402, 3410, 3415, 3420, 3425, 3433, 
	3438, 3443, 3448, 3456, 3461, 3464, 3467, 3470, 
	3473, 3476, 3479, 3482, 3485, 3488, 3494, 3499, 
	3502, 3507, 3512, 3517, 3522, 3526, 3531, 3535, 
	3540, 3544, 3548, 3552, 3556, 3561, 3568, 3573, 
	3580, 3585, 3592, 3597, 3604, 3609, 3614, 3619, 
	3624, 3631, 3636, 3643, 3648, 3653, 3658, 3663, 
	3668, 3675, 3680, 3687, 3692, 3699, 3704, 3709, 
	3712, 3715, 3721, 3725, 3729, 3733, 3738, 3745, 
	3750, 3757, 3762, 3769, 3774, 3781, 3786, 3791, 
	3796, 3801, 3808, 3813, 3818, 3821, 3827, 3831, 
	3835, 3839, 3843, 3851, 3855, 3863, 3868, 3873, 
	3878, 3881, 3884, 3890, 3895, 3898, 3903, 3908, 
	3919, 3926, 3933, 3936, 3942, 3947, 3950, 3955, 
	3959, 3963, 3967, 3971, 3976, 3980, 3984, 3988, 
	3992, 3996, 4000, 4004, 4008, 4013, 4017, 4021, 
	4025, 4036, 4040, 4048, 4052, 4060, 4065, 4070, 
	4075, 4078, 4081, 4087, 4092, 4095, 4100, 4105, 
	4108, 4114, 4119, 4122, 4127, 4132, 4135, 4141, 
	4146, 4149, 4155, 4162, 4167, 4175, 4180, 4185, 
	4196, 4203, 4210, 4213, 4219, 4230, 4234, 4242, 
	4246, 4254, 4259, 4264, 4269, 4272, 4275, 4281, 
	4286, 4289, 4294, 4299, 4302, 4308, 4313, 4316, 
	4321, 4326, 4329, 4335, 4340, 4343, 4349, 4356, 
	4361, 4372, 4377, 4382, 4390, 4395, 4398, 4401, 
	4404, 4410, 4417, 4422, 4430, 4435, 4438, 4441, 
	4445, 4449, 4453, 4464, 4468, 4476, 4480, 4488, 
	4492, 4500, 4504, 4512, 4517, 4522, 4527, 4530, 
	4533, 4539, 4544, 4547, 4552, 4557, 4560, 4566, 
	4571, 4574, 4579, 4584, 4587, 4593, 4598, 4601, 
	4606, 4611, 4614, 4620, 4625, 4628, 4633, 4638, 
	4641, 4647, 4652, 4655, 4661, 4668, 4673, 4681, 
	4686, 4691, 4699, 4704, 4709, 4714, 4725, 4731, 
	4738, 4743, 4754, 4761, 4768, 4771, 4774, 4778, 
	4782, 4786, 4790, 4794, 4798, 4802, 4806, 4810, 
	4814, 4825, 4830, 4835, 4840, 4843, 4846, 4852, 
	4857, 4860, 4867, 4874, 4878, 4882, 4886, 4898, 
	4902, 4906, 4910, 4914, 4924, 4928, 4936, 4941, 
	4946, 4954, 4959, 4964, 4972, 4977, 4982, 4990, 
	4995, 5000, 5008, 5013, 5018, 5026, 5031, 5036, 
	5044, 5049, 5054, 5059, 5062, 5065, 5071, 5076, 
	5079, 5084, 5089, 5094, 5097, 5103, 5108, 5111, 
	5116, 5121, 5126, 5129, 5135, 5140, 5143, 5148, 
	5153, 5158, 5161, 5167, 5172, 5175, 5180, 5185, 
	5190, 5193, 5199, 5204, 5207, 5212, 5217, 5222, 
	5225, 5231, 5236, 5239, 5244, 5249, 5254, 5257, 
	5263, 5268, 5271, 5276, 5281, 5289, 5294, 5299, 
	5304, 5312, 5317, 5322, 5327, 5335, 5340, 5345, 
	5350, 5358, 5363, 5368, 5373, 5381, 5386, 5391, 
	5396, 5404, 5409, 5414, 5419, 5427, 5432, 5435, 
	5438, 5441, 5444, 5447, 5450, 5453, 5456, 5459, 
	5465, 5470, 5473, 5478, 5483, 5488, 5493, 5497, 
	5502, 5506, 5510, 5514, 5518, 5522, 5526, 5530, 
	5534, 5542, 5546, 5554, 5559, 5564, 5569, 5572, 
	5575, 5581, 5586, 5589, 5595, 5600, 5605, 5608, 
	5614, 5620, 5626, 5632, 5638, 5644, 5649, 5654, 
	5665, 5672, 5679, 5684, 5689, 5693, 5697, 5701, 
	5705, 5709, 5713, 5717, 5721, 5726, 5733, 5738, 
	5745, 5750, 5756, 5761, 5764, 5768, 5772, 5776, 
	5780, 5791, 5796, 5801, 5806, 5809, 5812, 5818, 
	5823, 5826, 5833, 5840, 5844, 5848, 5852, 5856, 
	5864, 5868, 5876, 5881, 5886, 5891, 5894, 5897, 
	5903, 5908, 5911, 5916, 5921, 5932, 5939, 5946, 
	5949, 5955, 5960, 5963, 5968, 5974, 5978, 5982, 
	5986, 5994, 5998, 6006, 6011, 6016, 6021, 6024, 
	6027, 6033, 6038, 6041, 6051, 6056, 6061, 6064, 
	6070, 6076, 6082, 6088, 6094, 6100, 6106, 6111, 
	6116, 6127, 6134, 6141, 6146, 6151, 6159, 6163, 
	6167, 6171, 6175, 6179, 6183, 6187, 6191, 6196, 
	6203, 6208, 6215, 6220, 6224, 6228, 6232, 6236, 
	6240, 6244, 6248, 6252, 6256, 6260, 6264, 6268, 
	6272, 6276, 6280, 6284, 6288, 6292, 6296, 6300, 
	6304, 6308, 6312, 6316, 6321, 6326, 6330, 6334, 
	6338, 6343, 6348, 6352, 6356, 6362, 6368, 6374, 
	6380, 6386, 6392, 6398, 6404, 6410, 6416, 6422, 
	6428, 6434, 6440, 6446, 6452, 6458, 6464, 6470, 
	6476, 6482, 6488, 6494, 6499, 6504, 6512, 6518, 
	6524, 6530, 6536, 6541, 6547, 6552, 6558, 6563, 
	6566, 6570, 6574, 6578, 6582, 6586, 6589, 6593, 
	6598, 6609, 6613, 6621, 6625, 6633, 6637, 6645, 
	6649, 6657, 6662, 6667, 6672, 6675, 6678, 6684, 
	6689, 6692, 6697, 6702, 6705, 6711, 6716, 6719, 
	6724, 6729, 6732, 6738, 6743, 6746, 6751, 6756, 
	6759, 6765, 6770, 6773, 6778, 6783, 6794, 6800, 
	6807, 6812, 6820, 6825, 6830, 6835, 6846, 6852, 
	6859, 6864, 6875, 6882, 6889, 6892, 6895, 6901, 
	6906, 6909, 6914, 6920, 6927, 6932, 6943, 6949, 
	6955, 6959, 6963, 6974, 6978, 6986, 6990, 6998, 
	7003, 7008, 7013, 7016, 7019, 7025, 7030, 7033, 
	7038, 7043, 7046, 7052, 7057, 7060, 7065, 7070, 
	7081, 7087, 7094, 7099, 7110, 7117, 7124, 7127, 
	7133, 7138, 7141, 7146, 7152, 7159, 7164, 7175, 
	7181, 7187, 7191, 7195, 7199, 7203, 7207, 7212, 
	7219, 7224, 7231, 7236, 7241, 7246, 7251, 7258, 
	7263, 7270, 7275, 7280, 7285, 7290, 7295, 7302, 
	7307, 7314, 7319, 7326, 7331, 7336, 7339, 7342, 
	7346, 7350, 7357, 7362, 7369, 7374, 7379, 7384, 
	7389, 7396, 7401, 7406, 7409, 7414, 7418, 7422, 
	7426, 7430, 7437, 7442, 7447, 7451, 7455, 7466, 
	7470, 7478, 7483, 7488, 7493, 7496, 7499, 7505, 
	7510, 7513, 7518, 7523, 7534, 7541, 7548, 7551, 
	7557, 7562, 7565, 7570, 7576, 7583, 7588, 7599, 
	7606, 7613, 7617, 7621, 7625, 7629, 7633, 7637, 
	7643, 7649, 7653, 7657, 7661, 7665, 7669, 7680, 
	7685, 7690, 7695, 7698, 7701, 7707, 7712, 7715, 
	7718, 7725, 7732, 7737, 7744, 7749, 7754, 7758, 
	7762, 7769, 7773, 7777, 7781, 7785, 7790, 7795, 
	7800, 7803, 7806, 7810, 7814, 7818, 7822, 7826, 
	7831, 7836, 7841, 7846, 7853, 7858, 7865, 7870, 
	7875, 7880, 7883, 7886, 7889, 7893, 7898, 7902, 
	7906, 7910, 7918, 7922, 7930, 7935, 7940, 7945, 
	7948, 7951, 7957, 7962, 7965, 7972, 7977, 7982, 
	7985, 7991, 7997, 8003, 8009, 8015, 8021, 8027, 
	8033, 8038, 8043, 8054, 8061, 8068, 8073, 8078, 
	8083, 8087, 8091, 8095, 8099, 8103, 8107, 8111, 
	8115, 8119, 8124, 8131, 8136, 8143, 8148, 8152, 
	8156, 8160, 8164, 8168, 8172, 8176, 8182, 8188, 
	8194, 8200, 8206, 8212, 8218, 8224, 8229, 8232, 
	8236, 8240, 8248, 8252, 8260, 8265, 8270, 8275, 
	8278, 8281, 8287, 8292, 8295, 8300, 8305, 8308, 
	8314, 8319, 8322, 8326, 8330, 8334, 8342, 8347, 
	8352, 8357, 8360, 8363, 8369, 8374, 8377, 8380, 
	8384, 8388, 8392, 8401, 8406, 8410, 8415, 8422, 
	8427, 8434, 8439, 8446, 8451, 8456, 8460, 8464, 
	8468, 8472, 8476, 8481, 8487, 8492, 8496, 8500, 
	8507, 8512, 8519, 8524, 8531, 8536, 8541, 8546, 
	8550, 8559, 8564, 8569, 8578, 8581, 8584, 8587, 
	8604, 8609, 8614, 8619, 8632, 8639, 8644, 8649, 
	8654, 8658, 8662, 8666, 8670, 8674, 8678, 8682, 
	8686, 8691, 8698, 8703, 8710, 8715, 8720, 8723, 
	8726, 8731, 8736, 8741, 8746, 8751, 8756, 8761, 
	8766, 8771, 8776, 8781, 8786, 8791, 8796, 8801, 
	8806, 8811, 8816, 8821, 8826, 8831, 8836, 8841, 
	8846, 8851, 8856, 8861, 8866, 8871, 8876, 8881, 
	8886, 8889, 8892, 8895, 8898, 8901, 8904, 8907, 
	8910, 8913, 8916, 8919, 8924, 8929, 8934, 8939, 
	8944, 8949, 8954, 8961, 8966, 8971, 8974, 8977, 
	8980, 8985, 8990, 8995, 9000, 9007, 9012, 9017, 
	9022, 9026, 9029, 9032, 9037, 9042, 9047, 9051, 
	9054, 9057, 9062, 9067, 9074, 9079, 9084, 9089, 
	9096, 9101, 9108, 9113, 9118, 9123, 9128, 9135, 
	9140, 9145, 9148, 9151, 9154, 9163, 9168, 9173, 
	9178, 9183, 9190, 9195, 9202, 9207, 9212, 9217, 
	9222, 9229, 9234, 9239, 9242, 9245, 9248, 9253, 
	9258, 9265, 9272, 9277, 9284, 9289, 9294, 9299, 
	9304, 9309, 9314, 9319, 9324, 9331, 9336, 9343, 
	9348, 9355, 9360, 9365, 9368, 9371, 9374, 9377, 
	9382, 9389, 9394, 9401, 9406, 9411, 9416, 9421, 
	9426, 9431, 9436, 9441, 9448, 9453, 9460, 9465, 
	9472, 9477, 9482, 9485, 9488, 9491, 9494, 9499, 
	9504, 9509, 9514, 9519, 9524, 9528, 9532, 9535, 
	9540, 9545, 9552, 9569, 9576, 9581, 9586, 9591, 
	9597, 9601, 9605, 9609, 9613, 9617, 9621, 9625, 
	9629, 9634, 9641, 9646, 9653, 9658, 9663, 9667, 
	9671, 9675, 9679, 9683, 9687, 9691, 9695, 9699, 
	9703, 9707, 9711, 9715, 9718, 9721, 9726, 9731, 
	9736, 9741, 9746, 9751, 9756, 9761, 9766, 9771, 
	9776, 9781, 9786, 9791, 9796, 9801, 9806, 9811, 
	9816, 9821, 9826, 9831, 9836, 9841, 9846, 9851, 
	9856, 9861, 9866, 9871, 9876, 9881, 9884, 9887, 
	9890, 9893, 9896, 9899, 9902, 9905, 9908, 9911, 
	9914, 9921, 9926, 9931, 9936, 9941, 9946, 9950, 
	9953, 9956, 9961, 9966, 9971, 9976, 9980, 9983, 
	9986, 9991, 9996, 10001, 10006, 10011, 10016, 10020, 
	10024, 10027, 10034, 10039, 10044, 10049, 10054, 10059, 
	10064, 10071, 10076, 10081, 10084, 10087, 10090, 10095, 
	10100, 10105, 10110, 10117, 10122, 10127, 10134, 10139, 
	10144, 10149, 10156, 10161, 10168, 10173, 10178, 10183, 
	10188, 10195, 10200, 10205, 10208, 10211, 10214, 10223, 
	10230, 10235, 10242, 10247, 10252, 10257, 10262, 10267, 
	10272, 10275, 10278, 10281, 10284, 10287, 10292, 10297, 
	10302, 10309, 10314, 10321, 10326, 10331, 10336, 10341, 
	10346, 10351, 10356, 10361, 10368, 10373, 10380, 10385, 
	10392, 10397, 10402, 10405, 10408, 10411, 10414, 10419, 
	10424, 10429, 10434, 10439, 10444, 10449, 10454, 10459, 
	10464, 10471, 10476, 10481, 10484, 10487, 10492, 10497, 
	10502, 10525, 10530, 10535, 10540, 10545, 10550, 10555, 
	10560, 10565, 10570, 10575, 10580, 10585, 10590, 10595, 
	10600, 10605, 10610, 10615, 10620, 10625, 10630, 10635, 
	10640, 10645, 10650, 10655, 10660, 10665, 10670, 10675, 
	10680, 10685, 10690, 10693, 10696, 10699, 10702, 10705, 
	10708, 10711, 10714, 10717, 10720, 10723, 10728, 10733, 
	10738, 10742, 10746, 10749, 10756, 10761, 10766, 10771, 
	10776, 10781, 10786, 10791, 10795, 10799, 10803, 10807, 
	10811, 10815, 10819, 10823, 10828, 10835, 10840, 10847, 
	10852, 10857, 10860, 10863, 10868, 10873, 10878, 10883, 
	10888, 10892, 10896, 10899, 10904, 10909, 10914, 10919, 
	10926, 10931, 10936, 10939, 10942, 10947, 10952, 10957, 
	10962, 10967, 10972, 10977, 10984, 10989, 10994, 10997, 
	11000, 11003, 11012, 11017, 11022, 11027, 11032, 11040, 
	11044, 11048, 11052, 11056, 11060, 11064, 11068, 11072, 
	11077, 11084, 11089, 11096, 11101, 11106, 11110, 11114, 
	11118, 11122, 11126, 11130, 11134, 11138, 11142, 11146, 
	11150, 11154, 11158, 11162, 11166, 11170, 11174, 11178, 
	11182, 11186, 11190, 11194, 11198, 11202, 11207, 11212, 
	11216, 11220, 11224, 11229, 11234, 11238, 11242, 11245, 
	11248, 11253, 11258, 11263, 11268, 11273, 11277, 11281, 
	11284, 11289, 11296, 11301, 11306, 11311, 11318, 11323, 
	11330, 11335, 11340, 11345, 11350, 11355, 11362, 11367, 
	11374, 11379, 11386, 11391, 11396, 11399, 11402, 11405, 
	11408, 11413, 11418, 11423, 11428, 11433, 11440, 11445, 
	11452, 11457, 11464, 11469, 11474, 11477, 11480, 11483, 
	11488, 11493, 11498, 11503, 11508, 11515, 11519, 11522, 
	11525, 11530, 11535, 11539, 11542, 11545, 11552, 11557, 
	11562, 11567, 11572, 11576, 11579, 11582, 11587, 11592, 
	11597, 11602, 11607, 11614, 11619, 11624, 11627, 11630, 
	11633, 11638, 11643, 11648, 11653, 11658, 11663, 11668, 
	11673, 11676, 11679, 11682, 11685, 11690, 11695, 11706, 
	11713, 11718, 11723, 11728, 11732, 11739, 11744, 11749, 
	11752, 11757, 11762, 11766, 11770, 11773, 11778, 11783, 
	11788, 11793, 11798, 11803, 11807, 11810, 11813, 11820, 
	11825, 11830, 11835, 11840, 11845, 11849, 11853, 11857, 
	11861, 11865, 11869, 11873, 11877, 11881, 11886, 11893, 
	11898, 11905, 11910, 11915, 11919, 11923, 11927, 11931, 
	11935, 11939, 11943, 11946, 11949, 11954, 11958, 11965, 
	11970, 11977, 11982, 11987, 11992, 11995, 11998, 12001, 
	12006, 12011, 12016, 12021, 12026, 12029, 12032, 12035, 
	12038, 12043, 12048, 12053, 12058, 12063, 12067, 12074, 
	12079, 12084, 12087, 12092, 12097, 12102, 12121, 12126, 
	12133, 12137, 12141, 12145, 12149, 12152, 12156, 12159, 
	12161, 12170
};

static const char _atc_ica_trans_keys[] = {
	0, 10, 13, 0, 10, 13, 67, 73, 
	77, 0, 10, 13, 77, 0, 10, 13, 
	69, 0, 10, 13, 32, 0, 10, 13, 
	69, 0, 10, 13, 82, 0, 10, 13, 
	82, 0, 10, 13, 79, 0, 10, 13, 
	82, 0, 10, 13, 58, 0, 10, 13, 
	32, 45, 48, 57, 0, 10, 13, 48, 
	57, 0, 10, 13, 48, 57, 0, 10, 
	13, 67, 72, 76, 77, 79, 0, 10, 
	13, 79, 0, 10, 13, 65, 0, 10, 
	13, 80, 0, 10, 13, 65, 79, 80, 
	82, 83, 0, 10, 13, 82, 85, 0, 
	10, 13, 65, 0, 10, 13, 58, 0, 
	10, 13, 32, 34, 40, 41, 44, 0, 
	10, 13, 44, 0, 10, 13, 32, 34, 
	40, 41, 44, 0, 10, 13, 32, 44, 
	0, 10, 13, 32, 44, 0, 10, 13, 
	34, 92, 0, 10, 13, 0, 10, 13, 
	0, 10, 13, 34, 40, 41, 0, 10, 
	13, 34, 92, 0, 10, 13, 0, 10, 
	13, 34, 84, 92, 0, 10, 13, 34, 
	92, 0, 10, 13, 32, 44, 0, 10, 
	13, 0, 10, 13, 34, 73, 92, 0, 
	10, 13, 34, 77, 92, 0, 10, 13, 
	34, 69, 92, 0, 10, 13, 34, 79, 
	92, 0, 10, 13, 34, 85, 92, 0, 
	10, 13, 34, 84, 92, 0, 10, 13, 
	34, 92, 0, 10, 13, 32, 44, 0, 
	10, 13, 32, 34, 40, 41, 44, 45, 
	48, 57, 0, 10, 13, 32, 44, 48, 
	57, 0, 10, 13, 32, 44, 48, 57, 
	0, 10, 13, 32, 44, 0, 10, 13, 
	32, 34, 0, 10, 13, 84, 0, 10, 
	13, 73, 0, 10, 13, 77, 0, 10, 
	13, 69, 0, 10, 13, 79, 0, 10, 
	13, 85, 0, 10, 13, 84, 0, 10, 
	13, 34, 0, 10, 13, 32, 44, 0, 
	10, 13, 32, 45, 48, 57, 0, 10, 
	13, 48, 57, 0, 10, 13, 32, 44, 
	48, 57, 0, 10, 13, 32, 44, 0, 
	10, 13, 34, 40, 41, 0, 10, 13, 
	34, 92, 0, 10, 13, 0, 10, 13, 
	84, 0, 10, 13, 72, 0, 10, 13, 
	58, 0, 10, 13, 32, 34, 40, 41, 
	44, 70, 79, 0, 10, 13, 44, 0, 
	10, 13, 32, 34, 40, 41, 44, 0, 
	10, 13, 32, 44, 0, 10, 13, 32, 
	44, 0, 10, 13, 32, 34, 40, 41, 
	44, 0, 10, 13, 32, 44, 0, 10, 
	13, 32, 44, 0, 10, 13, 32, 34, 
	40, 41, 44, 0, 10, 13, 32, 44, 
	0, 10, 13, 32, 44, 0, 10, 13, 
	32, 34, 40, 41, 44, 0, 10, 13, 
	32, 44, 0, 10, 13, 32, 44, 0, 
	10, 13, 32, 34, 40, 41, 44, 0, 
	10, 13, 32, 44, 0, 10, 13, 32, 
	44, 0, 10, 13, 32, 34, 40, 41, 
	44, 0, 10, 13, 32, 44, 0, 10, 
	13, 32, 44, 0, 10, 13, 32, 34, 
	40, 41, 44, 0, 10, 13, 32, 44, 
	0, 10, 13, 32, 44, 0, 10, 13, 
	34, 92, 0, 10, 13, 0, 10, 13, 
	0, 10, 13, 34, 40, 41, 0, 10, 
	13, 34, 92, 0, 10, 13, 0, 10, 
	13, 34, 92, 0, 10, 13, 32, 44, 
	0, 10, 13, 32, 44, 0, 10, 13, 
	0, 10, 13, 34, 40, 41, 0, 10, 
	13, 34, 92, 0, 10, 13, 0, 10, 
	13, 34, 92, 0, 10, 13, 32, 44, 
	0, 10, 13, 32, 44, 0, 10, 13, 
	0, 10, 13, 34, 40, 41, 0, 10, 
	13, 34, 92, 0, 10, 13, 0, 10, 
	13, 34, 92, 0, 10, 13, 32, 44, 
	0, 10, 13, 32, 44, 0, 10, 13, 
	0, 10, 13, 34, 40, 41, 0, 10, 
	13, 34, 92, 0, 10, 13, 0, 10, 
	13, 34, 92, 0, 10, 13, 32, 44, 
	0, 10, 13, 32, 44, 0, 10, 13, 
	0, 10, 13, 34, 40, 41, 0, 10, 
	13, 34, 92, 0, 10, 13, 0, 10, 
	13, 34, 92, 0, 10, 13, 32, 44, 
	0, 10, 13, 32, 44, 0, 10, 13, 
	0, 10, 13, 34, 40, 41, 0, 10, 
	13, 34, 92, 0, 10, 13, 0, 10, 
	13, 34, 92, 0, 10, 13, 32, 44, 
	0, 10, 13, 32, 44, 0, 10, 13, 
	0, 10, 13, 34, 40, 41, 0, 10, 
	13, 34, 92, 0, 10, 13, 0, 10, 
	13, 34, 92, 0, 10, 13, 32, 44, 
	0, 10, 13, 32, 34, 40, 41, 44, 
	0, 10, 13, 34, 92, 0, 10, 13, 
	32, 44, 0, 10, 13, 32, 44, 0, 
	10, 13, 32, 34, 40, 41, 44, 0, 
	10, 13, 34, 92, 0, 10, 13, 32, 
	44, 0, 10, 13, 32, 44, 0, 10, 
	13, 32, 34, 40, 41, 44, 0, 10, 
	13, 34, 92, 0, 10, 13, 32, 44, 
	0, 10, 13, 32, 44, 0, 10, 13, 
	32, 34, 40, 41, 44, 0, 10, 13, 
	34, 92, 0, 10, 13, 32, 44, 0, 
	10, 13, 32, 44, 0, 10, 13, 32, 
	34, 40, 41, 44, 0, 10, 13, 34, 
	92, 0, 10, 13, 32, 44, 0, 10, 
	13, 32, 44, 0, 10, 13, 32, 34, 
	40, 41, 44, 0, 10, 13, 34, 92, 
	0, 10, 13, 32, 44, 0, 10, 13, 
	32, 44, 0, 10, 13, 32, 34, 40, 
	41, 44, 0, 10, 13, 34, 92, 0, 
	10, 13, 0, 10, 13, 0, 10, 13, 
	0, 10, 13, 0, 10, 13, 0, 10, 
	13, 0, 10, 13, 0, 10, 13, 0, 
	10, 13, 0, 10, 13, 34, 40, 41, 
	0, 10, 13, 34, 92, 0, 10, 13, 
	0, 10, 13, 32, 44, 0, 10, 13, 
	44, 65, 0, 10, 13, 44, 73, 0, 
	10, 13, 44, 76, 0, 10, 13, 44, 
	0, 10, 13, 44, 75, 0, 10, 13, 
	44, 0, 10, 13, 80, 0, 10, 13, 
	69, 0, 10, 13, 78, 0, 10, 13, 
	58, 0, 10, 13, 32, 34, 40, 41, 
	44, 0, 10, 13, 44, 0, 10, 13, 
	32, 34, 40, 41, 44, 0, 10, 13, 
	32, 44, 0, 10, 13, 32, 44, 0, 
	10, 13, 34, 92, 0, 10, 13, 0, 
	10, 13, 0, 10, 13, 34, 40, 41, 
	0, 10, 13, 34, 92, 0, 10, 13, 
	0, 10, 13, 34, 92, 0, 10, 13, 
	32, 44, 0, 10, 13, 32, 34, 40, 
	41, 44, 45, 48, 57, 0, 10, 13, 
	32, 44, 48, 57, 0, 10, 13, 32, 
	44, 48, 57, 0, 10, 13, 0, 10, 
	13, 34, 40, 41, 0, 10, 13, 34, 
	92, 0, 10, 13, 0, 10, 13, 32, 
	44, 0, 10, 13, 65, 0, 10, 13, 
	82, 0, 10, 13, 67, 0, 10, 13, 
	86, 0, 10, 13, 66, 82, 0, 10, 
	13, 73, 0, 10, 13, 78, 0, 10, 
	13, 58, 61, 0, 10, 13, 32, 45, 
	48, 57, 0, 10, 13, 48, 57, 0, 
	10, 13, 32, 44, 48, 57, 0, 10, 
	13, 32, 44, 0, 10, 13, 32, 34, 
	45, 48, 57, 0, 10, 13, 34, 92, 
	0, 10, 13, 32, 44, 0, 10, 13, 
	32, 45, 48, 57, 0, 10, 13, 48, 
	57, 0, 10, 13, 48, 57, 0, 10, 
	13, 0, 10, 13, 48, 57, 0, 10, 
	13, 48, 57, 0, 10, 13, 45, 48, 
	57, 0, 10, 13, 83, 0, 10, 13, 
	80, 0, 10, 13, 58, 61, 0, 10, 
	13, 32, 45, 48, 57, 0, 10, 13, 
	48, 57, 0, 10, 13, 32, 44, 48, 
	57, 0, 10, 13, 32, 44, 0, 10, 
	13, 32, 34, 45, 48, 57, 0, 10, 
	13, 34, 92, 0, 10, 13, 32, 44, 
	0, 10, 13, 32, 45, 48, 57, 0, 
	10, 13, 48, 57, 0, 10, 13, 32, 
	44, 48, 57, 0, 10, 13, 32, 44, 
	0, 10, 13, 32, 34, 0, 10, 13, 
	34, 92, 0, 10, 13, 32, 44, 0, 
	10, 13, 32, 44, 0, 10, 13, 32, 
	45, 48, 57, 0, 10, 13, 48, 57, 
	0, 10, 13, 32, 44, 48, 57, 0, 
	10, 13, 32, 44, 0, 10, 13, 32, 
	45, 48, 57, 0, 10, 13, 48, 57, 
	0, 10, 13, 48, 57, 0, 10, 13, 
	0, 10, 13, 0, 10, 13, 48, 57, 
	0, 10, 13, 32, 44, 48, 57, 0, 
	10, 13, 32, 44, 0, 10, 13, 32, 
	34, 0, 10, 13, 34, 92, 0, 10, 
	13, 32, 44, 0, 10, 13, 32, 44, 
	0, 10, 13, 32, 45, 48, 57, 0, 
	10, 13, 48, 57, 0, 10, 13, 32, 
	44, 48, 57, 0, 10, 13, 32, 44, 
	0, 10, 13, 32, 45, 48, 57, 0, 
	10, 13, 48, 57, 0, 10, 13, 48, 
	57, 0, 10, 13, 0, 10, 13, 45, 
	48, 57, 0, 10, 13, 69, 0, 10, 
	13, 78, 0, 10, 13, 66, 68, 0, 
	10, 13, 73, 0, 10, 13, 78, 0, 
	10, 13, 58, 0, 10, 13, 32, 34, 
	40, 41, 44, 45, 48, 57, 0, 10, 
	13, 44, 0, 10, 13, 32, 34, 40, 
	41, 44, 0, 10, 13, 44, 0, 10, 
	13, 32, 34, 40, 41, 44, 0, 10, 
	13, 32, 44, 0, 10, 13, 32, 44, 
	0, 10, 13, 34, 92, 0, 10, 13, 
	0, 10, 13, 0, 10, 13, 34, 40, 
	41, 0, 10, 13, 34, 92, 0, 10, 
	13, 0, 10, 13, 34, 92, 0, 10, 
	13, 32, 44, 0, 10, 13, 0, 10, 
	13, 34, 40, 41, 0, 10, 13, 34, 
	92, 0, 10, 13, 0, 10, 13, 34, 
	92, 0, 10, 13, 32, 44, 0, 10, 
	13, 0, 10, 13, 34, 40, 41, 0, 
	10, 13, 34, 92, 0, 10, 13, 0, 
	10, 13, 44, 48, 57, 0, 10, 13, 
	32, 44, 48, 57, 0, 10, 13, 32, 
	44, 0, 10, 13, 32, 34, 40, 41, 
	44, 45, 48, 57, 0, 10, 13, 34, 
	92, 0, 10, 13, 32, 44, 0, 10, 
	13, 32, 34, 40, 41, 44, 45, 48, 
	57, 0, 10, 13, 32, 44, 48, 57, 
	0, 10, 13, 32, 44, 48, 57, 0, 
	10, 13, 0, 10, 13, 44, 48, 57, 
	0, 10, 13, 44, 48, 57, 0, 10, 
	13, 66, 78, 82, 0, 10, 13, 66, 
	0, 10, 13, 73, 0, 10, 13, 78, 
	0, 10, 13, 58, 0, 10, 13, 32, 
	34, 40, 41, 44, 45, 48, 57, 0, 
	10, 13, 44, 0, 10, 13, 32, 34, 
	40, 41, 44, 0, 10, 13, 44, 0, 
	10, 13, 32, 34, 40, 41, 44, 0, 
	10, 13, 32, 44, 0, 10, 13, 32, 
	44, 0, 10, 13, 34, 92, 0, 10, 
	13, 0, 10, 13, 0, 10, 13, 34, 
	40, 41, 0, 10, 13, 34, 92, 0, 
	10, 13, 0, 10, 13, 34, 92, 0, 
	10, 13, 32, 44, 0, 10, 13, 0, 
	10, 13, 34, 40, 41, 0, 10, 13, 
	34, 92, 0, 10, 13, 0, 10, 13, 
	34, 92, 0, 10, 13, 32, 44, 0, 
	10, 13, 0, 10, 13, 34, 40, 41, 
	0, 10, 13, 34, 92, 0, 10, 13, 
	0, 10, 13, 44, 48, 57, 0, 10, 
	13, 32, 44, 48, 57, 0, 10, 13, 
	32, 44, 0, 10, 13, 32, 34, 40, 
	41, 44, 0, 10, 13, 34, 92, 0, 
	10, 13, 32, 44, 0, 10, 13, 32, 
	34, 40, 41, 44, 45, 48, 57, 0, 
	10, 13, 32, 44, 48, 57, 0, 10, 
	13, 32, 44, 48, 57, 0, 10, 13, 
	0, 10, 13, 69, 0, 10, 13, 81, 
	0, 10, 13, 58, 78, 0, 10, 13, 
	32, 34, 40, 41, 44, 45, 48, 57, 
	0, 10, 13, 44, 0, 10, 13, 32, 
	34, 40, 41, 44, 0, 10, 13, 44, 
	0, 10, 13, 32, 34, 40, 41, 44, 
	0, 10, 13, 44, 0, 10, 13, 32, 
	34, 40, 41, 44, 0, 10, 13, 44, 
	0, 10, 13, 32, 34, 40, 41, 44, 
	0, 10, 13, 32, 44, 0, 10, 13, 
	32, 44, 0, 10, 13, 34, 92, 0, 
	10, 13, 0, 10, 13, 0, 10, 13, 
	34, 40, 41, 0, 10, 13, 34, 92, 
	0, 10, 13, 0, 10, 13, 34, 92, 
	0, 10, 13, 32, 44, 0, 10, 13, 
	0, 10, 13, 34, 40, 41, 0, 10, 
	13, 34, 92, 0, 10, 13, 0, 10, 
	13, 34, 92, 0, 10, 13, 32, 44, 
	0, 10, 13, 0, 10, 13, 34, 40, 
	41, 0, 10, 13, 34, 92, 0, 10, 
	13, 0, 10, 13, 34, 92, 0, 10, 
	13, 32, 44, 0, 10, 13, 0, 10, 
	13, 34, 40, 41, 0, 10, 13, 34, 
	92, 0, 10, 13, 0, 10, 13, 34, 
	92, 0, 10, 13, 32, 44, 0, 10, 
	13, 0, 10, 13, 34, 40, 41, 0, 
	10, 13, 34, 92, 0, 10, 13, 0, 
	10, 13, 44, 48, 57, 0, 10, 13, 
	32, 44, 48, 57, 0, 10, 13, 32, 
	44, 0, 10, 13, 32, 34, 40, 41, 
	44, 45, 48, 57, 0, 10, 13, 34, 
	92, 0, 10, 13, 32, 44, 0, 10, 
	13, 32, 34, 40, 41, 44, 0, 10, 
	13, 34, 92, 0, 10, 13, 32, 44, 
	0, 10, 13, 32, 44, 0, 10, 13, 
	32, 34, 40, 41, 44, 45, 48, 57, 
	0, 10, 13, 44, 48, 57, 0, 10, 
	13, 32, 44, 48, 57, 0, 10, 13, 
	32, 44, 0, 10, 13, 32, 34, 40, 
	41, 44, 45, 48, 57, 0, 10, 13, 
	32, 44, 48, 57, 0, 10, 13, 32, 
	44, 48, 57, 0, 10, 13, 0, 10, 
	13, 0, 10, 13, 44, 48, 57, 0, 
	10, 13, 44, 48, 57, 0, 10, 13, 
	58, 0, 10, 13, 32, 34, 40, 41, 
	44, 45, 48, 57, 0, 10, 13, 44, 
	0, 10, 13, 32, 34, 40, 41, 44, 
	0, 10, 13, 44, 0, 10, 13, 32, 
	34, 40, 41, 44, 0, 10, 13, 44, 
	0, 10, 13, 32, 34, 40, 41, 44, 
	0, 10, 13, 44, 0, 10, 13, 32, 
	34, 40, 41, 44, 0, 10, 13, 32, 
	44, 0, 10, 13, 32, 44, 0, 10, 
	13, 34, 92, 0, 10, 13, 0, 10, 
	13, 0, 10, 13, 34, 40, 41, 0, 
	10, 13, 34, 92, 0, 10, 13, 0, 
	10, 13, 34, 92, 0, 10, 13, 32, 
	44, 0, 10, 13, 0, 10, 13, 34, 
	40, 41, 0, 10, 13, 34, 92, 0, 
	10, 13, 0, 10, 13, 34, 92, 0, 
	10, 13, 32, 44, 0, 10, 13, 0, 
	10, 13, 34, 40, 41, 0, 10, 13, 
	34, 92, 0, 10, 13, 0, 10, 13, 
	34, 92, 0, 10, 13, 32, 44, 0, 
	10, 13, 0, 10, 13, 34, 40, 41, 
	0, 10, 13, 34, 92, 0, 10, 13, 
	0, 10, 13, 34, 92, 0, 10, 13, 
	32, 44, 0, 10, 13, 0, 10, 13, 
	34, 40, 41, 0, 10, 13, 34, 92, 
	0, 10, 13, 0, 10, 13, 44, 48, 
	57, 0, 10, 13, 32, 44, 48, 57, 
	0, 10, 13, 32, 44, 0, 10, 13, 
	32, 34, 40, 41, 44, 0, 10, 13, 
	34, 92, 0, 10, 13, 32, 44, 0, 
	10, 13, 32, 34, 40, 41, 44, 0, 
	10, 13, 34, 92, 0, 10, 13, 32, 
	44, 0, 10, 13, 32, 44, 0, 10, 
	13, 32, 34, 40, 41, 44, 45, 48, 
	57, 0, 10, 13, 44, 48, 57, 0, 
	10, 13, 32, 44, 48, 57, 0, 10, 
	13, 32, 44, 0, 10, 13, 32, 34, 
	40, 41, 44, 45, 48, 57, 0, 10, 
	13, 32, 44, 48, 57, 0, 10, 13, 
	32, 44, 48, 57, 0, 10, 13, 0, 
	10, 13, 0, 10, 13, 84, 0, 10, 
	13, 84, 0, 10, 13, 80, 83, 0, 
	10, 13, 65, 67, 79, 80, 82, 83, 
	0, 10, 13, 82, 85, 0, 10, 13, 
	65, 0, 10, 13, 58, 0, 10, 13, 
	32, 34, 40, 41, 44, 0, 10, 13, 
	44, 0, 10, 13, 32, 34, 40, 41, 
	44, 0, 10, 13, 32, 44, 0, 10, 
	13, 32, 44, 0, 10, 13, 34, 92, 
	0, 10, 13, 0, 10, 13, 0, 10, 
	13, 34, 40, 41, 0, 10, 13, 34, 
	92, 0, 10, 13, 0, 10, 13, 34, 
	65, 75, 84, 92, 0, 10, 13, 34, 
	92, 0, 10, 13, 32, 44, 0, 10, 
	13, 0, 10, 13, 34, 85, 92, 0, 
	10, 13, 34, 84, 92, 0, 10, 13, 
	34, 72, 92, 0, 10, 13, 34, 77, 
	92, 0, 10, 13, 34, 79, 92, 0, 
	10, 13, 34, 68, 92, 0, 10, 13, 
	34, 69, 92, 0, 10, 13, 34, 92, 
	0, 10, 13, 32, 44, 0, 10, 13, 
	32, 34, 40, 41, 44, 45, 48, 57, 
	0, 10, 13, 32, 44, 48, 57, 0, 
	10, 13, 32, 44, 48, 57, 0, 10, 
	13, 32, 44, 0, 10, 13, 32, 34, 
	0, 10, 13, 65, 75, 84, 0, 10, 
	13, 85, 0, 10, 13, 84, 0, 10, 
	13, 72, 0, 10, 13, 77, 0, 10, 
	13, 79, 0, 10, 13, 68, 0, 10, 
	13, 69, 0, 10, 13, 34, 0, 10, 
	13, 32, 44, 0, 10, 13, 32, 45, 
	48, 57, 0, 10, 13, 48, 57, 0, 
	10, 13, 32, 44, 48, 57, 0, 10, 
	13, 32, 44, 0, 10, 13, 69, 0, 
	10, 13, 69, 0, 10, 13, 80, 0, 
	10, 13, 65, 0, 10, 13, 76, 0, 
	10, 13, 73, 0, 10, 13, 86, 0, 
	10, 13, 73, 0, 10, 13, 77, 0, 
	10, 13, 69, 0, 10, 13, 79, 0, 
	10, 13, 85, 0, 10, 13, 84, 0, 
	10, 13, 34, 69, 92, 0, 10, 13, 
	34, 69, 92, 0, 10, 13, 34, 80, 
	92, 0, 10, 13, 34, 65, 92, 0, 
	10, 13, 34, 76, 92, 0, 10, 13, 
	34, 73, 92, 0, 10, 13, 34, 86, 
	92, 0, 10, 13, 34, 73, 92, 0, 
	10, 13, 34, 77, 92, 0, 10, 13, 
	34, 69, 92, 0, 10, 13, 34, 79, 
	92, 0, 10, 13, 34, 85, 92, 0, 
	10, 13, 34, 84, 92, 0, 10, 13, 
	34, 40, 41, 0, 10, 13, 34, 92, 
	0, 10, 13, 0, 10, 13, 84, 0, 
	10, 13, 72, 0, 10, 13, 58, 0, 
	10, 13, 32, 34, 40, 41, 44, 70, 
	79, 0, 10, 13, 44, 0, 10, 13, 
	32, 34, 40, 41, 44, 0, 10, 13, 
	32, 44, 0, 10, 13, 32, 44, 0, 
	10, 13, 32, 34, 40, 41, 44, 0, 
	10, 13, 32, 44, 0, 10, 13, 32, 
	44, 0, 10, 13, 32, 34, 40, 41, 
	44, 0, 10, 13, 32, 44, 0, 10, 
	13, 32, 44, 0, 10, 13, 32, 34, 
	40, 41, 44, 0, 10, 13, 32, 44, 
	0, 10, 13, 32, 44, 0, 10, 13, 
	32, 34, 40, 41, 44, 0, 10, 13, 
	32, 44, 0, 10, 13, 32, 44, 0, 
	10, 13, 32, 34, 40, 41, 44, 0, 
	10, 13, 32, 44, 0, 10, 13, 32, 
	44, 0, 10, 13, 32, 34, 40, 41, 
	44, 0, 10, 13, 32, 44, 0, 10, 
	13, 32, 44, 0, 10, 13, 34, 92, 
	0, 10, 13, 0, 10, 13, 0, 10, 
	13, 34, 40, 41, 0, 10, 13, 34, 
	92, 0, 10, 13, 0, 10, 13, 34, 
	92, 0, 10, 13, 32, 44, 0, 10, 
	13, 32, 44, 0, 10, 13, 0, 10, 
	13, 34, 40, 41, 0, 10, 13, 34, 
	92, 0, 10, 13, 0, 10, 13, 34, 
	92, 0, 10, 13, 32, 44, 0, 10, 
	13, 32, 44, 0, 10, 13, 0, 10, 
	13, 34, 40, 41, 0, 10, 13, 34, 
	92, 0, 10, 13, 0, 10, 13, 34, 
	92, 0, 10, 13, 32, 44, 0, 10, 
	13, 32, 44, 0, 10, 13, 0, 10, 
	13, 34, 40, 41, 0, 10, 13, 34, 
	92, 0, 10, 13, 0, 10, 13, 34, 
	92, 0, 10, 13, 32, 44, 0, 10, 
	13, 32, 44, 0, 10, 13, 0, 10, 
	13, 34, 40, 41, 0, 10, 13, 34, 
	92, 0, 10, 13, 0, 10, 13, 34, 
	92, 0, 10, 13, 32, 44, 0, 10, 
	13, 32, 44, 0, 10, 13, 0, 10, 
	13, 34, 40, 41, 0, 10, 13, 34, 
	92, 0, 10, 13, 0, 10, 13, 34, 
	92, 0, 10, 13, 32, 44, 0, 10, 
	13, 32, 44, 0, 10, 13, 0, 10, 
	13, 34, 40, 41, 0, 10, 13, 34, 
	92, 0, 10, 13, 0, 10, 13, 34, 
	92, 0, 10, 13, 32, 44, 0, 10, 
	13, 32, 34, 40, 41, 44, 0, 10, 
	13, 34, 92, 0, 10, 13, 32, 44, 
	0, 10, 13, 32, 44, 0, 10, 13, 
	32, 34, 40, 41, 44, 0, 10, 13, 
	34, 92, 0, 10, 13, 32, 44, 0, 
	10, 13, 32, 44, 0, 10, 13, 32, 
	34, 40, 41, 44, 0, 10, 13, 34, 
	92, 0, 10, 13, 32, 44, 0, 10, 
	13, 32, 44, 0, 10, 13, 32, 34, 
	40, 41, 44, 0, 10, 13, 34, 92, 
	0, 10, 13, 32, 44, 0, 10, 13, 
	32, 44, 0, 10, 13, 32, 34, 40, 
	41, 44, 0, 10, 13, 34, 92, 0, 
	10, 13, 32, 44, 0, 10, 13, 32, 
	44, 0, 10, 13, 32, 34, 40, 41, 
	44, 0, 10, 13, 34, 92, 0, 10, 
	13, 32, 44, 0, 10, 13, 32, 44, 
	0, 10, 13, 32, 34, 40, 41, 44, 
	0, 10, 13, 34, 92, 0, 10, 13, 
	0, 10, 13, 0, 10, 13, 0, 10, 
	13, 0, 10, 13, 0, 10, 13, 0, 
	10, 13, 0, 10, 13, 0, 10, 13, 
	0, 10, 13, 34, 40, 41, 0, 10, 
	13, 34, 92, 0, 10, 13, 0, 10, 
	13, 32, 44, 0, 10, 13, 44, 65, 
	0, 10, 13, 44, 73, 0, 10, 13, 
	44, 76, 0, 10, 13, 44, 0, 10, 
	13, 44, 75, 0, 10, 13, 44, 0, 
	10, 13, 82, 86, 0, 10, 13, 86, 
	0, 10, 13, 82, 0, 10, 13, 83, 
	0, 10, 13, 80, 0, 10, 13, 58, 
	61, 0, 10, 13, 32, 45, 48, 57, 
	0, 10, 13, 48, 57, 0, 10, 13, 
	32, 44, 48, 57, 0, 10, 13, 32, 
	44, 0, 10, 13, 32, 45, 48, 57, 
	0, 10, 13, 48, 57, 0, 10, 13, 
	32, 44, 48, 57, 0, 10, 13, 32, 
	44, 0, 10, 13, 32, 34, 0, 10, 
	13, 34, 92, 0, 10, 13, 32, 44, 
	0, 10, 13, 32, 45, 48, 57, 0, 
	10, 13, 48, 57, 0, 10, 13, 32, 
	44, 48, 57, 0, 10, 13, 32, 44, 
	0, 10, 13, 32, 34, 0, 10, 13, 
	34, 92, 0, 10, 13, 32, 44, 0, 
	10, 13, 32, 44, 0, 10, 13, 32, 
	45, 48, 57, 0, 10, 13, 48, 57, 
	0, 10, 13, 32, 44, 48, 57, 0, 
	10, 13, 32, 44, 0, 10, 13, 32, 
	45, 48, 57, 0, 10, 13, 48, 57, 
	0, 10, 13, 48, 57, 0, 10, 13, 
	0, 10, 13, 0, 10, 13, 45, 48, 
	57, 0, 10, 13, 66, 0, 10, 13, 
	73, 0, 10, 13, 78, 0, 10, 13, 
	58, 61, 0, 10, 13, 32, 45, 48, 
	57, 0, 10, 13, 48, 57, 0, 10, 
	13, 32, 44, 48, 57, 0, 10, 13, 
	32, 44, 0, 10, 13, 32, 45, 48, 
	57, 0, 10, 13, 48, 57, 0, 10, 
	13, 32, 44, 48, 57, 0, 10, 13, 
	32, 44, 0, 10, 13, 32, 34, 0, 
	10, 13, 34, 92, 0, 10, 13, 32, 
	44, 0, 10, 13, 32, 45, 48, 57, 
	0, 10, 13, 48, 57, 0, 10, 13, 
	48, 57, 0, 10, 13, 0, 10, 13, 
	45, 48, 57, 0, 10, 13, 80, 0, 
	10, 13, 69, 0, 10, 13, 78, 0, 
	10, 13, 58, 0, 10, 13, 32, 34, 
	40, 41, 44, 0, 10, 13, 44, 0, 
	10, 13, 32, 34, 40, 41, 44, 0, 
	10, 13, 32, 44, 0, 10, 13, 32, 
	44, 0, 10, 13, 34, 92, 0, 10, 
	13, 0, 10, 13, 0, 10, 13, 34, 
	40, 41, 0, 10, 13, 34, 92, 0, 
	10, 13, 0, 10, 13, 34, 92, 0, 
	10, 13, 32, 44, 0, 10, 13, 32, 
	34, 40, 41, 44, 45, 48, 57, 0, 
	10, 13, 32, 44, 48, 57, 0, 10, 
	13, 32, 44, 48, 57, 0, 10, 13, 
	0, 10, 13, 34, 40, 41, 0, 10, 
	13, 34, 92, 0, 10, 13, 0, 10, 
	13, 32, 44, 0, 10, 13, 65, 0, 
	10, 13, 82, 0, 10, 13, 67, 0, 
	10, 13, 86, 0, 10, 13, 66, 82, 
	0, 10, 13, 73, 0, 10, 13, 78, 
	0, 10, 13, 58, 0, 10, 13, 83, 
	0, 10, 13, 80, 0, 10, 13, 58, 
	0, 10, 13, 69, 0, 10, 13, 78, 
	0, 10, 13, 66, 68, 0, 10, 13, 
	73, 0, 10, 13, 78, 0, 10, 13, 
	58, 0, 10, 13, 32, 34, 40, 41, 
	44, 45, 48, 57, 0, 10, 13, 44, 
	0, 10, 13, 32, 34, 40, 41, 44, 
	0, 10, 13, 44, 0, 10, 13, 32, 
	34, 40, 41, 44, 0, 10, 13, 32, 
	44, 0, 10, 13, 32, 44, 0, 10, 
	13, 34, 92, 0, 10, 13, 0, 10, 
	13, 0, 10, 13, 34, 40, 41, 0, 
	10, 13, 34, 92, 0, 10, 13, 0, 
	10, 13, 34, 92, 0, 10, 13, 32, 
	44, 0, 10, 13, 0, 10, 13, 34, 
	40, 41, 0, 10, 13, 34, 92, 0, 
	10, 13, 0, 10, 13, 34, 92, 0, 
	10, 13, 32, 44, 0, 10, 13, 0, 
	10, 13, 34, 40, 41, 0, 10, 13, 
	34, 92, 0, 10, 13, 0, 10, 13, 
	44, 48, 57, 0, 10, 13, 32, 44, 
	48, 57, 0, 10, 13, 32, 44, 0, 
	10, 13, 32, 34, 40, 41, 44, 0, 
	10, 13, 34, 92, 0, 10, 13, 32, 
	44, 0, 10, 13, 32, 34, 40, 41, 
	44, 45, 48, 57, 0, 10, 13, 32, 
	44, 48, 57, 0, 10, 13, 32, 44, 
	48, 57, 0, 10, 13, 0, 10, 13, 
	58, 66, 82, 0, 10, 13, 32, 34, 
	40, 41, 44, 45, 48, 57, 0, 10, 
	13, 44, 0, 10, 13, 32, 34, 40, 
	41, 44, 0, 10, 13, 44, 0, 10, 
	13, 32, 34, 40, 41, 44, 0, 10, 
	13, 32, 44, 0, 10, 13, 32, 44, 
	0, 10, 13, 34, 92, 0, 10, 13, 
	0, 10, 13, 0, 10, 13, 34, 40, 
	41, 0, 10, 13, 34, 92, 0, 10, 
	13, 0, 10, 13, 34, 92, 0, 10, 
	13, 32, 44, 0, 10, 13, 0, 10, 
	13, 34, 40, 41, 0, 10, 13, 34, 
	92, 0, 10, 13, 0, 10, 13, 34, 
	92, 0, 10, 13, 32, 44, 0, 10, 
	13, 0, 10, 13, 34, 40, 41, 0, 
	10, 13, 34, 92, 0, 10, 13, 0, 
	10, 13, 44, 48, 57, 0, 10, 13, 
	32, 44, 48, 57, 0, 10, 13, 32, 
	44, 0, 10, 13, 32, 34, 40, 41, 
	44, 45, 48, 57, 0, 10, 13, 34, 
	92, 0, 10, 13, 32, 44, 0, 10, 
	13, 32, 34, 40, 41, 44, 0, 10, 
	13, 34, 92, 0, 10, 13, 0, 10, 
	13, 0, 10, 13, 0, 10, 13, 44, 
	48, 57, 0, 10, 13, 32, 44, 48, 
	57, 0, 10, 13, 32, 44, 0, 10, 
	13, 32, 34, 40, 41, 44, 0, 10, 
	13, 34, 92, 0, 10, 13, 0, 10, 
	13, 0, 10, 13, 69, 0, 10, 13, 
	81, 0, 10, 13, 58, 0, 10, 13, 
	32, 34, 40, 41, 44, 45, 48, 57, 
	0, 10, 13, 44, 0, 10, 13, 32, 
	34, 40, 41, 44, 0, 10, 13, 44, 
	0, 10, 13, 32, 34, 40, 41, 44, 
	0, 10, 13, 44, 0, 10, 13, 32, 
	34, 40, 41, 44, 0, 10, 13, 44, 
	0, 10, 13, 32, 34, 40, 41, 44, 
	0, 10, 13, 32, 44, 0, 10, 13, 
	32, 44, 0, 10, 13, 34, 92, 0, 
	10, 13, 0, 10, 13, 0, 10, 13, 
	34, 40, 41, 0, 10, 13, 34, 92, 
	0, 10, 13, 0, 10, 13, 34, 92, 
	0, 10, 13, 32, 44, 0, 10, 13, 
	0, 10, 13, 34, 40, 41, 0, 10, 
	13, 34, 92, 0, 10, 13, 0, 10, 
	13, 34, 92, 0, 10, 13, 32, 44, 
	0, 10, 13, 0, 10, 13, 34, 40, 
	41, 0, 10, 13, 34, 92, 0, 10, 
	13, 0, 10, 13, 34, 92, 0, 10, 
	13, 32, 44, 0, 10, 13, 0, 10, 
	13, 34, 40, 41, 0, 10, 13, 34, 
	92, 0, 10, 13, 0, 10, 13, 34, 
	92, 0, 10, 13, 32, 44, 0, 10, 
	13, 0, 10, 13, 34, 40, 41, 0, 
	10, 13, 34, 92, 0, 10, 13, 0, 
	10, 13, 44, 48, 57, 0, 10, 13, 
	32, 44, 48, 57, 0, 10, 13, 32, 
	44, 0, 10, 13, 32, 34, 40, 41, 
	44, 0, 10, 13, 34, 92, 0, 10, 
	13, 32, 44, 0, 10, 13, 32, 34, 
	40, 41, 44, 0, 10, 13, 34, 92, 
	0, 10, 13, 32, 44, 0, 10, 13, 
	32, 44, 0, 10, 13, 32, 34, 40, 
	41, 44, 45, 48, 57, 0, 10, 13, 
	44, 48, 57, 0, 10, 13, 32, 44, 
	48, 57, 0, 10, 13, 32, 44, 0, 
	10, 13, 32, 34, 40, 41, 44, 45, 
	48, 57, 0, 10, 13, 32, 44, 48, 
	57, 0, 10, 13, 32, 44, 48, 57, 
	0, 10, 13, 0, 10, 13, 0, 10, 
	13, 69, 0, 10, 13, 78, 0, 10, 
	13, 68, 0, 10, 13, 58, 0, 10, 
	13, 79, 0, 10, 13, 71, 0, 10, 
	13, 76, 0, 10, 13, 86, 0, 10, 
	13, 76, 0, 10, 13, 58, 0, 10, 
	13, 32, 34, 40, 41, 44, 45, 48, 
	57, 0, 10, 13, 32, 44, 0, 10, 
	13, 32, 44, 0, 10, 13, 34, 92, 
	0, 10, 13, 0, 10, 13, 0, 10, 
	13, 34, 40, 41, 0, 10, 13, 34, 
	92, 0, 10, 13, 0, 10, 13, 32, 
	44, 48, 57, 0, 10, 13, 32, 44, 
	48, 57, 0, 10, 13, 81, 0, 10, 
	13, 84, 0, 10, 13, 84, 0, 10, 
	13, 65, 68, 77, 79, 80, 82, 83, 
	84, 85, 0, 10, 13, 85, 0, 10, 
	13, 84, 0, 10, 13, 72, 0, 10, 
	13, 58, 0, 10, 13, 32, 34, 40, 
	41, 44, 70, 79, 0, 10, 13, 44, 
	0, 10, 13, 32, 34, 40, 41, 44, 
	0, 10, 13, 32, 44, 0, 10, 13, 
	32, 44, 0, 10, 13, 32, 34, 40, 
	41, 44, 0, 10, 13, 32, 44, 0, 
	10, 13, 32, 44, 0, 10, 13, 32, 
	34, 40, 41, 44, 0, 10, 13, 32, 
	44, 0, 10, 13, 32, 44, 0, 10, 
	13, 32, 34, 40, 41, 44, 0, 10, 
	13, 32, 44, 0, 10, 13, 32, 44, 
	0, 10, 13, 32, 34, 40, 41, 44, 
	0, 10, 13, 32, 44, 0, 10, 13, 
	32, 44, 0, 10, 13, 32, 34, 40, 
	41, 44, 0, 10, 13, 32, 44, 0, 
	10, 13, 32, 44, 0, 10, 13, 32, 
	34, 40, 41, 44, 0, 10, 13, 32, 
	44, 0, 10, 13, 32, 44, 0, 10, 
	13, 34, 92, 0, 10, 13, 0, 10, 
	13, 0, 10, 13, 34, 40, 41, 0, 
	10, 13, 34, 92, 0, 10, 13, 0, 
	10, 13, 34, 92, 0, 10, 13, 32, 
	44, 0, 10, 13, 32, 44, 0, 10, 
	13, 0, 10, 13, 34, 40, 41, 0, 
	10, 13, 34, 92, 0, 10, 13, 0, 
	10, 13, 34, 92, 0, 10, 13, 32, 
	44, 0, 10, 13, 32, 44, 0, 10, 
	13, 0, 10, 13, 34, 40, 41, 0, 
	10, 13, 34, 92, 0, 10, 13, 0, 
	10, 13, 34, 92, 0, 10, 13, 32, 
	44, 0, 10, 13, 32, 44, 0, 10, 
	13, 0, 10, 13, 34, 40, 41, 0, 
	10, 13, 34, 92, 0, 10, 13, 0, 
	10, 13, 34, 92, 0, 10, 13, 32, 
	44, 0, 10, 13, 32, 44, 0, 10, 
	13, 0, 10, 13, 34, 40, 41, 0, 
	10, 13, 34, 92, 0, 10, 13, 0, 
	10, 13, 34, 92, 0, 10, 13, 32, 
	44, 0, 10, 13, 32, 44, 0, 10, 
	13, 0, 10, 13, 34, 40, 41, 0, 
	10, 13, 34, 92, 0, 10, 13, 0, 
	10, 13, 34, 92, 0, 10, 13, 32, 
	44, 0, 10, 13, 32, 44, 0, 10, 
	13, 0, 10, 13, 34, 40, 41, 0, 
	10, 13, 34, 92, 0, 10, 13, 0, 
	10, 13, 34, 92, 0, 10, 13, 32, 
	44, 0, 10, 13, 32, 34, 40, 41, 
	44, 0, 10, 13, 34, 92, 0, 10, 
	13, 32, 44, 0, 10, 13, 32, 44, 
	0, 10, 13, 32, 34, 40, 41, 44, 
	0, 10, 13, 34, 92, 0, 10, 13, 
	32, 44, 0, 10, 13, 32, 44, 0, 
	10, 13, 32, 34, 40, 41, 44, 0, 
	10, 13, 34, 92, 0, 10, 13, 32, 
	44, 0, 10, 13, 32, 44, 0, 10, 
	13, 32, 34, 40, 41, 44, 0, 10, 
	13, 34, 92, 0, 10, 13, 32, 44, 
	0, 10, 13, 32, 44, 0, 10, 13, 
	32, 34, 40, 41, 44, 0, 10, 13, 
	34, 92, 0, 10, 13, 32, 44, 0, 
	10, 13, 32, 44, 0, 10, 13, 32, 
	34, 40, 41, 44, 0, 10, 13, 34, 
	92, 0, 10, 13, 32, 44, 0, 10, 
	13, 32, 44, 0, 10, 13, 32, 34, 
	40, 41, 44, 0, 10, 13, 34, 92, 
	0, 10, 13, 0, 10, 13, 0, 10, 
	13, 0, 10, 13, 0, 10, 13, 0, 
	10, 13, 0, 10, 13, 0, 10, 13, 
	0, 10, 13, 0, 10, 13, 34, 40, 
	41, 0, 10, 13, 34, 92, 0, 10, 
	13, 0, 10, 13, 32, 44, 0, 10, 
	13, 44, 65, 0, 10, 13, 44, 73, 
	0, 10, 13, 44, 76, 0, 10, 13, 
	44, 0, 10, 13, 44, 75, 0, 10, 
	13, 44, 0, 10, 13, 66, 0, 10, 
	13, 71, 0, 10, 13, 80, 0, 10, 
	13, 65, 0, 10, 13, 82, 0, 10, 
	13, 65, 0, 10, 13, 58, 0, 10, 
	13, 32, 34, 40, 41, 44, 0, 10, 
	13, 44, 0, 10, 13, 32, 34, 40, 
	41, 44, 0, 10, 13, 32, 44, 0, 
	10, 13, 32, 44, 0, 10, 13, 34, 
	92, 0, 10, 13, 0, 10, 13, 0, 
	10, 13, 34, 40, 41, 0, 10, 13, 
	34, 92, 0, 10, 13, 0, 10, 13, 
	34, 80, 92, 0, 10, 13, 34, 92, 
	0, 10, 13, 32, 44, 0, 10, 13, 
	0, 10, 13, 34, 73, 92, 0, 10, 
	13, 34, 78, 92, 0, 10, 13, 34, 
	71, 92, 0, 10, 13, 34, 82, 92, 
	0, 10, 13, 34, 83, 92, 0, 10, 
	13, 34, 80, 92, 0, 10, 13, 34, 
	92, 0, 10, 13, 32, 44, 0, 10, 
	13, 32, 34, 40, 41, 44, 45, 48, 
	57, 0, 10, 13, 32, 44, 48, 57, 
	0, 10, 13, 32, 44, 48, 57, 0, 
	10, 13, 32, 44, 0, 10, 13, 32, 
	34, 0, 10, 13, 80, 0, 10, 13, 
	73, 0, 10, 13, 78, 0, 10, 13, 
	71, 0, 10, 13, 82, 0, 10, 13, 
	83, 0, 10, 13, 80, 0, 10, 13, 
	34, 0, 10, 13, 32, 44, 0, 10, 
	13, 32, 45, 48, 57, 0, 10, 13, 
	48, 57, 0, 10, 13, 32, 44, 48, 
	57, 0, 10, 13, 32, 44, 0, 10, 
	13, 34, 40, 41, 0, 10, 13, 34, 
	92, 0, 10, 13, 0, 10, 13, 79, 
	0, 10, 13, 68, 0, 10, 13, 69, 
	0, 10, 13, 58, 0, 10, 13, 32, 
	34, 40, 41, 44, 45, 48, 57, 0, 
	10, 13, 32, 44, 0, 10, 13, 32, 
	44, 0, 10, 13, 34, 92, 0, 10, 
	13, 0, 10, 13, 0, 10, 13, 34, 
	40, 41, 0, 10, 13, 34, 92, 0, 
	10, 13, 0, 10, 13, 32, 44, 48, 
	57, 0, 10, 13, 32, 44, 48, 57, 
	0, 10, 13, 80, 0, 10, 13, 69, 
	0, 10, 13, 78, 0, 10, 13, 58, 
	0, 10, 13, 32, 34, 40, 41, 44, 
	0, 10, 13, 44, 0, 10, 13, 32, 
	34, 40, 41, 44, 0, 10, 13, 32, 
	44, 0, 10, 13, 32, 44, 0, 10, 
	13, 34, 92, 0, 10, 13, 0, 10, 
	13, 0, 10, 13, 34, 40, 41, 0, 
	10, 13, 34, 92, 0, 10, 13, 0, 
	10, 13, 34, 92, 0, 10, 13, 32, 
	44, 0, 10, 13, 32, 34, 40, 41, 
	44, 45, 48, 57, 0, 10, 13, 32, 
	44, 48, 57, 0, 10, 13, 32, 44, 
	48, 57, 0, 10, 13, 0, 10, 13, 
	34, 40, 41, 0, 10, 13, 34, 92, 
	0, 10, 13, 0, 10, 13, 32, 44, 
	0, 10, 13, 65, 73, 85, 0, 10, 
	13, 82, 0, 10, 13, 65, 0, 10, 
	13, 58, 0, 10, 13, 32, 34, 40, 
	41, 44, 0, 10, 13, 44, 0, 10, 
	13, 32, 34, 40, 41, 44, 0, 10, 
	13, 32, 44, 0, 10, 13, 32, 44, 
	0, 10, 13, 34, 92, 0, 10, 13, 
	0, 10, 13, 0, 10, 13, 34, 40, 
	41, 0, 10, 13, 34, 92, 0, 10, 
	13, 0, 10, 13, 34, 65, 67, 75, 
	84, 86, 92, 0, 10, 13, 34, 92, 
	0, 10, 13, 32, 44, 0, 10, 13, 
	0, 10, 13, 34, 85, 92, 0, 10, 
	13, 34, 84, 92, 0, 10, 13, 34, 
	72, 92, 0, 10, 13, 34, 77, 92, 
	0, 10, 13, 34, 79, 92, 0, 10, 
	13, 34, 68, 92, 0, 10, 13, 34, 
	69, 92, 0, 10, 13, 34, 92, 0, 
	10, 13, 32, 44, 0, 10, 13, 32, 
	34, 40, 41, 44, 45, 48, 57, 0, 
	10, 13, 32, 44, 48, 57, 0, 10, 
	13, 32, 44, 48, 57, 0, 10, 13, 
	32, 44, 0, 10, 13, 32, 34, 0, 
	10, 13, 65, 67, 75, 84, 86, 0, 
	10, 13, 85, 0, 10, 13, 84, 0, 
	10, 13, 72, 0, 10, 13, 77, 0, 
	10, 13, 79, 0, 10, 13, 68, 0, 
	10, 13, 69, 0, 10, 13, 34, 0, 
	10, 13, 32, 44, 0, 10, 13, 32, 
	45, 48, 57, 0, 10, 13, 48, 57, 
	0, 10, 13, 32, 44, 48, 57, 0, 
	10, 13, 32, 44, 0, 10, 13, 76, 
	0, 10, 13, 69, 0, 10, 13, 65, 
	0, 10, 13, 78, 0, 10, 13, 69, 
	0, 10, 13, 69, 0, 10, 13, 80, 
	0, 10, 13, 65, 0, 10, 13, 76, 
	0, 10, 13, 73, 0, 10, 13, 86, 
	0, 10, 13, 73, 0, 10, 13, 77, 
	0, 10, 13, 69, 0, 10, 13, 79, 
	0, 10, 13, 85, 0, 10, 13, 84, 
	0, 10, 13, 69, 0, 10, 13, 82, 
	0, 10, 13, 83, 0, 10, 13, 73, 
	0, 10, 13, 79, 0, 10, 13, 78, 
	0, 10, 13, 34, 0, 10, 13, 32, 
	44, 0, 10, 13, 32, 34, 0, 10, 
	13, 51, 0, 10, 13, 46, 0, 10, 
	13, 49, 0, 10, 13, 34, 46, 0, 
	10, 13, 32, 44, 0, 10, 13, 49, 
	0, 10, 13, 34, 0, 10, 13, 34, 
	76, 92, 0, 10, 13, 34, 69, 92, 
	0, 10, 13, 34, 65, 92, 0, 10, 
	13, 34, 78, 92, 0, 10, 13, 34, 
	69, 92, 0, 10, 13, 34, 69, 92, 
	0, 10, 13, 34, 80, 92, 0, 10, 
	13, 34, 65, 92, 0, 10, 13, 34, 
	76, 92, 0, 10, 13, 34, 73, 92, 
	0, 10, 13, 34, 86, 92, 0, 10, 
	13, 34, 73, 92, 0, 10, 13, 34, 
	77, 92, 0, 10, 13, 34, 69, 92, 
	0, 10, 13, 34, 79, 92, 0, 10, 
	13, 34, 85, 92, 0, 10, 13, 34, 
	84, 92, 0, 10, 13, 34, 69, 92, 
	0, 10, 13, 34, 82, 92, 0, 10, 
	13, 34, 83, 92, 0, 10, 13, 34, 
	73, 92, 0, 10, 13, 34, 79, 92, 
	0, 10, 13, 34, 78, 92, 0, 10, 
	13, 34, 92, 0, 10, 13, 32, 44, 
	0, 10, 13, 32, 34, 40, 41, 44, 
	0, 10, 13, 34, 51, 92, 0, 10, 
	13, 34, 46, 92, 0, 10, 13, 34, 
	49, 92, 0, 10, 13, 34, 46, 92, 
	0, 10, 13, 32, 44, 0, 10, 13, 
	34, 49, 92, 0, 10, 13, 34, 92, 
	0, 10, 13, 34, 40, 41, 0, 10, 
	13, 34, 92, 0, 10, 13, 0, 10, 
	13, 78, 0, 10, 13, 71, 0, 10, 
	13, 82, 0, 10, 13, 83, 0, 10, 
	13, 80, 0, 10, 13, 0, 10, 13, 
	66, 0, 10, 13, 58, 73, 0, 10, 
	13, 32, 34, 40, 41, 44, 45, 48, 
	57, 0, 10, 13, 44, 0, 10, 13, 
	32, 34, 40, 41, 44, 0, 10, 13, 
	44, 0, 10, 13, 32, 34, 40, 41, 
	44, 0, 10, 13, 44, 0, 10, 13, 
	32, 34, 40, 41, 44, 0, 10, 13, 
	44, 0, 10, 13, 32, 34, 40, 41, 
	44, 0, 10, 13, 32, 44, 0, 10, 
	13, 32, 44, 0, 10, 13, 34, 92, 
	0, 10, 13, 0, 10, 13, 0, 10, 
	13, 34, 40, 41, 0, 10, 13, 34, 
	92, 0, 10, 13, 0, 10, 13, 34, 
	92, 0, 10, 13, 32, 44, 0, 10, 
	13, 0, 10, 13, 34, 40, 41, 0, 
	10, 13, 34, 92, 0, 10, 13, 0, 
	10, 13, 34, 92, 0, 10, 13, 32, 
	44, 0, 10, 13, 0, 10, 13, 34, 
	40, 41, 0, 10, 13, 34, 92, 0, 
	10, 13, 0, 10, 13, 34, 92, 0, 
	10, 13, 32, 44, 0, 10, 13, 0, 
	10, 13, 34, 40, 41, 0, 10, 13, 
	34, 92, 0, 10, 13, 0, 10, 13, 
	34, 92, 0, 10, 13, 32, 44, 0, 
	10, 13, 32, 34, 40, 41, 44, 45, 
	48, 57, 0, 10, 13, 44, 48, 57, 
	0, 10, 13, 32, 44, 48, 57, 0, 
	10, 13, 32, 44, 0, 10, 13, 32, 
	34, 40, 41, 44, 0, 10, 13, 34, 
	92, 0, 10, 13, 32, 44, 0, 10, 
	13, 32, 44, 0, 10, 13, 32, 34, 
	40, 41, 44, 45, 48, 57, 0, 10, 
	13, 44, 48, 57, 0, 10, 13, 32, 
	44, 48, 57, 0, 10, 13, 32, 44, 
	0, 10, 13, 32, 34, 40, 41, 44, 
	45, 48, 57, 0, 10, 13, 32, 44, 
	48, 57, 0, 10, 13, 32, 44, 48, 
	57, 0, 10, 13, 0, 10, 13, 0, 
	10, 13, 34, 40, 41, 0, 10, 13, 
	34, 92, 0, 10, 13, 0, 10, 13, 
	32, 44, 0, 10, 13, 44, 48, 57, 
	0, 10, 13, 32, 44, 48, 57, 0, 
	10, 13, 32, 44, 0, 10, 13, 32, 
	34, 40, 41, 44, 45, 48, 57, 0, 
	10, 13, 44, 48, 57, 0, 10, 13, 
	44, 48, 57, 0, 10, 13, 78, 0, 
	10, 13, 58, 0, 10, 13, 32, 34, 
	40, 41, 44, 45, 48, 57, 0, 10, 
	13, 44, 0, 10, 13, 32, 34, 40, 
	41, 44, 0, 10, 13, 44, 0, 10, 
	13, 32, 34, 40, 41, 44, 0, 10, 
	13, 32, 44, 0, 10, 13, 32, 44, 
	0, 10, 13, 34, 92, 0, 10, 13, 
	0, 10, 13, 0, 10, 13, 34, 40, 
	41, 0, 10, 13, 34, 92, 0, 10, 
	13, 0, 10, 13, 34, 92, 0, 10, 
	13, 32, 44, 0, 10, 13, 0, 10, 
	13, 34, 40, 41, 0, 10, 13, 34, 
	92, 0, 10, 13, 0, 10, 13, 34, 
	92, 0, 10, 13, 32, 44, 0, 10, 
	13, 32, 34, 40, 41, 44, 45, 48, 
	57, 0, 10, 13, 44, 48, 57, 0, 
	10, 13, 32, 44, 48, 57, 0, 10, 
	13, 32, 44, 0, 10, 13, 32, 34, 
	40, 41, 44, 45, 48, 57, 0, 10, 
	13, 32, 44, 48, 57, 0, 10, 13, 
	32, 44, 48, 57, 0, 10, 13, 0, 
	10, 13, 34, 40, 41, 0, 10, 13, 
	34, 92, 0, 10, 13, 0, 10, 13, 
	32, 44, 0, 10, 13, 44, 48, 57, 
	0, 10, 13, 32, 44, 48, 57, 0, 
	10, 13, 32, 44, 0, 10, 13, 32, 
	34, 40, 41, 44, 45, 48, 57, 0, 
	10, 13, 44, 48, 57, 0, 10, 13, 
	44, 48, 57, 0, 10, 13, 67, 0, 
	10, 13, 86, 0, 10, 13, 80, 0, 
	10, 13, 85, 0, 10, 13, 66, 0, 
	10, 13, 58, 73, 0, 10, 13, 32, 
	45, 48, 57, 0, 10, 13, 48, 57, 
	0, 10, 13, 32, 44, 48, 57, 0, 
	10, 13, 32, 44, 0, 10, 13, 32, 
	34, 0, 10, 13, 34, 92, 0, 10, 
	13, 32, 44, 0, 10, 13, 32, 45, 
	48, 57, 0, 10, 13, 48, 57, 0, 
	10, 13, 32, 44, 48, 57, 0, 10, 
	13, 32, 44, 0, 10, 13, 32, 34, 
	0, 10, 13, 34, 92, 0, 10, 13, 
	32, 44, 0, 10, 13, 32, 44, 0, 
	10, 13, 32, 45, 48, 57, 0, 10, 
	13, 48, 57, 0, 10, 13, 32, 44, 
	48, 57, 0, 10, 13, 32, 44, 0, 
	10, 13, 32, 45, 48, 57, 0, 10, 
	13, 48, 57, 0, 10, 13, 48, 57, 
	0, 10, 13, 0, 10, 13, 0, 10, 
	13, 78, 0, 10, 13, 58, 0, 10, 
	13, 32, 45, 48, 57, 0, 10, 13, 
	48, 57, 0, 10, 13, 32, 44, 48, 
	57, 0, 10, 13, 32, 44, 0, 10, 
	13, 32, 34, 0, 10, 13, 34, 92, 
	0, 10, 13, 32, 44, 0, 10, 13, 
	32, 45, 48, 57, 0, 10, 13, 48, 
	57, 0, 10, 13, 48, 57, 0, 10, 
	13, 0, 10, 13, 84, 85, 0, 10, 
	13, 65, 0, 10, 13, 84, 0, 10, 
	13, 69, 0, 10, 13, 58, 0, 10, 
	13, 32, 45, 48, 57, 0, 10, 13, 
	48, 57, 0, 10, 13, 48, 57, 0, 
	10, 13, 66, 0, 10, 13, 58, 0, 
	10, 13, 32, 34, 40, 41, 44, 45, 
	48, 57, 0, 10, 13, 44, 0, 10, 
	13, 32, 34, 40, 41, 44, 0, 10, 
	13, 32, 44, 0, 10, 13, 32, 44, 
	0, 10, 13, 34, 92, 0, 10, 13, 
	0, 10, 13, 0, 10, 13, 34, 40, 
	41, 0, 10, 13, 34, 92, 0, 10, 
	13, 0, 10, 13, 34, 92, 0, 10, 
	13, 32, 44, 0, 10, 13, 32, 34, 
	40, 41, 44, 45, 48, 57, 0, 10, 
	13, 32, 44, 48, 57, 0, 10, 13, 
	32, 44, 48, 57, 0, 10, 13, 0, 
	10, 13, 34, 40, 41, 0, 10, 13, 
	34, 92, 0, 10, 13, 0, 10, 13, 
	32, 44, 0, 10, 13, 44, 48, 57, 
	0, 10, 13, 32, 44, 48, 57, 0, 
	10, 13, 32, 44, 0, 10, 13, 32, 
	34, 40, 41, 44, 45, 48, 57, 0, 
	10, 13, 32, 44, 48, 57, 0, 10, 
	13, 32, 44, 48, 57, 0, 10, 13, 
	82, 0, 10, 13, 67, 0, 10, 13, 
	86, 0, 10, 13, 80, 0, 10, 13, 
	85, 0, 10, 13, 66, 0, 10, 13, 
	58, 61, 73, 0, 10, 13, 45, 48, 
	57, 0, 10, 13, 78, 0, 10, 13, 
	83, 0, 10, 13, 85, 0, 10, 13, 
	66, 0, 10, 13, 58, 0, 10, 13, 
	32, 34, 40, 41, 44, 45, 48, 57, 
	0, 10, 13, 32, 44, 0, 10, 13, 
	32, 44, 0, 10, 13, 34, 92, 0, 
	10, 13, 0, 10, 13, 0, 10, 13, 
	34, 40, 41, 0, 10, 13, 34, 92, 
	0, 10, 13, 0, 10, 13, 0, 10, 
	13, 32, 44, 48, 57, 0, 10, 13, 
	32, 44, 48, 57, 0, 10, 13, 32, 
	44, 0, 10, 13, 32, 45, 48, 57, 
	0, 10, 13, 48, 57, 0, 10, 13, 
	48, 57, 0, 10, 13, 84, 0, 10, 
	13, 65, 0, 10, 13, 66, 78, 80, 
	86, 0, 10, 13, 76, 0, 10, 13, 
	79, 0, 10, 13, 67, 0, 10, 13, 
	75, 0, 10, 13, 58, 61, 0, 10, 
	13, 32, 34, 0, 10, 13, 34, 92, 
	0, 10, 13, 0, 10, 13, 0, 10, 
	13, 69, 0, 10, 13, 87, 0, 10, 
	13, 86, 0, 10, 13, 69, 0, 10, 
	13, 82, 0, 10, 13, 58, 61, 0, 
	10, 13, 32, 34, 0, 10, 13, 34, 
	92, 0, 10, 13, 32, 44, 0, 10, 
	13, 32, 45, 48, 57, 0, 10, 13, 
	48, 57, 0, 10, 13, 32, 44, 48, 
	57, 0, 10, 13, 32, 44, 0, 10, 
	13, 32, 34, 0, 10, 13, 34, 92, 
	0, 10, 13, 0, 10, 13, 0, 10, 
	13, 0, 10, 13, 34, 0, 10, 13, 
	65, 71, 0, 10, 13, 82, 0, 10, 
	13, 65, 0, 10, 13, 58, 0, 10, 
	13, 32, 34, 40, 41, 44, 0, 10, 
	13, 44, 0, 10, 13, 32, 34, 40, 
	41, 44, 0, 10, 13, 32, 44, 0, 
	10, 13, 32, 44, 0, 10, 13, 34, 
	92, 0, 10, 13, 0, 10, 13, 0, 
	10, 13, 34, 40, 41, 0, 10, 13, 
	34, 92, 0, 10, 13, 0, 10, 13, 
	34, 66, 68, 92, 0, 10, 13, 34, 
	92, 0, 10, 13, 32, 44, 0, 10, 
	13, 0, 10, 13, 34, 76, 92, 0, 
	10, 13, 34, 79, 92, 0, 10, 13, 
	34, 67, 92, 0, 10, 13, 34, 75, 
	92, 0, 10, 13, 34, 83, 92, 0, 
	10, 13, 34, 73, 92, 0, 10, 13, 
	34, 90, 92, 0, 10, 13, 34, 69, 
	92, 0, 10, 13, 34, 92, 0, 10, 
	13, 32, 44, 0, 10, 13, 32, 34, 
	40, 41, 44, 45, 48, 57, 0, 10, 
	13, 32, 44, 48, 57, 0, 10, 13, 
	32, 44, 48, 57, 0, 10, 13, 32, 
	44, 0, 10, 13, 32, 34, 0, 10, 
	13, 66, 68, 0, 10, 13, 76, 0, 
	10, 13, 79, 0, 10, 13, 67, 0, 
	10, 13, 75, 0, 10, 13, 83, 0, 
	10, 13, 73, 0, 10, 13, 90, 0, 
	10, 13, 69, 0, 10, 13, 34, 0, 
	10, 13, 32, 44, 0, 10, 13, 32, 
	45, 48, 57, 0, 10, 13, 48, 57, 
	0, 10, 13, 32, 44, 48, 57, 0, 
	10, 13, 32, 44, 0, 10, 13, 85, 
	0, 10, 13, 82, 0, 10, 13, 65, 
	0, 10, 13, 84, 0, 10, 13, 73, 
	0, 10, 13, 79, 0, 10, 13, 78, 
	0, 10, 13, 34, 85, 92, 0, 10, 
	13, 34, 82, 92, 0, 10, 13, 34, 
	65, 92, 0, 10, 13, 34, 84, 92, 
	0, 10, 13, 34, 73, 92, 0, 10, 
	13, 34, 79, 92, 0, 10, 13, 34, 
	78, 92, 0, 10, 13, 34, 40, 41, 
	0, 10, 13, 34, 92, 0, 10, 13, 
	0, 10, 13, 83, 0, 10, 13, 58, 
	0, 10, 13, 32, 34, 40, 41, 44, 
	0, 10, 13, 44, 0, 10, 13, 32, 
	34, 40, 41, 44, 0, 10, 13, 32, 
	44, 0, 10, 13, 32, 44, 0, 10, 
	13, 34, 92, 0, 10, 13, 0, 10, 
	13, 0, 10, 13, 34, 40, 41, 0, 
	10, 13, 34, 92, 0, 10, 13, 0, 
	10, 13, 34, 92, 0, 10, 13, 32, 
	44, 0, 10, 13, 0, 10, 13, 34, 
	40, 41, 0, 10, 13, 34, 92, 0, 
	10, 13, 0, 10, 13, 69, 0, 10, 
	13, 82, 0, 10, 13, 58, 0, 10, 
	13, 32, 34, 40, 41, 44, 0, 10, 
	13, 32, 44, 0, 10, 13, 32, 44, 
	0, 10, 13, 34, 92, 0, 10, 13, 
	0, 10, 13, 0, 10, 13, 34, 40, 
	41, 0, 10, 13, 34, 92, 0, 10, 
	13, 0, 10, 13, 0, 10, 13, 81, 
	0, 10, 13, 84, 0, 10, 13, 84, 
	0, 10, 13, 65, 79, 80, 82, 83, 
	85, 0, 10, 13, 65, 85, 0, 10, 
	13, 66, 0, 10, 13, 58, 73, 0, 
	10, 13, 32, 45, 48, 57, 0, 10, 
	13, 48, 57, 0, 10, 13, 32, 44, 
	48, 57, 0, 10, 13, 32, 44, 0, 
	10, 13, 32, 45, 48, 57, 0, 10, 
	13, 48, 57, 0, 10, 13, 48, 57, 
	0, 10, 13, 67, 0, 10, 13, 86, 
	0, 10, 13, 66, 0, 10, 13, 73, 
	0, 10, 13, 78, 0, 10, 13, 58, 
	61, 0, 10, 13, 45, 48, 57, 0, 
	10, 13, 84, 85, 0, 10, 13, 66, 
	0, 10, 13, 58, 0, 10, 13, 32, 
	45, 48, 57, 0, 10, 13, 48, 57, 
	0, 10, 13, 32, 44, 48, 57, 0, 
	10, 13, 32, 44, 0, 10, 13, 32, 
	45, 48, 57, 0, 10, 13, 48, 57, 
	0, 10, 13, 48, 57, 0, 10, 13, 
	84, 116, 0, 10, 13, 43, 0, 10, 
	13, 67, 73, 77, 99, 105, 109, 0, 
	10, 13, 71, 103, 0, 10, 13, 77, 
	109, 0, 10, 13, 73, 77, 82, 105, 
	109, 114, 0, 10, 13, 0, 10, 13, 
	0, 10, 13, 0, 10, 13, 67, 68, 
	72, 76, 77, 79, 82, 99, 100, 104, 
	108, 109, 111, 114, 0, 10, 13, 79, 
	111, 0, 10, 13, 65, 97, 0, 10, 
	13, 80, 112, 0, 10, 13, 65, 79, 
	80, 82, 83, 97, 111, 112, 114, 115, 
	0, 10, 13, 82, 85, 114, 117, 0, 
	10, 13, 65, 97, 0, 10, 13, 61, 
	63, 0, 10, 13, 34, 63, 0, 10, 
	13, 84, 0, 10, 13, 73, 0, 10, 
	13, 77, 0, 10, 13, 69, 0, 10, 
	13, 79, 0, 10, 13, 85, 0, 10, 
	13, 84, 0, 10, 13, 34, 0, 10, 
	13, 32, 44, 0, 10, 13, 32, 45, 
	48, 57, 0, 10, 13, 48, 57, 0, 
	10, 13, 32, 44, 48, 57, 0, 10, 
	13, 32, 44, 0, 10, 13, 32, 34, 
	0, 10, 13, 0, 10, 13, 0, 10, 
	13, 84, 116, 0, 10, 13, 72, 104, 
	0, 10, 13, 61, 63, 0, 10, 13, 
	34, 63, 0, 10, 13, 34, 92, 0, 
	10, 13, 32, 44, 0, 10, 13, 32, 
	34, 0, 10, 13, 34, 92, 0, 10, 
	13, 32, 44, 0, 10, 13, 32, 44, 
	0, 10, 13, 32, 34, 0, 10, 13, 
	34, 92, 0, 10, 13, 32, 44, 0, 
	10, 13, 32, 44, 0, 10, 13, 32, 
	34, 0, 10, 13, 34, 92, 0, 10, 
	13, 32, 44, 0, 10, 13, 32, 44, 
	0, 10, 13, 32, 34, 0, 10, 13, 
	34, 92, 0, 10, 13, 32, 44, 0, 
	10, 13, 32, 44, 0, 10, 13, 32, 
	34, 0, 10, 13, 34, 92, 0, 10, 
	13, 32, 44, 0, 10, 13, 32, 44, 
	0, 10, 13, 32, 34, 0, 10, 13, 
	34, 92, 0, 10, 13, 32, 44, 0, 
	10, 13, 32, 44, 0, 10, 13, 32, 
	34, 0, 10, 13, 34, 92, 0, 10, 
	13, 0, 10, 13, 0, 10, 13, 0, 
	10, 13, 0, 10, 13, 0, 10, 13, 
	0, 10, 13, 0, 10, 13, 0, 10, 
	13, 0, 10, 13, 0, 10, 13, 0, 
	10, 13, 80, 112, 0, 10, 13, 69, 
	101, 0, 10, 13, 78, 110, 0, 10, 
	13, 61, 63, 0, 10, 13, 34, 63, 
	0, 10, 13, 34, 92, 0, 10, 13, 
	32, 44, 0, 10, 13, 32, 45, 48, 
	57, 0, 10, 13, 48, 57, 0, 10, 
	13, 48, 57, 0, 10, 13, 0, 10, 
	13, 0, 10, 13, 0, 10, 13, 65, 
	97, 0, 10, 13, 82, 114, 0, 10, 
	13, 67, 99, 0, 10, 13, 86, 118, 
	0, 10, 13, 66, 82, 98, 114, 0, 
	10, 13, 73, 105, 0, 10, 13, 78, 
	110, 0, 10, 13, 61, 63, 0, 10, 
	13, 63, 0, 10, 13, 0, 10, 13, 
	0, 10, 13, 83, 115, 0, 10, 13, 
	80, 112, 0, 10, 13, 61, 63, 0, 
	10, 13, 63, 0, 10, 13, 0, 10, 
	13, 0, 10, 13, 69, 101, 0, 10, 
	13, 78, 110, 0, 10, 13, 66, 68, 
	98, 100, 0, 10, 13, 73, 105, 0, 
	10, 13, 78, 110, 0, 10, 13, 61, 
	63, 0, 10, 13, 45, 63, 48, 57, 
	0, 10, 13, 48, 57, 0, 10, 13, 
	32, 44, 48, 57, 0, 10, 13, 32, 
	44, 0, 10, 13, 32, 34, 0, 10, 
	13, 34, 92, 0, 10, 13, 32, 44, 
	0, 10, 13, 32, 45, 48, 57, 0, 
	10, 13, 48, 57, 0, 10, 13, 48, 
	57, 0, 10, 13, 0, 10, 13, 0, 
	10, 13, 0, 10, 13, 66, 78, 82, 
	98, 110, 114, 0, 10, 13, 66, 98, 
	0, 10, 13, 73, 105, 0, 10, 13, 
	78, 110, 0, 10, 13, 61, 63, 0, 
	10, 13, 45, 63, 48, 57, 0, 10, 
	13, 48, 57, 0, 10, 13, 32, 44, 
	48, 57, 0, 10, 13, 32, 44, 0, 
	10, 13, 32, 34, 0, 10, 13, 34, 
	92, 0, 10, 13, 32, 44, 0, 10, 
	13, 32, 45, 48, 57, 0, 10, 13, 
	48, 57, 0, 10, 13, 48, 57, 0, 
	10, 13, 0, 10, 13, 0, 10, 13, 
	0, 10, 13, 69, 101, 0, 10, 13, 
	81, 113, 0, 10, 13, 61, 63, 78, 
	110, 0, 10, 13, 45, 63, 48, 57, 
	0, 10, 13, 48, 57, 0, 10, 13, 
	32, 44, 48, 57, 0, 10, 13, 32, 
	44, 0, 10, 13, 32, 34, 0, 10, 
	13, 34, 92, 0, 10, 13, 32, 44, 
	0, 10, 13, 32, 34, 0, 10, 13, 
	34, 92, 0, 10, 13, 32, 44, 0, 
	10, 13, 32, 44, 0, 10, 13, 32, 
	45, 48, 57, 0, 10, 13, 48, 57, 
	0, 10, 13, 32, 44, 48, 57, 0, 
	10, 13, 32, 44, 0, 10, 13, 32, 
	45, 48, 57, 0, 10, 13, 48, 57, 
	0, 10, 13, 48, 57, 0, 10, 13, 
	0, 10, 13, 0, 10, 13, 0, 10, 
	13, 0, 10, 13, 61, 63, 0, 10, 
	13, 45, 63, 48, 57, 0, 10, 13, 
	48, 57, 0, 10, 13, 32, 44, 48, 
	57, 0, 10, 13, 32, 44, 0, 10, 
	13, 32, 34, 0, 10, 13, 34, 92, 
	0, 10, 13, 32, 44, 0, 10, 13, 
	32, 34, 0, 10, 13, 34, 92, 0, 
	10, 13, 32, 44, 0, 10, 13, 32, 
	44, 0, 10, 13, 32, 45, 48, 57, 
	0, 10, 13, 48, 57, 0, 10, 13, 
	32, 44, 48, 57, 0, 10, 13, 32, 
	44, 0, 10, 13, 32, 45, 48, 57, 
	0, 10, 13, 48, 57, 0, 10, 13, 
	48, 57, 0, 10, 13, 0, 10, 13, 
	0, 10, 13, 0, 10, 13, 0, 10, 
	13, 69, 101, 0, 10, 13, 70, 102, 
	0, 10, 13, 65, 97, 0, 10, 13, 
	85, 117, 0, 10, 13, 76, 108, 0, 
	10, 13, 84, 116, 0, 10, 13, 61, 
	0, 10, 13, 63, 0, 10, 13, 0, 
	10, 13, 84, 116, 0, 10, 13, 84, 
	116, 0, 10, 13, 80, 83, 112, 115, 
	0, 10, 13, 65, 67, 68, 79, 80, 
	82, 83, 97, 99, 100, 111, 112, 114, 
	115, 0, 10, 13, 82, 85, 114, 117, 
	0, 10, 13, 65, 97, 0, 10, 13, 
	61, 63, 0, 10, 13, 34, 63, 0, 
	10, 13, 65, 75, 84, 0, 10, 13, 
	85, 0, 10, 13, 84, 0, 10, 13, 
	72, 0, 10, 13, 77, 0, 10, 13, 
	79, 0, 10, 13, 68, 0, 10, 13, 
	69, 0, 10, 13, 34, 0, 10, 13, 
	32, 44, 0, 10, 13, 32, 45, 48, 
	57, 0, 10, 13, 48, 57, 0, 10, 
	13, 32, 44, 48, 57, 0, 10, 13, 
	32, 44, 0, 10, 13, 32, 34, 0, 
	10, 13, 69, 0, 10, 13, 69, 0, 
	10, 13, 80, 0, 10, 13, 65, 0, 
	10, 13, 76, 0, 10, 13, 73, 0, 
	10, 13, 86, 0, 10, 13, 73, 0, 
	10, 13, 77, 0, 10, 13, 69, 0, 
	10, 13, 79, 0, 10, 13, 85, 0, 
	10, 13, 84, 0, 10, 13, 0, 10, 
	13, 0, 10, 13, 84, 116, 0, 10, 
	13, 72, 104, 0, 10, 13, 61, 63, 
	0, 10, 13, 34, 63, 0, 10, 13, 
	34, 92, 0, 10, 13, 32, 44, 0, 
	10, 13, 32, 34, 0, 10, 13, 34, 
	92, 0, 10, 13, 32, 44, 0, 10, 
	13, 32, 44, 0, 10, 13, 32, 34, 
	0, 10, 13, 34, 92, 0, 10, 13, 
	32, 44, 0, 10, 13, 32, 44, 0, 
	10, 13, 32, 34, 0, 10, 13, 34, 
	92, 0, 10, 13, 32, 44, 0, 10, 
	13, 32, 44, 0, 10, 13, 32, 34, 
	0, 10, 13, 34, 92, 0, 10, 13, 
	32, 44, 0, 10, 13, 32, 44, 0, 
	10, 13, 32, 34, 0, 10, 13, 34, 
	92, 0, 10, 13, 32, 44, 0, 10, 
	13, 32, 44, 0, 10, 13, 32, 34, 
	0, 10, 13, 34, 92, 0, 10, 13, 
	32, 44, 0, 10, 13, 32, 44, 0, 
	10, 13, 32, 34, 0, 10, 13, 34, 
	92, 0, 10, 13, 0, 10, 13, 0, 
	10, 13, 0, 10, 13, 0, 10, 13, 
	0, 10, 13, 0, 10, 13, 0, 10, 
	13, 0, 10, 13, 0, 10, 13, 0, 
	10, 13, 0, 10, 13, 82, 86, 114, 
	118, 0, 10, 13, 86, 118, 0, 10, 
	13, 82, 114, 0, 10, 13, 83, 115, 
	0, 10, 13, 80, 112, 0, 10, 13, 
	61, 63, 0, 10, 13, 63, 0, 10, 
	13, 0, 10, 13, 0, 10, 13, 66, 
	98, 0, 10, 13, 73, 105, 0, 10, 
	13, 78, 110, 0, 10, 13, 61, 63, 
	0, 10, 13, 63, 0, 10, 13, 0, 
	10, 13, 0, 10, 13, 73, 105, 0, 
	10, 13, 83, 115, 0, 10, 13, 67, 
	99, 0, 10, 13, 79, 111, 0, 10, 
	13, 78, 110, 0, 10, 13, 78, 110, 
	0, 10, 13, 61, 0, 10, 13, 63, 
	0, 10, 13, 0, 10, 13, 68, 80, 
	100, 112, 0, 10, 13, 69, 101, 0, 
	10, 13, 78, 110, 0, 10, 13, 61, 
	63, 0, 10, 13, 34, 63, 0, 10, 
	13, 34, 92, 0, 10, 13, 32, 44, 
	0, 10, 13, 32, 45, 48, 57, 0, 
	10, 13, 48, 57, 0, 10, 13, 48, 
	57, 0, 10, 13, 0, 10, 13, 0, 
	10, 13, 0, 10, 13, 65, 97, 0, 
	10, 13, 82, 114, 0, 10, 13, 67, 
	99, 0, 10, 13, 86, 118, 0, 10, 
	13, 66, 82, 98, 114, 0, 10, 13, 
	69, 101, 0, 10, 13, 78, 110, 0, 
	10, 13, 66, 68, 98, 100, 0, 10, 
	13, 73, 105, 0, 10, 13, 78, 110, 
	0, 10, 13, 61, 63, 0, 10, 13, 
	45, 63, 48, 57, 0, 10, 13, 48, 
	57, 0, 10, 13, 32, 44, 48, 57, 
	0, 10, 13, 32, 44, 0, 10, 13, 
	32, 34, 0, 10, 13, 34, 92, 0, 
	10, 13, 32, 44, 0, 10, 13, 32, 
	45, 48, 57, 0, 10, 13, 48, 57, 
	0, 10, 13, 48, 57, 0, 10, 13, 
	0, 10, 13, 0, 10, 13, 0, 10, 
	13, 61, 63, 66, 82, 98, 114, 0, 
	10, 13, 45, 63, 48, 57, 0, 10, 
	13, 48, 57, 0, 10, 13, 32, 44, 
	48, 57, 0, 10, 13, 32, 44, 0, 
	10, 13, 32, 34, 0, 10, 13, 34, 
	92, 0, 10, 13, 32, 44, 0, 10, 
	13, 32, 34, 0, 10, 13, 34, 92, 
	0, 10, 13, 0, 10, 13, 0, 10, 
	13, 0, 10, 13, 0, 10, 13, 0, 
	10, 13, 69, 101, 0, 10, 13, 81, 
	113, 0, 10, 13, 61, 63, 0, 10, 
	13, 45, 63, 48, 57, 0, 10, 13, 
	48, 57, 0, 10, 13, 32, 44, 48, 
	57, 0, 10, 13, 32, 44, 0, 10, 
	13, 32, 34, 0, 10, 13, 34, 92, 
	0, 10, 13, 32, 44, 0, 10, 13, 
	32, 34, 0, 10, 13, 34, 92, 0, 
	10, 13, 32, 44, 0, 10, 13, 32, 
	44, 0, 10, 13, 32, 45, 48, 57, 
	0, 10, 13, 48, 57, 0, 10, 13, 
	32, 44, 48, 57, 0, 10, 13, 32, 
	44, 0, 10, 13, 32, 45, 48, 57, 
	0, 10, 13, 48, 57, 0, 10, 13, 
	48, 57, 0, 10, 13, 0, 10, 13, 
	0, 10, 13, 0, 10, 13, 0, 10, 
	13, 69, 101, 0, 10, 13, 78, 110, 
	0, 10, 13, 68, 100, 0, 10, 13, 
	61, 63, 0, 10, 13, 79, 111, 0, 
	10, 13, 71, 103, 0, 10, 13, 76, 
	108, 0, 10, 13, 86, 118, 0, 10, 
	13, 76, 108, 0, 10, 13, 61, 63, 
	0, 10, 13, 45, 63, 48, 57, 0, 
	10, 13, 48, 57, 0, 10, 13, 48, 
	57, 0, 10, 13, 0, 10, 13, 0, 
	10, 13, 81, 113, 0, 10, 13, 84, 
	116, 0, 10, 13, 84, 116, 0, 10, 
	13, 65, 67, 68, 77, 79, 80, 82, 
	83, 84, 85, 97, 99, 100, 109, 111, 
	112, 114, 115, 116, 117, 0, 10, 13, 
	85, 117, 0, 10, 13, 84, 116, 0, 
	10, 13, 72, 104, 0, 10, 13, 61, 
	63, 0, 10, 13, 34, 63, 0, 10, 
	13, 34, 92, 0, 10, 13, 32, 44, 
	0, 10, 13, 32, 34, 0, 10, 13, 
	34, 92, 0, 10, 13, 32, 44, 0, 
	10, 13, 32, 44, 0, 10, 13, 32, 
	34, 0, 10, 13, 34, 92, 0, 10, 
	13, 32, 44, 0, 10, 13, 32, 44, 
	0, 10, 13, 32, 34, 0, 10, 13, 
	34, 92, 0, 10, 13, 32, 44, 0, 
	10, 13, 32, 44, 0, 10, 13, 32, 
	34, 0, 10, 13, 34, 92, 0, 10, 
	13, 32, 44, 0, 10, 13, 32, 44, 
	0, 10, 13, 32, 34, 0, 10, 13, 
	34, 92, 0, 10, 13, 32, 44, 0, 
	10, 13, 32, 44, 0, 10, 13, 32, 
	34, 0, 10, 13, 34, 92, 0, 10, 
	13, 32, 44, 0, 10, 13, 32, 44, 
	0, 10, 13, 32, 34, 0, 10, 13, 
	34, 92, 0, 10, 13, 0, 10, 13, 
	0, 10, 13, 0, 10, 13, 0, 10, 
	13, 0, 10, 13, 0, 10, 13, 0, 
	10, 13, 0, 10, 13, 0, 10, 13, 
	0, 10, 13, 0, 10, 13, 79, 111, 
	0, 10, 13, 78, 110, 0, 10, 13, 
	78, 110, 0, 10, 13, 61, 0, 10, 
	13, 63, 0, 10, 13, 0, 10, 13, 
	66, 73, 98, 105, 0, 10, 13, 71, 
	103, 0, 10, 13, 80, 112, 0, 10, 
	13, 65, 97, 0, 10, 13, 82, 114, 
	0, 10, 13, 65, 97, 0, 10, 13, 
	61, 63, 0, 10, 13, 34, 63, 0, 
	10, 13, 80, 0, 10, 13, 73, 0, 
	10, 13, 78, 0, 10, 13, 71, 0, 
	10, 13, 82, 0, 10, 13, 83, 0, 
	10, 13, 80, 0, 10, 13, 34, 0, 
	10, 13, 32, 44, 0, 10, 13, 32, 
	45, 48, 57, 0, 10, 13, 48, 57, 
	0, 10, 13, 32, 44, 48, 57, 0, 
	10, 13, 32, 44, 0, 10, 13, 32, 
	34, 0, 10, 13, 0, 10, 13, 0, 
	10, 13, 83, 115, 0, 10, 13, 67, 
	99, 0, 10, 13, 79, 111, 0, 10, 
	13, 78, 110, 0, 10, 13, 78, 110, 
	0, 10, 13, 61, 0, 10, 13, 63, 
	0, 10, 13, 0, 10, 13, 79, 111, 
	0, 10, 13, 68, 100, 0, 10, 13, 
	69, 101, 0, 10, 13, 61, 63, 0, 
	10, 13, 45, 63, 48, 57, 0, 10, 
	13, 48, 57, 0, 10, 13, 48, 57, 
	0, 10, 13, 0, 10, 13, 0, 10, 
	13, 80, 112, 0, 10, 13, 69, 101, 
	0, 10, 13, 78, 110, 0, 10, 13, 
	61, 63, 0, 10, 13, 34, 63, 0, 
	10, 13, 34, 92, 0, 10, 13, 32, 
	44, 0, 10, 13, 32, 45, 48, 57, 
	0, 10, 13, 48, 57, 0, 10, 13, 
	48, 57, 0, 10, 13, 0, 10, 13, 
	0, 10, 13, 0, 10, 13, 65, 73, 
	85, 97, 105, 117, 0, 10, 13, 82, 
	114, 0, 10, 13, 65, 97, 0, 10, 
	13, 61, 63, 0, 10, 13, 34, 63, 
	0, 10, 13, 65, 67, 75, 84, 86, 
	0, 10, 13, 85, 0, 10, 13, 84, 
	0, 10, 13, 72, 0, 10, 13, 77, 
	0, 10, 13, 79, 0, 10, 13, 68, 
	0, 10, 13, 69, 0, 10, 13, 34, 
	0, 10, 13, 32, 44, 0, 10, 13, 
	32, 45, 48, 57, 0, 10, 13, 48, 
	57, 0, 10, 13, 32, 44, 48, 57, 
	0, 10, 13, 32, 44, 0, 10, 13, 
	32, 34, 0, 10, 13, 76, 0, 10, 
	13, 69, 0, 10, 13, 65, 0, 10, 
	13, 78, 0, 10, 13, 69, 0, 10, 
	13, 69, 0, 10, 13, 80, 0, 10, 
	13, 65, 0, 10, 13, 76, 0, 10, 
	13, 73, 0, 10, 13, 86, 0, 10, 
	13, 73, 0, 10, 13, 77, 0, 10, 
	13, 69, 0, 10, 13, 79, 0, 10, 
	13, 85, 0, 10, 13, 84, 0, 10, 
	13, 69, 0, 10, 13, 82, 0, 10, 
	13, 83, 0, 10, 13, 73, 0, 10, 
	13, 79, 0, 10, 13, 78, 0, 10, 
	13, 34, 0, 10, 13, 32, 44, 0, 
	10, 13, 32, 34, 0, 10, 13, 51, 
	0, 10, 13, 46, 0, 10, 13, 49, 
	0, 10, 13, 34, 46, 0, 10, 13, 
	32, 44, 0, 10, 13, 49, 0, 10, 
	13, 34, 0, 10, 13, 0, 10, 13, 
	0, 10, 13, 78, 110, 0, 10, 13, 
	71, 103, 0, 10, 13, 82, 114, 0, 
	10, 13, 83, 115, 0, 10, 13, 80, 
	112, 0, 10, 13, 61, 0, 10, 13, 
	63, 0, 10, 13, 0, 10, 13, 66, 
	98, 0, 10, 13, 61, 63, 73, 105, 
	0, 10, 13, 34, 63, 0, 10, 13, 
	34, 92, 0, 10, 13, 32, 44, 0, 
	10, 13, 32, 45, 48, 57, 0, 10, 
	13, 48, 57, 0, 10, 13, 32, 44, 
	48, 57, 0, 10, 13, 32, 44, 0, 
	10, 13, 32, 34, 0, 10, 13, 34, 
	92, 0, 10, 13, 32, 44, 0, 10, 
	13, 32, 44, 0, 10, 13, 32, 45, 
	48, 57, 0, 10, 13, 48, 57, 0, 
	10, 13, 32, 44, 48, 57, 0, 10, 
	13, 32, 44, 0, 10, 13, 32, 45, 
	48, 57, 0, 10, 13, 48, 57, 0, 
	10, 13, 48, 57, 0, 10, 13, 0, 
	10, 13, 0, 10, 13, 0, 10, 13, 
	0, 10, 13, 78, 110, 0, 10, 13, 
	61, 63, 0, 10, 13, 34, 63, 0, 
	10, 13, 34, 92, 0, 10, 13, 32, 
	44, 0, 10, 13, 32, 45, 48, 57, 
	0, 10, 13, 48, 57, 0, 10, 13, 
	32, 44, 48, 57, 0, 10, 13, 32, 
	44, 0, 10, 13, 32, 45, 48, 57, 
	0, 10, 13, 48, 57, 0, 10, 13, 
	48, 57, 0, 10, 13, 0, 10, 13, 
	0, 10, 13, 0, 10, 13, 67, 99, 
	0, 10, 13, 86, 118, 0, 10, 13, 
	80, 112, 0, 10, 13, 85, 117, 0, 
	10, 13, 66, 98, 0, 10, 13, 61, 
	63, 73, 105, 0, 10, 13, 63, 0, 
	10, 13, 0, 10, 13, 0, 10, 13, 
	78, 110, 0, 10, 13, 61, 63, 0, 
	10, 13, 63, 0, 10, 13, 0, 10, 
	13, 0, 10, 13, 84, 85, 116, 117, 
	0, 10, 13, 65, 97, 0, 10, 13, 
	84, 116, 0, 10, 13, 69, 101, 0, 
	10, 13, 61, 63, 0, 10, 13, 63, 
	0, 10, 13, 0, 10, 13, 0, 10, 
	13, 66, 98, 0, 10, 13, 61, 63, 
	0, 10, 13, 34, 63, 0, 10, 13, 
	34, 92, 0, 10, 13, 32, 44, 0, 
	10, 13, 32, 45, 48, 57, 0, 10, 
	13, 48, 57, 0, 10, 13, 48, 57, 
	0, 10, 13, 0, 10, 13, 0, 10, 
	13, 0, 10, 13, 82, 114, 0, 10, 
	13, 78, 110, 0, 10, 13, 83, 115, 
	0, 10, 13, 85, 117, 0, 10, 13, 
	66, 98, 0, 10, 13, 61, 63, 0, 
	10, 13, 34, 63, 0, 10, 13, 34, 
	92, 0, 10, 13, 0, 10, 13, 0, 
	10, 13, 0, 10, 13, 0, 10, 13, 
	84, 116, 0, 10, 13, 65, 97, 0, 
	10, 13, 66, 78, 80, 86, 98, 110, 
	112, 118, 0, 10, 13, 76, 79, 108, 
	111, 0, 10, 13, 79, 111, 0, 10, 
	13, 67, 99, 0, 10, 13, 75, 107, 
	0, 10, 13, 61, 0, 10, 13, 45, 
	63, 48, 57, 0, 10, 13, 48, 57, 
	0, 10, 13, 48, 57, 0, 10, 13, 
	0, 10, 13, 82, 114, 0, 10, 13, 
	84, 116, 0, 10, 13, 61, 0, 10, 
	13, 63, 0, 10, 13, 0, 10, 13, 
	69, 101, 0, 10, 13, 87, 119, 0, 
	10, 13, 86, 118, 0, 10, 13, 69, 
	101, 0, 10, 13, 82, 114, 0, 10, 
	13, 61, 63, 0, 10, 13, 63, 0, 
	10, 13, 0, 10, 13, 0, 10, 13, 
	65, 71, 97, 103, 0, 10, 13, 82, 
	114, 0, 10, 13, 65, 97, 0, 10, 
	13, 61, 63, 0, 10, 13, 34, 63, 
	0, 10, 13, 66, 68, 0, 10, 13, 
	76, 0, 10, 13, 79, 0, 10, 13, 
	67, 0, 10, 13, 75, 0, 10, 13, 
	83, 0, 10, 13, 73, 0, 10, 13, 
	90, 0, 10, 13, 69, 0, 10, 13, 
	34, 0, 10, 13, 32, 44, 0, 10, 
	13, 32, 45, 48, 57, 0, 10, 13, 
	48, 57, 0, 10, 13, 32, 44, 48, 
	57, 0, 10, 13, 32, 44, 0, 10, 
	13, 32, 34, 0, 10, 13, 85, 0, 
	10, 13, 82, 0, 10, 13, 65, 0, 
	10, 13, 84, 0, 10, 13, 73, 0, 
	10, 13, 79, 0, 10, 13, 78, 0, 
	10, 13, 0, 10, 13, 0, 10, 13, 
	83, 115, 0, 10, 13, 61, 0, 10, 
	13, 45, 63, 48, 57, 0, 10, 13, 
	48, 57, 0, 10, 13, 32, 44, 48, 
	57, 0, 10, 13, 32, 44, 0, 10, 
	13, 32, 34, 0, 10, 13, 34, 92, 
	0, 10, 13, 0, 10, 13, 0, 10, 
	13, 0, 10, 13, 69, 101, 0, 10, 
	13, 82, 114, 0, 10, 13, 61, 63, 
	0, 10, 13, 34, 63, 0, 10, 13, 
	34, 92, 0, 10, 13, 0, 10, 13, 
	0, 10, 13, 0, 10, 13, 0, 10, 
	13, 69, 101, 0, 10, 13, 66, 98, 
	0, 10, 13, 79, 111, 0, 10, 13, 
	79, 111, 0, 10, 13, 84, 116, 0, 
	10, 13, 61, 0, 10, 13, 45, 63, 
	48, 57, 0, 10, 13, 48, 57, 0, 
	10, 13, 48, 57, 0, 10, 13, 0, 
	10, 13, 81, 113, 0, 10, 13, 84, 
	116, 0, 10, 13, 84, 116, 0, 10, 
	13, 65, 67, 68, 77, 79, 80, 83, 
	85, 97, 99, 100, 109, 111, 112, 115, 
	117, 0, 10, 13, 73, 105, 0, 10, 
	13, 65, 85, 97, 117, 0, 10, 13, 
	82, 0, 10, 13, 82, 0, 10, 13, 
	79, 0, 10, 13, 82, 0, 10, 13, 
	0, 10, 13, 75, 0, 10, 13, 10, 
	13, 0, 10, 13, 43, 62, 65, 69, 
	79, 97, 0
};

static const char _atc_ica_single_lengths[] = {
	0, 3, 6, 4, 4, 4, 4, 4, 
	4, 4, 4, 4, 5, 3, 3, 8, 
	4, 4, 4, 8, 5, 4, 4, 8, 
	4, 8, 5, 5, 5, 3, 3, 6, 
	5, 3, 6, 5, 5, 3, 6, 6, 
	6, 6, 6, 6, 5, 5, 9, 5, 
	5, 5, 5, 4, 4, 4, 4, 4, 
	4, 4, 4, 5, 5, 3, 5, 5, 
	6, 5, 3, 4, 4, 4, 10, 4, 
	8, 5, 5, 8, 5, 5, 8, 5, 
	5, 8, 5, 5, 8, 5, 5, 8, 
	5, 5, 8, 5, 5, 5, 3, 3, 
	6, 5, 3, 5, 5, 5, 3, 6, 
	5, 3, 5, 5, 5, 3, 6, 5, 
	3, 5, 5, 5, 3, 6, 5, 3, 
	5, 5, 5, 3, 6, 5, 3, 5, 
	5, 5, 3, 6, 5, 3, 5, 5, 
	5, 3, 6, 5, 3, 5, 5, 8, 
	5, 5, 5, 8, 5, 5, 5, 8, 
	5, 5, 5, 8, 5, 5, 5, 8, 
	5, 5, 5, 8, 5, 5, 5, 8, 
	5, 3, 3, 3, 3, 3, 3, 3, 
	3, 3, 6, 5, 3, 5, 5, 5, 
	5, 4, 5, 4, 4, 4, 4, 4, 
	8, 4, 8, 5, 5, 5, 3, 3, 
	6, 5, 3, 5, 5, 9, 5, 5, 
	3, 6, 5, 3, 5, 4, 4, 4, 
	4, 5, 4, 4, 5, 5, 3, 5, 
	5, 6, 5, 5, 5, 3, 3, 3, 
	3, 3, 4, 4, 4, 5, 5, 3, 
	5, 5, 6, 5, 5, 5, 3, 5, 
	5, 5, 5, 5, 5, 5, 3, 5, 
	5, 5, 3, 3, 3, 3, 3, 5, 
	5, 5, 5, 5, 5, 5, 3, 5, 
	5, 5, 3, 3, 3, 4, 4, 4, 
	5, 4, 4, 4, 9, 4, 8, 4, 
	8, 5, 5, 5, 3, 3, 6, 5, 
	3, 5, 5, 3, 6, 5, 3, 5, 
	5, 3, 6, 5, 3, 4, 5, 5, 
	9, 5, 5, 9, 5, 5, 3, 4, 
	4, 6, 4, 4, 4, 4, 9, 4, 
	8, 4, 8, 5, 5, 5, 3, 3, 
	6, 5, 3, 5, 5, 3, 6, 5, 
	3, 5, 5, 3, 6, 5, 3, 4, 
	5, 5, 8, 5, 5, 9, 5, 5, 
	3, 4, 4, 5, 9, 4, 8, 4, 
	8, 4, 8, 4, 8, 5, 5, 5, 
	3, 3, 6, 5, 3, 5, 5, 3, 
	6, 5, 3, 5, 5, 3, 6, 5, 
	3, 5, 5, 3, 6, 5, 3, 5, 
	5, 3, 6, 5, 3, 4, 5, 5, 
	9, 5, 5, 8, 5, 5, 5, 9, 
	4, 5, 5, 9, 5, 5, 3, 3, 
	4, 4, 4, 9, 4, 8, 4, 8, 
	4, 8, 4, 8, 5, 5, 5, 3, 
	3, 6, 5, 3, 5, 5, 3, 6, 
	5, 3, 5, 5, 3, 6, 5, 3, 
	5, 5, 3, 6, 5, 3, 5, 5, 
	3, 6, 5, 3, 4, 5, 5, 8, 
	5, 5, 8, 5, 5, 5, 9, 4, 
	5, 5, 9, 5, 5, 3, 3, 4, 
	4, 5, 9, 5, 4, 4, 8, 4, 
	8, 5, 5, 5, 3, 3, 6, 5, 
	3, 8, 5, 5, 3, 6, 6, 6, 
	6, 6, 6, 6, 5, 5, 9, 5, 
	5, 5, 5, 6, 4, 4, 4, 4, 
	4, 4, 4, 4, 5, 5, 3, 5, 
	5, 4, 4, 4, 4, 4, 4, 4, 
	4, 4, 4, 4, 4, 4, 6, 6, 
	6, 6, 6, 6, 6, 6, 6, 6, 
	6, 6, 6, 6, 5, 3, 4, 4, 
	4, 10, 4, 8, 5, 5, 8, 5, 
	5, 8, 5, 5, 8, 5, 5, 8, 
	5, 5, 8, 5, 5, 8, 5, 5, 
	5, 3, 3, 6, 5, 3, 5, 5, 
	5, 3, 6, 5, 3, 5, 5, 5, 
	3, 6, 5, 3, 5, 5, 5, 3, 
	6, 5, 3, 5, 5, 5, 3, 6, 
	5, 3, 5, 5, 5, 3, 6, 5, 
	3, 5, 5, 5, 3, 6, 5, 3, 
	5, 5, 8, 5, 5, 5, 8, 5, 
	5, 5, 8, 5, 5, 5, 8, 5, 
	5, 5, 8, 5, 5, 5, 8, 5, 
	5, 5, 8, 5, 3, 3, 3, 3, 
	3, 3, 3, 3, 3, 6, 5, 3, 
	5, 5, 5, 5, 4, 5, 4, 5, 
	4, 4, 4, 4, 5, 5, 3, 5, 
	5, 5, 3, 5, 5, 5, 5, 5, 
	5, 3, 5, 5, 5, 5, 5, 5, 
	5, 3, 5, 5, 5, 3, 3, 3, 
	3, 4, 4, 4, 4, 5, 5, 3, 
	5, 5, 5, 3, 5, 5, 5, 5, 
	5, 5, 3, 3, 3, 4, 4, 4, 
	4, 4, 8, 4, 8, 5, 5, 5, 
	3, 3, 6, 5, 3, 5, 5, 9, 
	5, 5, 3, 6, 5, 3, 5, 4, 
	4, 4, 4, 5, 4, 4, 4, 4, 
	4, 4, 4, 4, 5, 4, 4, 4, 
	9, 4, 8, 4, 8, 5, 5, 5, 
	3, 3, 6, 5, 3, 5, 5, 3, 
	6, 5, 3, 5, 5, 3, 6, 5, 
	3, 4, 5, 5, 8, 5, 5, 9, 
	5, 5, 3, 6, 9, 4, 8, 4, 
	8, 5, 5, 5, 3, 3, 6, 5, 
	3, 5, 5, 3, 6, 5, 3, 5, 
	5, 3, 6, 5, 3, 4, 5, 5, 
	9, 5, 5, 8, 5, 3, 3, 3, 
	4, 5, 5, 8, 5, 3, 3, 4, 
	4, 4, 9, 4, 8, 4, 8, 4, 
	8, 4, 8, 5, 5, 5, 3, 3, 
	6, 5, 3, 5, 5, 3, 6, 5, 
	3, 5, 5, 3, 6, 5, 3, 5, 
	5, 3, 6, 5, 3, 5, 5, 3, 
	6, 5, 3, 4, 5, 5, 8, 5, 
	5, 8, 5, 5, 5, 9, 4, 5, 
	5, 9, 5, 5, 3, 3, 4, 4, 
	4, 4, 4, 4, 4, 4, 4, 4, 
	9, 5, 5, 5, 3, 3, 6, 5, 
	3, 5, 5, 4, 4, 4, 12, 4, 
	4, 4, 4, 10, 4, 8, 5, 5, 
	8, 5, 5, 8, 5, 5, 8, 5, 
	5, 8, 5, 5, 8, 5, 5, 8, 
	5, 5, 5, 3, 3, 6, 5, 3, 
	5, 5, 5, 3, 6, 5, 3, 5, 
	5, 5, 3, 6, 5, 3, 5, 5, 
	5, 3, 6, 5, 3, 5, 5, 5, 
	3, 6, 5, 3, 5, 5, 5, 3, 
	6, 5, 3, 5, 5, 5, 3, 6, 
	5, 3, 5, 5, 8, 5, 5, 5, 
	8, 5, 5, 5, 8, 5, 5, 5, 
	8, 5, 5, 5, 8, 5, 5, 5, 
	8, 5, 5, 5, 8, 5, 3, 3, 
	3, 3, 3, 3, 3, 3, 3, 6, 
	5, 3, 5, 5, 5, 5, 4, 5, 
	4, 4, 4, 4, 4, 4, 4, 4, 
	8, 4, 8, 5, 5, 5, 3, 3, 
	6, 5, 3, 6, 5, 5, 3, 6, 
	6, 6, 6, 6, 6, 5, 5, 9, 
	5, 5, 5, 5, 4, 4, 4, 4, 
	4, 4, 4, 4, 5, 5, 3, 5, 
	5, 6, 5, 3, 4, 4, 4, 4, 
	9, 5, 5, 5, 3, 3, 6, 5, 
	3, 5, 5, 4, 4, 4, 4, 8, 
	4, 8, 5, 5, 5, 3, 3, 6, 
	5, 3, 5, 5, 9, 5, 5, 3, 
	6, 5, 3, 5, 6, 4, 4, 4, 
	8, 4, 8, 5, 5, 5, 3, 3, 
	6, 5, 3, 10, 5, 5, 3, 6, 
	6, 6, 6, 6, 6, 6, 5, 5, 
	9, 5, 5, 5, 5, 8, 4, 4, 
	4, 4, 4, 4, 4, 4, 5, 5, 
	3, 5, 5, 4, 4, 4, 4, 4, 
	4, 4, 4, 4, 4, 4, 4, 4, 
	4, 4, 4, 4, 4, 4, 4, 4, 
	4, 4, 4, 5, 5, 4, 4, 4, 
	5, 5, 4, 4, 6, 6, 6, 6, 
	6, 6, 6, 6, 6, 6, 6, 6, 
	6, 6, 6, 6, 6, 6, 6, 6, 
	6, 6, 6, 5, 5, 8, 6, 6, 
	6, 6, 5, 6, 5, 6, 5, 3, 
	4, 4, 4, 4, 4, 3, 4, 5, 
	9, 4, 8, 4, 8, 4, 8, 4, 
	8, 5, 5, 5, 3, 3, 6, 5, 
	3, 5, 5, 3, 6, 5, 3, 5, 
	5, 3, 6, 5, 3, 5, 5, 3, 
	6, 5, 3, 5, 5, 9, 4, 5, 
	5, 8, 5, 5, 5, 9, 4, 5, 
	5, 9, 5, 5, 3, 3, 6, 5, 
	3, 5, 4, 5, 5, 9, 4, 4, 
	4, 4, 9, 4, 8, 4, 8, 5, 
	5, 5, 3, 3, 6, 5, 3, 5, 
	5, 3, 6, 5, 3, 5, 5, 9, 
	4, 5, 5, 9, 5, 5, 3, 6, 
	5, 3, 5, 4, 5, 5, 9, 4, 
	4, 4, 4, 4, 4, 4, 5, 5, 
	3, 5, 5, 5, 5, 5, 5, 3, 
	5, 5, 5, 5, 5, 5, 5, 3, 
	5, 5, 5, 3, 3, 3, 3, 4, 
	4, 5, 3, 5, 5, 5, 5, 5, 
	5, 3, 3, 3, 5, 4, 4, 4, 
	4, 5, 3, 3, 4, 4, 9, 4, 
	8, 5, 5, 5, 3, 3, 6, 5, 
	3, 5, 5, 9, 5, 5, 3, 6, 
	5, 3, 5, 4, 5, 5, 9, 5, 
	5, 4, 4, 4, 4, 4, 4, 6, 
	4, 4, 4, 4, 4, 4, 9, 5, 
	5, 5, 3, 3, 6, 5, 3, 3, 
	5, 5, 5, 5, 3, 3, 4, 4, 
	7, 4, 4, 4, 4, 5, 5, 5, 
	3, 3, 4, 4, 4, 4, 4, 5, 
	5, 5, 5, 5, 3, 5, 5, 5, 
	5, 3, 3, 3, 4, 5, 4, 4, 
	4, 8, 4, 8, 5, 5, 5, 3, 
	3, 6, 5, 3, 7, 5, 5, 3, 
	6, 6, 6, 6, 6, 6, 6, 6, 
	5, 5, 9, 5, 5, 5, 5, 5, 
	4, 4, 4, 4, 4, 4, 4, 4, 
	4, 5, 5, 3, 5, 5, 4, 4, 
	4, 4, 4, 4, 4, 6, 6, 6, 
	6, 6, 6, 6, 6, 5, 3, 4, 
	4, 8, 4, 8, 5, 5, 5, 3, 
	3, 6, 5, 3, 5, 5, 3, 6, 
	5, 3, 4, 4, 4, 8, 5, 5, 
	5, 3, 3, 6, 5, 3, 3, 4, 
	4, 4, 9, 5, 4, 5, 5, 3, 
	5, 5, 5, 3, 3, 4, 4, 4, 
	4, 4, 5, 4, 5, 4, 4, 5, 
	3, 5, 5, 5, 3, 3, 5, 4, 
	9, 5, 5, 9, 3, 3, 3, 17, 
	5, 5, 5, 13, 7, 5, 5, 5, 
	4, 4, 4, 4, 4, 4, 4, 4, 
	5, 5, 3, 5, 5, 5, 3, 3, 
	5, 5, 5, 5, 5, 5, 5, 5, 
	5, 5, 5, 5, 5, 5, 5, 5, 
	5, 5, 5, 5, 5, 5, 5, 5, 
	5, 5, 5, 5, 5, 5, 5, 5, 
	3, 3, 3, 3, 3, 3, 3, 3, 
	3, 3, 3, 5, 5, 5, 5, 5, 
	5, 5, 5, 3, 3, 3, 3, 3, 
	5, 5, 5, 5, 7, 5, 5, 5, 
	4, 3, 3, 5, 5, 5, 4, 3, 
	3, 5, 5, 7, 5, 5, 5, 5, 
	3, 5, 5, 5, 5, 5, 5, 3, 
	3, 3, 3, 3, 9, 5, 5, 5, 
	5, 5, 3, 5, 5, 5, 5, 5, 
	5, 3, 3, 3, 3, 3, 5, 5, 
	7, 5, 3, 5, 5, 5, 5, 5, 
	5, 5, 5, 5, 5, 3, 5, 5, 
	5, 3, 3, 3, 3, 3, 3, 5, 
	5, 3, 5, 5, 5, 5, 5, 5, 
	5, 5, 5, 5, 3, 5, 5, 5, 
	3, 3, 3, 3, 3, 3, 5, 5, 
	5, 5, 5, 5, 4, 4, 3, 5, 
	5, 7, 17, 7, 5, 5, 5, 6, 
	4, 4, 4, 4, 4, 4, 4, 4, 
	5, 5, 3, 5, 5, 5, 4, 4, 
	4, 4, 4, 4, 4, 4, 4, 4, 
	4, 4, 4, 3, 3, 5, 5, 5, 
	5, 5, 5, 5, 5, 5, 5, 5, 
	5, 5, 5, 5, 5, 5, 5, 5, 
	5, 5, 5, 5, 5, 5, 5, 5, 
	5, 5, 5, 5, 5, 3, 3, 3, 
	3, 3, 3, 3, 3, 3, 3, 3, 
	7, 5, 5, 5, 5, 5, 4, 3, 
	3, 5, 5, 5, 5, 4, 3, 3, 
	5, 5, 5, 5, 5, 5, 4, 4, 
	3, 7, 5, 5, 5, 5, 5, 5, 
	5, 3, 3, 3, 3, 3, 5, 5, 
	5, 5, 7, 5, 5, 7, 5, 5, 
	5, 5, 3, 5, 5, 5, 5, 5, 
	5, 3, 3, 3, 3, 3, 9, 5, 
	3, 5, 5, 5, 5, 5, 5, 5, 
	3, 3, 3, 3, 3, 5, 5, 5, 
	5, 3, 5, 5, 5, 5, 5, 5, 
	5, 5, 5, 5, 3, 5, 5, 5, 
	3, 3, 3, 3, 3, 3, 5, 5, 
	5, 5, 5, 5, 5, 5, 5, 5, 
	5, 3, 3, 3, 3, 5, 5, 5, 
	23, 5, 5, 5, 5, 5, 5, 5, 
	5, 5, 5, 5, 5, 5, 5, 5, 
	5, 5, 5, 5, 5, 5, 5, 5, 
	5, 5, 5, 5, 5, 5, 5, 5, 
	5, 5, 3, 3, 3, 3, 3, 3, 
	3, 3, 3, 3, 3, 5, 5, 5, 
	4, 4, 3, 7, 5, 5, 5, 5, 
	5, 5, 5, 4, 4, 4, 4, 4, 
	4, 4, 4, 5, 5, 3, 5, 5, 
	5, 3, 3, 5, 5, 5, 5, 5, 
	4, 4, 3, 5, 5, 5, 5, 5, 
	3, 3, 3, 3, 5, 5, 5, 5, 
	5, 5, 5, 5, 3, 3, 3, 3, 
	3, 9, 5, 5, 5, 5, 8, 4, 
	4, 4, 4, 4, 4, 4, 4, 5, 
	5, 3, 5, 5, 5, 4, 4, 4, 
	4, 4, 4, 4, 4, 4, 4, 4, 
	4, 4, 4, 4, 4, 4, 4, 4, 
	4, 4, 4, 4, 4, 5, 5, 4, 
	4, 4, 5, 5, 4, 4, 3, 3, 
	5, 5, 5, 5, 5, 4, 4, 3, 
	5, 7, 5, 5, 5, 5, 3, 5, 
	5, 5, 5, 5, 5, 5, 3, 5, 
	5, 5, 3, 3, 3, 3, 3, 3, 
	5, 5, 5, 5, 5, 5, 3, 5, 
	5, 5, 3, 3, 3, 3, 3, 5, 
	5, 5, 5, 5, 7, 4, 3, 3, 
	5, 5, 4, 3, 3, 7, 5, 5, 
	5, 5, 4, 3, 3, 5, 5, 5, 
	5, 5, 5, 3, 3, 3, 3, 3, 
	5, 5, 5, 5, 5, 5, 5, 5, 
	3, 3, 3, 3, 5, 5, 11, 7, 
	5, 5, 5, 4, 5, 3, 3, 3, 
	5, 5, 4, 4, 3, 5, 5, 5, 
	5, 5, 5, 4, 3, 3, 7, 5, 
	5, 5, 5, 5, 4, 4, 4, 4, 
	4, 4, 4, 4, 4, 5, 5, 3, 
	5, 5, 5, 4, 4, 4, 4, 4, 
	4, 4, 3, 3, 5, 4, 5, 3, 
	5, 5, 5, 5, 3, 3, 3, 5, 
	5, 5, 5, 5, 3, 3, 3, 3, 
	5, 5, 5, 5, 5, 4, 5, 3, 
	3, 3, 5, 5, 5, 19, 5, 7, 
	4, 4, 4, 4, 3, 4, 3, 2, 
	9, 0
};

static const char _atc_ica_range_lengths[] = {
	0, 0, 0, 0, 0, 0, 0, 0, 
	0, 0, 0, 0, 1, 1, 1, 0, 
	0, 0, 0, 0, 0, 0, 0, 0, 
	0, 0, 0, 0, 0, 0, 0, 0, 
	0, 0, 0, 0, 0, 0, 0, 0, 
	0, 0, 0, 0, 0, 0, 1, 1, 
	1, 0, 0, 0, 0, 0, 0, 0, 
	0, 0, 0, 0, 1, 1, 1, 0, 
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
	0, 0, 0, 0, 0, 1, 1, 1, 
	0, 0, 0, 0, 0, 0, 0, 0, 
	0, 0, 0, 0, 0, 1, 1, 1, 
	0, 1, 0, 0, 1, 1, 1, 0, 
	1, 1, 1, 0, 0, 0, 1, 1, 
	1, 0, 1, 0, 0, 1, 1, 1, 
	0, 0, 0, 0, 0, 1, 1, 1, 
	0, 1, 1, 1, 0, 0, 1, 1, 
	0, 0, 0, 0, 0, 1, 1, 1, 
	0, 1, 1, 1, 0, 1, 0, 0, 
	0, 0, 0, 0, 1, 0, 0, 0, 
	0, 0, 0, 0, 0, 0, 0, 0, 
	0, 0, 0, 0, 0, 0, 0, 0, 
	0, 0, 0, 0, 0, 1, 1, 0, 
	1, 0, 0, 1, 1, 1, 0, 1, 
	1, 0, 0, 0, 0, 0, 1, 0, 
	0, 0, 0, 0, 0, 0, 0, 0, 
	0, 0, 0, 0, 0, 0, 0, 0, 
	0, 0, 0, 0, 0, 0, 0, 1, 
	1, 0, 0, 0, 0, 1, 1, 1, 
	0, 0, 0, 0, 1, 0, 0, 0, 
	0, 0, 0, 0, 0, 0, 0, 0, 
	0, 0, 0, 0, 0, 0, 0, 0, 
	0, 0, 0, 0, 0, 0, 0, 0, 
	0, 0, 0, 0, 0, 0, 0, 0, 
	0, 0, 0, 0, 0, 1, 1, 0, 
	1, 0, 0, 0, 0, 0, 0, 1, 
	1, 1, 0, 1, 1, 1, 0, 0, 
	1, 1, 0, 1, 0, 0, 0, 0, 
	0, 0, 0, 0, 0, 0, 0, 0, 
	0, 0, 0, 0, 0, 0, 0, 0, 
	0, 0, 0, 0, 0, 0, 0, 0, 
	0, 0, 0, 0, 0, 0, 0, 0, 
	0, 0, 0, 0, 1, 1, 0, 0, 
	0, 0, 0, 0, 0, 0, 1, 1, 
	1, 0, 1, 1, 1, 0, 0, 0, 
	0, 0, 0, 0, 0, 0, 0, 0, 
	0, 0, 0, 0, 0, 0, 0, 0, 
	0, 0, 0, 0, 0, 0, 0, 0, 
	0, 0, 0, 0, 0, 0, 1, 1, 
	1, 0, 0, 0, 0, 0, 0, 0, 
	0, 0, 0, 0, 0, 1, 1, 1, 
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
	0, 0, 0, 0, 0, 1, 1, 1, 
	0, 1, 1, 1, 0, 0, 0, 0, 
	1, 1, 1, 0, 0, 0, 0, 0, 
	1, 1, 1, 0, 1, 1, 1, 0, 
	0, 1, 0, 0, 0, 0, 1, 1, 
	1, 0, 1, 1, 1, 0, 0, 0, 
	0, 1, 1, 1, 0, 1, 0, 0, 
	0, 0, 0, 0, 0, 0, 0, 0, 
	0, 0, 0, 0, 0, 0, 0, 1, 
	1, 1, 0, 0, 0, 0, 0, 0, 
	0, 0, 0, 0, 0, 0, 0, 0, 
	0, 0, 0, 0, 0, 0, 0, 0, 
	1, 0, 0, 0, 0, 0, 0, 0, 
	0, 0, 0, 0, 0, 0, 0, 0, 
	0, 0, 0, 0, 0, 0, 0, 0, 
	0, 1, 1, 0, 0, 0, 0, 1, 
	1, 1, 0, 0, 1, 0, 0, 0, 
	0, 0, 0, 0, 0, 0, 0, 0, 
	0, 0, 0, 0, 0, 0, 0, 0, 
	0, 0, 0, 0, 0, 1, 1, 0, 
	1, 0, 0, 0, 0, 0, 0, 0, 
	1, 1, 0, 0, 0, 0, 0, 0, 
	0, 0, 1, 0, 0, 0, 0, 0, 
	0, 0, 0, 0, 0, 0, 0, 0, 
	0, 0, 0, 0, 0, 0, 0, 0, 
	0, 0, 0, 0, 0, 0, 0, 0, 
	0, 0, 0, 0, 0, 0, 0, 0, 
	0, 0, 0, 1, 1, 0, 0, 0, 
	0, 0, 0, 0, 0, 1, 1, 1, 
	0, 1, 1, 1, 0, 0, 0, 0, 
	0, 0, 0, 0, 0, 0, 0, 0, 
	1, 0, 0, 0, 0, 0, 0, 0, 
	0, 1, 1, 0, 0, 0, 0, 0, 
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
	0, 0, 0, 0, 0, 0, 0, 1, 
	1, 1, 0, 0, 0, 0, 0, 0, 
	0, 0, 0, 0, 0, 1, 1, 1, 
	0, 0, 0, 0, 0, 0, 0, 0, 
	1, 0, 0, 0, 0, 0, 0, 0, 
	0, 1, 1, 0, 0, 0, 0, 0, 
	0, 0, 0, 0, 0, 0, 0, 0, 
	0, 0, 0, 0, 1, 1, 1, 0, 
	0, 0, 0, 0, 0, 0, 0, 0, 
	0, 0, 0, 0, 0, 0, 0, 0, 
	0, 0, 0, 0, 0, 0, 0, 0, 
	0, 0, 0, 0, 0, 0, 0, 0, 
	1, 1, 1, 0, 0, 0, 0, 0, 
	0, 0, 0, 0, 0, 0, 0, 1, 
	1, 1, 0, 0, 0, 0, 0, 0, 
	0, 0, 0, 0, 0, 0, 0, 0, 
	0, 0, 0, 0, 0, 0, 0, 0, 
	0, 0, 0, 0, 0, 0, 0, 0, 
	0, 0, 0, 0, 0, 0, 0, 0, 
	0, 0, 0, 0, 0, 0, 0, 0, 
	0, 0, 0, 0, 0, 0, 0, 0, 
	0, 0, 0, 0, 0, 0, 0, 0, 
	0, 0, 0, 0, 0, 0, 0, 0, 
	0, 0, 0, 0, 0, 0, 0, 0, 
	1, 0, 0, 0, 0, 0, 0, 0, 
	0, 0, 0, 0, 0, 0, 0, 0, 
	0, 0, 0, 0, 0, 0, 0, 0, 
	0, 0, 0, 0, 0, 0, 0, 0, 
	0, 0, 0, 0, 0, 1, 1, 1, 
	0, 0, 0, 0, 0, 1, 1, 1, 
	0, 1, 1, 1, 0, 0, 0, 0, 
	0, 0, 1, 1, 0, 1, 1, 1, 
	0, 0, 1, 0, 0, 0, 0, 0, 
	0, 0, 0, 0, 0, 0, 0, 0, 
	0, 0, 0, 0, 0, 0, 0, 1, 
	1, 1, 0, 1, 1, 1, 0, 0, 
	0, 0, 0, 1, 1, 0, 1, 1, 
	1, 0, 0, 0, 0, 0, 0, 1, 
	1, 1, 0, 0, 0, 0, 1, 1, 
	1, 0, 0, 0, 0, 0, 1, 1, 
	1, 0, 1, 1, 1, 0, 0, 0, 
	0, 1, 1, 1, 0, 0, 0, 0, 
	1, 1, 1, 0, 0, 0, 0, 0, 
	0, 1, 1, 1, 0, 0, 1, 0, 
	0, 0, 0, 0, 0, 0, 0, 0, 
	0, 0, 0, 1, 1, 1, 0, 0, 
	0, 0, 0, 1, 1, 0, 1, 1, 
	1, 0, 0, 0, 0, 0, 0, 0, 
	1, 0, 0, 0, 0, 0, 1, 0, 
	0, 0, 0, 0, 0, 0, 0, 0, 
	1, 1, 0, 1, 1, 1, 0, 0, 
	0, 0, 0, 0, 0, 0, 0, 0, 
	0, 0, 0, 0, 0, 0, 0, 0, 
	0, 0, 0, 1, 1, 1, 0, 0, 
	0, 0, 0, 0, 0, 0, 0, 0, 
	0, 0, 0, 0, 0, 0, 0, 0, 
	0, 0, 0, 0, 0, 0, 0, 0, 
	0, 0, 0, 0, 0, 0, 0, 0, 
	0, 0, 1, 1, 1, 0, 0, 0, 
	0, 0, 0, 0, 0, 0, 0, 0, 
	0, 0, 1, 1, 1, 0, 0, 0, 
	0, 0, 0, 0, 0, 0, 0, 0, 
	0, 0, 0, 0, 0, 0, 0, 0, 
	0, 0, 0, 0, 0, 0, 0, 0, 
	0, 0, 0, 0, 0, 0, 0, 0, 
	0, 0, 0, 0, 0, 0, 0, 0, 
	0, 0, 0, 0, 0, 0, 0, 0, 
	0, 0, 0, 0, 0, 0, 1, 1, 
	1, 0, 1, 1, 1, 0, 0, 0, 
	0, 0, 0, 1, 0, 0, 0, 1, 
	1, 1, 0, 1, 1, 1, 0, 0, 
	0, 0, 0, 0, 0, 0, 0, 0, 
	0, 0, 0, 0, 0, 0, 0, 0, 
	0, 0, 0, 0, 0, 0, 0, 0, 
	0, 1, 1, 1, 0, 0, 0, 0, 
	0, 0, 0, 0, 0, 0, 0, 0, 
	0, 0, 0, 0, 0, 0, 0, 0, 
	0, 0, 0, 0, 0, 0, 0, 0, 
	0, 0, 0, 0, 0, 0, 0, 0, 
	0, 0, 0, 0, 0, 0, 0, 0, 
	0, 0, 0, 0, 0, 0, 0, 0, 
	0, 0, 1, 1, 1, 0, 0, 0, 
	0, 0, 0, 0, 0, 0, 0, 0, 
	0, 0, 0, 0, 0, 0, 0, 0, 
	0, 0, 0, 0, 0, 0, 0, 1, 
	1, 1, 0, 0, 0, 0, 1, 1, 
	1, 0, 0, 0, 0, 0, 0, 0, 
	0, 1, 1, 1, 0, 0, 0, 0, 
	1, 1, 1, 0, 0, 0, 0, 0, 
	0, 1, 1, 1, 0, 0, 0, 0, 
	0, 0, 0, 0, 1, 1, 1, 0, 
	1, 1, 1, 0, 0, 0, 0, 0, 
	1, 1, 1, 0, 0, 0, 0, 0, 
	0, 0, 0, 1, 1, 1, 0, 1, 
	1, 1, 0, 0, 0, 0, 0, 0, 
	0, 0, 0, 0, 0, 0, 0, 0, 
	0, 0, 0, 0, 0, 0, 0, 0, 
	0, 0, 0, 0, 0, 0, 0, 0, 
	0, 1, 1, 1, 0, 0, 0, 0, 
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
	1, 1, 1, 0, 0, 0, 0, 0, 
	0, 0, 0, 0, 0, 0, 0, 0, 
	0, 1, 1, 1, 0, 0, 0, 0, 
	1, 1, 1, 0, 0, 0, 0, 1, 
	1, 1, 0, 0, 0, 0, 0, 0, 
	0, 0, 0, 0, 0, 0, 0, 0, 
	1, 1, 1, 0, 0, 0, 0, 0, 
	0, 0, 0, 1, 1, 1, 0, 1, 
	1, 1, 0, 0, 0, 0, 0, 0, 
	0, 0, 0, 0, 0, 0, 0, 0, 
	1, 1, 1, 0, 0, 0, 0, 0, 
	0, 0, 0, 0, 0, 0, 0, 0, 
	0, 0, 0, 0, 0, 0, 0, 0, 
	0, 0, 0, 0, 0, 0, 0, 0, 
	0, 0, 0, 0, 0, 0, 0, 0, 
	0, 0, 0, 0, 0, 0, 0, 0, 
	0, 0, 0, 0, 0, 0, 0, 0, 
	0, 0, 0, 0, 0, 0, 0, 0, 
	0, 0, 0, 0, 0, 0, 0, 0, 
	0, 0, 0, 0, 1, 1, 1, 0, 
	0, 0, 0, 0, 0, 0, 0, 0, 
	0, 0, 0, 0, 0, 0, 0, 1, 
	1, 1, 0, 0, 0, 0, 0, 0, 
	0, 0, 0, 1, 1, 1, 0, 0, 
	0, 0, 0, 0, 0, 0, 0, 0, 
	0, 0, 0, 0, 0, 0, 0, 0, 
	1, 1, 1, 0, 0, 0, 0, 0, 
	0, 0, 0, 0, 0, 0, 0, 0, 
	0, 0, 0, 0, 0, 0, 0, 0, 
	0, 0, 0, 0, 0, 0, 0, 0, 
	0, 0, 0, 0, 0, 0, 0, 0, 
	0, 0, 0, 0, 0, 0, 0, 0, 
	0, 0, 0, 0, 0, 1, 1, 1, 
	0, 0, 0, 0, 0, 1, 1, 1, 
	0, 1, 1, 1, 0, 0, 0, 0, 
	0, 0, 0, 0, 0, 1, 1, 1, 
	0, 1, 1, 1, 0, 0, 0, 0, 
	0, 0, 0, 0, 0, 0, 0, 0, 
	0, 0, 0, 0, 0, 0, 0, 0, 
	0, 0, 0, 0, 0, 0, 0, 0, 
	0, 0, 1, 1, 1, 0, 0, 0, 
	0, 0, 0, 0, 0, 0, 0, 0, 
	0, 0, 0, 0, 0, 0, 0, 0, 
	0, 0, 0, 0, 1, 1, 1, 0, 
	0, 0, 0, 0, 0, 0, 0, 0, 
	0, 0, 0, 0, 0, 0, 0, 0, 
	0, 0, 0, 0, 0, 0, 0, 0, 
	0, 0, 0, 0, 0, 0, 1, 1, 
	1, 0, 0, 0, 0, 0, 0, 0, 
	0, 0, 0, 0, 0, 0, 1, 1, 
	1, 0, 0, 0, 0, 0, 0, 0, 
	0, 0, 0, 0, 0, 0, 0, 0, 
	0, 0, 0, 0, 0, 0, 1, 1, 
	1, 0, 0, 0, 0, 0, 0, 0, 
	0, 0, 0, 0, 0, 0, 0, 0, 
	0, 0
};

static const short _atc_ica_index_offsets[] = {
	0, 0, 4, 11, 16, 21, 26, 31, 
	36, 41, 46, 51, 56, 63, 68, 73, 
	82, 87, 92, 97, 106, 112, 117, 122, 
	131, 136, 145, 151, 157, 163, 167, 171, 
	178, 184, 188, 195, 201, 207, 211, 218, 
	225, 232, 239, 246, 253, 259, 265, 276, 
	283, 290, 296, 302, 307, 312, 317, 322, 
	327, 332, 337, 342, 348, 355, 360, 367, 
	373, 380, 386, 390, 395, 400, 405, 416, 
	421, 430, 436, 442, 451, 457, 463, 472, 
	478, 484, 493, 499, 505, 514, 520, 526, 
	535, 541, 547, 556, 562, 568, 574, 578, 
	582, 589, 595, 599, 605, 611, 617, 621, 
	628, 634, 638, 644, 650, 656, 660, 667, 
	673, 677, 683, 689, 695, 699, 706, 712, 
	716, 722, 728, 734, 738, 745, 751, 755, 
	761, 767, 773, 777, 784, 790, 794, 800, 
	806, 812, 816, 823, 829, 833, 839, 845, 
	854, 860, 866, 872, 881, 887, 893, 899, 
	908, 914, 920, 926, 935, 941, 947, 953, 
	962, 968, 974, 980, 989, 995, 1001, 1007, 
	1016, 1022, 1026, 1030, 1034, 1038, 1042, 1046, 
	1050, 1054, 1058, 1065, 1071, 1075, 1081, 1087, 
	1093, 1099, 1104, 1110, 1115, 1120, 1125, 1130, 
	1135, 1144, 1149, 1158, 1164, 1170, 1176, 1180, 
	1184, 1191, 1197, 1201, 1207, 1213, 1224, 1231, 
	1238, 1242, 1249, 1255, 1259, 1265, 1270, 1275, 
	1280, 1285, 1291, 1296, 1301, 1307, 1314, 1319, 
	1326, 1332, 1340, 1346, 1352, 1359, 1364, 1369, 
	1373, 1378, 1383, 1389, 1394, 1399, 1405, 1412, 
	1417, 1424, 1430, 1438, 1444, 1450, 1457, 1462, 
	1469, 1475, 1481, 1487, 1493, 1499, 1506, 1511, 
	1518, 1524, 1531, 1536, 1541, 1545, 1549, 1554, 
	1561, 1567, 1573, 1579, 1585, 1591, 1598, 1603, 
	1610, 1616, 1623, 1628, 1633, 1637, 1643, 1648, 
	1653, 1659, 1664, 1669, 1674, 1685, 1690, 1699, 
	1704, 1713, 1719, 1725, 1731, 1735, 1739, 1746, 
	1752, 1756, 1762, 1768, 1772, 1779, 1785, 1789, 
	1795, 1801, 1805, 1812, 1818, 1822, 1828, 1835, 
	1841, 1852, 1858, 1864, 1875, 1882, 1889, 1893, 
	1899, 1905, 1912, 1917, 1922, 1927, 1932, 1943, 
	1948, 1957, 1962, 1971, 1977, 1983, 1989, 1993, 
	1997, 2004, 2010, 2014, 2020, 2026, 2030, 2037, 
	2043, 2047, 2053, 2059, 2063, 2070, 2076, 2080, 
	2086, 2093, 2099, 2108, 2114, 2120, 2131, 2138, 
	2145, 2149, 2154, 2159, 2165, 2176, 2181, 2190, 
	2195, 2204, 2209, 2218, 2223, 2232, 2238, 2244, 
	2250, 2254, 2258, 2265, 2271, 2275, 2281, 2287, 
	2291, 2298, 2304, 2308, 2314, 2320, 2324, 2331, 
	2337, 2341, 2347, 2353, 2357, 2364, 2370, 2374, 
	2380, 2386, 2390, 2397, 2403, 2407, 2413, 2420, 
	2426, 2437, 2443, 2449, 2458, 2464, 2470, 2476, 
	2487, 2493, 2500, 2506, 2517, 2524, 2531, 2535, 
	2539, 2545, 2551, 2556, 2567, 2572, 2581, 2586, 
	2595, 2600, 2609, 2614, 2623, 2629, 2635, 2641, 
	2645, 2649, 2656, 2662, 2666, 2672, 2678, 2682, 
	2689, 2695, 2699, 2705, 2711, 2715, 2722, 2728, 
	2732, 2738, 2744, 2748, 2755, 2761, 2765, 2771, 
	2777, 2781, 2788, 2794, 2798, 2804, 2811, 2817, 
	2826, 2832, 2838, 2847, 2853, 2859, 2865, 2876, 
	2882, 2889, 2895, 2906, 2913, 2920, 2924, 2928, 
	2933, 2938, 2944, 2954, 2960, 2965, 2970, 2979, 
	2984, 2993, 2999, 3005, 3011, 3015, 3019, 3026, 
	3032, 3036, 3045, 3051, 3057, 3061, 3068, 3075, 
	3082, 3089, 3096, 3103, 3110, 3116, 3122, 3133, 
	3140, 3147, 3153, 3159, 3166, 3171, 3176, 3181, 
	3186, 3191, 3196, 3201, 3206, 3212, 3219, 3224, 
	3231, 3237, 3242, 3247, 3252, 3257, 3262, 3267, 
	3272, 3277, 3282, 3287, 3292, 3297, 3302, 3309, 
	3316, 3323, 3330, 3337, 3344, 3351, 3358, 3365, 
	3372, 3379, 3386, 3393, 3400, 3406, 3410, 3415, 
	3420, 3425, 3436, 3441, 3450, 3456, 3462, 3471, 
	3477, 3483, 3492, 3498, 3504, 3513, 3519, 3525, 
	3534, 3540, 3546, 3555, 3561, 3567, 3576, 3582, 
	3588, 3594, 3598, 3602, 3609, 3615, 3619, 3625, 
	3631, 3637, 3641, 3648, 3654, 3658, 3664, 3670, 
	3676, 3680, 3687, 3693, 3697, 3703, 3709, 3715, 
	3719, 3726, 3732, 3736, 3742, 3748, 3754, 3758, 
	3765, 3771, 3775, 3781, 3787, 3793, 3797, 3804, 
	3810, 3814, 3820, 3826, 3832, 3836, 3843, 3849, 
	3853, 3859, 3865, 3874, 3880, 3886, 3892, 3901, 
	3907, 3913, 3919, 3928, 3934, 3940, 3946, 3955, 
	3961, 3967, 3973, 3982, 3988, 3994, 4000, 4009, 
	4015, 4021, 4027, 4036, 4042, 4046, 4050, 4054, 
	4058, 4062, 4066, 4070, 4074, 4078, 4085, 4091, 
	4095, 4101, 4107, 4113, 4119, 4124, 4130, 4135, 
	4141, 4146, 4151, 4156, 4161, 4167, 4174, 4179, 
	4186, 4192, 4199, 4204, 4211, 4217, 4223, 4229, 
	4235, 4242, 4247, 4254, 4260, 4266, 4272, 4278, 
	4284, 4291, 4296, 4303, 4309, 4316, 4321, 4326, 
	4330, 4334, 4340, 4345, 4350, 4355, 4361, 4368, 
	4373, 4380, 4386, 4393, 4398, 4405, 4411, 4417, 
	4423, 4429, 4436, 4441, 4446, 4450, 4456, 4461, 
	4466, 4471, 4476, 4485, 4490, 4499, 4505, 4511, 
	4517, 4521, 4525, 4532, 4538, 4542, 4548, 4554, 
	4565, 4572, 4579, 4583, 4590, 4596, 4600, 4606, 
	4611, 4616, 4621, 4626, 4632, 4637, 4642, 4647, 
	4652, 4657, 4662, 4667, 4672, 4678, 4683, 4688, 
	4693, 4704, 4709, 4718, 4723, 4732, 4738, 4744, 
	4750, 4754, 4758, 4765, 4771, 4775, 4781, 4787, 
	4791, 4798, 4804, 4808, 4814, 4820, 4824, 4831, 
	4837, 4841, 4847, 4854, 4860, 4869, 4875, 4881, 
	4892, 4899, 4906, 4910, 4917, 4928, 4933, 4942, 
	4947, 4956, 4962, 4968, 4974, 4978, 4982, 4989, 
	4995, 4999, 5005, 5011, 5015, 5022, 5028, 5032, 
	5038, 5044, 5048, 5055, 5061, 5065, 5071, 5078, 
	5084, 5095, 5101, 5107, 5116, 5122, 5126, 5130, 
	5134, 5140, 5147, 5153, 5162, 5168, 5172, 5176, 
	5181, 5186, 5191, 5202, 5207, 5216, 5221, 5230, 
	5235, 5244, 5249, 5258, 5264, 5270, 5276, 5280, 
	5284, 5291, 5297, 5301, 5307, 5313, 5317, 5324, 
	5330, 5334, 5340, 5346, 5350, 5357, 5363, 5367, 
	5373, 5379, 5383, 5390, 5396, 5400, 5406, 5412, 
	5416, 5423, 5429, 5433, 5439, 5446, 5452, 5461, 
	5467, 5473, 5482, 5488, 5494, 5500, 5511, 5517, 
	5524, 5530, 5541, 5548, 5555, 5559, 5563, 5568, 
	5573, 5578, 5583, 5588, 5593, 5598, 5603, 5608, 
	5613, 5624, 5630, 5636, 5642, 5646, 5650, 5657, 
	5663, 5667, 5674, 5681, 5686, 5691, 5696, 5709, 
	5714, 5719, 5724, 5729, 5740, 5745, 5754, 5760, 
	5766, 5775, 5781, 5787, 5796, 5802, 5808, 5817, 
	5823, 5829, 5838, 5844, 5850, 5859, 5865, 5871, 
	5880, 5886, 5892, 5898, 5902, 5906, 5913, 5919, 
	5923, 5929, 5935, 5941, 5945, 5952, 5958, 5962, 
	5968, 5974, 5980, 5984, 5991, 5997, 6001, 6007, 
	6013, 6019, 6023, 6030, 6036, 6040, 6046, 6052, 
	6058, 6062, 6069, 6075, 6079, 6085, 6091, 6097, 
	6101, 6108, 6114, 6118, 6124, 6130, 6136, 6140, 
	6147, 6153, 6157, 6163, 6169, 6178, 6184, 6190, 
	6196, 6205, 6211, 6217, 6223, 6232, 6238, 6244, 
	6250, 6259, 6265, 6271, 6277, 6286, 6292, 6298, 
	6304, 6313, 6319, 6325, 6331, 6340, 6346, 6350, 
	6354, 6358, 6362, 6366, 6370, 6374, 6378, 6382, 
	6389, 6395, 6399, 6405, 6411, 6417, 6423, 6428, 
	6434, 6439, 6444, 6449, 6454, 6459, 6464, 6469, 
	6474, 6483, 6488, 6497, 6503, 6509, 6515, 6519, 
	6523, 6530, 6536, 6540, 6547, 6553, 6559, 6563, 
	6570, 6577, 6584, 6591, 6598, 6605, 6611, 6617, 
	6628, 6635, 6642, 6648, 6654, 6659, 6664, 6669, 
	6674, 6679, 6684, 6689, 6694, 6700, 6707, 6712, 
	6719, 6725, 6732, 6738, 6742, 6747, 6752, 6757, 
	6762, 6773, 6779, 6785, 6791, 6795, 6799, 6806, 
	6812, 6816, 6823, 6830, 6835, 6840, 6845, 6850, 
	6859, 6864, 6873, 6879, 6885, 6891, 6895, 6899, 
	6906, 6912, 6916, 6922, 6928, 6939, 6946, 6953, 
	6957, 6964, 6970, 6974, 6980, 6987, 6992, 6997, 
	7002, 7011, 7016, 7025, 7031, 7037, 7043, 7047, 
	7051, 7058, 7064, 7068, 7079, 7085, 7091, 7095, 
	7102, 7109, 7116, 7123, 7130, 7137, 7144, 7150, 
	7156, 7167, 7174, 7181, 7187, 7193, 7202, 7207, 
	7212, 7217, 7222, 7227, 7232, 7237, 7242, 7248, 
	7255, 7260, 7267, 7273, 7278, 7283, 7288, 7293, 
	7298, 7303, 7308, 7313, 7318, 7323, 7328, 7333, 
	7338, 7343, 7348, 7353, 7358, 7363, 7368, 7373, 
	7378, 7383, 7388, 7393, 7399, 7405, 7410, 7415, 
	7420, 7426, 7432, 7437, 7442, 7449, 7456, 7463, 
	7470, 7477, 7484, 7491, 7498, 7505, 7512, 7519, 
	7526, 7533, 7540, 7547, 7554, 7561, 7568, 7575, 
	7582, 7589, 7596, 7603, 7609, 7615, 7624, 7631, 
	7638, 7645, 7652, 7658, 7665, 7671, 7678, 7684, 
	7688, 7693, 7698, 7703, 7708, 7713, 7717, 7722, 
	7728, 7739, 7744, 7753, 7758, 7767, 7772, 7781, 
	7786, 7795, 7801, 7807, 7813, 7817, 7821, 7828, 
	7834, 7838, 7844, 7850, 7854, 7861, 7867, 7871, 
	7877, 7883, 7887, 7894, 7900, 7904, 7910, 7916, 
	7920, 7927, 7933, 7937, 7943, 7949, 7960, 7966, 
	7973, 7979, 7988, 7994, 8000, 8006, 8017, 8023, 
	8030, 8036, 8047, 8054, 8061, 8065, 8069, 8076, 
	8082, 8086, 8092, 8098, 8105, 8111, 8122, 8128, 
	8134, 8139, 8144, 8155, 8160, 8169, 8174, 8183, 
	8189, 8195, 8201, 8205, 8209, 8216, 8222, 8226, 
	8232, 8238, 8242, 8249, 8255, 8259, 8265, 8271, 
	8282, 8288, 8295, 8301, 8312, 8319, 8326, 8330, 
	8337, 8343, 8347, 8353, 8359, 8366, 8372, 8383, 
	8389, 8395, 8400, 8405, 8410, 8415, 8420, 8426, 
	8433, 8438, 8445, 8451, 8457, 8463, 8469, 8476, 
	8481, 8488, 8494, 8500, 8506, 8512, 8518, 8525, 
	8530, 8537, 8543, 8550, 8555, 8560, 8564, 8568, 
	8573, 8578, 8585, 8590, 8597, 8603, 8609, 8615, 
	8621, 8628, 8633, 8638, 8642, 8648, 8653, 8658, 
	8663, 8668, 8675, 8680, 8685, 8690, 8695, 8706, 
	8711, 8720, 8726, 8732, 8738, 8742, 8746, 8753, 
	8759, 8763, 8769, 8775, 8786, 8793, 8800, 8804, 
	8811, 8817, 8821, 8827, 8833, 8840, 8846, 8857, 
	8864, 8871, 8876, 8881, 8886, 8891, 8896, 8901, 
	8908, 8914, 8919, 8924, 8929, 8934, 8939, 8950, 
	8956, 8962, 8968, 8972, 8976, 8983, 8989, 8993, 
	8997, 9004, 9011, 9017, 9024, 9029, 9034, 9039, 
	9044, 9052, 9057, 9062, 9067, 9072, 9078, 9084, 
	9090, 9094, 9098, 9103, 9108, 9113, 9118, 9123, 
	9129, 9135, 9141, 9147, 9154, 9159, 9166, 9172, 
	9178, 9184, 9188, 9192, 9196, 9201, 9207, 9212, 
	9217, 9222, 9231, 9236, 9245, 9251, 9257, 9263, 
	9267, 9271, 9278, 9284, 9288, 9296, 9302, 9308, 
	9312, 9319, 9326, 9333, 9340, 9347, 9354, 9361, 
	9368, 9374, 9380, 9391, 9398, 9405, 9411, 9417, 
	9423, 9428, 9433, 9438, 9443, 9448, 9453, 9458, 
	9463, 9468, 9474, 9481, 9486, 9493, 9499, 9504, 
	9509, 9514, 9519, 9524, 9529, 9534, 9541, 9548, 
	9555, 9562, 9569, 9576, 9583, 9590, 9596, 9600, 
	9605, 9610, 9619, 9624, 9633, 9639, 9645, 9651, 
	9655, 9659, 9666, 9672, 9676, 9682, 9688, 9692, 
	9699, 9705, 9709, 9714, 9719, 9724, 9733, 9739, 
	9745, 9751, 9755, 9759, 9766, 9772, 9776, 9780, 
	9785, 9790, 9795, 9805, 9811, 9816, 9822, 9829, 
	9834, 9841, 9847, 9854, 9859, 9864, 9869, 9874, 
	9879, 9884, 9889, 9895, 9901, 9907, 9912, 9917, 
	9924, 9929, 9936, 9942, 9949, 9954, 9959, 9965, 
	9970, 9980, 9986, 9992, 10002, 10006, 10010, 10014, 
	10032, 10038, 10044, 10050, 10064, 10072, 10078, 10084, 
	10090, 10095, 10100, 10105, 10110, 10115, 10120, 10125, 
	10130, 10136, 10143, 10148, 10155, 10161, 10167, 10171, 
	10175, 10181, 10187, 10193, 10199, 10205, 10211, 10217, 
	10223, 10229, 10235, 10241, 10247, 10253, 10259, 10265, 
	10271, 10277, 10283, 10289, 10295, 10301, 10307, 10313, 
	10319, 10325, 10331, 10337, 10343, 10349, 10355, 10361, 
	10367, 10371, 10375, 10379, 10383, 10387, 10391, 10395, 
	10399, 10403, 10407, 10411, 10417, 10423, 10429, 10435, 
	10441, 10447, 10453, 10460, 10465, 10470, 10474, 10478, 
	10482, 10488, 10494, 10500, 10506, 10514, 10520, 10526, 
	10532, 10537, 10541, 10545, 10551, 10557, 10563, 10568, 
	10572, 10576, 10582, 10588, 10596, 10602, 10608, 10614, 
	10621, 10626, 10633, 10639, 10645, 10651, 10657, 10664, 
	10669, 10674, 10678, 10682, 10686, 10696, 10702, 10708, 
	10714, 10720, 10727, 10732, 10739, 10745, 10751, 10757, 
	10763, 10770, 10775, 10780, 10784, 10788, 10792, 10798, 
	10804, 10812, 10819, 10824, 10831, 10837, 10843, 10849, 
	10855, 10861, 10867, 10873, 10879, 10886, 10891, 10898, 
	10904, 10911, 10916, 10921, 10925, 10929, 10933, 10937, 
	10943, 10950, 10955, 10962, 10968, 10974, 10980, 10986, 
	10992, 10998, 11004, 11010, 11017, 11022, 11029, 11035, 
	11042, 11047, 11052, 11056, 11060, 11064, 11068, 11074, 
	11080, 11086, 11092, 11098, 11104, 11109, 11114, 11118, 
	11124, 11130, 11138, 11156, 11164, 11170, 11176, 11182, 
	11189, 11194, 11199, 11204, 11209, 11214, 11219, 11224, 
	11229, 11235, 11242, 11247, 11254, 11260, 11266, 11271, 
	11276, 11281, 11286, 11291, 11296, 11301, 11306, 11311, 
	11316, 11321, 11326, 11331, 11335, 11339, 11345, 11351, 
	11357, 11363, 11369, 11375, 11381, 11387, 11393, 11399, 
	11405, 11411, 11417, 11423, 11429, 11435, 11441, 11447, 
	11453, 11459, 11465, 11471, 11477, 11483, 11489, 11495, 
	11501, 11507, 11513, 11519, 11525, 11531, 11535, 11539, 
	11543, 11547, 11551, 11555, 11559, 11563, 11567, 11571, 
	11575, 11583, 11589, 11595, 11601, 11607, 11613, 11618, 
	11622, 11626, 11632, 11638, 11644, 11650, 11655, 11659, 
	11663, 11669, 11675, 11681, 11687, 11693, 11699, 11704, 
	11709, 11713, 11721, 11727, 11733, 11739, 11745, 11751, 
	11757, 11764, 11769, 11774, 11778, 11782, 11786, 11792, 
	11798, 11804, 11810, 11818, 11824, 11830, 11838, 11844, 
	11850, 11856, 11863, 11868, 11875, 11881, 11887, 11893, 
	11899, 11906, 11911, 11916, 11920, 11924, 11928, 11938, 
	11945, 11950, 11957, 11963, 11969, 11975, 11981, 11987, 
	11993, 11997, 12001, 12005, 12009, 12013, 12019, 12025, 
	12031, 12038, 12043, 12050, 12056, 12062, 12068, 12074, 
	12080, 12086, 12092, 12098, 12105, 12110, 12117, 12123, 
	12130, 12135, 12140, 12144, 12148, 12152, 12156, 12162, 
	12168, 12174, 12180, 12186, 12192, 12198, 12204, 12210, 
	12216, 12223, 12228, 12233, 12237, 12241, 12247, 12253, 
	12259, 12283, 12289, 12295, 12301, 12307, 12313, 12319, 
	12325, 12331, 12337, 12343, 12349, 12355, 12361, 12367, 
	12373, 12379, 12385, 12391, 12397, 12403, 12409, 12415, 
	12421, 12427, 12433, 12439, 12445, 12451, 12457, 12463, 
	12469, 12475, 12481, 12485, 12489, 12493, 12497, 12501, 
	12505, 12509, 12513, 12517, 12521, 12525, 12531, 12537, 
	12543, 12548, 12553, 12557, 12565, 12571, 12577, 12583, 
	12589, 12595, 12601, 12607, 12612, 12617, 12622, 12627, 
	12632, 12637, 12642, 12647, 12653, 12660, 12665, 12672, 
	12678, 12684, 12688, 12692, 12698, 12704, 12710, 12716, 
	12722, 12727, 12732, 12736, 12742, 12748, 12754, 12760, 
	12767, 12772, 12777, 12781, 12785, 12791, 12797, 12803, 
	12809, 12815, 12821, 12827, 12834, 12839, 12844, 12848, 
	12852, 12856, 12866, 12872, 12878, 12884, 12890, 12899, 
	12904, 12909, 12914, 12919, 12924, 12929, 12934, 12939, 
	12945, 12952, 12957, 12964, 12970, 12976, 12981, 12986, 
	12991, 12996, 13001, 13006, 13011, 13016, 13021, 13026, 
	13031, 13036, 13041, 13046, 13051, 13056, 13061, 13066, 
	13071, 13076, 13081, 13086, 13091, 13096, 13102, 13108, 
	13113, 13118, 13123, 13129, 13135, 13140, 13145, 13149, 
	13153, 13159, 13165, 13171, 13177, 13183, 13188, 13193, 
	13197, 13203, 13211, 13217, 13223, 13229, 13236, 13241, 
	13248, 13254, 13260, 13266, 13272, 13278, 13285, 13290, 
	13297, 13303, 13310, 13315, 13320, 13324, 13328, 13332, 
	13336, 13342, 13348, 13354, 13360, 13366, 13373, 13378, 
	13385, 13391, 13398, 13403, 13408, 13412, 13416, 13420, 
	13426, 13432, 13438, 13444, 13450, 13458, 13463, 13467, 
	13471, 13477, 13483, 13488, 13492, 13496, 13504, 13510, 
	13516, 13522, 13528, 13533, 13537, 13541, 13547, 13553, 
	13559, 13565, 13571, 13578, 13583, 13588, 13592, 13596, 
	13600, 13606, 13612, 13618, 13624, 13630, 13636, 13642, 
	13648, 13652, 13656, 13660, 13664, 13670, 13676, 13688, 
	13696, 13702, 13708, 13714, 13719, 13726, 13731, 13736, 
	13740, 13746, 13752, 13757, 13762, 13766, 13772, 13778, 
	13784, 13790, 13796, 13802, 13807, 13811, 13815, 13823, 
	13829, 13835, 13841, 13847, 13853, 13858, 13863, 13868, 
	13873, 13878, 13883, 13888, 13893, 13898, 13904, 13911, 
	13916, 13923, 13929, 13935, 13940, 13945, 13950, 13955, 
	13960, 13965, 13970, 13974, 13978, 13984, 13989, 13996, 
	14001, 14008, 14014, 14020, 14026, 14030, 14034, 14038, 
	14044, 14050, 14056, 14062, 14068, 14072, 14076, 14080, 
	14084, 14090, 14096, 14102, 14108, 14114, 14119, 14126, 
	14131, 14136, 14140, 14146, 14152, 14158, 14178, 14184, 
	14192, 14197, 14202, 14207, 14212, 14216, 14221, 14225, 
	14228, 14238
};

static const short _atc_ica_indicies[] = {
	1, 2, 2, 0, 1, 2, 2, 3, 
	4, 5, 0, 1, 2, 2, 6, 0, 
	1, 2, 2, 7, 0, 1, 2, 2, 
	8, 0, 1, 2, 2, 9, 0, 1, 
	2, 2, 10, 0, 1, 2, 2, 11, 
	0, 1, 2, 2, 12, 0, 1, 2, 
	2, 13, 0, 1, 2, 2, 14, 0, 
	1, 2, 2, 15, 16, 17, 0, 1, 
	2, 2, 17, 0, 1, 18, 18, 17, 
	0, 1, 2, 2, 19, 20, 21, 22, 
	23, 0, 1, 2, 2, 24, 0, 1, 
	2, 2, 25, 0, 1, 2, 2, 26, 
	0, 1, 2, 2, 27, 28, 29, 30, 
	31, 0, 1, 2, 2, 32, 33, 0, 
	1, 2, 2, 34, 0, 1, 2, 2, 
	35, 0, 1, 2, 2, 37, 38, 39, 
	0, 0, 36, 1, 2, 2, 40, 36, 
	1, 2, 2, 40, 42, 43, 0, 0, 
	41, 1, 44, 44, 45, 0, 41, 1, 
	2, 2, 45, 0, 41, 1, 2, 2, 
	46, 47, 42, 1, 44, 44, 0, 1, 
	2, 2, 42, 1, 2, 2, 48, 0, 
	46, 43, 1, 2, 2, 43, 49, 48, 
	1, 2, 2, 48, 1, 2, 2, 51, 
	52, 53, 50, 1, 2, 2, 51, 53, 
	50, 1, 2, 2, 51, 40, 0, 1, 
	2, 2, 50, 1, 2, 2, 51, 54, 
	53, 50, 1, 2, 2, 51, 55, 53, 
	50, 1, 2, 2, 51, 56, 53, 50, 
	1, 2, 2, 51, 57, 53, 50, 1, 
	2, 2, 51, 58, 53, 50, 1, 2, 
	2, 51, 59, 53, 50, 1, 2, 2, 
	60, 53, 50, 1, 2, 2, 60, 61, 
	0, 1, 2, 2, 61, 42, 43, 0, 
	0, 62, 63, 41, 1, 44, 44, 45, 
	0, 63, 41, 1, 64, 64, 65, 66, 
	63, 41, 1, 2, 2, 65, 66, 41, 
	1, 2, 2, 66, 67, 0, 1, 2, 
	2, 68, 0, 1, 2, 2, 69, 0, 
	1, 2, 2, 70, 0, 1, 2, 2, 
	71, 0, 1, 2, 2, 72, 0, 1, 
	2, 2, 73, 0, 1, 2, 2, 74, 
	0, 1, 2, 2, 75, 0, 1, 2, 
	2, 75, 76, 0, 1, 2, 2, 76, 
	77, 78, 0, 1, 2, 2, 78, 0, 
	1, 79, 79, 80, 66, 78, 0, 1, 
	2, 2, 80, 66, 0, 1, 2, 2, 
	81, 0, 51, 39, 1, 2, 2, 39, 
	82, 81, 1, 2, 2, 81, 1, 2, 
	2, 83, 0, 1, 2, 2, 84, 0, 
	1, 2, 2, 85, 0, 1, 2, 2, 
	87, 88, 89, 0, 0, 90, 91, 86, 
	1, 92, 92, 93, 86, 1, 2, 2, 
	93, 95, 96, 0, 0, 94, 1, 92, 
	92, 97, 98, 94, 1, 2, 2, 97, 
	98, 94, 1, 2, 2, 98, 100, 101, 
	0, 0, 99, 1, 92, 92, 102, 103, 
	99, 1, 2, 2, 102, 103, 99, 1, 
	2, 2, 103, 105, 106, 0, 0, 104, 
	1, 92, 92, 107, 108, 104, 1, 2, 
	2, 107, 108, 104, 1, 2, 2, 108, 
	110, 111, 0, 0, 109, 1, 92, 92, 
	112, 113, 109, 1, 2, 2, 112, 113, 
	109, 1, 2, 2, 113, 115, 116, 0, 
	0, 114, 1, 92, 92, 117, 118, 114, 
	1, 2, 2, 117, 118, 114, 1, 2, 
	2, 118, 120, 121, 0, 0, 119, 1, 
	92, 92, 122, 123, 119, 1, 2, 2, 
	122, 123, 119, 1, 2, 2, 123, 125, 
	126, 0, 0, 124, 1, 92, 92, 127, 
	0, 124, 1, 2, 2, 127, 0, 124, 
	1, 2, 2, 128, 129, 125, 1, 92, 
	92, 0, 1, 2, 2, 125, 1, 2, 
	2, 130, 0, 128, 126, 1, 2, 2, 
	126, 131, 130, 1, 2, 2, 130, 1, 
	2, 2, 132, 133, 120, 1, 92, 92, 
	134, 123, 0, 1, 2, 2, 134, 123, 
	0, 1, 2, 2, 120, 1, 2, 2, 
	135, 0, 132, 121, 1, 2, 2, 121, 
	136, 135, 1, 2, 2, 135, 1, 2, 
	2, 137, 138, 115, 1, 92, 92, 139, 
	118, 0, 1, 2, 2, 139, 118, 0, 
	1, 2, 2, 115, 1, 2, 2, 140, 
	0, 137, 116, 1, 2, 2, 116, 141, 
	140, 1, 2, 2, 140, 1, 2, 2, 
	142, 143, 110, 1, 92, 92, 144, 113, 
	0, 1, 2, 2, 144, 113, 0, 1, 
	2, 2, 110, 1, 2, 2, 145, 0, 
	142, 111, 1, 2, 2, 111, 146, 145, 
	1, 2, 2, 145, 1, 2, 2, 147, 
	148, 105, 1, 92, 92, 149, 108, 0, 
	1, 2, 2, 149, 108, 0, 1, 2, 
	2, 105, 1, 2, 2, 150, 0, 147, 
	106, 1, 2, 2, 106, 151, 150, 1, 
	2, 2, 150, 1, 2, 2, 152, 153, 
	100, 1, 92, 92, 154, 103, 0, 1, 
	2, 2, 154, 103, 0, 1, 2, 2, 
	100, 1, 2, 2, 155, 0, 152, 101, 
	1, 2, 2, 101, 156, 155, 1, 2, 
	2, 155, 1, 2, 2, 157, 158, 95, 
	1, 92, 92, 159, 98, 0, 1, 2, 
	2, 159, 98, 0, 1, 2, 2, 95, 
	1, 2, 2, 160, 0, 157, 96, 1, 
	2, 2, 96, 161, 160, 1, 2, 2, 
	160, 1, 2, 2, 162, 163, 88, 1, 
	164, 164, 162, 165, 0, 1, 2, 2, 
	165, 166, 96, 0, 0, 94, 1, 2, 
	2, 167, 168, 166, 1, 164, 164, 169, 
	170, 0, 1, 2, 2, 169, 170, 0, 
	1, 2, 2, 170, 171, 101, 0, 0, 
	99, 1, 2, 2, 172, 173, 171, 1, 
	164, 164, 174, 175, 0, 1, 2, 2, 
	174, 175, 0, 1, 2, 2, 175, 176, 
	106, 0, 0, 104, 1, 2, 2, 177, 
	178, 176, 1, 164, 164, 179, 180, 0, 
	1, 2, 2, 179, 180, 0, 1, 2, 
	2, 180, 181, 111, 0, 0, 109, 1, 
	2, 2, 182, 183, 181, 1, 164, 164, 
	184, 185, 0, 1, 2, 2, 184, 185, 
	0, 1, 2, 2, 185, 186, 116, 0, 
	0, 114, 1, 2, 2, 187, 188, 186, 
	1, 164, 164, 189, 190, 0, 1, 2, 
	2, 189, 190, 0, 1, 2, 2, 190, 
	191, 121, 0, 0, 119, 1, 2, 2, 
	192, 193, 191, 1, 164, 164, 194, 195, 
	0, 1, 2, 2, 194, 195, 0, 1, 
	2, 2, 195, 196, 126, 0, 0, 124, 
	1, 2, 2, 197, 198, 196, 1, 164, 
	164, 0, 1, 2, 2, 196, 1, 2, 
	2, 191, 1, 2, 2, 186, 1, 2, 
	2, 181, 1, 2, 2, 176, 1, 2, 
	2, 171, 1, 2, 2, 166, 1, 2, 
	2, 88, 1, 2, 2, 199, 0, 200, 
	89, 1, 2, 2, 89, 201, 199, 1, 
	2, 2, 199, 1, 92, 92, 200, 93, 
	0, 1, 92, 92, 93, 202, 86, 1, 
	92, 92, 93, 203, 86, 1, 92, 92, 
	93, 204, 86, 1, 205, 205, 93, 86, 
	1, 92, 92, 93, 206, 86, 1, 207, 
	207, 93, 86, 1, 2, 2, 208, 0, 
	1, 2, 2, 209, 0, 1, 2, 2, 
	210, 0, 1, 2, 2, 211, 0, 1, 
	2, 2, 213, 214, 215, 0, 0, 212, 
	1, 2, 2, 216, 212, 1, 2, 2, 
	216, 218, 219, 0, 0, 217, 1, 220, 
	220, 221, 0, 217, 1, 2, 2, 221, 
	0, 217, 1, 2, 2, 222, 223, 218, 
	1, 220, 220, 0, 1, 2, 2, 218, 
	1, 2, 2, 224, 0, 222, 219, 1, 
	2, 2, 219, 225, 224, 1, 2, 2, 
	224, 1, 2, 2, 226, 227, 214, 1, 
	2, 2, 226, 228, 0, 1, 2, 2, 
	228, 218, 219, 0, 0, 229, 230, 217, 
	1, 220, 220, 221, 0, 230, 217, 1, 
	231, 231, 221, 0, 230, 217, 1, 2, 
	2, 214, 1, 2, 2, 232, 0, 233, 
	215, 1, 2, 2, 215, 234, 232, 1, 
	2, 2, 232, 1, 2, 2, 233, 216, 
	0, 1, 2, 2, 235, 0, 1, 2, 
	2, 32, 0, 1, 2, 2, 236, 0, 
	1, 2, 2, 237, 0, 1, 2, 2, 
	238, 239, 0, 1, 2, 2, 240, 0, 
	1, 2, 2, 241, 0, 1, 2, 2, 
	242, 243, 0, 1, 2, 2, 244, 245, 
	246, 0, 1, 2, 2, 246, 0, 1, 
	2, 2, 247, 248, 246, 0, 1, 2, 
	2, 247, 248, 0, 1, 2, 2, 248, 
	249, 250, 251, 0, 1, 2, 2, 252, 
	253, 249, 1, 2, 2, 252, 254, 0, 
	1, 2, 2, 254, 255, 256, 0, 1, 
	2, 2, 256, 0, 1, 257, 257, 256, 
	0, 1, 2, 2, 249, 1, 2, 2, 
	251, 0, 1, 258, 258, 251, 0, 1, 
	2, 2, 245, 246, 0, 1, 2, 2, 
	259, 0, 1, 2, 2, 260, 0, 1, 
	2, 2, 261, 262, 0, 1, 2, 2, 
	263, 264, 265, 0, 1, 2, 2, 265, 
	0, 1, 2, 2, 266, 267, 265, 0, 
	1, 2, 2, 266, 267, 0, 1, 2, 
	2, 267, 268, 269, 270, 0, 1, 2, 
	2, 271, 272, 268, 1, 2, 2, 271, 
	273, 0, 1, 2, 2, 273, 274, 275, 
	0, 1, 2, 2, 275, 0, 1, 2, 
	2, 276, 277, 275, 0, 1, 2, 2, 
	276, 277, 0, 1, 2, 2, 277, 278, 
	0, 1, 2, 2, 279, 280, 278, 1, 
	281, 281, 282, 283, 0, 1, 2, 2, 
	282, 283, 0, 1, 2, 2, 283, 284, 
	285, 0, 1, 2, 2, 285, 0, 1, 
	286, 286, 287, 288, 285, 0, 1, 2, 
	2, 287, 288, 0, 1, 2, 2, 288, 
	289, 290, 0, 1, 2, 2, 290, 0, 
	1, 291, 291, 290, 0, 1, 2, 2, 
	278, 1, 2, 2, 268, 1, 2, 2, 
	270, 0, 1, 2, 2, 292, 293, 270, 
	0, 1, 2, 2, 292, 293, 0, 1, 
	2, 2, 293, 294, 0, 1, 2, 2, 
	295, 296, 294, 1, 297, 297, 298, 299, 
	0, 1, 2, 2, 298, 299, 0, 1, 
	2, 2, 299, 300, 301, 0, 1, 2, 
	2, 301, 0, 1, 302, 302, 303, 304, 
	301, 0, 1, 2, 2, 303, 304, 0, 
	1, 2, 2, 304, 305, 306, 0, 1, 
	2, 2, 306, 0, 1, 307, 307, 306, 
	0, 1, 2, 2, 294, 1, 2, 2, 
	264, 265, 0, 1, 2, 2, 308, 0, 
	1, 2, 2, 309, 0, 1, 2, 2, 
	310, 311, 0, 1, 2, 2, 312, 0, 
	1, 2, 2, 313, 0, 1, 2, 2, 
	314, 0, 1, 2, 2, 316, 317, 318, 
	0, 0, 319, 320, 315, 1, 2, 2, 
	321, 315, 1, 2, 2, 321, 323, 324, 
	0, 0, 322, 1, 2, 2, 325, 322, 
	1, 2, 2, 325, 327, 328, 0, 0, 
	326, 1, 329, 329, 330, 0, 326, 1, 
	2, 2, 330, 0, 326, 1, 2, 2, 
	331, 332, 327, 1, 329, 329, 0, 1, 
	2, 2, 327, 1, 2, 2, 333, 0, 
	331, 328, 1, 2, 2, 328, 334, 333, 
	1, 2, 2, 333, 1, 2, 2, 335, 
	336, 323, 1, 2, 2, 335, 325, 0, 
	1, 2, 2, 323, 1, 2, 2, 337, 
	0, 335, 324, 1, 2, 2, 324, 338, 
	337, 1, 2, 2, 337, 1, 2, 2, 
	339, 340, 317, 1, 2, 2, 339, 321, 
	0, 1, 2, 2, 317, 1, 2, 2, 
	341, 0, 339, 318, 1, 2, 2, 318, 
	342, 341, 1, 2, 2, 341, 1, 2, 
	2, 321, 320, 315, 1, 343, 343, 344, 
	345, 320, 315, 1, 2, 2, 344, 345, 
	315, 1, 2, 2, 345, 346, 324, 0, 
	0, 347, 348, 322, 1, 2, 2, 349, 
	350, 346, 1, 2, 2, 349, 351, 0, 
	1, 2, 2, 351, 327, 328, 0, 0, 
	352, 353, 326, 1, 329, 329, 330, 0, 
	353, 326, 1, 354, 354, 330, 0, 353, 
	326, 1, 2, 2, 346, 1, 2, 2, 
	325, 348, 322, 1, 355, 355, 325, 348, 
	322, 1, 2, 2, 310, 356, 357, 0, 
	1, 2, 2, 358, 0, 1, 2, 2, 
	359, 0, 1, 2, 2, 360, 0, 1, 
	2, 2, 361, 0, 1, 2, 2, 363, 
	364, 365, 0, 0, 366, 367, 362, 1, 
	2, 2, 368, 362, 1, 2, 2, 368, 
	370, 371, 0, 0, 369, 1, 2, 2, 
	372, 369, 1, 2, 2, 372, 374, 375, 
	0, 0, 373, 1, 376, 376, 377, 0, 
	373, 1, 2, 2, 377, 0, 373, 1, 
	2, 2, 378, 379, 374, 1, 376, 376, 
	0, 1, 2, 2, 374, 1, 2, 2, 
	380, 0, 378, 375, 1, 2, 2, 375, 
	381, 380, 1, 2, 2, 380, 1, 2, 
	2, 382, 383, 370, 1, 2, 2, 382, 
	372, 0, 1, 2, 2, 370, 1, 2, 
	2, 384, 0, 382, 371, 1, 2, 2, 
	371, 385, 384, 1, 2, 2, 384, 1, 
	2, 2, 386, 387, 364, 1, 2, 2, 
	386, 368, 0, 1, 2, 2, 364, 1, 
	2, 2, 388, 0, 386, 365, 1, 2, 
	2, 365, 389, 388, 1, 2, 2, 388, 
	1, 2, 2, 368, 367, 362, 1, 390, 
	390, 391, 392, 367, 362, 1, 2, 2, 
	391, 392, 362, 1, 2, 2, 392, 393, 
	371, 0, 0, 369, 1, 2, 2, 394, 
	395, 393, 1, 2, 2, 394, 396, 0, 
	1, 2, 2, 396, 374, 375, 0, 0, 
	397, 398, 373, 1, 376, 376, 377, 0, 
	398, 373, 1, 399, 399, 377, 0, 398, 
	373, 1, 2, 2, 393, 1, 2, 2, 
	400, 0, 1, 2, 2, 401, 0, 1, 
	2, 2, 402, 403, 0, 1, 2, 2, 
	405, 406, 407, 0, 0, 408, 409, 404, 
	1, 2, 2, 410, 404, 1, 2, 2, 
	410, 412, 413, 0, 0, 411, 1, 2, 
	2, 414, 411, 1, 2, 2, 414, 416, 
	417, 0, 0, 415, 1, 2, 2, 418, 
	415, 1, 2, 2, 418, 420, 421, 0, 
	0, 419, 1, 2, 2, 422, 419, 1, 
	2, 2, 422, 424, 425, 0, 0, 423, 
	1, 426, 426, 427, 0, 423, 1, 2, 
	2, 427, 0, 423, 1, 2, 2, 428, 
	429, 424, 1, 426, 426, 0, 1, 2, 
	2, 424, 1, 2, 2, 430, 0, 428, 
	425, 1, 2, 2, 425, 431, 430, 1, 
	2, 2, 430, 1, 2, 2, 432, 433, 
	420, 1, 2, 2, 432, 422, 0, 1, 
	2, 2, 420, 1, 2, 2, 434, 0, 
	432, 421, 1, 2, 2, 421, 435, 434, 
	1, 2, 2, 434, 1, 2, 2, 436, 
	437, 416, 1, 2, 2, 436, 418, 0, 
	1, 2, 2, 416, 1, 2, 2, 438, 
	0, 436, 417, 1, 2, 2, 417, 439, 
	438, 1, 2, 2, 438, 1, 2, 2, 
	440, 441, 412, 1, 2, 2, 440, 414, 
	0, 1, 2, 2, 412, 1, 2, 2, 
	442, 0, 440, 413, 1, 2, 2, 413, 
	443, 442, 1, 2, 2, 442, 1, 2, 
	2, 444, 445, 406, 1, 2, 2, 444, 
	410, 0, 1, 2, 2, 406, 1, 2, 
	2, 446, 0, 444, 407, 1, 2, 2, 
	407, 447, 446, 1, 2, 2, 446, 1, 
	2, 2, 410, 409, 404, 1, 448, 448, 
	449, 450, 409, 404, 1, 2, 2, 449, 
	450, 404, 1, 2, 2, 450, 451, 413, 
	0, 0, 452, 453, 411, 1, 2, 2, 
	454, 455, 451, 1, 2, 2, 454, 456, 
	0, 1, 2, 2, 456, 457, 417, 0, 
	0, 415, 1, 2, 2, 458, 459, 457, 
	1, 460, 460, 461, 462, 0, 1, 2, 
	2, 461, 462, 0, 1, 2, 2, 462, 
	420, 421, 0, 0, 463, 464, 419, 1, 
	2, 2, 422, 464, 419, 1, 465, 465, 
	466, 467, 464, 419, 1, 2, 2, 466, 
	467, 419, 1, 2, 2, 467, 424, 425, 
	0, 0, 468, 469, 423, 1, 426, 426, 
	427, 0, 469, 423, 1, 470, 470, 427, 
	0, 469, 423, 1, 2, 2, 457, 1, 
	2, 2, 451, 1, 2, 2, 414, 453, 
	411, 1, 471, 471, 414, 453, 411, 1, 
	2, 2, 472, 0, 1, 2, 2, 474, 
	475, 476, 0, 0, 477, 478, 473, 1, 
	2, 2, 479, 473, 1, 2, 2, 479, 
	481, 482, 0, 0, 480, 1, 2, 2, 
	483, 480, 1, 2, 2, 483, 485, 486, 
	0, 0, 484, 1, 2, 2, 487, 484, 
	1, 2, 2, 487, 489, 490, 0, 0, 
	488, 1, 2, 2, 491, 488, 1, 2, 
	2, 491, 493, 494, 0, 0, 492, 1, 
	495, 495, 496, 0, 492, 1, 2, 2, 
	496, 0, 492, 1, 2, 2, 497, 498, 
	493, 1, 495, 495, 0, 1, 2, 2, 
	493, 1, 2, 2, 499, 0, 497, 494, 
	1, 2, 2, 494, 500, 499, 1, 2, 
	2, 499, 1, 2, 2, 501, 502, 489, 
	1, 2, 2, 501, 491, 0, 1, 2, 
	2, 489, 1, 2, 2, 503, 0, 501, 
	490, 1, 2, 2, 490, 504, 503, 1, 
	2, 2, 503, 1, 2, 2, 505, 506, 
	485, 1, 2, 2, 505, 487, 0, 1, 
	2, 2, 485, 1, 2, 2, 507, 0, 
	505, 486, 1, 2, 2, 486, 508, 507, 
	1, 2, 2, 507, 1, 2, 2, 509, 
	510, 481, 1, 2, 2, 509, 483, 0, 
	1, 2, 2, 481, 1, 2, 2, 511, 
	0, 509, 482, 1, 2, 2, 482, 512, 
	511, 1, 2, 2, 511, 1, 2, 2, 
	513, 514, 475, 1, 2, 2, 513, 479, 
	0, 1, 2, 2, 475, 1, 2, 2, 
	515, 0, 513, 476, 1, 2, 2, 476, 
	516, 515, 1, 2, 2, 515, 1, 2, 
	2, 479, 478, 473, 1, 517, 517, 518, 
	519, 478, 473, 1, 2, 2, 518, 519, 
	473, 1, 2, 2, 519, 520, 482, 0, 
	0, 480, 1, 2, 2, 521, 522, 520, 
	1, 2, 2, 521, 523, 0, 1, 2, 
	2, 523, 524, 486, 0, 0, 484, 1, 
	2, 2, 525, 526, 524, 1, 527, 527, 
	528, 529, 0, 1, 2, 2, 528, 529, 
	0, 1, 2, 2, 529, 489, 490, 0, 
	0, 530, 531, 488, 1, 2, 2, 491, 
	531, 488, 1, 532, 532, 533, 534, 531, 
	488, 1, 2, 2, 533, 534, 488, 1, 
	2, 2, 534, 493, 494, 0, 0, 535, 
	536, 492, 1, 495, 495, 496, 0, 536, 
	492, 1, 537, 537, 496, 0, 536, 492, 
	1, 2, 2, 524, 1, 2, 2, 520, 
	1, 2, 2, 538, 0, 1, 2, 2, 
	539, 0, 1, 2, 2, 540, 541, 0, 
	1, 2, 2, 542, 543, 544, 545, 546, 
	547, 0, 1, 2, 2, 548, 549, 0, 
	1, 2, 2, 550, 0, 1, 2, 2, 
	551, 0, 1, 2, 2, 553, 554, 555, 
	0, 0, 552, 1, 2, 2, 556, 552, 
	1, 2, 2, 556, 558, 559, 0, 0, 
	557, 1, 560, 560, 561, 0, 557, 1, 
	2, 2, 561, 0, 557, 1, 2, 2, 
	562, 563, 558, 1, 560, 560, 0, 1, 
	2, 2, 558, 1, 2, 2, 564, 0, 
	562, 559, 1, 2, 2, 559, 565, 564, 
	1, 2, 2, 564, 1, 2, 2, 567, 
	568, 569, 570, 571, 566, 1, 2, 2, 
	567, 571, 566, 1, 2, 2, 567, 556, 
	0, 1, 2, 2, 566, 1, 2, 2, 
	567, 572, 571, 566, 1, 2, 2, 567, 
	573, 571, 566, 1, 2, 2, 567, 574, 
	571, 566, 1, 2, 2, 567, 575, 571, 
	566, 1, 2, 2, 567, 576, 571, 566, 
	1, 2, 2, 567, 577, 571, 566, 1, 
	2, 2, 567, 578, 571, 566, 1, 2, 
	2, 579, 571, 566, 1, 2, 2, 579, 
	580, 0, 1, 2, 2, 580, 558, 559, 
	0, 0, 581, 582, 557, 1, 560, 560, 
	561, 0, 582, 557, 1, 583, 583, 584, 
	585, 582, 557, 1, 2, 2, 584, 585, 
	557, 1, 2, 2, 585, 586, 0, 1, 
	2, 2, 587, 588, 589, 0, 1, 2, 
	2, 590, 0, 1, 2, 2, 591, 0, 
	1, 2, 2, 592, 0, 1, 2, 2, 
	593, 0, 1, 2, 2, 594, 0, 1, 
	2, 2, 595, 0, 1, 2, 2, 596, 
	0, 1, 2, 2, 597, 0, 1, 2, 
	2, 597, 598, 0, 1, 2, 2, 598, 
	599, 600, 0, 1, 2, 2, 600, 0, 
	1, 601, 601, 602, 585, 600, 0, 1, 
	2, 2, 602, 585, 0, 1, 2, 2, 
	603, 0, 1, 2, 2, 604, 0, 1, 
	2, 2, 605, 0, 1, 2, 2, 606, 
	0, 1, 2, 2, 607, 0, 1, 2, 
	2, 608, 0, 1, 2, 2, 595, 0, 
	1, 2, 2, 609, 0, 1, 2, 2, 
	610, 0, 1, 2, 2, 611, 0, 1, 
	2, 2, 612, 0, 1, 2, 2, 613, 
	0, 1, 2, 2, 596, 0, 1, 2, 
	2, 567, 614, 571, 566, 1, 2, 2, 
	567, 615, 571, 566, 1, 2, 2, 567, 
	616, 571, 566, 1, 2, 2, 567, 617, 
	571, 566, 1, 2, 2, 567, 618, 571, 
	566, 1, 2, 2, 567, 619, 571, 566, 
	1, 2, 2, 567, 577, 571, 566, 1, 
	2, 2, 567, 620, 571, 566, 1, 2, 
	2, 567, 621, 571, 566, 1, 2, 2, 
	567, 622, 571, 566, 1, 2, 2, 567, 
	623, 571, 566, 1, 2, 2, 567, 624, 
	571, 566, 1, 2, 2, 567, 578, 571, 
	566, 1, 2, 2, 625, 0, 567, 555, 
	1, 2, 2, 555, 626, 625, 1, 2, 
	2, 625, 1, 2, 2, 627, 0, 1, 
	2, 2, 628, 0, 1, 2, 2, 629, 
	0, 1, 2, 2, 631, 632, 633, 0, 
	0, 634, 635, 630, 1, 636, 636, 637, 
	630, 1, 2, 2, 637, 639, 640, 0, 
	0, 638, 1, 636, 636, 641, 642, 638, 
	1, 2, 2, 641, 642, 638, 1, 2, 
	2, 642, 644, 645, 0, 0, 643, 1, 
	636, 636, 646, 647, 643, 1, 2, 2, 
	646, 647, 643, 1, 2, 2, 647, 649, 
	650, 0, 0, 648, 1, 636, 636, 651, 
	652, 648, 1, 2, 2, 651, 652, 648, 
	1, 2, 2, 652, 654, 655, 0, 0, 
	653, 1, 636, 636, 656, 657, 653, 1, 
	2, 2, 656, 657, 653, 1, 2, 2, 
	657, 659, 660, 0, 0, 658, 1, 636, 
	636, 661, 662, 658, 1, 2, 2, 661, 
	662, 658, 1, 2, 2, 662, 664, 665, 
	0, 0, 663, 1, 636, 636, 666, 667, 
	663, 1, 2, 2, 666, 667, 663, 1, 
	2, 2, 667, 669, 670, 0, 0, 668, 
	1, 636, 636, 671, 0, 668, 1, 2, 
	2, 671, 0, 668, 1, 2, 2, 672, 
	673, 669, 1, 636, 636, 0, 1, 2, 
	2, 669, 1, 2, 2, 674, 0, 672, 
	670, 1, 2, 2, 670, 675, 674, 1, 
	2, 2, 674, 1, 2, 2, 676, 677, 
	664, 1, 636, 636, 678, 667, 0, 1, 
	2, 2, 678, 667, 0, 1, 2, 2, 
	664, 1, 2, 2, 679, 0, 676, 665, 
	1, 2, 2, 665, 680, 679, 1, 2, 
	2, 679, 1, 2, 2, 681, 682, 659, 
	1, 636, 636, 683, 662, 0, 1, 2, 
	2, 683, 662, 0, 1, 2, 2, 659, 
	1, 2, 2, 684, 0, 681, 660, 1, 
	2, 2, 660, 685, 684, 1, 2, 2, 
	684, 1, 2, 2, 686, 687, 654, 1, 
	636, 636, 688, 657, 0, 1, 2, 2, 
	688, 657, 0, 1, 2, 2, 654, 1, 
	2, 2, 689, 0, 686, 655, 1, 2, 
	2, 655, 690, 689, 1, 2, 2, 689, 
	1, 2, 2, 691, 692, 649, 1, 636, 
	636, 693, 652, 0, 1, 2, 2, 693, 
	652, 0, 1, 2, 2, 649, 1, 2, 
	2, 694, 0, 691, 650, 1, 2, 2, 
	650, 695, 694, 1, 2, 2, 694, 1, 
	2, 2, 696, 697, 644, 1, 636, 636, 
	698, 647, 0, 1, 2, 2, 698, 647, 
	0, 1, 2, 2, 644, 1, 2, 2, 
	699, 0, 696, 645, 1, 2, 2, 645, 
	700, 699, 1, 2, 2, 699, 1, 2, 
	2, 701, 702, 639, 1, 636, 636, 703, 
	642, 0, 1, 2, 2, 703, 642, 0, 
	1, 2, 2, 639, 1, 2, 2, 704, 
	0, 701, 640, 1, 2, 2, 640, 705, 
	704, 1, 2, 2, 704, 1, 2, 2, 
	706, 707, 632, 1, 708, 708, 706, 709, 
	0, 1, 2, 2, 709, 710, 640, 0, 
	0, 638, 1, 2, 2, 711, 712, 710, 
	1, 708, 708, 713, 714, 0, 1, 2, 
	2, 713, 714, 0, 1, 2, 2, 714, 
	715, 645, 0, 0, 643, 1, 2, 2, 
	716, 717, 715, 1, 708, 708, 718, 719, 
	0, 1, 2, 2, 718, 719, 0, 1, 
	2, 2, 719, 720, 650, 0, 0, 648, 
	1, 2, 2, 721, 722, 720, 1, 708, 
	708, 723, 724, 0, 1, 2, 2, 723, 
	724, 0, 1, 2, 2, 724, 725, 655, 
	0, 0, 653, 1, 2, 2, 726, 727, 
	725, 1, 708, 708, 728, 729, 0, 1, 
	2, 2, 728, 729, 0, 1, 2, 2, 
	729, 730, 660, 0, 0, 658, 1, 2, 
	2, 731, 732, 730, 1, 708, 708, 733, 
	734, 0, 1, 2, 2, 733, 734, 0, 
	1, 2, 2, 734, 735, 665, 0, 0, 
	663, 1, 2, 2, 736, 737, 735, 1, 
	708, 708, 738, 739, 0, 1, 2, 2, 
	738, 739, 0, 1, 2, 2, 739, 740, 
	670, 0, 0, 668, 1, 2, 2, 741, 
	742, 740, 1, 708, 708, 0, 1, 2, 
	2, 740, 1, 2, 2, 735, 1, 2, 
	2, 730, 1, 2, 2, 725, 1, 2, 
	2, 720, 1, 2, 2, 715, 1, 2, 
	2, 710, 1, 2, 2, 632, 1, 2, 
	2, 743, 0, 744, 633, 1, 2, 2, 
	633, 745, 743, 1, 2, 2, 743, 1, 
	636, 636, 744, 637, 0, 1, 636, 636, 
	637, 746, 630, 1, 636, 636, 637, 747, 
	630, 1, 636, 636, 637, 748, 630, 1, 
	749, 749, 637, 630, 1, 636, 636, 637, 
	750, 630, 1, 751, 751, 637, 630, 1, 
	2, 2, 752, 753, 0, 1, 2, 2, 
	754, 0, 1, 2, 2, 755, 0, 1, 
	2, 2, 756, 0, 1, 2, 2, 757, 
	0, 1, 2, 2, 758, 759, 0, 1, 
	2, 2, 760, 761, 762, 0, 1, 2, 
	2, 762, 0, 1, 2, 2, 763, 764, 
	762, 0, 1, 2, 2, 763, 764, 0, 
	1, 2, 2, 764, 765, 766, 0, 1, 
	2, 2, 766, 0, 1, 767, 767, 768, 
	769, 766, 0, 1, 2, 2, 768, 769, 
	0, 1, 2, 2, 769, 770, 0, 1, 
	2, 2, 771, 772, 770, 1, 2, 2, 
	771, 773, 0, 1, 2, 2, 773, 774, 
	775, 0, 1, 2, 2, 775, 0, 1, 
	2, 2, 776, 777, 775, 0, 1, 2, 
	2, 776, 777, 0, 1, 2, 2, 777, 
	778, 0, 1, 2, 2, 779, 780, 778, 
	1, 781, 781, 782, 783, 0, 1, 2, 
	2, 782, 783, 0, 1, 2, 2, 783, 
	784, 785, 0, 1, 2, 2, 785, 0, 
	1, 786, 786, 787, 788, 785, 0, 1, 
	2, 2, 787, 788, 0, 1, 2, 2, 
	788, 789, 790, 0, 1, 2, 2, 790, 
	0, 1, 791, 791, 790, 0, 1, 2, 
	2, 778, 1, 2, 2, 770, 1, 2, 
	2, 761, 762, 0, 1, 2, 2, 792, 
	0, 1, 2, 2, 793, 0, 1, 2, 
	2, 794, 0, 1, 2, 2, 795, 796, 
	0, 1, 2, 2, 797, 798, 799, 0, 
	1, 2, 2, 799, 0, 1, 2, 2, 
	800, 801, 799, 0, 1, 2, 2, 800, 
	801, 0, 1, 2, 2, 801, 802, 803, 
	0, 1, 2, 2, 803, 0, 1, 804, 
	804, 805, 806, 803, 0, 1, 2, 2, 
	805, 806, 0, 1, 2, 2, 806, 807, 
	0, 1, 2, 2, 808, 809, 807, 1, 
	2, 2, 808, 810, 0, 1, 2, 2, 
	810, 811, 812, 0, 1, 2, 2, 812, 
	0, 1, 813, 813, 812, 0, 1, 2, 
	2, 807, 1, 2, 2, 798, 799, 0, 
	1, 2, 2, 814, 0, 1, 2, 2, 
	815, 0, 1, 2, 2, 816, 0, 1, 
	2, 2, 817, 0, 1, 2, 2, 819, 
	820, 821, 0, 0, 818, 1, 2, 2, 
	822, 818, 1, 2, 2, 822, 824, 825, 
	0, 0, 823, 1, 826, 826, 827, 0, 
	823, 1, 2, 2, 827, 0, 823, 1, 
	2, 2, 828, 829, 824, 1, 826, 826, 
	0, 1, 2, 2, 824, 1, 2, 2, 
	830, 0, 828, 825, 1, 2, 2, 825, 
	831, 830, 1, 2, 2, 830, 1, 2, 
	2, 832, 833, 820, 1, 2, 2, 832, 
	834, 0, 1, 2, 2, 834, 824, 825, 
	0, 0, 835, 836, 823, 1, 826, 826, 
	827, 0, 836, 823, 1, 837, 837, 827, 
	0, 836, 823, 1, 2, 2, 820, 1, 
	2, 2, 838, 0, 839, 821, 1, 2, 
	2, 821, 840, 838, 1, 2, 2, 838, 
	1, 2, 2, 839, 822, 0, 1, 2, 
	2, 841, 0, 1, 2, 2, 548, 0, 
	1, 2, 2, 842, 0, 1, 2, 2, 
	843, 0, 1, 2, 2, 844, 845, 0, 
	1, 2, 2, 846, 0, 1, 2, 2, 
	847, 0, 1, 2, 2, 795, 0, 1, 
	2, 2, 848, 0, 1, 2, 2, 849, 
	0, 1, 2, 2, 758, 0, 1, 2, 
	2, 850, 0, 1, 2, 2, 851, 0, 
	1, 2, 2, 852, 853, 0, 1, 2, 
	2, 854, 0, 1, 2, 2, 855, 0, 
	1, 2, 2, 856, 0, 1, 2, 2, 
	858, 859, 860, 0, 0, 861, 862, 857, 
	1, 2, 2, 863, 857, 1, 2, 2, 
	863, 865, 866, 0, 0, 864, 1, 2, 
	2, 867, 864, 1, 2, 2, 867, 869, 
	870, 0, 0, 868, 1, 871, 871, 872, 
	0, 868, 1, 2, 2, 872, 0, 868, 
	1, 2, 2, 873, 874, 869, 1, 871, 
	871, 0, 1, 2, 2, 869, 1, 2, 
	2, 875, 0, 873, 870, 1, 2, 2, 
	870, 876, 875, 1, 2, 2, 875, 1, 
	2, 2, 877, 878, 865, 1, 2, 2, 
	877, 867, 0, 1, 2, 2, 865, 1, 
	2, 2, 879, 0, 877, 866, 1, 2, 
	2, 866, 880, 879, 1, 2, 2, 879, 
	1, 2, 2, 881, 882, 859, 1, 2, 
	2, 881, 863, 0, 1, 2, 2, 859, 
	1, 2, 2, 883, 0, 881, 860, 1, 
	2, 2, 860, 884, 883, 1, 2, 2, 
	883, 1, 2, 2, 863, 862, 857, 1, 
	885, 885, 886, 887, 862, 857, 1, 2, 
	2, 886, 887, 857, 1, 2, 2, 887, 
	888, 866, 0, 0, 864, 1, 2, 2, 
	889, 890, 888, 1, 2, 2, 889, 891, 
	0, 1, 2, 2, 891, 869, 870, 0, 
	0, 892, 893, 868, 1, 871, 871, 872, 
	0, 893, 868, 1, 894, 894, 872, 0, 
	893, 868, 1, 2, 2, 888, 1, 2, 
	2, 895, 852, 896, 0, 1, 2, 2, 
	898, 899, 900, 0, 0, 901, 902, 897, 
	1, 2, 2, 903, 897, 1, 2, 2, 
	903, 905, 906, 0, 0, 904, 1, 2, 
	2, 907, 904, 1, 2, 2, 907, 909, 
	910, 0, 0, 908, 1, 911, 911, 912, 
	0, 908, 1, 2, 2, 912, 0, 908, 
	1, 2, 2, 913, 914, 909, 1, 911, 
	911, 0, 1, 2, 2, 909, 1, 2, 
	2, 915, 0, 913, 910, 1, 2, 2, 
	910, 916, 915, 1, 2, 2, 915, 1, 
	2, 2, 917, 918, 905, 1, 2, 2, 
	917, 907, 0, 1, 2, 2, 905, 1, 
	2, 2, 919, 0, 917, 906, 1, 2, 
	2, 906, 920, 919, 1, 2, 2, 919, 
	1, 2, 2, 921, 922, 899, 1, 2, 
	2, 921, 903, 0, 1, 2, 2, 899, 
	1, 2, 2, 923, 0, 921, 900, 1, 
	2, 2, 900, 924, 923, 1, 2, 2, 
	923, 1, 2, 2, 903, 902, 897, 1, 
	925, 925, 926, 927, 902, 897, 1, 2, 
	2, 926, 927, 897, 1, 2, 2, 927, 
	928, 906, 0, 0, 929, 930, 904, 1, 
	2, 2, 931, 932, 928, 1, 2, 2, 
	931, 933, 0, 1, 2, 2, 933, 934, 
	910, 0, 0, 908, 1, 2, 2, 935, 
	936, 934, 1, 937, 937, 0, 1, 2, 
	2, 934, 1, 2, 2, 928, 1, 2, 
	2, 907, 930, 904, 1, 2, 2, 938, 
	939, 930, 904, 1, 2, 2, 938, 939, 
	904, 1, 2, 2, 939, 940, 910, 0, 
	0, 908, 1, 2, 2, 941, 942, 940, 
	1, 943, 943, 0, 1, 2, 2, 940, 
	1, 2, 2, 944, 0, 1, 2, 2, 
	945, 0, 1, 2, 2, 946, 0, 1, 
	2, 2, 948, 949, 950, 0, 0, 951, 
	952, 947, 1, 2, 2, 953, 947, 1, 
	2, 2, 953, 955, 956, 0, 0, 954, 
	1, 2, 2, 957, 954, 1, 2, 2, 
	957, 959, 960, 0, 0, 958, 1, 2, 
	2, 961, 958, 1, 2, 2, 961, 963, 
	964, 0, 0, 962, 1, 2, 2, 965, 
	962, 1, 2, 2, 965, 967, 968, 0, 
	0, 966, 1, 969, 969, 970, 0, 966, 
	1, 2, 2, 970, 0, 966, 1, 2, 
	2, 971, 972, 967, 1, 969, 969, 0, 
	1, 2, 2, 967, 1, 2, 2, 973, 
	0, 971, 968, 1, 2, 2, 968, 974, 
	973, 1, 2, 2, 973, 1, 2, 2, 
	975, 976, 963, 1, 2, 2, 975, 965, 
	0, 1, 2, 2, 963, 1, 2, 2, 
	977, 0, 975, 964, 1, 2, 2, 964, 
	978, 977, 1, 2, 2, 977, 1, 2, 
	2, 979, 980, 959, 1, 2, 2, 979, 
	961, 0, 1, 2, 2, 959, 1, 2, 
	2, 981, 0, 979, 960, 1, 2, 2, 
	960, 982, 981, 1, 2, 2, 981, 1, 
	2, 2, 983, 984, 955, 1, 2, 2, 
	983, 957, 0, 1, 2, 2, 955, 1, 
	2, 2, 985, 0, 983, 956, 1, 2, 
	2, 956, 986, 985, 1, 2, 2, 985, 
	1, 2, 2, 987, 988, 949, 1, 2, 
	2, 987, 953, 0, 1, 2, 2, 949, 
	1, 2, 2, 989, 0, 987, 950, 1, 
	2, 2, 950, 990, 989, 1, 2, 2, 
	989, 1, 2, 2, 953, 952, 947, 1, 
	991, 991, 992, 993, 952, 947, 1, 2, 
	2, 992, 993, 947, 1, 2, 2, 993, 
	994, 956, 0, 0, 954, 1, 2, 2, 
	995, 996, 994, 1, 2, 2, 995, 997, 
	0, 1, 2, 2, 997, 998, 960, 0, 
	0, 958, 1, 2, 2, 999, 1000, 998, 
	1, 1001, 1001, 1002, 1003, 0, 1, 2, 
	2, 1002, 1003, 0, 1, 2, 2, 1003, 
	963, 964, 0, 0, 1004, 1005, 962, 1, 
	2, 2, 965, 1005, 962, 1, 1006, 1006, 
	1007, 1008, 1005, 962, 1, 2, 2, 1007, 
	1008, 962, 1, 2, 2, 1008, 967, 968, 
	0, 0, 1009, 1010, 966, 1, 969, 969, 
	970, 0, 1010, 966, 1, 1011, 1011, 970, 
	0, 1010, 966, 1, 2, 2, 998, 1, 
	2, 2, 994, 1, 2, 2, 1012, 0, 
	1, 2, 2, 1013, 0, 1, 2, 2, 
	1014, 0, 1, 2, 2, 895, 0, 1, 
	2, 2, 1015, 0, 1, 2, 2, 1016, 
	0, 1, 2, 2, 1017, 0, 1, 2, 
	2, 1018, 0, 1, 2, 2, 1019, 0, 
	1, 2, 2, 1020, 0, 1, 2, 2, 
	1022, 1023, 1024, 0, 0, 1025, 1026, 1021, 
	1, 1027, 1027, 1028, 0, 1021, 1, 2, 
	2, 1028, 0, 1021, 1, 2, 2, 1029, 
	1030, 1023, 1, 1027, 1027, 0, 1, 2, 
	2, 1023, 1, 2, 2, 1031, 0, 1029, 
	1024, 1, 2, 2, 1024, 1032, 1031, 1, 
	2, 2, 1031, 1, 1027, 1027, 1028, 0, 
	1026, 1021, 1, 1033, 1033, 1028, 0, 1026, 
	1021, 1, 2, 2, 1034, 0, 1, 2, 
	2, 1035, 0, 1, 2, 2, 1036, 0, 
	1, 2, 2, 1037, 1038, 1039, 1040, 1041, 
	1042, 1043, 1044, 1045, 0, 1, 2, 2, 
	1046, 0, 1, 2, 2, 1047, 0, 1, 
	2, 2, 1048, 0, 1, 2, 2, 1049, 
	0, 1, 2, 2, 1051, 1052, 1053, 0, 
	0, 1054, 1055, 1050, 1, 1056, 1056, 1057, 
	1050, 1, 2, 2, 1057, 1059, 1060, 0, 
	0, 1058, 1, 1056, 1056, 1061, 1062, 1058, 
	1, 2, 2, 1061, 1062, 1058, 1, 2, 
	2, 1062, 1064, 1065, 0, 0, 1063, 1, 
	1056, 1056, 1066, 1067, 1063, 1, 2, 2, 
	1066, 1067, 1063, 1, 2, 2, 1067, 1069, 
	1070, 0, 0, 1068, 1, 1056, 1056, 1071, 
	1072, 1068, 1, 2, 2, 1071, 1072, 1068, 
	1, 2, 2, 1072, 1074, 1075, 0, 0, 
	1073, 1, 1056, 1056, 1076, 1077, 1073, 1, 
	2, 2, 1076, 1077, 1073, 1, 2, 2, 
	1077, 1079, 1080, 0, 0, 1078, 1, 1056, 
	1056, 1081, 1082, 1078, 1, 2, 2, 1081, 
	1082, 1078, 1, 2, 2, 1082, 1084, 1085, 
	0, 0, 1083, 1, 1056, 1056, 1086, 1087, 
	1083, 1, 2, 2, 1086, 1087, 1083, 1, 
	2, 2, 1087, 1089, 1090, 0, 0, 1088, 
	1, 1056, 1056, 1091, 0, 1088, 1, 2, 
	2, 1091, 0, 1088, 1, 2, 2, 1092, 
	1093, 1089, 1, 1056, 1056, 0, 1, 2, 
	2, 1089, 1, 2, 2, 1094, 0, 1092, 
	1090, 1, 2, 2, 1090, 1095, 1094, 1, 
	2, 2, 1094, 1, 2, 2, 1096, 1097, 
	1084, 1, 1056, 1056, 1098, 1087, 0, 1, 
	2, 2, 1098, 1087, 0, 1, 2, 2, 
	1084, 1, 2, 2, 1099, 0, 1096, 1085, 
	1, 2, 2, 1085, 1100, 1099, 1, 2, 
	2, 1099, 1, 2, 2, 1101, 1102, 1079, 
	1, 1056, 1056, 1103, 1082, 0, 1, 2, 
	2, 1103, 1082, 0, 1, 2, 2, 1079, 
	1, 2, 2, 1104, 0, 1101, 1080, 1, 
	2, 2, 1080, 1105, 1104, 1, 2, 2, 
	1104, 1, 2, 2, 1106, 1107, 1074, 1, 
	1056, 1056, 1108, 1077, 0, 1, 2, 2, 
	1108, 1077, 0, 1, 2, 2, 1074, 1, 
	2, 2, 1109, 0, 1106, 1075, 1, 2, 
	2, 1075, 1110, 1109, 1, 2, 2, 1109, 
	1, 2, 2, 1111, 1112, 1069, 1, 1056, 
	1056, 1113, 1072, 0, 1, 2, 2, 1113, 
	1072, 0, 1, 2, 2, 1069, 1, 2, 
	2, 1114, 0, 1111, 1070, 1, 2, 2, 
	1070, 1115, 1114, 1, 2, 2, 1114, 1, 
	2, 2, 1116, 1117, 1064, 1, 1056, 1056, 
	1118, 1067, 0, 1, 2, 2, 1118, 1067, 
	0, 1, 2, 2, 1064, 1, 2, 2, 
	1119, 0, 1116, 1065, 1, 2, 2, 1065, 
	1120, 1119, 1, 2, 2, 1119, 1, 2, 
	2, 1121, 1122, 1059, 1, 1056, 1056, 1123, 
	1062, 0, 1, 2, 2, 1123, 1062, 0, 
	1, 2, 2, 1059, 1, 2, 2, 1124, 
	0, 1121, 1060, 1, 2, 2, 1060, 1125, 
	1124, 1, 2, 2, 1124, 1, 2, 2, 
	1126, 1127, 1052, 1, 1128, 1128, 1126, 1129, 
	0, 1, 2, 2, 1129, 1130, 1060, 0, 
	0, 1058, 1, 2, 2, 1131, 1132, 1130, 
	1, 1128, 1128, 1133, 1134, 0, 1, 2, 
	2, 1133, 1134, 0, 1, 2, 2, 1134, 
	1135, 1065, 0, 0, 1063, 1, 2, 2, 
	1136, 1137, 1135, 1, 1128, 1128, 1138, 1139, 
	0, 1, 2, 2, 1138, 1139, 0, 1, 
	2, 2, 1139, 1140, 1070, 0, 0, 1068, 
	1, 2, 2, 1141, 1142, 1140, 1, 1128, 
	1128, 1143, 1144, 0, 1, 2, 2, 1143, 
	1144, 0, 1, 2, 2, 1144, 1145, 1075, 
	0, 0, 1073, 1, 2, 2, 1146, 1147, 
	1145, 1, 1128, 1128, 1148, 1149, 0, 1, 
	2, 2, 1148, 1149, 0, 1, 2, 2, 
	1149, 1150, 1080, 0, 0, 1078, 1, 2, 
	2, 1151, 1152, 1150, 1, 1128, 1128, 1153, 
	1154, 0, 1, 2, 2, 1153, 1154, 0, 
	1, 2, 2, 1154, 1155, 1085, 0, 0, 
	1083, 1, 2, 2, 1156, 1157, 1155, 1, 
	1128, 1128, 1158, 1159, 0, 1, 2, 2, 
	1158, 1159, 0, 1, 2, 2, 1159, 1160, 
	1090, 0, 0, 1088, 1, 2, 2, 1161, 
	1162, 1160, 1, 1128, 1128, 0, 1, 2, 
	2, 1160, 1, 2, 2, 1155, 1, 2, 
	2, 1150, 1, 2, 2, 1145, 1, 2, 
	2, 1140, 1, 2, 2, 1135, 1, 2, 
	2, 1130, 1, 2, 2, 1052, 1, 2, 
	2, 1163, 0, 1164, 1053, 1, 2, 2, 
	1053, 1165, 1163, 1, 2, 2, 1163, 1, 
	1056, 1056, 1164, 1057, 0, 1, 1056, 1056, 
	1057, 1166, 1050, 1, 1056, 1056, 1057, 1167, 
	1050, 1, 1056, 1056, 1057, 1168, 1050, 1, 
	1169, 1169, 1057, 1050, 1, 1056, 1056, 1057, 
	1170, 1050, 1, 1171, 1171, 1057, 1050, 1, 
	2, 2, 1172, 0, 1, 2, 2, 1173, 
	0, 1, 2, 2, 1174, 0, 1, 2, 
	2, 1175, 0, 1, 2, 2, 1176, 0, 
	1, 2, 2, 1177, 0, 1, 2, 2, 
	1178, 0, 1, 2, 2, 1180, 1181, 1182, 
	0, 0, 1179, 1, 2, 2, 1183, 1179, 
	1, 2, 2, 1183, 1185, 1186, 0, 0, 
	1184, 1, 1187, 1187, 1188, 0, 1184, 1, 
	2, 2, 1188, 0, 1184, 1, 2, 2, 
	1189, 1190, 1185, 1, 1187, 1187, 0, 1, 
	2, 2, 1185, 1, 2, 2, 1191, 0, 
	1189, 1186, 1, 2, 2, 1186, 1192, 1191, 
	1, 2, 2, 1191, 1, 2, 2, 1194, 
	1195, 1196, 1193, 1, 2, 2, 1194, 1196, 
	1193, 1, 2, 2, 1194, 1183, 0, 1, 
	2, 2, 1193, 1, 2, 2, 1194, 1197, 
	1196, 1193, 1, 2, 2, 1194, 1198, 1196, 
	1193, 1, 2, 2, 1194, 1199, 1196, 1193, 
	1, 2, 2, 1194, 1200, 1196, 1193, 1, 
	2, 2, 1194, 1201, 1196, 1193, 1, 2, 
	2, 1194, 1202, 1196, 1193, 1, 2, 2, 
	1203, 1196, 1193, 1, 2, 2, 1203, 1204, 
	0, 1, 2, 2, 1204, 1185, 1186, 0, 
	0, 1205, 1206, 1184, 1, 1187, 1187, 1188, 
	0, 1206, 1184, 1, 1207, 1207, 1208, 1209, 
	1206, 1184, 1, 2, 2, 1208, 1209, 1184, 
	1, 2, 2, 1209, 1210, 0, 1, 2, 
	2, 1211, 0, 1, 2, 2, 1212, 0, 
	1, 2, 2, 1213, 0, 1, 2, 2, 
	1214, 0, 1, 2, 2, 1215, 0, 1, 
	2, 2, 1216, 0, 1, 2, 2, 1217, 
	0, 1, 2, 2, 1218, 0, 1, 2, 
	2, 1218, 1219, 0, 1, 2, 2, 1219, 
	1220, 1221, 0, 1, 2, 2, 1221, 0, 
	1, 1222, 1222, 1223, 1209, 1221, 0, 1, 
	2, 2, 1223, 1209, 0, 1, 2, 2, 
	1224, 0, 1194, 1182, 1, 2, 2, 1182, 
	1225, 1224, 1, 2, 2, 1224, 1, 2, 
	2, 1226, 0, 1, 2, 2, 1227, 0, 
	1, 2, 2, 1228, 0, 1, 2, 2, 
	1229, 0, 1, 2, 2, 1231, 1232, 1233, 
	0, 0, 1234, 1235, 1230, 1, 1236, 1236, 
	1237, 0, 1230, 1, 2, 2, 1237, 0, 
	1230, 1, 2, 2, 1238, 1239, 1232, 1, 
	1236, 1236, 0, 1, 2, 2, 1232, 1, 
	2, 2, 1240, 0, 1238, 1233, 1, 2, 
	2, 1233, 1241, 1240, 1, 2, 2, 1240, 
	1, 1236, 1236, 1237, 0, 1235, 1230, 1, 
	1242, 1242, 1237, 0, 1235, 1230, 1, 2, 
	2, 1243, 0, 1, 2, 2, 1244, 0, 
	1, 2, 2, 1245, 0, 1, 2, 2, 
	1246, 0, 1, 2, 2, 1248, 1249, 1250, 
	0, 0, 1247, 1, 2, 2, 1251, 1247, 
	1, 2, 2, 1251, 1253, 1254, 0, 0, 
	1252, 1, 1255, 1255, 1256, 0, 1252, 1, 
	2, 2, 1256, 0, 1252, 1, 2, 2, 
	1257, 1258, 1253, 1, 1255, 1255, 0, 1, 
	2, 2, 1253, 1, 2, 2, 1259, 0, 
	1257, 1254, 1, 2, 2, 1254, 1260, 1259, 
	1, 2, 2, 1259, 1, 2, 2, 1261, 
	1262, 1249, 1, 2, 2, 1261, 1263, 0, 
	1, 2, 2, 1263, 1253, 1254, 0, 0, 
	1264, 1265, 1252, 1, 1255, 1255, 1256, 0, 
	1265, 1252, 1, 1266, 1266, 1256, 0, 1265, 
	1252, 1, 2, 2, 1249, 1, 2, 2, 
	1267, 0, 1268, 1250, 1, 2, 2, 1250, 
	1269, 1267, 1, 2, 2, 1267, 1, 2, 
	2, 1268, 1251, 0, 1, 2, 2, 1270, 
	1271, 1272, 0, 1, 2, 2, 1273, 0, 
	1, 2, 2, 1274, 0, 1, 2, 2, 
	1275, 0, 1, 2, 2, 1277, 1278, 1279, 
	0, 0, 1276, 1, 2, 2, 1280, 1276, 
	1, 2, 2, 1280, 1282, 1283, 0, 0, 
	1281, 1, 1284, 1284, 1285, 0, 1281, 1, 
	2, 2, 1285, 0, 1281, 1, 2, 2, 
	1286, 1287, 1282, 1, 1284, 1284, 0, 1, 
	2, 2, 1282, 1, 2, 2, 1288, 0, 
	1286, 1283, 1, 2, 2, 1283, 1289, 1288, 
	1, 2, 2, 1288, 1, 2, 2, 1291, 
	1292, 1293, 1294, 1295, 1296, 1297, 1290, 1, 
	2, 2, 1291, 1297, 1290, 1, 2, 2, 
	1291, 1280, 0, 1, 2, 2, 1290, 1, 
	2, 2, 1291, 1298, 1297, 1290, 1, 2, 
	2, 1291, 1299, 1297, 1290, 1, 2, 2, 
	1291, 1300, 1297, 1290, 1, 2, 2, 1291, 
	1301, 1297, 1290, 1, 2, 2, 1291, 1302, 
	1297, 1290, 1, 2, 2, 1291, 1303, 1297, 
	1290, 1, 2, 2, 1291, 1304, 1297, 1290, 
	1, 2, 2, 1305, 1297, 1290, 1, 2, 
	2, 1305, 1306, 0, 1, 2, 2, 1306, 
	1282, 1283, 0, 0, 1307, 1308, 1281, 1, 
	1284, 1284, 1285, 0, 1308, 1281, 1, 1309, 
	1309, 1310, 1311, 1308, 1281, 1, 2, 2, 
	1310, 1311, 1281, 1, 2, 2, 1311, 1312, 
	0, 1, 2, 2, 1313, 1314, 1315, 1316, 
	1317, 0, 1, 2, 2, 1318, 0, 1, 
	2, 2, 1319, 0, 1, 2, 2, 1320, 
	0, 1, 2, 2, 1321, 0, 1, 2, 
	2, 1322, 0, 1, 2, 2, 1323, 0, 
	1, 2, 2, 1324, 0, 1, 2, 2, 
	1325, 0, 1, 2, 2, 1325, 1326, 0, 
	1, 2, 2, 1326, 1327, 1328, 0, 1, 
	2, 2, 1328, 0, 1, 1329, 1329, 1330, 
	1311, 1328, 0, 1, 2, 2, 1330, 1311, 
	0, 1, 2, 2, 1331, 0, 1, 2, 
	2, 1332, 0, 1, 2, 2, 1333, 0, 
	1, 2, 2, 1324, 0, 1, 2, 2, 
	1334, 0, 1, 2, 2, 1335, 0, 1, 
	2, 2, 1336, 0, 1, 2, 2, 1337, 
	0, 1, 2, 2, 1338, 0, 1, 2, 
	2, 1339, 0, 1, 2, 2, 1323, 0, 
	1, 2, 2, 1340, 0, 1, 2, 2, 
	1341, 0, 1, 2, 2, 1342, 0, 1, 
	2, 2, 1343, 0, 1, 2, 2, 1344, 
	0, 1, 2, 2, 1324, 0, 1, 2, 
	2, 1345, 0, 1, 2, 2, 1346, 0, 
	1, 2, 2, 1347, 0, 1, 2, 2, 
	1348, 0, 1, 2, 2, 1349, 0, 1, 
	2, 2, 1350, 0, 1, 2, 2, 1351, 
	0, 1, 2, 2, 1351, 1352, 0, 1, 
	2, 2, 1352, 1353, 0, 1, 2, 2, 
	1354, 0, 1, 2, 2, 1355, 0, 1, 
	2, 2, 1356, 0, 1, 2, 2, 1357, 
	1358, 0, 1, 1329, 1329, 1330, 1311, 0, 
	1, 2, 2, 1359, 0, 1, 2, 2, 
	1357, 0, 1, 2, 2, 1291, 1360, 1297, 
	1290, 1, 2, 2, 1291, 1361, 1297, 1290, 
	1, 2, 2, 1291, 1362, 1297, 1290, 1, 
	2, 2, 1291, 1304, 1297, 1290, 1, 2, 
	2, 1291, 1363, 1297, 1290, 1, 2, 2, 
	1291, 1364, 1297, 1290, 1, 2, 2, 1291, 
	1365, 1297, 1290, 1, 2, 2, 1291, 1366, 
	1297, 1290, 1, 2, 2, 1291, 1367, 1297, 
	1290, 1, 2, 2, 1291, 1368, 1297, 1290, 
	1, 2, 2, 1291, 1303, 1297, 1290, 1, 
	2, 2, 1291, 1369, 1297, 1290, 1, 2, 
	2, 1291, 1370, 1297, 1290, 1, 2, 2, 
	1291, 1371, 1297, 1290, 1, 2, 2, 1291, 
	1372, 1297, 1290, 1, 2, 2, 1291, 1373, 
	1297, 1290, 1, 2, 2, 1291, 1304, 1297, 
	1290, 1, 2, 2, 1291, 1374, 1297, 1290, 
	1, 2, 2, 1291, 1375, 1297, 1290, 1, 
	2, 2, 1291, 1376, 1297, 1290, 1, 2, 
	2, 1291, 1377, 1297, 1290, 1, 2, 2, 
	1291, 1378, 1297, 1290, 1, 2, 2, 1291, 
	1379, 1297, 1290, 1, 2, 2, 1380, 1297, 
	1290, 1, 2, 2, 1380, 1381, 0, 1, 
	2, 2, 1381, 1382, 1283, 0, 0, 1281, 
	1, 2, 2, 1286, 1383, 1287, 1282, 1, 
	2, 2, 1286, 1384, 1287, 1282, 1, 2, 
	2, 1286, 1385, 1287, 1282, 1, 2, 2, 
	1386, 1387, 1287, 1282, 1, 1309, 1309, 1330, 
	1311, 0, 1, 2, 2, 1286, 1388, 1287, 
	1282, 1, 2, 2, 1386, 1287, 1282, 1, 
	2, 2, 1389, 0, 1291, 1279, 1, 2, 
	2, 1279, 1390, 1389, 1, 2, 2, 1389, 
	1, 2, 2, 1391, 0, 1, 2, 2, 
	1392, 0, 1, 2, 2, 1393, 0, 1, 
	2, 2, 1394, 0, 1, 2, 2, 1395, 
	0, 1, 1396, 1396, 0, 1, 2, 2, 
	1397, 0, 1, 2, 2, 1398, 1399, 0, 
	1, 2, 2, 1401, 1402, 1403, 0, 0, 
	1404, 1405, 1400, 1, 2, 2, 1406, 1400, 
	1, 2, 2, 1406, 1408, 1409, 0, 0, 
	1407, 1, 2, 2, 1410, 1407, 1, 2, 
	2, 1410, 1412, 1413, 0, 0, 1411, 1, 
	2, 2, 1414, 1411, 1, 2, 2, 1414, 
	1416, 1417, 0, 0, 1415, 1, 2, 2, 
	1418, 1415, 1, 2, 2, 1418, 1420, 1421, 
	0, 0, 1419, 1, 1422, 1422, 1423, 0, 
	1419, 1, 2, 2, 1423, 0, 1419, 1, 
	2, 2, 1424, 1425, 1420, 1, 1422, 1422, 
	0, 1, 2, 2, 1420, 1, 2, 2, 
	1426, 0, 1424, 1421, 1, 2, 2, 1421, 
	1427, 1426, 1, 2, 2, 1426, 1, 2, 
	2, 1428, 1429, 1416, 1, 2, 2, 1428, 
	1418, 0, 1, 2, 2, 1416, 1, 2, 
	2, 1430, 0, 1428, 1417, 1, 2, 2, 
	1417, 1431, 1430, 1, 2, 2, 1430, 1, 
	2, 2, 1432, 1433, 1412, 1, 2, 2, 
	1432, 1414, 0, 1, 2, 2, 1412, 1, 
	2, 2, 1434, 0, 1432, 1413, 1, 2, 
	2, 1413, 1435, 1434, 1, 2, 2, 1434, 
	1, 2, 2, 1436, 1437, 1408, 1, 2, 
	2, 1436, 1410, 0, 1, 2, 2, 1408, 
	1, 2, 2, 1438, 0, 1436, 1409, 1, 
	2, 2, 1409, 1439, 1438, 1, 2, 2, 
	1438, 1, 2, 2, 1440, 1441, 1402, 1, 
	2, 2, 1440, 1442, 0, 1, 2, 2, 
	1442, 1408, 1409, 0, 0, 1443, 1444, 1407, 
	1, 2, 2, 1410, 1444, 1407, 1, 2, 
	2, 1445, 1446, 1444, 1407, 1, 2, 2, 
	1445, 1446, 1407, 1, 2, 2, 1446, 1447, 
	1413, 0, 0, 1411, 1, 2, 2, 1448, 
	1449, 1447, 1, 1450, 1450, 1451, 1452, 0, 
	1, 2, 2, 1451, 1452, 0, 1, 2, 
	2, 1452, 1416, 1417, 0, 0, 1453, 1454, 
	1415, 1, 2, 2, 1418, 1454, 1415, 1, 
	1455, 1455, 1456, 1457, 1454, 1415, 1, 2, 
	2, 1456, 1457, 1415, 1, 2, 2, 1457, 
	1420, 1421, 0, 0, 1458, 1459, 1419, 1, 
	1422, 1422, 1423, 0, 1459, 1419, 1, 1460, 
	1460, 1423, 0, 1459, 1419, 1, 2, 2, 
	1447, 1, 2, 2, 1402, 1, 2, 2, 
	1461, 0, 1462, 1403, 1, 2, 2, 1403, 
	1463, 1461, 1, 2, 2, 1461, 1, 2, 
	2, 1462, 1406, 0, 1, 2, 2, 1406, 
	1405, 1400, 1, 1464, 1464, 1465, 1466, 1405, 
	1400, 1, 2, 2, 1465, 1466, 1400, 1, 
	2, 2, 1466, 1408, 1409, 0, 0, 1467, 
	1468, 1407, 1, 2, 2, 1410, 1468, 1407, 
	1, 1469, 1469, 1410, 1468, 1407, 1, 2, 
	2, 1470, 0, 1, 2, 2, 1471, 0, 
	1, 2, 2, 1473, 1474, 1475, 0, 0, 
	1476, 1477, 1472, 1, 2, 2, 1478, 1472, 
	1, 2, 2, 1478, 1480, 1481, 0, 0, 
	1479, 1, 2, 2, 1482, 1479, 1, 2, 
	2, 1482, 1484, 1485, 0, 0, 1483, 1, 
	1486, 1486, 1487, 0, 1483, 1, 2, 2, 
	1487, 0, 1483, 1, 2, 2, 1488, 1489, 
	1484, 1, 1486, 1486, 0, 1, 2, 2, 
	1484, 1, 2, 2, 1490, 0, 1488, 1485, 
	1, 2, 2, 1485, 1491, 1490, 1, 2, 
	2, 1490, 1, 2, 2, 1492, 1493, 1480, 
	1, 2, 2, 1492, 1482, 0, 1, 2, 
	2, 1480, 1, 2, 2, 1494, 0, 1492, 
	1481, 1, 2, 2, 1481, 1495, 1494, 1, 
	2, 2, 1494, 1, 2, 2, 1496, 1497, 
	1474, 1, 2, 2, 1496, 1498, 0, 1, 
	2, 2, 1498, 1480, 1481, 0, 0, 1499, 
	1500, 1479, 1, 2, 2, 1482, 1500, 1479, 
	1, 2, 2, 1501, 1502, 1500, 1479, 1, 
	2, 2, 1501, 1502, 1479, 1, 2, 2, 
	1502, 1484, 1485, 0, 0, 1503, 1504, 1483, 
	1, 1486, 1486, 1487, 0, 1504, 1483, 1, 
	1505, 1505, 1487, 0, 1504, 1483, 1, 2, 
	2, 1474, 1, 2, 2, 1506, 0, 1507, 
	1475, 1, 2, 2, 1475, 1508, 1506, 1, 
	2, 2, 1506, 1, 2, 2, 1507, 1478, 
	0, 1, 2, 2, 1478, 1477, 1472, 1, 
	1509, 1509, 1510, 1511, 1477, 1472, 1, 2, 
	2, 1510, 1511, 1472, 1, 2, 2, 1511, 
	1480, 1481, 0, 0, 1512, 1513, 1479, 1, 
	2, 2, 1482, 1513, 1479, 1, 1514, 1514, 
	1482, 1513, 1479, 1, 2, 2, 1515, 0, 
	1, 2, 2, 1516, 0, 1, 2, 2, 
	1517, 0, 1, 2, 2, 1518, 0, 1, 
	2, 2, 1519, 0, 1, 2, 2, 1520, 
	1521, 0, 1, 2, 2, 1522, 1523, 1524, 
	0, 1, 2, 2, 1524, 0, 1, 2, 
	2, 1525, 1526, 1524, 0, 1, 2, 2, 
	1525, 1526, 0, 1, 2, 2, 1526, 1527, 
	0, 1, 2, 2, 1528, 1529, 1527, 1, 
	2, 2, 1528, 1530, 0, 1, 2, 2, 
	1530, 1531, 1532, 0, 1, 2, 2, 1532, 
	0, 1, 2, 2, 1533, 1534, 1532, 0, 
	1, 2, 2, 1533, 1534, 0, 1, 2, 
	2, 1534, 1535, 0, 1, 2, 2, 1536, 
	1537, 1535, 1, 1538, 1538, 1539, 1540, 0, 
	1, 2, 2, 1539, 1540, 0, 1, 2, 
	2, 1540, 1541, 1542, 0, 1, 2, 2, 
	1542, 0, 1, 1543, 1543, 1544, 1545, 1542, 
	0, 1, 2, 2, 1544, 1545, 0, 1, 
	2, 2, 1545, 1546, 1547, 0, 1, 2, 
	2, 1547, 0, 1, 1548, 1548, 1547, 0, 
	1, 2, 2, 1535, 1, 2, 2, 1527, 
	1, 2, 2, 1549, 0, 1, 2, 2, 
	1550, 0, 1, 2, 2, 1551, 1552, 1553, 
	0, 1, 2, 2, 1553, 0, 1, 2, 
	2, 1554, 1555, 1553, 0, 1, 2, 2, 
	1554, 1555, 0, 1, 2, 2, 1555, 1556, 
	0, 1, 2, 2, 1557, 1558, 1556, 1, 
	2, 2, 1557, 1559, 0, 1, 2, 2, 
	1559, 1560, 1561, 0, 1, 2, 2, 1561, 
	0, 1, 1562, 1562, 1561, 0, 1, 2, 
	2, 1556, 1, 2, 2, 1563, 1564, 0, 
	1, 2, 2, 1565, 0, 1, 2, 2, 
	1566, 0, 1, 2, 2, 1567, 0, 1, 
	2, 2, 1568, 0, 1, 2, 2, 1569, 
	1570, 1571, 0, 1, 2, 2, 1571, 0, 
	1, 1572, 1572, 1571, 0, 1, 2, 2, 
	1573, 0, 1, 2, 2, 1574, 0, 1, 
	2, 2, 1576, 1577, 1578, 0, 0, 1579, 
	1580, 1575, 1, 2, 2, 1581, 1575, 1, 
	2, 2, 1581, 1583, 1584, 0, 0, 1582, 
	1, 1585, 1585, 1586, 0, 1582, 1, 2, 
	2, 1586, 0, 1582, 1, 2, 2, 1587, 
	1588, 1583, 1, 1585, 1585, 0, 1, 2, 
	2, 1583, 1, 2, 2, 1589, 0, 1587, 
	1584, 1, 2, 2, 1584, 1590, 1589, 1, 
	2, 2, 1589, 1, 2, 2, 1591, 1592, 
	1577, 1, 2, 2, 1591, 1593, 0, 1, 
	2, 2, 1593, 1583, 1584, 0, 0, 1594, 
	1595, 1582, 1, 1585, 1585, 1586, 0, 1595, 
	1582, 1, 1596, 1596, 1586, 0, 1595, 1582, 
	1, 2, 2, 1577, 1, 2, 2, 1597, 
	0, 1598, 1578, 1, 2, 2, 1578, 1599, 
	1597, 1, 2, 2, 1597, 1, 2, 2, 
	1598, 1581, 0, 1, 2, 2, 1581, 1580, 
	1575, 1, 1600, 1600, 1601, 1602, 1580, 1575, 
	1, 2, 2, 1601, 1602, 1575, 1, 2, 
	2, 1602, 1583, 1584, 0, 0, 1603, 1604, 
	1582, 1, 1585, 1585, 1586, 0, 1604, 1582, 
	1, 1605, 1605, 1586, 0, 1604, 1582, 1, 
	2, 2, 1606, 0, 1, 2, 2, 1607, 
	0, 1, 2, 2, 1608, 0, 1, 2, 
	2, 1609, 0, 1, 2, 2, 1610, 0, 
	1, 2, 2, 1611, 0, 1, 2, 2, 
	1520, 1612, 1521, 0, 1, 2, 2, 1523, 
	1524, 0, 1, 2, 2, 1613, 0, 1, 
	2, 2, 1614, 0, 1, 2, 2, 1615, 
	0, 1, 2, 2, 1616, 0, 1, 2, 
	2, 1617, 0, 1, 2, 2, 1619, 1620, 
	1621, 0, 0, 1622, 1623, 1618, 1, 1624, 
	1624, 1625, 0, 1618, 1, 2, 2, 1625, 
	0, 1618, 1, 2, 2, 1626, 1627, 1620, 
	1, 1628, 1628, 0, 1, 2, 2, 1620, 
	1, 2, 2, 1629, 0, 1630, 1621, 1, 
	2, 2, 1621, 1631, 1629, 1, 2, 2, 
	1629, 1, 1624, 1624, 0, 1, 1624, 1624, 
	1625, 0, 1623, 1618, 1, 1632, 1632, 1633, 
	1634, 1623, 1618, 1, 2, 2, 1633, 1634, 
	1618, 1, 2, 2, 1634, 1635, 1636, 0, 
	1, 2, 2, 1636, 0, 1, 1637, 1637, 
	1636, 0, 1, 2, 2, 1638, 0, 1, 
	2, 2, 1639, 0, 1, 2, 2, 1640, 
	1641, 1642, 1643, 0, 1, 2, 2, 1644, 
	0, 1, 2, 2, 1645, 0, 1, 2, 
	2, 1646, 0, 1, 2, 2, 1647, 0, 
	1, 2, 2, 1648, 1648, 0, 1, 2, 
	2, 1649, 1650, 0, 1, 2, 2, 1651, 
	1652, 1650, 1, 1653, 1653, 0, 1, 2, 
	2, 1650, 1, 2, 2, 1654, 0, 1, 
	2, 2, 1655, 0, 1, 2, 2, 1656, 
	0, 1, 2, 2, 1657, 0, 1, 2, 
	2, 1658, 0, 1, 2, 2, 1659, 1660, 
	0, 1, 2, 2, 1661, 1662, 0, 1, 
	2, 2, 1663, 1664, 1662, 1, 2, 2, 
	1663, 1665, 0, 1, 2, 2, 1665, 1666, 
	1667, 0, 1, 2, 2, 1667, 0, 1, 
	2, 2, 1668, 1669, 1667, 0, 1, 2, 
	2, 1668, 1669, 0, 1, 2, 2, 1669, 
	1670, 0, 1, 2, 2, 1671, 1672, 1670, 
	1, 1673, 1673, 0, 1, 2, 2, 1670, 
	1, 2, 2, 1662, 1, 2, 2, 1662, 
	0, 1, 2, 2, 1674, 1675, 0, 1, 
	2, 2, 1676, 0, 1, 2, 2, 1677, 
	0, 1, 2, 2, 1678, 0, 1, 2, 
	2, 1680, 1681, 1682, 0, 0, 1679, 1, 
	2, 2, 1683, 1679, 1, 2, 2, 1683, 
	1685, 1686, 0, 0, 1684, 1, 1687, 1687, 
	1688, 0, 1684, 1, 2, 2, 1688, 0, 
	1684, 1, 2, 2, 1689, 1690, 1685, 1, 
	1687, 1687, 0, 1, 2, 2, 1685, 1, 
	2, 2, 1691, 0, 1689, 1686, 1, 2, 
	2, 1686, 1692, 1691, 1, 2, 2, 1691, 
	1, 2, 2, 1694, 1695, 1696, 1697, 1693, 
	1, 2, 2, 1694, 1697, 1693, 1, 2, 
	2, 1694, 1683, 0, 1, 2, 2, 1693, 
	1, 2, 2, 1694, 1698, 1697, 1693, 1, 
	2, 2, 1694, 1699, 1697, 1693, 1, 2, 
	2, 1694, 1700, 1697, 1693, 1, 2, 2, 
	1694, 1701, 1697, 1693, 1, 2, 2, 1694, 
	1702, 1697, 1693, 1, 2, 2, 1694, 1703, 
	1697, 1693, 1, 2, 2, 1694, 1704, 1697, 
	1693, 1, 2, 2, 1694, 1705, 1697, 1693, 
	1, 2, 2, 1706, 1697, 1693, 1, 2, 
	2, 1706, 1707, 0, 1, 2, 2, 1707, 
	1685, 1686, 0, 0, 1708, 1709, 1684, 1, 
	1687, 1687, 1688, 0, 1709, 1684, 1, 1710, 
	1710, 1711, 1712, 1709, 1684, 1, 2, 2, 
	1711, 1712, 1684, 1, 2, 2, 1712, 1713, 
	0, 1, 2, 2, 1714, 1715, 0, 1, 
	2, 2, 1716, 0, 1, 2, 2, 1717, 
	0, 1, 2, 2, 1718, 0, 1, 2, 
	2, 1719, 0, 1, 2, 2, 1720, 0, 
	1, 2, 2, 1721, 0, 1, 2, 2, 
	1722, 0, 1, 2, 2, 1723, 0, 1, 
	2, 2, 1724, 0, 1, 2, 2, 1724, 
	1725, 0, 1, 2, 2, 1725, 1726, 1727, 
	0, 1, 2, 2, 1727, 0, 1, 1728, 
	1728, 1729, 1712, 1727, 0, 1, 2, 2, 
	1729, 1712, 0, 1, 2, 2, 1730, 0, 
	1, 2, 2, 1731, 0, 1, 2, 2, 
	1732, 0, 1, 2, 2, 1733, 0, 1, 
	2, 2, 1734, 0, 1, 2, 2, 1735, 
	0, 1, 2, 2, 1723, 0, 1, 2, 
	2, 1694, 1736, 1697, 1693, 1, 2, 2, 
	1694, 1737, 1697, 1693, 1, 2, 2, 1694, 
	1738, 1697, 1693, 1, 2, 2, 1694, 1739, 
	1697, 1693, 1, 2, 2, 1694, 1740, 1697, 
	1693, 1, 2, 2, 1694, 1741, 1697, 1693, 
	1, 2, 2, 1694, 1705, 1697, 1693, 1, 
	2, 2, 1742, 0, 1694, 1682, 1, 2, 
	2, 1682, 1743, 1742, 1, 2, 2, 1742, 
	1, 2, 2, 1744, 0, 1, 2, 2, 
	1745, 0, 1, 2, 2, 1747, 1748, 1749, 
	0, 0, 1746, 1, 2, 2, 1750, 1746, 
	1, 2, 2, 1750, 1752, 1753, 0, 0, 
	1751, 1, 1754, 1754, 1755, 0, 1751, 1, 
	2, 2, 1755, 0, 1751, 1, 2, 2, 
	1756, 1757, 1752, 1, 1754, 1754, 0, 1, 
	2, 2, 1752, 1, 2, 2, 1758, 0, 
	1756, 1753, 1, 2, 2, 1753, 1759, 1758, 
	1, 2, 2, 1758, 1, 2, 2, 1760, 
	1761, 1748, 1, 2, 2, 1760, 1750, 0, 
	1, 2, 2, 1748, 1, 2, 2, 1762, 
	0, 1760, 1749, 1, 2, 2, 1749, 1763, 
	1762, 1, 2, 2, 1762, 1, 2, 2, 
	1764, 0, 1, 2, 2, 1765, 0, 1, 
	2, 2, 1766, 0, 1, 2, 2, 1768, 
	1769, 1770, 0, 0, 1767, 1, 1771, 1771, 
	1772, 0, 1767, 1, 2, 2, 1772, 0, 
	1767, 1, 2, 2, 1773, 1774, 1769, 1, 
	1775, 1775, 0, 1, 2, 2, 1769, 1, 
	2, 2, 1776, 0, 1777, 1770, 1, 2, 
	2, 1770, 1778, 1776, 1, 2, 2, 1776, 
	1, 1771, 1771, 0, 1, 2, 2, 1779, 
	0, 1, 2, 2, 1780, 0, 1, 2, 
	2, 1781, 0, 1, 2, 2, 1037, 1040, 
	1782, 1783, 1784, 1045, 0, 1, 2, 2, 
	1270, 1785, 0, 1, 2, 2, 1786, 0, 
	1, 2, 2, 1787, 1399, 0, 1, 2, 
	2, 1788, 1789, 1790, 0, 1, 2, 2, 
	1790, 0, 1, 1464, 1464, 1791, 1792, 1790, 
	0, 1, 2, 2, 1791, 1792, 0, 1, 
	2, 2, 1792, 1793, 1794, 0, 1, 2, 
	2, 1794, 0, 1, 1469, 1469, 1794, 0, 
	1, 2, 2, 1795, 0, 1, 2, 2, 
	1796, 0, 1, 2, 2, 1797, 0, 1, 
	2, 2, 1798, 0, 1, 2, 2, 1799, 
	0, 1, 2, 2, 1550, 1800, 0, 1, 
	2, 2, 1552, 1553, 0, 1, 2, 2, 
	1563, 1801, 0, 1, 2, 2, 1802, 0, 
	1, 2, 2, 1803, 0, 1, 2, 2, 
	1804, 1805, 1806, 0, 1, 2, 2, 1806, 
	0, 1, 1600, 1600, 1807, 1808, 1806, 0, 
	1, 2, 2, 1807, 1808, 0, 1, 2, 
	2, 1808, 1809, 1810, 0, 1, 2, 2, 
	1810, 0, 1, 1811, 1811, 1810, 0, 1, 
	2, 2, 1812, 1812, 0, 1, 2, 2, 
	1813, 0, 1, 2, 2, 1814, 1815, 1816, 
	1814, 1815, 1816, 0, 1, 2, 2, 1817, 
	1817, 0, 1, 2, 2, 1818, 1818, 0, 
	1, 2, 2, 1819, 1820, 1821, 1819, 1820, 
	1821, 0, 1, 1822, 1822, 0, 1, 1823, 
	1823, 0, 1, 1824, 1824, 0, 1, 2, 
	2, 1825, 1826, 1827, 1828, 1829, 1830, 1831, 
	1825, 1826, 1827, 1828, 1829, 1830, 1831, 0, 
	1, 2, 2, 1832, 1832, 0, 1, 2, 
	2, 1833, 1833, 0, 1, 2, 2, 1834, 
	1834, 0, 1, 2, 2, 1835, 1836, 1837, 
	1838, 1839, 1835, 1836, 1837, 1838, 1839, 0, 
	1, 2, 2, 1840, 1841, 1840, 1841, 0, 
	1, 2, 2, 1842, 1842, 0, 1, 2, 
	2, 1843, 1844, 0, 1, 2, 2, 1845, 
	1846, 0, 1, 2, 2, 1847, 0, 1, 
	2, 2, 1848, 0, 1, 2, 2, 1849, 
	0, 1, 2, 2, 1850, 0, 1, 2, 
	2, 1851, 0, 1, 2, 2, 1852, 0, 
	1, 2, 2, 1853, 0, 1, 2, 2, 
	1854, 0, 1, 2, 2, 1854, 1855, 0, 
	1, 2, 2, 1855, 1856, 1857, 0, 1, 
	2, 2, 1857, 0, 1, 1858, 1858, 1859, 
	1860, 1857, 0, 1, 2, 2, 1859, 1860, 
	0, 1, 2, 2, 1860, 1845, 0, 1, 
	1861, 1861, 0, 1, 1862, 1862, 0, 1, 
	2, 2, 1863, 1863, 0, 1, 2, 2, 
	1864, 1864, 0, 1, 2, 2, 1865, 1866, 
	0, 1, 2, 2, 1867, 1868, 0, 1, 
	2, 2, 1869, 1870, 1867, 1, 1871, 1871, 
	1869, 1872, 0, 1, 2, 2, 1872, 1873, 
	0, 1, 2, 2, 1874, 1875, 1873, 1, 
	1871, 1871, 1876, 1877, 0, 1, 2, 2, 
	1876, 1877, 0, 1, 2, 2, 1877, 1878, 
	0, 1, 2, 2, 1879, 1880, 1878, 1, 
	1871, 1871, 1881, 1882, 0, 1, 2, 2, 
	1881, 1882, 0, 1, 2, 2, 1882, 1883, 
	0, 1, 2, 2, 1884, 1885, 1883, 1, 
	1871, 1871, 1886, 1887, 0, 1, 2, 2, 
	1886, 1887, 0, 1, 2, 2, 1887, 1888, 
	0, 1, 2, 2, 1889, 1890, 1888, 1, 
	1871, 1871, 1891, 1892, 0, 1, 2, 2, 
	1891, 1892, 0, 1, 2, 2, 1892, 1893, 
	0, 1, 2, 2, 1894, 1895, 1893, 1, 
	1871, 1871, 1896, 1897, 0, 1, 2, 2, 
	1896, 1897, 0, 1, 2, 2, 1897, 1898, 
	0, 1, 2, 2, 1899, 1900, 1898, 1, 
	1871, 1871, 1901, 1902, 0, 1, 2, 2, 
	1901, 1902, 0, 1, 2, 2, 1902, 1903, 
	0, 1, 2, 2, 1904, 1905, 1903, 1, 
	1871, 1871, 0, 1, 2, 2, 1903, 1, 
	2, 2, 1898, 1, 2, 2, 1893, 1, 
	2, 2, 1888, 1, 2, 2, 1883, 1, 
	2, 2, 1878, 1, 2, 2, 1873, 1, 
	2, 2, 1867, 1, 1906, 1906, 0, 1, 
	1907, 1907, 0, 1, 2, 2, 1908, 1908, 
	0, 1, 2, 2, 1909, 1909, 0, 1, 
	2, 2, 1910, 1910, 0, 1, 2, 2, 
	1911, 1912, 0, 1, 2, 2, 1913, 1914, 
	0, 1, 2, 2, 1915, 1916, 1913, 1, 
	2, 2, 1915, 1917, 0, 1, 2, 2, 
	1917, 1918, 1919, 0, 1, 2, 2, 1919, 
	0, 1, 1920, 1920, 1919, 0, 1, 2, 
	2, 1913, 1, 1921, 1921, 0, 1, 1922, 
	1922, 0, 1, 2, 2, 1923, 1923, 0, 
	1, 2, 2, 1840, 1840, 0, 1, 2, 
	2, 1924, 1924, 0, 1, 2, 2, 1925, 
	1925, 0, 1, 2, 2, 1926, 1927, 1926, 
	1927, 0, 1, 2, 2, 1928, 1928, 0, 
	1, 2, 2, 1929, 1929, 0, 1, 2, 
	2, 1930, 1931, 0, 1, 2, 2, 1932, 
	0, 1, 1933, 1933, 0, 1, 1934, 1934, 
	0, 1, 2, 2, 1935, 1935, 0, 1, 
	2, 2, 1936, 1936, 0, 1, 2, 2, 
	1937, 1938, 0, 1, 2, 2, 1939, 0, 
	1, 1940, 1940, 0, 1, 1941, 1941, 0, 
	1, 2, 2, 1942, 1942, 0, 1, 2, 
	2, 1943, 1943, 0, 1, 2, 2, 1944, 
	1945, 1944, 1945, 0, 1, 2, 2, 1946, 
	1946, 0, 1, 2, 2, 1947, 1947, 0, 
	1, 2, 2, 1948, 1949, 0, 1, 2, 
	2, 1950, 1952, 1951, 0, 1, 2, 2, 
	1951, 0, 1, 2, 2, 1953, 1954, 1951, 
	0, 1, 2, 2, 1953, 1954, 0, 1, 
	2, 2, 1954, 1955, 0, 1, 2, 2, 
	1956, 1957, 1955, 1, 2, 2, 1956, 1958, 
	0, 1, 2, 2, 1958, 1959, 1960, 0, 
	1, 2, 2, 1960, 0, 1, 1961, 1961, 
	1960, 0, 1, 2, 2, 1955, 1, 1962, 
	1962, 0, 1, 1963, 1963, 0, 1, 2, 
	2, 1944, 1964, 1965, 1944, 1964, 1965, 0, 
	1, 2, 2, 1966, 1966, 0, 1, 2, 
	2, 1967, 1967, 0, 1, 2, 2, 1968, 
	1968, 0, 1, 2, 2, 1969, 1970, 0, 
	1, 2, 2, 1971, 1973, 1972, 0, 1, 
	2, 2, 1972, 0, 1, 2, 2, 1974, 
	1975, 1972, 0, 1, 2, 2, 1974, 1975, 
	0, 1, 2, 2, 1975, 1976, 0, 1, 
	2, 2, 1977, 1978, 1976, 1, 2, 2, 
	1977, 1979, 0, 1, 2, 2, 1979, 1980, 
	1981, 0, 1, 2, 2, 1981, 0, 1, 
	1982, 1982, 1981, 0, 1, 2, 2, 1976, 
	1, 1983, 1983, 0, 1, 1984, 1984, 0, 
	1, 2, 2, 1985, 1985, 0, 1, 2, 
	2, 1986, 1986, 0, 1, 2, 2, 1987, 
	1988, 1989, 1989, 0, 1, 2, 2, 1990, 
	1992, 1991, 0, 1, 2, 2, 1991, 0, 
	1, 2, 2, 1993, 1994, 1991, 0, 1, 
	2, 2, 1993, 1994, 0, 1, 2, 2, 
	1994, 1995, 0, 1, 2, 2, 1996, 1997, 
	1995, 1, 2, 2, 1996, 1998, 0, 1, 
	2, 2, 1998, 1999, 0, 1, 2, 2, 
	2000, 2001, 1999, 1, 2002, 2002, 2003, 2004, 
	0, 1, 2, 2, 2003, 2004, 0, 1, 
	2, 2, 2004, 2005, 2006, 0, 1, 2, 
	2, 2006, 0, 1, 2007, 2007, 2008, 2009, 
	2006, 0, 1, 2, 2, 2008, 2009, 0, 
	1, 2, 2, 2009, 2010, 2011, 0, 1, 
	2, 2, 2011, 0, 1, 2012, 2012, 2011, 
	0, 1, 2, 2, 1999, 1, 2, 2, 
	1995, 1, 2013, 2013, 0, 1, 2014, 2014, 
	0, 1, 2, 2, 2015, 2016, 0, 1, 
	2, 2, 2017, 2019, 2018, 0, 1, 2, 
	2, 2018, 0, 1, 2, 2, 2020, 2021, 
	2018, 0, 1, 2, 2, 2020, 2021, 0, 
	1, 2, 2, 2021, 2022, 0, 1, 2, 
	2, 2023, 2024, 2022, 1, 2, 2, 2023, 
	2025, 0, 1, 2, 2, 2025, 2026, 0, 
	1, 2, 2, 2027, 2028, 2026, 1, 2029, 
	2029, 2030, 2031, 0, 1, 2, 2, 2030, 
	2031, 0, 1, 2, 2, 2031, 2032, 2033, 
	0, 1, 2, 2, 2033, 0, 1, 2034, 
	2034, 2035, 2036, 2033, 0, 1, 2, 2, 
	2035, 2036, 0, 1, 2, 2, 2036, 2037, 
	2038, 0, 1, 2, 2, 2038, 0, 1, 
	2039, 2039, 2038, 0, 1, 2, 2, 2026, 
	1, 2, 2, 2022, 1, 2040, 2040, 0, 
	1, 2041, 2041, 0, 1, 2, 2, 2042, 
	2042, 0, 1, 2, 2, 2043, 2043, 0, 
	1, 2, 2, 2044, 2044, 0, 1, 2, 
	2, 2045, 2045, 0, 1, 2, 2, 2046, 
	2046, 0, 1, 2, 2, 2047, 2047, 0, 
	1, 2048, 2048, 2049, 0, 1, 2, 2, 
	2050, 0, 1, 2051, 2051, 0, 1, 2, 
	2, 2052, 2052, 0, 1, 2, 2, 2053, 
	2053, 0, 1, 2, 2, 2054, 2055, 2054, 
	2055, 0, 1, 2, 2, 2056, 2057, 2058, 
	2059, 2060, 2061, 2062, 2056, 2057, 2058, 2059, 
	2060, 2061, 2062, 0, 1, 2, 2, 2063, 
	2064, 2063, 2064, 0, 1, 2, 2, 2065, 
	2065, 0, 1, 2, 2, 2066, 2067, 0, 
	1, 2, 2, 2068, 2069, 0, 1, 2, 
	2, 2070, 2071, 2072, 0, 1, 2, 2, 
	2073, 0, 1, 2, 2, 2074, 0, 1, 
	2, 2, 2075, 0, 1, 2, 2, 2076, 
	0, 1, 2, 2, 2077, 0, 1, 2, 
	2, 2078, 0, 1, 2, 2, 2079, 0, 
	1, 2, 2, 2080, 0, 1, 2, 2, 
	2080, 2081, 0, 1, 2, 2, 2081, 2082, 
	2083, 0, 1, 2, 2, 2083, 0, 1, 
	2084, 2084, 2085, 2086, 2083, 0, 1, 2, 
	2, 2085, 2086, 0, 1, 2, 2, 2086, 
	2068, 0, 1, 2, 2, 2087, 0, 1, 
	2, 2, 2088, 0, 1, 2, 2, 2089, 
	0, 1, 2, 2, 2090, 0, 1, 2, 
	2, 2091, 0, 1, 2, 2, 2092, 0, 
	1, 2, 2, 2078, 0, 1, 2, 2, 
	2093, 0, 1, 2, 2, 2094, 0, 1, 
	2, 2, 2095, 0, 1, 2, 2, 2096, 
	0, 1, 2, 2, 2097, 0, 1, 2, 
	2, 2079, 0, 1, 2098, 2098, 0, 1, 
	2099, 2099, 0, 1, 2, 2, 2100, 2100, 
	0, 1, 2, 2, 2101, 2101, 0, 1, 
	2, 2, 2102, 2103, 0, 1, 2, 2, 
	2104, 2105, 0, 1, 2, 2, 2106, 2107, 
	2104, 1, 2108, 2108, 2106, 2109, 0, 1, 
	2, 2, 2109, 2110, 0, 1, 2, 2, 
	2111, 2112, 2110, 1, 2108, 2108, 2113, 2114, 
	0, 1, 2, 2, 2113, 2114, 0, 1, 
	2, 2, 2114, 2115, 0, 1, 2, 2, 
	2116, 2117, 2115, 1, 2108, 2108, 2118, 2119, 
	0, 1, 2, 2, 2118, 2119, 0, 1, 
	2, 2, 2119, 2120, 0, 1, 2, 2, 
	2121, 2122, 2120, 1, 2108, 2108, 2123, 2124, 
	0, 1, 2, 2, 2123, 2124, 0, 1, 
	2, 2, 2124, 2125, 0, 1, 2, 2, 
	2126, 2127, 2125, 1, 2108, 2108, 2128, 2129, 
	0, 1, 2, 2, 2128, 2129, 0, 1, 
	2, 2, 2129, 2130, 0, 1, 2, 2, 
	2131, 2132, 2130, 1, 2108, 2108, 2133, 2134, 
	0, 1, 2, 2, 2133, 2134, 0, 1, 
	2, 2, 2134, 2135, 0, 1, 2, 2, 
	2136, 2137, 2135, 1, 2108, 2108, 2138, 2139, 
	0, 1, 2, 2, 2138, 2139, 0, 1, 
	2, 2, 2139, 2140, 0, 1, 2, 2, 
	2141, 2142, 2140, 1, 2108, 2108, 0, 1, 
	2, 2, 2140, 1, 2, 2, 2135, 1, 
	2, 2, 2130, 1, 2, 2, 2125, 1, 
	2, 2, 2120, 1, 2, 2, 2115, 1, 
	2, 2, 2110, 1, 2, 2, 2104, 1, 
	2143, 2143, 0, 1, 2144, 2144, 0, 1, 
	2, 2, 2145, 2146, 2145, 2146, 0, 1, 
	2, 2, 2147, 2147, 0, 1, 2, 2, 
	2148, 2148, 0, 1, 2, 2, 2149, 2149, 
	0, 1, 2, 2, 2150, 2150, 0, 1, 
	2, 2, 2151, 2152, 0, 1, 2, 2, 
	2153, 0, 1, 2154, 2154, 0, 1, 2155, 
	2155, 0, 1, 2, 2, 2156, 2156, 0, 
	1, 2, 2, 2157, 2157, 0, 1, 2, 
	2, 2158, 2158, 0, 1, 2, 2, 2159, 
	2160, 0, 1, 2, 2, 2161, 0, 1, 
	2162, 2162, 0, 1, 2163, 2163, 0, 1, 
	2, 2, 2164, 2164, 0, 1, 2, 2, 
	2165, 2165, 0, 1, 2, 2, 2166, 2166, 
	0, 1, 2, 2, 2167, 2167, 0, 1, 
	2, 2, 2168, 2168, 0, 1, 2, 2, 
	2169, 2169, 0, 1, 2170, 2170, 2171, 0, 
	1, 2, 2, 2172, 0, 1, 2173, 2173, 
	0, 1, 2, 2, 2058, 2174, 2058, 2174, 
	0, 1, 2, 2, 2175, 2175, 0, 1, 
	2, 2, 2176, 2176, 0, 1, 2, 2, 
	2177, 2178, 0, 1, 2, 2, 2179, 2180, 
	0, 1, 2, 2, 2181, 2182, 2179, 1, 
	2, 2, 2181, 2183, 0, 1, 2, 2, 
	2183, 2184, 2185, 0, 1, 2, 2, 2185, 
	0, 1, 2186, 2186, 2185, 0, 1, 2, 
	2, 2179, 1, 2187, 2187, 0, 1, 2188, 
	2188, 0, 1, 2, 2, 2189, 2189, 0, 
	1, 2, 2, 2063, 2063, 0, 1, 2, 
	2, 2190, 2190, 0, 1, 2, 2, 2191, 
	2191, 0, 1, 2, 2, 2156, 2148, 2156, 
	2148, 0, 1, 2, 2, 2192, 2192, 0, 
	1, 2, 2, 2193, 2193, 0, 1, 2, 
	2, 2194, 2195, 2194, 2195, 0, 1, 2, 
	2, 2196, 2196, 0, 1, 2, 2, 2197, 
	2197, 0, 1, 2, 2, 2198, 2199, 0, 
	1, 2, 2, 2200, 2202, 2201, 0, 1, 
	2, 2, 2201, 0, 1, 2, 2, 2203, 
	2204, 2201, 0, 1, 2, 2, 2203, 2204, 
	0, 1, 2, 2, 2204, 2205, 0, 1, 
	2, 2, 2206, 2207, 2205, 1, 2, 2, 
	2206, 2208, 0, 1, 2, 2, 2208, 2209, 
	2210, 0, 1, 2, 2, 2210, 0, 1, 
	2211, 2211, 2210, 0, 1, 2, 2, 2205, 
	1, 2212, 2212, 0, 1, 2213, 2213, 0, 
	1, 2, 2, 2214, 2215, 2194, 2216, 2194, 
	2216, 0, 1, 2, 2, 2217, 2219, 2218, 
	0, 1, 2, 2, 2218, 0, 1, 2, 
	2, 2220, 2221, 2218, 0, 1, 2, 2, 
	2220, 2221, 0, 1, 2, 2, 2221, 2222, 
	0, 1, 2, 2, 2223, 2224, 2222, 1, 
	2, 2, 2223, 2225, 0, 1, 2, 2, 
	2225, 2226, 0, 1, 2, 2, 2227, 2228, 
	2226, 1, 2229, 2229, 0, 1, 2, 2, 
	2226, 1, 2, 2, 2222, 1, 2230, 2230, 
	0, 1, 2231, 2231, 0, 1, 2, 2, 
	2232, 2232, 0, 1, 2, 2, 2233, 2233, 
	0, 1, 2, 2, 2234, 2235, 0, 1, 
	2, 2, 2236, 2238, 2237, 0, 1, 2, 
	2, 2237, 0, 1, 2, 2, 2239, 2240, 
	2237, 0, 1, 2, 2, 2239, 2240, 0, 
	1, 2, 2, 2240, 2241, 0, 1, 2, 
	2, 2242, 2243, 2241, 1, 2, 2, 2242, 
	2244, 0, 1, 2, 2, 2244, 2245, 0, 
	1, 2, 2, 2246, 2247, 2245, 1, 2248, 
	2248, 2249, 2250, 0, 1, 2, 2, 2249, 
	2250, 0, 1, 2, 2, 2250, 2251, 2252, 
	0, 1, 2, 2, 2252, 0, 1, 2253, 
	2253, 2254, 2255, 2252, 0, 1, 2, 2, 
	2254, 2255, 0, 1, 2, 2, 2255, 2256, 
	2257, 0, 1, 2, 2, 2257, 0, 1, 
	2258, 2258, 2257, 0, 1, 2, 2, 2245, 
	1, 2, 2, 2241, 1, 2259, 2259, 0, 
	1, 2260, 2260, 0, 1, 2, 2, 2261, 
	2261, 0, 1, 2, 2, 2262, 2262, 0, 
	1, 2, 2, 2263, 2263, 0, 1, 2, 
	2, 2214, 2215, 0, 1, 2, 2, 2264, 
	2264, 0, 1, 2, 2, 2265, 2265, 0, 
	1, 2, 2, 2266, 2266, 0, 1, 2, 
	2, 2267, 2267, 0, 1, 2, 2, 2268, 
	2268, 0, 1, 2, 2, 2269, 2270, 0, 
	1, 2, 2, 2271, 2273, 2272, 0, 1, 
	2, 2, 2272, 0, 1, 2274, 2274, 2272, 
	0, 1, 2275, 2275, 0, 1, 2276, 2276, 
	0, 1, 2, 2, 2277, 2277, 0, 1, 
	2, 2, 2278, 2278, 0, 1, 2, 2, 
	2279, 2279, 0, 1, 2, 2, 2280, 2281, 
	2282, 2283, 2284, 2285, 2286, 2287, 2288, 2289, 
	2280, 2281, 2282, 2283, 2284, 2285, 2286, 2287, 
	2288, 2289, 0, 1, 2, 2, 2290, 2290, 
	0, 1, 2, 2, 2291, 2291, 0, 1, 
	2, 2, 2292, 2292, 0, 1, 2, 2, 
	2293, 2294, 0, 1, 2, 2, 2295, 2296, 
	0, 1, 2, 2, 2297, 2298, 2295, 1, 
	2299, 2299, 2297, 2300, 0, 1, 2, 2, 
	2300, 2301, 0, 1, 2, 2, 2302, 2303, 
	2301, 1, 2299, 2299, 2304, 2305, 0, 1, 
	2, 2, 2304, 2305, 0, 1, 2, 2, 
	2305, 2306, 0, 1, 2, 2, 2307, 2308, 
	2306, 1, 2299, 2299, 2309, 2310, 0, 1, 
	2, 2, 2309, 2310, 0, 1, 2, 2, 
	2310, 2311, 0, 1, 2, 2, 2312, 2313, 
	2311, 1, 2299, 2299, 2314, 2315, 0, 1, 
	2, 2, 2314, 2315, 0, 1, 2, 2, 
	2315, 2316, 0, 1, 2, 2, 2317, 2318, 
	2316, 1, 2299, 2299, 2319, 2320, 0, 1, 
	2, 2, 2319, 2320, 0, 1, 2, 2, 
	2320, 2321, 0, 1, 2, 2, 2322, 2323, 
	2321, 1, 2299, 2299, 2324, 2325, 0, 1, 
	2, 2, 2324, 2325, 0, 1, 2, 2, 
	2325, 2326, 0, 1, 2, 2, 2327, 2328, 
	2326, 1, 2299, 2299, 2329, 2330, 0, 1, 
	2, 2, 2329, 2330, 0, 1, 2, 2, 
	2330, 2331, 0, 1, 2, 2, 2332, 2333, 
	2331, 1, 2299, 2299, 0, 1, 2, 2, 
	2331, 1, 2, 2, 2326, 1, 2, 2, 
	2321, 1, 2, 2, 2316, 1, 2, 2, 
	2311, 1, 2, 2, 2306, 1, 2, 2, 
	2301, 1, 2, 2, 2295, 1, 2334, 2334, 
	0, 1, 2335, 2335, 0, 1, 2, 2, 
	2336, 2336, 0, 1, 2, 2, 2337, 2337, 
	0, 1, 2, 2, 2338, 2338, 0, 1, 
	2339, 2339, 2340, 0, 1, 2, 2, 2341, 
	0, 1, 2342, 2342, 0, 1, 2, 2, 
	2343, 2344, 2343, 2344, 0, 1, 2, 2, 
	2345, 2345, 0, 1, 2, 2, 2346, 2346, 
	0, 1, 2, 2, 2347, 2347, 0, 1, 
	2, 2, 2348, 2348, 0, 1, 2, 2, 
	2349, 2349, 0, 1, 2, 2, 2350, 2351, 
	0, 1, 2, 2, 2352, 2353, 0, 1, 
	2, 2, 2354, 0, 1, 2, 2, 2355, 
	0, 1, 2, 2, 2356, 0, 1, 2, 
	2, 2357, 0, 1, 2, 2, 2358, 0, 
	1, 2, 2, 2359, 0, 1, 2, 2, 
	2360, 0, 1, 2, 2, 2361, 0, 1, 
	2, 2, 2361, 2362, 0, 1, 2, 2, 
	2362, 2363, 2364, 0, 1, 2, 2, 2364, 
	0, 1, 2365, 2365, 2366, 2367, 2364, 0, 
	1, 2, 2, 2366, 2367, 0, 1, 2, 
	2, 2367, 2352, 0, 1, 2368, 2368, 0, 
	1, 2369, 2369, 0, 1, 2, 2, 2370, 
	2370, 0, 1, 2, 2, 2371, 2371, 0, 
	1, 2, 2, 2372, 2372, 0, 1, 2, 
	2, 2373, 2373, 0, 1, 2, 2, 2374, 
	2374, 0, 1, 2375, 2375, 2376, 0, 1, 
	2, 2, 2377, 0, 1, 2378, 2378, 0, 
	1, 2, 2, 2379, 2379, 0, 1, 2, 
	2, 2380, 2380, 0, 1, 2, 2, 2381, 
	2381, 0, 1, 2, 2, 2382, 2383, 0, 
	1, 2, 2, 2384, 2386, 2385, 0, 1, 
	2, 2, 2385, 0, 1, 2387, 2387, 2385, 
	0, 1, 2388, 2388, 0, 1, 2389, 2389, 
	0, 1, 2, 2, 2390, 2390, 0, 1, 
	2, 2, 2391, 2391, 0, 1, 2, 2, 
	2392, 2392, 0, 1, 2, 2, 2393, 2394, 
	0, 1, 2, 2, 2395, 2396, 0, 1, 
	2, 2, 2397, 2398, 2395, 1, 2, 2, 
	2397, 2399, 0, 1, 2, 2, 2399, 2400, 
	2401, 0, 1, 2, 2, 2401, 0, 1, 
	2402, 2402, 2401, 0, 1, 2, 2, 2395, 
	1, 2403, 2403, 0, 1, 2404, 2404, 0, 
	1, 2, 2, 2405, 2406, 2407, 2405, 2406, 
	2407, 0, 1, 2, 2, 2408, 2408, 0, 
	1, 2, 2, 2409, 2409, 0, 1, 2, 
	2, 2410, 2411, 0, 1, 2, 2, 2412, 
	2413, 0, 1, 2, 2, 2414, 2415, 2416, 
	2417, 2418, 0, 1, 2, 2, 2419, 0, 
	1, 2, 2, 2420, 0, 1, 2, 2, 
	2421, 0, 1, 2, 2, 2422, 0, 1, 
	2, 2, 2423, 0, 1, 2, 2, 2424, 
	0, 1, 2, 2, 2425, 0, 1, 2, 
	2, 2426, 0, 1, 2, 2, 2426, 2427, 
	0, 1, 2, 2, 2427, 2428, 2429, 0, 
	1, 2, 2, 2429, 0, 1, 2430, 2430, 
	2431, 2432, 2429, 0, 1, 2, 2, 2431, 
	2432, 0, 1, 2, 2, 2432, 2412, 0, 
	1, 2, 2, 2433, 0, 1, 2, 2, 
	2434, 0, 1, 2, 2, 2435, 0, 1, 
	2, 2, 2425, 0, 1, 2, 2, 2436, 
	0, 1, 2, 2, 2437, 0, 1, 2, 
	2, 2438, 0, 1, 2, 2, 2439, 0, 
	1, 2, 2, 2440, 0, 1, 2, 2, 
	2441, 0, 1, 2, 2, 2424, 0, 1, 
	2, 2, 2442, 0, 1, 2, 2, 2443, 
	0, 1, 2, 2, 2444, 0, 1, 2, 
	2, 2445, 0, 1, 2, 2, 2446, 0, 
	1, 2, 2, 2425, 0, 1, 2, 2, 
	2447, 0, 1, 2, 2, 2448, 0, 1, 
	2, 2, 2449, 0, 1, 2, 2, 2450, 
	0, 1, 2, 2, 2451, 0, 1, 2, 
	2, 2452, 0, 1, 2, 2, 2453, 0, 
	1, 2, 2, 2453, 2454, 0, 1, 2, 
	2, 2454, 2455, 0, 1, 2, 2, 2456, 
	0, 1, 2, 2, 2457, 0, 1, 2, 
	2, 2458, 0, 1, 2, 2, 2459, 2460, 
	0, 1, 2430, 2430, 2431, 2432, 0, 1, 
	2, 2, 2461, 0, 1, 2, 2, 2459, 
	0, 1, 2462, 2462, 0, 1, 2463, 2463, 
	0, 1, 2, 2, 2464, 2464, 0, 1, 
	2, 2, 2465, 2465, 0, 1, 2, 2, 
	2466, 2466, 0, 1, 2, 2, 2467, 2467, 
	0, 1, 2, 2, 2468, 2468, 0, 1, 
	2, 2, 2469, 0, 1, 2, 2, 2470, 
	0, 1, 2471, 2471, 0, 1, 2, 2, 
	2472, 2472, 0, 1, 2, 2, 2473, 2474, 
	2475, 2475, 0, 1, 2, 2, 2476, 2477, 
	0, 1, 2, 2, 2478, 2479, 2476, 1, 
	2, 2, 2478, 2480, 0, 1, 2, 2, 
	2480, 2481, 2482, 0, 1, 2, 2, 2482, 
	0, 1, 2, 2, 2483, 2484, 2482, 0, 
	1, 2, 2, 2483, 2484, 0, 1, 2, 
	2, 2484, 2485, 0, 1, 2, 2, 2486, 
	2487, 2485, 1, 2488, 2488, 2489, 2490, 0, 
	1, 2, 2, 2489, 2490, 0, 1, 2, 
	2, 2490, 2491, 2492, 0, 1, 2, 2, 
	2492, 0, 1, 2493, 2493, 2494, 2495, 2492, 
	0, 1, 2, 2, 2494, 2495, 0, 1, 
	2, 2, 2495, 2496, 2497, 0, 1, 2, 
	2, 2497, 0, 1, 2498, 2498, 2497, 0, 
	1, 2, 2, 2485, 1, 2, 2, 2476, 
	1, 2499, 2499, 0, 1, 2500, 2500, 0, 
	1, 2, 2, 2501, 2501, 0, 1, 2, 
	2, 2502, 2503, 0, 1, 2, 2, 2504, 
	2505, 0, 1, 2, 2, 2506, 2507, 2504, 
	1, 2, 2, 2506, 2508, 0, 1, 2, 
	2, 2508, 2509, 2510, 0, 1, 2, 2, 
	2510, 0, 1, 2, 2, 2511, 2512, 2510, 
	0, 1, 2, 2, 2511, 2512, 0, 1, 
	2, 2, 2512, 2513, 2514, 0, 1, 2, 
	2, 2514, 0, 1, 2515, 2515, 2514, 0, 
	1, 2, 2, 2504, 1, 2516, 2516, 0, 
	1, 2517, 2517, 0, 1, 2, 2, 2518, 
	2518, 0, 1, 2, 2, 2519, 2519, 0, 
	1, 2, 2, 2520, 2520, 0, 1, 2, 
	2, 2521, 2521, 0, 1, 2, 2, 2522, 
	2522, 0, 1, 2, 2, 2523, 2524, 2525, 
	2525, 0, 1, 2, 2, 2526, 0, 1, 
	2527, 2527, 0, 1, 2528, 2528, 0, 1, 
	2, 2, 2529, 2529, 0, 1, 2, 2, 
	2530, 2531, 0, 1, 2, 2, 2532, 0, 
	1, 2533, 2533, 0, 1, 2534, 2534, 0, 
	1, 2, 2, 2535, 2536, 2535, 2536, 0, 
	1, 2, 2, 2537, 2537, 0, 1, 2, 
	2, 2538, 2538, 0, 1, 2, 2, 2539, 
	2539, 0, 1, 2, 2, 2540, 2541, 0, 
	1, 2, 2, 2542, 0, 1, 2543, 2543, 
	0, 1, 2544, 2544, 0, 1, 2, 2, 
	2545, 2545, 0, 1, 2, 2, 2546, 2547, 
	0, 1, 2, 2, 2548, 2549, 0, 1, 
	2, 2, 2550, 2551, 2548, 1, 2, 2, 
	2550, 2552, 0, 1, 2, 2, 2552, 2553, 
	2554, 0, 1, 2, 2, 2554, 0, 1, 
	2555, 2555, 2554, 0, 1, 2, 2, 2548, 
	1, 2556, 2556, 0, 1, 2557, 2557, 0, 
	1, 2, 2, 2286, 2286, 0, 1, 2, 
	2, 2558, 2558, 0, 1, 2, 2, 2559, 
	2559, 0, 1, 2, 2, 2560, 2560, 0, 
	1, 2, 2, 2561, 2561, 0, 1, 2, 
	2, 2562, 2563, 0, 1, 2, 2, 2564, 
	2565, 0, 1, 2, 2, 2566, 2567, 2564, 
	1, 2568, 2568, 0, 1, 2, 2, 2564, 
	1, 2569, 2569, 0, 1, 2570, 2570, 0, 
	1, 2, 2, 2571, 2571, 0, 1, 2, 
	2, 2572, 2572, 0, 1, 2, 2, 2573, 
	2574, 2575, 2576, 2573, 2574, 2575, 2576, 0, 
	1, 2, 2, 2577, 2578, 2577, 2578, 0, 
	1, 2, 2, 2579, 2579, 0, 1, 2, 
	2, 2580, 2580, 0, 1, 2, 2, 2581, 
	2581, 0, 1, 2, 2, 2582, 0, 1, 
	2, 2, 2583, 2585, 2584, 0, 1, 2, 
	2, 2584, 0, 1, 2586, 2586, 2584, 0, 
	1, 2587, 2587, 0, 1, 2, 2, 2588, 
	2588, 0, 1, 2, 2, 2589, 2589, 0, 
	1, 2590, 2590, 2591, 0, 1, 2, 2, 
	2592, 0, 1, 2593, 2593, 0, 1, 2, 
	2, 2594, 2594, 0, 1, 2, 2, 2595, 
	2595, 0, 1, 2, 2, 2596, 2596, 0, 
	1, 2, 2, 2597, 2597, 0, 1, 2, 
	2, 2598, 2598, 0, 1, 2, 2, 2599, 
	2600, 0, 1, 2, 2, 2601, 0, 1, 
	2602, 2602, 0, 1, 2603, 2603, 0, 1, 
	2, 2, 2604, 2605, 2604, 2605, 0, 1, 
	2, 2, 2606, 2606, 0, 1, 2, 2, 
	2607, 2607, 0, 1, 2, 2, 2608, 2609, 
	0, 1, 2, 2, 2610, 2611, 0, 1, 
	2, 2, 2612, 2613, 0, 1, 2, 2, 
	2614, 0, 1, 2, 2, 2615, 0, 1, 
	2, 2, 2616, 0, 1, 2, 2, 2617, 
	0, 1, 2, 2, 2618, 0, 1, 2, 
	2, 2619, 0, 1, 2, 2, 2620, 0, 
	1, 2, 2, 2621, 0, 1, 2, 2, 
	2622, 0, 1, 2, 2, 2622, 2623, 0, 
	1, 2, 2, 2623, 2624, 2625, 0, 1, 
	2, 2, 2625, 0, 1, 2626, 2626, 2627, 
	2628, 2625, 0, 1, 2, 2, 2627, 2628, 
	0, 1, 2, 2, 2628, 2610, 0, 1, 
	2, 2, 2629, 0, 1, 2, 2, 2630, 
	0, 1, 2, 2, 2631, 0, 1, 2, 
	2, 2632, 0, 1, 2, 2, 2633, 0, 
	1, 2, 2, 2634, 0, 1, 2, 2, 
	2621, 0, 1, 2635, 2635, 0, 1, 2636, 
	2636, 0, 1, 2, 2, 2637, 2637, 0, 
	1, 2, 2, 2638, 0, 1, 2, 2, 
	2639, 2641, 2640, 0, 1, 2, 2, 2640, 
	0, 1, 2642, 2642, 2643, 2644, 2640, 0, 
	1, 2, 2, 2643, 2644, 0, 1, 2, 
	2, 2644, 2645, 0, 1, 2, 2, 2646, 
	2647, 2645, 1, 2648, 2648, 0, 1, 2, 
	2, 2645, 1, 2649, 2649, 0, 1, 2, 
	2, 2650, 2650, 0, 1, 2, 2, 2651, 
	2651, 0, 1, 2, 2, 2652, 2653, 0, 
	1, 2, 2, 2654, 2655, 0, 1, 2, 
	2, 2656, 2657, 2654, 1, 2658, 2658, 0, 
	1, 2, 2, 2654, 1, 2659, 2659, 0, 
	1, 2660, 2660, 0, 1, 2, 2, 2661, 
	2661, 0, 1, 2, 2, 2662, 2662, 0, 
	1, 2, 2, 2663, 2663, 0, 1, 2, 
	2, 2664, 2664, 0, 1, 2, 2, 2665, 
	2665, 0, 1, 2, 2, 2666, 0, 1, 
	2, 2, 2667, 2669, 2668, 0, 1, 2, 
	2, 2668, 0, 1, 2670, 2670, 2668, 0, 
	1, 2671, 2671, 0, 1, 2, 2, 2672, 
	2672, 0, 1, 2, 2, 2673, 2673, 0, 
	1, 2, 2, 2674, 2674, 0, 1, 2, 
	2, 2280, 2281, 2675, 2283, 2284, 2676, 2287, 
	2289, 2280, 2281, 2675, 2283, 2284, 2676, 2287, 
	2289, 0, 1, 2, 2, 2344, 2344, 0, 
	1, 2, 2, 2405, 2407, 2405, 2407, 0, 
	1, 2, 2, 2677, 0, 1, 2, 2, 
	2678, 0, 1, 2, 2, 2679, 0, 1, 
	2, 2, 2680, 0, 1, 2681, 2681, 0, 
	1, 2, 2, 2682, 0, 1, 2683, 2683, 
	0, 2685, 2685, 2684, 1, 2687, 2687, 2688, 
	2689, 2690, 2691, 2692, 2690, 2686, 2693, 0
};

static const short _atc_ica_trans_targs[] = {
	1, 0, 2416, 3, 15, 1631, 4, 5, 
	6, 7, 8, 9, 10, 11, 12, 12, 
	13, 14, 2416, 16, 487, 930, 947, 1502, 
	17, 18, 19, 20, 188, 213, 215, 278, 
	21, 67, 22, 23, 24, 23, 34, 64, 
	25, 26, 28, 31, 2416, 27, 29, 30, 
	32, 33, 35, 36, 38, 37, 39, 40, 
	41, 42, 43, 44, 45, 46, 47, 48, 
	2416, 49, 50, 51, 52, 53, 54, 55, 
	56, 57, 58, 59, 60, 61, 62, 2416, 
	63, 65, 66, 68, 69, 70, 71, 70, 
	141, 178, 182, 186, 2416, 72, 73, 134, 
	138, 74, 75, 76, 127, 131, 77, 78, 
	79, 120, 124, 80, 81, 82, 113, 117, 
	83, 84, 85, 106, 110, 86, 87, 88, 
	99, 103, 89, 90, 91, 93, 96, 92, 
	94, 95, 97, 98, 100, 102, 101, 104, 
	105, 107, 109, 108, 111, 112, 114, 116, 
	115, 118, 119, 121, 123, 122, 125, 126, 
	128, 130, 129, 132, 133, 135, 137, 136, 
	139, 140, 142, 177, 2416, 143, 144, 145, 
	176, 146, 147, 148, 149, 175, 150, 151, 
	152, 153, 174, 154, 155, 156, 157, 173, 
	158, 159, 160, 161, 172, 162, 163, 164, 
	165, 171, 166, 167, 168, 169, 170, 179, 
	181, 180, 183, 184, 185, 2416, 187, 2416, 
	189, 190, 191, 192, 193, 192, 203, 209, 
	194, 195, 197, 200, 2416, 196, 198, 199, 
	201, 202, 204, 208, 205, 206, 207, 2416, 
	210, 212, 211, 214, 216, 217, 218, 235, 
	219, 220, 221, 234, 221, 222, 223, 224, 
	225, 226, 232, 233, 227, 231, 228, 229, 
	230, 2416, 2416, 236, 237, 238, 277, 238, 
	239, 240, 241, 242, 243, 262, 263, 244, 
	261, 245, 246, 247, 248, 249, 250, 251, 
	260, 2416, 252, 253, 254, 255, 2416, 256, 
	257, 258, 259, 2416, 264, 265, 266, 267, 
	276, 2416, 268, 269, 270, 271, 2416, 272, 
	273, 274, 275, 2416, 279, 280, 281, 321, 
	282, 283, 284, 285, 284, 303, 306, 309, 
	310, 286, 287, 297, 300, 288, 289, 291, 
	294, 2416, 290, 292, 293, 295, 296, 298, 
	299, 301, 302, 304, 305, 307, 308, 2416, 
	311, 312, 313, 319, 320, 314, 318, 315, 
	316, 317, 2416, 2416, 322, 361, 323, 324, 
	325, 326, 327, 326, 345, 348, 351, 352, 
	328, 329, 339, 342, 330, 331, 333, 336, 
	2416, 332, 334, 335, 337, 338, 340, 341, 
	343, 344, 346, 347, 349, 350, 2416, 353, 
	354, 355, 356, 360, 357, 358, 359, 2416, 
	362, 363, 364, 426, 365, 364, 399, 402, 
	405, 406, 366, 367, 393, 396, 368, 369, 
	387, 390, 370, 371, 381, 384, 372, 373, 
	375, 378, 2416, 374, 376, 377, 379, 380, 
	382, 383, 385, 386, 388, 389, 391, 392, 
	394, 395, 397, 398, 400, 401, 403, 404, 
	2416, 407, 408, 409, 424, 425, 410, 423, 
	411, 412, 413, 422, 2416, 414, 415, 416, 
	417, 2416, 418, 419, 420, 421, 2416, 2416, 
	427, 428, 427, 462, 465, 468, 469, 429, 
	430, 456, 459, 431, 432, 450, 453, 433, 
	434, 444, 447, 435, 436, 438, 441, 2416, 
	437, 439, 440, 442, 443, 445, 446, 448, 
	449, 451, 452, 454, 455, 457, 458, 460, 
	461, 463, 464, 466, 467, 2416, 470, 471, 
	472, 473, 486, 474, 475, 476, 485, 2416, 
	477, 478, 479, 480, 2416, 481, 482, 483, 
	484, 2416, 488, 489, 490, 926, 491, 687, 
	742, 767, 769, 778, 492, 566, 493, 494, 
	495, 494, 505, 563, 496, 497, 499, 502, 
	2416, 498, 500, 501, 503, 504, 506, 507, 
	509, 550, 557, 508, 510, 511, 512, 513, 
	514, 515, 516, 517, 518, 519, 520, 2416, 
	521, 522, 523, 524, 537, 544, 525, 526, 
	527, 528, 529, 530, 531, 532, 533, 534, 
	535, 2416, 536, 538, 539, 540, 541, 542, 
	543, 545, 546, 547, 548, 549, 551, 552, 
	553, 554, 555, 556, 558, 559, 560, 561, 
	562, 564, 565, 567, 568, 569, 570, 569, 
	640, 677, 681, 685, 2416, 571, 572, 633, 
	637, 573, 574, 575, 626, 630, 576, 577, 
	578, 619, 623, 579, 580, 581, 612, 616, 
	582, 583, 584, 605, 609, 585, 586, 587, 
	598, 602, 588, 589, 590, 592, 595, 591, 
	593, 594, 596, 597, 599, 601, 600, 603, 
	604, 606, 608, 607, 610, 611, 613, 615, 
	614, 617, 618, 620, 622, 621, 624, 625, 
	627, 629, 628, 631, 632, 634, 636, 635, 
	638, 639, 641, 676, 2416, 642, 643, 644, 
	675, 645, 646, 647, 648, 674, 649, 650, 
	651, 652, 673, 653, 654, 655, 656, 672, 
	657, 658, 659, 660, 671, 661, 662, 663, 
	664, 670, 665, 666, 667, 668, 669, 678, 
	680, 679, 682, 683, 684, 2416, 686, 2416, 
	688, 722, 689, 690, 691, 692, 693, 721, 
	693, 694, 695, 696, 697, 698, 699, 2416, 
	700, 701, 702, 703, 720, 704, 705, 706, 
	707, 708, 709, 710, 719, 2416, 711, 712, 
	713, 714, 2416, 715, 716, 717, 718, 2416, 
	723, 724, 725, 726, 741, 726, 727, 728, 
	729, 730, 731, 732, 2416, 733, 734, 735, 
	736, 740, 737, 738, 739, 2416, 743, 744, 
	745, 746, 747, 746, 757, 763, 748, 749, 
	751, 754, 2416, 750, 752, 753, 755, 756, 
	758, 762, 759, 760, 761, 2416, 764, 766, 
	765, 768, 770, 771, 772, 775, 773, 774, 
	776, 777, 779, 780, 781, 819, 782, 783, 
	784, 785, 784, 803, 806, 809, 810, 786, 
	787, 797, 800, 788, 789, 791, 794, 2416, 
	790, 792, 793, 795, 796, 798, 799, 801, 
	802, 804, 805, 807, 808, 2416, 811, 812, 
	813, 814, 818, 815, 816, 817, 2416, 820, 
	863, 821, 820, 839, 842, 845, 846, 822, 
	823, 833, 836, 824, 825, 827, 830, 2416, 
	826, 828, 829, 831, 832, 834, 835, 837, 
	838, 840, 841, 843, 844, 2416, 847, 848, 
	849, 856, 857, 850, 855, 851, 852, 853, 
	854, 2416, 858, 859, 860, 861, 862, 2416, 
	864, 865, 866, 867, 866, 901, 904, 907, 
	908, 868, 869, 895, 898, 870, 871, 889, 
	892, 872, 873, 883, 886, 874, 875, 877, 
	880, 2416, 876, 878, 879, 881, 882, 884, 
	885, 887, 888, 890, 891, 893, 894, 896, 
	897, 899, 900, 902, 903, 905, 906, 2416, 
	909, 910, 911, 912, 925, 913, 914, 915, 
	924, 2416, 916, 917, 918, 919, 2416, 920, 
	921, 922, 923, 2416, 927, 928, 929, 931, 
	932, 933, 934, 935, 936, 937, 936, 939, 
	942, 945, 946, 2416, 938, 940, 941, 943, 
	944, 2416, 948, 949, 950, 951, 1073, 1124, 
	1139, 1164, 1393, 1436, 1473, 1481, 952, 953, 
	954, 955, 956, 955, 1026, 1063, 1067, 1071, 
	2416, 957, 958, 1019, 1023, 959, 960, 961, 
	1012, 1016, 962, 963, 964, 1005, 1009, 965, 
	966, 967, 998, 1002, 968, 969, 970, 991, 
	995, 971, 972, 973, 984, 988, 974, 975, 
	976, 978, 981, 977, 979, 980, 982, 983, 
	985, 987, 986, 989, 990, 992, 994, 993, 
	996, 997, 999, 1001, 1000, 1003, 1004, 1006, 
	1008, 1007, 1010, 1011, 1013, 1015, 1014, 1017, 
	1018, 1020, 1022, 1021, 1024, 1025, 1027, 1062, 
	2416, 1028, 1029, 1030, 1061, 1031, 1032, 1033, 
	1034, 1060, 1035, 1036, 1037, 1038, 1059, 1039, 
	1040, 1041, 1042, 1058, 1043, 1044, 1045, 1046, 
	1057, 1047, 1048, 1049, 1050, 1056, 1051, 1052, 
	1053, 1054, 1055, 1064, 1066, 1065, 1068, 1069, 
	1070, 2416, 1072, 2416, 1074, 1075, 1076, 1077, 
	1078, 1079, 1080, 1081, 1080, 1091, 1121, 1082, 
	1083, 1085, 1088, 2416, 1084, 1086, 1087, 1089, 
	1090, 1092, 1093, 1095, 1094, 1096, 1097, 1098, 
	1099, 1100, 1101, 1102, 1103, 1104, 1105, 2416, 
	1106, 1107, 1108, 1109, 1110, 1111, 1112, 1113, 
	1114, 1115, 1116, 1117, 1118, 1119, 2416, 1120, 
	1122, 1123, 1125, 1126, 1127, 1128, 1129, 1128, 
	1131, 1134, 1137, 1138, 2416, 1130, 1132, 1133, 
	1135, 1136, 2416, 1140, 1141, 1142, 1143, 1144, 
	1143, 1154, 1160, 1145, 1146, 1148, 1151, 2416, 
	1147, 1149, 1150, 1152, 1153, 1155, 1159, 1156, 
	1157, 1158, 2416, 1161, 1163, 1162, 1165, 1280, 
	1286, 1166, 1167, 1168, 1169, 1168, 1179, 1277, 
	1170, 1171, 1173, 1176, 2416, 1172, 1174, 1175, 
	1177, 1178, 1180, 1181, 1183, 1244, 1248, 1255, 
	1261, 1182, 1184, 1185, 1186, 1187, 1188, 1189, 
	1190, 1191, 1192, 1193, 1194, 2416, 1195, 1196, 
	1197, 1198, 1211, 1215, 1222, 1228, 1199, 1200, 
	1201, 1202, 1203, 1204, 1205, 1206, 1207, 1208, 
	1209, 2416, 1210, 1212, 1213, 1214, 1216, 1217, 
	1218, 1219, 1220, 1221, 1223, 1224, 1225, 1226, 
	1227, 1229, 1230, 1231, 1232, 1233, 1234, 1235, 
	1236, 1237, 1238, 1239, 1240, 1241, 1242, 1243, 
	1245, 1246, 1247, 1249, 1250, 1251, 1252, 1253, 
	1254, 1256, 1257, 1258, 1259, 1260, 1262, 1263, 
	1264, 1265, 1266, 1267, 1268, 1269, 1270, 1271, 
	1272, 1273, 1274, 1275, 1276, 1278, 1279, 1281, 
	1282, 1283, 1284, 1285, 2416, 1287, 1288, 1352, 
	1289, 1288, 1323, 1342, 1346, 1347, 1290, 1291, 
	1317, 1320, 1292, 1293, 1311, 1314, 1294, 1295, 
	1305, 1308, 1296, 1297, 1299, 1302, 2416, 1298, 
	1300, 1301, 1303, 1304, 1306, 1307, 1309, 1310, 
	1312, 1313, 1315, 1316, 1318, 1319, 1321, 1322, 
	1324, 1341, 1325, 1326, 1327, 1328, 1329, 1330, 
	1331, 1340, 2416, 1332, 1333, 1334, 1335, 2416, 
	1336, 1337, 1338, 1339, 2416, 1343, 1345, 1344, 
	2416, 1348, 1349, 1350, 1351, 2416, 1353, 1354, 
	1355, 1354, 1373, 1383, 1387, 1388, 1356, 1357, 
	1367, 1370, 1358, 1359, 1361, 1364, 2416, 1360, 
	1362, 1363, 1365, 1366, 1368, 1369, 1371, 1372, 
	1374, 1382, 1375, 1376, 1377, 1378, 1379, 1380, 
	1381, 2416, 1384, 1386, 1385, 2416, 1389, 1390, 
	1391, 1392, 2416, 1394, 1395, 1396, 1397, 1398, 
	1399, 1423, 1399, 1400, 1401, 1402, 1403, 1404, 
	1405, 1422, 1406, 1407, 1408, 1409, 1410, 1411, 
	1412, 1421, 2416, 1413, 1414, 1415, 1416, 2416, 
	1417, 1418, 1419, 1420, 2416, 1424, 1425, 1425, 
	1426, 1427, 1428, 1429, 1430, 1431, 1435, 1432, 
	1433, 1434, 2416, 1437, 1444, 1438, 1439, 1440, 
	1441, 1441, 1442, 1443, 2416, 1445, 1446, 1447, 
	1446, 1457, 1463, 1467, 1468, 1448, 1449, 1451, 
	1454, 2416, 1450, 1452, 1453, 1455, 1456, 1458, 
	1462, 1459, 1460, 1461, 2416, 1464, 1466, 1465, 
	2416, 1469, 1470, 1471, 1472, 2416, 1474, 1475, 
	1476, 1477, 1478, 1479, 1480, 1482, 1483, 1484, 
	1485, 1486, 1487, 1486, 1489, 1492, 1496, 1497, 
	2416, 1488, 1490, 1491, 2416, 1493, 1495, 1494, 
	2416, 1498, 1499, 1500, 1501, 2416, 1503, 1504, 
	1505, 1514, 1533, 1618, 1506, 1507, 1508, 1509, 
	1510, 1510, 1511, 1512, 1513, 2416, 1515, 1516, 
	1517, 1518, 1519, 1520, 1532, 1520, 1521, 1522, 
	1531, 1523, 1524, 1525, 1526, 1527, 1528, 1529, 
	1530, 2416, 1534, 1599, 1535, 1536, 1537, 1538, 
	1537, 1548, 1596, 1539, 1540, 1542, 1545, 2416, 
	1541, 1543, 1544, 1546, 1547, 1549, 1550, 1552, 
	1589, 1551, 1553, 1554, 1555, 1556, 1557, 1558, 
	1559, 1560, 1561, 1562, 1563, 1564, 2416, 1565, 
	1566, 1567, 1568, 1582, 1569, 1570, 1571, 1572, 
	1573, 1574, 1575, 1576, 1577, 1578, 1579, 1580, 
	2416, 1581, 1583, 1584, 1585, 1586, 1587, 1588, 
	1590, 1591, 1592, 1593, 1594, 1595, 1597, 1598, 
	1600, 1601, 1602, 1601, 1612, 1615, 1603, 1604, 
	1606, 1609, 2416, 1605, 1607, 1608, 1610, 1611, 
	1613, 1614, 1616, 1617, 1619, 1620, 1621, 1622, 
	1621, 1624, 1627, 2416, 1623, 1625, 1626, 2416, 
	1628, 1630, 1629, 1632, 1633, 1634, 1635, 1645, 
	1652, 1636, 1637, 1638, 1638, 1639, 1640, 1641, 
	1642, 1643, 1644, 1646, 1647, 1648, 1649, 1650, 
	1651, 1653, 1654, 1655, 1655, 1656, 1657, 1658, 
	1659, 1660, 1661, 2416, 1663, 1664, 1665, 1671, 
	2402, 1666, 1667, 1668, 1669, 1670, 2416, 2416, 
	2416, 1672, 1854, 1863, 2050, 2061, 2316, 2392, 
	1673, 1674, 1675, 1676, 1739, 1752, 1754, 1769, 
	1677, 1696, 1678, 1679, 1695, 1680, 1694, 1681, 
	1682, 1683, 1684, 1685, 1686, 1687, 1688, 1689, 
	1690, 1691, 2416, 1692, 1693, 2416, 2416, 1697, 
	1698, 1699, 1738, 1700, 1737, 1701, 1736, 2416, 
	1702, 1703, 1704, 1735, 1705, 1706, 1707, 1708, 
	1734, 1709, 1710, 1711, 1712, 1733, 1713, 1714, 
	1715, 1716, 1732, 1717, 1718, 1719, 1720, 1731, 
	1721, 1722, 1723, 1724, 1730, 1725, 1726, 1727, 
	1728, 1729, 2416, 2416, 1740, 1741, 1742, 1743, 
	1751, 1744, 1750, 1745, 1749, 1746, 1747, 1748, 
	2416, 2416, 2416, 1753, 1755, 1756, 1757, 1763, 
	1758, 1759, 1760, 1762, 1761, 2416, 2416, 1764, 
	1765, 1766, 1768, 1767, 2416, 2416, 1770, 1771, 
	1772, 1788, 1773, 1774, 1775, 1787, 1776, 1777, 
	1786, 1778, 1779, 1780, 1781, 1785, 1782, 1783, 
	1784, 2416, 2416, 2416, 1789, 1806, 1790, 1791, 
	1792, 1793, 1805, 1794, 1795, 1804, 1796, 1797, 
	1798, 1799, 1803, 1800, 1801, 1802, 2416, 2416, 
	2416, 1807, 1808, 1809, 1830, 1831, 1810, 1811, 
	1829, 1812, 1813, 1814, 1815, 1828, 1816, 1817, 
	1818, 1827, 2416, 1819, 1820, 1821, 1822, 2416, 
	1823, 1824, 1825, 1826, 2416, 2416, 2416, 1832, 
	1853, 1833, 1834, 1852, 1835, 1836, 1837, 1838, 
	1851, 1839, 1840, 1841, 1850, 2416, 1842, 1843, 
	1844, 1845, 2416, 1846, 1847, 1848, 1849, 2416, 
	2416, 2416, 1855, 1856, 1857, 1858, 1859, 1860, 
	2416, 1861, 1862, 2416, 1864, 1865, 1866, 2046, 
	1867, 1944, 1960, 1969, 1982, 1984, 1987, 1868, 
	1901, 1869, 1870, 1900, 1871, 1899, 1872, 1886, 
	1893, 1873, 1874, 1875, 1876, 1877, 1878, 1879, 
	1880, 1881, 1882, 1883, 2416, 1884, 1885, 1887, 
	1888, 1889, 1890, 1891, 1892, 1894, 1895, 1896, 
	1897, 1898, 2416, 2416, 1902, 1903, 1904, 1943, 
	1905, 1942, 1906, 1941, 2416, 1907, 1908, 1909, 
	1940, 1910, 1911, 1912, 1913, 1939, 1914, 1915, 
	1916, 1917, 1938, 1918, 1919, 1920, 1921, 1937, 
	1922, 1923, 1924, 1925, 1936, 1926, 1927, 1928, 
	1929, 1935, 1930, 1931, 1932, 1933, 1934, 2416, 
	2416, 1945, 1953, 1946, 1947, 1948, 1949, 1950, 
	1952, 1951, 2416, 2416, 1954, 1955, 1956, 1957, 
	1959, 1958, 2416, 2416, 1961, 1962, 1963, 1964, 
	1965, 1966, 2416, 1967, 1968, 2416, 1970, 1971, 
	1972, 1973, 1981, 1974, 1980, 1975, 1979, 1976, 
	1977, 1978, 2416, 2416, 2416, 1983, 1985, 1986, 
	1988, 1989, 1990, 2006, 1991, 1992, 1993, 2005, 
	1994, 1995, 2004, 1996, 1997, 1998, 1999, 2003, 
	2000, 2001, 2002, 2416, 2416, 2416, 2007, 2020, 
	2021, 2008, 2009, 2019, 2010, 2011, 2012, 2013, 
	2018, 2014, 2015, 2016, 2017, 2416, 2416, 2416, 
	2022, 2023, 2024, 2045, 2025, 2026, 2044, 2027, 
	2028, 2029, 2030, 2043, 2031, 2032, 2033, 2042, 
	2416, 2034, 2035, 2036, 2037, 2416, 2038, 2039, 
	2040, 2041, 2416, 2416, 2416, 2047, 2048, 2049, 
	2051, 2052, 2053, 2054, 2055, 2056, 2060, 2057, 
	2058, 2059, 2416, 2416, 2416, 2062, 2063, 2064, 
	2065, 2109, 2115, 2147, 2156, 2169, 2271, 2285, 
	2304, 2305, 2066, 2067, 2068, 2069, 2108, 2070, 
	2107, 2071, 2106, 2416, 2072, 2073, 2074, 2105, 
	2075, 2076, 2077, 2078, 2104, 2079, 2080, 2081, 
	2082, 2103, 2083, 2084, 2085, 2086, 2102, 2087, 
	2088, 2089, 2090, 2101, 2091, 2092, 2093, 2094, 
	2100, 2095, 2096, 2097, 2098, 2099, 2416, 2416, 
	2110, 2111, 2112, 2416, 2113, 2114, 2416, 2116, 
	2139, 2117, 2118, 2119, 2120, 2121, 2122, 2138, 
	2123, 2137, 2124, 2125, 2126, 2127, 2128, 2129, 
	2130, 2131, 2132, 2133, 2134, 2416, 2135, 2136, 
	2416, 2416, 2140, 2141, 2142, 2143, 2144, 2416, 
	2145, 2146, 2416, 2148, 2149, 2150, 2151, 2155, 
	2152, 2153, 2154, 2416, 2416, 2416, 2157, 2158, 
	2159, 2160, 2168, 2161, 2167, 2162, 2166, 2163, 
	2164, 2165, 2416, 2416, 2416, 2170, 2224, 2232, 
	2171, 2172, 2173, 2223, 2174, 2222, 2175, 2189, 
	2193, 2200, 2206, 2176, 2177, 2178, 2179, 2180, 
	2181, 2182, 2183, 2184, 2185, 2186, 2416, 2187, 
	2188, 2190, 2191, 2192, 2194, 2195, 2196, 2197, 
	2198, 2199, 2201, 2202, 2203, 2204, 2205, 2207, 
	2208, 2209, 2210, 2211, 2212, 2213, 2214, 2215, 
	2216, 2217, 2218, 2219, 2220, 2221, 2416, 2416, 
	2225, 2226, 2227, 2228, 2229, 2230, 2231, 2416, 
	2233, 2234, 2255, 2256, 2235, 2254, 2236, 2253, 
	2237, 2238, 2239, 2240, 2241, 2242, 2243, 2252, 
	2416, 2244, 2245, 2246, 2247, 2416, 2248, 2249, 
	2250, 2251, 2416, 2416, 2416, 2257, 2258, 2270, 
	2259, 2269, 2260, 2268, 2261, 2262, 2263, 2264, 
	2265, 2266, 2267, 2416, 2416, 2416, 2272, 2273, 
	2274, 2275, 2276, 2277, 2279, 2280, 2278, 2416, 
	2416, 2281, 2282, 2284, 2283, 2416, 2416, 2286, 
	2293, 2287, 2288, 2289, 2290, 2292, 2291, 2416, 
	2416, 2294, 2295, 2303, 2296, 2302, 2297, 2301, 
	2298, 2299, 2300, 2416, 2416, 2416, 2306, 2307, 
	2308, 2309, 2310, 2315, 2311, 2314, 2312, 2313, 
	2416, 2416, 2416, 2317, 2318, 2319, 2333, 2342, 
	2383, 2320, 2328, 2321, 2322, 2323, 2324, 2325, 
	2326, 2327, 2416, 2416, 2329, 2330, 2416, 2331, 
	2332, 2416, 2334, 2335, 2336, 2337, 2338, 2339, 
	2341, 2340, 2416, 2416, 2343, 2372, 2344, 2345, 
	2346, 2371, 2347, 2370, 2348, 2363, 2349, 2350, 
	2351, 2352, 2353, 2354, 2355, 2356, 2357, 2358, 
	2359, 2360, 2416, 2361, 2362, 2364, 2365, 2366, 
	2367, 2368, 2369, 2416, 2416, 2373, 2374, 2375, 
	2376, 2382, 2416, 2377, 2378, 2379, 2380, 2381, 
	2416, 2416, 2384, 2385, 2386, 2391, 2387, 2390, 
	2388, 2389, 2416, 2416, 2416, 2393, 2394, 2395, 
	2396, 2397, 2398, 2399, 2400, 2401, 2416, 2416, 
	2403, 2404, 2405, 2406, 2407, 2409, 2410, 2411, 
	2412, 2416, 2414, 2416, 2415, 2417, 1, 2416, 
	2, 1, 1662, 2408, 2413, 0
};

static const short _atc_ica_trans_actions[] = {
	0, 5, 210, 0, 0, 0, 0, 0, 
	0, 0, 0, 0, 0, 0, 126, 0, 
	0, 0, 227, 0, 0, 0, 0, 0, 
	0, 0, 0, 0, 0, 0, 0, 0, 
	0, 0, 0, 156, 0, 0, 0, 0, 
	0, 0, 0, 0, 1049, 0, 0, 0, 
	0, 0, 0, 0, 0, 0, 0, 0, 
	0, 0, 0, 0, 0, 0, 0, 0, 
	1421, 0, 0, 0, 0, 0, 0, 0, 
	0, 0, 0, 0, 0, 0, 0, 1055, 
	0, 0, 0, 0, 0, 162, 0, 0, 
	0, 0, 0, 0, 1067, 0, 0, 0, 
	0, 0, 0, 0, 0, 0, 0, 0, 
	0, 0, 0, 0, 0, 0, 0, 0, 
	0, 0, 0, 0, 0, 0, 0, 0, 
	0, 0, 0, 0, 0, 0, 0, 0, 
	0, 0, 0, 0, 0, 0, 0, 0, 
	0, 0, 0, 0, 0, 0, 0, 0, 
	0, 0, 0, 0, 0, 0, 0, 0, 
	0, 0, 0, 0, 0, 0, 0, 0, 
	0, 0, 0, 0, 1435, 0, 0, 0, 
	0, 0, 0, 0, 0, 0, 0, 0, 
	0, 0, 0, 0, 0, 0, 0, 0, 
	0, 0, 0, 0, 0, 0, 0, 0, 
	0, 0, 0, 0, 0, 0, 0, 0, 
	0, 0, 0, 0, 0, 1449, 0, 1442, 
	0, 0, 0, 159, 0, 0, 0, 0, 
	0, 0, 0, 0, 1061, 0, 0, 0, 
	0, 0, 0, 0, 0, 0, 0, 1428, 
	0, 0, 0, 0, 0, 0, 0, 0, 
	0, 0, 114, 114, 0, 0, 0, 0, 
	0, 0, 0, 0, 0, 0, 0, 0, 
	0, 1533, 1526, 0, 0, 111, 111, 0, 
	0, 0, 0, 0, 0, 0, 0, 0, 
	0, 0, 0, 0, 0, 0, 0, 0, 
	0, 1491, 0, 0, 0, 0, 1512, 0, 
	0, 0, 0, 1519, 0, 0, 0, 0, 
	0, 1484, 0, 0, 0, 0, 1498, 0, 
	0, 0, 0, 1505, 0, 0, 0, 0, 
	0, 0, 168, 0, 0, 0, 0, 0, 
	0, 0, 0, 0, 0, 0, 0, 0, 
	0, 1097, 0, 0, 0, 0, 0, 0, 
	0, 0, 0, 0, 0, 0, 0, 1103, 
	0, 0, 0, 0, 0, 0, 0, 0, 
	0, 0, 1463, 1283, 0, 0, 0, 0, 
	0, 174, 0, 0, 0, 0, 0, 0, 
	0, 0, 0, 0, 0, 0, 0, 0, 
	1133, 0, 0, 0, 0, 0, 0, 0, 
	0, 0, 0, 0, 0, 0, 1139, 0, 
	0, 0, 0, 0, 0, 0, 0, 1477, 
	0, 0, 165, 0, 0, 0, 0, 0, 
	0, 0, 0, 0, 0, 0, 0, 0, 
	0, 0, 0, 0, 0, 0, 0, 0, 
	0, 0, 1073, 0, 0, 0, 0, 0, 
	0, 0, 0, 0, 0, 0, 0, 0, 
	0, 0, 0, 0, 0, 0, 0, 0, 
	1091, 0, 0, 0, 0, 0, 0, 0, 
	0, 0, 0, 0, 1079, 0, 0, 0, 
	0, 1085, 0, 0, 0, 0, 1456, 1277, 
	171, 0, 0, 0, 0, 0, 0, 0, 
	0, 0, 0, 0, 0, 0, 0, 0, 
	0, 0, 0, 0, 0, 0, 0, 1109, 
	0, 0, 0, 0, 0, 0, 0, 0, 
	0, 0, 0, 0, 0, 0, 0, 0, 
	0, 0, 0, 0, 0, 1127, 0, 0, 
	0, 0, 0, 0, 0, 0, 0, 1115, 
	0, 0, 0, 0, 1121, 0, 0, 0, 
	0, 1470, 0, 0, 0, 0, 0, 0, 
	0, 0, 0, 0, 0, 0, 0, 180, 
	0, 0, 0, 0, 0, 0, 0, 0, 
	1151, 0, 0, 0, 0, 0, 0, 0, 
	0, 0, 0, 0, 0, 0, 0, 0, 
	0, 0, 0, 0, 0, 0, 0, 1547, 
	0, 0, 0, 0, 0, 0, 0, 0, 
	0, 0, 0, 0, 0, 0, 0, 0, 
	0, 1157, 0, 0, 0, 0, 0, 0, 
	0, 0, 0, 0, 0, 0, 0, 0, 
	0, 0, 0, 0, 0, 0, 0, 0, 
	0, 0, 0, 0, 0, 183, 0, 0, 
	0, 0, 0, 0, 1163, 0, 0, 0, 
	0, 0, 0, 0, 0, 0, 0, 0, 
	0, 0, 0, 0, 0, 0, 0, 0, 
	0, 0, 0, 0, 0, 0, 0, 0, 
	0, 0, 0, 0, 0, 0, 0, 0, 
	0, 0, 0, 0, 0, 0, 0, 0, 
	0, 0, 0, 0, 0, 0, 0, 0, 
	0, 0, 0, 0, 0, 0, 0, 0, 
	0, 0, 0, 0, 0, 0, 0, 0, 
	0, 0, 0, 0, 1554, 0, 0, 0, 
	0, 0, 0, 0, 0, 0, 0, 0, 
	0, 0, 0, 0, 0, 0, 0, 0, 
	0, 0, 0, 0, 0, 0, 0, 0, 
	0, 0, 0, 0, 0, 0, 0, 0, 
	0, 0, 0, 0, 0, 1568, 0, 1561, 
	0, 0, 0, 0, 0, 0, 117, 117, 
	0, 0, 0, 0, 0, 0, 0, 1603, 
	0, 0, 0, 0, 0, 0, 0, 0, 
	0, 0, 0, 0, 0, 1610, 0, 0, 
	0, 0, 1617, 0, 0, 0, 0, 1624, 
	0, 0, 0, 120, 120, 0, 0, 0, 
	0, 0, 0, 0, 1631, 0, 0, 0, 
	0, 0, 0, 0, 0, 1638, 0, 0, 
	0, 177, 0, 0, 0, 0, 0, 0, 
	0, 0, 1145, 0, 0, 0, 0, 0, 
	0, 0, 0, 0, 0, 1540, 0, 0, 
	0, 0, 0, 0, 0, 0, 0, 0, 
	0, 0, 0, 0, 0, 0, 0, 0, 
	192, 0, 0, 0, 0, 0, 0, 0, 
	0, 0, 0, 0, 0, 0, 0, 1199, 
	0, 0, 0, 0, 0, 0, 0, 0, 
	0, 0, 0, 0, 0, 1205, 0, 0, 
	0, 0, 0, 0, 0, 0, 1596, 186, 
	0, 0, 0, 0, 0, 0, 0, 0, 
	0, 0, 0, 0, 0, 0, 0, 1169, 
	0, 0, 0, 0, 0, 0, 0, 0, 
	0, 0, 0, 0, 0, 1289, 0, 0, 
	0, 0, 0, 0, 0, 0, 0, 0, 
	0, 1575, 0, 0, 0, 0, 0, 1582, 
	0, 0, 189, 0, 0, 0, 0, 0, 
	0, 0, 0, 0, 0, 0, 0, 0, 
	0, 0, 0, 0, 0, 0, 0, 0, 
	0, 1175, 0, 0, 0, 0, 0, 0, 
	0, 0, 0, 0, 0, 0, 0, 0, 
	0, 0, 0, 0, 0, 0, 0, 1193, 
	0, 0, 0, 0, 0, 0, 0, 0, 
	0, 1181, 0, 0, 0, 0, 1187, 0, 
	0, 0, 0, 1589, 0, 0, 0, 0, 
	0, 0, 0, 0, 207, 0, 0, 0, 
	0, 0, 0, 1241, 0, 0, 0, 0, 
	0, 1666, 0, 0, 0, 0, 0, 0, 
	0, 0, 0, 0, 0, 0, 0, 0, 
	0, 135, 0, 0, 0, 0, 0, 0, 
	965, 0, 0, 0, 0, 0, 0, 0, 
	0, 0, 0, 0, 0, 0, 0, 0, 
	0, 0, 0, 0, 0, 0, 0, 0, 
	0, 0, 0, 0, 0, 0, 0, 0, 
	0, 0, 0, 0, 0, 0, 0, 0, 
	0, 0, 0, 0, 0, 0, 0, 0, 
	0, 0, 0, 0, 0, 0, 0, 0, 
	0, 0, 0, 0, 0, 0, 0, 0, 
	0, 0, 0, 0, 0, 0, 0, 0, 
	1309, 0, 0, 0, 0, 0, 0, 0, 
	0, 0, 0, 0, 0, 0, 0, 0, 
	0, 0, 0, 0, 0, 0, 0, 0, 
	0, 0, 0, 0, 0, 0, 0, 0, 
	0, 0, 0, 0, 0, 0, 0, 0, 
	0, 1323, 0, 1316, 0, 0, 0, 0, 
	0, 0, 153, 0, 0, 0, 0, 0, 
	0, 0, 0, 1037, 0, 0, 0, 0, 
	0, 0, 0, 0, 0, 0, 0, 0, 
	0, 0, 0, 0, 0, 0, 0, 1414, 
	0, 0, 0, 0, 0, 0, 0, 0, 
	0, 0, 0, 0, 0, 0, 1043, 0, 
	0, 0, 0, 0, 0, 129, 0, 0, 
	0, 0, 0, 0, 953, 0, 0, 0, 
	0, 0, 1295, 0, 0, 0, 132, 0, 
	0, 0, 0, 0, 0, 0, 0, 959, 
	0, 0, 0, 0, 0, 0, 0, 0, 
	0, 0, 1302, 0, 0, 0, 0, 0, 
	0, 0, 0, 138, 0, 0, 0, 0, 
	0, 0, 0, 0, 971, 0, 0, 0, 
	0, 0, 0, 0, 0, 0, 0, 0, 
	0, 0, 0, 0, 0, 0, 0, 0, 
	0, 0, 0, 0, 0, 1330, 0, 0, 
	0, 0, 0, 0, 0, 0, 0, 0, 
	0, 0, 0, 0, 0, 0, 0, 0, 
	0, 977, 0, 0, 0, 0, 0, 0, 
	0, 0, 0, 0, 0, 0, 0, 0, 
	0, 0, 0, 0, 0, 0, 0, 0, 
	0, 0, 0, 0, 0, 0, 0, 0, 
	0, 0, 0, 0, 0, 0, 0, 0, 
	0, 0, 0, 0, 0, 0, 0, 0, 
	0, 0, 0, 0, 0, 0, 0, 0, 
	0, 0, 0, 0, 0, 0, 0, 0, 
	0, 0, 0, 3, 1271, 0, 141, 0, 
	0, 0, 0, 0, 0, 0, 0, 0, 
	0, 0, 0, 0, 0, 0, 0, 0, 
	0, 0, 0, 0, 0, 0, 983, 0, 
	0, 0, 0, 0, 0, 0, 0, 0, 
	0, 0, 0, 0, 0, 0, 0, 0, 
	0, 0, 0, 0, 0, 0, 0, 0, 
	0, 0, 989, 0, 0, 0, 0, 995, 
	0, 0, 0, 0, 1337, 0, 0, 0, 
	1001, 0, 0, 0, 0, 1247, 0, 144, 
	0, 0, 0, 0, 0, 0, 0, 0, 
	0, 0, 0, 0, 0, 0, 1007, 0, 
	0, 0, 0, 0, 0, 0, 0, 0, 
	0, 0, 0, 0, 0, 0, 0, 0, 
	0, 1344, 0, 0, 0, 1013, 0, 0, 
	0, 0, 1253, 0, 0, 0, 0, 0, 
	102, 0, 0, 0, 0, 0, 0, 0, 
	0, 0, 0, 0, 0, 0, 0, 0, 
	0, 0, 1379, 0, 0, 0, 0, 1386, 
	0, 0, 0, 0, 1393, 0, 105, 0, 
	0, 0, 0, 0, 0, 0, 0, 0, 
	0, 0, 1400, 0, 0, 0, 0, 0, 
	108, 0, 0, 0, 1407, 0, 147, 0, 
	0, 0, 0, 0, 0, 0, 0, 0, 
	0, 1019, 0, 0, 0, 0, 0, 0, 
	0, 0, 0, 0, 1351, 0, 0, 0, 
	1025, 0, 0, 0, 0, 1358, 0, 0, 
	0, 0, 0, 0, 102, 0, 0, 0, 
	0, 150, 0, 0, 0, 0, 0, 0, 
	1031, 0, 0, 0, 1365, 0, 0, 0, 
	1372, 0, 0, 0, 0, 1265, 0, 0, 
	0, 0, 0, 0, 0, 0, 0, 0, 
	204, 0, 0, 0, 0, 1235, 0, 0, 
	0, 0, 0, 123, 123, 0, 0, 0, 
	0, 0, 0, 0, 0, 0, 0, 0, 
	0, 1659, 0, 0, 0, 0, 195, 0, 
	0, 0, 0, 0, 0, 0, 0, 1211, 
	0, 0, 0, 0, 0, 0, 0, 0, 
	0, 0, 0, 0, 0, 0, 0, 0, 
	0, 0, 0, 0, 0, 0, 1645, 0, 
	0, 0, 0, 0, 0, 0, 0, 0, 
	0, 0, 0, 0, 0, 0, 0, 0, 
	1217, 0, 0, 0, 0, 0, 0, 0, 
	0, 0, 0, 0, 0, 0, 0, 0, 
	0, 201, 0, 0, 0, 0, 0, 0, 
	0, 0, 1229, 0, 0, 0, 0, 0, 
	0, 0, 0, 0, 0, 0, 198, 0, 
	0, 0, 0, 1223, 0, 0, 0, 1652, 
	0, 0, 0, 0, 0, 0, 0, 0, 
	0, 0, 0, 141, 0, 0, 0, 0, 
	0, 0, 0, 0, 0, 0, 0, 0, 
	105, 0, 0, 147, 0, 0, 0, 0, 
	0, 0, 0, 1259, 0, 0, 0, 0, 
	0, 0, 0, 93, 95, 97, 935, 941, 
	947, 0, 0, 0, 0, 0, 0, 0, 
	0, 0, 0, 0, 0, 0, 0, 0, 
	0, 0, 39, 3, 0, 0, 0, 0, 
	0, 0, 0, 0, 0, 0, 0, 0, 
	0, 0, 485, 0, 0, 473, 479, 0, 
	43, 3, 0, 0, 0, 0, 0, 521, 
	0, 0, 0, 0, 0, 0, 0, 0, 
	0, 0, 0, 0, 0, 0, 0, 0, 
	0, 0, 0, 0, 0, 0, 0, 0, 
	0, 0, 0, 0, 0, 0, 0, 0, 
	0, 0, 509, 515, 0, 0, 41, 3, 
	0, 0, 0, 0, 0, 0, 0, 0, 
	503, 491, 497, 0, 0, 0, 0, 0, 
	0, 55, 0, 0, 0, 635, 641, 0, 
	53, 0, 0, 0, 623, 629, 0, 0, 
	0, 0, 0, 47, 3, 0, 0, 0, 
	0, 0, 0, 0, 0, 0, 0, 0, 
	0, 569, 557, 563, 0, 0, 0, 0, 
	51, 3, 0, 0, 0, 0, 0, 0, 
	0, 0, 0, 0, 0, 0, 617, 605, 
	611, 0, 45, 3, 0, 49, 0, 0, 
	0, 0, 0, 0, 0, 0, 0, 0, 
	0, 0, 539, 0, 0, 0, 0, 545, 
	0, 0, 0, 0, 551, 527, 533, 3, 
	0, 0, 0, 0, 0, 0, 0, 0, 
	0, 0, 0, 0, 0, 587, 0, 0, 
	0, 0, 593, 0, 0, 0, 0, 599, 
	575, 581, 0, 0, 0, 0, 0, 91, 
	929, 0, 0, 923, 0, 0, 0, 0, 
	0, 0, 0, 0, 0, 0, 0, 0, 
	0, 59, 3, 0, 0, 0, 0, 0, 
	0, 0, 0, 0, 0, 0, 0, 0, 
	0, 0, 0, 0, 677, 0, 0, 0, 
	0, 0, 0, 0, 0, 0, 0, 0, 
	0, 0, 665, 671, 0, 61, 3, 0, 
	0, 0, 0, 0, 695, 0, 0, 0, 
	0, 0, 0, 0, 0, 0, 0, 0, 
	0, 0, 0, 0, 0, 0, 0, 0, 
	0, 0, 0, 0, 0, 0, 0, 0, 
	0, 0, 0, 0, 0, 0, 0, 683, 
	689, 0, 0, 0, 0, 0, 69, 0, 
	0, 0, 767, 773, 0, 0, 71, 0, 
	0, 0, 779, 785, 0, 0, 0, 0, 
	0, 73, 797, 0, 0, 791, 0, 0, 
	57, 3, 0, 0, 0, 0, 0, 0, 
	0, 0, 659, 647, 653, 0, 0, 0, 
	0, 0, 0, 63, 0, 67, 3, 0, 
	0, 0, 0, 0, 0, 0, 0, 0, 
	0, 0, 0, 761, 749, 755, 3, 0, 
	0, 0, 0, 0, 0, 0, 0, 0, 
	0, 0, 0, 0, 0, 713, 701, 707, 
	0, 65, 3, 0, 0, 0, 0, 0, 
	0, 0, 0, 0, 0, 0, 0, 0, 
	731, 0, 0, 0, 0, 737, 0, 0, 
	0, 0, 743, 719, 725, 0, 0, 63, 
	0, 0, 0, 0, 87, 3, 0, 0, 
	0, 0, 905, 893, 899, 0, 0, 0, 
	0, 0, 0, 0, 0, 0, 0, 0, 
	0, 0, 0, 0, 13, 3, 0, 0, 
	0, 0, 0, 281, 0, 0, 0, 0, 
	0, 0, 0, 0, 0, 0, 0, 0, 
	0, 0, 0, 0, 0, 0, 0, 0, 
	0, 0, 0, 0, 0, 0, 0, 0, 
	0, 0, 0, 0, 0, 0, 269, 275, 
	0, 0, 17, 311, 0, 0, 305, 0, 
	0, 0, 0, 0, 0, 35, 3, 0, 
	0, 0, 0, 0, 0, 0, 0, 0, 
	0, 0, 0, 0, 0, 461, 0, 0, 
	449, 455, 0, 0, 0, 0, 33, 443, 
	0, 0, 437, 0, 0, 9, 3, 0, 
	0, 0, 0, 245, 233, 239, 0, 0, 
	11, 3, 0, 0, 0, 0, 0, 0, 
	0, 0, 263, 251, 257, 0, 0, 0, 
	0, 15, 3, 0, 0, 0, 0, 0, 
	0, 0, 0, 0, 0, 0, 0, 0, 
	0, 0, 0, 0, 0, 0, 299, 0, 
	0, 0, 0, 0, 0, 0, 0, 0, 
	0, 0, 0, 0, 0, 0, 0, 0, 
	0, 0, 0, 0, 0, 0, 0, 0, 
	0, 0, 0, 0, 0, 0, 287, 293, 
	0, 0, 0, 0, 37, 0, 0, 467, 
	19, 3, 0, 0, 0, 0, 0, 0, 
	0, 0, 0, 0, 0, 0, 0, 0, 
	329, 0, 0, 0, 0, 335, 0, 0, 
	0, 0, 341, 317, 323, 21, 3, 0, 
	0, 0, 0, 0, 0, 0, 0, 0, 
	0, 0, 0, 359, 347, 353, 0, 0, 
	0, 0, 27, 0, 0, 0, 0, 401, 
	407, 29, 0, 0, 0, 413, 419, 0, 
	0, 0, 0, 31, 0, 0, 0, 425, 
	431, 23, 3, 0, 0, 0, 0, 0, 
	0, 0, 0, 377, 365, 371, 0, 0, 
	0, 25, 3, 0, 0, 0, 0, 0, 
	395, 383, 389, 0, 0, 0, 0, 0, 
	0, 0, 0, 0, 0, 83, 3, 0, 
	0, 0, 875, 869, 0, 85, 887, 0, 
	0, 881, 0, 0, 0, 0, 79, 0, 
	0, 0, 839, 845, 0, 0, 0, 75, 
	3, 0, 0, 0, 0, 0, 0, 0, 
	0, 0, 0, 0, 0, 0, 0, 0, 
	0, 0, 815, 0, 0, 0, 0, 0, 
	0, 0, 0, 803, 809, 81, 3, 0, 
	0, 0, 857, 0, 0, 0, 0, 0, 
	863, 851, 0, 77, 3, 0, 0, 0, 
	0, 0, 833, 821, 827, 0, 0, 0, 
	0, 89, 3, 0, 0, 0, 917, 911, 
	0, 0, 0, 0, 0, 0, 0, 0, 
	3, 221, 3, 215, 0, 7, 1, 0, 
	1, 99, 1, 1, 1, 0
};

static const short _atc_ica_eof_actions[] = {
	0, 5, 5, 5, 5, 5, 5, 5, 
	5, 5, 5, 5, 5, 5, 5, 5, 
	5, 5, 5, 5, 5, 5, 5, 5, 
	5, 5, 5, 5, 5, 5, 5, 5, 
	5, 5, 5, 5, 5, 5, 5, 5, 
	5, 5, 5, 5, 5, 5, 5, 5, 
	5, 5, 5, 5, 5, 5, 5, 5, 
	5, 5, 5, 5, 5, 5, 5, 5, 
	5, 5, 5, 5, 5, 5, 5, 5, 
	5, 5, 5, 5, 5, 5, 5, 5, 
	5, 5, 5, 5, 5, 5, 5, 5, 
	5, 5, 5, 5, 5, 5, 5, 5, 
	5, 5, 5, 5, 5, 5, 5, 5, 
	5, 5, 5, 5, 5, 5, 5, 5, 
	5, 5, 5, 5, 5, 5, 5, 5, 
	5, 5, 5, 5, 5, 5, 5, 5, 
	5, 5, 5, 5, 5, 5, 5, 5, 
	5, 5, 5, 5, 5, 5, 5, 5, 
	5, 5, 5, 5, 5, 5, 5, 5, 
	5, 5, 5, 5, 5, 5, 5, 5, 
	5, 5, 5, 5, 5, 5, 5, 5, 
	5, 5, 5, 5, 5, 5, 5, 5, 
	5, 5, 5, 5, 5, 5, 5, 5, 
	5, 5, 5, 5, 5, 5, 5, 5, 
	5, 5, 5, 5, 5, 5, 5, 5, 
	5, 5, 5, 5, 5, 5, 5, 5, 
	5, 5, 5, 5, 5, 5, 5, 5, 
	5, 5, 5, 5, 5, 5, 5, 5, 
	5, 5, 5, 5, 5, 5, 5, 5, 
	5, 5, 5, 5, 5, 5, 5, 5, 
	5, 5, 5, 5, 5, 5, 5, 5, 
	5, 5, 5, 5, 5, 5, 5, 5, 
	5, 5, 5, 5, 5, 5, 5, 5, 
	5, 5, 5, 5, 5, 5, 5, 5, 
	5, 5, 5, 5, 5, 5, 5, 5, 
	5, 5, 5, 5, 5, 5, 5, 5, 
	5, 5, 5, 5, 5, 5, 5, 5, 
	5, 5, 5, 5, 5, 5, 5, 5, 
	5, 5, 5, 5, 5, 5, 5, 5, 
	5, 5, 5, 5, 5, 5, 5, 5, 
	5, 5, 5, 5, 5, 5, 5, 5, 
	5, 5, 5, 5, 5, 5, 5, 5, 
	5, 5, 5, 5, 5, 5, 5, 5, 
	5, 5, 5, 5, 5, 5, 5, 5, 
	5, 5, 5, 5, 5, 5, 5, 5, 
	5, 5, 5, 5, 5, 5, 5, 5, 
	5, 5, 5, 5, 5, 5, 5, 5, 
	5, 5, 5, 5, 5, 5, 5, 5, 
	5, 5, 5, 5, 5, 5, 5, 5, 
	5, 5, 5, 5, 5, 5, 5, 5, 
	5, 5, 5, 5, 5, 5, 5, 5, 
	5, 5, 5, 5, 5, 5, 5, 5, 
	5, 5, 5, 5, 5, 5, 5, 5, 
	5, 5, 5, 5, 5, 5, 5, 5, 
	5, 5, 5, 5, 5, 5, 5, 5, 
	5, 5, 5, 5, 5, 5, 5, 5, 
	5, 5, 5, 5, 5, 5, 5, 5, 
	5, 5, 5, 5, 5, 5, 5, 5, 
	5, 5, 5, 5, 5, 5, 5, 5, 
	5, 5, 5, 5, 5, 5, 5, 5, 
	5, 5, 5, 5, 5, 5, 5, 5, 
	5, 5, 5, 5, 5, 5, 5, 5, 
	5, 5, 5, 5, 5, 5, 5, 5, 
	5, 5, 5, 5, 5, 5, 5, 5, 
	5, 5, 5, 5, 5, 5, 5, 5, 
	5, 5, 5, 5, 5, 5, 5, 5, 
	5, 5, 5, 5, 5, 5, 5, 5, 
	5, 5, 5, 5, 5, 5, 5, 5, 
	5, 5, 5, 5, 5, 5, 5, 5, 
	5, 5, 5, 5, 5, 5, 5, 5, 
	5, 5, 5, 5, 5, 5, 5, 5, 
	5, 5, 5, 5, 5, 5, 5, 5, 
	5, 5, 5, 5, 5, 5, 5, 5, 
	5, 5, 5, 5, 5, 5, 5, 5, 
	5, 5, 5, 5, 5, 5, 5, 5, 
	5, 5, 5, 5, 5, 5, 5, 5, 
	5, 5, 5, 5, 5, 5, 5, 5, 
	5, 5, 5, 5, 5, 5, 5, 5, 
	5, 5, 5, 5, 5, 5, 5, 5, 
	5, 5, 5, 5, 5, 5, 5, 5, 
	5, 5, 5, 5, 5, 5, 5, 5, 
	5, 5, 5, 5, 5, 5, 5, 5, 
	5, 5, 5, 5, 5, 5, 5, 5, 
	5, 5, 5, 5, 5, 5, 5, 5, 
	5, 5, 5, 5, 5, 5, 5, 5, 
	5, 5, 5, 5, 5, 5, 5, 5, 
	5, 5, 5, 5, 5, 5, 5, 5, 
	5, 5, 5, 5, 5, 5, 5, 5, 
	5, 5, 5, 5, 5, 5, 5, 5, 
	5, 5, 5, 5, 5, 5, 5, 5, 
	5, 5, 5, 5, 5, 5, 5, 5, 
	5, 5, 5, 5, 5, 5, 5, 5, 
	5, 5, 5, 5, 5, 5, 5, 5, 
	5, 5, 5, 5, 5, 5, 5, 5, 
	5, 5, 5, 5, 5, 5, 5, 5, 
	5, 5, 5, 5, 5, 5, 5, 5, 
	5, 5, 5, 5, 5, 5, 5, 5, 
	5, 5, 5, 5, 5, 5, 5, 5, 
	5, 5, 5, 5, 5, 5, 5, 5, 
	5, 5, 5, 5, 5, 5, 5, 5, 
	5, 5, 5, 5, 5, 5, 5, 5, 
	5, 5, 5, 5, 5, 5, 5, 5, 
	5, 5, 5, 5, 5, 5, 5, 5, 
	5, 5, 5, 5, 5, 5, 5, 5, 
	5, 5, 5, 5, 5, 5, 5, 5, 
	5, 5, 5, 5, 5, 5, 5, 5, 
	5, 5, 5, 5, 5, 5, 5, 5, 
	5, 5, 5, 5, 5, 5, 5, 5, 
	5, 5, 5, 5, 5, 5, 5, 5, 
	5, 5, 5, 5, 5, 5, 5, 5, 
	5, 5, 5, 5, 5, 5, 5, 5, 
	5, 5, 5, 5, 5, 5, 5, 5, 
	5, 5, 5, 5, 5, 5, 5, 5, 
	5, 5, 5, 5, 5, 5, 5, 5, 
	5, 5, 5, 5, 5, 5, 5, 5, 
	5, 5, 5, 5, 5, 5, 5, 5, 
	5, 5, 5, 5, 5, 5, 5, 5, 
	5, 5, 5, 5, 5, 5, 5, 5, 
	5, 5, 5, 5, 5, 5, 5, 5, 
	5, 5, 5, 5, 5, 5, 5, 5, 
	5, 5, 5, 5, 5, 5, 5, 5, 
	5, 5, 5, 5, 5, 5, 5, 5, 
	5, 5, 5, 5, 5, 5, 5, 5, 
	5, 5, 5, 5, 5, 5, 5, 5, 
	5, 5, 5, 5, 5, 5, 5, 5, 
	5, 5, 5, 5, 5, 5, 5, 5, 
	5, 5, 5, 5, 5, 5, 5, 5, 
	5, 5, 5, 5, 5, 5, 5, 5, 
	5, 5, 5, 5, 5, 5, 5, 5, 
	5, 5, 5, 5, 5, 5, 5, 5, 
	5, 5, 5, 5, 5, 5, 5, 5, 
	5, 5, 5, 5, 5, 5, 5, 5, 
	5, 5, 5, 5, 5, 5, 5, 5, 
	5, 5, 5, 5, 5, 5, 5, 5, 
	5, 5, 5, 5, 5, 5, 5, 5, 
	5, 5, 5, 5, 5, 5, 5, 5, 
	5, 5, 5, 5, 5, 5, 5, 5, 
	5, 5, 5, 5, 5, 5, 5, 5, 
	5, 5, 5, 5, 5, 5, 5, 5, 
	5, 5, 5, 5, 5, 5, 5, 5, 
	5, 5, 5, 5, 5, 5, 5, 5, 
	5, 5, 5, 5, 5, 5, 5, 5, 
	5, 5, 5, 5, 5, 5, 5, 5, 
	5, 5, 5, 5, 5, 5, 5, 5, 
	5, 5, 5, 5, 5, 5, 5, 5, 
	5, 5, 5, 5, 5, 5, 5, 5, 
	5, 5, 5, 5, 5, 5, 5, 5, 
	5, 5, 5, 5, 5, 5, 5, 5, 
	5, 5, 5, 5, 5, 5, 5, 5, 
	5, 5, 5, 5, 5, 5, 5, 5, 
	5, 5, 5, 5, 5, 5, 5, 5, 
	5, 5, 5, 5, 5, 5, 5, 5, 
	5, 5, 5, 5, 5, 5, 5, 5, 
	5, 5, 5, 5, 5, 5, 5, 5, 
	5, 5, 5, 5, 5, 5, 5, 5, 
	5, 5, 5, 5, 5, 5, 5, 5, 
	5, 5, 5, 5, 5, 5, 5, 5, 
	5, 5, 5, 5, 5, 5, 5, 5, 
	5, 5, 5, 5, 5, 5, 5, 5, 
	5, 5, 5, 5, 5, 5, 5, 5, 
	5, 5, 5, 5, 5, 5, 5, 5, 
	5, 5, 5, 5, 5, 5, 5, 5, 
	5, 5, 5, 5, 5, 5, 5, 5, 
	5, 5, 5, 5, 5, 5, 5, 5, 
	5, 5, 5, 5, 5, 5, 5, 5, 
	5, 5, 5, 5, 5, 5, 5, 5, 
	5, 5, 5, 5, 5, 5, 5, 5, 
	5, 5, 5, 5, 5, 5, 5, 5, 
	5, 5, 5, 5, 5, 5, 5, 5, 
	5, 5, 5, 5, 5, 5, 5, 5, 
	5, 5, 5, 5, 5, 5, 5, 5, 
	5, 5, 5, 5, 5, 5, 5, 5, 
	5, 5, 5, 5, 5, 5, 5, 5, 
	5, 5, 5, 5, 5, 5, 5, 5, 
	5, 5, 5, 5, 5, 5, 5, 5, 
	5, 5, 5, 5, 5, 5, 5, 5, 
	5, 5, 5, 5, 5, 5, 5, 5, 
	5, 5, 5, 5, 5, 5, 5, 5, 
	5, 5, 5, 5, 5, 5, 5, 5, 
	5, 5, 5, 5, 5, 5, 5, 5, 
	5, 5, 5, 5, 5, 5, 5, 5, 
	5, 5, 5, 5, 5, 5, 5, 5, 
	5, 5, 5, 5, 5, 5, 5, 5, 
	5, 5, 5, 5, 5, 5, 5, 5, 
	5, 5, 5, 5, 5, 5, 5, 5, 
	5, 5, 5, 5, 5, 5, 5, 5, 
	5, 5, 5, 5, 5, 5, 5, 5, 
	5, 5, 5, 5, 5, 5, 5, 5, 
	5, 5, 5, 5, 5, 5, 5, 5, 
	5, 5, 5, 5, 5, 5, 5, 5, 
	5, 5, 5, 5, 5, 5, 5, 5, 
	5, 5, 5, 5, 5, 5, 5, 5, 
	5, 5, 5, 5, 5, 5, 5, 5, 
	5, 5, 5, 5, 5, 5, 5, 5, 
	5, 5, 5, 5, 5, 5, 5, 5, 
	5, 5, 5, 5, 5, 5, 5, 5, 
	5, 5, 5, 5, 5, 5, 5, 5, 
	5, 5, 5, 5, 5, 5, 5, 5, 
	5, 5, 5, 5, 5, 5, 5, 5, 
	5, 5, 5, 5, 5, 5, 5, 5, 
	5, 5, 5, 5, 5, 5, 5, 5, 
	5, 5, 5, 5, 5, 5, 5, 5, 
	5, 5, 5, 5, 5, 5, 5, 5, 
	5, 5, 5, 5, 5, 5, 5, 5, 
	5, 5, 5, 5, 5, 5, 5, 5, 
	5, 5, 5, 5, 5, 5, 5, 5, 
	5, 5, 5, 5, 5, 5, 5, 5, 
	5, 5, 5, 5, 5, 5, 5, 5, 
	5, 5, 5, 5, 5, 5, 5, 5, 
	5, 5, 5, 5, 5, 5, 5, 5, 
	5, 5, 5, 5, 5, 5, 5, 5, 
	5, 5, 5, 5, 5, 5, 5, 5, 
	5, 5, 5, 5, 5, 5, 5, 5, 
	5, 5, 5, 5, 5, 5, 5, 5, 
	5, 5, 5, 5, 5, 5, 5, 5, 
	5, 5, 5, 5, 5, 5, 5, 5, 
	5, 5, 5, 5, 5, 5, 5, 5, 
	5, 5, 5, 5, 5, 5, 5, 5, 
	5, 5, 5, 5, 5, 5, 5, 5, 
	5, 5, 5, 5, 5, 5, 5, 5, 
	5, 5, 5, 5, 5, 5, 5, 5, 
	5, 5, 5, 5, 5, 5, 5, 5, 
	5, 5, 5, 5, 5, 5, 5, 5, 
	5, 5, 5, 5, 5, 5, 5, 5, 
	5, 5, 5, 5, 5, 5, 5, 5, 
	5, 5, 5, 5, 5, 5, 5, 5, 
	5, 5, 5, 5, 5, 5, 5, 5, 
	5, 5, 5, 5, 5, 5, 5, 5, 
	5, 5, 5, 5, 5, 5, 5, 5, 
	5, 5, 5, 5, 5, 5, 5, 5, 
	5, 5, 5, 5, 5, 5, 5, 5, 
	5, 5, 5, 5, 5, 5, 5, 5, 
	5, 5, 5, 5, 5, 5, 5, 5, 
	5, 5, 5, 5, 5, 5, 5, 5, 
	5, 5, 5, 5, 5, 5, 5, 5, 
	5, 5, 5, 5, 5, 5, 5, 5, 
	5, 5, 5, 5, 5, 5, 5, 5, 
	5, 5, 5, 5, 5, 5, 5, 5, 
	5, 5, 5, 5, 5, 5, 5, 5, 
	5, 5, 5, 5, 5, 5, 5, 5, 
	5, 5, 5, 5, 5, 5, 5, 5, 
	5, 5, 5, 5, 5, 5, 5, 5, 
	5, 5, 5, 5, 5, 5, 5, 5, 
	5, 5, 5, 5, 5, 5, 5, 5, 
	5, 5, 5, 5, 5, 5, 5, 5, 
	5, 5, 5, 5, 5, 5, 5, 5, 
	5, 5, 5, 5, 5, 5, 5, 5, 
	5, 5, 5, 5, 5, 5, 5, 5, 
	5, 5, 5, 5, 5, 5, 5, 5, 
	5, 5, 5, 5, 5, 5, 5, 5, 
	5, 5, 5, 5, 5, 5, 5, 5, 
	5, 5, 5, 5, 5, 5, 5, 5, 
	5, 5, 5, 5, 5, 5, 5, 5, 
	5, 5, 5, 5, 5, 5, 5, 5, 
	5, 5, 5, 5, 5, 5, 5, 5, 
	5, 5, 5, 5, 5, 5, 5, 5, 
	5, 5, 5, 5, 5, 5, 5, 5, 
	5, 5, 5, 5, 5, 5, 5, 5, 
	5, 5, 5, 5, 5, 5, 5, 5, 
	5, 5, 5, 5, 5, 5, 5, 5, 
	5, 5, 5, 5, 5, 5, 5, 5, 
	5, 5, 5, 5, 5, 5, 5, 5, 
	5, 5, 5, 5, 5, 5, 5, 5, 
	5, 5, 5, 5, 5, 5, 5, 5, 
	5, 5, 5, 5, 5, 5, 5, 5, 
	5, 5, 5, 5, 5, 5, 5, 5, 
	5, 5, 5, 5, 5, 5, 5, 5, 
	5, 5, 5, 5, 5, 5, 5, 5, 
	5, 5, 5, 5, 5, 5, 5, 5, 
	5, 5, 5, 5, 5, 5, 5, 5, 
	5, 5, 5, 5, 5, 5, 5, 5, 
	5, 5, 5, 5, 5, 5, 5, 5, 
	5, 5, 5, 5, 5, 5, 5, 5, 
	5, 5, 5, 5, 5, 5, 5, 5, 
	5, 5, 5, 5, 5, 5, 5, 5, 
	5, 5, 5, 5, 5, 5, 5, 5, 
	5, 5, 5, 5, 5, 5, 5, 5, 
	5, 5, 5, 5, 5, 5, 5, 5, 
	5, 5, 5, 5, 5, 5, 5, 5, 
	5, 5, 5, 5, 5, 5, 5, 5, 
	5, 5, 5, 5, 5, 5, 5, 5, 
	5, 5, 5, 5, 5, 5, 5, 5, 
	5, 5, 5, 5, 5, 5, 5, 5, 
	5, 5, 5, 5, 5, 5, 5, 5, 
	5, 5, 5, 5, 5, 5, 5, 5, 
	5, 5, 5, 5, 5, 5, 5, 5, 
	5, 5, 5, 5, 5, 5, 5, 5, 
	5, 5, 5, 5, 5, 5, 5, 5, 
	5, 5, 5, 5, 5, 5, 5, 5, 
	5, 5, 5, 5, 5, 5, 5, 5, 
	5, 5, 5, 5, 5, 5, 5, 5, 
	5, 5, 5, 5, 5, 5, 5, 5, 
	5, 5, 5, 5, 5, 5, 5, 5, 
	5, 5, 5, 5, 5, 5, 5, 5, 
	5, 5, 5, 5, 5, 5, 5, 5, 
	5, 5, 5, 5, 5, 5, 5, 5, 
	5, 5, 5, 5, 5, 5, 5, 5, 
	5, 5, 5, 5, 5, 5, 5, 5, 
	5, 5, 5, 5, 5, 5, 5, 5, 
	5, 5, 5, 5, 5, 5, 5, 5, 
	5, 5, 5, 5, 5, 5, 5, 5, 
	5, 5, 5, 5, 5, 5, 5, 0, 
	0, 0
};

static const int atc_ica_start = 2416;

static const int atc_ica_en_skip = 2415;
static const int atc_ica_en_main = 2416;



static size_t atc__ica_exec(atc_parser *par, atc_machine *mc, const char *data, size_t len,
                                    const char **line_from)
{
    const char *p = data, *pe = data + len;
    const char *eof = NULL; /* a line ends at CR or LF, never at the end of a chunk */
    const char *ls = par->len ? data : NULL;
    (void)eof;
    (void)atc_ica_en_main;
    (void)atc_ica_en_skip;
    mc->signal = ATC__SIG_NONE;
    
	{
	int _klen;
	unsigned int _trans;
	const short *_acts;
	unsigned int _nacts;
	const char *_keys;

	if ( p == pe )
		goto _test_eof;
	if (  mc->cs == 0 )
		goto _out;
_resume:
	_keys = _atc_ica_trans_keys + _atc_ica_key_offsets[ mc->cs];
	_trans = _atc_ica_index_offsets[ mc->cs];

	_klen = _atc_ica_single_lengths[ mc->cs];
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

	_klen = _atc_ica_range_lengths[ mc->cs];
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
	_trans = _atc_ica_indicies[_trans];
	 mc->cs = _atc_ica_trans_targs[_trans];

	if ( _atc_ica_trans_actions[_trans] == 0 )
		goto _again;

	_acts = _atc_ica_actions + _atc_ica_trans_actions[_trans];
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
	{ if (!ls) ls = p; mc->bad = 1; p--; { mc->cs = 2415;goto _again;} }
	break;
	case 4:
	{ mc->signal = ATC__SIG_LINE;  mc->cs = 2416; {p++; goto _out; } }
	break;
	case 5:
	{ if (atc__prompt_expected(par)) { mc->signal = ATC__SIG_PROMPT;  mc->cs = 2416; {p++; goto _out; } } }
	break;
	case 6:
	{ mc->hint = 2; }
	break;
	case 7:
	{ mc->hint = 4; }
	break;
	case 8:
	{ mc->hint = 7; }
	break;
	case 9:
	{ mc->hint = 10; }
	break;
	case 10:
	{ mc->hint = 13; }
	break;
	case 11:
	{ mc->hint = 16; }
	break;
	case 12:
	{ mc->hint = 18; }
	break;
	case 13:
	{ mc->hint = 21; }
	break;
	case 14:
	{ mc->hint = 24; }
	break;
	case 15:
	{ mc->hint = 27; }
	break;
	case 16:
	{ mc->hint = 30; }
	break;
	case 17:
	{ mc->hint = 32; }
	break;
	case 18:
	{ mc->hint = 34; }
	break;
	case 19:
	{ mc->hint = 36; }
	break;
	case 20:
	{ mc->hint = 38; }
	break;
	case 21:
	{ mc->hint = 41; }
	break;
	case 22:
	{ mc->hint = 42; }
	break;
	case 23:
	{ mc->hint = 45; }
	break;
	case 24:
	{ mc->hint = 48; }
	break;
	case 25:
	{ mc->hint = 51; }
	break;
	case 26:
	{ mc->hint = 54; }
	break;
	case 27:
	{ mc->hint = 57; }
	break;
	case 28:
	{ mc->hint = 60; }
	break;
	case 29:
	{ mc->hint = 63; }
	break;
	case 30:
	{ mc->hint = 65; }
	break;
	case 31:
	{ mc->hint = 67; }
	break;
	case 32:
	{ mc->hint = 70; }
	break;
	case 33:
	{ mc->hint = 73; }
	break;
	case 34:
	{ mc->hint = 76; }
	break;
	case 35:
	{ mc->hint = 79; }
	break;
	case 36:
	{ mc->hint = 82; }
	break;
	case 37:
	{ mc->hint = 85; }
	break;
	case 38:
	{ mc->hint = 87; }
	break;
	case 39:
	{ mc->hint = 89; }
	break;
	case 40:
	{ mc->hint = 91; }
	break;
	case 41:
	{ mc->hint = 94; }
	break;
	case 42:
	{ mc->hint = 97; }
	break;
	case 43:
	{ mc->hint = 99; }
	break;
	case 44:
	{ mc->hint = 101; }
	break;
	case 45:
	{ mc->hint = 103; }
	break;
	case 46:
	{ mc->hint = 105; }
	break;
	case 47:
	{ mc->hint = 108; }
	break;
	case 48:
	{ mc->hint = 110; }
	break;
	case 49:
	{ mc->hint = 112; }
	break;
	case 50:
	{ mc->hint = 113; }
	break;
	case 51:
	{ mc->hint = 114; }
	break;
	case 52:
	{ mc->hint = 115; }
	break;
	case 53:
	{ mc->hint = 117; }
	break;
	case 54:
	{ mc->hint = 119; }
	break;
	case 55:
	{ mc->hint = 121; }
	break;
	case 56:
	{ mc->hint = 123; }
	break;
	case 57:
	{ mc->hint = 126; }
	break;
	case 58:
	{ mc->hint = 129; }
	break;
	case 59:
	{ mc->hint = 132; }
	break;
	case 60:
	{ mc->hint = 135; }
	break;
	case 61:
	{ mc->hint = 136; }
	break;
	case 62:
	{ mc->hint = 137; }
	break;
	case 63:
	{ mc->hint = 138; }
	break;
	case 64:
	{ mc->hint = 140; }
	break;
	case 65:
	{ mc->hint = 142; }
	break;
	case 66:
	{ mc->hint = 144; }
	break;
	case 67:
	{ mc->hint = 146; }
	break;
	case 68:
	{ mc->hint = 149; }
	break;
	case 69:
	{ mc->hint = 152; }
	break;
	case 70:
	{ mc->hint = 155; }
	break;
	case 71:
	{ mc->hint = 158; }
	break;
	case 72:
	{ mc->hint = 159; }
	break;
	case 73:
	{ mc->hint = 160; }
	break;
	case 74:
	{ mc->hint = 162; }
	break;
	case 75:
	{ mc->hint = 164; }
	break;
	case 76:
	{ mc->hint = 166; }
	break;
	case 77:
	{ mc->hint = 168; }
	break;
	case 78:
	{ mc->hint = 171; }
	break;
	case 79:
	{ mc->hint = 174; }
	break;
	case 80:
	{ mc->hint = 175; }
	break;
	case 81:
	{ mc->hint = 176; }
	break;
	case 82:
	{ mc->hint = 178; }
	break;
	case 83:
	{ mc->hint = 180; }
	break;
	case 84:
	{ mc->hint = 181; }
	break;
	case 85:
	{ mc->hint = 182; }
	break;
	case 86:
	{ mc->hint = 183; }
	break;
	case 87:
	{ atc__machine_match(mc, 0); }
	break;
	case 88:
	{ atc__machine_match(mc, 1); }
	break;
	case 89:
	{ atc__machine_match(mc, 2); }
	break;
	case 90:
	{ atc__machine_match(mc, 3); }
	break;
	case 91:
	{ atc__machine_match(mc, 4); }
	break;
	case 92:
	{ atc__machine_match(mc, 5); }
	break;
	case 93:
	{ atc__machine_match(mc, 6); }
	break;
	case 94:
	{ atc__machine_match(mc, 7); }
	break;
	case 95:
	{ atc__machine_match(mc, 8); }
	break;
	case 96:
	{ atc__machine_match(mc, 9); }
	break;
	case 97:
	{ atc__machine_match(mc, 10); }
	break;
	case 98:
	{ atc__machine_match(mc, 11); }
	break;
	case 99:
	{ atc__machine_match(mc, 12); }
	break;
	case 100:
	{ atc__machine_match(mc, 13); }
	break;
	case 101:
	{ atc__machine_match(mc, 14); }
	break;
	case 102:
	{ atc__machine_match(mc, 15); }
	break;
	case 103:
	{ atc__machine_match(mc, 16); }
	break;
	case 104:
	{ atc__machine_match(mc, 17); }
	break;
	case 105:
	{ atc__machine_match(mc, 18); }
	break;
	case 106:
	{ atc__machine_match(mc, 19); }
	break;
	case 107:
	{ atc__machine_match(mc, 20); }
	break;
	case 108:
	{ atc__machine_match(mc, 21); }
	break;
	case 109:
	{ atc__machine_match(mc, 22); }
	break;
	case 110:
	{ atc__machine_match(mc, 23); }
	break;
	case 111:
	{ atc__machine_match(mc, 24); }
	break;
	case 112:
	{ atc__machine_match(mc, 25); }
	break;
	case 113:
	{ atc__machine_match(mc, 26); }
	break;
	case 114:
	{ atc__machine_match(mc, 27); }
	break;
	case 115:
	{ atc__machine_match(mc, 28); }
	break;
	case 116:
	{ atc__machine_match(mc, 29); }
	break;
	case 117:
	{ atc__machine_match(mc, 30); }
	break;
	case 118:
	{ atc__machine_match(mc, 31); }
	break;
	case 119:
	{ atc__machine_match(mc, 32); }
	break;
	case 120:
	{ atc__machine_match(mc, 33); }
	break;
	case 121:
	{ atc__machine_match(mc, 34); }
	break;
	case 122:
	{ atc__machine_match(mc, 35); }
	break;
	case 123:
	{ atc__machine_match(mc, 36); }
	break;
	case 124:
	{ atc__machine_match(mc, 37); }
	break;
	case 125:
	{ atc__machine_match(mc, 38); }
	break;
	case 126:
	{ atc__machine_match(mc, 39); }
	break;
	case 127:
	{ atc__machine_match(mc, 40); }
	break;
	case 128:
	{ atc__machine_match(mc, 41); }
	break;
	case 129:
	{ atc__machine_match(mc, 42); }
	break;
	case 130:
	{ atc__machine_match(mc, 43); }
	break;
	case 131:
	{ atc__machine_match(mc, 44); }
	break;
	case 132:
	{ atc__machine_match(mc, 45); }
	break;
	case 133:
	{ atc__machine_match(mc, 46); }
	break;
	case 134:
	{ atc__machine_match(mc, 47); }
	break;
	case 135:
	{ atc__machine_match(mc, 48); }
	break;
	case 136:
	{ atc__machine_match(mc, 49); }
	break;
	case 137:
	{ atc__machine_match(mc, 50); }
	break;
	case 138:
	{ atc__machine_match(mc, 51); }
	break;
	case 139:
	{ atc__machine_match(mc, 52); }
	break;
	case 140:
	{ atc__machine_match(mc, 53); }
	break;
	case 141:
	{ atc__machine_match(mc, 54); }
	break;
	case 142:
	{ atc__machine_match(mc, 55); }
	break;
	case 143:
	{ atc__machine_match(mc, 56); }
	break;
	case 144:
	{ atc__machine_match(mc, 57); }
	break;
	case 145:
	{ atc__machine_match(mc, 58); }
	break;
	case 146:
	{ atc__machine_match(mc, 59); }
	break;
	case 147:
	{ atc__machine_match(mc, 60); }
	break;
	case 148:
	{ atc__machine_match(mc, 61); }
	break;
	case 149:
	{ atc__machine_match(mc, 62); }
	break;
	case 150:
	{ atc__machine_match(mc, 63); }
	break;
	case 151:
	{ atc__machine_match(mc, 64); }
	break;
	case 152:
	{ atc__machine_match(mc, 65); }
	break;
	case 153:
	{ atc__machine_match(mc, 66); }
	break;
	case 154:
	{ atc__machine_match(mc, 67); }
	break;
	case 155:
	{ atc__machine_match(mc, 68); }
	break;
	case 156:
	{ atc__machine_match(mc, 69); }
	break;
	case 157:
	{ atc__machine_match(mc, 70); }
	break;
	case 158:
	{ atc__machine_match(mc, 71); }
	break;
	case 159:
	{ atc__machine_match(mc, 72); }
	break;
	case 160:
	{ atc__machine_match(mc, 73); }
	break;
	case 161:
	{ atc__machine_match(mc, 74); }
	break;
	case 162:
	{ atc__machine_match(mc, 75); }
	break;
	case 163:
	{ atc__machine_match(mc, 76); }
	break;
	case 164:
	{ atc__machine_match(mc, 77); }
	break;
	case 165:
	{ atc__machine_match(mc, 78); }
	break;
	case 166:
	{ atc__machine_match(mc, 79); }
	break;
	case 167:
	{ atc__machine_match(mc, 80); }
	break;
	case 168:
	{ atc__machine_match(mc, 81); }
	break;
	case 169:
	{ atc__machine_match(mc, 82); }
	break;
	case 170:
	{ atc__machine_match(mc, 83); }
	break;
	case 171:
	{ atc__machine_match(mc, 84); }
	break;
	case 172:
	{ atc__machine_match(mc, 85); }
	break;
	case 173:
	{ atc__machine_match(mc, 86); }
	break;
	case 174:
	{ atc__machine_match(mc, 87); }
	break;
	case 175:
	{ atc__machine_match(mc, 88); }
	break;
	case 176:
	{ atc__machine_match(mc, 89); }
	break;
	case 177:
	{ atc__machine_match(mc, 90); }
	break;
	case 178:
	{ atc__machine_match(mc, 91); }
	break;
	case 179:
	{ atc__machine_match(mc, 92); }
	break;
	case 180:
	{ atc__machine_match(mc, 93); }
	break;
	case 181:
	{ atc__machine_match(mc, 94); }
	break;
	case 182:
	{ atc__machine_match(mc, 95); }
	break;
	case 183:
	{ atc__machine_match(mc, 96); }
	break;
	case 184:
	{ atc__machine_match(mc, 97); }
	break;
	case 185:
	{ atc__machine_match(mc, 98); }
	break;
	case 186:
	{ atc__machine_match(mc, 99); }
	break;
	case 187:
	{ atc__machine_match(mc, 100); }
	break;
	case 188:
	{ atc__machine_match(mc, 101); }
	break;
	case 189:
	{ atc__machine_match(mc, 102); }
	break;
	case 190:
	{ atc__machine_match(mc, 103); }
	break;
	case 191:
	{ atc__machine_match(mc, 104); }
	break;
	case 192:
	{ atc__machine_match(mc, 105); }
	break;
	case 193:
	{ atc__machine_match(mc, 106); }
	break;
	case 194:
	{ atc__machine_match(mc, 107); }
	break;
	case 195:
	{ atc__machine_match(mc, 108); }
	break;
	case 196:
	{ atc__machine_match(mc, 109); }
	break;
	case 197:
	{ atc__machine_match(mc, 110); }
	break;
	case 198:
	{ atc__machine_match(mc, 111); }
	break;
	case 199:
	{ atc__machine_match(mc, 112); }
	break;
	case 200:
	{ atc__machine_match(mc, 113); }
	break;
	case 201:
	{ atc__machine_match(mc, 114); }
	break;
	case 202:
	{ atc__machine_match(mc, 115); }
	break;
	case 203:
	{ atc__machine_match(mc, 116); }
	break;
	case 204:
	{ atc__machine_match(mc, 117); }
	break;
	case 205:
	{ atc__machine_match(mc, 118); }
	break;
	case 206:
	{ atc__machine_match(mc, 119); }
	break;
	case 207:
	{ atc__machine_match(mc, 120); }
	break;
	case 208:
	{ atc__machine_match(mc, 121); }
	break;
	case 209:
	{ atc__machine_match(mc, 122); }
	break;
	case 210:
	{ atc__machine_match(mc, 123); }
	break;
	case 211:
	{ atc__machine_match(mc, 124); }
	break;
	case 212:
	{ atc__machine_match(mc, 125); }
	break;
	case 213:
	{ atc__machine_match(mc, 126); }
	break;
	case 214:
	{ atc__machine_match(mc, 127); }
	break;
	case 215:
	{ atc__machine_match(mc, 128); }
	break;
	case 216:
	{ atc__machine_match(mc, 129); }
	break;
	case 217:
	{ atc__machine_match(mc, 130); }
	break;
	case 218:
	{ atc__machine_match(mc, 131); }
	break;
	case 219:
	{ atc__machine_match(mc, 132); }
	break;
	case 220:
	{ atc__machine_match(mc, 133); }
	break;
	case 221:
	{ atc__machine_match(mc, 134); }
	break;
	case 222:
	{ atc__machine_match(mc, 135); }
	break;
	case 223:
	{ atc__machine_match(mc, 136); }
	break;
	case 224:
	{ atc__machine_match(mc, 137); }
	break;
	case 225:
	{ atc__machine_match(mc, 138); }
	break;
	case 226:
	{ atc__machine_match(mc, 139); }
	break;
	case 227:
	{ atc__machine_match(mc, 140); }
	break;
	case 228:
	{ atc__machine_match(mc, 141); }
	break;
	case 229:
	{ atc__machine_match(mc, 142); }
	break;
	case 230:
	{ atc__machine_match(mc, 143); }
	break;
	case 231:
	{ atc__machine_match(mc, 144); }
	break;
	case 232:
	{ if (atc__answers_pending(par, mc, 135)) atc__machine_match(mc, 145); }
	break;
	case 233:
	{ if (atc__answers_pending(par, mc, 135)) atc__machine_match(mc, 146); }
	break;
	case 234:
	{ if (atc__answers_pending(par, mc, 135)) atc__machine_match(mc, 147); }
	break;
	case 235:
	{ if (atc__answers_pending(par, mc, 136)) atc__machine_match(mc, 148); }
	break;
	case 236:
	{ if (atc__answers_pending(par, mc, 137)) atc__machine_match(mc, 149); }
	break;
	case 237:
	{ atc__machine_match(mc, 150); }
	break;
	case 238:
	{ atc__machine_match(mc, 151); }
	break;
	case 239:
	{ atc__machine_match(mc, 152); }
	break;
	case 240:
	{ atc__machine_match(mc, 153); }
	break;
	case 241:
	{ atc__machine_match(mc, 154); }
	break;
	case 242:
	{ atc__machine_match(mc, 155); }
	break;
	case 243:
	{ atc__machine_match(mc, 156); }
	break;
	case 244:
	{ atc__machine_match(mc, 157); }
	break;
	case 245:
	{ atc__machine_match(mc, 158); }
	break;
	case 246:
	{ atc__machine_match(mc, 159); }
	break;
	case 247:
	{ atc__machine_match(mc, 160); }
	break;
	case 248:
	{ atc__machine_match(mc, 161); }
	break;
	case 249:
	{ atc__machine_match(mc, 162); }
	break;
	case 250:
	{ atc__machine_match(mc, 163); }
	break;
	case 251:
	{ atc__machine_match(mc, 164); }
	break;
	case 252:
	{ atc__machine_match(mc, 165); }
	break;
	case 253:
	{ atc__machine_match(mc, 166); }
	break;
	case 254:
	{ atc__machine_match(mc, 167); }
	break;
	case 255:
	{ atc__machine_match(mc, 168); }
	break;
	case 256:
	{ atc__machine_match(mc, 169); }
	break;
	case 257:
	{ atc__machine_match(mc, 170); }
	break;
	case 258:
	{ atc__machine_match(mc, 171); }
	break;
	case 259:
	{ atc__machine_match(mc, 172); }
	break;
	case 260:
	{ atc__machine_match(mc, 173); }
	break;
	case 261:
	{ if (atc__answers_pending(par, mc, 158)) atc__machine_match(mc, 174); }
	break;
	case 262:
	{ if (atc__answers_pending(par, mc, 158)) atc__machine_match(mc, 175); }
	break;
	case 263:
	{ if (atc__answers_pending(par, mc, 158)) atc__machine_match(mc, 176); }
	break;
	case 264:
	{ if (atc__answers_pending(par, mc, 158)) atc__machine_match(mc, 177); }
	break;
	case 265:
	{ if (atc__answers_pending(par, mc, 158)) atc__machine_match(mc, 178); }
	break;
	case 266:
	{ if (atc__answers_pending(par, mc, 158)) atc__machine_match(mc, 179); }
	break;
	case 267:
	{ if (atc__answers_pending(par, mc, 159)) atc__machine_match(mc, 180); }
	break;
	case 268:
	{ if (atc__answers_pending(par, mc, 159)) atc__machine_match(mc, 181); }
	break;
	case 269:
	{ atc__machine_match(mc, 182); }
	break;
	case 270:
	{ atc__machine_match(mc, 183); }
	break;
	case 271:
	{ atc__machine_match(mc, 184); }
	break;
	case 272:
	{ atc__machine_match(mc, 185); }
	break;
	case 273:
	{ atc__machine_match(mc, 186); }
	break;
	case 274:
	{ atc__machine_match(mc, 187); }
	break;
	case 275:
	{ atc__machine_match(mc, 188); }
	break;
	case 276:
	{ atc__machine_match(mc, 189); }
	break;
	case 277:
	{ atc__machine_match(mc, 190); }
	break;
	case 278:
	{ atc__machine_match(mc, 191); }
	break;
	case 279:
	{ atc__machine_match(mc, 192); }
	break;
	case 280:
	{ atc__machine_match(mc, 193); }
	break;
	case 281:
	{ atc__machine_match(mc, 194); }
	break;
	case 282:
	{ atc__machine_match(mc, 195); }
	break;
	case 283:
	{ atc__machine_match(mc, 196); }
	break;
	case 284:
	{ atc__machine_match(mc, 197); }
	break;
	case 285:
	{ if (atc__answers_pending(par, mc, 174)) atc__machine_match(mc, 198); }
	break;
	case 286:
	{ if (atc__answers_pending(par, mc, 174)) atc__machine_match(mc, 199); }
	break;
	case 287:
	{ if (atc__answers_pending(par, mc, 174)) atc__machine_match(mc, 200); }
	break;
	case 288:
	{ if (atc__answers_pending(par, mc, 174)) atc__machine_match(mc, 201); }
	break;
	case 289:
	{ if (atc__answers_pending(par, mc, 175)) atc__machine_match(mc, 202); }
	break;
	case 290:
	{ if (atc__answers_pending(par, mc, 175)) atc__machine_match(mc, 203); }
	break;
	case 291:
	{ atc__machine_match(mc, 204); }
	break;
	case 292:
	{ atc__machine_match(mc, 205); }
	break;
	case 293:
	{ atc__machine_match(mc, 206); }
	break;
	case 294:
	{ atc__machine_match(mc, 207); }
	break;
	case 295:
	{ if (atc__answers_pending(par, mc, 180)) atc__machine_match(mc, 208); }
	break;
	case 296:
	{ atc__machine_match(mc, 209); }
	break;
	case 297:
	{ atc__machine_match(mc, 210); }
	break;
	case 298:
	{ atc__machine_match(mc, 211); }
	break;
	case 299:
	{ atc__machine_match(mc, 212); }
	break;
	case 300:
	{ if (atc__answers_pending(par, mc, 185)) atc__machine_match(mc, 213); }
	break;
	case 301:
	{ if (atc__answers_pending(par, mc, 186)) atc__machine_match(mc, 214); }
	break;
	case 302:
	{ if (atc__answers_pending(par, mc, 187)) atc__machine_match(mc, 215); }
	break;
	case 303:
	{ atc__machine_match(mc, 216); }
	break;
	case 304:
	{ atc__machine_match(mc, 217); }
	break;
	case 305:
	{ atc__machine_match(mc, 218); }
	break;
	case 306:
	{ atc__machine_match(mc, 219); }
	break;
	case 307:
	{ atc__machine_match(mc, 220); }
	break;
	case 308:
	{ atc__machine_match(mc, 221); }
	break;
	case 309:
	{ atc__machine_match(mc, 222); }
	break;
	case 310:
	{ atc__machine_match(mc, 223); }
	break;
	case 311:
	{ atc__machine_match(mc, 224); }
	break;
	case 312:
	{ atc__machine_match(mc, 225); }
	break;
	case 313:
	{ atc__machine_match(mc, 226); }
	break;
	case 314:
	{ atc__machine_match(mc, 227); }
	break;
	case 315:
	{ atc__machine_match(mc, 228); }
	break;
	case 316:
	{ atc__machine_match(mc, 229); }
	break;
	case 317:
	{ atc__machine_match(mc, 230); }
	break;
	case 318:
	{ atc__machine_match(mc, 231); }
	break;
	case 319:
	{ atc__machine_match(mc, 232); }
	break;
	case 320:
	{ atc__machine_match(mc, 233); }
	break;
	case 321:
	{ atc__machine_match(mc, 234); }
	break;
	case 322:
	{ atc__machine_match(mc, 235); }
	break;
	case 323:
	{ atc__machine_match(mc, 236); }
	break;
	case 324:
	{ atc__machine_match(mc, 237); }
	break;
	case 325:
	{ atc__machine_match(mc, 238); }
	break;
	case 326:
	{ atc__machine_match(mc, 239); }
	break;
	case 327:
	{ atc__machine_match(mc, 240); }
	break;
	case 328:
	{ atc__machine_match(mc, 241); }
	break;
	case 329:
	{ atc__machine_match(mc, 242); }
	break;
	case 330:
	{ atc__machine_match(mc, 243); }
	break;
	case 331:
	{ atc__machine_match(mc, 244); }
	break;
	case 332:
	{ atc__machine_match(mc, 245); }
	break;
	case 333:
	{ atc__machine_match(mc, 246); }
	break;
	case 334:
	{ atc__machine_match(mc, 247); }
	break;
	case 335:
	{ atc__machine_match(mc, 248); }
	break;
	case 336:
	{ atc__machine_match(mc, 249); }
	break;
	case 337:
	{ atc__machine_match(mc, 250); }
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
	const short *__acts = _atc_ica_actions + _atc_ica_eof_actions[ mc->cs];
	unsigned int __nacts = (unsigned int) *__acts++;
	while ( __nacts-- > 0 ) {
		switch ( *__acts++ ) {
	case 3:
	{ if (!ls) ls = p; mc->bad = 1; p--; { mc->cs = 2415;	if ( p == pe )
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


const atc_profile atc_ica_profile = {
    "ica",
    atc__ica_msgs, 210,
    atc__ica_alts, 251,
    atc_ica_start,
    atc__ica_exec,
    NULL,
    NULL, 0,
    3
};

#endif /* ATC_ICA_IMPLEMENTED */
#endif /* ATC_IMPLEMENTATION */
