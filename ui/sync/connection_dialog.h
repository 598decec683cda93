#pragma once

#include <QDialog>
#include <QPointer>

#include <memory>

class QLabel;
class QLineEdit;
class QPushButton;

namespace engage {

class ApiClient;
class CountCommunitiesCommand;
class SyncSession;

// Connect: the server URL and the API token. Says where the token will be kept (the system
// keychain, or this session only when there is none). Connect asks the server once (how many
// communities the token sees) and is accepted only when the server took the token; a bad URL,
// a refused token (401, or 400 invalid_access_token) or an unreachable server is said in the
// dialog, which stays open to fix it. Cancel stops the check. Opened from a configuration
// that names its server (the record of its pull, or its file's "server"), the dialog says so
// and starts from that server rather than the one last connected to.
struct ConnectionOrigin
{
    QString server;    // empty when the configuration names none
    QString community; // the community's name or ID, for the sentence
};

class ConnectionDialog : public QDialog
{
    Q_OBJECT

public:
    ConnectionDialog(SyncSession& session, const ConnectionOrigin& origin,
                     QWidget* parent = nullptr);
    ~ConnectionDialog() override;

    // After acceptance: whom Connect reached, a sentence for the status bar.
    const QString& reached() const { return m_reached; }

    void done(int result) override;

private:
    void tryConnect();
    void checked();
    void showError(const QString& message);
    void lookUpToken();
    void showStorage();

    SyncSession& m_session;
    QLineEdit* m_server;
    QLineEdit* m_token;
    QLabel* m_storage;
    QLabel* m_error;
    QPushButton* m_connectButton;
    // The check under way and the client it uses, which becomes the connection if it succeeds.
    std::shared_ptr<ApiClient> m_candidate;
    QByteArray m_candidateToken;
    CountCommunitiesCommand* m_check = nullptr;
    QString m_reached;
};

} // namespace engage
