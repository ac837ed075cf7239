// SPDX-FileCopyrightText: 2026 Keyward developers
// SPDX-License-Identifier: Apache-2.0
// The URLs operators configure and documents name: a CORS origin as a
// browser sends it, the base URL endpoints are named under (the issuer when
// it is a URL, else the request's Host), and form bodies OAuth clients send.
#include "CorsPolicy.h"
#include "FormBody.h"
#include "PublicUrl.h"

#include <QTest>

using namespace keyward;

class TestPublicUrls : public QObject {
    Q_OBJECT
private slots:
    void originsAreNormalizedOrRefused()
    {
        QCOMPARE(*CorsPolicy::origin(QStringLiteral("https://App.Example.com")),
                 QByteArray("https://app.example.com"));
        QCOMPARE(*CorsPolicy::origin(QStringLiteral(" http://localhost:3000 ")),
                 QByteArray("http://localhost:3000"));
        for (const QString &bad :
             {QStringLiteral("app.example.com"), QStringLiteral("https://app.example.com/"),
              QStringLiteral("https://app.example.com/x"), QStringLiteral("*"),
              QStringLiteral("ftp://app.example.com"), QStringLiteral("https://u@app.example.com"),
              QStringLiteral("https://app.example.com?x=1")}) {
            const auto refused = CorsPolicy::origin(bad);
            QVERIFY2(!refused, qPrintable(bad));
            QVERIFY(refused.error().startsWith(QStringLiteral("--cors-origin must be an origin")));
        }
    }

    void theBaseUrlIsTheIssuerOrTheHost()
    {
        HttpRequest request;
        request.headers.insert("host", "keys.internal:8080");
        QCOMPARE(*PublicUrl::base(request, QStringLiteral("https://keys.example.com/")),
                 QStringLiteral("https://keys.example.com"));
        QCOMPARE(*PublicUrl::base(request, QStringLiteral("keyward")),
                 QStringLiteral("http://keys.internal:8080"));
        request.headers.insert("host", "[::1]:8080");
        QCOMPARE(*PublicUrl::base(request, QStringLiteral("keyward")),
                 QStringLiteral("http://[::1]:8080"));
        for (const QByteArray &bad : {QByteArray(), QByteArray("evil.example/x"),
                                      QByteArray("user@host"), QByteArray("a b")}) {
            request.headers.insert("host", bad);
            QVERIFY2(!PublicUrl::base(request, QStringLiteral("keyward")), bad.constData());
        }
    }

    void formsDecodeAsBrowsersEncode()
    {
        const auto fields = FormBody::parse("a=1+2&b=%C3%A9%26&&c&d=");
        QVERIFY(fields);
        QCOMPARE(fields->value(QStringLiteral("a")), QStringLiteral("1 2"));
        QCOMPARE(fields->value(QStringLiteral("b")), QStringLiteral("\u00e9&"));
        QVERIFY(fields->contains(QStringLiteral("c")));
        QCOMPARE(fields->value(QStringLiteral("d")), QString());
        QCOMPARE(FormBody::parse("a=1&a=2").error(), QStringLiteral("a is sent more than once"));
        QCOMPARE(FormBody::parse("a=%FF").error(), QStringLiteral("the form is not valid UTF-8"));
    }
};

QTEST_GUILESS_MAIN(TestPublicUrls)
#include "TestPublicUrls.moc"
