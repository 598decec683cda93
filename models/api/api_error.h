#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace engage {

// What went wrong with a request to the admin API, as data: the application shows `message`
// in a banner, engagectl prints it and picks its exit code from `kind`.
enum class ApiErrorKind {
    InvalidServerUrl,  // not an absolute http(s) URL with a host
    InsecureServerUrl, // plain http:// to a host that is not loopback: refused before connecting
    CaFileUnreadable,  // the extra CA file does not exist or holds no readable certificate
    Authentication,    // 401: the token is wrong or expired
    Forbidden,         // 403: the token may not do this
    NotFound,          // 404: no such community
    Conflict,          // 412: the settings changed since the ETag the push was based on
    Validation,        // 422: the server refused the settings; see fieldErrors
    RateLimited,       // 429, still after every attempt
    ServerError,       // 5xx (502, 503 and 504 after every attempt)
    HttpError,         // any other 4xx answer
    Timeout,           // no answer within the transfer timeout, after every attempt
    Network,           // refused or dropped connections, after every attempt; DNS failures
    Tls,               // the server's certificate could not be verified
    Redirect,          // a redirect to another host (never followed)
    BadResponse,       // an answer that is not what SPEC §6 describes: bad JSON, too large, ...
    Canceled,          // cancel() was called
    // 404 for the messaging settings while the community exists: the server does not offer
    // the settings extension of SPEC §6.2, as no real Engage domain does.
    ExtensionMissing,
};

// A 422 answer's {"path","message"}: path is a JSON Pointer into the settings, which is the
// same pointer into the configuration file (its members have the same names).
struct ApiFieldError
{
    QString path;
    QString message;

    bool operator==(const ApiFieldError& other) const
    {
        return path == other.path && message == other.message;
    }
};

struct ApiError
{
    ApiErrorKind kind = ApiErrorKind::Network;
    QString message;                  // a translated sentence; never holds the token
    int httpStatus = 0;               // the HTTP status when the server answered, else 0
    QList<ApiFieldError> fieldErrors; // Validation only
    // 429, 502, 503, 504, timeouts, refused and dropped connections: worth another attempt.
    bool transient = false;
};

// The translated messages of the API client, in one place.
class ApiErrors
{
    Q_DECLARE_TR_FUNCTIONS(engage::ApiErrors)

public:
    // An error for an HTTP answer that is not a success. `serverMessage` is the "message" or
    // "error" text of the answer's JSON body, when it has one.
    static ApiError fromHttpStatus(int status, const QString& serverMessage);
    static ApiError badResponse(const QString& what);
    static ApiError tooLarge(qint64 maxBytes);
    // Refused or dropped connections and the like; `detail` is Qt's description.
    static ApiError network(const QString& host, const QString& detail, bool transient,
                            int attempts);
    static ApiError timeout(const QString& host, qint64 timeoutMs, int attempts);
    static ApiError tls(const QString& host, const QStringList& problems);
    static ApiError redirect(const QString& host);
    // Says whether the file does not exist or holds no certificate.
    static ApiError caFileUnreadable(const QString& path);
    static ApiError canceled();
    // The words of SPEC §6.2, for a server that has the community but not its settings.
    static ApiError extensionMissing();
};

} // namespace engage
