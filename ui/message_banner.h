#pragma once

#include <QFrame>

#include <functional>

class QLabel;
class QPushButton;

namespace engage {

// A non-modal message at the top of the window for the outcome of an action (a refused
// private key, a file that could not be saved): an icon and a sentence, an optional action
// button, and a close button. Never a modal box for something the person can read later.
class MessageBanner : public QFrame
{
    Q_OBJECT

public:
    enum class Kind { Information, Warning, Error };

    explicit MessageBanner(QWidget* parent = nullptr);

    void showMessage(Kind kind, const QString& text);
    // The same with a button that runs `action` and closes the banner.
    void showMessage(Kind kind, const QString& text, const QString& actionText,
                     std::function<void()> action);
    QString text() const;
    Kind kind() const { return m_kind; }

private:
    Kind m_kind = Kind::Information;
    QLabel* m_icon;
    QLabel* m_text;
    QPushButton* m_action;
    std::function<void()> m_onAction;
};

} // namespace engage
