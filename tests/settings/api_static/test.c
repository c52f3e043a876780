/* SPDX-License-Identifier: MIT */
/* #define ATC_API static: every codec function is private to the file that implements it. The
 * program uses a few of them and must still build with -Wall -Wextra -Werror (no "defined but not
 * used"); other.c defines an external function of the same name as one of the codec's, which
 * links only because the codec's is static.
 * expect: run */
#define ATC_API static
#define ATC_IMPLEMENTATION
#include "atc_quectel_tcpip.h"

#include "../settings_check.h"

#ifdef __cplusplus
extern "C"
#endif
int other_atc_feed_calls(void); /* other.c */

int main(void)
{
    atc_parser p;
    atc_init(&p, &atc_quectel_tcpip_profile, &record_callbacks, NULL);
    feed_text(&p, "+QIOPEN: 0,0\r\nOK\r\n", 1);
    CHECK(nseen == 2 && seen[0].id == ATC_QUECTEL_TCPIP_QIOPEN && seen[1].id == ATC_QUECTEL_TCPIP_OK);
    CHECK(other_atc_feed_calls() == 1);
    return settings_result("api_static");
}
