#pragma once

#include <QDialog>

class QLabel;
class QLineEdit;

namespace engage {

class SyncSession;

// Connect: the server URL and the API token. Says where the token will be kept (the system
// keychain, or this session only when there is none). Accepted once the session took them;
// a bad URL or token is said in the dialog, which stays open.
class ConnectionDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ConnectionDialog(SyncSession& session, QWidget* parent = nullptr);

private:
    void tryConnect();
    void lookUpToken();
    void showStorage();

    SyncSession& m_session;
    QLineEdit* m_server;
    QLineEdit* m_token;
    QLabel* m_storage;
    QLabel* m_error;
};

} // namespace engage
