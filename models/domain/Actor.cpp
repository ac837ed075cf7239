#include "domain/Actor.h"

namespace keyward {

QString Actor::name() const
{
    switch (kind) {
    case Kind::User:
        return QStringLiteral("user:%1").arg(id);
    case Kind::Key:
        return QStringLiteral("key:%1").arg(id);
    case Kind::Operator:
        return QStringLiteral("operator");
    case Kind::System:
        return QStringLiteral("system");
    }
    Q_UNREACHABLE();
}

} // namespace keyward
