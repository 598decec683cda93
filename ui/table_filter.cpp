#include "table_filter.h"

#include <QAbstractItemView>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLineEdit>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QTreeView>

namespace engage {

TableFilter::TableFilter(QAbstractItemView* view, QAbstractItemModel* model,
                         const QString& accessibleName, QWidget* parent)
    : QWidget(parent), m_edit(new QLineEdit(this)), m_proxy(new QSortFilterProxyModel(this))
{
    m_proxy->setSourceModel(model);
    m_proxy->setFilterKeyColumn(-1);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setSortCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setSortLocaleAware(true);
    // Sorted and filtered when the person asks, not again on every edit: a row being edited
    // stays where it is, and an edit of a 10,000-row file does not re-check every row.
    m_proxy->setDynamicSortFilter(false);
    // A row added, or put back by Undo, takes its place in a sorted view.
    connect(model, &QAbstractItemModel::rowsInserted, this, [this] {
        if (m_proxy->sortColumn() >= 0)
            m_proxy->sort(m_proxy->sortColumn(), m_proxy->sortOrder());
    });
    view->setModel(m_proxy);

    // The indicator is cleared before sorting is enabled, which sorts at once by its column.
    auto* table = qobject_cast<QTableView*>(view);
    auto* tree = qobject_cast<QTreeView*>(view);
    QHeaderView* header = table ? table->horizontalHeader() : tree->header();
    header->setSortIndicatorClearable(true);
    header->setSortIndicator(-1, Qt::AscendingOrder);
    if (table)
        table->setSortingEnabled(true);
    else
        tree->setSortingEnabled(true);

    m_edit->setObjectName(view->objectName() + QStringLiteral("Filter"));
    m_edit->setAccessibleName(accessibleName);
    m_edit->setPlaceholderText(tr("Filter (Ctrl+F)"));
    m_edit->setToolTip(tr("Shows only the rows that contain this text, in any column."));
    m_edit->setClearButtonEnabled(true);
    connect(m_edit, &QLineEdit::textChanged, m_proxy, &QSortFilterProxyModel::setFilterFixedString);

    // Above the view, so first in the Tab order (made after it).
    QWidget::setTabOrder(m_edit, view);

    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_edit);
}

bool TableFilter::showsModelOrder() const
{
    return m_proxy->sortColumn() < 0 && m_edit->text().isEmpty();
}

void TableFilter::clear()
{
    m_edit->clear();
}

} // namespace engage
