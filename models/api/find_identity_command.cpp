#include "api/find_identity_command.h"

namespace engage {

namespace {

QUrlQuery identityFilter(const QString& communityId, const QString& uuid)
{
    QUrlQuery filter;
    filter.addQueryItem(QStringLiteral("community_id"), communityId);
    filter.addQueryItem(QStringLiteral("uuid"), uuid);
    return filter;
}

} // namespace

FindIdentityCommand::FindIdentityCommand(ApiClient& client, const QString& communityId,
                                         const QString& uuid, QObject* parent)
    : PagedListCommand(client, QStringLiteral("/identities"), identityFilter(communityId, uuid),
                       parent)
{
}

std::optional<ApiError> FindIdentityCommand::readPage(qsizetype page, qsizetype pageCount,
                                                      const std::vector<JsonValue>& records)
{
    if (const std::optional<qsizetype> bad = m_pages.read(page, pageCount, records))
        return ApiErrors::badResponse(
            tr("identity number %1 of the list is malformed").arg(*bad + 1));
    return std::nullopt;
}

void FindIdentityCommand::allPagesRead()
{
    m_identities = m_pages.inServerOrder();
}

} // namespace engage
