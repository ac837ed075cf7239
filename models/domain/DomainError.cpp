// SPDX-FileCopyrightText: 2026 Keyward developers
// SPDX-License-Identifier: Apache-2.0
#include "domain/DomainError.h"

#include "store/StoreError.h"

#include <QLoggingCategory>

namespace keyward {

Q_LOGGING_CATEGORY(lcStore, "keyward.store")

DomainError DomainError::unavailable(const StoreError &error)
{
    qCWarning(lcStore, "store failure: %s", qPrintable(error.detail));
    return of(Code::Unavailable, QT_TRANSLATE_NOOP("Sentence", "The store is unavailable"));
}

} // namespace keyward
