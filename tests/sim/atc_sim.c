/* SPDX-License-Identifier: MIT */
/* The simulated module (see atc_sim.h). */
#include "atc_sim.h"

#include <stdio.h>
#include <string.h>

static void sim_fail(atc_sim *s, const char *what, const char *a, size_t an, const char *b, size_t bn)
{
    if (!s->error[0])
        snprintf(s->error, sizeof s->error, "%s: \"%.*s\" (script: \"%.*s\")", what, (int)an, a, (int)bn, b);
}

static void sim_out(atc_sim *s, const char *data, size_t len)
{
    if (s->nout + len > sizeof s->out) {
        sim_fail(s, "output buffer full", data, len, "", 0);
        return;
    }
    memcpy(s->out + s->nout, data, len);
    s->nout += len;
}

/* The capture's events: a script line being decoded is written again by the encoder. */
static void sim_event(atc_parser *p, const atc_event *ev)
{
    atc_sim *s = (atc_sim *)p->user;
    char buf[2048];
    size_t n = 0;
    atc_err err;
    if (!s->decoding)
        return;
    if (!ev->desc || ev->kind == ATC_KIND_ERROR || ev->kind == ATC_KIND_UNKNOWN) {
        sim_fail(s, "a module line of the script does not decode", ev->raw.ptr, ev->raw.len, "", 0);
        return;
    }
    err = atc_encode(ev->profile, ev->id, ev->msg, ATC_FRAME_WIRE, buf, sizeof buf, &n);
    if (err != ATC_OK) {
        sim_fail(s, atc_err_name(err), ev->raw.ptr, ev->raw.len, "", 0);
        return;
    }
    sim_out(s, buf, n);
}

static const atc_callbacks sim_callbacks = {sim_event, NULL, NULL};

/* <ctrl+Z>, <esc>, <CR>, <LF>, <NUL>, <0xNN> -> bytes. */
static size_t sim_unnotate(const char *t, size_t n, char *out, size_t cap)
{
    static const struct {
        const char *name;
        char byte;
    } names[] = {{"<ctrl+Z>", 0x1a}, {"<esc>", 0x1b}, {"<CR>", '\r'}, {"<LF>", '\n'}, {"<NUL>", 0}};
    size_t i = 0, m = 0, k;
    while (i < n && m < cap) {
        int done = 0;
        for (k = 0; k < sizeof names / sizeof names[0] && !done; k++) {
            size_t l = strlen(names[k].name);
            if (n - i >= l && memcmp(t + i, names[k].name, l) == 0) {
                out[m++] = names[k].byte;
                i += l;
                done = 1;
            }
        }
        if (!done && n - i >= 6 && memcmp(t + i, "<0x", 3) == 0 && t[i + 5] == '>') {
            unsigned v = 0;
            if (sscanf(t + i + 3, "%2x", &v) == 1) {
                out[m++] = (char)v;
                i += 6;
                done = 1;
            }
        }
        if (!done)
            out[m++] = t[i++];
    }
    return m;
}

static int sim_is_command(const char *line, size_t n)
{
    return n >= 2 && (line[0] == 'A' || line[0] == 'a') && (line[1] == 'T' || line[1] == 't');
}

static void sim_advance(atc_sim *s);

/* Check what the host has sent against the item waited for. */
static void sim_host_check(atc_sim *s)
{
    while (s->waiting && s->nhost) {
        size_t used;
        if (s->waiting == 1) {
            char *cr = (char *)memchr(s->host, '\r', s->nhost);
            if (!cr)
                return;
            used = (size_t)(cr - s->host) + 1;
            if (used - 1 != s->nexpect || memcmp(s->host, s->expect, s->nexpect) != 0)
                sim_fail(s, "the host sent another command", s->host, used - 1, s->expect, s->nexpect);
            if (s->echo_commands)
                sim_out(s, s->host, used);
            s->commands++;
        } else {
            if (s->nhost < s->nexpect)
                return;
            used = s->nexpect;
            if (memcmp(s->host, s->expect, used) != 0)
                sim_fail(s, "the host sent another payload", s->host, used, s->expect, s->nexpect);
            if (s->echo_data)
                sim_out(s, s->host, used);
        }
        memmove(s->host, s->host + used, s->nhost - used);
        s->nhost -= used;
        s->waiting = 0;
        s->due = s->now;
        sim_advance(s);
    }
}

/* Play the script from its cursor while items are due. */
static void sim_advance(atc_sim *s)
{
    while (!s->waiting && s->script && *s->script) {
        const char *line = s->script, *end = strchr(line, '\n');
        size_t n;
        uint32_t delay = 0;
        if (!end)
            end = line + strlen(line);
        while (line < end && (*line == ' ' || *line == '\t'))
            line++;
        n = (size_t)(end - line);
        if (n == 0 || line[0] == '#') {
            s->script = *end ? end + 1 : end;
            continue;
        }
        if (line[0] == '@') {
            unsigned long ms = 0;
            size_t i = 1;
            while (i < n && line[i] >= '0' && line[i] <= '9')
                ms = ms * 10u + (unsigned long)(line[i++] - '0');
            while (i < n && line[i] == ' ')
                i++;
            delay = (uint32_t)ms;
            line += i;
            n -= i;
        }
        if (sim_is_command(line, n) || (n >= 2 && line[0] == '<' && line[1] == '<')) {
            /* wait for the host: a command line, or a payload */
            int payload = line[0] == '<';
            size_t skip = payload ? (n > 2 && line[2] == ' ' ? 3 : 2) : 0;
            s->nexpect = payload ? sim_unnotate(line + skip, n - skip, s->expect, sizeof s->expect)
                                 : (n < sizeof s->expect ? n : sizeof s->expect);
            if (!payload)
                memcpy(s->expect, line, s->nexpect);
            s->waiting = payload ? 2 : 1;
            s->script = *end ? end + 1 : end;
            sim_host_check(s);
            return;
        }
        if ((int32_t)(s->now - (s->due + delay)) < 0)
            return; /* not yet */
        s->script = *end ? end + 1 : end;
        s->due = s->now;
        if (line[0] == '>') {
            /* the prompt (the encoder writes it as the module does: no line end), then the payload */
            const atc_profile *prof = s->capture.profiles[0];
            char buf[16], none[8] = {0};
            size_t m = 0;
            if (prof->msg_prompt == ATC_NO_MSG ||
                atc_encode(prof, prof->msg_prompt, none, ATC_FRAME_WIRE, buf, sizeof buf, &m) != ATC_OK) {
                sim_fail(s, "the profile has no prompt", line, n, "", 0);
                return;
            }
            sim_out(s, buf, m);
            atc_feed(&s->capture, buf, m);
            s->nexpect = n > 2 ? sim_unnotate(line + 2, n - 2, s->expect, sizeof s->expect) : 0;
            if (s->nexpect) {
                s->waiting = 2;
                sim_host_check(s);
                return;
            }
        } else if (n >= 4 && memcmp(line, "raw ", 4) == 0) {
            char buf[1024];
            size_t m = sim_unnotate(line + 4, n - 4, buf, sizeof buf);
            sim_out(s, buf, m);
            atc_feed(&s->capture, buf, m);
        } else {
            s->decoding = 1;
            atc_feed(&s->capture, line, n);
            atc_feed(&s->capture, "\r\n", 2);
            s->decoding = 0;
        }
    }
}

void atc_sim_init(atc_sim *s, const atc_profile *profile, const char *script)
{
    memset(s, 0, sizeof *s);
    atc_init(&s->capture, profile, &sim_callbacks, s);
    s->script = script;
    sim_advance(s);
}

void atc_sim_host(atc_sim *s, const char *data, size_t len)
{
    atc_feed(&s->capture, data, len);
    if (s->nhost + len > sizeof s->host) {
        sim_fail(s, "the host sent too much", data, len, "", 0);
        return;
    }
    memcpy(s->host + s->nhost, data, len);
    s->nhost += len;
    sim_host_check(s);
}

void atc_sim_run(atc_sim *s, atc_engine *e, uint32_t ms)
{
    while (ms--) {
        s->now++;
        sim_advance(s);
        /* (the engine may answer from inside, which adds to out: handed over in this step too) */
        while (s->sent < s->nout) {
            size_t n = s->nout - s->sent;
            if (s->chunk && n > s->chunk)
                n = s->chunk;
            s->sent += n;
            atc_engine_feed(e, s->out + s->sent - n, n);
        }
        s->nout = s->sent = 0;
        atc_engine_tick(e, s->now);
    }
}

int atc_sim_finished(const atc_sim *s)
{
    const char *p = s->script;
    if (s->waiting || s->nout)
        return 0;
    /* only blank lines and comments left */
    while (p && *p) {
        const char *end = strchr(p, '\n');
        if (!end)
            end = p + strlen(p);
        while (p < end && (*p == ' ' || *p == '\t'))
            p++;
        if (p < end && *p != '#')
            return 0;
        p = *end ? end + 1 : end;
    }
    return 1;
}
