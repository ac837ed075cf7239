// SPDX-FileCopyrightText: 2026 Keyward developers
// SPDX-License-Identifier: Apache-2.0
// keyward_screenshot OUTPUT.png [keys|users|audit|server|new-key|reveal]
//
// Renders the main window over sample data (three tenants, a dozen keys of
// every kind, state and expiry, users, a few real requests to the embedded
// server) and saves it as a PNG. screenshot.sh runs it under Xvfb to make
// docs/screenshot.png. Everything lives in a temporary directory: the
// database, and the QSettings the window reads and writes. In the language
// of the environment, as the console (LANG=it_IT.UTF-8 for the Italian).
#include "ClipboardGuard.h"
#include "CreateKeyDialog.h"
#include "EmbeddedServer.h"
#include "KeyActions.h"
#include "KeysPane.h"
#include "MainWindow.h"
#include "SecretRevealDialog.h"
#include "TenantsPane.h"
#include "TestServices.h"
#include "Translations.h"
#include "itemmodels/RequestLogModel.h"

#include <QApplication>
#include <QEventLoop>
#include <QIcon>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QSettings>
#include <QTabWidget>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTimer>
#include <QTreeView>

#include <cstdio>

using namespace keyward;

namespace {

constexpr qint64 hour = 3600;
constexpr qint64 day = 24 * hour;

void waitFor(int ms)
{
    QEventLoop loop;
    QTimer::singleShot(ms, &loop, &QEventLoop::quit);
    loop.exec();
}

template <typename Condition> bool waitUntil(Condition condition, int timeoutMs = 10000)
{
    for (int waited = 0; waited < timeoutMs; waited += 20) {
        if (condition())
            return true;
        waitFor(20);
    }
    return condition();
}

struct SampleKey {
    const char *name;
    ApiKeyKind kind;
    QStringList permissions;
    const char *networks;
    std::optional<qint64> lifetime;
    std::optional<qint64> rateLimit;
    int uses;
};

IssuedKey makeKey(TestServices &test, qint64 tenantId, const SampleKey &sample)
{
    NewKey key;
    key.name = QString::fromLatin1(sample.name);
    key.kind = sample.kind;
    key.permissions = sample.permissions;
    key.allowedNetworks = QString::fromLatin1(sample.networks);
    key.lifetimeSeconds = sample.lifetime;
    key.rateLimitPerMinute = sample.rateLimit;
    return test.createKey(tenantId, key);
}

void use(TestServices &test, const IssuedKey &issued, int times)
{
    for (int i = 0; i < times; ++i)
        test.services().keyVerifier.verify(issued.secret, {QStringLiteral("10.20.30.40"), {}});
}

quint16 preferredPort()
{
    QTcpServer probe;
    return probe.listen(QHostAddress::LocalHost, 8080) ? 8080 : 0;
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    if (argc < 2) {
        std::fprintf(
            stderr,
            "usage: keyward_screenshot OUTPUT.png [keys|users|audit|server|new-key|reveal]\n");
        return 2;
    }
    const QString output = QString::fromLocal8Bit(argv[1]);
    const QString tab = argc > 2 ? QString::fromLocal8Bit(argv[2]) : QStringLiteral("keys");
    keyward::Translations::install(app, QLocale::system());

    // A bare X server has no desktop session to name an icon theme; use the
    // one a Debian desktop has, as the window would there.
    if (QIcon::themeName().isEmpty() || QIcon::themeName() == QLatin1String("hicolor"))
        QIcon::setThemeName(QStringLiteral("Adwaita"));

    QTemporaryDir settingsDir;
    QCoreApplication::setOrganizationName(QStringLiteral("KeywardScreenshot"));
    QCoreApplication::setApplicationName(QStringLiteral("keyward"));
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, settingsDir.path());
    {
        QSettings settings;
        settings.setValue(QStringLiteral("server/autoStart"), true);
        settings.setValue(QStringLiteral("server/port"), preferredPort());
    }

    TestServices test;
    Services &services = test.services();
    const Tenant acme = test.createTenant(QStringLiteral("Acme Corp"));
    const Tenant globex = test.createTenant(QStringLiteral("Globex"));
    const Tenant initech = test.createTenant(QStringLiteral("Initech"));
    const QStringList read{QStringLiteral("read")};
    const QStringList readWrite{QStringLiteral("read"), QStringLiteral("write")};
    const QStringList exchange{QStringLiteral("read"), QStringLiteral("token:generate")};

    // Made "a month ago": the clock moves forward from here.
    const IssuedKey billing = makeKey(test, acme.id,
                                      {"billing-service", ApiKeyKind::Secret, readWrite,
                                       "10.0.0.0/8", 90 * day, std::nullopt, 0});
    makeKey(test, acme.id,
            {"legacy-importer", ApiKeyKind::Secret, read, "", 7 * day, std::nullopt, 0});
    const IssuedKey ci = makeKey(
        test, acme.id, {"ci-deploy", ApiKeyKind::Secret, exchange, "", 30 * day, std::nullopt, 0});
    const IssuedKey mobile = makeKey(
        test, acme.id, {"mobile-app", ApiKeyKind::Jwt, read, "", std::nullopt, std::nullopt, 0});
    const IssuedKey partner =
        makeKey(test, acme.id,
                {"partner-sandbox", ApiKeyKind::Secret, read, "203.0.113.0/24", 365 * day, 120, 0});
    makeKey(test, globex.id,
            {"warehouse-sync", ApiKeyKind::Secret, readWrite, "", 90 * day, std::nullopt, 0});
    test.clock().advance(12 * day);
    const IssuedKey payments = makeKey(test, acme.id,
                                       {"payments-gateway", ApiKeyKind::Secret, readWrite,
                                        "10.20.0.0/16, 2001:db8::/32", 365 * day, 600, 0});
    makeKey(test, globex.id,
            {"analytics-export", ApiKeyKind::Secret, read, "", 30 * day, std::nullopt, 0});
    makeKey(test, initech.id,
            {"tps-reports", ApiKeyKind::Secret, read, "", std::nullopt, std::nullopt, 0});
    test.clock().advance(14 * day);
    const IssuedKey reporting = makeKey(
        test, acme.id, {"reporting-readonly", ApiKeyKind::Secret, read, "", 365 * day, 60, 0});
    makeKey(test, globex.id,
            {"support-portal", ApiKeyKind::Jwt, readWrite, "", 90 * day, std::nullopt, 0});
    use(test, billing, 1289);
    use(test, ci, 57);
    use(test, payments, 9312);
    test.clock().advance(2 * day);
    use(test, reporting, 14);
    use(test, billing, 31);
    for (int i = 0; i < 4; ++i) // from outside its allow-list: refusals for the details pane
        services.keyVerifier.verify(billing.secret, {QStringLiteral("198.51.100.7"), {}});
    // Rotated with a day of grace: the old secret is about to go.
    services.keys.rotate(TestServices::operatorActor(), payments.key.id, day);
    test.clock().advance(2 * hour);
    const IssuedKey smoke = makeKey(
        test, acme.id,
        {"staging-smoke-tests", ApiKeyKind::Secret, exchange, "", 6 * hour, std::nullopt, 0});
    use(test, smoke, 3);
    KeyChanges disable;
    disable.status = KeyStatus::Disabled;
    services.keys.update(TestServices::operatorActor(), partner.key.id, disable);
    Q_UNUSED(mobile);
    TenantService::Changes off;
    off.isActive = false;
    services.tenants.update(TestServices::operatorActor(), initech.id, off);
    services.usage.flush();

    test.createUser(acme.id, QStringLiteral("alice@acme.example"), Role::Admin);
    test.createUser(acme.id, QStringLiteral("bob@acme.example"), Role::User);
    test.createUser(globex.id, QStringLiteral("hank@globex.example"), Role::Admin);

    MainWindow window(services);
    window.resize(1280, 800);
    window.tenantsPane()->selectTenant(acme.id);
    window.show();
    if (!waitUntil([&] { return window.server().state() == EmbeddedServer::State::Listening; })) {
        std::fprintf(stderr, "the embedded server did not start: %s\n",
                     qPrintable(window.server().reason()));
        return 1;
    }

    // Real traffic for the request log.
    QNetworkAccessManager http;
    http.setProxy(QNetworkProxy::NoProxy);
    const QString base = window.server().baseUrl();
    const QByteArray tenantKey = test.tenantKey(acme.id);
    const QList<std::pair<QString, QByteArray>> requests{
        {QStringLiteral("/healthz"), {}},
        {QStringLiteral("/api/Tenant/getAll"), {}},
        {QStringLiteral("/api/ApiKey/%1/apikey").arg(acme.id), {}},
        {QStringLiteral("/api/Token/generate-from-apikey"), tenantKey},
        {QStringLiteral("/api/ApiKey/%1/apikey").arg(initech.id), {}},
        {QStringLiteral("/api/ApiKey/77/apikey"), {}},
        {QStringLiteral("/api/User/getAll"), {}},
        {QStringLiteral("/.well-known/jwks.json"), {}},
        {QStringLiteral("/metrics"), {}},
    };
    int pending = int(requests.size());
    for (const auto &[path, apiKey] : requests) {
        QNetworkRequest request{QUrl(base + path)};
        if (!apiKey.isEmpty())
            request.setRawHeader("x-api-key", apiKey);
        QNetworkReply *reply = http.get(request);
        QObject::connect(reply, &QNetworkReply::finished, reply, [reply, &pending] {
            --pending;
            reply->deleteLater();
        });
    }
    waitUntil([&] { return pending == 0; });
    waitUntil([&] { return window.server().requestLog().rowCount() >= requests.size(); });

    const QStringList tabs{QStringLiteral("keys"), QStringLiteral("users"), QStringLiteral("audit"),
                           QStringLiteral("server")};
    window.tabs()->setCurrentIndex(qMax(0, int(tabs.indexOf(tab))));
    window.keysPane()->selectKey(billing.key.id);
    window.keysPane()->view()->setFocus();
    QWidget *shown = &window;
    if (tab == QLatin1String("new-key")) {
        // The create-key dialog halfway through, with an inline error.
        CreateKeyDialog *dialog = window.keysPane()->actions().newKey();
        dialog->findChild<QLineEdit *>(QStringLiteral("labelEdit"))
            ->setText(QStringLiteral("edge-proxy"));
        dialog->findChild<QLineEdit *>(QStringLiteral("networksEdit"))
            ->setText(QStringLiteral("10.0.0.0/8, 192.168.1.300"));
        shown = dialog;
    } else if (tab == QLatin1String("reveal")) {
        shown = new SecretRevealDialog(
            QStringLiteral("edge-proxy"),
            QByteArrayLiteral("sk_ExampleOnlyNotARealKey0000000000000000AbC123"),
            window.clipboard(), &window);
        shown->show();
    }
    waitFor(500); // layout, and the first paint
    if (!shown->grab().save(output)) {
        std::fprintf(stderr, "cannot write %s\n", qPrintable(output));
        return 1;
    }
    std::printf("wrote %s (%dx%d)\n", qPrintable(output), shown->width(), shown->height());
    return 0;
}
