// SPDX-FileCopyrightText: 2026 Keyward developers
// SPDX-License-Identifier: Apache-2.0
// Allocator: a freed large buffer does not move the size from which glibc
// maps buffers on their own (and unmaps them when freed).
#include "Allocator.h"

#include <QTest>

#if defined(__GLIBC__)
#include <malloc.h>
#endif

#include <cstdlib>

namespace {

#if defined(__GLIBC__) && !defined(__SANITIZE_ADDRESS__)
// Through a volatile pointer, so the compiler keeps each allocation.
void *(*volatile allocate)(std::size_t) = std::malloc;

// Whether an 8 MiB buffer is mapped on its own after a 16 MiB one was freed
// (left alone, glibc raises the size to 16 MiB and carves the second from
// its heap, which is far smaller than 8 MiB here, so it grows).
bool mappedAfterALargerOneWasFreed()
{
    std::free(allocate(16 << 20));
    const auto before = mallinfo2().hblks;
    void *buffer = allocate(8 << 20);
    const bool mapped = mallinfo2().hblks == before + 1;
    std::free(buffer);
    return mapped;
}
#endif

} // namespace

class TestAllocator : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() { Allocator::keepLargeBuffersMapped(); }

    void theSizeStaysWhereItWasKept()
    {
#if defined(__SANITIZE_ADDRESS__)
        // AddressSanitizer brings its own allocator, which knows no mallopt.
        QSKIP("glibc's allocator only, not AddressSanitizer's");
#elif defined(__GLIBC__)
        QVERIFY(mappedAfterALargerOneWasFreed());
        QVERIFY(mappedAfterALargerOneWasFreed());
#else
        QSKIP("glibc's allocator only");
#endif
    }
};

QTEST_GUILESS_MAIN(TestAllocator)
#include "TestAllocator.moc"
