/* SPDX-License-Identifier: MIT */
/* The line scanner: the one pass over every byte of every line, for every profile.
 *
 * It frames lines (CR, LF or both end them; empty lines are framing) and splits each into
 * fields as it goes, recording for each its offset, length, lexical class and, for numbers, the
 * value accumulated from its digits. The first field also ends at ':', '=' or '?': it is the
 * line's head ("+QIURC", "AT+QIOPEN", "OK") when the profile's head table knows it
 * (runtime/atc_match.c). Values are never converted here and no line is refused here: which
 * message a line is, and whether its fields fit, is decided from these records at the line end.
 * A control byte other than CR and LF stops the line (ATC_ERR_BINARY); the scanner skips to the
 * line end and starts again, so the next line decodes.
 *
 * Fields are stored at the top of the line buffer, growing down; the bytes of a line that
 * arrives in several pieces are kept at its bottom. A line that arrives whole is never copied.
 * Compiled by `ragel -G2` into generated/atc_scan.c. */
#include "atc.h"

#include <string.h>

/* ragel -G2 writes states that fall through into the next one */
#if defined(__GNUC__) && __GNUC__ >= 7 && !defined(__clang__)
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wimplicit-fallthrough"
#endif

/* Byte classes for the runs that the actions skip in one go (a quoted string's body, the rest of
 * a bare value, a head): bit set = the run stops at this byte. */
enum { ATC__STOP_STR = 1, ATC__STOP_OTHER = 2, ATC__STOP_HEAD = 4 };
#define ATC__S_ALL (ATC__STOP_STR | ATC__STOP_OTHER | ATC__STOP_HEAD)
static const unsigned char atc__stop[256] = {
    /* control bytes stop every run; CR and LF end the line */
    ATC__S_ALL, ATC__S_ALL, ATC__S_ALL, ATC__S_ALL, ATC__S_ALL, ATC__S_ALL, ATC__S_ALL, ATC__S_ALL,
    ATC__S_ALL, 0, ATC__S_ALL, ATC__S_ALL, ATC__S_ALL, ATC__S_ALL, ATC__S_ALL, ATC__S_ALL,
    ATC__S_ALL, ATC__S_ALL, ATC__S_ALL, ATC__S_ALL, ATC__S_ALL, ATC__S_ALL, ATC__S_ALL, ATC__S_ALL,
    ATC__S_ALL, ATC__S_ALL, ATC__S_ALL, ATC__S_ALL, ATC__S_ALL, ATC__S_ALL, ATC__S_ALL, ATC__S_ALL,
    /* ' ' ! " # $ % & ' ( ) * + , - . / */
    0, 0, ATC__STOP_STR, 0, 0, 0, 0, 0, 0, 0, 0, 0, ATC__STOP_OTHER | ATC__STOP_HEAD, 0, 0, 0,
    /* 0-9 : ; < = > ? */
    0, 0, 0, 0, 0, 0, 0, 0, 0, 0, ATC__STOP_HEAD, 0, 0, ATC__STOP_HEAD, 0, ATC__STOP_HEAD,
    0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
    /* P-Z [ \ ] ^ _ */
    0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, ATC__STOP_STR, 0, 0, 0,
};

/* The first byte at or after p where a run of this kind stops, or pe. */
static const unsigned char *atc__run(const unsigned char *p, const unsigned char *pe, unsigned kind)
{
    while (pe - p >= 4) {
        if (atc__stop[p[0]] & kind)
            return p;
        if (atc__stop[p[1]] & kind)
            return p + 1;
        if (atc__stop[p[2]] & kind)
            return p + 2;
        if (atc__stop[p[3]] & kind)
            return p + 3;
        p += 4;
    }
    while (p < pe && !(atc__stop[*p] & kind))
        p++;
    return p;
}

%%{
    machine atc_scan;
    alphtype unsigned char;

    # ---- actions: mark, accumulate, commit ----
    # a line begins: its bytes start here in this chunk
    action begin { ls = p; lo = 0; tok_at = 0; acc = 0; }
    action dig { acc = acc * 10u + (uint32_t)(fc - '0'); }
    # the rest of a run of digits, accumulated in one go (the byte before the next non-digit)
    action dig_run {
        const unsigned char *q = p + 1;
        uint32_t a = acc * 10u + (uint32_t)(fc - '0');
        while (q < pe && (unsigned)(*q - '0') < 10u)
            a = a * 10u + (uint32_t)(*q++ - '0');
        acc = a;
        p = q - 1;
    }
    action hexdig { acc = acc * 16u + (uint32_t)(fc <= '9' ? fc - '0' : (fc | 0x20) - 'a' + 10); }
    action zero_acc { acc = 0; }
    action neg { lf |= ATC__L_NEG; }
    action esc { lf |= ATC__L_ESC | ATC__L_STR_ESC; }
    action lead { tok_at = ATC__OFF(p) + 1u; }
    # runs: skip to the byte before the next one that matters
    action str_run { p = atc__run(p + 1, pe, ATC__STOP_STR) - 1; }
    action other_run { p = atc__run(p + 1, pe, ATC__STOP_OTHER) - 1; }
    action head_run { p = atc__run(p + 1, pe, ATC__STOP_HEAD) - 1; }
    # the first field ended at ':', '=' or '?': the head's terminator
    action t_colon { par->term = ATC_TERM_COLON; }
    action t_equal { par->term = ATC_TERM_EQUAL; }
    action t_query { par->term = ATC_TERM_QUERY; }
    action t_comma { par->term = ATC_TERM_COMMA; }
    # a field ends (at a comma, a head terminator or the line end) with its class
    action c_empty { ATC__COMMIT(ATC__C_EMPTY); }
    action c_num { ATC__COMMIT((lf & ATC__L_NEG) ? ATC__C_NEG : ATC__C_NUM); }
    action c_hex { ATC__COMMIT(ATC__C_HEX); }
    action c_float { ATC__COMMIT(ATC__C_FLOAT); }
    action c_str { ATC__COMMIT((lf & ATC__L_STR_ESC) ? ATC__C_STR_ESC : ATC__C_STR); }
    action c_paren { ATC__COMMIT(ATC__C_PAREN); }
    action c_bare { ATC__COMMIT(ATC__C_BARE); }
    # a comma: the next field begins after it (empty so far)
    action next { tok_at = ATC__OFF(p) + 1u; }
    action eol { ATC__LINE_END(); }
    action prompt { if (lf & ATC__L_PROMPT) { ATC__PROMPT(); } }
    action bin { lf |= ATC__L_BINARY; }

    eol = [\r\n];
    ctl = 0..8 | 11..12 | 14..31;
    sp = ' ';
    ch = any - eol - ctl;
    noise = 0 | 255;

    # ---- the line: a state chart, one state per lexical situation ----
    main := (
        # between lines
        start: (
            eol -> start
            # noise between lines, as empty lines are: the NUL or 0xFF a module sends when it
            # wakes from PSM or its UART comes up
          | noise -> start
          | '>' @begin @prompt -> head
          | '"' @begin -> str
          | '(' @begin -> par
          | '0' @begin -> zero
          | [1-9] @begin @dig -> num
          | '-' @begin @neg -> neg
          | ( ch - ["(0-9>\-] - noise ) @begin @head_run -> head
          | ( ctl - noise ) @begin @bin -> skip
        ),
        # the first field, which may be the head
        head: (
            ( ch - [,:=?] ) @head_run -> head
          | ':' @c_bare @t_colon @next -> after
          | '=' @c_bare @t_equal @next -> after
          | '?' @c_bare @t_query @next -> after
          | ',' @c_bare @t_comma @next -> value
          | eol @c_bare @eol -> start
          | ctl @bin -> skip
        ),
        # after the head: nothing (the line has no fields) or the first field
        after: (
            sp @lead -> after
          | eol @eol -> start
          | ',' @c_empty @next -> value
          | '"' -> str
          | '(' -> par
          | '0' -> zero
          | [1-9] @dig -> num
          | '-' @neg -> neg
          | ( ch - [ ,"(0-9\-] ) @other_run -> other
          | ctl @bin -> skip
        ),
        # the start of a field after a comma
        value: (
            sp @lead -> value
          | eol @c_empty @eol -> start
          | ',' @c_empty @next -> value
          | '"' -> str
          | '(' -> par
          | '0' -> zero
          | [1-9] @dig -> num
          | '-' @neg -> neg
          | ( ch - [ ,"(0-9\-] ) @other_run -> other
          | ctl @bin -> skip
        ),
        # numbers: decimal, 0x hex, decimal with a fraction; anything else makes them bare
        zero: (
            digit @dig -> num
          | [xX] -> hex0
          | '.' -> frac0
          | sp -> num_sp
          | ',' @c_num @next -> value
          | eol @c_num @eol -> start
          | ( ch - [ ,.xX0-9] ) @other_run -> other
          | ctl @bin -> skip
        ),
        num: (
            digit @dig_run -> num
          | '.' -> frac0
          | sp -> num_sp
          | ',' @c_num @next -> value
          | eol @c_num @eol -> start
          | ( ch - [ ,.0-9] ) @other_run -> other
          | ctl @bin -> skip
        ),
        neg: (
            digit @dig -> num
          | ',' @c_bare @next -> value
          | eol @c_bare @eol -> start
          | ( ch - [,0-9] ) @other_run -> other
          | ctl @bin -> skip
        ),
        num_sp: (
            sp -> num_sp
          | ',' @c_num @next -> value
          | eol @c_num @eol -> start
          | ( ch - [ ,] ) @other_run -> other
          | ctl @bin -> skip
        ),
        frac0: (
            digit -> frac
          | ',' @c_bare @next -> value
          | eol @c_bare @eol -> start
          | ( ch - [,0-9] ) @other_run -> other
          | ctl @bin -> skip
        ),
        frac: (
            digit -> frac
          | sp -> frac_sp
          | ',' @c_float @next -> value
          | eol @c_float @eol -> start
          | ( ch - [ ,0-9] ) @other_run -> other
          | ctl @bin -> skip
        ),
        frac_sp: (
            sp -> frac_sp
          | ',' @c_float @next -> value
          | eol @c_float @eol -> start
          | ( ch - [ ,] ) @other_run -> other
          | ctl @bin -> skip
        ),
        hex0: (
            xdigit @zero_acc @hexdig -> hex
          | ',' @c_bare @next -> value
          | eol @c_bare @eol -> start
          | ( ch - ( [,] | xdigit ) ) @other_run -> other
          | ctl @bin -> skip
        ),
        hex: (
            xdigit @hexdig -> hex
          | sp -> hex_sp
          | ',' @c_hex @next -> value
          | eol @c_hex @eol -> start
          | ( ch - ( [ ,] | xdigit ) ) @other_run -> other
          | ctl @bin -> skip
        ),
        hex_sp: (
            sp -> hex_sp
          | ',' @c_hex @next -> value
          | eol @c_hex @eol -> start
          | ( ch - [ ,] ) @other_run -> other
          | ctl @bin -> skip
        ),
        # a quoted string; one left open at the line end is a bare value
        str: (
            ( ch - ["\\] ) @str_run -> str
          | '\\' @esc -> str_esc
          | '"' -> str_end
          | eol @c_bare @eol -> start
          | ctl @bin -> skip
        ),
        str_esc: (
            ch -> str
          | eol @c_bare @eol -> start
          | ctl @bin -> skip
        ),
        str_end: (
            sp -> str_sp
          | ',' @c_str @next -> value
          | eol @c_str @eol -> start
          | ( ch - [ ,] ) @other_run -> other
          | ctl @bin -> skip
        ),
        str_sp: (
            sp -> str_sp
          | ',' @c_str @next -> value
          | eol @c_str @eol -> start
          | ( ch - [ ,] ) @other_run -> other
          | ctl @bin -> skip
        ),
        # a parenthesised list of a test-form answer: (0-11), ("TCP","UDP")
        par: (
            ( ch - ["()] ) -> par
          | '"' -> par_str
          | ')' -> par_end
          | '(' @other_run -> other
          | eol @c_bare @eol -> start
          | ctl @bin -> skip
        ),
        par_str: (
            ( ch - ["\\] ) -> par_str
          | '\\' -> par_esc
          | '"' -> par
          | eol @c_bare @eol -> start
          | ctl @bin -> skip
        ),
        par_esc: (
            ch -> par_str
          | eol @c_bare @eol -> start
          | ctl @bin -> skip
        ),
        par_end: (
            sp -> par_sp
          | ',' @c_paren @next -> value
          | eol @c_paren @eol -> start
          | ( ch - [ ,] ) @other_run -> other
          | ctl @bin -> skip
        ),
        par_sp: (
            sp -> par_sp
          | ',' @c_paren @next -> value
          | eol @c_paren @eol -> start
          | ( ch - [ ,] ) @other_run -> other
          | ctl @bin -> skip
        ),
        # anything else, up to the next comma
        other: (
            ( ch - [,] ) @other_run -> other
          | ',' @c_bare @next -> value
          | eol @c_bare @eol -> start
          | ctl @bin -> skip
        ),
        # after a control byte: to the line end
        skip: (
            ( any - eol ) -> skip
          | eol @eol -> start
        )
    );
}%%

%% write data noerror nofinal;

/* the offset of p in the current line */
#define ATC__OFF(q) ((unsigned)((q) - ls) + lo)

/* store the field that ends at p (or count it, when it does not fit) */
#define ATC__COMMIT(cls)                                                                          \
    do {                                                                                          \
        unsigned n_ = ATC__OFF(p) - tok_at;                                                       \
        if (ntok < cap) {                                                                         \
            atc__tok *t_ = toks - 1 - ntok;                                                       \
            t_->at = (uint16_t)tok_at;                                                            \
            t_->len_cls = (uint16_t)((n_ > ATC__TOK_MAX_LEN ? ATC__TOK_MAX_LEN : n_) | ((unsigned)(cls) << 12)); \
            t_->val = acc;                                                                        \
            if (n_ > ATC__TOK_MAX_LEN)                                                            \
                lf |= ATC__L_OVERFLOW | (ntok < 2 ? ATC__L_LOST : 0);                             \
        } else {                                                                                  \
            /* no room for its record: the line does not fit */                                   \
            lf |= ATC__L_OVERFLOW | (ntok < 2 ? ATC__L_LOST : 0);                                 \
        }                                                                                         \
        ntok++;                                                                                   \
        acc = 0;                                                                                  \
        lf &= ~(unsigned)(ATC__L_NEG | ATC__L_STR_ESC);                                       \
    } while (0)

/* the line ends at p: hand it over, and leave when the line changed the mode or left joined
 * commands to scan again (atc__replay) */
#define ATC__LINE_END()                                                                           \
    do {                                                                                          \
        par->ntok = (uint16_t)ntok;                                                               \
        par->lflags = (uint8_t)lf;                                                                \
        atc__scan_line(par, (const char *)ls, ATC__OFF(p), (unsigned)(p - ls), *p == '\r');       \
        ntok = 0;                                                                                 \
        lo = 0;                                                                                   \
        tok_at = 0;                                                                               \
        acc = 0;                                                                                  \
        cap = ATC__TOP / sizeof(atc__tok);                                                        \
        lf = par->lflags;                                                                         \
        if (par->mode != ATC_MODE_LINES || par->replay_len) {                                     \
            p++;                                                                                  \
            cs = atc_scan_start;                                                                  \
            goto out;                                                                             \
        }                                                                                         \
    } while (0)

/* a '>' at a line start while a command waits for its prompt */
#define ATC__PROMPT()                                                                             \
    do {                                                                                          \
        atc__prompt_begin(par);                                                                   \
        lf = par->lflags;                                                                         \
        p++;                                                                                      \
        cs = atc_scan_start;                                                                      \
        goto out;                                                                                 \
    } while (0)

/* Flags of the current field (kept in lflags beside the line's own). */
enum { ATC__L_NEG = 64, ATC__L_STR_ESC = 128 };

/* A line that outgrew the buffer keeps its first ATC__CUT bytes, whatever the chunks: its error
 * event names its head and shows the same bytes as when it came whole (atc__line_end). The
 * records of fields after the first two may be overwritten: such a line reads only those. */
static void atc__keep_cut(atc_parser *par, const void *ls, size_t n)
{
    if (par->len < ATC__CUT) {
        size_t m = ATC__CUT - par->len < n ? ATC__CUT - par->len : n;
        memcpy(par->line.bytes + par->len, ls, m);
        par->len = (uint16_t)(par->len + m);
    }
}

/* The line [ls, ls + n) of this chunk ends, `total` bytes in all: give the runtime the whole of
 * it, where it lies or (when it came in pieces) in the line buffer. */
static void atc__scan_line(atc_parser *par, const char *ls, unsigned total, unsigned n, int cr)
{
    const char *base = ls;
    par->lflags = (uint8_t)((par->lflags & ~ATC__L_AFTER_CR) | (cr ? ATC__L_AFTER_CR : 0));
    if (par->len) {
        unsigned stored = par->ntok < ATC__TOP / sizeof(atc__tok) ? par->ntok : ATC__TOP / sizeof(atc__tok);
        if (!(par->lflags & ATC__L_OVERFLOW) && par->len + n <= ATC__TOP - stored * sizeof(atc__tok)) {
            memcpy(par->line.bytes + par->len, ls, n);
        } else {
            par->lflags |= ATC__L_OVERFLOW;
            atc__keep_cut(par, ls, n);
            total = par->len;
        }
        base = par->line.bytes;
    }
    par->len = 0;
    atc__line_end(par, base, (uint16_t)(total > 0xFFFF ? 0xFFFF : total));
    par->lflags &= (uint8_t)(ATC__L_AFTER_CR | ATC__L_PROMPT);
    par->term = ATC_TERM_EOL;
}

ATC_API void atc__scan_reset(atc_parser *par)
{
    par->cs = (uint8_t)atc_scan_start;
    par->len = 0;
    par->ntok = 0;
    par->tok_at = 0;
    par->acc = 0;
    par->term = ATC_TERM_EOL;
    par->lflags &= (uint8_t)(ATC__L_AFTER_CR | ATC__L_PROMPT);
}

ATC_API int atc__scan_idle(const atc_parser *par)
{
    return par->cs == atc_scan_start;
}

ATC_API const char *atc__scan(atc_parser *par, const char *data, const char *end)
{
    const unsigned char *p = (const unsigned char *)data, *pe = (const unsigned char *)end;
    const unsigned char *ls = p;      /* where this line's bytes begin in this chunk */
    unsigned lo = par->len;           /* bytes of this line kept from earlier chunks */
    unsigned ntok = par->ntok, tok_at = par->tok_at, lf = par->lflags;
    unsigned cap = (ATC__TOP - par->len) / sizeof(atc__tok);
    uint32_t acc = par->acc;
    atc__tok *toks = ATC__TOKS(par);
    int cs = par->cs;
    (void)atc_scan_en_main;
    %% write exec;
    /* the chunk ends inside a line: keep its bytes for the line end */
    if (cs != atc_scan_start) {
        size_t n = (size_t)(pe - ls);
        unsigned stored = ntok < cap ? ntok : cap;
        if (!(lf & ATC__L_OVERFLOW) && par->len + n <= ATC__TOP - stored * sizeof(atc__tok)) {
            if (n == 1) /* (a byte at a time: no call) */
                par->line.bytes[par->len] = (char)*ls;
            else
                memcpy(par->line.bytes + par->len, ls, n);
            par->len = (uint16_t)(par->len + n);
        } else {
            lf |= ATC__L_OVERFLOW;
            atc__keep_cut(par, ls, n);
        }
    }
out:
    par->cs = (uint8_t)cs;
    par->ntok = (uint16_t)ntok;
    par->tok_at = (uint16_t)tok_at;
    par->acc = acc;
    par->lflags = (uint8_t)lf;
    return (const char *)p;
}

#if defined(__GNUC__) && __GNUC__ >= 7 && !defined(__clang__)
#pragma GCC diagnostic pop
#endif
