// SPDX-FileCopyrightText: 2026 Keyward developers
// SPDX-License-Identifier: Apache-2.0
#include "KeyActions.h"

#include "ClipboardGuard.h"
#include "ConfirmDestructive.h"
#include "CreateKeyDialog.h"
#include "KeyUsageDialog.h"
#include "KeysPane.h"
#include "SecretRevealDialog.h"
#include "ThemeIcon.h"
#include "domain/Services.h"
#include "itemmodels/KeyTableModel.h"

#include <QAction>
#include <QInputDialog>
#include <QMenu>

namespace keyward {

namespace {

QAction *makeAction(QObject *parent, const QIcon &icon, const QString &text,
                    const QKeySequence &shortcut, const QString &tip)
{
    auto *action = new QAction(icon, text, parent);
    action->setShortcut(shortcut);
    action->setStatusTip(tip);
    action->setToolTip(shortcut.isEmpty()
                           ? QString(text).remove(QLatin1Char('&')).remove(QChar(0x2026))
                           : QStringLiteral("%1 (%2)").arg(
                                 QString(text).remove(QLatin1Char('&')).remove(QChar(0x2026)),
                                 shortcut.toString(QKeySequence::NativeText)));
    return action;
}

// “ingest-2” (sk_live_ab12…, id 42): a rotation leaves two keys with one label.
QString named(const ApiKey &key)
{
    //: a key named in a question: its label, prefix and id
    return KeyActions::tr("“%1” (%2…, id %3)")
        .arg(key.name, key.displayPrefix, QString::number(key.id));
}

} // namespace

KeyActions::KeyActions(Services &services, Actor actor, ClipboardGuard &clipboard, KeysPane &pane)
    : QObject(&pane)
    , m_services(services)
    , m_actor(std::move(actor))
    , m_clipboard(clipboard)
    , m_pane(pane)
{
    m_newKey = makeAction(this,
                          ThemeIcon::get(QStringLiteral("document-new"), QStringLiteral("key-new"),
                                         QStyle::SP_FileIcon),
                          tr("&New Key…"), QKeySequence::New,
                          tr("Create an API key for the selected tenant"));
    m_toggle = makeAction(this,
                          ThemeIcon::get(QStringLiteral("media-playback-pause"),
                                         QStringLiteral("key-toggle"), QStyle::SP_MediaPause),
                          tr("&Disable Key"), QKeySequence(Qt::CTRL | Qt::Key_E),
                          tr("A disabled key is refused until it is enabled again"));
    m_rotate = makeAction(this,
                          ThemeIcon::get(QStringLiteral("view-refresh"),
                                         QStringLiteral("key-rotate"), QStyle::SP_BrowserReload),
                          tr("&Rotate Key…"), QKeySequence(Qt::CTRL | Qt::Key_R),
                          tr("Issue a new secret with the same settings"));
    m_delete = makeAction(this,
                          ThemeIcon::get(QStringLiteral("edit-delete"), QStringLiteral("delete"),
                                         QStyle::SP_TrashIcon),
                          tr("De&lete Key…"), QKeySequence::Delete, tr("Revoke the key for good"));
    // Delete only while the keys have focus: elsewhere the key erases text.
    m_delete->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_copyId =
        makeAction(this,
                   ThemeIcon::get(QStringLiteral("edit-copy"), QStringLiteral("copy"),
                                  QStyle::SP_FileLinkIcon),
                   tr("Copy Key &ID"), QKeySequence::Copy, tr("Copy the key's id (not a secret)"));
    m_copyId->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_copyToken =
        makeAction(this,
                   ThemeIcon::get(QStringLiteral("dialog-password"), QStringLiteral("token"),
                                  QStyle::SP_DialogOkButton),
                   tr("Copy a Fresh &Token"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C),
                   //: %1 is this machine's loopback address
                   tr("Exchange the key for a JWT as a client on this "
                      "machine (%1) would, and copy it; the clipboard "
                      "is cleared after a while")
                       .arg(KeyExchange::localAddress()));
    m_usage = makeAction(this,
                         ThemeIcon::get(QStringLiteral("office-chart-bar"),
                                        QStringLiteral("key-usage"), QStyle::SP_FileDialogInfoView),
                         tr("Show &Usage…"), QKeySequence(Qt::CTRL | Qt::Key_U),
                         tr("How the key was used and refused, hour by hour or day "
                            "by day, and from where"));
    connect(m_usage, &QAction::triggered, this, [this] { showUsage(); });
    connect(m_newKey, &QAction::triggered, this, [this] { newKey(); });
    connect(m_toggle, &QAction::triggered, this, &KeyActions::toggleEnabled);
    connect(m_rotate, &QAction::triggered, this, &KeyActions::rotate);
    connect(m_delete, &QAction::triggered, this, &KeyActions::deleteKey);
    connect(m_copyId, &QAction::triggered, this, &KeyActions::copyKeyId);
    connect(m_copyToken, &QAction::triggered, this, &KeyActions::copyToken);
}

void KeyActions::setKeysInView(bool inView)
{
    m_keysInView = inView;
    update();
}

void KeyActions::update()
{
    // A key selected on a tab the operator does not see is no key to act on
    // (Delete pressed on the Users tab must not delete it).
    const auto key = m_keysInView ? m_pane.currentKey() : std::nullopt;
    m_newKey->setEnabled(m_pane.tenant().has_value());
    for (QAction *action : {m_toggle, m_rotate, m_delete, m_copyId, m_usage})
        action->setEnabled(key.has_value());
    // Only a key the exchange would accept gets a token (the action reads the
    // key again when triggered: it may have changed elsewhere since).
    m_copyToken->setEnabled(key && KeyTableModel::exchangeable(m_pane.model().standingOf(*key)));
    const bool active = !key || key->status == KeyStatus::Active;
    m_toggle->setText(active ? tr("&Disable Key") : tr("&Enable Key"));
    m_toggle->setIcon(active
                          ? ThemeIcon::get(QStringLiteral("media-playback-pause"),
                                           QStringLiteral("key-toggle"), QStyle::SP_MediaPause)
                          : ThemeIcon::get(QStringLiteral("media-playback-start"),
                                           QStringLiteral("server-start"), QStyle::SP_MediaPlay));
}

void KeyActions::fillContextMenu(QMenu &menu) const
{
    menu.addAction(m_newKey);
    if (!m_pane.currentKey())
        return;
    menu.addSeparator();
    menu.addAction(m_copyToken);
    menu.addAction(m_copyId);
    menu.addAction(m_usage);
    menu.addSeparator();
    menu.addAction(m_toggle);
    menu.addAction(m_rotate);
    menu.addSeparator();
    menu.addAction(m_delete);
}

KeyUsageDialog *KeyActions::showUsage()
{
    const auto key = m_pane.currentKey();
    if (!key)
        return nullptr;
    auto *dialog = new KeyUsageDialog(m_services, m_actor, *key, &m_pane);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowModality(Qt::WindowModal);
    dialog->show();
    return dialog;
}

void KeyActions::reportError(const QString &message, const DomainError &error)
{
    emit statusMessage(message.arg(error.said.translated()), 8000);
}

CreateKeyDialog *KeyActions::newKey()
{
    if (!m_pane.tenant())
        return nullptr;
    auto *dialog = new CreateKeyDialog(*m_services.clock, &m_pane);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setTenantName(m_pane.tenant()->name);
    connect(dialog, &CreateKeyDialog::submitted, this, [this, dialog] { createKey(dialog); });
    dialog->open();
    return dialog;
}

void KeyActions::createKey(CreateKeyDialog *dialog)
{
    if (!m_pane.tenant())
        return;
    NewKey request = dialog->request();
    request.tenantId = m_pane.tenant()->id;
    auto issued = m_services.keys.create(m_actor, request);
    if (!issued) {
        dialog->showError(issued.error());
        return;
    }
    dialog->done(QDialog::Accepted);
    m_pane.model().upsertKey(issued->key);
    m_pane.selectKey(issued->key.id);
    emit keysChanged(issued->key.tenantId);
    emit statusMessage(tr("Key “%1” created").arg(issued->key.name), 5000);
    showSecret(issued->key.name, issued->secret);
}

void KeyActions::showSecret(const QString &label, const QByteArray &secret)
{
    auto *reveal = new SecretRevealDialog(label, secret, m_clipboard, &m_pane);
    reveal->setAttribute(Qt::WA_DeleteOnClose);
    reveal->open();
}

QString KeyActions::tenantKeyStakes() const
{
    return tr("This is the tenant key of “%1”: the tenant's clients discover it "
              "(GET /api/ApiKey/%2/apikey) and log in with it.")
        .arg(m_pane.tenant() ? m_pane.tenant()->name : QString(),
             QString::number(m_pane.tenant() ? m_pane.tenant()->id : 0));
}

void KeyActions::toggleEnabled()
{
    const auto key = m_pane.currentKey();
    if (!key)
        return;
    if (key->kind == ApiKeyKind::Tenant && key->status == KeyStatus::Active &&
        !confirmDestructive(
            &m_pane, tr("Disable Tenant Key"), tr("Disable the tenant key %1?").arg(named(*key)),
            //: %1: the tenant key's stakes (its clients discover it and log
            //: in with it); “Both” is those two
            tr("%1 Both fail until it is enabled again.").arg(tenantKeyStakes()), tr("&Disable")))
        return;
    KeyChanges changes;
    changes.status = key->status == KeyStatus::Active ? KeyStatus::Disabled : KeyStatus::Active;
    auto updated = m_services.keys.update(m_actor, key->id, changes);
    if (!updated) {
        reportError(tr("Could not change the key: %1"), updated.error());
        return;
    }
    m_pane.model().upsertKey(*updated);
    update();
    emit keysChanged(updated->tenantId);
    emit statusMessage(updated->status == KeyStatus::Active
                           ? tr("Key “%1” enabled").arg(updated->name)
                           : tr("Key “%1” disabled").arg(updated->name),
                       5000);
}

void KeyActions::rotate()
{
    const auto key = m_pane.currentKey();
    if (!key)
        return;
    const std::pair<QString, qint64> graces[] = {
        {tr("Revoke the old secret at once"), 0},
        {tr("Keep the old secret valid for 1 hour"), 3600},
        {tr("Keep the old secret valid for 1 day"), 24 * 3600},
        {tr("Keep the old secret valid for 7 days"), 7 * 24 * 3600},
    };
    QStringList choices;
    for (const auto &grace : graces)
        choices << grace.first;
    QString text = tr("Rotating the key %1 issues a new secret with the same "
                      "settings.\n")
                       .arg(named(*key));
    if (key->kind == ApiKeyKind::Tenant)
        //: %1: the tenant key's stakes (its clients discover it and log in with it)
        text += tr("%1 Discovery hands out the new key at once.\n").arg(tenantKeyStakes());
    text += tr("Clients need the new secret; meanwhile:");
    QInputDialog question(&m_pane);
    question.setWindowTitle(tr("Rotate Key"));
    question.setLabelText(text);
    question.setComboBoxItems(choices);
    question.setComboBoxEditable(false);
    question.setTextValue(choices.at(1));
    question.setOkButtonText(tr("&Rotate"));
    if (question.exec() != QDialog::Accepted)
        return;
    const qint64 grace = graces[choices.indexOf(question.textValue())].second;
    auto issued = m_services.keys.rotate(m_actor, key->id, grace);
    if (!issued) {
        reportError(tr("Could not rotate the key: %1"), issued.error());
        return;
    }
    if (auto old = m_services.keys.get(m_actor, key->id))
        m_pane.model().upsertKey(*old);
    m_pane.model().upsertKey(issued->key);
    m_pane.selectKey(issued->key.id);
    emit keysChanged(issued->key.tenantId);
    emit statusMessage(tr("Key “%1” rotated").arg(issued->key.name), 5000);
    showSecret(issued->key.name, issued->secret);
}

void KeyActions::deleteKey()
{
    const auto key = m_pane.currentKey();
    if (!key)
        return;
    QString stakes;
    if (key->kind == ApiKeyKind::Tenant) {
        //: %1: the tenant key's stakes (its clients discover it and log in with it);
        //: “Both” is those two
        stakes = tr("%1 Both fail until a new tenant key is created.").arg(tenantKeyStakes());
    } else {
        stakes = tr("Clients using it are refused from now on.");
    }
    if (!confirmDestructive(&m_pane, tr("Delete Key"), tr("Delete the key %1?").arg(named(*key)),
                            tr("%1 A deleted key cannot be restored.").arg(stakes), tr("&Delete")))
        return;
    auto removed = m_services.keys.remove(m_actor, key->id);
    if (!removed) {
        reportError(tr("Could not delete the key: %1"), removed.error());
        return;
    }
    m_pane.model().removeKey(key->id);
    emit keysChanged(key->tenantId);
    emit statusMessage(tr("Key “%1” deleted").arg(key->name), 5000);
}

void KeyActions::copyKeyId()
{
    const auto key = m_pane.currentKey();
    if (!key)
        return;
    ClipboardGuard::copyText(QString::number(key->id));
    emit statusMessage(tr("Key id %1 copied").arg(key->id), 3000);
}

void KeyActions::copyToken()
{
    const auto current = m_pane.currentKey();
    if (!current)
        return;
    // Read again: the HTTP API may have disabled or deleted it since the row
    // was loaded.
    auto key = m_services.keys.get(m_actor, current->id);
    if (!key) {
        reportError(tr("Could not issue a token: %1"), key.error());
        return;
    }
    // The exchange GET /api/Token/generate-from-apikey makes, presented from
    // this machine's loopback address.
    const auto exchanged = m_services.keyExchange.exchangeRow(*key);
    if (exchanged.check.outcome != KeyVerifier::Outcome::Accepted) {
        emit statusMessage(
            tr("No token for “%1”: %2")
                .arg(key->name, KeyExchange::explainLocalRefusal(exchanged.check).translated()),
            8000);
        return;
    }
    const QByteArray &token = exchanged.token;
    m_clipboard.copySecret(QString::fromLatin1(token));
    // The use reaches the store with the next usage flush; the row shows it
    // now, in place.
    ApiKey used = *key;
    ++used.useCount;
    used.lastUsedAt = m_services.clock->now();
    m_pane.model().upsertKey(used);
    emit statusMessage(m_clipboard.clearSeconds() > 0
                           ? tr("Token for “%1” copied; the clipboard is cleared in "
                                "%2 seconds")
                                 .arg(key->name, QString::number(m_clipboard.clearSeconds()))
                           : tr("Token for “%1” copied").arg(key->name),
                       5000);
}

} // namespace keyward
