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
    m_pages.resize(1);
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
    std::optional<RecordPage> records = RecordPage::fromJson(*parsed.value);
    if (!records || records->records.size() > static_cast<std::size_t>(pageSize)) {
        fail(ApiErrors::badResponse(
            tr("the list page at offset %1 is not a page of at most %2 records with their count")
                .arg(offset)
                .arg(pageSize)));
        return;
    }
    if (page == 0) {
        if (records->count > maxRecords) {
            fail(ApiErrors::badResponse(
                tr("the list claims %1 records, more than the %2 this program accepts")
                    .arg(records->count)
                    .arg(maxRecords)));
            return;
        }
        m_count = records->count;
        m_pages.resize(
            static_cast<std::size_t>(std::max<qint64>(1, (m_count + pageSize - 1) / pageSize)));
    }
    m_received += static_cast<qint64>(records->records.size());
    m_pages[static_cast<std::size_t>(page)] = std::move(records->records);
    ++m_pagesDone;
    emit progress(std::min(m_received, m_count), m_count);
    if (m_pagesDone == static_cast<qsizetype>(m_pages.size()))
        complete();
    else
        requestMorePages();
}

void PagedListCommand::requestMorePages()
{
    const int maxInFlight = client().options().maxInFlight;
    while (m_inFlight < maxInFlight && m_nextPage < static_cast<qsizetype>(m_pages.size()))
        requestPage(m_nextPage++);
}

void PagedListCommand::complete()
{
    std::vector<JsonValue> all;
    all.reserve(static_cast<std::size_t>(m_received));
    for (std::vector<JsonValue>& page : m_pages) {
        std::move(page.begin(), page.end(), std::back_inserter(all));
        page.clear();
    }
    if (const std::optional<ApiError> error = takeRecords(all))
        fail(*error);
    else
        succeed();
}

} // namespace engage
