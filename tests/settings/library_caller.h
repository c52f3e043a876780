/* SPDX-License-Identifier: MIT */
/* A program using the compiled library (build/libatc.a, which `make` builds with ATC_MAX_LINE 4096
 * and ATC_MAX_PROFILES 6) through its headers, runtime/atc.h and generated/quectel_tcpip.h. Its
 * settings come from the file that includes this one. */
#include "atc.h"
#include "quectel_tcpip.h"

#include "settings_check.h"

int main(void)
{
    atc_parser p;
    atc_init(&p, &atc_quectel_tcpip_profile, &record_callbacks, NULL);
    feed_text(&p, "+QIOPEN: 0,0\r\nOK\r\n", 0);
    CHECK(nseen == 2 && seen[0].id == ATC_QUECTEL_TCPIP_QIOPEN && seen[1].id == ATC_QUECTEL_TCPIP_OK);
    CHECK(sizeof p.line.bytes == ATC_MAX_LINE);
    return settings_result("library caller");
}
