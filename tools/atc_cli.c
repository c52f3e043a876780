/* build/atc: decode captured serial logs into JSON lines, encode JSON lines into bytes, list a
 * profile's messages. The command line face of the codec, and how it is tested from outside. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "atc_json.h"
#include "profiles.h"

static void usage(FILE *to)
{
    fputs("usage: atc decode [--profile NAME] [FILE]      bytes -> JSON lines\n"
          "       atc encode [--profile NAME] [--transcript] [FILE]   JSON lines -> bytes\n"
          "       atc list [--profile NAME]               the profile's messages\n"
          "       atc profiles                            the profiles this tool knows\n"
          "FILE defaults to standard input; NAME to the first profile. With several profiles a line\n"
          "takes the meaning of the first that decodes it.\n",
          to);
}

static int read_all(const char *path, atcj_buf *out)
{
    FILE *f = path ? fopen(path, "rb") : stdin;
    char chunk[65536];
    size_t n;
    if (!f) {
        perror(path);
        return -1;
    }
    while ((n = fread(chunk, 1, sizeof chunk, f)) > 0)
        atcj_buf_put(out, chunk, n);
    if (path)
        fclose(f);
    if (!out->ptr)
        atcj_buf_put(out, "", 0);
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
    return n;
}

static int cmd_decode(const atc_profile **profs, int n, const char *path)
{
    atcj_buf in = {0, 0, 0};
    atcj_decoder d;
    if (read_all(path, &in) < 0)
        return 1;
    atcj_decoder_init_multi(&d, profs, n);
    atcj_decoder_feed(&d, in.ptr, in.len);
    atcj_decoder_finish(&d);
    if (d.out.len)
        fwrite(d.out.ptr, 1, d.out.len, stdout);
    atcj_decoder_free(&d);
    atcj_buf_free(&in);
    return 0;
}

static int cmd_encode(const atc_profile **profs, int n, const char *path, int transcript)
{
    atcj_buf in = {0, 0, 0}, out = {0, 0, 0};
    size_t start = 0, i, lineno = 0;
    int status = 0;
    if (read_all(path, &in) < 0)
        return 1;
    for (i = 0; i <= in.len; i++) {
        if (i == in.len || in.ptr[i] == '\n') {
            char err[256];
            size_t k = start;
            lineno++;
            while (k < i && (in.ptr[k] == ' ' || in.ptr[k] == '\t' || in.ptr[k] == '\r'))
                k++;
            if (k < i && atcj_encode_line_multi(profs, n, in.ptr + start, i - start, transcript, &out,
                                                err, sizeof err) < 0) {
                fprintf(stderr, "%s:%lu: %s\n", path ? path : "<stdin>", (unsigned long)lineno, err);
                status = 1;
            }
            start = i + 1;
        }
    }
    if (out.len)
        fwrite(out.ptr, 1, out.len, stdout);
    atcj_buf_free(&in);
    atcj_buf_free(&out);
    return status;
}

static int cmd_list(const atc_profile *prof)
{
    static const char *const kinds[] = {"command", "response", "final", "intermediate", "urc"};
    static const char *const forms[] = {"", "test", "read", "set", "exec"};
    uint16_t i;
    for (i = 0; i < prof->nmsgs; i++) {
        const atc_msg_desc *d = &prof->msgs[i];
        uint8_t k;
        printf("%-12s %-13s %-5s %-16s %s", kinds[d->kind], d->name, forms[d->form],
               d->variant ? d->variant : "-", d->prefix);
        for (k = 0; k < d->nfields; k++) {
            const atc_field_desc *f = &d->fields[k];
            printf("%s%s%s%s", k ? "," : "", (f->flags & ATC_F_OPTIONAL) ? "[" : "",
                   f->type == ATC_T_LITERAL ? f->values[0] : f->name, (f->flags & ATC_F_OPTIONAL) ? "]" : "");
        }
        if (d->timeout_ms)
            printf("  (max %lu ms)", (unsigned long)d->timeout_ms);
        putchar('\n');
    }
    return 0;
}

int main(int argc, char **argv)
{
    const char *profile = NULL, *path = NULL, *cmd;
    const atc_profile *profs[ATC_MAX_PROFILES];
    int transcript = 0, i, n;
    if (argc < 2) {
        usage(stderr);
        return 2;
    }
    cmd = argv[1];
    for (i = 2; i < argc; i++) {
        if (strcmp(argv[i], "--profile") == 0 && i + 1 < argc)
            profile = argv[++i];
        else if (strncmp(argv[i], "--profile=", 10) == 0)
            profile = argv[i] + 10;
        else if (strcmp(argv[i], "--transcript") == 0)
            transcript = 1;
        else if (argv[i][0] == '-' && argv[i][1]) {
            usage(stderr);
            return 2;
        } else
            path = argv[i];
    }
    if (strcmp(cmd, "profiles") == 0) {
        for (i = 0; atc_tool_profiles[i]; i++)
            printf("%s\n", atc_tool_profiles[i]->name);
        return 0;
    }
    if (strcmp(cmd, "-h") == 0 || strcmp(cmd, "--help") == 0 || strcmp(cmd, "help") == 0) {
        usage(stdout);
        return 0;
    }
    n = pick_profiles(profile, profs);
    if (n == 0)
        return 2;
    if (strcmp(cmd, "decode") == 0)
        return cmd_decode(profs, n, path);
    if (strcmp(cmd, "encode") == 0)
        return cmd_encode(profs, n, path, transcript);
    if (strcmp(cmd, "list") == 0) {
        for (i = 0; i < n; i++)
            cmd_list(profs[i]);
        return 0;
    }
    usage(stderr);
    return 2;
}
