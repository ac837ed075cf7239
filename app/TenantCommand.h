#pragma once

#include <QStringList>

// `keyward tenant list|create NAME|update ID`: tenants, as the local operator.
namespace TenantCommand {
int run(const QStringList &arguments);
}
