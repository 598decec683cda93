#pragma once

#include <QWidget>

class QLineEdit;
class QSplitter;
class QTableView;

namespace engage {

class ConfigDocument;
class CustomFieldTableModel;
class ListEditBar;
class MappingTableModel;
class TableFilter;

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
    // The filter of the catalogue when `focus` is in it, else the mapping table's (Ctrl+F).
    QLineEdit* filterNear(const QWidget* focus) const;
    // The split between the mapping table and the catalogue, remembered per user.
    QByteArray splitterState() const;
    void restoreSplitterState(const QByteArray& state);

protected:
    void showEvent(QShowEvent* event) override;

private:
    void addRow(QTableView* view, TableFilter* filter, ListEditBar* bar);

    MappingTableModel* m_mappingModel;
    CustomFieldTableModel* m_fieldModel;
    QTableView* m_mappingView;
    QTableView* m_fieldView;
    TableFilter* m_mappingFilter;
    TableFilter* m_fieldFilter;
    QWidget* m_fieldBox;
    QSplitter* m_splitter;
    bool m_splitterPlaced = false; // restored, or shared out when first shown
};

} // namespace engage
