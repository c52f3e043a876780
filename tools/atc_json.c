/* SPDX-License-Identifier: MIT */
/* JSON lines for atc events (see atc_json.h). */
#include "atc_json.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* ---- rendering: byte strings as Latin-1, escaped like Python's json.dumps(ensure_ascii) ---- */

void atcj_put_json_str(atcj_buf *b, const char *s, size_t n)
{
    size_t i;
    atcj_buf_put(b, "\"", 1);
    for (i = 0; i < n; i++) {
        unsigned char c = (unsigned char)s[i];
        char tmp[8];
        switch (c) {
        case '"': atcj_buf_put(b, "\\\"", 2); break;
        case '\\': atcj_buf_put(b, "\\\\", 2); break;
        case '\n': atcj_buf_put(b, "\\n", 2); break;
        case '\r': atcj_buf_put(b, "\\r", 2); break;
        case '\t': atcj_buf_put(b, "\\t", 2); break;
        case '\b': atcj_buf_put(b, "\\b", 2); break;
        case '\f': atcj_buf_put(b, "\\f", 2); break;
        default:
            if (c < 0x20 || c > 0x7f) {
                snprintf(tmp, sizeof tmp, "\\u%04x", c);
                atcj_buf_puts(b, tmp);
            } else {
                atcj_buf_put(b, (const char *)&c, 1);
            }
        }
    }
    atcj_buf_put(b, "\"", 1);
}

static void put_key(atcj_buf *b, const char *key)
{
    atcj_buf_puts(b, ",\"");
    atcj_buf_puts(b, key);
    atcj_buf_puts(b, "\":");
}

static const char *const kind_names[] = {"command", "response", "final", "intermediate",
                                         "urc", "data", "unknown", "error"};
static const char *const form_names[] = {"", "test", "read", "set", "exec"};

static void put_int(atcj_buf *b, const atc_field_info *in, const char *at)
{
    char tmp[24];
    if (in->flags & ATC_I_UNSIGNED) {
        uint32_t v;
        memcpy(&v, at, sizeof v);
        snprintf(tmp, sizeof tmp, "%lu", (unsigned long)v);
    } else {
        int32_t v;
        memcpy(&v, at, sizeof v);
        snprintf(tmp, sizeof tmp, "%ld", (long)v);
    }
    atcj_buf_puts(b, tmp);
}

/* The fields every shape of message id has (bit i: field i): a field that may be empty and is
 * in all of them was in the line, empty, when it is absent. */
static uint32_t always_there(const atc_profile *prof, uint16_t id)
{
    const atc_msg_desc *d = &prof->msgs[id];
    uint32_t m = d->nshapes ? 0xFFFFFFFFu : 0;
    uint8_t s;
    for (s = 0; s < d->nshapes; s++)
        m &= prof->shapes[d->shapes + s].mask;
    return m;
}

static void put_fields(atcj_buf *b, const atc_profile *prof, uint16_t id, const void *msg)
{
    const atc_msg_desc *d = &prof->msgs[id];
    const atc_field_desc *fs = atc_msg_fields(prof, id);
    uint32_t there = always_there(prof, id);
    uint8_t i;
    int first = 1;
    for (i = 0; i < d->nfields; i++) {
        const atc_field_desc *f = &fs[i];
        const atc_field_info *in = atc_field_info_of(prof, f);
        const char *at = (const char *)msg + f->offset;
        atc_type ft = ATC_TYPE_OF(f);
        if (ft != ATC_T_LITERAL && (f->type & ATC_F_EMPTY) && i < 32 && ((there >> i) & 1u) &&
            !atc_field_present(f, msg) && d->tag_first < 0) {
            /* empty between two commas: "" (",,1" and ",,,1" are other messages, USR's +OK= of
             * a subscribe topic with an empty and with a comma separator) */
            atcj_buf_puts(b, first ? "{\"" : ",\"");
            first = 0;
            atcj_buf_puts(b, atc_field_name(prof, id, i));
            atcj_buf_puts(b, "\":\"\"");
            continue;
        }
        if (ft == ATC_T_LITERAL || !atc_field_present(f, msg))
            continue;
        if (ft != ATC_T_INT && ft != ATC_T_HEX && !(f->type & ATC_F_LIST)) {
            atc_str sv;
            memcpy(&sv, at, sizeof sv);
            if (!sv.ptr)
                continue; /* not in the line: a test-form answer's missing field (ATC_ERR_MISSING) */
        }
        atcj_buf_puts(b, first ? "{\"" : ",\"");
        first = 0;
        atcj_buf_puts(b, atc_field_name(prof, id, i));
        atcj_buf_puts(b, "\":");
        if (f->type & ATC_F_LIST) {
            uint8_t n = (uint8_t)((const char *)msg)[f->has], k;
            size_t elem = (ft == ATC_T_INT || ft == ATC_T_HEX) ? sizeof(int32_t) : sizeof(atc_str);
            atcj_buf_puts(b, "[");
            for (k = 0; k < n; k++) {
                if (k)
                    atcj_buf_puts(b, ",");
                if (elem == sizeof(int32_t)) {
                    put_int(b, in, at + k * elem);
                } else {
                    atc_str sv;
                    memcpy(&sv, at + k * elem, sizeof sv);
                    atcj_put_json_str(b, sv.ptr, sv.len);
                }
            }
            atcj_buf_puts(b, "]");
            continue;
        }
        if (ft == ATC_T_INT || ft == ATC_T_HEX) {
            put_int(b, in, at);
            if (in->flags & ATC_I_VERBOSE) {
                atc_str t;
                memcpy(&t, (const char *)msg + f->has, sizeof t);
                if (t.len) {
                    atcj_buf_puts(b, ",\"");
                    atcj_buf_puts(b, atc_field_name(prof, id, i));
                    atcj_buf_puts(b, "_text\":");
                    atcj_put_json_str(b, t.ptr, t.len);
                }
            }
        } else {
            atc_str s;
            atc_type t = atc_field_type(prof, id, i, msg);
            memcpy(&s, at, sizeof s);
            if (t == ATC_T_FLOAT) {
                atcj_buf_put(b, s.ptr, s.len); /* the decimal text is a JSON number */
            } else if (t == ATC_T_INT) {
                /* a number typed by another field is kept as its text: its digits, as a JSON
                 * number (without leading zeros), however wide */
                size_t k = 0;
                if (k < s.len && s.ptr[k] == '-')
                    atcj_buf_put(b, s.ptr + k++, 1);
                while (k + 1 < s.len && s.ptr[k] == '0')
                    k++;
                atcj_buf_put(b, s.ptr + k, s.len - k);
            } else if (t == ATC_T_HEX) {
                char tmp[24];
                char *text = (char *)malloc((size_t)s.len + 1);
                memcpy(text, s.ptr, s.len);
                text[s.len] = '\0';
                snprintf(tmp, sizeof tmp, "%llu", strtoull(text, NULL, 16));
                free(text);
                atcj_buf_puts(b, tmp);
            } else {
                atcj_put_json_str(b, s.ptr, s.len);
            }
        }
    }
    if (!first) {
        atcj_buf_puts(b, "}");
    }
}

static int has_fields(const atc_profile *prof, uint16_t id, const void *msg)
{
    const atc_msg_desc *d = &prof->msgs[id];
    const atc_field_desc *fs = atc_msg_fields(prof, id);
    uint8_t i;
    for (i = 0; i < d->nfields; i++)
        if (ATC_TYPE_OF(&fs[i]) != ATC_T_LITERAL && atc_field_present(&fs[i], msg))
            return 1;
    return 0;
}

static void put_name(atcj_buf *b, const char *key, const char *value)
{
    put_key(b, key);
    atcj_put_json_str(b, value, strlen(value));
}

static void render_event(atcj_buf *b, const atc_event *ev)
{
    const char *variant;
    atcj_buf_puts(b, ev->dir == ATC_DIR_TX ? "{\"dir\":\"tx\"" : "{\"dir\":\"rx\"");
    put_name(b, "kind", kind_names[ev->kind]);
    if (ev->desc)
        put_name(b, "name", atc_msg_name(ev->profile, ev->id));
    if (ev->kind == ATC_KIND_UNKNOWN || ev->kind == ATC_KIND_ERROR) {
        if (ev->kind == ATC_KIND_ERROR) {
            put_name(b, "error", atc_err_name(ev->error));
            put_name(b, "reason", atc_err_reason(ev->error));
            if (ev->desc && ev->field != ATC_NO_FIELD && atc_field_name(ev->profile, ev->id, ev->field)[0])
                put_name(b, "field", atc_field_name(ev->profile, ev->id, ev->field));
        }
        put_key(b, "raw");
        atcj_put_json_str(b, ev->raw.ptr, ev->raw.len);
        return;
    }
    if (ev->desc->kind == ATC_KIND_COMMAND)
        put_name(b, "form", form_names[ev->desc->form]);
    variant = atc_msg_variant(ev->profile, ev->id);
    if (variant)
        put_name(b, "variant", variant);
    if (has_fields(ev->profile, ev->id, ev->msg)) {
        put_key(b, "fields");
        put_fields(b, ev->profile, ev->id, ev->msg);
    }
    /* the line that completes a command: its final result, or the URC its completion rule awaits */
    if (ev->completes && ev->command_profile)
        put_name(b, "completes", atc_msg_name(ev->command_profile, ev->command));
}

/* A decoded message's warning, with the raw line (extra fields stay reachable there). */
static void render_warning(atcj_buf *b, const atc_event *ev)
{
    if (ev->warning == ATC_OK)
        return;
    put_name(b, "warning", atc_err_name(ev->warning));
    if (ev->field != ATC_NO_FIELD && atc_field_name(ev->profile, ev->id, ev->field)[0])
        put_name(b, "field", atc_field_name(ev->profile, ev->id, ev->field));
    put_key(b, "raw");
    atcj_put_json_str(b, ev->raw.ptr, ev->raw.len);
}

/* ---- decoder ---- */

static void flush_pending(atcj_decoder *d)
{
    if (!d->has_pending)
        return;
    atcj_buf_put(&d->out, d->pending.ptr, d->pending.len);
    atcj_buf_put(&d->out, d->tail.ptr ? d->tail.ptr : "", d->tail.len);
    atcj_buf_put(&d->out, d->pending_ts.ptr ? d->pending_ts.ptr : "", d->pending_ts.len);
    d->tail.len = 0;
    d->pending_ts.len = 0;
    atcj_buf_puts(&d->out, "}\n");
    d->pending.len = 0;
    d->has_pending = 0;
    d->pending_after_ok = 0;
}

static int32_t announced(const atc_event *ev)
{
    int32_t n = 0;
    const atc_field_desc *f = &atc_msg_fields(ev->profile, ev->id)[ev->profile->payloads[ev->desc->extra].field];
    if (atc_field_present(f, ev->msg))
        memcpy(&n, (const char *)ev->msg + f->offset, sizeof n);
    return n;
}

static void set_buf(atcj_buf *to, const atcj_buf *from)
{
    to->len = 0;
    atcj_buf_put(to, from->ptr ? from->ptr : "", from->len);
}

static void on_event(atc_parser *p, const atc_event *ev)
{
    atcj_decoder *d = (atcj_decoder *)p->user;
    atc_event marked;
    flush_pending(d);
    d->data_open = 0;
    if (d->dir >= 0 && ev->dir != d->dir) {
        /* the log line's direction mark says who sent it */
        marked = *ev;
        marked.dir = (uint8_t)d->dir;
        ev = &marked;
    }
    render_event(&d->pending, ev);
    if (ev->kind != ATC_KIND_ERROR && ev->kind != ATC_KIND_UNKNOWN)
        render_warning(&d->tail, ev);
    set_buf(&d->pending_ts, &d->ts);
    d->has_pending = 1;
    d->data.len = 0;
    if (ev->desc && (ev->desc->flags & ATC_M_PAYLOAD) && ev->kind != ATC_KIND_ERROR) {
        /* the header stays open until on_data_end adds its "data" (or it is clear that none
         * follows: the module kept it); an empty payload is "" */
        if (announced(ev) > 0) {
            d->pending_after_ok = (ev->desc->flags & ATC_M_PAYLOAD_AFTER_OK) != 0;
            return;
        }
        atcj_buf_puts(&d->pending, ",\"data\":\"\"");
    }
    flush_pending(d);
}

/* Payload bytes of the pending header, or a data item of their own: typed after a prompt, passed
 * through in transparent mode (or a handshake). A header whose payload did not follow (the
 * module kept it) is finished before such data begins. */
static void on_data(atc_parser *p, atc_dir dir, const char *bytes, size_t len)
{
    atcj_decoder *d = (atcj_decoder *)p->user;
    (void)dir;
    if (!d->data_open) {
        d->data_open = 1;
        d->data_alone = p->mode != ATC_MODE_PAYLOAD && p->mode != ATC_MODE_LINES;
        if (d->data_alone)
            flush_pending(d);
        set_buf(&d->data_ts, &d->ts);
        d->data_dir = d->dir;
    }
    atcj_buf_put(&d->data, bytes, len);
}

static const char *const end_names[] = {NULL, "ctrl_z", "esc", "escape", "carrier", "truncated", "unterminated"};

static void on_data_end(atc_parser *p, atc_dir dir, atc_data_end how)
{
    atcj_decoder *d = (atcj_decoder *)p->user;
    atcj_buf *b = &d->pending;
    if (!d->data_open) {
        /* no bytes: only a header's payload ends complete or cut short */
        d->data_alone = how != ATC_DATA_COMPLETE && how != ATC_DATA_TRUNCATED;
        set_buf(&d->data_ts, &d->ts);
        d->data_dir = d->dir;
    }
    if (d->data_alone)
        flush_pending(d);
    if (!d->has_pending) {
        /* standalone data: typed after a prompt, or passed through in transparent mode */
        if (d->data_dir >= 0)
            dir = (atc_dir)d->data_dir;
        atcj_buf_puts(b, dir == ATC_DIR_TX ? "{\"dir\":\"tx\"" : "{\"dir\":\"rx\"");
        atcj_buf_puts(b, ",\"kind\":\"data\"");
        set_buf(&d->pending_ts, &d->data_ts);
        d->has_pending = 1;
    }
    put_key(b, "data");
    atcj_put_json_str(b, d->data.ptr ? d->data.ptr : "", d->data.len);
    if (end_names[how]) {
        /* a terminator other than Ctrl+Z is named by its own text ("+++") */
        const char *name = end_names[how];
        if (how == ATC_DATA_SUBMIT && p->prompt_rule != 0xFFFF) {
            const atc_profile *prof = p->profiles[p->pending_profile];
            const char *term = prof->text + prof->prompts[p->prompt_rule].terminator;
            if (strcmp(term, "\x1a") != 0)
                name = term;
        }
        put_key(b, "end");
        atcj_put_json_str(b, name, strlen(name));
    }
    d->data.len = 0;
    d->data_open = 0;
    flush_pending(d);
}

static const atc_callbacks json_callbacks = {on_event, on_data, on_data_end};

void atcj_decoder_init(atcj_decoder *d, const atc_profile *profile)
{
    memset(d, 0, sizeof *d);
    d->dir = d->data_dir = -1;
    atc_init(&d->parser, profile, &json_callbacks, d);
}

int atcj_decoder_init_multi(atcj_decoder *d, const atc_profile *const *profiles, int n)
{
    memset(d, 0, sizeof *d);
    d->dir = d->data_dir = -1;
    return atc_init_multi(&d->parser, profiles, (uint8_t)n, &json_callbacks, d);
}

void atcj_decoder_line(atcj_decoder *d, const char *ts, size_t tslen, int dir)
{
    d->ts.len = 0;
    if (ts) {
        atcj_buf_puts(&d->ts, ",\"ts\":");
        atcj_put_json_str(&d->ts, ts, tslen);
    }
    d->dir = dir;
}

void atcj_decoder_feed(atcj_decoder *d, const char *bytes, size_t len)
{
    atc_feed(&d->parser, bytes, len);
    /* a header whose payload can no longer follow is finished now, not at the next event */
    if (d->has_pending && d->parser.mode != ATC_MODE_PAYLOAD &&
        !(d->pending_after_ok && d->parser.await_ok_payload))
        flush_pending(d);
}

void atcj_decoder_finish(atcj_decoder *d)
{
    atc_finish(&d->parser);
    flush_pending(d);
}

void atcj_decoder_free(atcj_decoder *d)
{
    atcj_buf_free(&d->tail);
    atcj_buf_free(&d->out);
    atcj_buf_free(&d->pending);
    atcj_buf_free(&d->data);
    atcj_buf_free(&d->ts);
    atcj_buf_free(&d->pending_ts);
    atcj_buf_free(&d->data_ts);
}

/* ---- a small JSON reader for encode: one flat object, with a nested "fields" object ---- */

typedef atcj_value jval; /* (atc_json.h) */

typedef struct jreader {
    const char *s, *e;
    char *err;
    size_t errlen;
} jreader;

static void skip_ws(jreader *r)
{
    while (r->s < r->e && (*r->s == ' ' || *r->s == '\t' || *r->s == '\r' || *r->s == '\n'))
        r->s++;
}

static int fail(jreader *r, const char *msg)
{
    snprintf(r->err, r->errlen, "%s", msg);
    return -1;
}

static int read_str(jreader *r, atcj_buf *out)
{
    skip_ws(r);
    if (r->s >= r->e || *r->s != '"')
        return fail(r, "expected a string");
    r->s++;
    while (r->s < r->e && *r->s != '"') {
        char c = *r->s++;
        if (c == '\\') {
            char esc;
            if (r->s >= r->e)
                return fail(r, "bad escape");
            esc = *r->s++;
            switch (esc) {
            case 'n': c = '\n'; break;
            case 'r': c = '\r'; break;
            case 't': c = '\t'; break;
            case 'b': c = '\b'; break;
            case 'f': c = '\f'; break;
            case '/': c = '/'; break;
            case '"': c = '"'; break;
            case '\\': c = '\\'; break;
            case 'u': {
                unsigned v = 0;
                int k;
                if (r->e - r->s < 4)
                    return fail(r, "bad \\u escape");
                for (k = 0; k < 4; k++) {
                    char h = *r->s++;
                    v = v * 16 + (unsigned)(h >= '0' && h <= '9' ? h - '0' : (h | 32) - 'a' + 10);
                }
                if (v > 0xff)
                    return fail(r, "only Latin-1 code points map to bytes");
                c = (char)v;
                break;
            }
            default:
                return fail(r, "bad escape");
            }
        }
        atcj_buf_put(out, &c, 1);
    }
    if (r->s >= r->e)
        return fail(r, "unterminated string");
    r->s++;
    if (!out->ptr)
        atcj_buf_put(out, "", 0);
    return 0;
}

/* A number: keep its text (floats are copied as written) and its integer value. */
static int read_number(jreader *r, jval *v)
{
    const char *t = r->s;
    if (t < r->e && *t == '-')
        t++;
    while (t < r->e && ((*t >= '0' && *t <= '9') || *t == '.' || *t == 'e' || *t == 'E' || *t == '+' ||
                        *t == '-'))
        t++;
    if (t == r->s)
        return fail(r, "expected a value");
    atcj_buf_put(&v->str, r->s, (size_t)(t - r->s));
    v->num = strtol(v->str.ptr, NULL, 10);
    r->s = t;
    return 0;
}

/* Reads {"k": v, ...}; values are strings, numbers, lists or (one level) objects. */
static int read_object(jreader *r, jval *vals, int max, int *n, int depth)
{
    skip_ws(r);
    if (r->s >= r->e || *r->s != '{')
        return fail(r, depth ? "expected an object"
                             : "not a JSON object: atc encode reads the JSON lines that atc decode prints");
    r->s++;
    skip_ws(r);
    if (r->s < r->e && *r->s == '}') {
        r->s++;
        return 0;
    }
    for (;;) {
        atcj_buf key = {0, 0, 0};
        jval *v;
        if (*n >= max)
            return fail(r, "too many keys");
        v = &vals[(*n)++];
        memset(v, 0, sizeof *v);
        if (read_str(r, &key) < 0)
            return -1;
        snprintf(v->key, sizeof v->key, "%s%s", depth ? "." : "", key.ptr);
        atcj_buf_free(&key);
        skip_ws(r);
        if (r->s >= r->e || *r->s != ':')
            return fail(r, "expected ':'");
        r->s++;
        skip_ws(r);
        if (r->s < r->e && *r->s == '"') {
            v->is_str = 1;
            if (read_str(r, &v->str) < 0)
                return -1;
        } else if (r->s < r->e && *r->s == '[' && depth == 1) {
            /* a list: one jval per element, all with this key */
            char key[64];
            memcpy(key, v->key, sizeof key);
            (*n)--;
            r->s++;
            skip_ws(r);
            while (r->s < r->e && *r->s != ']') {
                if (*n >= max)
                    return fail(r, "too many values");
                v = &vals[(*n)++];
                memset(v, 0, sizeof *v);
                memcpy(v->key, key, sizeof key);
                v->list = 1;
                if (*r->s == '"') {
                    v->is_str = 1;
                    if (read_str(r, &v->str) < 0)
                        return -1;
                } else if (read_number(r, v) < 0) {
                    return -1;
                }
                skip_ws(r);
                if (r->s < r->e && *r->s == ',') {
                    r->s++;
                    skip_ws(r);
                }
            }
            if (r->s >= r->e)
                return fail(r, "unterminated list");
            r->s++;
        } else if (r->s < r->e && *r->s == '{' && depth == 0) {
            v->is_str = 2;
            if (read_object(r, vals, max, n, 1) < 0)
                return -1;
        } else if (read_number(r, v) < 0) {
            return -1;
        }
        skip_ws(r);
        if (r->s < r->e && *r->s == ',') {
            r->s++;
            continue;
        }
        if (r->s < r->e && *r->s == '}') {
            r->s++;
            return 0;
        }
        return fail(r, "expected ',' or '}'");
    }
}

int atcj_read_object(const char *json, size_t len, atcj_value *vals, int max, int *n, char *err,
                     size_t errlen)
{
    jreader r;
    r.s = json;
    r.e = json + len;
    r.err = err;
    r.errlen = errlen;
    *n = 0;
    if (read_object(&r, vals, max, n, 0) < 0)
        return -1;
    skip_ws(&r);
    if (r.s != r.e)
        return fail(&r, "more after the object");
    return 0;
}

void atcj_values_free(atcj_value *vals, int n)
{
    int i;
    for (i = 0; i < n; i++)
        atcj_buf_free(&vals[i].str);
}

static jval *find(jval *vals, int n, const char *key)
{
    int i;
    for (i = 0; i < n; i++)
        if (strcmp(vals[i].key, key) == 0)
            return &vals[i];
    return NULL;
}

static const char *str_of(jval *vals, int n, const char *key)
{
    jval *v = find(vals, n, key);
    return v && v->is_str == 1 ? v->str.ptr : NULL;
}

/* Fill a message struct from the "fields" object; 0 if every key fits this message, else -1 with
 * the key that does not in *bad. *missing: the first mandatory field that has no key, or -1. */
static int fill_struct(const atc_profile *prof, uint16_t id, jval *vals, int n, void *msg, const char **bad,
                       int *missing)
{
    const atc_msg_desc *d = &prof->msgs[id];
    const atc_field_desc *fs = atc_msg_fields(prof, id);
    int i, used = 0, total = 0;
    uint8_t k;
    memset(msg, 0, d->size);
    *missing = -1;
    *bad = NULL;
    for (i = 0; i < n; i++)
        if (vals[i].key[0] == '.')
            total++;
    for (k = 0; k < d->nfields; k++) {
        const atc_field_desc *f = &fs[k];
        const atc_field_info *in = atc_field_info_of(prof, f);
        atc_type ft = ATC_TYPE_OF(f);
        char key[72];
        jval *v;
        if (ft == ATC_T_LITERAL)
            continue;
        if (in->flags & ATC_I_VERBOSE) {
            snprintf(key, sizeof key, ".%s_text", atc_field_name(prof, id, k));
            v = find(vals, n, key);
            if (v) {
                atc_str s;
                if (v->is_str != 1) {
                    *bad = v->key + 1;
                    return -1;
                }
                s.ptr = v->str.ptr;
                s.len = (uint16_t)v->str.len;
                memcpy((char *)msg + f->has, &s, sizeof s);
                used++;
            }
        }
        snprintf(key, sizeof key, ".%s", atc_field_name(prof, id, k));
        v = find(vals, n, key);
        if (!v) {
            if (*missing < 0 && !(f->type & (ATC_F_OPTIONAL | ATC_F_LIST)))
                *missing = k;
            continue;
        }
        if ((f->type & ATC_F_EMPTY) && v->is_str == 1 && v->str.len == 0) {
            used++; /* empty between two commas: absent */
            continue;
        }
        if (f->type & ATC_F_LIST) {
            int j;
            uint8_t count = 0;
            size_t elem = (ft == ATC_T_INT || ft == ATC_T_HEX) ? sizeof(int32_t) : sizeof(atc_str);
            for (j = 0; j < n; j++) {
                if (strcmp(vals[j].key, key) != 0)
                    continue;
                used++;
                if (count >= in->max_count) {
                    *bad = v->key + 1;
                    return -1;
                }
                if (elem == sizeof(int32_t)) {
                    int32_t x = (int32_t)vals[j].num;
                    if (vals[j].is_str != 0) {
                        *bad = v->key + 1;
                        return -1;
                    }
                    memcpy((char *)msg + f->offset + count * elem, &x, sizeof x);
                } else {
                    atc_str sv;
                    sv.ptr = vals[j].str.ptr;
                    sv.len = (uint16_t)vals[j].str.len;
                    memcpy((char *)msg + f->offset + count * elem, &sv, sizeof sv);
                }
                count++;
            }
            ((char *)msg)[f->has] = (char)count;
            continue;
        }
        used++;
        if (ft == ATC_T_INT || ft == ATC_T_HEX) {
            uint32_t x;
            if (v->is_str != 0 || strspn(v->str.ptr + (v->str.ptr[0] == '-'), "0123456789") !=
                                      v->str.len - (v->str.ptr[0] == '-')) {
                *bad = v->key + 1;
                return -1;
            }
            x = (in->flags & ATC_I_UNSIGNED) ? (uint32_t)strtoul(v->str.ptr, NULL, 10) : (uint32_t)(int32_t)v->num;
            memcpy((char *)msg + f->offset, &x, sizeof x);
        } else {
            atc_str s;
            /* floats and dynamic values may come as JSON numbers: their text is the value */
            if (v->is_str == 2 || (v->is_str == 0 && ft != ATC_T_FLOAT && ft != ATC_T_DYNAMIC) ||
                (v->is_str == 1 && ft == ATC_T_FLOAT)) {
                *bad = v->key + 1;
                return -1;
            }
            s.ptr = v->str.ptr;
            s.len = (uint16_t)v->str.len;
            memcpy((char *)msg + f->offset, &s, sizeof s);
        }
        if (f->type & ATC_F_OPTIONAL) {
            bool yes = true;
            memcpy((char *)msg + f->has, &yes, sizeof yes);
        }
    }
    if (used == total)
        return 0;
    for (i = 0; i < n && !*bad; i++) /* a key this message does not have */
        if (vals[i].key[0] == '.') {
            for (k = 0; k < d->nfields; k++) {
                const char *fname = atc_field_name(prof, id, k);
                size_t fl = strlen(fname);
                if (ATC_TYPE_OF(&fs[k]) != ATC_T_LITERAL &&
                    (strcmp(vals[i].key + 1, fname) == 0 ||
                     ((atc_field_info_of(prof, &fs[k])->flags & ATC_I_VERBOSE) && strncmp(vals[i].key + 1, fname, fl) == 0 &&
                      strcmp(vals[i].key + 1 + fl, "_text") == 0)))
                    break;
            }
            if (k == d->nfields)
                *bad = vals[i].key + 1;
        }
    if (!*bad)
        *bad = "?";
    return -1;
}

/* The first absent field before a present one (optional fields come in order), or -1. */
static int optional_gap(const atc_profile *prof, uint16_t id, const void *msg)
{
    const atc_msg_desc *d = &prof->msgs[id];
    const atc_field_desc *fs = atc_msg_fields(prof, id);
    int k, last = -1, nplain = d->tag_first >= 0 ? d->tag_first : d->nfields;
    for (k = 0; k < nplain; k++)
        if (ATC_TYPE_OF(&fs[k]) != ATC_T_LITERAL && atc_field_present(&fs[k], msg))
            last = k;
    for (k = 0; k < last; k++)
        if (ATC_TYPE_OF(&fs[k]) != ATC_T_LITERAL && !(fs[k].type & ATC_F_EMPTY) && !atc_field_present(&fs[k], msg))
            return k;
    return -1;
}

static atc_kind kind_of(const char *s)
{
    int i;
    for (i = 0; i < 8; i++)
        if (strcmp(kind_names[i], s) == 0)
            return (atc_kind)i;
    return (atc_kind)-1;
}

static atc_form form_of(const char *s)
{
    int i;
    for (i = 1; i < 5; i++)
        if (s && strcmp(form_names[i], s) == 0)
            return (atc_form)i;
    return ATC_FORM_NONE;
}

/* 0, -1 with a message in err, or -2: the profile has no message of that kind and name. */
static int encode_line(const atc_profile *profile, const char *json, size_t len, int transcript, atcj_buf *out,
                       char *err, size_t errlen)
{
    jval vals[48];
    int n = 0, rc = -1, i;
    jreader r;
    const char *kind_s, *name, *data, *end;
    atc_kind kind;
    r.s = json;
    r.e = json + len;
    r.err = err;
    r.errlen = errlen;
    if (read_object(&r, vals, 48, &n, 0) < 0)
        goto done;
    kind_s = str_of(vals, n, "kind");
    name = str_of(vals, n, "name");
    data = str_of(vals, n, "data");
    end = str_of(vals, n, "end");
    if (!kind_s || (int)(kind = kind_of(kind_s)) < 0) {
        fail(&r, "missing or unknown \"kind\"");
        goto done;
    }
    if (kind == ATC_KIND_UNKNOWN || kind == ATC_KIND_ERROR) {
        jval *raw = find(vals, n, "raw");
        if (!raw || raw->is_str != 1) {
            fail(&r, "unknown/error items need \"raw\"");
            goto done;
        }
        atcj_buf_put(out, raw->str.ptr, raw->str.len);
        atcj_buf_puts(out, transcript ? "\n" : "\r\n");
        rc = 0;
        goto done;
    }
    if (kind != ATC_KIND_DATA) {
        uint16_t id = ATC_NO_MSG;
        union {
            char bytes[4096];
            void *align_p;
            double align_d;
        } mbuf;
        char *msg = mbuf.bytes;
        size_t need = 0;
        atc_err e = ATC_ERR_UNKNOWN_MESSAGE;
        int found = 0;
        char why[512] = "";
        if (!name) {
            fail(&r, "missing \"name\"");
            goto done;
        }
        /* the first message of that kind, name, variant and form whose fields fit; when none
         * does, what was wrong with the first whose keys all fit (else with the first) */
        while ((id = atc_find_msg(profile, kind, name, str_of(vals, n, "variant"),
                                  form_of(str_of(vals, n, "form")), id)) != ATC_NO_MSG) {
            const atc_msg_desc *d = &profile->msgs[id];
            const char *bad;
            int missing;
            if (fill_struct(profile, id, vals, n, msg, &bad, &missing) != 0) {
                if (!found)
                    snprintf(why, sizeof why, "field \"%s\" does not fit %s %s: %s", bad, kind_s, name,
                             atc_msg_syntax(profile, id));
                found = found ? found : 1;
                continue;
            }
            if (missing >= 0) {
                if (found < 2)
                    snprintf(why, sizeof why, "mandatory field missing: %s (%s)", atc_field_name(profile, id, (uint8_t)missing),
                             atc_msg_syntax(profile, id));
                found = 2;
                continue;
            }
            e = atc_encode(profile, id, msg, transcript ? ATC_FRAME_NONE : ATC_FRAME_WIRE, NULL, 0, &need);
            if (e == ATC_OK) {
                char *tmp = (char *)malloc(need + 1);
                atc_encode(profile, id, msg, transcript ? ATC_FRAME_NONE : ATC_FRAME_WIRE, tmp, need + 1, &need);
                atcj_buf_put(out, tmp, need);
                free(tmp);
                if (transcript && !(d->flags & ATC_M_PROMPT))
                    atcj_buf_puts(out, "\n");
                break;
            }
            if (found < 2) {
                int gap = e == ATC_ERR_MISSING ? optional_gap(profile, id, msg) : -1;
                if (gap >= 0)
                    snprintf(why, sizeof why, "field missing: %s (an optional field needs the ones before it: %s)",
                             atc_field_name(profile, id, (uint8_t)gap), atc_msg_syntax(profile, id));
                else if (e == ATC_ERR_MISSING)
                    snprintf(why, sizeof why, "fields missing: the fields given fit no form of %s",
                             atc_msg_syntax(profile, id));
                else
                    snprintf(why, sizeof why, "no %s %s in profile %s takes these fields (%s)", kind_s, name,
                             profile->name, atc_err_reason(e));
            }
            found = 2;
        }
        if (id == ATC_NO_MSG) {
            if (why[0])
                snprintf(err, errlen, "%s", why);
            else
                snprintf(err, errlen, "no %s named %s%s%s in profile %s (see atc list --profile %s)", kind_s, name,
                         str_of(vals, n, "variant") ? " with that variant" : "",
                         str_of(vals, n, "form") ? " in that form" : "", profile->name, profile->name);
            rc = -2;
            goto done;
        }
    }
    if (data && (kind == ATC_KIND_DATA || find(vals, n, "data")->str.len > 0 || end)) {
        jval *dv = find(vals, n, "data");
        atcj_buf_put(out, dv->str.ptr, dv->str.len);
        if (end && strcmp(end, "ctrl_z") == 0)
            atcj_buf_puts(out, "\x1a");
        else if (end && strcmp(end, "esc") == 0)
            atcj_buf_puts(out, "\x1b");
        else if (end && strcmp(end, "escape") == 0) {
            if (profile->escape_cmd == ATC_NO_MSG) /* (passthrough: +++ is a command event of its own) */
                atcj_buf_puts(out, profile->text + profile->escape);
        }
        else if (end && strcmp(end, "carrier") != 0 && strcmp(end, "truncated") != 0)
            atcj_buf_puts(out, end); /* a terminator named by its text */
        if (transcript && !(end && strcmp(end, "carrier") == 0) &&
            !(end && strcmp(end, "truncated") == 0) &&
            !(end && strcmp(end, "escape") == 0 && profile->escape_cmd != ATC_NO_MSG))
            atcj_buf_puts(out, "\n");
    }
    rc = 0;
done:
    for (i = 0; i < n; i++)
        atcj_buf_free(&vals[i].str);
    return rc;
}

int atcj_encode_line(const atc_profile *profile, const char *json, size_t len, int transcript,
                     atcj_buf *out, char *err, size_t errlen)
{
    return encode_line(profile, json, len, transcript, out, err, errlen) == 0 ? 0 : -1;
}

int atcj_encode_line_multi(const atc_profile *const *profiles, int n, const char *json, size_t len,
                           int transcript, atcj_buf *out, char *err, size_t errlen)
{
    int i, have = 0;
    char mine[600];
    /* the error of the first profile that has the message, if any has it */
    for (i = 0; i < n; i++) {
        int rc = encode_line(profiles[i], json, len, transcript, out, mine, sizeof mine);
        if (rc == 0)
            return 0;
        if (!have || (rc == -1 && have == -2)) {
            snprintf(err, errlen, "%s", mine);
            have = rc;
        }
    }
    return -1;
}

/* ---- test-vector notation ---- */

void atcj_unnotate(const char *text, size_t len, atcj_buf *out)
{
    static const struct {
        const char *name;
        char byte;
    } names[] = {{"<ctrl+Z>", '\x1a'}, {"<ctrl+z>", '\x1a'}, {"<esc>", '\x1b'}, {"<ESC>", '\x1b'},
                 {"<CR>", '\r'}, {"<LF>", '\n'}, {"<NUL>", '\0'}};
    size_t i = 0, k;
    while (i < len) {
        int done = 0;
        if (text[i] == '<') {
            for (k = 0; k < sizeof names / sizeof names[0]; k++) {
                size_t nl = strlen(names[k].name);
                if (len - i >= nl && memcmp(text + i, names[k].name, nl) == 0) {
                    atcj_buf_put(out, &names[k].byte, 1);
                    i += nl;
                    done = 1;
                    break;
                }
            }
            if (!done && len - i >= 6 && text[i + 1] == '0' && text[i + 2] == 'x' && text[i + 5] == '>') {
                char hex[3] = {text[i + 3], text[i + 4], 0};
                char b = (char)strtol(hex, NULL, 16);
                atcj_buf_put(out, &b, 1);
                i += 6;
                done = 1;
            }
        }
        if (!done)
            atcj_buf_put(out, text + i++, 1);
    }
    if (!out->ptr)
        atcj_buf_put(out, "", 0);
}
