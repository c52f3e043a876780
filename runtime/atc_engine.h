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

#include "atc.h"

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
