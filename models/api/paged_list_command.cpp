#include "api/paged_list_command.h"

#include "api/api_client.h"
#include "api/api_records.h"
#include "json/json_parser.h"

#include <QUrlQuery>

namespace engage {

PagedListCommand::PagedListCommand(ApiClient& client, const QString& path, QObject* parent)
    : ApiCommand(client, parent), m_path(path)
{
}

void PagedListCommand::run()
{
    // The first page alone: only its count tells how many pages follow.
    m_nextPage = 1;
    requestPage(0);
}

void PagedListCommand::requestPage(qsizetype page)
{
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("offset"), QString::number(page * pageSize));
    query.addQueryItem(QStringLiteral("limit"), QString::number(pageSize));
    ApiRequest* request = send(ApiRequest::Method::Get, m_path, query);
    ++m_inFlight;
    connect(request, &ApiRequest::finished, this,
            [this, request, page] { pageArrived(request, page); });
}

void PagedListCommand::pageArrived(ApiRequest* request, qsizetype page)
{
    --m_inFlight;
    request->deleteLater();
    if (request->error()) {
        fail(*request->error());
        return;
    }
    const qint64 offset = page * pageSize;
    const JsonParseResult parsed = parseJson(request->response().body);
    if (parsed.error) {
        fail(ApiErrors::badResponse(tr("the list page at offset %1 is not valid JSON (line %2, "
                                       "column %3: %4)")
                                        .arg(offset)
                                        .arg(parsed.error->position.line)
                                        .arg(parsed.error->position.column)
                                        .arg(parsed.error->message)));
        return;
    }
    const std::optional<qint64> count = RecordPage::countOf(*parsed.value);
    const JsonValue* records = parsed.value->member(u"records");
    if (!count || records->items().size() > static_cast<std::size_t>(pageSize)) {
        fail(ApiErrors::badResponse(
            tr("the list page at offset %1 is not a page of at most %2 records with their count")
                .arg(offset)
                .arg(pageSize)));
        return;
    }
    if (page == 0) {
        if (*count > maxRecords) {
            fail(ApiErrors::badResponse(
                tr("the list claims %1 records, more than the %2 this program accepts")
                    .arg(*count)
                    .arg(maxRecords)));
            return;
        }
        m_count = *count;
        m_pageCount = std::max<qsizetype>(1, (m_count + pageSize - 1) / pageSize);
    }
    if (const std::optional<ApiError> error = readPage(page, m_pageCount, records->items())) {
        fail(*error);
        return;
    }
    m_received += static_cast<qint64>(records->items().size());
    ++m_pagesDone;
    emit progress(std::min(m_received, m_count), m_count);
    if (m_pagesDone < m_pageCount) {
        requestMorePages();
        return;
    }
    allPagesRead();
    succeed();
}

void PagedListCommand::requestMorePages()
{
    const int maxInFlight = client().options().maxInFlight;
    while (m_inFlight < maxInFlight && m_nextPage < m_pageCount)
        requestPage(m_nextPage++);
}

} // namespace engage
