// SPDX-FileCopyrightText: 2026 Keyward developers
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QByteArrayView>

namespace keyward {

// IEEE 802.3 CRC-32 (reflected polynomial 0xEDB88320, the zlib / PNG / GitHub-token variant) so
// that key checksums can be checked by any scanner with a stock crc32(). Neither Qt nor OpenSSL
// exposes one publicly.
quint32 crc32(QByteArrayView data);

} // namespace keyward
