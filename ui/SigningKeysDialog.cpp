// SPDX-FileCopyrightText: 2026 Keyward developers
// SPDX-License-Identifier: Apache-2.0
#include "SigningKeysDialog.h"

#include "ConfirmDestructive.h"
#include "domain/Services.h"
#include "itemmodels/ShownTime.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>
#include <QtConcurrent>

namespace keyward {

namespace {

enum Column { KidColumn, AlgorithmColumn, StatusColumn, CreatedColumn, RetiredColumn };

QTableWidgetItem *timeItem(const QDateTime &time)
{
    auto *item = new QTableWidgetItem(ShownTime::of(time));
    item->setToolTip(ShownTime::iso(time));
    return item;
}

QString shownStatus(const QString &status)
{
    if (status == QLatin1String("active"))
        return QStringLiteral("Signing");
    if (status == QLatin1String("retiring"))
        return QStringLiteral("Verifying only");
    return QStringLiteral("Retired");
}

} // namespace

SigningKeysDialog::SigningKeysDialog(Services &services, Actor actor, QWidget *parent)
    : QDialog(parent)
    , m_services(services)
    , m_actor(std::move(actor))
    , m_table(new QTableWidget(0, 5, this))
    , m_summary(new QLabel(this))
    , m_algorithm(new QComboBox(this))
    , m_rotate(new QPushButton(QStringLiteral("&Rotate Now"), this))
    , m_retire(new QPushButton(QStringLiteral("Re&tire Old Keys…"), this))
{
    setWindowTitle(QStringLiteral("Signing Keys"));
    setObjectName(QStringLiteral("SigningKeysDialog"));
    m_generating.setMaxThreadCount(1);

    auto *explanation = new QLabel(
        QStringLiteral("Every token Keyward issues is signed with the signing key; keys "
                       "that only verify still accept the tokens they signed until they are "
                       "retired. Servers sharing this database follow a rotation within "
                       "seconds."),
        this);
    explanation->setWordWrap(true);
    m_table->setHorizontalHeaderLabels({QStringLiteral("Key ID (kid)"), QStringLiteral("Algorithm"),
                                        QStringLiteral("Status"), QStringLiteral("Created"),
                                        QStringLiteral("Retired")});
    m_table->setAccessibleName(QStringLiteral("Signing keys"));
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(KidColumn, QHeaderView::Stretch);
    for (const JwtAlgorithm algorithm :
         {JwtAlgorithm::HS256, JwtAlgorithm::ES256, JwtAlgorithm::EdDSA, JwtAlgorithm::RS256})
        m_algorithm->addItem(jwtAlgorithmName(algorithm), int(algorithm));
    m_algorithm->setCurrentIndex(m_algorithm->findData(int(m_services.signingKeyRing.algorithm())));
    m_algorithm->setAccessibleName(QStringLiteral("Algorithm of the next signing key"));
    m_algorithm->setToolTip(
        QStringLiteral("HS256 shares one secret with every verifier; ES256, EdDSA and RS256 "
                       "publish a public key at /.well-known/jwks.json instead."));
    auto *algorithmLabel = new QLabel(QStringLiteral("Next key's &algorithm:"), this);
    algorithmLabel->setBuddy(m_algorithm);
    m_rotate->setAccessibleName(QStringLiteral("Rotate the signing key now"));
    m_retire->setAccessibleName(QStringLiteral("Retire the keys that only verify"));

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_rotate, QDialogButtonBox::ActionRole);
    buttons->addButton(m_retire, QDialogButtonBox::ActionRole);
    // Enter closes; rotating or retiring takes a deliberate click.
    m_rotate->setAutoDefault(false);
    m_retire->setAutoDefault(false);
    buttons->button(QDialogButtonBox::Close)->setDefault(true);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_rotate, &QPushButton::clicked, this, &SigningKeysDialog::rotate);
    connect(m_retire, &QPushButton::clicked, this, &SigningKeysDialog::retireOldKeys);
    connect(&m_rotating, &QFutureWatcher<Outcome<SigningKeyService::Rotation>>::finished, this,
            &SigningKeysDialog::rotationFinished);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(explanation);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_summary);
    auto *next = new QHBoxLayout;
    next->addWidget(algorithmLabel);
    next->addWidget(m_algorithm);
    next->addStretch(1);
    layout->addLayout(next);
    layout->addWidget(buttons);
    resize(fontMetrics().horizontalAdvance(QLatin1Char('x')) * 110, fontMetrics().height() * 20);
    refresh();
}

SigningKeysDialog::~SigningKeysDialog()
{
    m_rotating.waitForFinished(); // the rotation writes through m_services
}

void SigningKeysDialog::refresh()
{
    auto keys = m_services.signingKeys.list(m_actor);
    if (!keys) {
        reportError(QStringLiteral("list the signing keys"), keys.error());
        return;
    }
    m_table->setRowCount(0);
    int verifyingOnly = 0;
    for (const StoredSigningKey &key : *keys) {
        const int row = m_table->rowCount();
        m_table->insertRow(row);
        m_table->setItem(row, KidColumn, new QTableWidgetItem(key.kid));
        m_table->setItem(row, AlgorithmColumn, new QTableWidgetItem(key.algorithm));
        m_table->setItem(row, StatusColumn, new QTableWidgetItem(shownStatus(key.status)));
        m_table->setItem(row, CreatedColumn, timeItem(key.createdAt));
        m_table->setItem(row, RetiredColumn, timeItem(key.retiredAt));
        if (key.status == QLatin1String("retiring"))
            ++verifyingOnly;
    }
    m_retire->setEnabled(verifyingOnly > 0 && !isRotating());
    const QString waiting = verifyingOnly == 1
                                ? QStringLiteral("1 key only verifies")
                                : QStringLiteral("%1 keys only verify").arg(verifyingOnly);
    m_summary->setText(verifyingOnly == 0
                           ? QStringLiteral("No key is waiting to be retired.")
                           : waiting + QStringLiteral("; retire once the tokens it signed no "
                                                      "longer matter (access tokens live 1 "
                                                      "hour)."));
}

void SigningKeysDialog::rotate()
{
    if (isRotating())
        return;
    const auto algorithm = JwtAlgorithm(m_algorithm->currentData().toInt());
    const JwtAlgorithm current = m_services.signingKeyRing.algorithm();
    const QString question = algorithm == current
                                 ? QStringLiteral("Sign new tokens with a new key?")
                                 : QStringLiteral("Move from %1 to %2?")
                                       .arg(jwtAlgorithmName(current), jwtAlgorithmName(algorithm));
    QString detail = QStringLiteral("Tokens signed so far keep working until the current key "
                                    "is retired.");
    if (algorithm != current)
        detail += algorithm == JwtAlgorithm::HS256
                      ? QStringLiteral(" HS256 publishes no key: services check tokens by "
                                       "introspection (POST /oauth2/introspect).")
                      : QStringLiteral(" Services that verify tokens themselves find the new "
                                       "public key at /.well-known/jwks.json.");
    if (!confirmDestructive(this, QStringLiteral("Rotate Signing Key"), question, detail,
                            QStringLiteral("&Rotate")))
        return;
    m_rotate->setEnabled(false);
    m_retire->setEnabled(false);
    const SigningKeyService &rotation = m_services.signingKeys;
    const Actor actor = m_actor;
    m_rotating.setFuture(QtConcurrent::run(&m_generating, [&rotation, actor, algorithm] {
        return rotation.rotate(actor, algorithm);
    }));
}

void SigningKeysDialog::rotationFinished()
{
    m_rotate->setEnabled(true);
    const auto rotated = m_rotating.result();
    refresh();
    if (!rotated) {
        reportError(QStringLiteral("rotate the signing key"), rotated.error());
        return;
    }
    emit statusMessage(QStringLiteral("Now signing with %1").arg(rotated->activeKid), 5000);
}

void SigningKeysDialog::retireOldKeys()
{
    if (!confirmDestructive(this, QStringLiteral("Retire Old Keys"),
                            QStringLiteral("Retire the keys that only verify?"),
                            QStringLiteral("Tokens they signed are refused from now on."),
                            QStringLiteral("&Retire")))
        return;
    auto retired = m_services.signingKeys.retire(m_actor, {}, false);
    if (!retired && retired.error().code == DomainError::Code::Conflict &&
        confirmDestructive(this, QStringLiteral("Retire Old Keys"),
                           QStringLiteral("Some v1 API keys stop working"), retired.error().detail,
                           QStringLiteral("Retire &Anyway")))
        retired = m_services.signingKeys.retire(m_actor, {}, true);
    refresh();
    if (!retired) {
        if (retired.error().code != DomainError::Code::Conflict)
            reportError(QStringLiteral("retire the old keys"), retired.error());
        return;
    }
    emit statusMessage(QStringLiteral("Retired: %1").arg(retired->kids.join(QStringLiteral(", "))),
                       5000);
}

void SigningKeysDialog::reportError(const QString &what, const DomainError &error)
{
    QMessageBox::warning(this, QStringLiteral("Signing Keys"),
                         QStringLiteral("Could not %1: %2").arg(what, error.detail));
}

} // namespace keyward
