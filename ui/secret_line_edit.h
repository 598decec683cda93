#pragma once

#include <QLineEdit>

class QAction;

namespace engage {

// A line edit for a secret: hidden until revealed, and copied whole on request, hidden or not
// (a plain QLineEdit refuses Copy in password mode), by Ctrl+C or its context menu. The two
// actions also serve the buttons beside the field, so that the keyboard reaches them by Tab.
class SecretLineEdit : public QLineEdit
{
    Q_OBJECT

public:
    explicit SecretLineEdit(QWidget* parent = nullptr);

    // Checked while the secret is shown; Ctrl+H in the field and its buttons.
    QAction* revealAction() const { return m_reveal; }
    // Triggered when the person asks for the secret on the clipboard: whoever owns the
    // clipboard policy copies it (see SecretClipboard).
    QAction* copyAction() const { return m_copy; }

protected:
    void keyPressEvent(QKeyEvent* event) override;
    void mouseReleaseEvent(QMouseEvent* event) override;
    void mouseDoubleClickEvent(QMouseEvent* event) override;
    void contextMenuEvent(QContextMenuEvent* event) override;

private:
    void showRevealState(bool shown);
    void keepSecretOutOfSelection();

    QAction* m_reveal;
    QAction* m_copy;
};

} // namespace engage
