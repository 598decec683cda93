#include "api/create_identity_group_field_command.h"

#include "json/json_parser.h"

#include <QUrlQuery>

namespace engage {

CreateIdentityGroupFieldCommand::CreateIdentityGroupFieldCommand(ApiClient& client,
                                                                 const QString& key,
                                                                 const QString& label,
                                                                 const QString& type,
                                                                 QObject* parent)
    : ApiCommand(client, parent), m_key(key), m_label(label), m_type(type)
{
}

void CreateIdentityGroupFieldCommand::run()
{
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("associated_type_name"), identityGroupType);
    query.addQueryItem(QStringLiteral("label"), m_label);
    query.addQueryItem(QStringLiteral("key"), m_key);
    if (!m_type.isEmpty())
        query.addQueryItem(QStringLiteral("type"), m_type);
    ApiRequest* request = send(ApiRequest::Method::Post, QStringLiteral("/custom_fields"), query);
    connect(request, &ApiRequest::finished, this, [this, request] {
        if (request->error()) {
            fail(*request->error());
            return;
        }
        const JsonParseResult parsed = parseJson(request->response().body);
        std::optional<CustomFieldRecord> created =
            parsed.value ? CustomFieldRecord::fromJson(*parsed.value) : std::nullopt;
        if (!created) {
            fail(ApiErrors::badResponse(
                tr("it accepted the request but did not answer with the custom field; the field "
                   "may have been created, so refresh the catalogue to see before trying "
                   "again")));
            return;
        }
        m_created = std::move(*created);
        emit progress(1, 1);
        succeed();
    });
}

} // namespace engage
