#include "api_contract.h"

#include "json/json_parser.h"

#include <QFile>

#include <utility>

namespace engage {

namespace {

const QString contractResource = QStringLiteral(":/api/engage_api_contract.json");

std::optional<JsonValue::Type> jsonTypeNamed(QStringView name)
{
    if (name == u"string")
        return JsonValue::Type::String;
    if (name == u"integer" || name == u"number")
        return JsonValue::Type::Number;
    if (name == u"boolean")
        return JsonValue::Type::Bool;
    if (name == u"object")
        return JsonValue::Type::Object;
    if (name == u"array")
        return JsonValue::Type::Array;
    return std::nullopt;
}

// Whether `segments` (a path below the prefix, split at '/') fit a path template.
bool matchesTemplate(const QList<QStringView>& segments, const QString& pathTemplate)
{
    const QList<QStringView> expected = QStringView(pathTemplate).split(u'/');
    if (segments.size() != expected.size())
        return false;
    for (qsizetype index = 0; index < segments.size(); ++index) {
        const QStringView want = expected[index];
        const bool parameter = want.startsWith(u'{') && want.endsWith(u'}');
        if (parameter ? segments[index].isEmpty() : segments[index] != want)
            return false;
    }
    return true;
}

} // namespace

// Reads the contract file into an ApiContract, stopping at the first member that is missing
// or malformed and naming it, so that a broken edit of the file is found by its unit test.
class ApiContractReader
{
public:
    ApiContractLoad read(QByteArrayView json)
    {
        const JsonParseResult parsed = parseJson(json);
        if (!parsed.value) {
            return {std::nullopt,
                    notValidJsonMessage(ApiContract::tr("The API contract"), *parsed.error)};
        }
        ApiContract contract;
        const JsonValue& root = *parsed.value;
        readLimits(root, contract.m_limits);
        contract.m_tokenQueryParameter =
            text(root, QStringLiteral("authentication/query_parameter"));
        readErrors(root, contract);
        if (const JsonValue* records =
                member(root, QStringLiteral("records"), JsonValue::Type::Object)) {
            for (const auto& [name, shape] : records->members())
                contract.m_records.append(readRecord(name, shape));
        }
        const ApiParameter offset =
            readParameter(QStringLiteral("offset"),
                          member(root, QStringLiteral("paging/offset"), JsonValue::Type::Object),
                          QStringLiteral("paging/offset"));
        const ApiParameter limit =
            readParameter(QStringLiteral("limit"),
                          member(root, QStringLiteral("paging/limit"), JsonValue::Type::Object),
                          QStringLiteral("paging/limit"));
        readEndpoints(root, QStringLiteral("endpoints"), false, {offset, limit}, contract);
        readEndpoints(root, QStringLiteral("extension/endpoints"), true, {offset, limit}, contract);
        if (!m_error.isEmpty())
            return {std::nullopt, m_error};
        return {std::move(contract), {}};
    }

private:
    // The name of a member in messages: `path` below the entry `where` ("endpoints/get_identity").
    static QString qualified(const QString& where, const QString& path)
    {
        return where.isEmpty() ? path : where + u'/' + path;
    }

    // The member at `path` ("a/b/c") below `from`, of `type`; nullptr (and the first error
    // recorded) when it is absent or of another type.
    const JsonValue* member(const JsonValue& from, const QString& path, JsonValue::Type type,
                            const QString& where = {})
    {
        const JsonValue* value = &from;
        for (const QStringView name : QStringView(path).split(u'/')) {
            value = value->member(name);
            if (!value)
                break;
        }
        if (!value || value->type() != type) {
            fail(ApiContract::tr("The API contract's member %1 is missing or is not %2.")
                     .arg(qualified(where, path), JsonValue::typeName(type)));
            return nullptr;
        }
        return value;
    }

    const JsonValue* optionalMember(const JsonValue& from, const QString& name,
                                    JsonValue::Type type, const QString& where)
    {
        return from.member(name) ? member(from, name, type, where) : nullptr;
    }

    QString text(const JsonValue& from, const QString& path, const QString& where = {})
    {
        const JsonValue* value = member(from, path, JsonValue::Type::String, where);
        return value ? value->text() : QString();
    }

    qint64 integer(const JsonValue& from, const QString& path, const QString& where = {})
    {
        const JsonValue* value = member(from, path, JsonValue::Type::Number, where);
        if (value && !value->toInteger())
            fail(ApiContract::tr("The API contract's member %1 is not a whole number.")
                     .arg(qualified(where, path)));
        return value ? value->toInteger().value_or(0) : 0;
    }

    bool flag(const JsonValue& from, const QString& path, const QString& where = {})
    {
        const JsonValue* value = member(from, path, JsonValue::Type::Bool, where);
        return value && value->toBool();
    }

    bool optionalFlag(const JsonValue& from, const QString& name, const QString& where)
    {
        const JsonValue* value = optionalMember(from, name, JsonValue::Type::Bool, where);
        return value && value->toBool();
    }

    std::optional<qint64> optionalInteger(const JsonValue& from, const QString& name,
                                          const QString& where)
    {
        if (!from.member(name))
            return std::nullopt;
        return integer(from, name, where);
    }

    QStringList strings(const JsonValue& from, const QString& path, const QString& where = {})
    {
        QStringList list;
        if (const JsonValue* array = member(from, path, JsonValue::Type::Array, where)) {
            for (const JsonValue& item : array->items()) {
                if (!item.isString())
                    fail(ApiContract::tr("The API contract's list %1 holds something other "
                                         "than strings.")
                             .arg(path));
                list.append(item.text());
            }
        }
        return list;
    }

    // The names of an object's members, for the shapes given as {"name": "type"}.
    QStringList memberNames(const JsonValue& from, const QString& path)
    {
        QStringList names;
        if (const JsonValue* object = member(from, path, JsonValue::Type::Object)) {
            for (const auto& [name, type] : object->members())
                names.append(name);
        }
        return names;
    }

    void readLimits(const JsonValue& root, ApiLimits& limits)
    {
        limits.defaultPageSize =
            static_cast<int>(integer(root, QStringLiteral("paging/limit/default")));
        limits.maxPageSize =
            static_cast<int>(integer(root, QStringLiteral("paging/limit/maximum")));
        limits.maxOffset = integer(root, QStringLiteral("paging/offset/maximum"));
        limits.requestsPerWindow =
            static_cast<int>(integer(root, QStringLiteral("rate_limit/requests")));
        limits.window =
            std::chrono::seconds(integer(root, QStringLiteral("rate_limit/window_seconds")));
        limits.retryAfterSent = flag(root, QStringLiteral("rate_limit/retry_after_sent"));
        limits.pathPrefix = text(root, QStringLiteral("base_url/path_prefix"));
        limits.hostForms = strings(root, QStringLiteral("base_url/host_forms"));
    }

    void readErrors(const JsonValue& root, ApiContract& contract)
    {
        contract.m_errorBodyMembers = memberNames(root, QStringLiteral("errors/body"));
        contract.m_validationItemMembers =
            memberNames(root, QStringLiteral("errors/validation_item"));
        const JsonValue* answers =
            member(root, QStringLiteral("errors/answers"), JsonValue::Type::Array);
        if (!answers)
            return;
        for (const JsonValue& answer : answers->items()) {
            const QString where = QStringLiteral("errors/answers");
            ApiErrorAnswer read;
            read.status = static_cast<int>(integer(answer, QStringLiteral("status"), where));
            if (const JsonValue* error =
                    optionalMember(answer, QStringLiteral("error"), JsonValue::Type::String, where))
                read.error = error->text();
            if (const JsonValue* suffix = optionalMember(answer, QStringLiteral("error_suffix"),
                                                         JsonValue::Type::String, where))
                read.errorSuffix = suffix->text();
            read.means = text(answer, QStringLiteral("means"), where);
            read.retried = flag(answer, QStringLiteral("retried"), where);
            contract.m_errorAnswers.append(read);
        }
    }

    ApiRecordShape readRecord(const QString& name, const JsonValue& shape)
    {
        const QString where = QStringLiteral("records/") + name;
        ApiRecordShape record{name, {}};
        const JsonValue* fields =
            member(shape, QStringLiteral("fields"), JsonValue::Type::Object, where);
        if (!fields)
            return record;
        for (const auto& [fieldName, field] : fields->members()) {
            const QString fieldWhere = where + QStringLiteral("/fields/") + fieldName;
            const QString typeName = text(field, QStringLiteral("type"), fieldWhere);
            const std::optional<JsonValue::Type> type = jsonTypeNamed(typeName);
            if (!type)
                fail(ApiContract::tr("The API contract's member %1 has the unknown type %2.")
                         .arg(fieldWhere, typeName));
            record.fields.append({fieldName, type.value_or(JsonValue::Type::Null),
                                  typeName == u"integer",
                                  optionalFlag(field, QStringLiteral("needed"), fieldWhere)});
        }
        return record;
    }

    ApiParameter readParameter(const QString& name, const JsonValue* parameter,
                               const QString& where)
    {
        ApiParameter read;
        read.name = name;
        if (!parameter)
            return read;
        const QString typeName = text(*parameter, QStringLiteral("type"), where);
        if (typeName == u"integer")
            read.type = ApiParameter::Type::Integer;
        else if (typeName == u"boolean")
            read.type = ApiParameter::Type::Boolean;
        else if (typeName != u"string")
            fail(ApiContract::tr("The API contract's member %1 has the unknown type %2.")
                     .arg(where, typeName));
        read.required = optionalFlag(*parameter, QStringLiteral("required"), where);
        read.defaultValue = optionalInteger(*parameter, QStringLiteral("default"), where);
        read.minimum = optionalInteger(*parameter, QStringLiteral("minimum"), where);
        read.maximum = optionalInteger(*parameter, QStringLiteral("maximum"), where);
        if (parameter->member(QStringLiteral("enum")))
            read.allowed = strings(*parameter, QStringLiteral("enum"), where);
        return read;
    }

    void readEndpoints(const JsonValue& root, const QString& path, bool extension,
                       const QList<ApiParameter>& paging, ApiContract& contract)
    {
        const JsonValue* endpoints = member(root, path, JsonValue::Type::Array);
        if (!endpoints)
            return;
        for (const JsonValue& endpoint : endpoints->items()) {
            ApiEndpoint read;
            read.name = text(endpoint, QStringLiteral("name"), path);
            const QString where = path + u'/' + read.name;
            read.method = text(endpoint, QStringLiteral("method"), where);
            read.path = text(endpoint, QStringLiteral("path"), where);
            read.paged = optionalFlag(endpoint, QStringLiteral("paged"), where);
            read.extension = extension;
            if (const JsonValue* answer = optionalMember(endpoint, QStringLiteral("answer"),
                                                         JsonValue::Type::String, where))
                read.answer = answer->text();
            if (read.paged)
                read.parameters = paging;
            if (const JsonValue* parameters =
                    member(endpoint, QStringLiteral("parameters"), JsonValue::Type::Array, where)) {
                for (const JsonValue& parameter : parameters->items())
                    read.parameters.append(readParameter(
                        text(parameter, QStringLiteral("name"), where), &parameter, where));
            }
            contract.m_endpoints.append(read);
        }
    }

    void fail(const QString& error)
    {
        if (m_error.isEmpty())
            m_error = error;
    }

    QString m_error;
};

const ApiContract& ApiContract::builtIn()
{
    static const ApiContract contract = [] {
        QFile file(contractResource);
        const bool opened = file.open(QIODevice::ReadOnly);
        ApiContractLoad load = fromJson(opened ? file.readAll() : QByteArray());
        // The file is compiled into the program and checked by test_api_contract: a contract
        // that does not load is a broken build, not a situation a user can act on.
        if (!load.contract)
            qFatal("%s", qUtf8Printable(load.error));
        return std::move(*load.contract);
    }();
    return contract;
}

ApiContractLoad ApiContract::fromJson(QByteArrayView json)
{
    return ApiContractReader().read(json);
}

const ApiRecordShape* ApiContract::record(QStringView name) const
{
    for (const ApiRecordShape& shape : m_records) {
        if (shape.name == name)
            return &shape;
    }
    return nullptr;
}

const ApiErrorAnswer* ApiContract::errorAnswer(int status, QStringView error) const
{
    for (const ApiErrorAnswer& answer : m_errorAnswers) {
        if (answer.status != status)
            continue;
        if (!answer.error.isEmpty() ? error == answer.error : error.endsWith(answer.errorSuffix))
            return &answer;
    }
    return nullptr;
}

const ApiEndpoint* ApiContract::endpoint(QStringView method, QStringView path) const
{
    if (!path.startsWith(m_limits.pathPrefix + u'/'))
        return nullptr;
    const QList<QStringView> segments = path.mid(m_limits.pathPrefix.size()).split(u'/');
    for (const ApiEndpoint& endpoint : m_endpoints) {
        if (endpoint.method == method && matchesTemplate(segments, endpoint.path))
            return &endpoint;
    }
    return nullptr;
}

std::optional<QString> ApiContract::checkRequest(QStringView method, QStringView path,
                                                 const QUrlQuery& query) const
{
    const QString request = method.toString() + u' ' + path.toString();
    if (!path.startsWith(m_limits.pathPrefix + u'/'))
        return tr("%1: the path does not start with %2.").arg(request, m_limits.pathPrefix);
    const ApiEndpoint* endpoint = this->endpoint(method, path);
    if (!endpoint) {
        const QList<QStringView> segments = path.mid(m_limits.pathPrefix.size()).split(u'/');
        QStringList methods;
        for (const ApiEndpoint& other : m_endpoints) {
            if (matchesTemplate(segments, other.path))
                methods.append(other.method);
        }
        if (methods.isEmpty())
            return tr("%1: no endpoint of the API contract has this path.").arg(request);
        return tr("%1: the API contract uses this path with %2 only.")
            .arg(request, methods.join(QStringLiteral(", ")));
    }

    const QString where = method.toString() + u' ' + endpoint->path;
    QStringList seen;
    for (const auto& [name, value] : query.queryItems(QUrl::FullyDecoded)) {
        if (name == m_tokenQueryParameter) {
            return tr("%1: the token is sent in the query as %2; it belongs in the "
                      "Authorization header only.")
                .arg(where, name);
        }
        if (seen.contains(name))
            return tr("%1: the parameter %2 is given twice.").arg(where, name);
        seen.append(name);
        const ApiParameter* parameter = nullptr;
        for (const ApiParameter& candidate : endpoint->parameters) {
            if (candidate.name == name)
                parameter = &candidate;
        }
        if (!parameter)
            return tr("%1: the parameter %2 is not in the API contract.").arg(where, name);
        if (std::optional<QString> problem = checkParameter(*endpoint, *parameter, value))
            return problem;
    }
    for (const ApiParameter& parameter : endpoint->parameters) {
        if (parameter.required && !seen.contains(parameter.name))
            return tr("%1: the required parameter %2 is missing.").arg(where, parameter.name);
    }
    return std::nullopt;
}

std::optional<QString> ApiContract::checkParameter(const ApiEndpoint& endpoint,
                                                   const ApiParameter& parameter,
                                                   const QString& value)
{
    const QString where = endpoint.method + u' ' + endpoint.path;
    if (value.isEmpty())
        return tr("%1: the parameter %2 is empty.").arg(where, parameter.name);
    switch (parameter.type) {
    case ApiParameter::Type::Integer: {
        const std::optional<qint64> number = integerOfNumberText(value.toStdString());
        if (!number)
            return tr("%1: the parameter %2 is %3, not a whole number.")
                .arg(where, parameter.name, value);
        if (parameter.minimum && *number < *parameter.minimum)
            return tr("%1: the parameter %2 is %3, below its minimum %4.")
                .arg(where, parameter.name, value)
                .arg(*parameter.minimum);
        if (parameter.maximum && *number > *parameter.maximum)
            return tr("%1: the parameter %2 is %3, above its maximum %4.")
                .arg(where, parameter.name, value)
                .arg(*parameter.maximum);
        break;
    }
    case ApiParameter::Type::Boolean:
        if (value != u"true" && value != u"false")
            return tr("%1: the parameter %2 is %3, not true or false.")
                .arg(where, parameter.name, value);
        break;
    case ApiParameter::Type::String:
        break;
    }
    if (!parameter.allowed.isEmpty() && !parameter.allowed.contains(value))
        return tr("%1: the parameter %2 is %3, not one of %4.")
            .arg(where, parameter.name, value, parameter.allowed.join(QStringLiteral(", ")));
    return std::nullopt;
}

std::optional<QString> ApiContract::checkRecord(QStringView recordName,
                                                const JsonValue& record) const
{
    const ApiRecordShape* shape = this->record(recordName);
    if (!shape)
        return tr("The API contract has no record %1.").arg(recordName);
    if (!record.isObject())
        return tr("This %1 record is %2, not an object.")
            .arg(recordName, JsonValue::typeName(record.type()));
    for (const ApiRecordField& field : shape->fields) {
        const JsonValue* value = record.member(field.name);
        // Servers write null for "none": it reads as an absent member.
        if (!value || value->isNull()) {
            if (field.needed)
                return tr("This %1 record has no %2.").arg(recordName, field.name);
            continue;
        }
        if (value->type() != field.type || (field.integer && !value->isInteger()))
            return tr("This %1 record's %2 is %3, not %4.")
                .arg(recordName, field.name, JsonValue::typeName(value->type()),
                     field.integer ? tr("a whole number") : JsonValue::typeName(field.type));
    }
    return std::nullopt;
}

} // namespace engage
