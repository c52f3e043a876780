/* SPDX-License-Identifier: MIT */
/* ATC_MAX_AWAIT 1: one command awaits its completion URC. A second AT+QIOPEN before the first's
 * +QIOPEN came gets the warning ATC_ERR_AWAIT_FULL on its OK, and its URC completes nothing;
 * the first one's still completes it. The parser is 8 bytes (one await) smaller than at the default.
 * expect: run */
#define ATC_MAX_AWAIT 1
#define ATC_IMPLEMENTATION
#include "atc_quectel_tcpip.h"

#include "../settings_check.h"

static int completes[16], warnings[16], n;

static void mark(atc_parser *p, const atc_event *ev)
{
    record_event(p, ev);
    if (n < 16) {
        completes[n] = ev->completes;
        warnings[n] = (int)ev->warning;
        n++;
    }
}

static const atc_callbacks mark_callbacks = {mark, NULL, NULL};

int main(void)
{
    atc_parser p;
    CHECK(sizeof(atc__await) == 8);
    atc_init(&p, &atc_quectel_tcpip_profile, &mark_callbacks, NULL);
    feed_text(&p, "AT+QIOPEN=1,0,\"TCP\",\"1.2.3.4\",80\r\r\nOK\r\n", 0);
    feed_text(&p, "AT+QIOPEN=1,1,\"TCP\",\"1.2.3.4\",80\r\r\nOK\r\n", 1);
    CHECK(n == 4 && warnings[1] == ATC_OK && warnings[3] == ATC_ERR_AWAIT_FULL);
    CHECK(atc_awaiting(&p) == 1);
    feed_text(&p, "+QIOPEN: 1,0\r\n+QIOPEN: 0,0\r\n", 0);
    CHECK(n == 6 && completes[4] == 0 && completes[5] == 1);
    CHECK(atc_awaiting(&p) == 0);
    return settings_result("max_await_1");
}
