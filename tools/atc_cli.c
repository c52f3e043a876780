/* SPDX-License-Identifier: MIT */
/* build/atc: decode captured serial logs and live serial ports into JSON lines (or text, or a
 * summary), encode JSON lines into bytes, list a profile's messages. The command line face of
 * the codec, and how it is tested from outside. docs/cli.md describes it. Here: help, options,
 * the decode session (input -> log prefixes stripped -> decoder -> output) and encoding; the
 * parts live beside it: atc_input.c (reading until the end or a signal), atc_serial.c (termios),
 * atc_log.c (log prefixes), atc_text.c (--format text), atc_stats.c (atc stats). */
#define _POSIX_C_SOURCE 200809L

#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "atc_input.h"
#include "atc_json.h"
#include "atc_log.h"
#include "atc_serial.h"
#include "atc_stats.h"
#include "atc_text.h"
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
     "                            a line takes the meaning of the first that decodes it; basic (the\n"
     "                            V.250/27.007 lines every module shares) comes after them\n"
     "  --no-basic                only the profiles named, without basic\n"
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
     "  --profile, --no-basic, --device, --baud, --log, --no-log, --prefix, --only, --strict: as\n"
     "  for decode\n"},
    {"encode", "atc encode [OPTIONS] [FILE]", "JSON lines -> wire bytes or a transcript",
     "Encode the JSON lines that `atc decode` prints back into bytes.\n",
     "  --profile NAME[,NAME...]  as for decode: a line is encoded by the first profile that can\n"
     "  --no-basic                as for decode\n"
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
    int no_basic;    /* --no-basic: only the profiles named */
} options;

static int parse_only(const char *list, unsigned *out)
{
    const char *s = list;
    *out = 0;
    for (;;) {
        size_t n = strcspn(s, ",");
        int k = cli_kind_index(s, n);
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
        } else if ((decodes || encodes) && strcmp(name, "--no-basic") == 0) {
            o->no_basic = 1;
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

/* The V.250/27.007 lines every module shares (AT, ATE0, +CPIN, +CREG, +CME ERROR: SIM not
 * inserted ...) decode too: basic comes after the profiles named, unless named or --no-basic. */
static int add_basic(const atc_profile **profs, int n)
{
    const atc_profile *basic = atc_tool_profile("basic");
    int i;
    for (i = 0; i < n; i++)
        if (profs[i] == basic)
            return n;
    if (!basic || n == ATC_MAX_PROFILES)
        return n;
    profs[n] = basic;
    return n + 1;
}

/* ---- decoding: input -> (prefixes stripped) -> decoder -> JSON lines -> output ---- */

#define MAX_VALUES 1024

typedef struct session {
    const options *o;
    const atc_profile *const *profs;
    int nprofs;
    atcj_decoder d;
    int log;           /* -1 not decided yet, 0 raw bytes, 1 a log */
    cli_log prefixes;  /* how log prefixes are recognised */
    atcj_buf held;     /* input not fed yet: an incomplete log line, or the first bytes while
                          the kind of input is decided */
    atcj_buf ts;       /* the last prefix's timestamp (lines without a prefix keep it) */
    int has_ts, dir;
    int stats, color;
    unsigned long bad;
    cli_stats counts;  /* atc stats */
    atcj_value *vals;
    atcj_buf line;     /* scratch */
} session;

static void feed_log_line(session *s, const char *line, size_t n)
{
    size_t body = n, at;
    cli_prefix pi;
    while (body && (line[body - 1] == '\n' || line[body - 1] == '\r'))
        body--;
    at = cli_log_prefix(&s->prefixes, line, body, &pi);
    if (at) {
        s->ts.len = 0;
        s->has_ts = pi.ts != NULL;
        if (pi.ts)
            atcj_buf_put(&s->ts, pi.ts, pi.tslen);
        s->dir = pi.dir;
        atcj_decoder_line(&s->d, s->has_ts ? s->ts.ptr : NULL, s->ts.len, s->dir);
    }
    if ((body - at == 1 && line[at] == '>') || (body - at == 2 && line[at] == '>' && line[at + 1] == ' ')) {
        /* a prompt on a log line of its own: the line end is the logger's, not the module's (the
         * host's data follows the '>' directly) */
        atcj_decoder_feed(&s->d, line + at, body - at);
        return;
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
        s->log = cli_log_detect(&s->prefixes, s->held.ptr, s->held.len);
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

/* The kind of a JSON line as the decoder prints it: {"dir":"rx","kind":"..." */
static int kind_of_line(const char *json, size_t n)
{
    static const char head[] = "{\"dir\":\"rx\",\"kind\":\""; /* (the direction at 8, 9) */
    size_t at = sizeof head - 1, e;
    if (n <= at || memcmp(json, head, 8) != 0 || memcmp(json + 10, head + 10, at - 10) != 0)
        return -1;
    for (e = at; e < n && json[e] != '"'; e++)
        ;
    return cli_kind_index(json + at, e - at);
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
        cli_stats_tally(&s->counts, s->vals, nv, kind);
    } else {
        cli_text_event(&s->line, s->color, s->profs, s->nprofs, s->vals, nv, kind);
    }
    atcj_values_free(s->vals, nv);
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
    {
        char msg[128];
        if (cli_log_init(&s.prefixes, o->prefix, msg, sizeof msg) != 0) {
            fprintf(stderr, "atc %s: --prefix: %s (see `atc help decode`)\n", stats ? "stats" : "decode", msg);
            return 2;
        }
    }
    if (o->device) {
        fd = cli_serial_open(o->device, o->baud);
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
        cli_log_free(&s.prefixes);
        return 2;
    }
    s.vals = (atcj_value *)calloc(MAX_VALUES, sizeof *s.vals);
    if (!s.vals) {
        fputs("atc: out of memory\n", stderr);
        return 2;
    }
    atcj_decoder_init_multi(&s.d, profs, n);
    rc = cli_read_chunks(fd, name, take_chunk, &s);
    take(&s, "", 0, 1); /* the end: an unterminated line, a payload cut short (also after Ctrl+C) */
    if (stats)
        cli_stats_print(&s.counts);
    fflush(stdout);
    if (fd != STDIN_FILENO)
        close(fd);
    status = rc < 0 ? 2 : o->strict && s.bad ? 1 : 0;
    atcj_decoder_free(&s.d);
    atcj_buf_free(&s.held);
    atcj_buf_free(&s.ts);
    atcj_buf_free(&s.line);
    free(s.vals);
    cli_stats_free(&s.counts);
    cli_log_free(&s.prefixes);
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
    rc = cli_read_chunks(fd, e.name, encode_chunk, &e);
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
        printf("%-12s %-13s %-5s %-16s %s", cli_kind_names[d->kind], atc_msg_name(prof, i), forms[d->form], v ? v : "-",
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
    if (strcmp(cmd, "list") != 0 && !o.no_basic)
        n = add_basic(profs, n);
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
