#include "pipeline/allocator_tuning.h"

#if defined(__GLIBC__)
#include <malloc.h>
#endif

namespace precis {

void tune_allocator() {
#if defined(__GLIBC__)
  mallopt(M_MMAP_THRESHOLD, 32 * 1024 * 1024);
  mallopt(M_TRIM_THRESHOLD, 64 * 1024 * 1024);
#endif
}

}  // namespace precis
