// The API contract (models/api/engage_api_contract.json) as the client, the emulator and the
// tests read it: the limits of docs/api.md, requests checked against it with the broken rule
// named, records checked field by field, and a broken contract file refused with the member
// named.

#include "api/api_contract.h"
#include "json/json_parser.h"

#include <QFile>
#include <QTest>

using engage::ApiContract;

Q_DECLARE_METATYPE(QUrlQuery)

namespace {

QUrlQuery query(const QString& text)
{
    return QUrlQuery(text);
}

engage::JsonValue json(const QByteArray& text)
{
    return engage::parseJson(text).value.value_or(engage::JsonValue());
}

} // namespace

class TestApiContract : public QObject
{
    Q_OBJECT

private slots:
    void limitsAreThoseOfThePublicApi();
    void everyEndpointOfSpecSixIsThere();
    void requestsTheContractAllowsPass_data();
    void requestsTheContractAllowsPass();
    void brokenRequestsAreNamed_data();
    void brokenRequestsAreNamed();
    void theSettingsAreTheOnlyExtension();
    void recordsToleratedOrNamed_data();
    void recordsToleratedOrNamed();
    void errorAnswersOfThePublicApi();
    void errorAnswerFromStatusAndErrorBody_data();
    void errorAnswerFromStatusAndErrorBody();
    void brokenContractFileIsRefusedNamingTheMember_data();
    void brokenContractFileIsRefusedNamingTheMember();
};

void TestApiContract::limitsAreThoseOfThePublicApi()
{
    const engage::ApiLimits& limits = ApiContract::builtIn().limits();
    QCOMPARE(limits.defaultPageSize, 30);
    QCOMPARE(limits.maxPageSize, 150);
    QCOMPARE(limits.maxOffset, 10000000);
    QCOMPARE(limits.requestsPerWindow, 500);
    QCOMPARE(limits.window, std::chrono::seconds(60));
    QCOMPARE(limits.retryAfterSent, false);
    QCOMPARE(limits.pathPrefix, QStringLiteral("/1.0"));
    QCOMPARE(limits.hostForms, (QStringList{QStringLiteral("ACCOUNT.api.digital.ringcentral.com"),
                                            QStringLiteral("ACCOUNT.api.engagement.dimelo.com")}));
}

void TestApiContract::everyEndpointOfSpecSixIsThere()
{
    QStringList endpoints;
    for (const engage::ApiEndpoint& endpoint : ApiContract::builtIn().endpoints())
        endpoints.append(endpoint.method + u' ' + endpoint.path);
    QCOMPARE(endpoints, (QStringList{
                            QStringLiteral("GET /communities"),
                            QStringLiteral("GET /communities/{communityId}"),
                            QStringLiteral("GET /custom_fields"),
                            QStringLiteral("POST /custom_fields"),
                            QStringLiteral("GET /identities"),
                            QStringLiteral("GET /identities/{identityId}"),
                            QStringLiteral("GET /identity_groups/{identityGroupId}"),
                            QStringLiteral("GET /content_sources"),
                            QStringLiteral("GET /communities/{communityId}/messaging_settings"),
                            QStringLiteral("PUT /communities/{communityId}/messaging_settings"),
                        }));
    const engage::ApiEndpoint* list =
        ApiContract::builtIn().endpoint(u"GET", u"/1.0/content_sources");
    QVERIFY(list);
    QVERIFY(list->paged);
    QCOMPARE(list->answer, QStringLiteral("Source"));
    QCOMPARE(list->parameters.at(1).name, QStringLiteral("limit"));
    QCOMPARE(list->parameters.at(1).defaultValue, std::optional<qint64>(30));
}

void TestApiContract::requestsTheContractAllowsPass_data()
{
    QTest::addColumn<QString>("method");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QUrlQuery>("query");

    const QString community = QStringLiteral("/1.0/communities/5f0c0a1b2c3d4e5f60718293");
    QTest::newRow("first page, no parameters") << "GET"
                                               << "/1.0/communities" << query({});
    QTest::newRow("largest page at the last offset")
        << "GET"
        << "/1.0/communities" << query("offset=10000000&limit=150");
    QTest::newRow("one community") << "GET" << community << query({});
    QTest::newRow("custom fields") << "GET"
                                   << "/1.0/custom_fields" << query("offset=0&limit=1");
    QTest::newRow("create a custom field")
        << "POST"
        << "/1.0/custom_fields"
        << query("associated_type_name=IdentityGroup&label=Customer%20id&key=customer_id"
                 "&type=single_choice");
    QTest::newRow("an identity by uuid")
        << "GET"
        << "/1.0/identities" << query("community_id=5f0c0a1b2c3d4e5f60718293&uuid=visitor-42");
    QTest::newRow("an identity") << "GET"
                                 << "/1.0/identities/abc" << query({});
    QTest::newRow("its group") << "GET"
                               << "/1.0/identity_groups/def" << query({});
    QTest::newRow("active sources")
        << "GET"
        << "/1.0/content_sources" << query("active=false&offset=150&limit=150");
    QTest::newRow("settings") << "GET" << community + "/messaging_settings" << query({});
    QTest::newRow("settings written") << "PUT" << community + "/messaging_settings" << query({});
}

void TestApiContract::requestsTheContractAllowsPass()
{
    QFETCH(QString, method);
    QFETCH(QString, path);
    QFETCH(QUrlQuery, query);
    QCOMPARE(ApiContract::builtIn().checkRequest(method, path, query).value_or(QString()),
             QString());
}

void TestApiContract::brokenRequestsAreNamed_data()
{
    QTest::addColumn<QString>("method");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QUrlQuery>("query");
    QTest::addColumn<QString>("problem");

    QTest::newRow("wrong method")
        << "DELETE"
        << "/1.0/communities/5f0c" << query({})
        << "DELETE /1.0/communities/5f0c: the API contract uses this path with GET only.";
    QTest::newRow("wrong method on the extension")
        << "POST"
        << "/1.0/communities/5f0c/messaging_settings" << query({})
        << "POST /1.0/communities/5f0c/messaging_settings: the API contract uses this path "
           "with GET, PUT only.";
    QTest::newRow("unknown path") << "GET"
                                  << "/1.0/messaging_settings" << query({})
                                  << "GET /1.0/messaging_settings: no endpoint of the API "
                                     "contract has this path.";
    QTest::newRow("empty identifier") << "GET"
                                      << "/1.0/communities/" << query({})
                                      << "GET /1.0/communities/: no endpoint of the API "
                                         "contract has this path.";
    QTest::newRow("without the version prefix")
        << "GET"
        << "/communities" << query({}) << "GET /communities: the path does not start with /1.0.";
    QTest::newRow("unknown parameter")
        << "GET"
        << "/1.0/custom_fields" << query("associated_type_name=IdentityGroup")
        << "GET /custom_fields: the parameter associated_type_name is not in the API contract.";
    QTest::newRow("paging a single record")
        << "GET"
        << "/1.0/identity_groups/def" << query("limit=30")
        << "GET /identity_groups/{identityGroupId}: the parameter limit is not in the API "
           "contract.";
    QTest::newRow("limit above 150") << "GET"
                                     << "/1.0/communities" << query("limit=151")
                                     << "GET /communities: the parameter limit is 151, above "
                                        "its maximum 150.";
    QTest::newRow("limit 0") << "GET"
                             << "/1.0/communities" << query("limit=0")
                             << "GET /communities: the parameter limit is 0, below its "
                                "minimum 1.";
    QTest::newRow("offset past the cap")
        << "GET"
        << "/1.0/identities" << query("offset=10000001")
        << "GET /identities: the parameter offset is 10000001, above its maximum 10000000.";
    QTest::newRow("negative offset") << "GET"
                                     << "/1.0/content_sources" << query("offset=-1")
                                     << "GET /content_sources: the parameter offset is -1, "
                                        "below its minimum 0.";
    QTest::newRow("limit not a number") << "GET"
                                        << "/1.0/communities" << query("limit=1e2")
                                        << "GET /communities: the parameter limit is 1e2, not "
                                           "a whole number.";
    QTest::newRow("boolean spelt otherwise")
        << "GET"
        << "/1.0/content_sources" << query("active=yes")
        << "GET /content_sources: the parameter active is yes, not true or false.";
    QTest::newRow("required parameter missing")
        << "POST"
        << "/1.0/custom_fields" << query("associated_type_name=IdentityGroup&key=k")
        << "POST /custom_fields: the required parameter label is missing.";
    QTest::newRow("value not allowed")
        << "POST"
        << "/1.0/custom_fields" << query("associated_type_name=Intervention&label=L&key=k")
        << "POST /custom_fields: the parameter associated_type_name is Intervention, not one "
           "of IdentityGroup.";
    QTest::newRow("empty value") << "GET"
                                 << "/1.0/identities" << query("uuid=")
                                 << "GET /identities: the parameter uuid is empty.";
    QTest::newRow("given twice") << "GET"
                                 << "/1.0/communities" << query("limit=30&limit=150")
                                 << "GET /communities: the parameter limit is given twice.";
    QTest::newRow("token in the query")
        << "GET"
        << "/1.0/communities" << query("access_token=abc42")
        << "GET /communities: the token is sent in the query as access_token; it belongs in "
           "the Authorization header only.";
}

void TestApiContract::brokenRequestsAreNamed()
{
    QFETCH(QString, method);
    QFETCH(QString, path);
    QFETCH(QUrlQuery, query);
    QFETCH(QString, problem);
    QCOMPARE(ApiContract::builtIn().checkRequest(method, path, query).value_or(QString()), problem);
}

void TestApiContract::theSettingsAreTheOnlyExtension()
{
    QStringList extension;
    for (const engage::ApiEndpoint& endpoint : ApiContract::builtIn().endpoints()) {
        if (endpoint.extension)
            extension.append(endpoint.method + u' ' + endpoint.path);
    }
    QCOMPARE(extension,
             (QStringList{QStringLiteral("GET /communities/{communityId}/messaging_settings"),
                          QStringLiteral("PUT /communities/{communityId}/messaging_settings")}));
    const engage::ApiEndpoint* settings =
        ApiContract::builtIn().endpoint(u"PUT", u"/1.0/communities/42/messaging_settings");
    QVERIFY(settings);
    QVERIFY(settings->extension);
    QCOMPARE(ApiContract::builtIn().endpoint(u"PUT", u"/1.0/communities/42"), nullptr);
}

void TestApiContract::recordsToleratedOrNamed_data()
{
    QTest::addColumn<QString>("record");
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("problem"); // empty: usable

    QTest::newRow("members the product does not read")
        << "Community"
        << QByteArray(R"({"id":"1","name":"Website","active":true,"x_new":[1,2],"type":null})")
        << QString();
    QTest::newRow("identity without a group")
        << "Identity" << QByteArray(R"({"id":"1","identity_group_id":null,"extra_values":{}})")
        << QString();
    QTest::newRow("needed member missing")
        << "Community" << QByteArray(R"({"id":"1"})") << "This Community record has no name.";
    QTest::newRow("needed member null") << "CustomField"
                                        << QByteArray(R"({"id":"1","key":null,"label":"L",)"
                                                      R"("associated_type_name":"IdentityGroup"})")
                                        << "This CustomField record has no key.";
    QTest::newRow("identifier as a number") << "Source" << QByteArray(R"({"id":7,"name":"Chat"})")
                                            << "This Source record's id is a number, not a string.";
    QTest::newRow("position with a fraction")
        << "CustomField"
        << QByteArray(R"({"id":"1","key":"k","label":"L","associated_type_name":"IdentityGroup",)"
                      R"("position":1.5})")
        << "This CustomField record's position is a number, not a whole number.";
    QTest::newRow("phones as a string")
        << "IdentityGroup" << QByteArray(R"({"id":"g","mobile_phones":"+33 6"})")
        << "This IdentityGroup record's mobile_phones is a string, not an array.";
    QTest::newRow("not an object") << "Identity" << QByteArray(R"(["id"])")
                                   << "This Identity record is an array, not an object.";
    QTest::newRow("unknown record")
        << "Intervention" << QByteArray(R"({})") << "The API contract has no record Intervention.";
}

void TestApiContract::recordsToleratedOrNamed()
{
    QFETCH(QString, record);
    QFETCH(QByteArray, json);
    QFETCH(QString, problem);
    const std::optional<QString> found = ApiContract::builtIn().checkRecord(record, ::json(json));
    QCOMPARE(found.value_or(QString()), problem);
}

void TestApiContract::errorAnswersOfThePublicApi()
{
    const ApiContract& contract = ApiContract::builtIn();
    QCOMPARE(contract.errorBodyMembers(),
             (QStringList{QStringLiteral("error"), QStringLiteral("message"),
                          QStringLiteral("status")}));
    QCOMPARE(contract.validationItemMembers(),
             (QStringList{QStringLiteral("attribute"), QStringLiteral("type"),
                          QStringLiteral("message")}));
    QStringList answers;
    for (const engage::ApiErrorAnswer& answer : contract.errorAnswers()) {
        answers.append(QStringLiteral("%1 %2 %3%4")
                           .arg(answer.status)
                           .arg(answer.error + answer.errorSuffix, answer.means,
                                answer.retried ? QStringLiteral(" retried") : QString()));
    }
    QCOMPARE(answers, (QStringList{
                          QStringLiteral("400 invalid_access_token authentication"),
                          QStringLiteral("401  authentication"),
                          QStringLiteral("403 authorization_required forbidden"),
                          QStringLiteral("404 not_found not_found"),
                          QStringLiteral("409 _locked locked retried"),
                          QStringLiteral("422 validation_error validation"),
                          QStringLiteral("429 rate_limit_exceeded rate_limited retried"),
                      }));
}

void TestApiContract::errorAnswerFromStatusAndErrorBody_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("error");
    QTest::addColumn<QString>("means"); // empty: not described by the contract

    QTest::newRow("bad token as a 400") << 400 << "invalid_access_token"
                                        << "authentication";
    QTest::newRow("another 400") << 400 << "invalid_parameter" << QString();
    QTest::newRow("401 whatever its body") << 401 << QString() << "authentication";
    QTest::newRow("a locked identity group") << 409 << "identity_group_locked"
                                             << "locked";
    QTest::newRow("another 409") << 409 << "conflict" << QString();
    QTest::newRow("rate limit") << 429 << "rate_limit_exceeded"
                                << "rate_limited";
    QTest::newRow("a status the contract lacks") << 418 << "teapot" << QString();
}

void TestApiContract::errorAnswerFromStatusAndErrorBody()
{
    QFETCH(int, status);
    QFETCH(QString, error);
    QFETCH(QString, means);
    const engage::ApiErrorAnswer* answer = ApiContract::builtIn().errorAnswer(status, error);
    QCOMPARE(answer ? answer->means : QString(), means);
}

void TestApiContract::brokenContractFileIsRefusedNamingTheMember_data()
{
    QTest::addColumn<QByteArray>("before");
    QTest::addColumn<QByteArray>("after");
    QTest::addColumn<QString>("error");

    QTest::newRow("not JSON")
        << QByteArray("\"format\": \"engage-api-contract\",")
        << QByteArray("\"format\" \"engage-api-contract\",")
        << "The API contract is not valid JSON: line 2, column 12: unexpected "
           "character '\"' (expected ':').";
    QTest::newRow("limit without maximum")
        << QByteArray("\"default\": 30, \"minimum\": 1, \"maximum\": 150,")
        << QByteArray("\"default\": 30, \"minimum\": 1,")
        << "The API contract's member paging/limit/maximum is missing or is not a number.";
    QTest::newRow("field of an unknown type")
        << QByteArray("\"uuid\": { \"type\": \"string\" }")
        << QByteArray("\"uuid\": { \"type\": \"text\" }")
        << "The API contract's member records/Identity/fields/uuid has the unknown type text.";
    QTest::newRow("fractional limit")
        << QByteArray("\"requests\": 500,") << QByteArray("\"requests\": 500.5,")
        << "The API contract's member rate_limit/requests is not a whole number.";
    QTest::newRow("endpoint without a path")
        << QByteArray("\"path\": \"/identities/{identityId}\",") << QByteArray()
        << "The API contract's member endpoints/get_identity/path is missing or is not a "
           "string.";
}

void TestApiContract::brokenContractFileIsRefusedNamingTheMember()
{
    QFETCH(QByteArray, before);
    QFETCH(QByteArray, after);
    QFETCH(QString, error);

    QFile file(QStringLiteral(":/api/engage_api_contract.json"));
    QVERIFY(file.open(QIODevice::ReadOnly));
    QByteArray text = file.readAll();
    QVERIFY(ApiContract::fromJson(text).contract);
    QVERIFY2(text.contains(before), before.constData());
    text.replace(before, after);
    const engage::ApiContractLoad load = ApiContract::fromJson(text);
    QVERIFY(!load.contract);
    QCOMPARE(load.error, error);
}

QTEST_GUILESS_MAIN(TestApiContract)
#include "test_api_contract.moc"
