// SPDX-FileCopyrightText: 2026 Keyward developers
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QSortFilterProxyModel>
#include <QStringList>

namespace keyward {

// Filter-as-you-type over any Keyward table model: a row stays when every
// word typed appears, case-insensitively, in one of its cells ("prod read"
// finds the production key that can read). Sorts by ItemRoles::SortRole, so
// dates and counts sort as values, not text. Filters and sorts the rows the
// source has loaded; a lazily loaded source keeps loading as the view
// scrolls.
class SearchFilterModel : public QSortFilterProxyModel {
    Q_OBJECT
public:
    explicit SearchFilterModel(QObject *parent = nullptr);

    void setSearchText(const QString &text);
    // The columns searched; empty (the default) searches all of them.
    void setSearchColumns(const QList<int> &columns);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QString m_text;
    QStringList m_terms;
    QList<int> m_columns;
};

} // namespace keyward
