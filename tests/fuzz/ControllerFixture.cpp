// SPDX-FileCopyrightText: 2026 Keyward developers
// SPDX-License-Identifier: Apache-2.0
#include "ControllerFixture.h"

#include "FuzzCheck.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QLoggingCategory>

#include <cstdint>
#include <cstdio>

namespace keyward {

namespace {

const QString clientAddress = QStringLiteral("127.0.0.1");

template <typename T, typename E> T orDie(Result<T, E> result, const char *what)
{
    if (!result)
        qFatal("fuzz fixture: %s failed", what);
    return std::move(result.value());
}

// QtSql loads its driver plugin through the application object.
void ensureApplication()
{
    if (QCoreApplication::instance())
        return;
    static int argc = 1;
    static char name[] = "keyward-fuzz";
    static char *argv[] = {name, nullptr};
    new QCoreApplication(argc, argv); // lives as long as the process
}

} // namespace

ControllerFixture &ControllerFixture::instance()
{
    // Destroyed at exit, which removes the temporary database.
    static ControllerFixture fixture;
    return fixture;
}

ControllerFixture::Process::Process()
{
    ensureApplication();
    QLoggingCategory::setFilterRules(QStringLiteral("keyward.*=false"));
}

ControllerFixture::ControllerFixture()
{
    m_tenantKey = m_services.tenantKey(1);
    m_bearer = m_services.userToken(TestServices::adminEmail);
    m_tenant = m_services.createTenant(QStringLiteral("fuzz-victim"));
    m_user = m_services.createUser(1, QStringLiteral("victim@example.com"), Role::User);
    const Actor admin =
        orDie(services().auth.authenticate(m_bearer, clientAddress), "admin authentication");
    m_serviceId =
        orDie(services().clientKeys.registerService(admin, QStringLiteral("fuzz-service")),
              "service registration")
            .serviceId;
}

HttpRequest ControllerFixture::request(const QByteArray &method, const QString &path,
                                       const QByteArray &body,
                                       const QStringList &pathParameters) const
{
    HttpRequest request;
    request.method = method;
    request.path = path;
    request.headers.insert("x-api-key", m_tenantKey);
    request.headers.insert("authorization", "Bearer " + m_bearer);
    request.headers.insert("content-type", "application/json");
    request.body = body;
    request.clientAddress = clientAddress;
    request.requestId = QStringLiteral("fuzz");
    request.pathParameters = pathParameters;
    return request;
}

qint64 ControllerFixture::freshKey(ApiKeyKind kind)
{
    NewKey key;
    key.kind = kind;
    key.name = QStringLiteral("victim");
    key.permissions = {QStringLiteral("read"), QStringLiteral("write")};
    return m_services.createKey(1, key).key.id;
}

qint64 ControllerFixture::restoredTenant()
{
    TenantService::Changes original;
    original.name = m_tenant.name;
    original.isActive = m_tenant.isActive;
    original.discoverable = m_tenant.discoverable;
    orDie(services().tenants.update(TestServices::operatorActor(), m_tenant.id, original),
          "tenant restore");
    return m_tenant.id;
}

qint64 ControllerFixture::restoredUser()
{
    UserService::Changes original;
    original.email = m_user.email;
    original.role = m_user.role;
    original.isActive = m_user.isActive;
    orDie(services().users.update(TestServices::operatorActor(), m_user.id, original),
          "user restore");
    return m_user.id;
}

bool ControllerFixture::setsPassword(const QByteArray &body)
{
    const QJsonDocument document = QJsonDocument::fromJson(body);
    return document.isObject() && document.object().value(QLatin1String("password")).isString();
}

QJsonObject responseObject(const HttpResponse &response)
{
    QJsonParseError error{};
    const QJsonDocument document = QJsonDocument::fromJson(response.body, &error);
    fuzzCheck(error.error == QJsonParseError::NoError && document.isObject(),
              "the response body is a JSON object");
    return document.object();
}

void checkStatus(const HttpResponse &response, std::initializer_list<int> allowed)
{
    // To see what an input gets when replaying it: KEYWARD_FUZZ_TRACE=1 TARGET FILE
    static const bool trace = qEnvironmentVariableIsSet("KEYWARD_FUZZ_TRACE");
    if (trace)
        std::fprintf(stderr, "%d %s\n", response.status, response.body.constData());
    for (const int status : allowed) {
        if (response.status == status)
            return;
    }
    std::fprintf(stderr, "status %d: %s\n", response.status, response.body.constData());
    fuzzCheck(false, "the response status is one the family documents for this request");
}

} // namespace keyward

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    keyward::ControllerFixture::instance();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    if (size == 0)
        return 0;
    return keyward::fuzzControllers(
        keyward::ControllerFixture::instance(), data[0],
        QByteArray(reinterpret_cast<const char *>(data) + 1, qsizetype(size) - 1));
}
