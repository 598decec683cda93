#pragma once

#include <QWidget>

class QTableView;

namespace engage {

class ConfigDocument;
class CustomFieldTableModel;
class ListEditBar;
class MappingTableModel;

// The extra values mapping table, and under it the custom fields catalogue that offers the
// custom destination fields.
class MappingPage : public QWidget
{
    Q_OBJECT

public:
    explicit MappingPage(ConfigDocument* document, QWidget* parent = nullptr);

    // Focuses the control a person works with here (Ctrl+1/2/3).
    void focusMainControl();
    // Shows and focuses the cell a diagnostic path points at; false when the path is
    // not on this page.
    bool focusPath(const QString& path);

private:
    void addRow(QTableView* view, ListEditBar* bar);

    MappingTableModel* m_mappingModel;
    CustomFieldTableModel* m_fieldModel;
    QTableView* m_mappingView;
    QTableView* m_fieldView;
};

} // namespace engage
