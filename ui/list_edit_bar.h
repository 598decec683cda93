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
class ListEditBar : public QWidget
{
    Q_OBJECT

public:
    ListEditBar(QAbstractItemView* view, ConfigListModel* model, const QString& addText,
                const QString& removeText, QWidget* parent = nullptr);

    QPushButton* addButton() const { return m_add; }
    // The row after which Add inserts: the current row, or the last one.
    int insertionRow() const;

signals:
    void addRequested();

private:
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
