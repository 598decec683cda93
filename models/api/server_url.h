#pragma once

#include "api/api_error.h"

#include <QCoreApplication>
#include <QString>
#include <QUrl>

#include <optional>

namespace engage {

struct ServerUrlCheck
{
    QUrl url; // the base URL without a trailing slash, e.g. https://acme.example/1.0
    std::optional<ApiError> error;
};

// The base URL of the admin API (SPEC §6), checked before any connection is made: https, or
// plain http to a loopback host only (localhost, 127.0.0.0/8, ::1), so that the token never
// crosses a network in clear text. User names, passwords, queries and fragments are refused.
class ServerUrl
{
    Q_DECLARE_TR_FUNCTIONS(engage::ServerUrl)

public:
    static ServerUrlCheck check(const QString& text);
    static bool isLoopbackHost(const QString& host);
};

} // namespace engage
