#pragma once

#include <QFrame>

#include <functional>

class QLabel;
class QPushButton;

namespace engage {

// A non-modal message at the top of the window for the outcome of an action (a refused
// private key, a file that could not be saved): an icon and a sentence, an optional action
// button, and a close button. Never a modal box for something the person can read later.
// Each message is shown for a cause, and the event that removes the cause resolves it: a
// message never outlives what it says (a failed import beside a successful one).
class MessageBanner : public QFrame
{
    Q_OBJECT

public:
    enum class Kind { Information, Warning, Error };
    // What a message is about, so that what settles it can close it.
    enum class Cause {
        File,        // reading or writing the window's file; settled by the next that succeeds
        KeyProblem,  // a key refused or not imported; settled by an import or any edit
        Sync,        // a pull or push that failed (a refused token too); settled by a
                     // successful connection, pull or push
        PushRefused, // a push refused for the configuration's errors; settled once none is left
        Note,        // news of an action that succeeded; replaced by the next message
    };

    explicit MessageBanner(QWidget* parent = nullptr);

    void showMessage(Cause cause, Kind kind, const QString& text);
    // The same with a button that runs `action` and closes the banner.
    void showMessage(Cause cause, Kind kind, const QString& text, const QString& actionText,
                     std::function<void()> action);
    // Closes the message when it was shown for `cause`: what it said no longer holds.
    void resolve(Cause cause);
    QString text() const;
    Kind kind() const { return m_kind; }
    Cause cause() const { return m_cause; }

private:
    Kind m_kind = Kind::Information;
    Cause m_cause = Cause::Note;
    QLabel* m_icon;
    QLabel* m_text;
    QPushButton* m_action;
    std::function<void()> m_onAction;
};

} // namespace engage
