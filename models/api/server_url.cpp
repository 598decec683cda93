#include "api/server_url.h"

#include "text/untrusted_text.h"

#include <QHostAddress>

namespace engage {

namespace {

// A refused URL is quoted up to this length.
constexpr qsizetype maxQuotedUrl = 200;

// The only version of the public API (docs/api.md).
const QString apiVersionPath = QStringLiteral("/1.0");

int defaultPortOf(const QString& scheme)
{
    return scheme == QLatin1String("https") ? 443 : 80;
}

ServerUrlCheck refused(ApiErrorKind kind, const QString& message)
{
    ApiError error;
    error.kind = kind;
    error.message = message;
    return {QUrl(), error};
}

} // namespace

bool ServerUrl::isLoopbackHost(const QString& host)
{
    if (host.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0)
        return true;
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}

ServerUrlCheck ServerUrl::check(const QString& text)
{
    QUrl url(text.trimmed(), QUrl::StrictMode);
    if (!url.isValid() || url.isRelative() || url.host().isEmpty()) {
        return refused(ApiErrorKind::InvalidServerUrl,
                       tr("\"%1\" is not a server URL; give one such as "
                          "https://ACCOUNT.api.digital.ringcentral.com/1.0.")
                           .arg(UntrustedText::forDisplay(text, maxQuotedUrl)));
    }
    const QString scheme = url.scheme().toLower();
    if (scheme != QLatin1String("https") && scheme != QLatin1String("http")) {
        return refused(ApiErrorKind::InvalidServerUrl,
                       tr("The server URL must start with https://, not \"%1://\".").arg(scheme));
    }
    if (!url.userInfo().isEmpty() || url.hasQuery() || url.hasFragment()) {
        return refused(ApiErrorKind::InvalidServerUrl,
                       tr("The server URL may not hold a user name, a password, a query or a "
                          "fragment; give only the scheme, the host, the port and the path."));
    }
    if (scheme == QLatin1String("http") && !isLoopbackHost(url.host())) {
        return refused(ApiErrorKind::InsecureServerUrl,
                       tr("The server URL uses plain http:// to %1, which is not this computer: "
                          "the API token would cross the network unencrypted. Use https://.")
                           .arg(url.host()));
    }
    // A bare host gets the version path; any other path is another API than this one.
    QString path = url.path();
    while (path.endsWith(QLatin1Char('/')))
        path.chop(1);
    if (path.isEmpty())
        path = apiVersionPath;
    if (path != apiVersionPath) {
        return refused(ApiErrorKind::InvalidServerUrl,
                       tr("The server URL ends in \"%1\", but the Engage Digital API this "
                          "program speaks is at /1.0: give "
                          "https://ACCOUNT.api.digital.ringcentral.com/1.0, "
                          "https://ACCOUNT.api.engagement.dimelo.com/1.0 or the bare host.")
                           .arg(UntrustedText::forDisplay(path, maxQuotedUrl)));
    }
    url.setPath(path);
    url.setScheme(scheme);
    url.setHost(url.host().toLower());
    // https://h:443/1.0 and https://h/1.0 are one server, and must compare equal.
    if (url.port() == defaultPortOf(scheme))
        url.setPort(-1);
    return {url, std::nullopt};
}

bool ServerUrl::isSameServer(const QString& recorded, const QUrl& serverUrl)
{
    const ServerUrlCheck left = check(recorded);
    const ServerUrlCheck right = check(serverUrl.toString());
    return !left.error && !right.error && left.url == right.url;
}

QString ServerUrl::originOf(const QUrl& serverUrl)
{
    return serverUrl.adjusted(QUrl::RemovePath).toString();
}

} // namespace engage
