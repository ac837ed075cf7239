// SPDX-FileCopyrightText: 2026 Keyward developers
// SPDX-License-Identifier: Apache-2.0
#include "KeepSelection.h"

#include "itemmodels/ItemRoles.h"

#include <QAbstractItemView>

namespace keyward {

KeepSelection::KeepSelection(QAbstractItemView *view)
    : QObject(view)
    , m_view(view)
{
    connect(view->model(), &QAbstractItemModel::modelAboutToBeReset, this,
            &KeepSelection::remember);
    connect(view->model(), &QAbstractItemModel::modelReset, this, &KeepSelection::restore);
}

void KeepSelection::remember()
{
    m_id = m_view->currentIndex().siblingAtColumn(0).data(ItemRoles::IdRole);
}

void KeepSelection::restore()
{
    QAbstractItemModel *model = m_view->model();
    if (m_id.isValid() && model->rowCount() > 0) {
        const QModelIndexList found =
            model->match(model->index(0, 0), ItemRoles::IdRole, m_id, 1, Qt::MatchExactly);
        if (!found.isEmpty()) {
            m_view->setCurrentIndex(found.first());
            m_view->scrollTo(found.first());
        }
    }
    m_id.clear();
    emit restored();
}

} // namespace keyward
