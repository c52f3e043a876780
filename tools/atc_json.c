/* JSON lines for atc events (see atc_json.h). */
#include "atc_json.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* ---- rendering: byte strings as Latin-1, escaped like Python's json.dumps(ensure_ascii) ---- */

static void put_json_str(atcj_buf *b, const char *s, size_t n)
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

static void put_fields(atcj_buf *b, const atc_msg_desc *d, const void *msg)
{
    uint8_t i;
    int first = 1;
    for (i = 0; i < d->nfields; i++) {
        const atc_field_desc *f = &d->fields[i];
        const char *at = (const char *)msg + f->offset;
        if (f->type == ATC_T_LITERAL)
            continue;
        if (f->flags & ATC_F_OPTIONAL) {
            bool has;
            memcpy(&has, (const char *)msg + f->has_offset, sizeof has);
            if (!has)
                continue;
        }
        atcj_buf_puts(b, first ? "{\"" : ",\"");
        first = 0;
        atcj_buf_puts(b, f->name);
        atcj_buf_puts(b, "\":");
        if (f->flags & ATC_F_LIST) {
            uint8_t n = (uint8_t)((const char *)msg)[f->count_offset], k;
            size_t elem = (f->type == ATC_T_INT || f->type == ATC_T_HEX) ? sizeof(int32_t) : sizeof(atc_str);
            atcj_buf_puts(b, "[");
            for (k = 0; k < n; k++) {
                if (k)
                    atcj_buf_puts(b, ",");
                if (elem == sizeof(int32_t) && f->type != ATC_T_STRING) {
                    int32_t v;
                    char tmp[16];
                    memcpy(&v, at + k * elem, sizeof v);
                    snprintf(tmp, sizeof tmp, "%ld", (long)v);
                    atcj_buf_puts(b, tmp);
                } else {
                    atc_str sv;
                    memcpy(&sv, at + k * elem, sizeof sv);
                    put_json_str(b, sv.ptr, sv.len);
                }
            }
            atcj_buf_puts(b, "]");
            continue;
        }
        if (f->type == ATC_T_INT || f->type == ATC_T_HEX) {
            int32_t v;
            char tmp[16];
            memcpy(&v, at, sizeof v);
            snprintf(tmp, sizeof tmp, "%ld", (long)v);
            atcj_buf_puts(b, tmp);
        } else {
            atc_str s;
            atc_type t = atc_field_type(d->fields, i, msg);
            memcpy(&s, at, sizeof s);
            if (t == ATC_T_FLOAT) {
                atcj_buf_put(b, s.ptr, s.len); /* the decimal text is a JSON number */
            } else if (t == ATC_T_INT || t == ATC_T_HEX) {
                char tmp[24];
                char *text = (char *)malloc((size_t)s.len + 1);
                memcpy(text, s.ptr, s.len);
                text[s.len] = '\0';
                snprintf(tmp, sizeof tmp, "%ld", strtol(text, NULL, t == ATC_T_HEX ? 16 : 10));
                free(text);
                atcj_buf_puts(b, tmp);
            } else {
                put_json_str(b, s.ptr, s.len);
            }
        }
    }
    if (!first) {
        atcj_buf_puts(b, "}");
    }
}

static int has_fields(const atc_msg_desc *d, const void *msg)
{
    uint8_t i;
    for (i = 0; i < d->nfields; i++) {
        const atc_field_desc *f = &d->fields[i];
        bool has = true;
        if (f->type == ATC_T_LITERAL)
            continue;
        if (f->flags & ATC_F_OPTIONAL)
            memcpy(&has, (const char *)msg + f->has_offset, sizeof has);
        if (has)
            return 1;
    }
    return 0;
}

static void render_event(atcj_buf *b, const atc_event *ev)
{
    atcj_buf_puts(b, ev->dir == ATC_DIR_TX ? "{\"dir\":\"tx\"" : "{\"dir\":\"rx\"");
    put_key(b, "kind");
    put_json_str(b, kind_names[ev->kind], strlen(kind_names[ev->kind]));
    if (ev->desc) {
        put_key(b, "name");
        put_json_str(b, ev->desc->name, strlen(ev->desc->name));
    }
    if (ev->kind == ATC_KIND_UNKNOWN || ev->kind == ATC_KIND_ERROR) {
        if (ev->kind == ATC_KIND_ERROR) {
            put_key(b, "error");
            put_json_str(b, atc_err_name(ev->error), strlen(atc_err_name(ev->error)));
            put_key(b, "reason");
            put_json_str(b, atc_err_reason(ev->error), strlen(atc_err_reason(ev->error)));
        }
        put_key(b, "raw");
        put_json_str(b, ev->raw.ptr, ev->raw.len);
        return;
    }
    if (ev->desc->kind == ATC_KIND_COMMAND) {
        put_key(b, "form");
        put_json_str(b, form_names[ev->desc->form], strlen(form_names[ev->desc->form]));
    }
    if (ev->desc->variant) {
        put_key(b, "variant");
        put_json_str(b, ev->desc->variant, strlen(ev->desc->variant));
    }
    if (has_fields(ev->desc, ev->msg)) {
        put_key(b, "fields");
        put_fields(b, ev->desc, ev->msg);
    }
}

/* ---- decoder ---- */

static void flush_pending(atcj_decoder *d)
{
    if (!d->has_pending)
        return;
    atcj_buf_put(&d->out, d->pending.ptr, d->pending.len);
    atcj_buf_puts(&d->out, "}\n");
    d->pending.len = 0;
    d->has_pending = 0;
}

static int32_t announced(const atc_event *ev)
{
    int32_t n = 0;
    const atc_field_desc *f = &ev->desc->fields[ev->desc->payload_field];
    bool has = true;
    if (f->flags & ATC_F_OPTIONAL)
        memcpy(&has, (const char *)ev->msg + f->has_offset, sizeof has);
    if (has)
        memcpy(&n, (const char *)ev->msg + f->offset, sizeof n);
    return n;
}

static void on_event(atc_parser *p, const atc_event *ev)
{
    atcj_decoder *d = (atcj_decoder *)p->user;
    flush_pending(d);
    render_event(&d->pending, ev);
    d->has_pending = 1;
    d->data.len = 0;
    if (ev->desc && ev->desc->payload_field >= 0 && ev->kind != ATC_KIND_ERROR) {
        /* the header stays open until on_data_end adds its "data"; an empty payload is "" */
        if (announced(ev) > 0)
            return;
        atcj_buf_puts(&d->pending, ",\"data\":\"\"");
    }
    flush_pending(d);
}

static void on_data(atc_parser *p, atc_dir dir, const char *bytes, size_t len)
{
    atcj_decoder *d = (atcj_decoder *)p->user;
    (void)dir;
    atcj_buf_put(&d->data, bytes, len);
}

static const char *const end_names[] = {NULL, "ctrl_z", "esc", "escape", "carrier", "truncated"};

static void on_data_end(atc_parser *p, atc_dir dir, atc_data_end how)
{
    atcj_decoder *d = (atcj_decoder *)p->user;
    atcj_buf *b = &d->pending;
    if (!d->has_pending) {
        /* standalone data: typed after a prompt, or passed through in transparent mode */
        atcj_buf_puts(b, dir == ATC_DIR_TX ? "{\"dir\":\"tx\"" : "{\"dir\":\"rx\"");
        atcj_buf_puts(b, ",\"kind\":\"data\"");
        d->has_pending = 1;
    }
    put_key(b, "data");
    put_json_str(b, d->data.ptr ? d->data.ptr : "", d->data.len);
    if (end_names[how]) {
        /* a terminator other than Ctrl+Z is named by its own text ("+++") */
        const char *name = end_names[how];
        if (how == ATC_DATA_SUBMIT && p->prompt_term && strcmp(p->prompt_term, "\x1a") != 0)
            name = p->prompt_term;
        put_key(b, "end");
        put_json_str(b, name, strlen(name));
    }
    d->data.len = 0;
    flush_pending(d);
}

static const atc_callbacks json_callbacks = {on_event, on_data, on_data_end};

void atcj_decoder_init(atcj_decoder *d, const atc_profile *profile)
{
    memset(d, 0, sizeof *d);
    atc_init(&d->parser, profile, &json_callbacks, d);
}

int atcj_decoder_init_multi(atcj_decoder *d, const atc_profile *const *profiles, int n)
{
    memset(d, 0, sizeof *d);
    return atc_init_multi(&d->parser, profiles, (uint8_t)n, &json_callbacks, d);
}

void atcj_decoder_feed(atcj_decoder *d, const char *bytes, size_t len)
{
    atc_feed(&d->parser, bytes, len);
}

void atcj_decoder_finish(atcj_decoder *d)
{
    atc_finish(&d->parser);
    flush_pending(d);
}

void atcj_decoder_free(atcj_decoder *d)
{
    atcj_buf_free(&d->out);
    atcj_buf_free(&d->pending);
    atcj_buf_free(&d->data);
}

/* ---- a small JSON reader for encode: one flat object, with a nested "fields" object ---- */

typedef struct jval {
    char key[64];
    int is_str;       /* 1 string, 0 number, 2 object (fields) */
    atcj_buf str;     /* decoded string (Latin-1 bytes) */
    long num;
} jval;

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
        return fail(r, "expected an object");
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

/* Fill a message struct from the "fields" object; 0 if every key fits this message. */
static int fill_struct(const atc_msg_desc *d, jval *vals, int n, void *msg)
{
    int i, used = 0, total = 0;
    uint8_t k;
    memset(msg, 0, d->size);
    for (i = 0; i < n; i++)
        if (vals[i].key[0] == '.')
            total++;
    for (k = 0; k < d->nfields; k++) {
        const atc_field_desc *f = &d->fields[k];
        char key[72];
        jval *v;
        if (f->type == ATC_T_LITERAL)
            continue;
        snprintf(key, sizeof key, ".%s", f->name);
        v = find(vals, n, key);
        if (!v)
            continue;
        if (f->flags & ATC_F_LIST) {
            int j;
            uint8_t count = 0;
            size_t elem = (f->type == ATC_T_INT || f->type == ATC_T_HEX) ? sizeof(int32_t) : sizeof(atc_str);
            for (j = 0; j < n; j++) {
                if (strcmp(vals[j].key, key) != 0)
                    continue;
                used++;
                if (count >= f->max_count)
                    return -1;
                if (elem == sizeof(int32_t)) {
                    int32_t x = (int32_t)vals[j].num;
                    if (vals[j].is_str != 0)
                        return -1;
                    memcpy((char *)msg + f->offset + count * elem, &x, sizeof x);
                } else {
                    atc_str sv;
                    sv.ptr = vals[j].str.ptr;
                    sv.len = (uint16_t)vals[j].str.len;
                    memcpy((char *)msg + f->offset + count * elem, &sv, sizeof sv);
                }
                count++;
            }
            ((char *)msg)[f->count_offset] = (char)count;
            continue;
        }
        used++;
        if (f->type == ATC_T_INT || f->type == ATC_T_HEX) {
            int32_t x;
            if (v->is_str != 0 || strspn(v->str.ptr + (v->str.ptr[0] == '-'), "0123456789") !=
                                      v->str.len - (v->str.ptr[0] == '-'))
                return -1;
            x = (int32_t)v->num;
            memcpy((char *)msg + f->offset, &x, sizeof x);
        } else {
            atc_str s;
            /* floats and dynamic values may come as JSON numbers: their text is the value */
            if (v->is_str == 2 || (v->is_str == 0 && f->type != ATC_T_FLOAT && f->type != ATC_T_DYNAMIC) ||
                (v->is_str == 1 && f->type == ATC_T_FLOAT))
                return -1;
            s.ptr = v->str.ptr;
            s.len = (uint16_t)v->str.len;
            memcpy((char *)msg + f->offset, &s, sizeof s);
        }
        if (f->flags & ATC_F_OPTIONAL) {
            bool yes = true;
            memcpy((char *)msg + f->has_offset, &yes, sizeof yes);
        }
    }
    return used == total ? 0 : -1;
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

int atcj_encode_line(const atc_profile *profile, const char *json, size_t len, int transcript,
                     atcj_buf *out, char *err, size_t errlen)
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
        char msg[ATC_MSG_BUF + 8];
        size_t need = 0;
        atc_err e = ATC_ERR_UNKNOWN_MESSAGE;
        if (!name) {
            fail(&r, "missing \"name\"");
            goto done;
        }
        /* the first message of that kind, name, variant and form whose fields fit */
        while ((id = atc_find_msg(profile, kind, name, str_of(vals, n, "variant"),
                                  form_of(str_of(vals, n, "form")), id)) != ATC_NO_MSG) {
            const atc_msg_desc *d = &profile->msgs[id];
            if (fill_struct(d, vals, n, msg) != 0)
                continue;
            e = atc_encode(d, msg, transcript ? ATC_FRAME_NONE : ATC_FRAME_WIRE, NULL, 0, &need);
            if (e == ATC_OK) {
                char *tmp = (char *)malloc(need + 1);
                atc_encode(d, msg, transcript ? ATC_FRAME_NONE : ATC_FRAME_WIRE, tmp, need + 1, &need);
                atcj_buf_put(out, tmp, need);
                free(tmp);
                if (transcript && !(d->flags & ATC_M_PROMPT))
                    atcj_buf_puts(out, "\n");
                break;
            }
        }
        if (id == ATC_NO_MSG) {
            snprintf(err, errlen, "no %s %s in profile %s takes these fields (%s)", kind_s, name,
                     profile->name, atc_err_reason(e));
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
        else if (end && strcmp(end, "escape") == 0)
            atcj_buf_puts(out, profile->escape ? profile->escape : "");
        else if (end && strcmp(end, "carrier") != 0 && strcmp(end, "truncated") != 0)
            atcj_buf_puts(out, end); /* a terminator named by its text */
        if (transcript && !(end && strcmp(end, "carrier") == 0) &&
            !(end && strcmp(end, "truncated") == 0))
            atcj_buf_puts(out, "\n");
    }
    rc = 0;
done:
    for (i = 0; i < n; i++)
        atcj_buf_free(&vals[i].str);
    return rc;
}

int atcj_encode_line_multi(const atc_profile *const *profiles, int n, const char *json, size_t len,
                           int transcript, atcj_buf *out, char *err, size_t errlen)
{
    int i;
    for (i = 0; i < n; i++)
        if (atcj_encode_line(profiles[i], json, len, transcript, out, err, errlen) == 0)
            return 0;
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
