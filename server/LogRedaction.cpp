#include "LogRedaction.h"

#include <QLoggingCategory>

namespace keyward {

namespace {

QLoggingCategory::CategoryFilter s_previous = nullptr;

void filter(QLoggingCategory *category)
{
    if (s_previous)
        s_previous(category);
    if (qstrncmp(category->categoryName(), "qt.httpserver", 13) == 0)
        category->setEnabled(QtDebugMsg, false);
}

} // namespace

void keepSecretsOutOfLogs()
{
    if (!s_previous)
        s_previous = QLoggingCategory::installFilter(filter);
}

} // namespace keyward
