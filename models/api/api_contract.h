#pragma once

#include "json/json_value.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>
#include <QStringView>
#include <QUrlQuery>

#include <chrono>
#include <optional>

namespace engage {

// One query parameter of an endpoint. Integers carry their default and range; a non-empty
// `allowed` lists the only values the product sends.
struct ApiParameter
{
    enum class Type { String, Integer, Boolean };

    QString name;
    Type type = Type::String;
    bool required = false;
    std::optional<qint64> defaultValue;
    std::optional<qint64> minimum;
    std::optional<qint64> maximum;
    QStringList allowed;
};

struct ApiEndpoint
{
    QString name;   // e.g. "list_communities"
    QString method; // "GET", "POST", "PUT"
    // Below the base URL, with {name} for a path parameter: "/communities/{communityId}".
    QString path;
    bool paged = false;     // takes offset and limit and answers a page of records
    bool extension = false; // docs/api.md, ours: a real Engage domain does not serve it
    QString answer;         // the record it answers (a page of them when paged); may be empty
    QList<ApiParameter> parameters; // paged endpoints list offset and limit first
};

// A record member the product reads. Members a record has beyond these are tolerated, and a
// member that is null counts as absent.
struct ApiRecordField
{
    QString name;
    JsonValue::Type type = JsonValue::Type::String;
    bool integer = false; // a Number without fraction
    bool needed = false;  // a record without it cannot be used
};

struct ApiRecordShape
{
    QString name; // the OpenAPI component schema's name, e.g. "Community"
    QList<ApiRecordField> fields;
};

// How an error answer is recognised and what it means to the client.
struct ApiErrorAnswer
{
    int status = 0;
    QString error;       // the body's "error", when the contract names it
    QString errorSuffix; // or how it ends (409: "..._locked")
    QString means;       // "authentication", "forbidden", "not_found", "locked", ...
    bool retried = false;
};

struct ApiLimits
{
    int defaultPageSize = 0; // limit when none is sent
    int maxPageSize = 0;     // the largest limit the API serves
    qint64 maxOffset = 0;    // the largest offset it accepts
    int requestsPerWindow = 0;
    std::chrono::seconds window{0};
    bool retryAfterSent = false; // whether a 429 says when to come back
    QString pathPrefix;          // "/1.0", appended to a bare host
    QStringList hostForms;       // "ACCOUNT.api.digital.ringcentral.com", ...
};

struct ApiContractLoad;

// The API contract (models/api/engage_api_contract.json, compiled in): the endpoints of the
// public Engage Digital API the product uses (docs/api.md) and our settings extension
// (docs/api.md), their parameters, the records' fields, the error answers and the limits. The
// client takes its limits from it, the emulator serves it, the tests check requests and records
// against it, and tests/contract/check_contract.py checks it against the public OpenAPI file.
class ApiContract
{
    Q_DECLARE_TR_FUNCTIONS(engage::ApiContract)

public:
    // The compiled-in contract, read once.
    static const ApiContract& builtIn();
    static ApiContractLoad fromJson(QByteArrayView json);

    const ApiLimits& limits() const { return m_limits; }
    const QList<ApiEndpoint>& endpoints() const { return m_endpoints; }
    const QList<ApiErrorAnswer>& errorAnswers() const { return m_errorAnswers; }
    // The members of every error body ("error", "message", "status") and of a 422's
    // "errors" items ("attribute", "type", "message").
    const QStringList& errorBodyMembers() const { return m_errorBodyMembers; }
    const QStringList& validationItemMembers() const { return m_validationItemMembers; }
    // nullptr when the contract has no such record.
    const ApiRecordShape* record(QStringView name) const;
    // What an error answer means, from its status and its body's "error": 400 means a bad token
    // only with "invalid_access_token", 409 is a lock only for an error ending in "_locked", 401
    // whatever its body. nullptr for an answer the contract does not describe.
    const ApiErrorAnswer* errorAnswer(int status, QStringView error) const;

    // The endpoint a request goes to; `path` is the URL path as sent, /1.0 included, such as
    // "/1.0/communities/42". nullptr when none of the contract has that method and path.
    const ApiEndpoint* endpoint(QStringView method, QStringView path) const;

    // What makes a request break the contract, as one sentence naming the method, the path
    // and the broken rule (unknown path, method not served there, unknown or repeated
    // parameter, a value of the wrong type, out of range or not allowed, a required one
    // missing, the token in the query); std::nullopt for a request the contract allows.
    std::optional<QString> checkRequest(QStringView method, QStringView path,
                                        const QUrlQuery& query) const;

    // What makes a record unusable: a needed field missing (or null), a field of another type;
    // members the contract does not name are fine. std::nullopt for a usable record.
    std::optional<QString> checkRecord(QStringView recordName, const JsonValue& record) const;

private:
    static std::optional<QString> checkParameter(const ApiEndpoint& endpoint,
                                                 const ApiParameter& parameter,
                                                 const QString& value);

    ApiLimits m_limits;
    QString m_tokenQueryParameter;
    QList<ApiEndpoint> m_endpoints;
    QList<ApiRecordShape> m_records;
    QList<ApiErrorAnswer> m_errorAnswers;
    QStringList m_errorBodyMembers;
    QStringList m_validationItemMembers;

    friend class ApiContractReader;
};

struct ApiContractLoad
{
    std::optional<ApiContract> contract; // set exactly when error is empty
    QString error;                       // which member of the file is missing or malformed
};

} // namespace engage
