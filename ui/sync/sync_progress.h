#pragma once

#include <QPointer>
#include <QWidget>

class QLabel;
class QProgressBar;
class QPushButton;

namespace engage {

class ApiCommand;

// The progress of one network action and the button that cancels it: shown while a command
// runs, hidden otherwise. Used in the status bar for pushes and in the pull dialog.
class SyncProgress : public QWidget
{
    Q_OBJECT

public:
    explicit SyncProgress(QWidget* parent = nullptr);

    // Follows `command` until it finishes; `text` says what it does ("Reading the remote
    // settings…"), and while the command waits for the server's rate limit, for how long.
    // Cancel calls ApiCommand::cancel().
    void track(ApiCommand* command, const QString& text);

private:
    void showProgress(qint64 done, qint64 total);

    QLabel* m_label;
    QProgressBar* m_bar;
    QPushButton* m_cancel;
    QPointer<ApiCommand> m_command;
    QString m_text; // what the command does
};

} // namespace engage
