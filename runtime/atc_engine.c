/* SPDX-License-Identifier: MIT */
/* The command engine (see atc_engine.h): one command in flight, a queue, stage timeouts, the
 * prompt flow, and completion as the parser marks it (ev->command, ev->completes). */
#include "atc_engine.h"

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
