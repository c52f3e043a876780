/* The codec under test: every profile's single header, implemented once. Compiled against
 * generated/ (as committed) or against a copy regenerated with another Ragel code style. */
#define ATC_IMPLEMENTATION
#include "bench_profiles.h"
