#include "admin_api.h"

#include "api/messaging_settings.h"
#include "config/config_reader.h"
#include "config/config_writer.h"
#include "json/json_writer.h"

#include <QDateTime>

namespace engage {

AdminApi::AdminApi(CommunityStore& store, const ApiTokens& tokens)
    : m_store(store), m_tokens(tokens)
{
}

AdminApi::Access AdminApi::accessOf(const HttpRequest& request) const
{
    const QByteArray authorization = request.header("authorization");
    if (!authorization.startsWith("Bearer "))
        return Access::None;
    const QByteArray token = authorization.mid(7);
    if (!m_tokens.full.isEmpty() && token == m_tokens.full)
        return Access::Full;
    if (!m_tokens.readOnly.isEmpty() && token == m_tokens.readOnly)
        return Access::ReadOnly;
    return Access::None;
}

HttpResponse AdminApi::answer(const HttpRequest& request)
{
    const QStringList segments = request.pathSegments();
    if (segments.value(0) != QLatin1String("1.0"))
        return HttpResponse::error(404, tr("The API lives under /1.0."));
    const Access access = accessOf(request);
    if (access == Access::None) {
        // The token is never repeated in an answer.
        HttpResponse refused =
            HttpResponse::error(401, tr("The bearer token is missing or not valid."));
        refused.headers.emplaceBack("WWW-Authenticate", "Bearer");
        return refused;
    }
    const bool isGet = request.method == "GET";
    const QStringList route = segments.mid(1);
    if (route == QStringList{QStringLiteral("communities")} ||
        route == QStringList{QStringLiteral("custom_fields")}) {
        if (!isGet)
            return HttpResponse::error(405, tr("Lists can only be read."));
        return listPage(request, route.constFirst() == QLatin1String("communities"));
    }
    if (route.size() == 3 && route[0] == QLatin1String("communities") &&
        route[2] == QLatin1String("messaging_settings")) {
        StoredCommunity* community = m_store.find(route[1]);
        if (!community)
            return HttpResponse::error(404, tr("There is no community with this ID."));
        if (isGet)
            return settings(*community);
        if (request.method != "PUT")
            return HttpResponse::error(405, tr("Settings are read with GET and written with PUT."));
        if (access != Access::Full)
            return HttpResponse::error(403, tr("This token may read but not change settings."));
        return putSettings(request, *community);
    }
    return HttpResponse::error(404, tr("There is no such resource."));
}

HttpResponse AdminApi::listPage(const HttpRequest& request, bool communities) const
{
    const QUrlQuery query = request.query();
    bool offsetOk = true;
    bool limitOk = true;
    const qint64 offset = query.hasQueryItem(QStringLiteral("offset"))
                              ? query.queryItemValue(QStringLiteral("offset")).toLongLong(&offsetOk)
                              : 0;
    const qint64 limit = query.hasQueryItem(QStringLiteral("limit"))
                             ? query.queryItemValue(QStringLiteral("limit")).toLongLong(&limitOk)
                             : defaultLimit;
    if (!offsetOk || !limitOk || offset < 0 || limit < 1)
        return HttpResponse::error(400, tr("offset and limit must be whole numbers, limit at "
                                           "least 1."));
    const qint64 count = communities ? m_store.communities().size() : m_store.customFields().size();
    const qint64 end = std::min(count, offset + std::min<qint64>(limit, maxLimit));
    RecordPage page{count, {}};
    for (qint64 index = offset; index < end; ++index) {
        const auto at = static_cast<qsizetype>(index);
        page.records.push_back(communities ? m_store.communities()[at].record.toJson()
                                           : m_store.customFields()[at].toJson());
    }
    return HttpResponse::json(200, page.toJson());
}

HttpResponse AdminApi::settings(const StoredCommunity& community) const
{
    HttpResponse response = HttpResponse::json(
        200, messagingSettingsJson(community.settings, community.settingsUpdatedAt));
    response.headers.emplaceBack("ETag", community.etag().toLatin1());
    return response;
}

HttpResponse AdminApi::putSettings(const HttpRequest& request, StoredCommunity& community)
{
    const QByteArray ifMatch = request.header("if-match");
    if (ifMatch.isEmpty())
        return HttpResponse::error(428, tr("Send If-Match with the ETag of the settings you "
                                           "changed."));
    if (QString::fromLatin1(ifMatch) != community.etag() && ifMatch != "*")
        return HttpResponse::error(412, tr("The settings changed since that ETag."));

    const ConfigReadResult read =
        ConfigReader::read(request.body, ConfigReader::Shape::MessagingSettings);
    if (!read.config)
        return HttpResponse::error(400, tr("The body is not a JSON object."));
    Diagnostics problems = read.diagnostics;
    problems.append(MessagingSettings::validate(
        *read.config, MessagingSettings::catalogueOf(m_store.customFields())));
    std::vector<JsonValue> errors;
    for (const Diagnostic& diagnostic : std::as_const(problems)) {
        if (diagnostic.severity() == Severity::Error) {
            errors.push_back(JsonValue::makeObject(
                {{QStringLiteral("attribute"), JsonValue::makeString(diagnostic.path)},
                 {QStringLiteral("message"), JsonValue::makeString(diagnostic.message)}}));
        }
    }
    if (!errors.empty()) {
        return HttpResponse::json(
            422, toCompactJson(JsonValue::makeObject(
                     {{QStringLiteral("errors"), JsonValue::makeArray(std::move(errors))}})));
    }

    community.settings = MessagingSettings::applied(community.settings, *read.config);
    ++community.version;
    community.settingsUpdatedAt = QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
    return settings(community);
}

} // namespace engage
