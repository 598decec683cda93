#include "sync_session.h"

#include "api/api_client.h"
#include "api/server_url.h"
#include "recent_files.h"

#include <QCoreApplication>
#include <QSettings>
#include <qt6keychain/keychain.h>

namespace engage {

namespace {

const QString keychainService = QStringLiteral("engage-admin");
const QString serverKey = QStringLiteral("sync/server");

// The key of a server's token: its normalised URL, so that "…/1.0/" and "…/1.0" share one.
std::optional<QString> normalisedServer(const QString& text)
{
    const ServerUrlCheck check = ServerUrl::check(text);
    if (check.error)
        return std::nullopt;
    return check.url.toString();
}

} // namespace

SyncSession& SyncSession::instance()
{
    static SyncSession* session = [] {
        auto* created = new SyncSession;
        created->setParent(QCoreApplication::instance()); // deleted with the application
        return created;
    }();
    return *session;
}

SyncSession::SyncSession()
{
#ifdef Q_OS_LINUX
    // On Linux QtKeychain reaches the Secret Service or KWallet over the D-Bus session bus.
    // Without one, libsecret may try to start a bus itself, which can block or take long
    // (under CI, in a container, over ssh): the token then stays for this session only.
    if (qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS")) {
        m_unavailableReason = tr("there is no D-Bus session bus");
        m_storage = TokenStorage::SessionOnly;
    }
#endif
}

QString SyncSession::rememberedServer() const
{
    const QSettings settings(RecentFiles::settingsPath(), QSettings::IniFormat);
    return settings.value(serverKey).toString();
}

std::variant<std::shared_ptr<ApiClient>, QString>
SyncSession::clientFor(const QString& serverText, const QByteArray& token) const
{
    const ServerUrlCheck check = ServerUrl::check(serverText.trimmed());
    if (check.error)
        return check.error->message;
    if (!ApiClient::isUsableToken(token)) {
        return tr("Enter the API token: it cannot be empty or hold spaces, line breaks or other "
                  "characters that cannot be sent in an HTTP header.");
    }
    ApiClientOptions options;
    options.serverUrl = check.url.toString();
    return std::make_shared<ApiClient>(options, token);
}

void SyncSession::adopt(std::shared_ptr<ApiClient> client, const QByteArray& token)
{
    const QString server = client->serverUrl().toString();
    m_client = std::move(client);
    m_sessionTokens.insert(server, token);
    QSettings settings(RecentFiles::settingsPath(), QSettings::IniFormat);
    settings.setValue(serverKey, server);

    if (m_storage == TokenStorage::SessionOnly)
        return;
    auto* job = new QKeychain::WritePasswordJob(keychainService, this); // deletes itself
    job->setKey(server);
    job->setBinaryData(token);
    connect(job, &QKeychain::Job::finished, this, [this](QKeychain::Job* finished) {
        if (finished->error() != QKeychain::NoError) {
            keychainFailed(finished->errorString());
        } else {
            m_storage = TokenStorage::Keychain;
            emit storageChanged();
        }
    });
    job->start();
}

void SyncSession::lookUpToken(const QString& serverText)
{
    const std::optional<QString> server = normalisedServer(serverText.trimmed());
    if (!server)
        return;
    if (const auto known = m_sessionTokens.constFind(*server); known != m_sessionTokens.cend()) {
        emit tokenFound(*server, *known);
        return;
    }
    if (m_storage == TokenStorage::SessionOnly)
        return;
    auto* job = new QKeychain::ReadPasswordJob(keychainService, this); // deletes itself
    job->setKey(*server);
    connect(job, &QKeychain::Job::finished, this, [this, job, server = *server] {
        if (job->error() == QKeychain::NoError) {
            m_storage = TokenStorage::Keychain;
            emit storageChanged();
            emit tokenFound(server, job->binaryData());
        } else if (job->error() == QKeychain::EntryNotFound) {
            m_storage = TokenStorage::Keychain;
            emit storageChanged();
        } else {
            keychainFailed(job->errorString());
        }
    });
    job->start();
}

void SyncSession::keychainFailed(const QString& reason)
{
    m_unavailableReason = reason;
    m_storage = TokenStorage::SessionOnly;
    emit storageChanged();
}

QString SyncSession::storageNote() const
{
    switch (m_storage) {
    case TokenStorage::Keychain:
        return tr("The token is kept in the system keychain.");
    case TokenStorage::SessionOnly:
        return tr("The system keychain cannot be used (%1), so the token is kept for this session "
                  "only: you will have to enter it again after quitting.")
            .arg(m_unavailableReason);
    case TokenStorage::Unknown:
        break;
    }
    return tr("The token will be kept in the system keychain.");
}

} // namespace engage
