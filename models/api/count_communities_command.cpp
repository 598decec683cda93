#include "api/count_communities_command.h"

#include "api/api_records.h"
#include "json/json_parser.h"

#include <QUrlQuery>

namespace engage {

CountCommunitiesCommand::CountCommunitiesCommand(ApiClient& client, QObject* parent)
    : ApiCommand(client, parent)
{
}

void CountCommunitiesCommand::run()
{
    // The smallest page the API allows: only its count is read.
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("offset"), QStringLiteral("0"));
    query.addQueryItem(QStringLiteral("limit"), QStringLiteral("1"));
    ApiRequest* request = send(ApiRequest::Method::Get, QStringLiteral("/communities"), query);
    connect(request, &ApiRequest::finished, this, [this, request] {
        if (request->error()) {
            fail(*request->error());
            return;
        }
        const JsonParseResult parsed = parseJson(request->response().body);
        const std::optional<qint64> count =
            parsed.value ? RecordPage::countOf(*parsed.value) : std::nullopt;
        if (!count) {
            fail(ApiErrors::badResponse(tr("the list of communities is not a page of records "
                                           "with their count")));
            return;
        }
        const JsonValue* capped = parsed.value->member(u"count_capped");
        m_count = *count;
        m_countCapped = capped && capped->isBool() && capped->toBool();
        emit progress(1, 1);
        succeed();
    });
}

} // namespace engage
