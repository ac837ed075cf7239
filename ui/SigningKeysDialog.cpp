// SPDX-FileCopyrightText: 2026 Keyward developers
// SPDX-License-Identifier: Apache-2.0
#include "SigningKeysDialog.h"

#include "ConfirmDestructive.h"
#include "ElidedCellTips.h"
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
        return SigningKeysDialog::tr("Signing");
    if (status == QLatin1String("retiring"))
        return SigningKeysDialog::tr("Verifying only");
    return SigningKeysDialog::tr("Retired");
}

} // namespace

SigningKeysDialog::SigningKeysDialog(Services &services, Actor actor, QWidget *parent)
    : QDialog(parent)
    , m_services(services)
    , m_actor(std::move(actor))
    , m_table(new QTableWidget(0, 5, this))
    , m_summary(new QLabel(this))
    , m_algorithm(new QComboBox(this))
    , m_rotate(new QPushButton(tr("&Rotate Now"), this))
    , m_retire(new QPushButton(tr("Re&tire Old Keys…"), this))
{
    setWindowTitle(tr("Signing Keys"));
    setObjectName(QStringLiteral("SigningKeysDialog"));
    m_generating.setMaxThreadCount(1);

    auto *explanation =
        new QLabel(tr("Every token Keyward issues is signed with the signing key; keys "
                      "that only verify still accept the tokens they signed until they are "
                      "retired. Servers sharing this database follow a rotation within "
                      "seconds."),
                   this);
    explanation->setWordWrap(true);
    m_table->setHorizontalHeaderLabels(
        {tr("Key ID (kid)"), tr("Algorithm"), tr("Status"), tr("Created"), tr("Retired")});
    m_table->setAccessibleName(tr("Signing keys"));
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    // Like the console's other lists: no grid, alternating compact rows,
    // titles aligned with their columns, a cut cell whole in its tooltip.
    m_table->setShowGrid(false);
    m_table->setAlternatingRowColors(true);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 6);
    m_table->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    m_table->horizontalHeader()->setHighlightSections(false);
    new ElidedCellTips(m_table); // owned by the table
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(KidColumn, QHeaderView::Stretch);
    for (const JwtAlgorithm algorithm :
         {JwtAlgorithm::HS256, JwtAlgorithm::ES256, JwtAlgorithm::EdDSA, JwtAlgorithm::RS256})
        m_algorithm->addItem(jwtAlgorithmName(algorithm), int(algorithm));
    m_algorithm->setCurrentIndex(m_algorithm->findData(int(m_services.signingKeyRing.algorithm())));
    m_algorithm->setAccessibleName(tr("Algorithm of the next signing key"));
    m_algorithm->setToolTip(
        tr("HS256 shares one secret with every verifier; ES256, EdDSA and RS256 "
           "publish a public key at /.well-known/jwks.json instead."));
    auto *algorithmLabel = new QLabel(tr("Next key's &algorithm:"), this);
    algorithmLabel->setBuddy(m_algorithm);
    m_rotate->setAccessibleName(tr("Rotate the signing key now"));
    m_retire->setAccessibleName(tr("Retire the keys that only verify"));

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
        reportError(tr("Could not list the signing keys: %1"), keys.error());
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
        // Retired keys are greyed, as inactive rows are in the other lists.
        if (key.status == QLatin1String("retired")) {
            for (int column = 0; column < m_table->columnCount(); ++column)
                m_table->item(row, column)
                    ->setForeground(m_table->palette().brush(QPalette::Disabled, QPalette::Text));
        }
    }
    m_retire->setEnabled(verifyingOnly > 0 && !isRotating());
    if (verifyingOnly == 0)
        m_summary->setText(tr("No key is waiting to be retired."));
    else if (verifyingOnly == 1)
        m_summary->setText(tr("1 key only verifies; retire once the tokens it signed no longer "
                              "matter (access tokens live 1 hour)."));
    else
        m_summary->setText(tr("%1 keys only verify; retire once the tokens they signed no longer "
                              "matter (access tokens live 1 hour).")
                               .arg(verifyingOnly));
}

void SigningKeysDialog::rotate()
{
    if (isRotating())
        return;
    const auto algorithm = JwtAlgorithm(m_algorithm->currentData().toInt());
    const JwtAlgorithm current = m_services.signingKeyRing.algorithm();
    const QString question =
        algorithm == current
            ? tr("Sign new tokens with a new key?")
            : tr("Move from %1 to %2?").arg(jwtAlgorithmName(current), jwtAlgorithmName(algorithm));
    QString detail;
    if (algorithm == current)
        detail = tr("Tokens signed so far keep working until the current key is retired.");
    else if (algorithm == JwtAlgorithm::HS256)
        detail = tr("Tokens signed so far keep working until the current key is retired. "
                    "HS256 publishes no key: services check tokens by introspection "
                    "(POST /oauth2/introspect).");
    else
        detail = tr("Tokens signed so far keep working until the current key is retired. "
                    "Services that verify tokens themselves find the new public key at "
                    "/.well-known/jwks.json.");
    if (!confirmDestructive(this, tr("Rotate Signing Key"), question, detail, tr("&Rotate")))
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
        reportError(tr("Could not rotate the signing key: %1"), rotated.error());
        return;
    }
    emit statusMessage(tr("Now signing with %1").arg(rotated->activeKid), 5000);
}

void SigningKeysDialog::retireOldKeys()
{
    if (!confirmDestructive(this, tr("Retire Old Keys"), tr("Retire the keys that only verify?"),
                            tr("Tokens they signed are refused from now on."), tr("&Retire")))
        return;
    auto retired = m_services.signingKeys.retire(m_actor, {}, false);
    if (!retired && retired.error().code == DomainError::Code::Conflict &&
        confirmDestructive(this, tr("Retire Old Keys"), tr("Some v1 API keys stop working"),
                           retired.error().said.translated(), tr("Retire &Anyway")))
        retired = m_services.signingKeys.retire(m_actor, {}, true);
    refresh();
    if (!retired) {
        if (retired.error().code != DomainError::Code::Conflict)
            reportError(tr("Could not retire the old keys: %1"), retired.error());
        return;
    }
    emit statusMessage(tr("Retired: %1").arg(retired->kids.join(QStringLiteral(", "))), 5000);
}

void SigningKeysDialog::reportError(const QString &message, const DomainError &error)
{
    QMessageBox::warning(this, tr("Signing Keys"), message.arg(error.said.translated()));
}

} // namespace keyward
