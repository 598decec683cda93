#include "api/api_request.h"

#include "api/api_client.h"
#include "api/request_pace.h"
#include "api/retry_policy.h"
#include "text/untrusted_text.h"

#include <QDateTime>
#include <QNetworkReply>

#include <algorithm>

namespace engage {

namespace {

QByteArray verbOf(ApiRequest::Method method)
{
    switch (method) {
    case ApiRequest::Method::Get:
        return QByteArrayLiteral("GET");
    case ApiRequest::Method::Put:
        return QByteArrayLiteral("PUT");
    case ApiRequest::Method::Post:
        return QByteArrayLiteral("POST");
    }
    Q_UNREACHABLE();
}

// Whether a Content-Encoding names a coding other than identity ("gzip", "identity, br").
bool isCompressed(const QByteArray& encoding)
{
    const QList<QByteArray> codings = encoding.split(',');
    return std::any_of(codings.begin(), codings.end(), [](const QByteArray& coding) {
        const QByteArray name = coding.trimmed();
        return !name.isEmpty() && name.compare("identity", Qt::CaseInsensitive) != 0;
    });
}

// The coding to name in a message: a server's header could hold anything, the API token
// among it (a gateway that echoes the request), so only the registered names are repeated.
QString codingName(const QByteArray& encoding)
{
    static const QList<QByteArray> known{"gzip", "x-gzip",   "deflate",   "br",
                                         "zstd", "compress", "x-compress"};
    for (const QByteArray& coding : encoding.split(',')) {
        const QByteArray name = coding.trimmed().toLower();
        if (known.contains(name))
            return QStringLiteral("Content-Encoding: %1").arg(QString::fromLatin1(name));
    }
    return QStringLiteral("Content-Encoding");
}

std::optional<qint64> declaredBodyLength(const QNetworkReply& reply)
{
    const QVariant length = reply.header(QNetworkRequest::ContentLengthHeader);
    if (!length.isValid())
        return std::nullopt;
    return length.toLongLong();
}

} // namespace

ApiRequest::ApiRequest(ApiClient& client, Method method, const QString& path, QObject* parent)
    : QObject(parent), m_client(client), m_method(method), m_path(path)
{
    m_retryTimer.setSingleShot(true);
    m_retryTimer.setTimerType(Qt::PreciseTimer); // nor may a rate window be cut short
    connect(&m_retryTimer, &QTimer::timeout, this, &ApiRequest::attempt);
    m_paceTimer.setSingleShot(true);
    m_paceTimer.setTimerType(Qt::PreciseTimer); // early by a few per cent would pass the limit
    connect(&m_paceTimer, &QTimer::timeout, this, &ApiRequest::sendAttempt);
    m_deadline.setSingleShot(true);
    connect(&m_deadline, &QTimer::timeout, this, &ApiRequest::deadlinePassed);
}

ApiRequest::~ApiRequest()
{
    dropReply();
}

void ApiRequest::setBody(const QByteArray& body, const QString& ifMatch)
{
    m_body = body;
    m_ifMatch = ifMatch;
}

void ApiRequest::start()
{
    attempt();
}

void ApiRequest::abort()
{
    m_done = true;
    m_retryTimer.stop();
    m_paceTimer.stop();
    dropReply();
}

bool ApiRequest::mayRetry() const
{
    // A PUT without If-Match could apply twice; with it, a repeat after success gets a 412.
    // A POST is never repeated: the first attempt may have created the record before failing.
    return m_method == Method::Get || (m_method == Method::Put && !m_ifMatch.isEmpty());
}

QString ApiRequest::host() const
{
    return m_client.serverUrl().host();
}

void ApiRequest::attempt()
{
    if (m_done)
        return;
    const std::chrono::milliseconds pause = m_client.pace().reserve();
    if (pause.count() == 0) {
        sendAttempt();
        return;
    }
    if (pause >= std::chrono::seconds(1))
        waitFor(pause, ApiWaitReason::Pace);
    m_paceTimer.start(pause);
}

void ApiRequest::waitFor(std::chrono::milliseconds pause, ApiWaitReason reason)
{
    // Rounded up: "waiting 0 s" would be a strange thing to read.
    emit waiting(std::chrono::ceil<std::chrono::seconds>(pause), reason);
}

QString ApiRequest::describeWait(std::chrono::seconds remaining, ApiWaitReason reason)
{
    const auto seconds = static_cast<int>(remaining.count());
    switch (reason) {
    case ApiWaitReason::Pace:
        return tr("Keeping to the server's limit on requests; waiting %1 s…").arg(seconds);
    case ApiWaitReason::RateLimit:
        break;
    }
    return tr("The server's rate limit was reached; waiting %1 s…").arg(seconds);
}

void ApiRequest::sendAttempt()
{
    if (m_done)
        return;
    ++m_attempts;
    m_received.clear();
    m_sslErrors.clear();
    m_reply = m_client.send(verbOf(m_method), m_path, m_query, m_body, m_ifMatch, mayRetry());
    connect(m_reply, &QNetworkReply::metaDataChanged, this, &ApiRequest::checkDeclaredSize);
    connect(m_reply, &QNetworkReply::readyRead, this, &ApiRequest::readArrived);
    connect(m_reply, &QNetworkReply::sslErrors, this,
            [this](const QList<QSslError>& errors) { m_sslErrors = errors; });
    connect(m_reply, &QNetworkReply::finished, this, &ApiRequest::replyFinished);
    m_deadline.start(m_client.options().transferTimeout);
}

void ApiRequest::deadlinePassed()
{
    dropReply();
    failOrRetry(ApiErrors::timeout(host(), m_client.options().transferTimeout.count(), m_attempts),
                std::nullopt);
}

void ApiRequest::checkDeclaredSize()
{
    const QVariant length = m_reply->header(QNetworkRequest::ContentLengthHeader);
    if (length.isValid() && length.toLongLong() > m_client.options().maxResponseBytes) {
        dropReply();
        finish(ApiErrors::tooLarge(m_client.options().maxResponseBytes));
    }
}

void ApiRequest::readArrived()
{
    m_received += m_reply->readAll();
    if (m_received.size() > m_client.options().maxResponseBytes) {
        dropReply();
        finish(ApiErrors::tooLarge(m_client.options().maxResponseBytes));
    }
}

void ApiRequest::replyFinished()
{
    QNetworkReply& reply = *m_reply;
    if (reply.isOpen()) // Qt closes a reply that it aborted itself
        m_received += reply.readAll();
    const QNetworkReply::NetworkError networkError = reply.error();
    const QVariant statusAttribute = reply.attribute(QNetworkRequest::HttpStatusCodeAttribute);
    const int status = statusAttribute.isValid() ? statusAttribute.toInt() : 0;
    // Qt's words can hold the server's own (the reason phrase of its status line).
    const QString networkDetail = UntrustedText::forDisplay(reply.errorString());
    const QByteArray retryAfter = reply.rawHeader("Retry-After");
    const QString etag = QString::fromLatin1(reply.rawHeader("ETag"));
    const qint64 timeoutMs = m_client.options().transferTimeout.count();
    const std::optional<qint64> declaredLength = declaredBodyLength(reply);
    const QByteArray encoding = reply.rawHeader("Content-Encoding").trimmed();
    ApiError answerError;
    if (status >= 300)
        answerError = errorOfAnswer(status, networkError);
    dropReply();

    // A request that may not be sent twice was about to be, by Qt (ApiClient::send): to follow
    // a redirect that keeps the method (307, 308), or because its connection closed before any
    // answer.
    if (networkError == QNetworkReply::ContentReSendError) {
        finish(status == 307 || status == 308 ? ApiErrors::notFollowed(host(), status)
                                              : ApiErrors::closedBeforeAnswer(host()));
        return;
    }
    // Codes below 200 are failures of the connection itself (Qt's network and proxy errors):
    // an answer, if one started, was cut. An answer whose status arrived is the server's word
    // all the same: a 403 cut short is still the refusal, not a network failure to retry.
    const bool connectionFailed = networkError != QNetworkReply::NoError && networkError < 200;
    if (connectionFailed && status < 200) {
        switch (networkError) {
        case QNetworkReply::TimeoutError:
            failOrRetry(ApiErrors::timeout(host(), timeoutMs, m_attempts), std::nullopt);
            return;
        case QNetworkReply::SslHandshakeFailedError: {
            QStringList problems;
            for (const QSslError& error : std::as_const(m_sslErrors))
                problems.append(error.errorString());
            finish(ApiErrors::tls(host(), problems));
            return;
        }
        case QNetworkReply::InsecureRedirectError:
            finish(ApiErrors::redirect(host()));
            return;
        case QNetworkReply::TooManyRedirectsError:
            finish(ApiErrors::tooManyRedirects(host()));
            return;
        case QNetworkReply::HostNotFoundError:
            finish(ApiErrors::network(host(), networkDetail, false, m_attempts));
            return;
        default:
            failOrRetry(ApiErrors::network(host(), networkDetail, true, m_attempts), std::nullopt);
            return;
        }
    }
    // No status, or an interim one (1xx) that Qt took for the answer: the final answer, if the
    // server sent one, is lost, and a request not sent twice may have been carried out.
    if (status < 200) {
        QString what = status == 0
                           ? tr("no HTTP status (%1)").arg(networkDetail)
                           : tr("the interim HTTP status %1 and no final answer").arg(status);
        if (!mayRetry())
            what = tr("%1; the request may have been carried out all the same: check the result "
                      "on the server before sending it again")
                       .arg(what);
        finish(ApiErrors::badResponse(what));
        return;
    }
    if (status >= 300) {
        std::optional<std::chrono::milliseconds> pause;
        if (status == 429 || status == 503)
            pause = RetryPolicy::parseRetryAfter(retryAfter, QDateTime::currentDateTimeUtc());
        failOrRetry(answerError, pause);
        return;
    }
    // A success from here on, whose body must have arrived whole. Qt 6.4 reports a connection
    // that closed in the body, or, at times, ends the reply without an error (it takes the close
    // for the end of an answer of unknown length): then only the Content-Length tells, which
    // is why requests ask for answers uncompressed (ApiClient::send). A 204 has no body.
    const bool cutShort = connectionFailed ||
                          (status != 204 && declaredLength && m_received.size() < *declaredLength);
    if (cutShort) {
        const bool retried = mayRetry();
        ApiError cut = ApiErrors::answerCut(host(), status, m_received.size(), declaredLength,
                                            m_attempts, retried);
        if (retried)
            failOrRetry(std::move(cut), std::nullopt);
        else
            finish(std::move(cut));
        return;
    }
    if (isCompressed(encoding)) {
        finish(ApiErrors::badResponse(
            tr("the answer is compressed (%1), although the request asked for none")
                .arg(codingName(encoding))));
        return;
    }
    if (networkError != QNetworkReply::NoError) {
        finish(ApiErrors::badResponse(tr("the answer could not be read (%1)").arg(networkDetail)));
        return;
    }
    m_response = {status, m_received, etag};
    finish(std::nullopt);
}

ApiError ApiRequest::errorOfAnswer(int status, QNetworkReply::NetworkError networkError) const
{
    // A redirect that Qt did not follow: one too many on this server, or to another host.
    if (networkError == QNetworkReply::TooManyRedirectsError)
        return ApiErrors::tooManyRedirects(host());
    if (status == 301 || status == 302 || status == 303 || status == 307 || status == 308)
        return ApiErrors::redirect(host());
    if (status < 400) // 300, 304, 305: nothing this program asks for
        return ApiErrors::badResponse(tr("the unexpected HTTP status %1").arg(status));
    ApiErrorBody body = ApiErrorBody::parse(m_received);
    m_client.hideToken(body);
    return ApiErrors::fromHttpStatus(status, body);
}

void ApiRequest::failOrRetry(ApiError error, std::optional<std::chrono::milliseconds> retryAfter)
{
    if (!error.transient || !mayRetry()) {
        finish(std::move(error));
        return;
    }
    if (error.kind == ApiErrorKind::RateLimited) {
        const std::optional<std::chrono::milliseconds> pause = rateLimitPause(retryAfter);
        if (!pause) {
            finish(std::move(error));
            return;
        }
        waitFor(*pause, ApiWaitReason::RateLimit);
        m_retryTimer.start(*pause);
        return;
    }
    const RetryPolicy& policy = m_client.options().retry;
    const int failures = m_attempts - m_rateLimitedAttempts;
    if (failures >= policy.maxAttempts) {
        finish(std::move(error));
        return;
    }
    m_retryTimer.start(policy.delayBefore(failures, retryAfter));
}

std::optional<std::chrono::milliseconds>
ApiRequest::rateLimitPause(std::optional<std::chrono::milliseconds> retryAfter)
{
    RequestPace& pace = m_client.pace();
    if (!m_rateLimitedFor.isValid())
        m_rateLimitedFor.start();
    ++m_rateLimitedAttempts;
    const RetryPolicy& policy = m_client.options().retry;
    std::chrono::milliseconds pause;
    if (retryAfter) {
        pause = policy.delayBefore(m_rateLimitedAttempts, retryAfter);
        // The server's pause holds for every request to it, not only this one.
        pace.holdFor(pause);
    } else {
        // The public API sends no Retry-After: its window (a minute) has to pass. The backoff
        // spaces the attempts when that window is nearly over, or full of others' requests.
        pause =
            std::max(pace.waitForWindow(), policy.delayBefore(m_rateLimitedAttempts, std::nullopt));
    }
    const std::chrono::milliseconds waited(m_rateLimitedFor.elapsed());
    if (m_rateLimitedAttempts > 1 &&
        waited + pause > policy.rateLimitWindows * pace.settings().window)
        return std::nullopt;
    return pause;
}

void ApiRequest::finish(std::optional<ApiError> error)
{
    if (m_done)
        return;
    m_done = true;
    m_error = std::move(error);
    emit finished();
}

void ApiRequest::dropReply()
{
    if (!m_reply)
        return;
    m_deadline.stop();
    QNetworkReply* reply = m_reply;
    m_reply.clear();
    disconnect(reply, nullptr, this, nullptr);
    // Deleted, not aborted: deleting a reply ends its transfer as well. abort() sets the error
    // OperationCanceledError at once, while Qt's HTTP thread may already have posted the
    // answer's own error (a 409 to one request while a sibling's failure ends the command).
    // Delivered after it, that second error makes Qt 6.4 warn on standard error: "Internal
    // problem, this method must only be called once".
    reply->deleteLater();
}

} // namespace engage
