/* SPDX-License-Identifier: MIT */
/* build/atc: decode captured serial logs and live serial ports into JSON lines (or text, or a
 * summary), encode JSON lines into bytes, list a profile's messages. The command line face of
 * the codec, and how it is tested from outside. docs/cli.md describes it. */
#define _POSIX_C_SOURCE 200809L
#define _DEFAULT_SOURCE  /* glibc: the baud rates above 38400 (B57600, B115200, ...) */
#define _DARWIN_C_SOURCE /* macOS: the same */

#include <errno.h>
#include <fcntl.h>
#include <regex.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/select.h>
#include <termios.h>
#include <unistd.h>

#include "atc_json.h"
#include "profiles.h"

/* ---- help ---- */

typedef struct subcommand {
    const char *name, *synopsis, *brief, *what, *options;
} subcommand;

static const subcommand subcommands[] = {
    {"decode", "atc decode [OPTIONS] [FILE]", "bytes, logs or a serial port -> JSON lines or text",
     "Decode bytes (a capture, a transcript in the manuals' style, a terminal program's log, or a\n"
     "serial port) into one JSON object per line, printed as soon as its line is complete.\n",
     "  --profile NAME[,NAME...]  the profiles to decode with (default: the first of `atc profiles`);\n"
     "                            a line takes the meaning of the first that decodes it\n"
     "  --device PATH             read a serial port (raw mode) until interrupted (Ctrl+C)\n"
     "  --baud RATE               its baud rate (default 115200)\n"
     "  --log                     the input is a log: strip timestamps and direction marks at line\n"
     "                            starts ([12:00:01.123], [RX], Tx:, <<, >>, ...); without --log or\n"
     "                            --no-log this is decided from the first lines (not for --device)\n"
     "  --no-log                  the input is raw bytes, even if its lines look like a log\n"
     "  --prefix REGEX            a log whose line prefix is this POSIX extended regex (implies --log);\n"
     "                            a group that reads as a direction (RX, TX, <<, >>) gives \"dir\", the\n"
     "                            first other group gives \"ts\"\n"
     "  --format json|text        JSON lines (default) or one readable line per event\n"
     "  --only KIND[,KIND...]     print only these kinds: command, response, final, intermediate,\n"
     "                            urc, data, unknown, error\n"
     "  --strict                  exit status 1 if any line is an error or unknown\n"
     "  --color, --no-color       colour the text format (default: on a terminal, unless NO_COLOR)\n"
     "FILE defaults to standard input (also \"-\").\n"},
    {"stats", "atc stats [OPTIONS] [FILE]", "decode and count: messages, errors, warnings, unknown lines",
     "Decode like `atc decode` and print a summary: events per message and kind, errors and\n"
     "warnings by code, the unknown lines.\n",
     "  --profile, --device, --baud, --log, --no-log, --prefix, --only, --strict: as for decode\n"},
    {"encode", "atc encode [OPTIONS] [FILE]", "JSON lines -> wire bytes or a transcript",
     "Encode the JSON lines that `atc decode` prints back into bytes.\n",
     "  --profile NAME[,NAME...]  as for decode: a line is encoded by the first profile that can\n"
     "  --to wire|transcript      wire bytes (default: CR after commands, CR LF around the module's\n"
     "                            lines) or the manuals' transcript style (one line each, LF)\n"
     "  --transcript              the same as --to transcript\n"
     "FILE defaults to standard input (also \"-\").\n"},
    {"list", "atc list [--profile NAME[,NAME...]]", "the profiles' messages",
     "Every message of the profiles: kind, name, form, variant, syntax and maximum response time.\n", ""},
    {"profiles", "atc profiles", "the profiles this tool knows", "The profiles this tool knows, one a line.\n", ""},
    {"help", "atc help [SUBCOMMAND]", "this text, or a subcommand's options",
     "This text, or a subcommand's options.\n", ""},
    {"version", "atc --version", "the version of atc", "The version of atc.\n", ""},
};
#define NSUB (sizeof subcommands / sizeof subcommands[0])

static const char exit_codes[] =
    "exit status:\n"
    "  0  done (also when ended by Ctrl+C or SIGTERM)\n"
    "  1  decode, stats with --strict: a line was an error or unknown; encode: a line could not be\n"
    "     encoded (each is reported on standard error with its line number)\n"
    "  2  usage error, or the input could not be opened or read\n";

static void usage(FILE *to)
{
    size_t i;
    fputs("usage:\n", to);
    for (i = 0; i < NSUB; i++)
        fprintf(to, "  %-37s %s\n", subcommands[i].synopsis, subcommands[i].brief);
    fputs("`atc help SUBCOMMAND` shows a subcommand's options; docs/cli.md describes the output.\n", to);
    fputs(exit_codes, to);
}

static const subcommand *find_sub(const char *name)
{
    size_t i;
    for (i = 0; i < NSUB; i++)
        if (strcmp(subcommands[i].name, name) == 0)
            return &subcommands[i];
    return NULL;
}

static void help_for(const subcommand *s)
{
    printf("usage: %s\n%s", s->synopsis, s->what);
    if (s->options[0])
        printf("options:\n%s", s->options);
    fputs(exit_codes, stdout);
}

static int usage_error(const char *sub, const char *fmt, const char *arg)
{
    fprintf(stderr, "atc%s%s: ", sub ? " " : "", sub ? sub : "");
    fprintf(stderr, fmt, arg);
    fprintf(stderr, " (see `atc help%s%s`)\n", sub ? " " : "", sub ? sub : "");
    return 2;
}

/* ---- options ---- */

static const char *const kind_names[] = {"command", "response", "final", "intermediate",
                                         "urc", "data", "unknown", "error"};
#define NKINDS 8

typedef struct options {
    const char *profile, *path, *device, *prefix;
    long baud;
    int log;       /* -1 decided from the input, 0 raw, 1 log */
    int strict;
    int text;      /* --format text */
    int color;     /* -1 on a terminal, unless NO_COLOR */
    unsigned only; /* a bit per kind; 0: all */
    int transcript;
    int stdin_named; /* FILE was "-" */
} options;

static int kind_index(const char *s, size_t n)
{
    int i;
    for (i = 0; i < NKINDS; i++)
        if (strlen(kind_names[i]) == n && memcmp(kind_names[i], s, n) == 0)
            return i;
    return -1;
}

static int parse_only(const char *list, unsigned *out)
{
    const char *s = list;
    *out = 0;
    for (;;) {
        size_t n = strcspn(s, ",");
        int k = kind_index(s, n);
        if (k < 0)
            return -1;
        *out |= 1u << k;
        if (!s[n])
            return 0;
        s += n + 1;
    }
}

/* Parses argv[2..] for subcommand sub; returns 0, or the exit status of a usage error. */
static int parse_options(const char *sub, int argc, char **argv, options *o)
{
    int i;
    int decodes = strcmp(sub, "decode") == 0 || strcmp(sub, "stats") == 0;
    int encodes = strcmp(sub, "encode") == 0;
    memset(o, 0, sizeof *o);
    o->log = -1;
    o->color = -1;
    o->baud = -1;
    for (i = 2; i < argc; i++) {
        const char *a = argv[i], *val = NULL, *eq;
        char name[32];
        size_t nl;
        static const char *const with_value[] = {"--profile", "--device", "--baud", "--prefix",
                                                 "--format",  "--only",   "--to",   NULL};
        int k, takes = 0;
        if (a[0] != '-' || !a[1]) {
            if (o->path || o->stdin_named)
                return usage_error(sub, "one input only (%s)", a);
            if (strcmp(a, "-") == 0)
                o->stdin_named = 1; /* standard input */
            else
                o->path = a;
            continue;
        }
        eq = strchr(a, '=');
        nl = eq ? (size_t)(eq - a) : strlen(a);
        if (nl >= sizeof name)
            return usage_error(sub, "unknown option %s", a);
        memcpy(name, a, nl);
        name[nl] = '\0';
        for (k = 0; with_value[k]; k++)
            if (strcmp(with_value[k], name) == 0)
                takes = 1;
        if (takes) {
            if (eq)
                val = eq + 1;
            else if (i + 1 < argc)
                val = argv[++i];
            else
                return usage_error(sub, "%s needs a value", name);
        } else if (eq) {
            return usage_error(sub, "%s takes no value", name);
        }
        if (strcmp(name, "--profile") == 0 && strcmp(sub, "profiles") != 0) {
            o->profile = val;
        } else if (decodes && strcmp(name, "--device") == 0) {
            o->device = val;
        } else if (decodes && strcmp(name, "--baud") == 0) {
            char *end;
            o->baud = strtol(val, &end, 10);
            if (*end || o->baud <= 0)
                return usage_error(sub, "--baud: not a baud rate: %s", val);
        } else if (decodes && strcmp(name, "--prefix") == 0) {
            o->prefix = val;
            o->log = 1;
        } else if (decodes && strcmp(name, "--log") == 0) {
            o->log = 1;
        } else if (decodes && strcmp(name, "--no-log") == 0) {
            o->log = 0;
        } else if (decodes && strcmp(name, "--strict") == 0) {
            o->strict = 1;
        } else if (decodes && strcmp(name, "--only") == 0) {
            if (parse_only(val, &o->only) < 0)
                return usage_error(sub,
                                   "--only: %s: the kinds are command, response, final, intermediate, urc, "
                                   "data, unknown, error",
                                   val);
        } else if (strcmp(sub, "decode") == 0 && strcmp(name, "--format") == 0) {
            if (strcmp(val, "text") == 0)
                o->text = 1;
            else if (strcmp(val, "json") != 0)
                return usage_error(sub, "--format: json or text, not %s", val);
        } else if (strcmp(sub, "decode") == 0 && strcmp(name, "--color") == 0) {
            o->color = 1;
        } else if (strcmp(sub, "decode") == 0 && strcmp(name, "--no-color") == 0) {
            o->color = 0;
        } else if (encodes && strcmp(name, "--to") == 0) {
            if (strcmp(val, "transcript") == 0)
                o->transcript = 1;
            else if (strcmp(val, "wire") == 0)
                o->transcript = 0;
            else
                return usage_error(sub, "--to: wire or transcript, not %s", val);
        } else if (encodes && strcmp(name, "--transcript") == 0) {
            o->transcript = 1;
        } else {
            return usage_error(sub, "unknown option %s", a);
        }
    }
    if (o->device && (o->path || o->stdin_named))
        return usage_error(sub, "--device or FILE, not both (%s)", o->path ? o->path : "-");
    if (o->baud > 0 && !o->device)
        return usage_error(sub, "%s", "--baud needs --device");
    if (o->baud < 0)
        o->baud = 115200;
    return 0;
}

/* --profile a,b,c: the profiles in order of precedence. Returns how many, 0 on error. */
static int pick_profiles(const char *names, const atc_profile **out)
{
    char buf[256];
    char *tok;
    int n = 0;
    if (!names) {
        out[0] = atc_tool_profiles[0];
        return 1;
    }
    snprintf(buf, sizeof buf, "%s", names);
    for (tok = strtok(buf, ","); tok; tok = strtok(NULL, ",")) {
        if (n == ATC_MAX_PROFILES) {
            fprintf(stderr, "atc: at most %d profiles at once\n", ATC_MAX_PROFILES);
            return 0;
        }
        out[n] = atc_tool_profile(tok);
        if (!out[n]) {
            fprintf(stderr, "atc: unknown profile %s (see `atc profiles`)\n", tok);
            return 0;
        }
        n++;
    }
    if (n == 0)
        fprintf(stderr, "atc: --profile: no profile named\n");
    return n;
}

/* ---- input: files, pipes and serial ports, chunk by chunk, until the end or a signal ---- */

static volatile sig_atomic_t stop_signal;

static void on_signal(int sig)
{
    stop_signal = sig;
}

typedef void (*chunk_fn)(void *ctx, const char *bytes, size_t n);

/* Reads fd until its end (returns 0), SIGINT or SIGTERM (1) or an error (-1, reported). Each
 * chunk is handed to fn as it arrives. */
static int read_chunks(int fd, const char *name, chunk_fn fn, void *ctx)
{
    static char chunk[65536];
    struct sigaction sa, old_int, old_term;
    sigset_t block, orig;
    int rc = 0;
    memset(&sa, 0, sizeof sa);
    sa.sa_handler = on_signal; /* no SA_RESTART: the wait below returns */
    sigemptyset(&sa.sa_mask);
    sigaction(SIGINT, &sa, &old_int);
    sigaction(SIGTERM, &sa, &old_term);
    sigemptyset(&block);
    sigaddset(&block, SIGINT);
    sigaddset(&block, SIGTERM);
    sigprocmask(SIG_BLOCK, &block, &orig);
    for (;;) {
        fd_set rd;
        ssize_t n;
        if (stop_signal) {
            rc = 1;
            break;
        }
        FD_ZERO(&rd);
        FD_SET(fd, &rd);
        /* the signals are let through only while waiting: none is lost between the test above
         * and the wait */
        if (pselect(fd + 1, &rd, NULL, NULL, NULL, &orig) < 0) {
            if (errno == EINTR)
                continue;
            fprintf(stderr, "atc: %s: %s\n", name, strerror(errno));
            rc = -1;
            break;
        }
        n = read(fd, chunk, sizeof chunk);
        if (n < 0) {
            if (errno == EINTR || errno == EAGAIN)
                continue;
            fprintf(stderr, "atc: %s: %s\n", name, strerror(errno));
            rc = -1;
            break;
        }
        if (n == 0)
            break;
        fn(ctx, chunk, (size_t)n);
    }
    sigprocmask(SIG_SETMASK, &orig, NULL);
    sigaction(SIGINT, &old_int, NULL);
    sigaction(SIGTERM, &old_term, NULL);
    return rc;
}

static const struct {
    long rate;
    speed_t speed;
} rates[] = {
    {1200, B1200},     {2400, B2400},     {4800, B4800},   {9600, B9600},  {19200, B19200}, {38400, B38400},
#ifdef B57600
    {57600, B57600},
#endif
#ifdef B115200
    {115200, B115200},
#endif
#ifdef B230400
    {230400, B230400},
#endif
#ifdef B460800
    {460800, B460800},
#endif
#ifdef B921600
    {921600, B921600},
#endif
#ifdef B1000000
    {1000000, B1000000},
#endif
#ifdef B1500000
    {1500000, B1500000},
#endif
#ifdef B2000000
    {2000000, B2000000},
#endif
#ifdef B3000000
    {3000000, B3000000},
#endif
};

/* Opens a serial port in raw mode (8N1, no flow control, nothing translated) at baud; -1 on
 * error (reported), -2 for a baud rate this system has no constant for. */
static int open_serial(const char *path, long baud)
{
    struct termios t;
    size_t i;
    int fd, flags;
    for (i = 0; i < sizeof rates / sizeof rates[0]; i++)
        if (rates[i].rate == baud)
            break;
    if (i == sizeof rates / sizeof rates[0])
        return -2;
    fd = open(path, O_RDWR | O_NOCTTY | O_NONBLOCK); /* (without waiting for the carrier) */
    if (fd < 0) {
        fprintf(stderr, "atc: %s: %s\n", path, strerror(errno));
        return -1;
    }
    flags = fcntl(fd, F_GETFL);
    if (flags < 0 || fcntl(fd, F_SETFL, flags & ~O_NONBLOCK) < 0 || tcgetattr(fd, &t) < 0) {
        fprintf(stderr, "atc: %s: not a serial port: %s\n", path, strerror(errno));
        close(fd);
        return -1;
    }
    t.c_iflag &= (tcflag_t) ~(IGNBRK | BRKINT | PARMRK | ISTRIP | INLCR | IGNCR | ICRNL | IXON | IXOFF);
    t.c_oflag &= (tcflag_t)~OPOST;
    t.c_lflag &= (tcflag_t) ~(ECHO | ECHONL | ICANON | ISIG | IEXTEN);
    t.c_cflag &= (tcflag_t) ~(CSIZE | PARENB | CSTOPB);
    t.c_cflag |= CS8 | CREAD | CLOCAL;
    t.c_cc[VMIN] = 1;
    t.c_cc[VTIME] = 0;
    if (cfsetispeed(&t, rates[i].speed) < 0 || cfsetospeed(&t, rates[i].speed) < 0 ||
        tcsetattr(fd, TCSANOW, &t) < 0) {
        fprintf(stderr, "atc: %s: cannot set raw mode at %ld baud: %s\n", path, baud, strerror(errno));
        close(fd);
        return -1;
    }
    return fd;
}

/* ---- log prefixes: timestamps and direction marks at line starts ---- */

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

typedef struct prefix_info {
    const char *ts;
    size_t tslen;
    int dir;
} prefix_info;

static void trim(const char **s, size_t *n)
{
    while (*n && (**s == ' ' || **s == '\t'))
        (*s)++, (*n)--;
    while (*n && ((*s)[*n - 1] == ' ' || (*s)[*n - 1] == '\t'))
        (*n)--;
}

/* One prefix token at s: its length, 0 if there is none. */
static size_t prefix_token(const char *s, size_t n, prefix_info *pi)
{
    size_t i;
    if (n && (s[0] == '[' || s[0] == '(')) {
        char close = s[0] == '[' ? ']' : ')';
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
            return i;
        }
        return 0;
    }
    for (i = 0; i < n && i < 9 && ((s[i] | 32) >= 'a' && (s[i] | 32) <= 'z'); i++)
        ;
    if (i >= 2 && i < n && s[i] == ':' && direction_of(s, i) >= 0) { /* RX:, Tx:, out: */
        pi->dir = direction_of(s, i);
        return i + 1;
    }
    i = strict_time(s, n);
    if (i && (i == n || s[i] == ' ' || s[i] == '\t')) {
        pi->ts = s;
        pi->tslen = i;
        return i;
    }
    return 0;
}

/* The built-in prefixes: tokens separated by blanks, then one blank. Returns where the line's
 * content begins (0: no prefix). */
static size_t builtin_prefix(const char *s, size_t n, prefix_info *pi)
{
    size_t at = 0, t, k;
    pi->ts = NULL;
    pi->tslen = 0;
    pi->dir = -1;
    while ((t = prefix_token(s + at, n - at, pi)) > 0) {
        at += t;
        for (k = at; k < n && (s[k] == ' ' || s[k] == '\t'); k++)
            ;
        if (k > at && (k == n || !prefix_token(s + k, n - k, &(prefix_info){NULL, 0, -1}))) {
            at++; /* the blank after the prefix */
            break;
        }
        at = k;
    }
    return at;
}

/* ---- decoding: input -> (prefixes stripped) -> decoder -> JSON lines -> output ---- */

typedef struct counter {
    char *key;
    size_t keylen;
    int kind;
    unsigned long count;
} counter;

typedef struct counters {
    counter *c;
    size_t n, cap;
} counters;

static void count(counters *t, int kind, const char *key, size_t keylen)
{
    size_t i;
    for (i = 0; i < t->n; i++)
        if (t->c[i].kind == kind && t->c[i].keylen == keylen && memcmp(t->c[i].key, key, keylen) == 0) {
            t->c[i].count++;
            return;
        }
    if (t->n == t->cap) {
        t->cap = t->cap ? 2 * t->cap : 64;
        t->c = (counter *)realloc(t->c, t->cap * sizeof *t->c);
        if (!t->c) {
            fputs("atc: out of memory\n", stderr);
            exit(2);
        }
    }
    t->c[t->n].key = (char *)malloc(keylen + 1);
    if (!t->c[t->n].key) {
        fputs("atc: out of memory\n", stderr);
        exit(2);
    }
    memcpy(t->c[t->n].key, key, keylen);
    t->c[t->n].key[keylen] = '\0';
    t->c[t->n].keylen = keylen;
    t->c[t->n].kind = kind;
    t->c[t->n].count = 1;
    t->n++;
}

static void counters_free(counters *t)
{
    size_t i;
    for (i = 0; i < t->n; i++)
        free(t->c[i].key);
    free(t->c);
}

#define MAX_VALUES 1024

typedef struct session {
    const options *o;
    const atc_profile *const *profs;
    int nprofs;
    atcj_decoder d;
    int log;           /* -1 not decided yet, 0 raw bytes, 1 a log */
    regex_t re;
    int have_re;
    atcj_buf held;     /* input not fed yet: an incomplete log line, or the first bytes while
                          the kind of input is decided */
    atcj_buf ts;       /* the last prefix's timestamp (lines without a prefix keep it) */
    int has_ts, dir;
    int stats, color;
    unsigned long bad, events;
    counters msgs, errors, warnings, unknown;
    atcj_value *vals;
    atcj_buf line;     /* scratch */
} session;

/* Where the content of a log line begins, and its prefix; 0 when it has none. */
static size_t log_prefix(session *s, const char *line, size_t n, prefix_info *pi)
{
    regmatch_t m[10];
    size_t g;
    if (!s->have_re)
        return builtin_prefix(line, n, pi);
    pi->ts = NULL;
    pi->tslen = 0;
    pi->dir = -1;
    s->line.len = 0;
    atcj_buf_put(&s->line, line, n);
    if (regexec(&s->re, s->line.ptr, 10, m, 0) != 0 || m[0].rm_so != 0 || m[0].rm_eo <= 0)
        return 0;
    for (g = 1; g < 10 && g <= s->re.re_nsub; g++) {
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

/* Is the input a log? At least half of its first lines (up to 64) begin with a prefix. */
static int looks_like_log(session *s, const char *p, size_t n)
{
    size_t i = 0, lines = 0, marked = 0;
    while (i < n && lines < 64) {
        size_t e = i;
        prefix_info pi;
        while (e < n && p[e] != '\n' && p[e] != '\r')
            e++;
        if (e == n && lines > 0)
            break; /* (an incomplete last line is a sample only when it is the only one) */
        if (e > i) {
            lines++;
            marked += log_prefix(s, p + i, e - i, &pi) > 0;
        }
        i = e + 1;
    }
    return lines > 0 && 2 * marked >= lines;
}

static void feed_log_line(session *s, const char *line, size_t n)
{
    size_t body = n, at;
    prefix_info pi;
    while (body && (line[body - 1] == '\n' || line[body - 1] == '\r'))
        body--;
    at = log_prefix(s, line, body, &pi);
    if (at) {
        s->ts.len = 0;
        s->has_ts = pi.ts != NULL;
        if (pi.ts)
            atcj_buf_put(&s->ts, pi.ts, pi.tslen);
        s->dir = pi.dir;
        atcj_decoder_line(&s->d, s->has_ts ? s->ts.ptr : NULL, s->ts.len, s->dir);
    }
    atcj_decoder_feed(&s->d, line + at, n - at);
}

static void emit(session *s, const char *json, size_t n);

static void drain(session *s)
{
    size_t i = 0;
    while (i < s->d.out.len) {
        const char *nl = (const char *)memchr(s->d.out.ptr + i, '\n', s->d.out.len - i);
        size_t e = (size_t)(nl - s->d.out.ptr);
        emit(s, s->d.out.ptr + i, e - i);
        i = e + 1;
    }
    s->d.out.len = 0;
    fflush(stdout);
}

/* A complete line that is not empty. */
static int has_line(const char *p, size_t n)
{
    size_t i;
    int text = 0;
    for (i = 0; i < n; i++) {
        if (p[i] == '\n' || p[i] == '\r') {
            if (text)
                return 1;
        } else {
            text = 1;
        }
    }
    return 0;
}

static void take(session *s, const char *p, size_t n, int end)
{
    atcj_buf both = {0, 0, 0};
    if (s->log < 0) {
        /* decided on the first complete line(s): a live log is printed as it arrives */
        atcj_buf_put(&s->held, p, n);
        if (!end && !has_line(s->held.ptr, s->held.len) && s->held.len < 4096)
            return;
        s->log = looks_like_log(s, s->held.ptr, s->held.len);
        both = s->held;
        s->held.ptr = NULL;
        s->held.len = s->held.cap = 0;
        p = both.ptr;
        n = both.len;
    }
    if (!s->log) {
        atcj_decoder_feed(&s->d, p, n);
    } else {
        /* whole log lines only: the prefix is at a line start */
        size_t i = 0;
        while (i < n) {
            const char *nl = (const char *)memchr(p + i, '\n', n - i);
            size_t e;
            if (!nl) {
                atcj_buf_put(&s->held, p + i, n - i);
                break;
            }
            e = (size_t)(nl - p) + 1;
            if (s->held.len) {
                atcj_buf_put(&s->held, p + i, e - i);
                feed_log_line(s, s->held.ptr, s->held.len);
                s->held.len = 0;
            } else {
                feed_log_line(s, p + i, e - i);
            }
            i = e;
        }
        if (end && s->held.len) {
            feed_log_line(s, s->held.ptr, s->held.len);
            s->held.len = 0;
        }
    }
    if (end)
        atcj_decoder_finish(&s->d);
    atcj_buf_free(&both);
    drain(s);
}

static void take_chunk(void *ctx, const char *bytes, size_t n)
{
    take((session *)ctx, bytes, n, 0);
}

/* ---- output: JSON lines, text, counts ---- */

static const char *str_val(const atcj_value *v, int n, const char *key)
{
    int i;
    for (i = 0; i < n; i++)
        if (v[i].is_str == 1 && strcmp(v[i].key, key) == 0)
            return v[i].str.ptr;
    return NULL;
}

/* A final result that reports failure (ERROR, +CME ERROR, SEND FAIL, ...). */
static int is_error_result(const session *s, const char *name, const char *variant)
{
    int k;
    for (k = 0; k < s->nprofs; k++) {
        uint16_t id = atc_find_msg(s->profs[k], ATC_KIND_FINAL, name, variant, ATC_FORM_NONE, ATC_NO_MSG);
        if (id != ATC_NO_MSG)
            return (s->profs[k]->msgs[id].flags & ATC_M_ERROR) != 0;
    }
    return 0;
}

#define C_RESET "\033[0m"
#define C_BOLD "\033[1m"
#define C_DIM "\033[2m"
#define C_RED "\033[31m"
#define C_GREEN "\033[32m"
#define C_YELLOW "\033[33m"
#define C_BLUE "\033[34m"
#define C_MAGENTA "\033[35m"
#define C_CYAN "\033[36m"

static void put_colored(session *s, atcj_buf *b, const char *color, const char *text, size_t n)
{
    if (s->color && color)
        atcj_buf_puts(b, color);
    atcj_buf_put(b, text, n);
    if (s->color && color)
        atcj_buf_puts(b, C_RESET);
}

static void put_value(atcj_buf *b, const atcj_value *v)
{
    if (v->is_str == 1)
        atcj_put_json_str(b, v->str.ptr, v->str.len);
    else
        atcj_buf_put(b, v->str.ptr ? v->str.ptr : "", v->str.len);
}

/* One readable line: [ts] dir kind name [form] [variant] field=value ... data=... error=... */
static void render_text(session *s, const atcj_value *v, int n, int kind)
{
    static const char *const kind_color[] = {C_CYAN, NULL, C_GREEN, C_BLUE, C_MAGENTA, NULL, C_YELLOW, C_RED C_BOLD};
    atcj_buf *b = &s->line;
    const char *dir = str_val(v, n, "dir"), *name = str_val(v, n, "name"), *ts = str_val(v, n, "ts");
    const char *kc = kind_color[kind];
    char pad[16];
    int i;
    b->len = 0;
    if (ts) {
        put_colored(s, b, C_DIM, ts, strlen(ts));
        atcj_buf_puts(b, " ");
    }
    put_colored(s, b, dir && strcmp(dir, "tx") == 0 ? C_CYAN : NULL, dir ? dir : "?", dir ? strlen(dir) : 1);
    atcj_buf_puts(b, " ");
    if (kind == ATC_KIND_FINAL && name && is_error_result(s, name, str_val(v, n, "variant")))
        kc = C_RED;
    put_colored(s, b, kc, kind_names[kind], strlen(kind_names[kind]));
    snprintf(pad, sizeof pad, "%*s", (int)(12 - strlen(kind_names[kind])), "");
    atcj_buf_puts(b, pad);
    if (name) {
        atcj_buf_puts(b, " ");
        put_colored(s, b, C_BOLD, name, strlen(name));
    }
    for (i = 0; i < n; i++) {
        const atcj_value *x = &v[i];
        const char *k = x->key;
        if (strcmp(k, "dir") == 0 || strcmp(k, "kind") == 0 || strcmp(k, "name") == 0 || strcmp(k, "ts") == 0 ||
            x->is_str == 2)
            continue;
        atcj_buf_puts(b, " ");
        if (strcmp(k, "form") == 0 || strcmp(k, "variant") == 0) {
            atcj_buf_put(b, x->str.ptr, x->str.len);
        } else if (strcmp(k, "reason") == 0) {
            atcj_buf_puts(b, "(");
            atcj_buf_put(b, x->str.ptr, x->str.len);
            atcj_buf_puts(b, ")");
        } else if (strcmp(k, "error") == 0 || strcmp(k, "warning") == 0) {
            put_colored(s, b, k[0] == 'e' ? C_RED : C_YELLOW, k, strlen(k));
            atcj_buf_puts(b, "=");
            put_colored(s, b, k[0] == 'e' ? C_RED : C_YELLOW, x->str.ptr, x->str.len);
        } else if (strcmp(k, "end") == 0 || strcmp(k, "field") == 0) {
            atcj_buf_puts(b, k);
            atcj_buf_puts(b, "=");
            atcj_buf_put(b, x->str.ptr, x->str.len);
        } else if (x->list) {
            int j = i;
            put_colored(s, b, C_DIM, k + (k[0] == '.'), strlen(k + (k[0] == '.')));
            atcj_buf_puts(b, "=[");
            for (; j < n && v[j].list && strcmp(v[j].key, k) == 0; j++) {
                if (j > i)
                    atcj_buf_puts(b, ",");
                put_value(b, &v[j]);
            }
            atcj_buf_puts(b, "]");
            i = j - 1;
        } else {
            put_colored(s, b, C_DIM, k + (k[0] == '.'), strlen(k + (k[0] == '.')));
            atcj_buf_puts(b, "=");
            put_value(b, x);
        }
    }
    atcj_buf_puts(b, "\n");
    fwrite(b->ptr, 1, b->len, stdout);
}

static void tally(session *s, const atcj_value *v, int n, int kind)
{
    const char *name = str_val(v, n, "name"), *variant = str_val(v, n, "variant"), *form = str_val(v, n, "form");
    const char *error = str_val(v, n, "error"), *warning = str_val(v, n, "warning"), *raw = str_val(v, n, "raw");
    atcj_buf *b = &s->line;
    b->len = 0;
    atcj_buf_puts(b, name ? name : kind == ATC_KIND_DATA ? str_val(v, n, "dir") : "-"); /* (data: by direction) */
    if (form) {
        atcj_buf_puts(b, " ");
        atcj_buf_puts(b, form);
    }
    if (variant) {
        atcj_buf_puts(b, " ");
        atcj_buf_puts(b, variant);
    }
    s->events++;
    if (kind != ATC_KIND_UNKNOWN && kind != ATC_KIND_ERROR)
        count(&s->msgs, kind, b->ptr, b->len);
    if (error)
        count(&s->errors, 0, error, strlen(error));
    if (warning)
        count(&s->warnings, 0, warning, strlen(warning));
    if (kind == ATC_KIND_UNKNOWN && raw) {
        size_t len = 0;
        int i;
        for (i = 0; i < n; i++)
            if (strcmp(v[i].key, "raw") == 0)
                len = v[i].str.len;
        count(&s->unknown, 0, raw, len);
    }
}

/* The kind of a JSON line as the decoder prints it: {"dir":"rx","kind":"..." */
static int kind_of_line(const char *json, size_t n)
{
    static const char head[] = "{\"dir\":\"rx\",\"kind\":\""; /* (the direction at 8, 9) */
    size_t at = sizeof head - 1, e;
    if (n <= at || memcmp(json, head, 8) != 0 || memcmp(json + 10, head + 10, at - 10) != 0)
        return -1;
    for (e = at; e < n && json[e] != '"'; e++)
        ;
    return kind_index(json + at, e - at);
}

static void emit(session *s, const char *json, size_t n)
{
    int kind = kind_of_line(json, n), nv = 0;
    char err[128];
    if (kind == ATC_KIND_ERROR || kind == ATC_KIND_UNKNOWN)
        s->bad++;
    if (s->o->only && (kind < 0 || !(s->o->only & (1u << kind))))
        return;
    if (!s->stats && !s->o->text) {
        fwrite(json, 1, n, stdout);
        putchar('\n');
        return;
    }
    if (atcj_read_object(json, n, s->vals, MAX_VALUES, &nv, err, sizeof err) < 0 || kind < 0) {
        /* (cannot happen: the decoder wrote it) */
        fprintf(stderr, "atc: internal: %s: %.*s\n", err, (int)n, json);
    } else if (s->stats) {
        tally(s, s->vals, nv, kind);
    } else {
        render_text(s, s->vals, nv, kind);
    }
    atcj_values_free(s->vals, nv);
}

static int by_kind_then_count(const void *a, const void *b)
{
    const counter *x = (const counter *)a, *y = (const counter *)b;
    if (x->kind != y->kind)
        return x->kind - y->kind;
    if (x->count != y->count)
        return x->count > y->count ? -1 : 1;
    return strcmp(x->key, y->key);
}

static void sort_counters(counters *t)
{
    if (t->n)
        qsort(t->c, t->n, sizeof *t->c, by_kind_then_count);
}

static const char *reason_of(const char *err_name)
{
    int e;
    for (e = 0; e < ATC_ERR__COUNT; e++)
        if (strcmp(atc_err_name((atc_err)e), err_name) == 0)
            return atc_err_reason((atc_err)e);
    return "";
}

static void print_stats(session *s)
{
    size_t i;
    unsigned long total_unknown = 0, total_errors = 0, total_warnings = 0;
    for (i = 0; i < s->unknown.n; i++)
        total_unknown += s->unknown.c[i].count;
    for (i = 0; i < s->errors.n; i++)
        total_errors += s->errors.c[i].count;
    for (i = 0; i < s->warnings.n; i++)
        total_warnings += s->warnings.c[i].count;
    printf("%lu events: %lu messages, %lu errors, %lu unknown lines; %lu warnings\n", s->events,
           s->events - total_errors - total_unknown, total_errors, total_unknown, total_warnings);
    sort_counters(&s->msgs);
    if (s->msgs.n)
        printf("\n%-13s %-32s %8s\n", "kind", "message", "count");
    for (i = 0; i < s->msgs.n; i++)
        printf("%-13s %-32s %8lu\n", kind_names[s->msgs.c[i].kind], s->msgs.c[i].key, s->msgs.c[i].count);
    sort_counters(&s->errors);
    if (s->errors.n)
        printf("\n%-46s %8s\n", "error", "count");
    for (i = 0; i < s->errors.n; i++)
        printf("%-46s %8lu  %s\n", s->errors.c[i].key, s->errors.c[i].count, reason_of(s->errors.c[i].key));
    sort_counters(&s->warnings);
    if (s->warnings.n)
        printf("\n%-46s %8s\n", "warning", "count");
    for (i = 0; i < s->warnings.n; i++)
        printf("%-46s %8lu  %s\n", s->warnings.c[i].key, s->warnings.c[i].count, reason_of(s->warnings.c[i].key));
    sort_counters(&s->unknown);
    if (s->unknown.n)
        printf("\n%-46s %8s\n", "unknown line", "count");
    for (i = 0; i < s->unknown.n && i < 20; i++) {
        s->line.len = 0;
        atcj_put_json_str(&s->line, s->unknown.c[i].key, s->unknown.c[i].keylen);
        printf("%-46s %8lu\n", s->line.ptr, s->unknown.c[i].count);
    }
    if (s->unknown.n > 20)
        printf("(%lu more distinct unknown lines)\n", (unsigned long)(s->unknown.n - 20));
}

static int cmd_decode(const options *o, const atc_profile *const *profs, int n, int stats)
{
    session s;
    int fd, rc, status;
    const char *name = o->device ? o->device : o->path ? o->path : "<stdin>";
    memset(&s, 0, sizeof s);
    s.o = o;
    s.profs = profs;
    s.nprofs = n;
    s.stats = stats;
    s.dir = -1;
    s.log = o->log >= 0 ? o->log : o->device ? 0 : -1; /* a serial port carries no log prefixes */
    if (o->color >= 0)
        s.color = o->color;
    else
        s.color = isatty(STDOUT_FILENO) && !(getenv("NO_COLOR") && getenv("NO_COLOR")[0]);
    if (o->prefix) {
        int e = regcomp(&s.re, o->prefix, REG_EXTENDED);
        if (e != 0) {
            char msg[128];
            regerror(e, &s.re, msg, sizeof msg);
            fprintf(stderr, "atc %s: --prefix: %s (see `atc help decode`)\n", stats ? "stats" : "decode", msg);
            return 2;
        }
        s.have_re = 1;
    }
    if (o->device) {
        fd = open_serial(o->device, o->baud);
        if (fd == -2)
            return usage_error(stats ? "stats" : "decode", "--baud: this system has no constant for %s baud",
                               o->device);
    } else if (o->path) {
        fd = open(o->path, O_RDONLY);
        if (fd < 0)
            fprintf(stderr, "atc: %s: %s\n", o->path, strerror(errno));
    } else {
        fd = STDIN_FILENO;
    }
    if (fd < 0) {
        if (s.have_re)
            regfree(&s.re);
        return 2;
    }
    s.vals = (atcj_value *)calloc(MAX_VALUES, sizeof *s.vals);
    if (!s.vals) {
        fputs("atc: out of memory\n", stderr);
        return 2;
    }
    atcj_decoder_init_multi(&s.d, profs, n);
    rc = read_chunks(fd, name, take_chunk, &s);
    take(&s, "", 0, 1); /* the end: an unterminated line, a payload cut short (also after Ctrl+C) */
    if (stats)
        print_stats(&s);
    fflush(stdout);
    if (fd != STDIN_FILENO)
        close(fd);
    status = rc < 0 ? 2 : o->strict && s.bad ? 1 : 0;
    atcj_decoder_free(&s.d);
    atcj_buf_free(&s.held);
    atcj_buf_free(&s.ts);
    atcj_buf_free(&s.line);
    free(s.vals);
    counters_free(&s.msgs);
    counters_free(&s.errors);
    counters_free(&s.warnings);
    counters_free(&s.unknown);
    if (s.have_re)
        regfree(&s.re);
    return status;
}

/* ---- encode: JSON lines -> bytes, line by line as they arrive ---- */

typedef struct encoder {
    const atc_profile *const *profs;
    int nprofs, transcript, status;
    const char *name;
    unsigned long lineno;
    atcj_buf held, out;
} encoder;

static void encode_line(encoder *e, const char *line, size_t n)
{
    char err[600];
    size_t k = 0;
    e->lineno++;
    while (k < n && (line[k] == ' ' || line[k] == '\t' || line[k] == '\r'))
        k++;
    if (k < n && atcj_encode_line_multi(e->profs, e->nprofs, line, n, e->transcript, &e->out, err, sizeof err) < 0) {
        fflush(stdout);
        fprintf(stderr, "%s:%lu: %s\n", e->name, e->lineno, err);
        e->status = 1;
    }
}

static void encode_chunk(void *ctx, const char *p, size_t n)
{
    encoder *e = (encoder *)ctx;
    size_t i = 0;
    while (i < n) {
        const char *nl = (const char *)memchr(p + i, '\n', n - i);
        size_t end;
        if (!nl) {
            atcj_buf_put(&e->held, p + i, n - i);
            break;
        }
        end = (size_t)(nl - p);
        if (e->held.len) {
            atcj_buf_put(&e->held, p + i, end - i);
            encode_line(e, e->held.ptr, e->held.len);
            e->held.len = 0;
        } else {
            encode_line(e, p + i, end - i);
        }
        i = end + 1;
    }
    if (e->out.len) {
        fwrite(e->out.ptr, 1, e->out.len, stdout);
        e->out.len = 0;
    }
    fflush(stdout);
}

static int cmd_encode(const options *o, const atc_profile *const *profs, int n)
{
    encoder e;
    int fd = STDIN_FILENO, rc;
    memset(&e, 0, sizeof e);
    e.profs = profs;
    e.nprofs = n;
    e.transcript = o->transcript;
    e.name = o->path ? o->path : "<stdin>";
    if (o->path && (fd = open(o->path, O_RDONLY)) < 0) {
        fprintf(stderr, "atc: %s: %s\n", o->path, strerror(errno));
        return 2;
    }
    rc = read_chunks(fd, e.name, encode_chunk, &e);
    if (e.held.len) {
        encode_line(&e, e.held.ptr, e.held.len);
        e.held.len = 0;
    }
    encode_chunk(&e, "", 0);
    if (fd != STDIN_FILENO)
        close(fd);
    atcj_buf_free(&e.held);
    atcj_buf_free(&e.out);
    return rc < 0 ? 2 : e.status;
}

static int cmd_list(const atc_profile *prof)
{
    static const char *const forms[] = {"", "test", "read", "set", "exec"};
    uint16_t i;
    for (i = 0; i < prof->nmsgs; i++) {
        const atc_msg_desc *d = &prof->msgs[i];
        const char *v = atc_msg_variant(prof, i);
        printf("%-12s %-13s %-5s %-16s %s", kind_names[d->kind], atc_msg_name(prof, i), forms[d->form], v ? v : "-",
               atc_msg_syntax(prof, i));
        if (prof->names && prof->names->timeout_ms[i])
            printf("  (max %lu ms)", (unsigned long)prof->names->timeout_ms[i]);
        putchar('\n');
    }
    return 0;
}

int main(int argc, char **argv)
{
    const atc_profile *profs[ATC_MAX_PROFILES];
    const char *cmd;
    options o;
    int i, n, rc;
    if (argc < 2) {
        usage(stderr);
        return 2;
    }
    cmd = argv[1];
    if (strcmp(cmd, "--version") == 0 || strcmp(cmd, "version") == 0) {
        printf("atc %s (runtime tables version %d)\n", ATC_VERSION, ATC_RUNTIME_VERSION);
        return 0;
    }
    if (strcmp(cmd, "-h") == 0 || strcmp(cmd, "--help") == 0 || strcmp(cmd, "help") == 0) {
        const subcommand *s;
        if (argc < 3) {
            usage(stdout);
            return 0;
        }
        s = find_sub(argv[2]);
        if (!s || argc > 3)
            return usage_error(NULL, "help: no subcommand %s", argv[2]);
        help_for(s);
        return 0;
    }
    if (!find_sub(cmd) || strcmp(cmd, "help") == 0 || strcmp(cmd, "version") == 0) {
        fprintf(stderr, "atc: no subcommand %s\n", cmd);
        usage(stderr);
        return 2;
    }
    for (i = 2; i < argc; i++)
        if (strcmp(argv[i], "--help") == 0 || strcmp(argv[i], "-h") == 0) {
            help_for(find_sub(cmd));
            return 0;
        }
    rc = parse_options(cmd, argc, argv, &o);
    if (rc)
        return rc;
    if (strcmp(cmd, "profiles") == 0) {
        if (o.path)
            return usage_error(cmd, "takes no argument (%s)", o.path);
        for (i = 0; atc_tool_profiles[i]; i++)
            printf("%s\n", atc_tool_profiles[i]->name);
        return 0;
    }
    n = pick_profiles(o.profile, profs);
    if (n == 0)
        return 2;
    if (strcmp(cmd, "decode") == 0)
        return cmd_decode(&o, profs, n, 0);
    if (strcmp(cmd, "stats") == 0)
        return cmd_decode(&o, profs, n, 1);
    if (strcmp(cmd, "encode") == 0)
        return cmd_encode(&o, profs, n);
    /* list */
    if (o.path)
        return usage_error(cmd, "takes no FILE (%s)", o.path);
    for (i = 0; i < n; i++)
        cmd_list(profs[i]);
    return 0;
}
