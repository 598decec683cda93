#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace engage {

struct JsonParseError;

// What went wrong with a request to the admin API, as data: the application shows `message`
// in a banner, engagectl prints it and picks its exit code from `kind`.
enum class ApiErrorKind {
    InvalidServerUrl,  // not an absolute http(s) URL with a host
    InsecureServerUrl, // plain http:// to a host that is not loopback: refused before connecting
    CaFileUnreadable,  // the extra CA file does not exist or holds no readable certificate
    Authentication,    // 401, or 400 invalid_access_token: the token is wrong or expired
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
    BadResponse,       // an answer that is not what docs/api.md describes: bad JSON, too large, ...
    Canceled,          // cancel() was called
    Locked,            // 409 "..._locked": the resource is busy on the server, after every attempt
    // 404 for the messaging settings while the community exists: the server does not offer
    // the settings extension of docs/api.md, as no real Engage domain does.
    ExtensionMissing,
};

// One of a 422 answer's errors: {"attribute","type","message"} (docs/api.md). For the public
// API, attribute names a record attribute ("key"); for the settings extension (docs/api.md) it is
// a JSON Pointer into the settings ("/jwt_keys/0/secret"), which is the same pointer into the
// configuration file (its members have the same names). Empty when the server named none.
struct ApiFieldError
{
    QString attribute;
    QString type; // the kind of error, e.g. "taken" or a diagnostic code
    QString message;

    bool operator==(const ApiFieldError& other) const
    {
        return attribute == other.attribute && type == other.type && message == other.message;
    }
};

// The body of an error answer, {"error": CODE, "message": TEXT, "status": N} (docs/api.md), and a
// 422's "errors". Members are empty when the body lacks them or is not JSON.
struct ApiErrorBody
{
    QString code; // "error", e.g. invalid_access_token
    QString message;
    QList<ApiFieldError> fieldErrors;

    static ApiErrorBody parse(const QByteArray& body);
};

struct ApiError
{
    ApiErrorKind kind = ApiErrorKind::Network;
    QString message;                  // a translated sentence; never holds the token
    int httpStatus = 0;               // the HTTP status when the server answered, else 0
    QList<ApiFieldError> fieldErrors; // Validation only
    // 409 locked, 429, 502, 503, 504, timeouts, refused and dropped connections: worth
    // another attempt.
    bool transient = false;
    QString serverCode; // the answer's "error" code (e.g. not_found), when it sent one
};

// The translated messages of the API client, in one place.
class ApiErrors
{
    Q_DECLARE_TR_FUNCTIONS(engage::ApiErrors)

public:
    // An error for an HTTP answer that is not a success: the message names the status and
    // quotes the body's error code and message (escaped) when it has them.
    static ApiError fromHttpStatus(int status, const ApiErrorBody& body = {});
    static ApiError badResponse(const QString& what);
    // An answer that is not JSON; the subject names it ("The list page at offset 300").
    static ApiError notJson(const QString& subject, const JsonParseError& parseError);
    // One line for a 422 error, escaped: "ATTRIBUTE: MESSAGE", or the message alone when the
    // server named no attribute.
    static QString describe(const ApiFieldError& fieldError);
    static ApiError tooLarge(qint64 maxBytes);
    // A success whose answer was cut (`declared`: its Content-Length, when it had one): the
    // server has probably done what was asked. `retried`: the request was sent again (a GET, a
    // conditional PUT), and this is the last attempt's; otherwise it is not sent twice (a POST).
    static ApiError answerCut(const QString& host, int status, qint64 received,
                              std::optional<qint64> declared, int attempts, bool retried);
    // The connection closed before any answer to a request that is not sent twice.
    static ApiError closedBeforeAnswer(const QString& host);
    // A redirect (307, 308) of a request that is not sent twice: not carried out.
    static ApiError notFollowed(const QString& host, int status);
    // Refused or dropped connections and the like; `detail` is Qt's description.
    static ApiError network(const QString& host, const QString& detail, bool transient,
                            int attempts);
    static ApiError timeout(const QString& host, qint64 timeoutMs, int attempts);
    static ApiError tls(const QString& host, const QStringList& problems);
    static ApiError redirect(const QString& host);
    // Redirects on the same server that go on and on (Qt stops after 50).
    static ApiError tooManyRedirects(const QString& host);
    // Says whether the file does not exist or holds no certificate.
    static ApiError caFileUnreadable(const QString& path);
    static ApiError canceled();
    // The words of docs/api.md, for a server that has the community but not its settings.
    static ApiError extensionMissing();
};

} // namespace engage
