// engagectl against what a real Engage domain offers (docs/engagectl.md-6): the settings extension
// detected (exit 5), partial pulls, catalogue, identity, create-custom-field, sources and
// checklist. Run through QProcess against scripted servers on 127.0.0.1 that answer as the
// public API documents; judged by exit code, output and the files left.

#include "config/config_file.h"
#include "support/process_run.h"
#include "support/scripted_server.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace engage;

namespace {

const QByteArray token = "domain-token-31f0c2";
const QString website = QStringLiteral("5f0c0a1b2c3d4e5f60718293");
const QByteArray secret = "9aeaf06388b8ab6487d1605b";

QByteArray answer(int status, const QByteArray& body, const QByteArray& headers = {})
{
    return "HTTP/1.1 " + QByteArray::number(status) +
           " X\r\nContent-Type: application/json\r\nContent-Length: " +
           QByteArray::number(body.size()) + "\r\n" + headers + "\r\n" + body;
}

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

QByteArray pathOf(const QByteArray& target)
{
    return target.split('?').constFirst();
}

// A real domain: the public API only (no settings endpoint), with a community, two Identity
// Group custom fields, one visitor and two content sources.
QByteArray realDomain(const QByteArray& target)
{
    const QByteArray path = pathOf(target);
    if (path == "/1.0/communities/5f0c0a1b2c3d4e5f60718293")
        return answer(200, "{\"id\":\"5f0c0a1b2c3d4e5f60718293\",\"name\":\"Website chat\","
                           "\"active\":true,\"created_at\":\"2026-01-05T10:00:00Z\"}");
    if (path == "/1.0/custom_fields")
        return page("{\"id\":\"cf1\",\"key\":\"customer_id\",\"label\":\"Customer number\","
                    "\"type\":\"string\",\"associated_type_name\":\"IdentityGroup\","
                    "\"multiple\":false,\"position\":0},"
                    "{\"id\":\"cf2\",\"key\":\"tier\",\"label\":\"Loyalty tier\",\"type\":"
                    "\"string\",\"associated_type_name\":\"IdentityGroup\",\"position\":1}",
                    2);
    if (path == "/1.0/identities")
        return page("{\"id\":\"i1\",\"uuid\":\"visitor-1\",\"identity_group_id\":\"g1\","
                    "\"community_id\":\"5f0c0a1b2c3d4e5f60718293\",\"display_name\":\"Ada\","
                    "\"extra_values\":{\"cell_number\":\"+33600000000\",\"customer\":"
                    "\"C12345678\"}}",
                    1);
    if (path == "/1.0/identity_groups/g1")
        return answer(200, "{\"id\":\"g1\",\"firstname\":\"Ada\",\"mobile_phones\":"
                           "[\"+33600000000\"],\"custom_field_values\":{}}");
    if (path == "/1.0/content_sources")
        return page("{\"id\":\"s1\",\"name\":\"Website\",\"type\":\"EngageMessaging\","
                    "\"community_id\":\"5f0c0a1b2c3d4e5f60718293\",\"active\":true,"
                    "\"enable_web\":true},"
                    "{\"id\":\"s2\",\"name\":\"Other\",\"community_id\":\"elsewhere\"}",
                    2);
    return errorAnswer(404, "not_found");
}

const char* localConfiguration = R"({
  "format": "engage-messaging-community",
  "version": 1,
  "community": { "id": "5f0c0a1b2c3d4e5f60718293", "name": "Old name" },
  "signed_identities": "require",
  "custom_fields": [
    { "key": "customer_id", "label": "Customer id", "type": "string", "regex": "^C[0-9]{8}$" },
    { "key": "gone", "label": "Gone", "type": "string", "regex": "^g$" }
  ],
  "extra_values_mapping": [
    { "key": "cell_number", "field": "mobile_phone" },
    { "key": "customer", "field": "custom_field:customer_id" }
  ],
  "jwt_keys": [ { "id": "prod", "algorithm": "HS256", "secret": "9aeaf06388b8ab6487d1605b" } ]
}
)";

} // namespace

class TestEngagectlDomain : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void everyNewCommandHasHelp_data();
    void everyNewCommandHasHelp();
    void checklistListsTheConsoleStepsWithSecretsAsFingerprints();
    void checklistRefusesAFileWithErrors();
    void pullWithoutTheExtensionWritesCommunityAndCatalogueAndExitsFive();
    void pullWithoutTheExtensionIntoANewFileSaysTheSettingsAreEmpty();
    void diffAndPushWithoutTheExtensionExitFive_data();
    void diffAndPushWithoutTheExtensionExitFive();
    void pullOfAMissingCommunityStaysNoSuchCommunity();
    void pullTakesACommunityWithNullMembersAndANumericId();
    void pullWithCustomFieldsForbiddenWritesWhatItReadAndExitsFour();
    void catalogueRefreshesKeepingRegexes();
    void catalogueDryRunWritesNothing();
    void aMalformedCustomFieldRecordRemovesNothingFromTheFile_data();
    void aMalformedCustomFieldRecordRemovesNothingFromTheFile();
    void identityShowsTheVisitorAndChecksTheMapping();
    void identityJsonGivesEachRowsVerdict();
    void identityOfAnUnknownVisitorExitsOne();
    void identityWithAConfigurationWithoutMappingSaysSo();
    void sourcesOfOneCommunityAsJson();
    void createCustomFieldRemindsOfTheRegex();
    void createCustomFieldRefusedShowsEachAttribute();
    void createCustomFieldAnsweredWithGarbageSaysItMayExist();
    void usageErrorsExitTwo_data();
    void usageErrorsExitTwo();
    void textFromFilesAndServersIsEscaped();

private:
    QString writeLocal(const QString& name, const QByteArray& text = localConfiguration);
    Run runServing(const QStringList& arguments);

    QTemporaryDir m_dir;
};

void TestEngagectlDomain::initTestCase()
{
    QVERIFY(m_dir.isValid());
    qputenv("ENGAGE_API_TOKEN", token);
}

QString TestEngagectlDomain::writeLocal(const QString& name, const QByteArray& text)
{
    const QString path = m_dir.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(text) != text.size())
        qFatal("cannot write %s", qPrintable(path));
    return path;
}

Run TestEngagectlDomain::runServing(const QStringList& arguments)
{
    // The scripted server lives in this process: its event loop must run meanwhile.
    QProcess process;
    QSignalSpy finished(&process, &QProcess::finished);
    process.start(QStringLiteral(ENGAGECTL_PATH), arguments);
    process.closeWriteChannel();
    if (!finished.wait(120000)) {
        process.kill();
        process.waitForFinished();
        return {};
    }
    Run result{process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
               process.readAllStandardOutput(), process.readAllStandardError()};
    if ((result.out + result.err).contains(token))
        qFatal("the token was printed");
    return result;
}

void TestEngagectlDomain::everyNewCommandHasHelp_data()
{
    QTest::addColumn<QString>("command");
    for (const char* command :
         {"catalogue", "identity", "create-custom-field", "sources", "checklist"})
        QTest::newRow(command) << QString::fromLatin1(command);
}

void TestEngagectlDomain::everyNewCommandHasHelp()
{
    QFETCH(QString, command);
    const Run result = engagectl({command, QStringLiteral("--help")});
    QCOMPARE(result.exitCode, 0);
    QVERIFY(result.out.contains("engagectl " + command.toUtf8()));
    const Run overview = engagectl({QStringLiteral("--help")});
    QVERIFY(overview.out.contains("  " + command.toUtf8() + " "));
}

void TestEngagectlDomain::checklistListsTheConsoleStepsWithSecretsAsFingerprints()
{
    const QString file = writeLocal(QStringLiteral("checklist.json"));
    const Run hidden = engagectl({QStringLiteral("checklist"), file});
    QCOMPARE(hidden.exitCode, 0);
    QVERIFY(hidden.out.contains("Messaging communities"));
    QVERIFY(hidden.out.contains("Custom regex: ^C[0-9]{8}$"));
    QVERIFY(hidden.out.contains("Key: cell_number"));
    QVERIFY(hidden.out.contains("Destination field: Mobile phone"));
    QVERIFY(hidden.out.contains("Key ID: prod"));
    QVERIFY(hidden.out.contains("Signed identities: Require JWT signed identities"));
    QVERIFY(hidden.out.contains("Secret for HMAC: sha256:"));
    QVERIFY(!hidden.out.contains(secret));
    QVERIFY(hidden.err.contains("--show-secrets"));

    const Run shown =
        engagectl({QStringLiteral("checklist"), file, QStringLiteral("--show-secrets")});
    QCOMPARE(shown.exitCode, 0);
    QVERIFY(shown.out.contains("Secret for HMAC: " + secret));
}

void TestEngagectlDomain::checklistRefusesAFileWithErrors()
{
    const QString file = writeLocal(QStringLiteral("invalid.json"),
                                    QByteArray(localConfiguration).replace("\"prod\"", "\"Prod\""));
    const Run invalid = engagectl({QStringLiteral("checklist"), file});
    QCOMPARE(invalid.exitCode, 1);
    QVERIFY(invalid.out.isEmpty());
    QVERIFY(invalid.err.contains("key_id_invalid"));
    QVERIFY(invalid.err.contains("which the admin console would refuse as well"));
    const Run missing =
        engagectl({QStringLiteral("checklist"), m_dir.filePath(QStringLiteral("none.json"))});
    QCOMPARE(missing.exitCode, 2);
}

void TestEngagectlDomain::pullWithoutTheExtensionIntoANewFileSaysTheSettingsAreEmpty()
{
    const ScriptedServer server(realDomain);
    const QString file = m_dir.filePath(QStringLiteral("new-from-real-domain.json"));
    const Run result =
        runServing({QStringLiteral("pull"), QStringLiteral("--server"), server.url(),
                    QStringLiteral("--community"), website, QStringLiteral("--out"), file});
    QCOMPARE(result.exitCode, 5);
    // No file had settings to keep: say what the new one lacks, not that it kept anything.
    QVERIFY2(result.err.contains("with no signed identities setting, mapping or JWT key"),
             result.err.constData());
    QVERIFY(!result.err.contains("were kept as the file had them"));
    const ConfigLoadResult written = ConfigFile::load(ConfigFile::readBytes(file));
    QVERIFY(written.config);
    QCOMPARE(written.config->community.name, QStringLiteral("Website chat"));
    QVERIFY(written.config->jwtKeys.isEmpty());
    QVERIFY(!QFile::exists(file + QStringLiteral(".sync")));
}

void TestEngagectlDomain::pullWithoutTheExtensionWritesCommunityAndCatalogueAndExitsFive()
{
    const ScriptedServer server(realDomain);
    const QString file = writeLocal(QStringLiteral("pulled.json"));
    const Run result =
        runServing({QStringLiteral("pull"), QStringLiteral("--server"), server.url(),
                    QStringLiteral("--community"), website, QStringLiteral("--out"), file});
    QCOMPARE(result.exitCode, 5);
    QVERIFY2(result.err.contains("no messaging-settings API"), result.err.constData());
    QVERIFY(result.err.contains("engagectl checklist FILE"));
    QVERIFY(result.err.contains("were kept as the file had them"));
    const ConfigLoadResult written = ConfigFile::load(ConfigFile::readBytes(file));
    QVERIFY(written.config);
    QCOMPARE(written.config->community.name, QStringLiteral("Website chat"));
    QCOMPARE(written.config->community.server, server.url());
    // The catalogue is the server's, with the file's regex kept.
    QCOMPARE(written.config->customFields.size(), 2);
    QCOMPARE(written.config->customFields[0].label, QStringLiteral("Customer number"));
    QCOMPARE(written.config->customFields[0].regex, QStringLiteral("^C[0-9]{8}$"));
    QCOMPARE(written.config->customFields[1].key, QStringLiteral("tier"));
    // The settings are the file's.
    QCOMPARE(written.config->signedIdentities, QStringLiteral("require"));
    QCOMPARE(written.config->jwtKeys.size(), 1);
    QCOMPARE(written.config->jwtKeys[0].secret, QString::fromLatin1(secret));
    QCOMPARE(written.config->extraValuesMapping.size(), 2);
}

void TestEngagectlDomain::diffAndPushWithoutTheExtensionExitFive_data()
{
    QTest::addColumn<QString>("command");
    QTest::newRow("diff") << QStringLiteral("diff");
    QTest::newRow("push") << QStringLiteral("push");
}

void TestEngagectlDomain::diffAndPushWithoutTheExtensionExitFive()
{
    QFETCH(QString, command);
    const ScriptedServer server(realDomain);
    const QString file = writeLocal(command + QStringLiteral(".json"));
    const QByteArray before = ConfigFile::readBytes(file).bytes;
    QStringList arguments{command,      QStringLiteral("--server"),
                          server.url(), QStringLiteral("--community"),
                          website,      file};
    if (command == QLatin1String("push"))
        arguments.append(QStringLiteral("--force")); // no sync record: this is about the 404
    const Run result = runServing(arguments);
    QCOMPARE(result.exitCode, 5);
    QVERIFY2(result.err.contains("engagectl checklist FILE"), result.err.constData());
    QVERIFY(!result.err.contains("no such community"));
    QCOMPARE(ConfigFile::readBytes(file).bytes, before);
}

void TestEngagectlDomain::pullOfAMissingCommunityStaysNoSuchCommunity()
{
    const ScriptedServer server(realDomain);
    const QString file = m_dir.filePath(QStringLiteral("missing.json"));
    const Run result =
        runServing({QStringLiteral("pull"), QStringLiteral("--server"), server.url(),
                    QStringLiteral("--community"), QStringLiteral("000000000000000000000000"),
                    QStringLiteral("--out"), file});
    QCOMPARE(result.exitCode, 4);
    QVERIFY2(result.err.contains("no such community"), result.err.constData());
    QVERIFY(!QFile::exists(file));
}

// null counts as absent for every optional member of a record, and an id may be a number: a
// community answered so is read, not called "not a record of the expected shape".
void TestEngagectlDomain::pullTakesACommunityWithNullMembersAndANumericId()
{
    const ScriptedServer server([](const QByteArray& target) {
        if (pathOf(target) == "/1.0/communities/42")
            return answer(200, "{\"id\":42,\"name\":\"Numbered\",\"active\":null,"
                               "\"type\":null,\"updated_at\":null,\"unknown\":[1]}");
        return realDomain(target);
    });
    const QString file = m_dir.filePath(QStringLiteral("numbered.json"));
    const Run result = runServing({QStringLiteral("pull"), QStringLiteral("--server"), server.url(),
                                   QStringLiteral("--community"), QStringLiteral("42"),
                                   QStringLiteral("--out"), file});
    QCOMPARE(result.exitCode, 5); // the community read; the settings extension absent
    QVERIFY2(!result.err.contains("expected shape"), result.err.constData());
    const ConfigLoadResult written = ConfigFile::load(ConfigFile::readBytes(file));
    QVERIFY(written.config);
    QCOMPARE(written.config->community.id, QStringLiteral("42"));
    QCOMPARE(written.config->community.name, QStringLiteral("Numbered"));
}

void TestEngagectlDomain::pullWithCustomFieldsForbiddenWritesWhatItReadAndExitsFour()
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
    const QString file = writeLocal(QStringLiteral("forbidden.json"));
    const Run result =
        runServing({QStringLiteral("pull"), QStringLiteral("--server"), server.url(),
                    QStringLiteral("--community"), website, QStringLiteral("--out"), file});
    QCOMPARE(result.exitCode, 4);
    QVERIFY2(result.err.contains("HTTP 403"), result.err.constData());
    QVERIFY(result.err.contains("keeps the catalogue it had"));
    const ConfigLoadResult written = ConfigFile::load(ConfigFile::readBytes(file));
    QVERIFY(written.config);
    QCOMPARE(written.config->signedIdentities, QStringLiteral("reject")); // the server's
    QCOMPARE(written.config->customFields.size(), 2);                     // the file's
    QCOMPARE(written.config->customFields[1].key, QStringLiteral("gone"));
    QVERIFY(QFile::exists(file + QStringLiteral(".sync")));
}

void TestEngagectlDomain::catalogueRefreshesKeepingRegexes()
{
    const ScriptedServer server(realDomain);
    const QString file = writeLocal(QStringLiteral("catalogue.json"));
    const Run result = runServing({QStringLiteral("catalogue"), QStringLiteral("--server"),
                                   server.url(), QStringLiteral("--community"), website, file});
    QCOMPARE(result.exitCode, 0);
    QVERIFY2(result.out.contains("Added the custom field \"tier\" (\"Loyalty tier\", string)."),
             result.out.constData());
    QVERIFY(result.out.contains("Removed the custom field \"gone\", which the server no longer "
                                "has, with its regex \"^g$\"."));
    QVERIFY(result.out.contains(
        "Relabelled the custom field \"customer_id\": \"Customer id\" → \"Customer number\"."));
    const ConfigLoadResult written = ConfigFile::load(ConfigFile::readBytes(file));
    QVERIFY(written.config);
    QCOMPARE(written.config->customFields.size(), 2);
    QCOMPARE(written.config->customFields[0].regex, QStringLiteral("^C[0-9]{8}$"));
    QCOMPARE(written.config->community.name, QStringLiteral("Old name")); // only the catalogue
    QCOMPARE(written.config->jwtKeys[0].secret, QString::fromLatin1(secret));
}

void TestEngagectlDomain::aMalformedCustomFieldRecordRemovesNothingFromTheFile_data()
{
    QTest::addColumn<QString>("command");
    QTest::newRow("catalogue") << QStringLiteral("catalogue");
    QTest::newRow("pull") << QStringLiteral("pull");
}

// The server's record of customer_id has a position that is no number, so it is skipped:
// the file's customer_id, whose regex exists nowhere else, must not be removed as a field the
// server "no longer has"; nor "gone", which the skipped record might be as well.
void TestEngagectlDomain::aMalformedCustomFieldRecordRemovesNothingFromTheFile()
{
    QFETCH(QString, command);
    const ScriptedServer server([](const QByteArray& target) {
        if (pathOf(target) == "/1.0/custom_fields")
            return page("{\"id\":\"cf1\",\"key\":\"customer_id\",\"label\":\"Customer\","
                        "\"associated_type_name\":\"IdentityGroup\",\"position\":\"first\"},"
                        "{\"id\":\"cf2\",\"key\":\"tier\",\"label\":\"Loyalty tier\","
                        "\"type\":\"string\",\"associated_type_name\":\"IdentityGroup\"}",
                        2);
        return realDomain(target);
    });
    const QString file = writeLocal(command + QStringLiteral("-skipped.json"));
    QStringList arguments{command, QStringLiteral("--server"), server.url(),
                          QStringLiteral("--community"), website};
    if (command == QLatin1String("pull"))
        arguments << QStringLiteral("--out");
    const Run result = runServing(arguments << file);
    QCOMPARE(result.exitCode, command == QLatin1String("pull") ? 5 : 0);
    QVERIFY2(result.err.contains("Record number 1 of the list (id cf1) was skipped"),
             result.err.constData());
    QVERIFY2((result.out + result.err).contains("custom field \"customer_id\" was kept") ||
                 result.out.contains("Kept the custom field \"customer_id\""),
             (result.out + result.err).constData());
    QVERIFY(!(result.out + result.err).contains("Removed the custom field"));
    QVERIFY(!result.err.contains("removed from"));
    const ConfigLoadResult written = ConfigFile::load(ConfigFile::readBytes(file));
    QVERIFY(written.config);
    QCOMPARE(written.config->customFields.size(), 3);
    QCOMPARE(written.config->customFields[0].key, QStringLiteral("tier"));
    QCOMPARE(written.config->customFields[1].key, QStringLiteral("customer_id"));
    QCOMPARE(written.config->customFields[1].regex, QStringLiteral("^C[0-9]{8}$"));
    QCOMPARE(written.config->customFields[2].key, QStringLiteral("gone"));
}

void TestEngagectlDomain::catalogueDryRunWritesNothing()
{
    const ScriptedServer server(realDomain);
    const QString file = writeLocal(QStringLiteral("dry.json"));
    const Run result =
        runServing({QStringLiteral("catalogue"), QStringLiteral("--server"), server.url(),
                    QStringLiteral("--community"), website, file, QStringLiteral("--dry-run")});
    QCOMPARE(result.exitCode, 0);
    QVERIFY(result.out.contains("Added the custom field \"tier\""));
    QVERIFY(result.err.contains("Dry run"));
    QCOMPARE(ConfigFile::readBytes(file).bytes, QByteArray(localConfiguration));
}

void TestEngagectlDomain::identityShowsTheVisitorAndChecksTheMapping()
{
    const ScriptedServer server(realDomain);
    const QString file = writeLocal(QStringLiteral("identity.json"));
    const Run result =
        runServing({QStringLiteral("identity"), QStringLiteral("--server"), server.url(),
                    QStringLiteral("--community"), website, QStringLiteral("--uuid"),
                    QStringLiteral("visitor-1"), QStringLiteral("--config"), file});
    // The group lacks the customer number the mapping should have written.
    QCOMPARE(result.exitCode, 1);
    QVERIFY2(result.out.contains("Identity i1:"), result.out.constData());
    QVERIFY(result.out.contains("extra_values.cell_number: +33600000000"));
    QVERIFY(result.out.contains("Identity group g1:"));
    QVERIFY(result.out.contains("✓ \"cell_number\" → Mobile phone: \"+33600000000\" is there"));
    QVERIFY(
        result.out.contains("✗ \"customer\" → Customer id (custom field): the mapping should "
                            "have written \"C12345678\", but the identity group holds nothing"));
    QVERIFY(result.err.contains("the mapping did not write what it should have"));

    // Without --config: the visitor as Engage holds them, and success.
    const Run plain = runServing({QStringLiteral("identity"), QStringLiteral("--server"),
                                  server.url(), QStringLiteral("--community"), website,
                                  QStringLiteral("--uuid"), QStringLiteral("visitor-1")});
    QCOMPARE(plain.exitCode, 0);
    QVERIFY(plain.out.contains("firstname: Ada"));
}

void TestEngagectlDomain::identityJsonGivesEachRowsVerdict()
{
    const ScriptedServer server(realDomain);
    const QString file = writeLocal(QStringLiteral("identity-json.json"));
    const Run result = runServing({QStringLiteral("identity"), QStringLiteral("--server"),
                                   server.url(), QStringLiteral("--community"), website,
                                   QStringLiteral("--uuid"), QStringLiteral("visitor-1"),
                                   QStringLiteral("--config"), file, QStringLiteral("--json")});
    QCOMPARE(result.exitCode, 1);
    const QJsonObject json = QJsonDocument::fromJson(result.out).object();
    QCOMPARE(json[QStringLiteral("identity")][QStringLiteral("uuid")].toString(),
             QStringLiteral("visitor-1"));
    QCOMPARE(json[QStringLiteral("identity_group")][QStringLiteral("id")].toString(),
             QStringLiteral("g1"));
    const QJsonArray mapping = json[QStringLiteral("mapping")].toArray();
    QCOMPARE(mapping.size(), 2);
    QCOMPARE(mapping[0][QStringLiteral("verdict")].toString(), QStringLiteral("written"));
    QCOMPARE(mapping[1][QStringLiteral("verdict")].toString(), QStringLiteral("missing"));
    QCOMPARE(mapping[1][QStringLiteral("expected")].toString(), QStringLiteral("C12345678"));
}

// A file that maps nothing: the check has no row to show, and says why instead of a heading
// over nothing.
void TestEngagectlDomain::identityWithAConfigurationWithoutMappingSaysSo()
{
    const ScriptedServer server(realDomain);
    const QString file = writeLocal(
        QStringLiteral("unmapped.json"),
        QByteArray(localConfiguration)
            .replace(R"({ "key": "cell_number", "field": "mobile_phone" },)", "")
            .replace(R"({ "key": "customer", "field": "custom_field:customer_id" })", ""));
    const Run result =
        runServing({QStringLiteral("identity"), QStringLiteral("--server"), server.url(),
                    QStringLiteral("--community"), website, QStringLiteral("--uuid"),
                    QStringLiteral("visitor-1"), QStringLiteral("--config"), file});
    QCOMPARE(result.exitCode, 0);
    QVERIFY2(result.out.contains("has no extra values mapping, so there is nothing to check"),
             result.out.constData());
    QVERIFY(!result.out.contains("The mapping, row by row:"));
}

void TestEngagectlDomain::identityOfAnUnknownVisitorExitsOne()
{
    const ScriptedServer server([](const QByteArray&) { return page("", 0); });
    const Run result = runServing({QStringLiteral("identity"), QStringLiteral("--server"),
                                   server.url(), QStringLiteral("--community"), website,
                                   QStringLiteral("--uuid"), QStringLiteral("nobody")});
    QCOMPARE(result.exitCode, 1);
    QVERIFY(result.err.contains("has no identity with the UUID nobody"));
}

void TestEngagectlDomain::sourcesOfOneCommunityAsJson()
{
    const ScriptedServer server(realDomain);
    const Run result =
        runServing({QStringLiteral("sources"), QStringLiteral("--server"), server.url(),
                    QStringLiteral("--community"), website, QStringLiteral("--json")});
    QCOMPARE(result.exitCode, 0);
    const QJsonArray sources =
        QJsonDocument::fromJson(result.out).object()[QStringLiteral("sources")].toArray();
    QCOMPARE(sources.size(), 1);
    QCOMPARE(sources[0][QStringLiteral("name")].toString(), QStringLiteral("Website"));
    QCOMPARE(sources[0][QStringLiteral("enable_web")].toBool(), true);

    const Run text =
        runServing({QStringLiteral("sources"), QStringLiteral("--server"), server.url()});
    QCOMPARE(text.exitCode, 0);
    QVERIFY(text.out.contains("s1  Website  EngageMessaging  (enabled on web)"));
    QVERIFY(text.out.contains("s2  Other"));
}

void TestEngagectlDomain::createCustomFieldRemindsOfTheRegex()
{
    QByteArray sent;
    const ScriptedServer server([&sent](const QByteArray& target) {
        sent = target;
        return answer(200, "{\"id\":\"cf9\",\"key\":\"loyalty_tier\",\"label\":\"Loyalty tier\","
                           "\"type\":\"string\",\"associated_type_name\":\"IdentityGroup\"}");
    });
    const Run result =
        runServing({QStringLiteral("create-custom-field"), QStringLiteral("--server"), server.url(),
                    QStringLiteral("--key"), QStringLiteral("loyalty_tier"),
                    QStringLiteral("--label"), QStringLiteral("Loyalty tier")});
    QCOMPARE(result.exitCode, 0);
    QVERIFY(sent.startsWith("/1.0/custom_fields?"));
    QVERIFY(sent.contains("associated_type_name=IdentityGroup"));
    QVERIFY(result.out.contains("Created the Identity Group custom field \"loyalty_tier\""));
    QVERIFY(result.err.contains("set it in the Engage admin console"));
}

void TestEngagectlDomain::createCustomFieldRefusedShowsEachAttribute()
{
    const ScriptedServer server(answer(
        422, "{\"error\":\"validation_error\",\"message\":\"Validation failed\",\"status\":422,"
             "\"errors\":[{\"attribute\":\"key\",\"type\":\"taken\",\"message\":\"is already "
             "taken\"}]}"));
    const Run result =
        runServing({QStringLiteral("create-custom-field"), QStringLiteral("--server"), server.url(),
                    QStringLiteral("--key"), QStringLiteral("tier"), QStringLiteral("--label"),
                    QStringLiteral("Tier")});
    QCOMPARE(result.exitCode, 1);
    QVERIFY2(result.err.contains("is already taken"), result.err.constData());
    QCOMPARE(server.requests(), 1);
}

// A 200 whose body is no custom field: the POST went through, so the field may exist now, and
// trying again blindly would only meet "already taken".
void TestEngagectlDomain::createCustomFieldAnsweredWithGarbageSaysItMayExist()
{
    const ScriptedServer server(answer(200, "<html>OK</html>"));
    const Run result =
        runServing({QStringLiteral("create-custom-field"), QStringLiteral("--server"), server.url(),
                    QStringLiteral("--key"), QStringLiteral("tier"), QStringLiteral("--label"),
                    QStringLiteral("Tier")});
    QCOMPARE(result.exitCode, 4);
    QVERIFY2(result.err.contains("the field may have been created, so refresh the catalogue"),
             result.err.constData());
    QCOMPARE(server.requests(), 1);
}

void TestEngagectlDomain::usageErrorsExitTwo_data()
{
    QTest::addColumn<QStringList>("arguments");
    const QStringList server{QStringLiteral("--server"), QStringLiteral("http://127.0.0.1:9/1.0")};
    QTest::newRow("identity without --uuid")
        << QStringList{QStringLiteral("identity"), QStringLiteral("--community"), website} + server;
    QTest::newRow("create-custom-field with a capital in the key")
        << QStringList{QStringLiteral("create-custom-field"), QStringLiteral("--key"),
                       QStringLiteral("Tier"), QStringLiteral("--label"), QStringLiteral("Tier")} +
               server;
    QTest::newRow("create-custom-field with a type needing choices")
        << QStringList{QStringLiteral("create-custom-field"),
                       QStringLiteral("--key"),
                       QStringLiteral("tier"),
                       QStringLiteral("--label"),
                       QStringLiteral("Tier"),
                       QStringLiteral("--type"),
                       QStringLiteral("single_choice")} +
               server;
    QTest::newRow("catalogue of standard input")
        << QStringList{QStringLiteral("catalogue"), QStringLiteral("--community"), website,
                       QStringLiteral("-")} +
               server;
    QTest::newRow("catalogue of a missing file")
        << QStringList{QStringLiteral("catalogue"), QStringLiteral("--community"), website,
                       QStringLiteral("/nonexistent/file.json")} +
               server;
    QTest::newRow("sources with an argument")
        << QStringList{QStringLiteral("sources"), QStringLiteral("extra")} + server;
    QTest::newRow("checklist without a file") << QStringList{QStringLiteral("checklist")};
}

void TestEngagectlDomain::usageErrorsExitTwo()
{
    QFETCH(QStringList, arguments);
    const Run result = engagectl(arguments);
    QCOMPARE(result.exitCode, 2);
    QVERIFY(result.out.isEmpty());
    QVERIFY(!result.err.isEmpty());
}

void TestEngagectlDomain::textFromFilesAndServersIsEscaped()
{
    const QString file =
        writeLocal(QStringLiteral("escape.json"),
                   QByteArray(localConfiguration).replace("\"Old name\"", "\"Old\\u001b[2Jname\""));
    const Run checklist = engagectl({QStringLiteral("checklist"), file});
    QCOMPARE(checklist.exitCode, 0);
    QVERIFY(!checklist.out.contains('\x1b'));
    QVERIFY(checklist.out.contains("Community name: Old\\u001b[2Jname"));

    const ScriptedServer server([](const QByteArray& target) {
        if (pathOf(target) == "/1.0/content_sources")
            return page("{\"id\":\"s1\",\"name\":\"Web\\u001b[2Jsite\"}", 1);
        return errorAnswer(404, "not_found");
    });
    const Run sources =
        runServing({QStringLiteral("sources"), QStringLiteral("--server"), server.url()});
    QCOMPARE(sources.exitCode, 0);
    QVERIFY(!sources.out.contains('\x1b'));
    QVERIFY(sources.out.contains("Web\\u001b[2Jsite"));
}

QTEST_GUILESS_MAIN(TestEngagectlDomain)
#include "test_engagectl_domain.moc"
