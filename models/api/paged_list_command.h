#pragma once

#include "api/api_command.h"
#include "json/json_value.h"

#include <QList>
#include <QSet>
#include <QString>
#include <QUrlQuery>

#include <optional>
#include <vector>

namespace engage {

// A record of a list that could not be read and was left out; the others are kept.
struct SkippedRecord
{
    qint64 offset = 0; // its position in the whole list, from 0
    QString id;        // as the server sent it, when the record has one; unescaped
    QString reason;    // translated, e.g. "it is not a community with a string id and name"

    bool operator==(const SkippedRecord& other) const
    {
        return offset == other.offset && id == other.id && reason == other.reason;
    }
};

// Every record of a paged list (docs/api.md): the first page says how many there are, then the
// other pages are requested concurrently, at most ApiClientOptions::maxInFlight at a time,
// and the records are kept in server order whatever order the pages arrive in. A page holding
// fewer or more records than that count implies is an error, not the end of the list. When
// the server says its count is capped ("count_capped": true), the pages are read one after
// the other until a short one. A record ID seen twice is an error: a server that repeats a
// page or ignores `offset` would otherwise give a list padded with copies, or (capped) one
// that never ends. Each page is converted as it arrives, so that only typed records are kept;
// a record that does not convert is left out and reported (skippedRecords()), so that one bad
// record does not hide all the others. No offset beyond the API's maximum is ever requested: a
// list that would need one is an error that says so. progress() counts records.
class PagedListCommand : public ApiCommand
{
    Q_OBJECT

public:
    // The largest page the API serves and the largest offset it accepts (the API contract's).
    static int pageSize();
    static qint64 maxOffset();

    // After success: the records left out, in list order.
    const QList<SkippedRecord>& skippedRecords() const { return m_skipped; }
    // "Record number 4 of the list (id c3) was skipped: REASON.", escaped.
    static QString describe(const SkippedRecord& skipped);

protected:
    // `filters` are the list's own query parameters (e.g. community_id), sent with each page.
    PagedListCommand(ApiClient& client, const QString& path, QObject* parent,
                     const QUrlQuery& filters = {});

    // Converts the records of page `page` (of `pageCount`), reporting those it cannot with
    // addSkipped(); an error makes the command fail.
    virtual std::optional<ApiError> readPage(qsizetype page, qsizetype pageCount,
                                             const std::vector<JsonValue>& records) = 0;
    void addSkipped(const QList<SkippedRecord>& skipped) { m_skipped.append(skipped); }
    // Called once every page was read.
    virtual void allPagesRead() = 0;

private:
    void run() override;
    void requestPage(qsizetype page);
    void pageArrived(ApiRequest* request, qsizetype page);
    void requestMorePages();
    std::optional<ApiError> findRepeatedRecord(qint64 offset,
                                               const std::vector<JsonValue>& records);
    std::optional<ApiError> checkCount(qint64 count) const;

    QString m_path;
    QUrlQuery m_filters;
    qint64 m_count = 0;
    bool m_countCapped = false; // m_count is a lower bound
    qint64 m_received = 0;
    qsizetype m_pageCount = 1;
    qsizetype m_nextPage = 0;
    qsizetype m_pagesDone = 0;
    int m_inFlight = 0;
    QSet<QString> m_seenIds;
    QList<SkippedRecord> m_skipped;
};

// The typed records of a list, page by page as they arrive, then in server order.
template <typename Record> class PagedRecords
{
public:
    // Converts a page with Record::fromJson, keeping the records that convert; those that do
    // not are returned, each with `reason`.
    QList<SkippedRecord> read(qsizetype page, qsizetype pageCount,
                              const std::vector<JsonValue>& records, const QString& reason)
    {
        m_pages.resize(static_cast<std::size_t>(pageCount));
        QList<Record>& converted = m_pages[static_cast<std::size_t>(page)];
        converted.reserve(static_cast<qsizetype>(records.size()));
        QList<SkippedRecord> skipped;
        qint64 offset = static_cast<qint64>(page) * PagedListCommand::pageSize();
        for (const JsonValue& json : records) {
            if (std::optional<Record> record = Record::fromJson(json)) {
                converted.append(std::move(*record));
            } else {
                const JsonValue* id = json.isObject() ? json.member(u"id") : nullptr;
                const bool hasId = id && (id->isString() || id->isNumber());
                skipped.append({offset, hasId ? id->text() : QString(), reason});
            }
            ++offset;
        }
        return skipped;
    }

    QList<Record> inServerOrder()
    {
        QList<Record> all;
        for (QList<Record>& page : m_pages)
            all.append(std::move(page));
        m_pages.clear();
        return all;
    }

private:
    std::vector<QList<Record>> m_pages;
};

} // namespace engage
