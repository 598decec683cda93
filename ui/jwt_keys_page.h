#pragma once

#include <QWidget>

class QLabel;
class QListView;
class QPushButton;

namespace engage {

class ConfigDocument;
class JwtKeyEditor;
class JwtKeyListModel;

// The JWT keys: the list on the left, the selected key's editor on the right, and a sentence
// on rotation once there is more than one key. Rotate… guides the rotation of the selected key.
class JwtKeysPage : public QWidget
{
    Q_OBJECT

public:
    explicit JwtKeysPage(ConfigDocument* document, QWidget* parent = nullptr);

    // Focuses the control a person works with here (Ctrl+1/2/3).
    void focusMainControl();
    bool focusPath(const QString& path);
    JwtKeyEditor* editor() const { return m_editor; }

signals:
    void problem(const QString& message);
    void done(const QString& message);
    // The rotation guide's last step asks for Tools > Token Log Report.
    void tokenLogReportRequested();

private:
    void addKey(const QString& algorithm);
    void updateHints();
    void updateRotateButton();
    void rotateSelectedKey();

    ConfigDocument* m_document;
    JwtKeyListModel* m_model;
    QListView* m_list;
    QLabel* m_noKeys;
    QLabel* m_rotation;
    QPushButton* m_rotate = nullptr;
    JwtKeyEditor* m_editor;
};

} // namespace engage
