/* atc_andlink.h: the atc codec for profile andlink, as a single header.
 * Generated from spec/andlink.yaml, runtime/ and templates/; do not edit.
 *
 * In exactly one C or C++ file:
 *     #define ATC_IMPLEMENTATION
 *     #include "atc_andlink.h"
 * everywhere else just include it. Settings (ATC_MAX_LINE, ...) go before the include,
 * the same in every file. */

#ifndef ATC_ANDLINK_SINGLE_H
#define ATC_ANDLINK_SINGLE_H

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

/* Generated by atc from spec/andlink.yaml (Quectel BC28 Andlink Application Guide (NB-IoT module series), 1.0 (2020-02-21)).
 * Do not edit: change the spec and run `make generate`. Reference: docs/reference/andlink.md */
#ifndef ATC_ANDLINK_PROFILE_H
#define ATC_ANDLINK_PROFILE_H

/* (amalgamated: atc.h) */
#if ATC_RUNTIME_VERSION != 1
#error "generated/andlink.h was generated for atc runtime version 1"
#endif

/* sha256 (first 16 hex digits) of the spec this file was generated from */
#define ATC_ANDLINK_SPEC_HASH "c505f364617fab36"

/* The longest line this profile's spec allows (strings at their max_len). Lines longer than
 * ATC_MAX_LINE are reported as ATC_ERR_LINE_TOO_LONG; to decode every line, define ATC_MAX_LINE
 * to at least this. */
#define ATC_ANDLINK_LONGEST_LINE 68

#ifdef __cplusplus
extern "C" {
#endif

extern const atc_profile atc_andlink_profile;

/* Message ids: index into atc_andlink_profile.msgs, the id of atc_event. */
typedef enum atc_andlink_id {
    ATC_ANDLINK_OK = 0,
    ATC_ANDLINK_ERROR = 1,
    ATC_ANDLINK_CME_ERROR = 2,
    ATC_ANDLINK_CMS_ERROR = 3,
    ATC_ANDLINK_PROMPT = 4,
    ATC_ANDLINK_AT_QLASERVERIP_READ = 5,
    ATC_ANDLINK_AT_QLASERVERIP_SET = 6,
    ATC_ANDLINK_AT_QLASECSWT_READ = 7,
    ATC_ANDLINK_AT_QLASECSWT_SET = 8,
    ATC_ANDLINK_AT_QLASETPSK_READ = 9,
    ATC_ANDLINK_AT_QLASETPSK_SET = 10,
    ATC_ANDLINK_AT_QLASREGIND_SET = 11,
    ATC_ANDLINK_AT_QLASENDDATA_SET = 12,
    ATC_ANDLINK_AT_QLASENDRSP_SET = 13,
    ATC_ANDLINK_AT_QLADATASTATUS_READ = 14,
    ATC_ANDLINK_AT_QLAFOTAIND_SET = 15,
    ATC_ANDLINK_AT_QLAREGSWT_READ = 16,
    ATC_ANDLINK_AT_QLAREGSWT_SET = 17,
    ATC_ANDLINK_AT_QLASTATUS_READ = 18,
    ATC_ANDLINK_AT_QLARESETDTLS_EXEC = 19,
    ATC_ANDLINK_AT_QLADTLSSTAT_READ = 20,
    ATC_ANDLINK_AT_QCFG_SET_LWM2M_DEVICETYPE = 21,
    ATC_ANDLINK_AT_QLAFOTARESET_SET = 22,
    ATC_ANDLINK_AT_QLASETBSPSK_READ = 23,
    ATC_ANDLINK_AT_QLASETBSPSK_SET = 24,
    ATC_ANDLINK_AT_QLABSSECSWT_READ = 25,
    ATC_ANDLINK_AT_QLABSSECSWT_SET = 26,
    ATC_ANDLINK_QLASERVERIP = 27,
    ATC_ANDLINK_QLASERVERIP_SERVER = 28,
    ATC_ANDLINK_QLASECSWT_READ = 29,
    ATC_ANDLINK_QLASETPSK_READ = 30,
    ATC_ANDLINK_QLADATASTATUS_READ = 31,
    ATC_ANDLINK_QLAREGSWT_READ = 32,
    ATC_ANDLINK_QLASTATUS_READ = 33,
    ATC_ANDLINK_QLADTLSSTAT_READ = 34,
    ATC_ANDLINK_QCFG_LWM2M_DEVICETYPE = 35,
    ATC_ANDLINK_QLASETBSPSK_READ = 36,
    ATC_ANDLINK_QLABSSECSWT_READ = 37,
    ATC_ANDLINK_QLAWRITE = 38,
    ATC_ANDLINK_QLAREAD = 39,
    ATC_ANDLINK_QLAEVTIND = 40,
    ATC_ANDLINK_QLADATASTATUS = 41,
    ATC_ANDLINK_QLADTLSSTAT = 42,
    ATC_ANDLINK_NEUL = 43,
    ATC_ANDLINK_FIRMWARE_DOWNLOADING = 44,
    ATC_ANDLINK_FIRMWARE_DOWNLOAD_FAILED = 45,
    ATC_ANDLINK_FIRMWARE_DOWNLOADED = 46,
    ATC_ANDLINK_FIRMWARE_UPDATING = 47,
    ATC_ANDLINK_FIRMWARE_UPDATE_SUCCESS = 48,
    ATC_ANDLINK_FIRMWARE_UPDATE_FAILED = 49,
    ATC_ANDLINK_FIRMWARE_UPDATE_OVER = 50,
    ATC_ANDLINK_REBOOT_CAUSE_SECURITY_RESET_UNKNOWN = 51,
    ATC_ANDLINK_REBOOT_CAUSE_SECURITY_SYSRESETREQ = 52,
    ATC_ANDLINK_REBOOT_CAUSE_SECURITY_WATCHDOG = 53,
    ATC_ANDLINK_REBOOT_CAUSE_SECURITY_SELF = 54,
    ATC_ANDLINK_REBOOT_CAUSE_SECURITY_ALTBOOT = 55,
    ATC_ANDLINK_REBOOT_CAUSE_SECURITY_REG_0 = 56,
    ATC_ANDLINK_REBOOT_CAUSE_SECURITY_REG_3 = 57,
    ATC_ANDLINK_REBOOT_CAUSE_SECURITY_STANDARD_CHIP_WATCHDOG = 58,
    ATC_ANDLINK_REBOOT_CAUSE_SECURITY_UPDATER_CHIP_WATCHDOG = 59,
    ATC_ANDLINK_REBOOT_CAUSE_SECURITY_SCAN_ENTER_EXIT = 60,
    ATC_ANDLINK_REBOOT_CAUSE_SECURITY_PMU_POWER_ON_RESET = 61,
    ATC_ANDLINK_REBOOT_CAUSE_SECURITY_RESET_PIN = 62,
    ATC_ANDLINK_REBOOT_CAUSE_SECURITY_REGIONS_UPDATED = 63,
    ATC_ANDLINK_REBOOT_CAUSE_SECURITY_FOTA_UPGRADE = 64,
    ATC_ANDLINK_REBOOT_CAUSE_PROTOCOL_SYSRESETREQ = 65,
    ATC_ANDLINK_REBOOT_CAUSE_PROTOCOL_WATCHDOG = 66,
    ATC_ANDLINK_REBOOT_CAUSE_PROTOCOL_MONITOR_REBOOT_REQ = 67,
    ATC_ANDLINK_REBOOT_CAUSE_PROTOCOL_RPC_TIMEOUT = 68,
    ATC_ANDLINK_REBOOT_CAUSE_APPLICATION_SYSRESETREQ = 69,
    ATC_ANDLINK_REBOOT_CAUSE_APPLICATION_WATCHDOG = 70,
    ATC_ANDLINK_REBOOT_CAUSE_APPLICATION_AT = 71,
    ATC_ANDLINK_REBOOT_CAUSE_APPLICATION_RPC_TIMEOUT = 72,
    ATC_ANDLINK_REBOOT_CAUSE_PROTOCOL_IMSI_UPDATE = 73,
    ATC_ANDLINK_REBOOT_CAUSE_UNKNOWN = 74,
    ATC_ANDLINK__COUNT = 75
} atc_andlink_id;

/* <type>, spec line 297 */
typedef enum atc_andlink_type {
    ATC_ANDLINK_TYPE_NONE = 0,
    ATC_ANDLINK_TYPE_DTLS = 1
} atc_andlink_type;

/* <nat_type>, spec line 298 */
typedef enum atc_andlink_nat_type {
    ATC_ANDLINK_NAT_TYPE_NAT_ENABLED = 0,
    ATC_ANDLINK_NAT_TYPE_NAT_DISABLED = 1
} atc_andlink_nat_type;

/* <at_qlasregind_set_type>, spec line 359 */
typedef enum atc_andlink_at_qlasregind_set_type {
    ATC_ANDLINK_AT_QLASREGIND_SET_TYPE_REGISTER = 0,
    ATC_ANDLINK_AT_QLASREGIND_SET_TYPE_DEREGISTER = 1
} atc_andlink_at_qlasregind_set_type;

/* <mode>, spec line 382 */
typedef enum atc_andlink_mode {
    ATC_ANDLINK_MODE_NON = 0,
    ATC_ANDLINK_MODE_NON_RELEASE = 1,
    ATC_ANDLINK_MODE_NON_RELEASE_AFTER_REPLY = 16,
    ATC_ANDLINK_MODE_CON = 256,
    ATC_ANDLINK_MODE_CON_RELEASE_AFTER_REPLY = 257
} atc_andlink_mode;

/* <result>, spec line 399 */
typedef enum atc_andlink_result {
    ATC_ANDLINK_RESULT_CONTENT = 1,
    ATC_ANDLINK_RESULT_CHANGED = 2,
    ATC_ANDLINK_RESULT_BAD_REQUEST = 11,
    ATC_ANDLINK_RESULT_UNAUTHORIZED = 12,
    ATC_ANDLINK_RESULT_NOT_FOUND = 13,
    ATC_ANDLINK_RESULT_METHOD_NOT_ALLOWED = 14
} atc_andlink_result;

/* <at_qlafotaind_set_type>, spec line 471 */
typedef enum atc_andlink_at_qlafotaind_set_type {
    ATC_ANDLINK_AT_QLAFOTAIND_SET_TYPE_AUTO = 0,
    ATC_ANDLINK_AT_QLAFOTAIND_SET_TYPE_CONTROLLED = 1,
    ATC_ANDLINK_AT_QLAFOTAIND_SET_TYPE_START_DOWNLOAD = 2,
    ATC_ANDLINK_AT_QLAFOTAIND_SET_TYPE_CANCEL_DOWNLOAD = 3,
    ATC_ANDLINK_AT_QLAFOTAIND_SET_TYPE_START_UPDATE = 4,
    ATC_ANDLINK_AT_QLAFOTAIND_SET_TYPE_CANCEL_UPDATE = 5
} atc_andlink_at_qlafotaind_set_type;

/* <at_qlaregswt_set_type>, spec line 546 */
typedef enum atc_andlink_at_qlaregswt_set_type {
    ATC_ANDLINK_AT_QLAREGSWT_SET_TYPE_MANUAL = 0,
    ATC_ANDLINK_AT_QLAREGSWT_SET_TYPE_AUTO = 1
} atc_andlink_at_qlaregswt_set_type;

/* <status>, spec line 421 */
typedef enum atc_andlink_status {
    ATC_ANDLINK_STATUS_NOT_SENT = 0,
    ATC_ANDLINK_STATUS_SENT_AWAITING_RESPONSE = 1,
    ATC_ANDLINK_STATUS_SEND_FAILED = 2,
    ATC_ANDLINK_STATUS_SEND_TIMEOUT = 3,
    ATC_ANDLINK_STATUS_SEND_SUCCESS = 4,
    ATC_ANDLINK_STATUS_RESET_RECEIVED = 5
} atc_andlink_status;

/* <qladtlsstat_read_type>, spec line 645 */
typedef enum atc_andlink_qladtlsstat_read_type {
    ATC_ANDLINK_QLADTLSSTAT_READ_TYPE_DONE = 0,
    ATC_ANDLINK_QLADTLSSTAT_READ_TYPE_NOT_STARTED = 1,
    ATC_ANDLINK_QLADTLSSTAT_READ_TYPE_IN_PROGRESS = 2,
    ATC_ANDLINK_QLADTLSSTAT_READ_TYPE_FAILED = 3
} atc_andlink_qladtlsstat_read_type;

/* <qlaevtind_type>, spec line 836 */
typedef enum atc_andlink_qlaevtind_type {
    ATC_ANDLINK_QLAEVTIND_TYPE_REGISTERED = 0,
    ATC_ANDLINK_QLAEVTIND_TYPE_DEREGISTERED = 1,
    ATC_ANDLINK_QLAEVTIND_TYPE_UPDATED = 2,
    ATC_ANDLINK_QLAEVTIND_TYPE_DATA_OBJECT_OBSERVED = 3,
    ATC_ANDLINK_QLAEVTIND_TYPE_BOOTSTRAP_COMPLETED = 4,
    ATC_ANDLINK_QLAEVTIND_TYPE_FIRMWARE_OBJECT_OBSERVED = 5,
    ATC_ANDLINK_QLAEVTIND_TYPE_FOTA_URL_RECEIVED = 6,
    ATC_ANDLINK_QLAEVTIND_TYPE_FOTA_PACKAGE_DOWNLOADED = 7
} atc_andlink_qlaevtind_type;

/* Error table "cme_27007", spec line 19. */
typedef enum atc_andlink_cme_27007 {
    ATC_ANDLINK_CME_27007_OPERATION_NOT_ALLOWED = 3,
    ATC_ANDLINK_CME_27007_OPERATION_NOT_SUPPORTED = 4,
    ATC_ANDLINK_CME_27007_MEMORY_FAILURE = 23,
    ATC_ANDLINK_CME_27007_NO_NETWORK_SERVICE = 30,
    ATC_ANDLINK_CME_27007_INCORRECT_PARAMETERS = 50,
    ATC_ANDLINK_CME_27007_COMMAND_DISABLED = 51,
    ATC_ANDLINK_CME_27007_COMMAND_ABORTED_BY_USER = 52,
    ATC_ANDLINK_CME_27007_UPLINK_BUSY = 159
} atc_andlink_cme_27007;
/* The document's English description of a code, or NULL. */
ATC_API const char *atc_andlink_cme_27007_text(int32_t code);

/* Error table "cms_27005", spec line 31. */
typedef enum atc_andlink_cms_27005 {
    ATC_ANDLINK_CMS_27005_ME_FAILURE = 300,
    ATC_ANDLINK_CMS_27005_SMS_SERVICE_RESERVED = 301,
    ATC_ANDLINK_CMS_27005_OPERATION_NOT_ALLOWED = 302,
    ATC_ANDLINK_CMS_27005_OPERATION_NOT_SUPPORTED = 303,
    ATC_ANDLINK_CMS_27005_INVALID_PDU_MODE_PARAMETER = 304,
    ATC_ANDLINK_CMS_27005_INVALID_TEXT_MODE_PARAMETER = 305,
    ATC_ANDLINK_CMS_27005_USIM_NOT_INSERTED = 310,
    ATC_ANDLINK_CMS_27005_USIM_PIN_REQUIRED = 311,
    ATC_ANDLINK_CMS_27005_PH_USIM_PIN_REQUIRED = 312,
    ATC_ANDLINK_CMS_27005_USIM_FAILURE = 313,
    ATC_ANDLINK_CMS_27005_USIM_BUSY = 314,
    ATC_ANDLINK_CMS_27005_USIM_WRONG = 315,
    ATC_ANDLINK_CMS_27005_USIM_PUK_REQUIRED = 316,
    ATC_ANDLINK_CMS_27005_USIM_PIN2_REQUIRED = 317,
    ATC_ANDLINK_CMS_27005_USIM_PUK2_REQUIRED = 318,
    ATC_ANDLINK_CMS_27005_MEMORY_FAILURE = 320,
    ATC_ANDLINK_CMS_27005_INVALID_MEMORY_INDEX = 321,
    ATC_ANDLINK_CMS_27005_MEMORY_FULL = 322,
    ATC_ANDLINK_CMS_27005_SMSC_ADDRESS_UNKNOWN = 330,
    ATC_ANDLINK_CMS_27005_NO_NETWORK_SERVICE = 331,
    ATC_ANDLINK_CMS_27005_NETWORK_TIMEOUT = 332,
    ATC_ANDLINK_CMS_27005_NO_CNMA_ACK_EXPECTED = 340,
    ATC_ANDLINK_CMS_27005_UNKNOWN_ERROR = 500
} atc_andlink_cms_27005;
/* The document's English description of a code, or NULL. */
ATC_API const char *atc_andlink_cms_27005_text(int32_t code);

/* Error table "bc28", spec line 58. */
typedef enum atc_andlink_bc28 {
    ATC_ANDLINK_BC28_REQUIRED_PARAMETER_NOT_CONFIGURED = 512,
    ATC_ANDLINK_BC28_TUP_NOT_REGISTERED = 513,
    ATC_ANDLINK_BC28_AT_INTERNAL_ERROR = 514,
    ATC_ANDLINK_BC28_CID_IS_ACTIVE = 515,
    ATC_ANDLINK_BC28_INCORRECT_STATE_FOR_COMMAND = 516,
    ATC_ANDLINK_BC28_CID_IS_INVALID = 517,
    ATC_ANDLINK_BC28_CID_IS_NOT_ACTIVE = 518,
    ATC_ANDLINK_BC28_DEACTIVATE_LAST_ACTIVE_CID = 520,
    ATC_ANDLINK_BC28_CID_IS_NOT_DEFINED = 521,
    ATC_ANDLINK_BC28_UART_PARITY_ERROR = 522,
    ATC_ANDLINK_BC28_UART_FRAME_ERROR = 523,
    ATC_ANDLINK_BC28_UE_IN_MINIMAL_FUNCTION_MODE = 524,
    ATC_ANDLINK_BC28_AT_COMMAND_ABORTED_IN_PROCESSING = 525,
    ATC_ANDLINK_BC28_AT_COMMAND_ABORTED_ERROR = 526,
    ATC_ANDLINK_BC28_COMMAND_INTERRUPTED = 527,
    ATC_ANDLINK_BC28_CONFIGURATION_CONFLICTS = 528,
    ATC_ANDLINK_BC28_DURING_FOTA_UPDATING = 529,
    ATC_ANDLINK_BC28_NOT_AT_ALLOCATED_SOCKET = 530,
    ATC_ANDLINK_BC28_USIM_PIN_BLOCKED = 531,
    ATC_ANDLINK_BC28_USIM_PUK_BLOCKED = 532,
    ATC_ANDLINK_BC28_NOT_MIPI_MODULE = 533,
    ATC_ANDLINK_BC28_FILE_NOT_FOUND = 534,
    ATC_ANDLINK_BC28_CONDITIONS_OF_USE_NOT_SATISFIED = 535,
    ATC_ANDLINK_BC28_AT_UART_BUFFER_ERROR = 536,
    ATC_ANDLINK_BC28_BACK_OFF_TIMER_RUNNING = 537
} atc_andlink_bc28;
/* The document's English description of a code, or NULL. */
ATC_API const char *atc_andlink_bc28_text(int32_t code);

/* ---- Messages ----
 * Strings are views (atc_str) into the parser's line buffer: valid during the callback only.
 * Optional fields have a has_<name> flag. Integers with an enumeration name their enum type. */

/* final OK
 * spec line 173 */
typedef struct atc_andlink_ok {
    char dummy_field; /* no fields */
} atc_andlink_ok;
#define ATC_ANDLINK_OK_INIT_ZERO {0}
#define ATC_ANDLINK_OK_MAX_LEN 6u
ATC_API atc_err atc_andlink_encode_ok(const atc_andlink_ok *msg, char *buf, size_t cap, size_t *len);

/* final ERROR
 * spec line 173 */
typedef struct atc_andlink_error {
    char dummy_field; /* no fields */
} atc_andlink_error;
#define ATC_ANDLINK_ERROR_INIT_ZERO {0}
#define ATC_ANDLINK_ERROR_MAX_LEN 9u
ATC_API atc_err atc_andlink_encode_error(const atc_andlink_error *msg, char *buf, size_t cap, size_t *len);

/* final +CME ERROR: err
 * spec line 173 */
typedef struct atc_andlink_cme_error {
    int32_t err;
} atc_andlink_cme_error;
#define ATC_ANDLINK_CME_ERROR_INIT_ZERO {0}
#define ATC_ANDLINK_CME_ERROR_MAX_LEN 20u
ATC_API atc_err atc_andlink_encode_cme_error(const atc_andlink_cme_error *msg, char *buf, size_t cap, size_t *len);

/* final +CMS ERROR: err
 * spec line 881 */
typedef struct atc_andlink_cms_error {
    int32_t err; /* atc_andlink_cms_27005 */
} atc_andlink_cms_error;
#define ATC_ANDLINK_CMS_ERROR_INIT_ZERO {0}
#define ATC_ANDLINK_CMS_ERROR_MAX_LEN 20u
ATC_API atc_err atc_andlink_encode_cms_error(const atc_andlink_cms_error *msg, char *buf, size_t cap, size_t *len);

/* intermediate > 
 * spec line 374 */
typedef struct atc_andlink_prompt {
    char dummy_field; /* no fields */
} atc_andlink_prompt;
#define ATC_ANDLINK_PROMPT_INIT_ZERO {0}
#define ATC_ANDLINK_PROMPT_MAX_LEN 6u
ATC_API atc_err atc_andlink_encode_prompt(const atc_andlink_prompt *msg, char *buf, size_t cap, size_t *len);

/* command AT+QLASERVERIP?
 * spec line 227: Set or delete the Bootstrap or LwM2M server address; max response time 300 ms */
typedef struct atc_andlink_at_qlaserverip_read {
    char dummy_field; /* no fields */
} atc_andlink_at_qlaserverip_read;
#define ATC_ANDLINK_AT_QLASERVERIP_READ_INIT_ZERO {0}
#define ATC_ANDLINK_AT_QLASERVERIP_READ_MAX_LEN 19u
ATC_API atc_err atc_andlink_encode_at_qlaserverip_read(const atc_andlink_at_qlaserverip_read *msg, char *buf, size_t cap, size_t *len);

/* command AT+QLASERVERIP=type,ip_addr,port
 * spec line 211: Set or delete the Bootstrap or LwM2M server address; max response time 300 ms */
typedef struct atc_andlink_at_qlaserverip_set {
    atc_str type;
    atc_str ip_addr;
    bool has_port;
    int32_t port;
} atc_andlink_at_qlaserverip_set;
#define ATC_ANDLINK_AT_QLASERVERIP_SET_INIT_ZERO {{NULL, 0}, {NULL, 0}, false, 0}
#define ATC_ANDLINK_AT_QLASERVERIP_SET_MAX_LEN (34u + 1u * ATC_MAX_LINE)
ATC_API atc_err atc_andlink_encode_at_qlaserverip_set(const atc_andlink_at_qlaserverip_set *msg, char *buf, size_t cap, size_t *len);

/* command AT+QLASECSWT?
 * spec line 290: Set the data encryption mode; max response time 300 ms */
typedef struct atc_andlink_at_qlasecswt_read {
    char dummy_field; /* no fields */
} atc_andlink_at_qlasecswt_read;
#define ATC_ANDLINK_AT_QLASECSWT_READ_INIT_ZERO {0}
#define ATC_ANDLINK_AT_QLASECSWT_READ_MAX_LEN 17u
ATC_API atc_err atc_andlink_encode_at_qlasecswt_read(const atc_andlink_at_qlasecswt_read *msg, char *buf, size_t cap, size_t *len);

/* command AT+QLASECSWT=type,nat_type
 * spec line 289: Set the data encryption mode; max response time 300 ms */
typedef struct atc_andlink_at_qlasecswt_set {
    int32_t type; /* atc_andlink_type */
    bool has_nat_type;
    int32_t nat_type; /* atc_andlink_nat_type */
} atc_andlink_at_qlasecswt_set;
#define ATC_ANDLINK_AT_QLASECSWT_SET_INIT_ZERO {0, false, 0}
#define ATC_ANDLINK_AT_QLASECSWT_SET_MAX_LEN 21u
ATC_API atc_err atc_andlink_encode_at_qlasecswt_set(const atc_andlink_at_qlasecswt_set *msg, char *buf, size_t cap, size_t *len);

/* command AT+QLASETPSK?
 * spec line 319: Set the PSK ID and PSK; max response time 2000 ms */
typedef struct atc_andlink_at_qlasetpsk_read {
    char dummy_field; /* no fields */
} atc_andlink_at_qlasetpsk_read;
#define ATC_ANDLINK_AT_QLASETPSK_READ_INIT_ZERO {0}
#define ATC_ANDLINK_AT_QLASETPSK_READ_MAX_LEN 17u
ATC_API atc_err atc_andlink_encode_at_qlasetpsk_read(const atc_andlink_at_qlasetpsk_read *msg, char *buf, size_t cap, size_t *len);

/* command AT+QLASETPSK=psk_id,psk
 * spec line 318: Set the PSK ID and PSK; max response time 2000 ms */
typedef struct atc_andlink_at_qlasetpsk_set {
    atc_str psk_id;
    atc_str psk;
} atc_andlink_at_qlasetpsk_set;
#define ATC_ANDLINK_AT_QLASETPSK_SET_INIT_ZERO {{NULL, 0}, {NULL, 0}}
#define ATC_ANDLINK_AT_QLASETPSK_SET_MAX_LEN 66u
ATC_API atc_err atc_andlink_encode_at_qlasetpsk_set(const atc_andlink_at_qlasetpsk_set *msg, char *buf, size_t cap, size_t *len);

/* command AT+QLASREGIND=type
 * spec line 352: Register with or deregister from the Andlink platform; max response time 300 ms */
typedef struct atc_andlink_at_qlasregind_set {
    int32_t type; /* atc_andlink_at_qlasregind_set_type */
} atc_andlink_at_qlasregind_set;
#define ATC_ANDLINK_AT_QLASREGIND_SET_INIT_ZERO {0}
#define ATC_ANDLINK_AT_QLASREGIND_SET_MAX_LEN 20u
ATC_API atc_err atc_andlink_encode_at_qlasregind_set(const atc_andlink_at_qlasregind_set *msg, char *buf, size_t cap, size_t *len);

/* command AT+QLASENDDATA=mode,length,data
 * spec line 374: Send a CON or NON message to the Andlink platform; max response time 300 ms */
typedef struct atc_andlink_at_qlasenddata_set {
    int32_t mode; /* atc_andlink_mode */
    int32_t length;
    bool has_data;
    atc_str data;
} atc_andlink_at_qlasenddata_set;
#define ATC_ANDLINK_AT_QLASENDDATA_SET_INIT_ZERO {0, 0, false, {NULL, 0}}
#define ATC_ANDLINK_AT_QLASENDDATA_SET_MAX_LEN (31u + 1u * ATC_MAX_LINE)
ATC_API atc_err atc_andlink_encode_at_qlasenddata_set(const atc_andlink_at_qlasenddata_set *msg, char *buf, size_t cap, size_t *len);

/* command AT+QLASENDRSP=msg_id,token,result,datalen
 * spec line 392: Answer a write or read request of the platform; max response time 300 ms */
typedef struct atc_andlink_at_qlasendrsp_set {
    int32_t msg_id;
    atc_str token;
    int32_t result; /* atc_andlink_result */
    int32_t datalen;
} atc_andlink_at_qlasendrsp_set;
#define ATC_ANDLINK_AT_QLASENDRSP_SET_INIT_ZERO {0, {NULL, 0}, 0, 0}
#define ATC_ANDLINK_AT_QLASENDRSP_SET_MAX_LEN (39u + 1u * ATC_MAX_LINE)
ATC_API atc_err atc_andlink_encode_at_qlasendrsp_set(const atc_andlink_at_qlasendrsp_set *msg, char *buf, size_t cap, size_t *len);

/* command AT+QLADATASTATUS?
 * spec line 416: Query the send status of the last CON message; max response time 300 ms */
typedef struct atc_andlink_at_qladatastatus_read {
    char dummy_field; /* no fields */
} atc_andlink_at_qladatastatus_read;
#define ATC_ANDLINK_AT_QLADATASTATUS_READ_INIT_ZERO {0}
#define ATC_ANDLINK_AT_QLADATASTATUS_READ_MAX_LEN 21u
ATC_API atc_err atc_andlink_encode_at_qladatastatus_read(const atc_andlink_at_qladatastatus_read *msg, char *buf, size_t cap, size_t *len);

/* command AT+QLAFOTAIND=type
 * spec line 451: Set the DFOTA upgrade mode, or control a controlled upgrade; max response time 300 ms */
typedef struct atc_andlink_at_qlafotaind_set {
    int32_t type; /* atc_andlink_at_qlafotaind_set_type */
} atc_andlink_at_qlafotaind_set;
#define ATC_ANDLINK_AT_QLAFOTAIND_SET_INIT_ZERO {0}
#define ATC_ANDLINK_AT_QLAFOTAIND_SET_MAX_LEN 20u
ATC_API atc_err atc_andlink_encode_at_qlafotaind_set(const atc_andlink_at_qlafotaind_set *msg, char *buf, size_t cap, size_t *len);

/* command AT+QLAREGSWT?
 * spec line 541: Set the registration mode; max response time 300 ms */
typedef struct atc_andlink_at_qlaregswt_read {
    char dummy_field; /* no fields */
} atc_andlink_at_qlaregswt_read;
#define ATC_ANDLINK_AT_QLAREGSWT_READ_INIT_ZERO {0}
#define ATC_ANDLINK_AT_QLAREGSWT_READ_MAX_LEN 17u
ATC_API atc_err atc_andlink_encode_at_qlaregswt_read(const atc_andlink_at_qlaregswt_read *msg, char *buf, size_t cap, size_t *len);

/* command AT+QLAREGSWT=type
 * spec line 540: Set the registration mode; max response time 300 ms */
typedef struct atc_andlink_at_qlaregswt_set {
    int32_t type; /* atc_andlink_at_qlaregswt_set_type */
} atc_andlink_at_qlaregswt_set;
#define ATC_ANDLINK_AT_QLAREGSWT_SET_INIT_ZERO {0}
#define ATC_ANDLINK_AT_QLAREGSWT_SET_MAX_LEN 19u
ATC_API atc_err atc_andlink_encode_at_qlaregswt_set(const atc_andlink_at_qlaregswt_set *msg, char *buf, size_t cap, size_t *len);

/* command AT+QLASTATUS?
 * spec line 566: Query the registration status; max response time 300 ms */
typedef struct atc_andlink_at_qlastatus_read {
    char dummy_field; /* no fields */
} atc_andlink_at_qlastatus_read;
#define ATC_ANDLINK_AT_QLASTATUS_READ_INIT_ZERO {0}
#define ATC_ANDLINK_AT_QLASTATUS_READ_MAX_LEN 17u
ATC_API atc_err atc_andlink_encode_at_qlastatus_read(const atc_andlink_at_qlastatus_read *msg, char *buf, size_t cap, size_t *len);

/* command AT+QLARESETDTLS
 * spec line 599: Reset the DTLS state (the next send performs a new handshake); max response time 300 ms */
typedef struct atc_andlink_at_qlaresetdtls_exec {
    char dummy_field; /* no fields */
} atc_andlink_at_qlaresetdtls_exec;
#define ATC_ANDLINK_AT_QLARESETDTLS_EXEC_INIT_ZERO {0}
#define ATC_ANDLINK_AT_QLARESETDTLS_EXEC_MAX_LEN 19u
ATC_API atc_err atc_andlink_encode_at_qlaresetdtls_exec(const atc_andlink_at_qlaresetdtls_exec *msg, char *buf, size_t cap, size_t *len);

/* command AT+QLADTLSSTAT?
 * spec line 640: Query the DTLS state; max response time 300 ms */
typedef struct atc_andlink_at_qladtlsstat_read {
    char dummy_field; /* no fields */
} atc_andlink_at_qladtlsstat_read;
#define ATC_ANDLINK_AT_QLADTLSSTAT_READ_INIT_ZERO {0}
#define ATC_ANDLINK_AT_QLADTLSSTAT_READ_MAX_LEN 19u
ATC_API atc_err atc_andlink_encode_at_qladtlsstat_read(const atc_andlink_at_qladtlsstat_read *msg, char *buf, size_t cap, size_t *len);

/* command AT+QCFG=device_type (variant "LWM2M/DeviceType")
 * spec line 662: Configure the device type (LwM2M resource /3/0/17); max response time 300 ms */
typedef struct atc_andlink_at_qcfg_set_lwm2m_devicetype {
    bool has_device_type;
    atc_str device_type;
} atc_andlink_at_qcfg_set_lwm2m_devicetype;
#define ATC_ANDLINK_AT_QCFG_SET_LWM2M_DEVICETYPE_INIT_ZERO {false, {NULL, 0}}
#define ATC_ANDLINK_AT_QCFG_SET_LWM2M_DEVICETYPE_MAX_LEN (32u + 1u * ATC_MAX_LINE)
ATC_API atc_err atc_andlink_encode_at_qcfg_set_lwm2m_devicetype(const atc_andlink_at_qcfg_set_lwm2m_devicetype *msg, char *buf, size_t cap, size_t *len);

/* command AT+QLAFOTARESET=state
 * spec line 694: Stop a DFOTA upgrade and reset the DFOTA state (in development); max response time 300 ms */
typedef struct atc_andlink_at_qlafotareset_set {
    int32_t state;
} atc_andlink_at_qlafotareset_set;
#define ATC_ANDLINK_AT_QLAFOTARESET_SET_INIT_ZERO {0}
#define ATC_ANDLINK_AT_QLAFOTARESET_SET_MAX_LEN 22u
ATC_API atc_err atc_andlink_encode_at_qlafotareset_set(const atc_andlink_at_qlafotareset_set *msg, char *buf, size_t cap, size_t *len);

/* command AT+QLASETBSPSK?
 * spec line 720: Set the PSK ID and PSK for the Bootstrap server (in development); max response time 2000 ms */
typedef struct atc_andlink_at_qlasetbspsk_read {
    char dummy_field; /* no fields */
} atc_andlink_at_qlasetbspsk_read;
#define ATC_ANDLINK_AT_QLASETBSPSK_READ_INIT_ZERO {0}
#define ATC_ANDLINK_AT_QLASETBSPSK_READ_MAX_LEN 19u
ATC_API atc_err atc_andlink_encode_at_qlasetbspsk_read(const atc_andlink_at_qlasetbspsk_read *msg, char *buf, size_t cap, size_t *len);

/* command AT+QLASETBSPSK=psk_id,psk
 * spec line 719: Set the PSK ID and PSK for the Bootstrap server (in development); max response time 2000 ms */
typedef struct atc_andlink_at_qlasetbspsk_set {
    atc_str psk_id;
    atc_str psk;
} atc_andlink_at_qlasetbspsk_set;
#define ATC_ANDLINK_AT_QLASETBSPSK_SET_INIT_ZERO {{NULL, 0}, {NULL, 0}}
#define ATC_ANDLINK_AT_QLASETBSPSK_SET_MAX_LEN 68u
ATC_API atc_err atc_andlink_encode_at_qlasetbspsk_set(const atc_andlink_at_qlasetbspsk_set *msg, char *buf, size_t cap, size_t *len);

/* command AT+QLABSSECSWT?
 * spec line 751: Set the data encryption mode of the Bootstrap phase (in development); max response time 300 ms */
typedef struct atc_andlink_at_qlabssecswt_read {
    char dummy_field; /* no fields */
} atc_andlink_at_qlabssecswt_read;
#define ATC_ANDLINK_AT_QLABSSECSWT_READ_INIT_ZERO {0}
#define ATC_ANDLINK_AT_QLABSSECSWT_READ_MAX_LEN 19u
ATC_API atc_err atc_andlink_encode_at_qlabssecswt_read(const atc_andlink_at_qlabssecswt_read *msg, char *buf, size_t cap, size_t *len);

/* command AT+QLABSSECSWT=type,nat_type
 * spec line 750: Set the data encryption mode of the Bootstrap phase (in development); max response time 300 ms */
typedef struct atc_andlink_at_qlabssecswt_set {
    int32_t type; /* atc_andlink_type */
    bool has_nat_type;
    int32_t nat_type; /* atc_andlink_nat_type */
} atc_andlink_at_qlabssecswt_set;
#define ATC_ANDLINK_AT_QLABSSECSWT_SET_INIT_ZERO {0, false, 0}
#define ATC_ANDLINK_AT_QLABSSECSWT_SET_MAX_LEN 23u
ATC_API atc_err atc_andlink_encode_at_qlabssecswt_set(const atc_andlink_at_qlabssecswt_set *msg, char *buf, size_t cap, size_t *len);

/* response +QLASERVERIP:
 * spec line 231 */
typedef struct atc_andlink_qlaserverip {
    char dummy_field; /* no fields */
} atc_andlink_qlaserverip;
#define ATC_ANDLINK_QLASERVERIP_INIT_ZERO {0}
#define ATC_ANDLINK_QLASERVERIP_MAX_LEN 17u
ATC_API atc_err atc_andlink_encode_qlaserverip(const atc_andlink_qlaserverip *msg, char *buf, size_t cap, size_t *len);

/* response type,ip_addr,port
 * spec line 233: One line per configured server, without a prefix, after the +QLASERVERIP header */
typedef struct atc_andlink_qlaserverip_server {
    atc_str type;
    atc_str ip_addr;
    int32_t port;
} atc_andlink_qlaserverip_server;
#define ATC_ANDLINK_QLASERVERIP_SERVER_INIT_ZERO {{NULL, 0}, {NULL, 0}, 0}
#define ATC_ANDLINK_QLASERVERIP_SERVER_MAX_LEN (12u + 2u * ATC_MAX_LINE)
ATC_API atc_err atc_andlink_encode_qlaserverip_server(const atc_andlink_qlaserverip_server *msg, char *buf, size_t cap, size_t *len);

/* response +QLASECSWT: type,nat_type
 * spec line 290 */
typedef struct atc_andlink_qlasecswt_read {
    int32_t type; /* atc_andlink_type */
    int32_t nat_type; /* atc_andlink_nat_type */
} atc_andlink_qlasecswt_read;
#define ATC_ANDLINK_QLASECSWT_READ_INIT_ZERO {0, 0}
#define ATC_ANDLINK_QLASECSWT_READ_MAX_LEN 20u
ATC_API atc_err atc_andlink_encode_qlasecswt_read(const atc_andlink_qlasecswt_read *msg, char *buf, size_t cap, size_t *len);

/* response +QLASETPSK: psk_id,psk
 * spec line 319 */
typedef struct atc_andlink_qlasetpsk_read {
    atc_str psk_id;
    atc_str psk;
} atc_andlink_qlasetpsk_read;
#define ATC_ANDLINK_QLASETPSK_READ_INIT_ZERO {{NULL, 0}, {NULL, 0}}
#define ATC_ANDLINK_QLASETPSK_READ_MAX_LEN 65u
ATC_API atc_err atc_andlink_encode_qlasetpsk_read(const atc_andlink_qlasetpsk_read *msg, char *buf, size_t cap, size_t *len);

/* response +QLADATASTATUS: status
 * spec line 416 */
typedef struct atc_andlink_qladatastatus_read {
    int32_t status; /* atc_andlink_status */
} atc_andlink_qladatastatus_read;
#define ATC_ANDLINK_QLADATASTATUS_READ_INIT_ZERO {0}
#define ATC_ANDLINK_QLADATASTATUS_READ_MAX_LEN 22u
ATC_API atc_err atc_andlink_encode_qladatastatus_read(const atc_andlink_qladatastatus_read *msg, char *buf, size_t cap, size_t *len);

/* response +QLAREGSWT: type
 * spec line 541 */
typedef struct atc_andlink_qlaregswt_read {
    int32_t type; /* atc_andlink_at_qlaregswt_set_type */
} atc_andlink_qlaregswt_read;
#define ATC_ANDLINK_QLAREGSWT_READ_INIT_ZERO {0}
#define ATC_ANDLINK_QLAREGSWT_READ_MAX_LEN 18u
ATC_API atc_err atc_andlink_encode_qlaregswt_read(const atc_andlink_qlaregswt_read *msg, char *buf, size_t cap, size_t *len);

/* response +QLASTATUS: registration_status
 * spec line 566 */
typedef struct atc_andlink_qlastatus_read {
    atc_str registration_status;
} atc_andlink_qlastatus_read;
#define ATC_ANDLINK_QLASTATUS_READ_INIT_ZERO {{NULL, 0}}
#define ATC_ANDLINK_QLASTATUS_READ_MAX_LEN (17u + 1u * ATC_MAX_LINE)
ATC_API atc_err atc_andlink_encode_qlastatus_read(const atc_andlink_qlastatus_read *msg, char *buf, size_t cap, size_t *len);

/* response +QLADTLSSTAT: type
 * spec line 640 */
typedef struct atc_andlink_qladtlsstat_read {
    int32_t type; /* atc_andlink_qladtlsstat_read_type */
} atc_andlink_qladtlsstat_read;
#define ATC_ANDLINK_QLADTLSSTAT_READ_INIT_ZERO {0}
#define ATC_ANDLINK_QLADTLSSTAT_READ_MAX_LEN 20u
ATC_API atc_err atc_andlink_encode_qladtlsstat_read(const atc_andlink_qladtlsstat_read *msg, char *buf, size_t cap, size_t *len);

/* response +QCFG: device_type (variant "LWM2M/DeviceType")
 * spec line 662: Answer to AT+QCFG="LWM2M/DeviceType" (query) */
typedef struct atc_andlink_qcfg_lwm2m_devicetype {
    atc_str device_type;
} atc_andlink_qcfg_lwm2m_devicetype;
#define ATC_ANDLINK_QCFG_LWM2M_DEVICETYPE_INIT_ZERO {{NULL, 0}}
#define ATC_ANDLINK_QCFG_LWM2M_DEVICETYPE_MAX_LEN (31u + 1u * ATC_MAX_LINE)
ATC_API atc_err atc_andlink_encode_qcfg_lwm2m_devicetype(const atc_andlink_qcfg_lwm2m_devicetype *msg, char *buf, size_t cap, size_t *len);

/* response +QLASETBSPSK: psk_id,psk
 * spec line 720 */
typedef struct atc_andlink_qlasetbspsk_read {
    atc_str psk_id;
    atc_str psk;
} atc_andlink_qlasetbspsk_read;
#define ATC_ANDLINK_QLASETBSPSK_READ_INIT_ZERO {{NULL, 0}, {NULL, 0}}
#define ATC_ANDLINK_QLASETBSPSK_READ_MAX_LEN 67u
ATC_API atc_err atc_andlink_encode_qlasetbspsk_read(const atc_andlink_qlasetbspsk_read *msg, char *buf, size_t cap, size_t *len);

/* response +QLABSSECSWT: type,nat_type
 * spec line 751 */
typedef struct atc_andlink_qlabssecswt_read {
    int32_t type; /* atc_andlink_type */
    int32_t nat_type; /* atc_andlink_nat_type */
} atc_andlink_qlabssecswt_read;
#define ATC_ANDLINK_QLABSSECSWT_READ_INIT_ZERO {0, 0}
#define ATC_ANDLINK_QLABSSECSWT_READ_MAX_LEN 22u
ATC_API atc_err atc_andlink_encode_qlabssecswt_read(const atc_andlink_qlabssecswt_read *msg, char *buf, size_t cap, size_t *len);

/* urc +QLAWRITE: msg_id,token,data,query
 * spec line 789: A write request of the platform or application server; answer with AT+QLASENDRSP within 10 s (line 783) */
typedef struct atc_andlink_qlawrite {
    int32_t msg_id;
    atc_str token;
    atc_str data;
    bool has_query;
    atc_str query;
} atc_andlink_qlawrite;
#define ATC_ANDLINK_QLAWRITE_INIT_ZERO {0, {NULL, 0}, {NULL, 0}, false, {NULL, 0}}
#define ATC_ANDLINK_QLAWRITE_MAX_LEN (30u + 3u * ATC_MAX_LINE)
ATC_API atc_err atc_andlink_encode_qlawrite(const atc_andlink_qlawrite *msg, char *buf, size_t cap, size_t *len);

/* urc +QLAREAD: msg_id,token,query
 * spec line 808: A read request of the platform or application server; answer with AT+QLASENDRSP within 10 s (line 802) */
typedef struct atc_andlink_qlaread {
    int32_t msg_id;
    atc_str token;
    bool has_query;
    atc_str query;
} atc_andlink_qlaread;
#define ATC_ANDLINK_QLAREAD_INIT_ZERO {0, {NULL, 0}, false, {NULL, 0}}
#define ATC_ANDLINK_QLAREAD_MAX_LEN (28u + 2u * ATC_MAX_LINE)
ATC_API atc_err atc_andlink_encode_qlaread(const atc_andlink_qlaread *msg, char *buf, size_t cap, size_t *len);

/* urc +QLAEVTIND: type
 * spec line 832: LwM2M event report */
typedef struct atc_andlink_qlaevtind {
    int32_t type; /* atc_andlink_qlaevtind_type */
} atc_andlink_qlaevtind;
#define ATC_ANDLINK_QLAEVTIND_INIT_ZERO {0}
#define ATC_ANDLINK_QLAEVTIND_MAX_LEN 18u
ATC_API atc_err atc_andlink_encode_qlaevtind(const atc_andlink_qlaevtind *msg, char *buf, size_t cap, size_t *len);

/* urc +QLADATASTATUS: status
 * spec line 853: Send status of a CON message */
typedef struct atc_andlink_qladatastatus {
    int32_t status; /* atc_andlink_status */
} atc_andlink_qladatastatus;
#define ATC_ANDLINK_QLADATASTATUS_INIT_ZERO {0}
#define ATC_ANDLINK_QLADATASTATUS_MAX_LEN 22u
ATC_API atc_err atc_andlink_encode_qladatastatus(const atc_andlink_qladatastatus *msg, char *buf, size_t cap, size_t *len);

/* urc +QLADTLSSTAT: type
 * spec line 636: End of a DTLS handshake or renegotiation, and whether it succeeded */
typedef struct atc_andlink_qladtlsstat {
    int32_t type; /* atc_andlink_qladtlsstat_read_type */
} atc_andlink_qladtlsstat;
#define ATC_ANDLINK_QLADTLSSTAT_INIT_ZERO {0}
#define ATC_ANDLINK_QLADTLSSTAT_MAX_LEN 20u
ATC_API atc_err atc_andlink_encode_qladtlsstat(const atc_andlink_qladtlsstat *msg, char *buf, size_t cap, size_t *len);

/* urc Neul
 * spec line 115: Printed at start-up, followed by OK; the AT command processor then accepts commands (line 115). After an abnormal restart a REBOOT_CAUSE_* line comes first (lines 117, 1004). */
typedef struct atc_andlink_neul {
    char dummy_field; /* no fields */
} atc_andlink_neul;
#define ATC_ANDLINK_NEUL_INIT_ZERO {0}
#define ATC_ANDLINK_NEUL_MAX_LEN 8u
ATC_API atc_err atc_andlink_encode_neul(const atc_andlink_neul *msg, char *buf, size_t cap, size_t *len);

/* urc FIRMWARE DOWNLOADING
 * spec line 124: The UE is downloading the update package */
typedef struct atc_andlink_firmware_downloading {
    char dummy_field; /* no fields */
} atc_andlink_firmware_downloading;
#define ATC_ANDLINK_FIRMWARE_DOWNLOADING_INIT_ZERO {0}
#define ATC_ANDLINK_FIRMWARE_DOWNLOADING_MAX_LEN 24u
ATC_API atc_err atc_andlink_encode_firmware_downloading(const atc_andlink_firmware_downloading *msg, char *buf, size_t cap, size_t *len);

/* urc FIRMWARE DOWNLOAD FAILED
 * spec line 125: The download failed */
typedef struct atc_andlink_firmware_download_failed {
    char dummy_field; /* no fields */
} atc_andlink_firmware_download_failed;
#define ATC_ANDLINK_FIRMWARE_DOWNLOAD_FAILED_INIT_ZERO {0}
#define ATC_ANDLINK_FIRMWARE_DOWNLOAD_FAILED_MAX_LEN 28u
ATC_API atc_err atc_andlink_encode_firmware_download_failed(const atc_andlink_firmware_download_failed *msg, char *buf, size_t cap, size_t *len);

/* urc FIRMWARE DOWNLOADED
 * spec line 126: The download is complete */
typedef struct atc_andlink_firmware_downloaded {
    char dummy_field; /* no fields */
} atc_andlink_firmware_downloaded;
#define ATC_ANDLINK_FIRMWARE_DOWNLOADED_INIT_ZERO {0}
#define ATC_ANDLINK_FIRMWARE_DOWNLOADED_MAX_LEN 23u
ATC_API atc_err atc_andlink_encode_firmware_downloaded(const atc_andlink_firmware_downloaded *msg, char *buf, size_t cap, size_t *len);

/* urc FIRMWARE UPDATING
 * spec line 127: The UE is updating */
typedef struct atc_andlink_firmware_updating {
    char dummy_field; /* no fields */
} atc_andlink_firmware_updating;
#define ATC_ANDLINK_FIRMWARE_UPDATING_INIT_ZERO {0}
#define ATC_ANDLINK_FIRMWARE_UPDATING_MAX_LEN 21u
ATC_API atc_err atc_andlink_encode_firmware_updating(const atc_andlink_firmware_updating *msg, char *buf, size_t cap, size_t *len);

/* urc FIRMWARE UPDATE SUCCESS
 * spec line 128: The update succeeded, but the update state has not yet been reported to the firmware package server */
typedef struct atc_andlink_firmware_update_success {
    char dummy_field; /* no fields */
} atc_andlink_firmware_update_success;
#define ATC_ANDLINK_FIRMWARE_UPDATE_SUCCESS_INIT_ZERO {0}
#define ATC_ANDLINK_FIRMWARE_UPDATE_SUCCESS_MAX_LEN 27u
ATC_API atc_err atc_andlink_encode_firmware_update_success(const atc_andlink_firmware_update_success *msg, char *buf, size_t cap, size_t *len);

/* urc FIRMWARE UPDATE FAILED
 * spec line 129: The update failed */
typedef struct atc_andlink_firmware_update_failed {
    char dummy_field; /* no fields */
} atc_andlink_firmware_update_failed;
#define ATC_ANDLINK_FIRMWARE_UPDATE_FAILED_INIT_ZERO {0}
#define ATC_ANDLINK_FIRMWARE_UPDATE_FAILED_MAX_LEN 26u
ATC_API atc_err atc_andlink_encode_firmware_update_failed(const atc_andlink_firmware_update_failed *msg, char *buf, size_t cap, size_t *len);

/* urc FIRMWARE UPDATE OVER
 * spec line 130: The update is finished and its state reported to the firmware package server; the upgrade is complete. Until this line the module must not be operated (e.g. no AT+NRB, line 134). */
typedef struct atc_andlink_firmware_update_over {
    char dummy_field; /* no fields */
} atc_andlink_firmware_update_over;
#define ATC_ANDLINK_FIRMWARE_UPDATE_OVER_INIT_ZERO {0}
#define ATC_ANDLINK_FIRMWARE_UPDATE_OVER_MAX_LEN 24u
ATC_API atc_err atc_andlink_encode_firmware_update_over(const atc_andlink_firmware_update_over *msg, char *buf, size_t cap, size_t *len);

/* urc REBOOT_CAUSE_SECURITY_RESET_UNKNOWN
 * spec line 1009: Restart cause 1 of table 6 */
typedef struct atc_andlink_reboot_cause_security_reset_unknown {
    char dummy_field; /* no fields */
} atc_andlink_reboot_cause_security_reset_unknown;
#define ATC_ANDLINK_REBOOT_CAUSE_SECURITY_RESET_UNKNOWN_INIT_ZERO {0}
#define ATC_ANDLINK_REBOOT_CAUSE_SECURITY_RESET_UNKNOWN_MAX_LEN 39u
ATC_API atc_err atc_andlink_encode_reboot_cause_security_reset_unknown(const atc_andlink_reboot_cause_security_reset_unknown *msg, char *buf, size_t cap, size_t *len);

/* urc REBOOT_CAUSE_SECURITY_SYSRESETREQ
 * spec line 1010: Restart cause 2 of table 6 */
typedef struct atc_andlink_reboot_cause_security_sysresetreq {
    char dummy_field; /* no fields */
} atc_andlink_reboot_cause_security_sysresetreq;
#define ATC_ANDLINK_REBOOT_CAUSE_SECURITY_SYSRESETREQ_INIT_ZERO {0}
#define ATC_ANDLINK_REBOOT_CAUSE_SECURITY_SYSRESETREQ_MAX_LEN 37u
ATC_API atc_err atc_andlink_encode_reboot_cause_security_sysresetreq(const atc_andlink_reboot_cause_security_sysresetreq *msg, char *buf, size_t cap, size_t *len);

/* urc REBOOT_CAUSE_SECURITY_WATCHDOG
 * spec line 1011: Restart cause 3 of table 6 */
typedef struct atc_andlink_reboot_cause_security_watchdog {
    char dummy_field; /* no fields */
} atc_andlink_reboot_cause_security_watchdog;
#define ATC_ANDLINK_REBOOT_CAUSE_SECURITY_WATCHDOG_INIT_ZERO {0}
#define ATC_ANDLINK_REBOOT_CAUSE_SECURITY_WATCHDOG_MAX_LEN 34u
ATC_API atc_err atc_andlink_encode_reboot_cause_security_watchdog(const atc_andlink_reboot_cause_security_watchdog *msg, char *buf, size_t cap, size_t *len);

/* urc REBOOT_CAUSE_SECURITY_SELF
 * spec line 1012: Restart cause 4 of table 6 */
typedef struct atc_andlink_reboot_cause_security_self {
    char dummy_field; /* no fields */
} atc_andlink_reboot_cause_security_self;
#define ATC_ANDLINK_REBOOT_CAUSE_SECURITY_SELF_INIT_ZERO {0}
#define ATC_ANDLINK_REBOOT_CAUSE_SECURITY_SELF_MAX_LEN 30u
ATC_API atc_err atc_andlink_encode_reboot_cause_security_self(const atc_andlink_reboot_cause_security_self *msg, char *buf, size_t cap, size_t *len);

/* urc REBOOT_CAUSE_SECURITY_ALTBOOT
 * spec line 1013: Restart cause 5 of table 6 */
typedef struct atc_andlink_reboot_cause_security_altboot {
    char dummy_field; /* no fields */
} atc_andlink_reboot_cause_security_altboot;
#define ATC_ANDLINK_REBOOT_CAUSE_SECURITY_ALTBOOT_INIT_ZERO {0}
#define ATC_ANDLINK_REBOOT_CAUSE_SECURITY_ALTBOOT_MAX_LEN 33u
ATC_API atc_err atc_andlink_encode_reboot_cause_security_altboot(const atc_andlink_reboot_cause_security_altboot *msg, char *buf, size_t cap, size_t *len);

/* urc REBOOT_CAUSE_SECURITY_REG_0
 * spec line 1014: Restart cause 6 of table 6 */
typedef struct atc_andlink_reboot_cause_security_reg_0 {
    char dummy_field; /* no fields */
} atc_andlink_reboot_cause_security_reg_0;
#define ATC_ANDLINK_REBOOT_CAUSE_SECURITY_REG_0_INIT_ZERO {0}
#define ATC_ANDLINK_REBOOT_CAUSE_SECURITY_REG_0_MAX_LEN 31u
ATC_API atc_err atc_andlink_encode_reboot_cause_security_reg_0(const atc_andlink_reboot_cause_security_reg_0 *msg, char *buf, size_t cap, size_t *len);

/* urc REBOOT_CAUSE_SECURITY_REG_3
 * spec line 1015: Restart cause 7 of table 6 */
typedef struct atc_andlink_reboot_cause_security_reg_3 {
    char dummy_field; /* no fields */
} atc_andlink_reboot_cause_security_reg_3;
#define ATC_ANDLINK_REBOOT_CAUSE_SECURITY_REG_3_INIT_ZERO {0}
#define ATC_ANDLINK_REBOOT_CAUSE_SECURITY_REG_3_MAX_LEN 31u
ATC_API atc_err atc_andlink_encode_reboot_cause_security_reg_3(const atc_andlink_reboot_cause_security_reg_3 *msg, char *buf, size_t cap, size_t *len);

/* urc REBOOT_CAUSE_SECURITY_STANDARD_CHIP_WATCHDOG
 * spec line 1016: Restart cause 8 of table 6 */
typedef struct atc_andlink_reboot_cause_security_standard_chip_watchdog {
    char dummy_field; /* no fields */
} atc_andlink_reboot_cause_security_standard_chip_watchdog;
#define ATC_ANDLINK_REBOOT_CAUSE_SECURITY_STANDARD_CHIP_WATCHDOG_INIT_ZERO {0}
#define ATC_ANDLINK_REBOOT_CAUSE_SECURITY_STANDARD_CHIP_WATCHDOG_MAX_LEN 48u
ATC_API atc_err atc_andlink_encode_reboot_cause_security_standard_chip_watchdog(const atc_andlink_reboot_cause_security_standard_chip_watchdog *msg, char *buf, size_t cap, size_t *len);

/* urc REBOOT_CAUSE_SECURITY_UPDATER_CHIP_WATCHDOG
 * spec line 1017: Restart cause 9 of table 6 */
typedef struct atc_andlink_reboot_cause_security_updater_chip_watchdog {
    char dummy_field; /* no fields */
} atc_andlink_reboot_cause_security_updater_chip_watchdog;
#define ATC_ANDLINK_REBOOT_CAUSE_SECURITY_UPDATER_CHIP_WATCHDOG_INIT_ZERO {0}
#define ATC_ANDLINK_REBOOT_CAUSE_SECURITY_UPDATER_CHIP_WATCHDOG_MAX_LEN 47u
ATC_API atc_err atc_andlink_encode_reboot_cause_security_updater_chip_watchdog(const atc_andlink_reboot_cause_security_updater_chip_watchdog *msg, char *buf, size_t cap, size_t *len);

/* urc REBOOT_CAUSE_SECURITY_SCAN_ENTER_EXIT
 * spec line 1018: Restart cause 10 of table 6 */
typedef struct atc_andlink_reboot_cause_security_scan_enter_exit {
    char dummy_field; /* no fields */
} atc_andlink_reboot_cause_security_scan_enter_exit;
#define ATC_ANDLINK_REBOOT_CAUSE_SECURITY_SCAN_ENTER_EXIT_INIT_ZERO {0}
#define ATC_ANDLINK_REBOOT_CAUSE_SECURITY_SCAN_ENTER_EXIT_MAX_LEN 41u
ATC_API atc_err atc_andlink_encode_reboot_cause_security_scan_enter_exit(const atc_andlink_reboot_cause_security_scan_enter_exit *msg, char *buf, size_t cap, size_t *len);

/* urc REBOOT_CAUSE_SECURITY_PMU_POWER_ON_RESET
 * spec line 1019: Restart cause 11 of table 6 */
typedef struct atc_andlink_reboot_cause_security_pmu_power_on_reset {
    char dummy_field; /* no fields */
} atc_andlink_reboot_cause_security_pmu_power_on_reset;
#define ATC_ANDLINK_REBOOT_CAUSE_SECURITY_PMU_POWER_ON_RESET_INIT_ZERO {0}
#define ATC_ANDLINK_REBOOT_CAUSE_SECURITY_PMU_POWER_ON_RESET_MAX_LEN 44u
ATC_API atc_err atc_andlink_encode_reboot_cause_security_pmu_power_on_reset(const atc_andlink_reboot_cause_security_pmu_power_on_reset *msg, char *buf, size_t cap, size_t *len);

/* urc REBOOT_CAUSE_SECURITY_RESET_PIN
 * spec line 1020: Restart cause 12 of table 6 */
typedef struct atc_andlink_reboot_cause_security_reset_pin {
    char dummy_field; /* no fields */
} atc_andlink_reboot_cause_security_reset_pin;
#define ATC_ANDLINK_REBOOT_CAUSE_SECURITY_RESET_PIN_INIT_ZERO {0}
#define ATC_ANDLINK_REBOOT_CAUSE_SECURITY_RESET_PIN_MAX_LEN 35u
ATC_API atc_err atc_andlink_encode_reboot_cause_security_reset_pin(const atc_andlink_reboot_cause_security_reset_pin *msg, char *buf, size_t cap, size_t *len);

/* urc REBOOT_CAUSE_SECURITY_REGIONS_UPDATED
 * spec line 1021: Restart cause 13 of table 6 */
typedef struct atc_andlink_reboot_cause_security_regions_updated {
    char dummy_field; /* no fields */
} atc_andlink_reboot_cause_security_regions_updated;
#define ATC_ANDLINK_REBOOT_CAUSE_SECURITY_REGIONS_UPDATED_INIT_ZERO {0}
#define ATC_ANDLINK_REBOOT_CAUSE_SECURITY_REGIONS_UPDATED_MAX_LEN 41u
ATC_API atc_err atc_andlink_encode_reboot_cause_security_regions_updated(const atc_andlink_reboot_cause_security_regions_updated *msg, char *buf, size_t cap, size_t *len);

/* urc REBOOT_CAUSE_SECURITY_FOTA_UPGRADE
 * spec line 1022: Restart cause 14 of table 6 (after a firmware update, example line 516) */
typedef struct atc_andlink_reboot_cause_security_fota_upgrade {
    char dummy_field; /* no fields */
} atc_andlink_reboot_cause_security_fota_upgrade;
#define ATC_ANDLINK_REBOOT_CAUSE_SECURITY_FOTA_UPGRADE_INIT_ZERO {0}
#define ATC_ANDLINK_REBOOT_CAUSE_SECURITY_FOTA_UPGRADE_MAX_LEN 38u
ATC_API atc_err atc_andlink_encode_reboot_cause_security_fota_upgrade(const atc_andlink_reboot_cause_security_fota_upgrade *msg, char *buf, size_t cap, size_t *len);

/* urc REBOOT_CAUSE_PROTOCOL_SYSRESETREQ
 * spec line 1023: Restart cause 15 of table 6 */
typedef struct atc_andlink_reboot_cause_protocol_sysresetreq {
    char dummy_field; /* no fields */
} atc_andlink_reboot_cause_protocol_sysresetreq;
#define ATC_ANDLINK_REBOOT_CAUSE_PROTOCOL_SYSRESETREQ_INIT_ZERO {0}
#define ATC_ANDLINK_REBOOT_CAUSE_PROTOCOL_SYSRESETREQ_MAX_LEN 37u
ATC_API atc_err atc_andlink_encode_reboot_cause_protocol_sysresetreq(const atc_andlink_reboot_cause_protocol_sysresetreq *msg, char *buf, size_t cap, size_t *len);

/* urc REBOOT_CAUSE_PROTOCOL_WATCHDOG
 * spec line 1024: Restart cause 16 of table 6 */
typedef struct atc_andlink_reboot_cause_protocol_watchdog {
    char dummy_field; /* no fields */
} atc_andlink_reboot_cause_protocol_watchdog;
#define ATC_ANDLINK_REBOOT_CAUSE_PROTOCOL_WATCHDOG_INIT_ZERO {0}
#define ATC_ANDLINK_REBOOT_CAUSE_PROTOCOL_WATCHDOG_MAX_LEN 34u
ATC_API atc_err atc_andlink_encode_reboot_cause_protocol_watchdog(const atc_andlink_reboot_cause_protocol_watchdog *msg, char *buf, size_t cap, size_t *len);

/* urc REBOOT_CAUSE_PROTOCOL_MONITOR_REBOOT_REQ
 * spec line 1025: Restart cause 17 of table 6 */
typedef struct atc_andlink_reboot_cause_protocol_monitor_reboot_req {
    char dummy_field; /* no fields */
} atc_andlink_reboot_cause_protocol_monitor_reboot_req;
#define ATC_ANDLINK_REBOOT_CAUSE_PROTOCOL_MONITOR_REBOOT_REQ_INIT_ZERO {0}
#define ATC_ANDLINK_REBOOT_CAUSE_PROTOCOL_MONITOR_REBOOT_REQ_MAX_LEN 44u
ATC_API atc_err atc_andlink_encode_reboot_cause_protocol_monitor_reboot_req(const atc_andlink_reboot_cause_protocol_monitor_reboot_req *msg, char *buf, size_t cap, size_t *len);

/* urc REBOOT_CAUSE_PROTOCOL_RPC_TIMEOUT
 * spec line 1027: Restart cause 18 of table 6 */
typedef struct atc_andlink_reboot_cause_protocol_rpc_timeout {
    char dummy_field; /* no fields */
} atc_andlink_reboot_cause_protocol_rpc_timeout;
#define ATC_ANDLINK_REBOOT_CAUSE_PROTOCOL_RPC_TIMEOUT_INIT_ZERO {0}
#define ATC_ANDLINK_REBOOT_CAUSE_PROTOCOL_RPC_TIMEOUT_MAX_LEN 37u
ATC_API atc_err atc_andlink_encode_reboot_cause_protocol_rpc_timeout(const atc_andlink_reboot_cause_protocol_rpc_timeout *msg, char *buf, size_t cap, size_t *len);

/* urc REBOOT_CAUSE_APPLICATION_SYSRESETREQ
 * spec line 1028: Restart cause 19 of table 6 */
typedef struct atc_andlink_reboot_cause_application_sysresetreq {
    char dummy_field; /* no fields */
} atc_andlink_reboot_cause_application_sysresetreq;
#define ATC_ANDLINK_REBOOT_CAUSE_APPLICATION_SYSRESETREQ_INIT_ZERO {0}
#define ATC_ANDLINK_REBOOT_CAUSE_APPLICATION_SYSRESETREQ_MAX_LEN 40u
ATC_API atc_err atc_andlink_encode_reboot_cause_application_sysresetreq(const atc_andlink_reboot_cause_application_sysresetreq *msg, char *buf, size_t cap, size_t *len);

/* urc REBOOT_CAUSE_APPLICATION_WATCHDOG
 * spec line 1029: Restart cause 20 of table 6 */
typedef struct atc_andlink_reboot_cause_application_watchdog {
    char dummy_field; /* no fields */
} atc_andlink_reboot_cause_application_watchdog;
#define ATC_ANDLINK_REBOOT_CAUSE_APPLICATION_WATCHDOG_INIT_ZERO {0}
#define ATC_ANDLINK_REBOOT_CAUSE_APPLICATION_WATCHDOG_MAX_LEN 37u
ATC_API atc_err atc_andlink_encode_reboot_cause_application_watchdog(const atc_andlink_reboot_cause_application_watchdog *msg, char *buf, size_t cap, size_t *len);

/* urc REBOOT_CAUSE_APPLICATION_AT
 * spec line 1030: Restart cause 21 of table 6 */
typedef struct atc_andlink_reboot_cause_application_at {
    char dummy_field; /* no fields */
} atc_andlink_reboot_cause_application_at;
#define ATC_ANDLINK_REBOOT_CAUSE_APPLICATION_AT_INIT_ZERO {0}
#define ATC_ANDLINK_REBOOT_CAUSE_APPLICATION_AT_MAX_LEN 31u
ATC_API atc_err atc_andlink_encode_reboot_cause_application_at(const atc_andlink_reboot_cause_application_at *msg, char *buf, size_t cap, size_t *len);

/* urc REBOOT_CAUSE_APPLICATION_RPC_TIMEOUT
 * spec line 1031: Restart cause 22 of table 6 */
typedef struct atc_andlink_reboot_cause_application_rpc_timeout {
    char dummy_field; /* no fields */
} atc_andlink_reboot_cause_application_rpc_timeout;
#define ATC_ANDLINK_REBOOT_CAUSE_APPLICATION_RPC_TIMEOUT_INIT_ZERO {0}
#define ATC_ANDLINK_REBOOT_CAUSE_APPLICATION_RPC_TIMEOUT_MAX_LEN 40u
ATC_API atc_err atc_andlink_encode_reboot_cause_application_rpc_timeout(const atc_andlink_reboot_cause_application_rpc_timeout *msg, char *buf, size_t cap, size_t *len);

/* urc REBOOT_CAUSE_PROTOCOL_IMSI_UPDATE
 * spec line 1032: Restart cause 23 of table 6 */
typedef struct atc_andlink_reboot_cause_protocol_imsi_update {
    char dummy_field; /* no fields */
} atc_andlink_reboot_cause_protocol_imsi_update;
#define ATC_ANDLINK_REBOOT_CAUSE_PROTOCOL_IMSI_UPDATE_INIT_ZERO {0}
#define ATC_ANDLINK_REBOOT_CAUSE_PROTOCOL_IMSI_UPDATE_MAX_LEN 37u
ATC_API atc_err atc_andlink_encode_reboot_cause_protocol_imsi_update(const atc_andlink_reboot_cause_protocol_imsi_update *msg, char *buf, size_t cap, size_t *len);

/* urc REBOOT_CAUSE_UNKNOWN
 * spec line 1033: Restart cause 24 of table 6 */
typedef struct atc_andlink_reboot_cause_unknown {
    char dummy_field; /* no fields */
} atc_andlink_reboot_cause_unknown;
#define ATC_ANDLINK_REBOOT_CAUSE_UNKNOWN_INIT_ZERO {0}
#define ATC_ANDLINK_REBOOT_CAUSE_UNKNOWN_MAX_LEN 24u
ATC_API atc_err atc_andlink_encode_reboot_cause_unknown(const atc_andlink_reboot_cause_unknown *msg, char *buf, size_t cap, size_t *len);

#ifdef __cplusplus
}
#endif

#endif /* ATC_ANDLINK_PROFILE_H */

#endif /* ATC_ANDLINK_SINGLE_H */

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

#ifndef ATC_ANDLINK_IMPLEMENTED
#define ATC_ANDLINK_IMPLEMENTED


/* Generated by atc from spec/andlink.yaml: message tables, encoders and the line machine.
 * Do not edit: change the spec and run `make generate`. `ragel -T0 -L` turns this file into
 * generated/andlink.c. */
/* (amalgamated: andlink.h) */
#include <stddef.h>

#if defined(__cplusplus)
#define ATC__ANDLINK_CHECK(name, cond) static_assert(cond, #name)
#else
#define ATC__ANDLINK_CHECK(name, cond) typedef char atc__andlink_check_##name[(cond) ? 1 : -1]
#endif

ATC_API const char *atc_andlink_cme_27007_text(int32_t code)
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

ATC_API const char *atc_andlink_cms_27005_text(int32_t code)
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

ATC_API const char *atc_andlink_bc28_text(int32_t code)
{
    switch (code) {
    case 512: return "Required parameter not configured";
    case 513: return "TUP not registered";
    case 514: return "AT internal error";
    case 515: return "CID is active";
    case 516: return "Incorrect state for command";
    case 517: return "CID is invalid";
    case 518: return "CID is not active";
    case 520: return "Deactivate the last active CID";
    case 521: return "CID is not defined";
    case 522: return "UART parity error";
    case 523: return "UART frame error";
    case 524: return "UE is in minimal function mode (AT+CFUN=0)";
    case 525: return "AT command aborted: in processing";
    case 526: return "AT command aborted: error";
    case 527: return "Command interrupted";
    case 528: return "Configuration conflicts";
    case 529: return "During FOTA updating";
    case 530: return "Not the AT allocated socket";
    case 531: return "USIM PIN is blocked";
    case 532: return "USIM PUK is blocked";
    case 533: return "Not mipi module";
    case 534: return "File not found";
    case 535: return "conditions of use not satisfied";
    case 536: return "at uart buffer error";
    case 537: return "Back off timer is running";
    default: return NULL;
    }
}

/* ---- Field tables ---- */
ATC__ANDLINK_CHECK(ok_fits, sizeof(atc_andlink_ok) <= ATC_MSG_BUF);
ATC__ANDLINK_CHECK(error_fits, sizeof(atc_andlink_error) <= ATC_MSG_BUF);
static const int32_t atc__andlink_cme_error_0_ranges[] = {3, 3, 4, 4, 23, 23, 30, 30, 50, 50, 51, 51, 52, 52, 159, 159, 512, 512, 513, 513, 514, 514, 515, 515, 516, 516, 517, 517, 518, 518, 520, 520, 521, 521, 522, 522, 523, 523, 524, 524, 525, 525, 526, 526, 527, 527, 528, 528, 529, 529, 530, 530, 531, 531, 532, 532, 533, 533, 534, 534, 535, 535, 536, 536, 537, 537};
static const atc_field_desc atc__andlink_cme_error_fields[] = {
    { "err", ATC_T_INT, 0, offsetof(atc_andlink_cme_error, err), 0, 0, 33, 0, atc__andlink_cme_error_0_ranges, NULL, 0, -1, 0, NULL, NULL, 0, 0 },
};
static const uint32_t atc__andlink_cme_error_shapes[] = {0x1u};
ATC__ANDLINK_CHECK(cme_error_fits, sizeof(atc_andlink_cme_error) <= ATC_MSG_BUF);
static const int32_t atc__andlink_cms_error_0_ranges[] = {300, 300, 301, 301, 302, 302, 303, 303, 304, 304, 305, 305, 310, 310, 311, 311, 312, 312, 313, 313, 314, 314, 315, 315, 316, 316, 317, 317, 318, 318, 320, 320, 321, 321, 322, 322, 330, 330, 331, 331, 332, 332, 340, 340, 500, 500};
static const atc_field_desc atc__andlink_cms_error_fields[] = {
    { "err", ATC_T_INT, 0, offsetof(atc_andlink_cms_error, err), 0, 0, 23, 0, atc__andlink_cms_error_0_ranges, NULL, 0, -1, 0, NULL, NULL, 0, 0 },
};
static const uint32_t atc__andlink_cms_error_shapes[] = {0x1u};
ATC__ANDLINK_CHECK(cms_error_fits, sizeof(atc_andlink_cms_error) <= ATC_MSG_BUF);
ATC__ANDLINK_CHECK(prompt_fits, sizeof(atc_andlink_prompt) <= ATC_MSG_BUF);
ATC__ANDLINK_CHECK(at_qlaserverip_read_fits, sizeof(atc_andlink_at_qlaserverip_read) <= ATC_MSG_BUF);
static const char *const atc__andlink_at_qlaserverip_set_0_values[] = {"LWM2M", "BS", "DEL"};
static const int32_t atc__andlink_at_qlaserverip_set_2_ranges[] = {0, 65535};
static const atc_field_desc atc__andlink_at_qlaserverip_set_fields[] = {
    { "type", ATC_T_STRING, 0, offsetof(atc_andlink_at_qlaserverip_set, type), 0, 0, 0, 3, NULL, atc__andlink_at_qlaserverip_set_0_values, 0, -1, 0, NULL, NULL, 0, 0 },
    { "ip_addr", ATC_T_STRING, 0, offsetof(atc_andlink_at_qlaserverip_set, ip_addr), 0, 0, 0, 0, NULL, NULL, 0, -1, 0, NULL, NULL, 0, 0 },
    { "port", ATC_T_INT, ATC_F_OPTIONAL, offsetof(atc_andlink_at_qlaserverip_set, port), offsetof(atc_andlink_at_qlaserverip_set, has_port), 0, 1, 0, atc__andlink_at_qlaserverip_set_2_ranges, NULL, 0, -1, 0, NULL, NULL, 0, 0 },
};
static const uint32_t atc__andlink_at_qlaserverip_set_shapes[] = {0x3u, 0x7u};
ATC__ANDLINK_CHECK(at_qlaserverip_set_fits, sizeof(atc_andlink_at_qlaserverip_set) <= ATC_MSG_BUF);
ATC__ANDLINK_CHECK(at_qlasecswt_read_fits, sizeof(atc_andlink_at_qlasecswt_read) <= ATC_MSG_BUF);
static const int32_t atc__andlink_at_qlasecswt_set_0_ranges[] = {0, 0, 1, 1};
static const int32_t atc__andlink_at_qlasecswt_set_1_ranges[] = {0, 0, 1, 1};
static const atc_field_desc atc__andlink_at_qlasecswt_set_fields[] = {
    { "type", ATC_T_INT, 0, offsetof(atc_andlink_at_qlasecswt_set, type), 0, 0, 2, 0, atc__andlink_at_qlasecswt_set_0_ranges, NULL, 0, -1, 0, NULL, NULL, 0, 0 },
    { "nat_type", ATC_T_INT, ATC_F_OPTIONAL, offsetof(atc_andlink_at_qlasecswt_set, nat_type), offsetof(atc_andlink_at_qlasecswt_set, has_nat_type), 0, 2, 0, atc__andlink_at_qlasecswt_set_1_ranges, NULL, 0, -1, 0, NULL, NULL, 0, 0 },
};
static const uint32_t atc__andlink_at_qlasecswt_set_shapes[] = {0x1u, 0x3u};
ATC__ANDLINK_CHECK(at_qlasecswt_set_fits, sizeof(atc_andlink_at_qlasecswt_set) <= ATC_MSG_BUF);
ATC__ANDLINK_CHECK(at_qlasetpsk_read_fits, sizeof(atc_andlink_at_qlasetpsk_read) <= ATC_MSG_BUF);
static const atc_field_desc atc__andlink_at_qlasetpsk_set_fields[] = {
    { "psk_id", ATC_T_TOKEN, 0, offsetof(atc_andlink_at_qlasetpsk_set, psk_id), 0, 15, 0, 0, NULL, NULL, 0, -1, 0, NULL, NULL, 0, 0 },
    { "psk", ATC_T_TOKEN, 0, offsetof(atc_andlink_at_qlasetpsk_set, psk), 0, 32, 0, 0, NULL, NULL, 0, -1, 0, NULL, NULL, 0, 0 },
};
static const uint32_t atc__andlink_at_qlasetpsk_set_shapes[] = {0x3u};
ATC__ANDLINK_CHECK(at_qlasetpsk_set_fits, sizeof(atc_andlink_at_qlasetpsk_set) <= ATC_MSG_BUF);
static const int32_t atc__andlink_at_qlasregind_set_0_ranges[] = {0, 0, 1, 1};
static const atc_field_desc atc__andlink_at_qlasregind_set_fields[] = {
    { "type", ATC_T_INT, 0, offsetof(atc_andlink_at_qlasregind_set, type), 0, 0, 2, 0, atc__andlink_at_qlasregind_set_0_ranges, NULL, 0, -1, 0, NULL, NULL, 0, 0 },
};
static const uint32_t atc__andlink_at_qlasregind_set_shapes[] = {0x1u};
ATC__ANDLINK_CHECK(at_qlasregind_set_fits, sizeof(atc_andlink_at_qlasregind_set) <= ATC_MSG_BUF);
static const int32_t atc__andlink_at_qlasenddata_set_0_ranges[] = {0, 0, 1, 1, 16, 16, 256, 256, 257, 257};
static const int32_t atc__andlink_at_qlasenddata_set_1_ranges[] = {0, 1024};
static const atc_field_desc atc__andlink_at_qlasenddata_set_fields[] = {
    { "mode", ATC_T_HEX, 0, offsetof(atc_andlink_at_qlasenddata_set, mode), 0, 0, 5, 0, atc__andlink_at_qlasenddata_set_0_ranges, NULL, 36, -1, 0, NULL, NULL, 0, 0 },
    { "length", ATC_T_INT, 0, offsetof(atc_andlink_at_qlasenddata_set, length), 0, 0, 1, 0, atc__andlink_at_qlasenddata_set_1_ranges, NULL, 0, -1, 0, NULL, NULL, 0, 0 },
    { "data", ATC_T_TEXT, ATC_F_OPTIONAL, offsetof(atc_andlink_at_qlasenddata_set, data), offsetof(atc_andlink_at_qlasenddata_set, has_data), 0, 0, 0, NULL, NULL, 0, -1, 0, NULL, NULL, 0, 0 },
};
static const uint32_t atc__andlink_at_qlasenddata_set_shapes[] = {0x3u, 0x7u};
static const atc_prompt_desc atc__andlink_at_qlasenddata_set_prompt[] = {
    {2, 2, 0, 1, 0, -1, NULL, -1, 0},
    {-1, 0, 0, 0, 0, 1, NULL, -1, 1024},
};
ATC__ANDLINK_CHECK(at_qlasenddata_set_fits, sizeof(atc_andlink_at_qlasenddata_set) <= ATC_MSG_BUF);
static const int32_t atc__andlink_at_qlasendrsp_set_2_ranges[] = {1, 1, 2, 2, 11, 11, 12, 12, 13, 13, 14, 14};
static const int32_t atc__andlink_at_qlasendrsp_set_3_ranges[] = {0, 1024};
static const atc_field_desc atc__andlink_at_qlasendrsp_set_fields[] = {
    { "msg_id", ATC_T_INT, 0, offsetof(atc_andlink_at_qlasendrsp_set, msg_id), 0, 0, 0, 0, NULL, NULL, 0, -1, 0, NULL, NULL, 0, 0 },
    { "token", ATC_T_TOKEN, 0, offsetof(atc_andlink_at_qlasendrsp_set, token), 0, 0, 0, 0, NULL, NULL, 0, -1, 0, NULL, NULL, 0, 0 },
    { "result", ATC_T_INT, 0, offsetof(atc_andlink_at_qlasendrsp_set, result), 0, 0, 6, 0, atc__andlink_at_qlasendrsp_set_2_ranges, NULL, 0, -1, 0, NULL, NULL, 0, 0 },
    { "datalen", ATC_T_INT, 0, offsetof(atc_andlink_at_qlasendrsp_set, datalen), 0, 0, 1, 0, atc__andlink_at_qlasendrsp_set_3_ranges, NULL, 0, -1, 0, NULL, NULL, 0, 0 },
};
static const uint32_t atc__andlink_at_qlasendrsp_set_shapes[] = {0xfu};
static const atc_prompt_desc atc__andlink_at_qlasendrsp_set_prompt[] = {
    {3, 1, 0, 1, 0, -1, NULL, -1, 0},
    {-1, 0, 0, 0, 0, 3, NULL, -1, 1024},
};
ATC__ANDLINK_CHECK(at_qlasendrsp_set_fits, sizeof(atc_andlink_at_qlasendrsp_set) <= ATC_MSG_BUF);
ATC__ANDLINK_CHECK(at_qladatastatus_read_fits, sizeof(atc_andlink_at_qladatastatus_read) <= ATC_MSG_BUF);
static const int32_t atc__andlink_at_qlafotaind_set_0_ranges[] = {0, 0, 1, 1, 2, 2, 3, 3, 4, 4, 5, 5};
static const atc_field_desc atc__andlink_at_qlafotaind_set_fields[] = {
    { "type", ATC_T_INT, 0, offsetof(atc_andlink_at_qlafotaind_set, type), 0, 0, 6, 0, atc__andlink_at_qlafotaind_set_0_ranges, NULL, 0, -1, 0, NULL, NULL, 0, 0 },
};
static const uint32_t atc__andlink_at_qlafotaind_set_shapes[] = {0x1u};
ATC__ANDLINK_CHECK(at_qlafotaind_set_fits, sizeof(atc_andlink_at_qlafotaind_set) <= ATC_MSG_BUF);
ATC__ANDLINK_CHECK(at_qlaregswt_read_fits, sizeof(atc_andlink_at_qlaregswt_read) <= ATC_MSG_BUF);
static const int32_t atc__andlink_at_qlaregswt_set_0_ranges[] = {0, 0, 1, 1};
static const atc_field_desc atc__andlink_at_qlaregswt_set_fields[] = {
    { "type", ATC_T_INT, 0, offsetof(atc_andlink_at_qlaregswt_set, type), 0, 0, 2, 0, atc__andlink_at_qlaregswt_set_0_ranges, NULL, 0, -1, 0, NULL, NULL, 0, 0 },
};
static const uint32_t atc__andlink_at_qlaregswt_set_shapes[] = {0x1u};
ATC__ANDLINK_CHECK(at_qlaregswt_set_fits, sizeof(atc_andlink_at_qlaregswt_set) <= ATC_MSG_BUF);
ATC__ANDLINK_CHECK(at_qlastatus_read_fits, sizeof(atc_andlink_at_qlastatus_read) <= ATC_MSG_BUF);
ATC__ANDLINK_CHECK(at_qlaresetdtls_exec_fits, sizeof(atc_andlink_at_qlaresetdtls_exec) <= ATC_MSG_BUF);
ATC__ANDLINK_CHECK(at_qladtlsstat_read_fits, sizeof(atc_andlink_at_qladtlsstat_read) <= ATC_MSG_BUF);
static const char *const atc__andlink_at_qcfg_set_lwm2m_devicetype_0_values[] = {"\"LWM2M/DeviceType\""};
static const atc_field_desc atc__andlink_at_qcfg_set_lwm2m_devicetype_fields[] = {
    { "\"LWM2M/DeviceType\"", ATC_T_LITERAL, 0, 0, 0, 0, 0, 1, NULL, atc__andlink_at_qcfg_set_lwm2m_devicetype_0_values, 0, -1, 0, NULL, NULL, 0, 0 },
    { "device_type", ATC_T_STRING, ATC_F_OPTIONAL, offsetof(atc_andlink_at_qcfg_set_lwm2m_devicetype, device_type), offsetof(atc_andlink_at_qcfg_set_lwm2m_devicetype, has_device_type), 0, 0, 0, NULL, NULL, 0, -1, 0, NULL, NULL, 0, 0 },
};
static const uint32_t atc__andlink_at_qcfg_set_lwm2m_devicetype_shapes[] = {0x1u, 0x3u};
ATC__ANDLINK_CHECK(at_qcfg_set_lwm2m_devicetype_fits, sizeof(atc_andlink_at_qcfg_set_lwm2m_devicetype) <= ATC_MSG_BUF);
static const int32_t atc__andlink_at_qlafotareset_set_0_ranges[] = {1, 1};
static const atc_field_desc atc__andlink_at_qlafotareset_set_fields[] = {
    { "state", ATC_T_INT, 0, offsetof(atc_andlink_at_qlafotareset_set, state), 0, 0, 1, 0, atc__andlink_at_qlafotareset_set_0_ranges, NULL, 0, -1, 0, NULL, NULL, 0, 0 },
};
static const uint32_t atc__andlink_at_qlafotareset_set_shapes[] = {0x1u};
ATC__ANDLINK_CHECK(at_qlafotareset_set_fits, sizeof(atc_andlink_at_qlafotareset_set) <= ATC_MSG_BUF);
ATC__ANDLINK_CHECK(at_qlasetbspsk_read_fits, sizeof(atc_andlink_at_qlasetbspsk_read) <= ATC_MSG_BUF);
static const atc_field_desc atc__andlink_at_qlasetbspsk_set_fields[] = {
    { "psk_id", ATC_T_TOKEN, 0, offsetof(atc_andlink_at_qlasetbspsk_set, psk_id), 0, 15, 0, 0, NULL, NULL, 0, -1, 0, NULL, NULL, 0, 0 },
    { "psk", ATC_T_TOKEN, 0, offsetof(atc_andlink_at_qlasetbspsk_set, psk), 0, 32, 0, 0, NULL, NULL, 0, -1, 0, NULL, NULL, 0, 0 },
};
static const uint32_t atc__andlink_at_qlasetbspsk_set_shapes[] = {0x3u};
ATC__ANDLINK_CHECK(at_qlasetbspsk_set_fits, sizeof(atc_andlink_at_qlasetbspsk_set) <= ATC_MSG_BUF);
ATC__ANDLINK_CHECK(at_qlabssecswt_read_fits, sizeof(atc_andlink_at_qlabssecswt_read) <= ATC_MSG_BUF);
static const int32_t atc__andlink_at_qlabssecswt_set_0_ranges[] = {0, 0, 1, 1};
static const int32_t atc__andlink_at_qlabssecswt_set_1_ranges[] = {0, 0, 1, 1};
static const atc_field_desc atc__andlink_at_qlabssecswt_set_fields[] = {
    { "type", ATC_T_INT, 0, offsetof(atc_andlink_at_qlabssecswt_set, type), 0, 0, 2, 0, atc__andlink_at_qlabssecswt_set_0_ranges, NULL, 0, -1, 0, NULL, NULL, 0, 0 },
    { "nat_type", ATC_T_INT, ATC_F_OPTIONAL, offsetof(atc_andlink_at_qlabssecswt_set, nat_type), offsetof(atc_andlink_at_qlabssecswt_set, has_nat_type), 0, 2, 0, atc__andlink_at_qlabssecswt_set_1_ranges, NULL, 0, -1, 0, NULL, NULL, 0, 0 },
};
static const uint32_t atc__andlink_at_qlabssecswt_set_shapes[] = {0x1u, 0x3u};
ATC__ANDLINK_CHECK(at_qlabssecswt_set_fits, sizeof(atc_andlink_at_qlabssecswt_set) <= ATC_MSG_BUF);
static const uint16_t atc__andlink_qlaserverip_answers[] = {5};
ATC__ANDLINK_CHECK(qlaserverip_fits, sizeof(atc_andlink_qlaserverip) <= ATC_MSG_BUF);
static const char *const atc__andlink_qlaserverip_server_0_values[] = {"BS", "LWM2M"};
static const int32_t atc__andlink_qlaserverip_server_2_ranges[] = {0, 65535};
static const atc_field_desc atc__andlink_qlaserverip_server_fields[] = {
    { "type", ATC_T_TOKEN, 0, offsetof(atc_andlink_qlaserverip_server, type), 0, 0, 0, 2, NULL, atc__andlink_qlaserverip_server_0_values, 0, -1, 0, NULL, NULL, 0, 0 },
    { "ip_addr", ATC_T_TOKEN, 0, offsetof(atc_andlink_qlaserverip_server, ip_addr), 0, 0, 0, 0, NULL, NULL, 64, -1, 0, NULL, NULL, 0, 0 },
    { "port", ATC_T_INT, 0, offsetof(atc_andlink_qlaserverip_server, port), 0, 0, 1, 0, atc__andlink_qlaserverip_server_2_ranges, NULL, 0, -1, 0, NULL, NULL, 0, 0 },
};
static const uint32_t atc__andlink_qlaserverip_server_shapes[] = {0x7u};
static const uint16_t atc__andlink_qlaserverip_server_answers[] = {5};
ATC__ANDLINK_CHECK(qlaserverip_server_fits, sizeof(atc_andlink_qlaserverip_server) <= ATC_MSG_BUF);
static const int32_t atc__andlink_qlasecswt_read_0_ranges[] = {0, 0, 1, 1};
static const int32_t atc__andlink_qlasecswt_read_1_ranges[] = {0, 0, 1, 1};
static const atc_field_desc atc__andlink_qlasecswt_read_fields[] = {
    { "type", ATC_T_INT, 0, offsetof(atc_andlink_qlasecswt_read, type), 0, 0, 2, 0, atc__andlink_qlasecswt_read_0_ranges, NULL, 0, -1, 0, NULL, NULL, 0, 0 },
    { "nat_type", ATC_T_INT, 0, offsetof(atc_andlink_qlasecswt_read, nat_type), 0, 0, 2, 0, atc__andlink_qlasecswt_read_1_ranges, NULL, 0, -1, 0, NULL, NULL, 0, 0 },
};
static const uint32_t atc__andlink_qlasecswt_read_shapes[] = {0x3u};
static const uint16_t atc__andlink_qlasecswt_read_answers[] = {7};
ATC__ANDLINK_CHECK(qlasecswt_read_fits, sizeof(atc_andlink_qlasecswt_read) <= ATC_MSG_BUF);
static const atc_field_desc atc__andlink_qlasetpsk_read_fields[] = {
    { "psk_id", ATC_T_TOKEN, 0, offsetof(atc_andlink_qlasetpsk_read, psk_id), 0, 15, 0, 0, NULL, NULL, 0, -1, 0, NULL, NULL, 0, 0 },
    { "psk", ATC_T_TOKEN, 0, offsetof(atc_andlink_qlasetpsk_read, psk), 0, 32, 0, 0, NULL, NULL, 0, -1, 0, NULL, NULL, 0, 0 },
};
static const uint32_t atc__andlink_qlasetpsk_read_shapes[] = {0x3u};
static const uint16_t atc__andlink_qlasetpsk_read_answers[] = {9};
ATC__ANDLINK_CHECK(qlasetpsk_read_fits, sizeof(atc_andlink_qlasetpsk_read) <= ATC_MSG_BUF);
static const int32_t atc__andlink_qladatastatus_read_0_ranges[] = {0, 0, 1, 1, 2, 2, 3, 3, 4, 4, 5, 5};
static const atc_field_desc atc__andlink_qladatastatus_read_fields[] = {
    { "status", ATC_T_INT, 0, offsetof(atc_andlink_qladatastatus_read, status), 0, 0, 6, 0, atc__andlink_qladatastatus_read_0_ranges, NULL, 0, -1, 0, NULL, NULL, 0, 0 },
};
static const uint32_t atc__andlink_qladatastatus_read_shapes[] = {0x1u};
static const uint16_t atc__andlink_qladatastatus_read_answers[] = {14};
ATC__ANDLINK_CHECK(qladatastatus_read_fits, sizeof(atc_andlink_qladatastatus_read) <= ATC_MSG_BUF);
static const int32_t atc__andlink_qlaregswt_read_0_ranges[] = {0, 0, 1, 1};
static const atc_field_desc atc__andlink_qlaregswt_read_fields[] = {
    { "type", ATC_T_INT, 0, offsetof(atc_andlink_qlaregswt_read, type), 0, 0, 2, 0, atc__andlink_qlaregswt_read_0_ranges, NULL, 0, -1, 0, NULL, NULL, 0, 0 },
};
static const uint32_t atc__andlink_qlaregswt_read_shapes[] = {0x1u};
static const uint16_t atc__andlink_qlaregswt_read_answers[] = {16};
ATC__ANDLINK_CHECK(qlaregswt_read_fits, sizeof(atc_andlink_qlaregswt_read) <= ATC_MSG_BUF);
static const char *const atc__andlink_qlastatus_read_0_values[] = {"UNINITIALISED", "MISSING_CONFIG", "INITIALISING", "INIITIALISING", "INITIALISED", "INIITIALISED", "INIT_FAILED", "REGISTERING", "REGISTERED", "DEREGISTERED", "MO_DATA_ENABLED", "NO_UE_IP", "REJECTED_BY_SERVER", "TIMEOUT_AND_RETRYING", "REG_FAILED", "DEREG_FAILED"};
static const atc_field_desc atc__andlink_qlastatus_read_fields[] = {
    { "registration_status", ATC_T_TOKEN, 0, offsetof(atc_andlink_qlastatus_read, registration_status), 0, 0, 0, 16, NULL, atc__andlink_qlastatus_read_0_values, 0, -1, 0, NULL, NULL, 0, 0 },
};
static const uint32_t atc__andlink_qlastatus_read_shapes[] = {0x1u};
static const uint16_t atc__andlink_qlastatus_read_answers[] = {18};
ATC__ANDLINK_CHECK(qlastatus_read_fits, sizeof(atc_andlink_qlastatus_read) <= ATC_MSG_BUF);
static const int32_t atc__andlink_qladtlsstat_read_0_ranges[] = {0, 0, 1, 1, 2, 2, 3, 3};
static const atc_field_desc atc__andlink_qladtlsstat_read_fields[] = {
    { "type", ATC_T_INT, 0, offsetof(atc_andlink_qladtlsstat_read, type), 0, 0, 4, 0, atc__andlink_qladtlsstat_read_0_ranges, NULL, 0, -1, 0, NULL, NULL, 0, 0 },
};
static const uint32_t atc__andlink_qladtlsstat_read_shapes[] = {0x1u};
static const uint16_t atc__andlink_qladtlsstat_read_answers[] = {20};
ATC__ANDLINK_CHECK(qladtlsstat_read_fits, sizeof(atc_andlink_qladtlsstat_read) <= ATC_MSG_BUF);
static const char *const atc__andlink_qcfg_lwm2m_devicetype_0_values[] = {"\"LWM2M/DeviceType\""};
static const atc_field_desc atc__andlink_qcfg_lwm2m_devicetype_fields[] = {
    { "\"LWM2M/DeviceType\"", ATC_T_LITERAL, 0, 0, 0, 0, 0, 1, NULL, atc__andlink_qcfg_lwm2m_devicetype_0_values, 0, -1, 0, NULL, NULL, 0, 0 },
    { "device_type", ATC_T_TOKEN, 0, offsetof(atc_andlink_qcfg_lwm2m_devicetype, device_type), 0, 0, 0, 0, NULL, NULL, 0, -1, 0, NULL, NULL, 0, 0 },
};
static const uint32_t atc__andlink_qcfg_lwm2m_devicetype_shapes[] = {0x3u};
static const uint16_t atc__andlink_qcfg_lwm2m_devicetype_answers[] = {21};
ATC__ANDLINK_CHECK(qcfg_lwm2m_devicetype_fits, sizeof(atc_andlink_qcfg_lwm2m_devicetype) <= ATC_MSG_BUF);
static const atc_field_desc atc__andlink_qlasetbspsk_read_fields[] = {
    { "psk_id", ATC_T_TOKEN, 0, offsetof(atc_andlink_qlasetbspsk_read, psk_id), 0, 15, 0, 0, NULL, NULL, 0, -1, 0, NULL, NULL, 0, 0 },
    { "psk", ATC_T_TOKEN, 0, offsetof(atc_andlink_qlasetbspsk_read, psk), 0, 32, 0, 0, NULL, NULL, 0, -1, 0, NULL, NULL, 0, 0 },
};
static const uint32_t atc__andlink_qlasetbspsk_read_shapes[] = {0x3u};
static const uint16_t atc__andlink_qlasetbspsk_read_answers[] = {23};
ATC__ANDLINK_CHECK(qlasetbspsk_read_fits, sizeof(atc_andlink_qlasetbspsk_read) <= ATC_MSG_BUF);
static const int32_t atc__andlink_qlabssecswt_read_0_ranges[] = {0, 0, 1, 1};
static const int32_t atc__andlink_qlabssecswt_read_1_ranges[] = {0, 0, 1, 1};
static const atc_field_desc atc__andlink_qlabssecswt_read_fields[] = {
    { "type", ATC_T_INT, 0, offsetof(atc_andlink_qlabssecswt_read, type), 0, 0, 2, 0, atc__andlink_qlabssecswt_read_0_ranges, NULL, 0, -1, 0, NULL, NULL, 0, 0 },
    { "nat_type", ATC_T_INT, 0, offsetof(atc_andlink_qlabssecswt_read, nat_type), 0, 0, 2, 0, atc__andlink_qlabssecswt_read_1_ranges, NULL, 0, -1, 0, NULL, NULL, 0, 0 },
};
static const uint32_t atc__andlink_qlabssecswt_read_shapes[] = {0x3u};
static const uint16_t atc__andlink_qlabssecswt_read_answers[] = {25};
ATC__ANDLINK_CHECK(qlabssecswt_read_fits, sizeof(atc_andlink_qlabssecswt_read) <= ATC_MSG_BUF);
static const atc_field_desc atc__andlink_qlawrite_fields[] = {
    { "msg_id", ATC_T_INT, 0, offsetof(atc_andlink_qlawrite, msg_id), 0, 0, 0, 0, NULL, NULL, 0, -1, 0, NULL, NULL, 0, 0 },
    { "token", ATC_T_STRING, 0, offsetof(atc_andlink_qlawrite, token), 0, 0, 0, 0, NULL, NULL, 0, -1, 0, NULL, NULL, 0, 0 },
    { "data", ATC_T_STRING, 0, offsetof(atc_andlink_qlawrite, data), 0, 0, 0, 0, NULL, NULL, 0, -1, 0, NULL, NULL, 0, 0 },
    { "query", ATC_T_STRING, ATC_F_OPTIONAL, offsetof(atc_andlink_qlawrite, query), offsetof(atc_andlink_qlawrite, has_query), 0, 0, 0, NULL, NULL, 0, -1, 0, NULL, NULL, 0, 0 },
};
static const uint32_t atc__andlink_qlawrite_shapes[] = {0x7u, 0xfu};
ATC__ANDLINK_CHECK(qlawrite_fits, sizeof(atc_andlink_qlawrite) <= ATC_MSG_BUF);
static const atc_field_desc atc__andlink_qlaread_fields[] = {
    { "msg_id", ATC_T_INT, 0, offsetof(atc_andlink_qlaread, msg_id), 0, 0, 0, 0, NULL, NULL, 0, -1, 0, NULL, NULL, 0, 0 },
    { "token", ATC_T_STRING, 0, offsetof(atc_andlink_qlaread, token), 0, 0, 0, 0, NULL, NULL, 0, -1, 0, NULL, NULL, 0, 0 },
    { "query", ATC_T_STRING, ATC_F_OPTIONAL, offsetof(atc_andlink_qlaread, query), offsetof(atc_andlink_qlaread, has_query), 0, 0, 0, NULL, NULL, 0, -1, 0, NULL, NULL, 0, 0 },
};
static const uint32_t atc__andlink_qlaread_shapes[] = {0x3u, 0x7u};
ATC__ANDLINK_CHECK(qlaread_fits, sizeof(atc_andlink_qlaread) <= ATC_MSG_BUF);
static const int32_t atc__andlink_qlaevtind_0_ranges[] = {0, 0, 1, 1, 2, 2, 3, 3, 4, 4, 5, 5, 6, 6, 7, 7};
static const atc_field_desc atc__andlink_qlaevtind_fields[] = {
    { "type", ATC_T_INT, 0, offsetof(atc_andlink_qlaevtind, type), 0, 0, 8, 0, atc__andlink_qlaevtind_0_ranges, NULL, 0, -1, 0, NULL, NULL, 0, 0 },
};
static const uint32_t atc__andlink_qlaevtind_shapes[] = {0x1u};
ATC__ANDLINK_CHECK(qlaevtind_fits, sizeof(atc_andlink_qlaevtind) <= ATC_MSG_BUF);
static const int32_t atc__andlink_qladatastatus_0_ranges[] = {0, 0, 1, 1, 2, 2, 3, 3, 4, 4, 5, 5};
static const atc_field_desc atc__andlink_qladatastatus_fields[] = {
    { "status", ATC_T_INT, 0, offsetof(atc_andlink_qladatastatus, status), 0, 0, 6, 0, atc__andlink_qladatastatus_0_ranges, NULL, 0, -1, 0, NULL, NULL, 0, 0 },
};
static const uint32_t atc__andlink_qladatastatus_shapes[] = {0x1u};
ATC__ANDLINK_CHECK(qladatastatus_fits, sizeof(atc_andlink_qladatastatus) <= ATC_MSG_BUF);
static const int32_t atc__andlink_qladtlsstat_0_ranges[] = {0, 0, 1, 1, 2, 2, 3, 3};
static const atc_field_desc atc__andlink_qladtlsstat_fields[] = {
    { "type", ATC_T_INT, 0, offsetof(atc_andlink_qladtlsstat, type), 0, 0, 4, 0, atc__andlink_qladtlsstat_0_ranges, NULL, 0, -1, 0, NULL, NULL, 0, 0 },
};
static const uint32_t atc__andlink_qladtlsstat_shapes[] = {0x1u};
ATC__ANDLINK_CHECK(qladtlsstat_fits, sizeof(atc_andlink_qladtlsstat) <= ATC_MSG_BUF);
ATC__ANDLINK_CHECK(neul_fits, sizeof(atc_andlink_neul) <= ATC_MSG_BUF);
ATC__ANDLINK_CHECK(firmware_downloading_fits, sizeof(atc_andlink_firmware_downloading) <= ATC_MSG_BUF);
ATC__ANDLINK_CHECK(firmware_download_failed_fits, sizeof(atc_andlink_firmware_download_failed) <= ATC_MSG_BUF);
ATC__ANDLINK_CHECK(firmware_downloaded_fits, sizeof(atc_andlink_firmware_downloaded) <= ATC_MSG_BUF);
ATC__ANDLINK_CHECK(firmware_updating_fits, sizeof(atc_andlink_firmware_updating) <= ATC_MSG_BUF);
ATC__ANDLINK_CHECK(firmware_update_success_fits, sizeof(atc_andlink_firmware_update_success) <= ATC_MSG_BUF);
ATC__ANDLINK_CHECK(firmware_update_failed_fits, sizeof(atc_andlink_firmware_update_failed) <= ATC_MSG_BUF);
ATC__ANDLINK_CHECK(firmware_update_over_fits, sizeof(atc_andlink_firmware_update_over) <= ATC_MSG_BUF);
ATC__ANDLINK_CHECK(reboot_cause_security_reset_unknown_fits, sizeof(atc_andlink_reboot_cause_security_reset_unknown) <= ATC_MSG_BUF);
ATC__ANDLINK_CHECK(reboot_cause_security_sysresetreq_fits, sizeof(atc_andlink_reboot_cause_security_sysresetreq) <= ATC_MSG_BUF);
ATC__ANDLINK_CHECK(reboot_cause_security_watchdog_fits, sizeof(atc_andlink_reboot_cause_security_watchdog) <= ATC_MSG_BUF);
ATC__ANDLINK_CHECK(reboot_cause_security_self_fits, sizeof(atc_andlink_reboot_cause_security_self) <= ATC_MSG_BUF);
ATC__ANDLINK_CHECK(reboot_cause_security_altboot_fits, sizeof(atc_andlink_reboot_cause_security_altboot) <= ATC_MSG_BUF);
ATC__ANDLINK_CHECK(reboot_cause_security_reg_0_fits, sizeof(atc_andlink_reboot_cause_security_reg_0) <= ATC_MSG_BUF);
ATC__ANDLINK_CHECK(reboot_cause_security_reg_3_fits, sizeof(atc_andlink_reboot_cause_security_reg_3) <= ATC_MSG_BUF);
ATC__ANDLINK_CHECK(reboot_cause_security_standard_chip_watchdog_fits, sizeof(atc_andlink_reboot_cause_security_standard_chip_watchdog) <= ATC_MSG_BUF);
ATC__ANDLINK_CHECK(reboot_cause_security_updater_chip_watchdog_fits, sizeof(atc_andlink_reboot_cause_security_updater_chip_watchdog) <= ATC_MSG_BUF);
ATC__ANDLINK_CHECK(reboot_cause_security_scan_enter_exit_fits, sizeof(atc_andlink_reboot_cause_security_scan_enter_exit) <= ATC_MSG_BUF);
ATC__ANDLINK_CHECK(reboot_cause_security_pmu_power_on_reset_fits, sizeof(atc_andlink_reboot_cause_security_pmu_power_on_reset) <= ATC_MSG_BUF);
ATC__ANDLINK_CHECK(reboot_cause_security_reset_pin_fits, sizeof(atc_andlink_reboot_cause_security_reset_pin) <= ATC_MSG_BUF);
ATC__ANDLINK_CHECK(reboot_cause_security_regions_updated_fits, sizeof(atc_andlink_reboot_cause_security_regions_updated) <= ATC_MSG_BUF);
ATC__ANDLINK_CHECK(reboot_cause_security_fota_upgrade_fits, sizeof(atc_andlink_reboot_cause_security_fota_upgrade) <= ATC_MSG_BUF);
ATC__ANDLINK_CHECK(reboot_cause_protocol_sysresetreq_fits, sizeof(atc_andlink_reboot_cause_protocol_sysresetreq) <= ATC_MSG_BUF);
ATC__ANDLINK_CHECK(reboot_cause_protocol_watchdog_fits, sizeof(atc_andlink_reboot_cause_protocol_watchdog) <= ATC_MSG_BUF);
ATC__ANDLINK_CHECK(reboot_cause_protocol_monitor_reboot_req_fits, sizeof(atc_andlink_reboot_cause_protocol_monitor_reboot_req) <= ATC_MSG_BUF);
ATC__ANDLINK_CHECK(reboot_cause_protocol_rpc_timeout_fits, sizeof(atc_andlink_reboot_cause_protocol_rpc_timeout) <= ATC_MSG_BUF);
ATC__ANDLINK_CHECK(reboot_cause_application_sysresetreq_fits, sizeof(atc_andlink_reboot_cause_application_sysresetreq) <= ATC_MSG_BUF);
ATC__ANDLINK_CHECK(reboot_cause_application_watchdog_fits, sizeof(atc_andlink_reboot_cause_application_watchdog) <= ATC_MSG_BUF);
ATC__ANDLINK_CHECK(reboot_cause_application_at_fits, sizeof(atc_andlink_reboot_cause_application_at) <= ATC_MSG_BUF);
ATC__ANDLINK_CHECK(reboot_cause_application_rpc_timeout_fits, sizeof(atc_andlink_reboot_cause_application_rpc_timeout) <= ATC_MSG_BUF);
ATC__ANDLINK_CHECK(reboot_cause_protocol_imsi_update_fits, sizeof(atc_andlink_reboot_cause_protocol_imsi_update) <= ATC_MSG_BUF);
ATC__ANDLINK_CHECK(reboot_cause_unknown_fits, sizeof(atc_andlink_reboot_cause_unknown) <= ATC_MSG_BUF);

static const atc_msg_desc atc__andlink_msgs[] = {
    {"OK", NULL, "OK", ATC_KIND_FINAL, ATC_FORM_NONE, 0,
      0, NULL, NULL, 0,
      -1, 0, sizeof(atc_andlink_ok), NULL, 0, 0, -1, NULL,
      NULL, 0, 0u },
    {"ERROR", NULL, "ERROR", ATC_KIND_FINAL, ATC_FORM_NONE, ATC_M_ERROR,
      0, NULL, NULL, 0,
      -1, 0, sizeof(atc_andlink_error), NULL, 0, 0, -1, NULL,
      NULL, 0, 0u },
    {"CME_ERROR", NULL, "+CME ERROR: ", ATC_KIND_FINAL, ATC_FORM_NONE, ATC_M_ERROR,
      1, atc__andlink_cme_error_fields, atc__andlink_cme_error_shapes, 1,
      -1, 0, sizeof(atc_andlink_cme_error), NULL, 0, 0, -1, NULL,
      NULL, 0, 0u },
    {"CMS_ERROR", NULL, "+CMS ERROR: ", ATC_KIND_FINAL, ATC_FORM_NONE, ATC_M_ERROR,
      1, atc__andlink_cms_error_fields, atc__andlink_cms_error_shapes, 1,
      -1, 0, sizeof(atc_andlink_cms_error), NULL, 0, 0, -1, NULL,
      NULL, 0, 0u },
    {"PROMPT", NULL, "> ", ATC_KIND_INTERMEDIATE, ATC_FORM_NONE, ATC_M_PROMPT,
      0, NULL, NULL, 0,
      -1, 0, sizeof(atc_andlink_prompt), NULL, 0, 0, -1, NULL,
      NULL, 0, 0u },
    {"QLASERVERIP", NULL, "AT+QLASERVERIP?", ATC_KIND_COMMAND, ATC_FORM_READ, 0,
      0, NULL, NULL, 0,
      -1, 0, sizeof(atc_andlink_at_qlaserverip_read), NULL, 0, 0, -1, NULL,
      NULL, 0, 300u },
    {"QLASERVERIP", NULL, "AT+QLASERVERIP=", ATC_KIND_COMMAND, ATC_FORM_SET, 0,
      3, atc__andlink_at_qlaserverip_set_fields, atc__andlink_at_qlaserverip_set_shapes, 2,
      -1, 0, sizeof(atc_andlink_at_qlaserverip_set), NULL, 0, 0, -1, NULL,
      NULL, 0, 300u },
    {"QLASECSWT", NULL, "AT+QLASECSWT?", ATC_KIND_COMMAND, ATC_FORM_READ, 0,
      0, NULL, NULL, 0,
      -1, 0, sizeof(atc_andlink_at_qlasecswt_read), NULL, 0, 0, -1, NULL,
      NULL, 0, 300u },
    {"QLASECSWT", NULL, "AT+QLASECSWT=", ATC_KIND_COMMAND, ATC_FORM_SET, 0,
      2, atc__andlink_at_qlasecswt_set_fields, atc__andlink_at_qlasecswt_set_shapes, 2,
      -1, 0, sizeof(atc_andlink_at_qlasecswt_set), NULL, 0, 0, -1, NULL,
      NULL, 0, 300u },
    {"QLASETPSK", NULL, "AT+QLASETPSK?", ATC_KIND_COMMAND, ATC_FORM_READ, 0,
      0, NULL, NULL, 0,
      -1, 0, sizeof(atc_andlink_at_qlasetpsk_read), NULL, 0, 0, -1, NULL,
      NULL, 0, 2000u },
    {"QLASETPSK", NULL, "AT+QLASETPSK=", ATC_KIND_COMMAND, ATC_FORM_SET, 0,
      2, atc__andlink_at_qlasetpsk_set_fields, atc__andlink_at_qlasetpsk_set_shapes, 1,
      -1, 0, sizeof(atc_andlink_at_qlasetpsk_set), NULL, 0, 0, -1, NULL,
      NULL, 0, 2000u },
    {"QLASREGIND", NULL, "AT+QLASREGIND=", ATC_KIND_COMMAND, ATC_FORM_SET, 0,
      1, atc__andlink_at_qlasregind_set_fields, atc__andlink_at_qlasregind_set_shapes, 1,
      -1, 0, sizeof(atc_andlink_at_qlasregind_set), NULL, 0, 0, -1, NULL,
      NULL, 0, 300u },
    {"QLASENDDATA", NULL, "AT+QLASENDDATA=", ATC_KIND_COMMAND, ATC_FORM_SET, 0,
      3, atc__andlink_at_qlasenddata_set_fields, atc__andlink_at_qlasenddata_set_shapes, 2,
      -1, 0, sizeof(atc_andlink_at_qlasenddata_set), atc__andlink_at_qlasenddata_set_prompt, 2, 0, -1, NULL,
      NULL, 0, 300u },
    {"QLASENDRSP", NULL, "AT+QLASENDRSP=", ATC_KIND_COMMAND, ATC_FORM_SET, 0,
      4, atc__andlink_at_qlasendrsp_set_fields, atc__andlink_at_qlasendrsp_set_shapes, 1,
      -1, 0, sizeof(atc_andlink_at_qlasendrsp_set), atc__andlink_at_qlasendrsp_set_prompt, 2, 0, -1, NULL,
      NULL, 0, 300u },
    {"QLADATASTATUS", NULL, "AT+QLADATASTATUS?", ATC_KIND_COMMAND, ATC_FORM_READ, 0,
      0, NULL, NULL, 0,
      -1, 0, sizeof(atc_andlink_at_qladatastatus_read), NULL, 0, 0, -1, NULL,
      NULL, 0, 300u },
    {"QLAFOTAIND", NULL, "AT+QLAFOTAIND=", ATC_KIND_COMMAND, ATC_FORM_SET, 0,
      1, atc__andlink_at_qlafotaind_set_fields, atc__andlink_at_qlafotaind_set_shapes, 1,
      -1, 0, sizeof(atc_andlink_at_qlafotaind_set), NULL, 0, 0, -1, NULL,
      NULL, 0, 300u },
    {"QLAREGSWT", NULL, "AT+QLAREGSWT?", ATC_KIND_COMMAND, ATC_FORM_READ, 0,
      0, NULL, NULL, 0,
      -1, 0, sizeof(atc_andlink_at_qlaregswt_read), NULL, 0, 0, -1, NULL,
      NULL, 0, 300u },
    {"QLAREGSWT", NULL, "AT+QLAREGSWT=", ATC_KIND_COMMAND, ATC_FORM_SET, 0,
      1, atc__andlink_at_qlaregswt_set_fields, atc__andlink_at_qlaregswt_set_shapes, 1,
      -1, 0, sizeof(atc_andlink_at_qlaregswt_set), NULL, 0, 0, -1, NULL,
      NULL, 0, 300u },
    {"QLASTATUS", NULL, "AT+QLASTATUS?", ATC_KIND_COMMAND, ATC_FORM_READ, 0,
      0, NULL, NULL, 0,
      -1, 0, sizeof(atc_andlink_at_qlastatus_read), NULL, 0, 0, -1, NULL,
      NULL, 0, 300u },
    {"QLARESETDTLS", NULL, "AT+QLARESETDTLS", ATC_KIND_COMMAND, ATC_FORM_EXEC, 0,
      0, NULL, NULL, 0,
      -1, 0, sizeof(atc_andlink_at_qlaresetdtls_exec), NULL, 0, 0, -1, NULL,
      NULL, 0, 300u },
    {"QLADTLSSTAT", NULL, "AT+QLADTLSSTAT?", ATC_KIND_COMMAND, ATC_FORM_READ, 0,
      0, NULL, NULL, 0,
      -1, 0, sizeof(atc_andlink_at_qladtlsstat_read), NULL, 0, 0, -1, NULL,
      NULL, 0, 300u },
    {"QCFG", "LWM2M/DeviceType", "AT+QCFG=", ATC_KIND_COMMAND, ATC_FORM_SET, 0,
      2, atc__andlink_at_qcfg_set_lwm2m_devicetype_fields, atc__andlink_at_qcfg_set_lwm2m_devicetype_shapes, 2,
      -1, 0, sizeof(atc_andlink_at_qcfg_set_lwm2m_devicetype), NULL, 0, 0, -1, NULL,
      NULL, 0, 300u },
    {"QLAFOTARESET", NULL, "AT+QLAFOTARESET=", ATC_KIND_COMMAND, ATC_FORM_SET, 0,
      1, atc__andlink_at_qlafotareset_set_fields, atc__andlink_at_qlafotareset_set_shapes, 1,
      -1, 0, sizeof(atc_andlink_at_qlafotareset_set), NULL, 0, 0, -1, NULL,
      NULL, 0, 300u },
    {"QLASETBSPSK", NULL, "AT+QLASETBSPSK?", ATC_KIND_COMMAND, ATC_FORM_READ, 0,
      0, NULL, NULL, 0,
      -1, 0, sizeof(atc_andlink_at_qlasetbspsk_read), NULL, 0, 0, -1, NULL,
      NULL, 0, 2000u },
    {"QLASETBSPSK", NULL, "AT+QLASETBSPSK=", ATC_KIND_COMMAND, ATC_FORM_SET, 0,
      2, atc__andlink_at_qlasetbspsk_set_fields, atc__andlink_at_qlasetbspsk_set_shapes, 1,
      -1, 0, sizeof(atc_andlink_at_qlasetbspsk_set), NULL, 0, 0, -1, NULL,
      NULL, 0, 2000u },
    {"QLABSSECSWT", NULL, "AT+QLABSSECSWT?", ATC_KIND_COMMAND, ATC_FORM_READ, 0,
      0, NULL, NULL, 0,
      -1, 0, sizeof(atc_andlink_at_qlabssecswt_read), NULL, 0, 0, -1, NULL,
      NULL, 0, 300u },
    {"QLABSSECSWT", NULL, "AT+QLABSSECSWT=", ATC_KIND_COMMAND, ATC_FORM_SET, 0,
      2, atc__andlink_at_qlabssecswt_set_fields, atc__andlink_at_qlabssecswt_set_shapes, 2,
      -1, 0, sizeof(atc_andlink_at_qlabssecswt_set), NULL, 0, 0, -1, NULL,
      NULL, 0, 300u },
    {"QLASERVERIP", NULL, "+QLASERVERIP:", ATC_KIND_RESPONSE, ATC_FORM_NONE, 0,
      0, NULL, NULL, 0,
      -1, 0, sizeof(atc_andlink_qlaserverip), NULL, 0, 0, -1, NULL,
      atc__andlink_qlaserverip_answers, 1, 0u },
    {"QLASERVERIP", NULL, "", ATC_KIND_RESPONSE, ATC_FORM_NONE, ATC_M_MULTI | ATC_M_CONTEXT,
      3, atc__andlink_qlaserverip_server_fields, atc__andlink_qlaserverip_server_shapes, 1,
      -1, 0, sizeof(atc_andlink_qlaserverip_server), NULL, 0, 0, -1, NULL,
      atc__andlink_qlaserverip_server_answers, 1, 0u },
    {"QLASECSWT", NULL, "+QLASECSWT: ", ATC_KIND_RESPONSE, ATC_FORM_NONE, 0,
      2, atc__andlink_qlasecswt_read_fields, atc__andlink_qlasecswt_read_shapes, 1,
      -1, 0, sizeof(atc_andlink_qlasecswt_read), NULL, 0, 0, -1, NULL,
      atc__andlink_qlasecswt_read_answers, 1, 0u },
    {"QLASETPSK", NULL, "+QLASETPSK: ", ATC_KIND_RESPONSE, ATC_FORM_NONE, 0,
      2, atc__andlink_qlasetpsk_read_fields, atc__andlink_qlasetpsk_read_shapes, 1,
      -1, 0, sizeof(atc_andlink_qlasetpsk_read), NULL, 0, 0, -1, NULL,
      atc__andlink_qlasetpsk_read_answers, 1, 0u },
    {"QLADATASTATUS", NULL, "+QLADATASTATUS: ", ATC_KIND_RESPONSE, ATC_FORM_NONE, 0,
      1, atc__andlink_qladatastatus_read_fields, atc__andlink_qladatastatus_read_shapes, 1,
      -1, 0, sizeof(atc_andlink_qladatastatus_read), NULL, 0, 0, -1, NULL,
      atc__andlink_qladatastatus_read_answers, 1, 0u },
    {"QLAREGSWT", NULL, "+QLAREGSWT: ", ATC_KIND_RESPONSE, ATC_FORM_NONE, 0,
      1, atc__andlink_qlaregswt_read_fields, atc__andlink_qlaregswt_read_shapes, 1,
      -1, 0, sizeof(atc_andlink_qlaregswt_read), NULL, 0, 0, -1, NULL,
      atc__andlink_qlaregswt_read_answers, 1, 0u },
    {"QLASTATUS", NULL, "+QLASTATUS: ", ATC_KIND_RESPONSE, ATC_FORM_NONE, 0,
      1, atc__andlink_qlastatus_read_fields, atc__andlink_qlastatus_read_shapes, 1,
      -1, 0, sizeof(atc_andlink_qlastatus_read), NULL, 0, 0, -1, NULL,
      atc__andlink_qlastatus_read_answers, 1, 0u },
    {"QLADTLSSTAT", NULL, "+QLADTLSSTAT: ", ATC_KIND_RESPONSE, ATC_FORM_NONE, 0,
      1, atc__andlink_qladtlsstat_read_fields, atc__andlink_qladtlsstat_read_shapes, 1,
      -1, 0, sizeof(atc_andlink_qladtlsstat_read), NULL, 0, 0, -1, NULL,
      atc__andlink_qladtlsstat_read_answers, 1, 0u },
    {"QCFG", "LWM2M/DeviceType", "+QCFG: ", ATC_KIND_RESPONSE, ATC_FORM_NONE, 0,
      2, atc__andlink_qcfg_lwm2m_devicetype_fields, atc__andlink_qcfg_lwm2m_devicetype_shapes, 1,
      -1, 0, sizeof(atc_andlink_qcfg_lwm2m_devicetype), NULL, 0, 0, -1, NULL,
      atc__andlink_qcfg_lwm2m_devicetype_answers, 1, 0u },
    {"QLASETBSPSK", NULL, "+QLASETBSPSK: ", ATC_KIND_RESPONSE, ATC_FORM_NONE, 0,
      2, atc__andlink_qlasetbspsk_read_fields, atc__andlink_qlasetbspsk_read_shapes, 1,
      -1, 0, sizeof(atc_andlink_qlasetbspsk_read), NULL, 0, 0, -1, NULL,
      atc__andlink_qlasetbspsk_read_answers, 1, 0u },
    {"QLABSSECSWT", NULL, "+QLABSSECSWT: ", ATC_KIND_RESPONSE, ATC_FORM_NONE, 0,
      2, atc__andlink_qlabssecswt_read_fields, atc__andlink_qlabssecswt_read_shapes, 1,
      -1, 0, sizeof(atc_andlink_qlabssecswt_read), NULL, 0, 0, -1, NULL,
      atc__andlink_qlabssecswt_read_answers, 1, 0u },
    {"QLAWRITE", NULL, "+QLAWRITE: ", ATC_KIND_URC, ATC_FORM_NONE, 0,
      4, atc__andlink_qlawrite_fields, atc__andlink_qlawrite_shapes, 2,
      -1, 0, sizeof(atc_andlink_qlawrite), NULL, 0, 0, -1, NULL,
      NULL, 0, 0u },
    {"QLAREAD", NULL, "+QLAREAD: ", ATC_KIND_URC, ATC_FORM_NONE, 0,
      3, atc__andlink_qlaread_fields, atc__andlink_qlaread_shapes, 2,
      -1, 0, sizeof(atc_andlink_qlaread), NULL, 0, 0, -1, NULL,
      NULL, 0, 0u },
    {"QLAEVTIND", NULL, "+QLAEVTIND: ", ATC_KIND_URC, ATC_FORM_NONE, 0,
      1, atc__andlink_qlaevtind_fields, atc__andlink_qlaevtind_shapes, 1,
      -1, 0, sizeof(atc_andlink_qlaevtind), NULL, 0, 0, -1, NULL,
      NULL, 0, 0u },
    {"QLADATASTATUS", NULL, "+QLADATASTATUS: ", ATC_KIND_URC, ATC_FORM_NONE, 0,
      1, atc__andlink_qladatastatus_fields, atc__andlink_qladatastatus_shapes, 1,
      -1, 0, sizeof(atc_andlink_qladatastatus), NULL, 0, 0, -1, NULL,
      NULL, 0, 0u },
    {"QLADTLSSTAT", NULL, "+QLADTLSSTAT: ", ATC_KIND_URC, ATC_FORM_NONE, 0,
      1, atc__andlink_qladtlsstat_fields, atc__andlink_qladtlsstat_shapes, 1,
      -1, 0, sizeof(atc_andlink_qladtlsstat), NULL, 0, 0, -1, NULL,
      NULL, 0, 0u },
    {"NEUL", NULL, "Neul", ATC_KIND_URC, ATC_FORM_NONE, 0,
      0, NULL, NULL, 0,
      -1, 0, sizeof(atc_andlink_neul), NULL, 0, 0, -1, NULL,
      NULL, 0, 0u },
    {"FIRMWARE_DOWNLOADING", NULL, "FIRMWARE DOWNLOADING", ATC_KIND_URC, ATC_FORM_NONE, 0,
      0, NULL, NULL, 0,
      -1, 0, sizeof(atc_andlink_firmware_downloading), NULL, 0, 0, -1, NULL,
      NULL, 0, 0u },
    {"FIRMWARE_DOWNLOAD_FAILED", NULL, "FIRMWARE DOWNLOAD FAILED", ATC_KIND_URC, ATC_FORM_NONE, 0,
      0, NULL, NULL, 0,
      -1, 0, sizeof(atc_andlink_firmware_download_failed), NULL, 0, 0, -1, NULL,
      NULL, 0, 0u },
    {"FIRMWARE_DOWNLOADED", NULL, "FIRMWARE DOWNLOADED", ATC_KIND_URC, ATC_FORM_NONE, 0,
      0, NULL, NULL, 0,
      -1, 0, sizeof(atc_andlink_firmware_downloaded), NULL, 0, 0, -1, NULL,
      NULL, 0, 0u },
    {"FIRMWARE_UPDATING", NULL, "FIRMWARE UPDATING", ATC_KIND_URC, ATC_FORM_NONE, 0,
      0, NULL, NULL, 0,
      -1, 0, sizeof(atc_andlink_firmware_updating), NULL, 0, 0, -1, NULL,
      NULL, 0, 0u },
    {"FIRMWARE_UPDATE_SUCCESS", NULL, "FIRMWARE UPDATE SUCCESS", ATC_KIND_URC, ATC_FORM_NONE, 0,
      0, NULL, NULL, 0,
      -1, 0, sizeof(atc_andlink_firmware_update_success), NULL, 0, 0, -1, NULL,
      NULL, 0, 0u },
    {"FIRMWARE_UPDATE_FAILED", NULL, "FIRMWARE UPDATE FAILED", ATC_KIND_URC, ATC_FORM_NONE, 0,
      0, NULL, NULL, 0,
      -1, 0, sizeof(atc_andlink_firmware_update_failed), NULL, 0, 0, -1, NULL,
      NULL, 0, 0u },
    {"FIRMWARE_UPDATE_OVER", NULL, "FIRMWARE UPDATE OVER", ATC_KIND_URC, ATC_FORM_NONE, 0,
      0, NULL, NULL, 0,
      -1, 0, sizeof(atc_andlink_firmware_update_over), NULL, 0, 0, -1, NULL,
      NULL, 0, 0u },
    {"REBOOT_CAUSE_SECURITY_RESET_UNKNOWN", NULL, "REBOOT_CAUSE_SECURITY_RESET_UNKNOWN", ATC_KIND_URC, ATC_FORM_NONE, 0,
      0, NULL, NULL, 0,
      -1, 0, sizeof(atc_andlink_reboot_cause_security_reset_unknown), NULL, 0, 0, -1, NULL,
      NULL, 0, 0u },
    {"REBOOT_CAUSE_SECURITY_SYSRESETREQ", NULL, "REBOOT_CAUSE_SECURITY_SYSRESETREQ", ATC_KIND_URC, ATC_FORM_NONE, 0,
      0, NULL, NULL, 0,
      -1, 0, sizeof(atc_andlink_reboot_cause_security_sysresetreq), NULL, 0, 0, -1, NULL,
      NULL, 0, 0u },
    {"REBOOT_CAUSE_SECURITY_WATCHDOG", NULL, "REBOOT_CAUSE_SECURITY_WATCHDOG", ATC_KIND_URC, ATC_FORM_NONE, 0,
      0, NULL, NULL, 0,
      -1, 0, sizeof(atc_andlink_reboot_cause_security_watchdog), NULL, 0, 0, -1, NULL,
      NULL, 0, 0u },
    {"REBOOT_CAUSE_SECURITY_SELF", NULL, "REBOOT_CAUSE_SECURITY_SELF", ATC_KIND_URC, ATC_FORM_NONE, 0,
      0, NULL, NULL, 0,
      -1, 0, sizeof(atc_andlink_reboot_cause_security_self), NULL, 0, 0, -1, NULL,
      NULL, 0, 0u },
    {"REBOOT_CAUSE_SECURITY_ALTBOOT", NULL, "REBOOT_CAUSE_SECURITY_ALTBOOT", ATC_KIND_URC, ATC_FORM_NONE, 0,
      0, NULL, NULL, 0,
      -1, 0, sizeof(atc_andlink_reboot_cause_security_altboot), NULL, 0, 0, -1, NULL,
      NULL, 0, 0u },
    {"REBOOT_CAUSE_SECURITY_REG_0", NULL, "REBOOT_CAUSE_SECURITY_REG_0", ATC_KIND_URC, ATC_FORM_NONE, 0,
      0, NULL, NULL, 0,
      -1, 0, sizeof(atc_andlink_reboot_cause_security_reg_0), NULL, 0, 0, -1, NULL,
      NULL, 0, 0u },
    {"REBOOT_CAUSE_SECURITY_REG_3", NULL, "REBOOT_CAUSE_SECURITY_REG_3", ATC_KIND_URC, ATC_FORM_NONE, 0,
      0, NULL, NULL, 0,
      -1, 0, sizeof(atc_andlink_reboot_cause_security_reg_3), NULL, 0, 0, -1, NULL,
      NULL, 0, 0u },
    {"REBOOT_CAUSE_SECURITY_STANDARD_CHIP_WATCHDOG", NULL, "REBOOT_CAUSE_SECURITY_STANDARD_CHIP_WATCHDOG", ATC_KIND_URC, ATC_FORM_NONE, 0,
      0, NULL, NULL, 0,
      -1, 0, sizeof(atc_andlink_reboot_cause_security_standard_chip_watchdog), NULL, 0, 0, -1, NULL,
      NULL, 0, 0u },
    {"REBOOT_CAUSE_SECURITY_UPDATER_CHIP_WATCHDOG", NULL, "REBOOT_CAUSE_SECURITY_UPDATER_CHIP_WATCHDOG", ATC_KIND_URC, ATC_FORM_NONE, 0,
      0, NULL, NULL, 0,
      -1, 0, sizeof(atc_andlink_reboot_cause_security_updater_chip_watchdog), NULL, 0, 0, -1, NULL,
      NULL, 0, 0u },
    {"REBOOT_CAUSE_SECURITY_SCAN_ENTER_EXIT", NULL, "REBOOT_CAUSE_SECURITY_SCAN_ENTER_EXIT", ATC_KIND_URC, ATC_FORM_NONE, 0,
      0, NULL, NULL, 0,
      -1, 0, sizeof(atc_andlink_reboot_cause_security_scan_enter_exit), NULL, 0, 0, -1, NULL,
      NULL, 0, 0u },
    {"REBOOT_CAUSE_SECURITY_PMU_POWER_ON_RESET", NULL, "REBOOT_CAUSE_SECURITY_PMU_POWER_ON_RESET", ATC_KIND_URC, ATC_FORM_NONE, 0,
      0, NULL, NULL, 0,
      -1, 0, sizeof(atc_andlink_reboot_cause_security_pmu_power_on_reset), NULL, 0, 0, -1, NULL,
      NULL, 0, 0u },
    {"REBOOT_CAUSE_SECURITY_RESET_PIN", NULL, "REBOOT_CAUSE_SECURITY_RESET_PIN", ATC_KIND_URC, ATC_FORM_NONE, 0,
      0, NULL, NULL, 0,
      -1, 0, sizeof(atc_andlink_reboot_cause_security_reset_pin), NULL, 0, 0, -1, NULL,
      NULL, 0, 0u },
    {"REBOOT_CAUSE_SECURITY_REGIONS_UPDATED", NULL, "REBOOT_CAUSE_SECURITY_REGIONS_UPDATED", ATC_KIND_URC, ATC_FORM_NONE, 0,
      0, NULL, NULL, 0,
      -1, 0, sizeof(atc_andlink_reboot_cause_security_regions_updated), NULL, 0, 0, -1, NULL,
      NULL, 0, 0u },
    {"REBOOT_CAUSE_SECURITY_FOTA_UPGRADE", NULL, "REBOOT_CAUSE_SECURITY_FOTA_UPGRADE", ATC_KIND_URC, ATC_FORM_NONE, 0,
      0, NULL, NULL, 0,
      -1, 0, sizeof(atc_andlink_reboot_cause_security_fota_upgrade), NULL, 0, 0, -1, NULL,
      NULL, 0, 0u },
    {"REBOOT_CAUSE_PROTOCOL_SYSRESETREQ", NULL, "REBOOT_CAUSE_PROTOCOL_SYSRESETREQ", ATC_KIND_URC, ATC_FORM_NONE, 0,
      0, NULL, NULL, 0,
      -1, 0, sizeof(atc_andlink_reboot_cause_protocol_sysresetreq), NULL, 0, 0, -1, NULL,
      NULL, 0, 0u },
    {"REBOOT_CAUSE_PROTOCOL_WATCHDOG", NULL, "REBOOT_CAUSE_PROTOCOL_WATCHDOG", ATC_KIND_URC, ATC_FORM_NONE, 0,
      0, NULL, NULL, 0,
      -1, 0, sizeof(atc_andlink_reboot_cause_protocol_watchdog), NULL, 0, 0, -1, NULL,
      NULL, 0, 0u },
    {"REBOOT_CAUSE_PROTOCOL_MONITOR_REBOOT_REQ", NULL, "REBOOT_CAUSE_PROTOCOL_MONITOR_REBOOT_REQ", ATC_KIND_URC, ATC_FORM_NONE, 0,
      0, NULL, NULL, 0,
      -1, 0, sizeof(atc_andlink_reboot_cause_protocol_monitor_reboot_req), NULL, 0, 0, -1, NULL,
      NULL, 0, 0u },
    {"REBOOT_CAUSE_PROTOCOL_RPC_TIMEOUT", NULL, "REBOOT_CAUSE_PROTOCOL_RPC_TIMEOUT", ATC_KIND_URC, ATC_FORM_NONE, 0,
      0, NULL, NULL, 0,
      -1, 0, sizeof(atc_andlink_reboot_cause_protocol_rpc_timeout), NULL, 0, 0, -1, NULL,
      NULL, 0, 0u },
    {"REBOOT_CAUSE_APPLICATION_SYSRESETREQ", NULL, "REBOOT_CAUSE_APPLICATION_SYSRESETREQ", ATC_KIND_URC, ATC_FORM_NONE, 0,
      0, NULL, NULL, 0,
      -1, 0, sizeof(atc_andlink_reboot_cause_application_sysresetreq), NULL, 0, 0, -1, NULL,
      NULL, 0, 0u },
    {"REBOOT_CAUSE_APPLICATION_WATCHDOG", NULL, "REBOOT_CAUSE_APPLICATION_WATCHDOG", ATC_KIND_URC, ATC_FORM_NONE, 0,
      0, NULL, NULL, 0,
      -1, 0, sizeof(atc_andlink_reboot_cause_application_watchdog), NULL, 0, 0, -1, NULL,
      NULL, 0, 0u },
    {"REBOOT_CAUSE_APPLICATION_AT", NULL, "REBOOT_CAUSE_APPLICATION_AT", ATC_KIND_URC, ATC_FORM_NONE, 0,
      0, NULL, NULL, 0,
      -1, 0, sizeof(atc_andlink_reboot_cause_application_at), NULL, 0, 0, -1, NULL,
      NULL, 0, 0u },
    {"REBOOT_CAUSE_APPLICATION_RPC_TIMEOUT", NULL, "REBOOT_CAUSE_APPLICATION_RPC_TIMEOUT", ATC_KIND_URC, ATC_FORM_NONE, 0,
      0, NULL, NULL, 0,
      -1, 0, sizeof(atc_andlink_reboot_cause_application_rpc_timeout), NULL, 0, 0, -1, NULL,
      NULL, 0, 0u },
    {"REBOOT_CAUSE_PROTOCOL_IMSI_UPDATE", NULL, "REBOOT_CAUSE_PROTOCOL_IMSI_UPDATE", ATC_KIND_URC, ATC_FORM_NONE, 0,
      0, NULL, NULL, 0,
      -1, 0, sizeof(atc_andlink_reboot_cause_protocol_imsi_update), NULL, 0, 0, -1, NULL,
      NULL, 0, 0u },
    {"REBOOT_CAUSE_UNKNOWN", NULL, "REBOOT_CAUSE_UNKNOWN", ATC_KIND_URC, ATC_FORM_NONE, 0,
      0, NULL, NULL, 0,
      -1, 0, sizeof(atc_andlink_reboot_cause_unknown), NULL, 0, 0, -1, NULL,
      NULL, 0, 0u },
};

/* ---- Encoders: one per message; module-side ones serve tests and simulators. ---- */
ATC_API atc_err atc_andlink_encode_ok(const atc_andlink_ok *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc__andlink_msgs[ATC_ANDLINK_OK], msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_andlink_encode_error(const atc_andlink_error *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc__andlink_msgs[ATC_ANDLINK_ERROR], msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_andlink_encode_cme_error(const atc_andlink_cme_error *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc__andlink_msgs[ATC_ANDLINK_CME_ERROR], msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_andlink_encode_cms_error(const atc_andlink_cms_error *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc__andlink_msgs[ATC_ANDLINK_CMS_ERROR], msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_andlink_encode_prompt(const atc_andlink_prompt *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc__andlink_msgs[ATC_ANDLINK_PROMPT], msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_andlink_encode_at_qlaserverip_read(const atc_andlink_at_qlaserverip_read *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc__andlink_msgs[ATC_ANDLINK_AT_QLASERVERIP_READ], msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_andlink_encode_at_qlaserverip_set(const atc_andlink_at_qlaserverip_set *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc__andlink_msgs[ATC_ANDLINK_AT_QLASERVERIP_SET], msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_andlink_encode_at_qlasecswt_read(const atc_andlink_at_qlasecswt_read *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc__andlink_msgs[ATC_ANDLINK_AT_QLASECSWT_READ], msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_andlink_encode_at_qlasecswt_set(const atc_andlink_at_qlasecswt_set *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc__andlink_msgs[ATC_ANDLINK_AT_QLASECSWT_SET], msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_andlink_encode_at_qlasetpsk_read(const atc_andlink_at_qlasetpsk_read *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc__andlink_msgs[ATC_ANDLINK_AT_QLASETPSK_READ], msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_andlink_encode_at_qlasetpsk_set(const atc_andlink_at_qlasetpsk_set *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc__andlink_msgs[ATC_ANDLINK_AT_QLASETPSK_SET], msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_andlink_encode_at_qlasregind_set(const atc_andlink_at_qlasregind_set *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc__andlink_msgs[ATC_ANDLINK_AT_QLASREGIND_SET], msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_andlink_encode_at_qlasenddata_set(const atc_andlink_at_qlasenddata_set *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc__andlink_msgs[ATC_ANDLINK_AT_QLASENDDATA_SET], msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_andlink_encode_at_qlasendrsp_set(const atc_andlink_at_qlasendrsp_set *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc__andlink_msgs[ATC_ANDLINK_AT_QLASENDRSP_SET], msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_andlink_encode_at_qladatastatus_read(const atc_andlink_at_qladatastatus_read *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc__andlink_msgs[ATC_ANDLINK_AT_QLADATASTATUS_READ], msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_andlink_encode_at_qlafotaind_set(const atc_andlink_at_qlafotaind_set *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc__andlink_msgs[ATC_ANDLINK_AT_QLAFOTAIND_SET], msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_andlink_encode_at_qlaregswt_read(const atc_andlink_at_qlaregswt_read *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc__andlink_msgs[ATC_ANDLINK_AT_QLAREGSWT_READ], msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_andlink_encode_at_qlaregswt_set(const atc_andlink_at_qlaregswt_set *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc__andlink_msgs[ATC_ANDLINK_AT_QLAREGSWT_SET], msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_andlink_encode_at_qlastatus_read(const atc_andlink_at_qlastatus_read *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc__andlink_msgs[ATC_ANDLINK_AT_QLASTATUS_READ], msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_andlink_encode_at_qlaresetdtls_exec(const atc_andlink_at_qlaresetdtls_exec *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc__andlink_msgs[ATC_ANDLINK_AT_QLARESETDTLS_EXEC], msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_andlink_encode_at_qladtlsstat_read(const atc_andlink_at_qladtlsstat_read *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc__andlink_msgs[ATC_ANDLINK_AT_QLADTLSSTAT_READ], msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_andlink_encode_at_qcfg_set_lwm2m_devicetype(const atc_andlink_at_qcfg_set_lwm2m_devicetype *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc__andlink_msgs[ATC_ANDLINK_AT_QCFG_SET_LWM2M_DEVICETYPE], msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_andlink_encode_at_qlafotareset_set(const atc_andlink_at_qlafotareset_set *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc__andlink_msgs[ATC_ANDLINK_AT_QLAFOTARESET_SET], msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_andlink_encode_at_qlasetbspsk_read(const atc_andlink_at_qlasetbspsk_read *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc__andlink_msgs[ATC_ANDLINK_AT_QLASETBSPSK_READ], msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_andlink_encode_at_qlasetbspsk_set(const atc_andlink_at_qlasetbspsk_set *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc__andlink_msgs[ATC_ANDLINK_AT_QLASETBSPSK_SET], msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_andlink_encode_at_qlabssecswt_read(const atc_andlink_at_qlabssecswt_read *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc__andlink_msgs[ATC_ANDLINK_AT_QLABSSECSWT_READ], msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_andlink_encode_at_qlabssecswt_set(const atc_andlink_at_qlabssecswt_set *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc__andlink_msgs[ATC_ANDLINK_AT_QLABSSECSWT_SET], msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_andlink_encode_qlaserverip(const atc_andlink_qlaserverip *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc__andlink_msgs[ATC_ANDLINK_QLASERVERIP], msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_andlink_encode_qlaserverip_server(const atc_andlink_qlaserverip_server *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc__andlink_msgs[ATC_ANDLINK_QLASERVERIP_SERVER], msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_andlink_encode_qlasecswt_read(const atc_andlink_qlasecswt_read *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc__andlink_msgs[ATC_ANDLINK_QLASECSWT_READ], msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_andlink_encode_qlasetpsk_read(const atc_andlink_qlasetpsk_read *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc__andlink_msgs[ATC_ANDLINK_QLASETPSK_READ], msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_andlink_encode_qladatastatus_read(const atc_andlink_qladatastatus_read *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc__andlink_msgs[ATC_ANDLINK_QLADATASTATUS_READ], msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_andlink_encode_qlaregswt_read(const atc_andlink_qlaregswt_read *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc__andlink_msgs[ATC_ANDLINK_QLAREGSWT_READ], msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_andlink_encode_qlastatus_read(const atc_andlink_qlastatus_read *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc__andlink_msgs[ATC_ANDLINK_QLASTATUS_READ], msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_andlink_encode_qladtlsstat_read(const atc_andlink_qladtlsstat_read *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc__andlink_msgs[ATC_ANDLINK_QLADTLSSTAT_READ], msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_andlink_encode_qcfg_lwm2m_devicetype(const atc_andlink_qcfg_lwm2m_devicetype *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc__andlink_msgs[ATC_ANDLINK_QCFG_LWM2M_DEVICETYPE], msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_andlink_encode_qlasetbspsk_read(const atc_andlink_qlasetbspsk_read *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc__andlink_msgs[ATC_ANDLINK_QLASETBSPSK_READ], msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_andlink_encode_qlabssecswt_read(const atc_andlink_qlabssecswt_read *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc__andlink_msgs[ATC_ANDLINK_QLABSSECSWT_READ], msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_andlink_encode_qlawrite(const atc_andlink_qlawrite *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc__andlink_msgs[ATC_ANDLINK_QLAWRITE], msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_andlink_encode_qlaread(const atc_andlink_qlaread *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc__andlink_msgs[ATC_ANDLINK_QLAREAD], msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_andlink_encode_qlaevtind(const atc_andlink_qlaevtind *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc__andlink_msgs[ATC_ANDLINK_QLAEVTIND], msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_andlink_encode_qladatastatus(const atc_andlink_qladatastatus *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc__andlink_msgs[ATC_ANDLINK_QLADATASTATUS], msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_andlink_encode_qladtlsstat(const atc_andlink_qladtlsstat *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc__andlink_msgs[ATC_ANDLINK_QLADTLSSTAT], msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_andlink_encode_neul(const atc_andlink_neul *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc__andlink_msgs[ATC_ANDLINK_NEUL], msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_andlink_encode_firmware_downloading(const atc_andlink_firmware_downloading *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc__andlink_msgs[ATC_ANDLINK_FIRMWARE_DOWNLOADING], msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_andlink_encode_firmware_download_failed(const atc_andlink_firmware_download_failed *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc__andlink_msgs[ATC_ANDLINK_FIRMWARE_DOWNLOAD_FAILED], msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_andlink_encode_firmware_downloaded(const atc_andlink_firmware_downloaded *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc__andlink_msgs[ATC_ANDLINK_FIRMWARE_DOWNLOADED], msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_andlink_encode_firmware_updating(const atc_andlink_firmware_updating *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc__andlink_msgs[ATC_ANDLINK_FIRMWARE_UPDATING], msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_andlink_encode_firmware_update_success(const atc_andlink_firmware_update_success *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc__andlink_msgs[ATC_ANDLINK_FIRMWARE_UPDATE_SUCCESS], msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_andlink_encode_firmware_update_failed(const atc_andlink_firmware_update_failed *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc__andlink_msgs[ATC_ANDLINK_FIRMWARE_UPDATE_FAILED], msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_andlink_encode_firmware_update_over(const atc_andlink_firmware_update_over *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc__andlink_msgs[ATC_ANDLINK_FIRMWARE_UPDATE_OVER], msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_andlink_encode_reboot_cause_security_reset_unknown(const atc_andlink_reboot_cause_security_reset_unknown *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc__andlink_msgs[ATC_ANDLINK_REBOOT_CAUSE_SECURITY_RESET_UNKNOWN], msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_andlink_encode_reboot_cause_security_sysresetreq(const atc_andlink_reboot_cause_security_sysresetreq *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc__andlink_msgs[ATC_ANDLINK_REBOOT_CAUSE_SECURITY_SYSRESETREQ], msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_andlink_encode_reboot_cause_security_watchdog(const atc_andlink_reboot_cause_security_watchdog *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc__andlink_msgs[ATC_ANDLINK_REBOOT_CAUSE_SECURITY_WATCHDOG], msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_andlink_encode_reboot_cause_security_self(const atc_andlink_reboot_cause_security_self *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc__andlink_msgs[ATC_ANDLINK_REBOOT_CAUSE_SECURITY_SELF], msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_andlink_encode_reboot_cause_security_altboot(const atc_andlink_reboot_cause_security_altboot *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc__andlink_msgs[ATC_ANDLINK_REBOOT_CAUSE_SECURITY_ALTBOOT], msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_andlink_encode_reboot_cause_security_reg_0(const atc_andlink_reboot_cause_security_reg_0 *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc__andlink_msgs[ATC_ANDLINK_REBOOT_CAUSE_SECURITY_REG_0], msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_andlink_encode_reboot_cause_security_reg_3(const atc_andlink_reboot_cause_security_reg_3 *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc__andlink_msgs[ATC_ANDLINK_REBOOT_CAUSE_SECURITY_REG_3], msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_andlink_encode_reboot_cause_security_standard_chip_watchdog(const atc_andlink_reboot_cause_security_standard_chip_watchdog *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc__andlink_msgs[ATC_ANDLINK_REBOOT_CAUSE_SECURITY_STANDARD_CHIP_WATCHDOG], msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_andlink_encode_reboot_cause_security_updater_chip_watchdog(const atc_andlink_reboot_cause_security_updater_chip_watchdog *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc__andlink_msgs[ATC_ANDLINK_REBOOT_CAUSE_SECURITY_UPDATER_CHIP_WATCHDOG], msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_andlink_encode_reboot_cause_security_scan_enter_exit(const atc_andlink_reboot_cause_security_scan_enter_exit *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc__andlink_msgs[ATC_ANDLINK_REBOOT_CAUSE_SECURITY_SCAN_ENTER_EXIT], msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_andlink_encode_reboot_cause_security_pmu_power_on_reset(const atc_andlink_reboot_cause_security_pmu_power_on_reset *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc__andlink_msgs[ATC_ANDLINK_REBOOT_CAUSE_SECURITY_PMU_POWER_ON_RESET], msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_andlink_encode_reboot_cause_security_reset_pin(const atc_andlink_reboot_cause_security_reset_pin *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc__andlink_msgs[ATC_ANDLINK_REBOOT_CAUSE_SECURITY_RESET_PIN], msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_andlink_encode_reboot_cause_security_regions_updated(const atc_andlink_reboot_cause_security_regions_updated *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc__andlink_msgs[ATC_ANDLINK_REBOOT_CAUSE_SECURITY_REGIONS_UPDATED], msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_andlink_encode_reboot_cause_security_fota_upgrade(const atc_andlink_reboot_cause_security_fota_upgrade *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc__andlink_msgs[ATC_ANDLINK_REBOOT_CAUSE_SECURITY_FOTA_UPGRADE], msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_andlink_encode_reboot_cause_protocol_sysresetreq(const atc_andlink_reboot_cause_protocol_sysresetreq *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc__andlink_msgs[ATC_ANDLINK_REBOOT_CAUSE_PROTOCOL_SYSRESETREQ], msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_andlink_encode_reboot_cause_protocol_watchdog(const atc_andlink_reboot_cause_protocol_watchdog *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc__andlink_msgs[ATC_ANDLINK_REBOOT_CAUSE_PROTOCOL_WATCHDOG], msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_andlink_encode_reboot_cause_protocol_monitor_reboot_req(const atc_andlink_reboot_cause_protocol_monitor_reboot_req *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc__andlink_msgs[ATC_ANDLINK_REBOOT_CAUSE_PROTOCOL_MONITOR_REBOOT_REQ], msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_andlink_encode_reboot_cause_protocol_rpc_timeout(const atc_andlink_reboot_cause_protocol_rpc_timeout *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc__andlink_msgs[ATC_ANDLINK_REBOOT_CAUSE_PROTOCOL_RPC_TIMEOUT], msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_andlink_encode_reboot_cause_application_sysresetreq(const atc_andlink_reboot_cause_application_sysresetreq *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc__andlink_msgs[ATC_ANDLINK_REBOOT_CAUSE_APPLICATION_SYSRESETREQ], msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_andlink_encode_reboot_cause_application_watchdog(const atc_andlink_reboot_cause_application_watchdog *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc__andlink_msgs[ATC_ANDLINK_REBOOT_CAUSE_APPLICATION_WATCHDOG], msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_andlink_encode_reboot_cause_application_at(const atc_andlink_reboot_cause_application_at *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc__andlink_msgs[ATC_ANDLINK_REBOOT_CAUSE_APPLICATION_AT], msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_andlink_encode_reboot_cause_application_rpc_timeout(const atc_andlink_reboot_cause_application_rpc_timeout *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc__andlink_msgs[ATC_ANDLINK_REBOOT_CAUSE_APPLICATION_RPC_TIMEOUT], msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_andlink_encode_reboot_cause_protocol_imsi_update(const atc_andlink_reboot_cause_protocol_imsi_update *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc__andlink_msgs[ATC_ANDLINK_REBOOT_CAUSE_PROTOCOL_IMSI_UPDATE], msg, ATC_FRAME_WIRE, buf, cap, len);
}
ATC_API atc_err atc_andlink_encode_reboot_cause_unknown(const atc_andlink_reboot_cause_unknown *msg, char *buf, size_t cap, size_t *len)
{
    return atc_encode(&atc__andlink_msgs[ATC_ANDLINK_REBOOT_CAUSE_UNKNOWN], msg, ATC_FRAME_WIRE, buf, cap, len);
}

/* ---- The line machine ----
 * One alternative per message shape (a combination of optional fields). The machine decides
 * which alternatives a line matches; the runtime picks one with the pending command's help. */
static const atc_alt atc__andlink_alts[] = {
    { ATC_ANDLINK_OK, 0x0u }, /* 0 */
    { ATC_ANDLINK_ERROR, 0x0u }, /* 1 */
    { ATC_ANDLINK_CME_ERROR, 0x1u }, /* 2 */
    { ATC_ANDLINK_CMS_ERROR, 0x1u }, /* 3 */
    { ATC_ANDLINK_AT_QLASERVERIP_READ, 0x0u }, /* 4 */
    { ATC_ANDLINK_AT_QLASERVERIP_SET, 0x3u }, /* 5 */
    { ATC_ANDLINK_AT_QLASERVERIP_SET, 0x7u }, /* 6 */
    { ATC_ANDLINK_AT_QLASECSWT_READ, 0x0u }, /* 7 */
    { ATC_ANDLINK_AT_QLASECSWT_SET, 0x1u }, /* 8 */
    { ATC_ANDLINK_AT_QLASECSWT_SET, 0x3u }, /* 9 */
    { ATC_ANDLINK_AT_QLASETPSK_READ, 0x0u }, /* 10 */
    { ATC_ANDLINK_AT_QLASETPSK_SET, 0x3u }, /* 11 */
    { ATC_ANDLINK_AT_QLASREGIND_SET, 0x1u }, /* 12 */
    { ATC_ANDLINK_AT_QLASENDDATA_SET, 0x3u }, /* 13 */
    { ATC_ANDLINK_AT_QLASENDDATA_SET, 0x7u }, /* 14 */
    { ATC_ANDLINK_AT_QLASENDRSP_SET, 0xfu }, /* 15 */
    { ATC_ANDLINK_AT_QLADATASTATUS_READ, 0x0u }, /* 16 */
    { ATC_ANDLINK_AT_QLAFOTAIND_SET, 0x1u }, /* 17 */
    { ATC_ANDLINK_AT_QLAREGSWT_READ, 0x0u }, /* 18 */
    { ATC_ANDLINK_AT_QLAREGSWT_SET, 0x1u }, /* 19 */
    { ATC_ANDLINK_AT_QLASTATUS_READ, 0x0u }, /* 20 */
    { ATC_ANDLINK_AT_QLARESETDTLS_EXEC, 0x0u }, /* 21 */
    { ATC_ANDLINK_AT_QLADTLSSTAT_READ, 0x0u }, /* 22 */
    { ATC_ANDLINK_AT_QCFG_SET_LWM2M_DEVICETYPE, 0x1u }, /* 23 */
    { ATC_ANDLINK_AT_QCFG_SET_LWM2M_DEVICETYPE, 0x3u }, /* 24 */
    { ATC_ANDLINK_AT_QLAFOTARESET_SET, 0x1u }, /* 25 */
    { ATC_ANDLINK_AT_QLASETBSPSK_READ, 0x0u }, /* 26 */
    { ATC_ANDLINK_AT_QLASETBSPSK_SET, 0x3u }, /* 27 */
    { ATC_ANDLINK_AT_QLABSSECSWT_READ, 0x0u }, /* 28 */
    { ATC_ANDLINK_AT_QLABSSECSWT_SET, 0x1u }, /* 29 */
    { ATC_ANDLINK_AT_QLABSSECSWT_SET, 0x3u }, /* 30 */
    { ATC_ANDLINK_QLASERVERIP, 0x0u }, /* 31 */
    { ATC_ANDLINK_QLASERVERIP_SERVER, 0x7u }, /* 32 */
    { ATC_ANDLINK_QLASECSWT_READ, 0x3u }, /* 33 */
    { ATC_ANDLINK_QLASETPSK_READ, 0x3u }, /* 34 */
    { ATC_ANDLINK_QLADATASTATUS_READ, 0x1u }, /* 35 */
    { ATC_ANDLINK_QLAREGSWT_READ, 0x1u }, /* 36 */
    { ATC_ANDLINK_QLASTATUS_READ, 0x1u }, /* 37 */
    { ATC_ANDLINK_QLADTLSSTAT_READ, 0x1u }, /* 38 */
    { ATC_ANDLINK_QCFG_LWM2M_DEVICETYPE, 0x3u }, /* 39 */
    { ATC_ANDLINK_QLASETBSPSK_READ, 0x3u }, /* 40 */
    { ATC_ANDLINK_QLABSSECSWT_READ, 0x3u }, /* 41 */
    { ATC_ANDLINK_QLAWRITE, 0x7u }, /* 42 */
    { ATC_ANDLINK_QLAWRITE, 0xfu }, /* 43 */
    { ATC_ANDLINK_QLAREAD, 0x3u }, /* 44 */
    { ATC_ANDLINK_QLAREAD, 0x7u }, /* 45 */
    { ATC_ANDLINK_QLAEVTIND, 0x1u }, /* 46 */
    { ATC_ANDLINK_QLADATASTATUS, 0x1u }, /* 47 */
    { ATC_ANDLINK_QLADTLSSTAT, 0x1u }, /* 48 */
    { ATC_ANDLINK_NEUL, 0x0u }, /* 49 */
    { ATC_ANDLINK_FIRMWARE_DOWNLOADING, 0x0u }, /* 50 */
    { ATC_ANDLINK_FIRMWARE_DOWNLOAD_FAILED, 0x0u }, /* 51 */
    { ATC_ANDLINK_FIRMWARE_DOWNLOADED, 0x0u }, /* 52 */
    { ATC_ANDLINK_FIRMWARE_UPDATING, 0x0u }, /* 53 */
    { ATC_ANDLINK_FIRMWARE_UPDATE_SUCCESS, 0x0u }, /* 54 */
    { ATC_ANDLINK_FIRMWARE_UPDATE_FAILED, 0x0u }, /* 55 */
    { ATC_ANDLINK_FIRMWARE_UPDATE_OVER, 0x0u }, /* 56 */
    { ATC_ANDLINK_REBOOT_CAUSE_SECURITY_RESET_UNKNOWN, 0x0u }, /* 57 */
    { ATC_ANDLINK_REBOOT_CAUSE_SECURITY_SYSRESETREQ, 0x0u }, /* 58 */
    { ATC_ANDLINK_REBOOT_CAUSE_SECURITY_WATCHDOG, 0x0u }, /* 59 */
    { ATC_ANDLINK_REBOOT_CAUSE_SECURITY_SELF, 0x0u }, /* 60 */
    { ATC_ANDLINK_REBOOT_CAUSE_SECURITY_ALTBOOT, 0x0u }, /* 61 */
    { ATC_ANDLINK_REBOOT_CAUSE_SECURITY_REG_0, 0x0u }, /* 62 */
    { ATC_ANDLINK_REBOOT_CAUSE_SECURITY_REG_3, 0x0u }, /* 63 */
    { ATC_ANDLINK_REBOOT_CAUSE_SECURITY_STANDARD_CHIP_WATCHDOG, 0x0u }, /* 64 */
    { ATC_ANDLINK_REBOOT_CAUSE_SECURITY_UPDATER_CHIP_WATCHDOG, 0x0u }, /* 65 */
    { ATC_ANDLINK_REBOOT_CAUSE_SECURITY_SCAN_ENTER_EXIT, 0x0u }, /* 66 */
    { ATC_ANDLINK_REBOOT_CAUSE_SECURITY_PMU_POWER_ON_RESET, 0x0u }, /* 67 */
    { ATC_ANDLINK_REBOOT_CAUSE_SECURITY_RESET_PIN, 0x0u }, /* 68 */
    { ATC_ANDLINK_REBOOT_CAUSE_SECURITY_REGIONS_UPDATED, 0x0u }, /* 69 */
    { ATC_ANDLINK_REBOOT_CAUSE_SECURITY_FOTA_UPGRADE, 0x0u }, /* 70 */
    { ATC_ANDLINK_REBOOT_CAUSE_PROTOCOL_SYSRESETREQ, 0x0u }, /* 71 */
    { ATC_ANDLINK_REBOOT_CAUSE_PROTOCOL_WATCHDOG, 0x0u }, /* 72 */
    { ATC_ANDLINK_REBOOT_CAUSE_PROTOCOL_MONITOR_REBOOT_REQ, 0x0u }, /* 73 */
    { ATC_ANDLINK_REBOOT_CAUSE_PROTOCOL_RPC_TIMEOUT, 0x0u }, /* 74 */
    { ATC_ANDLINK_REBOOT_CAUSE_APPLICATION_SYSRESETREQ, 0x0u }, /* 75 */
    { ATC_ANDLINK_REBOOT_CAUSE_APPLICATION_WATCHDOG, 0x0u }, /* 76 */
    { ATC_ANDLINK_REBOOT_CAUSE_APPLICATION_AT, 0x0u }, /* 77 */
    { ATC_ANDLINK_REBOOT_CAUSE_APPLICATION_RPC_TIMEOUT, 0x0u }, /* 78 */
    { ATC_ANDLINK_REBOOT_CAUSE_PROTOCOL_IMSI_UPDATE, 0x0u }, /* 79 */
    { ATC_ANDLINK_REBOOT_CAUSE_UNKNOWN, 0x0u }, /* 80 */
};





static const char _atc_andlink_actions[] = {
	0, 1, 0, 1, 1, 1, 2, 1, 
	3, 1, 4, 1, 8, 1, 9, 1, 
	10, 1, 11, 1, 12, 1, 13, 1, 
	14, 1, 15, 1, 16, 1, 17, 1, 
	18, 1, 19, 1, 20, 1, 21, 1, 
	22, 1, 23, 2, 0, 5, 2, 6, 
	1, 2, 7, 1, 2, 24, 1, 2, 
	25, 1, 2, 26, 1, 2, 27, 1, 
	2, 28, 1, 2, 29, 1, 2, 30, 
	1, 2, 31, 1, 2, 32, 1, 2, 
	33, 1, 2, 34, 1, 2, 35, 1, 
	2, 36, 2, 2, 37, 2, 2, 38, 
	2, 2, 39, 2, 2, 40, 2, 2, 
	41, 2, 2, 42, 2, 2, 43, 2, 
	2, 44, 2, 2, 45, 2, 2, 46, 
	2, 2, 47, 2, 2, 48, 2, 2, 
	49, 2, 2, 50, 2, 2, 51, 2, 
	2, 52, 2, 2, 53, 2, 2, 54, 
	2, 2, 55, 2, 2, 56, 2, 2, 
	57, 2, 2, 58, 2, 2, 59, 2, 
	2, 60, 2, 2, 61, 2, 2, 62, 
	2, 2, 63, 2, 2, 64, 2, 2, 
	65, 2, 2, 66, 2, 2, 67, 2, 
	2, 68, 2, 2, 69, 2, 2, 70, 
	2, 2, 72, 2, 2, 73, 2, 2, 
	75, 2, 2, 76, 2, 2, 77, 2, 
	2, 78, 2, 2, 79, 2, 2, 80, 
	2, 2, 81, 2, 2, 82, 2, 2, 
	85, 2, 2, 86, 2, 2, 87, 2, 
	2, 88, 2, 2, 89, 2, 2, 90, 
	2, 2, 91, 2, 2, 92, 2, 2, 
	93, 2, 2, 94, 2, 2, 95, 2, 
	2, 96, 2, 2, 97, 2, 2, 98, 
	2, 2, 99, 2, 2, 100, 2, 2, 
	101, 2, 2, 102, 2, 2, 103, 2, 
	2, 104, 2, 2, 105, 2, 2, 106, 
	2, 2, 107, 2, 2, 108, 2, 2, 
	109, 2, 2, 110, 2, 2, 111, 2, 
	2, 112, 2, 2, 113, 2, 2, 114, 
	2, 2, 115, 2, 2, 116, 2, 3, 
	71, 83, 2, 3, 74, 84, 2
};

static const short _atc_andlink_key_offsets[] = {
	0, 0, 2, 4, 6, 7, 8, 9, 
	10, 11, 12, 13, 17, 19, 23, 24, 
	25, 26, 27, 28, 29, 30, 34, 36, 
	40, 41, 42, 43, 45, 46, 47, 48, 
	49, 50, 51, 52, 53, 54, 55, 56, 
	57, 58, 59, 60, 61, 62, 64, 70, 
	75, 80, 83, 84, 91, 92, 93, 94, 
	95, 96, 97, 98, 99, 103, 105, 109, 
	111, 115, 117, 121, 123, 125, 126, 127, 
	128, 129, 130, 131, 135, 137, 141, 142, 
	143, 144, 145, 146, 147, 148, 149, 150, 
	154, 156, 160, 161, 162, 163, 164, 165, 
	166, 170, 172, 176, 177, 179, 180, 181, 
	185, 187, 191, 193, 195, 200, 204, 206, 
	208, 213, 215, 218, 221, 222, 223, 224, 
	225, 229, 231, 235, 237, 240, 241, 242, 
	243, 244, 248, 250, 254, 256, 260, 262, 
	266, 267, 268, 269, 270, 271, 272, 275, 
	277, 278, 279, 280, 281, 282, 288, 292, 
	298, 303, 308, 309, 310, 311, 317, 321, 
	327, 332, 337, 338, 339, 340, 341, 342, 
	350, 351, 352, 353, 354, 356, 357, 358, 
	359, 360, 361, 362, 364, 365, 366, 367, 
	368, 369, 370, 372, 373, 374, 375, 376, 
	377, 378, 380, 381, 382, 384, 386, 387, 
	388, 389, 390, 391, 392, 393, 394, 395, 
	396, 397, 398, 399, 400, 401, 402, 403, 
	404, 405, 406, 407, 408, 409, 410, 411, 
	412, 413, 414, 415, 417, 419, 420, 421, 
	422, 423, 424, 425, 426, 427, 428, 429, 
	430, 431, 432, 433, 434, 435, 436, 437, 
	438, 439, 440, 441, 442, 443, 444, 445, 
	446, 447, 448, 449, 450, 451, 452, 453, 
	454, 455, 456, 457, 458, 459, 460, 461, 
	462, 463, 464, 465, 466, 467, 468, 469, 
	470, 471, 472, 473, 474, 478, 480, 484, 
	486, 488, 493, 495, 497, 502, 506, 508, 
	510, 515, 517, 520, 523, 526, 527, 528, 
	530, 532, 533, 535, 539, 541, 543, 544, 
	545, 546, 547, 548, 549, 550, 551, 552, 
	553, 554, 555, 556, 557, 558, 559, 560, 
	561, 562, 566, 568, 570, 575, 577, 580, 
	582, 594, 596, 598, 600, 602, 604, 606, 
	608, 610, 613, 615, 621, 623, 627, 629, 
	633, 635, 639, 643, 645, 647, 649, 651, 
	653, 654, 656, 658, 660, 662, 664, 666, 
	668, 670, 672, 673, 675, 677, 679, 681, 
	685, 687, 689, 690, 693, 695, 699, 701, 
	703, 705, 707, 708, 711, 713, 717, 719, 
	723, 725, 727, 729, 731, 734, 736, 740, 
	742, 744, 746, 748, 750, 752, 754, 756, 
	762, 770, 772, 774, 776, 778, 781, 783, 
	789, 791, 795, 797, 801, 803, 805, 809, 
	811, 813, 815, 816, 817, 819, 825, 833, 
	835, 839, 841, 847, 849, 852, 854, 856, 
	857, 860, 862, 866, 868, 874, 878, 882, 
	884, 888, 890, 894, 896, 900, 902, 904, 
	906, 908, 910, 912, 913, 916, 917, 918, 
	920, 922, 927, 931, 933, 937, 939, 943, 
	946, 947, 948, 949, 950, 951, 952, 954, 
	958, 960, 962, 964, 966, 968, 974, 978, 
	984, 989, 994, 996, 998, 1000, 1002, 1008, 
	1012, 1018, 1023, 1028, 1030, 1032, 1034, 1036, 
	1038, 1040, 1041, 1044, 1046, 1050, 1052, 1054, 
	1056, 1058, 1059, 1061, 1063, 1065, 1067, 1069, 
	1070, 1072, 1075, 1078, 1081, 1086, 1088, 1092, 
	1094, 1098, 1099, 1100, 1101, 1102, 1104, 1105, 
	1106, 1107, 1108, 1109, 1110, 1111, 1112, 1114, 
	1115, 1116, 1117, 1118, 1119, 1120, 1121, 1124, 
	1125, 1126, 1127, 1128, 1129, 1130, 1132, 1133, 
	1135, 1136, 1137, 1139, 1140, 1141, 1142, 1143, 
	1145, 1146, 1149, 1150, 1151, 1152, 1153, 1154, 
	1156, 1157, 1158, 1159, 1161, 1162, 1163, 1164, 
	1165, 1166, 1167, 1169, 1170, 1171, 1173, 1174, 
	1175, 1176, 1177, 1178, 1179, 1180, 1182, 1183, 
	1185, 1186, 1187, 1188, 1189, 1190, 1191, 1192, 
	1193, 1194, 1195, 1196, 1197, 1201, 1202, 1203, 
	1204, 1205, 1206, 1207, 1208, 1209, 1210, 1211, 
	1212, 1216, 1217, 1219, 1220, 1221, 1222, 1223, 
	1224, 1225, 1226, 1227, 1228, 1229, 1231, 1232, 
	1233, 1234, 1235, 1236, 1237, 1238, 1239, 1240, 
	1241, 1243, 1244, 1245, 1246, 1247, 1248, 1249, 
	1250, 1252, 1253, 1254, 1255, 1256, 1257, 1258, 
	1259, 1260, 1265, 1266, 1267, 1268, 1269, 1270, 
	1271, 1272, 1273, 1274, 1275, 1277, 1278, 1279, 
	1280, 1281, 1282, 1283, 1284, 1285, 1286, 1287, 
	1288, 1289, 1290, 1291, 1292, 1293, 1294, 1296, 
	1297, 1298, 1299, 1300, 1301, 1302, 1303, 1304, 
	1305, 1306, 1308, 1309, 1310, 1311, 1312, 1313, 
	1314, 1315, 1316, 1317, 1318, 1320, 1321, 1322, 
	1323, 1324, 1325, 1326, 1327, 1329, 1330, 1331, 
	1332, 1333, 1334, 1335, 1336, 1337, 1344, 1345, 
	1346, 1347, 1348, 1349, 1350, 1352, 1353, 1354, 
	1355, 1356, 1357, 1358, 1359, 1360, 1361, 1362, 
	1363, 1365, 1366, 1367, 1368, 1369, 1370, 1371, 
	1372, 1373, 1374, 1375, 1376, 1377, 1378, 1379, 
	1380, 1381, 1382, 1384, 1385, 1387, 1389, 1390, 
	1391, 1392, 1393, 1394, 1395, 1396, 1397, 1398, 
	1399, 1400, 1402, 1404, 1406, 1408, 1409, 1410, 
	1411, 1413, 1414, 1415, 1417, 1418, 1419, 1420, 
	1421, 1422, 1423, 1425, 1429, 1430, 1431, 1432, 
	1433, 1434, 1435, 1436, 1437, 1438, 1439, 1440, 
	1441, 1442, 1444, 1445, 1446, 1448, 1449, 1450, 
	1451, 1452, 1453, 1454, 1455, 1456, 1457, 1458, 
	1459, 1460, 1461, 1462, 1463, 1464, 1465, 1466, 
	1467, 1468, 1470, 1471, 1472, 1473, 1474, 1475, 
	1476, 1477, 1478, 1479, 1481, 1482, 1483, 1484, 
	1485, 1486, 1487, 1488, 1489, 1490, 1491, 1492, 
	1493, 1494, 1495, 1496, 1497, 1498, 1499, 1500, 
	1501, 1503, 1504, 1505, 1506, 1507, 1508, 1509, 
	1510, 1512, 1513, 1514, 1515, 1516, 1517, 1518, 
	1520, 1522, 1535
};

static const char _atc_andlink_trans_keys[] = {
	67, 81, 77, 81, 69, 83, 32, 69, 
	82, 82, 79, 82, 58, 32, 45, 48, 
	57, 48, 57, 10, 13, 48, 57, 32, 
	69, 82, 82, 79, 82, 58, 32, 45, 
	48, 57, 48, 57, 10, 13, 48, 57, 
	70, 71, 58, 32, 34, 76, 87, 77, 
	50, 77, 47, 68, 101, 118, 105, 99, 
	101, 84, 121, 112, 101, 34, 32, 44, 
	0, 10, 13, 32, 34, 44, 0, 10, 
	13, 32, 44, 0, 10, 13, 32, 44, 
	67, 76, 83, 65, 66, 68, 69, 82, 
	83, 85, 87, 83, 83, 69, 67, 83, 
	87, 84, 58, 32, 45, 48, 57, 48, 
	57, 32, 44, 48, 57, 32, 44, 32, 
	45, 48, 57, 48, 57, 10, 13, 48, 
	57, 65, 84, 83, 84, 84, 65, 84, 
	85, 83, 58, 32, 45, 48, 57, 48, 
	57, 10, 13, 48, 57, 65, 83, 76, 
	83, 83, 84, 65, 84, 58, 32, 45, 
	48, 57, 48, 57, 10, 13, 48, 57, 
	86, 84, 73, 78, 68, 58, 32, 45, 
	48, 57, 48, 57, 10, 13, 48, 57, 
	69, 65, 71, 68, 58, 32, 45, 48, 
	57, 48, 57, 32, 44, 48, 57, 32, 
	44, 32, 34, 0, 10, 13, 34, 92, 
	10, 13, 32, 44, 32, 44, 32, 34, 
	0, 10, 13, 34, 92, 10, 13, 0, 
	10, 13, 0, 10, 13, 83, 87, 84, 
	58, 32, 45, 48, 57, 48, 57, 10, 
	13, 48, 57, 69, 84, 67, 82, 84, 
	83, 87, 84, 58, 32, 45, 48, 57, 
	48, 57, 32, 44, 48, 57, 32, 44, 
	32, 45, 48, 57, 48, 57, 10, 13, 
	48, 57, 86, 69, 82, 73, 80, 58, 
	10, 13, 32, 66, 80, 83, 80, 83, 
	75, 58, 0, 10, 13, 32, 34, 44, 
	0, 10, 13, 44, 0, 10, 13, 32, 
	34, 44, 0, 10, 13, 32, 44, 0, 
	10, 13, 32, 44, 83, 75, 58, 0, 
	10, 13, 32, 34, 44, 0, 10, 13, 
	44, 0, 10, 13, 32, 34, 44, 0, 
	10, 13, 32, 44, 0, 10, 13, 32, 
	44, 65, 84, 85, 83, 58, 32, 68, 
	73, 77, 78, 82, 84, 85, 69, 82, 
	69, 71, 73, 95, 83, 84, 69, 82, 
	69, 68, 10, 13, 70, 65, 73, 76, 
	78, 73, 73, 84, 84, 73, 65, 76, 
	73, 83, 69, 73, 78, 71, 73, 95, 
	73, 79, 83, 83, 73, 78, 71, 95, 
	67, 79, 78, 70, 73, 95, 68, 65, 
	84, 65, 95, 69, 78, 65, 66, 79, 
	95, 85, 69, 95, 73, 80, 69, 71, 
	74, 73, 95, 83, 84, 69, 82, 69, 
	67, 84, 69, 68, 95, 66, 89, 95, 
	83, 69, 82, 86, 69, 82, 73, 77, 
	69, 79, 85, 84, 95, 65, 78, 68, 
	95, 82, 69, 84, 82, 89, 73, 78, 
	73, 78, 73, 84, 73, 65, 76, 73, 
	83, 76, 68, 65, 84, 82, 73, 84, 
	69, 58, 32, 45, 48, 57, 48, 57, 
	32, 44, 48, 57, 32, 44, 32, 34, 
	0, 10, 13, 34, 92, 32, 44, 32, 
	34, 0, 10, 13, 34, 92, 10, 13, 
	32, 44, 32, 44, 32, 34, 0, 10, 
	13, 34, 92, 10, 13, 0, 10, 13, 
	0, 10, 13, 0, 10, 13, 69, 84, 
	10, 13, 84, 116, 43, 81, 113, 67, 
	76, 99, 108, 70, 102, 71, 103, 61, 
	34, 76, 87, 77, 50, 77, 47, 68, 
	101, 118, 105, 99, 101, 84, 121, 112, 
	101, 34, 10, 13, 32, 44, 32, 44, 
	32, 34, 0, 10, 13, 34, 92, 10, 
	13, 0, 10, 13, 65, 97, 66, 68, 
	70, 82, 83, 85, 98, 100, 102, 114, 
	115, 117, 83, 115, 83, 115, 69, 101, 
	67, 99, 83, 115, 87, 119, 84, 116, 
	61, 63, 45, 48, 57, 48, 57, 10, 
	13, 32, 44, 48, 57, 32, 44, 32, 
	45, 48, 57, 48, 57, 10, 13, 48, 
	57, 10, 13, 65, 84, 97, 116, 83, 
	84, 115, 116, 84, 116, 65, 97, 84, 
	116, 85, 117, 83, 115, 63, 10, 13, 
	65, 97, 83, 115, 76, 108, 83, 115, 
	83, 115, 84, 116, 65, 97, 84, 116, 
	63, 10, 13, 79, 111, 84, 116, 65, 
	97, 73, 82, 105, 114, 78, 110, 68, 
	100, 61, 45, 48, 57, 48, 57, 10, 
	13, 48, 57, 69, 101, 83, 115, 69, 
	101, 84, 116, 61, 45, 48, 57, 48, 
	57, 10, 13, 48, 57, 69, 101, 71, 
	83, 103, 115, 83, 115, 87, 119, 84, 
	116, 61, 63, 45, 48, 57, 48, 57, 
	10, 13, 48, 57, 10, 13, 69, 101, 
	84, 116, 68, 100, 84, 116, 76, 108, 
	83, 115, 10, 13, 69, 82, 84, 101, 
	114, 116, 67, 78, 82, 84, 99, 110, 
	114, 116, 83, 115, 87, 119, 84, 116, 
	61, 63, 45, 48, 57, 48, 57, 10, 
	13, 32, 44, 48, 57, 32, 44, 32, 
	45, 48, 57, 48, 57, 10, 13, 48, 
	57, 10, 13, 68, 100, 68, 82, 100, 
	114, 65, 97, 84, 116, 65, 97, 61, 
	48, 88, 120, 48, 57, 65, 70, 97, 
	102, 32, 44, 48, 57, 65, 70, 97, 
	102, 32, 44, 32, 45, 48, 57, 48, 
	57, 10, 13, 32, 44, 48, 57, 32, 
	44, 0, 10, 13, 83, 115, 80, 112, 
	61, 45, 48, 57, 48, 57, 32, 44, 
	48, 57, 32, 44, 0, 10, 13, 32, 
	34, 44, 0, 10, 13, 44, 32, 45, 
	48, 57, 48, 57, 32, 44, 48, 57, 
	32, 44, 32, 45, 48, 57, 48, 57, 
	10, 13, 48, 57, 86, 118, 69, 101, 
	82, 114, 73, 105, 80, 112, 61, 63, 
	34, 66, 68, 76, 83, 34, 32, 44, 
	32, 34, 0, 10, 13, 34, 92, 10, 
	13, 32, 44, 32, 44, 32, 45, 48, 
	57, 48, 57, 10, 13, 48, 57, 0, 
	10, 13, 69, 76, 87, 77, 50, 77, 
	10, 13, 66, 80, 98, 112, 83, 115, 
	80, 112, 83, 115, 75, 107, 61, 63, 
	0, 10, 13, 32, 34, 44, 0, 10, 
	13, 44, 0, 10, 13, 32, 34, 44, 
	0, 10, 13, 32, 44, 0, 10, 13, 
	32, 44, 10, 13, 83, 115, 75, 107, 
	61, 63, 0, 10, 13, 32, 34, 44, 
	0, 10, 13, 44, 0, 10, 13, 32, 
	34, 44, 0, 10, 13, 32, 44, 0, 
	10, 13, 32, 44, 10, 13, 69, 101, 
	71, 103, 73, 105, 78, 110, 68, 100, 
	61, 45, 48, 57, 48, 57, 10, 13, 
	48, 57, 65, 97, 84, 116, 85, 117, 
	83, 115, 63, 10, 13, 76, 108, 68, 
	100, 65, 97, 84, 116, 83, 32, 44, 
	32, 48, 57, 46, 48, 57, 46, 48, 
	57, 32, 44, 46, 48, 57, 32, 44, 
	32, 45, 48, 57, 48, 57, 10, 13, 
	48, 57, 82, 82, 79, 82, 10, 13, 
	73, 82, 77, 87, 65, 82, 69, 32, 
	68, 85, 79, 87, 78, 76, 79, 65, 
	68, 32, 69, 73, 70, 65, 73, 76, 
	69, 68, 10, 13, 68, 10, 13, 78, 
	71, 10, 13, 80, 68, 65, 84, 69, 
	73, 32, 70, 79, 83, 65, 73, 76, 
	69, 68, 10, 13, 86, 69, 82, 10, 
	13, 85, 67, 67, 69, 83, 83, 10, 
	13, 78, 71, 10, 13, 87, 77, 50, 
	77, 101, 117, 108, 10, 13, 75, 10, 
	13, 69, 66, 79, 79, 84, 95, 67, 
	65, 85, 83, 69, 95, 65, 80, 83, 
	85, 80, 80, 76, 73, 67, 65, 84, 
	73, 79, 78, 95, 65, 82, 83, 87, 
	84, 10, 13, 80, 67, 95, 84, 73, 
	77, 69, 79, 85, 84, 10, 13, 89, 
	83, 82, 69, 83, 69, 84, 82, 69, 
	81, 10, 13, 65, 84, 67, 72, 68, 
	79, 71, 10, 13, 82, 79, 84, 79, 
	67, 79, 76, 95, 73, 77, 82, 83, 
	87, 77, 83, 73, 95, 85, 80, 68, 
	65, 84, 69, 10, 13, 79, 78, 73, 
	84, 79, 82, 95, 82, 69, 66, 79, 
	79, 84, 95, 82, 69, 81, 10, 13, 
	80, 67, 95, 84, 73, 77, 69, 79, 
	85, 84, 10, 13, 89, 83, 82, 69, 
	83, 69, 84, 82, 69, 81, 10, 13, 
	65, 84, 67, 72, 68, 79, 71, 10, 
	13, 69, 67, 85, 82, 73, 84, 89, 
	95, 65, 70, 80, 82, 83, 85, 87, 
	76, 84, 66, 79, 79, 84, 10, 13, 
	79, 84, 65, 95, 85, 80, 71, 82, 
	65, 68, 69, 10, 13, 77, 85, 95, 
	80, 79, 87, 69, 82, 95, 79, 78, 
	95, 82, 69, 83, 69, 84, 10, 13, 
	69, 71, 83, 73, 95, 79, 78, 83, 
	95, 85, 80, 68, 65, 84, 69, 68, 
	10, 13, 48, 51, 10, 13, 10, 13, 
	69, 84, 95, 80, 85, 73, 78, 10, 
	13, 78, 75, 78, 79, 87, 78, 10, 
	13, 67, 69, 84, 89, 65, 78, 95, 
	69, 78, 84, 69, 82, 95, 69, 88, 
	73, 84, 10, 13, 76, 70, 10, 13, 
	65, 78, 68, 65, 82, 68, 95, 67, 
	72, 73, 80, 95, 87, 65, 84, 67, 
	72, 68, 79, 71, 10, 13, 83, 82, 
	69, 83, 69, 84, 82, 69, 81, 10, 
	13, 80, 68, 65, 84, 69, 82, 95, 
	67, 72, 73, 80, 95, 87, 65, 84, 
	67, 72, 68, 79, 71, 10, 13, 65, 
	84, 67, 72, 68, 79, 71, 10, 13, 
	78, 75, 78, 79, 87, 78, 10, 13, 
	10, 13, 10, 13, 43, 62, 65, 66, 
	69, 70, 76, 78, 79, 82, 97, 0
};

static const char _atc_andlink_single_lengths[] = {
	0, 2, 2, 2, 1, 1, 1, 1, 
	1, 1, 1, 2, 0, 2, 1, 1, 
	1, 1, 1, 1, 1, 2, 0, 2, 
	1, 1, 1, 2, 1, 1, 1, 1, 
	1, 1, 1, 1, 1, 1, 1, 1, 
	1, 1, 1, 1, 1, 2, 6, 5, 
	5, 3, 1, 7, 1, 1, 1, 1, 
	1, 1, 1, 1, 2, 0, 2, 2, 
	2, 0, 2, 2, 2, 1, 1, 1, 
	1, 1, 1, 2, 0, 2, 1, 1, 
	1, 1, 1, 1, 1, 1, 1, 2, 
	0, 2, 1, 1, 1, 1, 1, 1, 
	2, 0, 2, 1, 2, 1, 1, 2, 
	0, 2, 2, 2, 5, 4, 2, 2, 
	5, 2, 3, 3, 1, 1, 1, 1, 
	2, 0, 2, 2, 3, 1, 1, 1, 
	1, 2, 0, 2, 2, 2, 0, 2, 
	1, 1, 1, 1, 1, 1, 3, 2, 
	1, 1, 1, 1, 1, 6, 4, 6, 
	5, 5, 1, 1, 1, 6, 4, 6, 
	5, 5, 1, 1, 1, 1, 1, 8, 
	1, 1, 1, 1, 2, 1, 1, 1, 
	1, 1, 1, 2, 1, 1, 1, 1, 
	1, 1, 2, 1, 1, 1, 1, 1, 
	1, 2, 1, 1, 2, 2, 1, 1, 
	1, 1, 1, 1, 1, 1, 1, 1, 
	1, 1, 1, 1, 1, 1, 1, 1, 
	1, 1, 1, 1, 1, 1, 1, 1, 
	1, 1, 1, 2, 2, 1, 1, 1, 
	1, 1, 1, 1, 1, 1, 1, 1, 
	1, 1, 1, 1, 1, 1, 1, 1, 
	1, 1, 1, 1, 1, 1, 1, 1, 
	1, 1, 1, 1, 1, 1, 1, 1, 
	1, 1, 1, 1, 1, 1, 1, 1, 
	1, 1, 1, 1, 1, 1, 1, 1, 
	1, 1, 1, 1, 2, 0, 2, 2, 
	2, 5, 2, 2, 5, 4, 2, 2, 
	5, 2, 3, 3, 3, 1, 1, 2, 
	2, 1, 2, 4, 2, 2, 1, 1, 
	1, 1, 1, 1, 1, 1, 1, 1, 
	1, 1, 1, 1, 1, 1, 1, 1, 
	1, 4, 2, 2, 5, 2, 3, 2, 
	12, 2, 2, 2, 2, 2, 2, 2, 
	2, 1, 0, 4, 2, 2, 0, 2, 
	2, 4, 4, 2, 2, 2, 2, 2, 
	1, 2, 2, 2, 2, 2, 2, 2, 
	2, 2, 1, 2, 2, 2, 2, 4, 
	2, 2, 1, 1, 0, 2, 2, 2, 
	2, 2, 1, 1, 0, 2, 2, 4, 
	2, 2, 2, 2, 1, 0, 2, 2, 
	2, 2, 2, 2, 2, 2, 2, 6, 
	8, 2, 2, 2, 2, 1, 0, 4, 
	2, 2, 0, 2, 2, 2, 4, 2, 
	2, 2, 1, 1, 2, 0, 2, 2, 
	2, 0, 4, 2, 3, 2, 2, 1, 
	1, 0, 2, 2, 6, 4, 2, 0, 
	2, 2, 2, 0, 2, 2, 2, 2, 
	2, 2, 2, 1, 3, 1, 1, 2, 
	2, 5, 4, 2, 2, 0, 2, 3, 
	1, 1, 1, 1, 1, 1, 2, 4, 
	2, 2, 2, 2, 2, 6, 4, 6, 
	5, 5, 2, 2, 2, 2, 6, 4, 
	6, 5, 5, 2, 2, 2, 2, 2, 
	2, 1, 1, 0, 2, 2, 2, 2, 
	2, 1, 2, 2, 2, 2, 2, 1, 
	2, 1, 1, 1, 3, 2, 2, 0, 
	2, 1, 1, 1, 1, 2, 1, 1, 
	1, 1, 1, 1, 1, 1, 2, 1, 
	1, 1, 1, 1, 1, 1, 3, 1, 
	1, 1, 1, 1, 1, 2, 1, 2, 
	1, 1, 2, 1, 1, 1, 1, 2, 
	1, 3, 1, 1, 1, 1, 1, 2, 
	1, 1, 1, 2, 1, 1, 1, 1, 
	1, 1, 2, 1, 1, 2, 1, 1, 
	1, 1, 1, 1, 1, 2, 1, 2, 
	1, 1, 1, 1, 1, 1, 1, 1, 
	1, 1, 1, 1, 4, 1, 1, 1, 
	1, 1, 1, 1, 1, 1, 1, 1, 
	4, 1, 2, 1, 1, 1, 1, 1, 
	1, 1, 1, 1, 1, 2, 1, 1, 
	1, 1, 1, 1, 1, 1, 1, 1, 
	2, 1, 1, 1, 1, 1, 1, 1, 
	2, 1, 1, 1, 1, 1, 1, 1, 
	1, 5, 1, 1, 1, 1, 1, 1, 
	1, 1, 1, 1, 2, 1, 1, 1, 
	1, 1, 1, 1, 1, 1, 1, 1, 
	1, 1, 1, 1, 1, 1, 2, 1, 
	1, 1, 1, 1, 1, 1, 1, 1, 
	1, 2, 1, 1, 1, 1, 1, 1, 
	1, 1, 1, 1, 2, 1, 1, 1, 
	1, 1, 1, 1, 2, 1, 1, 1, 
	1, 1, 1, 1, 1, 7, 1, 1, 
	1, 1, 1, 1, 2, 1, 1, 1, 
	1, 1, 1, 1, 1, 1, 1, 1, 
	2, 1, 1, 1, 1, 1, 1, 1, 
	1, 1, 1, 1, 1, 1, 1, 1, 
	1, 1, 2, 1, 2, 2, 1, 1, 
	1, 1, 1, 1, 1, 1, 1, 1, 
	1, 2, 2, 2, 2, 1, 1, 1, 
	2, 1, 1, 2, 1, 1, 1, 1, 
	1, 1, 2, 4, 1, 1, 1, 1, 
	1, 1, 1, 1, 1, 1, 1, 1, 
	1, 2, 1, 1, 2, 1, 1, 1, 
	1, 1, 1, 1, 1, 1, 1, 1, 
	1, 1, 1, 1, 1, 1, 1, 1, 
	1, 2, 1, 1, 1, 1, 1, 1, 
	1, 1, 1, 2, 1, 1, 1, 1, 
	1, 1, 1, 1, 1, 1, 1, 1, 
	1, 1, 1, 1, 1, 1, 1, 1, 
	2, 1, 1, 1, 1, 1, 1, 1, 
	2, 1, 1, 1, 1, 1, 1, 2, 
	2, 13, 0
};

static const char _atc_andlink_range_lengths[] = {
	0, 0, 0, 0, 0, 0, 0, 0, 
	0, 0, 0, 1, 1, 1, 0, 0, 
	0, 0, 0, 0, 0, 1, 1, 1, 
	0, 0, 0, 0, 0, 0, 0, 0, 
	0, 0, 0, 0, 0, 0, 0, 0, 
	0, 0, 0, 0, 0, 0, 0, 0, 
	0, 0, 0, 0, 0, 0, 0, 0, 
	0, 0, 0, 0, 1, 1, 1, 0, 
	1, 1, 1, 0, 0, 0, 0, 0, 
	0, 0, 0, 1, 1, 1, 0, 0, 
	0, 0, 0, 0, 0, 0, 0, 1, 
	1, 1, 0, 0, 0, 0, 0, 0, 
	1, 1, 1, 0, 0, 0, 0, 1, 
	1, 1, 0, 0, 0, 0, 0, 0, 
	0, 0, 0, 0, 0, 0, 0, 0, 
	1, 1, 1, 0, 0, 0, 0, 0, 
	0, 1, 1, 1, 0, 1, 1, 1, 
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
	0, 0, 0, 0, 1, 1, 1, 0, 
	0, 0, 0, 0, 0, 0, 0, 0, 
	0, 0, 0, 0, 0, 0, 0, 0, 
	0, 0, 0, 0, 0, 0, 0, 0, 
	0, 0, 0, 0, 0, 0, 0, 0, 
	0, 0, 0, 0, 0, 0, 0, 0, 
	0, 0, 0, 0, 0, 0, 0, 0, 
	0, 0, 0, 0, 0, 0, 0, 0, 
	0, 1, 1, 1, 0, 1, 1, 1, 
	0, 0, 0, 0, 0, 0, 0, 0, 
	0, 0, 0, 0, 0, 0, 0, 0, 
	0, 0, 0, 0, 0, 0, 0, 0, 
	0, 0, 0, 1, 1, 1, 0, 0, 
	0, 0, 0, 1, 1, 1, 0, 0, 
	0, 0, 0, 0, 1, 1, 1, 0, 
	0, 0, 0, 0, 0, 0, 0, 0, 
	0, 0, 0, 0, 0, 1, 1, 1, 
	0, 1, 1, 1, 0, 0, 0, 0, 
	0, 0, 0, 0, 0, 3, 3, 0, 
	1, 1, 1, 0, 0, 0, 0, 0, 
	1, 1, 1, 0, 0, 0, 1, 1, 
	1, 0, 1, 1, 1, 0, 0, 0, 
	0, 0, 0, 0, 0, 0, 0, 0, 
	0, 0, 0, 0, 1, 1, 1, 0, 
	0, 0, 0, 0, 0, 0, 0, 0, 
	0, 0, 0, 0, 0, 0, 0, 0, 
	0, 0, 0, 0, 0, 0, 0, 0, 
	0, 0, 0, 0, 0, 0, 0, 0, 
	0, 0, 1, 1, 1, 0, 0, 0, 
	0, 0, 0, 0, 0, 0, 0, 0, 
	0, 1, 1, 1, 1, 0, 1, 1, 
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
	0, 0, 0
};

static const short _atc_andlink_index_offsets[] = {
	0, 0, 3, 6, 9, 11, 13, 15, 
	17, 19, 21, 23, 27, 29, 33, 35, 
	37, 39, 41, 43, 45, 47, 51, 53, 
	57, 59, 61, 63, 66, 68, 70, 72, 
	74, 76, 78, 80, 82, 84, 86, 88, 
	90, 92, 94, 96, 98, 100, 103, 110, 
	116, 122, 126, 128, 136, 138, 140, 142, 
	144, 146, 148, 150, 152, 156, 158, 162, 
	165, 169, 171, 175, 178, 181, 183, 185, 
	187, 189, 191, 193, 197, 199, 203, 205, 
	207, 209, 211, 213, 215, 217, 219, 221, 
	225, 227, 231, 233, 235, 237, 239, 241, 
	243, 247, 249, 253, 255, 258, 260, 262, 
	266, 268, 272, 275, 278, 284, 289, 292, 
	295, 301, 304, 308, 312, 314, 316, 318, 
	320, 324, 326, 330, 333, 337, 339, 341, 
	343, 345, 349, 351, 355, 358, 362, 364, 
	368, 370, 372, 374, 376, 378, 380, 384, 
	387, 389, 391, 393, 395, 397, 404, 409, 
	416, 422, 428, 430, 432, 434, 441, 446, 
	453, 459, 465, 467, 469, 471, 473, 475, 
	484, 486, 488, 490, 492, 495, 497, 499, 
	501, 503, 505, 507, 510, 512, 514, 516, 
	518, 520, 522, 525, 527, 529, 531, 533, 
	535, 537, 540, 542, 544, 547, 550, 552, 
	554, 556, 558, 560, 562, 564, 566, 568, 
	570, 572, 574, 576, 578, 580, 582, 584, 
	586, 588, 590, 592, 594, 596, 598, 600, 
	602, 604, 606, 608, 611, 614, 616, 618, 
	620, 622, 624, 626, 628, 630, 632, 634, 
	636, 638, 640, 642, 644, 646, 648, 650, 
	652, 654, 656, 658, 660, 662, 664, 666, 
	668, 670, 672, 674, 676, 678, 680, 682, 
	684, 686, 688, 690, 692, 694, 696, 698, 
	700, 702, 704, 706, 708, 710, 712, 714, 
	716, 718, 720, 722, 724, 728, 730, 734, 
	737, 740, 746, 749, 752, 758, 763, 766, 
	769, 775, 778, 782, 786, 790, 792, 794, 
	797, 800, 802, 805, 810, 813, 816, 818, 
	820, 822, 824, 826, 828, 830, 832, 834, 
	836, 838, 840, 842, 844, 846, 848, 850, 
	852, 854, 859, 862, 865, 871, 874, 878, 
	881, 894, 897, 900, 903, 906, 909, 912, 
	915, 918, 921, 923, 929, 932, 936, 938, 
	942, 945, 950, 955, 958, 961, 964, 967, 
	970, 972, 975, 978, 981, 984, 987, 990, 
	993, 996, 999, 1001, 1004, 1007, 1010, 1013, 
	1018, 1021, 1024, 1026, 1029, 1031, 1035, 1038, 
	1041, 1044, 1047, 1049, 1052, 1054, 1058, 1061, 
	1066, 1069, 1072, 1075, 1078, 1081, 1083, 1087, 
	1090, 1093, 1096, 1099, 1102, 1105, 1108, 1111, 
	1118, 1127, 1130, 1133, 1136, 1139, 1142, 1144, 
	1150, 1153, 1157, 1159, 1163, 1166, 1169, 1174, 
	1177, 1180, 1183, 1185, 1187, 1190, 1194, 1200, 
	1203, 1207, 1209, 1215, 1218, 1222, 1225, 1228, 
	1230, 1233, 1235, 1239, 1242, 1249, 1254, 1258, 
	1260, 1264, 1267, 1271, 1273, 1277, 1280, 1283, 
	1286, 1289, 1292, 1295, 1297, 1301, 1303, 1305, 
	1308, 1311, 1317, 1322, 1325, 1329, 1331, 1335, 
	1339, 1341, 1343, 1345, 1347, 1349, 1351, 1354, 
	1359, 1362, 1365, 1368, 1371, 1374, 1381, 1386, 
	1393, 1399, 1405, 1408, 1411, 1414, 1417, 1424, 
	1429, 1436, 1442, 1448, 1451, 1454, 1457, 1460, 
	1463, 1466, 1468, 1471, 1473, 1477, 1480, 1483, 
	1486, 1489, 1491, 1494, 1497, 1500, 1503, 1506, 
	1508, 1511, 1514, 1517, 1520, 1525, 1528, 1532, 
	1534, 1538, 1540, 1542, 1544, 1546, 1549, 1551, 
	1553, 1555, 1557, 1559, 1561, 1563, 1565, 1568, 
	1570, 1572, 1574, 1576, 1578, 1580, 1582, 1586, 
	1588, 1590, 1592, 1594, 1596, 1598, 1601, 1603, 
	1606, 1608, 1610, 1613, 1615, 1617, 1619, 1621, 
	1624, 1626, 1630, 1632, 1634, 1636, 1638, 1640, 
	1643, 1645, 1647, 1649, 1652, 1654, 1656, 1658, 
	1660, 1662, 1664, 1667, 1669, 1671, 1674, 1676, 
	1678, 1680, 1682, 1684, 1686, 1688, 1691, 1693, 
	1696, 1698, 1700, 1702, 1704, 1706, 1708, 1710, 
	1712, 1714, 1716, 1718, 1720, 1725, 1727, 1729, 
	1731, 1733, 1735, 1737, 1739, 1741, 1743, 1745, 
	1747, 1752, 1754, 1757, 1759, 1761, 1763, 1765, 
	1767, 1769, 1771, 1773, 1775, 1777, 1780, 1782, 
	1784, 1786, 1788, 1790, 1792, 1794, 1796, 1798, 
	1800, 1803, 1805, 1807, 1809, 1811, 1813, 1815, 
	1817, 1820, 1822, 1824, 1826, 1828, 1830, 1832, 
	1834, 1836, 1842, 1844, 1846, 1848, 1850, 1852, 
	1854, 1856, 1858, 1860, 1862, 1865, 1867, 1869, 
	1871, 1873, 1875, 1877, 1879, 1881, 1883, 1885, 
	1887, 1889, 1891, 1893, 1895, 1897, 1899, 1902, 
	1904, 1906, 1908, 1910, 1912, 1914, 1916, 1918, 
	1920, 1922, 1925, 1927, 1929, 1931, 1933, 1935, 
	1937, 1939, 1941, 1943, 1945, 1948, 1950, 1952, 
	1954, 1956, 1958, 1960, 1962, 1965, 1967, 1969, 
	1971, 1973, 1975, 1977, 1979, 1981, 1989, 1991, 
	1993, 1995, 1997, 1999, 2001, 2004, 2006, 2008, 
	2010, 2012, 2014, 2016, 2018, 2020, 2022, 2024, 
	2026, 2029, 2031, 2033, 2035, 2037, 2039, 2041, 
	2043, 2045, 2047, 2049, 2051, 2053, 2055, 2057, 
	2059, 2061, 2063, 2066, 2068, 2071, 2074, 2076, 
	2078, 2080, 2082, 2084, 2086, 2088, 2090, 2092, 
	2094, 2096, 2099, 2102, 2105, 2108, 2110, 2112, 
	2114, 2117, 2119, 2121, 2124, 2126, 2128, 2130, 
	2132, 2134, 2136, 2139, 2144, 2146, 2148, 2150, 
	2152, 2154, 2156, 2158, 2160, 2162, 2164, 2166, 
	2168, 2170, 2173, 2175, 2177, 2180, 2182, 2184, 
	2186, 2188, 2190, 2192, 2194, 2196, 2198, 2200, 
	2202, 2204, 2206, 2208, 2210, 2212, 2214, 2216, 
	2218, 2220, 2223, 2225, 2227, 2229, 2231, 2233, 
	2235, 2237, 2239, 2241, 2244, 2246, 2248, 2250, 
	2252, 2254, 2256, 2258, 2260, 2262, 2264, 2266, 
	2268, 2270, 2272, 2274, 2276, 2278, 2280, 2282, 
	2284, 2287, 2289, 2291, 2293, 2295, 2297, 2299, 
	2301, 2304, 2306, 2308, 2310, 2312, 2314, 2316, 
	2319, 2322, 2336
};

static const short _atc_andlink_indicies[] = {
	1, 2, 0, 3, 4, 0, 5, 6, 
	0, 7, 0, 8, 0, 9, 0, 10, 
	0, 11, 0, 12, 0, 13, 0, 14, 
	15, 16, 0, 16, 0, 17, 17, 16, 
	0, 18, 0, 19, 0, 20, 0, 21, 
	0, 22, 0, 23, 0, 24, 0, 25, 
	26, 27, 0, 27, 0, 28, 28, 27, 
	0, 29, 0, 30, 0, 31, 0, 32, 
	33, 0, 34, 0, 35, 0, 36, 0, 
	37, 0, 38, 0, 39, 0, 40, 0, 
	41, 0, 42, 0, 43, 0, 44, 0, 
	45, 0, 46, 0, 47, 0, 48, 0, 
	49, 0, 50, 0, 50, 51, 0, 0, 
	0, 0, 51, 0, 0, 52, 0, 53, 
	53, 54, 0, 52, 0, 0, 0, 54, 
	0, 52, 4, 55, 56, 0, 57, 0, 
	58, 59, 60, 61, 62, 63, 64, 0, 
	65, 0, 66, 0, 67, 0, 68, 0, 
	69, 0, 70, 0, 71, 0, 72, 0, 
	73, 74, 75, 0, 75, 0, 76, 77, 
	75, 0, 76, 77, 0, 77, 78, 79, 
	0, 79, 0, 80, 80, 79, 0, 81, 
	82, 0, 83, 84, 0, 85, 0, 86, 
	0, 87, 0, 88, 0, 89, 0, 90, 
	0, 91, 92, 93, 0, 93, 0, 94, 
	94, 93, 0, 95, 0, 83, 0, 96, 
	0, 97, 0, 98, 0, 99, 0, 100, 
	0, 101, 0, 102, 0, 103, 104, 105, 
	0, 105, 0, 106, 106, 105, 0, 107, 
	0, 108, 0, 109, 0, 110, 0, 111, 
	0, 112, 0, 113, 114, 115, 0, 115, 
	0, 116, 116, 115, 0, 117, 0, 118, 
	119, 0, 120, 0, 121, 0, 122, 123, 
	124, 0, 124, 0, 125, 126, 124, 0, 
	125, 126, 0, 126, 127, 0, 0, 0, 
	0, 128, 129, 127, 130, 130, 131, 132, 
	0, 131, 132, 0, 132, 133, 0, 0, 
	0, 0, 134, 135, 133, 136, 136, 0, 
	0, 0, 0, 133, 0, 0, 0, 127, 
	137, 0, 138, 0, 139, 0, 140, 0, 
	141, 142, 143, 0, 143, 0, 144, 144, 
	143, 0, 145, 146, 0, 147, 148, 149, 
	0, 150, 0, 151, 0, 152, 0, 153, 
	0, 154, 155, 156, 0, 156, 0, 157, 
	158, 156, 0, 157, 158, 0, 158, 159, 
	160, 0, 160, 0, 161, 161, 160, 0, 
	162, 0, 163, 0, 164, 0, 165, 0, 
	166, 0, 167, 0, 168, 168, 169, 0, 
	170, 171, 0, 172, 0, 173, 0, 174, 
	0, 175, 0, 176, 0, 0, 0, 0, 
	178, 0, 0, 177, 0, 0, 0, 179, 
	177, 0, 0, 0, 179, 0, 0, 180, 
	0, 181, 181, 182, 0, 180, 0, 0, 
	0, 182, 0, 180, 183, 0, 184, 0, 
	185, 0, 0, 0, 0, 187, 0, 0, 
	186, 0, 0, 0, 188, 186, 0, 0, 
	0, 188, 0, 0, 189, 0, 190, 190, 
	191, 0, 189, 0, 0, 0, 191, 0, 
	189, 192, 0, 193, 0, 194, 0, 195, 
	0, 196, 0, 197, 198, 199, 200, 201, 
	202, 203, 204, 0, 205, 0, 206, 0, 
	207, 0, 208, 0, 209, 210, 0, 211, 
	0, 212, 0, 213, 0, 214, 0, 215, 
	0, 216, 0, 217, 217, 0, 218, 0, 
	219, 0, 220, 0, 214, 0, 221, 0, 
	222, 0, 223, 224, 0, 225, 0, 226, 
	0, 227, 0, 228, 0, 229, 0, 230, 
	0, 215, 231, 0, 232, 0, 216, 0, 
	226, 210, 0, 233, 234, 0, 235, 0, 
	236, 0, 237, 0, 238, 0, 239, 0, 
	240, 0, 241, 0, 242, 0, 243, 0, 
	244, 0, 232, 0, 245, 0, 246, 0, 
	247, 0, 248, 0, 249, 0, 250, 0, 
	251, 0, 252, 0, 253, 0, 220, 0, 
	254, 0, 255, 0, 256, 0, 257, 0, 
	258, 0, 259, 0, 216, 0, 260, 0, 
	261, 262, 0, 263, 210, 0, 264, 0, 
	265, 0, 266, 0, 230, 0, 267, 0, 
	268, 0, 269, 0, 270, 0, 271, 0, 
	272, 0, 273, 0, 274, 0, 275, 0, 
	276, 0, 277, 0, 278, 0, 279, 0, 
	280, 0, 216, 0, 281, 0, 282, 0, 
	283, 0, 284, 0, 285, 0, 286, 0, 
	287, 0, 288, 0, 289, 0, 290, 0, 
	291, 0, 292, 0, 293, 0, 294, 0, 
	295, 0, 296, 0, 231, 0, 297, 0, 
	298, 0, 299, 0, 300, 0, 301, 0, 
	302, 0, 303, 0, 304, 0, 305, 0, 
	214, 0, 306, 0, 307, 0, 308, 0, 
	84, 0, 309, 0, 310, 0, 311, 0, 
	312, 0, 313, 0, 314, 315, 316, 0, 
	316, 0, 317, 318, 316, 0, 317, 318, 
	0, 318, 319, 0, 0, 0, 0, 320, 
	321, 319, 320, 322, 0, 322, 323, 0, 
	0, 0, 0, 324, 325, 323, 326, 326, 
	327, 328, 0, 327, 328, 0, 328, 329, 
	0, 0, 0, 0, 330, 331, 329, 332, 
	332, 0, 0, 0, 0, 329, 0, 0, 
	0, 323, 0, 0, 0, 319, 333, 0, 
	149, 0, 334, 334, 0, 335, 335, 0, 
	336, 0, 337, 337, 0, 338, 339, 338, 
	339, 0, 340, 340, 0, 341, 341, 0, 
	342, 0, 343, 0, 344, 0, 345, 0, 
	346, 0, 347, 0, 348, 0, 349, 0, 
	350, 0, 351, 0, 352, 0, 353, 0, 
	354, 0, 355, 0, 356, 0, 357, 0, 
	358, 0, 359, 0, 360, 0, 361, 361, 
	362, 363, 0, 362, 363, 0, 363, 364, 
	0, 0, 0, 0, 365, 366, 364, 367, 
	367, 0, 0, 0, 0, 364, 368, 368, 
	0, 369, 370, 371, 372, 373, 374, 369, 
	370, 371, 372, 373, 374, 0, 375, 375, 
	0, 376, 376, 0, 377, 377, 0, 378, 
	378, 0, 379, 379, 0, 380, 380, 0, 
	381, 381, 0, 382, 383, 0, 384, 385, 
	0, 385, 0, 386, 386, 387, 388, 385, 
	0, 387, 388, 0, 388, 389, 390, 0, 
	390, 0, 391, 391, 390, 0, 392, 392, 
	0, 393, 394, 393, 394, 0, 395, 396, 
	395, 396, 0, 397, 397, 0, 398, 398, 
	0, 399, 399, 0, 400, 400, 0, 401, 
	401, 0, 402, 0, 403, 403, 0, 404, 
	404, 0, 395, 395, 0, 405, 405, 0, 
	406, 406, 0, 407, 407, 0, 408, 408, 
	0, 409, 409, 0, 410, 410, 0, 411, 
	0, 412, 412, 0, 413, 413, 0, 414, 
	414, 0, 415, 415, 0, 416, 417, 416, 
	417, 0, 418, 418, 0, 419, 419, 0, 
	420, 0, 421, 422, 0, 422, 0, 423, 
	423, 422, 0, 424, 424, 0, 425, 425, 
	0, 426, 426, 0, 427, 427, 0, 428, 
	0, 429, 430, 0, 430, 0, 431, 431, 
	430, 0, 432, 432, 0, 433, 434, 433, 
	434, 0, 435, 435, 0, 436, 436, 0, 
	437, 437, 0, 438, 439, 0, 440, 441, 
	0, 441, 0, 442, 442, 441, 0, 443, 
	443, 0, 444, 444, 0, 445, 445, 0, 
	446, 446, 0, 447, 447, 0, 448, 448, 
	0, 449, 449, 0, 450, 450, 0, 451, 
	452, 453, 451, 452, 453, 0, 454, 455, 
	456, 457, 454, 455, 456, 457, 0, 458, 
	458, 0, 459, 459, 0, 460, 460, 0, 
	461, 462, 0, 463, 464, 0, 464, 0, 
	465, 465, 466, 467, 464, 0, 466, 467, 
	0, 467, 468, 469, 0, 469, 0, 470, 
	470, 469, 0, 471, 471, 0, 472, 472, 
	0, 473, 474, 473, 474, 0, 475, 475, 
	0, 476, 476, 0, 477, 477, 0, 478, 
	0, 479, 0, 480, 480, 0, 481, 481, 
	481, 0, 482, 483, 481, 481, 481, 0, 
	482, 483, 0, 483, 484, 485, 0, 485, 
	0, 486, 486, 487, 488, 485, 0, 487, 
	488, 0, 0, 489, 489, 488, 490, 490, 
	0, 491, 491, 0, 492, 0, 493, 494, 
	0, 494, 0, 495, 496, 494, 0, 495, 
	496, 0, 0, 0, 0, 496, 0, 0, 
	497, 0, 0, 0, 498, 497, 498, 499, 
	500, 0, 500, 0, 501, 502, 500, 0, 
	501, 502, 0, 502, 503, 504, 0, 504, 
	0, 505, 505, 504, 0, 506, 506, 0, 
	507, 507, 0, 508, 508, 0, 509, 509, 
	0, 510, 510, 0, 511, 512, 0, 513, 
	0, 514, 515, 516, 0, 517, 0, 518, 
	0, 518, 519, 0, 519, 520, 0, 0, 
	0, 0, 521, 522, 520, 523, 523, 524, 
	525, 0, 524, 525, 0, 525, 526, 527, 
	0, 527, 0, 528, 528, 527, 0, 0, 
	0, 0, 520, 529, 0, 517, 0, 530, 
	0, 531, 0, 532, 0, 517, 0, 533, 
	533, 0, 534, 535, 534, 535, 0, 536, 
	536, 0, 537, 537, 0, 538, 538, 0, 
	539, 539, 0, 540, 541, 0, 0, 0, 
	0, 0, 0, 0, 542, 0, 0, 0, 
	543, 542, 0, 0, 0, 543, 0, 0, 
	544, 0, 545, 545, 546, 0, 544, 0, 
	0, 0, 546, 0, 544, 547, 547, 0, 
	548, 548, 0, 549, 549, 0, 550, 551, 
	0, 0, 0, 0, 0, 0, 0, 552, 
	0, 0, 0, 553, 552, 0, 0, 0, 
	553, 0, 0, 554, 0, 555, 555, 556, 
	0, 554, 0, 0, 0, 556, 0, 554, 
	557, 557, 0, 558, 558, 0, 559, 559, 
	0, 560, 560, 0, 561, 561, 0, 562, 
	562, 0, 563, 0, 564, 565, 0, 565, 
	0, 566, 566, 565, 0, 567, 567, 0, 
	568, 568, 0, 569, 569, 0, 570, 570, 
	0, 571, 0, 572, 572, 0, 573, 573, 
	0, 574, 574, 0, 575, 575, 0, 396, 
	396, 0, 576, 0, 576, 577, 0, 577, 
	578, 0, 579, 578, 0, 580, 580, 0, 
	581, 582, 580, 580, 0, 581, 582, 0, 
	582, 583, 584, 0, 584, 0, 585, 585, 
	584, 0, 586, 0, 587, 0, 588, 0, 
	589, 0, 590, 590, 0, 591, 0, 592, 
	0, 593, 0, 594, 0, 595, 0, 596, 
	0, 597, 0, 598, 0, 599, 600, 0, 
	601, 0, 602, 0, 603, 0, 604, 0, 
	605, 0, 606, 0, 607, 0, 608, 609, 
	610, 0, 611, 0, 612, 0, 613, 0, 
	614, 0, 615, 0, 616, 0, 617, 617, 
	0, 618, 0, 619, 619, 0, 620, 0, 
	621, 0, 622, 622, 0, 623, 0, 624, 
	0, 625, 0, 626, 0, 627, 628, 0, 
	629, 0, 630, 631, 632, 0, 633, 0, 
	634, 0, 635, 0, 636, 0, 637, 0, 
	638, 638, 0, 639, 0, 640, 0, 641, 
	0, 642, 642, 0, 643, 0, 644, 0, 
	645, 0, 646, 0, 647, 0, 648, 0, 
	649, 649, 0, 650, 0, 651, 0, 652, 
	652, 0, 653, 0, 654, 0, 655, 0, 
	576, 0, 656, 0, 657, 0, 658, 0, 
	659, 659, 0, 660, 0, 661, 661, 0, 
	662, 0, 663, 0, 664, 0, 665, 0, 
	666, 0, 667, 0, 668, 0, 669, 0, 
	670, 0, 671, 0, 672, 0, 673, 0, 
	674, 675, 676, 677, 0, 678, 0, 679, 
	0, 680, 0, 681, 0, 682, 0, 683, 
	0, 684, 0, 685, 0, 686, 0, 687, 
	0, 688, 0, 689, 690, 691, 692, 0, 
	693, 0, 694, 694, 0, 695, 0, 696, 
	0, 697, 0, 698, 0, 699, 0, 700, 
	0, 701, 0, 702, 0, 703, 0, 704, 
	0, 705, 705, 0, 706, 0, 707, 0, 
	708, 0, 709, 0, 710, 0, 711, 0, 
	712, 0, 713, 0, 714, 0, 715, 0, 
	716, 716, 0, 717, 0, 718, 0, 719, 
	0, 720, 0, 721, 0, 722, 0, 723, 
	0, 724, 724, 0, 725, 0, 726, 0, 
	727, 0, 728, 0, 729, 0, 730, 0, 
	731, 0, 732, 0, 733, 734, 735, 736, 
	737, 0, 738, 0, 739, 0, 740, 0, 
	741, 0, 742, 0, 743, 0, 744, 0, 
	745, 0, 746, 0, 747, 0, 748, 748, 
	0, 749, 0, 750, 0, 751, 0, 752, 
	0, 753, 0, 754, 0, 755, 0, 756, 
	0, 757, 0, 758, 0, 759, 0, 760, 
	0, 761, 0, 762, 0, 763, 0, 764, 
	0, 765, 0, 766, 766, 0, 767, 0, 
	768, 0, 769, 0, 770, 0, 771, 0, 
	772, 0, 773, 0, 774, 0, 775, 0, 
	776, 0, 777, 777, 0, 778, 0, 779, 
	0, 780, 0, 781, 0, 782, 0, 783, 
	0, 784, 0, 785, 0, 786, 0, 787, 
	0, 788, 788, 0, 789, 0, 790, 0, 
	791, 0, 792, 0, 793, 0, 794, 0, 
	795, 0, 796, 796, 0, 797, 0, 798, 
	0, 799, 0, 800, 0, 801, 0, 802, 
	0, 803, 0, 804, 0, 805, 806, 807, 
	808, 809, 810, 811, 0, 812, 0, 813, 
	0, 814, 0, 815, 0, 816, 0, 817, 
	0, 818, 818, 0, 819, 0, 820, 0, 
	821, 0, 822, 0, 823, 0, 824, 0, 
	825, 0, 826, 0, 827, 0, 828, 0, 
	829, 0, 830, 830, 0, 831, 0, 832, 
	0, 833, 0, 834, 0, 835, 0, 836, 
	0, 837, 0, 838, 0, 839, 0, 840, 
	0, 841, 0, 842, 0, 843, 0, 844, 
	0, 845, 0, 846, 0, 847, 0, 848, 
	848, 0, 849, 0, 850, 851, 0, 852, 
	853, 0, 854, 0, 855, 0, 856, 0, 
	857, 0, 858, 0, 859, 0, 860, 0, 
	861, 0, 862, 0, 863, 0, 864, 0, 
	865, 865, 0, 866, 867, 0, 868, 868, 
	0, 869, 869, 0, 870, 0, 871, 0, 
	872, 0, 873, 874, 0, 875, 0, 876, 
	0, 877, 877, 0, 878, 0, 879, 0, 
	880, 0, 881, 0, 882, 0, 883, 0, 
	884, 884, 0, 885, 886, 887, 888, 0, 
	889, 0, 890, 0, 891, 0, 892, 0, 
	893, 0, 894, 0, 895, 0, 896, 0, 
	897, 0, 898, 0, 899, 0, 900, 0, 
	901, 0, 902, 902, 0, 903, 0, 904, 
	0, 905, 905, 0, 906, 0, 907, 0, 
	908, 0, 909, 0, 910, 0, 911, 0, 
	912, 0, 913, 0, 914, 0, 915, 0, 
	916, 0, 917, 0, 918, 0, 919, 0, 
	920, 0, 921, 0, 922, 0, 923, 0, 
	924, 0, 925, 0, 926, 926, 0, 927, 
	0, 928, 0, 929, 0, 930, 0, 931, 
	0, 932, 0, 933, 0, 934, 0, 935, 
	0, 936, 936, 0, 937, 0, 938, 0, 
	939, 0, 940, 0, 941, 0, 942, 0, 
	943, 0, 944, 0, 945, 0, 946, 0, 
	947, 0, 948, 0, 949, 0, 950, 0, 
	951, 0, 952, 0, 953, 0, 954, 0, 
	955, 0, 956, 0, 957, 957, 0, 958, 
	0, 959, 0, 960, 0, 961, 0, 962, 
	0, 963, 0, 964, 0, 965, 965, 0, 
	966, 0, 967, 0, 968, 0, 969, 0, 
	970, 0, 971, 0, 972, 972, 0, 974, 
	974, 973, 975, 975, 976, 977, 978, 979, 
	980, 981, 982, 983, 984, 985, 978, 0, 
	986, 0
};

static const short _atc_andlink_trans_targs[] = {
	0, 2, 49, 3, 24, 4, 14, 5, 
	6, 7, 8, 9, 10, 11, 11, 12, 
	13, 889, 15, 16, 17, 18, 19, 20, 
	21, 21, 22, 23, 889, 25, 26, 27, 
	27, 28, 29, 30, 31, 32, 33, 34, 
	35, 36, 37, 38, 39, 40, 41, 42, 
	43, 44, 45, 46, 47, 889, 48, 50, 
	301, 51, 52, 67, 90, 99, 123, 275, 
	279, 53, 54, 55, 56, 57, 58, 59, 
	60, 60, 61, 62, 63, 64, 65, 66, 
	889, 68, 80, 69, 78, 70, 71, 72, 
	73, 74, 75, 75, 76, 77, 889, 79, 
	81, 82, 83, 84, 85, 86, 87, 87, 
	88, 89, 889, 91, 92, 93, 94, 95, 
	96, 96, 97, 98, 889, 100, 101, 116, 
	102, 103, 103, 104, 105, 106, 107, 108, 
	109, 115, 889, 110, 111, 112, 113, 114, 
	889, 117, 118, 119, 120, 120, 121, 122, 
	889, 124, 162, 125, 136, 143, 126, 127, 
	128, 129, 129, 130, 131, 132, 133, 134, 
	135, 889, 137, 138, 139, 140, 141, 142, 
	889, 142, 144, 154, 145, 146, 147, 148, 
	149, 150, 149, 151, 152, 889, 153, 155, 
	156, 157, 158, 157, 159, 160, 889, 161, 
	163, 164, 165, 166, 167, 167, 168, 184, 
	197, 219, 226, 248, 265, 169, 170, 171, 
	172, 173, 180, 174, 175, 176, 177, 178, 
	179, 889, 181, 182, 183, 185, 186, 187, 
	196, 188, 189, 190, 191, 192, 193, 194, 
	195, 198, 209, 199, 200, 201, 202, 203, 
	204, 205, 206, 207, 208, 210, 211, 212, 
	213, 214, 215, 216, 217, 218, 220, 221, 
	222, 223, 224, 225, 227, 228, 233, 229, 
	230, 231, 232, 234, 235, 236, 237, 238, 
	239, 240, 241, 242, 243, 244, 245, 246, 
	247, 249, 250, 251, 252, 253, 254, 255, 
	256, 257, 258, 259, 260, 261, 262, 263, 
	264, 266, 267, 268, 269, 270, 271, 272, 
	273, 274, 276, 277, 278, 280, 281, 282, 
	283, 284, 284, 285, 286, 287, 288, 289, 
	290, 300, 291, 292, 293, 299, 889, 294, 
	295, 296, 297, 298, 889, 302, 889, 305, 
	306, 307, 308, 335, 309, 310, 311, 312, 
	313, 314, 315, 316, 317, 318, 319, 320, 
	321, 322, 323, 324, 325, 326, 327, 328, 
	329, 889, 330, 331, 332, 333, 334, 889, 
	336, 337, 353, 372, 390, 407, 515, 338, 
	339, 340, 341, 342, 343, 344, 345, 352, 
	346, 347, 889, 348, 349, 350, 351, 889, 
	889, 354, 364, 355, 362, 356, 357, 358, 
	359, 360, 361, 889, 363, 365, 366, 367, 
	368, 369, 370, 371, 889, 373, 374, 375, 
	376, 382, 377, 378, 379, 380, 381, 889, 
	383, 384, 385, 386, 387, 388, 389, 889, 
	391, 392, 400, 393, 394, 395, 396, 399, 
	397, 398, 889, 889, 401, 402, 403, 404, 
	405, 406, 889, 408, 500, 509, 409, 421, 
	453, 479, 410, 411, 412, 413, 420, 414, 
	415, 889, 416, 417, 418, 419, 889, 889, 
	422, 423, 437, 424, 425, 426, 427, 428, 
	429, 430, 431, 432, 433, 434, 889, 435, 
	436, 889, 438, 439, 440, 441, 442, 443, 
	444, 445, 446, 447, 448, 449, 450, 451, 
	452, 889, 454, 455, 456, 457, 458, 459, 
	478, 460, 461, 472, 474, 462, 463, 464, 
	465, 466, 471, 889, 467, 468, 469, 470, 
	889, 473, 475, 476, 477, 889, 480, 491, 
	481, 482, 483, 484, 485, 490, 486, 487, 
	488, 889, 489, 889, 492, 493, 494, 499, 
	495, 496, 497, 889, 498, 889, 501, 502, 
	503, 504, 505, 506, 507, 508, 889, 510, 
	511, 512, 513, 514, 889, 516, 517, 518, 
	520, 521, 522, 523, 524, 525, 526, 527, 
	528, 889, 530, 531, 532, 533, 889, 535, 
	536, 537, 538, 539, 540, 541, 542, 543, 
	563, 544, 545, 546, 547, 548, 549, 550, 
	551, 558, 560, 552, 553, 554, 555, 556, 
	557, 889, 559, 889, 561, 562, 889, 564, 
	565, 566, 567, 568, 587, 569, 570, 576, 
	580, 571, 572, 573, 574, 575, 889, 577, 
	578, 579, 889, 581, 582, 583, 584, 585, 
	586, 889, 588, 589, 889, 591, 592, 593, 
	595, 596, 597, 889, 599, 889, 601, 602, 
	603, 604, 605, 606, 607, 608, 609, 610, 
	611, 612, 613, 657, 725, 881, 614, 615, 
	616, 617, 618, 619, 620, 621, 622, 623, 
	624, 625, 627, 638, 649, 626, 889, 628, 
	629, 630, 631, 632, 633, 634, 635, 636, 
	637, 889, 639, 640, 641, 642, 643, 644, 
	645, 646, 647, 648, 889, 650, 651, 652, 
	653, 654, 655, 656, 889, 658, 659, 660, 
	661, 662, 663, 664, 665, 666, 677, 695, 
	706, 717, 667, 668, 669, 670, 671, 672, 
	673, 674, 675, 676, 889, 678, 679, 680, 
	681, 682, 683, 684, 685, 686, 687, 688, 
	689, 690, 691, 692, 693, 694, 889, 696, 
	697, 698, 699, 700, 701, 702, 703, 704, 
	705, 889, 707, 708, 709, 710, 711, 712, 
	713, 714, 715, 716, 889, 718, 719, 720, 
	721, 722, 723, 724, 889, 726, 727, 728, 
	729, 730, 731, 732, 733, 734, 741, 753, 
	771, 803, 852, 873, 735, 736, 737, 738, 
	739, 740, 889, 742, 743, 744, 745, 746, 
	747, 748, 749, 750, 751, 752, 889, 754, 
	755, 756, 757, 758, 759, 760, 761, 762, 
	763, 764, 765, 766, 767, 768, 769, 770, 
	889, 772, 773, 789, 774, 786, 775, 776, 
	777, 778, 779, 780, 781, 782, 783, 784, 
	785, 889, 787, 788, 889, 889, 790, 791, 
	792, 793, 796, 794, 795, 889, 797, 798, 
	799, 800, 801, 802, 889, 804, 818, 821, 
	842, 805, 806, 807, 808, 809, 810, 811, 
	812, 813, 814, 815, 816, 817, 889, 819, 
	820, 889, 822, 823, 824, 825, 826, 827, 
	828, 829, 830, 831, 832, 833, 834, 835, 
	836, 837, 838, 839, 840, 841, 889, 843, 
	844, 845, 846, 847, 848, 849, 850, 851, 
	889, 853, 854, 855, 856, 857, 858, 859, 
	860, 861, 862, 863, 864, 865, 866, 867, 
	868, 869, 870, 871, 872, 889, 874, 875, 
	876, 877, 878, 879, 880, 889, 882, 883, 
	884, 885, 886, 887, 889, 888, 890, 889, 
	1, 303, 304, 519, 529, 534, 590, 594, 
	598, 600, 0
};

static const short _atc_andlink_trans_actions[] = {
	7, 0, 0, 0, 0, 0, 0, 0, 
	0, 0, 0, 0, 0, 46, 0, 0, 
	0, 94, 0, 0, 0, 0, 0, 0, 
	49, 0, 0, 0, 97, 0, 0, 70, 
	0, 0, 0, 0, 0, 0, 0, 0, 
	0, 0, 0, 0, 0, 0, 0, 0, 
	0, 0, 0, 0, 0, 199, 0, 0, 
	0, 0, 0, 0, 0, 0, 0, 0, 
	0, 0, 0, 0, 0, 0, 0, 0, 
	76, 0, 0, 0, 0, 0, 0, 0, 
	205, 0, 0, 0, 0, 0, 0, 0, 
	0, 0, 58, 0, 0, 0, 319, 0, 
	0, 0, 0, 0, 0, 0, 67, 0, 
	0, 0, 323, 0, 0, 0, 0, 0, 
	85, 0, 0, 0, 220, 0, 0, 0, 
	0, 82, 0, 0, 0, 0, 0, 0, 
	0, 0, 214, 0, 0, 0, 0, 0, 
	217, 0, 0, 0, 61, 0, 0, 0, 
	193, 0, 0, 0, 0, 0, 0, 0, 
	0, 52, 0, 0, 0, 0, 0, 0, 
	0, 187, 0, 0, 0, 0, 0, 3, 
	181, 0, 0, 0, 0, 0, 0, 0, 
	73, 0, 0, 0, 0, 202, 0, 0, 
	0, 55, 0, 0, 0, 0, 190, 0, 
	0, 0, 0, 0, 64, 0, 0, 0, 
	0, 0, 0, 0, 0, 0, 0, 0, 
	0, 0, 0, 0, 0, 0, 0, 0, 
	0, 196, 0, 0, 0, 0, 0, 0, 
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
	0, 79, 0, 0, 0, 0, 0, 0, 
	0, 0, 0, 0, 0, 0, 208, 0, 
	0, 0, 0, 0, 211, 0, 5, 0, 
	0, 0, 0, 0, 0, 35, 3, 0, 
	0, 0, 0, 0, 0, 0, 0, 0, 
	0, 0, 0, 0, 0, 0, 0, 0, 
	0, 157, 0, 0, 0, 0, 0, 160, 
	0, 0, 0, 0, 0, 0, 0, 0, 
	0, 0, 0, 0, 0, 41, 3, 0, 
	0, 0, 175, 0, 0, 0, 0, 178, 
	172, 0, 0, 0, 0, 0, 0, 0, 
	0, 23, 0, 136, 0, 0, 0, 0, 
	0, 0, 33, 0, 154, 0, 0, 0, 
	0, 0, 0, 25, 3, 0, 0, 139, 
	0, 0, 0, 37, 3, 0, 0, 163, 
	0, 0, 0, 0, 0, 27, 3, 0, 
	0, 0, 145, 142, 0, 0, 0, 0, 
	0, 31, 151, 0, 0, 0, 0, 0, 
	0, 0, 0, 0, 13, 3, 0, 0, 
	0, 112, 0, 0, 0, 0, 115, 109, 
	0, 0, 0, 0, 0, 19, 3, 0, 
	0, 0, 0, 0, 0, 0, 127, 0, 
	0, 130, 0, 21, 3, 0, 0, 0, 
	0, 0, 0, 0, 0, 0, 0, 0, 
	0, 133, 0, 0, 0, 0, 11, 3, 
	0, 0, 0, 0, 0, 0, 0, 0, 
	0, 0, 0, 103, 0, 0, 0, 0, 
	106, 0, 0, 0, 0, 100, 0, 0, 
	0, 0, 0, 39, 3, 0, 0, 0, 
	0, 169, 0, 166, 0, 15, 3, 0, 
	0, 0, 0, 121, 0, 118, 0, 0, 
	0, 0, 17, 3, 0, 0, 124, 0, 
	0, 0, 29, 0, 148, 0, 0, 0, 
	0, 0, 0, 0, 0, 0, 0, 0, 
	0, 184, 0, 0, 0, 3, 91, 0, 
	0, 0, 0, 0, 0, 0, 0, 0, 
	0, 0, 0, 0, 0, 0, 0, 0, 
	0, 0, 0, 0, 0, 0, 0, 0, 
	3, 229, 3, 232, 0, 3, 226, 0, 
	0, 0, 0, 0, 0, 0, 0, 0, 
	0, 0, 0, 0, 0, 3, 241, 0, 
	0, 3, 244, 0, 0, 0, 0, 0, 
	3, 238, 0, 3, 235, 0, 0, 0, 
	0, 0, 3, 223, 3, 88, 0, 0, 
	0, 0, 0, 0, 0, 0, 0, 0, 
	0, 0, 0, 0, 0, 0, 0, 0, 
	0, 0, 0, 0, 0, 0, 0, 0, 
	0, 0, 0, 0, 0, 3, 307, 0, 
	0, 0, 0, 0, 0, 0, 0, 0, 
	3, 310, 0, 0, 0, 0, 0, 0, 
	0, 0, 0, 3, 301, 0, 0, 0, 
	0, 0, 0, 3, 304, 0, 0, 0, 
	0, 0, 0, 0, 0, 0, 0, 0, 
	0, 0, 0, 0, 0, 0, 0, 0, 
	0, 0, 0, 3, 313, 0, 0, 0, 
	0, 0, 0, 0, 0, 0, 0, 0, 
	0, 0, 0, 0, 0, 3, 295, 0, 
	0, 0, 0, 0, 0, 0, 0, 0, 
	3, 298, 0, 0, 0, 0, 0, 0, 
	0, 0, 0, 3, 289, 0, 0, 0, 
	0, 0, 0, 3, 292, 0, 0, 0, 
	0, 0, 0, 0, 0, 0, 0, 0, 
	0, 0, 0, 0, 0, 0, 0, 0, 
	0, 3, 259, 0, 0, 0, 0, 0, 
	0, 0, 0, 0, 0, 3, 286, 0, 
	0, 0, 0, 0, 0, 0, 0, 0, 
	0, 0, 0, 0, 0, 0, 0, 3, 
	277, 0, 0, 0, 0, 0, 0, 0, 
	0, 0, 0, 0, 0, 0, 0, 0, 
	3, 283, 3, 3, 262, 265, 0, 0, 
	0, 0, 0, 0, 3, 280, 0, 0, 
	0, 0, 0, 3, 247, 0, 0, 0, 
	0, 0, 0, 0, 0, 0, 0, 0, 
	0, 0, 0, 0, 0, 3, 274, 0, 
	3, 256, 0, 0, 0, 0, 0, 0, 
	0, 0, 0, 0, 0, 0, 0, 0, 
	0, 0, 0, 0, 0, 3, 268, 0, 
	0, 0, 0, 0, 0, 0, 0, 3, 
	250, 0, 0, 0, 0, 0, 0, 0, 
	0, 0, 0, 0, 0, 0, 0, 0, 
	0, 0, 0, 0, 3, 271, 0, 0, 
	0, 0, 0, 0, 3, 253, 0, 0, 
	0, 0, 0, 3, 316, 0, 9, 0, 
	1, 43, 1, 1, 1, 1, 1, 1, 
	1, 1, 0
};

static const short _atc_andlink_eof_actions[] = {
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
	0, 0, 0
};

static const int atc_andlink_start = 889;

static const int atc_andlink_en_skip = 888;
static const int atc_andlink_en_main = 889;



static size_t atc__andlink_exec(atc_parser *par, atc_machine *mc, const char *data, size_t len,
                                    const char **line_from)
{
    const char *p = data, *pe = data + len;
    const char *eof = NULL; /* a line ends at CR or LF, never at the end of a chunk */
    const char *ls = par->len ? data : NULL;
    (void)eof;
    (void)atc_andlink_en_main;
    (void)atc_andlink_en_skip;
    mc->signal = ATC__SIG_NONE;
    
	{
	int _klen;
	unsigned int _trans;
	const char *_acts;
	unsigned int _nacts;
	const char *_keys;

	if ( p == pe )
		goto _test_eof;
	if (  mc->cs == 0 )
		goto _out;
_resume:
	_keys = _atc_andlink_trans_keys + _atc_andlink_key_offsets[ mc->cs];
	_trans = _atc_andlink_index_offsets[ mc->cs];

	_klen = _atc_andlink_single_lengths[ mc->cs];
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

	_klen = _atc_andlink_range_lengths[ mc->cs];
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
	_trans = _atc_andlink_indicies[_trans];
	 mc->cs = _atc_andlink_trans_targs[_trans];

	if ( _atc_andlink_trans_actions[_trans] == 0 )
		goto _again;

	_acts = _atc_andlink_actions + _atc_andlink_trans_actions[_trans];
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
	{ if (!ls) ls = p; mc->bad = 1; p--; { mc->cs = 888;goto _again;} }
	break;
	case 4:
	{ mc->signal = ATC__SIG_LINE;  mc->cs = 889; {p++; goto _out; } }
	break;
	case 5:
	{ if (atc__prompt_expected(par)) { mc->signal = ATC__SIG_PROMPT;  mc->cs = 889; {p++; goto _out; } } }
	break;
	case 6:
	{ mc->hint = 2; }
	break;
	case 7:
	{ mc->hint = 3; }
	break;
	case 8:
	{ mc->hint = 5; }
	break;
	case 9:
	{ mc->hint = 7; }
	break;
	case 10:
	{ mc->hint = 9; }
	break;
	case 11:
	{ mc->hint = 11; }
	break;
	case 12:
	{ mc->hint = 12; }
	break;
	case 13:
	{ mc->hint = 13; }
	break;
	case 14:
	{ mc->hint = 14; }
	break;
	case 15:
	{ mc->hint = 15; }
	break;
	case 16:
	{ mc->hint = 16; }
	break;
	case 17:
	{ mc->hint = 18; }
	break;
	case 18:
	{ mc->hint = 19; }
	break;
	case 19:
	{ mc->hint = 20; }
	break;
	case 20:
	{ mc->hint = 21; }
	break;
	case 21:
	{ mc->hint = 22; }
	break;
	case 22:
	{ mc->hint = 23; }
	break;
	case 23:
	{ mc->hint = 25; }
	break;
	case 24:
	{ mc->hint = 29; }
	break;
	case 25:
	{ mc->hint = 30; }
	break;
	case 26:
	{ mc->hint = 31; }
	break;
	case 27:
	{ mc->hint = 32; }
	break;
	case 28:
	{ mc->hint = 33; }
	break;
	case 29:
	{ mc->hint = 34; }
	break;
	case 30:
	{ mc->hint = 35; }
	break;
	case 31:
	{ mc->hint = 36; }
	break;
	case 32:
	{ mc->hint = 37; }
	break;
	case 33:
	{ mc->hint = 38; }
	break;
	case 34:
	{ mc->hint = 39; }
	break;
	case 35:
	{ mc->hint = 40; }
	break;
	case 36:
	{ atc__machine_match(mc, 0); }
	break;
	case 37:
	{ atc__machine_match(mc, 1); }
	break;
	case 38:
	{ atc__machine_match(mc, 2); }
	break;
	case 39:
	{ atc__machine_match(mc, 3); }
	break;
	case 40:
	{ atc__machine_match(mc, 4); }
	break;
	case 41:
	{ atc__machine_match(mc, 5); }
	break;
	case 42:
	{ atc__machine_match(mc, 6); }
	break;
	case 43:
	{ atc__machine_match(mc, 7); }
	break;
	case 44:
	{ atc__machine_match(mc, 8); }
	break;
	case 45:
	{ atc__machine_match(mc, 9); }
	break;
	case 46:
	{ atc__machine_match(mc, 10); }
	break;
	case 47:
	{ atc__machine_match(mc, 11); }
	break;
	case 48:
	{ atc__machine_match(mc, 12); }
	break;
	case 49:
	{ atc__machine_match(mc, 13); }
	break;
	case 50:
	{ atc__machine_match(mc, 14); }
	break;
	case 51:
	{ atc__machine_match(mc, 15); }
	break;
	case 52:
	{ atc__machine_match(mc, 16); }
	break;
	case 53:
	{ atc__machine_match(mc, 17); }
	break;
	case 54:
	{ atc__machine_match(mc, 18); }
	break;
	case 55:
	{ atc__machine_match(mc, 19); }
	break;
	case 56:
	{ atc__machine_match(mc, 20); }
	break;
	case 57:
	{ atc__machine_match(mc, 21); }
	break;
	case 58:
	{ atc__machine_match(mc, 22); }
	break;
	case 59:
	{ atc__machine_match(mc, 23); }
	break;
	case 60:
	{ atc__machine_match(mc, 24); }
	break;
	case 61:
	{ atc__machine_match(mc, 25); }
	break;
	case 62:
	{ atc__machine_match(mc, 26); }
	break;
	case 63:
	{ atc__machine_match(mc, 27); }
	break;
	case 64:
	{ atc__machine_match(mc, 28); }
	break;
	case 65:
	{ atc__machine_match(mc, 29); }
	break;
	case 66:
	{ atc__machine_match(mc, 30); }
	break;
	case 67:
	{ atc__machine_match(mc, 31); }
	break;
	case 68:
	{ if (atc__answers_pending(par, mc, 28)) atc__machine_match(mc, 32); }
	break;
	case 69:
	{ atc__machine_match(mc, 33); }
	break;
	case 70:
	{ atc__machine_match(mc, 34); }
	break;
	case 71:
	{ atc__machine_match(mc, 35); }
	break;
	case 72:
	{ atc__machine_match(mc, 36); }
	break;
	case 73:
	{ atc__machine_match(mc, 37); }
	break;
	case 74:
	{ atc__machine_match(mc, 38); }
	break;
	case 75:
	{ atc__machine_match(mc, 39); }
	break;
	case 76:
	{ atc__machine_match(mc, 40); }
	break;
	case 77:
	{ atc__machine_match(mc, 41); }
	break;
	case 78:
	{ atc__machine_match(mc, 42); }
	break;
	case 79:
	{ atc__machine_match(mc, 43); }
	break;
	case 80:
	{ atc__machine_match(mc, 44); }
	break;
	case 81:
	{ atc__machine_match(mc, 45); }
	break;
	case 82:
	{ atc__machine_match(mc, 46); }
	break;
	case 83:
	{ atc__machine_match(mc, 47); }
	break;
	case 84:
	{ atc__machine_match(mc, 48); }
	break;
	case 85:
	{ atc__machine_match(mc, 49); }
	break;
	case 86:
	{ atc__machine_match(mc, 50); }
	break;
	case 87:
	{ atc__machine_match(mc, 51); }
	break;
	case 88:
	{ atc__machine_match(mc, 52); }
	break;
	case 89:
	{ atc__machine_match(mc, 53); }
	break;
	case 90:
	{ atc__machine_match(mc, 54); }
	break;
	case 91:
	{ atc__machine_match(mc, 55); }
	break;
	case 92:
	{ atc__machine_match(mc, 56); }
	break;
	case 93:
	{ atc__machine_match(mc, 57); }
	break;
	case 94:
	{ atc__machine_match(mc, 58); }
	break;
	case 95:
	{ atc__machine_match(mc, 59); }
	break;
	case 96:
	{ atc__machine_match(mc, 60); }
	break;
	case 97:
	{ atc__machine_match(mc, 61); }
	break;
	case 98:
	{ atc__machine_match(mc, 62); }
	break;
	case 99:
	{ atc__machine_match(mc, 63); }
	break;
	case 100:
	{ atc__machine_match(mc, 64); }
	break;
	case 101:
	{ atc__machine_match(mc, 65); }
	break;
	case 102:
	{ atc__machine_match(mc, 66); }
	break;
	case 103:
	{ atc__machine_match(mc, 67); }
	break;
	case 104:
	{ atc__machine_match(mc, 68); }
	break;
	case 105:
	{ atc__machine_match(mc, 69); }
	break;
	case 106:
	{ atc__machine_match(mc, 70); }
	break;
	case 107:
	{ atc__machine_match(mc, 71); }
	break;
	case 108:
	{ atc__machine_match(mc, 72); }
	break;
	case 109:
	{ atc__machine_match(mc, 73); }
	break;
	case 110:
	{ atc__machine_match(mc, 74); }
	break;
	case 111:
	{ atc__machine_match(mc, 75); }
	break;
	case 112:
	{ atc__machine_match(mc, 76); }
	break;
	case 113:
	{ atc__machine_match(mc, 77); }
	break;
	case 114:
	{ atc__machine_match(mc, 78); }
	break;
	case 115:
	{ atc__machine_match(mc, 79); }
	break;
	case 116:
	{ atc__machine_match(mc, 80); }
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
	const char *__acts = _atc_andlink_actions + _atc_andlink_eof_actions[ mc->cs];
	unsigned int __nacts = (unsigned int) *__acts++;
	while ( __nacts-- > 0 ) {
		switch ( *__acts++ ) {
	case 3:
	{ if (!ls) ls = p; mc->bad = 1; p--; { mc->cs = 888;	if ( p == pe )
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


const atc_profile atc_andlink_profile = {
    "andlink",
    atc__andlink_msgs, 75,
    atc__andlink_alts, 81,
    atc_andlink_start,
    atc__andlink_exec,
    NULL,
    NULL, 0,
    4
};

#endif /* ATC_ANDLINK_IMPLEMENTED */
#endif /* ATC_IMPLEMENTATION */
