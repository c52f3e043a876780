/* SPDX-License-Identifier: MIT */
/* ATC_MAX_PROFILES 0: a parser could hold no profile; the runtime header stops the build.
 * expect: compile-error ATC_MAX_PROFILES must be 1..255 */
#define ATC_MAX_PROFILES 0
#define ATC_IMPLEMENTATION
#include "atc_quectel_tcpip.h"

int main(void)
{
    return 0;
}
