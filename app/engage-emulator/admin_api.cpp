#include "admin_api.h"

#include "api/api_contract.h"
#include "api/messaging_settings.h"
#include "config/config_reader.h"
#include "config/config_writer.h"
#include "json/json_writer.h"

#include <QDateTime>
#include <QRegularExpression>

#include <algorithm>

namespace engage {

namespace {

// One failed attribute of a 422 answer, as the public API writes it.
struct AttributeError
{
    QString attribute;
    QString type; // "blank", "invalid", "taken", "inclusion", or a diagnostic code
    QString message;
};

HttpResponse validationFailed(const QString& message, const std::vector<AttributeError>& errors)
{
    std::vector<JsonValue> items;
    items.reserve(errors.size());
    for (const AttributeError& error : errors) {
        items.push_back(JsonValue::makeObject(
            {{QStringLiteral("attribute"), JsonValue::makeString(error.attribute)},
             {QStringLiteral("type"), JsonValue::makeString(error.type)},
             {QStringLiteral("message"), JsonValue::makeString(error.message)}}));
    }
    return HttpResponse::error(422, "validation_error", message,
                               ",\"errors\":" + toCompactJson(JsonValue::makeArray(items)));
}

HttpResponse invalidParameter(const QString& message)
{
    return HttpResponse::error(400, "invalid_parameter", message);
}

HttpResponse notFound(const QString& message)
{
    return HttpResponse::error(404, "not_found", message);
}

HttpResponse onlyRead()
{
    return HttpResponse::error(405, "method_not_allowed",
                               AdminApi::tr("This resource is only read."));
}

QString textOf(const JsonValue& record, QStringView name)
{
    const JsonValue* value = record.member(name);
    return value && value->isString() ? value->text() : QString();
}

bool arrayHolds(const JsonValue& record, QStringView name, const QString& wanted)
{
    const JsonValue* values = record.member(name);
    if (!values || !values->isArray())
        return false;
    return std::any_of(
        values->items().begin(), values->items().end(),
        [&wanted](const JsonValue& value) { return value.isString() && value.text() == wanted; });
}

// The records of `records` that `keep` keeps.
std::vector<const JsonValue*> selected(const std::vector<JsonValue>& records,
                                       const std::function<bool(const JsonValue&)>& keep)
{
    std::vector<const JsonValue*> kept;
    for (const JsonValue& record : records) {
        if (keep(record))
            kept.push_back(&record);
    }
    return kept;
}

// A boolean query parameter as the API reads them (docs: basics_pagination.md).
std::optional<bool> booleanOf(const QString& text)
{
    static const QStringList yes{QStringLiteral("true"), QStringLiteral("1"), QStringLiteral("on"),
                                 QStringLiteral("yes")};
    static const QStringList no{QStringLiteral("false"), QStringLiteral("0"), QStringLiteral("off"),
                                QStringLiteral("no")};
    if (yes.contains(text))
        return true;
    if (no.contains(text))
        return false;
    return std::nullopt;
}

// Identities and identity groups are listed by creation date, newest first, or by the
// "sort" parameter's date; std::nullopt when "sort" names something else.
std::optional<QString> sortMember(const QUrlQuery& query)
{
    const QString sort = query.queryItemValue(QStringLiteral("sort"), QUrl::FullyDecoded);
    if (sort.isEmpty() || sort == QLatin1String("created_at"))
        return QStringLiteral("created_at");
    if (sort == QLatin1String("updated_at"))
        return sort;
    return std::nullopt;
}

void sortNewestFirst(std::vector<const JsonValue*>& records, const QString& member)
{
    std::stable_sort(records.begin(), records.end(),
                     [&member](const JsonValue* left, const JsonValue* right) {
                         // ISO 8601 times in UTC compare as text.
                         return textOf(*left, member) > textOf(*right, member);
                     });
}

QString now()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
}

// The key Engage makes from a label when none is given: "Loyalty tier" -> "loyalty_tier".
QString keyFromLabel(const QString& label)
{
    static const QRegularExpression others(QStringLiteral("[^a-z0-9]+"));
    QString key = label.toLower().replace(others, QStringLiteral("_"));
    while (key.startsWith(QLatin1Char('_')))
        key.remove(0, 1);
    while (key.endsWith(QLatin1Char('_')))
        key.chop(1);
    return key;
}

} // namespace

AdminApi::AdminApi(CommunityStore& store, const AdminApiOptions& options)
    : m_store(store), m_options(options)
{
}

AdminApi::Access AdminApi::accessOf(const HttpRequest& request) const
{
    const QByteArray authorization = request.header("authorization");
    if (!authorization.startsWith("Bearer "))
        return Access::None;
    const QByteArray token = authorization.mid(7);
    if (!m_options.tokens.full.isEmpty() && token == m_options.tokens.full)
        return Access::Full;
    if (!m_options.tokens.readOnly.isEmpty() && token == m_options.tokens.readOnly)
        return Access::ReadOnly;
    return Access::Wrong;
}

HttpResponse AdminApi::refusal(Access access) const
{
    // The token is never repeated in an answer.
    if (access == Access::Wrong) {
        return HttpResponse::error(m_options.badTokenStatus, "invalid_access_token",
                                   tr("The access token is not valid: check it under Admin > "
                                      "API access tokens."));
    }
    HttpResponse refused =
        HttpResponse::error(401, "unauthorized",
                            tr("Send an API access token in an \"Authorization: Bearer\" "
                               "header."));
    refused.headers.emplaceBack("WWW-Authenticate", "Bearer");
    return refused;
}

HttpResponse AdminApi::answer(const HttpRequest& request)
{
    const QStringList segments = request.pathSegments();
    if (segments.value(0) != QLatin1String("1.0"))
        return notFound(tr("The API lives under /1.0."));
    const Access access = accessOf(request);
    if (access == Access::None || access == Access::Wrong)
        return refusal(access);
    return route(request, segments.mid(1), access);
}

HttpResponse AdminApi::route(const HttpRequest& request, const QStringList& route, Access access)
{
    const bool isGet = request.method == "GET";
    const QUrlQuery query = request.query();
    const QString collection = route.value(0);
    if (route.size() == 1) {
        if (collection == QLatin1String("custom_fields") && request.method == "POST") {
            if (access != Access::Full)
                return HttpResponse::error(403, "authorization_required",
                                           tr("This token may read but not create custom "
                                              "fields."));
            return createCustomField(query);
        }
        if (collection == QLatin1String("communities")) {
            if (!isGet)
                return onlyRead();
            QList<StoredCommunity>& communities = m_store.communities();
            return page(query, communities.size(), [&communities](qint64 index) {
                return communities[static_cast<qsizetype>(index)].record.toJson();
            });
        }
        if (collection == QLatin1String("custom_fields")) {
            if (!isGet)
                return HttpResponse::error(405, "method_not_allowed",
                                           tr("Custom fields are listed with GET and created "
                                              "with POST."));
            const QList<CustomFieldRecord>& fields = m_store.customFields();
            return page(query, fields.size(), [&fields](qint64 index) {
                return fields[static_cast<qsizetype>(index)].toJson();
            });
        }
        if (collection == QLatin1String("identities"))
            return isGet ? identities(query) : onlyRead();
        if (collection == QLatin1String("identity_groups"))
            return isGet ? identityGroups(query) : onlyRead();
        if (collection == QLatin1String("content_sources"))
            return isGet ? contentSources(query) : onlyRead();
    }
    if (route.size() == 2 || route.size() == 3) {
        const QString& id = route[1];
        if (collection == QLatin1String("communities")) {
            StoredCommunity* community = m_store.find(id);
            if (route.size() == 3 && route[2] == QLatin1String("messaging_settings")) {
                // A real domain has no such endpoint, for any community.
                if (m_options.publicOnly)
                    return notFound(tr("There is no such resource."));
                if (!community)
                    return notFound(tr("There is no community with this ID."));
                return settingsRoute(request, *community, access);
            }
            if (route.size() == 2) {
                if (!community)
                    return notFound(tr("There is no community with this ID."));
                return isGet ? HttpResponse::json(200, toCompactJson(community->record.toJson()))
                             : onlyRead();
            }
        }
        if (route.size() == 2 && collection == QLatin1String("custom_fields")) {
            const QList<CustomFieldRecord>& fields = m_store.customFields();
            const auto field = std::find_if(fields.begin(), fields.end(),
                                            [&id](const auto& stored) { return stored.id == id; });
            if (field == fields.end())
                return notFound(tr("There is no custom field with this ID."));
            return isGet ? HttpResponse::json(200, toCompactJson(field->toJson())) : onlyRead();
        }
        const std::vector<std::pair<QLatin1String, const std::vector<JsonValue>*>> verbatim{
            {QLatin1String("identities"), &m_store.identities()},
            {QLatin1String("identity_groups"), &m_store.identityGroups()},
            {QLatin1String("content_sources"), &m_store.contentSources()}};
        for (const auto& [name, records] : verbatim) {
            if (route.size() == 2 && collection == name) {
                const JsonValue* record = findById(*records, id);
                if (!record)
                    return notFound(tr("There is no record with this ID."));
                return isGet ? HttpResponse::json(200, toCompactJson(*record)) : onlyRead();
            }
        }
    }
    return notFound(tr("There is no such resource."));
}

HttpResponse AdminApi::settingsRoute(const HttpRequest& request, StoredCommunity& community,
                                     Access access)
{
    if (request.method == "GET")
        return settings(community);
    if (request.method != "PUT")
        return HttpResponse::error(405, "method_not_allowed",
                                   tr("Settings are read with GET and written with PUT."));
    if (access != Access::Full)
        return HttpResponse::error(403, "authorization_required",
                                   tr("This token may read but not change settings."));
    return putSettings(request, community);
}

HttpResponse AdminApi::page(const QUrlQuery& query, qint64 count,
                            const std::function<JsonValue(qint64)>& recordAt) const
{
    // The paging rules are the contract's, which the OpenAPI check holds to the public API.
    const ApiLimits& limits = ApiContract::builtIn().limits();
    bool offsetOk = true;
    bool limitOk = true;
    const qint64 offset = query.hasQueryItem(QStringLiteral("offset"))
                              ? query.queryItemValue(QStringLiteral("offset"), QUrl::FullyDecoded)
                                    .toLongLong(&offsetOk)
                              : 0;
    const qint64 asked =
        query.hasQueryItem(QStringLiteral("limit"))
            ? query.queryItemValue(QStringLiteral("limit"), QUrl::FullyDecoded).toLongLong(&limitOk)
            : limits.defaultPageSize;
    if (!offsetOk || !limitOk || offset < 0 || offset > limits.maxOffset || asked < 1)
        return invalidParameter(tr("offset must be a whole number from 0 to %1 and limit a whole "
                                   "number from 1 (at most %2 records are given).")
                                    .arg(limits.maxOffset)
                                    .arg(limits.maxPageSize));
    // The documented maximum: a larger limit gets a page of 150, and says so.
    const qint64 limit = std::min<qint64>(asked, limits.maxPageSize);
    RecordPage page;
    page.offset = offset;
    page.limit = limit;
    page.count = count;
    if (m_options.countCap > 0 && count > m_options.countCap) {
        page.count = m_options.countCap;
        page.countCapped = true;
    }
    for (qint64 index = offset; index < std::min(count, offset + limit); ++index)
        page.records.push_back(recordAt(index));
    return HttpResponse::json(200, page.toJson());
}

HttpResponse AdminApi::page(const QUrlQuery& query,
                            const std::vector<const JsonValue*>& records) const
{
    return page(query, static_cast<qint64>(records.size()),
                [&records](qint64 index) { return *records[static_cast<size_t>(index)]; });
}

HttpResponse AdminApi::identities(const QUrlQuery& query) const
{
    const std::optional<QString> sort = sortMember(query);
    if (!sort)
        return invalidParameter(tr("sort must be created_at or updated_at."));
    QString communityId = query.queryItemValue(QStringLiteral("community_id"), QUrl::FullyDecoded);
    const QString sourceId = query.queryItemValue(QStringLiteral("source_id"), QUrl::FullyDecoded);
    // source_id filters on the source's community, unless community_id is given.
    if (communityId.isEmpty() && !sourceId.isEmpty()) {
        const JsonValue* source = findById(m_store.contentSources(), sourceId);
        if (!source) // no source, no identities of it
            return page(query, std::vector<const JsonValue*>());
        communityId = textOf(*source, u"community_id");
    }
    QStringList groupIds =
        query.queryItemValue(QStringLiteral("identity_group_ids"), QUrl::FullyDecoded)
            .split(QLatin1Char(','), Qt::SkipEmptyParts);
    if (query.hasQueryItem(QStringLiteral("identity_group_id")))
        groupIds = {query.queryItemValue(QStringLiteral("identity_group_id"), QUrl::FullyDecoded)};
    const QString userId = query.queryItemValue(QStringLiteral("user_id"), QUrl::FullyDecoded);
    const QString foreignId =
        query.queryItemValue(QStringLiteral("foreign_id"), QUrl::FullyDecoded);
    const QString uuid = query.queryItemValue(QStringLiteral("uuid"), QUrl::FullyDecoded);
    std::vector<const JsonValue*> records =
        selected(m_store.identities(), [&](const JsonValue& identity) {
            return (communityId.isEmpty() || textOf(identity, u"community_id") == communityId) &&
                   (groupIds.isEmpty() ||
                    groupIds.contains(textOf(identity, u"identity_group_id"))) &&
                   (userId.isEmpty() || arrayHolds(identity, u"user_ids", userId)) &&
                   (foreignId.isEmpty() || textOf(identity, u"foreign_id") == foreignId) &&
                   (uuid.isEmpty() || textOf(identity, u"uuid") == uuid);
        });
    sortNewestFirst(records, *sort);
    return page(query, records);
}

HttpResponse AdminApi::identityGroups(const QUrlQuery& query) const
{
    const std::optional<QString> sort = sortMember(query);
    if (!sort)
        return invalidParameter(tr("sort must be created_at or updated_at."));
    const QString firstname = query.queryItemValue(QStringLiteral("firstname"), QUrl::FullyDecoded);
    const QString lastname = query.queryItemValue(QStringLiteral("lastname"), QUrl::FullyDecoded);
    const QString email = query.queryItemValue(QStringLiteral("email"), QUrl::FullyDecoded);
    const QStringList ids = query.queryItemValue(QStringLiteral("ids"), QUrl::FullyDecoded)
                                .split(QLatin1Char(','), Qt::SkipEmptyParts);
    // uuid: the groups of the identities that have it.
    const bool byUuid = query.hasQueryItem(QStringLiteral("uuid"));
    QStringList groupsOfUuid;
    for (const JsonValue& identity : m_store.identities()) {
        if (textOf(identity, u"uuid") ==
            query.queryItemValue(QStringLiteral("uuid"), QUrl::FullyDecoded))
            groupsOfUuid.append(textOf(identity, u"identity_group_id"));
    }
    std::vector<const JsonValue*> records =
        selected(m_store.identityGroups(), [&](const JsonValue& group) {
            const QString id = textOf(group, u"id");
            return (firstname.isEmpty() || textOf(group, u"firstname") == firstname) &&
                   (lastname.isEmpty() || textOf(group, u"lastname") == lastname) &&
                   (email.isEmpty() || arrayHolds(group, u"emails", email)) &&
                   (ids.isEmpty() || ids.contains(id)) && (!byUuid || groupsOfUuid.contains(id));
        });
    sortNewestFirst(records, *sort);
    return page(query, records);
}

HttpResponse AdminApi::contentSources(const QUrlQuery& query) const
{
    const QString permission =
        query.queryItemValue(QStringLiteral("permission"), QUrl::FullyDecoded);
    // Every token of the emulator may read and initiate discussions on every source.
    if (!permission.isEmpty() && permission != QLatin1String("read") &&
        permission != QLatin1String("initiate_discussion"))
        return invalidParameter(tr("permission must be read or initiate_discussion."));
    std::optional<bool> active;
    if (query.hasQueryItem(QStringLiteral("active"))) {
        active = booleanOf(query.queryItemValue(QStringLiteral("active"), QUrl::FullyDecoded));
        if (!active)
            return invalidParameter(tr("active must be true or false."));
    }
    // Listed by creation date, oldest first: the seed's order.
    return page(query, selected(m_store.contentSources(), [&active](const JsonValue& source) {
                    const JsonValue* isActive = source.member(u"active");
                    return !active ||
                           (isActive && isActive->isBool() && isActive->toBool() == *active);
                }));
}

HttpResponse AdminApi::createCustomField(const QUrlQuery& query)
{
    static const QStringList associatedTypes{identityGroupType, QStringLiteral("Intervention")};
    static const QStringList types{
        QStringLiteral("string"),         QStringLiteral("boolean"),
        QStringLiteral("text"),           QStringLiteral("integer"),
        QStringLiteral("float"),          QStringLiteral("single_choice"),
        QStringLiteral("multiple_choice")};
    static const QRegularExpression keyFormat(QStringLiteral("^[a-z0-9_]+$"));
    const auto parameter = [&query](const char* name) {
        return query.queryItemValue(QLatin1String(name), QUrl::FullyDecoded);
    };
    CustomFieldRecord field;
    field.associatedTypeName = parameter("associated_type_name");
    field.label = parameter("label").trimmed();
    field.key =
        query.hasQueryItem(QStringLiteral("key")) ? parameter("key") : keyFromLabel(field.label);
    field.type =
        query.hasQueryItem(QStringLiteral("type")) ? parameter("type") : QStringLiteral("string");
    std::vector<AttributeError> errors;
    if (!associatedTypes.contains(field.associatedTypeName))
        errors.push_back({QStringLiteral("associated_type_name"), QStringLiteral("inclusion"),
                          tr("The associated type must be IdentityGroup or Intervention.")});
    if (field.label.isEmpty())
        errors.push_back(
            {QStringLiteral("label"), QStringLiteral("blank"), tr("The label cannot be empty.")});
    const QList<CustomFieldRecord>& fields = m_store.customFields();
    if (field.key.isEmpty()) {
        errors.push_back(
            {QStringLiteral("key"), QStringLiteral("blank"), tr("The key cannot be empty.")});
    } else if (!keyFormat.match(field.key).hasMatch()) {
        errors.push_back({QStringLiteral("key"), QStringLiteral("invalid"),
                          tr("The key may hold only lowercase letters, digits and "
                             "underscores.")});
    } else if (std::any_of(fields.begin(), fields.end(), [&field](const auto& stored) {
                   return stored.key == field.key &&
                          stored.associatedTypeName == field.associatedTypeName;
               })) {
        errors.push_back({QStringLiteral("key"), QStringLiteral("taken"),
                          tr("Another custom field already has this key.")});
    }
    if (!types.contains(field.type))
        errors.push_back({QStringLiteral("type"), QStringLiteral("inclusion"),
                          tr("The type must be one of string, boolean, text, integer, float, "
                             "single_choice and multiple_choice.")});
    if (query.hasQueryItem(QStringLiteral("multiple"))) {
        const std::optional<bool> multiple = booleanOf(parameter("multiple"));
        if (multiple)
            field.multiple = *multiple;
        else
            errors.push_back({QStringLiteral("multiple"), QStringLiteral("invalid"),
                              tr("multiple must be true or false.")});
    }
    field.position = -1;
    if (query.hasQueryItem(QStringLiteral("position"))) {
        bool isNumber = false;
        field.position = parameter("position").toInt(&isNumber);
        if (!isNumber)
            errors.push_back({QStringLiteral("position"), QStringLiteral("invalid"),
                              tr("The position must be a whole number.")});
    }
    if (!errors.empty())
        return validationFailed(tr("The custom field was not created: see the error of each "
                                   "attribute."),
                                errors);
    ++m_createdFields;
    field.id = QStringLiteral("6b%1").arg(m_createdFields, 22, 16, QLatin1Char('0'));
    field.createdAt = field.updatedAt = now();
    return HttpResponse::json(200, toCompactJson(m_store.addCustomField(field).toJson()));
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
        return HttpResponse::error(428, "precondition_required",
                                   tr("Send If-Match with the ETag of the settings you "
                                      "changed."));
    if (QString::fromLatin1(ifMatch) != community.etag() && ifMatch != "*")
        return HttpResponse::error(412, "precondition_failed",
                                   tr("The settings changed since that ETag: read them again."));

    const ConfigReadResult read =
        ConfigReader::read(request.body, ConfigReader::Shape::MessagingSettings);
    if (!read.config)
        return HttpResponse::error(400, "invalid_body", tr("The body is not a JSON object."));
    Diagnostics problems = read.diagnostics;
    problems.append(MessagingSettings::validate(
        *read.config, MessagingSettings::catalogueOf(m_store.customFields())));
    std::vector<AttributeError> errors;
    for (const Diagnostic& diagnostic : std::as_const(problems)) {
        if (diagnostic.severity() == Severity::Error)
            errors.push_back(
                {diagnostic.path, diagnosticCodeName(diagnostic.code), diagnostic.message});
    }
    if (!errors.empty())
        return validationFailed(tr("The settings were not saved: see the error of each "
                                   "attribute."),
                                errors);

    community.settings = MessagingSettings::applied(community.settings, *read.config);
    ++community.version;
    community.settingsUpdatedAt = now();
    return settings(community);
}

} // namespace engage
