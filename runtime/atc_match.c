/* SPDX-License-Identifier: MIT */
/* Matching: which message a scanned line is.
 *
 * The line's first field, when it ends at ':', '=' or '?' or is the whole line, is looked up in
 * the profile's head table (a hash of case-folded texts, built by the generator). A head that
 * keyword variants follow ("+QIURC:" then "recv") narrows its candidates by the next field.
 * The candidates are then tried in this order, each by its shapes (atc_convert.c):
 *   0. responses that answer the pending command form (a response never matches otherwise);
 *   1. URCs and result codes;
 *   2. answers without a head that the pending command expects (bare text lines);
 *   3. command echoes.
 * Within a rank the spec's order decides, a candidate that takes its values without warnings
 * before one that warns. Only when no candidate fits does a second pass read extra trailing
 * fields (and a test-form answer's missing ones), preferring the candidate that reads the most.
 * A line that no candidate takes is an error naming the message that came closest, or unknown
 * when no profile knows its head. See docs/design.md. */
#include "atc.h"

#include <string.h>

#define ATC__NO_HEAD 0xFFFFu

static const atc_head *atc__find(const atc_profile *prof, const char *s, unsigned n, unsigned term,
                                 unsigned parent)
{
    uint32_t h;
    uint16_t i;
    if (n == 0 || n > 255)
        return NULL;
    h = atc__hash(s, n, term + (parent != ATC__NO_HEAD ? (parent + 1u) << 4 : 0u));
    for (i = prof->slots[h >> (32 - prof->slot_bits)]; i != ATC__NO_HEAD; i = prof->heads[i].next) {
        const atc_head *e = &prof->heads[i];
        if (e->len == n && e->term == term && e->parent == parent && atc__ieq(s, prof->keys + e->text, n))
            return e;
    }
    return NULL;
}

/* Would a line [s, s+n) read as a URC, a result or an answer with a head of the profile (tried
 * before answers without a head)? The encoder refuses to write such a bare-text answer: USR's
 * help line "A" is the CONFIRM result "a". */
ATC_API int atc__reads_as_report(const atc_profile *prof, const char *s, unsigned n)
{
    unsigned hn = 0, term = ATC_TERM_EOL;
    const atc_head *h;
    while (hn < n && s[hn] != ':' && s[hn] != '=' && s[hn] != '?' && s[hn] != ',')
        hn++;
    if (hn < n)
        term = s[hn] == ':' ? ATC_TERM_COLON : s[hn] == '=' ? ATC_TERM_EQUAL : s[hn] == '?' ? ATC_TERM_QUERY
                                                                                   : ATC_TERM_COMMA;
    while (hn && s[hn - 1] == ' ')
        hn--;
    while (hn && s[0] == ' ') {
        s++;
        hn--;
    }
    h = atc__find(prof, s, hn, term, ATC__NO_HEAD);
    return h && (h->nrest > 0 || h->nresp > 0);
}

/* The head of a line in a profile: its text [s, s+n), or with indexes or a code glued to it
 * (AT+SOCKA1=, AT+UART1=, +ERR3): the text without its trailing digits, then without one more
 * letter. *glued says where the glued part begins. */
static const atc_head *atc__head(const atc_profile *prof, const char *s, unsigned n, unsigned term,
                                 unsigned *glued)
{
    const atc_head *e = atc__find(prof, s, n, term, ATC__NO_HEAD);
    unsigned m = n;
    *glued = n;
    if (e || !(prof->flags & ATC_P_GLUED))
        return e;
    while (m && s[m - 1] >= '0' && s[m - 1] <= '9')
        m--;
    if (m < n) {
        e = atc__find(prof, s, m, term, ATC__NO_HEAD);
        if (e && (e->flags & (ATC_H_GLUED | ATC_H_GLUED_VALUE))) {
            *glued = m;
            return e;
        }
    }
    if (m && ((s[m - 1] | 0x20) >= 'a' && (s[m - 1] | 0x20) <= 'z')) {
        e = atc__find(prof, s, m - 1, term, ATC__NO_HEAD);
        if (e && (e->flags & ATC_H_GLUED)) {
            *glued = m - 1;
            return e;
        }
    }
    return NULL;
}

/* Are the commands of a line joined by ';' in force (until the last one's final result)? */
static int atc__joined_on(const atc_parser *p)
{
    return p->pending != ATC_NO_MSG && p->joined_for == p->pending &&
           (p->joined[0] != ATC_NO_MSG || p->joined[1] != ATC_NO_MSG);
}

/* Does response d of profile k answer the pending command form (or a command joined to it)? */
static int atc__answers(const atc_parser *p, uint8_t k, const atc_msg_desc *d)
{
    const uint16_t *ids;
    uint8_t i;
    int joined = atc__joined_on(p);
    if (p->pending == ATC_NO_MSG || (p->pending_profile != k && !joined))
        return 0;
    ids = p->profiles[k]->ids + d->answers;
    for (i = 0; i < d->nanswers; i++)
        if ((ids[i] == p->pending && p->pending_profile == k) ||
            (joined && (ATC__JOINED(ids[i], k) == p->joined[0] || ATC__JOINED(ids[i], k) == p->joined[1])))
            return 1;
    return 0;
}

/* Is a command of profile k pending (itself, or joined to the pending one)? */
static int atc__pending_in(const atc_parser *p, uint8_t k)
{
    return p->pending != ATC_NO_MSG &&
           (p->pending_profile == k ||
            (atc__joined_on(p) && ((p->joined[0] >> 13) == k || (p->joined[1] >> 13) == k)));
}

/* Does response d of profile prof answer command form cmd? */
static int atc__answers_cmd(const atc_profile *prof, const atc_msg_desc *d, uint16_t cmd)
{
    uint8_t i;
    for (i = 0; i < d->nanswers; i++)
        if (prof->ids[d->answers + i] == cmd)
            return 1;
    return 0;
}

/* Lines without a head after commands joined by ';' are answered in order: the first of the
 * joined commands (then the pending one) whose answers profile k's head h has (ATC__JOINED),
 * or ATC_NO_MSG when no command is joined or none of them has. */
static uint16_t atc__headless_turn(const atc_parser *p, uint8_t k, const atc_head *h)
{
    const atc_profile *prof = p->profiles[k];
    uint16_t order[3];
    unsigned j, i;
    if (!atc__joined_on(p))
        return ATC_NO_MSG;
    order[0] = p->joined[0];
    order[1] = p->joined[1];
    order[2] = ATC__JOINED(p->pending, p->pending_profile);
    for (j = 0; j < 3; j++)
        for (i = 0; order[j] != ATC_NO_MSG && (order[j] >> 13) == k && i < h->ncands; i++)
            if (atc__answers_cmd(prof, &prof->msgs[prof->ids[h->cands + i]], (uint16_t)(order[j] & 0x1FFFu)))
                return order[j];
    return ATC_NO_MSG;
}

/* A head with more answers than this finds the pending command's through atc_profile.replies
 * (gen/tables.py REPLIES_FROM) instead of trying every one. */
#define ATC__REPLIES_FROM 64u

static const uint16_t atc__no_replies[1] = {0};

/* The answers of the pending command ([count, ids...]) to try for head h of profile k, or NULL to
 * try all of the head's answers with atc__answers. */
static const uint16_t *atc__replies(const atc_parser *p, uint8_t k, const atc_head *h)
{
    const atc_profile *prof = p->profiles[k];
    if (h->nresp <= ATC__REPLIES_FROM || !prof->replies || p->joined_for == p->pending)
        return NULL;
    if (p->pending == ATC_NO_MSG || p->pending_profile != k || prof->replies[p->pending] == 0xFFFF)
        return atc__no_replies;
    return prof->ids + prof->replies[p->pending];
}

/* Is id one of head h's answers? (They are sorted by id: gen/tables.py.) */
static int atc__is_answer_of(const atc_profile *prof, const atc_head *h, uint16_t id)
{
    const uint16_t *c = prof->ids + h->cands;
    unsigned lo = 0, hi = h->nresp;
    while (lo < hi) {
        unsigned mid = (lo + hi) / 2u;
        if (c[mid] < id)
            lo = mid + 1u;
        else
            hi = mid;
    }
    return lo < h->nresp && c[lo] == id;
}

/* One line's matching: the line, where its struct goes, the best match and the best failure. */
typedef struct atc__match {
    atc_parser *p;
    atc__line ln;
    char *msg;
    size_t room;                 /* bytes the struct may take */
    uint16_t id;                 /* the best match, ATC_NO_MSG: none yet */
    uint8_t k, first, tolerant;
    atc__result r;
    uint16_t fail_id;            /* the candidate that came closest */
    uint8_t fail_k;
    atc__result fail;
    uint16_t last;               /* the message whose struct msg holds now */
    uint8_t last_k;
} atc__match;

/* The candidates of one profile for the line. */
typedef struct atc__cands {
    const atc_head *head;        /* NULL: the profile does not know the head */
    const atc_head *list;        /* the head, or its keyword variant */
    unsigned glued;              /* where indexes or a code glued to the head begin */
    int value;                   /* the glued part is the first field (+ERR3) */
} atc__cands;

/* Try candidate id; returns 1 for a clean match, which ends the search. A failure is kept for
 * the error event when `record` is set. */
static int atc__try(atc__match *mt, uint8_t k, uint16_t id, int record, int mode)
{
    atc__result r;
    const atc_msg_desc *d = &mt->p->profiles[k]->msgs[id];
    unsigned nvals = mt->ln.ntok > mt->ln.first ? (unsigned)(mt->ln.ntok - mt->ln.first) : 0u;
    if (!mode && d->max_count != 255 && nvals > d->max_count && record && mt->fail_id != ATC_NO_MSG)
        return 0; /* more values than any shape reads: only the tolerant pass could take it */
    r.err = ATC_OK;
    r.warn = ATC_OK;
    r.field = ATC_NO_FIELD;
    r.reached = 0;
    r.count = 0;
    if (d->size > mt->room) {
        r.err = ATC_ERR_LINE_TOO_LONG; /* the message struct does not fit beside the line */
    } else {
        atc__convert(mt->p->profiles[k], id, &mt->ln, mt->msg, mode, &r);
        mt->last = id;
        mt->last_k = k;
    }
    if (r.err == ATC_OK) {
        if (mode) {
            /* extra fields: the candidate that reads the most of them */
            if (mt->id == ATC_NO_MSG || r.count > mt->r.count) {
                mt->id = id;
                mt->k = k;
                mt->first = (uint8_t)mt->ln.first;
                mt->r = r;
                mt->tolerant = 1;
            }
            return 0;
        }
        /* values do not drop a message: the first candidate the syntax fits wins, unless it
         * needed a tolerant spelling or gave a warning and a later one of the same rank (or of
         * another profile) reads the line as written and without one */
        if (mt->id == ATC_NO_MSG || (mt->r.loose && !r.loose) ||
            (mt->r.warn != ATC_OK && r.warn == ATC_OK && (!r.loose || mt->r.loose))) {
            mt->id = id;
            mt->k = k;
            mt->first = (uint8_t)mt->ln.first;
            mt->r = r;
            mt->tolerant = 0;
        }
        return !r.loose && r.warn == ATC_OK;
    }
    if ((!record && r.err != ATC_ERR_LINE_TOO_LONG) || (mode && mt->fail_id != ATC_NO_MSG))
        return 0; /* (a line whose struct would not fit is that error, of any candidate) */
    /* the failure to report: a candidate the syntax fitted but a value could not (an announced
     * length), then the one that read the most fields, then one whose command is not pending */
    if (mt->fail_id == ATC_NO_MSG || (mt->fail.err == ATC_ERR_CONTEXT && r.err != ATC_ERR_CONTEXT) ||
        (r.err == ATC_ERR_LENGTH && mt->fail.err != ATC_ERR_LENGTH) ||
        (r.err != ATC_ERR_CONTEXT && mt->fail.err != ATC_ERR_LENGTH && r.reached > mt->fail.reached)) {
        mt->fail_id = id;
        mt->fail_k = k;
        mt->fail = r;
    }
    return 0;
}

static void atc__note_context(atc__match *mt, uint8_t k, uint16_t id)
{
    if (mt->fail_id == ATC_NO_MSG) {
        mt->fail_id = id;
        mt->fail_k = k;
        mt->fail.err = ATC_ERR_CONTEXT;
        mt->fail.warn = ATC_OK;
        mt->fail.field = ATC_NO_FIELD;
        mt->fail.reached = 0;
        mt->fail.count = 0;
    }
}

/* the line field holding a keyword after the head: its text, without quotes */
static unsigned atc__keyword(const atc__line *ln, const char **s)
{
    const atc__tok *t = ln->tok - ln->first;
    unsigned n = t->len_cls & ATC__TOK_MAX_LEN, cls = (unsigned)t->len_cls >> 12;
    *s = ln->base + t->at;
    while (n && (*s)[n - 1] == ' ')
        n--;
    if (cls == ATC__C_STR && n >= 2) {
        (*s)++;
        n -= 2;
    } else if (cls != ATC__C_BARE && cls != ATC__C_NUM) {
        return 0;
    }
    return n;
}

/* The whole line is an error (binary, too long): name the message its head names, if any. */
static void atc__line_error(atc_parser *p, const atc__cands *cands, const char *base, uint16_t len, atc_err e)
{
    uint8_t k;
    if (e == ATC_ERR_LINE_TOO_LONG && len > ATC__CUT)
        len = (uint16_t)ATC__CUT; /* as much as a line that came in pieces keeps */
    for (k = 0; k < p->nprofiles; k++)
        if (cands[k].head) {
            if (cands[k].list == cands[k].head && (cands[k].head->flags & ATC_H_KEYWORDS))
                break; /* the keyword that names the message is not known */
            atc__emit(p, ATC_KIND_ERROR, k, p->profiles[k]->ids[cands[k].list->cands], NULL, base, len, e,
                      ATC_OK, ATC_NO_FIELD);
            return;
        }
    atc__emit(p, ATC_KIND_ERROR, 0, ATC_NO_MSG, NULL, base, len, e, ATC_OK, ATC_NO_FIELD);
}

/* The common case, decided without the general machinery: one profile, a known head, no
 * escapes to undo, and a candidate that takes the line cleanly in rank order before any command
 * or bare-text answer would be due. Returns 0 to leave the line to the general path. */
ATC__NOINLINE static int atc__line_fast(atc_parser *p, const char *base, uint16_t len, const char *head, unsigned head_len,
                          unsigned term)
{
    const atc_profile *prof = p->profiles[0];
    const atc__tok *toks = ATC__TOKS(p);
    const uint16_t *rp;
    unsigned ntok = p->ntok, glued, i, j, nrest;
    const atc_head *h = atc__head(prof, head, head_len, term, &glued), *list;
    atc__line ln;
    char *msg;
    size_t used;
    if (!h || (h->flags & ATC_H_GLUED_VALUE))
        return 0;
    used = ((len + 7u) & ~7u) + ntok * sizeof(atc__tok);
    if (used > ATC__TOP)
        return 0;
    ln.base = base;
    ln.len = len;
    ln.tok = toks - 1;
    ln.ntok = (uint16_t)ntok;
    ln.nstored = (uint16_t)ntok;
    ln.first = (uint16_t)(term == ATC_TERM_TEST ? 2 : 1);
    ln.head = head;
    ln.head_len = (uint16_t)head_len;
    ln.glued = (uint16_t)glued;
    list = h;
    if ((h->flags & ATC_H_KEYWORDS) && ntok > ln.first) {
        const char *kw;
        unsigned kn = atc__keyword(&ln, &kw);
        const atc_head *v = kn ? atc__find(prof, kw, kn, ATC_TERM_KEYWORD, (unsigned)(h - prof->heads)) : NULL;
        if (v)
            list = v;
    }
    msg = p->line.bytes + ((len + 7u) & ~7u);
    nrest = (unsigned)list->nresp + list->nrest;
    rp = atc__replies(p, 0, list);
    for (i = rp ? list->nresp : 0, j = 0;;) {
        uint16_t id;
        const atc_msg_desc *d;
        unsigned nvals = ntok - ln.first, at;
        atc__result r;
        if (rp && j < rp[0]) { /* the pending command's answers that this head has */
            id = rp[1 + j++];
            if (!atc__is_answer_of(prof, list, id))
                continue;
            at = 0;
        } else if (i < list->ncands) {
            at = i++;
            id = prof->ids[list->cands + at];
        } else {
            break;
        }
        d = &prof->msgs[id];
        if (at >= nrest && prof->headless != ATC__NO_HEAD && p->pending != ATC_NO_MSG)
            return 0; /* a bare-text answer is due before the commands */
        if (!rp && at < list->nresp && !atc__answers(p, 0, d))
            continue;
        if (nvals > d->max_count || d->size > ATC__TOP - used)
            continue;
        r.err = ATC_OK;
        r.warn = ATC_OK;
        r.field = ATC_NO_FIELD;
        r.reached = 0;
        r.count = 0;
        atc__convert(prof, id, &ln, msg, 0, &r);
        if (r.err != ATC_OK)
            continue;
        if (r.loose || r.warn != ATC_OK)
            return 0; /* a tolerant spelling or a warning: a later candidate might read it cleanly */
        {
            uint16_t data_at = 0xFFFF;
            if ((d->flags & ATC_M_PAYLOAD) && prof->payloads[d->extra].inline_when != 0xFFFF &&
                atc__conds(p, 0, prof->payloads[d->extra].inline_when, msg, id)) {
                unsigned t = (unsigned)ln.first + r.count;
                data_at = t < ln.nstored ? (ln.tok - t)->at : len;
            }
            atc__emit(p, (atc_kind)d->kind, 0, id, msg, base, len, ATC_OK, r.warn, r.field);
            atc__after(p, 0, id, msg, base, len, data_at);
        }
        return 1;
    }
    return 0;
}

ATC__NOINLINE static void atc__line_slow(atc_parser *p, const char *base, uint16_t len, const char *head, unsigned head_len,
                           unsigned term, unsigned headful);

/* The end of the command at or after `at` in a line joined by ';': the next ";+" outside quotes
 * (an extended command follows; the encoder writes no bare value holding one). */
static unsigned atc__joined_end(const char *b, unsigned at, unsigned len)
{
    int quoted = 0;
    for (; at < len; at++) {
        if (b[at] == '"')
            quoted = !quoted;
        else if (b[at] == '\\' && quoted && at + 1 < len)
            at++;
        else if (b[at] == ';' && !quoted && at + 1 < len && b[at + 1] == '+')
            return at;
    }
    return len;
}

/* AT+QLASREGIND=0;+QLAREGSWT=1 (V.250 5.2.1): commands joined by ';' are the commands they are.
 * The line is moved up the line buffer, between the struct each command's decoding builds at the
 * bottom and the field records at the top, and atc__replay scans it again one command at a time
 * ("AT" + its text) once the scanner has returned (no recursion: the stack stays as deep as for
 * one line). Returns 0 when there is not room for that (the line is then read whole). */
ATC_API int atc__line_joined(atc_parser *p, const char *base, uint16_t len)
{
    unsigned k, i, largest = 0, at;
    unsigned records = (p->ntok + 2u) * (unsigned)sizeof(atc__tok); /* a command's fields at most */
    for (k = 0; k < p->nprofiles; k++)
        for (i = 0; i < p->profiles[k]->nmsgs; i++)
            if (p->profiles[k]->msgs[i].size > largest)
                largest = p->profiles[k]->msgs[i].size;
    if (((len + 7u) & ~7u) + largest + len + 1u + records > ATC__TOP)
        return 0;
    at = ATC__TOP - records - len - 1u;
    memmove(p->line.bytes + at, base, len);
    p->replay_at = (uint16_t)at;
    p->replay_len = len;
    return 1;
}

/* The module answers joined commands in order and ends the line with one final result: the
 * answers of each are in context until then. */
ATC_API void atc__replay(atc_parser *p)
{
    char *b = p->line.bytes + p->replay_at;
    unsigned len = p->replay_len, start = 0, end, n = 0;
    uint16_t earlier[2];
    p->replay_len = 0;
    earlier[0] = earlier[1] = ATC_NO_MSG;
    while (start < len && p->mode == ATC_MODE_LINES) {
        end = atc__joined_end(b, start + 2, len);
        b[end] = '\r'; /* over the ';', or after the last command */
        atc__scan_reset(p);
        p->pflags |= ATC__P_REPLAY;
        (void)atc__scan(p, b + start, b + end + 1);
        p->pflags &= (uint8_t)~ATC__P_REPLAY;
        if (p->pending != ATC_NO_MSG && end < len) {
            if (n == 2) {
                earlier[0] = earlier[1];
                n = 1;
            }
            earlier[n++] = ATC__JOINED(p->pending, p->pending_profile);
        }
        if (end + 1 >= len)
            break;
        /* the next command: "AT" over the ';' and the byte before it (both read already) */
        start = end - 1;
        b[start] = 'A';
        b[start + 1] = 'T';
    }
    atc__scan_reset(p);
    p->joined[0] = earlier[0];
    p->joined[1] = earlier[1];
    p->joined_for = p->pending;
}

ATC_API void atc__line_end(atc_parser *p, const char *base, uint16_t len)
{
    const atc__tok *toks = ATC__TOKS(p);
    unsigned ntok = p->ntok, term = p->term, headful = 0, head_len = 0;
    const char *head = base;
    if (len > 3 && (base[0] | 0x20) == 'a' && (base[1] | 0x20) == 't' && p->mode == ATC_MODE_LINES &&
        (p->profiles[0]->flags & ATC_P_JOINED) &&
        !(p->lflags & (ATC__L_OVERFLOW | ATC__L_BINARY)) && memchr(base + 2, ';', len - 2u) &&
        atc__joined_end(base, 2, len) < len && atc__line_joined(p, base, len))
        return;
    /* a line that did not fit was cut: only its head and keyword are read, to name its error */
    if ((p->lflags & ATC__L_OVERFLOW) &&
        ((p->lflags & ATC__L_LOST) || !ntok || toks[-1].at + (toks[-1].len_cls & ATC__TOK_MAX_LEN) > len)) {
        atc__emit(p, ATC_KIND_ERROR, 0, ATC_NO_MSG, NULL, base, len > ATC__CUT ? (uint16_t)ATC__CUT : len,
                  ATC_ERR_LINE_TOO_LONG, ATC_OK, ATC_NO_FIELD);
        return;
    }
    /* the head: the first field, if it is bare text ending the line or at ':', '=' or '?' */
    if (ntok && ((unsigned)toks[-1].len_cls >> 12) == ATC__C_BARE && term != ATC_TERM_COMMA &&
        (term != ATC_TERM_EOL || ntok == 1)) {
        head = base + toks[-1].at;
        head_len = toks[-1].len_cls & ATC__TOK_MAX_LEN;
        while (head_len && head[head_len - 1] == ' ')
            head_len--;
        while (head_len && head[0] == ' ') {
            head++;
            head_len--;
        }
        headful = 1;
        if (term == ATC_TERM_EQUAL && ntok == 2) {
            /* AT+X=? : the test form */
            const char *q = base + toks[-2].at;
            unsigned qn = toks[-2].len_cls & ATC__TOK_MAX_LEN;
            while (qn && q[qn - 1] == ' ')
                qn--;
            if (qn == 1 && q[0] == '?') {
                unsigned k, g;
                for (k = 0; k < p->nprofiles; k++)
                    if (atc__head(p->profiles[k], head, head_len, ATC_TERM_TEST, &g))
                        break;
                /* without a test form, '?' is the value of the set form: AT+MQTTPSW=? */
                term = k < p->nprofiles ? ATC_TERM_TEST : ATC_TERM_EQUAL;
            }
        }
        if (p->nprofiles == 1 && !(p->lflags & (ATC__L_ESC | ATC__L_OVERFLOW | ATC__L_BINARY)) &&
            ntok <= ATC__TOP / sizeof(atc__tok) && !(p->pflags & ATC__P_OWN_OK) &&
            atc__line_fast(p, base, len, head, head_len, term))
            return;
    }
    atc__line_slow(p, base, len, head, head_len, term, headful);
}

static int atc__blank(const char *s, unsigned n)
{
    while (n && s[n - 1] == ' ')
        n--;
    return n == 0;
}

/* The general path: several profiles, glued heads, warnings, bare-text answers, errors. */
static void atc__line_slow(atc_parser *p, const char *base, uint16_t len, const char *head, unsigned head_len,
                           unsigned term, unsigned headful)
{
    atc__tok *toks = ATC__TOKS(p);
    atc__cands cands[ATC_MAX_PROFILES];
    atc__match mt;
    unsigned ntok = p->ntok, k, rank, pass, merged = 0;
    uint16_t turn = ATC_NO_MSG;
    const uint16_t *rp;
    unsigned cap = ATC__TOP / sizeof(atc__tok), used;
    int found = 0, own_ok;
    atc__tok saved;
    own_ok = (p->pflags & ATC__P_OWN_OK) != 0;
    p->pflags &= (uint8_t)~ATC__P_OWN_OK;
    mt.p = p;
    mt.id = ATC_NO_MSG;
    mt.fail_id = ATC_NO_MSG;
    mt.last = ATC_NO_MSG;
    mt.k = mt.first = mt.tolerant = mt.fail_k = mt.last_k = 0;
    mt.ln.base = base;
    mt.ln.len = len;
    mt.ln.tok = toks - 1;
    mt.ln.ntok = (uint16_t)ntok;
    mt.ln.nstored = (uint16_t)(ntok < cap ? ntok : cap);
    if (p->lflags & ATC__L_OVERFLOW) {
        /* of a cut line only the head and the keyword after it are known to be whole */
        mt.ln.nstored = (uint16_t)(ntok < 2 ? ntok : 2);
        if (ntok >= 2 && toks[-2].at + (toks[-2].len_cls & ATC__TOK_MAX_LEN) > len)
            mt.ln.nstored = 1;
    }
    mt.ln.first = 0;
    mt.ln.glued = 0;
    mt.ln.head = head;
    mt.ln.head_len = (uint16_t)head_len;
    for (k = 0; k < p->nprofiles; k++) {
        atc__cands *c = &cands[k];
        c->head = headful ? atc__head(p->profiles[k], head, head_len, term, &c->glued) : NULL;
        c->list = c->head;
        c->value = 0;
        if (!c->head)
            continue;
        found = 1;
        if ((c->head->flags & ATC_H_GLUED_VALUE) && c->glued < head_len && mt.ln.nstored) {
            /* +ERR3: the code glued to the head becomes the first field, in place of the head */
            uint32_t v = 0;
            unsigned i;
            for (i = c->glued; i < head_len; i++)
                v = v * 10u + (uint32_t)(head[i] - '0');
            toks[-1].at = (uint16_t)(head - base + c->glued);
            toks[-1].len_cls = (uint16_t)((head_len - c->glued) |
                                          ((head_len - c->glued > 9 ? ATC__C_BARE : ATC__C_NUM) << 12));
            toks[-1].val = v;
            c->value = 1;
        }
    }
    /* keyword variants: the candidates of the keyword that follows the head */
    for (k = 0; k < p->nprofiles; k++) {
        const atc_head *h = cands[k].head;
        if (h && (h->flags & ATC_H_KEYWORDS) && ntok > headful && headful < mt.ln.nstored) {
            const char *kw;
            unsigned kn;
            const atc_head *v;
            mt.ln.first = (uint16_t)headful;
            kn = atc__keyword(&mt.ln, &kw);
            v = kn ? atc__find(p->profiles[k], kw, kn, ATC_TERM_KEYWORD, (unsigned)(h - p->profiles[k]->heads)) : NULL;
            if (v)
                cands[k].list = v;
        }
    }
    /* the room a line takes is the same however it arrived: its bytes, its fields, its struct */
    used = ((len + 7u) & ~7u) + ntok * (unsigned)sizeof(atc__tok);
    if ((p->lflags & (ATC__L_OVERFLOW | ATC__L_BINARY)) || used > ATC__TOP) {
        /* a line that does not fit is too long, whatever else it holds, however it arrived */
        atc__line_error(p, cands, base, len,
                        (p->lflags & ATC__L_BINARY) && !(p->lflags & ATC__L_OVERFLOW) && used <= ATC__TOP
                            ? ATC_ERR_BINARY
                            : ATC_ERR_LINE_TOO_LONG);
        return;
    }
    mt.room = ATC__TOP - used;
    /* a quoted string with escapes is unescaped in the line buffer: copy a line that is not there */
    if ((p->lflags & ATC__L_ESC) && base != p->line.bytes) {
        memcpy(p->line.bytes, base, len);
        head = p->line.bytes + (head - base);
        mt.ln.head = head;
        base = p->line.bytes;
        mt.ln.base = base;
    }
    mt.msg = p->line.bytes + ((len + 7u) & ~7u);
    for (pass = 0; pass < 2 && mt.id == ATC_NO_MSG; pass++) {
        if (pass == 1 && mt.fail_id != ATC_NO_MSG && mt.fail.err == ATC_ERR_LENGTH)
            break; /* a line that has a payload's syntax but not its length is that error */
        for (rank = 0; rank < 4; rank++) {
            for (k = 0; k < p->nprofiles; k++) {
                const atc_profile *prof = p->profiles[k];
                const atc_head *h = cands[k].list;
                unsigned from, to, i;
                if (rank == 2) {
                    /* answers without a head: the whole line is their fields */
                    if (prof->headless == ATC__NO_HEAD || !atc__pending_in(p, (uint8_t)k))
                        continue;
                    if ((cands[k].head && (cands[k].head->nrest || cands[k].head->nresp)) ||
                        (p->pflags & ATC__P_REPLAY))
                        continue; /* the head of a URC, a result (+ERR) or another answer: an error
                                     of it, not text; a command of a joined line: not the text of
                                     the one before */
                    if (atc__blank(base, len))
                        continue; /* spaces only: no text to answer with */
                    h = &prof->heads[prof->headless];
                    from = 0;
                    to = h->ncands;
                    if (headful && term != ATC_TERM_EOL && !merged && mt.ln.nstored >= 2) {
                        /* the first field ended at ':', '=' or '?' as a head would (day:3): join it
                         * to the next again; line field 1 then stands for both */
                        saved = toks[-2];
                        toks[-2].len_cls = (uint16_t)(((toks[-2].at + (toks[-2].len_cls & ATC__TOK_MAX_LEN)) -
                                                       toks[-1].at) | (ATC__C_BARE << 12));
                        toks[-2].at = toks[-1].at;
                        merged = 1;
                    }
                    mt.ln.first = (uint16_t)merged;
                    mt.ln.glued = 0;
                    turn = atc__headless_turn(p, (uint8_t)k, h);
                } else {
                    if (!h)
                        continue;
                    from = rank == 0 ? 0 : rank == 1 ? h->nresp : (unsigned)h->nresp + h->nrest;
                    to = rank == 0 ? h->nresp : rank == 1 ? (unsigned)h->nresp + h->nrest : h->ncands;
                    mt.ln.first = (uint16_t)(cands[k].value ? 0 : term == ATC_TERM_TEST ? 2 : headful);
                    mt.ln.glued = (uint16_t)(cands[k].value ? head_len : cands[k].glued);
                }
                if (rank == 0 && (rp = atc__replies(p, (uint8_t)k, h)) != NULL) {
                    /* a head with many answers: the pending command's, then (for the error) one
                     * of another command */
                    for (i = 0; i < rp[0]; i++)
                        if (atc__is_answer_of(prof, h, rp[1 + i]) &&
                            atc__try(&mt, (uint8_t)k, rp[1 + i], 1, pass ? ATC__CONV_TOLERANT : 0))
                            goto decided;
                    for (i = from; i < to && mt.fail_id == ATC_NO_MSG; i++)
                        if (!atc__answers(p, (uint8_t)k, &prof->msgs[prof->ids[h->cands + i]]))
                            atc__note_context(&mt, (uint8_t)k, prof->ids[h->cands + i]);
                    continue;
                }
                for (i = from; i < to; i++) {
                    uint16_t id = prof->ids[h->cands + i];
                    if ((rank == 0 || rank == 2) && !atc__answers(p, (uint8_t)k, &prof->msgs[id])) {
                        if (rank == 0)
                            atc__note_context(&mt, (uint8_t)k, id);
                        continue;
                    }
                    if (rank == 2 && turn != ATC_NO_MSG &&
                        !atc__answers_cmd(prof, &prof->msgs[id], (uint16_t)(turn & 0x1FFFu)))
                        continue; /* the answer of another of the joined commands */
                    if (atc__try(&mt, (uint8_t)k, id, rank != 2, pass ? ATC__CONV_TOLERANT : 0))
                        goto decided;
                }
            }
            if (merged && mt.id == ATC_NO_MSG && rank == 2) {
                toks[-2] = saved; /* as it was, for the command heads */
                merged = 0;
            }
            if (mt.id != ATC_NO_MSG)
                break;
        }
    }
decided:
    if (mt.id != ATC_NO_MSG) {
        const atc_profile *prof = p->profiles[mt.k];
        const atc_msg_desc *d = &prof->msgs[mt.id];
        uint16_t data_at = 0xFFFF;
        mt.ln.first = mt.first;
        mt.ln.glued = (uint16_t)(cands[mt.k].value ? head_len : cands[mt.k].glued);
        /* the winner's struct, again if another candidate was tried after it or strings need
         * their escapes undone (in place, now that it is the winner) */
        if ((p->lflags & ATC__L_ESC) || mt.last != mt.id || mt.last_k != mt.k) {
            atc__result r;
            atc__convert(prof, mt.id, &mt.ln, mt.msg, ATC__CONV_UNESCAPE | (mt.tolerant ? ATC__CONV_TOLERANT : 0), &r);
        }
        if (own_ok && mt.id == prof->msg_ok) {
            /* the OK of a report that carries its own (ICA): not the pending command's */
            p->pflags |= ATC__P_OWN_OK;
            atc__emit(p, ATC_KIND_FINAL, mt.k, mt.id, mt.msg, base, len, ATC_OK, ATC_OK, ATC_NO_FIELD);
            p->pflags &= (uint8_t)~ATC__P_OWN_OK;
            atc__own_ok(p);
            return;
        }
        /* the payload written on the header line (AT+QICFG="viewmode",1): what follows the
         * fields the header has is data, not extra fields */
        if ((d->flags & ATC_M_PAYLOAD) && prof->payloads[d->extra].inline_when != 0xFFFF &&
            atc__conds(p, mt.k, prof->payloads[d->extra].inline_when, mt.msg, mt.id)) {
            unsigned t = (unsigned)mt.first + mt.r.count;
            data_at = t < mt.ln.nstored ? (mt.ln.tok - t)->at : len;
            if (mt.r.warn == ATC_ERR_EXTRA)
                mt.r.warn = ATC_OK;
        }
        if (!prof->text[prof->prefixes[mt.id]] && d->kind == ATC_KIND_RESPONSE && prof->headless != ATC__NO_HEAD) {
            /* an answer line of a joined command before the last: the next such line is the next
             * command's (AT+CGMI;+CGMM: one line each; only the last may print several) */
            turn = atc__headless_turn(p, mt.k, &prof->heads[prof->headless]);
            if (turn != ATC_NO_MSG && (turn == p->joined[0] || turn == p->joined[1]))
                p->joined[p->joined[0] == turn ? 0 : 1] = ATC_NO_MSG;
        }
        atc__emit(p, (atc_kind)d->kind, mt.k, mt.id, mt.msg, base, len, ATC_OK, mt.r.warn, mt.r.field);
        atc__after(p, mt.k, mt.id, mt.msg, base, len, data_at);
        return;
    }
    if (mt.fail_id != ATC_NO_MSG && mt.fail.err == ATC_ERR_CONTEXT &&
        (p->profiles[mt.fail_k]->msgs[mt.fail_id].flags & ATC_M_CONTEXT)) {
        /* a head that many commands' answers share (USR +OK=) names none of them */
        atc__emit(p, ATC_KIND_UNKNOWN, 0, ATC_NO_MSG, NULL, base, len, ATC_OK, ATC_OK, ATC_NO_FIELD);
        return;
    }
    if (mt.fail_id != ATC_NO_MSG && (found || mt.fail.err != ATC_ERR_CONTEXT)) {
        atc__emit(p, ATC_KIND_ERROR, mt.fail_k, mt.fail_id, NULL, base, len, mt.fail.err, ATC_OK, mt.fail.field);
        return;
    }
    if (found) {
        atc__line_error(p, cands, base, len, ATC_ERR_MALFORMED);
        return;
    }
    if (atc__handshake_line(p, base, len))
        return;
    atc__emit(p, ATC_KIND_UNKNOWN, 0, ATC_NO_MSG, NULL, base, len, ATC_OK, ATC_OK, ATC_NO_FIELD);
}
