#pragma once

#include <QWidget>

class QLabel;
class QListView;

namespace engage {

class ConfigDocument;
class JwtKeyEditor;
class JwtKeyListModel;

// The JWT keys: the list on the left, the selected key's editor on the right, and a sentence
// on rotation once there is more than one key.
class JwtKeysPage : public QWidget
{
    Q_OBJECT

public:
    explicit JwtKeysPage(ConfigDocument* document, QWidget* parent = nullptr);

    bool focusPath(const QString& path);
    JwtKeyEditor* editor() const { return m_editor; }

signals:
    void problem(const QString& message);
    void done(const QString& message);

private:
    void addKey(const QString& algorithm);
    void updateHints();

    ConfigDocument* m_document;
    JwtKeyListModel* m_model;
    QListView* m_list;
    QLabel* m_noKeys;
    QLabel* m_rotation;
    JwtKeyEditor* m_editor;
};

} // namespace engage
