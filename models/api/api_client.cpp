#include "api/api_client.h"

#include "api/one_shot_upload.h"
#include "api/server_url.h"

#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSslCertificate>

#include <algorithm>

namespace engage {

namespace {

// The Authorization header's value is this, then the token.
const QByteArray bearer = QByteArrayLiteral("Bearer ");

} // namespace

ApiClient::ApiClient(const ApiClientOptions& options, const QByteArray& token, QObject* parent)
    : QObject(parent), m_options(options), m_authorization(bearer + token),
      m_tls(QSslConfiguration::defaultConfiguration())
{
    m_options.maxInFlight = std::max(1, m_options.maxInFlight);
    const ServerUrlCheck check = ServerUrl::check(options.serverUrl);
    m_setupError = check.error;
    m_serverUrl = check.url;
    // Certificates are always verified; a private CA is trusted only when given explicitly.
    m_tls.setPeerVerifyMode(QSslSocket::VerifyPeer);
    if (!m_setupError && !options.caFile.isEmpty()) {
        const QList<QSslCertificate> authorities =
            QSslCertificate::fromPath(options.caFile, QSsl::Pem);
        if (authorities.isEmpty())
            m_setupError = ApiErrors::caFileUnreadable(options.caFile);
        else
            m_tls.addCaCertificates(authorities);
    }
    m_pace = m_setupError
                 ? std::make_shared<RequestPace>(m_options.pace)
                 : RequestPace::forServer(ServerUrl::originOf(m_serverUrl), m_options.pace);
    constexpr int connectionsPerManager = 6;
    const int managers =
        (m_options.maxInFlight + connectionsPerManager - 1) / connectionsPerManager;
    for (int index = 0; index < managers; ++index) {
        auto network = std::make_unique<QNetworkAccessManager>();
        // Redirects stay on the same scheme, host and port, so the token never goes elsewhere.
        network->setRedirectPolicy(QNetworkRequest::SameOriginRedirectPolicy);
        network->setAutoDeleteReplies(false);
        m_networks.push_back(std::move(network));
    }
}

ApiClient::~ApiClient() = default;

bool ApiClient::isUsableToken(const QByteArray& token)
{
    if (token.isEmpty())
        return false;
    for (const char character : token) {
        if (character <= ' ' || character > '~')
            return false;
    }
    return true;
}

QNetworkReply* ApiClient::send(const QByteArray& verb, const QString& path, const QUrlQuery& query,
                               const QByteArray& body, const QString& ifMatch, bool resendable)
{
    QUrl url = m_serverUrl;
    url.setPath(m_serverUrl.path(QUrl::FullyEncoded) + path, QUrl::TolerantMode);
    url.setQuery(query);
    QNetworkRequest request(url);
    request.setRawHeader("Authorization", m_authorization);
    request.setRawHeader("Accept", "application/json");
    // Uncompressed, so that every answer's Content-Length tells whether it arrived whole: Qt 6.4
    // drops the length of an answer it decompresses, and ends one cut short without an error.
    request.setRawHeader("Accept-Encoding", "identity");
    request.setHeader(QNetworkRequest::UserAgentHeader, QStringLiteral("engage-community-admin"));
    if (!ifMatch.isEmpty())
        request.setRawHeader("If-Match", ifMatch.toLatin1());
    if (!body.isEmpty())
        request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
    request.setSslConfiguration(m_tls);
    // The cache could keep answers holding secrets on disk; there is none, but say it.
    request.setAttribute(QNetworkRequest::CacheSaveControlAttribute, false);
    // A manager's replies are its children until their requests delete them.
    const auto busyness = [](const std::unique_ptr<QNetworkAccessManager>& network) {
        return network->findChildren<QNetworkReply*>(Qt::FindDirectChildrenOnly).size();
    };
    const auto leastBusy = std::min_element(m_networks.begin(), m_networks.end(),
                                            [&busyness](const auto& left, const auto& right) {
                                                return busyness(left) < busyness(right);
                                            });
    QNetworkAccessManager& network = **leastBusy;
    if (resendable)
        return network.sendCustomRequest(request, verb, body);
    // Even an empty body: without an upload to rewind, Qt would send the request again.
    request.setAttribute(QNetworkRequest::DoNotBufferUploadDataAttribute, true);
    request.setHeader(QNetworkRequest::ContentLengthHeader, body.size());
    auto* upload = new OneShotUpload(body);
    QNetworkReply* reply = network.sendCustomRequest(request, verb, upload);
    upload->setParent(reply);
    return reply;
}

void ApiClient::hideToken(ApiErrorBody& body) const
{
    const QString token = QString::fromLatin1(m_authorization.mid(bearer.size()));
    if (token.isEmpty())
        return;
    const QString hidden = tr("[the API token]");
    for (QString* text : {&body.code, &body.message})
        text->replace(token, hidden);
    for (ApiFieldError& field : body.fieldErrors) {
        for (QString* text : {&field.attribute, &field.type, &field.message})
            text->replace(token, hidden);
    }
}

} // namespace engage
