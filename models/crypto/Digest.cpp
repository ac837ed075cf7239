// SPDX-FileCopyrightText: 2026 Keyward developers
// SPDX-License-Identifier: Apache-2.0
#include "crypto/Digest.h"

#include <QtGlobal>

#include <openssl/crypto.h>
#include <openssl/evp.h>
#include <openssl/rand.h>

namespace keyward::Digest {

namespace {

// Fetched once: EVP_sha256() has the provider look SHA-256 up again on each
// digest, under a lock the event loops share, and that took two thirds of a
// key's digest (120 ns fetched, 300–470 ns not).
const EVP_MD *sha256Algorithm()
{
    static const EVP_MD *const algorithm = [] {
        const EVP_MD *fetched = EVP_MD_fetch(nullptr, "SHA256", nullptr);
        if (!fetched)
            qFatal("EVP_MD_fetch(SHA256) failed");
        return fetched;
    }();
    return algorithm;
}

} // namespace

QByteArray sha256(QByteArrayView data)
{
    unsigned char md[EVP_MAX_MD_SIZE];
    unsigned int mdLength = 0;
    static const unsigned char empty = 0;
    const auto *input =
        data.isEmpty() ? &empty : reinterpret_cast<const unsigned char *>(data.data());
    if (EVP_Digest(input, static_cast<size_t>(data.size()), md, &mdLength, sha256Algorithm(),
                   nullptr) != 1)
        qFatal("EVP_Digest(SHA-256) failed");
    return QByteArray(reinterpret_cast<const char *>(md), static_cast<qsizetype>(mdLength));
}

QByteArray sha256Hex(QByteArrayView data)
{
    return sha256(data).toHex();
}

bool equal(QByteArrayView a, QByteArrayView b)
{
    if (a.size() != b.size())
        return false;
    if (a.isEmpty())
        return true;
    return CRYPTO_memcmp(a.data(), b.data(), static_cast<size_t>(a.size())) == 0;
}

QByteArray randomBytes(int count)
{
    if (count <= 0)
        return {};
    QByteArray out(count, Qt::Uninitialized);
    if (RAND_bytes(reinterpret_cast<unsigned char *>(out.data()), count) != 1)
        qFatal("RAND_bytes failed: the OpenSSL random generator is unusable");
    return out;
}

} // namespace keyward::Digest
