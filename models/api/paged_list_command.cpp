#include "api/paged_list_command.h"

#include "api/api_client.h"
#include "api/api_contract.h"
#include "api/api_records.h"
#include "json/json_parser.h"
#include "text/untrusted_text.h"

#include <QUrlQuery>

#include <algorithm>

namespace engage {

int PagedListCommand::pageSize()
{
    return ApiContract::builtIn().limits().maxPageSize;
}

qint64 PagedListCommand::maxOffset()
{
    return ApiContract::builtIn().limits().maxOffset;
}

PagedListCommand::PagedListCommand(ApiClient& client, const QString& path, QObject* parent,
                                   const QUrlQuery& filters)
    : ApiCommand(client, parent), m_path(path), m_filters(filters)
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
    QUrlQuery query = m_filters;
    query.addQueryItem(QStringLiteral("offset"), QString::number(page * pageSize()));
    query.addQueryItem(QStringLiteral("limit"), QString::number(pageSize()));
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
    const qint64 offset = page * pageSize();
    const JsonParseResult parsed = parseJson(request->response().body);
    if (parsed.error) {
        fail(ApiErrors::notJson(tr("The list page at offset %1").arg(offset), *parsed.error));
        return;
    }
    const std::optional<qint64> count = RecordPage::countOf(*parsed.value);
    const JsonValue* records = parsed.value->member(u"records");
    if (!count || records->items().size() > static_cast<std::size_t>(pageSize())) {
        fail(ApiErrors::badResponse(
            tr("the list page at offset %1 is not a page of at most %2 records with their count")
                .arg(offset)
                .arg(pageSize())));
        return;
    }
    const auto size = static_cast<qint64>(records->items().size());
    if (page == 0) {
        const JsonValue* capped = parsed.value->member(u"count_capped");
        m_countCapped = capped && capped->isBool() && capped->toBool();
        m_count = *count;
        if (!m_countCapped) {
            if (const std::optional<ApiError> error = checkCount(m_count)) {
                fail(*error);
                return;
            }
        }
        m_pageCount =
            m_countCapped ? 1 : std::max<qsizetype>(1, (m_count + pageSize() - 1) / pageSize());
    }
    if (m_countCapped) {
        // The count is only a lower bound: the pages are read one after the other, up to
        // the first short one.
        if (size == pageSize()) {
            if (const std::optional<ApiError> error = checkCount(offset + pageSize() + 1)) {
                fail(*error);
                return;
            }
            m_pageCount = page + 2;
        }
    } else if (const qint64 expected = std::min<qint64>(pageSize(), m_count - offset);
               size != expected) {
        // A short page would otherwise pass for the end of the list, and records would be
        // missing without a word.
        fail(ApiErrors::badResponse(tr("the list claims %1 records, but its page at offset %2 "
                                       "holds %3 records instead of %4")
                                        .arg(m_count)
                                        .arg(offset)
                                        .arg(size)
                                        .arg(expected)));
        return;
    }
    if (std::optional<ApiError> error = findRepeatedRecord(offset, records->items())) {
        fail(*error);
        return;
    }
    if (const std::optional<ApiError> error = readPage(page, m_pageCount, records->items())) {
        fail(*error);
        return;
    }
    m_received += size;
    ++m_pagesDone;
    emit progress(m_received, std::max(m_count, m_received));
    if (m_pagesDone < m_pageCount) {
        requestMorePages();
        return;
    }
    std::sort(m_skipped.begin(), m_skipped.end(),
              [](const SkippedRecord& left, const SkippedRecord& right) {
                  return left.offset < right.offset;
              });
    allPagesRead();
    succeed();
}

std::optional<ApiError> PagedListCommand::checkCount(qint64 count) const
{
    // The last page starts at the last multiple of the page size below count.
    if ((count - 1) / pageSize() * pageSize() <= maxOffset())
        return std::nullopt;
    return ApiErrors::badResponse(tr("the list holds at least %1 records, but the API serves "
                                     "no offset beyond %2, so it cannot be read in full")
                                      .arg(count)
                                      .arg(maxOffset()));
}

QString PagedListCommand::describe(const SkippedRecord& skipped)
{
    constexpr qsizetype maxQuotedId = 80;
    if (skipped.id.isEmpty()) {
        return tr("Record number %1 of the list was skipped: %2.")
            .arg(skipped.offset + 1)
            .arg(skipped.reason);
    }
    return tr("Record number %1 of the list (id %2) was skipped: %3.")
        .arg(skipped.offset + 1)
        .arg(UntrustedText::forDisplay(skipped.id, maxQuotedId), skipped.reason);
}

std::optional<ApiError> PagedListCommand::findRepeatedRecord(qint64 offset,
                                                             const std::vector<JsonValue>& records)
{
    // A record without a usable ID is left to readPage(), which refuses it.
    constexpr qsizetype maxQuotedId = 80;
    qint64 position = offset;
    for (const JsonValue& record : records) {
        const JsonValue* id = record.isObject() ? record.member(u"id") : nullptr;
        if (id && (id->isString() || id->isNumber())) {
            const QString text = id->text();
            if (m_seenIds.contains(text)) {
                return ApiErrors::badResponse(
                    tr("the server sent the record %1 twice (offset %2): the list is "
                       "inconsistent")
                        .arg(UntrustedText::forDisplay(text, maxQuotedId),
                             QString::number(position)));
            }
            m_seenIds.insert(text);
        }
        ++position;
    }
    return std::nullopt;
}

void PagedListCommand::requestMorePages()
{
    const int maxInFlight = client().options().maxInFlight;
    while (m_inFlight < maxInFlight && m_nextPage < m_pageCount)
        requestPage(m_nextPage++);
}

} // namespace engage
