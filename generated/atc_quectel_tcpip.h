/* atc_quectel_tcpip.h: the atc codec for profile quectel_tcpip, as a single header.
 * Generated from spec/quectel_tcpip.yaml, runtime/ and templates/; do not edit.
 *
 * In exactly one C or C++ file:
 *     #define ATC_IMPLEMENTATION
 *     #include "atc_quectel_tcpip.h"
 * everywhere else just include it. Settings (ATC_MAX_LINE, ...) go before the include,
 * the same in every file. */

#ifndef ATC_QUECTEL_TCPIP_SINGLE_H
#define ATC_QUECTEL_TCPIP_SINGLE_H

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

/* Generated by atc from spec/quectel_tcpip.yaml (Quectel EC600E-CN&EC800E-CN TCP/IP Application Note (LTE Standard module series), 1.0 (2023-03-10)).
 * Do not edit: change the spec and run `make generate`. Reference: docs/reference/quectel_tcpip.md */
#ifndef ATC_QUECTEL_TCPIP_PROFILE_H
#define ATC_QUECTEL_TCPIP_PROFILE_H

/* (amalgamated: atc.h) */
#if ATC_RUNTIME_VERSION != 1
#error "generated/quectel_tcpip.h was generated for atc runtime version 1"
#endif

/* sha256 (first 16 hex digits) of the spec this file was generated from */
#define ATC_QUECTEL_TCPIP_SPEC_HASH "6b006ce05358ad74"

/* The longest line this profile's spec allows (strings at their max_len). Lines longer than
 * ATC_MAX_LINE are reported as ATC_ERR_LINE_TOO_LONG; to decode every line, define ATC_MAX_LINE
 * to at least this. */
#define ATC_QUECTEL_TCPIP_LONGEST_LINE 1046

#ifdef __cplusplus
extern "C" {
#endif

extern const atc_profile atc_quectel_tcpip_profile;

/* Message ids: index into atc_quectel_tcpip_profile.msgs, the id of atc_event. */
typedef enum atc_quectel_tcpip_id {
    ATC_QUECTEL_TCPIP_OK = 0,
    ATC_QUECTEL_TCPIP_ERROR = 1,
    ATC_QUECTEL_TCPIP_CME_ERROR = 2,
    ATC_QUECTEL_TCPIP_SEND_OK = 3,
    ATC_QUECTEL_TCPIP_SEND_FAIL = 4,
    ATC_QUECTEL_TCPIP_CONNECT = 5,
    ATC_QUECTEL_TCPIP_NO_CARRIER = 6,
    ATC_QUECTEL_TCPIP_PROMPT = 7,
    ATC_QUECTEL_TCPIP_AT_QICFG_TEST = 8,
    ATC_QUECTEL_TCPIP_AT_QICFG_SET_TRANSPKTSIZE = 9,
    ATC_QUECTEL_TCPIP_AT_QICFG_SET_TRANSWAITTM = 10,
    ATC_QUECTEL_TCPIP_AT_QICFG_SET_DATAFORMAT = 11,
    ATC_QUECTEL_TCPIP_AT_QICFG_SET_VIEWMODE = 12,
    ATC_QUECTEL_TCPIP_AT_QICFG_SET_UDP_SENDMODE = 13,
    ATC_QUECTEL_TCPIP_AT_QICFG_SET_UDP_READMODE = 14,
    ATC_QUECTEL_TCPIP_AT_QICFG_SET_TCP_ACCEPT = 15,
    ATC_QUECTEL_TCPIP_AT_QICFG_SET_PASSIVECLOSED = 16,
    ATC_QUECTEL_TCPIP_AT_QICFG_SET_CLOSE_MODE = 17,
    ATC_QUECTEL_TCPIP_AT_QICFG_SET_RECVIND = 18,
    ATC_QUECTEL_TCPIP_AT_QICFG_SET_TCP_KEEPALIVE = 19,
    ATC_QUECTEL_TCPIP_AT_QICFG_SET_TCP_RETRANSCFG = 20,
    ATC_QUECTEL_TCPIP_AT_QICFG_SET_SEND_AUTO = 21,
    ATC_QUECTEL_TCPIP_AT_QICFG_SET_FORMATCFG = 22,
    ATC_QUECTEL_TCPIP_AT_QICFG_SET_QISEND_TIMEOUT = 23,
    ATC_QUECTEL_TCPIP_AT_QICFG_SET_TCP_DELAY_ACK = 24,
    ATC_QUECTEL_TCPIP_AT_QICFG_SET_DNS_CACHE = 25,
    ATC_QUECTEL_TCPIP_AT_QICFG_SET_TCP_TWRECYCLE = 26,
    ATC_QUECTEL_TCPIP_AT_QICFG_SET_DNS_RETRY = 27,
    ATC_QUECTEL_TCPIP_AT_QICSGP_TEST = 28,
    ATC_QUECTEL_TCPIP_AT_QICSGP_SET = 29,
    ATC_QUECTEL_TCPIP_AT_QIACT_TEST = 30,
    ATC_QUECTEL_TCPIP_AT_QIACT_READ = 31,
    ATC_QUECTEL_TCPIP_AT_QIACT_SET = 32,
    ATC_QUECTEL_TCPIP_AT_QIDEACT_TEST = 33,
    ATC_QUECTEL_TCPIP_AT_QIDEACT_SET = 34,
    ATC_QUECTEL_TCPIP_AT_QIACTEX_TEST = 35,
    ATC_QUECTEL_TCPIP_AT_QIACTEX_READ = 36,
    ATC_QUECTEL_TCPIP_AT_QIACTEX_SET = 37,
    ATC_QUECTEL_TCPIP_AT_QIDEACTEX_TEST = 38,
    ATC_QUECTEL_TCPIP_AT_QIDEACTEX_SET = 39,
    ATC_QUECTEL_TCPIP_AT_QIOPEN_TEST = 40,
    ATC_QUECTEL_TCPIP_AT_QIOPEN_SET = 41,
    ATC_QUECTEL_TCPIP_AT_QICLOSE_TEST = 42,
    ATC_QUECTEL_TCPIP_AT_QICLOSE_SET = 43,
    ATC_QUECTEL_TCPIP_AT_QISTATE_TEST = 44,
    ATC_QUECTEL_TCPIP_AT_QISTATE_READ = 45,
    ATC_QUECTEL_TCPIP_AT_QISTATE_SET = 46,
    ATC_QUECTEL_TCPIP_AT_QISTATE_EXEC = 47,
    ATC_QUECTEL_TCPIP_AT_QISEND_TEST = 48,
    ATC_QUECTEL_TCPIP_AT_QISEND_SET = 49,
    ATC_QUECTEL_TCPIP_AT_QIRD_TEST = 50,
    ATC_QUECTEL_TCPIP_AT_QIRD_SET = 51,
    ATC_QUECTEL_TCPIP_AT_QISENDEX_TEST = 52,
    ATC_QUECTEL_TCPIP_AT_QISENDEX_SET = 53,
    ATC_QUECTEL_TCPIP_AT_QISWTMD_TEST = 54,
    ATC_QUECTEL_TCPIP_AT_QISWTMD_SET = 55,
    ATC_QUECTEL_TCPIP_AT_QPING_TEST = 56,
    ATC_QUECTEL_TCPIP_AT_QPING_SET = 57,
    ATC_QUECTEL_TCPIP_AT_QNTP_TEST = 58,
    ATC_QUECTEL_TCPIP_AT_QNTP_READ = 59,
    ATC_QUECTEL_TCPIP_AT_QNTP_SET = 60,
    ATC_QUECTEL_TCPIP_AT_QIDNSCFG_TEST = 61,
    ATC_QUECTEL_TCPIP_AT_QIDNSCFG_SET = 62,
    ATC_QUECTEL_TCPIP_AT_QIDNSGIP_TEST = 63,
    ATC_QUECTEL_TCPIP_AT_QIDNSGIP_SET = 64,
    ATC_QUECTEL_TCPIP_AT_QISDE_TEST = 65,
    ATC_QUECTEL_TCPIP_AT_QISDE_READ = 66,
    ATC_QUECTEL_TCPIP_AT_QISDE_SET = 67,
    ATC_QUECTEL_TCPIP_AT_QIGETERROR_TEST = 68,
    ATC_QUECTEL_TCPIP_AT_QIGETERROR_EXEC = 69,
    ATC_QUECTEL_TCPIP_QICFG_TEST_TRANSPKTSIZE = 70,
    ATC_QUECTEL_TCPIP_QICFG_TEST_TRANSWAITTM = 71,
    ATC_QUECTEL_TCPIP_QICFG_TEST_DATAFORMAT = 72,
    ATC_QUECTEL_TCPIP_QICFG_TEST_VIEWMODE = 73,
    ATC_QUECTEL_TCPIP_QICFG_TEST_UDP_SENDMODE = 74,
    ATC_QUECTEL_TCPIP_QICFG_TEST_UDP_READMODE = 75,
    ATC_QUECTEL_TCPIP_QICFG_TEST_TCP_ACCEPT = 76,
    ATC_QUECTEL_TCPIP_QICFG_TEST_PASSIVECLOSED = 77,
    ATC_QUECTEL_TCPIP_QICFG_TEST_CLOSE_MODE = 78,
    ATC_QUECTEL_TCPIP_QICFG_TEST_RECVIND = 79,
    ATC_QUECTEL_TCPIP_QICFG_TEST_TCP_KEEPALIVE = 80,
    ATC_QUECTEL_TCPIP_QICFG_TEST_TCP_RETRANSCFG = 81,
    ATC_QUECTEL_TCPIP_QICFG_TEST_SEND_AUTO = 82,
    ATC_QUECTEL_TCPIP_QICFG_TEST_FORMATCFG = 83,
    ATC_QUECTEL_TCPIP_QICFG_TEST_QISEND_TIMEOUT = 84,
    ATC_QUECTEL_TCPIP_QICFG_TEST_TCP_DELAY_ACK = 85,
    ATC_QUECTEL_TCPIP_QICFG_TEST_DNS_CACHE = 86,
    ATC_QUECTEL_TCPIP_QICFG_TEST_TCP_TWRECYCLE = 87,
    ATC_QUECTEL_TCPIP_QICFG_TEST_DNS_RETRY = 88,
    ATC_QUECTEL_TCPIP_QICFG_TRANSPKTSIZE = 89,
    ATC_QUECTEL_TCPIP_QICFG_TRANSWAITTM = 90,
    ATC_QUECTEL_TCPIP_QICFG_DATAFORMAT = 91,
    ATC_QUECTEL_TCPIP_QICFG_VIEWMODE = 92,
    ATC_QUECTEL_TCPIP_QICFG_UDP_SENDMODE = 93,
    ATC_QUECTEL_TCPIP_QICFG_UDP_READMODE = 94,
    ATC_QUECTEL_TCPIP_QICFG_TCP_ACCEPT = 95,
    ATC_QUECTEL_TCPIP_QICFG_PASSIVECLOSED = 96,
    ATC_QUECTEL_TCPIP_QICFG_CLOSE_MODE = 97,
    ATC_QUECTEL_TCPIP_QICFG_RECVIND = 98,
    ATC_QUECTEL_TCPIP_QICFG_TCP_KEEPALIVE = 99,
    ATC_QUECTEL_TCPIP_QICFG_TCP_RETRANSCFG = 100,
    ATC_QUECTEL_TCPIP_QICFG_SEND_AUTO = 101,
    ATC_QUECTEL_TCPIP_QICFG_FORMATCFG = 102,
    ATC_QUECTEL_TCPIP_QICFG_QISEND_TIMEOUT = 103,
    ATC_QUECTEL_TCPIP_QICFG_TCP_DELAY_ACK = 104,
    ATC_QUECTEL_TCPIP_QICFG_DNS_CACHE = 105,
    ATC_QUECTEL_TCPIP_QICFG_TCP_TWRECYCLE = 106,
    ATC_QUECTEL_TCPIP_QICFG_DNS_RETRY = 107,
    ATC_QUECTEL_TCPIP_QICSGP_TEST = 108,
    ATC_QUECTEL_TCPIP_QICSGP_QUERY = 109,
    ATC_QUECTEL_TCPIP_QIACT_TEST = 110,
    ATC_QUECTEL_TCPIP_QIACT_READ = 111,
    ATC_QUECTEL_TCPIP_QIDEACT_TEST = 112,
    ATC_QUECTEL_TCPIP_QIACTEX_TEST = 113,
    ATC_QUECTEL_TCPIP_QIACTEX_READ = 114,
    ATC_QUECTEL_TCPIP_QIDEACTEX_TEST = 115,
    ATC_QUECTEL_TCPIP_QIOPEN_TEST = 116,
    ATC_QUECTEL_TCPIP_QICLOSE_TEST = 117,
    ATC_QUECTEL_TCPIP_QISTATE = 118,
    ATC_QUECTEL_TCPIP_QISEND_TEST = 119,
    ATC_QUECTEL_TCPIP_QISEND_QUERY = 120,
    ATC_QUECTEL_TCPIP_QISEND_VIEW = 121,
    ATC_QUECTEL_TCPIP_QIRD_TEST = 122,
    ATC_QUECTEL_TCPIP_QIRD_DATA = 123,
    ATC_QUECTEL_TCPIP_QIRD_UDP = 124,
    ATC_QUECTEL_TCPIP_QIRD_QUERY = 125,
    ATC_QUECTEL_TCPIP_QISENDEX_TEST = 126,
    ATC_QUECTEL_TCPIP_QISENDEX_VIEW = 127,
    ATC_QUECTEL_TCPIP_QISWTMD_TEST = 128,
    ATC_QUECTEL_TCPIP_QPING_TEST = 129,
    ATC_QUECTEL_TCPIP_QNTP_TEST = 130,
    ATC_QUECTEL_TCPIP_QNTP_READ = 131,
    ATC_QUECTEL_TCPIP_QIDNSCFG_TEST = 132,
    ATC_QUECTEL_TCPIP_QIDNSCFG_IPV4V6 = 133,
    ATC_QUECTEL_TCPIP_QIDNSCFG_IPV4 = 134,
    ATC_QUECTEL_TCPIP_QIDNSCFG_IPV6 = 135,
    ATC_QUECTEL_TCPIP_QIDNSGIP_TEST = 136,
    ATC_QUECTEL_TCPIP_QISDE_TEST = 137,
    ATC_QUECTEL_TCPIP_QISDE_READ = 138,
    ATC_QUECTEL_TCPIP_QIGETERROR = 139,
    ATC_QUECTEL_TCPIP_QIACTEX = 140,
    ATC_QUECTEL_TCPIP_QIDEACTEX = 141,
    ATC_QUECTEL_TCPIP_QIOPEN = 142,
    ATC_QUECTEL_TCPIP_QPING = 143,
    ATC_QUECTEL_TCPIP_QPING_SUMMARY = 144,
    ATC_QUECTEL_TCPIP_QNTP = 145,
    ATC_QUECTEL_TCPIP_QIURC_CLOSED = 146,
    ATC_QUECTEL_TCPIP_QIURC_RECV = 147,
    ATC_QUECTEL_TCPIP_QIURC_RECV_PUSH = 148,
    ATC_QUECTEL_TCPIP_QIURC_RECV_UDP = 149,
    ATC_QUECTEL_TCPIP_QIURC_INCOMING_FULL = 150,
    ATC_QUECTEL_TCPIP_QIURC_INCOMING = 151,
    ATC_QUECTEL_TCPIP_QIURC_PDPDEACT = 152,
    ATC_QUECTEL_TCPIP_QIURC_DNSGIP = 153,
    ATC_QUECTEL_TCPIP_QIURC_DNSGIP_IP = 154,
    ATC_QUECTEL_TCPIP__COUNT = 155
} atc_quectel_tcpip_id;

/* <send_data_format>, spec line 291 */
typedef enum atc_quectel_tcpip_send_data_format {
    ATC_QUECTEL_TCPIP_SEND_DATA_FORMAT_TEXT = 0,
    ATC_QUECTEL_TCPIP_SEND_DATA_FORMAT_HEX = 1
} atc_quectel_tcpip_send_data_format;

/* <recv_data_format>, spec line 292 */
typedef enum atc_quectel_tcpip_recv_data_format {
    ATC_QUECTEL_TCPIP_RECV_DATA_FORMAT_TEXT = 0,
    ATC_QUECTEL_TCPIP_RECV_DATA_FORMAT_HEX = 1
} atc_quectel_tcpip_recv_data_format;

/* <view_mode>, spec line 293 */
typedef enum atc_quectel_tcpip_view_mode {
    ATC_QUECTEL_TCPIP_VIEW_MODE_HEADER_CRLF_DATA = 0,
    ATC_QUECTEL_TCPIP_VIEW_MODE_HEADER_COMMA_DATA = 1
} atc_quectel_tcpip_view_mode;

/* <mode>, spec line 294 */
typedef enum atc_quectel_tcpip_mode {
    ATC_QUECTEL_TCPIP_MODE_BLOCK_DISABLED = 0,
    ATC_QUECTEL_TCPIP_MODE_STREAM_ENABLED = 1
} atc_quectel_tcpip_mode;

/* <accept>, spec line 295 */
typedef enum atc_quectel_tcpip_accept {
    ATC_QUECTEL_TCPIP_ACCEPT_DISABLED = 0,
    ATC_QUECTEL_TCPIP_ACCEPT_ENABLED = 1
} atc_quectel_tcpip_accept;

/* <closed>, spec line 296 */
typedef enum atc_quectel_tcpip_closed {
    ATC_QUECTEL_TCPIP_CLOSED_DISABLED = 0,
    ATC_QUECTEL_TCPIP_CLOSED_ENABLED = 1
} atc_quectel_tcpip_closed;

/* <close_mode>, spec line 297 */
typedef enum atc_quectel_tcpip_close_mode {
    ATC_QUECTEL_TCPIP_CLOSE_MODE_DISABLED = 0,
    ATC_QUECTEL_TCPIP_CLOSE_MODE_ENABLED = 1
} atc_quectel_tcpip_close_mode;

/* <show_length>, spec line 298 */
typedef enum atc_quectel_tcpip_show_length {
    ATC_QUECTEL_TCPIP_SHOW_LENGTH_DISABLED = 0,
    ATC_QUECTEL_TCPIP_SHOW_LENGTH_ENABLED = 1
} atc_quectel_tcpip_show_length;

/* <enable>, spec line 299 */
typedef enum atc_quectel_tcpip_enable {
    ATC_QUECTEL_TCPIP_ENABLE_DISABLED = 0,
    ATC_QUECTEL_TCPIP_ENABLE_ENABLED = 1
} atc_quectel_tcpip_enable;

/* <first_send>, spec line 305 */
typedef enum atc_quectel_tcpip_first_send {
    ATC_QUECTEL_TCPIP_FIRST_SEND_DISABLED = 0,
    ATC_QUECTEL_TCPIP_FIRST_SEND_ENABLED = 1
} atc_quectel_tcpip_first_send;

/* <format>, spec line 310 */
typedef enum atc_quectel_tcpip_format {
    ATC_QUECTEL_TCPIP_FORMAT_CRLF_GT = 0,
    ATC_QUECTEL_TCPIP_FORMAT_CRLF_GT_CRLF = 1
} atc_quectel_tcpip_format;

/* <delay_ack>, spec line 313 */
typedef enum atc_quectel_tcpip_delay_ack {
    ATC_QUECTEL_TCPIP_DELAY_ACK_DISABLED = 0,
    ATC_QUECTEL_TCPIP_DELAY_ACK_ENABLED = 1
} atc_quectel_tcpip_delay_ack;

/* <dns_cache>, spec line 315 */
typedef enum atc_quectel_tcpip_dns_cache {
    ATC_QUECTEL_TCPIP_DNS_CACHE_DISABLED = 0,
    ATC_QUECTEL_TCPIP_DNS_CACHE_ENABLED = 1
} atc_quectel_tcpip_dns_cache;

/* <context_type>, spec line 335 */
typedef enum atc_quectel_tcpip_context_type {
    ATC_QUECTEL_TCPIP_CONTEXT_TYPE_IPV4 = 1,
    ATC_QUECTEL_TCPIP_CONTEXT_TYPE_IPV6 = 2,
    ATC_QUECTEL_TCPIP_CONTEXT_TYPE_IPV4V6 = 3
} atc_quectel_tcpip_context_type;

/* <authentication>, spec line 339 */
typedef enum atc_quectel_tcpip_authentication {
    ATC_QUECTEL_TCPIP_AUTHENTICATION_NONE = 0,
    ATC_QUECTEL_TCPIP_AUTHENTICATION_PAP = 1,
    ATC_QUECTEL_TCPIP_AUTHENTICATION_CHAP = 2,
    ATC_QUECTEL_TCPIP_AUTHENTICATION_PAP_OR_CHAP = 3
} atc_quectel_tcpip_authentication;

/* <at_qiactex_set_view_mode>, spec line 410 */
typedef enum atc_quectel_tcpip_at_qiactex_set_view_mode {
    ATC_QUECTEL_TCPIP_AT_QIACTEX_SET_VIEW_MODE_OFF = 0,
    ATC_QUECTEL_TCPIP_AT_QIACTEX_SET_VIEW_MODE_ON = 1
} atc_quectel_tcpip_at_qiactex_set_view_mode;

/* <access_mode>, spec line 474 */
typedef enum atc_quectel_tcpip_access_mode {
    ATC_QUECTEL_TCPIP_ACCESS_MODE_BUFFER = 0,
    ATC_QUECTEL_TCPIP_ACCESS_MODE_DIRECT_PUSH = 1,
    ATC_QUECTEL_TCPIP_ACCESS_MODE_TRANSPARENT = 2
} atc_quectel_tcpip_access_mode;

/* <query_type>, spec line 511 */
typedef enum atc_quectel_tcpip_query_type {
    ATC_QUECTEL_TCPIP_QUERY_TYPE_CONTEXT = 0,
    ATC_QUECTEL_TCPIP_QUERY_TYPE_SOCKET = 1
} atc_quectel_tcpip_query_type;

/* <autosettime>, spec line 675 */
typedef enum atc_quectel_tcpip_autosettime {
    ATC_QUECTEL_TCPIP_AUTOSETTIME_DISABLED = 0,
    ATC_QUECTEL_TCPIP_AUTOSETTIME_ENABLED = 1
} atc_quectel_tcpip_autosettime;

/* <echo>, spec line 735 */
typedef enum atc_quectel_tcpip_echo {
    ATC_QUECTEL_TCPIP_ECHO_OFF = 0,
    ATC_QUECTEL_TCPIP_ECHO_ON = 1
} atc_quectel_tcpip_echo;

/* <context_state>, spec line 370 */
typedef enum atc_quectel_tcpip_context_state {
    ATC_QUECTEL_TCPIP_CONTEXT_STATE_DEACTIVATED = 0,
    ATC_QUECTEL_TCPIP_CONTEXT_STATE_ACTIVATED = 1
} atc_quectel_tcpip_context_state;

/* <socket_state>, spec line 518 */
typedef enum atc_quectel_tcpip_socket_state {
    ATC_QUECTEL_TCPIP_SOCKET_STATE_INITIAL = 0,
    ATC_QUECTEL_TCPIP_SOCKET_STATE_OPENING = 1,
    ATC_QUECTEL_TCPIP_SOCKET_STATE_CONNECTED = 2,
    ATC_QUECTEL_TCPIP_SOCKET_STATE_LISTENING = 3,
    ATC_QUECTEL_TCPIP_SOCKET_STATE_CLOSING = 4
} atc_quectel_tcpip_socket_state;

/* <status>, spec line 559 */
typedef enum atc_quectel_tcpip_status {
    ATC_QUECTEL_TCPIP_STATUS_OK = 0,
    ATC_QUECTEL_TCPIP_STATUS_BUFFER_FULL = 1
} atc_quectel_tcpip_status;

/* Error table "cme", spec line 19. */
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

/* ---- Messages ----
 * Strings are views (atc_str) into the parser's line buffer: valid during the callback only.
 * Optional fields have a has_<name> flag. Integers with an enumeration name their enum type. */

/* final OK
 * spec line 240 */
typedef struct atc_quectel_tcpip_ok {
    char dummy_field; /* no fields */
} atc_quectel_tcpip_ok;
#define ATC_QUECTEL_TCPIP_OK_INIT_ZERO {0}
#define ATC_QUECTEL_TCPIP_OK_MAX_LEN 6u
ATC_API atc_err atc_quectel_tcpip_encode_ok(const atc_quectel_tcpip_ok *msg, char *buf, size_t cap, size_t *len);

/* final ERROR
 * spec line 256 */
typedef struct atc_quectel_tcpip_error {
    char dummy_field; /* no fields */
} atc_quectel_tcpip_error;
#define ATC_QUECTEL_TCPIP_ERROR_INIT_ZERO {0}
#define ATC_QUECTEL_TCPIP_ERROR_MAX_LEN 9u
ATC_API atc_err atc_quectel_tcpip_encode_error(const atc_quectel_tcpip_error *msg, char *buf, size_t cap, size_t *len);

/* final +CME ERROR: err
 * spec line 240 */
typedef struct atc_quectel_tcpip_cme_error {
    int32_t err; /* atc_quectel_tcpip_cme */
} atc_quectel_tcpip_cme_error;
#define ATC_QUECTEL_TCPIP_CME_ERROR_INIT_ZERO {0}
#define ATC_QUECTEL_TCPIP_CME_ERROR_MAX_LEN 20u
ATC_API atc_err atc_quectel_tcpip_encode_cme_error(const atc_quectel_tcpip_cme_error *msg, char *buf, size_t cap, size_t *len);

/* final SEND OK
 * spec line 530 */
typedef struct atc_quectel_tcpip_send_ok {
    char dummy_field; /* no fields */
} atc_quectel_tcpip_send_ok;
#define ATC_QUECTEL_TCPIP_SEND_OK_INIT_ZERO {0}
#define ATC_QUECTEL_TCPIP_SEND_OK_MAX_LEN 11u
ATC_API atc_err atc_quectel_tcpip_encode_send_ok(const atc_quectel_tcpip_send_ok *msg, char *buf, size_t cap, size_t *len);

/* final SEND FAIL
 * spec line 530 */
typedef struct atc_quectel_tcpip_send_fail {
    char dummy_field; /* no fields */
} atc_quectel_tcpip_send_fail;
#define ATC_QUECTEL_TCPIP_SEND_FAIL_INIT_ZERO {0}
#define ATC_QUECTEL_TCPIP_SEND_FAIL_MAX_LEN 13u
ATC_API atc_err atc_quectel_tcpip_encode_send_fail(const atc_quectel_tcpip_send_fail *msg, char *buf, size_t cap, size_t *len);

/* intermediate CONNECT
 * spec line 451 */
typedef struct atc_quectel_tcpip_connect {
    char dummy_field; /* no fields */
} atc_quectel_tcpip_connect;
#define ATC_QUECTEL_TCPIP_CONNECT_INIT_ZERO {0}
#define ATC_QUECTEL_TCPIP_CONNECT_MAX_LEN 11u
ATC_API atc_err atc_quectel_tcpip_encode_connect(const atc_quectel_tcpip_connect *msg, char *buf, size_t cap, size_t *len);

/* final NO CARRIER
 * spec line 199 */
typedef struct atc_quectel_tcpip_no_carrier {
    char dummy_field; /* no fields */
} atc_quectel_tcpip_no_carrier;
#define ATC_QUECTEL_TCPIP_NO_CARRIER_INIT_ZERO {0}
#define ATC_QUECTEL_TCPIP_NO_CARRIER_MAX_LEN 14u
ATC_API atc_err atc_quectel_tcpip_encode_no_carrier(const atc_quectel_tcpip_no_carrier *msg, char *buf, size_t cap, size_t *len);

/* intermediate > 
 * spec line 538 */
typedef struct atc_quectel_tcpip_prompt {
    char dummy_field; /* no fields */
} atc_quectel_tcpip_prompt;
#define ATC_QUECTEL_TCPIP_PROMPT_INIT_ZERO {0}
#define ATC_QUECTEL_TCPIP_PROMPT_MAX_LEN 6u
ATC_API atc_err atc_quectel_tcpip_encode_prompt(const atc_quectel_tcpip_prompt *msg, char *buf, size_t cap, size_t *len);

/* command AT+QICFG=?
 * spec line 253: Configure optional parameters */
typedef struct atc_quectel_tcpip_at_qicfg_test {
    char dummy_field; /* no fields */
} atc_quectel_tcpip_at_qicfg_test;
#define ATC_QUECTEL_TCPIP_AT_QICFG_TEST_INIT_ZERO {0}
#define ATC_QUECTEL_TCPIP_AT_QICFG_TEST_MAX_LEN 14u
ATC_API atc_err atc_quectel_tcpip_encode_at_qicfg_test(const atc_quectel_tcpip_at_qicfg_test *msg, char *buf, size_t cap, size_t *len);

/* command AT+QICFG=transpktsize (variant "transpktsize")
 * spec line 254: Configure optional parameters */
typedef struct atc_quectel_tcpip_at_qicfg_set_transpktsize {
    bool has_transpktsize;
    int32_t transpktsize;
} atc_quectel_tcpip_at_qicfg_set_transpktsize;
#define ATC_QUECTEL_TCPIP_AT_QICFG_SET_TRANSPKTSIZE_INIT_ZERO {false, 0}
#define ATC_QUECTEL_TCPIP_AT_QICFG_SET_TRANSPKTSIZE_MAX_LEN 33u
ATC_API atc_err atc_quectel_tcpip_encode_at_qicfg_set_transpktsize(const atc_quectel_tcpip_at_qicfg_set_transpktsize *msg, char *buf, size_t cap, size_t *len);

/* command AT+QICFG=transwaittm (variant "transwaittm")
 * spec line 257: Configure optional parameters */
typedef struct atc_quectel_tcpip_at_qicfg_set_transwaittm {
    bool has_transwaittm;
    int32_t transwaittm;
} atc_quectel_tcpip_at_qicfg_set_transwaittm;
#define ATC_QUECTEL_TCPIP_AT_QICFG_SET_TRANSWAITTM_INIT_ZERO {false, 0}
#define ATC_QUECTEL_TCPIP_AT_QICFG_SET_TRANSWAITTM_MAX_LEN 30u
ATC_API atc_err atc_quectel_tcpip_encode_at_qicfg_set_transwaittm(const atc_quectel_tcpip_at_qicfg_set_transwaittm *msg, char *buf, size_t cap, size_t *len);

/* command AT+QICFG=send_data_format,recv_data_format (variant "dataformat")
 * spec line 258: Configure optional parameters */
typedef struct atc_quectel_tcpip_at_qicfg_set_dataformat {
    bool has_send_data_format;
    int32_t send_data_format; /* atc_quectel_tcpip_send_data_format */
    bool has_recv_data_format;
    int32_t recv_data_format; /* atc_quectel_tcpip_recv_data_format */
} atc_quectel_tcpip_at_qicfg_set_dataformat;
#define ATC_QUECTEL_TCPIP_AT_QICFG_SET_DATAFORMAT_INIT_ZERO {false, 0, false, 0}
#define ATC_QUECTEL_TCPIP_AT_QICFG_SET_DATAFORMAT_MAX_LEN 30u
ATC_API atc_err atc_quectel_tcpip_encode_at_qicfg_set_dataformat(const atc_quectel_tcpip_at_qicfg_set_dataformat *msg, char *buf, size_t cap, size_t *len);

/* command AT+QICFG=view_mode (variant "viewmode")
 * spec line 259: Configure optional parameters */
typedef struct atc_quectel_tcpip_at_qicfg_set_viewmode {
    bool has_view_mode;
    int32_t view_mode; /* atc_quectel_tcpip_view_mode */
} atc_quectel_tcpip_at_qicfg_set_viewmode;
#define ATC_QUECTEL_TCPIP_AT_QICFG_SET_VIEWMODE_INIT_ZERO {false, 0}
#define ATC_QUECTEL_TCPIP_AT_QICFG_SET_VIEWMODE_MAX_LEN 26u
ATC_API atc_err atc_quectel_tcpip_encode_at_qicfg_set_viewmode(const atc_quectel_tcpip_at_qicfg_set_viewmode *msg, char *buf, size_t cap, size_t *len);

/* command AT+QICFG=mode (variant "udp/sendmode")
 * spec line 260: Configure optional parameters */
typedef struct atc_quectel_tcpip_at_qicfg_set_udp_sendmode {
    bool has_mode;
    int32_t mode; /* atc_quectel_tcpip_mode */
} atc_quectel_tcpip_at_qicfg_set_udp_sendmode;
#define ATC_QUECTEL_TCPIP_AT_QICFG_SET_UDP_SENDMODE_INIT_ZERO {false, 0}
#define ATC_QUECTEL_TCPIP_AT_QICFG_SET_UDP_SENDMODE_MAX_LEN 30u
ATC_API atc_err atc_quectel_tcpip_encode_at_qicfg_set_udp_sendmode(const atc_quectel_tcpip_at_qicfg_set_udp_sendmode *msg, char *buf, size_t cap, size_t *len);

/* command AT+QICFG=mode (variant "udp/readmode")
 * spec line 263: Configure optional parameters */
typedef struct atc_quectel_tcpip_at_qicfg_set_udp_readmode {
    bool has_mode;
    int32_t mode; /* atc_quectel_tcpip_mode */
} atc_quectel_tcpip_at_qicfg_set_udp_readmode;
#define ATC_QUECTEL_TCPIP_AT_QICFG_SET_UDP_READMODE_INIT_ZERO {false, 0}
#define ATC_QUECTEL_TCPIP_AT_QICFG_SET_UDP_READMODE_MAX_LEN 30u
ATC_API atc_err atc_quectel_tcpip_encode_at_qicfg_set_udp_readmode(const atc_quectel_tcpip_at_qicfg_set_udp_readmode *msg, char *buf, size_t cap, size_t *len);

/* command AT+QICFG=accept (variant "tcp/accept")
 * spec line 264: Configure optional parameters */
typedef struct atc_quectel_tcpip_at_qicfg_set_tcp_accept {
    bool has_accept;
    int32_t accept; /* atc_quectel_tcpip_accept */
} atc_quectel_tcpip_at_qicfg_set_tcp_accept;
#define ATC_QUECTEL_TCPIP_AT_QICFG_SET_TCP_ACCEPT_INIT_ZERO {false, 0}
#define ATC_QUECTEL_TCPIP_AT_QICFG_SET_TCP_ACCEPT_MAX_LEN 28u
ATC_API atc_err atc_quectel_tcpip_encode_at_qicfg_set_tcp_accept(const atc_quectel_tcpip_at_qicfg_set_tcp_accept *msg, char *buf, size_t cap, size_t *len);

/* command AT+QICFG=closed (variant "passiveclosed")
 * spec line 265: Configure optional parameters */
typedef struct atc_quectel_tcpip_at_qicfg_set_passiveclosed {
    bool has_closed;
    int32_t closed; /* atc_quectel_tcpip_closed */
} atc_quectel_tcpip_at_qicfg_set_passiveclosed;
#define ATC_QUECTEL_TCPIP_AT_QICFG_SET_PASSIVECLOSED_INIT_ZERO {false, 0}
#define ATC_QUECTEL_TCPIP_AT_QICFG_SET_PASSIVECLOSED_MAX_LEN 31u
ATC_API atc_err atc_quectel_tcpip_encode_at_qicfg_set_passiveclosed(const atc_quectel_tcpip_at_qicfg_set_passiveclosed *msg, char *buf, size_t cap, size_t *len);

/* command AT+QICFG=close_mode (variant "close/mode")
 * spec line 266: Configure optional parameters */
typedef struct atc_quectel_tcpip_at_qicfg_set_close_mode {
    bool has_close_mode;
    int32_t close_mode; /* atc_quectel_tcpip_close_mode */
} atc_quectel_tcpip_at_qicfg_set_close_mode;
#define ATC_QUECTEL_TCPIP_AT_QICFG_SET_CLOSE_MODE_INIT_ZERO {false, 0}
#define ATC_QUECTEL_TCPIP_AT_QICFG_SET_CLOSE_MODE_MAX_LEN 28u
ATC_API atc_err atc_quectel_tcpip_encode_at_qicfg_set_close_mode(const atc_quectel_tcpip_at_qicfg_set_close_mode *msg, char *buf, size_t cap, size_t *len);

/* command AT+QICFG=show_length (variant "recvind")
 * spec line 269: Configure optional parameters */
typedef struct atc_quectel_tcpip_at_qicfg_set_recvind {
    bool has_show_length;
    int32_t show_length; /* atc_quectel_tcpip_show_length */
} atc_quectel_tcpip_at_qicfg_set_recvind;
#define ATC_QUECTEL_TCPIP_AT_QICFG_SET_RECVIND_INIT_ZERO {false, 0}
#define ATC_QUECTEL_TCPIP_AT_QICFG_SET_RECVIND_MAX_LEN 25u
ATC_API atc_err atc_quectel_tcpip_encode_at_qicfg_set_recvind(const atc_quectel_tcpip_at_qicfg_set_recvind *msg, char *buf, size_t cap, size_t *len);

/* command AT+QICFG=enable,idle_time,interval_time,probe_cnt (variant "tcp/keepalive")
 * spec line 270: Configure optional parameters */
typedef struct atc_quectel_tcpip_at_qicfg_set_tcp_keepalive {
    bool has_enable;
    int32_t enable; /* atc_quectel_tcpip_enable */
    bool has_idle_time;
    int32_t idle_time;
    bool has_interval_time;
    int32_t interval_time;
    bool has_probe_cnt;
    int32_t probe_cnt;
} atc_quectel_tcpip_at_qicfg_set_tcp_keepalive;
#define ATC_QUECTEL_TCPIP_AT_QICFG_SET_TCP_KEEPALIVE_INIT_ZERO {false, 0, false, 0, false, 0, false, 0}
#define ATC_QUECTEL_TCPIP_AT_QICFG_SET_TCP_KEEPALIVE_MAX_LEN 43u
ATC_API atc_err atc_quectel_tcpip_encode_at_qicfg_set_tcp_keepalive(const atc_quectel_tcpip_at_qicfg_set_tcp_keepalive *msg, char *buf, size_t cap, size_t *len);

/* command AT+QICFG=retrains_cnt,retrains_period (variant "tcp/retranscfg")
 * spec line 271: Configure optional parameters */
typedef struct atc_quectel_tcpip_at_qicfg_set_tcp_retranscfg {
    bool has_retrains_cnt;
    int32_t retrains_cnt;
    bool has_retrains_period;
    int32_t retrains_period;
} atc_quectel_tcpip_at_qicfg_set_tcp_retranscfg;
#define ATC_QUECTEL_TCPIP_AT_QICFG_SET_TCP_RETRANSCFG_INIT_ZERO {false, 0, false, 0}
#define ATC_QUECTEL_TCPIP_AT_QICFG_SET_TCP_RETRANSCFG_MAX_LEN 36u
ATC_API atc_err atc_quectel_tcpip_encode_at_qicfg_set_tcp_retranscfg(const atc_quectel_tcpip_at_qicfg_set_tcp_retranscfg *msg, char *buf, size_t cap, size_t *len);

/* command AT+QICFG=connect_id,period,msg_auto,first_send (variant "send/auto")
 * spec line 272: Configure optional parameters */
typedef struct atc_quectel_tcpip_at_qicfg_set_send_auto {
    bool has_connect_id;
    int32_t connect_id;
    bool has_period;
    int32_t period;
    bool has_msg_auto;
    atc_str msg_auto;
    bool has_first_send;
    int32_t first_send; /* atc_quectel_tcpip_first_send */
} atc_quectel_tcpip_at_qicfg_set_send_auto;
#define ATC_QUECTEL_TCPIP_AT_QICFG_SET_SEND_AUTO_INIT_ZERO {false, 0, false, 0, false, {NULL, 0}, false, 0}
#define ATC_QUECTEL_TCPIP_AT_QICFG_SET_SEND_AUTO_MAX_LEN 839u
ATC_API atc_err atc_quectel_tcpip_encode_at_qicfg_set_send_auto(const atc_quectel_tcpip_at_qicfg_set_send_auto *msg, char *buf, size_t cap, size_t *len);

/* command AT+QICFG=format (variant "formatcfg")
 * spec line 275: Configure optional parameters */
typedef struct atc_quectel_tcpip_at_qicfg_set_formatcfg {
    bool has_format;
    int32_t format; /* atc_quectel_tcpip_format */
} atc_quectel_tcpip_at_qicfg_set_formatcfg;
#define ATC_QUECTEL_TCPIP_AT_QICFG_SET_FORMATCFG_INIT_ZERO {false, 0}
#define ATC_QUECTEL_TCPIP_AT_QICFG_SET_FORMATCFG_MAX_LEN 27u
ATC_API atc_err atc_quectel_tcpip_encode_at_qicfg_set_formatcfg(const atc_quectel_tcpip_at_qicfg_set_formatcfg *msg, char *buf, size_t cap, size_t *len);

/* command AT+QICFG=timeout (variant "qisend/timeout")
 * spec line 276: Configure optional parameters */
typedef struct atc_quectel_tcpip_at_qicfg_set_qisend_timeout {
    bool has_timeout;
    int32_t timeout;
} atc_quectel_tcpip_at_qicfg_set_qisend_timeout;
#define ATC_QUECTEL_TCPIP_AT_QICFG_SET_QISEND_TIMEOUT_INIT_ZERO {false, 0}
#define ATC_QUECTEL_TCPIP_AT_QICFG_SET_QISEND_TIMEOUT_MAX_LEN 34u
ATC_API atc_err atc_quectel_tcpip_encode_at_qicfg_set_qisend_timeout(const atc_quectel_tcpip_at_qicfg_set_qisend_timeout *msg, char *buf, size_t cap, size_t *len);

/* command AT+QICFG=delay_ack (variant "tcp/delay_ack")
 * spec line 277: Configure optional parameters */
typedef struct atc_quectel_tcpip_at_qicfg_set_tcp_delay_ack {
    bool has_delay_ack;
    int32_t delay_ack; /* atc_quectel_tcpip_delay_ack */
} atc_quectel_tcpip_at_qicfg_set_tcp_delay_ack;
#define ATC_QUECTEL_TCPIP_AT_QICFG_SET_TCP_DELAY_ACK_INIT_ZERO {false, 0}
#define ATC_QUECTEL_TCPIP_AT_QICFG_SET_TCP_DELAY_ACK_MAX_LEN 31u
ATC_API atc_err atc_quectel_tcpip_encode_at_qicfg_set_tcp_delay_ack(const atc_quectel_tcpip_at_qicfg_set_tcp_delay_ack *msg, char *buf, size_t cap, size_t *len);

/* command AT+QICFG=dns_cache (variant "dns/cache")
 * spec line 279: Configure optional parameters */
typedef struct atc_quectel_tcpip_at_qicfg_set_dns_cache {
    bool has_dns_cache;
    int32_t dns_cache; /* atc_quectel_tcpip_dns_cache */
} atc_quectel_tcpip_at_qicfg_set_dns_cache;
#define ATC_QUECTEL_TCPIP_AT_QICFG_SET_DNS_CACHE_INIT_ZERO {false, 0}
#define ATC_QUECTEL_TCPIP_AT_QICFG_SET_DNS_CACHE_MAX_LEN 27u
ATC_API atc_err atc_quectel_tcpip_encode_at_qicfg_set_dns_cache(const atc_quectel_tcpip_at_qicfg_set_dns_cache *msg, char *buf, size_t cap, size_t *len);

/* command AT+QICFG=timewait_timeout (variant "tcp/twrecycle")
 * spec line 280: Configure optional parameters */
typedef struct atc_quectel_tcpip_at_qicfg_set_tcp_twrecycle {
    bool has_timewait_timeout;
    int32_t timewait_timeout;
} atc_quectel_tcpip_at_qicfg_set_tcp_twrecycle;
#define ATC_QUECTEL_TCPIP_AT_QICFG_SET_TCP_TWRECYCLE_INIT_ZERO {false, 0}
#define ATC_QUECTEL_TCPIP_AT_QICFG_SET_TCP_TWRECYCLE_MAX_LEN 35u
ATC_API atc_err atc_quectel_tcpip_encode_at_qicfg_set_tcp_twrecycle(const atc_quectel_tcpip_at_qicfg_set_tcp_twrecycle *msg, char *buf, size_t cap, size_t *len);

/* command AT+QICFG=retry_ack,retry_timeout (variant "dns/retry")
 * spec line 281: Configure optional parameters */
typedef struct atc_quectel_tcpip_at_qicfg_set_dns_retry {
    bool has_retry_ack;
    int32_t retry_ack;
    bool has_retry_timeout;
    int32_t retry_timeout;
} atc_quectel_tcpip_at_qicfg_set_dns_retry;
#define ATC_QUECTEL_TCPIP_AT_QICFG_SET_DNS_RETRY_INIT_ZERO {false, 0, false, 0}
#define ATC_QUECTEL_TCPIP_AT_QICFG_SET_DNS_RETRY_MAX_LEN 32u
ATC_API atc_err atc_quectel_tcpip_encode_at_qicfg_set_dns_retry(const atc_quectel_tcpip_at_qicfg_set_dns_retry *msg, char *buf, size_t cap, size_t *len);

/* command AT+QICSGP=?
 * spec line 326: Configure parameters of a TCP/IP context */
typedef struct atc_quectel_tcpip_at_qicsgp_test {
    char dummy_field; /* no fields */
} atc_quectel_tcpip_at_qicsgp_test;
#define ATC_QUECTEL_TCPIP_AT_QICSGP_TEST_INIT_ZERO {0}
#define ATC_QUECTEL_TCPIP_AT_QICSGP_TEST_MAX_LEN 15u
ATC_API atc_err atc_quectel_tcpip_encode_at_qicsgp_test(const atc_quectel_tcpip_at_qicsgp_test *msg, char *buf, size_t cap, size_t *len);

/* command AT+QICSGP=context_id,context_type,apn,username,password,authentication
 * spec line 328: Configure parameters of a TCP/IP context */
typedef struct atc_quectel_tcpip_at_qicsgp_set {
    int32_t context_id;
    bool has_context_type;
    int32_t context_type; /* atc_quectel_tcpip_context_type */
    bool has_apn;
    atc_str apn;
    bool has_username;
    atc_str username;
    bool has_password;
    atc_str password;
    bool has_authentication;
    int32_t authentication; /* atc_quectel_tcpip_authentication */
} atc_quectel_tcpip_at_qicsgp_set;
#define ATC_QUECTEL_TCPIP_AT_QICSGP_SET_INIT_ZERO {0, false, 0, false, {NULL, 0}, false, {NULL, 0}, false, {NULL, 0}, false, 0}
#define ATC_QUECTEL_TCPIP_AT_QICSGP_SET_MAX_LEN (536u + 1u * ATC_MAX_LINE)
ATC_API atc_err atc_quectel_tcpip_encode_at_qicsgp_set(const atc_quectel_tcpip_at_qicsgp_set *msg, char *buf, size_t cap, size_t *len);

/* command AT+QIACT=?
 * spec line 359: Activate a PDP context; max response time 150000 ms */
typedef struct atc_quectel_tcpip_at_qiact_test {
    char dummy_field; /* no fields */
} atc_quectel_tcpip_at_qiact_test;
#define ATC_QUECTEL_TCPIP_AT_QIACT_TEST_INIT_ZERO {0}
#define ATC_QUECTEL_TCPIP_AT_QIACT_TEST_MAX_LEN 14u
ATC_API atc_err atc_quectel_tcpip_encode_at_qiact_test(const atc_quectel_tcpip_at_qiact_test *msg, char *buf, size_t cap, size_t *len);

/* command AT+QIACT?
 * spec line 360: Activate a PDP context; max response time 150000 ms */
typedef struct atc_quectel_tcpip_at_qiact_read {
    char dummy_field; /* no fields */
} atc_quectel_tcpip_at_qiact_read;
#define ATC_QUECTEL_TCPIP_AT_QIACT_READ_INIT_ZERO {0}
#define ATC_QUECTEL_TCPIP_AT_QIACT_READ_MAX_LEN 13u
ATC_API atc_err atc_quectel_tcpip_encode_at_qiact_read(const atc_quectel_tcpip_at_qiact_read *msg, char *buf, size_t cap, size_t *len);

/* command AT+QIACT=context_id
 * spec line 363: Activate a PDP context; max response time 150000 ms */
typedef struct atc_quectel_tcpip_at_qiact_set {
    int32_t context_id;
} atc_quectel_tcpip_at_qiact_set;
#define ATC_QUECTEL_TCPIP_AT_QIACT_SET_INIT_ZERO {0}
#define ATC_QUECTEL_TCPIP_AT_QIACT_SET_MAX_LEN 16u
ATC_API atc_err atc_quectel_tcpip_encode_at_qiact_set(const atc_quectel_tcpip_at_qiact_set *msg, char *buf, size_t cap, size_t *len);

/* command AT+QIDEACT=?
 * spec line 380: Deactivate a PDP context; max response time 40000 ms */
typedef struct atc_quectel_tcpip_at_qideact_test {
    char dummy_field; /* no fields */
} atc_quectel_tcpip_at_qideact_test;
#define ATC_QUECTEL_TCPIP_AT_QIDEACT_TEST_INIT_ZERO {0}
#define ATC_QUECTEL_TCPIP_AT_QIDEACT_TEST_MAX_LEN 16u
ATC_API atc_err atc_quectel_tcpip_encode_at_qideact_test(const atc_quectel_tcpip_at_qideact_test *msg, char *buf, size_t cap, size_t *len);

/* command AT+QIDEACT=context_id
 * spec line 381: Deactivate a PDP context; max response time 40000 ms */
typedef struct atc_quectel_tcpip_at_qideact_set {
    int32_t context_id;
} atc_quectel_tcpip_at_qideact_set;
#define ATC_QUECTEL_TCPIP_AT_QIDEACT_SET_INIT_ZERO {0}
#define ATC_QUECTEL_TCPIP_AT_QIDEACT_SET_MAX_LEN 18u
ATC_API atc_err atc_quectel_tcpip_encode_at_qideact_set(const atc_quectel_tcpip_at_qideact_set *msg, char *buf, size_t cap, size_t *len);

/* command AT+QIACTEX=?
 * spec line 399: Activate a PDP context asynchronously (result in the +QIACTEX URC); max response time 150000 ms */
typedef struct atc_quectel_tcpip_at_qiactex_test {
    char dummy_field; /* no fields */
} atc_quectel_tcpip_at_qiactex_test;
#define ATC_QUECTEL_TCPIP_AT_QIACTEX_TEST_INIT_ZERO {0}
#define ATC_QUECTEL_TCPIP_AT_QIACTEX_TEST_MAX_LEN 16u
ATC_API atc_err atc_quectel_tcpip_encode_at_qiactex_test(const atc_quectel_tcpip_at_qiactex_test *msg, char *buf, size_t cap, size_t *len);

/* command AT+QIACTEX?
 * spec line 400: Activate a PDP context asynchronously (result in the +QIACTEX URC); max response time 150000 ms */
typedef struct atc_quectel_tcpip_at_qiactex_read {
    char dummy_field; /* no fields */
} atc_quectel_tcpip_at_qiactex_read;
#define ATC_QUECTEL_TCPIP_AT_QIACTEX_READ_INIT_ZERO {0}
#define ATC_QUECTEL_TCPIP_AT_QIACTEX_READ_MAX_LEN 15u
ATC_API atc_err atc_quectel_tcpip_encode_at_qiactex_read(const atc_quectel_tcpip_at_qiactex_read *msg, char *buf, size_t cap, size_t *len);

/* command AT+QIACTEX=context_id,view_mode
 * spec line 401: Activate a PDP context asynchronously (result in the +QIACTEX URC); max response time 150000 ms */
typedef struct atc_quectel_tcpip_at_qiactex_set {
    int32_t context_id;
    bool has_view_mode;
    int32_t view_mode; /* atc_quectel_tcpip_at_qiactex_set_view_mode */
} atc_quectel_tcpip_at_qiactex_set;
#define ATC_QUECTEL_TCPIP_AT_QIACTEX_SET_INIT_ZERO {0, false, 0}
#define ATC_QUECTEL_TCPIP_AT_QIACTEX_SET_MAX_LEN 20u
ATC_API atc_err atc_quectel_tcpip_encode_at_qiactex_set(const atc_quectel_tcpip_at_qiactex_set *msg, char *buf, size_t cap, size_t *len);

/* command AT+QIDEACTEX=?
 * spec line 422: Deactivate a PDP context asynchronously (result in the +QIDEACTEX URC); max response time 40000 ms */
typedef struct atc_quectel_tcpip_at_qideactex_test {
    char dummy_field; /* no fields */
} atc_quectel_tcpip_at_qideactex_test;
#define ATC_QUECTEL_TCPIP_AT_QIDEACTEX_TEST_INIT_ZERO {0}
#define ATC_QUECTEL_TCPIP_AT_QIDEACTEX_TEST_MAX_LEN 18u
ATC_API atc_err atc_quectel_tcpip_encode_at_qideactex_test(const atc_quectel_tcpip_at_qideactex_test *msg, char *buf, size_t cap, size_t *len);

/* command AT+QIDEACTEX=context_id
 * spec line 423: Deactivate a PDP context asynchronously (result in the +QIDEACTEX URC); max response time 40000 ms */
typedef struct atc_quectel_tcpip_at_qideactex_set {
    int32_t context_id;
} atc_quectel_tcpip_at_qideactex_set;
#define ATC_QUECTEL_TCPIP_AT_QIDEACTEX_SET_INIT_ZERO {0}
#define ATC_QUECTEL_TCPIP_AT_QIDEACTEX_SET_MAX_LEN 20u
ATC_API atc_err atc_quectel_tcpip_encode_at_qideactex_set(const atc_quectel_tcpip_at_qideactex_set *msg, char *buf, size_t cap, size_t *len);

/* command AT+QIOPEN=?
 * spec line 447: Open a socket service; max response time 150000 ms */
typedef struct atc_quectel_tcpip_at_qiopen_test {
    char dummy_field; /* no fields */
} atc_quectel_tcpip_at_qiopen_test;
#define ATC_QUECTEL_TCPIP_AT_QIOPEN_TEST_INIT_ZERO {0}
#define ATC_QUECTEL_TCPIP_AT_QIOPEN_TEST_MAX_LEN 15u
ATC_API atc_err atc_quectel_tcpip_encode_at_qiopen_test(const atc_quectel_tcpip_at_qiopen_test *msg, char *buf, size_t cap, size_t *len);

/* command AT+QIOPEN=context_id,connect_id,service_type,ip_address,remote_port,local_port,access_mode,tcp_client_maxnum
 * spec line 451: Open a socket service; max response time 150000 ms */
typedef struct atc_quectel_tcpip_at_qiopen_set {
    int32_t context_id;
    int32_t connect_id;
    atc_str service_type;
    atc_str ip_address;
    int32_t remote_port;
    bool has_local_port;
    int32_t local_port;
    bool has_access_mode;
    int32_t access_mode; /* atc_quectel_tcpip_access_mode */
    bool has_tcp_client_maxnum;
    int32_t tcp_client_maxnum;
} atc_quectel_tcpip_at_qiopen_set;
#define ATC_QUECTEL_TCPIP_AT_QIOPEN_SET_INIT_ZERO {0, 0, {NULL, 0}, {NULL, 0}, 0, false, 0, false, 0, false, 0}
#define ATC_QUECTEL_TCPIP_AT_QIOPEN_SET_MAX_LEN (53u + 1u * ATC_MAX_LINE)
ATC_API atc_err atc_quectel_tcpip_encode_at_qiopen_set(const atc_quectel_tcpip_at_qiopen_set *msg, char *buf, size_t cap, size_t *len);

/* command AT+QICLOSE=?
 * spec line 483: Close a socket service; max response time 10000 ms */
typedef struct atc_quectel_tcpip_at_qiclose_test {
    char dummy_field; /* no fields */
} atc_quectel_tcpip_at_qiclose_test;
#define ATC_QUECTEL_TCPIP_AT_QICLOSE_TEST_INIT_ZERO {0}
#define ATC_QUECTEL_TCPIP_AT_QICLOSE_TEST_MAX_LEN 16u
ATC_API atc_err atc_quectel_tcpip_encode_at_qiclose_test(const atc_quectel_tcpip_at_qiclose_test *msg, char *buf, size_t cap, size_t *len);

/* command AT+QICLOSE=connect_id,timeout
 * spec line 484: Close a socket service; max response time 10000 ms */
typedef struct atc_quectel_tcpip_at_qiclose_set {
    int32_t connect_id;
    bool has_timeout;
    int32_t timeout;
} atc_quectel_tcpip_at_qiclose_set;
#define ATC_QUECTEL_TCPIP_AT_QICLOSE_SET_INIT_ZERO {0, false, 0}
#define ATC_QUECTEL_TCPIP_AT_QICLOSE_SET_MAX_LEN 24u
ATC_API atc_err atc_quectel_tcpip_encode_at_qiclose_set(const atc_quectel_tcpip_at_qiclose_set *msg, char *buf, size_t cap, size_t *len);

/* command AT+QISTATE=?
 * spec line 499: Query socket service status */
typedef struct atc_quectel_tcpip_at_qistate_test {
    char dummy_field; /* no fields */
} atc_quectel_tcpip_at_qistate_test;
#define ATC_QUECTEL_TCPIP_AT_QISTATE_TEST_INIT_ZERO {0}
#define ATC_QUECTEL_TCPIP_AT_QISTATE_TEST_MAX_LEN 16u
ATC_API atc_err atc_quectel_tcpip_encode_at_qistate_test(const atc_quectel_tcpip_at_qistate_test *msg, char *buf, size_t cap, size_t *len);

/* command AT+QISTATE?
 * spec line 500: Query socket service status */
typedef struct atc_quectel_tcpip_at_qistate_read {
    char dummy_field; /* no fields */
} atc_quectel_tcpip_at_qistate_read;
#define ATC_QUECTEL_TCPIP_AT_QISTATE_READ_INIT_ZERO {0}
#define ATC_QUECTEL_TCPIP_AT_QISTATE_READ_MAX_LEN 15u
ATC_API atc_err atc_quectel_tcpip_encode_at_qistate_read(const atc_quectel_tcpip_at_qistate_read *msg, char *buf, size_t cap, size_t *len);

/* command AT+QISTATE=query_type,id
 * spec line 501: Query socket service status */
typedef struct atc_quectel_tcpip_at_qistate_set {
    int32_t query_type; /* atc_quectel_tcpip_query_type */
    int32_t id;
} atc_quectel_tcpip_at_qistate_set;
#define ATC_QUECTEL_TCPIP_AT_QISTATE_SET_INIT_ZERO {0, 0}
#define ATC_QUECTEL_TCPIP_AT_QISTATE_SET_MAX_LEN 20u
ATC_API atc_err atc_quectel_tcpip_encode_at_qistate_set(const atc_quectel_tcpip_at_qistate_set *msg, char *buf, size_t cap, size_t *len);

/* command AT+QISTATE
 * spec line 500: Query socket service status */
typedef struct atc_quectel_tcpip_at_qistate_exec {
    char dummy_field; /* no fields */
} atc_quectel_tcpip_at_qistate_exec;
#define ATC_QUECTEL_TCPIP_AT_QISTATE_EXEC_INIT_ZERO {0}
#define ATC_QUECTEL_TCPIP_AT_QISTATE_EXEC_MAX_LEN 14u
ATC_API atc_err atc_quectel_tcpip_encode_at_qistate_exec(const atc_quectel_tcpip_at_qistate_exec *msg, char *buf, size_t cap, size_t *len);

/* command AT+QISEND=?
 * spec line 537: Send data */
typedef struct atc_quectel_tcpip_at_qisend_test {
    char dummy_field; /* no fields */
} atc_quectel_tcpip_at_qisend_test;
#define ATC_QUECTEL_TCPIP_AT_QISEND_TEST_INIT_ZERO {0}
#define ATC_QUECTEL_TCPIP_AT_QISEND_TEST_MAX_LEN 15u
ATC_API atc_err atc_quectel_tcpip_encode_at_qisend_test(const atc_quectel_tcpip_at_qisend_test *msg, char *buf, size_t cap, size_t *len);

/* command AT+QISEND=connect_id,send_length,remote_ip,remote_port
 * spec line 538: Send data */
typedef struct atc_quectel_tcpip_at_qisend_set {
    int32_t connect_id;
    bool has_send_length;
    int32_t send_length;
    bool has_remote_ip;
    atc_str remote_ip;
    bool has_remote_port;
    int32_t remote_port;
} atc_quectel_tcpip_at_qisend_set;
#define ATC_QUECTEL_TCPIP_AT_QISEND_SET_INIT_ZERO {0, false, 0, false, {NULL, 0}, false, 0}
#define ATC_QUECTEL_TCPIP_AT_QISEND_SET_MAX_LEN (29u + 1u * ATC_MAX_LINE)
ATC_API atc_err atc_quectel_tcpip_encode_at_qisend_set(const atc_quectel_tcpip_at_qisend_set *msg, char *buf, size_t cap, size_t *len);

/* command AT+QIRD=?
 * spec line 570: Read received TCP/IP data */
typedef struct atc_quectel_tcpip_at_qird_test {
    char dummy_field; /* no fields */
} atc_quectel_tcpip_at_qird_test;
#define ATC_QUECTEL_TCPIP_AT_QIRD_TEST_INIT_ZERO {0}
#define ATC_QUECTEL_TCPIP_AT_QIRD_TEST_MAX_LEN 13u
ATC_API atc_err atc_quectel_tcpip_encode_at_qird_test(const atc_quectel_tcpip_at_qird_test *msg, char *buf, size_t cap, size_t *len);

/* command AT+QIRD=connect_id,read_length
 * spec line 573: Read received TCP/IP data */
typedef struct atc_quectel_tcpip_at_qird_set {
    int32_t connect_id;
    bool has_read_length;
    int32_t read_length;
} atc_quectel_tcpip_at_qird_set;
#define ATC_QUECTEL_TCPIP_AT_QIRD_SET_INIT_ZERO {0, false, 0}
#define ATC_QUECTEL_TCPIP_AT_QIRD_SET_MAX_LEN 20u
ATC_API atc_err atc_quectel_tcpip_encode_at_qird_set(const atc_quectel_tcpip_at_qird_set *msg, char *buf, size_t cap, size_t *len);

/* command AT+QISENDEX=?
 * spec line 597: Send hex string data */
typedef struct atc_quectel_tcpip_at_qisendex_test {
    char dummy_field; /* no fields */
} atc_quectel_tcpip_at_qisendex_test;
#define ATC_QUECTEL_TCPIP_AT_QISENDEX_TEST_INIT_ZERO {0}
#define ATC_QUECTEL_TCPIP_AT_QISENDEX_TEST_MAX_LEN 17u
ATC_API atc_err atc_quectel_tcpip_encode_at_qisendex_test(const atc_quectel_tcpip_at_qisendex_test *msg, char *buf, size_t cap, size_t *len);

/* command AT+QISENDEX=connect_id,hex_string
 * spec line 598: Send hex string data */
typedef struct atc_quectel_tcpip_at_qisendex_set {
    int32_t connect_id;
    atc_str hex_string;
} atc_quectel_tcpip_at_qisendex_set;
#define ATC_QUECTEL_TCPIP_AT_QISENDEX_SET_INIT_ZERO {0, {NULL, 0}}
#define ATC_QUECTEL_TCPIP_AT_QISENDEX_SET_MAX_LEN 1046u
ATC_API atc_err atc_quectel_tcpip_encode_at_qisendex_set(const atc_quectel_tcpip_at_qisendex_set *msg, char *buf, size_t cap, size_t *len);

/* command AT+QISWTMD=?
 * spec line 615: Switch the data access mode */
typedef struct atc_quectel_tcpip_at_qiswtmd_test {
    char dummy_field; /* no fields */
} atc_quectel_tcpip_at_qiswtmd_test;
#define ATC_QUECTEL_TCPIP_AT_QISWTMD_TEST_INIT_ZERO {0}
#define ATC_QUECTEL_TCPIP_AT_QISWTMD_TEST_MAX_LEN 16u
ATC_API atc_err atc_quectel_tcpip_encode_at_qiswtmd_test(const atc_quectel_tcpip_at_qiswtmd_test *msg, char *buf, size_t cap, size_t *len);

/* command AT+QISWTMD=connect_id,access_mode
 * spec line 616: Switch the data access mode */
typedef struct atc_quectel_tcpip_at_qiswtmd_set {
    int32_t connect_id;
    int32_t access_mode; /* atc_quectel_tcpip_access_mode */
} atc_quectel_tcpip_at_qiswtmd_set;
#define ATC_QUECTEL_TCPIP_AT_QISWTMD_SET_INIT_ZERO {0, 0}
#define ATC_QUECTEL_TCPIP_AT_QISWTMD_SET_MAX_LEN 20u
ATC_API atc_err atc_quectel_tcpip_encode_at_qiswtmd_set(const atc_quectel_tcpip_at_qiswtmd_set *msg, char *buf, size_t cap, size_t *len);

/* command AT+QPING=?
 * spec line 634: Ping a remote server */
typedef struct atc_quectel_tcpip_at_qping_test {
    char dummy_field; /* no fields */
} atc_quectel_tcpip_at_qping_test;
#define ATC_QUECTEL_TCPIP_AT_QPING_TEST_INIT_ZERO {0}
#define ATC_QUECTEL_TCPIP_AT_QPING_TEST_MAX_LEN 14u
ATC_API atc_err atc_quectel_tcpip_encode_at_qping_test(const atc_quectel_tcpip_at_qping_test *msg, char *buf, size_t cap, size_t *len);

/* command AT+QPING=context_id,host,timeout,pingnum
 * spec line 635: Ping a remote server */
typedef struct atc_quectel_tcpip_at_qping_set {
    int32_t context_id;
    atc_str host;
    bool has_timeout;
    int32_t timeout;
    bool has_pingnum;
    int32_t pingnum;
} atc_quectel_tcpip_at_qping_set;
#define ATC_QUECTEL_TCPIP_AT_QPING_SET_INIT_ZERO {0, {NULL, 0}, false, 0, false, 0}
#define ATC_QUECTEL_TCPIP_AT_QPING_SET_MAX_LEN (24u + 1u * ATC_MAX_LINE)
ATC_API atc_err atc_quectel_tcpip_encode_at_qping_set(const atc_quectel_tcpip_at_qping_set *msg, char *buf, size_t cap, size_t *len);

/* command AT+QNTP=?
 * spec line 664: Synchronize the local time with an NTP server; max response time 700000 ms */
typedef struct atc_quectel_tcpip_at_qntp_test {
    char dummy_field; /* no fields */
} atc_quectel_tcpip_at_qntp_test;
#define ATC_QUECTEL_TCPIP_AT_QNTP_TEST_INIT_ZERO {0}
#define ATC_QUECTEL_TCPIP_AT_QNTP_TEST_MAX_LEN 13u
ATC_API atc_err atc_quectel_tcpip_encode_at_qntp_test(const atc_quectel_tcpip_at_qntp_test *msg, char *buf, size_t cap, size_t *len);

/* command AT+QNTP?
 * spec line 665: Synchronize the local time with an NTP server; max response time 700000 ms */
typedef struct atc_quectel_tcpip_at_qntp_read {
    char dummy_field; /* no fields */
} atc_quectel_tcpip_at_qntp_read;
#define ATC_QUECTEL_TCPIP_AT_QNTP_READ_INIT_ZERO {0}
#define ATC_QUECTEL_TCPIP_AT_QNTP_READ_MAX_LEN 12u
ATC_API atc_err atc_quectel_tcpip_encode_at_qntp_read(const atc_quectel_tcpip_at_qntp_read *msg, char *buf, size_t cap, size_t *len);

/* command AT+QNTP=context_id,server,port,autosettime
 * spec line 666: Synchronize the local time with an NTP server; max response time 700000 ms */
typedef struct atc_quectel_tcpip_at_qntp_set {
    int32_t context_id;
    atc_str server;
    bool has_port;
    int32_t port;
    bool has_autosettime;
    int32_t autosettime; /* atc_quectel_tcpip_autosettime */
} atc_quectel_tcpip_at_qntp_set;
#define ATC_QUECTEL_TCPIP_AT_QNTP_SET_INIT_ZERO {0, {NULL, 0}, false, 0, false, 0}
#define ATC_QUECTEL_TCPIP_AT_QNTP_SET_MAX_LEN (24u + 1u * ATC_MAX_LINE)
ATC_API atc_err atc_quectel_tcpip_encode_at_qntp_set(const atc_quectel_tcpip_at_qntp_set *msg, char *buf, size_t cap, size_t *len);

/* command AT+QIDNSCFG=?
 * spec line 684: Configure DNS server addresses */
typedef struct atc_quectel_tcpip_at_qidnscfg_test {
    char dummy_field; /* no fields */
} atc_quectel_tcpip_at_qidnscfg_test;
#define ATC_QUECTEL_TCPIP_AT_QIDNSCFG_TEST_INIT_ZERO {0}
#define ATC_QUECTEL_TCPIP_AT_QIDNSCFG_TEST_MAX_LEN 17u
ATC_API atc_err atc_quectel_tcpip_encode_at_qidnscfg_test(const atc_quectel_tcpip_at_qidnscfg_test *msg, char *buf, size_t cap, size_t *len);

/* command AT+QIDNSCFG=context_id,pridnsaddr,secdnsaddr
 * spec line 685: Configure DNS server addresses */
typedef struct atc_quectel_tcpip_at_qidnscfg_set {
    int32_t context_id;
    bool has_pridnsaddr;
    atc_str pridnsaddr;
    bool has_secdnsaddr;
    atc_str secdnsaddr;
} atc_quectel_tcpip_at_qidnscfg_set;
#define ATC_QUECTEL_TCPIP_AT_QIDNSCFG_SET_INIT_ZERO {0, false, {NULL, 0}, false, {NULL, 0}}
#define ATC_QUECTEL_TCPIP_AT_QIDNSCFG_SET_MAX_LEN (21u + 2u * ATC_MAX_LINE)
ATC_API atc_err atc_quectel_tcpip_encode_at_qidnscfg_set(const atc_quectel_tcpip_at_qidnscfg_set *msg, char *buf, size_t cap, size_t *len);

/* command AT+QIDNSGIP=?
 * spec line 706: Get IP addresses of a domain name; max response time 60000 ms */
typedef struct atc_quectel_tcpip_at_qidnsgip_test {
    char dummy_field; /* no fields */
} atc_quectel_tcpip_at_qidnsgip_test;
#define ATC_QUECTEL_TCPIP_AT_QIDNSGIP_TEST_INIT_ZERO {0}
#define ATC_QUECTEL_TCPIP_AT_QIDNSGIP_TEST_MAX_LEN 17u
ATC_API atc_err atc_quectel_tcpip_encode_at_qidnsgip_test(const atc_quectel_tcpip_at_qidnsgip_test *msg, char *buf, size_t cap, size_t *len);

/* command AT+QIDNSGIP=context_id,hostname
 * spec line 707: Get IP addresses of a domain name; max response time 60000 ms */
typedef struct atc_quectel_tcpip_at_qidnsgip_set {
    int32_t context_id;
    atc_str hostname;
} atc_quectel_tcpip_at_qidnsgip_set;
#define ATC_QUECTEL_TCPIP_AT_QIDNSGIP_SET_INIT_ZERO {0, {NULL, 0}}
#define ATC_QUECTEL_TCPIP_AT_QIDNSGIP_SET_MAX_LEN (20u + 1u * ATC_MAX_LINE)
ATC_API atc_err atc_quectel_tcpip_encode_at_qidnsgip_set(const atc_quectel_tcpip_at_qidnsgip_set *msg, char *buf, size_t cap, size_t *len);

/* command AT+QISDE=?
 * spec line 727: Echo the data sent with AT+QISEND or not */
typedef struct atc_quectel_tcpip_at_qisde_test {
    char dummy_field; /* no fields */
} atc_quectel_tcpip_at_qisde_test;
#define ATC_QUECTEL_TCPIP_AT_QISDE_TEST_INIT_ZERO {0}
#define ATC_QUECTEL_TCPIP_AT_QISDE_TEST_MAX_LEN 14u
ATC_API atc_err atc_quectel_tcpip_encode_at_qisde_test(const atc_quectel_tcpip_at_qisde_test *msg, char *buf, size_t cap, size_t *len);

/* command AT+QISDE?
 * spec line 728: Echo the data sent with AT+QISEND or not */
typedef struct atc_quectel_tcpip_at_qisde_read {
    char dummy_field; /* no fields */
} atc_quectel_tcpip_at_qisde_read;
#define ATC_QUECTEL_TCPIP_AT_QISDE_READ_INIT_ZERO {0}
#define ATC_QUECTEL_TCPIP_AT_QISDE_READ_MAX_LEN 13u
ATC_API atc_err atc_quectel_tcpip_encode_at_qisde_read(const atc_quectel_tcpip_at_qisde_read *msg, char *buf, size_t cap, size_t *len);

/* command AT+QISDE=echo
 * spec line 729: Echo the data sent with AT+QISEND or not */
typedef struct atc_quectel_tcpip_at_qisde_set {
    int32_t echo; /* atc_quectel_tcpip_echo */
} atc_quectel_tcpip_at_qisde_set;
#define ATC_QUECTEL_TCPIP_AT_QISDE_SET_INIT_ZERO {0}
#define ATC_QUECTEL_TCPIP_AT_QISDE_SET_MAX_LEN 15u
ATC_API atc_err atc_quectel_tcpip_encode_at_qisde_set(const atc_quectel_tcpip_at_qisde_set *msg, char *buf, size_t cap, size_t *len);

/* command AT+QIGETERROR=?
 * spec line 743: Query the error code of the last TCP/IP AT command; max response time 300 ms */
typedef struct atc_quectel_tcpip_at_qigeterror_test {
    char dummy_field; /* no fields */
} atc_quectel_tcpip_at_qigeterror_test;
#define ATC_QUECTEL_TCPIP_AT_QIGETERROR_TEST_INIT_ZERO {0}
#define ATC_QUECTEL_TCPIP_AT_QIGETERROR_TEST_MAX_LEN 19u
ATC_API atc_err atc_quectel_tcpip_encode_at_qigeterror_test(const atc_quectel_tcpip_at_qigeterror_test *msg, char *buf, size_t cap, size_t *len);

/* command AT+QIGETERROR
 * spec line 744: Query the error code of the last TCP/IP AT command; max response time 300 ms */
typedef struct atc_quectel_tcpip_at_qigeterror_exec {
    char dummy_field; /* no fields */
} atc_quectel_tcpip_at_qigeterror_exec;
#define ATC_QUECTEL_TCPIP_AT_QIGETERROR_EXEC_INIT_ZERO {0}
#define ATC_QUECTEL_TCPIP_AT_QIGETERROR_EXEC_MAX_LEN 17u
ATC_API atc_err atc_quectel_tcpip_encode_at_qigeterror_exec(const atc_quectel_tcpip_at_qigeterror_exec *msg, char *buf, size_t cap, size_t *len);

/* response +QICFG: transpktsize (variant "transpktsize")
 * spec line 253 */
typedef struct atc_quectel_tcpip_qicfg_test_transpktsize {
    atc_str transpktsize;
} atc_quectel_tcpip_qicfg_test_transpktsize;
#define ATC_QUECTEL_TCPIP_QICFG_TEST_TRANSPKTSIZE_INIT_ZERO {{NULL, 0}}
#define ATC_QUECTEL_TCPIP_QICFG_TEST_TRANSPKTSIZE_MAX_LEN (28u + 1u * ATC_MAX_LINE)
ATC_API atc_err atc_quectel_tcpip_encode_qicfg_test_transpktsize(const atc_quectel_tcpip_qicfg_test_transpktsize *msg, char *buf, size_t cap, size_t *len);

/* response +QICFG: transwaittm (variant "transwaittm")
 * spec line 253 */
typedef struct atc_quectel_tcpip_qicfg_test_transwaittm {
    atc_str transwaittm;
} atc_quectel_tcpip_qicfg_test_transwaittm;
#define ATC_QUECTEL_TCPIP_QICFG_TEST_TRANSWAITTM_INIT_ZERO {{NULL, 0}}
#define ATC_QUECTEL_TCPIP_QICFG_TEST_TRANSWAITTM_MAX_LEN (27u + 1u * ATC_MAX_LINE)
ATC_API atc_err atc_quectel_tcpip_encode_qicfg_test_transwaittm(const atc_quectel_tcpip_qicfg_test_transwaittm *msg, char *buf, size_t cap, size_t *len);

/* response +QICFG: send_data_format,recv_data_format (variant "dataformat")
 * spec line 253 */
typedef struct atc_quectel_tcpip_qicfg_test_dataformat {
    atc_str send_data_format;
    atc_str recv_data_format;
} atc_quectel_tcpip_qicfg_test_dataformat;
#define ATC_QUECTEL_TCPIP_QICFG_TEST_DATAFORMAT_INIT_ZERO {{NULL, 0}, {NULL, 0}}
#define ATC_QUECTEL_TCPIP_QICFG_TEST_DATAFORMAT_MAX_LEN (27u + 2u * ATC_MAX_LINE)
ATC_API atc_err atc_quectel_tcpip_encode_qicfg_test_dataformat(const atc_quectel_tcpip_qicfg_test_dataformat *msg, char *buf, size_t cap, size_t *len);

/* response +QICFG: view_mode (variant "viewmode")
 * spec line 253 */
typedef struct atc_quectel_tcpip_qicfg_test_viewmode {
    atc_str view_mode;
} atc_quectel_tcpip_qicfg_test_viewmode;
#define ATC_QUECTEL_TCPIP_QICFG_TEST_VIEWMODE_INIT_ZERO {{NULL, 0}}
#define ATC_QUECTEL_TCPIP_QICFG_TEST_VIEWMODE_MAX_LEN (24u + 1u * ATC_MAX_LINE)
ATC_API atc_err atc_quectel_tcpip_encode_qicfg_test_viewmode(const atc_quectel_tcpip_qicfg_test_viewmode *msg, char *buf, size_t cap, size_t *len);

/* response +QICFG: mode (variant "udp/sendmode")
 * spec line 253 */
typedef struct atc_quectel_tcpip_qicfg_test_udp_sendmode {
    atc_str mode;
} atc_quectel_tcpip_qicfg_test_udp_sendmode;
#define ATC_QUECTEL_TCPIP_QICFG_TEST_UDP_SENDMODE_INIT_ZERO {{NULL, 0}}
#define ATC_QUECTEL_TCPIP_QICFG_TEST_UDP_SENDMODE_MAX_LEN (28u + 1u * ATC_MAX_LINE)
ATC_API atc_err atc_quectel_tcpip_encode_qicfg_test_udp_sendmode(const atc_quectel_tcpip_qicfg_test_udp_sendmode *msg, char *buf, size_t cap, size_t *len);

/* response +QICFG: mode (variant "udp/readmode")
 * spec line 253 */
typedef struct atc_quectel_tcpip_qicfg_test_udp_readmode {
    atc_str mode;
} atc_quectel_tcpip_qicfg_test_udp_readmode;
#define ATC_QUECTEL_TCPIP_QICFG_TEST_UDP_READMODE_INIT_ZERO {{NULL, 0}}
#define ATC_QUECTEL_TCPIP_QICFG_TEST_UDP_READMODE_MAX_LEN (28u + 1u * ATC_MAX_LINE)
ATC_API atc_err atc_quectel_tcpip_encode_qicfg_test_udp_readmode(const atc_quectel_tcpip_qicfg_test_udp_readmode *msg, char *buf, size_t cap, size_t *len);

/* response +QICFG: accept (variant "tcp/accept")
 * spec line 253 */
typedef struct atc_quectel_tcpip_qicfg_test_tcp_accept {
    atc_str accept;
} atc_quectel_tcpip_qicfg_test_tcp_accept;
#define ATC_QUECTEL_TCPIP_QICFG_TEST_TCP_ACCEPT_INIT_ZERO {{NULL, 0}}
#define ATC_QUECTEL_TCPIP_QICFG_TEST_TCP_ACCEPT_MAX_LEN (26u + 1u * ATC_MAX_LINE)
ATC_API atc_err atc_quectel_tcpip_encode_qicfg_test_tcp_accept(const atc_quectel_tcpip_qicfg_test_tcp_accept *msg, char *buf, size_t cap, size_t *len);

/* response +QICFG: closed (variant "passiveclosed")
 * spec line 253 */
typedef struct atc_quectel_tcpip_qicfg_test_passiveclosed {
    atc_str closed;
} atc_quectel_tcpip_qicfg_test_passiveclosed;
#define ATC_QUECTEL_TCPIP_QICFG_TEST_PASSIVECLOSED_INIT_ZERO {{NULL, 0}}
#define ATC_QUECTEL_TCPIP_QICFG_TEST_PASSIVECLOSED_MAX_LEN (29u + 1u * ATC_MAX_LINE)
ATC_API atc_err atc_quectel_tcpip_encode_qicfg_test_passiveclosed(const atc_quectel_tcpip_qicfg_test_passiveclosed *msg, char *buf, size_t cap, size_t *len);

/* response +QICFG: close_mode (variant "close/mode")
 * spec line 253 */
typedef struct atc_quectel_tcpip_qicfg_test_close_mode {
    atc_str close_mode;
} atc_quectel_tcpip_qicfg_test_close_mode;
#define ATC_QUECTEL_TCPIP_QICFG_TEST_CLOSE_MODE_INIT_ZERO {{NULL, 0}}
#define ATC_QUECTEL_TCPIP_QICFG_TEST_CLOSE_MODE_MAX_LEN (26u + 1u * ATC_MAX_LINE)
ATC_API atc_err atc_quectel_tcpip_encode_qicfg_test_close_mode(const atc_quectel_tcpip_qicfg_test_close_mode *msg, char *buf, size_t cap, size_t *len);

/* response +QICFG: show_length (variant "recvind")
 * spec line 253 */
typedef struct atc_quectel_tcpip_qicfg_test_recvind {
    atc_str show_length;
} atc_quectel_tcpip_qicfg_test_recvind;
#define ATC_QUECTEL_TCPIP_QICFG_TEST_RECVIND_INIT_ZERO {{NULL, 0}}
#define ATC_QUECTEL_TCPIP_QICFG_TEST_RECVIND_MAX_LEN (23u + 1u * ATC_MAX_LINE)
ATC_API atc_err atc_quectel_tcpip_encode_qicfg_test_recvind(const atc_quectel_tcpip_qicfg_test_recvind *msg, char *buf, size_t cap, size_t *len);

/* response +QICFG: enable,idle_time,interval_time,probe_cnt (variant "tcp/keepalive")
 * spec line 253 */
typedef struct atc_quectel_tcpip_qicfg_test_tcp_keepalive {
    atc_str enable;
    atc_str idle_time;
    atc_str interval_time;
    atc_str probe_cnt;
} atc_quectel_tcpip_qicfg_test_tcp_keepalive;
#define ATC_QUECTEL_TCPIP_QICFG_TEST_TCP_KEEPALIVE_INIT_ZERO {{NULL, 0}, {NULL, 0}, {NULL, 0}, {NULL, 0}}
#define ATC_QUECTEL_TCPIP_QICFG_TEST_TCP_KEEPALIVE_MAX_LEN (32u + 4u * ATC_MAX_LINE)
ATC_API atc_err atc_quectel_tcpip_encode_qicfg_test_tcp_keepalive(const atc_quectel_tcpip_qicfg_test_tcp_keepalive *msg, char *buf, size_t cap, size_t *len);

/* response +QICFG: retrains_cnt,retrains_period (variant "tcp/retranscfg")
 * spec line 253 */
typedef struct atc_quectel_tcpip_qicfg_test_tcp_retranscfg {
    atc_str retrains_cnt;
    atc_str retrains_period;
} atc_quectel_tcpip_qicfg_test_tcp_retranscfg;
#define ATC_QUECTEL_TCPIP_QICFG_TEST_TCP_RETRANSCFG_INIT_ZERO {{NULL, 0}, {NULL, 0}}
#define ATC_QUECTEL_TCPIP_QICFG_TEST_TCP_RETRANSCFG_MAX_LEN (31u + 2u * ATC_MAX_LINE)
ATC_API atc_err atc_quectel_tcpip_encode_qicfg_test_tcp_retranscfg(const atc_quectel_tcpip_qicfg_test_tcp_retranscfg *msg, char *buf, size_t cap, size_t *len);

/* response +QICFG: connect_id,period,msg_auto,first_send (variant "send/auto")
 * spec line 253 */
typedef struct atc_quectel_tcpip_qicfg_test_send_auto {
    atc_str connect_id;
    atc_str period;
    atc_str msg_auto;
    atc_str first_send;
} atc_quectel_tcpip_qicfg_test_send_auto;
#define ATC_QUECTEL_TCPIP_QICFG_TEST_SEND_AUTO_INIT_ZERO {{NULL, 0}, {NULL, 0}, {NULL, 0}, {NULL, 0}}
#define ATC_QUECTEL_TCPIP_QICFG_TEST_SEND_AUTO_MAX_LEN (28u + 4u * ATC_MAX_LINE)
ATC_API atc_err atc_quectel_tcpip_encode_qicfg_test_send_auto(const atc_quectel_tcpip_qicfg_test_send_auto *msg, char *buf, size_t cap, size_t *len);

/* response +QICFG: format (variant "formatcfg")
 * spec line 253 */
typedef struct atc_quectel_tcpip_qicfg_test_formatcfg {
    atc_str format;
} atc_quectel_tcpip_qicfg_test_formatcfg;
#define ATC_QUECTEL_TCPIP_QICFG_TEST_FORMATCFG_INIT_ZERO {{NULL, 0}}
#define ATC_QUECTEL_TCPIP_QICFG_TEST_FORMATCFG_MAX_LEN (25u + 1u * ATC_MAX_LINE)
ATC_API atc_err atc_quectel_tcpip_encode_qicfg_test_formatcfg(const atc_quectel_tcpip_qicfg_test_formatcfg *msg, char *buf, size_t cap, size_t *len);

/* response +QICFG: timeout (variant "qisend/timeout")
 * spec line 253 */
typedef struct atc_quectel_tcpip_qicfg_test_qisend_timeout {
    atc_str timeout;
} atc_quectel_tcpip_qicfg_test_qisend_timeout;
#define ATC_QUECTEL_TCPIP_QICFG_TEST_QISEND_TIMEOUT_INIT_ZERO {{NULL, 0}}
#define ATC_QUECTEL_TCPIP_QICFG_TEST_QISEND_TIMEOUT_MAX_LEN (30u + 1u * ATC_MAX_LINE)
ATC_API atc_err atc_quectel_tcpip_encode_qicfg_test_qisend_timeout(const atc_quectel_tcpip_qicfg_test_qisend_timeout *msg, char *buf, size_t cap, size_t *len);

/* response +QICFG: delay_ack (variant "tcp/delay_ack")
 * spec line 253 */
typedef struct atc_quectel_tcpip_qicfg_test_tcp_delay_ack {
    atc_str delay_ack;
} atc_quectel_tcpip_qicfg_test_tcp_delay_ack;
#define ATC_QUECTEL_TCPIP_QICFG_TEST_TCP_DELAY_ACK_INIT_ZERO {{NULL, 0}}
#define ATC_QUECTEL_TCPIP_QICFG_TEST_TCP_DELAY_ACK_MAX_LEN (29u + 1u * ATC_MAX_LINE)
ATC_API atc_err atc_quectel_tcpip_encode_qicfg_test_tcp_delay_ack(const atc_quectel_tcpip_qicfg_test_tcp_delay_ack *msg, char *buf, size_t cap, size_t *len);

/* response +QICFG: dns_cache (variant "dns/cache")
 * spec line 253 */
typedef struct atc_quectel_tcpip_qicfg_test_dns_cache {
    atc_str dns_cache;
} atc_quectel_tcpip_qicfg_test_dns_cache;
#define ATC_QUECTEL_TCPIP_QICFG_TEST_DNS_CACHE_INIT_ZERO {{NULL, 0}}
#define ATC_QUECTEL_TCPIP_QICFG_TEST_DNS_CACHE_MAX_LEN (25u + 1u * ATC_MAX_LINE)
ATC_API atc_err atc_quectel_tcpip_encode_qicfg_test_dns_cache(const atc_quectel_tcpip_qicfg_test_dns_cache *msg, char *buf, size_t cap, size_t *len);

/* response +QICFG: timewait_timeout (variant "tcp/twrecycle")
 * spec line 253 */
typedef struct atc_quectel_tcpip_qicfg_test_tcp_twrecycle {
    atc_str timewait_timeout;
} atc_quectel_tcpip_qicfg_test_tcp_twrecycle;
#define ATC_QUECTEL_TCPIP_QICFG_TEST_TCP_TWRECYCLE_INIT_ZERO {{NULL, 0}}
#define ATC_QUECTEL_TCPIP_QICFG_TEST_TCP_TWRECYCLE_MAX_LEN (29u + 1u * ATC_MAX_LINE)
ATC_API atc_err atc_quectel_tcpip_encode_qicfg_test_tcp_twrecycle(const atc_quectel_tcpip_qicfg_test_tcp_twrecycle *msg, char *buf, size_t cap, size_t *len);

/* response +QICFG: retry_ack,retry_timeout (variant "dns/retry")
 * spec line 253 */
typedef struct atc_quectel_tcpip_qicfg_test_dns_retry {
    atc_str retry_ack;
    atc_str retry_timeout;
} atc_quectel_tcpip_qicfg_test_dns_retry;
#define ATC_QUECTEL_TCPIP_QICFG_TEST_DNS_RETRY_INIT_ZERO {{NULL, 0}, {NULL, 0}}
#define ATC_QUECTEL_TCPIP_QICFG_TEST_DNS_RETRY_MAX_LEN (26u + 2u * ATC_MAX_LINE)
ATC_API atc_err atc_quectel_tcpip_encode_qicfg_test_dns_retry(const atc_quectel_tcpip_qicfg_test_dns_retry *msg, char *buf, size_t cap, size_t *len);

/* response +QICFG: transpktsize (variant "transpktsize")
 * spec line 254 */
typedef struct atc_quectel_tcpip_qicfg_transpktsize {
    int32_t transpktsize;
} atc_quectel_tcpip_qicfg_transpktsize;
#define ATC_QUECTEL_TCPIP_QICFG_TRANSPKTSIZE_INIT_ZERO {0}
#define ATC_QUECTEL_TCPIP_QICFG_TRANSPKTSIZE_MAX_LEN 32u
ATC_API atc_err atc_quectel_tcpip_encode_qicfg_transpktsize(const atc_quectel_tcpip_qicfg_transpktsize *msg, char *buf, size_t cap, size_t *len);

/* response +QICFG: transwaittm (variant "transwaittm")
 * spec line 257 */
typedef struct atc_quectel_tcpip_qicfg_transwaittm {
    int32_t transwaittm;
} atc_quectel_tcpip_qicfg_transwaittm;
#define ATC_QUECTEL_TCPIP_QICFG_TRANSWAITTM_INIT_ZERO {0}
#define ATC_QUECTEL_TCPIP_QICFG_TRANSWAITTM_MAX_LEN 29u
ATC_API atc_err atc_quectel_tcpip_encode_qicfg_transwaittm(const atc_quectel_tcpip_qicfg_transwaittm *msg, char *buf, size_t cap, size_t *len);

/* response +QICFG: send_data_format,recv_data_format (variant "dataformat")
 * spec line 258 */
typedef struct atc_quectel_tcpip_qicfg_dataformat {
    int32_t send_data_format; /* atc_quectel_tcpip_send_data_format */
    int32_t recv_data_format; /* atc_quectel_tcpip_recv_data_format */
} atc_quectel_tcpip_qicfg_dataformat;
#define ATC_QUECTEL_TCPIP_QICFG_DATAFORMAT_INIT_ZERO {0, 0}
#define ATC_QUECTEL_TCPIP_QICFG_DATAFORMAT_MAX_LEN 29u
ATC_API atc_err atc_quectel_tcpip_encode_qicfg_dataformat(const atc_quectel_tcpip_qicfg_dataformat *msg, char *buf, size_t cap, size_t *len);

/* response +QICFG: view_mode (variant "viewmode")
 * spec line 259 */
typedef struct atc_quectel_tcpip_qicfg_viewmode {
    int32_t view_mode; /* atc_quectel_tcpip_view_mode */
} atc_quectel_tcpip_qicfg_viewmode;
#define ATC_QUECTEL_TCPIP_QICFG_VIEWMODE_INIT_ZERO {0}
#define ATC_QUECTEL_TCPIP_QICFG_VIEWMODE_MAX_LEN 25u
ATC_API atc_err atc_quectel_tcpip_encode_qicfg_viewmode(const atc_quectel_tcpip_qicfg_viewmode *msg, char *buf, size_t cap, size_t *len);

/* response +QICFG: mode (variant "udp/sendmode")
 * spec line 260 */
typedef struct atc_quectel_tcpip_qicfg_udp_sendmode {
    int32_t mode; /* atc_quectel_tcpip_mode */
} atc_quectel_tcpip_qicfg_udp_sendmode;
#define ATC_QUECTEL_TCPIP_QICFG_UDP_SENDMODE_INIT_ZERO {0}
#define ATC_QUECTEL_TCPIP_QICFG_UDP_SENDMODE_MAX_LEN 29u
ATC_API atc_err atc_quectel_tcpip_encode_qicfg_udp_sendmode(const atc_quectel_tcpip_qicfg_udp_sendmode *msg, char *buf, size_t cap, size_t *len);

/* response +QICFG: mode (variant "udp/readmode")
 * spec line 263 */
typedef struct atc_quectel_tcpip_qicfg_udp_readmode {
    int32_t mode; /* atc_quectel_tcpip_mode */
} atc_quectel_tcpip_qicfg_udp_readmode;
#define ATC_QUECTEL_TCPIP_QICFG_UDP_READMODE_INIT_ZERO {0}
#define ATC_QUECTEL_TCPIP_QICFG_UDP_READMODE_MAX_LEN 29u
ATC_API atc_err atc_quectel_tcpip_encode_qicfg_udp_readmode(const atc_quectel_tcpip_qicfg_udp_readmode *msg, char *buf, size_t cap, size_t *len);

/* response +QICFG: accept (variant "tcp/accept")
 * spec line 264 */
typedef struct atc_quectel_tcpip_qicfg_tcp_accept {
    int32_t accept; /* atc_quectel_tcpip_accept */
} atc_quectel_tcpip_qicfg_tcp_accept;
#define ATC_QUECTEL_TCPIP_QICFG_TCP_ACCEPT_INIT_ZERO {0}
#define ATC_QUECTEL_TCPIP_QICFG_TCP_ACCEPT_MAX_LEN 27u
ATC_API atc_err atc_quectel_tcpip_encode_qicfg_tcp_accept(const atc_quectel_tcpip_qicfg_tcp_accept *msg, char *buf, size_t cap, size_t *len);

/* response +QICFG: closed (variant "passiveclosed")
 * spec line 265 */
typedef struct atc_quectel_tcpip_qicfg_passiveclosed {
    int32_t closed; /* atc_quectel_tcpip_closed */
} atc_quectel_tcpip_qicfg_passiveclosed;
#define ATC_QUECTEL_TCPIP_QICFG_PASSIVECLOSED_INIT_ZERO {0}
#define ATC_QUECTEL_TCPIP_QICFG_PASSIVECLOSED_MAX_LEN 30u
ATC_API atc_err atc_quectel_tcpip_encode_qicfg_passiveclosed(const atc_quectel_tcpip_qicfg_passiveclosed *msg, char *buf, size_t cap, size_t *len);

/* response +QICFG: close_mode (variant "close/mode")
 * spec line 266 */
typedef struct atc_quectel_tcpip_qicfg_close_mode {
    int32_t close_mode; /* atc_quectel_tcpip_close_mode */
} atc_quectel_tcpip_qicfg_close_mode;
#define ATC_QUECTEL_TCPIP_QICFG_CLOSE_MODE_INIT_ZERO {0}
#define ATC_QUECTEL_TCPIP_QICFG_CLOSE_MODE_MAX_LEN 27u
ATC_API atc_err atc_quectel_tcpip_encode_qicfg_close_mode(const atc_quectel_tcpip_qicfg_close_mode *msg, char *buf, size_t cap, size_t *len);

/* response +QICFG: show_length (variant "recvind")
 * spec line 269 */
typedef struct atc_quectel_tcpip_qicfg_recvind {
    int32_t show_length; /* atc_quectel_tcpip_show_length */
} atc_quectel_tcpip_qicfg_recvind;
#define ATC_QUECTEL_TCPIP_QICFG_RECVIND_INIT_ZERO {0}
#define ATC_QUECTEL_TCPIP_QICFG_RECVIND_MAX_LEN 24u
ATC_API atc_err atc_quectel_tcpip_encode_qicfg_recvind(const atc_quectel_tcpip_qicfg_recvind *msg, char *buf, size_t cap, size_t *len);

/* response +QICFG: enable,idle_time,interval_time,probe_cnt (variant "tcp/keepalive")
 * spec line 270 */
typedef struct atc_quectel_tcpip_qicfg_tcp_keepalive {
    int32_t enable; /* atc_quectel_tcpip_enable */
    int32_t idle_time;
    int32_t interval_time;
    int32_t probe_cnt;
} atc_quectel_tcpip_qicfg_tcp_keepalive;
#define ATC_QUECTEL_TCPIP_QICFG_TCP_KEEPALIVE_INIT_ZERO {0, 0, 0, 0}
#define ATC_QUECTEL_TCPIP_QICFG_TCP_KEEPALIVE_MAX_LEN 42u
ATC_API atc_err atc_quectel_tcpip_encode_qicfg_tcp_keepalive(const atc_quectel_tcpip_qicfg_tcp_keepalive *msg, char *buf, size_t cap, size_t *len);

/* response +QICFG: retrains_cnt,retrains_period (variant "tcp/retranscfg")
 * spec line 271 */
typedef struct atc_quectel_tcpip_qicfg_tcp_retranscfg {
    int32_t retrains_cnt;
    int32_t retrains_period;
} atc_quectel_tcpip_qicfg_tcp_retranscfg;
#define ATC_QUECTEL_TCPIP_QICFG_TCP_RETRANSCFG_INIT_ZERO {0, 0}
#define ATC_QUECTEL_TCPIP_QICFG_TCP_RETRANSCFG_MAX_LEN 35u
ATC_API atc_err atc_quectel_tcpip_encode_qicfg_tcp_retranscfg(const atc_quectel_tcpip_qicfg_tcp_retranscfg *msg, char *buf, size_t cap, size_t *len);

/* response +QICFG: connect_id,period,msg_auto,first_send (variant "send/auto")
 * spec line 272 */
typedef struct atc_quectel_tcpip_qicfg_send_auto {
    int32_t connect_id;
    int32_t period;
    atc_str msg_auto;
    int32_t first_send; /* atc_quectel_tcpip_first_send */
} atc_quectel_tcpip_qicfg_send_auto;
#define ATC_QUECTEL_TCPIP_QICFG_SEND_AUTO_INIT_ZERO {0, 0, {NULL, 0}, 0}
#define ATC_QUECTEL_TCPIP_QICFG_SEND_AUTO_MAX_LEN 838u
ATC_API atc_err atc_quectel_tcpip_encode_qicfg_send_auto(const atc_quectel_tcpip_qicfg_send_auto *msg, char *buf, size_t cap, size_t *len);

/* response +QICFG: format (variant "formatcfg")
 * spec line 275 */
typedef struct atc_quectel_tcpip_qicfg_formatcfg {
    int32_t format; /* atc_quectel_tcpip_format */
} atc_quectel_tcpip_qicfg_formatcfg;
#define ATC_QUECTEL_TCPIP_QICFG_FORMATCFG_INIT_ZERO {0}
#define ATC_QUECTEL_TCPIP_QICFG_FORMATCFG_MAX_LEN 26u
ATC_API atc_err atc_quectel_tcpip_encode_qicfg_formatcfg(const atc_quectel_tcpip_qicfg_formatcfg *msg, char *buf, size_t cap, size_t *len);

/* response +QICFG: timeout (variant "qisend/timeout")
 * spec line 276 */
typedef struct atc_quectel_tcpip_qicfg_qisend_timeout {
    int32_t timeout;
} atc_quectel_tcpip_qicfg_qisend_timeout;
#define ATC_QUECTEL_TCPIP_QICFG_QISEND_TIMEOUT_INIT_ZERO {0}
#define ATC_QUECTEL_TCPIP_QICFG_QISEND_TIMEOUT_MAX_LEN 33u
ATC_API atc_err atc_quectel_tcpip_encode_qicfg_qisend_timeout(const atc_quectel_tcpip_qicfg_qisend_timeout *msg, char *buf, size_t cap, size_t *len);

/* response +QICFG: delay_ack (variant "tcp/delay_ack")
 * spec line 277 */
typedef struct atc_quectel_tcpip_qicfg_tcp_delay_ack {
    int32_t delay_ack; /* atc_quectel_tcpip_delay_ack */
} atc_quectel_tcpip_qicfg_tcp_delay_ack;
#define ATC_QUECTEL_TCPIP_QICFG_TCP_DELAY_ACK_INIT_ZERO {0}
#define ATC_QUECTEL_TCPIP_QICFG_TCP_DELAY_ACK_MAX_LEN 30u
ATC_API atc_err atc_quectel_tcpip_encode_qicfg_tcp_delay_ack(const atc_quectel_tcpip_qicfg_tcp_delay_ack *msg, char *buf, size_t cap, size_t *len);

/* response +QICFG: dns_cache (variant "dns/cache")
 * spec line 279 */
typedef struct atc_quectel_tcpip_qicfg_dns_cache {
    int32_t dns_cache; /* atc_quectel_tcpip_dns_cache */
} atc_quectel_tcpip_qicfg_dns_cache;
#define ATC_QUECTEL_TCPIP_QICFG_DNS_CACHE_INIT_ZERO {0}
#define ATC_QUECTEL_TCPIP_QICFG_DNS_CACHE_MAX_LEN 26u
ATC_API atc_err atc_quectel_tcpip_encode_qicfg_dns_cache(const atc_quectel_tcpip_qicfg_dns_cache *msg, char *buf, size_t cap, size_t *len);

/* response +QICFG: timewait_timeout (variant "tcp/twrecycle")
 * spec line 280 */
typedef struct atc_quectel_tcpip_qicfg_tcp_twrecycle {
    int32_t timewait_timeout;
} atc_quectel_tcpip_qicfg_tcp_twrecycle;
#define ATC_QUECTEL_TCPIP_QICFG_TCP_TWRECYCLE_INIT_ZERO {0}
#define ATC_QUECTEL_TCPIP_QICFG_TCP_TWRECYCLE_MAX_LEN 34u
ATC_API atc_err atc_quectel_tcpip_encode_qicfg_tcp_twrecycle(const atc_quectel_tcpip_qicfg_tcp_twrecycle *msg, char *buf, size_t cap, size_t *len);

/* response +QICFG: retry_ack,retry_timeout (variant "dns/retry")
 * spec line 281 */
typedef struct atc_quectel_tcpip_qicfg_dns_retry {
    int32_t retry_ack;
    int32_t retry_timeout;
} atc_quectel_tcpip_qicfg_dns_retry;
#define ATC_QUECTEL_TCPIP_QICFG_DNS_RETRY_INIT_ZERO {0, 0}
#define ATC_QUECTEL_TCPIP_QICFG_DNS_RETRY_MAX_LEN 31u
ATC_API atc_err atc_quectel_tcpip_encode_qicfg_dns_retry(const atc_quectel_tcpip_qicfg_dns_retry *msg, char *buf, size_t cap, size_t *len);

/* response +QICSGP: context_id,context_type,apn,username,password,authentication
 * spec line 326 */
typedef struct atc_quectel_tcpip_qicsgp_test {
    atc_str context_id;
    atc_str context_type;
    atc_str apn;
    atc_str username;
    atc_str password;
    atc_str authentication;
} atc_quectel_tcpip_qicsgp_test;
#define ATC_QUECTEL_TCPIP_QICSGP_TEST_INIT_ZERO {{NULL, 0}, {NULL, 0}, {NULL, 0}, {NULL, 0}, {NULL, 0}, {NULL, 0}}
#define ATC_QUECTEL_TCPIP_QICSGP_TEST_MAX_LEN (19u + 6u * ATC_MAX_LINE)
ATC_API atc_err atc_quectel_tcpip_encode_qicsgp_test(const atc_quectel_tcpip_qicsgp_test *msg, char *buf, size_t cap, size_t *len);

/* response +QICSGP: context_type,apn,username,password,authentication
 * spec line 327: Answer to AT+QICSGP=<contextID> */
typedef struct atc_quectel_tcpip_qicsgp_query {
    int32_t context_type; /* atc_quectel_tcpip_context_type */
    atc_str apn;
    atc_str username;
    atc_str password;
    int32_t authentication; /* atc_quectel_tcpip_authentication */
} atc_quectel_tcpip_qicsgp_query;
#define ATC_QUECTEL_TCPIP_QICSGP_QUERY_INIT_ZERO {0, {NULL, 0}, {NULL, 0}, {NULL, 0}, 0}
#define ATC_QUECTEL_TCPIP_QICSGP_QUERY_MAX_LEN (532u + 1u * ATC_MAX_LINE)
ATC_API atc_err atc_quectel_tcpip_encode_qicsgp_query(const atc_quectel_tcpip_qicsgp_query *msg, char *buf, size_t cap, size_t *len);

/* response +QIACT: context_id
 * spec line 359 */
typedef struct atc_quectel_tcpip_qiact_test {
    atc_str context_id;
} atc_quectel_tcpip_qiact_test;
#define ATC_QUECTEL_TCPIP_QIACT_TEST_INIT_ZERO {{NULL, 0}}
#define ATC_QUECTEL_TCPIP_QIACT_TEST_MAX_LEN (13u + 1u * ATC_MAX_LINE)
ATC_API atc_err atc_quectel_tcpip_encode_qiact_test(const atc_quectel_tcpip_qiact_test *msg, char *buf, size_t cap, size_t *len);

/* response +QIACT: context_id,context_state,context_type,ipv4_address,ipv6_address
 * spec line 360 */
typedef struct atc_quectel_tcpip_qiact_read {
    int32_t context_id;
    int32_t context_state; /* atc_quectel_tcpip_context_state */
    int32_t context_type; /* atc_quectel_tcpip_context_type */
    bool has_ipv4_address;
    atc_str ipv4_address;
    bool has_ipv6_address;
    atc_str ipv6_address;
} atc_quectel_tcpip_qiact_read;
#define ATC_QUECTEL_TCPIP_QIACT_READ_INIT_ZERO {0, 0, 0, false, {NULL, 0}, false, {NULL, 0}}
#define ATC_QUECTEL_TCPIP_QIACT_READ_MAX_LEN (21u + 2u * ATC_MAX_LINE)
ATC_API atc_err atc_quectel_tcpip_encode_qiact_read(const atc_quectel_tcpip_qiact_read *msg, char *buf, size_t cap, size_t *len);

/* response +QIDEACT: context_id
 * spec line 380 */
typedef struct atc_quectel_tcpip_qideact_test {
    atc_str context_id;
} atc_quectel_tcpip_qideact_test;
#define ATC_QUECTEL_TCPIP_QIDEACT_TEST_INIT_ZERO {{NULL, 0}}
#define ATC_QUECTEL_TCPIP_QIDEACT_TEST_MAX_LEN (15u + 1u * ATC_MAX_LINE)
ATC_API atc_err atc_quectel_tcpip_encode_qideact_test(const atc_quectel_tcpip_qideact_test *msg, char *buf, size_t cap, size_t *len);

/* response +QIACTEX: context_id,view_mode
 * spec line 399 */
typedef struct atc_quectel_tcpip_qiactex_test {
    atc_str context_id;
    atc_str view_mode;
} atc_quectel_tcpip_qiactex_test;
#define ATC_QUECTEL_TCPIP_QIACTEX_TEST_INIT_ZERO {{NULL, 0}, {NULL, 0}}
#define ATC_QUECTEL_TCPIP_QIACTEX_TEST_MAX_LEN (16u + 2u * ATC_MAX_LINE)
ATC_API atc_err atc_quectel_tcpip_encode_qiactex_test(const atc_quectel_tcpip_qiactex_test *msg, char *buf, size_t cap, size_t *len);

/* response +QIACTEX: context_id,context_state,context_type,ipv4_address,ipv6_address
 * spec line 400 */
typedef struct atc_quectel_tcpip_qiactex_read {
    int32_t context_id;
    int32_t context_state; /* atc_quectel_tcpip_context_state */
    int32_t context_type; /* atc_quectel_tcpip_context_type */
    bool has_ipv4_address;
    atc_str ipv4_address;
    bool has_ipv6_address;
    atc_str ipv6_address;
} atc_quectel_tcpip_qiactex_read;
#define ATC_QUECTEL_TCPIP_QIACTEX_READ_INIT_ZERO {0, 0, 0, false, {NULL, 0}, false, {NULL, 0}}
#define ATC_QUECTEL_TCPIP_QIACTEX_READ_MAX_LEN (23u + 2u * ATC_MAX_LINE)
ATC_API atc_err atc_quectel_tcpip_encode_qiactex_read(const atc_quectel_tcpip_qiactex_read *msg, char *buf, size_t cap, size_t *len);

/* response +QIDEACTEX: context_id
 * spec line 422 */
typedef struct atc_quectel_tcpip_qideactex_test {
    atc_str context_id;
} atc_quectel_tcpip_qideactex_test;
#define ATC_QUECTEL_TCPIP_QIDEACTEX_TEST_INIT_ZERO {{NULL, 0}}
#define ATC_QUECTEL_TCPIP_QIDEACTEX_TEST_MAX_LEN (17u + 1u * ATC_MAX_LINE)
ATC_API atc_err atc_quectel_tcpip_encode_qideactex_test(const atc_quectel_tcpip_qideactex_test *msg, char *buf, size_t cap, size_t *len);

/* response +QIOPEN: context_id,connect_id,service_type,ip_address,remote_port,local_port,access_mode,tcp_client_maxnum
 * spec line 447 */
typedef struct atc_quectel_tcpip_qiopen_test {
    atc_str context_id;
    atc_str connect_id;
    atc_str service_type;
    atc_str ip_address;
    atc_str remote_port;
    atc_str local_port;
    atc_str access_mode;
    atc_str tcp_client_maxnum;
} atc_quectel_tcpip_qiopen_test;
#define ATC_QUECTEL_TCPIP_QIOPEN_TEST_INIT_ZERO {{NULL, 0}, {NULL, 0}, {NULL, 0}, {NULL, 0}, {NULL, 0}, {NULL, 0}, {NULL, 0}, {NULL, 0}}
#define ATC_QUECTEL_TCPIP_QIOPEN_TEST_MAX_LEN (21u + 8u * ATC_MAX_LINE)
ATC_API atc_err atc_quectel_tcpip_encode_qiopen_test(const atc_quectel_tcpip_qiopen_test *msg, char *buf, size_t cap, size_t *len);

/* response +QICLOSE: connect_id,timeout
 * spec line 483 */
typedef struct atc_quectel_tcpip_qiclose_test {
    atc_str connect_id;
    atc_str timeout;
} atc_quectel_tcpip_qiclose_test;
#define ATC_QUECTEL_TCPIP_QICLOSE_TEST_INIT_ZERO {{NULL, 0}, {NULL, 0}}
#define ATC_QUECTEL_TCPIP_QICLOSE_TEST_MAX_LEN (16u + 2u * ATC_MAX_LINE)
ATC_API atc_err atc_quectel_tcpip_encode_qiclose_test(const atc_quectel_tcpip_qiclose_test *msg, char *buf, size_t cap, size_t *len);

/* response +QISTATE: connect_id,service_type,ip_address,remote_port,local_port,socket_state,context_id,server_id,access_mode,at_port
 * spec line 500 */
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
#define ATC_QUECTEL_TCPIP_QISTATE_INIT_ZERO {0, {NULL, 0}, {NULL, 0}, 0, 0, 0, 0, 0, 0, {NULL, 0}}
#define ATC_QUECTEL_TCPIP_QISTATE_MAX_LEN (75u + 1u * ATC_MAX_LINE)
ATC_API atc_err atc_quectel_tcpip_encode_qistate(const atc_quectel_tcpip_qistate *msg, char *buf, size_t cap, size_t *len);

/* response +QISEND: connect_id,send_length
 * spec line 537 */
typedef struct atc_quectel_tcpip_qisend_test {
    atc_str connect_id;
    atc_str send_length;
} atc_quectel_tcpip_qisend_test;
#define ATC_QUECTEL_TCPIP_QISEND_TEST_INIT_ZERO {{NULL, 0}, {NULL, 0}}
#define ATC_QUECTEL_TCPIP_QISEND_TEST_MAX_LEN (15u + 2u * ATC_MAX_LINE)
ATC_API atc_err atc_quectel_tcpip_encode_qisend_test(const atc_quectel_tcpip_qisend_test *msg, char *buf, size_t cap, size_t *len);

/* response +QISEND: total_send_length,ackedbytes,unackedbytes
 * spec line 543: Answer to AT+QISEND=<connectID>,0 */
typedef struct atc_quectel_tcpip_qisend_query {
    int32_t total_send_length;
    int32_t ackedbytes;
    int32_t unackedbytes;
} atc_quectel_tcpip_qisend_query;
#define ATC_QUECTEL_TCPIP_QISEND_QUERY_INIT_ZERO {0, 0, 0}
#define ATC_QUECTEL_TCPIP_QISEND_QUERY_MAX_LEN 49u
ATC_API atc_err atc_quectel_tcpip_encode_qisend_query(const atc_quectel_tcpip_qisend_query *msg, char *buf, size_t cap, size_t *len);

/* response +QISEND: connect_id,status,freesize
 * spec line 538 */
typedef struct atc_quectel_tcpip_qisend_view {
    int32_t connect_id;
    int32_t status; /* atc_quectel_tcpip_status */
    int32_t freesize;
} atc_quectel_tcpip_qisend_view;
#define ATC_QUECTEL_TCPIP_QISEND_VIEW_INIT_ZERO {0, 0, 0}
#define ATC_QUECTEL_TCPIP_QISEND_VIEW_MAX_LEN 24u
ATC_API atc_err atc_quectel_tcpip_encode_qisend_view(const atc_quectel_tcpip_qisend_view *msg, char *buf, size_t cap, size_t *len);

/* response +QIRD: connect_id,read_length
 * spec line 570 */
typedef struct atc_quectel_tcpip_qird_test {
    atc_str connect_id;
    atc_str read_length;
} atc_quectel_tcpip_qird_test;
#define ATC_QUECTEL_TCPIP_QIRD_TEST_INIT_ZERO {{NULL, 0}, {NULL, 0}}
#define ATC_QUECTEL_TCPIP_QIRD_TEST_MAX_LEN (13u + 2u * ATC_MAX_LINE)
ATC_API atc_err atc_quectel_tcpip_encode_qird_test(const atc_quectel_tcpip_qird_test *msg, char *buf, size_t cap, size_t *len);

/* response +QIRD: read_actual_length
 * spec line 573 */
typedef struct atc_quectel_tcpip_qird_data {
    int32_t read_actual_length;
} atc_quectel_tcpip_qird_data;
#define ATC_QUECTEL_TCPIP_QIRD_DATA_INIT_ZERO {0}
#define ATC_QUECTEL_TCPIP_QIRD_DATA_MAX_LEN 16u
ATC_API atc_err atc_quectel_tcpip_encode_qird_data(const atc_quectel_tcpip_qird_data *msg, char *buf, size_t cap, size_t *len);

/* response +QIRD: read_actual_length,remote_ip,remote_port
 * spec line 574 */
typedef struct atc_quectel_tcpip_qird_udp {
    int32_t read_actual_length;
    atc_str remote_ip;
    int32_t remote_port;
} atc_quectel_tcpip_qird_udp;
#define ATC_QUECTEL_TCPIP_QIRD_UDP_INIT_ZERO {0, {NULL, 0}, 0}
#define ATC_QUECTEL_TCPIP_QIRD_UDP_MAX_LEN (23u + 1u * ATC_MAX_LINE)
ATC_API atc_err atc_quectel_tcpip_encode_qird_udp(const atc_quectel_tcpip_qird_udp *msg, char *buf, size_t cap, size_t *len);

/* response +QIRD: total_receive_length,have_read_length,unread_length
 * spec line 575: Answer to AT+QIRD=<connectID>,0 */
typedef struct atc_quectel_tcpip_qird_query {
    int32_t total_receive_length;
    int32_t have_read_length;
    int32_t unread_length;
} atc_quectel_tcpip_qird_query;
#define ATC_QUECTEL_TCPIP_QIRD_QUERY_INIT_ZERO {0, 0, 0}
#define ATC_QUECTEL_TCPIP_QIRD_QUERY_MAX_LEN 47u
ATC_API atc_err atc_quectel_tcpip_encode_qird_query(const atc_quectel_tcpip_qird_query *msg, char *buf, size_t cap, size_t *len);

/* response +QISENDEX: connect_id,hex_string
 * spec line 597 */
typedef struct atc_quectel_tcpip_qisendex_test {
    atc_str connect_id;
    atc_str hex_string;
} atc_quectel_tcpip_qisendex_test;
#define ATC_QUECTEL_TCPIP_QISENDEX_TEST_INIT_ZERO {{NULL, 0}, {NULL, 0}}
#define ATC_QUECTEL_TCPIP_QISENDEX_TEST_MAX_LEN (17u + 2u * ATC_MAX_LINE)
ATC_API atc_err atc_quectel_tcpip_encode_qisendex_test(const atc_quectel_tcpip_qisendex_test *msg, char *buf, size_t cap, size_t *len);

/* response +QISENDEX: connect_id,status,freesize
 * spec line 598 */
typedef struct atc_quectel_tcpip_qisendex_view {
    int32_t connect_id;
    int32_t status; /* atc_quectel_tcpip_status */
    int32_t freesize;
} atc_quectel_tcpip_qisendex_view;
#define ATC_QUECTEL_TCPIP_QISENDEX_VIEW_INIT_ZERO {0, 0, 0}
#define ATC_QUECTEL_TCPIP_QISENDEX_VIEW_MAX_LEN 26u
ATC_API atc_err atc_quectel_tcpip_encode_qisendex_view(const atc_quectel_tcpip_qisendex_view *msg, char *buf, size_t cap, size_t *len);

/* response +QISWTMD: connect_id,access_mode
 * spec line 615 */
typedef struct atc_quectel_tcpip_qiswtmd_test {
    atc_str connect_id;
    atc_str access_mode;
} atc_quectel_tcpip_qiswtmd_test;
#define ATC_QUECTEL_TCPIP_QISWTMD_TEST_INIT_ZERO {{NULL, 0}, {NULL, 0}}
#define ATC_QUECTEL_TCPIP_QISWTMD_TEST_MAX_LEN (16u + 2u * ATC_MAX_LINE)
ATC_API atc_err atc_quectel_tcpip_encode_qiswtmd_test(const atc_quectel_tcpip_qiswtmd_test *msg, char *buf, size_t cap, size_t *len);

/* response +QPING: context_id,host,timeout,pingnum
 * spec line 634 */
typedef struct atc_quectel_tcpip_qping_test {
    atc_str context_id;
    atc_str host;
    atc_str timeout;
    atc_str pingnum;
} atc_quectel_tcpip_qping_test;
#define ATC_QUECTEL_TCPIP_QPING_TEST_INIT_ZERO {{NULL, 0}, {NULL, 0}, {NULL, 0}, {NULL, 0}}
#define ATC_QUECTEL_TCPIP_QPING_TEST_MAX_LEN (16u + 4u * ATC_MAX_LINE)
ATC_API atc_err atc_quectel_tcpip_encode_qping_test(const atc_quectel_tcpip_qping_test *msg, char *buf, size_t cap, size_t *len);

/* response +QNTP: context_id,server,port,autosettime
 * spec line 664 */
typedef struct atc_quectel_tcpip_qntp_test {
    atc_str context_id;
    atc_str server;
    atc_str port;
    atc_str autosettime;
} atc_quectel_tcpip_qntp_test;
#define ATC_QUECTEL_TCPIP_QNTP_TEST_INIT_ZERO {{NULL, 0}, {NULL, 0}, {NULL, 0}, {NULL, 0}}
#define ATC_QUECTEL_TCPIP_QNTP_TEST_MAX_LEN (15u + 4u * ATC_MAX_LINE)
ATC_API atc_err atc_quectel_tcpip_encode_qntp_test(const atc_quectel_tcpip_qntp_test *msg, char *buf, size_t cap, size_t *len);

/* response +QNTP: server,port
 * spec line 665 */
typedef struct atc_quectel_tcpip_qntp_read {
    atc_str server;
    int32_t port;
} atc_quectel_tcpip_qntp_read;
#define ATC_QUECTEL_TCPIP_QNTP_READ_INIT_ZERO {{NULL, 0}, 0}
#define ATC_QUECTEL_TCPIP_QNTP_READ_MAX_LEN (18u + 1u * ATC_MAX_LINE)
ATC_API atc_err atc_quectel_tcpip_encode_qntp_read(const atc_quectel_tcpip_qntp_read *msg, char *buf, size_t cap, size_t *len);

/* response +QIDNSCFG: context_id,pridnsaddr,secdnsaddr
 * spec line 684 */
typedef struct atc_quectel_tcpip_qidnscfg_test {
    atc_str context_id;
    atc_str pridnsaddr;
    atc_str secdnsaddr;
} atc_quectel_tcpip_qidnscfg_test;
#define ATC_QUECTEL_TCPIP_QIDNSCFG_TEST_INIT_ZERO {{NULL, 0}, {NULL, 0}, {NULL, 0}}
#define ATC_QUECTEL_TCPIP_QIDNSCFG_TEST_MAX_LEN (18u + 3u * ATC_MAX_LINE)
ATC_API atc_err atc_quectel_tcpip_encode_qidnscfg_test(const atc_quectel_tcpip_qidnscfg_test *msg, char *buf, size_t cap, size_t *len);

/* response +QIDNSCFG: context_id,ipv4pridnsaddr,ipv4secdnsaddr,ipv6pridnsaddr,ipv6secdnsaddr
 * spec line 685: Query answer for an IPv4v6 context */
typedef struct atc_quectel_tcpip_qidnscfg_ipv4v6 {
    int32_t context_id;
    atc_str ipv4pridnsaddr;
    atc_str ipv4secdnsaddr;
    atc_str ipv6pridnsaddr;
    atc_str ipv6secdnsaddr;
} atc_quectel_tcpip_qidnscfg_ipv4v6;
#define ATC_QUECTEL_TCPIP_QIDNSCFG_IPV4V6_INIT_ZERO {0, {NULL, 0}, {NULL, 0}, {NULL, 0}, {NULL, 0}}
#define ATC_QUECTEL_TCPIP_QIDNSCFG_IPV4V6_MAX_LEN (22u + 4u * ATC_MAX_LINE)
ATC_API atc_err atc_quectel_tcpip_encode_qidnscfg_ipv4v6(const atc_quectel_tcpip_qidnscfg_ipv4v6 *msg, char *buf, size_t cap, size_t *len);

/* response +QIDNSCFG: context_id,ipv4pridnsaddr,ipv4secdnsaddr
 * spec line 685: Query answer for an IPv4 context */
typedef struct atc_quectel_tcpip_qidnscfg_ipv4 {
    int32_t context_id;
    atc_str ipv4pridnsaddr;
    atc_str ipv4secdnsaddr;
} atc_quectel_tcpip_qidnscfg_ipv4;
#define ATC_QUECTEL_TCPIP_QIDNSCFG_IPV4_INIT_ZERO {0, {NULL, 0}, {NULL, 0}}
#define ATC_QUECTEL_TCPIP_QIDNSCFG_IPV4_MAX_LEN (20u + 2u * ATC_MAX_LINE)
ATC_API atc_err atc_quectel_tcpip_encode_qidnscfg_ipv4(const atc_quectel_tcpip_qidnscfg_ipv4 *msg, char *buf, size_t cap, size_t *len);

/* response +QIDNSCFG: context_id,ipv6pridnsaddr,ipv6secdnsaddr
 * spec line 685: Query answer for an IPv6 context; told apart from QIDNSCFG_IPV4 by the address format */
typedef struct atc_quectel_tcpip_qidnscfg_ipv6 {
    int32_t context_id;
    atc_str ipv6pridnsaddr;
    atc_str ipv6secdnsaddr;
} atc_quectel_tcpip_qidnscfg_ipv6;
#define ATC_QUECTEL_TCPIP_QIDNSCFG_IPV6_INIT_ZERO {0, {NULL, 0}, {NULL, 0}}
#define ATC_QUECTEL_TCPIP_QIDNSCFG_IPV6_MAX_LEN (20u + 2u * ATC_MAX_LINE)
ATC_API atc_err atc_quectel_tcpip_encode_qidnscfg_ipv6(const atc_quectel_tcpip_qidnscfg_ipv6 *msg, char *buf, size_t cap, size_t *len);

/* response +QIDNSGIP: context_id,hostname
 * spec line 706 */
typedef struct atc_quectel_tcpip_qidnsgip_test {
    atc_str context_id;
    atc_str hostname;
} atc_quectel_tcpip_qidnsgip_test;
#define ATC_QUECTEL_TCPIP_QIDNSGIP_TEST_INIT_ZERO {{NULL, 0}, {NULL, 0}}
#define ATC_QUECTEL_TCPIP_QIDNSGIP_TEST_MAX_LEN (17u + 2u * ATC_MAX_LINE)
ATC_API atc_err atc_quectel_tcpip_encode_qidnsgip_test(const atc_quectel_tcpip_qidnsgip_test *msg, char *buf, size_t cap, size_t *len);

/* response +QISDE: echo
 * spec line 727 */
typedef struct atc_quectel_tcpip_qisde_test {
    atc_str echo;
} atc_quectel_tcpip_qisde_test;
#define ATC_QUECTEL_TCPIP_QISDE_TEST_INIT_ZERO {{NULL, 0}}
#define ATC_QUECTEL_TCPIP_QISDE_TEST_MAX_LEN (13u + 1u * ATC_MAX_LINE)
ATC_API atc_err atc_quectel_tcpip_encode_qisde_test(const atc_quectel_tcpip_qisde_test *msg, char *buf, size_t cap, size_t *len);

/* response +QISDE: echo
 * spec line 728 */
typedef struct atc_quectel_tcpip_qisde_read {
    int32_t echo; /* atc_quectel_tcpip_echo */
} atc_quectel_tcpip_qisde_read;
#define ATC_QUECTEL_TCPIP_QISDE_READ_INIT_ZERO {0}
#define ATC_QUECTEL_TCPIP_QISDE_READ_MAX_LEN 14u
ATC_API atc_err atc_quectel_tcpip_encode_qisde_read(const atc_quectel_tcpip_qisde_read *msg, char *buf, size_t cap, size_t *len);

/* response +QIGETERROR: err,errcode_description
 * spec line 744 */
typedef struct atc_quectel_tcpip_qigeterror {
    int32_t err; /* atc_quectel_tcpip_cme */
    atc_str errcode_description;
} atc_quectel_tcpip_qigeterror;
#define ATC_QUECTEL_TCPIP_QIGETERROR_INIT_ZERO {0, {NULL, 0}}
#define ATC_QUECTEL_TCPIP_QIGETERROR_MAX_LEN (22u + 1u * ATC_MAX_LINE)
ATC_API atc_err atc_quectel_tcpip_encode_qigeterror(const atc_quectel_tcpip_qigeterror *msg, char *buf, size_t cap, size_t *len);

/* urc +QIACTEX: context_id,err,context_type,ipv4_address,ipv6_address
 * spec line 403 */
typedef struct atc_quectel_tcpip_qiactex {
    int32_t context_id;
    int32_t err; /* atc_quectel_tcpip_cme */
    bool has_context_type;
    int32_t context_type; /* atc_quectel_tcpip_context_type */
    bool has_ipv4_address;
    atc_str ipv4_address;
    bool has_ipv6_address;
    atc_str ipv6_address;
} atc_quectel_tcpip_qiactex;
#define ATC_QUECTEL_TCPIP_QIACTEX_INIT_ZERO {0, 0, false, 0, false, {NULL, 0}, false, {NULL, 0}}
#define ATC_QUECTEL_TCPIP_QIACTEX_MAX_LEN (25u + 2u * ATC_MAX_LINE)
ATC_API atc_err atc_quectel_tcpip_encode_qiactex(const atc_quectel_tcpip_qiactex *msg, char *buf, size_t cap, size_t *len);

/* urc +QIDEACTEX: context_id,err
 * spec line 425 */
typedef struct atc_quectel_tcpip_qideactex {
    int32_t context_id;
    int32_t err; /* atc_quectel_tcpip_cme */
} atc_quectel_tcpip_qideactex;
#define ATC_QUECTEL_TCPIP_QIDEACTEX_INIT_ZERO {0, 0}
#define ATC_QUECTEL_TCPIP_QIDEACTEX_MAX_LEN 23u
ATC_API atc_err atc_quectel_tcpip_encode_qideactex(const atc_quectel_tcpip_qideactex *msg, char *buf, size_t cap, size_t *len);

/* urc +QIOPEN: connect_id,err
 * spec line 451 */
typedef struct atc_quectel_tcpip_qiopen {
    int32_t connect_id;
    int32_t err; /* atc_quectel_tcpip_cme */
} atc_quectel_tcpip_qiopen;
#define ATC_QUECTEL_TCPIP_QIOPEN_INIT_ZERO {0, 0}
#define ATC_QUECTEL_TCPIP_QIOPEN_MAX_LEN 20u
ATC_API atc_err atc_quectel_tcpip_encode_qiopen(const atc_quectel_tcpip_qiopen *msg, char *buf, size_t cap, size_t *len);

/* urc +QPING: result,ip_address,bytes,time,ttl
 * spec line 635: One line per ping request */
typedef struct atc_quectel_tcpip_qping {
    int32_t result; /* atc_quectel_tcpip_cme */
    bool has_ip_address;
    atc_str ip_address;
    bool has_bytes;
    int32_t bytes;
    bool has_time;
    int32_t time;
    bool has_ttl;
    int32_t ttl;
} atc_quectel_tcpip_qping;
#define ATC_QUECTEL_TCPIP_QPING_INIT_ZERO {0, false, {NULL, 0}, false, 0, false, 0, false, 0}
#define ATC_QUECTEL_TCPIP_QPING_MAX_LEN (45u + 1u * ATC_MAX_LINE)
ATC_API atc_err atc_quectel_tcpip_encode_qping(const atc_quectel_tcpip_qping *msg, char *buf, size_t cap, size_t *len);

/* urc +QPING: finresult,sent,rcvd,lost,min,max,avg
 * spec line 635: The final line of AT+QPING */
typedef struct atc_quectel_tcpip_qping_summary {
    int32_t finresult; /* atc_quectel_tcpip_cme */
    bool has_sent;
    int32_t sent;
    bool has_rcvd;
    int32_t rcvd;
    bool has_lost;
    int32_t lost;
    bool has_min;
    int32_t min;
    bool has_max;
    int32_t max;
    bool has_avg;
    int32_t avg;
} atc_quectel_tcpip_qping_summary;
#define ATC_QUECTEL_TCPIP_QPING_SUMMARY_INIT_ZERO {0, false, 0, false, 0, false, 0, false, 0, false, 0, false, 0}
#define ATC_QUECTEL_TCPIP_QPING_SUMMARY_MAX_LEN 88u
ATC_API atc_err atc_quectel_tcpip_encode_qping_summary(const atc_quectel_tcpip_qping_summary *msg, char *buf, size_t cap, size_t *len);

/* urc +QNTP: err,time
 * spec line 666 */
typedef struct atc_quectel_tcpip_qntp {
    int32_t err; /* atc_quectel_tcpip_cme */
    bool has_time;
    atc_str time;
} atc_quectel_tcpip_qntp;
#define ATC_QUECTEL_TCPIP_QNTP_INIT_ZERO {0, false, {NULL, 0}}
#define ATC_QUECTEL_TCPIP_QNTP_MAX_LEN (16u + 1u * ATC_MAX_LINE)
ATC_API atc_err atc_quectel_tcpip_encode_qntp(const atc_quectel_tcpip_qntp *msg, char *buf, size_t cap, size_t *len);

/* urc +QIURC: connect_id (variant "closed")
 * spec line 763 */
typedef struct atc_quectel_tcpip_qiurc_closed {
    int32_t connect_id;
} atc_quectel_tcpip_qiurc_closed;
#define ATC_QUECTEL_TCPIP_QIURC_CLOSED_INIT_ZERO {0}
#define ATC_QUECTEL_TCPIP_QIURC_CLOSED_MAX_LEN 24u
ATC_API atc_err atc_quectel_tcpip_encode_qiurc_closed(const atc_quectel_tcpip_qiurc_closed *msg, char *buf, size_t cap, size_t *len);

/* urc +QIURC: connect_id (variant "recv")
 * spec line 780: Buffer mode; read the data with AT+QIRD */
typedef struct atc_quectel_tcpip_qiurc_recv {
    int32_t connect_id;
} atc_quectel_tcpip_qiurc_recv;
#define ATC_QUECTEL_TCPIP_QIURC_RECV_INIT_ZERO {0}
#define ATC_QUECTEL_TCPIP_QIURC_RECV_MAX_LEN 22u
ATC_API atc_err atc_quectel_tcpip_encode_qiurc_recv(const atc_quectel_tcpip_qiurc_recv *msg, char *buf, size_t cap, size_t *len);

/* urc +QIURC: connect_id,currentrecvlength (variant "recv")
 * spec line 781: Direct push mode (TCP, UDP, TCP INCOMING, UDP INCOMING); the data follows the line */
typedef struct atc_quectel_tcpip_qiurc_recv_push {
    int32_t connect_id;
    int32_t currentrecvlength;
} atc_quectel_tcpip_qiurc_recv_push;
#define ATC_QUECTEL_TCPIP_QIURC_RECV_PUSH_INIT_ZERO {0, 0}
#define ATC_QUECTEL_TCPIP_QIURC_RECV_PUSH_MAX_LEN 27u
ATC_API atc_err atc_quectel_tcpip_encode_qiurc_recv_push(const atc_quectel_tcpip_qiurc_recv_push *msg, char *buf, size_t cap, size_t *len);

/* urc +QIURC: connect_id,currentrecvlength,remote_ip,remote_port (variant "recv")
 * spec line 782: Direct push mode, UDP SERVICE; the data follows the line */
typedef struct atc_quectel_tcpip_qiurc_recv_udp {
    int32_t connect_id;
    int32_t currentrecvlength;
    atc_str remote_ip;
    int32_t remote_port;
} atc_quectel_tcpip_qiurc_recv_udp;
#define ATC_QUECTEL_TCPIP_QIURC_RECV_UDP_INIT_ZERO {0, 0, {NULL, 0}, 0}
#define ATC_QUECTEL_TCPIP_QIURC_RECV_UDP_MAX_LEN (34u + 1u * ATC_MAX_LINE)
ATC_API atc_err atc_quectel_tcpip_encode_qiurc_recv_udp(const atc_quectel_tcpip_qiurc_recv_udp *msg, char *buf, size_t cap, size_t *len);

/* urc +QIURC:  (variant "incoming full")
 * spec line 797 */
typedef struct atc_quectel_tcpip_qiurc_incoming_full {
    char dummy_field; /* no fields */
} atc_quectel_tcpip_qiurc_incoming_full;
#define ATC_QUECTEL_TCPIP_QIURC_INCOMING_FULL_INIT_ZERO {0}
#define ATC_QUECTEL_TCPIP_QIURC_INCOMING_FULL_MAX_LEN 28u
ATC_API atc_err atc_quectel_tcpip_encode_qiurc_incoming_full(const atc_quectel_tcpip_qiurc_incoming_full *msg, char *buf, size_t cap, size_t *len);

/* urc +QIURC: connect_id,server_id,remote_ip,remote_port (variant "incoming")
 * spec line 804 */
typedef struct atc_quectel_tcpip_qiurc_incoming {
    int32_t connect_id;
    int32_t server_id;
    atc_str remote_ip;
    int32_t remote_port;
} atc_quectel_tcpip_qiurc_incoming;
#define ATC_QUECTEL_TCPIP_QIURC_INCOMING_INIT_ZERO {0, 0, {NULL, 0}, 0}
#define ATC_QUECTEL_TCPIP_QIURC_INCOMING_MAX_LEN (45u + 1u * ATC_MAX_LINE)
ATC_API atc_err atc_quectel_tcpip_encode_qiurc_incoming(const atc_quectel_tcpip_qiurc_incoming *msg, char *buf, size_t cap, size_t *len);

/* urc +QIURC: context_id (variant "pdpdeact")
 * spec line 818 */
typedef struct atc_quectel_tcpip_qiurc_pdpdeact {
    int32_t context_id;
} atc_quectel_tcpip_qiurc_pdpdeact;
#define ATC_QUECTEL_TCPIP_QIURC_PDPDEACT_INIT_ZERO {0}
#define ATC_QUECTEL_TCPIP_QIURC_PDPDEACT_MAX_LEN 26u
ATC_API atc_err atc_quectel_tcpip_encode_qiurc_pdpdeact(const atc_quectel_tcpip_qiurc_pdpdeact *msg, char *buf, size_t cap, size_t *len);

/* urc +QIURC: err,ip_count,dns_ttl (variant "dnsgip")
 * spec line 707: First line of the AT+QIDNSGIP result */
typedef struct atc_quectel_tcpip_qiurc_dnsgip {
    int32_t err; /* atc_quectel_tcpip_cme */
    bool has_ip_count;
    int32_t ip_count;
    bool has_dns_ttl;
    int32_t dns_ttl;
} atc_quectel_tcpip_qiurc_dnsgip;
#define ATC_QUECTEL_TCPIP_QIURC_DNSGIP_INIT_ZERO {0, false, 0, false, 0}
#define ATC_QUECTEL_TCPIP_QIURC_DNSGIP_MAX_LEN 49u
ATC_API atc_err atc_quectel_tcpip_encode_qiurc_dnsgip(const atc_quectel_tcpip_qiurc_dnsgip *msg, char *buf, size_t cap, size_t *len);

/* urc +QIURC: host_ipaddr (variant "dnsgip")
 * spec line 707: One line per address, <IP_count> of them, after QIURC_DNSGIP */
typedef struct atc_quectel_tcpip_qiurc_dnsgip_ip {
    atc_str host_ipaddr;
} atc_quectel_tcpip_qiurc_dnsgip_ip;
#define ATC_QUECTEL_TCPIP_QIURC_DNSGIP_IP_INIT_ZERO {{NULL, 0}}
#define ATC_QUECTEL_TCPIP_QIURC_DNSGIP_IP_MAX_LEN (22u + 1u * ATC_MAX_LINE)
ATC_API atc_err atc_quectel_tcpip_encode_qiurc_dnsgip_ip(const atc_quectel_tcpip_qiurc_dnsgip_ip *msg, char *buf, size_t cap, size_t *len);

#ifdef __cplusplus
}
#endif

#endif /* ATC_QUECTEL_TCPIP_PROFILE_H */

#endif /* ATC_QUECTEL_TCPIP_SINGLE_H */

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

#ifndef ATC_QUECTEL_TCPIP_IMPLEMENTED
#define ATC_QUECTEL_TCPIP_IMPLEMENTED


/* Generated by atc from spec/quectel_tcpip.yaml: message tables, encoders and the line machine.
 * Do not edit: change the spec and run `make generate`. `ragel -T0 -L` turns this file into
 * generated/quectel_tcpip.c. */
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

/* ---- Field tables ---- */
ATC__QUECTEL_TCPIP_CHECK(ok_fits, sizeof(atc_quectel_tcpip_ok) <= ATC_MSG_BUF);
ATC__QUECTEL_TCPIP_CHECK(error_fits, sizeof(atc_quectel_tcpip_error) <= ATC_MSG_BUF);
static const int32_t atc__quectel_tcpip_cme_error_0_ranges[] = {0, 0, 550, 550, 551, 551, 552, 552, 553, 553, 554, 554, 555, 555, 556, 556, 557, 557, 558, 558, 559, 559, 560, 560, 561, 561, 562, 562, 563, 563, 564, 564, 565, 565, 566, 566, 567, 567, 568, 568, 569, 569, 570, 570, 571, 571, 572, 572, 573, 573, 574, 574};
static const atc_field_desc atc__quectel_tcpip_cme_error_fields[] = {
    { "err", ATC_T_INT, 0, offsetof(atc_quectel_tcpip_cme_error, err), 0, 0, 26, 0, atc__quectel_tcpip_cme_error_0_ranges, NULL, 0, -1, 0, NULL, NULL, 0, 0 },
};
static const uint32_t atc__quectel_tcpip_cme_error_shapes[] = {0x1u};
ATC__QUECTEL_TCPIP_CHECK(cme_error_fits, sizeof(atc_quectel_tcpip_cme_error) <= ATC_MSG_BUF);
ATC__QUECTEL_TCPIP_CHECK(send_ok_fits, sizeof(atc_quectel_tcpip_send_ok) <= ATC_MSG_BUF);
ATC__QUECTEL_TCPIP_CHECK(send_fail_fits, sizeof(atc_quectel_tcpip_send_fail) <= ATC_MSG_BUF);
ATC__QUECTEL_TCPIP_CHECK(connect_fits, sizeof(atc_quectel_tcpip_connect) <= ATC_MSG_BUF);
ATC__QUECTEL_TCPIP_CHECK(no_carrier_fits, sizeof(atc_quectel_tcpip_no_carrier) <= ATC_MSG_BUF);
ATC__QUECTEL_TCPIP_CHECK(prompt_fits, sizeof(atc_quectel_tcpip_prompt) <= ATC_MSG_BUF);
ATC__QUECTEL_TCPIP_CHECK(at_qicfg_test_fits, sizeof(atc_quectel_tcpip_at_qicfg_test) <= ATC_MSG_BUF);
static const char *const atc__quectel_tcpip_at_qicfg_set_transpktsize_0_values[] = {"\"transpktsize\""};
static const int32_t atc__quectel_tcpip_at_qicfg_set_transpktsize_1_ranges[] = {1, 1460};
static const atc_field_desc atc__quectel_tcpip_at_qicfg_set_transpktsize_fields[] = {
    { "\"transpktsize\"", ATC_T_LITERAL, 0, 0, 0, 0, 0, 1, NULL, atc__quectel_tcpip_at_qicfg_set_transpktsize_0_values, 0, -1, 0, NULL, NULL, 0, 0 },
    { "transpktsize", ATC_T_INT, ATC_F_OPTIONAL, offsetof(atc_quectel_tcpip_at_qicfg_set_transpktsize, transpktsize), offsetof(atc_quectel_tcpip_at_qicfg_set_transpktsize, has_transpktsize), 0, 1, 0, atc__quectel_tcpip_at_qicfg_set_transpktsize_1_ranges, NULL, 0, -1, 0, NULL, NULL, 0, 0 },
};
static const uint32_t atc__quectel_tcpip_at_qicfg_set_transpktsize_shapes[] = {0x1u, 0x3u};
ATC__QUECTEL_TCPIP_CHECK(at_qicfg_set_transpktsize_fits, sizeof(atc_quectel_tcpip_at_qicfg_set_transpktsize) <= ATC_MSG_BUF);
static const char *const atc__quectel_tcpip_at_qicfg_set_transwaittm_0_values[] = {"\"transwaittm\""};
static const int32_t atc__quectel_tcpip_at_qicfg_set_transwaittm_1_ranges[] = {0, 20};
static const atc_field_desc atc__quectel_tcpip_at_qicfg_set_transwaittm_fields[] = {
    { "\"transwaittm\"", ATC_T_LITERAL, 0, 0, 0, 0, 0, 1, NULL, atc__quectel_tcpip_at_qicfg_set_transwaittm_0_values, 0, -1, 0, NULL, NULL, 0, 0 },
    { "transwaittm", ATC_T_INT, ATC_F_OPTIONAL, offsetof(atc_quectel_tcpip_at_qicfg_set_transwaittm, transwaittm), offsetof(atc_quectel_tcpip_at_qicfg_set_transwaittm, has_transwaittm), 0, 1, 0, atc__quectel_tcpip_at_qicfg_set_transwaittm_1_ranges, NULL, 0, -1, 0, NULL, NULL, 0, 0 },
};
static const uint32_t atc__quectel_tcpip_at_qicfg_set_transwaittm_shapes[] = {0x1u, 0x3u};
ATC__QUECTEL_TCPIP_CHECK(at_qicfg_set_transwaittm_fits, sizeof(atc_quectel_tcpip_at_qicfg_set_transwaittm) <= ATC_MSG_BUF);
static const char *const atc__quectel_tcpip_at_qicfg_set_dataformat_0_values[] = {"\"dataformat\""};
static const int32_t atc__quectel_tcpip_at_qicfg_set_dataformat_1_ranges[] = {0, 0, 1, 1};
static const int32_t atc__quectel_tcpip_at_qicfg_set_dataformat_2_ranges[] = {0, 0, 1, 1};
static const atc_field_desc atc__quectel_tcpip_at_qicfg_set_dataformat_fields[] = {
    { "\"dataformat\"", ATC_T_LITERAL, 0, 0, 0, 0, 0, 1, NULL, atc__quectel_tcpip_at_qicfg_set_dataformat_0_values, 0, -1, 0, NULL, NULL, 0, 0 },
    { "send_data_format", ATC_T_INT, ATC_F_OPTIONAL, offsetof(atc_quectel_tcpip_at_qicfg_set_dataformat, send_data_format), offsetof(atc_quectel_tcpip_at_qicfg_set_dataformat, has_send_data_format), 0, 2, 0, atc__quectel_tcpip_at_qicfg_set_dataformat_1_ranges, NULL, 0, -1, 0, NULL, NULL, 0, 0 },
    { "recv_data_format", ATC_T_INT, ATC_F_OPTIONAL, offsetof(atc_quectel_tcpip_at_qicfg_set_dataformat, recv_data_format), offsetof(atc_quectel_tcpip_at_qicfg_set_dataformat, has_recv_data_format), 0, 2, 0, atc__quectel_tcpip_at_qicfg_set_dataformat_2_ranges, NULL, 0, -1, 0, NULL, NULL, 0, 0 },
};
static const uint32_t atc__quectel_tcpip_at_qicfg_set_dataformat_shapes[] = {0x1u, 0x7u};
ATC__QUECTEL_TCPIP_CHECK(at_qicfg_set_dataformat_fits, sizeof(atc_quectel_tcpip_at_qicfg_set_dataformat) <= ATC_MSG_BUF);
static const char *const atc__quectel_tcpip_at_qicfg_set_viewmode_0_values[] = {"\"viewmode\""};
static const int32_t atc__quectel_tcpip_at_qicfg_set_viewmode_1_ranges[] = {0, 0, 1, 1};
static const atc_field_desc atc__quectel_tcpip_at_qicfg_set_viewmode_fields[] = {
    { "\"viewmode\"", ATC_T_LITERAL, 0, 0, 0, 0, 0, 1, NULL, atc__quectel_tcpip_at_qicfg_set_viewmode_0_values, 0, -1, 0, NULL, NULL, 0, 0 },
    { "view_mode", ATC_T_INT, ATC_F_OPTIONAL, offsetof(atc_quectel_tcpip_at_qicfg_set_viewmode, view_mode), offsetof(atc_quectel_tcpip_at_qicfg_set_viewmode, has_view_mode), 0, 2, 0, atc__quectel_tcpip_at_qicfg_set_viewmode_1_ranges, NULL, 0, -1, 0, NULL, NULL, 0, 0 },
};
static const uint32_t atc__quectel_tcpip_at_qicfg_set_viewmode_shapes[] = {0x1u, 0x3u};
ATC__QUECTEL_TCPIP_CHECK(at_qicfg_set_viewmode_fits, sizeof(atc_quectel_tcpip_at_qicfg_set_viewmode) <= ATC_MSG_BUF);
static const char *const atc__quectel_tcpip_at_qicfg_set_udp_sendmode_0_values[] = {"\"udp/sendmode\""};
static const int32_t atc__quectel_tcpip_at_qicfg_set_udp_sendmode_1_ranges[] = {0, 0, 1, 1};
static const atc_field_desc atc__quectel_tcpip_at_qicfg_set_udp_sendmode_fields[] = {
    { "\"udp/sendmode\"", ATC_T_LITERAL, 0, 0, 0, 0, 0, 1, NULL, atc__quectel_tcpip_at_qicfg_set_udp_sendmode_0_values, 0, -1, 0, NULL, NULL, 0, 0 },
    { "mode", ATC_T_INT, ATC_F_OPTIONAL, offsetof(atc_quectel_tcpip_at_qicfg_set_udp_sendmode, mode), offsetof(atc_quectel_tcpip_at_qicfg_set_udp_sendmode, has_mode), 0, 2, 0, atc__quectel_tcpip_at_qicfg_set_udp_sendmode_1_ranges, NULL, 0, -1, 0, NULL, NULL, 0, 0 },
};
static const uint32_t atc__quectel_tcpip_at_qicfg_set_udp_sendmode_shapes[] = {0x1u, 0x3u};
ATC__QUECTEL_TCPIP_CHECK(at_qicfg_set_udp_sendmode_fits, sizeof(atc_quectel_tcpip_at_qicfg_set_udp_sendmode) <= ATC_MSG_BUF);
static const char *const atc__quectel_tcpip_at_qicfg_set_udp_readmode_0_values[] = {"\"udp/readmode\""};
static const int32_t atc__quectel_tcpip_at_qicfg_set_udp_readmode_1_ranges[] = {0, 0, 1, 1};
static const atc_field_desc atc__quectel_tcpip_at_qicfg_set_udp_readmode_fields[] = {
    { "\"udp/readmode\"", ATC_T_LITERAL, 0, 0, 0, 0, 0, 1, NULL, atc__quectel_tcpip_at_qicfg_set_udp_readmode_0_values, 0, -1, 0, NULL, NULL, 0, 0 },
    { "mode", ATC_T_INT, ATC_F_OPTIONAL, offsetof(atc_quectel_tcpip_at_qicfg_set_udp_readmode, mode), offsetof(atc_quectel_tcpip_at_qicfg_set_udp_readmode, has_mode), 0, 2, 0, atc__quectel_tcpip_at_qicfg_set_udp_readmode_1_ranges, NULL, 0, -1, 0, NULL, NULL, 0, 0 },
};
static const uint32_t atc__quectel_tcpip_at_qicfg_set_udp_readmode_shapes[] = {0x1u, 0x3u};
ATC__QUECTEL_TCPIP_CHECK(at_qicfg_set_udp_readmode_fits, sizeof(atc_quectel_tcpip_at_qicfg_set_udp_readmode) <= ATC_MSG_BUF);
static const char *const atc__quectel_tcpip_at_qicfg_set_tcp_accept_0_values[] = {"\"tcp/accept\""};
static const int32_t atc__quectel_tcpip_at_qicfg_set_tcp_accept_1_ranges[] = {0, 0, 1, 1};
static const atc_field_desc atc__quectel_tcpip_at_qicfg_set_tcp_accept_fields[] = {
    { "\"tcp/accept\"", ATC_T_LITERAL, 0, 0, 0, 0, 0, 1, NULL, atc__quectel_tcpip_at_qicfg_set_tcp_accept_0_values, 0, -1, 0, NULL, NULL, 0, 0 },
    { "accept", ATC_T_INT, ATC_F_OPTIONAL, offsetof(atc_quectel_tcpip_at_qicfg_set_tcp_accept, accept), offsetof(atc_quectel_tcpip_at_qicfg_set_tcp_accept, has_accept), 0, 2, 0, atc__quectel_tcpip_at_qicfg_set_tcp_accept_1_ranges, NULL, 0, -1, 0, NULL, NULL, 0, 0 },
};
static const uint32_t atc__quectel_tcpip_at_qicfg_set_tcp_accept_shapes[] = {0x1u, 0x3u};
ATC__QUECTEL_TCPIP_CHECK(at_qicfg_set_tcp_accept_fits, sizeof(atc_quectel_tcpip_at_qicfg_set_tcp_accept) <= ATC_MSG_BUF);
static const char *const atc__quectel_tcpip_at_qicfg_set_passiveclosed_0_values[] = {"\"passiveclosed\""};
static const int32_t atc__quectel_tcpip_at_qicfg_set_passiveclosed_1_ranges[] = {0, 0, 1, 1};
static const atc_field_desc atc__quectel_tcpip_at_qicfg_set_passiveclosed_fields[] = {
    { "\"passiveclosed\"", ATC_T_LITERAL, 0, 0, 0, 0, 0, 1, NULL, atc__quectel_tcpip_at_qicfg_set_passiveclosed_0_values, 0, -1, 0, NULL, NULL, 0, 0 },
    { "closed", ATC_T_INT, ATC_F_OPTIONAL, offsetof(atc_quectel_tcpip_at_qicfg_set_passiveclosed, closed), offsetof(atc_quectel_tcpip_at_qicfg_set_passiveclosed, has_closed), 0, 2, 0, atc__quectel_tcpip_at_qicfg_set_passiveclosed_1_ranges, NULL, 0, -1, 0, NULL, NULL, 0, 0 },
};
static const uint32_t atc__quectel_tcpip_at_qicfg_set_passiveclosed_shapes[] = {0x1u, 0x3u};
ATC__QUECTEL_TCPIP_CHECK(at_qicfg_set_passiveclosed_fits, sizeof(atc_quectel_tcpip_at_qicfg_set_passiveclosed) <= ATC_MSG_BUF);
static const char *const atc__quectel_tcpip_at_qicfg_set_close_mode_0_values[] = {"\"close/mode\""};
static const int32_t atc__quectel_tcpip_at_qicfg_set_close_mode_1_ranges[] = {0, 0, 1, 1};
static const atc_field_desc atc__quectel_tcpip_at_qicfg_set_close_mode_fields[] = {
    { "\"close/mode\"", ATC_T_LITERAL, 0, 0, 0, 0, 0, 1, NULL, atc__quectel_tcpip_at_qicfg_set_close_mode_0_values, 0, -1, 0, NULL, NULL, 0, 0 },
    { "close_mode", ATC_T_INT, ATC_F_OPTIONAL, offsetof(atc_quectel_tcpip_at_qicfg_set_close_mode, close_mode), offsetof(atc_quectel_tcpip_at_qicfg_set_close_mode, has_close_mode), 0, 2, 0, atc__quectel_tcpip_at_qicfg_set_close_mode_1_ranges, NULL, 0, -1, 0, NULL, NULL, 0, 0 },
};
static const uint32_t atc__quectel_tcpip_at_qicfg_set_close_mode_shapes[] = {0x1u, 0x3u};
ATC__QUECTEL_TCPIP_CHECK(at_qicfg_set_close_mode_fits, sizeof(atc_quectel_tcpip_at_qicfg_set_close_mode) <= ATC_MSG_BUF);
static const char *const atc__quectel_tcpip_at_qicfg_set_recvind_0_values[] = {"\"recvind\""};
static const int32_t atc__quectel_tcpip_at_qicfg_set_recvind_1_ranges[] = {0, 0, 1, 1};
static const atc_field_desc atc__quectel_tcpip_at_qicfg_set_recvind_fields[] = {
    { "\"recvind\"", ATC_T_LITERAL, 0, 0, 0, 0, 0, 1, NULL, atc__quectel_tcpip_at_qicfg_set_recvind_0_values, 0, -1, 0, NULL, NULL, 0, 0 },
    { "show_length", ATC_T_INT, ATC_F_OPTIONAL, offsetof(atc_quectel_tcpip_at_qicfg_set_recvind, show_length), offsetof(atc_quectel_tcpip_at_qicfg_set_recvind, has_show_length), 0, 2, 0, atc__quectel_tcpip_at_qicfg_set_recvind_1_ranges, NULL, 0, -1, 0, NULL, NULL, 0, 0 },
};
static const uint32_t atc__quectel_tcpip_at_qicfg_set_recvind_shapes[] = {0x1u, 0x3u};
ATC__QUECTEL_TCPIP_CHECK(at_qicfg_set_recvind_fits, sizeof(atc_quectel_tcpip_at_qicfg_set_recvind) <= ATC_MSG_BUF);
static const char *const atc__quectel_tcpip_at_qicfg_set_tcp_keepalive_0_values[] = {"\"tcp/keepalive\""};
static const int32_t atc__quectel_tcpip_at_qicfg_set_tcp_keepalive_1_ranges[] = {0, 0, 1, 1};
static const int32_t atc__quectel_tcpip_at_qicfg_set_tcp_keepalive_2_ranges[] = {1, 1800};
static const int32_t atc__quectel_tcpip_at_qicfg_set_tcp_keepalive_3_ranges[] = {25, 100};
static const int32_t atc__quectel_tcpip_at_qicfg_set_tcp_keepalive_4_ranges[] = {3, 10};
static const atc_field_desc atc__quectel_tcpip_at_qicfg_set_tcp_keepalive_fields[] = {
    { "\"tcp/keepalive\"", ATC_T_LITERAL, 0, 0, 0, 0, 0, 1, NULL, atc__quectel_tcpip_at_qicfg_set_tcp_keepalive_0_values, 0, -1, 0, NULL, NULL, 0, 0 },
    { "enable", ATC_T_INT, ATC_F_OPTIONAL, offsetof(atc_quectel_tcpip_at_qicfg_set_tcp_keepalive, enable), offsetof(atc_quectel_tcpip_at_qicfg_set_tcp_keepalive, has_enable), 0, 2, 0, atc__quectel_tcpip_at_qicfg_set_tcp_keepalive_1_ranges, NULL, 0, -1, 0, NULL, NULL, 0, 0 },
    { "idle_time", ATC_T_INT, ATC_F_OPTIONAL, offsetof(atc_quectel_tcpip_at_qicfg_set_tcp_keepalive, idle_time), offsetof(atc_quectel_tcpip_at_qicfg_set_tcp_keepalive, has_idle_time), 0, 1, 0, atc__quectel_tcpip_at_qicfg_set_tcp_keepalive_2_ranges, NULL, 0, -1, 0, NULL, NULL, 0, 0 },
    { "interval_time", ATC_T_INT, ATC_F_OPTIONAL, offsetof(atc_quectel_tcpip_at_qicfg_set_tcp_keepalive, interval_time), offsetof(atc_quectel_tcpip_at_qicfg_set_tcp_keepalive, has_interval_time), 0, 1, 0, atc__quectel_tcpip_at_qicfg_set_tcp_keepalive_3_ranges, NULL, 0, -1, 0, NULL, NULL, 0, 0 },
    { "probe_cnt", ATC_T_INT, ATC_F_OPTIONAL, offsetof(atc_quectel_tcpip_at_qicfg_set_tcp_keepalive, probe_cnt), offsetof(atc_quectel_tcpip_at_qicfg_set_tcp_keepalive, has_probe_cnt), 0, 1, 0, atc__quectel_tcpip_at_qicfg_set_tcp_keepalive_4_ranges, NULL, 0, -1, 0, NULL, NULL, 0, 0 },
};
static const uint32_t atc__quectel_tcpip_at_qicfg_set_tcp_keepalive_shapes[] = {0x1u, 0x3u, 0x1fu};
ATC__QUECTEL_TCPIP_CHECK(at_qicfg_set_tcp_keepalive_fits, sizeof(atc_quectel_tcpip_at_qicfg_set_tcp_keepalive) <= ATC_MSG_BUF);
static const char *const atc__quectel_tcpip_at_qicfg_set_tcp_retranscfg_0_values[] = {"\"tcp/retranscfg\""};
static const int32_t atc__quectel_tcpip_at_qicfg_set_tcp_retranscfg_1_ranges[] = {3, 12};
static const int32_t atc__quectel_tcpip_at_qicfg_set_tcp_retranscfg_2_ranges[] = {1, 60};
static const atc_field_desc atc__quectel_tcpip_at_qicfg_set_tcp_retranscfg_fields[] = {
    { "\"tcp/retranscfg\"", ATC_T_LITERAL, 0, 0, 0, 0, 0, 1, NULL, atc__quectel_tcpip_at_qicfg_set_tcp_retranscfg_0_values, 0, -1, 0, NULL, NULL, 0, 0 },
    { "retrains_cnt", ATC_T_INT, ATC_F_OPTIONAL, offsetof(atc_quectel_tcpip_at_qicfg_set_tcp_retranscfg, retrains_cnt), offsetof(atc_quectel_tcpip_at_qicfg_set_tcp_retranscfg, has_retrains_cnt), 0, 1, 0, atc__quectel_tcpip_at_qicfg_set_tcp_retranscfg_1_ranges, NULL, 0, -1, 0, NULL, NULL, 0, 0 },
    { "retrains_period", ATC_T_INT, ATC_F_OPTIONAL, offsetof(atc_quectel_tcpip_at_qicfg_set_tcp_retranscfg, retrains_period), offsetof(atc_quectel_tcpip_at_qicfg_set_tcp_retranscfg, has_retrains_period), 0, 1, 0, atc__quectel_tcpip_at_qicfg_set_tcp_retranscfg_2_ranges, NULL, 0, -1, 0, NULL, NULL, 0, 0 },
};
static const uint32_t atc__quectel_tcpip_at_qicfg_set_tcp_retranscfg_shapes[] = {0x1u, 0x7u};
ATC__QUECTEL_TCPIP_CHECK(at_qicfg_set_tcp_retranscfg_fits, sizeof(atc_quectel_tcpip_at_qicfg_set_tcp_retranscfg) <= ATC_MSG_BUF);
static const char *const atc__quectel_tcpip_at_qicfg_set_send_auto_0_values[] = {"\"send/auto\""};
static const int32_t atc__quectel_tcpip_at_qicfg_set_send_auto_1_ranges[] = {0, 11};
static const int32_t atc__quectel_tcpip_at_qicfg_set_send_auto_2_ranges[] = {0, 0, 20, 65535};
static const int32_t atc__quectel_tcpip_at_qicfg_set_send_auto_4_ranges[] = {0, 0, 1, 1};
static const atc_field_desc atc__quectel_tcpip_at_qicfg_set_send_auto_fields[] = {
    { "\"send/auto\"", ATC_T_LITERAL, 0, 0, 0, 0, 0, 1, NULL, atc__quectel_tcpip_at_qicfg_set_send_auto_0_values, 0, -1, 0, NULL, NULL, 0, 0 },
    { "connect_id", ATC_T_INT, ATC_F_OPTIONAL, offsetof(atc_quectel_tcpip_at_qicfg_set_send_auto, connect_id), offsetof(atc_quectel_tcpip_at_qicfg_set_send_auto, has_connect_id), 0, 1, 0, atc__quectel_tcpip_at_qicfg_set_send_auto_1_ranges, NULL, 0, -1, 0, NULL, NULL, 0, 0 },
    { "period", ATC_T_INT, ATC_F_OPTIONAL, offsetof(atc_quectel_tcpip_at_qicfg_set_send_auto, period), offsetof(atc_quectel_tcpip_at_qicfg_set_send_auto, has_period), 0, 2, 0, atc__quectel_tcpip_at_qicfg_set_send_auto_2_ranges, NULL, 0, -1, 0, NULL, NULL, 0, 0 },
    { "msg_auto", ATC_T_STRING, ATC_F_OPTIONAL, offsetof(atc_quectel_tcpip_at_qicfg_set_send_auto, msg_auto), offsetof(atc_quectel_tcpip_at_qicfg_set_send_auto, has_msg_auto), 400, 0, 0, NULL, NULL, 0, -1, 0, NULL, NULL, 0, 0 },
    { "first_send", ATC_T_INT, ATC_F_OPTIONAL, offsetof(atc_quectel_tcpip_at_qicfg_set_send_auto, first_send), offsetof(atc_quectel_tcpip_at_qicfg_set_send_auto, has_first_send), 0, 2, 0, atc__quectel_tcpip_at_qicfg_set_send_auto_4_ranges, NULL, 0, -1, 0, NULL, NULL, 0, 0 },
};
static const uint32_t atc__quectel_tcpip_at_qicfg_set_send_auto_shapes[] = {0x1u, 0x3u, 0x7u, 0xfu, 0x1fu};
ATC__QUECTEL_TCPIP_CHECK(at_qicfg_set_send_auto_fits, sizeof(atc_quectel_tcpip_at_qicfg_set_send_auto) <= ATC_MSG_BUF);
static const char *const atc__quectel_tcpip_at_qicfg_set_formatcfg_0_values[] = {"\"formatcfg\""};
static const int32_t atc__quectel_tcpip_at_qicfg_set_formatcfg_1_ranges[] = {0, 0, 1, 1};
static const atc_field_desc atc__quectel_tcpip_at_qicfg_set_formatcfg_fields[] = {
    { "\"formatcfg\"", ATC_T_LITERAL, 0, 0, 0, 0, 0, 1, NULL, atc__quectel_tcpip_at_qicfg_set_formatcfg_0_values, 0, -1, 0, NULL, NULL, 0, 0 },
    { "format", ATC_T_INT, ATC_F_OPTIONAL, offsetof(atc_quectel_tcpip_at_qicfg_set_formatcfg, format), offsetof(atc_quectel_tcpip_at_qicfg_set_formatcfg, has_format), 0, 2, 0, atc__quectel_tcpip_at_qicfg_set_formatcfg_1_ranges, NULL, 0, -1, 0, NULL, NULL, 0, 0 },
};
static const uint32_t atc__quectel_tcpip_at_qicfg_set_formatcfg_shapes[] = {0x1u, 0x3u};
ATC__QUECTEL_TCPIP_CHECK(at_qicfg_set_formatcfg_fits, sizeof(atc_quectel_tcpip_at_qicfg_set_formatcfg) <= ATC_MSG_BUF);
static const char *const atc__quectel_tcpip_at_qicfg_set_qisend_timeout_0_values[] = {"\"qisend/timeout\""};
static const int32_t atc__quectel_tcpip_at_qicfg_set_qisend_timeout_1_ranges[] = {0, 120};
static const atc_field_desc atc__quectel_tcpip_at_qicfg_set_qisend_timeout_fields[] = {
    { "\"qisend/timeout\"", ATC_T_LITERAL, 0, 0, 0, 0, 0, 1, NULL, atc__quectel_tcpip_at_qicfg_set_qisend_timeout_0_values, 0, -1, 0, NULL, NULL, 0, 0 },
    { "timeout", ATC_T_INT, ATC_F_OPTIONAL, offsetof(atc_quectel_tcpip_at_qicfg_set_qisend_timeout, timeout), offsetof(atc_quectel_tcpip_at_qicfg_set_qisend_timeout, has_timeout), 0, 1, 0, atc__quectel_tcpip_at_qicfg_set_qisend_timeout_1_ranges, NULL, 0, -1, 0, NULL, NULL, 0, 0 },
};
static const uint32_t atc__quectel_tcpip_at_qicfg_set_qisend_timeout_shapes[] = {0x1u, 0x3u};
ATC__QUECTEL_TCPIP_CHECK(at_qicfg_set_qisend_timeout_fits, sizeof(atc_quectel_tcpip_at_qicfg_set_qisend_timeout) <= ATC_MSG_BUF);
static const char *const atc__quectel_tcpip_at_qicfg_set_tcp_delay_ack_0_values[] = {"\"tcp/delay_ack\""};
static const int32_t atc__quectel_tcpip_at_qicfg_set_tcp_delay_ack_1_ranges[] = {0, 0, 1, 1};
static const atc_field_desc atc__quectel_tcpip_at_qicfg_set_tcp_delay_ack_fields[] = {
    { "\"tcp/delay_ack\"", ATC_T_LITERAL, 0, 0, 0, 0, 0, 1, NULL, atc__quectel_tcpip_at_qicfg_set_tcp_delay_ack_0_values, 0, -1, 0, NULL, NULL, 0, 0 },
    { "delay_ack", ATC_T_INT, ATC_F_OPTIONAL, offsetof(atc_quectel_tcpip_at_qicfg_set_tcp_delay_ack, delay_ack), offsetof(atc_quectel_tcpip_at_qicfg_set_tcp_delay_ack, has_delay_ack), 0, 2, 0, atc__quectel_tcpip_at_qicfg_set_tcp_delay_ack_1_ranges, NULL, 0, -1, 0, NULL, NULL, 0, 0 },
};
static const uint32_t atc__quectel_tcpip_at_qicfg_set_tcp_delay_ack_shapes[] = {0x1u, 0x3u};
ATC__QUECTEL_TCPIP_CHECK(at_qicfg_set_tcp_delay_ack_fits, sizeof(atc_quectel_tcpip_at_qicfg_set_tcp_delay_ack) <= ATC_MSG_BUF);
static const char *const atc__quectel_tcpip_at_qicfg_set_dns_cache_0_values[] = {"\"dns/cache\""};
static const int32_t atc__quectel_tcpip_at_qicfg_set_dns_cache_1_ranges[] = {0, 0, 1, 1};
static const atc_field_desc atc__quectel_tcpip_at_qicfg_set_dns_cache_fields[] = {
    { "\"dns/cache\"", ATC_T_LITERAL, 0, 0, 0, 0, 0, 1, NULL, atc__quectel_tcpip_at_qicfg_set_dns_cache_0_values, 0, -1, 0, NULL, NULL, 0, 0 },
    { "dns_cache", ATC_T_INT, ATC_F_OPTIONAL, offsetof(atc_quectel_tcpip_at_qicfg_set_dns_cache, dns_cache), offsetof(atc_quectel_tcpip_at_qicfg_set_dns_cache, has_dns_cache), 0, 2, 0, atc__quectel_tcpip_at_qicfg_set_dns_cache_1_ranges, NULL, 0, -1, 0, NULL, NULL, 0, 0 },
};
static const uint32_t atc__quectel_tcpip_at_qicfg_set_dns_cache_shapes[] = {0x1u, 0x3u};
ATC__QUECTEL_TCPIP_CHECK(at_qicfg_set_dns_cache_fits, sizeof(atc_quectel_tcpip_at_qicfg_set_dns_cache) <= ATC_MSG_BUF);
static const char *const atc__quectel_tcpip_at_qicfg_set_tcp_twrecycle_0_values[] = {"\"tcp/twrecycle\""};
static const int32_t atc__quectel_tcpip_at_qicfg_set_tcp_twrecycle_1_ranges[] = {2, 60000};
static const atc_field_desc atc__quectel_tcpip_at_qicfg_set_tcp_twrecycle_fields[] = {
    { "\"tcp/twrecycle\"", ATC_T_LITERAL, 0, 0, 0, 0, 0, 1, NULL, atc__quectel_tcpip_at_qicfg_set_tcp_twrecycle_0_values, 0, -1, 0, NULL, NULL, 0, 0 },
    { "timewait_timeout", ATC_T_INT, ATC_F_OPTIONAL, offsetof(atc_quectel_tcpip_at_qicfg_set_tcp_twrecycle, timewait_timeout), offsetof(atc_quectel_tcpip_at_qicfg_set_tcp_twrecycle, has_timewait_timeout), 0, 1, 0, atc__quectel_tcpip_at_qicfg_set_tcp_twrecycle_1_ranges, NULL, 0, -1, 0, NULL, NULL, 0, 0 },
};
static const uint32_t atc__quectel_tcpip_at_qicfg_set_tcp_twrecycle_shapes[] = {0x1u, 0x3u};
ATC__QUECTEL_TCPIP_CHECK(at_qicfg_set_tcp_twrecycle_fits, sizeof(atc_quectel_tcpip_at_qicfg_set_tcp_twrecycle) <= ATC_MSG_BUF);
static const char *const atc__quectel_tcpip_at_qicfg_set_dns_retry_0_values[] = {"\"dns/retry\""};
static const int32_t atc__quectel_tcpip_at_qicfg_set_dns_retry_1_ranges[] = {1, 4};
static const int32_t atc__quectel_tcpip_at_qicfg_set_dns_retry_2_ranges[] = {100, 2000};
static const atc_field_desc atc__quectel_tcpip_at_qicfg_set_dns_retry_fields[] = {
    { "\"dns/retry\"", ATC_T_LITERAL, 0, 0, 0, 0, 0, 1, NULL, atc__quectel_tcpip_at_qicfg_set_dns_retry_0_values, 0, -1, 0, NULL, NULL, 0, 0 },
    { "retry_ack", ATC_T_INT, ATC_F_OPTIONAL, offsetof(atc_quectel_tcpip_at_qicfg_set_dns_retry, retry_ack), offsetof(atc_quectel_tcpip_at_qicfg_set_dns_retry, has_retry_ack), 0, 1, 0, atc__quectel_tcpip_at_qicfg_set_dns_retry_1_ranges, NULL, 0, -1, 0, NULL, NULL, 0, 0 },
    { "retry_timeout", ATC_T_INT, ATC_F_OPTIONAL, offsetof(atc_quectel_tcpip_at_qicfg_set_dns_retry, retry_timeout), offsetof(atc_quectel_tcpip_at_qicfg_set_dns_retry, has_retry_timeout), 0, 1, 0, atc__quectel_tcpip_at_qicfg_set_dns_retry_2_ranges, NULL, 0, -1, 0, NULL, NULL, 0, 0 },
};
static const uint32_t atc__quectel_tcpip_at_qicfg_set_dns_retry_shapes[] = {0x1u, 0x7u};
ATC__QUECTEL_TCPIP_CHECK(at_qicfg_set_dns_retry_fits, sizeof(atc_quectel_tcpip_at_qicfg_set_dns_retry) <= ATC_MSG_BUF);
ATC__QUECTEL_TCPIP_CHECK(at_qicsgp_test_fits, sizeof(atc_quectel_tcpip_at_qicsgp_test) <= ATC_MSG_BUF);
static const int32_t atc__quectel_tcpip_at_qicsgp_set_0_ranges[] = {1, 15};
static const int32_t atc__quectel_tcpip_at_qicsgp_set_1_ranges[] = {1, 1, 2, 2, 3, 3};
static const int32_t atc__quectel_tcpip_at_qicsgp_set_5_ranges[] = {0, 0, 1, 1, 2, 2, 3, 3};
static const atc_field_desc atc__quectel_tcpip_at_qicsgp_set_fields[] = {
    { "context_id", ATC_T_INT, 0, offsetof(atc_quectel_tcpip_at_qicsgp_set, context_id), 0, 0, 1, 0, atc__quectel_tcpip_at_qicsgp_set_0_ranges, NULL, 0, -1, 0, NULL, NULL, 0, 0 },
    { "context_type", ATC_T_INT, ATC_F_OPTIONAL, offsetof(atc_quectel_tcpip_at_qicsgp_set, context_type), offsetof(atc_quectel_tcpip_at_qicsgp_set, has_context_type), 0, 3, 0, atc__quectel_tcpip_at_qicsgp_set_1_ranges, NULL, 0, -1, 0, NULL, NULL, 0, 0 },
    { "apn", ATC_T_STRING, ATC_F_OPTIONAL, offsetof(atc_quectel_tcpip_at_qicsgp_set, apn), offsetof(atc_quectel_tcpip_at_qicsgp_set, has_apn), 0, 0, 0, NULL, NULL, 0, -1, 0, NULL, NULL, 0, 0 },
    { "username", ATC_T_STRING, ATC_F_OPTIONAL, offsetof(atc_quectel_tcpip_at_qicsgp_set, username), offsetof(atc_quectel_tcpip_at_qicsgp_set, has_username), 127, 0, 0, NULL, NULL, 0, -1, 0, NULL, NULL, 0, 0 },
    { "password", ATC_T_STRING, ATC_F_OPTIONAL, offsetof(atc_quectel_tcpip_at_qicsgp_set, password), offsetof(atc_quectel_tcpip_at_qicsgp_set, has_password), 127, 0, 0, NULL, NULL, 0, -1, 0, NULL, NULL, 0, 0 },
    { "authentication", ATC_T_INT, ATC_F_OPTIONAL, offsetof(atc_quectel_tcpip_at_qicsgp_set, authentication), offsetof(atc_quectel_tcpip_at_qicsgp_set, has_authentication), 0, 4, 0, atc__quectel_tcpip_at_qicsgp_set_5_ranges, NULL, 0, -1, 0, NULL, NULL, 0, 0 },
};
static const uint32_t atc__quectel_tcpip_at_qicsgp_set_shapes[] = {0x1u, 0x7u, 0x27u, 0x1fu, 0x3fu};
ATC__QUECTEL_TCPIP_CHECK(at_qicsgp_set_fits, sizeof(atc_quectel_tcpip_at_qicsgp_set) <= ATC_MSG_BUF);
ATC__QUECTEL_TCPIP_CHECK(at_qiact_test_fits, sizeof(atc_quectel_tcpip_at_qiact_test) <= ATC_MSG_BUF);
ATC__QUECTEL_TCPIP_CHECK(at_qiact_read_fits, sizeof(atc_quectel_tcpip_at_qiact_read) <= ATC_MSG_BUF);
static const int32_t atc__quectel_tcpip_at_qiact_set_0_ranges[] = {1, 15};
static const atc_field_desc atc__quectel_tcpip_at_qiact_set_fields[] = {
    { "context_id", ATC_T_INT, 0, offsetof(atc_quectel_tcpip_at_qiact_set, context_id), 0, 0, 1, 0, atc__quectel_tcpip_at_qiact_set_0_ranges, NULL, 0, -1, 0, NULL, NULL, 0, 0 },
};
static const uint32_t atc__quectel_tcpip_at_qiact_set_shapes[] = {0x1u};
ATC__QUECTEL_TCPIP_CHECK(at_qiact_set_fits, sizeof(atc_quectel_tcpip_at_qiact_set) <= ATC_MSG_BUF);
ATC__QUECTEL_TCPIP_CHECK(at_qideact_test_fits, sizeof(atc_quectel_tcpip_at_qideact_test) <= ATC_MSG_BUF);
static const int32_t atc__quectel_tcpip_at_qideact_set_0_ranges[] = {1, 15};
static const atc_field_desc atc__quectel_tcpip_at_qideact_set_fields[] = {
    { "context_id", ATC_T_INT, 0, offsetof(atc_quectel_tcpip_at_qideact_set, context_id), 0, 0, 1, 0, atc__quectel_tcpip_at_qideact_set_0_ranges, NULL, 0, -1, 0, NULL, NULL, 0, 0 },
};
static const uint32_t atc__quectel_tcpip_at_qideact_set_shapes[] = {0x1u};
ATC__QUECTEL_TCPIP_CHECK(at_qideact_set_fits, sizeof(atc_quectel_tcpip_at_qideact_set) <= ATC_MSG_BUF);
ATC__QUECTEL_TCPIP_CHECK(at_qiactex_test_fits, sizeof(atc_quectel_tcpip_at_qiactex_test) <= ATC_MSG_BUF);
ATC__QUECTEL_TCPIP_CHECK(at_qiactex_read_fits, sizeof(atc_quectel_tcpip_at_qiactex_read) <= ATC_MSG_BUF);
static const int32_t atc__quectel_tcpip_at_qiactex_set_0_ranges[] = {1, 15};
static const int32_t atc__quectel_tcpip_at_qiactex_set_1_ranges[] = {0, 0, 1, 1};
static const atc_field_desc atc__quectel_tcpip_at_qiactex_set_fields[] = {
    { "context_id", ATC_T_INT, 0, offsetof(atc_quectel_tcpip_at_qiactex_set, context_id), 0, 0, 1, 0, atc__quectel_tcpip_at_qiactex_set_0_ranges, NULL, 0, -1, 0, NULL, NULL, 0, 0 },
    { "view_mode", ATC_T_INT, ATC_F_OPTIONAL, offsetof(atc_quectel_tcpip_at_qiactex_set, view_mode), offsetof(atc_quectel_tcpip_at_qiactex_set, has_view_mode), 0, 2, 0, atc__quectel_tcpip_at_qiactex_set_1_ranges, NULL, 0, -1, 0, NULL, NULL, 0, 0 },
};
static const uint32_t atc__quectel_tcpip_at_qiactex_set_shapes[] = {0x1u, 0x3u};
ATC__QUECTEL_TCPIP_CHECK(at_qiactex_set_fits, sizeof(atc_quectel_tcpip_at_qiactex_set) <= ATC_MSG_BUF);
ATC__QUECTEL_TCPIP_CHECK(at_qideactex_test_fits, sizeof(atc_quectel_tcpip_at_qideactex_test) <= ATC_MSG_BUF);
static const int32_t atc__quectel_tcpip_at_qideactex_set_0_ranges[] = {1, 15};
static const atc_field_desc atc__quectel_tcpip_at_qideactex_set_fields[] = {
    { "context_id", ATC_T_INT, 0, offsetof(atc_quectel_tcpip_at_qideactex_set, context_id), 0, 0, 1, 0, atc__quectel_tcpip_at_qideactex_set_0_ranges, NULL, 0, -1, 0, NULL, NULL, 0, 0 },
};
static const uint32_t atc__quectel_tcpip_at_qideactex_set_shapes[] = {0x1u};
ATC__QUECTEL_TCPIP_CHECK(at_qideactex_set_fits, sizeof(atc_quectel_tcpip_at_qideactex_set) <= ATC_MSG_BUF);
ATC__QUECTEL_TCPIP_CHECK(at_qiopen_test_fits, sizeof(atc_quectel_tcpip_at_qiopen_test) <= ATC_MSG_BUF);
static const int32_t atc__quectel_tcpip_at_qiopen_set_0_ranges[] = {1, 15};
static const int32_t atc__quectel_tcpip_at_qiopen_set_1_ranges[] = {0, 11};
static const char *const atc__quectel_tcpip_at_qiopen_set_2_values[] = {"TCP", "UDP", "TCP LISTENER", "UDP SERVICE"};
static const int32_t atc__quectel_tcpip_at_qiopen_set_4_ranges[] = {0, 65535};
static const int32_t atc__quectel_tcpip_at_qiopen_set_5_ranges[] = {0, 65535};
static const int32_t atc__quectel_tcpip_at_qiopen_set_6_ranges[] = {0, 0, 1, 1, 2, 2};
static const int32_t atc__quectel_tcpip_at_qiopen_set_7_ranges[] = {0, 12};
static const atc_field_desc atc__quectel_tcpip_at_qiopen_set_fields[] = {
    { "context_id", ATC_T_INT, 0, offsetof(atc_quectel_tcpip_at_qiopen_set, context_id), 0, 0, 1, 0, atc__quectel_tcpip_at_qiopen_set_0_ranges, NULL, 0, -1, 0, NULL, NULL, 0, 0 },
    { "connect_id", ATC_T_INT, 0, offsetof(atc_quectel_tcpip_at_qiopen_set, connect_id), 0, 0, 1, 0, atc__quectel_tcpip_at_qiopen_set_1_ranges, NULL, 0, -1, 0, NULL, NULL, 0, 0 },
    { "service_type", ATC_T_STRING, 0, offsetof(atc_quectel_tcpip_at_qiopen_set, service_type), 0, 0, 0, 4, NULL, atc__quectel_tcpip_at_qiopen_set_2_values, 0, -1, 0, NULL, NULL, 0, 0 },
    { "ip_address", ATC_T_STRING, 0, offsetof(atc_quectel_tcpip_at_qiopen_set, ip_address), 0, 0, 0, 0, NULL, NULL, 0, -1, 0, NULL, NULL, 0, 0 },
    { "remote_port", ATC_T_INT, 0, offsetof(atc_quectel_tcpip_at_qiopen_set, remote_port), 0, 0, 1, 0, atc__quectel_tcpip_at_qiopen_set_4_ranges, NULL, 0, -1, 0, NULL, NULL, 0, 0 },
    { "local_port", ATC_T_INT, ATC_F_OPTIONAL, offsetof(atc_quectel_tcpip_at_qiopen_set, local_port), offsetof(atc_quectel_tcpip_at_qiopen_set, has_local_port), 0, 1, 0, atc__quectel_tcpip_at_qiopen_set_5_ranges, NULL, 0, -1, 0, NULL, NULL, 0, 0 },
    { "access_mode", ATC_T_INT, ATC_F_OPTIONAL, offsetof(atc_quectel_tcpip_at_qiopen_set, access_mode), offsetof(atc_quectel_tcpip_at_qiopen_set, has_access_mode), 0, 3, 0, atc__quectel_tcpip_at_qiopen_set_6_ranges, NULL, 0, -1, 0, NULL, NULL, 0, 0 },
    { "tcp_client_maxnum", ATC_T_INT, ATC_F_OPTIONAL, offsetof(atc_quectel_tcpip_at_qiopen_set, tcp_client_maxnum), offsetof(atc_quectel_tcpip_at_qiopen_set, has_tcp_client_maxnum), 0, 1, 0, atc__quectel_tcpip_at_qiopen_set_7_ranges, NULL, 0, -1, 0, NULL, NULL, 0, 0 },
};
static const uint32_t atc__quectel_tcpip_at_qiopen_set_shapes[] = {0x1fu, 0x3fu, 0x7fu, 0xffu};
ATC__QUECTEL_TCPIP_CHECK(at_qiopen_set_fits, sizeof(atc_quectel_tcpip_at_qiopen_set) <= ATC_MSG_BUF);
ATC__QUECTEL_TCPIP_CHECK(at_qiclose_test_fits, sizeof(atc_quectel_tcpip_at_qiclose_test) <= ATC_MSG_BUF);
static const int32_t atc__quectel_tcpip_at_qiclose_set_0_ranges[] = {0, 11};
static const int32_t atc__quectel_tcpip_at_qiclose_set_1_ranges[] = {0, 65535};
static const atc_field_desc atc__quectel_tcpip_at_qiclose_set_fields[] = {
    { "connect_id", ATC_T_INT, 0, offsetof(atc_quectel_tcpip_at_qiclose_set, connect_id), 0, 0, 1, 0, atc__quectel_tcpip_at_qiclose_set_0_ranges, NULL, 0, -1, 0, NULL, NULL, 0, 0 },
    { "timeout", ATC_T_INT, ATC_F_OPTIONAL, offsetof(atc_quectel_tcpip_at_qiclose_set, timeout), offsetof(atc_quectel_tcpip_at_qiclose_set, has_timeout), 0, 1, 0, atc__quectel_tcpip_at_qiclose_set_1_ranges, NULL, 0, -1, 0, NULL, NULL, 0, 0 },
};
static const uint32_t atc__quectel_tcpip_at_qiclose_set_shapes[] = {0x1u, 0x3u};
ATC__QUECTEL_TCPIP_CHECK(at_qiclose_set_fits, sizeof(atc_quectel_tcpip_at_qiclose_set) <= ATC_MSG_BUF);
ATC__QUECTEL_TCPIP_CHECK(at_qistate_test_fits, sizeof(atc_quectel_tcpip_at_qistate_test) <= ATC_MSG_BUF);
ATC__QUECTEL_TCPIP_CHECK(at_qistate_read_fits, sizeof(atc_quectel_tcpip_at_qistate_read) <= ATC_MSG_BUF);
static const int32_t atc__quectel_tcpip_at_qistate_set_0_ranges[] = {0, 0, 1, 1};
static const int32_t atc__quectel_tcpip_at_qistate_set_1_ranges[] = {0, 15};
static const atc_field_desc atc__quectel_tcpip_at_qistate_set_fields[] = {
    { "query_type", ATC_T_INT, 0, offsetof(atc_quectel_tcpip_at_qistate_set, query_type), 0, 0, 2, 0, atc__quectel_tcpip_at_qistate_set_0_ranges, NULL, 0, -1, 0, NULL, NULL, 0, 0 },
    { "id", ATC_T_INT, 0, offsetof(atc_quectel_tcpip_at_qistate_set, id), 0, 0, 1, 0, atc__quectel_tcpip_at_qistate_set_1_ranges, NULL, 0, -1, 0, NULL, NULL, 0, 0 },
};
static const uint32_t atc__quectel_tcpip_at_qistate_set_shapes[] = {0x3u};
ATC__QUECTEL_TCPIP_CHECK(at_qistate_set_fits, sizeof(atc_quectel_tcpip_at_qistate_set) <= ATC_MSG_BUF);
ATC__QUECTEL_TCPIP_CHECK(at_qistate_exec_fits, sizeof(atc_quectel_tcpip_at_qistate_exec) <= ATC_MSG_BUF);
ATC__QUECTEL_TCPIP_CHECK(at_qisend_test_fits, sizeof(atc_quectel_tcpip_at_qisend_test) <= ATC_MSG_BUF);
static const int32_t atc__quectel_tcpip_at_qisend_set_0_ranges[] = {0, 11};
static const int32_t atc__quectel_tcpip_at_qisend_set_1_ranges[] = {0, 1460};
static const int32_t atc__quectel_tcpip_at_qisend_set_3_ranges[] = {0, 65535};
static const atc_field_desc atc__quectel_tcpip_at_qisend_set_fields[] = {
    { "connect_id", ATC_T_INT, 0, offsetof(atc_quectel_tcpip_at_qisend_set, connect_id), 0, 0, 1, 0, atc__quectel_tcpip_at_qisend_set_0_ranges, NULL, 0, -1, 0, NULL, NULL, 0, 0 },
    { "send_length", ATC_T_INT, ATC_F_OPTIONAL, offsetof(atc_quectel_tcpip_at_qisend_set, send_length), offsetof(atc_quectel_tcpip_at_qisend_set, has_send_length), 0, 1, 0, atc__quectel_tcpip_at_qisend_set_1_ranges, NULL, 0, -1, 0, NULL, NULL, 0, 0 },
    { "remote_ip", ATC_T_STRING, ATC_F_OPTIONAL, offsetof(atc_quectel_tcpip_at_qisend_set, remote_ip), offsetof(atc_quectel_tcpip_at_qisend_set, has_remote_ip), 0, 0, 0, NULL, NULL, 64, -1, 0, NULL, NULL, 0, 0 },
    { "remote_port", ATC_T_INT, ATC_F_OPTIONAL, offsetof(atc_quectel_tcpip_at_qisend_set, remote_port), offsetof(atc_quectel_tcpip_at_qisend_set, has_remote_port), 0, 1, 0, atc__quectel_tcpip_at_qisend_set_3_ranges, NULL, 0, -1, 0, NULL, NULL, 0, 0 },
};
static const uint32_t atc__quectel_tcpip_at_qisend_set_shapes[] = {0x1u, 0x3u, 0xfu};
static const atc_prompt_desc atc__quectel_tcpip_at_qisend_set_prompt[] = {
    {1, 1, 0, 1, 0, -1, NULL, -1, 0},
    {-1, 0, 0, 0, 0, 1, "\032", 27, 1460},
};
ATC__QUECTEL_TCPIP_CHECK(at_qisend_set_fits, sizeof(atc_quectel_tcpip_at_qisend_set) <= ATC_MSG_BUF);
ATC__QUECTEL_TCPIP_CHECK(at_qird_test_fits, sizeof(atc_quectel_tcpip_at_qird_test) <= ATC_MSG_BUF);
static const int32_t atc__quectel_tcpip_at_qird_set_0_ranges[] = {0, 11};
static const int32_t atc__quectel_tcpip_at_qird_set_1_ranges[] = {0, 1500};
static const atc_field_desc atc__quectel_tcpip_at_qird_set_fields[] = {
    { "connect_id", ATC_T_INT, 0, offsetof(atc_quectel_tcpip_at_qird_set, connect_id), 0, 0, 1, 0, atc__quectel_tcpip_at_qird_set_0_ranges, NULL, 0, -1, 0, NULL, NULL, 0, 0 },
    { "read_length", ATC_T_INT, ATC_F_OPTIONAL, offsetof(atc_quectel_tcpip_at_qird_set, read_length), offsetof(atc_quectel_tcpip_at_qird_set, has_read_length), 0, 1, 0, atc__quectel_tcpip_at_qird_set_1_ranges, NULL, 0, -1, 0, NULL, NULL, 0, 0 },
};
static const uint32_t atc__quectel_tcpip_at_qird_set_shapes[] = {0x1u, 0x3u};
ATC__QUECTEL_TCPIP_CHECK(at_qird_set_fits, sizeof(atc_quectel_tcpip_at_qird_set) <= ATC_MSG_BUF);
ATC__QUECTEL_TCPIP_CHECK(at_qisendex_test_fits, sizeof(atc_quectel_tcpip_at_qisendex_test) <= ATC_MSG_BUF);
static const int32_t atc__quectel_tcpip_at_qisendex_set_0_ranges[] = {0, 11};
static const atc_field_desc atc__quectel_tcpip_at_qisendex_set_fields[] = {
    { "connect_id", ATC_T_INT, 0, offsetof(atc_quectel_tcpip_at_qisendex_set, connect_id), 0, 0, 1, 0, atc__quectel_tcpip_at_qisendex_set_0_ranges, NULL, 0, -1, 0, NULL, NULL, 0, 0 },
    { "hex_string", ATC_T_STRING, 0, offsetof(atc_quectel_tcpip_at_qisendex_set, hex_string), 0, 512, 0, 0, NULL, NULL, 0, -1, 0, NULL, NULL, 0, 0 },
};
static const uint32_t atc__quectel_tcpip_at_qisendex_set_shapes[] = {0x3u};
ATC__QUECTEL_TCPIP_CHECK(at_qisendex_set_fits, sizeof(atc_quectel_tcpip_at_qisendex_set) <= ATC_MSG_BUF);
ATC__QUECTEL_TCPIP_CHECK(at_qiswtmd_test_fits, sizeof(atc_quectel_tcpip_at_qiswtmd_test) <= ATC_MSG_BUF);
static const int32_t atc__quectel_tcpip_at_qiswtmd_set_0_ranges[] = {0, 11};
static const int32_t atc__quectel_tcpip_at_qiswtmd_set_1_ranges[] = {0, 0, 1, 1, 2, 2};
static const atc_field_desc atc__quectel_tcpip_at_qiswtmd_set_fields[] = {
    { "connect_id", ATC_T_INT, 0, offsetof(atc_quectel_tcpip_at_qiswtmd_set, connect_id), 0, 0, 1, 0, atc__quectel_tcpip_at_qiswtmd_set_0_ranges, NULL, 0, -1, 0, NULL, NULL, 0, 0 },
    { "access_mode", ATC_T_INT, 0, offsetof(atc_quectel_tcpip_at_qiswtmd_set, access_mode), 0, 0, 3, 0, atc__quectel_tcpip_at_qiswtmd_set_1_ranges, NULL, 0, -1, 0, NULL, NULL, 0, 0 },
};
static const uint32_t atc__quectel_tcpip_at_qiswtmd_set_shapes[] = {0x3u};
ATC__QUECTEL_TCPIP_CHECK(at_qiswtmd_set_fits, sizeof(atc_quectel_tcpip_at_qiswtmd_set) <= ATC_MSG_BUF);
ATC__QUECTEL_TCPIP_CHECK(at_qping_test_fits, sizeof(atc_quectel_tcpip_at_qping_test) <= ATC_MSG_BUF);
static const int32_t atc__quectel_tcpip_at_qping_set_0_ranges[] = {1, 15};
static const int32_t atc__quectel_tcpip_at_qping_set_2_ranges[] = {1, 255};
static const int32_t atc__quectel_tcpip_at_qping_set_3_ranges[] = {1, 10};
static const atc_field_desc atc__quectel_tcpip_at_qping_set_fields[] = {
    { "context_id", ATC_T_INT, 0, offsetof(atc_quectel_tcpip_at_qping_set, context_id), 0, 0, 1, 0, atc__quectel_tcpip_at_qping_set_0_ranges, NULL, 0, -1, 0, NULL, NULL, 0, 0 },
    { "host", ATC_T_STRING, 0, offsetof(atc_quectel_tcpip_at_qping_set, host), 0, 0, 0, 0, NULL, NULL, 0, -1, 0, NULL, NULL, 0, 0 },
    { "timeout", ATC_T_INT, ATC_F_OPTIONAL, offsetof(atc_quectel_tcpip_at_qping_set, timeout), offsetof(atc_quectel_tcpip_at_qping_set, has_timeout), 0, 1, 0, atc__quectel_tcpip_at_qping_set_2_ranges, NULL, 0, -1, 0, NULL, NULL, 0, 0 },
    { "pingnum", ATC_T_INT, ATC_F_OPTIONAL, offsetof(atc_quectel_tcpip_at_qping_set, pingnum), offsetof(atc_quectel_tcpip_at_qping_set, has_pingnum), 0, 1, 0, atc__quectel_tcpip_at_qping_set_3_ranges, NULL, 0, -1, 0, NULL, NULL, 0, 0 },
};
static const uint32_t atc__quectel_tcpip_at_qping_set_shapes[] = {0x3u, 0x7u, 0xfu};
ATC__QUECTEL_TCPIP_CHECK(at_qping_set_fits, sizeof(atc_quectel_tcpip_at_qping_set) <= ATC_MSG_BUF);
ATC__QUECTEL_TCPIP_CHECK(at_qntp_test_fits, sizeof(atc_quectel_tcpip_at_qntp_test) <= ATC_MSG_BUF);
ATC__QUECTEL_TCPIP_CHECK(at_qntp_read_fits, sizeof(atc_quectel_tcpip_at_qntp_read) <= ATC_MSG_BUF);
static const int32_t atc__quectel_tcpip_at_qntp_set_0_ranges[] = {1, 15};
static const int32_t atc__quectel_tcpip_at_qntp_set_2_ranges[] = {1, 65535};
static const int32_t atc__quectel_tcpip_at_qntp_set_3_ranges[] = {0, 0, 1, 1};
static const atc_field_desc atc__quectel_tcpip_at_qntp_set_fields[] = {
    { "context_id", ATC_T_INT, 0, offsetof(atc_quectel_tcpip_at_qntp_set, context_id), 0, 0, 1, 0, atc__quectel_tcpip_at_qntp_set_0_ranges, NULL, 0, -1, 0, NULL, NULL, 0, 0 },
    { "server", ATC_T_STRING, 0, offsetof(atc_quectel_tcpip_at_qntp_set, server), 0, 0, 0, 0, NULL, NULL, 0, -1, 0, NULL, NULL, 0, 0 },
    { "port", ATC_T_INT, ATC_F_OPTIONAL, offsetof(atc_quectel_tcpip_at_qntp_set, port), offsetof(atc_quectel_tcpip_at_qntp_set, has_port), 0, 1, 0, atc__quectel_tcpip_at_qntp_set_2_ranges, NULL, 0, -1, 0, NULL, NULL, 0, 0 },
    { "autosettime", ATC_T_INT, ATC_F_OPTIONAL, offsetof(atc_quectel_tcpip_at_qntp_set, autosettime), offsetof(atc_quectel_tcpip_at_qntp_set, has_autosettime), 0, 2, 0, atc__quectel_tcpip_at_qntp_set_3_ranges, NULL, 0, -1, 0, NULL, NULL, 0, 0 },
};
static const uint32_t atc__quectel_tcpip_at_qntp_set_shapes[] = {0x3u, 0x7u, 0xfu};
ATC__QUECTEL_TCPIP_CHECK(at_qntp_set_fits, sizeof(atc_quectel_tcpip_at_qntp_set) <= ATC_MSG_BUF);
ATC__QUECTEL_TCPIP_CHECK(at_qidnscfg_test_fits, sizeof(atc_quectel_tcpip_at_qidnscfg_test) <= ATC_MSG_BUF);
static const int32_t atc__quectel_tcpip_at_qidnscfg_set_0_ranges[] = {1, 15};
static const atc_field_desc atc__quectel_tcpip_at_qidnscfg_set_fields[] = {
    { "context_id", ATC_T_INT, 0, offsetof(atc_quectel_tcpip_at_qidnscfg_set, context_id), 0, 0, 1, 0, atc__quectel_tcpip_at_qidnscfg_set_0_ranges, NULL, 0, -1, 0, NULL, NULL, 0, 0 },
    { "pridnsaddr", ATC_T_STRING, ATC_F_OPTIONAL, offsetof(atc_quectel_tcpip_at_qidnscfg_set, pridnsaddr), offsetof(atc_quectel_tcpip_at_qidnscfg_set, has_pridnsaddr), 0, 0, 0, NULL, NULL, 0, -1, 0, NULL, NULL, 0, 0 },
    { "secdnsaddr", ATC_T_STRING, ATC_F_OPTIONAL, offsetof(atc_quectel_tcpip_at_qidnscfg_set, secdnsaddr), offsetof(atc_quectel_tcpip_at_qidnscfg_set, has_secdnsaddr), 0, 0, 0, NULL, NULL, 0, -1, 0, NULL, NULL, 0, 0 },
};
static const uint32_t atc__quectel_tcpip_at_qidnscfg_set_shapes[] = {0x1u, 0x3u, 0x7u};
ATC__QUECTEL_TCPIP_CHECK(at_qidnscfg_set_fits, sizeof(atc_quectel_tcpip_at_qidnscfg_set) <= ATC_MSG_BUF);
ATC__QUECTEL_TCPIP_CHECK(at_qidnsgip_test_fits, sizeof(atc_quectel_tcpip_at_qidnsgip_test) <= ATC_MSG_BUF);
static const int32_t atc__quectel_tcpip_at_qidnsgip_set_0_ranges[] = {1, 15};
static const atc_field_desc atc__quectel_tcpip_at_qidnsgip_set_fields[] = {
    { "context_id", ATC_T_INT, 0, offsetof(atc_quectel_tcpip_at_qidnsgip_set, context_id), 0, 0, 1, 0, atc__quectel_tcpip_at_qidnsgip_set_0_ranges, NULL, 0, -1, 0, NULL, NULL, 0, 0 },
    { "hostname", ATC_T_STRING, 0, offsetof(atc_quectel_tcpip_at_qidnsgip_set, hostname), 0, 0, 0, 0, NULL, NULL, 0, -1, 0, NULL, NULL, 0, 0 },
};
static const uint32_t atc__quectel_tcpip_at_qidnsgip_set_shapes[] = {0x3u};
ATC__QUECTEL_TCPIP_CHECK(at_qidnsgip_set_fits, sizeof(atc_quectel_tcpip_at_qidnsgip_set) <= ATC_MSG_BUF);
ATC__QUECTEL_TCPIP_CHECK(at_qisde_test_fits, sizeof(atc_quectel_tcpip_at_qisde_test) <= ATC_MSG_BUF);
ATC__QUECTEL_TCPIP_CHECK(at_qisde_read_fits, sizeof(atc_quectel_tcpip_at_qisde_read) <= ATC_MSG_BUF);
static const int32_t atc__quectel_tcpip_at_qisde_set_0_ranges[] = {0, 0, 1, 1};
static const atc_field_desc atc__quectel_tcpip_at_qisde_set_fields[] = {
    { "echo", ATC_T_INT, 0, offsetof(atc_quectel_tcpip_at_qisde_set, echo), 0, 0, 2, 0, atc__quectel_tcpip_at_qisde_set_0_ranges, NULL, 0, -1, 0, NULL, NULL, 0, 0 },
};
static const uint32_t atc__quectel_tcpip_at_qisde_set_shapes[] = {0x1u};
ATC__QUECTEL_TCPIP_CHECK(at_qisde_set_fits, sizeof(atc_quectel_tcpip_at_qisde_set) <= ATC_MSG_BUF);
ATC__QUECTEL_TCPIP_CHECK(at_qigeterror_test_fits, sizeof(atc_quectel_tcpip_at_qigeterror_test) <= ATC_MSG_BUF);
ATC__QUECTEL_TCPIP_CHECK(at_qigeterror_exec_fits, sizeof(atc_quectel_tcpip_at_qigeterror_exec) <= ATC_MSG_BUF);
static const char *const atc__quectel_tcpip_qicfg_test_transpktsize_0_values[] = {"\"transpktsize\""};
static const atc_field_desc atc__quectel_tcpip_qicfg_test_transpktsize_fields[] = {
    { "\"transpktsize\"", ATC_T_LITERAL, 0, 0, 0, 0, 0, 1, NULL, atc__quectel_tcpip_qicfg_test_transpktsize_0_values, 0, -1, 0, NULL, NULL, 0, 0 },
    { "transpktsize", ATC_T_SUPPORTED, 0, offsetof(atc_quectel_tcpip_qicfg_test_transpktsize, transpktsize), 0, 0, 0, 0, NULL, NULL, 0, -1, 0, NULL, NULL, 0, 0 },
};
static const uint32_t atc__quectel_tcpip_qicfg_test_transpktsize_shapes[] = {0x3u};
static const uint16_t atc__quectel_tcpip_qicfg_test_transpktsize_answers[] = {8};
ATC__QUECTEL_TCPIP_CHECK(qicfg_test_transpktsize_fits, sizeof(atc_quectel_tcpip_qicfg_test_transpktsize) <= ATC_MSG_BUF);
static const char *const atc__quectel_tcpip_qicfg_test_transwaittm_0_values[] = {"\"transwaittm\""};
static const atc_field_desc atc__quectel_tcpip_qicfg_test_transwaittm_fields[] = {
    { "\"transwaittm\"", ATC_T_LITERAL, 0, 0, 0, 0, 0, 1, NULL, atc__quectel_tcpip_qicfg_test_transwaittm_0_values, 0, -1, 0, NULL, NULL, 0, 0 },
    { "transwaittm", ATC_T_SUPPORTED, 0, offsetof(atc_quectel_tcpip_qicfg_test_transwaittm, transwaittm), 0, 0, 0, 0, NULL, NULL, 0, -1, 0, NULL, NULL, 0, 0 },
};
static const uint32_t atc__quectel_tcpip_qicfg_test_transwaittm_shapes[] = {0x3u};
static const uint16_t atc__quectel_tcpip_qicfg_test_transwaittm_answers[] = {8};
ATC__QUECTEL_TCPIP_CHECK(qicfg_test_transwaittm_fits, sizeof(atc_quectel_tcpip_qicfg_test_transwaittm) <= ATC_MSG_BUF);
static const char *const atc__quectel_tcpip_qicfg_test_dataformat_0_values[] = {"\"dataformat\""};
static const atc_field_desc atc__quectel_tcpip_qicfg_test_dataformat_fields[] = {
    { "\"dataformat\"", ATC_T_LITERAL, 0, 0, 0, 0, 0, 1, NULL, atc__quectel_tcpip_qicfg_test_dataformat_0_values, 0, -1, 0, NULL, NULL, 0, 0 },
    { "send_data_format", ATC_T_SUPPORTED, 0, offsetof(atc_quectel_tcpip_qicfg_test_dataformat, send_data_format), 0, 0, 0, 0, NULL, NULL, 0, -1, 0, NULL, NULL, 0, 0 },
    { "recv_data_format", ATC_T_SUPPORTED, 0, offsetof(atc_quectel_tcpip_qicfg_test_dataformat, recv_data_format), 0, 0, 0, 0, NULL, NULL, 0, -1, 0, NULL, NULL, 0, 0 },
};
static const uint32_t atc__quectel_tcpip_qicfg_test_dataformat_shapes[] = {0x7u};
static const uint16_t atc__quectel_tcpip_qicfg_test_dataformat_answers[] = {8};
ATC__QUECTEL_TCPIP_CHECK(qicfg_test_dataformat_fits, sizeof(atc_quectel_tcpip_qicfg_test_dataformat) <= ATC_MSG_BUF);
static const char *const atc__quectel_tcpip_qicfg_test_viewmode_0_values[] = {"\"viewmode\""};
static const atc_field_desc atc__quectel_tcpip_qicfg_test_viewmode_fields[] = {
    { "\"viewmode\"", ATC_T_LITERAL, 0, 0, 0, 0, 0, 1, NULL, atc__quectel_tcpip_qicfg_test_viewmode_0_values, 0, -1, 0, NULL, NULL, 0, 0 },
    { "view_mode", ATC_T_SUPPORTED, 0, offsetof(atc_quectel_tcpip_qicfg_test_viewmode, view_mode), 0, 0, 0, 0, NULL, NULL, 0, -1, 0, NULL, NULL, 0, 0 },
};
static const uint32_t atc__quectel_tcpip_qicfg_test_viewmode_shapes[] = {0x3u};
static const uint16_t atc__quectel_tcpip_qicfg_test_viewmode_answers[] = {8};
ATC__QUECTEL_TCPIP_CHECK(qicfg_test_viewmode_fits, sizeof(atc_quectel_tcpip_qicfg_test_viewmode) <= ATC_MSG_BUF);
static const char *const atc__quectel_tcpip_qicfg_test_udp_sendmode_0_values[] = {"\"udp/sendmode\""};
static const atc_field_desc atc__quectel_tcpip_qicfg_test_udp_sendmode_fields[] = {
    { "\"udp/sendmode\"", ATC_T_LITERAL, 0, 0, 0, 0, 0, 1, NULL, atc__quectel_tcpip_qicfg_test_udp_sendmode_0_values, 0, -1, 0, NULL, NULL, 0, 0 },
    { "mode", ATC_T_SUPPORTED, 0, offsetof(atc_quectel_tcpip_qicfg_test_udp_sendmode, mode), 0, 0, 0, 0, NULL, NULL, 0, -1, 0, NULL, NULL, 0, 0 },
};
static const uint32_t atc__quectel_tcpip_qicfg_test_udp_sendmode_shapes[] = {0x3u};
static const uint16_t atc__quectel_tcpip_qicfg_test_udp_sendmode_answers[] = {8};
ATC__QUECTEL_TCPIP_CHECK(qicfg_test_udp_sendmode_fits, sizeof(atc_quectel_tcpip_qicfg_test_udp_sendmode) <= ATC_MSG_BUF);
static const char *const atc__quectel_tcpip_qicfg_test_udp_readmode_0_values[] = {"\"udp/readmode\""};
static const atc_field_desc atc__quectel_tcpip_qicfg_test_udp_readmode_fields[] = {
    { "\"udp/readmode\"", ATC_T_LITERAL, 0, 0, 0, 0, 0, 1, NULL, atc__quectel_tcpip_qicfg_test_udp_readmode_0_values, 0, -1, 0, NULL, NULL, 0, 0 },
    { "mode", ATC_T_SUPPORTED, 0, offsetof(atc_quectel_tcpip_qicfg_test_udp_readmode, mode), 0, 0, 0, 0, NULL, NULL, 0, -1, 0, NULL, NULL, 0, 0 },
};
static const uint32_t atc__quectel_tcpip_qicfg_test_udp_readmode_shapes[] = {0x3u};
static const uint16_t atc__quectel_tcpip_qicfg_test_udp_readmode_answers[] = {8};
ATC__QUECTEL_TCPIP_CHECK(qicfg_test_udp_readmode_fits, sizeof(atc_quectel_tcpip_qicfg_test_udp_readmode) <= ATC_MSG_BUF);
static const char *const atc__quectel_tcpip_qicfg_test_tcp_accept_0_values[] = {"\"tcp/accept\""};
static const atc_field_desc atc__quectel_tcpip_qicfg_test_tcp_accept_fields[] = {
    { "\"tcp/accept\"", ATC_T_LITERAL, 0, 0, 0, 0, 0, 1, NULL, atc__quectel_tcpip_qicfg_test_tcp_accept_0_values, 0, -1, 0, NULL, NULL, 0, 0 },
    { "accept", ATC_T_SUPPORTED, 0, offsetof(atc_quectel_tcpip_qicfg_test_tcp_accept, accept), 0, 0, 0, 0, NULL, NULL, 0, -1, 0, NULL, NULL, 0, 0 },
};
static const uint32_t atc__quectel_tcpip_qicfg_test_tcp_accept_shapes[] = {0x3u};
static const uint16_t atc__quectel_tcpip_qicfg_test_tcp_accept_answers[] = {8};
ATC__QUECTEL_TCPIP_CHECK(qicfg_test_tcp_accept_fits, sizeof(atc_quectel_tcpip_qicfg_test_tcp_accept) <= ATC_MSG_BUF);
static const char *const atc__quectel_tcpip_qicfg_test_passiveclosed_0_values[] = {"\"passiveclosed\""};
static const atc_field_desc atc__quectel_tcpip_qicfg_test_passiveclosed_fields[] = {
    { "\"passiveclosed\"", ATC_T_LITERAL, 0, 0, 0, 0, 0, 1, NULL, atc__quectel_tcpip_qicfg_test_passiveclosed_0_values, 0, -1, 0, NULL, NULL, 0, 0 },
    { "closed", ATC_T_SUPPORTED, 0, offsetof(atc_quectel_tcpip_qicfg_test_passiveclosed, closed), 0, 0, 0, 0, NULL, NULL, 0, -1, 0, NULL, NULL, 0, 0 },
};
static const uint32_t atc__quectel_tcpip_qicfg_test_passiveclosed_shapes[] = {0x3u};
static const uint16_t atc__quectel_tcpip_qicfg_test_passiveclosed_answers[] = {8};
ATC__QUECTEL_TCPIP_CHECK(qicfg_test_passiveclosed_fits, sizeof(atc_quectel_tcpip_qicfg_test_passiveclosed) <= ATC_MSG_BUF);
static const char *const atc__quectel_tcpip_qicfg_test_close_mode_0_values[] = {"\"close/mode\""};
static const atc_field_desc atc__quectel_tcpip_qicfg_test_close_mode_fields[] = {
    { "\"close/mode\"", ATC_T_LITERAL, 0, 0, 0, 0, 0, 1, NULL, atc__quectel_tcpip_qicfg_test_close_mode_0_values, 0, -1, 0, NULL, NULL, 0, 0 },
    { "close_mode", ATC_T_SUPPORTED, 0, offsetof(atc_quectel_tcpip_qicfg_test_close_mode, close_mode), 0, 0, 0, 0, NULL, NULL, 0, -1, 0, NULL, NULL, 0, 0 },
};
static const uint32_t atc__quectel_tcpip_qicfg_test_close_mode_shapes[] = {0x3u};
static const uint16_t atc__quectel_tcpip_qicfg_test_close_mode_answers[] = {8};
ATC__QUECTEL_TCPIP_CHECK(qicfg_test_close_mode_fits, sizeof(atc_quectel_tcpip_qicfg_test_close_mode) <= ATC_MSG_BUF);
static const char *const atc__quectel_tcpip_qicfg_test_recvind_0_values[] = {"\"recvind\""};
static const atc_field_desc atc__quectel_tcpip_qicfg_test_recvind_fields[] = {
    { "\"recvind\"", ATC_T_LITERAL, 0, 0, 0, 0, 0, 1, NULL, atc__quectel_tcpip_qicfg_test_recvind_0_values, 0, -1, 0, NULL, NULL, 0, 0 },
    { "show_length", ATC_T_SUPPORTED, 0, offsetof(atc_quectel_tcpip_qicfg_test_recvind, show_length), 0, 0, 0, 0, NULL, NULL, 0, -1, 0, NULL, NULL, 0, 0 },
};
static const uint32_t atc__quectel_tcpip_qicfg_test_recvind_shapes[] = {0x3u};
static const uint16_t atc__quectel_tcpip_qicfg_test_recvind_answers[] = {8};
ATC__QUECTEL_TCPIP_CHECK(qicfg_test_recvind_fits, sizeof(atc_quectel_tcpip_qicfg_test_recvind) <= ATC_MSG_BUF);
static const char *const atc__quectel_tcpip_qicfg_test_tcp_keepalive_0_values[] = {"\"tcp/keepalive\""};
static const atc_field_desc atc__quectel_tcpip_qicfg_test_tcp_keepalive_fields[] = {
    { "\"tcp/keepalive\"", ATC_T_LITERAL, 0, 0, 0, 0, 0, 1, NULL, atc__quectel_tcpip_qicfg_test_tcp_keepalive_0_values, 0, -1, 0, NULL, NULL, 0, 0 },
    { "enable", ATC_T_SUPPORTED, 0, offsetof(atc_quectel_tcpip_qicfg_test_tcp_keepalive, enable), 0, 0, 0, 0, NULL, NULL, 0, -1, 0, NULL, NULL, 0, 0 },
    { "idle_time", ATC_T_SUPPORTED, 0, offsetof(atc_quectel_tcpip_qicfg_test_tcp_keepalive, idle_time), 0, 0, 0, 0, NULL, NULL, 0, -1, 0, NULL, NULL, 0, 0 },
    { "interval_time", ATC_T_SUPPORTED, 0, offsetof(atc_quectel_tcpip_qicfg_test_tcp_keepalive, interval_time), 0, 0, 0, 0, NULL, NULL, 0, -1, 0, NULL, NULL, 0, 0 },
    { "probe_cnt", ATC_T_SUPPORTED, 0, offsetof(atc_quectel_tcpip_qicfg_test_tcp_keepalive, probe_cnt), 0, 0, 0, 0, NULL, NULL, 0, -1, 0, NULL, NULL, 0, 0 },
};
static const uint32_t atc__quectel_tcpip_qicfg_test_tcp_keepalive_shapes[] = {0x1fu};
static const uint16_t atc__quectel_tcpip_qicfg_test_tcp_keepalive_answers[] = {8};
ATC__QUECTEL_TCPIP_CHECK(qicfg_test_tcp_keepalive_fits, sizeof(atc_quectel_tcpip_qicfg_test_tcp_keepalive) <= ATC_MSG_BUF);
static const char *const atc__quectel_tcpip_qicfg_test_tcp_retranscfg_0_values[] = {"\"tcp/retranscfg\""};
static const atc_field_desc atc__quectel_tcpip_qicfg_test_tcp_retranscfg_fields[] = {
    { "\"tcp/retranscfg\"", ATC_T_LITERAL, 0, 0, 0, 0, 0, 1, NULL, atc__quectel_tcpip_qicfg_test_tcp_retranscfg_0_values, 0, -1, 0, NULL, NULL, 0, 0 },
    { "retrains_cnt", ATC_T_SUPPORTED, 0, offsetof(atc_quectel_tcpip_qicfg_test_tcp_retranscfg, retrains_cnt), 0, 0, 0, 0, NULL, NULL, 0, -1, 0, NULL, NULL, 0, 0 },
    { "retrains_period", ATC_T_SUPPORTED, 0, offsetof(atc_quectel_tcpip_qicfg_test_tcp_retranscfg, retrains_period), 0, 0, 0, 0, NULL, NULL, 0, -1, 0, NULL, NULL, 0, 0 },
};
static const uint32_t atc__quectel_tcpip_qicfg_test_tcp_retranscfg_shapes[] = {0x7u};
static const uint16_t atc__quectel_tcpip_qicfg_test_tcp_retranscfg_answers[] = {8};
ATC__QUECTEL_TCPIP_CHECK(qicfg_test_tcp_retranscfg_fits, sizeof(atc_quectel_tcpip_qicfg_test_tcp_retranscfg) <= ATC_MSG_BUF);
static const char *const atc__quectel_tcpip_qicfg_test_send_auto_0_values[] = {"\"send/auto\""};
static const atc_field_desc atc__quectel_tcpip_qicfg_test_send_auto_fields[] = {
    { "\"send/auto\"", ATC_T_LITERAL, 0, 0, 0, 0, 0, 1, NULL, atc__quectel_tcpip_qicfg_test_send_auto_0_values, 0, -1, 0, NULL, NULL, 0, 0 },
    { "connect_id", ATC_T_SUPPORTED, 0, offsetof(atc_quectel_tcpip_qicfg_test_send_auto, connect_id), 0, 0, 0, 0, NULL, NULL, 0, -1, 0, NULL, NULL, 0, 0 },
    { "period", ATC_T_SUPPORTED, 0, offsetof(atc_quectel_tcpip_qicfg_test_send_auto, period), 0, 0, 0, 0, NULL, NULL, 0, -1, 0, NULL, NULL, 0, 0 },
    { "msg_auto", ATC_T_SUPPORTED, 0, offsetof(atc_quectel_tcpip_qicfg_test_send_auto, msg_auto), 0, 0, 0, 0, NULL, NULL, 0, -1, 0, NULL, NULL, 0, 0 },
    { "first_send", ATC_T_SUPPORTED, 0, offsetof(atc_quectel_tcpip_qicfg_test_send_auto, first_send), 0, 0, 0, 0, NULL, NULL, 0, -1, 0, NULL, NULL, 0, 0 },
};
static const uint32_t atc__quectel_tcpip_qicfg_test_send_auto_shapes[] = {0x1fu};
static const uint16_t atc__quectel_tcpip_qicfg_test_send_auto_answers[] = {8};
ATC__QUECTEL_TCPIP_CHECK(qicfg_test_send_auto_fits, sizeof(atc_quectel_tcpip_qicfg_test_send_auto) <= ATC_MSG_BUF);
static const char *const atc__quectel_tcpip_qicfg_test_formatcfg_0_values[] = {"\"formatcfg\""};
static const atc_field_desc atc__quectel_tcpip_qicfg_test_formatcfg_fields[] = {
    { "\"formatcfg\"", ATC_T_LITERAL, 0, 0, 0, 0, 0, 1, NULL, atc__quectel_tcpip_qicfg_test_formatcfg_0_values, 0, -1, 0, NULL, NULL, 0, 0 },
    { "format", ATC_T_SUPPORTED, 0, offsetof(atc_quectel_tcpip_qicfg_test_formatcfg, format), 0, 0, 0, 0, NULL, NULL, 0, -1, 0, NULL, NULL, 0, 0 },
};
static const uint32_t atc__quectel_tcpip_qicfg_test_formatcfg_shapes[] = {0x3u};
static const uint16_t atc__quectel_tcpip_qicfg_test_formatcfg_answers[] = {8};
ATC__QUECTEL_TCPIP_CHECK(qicfg_test_formatcfg_fits, sizeof(atc_quectel_tcpip_qicfg_test_formatcfg) <= ATC_MSG_BUF);
static const char *const atc__quectel_tcpip_qicfg_test_qisend_timeout_0_values[] = {"\"qisend/timeout\""};
static const atc_field_desc atc__quectel_tcpip_qicfg_test_qisend_timeout_fields[] = {
    { "\"qisend/timeout\"", ATC_T_LITERAL, 0, 0, 0, 0, 0, 1, NULL, atc__quectel_tcpip_qicfg_test_qisend_timeout_0_values, 0, -1, 0, NULL, NULL, 0, 0 },
    { "timeout", ATC_T_SUPPORTED, 0, offsetof(atc_quectel_tcpip_qicfg_test_qisend_timeout, timeout), 0, 0, 0, 0, NULL, NULL, 0, -1, 0, NULL, NULL, 0, 0 },
};
static const uint32_t atc__quectel_tcpip_qicfg_test_qisend_timeout_shapes[] = {0x3u};
static const uint16_t atc__quectel_tcpip_qicfg_test_qisend_timeout_answers[] = {8};
ATC__QUECTEL_TCPIP_CHECK(qicfg_test_qisend_timeout_fits, sizeof(atc_quectel_tcpip_qicfg_test_qisend_timeout) <= ATC_MSG_BUF);
static const char *const atc__quectel_tcpip_qicfg_test_tcp_delay_ack_0_values[] = {"\"tcp/delay_ack\""};
static const atc_field_desc atc__quectel_tcpip_qicfg_test_tcp_delay_ack_fields[] = {
    { "\"tcp/delay_ack\"", ATC_T_LITERAL, 0, 0, 0, 0, 0, 1, NULL, atc__quectel_tcpip_qicfg_test_tcp_delay_ack_0_values, 0, -1, 0, NULL, NULL, 0, 0 },
    { "delay_ack", ATC_T_SUPPORTED, 0, offsetof(atc_quectel_tcpip_qicfg_test_tcp_delay_ack, delay_ack), 0, 0, 0, 0, NULL, NULL, 0, -1, 0, NULL, NULL, 0, 0 },
};
static const uint32_t atc__quectel_tcpip_qicfg_test_tcp_delay_ack_shapes[] = {0x3u};
static const uint16_t atc__quectel_tcpip_qicfg_test_tcp_delay_ack_answers[] = {8};
ATC__QUECTEL_TCPIP_CHECK(qicfg_test_tcp_delay_ack_fits, sizeof(atc_quectel_tcpip_qicfg_test_tcp_delay_ack) <= ATC_MSG_BUF);
static const char *const atc__quectel_tcpip_qicfg_test_dns_cache_0_values[] = {"\"dns/cache\""};
static const atc_field_desc atc__quectel_tcpip_qicfg_test_dns_cache_fields[] = {
    { "\"dns/cache\"", ATC_T_LITERAL, 0, 0, 0, 0, 0, 1, NULL, atc__quectel_tcpip_qicfg_test_dns_cache_0_values, 0, -1, 0, NULL, NULL, 0, 0 },
    { "dns_cache", ATC_T_SUPPORTED, 0, offsetof(atc_quectel_tcpip_qicfg_test_dns_cache, dns_cache), 0, 0, 0, 0, NULL, NULL, 0, -1, 0, NULL, NULL, 0, 0 },
};
static const uint32_t atc__quectel_tcpip_qicfg_test_dns_cache_shapes[] = {0x3u};
static const uint16_t atc__quectel_tcpip_qicfg_test_dns_cache_answers[] = {8};
ATC__QUECTEL_TCPIP_CHECK(qicfg_test_dns_cache_fits, sizeof(atc_quectel_tcpip_qicfg_test_dns_cache) <= ATC_MSG_BUF);
static const char *const atc__quectel_tcpip_qicfg_test_tcp_twrecycle_0_values[] = {"\"tcp/twrecycle\""};
static const atc_field_desc atc__quectel_tcpip_qicfg_test_tcp_twrecycle_fields[] = {
    { "\"tcp/twrecycle\"", ATC_T_LITERAL, 0, 0, 0, 0, 0, 1, NULL, atc__quectel_tcpip_qicfg_test_tcp_twrecycle_0_values, 0, -1, 0, NULL, NULL, 0, 0 },
    { "timewait_timeout", ATC_T_SUPPORTED, 0, offsetof(atc_quectel_tcpip_qicfg_test_tcp_twrecycle, timewait_timeout), 0, 0, 0, 0, NULL, NULL, 0, -1, 0, NULL, NULL, 0, 0 },
};
static const uint32_t atc__quectel_tcpip_qicfg_test_tcp_twrecycle_shapes[] = {0x3u};
static const uint16_t atc__quectel_tcpip_qicfg_test_tcp_twrecycle_answers[] = {8};
ATC__QUECTEL_TCPIP_CHECK(qicfg_test_tcp_twrecycle_fits, sizeof(atc_quectel_tcpip_qicfg_test_tcp_twrecycle) <= ATC_MSG_BUF);
static const char *const atc__quectel_tcpip_qicfg_test_dns_retry_0_values[] = {"\"dns/retry\""};
static const atc_field_desc atc__quectel_tcpip_qicfg_test_dns_retry_fields[] = {
    { "\"dns/retry\"", ATC_T_LITERAL, 0, 0, 0, 0, 0, 1, NULL, atc__quectel_tcpip_qicfg_test_dns_retry_0_values, 0, -1, 0, NULL, NULL, 0, 0 },
    { "retry_ack", ATC_T_SUPPORTED, 0, offsetof(atc_quectel_tcpip_qicfg_test_dns_retry, retry_ack), 0, 0, 0, 0, NULL, NULL, 0, -1, 0, NULL, NULL, 0, 0 },
    { "retry_timeout", ATC_T_SUPPORTED, 0, offsetof(atc_quectel_tcpip_qicfg_test_dns_retry, retry_timeout), 0, 0, 0, 0, NULL, NULL, 0, -1, 0, NULL, NULL, 0, 0 },
};
static const uint32_t atc__quectel_tcpip_qicfg_test_dns_retry_shapes[] = {0x7u};
static const uint16_t atc__quectel_tcpip_qicfg_test_dns_retry_answers[] = {8};
ATC__QUECTEL_TCPIP_CHECK(qicfg_test_dns_retry_fits, sizeof(atc_quectel_tcpip_qicfg_test_dns_retry) <= ATC_MSG_BUF);
static const char *const atc__quectel_tcpip_qicfg_transpktsize_0_values[] = {"\"transpktsize\""};
static const int32_t atc__quectel_tcpip_qicfg_transpktsize_1_ranges[] = {1, 1460};
static const atc_field_desc atc__quectel_tcpip_qicfg_transpktsize_fields[] = {
    { "\"transpktsize\"", ATC_T_LITERAL, 0, 0, 0, 0, 0, 1, NULL, atc__quectel_tcpip_qicfg_transpktsize_0_values, 0, -1, 0, NULL, NULL, 0, 0 },
    { "transpktsize", ATC_T_INT, 0, offsetof(atc_quectel_tcpip_qicfg_transpktsize, transpktsize), 0, 0, 1, 0, atc__quectel_tcpip_qicfg_transpktsize_1_ranges, NULL, 0, -1, 0, NULL, NULL, 0, 0 },
};
static const uint32_t atc__quectel_tcpip_qicfg_transpktsize_shapes[] = {0x3u};
static const uint16_t atc__quectel_tcpip_qicfg_transpktsize_answers[] = {9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27};
ATC__QUECTEL_TCPIP_CHECK(qicfg_transpktsize_fits, sizeof(atc_quectel_tcpip_qicfg_transpktsize) <= ATC_MSG_BUF);
static const char *const atc__quectel_tcpip_qicfg_transwaittm_0_values[] = {"\"transwaittm\""};
static const int32_t atc__quectel_tcpip_qicfg_transwaittm_1_ranges[] = {0, 20};
static const atc_field_desc atc__quectel_tcpip_qicfg_transwaittm_fields[] = {
    { "\"transwaittm\"", ATC_T_LITERAL, 0, 0, 0, 0, 0, 1, NULL, atc__quectel_tcpip_qicfg_transwaittm_0_values, 0, -1, 0, NULL, NULL, 0, 0 },
    { "transwaittm", ATC_T_INT, 0, offsetof(atc_quectel_tcpip_qicfg_transwaittm, transwaittm), 0, 0, 1, 0, atc__quectel_tcpip_qicfg_transwaittm_1_ranges, NULL, 0, -1, 0, NULL, NULL, 0, 0 },
};
static const uint32_t atc__quectel_tcpip_qicfg_transwaittm_shapes[] = {0x3u};
static const uint16_t atc__quectel_tcpip_qicfg_transwaittm_answers[] = {9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27};
ATC__QUECTEL_TCPIP_CHECK(qicfg_transwaittm_fits, sizeof(atc_quectel_tcpip_qicfg_transwaittm) <= ATC_MSG_BUF);
static const char *const atc__quectel_tcpip_qicfg_dataformat_0_values[] = {"\"dataformat\""};
static const int32_t atc__quectel_tcpip_qicfg_dataformat_1_ranges[] = {0, 0, 1, 1};
static const int32_t atc__quectel_tcpip_qicfg_dataformat_2_ranges[] = {0, 0, 1, 1};
static const atc_field_desc atc__quectel_tcpip_qicfg_dataformat_fields[] = {
    { "\"dataformat\"", ATC_T_LITERAL, 0, 0, 0, 0, 0, 1, NULL, atc__quectel_tcpip_qicfg_dataformat_0_values, 0, -1, 0, NULL, NULL, 0, 0 },
    { "send_data_format", ATC_T_INT, 0, offsetof(atc_quectel_tcpip_qicfg_dataformat, send_data_format), 0, 0, 2, 0, atc__quectel_tcpip_qicfg_dataformat_1_ranges, NULL, 0, -1, 0, NULL, NULL, 0, 0 },
    { "recv_data_format", ATC_T_INT, 0, offsetof(atc_quectel_tcpip_qicfg_dataformat, recv_data_format), 0, 0, 2, 0, atc__quectel_tcpip_qicfg_dataformat_2_ranges, NULL, 0, -1, 0, NULL, NULL, 0, 0 },
};
static const uint32_t atc__quectel_tcpip_qicfg_dataformat_shapes[] = {0x7u};
static const uint16_t atc__quectel_tcpip_qicfg_dataformat_answers[] = {9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27};
ATC__QUECTEL_TCPIP_CHECK(qicfg_dataformat_fits, sizeof(atc_quectel_tcpip_qicfg_dataformat) <= ATC_MSG_BUF);
static const char *const atc__quectel_tcpip_qicfg_viewmode_0_values[] = {"\"viewmode\""};
static const int32_t atc__quectel_tcpip_qicfg_viewmode_1_ranges[] = {0, 0, 1, 1};
static const atc_field_desc atc__quectel_tcpip_qicfg_viewmode_fields[] = {
    { "\"viewmode\"", ATC_T_LITERAL, 0, 0, 0, 0, 0, 1, NULL, atc__quectel_tcpip_qicfg_viewmode_0_values, 0, -1, 0, NULL, NULL, 0, 0 },
    { "view_mode", ATC_T_INT, 0, offsetof(atc_quectel_tcpip_qicfg_viewmode, view_mode), 0, 0, 2, 0, atc__quectel_tcpip_qicfg_viewmode_1_ranges, NULL, 0, -1, 0, NULL, NULL, 0, 0 },
};
static const uint32_t atc__quectel_tcpip_qicfg_viewmode_shapes[] = {0x3u};
static const uint16_t atc__quectel_tcpip_qicfg_viewmode_answers[] = {9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27};
ATC__QUECTEL_TCPIP_CHECK(qicfg_viewmode_fits, sizeof(atc_quectel_tcpip_qicfg_viewmode) <= ATC_MSG_BUF);
static const char *const atc__quectel_tcpip_qicfg_udp_sendmode_0_values[] = {"\"udp/sendmode\""};
static const int32_t atc__quectel_tcpip_qicfg_udp_sendmode_1_ranges[] = {0, 0, 1, 1};
static const atc_field_desc atc__quectel_tcpip_qicfg_udp_sendmode_fields[] = {
    { "\"udp/sendmode\"", ATC_T_LITERAL, 0, 0, 0, 0, 0, 1, NULL, atc__quectel_tcpip_qicfg_udp_sendmode_0_values, 0, -1, 0, NULL, NULL, 0, 0 },
    { "mode", ATC_T_INT, 0, offsetof(atc_quectel_tcpip_qicfg_udp_sendmode, mode), 0, 0, 2, 0, atc__quectel_tcpip_qicfg_udp_sendmode_1_ranges, NULL, 0, -1, 0, NULL, NULL, 0, 0 },
};
static const uint32_t atc__quectel_tcpip_qicfg_udp_sendmode_shapes[] = {0x3u};
static const uint16_t atc__quectel_tcpip_qicfg_udp_sendmode_answers[] = {9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27};
ATC__QUECTEL_TCPIP_CHECK(qicfg_udp_sendmode_fits, sizeof(atc_quectel_tcpip_qicfg_udp_sendmode) <= ATC_MSG_BUF);
static const char *const atc__quectel_tcpip_qicfg_udp_readmode_0_values[] = {"\"udp/readmode\""};
static const int32_t atc__quectel_tcpip_qicfg_udp_readmode_1_ranges[] = {0, 0, 1, 1};
static const atc_field_desc atc__quectel_tcpip_qicfg_udp_readmode_fields[] = {
    { "\"udp/readmode\"", ATC_T_LITERAL, 0, 0, 0, 0, 0, 1, NULL, atc__quectel_tcpip_qicfg_udp_readmode_0_values, 0, -1, 0, NULL, NULL, 0, 0 },
    { "mode", ATC_T_INT, 0, offsetof(atc_quectel_tcpip_qicfg_udp_readmode, mode), 0, 0, 2, 0, atc__quectel_tcpip_qicfg_udp_readmode_1_ranges, NULL, 0, -1, 0, NULL, NULL, 0, 0 },
};
static const uint32_t atc__quectel_tcpip_qicfg_udp_readmode_shapes[] = {0x3u};
static const uint16_t atc__quectel_tcpip_qicfg_udp_readmode_answers[] = {9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27};
ATC__QUECTEL_TCPIP_CHECK(qicfg_udp_readmode_fits, sizeof(atc_quectel_tcpip_qicfg_udp_readmode) <= ATC_MSG_BUF);
static const char *const atc__quectel_tcpip_qicfg_tcp_accept_0_values[] = {"\"tcp/accept\""};
static const int32_t atc__quectel_tcpip_qicfg_tcp_accept_1_ranges[] = {0, 0, 1, 1};
static const atc_field_desc atc__quectel_tcpip_qicfg_tcp_accept_fields[] = {
    { "\"tcp/accept\"", ATC_T_LITERAL, 0, 0, 0, 0, 0, 1, NULL, atc__quectel_tcpip_qicfg_tcp_accept_0_values, 0, -1, 0, NULL, NULL, 0, 0 },
    { "accept", ATC_T_INT, 0, offsetof(atc_quectel_tcpip_qicfg_tcp_accept, accept), 0, 0, 2, 0, atc__quectel_tcpip_qicfg_tcp_accept_1_ranges, NULL, 0, -1, 0, NULL, NULL, 0, 0 },
};
static const uint32_t atc__quectel_tcpip_qicfg_tcp_accept_shapes[] = {0x3u};
static const uint16_t atc__quectel_tcpip_qicfg_tcp_accept_answers[] = {9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27};
ATC__QUECTEL_TCPIP_CHECK(qicfg_tcp_accept_fits, sizeof(atc_quectel_tcpip_qicfg_tcp_accept) <= ATC_MSG_BUF);
static const char *const atc__quectel_tcpip_qicfg_passiveclosed_0_values[] = {"\"passiveclosed\""};
static const int32_t atc__quectel_tcpip_qicfg_passiveclosed_1_ranges[] = {0, 0, 1, 1};
static const atc_field_desc atc__quectel_tcpip_qicfg_passiveclosed_fields[] = {
    { "\"passiveclosed\"", ATC_T_LITERAL, 0, 0, 0, 0, 0, 1, NULL, atc__quectel_tcpip_qicfg_passiveclosed_0_values, 0, -1, 0, NULL, NULL, 0, 0 },
    { "closed", ATC_T_INT, 0, offsetof(atc_quectel_tcpip_qicfg_passiveclosed, closed), 0, 0, 2, 0, atc__quectel_tcpip_qicfg_passiveclosed_1_ranges, NULL, 0, -1, 0, NULL, NULL, 0, 0 },
};
static const uint32_t atc__quectel_tcpip_qicfg_passiveclosed_shapes[] = {0x3u};
static const uint16_t atc__quectel_tcpip_qicfg_passiveclosed_answers[] = {9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27};
ATC__QUECTEL_TCPIP_CHECK(qicfg_passiveclosed_fits, sizeof(atc_quectel_tcpip_qicfg_passiveclosed) <= ATC_MSG_BUF);
static const char *const atc__quectel_tcpip_qicfg_close_mode_0_values[] = {"\"close/mode\""};
static const int32_t atc__quectel_tcpip_qicfg_close_mode_1_ranges[] = {0, 0, 1, 1};
static const atc_field_desc atc__quectel_tcpip_qicfg_close_mode_fields[] = {
    { "\"close/mode\"", ATC_T_LITERAL, 0, 0, 0, 0, 0, 1, NULL, atc__quectel_tcpip_qicfg_close_mode_0_values, 0, -1, 0, NULL, NULL, 0, 0 },
    { "close_mode", ATC_T_INT, 0, offsetof(atc_quectel_tcpip_qicfg_close_mode, close_mode), 0, 0, 2, 0, atc__quectel_tcpip_qicfg_close_mode_1_ranges, NULL, 0, -1, 0, NULL, NULL, 0, 0 },
};
static const uint32_t atc__quectel_tcpip_qicfg_close_mode_shapes[] = {0x3u};
static const uint16_t atc__quectel_tcpip_qicfg_close_mode_answers[] = {9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27};
ATC__QUECTEL_TCPIP_CHECK(qicfg_close_mode_fits, sizeof(atc_quectel_tcpip_qicfg_close_mode) <= ATC_MSG_BUF);
static const char *const atc__quectel_tcpip_qicfg_recvind_0_values[] = {"\"recvind\""};
static const int32_t atc__quectel_tcpip_qicfg_recvind_1_ranges[] = {0, 0, 1, 1};
static const atc_field_desc atc__quectel_tcpip_qicfg_recvind_fields[] = {
    { "\"recvind\"", ATC_T_LITERAL, 0, 0, 0, 0, 0, 1, NULL, atc__quectel_tcpip_qicfg_recvind_0_values, 0, -1, 0, NULL, NULL, 0, 0 },
    { "show_length", ATC_T_INT, 0, offsetof(atc_quectel_tcpip_qicfg_recvind, show_length), 0, 0, 2, 0, atc__quectel_tcpip_qicfg_recvind_1_ranges, NULL, 0, -1, 0, NULL, NULL, 0, 0 },
};
static const uint32_t atc__quectel_tcpip_qicfg_recvind_shapes[] = {0x3u};
static const uint16_t atc__quectel_tcpip_qicfg_recvind_answers[] = {9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27};
ATC__QUECTEL_TCPIP_CHECK(qicfg_recvind_fits, sizeof(atc_quectel_tcpip_qicfg_recvind) <= ATC_MSG_BUF);
static const char *const atc__quectel_tcpip_qicfg_tcp_keepalive_0_values[] = {"\"tcp/keepalive\""};
static const int32_t atc__quectel_tcpip_qicfg_tcp_keepalive_1_ranges[] = {0, 0, 1, 1};
static const int32_t atc__quectel_tcpip_qicfg_tcp_keepalive_2_ranges[] = {1, 1800};
static const int32_t atc__quectel_tcpip_qicfg_tcp_keepalive_3_ranges[] = {25, 100};
static const int32_t atc__quectel_tcpip_qicfg_tcp_keepalive_4_ranges[] = {3, 10};
static const atc_field_desc atc__quectel_tcpip_qicfg_tcp_keepalive_fields[] = {
    { "\"tcp/keepalive\"", ATC_T_LITERAL, 0, 0, 0, 0, 0, 1, NULL, atc__quectel_tcpip_qicfg_tcp_keepalive_0_values, 0, -1, 0, NULL, NULL, 0, 0 },
    { "enable", ATC_T_INT, 0, offsetof(atc_quectel_tcpip_qicfg_tcp_keepalive, enable), 0, 0, 2, 0, atc__quectel_tcpip_qicfg_tcp_keepalive_1_ranges, NULL, 0, -1, 0, NULL, NULL, 0, 0 },
    { "idle_time", ATC_T_INT, 0, offsetof(atc_quectel_tcpip_qicfg_tcp_keepalive, idle_time), 0, 0, 1, 0, atc__quectel_tcpip_qicfg_tcp_keepalive_2_ranges, NULL, 0, -1, 0, NULL, NULL, 0, 0 },
    { "interval_time", ATC_T_INT, 0, offsetof(atc_quectel_tcpip_qicfg_tcp_keepalive, interval_time), 0, 0, 1, 0, atc__quectel_tcpip_qicfg_tcp_keepalive_3_ranges, NULL, 0, -1, 0, NULL, NULL, 0, 0 },
    { "probe_cnt", ATC_T_INT, 0, offsetof(atc_quectel_tcpip_qicfg_tcp_keepalive, probe_cnt), 0, 0, 1, 0, atc__quectel_tcpip_qicfg_tcp_keepalive_4_ranges, NULL, 0, -1, 0, NULL, NULL, 0, 0 },
};
static const uint32_t atc__quectel_tcpip_qicfg_tcp_keepalive_shapes[] = {0x1fu};
static const uint16_t atc__quectel_tcpip_qicfg_tcp_keepalive_answers[] = {9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27};
ATC__QUECTEL_TCPIP_CHECK(qicfg_tcp_keepalive_fits, sizeof(atc_quectel_tcpip_qicfg_tcp_keepalive) <= ATC_MSG_BUF);
static const char *const atc__quectel_tcpip_qicfg_tcp_retranscfg_0_values[] = {"\"tcp/retranscfg\""};
static const int32_t atc__quectel_tcpip_qicfg_tcp_retranscfg_1_ranges[] = {3, 12};
static const int32_t atc__quectel_tcpip_qicfg_tcp_retranscfg_2_ranges[] = {1, 60};
static const atc_field_desc atc__quectel_tcpip_qicfg_tcp_retranscfg_fields[] = {
    { "\"tcp/retranscfg\"", ATC_T_LITERAL, 0, 0, 0, 0, 0, 1, NULL, atc__quectel_tcpip_qicfg_tcp_retranscfg_0_values, 0, -1, 0, NULL, NULL, 0, 0 },
    { "retrains_cnt", ATC_T_INT, 0, offsetof(atc_quectel_tcpip_qicfg_tcp_retranscfg, retrains_cnt), 0, 0, 1, 0, atc__quectel_tcpip_qicfg_tcp_retranscfg_1_ranges, NULL, 0, -1, 0, NULL, NULL, 0, 0 },
    { "retrains_period", ATC_T_INT, 0, offsetof(atc_quectel_tcpip_qicfg_tcp_retranscfg, retrains_period), 0, 0, 1, 0, atc__quectel_tcpip_qicfg_tcp_retranscfg_2_ranges, NULL, 0, -1, 0, NULL, NULL, 0, 0 },
};
static const uint32_t atc__quectel_tcpip_qicfg_tcp_retranscfg_shapes[] = {0x7u};
static const uint16_t atc__quectel_tcpip_qicfg_tcp_retranscfg_answers[] = {9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27};
ATC__QUECTEL_TCPIP_CHECK(qicfg_tcp_retranscfg_fits, sizeof(atc_quectel_tcpip_qicfg_tcp_retranscfg) <= ATC_MSG_BUF);
static const char *const atc__quectel_tcpip_qicfg_send_auto_0_values[] = {"\"send/auto\""};
static const int32_t atc__quectel_tcpip_qicfg_send_auto_1_ranges[] = {0, 11};
static const int32_t atc__quectel_tcpip_qicfg_send_auto_2_ranges[] = {0, 0, 20, 65535};
static const int32_t atc__quectel_tcpip_qicfg_send_auto_4_ranges[] = {0, 0, 1, 1};
static const atc_field_desc atc__quectel_tcpip_qicfg_send_auto_fields[] = {
    { "\"send/auto\"", ATC_T_LITERAL, 0, 0, 0, 0, 0, 1, NULL, atc__quectel_tcpip_qicfg_send_auto_0_values, 0, -1, 0, NULL, NULL, 0, 0 },
    { "connect_id", ATC_T_INT, 0, offsetof(atc_quectel_tcpip_qicfg_send_auto, connect_id), 0, 0, 1, 0, atc__quectel_tcpip_qicfg_send_auto_1_ranges, NULL, 0, -1, 0, NULL, NULL, 0, 0 },
    { "period", ATC_T_INT, 0, offsetof(atc_quectel_tcpip_qicfg_send_auto, period), 0, 0, 2, 0, atc__quectel_tcpip_qicfg_send_auto_2_ranges, NULL, 0, -1, 0, NULL, NULL, 0, 0 },
    { "msg_auto", ATC_T_STRING, 0, offsetof(atc_quectel_tcpip_qicfg_send_auto, msg_auto), 0, 400, 0, 0, NULL, NULL, 0, -1, 0, NULL, NULL, 0, 0 },
    { "first_send", ATC_T_INT, 0, offsetof(atc_quectel_tcpip_qicfg_send_auto, first_send), 0, 0, 2, 0, atc__quectel_tcpip_qicfg_send_auto_4_ranges, NULL, 0, -1, 0, NULL, NULL, 0, 0 },
};
static const uint32_t atc__quectel_tcpip_qicfg_send_auto_shapes[] = {0x1fu};
static const uint16_t atc__quectel_tcpip_qicfg_send_auto_answers[] = {9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27};
ATC__QUECTEL_TCPIP_CHECK(qicfg_send_auto_fits, sizeof(atc_quectel_tcpip_qicfg_send_auto) <= ATC_MSG_BUF);
static const char *const atc__quectel_tcpip_qicfg_formatcfg_0_values[] = {"\"formatcfg\""};
static const int32_t atc__quectel_tcpip_qicfg_formatcfg_1_ranges[] = {0, 0, 1, 1};
static const atc_field_desc atc__quectel_tcpip_qicfg_formatcfg_fields[] = {
    { "\"formatcfg\"", ATC_T_LITERAL, 0, 0, 0, 0, 0, 1, NULL, atc__quectel_tcpip_qicfg_formatcfg_0_values, 0, -1, 0, NULL, NULL, 0, 0 },
    { "format", ATC_T_INT, 0, offsetof(atc_quectel_tcpip_qicfg_formatcfg, format), 0, 0, 2, 0, atc__quectel_tcpip_qicfg_formatcfg_1_ranges, NULL, 0, -1, 0, NULL, NULL, 0, 0 },
};
static const uint32_t atc__quectel_tcpip_qicfg_formatcfg_shapes[] = {0x3u};
static const uint16_t atc__quectel_tcpip_qicfg_formatcfg_answers[] = {9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27};
ATC__QUECTEL_TCPIP_CHECK(qicfg_formatcfg_fits, sizeof(atc_quectel_tcpip_qicfg_formatcfg) <= ATC_MSG_BUF);
static const char *const atc__quectel_tcpip_qicfg_qisend_timeout_0_values[] = {"\"qisend/timeout\""};
static const int32_t atc__quectel_tcpip_qicfg_qisend_timeout_1_ranges[] = {0, 120};
static const atc_field_desc atc__quectel_tcpip_qicfg_qisend_timeout_fields[] = {
    { "\"qisend/timeout\"", ATC_T_LITERAL, 0, 0, 0, 0, 0, 1, NULL, atc__quectel_tcpip_qicfg_qisend_timeout_0_values, 0, -1, 0, NULL, NULL, 0, 0 },
    { "timeout", ATC_T_INT, 0, offsetof(atc_quectel_tcpip_qicfg_qisend_timeout, timeout), 0, 0, 1, 0, atc__quectel_tcpip_qicfg_qisend_timeout_1_ranges, NULL, 0, -1, 0, NULL, NULL, 0, 0 },
};
static const uint32_t atc__quectel_tcpip_qicfg_qisend_timeout_shapes[] = {0x3u};
static const uint16_t atc__quectel_tcpip_qicfg_qisend_timeout_answers[] = {9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27};
ATC__QUECTEL_TCPIP_CHECK(qicfg_qisend_timeout_fits, sizeof(atc_quectel_tcpip_qicfg_qisend_timeout) <= ATC_MSG_BUF);
static const char *const atc__quectel_tcpip_qicfg_tcp_delay_ack_0_values[] = {"\"tcp/delay_ack\""};
static const int32_t atc__quectel_tcpip_qicfg_tcp_delay_ack_1_ranges[] = {0, 0, 1, 1};
static const atc_field_desc atc__quectel_tcpip_qicfg_tcp_delay_ack_fields[] = {
    { "\"tcp/delay_ack\"", ATC_T_LITERAL, 0, 0, 0, 0, 0, 1, NULL, atc__quectel_tcpip_qicfg_tcp_delay_ack_0_values, 0, -1, 0, NULL, NULL, 0, 0 },
    { "delay_ack", ATC_T_INT, 0, offsetof(atc_quectel_tcpip_qicfg_tcp_delay_ack, delay_ack), 0, 0, 2, 0, atc__quectel_tcpip_qicfg_tcp_delay_ack_1_ranges, NULL, 0, -1, 0, NULL, NULL, 0, 0 },
};
static const uint32_t atc__quectel_tcpip_qicfg_tcp_delay_ack_shapes[] = {0x3u};
static const uint16_t atc__quectel_tcpip_qicfg_tcp_delay_ack_answers[] = {9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27};
ATC__QUECTEL_TCPIP_CHECK(qicfg_tcp_delay_ack_fits, sizeof(atc_quectel_tcpip_qicfg_tcp_delay_ack) <= ATC_MSG_BUF);
static const char *const atc__quectel_tcpip_qicfg_dns_cache_0_values[] = {"\"dns/cache\""};
static const int32_t atc__quectel_tcpip_qicfg_dns_cache_1_ranges[] = {0, 0, 1, 1};
static const atc_field_desc atc__quectel_tcpip_qicfg_dns_cache_fields[] = {
    { "\"dns/cache\"", ATC_T_LITERAL, 0, 0, 0, 0, 0, 1, NULL, atc__quectel_tcpip_qicfg_dns_cache_0_values, 0, -1, 0, NULL, NULL, 0, 0 },
    { "dns_cache", ATC_T_INT, 0, offsetof(atc_quectel_tcpip_qicfg_dns_cache, dns_cache), 0, 0, 2, 0, atc__quectel_tcpip_qicfg_dns_cache_1_ranges, NULL, 0, -1, 0, NULL, NULL, 0, 0 },
};
static const uint32_t atc__quectel_tcpip_qicfg_dns_cache_shapes[] = {0x3u};
static const uint16_t atc__quectel_tcpip_qicfg_dns_cache_answers[] = {9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27};
ATC__QUECTEL_TCPIP_CHECK(qicfg_dns_cache_fits, sizeof(atc_quectel_tcpip_qicfg_dns_cache) <= ATC_MSG_BUF);
static const char *const atc__quectel_tcpip_qicfg_tcp_twrecycle_0_values[] = {"\"tcp/twrecycle\""};
static const int32_t atc__quectel_tcpip_qicfg_tcp_twrecycle_1_ranges[] = {2, 60000};
static const atc_field_desc atc__quectel_tcpip_qicfg_tcp_twrecycle_fields[] = {
    { "\"tcp/twrecycle\"", ATC_T_LITERAL, 0, 0, 0, 0, 0, 1, NULL, atc__quectel_tcpip_qicfg_tcp_twrecycle_0_values, 0, -1, 0, NULL, NULL, 0, 0 },
    { "timewait_timeout", ATC_T_INT, 0, offsetof(atc_quectel_tcpip_qicfg_tcp_twrecycle, timewait_timeout), 0, 0, 1, 0, atc__quectel_tcpip_qicfg_tcp_twrecycle_1_ranges, NULL, 0, -1, 0, NULL, NULL, 0, 0 },
};
static const uint32_t atc__quectel_tcpip_qicfg_tcp_twrecycle_shapes[] = {0x3u};
static const uint16_t atc__quectel_tcpip_qicfg_tcp_twrecycle_answers[] = {9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27};
ATC__QUECTEL_TCPIP_CHECK(qicfg_tcp_twrecycle_fits, sizeof(atc_quectel_tcpip_qicfg_tcp_twrecycle) <= ATC_MSG_BUF);
static const char *const atc__quectel_tcpip_qicfg_dns_retry_0_values[] = {"\"dns/retry\""};
static const int32_t atc__quectel_tcpip_qicfg_dns_retry_1_ranges[] = {1, 4};
static const int32_t atc__quectel_tcpip_qicfg_dns_retry_2_ranges[] = {100, 2000};
static const atc_field_desc atc__quectel_tcpip_qicfg_dns_retry_fields[] = {
    { "\"dns/retry\"", ATC_T_LITERAL, 0, 0, 0, 0, 0, 1, NULL, atc__quectel_tcpip_qicfg_dns_retry_0_values, 0, -1, 0, NULL, NULL, 0, 0 },
    { "retry_ack", ATC_T_INT, 0, offsetof(atc_quectel_tcpip_qicfg_dns_retry, retry_ack), 0, 0, 1, 0, atc__quectel_tcpip_qicfg_dns_retry_1_ranges, NULL, 0, -1, 0, NULL, NULL, 0, 0 },
    { "retry_timeout", ATC_T_INT, 0, offsetof(atc_quectel_tcpip_qicfg_dns_retry, retry_timeout), 0, 0, 1, 0, atc__quectel_tcpip_qicfg_dns_retry_2_ranges, NULL, 0, -1, 0, NULL, NULL, 0, 0 },
};
static const uint32_t atc__quectel_tcpip_qicfg_dns_retry_shapes[] = {0x7u};
static const uint16_t atc__quectel_tcpip_qicfg_dns_retry_answers[] = {9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27};
ATC__QUECTEL_TCPIP_CHECK(qicfg_dns_retry_fits, sizeof(atc_quectel_tcpip_qicfg_dns_retry) <= ATC_MSG_BUF);
static const atc_field_desc atc__quectel_tcpip_qicsgp_test_fields[] = {
    { "context_id", ATC_T_SUPPORTED, 0, offsetof(atc_quectel_tcpip_qicsgp_test, context_id), 0, 0, 0, 0, NULL, NULL, 0, -1, 0, NULL, NULL, 0, 0 },
    { "context_type", ATC_T_SUPPORTED, 0, offsetof(atc_quectel_tcpip_qicsgp_test, context_type), 0, 0, 0, 0, NULL, NULL, 0, -1, 0, NULL, NULL, 0, 0 },
    { "apn", ATC_T_SUPPORTED, 0, offsetof(atc_quectel_tcpip_qicsgp_test, apn), 0, 0, 0, 0, NULL, NULL, 0, -1, 0, NULL, NULL, 0, 0 },
    { "username", ATC_T_SUPPORTED, 0, offsetof(atc_quectel_tcpip_qicsgp_test, username), 0, 0, 0, 0, NULL, NULL, 0, -1, 0, NULL, NULL, 0, 0 },
    { "password", ATC_T_SUPPORTED, 0, offsetof(atc_quectel_tcpip_qicsgp_test, password), 0, 0, 0, 0, NULL, NULL, 0, -1, 0, NULL, NULL, 0, 0 },
    { "authentication", ATC_T_SUPPORTED, 0, offsetof(atc_quectel_tcpip_qicsgp_test, authentication), 0, 0, 0, 0, NULL, NULL, 0, -1, 0, NULL, NULL, 0, 0 },
};
static const uint32_t atc__quectel_tcpip_qicsgp_test_shapes[] = {0x3fu};
static const uint16_t atc__quectel_tcpip_qicsgp_test_answers[] = {28};
ATC__QUECTEL_TCPIP_CHECK(qicsgp_test_fits, sizeof(atc_quectel_tcpip_qicsgp_test) <= ATC_MSG_BUF);
static const int32_t atc__quectel_tcpip_qicsgp_query_0_ranges[] = {1, 1, 2, 2, 3, 3};
static const int32_t atc__quectel_tcpip_qicsgp_query_4_ranges[] = {0, 0, 1, 1, 2, 2, 3, 3};
static const atc_field_desc atc__quectel_tcpip_qicsgp_query_fields[] = {
    { "context_type", ATC_T_INT, 0, offsetof(atc_quectel_tcpip_qicsgp_query, context_type), 0, 0, 3, 0, atc__quectel_tcpip_qicsgp_query_0_ranges, NULL, 0, -1, 0, NULL, NULL, 0, 0 },
    { "apn", ATC_T_STRING, 0, offsetof(atc_quectel_tcpip_qicsgp_query, apn), 0, 0, 0, 0, NULL, NULL, 0, -1, 0, NULL, NULL, 0, 0 },
    { "username", ATC_T_STRING, 0, offsetof(atc_quectel_tcpip_qicsgp_query, username), 0, 127, 0, 0, NULL, NULL, 0, -1, 0, NULL, NULL, 0, 0 },
    { "password", ATC_T_STRING, 0, offsetof(atc_quectel_tcpip_qicsgp_query, password), 0, 127, 0, 0, NULL, NULL, 0, -1, 0, NULL, NULL, 0, 0 },
    { "authentication", ATC_T_INT, 0, offsetof(atc_quectel_tcpip_qicsgp_query, authentication), 0, 0, 4, 0, atc__quectel_tcpip_qicsgp_query_4_ranges, NULL, 0, -1, 0, NULL, NULL, 0, 0 },
};
static const uint32_t atc__quectel_tcpip_qicsgp_query_shapes[] = {0x1fu};
static const uint16_t atc__quectel_tcpip_qicsgp_query_answers[] = {29};
ATC__QUECTEL_TCPIP_CHECK(qicsgp_query_fits, sizeof(atc_quectel_tcpip_qicsgp_query) <= ATC_MSG_BUF);
static const atc_field_desc atc__quectel_tcpip_qiact_test_fields[] = {
    { "context_id", ATC_T_SUPPORTED, 0, offsetof(atc_quectel_tcpip_qiact_test, context_id), 0, 0, 0, 0, NULL, NULL, 0, -1, 0, NULL, NULL, 0, 0 },
};
static const uint32_t atc__quectel_tcpip_qiact_test_shapes[] = {0x1u};
static const uint16_t atc__quectel_tcpip_qiact_test_answers[] = {30};
ATC__QUECTEL_TCPIP_CHECK(qiact_test_fits, sizeof(atc_quectel_tcpip_qiact_test) <= ATC_MSG_BUF);
static const int32_t atc__quectel_tcpip_qiact_read_0_ranges[] = {1, 15};
static const int32_t atc__quectel_tcpip_qiact_read_1_ranges[] = {0, 0, 1, 1};
static const int32_t atc__quectel_tcpip_qiact_read_2_ranges[] = {1, 1, 2, 2, 3, 3};
static const atc_field_desc atc__quectel_tcpip_qiact_read_fields[] = {
    { "context_id", ATC_T_INT, 0, offsetof(atc_quectel_tcpip_qiact_read, context_id), 0, 0, 1, 0, atc__quectel_tcpip_qiact_read_0_ranges, NULL, 0, -1, 0, NULL, NULL, 0, 0 },
    { "context_state", ATC_T_INT, 0, offsetof(atc_quectel_tcpip_qiact_read, context_state), 0, 0, 2, 0, atc__quectel_tcpip_qiact_read_1_ranges, NULL, 0, -1, 0, NULL, NULL, 0, 0 },
    { "context_type", ATC_T_INT, 0, offsetof(atc_quectel_tcpip_qiact_read, context_type), 0, 0, 3, 0, atc__quectel_tcpip_qiact_read_2_ranges, NULL, 0, -1, 0, NULL, NULL, 0, 0 },
    { "ipv4_address", ATC_T_STRING, ATC_F_OPTIONAL, offsetof(atc_quectel_tcpip_qiact_read, ipv4_address), offsetof(atc_quectel_tcpip_qiact_read, has_ipv4_address), 0, 0, 0, NULL, NULL, 64, -1, 0, NULL, NULL, 0, 0 },
    { "ipv6_address", ATC_T_STRING, ATC_F_OPTIONAL, offsetof(atc_quectel_tcpip_qiact_read, ipv6_address), offsetof(atc_quectel_tcpip_qiact_read, has_ipv6_address), 0, 0, 0, NULL, NULL, 128, -1, 0, NULL, NULL, 0, 0 },
};
static const uint32_t atc__quectel_tcpip_qiact_read_shapes[] = {0x7u, 0xfu, 0x17u, 0x1fu};
static const uint16_t atc__quectel_tcpip_qiact_read_answers[] = {31};
ATC__QUECTEL_TCPIP_CHECK(qiact_read_fits, sizeof(atc_quectel_tcpip_qiact_read) <= ATC_MSG_BUF);
static const atc_field_desc atc__quectel_tcpip_qideact_test_fields[] = {
    { "context_id", ATC_T_SUPPORTED, 0, offsetof(atc_quectel_tcpip_qideact_test, context_id), 0, 0, 0, 0, NULL, NULL, 0, -1, 0, NULL, NULL, 0, 0 },
};
static const uint32_t atc__quectel_tcpip_qideact_test_shapes[] = {0x1u};
static const uint16_t atc__quectel_tcpip_qideact_test_answers[] = {33};
ATC__QUECTEL_TCPIP_CHECK(qideact_test_fits, sizeof(atc_quectel_tcpip_qideact_test) <= ATC_MSG_BUF);
static const atc_field_desc atc__quectel_tcpip_qiactex_test_fields[] = {
    { "context_id", ATC_T_SUPPORTED, 0, offsetof(atc_quectel_tcpip_qiactex_test, context_id), 0, 0, 0, 0, NULL, NULL, 0, -1, 0, NULL, NULL, 0, 0 },
    { "view_mode", ATC_T_SUPPORTED, 0, offsetof(atc_quectel_tcpip_qiactex_test, view_mode), 0, 0, 0, 0, NULL, NULL, 0, -1, 0, NULL, NULL, 0, 0 },
};
static const uint32_t atc__quectel_tcpip_qiactex_test_shapes[] = {0x3u};
static const uint16_t atc__quectel_tcpip_qiactex_test_answers[] = {35};
ATC__QUECTEL_TCPIP_CHECK(qiactex_test_fits, sizeof(atc_quectel_tcpip_qiactex_test) <= ATC_MSG_BUF);
static const int32_t atc__quectel_tcpip_qiactex_read_0_ranges[] = {1, 15};
static const int32_t atc__quectel_tcpip_qiactex_read_1_ranges[] = {0, 0, 1, 1};
static const int32_t atc__quectel_tcpip_qiactex_read_2_ranges[] = {1, 1, 2, 2, 3, 3};
static const atc_field_desc atc__quectel_tcpip_qiactex_read_fields[] = {
    { "context_id", ATC_T_INT, 0, offsetof(atc_quectel_tcpip_qiactex_read, context_id), 0, 0, 1, 0, atc__quectel_tcpip_qiactex_read_0_ranges, NULL, 0, -1, 0, NULL, NULL, 0, 0 },
    { "context_state", ATC_T_INT, 0, offsetof(atc_quectel_tcpip_qiactex_read, context_state), 0, 0, 2, 0, atc__quectel_tcpip_qiactex_read_1_ranges, NULL, 0, -1, 0, NULL, NULL, 0, 0 },
    { "context_type", ATC_T_INT, 0, offsetof(atc_quectel_tcpip_qiactex_read, context_type), 0, 0, 3, 0, atc__quectel_tcpip_qiactex_read_2_ranges, NULL, 0, -1, 0, NULL, NULL, 0, 0 },
    { "ipv4_address", ATC_T_STRING, ATC_F_OPTIONAL, offsetof(atc_quectel_tcpip_qiactex_read, ipv4_address), offsetof(atc_quectel_tcpip_qiactex_read, has_ipv4_address), 0, 0, 0, NULL, NULL, 64, -1, 0, NULL, NULL, 0, 0 },
    { "ipv6_address", ATC_T_STRING, ATC_F_OPTIONAL, offsetof(atc_quectel_tcpip_qiactex_read, ipv6_address), offsetof(atc_quectel_tcpip_qiactex_read, has_ipv6_address), 0, 0, 0, NULL, NULL, 128, -1, 0, NULL, NULL, 0, 0 },
};
static const uint32_t atc__quectel_tcpip_qiactex_read_shapes[] = {0x7u, 0xfu, 0x17u, 0x1fu};
static const uint16_t atc__quectel_tcpip_qiactex_read_answers[] = {36};
ATC__QUECTEL_TCPIP_CHECK(qiactex_read_fits, sizeof(atc_quectel_tcpip_qiactex_read) <= ATC_MSG_BUF);
static const atc_field_desc atc__quectel_tcpip_qideactex_test_fields[] = {
    { "context_id", ATC_T_SUPPORTED, 0, offsetof(atc_quectel_tcpip_qideactex_test, context_id), 0, 0, 0, 0, NULL, NULL, 0, -1, 0, NULL, NULL, 0, 0 },
};
static const uint32_t atc__quectel_tcpip_qideactex_test_shapes[] = {0x1u};
static const uint16_t atc__quectel_tcpip_qideactex_test_answers[] = {38};
ATC__QUECTEL_TCPIP_CHECK(qideactex_test_fits, sizeof(atc_quectel_tcpip_qideactex_test) <= ATC_MSG_BUF);
static const atc_field_desc atc__quectel_tcpip_qiopen_test_fields[] = {
    { "context_id", ATC_T_SUPPORTED, 0, offsetof(atc_quectel_tcpip_qiopen_test, context_id), 0, 0, 0, 0, NULL, NULL, 0, -1, 0, NULL, NULL, 0, 0 },
    { "connect_id", ATC_T_SUPPORTED, 0, offsetof(atc_quectel_tcpip_qiopen_test, connect_id), 0, 0, 0, 0, NULL, NULL, 0, -1, 0, NULL, NULL, 0, 0 },
    { "service_type", ATC_T_SUPPORTED, 0, offsetof(atc_quectel_tcpip_qiopen_test, service_type), 0, 0, 0, 0, NULL, NULL, 0, -1, 0, NULL, NULL, 0, 0 },
    { "ip_address", ATC_T_SUPPORTED, 0, offsetof(atc_quectel_tcpip_qiopen_test, ip_address), 0, 0, 0, 0, NULL, NULL, 0, -1, 0, NULL, NULL, 0, 0 },
    { "remote_port", ATC_T_SUPPORTED, 0, offsetof(atc_quectel_tcpip_qiopen_test, remote_port), 0, 0, 0, 0, NULL, NULL, 0, -1, 0, NULL, NULL, 0, 0 },
    { "local_port", ATC_T_SUPPORTED, 0, offsetof(atc_quectel_tcpip_qiopen_test, local_port), 0, 0, 0, 0, NULL, NULL, 0, -1, 0, NULL, NULL, 0, 0 },
    { "access_mode", ATC_T_SUPPORTED, 0, offsetof(atc_quectel_tcpip_qiopen_test, access_mode), 0, 0, 0, 0, NULL, NULL, 0, -1, 0, NULL, NULL, 0, 0 },
    { "tcp_client_maxnum", ATC_T_SUPPORTED, 0, offsetof(atc_quectel_tcpip_qiopen_test, tcp_client_maxnum), 0, 0, 0, 0, NULL, NULL, 0, -1, 0, NULL, NULL, 0, 0 },
};
static const uint32_t atc__quectel_tcpip_qiopen_test_shapes[] = {0xffu};
static const uint16_t atc__quectel_tcpip_qiopen_test_answers[] = {40};
ATC__QUECTEL_TCPIP_CHECK(qiopen_test_fits, sizeof(atc_quectel_tcpip_qiopen_test) <= ATC_MSG_BUF);
static const atc_field_desc atc__quectel_tcpip_qiclose_test_fields[] = {
    { "connect_id", ATC_T_SUPPORTED, 0, offsetof(atc_quectel_tcpip_qiclose_test, connect_id), 0, 0, 0, 0, NULL, NULL, 0, -1, 0, NULL, NULL, 0, 0 },
    { "timeout", ATC_T_SUPPORTED, 0, offsetof(atc_quectel_tcpip_qiclose_test, timeout), 0, 0, 0, 0, NULL, NULL, 0, -1, 0, NULL, NULL, 0, 0 },
};
static const uint32_t atc__quectel_tcpip_qiclose_test_shapes[] = {0x3u};
static const uint16_t atc__quectel_tcpip_qiclose_test_answers[] = {42};
ATC__QUECTEL_TCPIP_CHECK(qiclose_test_fits, sizeof(atc_quectel_tcpip_qiclose_test) <= ATC_MSG_BUF);
static const int32_t atc__quectel_tcpip_qistate_0_ranges[] = {0, 11};
static const char *const atc__quectel_tcpip_qistate_1_values[] = {"TCP", "UDP", "TCP LISTENER", "TCP INCOMING", "UDP SERVICE", "UDP INCOMING"};
static const int32_t atc__quectel_tcpip_qistate_3_ranges[] = {0, 65535};
static const int32_t atc__quectel_tcpip_qistate_4_ranges[] = {0, 65535};
static const int32_t atc__quectel_tcpip_qistate_5_ranges[] = {0, 0, 1, 1, 2, 2, 3, 3, 4, 4};
static const int32_t atc__quectel_tcpip_qistate_6_ranges[] = {1, 15};
static const int32_t atc__quectel_tcpip_qistate_8_ranges[] = {0, 0, 1, 1, 2, 2};
static const char *const atc__quectel_tcpip_qistate_9_values[] = {"usbmodem", "usbat", "uart1", "cmux1", "cmux2", "cmux3", "cmux4"};
static const atc_field_desc atc__quectel_tcpip_qistate_fields[] = {
    { "connect_id", ATC_T_INT, 0, offsetof(atc_quectel_tcpip_qistate, connect_id), 0, 0, 1, 0, atc__quectel_tcpip_qistate_0_ranges, NULL, 0, -1, 0, NULL, NULL, 0, 0 },
    { "service_type", ATC_T_STRING, 0, offsetof(atc_quectel_tcpip_qistate, service_type), 0, 0, 0, 6, NULL, atc__quectel_tcpip_qistate_1_values, 0, -1, 0, NULL, NULL, 0, 0 },
    { "ip_address", ATC_T_STRING, 0, offsetof(atc_quectel_tcpip_qistate, ip_address), 0, 0, 0, 0, NULL, NULL, 0, -1, 0, NULL, NULL, 0, 0 },
    { "remote_port", ATC_T_INT, 0, offsetof(atc_quectel_tcpip_qistate, remote_port), 0, 0, 1, 0, atc__quectel_tcpip_qistate_3_ranges, NULL, 0, -1, 0, NULL, NULL, 0, 0 },
    { "local_port", ATC_T_INT, 0, offsetof(atc_quectel_tcpip_qistate, local_port), 0, 0, 1, 0, atc__quectel_tcpip_qistate_4_ranges, NULL, 0, -1, 0, NULL, NULL, 0, 0 },
    { "socket_state", ATC_T_INT, 0, offsetof(atc_quectel_tcpip_qistate, socket_state), 0, 0, 5, 0, atc__quectel_tcpip_qistate_5_ranges, NULL, 0, -1, 0, NULL, NULL, 0, 0 },
    { "context_id", ATC_T_INT, 0, offsetof(atc_quectel_tcpip_qistate, context_id), 0, 0, 1, 0, atc__quectel_tcpip_qistate_6_ranges, NULL, 0, -1, 0, NULL, NULL, 0, 0 },
    { "server_id", ATC_T_INT, 0, offsetof(atc_quectel_tcpip_qistate, server_id), 0, 0, 0, 0, NULL, NULL, 0, -1, 0, NULL, NULL, 0, 0 },
    { "access_mode", ATC_T_INT, 0, offsetof(atc_quectel_tcpip_qistate, access_mode), 0, 0, 3, 0, atc__quectel_tcpip_qistate_8_ranges, NULL, 0, -1, 0, NULL, NULL, 0, 0 },
    { "at_port", ATC_T_STRING, 0, offsetof(atc_quectel_tcpip_qistate, at_port), 0, 0, 0, 7, NULL, atc__quectel_tcpip_qistate_9_values, 0, -1, 0, NULL, NULL, 0, 0 },
};
static const uint32_t atc__quectel_tcpip_qistate_shapes[] = {0x3ffu};
static const uint16_t atc__quectel_tcpip_qistate_answers[] = {45, 47, 46};
ATC__QUECTEL_TCPIP_CHECK(qistate_fits, sizeof(atc_quectel_tcpip_qistate) <= ATC_MSG_BUF);
static const atc_field_desc atc__quectel_tcpip_qisend_test_fields[] = {
    { "connect_id", ATC_T_SUPPORTED, 0, offsetof(atc_quectel_tcpip_qisend_test, connect_id), 0, 0, 0, 0, NULL, NULL, 0, -1, 0, NULL, NULL, 0, 0 },
    { "send_length", ATC_T_SUPPORTED, 0, offsetof(atc_quectel_tcpip_qisend_test, send_length), 0, 0, 0, 0, NULL, NULL, 0, -1, 0, NULL, NULL, 0, 0 },
};
static const uint32_t atc__quectel_tcpip_qisend_test_shapes[] = {0x3u};
static const uint16_t atc__quectel_tcpip_qisend_test_answers[] = {48};
ATC__QUECTEL_TCPIP_CHECK(qisend_test_fits, sizeof(atc_quectel_tcpip_qisend_test) <= ATC_MSG_BUF);
static const atc_field_desc atc__quectel_tcpip_qisend_query_fields[] = {
    { "total_send_length", ATC_T_INT, 0, offsetof(atc_quectel_tcpip_qisend_query, total_send_length), 0, 0, 0, 0, NULL, NULL, 0, -1, 0, NULL, NULL, 0, 0 },
    { "ackedbytes", ATC_T_INT, 0, offsetof(atc_quectel_tcpip_qisend_query, ackedbytes), 0, 0, 0, 0, NULL, NULL, 0, -1, 0, NULL, NULL, 0, 0 },
    { "unackedbytes", ATC_T_INT, 0, offsetof(atc_quectel_tcpip_qisend_query, unackedbytes), 0, 0, 0, 0, NULL, NULL, 0, -1, 0, NULL, NULL, 0, 0 },
};
static const uint32_t atc__quectel_tcpip_qisend_query_shapes[] = {0x7u};
static const uint16_t atc__quectel_tcpip_qisend_query_answers[] = {49};
ATC__QUECTEL_TCPIP_CHECK(qisend_query_fits, sizeof(atc_quectel_tcpip_qisend_query) <= ATC_MSG_BUF);
static const int32_t atc__quectel_tcpip_qisend_view_0_ranges[] = {0, 11};
static const int32_t atc__quectel_tcpip_qisend_view_1_ranges[] = {0, 0, 1, 1};
static const int32_t atc__quectel_tcpip_qisend_view_2_ranges[] = {0, 10240};
static const atc_field_desc atc__quectel_tcpip_qisend_view_fields[] = {
    { "connect_id", ATC_T_INT, 0, offsetof(atc_quectel_tcpip_qisend_view, connect_id), 0, 0, 1, 0, atc__quectel_tcpip_qisend_view_0_ranges, NULL, 0, -1, 0, NULL, NULL, 0, 0 },
    { "status", ATC_T_INT, 0, offsetof(atc_quectel_tcpip_qisend_view, status), 0, 0, 2, 0, atc__quectel_tcpip_qisend_view_1_ranges, NULL, 0, -1, 0, NULL, NULL, 0, 0 },
    { "freesize", ATC_T_INT, 0, offsetof(atc_quectel_tcpip_qisend_view, freesize), 0, 0, 1, 0, atc__quectel_tcpip_qisend_view_2_ranges, NULL, 0, -1, 0, NULL, NULL, 0, 0 },
};
static const uint32_t atc__quectel_tcpip_qisend_view_shapes[] = {0x7u};
static const uint16_t atc__quectel_tcpip_qisend_view_answers[] = {49};
ATC__QUECTEL_TCPIP_CHECK(qisend_view_fits, sizeof(atc_quectel_tcpip_qisend_view) <= ATC_MSG_BUF);
static const atc_field_desc atc__quectel_tcpip_qird_test_fields[] = {
    { "connect_id", ATC_T_SUPPORTED, 0, offsetof(atc_quectel_tcpip_qird_test, connect_id), 0, 0, 0, 0, NULL, NULL, 0, -1, 0, NULL, NULL, 0, 0 },
    { "read_length", ATC_T_SUPPORTED, 0, offsetof(atc_quectel_tcpip_qird_test, read_length), 0, 0, 0, 0, NULL, NULL, 0, -1, 0, NULL, NULL, 0, 0 },
};
static const uint32_t atc__quectel_tcpip_qird_test_shapes[] = {0x3u};
static const uint16_t atc__quectel_tcpip_qird_test_answers[] = {50};
ATC__QUECTEL_TCPIP_CHECK(qird_test_fits, sizeof(atc_quectel_tcpip_qird_test) <= ATC_MSG_BUF);
static const int32_t atc__quectel_tcpip_qird_data_0_ranges[] = {0, 1500};
static const atc_field_desc atc__quectel_tcpip_qird_data_fields[] = {
    { "read_actual_length", ATC_T_INT, 0, offsetof(atc_quectel_tcpip_qird_data, read_actual_length), 0, 0, 1, 0, atc__quectel_tcpip_qird_data_0_ranges, NULL, 0, -1, 0, NULL, NULL, 0, 0 },
};
static const uint32_t atc__quectel_tcpip_qird_data_shapes[] = {0x1u};
static const uint16_t atc__quectel_tcpip_qird_data_answers[] = {51};
ATC__QUECTEL_TCPIP_CHECK(qird_data_fits, sizeof(atc_quectel_tcpip_qird_data) <= ATC_MSG_BUF);
static const int32_t atc__quectel_tcpip_qird_udp_0_ranges[] = {0, 1500};
static const int32_t atc__quectel_tcpip_qird_udp_2_ranges[] = {1, 65535};
static const atc_field_desc atc__quectel_tcpip_qird_udp_fields[] = {
    { "read_actual_length", ATC_T_INT, 0, offsetof(atc_quectel_tcpip_qird_udp, read_actual_length), 0, 0, 1, 0, atc__quectel_tcpip_qird_udp_0_ranges, NULL, 0, -1, 0, NULL, NULL, 0, 0 },
    { "remote_ip", ATC_T_STRING, 0, offsetof(atc_quectel_tcpip_qird_udp, remote_ip), 0, 0, 0, 0, NULL, NULL, 0, -1, 0, NULL, NULL, 0, 0 },
    { "remote_port", ATC_T_INT, 0, offsetof(atc_quectel_tcpip_qird_udp, remote_port), 0, 0, 1, 0, atc__quectel_tcpip_qird_udp_2_ranges, NULL, 0, -1, 0, NULL, NULL, 0, 0 },
};
static const uint32_t atc__quectel_tcpip_qird_udp_shapes[] = {0x7u};
static const uint16_t atc__quectel_tcpip_qird_udp_answers[] = {51};
ATC__QUECTEL_TCPIP_CHECK(qird_udp_fits, sizeof(atc_quectel_tcpip_qird_udp) <= ATC_MSG_BUF);
static const atc_field_desc atc__quectel_tcpip_qird_query_fields[] = {
    { "total_receive_length", ATC_T_INT, 0, offsetof(atc_quectel_tcpip_qird_query, total_receive_length), 0, 0, 0, 0, NULL, NULL, 0, -1, 0, NULL, NULL, 0, 0 },
    { "have_read_length", ATC_T_INT, 0, offsetof(atc_quectel_tcpip_qird_query, have_read_length), 0, 0, 0, 0, NULL, NULL, 0, -1, 0, NULL, NULL, 0, 0 },
    { "unread_length", ATC_T_INT, 0, offsetof(atc_quectel_tcpip_qird_query, unread_length), 0, 0, 0, 0, NULL, NULL, 0, -1, 0, NULL, NULL, 0, 0 },
};
static const uint32_t atc__quectel_tcpip_qird_query_shapes[] = {0x7u};
static const uint16_t atc__quectel_tcpip_qird_query_answers[] = {51};
ATC__QUECTEL_TCPIP_CHECK(qird_query_fits, sizeof(atc_quectel_tcpip_qird_query) <= ATC_MSG_BUF);
static const atc_field_desc atc__quectel_tcpip_qisendex_test_fields[] = {
    { "connect_id", ATC_T_SUPPORTED, 0, offsetof(atc_quectel_tcpip_qisendex_test, connect_id), 0, 0, 0, 0, NULL, NULL, 0, -1, 0, NULL, NULL, 0, 0 },
    { "hex_string", ATC_T_SUPPORTED, 0, offsetof(atc_quectel_tcpip_qisendex_test, hex_string), 0, 0, 0, 0, NULL, NULL, 0, -1, 0, NULL, NULL, 0, 0 },
};
static const uint32_t atc__quectel_tcpip_qisendex_test_shapes[] = {0x3u};
static const uint16_t atc__quectel_tcpip_qisendex_test_answers[] = {52};
ATC__QUECTEL_TCPIP_CHECK(qisendex_test_fits, sizeof(atc_quectel_tcpip_qisendex_test) <= ATC_MSG_BUF);
static const int32_t atc__quectel_tcpip_qisendex_view_0_ranges[] = {0, 11};
static const int32_t atc__quectel_tcpip_qisendex_view_1_ranges[] = {0, 0, 1, 1};
static const int32_t atc__quectel_tcpip_qisendex_view_2_ranges[] = {0, 10240};
static const atc_field_desc atc__quectel_tcpip_qisendex_view_fields[] = {
    { "connect_id", ATC_T_INT, 0, offsetof(atc_quectel_tcpip_qisendex_view, connect_id), 0, 0, 1, 0, atc__quectel_tcpip_qisendex_view_0_ranges, NULL, 0, -1, 0, NULL, NULL, 0, 0 },
    { "status", ATC_T_INT, 0, offsetof(atc_quectel_tcpip_qisendex_view, status), 0, 0, 2, 0, atc__quectel_tcpip_qisendex_view_1_ranges, NULL, 0, -1, 0, NULL, NULL, 0, 0 },
    { "freesize", ATC_T_INT, 0, offsetof(atc_quectel_tcpip_qisendex_view, freesize), 0, 0, 1, 0, atc__quectel_tcpip_qisendex_view_2_ranges, NULL, 0, -1, 0, NULL, NULL, 0, 0 },
};
static const uint32_t atc__quectel_tcpip_qisendex_view_shapes[] = {0x7u};
static const uint16_t atc__quectel_tcpip_qisendex_view_answers[] = {53};
ATC__QUECTEL_TCPIP_CHECK(qisendex_view_fits, sizeof(atc_quectel_tcpip_qisendex_view) <= ATC_MSG_BUF);
static const atc_field_desc atc__quectel_tcpip_qiswtmd_test_fields[] = {
    { "connect_id", ATC_T_SUPPORTED, 0, offsetof(atc_quectel_tcpip_qiswtmd_test, connect_id), 0, 0, 0, 0, NULL, NULL, 0, -1, 0, NULL, NULL, 0, 0 },
    { "access_mode", ATC_T_SUPPORTED, 0, offsetof(atc_quectel_tcpip_qiswtmd_test, access_mode), 0, 0, 0, 0, NULL, NULL, 0, -1, 0, NULL, NULL, 0, 0 },
};
static const uint32_t atc__quectel_tcpip_qiswtmd_test_shapes[] = {0x3u};
static const uint16_t atc__quectel_tcpip_qiswtmd_test_answers[] = {54};
ATC__QUECTEL_TCPIP_CHECK(qiswtmd_test_fits, sizeof(atc_quectel_tcpip_qiswtmd_test) <= ATC_MSG_BUF);
static const atc_field_desc atc__quectel_tcpip_qping_test_fields[] = {
    { "context_id", ATC_T_SUPPORTED, 0, offsetof(atc_quectel_tcpip_qping_test, context_id), 0, 0, 0, 0, NULL, NULL, 0, -1, 0, NULL, NULL, 0, 0 },
    { "host", ATC_T_SUPPORTED, 0, offsetof(atc_quectel_tcpip_qping_test, host), 0, 0, 0, 0, NULL, NULL, 0, -1, 0, NULL, NULL, 0, 0 },
    { "timeout", ATC_T_SUPPORTED, 0, offsetof(atc_quectel_tcpip_qping_test, timeout), 0, 0, 0, 0, NULL, NULL, 0, -1, 0, NULL, NULL, 0, 0 },
    { "pingnum", ATC_T_SUPPORTED, 0, offsetof(atc_quectel_tcpip_qping_test, pingnum), 0, 0, 0, 0, NULL, NULL, 0, -1, 0, NULL, NULL, 0, 0 },
};
static const uint32_t atc__quectel_tcpip_qping_test_shapes[] = {0xfu};
static const uint16_t atc__quectel_tcpip_qping_test_answers[] = {56};
ATC__QUECTEL_TCPIP_CHECK(qping_test_fits, sizeof(atc_quectel_tcpip_qping_test) <= ATC_MSG_BUF);
static const atc_field_desc atc__quectel_tcpip_qntp_test_fields[] = {
    { "context_id", ATC_T_SUPPORTED, 0, offsetof(atc_quectel_tcpip_qntp_test, context_id), 0, 0, 0, 0, NULL, NULL, 0, -1, 0, NULL, NULL, 0, 0 },
    { "server", ATC_T_SUPPORTED, 0, offsetof(atc_quectel_tcpip_qntp_test, server), 0, 0, 0, 0, NULL, NULL, 0, -1, 0, NULL, NULL, 0, 0 },
    { "port", ATC_T_SUPPORTED, 0, offsetof(atc_quectel_tcpip_qntp_test, port), 0, 0, 0, 0, NULL, NULL, 0, -1, 0, NULL, NULL, 0, 0 },
    { "autosettime", ATC_T_SUPPORTED, 0, offsetof(atc_quectel_tcpip_qntp_test, autosettime), 0, 0, 0, 0, NULL, NULL, 0, -1, 0, NULL, NULL, 0, 0 },
};
static const uint32_t atc__quectel_tcpip_qntp_test_shapes[] = {0xfu};
static const uint16_t atc__quectel_tcpip_qntp_test_answers[] = {58};
ATC__QUECTEL_TCPIP_CHECK(qntp_test_fits, sizeof(atc_quectel_tcpip_qntp_test) <= ATC_MSG_BUF);
static const int32_t atc__quectel_tcpip_qntp_read_1_ranges[] = {1, 65535};
static const atc_field_desc atc__quectel_tcpip_qntp_read_fields[] = {
    { "server", ATC_T_STRING, 0, offsetof(atc_quectel_tcpip_qntp_read, server), 0, 0, 0, 0, NULL, NULL, 0, -1, 0, NULL, NULL, 0, 0 },
    { "port", ATC_T_INT, 0, offsetof(atc_quectel_tcpip_qntp_read, port), 0, 0, 1, 0, atc__quectel_tcpip_qntp_read_1_ranges, NULL, 0, -1, 0, NULL, NULL, 0, 0 },
};
static const uint32_t atc__quectel_tcpip_qntp_read_shapes[] = {0x3u};
static const uint16_t atc__quectel_tcpip_qntp_read_answers[] = {59};
ATC__QUECTEL_TCPIP_CHECK(qntp_read_fits, sizeof(atc_quectel_tcpip_qntp_read) <= ATC_MSG_BUF);
static const atc_field_desc atc__quectel_tcpip_qidnscfg_test_fields[] = {
    { "context_id", ATC_T_SUPPORTED, 0, offsetof(atc_quectel_tcpip_qidnscfg_test, context_id), 0, 0, 0, 0, NULL, NULL, 0, -1, 0, NULL, NULL, 0, 0 },
    { "pridnsaddr", ATC_T_SUPPORTED, 0, offsetof(atc_quectel_tcpip_qidnscfg_test, pridnsaddr), 0, 0, 0, 0, NULL, NULL, 0, -1, 0, NULL, NULL, 0, 0 },
    { "secdnsaddr", ATC_T_SUPPORTED, 0, offsetof(atc_quectel_tcpip_qidnscfg_test, secdnsaddr), 0, 0, 0, 0, NULL, NULL, 0, -1, 0, NULL, NULL, 0, 0 },
};
static const uint32_t atc__quectel_tcpip_qidnscfg_test_shapes[] = {0x7u};
static const uint16_t atc__quectel_tcpip_qidnscfg_test_answers[] = {61};
ATC__QUECTEL_TCPIP_CHECK(qidnscfg_test_fits, sizeof(atc_quectel_tcpip_qidnscfg_test) <= ATC_MSG_BUF);
static const int32_t atc__quectel_tcpip_qidnscfg_ipv4v6_0_ranges[] = {1, 15};
static const atc_field_desc atc__quectel_tcpip_qidnscfg_ipv4v6_fields[] = {
    { "context_id", ATC_T_INT, 0, offsetof(atc_quectel_tcpip_qidnscfg_ipv4v6, context_id), 0, 0, 1, 0, atc__quectel_tcpip_qidnscfg_ipv4v6_0_ranges, NULL, 0, -1, 0, NULL, NULL, 0, 0 },
    { "ipv4pridnsaddr", ATC_T_STRING, 0, offsetof(atc_quectel_tcpip_qidnscfg_ipv4v6, ipv4pridnsaddr), 0, 0, 0, 0, NULL, NULL, 64, -1, 0, NULL, NULL, 0, 0 },
    { "ipv4secdnsaddr", ATC_T_STRING, 0, offsetof(atc_quectel_tcpip_qidnscfg_ipv4v6, ipv4secdnsaddr), 0, 0, 0, 0, NULL, NULL, 64, -1, 0, NULL, NULL, 0, 0 },
    { "ipv6pridnsaddr", ATC_T_STRING, 0, offsetof(atc_quectel_tcpip_qidnscfg_ipv4v6, ipv6pridnsaddr), 0, 0, 0, 0, NULL, NULL, 128, -1, 0, NULL, NULL, 0, 0 },
    { "ipv6secdnsaddr", ATC_T_STRING, 0, offsetof(atc_quectel_tcpip_qidnscfg_ipv4v6, ipv6secdnsaddr), 0, 0, 0, 0, NULL, NULL, 128, -1, 0, NULL, NULL, 0, 0 },
};
static const uint32_t atc__quectel_tcpip_qidnscfg_ipv4v6_shapes[] = {0x1fu};
static const uint16_t atc__quectel_tcpip_qidnscfg_ipv4v6_answers[] = {62};
ATC__QUECTEL_TCPIP_CHECK(qidnscfg_ipv4v6_fits, sizeof(atc_quectel_tcpip_qidnscfg_ipv4v6) <= ATC_MSG_BUF);
static const int32_t atc__quectel_tcpip_qidnscfg_ipv4_0_ranges[] = {1, 15};
static const atc_field_desc atc__quectel_tcpip_qidnscfg_ipv4_fields[] = {
    { "context_id", ATC_T_INT, 0, offsetof(atc_quectel_tcpip_qidnscfg_ipv4, context_id), 0, 0, 1, 0, atc__quectel_tcpip_qidnscfg_ipv4_0_ranges, NULL, 0, -1, 0, NULL, NULL, 0, 0 },
    { "ipv4pridnsaddr", ATC_T_STRING, 0, offsetof(atc_quectel_tcpip_qidnscfg_ipv4, ipv4pridnsaddr), 0, 0, 0, 0, NULL, NULL, 64, -1, 0, NULL, NULL, 0, 0 },
    { "ipv4secdnsaddr", ATC_T_STRING, 0, offsetof(atc_quectel_tcpip_qidnscfg_ipv4, ipv4secdnsaddr), 0, 0, 0, 0, NULL, NULL, 64, -1, 0, NULL, NULL, 0, 0 },
};
static const uint32_t atc__quectel_tcpip_qidnscfg_ipv4_shapes[] = {0x7u};
static const uint16_t atc__quectel_tcpip_qidnscfg_ipv4_answers[] = {62};
ATC__QUECTEL_TCPIP_CHECK(qidnscfg_ipv4_fits, sizeof(atc_quectel_tcpip_qidnscfg_ipv4) <= ATC_MSG_BUF);
static const int32_t atc__quectel_tcpip_qidnscfg_ipv6_0_ranges[] = {1, 15};
static const atc_field_desc atc__quectel_tcpip_qidnscfg_ipv6_fields[] = {
    { "context_id", ATC_T_INT, 0, offsetof(atc_quectel_tcpip_qidnscfg_ipv6, context_id), 0, 0, 1, 0, atc__quectel_tcpip_qidnscfg_ipv6_0_ranges, NULL, 0, -1, 0, NULL, NULL, 0, 0 },
    { "ipv6pridnsaddr", ATC_T_STRING, 0, offsetof(atc_quectel_tcpip_qidnscfg_ipv6, ipv6pridnsaddr), 0, 0, 0, 0, NULL, NULL, 128, -1, 0, NULL, NULL, 0, 0 },
    { "ipv6secdnsaddr", ATC_T_STRING, 0, offsetof(atc_quectel_tcpip_qidnscfg_ipv6, ipv6secdnsaddr), 0, 0, 0, 0, NULL, NULL, 128, -1, 0, NULL, NULL, 0, 0 },
};
static const uint32_t atc__quectel_tcpip_qidnscfg_ipv6_shapes[] = {0x7u};
static const uint16_t atc__quectel_tcpip_qidnscfg_ipv6_answers[] = {62};
ATC__QUECTEL_TCPIP_CHECK(qidnscfg_ipv6_fits, sizeof(atc_quectel_tcpip_qidnscfg_ipv6) <= ATC_MSG_BUF);
static const atc_field_desc atc__quectel_tcpip_qidnsgip_test_fields[] = {
    { "context_id", ATC_T_SUPPORTED, 0, offsetof(atc_quectel_tcpip_qidnsgip_test, context_id), 0, 0, 0, 0, NULL, NULL, 0, -1, 0, NULL, NULL, 0, 0 },
    { "hostname", ATC_T_SUPPORTED, 0, offsetof(atc_quectel_tcpip_qidnsgip_test, hostname), 0, 0, 0, 0, NULL, NULL, 0, -1, 0, NULL, NULL, 0, 0 },
};
static const uint32_t atc__quectel_tcpip_qidnsgip_test_shapes[] = {0x3u};
static const uint16_t atc__quectel_tcpip_qidnsgip_test_answers[] = {63};
ATC__QUECTEL_TCPIP_CHECK(qidnsgip_test_fits, sizeof(atc_quectel_tcpip_qidnsgip_test) <= ATC_MSG_BUF);
static const atc_field_desc atc__quectel_tcpip_qisde_test_fields[] = {
    { "echo", ATC_T_SUPPORTED, 0, offsetof(atc_quectel_tcpip_qisde_test, echo), 0, 0, 0, 0, NULL, NULL, 0, -1, 0, NULL, NULL, 0, 0 },
};
static const uint32_t atc__quectel_tcpip_qisde_test_shapes[] = {0x1u};
static const uint16_t atc__quectel_tcpip_qisde_test_answers[] = {65};
ATC__QUECTEL_TCPIP_CHECK(qisde_test_fits, sizeof(atc_quectel_tcpip_qisde_test) <= ATC_MSG_BUF);
static const int32_t atc__quectel_tcpip_qisde_read_0_ranges[] = {0, 0, 1, 1};
static const atc_field_desc atc__quectel_tcpip_qisde_read_fields[] = {
    { "echo", ATC_T_INT, 0, offsetof(atc_quectel_tcpip_qisde_read, echo), 0, 0, 2, 0, atc__quectel_tcpip_qisde_read_0_ranges, NULL, 0, -1, 0, NULL, NULL, 0, 0 },
};
static const uint32_t atc__quectel_tcpip_qisde_read_shapes[] = {0x1u};
static const uint16_t atc__quectel_tcpip_qisde_read_answers[] = {66};
ATC__QUECTEL_TCPIP_CHECK(qisde_read_fits, sizeof(atc_quectel_tcpip_qisde_read) <= ATC_MSG_BUF);
static const int32_t atc__quectel_tcpip_qigeterror_0_ranges[] = {0, 0, 550, 550, 551, 551, 552, 552, 553, 553, 554, 554, 555, 555, 556, 556, 557, 557, 558, 558, 559, 559, 560, 560, 561, 561, 562, 562, 563, 563, 564, 564, 565, 565, 566, 566, 567, 567, 568, 568, 569, 569, 570, 570, 571, 571, 572, 572, 573, 573, 574, 574};
static const atc_field_desc atc__quectel_tcpip_qigeterror_fields[] = {
    { "err", ATC_T_INT, 0, offsetof(atc_quectel_tcpip_qigeterror, err), 0, 0, 26, 0, atc__quectel_tcpip_qigeterror_0_ranges, NULL, 0, -1, 0, NULL, NULL, 0, 0 },
    { "errcode_description", ATC_T_TEXT, 0, offsetof(atc_quectel_tcpip_qigeterror, errcode_description), 0, 0, 0, 0, NULL, NULL, 0, -1, 0, NULL, NULL, 0, 0 },
};
static const uint32_t atc__quectel_tcpip_qigeterror_shapes[] = {0x3u};
static const uint16_t atc__quectel_tcpip_qigeterror_answers[] = {69};
ATC__QUECTEL_TCPIP_CHECK(qigeterror_fits, sizeof(atc_quectel_tcpip_qigeterror) <= ATC_MSG_BUF);
static const int32_t atc__quectel_tcpip_qiactex_0_ranges[] = {1, 15};
static const int32_t atc__quectel_tcpip_qiactex_1_ranges[] = {0, 0, 550, 550, 551, 551, 552, 552, 553, 553, 554, 554, 555, 555, 556, 556, 557, 557, 558, 558, 559, 559, 560, 560, 561, 561, 562, 562, 563, 563, 564, 564, 565, 565, 566, 566, 567, 567, 568, 568, 569, 569, 570, 570, 571, 571, 572, 572, 573, 573, 574, 574};
static const int32_t atc__quectel_tcpip_qiactex_2_ranges[] = {1, 1, 2, 2, 3, 3};
static const atc_field_desc atc__quectel_tcpip_qiactex_fields[] = {
    { "context_id", ATC_T_INT, 0, offsetof(atc_quectel_tcpip_qiactex, context_id), 0, 0, 1, 0, atc__quectel_tcpip_qiactex_0_ranges, NULL, 0, -1, 0, NULL, NULL, 0, 0 },
    { "err", ATC_T_INT, 0, offsetof(atc_quectel_tcpip_qiactex, err), 0, 0, 26, 0, atc__quectel_tcpip_qiactex_1_ranges, NULL, 0, -1, 0, NULL, NULL, 0, 0 },
    { "context_type", ATC_T_INT, ATC_F_OPTIONAL, offsetof(atc_quectel_tcpip_qiactex, context_type), offsetof(atc_quectel_tcpip_qiactex, has_context_type), 0, 3, 0, atc__quectel_tcpip_qiactex_2_ranges, NULL, 0, -1, 0, NULL, NULL, 0, 0 },
    { "ipv4_address", ATC_T_STRING, ATC_F_OPTIONAL, offsetof(atc_quectel_tcpip_qiactex, ipv4_address), offsetof(atc_quectel_tcpip_qiactex, has_ipv4_address), 0, 0, 0, NULL, NULL, 64, -1, 0, NULL, NULL, 0, 0 },
    { "ipv6_address", ATC_T_STRING, ATC_F_OPTIONAL, offsetof(atc_quectel_tcpip_qiactex, ipv6_address), offsetof(atc_quectel_tcpip_qiactex, has_ipv6_address), 0, 0, 0, NULL, NULL, 128, -1, 0, NULL, NULL, 0, 0 },
};
static const uint32_t atc__quectel_tcpip_qiactex_shapes[] = {0x3u, 0x7u, 0xfu, 0x17u, 0x1fu};
ATC__QUECTEL_TCPIP_CHECK(qiactex_fits, sizeof(atc_quectel_tcpip_qiactex) <= ATC_MSG_BUF);
static const int32_t atc__quectel_tcpip_qideactex_0_ranges[] = {1, 15};
static const int32_t atc__quectel_tcpip_qideactex_1_ranges[] = {0, 0, 550, 550, 551, 551, 552, 552, 553, 553, 554, 554, 555, 555, 556, 556, 557, 557, 558, 558, 559, 559, 560, 560, 561, 561, 562, 562, 563, 563, 564, 564, 565, 565, 566, 566, 567, 567, 568, 568, 569, 569, 570, 570, 571, 571, 572, 572, 573, 573, 574, 574};
static const atc_field_desc atc__quectel_tcpip_qideactex_fields[] = {
    { "context_id", ATC_T_INT, 0, offsetof(atc_quectel_tcpip_qideactex, context_id), 0, 0, 1, 0, atc__quectel_tcpip_qideactex_0_ranges, NULL, 0, -1, 0, NULL, NULL, 0, 0 },
    { "err", ATC_T_INT, 0, offsetof(atc_quectel_tcpip_qideactex, err), 0, 0, 26, 0, atc__quectel_tcpip_qideactex_1_ranges, NULL, 0, -1, 0, NULL, NULL, 0, 0 },
};
static const uint32_t atc__quectel_tcpip_qideactex_shapes[] = {0x3u};
ATC__QUECTEL_TCPIP_CHECK(qideactex_fits, sizeof(atc_quectel_tcpip_qideactex) <= ATC_MSG_BUF);
static const int32_t atc__quectel_tcpip_qiopen_0_ranges[] = {0, 11};
static const int32_t atc__quectel_tcpip_qiopen_1_ranges[] = {0, 0, 550, 550, 551, 551, 552, 552, 553, 553, 554, 554, 555, 555, 556, 556, 557, 557, 558, 558, 559, 559, 560, 560, 561, 561, 562, 562, 563, 563, 564, 564, 565, 565, 566, 566, 567, 567, 568, 568, 569, 569, 570, 570, 571, 571, 572, 572, 573, 573, 574, 574};
static const atc_field_desc atc__quectel_tcpip_qiopen_fields[] = {
    { "connect_id", ATC_T_INT, 0, offsetof(atc_quectel_tcpip_qiopen, connect_id), 0, 0, 1, 0, atc__quectel_tcpip_qiopen_0_ranges, NULL, 0, -1, 0, NULL, NULL, 0, 0 },
    { "err", ATC_T_INT, 0, offsetof(atc_quectel_tcpip_qiopen, err), 0, 0, 26, 0, atc__quectel_tcpip_qiopen_1_ranges, NULL, 0, -1, 0, NULL, NULL, 0, 0 },
};
static const uint32_t atc__quectel_tcpip_qiopen_shapes[] = {0x3u};
ATC__QUECTEL_TCPIP_CHECK(qiopen_fits, sizeof(atc_quectel_tcpip_qiopen) <= ATC_MSG_BUF);
static const int32_t atc__quectel_tcpip_qping_0_ranges[] = {0, 0, 550, 550, 551, 551, 552, 552, 553, 553, 554, 554, 555, 555, 556, 556, 557, 557, 558, 558, 559, 559, 560, 560, 561, 561, 562, 562, 563, 563, 564, 564, 565, 565, 566, 566, 567, 567, 568, 568, 569, 569, 570, 570, 571, 571, 572, 572, 573, 573, 574, 574};
static const int32_t atc__quectel_tcpip_qping_4_ranges[] = {1, 255};
static const atc_field_desc atc__quectel_tcpip_qping_fields[] = {
    { "result", ATC_T_INT, 0, offsetof(atc_quectel_tcpip_qping, result), 0, 0, 26, 0, atc__quectel_tcpip_qping_0_ranges, NULL, 0, -1, 0, NULL, NULL, 0, 0 },
    { "ip_address", ATC_T_STRING, ATC_F_OPTIONAL, offsetof(atc_quectel_tcpip_qping, ip_address), offsetof(atc_quectel_tcpip_qping, has_ip_address), 0, 0, 0, NULL, NULL, 64, -1, 0, NULL, NULL, 0, 0 },
    { "bytes", ATC_T_INT, ATC_F_OPTIONAL, offsetof(atc_quectel_tcpip_qping, bytes), offsetof(atc_quectel_tcpip_qping, has_bytes), 0, 0, 0, NULL, NULL, 0, -1, 0, NULL, NULL, 0, 0 },
    { "time", ATC_T_INT, ATC_F_OPTIONAL, offsetof(atc_quectel_tcpip_qping, time), offsetof(atc_quectel_tcpip_qping, has_time), 0, 0, 0, NULL, NULL, 0, -1, 0, NULL, NULL, 0, 0 },
    { "ttl", ATC_T_INT, ATC_F_OPTIONAL, offsetof(atc_quectel_tcpip_qping, ttl), offsetof(atc_quectel_tcpip_qping, has_ttl), 0, 1, 0, atc__quectel_tcpip_qping_4_ranges, NULL, 0, -1, 0, NULL, NULL, 0, 0 },
};
static const uint32_t atc__quectel_tcpip_qping_shapes[] = {0x1u, 0x1fu};
ATC__QUECTEL_TCPIP_CHECK(qping_fits, sizeof(atc_quectel_tcpip_qping) <= ATC_MSG_BUF);
static const int32_t atc__quectel_tcpip_qping_summary_0_ranges[] = {0, 0, 550, 550, 551, 551, 552, 552, 553, 553, 554, 554, 555, 555, 556, 556, 557, 557, 558, 558, 559, 559, 560, 560, 561, 561, 562, 562, 563, 563, 564, 564, 565, 565, 566, 566, 567, 567, 568, 568, 569, 569, 570, 570, 571, 571, 572, 572, 573, 573, 574, 574};
static const atc_field_desc atc__quectel_tcpip_qping_summary_fields[] = {
    { "finresult", ATC_T_INT, 0, offsetof(atc_quectel_tcpip_qping_summary, finresult), 0, 0, 26, 0, atc__quectel_tcpip_qping_summary_0_ranges, NULL, 0, -1, 0, NULL, NULL, 0, 0 },
    { "sent", ATC_T_INT, ATC_F_OPTIONAL, offsetof(atc_quectel_tcpip_qping_summary, sent), offsetof(atc_quectel_tcpip_qping_summary, has_sent), 0, 0, 0, NULL, NULL, 0, -1, 0, NULL, NULL, 0, 0 },
    { "rcvd", ATC_T_INT, ATC_F_OPTIONAL, offsetof(atc_quectel_tcpip_qping_summary, rcvd), offsetof(atc_quectel_tcpip_qping_summary, has_rcvd), 0, 0, 0, NULL, NULL, 0, -1, 0, NULL, NULL, 0, 0 },
    { "lost", ATC_T_INT, ATC_F_OPTIONAL, offsetof(atc_quectel_tcpip_qping_summary, lost), offsetof(atc_quectel_tcpip_qping_summary, has_lost), 0, 0, 0, NULL, NULL, 0, -1, 0, NULL, NULL, 0, 0 },
    { "min", ATC_T_INT, ATC_F_OPTIONAL, offsetof(atc_quectel_tcpip_qping_summary, min), offsetof(atc_quectel_tcpip_qping_summary, has_min), 0, 0, 0, NULL, NULL, 0, -1, 0, NULL, NULL, 0, 0 },
    { "max", ATC_T_INT, ATC_F_OPTIONAL, offsetof(atc_quectel_tcpip_qping_summary, max), offsetof(atc_quectel_tcpip_qping_summary, has_max), 0, 0, 0, NULL, NULL, 0, -1, 0, NULL, NULL, 0, 0 },
    { "avg", ATC_T_INT, ATC_F_OPTIONAL, offsetof(atc_quectel_tcpip_qping_summary, avg), offsetof(atc_quectel_tcpip_qping_summary, has_avg), 0, 0, 0, NULL, NULL, 0, -1, 0, NULL, NULL, 0, 0 },
};
static const uint32_t atc__quectel_tcpip_qping_summary_shapes[] = {0x1u, 0x7fu};
ATC__QUECTEL_TCPIP_CHECK(qping_summary_fits, sizeof(atc_quectel_tcpip_qping_summary) <= ATC_MSG_BUF);
static const int32_t atc__quectel_tcpip_qntp_0_ranges[] = {0, 0, 550, 550, 551, 551, 552, 552, 553, 553, 554, 554, 555, 555, 556, 556, 557, 557, 558, 558, 559, 559, 560, 560, 561, 561, 562, 562, 563, 563, 564, 564, 565, 565, 566, 566, 567, 567, 568, 568, 569, 569, 570, 570, 571, 571, 572, 572, 573, 573, 574, 574};
static const atc_field_desc atc__quectel_tcpip_qntp_fields[] = {
    { "err", ATC_T_INT, 0, offsetof(atc_quectel_tcpip_qntp, err), 0, 0, 26, 0, atc__quectel_tcpip_qntp_0_ranges, NULL, 0, -1, 0, NULL, NULL, 0, 0 },
    { "time", ATC_T_STRING, ATC_F_OPTIONAL, offsetof(atc_quectel_tcpip_qntp, time), offsetof(atc_quectel_tcpip_qntp, has_time), 0, 0, 0, NULL, NULL, 0, -1, 0, NULL, NULL, 0, 0 },
};
static const uint32_t atc__quectel_tcpip_qntp_shapes[] = {0x1u, 0x3u};
ATC__QUECTEL_TCPIP_CHECK(qntp_fits, sizeof(atc_quectel_tcpip_qntp) <= ATC_MSG_BUF);
static const char *const atc__quectel_tcpip_qiurc_closed_0_values[] = {"\"closed\""};
static const int32_t atc__quectel_tcpip_qiurc_closed_1_ranges[] = {0, 11};
static const atc_field_desc atc__quectel_tcpip_qiurc_closed_fields[] = {
    { "\"closed\"", ATC_T_LITERAL, 0, 0, 0, 0, 0, 1, NULL, atc__quectel_tcpip_qiurc_closed_0_values, 0, -1, 0, NULL, NULL, 0, 0 },
    { "connect_id", ATC_T_INT, 0, offsetof(atc_quectel_tcpip_qiurc_closed, connect_id), 0, 0, 1, 0, atc__quectel_tcpip_qiurc_closed_1_ranges, NULL, 0, -1, 0, NULL, NULL, 0, 0 },
};
static const uint32_t atc__quectel_tcpip_qiurc_closed_shapes[] = {0x3u};
ATC__QUECTEL_TCPIP_CHECK(qiurc_closed_fits, sizeof(atc_quectel_tcpip_qiurc_closed) <= ATC_MSG_BUF);
static const char *const atc__quectel_tcpip_qiurc_recv_0_values[] = {"\"recv\""};
static const int32_t atc__quectel_tcpip_qiurc_recv_1_ranges[] = {0, 11};
static const atc_field_desc atc__quectel_tcpip_qiurc_recv_fields[] = {
    { "\"recv\"", ATC_T_LITERAL, 0, 0, 0, 0, 0, 1, NULL, atc__quectel_tcpip_qiurc_recv_0_values, 0, -1, 0, NULL, NULL, 0, 0 },
    { "connect_id", ATC_T_INT, 0, offsetof(atc_quectel_tcpip_qiurc_recv, connect_id), 0, 0, 1, 0, atc__quectel_tcpip_qiurc_recv_1_ranges, NULL, 0, -1, 0, NULL, NULL, 0, 0 },
};
static const uint32_t atc__quectel_tcpip_qiurc_recv_shapes[] = {0x3u};
ATC__QUECTEL_TCPIP_CHECK(qiurc_recv_fits, sizeof(atc_quectel_tcpip_qiurc_recv) <= ATC_MSG_BUF);
static const char *const atc__quectel_tcpip_qiurc_recv_push_0_values[] = {"\"recv\""};
static const int32_t atc__quectel_tcpip_qiurc_recv_push_1_ranges[] = {0, 11};
static const int32_t atc__quectel_tcpip_qiurc_recv_push_2_ranges[] = {1, 1500};
static const atc_field_desc atc__quectel_tcpip_qiurc_recv_push_fields[] = {
    { "\"recv\"", ATC_T_LITERAL, 0, 0, 0, 0, 0, 1, NULL, atc__quectel_tcpip_qiurc_recv_push_0_values, 0, -1, 0, NULL, NULL, 0, 0 },
    { "connect_id", ATC_T_INT, 0, offsetof(atc_quectel_tcpip_qiurc_recv_push, connect_id), 0, 0, 1, 0, atc__quectel_tcpip_qiurc_recv_push_1_ranges, NULL, 0, -1, 0, NULL, NULL, 0, 0 },
    { "currentrecvlength", ATC_T_INT, 0, offsetof(atc_quectel_tcpip_qiurc_recv_push, currentrecvlength), 0, 0, 1, 0, atc__quectel_tcpip_qiurc_recv_push_2_ranges, NULL, 0, -1, 0, NULL, NULL, 0, 0 },
};
static const uint32_t atc__quectel_tcpip_qiurc_recv_push_shapes[] = {0x7u};
ATC__QUECTEL_TCPIP_CHECK(qiurc_recv_push_fits, sizeof(atc_quectel_tcpip_qiurc_recv_push) <= ATC_MSG_BUF);
static const char *const atc__quectel_tcpip_qiurc_recv_udp_0_values[] = {"\"recv\""};
static const int32_t atc__quectel_tcpip_qiurc_recv_udp_1_ranges[] = {0, 11};
static const int32_t atc__quectel_tcpip_qiurc_recv_udp_2_ranges[] = {1, 1500};
static const int32_t atc__quectel_tcpip_qiurc_recv_udp_4_ranges[] = {1, 65535};
static const atc_field_desc atc__quectel_tcpip_qiurc_recv_udp_fields[] = {
    { "\"recv\"", ATC_T_LITERAL, 0, 0, 0, 0, 0, 1, NULL, atc__quectel_tcpip_qiurc_recv_udp_0_values, 0, -1, 0, NULL, NULL, 0, 0 },
    { "connect_id", ATC_T_INT, 0, offsetof(atc_quectel_tcpip_qiurc_recv_udp, connect_id), 0, 0, 1, 0, atc__quectel_tcpip_qiurc_recv_udp_1_ranges, NULL, 0, -1, 0, NULL, NULL, 0, 0 },
    { "currentrecvlength", ATC_T_INT, 0, offsetof(atc_quectel_tcpip_qiurc_recv_udp, currentrecvlength), 0, 0, 1, 0, atc__quectel_tcpip_qiurc_recv_udp_2_ranges, NULL, 0, -1, 0, NULL, NULL, 0, 0 },
    { "remote_ip", ATC_T_STRING, 0, offsetof(atc_quectel_tcpip_qiurc_recv_udp, remote_ip), 0, 0, 0, 0, NULL, NULL, 0, -1, 0, NULL, NULL, 0, 0 },
    { "remote_port", ATC_T_INT, 0, offsetof(atc_quectel_tcpip_qiurc_recv_udp, remote_port), 0, 0, 1, 0, atc__quectel_tcpip_qiurc_recv_udp_4_ranges, NULL, 0, -1, 0, NULL, NULL, 0, 0 },
};
static const uint32_t atc__quectel_tcpip_qiurc_recv_udp_shapes[] = {0x1fu};
ATC__QUECTEL_TCPIP_CHECK(qiurc_recv_udp_fits, sizeof(atc_quectel_tcpip_qiurc_recv_udp) <= ATC_MSG_BUF);
static const char *const atc__quectel_tcpip_qiurc_incoming_full_0_values[] = {"\"incoming full\""};
static const atc_field_desc atc__quectel_tcpip_qiurc_incoming_full_fields[] = {
    { "\"incoming full\"", ATC_T_LITERAL, 0, 0, 0, 0, 0, 1, NULL, atc__quectel_tcpip_qiurc_incoming_full_0_values, 0, -1, 0, NULL, NULL, 0, 0 },
};
static const uint32_t atc__quectel_tcpip_qiurc_incoming_full_shapes[] = {0x1u};
ATC__QUECTEL_TCPIP_CHECK(qiurc_incoming_full_fits, sizeof(atc_quectel_tcpip_qiurc_incoming_full) <= ATC_MSG_BUF);
static const char *const atc__quectel_tcpip_qiurc_incoming_0_values[] = {"\"incoming\""};
static const int32_t atc__quectel_tcpip_qiurc_incoming_1_ranges[] = {0, 11};
static const int32_t atc__quectel_tcpip_qiurc_incoming_4_ranges[] = {1, 65535};
static const atc_field_desc atc__quectel_tcpip_qiurc_incoming_fields[] = {
    { "\"incoming\"", ATC_T_LITERAL, 0, 0, 0, 0, 0, 1, NULL, atc__quectel_tcpip_qiurc_incoming_0_values, 0, -1, 0, NULL, NULL, 0, 0 },
    { "connect_id", ATC_T_INT, 0, offsetof(atc_quectel_tcpip_qiurc_incoming, connect_id), 0, 0, 1, 0, atc__quectel_tcpip_qiurc_incoming_1_ranges, NULL, 0, -1, 0, NULL, NULL, 0, 0 },
    { "server_id", ATC_T_INT, 0, offsetof(atc_quectel_tcpip_qiurc_incoming, server_id), 0, 0, 0, 0, NULL, NULL, 0, -1, 0, NULL, NULL, 0, 0 },
    { "remote_ip", ATC_T_STRING, 0, offsetof(atc_quectel_tcpip_qiurc_incoming, remote_ip), 0, 0, 0, 0, NULL, NULL, 0, -1, 0, NULL, NULL, 0, 0 },
    { "remote_port", ATC_T_INT, 0, offsetof(atc_quectel_tcpip_qiurc_incoming, remote_port), 0, 0, 1, 0, atc__quectel_tcpip_qiurc_incoming_4_ranges, NULL, 0, -1, 0, NULL, NULL, 0, 0 },
};
static const uint32_t atc__quectel_tcpip_qiurc_incoming_shapes[] = {0x1fu};
ATC__QUECTEL_TCPIP_CHECK(qiurc_incoming_fits, sizeof(atc_quectel_tcpip_qiurc_incoming) <= ATC_MSG_BUF);
static const char *const atc__quectel_tcpip_qiurc_pdpdeact_0_values[] = {"\"pdpdeact\""};
static const int32_t atc__quectel_tcpip_qiurc_pdpdeact_1_ranges[] = {1, 15};
static const atc_field_desc atc__quectel_tcpip_qiurc_pdpdeact_fields[] = {
    { "\"pdpdeact\"", ATC_T_LITERAL, 0, 0, 0, 0, 0, 1, NULL, atc__quectel_tcpip_qiurc_pdpdeact_0_values, 0, -1, 0, NULL, NULL, 0, 0 },
    { "context_id", ATC_T_INT, 0, offsetof(atc_quectel_tcpip_qiurc_pdpdeact, context_id), 0, 0, 1, 0, atc__quectel_tcpip_qiurc_pdpdeact_1_ranges, NULL, 0, -1, 0, NULL, NULL, 0, 0 },
};
static const uint32_t atc__quectel_tcpip_qiurc_pdpdeact_shapes[] = {0x3u};
ATC__QUECTEL_TCPIP_CHECK(qiurc_pdpdeact_fits, sizeof(atc_quectel_tcpip_qiurc_pdpdeact) <= ATC_MSG_BUF);
static const char *const atc__quectel_tcpip_qiurc_dnsgip_0_values[] = {"\"dnsgip\""};
static const int32_t atc__quectel_tcpip_qiurc_dnsgip_1_ranges[] = {0, 0, 550, 550, 551, 551, 552, 552, 553, 553, 554, 554, 555, 555, 556, 556, 557, 557, 558, 558, 559, 559, 560, 560, 561, 561, 562, 562, 563, 563, 564, 564, 565, 565, 566, 566, 567, 567, 568, 568, 569, 569, 570, 570, 571, 571, 572, 572, 573, 573, 574, 574};
static const atc_field_desc atc__quectel_tcpip_qiurc_dnsgip_fields[] = {
    { "\"dnsgip\"", ATC_T_LITERAL, 0, 0, 0, 0, 0, 1, NULL, atc__quectel_tcpip_qiurc_dnsgip_0_values, 0, -1, 0, NULL, NULL, 0, 0 },
    { "err", ATC_T_INT, 0, offsetof(atc_quectel_tcpip_qiurc_dnsgip, err), 0, 0, 26, 0, atc__quectel_tcpip_qiurc_dnsgip_1_ranges, NULL, 0, -1, 0, NULL, NULL, 0, 0 },
    { "ip_count", ATC_T_INT, ATC_F_OPTIONAL, offsetof(atc_quectel_tcpip_qiurc_dnsgip, ip_count), offsetof(atc_quectel_tcpip_qiurc_dnsgip, has_ip_count), 0, 0, 0, NULL, NULL, 0, -1, 0, NULL, NULL, 0, 0 },
    { "dns_ttl", ATC_T_INT, ATC_F_OPTIONAL, offsetof(atc_quectel_tcpip_qiurc_dnsgip, dns_ttl), offsetof(atc_quectel_tcpip_qiurc_dnsgip, has_dns_ttl), 0, 0, 0, NULL, NULL, 0, -1, 0, NULL, NULL, 0, 0 },
};
static const uint32_t atc__quectel_tcpip_qiurc_dnsgip_shapes[] = {0x3u, 0xfu};
ATC__QUECTEL_TCPIP_CHECK(qiurc_dnsgip_fits, sizeof(atc_quectel_tcpip_qiurc_dnsgip) <= ATC_MSG_BUF);
static const char *const atc__quectel_tcpip_qiurc_dnsgip_ip_0_values[] = {"\"dnsgip\""};
static const atc_field_desc atc__quectel_tcpip_qiurc_dnsgip_ip_fields[] = {
    { "\"dnsgip\"", ATC_T_LITERAL, 0, 0, 0, 0, 0, 1, NULL, atc__quectel_tcpip_qiurc_dnsgip_ip_0_values, 0, -1, 0, NULL, NULL, 0, 0 },
    { "host_ipaddr", ATC_T_STRING, 0, offsetof(atc_quectel_tcpip_qiurc_dnsgip_ip, host_ipaddr), 0, 0, 0, 0, NULL, NULL, 0, -1, 0, NULL, NULL, 0, 0 },
};
static const uint32_t atc__quectel_tcpip_qiurc_dnsgip_ip_shapes[] = {0x3u};
ATC__QUECTEL_TCPIP_CHECK(qiurc_dnsgip_ip_fits, sizeof(atc_quectel_tcpip_qiurc_dnsgip_ip) <= ATC_MSG_BUF);

static const atc_msg_desc atc__quectel_tcpip_msgs[] = {
    {"OK", NULL, "OK", ATC_KIND_FINAL, ATC_FORM_NONE, 0,
      0, NULL, NULL, 0,
      -1, 0, sizeof(atc_quectel_tcpip_ok), NULL, 0, 0, -1, NULL,
      NULL, 0, 0u },
    {"ERROR", NULL, "ERROR", ATC_KIND_FINAL, ATC_FORM_NONE, ATC_M_ERROR,
      0, NULL, NULL, 0,
      -1, 0, sizeof(atc_quectel_tcpip_error), NULL, 0, 0, -1, NULL,
      NULL, 0, 0u },
    {"CME_ERROR", NULL, "+CME ERROR: ", ATC_KIND_FINAL, ATC_FORM_NONE, ATC_M_ERROR,
      1, atc__quectel_tcpip_cme_error_fields, atc__quectel_tcpip_cme_error_shapes, 1,
      -1, 0, sizeof(atc_quectel_tcpip_cme_error), NULL, 0, 0, -1, NULL,
      NULL, 0, 0u },
    {"SEND_OK", NULL, "SEND OK", ATC_KIND_FINAL, ATC_FORM_NONE, 0,
      0, NULL, NULL, 0,
      -1, 0, sizeof(atc_quectel_tcpip_send_ok), NULL, 0, 0, -1, NULL,
      NULL, 0, 0u },
    {"SEND_FAIL", NULL, "SEND FAIL", ATC_KIND_FINAL, ATC_FORM_NONE, ATC_M_ERROR,
      0, NULL, NULL, 0,
      -1, 0, sizeof(atc_quectel_tcpip_send_fail), NULL, 0, 0, -1, NULL,
      NULL, 0, 0u },
    {"CONNECT", NULL, "CONNECT", ATC_KIND_INTERMEDIATE, ATC_FORM_NONE, ATC_M_ENTERS_DATA,
      0, NULL, NULL, 0,
      -1, 0, sizeof(atc_quectel_tcpip_connect), NULL, 0, 0, -1, NULL,
      NULL, 0, 0u },
    {"NO_CARRIER", NULL, "NO CARRIER", ATC_KIND_FINAL, ATC_FORM_NONE, ATC_M_LEAVES_DATA | ATC_M_ERROR,
      0, NULL, NULL, 0,
      -1, 0, sizeof(atc_quectel_tcpip_no_carrier), NULL, 0, 0, -1, NULL,
      NULL, 0, 0u },
    {"PROMPT", NULL, "> ", ATC_KIND_INTERMEDIATE, ATC_FORM_NONE, ATC_M_PROMPT,
      0, NULL, NULL, 0,
      -1, 0, sizeof(atc_quectel_tcpip_prompt), NULL, 0, 0, -1, NULL,
      NULL, 0, 0u },
    {"QICFG", NULL, "AT+QICFG=?", ATC_KIND_COMMAND, ATC_FORM_TEST, 0,
      0, NULL, NULL, 0,
      -1, 0, sizeof(atc_quectel_tcpip_at_qicfg_test), NULL, 0, 0, -1, NULL,
      NULL, 0, 0u },
    {"QICFG", "transpktsize", "AT+QICFG=", ATC_KIND_COMMAND, ATC_FORM_SET, 0,
      2, atc__quectel_tcpip_at_qicfg_set_transpktsize_fields, atc__quectel_tcpip_at_qicfg_set_transpktsize_shapes, 2,
      -1, 0, sizeof(atc_quectel_tcpip_at_qicfg_set_transpktsize), NULL, 0, 0, -1, NULL,
      NULL, 0, 0u },
    {"QICFG", "transwaittm", "AT+QICFG=", ATC_KIND_COMMAND, ATC_FORM_SET, 0,
      2, atc__quectel_tcpip_at_qicfg_set_transwaittm_fields, atc__quectel_tcpip_at_qicfg_set_transwaittm_shapes, 2,
      -1, 0, sizeof(atc_quectel_tcpip_at_qicfg_set_transwaittm), NULL, 0, 0, -1, NULL,
      NULL, 0, 0u },
    {"QICFG", "dataformat", "AT+QICFG=", ATC_KIND_COMMAND, ATC_FORM_SET, 0,
      3, atc__quectel_tcpip_at_qicfg_set_dataformat_fields, atc__quectel_tcpip_at_qicfg_set_dataformat_shapes, 2,
      -1, 0, sizeof(atc_quectel_tcpip_at_qicfg_set_dataformat), NULL, 0, 0, -1, NULL,
      NULL, 0, 0u },
    {"QICFG", "viewmode", "AT+QICFG=", ATC_KIND_COMMAND, ATC_FORM_SET, 0,
      2, atc__quectel_tcpip_at_qicfg_set_viewmode_fields, atc__quectel_tcpip_at_qicfg_set_viewmode_shapes, 2,
      -1, 0, sizeof(atc_quectel_tcpip_at_qicfg_set_viewmode), NULL, 0, 0, -1, NULL,
      NULL, 0, 0u },
    {"QICFG", "udp/sendmode", "AT+QICFG=", ATC_KIND_COMMAND, ATC_FORM_SET, 0,
      2, atc__quectel_tcpip_at_qicfg_set_udp_sendmode_fields, atc__quectel_tcpip_at_qicfg_set_udp_sendmode_shapes, 2,
      -1, 0, sizeof(atc_quectel_tcpip_at_qicfg_set_udp_sendmode), NULL, 0, 0, -1, NULL,
      NULL, 0, 0u },
    {"QICFG", "udp/readmode", "AT+QICFG=", ATC_KIND_COMMAND, ATC_FORM_SET, 0,
      2, atc__quectel_tcpip_at_qicfg_set_udp_readmode_fields, atc__quectel_tcpip_at_qicfg_set_udp_readmode_shapes, 2,
      -1, 0, sizeof(atc_quectel_tcpip_at_qicfg_set_udp_readmode), NULL, 0, 0, -1, NULL,
      NULL, 0, 0u },
    {"QICFG", "tcp/accept", "AT+QICFG=", ATC_KIND_COMMAND, ATC_FORM_SET, 0,
      2, atc__quectel_tcpip_at_qicfg_set_tcp_accept_fields, atc__quectel_tcpip_at_qicfg_set_tcp_accept_shapes, 2,
      -1, 0, sizeof(atc_quectel_tcpip_at_qicfg_set_tcp_accept), NULL, 0, 0, -1, NULL,
      NULL, 0, 0u },
    {"QICFG", "passiveclosed", "AT+QICFG=", ATC_KIND_COMMAND, ATC_FORM_SET, 0,
      2, atc__quectel_tcpip_at_qicfg_set_passiveclosed_fields, atc__quectel_tcpip_at_qicfg_set_passiveclosed_shapes, 2,
      -1, 0, sizeof(atc_quectel_tcpip_at_qicfg_set_passiveclosed), NULL, 0, 0, -1, NULL,
      NULL, 0, 0u },
    {"QICFG", "close/mode", "AT+QICFG=", ATC_KIND_COMMAND, ATC_FORM_SET, 0,
      2, atc__quectel_tcpip_at_qicfg_set_close_mode_fields, atc__quectel_tcpip_at_qicfg_set_close_mode_shapes, 2,
      -1, 0, sizeof(atc_quectel_tcpip_at_qicfg_set_close_mode), NULL, 0, 0, -1, NULL,
      NULL, 0, 0u },
    {"QICFG", "recvind", "AT+QICFG=", ATC_KIND_COMMAND, ATC_FORM_SET, 0,
      2, atc__quectel_tcpip_at_qicfg_set_recvind_fields, atc__quectel_tcpip_at_qicfg_set_recvind_shapes, 2,
      -1, 0, sizeof(atc_quectel_tcpip_at_qicfg_set_recvind), NULL, 0, 0, -1, NULL,
      NULL, 0, 0u },
    {"QICFG", "tcp/keepalive", "AT+QICFG=", ATC_KIND_COMMAND, ATC_FORM_SET, 0,
      5, atc__quectel_tcpip_at_qicfg_set_tcp_keepalive_fields, atc__quectel_tcpip_at_qicfg_set_tcp_keepalive_shapes, 3,
      -1, 0, sizeof(atc_quectel_tcpip_at_qicfg_set_tcp_keepalive), NULL, 0, 0, -1, NULL,
      NULL, 0, 0u },
    {"QICFG", "tcp/retranscfg", "AT+QICFG=", ATC_KIND_COMMAND, ATC_FORM_SET, 0,
      3, atc__quectel_tcpip_at_qicfg_set_tcp_retranscfg_fields, atc__quectel_tcpip_at_qicfg_set_tcp_retranscfg_shapes, 2,
      -1, 0, sizeof(atc_quectel_tcpip_at_qicfg_set_tcp_retranscfg), NULL, 0, 0, -1, NULL,
      NULL, 0, 0u },
    {"QICFG", "send/auto", "AT+QICFG=", ATC_KIND_COMMAND, ATC_FORM_SET, 0,
      5, atc__quectel_tcpip_at_qicfg_set_send_auto_fields, atc__quectel_tcpip_at_qicfg_set_send_auto_shapes, 5,
      -1, 0, sizeof(atc_quectel_tcpip_at_qicfg_set_send_auto), NULL, 0, 0, -1, NULL,
      NULL, 0, 0u },
    {"QICFG", "formatcfg", "AT+QICFG=", ATC_KIND_COMMAND, ATC_FORM_SET, 0,
      2, atc__quectel_tcpip_at_qicfg_set_formatcfg_fields, atc__quectel_tcpip_at_qicfg_set_formatcfg_shapes, 2,
      -1, 0, sizeof(atc_quectel_tcpip_at_qicfg_set_formatcfg), NULL, 0, 0, -1, NULL,
      NULL, 0, 0u },
    {"QICFG", "qisend/timeout", "AT+QICFG=", ATC_KIND_COMMAND, ATC_FORM_SET, 0,
      2, atc__quectel_tcpip_at_qicfg_set_qisend_timeout_fields, atc__quectel_tcpip_at_qicfg_set_qisend_timeout_shapes, 2,
      -1, 0, sizeof(atc_quectel_tcpip_at_qicfg_set_qisend_timeout), NULL, 0, 0, -1, NULL,
      NULL, 0, 0u },
    {"QICFG", "tcp/delay_ack", "AT+QICFG=", ATC_KIND_COMMAND, ATC_FORM_SET, 0,
      2, atc__quectel_tcpip_at_qicfg_set_tcp_delay_ack_fields, atc__quectel_tcpip_at_qicfg_set_tcp_delay_ack_shapes, 2,
      -1, 0, sizeof(atc_quectel_tcpip_at_qicfg_set_tcp_delay_ack), NULL, 0, 0, -1, NULL,
      NULL, 0, 0u },
    {"QICFG", "dns/cache", "AT+QICFG=", ATC_KIND_COMMAND, ATC_FORM_SET, 0,
      2, atc__quectel_tcpip_at_qicfg_set_dns_cache_fields, atc__quectel_tcpip_at_qicfg_set_dns_cache_shapes, 2,
      -1, 0, sizeof(atc_quectel_tcpip_at_qicfg_set_dns_cache), NULL, 0, 0, -1, NULL,
      NULL, 0, 0u },
    {"QICFG", "tcp/twrecycle", "AT+QICFG=", ATC_KIND_COMMAND, ATC_FORM_SET, 0,
      2, atc__quectel_tcpip_at_qicfg_set_tcp_twrecycle_fields, atc__quectel_tcpip_at_qicfg_set_tcp_twrecycle_shapes, 2,
      -1, 0, sizeof(atc_quectel_tcpip_at_qicfg_set_tcp_twrecycle), NULL, 0, 0, -1, NULL,
      NULL, 0, 0u },
    {"QICFG", "dns/retry", "AT+QICFG=", ATC_KIND_COMMAND, ATC_FORM_SET, 0,
      3, atc__quectel_tcpip_at_qicfg_set_dns_retry_fields, atc__quectel_tcpip_at_qicfg_set_dns_retry_shapes, 2,
      -1, 0, sizeof(atc_quectel_tcpip_at_qicfg_set_dns_retry), NULL, 0, 0, -1, NULL,
      NULL, 0, 0u },
    {"QICSGP", NULL, "AT+QICSGP=?", ATC_KIND_COMMAND, ATC_FORM_TEST, 0,
      0, NULL, NULL, 0,
      -1, 0, sizeof(atc_quectel_tcpip_at_qicsgp_test), NULL, 0, 0, -1, NULL,
      NULL, 0, 0u },
    {"QICSGP", NULL, "AT+QICSGP=", ATC_KIND_COMMAND, ATC_FORM_SET, 0,
      6, atc__quectel_tcpip_at_qicsgp_set_fields, atc__quectel_tcpip_at_qicsgp_set_shapes, 5,
      -1, 0, sizeof(atc_quectel_tcpip_at_qicsgp_set), NULL, 0, 0, -1, NULL,
      NULL, 0, 0u },
    {"QIACT", NULL, "AT+QIACT=?", ATC_KIND_COMMAND, ATC_FORM_TEST, 0,
      0, NULL, NULL, 0,
      -1, 0, sizeof(atc_quectel_tcpip_at_qiact_test), NULL, 0, 0, -1, NULL,
      NULL, 0, 150000u },
    {"QIACT", NULL, "AT+QIACT?", ATC_KIND_COMMAND, ATC_FORM_READ, 0,
      0, NULL, NULL, 0,
      -1, 0, sizeof(atc_quectel_tcpip_at_qiact_read), NULL, 0, 0, -1, NULL,
      NULL, 0, 150000u },
    {"QIACT", NULL, "AT+QIACT=", ATC_KIND_COMMAND, ATC_FORM_SET, 0,
      1, atc__quectel_tcpip_at_qiact_set_fields, atc__quectel_tcpip_at_qiact_set_shapes, 1,
      -1, 0, sizeof(atc_quectel_tcpip_at_qiact_set), NULL, 0, 0, -1, NULL,
      NULL, 0, 150000u },
    {"QIDEACT", NULL, "AT+QIDEACT=?", ATC_KIND_COMMAND, ATC_FORM_TEST, 0,
      0, NULL, NULL, 0,
      -1, 0, sizeof(atc_quectel_tcpip_at_qideact_test), NULL, 0, 0, -1, NULL,
      NULL, 0, 40000u },
    {"QIDEACT", NULL, "AT+QIDEACT=", ATC_KIND_COMMAND, ATC_FORM_SET, 0,
      1, atc__quectel_tcpip_at_qideact_set_fields, atc__quectel_tcpip_at_qideact_set_shapes, 1,
      -1, 0, sizeof(atc_quectel_tcpip_at_qideact_set), NULL, 0, 0, -1, NULL,
      NULL, 0, 40000u },
    {"QIACTEX", NULL, "AT+QIACTEX=?", ATC_KIND_COMMAND, ATC_FORM_TEST, 0,
      0, NULL, NULL, 0,
      -1, 0, sizeof(atc_quectel_tcpip_at_qiactex_test), NULL, 0, 0, -1, NULL,
      NULL, 0, 150000u },
    {"QIACTEX", NULL, "AT+QIACTEX?", ATC_KIND_COMMAND, ATC_FORM_READ, 0,
      0, NULL, NULL, 0,
      -1, 0, sizeof(atc_quectel_tcpip_at_qiactex_read), NULL, 0, 0, -1, NULL,
      NULL, 0, 150000u },
    {"QIACTEX", NULL, "AT+QIACTEX=", ATC_KIND_COMMAND, ATC_FORM_SET, 0,
      2, atc__quectel_tcpip_at_qiactex_set_fields, atc__quectel_tcpip_at_qiactex_set_shapes, 2,
      -1, 0, sizeof(atc_quectel_tcpip_at_qiactex_set), NULL, 0, 0, -1, NULL,
      NULL, 0, 150000u },
    {"QIDEACTEX", NULL, "AT+QIDEACTEX=?", ATC_KIND_COMMAND, ATC_FORM_TEST, 0,
      0, NULL, NULL, 0,
      -1, 0, sizeof(atc_quectel_tcpip_at_qideactex_test), NULL, 0, 0, -1, NULL,
      NULL, 0, 40000u },
    {"QIDEACTEX", NULL, "AT+QIDEACTEX=", ATC_KIND_COMMAND, ATC_FORM_SET, 0,
      1, atc__quectel_tcpip_at_qideactex_set_fields, atc__quectel_tcpip_at_qideactex_set_shapes, 1,
      -1, 0, sizeof(atc_quectel_tcpip_at_qideactex_set), NULL, 0, 0, -1, NULL,
      NULL, 0, 40000u },
    {"QIOPEN", NULL, "AT+QIOPEN=?", ATC_KIND_COMMAND, ATC_FORM_TEST, 0,
      0, NULL, NULL, 0,
      -1, 0, sizeof(atc_quectel_tcpip_at_qiopen_test), NULL, 0, 0, -1, NULL,
      NULL, 0, 150000u },
    {"QIOPEN", NULL, "AT+QIOPEN=", ATC_KIND_COMMAND, ATC_FORM_SET, 0,
      8, atc__quectel_tcpip_at_qiopen_set_fields, atc__quectel_tcpip_at_qiopen_set_shapes, 4,
      -1, 0, sizeof(atc_quectel_tcpip_at_qiopen_set), NULL, 0, 0, -1, NULL,
      NULL, 0, 150000u },
    {"QICLOSE", NULL, "AT+QICLOSE=?", ATC_KIND_COMMAND, ATC_FORM_TEST, 0,
      0, NULL, NULL, 0,
      -1, 0, sizeof(atc_quectel_tcpip_at_qiclose_test), NULL, 0, 0, -1, NULL,
      NULL, 0, 10000u },
    {"QICLOSE", NULL, "AT+QICLOSE=", ATC_KIND_COMMAND, ATC_FORM_SET, 0,
      2, atc__quectel_tcpip_at_qiclose_set_fields, atc__quectel_tcpip_at_qiclose_set_shapes, 2,
      -1, 0, sizeof(atc_quectel_tcpip_at_qiclose_set), NULL, 0, 0, -1, NULL,
      NULL, 0, 10000u },
    {"QISTATE", NULL, "AT+QISTATE=?", ATC_KIND_COMMAND, ATC_FORM_TEST, 0,
      0, NULL, NULL, 0,
      -1, 0, sizeof(atc_quectel_tcpip_at_qistate_test), NULL, 0, 0, -1, NULL,
      NULL, 0, 0u },
    {"QISTATE", NULL, "AT+QISTATE?", ATC_KIND_COMMAND, ATC_FORM_READ, 0,
      0, NULL, NULL, 0,
      -1, 0, sizeof(atc_quectel_tcpip_at_qistate_read), NULL, 0, 0, -1, NULL,
      NULL, 0, 0u },
    {"QISTATE", NULL, "AT+QISTATE=", ATC_KIND_COMMAND, ATC_FORM_SET, 0,
      2, atc__quectel_tcpip_at_qistate_set_fields, atc__quectel_tcpip_at_qistate_set_shapes, 1,
      -1, 0, sizeof(atc_quectel_tcpip_at_qistate_set), NULL, 0, 0, -1, NULL,
      NULL, 0, 0u },
    {"QISTATE", NULL, "AT+QISTATE", ATC_KIND_COMMAND, ATC_FORM_EXEC, 0,
      0, NULL, NULL, 0,
      -1, 0, sizeof(atc_quectel_tcpip_at_qistate_exec), NULL, 0, 0, -1, NULL,
      NULL, 0, 0u },
    {"QISEND", NULL, "AT+QISEND=?", ATC_KIND_COMMAND, ATC_FORM_TEST, 0,
      0, NULL, NULL, 0,
      -1, 0, sizeof(atc_quectel_tcpip_at_qisend_test), NULL, 0, 0, -1, NULL,
      NULL, 0, 0u },
    {"QISEND", NULL, "AT+QISEND=", ATC_KIND_COMMAND, ATC_FORM_SET, 0,
      4, atc__quectel_tcpip_at_qisend_set_fields, atc__quectel_tcpip_at_qisend_set_shapes, 3,
      -1, 0, sizeof(atc_quectel_tcpip_at_qisend_set), atc__quectel_tcpip_at_qisend_set_prompt, 2, 0, -1, NULL,
      NULL, 0, 0u },
    {"QIRD", NULL, "AT+QIRD=?", ATC_KIND_COMMAND, ATC_FORM_TEST, 0,
      0, NULL, NULL, 0,
      -1, 0, sizeof(atc_quectel_tcpip_at_qird_test), NULL, 0, 0, -1, NULL,
      NULL, 0, 0u },
    {"QIRD", NULL, "AT+QIRD=", ATC_KIND_COMMAND, ATC_FORM_SET, 0,
      2, atc__quectel_tcpip_at_qird_set_fields, atc__quectel_tcpip_at_qird_set_shapes, 2,
      -1, 0, sizeof(atc_quectel_tcpip_at_qird_set), NULL, 0, 0, -1, NULL,
      NULL, 0, 0u },
    {"QISENDEX", NULL, "AT+QISENDEX=?", ATC_KIND_COMMAND, ATC_FORM_TEST, 0,
      0, NULL, NULL, 0,
      -1, 0, sizeof(atc_quectel_tcpip_at_qisendex_test), NULL, 0, 0, -1, NULL,
      NULL, 0, 0u },
    {"QISENDEX", NULL, "AT+QISENDEX=", ATC_KIND_COMMAND, ATC_FORM_SET, 0,
      2, atc__quectel_tcpip_at_qisendex_set_fields, atc__quectel_tcpip_at_qisendex_set_shapes, 1,
      -1, 0, sizeof(atc_quectel_tcpip_at_qisendex_set), NULL, 0, 0, -1, NULL,
      NULL, 0, 0u },
    {"QISWTMD", NULL, "AT+QISWTMD=?", ATC_KIND_COMMAND, ATC_FORM_TEST, 0,
      0, NULL, NULL, 0,
      -1, 0, sizeof(atc_quectel_tcpip_at_qiswtmd_test), NULL, 0, 0, -1, NULL,
      NULL, 0, 0u },
    {"QISWTMD", NULL, "AT+QISWTMD=", ATC_KIND_COMMAND, ATC_FORM_SET, 0,
      2, atc__quectel_tcpip_at_qiswtmd_set_fields, atc__quectel_tcpip_at_qiswtmd_set_shapes, 1,
      -1, 0, sizeof(atc_quectel_tcpip_at_qiswtmd_set), NULL, 0, 0, -1, NULL,
      NULL, 0, 0u },
    {"QPING", NULL, "AT+QPING=?", ATC_KIND_COMMAND, ATC_FORM_TEST, 0,
      0, NULL, NULL, 0,
      -1, 0, sizeof(atc_quectel_tcpip_at_qping_test), NULL, 0, 0, -1, NULL,
      NULL, 0, 0u },
    {"QPING", NULL, "AT+QPING=", ATC_KIND_COMMAND, ATC_FORM_SET, 0,
      4, atc__quectel_tcpip_at_qping_set_fields, atc__quectel_tcpip_at_qping_set_shapes, 3,
      -1, 0, sizeof(atc_quectel_tcpip_at_qping_set), NULL, 0, 0, -1, NULL,
      NULL, 0, 0u },
    {"QNTP", NULL, "AT+QNTP=?", ATC_KIND_COMMAND, ATC_FORM_TEST, 0,
      0, NULL, NULL, 0,
      -1, 0, sizeof(atc_quectel_tcpip_at_qntp_test), NULL, 0, 0, -1, NULL,
      NULL, 0, 700000u },
    {"QNTP", NULL, "AT+QNTP?", ATC_KIND_COMMAND, ATC_FORM_READ, 0,
      0, NULL, NULL, 0,
      -1, 0, sizeof(atc_quectel_tcpip_at_qntp_read), NULL, 0, 0, -1, NULL,
      NULL, 0, 700000u },
    {"QNTP", NULL, "AT+QNTP=", ATC_KIND_COMMAND, ATC_FORM_SET, 0,
      4, atc__quectel_tcpip_at_qntp_set_fields, atc__quectel_tcpip_at_qntp_set_shapes, 3,
      -1, 0, sizeof(atc_quectel_tcpip_at_qntp_set), NULL, 0, 0, -1, NULL,
      NULL, 0, 700000u },
    {"QIDNSCFG", NULL, "AT+QIDNSCFG=?", ATC_KIND_COMMAND, ATC_FORM_TEST, 0,
      0, NULL, NULL, 0,
      -1, 0, sizeof(atc_quectel_tcpip_at_qidnscfg_test), NULL, 0, 0, -1, NULL,
      NULL, 0, 0u },
    {"QIDNSCFG", NULL, "AT+QIDNSCFG=", ATC_KIND_COMMAND, ATC_FORM_SET, 0,
      3, atc__quectel_tcpip_at_qidnscfg_set_fields, atc__quectel_tcpip_at_qidnscfg_set_shapes, 3,
      -1, 0, sizeof(atc_quectel_tcpip_at_qidnscfg_set), NULL, 0, 0, -1, NULL,
      NULL, 0, 0u },
    {"QIDNSGIP", NULL, "AT+QIDNSGIP=?", ATC_KIND_COMMAND, ATC_FORM_TEST, 0,
      0, NULL, NULL, 0,
      -1, 0, sizeof(atc_quectel_tcpip_at_qidnsgip_test), NULL, 0, 0, -1, NULL,
      NULL, 0, 60000u },
    {"QIDNSGIP", NULL, "AT+QIDNSGIP=", ATC_KIND_COMMAND, ATC_FORM_SET, 0,
      2, atc__quectel_tcpip_at_qidnsgip_set_fields, atc__quectel_tcpip_at_qidnsgip_set_shapes, 1,
      -1, 0, sizeof(atc_quectel_tcpip_at_qidnsgip_set), NULL, 0, 0, -1, NULL,
      NULL, 0, 60000u },
    {"QISDE", NULL, "AT+QISDE=?", ATC_KIND_COMMAND, ATC_FORM_TEST, 0,
      0, NULL, NULL, 0,
      -1, 0, sizeof(atc_quectel_tcpip_at_qisde_test), NULL, 0, 0, -1, NULL,
      NULL, 0, 0u },
    {"QISDE", NULL, "AT+QISDE?", ATC_KIND_COMMAND, ATC_FORM_READ, 0,
      0, NULL, NULL, 0,
      -1, 0, sizeof(atc_quectel_tcpip_at_qisde_read), NULL, 0, 0, -1, NULL,
      NULL, 0, 0u },
    {"QISDE", NULL, "AT+QISDE=", ATC_KIND_COMMAND, ATC_FORM_SET, 0,
      1, atc__quectel_tcpip_at_qisde_set_fields, atc__quectel_tcpip_at_qisde_set_shapes, 1,
      -1, 0, sizeof(atc_quectel_tcpip_at_qisde_set), NULL, 0, 0, -1, NULL,
      NULL, 0, 0u },
    {"QIGETERROR", NULL, "AT+QIGETERROR=?", ATC_KIND_COMMAND, ATC_FORM_TEST, 0,
      0, NULL, NULL, 0,
      -1, 0, sizeof(atc_quectel_tcpip_at_qigeterror_test), NULL, 0, 0, -1, NULL,
      NULL, 0, 300u },
    {"QIGETERROR", NULL, "AT+QIGETERROR", ATC_KIND_COMMAND, ATC_FORM_EXEC, 0,
      0, NULL, NULL, 0,
      -1, 0, sizeof(atc_quectel_tcpip_at_qigeterror_exec), NULL, 0, 0, -1, NULL,
      NULL, 0, 300u },
    {"QICFG", "transpktsize", "+QICFG: ", ATC_KIND_RESPONSE, ATC_FORM_NONE, 0,
      2, atc__quectel_tcpip_qicfg_test_transpktsize_fields, atc__quectel_tcpip_qicfg_test_transpktsize_shapes, 1,
      -1, 0, sizeof(atc_quectel_tcpip_qicfg_test_transpktsize), NULL, 0, 0, -1, NULL,
      atc__quectel_tcpip_qicfg_test_transpktsize_answers, 1, 0u },
    {"QICFG", "transwaittm", "+QICFG: ", ATC_KIND_RESPONSE, ATC_FORM_NONE, 0,
      2, atc__quectel_tcpip_qicfg_test_transwaittm_fields, atc__quectel_tcpip_qicfg_test_transwaittm_shapes, 1,
      -1, 0, sizeof(atc_quectel_tcpip_qicfg_test_transwaittm), NULL, 0, 0, -1, NULL,
      atc__quectel_tcpip_qicfg_test_transwaittm_answers, 1, 0u },
    {"QICFG", "dataformat", "+QICFG: ", ATC_KIND_RESPONSE, ATC_FORM_NONE, 0,
      3, atc__quectel_tcpip_qicfg_test_dataformat_fields, atc__quectel_tcpip_qicfg_test_dataformat_shapes, 1,
      -1, 0, sizeof(atc_quectel_tcpip_qicfg_test_dataformat), NULL, 0, 0, -1, NULL,
      atc__quectel_tcpip_qicfg_test_dataformat_answers, 1, 0u },
    {"QICFG", "viewmode", "+QICFG: ", ATC_KIND_RESPONSE, ATC_FORM_NONE, 0,
      2, atc__quectel_tcpip_qicfg_test_viewmode_fields, atc__quectel_tcpip_qicfg_test_viewmode_shapes, 1,
      -1, 0, sizeof(atc_quectel_tcpip_qicfg_test_viewmode), NULL, 0, 0, -1, NULL,
      atc__quectel_tcpip_qicfg_test_viewmode_answers, 1, 0u },
    {"QICFG", "udp/sendmode", "+QICFG: ", ATC_KIND_RESPONSE, ATC_FORM_NONE, 0,
      2, atc__quectel_tcpip_qicfg_test_udp_sendmode_fields, atc__quectel_tcpip_qicfg_test_udp_sendmode_shapes, 1,
      -1, 0, sizeof(atc_quectel_tcpip_qicfg_test_udp_sendmode), NULL, 0, 0, -1, NULL,
      atc__quectel_tcpip_qicfg_test_udp_sendmode_answers, 1, 0u },
    {"QICFG", "udp/readmode", "+QICFG: ", ATC_KIND_RESPONSE, ATC_FORM_NONE, 0,
      2, atc__quectel_tcpip_qicfg_test_udp_readmode_fields, atc__quectel_tcpip_qicfg_test_udp_readmode_shapes, 1,
      -1, 0, sizeof(atc_quectel_tcpip_qicfg_test_udp_readmode), NULL, 0, 0, -1, NULL,
      atc__quectel_tcpip_qicfg_test_udp_readmode_answers, 1, 0u },
    {"QICFG", "tcp/accept", "+QICFG: ", ATC_KIND_RESPONSE, ATC_FORM_NONE, 0,
      2, atc__quectel_tcpip_qicfg_test_tcp_accept_fields, atc__quectel_tcpip_qicfg_test_tcp_accept_shapes, 1,
      -1, 0, sizeof(atc_quectel_tcpip_qicfg_test_tcp_accept), NULL, 0, 0, -1, NULL,
      atc__quectel_tcpip_qicfg_test_tcp_accept_answers, 1, 0u },
    {"QICFG", "passiveclosed", "+QICFG: ", ATC_KIND_RESPONSE, ATC_FORM_NONE, 0,
      2, atc__quectel_tcpip_qicfg_test_passiveclosed_fields, atc__quectel_tcpip_qicfg_test_passiveclosed_shapes, 1,
      -1, 0, sizeof(atc_quectel_tcpip_qicfg_test_passiveclosed), NULL, 0, 0, -1, NULL,
      atc__quectel_tcpip_qicfg_test_passiveclosed_answers, 1, 0u },
    {"QICFG", "close/mode", "+QICFG: ", ATC_KIND_RESPONSE, ATC_FORM_NONE, 0,
      2, atc__quectel_tcpip_qicfg_test_close_mode_fields, atc__quectel_tcpip_qicfg_test_close_mode_shapes, 1,
      -1, 0, sizeof(atc_quectel_tcpip_qicfg_test_close_mode), NULL, 0, 0, -1, NULL,
      atc__quectel_tcpip_qicfg_test_close_mode_answers, 1, 0u },
    {"QICFG", "recvind", "+QICFG: ", ATC_KIND_RESPONSE, ATC_FORM_NONE, 0,
      2, atc__quectel_tcpip_qicfg_test_recvind_fields, atc__quectel_tcpip_qicfg_test_recvind_shapes, 1,
      -1, 0, sizeof(atc_quectel_tcpip_qicfg_test_recvind), NULL, 0, 0, -1, NULL,
      atc__quectel_tcpip_qicfg_test_recvind_answers, 1, 0u },
    {"QICFG", "tcp/keepalive", "+QICFG: ", ATC_KIND_RESPONSE, ATC_FORM_NONE, 0,
      5, atc__quectel_tcpip_qicfg_test_tcp_keepalive_fields, atc__quectel_tcpip_qicfg_test_tcp_keepalive_shapes, 1,
      -1, 0, sizeof(atc_quectel_tcpip_qicfg_test_tcp_keepalive), NULL, 0, 0, -1, NULL,
      atc__quectel_tcpip_qicfg_test_tcp_keepalive_answers, 1, 0u },
    {"QICFG", "tcp/retranscfg", "+QICFG: ", ATC_KIND_RESPONSE, ATC_FORM_NONE, 0,
      3, atc__quectel_tcpip_qicfg_test_tcp_retranscfg_fields, atc__quectel_tcpip_qicfg_test_tcp_retranscfg_shapes, 1,
      -1, 0, sizeof(atc_quectel_tcpip_qicfg_test_tcp_retranscfg), NULL, 0, 0, -1, NULL,
      atc__quectel_tcpip_qicfg_test_tcp_retranscfg_answers, 1, 0u },
    {"QICFG", "send/auto", "+QICFG: ", ATC_KIND_RESPONSE, ATC_FORM_NONE, 0,
      5, atc__quectel_tcpip_qicfg_test_send_auto_fields, atc__quectel_tcpip_qicfg_test_send_auto_shapes, 1,
      -1, 0, sizeof(atc_quectel_tcpip_qicfg_test_send_auto), NULL, 0, 0, -1, NULL,
      atc__quectel_tcpip_qicfg_test_send_auto_answers, 1, 0u },
    {"QICFG", "formatcfg", "+QICFG: ", ATC_KIND_RESPONSE, ATC_FORM_NONE, 0,
      2, atc__quectel_tcpip_qicfg_test_formatcfg_fields, atc__quectel_tcpip_qicfg_test_formatcfg_shapes, 1,
      -1, 0, sizeof(atc_quectel_tcpip_qicfg_test_formatcfg), NULL, 0, 0, -1, NULL,
      atc__quectel_tcpip_qicfg_test_formatcfg_answers, 1, 0u },
    {"QICFG", "qisend/timeout", "+QICFG: ", ATC_KIND_RESPONSE, ATC_FORM_NONE, 0,
      2, atc__quectel_tcpip_qicfg_test_qisend_timeout_fields, atc__quectel_tcpip_qicfg_test_qisend_timeout_shapes, 1,
      -1, 0, sizeof(atc_quectel_tcpip_qicfg_test_qisend_timeout), NULL, 0, 0, -1, NULL,
      atc__quectel_tcpip_qicfg_test_qisend_timeout_answers, 1, 0u },
    {"QICFG", "tcp/delay_ack", "+QICFG: ", ATC_KIND_RESPONSE, ATC_FORM_NONE, 0,
      2, atc__quectel_tcpip_qicfg_test_tcp_delay_ack_fields, atc__quectel_tcpip_qicfg_test_tcp_delay_ack_shapes, 1,
      -1, 0, sizeof(atc_quectel_tcpip_qicfg_test_tcp_delay_ack), NULL, 0, 0, -1, NULL,
      atc__quectel_tcpip_qicfg_test_tcp_delay_ack_answers, 1, 0u },
    {"QICFG", "dns/cache", "+QICFG: ", ATC_KIND_RESPONSE, ATC_FORM_NONE, 0,
      2, atc__quectel_tcpip_qicfg_test_dns_cache_fields, atc__quectel_tcpip_qicfg_test_dns_cache_shapes, 1,
      -1, 0, sizeof(atc_quectel_tcpip_qicfg_test_dns_cache), NULL, 0, 0, -1, NULL,
      atc__quectel_tcpip_qicfg_test_dns_cache_answers, 1, 0u },
    {"QICFG", "tcp/twrecycle", "+QICFG: ", ATC_KIND_RESPONSE, ATC_FORM_NONE, 0,
      2, atc__quectel_tcpip_qicfg_test_tcp_twrecycle_fields, atc__quectel_tcpip_qicfg_test_tcp_twrecycle_shapes, 1,
      -1, 0, sizeof(atc_quectel_tcpip_qicfg_test_tcp_twrecycle), NULL, 0, 0, -1, NULL,
      atc__quectel_tcpip_qicfg_test_tcp_twrecycle_answers, 1, 0u },
    {"QICFG", "dns/retry", "+QICFG: ", ATC_KIND_RESPONSE, ATC_FORM_NONE, 0,
      3, atc__quectel_tcpip_qicfg_test_dns_retry_fields, atc__quectel_tcpip_qicfg_test_dns_retry_shapes, 1,
      -1, 0, sizeof(atc_quectel_tcpip_qicfg_test_dns_retry), NULL, 0, 0, -1, NULL,
      atc__quectel_tcpip_qicfg_test_dns_retry_answers, 1, 0u },
    {"QICFG", "transpktsize", "+QICFG: ", ATC_KIND_RESPONSE, ATC_FORM_NONE, 0,
      2, atc__quectel_tcpip_qicfg_transpktsize_fields, atc__quectel_tcpip_qicfg_transpktsize_shapes, 1,
      -1, 0, sizeof(atc_quectel_tcpip_qicfg_transpktsize), NULL, 0, 0, -1, NULL,
      atc__quectel_tcpip_qicfg_transpktsize_answers, 19, 0u },
    {"QICFG", "transwaittm", "+QICFG: ", ATC_KIND_RESPONSE, ATC_FORM_NONE, 0,
      2, atc__quectel_tcpip_qicfg_transwaittm_fields, atc__quectel_tcpip_qicfg_transwaittm_shapes, 1,
      -1, 0, sizeof(atc_quectel_tcpip_qicfg_transwaittm), NULL, 0, 0, -1, NULL,
      atc__quectel_tcpip_qicfg_transwaittm_answers, 19, 0u },
    {"QICFG", "dataformat", "+QICFG: ", ATC_KIND_RESPONSE, ATC_FORM_NONE, 0,
      3, atc__quectel_tcpip_qicfg_dataformat_fields, atc__quectel_tcpip_qicfg_dataformat_shapes, 1,
      -1, 0, sizeof(atc_quectel_tcpip_qicfg_dataformat), NULL, 0, 0, -1, NULL,
      atc__quectel_tcpip_qicfg_dataformat_answers, 19, 0u },
    {"QICFG", "viewmode", "+QICFG: ", ATC_KIND_RESPONSE, ATC_FORM_NONE, 0,
      2, atc__quectel_tcpip_qicfg_viewmode_fields, atc__quectel_tcpip_qicfg_viewmode_shapes, 1,
      -1, 0, sizeof(atc_quectel_tcpip_qicfg_viewmode), NULL, 0, 0, -1, NULL,
      atc__quectel_tcpip_qicfg_viewmode_answers, 19, 0u },
    {"QICFG", "udp/sendmode", "+QICFG: ", ATC_KIND_RESPONSE, ATC_FORM_NONE, 0,
      2, atc__quectel_tcpip_qicfg_udp_sendmode_fields, atc__quectel_tcpip_qicfg_udp_sendmode_shapes, 1,
      -1, 0, sizeof(atc_quectel_tcpip_qicfg_udp_sendmode), NULL, 0, 0, -1, NULL,
      atc__quectel_tcpip_qicfg_udp_sendmode_answers, 19, 0u },
    {"QICFG", "udp/readmode", "+QICFG: ", ATC_KIND_RESPONSE, ATC_FORM_NONE, 0,
      2, atc__quectel_tcpip_qicfg_udp_readmode_fields, atc__quectel_tcpip_qicfg_udp_readmode_shapes, 1,
      -1, 0, sizeof(atc_quectel_tcpip_qicfg_udp_readmode), NULL, 0, 0, -1, NULL,
      atc__quectel_tcpip_qicfg_udp_readmode_answers, 19, 0u },
    {"QICFG", "tcp/accept", "+QICFG: ", ATC_KIND_RESPONSE, ATC_FORM_NONE, 0,
      2, atc__quectel_tcpip_qicfg_tcp_accept_fields, atc__quectel_tcpip_qicfg_tcp_accept_shapes, 1,
      -1, 0, sizeof(atc_quectel_tcpip_qicfg_tcp_accept), NULL, 0, 0, -1, NULL,
      atc__quectel_tcpip_qicfg_tcp_accept_answers, 19, 0u },
    {"QICFG", "passiveclosed", "+QICFG: ", ATC_KIND_RESPONSE, ATC_FORM_NONE, 0,
      2, atc__quectel_tcpip_qicfg_passiveclosed_fields, atc__quectel_tcpip_qicfg_passiveclosed_shapes, 1,
      -1, 0, sizeof(atc_quectel_tcpip_qicfg_passiveclosed), NULL, 0, 0, -1, NULL,
      atc__quectel_tcpip_qicfg_passiveclosed_answers, 19, 0u },
    {"QICFG", "close/mode", "+QICFG: ", ATC_KIND_RESPONSE, ATC_FORM_NONE, 0,
      2, atc__quectel_tcpip_qicfg_close_mode_fields, atc__quectel_tcpip_qicfg_close_mode_shapes, 1,
      -1, 0, sizeof(atc_quectel_tcpip_qicfg_close_mode), NULL, 0, 0, -1, NULL,
      atc__quectel_tcpip_qicfg_close_mode_answers, 19, 0u },
    {"QICFG", "recvind", "+QICFG: ", ATC_KIND_RESPONSE, ATC_FORM_NONE, 0,
      2, atc__quectel_tcpip_qicfg_recvind_fields, atc__quectel_tcpip_qicfg_recvind_shapes, 1,
      -1, 0, sizeof(atc_quectel_tcpip_qicfg_recvind), NULL, 0, 0, -1, NULL,
      atc__quectel_tcpip_qicfg_recvind_answers, 19, 0u },
    {"QICFG", "tcp/keepalive", "+QICFG: ", ATC_KIND_RESPONSE, ATC_FORM_NONE, 0,
      5, atc__quectel_tcpip_qicfg_tcp_keepalive_fields, atc__quectel_tcpip_qicfg_tcp_keepalive_shapes, 1,
      -1, 0, sizeof(atc_quectel_tcpip_qicfg_tcp_keepalive), NULL, 0, 0, -1, NULL,
      atc__quectel_tcpip_qicfg_tcp_keepalive_answers, 19, 0u },
    {"QICFG", "tcp/retranscfg", "+QICFG: ", ATC_KIND_RESPONSE, ATC_FORM_NONE, 0,
      3, atc__quectel_tcpip_qicfg_tcp_retranscfg_fields, atc__quectel_tcpip_qicfg_tcp_retranscfg_shapes, 1,
      -1, 0, sizeof(atc_quectel_tcpip_qicfg_tcp_retranscfg), NULL, 0, 0, -1, NULL,
      atc__quectel_tcpip_qicfg_tcp_retranscfg_answers, 19, 0u },
    {"QICFG", "send/auto", "+QICFG: ", ATC_KIND_RESPONSE, ATC_FORM_NONE, 0,
      5, atc__quectel_tcpip_qicfg_send_auto_fields, atc__quectel_tcpip_qicfg_send_auto_shapes, 1,
      -1, 0, sizeof(atc_quectel_tcpip_qicfg_send_auto), NULL, 0, 0, -1, NULL,
      atc__quectel_tcpip_qicfg_send_auto_answers, 19, 0u },
    {"QICFG", "formatcfg", "+QICFG: ", ATC_KIND_RESPONSE, ATC_FORM_NONE, 0,
      2, atc__quectel_tcpip_qicfg_formatcfg_fields, atc__quectel_tcpip_qicfg_formatcfg_shapes, 1,
      -1, 0, sizeof(atc_quectel_tcpip_qicfg_formatcfg), NULL, 0, 0, -1, NULL,
      atc__quectel_tcpip_qicfg_formatcfg_answers, 19, 0u },
    {"QICFG", "qisend/timeout", "+QICFG: ", ATC_KIND_RESPONSE, ATC_FORM_NONE, 0,
      2, atc__quectel_tcpip_qicfg_qisend_timeout_fields, atc__quectel_tcpip_qicfg_qisend_timeout_shapes, 1,
      -1, 0, sizeof(atc_quectel_tcpip_qicfg_qisend_timeout), NULL, 0, 0, -1, NULL,
      atc__quectel_tcpip_qicfg_qisend_timeout_answers, 19, 0u },
    {"QICFG", "tcp/delay_ack", "+QICFG: ", ATC_KIND_RESPONSE, ATC_FORM_NONE, 0,
      2, atc__quectel_tcpip_qicfg_tcp_delay_ack_fields, atc__quectel_tcpip_qicfg_tcp_delay_ack_shapes, 1,
      -1, 0, sizeof(atc_quectel_tcpip_qicfg_tcp_delay_ack), NULL, 0, 0, -1, NULL,
      atc__quectel_tcpip_qicfg_tcp_delay_ack_answers, 19, 0u },
    {"QICFG", "dns/cache", "+QICFG: ", ATC_KIND_RESPONSE, ATC_FORM_NONE, 0,
      2, atc__quectel_tcpip_qicfg_dns_cache_fields, atc__quectel_tcpip_qicfg_dns_cache_shapes, 1,
      -1, 0, sizeof(atc_quectel_tcpip_qicfg_dns_cache), NULL, 0, 0, -1, NULL,
      atc__quectel_tcpip_qicfg_dns_cache_answers, 19, 0u },
    {"QICFG", "tcp/twrecycle", "+QICFG: ", ATC_KIND_RESPONSE, ATC_FORM_NONE, 0,
      2, atc__quectel_tcpip_qicfg_tcp_twrecycle_fields, atc__quectel_tcpip_qicfg_tcp_twrecycle_shapes, 1,
      -1, 0, sizeof(atc_quectel_tcpip_qicfg_tcp_twrecycle), NULL, 0, 0, -1, NULL,
      atc__quectel_tcpip_qicfg_tcp_twrecycle_answers, 19, 0u },
    {"QICFG", "dns/retry", "+QICFG: ", ATC_KIND_RESPONSE, ATC_FORM_NONE, 0,
      3, atc__quectel_tcpip_qicfg_dns_retry_fields, atc__quectel_tcpip_qicfg_dns_retry_shapes, 1,
      -1, 0, sizeof(atc_quectel_tcpip_qicfg_dns_retry), NULL, 0, 0, -1, NULL,
      atc__quectel_tcpip_qicfg_dns_retry_answers, 19, 0u },
    {"QICSGP", NULL, "+QICSGP: ", ATC_KIND_RESPONSE, ATC_FORM_NONE, 0,
      6, atc__quectel_tcpip_qicsgp_test_fields, atc__quectel_tcpip_qicsgp_test_shapes, 1,
      -1, 0, sizeof(atc_quectel_tcpip_qicsgp_test), NULL, 0, 0, -1, NULL,
      atc__quectel_tcpip_qicsgp_test_answers, 1, 0u },
    {"QICSGP", NULL, "+QICSGP: ", ATC_KIND_RESPONSE, ATC_FORM_NONE, 0,
      5, atc__quectel_tcpip_qicsgp_query_fields, atc__quectel_tcpip_qicsgp_query_shapes, 1,
      -1, 0, sizeof(atc_quectel_tcpip_qicsgp_query), NULL, 0, 0, -1, NULL,
      atc__quectel_tcpip_qicsgp_query_answers, 1, 0u },
    {"QIACT", NULL, "+QIACT: ", ATC_KIND_RESPONSE, ATC_FORM_NONE, 0,
      1, atc__quectel_tcpip_qiact_test_fields, atc__quectel_tcpip_qiact_test_shapes, 1,
      -1, 0, sizeof(atc_quectel_tcpip_qiact_test), NULL, 0, 0, -1, NULL,
      atc__quectel_tcpip_qiact_test_answers, 1, 0u },
    {"QIACT", NULL, "+QIACT: ", ATC_KIND_RESPONSE, ATC_FORM_NONE, ATC_M_MULTI,
      5, atc__quectel_tcpip_qiact_read_fields, atc__quectel_tcpip_qiact_read_shapes, 4,
      -1, 0, sizeof(atc_quectel_tcpip_qiact_read), NULL, 0, 0, -1, NULL,
      atc__quectel_tcpip_qiact_read_answers, 1, 0u },
    {"QIDEACT", NULL, "+QIDEACT: ", ATC_KIND_RESPONSE, ATC_FORM_NONE, 0,
      1, atc__quectel_tcpip_qideact_test_fields, atc__quectel_tcpip_qideact_test_shapes, 1,
      -1, 0, sizeof(atc_quectel_tcpip_qideact_test), NULL, 0, 0, -1, NULL,
      atc__quectel_tcpip_qideact_test_answers, 1, 0u },
    {"QIACTEX", NULL, "+QIACTEX: ", ATC_KIND_RESPONSE, ATC_FORM_NONE, 0,
      2, atc__quectel_tcpip_qiactex_test_fields, atc__quectel_tcpip_qiactex_test_shapes, 1,
      -1, 0, sizeof(atc_quectel_tcpip_qiactex_test), NULL, 0, 0, -1, NULL,
      atc__quectel_tcpip_qiactex_test_answers, 1, 0u },
    {"QIACTEX", NULL, "+QIACTEX: ", ATC_KIND_RESPONSE, ATC_FORM_NONE, ATC_M_MULTI,
      5, atc__quectel_tcpip_qiactex_read_fields, atc__quectel_tcpip_qiactex_read_shapes, 4,
      -1, 0, sizeof(atc_quectel_tcpip_qiactex_read), NULL, 0, 0, -1, NULL,
      atc__quectel_tcpip_qiactex_read_answers, 1, 0u },
    {"QIDEACTEX", NULL, "+QIDEACTEX: ", ATC_KIND_RESPONSE, ATC_FORM_NONE, 0,
      1, atc__quectel_tcpip_qideactex_test_fields, atc__quectel_tcpip_qideactex_test_shapes, 1,
      -1, 0, sizeof(atc_quectel_tcpip_qideactex_test), NULL, 0, 0, -1, NULL,
      atc__quectel_tcpip_qideactex_test_answers, 1, 0u },
    {"QIOPEN", NULL, "+QIOPEN: ", ATC_KIND_RESPONSE, ATC_FORM_NONE, 0,
      8, atc__quectel_tcpip_qiopen_test_fields, atc__quectel_tcpip_qiopen_test_shapes, 1,
      -1, 0, sizeof(atc_quectel_tcpip_qiopen_test), NULL, 0, 0, -1, NULL,
      atc__quectel_tcpip_qiopen_test_answers, 1, 0u },
    {"QICLOSE", NULL, "+QICLOSE: ", ATC_KIND_RESPONSE, ATC_FORM_NONE, 0,
      2, atc__quectel_tcpip_qiclose_test_fields, atc__quectel_tcpip_qiclose_test_shapes, 1,
      -1, 0, sizeof(atc_quectel_tcpip_qiclose_test), NULL, 0, 0, -1, NULL,
      atc__quectel_tcpip_qiclose_test_answers, 1, 0u },
    {"QISTATE", NULL, "+QISTATE: ", ATC_KIND_RESPONSE, ATC_FORM_NONE, ATC_M_MULTI,
      10, atc__quectel_tcpip_qistate_fields, atc__quectel_tcpip_qistate_shapes, 1,
      -1, 0, sizeof(atc_quectel_tcpip_qistate), NULL, 0, 0, -1, NULL,
      atc__quectel_tcpip_qistate_answers, 3, 0u },
    {"QISEND", NULL, "+QISEND: ", ATC_KIND_RESPONSE, ATC_FORM_NONE, 0,
      2, atc__quectel_tcpip_qisend_test_fields, atc__quectel_tcpip_qisend_test_shapes, 1,
      -1, 0, sizeof(atc_quectel_tcpip_qisend_test), NULL, 0, 0, -1, NULL,
      atc__quectel_tcpip_qisend_test_answers, 1, 0u },
    {"QISEND", NULL, "+QISEND: ", ATC_KIND_RESPONSE, ATC_FORM_NONE, 0,
      3, atc__quectel_tcpip_qisend_query_fields, atc__quectel_tcpip_qisend_query_shapes, 1,
      -1, 0, sizeof(atc_quectel_tcpip_qisend_query), NULL, 0, 0, -1, NULL,
      atc__quectel_tcpip_qisend_query_answers, 1, 0u },
    {"QISEND", NULL, "+QISEND: ", ATC_KIND_RESPONSE, ATC_FORM_NONE, 0,
      3, atc__quectel_tcpip_qisend_view_fields, atc__quectel_tcpip_qisend_view_shapes, 1,
      -1, 0, sizeof(atc_quectel_tcpip_qisend_view), NULL, 0, 0, -1, NULL,
      atc__quectel_tcpip_qisend_view_answers, 1, 0u },
    {"QIRD", NULL, "+QIRD: ", ATC_KIND_RESPONSE, ATC_FORM_NONE, 0,
      2, atc__quectel_tcpip_qird_test_fields, atc__quectel_tcpip_qird_test_shapes, 1,
      -1, 0, sizeof(atc_quectel_tcpip_qird_test), NULL, 0, 0, -1, NULL,
      atc__quectel_tcpip_qird_test_answers, 1, 0u },
    {"QIRD", NULL, "+QIRD: ", ATC_KIND_RESPONSE, ATC_FORM_NONE, 0,
      1, atc__quectel_tcpip_qird_data_fields, atc__quectel_tcpip_qird_data_shapes, 1,
      0, 1500, sizeof(atc_quectel_tcpip_qird_data), NULL, 0, 0, -1, NULL,
      atc__quectel_tcpip_qird_data_answers, 1, 0u },
    {"QIRD", NULL, "+QIRD: ", ATC_KIND_RESPONSE, ATC_FORM_NONE, 0,
      3, atc__quectel_tcpip_qird_udp_fields, atc__quectel_tcpip_qird_udp_shapes, 1,
      0, 1500, sizeof(atc_quectel_tcpip_qird_udp), NULL, 0, 0, -1, NULL,
      atc__quectel_tcpip_qird_udp_answers, 1, 0u },
    {"QIRD", NULL, "+QIRD: ", ATC_KIND_RESPONSE, ATC_FORM_NONE, 0,
      3, atc__quectel_tcpip_qird_query_fields, atc__quectel_tcpip_qird_query_shapes, 1,
      -1, 0, sizeof(atc_quectel_tcpip_qird_query), NULL, 0, 0, -1, NULL,
      atc__quectel_tcpip_qird_query_answers, 1, 0u },
    {"QISENDEX", NULL, "+QISENDEX: ", ATC_KIND_RESPONSE, ATC_FORM_NONE, 0,
      2, atc__quectel_tcpip_qisendex_test_fields, atc__quectel_tcpip_qisendex_test_shapes, 1,
      -1, 0, sizeof(atc_quectel_tcpip_qisendex_test), NULL, 0, 0, -1, NULL,
      atc__quectel_tcpip_qisendex_test_answers, 1, 0u },
    {"QISENDEX", NULL, "+QISENDEX: ", ATC_KIND_RESPONSE, ATC_FORM_NONE, 0,
      3, atc__quectel_tcpip_qisendex_view_fields, atc__quectel_tcpip_qisendex_view_shapes, 1,
      -1, 0, sizeof(atc_quectel_tcpip_qisendex_view), NULL, 0, 0, -1, NULL,
      atc__quectel_tcpip_qisendex_view_answers, 1, 0u },
    {"QISWTMD", NULL, "+QISWTMD: ", ATC_KIND_RESPONSE, ATC_FORM_NONE, 0,
      2, atc__quectel_tcpip_qiswtmd_test_fields, atc__quectel_tcpip_qiswtmd_test_shapes, 1,
      -1, 0, sizeof(atc_quectel_tcpip_qiswtmd_test), NULL, 0, 0, -1, NULL,
      atc__quectel_tcpip_qiswtmd_test_answers, 1, 0u },
    {"QPING", NULL, "+QPING: ", ATC_KIND_RESPONSE, ATC_FORM_NONE, 0,
      4, atc__quectel_tcpip_qping_test_fields, atc__quectel_tcpip_qping_test_shapes, 1,
      -1, 0, sizeof(atc_quectel_tcpip_qping_test), NULL, 0, 0, -1, NULL,
      atc__quectel_tcpip_qping_test_answers, 1, 0u },
    {"QNTP", NULL, "+QNTP: ", ATC_KIND_RESPONSE, ATC_FORM_NONE, 0,
      4, atc__quectel_tcpip_qntp_test_fields, atc__quectel_tcpip_qntp_test_shapes, 1,
      -1, 0, sizeof(atc_quectel_tcpip_qntp_test), NULL, 0, 0, -1, NULL,
      atc__quectel_tcpip_qntp_test_answers, 1, 0u },
    {"QNTP", NULL, "+QNTP: ", ATC_KIND_RESPONSE, ATC_FORM_NONE, 0,
      2, atc__quectel_tcpip_qntp_read_fields, atc__quectel_tcpip_qntp_read_shapes, 1,
      -1, 0, sizeof(atc_quectel_tcpip_qntp_read), NULL, 0, 0, -1, NULL,
      atc__quectel_tcpip_qntp_read_answers, 1, 0u },
    {"QIDNSCFG", NULL, "+QIDNSCFG: ", ATC_KIND_RESPONSE, ATC_FORM_NONE, 0,
      3, atc__quectel_tcpip_qidnscfg_test_fields, atc__quectel_tcpip_qidnscfg_test_shapes, 1,
      -1, 0, sizeof(atc_quectel_tcpip_qidnscfg_test), NULL, 0, 0, -1, NULL,
      atc__quectel_tcpip_qidnscfg_test_answers, 1, 0u },
    {"QIDNSCFG", NULL, "+QIDNSCFG: ", ATC_KIND_RESPONSE, ATC_FORM_NONE, 0,
      5, atc__quectel_tcpip_qidnscfg_ipv4v6_fields, atc__quectel_tcpip_qidnscfg_ipv4v6_shapes, 1,
      -1, 0, sizeof(atc_quectel_tcpip_qidnscfg_ipv4v6), NULL, 0, 0, -1, NULL,
      atc__quectel_tcpip_qidnscfg_ipv4v6_answers, 1, 0u },
    {"QIDNSCFG", NULL, "+QIDNSCFG: ", ATC_KIND_RESPONSE, ATC_FORM_NONE, 0,
      3, atc__quectel_tcpip_qidnscfg_ipv4_fields, atc__quectel_tcpip_qidnscfg_ipv4_shapes, 1,
      -1, 0, sizeof(atc_quectel_tcpip_qidnscfg_ipv4), NULL, 0, 0, -1, NULL,
      atc__quectel_tcpip_qidnscfg_ipv4_answers, 1, 0u },
    {"QIDNSCFG", NULL, "+QIDNSCFG: ", ATC_KIND_RESPONSE, ATC_FORM_NONE, 0,
      3, atc__quectel_tcpip_qidnscfg_ipv6_fields, atc__quectel_tcpip_qidnscfg_ipv6_shapes, 1,
      -1, 0, sizeof(atc_quectel_tcpip_qidnscfg_ipv6), NULL, 0, 0, -1, NULL,
      atc__quectel_tcpip_qidnscfg_ipv6_answers, 1, 0u },
    {"QIDNSGIP", NULL, "+QIDNSGIP: ", ATC_KIND_RESPONSE, ATC_FORM_NONE, 0,
      2, atc__quectel_tcpip_qidnsgip_test_fields, atc__quectel_tcpip_qidnsgip_test_shapes, 1,
      -1, 0, sizeof(atc_quectel_tcpip_qidnsgip_test), NULL, 0, 0, -1, NULL,
      atc__quectel_tcpip_qidnsgip_test_answers, 1, 0u },
    {"QISDE", NULL, "+QISDE: ", ATC_KIND_RESPONSE, ATC_FORM_NONE, 0,
      1, atc__quectel_tcpip_qisde_test_fields, atc__quectel_tcpip_qisde_test_shapes, 1,
      -1, 0, sizeof(atc_quectel_tcpip_qisde_test), NULL, 0, 0, -1, NULL,
      atc__quectel_tcpip_qisde_test_answers, 1, 0u },
    {"QISDE", NULL, "+QISDE: ", ATC_KIND_RESPONSE, ATC_FORM_NONE, 0,
      1, atc__quectel_tcpip_qisde_read_fields, atc__quectel_tcpip_qisde_read_shapes, 1,
      -1, 0, sizeof(atc_quectel_tcpip_qisde_read), NULL, 0, 0, -1, NULL,
      atc__quectel_tcpip_qisde_read_answers, 1, 0u },
    {"QIGETERROR", NULL, "+QIGETERROR: ", ATC_KIND_RESPONSE, ATC_FORM_NONE, 0,
      2, atc__quectel_tcpip_qigeterror_fields, atc__quectel_tcpip_qigeterror_shapes, 1,
      -1, 0, sizeof(atc_quectel_tcpip_qigeterror), NULL, 0, 0, -1, NULL,
      atc__quectel_tcpip_qigeterror_answers, 1, 0u },
    {"QIACTEX", NULL, "+QIACTEX: ", ATC_KIND_URC, ATC_FORM_NONE, 0,
      5, atc__quectel_tcpip_qiactex_fields, atc__quectel_tcpip_qiactex_shapes, 5,
      -1, 0, sizeof(atc_quectel_tcpip_qiactex), NULL, 0, 0, -1, NULL,
      NULL, 0, 0u },
    {"QIDEACTEX", NULL, "+QIDEACTEX: ", ATC_KIND_URC, ATC_FORM_NONE, 0,
      2, atc__quectel_tcpip_qideactex_fields, atc__quectel_tcpip_qideactex_shapes, 1,
      -1, 0, sizeof(atc_quectel_tcpip_qideactex), NULL, 0, 0, -1, NULL,
      NULL, 0, 0u },
    {"QIOPEN", NULL, "+QIOPEN: ", ATC_KIND_URC, ATC_FORM_NONE, 0,
      2, atc__quectel_tcpip_qiopen_fields, atc__quectel_tcpip_qiopen_shapes, 1,
      -1, 0, sizeof(atc_quectel_tcpip_qiopen), NULL, 0, 0, -1, NULL,
      NULL, 0, 0u },
    {"QPING", NULL, "+QPING: ", ATC_KIND_URC, ATC_FORM_NONE, 0,
      5, atc__quectel_tcpip_qping_fields, atc__quectel_tcpip_qping_shapes, 2,
      -1, 0, sizeof(atc_quectel_tcpip_qping), NULL, 0, 0, -1, NULL,
      NULL, 0, 0u },
    {"QPING", NULL, "+QPING: ", ATC_KIND_URC, ATC_FORM_NONE, 0,
      7, atc__quectel_tcpip_qping_summary_fields, atc__quectel_tcpip_qping_summary_shapes, 2,
      -1, 0, sizeof(atc_quectel_tcpip_qping_summary), NULL, 0, 0, -1, NULL,
      NULL, 0, 0u },
    {"QNTP", NULL, "+QNTP: ", ATC_KIND_URC, ATC_FORM_NONE, 0,
      2, atc__quectel_tcpip_qntp_fields, atc__quectel_tcpip_qntp_shapes, 2,
      -1, 0, sizeof(atc_quectel_tcpip_qntp), NULL, 0, 0, -1, NULL,
      NULL, 0, 0u },
    {"QIURC", "closed", "+QIURC: ", ATC_KIND_URC, ATC_FORM_NONE, 0,
      2, atc__quectel_tcpip_qiurc_closed_fields, atc__quectel_tcpip_qiurc_closed_shapes, 1,
      -1, 0, sizeof(atc_quectel_tcpip_qiurc_closed), NULL, 0, 0, -1, NULL,
      NULL, 0, 0u },
    {"QIURC", "recv", "+QIURC: ", ATC_KIND_URC, ATC_FORM_NONE, 0,
      2, atc__quectel_tcpip_qiurc_recv_fields, atc__quectel_tcpip_qiurc_recv_shapes, 1,
      -1, 0, sizeof(atc_quectel_tcpip_qiurc_recv), NULL, 0, 0, -1, NULL,
      NULL, 0, 0u },
    {"QIURC", "recv", "+QIURC: ", ATC_KIND_URC, ATC_FORM_NONE, 0,
      3, atc__quectel_tcpip_qiurc_recv_push_fields, atc__quectel_tcpip_qiurc_recv_push_shapes, 1,
      2, 1500, sizeof(atc_quectel_tcpip_qiurc_recv_push), NULL, 0, 0, -1, NULL,
      NULL, 0, 0u },
    {"QIURC", "recv", "+QIURC: ", ATC_KIND_URC, ATC_FORM_NONE, 0,
      5, atc__quectel_tcpip_qiurc_recv_udp_fields, atc__quectel_tcpip_qiurc_recv_udp_shapes, 1,
      2, 1500, sizeof(atc_quectel_tcpip_qiurc_recv_udp), NULL, 0, 0, -1, NULL,
      NULL, 0, 0u },
    {"QIURC", "incoming full", "+QIURC: ", ATC_KIND_URC, ATC_FORM_NONE, 0,
      1, atc__quectel_tcpip_qiurc_incoming_full_fields, atc__quectel_tcpip_qiurc_incoming_full_shapes, 1,
      -1, 0, sizeof(atc_quectel_tcpip_qiurc_incoming_full), NULL, 0, 0, -1, NULL,
      NULL, 0, 0u },
    {"QIURC", "incoming", "+QIURC: ", ATC_KIND_URC, ATC_FORM_NONE, 0,
      5, atc__quectel_tcpip_qiurc_incoming_fields, atc__quectel_tcpip_qiurc_incoming_shapes, 1,
      -1, 0, sizeof(atc_quectel_tcpip_qiurc_incoming), NULL, 0, 0, -1, NULL,
      NULL, 0, 0u },
    {"QIURC", "pdpdeact", "+QIURC: ", ATC_KIND_URC, ATC_FORM_NONE, 0,
      2, atc__quectel_tcpip_qiurc_pdpdeact_fields, atc__quectel_tcpip_qiurc_pdpdeact_shapes, 1,
      -1, 0, sizeof(atc_quectel_tcpip_qiurc_pdpdeact), NULL, 0, 0, -1, NULL,
      NULL, 0, 0u },
    {"QIURC", "dnsgip", "+QIURC: ", ATC_KIND_URC, ATC_FORM_NONE, 0,
      4, atc__quectel_tcpip_qiurc_dnsgip_fields, atc__quectel_tcpip_qiurc_dnsgip_shapes, 2,
      -1, 0, sizeof(atc_quectel_tcpip_qiurc_dnsgip), NULL, 0, 0, -1, NULL,
      NULL, 0, 0u },
    {"QIURC", "dnsgip", "+QIURC: ", ATC_KIND_URC, ATC_FORM_NONE, 0,
      2, atc__quectel_tcpip_qiurc_dnsgip_ip_fields, atc__quectel_tcpip_qiurc_dnsgip_ip_shapes, 1,
      -1, 0, sizeof(atc_quectel_tcpip_qiurc_dnsgip_ip), NULL, 0, 0, -1, NULL,
      NULL, 0, 0u },
};

/* ---- Encoders: one per message; module-side ones serve tests and simulators. ---- */
ATC_API atc_err atc_quectel_tcpip_encode_ok(const atc_quectel_tcpip_ok *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc__quectel_tcpip_msgs[ATC_QUECTEL_TCPIP_OK], msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_quectel_tcpip_encode_error(const atc_quectel_tcpip_error *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc__quectel_tcpip_msgs[ATC_QUECTEL_TCPIP_ERROR], msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_quectel_tcpip_encode_cme_error(const atc_quectel_tcpip_cme_error *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc__quectel_tcpip_msgs[ATC_QUECTEL_TCPIP_CME_ERROR], msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_quectel_tcpip_encode_send_ok(const atc_quectel_tcpip_send_ok *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc__quectel_tcpip_msgs[ATC_QUECTEL_TCPIP_SEND_OK], msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_quectel_tcpip_encode_send_fail(const atc_quectel_tcpip_send_fail *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc__quectel_tcpip_msgs[ATC_QUECTEL_TCPIP_SEND_FAIL], msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_quectel_tcpip_encode_connect(const atc_quectel_tcpip_connect *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc__quectel_tcpip_msgs[ATC_QUECTEL_TCPIP_CONNECT], msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_quectel_tcpip_encode_no_carrier(const atc_quectel_tcpip_no_carrier *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc__quectel_tcpip_msgs[ATC_QUECTEL_TCPIP_NO_CARRIER], msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_quectel_tcpip_encode_prompt(const atc_quectel_tcpip_prompt *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc__quectel_tcpip_msgs[ATC_QUECTEL_TCPIP_PROMPT], msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_quectel_tcpip_encode_at_qicfg_test(const atc_quectel_tcpip_at_qicfg_test *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc__quectel_tcpip_msgs[ATC_QUECTEL_TCPIP_AT_QICFG_TEST], msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_quectel_tcpip_encode_at_qicfg_set_transpktsize(const atc_quectel_tcpip_at_qicfg_set_transpktsize *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc__quectel_tcpip_msgs[ATC_QUECTEL_TCPIP_AT_QICFG_SET_TRANSPKTSIZE], msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_quectel_tcpip_encode_at_qicfg_set_transwaittm(const atc_quectel_tcpip_at_qicfg_set_transwaittm *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc__quectel_tcpip_msgs[ATC_QUECTEL_TCPIP_AT_QICFG_SET_TRANSWAITTM], msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_quectel_tcpip_encode_at_qicfg_set_dataformat(const atc_quectel_tcpip_at_qicfg_set_dataformat *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc__quectel_tcpip_msgs[ATC_QUECTEL_TCPIP_AT_QICFG_SET_DATAFORMAT], msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_quectel_tcpip_encode_at_qicfg_set_viewmode(const atc_quectel_tcpip_at_qicfg_set_viewmode *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc__quectel_tcpip_msgs[ATC_QUECTEL_TCPIP_AT_QICFG_SET_VIEWMODE], msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_quectel_tcpip_encode_at_qicfg_set_udp_sendmode(const atc_quectel_tcpip_at_qicfg_set_udp_sendmode *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc__quectel_tcpip_msgs[ATC_QUECTEL_TCPIP_AT_QICFG_SET_UDP_SENDMODE], msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_quectel_tcpip_encode_at_qicfg_set_udp_readmode(const atc_quectel_tcpip_at_qicfg_set_udp_readmode *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc__quectel_tcpip_msgs[ATC_QUECTEL_TCPIP_AT_QICFG_SET_UDP_READMODE], msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_quectel_tcpip_encode_at_qicfg_set_tcp_accept(const atc_quectel_tcpip_at_qicfg_set_tcp_accept *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc__quectel_tcpip_msgs[ATC_QUECTEL_TCPIP_AT_QICFG_SET_TCP_ACCEPT], msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_quectel_tcpip_encode_at_qicfg_set_passiveclosed(const atc_quectel_tcpip_at_qicfg_set_passiveclosed *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc__quectel_tcpip_msgs[ATC_QUECTEL_TCPIP_AT_QICFG_SET_PASSIVECLOSED], msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_quectel_tcpip_encode_at_qicfg_set_close_mode(const atc_quectel_tcpip_at_qicfg_set_close_mode *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc__quectel_tcpip_msgs[ATC_QUECTEL_TCPIP_AT_QICFG_SET_CLOSE_MODE], msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_quectel_tcpip_encode_at_qicfg_set_recvind(const atc_quectel_tcpip_at_qicfg_set_recvind *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc__quectel_tcpip_msgs[ATC_QUECTEL_TCPIP_AT_QICFG_SET_RECVIND], msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_quectel_tcpip_encode_at_qicfg_set_tcp_keepalive(const atc_quectel_tcpip_at_qicfg_set_tcp_keepalive *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc__quectel_tcpip_msgs[ATC_QUECTEL_TCPIP_AT_QICFG_SET_TCP_KEEPALIVE], msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_quectel_tcpip_encode_at_qicfg_set_tcp_retranscfg(const atc_quectel_tcpip_at_qicfg_set_tcp_retranscfg *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc__quectel_tcpip_msgs[ATC_QUECTEL_TCPIP_AT_QICFG_SET_TCP_RETRANSCFG], msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_quectel_tcpip_encode_at_qicfg_set_send_auto(const atc_quectel_tcpip_at_qicfg_set_send_auto *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc__quectel_tcpip_msgs[ATC_QUECTEL_TCPIP_AT_QICFG_SET_SEND_AUTO], msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_quectel_tcpip_encode_at_qicfg_set_formatcfg(const atc_quectel_tcpip_at_qicfg_set_formatcfg *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc__quectel_tcpip_msgs[ATC_QUECTEL_TCPIP_AT_QICFG_SET_FORMATCFG], msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_quectel_tcpip_encode_at_qicfg_set_qisend_timeout(const atc_quectel_tcpip_at_qicfg_set_qisend_timeout *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc__quectel_tcpip_msgs[ATC_QUECTEL_TCPIP_AT_QICFG_SET_QISEND_TIMEOUT], msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_quectel_tcpip_encode_at_qicfg_set_tcp_delay_ack(const atc_quectel_tcpip_at_qicfg_set_tcp_delay_ack *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc__quectel_tcpip_msgs[ATC_QUECTEL_TCPIP_AT_QICFG_SET_TCP_DELAY_ACK], msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_quectel_tcpip_encode_at_qicfg_set_dns_cache(const atc_quectel_tcpip_at_qicfg_set_dns_cache *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc__quectel_tcpip_msgs[ATC_QUECTEL_TCPIP_AT_QICFG_SET_DNS_CACHE], msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_quectel_tcpip_encode_at_qicfg_set_tcp_twrecycle(const atc_quectel_tcpip_at_qicfg_set_tcp_twrecycle *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc__quectel_tcpip_msgs[ATC_QUECTEL_TCPIP_AT_QICFG_SET_TCP_TWRECYCLE], msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_quectel_tcpip_encode_at_qicfg_set_dns_retry(const atc_quectel_tcpip_at_qicfg_set_dns_retry *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc__quectel_tcpip_msgs[ATC_QUECTEL_TCPIP_AT_QICFG_SET_DNS_RETRY], msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_quectel_tcpip_encode_at_qicsgp_test(const atc_quectel_tcpip_at_qicsgp_test *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc__quectel_tcpip_msgs[ATC_QUECTEL_TCPIP_AT_QICSGP_TEST], msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_quectel_tcpip_encode_at_qicsgp_set(const atc_quectel_tcpip_at_qicsgp_set *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc__quectel_tcpip_msgs[ATC_QUECTEL_TCPIP_AT_QICSGP_SET], msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_quectel_tcpip_encode_at_qiact_test(const atc_quectel_tcpip_at_qiact_test *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc__quectel_tcpip_msgs[ATC_QUECTEL_TCPIP_AT_QIACT_TEST], msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_quectel_tcpip_encode_at_qiact_read(const atc_quectel_tcpip_at_qiact_read *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc__quectel_tcpip_msgs[ATC_QUECTEL_TCPIP_AT_QIACT_READ], msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_quectel_tcpip_encode_at_qiact_set(const atc_quectel_tcpip_at_qiact_set *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc__quectel_tcpip_msgs[ATC_QUECTEL_TCPIP_AT_QIACT_SET], msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_quectel_tcpip_encode_at_qideact_test(const atc_quectel_tcpip_at_qideact_test *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc__quectel_tcpip_msgs[ATC_QUECTEL_TCPIP_AT_QIDEACT_TEST], msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_quectel_tcpip_encode_at_qideact_set(const atc_quectel_tcpip_at_qideact_set *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc__quectel_tcpip_msgs[ATC_QUECTEL_TCPIP_AT_QIDEACT_SET], msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_quectel_tcpip_encode_at_qiactex_test(const atc_quectel_tcpip_at_qiactex_test *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc__quectel_tcpip_msgs[ATC_QUECTEL_TCPIP_AT_QIACTEX_TEST], msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_quectel_tcpip_encode_at_qiactex_read(const atc_quectel_tcpip_at_qiactex_read *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc__quectel_tcpip_msgs[ATC_QUECTEL_TCPIP_AT_QIACTEX_READ], msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_quectel_tcpip_encode_at_qiactex_set(const atc_quectel_tcpip_at_qiactex_set *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc__quectel_tcpip_msgs[ATC_QUECTEL_TCPIP_AT_QIACTEX_SET], msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_quectel_tcpip_encode_at_qideactex_test(const atc_quectel_tcpip_at_qideactex_test *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc__quectel_tcpip_msgs[ATC_QUECTEL_TCPIP_AT_QIDEACTEX_TEST], msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_quectel_tcpip_encode_at_qideactex_set(const atc_quectel_tcpip_at_qideactex_set *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc__quectel_tcpip_msgs[ATC_QUECTEL_TCPIP_AT_QIDEACTEX_SET], msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_quectel_tcpip_encode_at_qiopen_test(const atc_quectel_tcpip_at_qiopen_test *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc__quectel_tcpip_msgs[ATC_QUECTEL_TCPIP_AT_QIOPEN_TEST], msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_quectel_tcpip_encode_at_qiopen_set(const atc_quectel_tcpip_at_qiopen_set *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc__quectel_tcpip_msgs[ATC_QUECTEL_TCPIP_AT_QIOPEN_SET], msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_quectel_tcpip_encode_at_qiclose_test(const atc_quectel_tcpip_at_qiclose_test *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc__quectel_tcpip_msgs[ATC_QUECTEL_TCPIP_AT_QICLOSE_TEST], msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_quectel_tcpip_encode_at_qiclose_set(const atc_quectel_tcpip_at_qiclose_set *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc__quectel_tcpip_msgs[ATC_QUECTEL_TCPIP_AT_QICLOSE_SET], msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_quectel_tcpip_encode_at_qistate_test(const atc_quectel_tcpip_at_qistate_test *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc__quectel_tcpip_msgs[ATC_QUECTEL_TCPIP_AT_QISTATE_TEST], msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_quectel_tcpip_encode_at_qistate_read(const atc_quectel_tcpip_at_qistate_read *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc__quectel_tcpip_msgs[ATC_QUECTEL_TCPIP_AT_QISTATE_READ], msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_quectel_tcpip_encode_at_qistate_set(const atc_quectel_tcpip_at_qistate_set *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc__quectel_tcpip_msgs[ATC_QUECTEL_TCPIP_AT_QISTATE_SET], msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_quectel_tcpip_encode_at_qistate_exec(const atc_quectel_tcpip_at_qistate_exec *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc__quectel_tcpip_msgs[ATC_QUECTEL_TCPIP_AT_QISTATE_EXEC], msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_quectel_tcpip_encode_at_qisend_test(const atc_quectel_tcpip_at_qisend_test *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc__quectel_tcpip_msgs[ATC_QUECTEL_TCPIP_AT_QISEND_TEST], msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_quectel_tcpip_encode_at_qisend_set(const atc_quectel_tcpip_at_qisend_set *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc__quectel_tcpip_msgs[ATC_QUECTEL_TCPIP_AT_QISEND_SET], msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_quectel_tcpip_encode_at_qird_test(const atc_quectel_tcpip_at_qird_test *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc__quectel_tcpip_msgs[ATC_QUECTEL_TCPIP_AT_QIRD_TEST], msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_quectel_tcpip_encode_at_qird_set(const atc_quectel_tcpip_at_qird_set *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc__quectel_tcpip_msgs[ATC_QUECTEL_TCPIP_AT_QIRD_SET], msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_quectel_tcpip_encode_at_qisendex_test(const atc_quectel_tcpip_at_qisendex_test *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc__quectel_tcpip_msgs[ATC_QUECTEL_TCPIP_AT_QISENDEX_TEST], msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_quectel_tcpip_encode_at_qisendex_set(const atc_quectel_tcpip_at_qisendex_set *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc__quectel_tcpip_msgs[ATC_QUECTEL_TCPIP_AT_QISENDEX_SET], msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_quectel_tcpip_encode_at_qiswtmd_test(const atc_quectel_tcpip_at_qiswtmd_test *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc__quectel_tcpip_msgs[ATC_QUECTEL_TCPIP_AT_QISWTMD_TEST], msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_quectel_tcpip_encode_at_qiswtmd_set(const atc_quectel_tcpip_at_qiswtmd_set *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc__quectel_tcpip_msgs[ATC_QUECTEL_TCPIP_AT_QISWTMD_SET], msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_quectel_tcpip_encode_at_qping_test(const atc_quectel_tcpip_at_qping_test *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc__quectel_tcpip_msgs[ATC_QUECTEL_TCPIP_AT_QPING_TEST], msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_quectel_tcpip_encode_at_qping_set(const atc_quectel_tcpip_at_qping_set *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc__quectel_tcpip_msgs[ATC_QUECTEL_TCPIP_AT_QPING_SET], msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_quectel_tcpip_encode_at_qntp_test(const atc_quectel_tcpip_at_qntp_test *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc__quectel_tcpip_msgs[ATC_QUECTEL_TCPIP_AT_QNTP_TEST], msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_quectel_tcpip_encode_at_qntp_read(const atc_quectel_tcpip_at_qntp_read *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc__quectel_tcpip_msgs[ATC_QUECTEL_TCPIP_AT_QNTP_READ], msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_quectel_tcpip_encode_at_qntp_set(const atc_quectel_tcpip_at_qntp_set *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc__quectel_tcpip_msgs[ATC_QUECTEL_TCPIP_AT_QNTP_SET], msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_quectel_tcpip_encode_at_qidnscfg_test(const atc_quectel_tcpip_at_qidnscfg_test *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc__quectel_tcpip_msgs[ATC_QUECTEL_TCPIP_AT_QIDNSCFG_TEST], msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_quectel_tcpip_encode_at_qidnscfg_set(const atc_quectel_tcpip_at_qidnscfg_set *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc__quectel_tcpip_msgs[ATC_QUECTEL_TCPIP_AT_QIDNSCFG_SET], msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_quectel_tcpip_encode_at_qidnsgip_test(const atc_quectel_tcpip_at_qidnsgip_test *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc__quectel_tcpip_msgs[ATC_QUECTEL_TCPIP_AT_QIDNSGIP_TEST], msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_quectel_tcpip_encode_at_qidnsgip_set(const atc_quectel_tcpip_at_qidnsgip_set *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc__quectel_tcpip_msgs[ATC_QUECTEL_TCPIP_AT_QIDNSGIP_SET], msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_quectel_tcpip_encode_at_qisde_test(const atc_quectel_tcpip_at_qisde_test *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc__quectel_tcpip_msgs[ATC_QUECTEL_TCPIP_AT_QISDE_TEST], msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_quectel_tcpip_encode_at_qisde_read(const atc_quectel_tcpip_at_qisde_read *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc__quectel_tcpip_msgs[ATC_QUECTEL_TCPIP_AT_QISDE_READ], msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_quectel_tcpip_encode_at_qisde_set(const atc_quectel_tcpip_at_qisde_set *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc__quectel_tcpip_msgs[ATC_QUECTEL_TCPIP_AT_QISDE_SET], msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_quectel_tcpip_encode_at_qigeterror_test(const atc_quectel_tcpip_at_qigeterror_test *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc__quectel_tcpip_msgs[ATC_QUECTEL_TCPIP_AT_QIGETERROR_TEST], msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_quectel_tcpip_encode_at_qigeterror_exec(const atc_quectel_tcpip_at_qigeterror_exec *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc__quectel_tcpip_msgs[ATC_QUECTEL_TCPIP_AT_QIGETERROR_EXEC], msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_quectel_tcpip_encode_qicfg_test_transpktsize(const atc_quectel_tcpip_qicfg_test_transpktsize *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc__quectel_tcpip_msgs[ATC_QUECTEL_TCPIP_QICFG_TEST_TRANSPKTSIZE], msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_quectel_tcpip_encode_qicfg_test_transwaittm(const atc_quectel_tcpip_qicfg_test_transwaittm *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc__quectel_tcpip_msgs[ATC_QUECTEL_TCPIP_QICFG_TEST_TRANSWAITTM], msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_quectel_tcpip_encode_qicfg_test_dataformat(const atc_quectel_tcpip_qicfg_test_dataformat *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc__quectel_tcpip_msgs[ATC_QUECTEL_TCPIP_QICFG_TEST_DATAFORMAT], msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_quectel_tcpip_encode_qicfg_test_viewmode(const atc_quectel_tcpip_qicfg_test_viewmode *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc__quectel_tcpip_msgs[ATC_QUECTEL_TCPIP_QICFG_TEST_VIEWMODE], msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_quectel_tcpip_encode_qicfg_test_udp_sendmode(const atc_quectel_tcpip_qicfg_test_udp_sendmode *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc__quectel_tcpip_msgs[ATC_QUECTEL_TCPIP_QICFG_TEST_UDP_SENDMODE], msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_quectel_tcpip_encode_qicfg_test_udp_readmode(const atc_quectel_tcpip_qicfg_test_udp_readmode *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc__quectel_tcpip_msgs[ATC_QUECTEL_TCPIP_QICFG_TEST_UDP_READMODE], msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_quectel_tcpip_encode_qicfg_test_tcp_accept(const atc_quectel_tcpip_qicfg_test_tcp_accept *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc__quectel_tcpip_msgs[ATC_QUECTEL_TCPIP_QICFG_TEST_TCP_ACCEPT], msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_quectel_tcpip_encode_qicfg_test_passiveclosed(const atc_quectel_tcpip_qicfg_test_passiveclosed *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc__quectel_tcpip_msgs[ATC_QUECTEL_TCPIP_QICFG_TEST_PASSIVECLOSED], msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_quectel_tcpip_encode_qicfg_test_close_mode(const atc_quectel_tcpip_qicfg_test_close_mode *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc__quectel_tcpip_msgs[ATC_QUECTEL_TCPIP_QICFG_TEST_CLOSE_MODE], msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_quectel_tcpip_encode_qicfg_test_recvind(const atc_quectel_tcpip_qicfg_test_recvind *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc__quectel_tcpip_msgs[ATC_QUECTEL_TCPIP_QICFG_TEST_RECVIND], msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_quectel_tcpip_encode_qicfg_test_tcp_keepalive(const atc_quectel_tcpip_qicfg_test_tcp_keepalive *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc__quectel_tcpip_msgs[ATC_QUECTEL_TCPIP_QICFG_TEST_TCP_KEEPALIVE], msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_quectel_tcpip_encode_qicfg_test_tcp_retranscfg(const atc_quectel_tcpip_qicfg_test_tcp_retranscfg *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc__quectel_tcpip_msgs[ATC_QUECTEL_TCPIP_QICFG_TEST_TCP_RETRANSCFG], msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_quectel_tcpip_encode_qicfg_test_send_auto(const atc_quectel_tcpip_qicfg_test_send_auto *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc__quectel_tcpip_msgs[ATC_QUECTEL_TCPIP_QICFG_TEST_SEND_AUTO], msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_quectel_tcpip_encode_qicfg_test_formatcfg(const atc_quectel_tcpip_qicfg_test_formatcfg *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc__quectel_tcpip_msgs[ATC_QUECTEL_TCPIP_QICFG_TEST_FORMATCFG], msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_quectel_tcpip_encode_qicfg_test_qisend_timeout(const atc_quectel_tcpip_qicfg_test_qisend_timeout *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc__quectel_tcpip_msgs[ATC_QUECTEL_TCPIP_QICFG_TEST_QISEND_TIMEOUT], msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_quectel_tcpip_encode_qicfg_test_tcp_delay_ack(const atc_quectel_tcpip_qicfg_test_tcp_delay_ack *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc__quectel_tcpip_msgs[ATC_QUECTEL_TCPIP_QICFG_TEST_TCP_DELAY_ACK], msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_quectel_tcpip_encode_qicfg_test_dns_cache(const atc_quectel_tcpip_qicfg_test_dns_cache *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc__quectel_tcpip_msgs[ATC_QUECTEL_TCPIP_QICFG_TEST_DNS_CACHE], msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_quectel_tcpip_encode_qicfg_test_tcp_twrecycle(const atc_quectel_tcpip_qicfg_test_tcp_twrecycle *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc__quectel_tcpip_msgs[ATC_QUECTEL_TCPIP_QICFG_TEST_TCP_TWRECYCLE], msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_quectel_tcpip_encode_qicfg_test_dns_retry(const atc_quectel_tcpip_qicfg_test_dns_retry *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc__quectel_tcpip_msgs[ATC_QUECTEL_TCPIP_QICFG_TEST_DNS_RETRY], msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_quectel_tcpip_encode_qicfg_transpktsize(const atc_quectel_tcpip_qicfg_transpktsize *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc__quectel_tcpip_msgs[ATC_QUECTEL_TCPIP_QICFG_TRANSPKTSIZE], msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_quectel_tcpip_encode_qicfg_transwaittm(const atc_quectel_tcpip_qicfg_transwaittm *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc__quectel_tcpip_msgs[ATC_QUECTEL_TCPIP_QICFG_TRANSWAITTM], msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_quectel_tcpip_encode_qicfg_dataformat(const atc_quectel_tcpip_qicfg_dataformat *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc__quectel_tcpip_msgs[ATC_QUECTEL_TCPIP_QICFG_DATAFORMAT], msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_quectel_tcpip_encode_qicfg_viewmode(const atc_quectel_tcpip_qicfg_viewmode *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc__quectel_tcpip_msgs[ATC_QUECTEL_TCPIP_QICFG_VIEWMODE], msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_quectel_tcpip_encode_qicfg_udp_sendmode(const atc_quectel_tcpip_qicfg_udp_sendmode *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc__quectel_tcpip_msgs[ATC_QUECTEL_TCPIP_QICFG_UDP_SENDMODE], msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_quectel_tcpip_encode_qicfg_udp_readmode(const atc_quectel_tcpip_qicfg_udp_readmode *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc__quectel_tcpip_msgs[ATC_QUECTEL_TCPIP_QICFG_UDP_READMODE], msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_quectel_tcpip_encode_qicfg_tcp_accept(const atc_quectel_tcpip_qicfg_tcp_accept *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc__quectel_tcpip_msgs[ATC_QUECTEL_TCPIP_QICFG_TCP_ACCEPT], msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_quectel_tcpip_encode_qicfg_passiveclosed(const atc_quectel_tcpip_qicfg_passiveclosed *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc__quectel_tcpip_msgs[ATC_QUECTEL_TCPIP_QICFG_PASSIVECLOSED], msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_quectel_tcpip_encode_qicfg_close_mode(const atc_quectel_tcpip_qicfg_close_mode *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc__quectel_tcpip_msgs[ATC_QUECTEL_TCPIP_QICFG_CLOSE_MODE], msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_quectel_tcpip_encode_qicfg_recvind(const atc_quectel_tcpip_qicfg_recvind *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc__quectel_tcpip_msgs[ATC_QUECTEL_TCPIP_QICFG_RECVIND], msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_quectel_tcpip_encode_qicfg_tcp_keepalive(const atc_quectel_tcpip_qicfg_tcp_keepalive *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc__quectel_tcpip_msgs[ATC_QUECTEL_TCPIP_QICFG_TCP_KEEPALIVE], msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_quectel_tcpip_encode_qicfg_tcp_retranscfg(const atc_quectel_tcpip_qicfg_tcp_retranscfg *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc__quectel_tcpip_msgs[ATC_QUECTEL_TCPIP_QICFG_TCP_RETRANSCFG], msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_quectel_tcpip_encode_qicfg_send_auto(const atc_quectel_tcpip_qicfg_send_auto *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc__quectel_tcpip_msgs[ATC_QUECTEL_TCPIP_QICFG_SEND_AUTO], msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_quectel_tcpip_encode_qicfg_formatcfg(const atc_quectel_tcpip_qicfg_formatcfg *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc__quectel_tcpip_msgs[ATC_QUECTEL_TCPIP_QICFG_FORMATCFG], msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_quectel_tcpip_encode_qicfg_qisend_timeout(const atc_quectel_tcpip_qicfg_qisend_timeout *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc__quectel_tcpip_msgs[ATC_QUECTEL_TCPIP_QICFG_QISEND_TIMEOUT], msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_quectel_tcpip_encode_qicfg_tcp_delay_ack(const atc_quectel_tcpip_qicfg_tcp_delay_ack *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc__quectel_tcpip_msgs[ATC_QUECTEL_TCPIP_QICFG_TCP_DELAY_ACK], msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_quectel_tcpip_encode_qicfg_dns_cache(const atc_quectel_tcpip_qicfg_dns_cache *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc__quectel_tcpip_msgs[ATC_QUECTEL_TCPIP_QICFG_DNS_CACHE], msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_quectel_tcpip_encode_qicfg_tcp_twrecycle(const atc_quectel_tcpip_qicfg_tcp_twrecycle *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc__quectel_tcpip_msgs[ATC_QUECTEL_TCPIP_QICFG_TCP_TWRECYCLE], msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_quectel_tcpip_encode_qicfg_dns_retry(const atc_quectel_tcpip_qicfg_dns_retry *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc__quectel_tcpip_msgs[ATC_QUECTEL_TCPIP_QICFG_DNS_RETRY], msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_quectel_tcpip_encode_qicsgp_test(const atc_quectel_tcpip_qicsgp_test *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc__quectel_tcpip_msgs[ATC_QUECTEL_TCPIP_QICSGP_TEST], msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_quectel_tcpip_encode_qicsgp_query(const atc_quectel_tcpip_qicsgp_query *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc__quectel_tcpip_msgs[ATC_QUECTEL_TCPIP_QICSGP_QUERY], msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_quectel_tcpip_encode_qiact_test(const atc_quectel_tcpip_qiact_test *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc__quectel_tcpip_msgs[ATC_QUECTEL_TCPIP_QIACT_TEST], msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_quectel_tcpip_encode_qiact_read(const atc_quectel_tcpip_qiact_read *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc__quectel_tcpip_msgs[ATC_QUECTEL_TCPIP_QIACT_READ], msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_quectel_tcpip_encode_qideact_test(const atc_quectel_tcpip_qideact_test *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc__quectel_tcpip_msgs[ATC_QUECTEL_TCPIP_QIDEACT_TEST], msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_quectel_tcpip_encode_qiactex_test(const atc_quectel_tcpip_qiactex_test *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc__quectel_tcpip_msgs[ATC_QUECTEL_TCPIP_QIACTEX_TEST], msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_quectel_tcpip_encode_qiactex_read(const atc_quectel_tcpip_qiactex_read *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc__quectel_tcpip_msgs[ATC_QUECTEL_TCPIP_QIACTEX_READ], msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_quectel_tcpip_encode_qideactex_test(const atc_quectel_tcpip_qideactex_test *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc__quectel_tcpip_msgs[ATC_QUECTEL_TCPIP_QIDEACTEX_TEST], msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_quectel_tcpip_encode_qiopen_test(const atc_quectel_tcpip_qiopen_test *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc__quectel_tcpip_msgs[ATC_QUECTEL_TCPIP_QIOPEN_TEST], msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_quectel_tcpip_encode_qiclose_test(const atc_quectel_tcpip_qiclose_test *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc__quectel_tcpip_msgs[ATC_QUECTEL_TCPIP_QICLOSE_TEST], msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_quectel_tcpip_encode_qistate(const atc_quectel_tcpip_qistate *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc__quectel_tcpip_msgs[ATC_QUECTEL_TCPIP_QISTATE], msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_quectel_tcpip_encode_qisend_test(const atc_quectel_tcpip_qisend_test *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc__quectel_tcpip_msgs[ATC_QUECTEL_TCPIP_QISEND_TEST], msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_quectel_tcpip_encode_qisend_query(const atc_quectel_tcpip_qisend_query *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc__quectel_tcpip_msgs[ATC_QUECTEL_TCPIP_QISEND_QUERY], msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_quectel_tcpip_encode_qisend_view(const atc_quectel_tcpip_qisend_view *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc__quectel_tcpip_msgs[ATC_QUECTEL_TCPIP_QISEND_VIEW], msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_quectel_tcpip_encode_qird_test(const atc_quectel_tcpip_qird_test *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc__quectel_tcpip_msgs[ATC_QUECTEL_TCPIP_QIRD_TEST], msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_quectel_tcpip_encode_qird_data(const atc_quectel_tcpip_qird_data *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc__quectel_tcpip_msgs[ATC_QUECTEL_TCPIP_QIRD_DATA], msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_quectel_tcpip_encode_qird_udp(const atc_quectel_tcpip_qird_udp *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc__quectel_tcpip_msgs[ATC_QUECTEL_TCPIP_QIRD_UDP], msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_quectel_tcpip_encode_qird_query(const atc_quectel_tcpip_qird_query *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc__quectel_tcpip_msgs[ATC_QUECTEL_TCPIP_QIRD_QUERY], msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_quectel_tcpip_encode_qisendex_test(const atc_quectel_tcpip_qisendex_test *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc__quectel_tcpip_msgs[ATC_QUECTEL_TCPIP_QISENDEX_TEST], msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_quectel_tcpip_encode_qisendex_view(const atc_quectel_tcpip_qisendex_view *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc__quectel_tcpip_msgs[ATC_QUECTEL_TCPIP_QISENDEX_VIEW], msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_quectel_tcpip_encode_qiswtmd_test(const atc_quectel_tcpip_qiswtmd_test *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc__quectel_tcpip_msgs[ATC_QUECTEL_TCPIP_QISWTMD_TEST], msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_quectel_tcpip_encode_qping_test(const atc_quectel_tcpip_qping_test *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc__quectel_tcpip_msgs[ATC_QUECTEL_TCPIP_QPING_TEST], msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_quectel_tcpip_encode_qntp_test(const atc_quectel_tcpip_qntp_test *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc__quectel_tcpip_msgs[ATC_QUECTEL_TCPIP_QNTP_TEST], msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_quectel_tcpip_encode_qntp_read(const atc_quectel_tcpip_qntp_read *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc__quectel_tcpip_msgs[ATC_QUECTEL_TCPIP_QNTP_READ], msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_quectel_tcpip_encode_qidnscfg_test(const atc_quectel_tcpip_qidnscfg_test *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc__quectel_tcpip_msgs[ATC_QUECTEL_TCPIP_QIDNSCFG_TEST], msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_quectel_tcpip_encode_qidnscfg_ipv4v6(const atc_quectel_tcpip_qidnscfg_ipv4v6 *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc__quectel_tcpip_msgs[ATC_QUECTEL_TCPIP_QIDNSCFG_IPV4V6], msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_quectel_tcpip_encode_qidnscfg_ipv4(const atc_quectel_tcpip_qidnscfg_ipv4 *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc__quectel_tcpip_msgs[ATC_QUECTEL_TCPIP_QIDNSCFG_IPV4], msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_quectel_tcpip_encode_qidnscfg_ipv6(const atc_quectel_tcpip_qidnscfg_ipv6 *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc__quectel_tcpip_msgs[ATC_QUECTEL_TCPIP_QIDNSCFG_IPV6], msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_quectel_tcpip_encode_qidnsgip_test(const atc_quectel_tcpip_qidnsgip_test *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc__quectel_tcpip_msgs[ATC_QUECTEL_TCPIP_QIDNSGIP_TEST], msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_quectel_tcpip_encode_qisde_test(const atc_quectel_tcpip_qisde_test *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc__quectel_tcpip_msgs[ATC_QUECTEL_TCPIP_QISDE_TEST], msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_quectel_tcpip_encode_qisde_read(const atc_quectel_tcpip_qisde_read *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc__quectel_tcpip_msgs[ATC_QUECTEL_TCPIP_QISDE_READ], msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_quectel_tcpip_encode_qigeterror(const atc_quectel_tcpip_qigeterror *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc__quectel_tcpip_msgs[ATC_QUECTEL_TCPIP_QIGETERROR], msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_quectel_tcpip_encode_qiactex(const atc_quectel_tcpip_qiactex *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc__quectel_tcpip_msgs[ATC_QUECTEL_TCPIP_QIACTEX], msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_quectel_tcpip_encode_qideactex(const atc_quectel_tcpip_qideactex *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc__quectel_tcpip_msgs[ATC_QUECTEL_TCPIP_QIDEACTEX], msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_quectel_tcpip_encode_qiopen(const atc_quectel_tcpip_qiopen *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc__quectel_tcpip_msgs[ATC_QUECTEL_TCPIP_QIOPEN], msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_quectel_tcpip_encode_qping(const atc_quectel_tcpip_qping *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc__quectel_tcpip_msgs[ATC_QUECTEL_TCPIP_QPING], msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_quectel_tcpip_encode_qping_summary(const atc_quectel_tcpip_qping_summary *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc__quectel_tcpip_msgs[ATC_QUECTEL_TCPIP_QPING_SUMMARY], msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_quectel_tcpip_encode_qntp(const atc_quectel_tcpip_qntp *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc__quectel_tcpip_msgs[ATC_QUECTEL_TCPIP_QNTP], msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_quectel_tcpip_encode_qiurc_closed(const atc_quectel_tcpip_qiurc_closed *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc__quectel_tcpip_msgs[ATC_QUECTEL_TCPIP_QIURC_CLOSED], msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_quectel_tcpip_encode_qiurc_recv(const atc_quectel_tcpip_qiurc_recv *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc__quectel_tcpip_msgs[ATC_QUECTEL_TCPIP_QIURC_RECV], msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_quectel_tcpip_encode_qiurc_recv_push(const atc_quectel_tcpip_qiurc_recv_push *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc__quectel_tcpip_msgs[ATC_QUECTEL_TCPIP_QIURC_RECV_PUSH], msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_quectel_tcpip_encode_qiurc_recv_udp(const atc_quectel_tcpip_qiurc_recv_udp *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc__quectel_tcpip_msgs[ATC_QUECTEL_TCPIP_QIURC_RECV_UDP], msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_quectel_tcpip_encode_qiurc_incoming_full(const atc_quectel_tcpip_qiurc_incoming_full *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc__quectel_tcpip_msgs[ATC_QUECTEL_TCPIP_QIURC_INCOMING_FULL], msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_quectel_tcpip_encode_qiurc_incoming(const atc_quectel_tcpip_qiurc_incoming *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc__quectel_tcpip_msgs[ATC_QUECTEL_TCPIP_QIURC_INCOMING], msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_quectel_tcpip_encode_qiurc_pdpdeact(const atc_quectel_tcpip_qiurc_pdpdeact *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc__quectel_tcpip_msgs[ATC_QUECTEL_TCPIP_QIURC_PDPDEACT], msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_quectel_tcpip_encode_qiurc_dnsgip(const atc_quectel_tcpip_qiurc_dnsgip *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc__quectel_tcpip_msgs[ATC_QUECTEL_TCPIP_QIURC_DNSGIP], msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_quectel_tcpip_encode_qiurc_dnsgip_ip(const atc_quectel_tcpip_qiurc_dnsgip_ip *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc__quectel_tcpip_msgs[ATC_QUECTEL_TCPIP_QIURC_DNSGIP_IP], msg, ATC_FRAME_WIRE, buf, cap, len);
}

/* ---- The line machine ----
 * One alternative per message shape (a combination of optional fields). The machine decides
 * which alternatives a line matches; the runtime picks one with the pending command's help. */
static const atc_alt atc__quectel_tcpip_alts[] = {
    { ATC_QUECTEL_TCPIP_OK, 0x0u }, /* 0 */
    { ATC_QUECTEL_TCPIP_ERROR, 0x0u }, /* 1 */
    { ATC_QUECTEL_TCPIP_CME_ERROR, 0x1u }, /* 2 */
    { ATC_QUECTEL_TCPIP_SEND_OK, 0x0u }, /* 3 */
    { ATC_QUECTEL_TCPIP_SEND_FAIL, 0x0u }, /* 4 */
    { ATC_QUECTEL_TCPIP_CONNECT, 0x0u }, /* 5 */
    { ATC_QUECTEL_TCPIP_NO_CARRIER, 0x0u }, /* 6 */
    { ATC_QUECTEL_TCPIP_AT_QICFG_TEST, 0x0u }, /* 7 */
    { ATC_QUECTEL_TCPIP_AT_QICFG_SET_TRANSPKTSIZE, 0x1u }, /* 8 */
    { ATC_QUECTEL_TCPIP_AT_QICFG_SET_TRANSPKTSIZE, 0x3u }, /* 9 */
    { ATC_QUECTEL_TCPIP_AT_QICFG_SET_TRANSWAITTM, 0x1u }, /* 10 */
    { ATC_QUECTEL_TCPIP_AT_QICFG_SET_TRANSWAITTM, 0x3u }, /* 11 */
    { ATC_QUECTEL_TCPIP_AT_QICFG_SET_DATAFORMAT, 0x1u }, /* 12 */
    { ATC_QUECTEL_TCPIP_AT_QICFG_SET_DATAFORMAT, 0x7u }, /* 13 */
    { ATC_QUECTEL_TCPIP_AT_QICFG_SET_VIEWMODE, 0x1u }, /* 14 */
    { ATC_QUECTEL_TCPIP_AT_QICFG_SET_VIEWMODE, 0x3u }, /* 15 */
    { ATC_QUECTEL_TCPIP_AT_QICFG_SET_UDP_SENDMODE, 0x1u }, /* 16 */
    { ATC_QUECTEL_TCPIP_AT_QICFG_SET_UDP_SENDMODE, 0x3u }, /* 17 */
    { ATC_QUECTEL_TCPIP_AT_QICFG_SET_UDP_READMODE, 0x1u }, /* 18 */
    { ATC_QUECTEL_TCPIP_AT_QICFG_SET_UDP_READMODE, 0x3u }, /* 19 */
    { ATC_QUECTEL_TCPIP_AT_QICFG_SET_TCP_ACCEPT, 0x1u }, /* 20 */
    { ATC_QUECTEL_TCPIP_AT_QICFG_SET_TCP_ACCEPT, 0x3u }, /* 21 */
    { ATC_QUECTEL_TCPIP_AT_QICFG_SET_PASSIVECLOSED, 0x1u }, /* 22 */
    { ATC_QUECTEL_TCPIP_AT_QICFG_SET_PASSIVECLOSED, 0x3u }, /* 23 */
    { ATC_QUECTEL_TCPIP_AT_QICFG_SET_CLOSE_MODE, 0x1u }, /* 24 */
    { ATC_QUECTEL_TCPIP_AT_QICFG_SET_CLOSE_MODE, 0x3u }, /* 25 */
    { ATC_QUECTEL_TCPIP_AT_QICFG_SET_RECVIND, 0x1u }, /* 26 */
    { ATC_QUECTEL_TCPIP_AT_QICFG_SET_RECVIND, 0x3u }, /* 27 */
    { ATC_QUECTEL_TCPIP_AT_QICFG_SET_TCP_KEEPALIVE, 0x1u }, /* 28 */
    { ATC_QUECTEL_TCPIP_AT_QICFG_SET_TCP_KEEPALIVE, 0x3u }, /* 29 */
    { ATC_QUECTEL_TCPIP_AT_QICFG_SET_TCP_KEEPALIVE, 0x1fu }, /* 30 */
    { ATC_QUECTEL_TCPIP_AT_QICFG_SET_TCP_RETRANSCFG, 0x1u }, /* 31 */
    { ATC_QUECTEL_TCPIP_AT_QICFG_SET_TCP_RETRANSCFG, 0x7u }, /* 32 */
    { ATC_QUECTEL_TCPIP_AT_QICFG_SET_SEND_AUTO, 0x1u }, /* 33 */
    { ATC_QUECTEL_TCPIP_AT_QICFG_SET_SEND_AUTO, 0x3u }, /* 34 */
    { ATC_QUECTEL_TCPIP_AT_QICFG_SET_SEND_AUTO, 0x7u }, /* 35 */
    { ATC_QUECTEL_TCPIP_AT_QICFG_SET_SEND_AUTO, 0xfu }, /* 36 */
    { ATC_QUECTEL_TCPIP_AT_QICFG_SET_SEND_AUTO, 0x1fu }, /* 37 */
    { ATC_QUECTEL_TCPIP_AT_QICFG_SET_FORMATCFG, 0x1u }, /* 38 */
    { ATC_QUECTEL_TCPIP_AT_QICFG_SET_FORMATCFG, 0x3u }, /* 39 */
    { ATC_QUECTEL_TCPIP_AT_QICFG_SET_QISEND_TIMEOUT, 0x1u }, /* 40 */
    { ATC_QUECTEL_TCPIP_AT_QICFG_SET_QISEND_TIMEOUT, 0x3u }, /* 41 */
    { ATC_QUECTEL_TCPIP_AT_QICFG_SET_TCP_DELAY_ACK, 0x1u }, /* 42 */
    { ATC_QUECTEL_TCPIP_AT_QICFG_SET_TCP_DELAY_ACK, 0x3u }, /* 43 */
    { ATC_QUECTEL_TCPIP_AT_QICFG_SET_DNS_CACHE, 0x1u }, /* 44 */
    { ATC_QUECTEL_TCPIP_AT_QICFG_SET_DNS_CACHE, 0x3u }, /* 45 */
    { ATC_QUECTEL_TCPIP_AT_QICFG_SET_TCP_TWRECYCLE, 0x1u }, /* 46 */
    { ATC_QUECTEL_TCPIP_AT_QICFG_SET_TCP_TWRECYCLE, 0x3u }, /* 47 */
    { ATC_QUECTEL_TCPIP_AT_QICFG_SET_DNS_RETRY, 0x1u }, /* 48 */
    { ATC_QUECTEL_TCPIP_AT_QICFG_SET_DNS_RETRY, 0x7u }, /* 49 */
    { ATC_QUECTEL_TCPIP_AT_QICSGP_TEST, 0x0u }, /* 50 */
    { ATC_QUECTEL_TCPIP_AT_QICSGP_SET, 0x1u }, /* 51 */
    { ATC_QUECTEL_TCPIP_AT_QICSGP_SET, 0x7u }, /* 52 */
    { ATC_QUECTEL_TCPIP_AT_QICSGP_SET, 0x27u }, /* 53 */
    { ATC_QUECTEL_TCPIP_AT_QICSGP_SET, 0x1fu }, /* 54 */
    { ATC_QUECTEL_TCPIP_AT_QICSGP_SET, 0x3fu }, /* 55 */
    { ATC_QUECTEL_TCPIP_AT_QIACT_TEST, 0x0u }, /* 56 */
    { ATC_QUECTEL_TCPIP_AT_QIACT_READ, 0x0u }, /* 57 */
    { ATC_QUECTEL_TCPIP_AT_QIACT_SET, 0x1u }, /* 58 */
    { ATC_QUECTEL_TCPIP_AT_QIDEACT_TEST, 0x0u }, /* 59 */
    { ATC_QUECTEL_TCPIP_AT_QIDEACT_SET, 0x1u }, /* 60 */
    { ATC_QUECTEL_TCPIP_AT_QIACTEX_TEST, 0x0u }, /* 61 */
    { ATC_QUECTEL_TCPIP_AT_QIACTEX_READ, 0x0u }, /* 62 */
    { ATC_QUECTEL_TCPIP_AT_QIACTEX_SET, 0x1u }, /* 63 */
    { ATC_QUECTEL_TCPIP_AT_QIACTEX_SET, 0x3u }, /* 64 */
    { ATC_QUECTEL_TCPIP_AT_QIDEACTEX_TEST, 0x0u }, /* 65 */
    { ATC_QUECTEL_TCPIP_AT_QIDEACTEX_SET, 0x1u }, /* 66 */
    { ATC_QUECTEL_TCPIP_AT_QIOPEN_TEST, 0x0u }, /* 67 */
    { ATC_QUECTEL_TCPIP_AT_QIOPEN_SET, 0x1fu }, /* 68 */
    { ATC_QUECTEL_TCPIP_AT_QIOPEN_SET, 0x3fu }, /* 69 */
    { ATC_QUECTEL_TCPIP_AT_QIOPEN_SET, 0x7fu }, /* 70 */
    { ATC_QUECTEL_TCPIP_AT_QIOPEN_SET, 0xffu }, /* 71 */
    { ATC_QUECTEL_TCPIP_AT_QICLOSE_TEST, 0x0u }, /* 72 */
    { ATC_QUECTEL_TCPIP_AT_QICLOSE_SET, 0x1u }, /* 73 */
    { ATC_QUECTEL_TCPIP_AT_QICLOSE_SET, 0x3u }, /* 74 */
    { ATC_QUECTEL_TCPIP_AT_QISTATE_TEST, 0x0u }, /* 75 */
    { ATC_QUECTEL_TCPIP_AT_QISTATE_READ, 0x0u }, /* 76 */
    { ATC_QUECTEL_TCPIP_AT_QISTATE_SET, 0x3u }, /* 77 */
    { ATC_QUECTEL_TCPIP_AT_QISTATE_EXEC, 0x0u }, /* 78 */
    { ATC_QUECTEL_TCPIP_AT_QISEND_TEST, 0x0u }, /* 79 */
    { ATC_QUECTEL_TCPIP_AT_QISEND_SET, 0x1u }, /* 80 */
    { ATC_QUECTEL_TCPIP_AT_QISEND_SET, 0x3u }, /* 81 */
    { ATC_QUECTEL_TCPIP_AT_QISEND_SET, 0xfu }, /* 82 */
    { ATC_QUECTEL_TCPIP_AT_QIRD_TEST, 0x0u }, /* 83 */
    { ATC_QUECTEL_TCPIP_AT_QIRD_SET, 0x1u }, /* 84 */
    { ATC_QUECTEL_TCPIP_AT_QIRD_SET, 0x3u }, /* 85 */
    { ATC_QUECTEL_TCPIP_AT_QISENDEX_TEST, 0x0u }, /* 86 */
    { ATC_QUECTEL_TCPIP_AT_QISENDEX_SET, 0x3u }, /* 87 */
    { ATC_QUECTEL_TCPIP_AT_QISWTMD_TEST, 0x0u }, /* 88 */
    { ATC_QUECTEL_TCPIP_AT_QISWTMD_SET, 0x3u }, /* 89 */
    { ATC_QUECTEL_TCPIP_AT_QPING_TEST, 0x0u }, /* 90 */
    { ATC_QUECTEL_TCPIP_AT_QPING_SET, 0x3u }, /* 91 */
    { ATC_QUECTEL_TCPIP_AT_QPING_SET, 0x7u }, /* 92 */
    { ATC_QUECTEL_TCPIP_AT_QPING_SET, 0xfu }, /* 93 */
    { ATC_QUECTEL_TCPIP_AT_QNTP_TEST, 0x0u }, /* 94 */
    { ATC_QUECTEL_TCPIP_AT_QNTP_READ, 0x0u }, /* 95 */
    { ATC_QUECTEL_TCPIP_AT_QNTP_SET, 0x3u }, /* 96 */
    { ATC_QUECTEL_TCPIP_AT_QNTP_SET, 0x7u }, /* 97 */
    { ATC_QUECTEL_TCPIP_AT_QNTP_SET, 0xfu }, /* 98 */
    { ATC_QUECTEL_TCPIP_AT_QIDNSCFG_TEST, 0x0u }, /* 99 */
    { ATC_QUECTEL_TCPIP_AT_QIDNSCFG_SET, 0x1u }, /* 100 */
    { ATC_QUECTEL_TCPIP_AT_QIDNSCFG_SET, 0x3u }, /* 101 */
    { ATC_QUECTEL_TCPIP_AT_QIDNSCFG_SET, 0x7u }, /* 102 */
    { ATC_QUECTEL_TCPIP_AT_QIDNSGIP_TEST, 0x0u }, /* 103 */
    { ATC_QUECTEL_TCPIP_AT_QIDNSGIP_SET, 0x3u }, /* 104 */
    { ATC_QUECTEL_TCPIP_AT_QISDE_TEST, 0x0u }, /* 105 */
    { ATC_QUECTEL_TCPIP_AT_QISDE_READ, 0x0u }, /* 106 */
    { ATC_QUECTEL_TCPIP_AT_QISDE_SET, 0x1u }, /* 107 */
    { ATC_QUECTEL_TCPIP_AT_QIGETERROR_TEST, 0x0u }, /* 108 */
    { ATC_QUECTEL_TCPIP_AT_QIGETERROR_EXEC, 0x0u }, /* 109 */
    { ATC_QUECTEL_TCPIP_QICFG_TEST_TRANSPKTSIZE, 0x3u }, /* 110 */
    { ATC_QUECTEL_TCPIP_QICFG_TEST_TRANSWAITTM, 0x3u }, /* 111 */
    { ATC_QUECTEL_TCPIP_QICFG_TEST_DATAFORMAT, 0x7u }, /* 112 */
    { ATC_QUECTEL_TCPIP_QICFG_TEST_VIEWMODE, 0x3u }, /* 113 */
    { ATC_QUECTEL_TCPIP_QICFG_TEST_UDP_SENDMODE, 0x3u }, /* 114 */
    { ATC_QUECTEL_TCPIP_QICFG_TEST_UDP_READMODE, 0x3u }, /* 115 */
    { ATC_QUECTEL_TCPIP_QICFG_TEST_TCP_ACCEPT, 0x3u }, /* 116 */
    { ATC_QUECTEL_TCPIP_QICFG_TEST_PASSIVECLOSED, 0x3u }, /* 117 */
    { ATC_QUECTEL_TCPIP_QICFG_TEST_CLOSE_MODE, 0x3u }, /* 118 */
    { ATC_QUECTEL_TCPIP_QICFG_TEST_RECVIND, 0x3u }, /* 119 */
    { ATC_QUECTEL_TCPIP_QICFG_TEST_TCP_KEEPALIVE, 0x1fu }, /* 120 */
    { ATC_QUECTEL_TCPIP_QICFG_TEST_TCP_RETRANSCFG, 0x7u }, /* 121 */
    { ATC_QUECTEL_TCPIP_QICFG_TEST_SEND_AUTO, 0x1fu }, /* 122 */
    { ATC_QUECTEL_TCPIP_QICFG_TEST_FORMATCFG, 0x3u }, /* 123 */
    { ATC_QUECTEL_TCPIP_QICFG_TEST_QISEND_TIMEOUT, 0x3u }, /* 124 */
    { ATC_QUECTEL_TCPIP_QICFG_TEST_TCP_DELAY_ACK, 0x3u }, /* 125 */
    { ATC_QUECTEL_TCPIP_QICFG_TEST_DNS_CACHE, 0x3u }, /* 126 */
    { ATC_QUECTEL_TCPIP_QICFG_TEST_TCP_TWRECYCLE, 0x3u }, /* 127 */
    { ATC_QUECTEL_TCPIP_QICFG_TEST_DNS_RETRY, 0x7u }, /* 128 */
    { ATC_QUECTEL_TCPIP_QICFG_TRANSPKTSIZE, 0x3u }, /* 129 */
    { ATC_QUECTEL_TCPIP_QICFG_TRANSWAITTM, 0x3u }, /* 130 */
    { ATC_QUECTEL_TCPIP_QICFG_DATAFORMAT, 0x7u }, /* 131 */
    { ATC_QUECTEL_TCPIP_QICFG_VIEWMODE, 0x3u }, /* 132 */
    { ATC_QUECTEL_TCPIP_QICFG_UDP_SENDMODE, 0x3u }, /* 133 */
    { ATC_QUECTEL_TCPIP_QICFG_UDP_READMODE, 0x3u }, /* 134 */
    { ATC_QUECTEL_TCPIP_QICFG_TCP_ACCEPT, 0x3u }, /* 135 */
    { ATC_QUECTEL_TCPIP_QICFG_PASSIVECLOSED, 0x3u }, /* 136 */
    { ATC_QUECTEL_TCPIP_QICFG_CLOSE_MODE, 0x3u }, /* 137 */
    { ATC_QUECTEL_TCPIP_QICFG_RECVIND, 0x3u }, /* 138 */
    { ATC_QUECTEL_TCPIP_QICFG_TCP_KEEPALIVE, 0x1fu }, /* 139 */
    { ATC_QUECTEL_TCPIP_QICFG_TCP_RETRANSCFG, 0x7u }, /* 140 */
    { ATC_QUECTEL_TCPIP_QICFG_SEND_AUTO, 0x1fu }, /* 141 */
    { ATC_QUECTEL_TCPIP_QICFG_FORMATCFG, 0x3u }, /* 142 */
    { ATC_QUECTEL_TCPIP_QICFG_QISEND_TIMEOUT, 0x3u }, /* 143 */
    { ATC_QUECTEL_TCPIP_QICFG_TCP_DELAY_ACK, 0x3u }, /* 144 */
    { ATC_QUECTEL_TCPIP_QICFG_DNS_CACHE, 0x3u }, /* 145 */
    { ATC_QUECTEL_TCPIP_QICFG_TCP_TWRECYCLE, 0x3u }, /* 146 */
    { ATC_QUECTEL_TCPIP_QICFG_DNS_RETRY, 0x7u }, /* 147 */
    { ATC_QUECTEL_TCPIP_QICSGP_TEST, 0x3fu }, /* 148 */
    { ATC_QUECTEL_TCPIP_QICSGP_QUERY, 0x1fu }, /* 149 */
    { ATC_QUECTEL_TCPIP_QIACT_TEST, 0x1u }, /* 150 */
    { ATC_QUECTEL_TCPIP_QIACT_READ, 0x7u }, /* 151 */
    { ATC_QUECTEL_TCPIP_QIACT_READ, 0xfu }, /* 152 */
    { ATC_QUECTEL_TCPIP_QIACT_READ, 0x17u }, /* 153 */
    { ATC_QUECTEL_TCPIP_QIACT_READ, 0x1fu }, /* 154 */
    { ATC_QUECTEL_TCPIP_QIDEACT_TEST, 0x1u }, /* 155 */
    { ATC_QUECTEL_TCPIP_QIACTEX_TEST, 0x3u }, /* 156 */
    { ATC_QUECTEL_TCPIP_QIACTEX_READ, 0x7u }, /* 157 */
    { ATC_QUECTEL_TCPIP_QIACTEX_READ, 0xfu }, /* 158 */
    { ATC_QUECTEL_TCPIP_QIACTEX_READ, 0x17u }, /* 159 */
    { ATC_QUECTEL_TCPIP_QIACTEX_READ, 0x1fu }, /* 160 */
    { ATC_QUECTEL_TCPIP_QIDEACTEX_TEST, 0x1u }, /* 161 */
    { ATC_QUECTEL_TCPIP_QIOPEN_TEST, 0xffu }, /* 162 */
    { ATC_QUECTEL_TCPIP_QICLOSE_TEST, 0x3u }, /* 163 */
    { ATC_QUECTEL_TCPIP_QISTATE, 0x3ffu }, /* 164 */
    { ATC_QUECTEL_TCPIP_QISEND_TEST, 0x3u }, /* 165 */
    { ATC_QUECTEL_TCPIP_QISEND_QUERY, 0x7u }, /* 166 */
    { ATC_QUECTEL_TCPIP_QISEND_VIEW, 0x7u }, /* 167 */
    { ATC_QUECTEL_TCPIP_QIRD_TEST, 0x3u }, /* 168 */
    { ATC_QUECTEL_TCPIP_QIRD_DATA, 0x1u }, /* 169 */
    { ATC_QUECTEL_TCPIP_QIRD_UDP, 0x7u }, /* 170 */
    { ATC_QUECTEL_TCPIP_QIRD_QUERY, 0x7u }, /* 171 */
    { ATC_QUECTEL_TCPIP_QISENDEX_TEST, 0x3u }, /* 172 */
    { ATC_QUECTEL_TCPIP_QISENDEX_VIEW, 0x7u }, /* 173 */
    { ATC_QUECTEL_TCPIP_QISWTMD_TEST, 0x3u }, /* 174 */
    { ATC_QUECTEL_TCPIP_QPING_TEST, 0xfu }, /* 175 */
    { ATC_QUECTEL_TCPIP_QNTP_TEST, 0xfu }, /* 176 */
    { ATC_QUECTEL_TCPIP_QNTP_READ, 0x3u }, /* 177 */
    { ATC_QUECTEL_TCPIP_QIDNSCFG_TEST, 0x7u }, /* 178 */
    { ATC_QUECTEL_TCPIP_QIDNSCFG_IPV4V6, 0x1fu }, /* 179 */
    { ATC_QUECTEL_TCPIP_QIDNSCFG_IPV4, 0x7u }, /* 180 */
    { ATC_QUECTEL_TCPIP_QIDNSCFG_IPV6, 0x7u }, /* 181 */
    { ATC_QUECTEL_TCPIP_QIDNSGIP_TEST, 0x3u }, /* 182 */
    { ATC_QUECTEL_TCPIP_QISDE_TEST, 0x1u }, /* 183 */
    { ATC_QUECTEL_TCPIP_QISDE_READ, 0x1u }, /* 184 */
    { ATC_QUECTEL_TCPIP_QIGETERROR, 0x3u }, /* 185 */
    { ATC_QUECTEL_TCPIP_QIACTEX, 0x3u }, /* 186 */
    { ATC_QUECTEL_TCPIP_QIACTEX, 0x7u }, /* 187 */
    { ATC_QUECTEL_TCPIP_QIACTEX, 0xfu }, /* 188 */
    { ATC_QUECTEL_TCPIP_QIACTEX, 0x17u }, /* 189 */
    { ATC_QUECTEL_TCPIP_QIACTEX, 0x1fu }, /* 190 */
    { ATC_QUECTEL_TCPIP_QIDEACTEX, 0x3u }, /* 191 */
    { ATC_QUECTEL_TCPIP_QIOPEN, 0x3u }, /* 192 */
    { ATC_QUECTEL_TCPIP_QPING, 0x1u }, /* 193 */
    { ATC_QUECTEL_TCPIP_QPING, 0x1fu }, /* 194 */
    { ATC_QUECTEL_TCPIP_QPING_SUMMARY, 0x1u }, /* 195 */
    { ATC_QUECTEL_TCPIP_QPING_SUMMARY, 0x7fu }, /* 196 */
    { ATC_QUECTEL_TCPIP_QNTP, 0x1u }, /* 197 */
    { ATC_QUECTEL_TCPIP_QNTP, 0x3u }, /* 198 */
    { ATC_QUECTEL_TCPIP_QIURC_CLOSED, 0x3u }, /* 199 */
    { ATC_QUECTEL_TCPIP_QIURC_RECV, 0x3u }, /* 200 */
    { ATC_QUECTEL_TCPIP_QIURC_RECV_PUSH, 0x7u }, /* 201 */
    { ATC_QUECTEL_TCPIP_QIURC_RECV_UDP, 0x1fu }, /* 202 */
    { ATC_QUECTEL_TCPIP_QIURC_INCOMING_FULL, 0x1u }, /* 203 */
    { ATC_QUECTEL_TCPIP_QIURC_INCOMING, 0x1fu }, /* 204 */
    { ATC_QUECTEL_TCPIP_QIURC_PDPDEACT, 0x3u }, /* 205 */
    { ATC_QUECTEL_TCPIP_QIURC_DNSGIP, 0x3u }, /* 206 */
    { ATC_QUECTEL_TCPIP_QIURC_DNSGIP, 0xfu }, /* 207 */
    { ATC_QUECTEL_TCPIP_QIURC_DNSGIP_IP, 0x3u }, /* 208 */
};





static const unsigned char _atc_quectel_tcpip_actions[] = {
	0, 1, 0, 1, 1, 1, 2, 1, 
	3, 1, 4, 1, 7, 1, 8, 1, 
	9, 1, 10, 1, 11, 1, 12, 1, 
	13, 1, 14, 1, 15, 1, 16, 1, 
	17, 1, 18, 1, 19, 1, 20, 1, 
	21, 1, 22, 1, 23, 1, 24, 1, 
	25, 2, 0, 5, 2, 6, 1, 2, 
	26, 1, 2, 27, 1, 2, 28, 1, 
	2, 29, 1, 2, 30, 1, 2, 31, 
	1, 2, 32, 1, 2, 33, 1, 2, 
	34, 1, 2, 35, 1, 2, 36, 1, 
	2, 37, 1, 2, 38, 1, 2, 39, 
	1, 2, 40, 1, 2, 41, 1, 2, 
	42, 1, 2, 43, 1, 2, 44, 1, 
	2, 45, 1, 2, 46, 2, 2, 47, 
	2, 2, 48, 2, 2, 49, 2, 2, 
	50, 2, 2, 51, 2, 2, 52, 2, 
	2, 53, 2, 2, 54, 2, 2, 55, 
	2, 2, 56, 2, 2, 57, 2, 2, 
	58, 2, 2, 59, 2, 2, 60, 2, 
	2, 61, 2, 2, 62, 2, 2, 63, 
	2, 2, 64, 2, 2, 65, 2, 2, 
	66, 2, 2, 67, 2, 2, 68, 2, 
	2, 69, 2, 2, 70, 2, 2, 71, 
	2, 2, 72, 2, 2, 73, 2, 2, 
	74, 2, 2, 75, 2, 2, 76, 2, 
	2, 77, 2, 2, 78, 2, 2, 79, 
	2, 2, 80, 2, 2, 81, 2, 2, 
	82, 2, 2, 83, 2, 2, 84, 2, 
	2, 85, 2, 2, 86, 2, 2, 87, 
	2, 2, 88, 2, 2, 89, 2, 2, 
	90, 2, 2, 91, 2, 2, 92, 2, 
	2, 93, 2, 2, 94, 2, 2, 95, 
	2, 2, 96, 2, 2, 97, 2, 2, 
	98, 2, 2, 99, 2, 2, 100, 2, 
	2, 101, 2, 2, 102, 2, 2, 103, 
	2, 2, 104, 2, 2, 105, 2, 2, 
	106, 2, 2, 107, 2, 2, 108, 2, 
	2, 109, 2, 2, 110, 2, 2, 111, 
	2, 2, 112, 2, 2, 113, 2, 2, 
	114, 2, 2, 115, 2, 2, 116, 2, 
	2, 117, 2, 2, 118, 2, 2, 119, 
	2, 2, 120, 2, 2, 121, 2, 2, 
	122, 2, 2, 123, 2, 2, 124, 2, 
	2, 125, 2, 2, 126, 2, 2, 127, 
	2, 2, 128, 2, 2, 129, 2, 2, 
	130, 2, 2, 131, 2, 2, 132, 2, 
	2, 133, 2, 2, 134, 2, 2, 135, 
	2, 2, 136, 2, 2, 137, 2, 2, 
	138, 2, 2, 139, 2, 2, 140, 2, 
	2, 141, 2, 2, 142, 2, 2, 143, 
	2, 2, 144, 2, 2, 145, 2, 2, 
	146, 2, 2, 147, 2, 2, 148, 2, 
	2, 149, 2, 2, 150, 2, 2, 151, 
	2, 2, 152, 2, 2, 153, 2, 2, 
	154, 2, 2, 155, 2, 2, 156, 2, 
	2, 157, 2, 2, 158, 2, 2, 159, 
	2, 2, 160, 2, 2, 161, 2, 2, 
	162, 2, 2, 163, 2, 2, 164, 2, 
	2, 165, 2, 2, 166, 2, 2, 167, 
	2, 2, 168, 2, 2, 169, 2, 2, 
	170, 2, 2, 171, 2, 2, 172, 2, 
	2, 173, 2, 2, 174, 2, 2, 194, 
	2, 2, 195, 2, 2, 196, 2, 2, 
	197, 2, 2, 198, 2, 2, 199, 2, 
	2, 200, 2, 2, 201, 2, 2, 202, 
	2, 2, 207, 2, 2, 208, 2, 2, 
	209, 2, 2, 210, 2, 2, 211, 2, 
	2, 214, 2, 2, 215, 2, 2, 216, 
	2, 2, 217, 2, 2, 218, 2, 2, 
	219, 2, 2, 220, 2, 2, 221, 2, 
	2, 222, 2, 2, 223, 2, 2, 224, 
	2, 2, 225, 2, 2, 228, 2, 2, 
	229, 2, 2, 231, 2, 2, 237, 2, 
	2, 238, 2, 2, 240, 2, 2, 242, 
	2, 2, 243, 2, 2, 244, 2, 2, 
	245, 2, 2, 246, 2, 2, 247, 2, 
	2, 248, 2, 2, 249, 2, 2, 250, 
	2, 2, 251, 2, 2, 252, 2, 2, 
	253, 2, 2, 254, 2, 3, 156, 175, 
	2, 3, 157, 176, 2, 3, 158, 177, 
	2, 3, 159, 178, 2, 3, 160, 179, 
	2, 3, 161, 180, 2, 3, 162, 181, 
	2, 3, 163, 182, 2, 3, 164, 183, 
	2, 3, 165, 184, 2, 3, 166, 185, 
	2, 3, 167, 186, 2, 3, 168, 187, 
	2, 3, 169, 188, 2, 3, 170, 189, 
	2, 3, 171, 190, 2, 3, 172, 191, 
	2, 3, 173, 192, 2, 3, 174, 193, 
	2, 3, 202, 232, 2, 3, 203, 233, 
	2, 3, 204, 234, 2, 3, 205, 235, 
	2, 3, 206, 236, 2, 3, 212, 213, 
	2, 3, 224, 226, 2, 3, 224, 227, 
	2, 3, 229, 230, 2, 3, 239, 241, 
	2
};

static const short _atc_quectel_tcpip_key_offsets[] = {
	0, 0, 2, 3, 4, 5, 6, 7, 
	8, 9, 10, 11, 15, 17, 21, 24, 
	32, 33, 34, 36, 47, 52, 57, 62, 
	64, 67, 73, 78, 81, 88, 95, 100, 
	104, 106, 110, 112, 116, 118, 124, 126, 
	128, 136, 145, 149, 151, 153, 161, 169, 
	171, 179, 181, 189, 190, 191, 202, 206, 
	214, 219, 224, 229, 231, 234, 240, 245, 
	248, 253, 255, 258, 264, 269, 272, 278, 
	285, 290, 301, 308, 315, 320, 324, 326, 
	332, 334, 336, 344, 353, 357, 359, 361, 
	369, 377, 379, 387, 389, 397, 400, 401, 
	402, 404, 414, 415, 416, 417, 418, 419, 
	420, 421, 422, 423, 424, 426, 437, 442, 
	447, 452, 454, 457, 463, 468, 471, 478, 
	485, 487, 488, 489, 490, 491, 492, 493, 
	494, 495, 496, 498, 509, 513, 521, 526, 
	531, 536, 538, 541, 547, 552, 555, 560, 
	562, 565, 571, 576, 579, 585, 592, 597, 
	608, 615, 622, 623, 624, 626, 627, 628, 
	629, 630, 631, 633, 644, 649, 654, 659, 
	661, 664, 670, 675, 678, 685, 692, 693, 
	694, 695, 696, 697, 699, 710, 714, 722, 
	727, 732, 737, 739, 742, 748, 753, 756, 
	761, 763, 766, 772, 777, 780, 786, 793, 
	798, 809, 816, 823, 824, 825, 826, 827, 
	828, 829, 830, 831, 832, 834, 845, 850, 
	855, 860, 862, 865, 871, 876, 879, 886, 
	893, 894, 895, 896, 897, 898, 899, 900, 
	901, 902, 903, 904, 905, 906, 908, 919, 
	924, 929, 934, 936, 939, 945, 950, 953, 
	960, 967, 968, 969, 970, 971, 972, 973, 
	974, 975, 976, 977, 978, 979, 980, 981, 
	983, 994, 999, 1004, 1009, 1011, 1014, 1020, 
	1025, 1028, 1035, 1042, 1043, 1044, 1045, 1046, 
	1047, 1048, 1049, 1051, 1062, 1067, 1072, 1077, 
	1079, 1082, 1088, 1093, 1096, 1103, 1110, 1111, 
	1112, 1113, 1114, 1115, 1116, 1117, 1118, 1119, 
	1121, 1132, 1136, 1144, 1148, 1156, 1160, 1168, 
	1173, 1178, 1183, 1185, 1188, 1194, 1199, 1202, 
	1207, 1209, 1212, 1218, 1223, 1226, 1231, 1233, 
	1236, 1242, 1247, 1250, 1255, 1257, 1260, 1266, 
	1271, 1274, 1280, 1287, 1292, 1303, 1309, 1316, 
	1321, 1329, 1334, 1336, 1347, 1354, 1361, 1364, 
	1366, 1367, 1368, 1373, 1374, 1375, 1376, 1377, 
	1378, 1379, 1381, 1392, 1397, 1402, 1407, 1409, 
	1412, 1418, 1423, 1426, 1433, 1440, 1441, 1442, 
	1443, 1444, 1445, 1446, 1447, 1448, 1449, 1451, 
	1462, 1467, 1472, 1477, 1479, 1482, 1488, 1493, 
	1496, 1503, 1510, 1511, 1512, 1513, 1514, 1515, 
	1516, 1517, 1518, 1519, 1521, 1532, 1536, 1544, 
	1548, 1556, 1560, 1568, 1573, 1578, 1583, 1585, 
	1588, 1594, 1599, 1602, 1607, 1609, 1612, 1618, 
	1623, 1626, 1631, 1633, 1636, 1642, 1647, 1650, 
	1655, 1657, 1660, 1666, 1671, 1674, 1680, 1687, 
	1692, 1703, 1709, 1716, 1721, 1732, 1738, 1745, 
	1750, 1761, 1768, 1775, 1776, 1777, 1778, 1779, 
	1780, 1781, 1782, 1783, 1784, 1785, 1787, 1798, 
	1802, 1810, 1815, 1820, 1825, 1827, 1830, 1836, 
	1841, 1844, 1849, 1851, 1854, 1860, 1865, 1868, 
	1874, 1881, 1886, 1897, 1904, 1911, 1912, 1913, 
	1914, 1915, 1916, 1917, 1918, 1919, 1920, 1922, 
	1933, 1938, 1943, 1948, 1950, 1953, 1959, 1964, 
	1967, 1974, 1981, 1982, 1983, 1984, 1986, 1987, 
	1988, 1989, 1990, 1991, 1992, 1993, 1995, 2006, 
	2011, 2016, 2021, 2023, 2026, 2032, 2037, 2040, 
	2047, 2054, 2055, 2056, 2057, 2058, 2059, 2060, 
	2062, 2073, 2078, 2083, 2088, 2090, 2093, 2099, 
	2104, 2107, 2114, 2121, 2122, 2123, 2124, 2126, 
	2127, 2128, 2129, 2130, 2131, 2132, 2133, 2134, 
	2136, 2147, 2152, 2157, 2162, 2164, 2167, 2173, 
	2178, 2181, 2188, 2195, 2196, 2197, 2198, 2199, 
	2200, 2201, 2202, 2203, 2205, 2216, 2221, 2226, 
	2231, 2233, 2236, 2242, 2247, 2250, 2257, 2264, 
	2265, 2266, 2267, 2268, 2269, 2270, 2271, 2272, 
	2274, 2285, 2290, 2295, 2300, 2302, 2305, 2311, 
	2316, 2319, 2326, 2333, 2334, 2335, 2336, 2337, 
	2345, 2349, 2357, 2362, 2367, 2372, 2374, 2377, 
	2383, 2388, 2391, 2396, 2398, 2401, 2407, 2412, 
	2415, 2416, 2417, 2418, 2429, 2433, 2441, 2445, 
	2453, 2457, 2465, 2469, 2477, 2481, 2489, 2494, 
	2499, 2504, 2506, 2509, 2515, 2520, 2523, 2528, 
	2530, 2533, 2539, 2544, 2547, 2552, 2554, 2557, 
	2563, 2568, 2571, 2576, 2578, 2581, 2587, 2592, 
	2595, 2600, 2602, 2605, 2611, 2616, 2619, 2624, 
	2626, 2629, 2635, 2640, 2643, 2649, 2656, 2661, 
	2669, 2674, 2676, 2684, 2689, 2691, 2699, 2704, 
	2706, 2717, 2723, 2729, 2732, 2735, 2738, 2740, 
	2741, 2742, 2743, 2745, 2753, 2758, 2763, 2768, 
	2770, 2773, 2779, 2784, 2787, 2788, 2789, 2800, 
	2805, 2810, 2815, 2817, 2820, 2826, 2831, 2834, 
	2841, 2848, 2853, 2857, 2859, 2863, 2864, 2866, 
	2867, 2868, 2869, 2880, 2884, 2892, 2896, 2904, 
	2909, 2914, 2919, 2921, 2924, 2930, 2935, 2938, 
	2943, 2945, 2948, 2954, 2959, 2962, 2967, 2969, 
	2972, 2978, 2983, 2986, 2992, 2999, 3004, 3012, 
	3025, 3038, 3040, 3048, 3056, 3064, 3068, 3070, 
	3072, 3080, 3088, 3090, 3092, 3100, 3108, 3110, 
	3122, 3124, 3132, 3145, 3157, 3159, 3172, 3173, 
	3174, 3175, 3183, 3187, 3195, 3200, 3205, 3210, 
	3212, 3215, 3221, 3226, 3229, 3234, 3236, 3239, 
	3245, 3250, 3253, 3254, 3255, 3256, 3257, 3258, 
	3259, 3260, 3261, 3265, 3267, 3271, 3273, 3276, 
	3277, 3278, 3279, 3280, 3291, 3295, 3303, 3307, 
	3315, 3319, 3327, 3331, 3339, 3343, 3351, 3355, 
	3363, 3367, 3375, 3380, 3385, 3390, 3392, 3395, 
	3401, 3406, 3409, 3414, 3416, 3419, 3425, 3430, 
	3433, 3438, 3440, 3443, 3449, 3454, 3457, 3462, 
	3464, 3467, 3473, 3478, 3481, 3486, 3488, 3491, 
	3497, 3502, 3505, 3510, 3512, 3515, 3521, 3526, 
	3529, 3534, 3536, 3539, 3545, 3550, 3553, 3558, 
	3560, 3563, 3569, 3574, 3577, 3583, 3590, 3595, 
	3606, 3612, 3618, 3619, 3620, 3631, 3635, 3643, 
	3648, 3653, 3658, 3660, 3663, 3669, 3674, 3677, 
	3682, 3684, 3687, 3693, 3698, 3701, 3707, 3714, 
	3719, 3730, 3735, 3739, 3741, 3745, 3747, 3751, 
	3754, 3761, 3768, 3773, 3777, 3779, 3783, 3787, 
	3788, 3789, 3800, 3805, 3810, 3815, 3817, 3820, 
	3826, 3831, 3834, 3841, 3848, 3849, 3850, 3852, 
	3863, 3867, 3875, 3880, 3885, 3890, 3892, 3895, 
	3901, 3906, 3909, 3914, 3916, 3919, 3925, 3930, 
	3933, 3939, 3946, 3951, 3962, 3969, 3976, 3981, 
	3985, 3987, 3991, 3992, 3993, 4004, 4008, 4016, 
	4021, 4026, 4031, 4033, 4036, 4042, 4047, 4050, 
	4055, 4057, 4060, 4066, 4071, 4074, 4080, 4087, 
	4092, 4103, 4110, 4117, 4122, 4126, 4128, 4132, 
	4133, 4134, 4135, 4136, 4140, 4142, 4146, 4148, 
	4150, 4152, 4153, 4154, 4156, 4158, 4159, 4160, 
	4161, 4162, 4163, 4164, 4165, 4166, 4168, 4170, 
	4175, 4177, 4181, 4183, 4187, 4189, 4193, 4195, 
	4199, 4201, 4205, 4207, 4211, 4213, 4217, 4219, 
	4223, 4225, 4229, 4231, 4235, 4237, 4241, 4243, 
	4247, 4249, 4251, 4253, 4254, 4255, 4256, 4258, 
	4259, 4261, 4263, 4264, 4265, 4266, 4267, 4269, 
	4270, 4271, 4272, 4273, 4274, 4277, 4278, 4279, 
	4280, 4281, 4282, 4283, 4284, 4285, 4286, 4288, 
	4290, 4291, 4292, 4293, 4294, 4295, 4296, 4297, 
	4298, 4299, 4300, 4308, 4312, 4320, 4325, 4330, 
	4335, 4337, 4340, 4346, 4351, 4354, 4359, 4361, 
	4364, 4370, 4375, 4378, 4379, 4380, 4381, 4383, 
	4388, 4389, 4390, 4391, 4392, 4393, 4394, 4396, 
	4400, 4402, 4406, 4407, 4408, 4409, 4410, 4411, 
	4412, 4414, 4419, 4424, 4426, 4429, 4431, 4437, 
	4439, 4443, 4445, 4449, 4451, 4455, 4457, 4461, 
	4462, 4463, 4464, 4465, 4466, 4467, 4468, 4470, 
	4471, 4472, 4473, 4474, 4475, 4477, 4479, 4483, 
	4485, 4489, 4491, 4495, 4497, 4501, 4503, 4505, 
	4510, 4512, 4516, 4518, 4522, 4525, 4526, 4527, 
	4528, 4529, 4530, 4531, 4532, 4533, 4535, 4539, 
	4541, 4545, 4546, 4547, 4548, 4549, 4551, 4555, 
	4557, 4563, 4565, 4569, 4571, 4577, 4579, 4581, 
	4586, 4588, 4592, 4594, 4598, 4601, 4602, 4604, 
	4606, 4617, 4621, 4629, 4633, 4641, 4645, 4653, 
	4658, 4663, 4668, 4670, 4673, 4679, 4684, 4687, 
	4692, 4694, 4697, 4703, 4708, 4711, 4716, 4718, 
	4721, 4727, 4732, 4735, 4740, 4742, 4753, 4759, 
	4765, 4768, 4774, 4779, 4782, 4784, 4790, 4797, 
	4802, 4810, 4815, 4819, 4822, 4823, 4824, 4825, 
	4826, 4827, 4828, 4839, 4843, 4851, 4855, 4863, 
	4867, 4875, 4880, 4885, 4890, 4892, 4895, 4901, 
	4906, 4909, 4914, 4916, 4919, 4925, 4930, 4933, 
	4938, 4940, 4943, 4949, 4954, 4957, 4962, 4964, 
	4967, 4973, 4978, 4981, 4987, 4994, 4999, 5010, 
	5018, 5026, 5028, 5039, 5045, 5052, 5057, 5068, 
	5075, 5082, 5087, 5091, 5093, 5097, 5103, 5110, 
	5115, 5126, 5132, 5139, 5144, 5155, 5162, 5169, 
	5174, 5178, 5180, 5184, 5186, 5190, 5192, 5196, 
	5198, 5202, 5204, 5208, 5210, 5212, 5213, 5215, 
	5221, 5235, 5237, 5239, 5243, 5247, 5249, 5253, 
	5255, 5257, 5259, 5261, 5265, 5267, 5273, 5275, 
	5279, 5281, 5285, 5287, 5289, 5295, 5297, 5298, 
	5300, 5310, 5311, 5312, 5313, 5314, 5315, 5316, 
	5317, 5318, 5319, 5320, 5324, 5326, 5330, 5332, 
	5336, 5338, 5339, 5340, 5341, 5342, 5343, 5344, 
	5345, 5346, 5347, 5351, 5353, 5357, 5359, 5363, 
	5365, 5369, 5371, 5375, 5376, 5377, 5379, 5380, 
	5381, 5382, 5383, 5384, 5388, 5390, 5394, 5396, 
	5400, 5401, 5402, 5403, 5404, 5405, 5409, 5411, 
	5415, 5417, 5421, 5423, 5427, 5429, 5433, 5434, 
	5435, 5436, 5437, 5438, 5439, 5440, 5441, 5442, 
	5446, 5448, 5452, 5454, 5458, 5459, 5460, 5461, 
	5462, 5463, 5464, 5465, 5466, 5467, 5468, 5469, 
	5470, 5471, 5475, 5477, 5481, 5483, 5487, 5488, 
	5489, 5490, 5491, 5492, 5493, 5494, 5495, 5496, 
	5497, 5498, 5499, 5500, 5501, 5505, 5507, 5511, 
	5513, 5517, 5518, 5519, 5520, 5521, 5522, 5523, 
	5524, 5528, 5530, 5534, 5536, 5540, 5541, 5542, 
	5543, 5544, 5545, 5546, 5547, 5548, 5549, 5553, 
	5555, 5559, 5561, 5567, 5569, 5573, 5575, 5581, 
	5583, 5585, 5590, 5594, 5596, 5600, 5602, 5606, 
	5609, 5611, 5612, 5613, 5618, 5619, 5620, 5621, 
	5622, 5623, 5624, 5628, 5630, 5634, 5636, 5640, 
	5641, 5642, 5643, 5644, 5645, 5646, 5647, 5648, 
	5649, 5653, 5655, 5659, 5661, 5665, 5666, 5667, 
	5668, 5669, 5670, 5671, 5672, 5673, 5674, 5678, 
	5680, 5684, 5686, 5692, 5694, 5698, 5700, 5704, 
	5706, 5710, 5712, 5716, 5718, 5722, 5724, 5728, 
	5729, 5730, 5731, 5732, 5733, 5734, 5735, 5736, 
	5737, 5738, 5742, 5744, 5748, 5750, 5754, 5756, 
	5760, 5762, 5766, 5767, 5768, 5769, 5770, 5771, 
	5772, 5773, 5774, 5775, 5779, 5781, 5785, 5787, 
	5791, 5792, 5793, 5794, 5796, 5797, 5798, 5799, 
	5800, 5801, 5802, 5803, 5807, 5809, 5813, 5815, 
	5819, 5820, 5821, 5822, 5823, 5824, 5825, 5829, 
	5831, 5835, 5837, 5841, 5842, 5843, 5844, 5846, 
	5847, 5848, 5849, 5850, 5851, 5852, 5853, 5854, 
	5858, 5860, 5864, 5866, 5870, 5871, 5872, 5873, 
	5874, 5875, 5876, 5877, 5878, 5882, 5884, 5888, 
	5890, 5894, 5895, 5896, 5897, 5898, 5899, 5900, 
	5901, 5902, 5906, 5908, 5912, 5914, 5918, 5920, 
	5922, 5924, 5926, 5927, 5931, 5933, 5939, 5941, 
	5945, 5947, 5951, 5953, 5955, 5957, 5958, 5962, 
	5964, 5970, 5972, 5976, 5978, 5982, 5984, 5986, 
	5991, 5995, 5997, 6002, 6007, 6009, 6011, 6016, 
	6020, 6022, 6026, 6028, 6032, 6035, 6038, 6040, 
	6044, 6047, 6049, 6053, 6055, 6057, 6059, 6062, 
	6066, 6068, 6072, 6074, 6076, 6077, 6081, 6083, 
	6087, 6089, 6091, 6095, 6097, 6099, 6100, 6104, 
	6106, 6112, 6114, 6116, 6121, 6125, 6127, 6129, 
	6134, 6136, 6139, 6142, 6144, 6146, 6148, 6149, 
	6153, 6155, 6159, 6161, 6163, 6168, 6170, 6173, 
	6175, 6177, 6179, 6181, 6183, 6185, 6187, 6189, 
	6192, 6193, 6195, 6197, 6199, 6201, 6202, 6206, 
	6208, 6212, 6214, 6218, 6220, 6224, 6226, 6228, 
	6230, 6231, 6232, 6234, 6235, 6236, 6237, 6238, 
	6239, 6240, 6241, 6242, 6243, 6245, 6247, 6252, 
	6254, 6258, 6260, 6266, 6268, 6272, 6274, 6280, 
	6282, 6286, 6288, 6294, 6296, 6300, 6302, 6306, 
	6309, 6310, 6311, 6313, 6314, 6315, 6316, 6317, 
	6318, 6319, 6320, 6322, 6324, 6325, 6329, 6331, 
	6337, 6339, 6343, 6345, 6349, 6351, 6359, 6361, 
	6363, 6367, 6369, 6373, 6375, 6377, 6379, 6381, 
	6384, 6388, 6390, 6396, 6398, 6402, 6404, 6410, 
	6412, 6414, 6417, 6421, 6423, 6427, 6429, 6433, 
	6435, 6437, 6438, 6442, 6444, 6448, 6450, 6452, 
	6457, 6459, 6462, 6464, 6466, 6468, 6470, 6474, 
	6478, 6480, 6484, 6486, 6490, 6492, 6496, 6498, 
	6500, 6502, 6504, 6506, 6507, 6511, 6513, 6517, 
	6519, 6523, 6525, 6529, 6531, 6533, 6537, 6541, 
	6545, 6547, 6551, 6553, 6555, 6560, 6564, 6566, 
	6570, 6572, 6578, 6580, 6584, 6586, 6590, 6593, 
	6595, 6597, 6599, 6601, 6603, 6605, 6607, 6608, 
	6612, 6614, 6618, 6620, 6622, 6627, 6631, 6633, 
	6637, 6639, 6645, 6647, 6651, 6653, 6657, 6660, 
	6662, 6663, 6664, 6665, 6666, 6667, 6668, 6670, 
	6671, 6672, 6673, 6674, 6676, 6677, 6678, 6679, 
	6680, 6681, 6682, 6683, 6684, 6685, 6687, 6688, 
	6690, 6691, 6692, 6693, 6694, 6696, 6697, 6698, 
	6699, 6701, 6702, 6704, 6706, 6717
};

static const char _atc_quectel_tcpip_trans_keys[] = {
	67, 81, 77, 69, 32, 69, 82, 82, 
	79, 82, 58, 32, 45, 48, 57, 48, 
	57, 10, 13, 48, 57, 73, 78, 80, 
	65, 67, 68, 71, 79, 82, 83, 85, 
	67, 84, 58, 69, 0, 10, 13, 32, 
	34, 40, 41, 44, 45, 48, 57, 0, 
	10, 13, 32, 44, 0, 10, 13, 32, 
	44, 0, 10, 13, 34, 92, 10, 13, 
	0, 10, 13, 0, 10, 13, 34, 40, 
	41, 0, 10, 13, 34, 92, 0, 10, 
	13, 0, 10, 13, 32, 44, 48, 57, 
	0, 10, 13, 32, 44, 48, 57, 0, 
	10, 13, 32, 44, 32, 45, 48, 57, 
	48, 57, 32, 44, 48, 57, 32, 44, 
	32, 45, 48, 57, 48, 57, 10, 13, 
	32, 44, 48, 57, 32, 44, 32, 34, 
	46, 58, 48, 57, 65, 70, 97, 102, 
	34, 46, 58, 48, 57, 65, 70, 97, 
	102, 10, 13, 32, 44, 32, 44, 32, 
	34, 46, 58, 48, 57, 65, 70, 97, 
	102, 34, 46, 48, 58, 65, 70, 97, 
	102, 10, 13, 34, 46, 48, 58, 65, 
	70, 97, 102, 10, 13, 46, 58, 48, 
	57, 65, 70, 97, 102, 88, 58, 0, 
	10, 13, 32, 34, 40, 41, 44, 45, 
	48, 57, 0, 10, 13, 44, 0, 10, 
	13, 32, 34, 40, 41, 44, 0, 10, 
	13, 32, 44, 0, 10, 13, 32, 44, 
	0, 10, 13, 34, 92, 10, 13, 0, 
	10, 13, 0, 10, 13, 34, 40, 41, 
	0, 10, 13, 34, 92, 0, 10, 13, 
	0, 10, 13, 34, 92, 32, 44, 0, 
	10, 13, 0, 10, 13, 34, 40, 41, 
	0, 10, 13, 34, 92, 0, 10, 13, 
	0, 10, 13, 44, 48, 57, 0, 10, 
	13, 32, 44, 48, 57, 0, 10, 13, 
	32, 44, 0, 10, 13, 32, 34, 40, 
	41, 44, 45, 48, 57, 0, 10, 13, 
	32, 44, 48, 57, 0, 10, 13, 32, 
	44, 48, 57, 0, 10, 13, 32, 44, 
	32, 45, 48, 57, 48, 57, 10, 13, 
	32, 44, 48, 57, 32, 44, 32, 34, 
	46, 58, 48, 57, 65, 70, 97, 102, 
	34, 46, 58, 48, 57, 65, 70, 97, 
	102, 10, 13, 32, 44, 32, 44, 32, 
	34, 46, 58, 48, 57, 65, 70, 97, 
	102, 34, 46, 48, 58, 65, 70, 97, 
	102, 10, 13, 34, 46, 48, 58, 65, 
	70, 97, 102, 10, 13, 46, 58, 48, 
	57, 65, 70, 97, 102, 70, 76, 83, 
	71, 58, 32, 34, 99, 100, 102, 112, 
	113, 114, 115, 116, 117, 118, 108, 111, 
	115, 101, 47, 109, 111, 100, 101, 34, 
	32, 44, 0, 10, 13, 32, 34, 40, 
	41, 44, 45, 48, 57, 0, 10, 13, 
	32, 44, 0, 10, 13, 32, 44, 0, 
	10, 13, 34, 92, 10, 13, 0, 10, 
	13, 0, 10, 13, 34, 40, 41, 0, 
	10, 13, 34, 92, 0, 10, 13, 0, 
	10, 13, 32, 44, 48, 57, 0, 10, 
	13, 32, 44, 48, 57, 97, 110, 116, 
	97, 102, 111, 114, 109, 97, 116, 34, 
	32, 44, 0, 10, 13, 32, 34, 40, 
	41, 44, 45, 48, 57, 0, 10, 13, 
	44, 0, 10, 13, 32, 34, 40, 41, 
	44, 0, 10, 13, 32, 44, 0, 10, 
	13, 32, 44, 0, 10, 13, 34, 92, 
	10, 13, 0, 10, 13, 0, 10, 13, 
	34, 40, 41, 0, 10, 13, 34, 92, 
	0, 10, 13, 0, 10, 13, 34, 92, 
	32, 44, 0, 10, 13, 0, 10, 13, 
	34, 40, 41, 0, 10, 13, 34, 92, 
	0, 10, 13, 0, 10, 13, 44, 48, 
	57, 0, 10, 13, 32, 44, 48, 57, 
	0, 10, 13, 32, 44, 0, 10, 13, 
	32, 34, 40, 41, 44, 45, 48, 57, 
	0, 10, 13, 32, 44, 48, 57, 0, 
	10, 13, 32, 44, 48, 57, 115, 47, 
	99, 114, 97, 99, 104, 101, 34, 32, 
	44, 0, 10, 13, 32, 34, 40, 41, 
	44, 45, 48, 57, 0, 10, 13, 32, 
	44, 0, 10, 13, 32, 44, 0, 10, 
	13, 34, 92, 10, 13, 0, 10, 13, 
	0, 10, 13, 34, 40, 41, 0, 10, 
	13, 34, 92, 0, 10, 13, 0, 10, 
	13, 32, 44, 48, 57, 0, 10, 13, 
	32, 44, 48, 57, 101, 116, 114, 121, 
	34, 32, 44, 0, 10, 13, 32, 34, 
	40, 41, 44, 45, 48, 57, 0, 10, 
	13, 44, 0, 10, 13, 32, 34, 40, 
	41, 44, 0, 10, 13, 32, 44, 0, 
	10, 13, 32, 44, 0, 10, 13, 34, 
	92, 10, 13, 0, 10, 13, 0, 10, 
	13, 34, 40, 41, 0, 10, 13, 34, 
	92, 0, 10, 13, 0, 10, 13, 34, 
	92, 32, 44, 0, 10, 13, 0, 10, 
	13, 34, 40, 41, 0, 10, 13, 34, 
	92, 0, 10, 13, 0, 10, 13, 44, 
	48, 57, 0, 10, 13, 32, 44, 48, 
	57, 0, 10, 13, 32, 44, 0, 10, 
	13, 32, 34, 40, 41, 44, 45, 48, 
	57, 0, 10, 13, 32, 44, 48, 57, 
	0, 10, 13, 32, 44, 48, 57, 111, 
	114, 109, 97, 116, 99, 102, 103, 34, 
	32, 44, 0, 10, 13, 32, 34, 40, 
	41, 44, 45, 48, 57, 0, 10, 13, 
	32, 44, 0, 10, 13, 32, 44, 0, 
	10, 13, 34, 92, 10, 13, 0, 10, 
	13, 0, 10, 13, 34, 40, 41, 0, 
	10, 13, 34, 92, 0, 10, 13, 0, 
	10, 13, 32, 44, 48, 57, 0, 10, 
	13, 32, 44, 48, 57, 97, 115, 115, 
	105, 118, 101, 99, 108, 111, 115, 101, 
	100, 34, 32, 44, 0, 10, 13, 32, 
	34, 40, 41, 44, 45, 48, 57, 0, 
	10, 13, 32, 44, 0, 10, 13, 32, 
	44, 0, 10, 13, 34, 92, 10, 13, 
	0, 10, 13, 0, 10, 13, 34, 40, 
	41, 0, 10, 13, 34, 92, 0, 10, 
	13, 0, 10, 13, 32, 44, 48, 57, 
	0, 10, 13, 32, 44, 48, 57, 105, 
	115, 101, 110, 100, 47, 116, 105, 109, 
	101, 111, 117, 116, 34, 32, 44, 0, 
	10, 13, 32, 34, 40, 41, 44, 45, 
	48, 57, 0, 10, 13, 32, 44, 0, 
	10, 13, 32, 44, 0, 10, 13, 34, 
	92, 10, 13, 0, 10, 13, 0, 10, 
	13, 34, 40, 41, 0, 10, 13, 34, 
	92, 0, 10, 13, 0, 10, 13, 32, 
	44, 48, 57, 0, 10, 13, 32, 44, 
	48, 57, 101, 99, 118, 105, 110, 100, 
	34, 32, 44, 0, 10, 13, 32, 34, 
	40, 41, 44, 45, 48, 57, 0, 10, 
	13, 32, 44, 0, 10, 13, 32, 44, 
	0, 10, 13, 34, 92, 10, 13, 0, 
	10, 13, 0, 10, 13, 34, 40, 41, 
	0, 10, 13, 34, 92, 0, 10, 13, 
	0, 10, 13, 32, 44, 48, 57, 0, 
	10, 13, 32, 44, 48, 57, 101, 110, 
	100, 47, 97, 117, 116, 111, 34, 32, 
	44, 0, 10, 13, 32, 34, 40, 41, 
	44, 45, 48, 57, 0, 10, 13, 44, 
	0, 10, 13, 32, 34, 40, 41, 44, 
	0, 10, 13, 44, 0, 10, 13, 32, 
	34, 40, 41, 44, 0, 10, 13, 44, 
	0, 10, 13, 32, 34, 40, 41, 44, 
	0, 10, 13, 32, 44, 0, 10, 13, 
	32, 44, 0, 10, 13, 34, 92, 10, 
	13, 0, 10, 13, 0, 10, 13, 34, 
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
	10, 13, 0, 10, 13, 44, 48, 57, 
	0, 10, 13, 32, 44, 48, 57, 0, 
	10, 13, 32, 44, 0, 10, 13, 32, 
	34, 40, 41, 44, 45, 48, 57, 0, 
	10, 13, 44, 48, 57, 0, 10, 13, 
	32, 44, 48, 57, 0, 10, 13, 32, 
	44, 0, 10, 13, 32, 34, 40, 41, 
	44, 0, 10, 13, 34, 92, 32, 44, 
	0, 10, 13, 32, 34, 40, 41, 44, 
	45, 48, 57, 0, 10, 13, 32, 44, 
	48, 57, 0, 10, 13, 32, 44, 48, 
	57, 0, 10, 13, 99, 114, 112, 47, 
	97, 100, 107, 114, 116, 99, 99, 101, 
	112, 116, 34, 32, 44, 0, 10, 13, 
	32, 34, 40, 41, 44, 45, 48, 57, 
	0, 10, 13, 32, 44, 0, 10, 13, 
	32, 44, 0, 10, 13, 34, 92, 10, 
	13, 0, 10, 13, 0, 10, 13, 34, 
	40, 41, 0, 10, 13, 34, 92, 0, 
	10, 13, 0, 10, 13, 32, 44, 48, 
	57, 0, 10, 13, 32, 44, 48, 57, 
	101, 108, 97, 121, 95, 97, 99, 107, 
	34, 32, 44, 0, 10, 13, 32, 34, 
	40, 41, 44, 45, 48, 57, 0, 10, 
	13, 32, 44, 0, 10, 13, 32, 44, 
	0, 10, 13, 34, 92, 10, 13, 0, 
	10, 13, 0, 10, 13, 34, 40, 41, 
	0, 10, 13, 34, 92, 0, 10, 13, 
	0, 10, 13, 32, 44, 48, 57, 0, 
	10, 13, 32, 44, 48, 57, 101, 101, 
	112, 97, 108, 105, 118, 101, 34, 32, 
	44, 0, 10, 13, 32, 34, 40, 41, 
	44, 45, 48, 57, 0, 10, 13, 44, 
	0, 10, 13, 32, 34, 40, 41, 44, 
	0, 10, 13, 44, 0, 10, 13, 32, 
	34, 40, 41, 44, 0, 10, 13, 44, 
	0, 10, 13, 32, 34, 40, 41, 44, 
	0, 10, 13, 32, 44, 0, 10, 13, 
	32, 44, 0, 10, 13, 34, 92, 10, 
	13, 0, 10, 13, 0, 10, 13, 34, 
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
	10, 13, 0, 10, 13, 44, 48, 57, 
	0, 10, 13, 32, 44, 48, 57, 0, 
	10, 13, 32, 44, 0, 10, 13, 32, 
	34, 40, 41, 44, 45, 48, 57, 0, 
	10, 13, 44, 48, 57, 0, 10, 13, 
	32, 44, 48, 57, 0, 10, 13, 32, 
	44, 0, 10, 13, 32, 34, 40, 41, 
	44, 45, 48, 57, 0, 10, 13, 44, 
	48, 57, 0, 10, 13, 32, 44, 48, 
	57, 0, 10, 13, 32, 44, 0, 10, 
	13, 32, 34, 40, 41, 44, 45, 48, 
	57, 0, 10, 13, 32, 44, 48, 57, 
	0, 10, 13, 32, 44, 48, 57, 101, 
	116, 114, 97, 110, 115, 99, 102, 103, 
	34, 32, 44, 0, 10, 13, 32, 34, 
	40, 41, 44, 45, 48, 57, 0, 10, 
	13, 44, 0, 10, 13, 32, 34, 40, 
	41, 44, 0, 10, 13, 32, 44, 0, 
	10, 13, 32, 44, 0, 10, 13, 34, 
	92, 10, 13, 0, 10, 13, 0, 10, 
	13, 34, 40, 41, 0, 10, 13, 34, 
	92, 0, 10, 13, 0, 10, 13, 34, 
	92, 32, 44, 0, 10, 13, 0, 10, 
	13, 34, 40, 41, 0, 10, 13, 34, 
	92, 0, 10, 13, 0, 10, 13, 44, 
	48, 57, 0, 10, 13, 32, 44, 48, 
	57, 0, 10, 13, 32, 44, 0, 10, 
	13, 32, 34, 40, 41, 44, 45, 48, 
	57, 0, 10, 13, 32, 44, 48, 57, 
	0, 10, 13, 32, 44, 48, 57, 119, 
	114, 101, 99, 121, 99, 108, 101, 34, 
	32, 44, 0, 10, 13, 32, 34, 40, 
	41, 44, 45, 48, 57, 0, 10, 13, 
	32, 44, 0, 10, 13, 32, 44, 0, 
	10, 13, 34, 92, 10, 13, 0, 10, 
	13, 0, 10, 13, 34, 40, 41, 0, 
	10, 13, 34, 92, 0, 10, 13, 0, 
	10, 13, 32, 44, 48, 57, 0, 10, 
	13, 32, 44, 48, 57, 97, 110, 115, 
	112, 119, 107, 116, 115, 105, 122, 101, 
	34, 32, 44, 0, 10, 13, 32, 34, 
	40, 41, 44, 45, 48, 57, 0, 10, 
	13, 32, 44, 0, 10, 13, 32, 44, 
	0, 10, 13, 34, 92, 10, 13, 0, 
	10, 13, 0, 10, 13, 34, 40, 41, 
	0, 10, 13, 34, 92, 0, 10, 13, 
	0, 10, 13, 32, 44, 48, 57, 0, 
	10, 13, 32, 44, 48, 57, 97, 105, 
	116, 116, 109, 34, 32, 44, 0, 10, 
	13, 32, 34, 40, 41, 44, 45, 48, 
	57, 0, 10, 13, 32, 44, 0, 10, 
	13, 32, 44, 0, 10, 13, 34, 92, 
	10, 13, 0, 10, 13, 0, 10, 13, 
	34, 40, 41, 0, 10, 13, 34, 92, 
	0, 10, 13, 0, 10, 13, 32, 44, 
	48, 57, 0, 10, 13, 32, 44, 48, 
	57, 100, 112, 47, 114, 115, 101, 97, 
	100, 109, 111, 100, 101, 34, 32, 44, 
	0, 10, 13, 32, 34, 40, 41, 44, 
	45, 48, 57, 0, 10, 13, 32, 44, 
	0, 10, 13, 32, 44, 0, 10, 13, 
	34, 92, 10, 13, 0, 10, 13, 0, 
	10, 13, 34, 40, 41, 0, 10, 13, 
	34, 92, 0, 10, 13, 0, 10, 13, 
	32, 44, 48, 57, 0, 10, 13, 32, 
	44, 48, 57, 101, 110, 100, 109, 111, 
	100, 101, 34, 32, 44, 0, 10, 13, 
	32, 34, 40, 41, 44, 45, 48, 57, 
	0, 10, 13, 32, 44, 0, 10, 13, 
	32, 44, 0, 10, 13, 34, 92, 10, 
	13, 0, 10, 13, 0, 10, 13, 34, 
	40, 41, 0, 10, 13, 34, 92, 0, 
	10, 13, 0, 10, 13, 32, 44, 48, 
	57, 0, 10, 13, 32, 44, 48, 57, 
	105, 101, 119, 109, 111, 100, 101, 34, 
	32, 44, 0, 10, 13, 32, 34, 40, 
	41, 44, 45, 48, 57, 0, 10, 13, 
	32, 44, 0, 10, 13, 32, 44, 0, 
	10, 13, 34, 92, 10, 13, 0, 10, 
	13, 0, 10, 13, 34, 40, 41, 0, 
	10, 13, 34, 92, 0, 10, 13, 0, 
	10, 13, 32, 44, 48, 57, 0, 10, 
	13, 32, 44, 48, 57, 79, 83, 69, 
	58, 0, 10, 13, 32, 34, 40, 41, 
	44, 0, 10, 13, 44, 0, 10, 13, 
	32, 34, 40, 41, 44, 0, 10, 13, 
	32, 44, 0, 10, 13, 32, 44, 0, 
	10, 13, 34, 92, 10, 13, 0, 10, 
	13, 0, 10, 13, 34, 40, 41, 0, 
	10, 13, 34, 92, 0, 10, 13, 0, 
	10, 13, 34, 92, 32, 44, 0, 10, 
	13, 0, 10, 13, 34, 40, 41, 0, 
	10, 13, 34, 92, 0, 10, 13, 71, 
	80, 58, 0, 10, 13, 32, 34, 40, 
	41, 44, 45, 48, 57, 0, 10, 13, 
	44, 0, 10, 13, 32, 34, 40, 41, 
	44, 0, 10, 13, 44, 0, 10, 13, 
	32, 34, 40, 41, 44, 0, 10, 13, 
	44, 0, 10, 13, 32, 34, 40, 41, 
	44, 0, 10, 13, 44, 0, 10, 13, 
	32, 34, 40, 41, 44, 0, 10, 13, 
	44, 0, 10, 13, 32, 34, 40, 41, 
	44, 0, 10, 13, 32, 44, 0, 10, 
	13, 32, 44, 0, 10, 13, 34, 92, 
	10, 13, 0, 10, 13, 0, 10, 13, 
	34, 40, 41, 0, 10, 13, 34, 92, 
	0, 10, 13, 0, 10, 13, 34, 92, 
	32, 44, 0, 10, 13, 0, 10, 13, 
	34, 40, 41, 0, 10, 13, 34, 92, 
	0, 10, 13, 0, 10, 13, 34, 92, 
	32, 44, 0, 10, 13, 0, 10, 13, 
	34, 40, 41, 0, 10, 13, 34, 92, 
	0, 10, 13, 0, 10, 13, 34, 92, 
	32, 44, 0, 10, 13, 0, 10, 13, 
	34, 40, 41, 0, 10, 13, 34, 92, 
	0, 10, 13, 0, 10, 13, 34, 92, 
	32, 44, 0, 10, 13, 0, 10, 13, 
	34, 40, 41, 0, 10, 13, 34, 92, 
	0, 10, 13, 0, 10, 13, 34, 92, 
	32, 44, 0, 10, 13, 0, 10, 13, 
	34, 40, 41, 0, 10, 13, 34, 92, 
	0, 10, 13, 0, 10, 13, 44, 48, 
	57, 0, 10, 13, 32, 44, 48, 57, 
	0, 10, 13, 32, 44, 0, 10, 13, 
	32, 34, 40, 41, 44, 0, 10, 13, 
	34, 92, 32, 44, 0, 10, 13, 32, 
	34, 40, 41, 44, 0, 10, 13, 34, 
	92, 32, 44, 0, 10, 13, 32, 34, 
	40, 41, 44, 0, 10, 13, 34, 92, 
	32, 44, 0, 10, 13, 32, 34, 40, 
	41, 44, 45, 48, 57, 0, 10, 13, 
	44, 48, 57, 0, 10, 13, 44, 48, 
	57, 0, 10, 13, 0, 10, 13, 0, 
	10, 13, 69, 78, 65, 67, 84, 58, 
	69, 0, 10, 13, 32, 34, 40, 41, 
	44, 0, 10, 13, 32, 44, 0, 10, 
	13, 32, 44, 0, 10, 13, 34, 92, 
	10, 13, 0, 10, 13, 0, 10, 13, 
	34, 40, 41, 0, 10, 13, 34, 92, 
	0, 10, 13, 88, 58, 0, 10, 13, 
	32, 34, 40, 41, 44, 45, 48, 57, 
	0, 10, 13, 32, 44, 0, 10, 13, 
	32, 44, 0, 10, 13, 34, 92, 10, 
	13, 0, 10, 13, 0, 10, 13, 34, 
	40, 41, 0, 10, 13, 34, 92, 0, 
	10, 13, 0, 10, 13, 32, 44, 48, 
	57, 0, 10, 13, 32, 44, 48, 57, 
	0, 10, 13, 32, 44, 32, 45, 48, 
	57, 48, 57, 10, 13, 48, 57, 83, 
	67, 71, 70, 71, 58, 0, 10, 13, 
	32, 34, 40, 41, 44, 45, 48, 57, 
	0, 10, 13, 44, 0, 10, 13, 32, 
	34, 40, 41, 44, 0, 10, 13, 44, 
	0, 10, 13, 32, 34, 40, 41, 44, 
	0, 10, 13, 32, 44, 0, 10, 13, 
	32, 44, 0, 10, 13, 34, 92, 10, 
	13, 0, 10, 13, 0, 10, 13, 34, 
	40, 41, 0, 10, 13, 34, 92, 0, 
	10, 13, 0, 10, 13, 34, 92, 32, 
	44, 0, 10, 13, 0, 10, 13, 34, 
	40, 41, 0, 10, 13, 34, 92, 0, 
	10, 13, 0, 10, 13, 34, 92, 32, 
	44, 0, 10, 13, 0, 10, 13, 34, 
	40, 41, 0, 10, 13, 34, 92, 0, 
	10, 13, 0, 10, 13, 44, 48, 57, 
	0, 10, 13, 32, 44, 48, 57, 0, 
	10, 13, 32, 44, 0, 10, 13, 32, 
	34, 40, 41, 44, 0, 10, 13, 34, 
	46, 58, 92, 48, 57, 65, 70, 97, 
	102, 0, 10, 13, 34, 46, 58, 92, 
	48, 57, 65, 70, 97, 102, 32, 44, 
	0, 10, 13, 32, 34, 40, 41, 44, 
	0, 10, 13, 34, 46, 92, 48, 57, 
	0, 10, 13, 34, 46, 92, 48, 57, 
	10, 13, 32, 44, 32, 44, 32, 34, 
	46, 58, 48, 57, 65, 70, 97, 102, 
	34, 46, 48, 58, 65, 70, 97, 102, 
	32, 44, 32, 34, 46, 58, 48, 57, 
	65, 70, 97, 102, 34, 46, 48, 58, 
	65, 70, 97, 102, 10, 13, 0, 10, 
	13, 34, 46, 92, 48, 58, 65, 70, 
	97, 102, 32, 44, 0, 10, 13, 32, 
	34, 40, 41, 44, 0, 10, 13, 34, 
	46, 58, 92, 48, 57, 65, 70, 97, 
	102, 0, 10, 13, 34, 46, 92, 48, 
	58, 65, 70, 97, 102, 10, 13, 0, 
	10, 13, 34, 46, 58, 92, 48, 57, 
	65, 70, 97, 102, 73, 80, 58, 0, 
	10, 13, 32, 34, 40, 41, 44, 0, 
	10, 13, 44, 0, 10, 13, 32, 34, 
	40, 41, 44, 0, 10, 13, 32, 44, 
	0, 10, 13, 32, 44, 0, 10, 13, 
	34, 92, 10, 13, 0, 10, 13, 0, 
	10, 13, 34, 40, 41, 0, 10, 13, 
	34, 92, 0, 10, 13, 0, 10, 13, 
	34, 92, 32, 44, 0, 10, 13, 0, 
	10, 13, 34, 40, 41, 0, 10, 13, 
	34, 92, 0, 10, 13, 69, 84, 69, 
	82, 82, 79, 82, 58, 32, 45, 48, 
	57, 48, 57, 32, 44, 48, 57, 32, 
	44, 0, 10, 13, 80, 69, 78, 58, 
	0, 10, 13, 32, 34, 40, 41, 44, 
	45, 48, 57, 0, 10, 13, 44, 0, 
	10, 13, 32, 34, 40, 41, 44, 0, 
	10, 13, 44, 0, 10, 13, 32, 34, 
	40, 41, 44, 0, 10, 13, 44, 0, 
	10, 13, 32, 34, 40, 41, 44, 0, 
	10, 13, 44, 0, 10, 13, 32, 34, 
	40, 41, 44, 0, 10, 13, 44, 0, 
	10, 13, 32, 34, 40, 41, 44, 0, 
	10, 13, 44, 0, 10, 13, 32, 34, 
	40, 41, 44, 0, 10, 13, 44, 0, 
	10, 13, 32, 34, 40, 41, 44, 0, 
	10, 13, 32, 44, 0, 10, 13, 32, 
	44, 0, 10, 13, 34, 92, 10, 13, 
	0, 10, 13, 0, 10, 13, 34, 40, 
	41, 0, 10, 13, 34, 92, 0, 10, 
	13, 0, 10, 13, 34, 92, 32, 44, 
	0, 10, 13, 0, 10, 13, 34, 40, 
	41, 0, 10, 13, 34, 92, 0, 10, 
	13, 0, 10, 13, 34, 92, 32, 44, 
	0, 10, 13, 0, 10, 13, 34, 40, 
	41, 0, 10, 13, 34, 92, 0, 10, 
	13, 0, 10, 13, 34, 92, 32, 44, 
	0, 10, 13, 0, 10, 13, 34, 40, 
	41, 0, 10, 13, 34, 92, 0, 10, 
	13, 0, 10, 13, 34, 92, 32, 44, 
	0, 10, 13, 0, 10, 13, 34, 40, 
	41, 0, 10, 13, 34, 92, 0, 10, 
	13, 0, 10, 13, 34, 92, 32, 44, 
	0, 10, 13, 0, 10, 13, 34, 40, 
	41, 0, 10, 13, 34, 92, 0, 10, 
	13, 0, 10, 13, 34, 92, 32, 44, 
	0, 10, 13, 0, 10, 13, 34, 40, 
	41, 0, 10, 13, 34, 92, 0, 10, 
	13, 0, 10, 13, 34, 92, 32, 44, 
	0, 10, 13, 0, 10, 13, 34, 40, 
	41, 0, 10, 13, 34, 92, 0, 10, 
	13, 0, 10, 13, 44, 48, 57, 0, 
	10, 13, 32, 44, 48, 57, 0, 10, 
	13, 32, 44, 0, 10, 13, 32, 34, 
	40, 41, 44, 45, 48, 57, 0, 10, 
	13, 44, 48, 57, 0, 10, 13, 44, 
	48, 57, 68, 58, 0, 10, 13, 32, 
	34, 40, 41, 44, 45, 48, 57, 0, 
	10, 13, 44, 0, 10, 13, 32, 34, 
	40, 41, 44, 0, 10, 13, 32, 44, 
	0, 10, 13, 32, 44, 0, 10, 13, 
	34, 92, 10, 13, 0, 10, 13, 0, 
	10, 13, 34, 40, 41, 0, 10, 13, 
	34, 92, 0, 10, 13, 0, 10, 13, 
	34, 92, 32, 44, 0, 10, 13, 0, 
	10, 13, 34, 40, 41, 0, 10, 13, 
	34, 92, 0, 10, 13, 0, 10, 13, 
	44, 48, 57, 0, 10, 13, 32, 44, 
	48, 57, 0, 10, 13, 32, 44, 0, 
	10, 13, 32, 34, 40, 41, 44, 45, 
	48, 57, 0, 10, 13, 34, 92, 10, 
	13, 32, 44, 32, 44, 32, 45, 48, 
	57, 48, 57, 10, 13, 48, 57, 0, 
	10, 13, 0, 10, 13, 32, 44, 48, 
	57, 0, 10, 13, 32, 44, 48, 57, 
	0, 10, 13, 32, 44, 32, 45, 48, 
	57, 48, 57, 10, 13, 48, 57, 68, 
	69, 84, 87, 69, 58, 0, 10, 13, 
	32, 34, 40, 41, 44, 45, 48, 57, 
	0, 10, 13, 32, 44, 0, 10, 13, 
	32, 44, 0, 10, 13, 34, 92, 10, 
	13, 0, 10, 13, 0, 10, 13, 34, 
	40, 41, 0, 10, 13, 34, 92, 0, 
	10, 13, 0, 10, 13, 32, 44, 48, 
	57, 0, 10, 13, 32, 44, 48, 57, 
	78, 68, 58, 69, 0, 10, 13, 32, 
	34, 40, 41, 44, 45, 48, 57, 0, 
	10, 13, 44, 0, 10, 13, 32, 34, 
	40, 41, 44, 0, 10, 13, 32, 44, 
	0, 10, 13, 32, 44, 0, 10, 13, 
	34, 92, 10, 13, 0, 10, 13, 0, 
	10, 13, 34, 40, 41, 0, 10, 13, 
	34, 92, 0, 10, 13, 0, 10, 13, 
	34, 92, 32, 44, 0, 10, 13, 0, 
	10, 13, 34, 40, 41, 0, 10, 13, 
	34, 92, 0, 10, 13, 0, 10, 13, 
	44, 48, 57, 0, 10, 13, 32, 44, 
	48, 57, 0, 10, 13, 32, 44, 0, 
	10, 13, 32, 34, 40, 41, 44, 45, 
	48, 57, 0, 10, 13, 32, 44, 48, 
	57, 0, 10, 13, 32, 44, 48, 57, 
	0, 10, 13, 32, 44, 32, 45, 48, 
	57, 48, 57, 10, 13, 48, 57, 88, 
	58, 0, 10, 13, 32, 34, 40, 41, 
	44, 45, 48, 57, 0, 10, 13, 44, 
	0, 10, 13, 32, 34, 40, 41, 44, 
	0, 10, 13, 32, 44, 0, 10, 13, 
	32, 44, 0, 10, 13, 34, 92, 10, 
	13, 0, 10, 13, 0, 10, 13, 34, 
	40, 41, 0, 10, 13, 34, 92, 0, 
	10, 13, 0, 10, 13, 34, 92, 32, 
	44, 0, 10, 13, 0, 10, 13, 34, 
	40, 41, 0, 10, 13, 34, 92, 0, 
	10, 13, 0, 10, 13, 44, 48, 57, 
	0, 10, 13, 32, 44, 48, 57, 0, 
	10, 13, 32, 44, 0, 10, 13, 32, 
	34, 40, 41, 44, 45, 48, 57, 0, 
	10, 13, 32, 44, 48, 57, 0, 10, 
	13, 32, 44, 48, 57, 0, 10, 13, 
	32, 44, 32, 45, 48, 57, 48, 57, 
	10, 13, 48, 57, 65, 84, 69, 58, 
	32, 45, 48, 57, 48, 57, 32, 44, 
	48, 57, 32, 44, 32, 34, 84, 85, 
	67, 80, 32, 34, 73, 76, 78, 67, 
	79, 77, 73, 78, 71, 34, 32, 44, 
	32, 34, 0, 10, 13, 34, 92, 32, 
	44, 32, 45, 48, 57, 48, 57, 32, 
	44, 48, 57, 32, 44, 32, 45, 48, 
	57, 48, 57, 32, 44, 48, 57, 32, 
	44, 32, 45, 48, 57, 48, 57, 32, 
	44, 48, 57, 32, 44, 32, 45, 48, 
	57, 48, 57, 32, 44, 48, 57, 32, 
	44, 32, 45, 48, 57, 48, 57, 32, 
	44, 48, 57, 32, 44, 32, 45, 48, 
	57, 48, 57, 32, 44, 48, 57, 32, 
	44, 32, 34, 99, 117, 109, 117, 120, 
	49, 52, 34, 10, 13, 97, 115, 114, 
	116, 49, 98, 97, 109, 116, 111, 100, 
	101, 109, 0, 10, 13, 73, 83, 84, 
	69, 78, 69, 82, 68, 80, 32, 34, 
	73, 83, 69, 82, 86, 73, 67, 69, 
	84, 77, 68, 58, 0, 10, 13, 32, 
	34, 40, 41, 44, 0, 10, 13, 44, 
	0, 10, 13, 32, 34, 40, 41, 44, 
	0, 10, 13, 32, 44, 0, 10, 13, 
	32, 44, 0, 10, 13, 34, 92, 10, 
	13, 0, 10, 13, 0, 10, 13, 34, 
	40, 41, 0, 10, 13, 34, 92, 0, 
	10, 13, 0, 10, 13, 34, 92, 32, 
	44, 0, 10, 13, 0, 10, 13, 34, 
	40, 41, 0, 10, 13, 34, 92, 0, 
	10, 13, 82, 67, 58, 32, 34, 99, 
	100, 105, 112, 114, 108, 111, 115, 101, 
	100, 34, 32, 44, 32, 45, 48, 57, 
	48, 57, 10, 13, 48, 57, 110, 115, 
	103, 105, 112, 34, 32, 44, 32, 34, 
	45, 48, 57, 0, 10, 13, 34, 92, 
	10, 13, 0, 10, 13, 48, 57, 10, 
	13, 32, 44, 48, 57, 32, 44, 32, 
	45, 48, 57, 48, 57, 32, 44, 48, 
	57, 32, 44, 32, 45, 48, 57, 48, 
	57, 10, 13, 48, 57, 110, 99, 111, 
	109, 105, 110, 103, 32, 34, 102, 117, 
	108, 108, 34, 10, 13, 32, 44, 32, 
	45, 48, 57, 48, 57, 32, 44, 48, 
	57, 32, 44, 32, 45, 48, 57, 48, 
	57, 32, 44, 48, 57, 32, 44, 32, 
	34, 0, 10, 13, 34, 92, 32, 44, 
	32, 45, 48, 57, 48, 57, 10, 13, 
	48, 57, 0, 10, 13, 100, 112, 100, 
	101, 97, 99, 116, 34, 32, 44, 32, 
	45, 48, 57, 48, 57, 10, 13, 48, 
	57, 101, 99, 118, 34, 32, 44, 32, 
	45, 48, 57, 48, 57, 10, 13, 32, 
	44, 48, 57, 32, 44, 32, 45, 48, 
	57, 48, 57, 10, 13, 32, 44, 48, 
	57, 32, 44, 32, 34, 0, 10, 13, 
	34, 92, 32, 44, 32, 45, 48, 57, 
	48, 57, 10, 13, 48, 57, 0, 10, 
	13, 84, 80, 84, 58, 84, 0, 10, 
	13, 32, 34, 40, 41, 44, 45, 48, 
	57, 0, 10, 13, 44, 0, 10, 13, 
	32, 34, 40, 41, 44, 0, 10, 13, 
	44, 0, 10, 13, 32, 34, 40, 41, 
	44, 0, 10, 13, 44, 0, 10, 13, 
	32, 34, 40, 41, 44, 0, 10, 13, 
	32, 44, 0, 10, 13, 32, 44, 0, 
	10, 13, 34, 92, 10, 13, 0, 10, 
	13, 0, 10, 13, 34, 40, 41, 0, 
	10, 13, 34, 92, 0, 10, 13, 0, 
	10, 13, 34, 92, 32, 44, 0, 10, 
	13, 0, 10, 13, 34, 40, 41, 0, 
	10, 13, 34, 92, 0, 10, 13, 0, 
	10, 13, 34, 92, 32, 44, 0, 10, 
	13, 0, 10, 13, 34, 40, 41, 0, 
	10, 13, 34, 92, 0, 10, 13, 0, 
	10, 13, 34, 92, 32, 44, 0, 10, 
	13, 32, 34, 40, 41, 44, 45, 48, 
	57, 0, 10, 13, 44, 48, 57, 0, 
	10, 13, 44, 48, 57, 0, 10, 13, 
	0, 10, 13, 34, 40, 41, 0, 10, 
	13, 34, 92, 0, 10, 13, 32, 44, 
	0, 10, 13, 44, 48, 57, 0, 10, 
	13, 32, 44, 48, 57, 0, 10, 13, 
	32, 44, 0, 10, 13, 32, 34, 40, 
	41, 44, 0, 10, 13, 34, 92, 10, 
	13, 32, 44, 0, 10, 13, 58, 80, 
	73, 78, 71, 58, 0, 10, 13, 32, 
	34, 40, 41, 44, 45, 48, 57, 0, 
	10, 13, 44, 0, 10, 13, 32, 34, 
	40, 41, 44, 0, 10, 13, 44, 0, 
	10, 13, 32, 34, 40, 41, 44, 0, 
	10, 13, 44, 0, 10, 13, 32, 34, 
	40, 41, 44, 0, 10, 13, 32, 44, 
	0, 10, 13, 32, 44, 0, 10, 13, 
	34, 92, 10, 13, 0, 10, 13, 0, 
	10, 13, 34, 40, 41, 0, 10, 13, 
	34, 92, 0, 10, 13, 0, 10, 13, 
	34, 92, 32, 44, 0, 10, 13, 0, 
	10, 13, 34, 40, 41, 0, 10, 13, 
	34, 92, 0, 10, 13, 0, 10, 13, 
	34, 92, 32, 44, 0, 10, 13, 0, 
	10, 13, 34, 40, 41, 0, 10, 13, 
	34, 92, 0, 10, 13, 0, 10, 13, 
	34, 92, 32, 44, 0, 10, 13, 0, 
	10, 13, 34, 40, 41, 0, 10, 13, 
	34, 92, 0, 10, 13, 0, 10, 13, 
	44, 48, 57, 0, 10, 13, 32, 44, 
	48, 57, 0, 10, 13, 32, 44, 0, 
	10, 13, 32, 34, 40, 41, 44, 45, 
	48, 57, 0, 10, 13, 34, 46, 92, 
	48, 57, 0, 10, 13, 34, 46, 92, 
	48, 57, 32, 44, 0, 10, 13, 32, 
	34, 40, 41, 44, 45, 48, 57, 0, 
	10, 13, 44, 48, 57, 0, 10, 13, 
	32, 44, 48, 57, 0, 10, 13, 32, 
	44, 0, 10, 13, 32, 34, 40, 41, 
	44, 45, 48, 57, 0, 10, 13, 32, 
	44, 48, 57, 0, 10, 13, 32, 44, 
	48, 57, 0, 10, 13, 32, 44, 32, 
	45, 48, 57, 48, 57, 10, 13, 48, 
	57, 0, 10, 13, 44, 48, 57, 0, 
	10, 13, 32, 44, 48, 57, 0, 10, 
	13, 32, 44, 0, 10, 13, 32, 34, 
	40, 41, 44, 45, 48, 57, 0, 10, 
	13, 44, 48, 57, 0, 10, 13, 32, 
	44, 48, 57, 0, 10, 13, 32, 44, 
	0, 10, 13, 32, 34, 40, 41, 44, 
	45, 48, 57, 0, 10, 13, 32, 44, 
	48, 57, 0, 10, 13, 32, 44, 48, 
	57, 0, 10, 13, 32, 44, 32, 45, 
	48, 57, 48, 57, 32, 44, 48, 57, 
	32, 44, 32, 45, 48, 57, 48, 57, 
	32, 44, 48, 57, 32, 44, 32, 45, 
	48, 57, 48, 57, 10, 13, 48, 57, 
	10, 13, 84, 116, 43, 81, 113, 73, 
	78, 80, 105, 110, 112, 65, 67, 68, 
	71, 79, 82, 83, 97, 99, 100, 103, 
	111, 114, 115, 67, 99, 84, 116, 61, 
	63, 69, 101, 45, 63, 48, 57, 48, 
	57, 10, 13, 48, 57, 10, 13, 10, 
	13, 88, 120, 61, 63, 45, 63, 48, 
	57, 48, 57, 10, 13, 32, 44, 48, 
	57, 32, 44, 32, 45, 48, 57, 48, 
	57, 10, 13, 48, 57, 10, 13, 10, 
	13, 70, 76, 83, 102, 108, 115, 71, 
	103, 61, 34, 63, 99, 100, 102, 112, 
	113, 114, 115, 116, 117, 118, 108, 111, 
	115, 101, 47, 109, 111, 100, 101, 34, 
	10, 13, 32, 44, 32, 44, 32, 45, 
	48, 57, 48, 57, 10, 13, 48, 57, 
	97, 110, 116, 97, 102, 111, 114, 109, 
	97, 116, 34, 10, 13, 32, 44, 32, 
	44, 32, 45, 48, 57, 48, 57, 32, 
	44, 48, 57, 32, 44, 32, 45, 48, 
	57, 48, 57, 10, 13, 48, 57, 115, 
	47, 99, 114, 97, 99, 104, 101, 34, 
	10, 13, 32, 44, 32, 44, 32, 45, 
	48, 57, 48, 57, 10, 13, 48, 57, 
	101, 116, 114, 121, 34, 10, 13, 32, 
	44, 32, 44, 32, 45, 48, 57, 48, 
	57, 32, 44, 48, 57, 32, 44, 32, 
	45, 48, 57, 48, 57, 10, 13, 48, 
	57, 111, 114, 109, 97, 116, 99, 102, 
	103, 34, 10, 13, 32, 44, 32, 44, 
	32, 45, 48, 57, 48, 57, 10, 13, 
	48, 57, 97, 115, 115, 105, 118, 101, 
	99, 108, 111, 115, 101, 100, 34, 10, 
	13, 32, 44, 32, 44, 32, 45, 48, 
	57, 48, 57, 10, 13, 48, 57, 105, 
	115, 101, 110, 100, 47, 116, 105, 109, 
	101, 111, 117, 116, 34, 10, 13, 32, 
	44, 32, 44, 32, 45, 48, 57, 48, 
	57, 10, 13, 48, 57, 101, 99, 118, 
	105, 110, 100, 34, 10, 13, 32, 44, 
	32, 44, 32, 45, 48, 57, 48, 57, 
	10, 13, 48, 57, 101, 110, 100, 47, 
	97, 117, 116, 111, 34, 10, 13, 32, 
	44, 32, 44, 32, 45, 48, 57, 48, 
	57, 10, 13, 32, 44, 48, 57, 32, 
	44, 32, 45, 48, 57, 48, 57, 10, 
	13, 32, 44, 48, 57, 32, 44, 32, 
	34, 0, 10, 13, 34, 92, 10, 13, 
	32, 44, 32, 44, 32, 45, 48, 57, 
	48, 57, 10, 13, 48, 57, 0, 10, 
	13, 99, 114, 112, 47, 97, 100, 107, 
	114, 116, 99, 99, 101, 112, 116, 34, 
	10, 13, 32, 44, 32, 44, 32, 45, 
	48, 57, 48, 57, 10, 13, 48, 57, 
	101, 108, 97, 121, 95, 97, 99, 107, 
	34, 10, 13, 32, 44, 32, 44, 32, 
	45, 48, 57, 48, 57, 10, 13, 48, 
	57, 101, 101, 112, 97, 108, 105, 118, 
	101, 34, 10, 13, 32, 44, 32, 44, 
	32, 45, 48, 57, 48, 57, 10, 13, 
	32, 44, 48, 57, 32, 44, 32, 45, 
	48, 57, 48, 57, 32, 44, 48, 57, 
	32, 44, 32, 45, 48, 57, 48, 57, 
	32, 44, 48, 57, 32, 44, 32, 45, 
	48, 57, 48, 57, 10, 13, 48, 57, 
	101, 116, 114, 97, 110, 115, 99, 102, 
	103, 34, 10, 13, 32, 44, 32, 44, 
	32, 45, 48, 57, 48, 57, 32, 44, 
	48, 57, 32, 44, 32, 45, 48, 57, 
	48, 57, 10, 13, 48, 57, 119, 114, 
	101, 99, 121, 99, 108, 101, 34, 10, 
	13, 32, 44, 32, 44, 32, 45, 48, 
	57, 48, 57, 10, 13, 48, 57, 97, 
	110, 115, 112, 119, 107, 116, 115, 105, 
	122, 101, 34, 10, 13, 32, 44, 32, 
	44, 32, 45, 48, 57, 48, 57, 10, 
	13, 48, 57, 97, 105, 116, 116, 109, 
	34, 10, 13, 32, 44, 32, 44, 32, 
	45, 48, 57, 48, 57, 10, 13, 48, 
	57, 100, 112, 47, 114, 115, 101, 97, 
	100, 109, 111, 100, 101, 34, 10, 13, 
	32, 44, 32, 44, 32, 45, 48, 57, 
	48, 57, 10, 13, 48, 57, 101, 110, 
	100, 109, 111, 100, 101, 34, 10, 13, 
	32, 44, 32, 44, 32, 45, 48, 57, 
	48, 57, 10, 13, 48, 57, 105, 101, 
	119, 109, 111, 100, 101, 34, 10, 13, 
	32, 44, 32, 44, 32, 45, 48, 57, 
	48, 57, 10, 13, 48, 57, 10, 13, 
	79, 111, 83, 115, 69, 101, 61, 45, 
	63, 48, 57, 48, 57, 10, 13, 32, 
	44, 48, 57, 32, 44, 32, 45, 48, 
	57, 48, 57, 10, 13, 48, 57, 10, 
	13, 71, 103, 80, 112, 61, 45, 63, 
	48, 57, 48, 57, 10, 13, 32, 44, 
	48, 57, 32, 44, 32, 45, 48, 57, 
	48, 57, 32, 44, 48, 57, 32, 44, 
	32, 34, 0, 10, 13, 34, 92, 10, 
	13, 32, 44, 32, 44, 32, 34, 45, 
	48, 57, 0, 10, 13, 34, 92, 32, 
	44, 32, 34, 0, 10, 13, 34, 92, 
	10, 13, 32, 44, 32, 44, 32, 45, 
	48, 57, 48, 57, 10, 13, 48, 57, 
	0, 10, 13, 0, 10, 13, 48, 57, 
	10, 13, 48, 57, 0, 10, 13, 10, 
	13, 69, 78, 101, 110, 65, 97, 67, 
	99, 84, 116, 61, 69, 101, 45, 63, 
	48, 57, 48, 57, 10, 13, 48, 57, 
	10, 13, 88, 120, 61, 45, 63, 48, 
	57, 48, 57, 10, 13, 48, 57, 10, 
	13, 83, 115, 67, 71, 99, 103, 70, 
	102, 71, 103, 61, 45, 63, 48, 57, 
	48, 57, 10, 13, 32, 44, 48, 57, 
	32, 44, 32, 34, 0, 10, 13, 34, 
	92, 10, 13, 32, 44, 32, 44, 32, 
	34, 0, 10, 13, 34, 92, 10, 13, 
	0, 10, 13, 0, 10, 13, 10, 13, 
	73, 105, 80, 112, 61, 45, 63, 48, 
	57, 48, 57, 32, 44, 48, 57, 32, 
	44, 32, 34, 0, 10, 13, 34, 92, 
	10, 13, 0, 10, 13, 10, 13, 69, 
	101, 84, 116, 69, 101, 82, 114, 82, 
	114, 79, 111, 82, 114, 10, 13, 61, 
	63, 10, 13, 80, 112, 69, 101, 78, 
	110, 61, 45, 63, 48, 57, 48, 57, 
	32, 44, 48, 57, 32, 44, 32, 45, 
	48, 57, 48, 57, 32, 44, 48, 57, 
	32, 44, 32, 34, 84, 85, 67, 80, 
	32, 34, 76, 73, 83, 84, 69, 78, 
	69, 82, 34, 32, 44, 32, 34, 0, 
	10, 13, 34, 92, 32, 44, 32, 45, 
	48, 57, 48, 57, 10, 13, 32, 44, 
	48, 57, 32, 44, 32, 45, 48, 57, 
	48, 57, 10, 13, 32, 44, 48, 57, 
	32, 44, 32, 45, 48, 57, 48, 57, 
	10, 13, 32, 44, 48, 57, 32, 44, 
	32, 45, 48, 57, 48, 57, 10, 13, 
	48, 57, 0, 10, 13, 68, 80, 32, 
	34, 83, 69, 82, 86, 73, 67, 69, 
	10, 13, 68, 100, 61, 45, 63, 48, 
	57, 48, 57, 10, 13, 32, 44, 48, 
	57, 32, 44, 32, 45, 48, 57, 48, 
	57, 10, 13, 48, 57, 10, 13, 68, 
	69, 84, 87, 100, 101, 116, 119, 69, 
	101, 61, 63, 45, 63, 48, 57, 48, 
	57, 10, 13, 48, 57, 10, 13, 10, 
	13, 78, 110, 68, 100, 61, 69, 101, 
	45, 63, 48, 57, 48, 57, 10, 13, 
	32, 44, 48, 57, 32, 44, 32, 45, 
	48, 57, 48, 57, 10, 13, 32, 44, 
	48, 57, 32, 44, 32, 34, 46, 48, 
	57, 34, 46, 48, 57, 32, 44, 32, 
	45, 48, 57, 48, 57, 10, 13, 48, 
	57, 10, 13, 88, 120, 61, 45, 63, 
	48, 57, 48, 57, 32, 44, 48, 57, 
	32, 44, 32, 34, 0, 10, 13, 34, 
	92, 10, 13, 0, 10, 13, 10, 13, 
	65, 97, 84, 116, 69, 101, 10, 13, 
	61, 63, 45, 63, 48, 57, 48, 57, 
	32, 44, 48, 57, 32, 44, 32, 45, 
	48, 57, 48, 57, 10, 13, 48, 57, 
	10, 13, 10, 13, 84, 116, 77, 109, 
	68, 100, 61, 45, 63, 48, 57, 48, 
	57, 32, 44, 48, 57, 32, 44, 32, 
	45, 48, 57, 48, 57, 10, 13, 48, 
	57, 10, 13, 84, 116, 80, 84, 112, 
	116, 61, 63, 84, 116, 45, 63, 48, 
	57, 48, 57, 32, 44, 48, 57, 32, 
	44, 32, 34, 0, 10, 13, 34, 92, 
	10, 13, 32, 44, 32, 44, 32, 45, 
	48, 57, 48, 57, 10, 13, 32, 44, 
	48, 57, 32, 44, 32, 45, 48, 57, 
	48, 57, 10, 13, 48, 57, 0, 10, 
	13, 10, 13, 10, 13, 61, 63, 80, 
	112, 73, 105, 78, 110, 71, 103, 61, 
	45, 63, 48, 57, 48, 57, 32, 44, 
	48, 57, 32, 44, 32, 34, 0, 10, 
	13, 34, 92, 10, 13, 32, 44, 32, 
	44, 32, 45, 48, 57, 48, 57, 10, 
	13, 32, 44, 48, 57, 32, 44, 32, 
	45, 48, 57, 48, 57, 10, 13, 48, 
	57, 0, 10, 13, 10, 13, 79, 78, 
	78, 69, 67, 84, 10, 13, 82, 82, 
	79, 82, 10, 13, 79, 32, 67, 65, 
	82, 82, 73, 69, 82, 10, 13, 75, 
	10, 13, 69, 78, 68, 32, 70, 79, 
	65, 73, 76, 10, 13, 75, 10, 13, 
	10, 13, 10, 13, 43, 62, 65, 67, 
	69, 78, 79, 83, 97, 0
};

static const char _atc_quectel_tcpip_single_lengths[] = {
	0, 2, 1, 1, 1, 1, 1, 1, 
	1, 1, 1, 2, 0, 2, 3, 8, 
	1, 1, 2, 9, 5, 5, 5, 2, 
	3, 6, 5, 3, 5, 5, 5, 2, 
	0, 2, 2, 2, 0, 4, 2, 2, 
	2, 3, 4, 2, 2, 2, 2, 2, 
	2, 2, 2, 1, 1, 9, 4, 8, 
	5, 5, 5, 2, 3, 6, 5, 3, 
	5, 2, 3, 6, 5, 3, 4, 5, 
	5, 9, 5, 5, 5, 2, 0, 4, 
	2, 2, 2, 3, 4, 2, 2, 2, 
	2, 2, 2, 2, 2, 3, 1, 1, 
	2, 10, 1, 1, 1, 1, 1, 1, 
	1, 1, 1, 1, 2, 9, 5, 5, 
	5, 2, 3, 6, 5, 3, 5, 5, 
	2, 1, 1, 1, 1, 1, 1, 1, 
	1, 1, 2, 9, 4, 8, 5, 5, 
	5, 2, 3, 6, 5, 3, 5, 2, 
	3, 6, 5, 3, 4, 5, 5, 9, 
	5, 5, 1, 1, 2, 1, 1, 1, 
	1, 1, 2, 9, 5, 5, 5, 2, 
	3, 6, 5, 3, 5, 5, 1, 1, 
	1, 1, 1, 2, 9, 4, 8, 5, 
	5, 5, 2, 3, 6, 5, 3, 5, 
	2, 3, 6, 5, 3, 4, 5, 5, 
	9, 5, 5, 1, 1, 1, 1, 1, 
	1, 1, 1, 1, 2, 9, 5, 5, 
	5, 2, 3, 6, 5, 3, 5, 5, 
	1, 1, 1, 1, 1, 1, 1, 1, 
	1, 1, 1, 1, 1, 2, 9, 5, 
	5, 5, 2, 3, 6, 5, 3, 5, 
	5, 1, 1, 1, 1, 1, 1, 1, 
	1, 1, 1, 1, 1, 1, 1, 2, 
	9, 5, 5, 5, 2, 3, 6, 5, 
	3, 5, 5, 1, 1, 1, 1, 1, 
	1, 1, 2, 9, 5, 5, 5, 2, 
	3, 6, 5, 3, 5, 5, 1, 1, 
	1, 1, 1, 1, 1, 1, 1, 2, 
	9, 4, 8, 4, 8, 4, 8, 5, 
	5, 5, 2, 3, 6, 5, 3, 5, 
	2, 3, 6, 5, 3, 5, 2, 3, 
	6, 5, 3, 5, 2, 3, 6, 5, 
	3, 4, 5, 5, 9, 4, 5, 5, 
	8, 5, 2, 9, 5, 5, 3, 2, 
	1, 1, 5, 1, 1, 1, 1, 1, 
	1, 2, 9, 5, 5, 5, 2, 3, 
	6, 5, 3, 5, 5, 1, 1, 1, 
	1, 1, 1, 1, 1, 1, 2, 9, 
	5, 5, 5, 2, 3, 6, 5, 3, 
	5, 5, 1, 1, 1, 1, 1, 1, 
	1, 1, 1, 2, 9, 4, 8, 4, 
	8, 4, 8, 5, 5, 5, 2, 3, 
	6, 5, 3, 5, 2, 3, 6, 5, 
	3, 5, 2, 3, 6, 5, 3, 5, 
	2, 3, 6, 5, 3, 4, 5, 5, 
	9, 4, 5, 5, 9, 4, 5, 5, 
	9, 5, 5, 1, 1, 1, 1, 1, 
	1, 1, 1, 1, 1, 2, 9, 4, 
	8, 5, 5, 5, 2, 3, 6, 5, 
	3, 5, 2, 3, 6, 5, 3, 4, 
	5, 5, 9, 5, 5, 1, 1, 1, 
	1, 1, 1, 1, 1, 1, 2, 9, 
	5, 5, 5, 2, 3, 6, 5, 3, 
	5, 5, 1, 1, 1, 2, 1, 1, 
	1, 1, 1, 1, 1, 2, 9, 5, 
	5, 5, 2, 3, 6, 5, 3, 5, 
	5, 1, 1, 1, 1, 1, 1, 2, 
	9, 5, 5, 5, 2, 3, 6, 5, 
	3, 5, 5, 1, 1, 1, 2, 1, 
	1, 1, 1, 1, 1, 1, 1, 2, 
	9, 5, 5, 5, 2, 3, 6, 5, 
	3, 5, 5, 1, 1, 1, 1, 1, 
	1, 1, 1, 2, 9, 5, 5, 5, 
	2, 3, 6, 5, 3, 5, 5, 1, 
	1, 1, 1, 1, 1, 1, 1, 2, 
	9, 5, 5, 5, 2, 3, 6, 5, 
	3, 5, 5, 1, 1, 1, 1, 8, 
	4, 8, 5, 5, 5, 2, 3, 6, 
	5, 3, 5, 2, 3, 6, 5, 3, 
	1, 1, 1, 9, 4, 8, 4, 8, 
	4, 8, 4, 8, 4, 8, 5, 5, 
	5, 2, 3, 6, 5, 3, 5, 2, 
	3, 6, 5, 3, 5, 2, 3, 6, 
	5, 3, 5, 2, 3, 6, 5, 3, 
	5, 2, 3, 6, 5, 3, 5, 2, 
	3, 6, 5, 3, 4, 5, 5, 8, 
	5, 2, 8, 5, 2, 8, 5, 2, 
	9, 4, 4, 3, 3, 3, 2, 1, 
	1, 1, 2, 8, 5, 5, 5, 2, 
	3, 6, 5, 3, 1, 1, 9, 5, 
	5, 5, 2, 3, 6, 5, 3, 5, 
	5, 5, 2, 0, 2, 1, 2, 1, 
	1, 1, 9, 4, 8, 4, 8, 5, 
	5, 5, 2, 3, 6, 5, 3, 5, 
	2, 3, 6, 5, 3, 5, 2, 3, 
	6, 5, 3, 4, 5, 5, 8, 7, 
	7, 2, 8, 6, 6, 4, 2, 2, 
	2, 2, 2, 2, 2, 2, 2, 6, 
	2, 8, 7, 6, 2, 7, 1, 1, 
	1, 8, 4, 8, 5, 5, 5, 2, 
	3, 6, 5, 3, 5, 2, 3, 6, 
	5, 3, 1, 1, 1, 1, 1, 1, 
	1, 1, 2, 0, 2, 2, 3, 1, 
	1, 1, 1, 9, 4, 8, 4, 8, 
	4, 8, 4, 8, 4, 8, 4, 8, 
	4, 8, 5, 5, 5, 2, 3, 6, 
	5, 3, 5, 2, 3, 6, 5, 3, 
	5, 2, 3, 6, 5, 3, 5, 2, 
	3, 6, 5, 3, 5, 2, 3, 6, 
	5, 3, 5, 2, 3, 6, 5, 3, 
	5, 2, 3, 6, 5, 3, 5, 2, 
	3, 6, 5, 3, 4, 5, 5, 9, 
	4, 4, 1, 1, 9, 4, 8, 5, 
	5, 5, 2, 3, 6, 5, 3, 5, 
	2, 3, 6, 5, 3, 4, 5, 5, 
	9, 5, 4, 2, 2, 0, 2, 3, 
	5, 5, 5, 2, 0, 2, 4, 1, 
	1, 9, 5, 5, 5, 2, 3, 6, 
	5, 3, 5, 5, 1, 1, 2, 9, 
	4, 8, 5, 5, 5, 2, 3, 6, 
	5, 3, 5, 2, 3, 6, 5, 3, 
	4, 5, 5, 9, 5, 5, 5, 2, 
	0, 2, 1, 1, 9, 4, 8, 5, 
	5, 5, 2, 3, 6, 5, 3, 5, 
	2, 3, 6, 5, 3, 4, 5, 5, 
	9, 5, 5, 5, 2, 0, 2, 1, 
	1, 1, 1, 2, 0, 2, 2, 2, 
	2, 1, 1, 2, 2, 1, 1, 1, 
	1, 1, 1, 1, 1, 2, 2, 5, 
	2, 2, 0, 2, 2, 2, 0, 2, 
	2, 2, 0, 2, 2, 2, 0, 2, 
	2, 2, 0, 2, 2, 2, 0, 2, 
	2, 2, 2, 1, 1, 1, 0, 1, 
	2, 2, 1, 1, 1, 1, 2, 1, 
	1, 1, 1, 1, 3, 1, 1, 1, 
	1, 1, 1, 1, 1, 1, 2, 2, 
	1, 1, 1, 1, 1, 1, 1, 1, 
	1, 1, 8, 4, 8, 5, 5, 5, 
	2, 3, 6, 5, 3, 5, 2, 3, 
	6, 5, 3, 1, 1, 1, 2, 5, 
	1, 1, 1, 1, 1, 1, 2, 2, 
	0, 2, 1, 1, 1, 1, 1, 1, 
	2, 3, 5, 2, 3, 0, 4, 2, 
	2, 0, 2, 2, 2, 0, 2, 1, 
	1, 1, 1, 1, 1, 1, 2, 1, 
	1, 1, 1, 1, 2, 2, 2, 0, 
	2, 2, 2, 0, 2, 2, 2, 5, 
	2, 2, 0, 2, 3, 1, 1, 1, 
	1, 1, 1, 1, 1, 2, 2, 0, 
	2, 1, 1, 1, 1, 2, 2, 0, 
	4, 2, 2, 0, 4, 2, 2, 5, 
	2, 2, 0, 2, 3, 1, 2, 2, 
	9, 4, 8, 4, 8, 4, 8, 5, 
	5, 5, 2, 3, 6, 5, 3, 5, 
	2, 3, 6, 5, 3, 5, 2, 3, 
	6, 5, 3, 5, 2, 9, 4, 4, 
	3, 6, 5, 3, 2, 4, 5, 5, 
	8, 5, 4, 3, 1, 1, 1, 1, 
	1, 1, 9, 4, 8, 4, 8, 4, 
	8, 5, 5, 5, 2, 3, 6, 5, 
	3, 5, 2, 3, 6, 5, 3, 5, 
	2, 3, 6, 5, 3, 5, 2, 3, 
	6, 5, 3, 4, 5, 5, 9, 6, 
	6, 2, 9, 4, 5, 5, 9, 5, 
	5, 5, 2, 0, 2, 4, 5, 5, 
	9, 4, 5, 5, 9, 5, 5, 5, 
	2, 0, 2, 2, 2, 0, 2, 2, 
	2, 0, 2, 2, 2, 1, 2, 6, 
	14, 2, 2, 4, 2, 0, 2, 2, 
	2, 2, 2, 2, 0, 4, 2, 2, 
	0, 2, 2, 2, 6, 2, 1, 2, 
	10, 1, 1, 1, 1, 1, 1, 1, 
	1, 1, 1, 4, 2, 2, 0, 2, 
	2, 1, 1, 1, 1, 1, 1, 1, 
	1, 1, 4, 2, 2, 0, 2, 2, 
	2, 0, 2, 1, 1, 2, 1, 1, 
	1, 1, 1, 4, 2, 2, 0, 2, 
	1, 1, 1, 1, 1, 4, 2, 2, 
	0, 2, 2, 2, 0, 2, 1, 1, 
	1, 1, 1, 1, 1, 1, 1, 4, 
	2, 2, 0, 2, 1, 1, 1, 1, 
	1, 1, 1, 1, 1, 1, 1, 1, 
	1, 4, 2, 2, 0, 2, 1, 1, 
	1, 1, 1, 1, 1, 1, 1, 1, 
	1, 1, 1, 1, 4, 2, 2, 0, 
	2, 1, 1, 1, 1, 1, 1, 1, 
	4, 2, 2, 0, 2, 1, 1, 1, 
	1, 1, 1, 1, 1, 1, 4, 2, 
	2, 0, 4, 2, 2, 0, 4, 2, 
	2, 5, 4, 2, 2, 0, 2, 3, 
	2, 1, 1, 5, 1, 1, 1, 1, 
	1, 1, 4, 2, 2, 0, 2, 1, 
	1, 1, 1, 1, 1, 1, 1, 1, 
	4, 2, 2, 0, 2, 1, 1, 1, 
	1, 1, 1, 1, 1, 1, 4, 2, 
	2, 0, 4, 2, 2, 0, 2, 2, 
	2, 0, 2, 2, 2, 0, 2, 1, 
	1, 1, 1, 1, 1, 1, 1, 1, 
	1, 4, 2, 2, 0, 2, 2, 2, 
	0, 2, 1, 1, 1, 1, 1, 1, 
	1, 1, 1, 4, 2, 2, 0, 2, 
	1, 1, 1, 2, 1, 1, 1, 1, 
	1, 1, 1, 4, 2, 2, 0, 2, 
	1, 1, 1, 1, 1, 1, 4, 2, 
	2, 0, 2, 1, 1, 1, 2, 1, 
	1, 1, 1, 1, 1, 1, 1, 4, 
	2, 2, 0, 2, 1, 1, 1, 1, 
	1, 1, 1, 1, 4, 2, 2, 0, 
	2, 1, 1, 1, 1, 1, 1, 1, 
	1, 4, 2, 2, 0, 2, 2, 2, 
	2, 2, 1, 2, 0, 4, 2, 2, 
	0, 2, 2, 2, 2, 1, 2, 0, 
	4, 2, 2, 0, 2, 2, 2, 5, 
	4, 2, 3, 5, 2, 2, 5, 4, 
	2, 2, 0, 2, 3, 3, 0, 2, 
	3, 2, 4, 2, 2, 2, 3, 2, 
	0, 2, 2, 2, 1, 2, 0, 2, 
	2, 2, 4, 2, 2, 1, 2, 0, 
	4, 2, 2, 5, 4, 2, 2, 5, 
	2, 3, 3, 2, 2, 2, 1, 2, 
	0, 2, 2, 2, 5, 2, 3, 2, 
	2, 2, 2, 2, 2, 2, 2, 3, 
	1, 2, 2, 2, 2, 1, 2, 0, 
	2, 2, 2, 0, 2, 2, 2, 2, 
	1, 1, 2, 1, 1, 1, 1, 1, 
	1, 1, 1, 1, 2, 2, 5, 2, 
	2, 0, 4, 2, 2, 0, 4, 2, 
	2, 0, 4, 2, 2, 0, 2, 3, 
	1, 1, 2, 1, 1, 1, 1, 1, 
	1, 1, 2, 2, 1, 2, 0, 4, 
	2, 2, 0, 2, 2, 8, 2, 2, 
	2, 0, 2, 2, 2, 2, 2, 3, 
	2, 0, 4, 2, 2, 0, 4, 2, 
	2, 1, 2, 2, 2, 0, 2, 2, 
	2, 1, 2, 0, 2, 2, 2, 5, 
	2, 3, 2, 2, 2, 2, 4, 2, 
	0, 2, 2, 2, 0, 2, 2, 2, 
	2, 2, 2, 1, 2, 0, 2, 2, 
	2, 0, 2, 2, 2, 4, 4, 2, 
	0, 2, 2, 2, 5, 4, 2, 2, 
	0, 4, 2, 2, 0, 2, 3, 2, 
	2, 2, 2, 2, 2, 2, 1, 2, 
	0, 2, 2, 2, 5, 4, 2, 2, 
	0, 4, 2, 2, 0, 2, 3, 2, 
	1, 1, 1, 1, 1, 1, 2, 1, 
	1, 1, 1, 2, 1, 1, 1, 1, 
	1, 1, 1, 1, 1, 2, 1, 2, 
	1, 1, 1, 1, 2, 1, 1, 1, 
	2, 1, 2, 2, 11, 0
};

static const char _atc_quectel_tcpip_range_lengths[] = {
	0, 0, 0, 0, 0, 0, 0, 0, 
	0, 0, 0, 1, 1, 1, 0, 0, 
	0, 0, 0, 1, 0, 0, 0, 0, 
	0, 0, 0, 0, 1, 1, 0, 1, 
	1, 1, 0, 1, 1, 1, 0, 0, 
	3, 3, 0, 0, 0, 3, 3, 0, 
	3, 0, 3, 0, 0, 1, 0, 0, 
	0, 0, 0, 0, 0, 0, 0, 0, 
	0, 0, 0, 0, 0, 0, 1, 1, 
	0, 1, 1, 1, 0, 1, 1, 1, 
	0, 0, 3, 3, 0, 0, 0, 3, 
	3, 0, 3, 0, 3, 0, 0, 0, 
	0, 0, 0, 0, 0, 0, 0, 0, 
	0, 0, 0, 0, 0, 1, 0, 0, 
	0, 0, 0, 0, 0, 0, 1, 1, 
	0, 0, 0, 0, 0, 0, 0, 0, 
	0, 0, 0, 1, 0, 0, 0, 0, 
	0, 0, 0, 0, 0, 0, 0, 0, 
	0, 0, 0, 0, 1, 1, 0, 1, 
	1, 1, 0, 0, 0, 0, 0, 0, 
	0, 0, 0, 1, 0, 0, 0, 0, 
	0, 0, 0, 0, 1, 1, 0, 0, 
	0, 0, 0, 0, 1, 0, 0, 0, 
	0, 0, 0, 0, 0, 0, 0, 0, 
	0, 0, 0, 0, 0, 1, 1, 0, 
	1, 1, 1, 0, 0, 0, 0, 0, 
	0, 0, 0, 0, 0, 1, 0, 0, 
	0, 0, 0, 0, 0, 0, 1, 1, 
	0, 0, 0, 0, 0, 0, 0, 0, 
	0, 0, 0, 0, 0, 0, 1, 0, 
	0, 0, 0, 0, 0, 0, 0, 1, 
	1, 0, 0, 0, 0, 0, 0, 0, 
	0, 0, 0, 0, 0, 0, 0, 0, 
	1, 0, 0, 0, 0, 0, 0, 0, 
	0, 1, 1, 0, 0, 0, 0, 0, 
	0, 0, 0, 1, 0, 0, 0, 0, 
	0, 0, 0, 0, 1, 1, 0, 0, 
	0, 0, 0, 0, 0, 0, 0, 0, 
	1, 0, 0, 0, 0, 0, 0, 0, 
	0, 0, 0, 0, 0, 0, 0, 0, 
	0, 0, 0, 0, 0, 0, 0, 0, 
	0, 0, 0, 0, 0, 0, 0, 0, 
	0, 1, 1, 0, 1, 1, 1, 0, 
	0, 0, 0, 1, 1, 1, 0, 0, 
	0, 0, 0, 0, 0, 0, 0, 0, 
	0, 0, 1, 0, 0, 0, 0, 0, 
	0, 0, 0, 1, 1, 0, 0, 0, 
	0, 0, 0, 0, 0, 0, 0, 1, 
	0, 0, 0, 0, 0, 0, 0, 0, 
	1, 1, 0, 0, 0, 0, 0, 0, 
	0, 0, 0, 0, 1, 0, 0, 0, 
	0, 0, 0, 0, 0, 0, 0, 0, 
	0, 0, 0, 0, 0, 0, 0, 0, 
	0, 0, 0, 0, 0, 0, 0, 0, 
	0, 0, 0, 0, 0, 1, 1, 0, 
	1, 1, 1, 0, 1, 1, 1, 0, 
	1, 1, 1, 0, 0, 0, 0, 0, 
	0, 0, 0, 0, 0, 0, 1, 0, 
	0, 0, 0, 0, 0, 0, 0, 0, 
	0, 0, 0, 0, 0, 0, 0, 1, 
	1, 0, 1, 1, 1, 0, 0, 0, 
	0, 0, 0, 0, 0, 0, 0, 1, 
	0, 0, 0, 0, 0, 0, 0, 0, 
	1, 1, 0, 0, 0, 0, 0, 0, 
	0, 0, 0, 0, 0, 0, 1, 0, 
	0, 0, 0, 0, 0, 0, 0, 1, 
	1, 0, 0, 0, 0, 0, 0, 0, 
	1, 0, 0, 0, 0, 0, 0, 0, 
	0, 1, 1, 0, 0, 0, 0, 0, 
	0, 0, 0, 0, 0, 0, 0, 0, 
	1, 0, 0, 0, 0, 0, 0, 0, 
	0, 1, 1, 0, 0, 0, 0, 0, 
	0, 0, 0, 0, 1, 0, 0, 0, 
	0, 0, 0, 0, 0, 1, 1, 0, 
	0, 0, 0, 0, 0, 0, 0, 0, 
	1, 0, 0, 0, 0, 0, 0, 0, 
	0, 1, 1, 0, 0, 0, 0, 0, 
	0, 0, 0, 0, 0, 0, 0, 0, 
	0, 0, 0, 0, 0, 0, 0, 0, 
	0, 0, 0, 1, 0, 0, 0, 0, 
	0, 0, 0, 0, 0, 0, 0, 0, 
	0, 0, 0, 0, 0, 0, 0, 0, 
	0, 0, 0, 0, 0, 0, 0, 0, 
	0, 0, 0, 0, 0, 0, 0, 0, 
	0, 0, 0, 0, 0, 0, 0, 0, 
	0, 0, 0, 0, 1, 1, 0, 0, 
	0, 0, 0, 0, 0, 0, 0, 0, 
	1, 1, 1, 0, 0, 0, 0, 0, 
	0, 0, 0, 0, 0, 0, 0, 0, 
	0, 0, 0, 0, 0, 0, 1, 0, 
	0, 0, 0, 0, 0, 0, 0, 1, 
	1, 0, 1, 1, 1, 0, 0, 0, 
	0, 0, 1, 0, 0, 0, 0, 0, 
	0, 0, 0, 0, 0, 0, 0, 0, 
	0, 0, 0, 0, 0, 0, 0, 0, 
	0, 0, 0, 1, 1, 0, 0, 3, 
	3, 0, 0, 1, 1, 0, 0, 0, 
	3, 3, 0, 0, 3, 3, 0, 3, 
	0, 0, 3, 3, 0, 3, 0, 0, 
	0, 0, 0, 0, 0, 0, 0, 0, 
	0, 0, 0, 0, 0, 0, 0, 0, 
	0, 0, 0, 0, 0, 0, 0, 0, 
	0, 0, 1, 1, 1, 0, 0, 0, 
	0, 0, 0, 1, 0, 0, 0, 0, 
	0, 0, 0, 0, 0, 0, 0, 0, 
	0, 0, 0, 0, 0, 0, 0, 0, 
	0, 0, 0, 0, 0, 0, 0, 0, 
	0, 0, 0, 0, 0, 0, 0, 0, 
	0, 0, 0, 0, 0, 0, 0, 0, 
	0, 0, 0, 0, 0, 0, 0, 0, 
	0, 0, 0, 0, 0, 0, 0, 0, 
	0, 0, 0, 0, 1, 1, 0, 1, 
	1, 1, 0, 0, 1, 0, 0, 0, 
	0, 0, 0, 0, 0, 0, 0, 0, 
	0, 0, 0, 0, 0, 1, 1, 0, 
	1, 0, 0, 0, 1, 1, 1, 0, 
	1, 1, 0, 1, 1, 1, 0, 0, 
	0, 1, 0, 0, 0, 0, 0, 0, 
	0, 0, 1, 1, 0, 0, 0, 1, 
	0, 0, 0, 0, 0, 0, 0, 0, 
	0, 0, 0, 0, 0, 0, 0, 0, 
	1, 1, 0, 1, 1, 1, 0, 1, 
	1, 1, 0, 0, 1, 0, 0, 0, 
	0, 0, 0, 0, 0, 0, 0, 0, 
	0, 0, 0, 0, 0, 1, 1, 0, 
	1, 1, 1, 0, 1, 1, 1, 0, 
	0, 0, 0, 1, 1, 1, 0, 0, 
	0, 0, 0, 0, 0, 0, 0, 0, 
	0, 0, 0, 0, 0, 0, 0, 0, 
	0, 1, 1, 1, 0, 1, 1, 1, 
	0, 1, 1, 1, 0, 1, 1, 1, 
	0, 1, 1, 1, 0, 1, 1, 1, 
	0, 0, 0, 0, 0, 0, 1, 0, 
	0, 0, 0, 0, 0, 0, 0, 0, 
	0, 0, 0, 0, 0, 0, 0, 0, 
	0, 0, 0, 0, 0, 0, 0, 0, 
	0, 0, 0, 0, 0, 0, 0, 0, 
	0, 0, 0, 0, 0, 0, 0, 0, 
	0, 0, 0, 0, 0, 0, 0, 0, 
	0, 0, 0, 0, 0, 0, 0, 0, 
	0, 0, 0, 0, 0, 0, 0, 1, 
	1, 1, 0, 0, 0, 0, 0, 0, 
	0, 1, 0, 0, 0, 1, 1, 0, 
	1, 1, 1, 0, 1, 1, 1, 0, 
	0, 0, 0, 0, 0, 0, 0, 0, 
	0, 0, 0, 0, 0, 0, 1, 1, 
	1, 0, 1, 1, 1, 0, 0, 0, 
	0, 1, 1, 1, 0, 0, 0, 0, 
	0, 0, 0, 0, 0, 0, 1, 1, 
	1, 0, 0, 0, 0, 0, 1, 1, 
	1, 0, 1, 1, 1, 0, 0, 0, 
	0, 1, 1, 1, 0, 0, 0, 0, 
	1, 0, 0, 0, 0, 0, 0, 0, 
	0, 0, 0, 0, 0, 0, 0, 0, 
	0, 0, 0, 0, 0, 0, 0, 0, 
	0, 0, 0, 0, 0, 1, 1, 1, 
	0, 0, 0, 0, 0, 1, 1, 0, 
	0, 0, 0, 0, 0, 0, 0, 0, 
	0, 0, 1, 0, 0, 0, 0, 0, 
	0, 0, 0, 0, 0, 0, 0, 0, 
	0, 0, 0, 0, 0, 0, 0, 0, 
	0, 0, 0, 0, 0, 0, 0, 0, 
	0, 0, 0, 1, 1, 0, 1, 1, 
	1, 0, 1, 1, 1, 0, 1, 1, 
	1, 0, 1, 1, 1, 1, 1, 0, 
	1, 1, 1, 0, 1, 1, 1, 0, 
	1, 1, 1, 0, 1, 1, 1, 0, 
	1, 1, 1, 0, 0, 0, 0, 0, 
	0, 0, 0, 0, 1, 1, 1, 0, 
	0, 0, 0, 1, 1, 1, 0, 1, 
	1, 1, 0, 0, 0, 0, 0, 0, 
	0, 0, 0, 0, 0, 0, 0, 0, 
	0, 0, 0, 0, 0, 1, 1, 1, 
	0, 0, 0, 0, 0, 0, 0, 0, 
	0, 0, 0, 0, 1, 1, 1, 0, 
	1, 1, 1, 0, 0, 0, 0, 0, 
	0, 0, 0, 0, 0, 1, 1, 1, 
	0, 0, 0, 0, 0, 0, 0, 1, 
	1, 1, 0, 1, 1, 1, 0, 0, 
	0, 0, 0, 0, 0, 0, 0, 0, 
	0, 1, 1, 1, 0, 0, 0, 0, 
	0, 0, 0, 0, 0, 0, 0, 0, 
	0, 0, 0, 1, 1, 1, 0, 0, 
	0, 0, 0, 0, 0, 0, 0, 0, 
	0, 0, 0, 0, 0, 0, 1, 1, 
	1, 0, 0, 0, 0, 0, 0, 0, 
	0, 0, 1, 1, 1, 0, 0, 0, 
	0, 0, 0, 0, 0, 0, 0, 0, 
	1, 1, 1, 0, 1, 1, 1, 0, 
	0, 0, 0, 0, 1, 1, 1, 0, 
	0, 0, 0, 0, 0, 0, 0, 0, 
	0, 0, 0, 0, 1, 1, 1, 0, 
	0, 0, 0, 0, 0, 0, 0, 0, 
	0, 0, 1, 1, 1, 0, 0, 0, 
	0, 0, 0, 0, 0, 0, 0, 0, 
	1, 1, 1, 0, 1, 1, 1, 0, 
	1, 1, 1, 0, 1, 1, 1, 0, 
	0, 0, 0, 0, 0, 0, 0, 0, 
	0, 0, 0, 1, 1, 1, 0, 1, 
	1, 1, 0, 0, 0, 0, 0, 0, 
	0, 0, 0, 0, 0, 1, 1, 1, 
	0, 0, 0, 0, 0, 0, 0, 0, 
	0, 0, 0, 0, 0, 1, 1, 1, 
	0, 0, 0, 0, 0, 0, 0, 0, 
	1, 1, 1, 0, 0, 0, 0, 0, 
	0, 0, 0, 0, 0, 0, 0, 0, 
	0, 1, 1, 1, 0, 0, 0, 0, 
	0, 0, 0, 0, 0, 0, 1, 1, 
	1, 0, 0, 0, 0, 0, 0, 0, 
	0, 0, 0, 1, 1, 1, 0, 0, 
	0, 0, 0, 1, 1, 1, 0, 1, 
	1, 1, 0, 0, 0, 0, 1, 1, 
	1, 0, 1, 1, 1, 0, 0, 0, 
	0, 0, 1, 0, 0, 0, 0, 0, 
	0, 1, 1, 1, 0, 0, 1, 1, 
	0, 0, 0, 0, 0, 0, 0, 1, 
	1, 1, 0, 0, 0, 1, 1, 1, 
	0, 0, 0, 0, 0, 0, 1, 1, 
	1, 0, 0, 0, 0, 0, 0, 0, 
	0, 0, 0, 0, 0, 0, 0, 1, 
	1, 1, 0, 0, 0, 0, 0, 0, 
	0, 0, 0, 0, 0, 0, 0, 0, 
	0, 0, 0, 0, 0, 0, 1, 1, 
	1, 0, 1, 1, 1, 0, 0, 0, 
	0, 0, 0, 0, 0, 0, 0, 0, 
	0, 0, 0, 0, 0, 0, 0, 0, 
	1, 1, 1, 0, 1, 1, 1, 0, 
	1, 1, 1, 0, 1, 1, 1, 0, 
	0, 0, 0, 0, 0, 0, 0, 0, 
	0, 0, 0, 0, 0, 1, 1, 1, 
	0, 1, 1, 1, 0, 0, 0, 0, 
	1, 1, 1, 0, 0, 0, 0, 0, 
	1, 1, 1, 0, 1, 1, 1, 0, 
	0, 1, 1, 0, 1, 1, 1, 0, 
	0, 0, 1, 1, 1, 0, 0, 0, 
	0, 0, 0, 0, 0, 0, 0, 1, 
	1, 1, 0, 1, 1, 1, 0, 0, 
	0, 0, 0, 0, 1, 1, 1, 0, 
	1, 1, 1, 0, 0, 0, 0, 1, 
	1, 1, 0, 0, 0, 0, 0, 1, 
	1, 1, 0, 1, 1, 1, 0, 0, 
	0, 0, 0, 0, 0, 0, 0, 1, 
	1, 1, 0, 0, 0, 0, 0, 1, 
	1, 1, 0, 1, 1, 1, 0, 0, 
	0, 0, 0, 0, 0, 0, 0, 0, 
	0, 0, 0, 0, 0, 0, 0, 0, 
	0, 0, 0, 0, 0, 0, 0, 0, 
	0, 0, 0, 0, 0, 0, 0, 0, 
	0, 0, 0, 0, 0, 0
};

static const short _atc_quectel_tcpip_index_offsets[] = {
	0, 0, 3, 5, 7, 9, 11, 13, 
	15, 17, 19, 21, 25, 27, 31, 35, 
	44, 46, 48, 51, 62, 68, 74, 80, 
	83, 87, 94, 100, 104, 111, 118, 124, 
	128, 130, 134, 137, 141, 143, 149, 152, 
	155, 161, 168, 173, 176, 179, 185, 191, 
	194, 200, 203, 209, 211, 213, 224, 229, 
	238, 244, 250, 256, 259, 263, 270, 276, 
	280, 286, 289, 293, 300, 306, 310, 316, 
	323, 329, 340, 347, 354, 360, 364, 366, 
	372, 375, 378, 384, 391, 396, 399, 402, 
	408, 414, 417, 423, 426, 432, 436, 438, 
	440, 443, 454, 456, 458, 460, 462, 464, 
	466, 468, 470, 472, 474, 477, 488, 494, 
	500, 506, 509, 513, 520, 526, 530, 537, 
	544, 547, 549, 551, 553, 555, 557, 559, 
	561, 563, 565, 568, 579, 584, 593, 599, 
	605, 611, 614, 618, 625, 631, 635, 641, 
	644, 648, 655, 661, 665, 671, 678, 684, 
	695, 702, 709, 711, 713, 716, 718, 720, 
	722, 724, 726, 729, 740, 746, 752, 758, 
	761, 765, 772, 778, 782, 789, 796, 798, 
	800, 802, 804, 806, 809, 820, 825, 834, 
	840, 846, 852, 855, 859, 866, 872, 876, 
	882, 885, 889, 896, 902, 906, 912, 919, 
	925, 936, 943, 950, 952, 954, 956, 958, 
	960, 962, 964, 966, 968, 971, 982, 988, 
	994, 1000, 1003, 1007, 1014, 1020, 1024, 1031, 
	1038, 1040, 1042, 1044, 1046, 1048, 1050, 1052, 
	1054, 1056, 1058, 1060, 1062, 1064, 1067, 1078, 
	1084, 1090, 1096, 1099, 1103, 1110, 1116, 1120, 
	1127, 1134, 1136, 1138, 1140, 1142, 1144, 1146, 
	1148, 1150, 1152, 1154, 1156, 1158, 1160, 1162, 
	1165, 1176, 1182, 1188, 1194, 1197, 1201, 1208, 
	1214, 1218, 1225, 1232, 1234, 1236, 1238, 1240, 
	1242, 1244, 1246, 1249, 1260, 1266, 1272, 1278, 
	1281, 1285, 1292, 1298, 1302, 1309, 1316, 1318, 
	1320, 1322, 1324, 1326, 1328, 1330, 1332, 1334, 
	1337, 1348, 1353, 1362, 1367, 1376, 1381, 1390, 
	1396, 1402, 1408, 1411, 1415, 1422, 1428, 1432, 
	1438, 1441, 1445, 1452, 1458, 1462, 1468, 1471, 
	1475, 1482, 1488, 1492, 1498, 1501, 1505, 1512, 
	1518, 1522, 1528, 1535, 1541, 1552, 1558, 1565, 
	1571, 1580, 1586, 1589, 1600, 1607, 1614, 1618, 
	1621, 1623, 1625, 1631, 1633, 1635, 1637, 1639, 
	1641, 1643, 1646, 1657, 1663, 1669, 1675, 1678, 
	1682, 1689, 1695, 1699, 1706, 1713, 1715, 1717, 
	1719, 1721, 1723, 1725, 1727, 1729, 1731, 1734, 
	1745, 1751, 1757, 1763, 1766, 1770, 1777, 1783, 
	1787, 1794, 1801, 1803, 1805, 1807, 1809, 1811, 
	1813, 1815, 1817, 1819, 1822, 1833, 1838, 1847, 
	1852, 1861, 1866, 1875, 1881, 1887, 1893, 1896, 
	1900, 1907, 1913, 1917, 1923, 1926, 1930, 1937, 
	1943, 1947, 1953, 1956, 1960, 1967, 1973, 1977, 
	1983, 1986, 1990, 1997, 2003, 2007, 2013, 2020, 
	2026, 2037, 2043, 2050, 2056, 2067, 2073, 2080, 
	2086, 2097, 2104, 2111, 2113, 2115, 2117, 2119, 
	2121, 2123, 2125, 2127, 2129, 2131, 2134, 2145, 
	2150, 2159, 2165, 2171, 2177, 2180, 2184, 2191, 
	2197, 2201, 2207, 2210, 2214, 2221, 2227, 2231, 
	2237, 2244, 2250, 2261, 2268, 2275, 2277, 2279, 
	2281, 2283, 2285, 2287, 2289, 2291, 2293, 2296, 
	2307, 2313, 2319, 2325, 2328, 2332, 2339, 2345, 
	2349, 2356, 2363, 2365, 2367, 2369, 2372, 2374, 
	2376, 2378, 2380, 2382, 2384, 2386, 2389, 2400, 
	2406, 2412, 2418, 2421, 2425, 2432, 2438, 2442, 
	2449, 2456, 2458, 2460, 2462, 2464, 2466, 2468, 
	2471, 2482, 2488, 2494, 2500, 2503, 2507, 2514, 
	2520, 2524, 2531, 2538, 2540, 2542, 2544, 2547, 
	2549, 2551, 2553, 2555, 2557, 2559, 2561, 2563, 
	2566, 2577, 2583, 2589, 2595, 2598, 2602, 2609, 
	2615, 2619, 2626, 2633, 2635, 2637, 2639, 2641, 
	2643, 2645, 2647, 2649, 2652, 2663, 2669, 2675, 
	2681, 2684, 2688, 2695, 2701, 2705, 2712, 2719, 
	2721, 2723, 2725, 2727, 2729, 2731, 2733, 2735, 
	2738, 2749, 2755, 2761, 2767, 2770, 2774, 2781, 
	2787, 2791, 2798, 2805, 2807, 2809, 2811, 2813, 
	2822, 2827, 2836, 2842, 2848, 2854, 2857, 2861, 
	2868, 2874, 2878, 2884, 2887, 2891, 2898, 2904, 
	2908, 2910, 2912, 2914, 2925, 2930, 2939, 2944, 
	2953, 2958, 2967, 2972, 2981, 2986, 2995, 3001, 
	3007, 3013, 3016, 3020, 3027, 3033, 3037, 3043, 
	3046, 3050, 3057, 3063, 3067, 3073, 3076, 3080, 
	3087, 3093, 3097, 3103, 3106, 3110, 3117, 3123, 
	3127, 3133, 3136, 3140, 3147, 3153, 3157, 3163, 
	3166, 3170, 3177, 3183, 3187, 3193, 3200, 3206, 
	3215, 3221, 3224, 3233, 3239, 3242, 3251, 3257, 
	3260, 3271, 3277, 3283, 3287, 3291, 3295, 3298, 
	3300, 3302, 3304, 3307, 3316, 3322, 3328, 3334, 
	3337, 3341, 3348, 3354, 3358, 3360, 3362, 3373, 
	3379, 3385, 3391, 3394, 3398, 3405, 3411, 3415, 
	3422, 3429, 3435, 3439, 3441, 3445, 3447, 3450, 
	3452, 3454, 3456, 3467, 3472, 3481, 3486, 3495, 
	3501, 3507, 3513, 3516, 3520, 3527, 3533, 3537, 
	3543, 3546, 3550, 3557, 3563, 3567, 3573, 3576, 
	3580, 3587, 3593, 3597, 3603, 3610, 3616, 3625, 
	3636, 3647, 3650, 3659, 3667, 3675, 3680, 3683, 
	3686, 3692, 3698, 3701, 3704, 3710, 3716, 3719, 
	3729, 3732, 3741, 3752, 3762, 3765, 3776, 3778, 
	3780, 3782, 3791, 3796, 3805, 3811, 3817, 3823, 
	3826, 3830, 3837, 3843, 3847, 3853, 3856, 3860, 
	3867, 3873, 3877, 3879, 3881, 3883, 3885, 3887, 
	3889, 3891, 3893, 3897, 3899, 3903, 3906, 3910, 
	3912, 3914, 3916, 3918, 3929, 3934, 3943, 3948, 
	3957, 3962, 3971, 3976, 3985, 3990, 3999, 4004, 
	4013, 4018, 4027, 4033, 4039, 4045, 4048, 4052, 
	4059, 4065, 4069, 4075, 4078, 4082, 4089, 4095, 
	4099, 4105, 4108, 4112, 4119, 4125, 4129, 4135, 
	4138, 4142, 4149, 4155, 4159, 4165, 4168, 4172, 
	4179, 4185, 4189, 4195, 4198, 4202, 4209, 4215, 
	4219, 4225, 4228, 4232, 4239, 4245, 4249, 4255, 
	4258, 4262, 4269, 4275, 4279, 4285, 4292, 4298, 
	4309, 4315, 4321, 4323, 4325, 4336, 4341, 4350, 
	4356, 4362, 4368, 4371, 4375, 4382, 4388, 4392, 
	4398, 4401, 4405, 4412, 4418, 4422, 4428, 4435, 
	4441, 4452, 4458, 4463, 4466, 4470, 4472, 4476, 
	4480, 4487, 4494, 4500, 4504, 4506, 4510, 4515, 
	4517, 4519, 4530, 4536, 4542, 4548, 4551, 4555, 
	4562, 4568, 4572, 4579, 4586, 4588, 4590, 4593, 
	4604, 4609, 4618, 4624, 4630, 4636, 4639, 4643, 
	4650, 4656, 4660, 4666, 4669, 4673, 4680, 4686, 
	4690, 4696, 4703, 4709, 4720, 4727, 4734, 4740, 
	4744, 4746, 4750, 4752, 4754, 4765, 4770, 4779, 
	4785, 4791, 4797, 4800, 4804, 4811, 4817, 4821, 
	4827, 4830, 4834, 4841, 4847, 4851, 4857, 4864, 
	4870, 4881, 4888, 4895, 4901, 4905, 4907, 4911, 
	4913, 4915, 4917, 4919, 4923, 4925, 4929, 4932, 
	4935, 4938, 4940, 4942, 4945, 4948, 4950, 4952, 
	4954, 4956, 4958, 4960, 4962, 4964, 4967, 4970, 
	4976, 4979, 4983, 4985, 4989, 4992, 4996, 4998, 
	5002, 5005, 5009, 5011, 5015, 5018, 5022, 5024, 
	5028, 5031, 5035, 5037, 5041, 5044, 5048, 5050, 
	5054, 5057, 5060, 5063, 5065, 5067, 5069, 5071, 
	5073, 5076, 5079, 5081, 5083, 5085, 5087, 5090, 
	5092, 5094, 5096, 5098, 5100, 5104, 5106, 5108, 
	5110, 5112, 5114, 5116, 5118, 5120, 5122, 5125, 
	5128, 5130, 5132, 5134, 5136, 5138, 5140, 5142, 
	5144, 5146, 5148, 5157, 5162, 5171, 5177, 5183, 
	5189, 5192, 5196, 5203, 5209, 5213, 5219, 5222, 
	5226, 5233, 5239, 5243, 5245, 5247, 5249, 5252, 
	5258, 5260, 5262, 5264, 5266, 5268, 5270, 5273, 
	5277, 5279, 5283, 5285, 5287, 5289, 5291, 5293, 
	5295, 5298, 5303, 5309, 5312, 5316, 5318, 5324, 
	5327, 5331, 5333, 5337, 5340, 5344, 5346, 5350, 
	5352, 5354, 5356, 5358, 5360, 5362, 5364, 5367, 
	5369, 5371, 5373, 5375, 5377, 5380, 5383, 5387, 
	5389, 5393, 5396, 5400, 5402, 5406, 5409, 5412, 
	5418, 5421, 5425, 5427, 5431, 5435, 5437, 5439, 
	5441, 5443, 5445, 5447, 5449, 5451, 5454, 5458, 
	5460, 5464, 5466, 5468, 5470, 5472, 5475, 5479, 
	5481, 5487, 5490, 5494, 5496, 5502, 5505, 5508, 
	5514, 5517, 5521, 5523, 5527, 5531, 5533, 5536, 
	5539, 5550, 5555, 5564, 5569, 5578, 5583, 5592, 
	5598, 5604, 5610, 5613, 5617, 5624, 5630, 5634, 
	5640, 5643, 5647, 5654, 5660, 5664, 5670, 5673, 
	5677, 5684, 5690, 5694, 5700, 5703, 5714, 5720, 
	5726, 5730, 5737, 5743, 5747, 5750, 5756, 5763, 
	5769, 5778, 5784, 5789, 5793, 5795, 5797, 5799, 
	5801, 5803, 5805, 5816, 5821, 5830, 5835, 5844, 
	5849, 5858, 5864, 5870, 5876, 5879, 5883, 5890, 
	5896, 5900, 5906, 5909, 5913, 5920, 5926, 5930, 
	5936, 5939, 5943, 5950, 5956, 5960, 5966, 5969, 
	5973, 5980, 5986, 5990, 5996, 6003, 6009, 6020, 
	6028, 6036, 6039, 6050, 6056, 6063, 6069, 6080, 
	6087, 6094, 6100, 6104, 6106, 6110, 6116, 6123, 
	6129, 6140, 6146, 6153, 6159, 6170, 6177, 6184, 
	6190, 6194, 6196, 6200, 6203, 6207, 6209, 6213, 
	6216, 6220, 6222, 6226, 6229, 6232, 6234, 6237, 
	6244, 6259, 6262, 6265, 6270, 6274, 6276, 6280, 
	6283, 6286, 6289, 6292, 6296, 6298, 6304, 6307, 
	6311, 6313, 6317, 6320, 6323, 6330, 6333, 6335, 
	6338, 6349, 6351, 6353, 6355, 6357, 6359, 6361, 
	6363, 6365, 6367, 6369, 6374, 6377, 6381, 6383, 
	6387, 6390, 6392, 6394, 6396, 6398, 6400, 6402, 
	6404, 6406, 6408, 6413, 6416, 6420, 6422, 6426, 
	6429, 6433, 6435, 6439, 6441, 6443, 6446, 6448, 
	6450, 6452, 6454, 6456, 6461, 6464, 6468, 6470, 
	6474, 6476, 6478, 6480, 6482, 6484, 6489, 6492, 
	6496, 6498, 6502, 6505, 6509, 6511, 6515, 6517, 
	6519, 6521, 6523, 6525, 6527, 6529, 6531, 6533, 
	6538, 6541, 6545, 6547, 6551, 6553, 6555, 6557, 
	6559, 6561, 6563, 6565, 6567, 6569, 6571, 6573, 
	6575, 6577, 6582, 6585, 6589, 6591, 6595, 6597, 
	6599, 6601, 6603, 6605, 6607, 6609, 6611, 6613, 
	6615, 6617, 6619, 6621, 6623, 6628, 6631, 6635, 
	6637, 6641, 6643, 6645, 6647, 6649, 6651, 6653, 
	6655, 6660, 6663, 6667, 6669, 6673, 6675, 6677, 
	6679, 6681, 6683, 6685, 6687, 6689, 6691, 6696, 
	6699, 6703, 6705, 6711, 6714, 6718, 6720, 6726, 
	6729, 6732, 6738, 6743, 6746, 6750, 6752, 6756, 
	6760, 6763, 6765, 6767, 6773, 6775, 6777, 6779, 
	6781, 6783, 6785, 6790, 6793, 6797, 6799, 6803, 
	6805, 6807, 6809, 6811, 6813, 6815, 6817, 6819, 
	6821, 6826, 6829, 6833, 6835, 6839, 6841, 6843, 
	6845, 6847, 6849, 6851, 6853, 6855, 6857, 6862, 
	6865, 6869, 6871, 6877, 6880, 6884, 6886, 6890, 
	6893, 6897, 6899, 6903, 6906, 6910, 6912, 6916, 
	6918, 6920, 6922, 6924, 6926, 6928, 6930, 6932, 
	6934, 6936, 6941, 6944, 6948, 6950, 6954, 6957, 
	6961, 6963, 6967, 6969, 6971, 6973, 6975, 6977, 
	6979, 6981, 6983, 6985, 6990, 6993, 6997, 6999, 
	7003, 7005, 7007, 7009, 7012, 7014, 7016, 7018, 
	7020, 7022, 7024, 7026, 7031, 7034, 7038, 7040, 
	7044, 7046, 7048, 7050, 7052, 7054, 7056, 7061, 
	7064, 7068, 7070, 7074, 7076, 7078, 7080, 7083, 
	7085, 7087, 7089, 7091, 7093, 7095, 7097, 7099, 
	7104, 7107, 7111, 7113, 7117, 7119, 7121, 7123, 
	7125, 7127, 7129, 7131, 7133, 7138, 7141, 7145, 
	7147, 7151, 7153, 7155, 7157, 7159, 7161, 7163, 
	7165, 7167, 7172, 7175, 7179, 7181, 7185, 7188, 
	7191, 7194, 7197, 7199, 7203, 7205, 7211, 7214, 
	7218, 7220, 7224, 7227, 7230, 7233, 7235, 7239, 
	7241, 7247, 7250, 7254, 7256, 7260, 7263, 7266, 
	7272, 7277, 7280, 7285, 7291, 7294, 7297, 7303, 
	7308, 7311, 7315, 7317, 7321, 7325, 7329, 7331, 
	7335, 7339, 7342, 7347, 7350, 7353, 7356, 7360, 
	7364, 7366, 7370, 7373, 7376, 7378, 7382, 7384, 
	7388, 7391, 7394, 7399, 7402, 7405, 7407, 7411, 
	7413, 7419, 7422, 7425, 7431, 7436, 7439, 7442, 
	7448, 7451, 7455, 7459, 7462, 7465, 7468, 7470, 
	7474, 7476, 7480, 7483, 7486, 7492, 7495, 7499, 
	7502, 7505, 7508, 7511, 7514, 7517, 7520, 7523, 
	7527, 7529, 7532, 7535, 7538, 7541, 7543, 7547, 
	7549, 7553, 7556, 7560, 7562, 7566, 7569, 7572, 
	7575, 7577, 7579, 7582, 7584, 7586, 7588, 7590, 
	7592, 7594, 7596, 7598, 7600, 7603, 7606, 7612, 
	7615, 7619, 7621, 7627, 7630, 7634, 7636, 7642, 
	7645, 7649, 7651, 7657, 7660, 7664, 7666, 7670, 
	7674, 7676, 7678, 7681, 7683, 7685, 7687, 7689, 
	7691, 7693, 7695, 7698, 7701, 7703, 7707, 7709, 
	7715, 7718, 7722, 7724, 7728, 7731, 7740, 7743, 
	7746, 7750, 7752, 7756, 7759, 7762, 7765, 7768, 
	7772, 7776, 7778, 7784, 7787, 7791, 7793, 7799, 
	7802, 7805, 7808, 7812, 7815, 7819, 7821, 7825, 
	7828, 7831, 7833, 7837, 7839, 7843, 7846, 7849, 
	7855, 7858, 7862, 7865, 7868, 7871, 7874, 7879, 
	7883, 7885, 7889, 7892, 7896, 7898, 7902, 7905, 
	7908, 7911, 7914, 7917, 7919, 7923, 7925, 7929, 
	7932, 7936, 7938, 7942, 7945, 7948, 7953, 7958, 
	7962, 7964, 7968, 7971, 7974, 7980, 7985, 7988, 
	7992, 7994, 8000, 8003, 8007, 8009, 8013, 8017, 
	8020, 8023, 8026, 8029, 8032, 8035, 8038, 8040, 
	8044, 8046, 8050, 8053, 8056, 8062, 8067, 8070, 
	8074, 8076, 8082, 8085, 8089, 8091, 8095, 8099, 
	8102, 8104, 8106, 8108, 8110, 8112, 8114, 8117, 
	8119, 8121, 8123, 8125, 8128, 8130, 8132, 8134, 
	8136, 8138, 8140, 8142, 8144, 8146, 8149, 8151, 
	8154, 8156, 8158, 8160, 8162, 8165, 8167, 8169, 
	8171, 8174, 8176, 8179, 8182, 8194
};

static const short _atc_quectel_tcpip_indicies[] = {
	1, 2, 0, 3, 0, 4, 0, 5, 
	0, 6, 0, 7, 0, 8, 0, 9, 
	0, 10, 0, 11, 0, 12, 13, 14, 
	0, 14, 0, 15, 15, 14, 0, 16, 
	17, 18, 0, 19, 20, 21, 22, 23, 
	24, 25, 26, 0, 27, 0, 28, 0, 
	29, 30, 0, 0, 0, 0, 32, 33, 
	34, 0, 0, 35, 36, 31, 0, 37, 
	37, 38, 0, 31, 0, 0, 0, 38, 
	0, 31, 0, 0, 0, 39, 40, 33, 
	37, 37, 0, 0, 0, 0, 33, 0, 
	0, 0, 41, 0, 39, 34, 0, 0, 
	0, 34, 42, 41, 0, 0, 0, 41, 
	0, 37, 37, 38, 0, 36, 31, 0, 
	37, 37, 43, 44, 36, 31, 0, 0, 
	0, 43, 44, 31, 44, 45, 46, 0, 
	46, 0, 47, 48, 46, 0, 47, 48, 
	0, 48, 49, 50, 0, 50, 0, 51, 
	51, 52, 53, 50, 0, 52, 53, 0, 
	53, 54, 0, 55, 56, 55, 57, 57, 
	0, 58, 55, 56, 55, 57, 57, 0, 
	59, 59, 60, 61, 0, 60, 61, 0, 
	61, 62, 0, 62, 63, 62, 62, 62, 
	0, 64, 63, 63, 63, 63, 0, 65, 
	65, 0, 66, 56, 56, 56, 56, 0, 
	67, 67, 0, 57, 56, 57, 57, 57, 
	0, 68, 0, 69, 0, 0, 0, 0, 
	71, 72, 73, 0, 0, 74, 75, 70, 
	0, 0, 0, 76, 70, 0, 0, 0, 
	76, 78, 79, 0, 0, 77, 0, 80, 
	80, 81, 0, 77, 0, 0, 0, 81, 
	0, 77, 0, 0, 0, 82, 83, 78, 
	80, 80, 0, 0, 0, 0, 78, 0, 
	0, 0, 84, 0, 82, 79, 0, 0, 
	0, 79, 85, 84, 0, 0, 0, 84, 
	0, 0, 0, 86, 87, 72, 86, 76, 
	0, 0, 0, 0, 72, 0, 0, 0, 
	88, 0, 86, 73, 0, 0, 0, 73, 
	89, 88, 0, 0, 0, 88, 0, 0, 
	0, 76, 75, 70, 0, 0, 0, 90, 
	91, 75, 70, 0, 0, 0, 90, 91, 
	70, 0, 0, 0, 91, 78, 79, 0, 
	0, 92, 93, 77, 0, 80, 80, 81, 
	0, 93, 77, 0, 94, 94, 95, 96, 
	93, 77, 0, 0, 0, 95, 96, 77, 
	96, 97, 98, 0, 98, 0, 99, 99, 
	100, 101, 98, 0, 100, 101, 0, 101, 
	102, 0, 103, 104, 103, 105, 105, 0, 
	106, 103, 104, 103, 105, 105, 0, 107, 
	107, 108, 109, 0, 108, 109, 0, 109, 
	110, 0, 110, 111, 110, 110, 110, 0, 
	112, 111, 111, 111, 111, 0, 113, 113, 
	0, 114, 104, 104, 104, 104, 0, 115, 
	115, 0, 105, 104, 105, 105, 105, 0, 
	116, 117, 118, 0, 119, 0, 120, 0, 
	121, 122, 0, 123, 124, 125, 126, 127, 
	128, 129, 130, 131, 132, 0, 133, 0, 
	134, 0, 135, 0, 136, 0, 137, 0, 
	138, 0, 139, 0, 140, 0, 141, 0, 
	142, 0, 142, 143, 0, 0, 0, 0, 
	143, 145, 146, 0, 0, 147, 148, 144, 
	0, 149, 149, 150, 0, 144, 0, 0, 
	0, 150, 0, 144, 0, 0, 0, 151, 
	152, 145, 149, 149, 0, 0, 0, 0, 
	145, 0, 0, 0, 153, 0, 151, 146, 
	0, 0, 0, 146, 154, 153, 0, 0, 
	0, 153, 0, 149, 149, 150, 0, 148, 
	144, 0, 155, 155, 150, 0, 148, 144, 
	156, 157, 0, 158, 0, 159, 0, 160, 
	0, 161, 0, 162, 0, 163, 0, 164, 
	0, 165, 0, 166, 0, 166, 167, 0, 
	0, 0, 0, 167, 169, 170, 0, 0, 
	171, 172, 168, 0, 0, 0, 173, 168, 
	0, 0, 0, 173, 175, 176, 0, 0, 
	174, 0, 177, 177, 178, 0, 174, 0, 
	0, 0, 178, 0, 174, 0, 0, 0, 
	179, 180, 175, 177, 177, 0, 0, 0, 
	0, 175, 0, 0, 0, 181, 0, 179, 
	176, 0, 0, 0, 176, 182, 181, 0, 
	0, 0, 181, 0, 0, 0, 183, 184, 
	169, 183, 173, 0, 0, 0, 0, 169, 
	0, 0, 0, 185, 0, 183, 170, 0, 
	0, 0, 170, 186, 185, 0, 0, 0, 
	185, 0, 0, 0, 173, 172, 168, 0, 
	0, 0, 187, 188, 172, 168, 0, 0, 
	0, 187, 188, 168, 0, 0, 0, 188, 
	175, 176, 0, 0, 189, 190, 174, 0, 
	177, 177, 178, 0, 190, 174, 0, 191, 
	191, 178, 0, 190, 174, 192, 0, 193, 
	0, 194, 195, 0, 196, 0, 197, 0, 
	198, 0, 199, 0, 200, 0, 200, 201, 
	0, 0, 0, 0, 201, 203, 204, 0, 
	0, 205, 206, 202, 0, 207, 207, 208, 
	0, 202, 0, 0, 0, 208, 0, 202, 
	0, 0, 0, 209, 210, 203, 207, 207, 
	0, 0, 0, 0, 203, 0, 0, 0, 
	211, 0, 209, 204, 0, 0, 0, 204, 
	212, 211, 0, 0, 0, 211, 0, 207, 
	207, 208, 0, 206, 202, 0, 213, 213, 
	208, 0, 206, 202, 214, 0, 215, 0, 
	216, 0, 217, 0, 218, 0, 218, 219, 
	0, 0, 0, 0, 219, 221, 222, 0, 
	0, 223, 224, 220, 0, 0, 0, 225, 
	220, 0, 0, 0, 225, 227, 228, 0, 
	0, 226, 0, 229, 229, 230, 0, 226, 
	0, 0, 0, 230, 0, 226, 0, 0, 
	0, 231, 232, 227, 229, 229, 0, 0, 
	0, 0, 227, 0, 0, 0, 233, 0, 
	231, 228, 0, 0, 0, 228, 234, 233, 
	0, 0, 0, 233, 0, 0, 0, 235, 
	236, 221, 235, 225, 0, 0, 0, 0, 
	221, 0, 0, 0, 237, 0, 235, 222, 
	0, 0, 0, 222, 238, 237, 0, 0, 
	0, 237, 0, 0, 0, 225, 224, 220, 
	0, 0, 0, 239, 240, 224, 220, 0, 
	0, 0, 239, 240, 220, 0, 0, 0, 
	240, 227, 228, 0, 0, 241, 242, 226, 
	0, 229, 229, 230, 0, 242, 226, 0, 
	243, 243, 230, 0, 242, 226, 244, 0, 
	245, 0, 246, 0, 247, 0, 248, 0, 
	249, 0, 250, 0, 251, 0, 252, 0, 
	252, 253, 0, 0, 0, 0, 253, 255, 
	256, 0, 0, 257, 258, 254, 0, 259, 
	259, 260, 0, 254, 0, 0, 0, 260, 
	0, 254, 0, 0, 0, 261, 262, 255, 
	259, 259, 0, 0, 0, 0, 255, 0, 
	0, 0, 263, 0, 261, 256, 0, 0, 
	0, 256, 264, 263, 0, 0, 0, 263, 
	0, 259, 259, 260, 0, 258, 254, 0, 
	265, 265, 260, 0, 258, 254, 266, 0, 
	267, 0, 268, 0, 269, 0, 270, 0, 
	271, 0, 272, 0, 273, 0, 274, 0, 
	275, 0, 276, 0, 277, 0, 278, 0, 
	278, 279, 0, 0, 0, 0, 279, 281, 
	282, 0, 0, 283, 284, 280, 0, 285, 
	285, 286, 0, 280, 0, 0, 0, 286, 
	0, 280, 0, 0, 0, 287, 288, 281, 
	285, 285, 0, 0, 0, 0, 281, 0, 
	0, 0, 289, 0, 287, 282, 0, 0, 
	0, 282, 290, 289, 0, 0, 0, 289, 
	0, 285, 285, 286, 0, 284, 280, 0, 
	291, 291, 286, 0, 284, 280, 292, 0, 
	293, 0, 294, 0, 295, 0, 296, 0, 
	297, 0, 298, 0, 299, 0, 300, 0, 
	301, 0, 302, 0, 303, 0, 304, 0, 
	305, 0, 305, 306, 0, 0, 0, 0, 
	306, 308, 309, 0, 0, 310, 311, 307, 
	0, 312, 312, 313, 0, 307, 0, 0, 
	0, 313, 0, 307, 0, 0, 0, 314, 
	315, 308, 312, 312, 0, 0, 0, 0, 
	308, 0, 0, 0, 316, 0, 314, 309, 
	0, 0, 0, 309, 317, 316, 0, 0, 
	0, 316, 0, 312, 312, 313, 0, 311, 
	307, 0, 318, 318, 313, 0, 311, 307, 
	319, 0, 320, 0, 321, 0, 322, 0, 
	323, 0, 324, 0, 325, 0, 325, 326, 
	0, 0, 0, 0, 326, 328, 329, 0, 
	0, 330, 331, 327, 0, 332, 332, 333, 
	0, 327, 0, 0, 0, 333, 0, 327, 
	0, 0, 0, 334, 335, 328, 332, 332, 
	0, 0, 0, 0, 328, 0, 0, 0, 
	336, 0, 334, 329, 0, 0, 0, 329, 
	337, 336, 0, 0, 0, 336, 0, 332, 
	332, 333, 0, 331, 327, 0, 338, 338, 
	333, 0, 331, 327, 339, 0, 340, 0, 
	341, 0, 342, 0, 343, 0, 344, 0, 
	345, 0, 346, 0, 347, 0, 347, 348, 
	0, 0, 0, 0, 348, 350, 351, 0, 
	0, 352, 353, 349, 0, 0, 0, 354, 
	349, 0, 0, 0, 354, 356, 357, 0, 
	0, 355, 0, 0, 0, 358, 355, 0, 
	0, 0, 358, 360, 361, 0, 0, 359, 
	0, 0, 0, 362, 359, 0, 0, 0, 
	362, 364, 365, 0, 0, 363, 0, 366, 
	366, 367, 0, 363, 0, 0, 0, 367, 
	0, 363, 0, 0, 0, 368, 369, 364, 
	366, 366, 0, 0, 0, 0, 364, 0, 
	0, 0, 370, 0, 368, 365, 0, 0, 
	0, 365, 371, 370, 0, 0, 0, 370, 
	0, 0, 0, 372, 373, 360, 372, 362, 
	0, 0, 0, 0, 360, 0, 0, 0, 
	374, 0, 372, 361, 0, 0, 0, 361, 
	375, 374, 0, 0, 0, 374, 0, 0, 
	0, 376, 377, 356, 376, 358, 0, 0, 
	0, 0, 356, 0, 0, 0, 378, 0, 
	376, 357, 0, 0, 0, 357, 379, 378, 
	0, 0, 0, 378, 0, 0, 0, 380, 
	381, 350, 380, 354, 0, 0, 0, 0, 
	350, 0, 0, 0, 382, 0, 380, 351, 
	0, 0, 0, 351, 383, 382, 0, 0, 
	0, 382, 0, 0, 0, 354, 353, 349, 
	0, 0, 0, 384, 385, 353, 349, 0, 
	0, 0, 384, 385, 349, 0, 0, 0, 
	385, 356, 357, 0, 0, 386, 387, 355, 
	0, 0, 0, 358, 387, 355, 0, 0, 
	0, 388, 389, 387, 355, 0, 0, 0, 
	388, 389, 355, 0, 0, 0, 389, 390, 
	361, 0, 0, 359, 0, 0, 0, 391, 
	392, 390, 391, 393, 0, 0, 0, 0, 
	393, 364, 365, 0, 0, 394, 395, 363, 
	0, 366, 366, 367, 0, 395, 363, 0, 
	396, 396, 367, 0, 395, 363, 0, 0, 
	0, 390, 397, 398, 0, 399, 0, 400, 
	0, 401, 402, 403, 404, 405, 0, 406, 
	0, 407, 0, 408, 0, 409, 0, 410, 
	0, 411, 0, 411, 412, 0, 0, 0, 
	0, 412, 414, 415, 0, 0, 416, 417, 
	413, 0, 418, 418, 419, 0, 413, 0, 
	0, 0, 419, 0, 413, 0, 0, 0, 
	420, 421, 414, 418, 418, 0, 0, 0, 
	0, 414, 0, 0, 0, 422, 0, 420, 
	415, 0, 0, 0, 415, 423, 422, 0, 
	0, 0, 422, 0, 418, 418, 419, 0, 
	417, 413, 0, 424, 424, 419, 0, 417, 
	413, 425, 0, 426, 0, 427, 0, 428, 
	0, 429, 0, 430, 0, 431, 0, 432, 
	0, 433, 0, 433, 434, 0, 0, 0, 
	0, 434, 436, 437, 0, 0, 438, 439, 
	435, 0, 440, 440, 441, 0, 435, 0, 
	0, 0, 441, 0, 435, 0, 0, 0, 
	442, 443, 436, 440, 440, 0, 0, 0, 
	0, 436, 0, 0, 0, 444, 0, 442, 
	437, 0, 0, 0, 437, 445, 444, 0, 
	0, 0, 444, 0, 440, 440, 441, 0, 
	439, 435, 0, 446, 446, 441, 0, 439, 
	435, 447, 0, 448, 0, 449, 0, 450, 
	0, 451, 0, 452, 0, 453, 0, 454, 
	0, 455, 0, 455, 456, 0, 0, 0, 
	0, 456, 458, 459, 0, 0, 460, 461, 
	457, 0, 0, 0, 462, 457, 0, 0, 
	0, 462, 464, 465, 0, 0, 463, 0, 
	0, 0, 466, 463, 0, 0, 0, 466, 
	468, 469, 0, 0, 467, 0, 0, 0, 
	470, 467, 0, 0, 0, 470, 472, 473, 
	0, 0, 471, 0, 474, 474, 475, 0, 
	471, 0, 0, 0, 475, 0, 471, 0, 
	0, 0, 476, 477, 472, 474, 474, 0, 
	0, 0, 0, 472, 0, 0, 0, 478, 
	0, 476, 473, 0, 0, 0, 473, 479, 
	478, 0, 0, 0, 478, 0, 0, 0, 
	480, 481, 468, 480, 470, 0, 0, 0, 
	0, 468, 0, 0, 0, 482, 0, 480, 
	469, 0, 0, 0, 469, 483, 482, 0, 
	0, 0, 482, 0, 0, 0, 484, 485, 
	464, 484, 466, 0, 0, 0, 0, 464, 
	0, 0, 0, 486, 0, 484, 465, 0, 
	0, 0, 465, 487, 486, 0, 0, 0, 
	486, 0, 0, 0, 488, 489, 458, 488, 
	462, 0, 0, 0, 0, 458, 0, 0, 
	0, 490, 0, 488, 459, 0, 0, 0, 
	459, 491, 490, 0, 0, 0, 490, 0, 
	0, 0, 462, 461, 457, 0, 0, 0, 
	492, 493, 461, 457, 0, 0, 0, 492, 
	493, 457, 0, 0, 0, 493, 464, 465, 
	0, 0, 494, 495, 463, 0, 0, 0, 
	466, 495, 463, 0, 0, 0, 496, 497, 
	495, 463, 0, 0, 0, 496, 497, 463, 
	0, 0, 0, 497, 468, 469, 0, 0, 
	498, 499, 467, 0, 0, 0, 470, 499, 
	467, 0, 0, 0, 500, 501, 499, 467, 
	0, 0, 0, 500, 501, 467, 0, 0, 
	0, 501, 472, 473, 0, 0, 502, 503, 
	471, 0, 474, 474, 475, 0, 503, 471, 
	0, 504, 504, 475, 0, 503, 471, 505, 
	0, 506, 0, 507, 0, 508, 0, 509, 
	0, 510, 0, 511, 0, 512, 0, 513, 
	0, 514, 0, 514, 515, 0, 0, 0, 
	0, 515, 517, 518, 0, 0, 519, 520, 
	516, 0, 0, 0, 521, 516, 0, 0, 
	0, 521, 523, 524, 0, 0, 522, 0, 
	525, 525, 526, 0, 522, 0, 0, 0, 
	526, 0, 522, 0, 0, 0, 527, 528, 
	523, 525, 525, 0, 0, 0, 0, 523, 
	0, 0, 0, 529, 0, 527, 524, 0, 
	0, 0, 524, 530, 529, 0, 0, 0, 
	529, 0, 0, 0, 531, 532, 517, 531, 
	521, 0, 0, 0, 0, 517, 0, 0, 
	0, 533, 0, 531, 518, 0, 0, 0, 
	518, 534, 533, 0, 0, 0, 533, 0, 
	0, 0, 521, 520, 516, 0, 0, 0, 
	535, 536, 520, 516, 0, 0, 0, 535, 
	536, 516, 0, 0, 0, 536, 523, 524, 
	0, 0, 537, 538, 522, 0, 525, 525, 
	526, 0, 538, 522, 0, 539, 539, 526, 
	0, 538, 522, 540, 0, 541, 0, 542, 
	0, 543, 0, 544, 0, 545, 0, 546, 
	0, 547, 0, 548, 0, 548, 549, 0, 
	0, 0, 0, 549, 551, 552, 0, 0, 
	553, 554, 550, 0, 555, 555, 556, 0, 
	550, 0, 0, 0, 556, 0, 550, 0, 
	0, 0, 557, 558, 551, 555, 555, 0, 
	0, 0, 0, 551, 0, 0, 0, 559, 
	0, 557, 552, 0, 0, 0, 552, 560, 
	559, 0, 0, 0, 559, 0, 555, 555, 
	556, 0, 554, 550, 0, 561, 561, 556, 
	0, 554, 550, 562, 0, 563, 0, 564, 
	0, 565, 566, 0, 567, 0, 568, 0, 
	569, 0, 570, 0, 571, 0, 572, 0, 
	573, 0, 573, 574, 0, 0, 0, 0, 
	574, 576, 577, 0, 0, 578, 579, 575, 
	0, 580, 580, 581, 0, 575, 0, 0, 
	0, 581, 0, 575, 0, 0, 0, 582, 
	583, 576, 580, 580, 0, 0, 0, 0, 
	576, 0, 0, 0, 584, 0, 582, 577, 
	0, 0, 0, 577, 585, 584, 0, 0, 
	0, 584, 0, 580, 580, 581, 0, 579, 
	575, 0, 586, 586, 581, 0, 579, 575, 
	587, 0, 588, 0, 589, 0, 590, 0, 
	591, 0, 592, 0, 592, 593, 0, 0, 
	0, 0, 593, 595, 596, 0, 0, 597, 
	598, 594, 0, 599, 599, 600, 0, 594, 
	0, 0, 0, 600, 0, 594, 0, 0, 
	0, 601, 602, 595, 599, 599, 0, 0, 
	0, 0, 595, 0, 0, 0, 603, 0, 
	601, 596, 0, 0, 0, 596, 604, 603, 
	0, 0, 0, 603, 0, 599, 599, 600, 
	0, 598, 594, 0, 605, 605, 600, 0, 
	598, 594, 606, 0, 607, 0, 608, 0, 
	609, 610, 0, 611, 0, 612, 0, 613, 
	0, 614, 0, 615, 0, 616, 0, 617, 
	0, 618, 0, 618, 619, 0, 0, 0, 
	0, 619, 621, 622, 0, 0, 623, 624, 
	620, 0, 625, 625, 626, 0, 620, 0, 
	0, 0, 626, 0, 620, 0, 0, 0, 
	627, 628, 621, 625, 625, 0, 0, 0, 
	0, 621, 0, 0, 0, 629, 0, 627, 
	622, 0, 0, 0, 622, 630, 629, 0, 
	0, 0, 629, 0, 625, 625, 626, 0, 
	624, 620, 0, 631, 631, 626, 0, 624, 
	620, 632, 0, 633, 0, 634, 0, 635, 
	0, 636, 0, 637, 0, 638, 0, 639, 
	0, 639, 640, 0, 0, 0, 0, 640, 
	642, 643, 0, 0, 644, 645, 641, 0, 
	646, 646, 647, 0, 641, 0, 0, 0, 
	647, 0, 641, 0, 0, 0, 648, 649, 
	642, 646, 646, 0, 0, 0, 0, 642, 
	0, 0, 0, 650, 0, 648, 643, 0, 
	0, 0, 643, 651, 650, 0, 0, 0, 
	650, 0, 646, 646, 647, 0, 645, 641, 
	0, 652, 652, 647, 0, 645, 641, 653, 
	0, 654, 0, 655, 0, 656, 0, 657, 
	0, 658, 0, 659, 0, 660, 0, 660, 
	661, 0, 0, 0, 0, 661, 663, 664, 
	0, 0, 665, 666, 662, 0, 667, 667, 
	668, 0, 662, 0, 0, 0, 668, 0, 
	662, 0, 0, 0, 669, 670, 663, 667, 
	667, 0, 0, 0, 0, 663, 0, 0, 
	0, 671, 0, 669, 664, 0, 0, 0, 
	664, 672, 671, 0, 0, 0, 671, 0, 
	667, 667, 668, 0, 666, 662, 0, 673, 
	673, 668, 0, 666, 662, 674, 0, 675, 
	0, 676, 0, 677, 0, 0, 0, 0, 
	679, 680, 681, 0, 0, 678, 0, 0, 
	0, 682, 678, 0, 0, 0, 682, 684, 
	685, 0, 0, 683, 0, 686, 686, 687, 
	0, 683, 0, 0, 0, 687, 0, 683, 
	0, 0, 0, 688, 689, 684, 686, 686, 
	0, 0, 0, 0, 684, 0, 0, 0, 
	690, 0, 688, 685, 0, 0, 0, 685, 
	691, 690, 0, 0, 0, 690, 0, 0, 
	0, 692, 693, 680, 692, 682, 0, 0, 
	0, 0, 680, 0, 0, 0, 694, 0, 
	692, 681, 0, 0, 0, 681, 695, 694, 
	0, 0, 0, 694, 696, 0, 697, 0, 
	698, 0, 0, 0, 0, 700, 701, 702, 
	0, 0, 703, 704, 699, 0, 0, 0, 
	705, 699, 0, 0, 0, 705, 707, 708, 
	0, 0, 706, 0, 0, 0, 709, 706, 
	0, 0, 0, 709, 711, 712, 0, 0, 
	710, 0, 0, 0, 713, 710, 0, 0, 
	0, 713, 715, 716, 0, 0, 714, 0, 
	0, 0, 717, 714, 0, 0, 0, 717, 
	719, 720, 0, 0, 718, 0, 0, 0, 
	721, 718, 0, 0, 0, 721, 723, 724, 
	0, 0, 722, 0, 725, 725, 726, 0, 
	722, 0, 0, 0, 726, 0, 722, 0, 
	0, 0, 727, 728, 723, 725, 725, 0, 
	0, 0, 0, 723, 0, 0, 0, 729, 
	0, 727, 724, 0, 0, 0, 724, 730, 
	729, 0, 0, 0, 729, 0, 0, 0, 
	731, 732, 719, 731, 721, 0, 0, 0, 
	0, 719, 0, 0, 0, 733, 0, 731, 
	720, 0, 0, 0, 720, 734, 733, 0, 
	0, 0, 733, 0, 0, 0, 735, 736, 
	715, 735, 717, 0, 0, 0, 0, 715, 
	0, 0, 0, 737, 0, 735, 716, 0, 
	0, 0, 716, 738, 737, 0, 0, 0, 
	737, 0, 0, 0, 739, 740, 711, 739, 
	713, 0, 0, 0, 0, 711, 0, 0, 
	0, 741, 0, 739, 712, 0, 0, 0, 
	712, 742, 741, 0, 0, 0, 741, 0, 
	0, 0, 743, 744, 707, 743, 709, 0, 
	0, 0, 0, 707, 0, 0, 0, 745, 
	0, 743, 708, 0, 0, 0, 708, 746, 
	745, 0, 0, 0, 745, 0, 0, 0, 
	747, 748, 701, 747, 705, 0, 0, 0, 
	0, 701, 0, 0, 0, 749, 0, 747, 
	702, 0, 0, 0, 702, 750, 749, 0, 
	0, 0, 749, 0, 0, 0, 705, 704, 
	699, 0, 0, 0, 751, 752, 704, 699, 
	0, 0, 0, 751, 752, 699, 0, 0, 
	0, 752, 753, 708, 0, 0, 706, 0, 
	0, 0, 754, 755, 753, 754, 756, 0, 
	0, 0, 0, 756, 757, 712, 0, 0, 
	710, 0, 0, 0, 758, 759, 757, 758, 
	760, 0, 0, 0, 0, 760, 761, 716, 
	0, 0, 714, 0, 0, 0, 762, 763, 
	761, 762, 764, 0, 0, 0, 0, 764, 
	719, 720, 0, 0, 765, 766, 718, 0, 
	0, 0, 721, 766, 718, 0, 767, 767, 
	721, 766, 718, 0, 0, 0, 761, 0, 
	0, 0, 757, 0, 0, 0, 753, 768, 
	769, 0, 770, 0, 771, 0, 772, 0, 
	773, 774, 0, 0, 0, 0, 776, 777, 
	778, 0, 0, 775, 0, 779, 779, 780, 
	0, 775, 0, 0, 0, 780, 0, 775, 
	0, 0, 0, 781, 782, 777, 779, 779, 
	0, 0, 0, 0, 777, 0, 0, 0, 
	783, 0, 781, 778, 0, 0, 0, 778, 
	784, 783, 0, 0, 0, 783, 785, 0, 
	786, 0, 0, 0, 0, 788, 789, 790, 
	0, 0, 791, 792, 787, 0, 793, 793, 
	794, 0, 787, 0, 0, 0, 794, 0, 
	787, 0, 0, 0, 795, 796, 789, 793, 
	793, 0, 0, 0, 0, 789, 0, 0, 
	0, 797, 0, 795, 790, 0, 0, 0, 
	790, 798, 797, 0, 0, 0, 797, 0, 
	793, 793, 794, 0, 792, 787, 0, 793, 
	793, 799, 800, 792, 787, 0, 0, 0, 
	799, 800, 787, 800, 801, 802, 0, 802, 
	0, 803, 803, 802, 0, 804, 0, 805, 
	806, 0, 807, 0, 808, 0, 809, 0, 
	0, 0, 0, 811, 812, 813, 0, 0, 
	814, 815, 810, 0, 0, 0, 816, 810, 
	0, 0, 0, 816, 818, 819, 0, 0, 
	817, 0, 0, 0, 820, 817, 0, 0, 
	0, 820, 822, 823, 0, 0, 821, 0, 
	824, 824, 825, 0, 821, 0, 0, 0, 
	825, 0, 821, 0, 0, 0, 826, 827, 
	822, 824, 824, 0, 0, 0, 0, 822, 
	0, 0, 0, 828, 0, 826, 823, 0, 
	0, 0, 823, 829, 828, 0, 0, 0, 
	828, 0, 0, 0, 830, 831, 818, 830, 
	820, 0, 0, 0, 0, 818, 0, 0, 
	0, 832, 0, 830, 819, 0, 0, 0, 
	819, 833, 832, 0, 0, 0, 832, 0, 
	0, 0, 834, 835, 812, 834, 816, 0, 
	0, 0, 0, 812, 0, 0, 0, 836, 
	0, 834, 813, 0, 0, 0, 813, 837, 
	836, 0, 0, 0, 836, 0, 0, 0, 
	816, 815, 810, 0, 0, 0, 838, 839, 
	815, 810, 0, 0, 0, 838, 839, 810, 
	0, 0, 0, 839, 840, 819, 0, 0, 
	817, 0, 0, 0, 830, 841, 842, 831, 
	841, 843, 843, 818, 0, 0, 0, 844, 
	841, 842, 831, 841, 843, 843, 818, 844, 
	845, 0, 0, 0, 0, 845, 846, 823, 
	0, 0, 821, 0, 0, 0, 826, 847, 
	827, 847, 822, 0, 0, 0, 848, 847, 
	827, 847, 822, 849, 849, 850, 851, 0, 
	850, 851, 0, 851, 852, 0, 852, 853, 
	852, 852, 852, 0, 854, 853, 853, 853, 
	853, 0, 854, 855, 0, 855, 856, 0, 
	856, 857, 856, 856, 856, 0, 858, 857, 
	857, 857, 857, 0, 859, 859, 0, 0, 
	0, 0, 860, 842, 831, 842, 842, 842, 
	818, 860, 861, 0, 0, 0, 0, 861, 
	862, 823, 0, 0, 821, 0, 0, 0, 
	826, 862, 863, 827, 862, 862, 862, 822, 
	0, 0, 0, 864, 863, 827, 863, 863, 
	863, 822, 865, 865, 0, 0, 0, 0, 
	830, 843, 842, 831, 843, 843, 843, 818, 
	866, 0, 867, 0, 868, 0, 0, 0, 
	0, 870, 871, 872, 0, 0, 869, 0, 
	0, 0, 873, 869, 0, 0, 0, 873, 
	875, 876, 0, 0, 874, 0, 877, 877, 
	878, 0, 874, 0, 0, 0, 878, 0, 
	874, 0, 0, 0, 879, 880, 875, 877, 
	877, 0, 0, 0, 0, 875, 0, 0, 
	0, 881, 0, 879, 876, 0, 0, 0, 
	876, 882, 881, 0, 0, 0, 881, 0, 
	0, 0, 883, 884, 871, 883, 873, 0, 
	0, 0, 0, 871, 0, 0, 0, 885, 
	0, 883, 872, 0, 0, 0, 872, 886, 
	885, 0, 0, 0, 885, 887, 0, 888, 
	0, 889, 0, 890, 0, 891, 0, 892, 
	0, 893, 0, 894, 0, 895, 896, 897, 
	0, 897, 0, 898, 899, 897, 0, 898, 
	899, 0, 0, 900, 900, 899, 901, 0, 
	902, 0, 903, 0, 904, 0, 0, 0, 
	0, 906, 907, 908, 0, 0, 909, 910, 
	905, 0, 0, 0, 911, 905, 0, 0, 
	0, 911, 913, 914, 0, 0, 912, 0, 
	0, 0, 915, 912, 0, 0, 0, 915, 
	917, 918, 0, 0, 916, 0, 0, 0, 
	919, 916, 0, 0, 0, 919, 921, 922, 
	0, 0, 920, 0, 0, 0, 923, 920, 
	0, 0, 0, 923, 925, 926, 0, 0, 
	924, 0, 0, 0, 927, 924, 0, 0, 
	0, 927, 929, 930, 0, 0, 928, 0, 
	0, 0, 931, 928, 0, 0, 0, 931, 
	933, 934, 0, 0, 932, 0, 0, 0, 
	935, 932, 0, 0, 0, 935, 937, 938, 
	0, 0, 936, 0, 939, 939, 940, 0, 
	936, 0, 0, 0, 940, 0, 936, 0, 
	0, 0, 941, 942, 937, 939, 939, 0, 
	0, 0, 0, 937, 0, 0, 0, 943, 
	0, 941, 938, 0, 0, 0, 938, 944, 
	943, 0, 0, 0, 943, 0, 0, 0, 
	945, 946, 933, 945, 935, 0, 0, 0, 
	0, 933, 0, 0, 0, 947, 0, 945, 
	934, 0, 0, 0, 934, 948, 947, 0, 
	0, 0, 947, 0, 0, 0, 949, 950, 
	929, 949, 931, 0, 0, 0, 0, 929, 
	0, 0, 0, 951, 0, 949, 930, 0, 
	0, 0, 930, 952, 951, 0, 0, 0, 
	951, 0, 0, 0, 953, 954, 925, 953, 
	927, 0, 0, 0, 0, 925, 0, 0, 
	0, 955, 0, 953, 926, 0, 0, 0, 
	926, 956, 955, 0, 0, 0, 955, 0, 
	0, 0, 957, 958, 921, 957, 923, 0, 
	0, 0, 0, 921, 0, 0, 0, 959, 
	0, 957, 922, 0, 0, 0, 922, 960, 
	959, 0, 0, 0, 959, 0, 0, 0, 
	961, 962, 917, 961, 919, 0, 0, 0, 
	0, 917, 0, 0, 0, 963, 0, 961, 
	918, 0, 0, 0, 918, 964, 963, 0, 
	0, 0, 963, 0, 0, 0, 965, 966, 
	913, 965, 915, 0, 0, 0, 0, 913, 
	0, 0, 0, 967, 0, 965, 914, 0, 
	0, 0, 914, 968, 967, 0, 0, 0, 
	967, 0, 0, 0, 969, 970, 907, 969, 
	911, 0, 0, 0, 0, 907, 0, 0, 
	0, 971, 0, 969, 908, 0, 0, 0, 
	908, 972, 971, 0, 0, 0, 971, 0, 
	0, 0, 911, 910, 905, 0, 0, 0, 
	973, 974, 910, 905, 0, 0, 0, 973, 
	974, 905, 0, 0, 0, 974, 913, 914, 
	0, 0, 975, 976, 912, 0, 0, 0, 
	915, 976, 912, 0, 977, 977, 915, 976, 
	912, 978, 0, 979, 0, 0, 0, 0, 
	981, 982, 983, 0, 0, 984, 985, 980, 
	0, 0, 0, 986, 980, 0, 0, 0, 
	986, 988, 989, 0, 0, 987, 0, 990, 
	990, 991, 0, 987, 0, 0, 0, 991, 
	0, 987, 0, 0, 0, 992, 993, 988, 
	990, 990, 0, 0, 0, 0, 988, 0, 
	0, 0, 994, 0, 992, 989, 0, 0, 
	0, 989, 995, 994, 0, 0, 0, 994, 
	0, 0, 0, 996, 997, 982, 996, 986, 
	0, 0, 0, 0, 982, 0, 0, 0, 
	998, 0, 996, 983, 0, 0, 0, 983, 
	999, 998, 0, 0, 0, 998, 0, 0, 
	0, 986, 985, 980, 0, 1000, 1000, 1001, 
	1002, 985, 980, 0, 0, 0, 1001, 1002, 
	980, 0, 0, 0, 1002, 1003, 989, 0, 
	0, 1004, 1005, 987, 0, 0, 0, 1006, 
	1007, 1003, 990, 990, 1008, 1009, 0, 1008, 
	1009, 0, 1009, 1010, 1011, 0, 1011, 0, 
	1012, 1012, 1011, 0, 0, 0, 0, 1003, 
	0, 990, 990, 991, 0, 1005, 987, 0, 
	990, 990, 1013, 1014, 1005, 987, 0, 0, 
	0, 1013, 1014, 987, 1014, 1015, 1016, 0, 
	1016, 0, 1017, 1017, 1016, 0, 1018, 1019, 
	1020, 1021, 0, 1022, 0, 1023, 0, 0, 
	0, 0, 1025, 1026, 1027, 0, 0, 1028, 
	1029, 1024, 0, 1030, 1030, 1031, 0, 1024, 
	0, 0, 0, 1031, 0, 1024, 0, 0, 
	0, 1032, 1033, 1026, 1030, 1030, 0, 0, 
	0, 0, 1026, 0, 0, 0, 1034, 0, 
	1032, 1027, 0, 0, 0, 1027, 1035, 1034, 
	0, 0, 0, 1034, 0, 1030, 1030, 1031, 
	0, 1029, 1024, 0, 1036, 1036, 1031, 0, 
	1029, 1024, 1037, 0, 1038, 0, 1039, 1040, 
	0, 0, 0, 0, 1042, 1043, 1044, 0, 
	0, 1045, 1046, 1041, 0, 0, 0, 1047, 
	1041, 0, 0, 0, 1047, 1049, 1050, 0, 
	0, 1048, 0, 1051, 1051, 1052, 0, 1048, 
	0, 0, 0, 1052, 0, 1048, 0, 0, 
	0, 1053, 1054, 1049, 1051, 1051, 0, 0, 
	0, 0, 1049, 0, 0, 0, 1055, 0, 
	1053, 1050, 0, 0, 0, 1050, 1056, 1055, 
	0, 0, 0, 1055, 0, 0, 0, 1057, 
	1058, 1043, 1057, 1047, 0, 0, 0, 0, 
	1043, 0, 0, 0, 1059, 0, 1057, 1044, 
	0, 0, 0, 1044, 1060, 1059, 0, 0, 
	0, 1059, 0, 0, 0, 1047, 1046, 1041, 
	0, 0, 0, 1061, 1062, 1046, 1041, 0, 
	0, 0, 1061, 1062, 1041, 0, 0, 0, 
	1062, 1049, 1050, 0, 0, 1063, 1064, 1048, 
	0, 1051, 1051, 1052, 0, 1064, 1048, 0, 
	1051, 1051, 1065, 1066, 1064, 1048, 0, 0, 
	0, 1065, 1066, 1048, 1066, 1067, 1068, 0, 
	1068, 0, 1069, 1069, 1068, 0, 1070, 0, 
	1071, 0, 0, 0, 0, 1073, 1074, 1075, 
	0, 0, 1076, 1077, 1072, 0, 0, 0, 
	1078, 1072, 0, 0, 0, 1078, 1080, 1081, 
	0, 0, 1079, 0, 1082, 1082, 1083, 0, 
	1079, 0, 0, 0, 1083, 0, 1079, 0, 
	0, 0, 1084, 1085, 1080, 1082, 1082, 0, 
	0, 0, 0, 1080, 0, 0, 0, 1086, 
	0, 1084, 1081, 0, 0, 0, 1081, 1087, 
	1086, 0, 0, 0, 1086, 0, 0, 0, 
	1088, 1089, 1074, 1088, 1078, 0, 0, 0, 
	0, 1074, 0, 0, 0, 1090, 0, 1088, 
	1075, 0, 0, 0, 1075, 1091, 1090, 0, 
	0, 0, 1090, 0, 0, 0, 1078, 1077, 
	1072, 0, 0, 0, 1092, 1093, 1077, 1072, 
	0, 0, 0, 1092, 1093, 1072, 0, 0, 
	0, 1093, 1080, 1081, 0, 0, 1094, 1095, 
	1079, 0, 1082, 1082, 1083, 0, 1095, 1079, 
	0, 1082, 1082, 1096, 1097, 1095, 1079, 0, 
	0, 0, 1096, 1097, 1079, 1097, 1098, 1099, 
	0, 1099, 0, 1100, 1100, 1099, 0, 1101, 
	0, 1102, 0, 1103, 0, 1104, 0, 1105, 
	1106, 1107, 0, 1107, 0, 1108, 1109, 1107, 
	0, 1108, 1109, 0, 1109, 1110, 0, 1111, 
	1112, 0, 1113, 0, 1114, 0, 1115, 1116, 
	0, 1117, 1118, 0, 1119, 0, 1120, 0, 
	1121, 0, 1122, 0, 1123, 0, 1124, 0, 
	1125, 0, 1116, 0, 1116, 1126, 0, 1126, 
	1127, 0, 0, 0, 0, 1128, 1129, 1127, 
	1128, 1130, 0, 1130, 1131, 1132, 0, 1132, 
	0, 1133, 1134, 1132, 0, 1133, 1134, 0, 
	1134, 1135, 1136, 0, 1136, 0, 1137, 1138, 
	1136, 0, 1137, 1138, 0, 1138, 1139, 1140, 
	0, 1140, 0, 1141, 1142, 1140, 0, 1141, 
	1142, 0, 1142, 1143, 1144, 0, 1144, 0, 
	1145, 1146, 1144, 0, 1145, 1146, 0, 1146, 
	1147, 1148, 0, 1148, 0, 1149, 1150, 1148, 
	0, 1149, 1150, 0, 1150, 1151, 1152, 0, 
	1152, 0, 1153, 1154, 1152, 0, 1153, 1154, 
	0, 1154, 1155, 0, 1156, 1157, 0, 1158, 
	0, 1159, 0, 1160, 0, 1161, 0, 1162, 
	0, 1163, 1163, 0, 1164, 1165, 0, 1166, 
	0, 1167, 0, 1161, 0, 1168, 0, 1169, 
	1170, 0, 1161, 0, 1171, 0, 1172, 0, 
	1173, 0, 1161, 0, 0, 0, 0, 1127, 
	1174, 0, 1175, 0, 1176, 0, 1177, 0, 
	1178, 0, 1179, 0, 1125, 0, 1180, 0, 
	1181, 0, 1182, 1116, 0, 1117, 1183, 0, 
	1184, 0, 1185, 0, 1186, 0, 1187, 0, 
	1188, 0, 1125, 0, 1189, 0, 1190, 0, 
	1191, 0, 1192, 0, 0, 0, 0, 1194, 
	1195, 1196, 0, 0, 1193, 0, 0, 0, 
	1197, 1193, 0, 0, 0, 1197, 1199, 1200, 
	0, 0, 1198, 0, 1201, 1201, 1202, 0, 
	1198, 0, 0, 0, 1202, 0, 1198, 0, 
	0, 0, 1203, 1204, 1199, 1201, 1201, 0, 
	0, 0, 0, 1199, 0, 0, 0, 1205, 
	0, 1203, 1200, 0, 0, 0, 1200, 1206, 
	1205, 0, 0, 0, 1205, 0, 0, 0, 
	1207, 1208, 1195, 1207, 1197, 0, 0, 0, 
	0, 1195, 0, 0, 0, 1209, 0, 1207, 
	1196, 0, 0, 0, 1196, 1210, 1209, 0, 
	0, 0, 1209, 1211, 0, 1212, 0, 1213, 
	0, 1214, 1215, 0, 1216, 1217, 1218, 1219, 
	1220, 0, 1221, 0, 1222, 0, 1223, 0, 
	1224, 0, 1225, 0, 1226, 0, 1226, 1227, 
	0, 1227, 1228, 1229, 0, 1229, 0, 1230, 
	1230, 1229, 0, 1231, 0, 1232, 0, 1233, 
	0, 1234, 0, 1235, 0, 1236, 0, 1236, 
	1237, 0, 1237, 1238, 1239, 1240, 0, 0, 
	0, 0, 1241, 1242, 1238, 1243, 1243, 0, 
	0, 0, 0, 1238, 1240, 0, 1244, 1244, 
	1245, 1246, 1240, 0, 1245, 1246, 0, 1246, 
	1247, 1248, 0, 1248, 0, 1249, 1250, 1248, 
	0, 1249, 1250, 0, 1250, 1251, 1252, 0, 
	1252, 0, 1253, 1253, 1252, 0, 1254, 0, 
	1255, 0, 1256, 0, 1257, 0, 1258, 0, 
	1259, 0, 1260, 0, 1261, 1262, 0, 1263, 
	0, 1264, 0, 1265, 0, 1266, 0, 1267, 
	0, 1268, 1268, 0, 1262, 1269, 0, 1269, 
	1270, 1271, 0, 1271, 0, 1272, 1273, 1271, 
	0, 1272, 1273, 0, 1273, 1274, 1275, 0, 
	1275, 0, 1276, 1277, 1275, 0, 1276, 1277, 
	0, 1277, 1278, 0, 0, 0, 0, 1279, 
	1280, 1278, 1279, 1281, 0, 1281, 1282, 1283, 
	0, 1283, 0, 1284, 1284, 1283, 0, 0, 
	0, 0, 1278, 1285, 0, 1286, 0, 1287, 
	0, 1288, 0, 1289, 0, 1290, 0, 1291, 
	0, 1292, 0, 1292, 1293, 0, 1293, 1294, 
	1295, 0, 1295, 0, 1296, 1296, 1295, 0, 
	1297, 0, 1298, 0, 1299, 0, 1300, 0, 
	1300, 1301, 0, 1301, 1302, 1303, 0, 1303, 
	0, 1304, 1304, 1305, 1306, 1303, 0, 1305, 
	1306, 0, 1306, 1307, 1308, 0, 1308, 0, 
	1309, 1309, 1310, 1311, 1308, 0, 1310, 1311, 
	0, 1311, 1312, 0, 0, 0, 0, 1313, 
	1314, 1312, 1313, 1315, 0, 1315, 1316, 1317, 
	0, 1317, 0, 1318, 1318, 1317, 0, 0, 
	0, 0, 1312, 1319, 0, 1320, 1321, 0, 
	1322, 1323, 0, 0, 0, 0, 1325, 1326, 
	1327, 0, 0, 1328, 1329, 1324, 0, 0, 
	0, 1330, 1324, 0, 0, 0, 1330, 1332, 
	1333, 0, 0, 1331, 0, 0, 0, 1334, 
	1331, 0, 0, 0, 1334, 1336, 1337, 0, 
	0, 1335, 0, 0, 0, 1338, 1335, 0, 
	0, 0, 1338, 1340, 1341, 0, 0, 1339, 
	0, 1342, 1342, 1343, 0, 1339, 0, 0, 
	0, 1343, 0, 1339, 0, 0, 0, 1344, 
	1345, 1340, 1342, 1342, 0, 0, 0, 0, 
	1340, 0, 0, 0, 1346, 0, 1344, 1341, 
	0, 0, 0, 1341, 1347, 1346, 0, 0, 
	0, 1346, 0, 0, 0, 1348, 1349, 1336, 
	1348, 1338, 0, 0, 0, 0, 1336, 0, 
	0, 0, 1350, 0, 1348, 1337, 0, 0, 
	0, 1337, 1351, 1350, 0, 0, 0, 1350, 
	0, 0, 0, 1352, 1353, 1332, 1352, 1334, 
	0, 0, 0, 0, 1332, 0, 0, 0, 
	1354, 0, 1352, 1333, 0, 0, 0, 1333, 
	1355, 1354, 0, 0, 0, 1354, 0, 0, 
	0, 1356, 1357, 1326, 1356, 1358, 0, 0, 
	0, 0, 1358, 1332, 1333, 0, 0, 1359, 
	1360, 1331, 0, 0, 0, 1334, 1360, 1331, 
	0, 1361, 1361, 1334, 1360, 1331, 0, 0, 
	0, 1326, 0, 0, 0, 1362, 0, 1363, 
	1327, 0, 0, 0, 1327, 1364, 1362, 0, 
	0, 0, 1362, 1363, 1330, 0, 0, 0, 
	0, 1330, 1329, 1324, 0, 1365, 1365, 1366, 
	1367, 1329, 1324, 0, 0, 0, 1366, 1367, 
	1324, 0, 0, 0, 1367, 1368, 1333, 0, 
	0, 1331, 0, 0, 0, 1369, 1370, 1368, 
	1371, 1371, 1352, 1334, 0, 0, 0, 0, 
	1368, 1322, 0, 1323, 0, 1372, 0, 1373, 
	0, 1374, 0, 1375, 0, 0, 0, 0, 
	1377, 1378, 1379, 0, 0, 1380, 1381, 1376, 
	0, 0, 0, 1382, 1376, 0, 0, 0, 
	1382, 1384, 1385, 0, 0, 1383, 0, 0, 
	0, 1386, 1383, 0, 0, 0, 1386, 1388, 
	1389, 0, 0, 1387, 0, 0, 0, 1390, 
	1387, 0, 0, 0, 1390, 1392, 1393, 0, 
	0, 1391, 0, 1394, 1394, 1395, 0, 1391, 
	0, 0, 0, 1395, 0, 1391, 0, 0, 
	0, 1396, 1397, 1392, 1394, 1394, 0, 0, 
	0, 0, 1392, 0, 0, 0, 1398, 0, 
	1396, 1393, 0, 0, 0, 1393, 1399, 1398, 
	0, 0, 0, 1398, 0, 0, 0, 1400, 
	1401, 1388, 1400, 1390, 0, 0, 0, 0, 
	1388, 0, 0, 0, 1402, 0, 1400, 1389, 
	0, 0, 0, 1389, 1403, 1402, 0, 0, 
	0, 1402, 0, 0, 0, 1404, 1405, 1384, 
	1404, 1386, 0, 0, 0, 0, 1384, 0, 
	0, 0, 1406, 0, 1404, 1385, 0, 0, 
	0, 1385, 1407, 1406, 0, 0, 0, 1406, 
	0, 0, 0, 1408, 1409, 1378, 1408, 1382, 
	0, 0, 0, 0, 1378, 0, 0, 0, 
	1410, 0, 1408, 1379, 0, 0, 0, 1379, 
	1411, 1410, 0, 0, 0, 1410, 0, 0, 
	0, 1382, 1381, 1376, 0, 1412, 1412, 1413, 
	1414, 1381, 1376, 0, 0, 0, 1413, 1414, 
	1376, 0, 0, 0, 1414, 1415, 1385, 0, 
	0, 1416, 1417, 1383, 0, 0, 0, 1404, 
	1418, 1405, 1418, 1384, 0, 0, 0, 1419, 
	1418, 1405, 1418, 1384, 1419, 1420, 0, 0, 
	0, 0, 1420, 1388, 1389, 0, 0, 1421, 
	1422, 1387, 0, 0, 0, 1390, 1422, 1387, 
	0, 0, 0, 1423, 1424, 1422, 1387, 0, 
	0, 0, 1423, 1424, 1387, 0, 0, 0, 
	1424, 1392, 1393, 0, 0, 1425, 1426, 1391, 
	0, 1394, 1394, 1395, 0, 1426, 1391, 0, 
	1394, 1394, 1427, 1428, 1426, 1391, 0, 0, 
	0, 1427, 1428, 1391, 1428, 1429, 1430, 0, 
	1430, 0, 1431, 1431, 1430, 0, 0, 0, 
	0, 1386, 1417, 1383, 0, 0, 0, 1432, 
	1433, 1417, 1383, 0, 0, 0, 1432, 1433, 
	1383, 0, 0, 0, 1433, 1388, 1389, 0, 
	0, 1434, 1435, 1387, 0, 0, 0, 1390, 
	1435, 1387, 0, 0, 0, 1436, 1437, 1435, 
	1387, 0, 0, 0, 1436, 1437, 1387, 0, 
	0, 0, 1437, 1392, 1393, 0, 0, 1438, 
	1439, 1391, 0, 1394, 1394, 1395, 0, 1439, 
	1391, 0, 1394, 1394, 1440, 1441, 1439, 1391, 
	0, 0, 0, 1440, 1441, 1391, 1441, 1442, 
	1443, 0, 1443, 0, 1444, 1445, 1443, 0, 
	1444, 1445, 0, 1445, 1446, 1447, 0, 1447, 
	0, 1448, 1449, 1447, 0, 1448, 1449, 0, 
	1449, 1450, 1451, 0, 1451, 0, 1452, 1452, 
	1451, 0, 1453, 1453, 0, 1454, 1454, 0, 
	1455, 0, 1456, 1456, 0, 1457, 1458, 1459, 
	1457, 1458, 1459, 0, 1460, 1461, 1462, 1463, 
	1464, 1465, 1466, 1460, 1461, 1462, 1463, 1464, 
	1465, 1466, 0, 1467, 1467, 0, 1468, 1468, 
	0, 1469, 1470, 1471, 1471, 0, 1472, 1474, 
	1473, 0, 1473, 0, 1475, 1475, 1473, 0, 
	1476, 1476, 0, 1477, 1477, 0, 1478, 1478, 
	0, 1479, 1480, 0, 1481, 1483, 1482, 0, 
	1482, 0, 1484, 1484, 1485, 1486, 1482, 0, 
	1485, 1486, 0, 1486, 1487, 1488, 0, 1488, 
	0, 1489, 1489, 1488, 0, 1490, 1490, 0, 
	1491, 1491, 0, 1492, 1493, 1494, 1492, 1493, 
	1494, 0, 1495, 1495, 0, 1496, 0, 1497, 
	1498, 0, 1499, 1500, 1501, 1502, 1503, 1504, 
	1505, 1506, 1507, 1508, 0, 1509, 0, 1510, 
	0, 1511, 0, 1512, 0, 1513, 0, 1514, 
	0, 1515, 0, 1516, 0, 1517, 0, 1518, 
	0, 1519, 1519, 1520, 1521, 0, 1520, 1521, 
	0, 1521, 1522, 1523, 0, 1523, 0, 1524, 
	1524, 1523, 0, 1525, 1526, 0, 1527, 0, 
	1528, 0, 1529, 0, 1530, 0, 1531, 0, 
	1532, 0, 1533, 0, 1534, 0, 1535, 0, 
	1536, 1536, 1537, 1538, 0, 1537, 1538, 0, 
	1538, 1539, 1540, 0, 1540, 0, 1541, 1542, 
	1540, 0, 1541, 1542, 0, 1542, 1543, 1544, 
	0, 1544, 0, 1545, 1545, 1544, 0, 1546, 
	0, 1547, 0, 1548, 1549, 0, 1550, 0, 
	1551, 0, 1552, 0, 1553, 0, 1554, 0, 
	1555, 1555, 1556, 1557, 0, 1556, 1557, 0, 
	1557, 1558, 1559, 0, 1559, 0, 1560, 1560, 
	1559, 0, 1561, 0, 1562, 0, 1563, 0, 
	1564, 0, 1565, 0, 1566, 1566, 1567, 1568, 
	0, 1567, 1568, 0, 1568, 1569, 1570, 0, 
	1570, 0, 1571, 1572, 1570, 0, 1571, 1572, 
	0, 1572, 1573, 1574, 0, 1574, 0, 1575, 
	1575, 1574, 0, 1576, 0, 1577, 0, 1578, 
	0, 1579, 0, 1580, 0, 1581, 0, 1582, 
	0, 1583, 0, 1584, 0, 1585, 1585, 1586, 
	1587, 0, 1586, 1587, 0, 1587, 1588, 1589, 
	0, 1589, 0, 1590, 1590, 1589, 0, 1591, 
	0, 1592, 0, 1593, 0, 1594, 0, 1595, 
	0, 1596, 0, 1597, 0, 1598, 0, 1599, 
	0, 1600, 0, 1601, 0, 1602, 0, 1603, 
	0, 1604, 1604, 1605, 1606, 0, 1605, 1606, 
	0, 1606, 1607, 1608, 0, 1608, 0, 1609, 
	1609, 1608, 0, 1610, 0, 1611, 0, 1612, 
	0, 1613, 0, 1614, 0, 1615, 0, 1616, 
	0, 1617, 0, 1618, 0, 1619, 0, 1620, 
	0, 1621, 0, 1622, 0, 1623, 0, 1624, 
	1624, 1625, 1626, 0, 1625, 1626, 0, 1626, 
	1627, 1628, 0, 1628, 0, 1629, 1629, 1628, 
	0, 1630, 0, 1631, 0, 1632, 0, 1633, 
	0, 1634, 0, 1635, 0, 1636, 0, 1637, 
	1637, 1638, 1639, 0, 1638, 1639, 0, 1639, 
	1640, 1641, 0, 1641, 0, 1642, 1642, 1641, 
	0, 1643, 0, 1644, 0, 1645, 0, 1646, 
	0, 1647, 0, 1648, 0, 1649, 0, 1650, 
	0, 1651, 0, 1652, 1652, 1653, 1654, 0, 
	1653, 1654, 0, 1654, 1655, 1656, 0, 1656, 
	0, 1657, 1657, 1658, 1659, 1656, 0, 1658, 
	1659, 0, 1659, 1660, 1661, 0, 1661, 0, 
	1662, 1662, 1663, 1664, 1661, 0, 1663, 1664, 
	0, 1664, 1665, 0, 0, 0, 0, 1666, 
	1667, 1665, 1668, 1668, 1669, 1670, 0, 1669, 
	1670, 0, 1670, 1671, 1672, 0, 1672, 0, 
	1673, 1673, 1672, 0, 0, 0, 0, 1665, 
	1674, 1675, 0, 1676, 0, 1677, 0, 1678, 
	1679, 1680, 1681, 1682, 0, 1683, 0, 1684, 
	0, 1685, 0, 1686, 0, 1687, 0, 1688, 
	0, 1689, 1689, 1690, 1691, 0, 1690, 1691, 
	0, 1691, 1692, 1693, 0, 1693, 0, 1694, 
	1694, 1693, 0, 1695, 0, 1696, 0, 1697, 
	0, 1698, 0, 1699, 0, 1700, 0, 1701, 
	0, 1702, 0, 1703, 0, 1704, 1704, 1705, 
	1706, 0, 1705, 1706, 0, 1706, 1707, 1708, 
	0, 1708, 0, 1709, 1709, 1708, 0, 1710, 
	0, 1711, 0, 1712, 0, 1713, 0, 1714, 
	0, 1715, 0, 1716, 0, 1717, 0, 1718, 
	0, 1719, 1719, 1720, 1721, 0, 1720, 1721, 
	0, 1721, 1722, 1723, 0, 1723, 0, 1724, 
	1724, 1725, 1726, 1723, 0, 1725, 1726, 0, 
	1726, 1727, 1728, 0, 1728, 0, 1729, 1730, 
	1728, 0, 1729, 1730, 0, 1730, 1731, 1732, 
	0, 1732, 0, 1733, 1734, 1732, 0, 1733, 
	1734, 0, 1734, 1735, 1736, 0, 1736, 0, 
	1737, 1737, 1736, 0, 1738, 0, 1739, 0, 
	1740, 0, 1741, 0, 1742, 0, 1743, 0, 
	1744, 0, 1745, 0, 1746, 0, 1747, 0, 
	1748, 1748, 1749, 1750, 0, 1749, 1750, 0, 
	1750, 1751, 1752, 0, 1752, 0, 1753, 1754, 
	1752, 0, 1753, 1754, 0, 1754, 1755, 1756, 
	0, 1756, 0, 1757, 1757, 1756, 0, 1758, 
	0, 1759, 0, 1760, 0, 1761, 0, 1762, 
	0, 1763, 0, 1764, 0, 1765, 0, 1766, 
	0, 1767, 1767, 1768, 1769, 0, 1768, 1769, 
	0, 1769, 1770, 1771, 0, 1771, 0, 1772, 
	1772, 1771, 0, 1773, 0, 1774, 0, 1775, 
	0, 1776, 1777, 0, 1778, 0, 1779, 0, 
	1780, 0, 1781, 0, 1782, 0, 1783, 0, 
	1784, 0, 1785, 1785, 1786, 1787, 0, 1786, 
	1787, 0, 1787, 1788, 1789, 0, 1789, 0, 
	1790, 1790, 1789, 0, 1791, 0, 1792, 0, 
	1793, 0, 1794, 0, 1795, 0, 1796, 0, 
	1797, 1797, 1798, 1799, 0, 1798, 1799, 0, 
	1799, 1800, 1801, 0, 1801, 0, 1802, 1802, 
	1801, 0, 1803, 0, 1804, 0, 1805, 0, 
	1806, 1807, 0, 1808, 0, 1809, 0, 1810, 
	0, 1811, 0, 1812, 0, 1813, 0, 1814, 
	0, 1815, 0, 1816, 1816, 1817, 1818, 0, 
	1817, 1818, 0, 1818, 1819, 1820, 0, 1820, 
	0, 1821, 1821, 1820, 0, 1822, 0, 1823, 
	0, 1824, 0, 1825, 0, 1826, 0, 1827, 
	0, 1828, 0, 1829, 0, 1830, 1830, 1831, 
	1832, 0, 1831, 1832, 0, 1832, 1833, 1834, 
	0, 1834, 0, 1835, 1835, 1834, 0, 1836, 
	0, 1837, 0, 1838, 0, 1839, 0, 1840, 
	0, 1841, 0, 1842, 0, 1843, 0, 1844, 
	1844, 1845, 1846, 0, 1845, 1846, 0, 1846, 
	1847, 1848, 0, 1848, 0, 1849, 1849, 1848, 
	0, 1850, 1850, 0, 1851, 1851, 0, 1852, 
	1852, 0, 1853, 1853, 0, 1854, 0, 1855, 
	1857, 1856, 0, 1856, 0, 1858, 1858, 1859, 
	1860, 1856, 0, 1859, 1860, 0, 1860, 1861, 
	1862, 0, 1862, 0, 1863, 1863, 1862, 0, 
	1864, 1864, 0, 1865, 1865, 0, 1866, 1866, 
	0, 1867, 0, 1868, 1870, 1869, 0, 1869, 
	0, 1871, 1871, 1872, 1873, 1869, 0, 1872, 
	1873, 0, 1873, 1874, 1875, 0, 1875, 0, 
	1876, 1877, 1875, 0, 1876, 1877, 0, 1877, 
	1878, 0, 0, 0, 0, 1879, 1880, 1878, 
	1881, 1881, 1882, 1883, 0, 1882, 1883, 0, 
	1883, 1884, 1885, 1886, 0, 0, 0, 0, 
	1887, 1888, 1884, 1887, 1889, 0, 1889, 1890, 
	0, 0, 0, 0, 1891, 1892, 1890, 1893, 
	1893, 1894, 1895, 0, 1894, 1895, 0, 1895, 
	1896, 1897, 0, 1897, 0, 1898, 1898, 1897, 
	0, 0, 0, 0, 1890, 0, 0, 0, 
	1884, 1886, 0, 1899, 1899, 1886, 0, 0, 
	0, 0, 1878, 1900, 1900, 0, 1901, 1902, 
	1901, 1902, 0, 1903, 1903, 0, 1904, 1904, 
	0, 1905, 1905, 0, 1906, 1907, 1907, 0, 
	1908, 1910, 1909, 0, 1909, 0, 1911, 1911, 
	1909, 0, 1912, 1912, 0, 1913, 1913, 0, 
	1914, 0, 1915, 1917, 1916, 0, 1916, 0, 
	1918, 1918, 1916, 0, 1919, 1919, 0, 1920, 
	1920, 0, 1921, 1922, 1921, 1922, 0, 1923, 
	1923, 0, 1924, 1924, 0, 1925, 0, 1926, 
	1928, 1927, 0, 1927, 0, 1929, 1929, 1930, 
	1931, 1927, 0, 1930, 1931, 0, 1931, 1932, 
	0, 0, 0, 0, 1933, 1934, 1932, 1935, 
	1935, 1936, 1937, 0, 1936, 1937, 0, 1937, 
	1938, 0, 0, 0, 0, 1939, 1940, 1938, 
	1941, 1941, 0, 0, 0, 0, 1938, 0, 
	0, 0, 1932, 1942, 1942, 0, 1943, 1943, 
	0, 1944, 1944, 0, 1945, 0, 1946, 1948, 
	1947, 0, 1947, 0, 1949, 1950, 1947, 0, 
	1949, 1950, 0, 1950, 1951, 0, 0, 0, 
	0, 1952, 1953, 1951, 1954, 1954, 0, 0, 
	0, 0, 1951, 1955, 1955, 0, 1956, 1956, 
	0, 1957, 1957, 0, 1958, 1958, 0, 1959, 
	1959, 0, 1960, 1960, 0, 1961, 1961, 0, 
	1962, 1962, 0, 1963, 1963, 1964, 0, 1965, 
	0, 1966, 1966, 0, 1967, 1967, 0, 1968, 
	1968, 0, 1969, 1969, 0, 1970, 0, 1971, 
	1973, 1972, 0, 1972, 0, 1974, 1975, 1972, 
	0, 1974, 1975, 0, 1975, 1976, 1977, 0, 
	1977, 0, 1978, 1979, 1977, 0, 1978, 1979, 
	0, 1979, 1980, 0, 1981, 1982, 0, 1983, 
	0, 1984, 0, 1985, 1986, 0, 1987, 0, 
	1988, 0, 1989, 0, 1990, 0, 1991, 0, 
	1992, 0, 1993, 0, 1994, 0, 1986, 0, 
	1986, 1995, 0, 1995, 1996, 0, 0, 0, 
	0, 1997, 1998, 1996, 1997, 1999, 0, 1999, 
	2000, 2001, 0, 2001, 0, 2002, 2002, 2003, 
	2004, 2001, 0, 2003, 2004, 0, 2004, 2005, 
	2006, 0, 2006, 0, 2007, 2007, 2008, 2009, 
	2006, 0, 2008, 2009, 0, 2009, 2010, 2011, 
	0, 2011, 0, 2012, 2012, 2013, 2014, 2011, 
	0, 2013, 2014, 0, 2014, 2015, 2016, 0, 
	2016, 0, 2017, 2017, 2016, 0, 0, 0, 
	0, 1996, 2018, 0, 2019, 0, 2020, 1986, 
	0, 2021, 0, 2022, 0, 2023, 0, 2024, 
	0, 2025, 0, 2026, 0, 1994, 0, 2027, 
	2027, 0, 2028, 2028, 0, 2029, 0, 2030, 
	2032, 2031, 0, 2031, 0, 2033, 2033, 2034, 
	2035, 2031, 0, 2034, 2035, 0, 2035, 2036, 
	2037, 0, 2037, 0, 2038, 2038, 2037, 0, 
	2039, 2039, 0, 2040, 2041, 2042, 2043, 2040, 
	2041, 2042, 2043, 0, 2044, 2044, 0, 2045, 
	2046, 0, 2047, 2049, 2048, 0, 2048, 0, 
	2050, 2050, 2048, 0, 2051, 2051, 0, 2052, 
	2052, 0, 2053, 2053, 0, 2054, 2054, 0, 
	2055, 2056, 2056, 0, 2057, 2059, 2058, 0, 
	2058, 0, 2060, 2060, 2061, 2062, 2058, 0, 
	2061, 2062, 0, 2062, 2063, 2064, 0, 2064, 
	0, 2065, 2065, 2066, 2067, 2064, 0, 2066, 
	2067, 0, 2067, 2068, 0, 2069, 2069, 0, 
	2070, 2069, 2069, 0, 2070, 2071, 0, 2071, 
	2072, 2073, 0, 2073, 0, 2074, 2074, 2073, 
	0, 2075, 2075, 0, 2076, 2076, 0, 2077, 
	0, 2078, 2080, 2079, 0, 2079, 0, 2081, 
	2082, 2079, 0, 2081, 2082, 0, 2082, 2083, 
	0, 0, 0, 0, 2084, 2085, 2083, 2086, 
	2086, 0, 0, 0, 0, 2083, 2087, 2087, 
	0, 2088, 2088, 0, 2089, 2089, 0, 2090, 
	2090, 0, 2091, 2091, 2092, 2093, 0, 2094, 
	2096, 2095, 0, 2095, 0, 2097, 2098, 2095, 
	0, 2097, 2098, 0, 2098, 2099, 2100, 0, 
	2100, 0, 2101, 2101, 2100, 0, 2102, 2102, 
	0, 2103, 2103, 0, 2104, 2104, 0, 2105, 
	2105, 0, 2106, 2106, 0, 2107, 0, 2108, 
	2110, 2109, 0, 2109, 0, 2111, 2112, 2109, 
	0, 2111, 2112, 0, 2112, 2113, 2114, 0, 
	2114, 0, 2115, 2115, 2114, 0, 2116, 2116, 
	0, 2117, 2117, 0, 2118, 2119, 2118, 2119, 
	0, 2120, 2121, 2122, 2122, 0, 2123, 2125, 
	2124, 0, 2124, 0, 2126, 2127, 2124, 0, 
	2126, 2127, 0, 2127, 2128, 0, 0, 0, 
	0, 2129, 2130, 2128, 2131, 2131, 2132, 2133, 
	0, 2132, 2133, 0, 2133, 2134, 2135, 0, 
	2135, 0, 2136, 2136, 2137, 2138, 2135, 0, 
	2137, 2138, 0, 2138, 2139, 2140, 0, 2140, 
	0, 2141, 2141, 2140, 0, 0, 0, 0, 
	2128, 2142, 2142, 0, 2143, 2143, 0, 2120, 
	2121, 0, 2122, 2122, 0, 2144, 2144, 0, 
	2145, 2145, 0, 2146, 2146, 0, 2147, 0, 
	2148, 2150, 2149, 0, 2149, 0, 2151, 2152, 
	2149, 0, 2151, 2152, 0, 2152, 2153, 0, 
	0, 0, 0, 2154, 2155, 2153, 2156, 2156, 
	2157, 2158, 0, 2157, 2158, 0, 2158, 2159, 
	2160, 0, 2160, 0, 2161, 2161, 2162, 2163, 
	2160, 0, 2162, 2163, 0, 2163, 2164, 2165, 
	0, 2165, 0, 2166, 2166, 2165, 0, 0, 
	0, 0, 2153, 2167, 2167, 0, 2168, 0, 
	2169, 0, 2170, 0, 2171, 0, 2172, 0, 
	2173, 0, 2174, 2174, 0, 2175, 0, 2176, 
	0, 2177, 0, 2178, 0, 2179, 2179, 0, 
	2180, 0, 2181, 0, 2182, 0, 2183, 0, 
	2184, 0, 2185, 0, 2186, 0, 2187, 0, 
	2188, 0, 2189, 2189, 0, 2190, 0, 2191, 
	2191, 0, 2192, 0, 2193, 0, 2194, 0, 
	2195, 0, 2196, 2197, 0, 2198, 0, 2199, 
	0, 2200, 0, 2201, 2201, 0, 2202, 0, 
	2203, 2203, 0, 2205, 2205, 2204, 2206, 2206, 
	2207, 2208, 2209, 2210, 2211, 2212, 2213, 2214, 
	2209, 0, 2215, 0
};

static const short _atc_quectel_tcpip_trans_targs[] = {
	0, 2, 14, 3, 4, 5, 6, 7, 
	8, 9, 10, 11, 11, 12, 13, 1988, 
	15, 1213, 1262, 16, 93, 702, 810, 823, 
	898, 934, 1115, 17, 18, 19, 51, 20, 
	19, 22, 25, 28, 29, 1988, 21, 23, 
	24, 26, 27, 30, 31, 32, 33, 34, 
	35, 36, 37, 1988, 38, 39, 40, 41, 
	48, 50, 42, 1988, 43, 44, 45, 46, 
	47, 1988, 49, 1988, 52, 53, 54, 53, 
	64, 67, 70, 71, 55, 56, 58, 61, 
	1988, 57, 59, 60, 62, 63, 65, 66, 
	68, 69, 72, 73, 74, 75, 1988, 76, 
	77, 78, 79, 1988, 80, 81, 82, 83, 
	90, 92, 84, 1988, 85, 86, 87, 88, 
	89, 1988, 91, 1988, 94, 611, 632, 95, 
	96, 96, 97, 98, 120, 203, 224, 249, 
	275, 294, 351, 547, 591, 99, 100, 101, 
	102, 103, 104, 105, 106, 107, 108, 109, 
	110, 112, 115, 118, 119, 1988, 111, 113, 
	114, 116, 117, 1988, 121, 154, 122, 123, 
	124, 125, 126, 127, 128, 129, 130, 131, 
	132, 142, 145, 148, 149, 133, 134, 136, 
	139, 1988, 135, 137, 138, 140, 141, 143, 
	144, 146, 147, 150, 151, 152, 153, 1988, 
	155, 156, 157, 174, 158, 159, 160, 161, 
	162, 163, 164, 166, 169, 172, 173, 1988, 
	165, 167, 168, 170, 171, 1988, 175, 176, 
	177, 178, 179, 180, 181, 191, 194, 197, 
	198, 182, 183, 185, 188, 1988, 184, 186, 
	187, 189, 190, 192, 193, 195, 196, 199, 
	200, 201, 202, 1988, 204, 205, 206, 207, 
	208, 209, 210, 211, 212, 213, 214, 216, 
	219, 222, 223, 1988, 215, 217, 218, 220, 
	221, 1988, 225, 226, 227, 228, 229, 230, 
	231, 232, 233, 234, 235, 236, 237, 238, 
	239, 241, 244, 247, 248, 1988, 240, 242, 
	243, 245, 246, 1988, 250, 251, 252, 253, 
	254, 255, 256, 257, 258, 259, 260, 261, 
	262, 263, 264, 265, 267, 270, 273, 274, 
	1988, 266, 268, 269, 271, 272, 1988, 276, 
	277, 278, 279, 280, 281, 282, 283, 284, 
	286, 289, 292, 293, 1988, 285, 287, 288, 
	290, 291, 1988, 295, 296, 297, 298, 299, 
	300, 301, 302, 303, 304, 305, 331, 334, 
	337, 338, 306, 307, 325, 328, 308, 309, 
	319, 322, 310, 311, 313, 316, 1988, 312, 
	314, 315, 317, 318, 320, 321, 323, 324, 
	326, 327, 329, 330, 332, 333, 335, 336, 
	339, 340, 341, 342, 343, 344, 345, 346, 
	350, 347, 348, 349, 1988, 352, 506, 353, 
	354, 355, 373, 394, 451, 485, 356, 357, 
	358, 359, 360, 361, 362, 363, 365, 368, 
	371, 372, 1988, 364, 366, 367, 369, 370, 
	1988, 374, 375, 376, 377, 378, 379, 380, 
	381, 382, 383, 384, 386, 389, 392, 393, 
	1988, 385, 387, 388, 390, 391, 1988, 395, 
	396, 397, 398, 399, 400, 401, 402, 403, 
	404, 405, 431, 434, 437, 438, 406, 407, 
	425, 428, 408, 409, 419, 422, 410, 411, 
	413, 416, 1988, 412, 414, 415, 417, 418, 
	420, 421, 423, 424, 426, 427, 429, 430, 
	432, 433, 435, 436, 439, 440, 441, 442, 
	443, 444, 445, 446, 447, 448, 449, 450, 
	1988, 452, 453, 454, 455, 456, 457, 458, 
	459, 460, 461, 462, 463, 473, 476, 479, 
	480, 464, 465, 467, 470, 1988, 466, 468, 
	469, 471, 472, 474, 475, 477, 478, 481, 
	482, 483, 484, 1988, 486, 487, 488, 489, 
	490, 491, 492, 493, 494, 495, 496, 498, 
	501, 504, 505, 1988, 497, 499, 500, 502, 
	503, 1988, 507, 508, 509, 510, 529, 511, 
	512, 513, 514, 515, 516, 517, 518, 519, 
	521, 524, 527, 528, 1988, 520, 522, 523, 
	525, 526, 1988, 530, 531, 532, 533, 534, 
	535, 536, 537, 539, 542, 545, 546, 1988, 
	538, 540, 541, 543, 544, 1988, 548, 549, 
	550, 551, 571, 552, 553, 554, 555, 556, 
	557, 558, 559, 560, 561, 563, 566, 569, 
	570, 1988, 562, 564, 565, 567, 568, 1988, 
	572, 573, 574, 575, 576, 577, 578, 579, 
	580, 581, 583, 586, 589, 590, 1988, 582, 
	584, 585, 587, 588, 1988, 592, 593, 594, 
	595, 596, 597, 598, 599, 600, 601, 603, 
	606, 609, 610, 1988, 602, 604, 605, 607, 
	608, 1988, 612, 613, 614, 615, 616, 615, 
	626, 629, 617, 618, 620, 623, 1988, 619, 
	621, 622, 624, 625, 627, 628, 630, 631, 
	633, 634, 635, 636, 635, 678, 681, 684, 
	685, 637, 638, 672, 675, 639, 640, 666, 
	669, 641, 642, 660, 663, 643, 644, 654, 
	657, 645, 646, 648, 651, 1988, 647, 649, 
	650, 652, 653, 655, 656, 658, 659, 661, 
	662, 664, 665, 667, 668, 670, 671, 673, 
	674, 676, 677, 679, 680, 682, 683, 686, 
	687, 688, 689, 701, 690, 691, 692, 700, 
	693, 694, 695, 699, 696, 697, 698, 1988, 
	703, 733, 704, 705, 706, 707, 716, 708, 
	707, 710, 713, 1988, 709, 711, 712, 714, 
	715, 717, 718, 719, 718, 721, 724, 727, 
	728, 1988, 720, 722, 723, 725, 726, 729, 
	730, 731, 732, 1988, 734, 735, 790, 736, 
	737, 738, 739, 738, 757, 760, 763, 764, 
	740, 741, 751, 754, 742, 743, 745, 748, 
	1988, 744, 746, 747, 749, 750, 752, 753, 
	755, 756, 758, 759, 761, 762, 765, 766, 
	767, 768, 783, 789, 769, 770, 771, 772, 
	773, 1988, 774, 775, 776, 777, 778, 779, 
	780, 781, 782, 1988, 784, 785, 786, 787, 
	788, 1988, 791, 792, 793, 794, 793, 804, 
	807, 795, 796, 798, 801, 1988, 797, 799, 
	800, 802, 803, 805, 806, 808, 809, 811, 
	812, 813, 814, 815, 816, 817, 818, 818, 
	819, 820, 821, 822, 1988, 824, 825, 826, 
	827, 828, 827, 886, 889, 892, 893, 829, 
	830, 880, 883, 831, 832, 874, 877, 833, 
	834, 868, 871, 835, 836, 862, 865, 837, 
	838, 856, 859, 839, 840, 850, 853, 841, 
	842, 844, 847, 1988, 843, 845, 846, 848, 
	849, 851, 852, 854, 855, 857, 858, 860, 
	861, 863, 864, 866, 867, 869, 870, 872, 
	873, 875, 876, 878, 879, 881, 882, 884, 
	885, 887, 888, 890, 891, 894, 895, 896, 
	897, 1988, 899, 900, 901, 900, 911, 914, 
	917, 918, 902, 903, 905, 908, 1988, 904, 
	906, 907, 909, 910, 912, 913, 915, 916, 
	1988, 919, 920, 921, 928, 929, 922, 927, 
	923, 924, 925, 926, 1988, 930, 931, 932, 
	933, 1988, 935, 948, 1007, 1094, 936, 937, 
	938, 937, 940, 943, 946, 947, 1988, 939, 
	941, 942, 944, 945, 1988, 949, 950, 951, 
	978, 952, 951, 962, 965, 968, 969, 953, 
	954, 956, 959, 1988, 955, 957, 958, 960, 
	961, 963, 964, 966, 967, 970, 971, 972, 
	973, 974, 975, 976, 977, 1988, 979, 980, 
	981, 980, 991, 994, 997, 998, 982, 983, 
	985, 988, 1988, 984, 986, 987, 989, 990, 
	992, 993, 995, 996, 999, 1000, 1001, 1002, 
	1003, 1004, 1005, 1006, 1988, 1008, 1009, 1010, 
	1011, 1011, 1012, 1013, 1014, 1015, 1016, 1017, 
	1084, 1018, 1019, 1020, 1029, 1021, 1077, 1022, 
	1023, 1024, 1025, 1026, 1027, 1028, 1030, 1031, 
	1032, 1076, 1033, 1034, 1035, 1036, 1037, 1038, 
	1039, 1040, 1041, 1042, 1043, 1044, 1045, 1046, 
	1047, 1048, 1049, 1050, 1051, 1052, 1053, 1054, 
	1055, 1056, 1057, 1058, 1059, 1065, 1060, 1061, 
	1062, 1063, 1064, 1988, 1066, 1069, 1067, 1068, 
	1070, 1071, 1072, 1073, 1074, 1075, 1078, 1079, 
	1080, 1081, 1082, 1083, 1085, 1086, 1087, 1088, 
	1089, 1090, 1091, 1092, 1093, 1095, 1096, 1097, 
	1098, 1099, 1098, 1109, 1112, 1100, 1101, 1103, 
	1106, 1988, 1102, 1104, 1105, 1107, 1108, 1110, 
	1111, 1113, 1114, 1116, 1117, 1118, 1118, 1119, 
	1120, 1130, 1151, 1181, 1193, 1121, 1122, 1123, 
	1124, 1125, 1126, 1127, 1128, 1129, 1988, 1131, 
	1132, 1133, 1134, 1135, 1136, 1137, 1138, 1141, 
	1142, 1139, 1140, 1988, 1988, 1143, 1144, 1145, 
	1146, 1147, 1148, 1149, 1150, 1988, 1152, 1153, 
	1154, 1155, 1156, 1157, 1158, 1159, 1165, 1160, 
	1161, 1162, 1163, 1164, 1988, 1166, 1167, 1168, 
	1169, 1170, 1171, 1172, 1173, 1174, 1175, 1176, 
	1180, 1177, 1178, 1179, 1988, 1182, 1183, 1184, 
	1185, 1186, 1187, 1188, 1189, 1190, 1191, 1192, 
	1988, 1194, 1195, 1196, 1197, 1198, 1199, 1200, 
	1988, 1201, 1202, 1203, 1204, 1988, 1205, 1206, 
	1207, 1208, 1212, 1209, 1210, 1211, 1988, 1214, 
	1215, 1261, 1216, 1260, 1217, 1216, 1243, 1249, 
	1253, 1254, 1218, 1219, 1237, 1240, 1220, 1221, 
	1231, 1234, 1222, 1223, 1225, 1228, 1988, 1224, 
	1226, 1227, 1229, 1230, 1232, 1233, 1235, 1236, 
	1238, 1239, 1241, 1242, 1244, 1248, 1245, 1246, 
	1247, 1988, 1250, 1252, 1251, 1988, 1255, 1256, 
	1257, 1258, 1259, 1988, 1263, 1264, 1265, 1266, 
	1267, 1266, 1293, 1296, 1299, 1300, 1268, 1269, 
	1287, 1290, 1270, 1271, 1281, 1284, 1272, 1273, 
	1275, 1278, 1988, 1274, 1276, 1277, 1279, 1280, 
	1282, 1283, 1285, 1286, 1288, 1289, 1291, 1292, 
	1294, 1295, 1297, 1298, 1988, 1301, 1302, 1303, 
	1317, 1318, 1304, 1305, 1306, 1307, 1308, 1309, 
	1310, 1311, 1312, 1313, 1314, 1315, 1316, 1988, 
	1319, 1320, 1321, 1322, 1323, 1324, 1325, 1326, 
	1327, 1328, 1329, 1330, 1331, 1332, 1333, 1334, 
	1335, 1336, 1337, 1338, 1988, 1988, 1341, 1342, 
	1343, 1344, 1908, 1931, 1345, 1364, 1722, 1768, 
	1778, 1835, 1845, 1346, 1347, 1348, 1352, 1353, 
	1349, 1350, 1351, 1988, 1988, 1988, 1354, 1355, 
	1363, 1356, 1357, 1362, 1988, 1358, 1359, 1360, 
	1361, 1988, 1988, 1988, 1365, 1679, 1691, 1366, 
	1367, 1368, 1678, 1369, 1384, 1430, 1444, 1462, 
	1481, 1493, 1520, 1635, 1665, 1370, 1371, 1372, 
	1373, 1374, 1375, 1376, 1377, 1378, 1379, 1988, 
	1380, 1381, 1382, 1383, 1988, 1385, 1403, 1386, 
	1387, 1388, 1389, 1390, 1391, 1392, 1393, 1394, 
	1988, 1395, 1396, 1397, 1398, 1399, 1400, 1401, 
	1402, 1988, 1404, 1405, 1406, 1416, 1407, 1408, 
	1409, 1410, 1411, 1988, 1412, 1413, 1414, 1415, 
	1988, 1417, 1418, 1419, 1420, 1421, 1988, 1422, 
	1423, 1424, 1425, 1426, 1427, 1428, 1429, 1988, 
	1431, 1432, 1433, 1434, 1435, 1436, 1437, 1438, 
	1439, 1988, 1440, 1441, 1442, 1443, 1988, 1445, 
	1446, 1447, 1448, 1449, 1450, 1451, 1452, 1453, 
	1454, 1455, 1456, 1457, 1988, 1458, 1459, 1460, 
	1461, 1988, 1463, 1464, 1465, 1466, 1467, 1468, 
	1469, 1470, 1471, 1472, 1473, 1474, 1475, 1476, 
	1988, 1477, 1478, 1479, 1480, 1988, 1482, 1483, 
	1484, 1485, 1486, 1487, 1488, 1988, 1489, 1490, 
	1491, 1492, 1988, 1494, 1495, 1496, 1497, 1498, 
	1499, 1500, 1501, 1502, 1988, 1503, 1504, 1505, 
	1506, 1988, 1507, 1508, 1509, 1510, 1988, 1511, 
	1512, 1513, 1514, 1519, 1988, 1515, 1516, 1517, 
	1518, 1988, 1521, 1608, 1522, 1523, 1524, 1535, 
	1549, 1575, 1594, 1525, 1526, 1527, 1528, 1529, 
	1530, 1988, 1531, 1532, 1533, 1534, 1988, 1536, 
	1537, 1538, 1539, 1540, 1541, 1542, 1543, 1544, 
	1988, 1545, 1546, 1547, 1548, 1988, 1550, 1551, 
	1552, 1553, 1554, 1555, 1556, 1557, 1558, 1988, 
	1559, 1560, 1561, 1562, 1988, 1563, 1564, 1565, 
	1566, 1567, 1568, 1569, 1570, 1571, 1572, 1573, 
	1574, 1988, 1576, 1577, 1578, 1579, 1580, 1581, 
	1582, 1583, 1584, 1585, 1988, 1586, 1587, 1588, 
	1589, 1590, 1591, 1592, 1593, 1988, 1595, 1596, 
	1597, 1598, 1599, 1600, 1601, 1602, 1603, 1988, 
	1604, 1605, 1606, 1607, 1988, 1609, 1610, 1611, 
	1612, 1624, 1613, 1614, 1615, 1616, 1617, 1618, 
	1619, 1988, 1620, 1621, 1622, 1623, 1988, 1625, 
	1626, 1627, 1628, 1629, 1630, 1988, 1631, 1632, 
	1633, 1634, 1988, 1636, 1637, 1638, 1639, 1652, 
	1640, 1641, 1642, 1643, 1644, 1645, 1646, 1647, 
	1988, 1648, 1649, 1650, 1651, 1988, 1653, 1654, 
	1655, 1656, 1657, 1658, 1659, 1660, 1988, 1661, 
	1662, 1663, 1664, 1988, 1666, 1667, 1668, 1669, 
	1670, 1671, 1672, 1673, 1988, 1674, 1675, 1676, 
	1677, 1988, 1988, 1680, 1681, 1682, 1683, 1684, 
	1685, 1690, 1988, 1686, 1687, 1688, 1689, 1988, 
	1988, 1692, 1693, 1694, 1695, 1696, 1721, 1988, 
	1697, 1698, 1699, 1700, 1701, 1702, 1703, 1704, 
	1720, 1988, 1705, 1706, 1707, 1718, 1719, 1708, 
	1717, 1709, 1710, 1711, 1716, 1988, 1712, 1713, 
	1714, 1715, 1988, 1988, 1988, 1723, 1737, 1724, 
	1725, 1726, 1727, 1731, 1728, 1729, 1730, 1988, 
	1988, 1732, 1733, 1734, 1735, 1736, 1988, 1988, 
	1738, 1739, 1756, 1740, 1741, 1742, 1743, 1744, 
	1755, 1988, 1745, 1746, 1747, 1748, 1754, 1988, 
	1749, 1750, 1751, 1752, 1753, 1988, 1988, 1757, 
	1758, 1759, 1760, 1761, 1767, 1762, 1763, 1764, 
	1765, 1766, 1988, 1988, 1769, 1770, 1771, 1772, 
	1773, 1774, 1775, 1988, 1776, 1777, 1988, 1779, 
	1780, 1781, 1782, 1783, 1784, 1834, 1785, 1786, 
	1787, 1788, 1789, 1790, 1791, 1792, 1824, 1793, 
	1794, 1795, 1804, 1796, 1797, 1798, 1799, 1800, 
	1801, 1802, 1803, 1805, 1806, 1807, 1823, 1808, 
	1809, 1810, 1988, 1811, 1812, 1813, 1814, 1988, 
	1815, 1816, 1817, 1818, 1988, 1819, 1820, 1821, 
	1822, 1988, 1825, 1826, 1827, 1828, 1829, 1830, 
	1831, 1832, 1833, 1988, 1836, 1837, 1838, 1839, 
	1844, 1988, 1840, 1841, 1842, 1843, 1988, 1988, 
	1846, 1853, 1883, 1896, 1847, 1848, 1852, 1849, 
	1850, 1851, 1988, 1988, 1988, 1854, 1855, 1856, 
	1872, 1857, 1858, 1871, 1988, 1859, 1860, 1861, 
	1862, 1988, 1863, 1864, 1865, 1866, 1867, 1868, 
	1869, 1870, 1988, 1988, 1873, 1874, 1875, 1876, 
	1882, 1877, 1878, 1879, 1880, 1881, 1988, 1988, 
	1884, 1885, 1886, 1988, 1887, 1895, 1888, 1889, 
	1894, 1890, 1891, 1892, 1893, 1988, 1988, 1988, 
	1897, 1898, 1899, 1900, 1901, 1902, 1907, 1903, 
	1904, 1905, 1906, 1988, 1988, 1909, 1910, 1930, 
	1911, 1928, 1929, 1912, 1913, 1927, 1914, 1915, 
	1916, 1917, 1926, 1988, 1918, 1919, 1920, 1921, 
	1988, 1922, 1923, 1924, 1925, 1988, 1988, 1988, 
	1932, 1933, 1934, 1935, 1936, 1937, 1951, 1938, 
	1939, 1940, 1941, 1950, 1988, 1942, 1943, 1944, 
	1945, 1988, 1946, 1947, 1948, 1949, 1988, 1988, 
	1953, 1954, 1955, 1956, 1957, 1958, 1988, 1960, 
	1961, 1962, 1963, 1988, 1965, 1966, 1967, 1968, 
	1969, 1970, 1971, 1972, 1973, 1988, 1975, 1988, 
	1977, 1978, 1979, 1980, 1981, 1985, 1982, 1983, 
	1984, 1988, 1986, 1988, 1987, 1989, 1988, 1, 
	1339, 1340, 1952, 1959, 1964, 1974, 1976, 0
};

static const short _atc_quectel_tcpip_trans_actions[] = {
	7, 0, 0, 0, 0, 0, 0, 0, 
	0, 0, 0, 52, 0, 0, 0, 121, 
	0, 0, 0, 0, 0, 0, 0, 0, 
	0, 0, 0, 0, 0, 61, 0, 0, 
	0, 0, 0, 0, 0, 508, 0, 0, 
	0, 0, 0, 0, 0, 0, 0, 0, 
	0, 0, 0, 511, 0, 0, 0, 0, 
	0, 0, 0, 514, 0, 0, 0, 0, 
	0, 520, 0, 517, 0, 67, 0, 0, 
	0, 0, 0, 0, 0, 0, 0, 0, 
	526, 0, 0, 0, 0, 0, 0, 0, 
	0, 0, 0, 0, 0, 0, 713, 0, 
	0, 0, 0, 717, 0, 0, 0, 0, 
	0, 0, 0, 721, 0, 0, 0, 0, 
	0, 729, 0, 725, 0, 0, 0, 0, 
	55, 0, 0, 0, 0, 0, 0, 0, 
	0, 0, 0, 0, 0, 0, 0, 0, 
	0, 0, 0, 0, 0, 0, 0, 0, 
	0, 0, 0, 0, 0, 469, 0, 0, 
	0, 0, 0, 669, 0, 0, 0, 0, 
	0, 0, 0, 0, 0, 0, 0, 0, 
	0, 0, 0, 0, 0, 0, 0, 0, 
	0, 451, 0, 0, 0, 0, 0, 0, 
	0, 0, 0, 0, 0, 0, 0, 645, 
	0, 0, 0, 0, 0, 0, 0, 0, 
	0, 0, 0, 0, 0, 0, 0, 493, 
	0, 0, 0, 0, 0, 701, 0, 0, 
	0, 0, 0, 0, 0, 0, 0, 0, 
	0, 0, 0, 0, 0, 499, 0, 0, 
	0, 0, 0, 0, 0, 0, 0, 0, 
	0, 0, 0, 709, 0, 0, 0, 0, 
	0, 0, 0, 0, 0, 0, 0, 0, 
	0, 0, 0, 484, 0, 0, 0, 0, 
	0, 689, 0, 0, 0, 0, 0, 0, 
	0, 0, 0, 0, 0, 0, 0, 0, 
	0, 0, 0, 0, 0, 466, 0, 0, 
	0, 0, 0, 665, 0, 0, 0, 0, 
	0, 0, 0, 0, 0, 0, 0, 0, 
	0, 0, 0, 0, 0, 0, 0, 0, 
	487, 0, 0, 0, 0, 0, 693, 0, 
	0, 0, 0, 0, 0, 0, 0, 0, 
	0, 0, 0, 0, 472, 0, 0, 0, 
	0, 0, 673, 0, 0, 0, 0, 0, 
	0, 0, 0, 0, 0, 0, 0, 0, 
	0, 0, 0, 0, 0, 0, 0, 0, 
	0, 0, 0, 0, 0, 0, 481, 0, 
	0, 0, 0, 0, 0, 0, 0, 0, 
	0, 0, 0, 0, 0, 0, 0, 0, 
	0, 0, 0, 0, 0, 0, 0, 0, 
	0, 0, 0, 0, 685, 0, 0, 0, 
	0, 0, 0, 0, 0, 0, 0, 0, 
	0, 0, 0, 0, 0, 0, 0, 0, 
	0, 0, 463, 0, 0, 0, 0, 0, 
	661, 0, 0, 0, 0, 0, 0, 0, 
	0, 0, 0, 0, 0, 0, 0, 0, 
	490, 0, 0, 0, 0, 0, 697, 0, 
	0, 0, 0, 0, 0, 0, 0, 0, 
	0, 0, 0, 0, 0, 0, 0, 0, 
	0, 0, 0, 0, 0, 0, 0, 0, 
	0, 0, 475, 0, 0, 0, 0, 0, 
	0, 0, 0, 0, 0, 0, 0, 0, 
	0, 0, 0, 0, 0, 0, 0, 0, 
	0, 0, 0, 0, 0, 0, 0, 0, 
	677, 0, 0, 0, 0, 0, 0, 0, 
	0, 0, 0, 0, 0, 0, 0, 0, 
	0, 0, 0, 0, 0, 478, 0, 0, 
	0, 0, 0, 0, 0, 0, 0, 0, 
	0, 0, 0, 681, 0, 0, 0, 0, 
	0, 0, 0, 0, 0, 0, 0, 0, 
	0, 0, 0, 496, 0, 0, 0, 0, 
	0, 705, 0, 0, 0, 0, 0, 0, 
	0, 0, 0, 0, 0, 0, 0, 0, 
	0, 0, 0, 0, 445, 0, 0, 0, 
	0, 0, 637, 0, 0, 0, 0, 0, 
	0, 0, 0, 0, 0, 0, 0, 448, 
	0, 0, 0, 0, 0, 641, 0, 0, 
	0, 0, 0, 0, 0, 0, 0, 0, 
	0, 0, 0, 0, 0, 0, 0, 0, 
	0, 460, 0, 0, 0, 0, 0, 657, 
	0, 0, 0, 0, 0, 0, 0, 0, 
	0, 0, 0, 0, 0, 0, 457, 0, 
	0, 0, 0, 0, 653, 0, 0, 0, 
	0, 0, 0, 0, 0, 0, 0, 0, 
	0, 0, 0, 454, 0, 0, 0, 0, 
	0, 649, 0, 0, 0, 76, 0, 0, 
	0, 0, 0, 0, 0, 0, 535, 0, 
	0, 0, 0, 0, 0, 0, 0, 0, 
	0, 0, 58, 0, 0, 0, 0, 0, 
	0, 0, 0, 0, 0, 0, 0, 0, 
	0, 0, 0, 0, 0, 0, 0, 0, 
	0, 0, 0, 0, 0, 502, 0, 0, 
	0, 0, 0, 0, 0, 0, 0, 0, 
	0, 0, 0, 0, 0, 0, 0, 0, 
	0, 0, 0, 0, 0, 0, 0, 0, 
	0, 0, 0, 0, 0, 0, 0, 0, 
	0, 0, 0, 0, 0, 0, 0, 505, 
	0, 0, 0, 0, 0, 64, 0, 0, 
	0, 0, 0, 523, 0, 0, 0, 0, 
	0, 0, 70, 0, 0, 0, 0, 0, 
	0, 529, 0, 0, 0, 0, 0, 0, 
	0, 0, 0, 589, 0, 0, 0, 0, 
	0, 100, 0, 0, 0, 0, 0, 0, 
	0, 0, 0, 0, 0, 0, 0, 0, 
	574, 0, 0, 0, 0, 0, 0, 0, 
	0, 0, 0, 0, 0, 0, 0, 0, 
	0, 0, 0, 0, 0, 0, 0, 0, 
	0, 737, 0, 0, 0, 0, 0, 0, 
	0, 0, 0, 577, 0, 0, 0, 0, 
	0, 741, 0, 0, 103, 0, 0, 0, 
	0, 0, 0, 0, 0, 580, 0, 0, 
	0, 0, 0, 0, 0, 0, 0, 0, 
	0, 0, 0, 0, 0, 0, 109, 0, 
	0, 0, 0, 0, 586, 0, 0, 0, 
	73, 0, 0, 0, 0, 0, 0, 0, 
	0, 0, 0, 0, 0, 0, 0, 0, 
	0, 0, 0, 0, 0, 0, 0, 0, 
	0, 0, 0, 0, 0, 0, 0, 0, 
	0, 0, 0, 532, 0, 0, 0, 0, 
	0, 0, 0, 0, 0, 0, 0, 0, 
	0, 0, 0, 0, 0, 0, 0, 0, 
	0, 0, 0, 0, 0, 0, 0, 0, 
	0, 0, 0, 0, 0, 0, 0, 0, 
	0, 592, 0, 85, 0, 0, 0, 0, 
	0, 0, 0, 0, 0, 0, 544, 0, 
	0, 0, 0, 0, 0, 0, 0, 0, 
	547, 0, 0, 0, 0, 0, 0, 0, 
	0, 0, 0, 0, 550, 0, 0, 0, 
	0, 553, 0, 0, 0, 0, 0, 106, 
	0, 0, 0, 0, 0, 0, 583, 0, 
	0, 0, 0, 0, 745, 0, 0, 82, 
	0, 0, 0, 0, 0, 0, 0, 0, 
	0, 0, 0, 541, 0, 0, 0, 0, 
	0, 0, 0, 0, 0, 0, 0, 0, 
	0, 0, 0, 0, 0, 733, 0, 88, 
	0, 0, 0, 0, 0, 0, 0, 0, 
	0, 0, 556, 0, 0, 0, 0, 0, 
	0, 0, 0, 0, 0, 0, 0, 0, 
	0, 0, 0, 0, 559, 0, 0, 0, 
	79, 0, 0, 0, 0, 0, 0, 0, 
	0, 0, 0, 0, 0, 0, 0, 0, 
	0, 0, 0, 0, 0, 0, 0, 0, 
	0, 0, 0, 0, 0, 0, 0, 0, 
	0, 0, 0, 0, 0, 0, 0, 0, 
	0, 0, 0, 0, 0, 0, 0, 0, 
	0, 0, 0, 0, 0, 0, 0, 0, 
	0, 0, 0, 538, 0, 0, 0, 0, 
	0, 0, 0, 0, 0, 0, 0, 0, 
	0, 0, 0, 0, 0, 0, 0, 0, 
	0, 0, 0, 0, 0, 0, 0, 0, 
	91, 0, 0, 0, 0, 0, 0, 0, 
	0, 562, 0, 0, 0, 0, 0, 0, 
	0, 0, 0, 0, 0, 112, 0, 0, 
	0, 0, 0, 0, 0, 0, 0, 0, 
	0, 0, 0, 0, 0, 0, 607, 0, 
	0, 0, 0, 0, 0, 0, 0, 0, 
	0, 0, 0, 634, 628, 0, 0, 0, 
	0, 0, 0, 0, 0, 631, 0, 0, 
	0, 0, 0, 0, 0, 0, 0, 0, 
	0, 0, 0, 0, 619, 0, 0, 0, 
	0, 0, 0, 0, 0, 0, 0, 0, 
	0, 0, 0, 0, 622, 0, 0, 0, 
	0, 0, 0, 0, 0, 0, 0, 0, 
	625, 0, 0, 0, 0, 0, 0, 0, 
	610, 0, 0, 0, 0, 613, 0, 0, 
	0, 0, 0, 0, 0, 0, 616, 0, 
	0, 0, 97, 0, 0, 0, 0, 0, 
	0, 0, 0, 0, 0, 0, 0, 0, 
	0, 0, 0, 0, 0, 0, 568, 0, 
	0, 0, 0, 0, 0, 0, 0, 0, 
	0, 0, 0, 0, 0, 0, 0, 0, 
	0, 571, 0, 0, 0, 601, 0, 0, 
	0, 0, 0, 604, 0, 0, 0, 94, 
	0, 0, 0, 0, 0, 0, 0, 0, 
	0, 0, 0, 0, 0, 0, 0, 0, 
	0, 0, 565, 0, 0, 0, 0, 0, 
	0, 0, 0, 0, 0, 0, 0, 0, 
	0, 0, 0, 0, 749, 0, 0, 0, 
	0, 0, 0, 0, 0, 0, 0, 0, 
	0, 0, 0, 0, 0, 0, 0, 595, 
	0, 0, 0, 0, 0, 0, 0, 0, 
	0, 0, 0, 0, 0, 0, 0, 0, 
	0, 0, 0, 0, 598, 5, 0, 0, 
	0, 0, 0, 0, 0, 0, 0, 0, 
	0, 0, 0, 0, 15, 3, 0, 0, 
	0, 0, 0, 289, 283, 286, 19, 3, 
	0, 0, 0, 0, 304, 0, 0, 0, 
	0, 307, 298, 301, 0, 0, 0, 11, 
	3, 0, 0, 0, 0, 0, 0, 0, 
	0, 0, 0, 0, 0, 0, 0, 0, 
	0, 0, 0, 0, 0, 0, 0, 187, 
	0, 0, 0, 0, 190, 0, 0, 0, 
	0, 0, 0, 0, 0, 0, 0, 0, 
	151, 0, 0, 0, 0, 0, 0, 0, 
	0, 154, 0, 0, 0, 0, 0, 0, 
	0, 0, 0, 247, 0, 0, 0, 0, 
	250, 0, 0, 0, 0, 0, 259, 0, 
	0, 0, 0, 0, 0, 0, 0, 262, 
	0, 0, 0, 0, 0, 0, 0, 0, 
	0, 229, 0, 0, 0, 0, 232, 0, 
	0, 0, 0, 0, 0, 0, 0, 0, 
	0, 0, 0, 0, 181, 0, 0, 0, 
	0, 184, 0, 0, 0, 0, 0, 0, 
	0, 0, 0, 0, 0, 0, 0, 0, 
	235, 0, 0, 0, 0, 238, 0, 0, 
	0, 0, 0, 0, 0, 193, 0, 0, 
	0, 0, 196, 0, 0, 0, 0, 0, 
	0, 0, 0, 0, 214, 0, 0, 0, 
	0, 217, 0, 0, 0, 0, 220, 0, 
	0, 0, 0, 0, 223, 0, 0, 0, 
	0, 226, 0, 0, 0, 0, 0, 0, 
	0, 0, 0, 0, 0, 0, 0, 0, 
	0, 175, 0, 0, 0, 0, 178, 0, 
	0, 0, 0, 0, 0, 0, 0, 0, 
	241, 0, 0, 0, 0, 244, 0, 0, 
	0, 0, 0, 0, 0, 0, 0, 199, 
	0, 0, 0, 0, 202, 0, 0, 0, 
	0, 0, 0, 0, 0, 0, 0, 0, 
	0, 205, 0, 0, 0, 0, 0, 0, 
	0, 0, 0, 0, 208, 0, 0, 0, 
	0, 0, 0, 0, 0, 211, 0, 0, 
	0, 0, 0, 0, 0, 0, 0, 253, 
	0, 0, 0, 0, 256, 0, 0, 0, 
	0, 0, 0, 0, 0, 0, 0, 0, 
	0, 139, 0, 0, 0, 0, 142, 0, 
	0, 0, 0, 0, 0, 145, 0, 0, 
	0, 0, 148, 0, 0, 0, 0, 0, 
	0, 0, 0, 0, 0, 0, 0, 0, 
	169, 0, 0, 0, 0, 172, 0, 0, 
	0, 0, 0, 0, 0, 0, 163, 0, 
	0, 0, 0, 166, 0, 0, 0, 0, 
	0, 0, 0, 0, 157, 0, 0, 0, 
	0, 160, 136, 0, 0, 25, 3, 0, 
	0, 0, 334, 0, 0, 0, 0, 337, 
	331, 0, 13, 3, 0, 0, 0, 268, 
	0, 0, 0, 0, 0, 0, 0, 0, 
	0, 271, 0, 0, 0, 0, 0, 0, 
	0, 0, 0, 0, 0, 277, 0, 0, 
	0, 0, 280, 274, 265, 0, 0, 0, 
	0, 17, 3, 0, 0, 0, 0, 295, 
	292, 21, 3, 0, 0, 0, 313, 310, 
	0, 0, 0, 0, 41, 3, 0, 0, 
	0, 415, 0, 0, 0, 0, 0, 418, 
	0, 0, 0, 0, 0, 421, 412, 0, 
	43, 3, 0, 0, 0, 0, 0, 0, 
	0, 0, 427, 424, 0, 0, 0, 0, 
	0, 0, 47, 442, 0, 0, 439, 0, 
	0, 23, 3, 0, 0, 0, 0, 0, 
	0, 0, 0, 0, 0, 0, 0, 0, 
	0, 0, 0, 0, 0, 0, 0, 0, 
	0, 0, 0, 0, 0, 0, 0, 0, 
	0, 0, 319, 0, 0, 0, 0, 322, 
	0, 0, 0, 0, 325, 0, 0, 0, 
	0, 328, 0, 0, 0, 0, 0, 0, 
	0, 0, 0, 316, 31, 3, 0, 0, 
	0, 367, 0, 0, 0, 0, 370, 364, 
	0, 0, 0, 0, 45, 3, 0, 0, 
	0, 0, 436, 430, 433, 0, 29, 3, 
	0, 0, 0, 0, 355, 0, 0, 0, 
	0, 358, 0, 0, 0, 0, 0, 0, 
	0, 0, 361, 352, 33, 3, 0, 0, 
	0, 0, 0, 0, 0, 0, 376, 373, 
	0, 0, 27, 349, 3, 0, 0, 0, 
	0, 0, 0, 0, 0, 346, 340, 343, 
	0, 0, 35, 3, 0, 0, 0, 0, 
	0, 0, 0, 382, 379, 0, 39, 0, 
	3, 0, 39, 0, 0, 0, 0, 0, 
	0, 0, 0, 403, 0, 0, 0, 0, 
	406, 0, 0, 0, 0, 409, 397, 400, 
	0, 0, 37, 3, 0, 0, 0, 0, 
	0, 0, 0, 0, 388, 0, 0, 0, 
	0, 391, 0, 0, 0, 0, 394, 385, 
	0, 0, 0, 0, 0, 3, 130, 0, 
	0, 0, 3, 118, 0, 0, 0, 0, 
	0, 0, 0, 0, 3, 133, 3, 115, 
	0, 0, 0, 0, 0, 0, 0, 0, 
	3, 127, 3, 124, 0, 9, 0, 1, 
	49, 1, 1, 1, 1, 1, 1, 0
};

static const short _atc_quectel_tcpip_eof_actions[] = {
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
	7, 7, 7, 0, 0, 0
};

static const int atc_quectel_tcpip_start = 1988;

static const int atc_quectel_tcpip_en_skip = 1987;
static const int atc_quectel_tcpip_en_main = 1988;



static size_t atc__quectel_tcpip_exec(atc_parser *par, atc_machine *mc, const char *data, size_t len,
                                    const char **line_from)
{
    const char *p = data, *pe = data + len;
    const char *eof = NULL; /* a line ends at CR or LF, never at the end of a chunk */
    const char *ls = par->len ? data : NULL;
    (void)eof;
    (void)atc_quectel_tcpip_en_main;
    (void)atc_quectel_tcpip_en_skip;
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
	_keys = _atc_quectel_tcpip_trans_keys + _atc_quectel_tcpip_key_offsets[ mc->cs];
	_trans = _atc_quectel_tcpip_index_offsets[ mc->cs];

	_klen = _atc_quectel_tcpip_single_lengths[ mc->cs];
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

	_klen = _atc_quectel_tcpip_range_lengths[ mc->cs];
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
	_trans = _atc_quectel_tcpip_indicies[_trans];
	 mc->cs = _atc_quectel_tcpip_trans_targs[_trans];

	if ( _atc_quectel_tcpip_trans_actions[_trans] == 0 )
		goto _again;

	_acts = _atc_quectel_tcpip_actions + _atc_quectel_tcpip_trans_actions[_trans];
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
	{ if (!ls) ls = p; mc->bad = 1; p--; { mc->cs = 1987;goto _again;} }
	break;
	case 4:
	{ mc->signal = ATC__SIG_LINE;  mc->cs = 1988; {p++; goto _out; } }
	break;
	case 5:
	{ if (atc__prompt_expected(par)) { mc->signal = ATC__SIG_PROMPT;  mc->cs = 1988; {p++; goto _out; } } }
	break;
	case 6:
	{ mc->hint = 2; }
	break;
	case 7:
	{ mc->hint = 8; }
	break;
	case 8:
	{ mc->hint = 28; }
	break;
	case 9:
	{ mc->hint = 30; }
	break;
	case 10:
	{ mc->hint = 33; }
	break;
	case 11:
	{ mc->hint = 35; }
	break;
	case 12:
	{ mc->hint = 38; }
	break;
	case 13:
	{ mc->hint = 40; }
	break;
	case 14:
	{ mc->hint = 42; }
	break;
	case 15:
	{ mc->hint = 44; }
	break;
	case 16:
	{ mc->hint = 48; }
	break;
	case 17:
	{ mc->hint = 50; }
	break;
	case 18:
	{ mc->hint = 52; }
	break;
	case 19:
	{ mc->hint = 54; }
	break;
	case 20:
	{ mc->hint = 56; }
	break;
	case 21:
	{ mc->hint = 58; }
	break;
	case 22:
	{ mc->hint = 61; }
	break;
	case 23:
	{ mc->hint = 63; }
	break;
	case 24:
	{ mc->hint = 65; }
	break;
	case 25:
	{ mc->hint = 68; }
	break;
	case 26:
	{ mc->hint = 70; }
	break;
	case 27:
	{ mc->hint = 108; }
	break;
	case 28:
	{ mc->hint = 110; }
	break;
	case 29:
	{ mc->hint = 112; }
	break;
	case 30:
	{ mc->hint = 113; }
	break;
	case 31:
	{ mc->hint = 115; }
	break;
	case 32:
	{ mc->hint = 116; }
	break;
	case 33:
	{ mc->hint = 117; }
	break;
	case 34:
	{ mc->hint = 118; }
	break;
	case 35:
	{ mc->hint = 119; }
	break;
	case 36:
	{ mc->hint = 122; }
	break;
	case 37:
	{ mc->hint = 126; }
	break;
	case 38:
	{ mc->hint = 128; }
	break;
	case 39:
	{ mc->hint = 129; }
	break;
	case 40:
	{ mc->hint = 130; }
	break;
	case 41:
	{ mc->hint = 132; }
	break;
	case 42:
	{ mc->hint = 136; }
	break;
	case 43:
	{ mc->hint = 137; }
	break;
	case 44:
	{ mc->hint = 139; }
	break;
	case 45:
	{ mc->hint = 146; }
	break;
	case 46:
	{ atc__machine_match(mc, 0); }
	break;
	case 47:
	{ atc__machine_match(mc, 1); }
	break;
	case 48:
	{ atc__machine_match(mc, 2); }
	break;
	case 49:
	{ atc__machine_match(mc, 3); }
	break;
	case 50:
	{ atc__machine_match(mc, 4); }
	break;
	case 51:
	{ atc__machine_match(mc, 5); }
	break;
	case 52:
	{ atc__machine_match(mc, 6); }
	break;
	case 53:
	{ atc__machine_match(mc, 7); }
	break;
	case 54:
	{ atc__machine_match(mc, 8); }
	break;
	case 55:
	{ atc__machine_match(mc, 9); }
	break;
	case 56:
	{ atc__machine_match(mc, 10); }
	break;
	case 57:
	{ atc__machine_match(mc, 11); }
	break;
	case 58:
	{ atc__machine_match(mc, 12); }
	break;
	case 59:
	{ atc__machine_match(mc, 13); }
	break;
	case 60:
	{ atc__machine_match(mc, 14); }
	break;
	case 61:
	{ atc__machine_match(mc, 15); }
	break;
	case 62:
	{ atc__machine_match(mc, 16); }
	break;
	case 63:
	{ atc__machine_match(mc, 17); }
	break;
	case 64:
	{ atc__machine_match(mc, 18); }
	break;
	case 65:
	{ atc__machine_match(mc, 19); }
	break;
	case 66:
	{ atc__machine_match(mc, 20); }
	break;
	case 67:
	{ atc__machine_match(mc, 21); }
	break;
	case 68:
	{ atc__machine_match(mc, 22); }
	break;
	case 69:
	{ atc__machine_match(mc, 23); }
	break;
	case 70:
	{ atc__machine_match(mc, 24); }
	break;
	case 71:
	{ atc__machine_match(mc, 25); }
	break;
	case 72:
	{ atc__machine_match(mc, 26); }
	break;
	case 73:
	{ atc__machine_match(mc, 27); }
	break;
	case 74:
	{ atc__machine_match(mc, 28); }
	break;
	case 75:
	{ atc__machine_match(mc, 29); }
	break;
	case 76:
	{ atc__machine_match(mc, 30); }
	break;
	case 77:
	{ atc__machine_match(mc, 31); }
	break;
	case 78:
	{ atc__machine_match(mc, 32); }
	break;
	case 79:
	{ atc__machine_match(mc, 33); }
	break;
	case 80:
	{ atc__machine_match(mc, 34); }
	break;
	case 81:
	{ atc__machine_match(mc, 35); }
	break;
	case 82:
	{ atc__machine_match(mc, 36); }
	break;
	case 83:
	{ atc__machine_match(mc, 37); }
	break;
	case 84:
	{ atc__machine_match(mc, 38); }
	break;
	case 85:
	{ atc__machine_match(mc, 39); }
	break;
	case 86:
	{ atc__machine_match(mc, 40); }
	break;
	case 87:
	{ atc__machine_match(mc, 41); }
	break;
	case 88:
	{ atc__machine_match(mc, 42); }
	break;
	case 89:
	{ atc__machine_match(mc, 43); }
	break;
	case 90:
	{ atc__machine_match(mc, 44); }
	break;
	case 91:
	{ atc__machine_match(mc, 45); }
	break;
	case 92:
	{ atc__machine_match(mc, 46); }
	break;
	case 93:
	{ atc__machine_match(mc, 47); }
	break;
	case 94:
	{ atc__machine_match(mc, 48); }
	break;
	case 95:
	{ atc__machine_match(mc, 49); }
	break;
	case 96:
	{ atc__machine_match(mc, 50); }
	break;
	case 97:
	{ atc__machine_match(mc, 51); }
	break;
	case 98:
	{ atc__machine_match(mc, 52); }
	break;
	case 99:
	{ atc__machine_match(mc, 53); }
	break;
	case 100:
	{ atc__machine_match(mc, 54); }
	break;
	case 101:
	{ atc__machine_match(mc, 55); }
	break;
	case 102:
	{ atc__machine_match(mc, 56); }
	break;
	case 103:
	{ atc__machine_match(mc, 57); }
	break;
	case 104:
	{ atc__machine_match(mc, 58); }
	break;
	case 105:
	{ atc__machine_match(mc, 59); }
	break;
	case 106:
	{ atc__machine_match(mc, 60); }
	break;
	case 107:
	{ atc__machine_match(mc, 61); }
	break;
	case 108:
	{ atc__machine_match(mc, 62); }
	break;
	case 109:
	{ atc__machine_match(mc, 63); }
	break;
	case 110:
	{ atc__machine_match(mc, 64); }
	break;
	case 111:
	{ atc__machine_match(mc, 65); }
	break;
	case 112:
	{ atc__machine_match(mc, 66); }
	break;
	case 113:
	{ atc__machine_match(mc, 67); }
	break;
	case 114:
	{ atc__machine_match(mc, 68); }
	break;
	case 115:
	{ atc__machine_match(mc, 69); }
	break;
	case 116:
	{ atc__machine_match(mc, 70); }
	break;
	case 117:
	{ atc__machine_match(mc, 71); }
	break;
	case 118:
	{ atc__machine_match(mc, 72); }
	break;
	case 119:
	{ atc__machine_match(mc, 73); }
	break;
	case 120:
	{ atc__machine_match(mc, 74); }
	break;
	case 121:
	{ atc__machine_match(mc, 75); }
	break;
	case 122:
	{ atc__machine_match(mc, 76); }
	break;
	case 123:
	{ atc__machine_match(mc, 77); }
	break;
	case 124:
	{ atc__machine_match(mc, 78); }
	break;
	case 125:
	{ atc__machine_match(mc, 79); }
	break;
	case 126:
	{ atc__machine_match(mc, 80); }
	break;
	case 127:
	{ atc__machine_match(mc, 81); }
	break;
	case 128:
	{ atc__machine_match(mc, 82); }
	break;
	case 129:
	{ atc__machine_match(mc, 83); }
	break;
	case 130:
	{ atc__machine_match(mc, 84); }
	break;
	case 131:
	{ atc__machine_match(mc, 85); }
	break;
	case 132:
	{ atc__machine_match(mc, 86); }
	break;
	case 133:
	{ atc__machine_match(mc, 87); }
	break;
	case 134:
	{ atc__machine_match(mc, 88); }
	break;
	case 135:
	{ atc__machine_match(mc, 89); }
	break;
	case 136:
	{ atc__machine_match(mc, 90); }
	break;
	case 137:
	{ atc__machine_match(mc, 91); }
	break;
	case 138:
	{ atc__machine_match(mc, 92); }
	break;
	case 139:
	{ atc__machine_match(mc, 93); }
	break;
	case 140:
	{ atc__machine_match(mc, 94); }
	break;
	case 141:
	{ atc__machine_match(mc, 95); }
	break;
	case 142:
	{ atc__machine_match(mc, 96); }
	break;
	case 143:
	{ atc__machine_match(mc, 97); }
	break;
	case 144:
	{ atc__machine_match(mc, 98); }
	break;
	case 145:
	{ atc__machine_match(mc, 99); }
	break;
	case 146:
	{ atc__machine_match(mc, 100); }
	break;
	case 147:
	{ atc__machine_match(mc, 101); }
	break;
	case 148:
	{ atc__machine_match(mc, 102); }
	break;
	case 149:
	{ atc__machine_match(mc, 103); }
	break;
	case 150:
	{ atc__machine_match(mc, 104); }
	break;
	case 151:
	{ atc__machine_match(mc, 105); }
	break;
	case 152:
	{ atc__machine_match(mc, 106); }
	break;
	case 153:
	{ atc__machine_match(mc, 107); }
	break;
	case 154:
	{ atc__machine_match(mc, 108); }
	break;
	case 155:
	{ atc__machine_match(mc, 109); }
	break;
	case 156:
	{ atc__machine_match(mc, 110); }
	break;
	case 157:
	{ atc__machine_match(mc, 111); }
	break;
	case 158:
	{ atc__machine_match(mc, 112); }
	break;
	case 159:
	{ atc__machine_match(mc, 113); }
	break;
	case 160:
	{ atc__machine_match(mc, 114); }
	break;
	case 161:
	{ atc__machine_match(mc, 115); }
	break;
	case 162:
	{ atc__machine_match(mc, 116); }
	break;
	case 163:
	{ atc__machine_match(mc, 117); }
	break;
	case 164:
	{ atc__machine_match(mc, 118); }
	break;
	case 165:
	{ atc__machine_match(mc, 119); }
	break;
	case 166:
	{ atc__machine_match(mc, 120); }
	break;
	case 167:
	{ atc__machine_match(mc, 121); }
	break;
	case 168:
	{ atc__machine_match(mc, 122); }
	break;
	case 169:
	{ atc__machine_match(mc, 123); }
	break;
	case 170:
	{ atc__machine_match(mc, 124); }
	break;
	case 171:
	{ atc__machine_match(mc, 125); }
	break;
	case 172:
	{ atc__machine_match(mc, 126); }
	break;
	case 173:
	{ atc__machine_match(mc, 127); }
	break;
	case 174:
	{ atc__machine_match(mc, 128); }
	break;
	case 175:
	{ atc__machine_match(mc, 129); }
	break;
	case 176:
	{ atc__machine_match(mc, 130); }
	break;
	case 177:
	{ atc__machine_match(mc, 131); }
	break;
	case 178:
	{ atc__machine_match(mc, 132); }
	break;
	case 179:
	{ atc__machine_match(mc, 133); }
	break;
	case 180:
	{ atc__machine_match(mc, 134); }
	break;
	case 181:
	{ atc__machine_match(mc, 135); }
	break;
	case 182:
	{ atc__machine_match(mc, 136); }
	break;
	case 183:
	{ atc__machine_match(mc, 137); }
	break;
	case 184:
	{ atc__machine_match(mc, 138); }
	break;
	case 185:
	{ atc__machine_match(mc, 139); }
	break;
	case 186:
	{ atc__machine_match(mc, 140); }
	break;
	case 187:
	{ atc__machine_match(mc, 141); }
	break;
	case 188:
	{ atc__machine_match(mc, 142); }
	break;
	case 189:
	{ atc__machine_match(mc, 143); }
	break;
	case 190:
	{ atc__machine_match(mc, 144); }
	break;
	case 191:
	{ atc__machine_match(mc, 145); }
	break;
	case 192:
	{ atc__machine_match(mc, 146); }
	break;
	case 193:
	{ atc__machine_match(mc, 147); }
	break;
	case 194:
	{ atc__machine_match(mc, 148); }
	break;
	case 195:
	{ atc__machine_match(mc, 149); }
	break;
	case 196:
	{ atc__machine_match(mc, 150); }
	break;
	case 197:
	{ atc__machine_match(mc, 151); }
	break;
	case 198:
	{ atc__machine_match(mc, 152); }
	break;
	case 199:
	{ atc__machine_match(mc, 153); }
	break;
	case 200:
	{ atc__machine_match(mc, 154); }
	break;
	case 201:
	{ atc__machine_match(mc, 155); }
	break;
	case 202:
	{ atc__machine_match(mc, 156); }
	break;
	case 203:
	{ atc__machine_match(mc, 157); }
	break;
	case 204:
	{ atc__machine_match(mc, 158); }
	break;
	case 205:
	{ atc__machine_match(mc, 159); }
	break;
	case 206:
	{ atc__machine_match(mc, 160); }
	break;
	case 207:
	{ atc__machine_match(mc, 161); }
	break;
	case 208:
	{ atc__machine_match(mc, 162); }
	break;
	case 209:
	{ atc__machine_match(mc, 163); }
	break;
	case 210:
	{ atc__machine_match(mc, 164); }
	break;
	case 211:
	{ atc__machine_match(mc, 165); }
	break;
	case 212:
	{ atc__machine_match(mc, 166); }
	break;
	case 213:
	{ atc__machine_match(mc, 167); }
	break;
	case 214:
	{ atc__machine_match(mc, 168); }
	break;
	case 215:
	{ atc__machine_match(mc, 169); }
	break;
	case 216:
	{ atc__machine_match(mc, 170); }
	break;
	case 217:
	{ atc__machine_match(mc, 171); }
	break;
	case 218:
	{ atc__machine_match(mc, 172); }
	break;
	case 219:
	{ atc__machine_match(mc, 173); }
	break;
	case 220:
	{ atc__machine_match(mc, 174); }
	break;
	case 221:
	{ atc__machine_match(mc, 175); }
	break;
	case 222:
	{ atc__machine_match(mc, 176); }
	break;
	case 223:
	{ atc__machine_match(mc, 177); }
	break;
	case 224:
	{ atc__machine_match(mc, 178); }
	break;
	case 225:
	{ atc__machine_match(mc, 179); }
	break;
	case 226:
	{ atc__machine_match(mc, 180); }
	break;
	case 227:
	{ atc__machine_match(mc, 181); }
	break;
	case 228:
	{ atc__machine_match(mc, 182); }
	break;
	case 229:
	{ atc__machine_match(mc, 183); }
	break;
	case 230:
	{ atc__machine_match(mc, 184); }
	break;
	case 231:
	{ atc__machine_match(mc, 185); }
	break;
	case 232:
	{ atc__machine_match(mc, 186); }
	break;
	case 233:
	{ atc__machine_match(mc, 187); }
	break;
	case 234:
	{ atc__machine_match(mc, 188); }
	break;
	case 235:
	{ atc__machine_match(mc, 189); }
	break;
	case 236:
	{ atc__machine_match(mc, 190); }
	break;
	case 237:
	{ atc__machine_match(mc, 191); }
	break;
	case 238:
	{ atc__machine_match(mc, 192); }
	break;
	case 239:
	{ atc__machine_match(mc, 193); }
	break;
	case 240:
	{ atc__machine_match(mc, 194); }
	break;
	case 241:
	{ atc__machine_match(mc, 195); }
	break;
	case 242:
	{ atc__machine_match(mc, 196); }
	break;
	case 243:
	{ atc__machine_match(mc, 197); }
	break;
	case 244:
	{ atc__machine_match(mc, 198); }
	break;
	case 245:
	{ atc__machine_match(mc, 199); }
	break;
	case 246:
	{ atc__machine_match(mc, 200); }
	break;
	case 247:
	{ atc__machine_match(mc, 201); }
	break;
	case 248:
	{ atc__machine_match(mc, 202); }
	break;
	case 249:
	{ atc__machine_match(mc, 203); }
	break;
	case 250:
	{ atc__machine_match(mc, 204); }
	break;
	case 251:
	{ atc__machine_match(mc, 205); }
	break;
	case 252:
	{ atc__machine_match(mc, 206); }
	break;
	case 253:
	{ atc__machine_match(mc, 207); }
	break;
	case 254:
	{ atc__machine_match(mc, 208); }
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
	const unsigned char *__acts = _atc_quectel_tcpip_actions + _atc_quectel_tcpip_eof_actions[ mc->cs];
	unsigned int __nacts = (unsigned int) *__acts++;
	while ( __nacts-- > 0 ) {
		switch ( *__acts++ ) {
	case 3:
	{ if (!ls) ls = p; mc->bad = 1; p--; { mc->cs = 1987;	if ( p == pe )
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

static const char *const atc__quectel_tcpip_leave_lines[] = {"NO CARRIER"};

const atc_profile atc_quectel_tcpip_profile = {
    "quectel_tcpip",
    atc__quectel_tcpip_msgs, 155,
    atc__quectel_tcpip_alts, 209,
    atc_quectel_tcpip_start,
    atc__quectel_tcpip_exec,
    "+++",
    atc__quectel_tcpip_leave_lines, 1,
    7
};

#endif /* ATC_QUECTEL_TCPIP_IMPLEMENTED */
#endif /* ATC_IMPLEMENTATION */
