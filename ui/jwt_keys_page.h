#pragma once

#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;

namespace engage {

class ConfigDocument;
class JwtKeyEditor;
class JwtKeyTableModel;
class TableFilter;

// The JWT keys: the table on the left (with its filter), the selected key's editor on the right,
// and a sentence on rotation once there is more than one key. Rotate… guides the rotation of the
// selected key.
class JwtKeysPage : public QWidget
{
    Q_OBJECT

public:
    explicit JwtKeysPage(ConfigDocument* document, QWidget* parent = nullptr);

    // Focuses the control a person works with here (Ctrl+1/2/3).
    void focusMainControl();
    bool focusPath(const QString& path);
    JwtKeyEditor* editor() const { return m_editor; }
    QLineEdit* filter() const;

signals:
    void problem(const QString& message);
    void done(const QString& message);
    // The rotation guide's last step asks for Tools > Token Log Report.
    void tokenLogReportRequested();

private:
    // The document row of the current key, or -1.
    int currentRow() const;
    void setCurrentRow(int row);
    void addKey(const QString& algorithm);
    void updateHints();
    void updateRotateButton();
    void rotateSelectedKey();

    ConfigDocument* m_document;
    JwtKeyTableModel* m_model;
    QTableView* m_list;
    TableFilter* m_filter;
    QLabel* m_noKeys;
    QLabel* m_rotation;
    QPushButton* m_rotate = nullptr;
    JwtKeyEditor* m_editor;
};

} // namespace engage
