#pragma once

#include <QWidget>

class QLabel;
class QLineEdit;
class QTreeView;

namespace engage {

class ConfigDocument;
class DiagnosticListModel;
class TableFilter;

// Every error and warning of the document, with a one-line summary. Activating a line
// (double click or Enter) asks the window to take the person to the field.
class DiagnosticsPanel : public QWidget
{
    Q_OBJECT

public:
    explicit DiagnosticsPanel(ConfigDocument* document, QWidget* parent = nullptr);

    QTreeView* view() const { return m_view; }
    QLineEdit* filter() const;

signals:
    void pathActivated(const QString& path);

private:
    void updateSummary();

    ConfigDocument* m_document;
    DiagnosticListModel* m_model;
    QLabel* m_summary;
    QTreeView* m_view;
    TableFilter* m_filter;
};

// "2 errors, 1 warning" or "No problem found".
QString diagnosticsSummary(int errors, int warnings);

} // namespace engage
