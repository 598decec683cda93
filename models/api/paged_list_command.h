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

// Every record of a paged list (SPEC §6.1): the first page says how many there are, then the
// other pages are requested concurrently, at most ApiClientOptions::maxInFlight at a time,
// and the records are kept in server order whatever order the pages arrive in. A page holding
// fewer or more records than that count implies is an error, not the end of the list. When
// the server says its count is capped ("count_capped": true), the pages are read one after
// the other until a short one. A record ID seen twice is an error: a server that repeats a
// page or ignores `offset` would otherwise give a list padded with copies, or (capped) one
// that never ends. Each page is converted as it arrives, so that only typed records are kept.
// progress() counts records.
class PagedListCommand : public ApiCommand
{
    Q_OBJECT

public:
    static constexpr int pageSize = 150; // the largest page the API serves
    // A count beyond this is taken for a broken answer rather than fetched.
    static constexpr qint64 maxRecords = 1000000;

protected:
    PagedListCommand(ApiClient& client, const QString& path, QObject* parent);
    // A list narrowed by query parameters (GET /identities?community_id=...), sent with each page.
    PagedListCommand(ApiClient& client, const QString& path, const QUrlQuery& filter,
                     QObject* parent);

    // Converts the records of page `page` (of `pageCount`); an error makes the command fail.
    virtual std::optional<ApiError> readPage(qsizetype page, qsizetype pageCount,
                                             const std::vector<JsonValue>& records) = 0;
    // Called once every page was read.
    virtual void allPagesRead() = 0;

private:
    void run() override;
    void requestPage(qsizetype page);
    void pageArrived(ApiRequest* request, qsizetype page);
    void requestMorePages();
    std::optional<ApiError> findRepeatedRecord(qint64 offset,
                                               const std::vector<JsonValue>& records);

    QString m_path;
    QUrlQuery m_filter;
    qint64 m_count = 0;
    bool m_countCapped = false; // m_count is a lower bound
    qint64 m_received = 0;
    qsizetype m_pageCount = 1;
    qsizetype m_nextPage = 0;
    qsizetype m_pagesDone = 0;
    int m_inFlight = 0;
    QSet<QString> m_seenIds;
};

// The typed records of a list, page by page as they arrive, then in server order.
template <typename Record> class PagedRecords
{
public:
    // Converts a page with Record::fromJson; the position in the whole list of the first
    // record that does not convert, or std::nullopt when all do.
    std::optional<qsizetype> read(qsizetype page, qsizetype pageCount,
                                  const std::vector<JsonValue>& records)
    {
        m_pages.resize(static_cast<std::size_t>(pageCount));
        QList<Record>& converted = m_pages[static_cast<std::size_t>(page)];
        converted.reserve(static_cast<qsizetype>(records.size()));
        for (const JsonValue& json : records) {
            std::optional<Record> record = Record::fromJson(json);
            if (!record)
                return page * PagedListCommand::pageSize + converted.size();
            converted.append(std::move(*record));
        }
        return std::nullopt;
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
