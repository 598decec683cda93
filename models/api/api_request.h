#pragma once

#include "api/api_error.h"

#include <QByteArray>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QSslError>
#include <QString>
#include <QTimer>
#include <QUrlQuery>

#include <chrono>
#include <optional>

class QNetworkReply;

namespace engage {

class ApiClient;

struct ApiResponse
{
    int status = 0; // the HTTP status of the final answer
    QByteArray body;
    QString etag;
};

// One request to the admin API, with its retries: an attempt that fails transiently (429,
// 502, 503, 504, a timeout, a refused or dropped connection) is repeated after a pause given
// by the client's RetryPolicy, for GETs and for PUTs carrying If-Match only: a POST, which
// creates something, is sent once. Each attempt is
// bounded as a whole by the client's transfer timeout, from the connection to the last byte,
// so that neither a silent server nor one that trickles bytes can hold it. The answer's size
// is capped while it arrives. Asynchronous: finished() is emitted once, from the event loop.
class ApiRequest : public QObject
{
    Q_OBJECT

public:
    enum class Method { Get, Put, Post };

    ApiRequest(ApiClient& client, Method method, const QString& path, QObject* parent = nullptr);
    ~ApiRequest() override;

    void setQuery(const QUrlQuery& query) { m_query = query; }
    // A PUT body and the ETag it is conditional on.
    void setBody(const QByteArray& body, const QString& ifMatch);

    void start();
    // Stops at once, with no signal: the owner has given up on the request.
    void abort();

    // After finished(): the answer when error() is empty.
    const ApiResponse& response() const { return m_response; }
    const std::optional<ApiError>& error() const { return m_error; }
    int attempts() const { return m_attempts; }

signals:
    void finished();

private:
    void attempt();
    void readArrived();
    void checkDeclaredSize();
    void replyFinished();
    void deadlinePassed();
    void failOrRetry(ApiError error, std::optional<std::chrono::milliseconds> retryAfter);
    ApiError errorOfAnswer(int status) const;
    void finish(std::optional<ApiError> error);
    void dropReply();
    bool mayRetry() const;
    QString host() const;

    ApiClient& m_client;
    Method m_method;
    QString m_path;
    QUrlQuery m_query;
    QByteArray m_body;
    QString m_ifMatch;

    QPointer<QNetworkReply> m_reply;
    QByteArray m_received;
    QList<QSslError> m_sslErrors;
    QTimer m_retryTimer;
    QTimer m_deadline; // of the attempt under way
    int m_attempts = 0;
    bool m_done = false;

    ApiResponse m_response;
    std::optional<ApiError> m_error;
};

} // namespace engage
