/* SPDX-License-Identifier: MIT */
/* Another file of the program, with an external function named like the codec's atc_feed: a
 * second definition the linker would refuse if test.c's atc_feed were external too. */
#ifdef __cplusplus
extern "C" {
#endif
void atc_feed(void);
int other_atc_feed_calls(void);
#ifdef __cplusplus
}
#endif

static int calls;

void atc_feed(void)
{
    calls++;
}

int other_atc_feed_calls(void)
{
    atc_feed();
    return calls;
}
