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
