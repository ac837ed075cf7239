// SPDX-FileCopyrightText: 2026 Keyward developers
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QSemaphore>

#include <optional>

namespace keyward {

// How many password checks (scrypt, about 0.2 s of a core each) may run at
// once. Unbounded, a storm of wrong passwords occupies every core and
// starves the key exchanges answered beside it; a login that finds every
// slot taken is refused at once as throttled (retry in a second), before it
// costs a store write or a hash and whatever account it names.
class PasswordWork {
public:
    // Half the cores, at least one.
    static int defaultCapacity();

    explicit PasswordWork(int capacity = defaultCapacity());

    // A slot, held until the releaser goes; nullopt when all are taken.
    std::optional<QSemaphoreReleaser> tryTake() const;
    int capacity() const { return m_capacity; }

private:
    const int m_capacity;
    mutable QSemaphore m_free;
};

} // namespace keyward
