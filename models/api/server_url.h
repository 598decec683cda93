#pragma once

#include "api/api_error.h"

#include <QCoreApplication>
#include <QString>
#include <QUrl>

#include <optional>

namespace engage {

struct ServerUrlCheck
{
    // The base URL in its normal form: the path /1.0 without a trailing slash, the host in
    // lower case, no default port (443 for https, 80 for http); e.g. https://acme.example/1.0.
    QUrl url;
    std::optional<ApiError> error;
};

// The base URL of the admin API (docs/api.md), checked before any connection is made: https, or
// plain http to a loopback host only (localhost, 127.0.0.0/8, ::1), so that the token never
// crosses a network in clear text. User names, passwords, queries and fragments are refused.
// Both account forms, https://ACCOUNT.api.digital.ringcentral.com/1.0 and the older
// https://ACCOUNT.api.engagement.dimelo.com/1.0, are accepted like any host; a bare
// https://HOST gets /1.0 appended, and any other path (another version) is refused.
class ServerUrl
{
    Q_DECLARE_TR_FUNCTIONS(engage::ServerUrl)

public:
    static ServerUrlCheck check(const QString& text);
    static bool isLoopbackHost(const QString& host);
    // Whether a URL recorded earlier (a sync record's server) names the same server as this
    // base URL, compared in their normal forms; false when either is not a server URL.
    static bool isSameServer(const QString& recorded, const QUrl& serverUrl);
    // "https://host[:port]" of a checked base URL: what a rate limit is counted per.
    static QString originOf(const QUrl& serverUrl);
};

} // namespace engage
