#include "api/api_error.h"

#include "json/json_parser.h"
#include "text/untrusted_text.h"

#include <QFileInfo>

namespace engage {

namespace {

// Server text is shown only as a short, escaped quote: it is not ours to trust with the layout.
constexpr qsizetype maxQuotedServerText = 200;

} // namespace

ApiErrorBody ApiErrorBody::parse(const QByteArray& body)
{
    constexpr qsizetype maxErrorBody = 64 * 1024;
    ApiErrorBody read;
    if (body.size() > maxErrorBody)
        return read;
    const JsonParseResult parsed = parseJson(body);
    if (!parsed.value || !parsed.value->isObject())
        return read;
    const auto textOf = [](const JsonValue& object, QStringView name) {
        const JsonValue* member = object.member(name);
        return member && member->isString() ? member->text() : QString();
    };
    read.code = textOf(*parsed.value, u"error");
    read.message = textOf(*parsed.value, u"message");
    const JsonValue* errors = parsed.value->member(u"errors");
    if (!errors || !errors->isArray())
        return read;
    for (const JsonValue& item : errors->items()) {
        if (!item.isObject())
            continue;
        const ApiFieldError fieldError{textOf(item, u"attribute"), textOf(item, u"type"),
                                       textOf(item, u"message")};
        // An entry without a word a person could read would be shown as an empty line.
        if (fieldError.attribute.isEmpty() && fieldError.type.isEmpty() &&
            fieldError.message.isEmpty())
            continue;
        read.fieldErrors.append(fieldError);
    }
    return read;
}

namespace {

// "HTTP 401", then the server's code and message when it sent them, escaped.
QString statusDetail(int status, const ApiErrorBody& body)
{
    const QString code = UntrustedText::forDisplay(body.code, maxQuotedServerText);
    const QString message = UntrustedText::forDisplay(body.message, maxQuotedServerText);
    if (!code.isEmpty() && !message.isEmpty())
        return ApiErrors::tr("HTTP %1, %2: %3").arg(status).arg(code, message);
    if (!code.isEmpty() || !message.isEmpty())
        return ApiErrors::tr("HTTP %1: %2").arg(status).arg(code.isEmpty() ? message : code);
    return ApiErrors::tr("HTTP %1").arg(status);
}

} // namespace

ApiError ApiErrors::fromHttpStatus(int status, const ApiErrorBody& body)
{
    ApiError error;
    error.httpStatus = status;
    error.serverCode = body.code;
    const QString detail = statusDetail(status, body);
    // The public API answers a wrong token with 400 invalid_access_token, others with 401.
    if (status == 401 || (status == 400 && body.code == QLatin1String("invalid_access_token"))) {
        error.kind = ApiErrorKind::Authentication;
        error.message = tr("The server refused the API token (%1): check that it is the right "
                           "token and that it has not expired or been revoked under Admin > API "
                           "access tokens.")
                            .arg(detail);
        return error;
    }
    switch (status) {
    case 403:
        error.kind = ApiErrorKind::Forbidden;
        error.message = tr("The API token is not allowed to do this (%1): ask an administrator "
                           "of the account for the missing permission.")
                            .arg(detail);
        return error;
    case 404:
        error.kind = ApiErrorKind::NotFound;
        error.message = tr("The server has no such community or resource (%1): check the "
                           "community ID and the server URL.")
                            .arg(detail);
        return error;
    case 409:
        if (body.code.endsWith(QLatin1String("_locked"))) {
            error.kind = ApiErrorKind::Locked;
            error.transient = true;
            error.message = tr("The server kept the resource locked by another operation (%1) "
                               "after several attempts; try again in a moment.")
                                .arg(detail);
            return error;
        }
        break;
    case 412:
        error.kind = ApiErrorKind::Conflict;
        error.message = tr("The remote settings changed since they were pulled (%1): nothing "
                           "was changed; review the differences and pull again.")
                            .arg(detail);
        return error;
    case 422:
        error.kind = ApiErrorKind::Validation;
        error.fieldErrors = body.fieldErrors;
        error.message =
            tr("The server refused the data as invalid (%1); nothing was changed.").arg(detail);
        return error;
    case 429:
        error.kind = ApiErrorKind::RateLimited;
        error.transient = true;
        error.message = tr("The server is still limiting the request rate (%1) after waiting "
                           "for its rate window; try again in a few minutes.")
                            .arg(detail);
        return error;
    default:
        break;
    }
    if (status >= 500) {
        error.kind = ApiErrorKind::ServerError;
        error.transient = status == 502 || status == 503 || status == 504;
        error.message = tr("The server failed to answer (%1); try again later.").arg(detail);
        return error;
    }
    error.kind = ApiErrorKind::HttpError;
    error.message = tr("The server refused the request (%1).").arg(detail);
    return error;
}

QString ApiErrors::describe(const ApiFieldError& fieldError)
{
    const QString message = UntrustedText::forDisplay(
        fieldError.message.isEmpty() ? fieldError.type : fieldError.message, maxQuotedServerText);
    if (fieldError.attribute.isEmpty())
        return message;
    return tr("%1: %2").arg(UntrustedText::forDisplay(fieldError.attribute, maxQuotedServerText),
                            message);
}

ApiError ApiErrors::badResponse(const QString& what)
{
    ApiError error;
    error.kind = ApiErrorKind::BadResponse;
    error.message = tr("The server sent an answer that this program cannot use: %1.").arg(what);
    return error;
}

ApiError ApiErrors::notJson(const QString& subject, const JsonParseError& parseError)
{
    ApiError error;
    error.kind = ApiErrorKind::BadResponse;
    error.message = tr("The server sent an answer that this program cannot use. %1")
                        .arg(notValidJsonMessage(subject, parseError));
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

ApiError ApiErrors::answerCut(const QString& host, int status, qint64 received,
                              std::optional<qint64> declared, int attempts, bool retried)
{
    const QString howMuch = declared
                                ? tr("%1 of the %2 bytes it declared").arg(received).arg(*declared)
                                : tr("%1 bytes received").arg(received);
    ApiError error;
    error.kind = ApiErrorKind::Network;
    error.transient = retried;
    error.message =
        retried ? tr("%1 answered %2 but closed the connection before the end of its answer "
                     "(%3; attempts: %4); try again later.")
                      .arg(host)
                      .arg(status)
                      .arg(howMuch)
                      .arg(attempts)
                : tr("%1 answered %2, so it has probably carried out the request, but closed "
                     "the connection before the end of its answer (%3). Check the result on "
                     "the server before sending the request again.")
                      .arg(host)
                      .arg(status)
                      .arg(howMuch);
    return error;
}

ApiError ApiErrors::closedBeforeAnswer(const QString& host)
{
    ApiError error;
    error.kind = ApiErrorKind::Network;
    error.message = tr("The connection to %1 closed before the server answered. The request may "
                       "have been carried out all the same, and it is not sent twice: check the "
                       "result on the server before sending it again.")
                        .arg(host);
    return error;
}

ApiError ApiErrors::notFollowed(const QString& host, int status)
{
    ApiError error;
    error.kind = ApiErrorKind::Redirect;
    error.message = tr("%1 answered %2, sending the request to another address, where this "
                       "program does not send it again: it was not carried out. Check the server "
                       "URL.")
                        .arg(host)
                        .arg(status);
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

ApiError ApiErrors::tooManyRedirects(const QString& host)
{
    ApiError error;
    error.kind = ApiErrorKind::Redirect;
    error.message = tr("%1 redirected the request again and again on the same server, in a loop "
                       "or too long a chain; check the server URL.")
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
