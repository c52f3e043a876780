
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





static const int atc_scan_start = 0;

static const int atc_scan_en_main = 0;



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
    
	{
	if ( p == pe )
		goto _test_eof;
	switch ( cs )
	{
tr10:
	{ ATC__LINE_END(); }
	goto st0;
tr13:
	{ ATC__COMMIT(ATC__C_BARE); }
	{ ATC__LINE_END(); }
	goto st0;
tr19:
	{ ATC__COMMIT(ATC__C_EMPTY); }
	{ ATC__LINE_END(); }
	goto st0;
tr31:
	{ ATC__COMMIT((lf & ATC__L_STR_ESC) ? ATC__C_STR_ESC : ATC__C_STR); }
	{ ATC__LINE_END(); }
	goto st0;
tr36:
	{ ATC__COMMIT(ATC__C_PAREN); }
	{ ATC__LINE_END(); }
	goto st0;
tr38:
	{ ATC__COMMIT((lf & ATC__L_NEG) ? ATC__C_NEG : ATC__C_NUM); }
	{ ATC__LINE_END(); }
	goto st0;
tr44:
	{ ATC__COMMIT(ATC__C_FLOAT); }
	{ ATC__LINE_END(); }
	goto st0;
tr49:
	{ ATC__COMMIT(ATC__C_HEX); }
	{ ATC__LINE_END(); }
	goto st0;
st0:
	if ( ++p == pe )
		goto _test_eof0;
case 0:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto st0;
		case 34u: goto tr3;
		case 40u: goto tr4;
		case 45u: goto tr5;
		case 48u: goto tr6;
		case 62u: goto tr8;
		case 255u: goto st0;
	}
	if ( (*p) < 11u ) {
		if ( 1u <= (*p) && (*p) <= 8u )
			goto tr1;
	} else if ( (*p) > 31u ) {
		if ( 49u <= (*p) && (*p) <= 57u )
			goto tr7;
	} else
		goto tr1;
	goto tr2;
tr1:
	{ ls = p; lo = 0; tok_at = 0; acc = 0; }
	{ lf |= ATC__L_BINARY; }
	goto st1;
tr11:
	{ lf |= ATC__L_BINARY; }
	goto st1;
st1:
	if ( ++p == pe )
		goto _test_eof1;
case 1:
	switch( (*p) ) {
		case 10u: goto tr10;
		case 13u: goto tr10;
	}
	goto st1;
tr2:
	{ ls = p; lo = 0; tok_at = 0; acc = 0; }
	{ p = atc__run(p + 1, pe, ATC__STOP_HEAD) - 1; }
	goto st2;
tr8:
	{ ls = p; lo = 0; tok_at = 0; acc = 0; }
	{ if (lf & ATC__L_PROMPT) { ATC__PROMPT(); } }
	goto st2;
tr12:
	{ p = atc__run(p + 1, pe, ATC__STOP_HEAD) - 1; }
	goto st2;
st2:
	if ( ++p == pe )
		goto _test_eof2;
case 2:
	switch( (*p) ) {
		case 10u: goto tr13;
		case 13u: goto tr13;
		case 44u: goto tr14;
		case 58u: goto tr15;
		case 61u: goto tr16;
		case 63u: goto tr17;
	}
	if ( (*p) > 8u ) {
		if ( 11u <= (*p) && (*p) <= 31u )
			goto tr11;
	} else
		goto tr11;
	goto tr12;
tr14:
	{ ATC__COMMIT(ATC__C_BARE); }
	{ par->term = ATC_TERM_COMMA; }
	{ tok_at = ATC__OFF(p) + 1u; }
	goto st3;
tr20:
	{ tok_at = ATC__OFF(p) + 1u; }
	goto st3;
tr23:
	{ ATC__COMMIT(ATC__C_EMPTY); }
	{ tok_at = ATC__OFF(p) + 1u; }
	goto st3;
tr27:
	{ ATC__COMMIT(ATC__C_BARE); }
	{ tok_at = ATC__OFF(p) + 1u; }
	goto st3;
tr32:
	{ ATC__COMMIT((lf & ATC__L_STR_ESC) ? ATC__C_STR_ESC : ATC__C_STR); }
	{ tok_at = ATC__OFF(p) + 1u; }
	goto st3;
tr37:
	{ ATC__COMMIT(ATC__C_PAREN); }
	{ tok_at = ATC__OFF(p) + 1u; }
	goto st3;
tr40:
	{ ATC__COMMIT((lf & ATC__L_NEG) ? ATC__C_NEG : ATC__C_NUM); }
	{ tok_at = ATC__OFF(p) + 1u; }
	goto st3;
tr46:
	{ ATC__COMMIT(ATC__C_FLOAT); }
	{ tok_at = ATC__OFF(p) + 1u; }
	goto st3;
tr51:
	{ ATC__COMMIT(ATC__C_HEX); }
	{ tok_at = ATC__OFF(p) + 1u; }
	goto st3;
st3:
	if ( ++p == pe )
		goto _test_eof3;
case 3:
	switch( (*p) ) {
		case 10u: goto tr19;
		case 13u: goto tr19;
		case 32u: goto tr20;
		case 34u: goto st5;
		case 40u: goto st8;
		case 44u: goto tr23;
		case 45u: goto tr24;
		case 48u: goto st18;
	}
	if ( (*p) < 11u ) {
		if ( (*p) <= 8u )
			goto tr11;
	} else if ( (*p) > 31u ) {
		if ( 49u <= (*p) && (*p) <= 57u )
			goto tr26;
	} else
		goto tr11;
	goto tr18;
tr18:
	{ p = atc__run(p + 1, pe, ATC__STOP_OTHER) - 1; }
	goto st4;
st4:
	if ( ++p == pe )
		goto _test_eof4;
case 4:
	switch( (*p) ) {
		case 10u: goto tr13;
		case 13u: goto tr13;
		case 44u: goto tr27;
	}
	if ( (*p) > 8u ) {
		if ( 11u <= (*p) && (*p) <= 31u )
			goto tr11;
	} else
		goto tr11;
	goto tr18;
tr3:
	{ ls = p; lo = 0; tok_at = 0; acc = 0; }
	goto st5;
tr28:
	{ p = atc__run(p + 1, pe, ATC__STOP_STR) - 1; }
	goto st5;
st5:
	if ( ++p == pe )
		goto _test_eof5;
case 5:
	switch( (*p) ) {
		case 10u: goto tr13;
		case 13u: goto tr13;
		case 34u: goto st6;
		case 92u: goto tr30;
	}
	if ( (*p) > 8u ) {
		if ( 11u <= (*p) && (*p) <= 31u )
			goto tr11;
	} else
		goto tr11;
	goto tr28;
st6:
	if ( ++p == pe )
		goto _test_eof6;
case 6:
	switch( (*p) ) {
		case 10u: goto tr31;
		case 13u: goto tr31;
		case 32u: goto st6;
		case 44u: goto tr32;
	}
	if ( (*p) > 8u ) {
		if ( 11u <= (*p) && (*p) <= 31u )
			goto tr11;
	} else
		goto tr11;
	goto tr18;
tr30:
	{ lf |= ATC__L_ESC | ATC__L_STR_ESC; }
	goto st7;
st7:
	if ( ++p == pe )
		goto _test_eof7;
case 7:
	switch( (*p) ) {
		case 10u: goto tr13;
		case 13u: goto tr13;
	}
	if ( (*p) > 8u ) {
		if ( 11u <= (*p) && (*p) <= 31u )
			goto tr11;
	} else
		goto tr11;
	goto st5;
tr4:
	{ ls = p; lo = 0; tok_at = 0; acc = 0; }
	goto st8;
st8:
	if ( ++p == pe )
		goto _test_eof8;
case 8:
	switch( (*p) ) {
		case 10u: goto tr13;
		case 13u: goto tr13;
		case 34u: goto st9;
		case 40u: goto tr18;
		case 41u: goto st11;
	}
	if ( (*p) > 8u ) {
		if ( 11u <= (*p) && (*p) <= 31u )
			goto tr11;
	} else
		goto tr11;
	goto st8;
st9:
	if ( ++p == pe )
		goto _test_eof9;
case 9:
	switch( (*p) ) {
		case 10u: goto tr13;
		case 13u: goto tr13;
		case 34u: goto st8;
		case 92u: goto st10;
	}
	if ( (*p) > 8u ) {
		if ( 11u <= (*p) && (*p) <= 31u )
			goto tr11;
	} else
		goto tr11;
	goto st9;
st10:
	if ( ++p == pe )
		goto _test_eof10;
case 10:
	switch( (*p) ) {
		case 10u: goto tr13;
		case 13u: goto tr13;
	}
	if ( (*p) > 8u ) {
		if ( 11u <= (*p) && (*p) <= 31u )
			goto tr11;
	} else
		goto tr11;
	goto st9;
st11:
	if ( ++p == pe )
		goto _test_eof11;
case 11:
	switch( (*p) ) {
		case 10u: goto tr36;
		case 13u: goto tr36;
		case 32u: goto st11;
		case 44u: goto tr37;
	}
	if ( (*p) > 8u ) {
		if ( 11u <= (*p) && (*p) <= 31u )
			goto tr11;
	} else
		goto tr11;
	goto tr18;
tr5:
	{ ls = p; lo = 0; tok_at = 0; acc = 0; }
	{ lf |= ATC__L_NEG; }
	goto st12;
tr24:
	{ lf |= ATC__L_NEG; }
	goto st12;
st12:
	if ( ++p == pe )
		goto _test_eof12;
case 12:
	switch( (*p) ) {
		case 10u: goto tr13;
		case 13u: goto tr13;
		case 44u: goto tr27;
	}
	if ( (*p) < 11u ) {
		if ( (*p) <= 8u )
			goto tr11;
	} else if ( (*p) > 31u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto tr26;
	} else
		goto tr11;
	goto tr18;
tr7:
	{ ls = p; lo = 0; tok_at = 0; acc = 0; }
	{ acc = acc * 10u + (uint32_t)((*p) - '0'); }
	goto st13;
tr26:
	{ acc = acc * 10u + (uint32_t)((*p) - '0'); }
	goto st13;
tr42:
	{
        const unsigned char *q = p + 1;
        uint32_t a = acc * 10u + (uint32_t)((*p) - '0');
        while (q < pe && (unsigned)(*q - '0') < 10u)
            a = a * 10u + (uint32_t)(*q++ - '0');
        acc = a;
        p = q - 1;
    }
	goto st13;
st13:
	if ( ++p == pe )
		goto _test_eof13;
case 13:
	switch( (*p) ) {
		case 10u: goto tr38;
		case 13u: goto tr38;
		case 32u: goto st14;
		case 44u: goto tr40;
		case 46u: goto st15;
	}
	if ( (*p) < 11u ) {
		if ( (*p) <= 8u )
			goto tr11;
	} else if ( (*p) > 31u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto tr42;
	} else
		goto tr11;
	goto tr18;
st14:
	if ( ++p == pe )
		goto _test_eof14;
case 14:
	switch( (*p) ) {
		case 10u: goto tr38;
		case 13u: goto tr38;
		case 32u: goto st14;
		case 44u: goto tr40;
	}
	if ( (*p) > 8u ) {
		if ( 11u <= (*p) && (*p) <= 31u )
			goto tr11;
	} else
		goto tr11;
	goto tr18;
st15:
	if ( ++p == pe )
		goto _test_eof15;
case 15:
	switch( (*p) ) {
		case 10u: goto tr13;
		case 13u: goto tr13;
		case 44u: goto tr27;
	}
	if ( (*p) < 11u ) {
		if ( (*p) <= 8u )
			goto tr11;
	} else if ( (*p) > 31u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st16;
	} else
		goto tr11;
	goto tr18;
st16:
	if ( ++p == pe )
		goto _test_eof16;
case 16:
	switch( (*p) ) {
		case 10u: goto tr44;
		case 13u: goto tr44;
		case 32u: goto st17;
		case 44u: goto tr46;
	}
	if ( (*p) < 11u ) {
		if ( (*p) <= 8u )
			goto tr11;
	} else if ( (*p) > 31u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st16;
	} else
		goto tr11;
	goto tr18;
st17:
	if ( ++p == pe )
		goto _test_eof17;
case 17:
	switch( (*p) ) {
		case 10u: goto tr44;
		case 13u: goto tr44;
		case 32u: goto st17;
		case 44u: goto tr46;
	}
	if ( (*p) > 8u ) {
		if ( 11u <= (*p) && (*p) <= 31u )
			goto tr11;
	} else
		goto tr11;
	goto tr18;
tr6:
	{ ls = p; lo = 0; tok_at = 0; acc = 0; }
	goto st18;
st18:
	if ( ++p == pe )
		goto _test_eof18;
case 18:
	switch( (*p) ) {
		case 10u: goto tr38;
		case 13u: goto tr38;
		case 32u: goto st14;
		case 44u: goto tr40;
		case 46u: goto st15;
		case 88u: goto st19;
		case 120u: goto st19;
	}
	if ( (*p) < 11u ) {
		if ( (*p) <= 8u )
			goto tr11;
	} else if ( (*p) > 31u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto tr26;
	} else
		goto tr11;
	goto tr18;
st19:
	if ( ++p == pe )
		goto _test_eof19;
case 19:
	switch( (*p) ) {
		case 10u: goto tr13;
		case 13u: goto tr13;
		case 44u: goto tr27;
	}
	if ( (*p) < 48u ) {
		if ( (*p) > 8u ) {
			if ( 11u <= (*p) && (*p) <= 31u )
				goto tr11;
		} else
			goto tr11;
	} else if ( (*p) > 57u ) {
		if ( (*p) > 70u ) {
			if ( 97u <= (*p) && (*p) <= 102u )
				goto tr48;
		} else if ( (*p) >= 65u )
			goto tr48;
	} else
		goto tr48;
	goto tr18;
tr48:
	{ acc = 0; }
	{ acc = acc * 16u + (uint32_t)((*p) <= '9' ? (*p) - '0' : ((*p) | 0x20) - 'a' + 10); }
	goto st20;
tr52:
	{ acc = acc * 16u + (uint32_t)((*p) <= '9' ? (*p) - '0' : ((*p) | 0x20) - 'a' + 10); }
	goto st20;
st20:
	if ( ++p == pe )
		goto _test_eof20;
case 20:
	switch( (*p) ) {
		case 10u: goto tr49;
		case 13u: goto tr49;
		case 32u: goto st21;
		case 44u: goto tr51;
	}
	if ( (*p) < 48u ) {
		if ( (*p) > 8u ) {
			if ( 11u <= (*p) && (*p) <= 31u )
				goto tr11;
		} else
			goto tr11;
	} else if ( (*p) > 57u ) {
		if ( (*p) > 70u ) {
			if ( 97u <= (*p) && (*p) <= 102u )
				goto tr52;
		} else if ( (*p) >= 65u )
			goto tr52;
	} else
		goto tr52;
	goto tr18;
st21:
	if ( ++p == pe )
		goto _test_eof21;
case 21:
	switch( (*p) ) {
		case 10u: goto tr49;
		case 13u: goto tr49;
		case 32u: goto st21;
		case 44u: goto tr51;
	}
	if ( (*p) > 8u ) {
		if ( 11u <= (*p) && (*p) <= 31u )
			goto tr11;
	} else
		goto tr11;
	goto tr18;
tr15:
	{ ATC__COMMIT(ATC__C_BARE); }
	{ par->term = ATC_TERM_COLON; }
	{ tok_at = ATC__OFF(p) + 1u; }
	goto st22;
tr16:
	{ ATC__COMMIT(ATC__C_BARE); }
	{ par->term = ATC_TERM_EQUAL; }
	{ tok_at = ATC__OFF(p) + 1u; }
	goto st22;
tr17:
	{ ATC__COMMIT(ATC__C_BARE); }
	{ par->term = ATC_TERM_QUERY; }
	{ tok_at = ATC__OFF(p) + 1u; }
	goto st22;
tr53:
	{ tok_at = ATC__OFF(p) + 1u; }
	goto st22;
st22:
	if ( ++p == pe )
		goto _test_eof22;
case 22:
	switch( (*p) ) {
		case 10u: goto tr10;
		case 13u: goto tr10;
		case 32u: goto tr53;
		case 34u: goto st5;
		case 40u: goto st8;
		case 44u: goto tr23;
		case 45u: goto tr24;
		case 48u: goto st18;
	}
	if ( (*p) < 11u ) {
		if ( (*p) <= 8u )
			goto tr11;
	} else if ( (*p) > 31u ) {
		if ( 49u <= (*p) && (*p) <= 57u )
			goto tr26;
	} else
		goto tr11;
	goto tr18;
	}
	_test_eof0: cs = 0; goto _test_eof; 
	_test_eof1: cs = 1; goto _test_eof; 
	_test_eof2: cs = 2; goto _test_eof; 
	_test_eof3: cs = 3; goto _test_eof; 
	_test_eof4: cs = 4; goto _test_eof; 
	_test_eof5: cs = 5; goto _test_eof; 
	_test_eof6: cs = 6; goto _test_eof; 
	_test_eof7: cs = 7; goto _test_eof; 
	_test_eof8: cs = 8; goto _test_eof; 
	_test_eof9: cs = 9; goto _test_eof; 
	_test_eof10: cs = 10; goto _test_eof; 
	_test_eof11: cs = 11; goto _test_eof; 
	_test_eof12: cs = 12; goto _test_eof; 
	_test_eof13: cs = 13; goto _test_eof; 
	_test_eof14: cs = 14; goto _test_eof; 
	_test_eof15: cs = 15; goto _test_eof; 
	_test_eof16: cs = 16; goto _test_eof; 
	_test_eof17: cs = 17; goto _test_eof; 
	_test_eof18: cs = 18; goto _test_eof; 
	_test_eof19: cs = 19; goto _test_eof; 
	_test_eof20: cs = 20; goto _test_eof; 
	_test_eof21: cs = 21; goto _test_eof; 
	_test_eof22: cs = 22; goto _test_eof; 

	_test_eof: {}
	}

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
