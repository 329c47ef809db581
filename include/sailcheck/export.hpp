#pragma once

// The library is built with hidden symbols (-fvisibility=hidden); SAILCHECK_API marks what a
// shared libsailcheck exports: the public API, and nothing of the engine behind it. For a static
// library the attribute changes nothing.
#if defined(__GNUC__) || defined(__clang__)
#define SAILCHECK_API __attribute__((visibility("default")))
#else
#define SAILCHECK_API
#endif
