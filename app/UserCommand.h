#pragma once

#include <QStringList>

// `keyward user list|create|update`: users, as the local operator.
namespace UserCommand {
int run(const QStringList &arguments);
}
