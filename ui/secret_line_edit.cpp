#include "secret_line_edit.h"

#include "themed_icon.h"

#include <QAction>
#include <QClipboard>
#include <QContextMenuEvent>
#include <QGuiApplication>
#include <QKeyEvent>
#include <QMenu>
#include <QMouseEvent>

#include <memory>

namespace engage {

SecretLineEdit::SecretLineEdit(QWidget* parent)
    : QLineEdit(parent), m_reveal(new QAction(this)), m_copy(new QAction(this))
{
    setEchoMode(QLineEdit::Password);
    m_reveal->setObjectName(QStringLiteral("revealSecretAction"));
    m_reveal->setCheckable(true);
    m_reveal->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_H));
    m_reveal->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_copy->setObjectName(QStringLiteral("copySecretAction"));
    m_copy->setText(tr("&Copy the Secret"));
    m_copy->setIcon(themedIcon(QStringLiteral("edit-copy")));
    m_copy->setShortcut(QKeySequence::Copy);
    m_copy->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_copy->setToolTip(tr("Copy the secret (%1); the clipboard is cleared after a while.")
                           .arg(m_copy->shortcut().toString(QKeySequence::NativeText)));
    // Ctrl+H works from the field and from its buttons; Ctrl+C is taken in keyPressEvent,
    // where QLineEdit would otherwise swallow it.
    addAction(m_reveal);
    connect(m_reveal, &QAction::toggled, this, &SecretLineEdit::showRevealState);
    showRevealState(false);
}

void SecretLineEdit::showRevealState(bool shown)
{
    setEchoMode(shown ? QLineEdit::Normal : QLineEdit::Password);
    m_reveal->setText(shown ? tr("&Hide the Secret") : tr("S&how the Secret"));
    m_reveal->setIcon(
        themedIcon(shown ? QStringLiteral("view-hidden") : QStringLiteral("view-visible")));
    m_reveal->setToolTip((shown ? tr("Hide the secret (%1).") : tr("Show the secret (%1)."))
                             .arg(m_reveal->shortcut().toString(QKeySequence::NativeText)));
}

void SecretLineEdit::keyPressEvent(QKeyEvent* event)
{
    // Copy takes the whole secret with its clipboard marks, never a bare selection.
    if (event->matches(QKeySequence::Copy)) {
        m_copy->trigger();
        event->accept();
        return;
    }
    // Cutting would hand the secret over unmarked, and edit the document behind its back.
    if (event->matches(QKeySequence::Cut)) {
        event->accept();
        return;
    }
    QLineEdit::keyPressEvent(event);
    keepSecretOutOfSelection();
}

void SecretLineEdit::mouseReleaseEvent(QMouseEvent* event)
{
    QLineEdit::mouseReleaseEvent(event);
    keepSecretOutOfSelection();
}

void SecretLineEdit::mouseDoubleClickEvent(QMouseEvent* event)
{
    QLineEdit::mouseDoubleClickEvent(event);
    keepSecretOutOfSelection();
}

// X11's (and Wayland's) primary selection: a QLineEdit that shows its text hands whatever is
// selected to it, unmarked, for any clipboard manager to keep, and nothing would clear it.
// Taken back before the event loop runs again, so no other program can read it meanwhile; the
// field's Copy is the one way a secret leaves it.
void SecretLineEdit::keepSecretOutOfSelection()
{
    QClipboard* clipboard = QGuiApplication::clipboard();
    if (clipboard->supportsSelection() && hasSelectedText() &&
        clipboard->text(QClipboard::Selection) == selectedText()) {
        clipboard->clear(QClipboard::Selection);
    }
}

void SecretLineEdit::contextMenuEvent(QContextMenuEvent* event)
{
    const std::unique_ptr<QMenu> menu(createStandardContextMenu());
    // The standard Copy and Cut are disabled while the secret is hidden and, once it is shown,
    // would copy it unmarked: the field's own Copy replaces them.
    for (QAction* action : menu->actions()) {
        if (action->objectName() == QLatin1String("edit-copy") ||
            action->objectName() == QLatin1String("edit-cut"))
            menu->removeAction(action);
    }
    QAction* first = menu->actions().value(0);
    menu->insertAction(first, m_reveal);
    menu->insertAction(first, m_copy);
    menu->insertSeparator(first);
    menu->exec(event->globalPos());
}

} // namespace engage
