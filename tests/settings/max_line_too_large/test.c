/* SPDX-License-Identifier: MIT */
/* ATC_MAX_LINE 70000: more than the 16-bit lengths and offsets of the line buffer can address; the
 * runtime header stops the build instead of letting them wrap.
 * expect: compile-error ATC_MAX_LINE must be 16..65535 */
#define ATC_MAX_LINE 70000
#define ATC_IMPLEMENTATION
#include "atc_quectel_tcpip.h"

int main(void)
{
    return 0;
}
