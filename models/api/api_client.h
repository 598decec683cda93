#pragma once

#include "api/api_error.h"
#include "api/request_pace.h"
#include "api/retry_policy.h"

#include <QByteArray>
#include <QNetworkAccessManager>
#include <QObject>
#include <QSslConfiguration>
#include <QString>
#include <QUrl>
#include <QUrlQuery>

#include <chrono>
#include <memory>
#include <optional>
#include <vector>

class QNetworkReply;

namespace engage {

struct ApiClientOptions
{
    QString serverUrl;   // e.g. https://acme.api.digital.ringcentral.com/1.0; see ServerUrl
    QString caFile;      // a PEM file of CA certificates trusted in addition to the system's
    int maxInFlight = 8; // pages of one list requested at the same time (at least 1)
    std::chrono::milliseconds transferTimeout{30000}; // each attempt as a whole
    qint64 maxResponseBytes = 32 * 1024 * 1024;       // larger answers are refused
    RetryPolicy retry;
    // Shared by every client of the process that talks to the same server: see RequestPace.
    RequestPaceSettings pace;
};

// The connection to one admin API server: options, TLS configuration and the API token.
// The token lives here and only here: it is written into the Authorization header of each
// request and never returned, logged or put in a message. Requests and commands (api_command.h)
// use a client and must not outlive it; the client makes no request of its own and never blocks.
class ApiClient : public QObject
{
    Q_OBJECT

public:
    ApiClient(const ApiClientOptions& options, const QByteArray& token, QObject* parent = nullptr);
    ~ApiClient() override;

    // A token goes into an HTTP header: visible ASCII only, so that no line break can add a
    // header of its own. engagectl and the application refuse any other token.
    static bool isUsableToken(const QByteArray& token);

    const ApiClientOptions& options() const { return m_options; }
    // The checked base URL (empty when setupError() is set).
    const QUrl& serverUrl() const { return m_serverUrl; }
    // A bad server URL or CA file, found at construction: every command then fails with it,
    // before any connection is made.
    const std::optional<ApiError>& setupError() const { return m_setupError; }
    // The pace of requests to this server, shared with the process's other clients of it.
    RequestPace& pace() const { return *m_pace; }

    // One HTTP exchange (for ApiRequest): `path` is appended to the base URL, already
    // percent-encoded. The reply belongs to the client's network manager until deleted. A
    // request that may not be `resendable` (a POST) is never sent twice, not even by Qt.
    QNetworkReply* send(const QByteArray& verb, const QString& path, const QUrlQuery& query,
                        const QByteArray& body, const QString& ifMatch, bool resendable);

    // The server's words in an error answer with the token, should the server quote it (a
    // gateway that echoes the request), replaced: they are shown and logged.
    void hideToken(ApiErrorBody& body) const;

private:
    ApiClientOptions m_options;
    QUrl m_serverUrl;
    QByteArray m_authorization;
    QSslConfiguration m_tls;
    std::optional<ApiError> m_setupError;
    std::shared_ptr<RequestPace> m_pace;
    // Qt 6.4's QNetworkAccessManager opens at most 6 connections to a host and queues the
    // rest (the setting came in 6.5), so maxInFlight concurrent requests need
    // ceil(maxInFlight / 6) managers; each request goes to the one with the fewest replies.
    std::vector<std::unique_ptr<QNetworkAccessManager>> m_networks;
};

} // namespace engage
