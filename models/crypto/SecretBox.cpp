// SPDX-FileCopyrightText: 2026 Keyward developers
// SPDX-License-Identifier: Apache-2.0
#include "crypto/SecretBox.h"

#include "crypto/Digest.h"

#include <openssl/evp.h>

#include <limits>
#include <memory>

namespace keyward {

namespace {

using CipherContext = std::unique_ptr<EVP_CIPHER_CTX, decltype(&EVP_CIPHER_CTX_free)>;

const unsigned char *bytes(QByteArrayView view)
{
    static const unsigned char empty = 0;
    return view.isEmpty() ? &empty : reinterpret_cast<const unsigned char *>(view.data());
}

unsigned char *bytes(QByteArray &array)
{
    return reinterpret_cast<unsigned char *>(array.data());
}

// Same as EVP's int lengths: refuse inputs that do not fit rather than truncate them.
bool fitsInt(QByteArrayView view)
{
    return view.size() <= std::numeric_limits<int>::max() - SecretBox::Overhead;
}

} // namespace

SecretBox::SecretBox(QByteArray key32)
    : m_key(std::move(key32))
{
    Q_ASSERT(m_key.size() == KeyLength);
    if (m_key.size() != KeyLength)
        qFatal("SecretBox needs a 32-byte key");
}

QByteArray SecretBox::seal(QByteArrayView plaintext, QByteArrayView associatedData) const
{
    if (!fitsInt(plaintext) || !fitsInt(associatedData))
        qFatal("SecretBox::seal: input too large");
    QByteArray out = Digest::randomBytes(NonceLength);
    out.resize(NonceLength + plaintext.size() + TagLength);

    CipherContext ctx(EVP_CIPHER_CTX_new(), &EVP_CIPHER_CTX_free);
    int length = 0;
    const bool ok =
        ctx &&
        EVP_EncryptInit_ex2(ctx.get(), EVP_aes_256_gcm(), bytes(m_key), bytes(out), nullptr) == 1 &&
        (associatedData.isEmpty() ||
         EVP_EncryptUpdate(ctx.get(), nullptr, &length, bytes(associatedData),
                           static_cast<int>(associatedData.size())) == 1) &&
        EVP_EncryptUpdate(ctx.get(), bytes(out) + NonceLength, &length, bytes(plaintext),
                          static_cast<int>(plaintext.size())) == 1 &&
        EVP_EncryptFinal_ex(ctx.get(), bytes(out) + NonceLength + length, &length) == 1 &&
        EVP_CIPHER_CTX_ctrl(ctx.get(), EVP_CTRL_AEAD_GET_TAG, TagLength,
                            bytes(out) + NonceLength + plaintext.size()) == 1;
    if (!ok)
        qFatal("AES-256-GCM encryption failed");
    return out;
}

std::optional<QByteArray> SecretBox::open(QByteArrayView sealed,
                                          QByteArrayView associatedData) const
{
    if (sealed.size() < Overhead || !fitsInt(sealed) || !fitsInt(associatedData))
        return std::nullopt;
    const QByteArrayView nonce = sealed.first(NonceLength);
    const QByteArrayView ciphertext = sealed.sliced(NonceLength, sealed.size() - Overhead);
    QByteArray tag = sealed.last(TagLength).toByteArray();

    QByteArray plaintext(ciphertext.size(), Qt::Uninitialized);
    CipherContext ctx(EVP_CIPHER_CTX_new(), &EVP_CIPHER_CTX_free);
    int length = 0;
    const bool ok =
        ctx &&
        EVP_DecryptInit_ex2(ctx.get(), EVP_aes_256_gcm(), bytes(m_key), bytes(nonce), nullptr) ==
            1 &&
        (associatedData.isEmpty() ||
         EVP_DecryptUpdate(ctx.get(), nullptr, &length, bytes(associatedData),
                           static_cast<int>(associatedData.size())) == 1) &&
        EVP_DecryptUpdate(ctx.get(), bytes(plaintext), &length, bytes(ciphertext),
                          static_cast<int>(ciphertext.size())) == 1 &&
        EVP_CIPHER_CTX_ctrl(ctx.get(), EVP_CTRL_AEAD_SET_TAG, TagLength, bytes(tag)) == 1
        // The tag is checked here; everything decrypted above is discarded if it fails.
        && EVP_DecryptFinal_ex(ctx.get(), bytes(plaintext) + length, &length) == 1;
    if (!ok)
        return std::nullopt;
    return plaintext;
}

} // namespace keyward
