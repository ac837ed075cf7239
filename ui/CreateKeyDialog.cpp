// SPDX-FileCopyrightText: 2026 Keyward developers
// SPDX-License-Identifier: Apache-2.0
#include "CreateKeyDialog.h"

#include "EmphasisProxyModel.h"
#include "FormMessage.h"
#include "domain/Clock.h"
#include "ui_CreateKeyDialog.h"

#include <QPushButton>
#include <QRegularExpression>

namespace keyward {

namespace {

constexpr qint64 hour = 3600;
constexpr qint64 day = 24 * hour;

// The domain's rule for permission names (KeyService), checked as typed.
const QRegularExpression &permissionShape()
{
    static const QRegularExpression shape(QStringLiteral("^[a-z][a-z0-9_.:-]{0,63}$"));
    return shape;
}

} // namespace

CreateKeyDialog::CreateKeyDialog(const Clock &clock, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::CreateKeyDialog>())
    , m_clock(clock)
{
    setObjectName(QStringLiteral("CreateKeyDialog"));
    m_ui->setupUi(this);

    m_ui->kindCombo->addItem(tr("Secret key (sk_…)"), int(ApiKeyKind::Secret));
    m_ui->kindCombo->addItem(tr("JWT key (signed, revocable)"), int(ApiKeyKind::Jwt));
    m_ui->kindCombo->addItem(tr("Tenant key (ak_…, publishable)"), int(ApiKeyKind::Tenant));

    const std::pair<Lifetime, QString> lifetimes[] = {
        {Lifetime::OneHour, tr("1 hour")},       {Lifetime::OneDay, tr("1 day")},
        {Lifetime::ThirtyDays, tr("30 days")},   {Lifetime::NinetyDays, tr("90 days")},
        {Lifetime::OneYear, tr("1 year")},       {Lifetime::Never, tr("Never expires")},
        {Lifetime::Custom, tr("Until a date…")},
    };
    for (const auto &[lifetime, text] : lifetimes)
        m_ui->lifetimeCombo->addItem(text, int(lifetime));
    setLifetime(Lifetime::NinetyDays);

    const QDateTime now = m_clock.now().toLocalTime();
    m_ui->customExpiryEdit->setMinimumDateTime(now);
    // The longest lifetime the store accepts (100 years), not year 9999.
    m_ui->customExpiryEdit->setMaximumDateTime(now.addSecs(maxKeyLifetimeSeconds));
    m_ui->customExpiryEdit->setDateTime(now.addDays(30));
    m_ui->customExpiryEdit->setVisible(false);

    m_ui->readCheck->setChecked(true);
    m_ui->tokenCheck->setChecked(true);

    for (QLabel *error : {m_ui->labelError, m_ui->lifetimeError, m_ui->permissionsError,
                          m_ui->networksError, m_ui->formError})
        error->hide();

    // Room for the longest inline error on one or two lines.
    setMinimumWidth(fontMetrics().horizontalAdvance(QLatin1Char('x')) * 80);

    QPushButton *ok = m_ui->buttonBox->button(QDialogButtonBox::Ok);
    ok->setText(tr("&Create Key"));
    ok->setAccessibleName(tr("Create key"));

    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &CreateKeyDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &CreateKeyDialog::reject);
    connect(m_ui->labelEdit, &QLineEdit::textEdited, this, [this] {
        m_labelTouched = true;
        validate();
    });
    connect(m_ui->labelEdit, &QLineEdit::textChanged, this, &CreateKeyDialog::validate);
    connect(m_ui->kindCombo, &QComboBox::currentIndexChanged, this, &CreateKeyDialog::kindChanged);
    connect(m_ui->lifetimeCombo, &QComboBox::currentIndexChanged, this, [this] {
        m_ui->customExpiryEdit->setVisible(m_ui->lifetimeCombo->currentData().toInt() ==
                                           int(Lifetime::Custom));
        validate();
    });
    connect(m_ui->customExpiryEdit, &QDateTimeEdit::dateTimeChanged, this,
            &CreateKeyDialog::validate);
    connect(m_ui->extraPermissionsEdit, &QLineEdit::textChanged, this, &CreateKeyDialog::validate);
    connect(m_ui->networksEdit, &QLineEdit::textChanged, this, &CreateKeyDialog::validate);
    connect(m_ui->rateLimitCheck, &QCheckBox::toggled, m_ui->rateLimitSpin, &QSpinBox::setEnabled);

    validate();
    m_ui->labelEdit->setFocus();
}

CreateKeyDialog::~CreateKeyDialog() = default;

void CreateKeyDialog::setTenantName(const QString &name)
{
    setWindowTitle(tr("New API Key for %1").arg(name));
}

void CreateKeyDialog::setLifetime(Lifetime lifetime)
{
    m_ui->lifetimeCombo->setCurrentIndex(m_ui->lifetimeCombo->findData(int(lifetime)));
}

void CreateKeyDialog::kindChanged()
{
    // Tenant keys never expire (they are rotated) and may only be exchanged
    // for a token; the domain refuses anything else for them.
    const bool tenant = m_ui->kindCombo->currentData().toInt() == int(ApiKeyKind::Tenant);
    if (tenant)
        setLifetime(Lifetime::Never);
    m_ui->lifetimeCombo->setEnabled(!tenant);
    for (QWidget *permission :
         {static_cast<QWidget *>(m_ui->readCheck), static_cast<QWidget *>(m_ui->writeCheck),
          static_cast<QWidget *>(m_ui->tokenCheck),
          static_cast<QWidget *>(m_ui->extraPermissionsEdit)})
        permission->setEnabled(!tenant);
    validate();
}

QStringList CreateKeyDialog::permissions() const
{
    QStringList permissions;
    if (m_ui->readCheck->isChecked())
        permissions << QStringLiteral("read");
    if (m_ui->writeCheck->isChecked())
        permissions << QStringLiteral("write");
    if (m_ui->tokenCheck->isChecked())
        permissions << QStringLiteral("token:generate");
    static const QRegularExpression separators(QStringLiteral("[\\s,]+"));
    permissions << m_ui->extraPermissionsEdit->text().split(separators, Qt::SkipEmptyParts);
    permissions.removeDuplicates();
    return permissions;
}

std::optional<QString> CreateKeyDialog::invalidPermission() const
{
    for (const QString &permission : permissions()) {
        if (!permissionShape().match(permission).hasMatch())
            return permission;
    }
    return std::nullopt;
}

void CreateKeyDialog::setError(QLabel *label, const QString &message)
{
    if (message.isEmpty()) {
        label->hide();
        label->clear();
        return;
    }
    EmphasisProxyModel::setTextEmphasis(label, ItemRoles::Emphasis::Critical);
    label->setText(message);
    label->show();
    // Grow (never shrink under the operator's hands) to fit the new line.
    if (isVisible()) {
        layout()->activate();
        if (sizeHint().height() > height())
            resize(width(), sizeHint().height());
    }
}

void CreateKeyDialog::validate()
{
    bool complete = true;

    const bool blank = m_ui->labelEdit->text().trimmed().isEmpty();
    complete &= !blank;
    // An untouched empty form is not an error yet; a cleared or all-space
    // label is.
    setError(m_ui->labelError, blank && (m_labelTouched || !m_ui->labelEdit->text().isEmpty())
                                   ? tr("A label is required.")
                                   : QString());

    QString lifetimeError;
    if (m_ui->lifetimeCombo->currentData().toInt() == int(Lifetime::Custom) &&
        m_ui->customExpiryEdit->dateTime().toUTC() <= m_clock.now())
        lifetimeError = tr("Pick a time in the future.");
    complete &= lifetimeError.isEmpty();
    setError(m_ui->lifetimeError, lifetimeError);

    QString permissionsError;
    if (const auto bad = invalidPermission())
        permissionsError =
            tr("“%1” is not a permission name (lowercase letters, digits and . _ : -)").arg(*bad);
    complete &= permissionsError.isEmpty();
    setError(m_ui->permissionsError, permissionsError);

    QString networksError;
    if (const auto bad = m_networks.invalidEntry(m_ui->networksEdit->text()))
        networksError = tr("“%1” is not an IP address or CIDR range.").arg(*bad);
    complete &= networksError.isEmpty();
    setError(m_ui->networksError, networksError);

    setError(m_ui->formError, QString());
    m_complete = complete;
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setEnabled(complete);
}

bool CreateKeyDialog::isComplete() const
{
    return m_complete;
}

NewKey CreateKeyDialog::request() const
{
    NewKey key;
    key.kind = ApiKeyKind(m_ui->kindCombo->currentData().toInt());
    key.name = m_ui->labelEdit->text().trimmed();
    key.description = m_ui->descriptionEdit->text().trimmed();
    if (key.kind != ApiKeyKind::Tenant)
        key.permissions = permissions();
    key.allowedNetworks = m_ui->networksEdit->text().trimmed();
    if (m_ui->rateLimitCheck->isChecked())
        key.rateLimitPerMinute = m_ui->rateLimitSpin->value();
    switch (Lifetime(m_ui->lifetimeCombo->currentData().toInt())) {
    case Lifetime::OneHour:
        key.lifetimeSeconds = hour;
        break;
    case Lifetime::OneDay:
        key.lifetimeSeconds = day;
        break;
    case Lifetime::ThirtyDays:
        key.lifetimeSeconds = 30 * day;
        break;
    case Lifetime::NinetyDays:
        key.lifetimeSeconds = 90 * day;
        break;
    case Lifetime::OneYear:
        key.lifetimeSeconds = 365 * day;
        break;
    case Lifetime::Never:
        break;
    case Lifetime::Custom:
        key.expiresAt = m_ui->customExpiryEdit->dateTime().toUTC();
        break;
    }
    return key;
}

void CreateKeyDialog::showError(const DomainError &error)
{
    if (error.field == QLatin1String("name")) {
        m_labelTouched = true;
        setError(m_ui->labelError, FormMessage::of(error.said));
        m_ui->labelEdit->setFocus();
    } else if (error.field == QLatin1String("allowedIp")) {
        setError(m_ui->networksError, FormMessage::of(error.said));
        m_ui->networksEdit->setFocus();
    } else if (error.field == QLatin1String("permissions")) {
        setError(m_ui->permissionsError, FormMessage::of(error.said));
    } else if (error.field == QLatin1String("lifetime") ||
               error.field == QLatin1String("expiresAt")) {
        setError(m_ui->lifetimeError, FormMessage::of(error.said));
    } else {
        setError(m_ui->formError, FormMessage::of(error.said));
    }
}

void CreateKeyDialog::accept()
{
    validate();
    if (!m_complete) {
        m_labelTouched = true;
        validate(); // shows why OK is refused
        return;
    }
    emit submitted();
}

} // namespace keyward
