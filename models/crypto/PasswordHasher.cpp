// SPDX-FileCopyrightText: 2026 Keyward developers
// SPDX-License-Identifier: Apache-2.0
#include "crypto/PasswordHasher.h"

#include "crypto/Digest.h"

#include <QByteArray>
#include <QList>

#include <openssl/crypto.h>
#include <openssl/evp.h>

#include <optional>

namespace keyward {

namespace {

constexpr int MaxLogN = 20;
constexpr int MaxRTimesP = 64;
constexpr quint64 MaxMemoryBytes = quint64(1) << 30;
constexpr int MinSaltLength = 8;
constexpr int MinHashLength = 16;
constexpr int MaxFieldLength = 64;

struct Encoded {
    int logN = 0;
    int r = 0;
    int p = 0;
    QByteArray salt;
    QByteArray hash;
};

constexpr auto Base64Options = QByteArray::Base64Encoding | QByteArray::OmitTrailingEquals;

QByteArray toBase64(const QByteArray &bytes)
{
    return bytes.toBase64(Base64Options);
}

// Only the exact text toBase64() produces: rejects padding, whitespace and non-zero trailing bits,
// so every stored hash has one spelling.
std::optional<QByteArray> fromBase64(QByteArrayView text)
{
    auto decoded = QByteArray::fromBase64Encoding(
        text.toByteArray(), QByteArray::Base64Encoding | QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded || decoded.decoded.toBase64(Base64Options) != text)
        return std::nullopt;
    return decoded.decoded;
}

// Decimal without sign, leading zeros or whitespace, at most 4 digits.
std::optional<int> parseSmallInt(QByteArrayView text)
{
    if (text.isEmpty() || text.size() > 4 || (text.size() > 1 && text[0] == '0'))
        return std::nullopt;
    int value = 0;
    for (const char c : text) {
        if (c < '0' || c > '9')
            return std::nullopt;
        value = value * 10 + (c - '0');
    }
    return value;
}

std::optional<int> parseNamed(QByteArrayView field, QByteArrayView name)
{
    if (field.size() <= name.size() + 1 || !field.startsWith(name) || field[name.size()] != '=')
        return std::nullopt;
    return parseSmallInt(field.sliced(name.size() + 1));
}

quint64 memoryBytes(int logN, int r)
{
    return 128ULL * static_cast<quint64>(r) * (quint64(1) << logN);
}

std::optional<Encoded> parse(QStringView encodedText)
{
    // Anything outside ASCII cannot be a valid encoding; Latin-1 keeps the check one-to-one.
    for (const QChar c : encodedText) {
        if (c.unicode() > 0x7F)
            return std::nullopt;
    }
    const QByteArray text = encodedText.toLatin1();
    const QList<QByteArray> parts = text.split('$');
    if (parts.size() != 5 || !parts[0].isEmpty() || parts[1] != QByteArrayLiteral("scrypt"))
        return std::nullopt;
    const QList<QByteArray> params = parts[2].split(',');
    if (params.size() != 3)
        return std::nullopt;

    Encoded e;
    const auto logN = parseNamed(params[0], "ln");
    const auto r = parseNamed(params[1], "r");
    const auto p = parseNamed(params[2], "p");
    if (!logN || !r || !p)
        return std::nullopt;
    e.logN = *logN;
    e.r = *r;
    e.p = *p;
    if (e.logN < 1 || e.logN > MaxLogN || e.r < 1 || e.p < 1 || e.r * e.p > MaxRTimesP ||
        memoryBytes(e.logN, e.r) > MaxMemoryBytes)
        return std::nullopt;

    const auto salt = fromBase64(parts[3]);
    const auto hash = fromBase64(parts[4]);
    if (!salt || !hash || salt->size() < MinSaltLength || salt->size() > MaxFieldLength ||
        hash->size() < MinHashLength || hash->size() > MaxFieldLength)
        return std::nullopt;
    e.salt = *salt;
    e.hash = *hash;
    return e;
}

std::optional<QByteArray> scrypt(const QByteArray &password, const QByteArray &salt, int logN,
                                 int r, int p, int outputLength)
{
    QByteArray out(outputLength, Qt::Uninitialized);
    // B (128 * r * p) and V (128 * r * N) plus slack for OpenSSL's own accounting.
    const quint64 maxMem = memoryBytes(logN, r) + 128ULL * r * p + (quint64(1) << 20);
    const int ok = EVP_PBE_scrypt(
        password.constData(), static_cast<size_t>(password.size()),
        reinterpret_cast<const unsigned char *>(salt.constData()), static_cast<size_t>(salt.size()),
        quint64(1) << logN, static_cast<quint64>(r), static_cast<quint64>(p), maxMem,
        reinterpret_cast<unsigned char *>(out.data()), static_cast<size_t>(out.size()));
    if (ok != 1)
        return std::nullopt;
    return out;
}

} // namespace

QString PasswordHasher::hash(QStringView password)
{
    QByteArray utf8 = password.toUtf8();
    const QByteArray salt = Digest::randomBytes(SaltLength);
    const auto derived = scrypt(utf8, salt, CurrentLogN, CurrentR, CurrentP, HashLength);
    OPENSSL_cleanse(utf8.data(), static_cast<size_t>(utf8.size()));
    if (!derived)
        qFatal("EVP_PBE_scrypt failed with the built-in parameters");

    const QString encoded = QStringLiteral("$scrypt$ln=%1,r=%2,p=%3$%4$%5")
                                .arg(CurrentLogN)
                                .arg(CurrentR)
                                .arg(CurrentP)
                                .arg(QLatin1String(toBase64(salt)))
                                .arg(QLatin1String(toBase64(*derived)));
    return encoded;
}

bool PasswordHasher::verify(QStringView password, QStringView encoded)
{
    const std::optional<Encoded> e = parse(encoded);
    if (!e)
        return false;
    QByteArray utf8 = password.toUtf8();
    const auto derived =
        scrypt(utf8, e->salt, e->logN, e->r, e->p, static_cast<int>(e->hash.size()));
    OPENSSL_cleanse(utf8.data(), static_cast<size_t>(utf8.size()));
    return derived && Digest::equal(*derived, e->hash);
}

bool PasswordHasher::needsRehash(QStringView encoded)
{
    const std::optional<Encoded> e = parse(encoded);
    if (!e)
        return true;
    const quint64 memory = memoryBytes(e->logN, e->r);
    const quint64 currentMemory = memoryBytes(CurrentLogN, CurrentR);
    return memory < currentMemory ||
           memory * static_cast<quint64>(e->p) < currentMemory * static_cast<quint64>(CurrentP) ||
           e->salt.size() < SaltLength || e->hash.size() < HashLength;
}

} // namespace keyward
