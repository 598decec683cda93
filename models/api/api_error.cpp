#include "api/api_error.h"

#include "text/untrusted_text.h"
#include <QFileInfo>

namespace engage {

namespace {

// Server text is shown only as a short, escaped quote: it is not ours to trust with the layout.
constexpr qsizetype maxQuoted = 200;

} // namespace

ApiError ApiErrors::fromHttpStatus(int status, const QString& serverMessage)
{
    ApiError error;
    error.httpStatus = status;
    switch (status) {
    case 401:
        error.kind = ApiErrorKind::Authentication;
        error.message = tr("The server refused the API token (HTTP 401): check that it is the "
                           "right token and that it has not expired.");
        return error;
    case 403:
        error.kind = ApiErrorKind::Forbidden;
        error.message = tr("The API token is not allowed to do this (HTTP 403): ask an "
                           "administrator of the account for the missing permission.");
        return error;
    case 404:
        error.kind = ApiErrorKind::NotFound;
        error.message = tr("The server has no such community or resource (HTTP 404): check "
                           "the community ID and the server URL.");
        return error;
    case 412:
        error.kind = ApiErrorKind::Conflict;
        error.message = tr("The remote settings changed since they were pulled (HTTP 412): "
                           "nothing was changed; review the differences and pull again.");
        return error;
    case 422:
        error.kind = ApiErrorKind::Validation;
        error.message = tr("The server refused the settings as invalid (HTTP 422); nothing was "
                           "changed.");
        return error;
    case 429:
        error.kind = ApiErrorKind::RateLimited;
        error.transient = true;
        error.message = tr("The server is still limiting the request rate (HTTP 429) after "
                           "several attempts; try again later.");
        return error;
    default:
        break;
    }
    if (status >= 500) {
        error.kind = ApiErrorKind::ServerError;
        error.transient = status == 502 || status == 503 || status == 504;
        error.message =
            serverMessage.isEmpty()
                ? tr("The server failed to answer (HTTP %1); try again later.").arg(status)
                : tr("The server failed to answer (HTTP %1: %2); try again later.")
                      .arg(status)
                      .arg(UntrustedText::forDisplay(serverMessage, maxQuoted));
        return error;
    }
    error.kind = ApiErrorKind::HttpError;
    error.message = serverMessage.isEmpty()
                        ? tr("The server refused the request (HTTP %1).").arg(status)
                        : tr("The server refused the request (HTTP %1: %2).")
                              .arg(status)
                              .arg(UntrustedText::forDisplay(serverMessage, maxQuoted));
    return error;
}

ApiError ApiErrors::badResponse(const QString& what)
{
    ApiError error;
    error.kind = ApiErrorKind::BadResponse;
    error.message = tr("The server sent an answer that this program cannot use: %1.").arg(what);
    return error;
}

ApiError ApiErrors::tooLarge(qint64 maxBytes)
{
    return badResponse(tr("the answer is larger than %1 MiB").arg(maxBytes / (1024 * 1024)));
}

ApiError ApiErrors::network(const QString& host, const QString& detail, bool transient,
                            int attempts)
{
    ApiError error;
    error.kind = ApiErrorKind::Network;
    error.transient = transient;
    error.message = tr("The connection to %1 failed (%2; attempts: %3); check the server URL "
                       "and the network.")
                        .arg(host, detail)
                        .arg(attempts);
    return error;
}

ApiError ApiErrors::timeout(const QString& host, qint64 timeoutMs, int attempts)
{
    ApiError error;
    error.kind = ApiErrorKind::Timeout;
    error.transient = true;
    error.message = tr("%1 did not send a complete answer within %2 seconds, the time limit "
                       "of each attempt (attempts: %3); try again later.")
                        .arg(host)
                        .arg(static_cast<double>(timeoutMs) / 1000.0, 0, 'g', 3)
                        .arg(attempts);
    return error;
}

ApiError ApiErrors::tls(const QString& host, const QStringList& problems)
{
    ApiError error;
    error.kind = ApiErrorKind::Tls;
    const QString details =
        problems.isEmpty() ? tr("the TLS handshake failed") : problems.join(QStringLiteral("; "));
    error.message = tr("The TLS certificate of %1 could not be verified (%2), so nothing was "
                       "sent. If the server uses a private certificate authority, add that "
                       "authority's certificate as a trusted CA file.")
                        .arg(host, details);
    return error;
}

ApiError ApiErrors::redirect(const QString& host)
{
    ApiError error;
    error.kind = ApiErrorKind::Redirect;
    error.message = tr("%1 redirected the request to another host, which is never followed "
                       "with the API token; check the server URL.")
                        .arg(host);
    return error;
}

ApiError ApiErrors::caFileUnreadable(const QString& path)
{
    ApiError error;
    error.kind = ApiErrorKind::CaFileUnreadable;
    error.message = QFileInfo::exists(path)
                        ? tr("The CA file %1 holds no PEM certificate that could be read.")
                              .arg(UntrustedText::forDisplay(path))
                        : tr("The CA file %1 does not exist: check its path.")
                              .arg(UntrustedText::forDisplay(path));
    return error;
}

ApiError ApiErrors::canceled()
{
    ApiError error;
    error.kind = ApiErrorKind::Canceled;
    error.message = tr("The operation was canceled.");
    return error;
}

ApiError ApiErrors::extensionMissing()
{
    ApiError error;
    error.kind = ApiErrorKind::ExtensionMissing;
    error.httpStatus = 404;
    error.message =
        tr("The server has this community but no messaging-settings API (HTTP 404), as on every "
           "real Engage domain: signed identities, JWT keys and the extra values mapping are "
           "entered in the Engage admin console there. Run \"engagectl checklist FILE\" for the "
           "steps, value by value.");
    return error;
}

} // namespace engage
