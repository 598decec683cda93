#pragma once

#include "api/api_error.h"

#include <QByteArray>
#include <QElapsedTimer>
#include <QList>
#include <QNetworkReply>
#include <QObject>
#include <QPointer>
#include <QSslError>
#include <QString>
#include <QTimer>
#include <QUrlQuery>

#include <chrono>
#include <optional>

namespace engage {

class ApiClient;

// Why a request waits before it is sent (ApiRequest::waiting).
enum class ApiWaitReason {
    Pace,      // this program keeps to the server's limit of requests per window
    RateLimit, // the server refused a request for its rate limit (429)
};

struct ApiResponse
{
    int status = 0; // the HTTP status of the final answer
    QByteArray body;
    QString etag;
};

// One request to the admin API, with its retries: an attempt that fails transiently (409
// locked, 502, 503, 504, a timeout, a refused or dropped connection) is repeated after a pause
// given by the client's RetryPolicy, for GETs and for PUTs carrying If-Match only (a POST,
// which creates something, is sent once). A 429 is retried after its Retry-After or, without
// one, once the rate window has passed; its budget is time, not attempts
// (RetryPolicy::rateLimitWindows). Every attempt first takes a slot of the client's
// RequestPace. Each attempt is bounded as a whole by the client's transfer timeout, from the
// connection to the last byte, so that neither a silent server nor one that trickles bytes can
// hold it. The answer's size is capped while it arrives. Asynchronous: finished() is emitted
// once, from the event loop.
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

    // The sentence for a wait announced by waiting(), as engagectl and the application show it.
    static QString describeWait(std::chrono::seconds remaining, ApiWaitReason reason);

signals:
    void finished();
    // The request waits `remaining` before its next attempt: said once per wait, for server
    // rate limits always and for the client's own pace when it lasts a second or more.
    void waiting(std::chrono::seconds remaining, engage::ApiWaitReason reason);

private:
    void attempt();
    void sendAttempt();
    void waitFor(std::chrono::milliseconds pause, ApiWaitReason reason);
    // The pause before retrying a 429, or std::nullopt when its time budget is spent.
    std::optional<std::chrono::milliseconds>
    rateLimitPause(std::optional<std::chrono::milliseconds> retryAfter);
    void readArrived();
    void checkDeclaredSize();
    void replyFinished();
    void deadlinePassed();
    void failOrRetry(ApiError error, std::optional<std::chrono::milliseconds> retryAfter);
    ApiError errorOfAnswer(int status, QNetworkReply::NetworkError networkError) const;
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
    QTimer m_paceTimer; // until the pace lets the attempt go
    QTimer m_deadline; // of the attempt under way
    int m_attempts = 0;
    int m_rateLimitedAttempts = 0;  // answered 429; not counted against RetryPolicy::maxAttempts
    QElapsedTimer m_rateLimitedFor; // since the first 429
    bool m_done = false;

    ApiResponse m_response;
    std::optional<ApiError> m_error;
};

} // namespace engage
