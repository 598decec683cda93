#pragma once

#include "community_store.h"
#include "http_message.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QUrlQuery>

#include <functional>
#include <optional>

namespace engage {

struct ApiTokens
{
    QByteArray full;     // may read and write
    QByteArray readOnly; // may read; a PUT or POST gets 403 (empty: no such token)
};

struct AdminApiOptions
{
    ApiTokens tokens;
    // What a token that is not ours gets: 400 invalid_access_token, as Engage answers, or 401.
    // A request without a bearer token always gets 401.
    int badTokenStatus = 400;
    bool publicOnly = false; // no messaging settings (docs/api.md): 404, as on a real domain
    qint64 countCap = 0;     // a list longer than this counts this many, "count_capped" (0: none)
};

// The admin API of docs/api.md over a CommunityStore. Its part 1, the public REST API as the
// OpenAPI file and the documentation describe it: communities, custom fields (and their creation),
// identities, identity groups and content sources, paged and filtered, with the public API's
// error bodies {"error","message","status"}. Its part 2, our messaging-settings extension with
// ETags, unless publicOnly; PUT bodies are checked by the same reader and validator as
// configuration files (422 validation_error, errors [{attribute: JSON Pointer, type: diagnostic
// code, message}]). Answers at once; latency, rate limit and faults are RequestDispatcher's.
class AdminApi
{
    Q_DECLARE_TR_FUNCTIONS(engage::AdminApi)

public:
    AdminApi(CommunityStore& store, const AdminApiOptions& options);

    HttpResponse answer(const HttpRequest& request);

private:
    enum class Access { None, Wrong, ReadOnly, Full };
    Access accessOf(const HttpRequest& request) const;
    HttpResponse refusal(Access access) const;
    HttpResponse route(const HttpRequest& request, const QStringList& route, Access access);
    HttpResponse settingsRoute(const HttpRequest& request, StoredCommunity& community,
                               Access access);
    HttpResponse page(const QUrlQuery& query, qint64 count,
                      const std::function<JsonValue(qint64)>& recordAt) const;
    HttpResponse page(const QUrlQuery& query, const std::vector<const JsonValue*>& records) const;
    HttpResponse identities(const QUrlQuery& query) const;
    HttpResponse identityGroups(const QUrlQuery& query) const;
    HttpResponse contentSources(const QUrlQuery& query) const;
    HttpResponse createCustomField(const QUrlQuery& query);
    HttpResponse settings(const StoredCommunity& community) const;
    HttpResponse putSettings(const HttpRequest& request, StoredCommunity& community);

    CommunityStore& m_store;
    AdminApiOptions m_options;
    int m_createdFields = 0;
};

} // namespace engage
