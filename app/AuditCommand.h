#pragma once

#include <QStringList>

// `keyward audit [--tenant ID] [--limit N]`: the newest audit events.
namespace AuditCommand {
int run(const QStringList &arguments);
}
