// SPDX-FileCopyrightText: 2026 Keyward developers
// SPDX-License-Identifier: Apache-2.0
#include "FuzzSigningKeys.h"

#include <QtGlobal>

namespace keyward {

namespace {

// Throwaway keys generated for these targets; never used anywhere else.
// PKCS#8 DER (PrivateKeyInfo), base64.
constexpr char Es256Pkcs8[] =
    "MIGHAgEAMBMGByqGSM49AgEGCCqGSM49AwEHBG0wawIBAQQg4wx5VibpOQ7FrfigxA2QxUiFn9mczoiTwoJ55xH2"
    "T5OhRANCAATGGnQiIiduxS3wzcHA+X4WvTDYMhn0dOmyzNuVt5WITRkKlQap+NGE3tA6MndB/amfjpg69dTuLPMJ"
    "s+o5Dl1H";
constexpr char Rs256Pkcs8[] =
    "MIIEvQIBADANBgkqhkiG9w0BAQEFAASCBKcwggSjAgEAAoIBAQDm4lY/P/4/2GW1vLQjJDU19KNgWrNk421lZwo6"
    "/7Nu2g0cLw3ugLCT677S1GnLdkC6JooC1zYMmY/V8Jsbuu8BtuOLuBwh455iYK6t+3YEJ7WsY5uE0RmZt3D22rdT"
    "3Xmwl9fnOykxWiU5b18R0uL2NZlYJaWwvGftajzwR9QsfqCama4mTHxi20MACKtHAk5lwMNJCeKni8nANJ4+4pFl"
    "D9LeZpgX5YoBlpG9dOTSfcT7wIdyGz2qqlER5SNblKE3Zme2NfSvSv7DnRHPreADEEBOUQ4xg91x/hPHI5/5LNzy"
    "wUd6Z+zcW7PobSmCCCgM7vV0dTGSkPoU+/eieB+HAgMBAAECggEAB16xWMlwCEHFWf1od7N3wanifaTGTqVk54Ww"
    "wt8hVpHvXIE3229j844MUJQkqmHuSxQbxoa+z+Q6NFnIsvMFHuxP3Q11yffpuQOADD3DqtL6v8w8eZUPR3yBC5IG"
    "3xNpuKgUeS731xIuw8YUIU3d9uD9p+eK0LP/0lf/xA0gJQvapJr3V7gTZlndfMR8/UptmV45yCsaVN2hhuJvlbH8"
    "z8N5ABkb4QIUGAeJ59t7fuyh2emz7/DVRzbd3D1WMoqco+JA2zwWCkY2PkBMKYP4Zyh+QnuWRN80tOiy7UP6C0hd"
    "JEJB7M2aBEVIRSggXTACpAhtNDVKBhgHzyUB9es2BQKBgQD+F6D5jcDHst3tarvnyvu+QYSGINIuepSpf+dWJo8S"
    "gbfo5TdXG22KoGxGscphqji4llCO2tYADE2dlYM/aZmaaNqGstZqElmLL0DvzH4tBQd+02Whg4FCmDZNiOsRl5VA"
    "E3iZKPFiRwmonblAUVv3Szwsu6xeyUocmat+Wif37QKBgQDonhn5Slv3OZ4Zxga02t/8kzPA1Y3y3OBt8mRyZYVK"
    "ki9DX1keIhgjfqLfInIk/j4NtWWdrG+pzNPO46CLNOZRjvyPWqRJSGnkjtuHfMavSpFbm3/DBN/qpcKBEteObfL2"
    "1tHOSuTdLpbZuoznfYFitADPczFPpQ1rCWEMEsqewwKBgGVJ7AyvGlNBFUDIVIGRJAtyuK5zNPX8PXjYGNL56fy5"
    "oyN/BDGAKImja6Y+x2tpXNUQbqqTx80bGnGgIULNCMNJ2xro/ZopGHLocl1lSkMOBy/ie1gIQSXX4YXE99f6ci+p"
    "02BStu6zXMFPpoJiLGQHJMS8R3k9ioKeK4Ph0p79AoGAfB9wyJ6u9/pcrHAIQBTSlBmP8gOB3OeTMde3VXtqZmIe"
    "qhqEmRmkO7xk+B+PPMIVJod2k23hn39WPf0kO2OcykQ769p380qahoTcCy2/buWhLnqI7+z39mNAqFL/hlaQ4Lm7"
    "9hHskUE86S0r5pIHqj1WeVuEInV19XlpuWGFkLUCgYEAoWrNjjTpCFtvsJziknW75wYocAA3TFOlwysngmJQOSUk"
    "YRfMkWNi2ZW3U+Dz/o2gnQ4vZfNuxcUQx1ljiNnCWMdaaeyG+tytCfuVYX0BxkT0P0iAqGURaw2MxNzbDPQK2Zgx"
    "4giVyUN/J8wMalT0qw29h46a5tAnWEzAfI09Two=";

SigningKey fixedKey(JwtAlgorithm algorithm, const char *kid, const QByteArray &privateBytes)
{
    auto key = SigningKey::fromPrivateBytes(algorithm, QLatin1String(kid), privateBytes);
    if (!key)
        qFatal("fuzz key %s does not load", kid);
    return *key;
}

} // namespace

const QList<SigningKey> &fuzzSigningKeys()
{
    static const QList<SigningKey> keys{
        fixedKey(JwtAlgorithm::HS256, "fuzz-hs256", QByteArray(32, 'k')),
        fixedKey(JwtAlgorithm::ES256, "fuzz-es256", QByteArray::fromBase64(Es256Pkcs8)),
        fixedKey(JwtAlgorithm::EdDSA, "fuzz-eddsa", QByteArray(32, '\x07')),
        fixedKey(JwtAlgorithm::RS256, "fuzz-rs256", QByteArray::fromBase64(Rs256Pkcs8)),
    };
    return keys;
}

} // namespace keyward
