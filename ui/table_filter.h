#pragma once

#include <QWidget>

class QAbstractItemModel;
class QAbstractItemView;
class QLineEdit;
class QSortFilterProxyModel;

namespace engage {

// The filter line above a table: the view shows its model through a proxy that keeps the rows
// holding the typed text in any column, whatever the case. The view keeps the model's order
// (the file's) until the person clicks a header to sort by it; a third click goes back to it.
class TableFilter : public QWidget
{
    Q_OBJECT

public:
    // `view` is a QTableView or a QTreeView.
    TableFilter(QAbstractItemView* view, QAbstractItemModel* model, const QString& accessibleName,
                QWidget* parent = nullptr);

    QLineEdit* edit() const { return m_edit; }
    QSortFilterProxyModel* proxy() const { return m_proxy; }
    // True when the view shows every row in the model's order.
    bool showsModelOrder() const;
    // Shows every row again, so that a row added or pointed at cannot stay hidden.
    void clear();

private:
    QLineEdit* m_edit;
    QSortFilterProxyModel* m_proxy;
};

} // namespace engage
