/* SPDX-License-Identifier: MIT */
/* Log prefixes: timestamps and direction marks at line starts (atc_log.h). */
#define _POSIX_C_SOURCE 200809L

#include "atc_log.h"

#include <string.h>

#include "atc.h"

static int ieq(const char *s, size_t n, const char *word)
{
    size_t i;
    if (strlen(word) != n)
        return 0;
    for (i = 0; i < n; i++) {
        char c = s[i];
        if (c >= 'A' && c <= 'Z')
            c = (char)(c - 'A' + 'a');
        if (c != word[i])
            return 0;
    }
    return 1;
}

/* A direction: ATC_DIR_RX (received from the module), ATC_DIR_TX (sent by the host), or -1. */
static int direction_of(const char *s, size_t n)
{
    static const char *const rx[] = {"rx", "in", "recv", "rcv", "rcvd", "received", "read", "<<", "<-", "<<<", "<--", NULL};
    static const char *const tx[] = {"tx", "out", "send", "snd", "sent", "write", ">>", "->", ">>>", "-->", NULL};
    int i;
    while (n && (s[0] == ' ' || s[0] == '\t'))
        s++, n--;
    while (n && (s[n - 1] == ' ' || s[n - 1] == '\t'))
        n--;
    for (i = 0; rx[i]; i++)
        if (ieq(s, n, rx[i]))
            return ATC_DIR_RX;
    for (i = 0; tx[i]; i++)
        if (ieq(s, n, tx[i]))
            return ATC_DIR_TX;
    return -1;
}

static int is_digit(char c)
{
    return c >= '0' && c <= '9';
}

static size_t digits(const char *s, size_t n, size_t at)
{
    size_t i = at;
    while (i < n && is_digit(s[i]))
        i++;
    return i - at;
}

/* A timestamp written out: [YYYY-MM-DD[T ]]H:MM[:SS][.fff][Z|+hh[:mm]]; returns its length, 0 if
 * s does not begin with one. */
static size_t strict_time(const char *s, size_t n)
{
    size_t i = 0, k;
    if (digits(s, n, 0) == 4 && n >= 10 && s[4] == '-' && digits(s, n, 5) == 2 && s[7] == '-' &&
        digits(s, n, 8) == 2) {
        i = 10;
        if (i < n && (s[i] == 'T' || s[i] == ' ') && i + 1 < n && is_digit(s[i + 1]))
            i++;
        else
            return 0; /* a date alone is not taken */
    }
    k = digits(s, n, i);
    if (k < 1 || k > 2 || i + k >= n || s[i + k] != ':' || digits(s, n, i + k + 1) != 2)
        return 0;
    i += k + 3;
    if (i < n && s[i] == ':' && digits(s, n, i + 1) == 2)
        i += 3;
    if (i < n && (s[i] == '.' || s[i] == ',') && digits(s, n, i + 1) > 0)
        i += 1 + digits(s, n, i + 1);
    if (i < n && s[i] == 'Z') {
        i++;
    } else if (i < n && (s[i] == '+' || s[i] == '-') && digits(s, n, i + 1) == 2) {
        i += 3;
        if (i < n && s[i] == ':' && digits(s, n, i + 1) == 2)
            i += 3;
        else if (digits(s, n, i) == 2)
            i += 2;
    }
    return i;
}

/* Inside brackets: a timestamp as above, or seconds since some start ("  123.456"). */
static int bracket_time(const char *s, size_t n)
{
    size_t i = 0, k;
    while (i < n && s[i] == ' ')
        i++;
    if (i < n && strict_time(s + i, n - i) == n - i)
        return 1;
    k = digits(s, n, i);
    return k > 0 && i + k < n && s[i + k] == '.' && digits(s, n, i + k + 1) == n - i - k - 1 && n - i - k - 1 > 0;
}

static void trim(const char **s, size_t *n)
{
    while (*n && (**s == ' ' || **s == '\t'))
        (*s)++, (*n)--;
    while (*n && ((*s)[*n - 1] == ' ' || (*s)[*n - 1] == '\t'))
        (*n)--;
}

/* One prefix token at s: its length, 0 if there is none; *kind says which sort (CLI_TOK_*). */
enum { CLI_TOK_BRACKET = 1, CLI_TOK_ARROW, CLI_TOK_DIR, CLI_TOK_TIME };
static size_t prefix_token(const char *s, size_t n, cli_prefix *pi, int *kind)
{
    size_t i;
    if (n && (s[0] == '[' || s[0] == '(')) {
        char close = s[0] == '[' ? ']' : ')';
        *kind = CLI_TOK_BRACKET;
        const char *in = s + 1, *sp;
        size_t m;
        for (i = 1; i < n && s[i] != close; i++)
            if (s[i] == '[' || s[i] == '(')
                return 0;
        if (i == n || i == 1)
            return 0;
        m = i - 1;
        trim(&in, &m);
        if (bracket_time(in, m)) {
            pi->ts = in;
            pi->tslen = m;
            return i + 1;
        }
        if (direction_of(in, m) >= 0) {
            pi->dir = direction_of(in, m);
            return i + 1;
        }
        /* "[12:00:01.123 RX]", "[RX 12:00:01.123]" */
        for (sp = in + m; sp > in && sp[-1] != ' '; sp--)
            ;
        if (sp > in) {
            size_t a = (size_t)(sp - in), b = m - a;
            if (bracket_time(in, a - 1) && direction_of(sp, b) >= 0) {
                pi->ts = in;
                pi->tslen = a - 1;
                trim(&pi->ts, &pi->tslen);
                pi->dir = direction_of(sp, b);
                return i + 1;
            }
        }
        sp = memchr(in, ' ', m);
        if (sp && direction_of(in, (size_t)(sp - in)) >= 0 && bracket_time(sp + 1, m - (size_t)(sp - in) - 1)) {
            pi->dir = direction_of(in, (size_t)(sp - in));
            pi->ts = sp + 1;
            pi->tslen = m - (size_t)(sp - in) - 1;
            trim(&pi->ts, &pi->tslen);
            return i + 1;
        }
        return 0;
    }
    if (n >= 2 && (s[0] == '<' || s[0] == '>' || s[0] == '-')) {
        /* arrows: <<, >>, <-, ->, <<<, >>>, <--, --> ; then a blank or the line end */
        for (i = 0; i < n && i < 3 && (s[i] == '<' || s[i] == '>' || s[i] == '-'); i++)
            ;
        if ((i == n || s[i] == ' ' || s[i] == '\t') && direction_of(s, i) >= 0) {
            pi->dir = direction_of(s, i);
            *kind = CLI_TOK_ARROW;
            return i;
        }
        return 0;
    }
    for (i = 0; i < n && i < 9 && ((s[i] | 32) >= 'a' && (s[i] | 32) <= 'z'); i++)
        ;
    if (i >= 2 && i < n && s[i] == ':' && direction_of(s, i) >= 0) { /* RX:, Tx:, out: */
        pi->dir = direction_of(s, i);
        *kind = CLI_TOK_DIR;
        return i + 1;
    }
    i = strict_time(s, n);
    if (i && (i == n || s[i] == ' ' || s[i] == '\t')) {
        pi->ts = s;
        pi->tslen = i;
        *kind = CLI_TOK_TIME;
        return i;
    }
    return 0;
}

/* The built-in prefixes: tokens separated by blanks, then one blank. Returns where the line's
 * content begins (0: no prefix). */
static size_t builtin_prefix(cli_log *l, const char *s, size_t n, cli_prefix *pi)
{
    size_t at = 0, t, k;
    int kind = 0, first = 0, other, tokens = 0;
    pi->ts = NULL;
    pi->tslen = 0;
    pi->dir = -1;
    while ((t = prefix_token(s + at, n - at, pi, &kind)) > 0) {
        if (!first)
            first = kind;
        tokens++;
        at += t;
        for (k = at; k < n && (s[k] == ' ' || s[k] == '\t'); k++)
            ;
        if (k > at && (k == n || !prefix_token(s + k, n - k, &(cli_prefix){NULL, 0, -1}, &other))) {
            at++; /* the blank after the prefix */
            break;
        }
        at = k;
    }
    if (at && first == CLI_TOK_TIME && tokens == 1 && l->first_kind && l->first_kind != CLI_TOK_TIME) {
        /* a bare time alone, in a log whose prefixes are not bare times: text that only looks
         * like a prefix ("2024-01-15 12:00:00 23.5" in a log stamped "[12:00:06.000] RX:") is
         * the line's content */
        pi->ts = NULL;
        pi->tslen = 0;
        pi->dir = -1;
        return 0;
    }
    if (at && !l->first_kind)
        l->first_kind = first;
    return at;
}

int cli_log_init(cli_log *l, const char *regex, char *msg, size_t msglen)
{
    int e;
    memset(l, 0, sizeof *l);
    if (!regex)
        return 0;
    e = regcomp(&l->re, regex, REG_EXTENDED);
    if (e != 0) {
        regerror(e, &l->re, msg, msglen);
        return e;
    }
    l->have_re = 1;
    return 0;
}

void cli_log_free(cli_log *l)
{
    if (l->have_re)
        regfree(&l->re);
    l->have_re = 0;
    atcj_buf_free(&l->scratch);
}

size_t cli_log_prefix(cli_log *l, const char *line, size_t n, cli_prefix *pi)
{
    regmatch_t m[10];
    size_t g;
    if (!l->have_re)
        return builtin_prefix(l, line, n, pi);
    pi->ts = NULL;
    pi->tslen = 0;
    pi->dir = -1;
    l->scratch.len = 0;
    atcj_buf_put(&l->scratch, line, n);
    if (regexec(&l->re, l->scratch.ptr, 10, m, 0) != 0 || m[0].rm_so != 0 || m[0].rm_eo <= 0)
        return 0;
    for (g = 1; g < 10 && g <= l->re.re_nsub; g++) {
        const char *at;
        size_t len;
        if (m[g].rm_so < 0 || m[g].rm_eo <= m[g].rm_so)
            continue; /* (a group that did not take part, or matched nothing) */
        at = line + m[g].rm_so;
        len = (size_t)(m[g].rm_eo - m[g].rm_so);
        if (pi->dir < 0 && direction_of(at, len) >= 0)
            pi->dir = direction_of(at, len);
        else if (!pi->ts) {
            pi->ts = at;
            pi->tslen = len;
        }
    }
    return (size_t)m[0].rm_eo;
}

int cli_log_detect(cli_log *l, const char *p, size_t n)
{
    size_t i = 0, lines = 0, marked = 0;
    while (i < n && lines < 64) {
        size_t e = i;
        cli_prefix pi;
        while (e < n && p[e] != '\n' && p[e] != '\r')
            e++;
        if (e == n && lines > 0)
            break; /* (an incomplete last line is a sample only when it is the only one) */
        if (e > i) {
            lines++;
            marked += cli_log_prefix(l, p + i, e - i, &pi) > 0;
        }
        i = e + 1;
    }
    return lines > 0 && 2 * marked >= lines;
}
