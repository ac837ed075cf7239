// SPDX-FileCopyrightText: 2026 Keyward developers
// SPDX-License-Identifier: Apache-2.0
#pragma once

// How a long-running Keyward process uses glibc's allocator; elsewhere
// these do nothing.
namespace Allocator {

// The size from which a buffer is mapped on its own, and unmapped as soon
// as it is freed.
constexpr int largeBufferBytes = 128 * 1024;

// Keeps that size fixed. glibc raises it each time such a buffer is freed,
// up to 32 MiB; after that a usage flush's statements and row lists, and
// the batch it writes, are carved from the threads' arenas and what they
// free stays there. Under load spread over 200,000 keys of a
// 1,000,000-key store: 59-60 -> 49-53 MB resident after 60 s.
void keepLargeBuffersMapped();
// Gives the whole free pages of every arena back to the system.
void returnFreedMemory();

} // namespace Allocator
