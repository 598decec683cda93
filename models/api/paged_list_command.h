#pragma once

#include "api/api_command.h"
#include "json/json_value.h"


#include <optional>
#include <vector>

namespace engage {

// Every record of a paged list (SPEC §6): the first page says how many there are, then the
// other pages are requested concurrently, at most ApiClientOptions::maxInFlight at a time,
// and the records are kept in server order whatever order the pages arrive in.
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

    // Called once, with every record in server order; an error makes the command fail.
    virtual std::optional<ApiError> takeRecords(const std::vector<JsonValue>& records) = 0;

private:
    void run() override;
    void requestPage(qsizetype page);
    void pageArrived(ApiRequest* request, qsizetype page);
    void requestMorePages();
    void complete();

    QString m_path;
    qint64 m_count = 0;
    qint64 m_received = 0;
    qsizetype m_nextPage = 0;
    qsizetype m_pagesDone = 0;
    int m_inFlight = 0;
    std::vector<std::vector<JsonValue>> m_pages;
};

} // namespace engage
