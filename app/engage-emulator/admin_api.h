#pragma once

#include "community_store.h"
#include "http_message.h"

#include <QByteArray>
#include <QCoreApplication>

namespace engage {

struct ApiTokens
{
    QByteArray full;     // may read and write
    QByteArray readOnly; // may read; a PUT gets 403 (empty: no such token)
};

// The admin API of SPEC §6 over a CommunityStore: authentication, the paged lists, and the
// messaging settings with ETags. PUT bodies are checked by the same reader and validator as
// configuration files (422 {"errors":[{"attribute","message"}]}). Answers at once; latency and
// faults are RequestDispatcher's.
class AdminApi
{
    Q_DECLARE_TR_FUNCTIONS(engage::AdminApi)

public:
    static constexpr int defaultLimit = 30;
    static constexpr int maxLimit = 150;

    AdminApi(CommunityStore& store, const ApiTokens& tokens);

    HttpResponse answer(const HttpRequest& request);

private:
    enum class Access { None, ReadOnly, Full };
    Access accessOf(const HttpRequest& request) const;
    HttpResponse listPage(const HttpRequest& request, bool communities) const;
    HttpResponse settings(const StoredCommunity& community) const;
    HttpResponse putSettings(const HttpRequest& request, StoredCommunity& community);

    CommunityStore& m_store;
    ApiTokens m_tokens;
};

} // namespace engage
