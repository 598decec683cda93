#pragma once

#include <QByteArray>
#include <QHash>
#include <QObject>
#include <QString>

#include <memory>
#include <optional>
#include <variant>

namespace engage {

class ApiClient;

// The application's connection to the admin API, shared by its windows: the server URL, the
// API client, and where the token is kept. The token goes to the system keychain (QtKeychain,
// service "engage-admin", key the normalised server URL); when no keychain can be used it is
// kept in memory for this session only, and storageNote() says so. Only the server URL is
// remembered in the settings file; the token is never written there, logged or shown.
class SyncSession : public QObject
{
    Q_OBJECT

public:
    enum class TokenStorage { Unknown, Keychain, SessionOnly };

    static SyncSession& instance();

    // The server last connected to, from the settings file; empty the first time.
    QString rememberedServer() const;
    // The client of the current connection, or null before the first connection. Shared, so
    // that a command under way keeps its client when the person connects elsewhere meanwhile.
    std::shared_ptr<ApiClient> client() const { return m_client; }

    // A client for the URL and the token, not yet the connection: the connection dialog first
    // asks the server whether it takes the token. A translated error when the URL or the token
    // cannot be used at all.
    std::variant<std::shared_ptr<ApiClient>, QString> clientFor(const QString& serverText,
                                                                const QByteArray& token) const;
    // Makes a client of clientFor(), whose token the server took, the connection; the token is
    // then stored (asynchronously): unless storage() is already SessionOnly, storageChanged()
    // follows once the keychain answered.
    void adopt(std::shared_ptr<ApiClient> client, const QByteArray& token);
    // Looks for the token of a server: tokenFound() follows when there is one.
    void lookUpToken(const QString& serverText);

    TokenStorage storage() const { return m_storage; }
    // One sentence on where the token is (or will be) kept, for the connection dialog.
    QString storageNote() const;

signals:
    void tokenFound(const QString& server, const QByteArray& token);
    void storageChanged();

private:
    SyncSession();
    void keychainFailed(const QString& reason);

    std::shared_ptr<ApiClient> m_client;
    // Tokens entered during this session, by server: what "kept for the session" means.
    QHash<QString, QByteArray> m_sessionTokens;
    TokenStorage m_storage = TokenStorage::Unknown;
    QString m_unavailableReason; // why the keychain cannot be used, once known
};

} // namespace engage
