/* SPDX-License-Identifier: MIT */
/* ATC_MAX_PROFILES 1 (written out; also the default) with two single headers in the program: a
 * parser holds one profile, atc_init_multi refuses more (-1) and leaves nothing half set up; two
 * parsers decode the two profiles side by side.
 * expect: run */
#define ATC_MAX_PROFILES 1
#define ATC_IMPLEMENTATION
#include "atc_quectel_tcpip.h"
#include "atc_usr_tcp232.h"

#include "../settings_check.h"

int main(void)
{
    atc_parser a, b;
    const atc_profile *both[2];
    both[0] = &atc_quectel_tcpip_profile;
    both[1] = &atc_usr_tcp232_profile;
    CHECK(sizeof a.profiles == sizeof(const atc_profile *));
    CHECK(atc_init_multi(&a, both, 2, &record_callbacks, NULL) == -1);
    CHECK(atc_init_multi(&a, both, 1, &record_callbacks, NULL) == 0);
    atc_init(&b, &atc_usr_tcp232_profile, &record_callbacks, NULL);
    feed_text(&a, "+QIOPEN: 0,0\r\n", 0);
    feed_text(&b, "+OK\r\n", 0);
    CHECK(nseen == 2);
    CHECK(seen[0].profile == &atc_quectel_tcpip_profile && seen[0].id == ATC_QUECTEL_TCPIP_QIOPEN);
    CHECK(seen[1].profile == &atc_usr_tcp232_profile && seen[1].id == ATC_USR_TCP232_OK);
    return settings_result("max_profiles_1");
}
