#include "api/fetch_record_command.h"

#include "json/json_parser.h"

namespace engage {

FetchRecordCommand::FetchRecordCommand(ApiClient& client, const QString& path, QObject* parent)
    : ApiCommand(client, parent), m_path(path)
{
}

void FetchRecordCommand::run()
{
    ApiRequest* request = send(ApiRequest::Method::Get, m_path);
    connect(request, &ApiRequest::finished, this, [this, request] {
        if (request->error()) {
            fail(*request->error());
            return;
        }
        const JsonParseResult parsed = parseJson(request->response().body);
        if (!parsed.value || !readRecord(*parsed.value)) {
            fail(ApiErrors::badResponse(
                tr("%1 is not a record of the expected shape").arg(recordName())));
            return;
        }
        emit progress(1, 1);
        succeed();
    });
}

} // namespace engage
