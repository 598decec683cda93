#include "api/server_url.h"

#include "text/untrusted_text.h"

#include <QHostAddress>

namespace engage {

namespace {

// A refused URL is quoted up to this length.
constexpr qsizetype maxQuotedUrl = 200;

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
    QString path = url.path();
    while (path.endsWith(QLatin1Char('/')))
        path.chop(1);
    url.setPath(path);
    url.setScheme(scheme);
    return {url, std::nullopt};
}

} // namespace engage
