// The requests of what a real Engage domain allows (docs/api.md) and the detection of the
// settings extension (docs/api.md), against scripted servers on 127.0.0.1 that answer as the
// public API documents.

#include "api/api_client.h"
#include "api/create_identity_group_field_command.h"
#include "api/fetch_settings_command.h"
#include "api/list_content_sources_command.h"
#include "api/look_up_identity_command.h"
#include "api/pull_configuration_command.h"
#include "support/scripted_server.h"

#include <QSignalSpy>
#include <QTest>
#include <QUrlQuery>

using namespace engage;
using namespace std::chrono_literals;

namespace {

const QByteArray token = "test-token-5c1d9e";
const QString website = QStringLiteral("5f0c0a1b2c3d4e5f60718293");

ApiClientOptions fastOptions(const QString& url)
{
    ApiClientOptions options;
    options.serverUrl = url;
    options.transferTimeout = 5s;
    options.retry.maxAttempts = 4;
    options.retry.initialDelay = 5ms;
    options.retry.maxDelay = 20ms;
    options.retry.random = [] { return 0.5; };
    return options;
}

bool finishes(ApiCommand& command)
{
    QSignalSpy finished(&command, &ApiCommand::finished);
    command.start();
    return finished.wait(30000) || command.isFinished();
}

QByteArray answer(int status, const QByteArray& body, const QByteArray& headers = {})
{
    return "HTTP/1.1 " + QByteArray::number(status) +
           " X\r\nContent-Type: application/json\r\nContent-Length: " +
           QByteArray::number(body.size()) + "\r\n" + headers + "\r\n" + body;
}

// The public API's error body (docs/api.md).
QByteArray errorAnswer(int status, const QByteArray& error)
{
    return answer(status, "{\"error\":\"" + error + "\",\"message\":\"" + error +
                              "\",\"status\":" + QByteArray::number(status) + "}");
}

QByteArray page(const QByteArray& records, int count)
{
    return answer(200, "{\"count\":" + QByteArray::number(count) +
                           ",\"offset\":0,\"limit\":150,\"records\":[" + records + "]}");
}

const QByteArray websiteCommunity =
    "{\"id\":\"5f0c0a1b2c3d4e5f60718293\",\"name\":\"Website chat\",\"type\":\"engage_messaging\","
    "\"active\":true,\"created_at\":\"2026-01-05T10:00:00Z\",\"updated_at\":\"2026-01-05T10:00:"
    "00Z\"}";

// Two custom fields as the schema has them (no regex): one of identity groups, one of
// interventions, which is no mapping destination.
const QByteArray customFields =
    "{\"id\":\"cf1\",\"key\":\"customer_id\",\"label\":\"Customer id\",\"type\":\"string\","
    "\"associated_type_name\":\"IdentityGroup\",\"multiple\":false,\"position\":0,"
    "\"created_at\":\"2026-01-05T10:00:00Z\",\"updated_at\":\"2026-01-05T10:00:00Z\"},"
    "{\"id\":\"cf2\",\"key\":\"order\",\"label\":\"Order\",\"type\":\"string\","
    "\"associated_type_name\":\"Intervention\",\"multiple\":false,\"position\":1}";

QByteArray pathOf(const QByteArray& target)
{
    return target.split('?').constFirst();
}

QUrlQuery queryOf(const QByteArray& target)
{
    return QUrlQuery(QString::fromUtf8(target.mid(target.indexOf('?') + 1)));
}

// A real domain: the community and its custom fields, no settings endpoint.
QByteArray realDomain(const QByteArray& target)
{
    const QByteArray path = pathOf(target);
    if (path == "/1.0/communities/5f0c0a1b2c3d4e5f60718293")
        return answer(200, websiteCommunity);
    if (path == "/1.0/custom_fields")
        return page(customFields, 2);
    return errorAnswer(404, "not_found");
}

} // namespace

class TestDomainRequests : public QObject
{
    Q_OBJECT

private slots:
    void settingsNotFoundForAnExistingCommunityIsTheMissingExtension();
    void settingsNotFoundForAMissingCommunityStaysNoSuchCommunity();
    void pullWithoutTheExtensionKeepsTheCommunityAndTheCatalogue();
    void pullWithCustomFieldsForbiddenKeepsTheFileCatalogue();
    void identityIsLookedUpWithItsGroup();
    void identityOfAnotherVisitorIsNotTaken();
    void contentSourcesOfOneCommunity();
    void customFieldIsCreatedWithTheDocumentedParameters();
    void customFieldCreationIsNeverRepeated();
};

void TestDomainRequests::settingsNotFoundForAnExistingCommunityIsTheMissingExtension()
{
    const ScriptedServer server(realDomain);
    ApiClient client(fastOptions(server.url()), token);
    FetchSettingsCommand fetch(client, website);
    QVERIFY(finishes(fetch));
    QVERIFY(fetch.error());
    QCOMPARE(fetch.error()->kind, ApiErrorKind::ExtensionMissing);
    QVERIFY2(fetch.error()->message.contains(QStringLiteral("no messaging-settings API")),
             qPrintable(fetch.error()->message));
    QVERIFY(fetch.error()->message.contains(QStringLiteral("engagectl checklist FILE")));
    QVERIFY(fetch.error()->message.contains(QStringLiteral("Engage admin console")));
    QCOMPARE(server.requests(), 2); // the settings, then the community
}

void TestDomainRequests::settingsNotFoundForAMissingCommunityStaysNoSuchCommunity()
{
    const ScriptedServer server(realDomain);
    ApiClient client(fastOptions(server.url()), token);
    FetchSettingsCommand fetch(client, QStringLiteral("000000000000000000000000"));
    QVERIFY(finishes(fetch));
    QVERIFY(fetch.error());
    QCOMPARE(fetch.error()->kind, ApiErrorKind::NotFound);
    QVERIFY(fetch.error()->message.contains(QStringLiteral("no such community")));
}

void TestDomainRequests::pullWithoutTheExtensionKeepsTheCommunityAndTheCatalogue()
{
    const ScriptedServer server(realDomain);
    ApiClient client(fastOptions(server.url()), token);
    PullConfigurationCommand pull(client, website);
    QVERIFY(finishes(pull));
    QVERIFY(pull.error());
    QCOMPARE(pull.error()->kind, ApiErrorKind::ExtensionMissing);
    QVERIFY(pull.isPartial());
    QVERIFY(!pull.settingsRead());
    QVERIFY(pull.catalogueRead());
    QCOMPARE(pull.configuration().community.name, QStringLiteral("Website chat"));
    QCOMPARE(pull.configuration().customFields.size(), 1);
    QCOMPARE(pull.configuration().customFields.first().key, QStringLiteral("customer_id"));

    // The file's own settings stand in for those the server does not serve.
    CommunityConfig existing;
    existing.signedIdentities = SignedIdentities::require;
    existing.extraValuesMapping = {
        {QStringLiteral("uuid"), QStringLiteral("custom_field:customer_id")}};
    existing.jwtKeys = {{QStringLiteral("prod"), JwtAlgorithm::hs256,
                         QStringLiteral("9aeaf06388b8ab6487d1605b"), std::nullopt}};
    existing.customFields = {
        {QStringLiteral("stale"), QStringLiteral("Stale"), QStringLiteral("string"), std::nullopt}};
    const CommunityConfig written = pull.configurationOver(existing);
    QCOMPARE(written.signedIdentities, SignedIdentities::require);
    QCOMPARE(written.extraValuesMapping, existing.extraValuesMapping);
    QCOMPARE(written.jwtKeys, existing.jwtKeys);
    QCOMPARE(written.customFields, pull.configuration().customFields);
    QCOMPARE(written.community.name, QStringLiteral("Website chat"));
}

void TestDomainRequests::pullWithCustomFieldsForbiddenKeepsTheFileCatalogue()
{
    const ScriptedServer server([](const QByteArray& target) {
        const QByteArray path = pathOf(target);
        if (path.endsWith("/messaging_settings"))
            return answer(200,
                          "{\"signed_identities\":\"reject\",\"extra_values_mapping\":[],"
                          "\"jwt_keys\":[],\"updated_at\":\"2026-01-05T10:00:00Z\"}",
                          "ETag: \"v7\"\r\n");
        if (path == "/1.0/custom_fields")
            return errorAnswer(403, "authorization_required");
        return realDomain(target);
    });
    ApiClient client(fastOptions(server.url()), token);
    PullConfigurationCommand pull(client, website);
    QVERIFY(finishes(pull));
    QVERIFY(pull.error());
    QCOMPARE(pull.error()->kind, ApiErrorKind::Forbidden);
    QVERIFY(pull.isPartial());
    QVERIFY(pull.settingsRead());
    QVERIFY(!pull.catalogueRead());
    QCOMPARE(pull.etag(), QStringLiteral("\"v7\""));
    CommunityConfig existing;
    existing.customFields = {{QStringLiteral("customer_id"), QStringLiteral("Customer id"),
                              QStringLiteral("string"), QStringLiteral("^C[0-9]{8}$")}};
    existing.signedIdentities = SignedIdentities::require;
    const CommunityConfig written = pull.configurationOver(existing);
    QCOMPARE(written.customFields, existing.customFields);
    QCOMPARE(written.signedIdentities, SignedIdentities::reject); // the server's settings
}

void TestDomainRequests::identityIsLookedUpWithItsGroup()
{
    QByteArray identityQuery;
    const ScriptedServer server([&identityQuery](const QByteArray& target) {
        const QByteArray path = pathOf(target);
        if (path == "/1.0/identities") {
            identityQuery = target;
            // Members the program does not use are tolerated.
            return page("{\"id\":\"i1\",\"uuid\":\"visitor-1\",\"community_id\":"
                        "\"5f0c0a1b2c3d4e5f60718293\",\"identity_group_id\":\"g1\","
                        "\"display_name\":\"Ada L.\",\"avatar_url\":null,\"user_ids\":[],"
                        "\"type\":\"EngageMessaging::Identity\",\"extra_values\":"
                        "{\"cell_number\":\"+33600000000\",\"tier\":3}}",
                        1);
        }
        if (path == "/1.0/identity_groups/g1")
            return answer(200, "{\"id\":\"g1\",\"firstname\":\"Ada\",\"mobile_phones\":"
                               "[\"+33600000000\"],\"emails\":[],\"tag_ids\":[],"
                               "\"custom_field_values\":{\"customer_id\":\"C12345678\"}}");
        return errorAnswer(404, "not_found");
    });
    ApiClient client(fastOptions(server.url()), token);
    LookUpIdentityCommand lookUp(client, website, QStringLiteral("visitor-1"));
    QVERIFY(finishes(lookUp));
    QVERIFY2(!lookUp.error(), qPrintable(lookUp.error() ? lookUp.error()->message : QString()));
    const QUrlQuery query = queryOf(identityQuery);
    QCOMPARE(query.queryItemValue(QStringLiteral("community_id")), website);
    QCOMPARE(query.queryItemValue(QStringLiteral("uuid")), QStringLiteral("visitor-1"));
    QVERIFY(lookUp.identity());
    QCOMPARE(lookUp.identity()->extraValue(QStringLiteral("cell_number")),
             QStringLiteral("+33600000000"));
    QCOMPARE(lookUp.identity()->extraValue(QStringLiteral("tier")), QStringLiteral("3"));
    QVERIFY(lookUp.group());
    QCOMPARE(lookUp.group()->valuesOf(QStringLiteral("mobile_phone")),
             QStringList{QStringLiteral("+33600000000")});
    QCOMPARE(lookUp.group()->valuesOf(QStringLiteral("custom_field:customer_id")),
             QStringList{QStringLiteral("C12345678")});
    QCOMPARE(server.requests(), 2);
}

void TestDomainRequests::identityOfAnotherVisitorIsNotTaken()
{
    // A server that ignores the uuid filter and lists someone else.
    const ScriptedServer server([](const QByteArray&) {
        return page("{\"id\":\"i9\",\"uuid\":\"someone-else\",\"identity_group_id\":\"g9\"}", 1);
    });
    ApiClient client(fastOptions(server.url()), token);
    LookUpIdentityCommand lookUp(client, website, QStringLiteral("visitor-1"));
    QVERIFY(finishes(lookUp));
    QVERIFY(!lookUp.error());
    QVERIFY(!lookUp.identity());
    QVERIFY(!lookUp.group());
    QCOMPARE(server.requests(), 1);
}

void TestDomainRequests::contentSourcesOfOneCommunity()
{
    const ScriptedServer server([](const QByteArray&) {
        return page("{\"id\":\"s1\",\"name\":\"Website\",\"type\":\"EngageMessaging\","
                    "\"community_id\":\"5f0c0a1b2c3d4e5f60718293\",\"active\":true,"
                    "\"enable_web\":true,\"enable_ios\":false,\"color\":3,\"sla_response\":900},"
                    "{\"id\":\"s2\",\"name\":\"Facebook\",\"type\":\"Facebook::Page\","
                    "\"community_id\":\"other\",\"active\":true},"
                    "{\"id\":\"s3\",\"name\":\"Mobile\",\"type\":\"EngageMessaging\","
                    "\"community_id\":\"5f0c0a1b2c3d4e5f60718293\",\"active\":false}",
                    3);
    });
    ApiClient client(fastOptions(server.url()), token);
    ListContentSourcesCommand list(client, website);
    QVERIFY(finishes(list));
    QVERIFY(!list.error());
    QCOMPARE(list.sources().size(), 2);
    QCOMPARE(list.sources().first().name, QStringLiteral("Website"));
    QCOMPARE(list.sources().first().enableWeb, std::optional<bool>(true));
    QCOMPARE(list.sources().last().active, std::optional<bool>(false));
}

void TestDomainRequests::customFieldIsCreatedWithTheDocumentedParameters()
{
    QByteArray sent;
    const ScriptedServer server([&sent](const QByteArray& target) {
        sent = target;
        return answer(200, "{\"id\":\"cf9\",\"key\":\"loyalty_tier\",\"label\":\"Loyalty tier\","
                           "\"type\":\"string\",\"associated_type_name\":\"IdentityGroup\","
                           "\"multiple\":false,\"position\":4}");
    });
    ApiClient client(fastOptions(server.url()), token);
    CreateIdentityGroupFieldCommand create(client, QStringLiteral("loyalty_tier"),
                                           QStringLiteral("Loyalty tier"),
                                           QStringLiteral("string"));
    QVERIFY(finishes(create));
    QVERIFY(!create.error());
    QCOMPARE(pathOf(sent), QByteArray("/1.0/custom_fields"));
    const QUrlQuery query = queryOf(sent);
    QCOMPARE(query.queryItemValue(QStringLiteral("associated_type_name")),
             QStringLiteral("IdentityGroup"));
    QCOMPARE(query.queryItemValue(QStringLiteral("label"), QUrl::FullyDecoded),
             QStringLiteral("Loyalty tier"));
    QCOMPARE(query.queryItemValue(QStringLiteral("key")), QStringLiteral("loyalty_tier"));
    QCOMPARE(query.queryItemValue(QStringLiteral("type")), QStringLiteral("string"));
    QCOMPARE(create.created().id, QStringLiteral("cf9"));
}

void TestDomainRequests::customFieldCreationIsNeverRepeated()
{
    // A 503 after which a GET would be tried again: the first attempt may have created it.
    const ScriptedServer server(errorAnswer(503, "service_unavailable"));
    ApiClient client(fastOptions(server.url()), token);
    CreateIdentityGroupFieldCommand create(client, QStringLiteral("loyalty_tier"),
                                           QStringLiteral("Loyalty tier"), QString());
    QVERIFY(finishes(create));
    QVERIFY(create.error());
    QCOMPARE(create.error()->kind, ApiErrorKind::ServerError);
    QCOMPARE(server.requests(), 1);
}

QTEST_GUILESS_MAIN(TestDomainRequests)
#include "test_domain_requests.moc"
