/* SPDX-License-Identifier: MIT */
/* What the consumer programs of tests/packaging/run.sh print: the settings they were compiled with
 * (from the build system under test) and the events of three quectel_tcpip lines, one with a value
 * outside the spec (a warning, or an error with ATC_STRICT_VALUES). Include after the codec. */
#include <stdio.h>
#include <string.h>

static void print_event(atc_parser *p, const atc_event *ev)
{
    static const char *const kinds[] = {"command", "response", "final", "intermediate", "urc", "data", "unknown", "error"};
    (void)p;
    printf("event: %s id=%u name=%s", kinds[ev->kind], (unsigned)ev->id,
           ev->desc ? atc_msg_name(ev->profile, ev->id) : "-");
    if (ev->kind == ATC_KIND_ERROR)
        printf(" error=%s", atc_err_name(ev->error));
    else if (ev->warning)
        printf(" warning=%s", atc_err_name(ev->warning));
    printf("\n");
}

static int decode_and_print(const char *how)
{
    static const char lines[] = "+QIOPEN: 12,0\r\n+QIOPEN: 0,0\r\nOK\r\n";
    static const atc_callbacks cb = {print_event, NULL, NULL};
    atc_parser parser;
    printf("%s: line=%d profiles=%d state=%d no_error_strings=%d no_names=%d strict=%d\n", how, ATC_MAX_LINE,
           ATC_MAX_PROFILES, ATC_STATE_BYTES, ATC_NO_ERROR_STRINGS, ATC_NO_NAMES, ATC_STRICT_VALUES);
    atc_init(&parser, &atc_quectel_tcpip_profile, &cb, NULL);
    atc_feed(&parser, lines, strlen(lines));
    atc_finish(&parser);
    return 0;
}
