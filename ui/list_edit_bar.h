#pragma once

#include <QWidget>

class QAbstractItemView;
class QPushButton;
class QVBoxLayout;

namespace engage {

class ConfigListModel;

// The Add / Remove / Move up / Move down buttons beside a list or table of a configuration,
// with their shortcuts when the view has the focus (Insert, Delete, Alt+Up, Alt+Down). The
// caller decides what Add does (an empty mapping row, a key of a chosen algorithm, ...).
// The view may show the model through a QSortFilterProxyModel (TableFilter): rows are
// removed by their place in the model, and moved only while the view shows the model's order.
class ListEditBar : public QWidget
{
    Q_OBJECT

public:
    ListEditBar(QAbstractItemView* view, ConfigListModel* model, const QString& addText,
                const QString& removeText, QWidget* parent = nullptr);

    QPushButton* addButton() const { return m_add; }
    // The buttons one under the other (the default) or in a row, where height is short.
    void setOrientation(Qt::Orientation orientation);
    // The model row where Add inserts: after the selected row, or at the end when no row is
    // selected (a view makes a cell current when it takes the focus, without selecting it).
    int insertionRow() const;

signals:
    void addRequested();

private:
    QModelIndex modelIndex(const QModelIndex& viewIndex) const;
    QModelIndex viewIndex(const QModelIndex& modelIndex) const;
    bool showsModelOrder() const;
    void removeSelectedRows();
    void moveCurrentRow(int step);
    void updateButtons();

    QAbstractItemView* m_view;
    ConfigListModel* m_model;
    QPushButton* m_add;
    QPushButton* m_remove;
    QPushButton* m_up;
    QPushButton* m_down;
};

} // namespace engage
