// Process-wide allocator settings for the precis programs (the CLI and the benchmarks call this
// once at start, so benchmarks measure what the CLI does).
//
// Summarizing a stream allocates and frees the same few megabytes for every cluster (sentence
// tables, similarity graphs, vectors). With glibc's defaults, blocks over 128 KB come from mmap
// and freed memory at the top of the heap goes back to the kernel at once, so every cluster pays
// for fresh pages again: on a 100-article cluster the page faults cost more than LexRank's walk.
// Keeping up to 64 MB of freed memory in the process (and serving blocks below 32 MB from the
// heap) removes those faults. Peak RSS is unchanged: it is set by the largest working set, which
// is what gets reused.
#pragma once

namespace precis {

// Applies the settings above (glibc mallopt); a no-op with other C libraries.
void tune_allocator();

}  // namespace precis
