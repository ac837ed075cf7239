// SPDX-FileCopyrightText: 2026 Keyward developers
// SPDX-License-Identifier: Apache-2.0
#include "itemmodels/SearchFilterModel.h"

#include "itemmodels/ItemRoles.h"

#include <algorithm>

namespace keyward {

SearchFilterModel::SearchFilterModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(ItemRoles::SortRole);
    setSortCaseSensitivity(Qt::CaseInsensitive);
    setDynamicSortFilter(true);
}

void SearchFilterModel::setSearchText(const QString &text)
{
    if (text == m_text)
        return;
    m_text = text;
    m_terms = text.simplified().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    invalidateRowsFilter();
}

void SearchFilterModel::setSearchColumns(const QList<int> &columns)
{
    m_columns = columns;
    invalidateRowsFilter();
}

bool SearchFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (m_terms.isEmpty())
        return true;
    const QAbstractItemModel *source = sourceModel();
    QList<int> columns = m_columns;
    if (columns.isEmpty()) {
        for (int column = 0; column < source->columnCount(sourceParent); ++column)
            columns.append(column);
    }
    QStringList cells;
    cells.reserve(columns.size());
    for (const int column : std::as_const(columns))
        cells.append(source->index(sourceRow, column, sourceParent).data().toString());
    for (const QString &term : m_terms) {
        const bool found = std::any_of(cells.cbegin(), cells.cend(), [&term](const QString &cell) {
            return cell.contains(term, Qt::CaseInsensitive);
        });
        if (!found)
            return false;
    }
    return true;
}

} // namespace keyward
