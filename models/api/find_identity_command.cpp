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
    : PagedListCommand(client, QStringLiteral("/identities"), parent,
                       identityFilter(communityId, uuid))
{
}

std::optional<ApiError> FindIdentityCommand::readPage(qsizetype page, qsizetype pageCount,
                                                      const std::vector<JsonValue>& records)
{
    // Unlike a list shown to people, a look-up cannot leave a record out: the one skipped
    // could be the visitor asked about, who would then be reported as unknown.
    const QList<SkippedRecord> malformed = m_pages.read(page, pageCount, records, QString());
    if (!malformed.isEmpty())
        return ApiErrors::badResponse(
            tr("identity number %1 of the list is malformed").arg(malformed.first().offset + 1));
    return std::nullopt;
}

void FindIdentityCommand::allPagesRead()
{
    m_identities = m_pages.inServerOrder();
}

} // namespace engage
