/* atc runtime: line framing around the profile's Ragel machine, pending-command context,
 * payload hand-off, field conversion and the generic encoder. No malloc, no stdio. */
#include "atc.h"

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
