/* SPDX-License-Identifier: MIT */
/* Framing: the parser's life cycle, the data phases between lines (announced payloads, data
 * after a '>' prompt, transparent mode), the pending command and the session state. */
#include "atc.h"

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
