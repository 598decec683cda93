#include "list_edit_bar.h"

#include "document/config_list_model.h"

#include <QAbstractItemView>
#include <QAction>
#include <QItemSelectionModel>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QVBoxLayout>

#include <algorithm>

namespace engage {

ListEditBar::ListEditBar(QAbstractItemView* view, ConfigListModel* model, const QString& addText,
                         const QString& removeText, QWidget* parent)
    : QWidget(parent), m_view(view), m_model(model), m_add(new QPushButton(addText, this)),
      m_remove(new QPushButton(removeText, this)), m_up(new QPushButton(tr("Move up"), this)),
      m_down(new QPushButton(tr("Move down"), this))
{
    const QString prefix = view->objectName();
    m_add->setObjectName(prefix + QStringLiteral("AddButton"));
    m_remove->setObjectName(prefix + QStringLiteral("RemoveButton"));
    m_up->setObjectName(prefix + QStringLiteral("UpButton"));
    m_down->setObjectName(prefix + QStringLiteral("DownButton"));
    m_up->setToolTip(tr("Move the current row up (Alt+Up)"));
    m_down->setToolTip(tr("Move the current row down (Alt+Down)"));

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    for (QPushButton* button : {m_add, m_remove, m_up, m_down})
        layout->addWidget(button);
    layout->addStretch();

    // The same commands from the keyboard while the view has the focus.
    const auto addViewShortcut = [this](const QKeySequence& keys, auto slot) {
        auto* action = new QAction(m_view);
        action->setShortcut(keys);
        action->setShortcutContext(Qt::WidgetShortcut);
        m_view->addAction(action);
        connect(action, &QAction::triggered, this, slot);
    };
    addViewShortcut(QKeySequence(Qt::Key_Insert), [this] { emit addRequested(); });
    addViewShortcut(QKeySequence::Delete, [this] { removeSelectedRows(); });
    addViewShortcut(QKeySequence(Qt::ALT | Qt::Key_Up), [this] { moveCurrentRow(-1); });
    addViewShortcut(QKeySequence(Qt::ALT | Qt::Key_Down), [this] { moveCurrentRow(+1); });

    connect(m_add, &QPushButton::clicked, this, &ListEditBar::addRequested);
    connect(m_remove, &QPushButton::clicked, this, &ListEditBar::removeSelectedRows);
    connect(m_up, &QPushButton::clicked, this, [this] { moveCurrentRow(-1); });
    connect(m_down, &QPushButton::clicked, this, [this] { moveCurrentRow(+1); });
    connect(view->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &ListEditBar::updateButtons);
    connect(model, &QAbstractItemModel::rowsInserted, this, &ListEditBar::updateButtons);
    connect(model, &QAbstractItemModel::rowsRemoved, this, &ListEditBar::updateButtons);
    connect(model, &QAbstractItemModel::rowsMoved, this, &ListEditBar::updateButtons);
    connect(model, &QAbstractItemModel::modelReset, this, &ListEditBar::updateButtons);
    // Sorting or filtering the view.
    connect(view->model(), &QAbstractItemModel::layoutChanged, this, &ListEditBar::updateButtons);
    connect(view->model(), &QAbstractItemModel::rowsRemoved, this, &ListEditBar::updateButtons);
    connect(view->model(), &QAbstractItemModel::rowsInserted, this, &ListEditBar::updateButtons);
    updateButtons();
}

QModelIndex ListEditBar::modelIndex(const QModelIndex& viewIndex) const
{
    const auto* proxy = qobject_cast<const QAbstractProxyModel*>(m_view->model());
    return proxy ? proxy->mapToSource(viewIndex) : viewIndex;
}

QModelIndex ListEditBar::viewIndex(const QModelIndex& modelIndex) const
{
    const auto* proxy = qobject_cast<const QAbstractProxyModel*>(m_view->model());
    return proxy ? proxy->mapFromSource(modelIndex) : modelIndex;
}

bool ListEditBar::showsModelOrder() const
{
    const auto* proxy = qobject_cast<const QSortFilterProxyModel*>(m_view->model());
    return !proxy ||
           (proxy->sortColumn() < 0 && proxy->filterRegularExpression().pattern().isEmpty());
}

void ListEditBar::setOrientation(Qt::Orientation orientation)
{
    static_cast<QBoxLayout*>(layout())->setDirection(
        orientation == Qt::Vertical ? QBoxLayout::TopToBottom : QBoxLayout::LeftToRight);
}

int ListEditBar::insertionRow() const
{
    const QModelIndex current = m_view->currentIndex();
    if (!current.isValid() || !m_view->selectionModel()->isSelected(current))
        return m_model->rowCount();
    return modelIndex(current).row() + 1;
}

void ListEditBar::removeSelectedRows()
{
    QList<int> rows;
    for (const QModelIndex& index : m_view->selectionModel()->selectedIndexes())
        rows.append(modelIndex(index).row());
    if (rows.isEmpty() && m_view->currentIndex().isValid())
        rows.append(modelIndex(m_view->currentIndex()).row());
    if (rows.isEmpty())
        return;
    std::sort(rows.begin(), rows.end());
    rows.erase(std::unique(rows.begin(), rows.end()), rows.end());
    // Contiguous runs from the last one back, so that the earlier rows keep their numbers.
    int runEnd = rows.size() - 1;
    while (runEnd >= 0) {
        int runStart = runEnd;
        while (runStart > 0 && rows.at(runStart - 1) == rows.at(runStart) - 1)
            --runStart;
        m_model->removeRows(rows.at(runStart), runEnd - runStart + 1);
        runEnd = runStart - 1;
    }
}

void ListEditBar::moveCurrentRow(int step)
{
    const QModelIndex current = modelIndex(m_view->currentIndex());
    if (!current.isValid() || !showsModelOrder())
        return;
    const int row = current.row();
    const int target = row + step;
    if (target < 0 || target >= m_model->rowCount())
        return;
    // Qt's destination is the row the moved one goes before.
    m_model->moveRows({}, row, 1, {}, step > 0 ? target + 1 : target);
    m_view->setCurrentIndex(viewIndex(m_model->index(target, current.column())));
}

void ListEditBar::updateButtons()
{
    // Moving a row in the file cannot be seen in a sorted or filtered view.
    const QModelIndex current = modelIndex(m_view->currentIndex());
    const int rows = m_model->rowCount();
    const bool movable = current.isValid() && showsModelOrder();
    m_remove->setEnabled(current.isValid());
    m_up->setEnabled(movable && current.row() > 0);
    m_down->setEnabled(movable && current.row() < rows - 1);
}

} // namespace engage
